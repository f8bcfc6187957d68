"""Indexing throughput: template indexing vs one vector per line, side by side.

Data: the raw ``<Name>_2k.log`` files of the eight shared Loghub sets (``../shared/loghub``;
Zhu et al., ISSRE 2023) concatenated (16,000 lines), and a 50,000-line mix of the same lines
spread over four namespaces (each copy a new (template, namespace) for the index). Each line
is a ``LogRecord`` with labels ``namespace``, ``pod`` and ``container`` (the set's name) and
one second between lines.

- **template**: ``TemplateIndexer.index`` end to end from a ``MemorySource`` into a fresh
  embedded Chroma: paging, normalization, mining, embedding each new template text once,
  upserts, state file.
- **per line**: every line embedded and upserted into a fresh embedded Chroma (batches of
  256), the way a line-level index is built. Its cost per line does not depend on how many
  lines there are, only on how long they are, so it runs on ``--per-line-sample`` lines spread
  evenly over the data (every k-th line: each set in its share; the first 2,000 lines alone
  would all be Apache's, the shortest, which embed about twice as fast as the mix) and
  reports lines/s.

Both use the same model (``--model``/``--backend``, default the shipped MiniLM on torch), each
with the embedding threads it runs fastest with here. The template index: ``--threads`` 1 (the
shipped ``LOGLENS_EMBEDDING_THREADS``: its own thread mines while the model embeds, and up to
two pages are embedded at once) and ``--workers`` (``LOGLENS_EMBEDDING_WORKERS``) 1 on torch,
2 on onnx (the batches of both pages then queue for two threads oldest first, so the older
page is written sooner: 1.08 s vs 1.20 s a run, medians of seven alternated runs, session 50).
The per-line index does nothing but embed: ``--baseline-threads`` and ``--baseline-workers``
default to 2 threads on torch (1.6x faster than 1 here) and, on onnx, to two single-threaded
batches at once (1.1-1.2x faster than one batch on 2 threads, measured in session 49): on
onnx both run in the same configuration. Each cell is the median of
``--runs`` repetitions (each with a fresh store, state and indexer: nothing is reused between
runs). ratio = template lines/s / per-line lines/s.

    python bench/index_throughput.py
    python bench/index_throughput.py --backend onnx --runs 5 --json
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from retrieval.embeddings import Embedder, create_embedder  # noqa: E402
from retrieval.indexer import TemplateIndexer  # noqa: E402
from retrieval.memory import MemorySource  # noqa: E402
from retrieval.records import LogRecord  # noqa: E402
from retrieval.selector import Selector  # noqa: E402
from retrieval.vectorstore import ChromaStore  # noqa: E402

DATA = Path(__file__).resolve().parents[2] / "shared" / "loghub"
SETS = ("Apache", "BGL", "HDFS", "Hadoop", "Linux", "OpenSSH", "Spark", "Zookeeper")
T0 = 1_772_366_400_000_000_000


def loghub_records(copies: int = 1, total: int | None = None) -> list[LogRecord]:
    """The eight sets' raw lines, ``copies`` times over namespaces ``loghub-<i>``."""
    lines = []
    for name in SETS:
        path = DATA / name / f"{name}_2k.log"
        with path.open(encoding="utf-8", errors="replace") as fh:
            lines.extend((name.lower(), line.rstrip("\n")) for line in fh if line.strip())
    out = []
    for copy in range(copies):
        for container, line in lines:
            out.append(LogRecord(ts=T0 + len(out) * 10**9, line=line, labels={
                "namespace": f"loghub-{copy}", "pod": f"{container}-0",
                "container": container}))
    return out[:total] if total else out


async def template_index(records: list[LogRecord], embedder: Embedder,
                         work: Path) -> dict[str, Any]:
    store = ChromaStore.persistent(str(work / "templates"), "bench-templates")
    ix = TemplateIndexer(store, embedder, state_path=work / "templates.state.json")
    t0 = time.perf_counter()
    stats = await ix.index(MemorySource(records), Selector(default_filter=False), start_ns=T0,
                           end_ns=records[-1].ts + 1)
    seconds = time.perf_counter() - t0
    return {"lines": stats.lines_read, "seconds": round(seconds, 3),
            "lines_per_s": round(stats.lines_read / seconds), "vectors": store.count(),
            "embedded": stats.embedded}


