"""Compare two runs: every metric of both and the delta, per-category changes, and the records
that flipped from right to wrong.

A comparison fails when, for a strategy present in both runs, a gated metric drops by more than
``max_drop`` (absolute: 0.03 is three points of accuracy) or the p95 latency grows by more than
``max_latency_growth`` (0.5 = 50 %). Gated are the quality metrics that measure correctness:
JSON validity, the model's answer being used, accuracy and macro-F1 of severity and category,
component accuracy, and the evidence metrics. ROUGE-L is shown but not gated: small changes of
wording move it without anything getting worse. A metric missing from either run (``n == 0``)
is never a failure.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .metrics import METRICS, QUALITY, field_correct

GATED = tuple(m for m in QUALITY if not m.startswith("rouge_l_"))
FLIP_FIELDS = ("severity", "root_cause_category", "component")
_EPS = 1e-9


def compare(baseline: dict[str, Any], baseline_rows: Sequence[dict[str, Any]],
            current: dict[str, Any], current_rows: Sequence[dict[str, Any]], *,
            max_drop: float = 0.03, max_latency_growth: float = 0.5) -> dict[str, Any]:
    """The drift report of two runs (``metrics.json`` contents and prediction rows)."""
    notes: list[str] = []
    failures: list[str] = []
    b_meta, c_meta = baseline["metadata"], current["metadata"]
    if b_meta.get("settings_hash") != c_meta.get("settings_hash"):
        notes.append("the runs used different settings (settings hash differs)")
    if (b_meta.get("golden") or {}).get("sha256") != (c_meta.get("golden") or {}).get("sha256"):
        notes.append("the runs evaluated different golden files: records are matched by id")
    b_strats, c_strats = baseline["strategies"], current["strategies"]
    for name in sorted(set(b_strats) ^ set(c_strats)):
        where = "baseline" if name in b_strats else "current"
        notes.append(f"strategy {name!r} is only in the {where} run: not compared")
    out: dict[str, Any] = {}
    for name in [s for s in c_strats if s in b_strats]:
        b, c = b_strats[name], c_strats[name]
        table = []
        for metric in METRICS:
            bm = b["metrics"].get(metric) or {"value": None, "n": 0}
            cm = c["metrics"].get(metric) or {"value": None, "n": 0}
            bv, cv = bm["value"], cm["value"]
            delta = cv - bv if bv is not None and cv is not None else None
            failed = False
            if delta is not None and metric in GATED and -delta > max_drop + _EPS:
                failed = True
                failures.append(f"{name}: {metric} dropped by {-delta:.3f} "
                                f"({bv:.3f} -> {cv:.3f}; allowed {max_drop:.3f})")
            if (metric == "latency_p95_ms" and bv and cv is not None
                    and cv > bv * (1 + max_latency_growth) + _EPS):
                failed = True
                failures.append(f"{name}: latency p95 grew {cv / bv - 1:.0%} ({bv:.0f} ms -> "
                                f"{cv:.0f} ms; allowed {max_latency_growth:.0%})")
            table.append({"metric": metric, "baseline": bv, "baseline_n": bm["n"],
                          "current": cv, "current_n": cm["n"], "delta": delta,
                          "gated": metric in GATED or metric == "latency_p95_ms",
                          "failed": failed})
        flipped, fixed = flips([r for r in baseline_rows if r["strategy"] == name],
                               [r for r in current_rows if r["strategy"] == name])
        out[name] = {"metrics": table,
                     "per_category": category_changes(b.get("per_category") or {},
                                                      c.get("per_category") or {}),
                     "flipped": flipped, "fixed": fixed}
    return {"max_drop": max_drop, "max_latency_growth": max_latency_growth,
            "baseline": _describe(b_meta), "current": _describe(c_meta), "strategies": out,
            "failures": failures, "notes": notes, "ok": not failures}


def _describe(meta: dict[str, Any]) -> dict[str, Any]:
    return {k: meta.get(k) for k in ("timestamp", "git_commit", "model", "backend",
                                     "settings_hash", "records")}


def category_changes(b: dict[str, Any], c: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for cat in list(b) + [k for k in c if k not in b]:
        bv = (b.get(cat) or {}).get("category_accuracy")
        cv = (c.get(cat) or {}).get("category_accuracy")
        out.append({"category": cat, "baseline": bv, "baseline_n": (b.get(cat) or {}).get("n", 0),
                    "current": cv, "current_n": (c.get(cat) or {}).get("n", 0),
                    "delta": cv - bv if bv is not None and cv is not None else None})
    return out


def flips(baseline_rows: Sequence[dict[str, Any]],
          current_rows: Sequence[dict[str, Any]]) -> tuple[list[dict[str, Any]], int]:
    """``(records right in the baseline and wrong now, per field; how many went the other
    way)``. Records are matched by id (the first row of an id when a file repeats it)."""
    base: dict[str, dict[str, Any]] = {}
    for row in baseline_rows:
        base.setdefault(str(row["id"]), row)
    seen: set[str] = set()
    flipped: list[dict[str, Any]] = []
    fixed = 0
    for row in current_rows:
        rid = str(row["id"])
        if rid in seen or rid not in base:
            continue
        seen.add(rid)
        old = base[rid]
        for field in FLIP_FIELDS:
            was, now = field_correct(old, field), field_correct(row, field)
            if was and now is False:
                flipped.append({"id": rid, "field": field,
                                "expected": (row.get("expected") or {}).get(field),
                                "baseline": (old.get("prediction") or {}).get(field),
                                "current": (row.get("prediction") or {}).get(field),
                                "error": row.get("error")})
            elif was is False and now:
                fixed += 1
    return flipped, fixed


def _fmt(value: float | None, metric: str = "") -> str:
    if value is None:
        return "-"
    return f"{value:.0f}" if metric.endswith("_ms") else f"{value:.3f}"


def render(report: dict[str, Any]) -> str:
    """The report as text tables for a terminal."""
    lines: list[str] = []
    for name, s in report["strategies"].items():
        lines.append(f"strategy {name}")
        lines.append(f"  {'metric':<24} {'baseline':>10} {'n':>5} {'current':>10} {'n':>5} "
                     f"{'delta':>9}")
        for m in s["metrics"]:
            delta = m["delta"]
            shown = "-" if delta is None else (
                f"{delta:+.0f}" if m["metric"].endswith("_ms") else f"{delta:+.3f}")
            flag = "  FAIL" if m["failed"] else ""
            lines.append(f"  {m['metric']:<24} {_fmt(m['baseline'], m['metric']):>10} "
                         f"{m['baseline_n']:>5} {_fmt(m['current'], m['metric']):>10} "
                         f"{m['current_n']:>5} {shown:>9}{flag}")
        changed = [c for c in s["per_category"] if c["delta"] is None or abs(c["delta"]) > _EPS]
        if changed:
            lines.append("  category accuracy by expected category (changed only)")
            for c in changed:
                lines.append(f"    {c['category']:<22} {_fmt(c['baseline']):>8} "
                             f"(n={c['baseline_n']}) -> {_fmt(c['current']):>6} "
                             f"(n={c['current_n']})")
        if s["flipped"]:
            lines.append(f"  right -> wrong ({len(s['flipped'])}; {s['fixed']} went the "
                         "other way)")
            for f in s["flipped"]:
                why = f"  error: {f['error']}" if f["error"] else ""
                lines.append(f"    {f['id']}: {f['field']} expected {f['expected']!r}, was "
                             f"{f['baseline']!r}, now {f['current']!r}{why}")
        else:
            lines.append(f"  no record flipped from right to wrong ({s['fixed']} went from "
                         "wrong to right)")
    for note in report["notes"]:
        lines.append(f"note: {note}")
    if report["failures"]:
        lines.append("DRIFT: " + "; ".join(report["failures"]))
    else:
        lines.append(f"ok: no gated metric dropped more than {report['max_drop']:.3f}, p95 "
                     f"latency grew less than {report['max_latency_growth']:.0%}")
    return "\n".join(lines)
