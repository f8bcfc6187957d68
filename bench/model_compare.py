"""Compare the shipped models on one realistic analysis through ``LlamaCppBackend``.

For each model and thread count: a 15-line incident (cart OOMKilled, checkout failing on it)
with the bundled prompts and the request's JSON schema. Each run is measured twice:

cold    KV cache cleared first: the whole prompt is evaluated.
warm    the same request again right after: llama-cpp reuses the cached prefix.
shared  another question right after: only the system prompt is a reusable prefix.

Columns: prompt tokens; prefill tokens/s (llama.cpp's own prompt-eval timer) and tokens it
actually evaluated; generation tokens/s (wall clock, first token to last, so grammar-constrained
sampling is included); time to first token; total; generated tokens; valid JSON (parses and
passes ``Extraction``); fields right (severity, category, component vs. CRITICAL/oom_killed/cart);
others: the most CPU cores other processes used during any measurement (on a shared 2-core
machine anything above ~0.2 means the figures are pessimistic). Figures are medians over
``--runs``.

    python bench/model_compare.py --runs 3
    python bench/model_compare.py --models smollm2 --threads 2 --json
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import llama_cpp  # noqa: E402

from analyzer.backends import Usage  # noqa: E402
from analyzer.backends.llama_cpp import LlamaCppBackend  # noqa: E402
from analyzer.prompts import Prompts  # noqa: E402
from analyzer.schema import Extraction, llm_json_schema  # noqa: E402
from analyzer.settings import Settings  # noqa: E402

# As the packer renders them: [index] time workload LEVEL: text (xN)
LINES = [
    ("11:55:00.151Z", "cart", "WARN", 'msg="config key cache.ttl is deprecated"'),
    ("11:57:50.566Z", "cart", "WARN", 'msg="heap usage high" heap_mb=231 limit_mb=256'),
    ("11:58:40.623Z", "checkout", "INFO", "flushed metrics error_count=0 retry_count=2"),
    ("12:00:03.598Z", "cart", "WARN", 'msg="heap usage high" heap_mb=249 limit_mb=256'),
    ("12:00:05.323Z", "cart", "WARN", 'msg="GC pause long" pause_ms=412 heap_mb=254'),
    ("12:00:09.000Z", "cart", "WARN", 'type=Warning reason=OOMKilled msg="Container cart was '
                                      'OOMKilled (exit code 137): memory limit 256Mi exceeded"'),
    ("12:00:12.608Z", "checkout", "ERROR", 'I/O error on POST "http://cart:8080/api/cart/'
                                           'reserve": Connection refused'),
    ("12:00:19.072Z", "checkout", "ERROR", "cart reservation failed: 503 Service Unavailable "
                                           "from cart (x3)"),
    ("12:00:25.000Z", "cart", "WARN", 'type=Warning reason=BackOff msg="Back-off restarting '
                                      'failed container cart"'),
    ("12:00:33.715Z", "cart", "WARN", 'msg="heap usage high" heap_mb=252 limit_mb=256'),
    ("12:00:50.000Z", "cart", "WARN", 'type=Warning reason=OOMKilled msg="Container cart was '
                                      'OOMKilled (exit code 137): memory limit 256Mi exceeded"'),
    ("12:01:40.023Z", "checkout", "WARN", "circuit breaker 'cart' OPEN after 5 failures"),
    ("12:01:52.000Z", "frontend", "ERROR", '"POST /api/checkout HTTP/1.1" 502 rt=5.002 '
                                           'upstream="checkout:8080"'),
    ("12:02:00.000Z", "redis", "INFO", "* 100 changes in 300 seconds. Saving..."),
    ("12:02:37.298Z", "checkout", "ERROR", 'I/O error on POST "http://cart:8080/api/cart/'
                                           'reserve": Connection refused (x2)'),
]
EXPECTED = {"severity": "CRITICAL", "root_cause_category": "oom_killed", "component": "cart"}


def request(question: str = "Why does checkout fail?"
            ) -> tuple[list[dict[str, str]], dict[str, Any]]:
    workloads = sorted({w for _, w, _, _ in LINES})
    lines = "\n".join(f"[{i}] {ts} {w} {level}: {text}"
                      for i, (ts, w, level, text) in enumerate(LINES))
    messages = Prompts.load().messages(lines=lines, question=question,
                                       scope='{namespace="shop"}', workloads=workloads)
    return messages, llm_json_schema(workloads, len(LINES))


def cpu_busy_s() -> float:
    """Seconds of CPU time the whole machine has spent busy (all cores), from /proc/stat."""
    with open("/proc/stat") as f:
        fields = [int(x) for x in f.readline().split()[1:]]
    idle = fields[3] + fields[4]
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def own_cpu_s() -> float:
    t = os.times()
    return t.user + t.system


def others_load(seconds: float = 0.5) -> float:
    """Cores other processes kept busy over ``seconds``."""
    busy, own = cpu_busy_s(), own_cpu_s()
    time.sleep(seconds)
    return max(0.0, (cpu_busy_s() - busy) - (own_cpu_s() - own)) / seconds


def wait_quiet(limit_s: float, threshold: float = 0.25) -> None:
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline and others_load() > threshold:
        pass


async def measure(backend: LlamaCppBackend, messages, schema, max_tokens: int,
                  quiet_s: float) -> dict:
    llama = backend.load()
    wait_quiet(quiet_s)
    llama_cpp.llama_perf_context_reset(llama.ctx)
    usage, parts = Usage(), []
    busy0, own0 = cpu_busy_s(), own_cpu_s()
    t0 = time.perf_counter()
    first = None
    async for chunk in backend.stream(messages, schema, max_tokens=max_tokens, usage=usage):
        first = first or time.perf_counter()
        parts.append(chunk)
    end = time.perf_counter()
    others = max(0.0, (cpu_busy_s() - busy0) - (own_cpu_s() - own0)) / (end - t0)
    perf = llama_cpp.llama_perf_context(llama.ctx)
    text = "".join(parts)
    try:
        answer = Extraction.model_validate_json(text).model_dump()
        valid = True
    except ValueError:
        answer, valid = {}, False
    first = first or end
    gen_s = end - first
    return {
        "prompt_tokens": usage.prompt_tokens, "completion_tokens": usage.completion_tokens,
        "prefill_evaluated": perf.n_p_eval,
        "prefill_tps": perf.n_p_eval / (perf.t_p_eval_ms / 1000) if perf.t_p_eval_ms else 0.0,
        "gen_tps": (usage.completion_tokens - 1) / gen_s if gen_s > 0 else 0.0,
        "ttft_s": first - t0, "total_s": end - t0, "finish": usage.finish_reason,
        "valid": valid, "right": sum(answer.get(k) == v for k, v in EXPECTED.items()),
        "answer": text, "others": others,
    }


async def bench(model: str, threads: int, runs: int, max_tokens: int, cache: Path,
                quiet_s: float) -> dict:
    settings = Settings(model=model, n_threads=threads, model_cache_dir=cache)
    backend = LlamaCppBackend.from_settings(settings)
    t0 = time.perf_counter()
    backend.load()
    load_s = time.perf_counter() - t0
    messages, schema = request()
    other, _ = request("Is the shop healthy?")  # same system prompt, the user turn differs
    cold, warm, shared = [], [], []
    for _ in range(runs):
        backend.load().reset()  # forget the KV cache: the next prompt is evaluated in full
        cold.append(await measure(backend, messages, schema, max_tokens, quiet_s))
        warm.append(await measure(backend, messages, schema, max_tokens, quiet_s))
        shared.append(await measure(backend, other, schema, max_tokens, quiet_s))
    return {"model": model, "threads": threads, "load_s": load_s, "cold": cold, "warm": warm,
            "shared": shared}


def median(rows: list[dict], key: str) -> float:
    return statistics.median(r[key] for r in rows)


def table(results: list[dict]) -> str:
    head = ("model", "thr", "load", "prompt", "prefill t/s", "gen t/s", "TTFT cold",
            "TTFT warm (eval)", "TTFT shared (eval)", "total cold", "gen tok", "valid", "right",
            "finish", "others")
    rows = [head]
    for r in results:
        cold, warm, shared = r["cold"], r["warm"], r["shared"]
        every = cold + warm + shared
        rows.append((
            r["model"], str(r["threads"]), f"{r['load_s']:.1f}s",
            f"{median(cold, 'prompt_tokens'):.0f}",
            f"{median(cold, 'prefill_tps'):.0f}", f"{median(cold, 'gen_tps'):.1f}",
            f"{median(cold, 'ttft_s'):.2f}s",
            f"{median(warm, 'ttft_s'):.2f}s ({median(warm, 'prefill_evaluated'):.0f})",
            f"{median(shared, 'ttft_s'):.2f}s ({median(shared, 'prefill_evaluated'):.0f})",
            f"{median(cold, 'total_s'):.1f}s", f"{median(cold, 'completion_tokens'):.0f}",
            f"{sum(x['valid'] for x in every)}/{len(every)}",
            f"{median(cold, 'right'):.0f}/3",
            ",".join(sorted({str(x['finish']) for x in every})),
            f"{max(x['others'] for x in every):.2f}"))
    widths = [max(len(row[i]) for row in rows) for i in range(len(head))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True))
                     for row in rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--models", default="smollm2,gemma3-270m")
    parser.add_argument("--threads", default="1,2")
    parser.add_argument("--max-tokens", type=int, default=320)
    parser.add_argument("--cache-dir", type=Path, default=Settings().model_cache_dir)
    parser.add_argument("--quiet-wait", type=float, default=30.0, metavar="S",
                        help="before each measurement wait up to S seconds for other "
                             "processes to leave the CPUs idle")
    parser.add_argument("--json", action="store_true", help="print raw results as JSON")
    args = parser.parse_args()
    results = []
    for model in args.models.split(","):
        for threads in (int(t) for t in args.threads.split(",")):
            print(f"… {model}, {threads} thread(s)", file=sys.stderr)
            results.append(asyncio.run(bench(model, threads, args.runs, args.max_tokens,
                                             args.cache_dir, args.quiet_wait)))
            answer = results[-1]["cold"][0]["answer"]
            print(f"  first answer: {answer}", file=sys.stderr)
    if args.json:
        print(json.dumps(results, indent=1))
        return
    print(f"load average {os.getloadavg()[0]:.2f}, cpus {os.cpu_count()}, runs {args.runs}, "
          f"max_tokens {args.max_tokens}")
    print(table(results))


if __name__ == "__main__":
    main()
