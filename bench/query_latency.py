"""Hybrid query latency without the source fetch: embed the question, filtered vector search,
join and fuse — over a template index vs a per-line index of the same 50,000 lines.

The index: the 50,000-line Loghub mix of ``bench/index_throughput.py`` (four namespaces),
indexed by ``TemplateIndexer`` into a fresh embedded Chroma (~1,500 vectors). The per-line
reference holds one vector per line (50,000) in another fresh embedded Chroma; its vectors
come from ``HashEmbedder`` (embedding 50,000 lines with MiniLM here would take most of an
hour, and HNSW search cost does not depend on what the vectors mean). Each of 200 questions
(20 stems x 10 scopes) is timed over the same path for both: ``embed_query`` with the real
embedder, ``query`` (k=20, ``where`` on namespace and time), and for the template index the
join of 1,000 prefiltered lines to their templates plus RRF fusion (``retrieval.hybrid``).
p50/p95 in ms after 10 warm-up queries; ratio = per-line p95 / template p95.

    python bench/query_latency.py
    python bench/query_latency.py --backend onnx --json
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from index_throughput import T0, loghub_records  # noqa: E402

from retrieval.embeddings import HashEmbedder, create_embedder  # noqa: E402
from retrieval.hybrid import fuse, record_key, where_for  # noqa: E402
from retrieval.indexer import TemplateIndexer  # noqa: E402
from retrieval.memory import MemorySource  # noqa: E402
from retrieval.normalize import normalize_records  # noqa: E402
from retrieval.selector import Selector  # noqa: E402
from retrieval.vectorstore import ChromaStore  # noqa: E402

STEMS = ["why is memory exceeded", "what failed to connect", "which blocks were deleted",
         "why did authentication fail", "are there kernel errors", "disk full or quota",
         "what timed out", "why did the job fail", "network unreachable", "session closed why",
         "permission denied for user", "what exceptions were thrown", "is the cluster healthy",
         "why are requests slow", "which node is failing", "did the service restart",
         "what caused the crash", "storage errors", "invalid user login attempts",
         "why was the container killed"]


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", default="minilm")
    parser.add_argument("--backend", default="torch", choices=["torch", "onnx"])
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    embedder = create_embedder(args.model, args.backend, threads=args.threads,
                               cache_dir=Path.home() / ".cache" / "loglens")
    records = loghub_records(copies=4, total=50_000)
    end = records[-1].ts + 1
    questions = [(f"{stem}", f"loghub-{i % 4}", i) for i, stem in
                 enumerate(STEMS * 10)]
    with tempfile.TemporaryDirectory() as tmp:
        tstore = ChromaStore.persistent(f"{tmp}/t", "bench-templates")
        ix = TemplateIndexer(tstore, embedder)
        await ix.index(MemorySource(records), Selector(default_filter=False), start_ns=T0,
                       end_ns=end)
        lstore = ChromaStore.persistent(f"{tmp}/l", "bench-lines")
        hasher = HashEmbedder()
        for i in range(0, len(records), 1000):
            batch = records[i:i + 1000]
            lstore.upsert([f"l{i + j}" for j in range(len(batch))],
                          hasher.embed([r.line for r in batch]),
                          [{**r.labels, "first_seen": r.ts, "last_seen": r.ts} for r in batch])
        prefilters = {ns: normalize_records([r for r in records
                                             if r.labels["namespace"] == ns][-1000:])
                      for ns in {q[1] for q in questions}}
        timings: dict[str, list[float]] = {"template": [], "per_line": []}
        parts: dict[str, list[float]] = {"embed": [], "search": [], "fuse": []}
        for n, (question, ns, i) in enumerate(questions[:10] + questions):
            warm = n < 10
            span = (end - T0) // 2
            start = T0 + (i % 5) * span // 5
            where = where_for(Selector(namespace=ns), start, start + span)
            t0 = time.perf_counter()
            vec = embedder.embed_query(question)
            t1 = time.perf_counter()
            hits = tstore.query(vec, 20, where=where)
            t2 = time.perf_counter()
            recs = prefilters[ns]
            fuse(recs, [record_key(r, ix.miner) for r in recs], hits)
            t3 = time.perf_counter()
            lstore.query(vec if len(vec) == 384 else hasher.embed_query(question), 20,
                         where=where)
            t4 = time.perf_counter()
            if not warm:
                timings["template"].append((t3 - t0) * 1000)
                timings["per_line"].append((t1 - t0 + t4 - t3) * 1000)
                parts["embed"].append((t1 - t0) * 1000)
                parts["search"].append((t2 - t1) * 1000)
                parts["fuse"].append((t3 - t2) * 1000)
        result = {"embedder": embedder.name, "threads": args.threads,
                  "template_vectors": tstore.count(), "line_vectors": lstore.count(),
                  "questions": len(questions)}
        for name, values in timings.items():
            result[name] = {"p50_ms": round(statistics.median(values), 1),
                            "p95_ms": round(pct(values, 0.95), 1)}
        result["template_parts_p50_ms"] = {k: round(statistics.median(v), 2)
                                           for k, v in parts.items()}
        result["ratio_p95"] = round(result["per_line"]["p95_ms"]
                                    / result["template"]["p95_ms"], 1)
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"embedder {result['embedder']} ({args.backend}, {args.threads} thread), "
          f"{result['questions']} questions")
    print(f"{'index':<10} {'vectors':>8} {'p50 ms':>8} {'p95 ms':>8}")
    print(f"{'template':<10} {result['template_vectors']:>8} "
          f"{result['template']['p50_ms']:>8} {result['template']['p95_ms']:>8}")
    print(f"{'per line':<10} {result['line_vectors']:>8} "
          f"{result['per_line']['p50_ms']:>8} {result['per_line']['p95_ms']:>8}")
    print(f"ratio (per-line p95 / template p95): {result['ratio_p95']}x; template path p50 "
          f"parts: {result['template_parts_p50_ms']}")


if __name__ == "__main__":
    asyncio.run(main())
