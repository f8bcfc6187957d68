"""End-to-end latency of one analysis of the bundled demo incident with the real model.

The request is what ``loglens demo`` sends (namespace ``shop``, 15 lines, a question), through
the real pipeline: FileSource → normalize → pack → llama.cpp with the JSON-schema grammar →
validate. Each row is ``--runs`` runs:

cold      the model's KV cache is cleared first: the whole prompt is evaluated (the first
          request after start-up).
steady    each run asks a different question: the system prompt is a cached prefix, the
          rest is evaluated (a running service answering new requests).
warm      the identical request again: llama.cpp reuses the whole cached prompt.
baseline  the seed pipeline's packing on the same fetched lines, cold: raw lines, no
          collapsing or compaction, the longer seed prompt, uncapped text fields and
          max_tokens 1024. The ratio column is baseline p50 / row p50, from this one run.

Columns: p50/p95 total; p50 time to the ``retrieved`` event; p50 time to first token; prompt
tokens; prompt tokens/s (prompt evaluation, from ``retrieved`` to the first token); generation
tokens/s (first to last token); how many answers validated (the rest fell back).

    python bench/analyze_latency.py                 # default model and threads
    python bench/analyze_latency.py --model gemma3-270m --runs 3 --json
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analyzer.backends import Usage, create_backend  # noqa: E402
from analyzer.backends.llama_cpp import LlamaCppBackend  # noqa: E402
from analyzer.extraction import validate  # noqa: E402
from analyzer.models_api import AnalyzeRequest  # noqa: E402
from analyzer.pipeline import Analyzer, AnalyzerConfig  # noqa: E402
from analyzer.prompts import Prompts  # noqa: E402
from analyzer.schema import CATEGORIES, SEVERITIES  # noqa: E402
from analyzer.settings import Settings  # noqa: E402
from analyzer.sources import DEMO_END, DEMO_START, create_source  # noqa: E402
from retrieval.normalize import normalize_records  # noqa: E402
from retrieval.packing import Packed, PackedLine  # noqa: E402

QUESTIONS = ["Why are checkouts failing in the shop namespace?", "What is wrong with cart?",
             "Why does the frontend return 503?", "What should I fix first in shop?",
             "Is the shop namespace healthy?", "What broke in the last half hour?",
             "Why do checkout requests error?"]

SEED_SYSTEM = (
    "You are an expert Site Reliability Engineer analyzing Kubernetes application logs. "
    "Analyze the following log lines carefully and identify the root cause of the incident. "
    "Consider the severity levels: INFO means normal operation, WARN means degraded or "
    "transient problems, ERROR means a component is failing, CRITICAL means a component is down "
    "or data is at risk. Classify the root cause into one of the categories. Identify the "
    "component responsible, summarize what happened, recommend an action, and list the indices "
    "of the log lines that are evidence. Respond only with a JSON object.")


@dataclass
class Row:
    name: str
    total: list[float] = field(default_factory=list)
    retrieved: list[float] = field(default_factory=list)
    ttft: list[float] = field(default_factory=list)
    prompt_tokens: list[int] = field(default_factory=list)
    prefill_tps: list[float] = field(default_factory=list)
    gen_tps: list[float] = field(default_factory=list)
    valid: int = 0

    def p(self, q: float) -> float:
        data = sorted(self.total)
        return data[min(len(data) - 1, round(q * (len(data) - 1)))]

    def summary(self, baseline_p50: float | None) -> dict[str, Any]:
        med = statistics.median
        return {"row": self.name, "runs": len(self.total), "p50_s": round(self.p(0.5), 2),
                "p95_s": round(self.p(0.95), 2),
                "retrieved_ms": round(med(self.retrieved) * 1000, 1),
                "ttft_s": round(med(self.ttft), 2), "prompt_tokens": int(med(self.prompt_tokens)),
                "prompt_tok_s": round(med(self.prefill_tps)),
                "gen_tok_s": round(med(self.gen_tps), 1),
                "valid": f"{self.valid}/{len(self.total)}",
                "speedup_vs_baseline": (round(baseline_p50 / self.p(0.5), 2)
                                        if baseline_p50 else None)}


def reset_kv(backend: Any) -> None:
    if isinstance(backend, LlamaCppBackend):
        backend.load().reset()  # forget the cached prompt: the next one is evaluated whole


async def run_pipeline(analyzer: Analyzer, question: str, row: Row) -> None:
    request = AnalyzeRequest(selector={"namespace": "shop", "start": DEMO_START,
                                       "end": DEMO_END}, question=question)
    t0 = time.perf_counter()
    t_retrieved = t_first = t_last = t0
    result: dict[str, Any] = {}
    async for event in analyzer.events(request, raise_errors=True):
        now = time.perf_counter()
        if event.kind == "retrieved":
            t_retrieved = now
        elif event.kind == "token":
            t_first = now if t_first == t0 else t_first
            t_last = now
        elif event.kind == "result":
            result = event.data
    total = time.perf_counter() - t0
    stats = result["stats"]
    row.total.append(total)
    row.retrieved.append(t_retrieved - t0)
    row.ttft.append(t_first - t0)
    row.prompt_tokens.append(stats["prompt_tokens"])
    row.prefill_tps.append(stats["prompt_tokens"] / max(t_first - t_retrieved, 1e-6))
    row.gen_tps.append(max(stats["completion_tokens"] - 1, 0) / max(t_last - t_first, 1e-6))
    row.valid += result["source"] == "llm"


def seed_schema(workloads: list[str], n: int) -> dict[str, Any]:
    text = {"type": "string", "minLength": 1}
    return {"type": "object", "additionalProperties": False,
            "required": ["severity", "root_cause_category", "component", "evidence",
                         "root_cause", "summary", "action", "confidence"],
            "properties": {"severity": {"type": "string", "enum": list(SEVERITIES)},
                           "root_cause_category": {"type": "string", "enum": list(CATEGORIES)},
                           "component": {"type": "string", "enum": workloads},
                           "evidence": {"type": "array", "maxItems": n,
                                        "items": {"type": "integer", "enum": list(range(n))}},
                           "root_cause": text, "summary": text, "action": text,
                           "confidence": {"type": "number", "minimum": 0, "maximum": 1}}}


async def run_baseline(settings: Settings, backend: Any, row: Row) -> None:
    """The seed's packing: every fetched line as stored, no collapsing, seed prompt."""
    source = create_source(settings)
    from retrieval.selector import Selector

    sel = Selector(namespace="shop", start=DEMO_START, end=DEMO_END)
    t0 = time.perf_counter()
    records = normalize_records(sorted([r async for r in source.query(sel)], key=lambda r: r.ts))
    lines = [f"[{i}] {r.labels.get('pod', '')} {r.line}" for i, r in enumerate(records)]
    workloads = sorted({r.workload for r in records})
    user = f"Question: {QUESTIONS[0]}\nLogs:\n" + "\n".join(lines)
    messages = [{"role": "system", "content": SEED_SYSTEM}, {"role": "user", "content": user}]
    usage = Usage()
    t_retrieved = time.perf_counter()
    t_first = t_last = t_retrieved
    chunks = []
    async for chunk in backend.stream(messages, seed_schema(workloads, len(records)),
                                      max_tokens=1024, usage=usage):
        now = time.perf_counter()
        t_first = now if not chunks else t_first
        t_last = now
        chunks.append(chunk)
    total = time.perf_counter() - t0
    packed = Packed(lines=[PackedLine(index=i, record=r, text=t) for i, (r, t) in
                           enumerate(zip(records, lines, strict=True))],
                    tokens=0, budget=0, input_records=len(records), dropped_records=0,
                    collapsed_records=0)
    try:
        answer = json.loads("".join(chunks))
    except json.JSONDecodeError:
        answer = None
    row.total.append(total)
    row.retrieved.append(t_retrieved - t0)
    row.ttft.append(t_first - t0)
    row.prompt_tokens.append(usage.prompt_tokens)
    row.prefill_tps.append(usage.prompt_tokens / max(t_first - t_retrieved, 1e-6))
    row.gen_tps.append(max(usage.completion_tokens - 1, 0) / max(t_last - t_first, 1e-6))
    row.valid += validate(answer, packed)[0] is not None
    await source.aclose()


