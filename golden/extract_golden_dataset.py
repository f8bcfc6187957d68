"""Pull candidate records for labelling from a LogSource (files or Loki).

    python golden/extract_golden_dataset.py --source file:/var/log/pods --namespace shop \
        --start 2026-03-01T00:00:00Z --end 2026-03-02T00:00:00Z --out candidates.jsonl
    python golden/extract_golden_dataset.py --source loki:http://loki:3100 --namespace shop \
        --start 6h --out candidates.jsonl

Lines are fetched oldest first (paging past the per-query limit), normalized (multi-line traces
joined, level detected), stripped of noise (health checks and probes; the third and later line
of one template), then anchors are drawn stratified by level (ERROR/CRITICAL, WARN, INFO in
``--mix`` proportions) and each anchor becomes one candidate: the lines around it in time.
Candidates have an empty ``expected`` for a person to fill in; ``loglens golden validate``
accepts them as they are.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from retrieval.normalize import normalize_records  # noqa: E402
from retrieval.records import Level, LogRecord  # noqa: E402
from retrieval.selector import MAX_LIMIT, SCOPE_LABELS, Selector  # noqa: E402
from retrieval.source import LogSource  # noqa: E402

NOISE = re.compile(r"kube-probe/|GET /(?:healthz|readyz|livez|health|ready|metrics|ping)\b"
                   r"|/actuator/health|\bhealth ?check\b", re.IGNORECASE)
_VARIABLE = re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b"
                       r"|\b0x[0-9a-f]+\b|\b[0-9a-f]{12,}\b|\d+(?:\.\d+)*", re.IGNORECASE)
STRATA = {"error": (Level.ERROR, Level.CRITICAL), "warn": (Level.WARN,),
          "info": (Level.INFO, Level.DEBUG, Level.TRACE, Level.UNKNOWN)}


def build_source(spec: str) -> LogSource:
    kind, sep, rest = spec.partition(":")
    if sep and kind == "file":
        from retrieval.files import FileSource
        return FileSource(Path(rest).expanduser())
    if sep and kind == "loki":
        from retrieval.loki import LokiSource
        return LokiSource(rest)
    raise SystemExit(f"cannot read source {spec!r}: use file:PATH or loki:URL")


async def fetch(source: LogSource, selector: Selector, max_lines: int) -> list[LogRecord]:
    """Every matching record oldest first, paging past the per-query limit."""
    start, end = selector.window()
    out: list[LogRecord] = []
    while len(out) < max_lines:
        page = selector.model_copy(update={"start": start, "end": end, "limit": MAX_LIMIT,
                                           "direction": "forward"})
        got = [r async for r in source.query(page)]
        out.extend(got)
        if len(got) < MAX_LIMIT:
            break
        start = got[-1].ts + 1
    return out[:max_lines]


def template_of(message: str) -> str:
    return _VARIABLE.sub("<*>", message)[:200]


def denoise(records: list[LogRecord], per_template: int = 2) -> list[LogRecord]:
    """Drop health checks and probes, and repeats of one template beyond ``per_template``."""
    seen: Counter[str] = Counter()
    out = []
    for r in records:
        if NOISE.search(r.line):
            continue
        key = template_of(r.line)
        seen[key] += 1
        if seen[key] <= per_template:
            out.append(r)
    return out


def stratum(level: Level) -> str:
    return next(name for name, levels in STRATA.items() if level in levels)


def candidates(records: list[LogRecord], *, n: int, context: int, mix: dict[str, float],
               rng: random.Random, origin: str) -> list[dict[str, Any]]:
    """``n`` candidate records around anchors drawn per stratum in ``mix`` proportions."""
    by: dict[str, list[int]] = {name: [] for name in STRATA}
    for i, r in enumerate(records):
        by[stratum(r.level)].append(i)
    anchors: list[int] = []
    for name, share in mix.items():
        pool = by.get(name, [])
        anchors += rng.sample(pool, min(len(pool), round(n * share)))
    out = []
    for k, i in enumerate(sorted(anchors)):
        lo, hi = max(0, i - context), min(len(records), i + context + 1)
        window = records[lo:hi]
        out.append({
            "id": f"candidate-{k + 1:04d}", "source": origin, "scenario": "extracted",
            "question": None, "selector": scope_of(window),
            "logs": [{"ts": _rfc3339(r.ts), "labels": r.labels, "line": r.line} for r in window],
            "expected": {}, "anchor": i - lo, "anchor_level": records[i].level.label,
        })
    return out


def scope_of(records: list[LogRecord]) -> dict[str, Any]:
    scope: dict[str, Any] = dict.fromkeys(SCOPE_LABELS)
    for key in ("namespace", "node"):
        values = {r.labels.get(key) for r in records}
        if len(values) == 1 and None not in values:
            scope[key] = values.pop()
            break
    return scope


def _rfc3339(ns: int) -> str:
    from datetime import UTC, datetime
    dt = datetime.fromtimestamp(ns // 10**9, tz=UTC)
    return f"{dt:%Y-%m-%dT%H:%M:%S}.{ns % 10**9:09d}Z"


def parse_mix(text: str) -> dict[str, float]:
    mix = {}
    for part in text.split(","):
        name, _, share = part.partition("=")
        if name.strip() not in STRATA:
            raise argparse.ArgumentTypeError(f"unknown stratum {name!r}: use error, warn, info")
        mix[name.strip()] = float(share)
    return mix


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--source", required=True, help="file:PATH or loki:URL")
    for name in SCOPE_LABELS:
        ap.add_argument(f"--{name}")
    ap.add_argument("--start", help="RFC 3339, ns, or a duration before --end (6h)")
    ap.add_argument("--end", help="RFC 3339 or ns; default now")
    ap.add_argument("--max-lines", type=int, default=20000)
    ap.add_argument("-n", "--count", type=int, default=50, help="candidates to write")
    ap.add_argument("--context", type=int, default=15, help="lines either side of an anchor")
    ap.add_argument("--mix", type=parse_mix, default=parse_mix("error=0.5,warn=0.25,info=0.25"))
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    scope = {k: getattr(args, k) for k in SCOPE_LABELS if getattr(args, k)}
    selector = Selector(**scope, start=args.start, end=args.end, default_filter=False)
    source = build_source(args.source)

    async def run() -> list[LogRecord]:
        try:
            return await fetch(source, selector, args.max_lines)
        finally:
            await source.aclose()

    raw = asyncio.run(run())
    kept = denoise(normalize_records(raw))
    out = candidates(kept, n=args.count, context=args.context, mix=args.mix,
                     rng=random.Random(args.seed), origin=f"real:{source.describe()}")
    with open(args.out, "w", encoding="utf-8") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"fetched {len(raw)} lines, kept {len(kept)} after noise filtering, wrote "
          f"{len(out)} candidates to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
