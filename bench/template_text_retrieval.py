"""Which text of a template to embed: retrieval quality and embedding cost of each form.

The template index embeds one text per template, and a question finds templates by cosine
similarity. This bench asks, for each text form in ``FORMS`` (the template itself; what the
index embeds, ``retrieval.template_text``; and candidates that drop more), how well a record's
question finds the templates of its evidence lines, and what the form costs to embed:

- **retrieval**: for every incident record with a question in the given golden-format files,
  each log line is normalized and mined (a fresh miner per record), each distinct template of
  the record is embedded in the form, and the templates are ranked by cosine similarity to
  the question.
  MRR is the mean of 1 / rank of the best-ranked template that holds an evidence line;
  hit@5 the share of questions with such a template in the top 5.
- **cost**: the tokens and the CPU-seconds (one thread, median of ``--runs``) of embedding the
  template texts that indexing the eight shared Loghub-2k logs (Zhu et al., ISSRE 2023)
  produces, in the same form.

    python bench/template_text_retrieval.py --backend onnx
    python bench/template_text_retrieval.py golden/golden.jsonl golden/train.jsonl --json
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from retrieval.embeddings import Embedder, create_embedder  # noqa: E402
from retrieval.index_mining import mining_text  # noqa: E402
from retrieval.normalize import normalize  # noqa: E402
from retrieval.records import LogRecord  # noqa: E402
from retrieval.template_text import TEXT_FORM, embedding_text  # noqa: E402
from retrieval.templates import TemplateMiner  # noqa: E402
from retrieval.templates.masking import WILDCARD  # noqa: E402

DEFAULT_FILES = ("golden/golden.jsonl", "golden/train.jsonl", "golden/heldout/heldout.jsonl")
LOGHUB = ROOT.parent / "shared" / "loghub"
SETS = ("Apache", "BGL", "HDFS", "Hadoop", "Linux", "OpenSSH", "Spark", "Zookeeper")
_PUNCTUATION = re.compile(r"[^\w\s]+")
_EDGES = re.compile(r"^\W+|\W+$")


def no_punctuation(template: str) -> str:
    """Words and numbers only: no placeholders, no punctuation (30% fewer tokens)."""
    return " ".join(_PUNCTUATION.sub(" ", template.replace(WILDCARD, " ")).split()) or template


def trimmed(template: str) -> str:
    """No placeholders, no punctuation-only words, no punctuation at a word's ends
    (``java.net.ConnectException:`` keeps its dots)."""
    kept = (_EDGES.sub("", w) for w in template.replace(WILDCARD, " ").split())
    return " ".join(w for w in kept if w) or template


FORMS = {"template": lambda template: template, TEXT_FORM: embedding_text,
         "trimmed": trimmed, "no-punct": no_punctuation}


def record_templates(record: dict[str, Any]) -> tuple[list[str], set[int]]:
    """The distinct templates of a record's lines and the indexes of those of its evidence."""
    miner = TemplateMiner()
    ids = []
    for entry in record["logs"]:
        line = normalize(LogRecord(ts=0, line=entry["line"], labels=dict(entry["labels"])))
        ids.append(miner.add(mining_text(line)).template_id)
    ids = [miner.resolve(i) for i in ids]
    distinct = list(dict.fromkeys(ids))
    evidence = {distinct.index(ids[i]) for i in record["expected"]["evidence"]}
    return [miner.template(i) for i in distinct], evidence


def retrieval(records: list[dict[str, Any]], embedder: Embedder,
              forms: dict[str, Any]) -> dict[str, dict[str, float]]:
    import numpy as np

    prepared = [(r["question"], *record_templates(r)) for r in records]
    questions = np.asarray(embedder.embed([q for q, _, _ in prepared]))
    out = {}
    for name, form in forms.items():
        ranks = []
        for (_, templates, evidence), q in zip(prepared, questions, strict=True):
            scores = np.asarray(embedder.embed([form(t) for t in templates])) @ q
            order = list(np.argsort(-scores, kind="stable"))
            ranks.append(1 + min(order.index(i) for i in evidence))
        out[name] = {"mrr": round(statistics.fmean(1 / r for r in ranks), 3),
                     "hit@5": round(sum(r <= 5 for r in ranks) / len(ranks), 3),
                     "questions": len(ranks)}
    return out


def loghub_templates() -> list[str]:
    miner = TemplateMiner()
    for name in SETS:
        with (LOGHUB / name / f"{name}_2k.log").open(encoding="utf-8", errors="replace") as fh:
            for raw in fh:
                if raw.strip():
                    record = normalize(LogRecord(ts=0, line=raw.rstrip("\n"), labels={}))
                    miner.add(mining_text(record))
    return [c.template for c in miner.templates()]


def cost(templates: list[str], embedder: Embedder, forms: dict[str, Any],
         runs: int) -> dict[str, dict[str, float]]:
    tokenizer = getattr(embedder, "_tokenizer", None)
    out = {}
    for name, form in forms.items():
        texts = [form(t) for t in templates]
        seconds = []
        for _ in range(runs):
            c0 = time.thread_time()
            embedder.embed(texts)
            seconds.append(time.thread_time() - c0)
        row = {"texts": len(texts), "cpu_s": round(statistics.median(seconds), 3)}
        if tokenizer is not None:
            row["tokens"] = sum(len(e.ids) for e in tokenizer.encode_batch(texts))
        out[name] = row
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="*", default=list(DEFAULT_FILES))
    parser.add_argument("--model", default="minilm")
    parser.add_argument("--backend", default="onnx", choices=["torch", "onnx"])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    embedder = create_embedder(args.model, args.backend, threads=1,
                               cache_dir=Path.home() / ".cache" / "loglens")
    embedder.embed(["warm up the model"])
    records = [r for f in args.files for line in (ROOT / f).read_text().splitlines()
               if line.strip() and (r := json.loads(line))["expected"]["evidence"]
               and r.get("question")]
    found = retrieval(records, embedder, FORMS)
    spent = cost(loghub_templates(), embedder, FORMS, max(args.runs, 1))
    if args.json:
        print(json.dumps({"embedder": embedder.name, "files": args.files,
                          "forms": {n: {**found[n], **spent[n]} for n in FORMS}}, indent=2))
        return
    print(f"embedder {embedder.name}; {found[next(iter(FORMS))]['questions']} questions from "
          f"{', '.join(args.files)}")
    print(f"{'form':<10} {'MRR':>6} {'hit@5':>6} {'texts':>6} {'tokens':>7} {'CPU-s':>6}")
    for name in FORMS:
        f, s = found[name], spent[name]
        print(f"{name:<10} {f['mrr']:>6} {f['hit@5']:>6} {s['texts']:>6} "
              f"{s.get('tokens', '-'):>7} {s['cpu_s']:>6}")


if __name__ == "__main__":
    main()
