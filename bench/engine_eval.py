"""Evaluate the diagnosis engine (no LLM) on golden-format files.

Each record is replayed with the evaluation harness's request shape (scope, the logs'
window, limit min(200, len(logs)), every line as the engine reads in production;
``--filtered`` or ``--both-filters`` for the default error/warn filter ON), fetched from a
MemorySource, normalized, packed (token counter len(text)//3+1, n_ctx 2048, max_tokens 256)
and diagnosed; when the engine finds no cause for the errors it read, again with the wider
cluster (``analyzer.engine.widen``). The metrics are the harness's own
(``evaluation.metrics.strategy_metrics``) plus per-category accuracy and the reliability
table of the engine's confidence.

    python bench/engine_eval.py golden/train.jsonl golden/golden.jsonl --both-filters

The classifier is loaded from the cache (``loglens train``) or trained from
golden/train.jsonl in-process when the cache is empty (``--no-classifier``: signatures only).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from collections.abc import Callable, Hashable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from analyzer.engine.diagnose import diagnose  # noqa: E402
from analyzer.engine.engine_cli import cached_or_trained  # noqa: E402
from analyzer.engine.knowledge import load_kb  # noqa: E402
from analyzer.engine.replay import scope_hint  # noqa: E402
from analyzer.engine.widen import replay_diagnosed  # noqa: E402
from analyzer.models_api import PackedLineOut  # noqa: E402
from analyzer.prompts import Prompts  # noqa: E402
from evaluation.golden import GoldenRecord, load_golden  # noqa: E402
from evaluation.metrics import percentile, strategy_metrics  # noqa: E402
from evaluation.replay import packed_members  # noqa: E402

T = TypeVar("T")
BINS = ((0.0, 0.5), (0.5, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.01))


def _lines_out(packed: Any) -> list[PackedLineOut]:
    return [PackedLineOut(
        index=pl.index, ts=pl.record.ts,
        time=datetime.fromtimestamp(pl.record.ts / 1e9, tz=UTC).isoformat(),
        labels=pl.record.labels, workload=pl.record.workload, level=pl.record.level.label,
        line=pl.record.line, count=pl.count) for pl in packed.lines]


def run_record(record: GoldenRecord, kb: Any, classifier: Any, prompts: Prompts,
               line_filter: bool) -> dict[str, Any]:
    logs = [log.model_dump() for log in record.logs]
    spent: list[float] = []

    def judge(rep: Any) -> Any:
        t = time.perf_counter()
        diag = diagnose(rep.packed, kb=kb, classifier=classifier,
                        scope_hint=scope_hint(rep.selector), question=record.question)
        spent.append(time.perf_counter() - t)
        return diag

    t0 = time.perf_counter()
    rep, diag, widened = replay_diagnosed(logs, record.scope(), diagnose=judge,
                                          question=record.question, line_filter=line_filter,
                                          prompts=prompts, services=kb.services)
    t2 = time.perf_counter()
    members = asyncio.run(packed_members(record, record.memory_source(), rep.selector,
                                         _lines_out(rep.packed), context=not line_filter,
                                         wider=widened, services=kb.services))
    ext = diag.extraction.model_dump(mode="json")
    evidence = sorted({g for i in ext["evidence"] if 0 <= i < len(members) for g in members[i]})
    return {"id": record.id, "strategy": "engine", "expected":
            record.expected.model_dump(exclude_none=True), "prediction": ext,
            "source": "engine" if rep.packed.lines else "no_logs", "json_valid": True,
            "packed": sorted({g for m in members for g in m}), "predicted_evidence": evidence,
            "latency_ms": round((t2 - t0) * 1000, 2),
            "engine_ms": round(sum(spent) * 1000, 2), "widened": widened,
            "candidates": [c.as_dict() for c in diag.candidates[:3]]}


def split_half(records: list[T], half: str | None, key: Callable[[T], Hashable]) -> list[T]:
    """Per ``key`` (a golden record's expected category; a phrase's category and kind), in
    file order, the 1st, 3rd, ... item is ``dev``, the others ``test``; None: all."""
    if half is None:
        return records
    seen: dict[Hashable, int] = {}
    out = []
    for item in records:
        group = key(item)
        if (seen.get(group, 0) % 2 == 0) == (half == "dev"):
            out.append(item)
        seen[group] = seen.get(group, 0) + 1
    return out


def reliability(rows: list[dict[str, Any]], field: str = "root_cause_category"
                ) -> list[dict[str, Any]]:
    out = []
    for lo, hi in BINS:
        sel = [r for r in rows if lo <= r["prediction"]["confidence"] < hi
               and r["expected"].get(_field_of(field)) is not None]
        right = sum(_right(r, field) for r in sel)
        out.append({"bin": f"[{lo:.1f}, {min(hi, 1.0):.1f}{']' if hi > 1 else ')'}",
                    "n": len(sel), "accuracy": right / len(sel) if sel else None,
                    "mean_conf": (sum(r["prediction"]["confidence"] for r in sel) / len(sel)
                                  if sel else None)})
    hi_sel = [r for r in rows if r["prediction"]["confidence"] >= 0.8]
    out.append({"bin": ">= 0.8", "n": len(hi_sel),
                "accuracy": sum(_right(r, field) for r in hi_sel) / len(hi_sel)
                if hi_sel else None, "mean_conf": None})
    return out


def _field_of(field: str) -> str:
    return "root_cause_category" if field == "both" else field


def _right(row: dict[str, Any], field: str) -> bool:
    exp, pred = row["expected"], row["prediction"]
    fields = ("root_cause_category", "component") if field == "both" else (field,)
    return all(str(pred.get(f, "")).strip().lower() == str(exp.get(f, "")).strip().lower()
               for f in fields)


def report(name: str, rows: list[dict[str, Any]]) -> dict[str, Any]:
    m = strategy_metrics(rows)
    v = {k: m["metrics"][k]["value"] for k in m["metrics"]}
    engine_ms = [r["engine_ms"] for r in rows]
    print(f"\n=== {name}: {len(rows)} records")
    for key in ("json_valid_rate", "severity_accuracy", "severity_macro_f1",
                "category_accuracy", "category_macro_f1", "component_accuracy",
                "evidence_recall_packed", "evidence_recall", "evidence_precision"):
        print(f"  {key:24s} {v[key]:.3f}" if v[key] is not None else f"  {key:24s} -")
    print(f"  latency p50/p95 (replay+pack+diagnose) {v['latency_p50_ms']:.1f} / "
          f"{v['latency_p95_ms']:.1f} ms; diagnose only p50/p95 "
          f"{percentile(engine_ms, 50):.1f} / {percentile(engine_ms, 95):.1f} ms")
    print(f"  read the wider cluster on {sum(bool(r.get('widened')) for r in rows)} records")
    print("  per category (n, category acc, severity acc, component acc):")
    for cat, e in m["per_category"].items():
        accs = "  ".join("   -" if e[k] is None else f"{e[k]:.2f}" for k in (
            "category_accuracy", "severity_accuracy", "component_accuracy"))
        print(f"    {cat:20s} {e['n']:3d}  {accs}")  # "-": no record carries the field
    for field, label in (("root_cause_category", "category"), ("both", "category+component")):
        print(f"  reliability ({label} right):  bin  n  accuracy  mean confidence")
        for b in reliability(rows, field):
            acc = "-" if b["accuracy"] is None else f"{b['accuracy']:.2f}"
            mc = "" if b["mean_conf"] is None else f"{b['mean_conf']:.2f}"
            print(f"    {b['bin']:12s} {b['n']:4d}  {acc:>5s}  {mc}")
    return {"metrics": v, "per_category": m["per_category"], "confusion": m["confusion"],
            "reliability": reliability(rows), "reliability_both": reliability(rows, "both")}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("golden", nargs="+", type=Path)
    ap.add_argument("--filtered", action="store_true",
                    help="the default error/warn line filter ON (the llm mode's reading)")
    ap.add_argument("--both-filters", action="store_true", help="run with the filter ON and OFF")
    ap.add_argument("--no-classifier", action="store_true")
    ap.add_argument("--kb-dir", action="append", default=[], help="extra signature directory")
    ap.add_argument("--errors", action="store_true", help="print every wrong record")
    ap.add_argument("--json", type=Path, help="write rows and metrics to this file")
    ap.add_argument("--split", choices=["dev", "test"],
                    help="only the dev or test half (per category, in file order, the 1st, "
                         "3rd, ... record is dev; golden/heldout/README.md)")
    args = ap.parse_args()
    kb = load_kb(args.kb_dir)
    classifier = None
    if not args.no_classifier:
        classifier = cached_or_trained(kb, REPO / "golden" / "train.jsonl", log=sys.stderr)
    prompts = Prompts.load()
    modes = [False, True] if args.both_filters else [args.filtered]
    dump: dict[str, Any] = {}
    for path in args.golden:
        records = split_half(load_golden(path), args.split,
                             key=lambda r: str(r.expected.root_cause_category))
        for line_filter in modes:
            rows = [run_record(r, kb, classifier, prompts, line_filter) for r in records]
            name = f"{path.name} (line filter {'ON' if line_filter else 'OFF'})"
            dump[name] = {"report": report(name, rows), "rows": rows}
            if args.errors:
                for r in rows:
                    e, p = r["expected"], r["prediction"]
                    if any(str(e.get(f, "")).lower() != str(p.get(f, "")).lower()
                           for f in ("root_cause_category", "component", "severity")):
                        print(f"  x {r['id']}: want {e.get('severity')}/"
                              f"{e.get('root_cause_category')}/{e.get('component')} got "
                              f"{p['severity']}/{p['root_cause_category']}/{p['component']} "
                              f"({p['confidence']}) {r['candidates'][:2]}")
    if args.json:
        args.json.write_text(json.dumps(dump, indent=1, default=str), encoding="utf-8")


if __name__ == "__main__":
    main()