def per_line_index(records: list[LogRecord], embedder: Embedder,
                   work: Path) -> dict[str, Any]:
    store = ChromaStore.persistent(str(work / "lines"), "bench-lines")
    t0 = time.perf_counter()
    for i in range(0, len(records), 256):
        batch = records[i:i + 256]
        vectors = embedder.embed([r.line for r in batch])
        store.upsert([f"l{i + j}" for j in range(len(batch))], vectors,
                     [{**r.labels, "ts": r.ts} for r in batch], [r.line for r in batch])
    seconds = time.perf_counter() - t0
    return {"lines": len(records), "seconds": round(seconds, 3),
            "lines_per_s": round(len(records) / seconds), "vectors": store.count()}


def spread(records: list[LogRecord], n: int) -> list[LogRecord]:
    """``n`` records evenly spaced over ``records`` (every k-th one)."""
    return records[::max(1, len(records) // max(n, 1))][:n]


def median_run(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """The run with the median time (the lower middle one of an even count)."""
    ordered = sorted(runs, key=lambda r: r["seconds"])
    return {**ordered[(len(ordered) - 1) // 2],
            "runs_lines_per_s": [r["lines_per_s"] for r in runs]}


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", default="minilm")
    parser.add_argument("--backend", default="torch", choices=["torch", "onnx"])
    parser.add_argument("--threads", type=int, default=1, help="the template index's")
    parser.add_argument("--workers", type=int, default=None,
                        help="the template index's batches at once (default: 2 on onnx)")
    parser.add_argument("--baseline-threads", type=int, default=None,
                        help="the per-line index's (default: 1 on onnx with 2 workers, else 2)")
    parser.add_argument("--baseline-workers", type=int, default=None,
                        help="the per-line index's batches at once (default: 2 on onnx)")
    parser.add_argument("--per-line-sample", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=1, help="repetitions; the median counts")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    onnx = args.backend == "onnx"
    if args.workers is None:
        args.workers = 2 if onnx else 1
    if args.baseline_workers is None:
        args.baseline_workers = 2 if onnx else 1
    if args.baseline_threads is None:
        args.baseline_threads = 1 if onnx and args.baseline_workers > 1 else 2
    embedder, line_embedder = (
        create_embedder(args.model, args.backend, threads=threads, workers=workers,
                        cache_dir=Path.home() / ".cache" / "loglens")
        for threads, workers in ((args.threads, args.workers),
                                 (args.baseline_threads, args.baseline_workers)))
    for warm in (embedder, line_embedder):
        warm.embed(["warm up the model"])
    rows = []
    for label, records in (("loghub 8x2k", loghub_records()),
                           ("50k mix", loghub_records(copies=4, total=50_000))):
        sample = spread(records, args.per_line_sample)
        ours_runs, base_runs = [], []
        for _ in range(max(args.runs, 1)):
            with tempfile.TemporaryDirectory() as tmp:
                ours_runs.append(await template_index(records, embedder, Path(tmp)))
                base_runs.append(per_line_index(sample, line_embedder, Path(tmp)))
        ours, base = median_run(ours_runs), median_run(base_runs)
        rows.append({"data": label, "template": ours, "per_line": base,
                     "ratio": round(ours["lines_per_s"] / base["lines_per_s"], 1)})
    if args.json:
        print(json.dumps({"embedder": embedder.name, "threads": args.threads,
                          "workers": args.workers, "baseline_threads": args.baseline_threads,
                          "baseline_workers": args.baseline_workers, "rows": rows}, indent=2))
        return
    print(f"embedder {embedder.name} ({args.backend}; threads x workers: template "
          f"{args.threads}x{args.workers}, per-line {args.baseline_threads}x"
          f"{args.baseline_workers}), median of {max(args.runs, 1)} run(s)")
    print(f"{'data':<12} {'lines':>7} {'template lines/s':>17} {'vectors':>8} "
          f"{'embedded':>9} {'per-line lines/s':>17} {'ratio':>7}")
    for r in rows:
        t, b = r["template"], r["per_line"]
        print(f"{r['data']:<12} {t['lines']:>7} {t['lines_per_s']:>17,} {t['vectors']:>8} "
              f"{t['embedded']:>9} {b['lines_per_s']:>17,} {r['ratio']:>6}x")


if __name__ == "__main__":
    asyncio.run(main())