async def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--baseline-runs", type=int, default=3)
    ap.add_argument("--model", default=None, help="default: LOGLENS_MODEL or smollm2")
    ap.add_argument("--threads", type=int, default=None, help="generation threads")
    ap.add_argument("--batch-threads", type=int, default=None, help="prompt threads")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    overrides = {"source": "demo", "model": args.model, "n_threads": args.threads,
                 "n_threads_batch": args.batch_threads}
    settings = Settings(**{k: v for k, v in overrides.items() if v is not None})
    backend = create_backend(settings)
    await backend.ready()  # load outside the timings: the service loads once at start-up
    analyzer = Analyzer(source=create_source(settings), backend=backend, prompts=Prompts.load(),
                        config=AnalyzerConfig(max_tokens=settings.max_tokens, mode="llm"))
    rows = [Row("cold"), Row("steady"), Row("warm"), Row("baseline")]
    for _ in range(args.runs):
        reset_kv(backend)
        await run_pipeline(analyzer, QUESTIONS[0], rows[0])
    for i in range(args.runs):
        await run_pipeline(analyzer, QUESTIONS[1 + i % (len(QUESTIONS) - 1)], rows[1])
    await run_pipeline(analyzer, QUESTIONS[0], Row("prime"))
    for _ in range(args.runs):
        await run_pipeline(analyzer, QUESTIONS[0], rows[2])
    # The seed packing does not fit 2048 tokens: give the baseline a 4096 context.
    seed_backend = create_backend(settings.model_copy(update={"n_ctx": 4096}))
    await seed_backend.ready()
    for _ in range(args.baseline_runs):
        reset_kv(seed_backend)
        await run_baseline(settings, seed_backend, rows[3])
    await seed_backend.aclose()
    base = rows[3].p(0.5)
    out = {"model": backend.model, "n_threads": settings.n_threads,
           "n_threads_batch": settings.n_threads_batch, "max_tokens": settings.max_tokens,
           "rows": [r.summary(base if r.name != "baseline" else None) for r in rows]}
    await backend.aclose()
    if args.json:
        print(json.dumps(out, indent=2))
        return
    print(f"model {out['model']}, threads {settings.n_threads} (prompt "
          f"{settings.n_threads_batch}), max_tokens {settings.max_tokens}")
    cols = list(out["rows"][0])
    print(" | ".join(cols))
    for r in out["rows"]:
        print(" | ".join(str(r[c]) for c in cols))


if __name__ == "__main__":
    asyncio.run(main())
