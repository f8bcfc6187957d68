"""How the diagnosis engine reads single log lines: the phrasebooks in ``golden/phrases/``.

Each phrase is one line as some software prints it, labelled with a category and a kind:
``cause`` (the line shows the underlying cause), ``symptom`` (the effect of a failure
elsewhere) or ``benign`` (it looks like trouble and is routine). Each is replayed alone as a
one-line window (namespace ``phr``, a pod and container named after the software, a node) and
diagnosed exactly as a golden record is. Reported per category: the share of cause and
symptom lines answered with their category (``flagged``: with any incident), and the share
of benign look-alikes answered ``none``.

    python bench/phrase_eval.py golden/phrases/*.jsonl [--split dev|test] [--errors]

``--split``: per (category, kind), in file order, the 1st, 3rd, ... phrase is dev.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from engine_eval import split_half  # noqa: E402  (bench/ is this script's directory)

from analyzer.engine.diagnose import diagnose  # noqa: E402
from analyzer.engine.engine_cli import cached_or_trained  # noqa: E402
from analyzer.engine.knowledge import load_kb  # noqa: E402
from analyzer.engine.replay import replay  # noqa: E402

KINDS = ("cause", "symptom", "benign")
TS = "2026-03-01T12:00:00Z"


def load(paths: list[Path]) -> list[dict[str, Any]]:
    out = []
    for path in paths:
        for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not raw.strip():
                continue
            try:
                row = json.loads(raw)
            except json.JSONDecodeError as exc:
                sys.exit(f"{path}:{n}: not JSON ({exc.msg})")
            if row.get("kind") not in KINDS or not isinstance(row.get("line"), str):
                sys.exit(f"{path}:{n}: needs 'line' and a 'kind' of {', '.join(KINDS)}")
            out.append(row)
    return out


def _name(software: str) -> str:
    return re.sub(r"[^a-z0-9-]+", "-", software.lower()).strip("-")[:30] or "app"


def read_one(row: dict[str, Any], kb: Any, classifier: Any) -> dict[str, Any]:
    name = _name(str(row.get("software", "app")))
    log = {"ts": TS, "line": row["line"],
           "labels": {"namespace": "phr", "pod": f"{name}-7d9f8b6c4-x2x9q", "container": name,
                      "node": "ip-10-0-1-17"}}
    rep = replay([log], {"namespace": "phr"})
    diag = diagnose(rep.packed, kb=kb, classifier=classifier, scope_hint="phr")
    ext = diag.extraction
    want = row["category"] if row["kind"] != "benign" else "none"
    return {"id": row.get("id"), "kind": row["kind"], "category": row["category"],
            "looks_like": row.get("looks_like"), "got": ext.root_cause_category,
            "severity": ext.severity, "right": ext.root_cause_category == want,
            "flagged": ext.root_cause_category != "none",
            "signatures": diag.candidates[0].signatures if diag.candidates else [],
            "line": row["line"]}


def report(results: list[dict[str, Any]]) -> dict[str, Any]:
    table: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for r in results:
        cat = r["looks_like"] or "?" if r["kind"] == "benign" else r["category"]
        table[cat][r["kind"]].append(r)
    print(f"{'category':20s} {'cause n':>7s} {'right':>6s} {'flagged':>7s} "
          f"{'symptom n':>9s} {'right':>6s} {'benign n':>8s} {'quiet':>6s}")

    def rate(rows: list[dict[str, Any]], key: str) -> str:
        return f"{sum(r[key] for r in rows) / len(rows):.2f}" if rows else "-"

    for cat in sorted(table):
        k = table[cat]
        print(f"{cat:20s} {len(k['cause']):7d} {rate(k['cause'], 'right'):>6s} "
              f"{rate(k['cause'], 'flagged'):>7s} {len(k['symptom']):9d} "
              f"{rate(k['symptom'], 'right'):>6s} {len(k['benign']):8d} "
              f"{rate(k['benign'], 'right'):>6s}")
    totals = {}
    for kind in KINDS:
        rows = [r for r in results if r["kind"] == kind]
        totals[kind] = {"n": len(rows), "right": sum(r["right"] for r in rows) / len(rows)
                        if rows else None,
                        "flagged": sum(r["flagged"] for r in rows) / len(rows) if rows else None}
    print("all: " + "; ".join(
        f"{k} {v['n']} right {v['right']:.3f}" for k, v in totals.items() if v["n"]))
    return totals


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("phrases", nargs="+", type=Path)
    ap.add_argument("--split", choices=["dev", "test"])
    ap.add_argument("--errors", action="store_true", help="print every wrong phrase")
    ap.add_argument("--no-classifier", action="store_true")
    ap.add_argument("--json", type=Path, help="write the results to this file")
    args = ap.parse_args()
    kb = load_kb([])
    classifier = None
    if not args.no_classifier:
        classifier = cached_or_trained(kb, REPO / "golden" / "train.jsonl", log=sys.stderr)
    rows = split_half(load(args.phrases), args.split, key=lambda r: (r["category"], r["kind"]))
    results = [read_one(r, kb, classifier) for r in rows]
    totals = report(results)
    if args.errors:
        for r in results:
            if not r["right"]:
                want = r["category"] if r["kind"] != "benign" else f"none ({r['looks_like']})"
                print(f"  x {r['id']} {r['kind']}: want {want} got {r['got']}/{r['severity']} "
                      f"{r['signatures']}\n      {r['line'][:220]!r}")
    if args.json:
        args.json.write_text(json.dumps({"totals": totals, "results": results}, indent=1),
                             encoding="utf-8")


if __name__ == "__main__":
    main()
