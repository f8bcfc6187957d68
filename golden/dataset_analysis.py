"""Distribution tables (markdown) of golden files: by severity, category, source, namespace,
lines per record, and scenario templates.

    python golden/dataset_analysis.py golden/golden.jsonl [more.jsonl ...]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

_BUCKETS = ((0, 11), (12, 20), (21, 30), (31, 40), (41, 60), (61, 80), (81, 10**9))


def load(paths: Iterable[Path]) -> list[dict[str, Any]]:
    out = []
    for path in paths:
        for raw in Path(path).read_text(encoding="utf-8").splitlines():
            if raw.strip():
                out.append(json.loads(raw))
    return out


def _table(title: str, counts: Counter[str], total: int, order: Iterable[str] | None = None
           ) -> str:
    keys = list(order) if order is not None else sorted(counts, key=lambda k: (-counts[k], k))
    rows = [f"| {title} | records | share |", "|---|---:|---:|"]
    rows += [f"| {k} | {counts[k]} | {100 * counts[k] / total:.1f}% |" for k in keys
             if counts[k] or order is not None]
    return "\n".join(rows)


def namespace_of(record: dict[str, Any]) -> str:
    """The namespace the record is about: its selector's, else the namespace of its first
    evidence line, else ``(node or cluster scope)``."""
    sel = record.get("selector") or {}
    if isinstance(sel.get("namespace"), str):
        return sel["namespace"]
    logs = record.get("logs") or []
    for i in (record.get("expected") or {}).get("evidence") or []:
        if 0 <= i < len(logs) and logs[i].get("labels", {}).get("namespace"):
            return str(logs[i]["labels"]["namespace"])
    return "(node or cluster scope)"


def source_of(record: dict[str, Any]) -> str:
    src = str(record.get("source") or "unknown")
    return "synthetic" if src.startswith("synthetic:") else src


def report(records: list[dict[str, Any]]) -> str:
    from analyzer.schema import CATEGORIES, SEVERITIES

    n = len(records)
    exp = [r.get("expected") or {} for r in records]
    sev = Counter(str(e.get("severity")) for e in exp)
    cat = Counter(str(e.get("root_cause_category")) for e in exp)
    lengths = [len(r.get("logs") or []) for r in records]
    buckets: Counter[str] = Counter()
    for m in lengths:
        lo, hi = next(b for b in _BUCKETS if b[0] <= m <= b[1])
        buckets[f"{lo}-{hi}" if hi < 10**9 else f">{lo - 1}"] += 1
    scen = Counter(str(r.get("scenario") or "-") for r in records)
    parts = [
        f"**{n} records**, {len(scen)} scenario templates; lines per record: min "
        f"{min(lengths)}, median {statistics.median(lengths):g}, max {max(lengths)}; "
        f"evidence lines per incident: {statistics.mean(len(e.get('evidence') or []) for e in exp if e.get('root_cause_category') != 'none'):.1f} on average.",  # noqa: E501
        _table("severity", sev, n, SEVERITIES),
        _table("root_cause_category", cat, n, CATEGORIES),
        _table("source", Counter(source_of(r) for r in records), n),
        _table("namespace", Counter(namespace_of(r) for r in records), n),
        _table("lines per record", buckets, n,
               [k for k in (f"{lo}-{hi}" if hi < 10**9 else f">{lo - 1}" for lo, hi in _BUCKETS)
                if buckets[k]]),
        _table("scenario template", scen, n),
    ]
    return "\n\n".join(parts) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="+", type=Path)
    args = ap.parse_args(argv)
    sys.stdout.write(report(load(args.files)))
    return 0


if __name__ == "__main__":
    if __package__ in (None, ""):
        sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    raise SystemExit(main())
