"""Metrics of a run, computed from its prediction rows alone (so shards can be merged and
runs compared without the golden file).

Every metric is scored over the records that carry what it needs and says how many that was
(``n``); with ``n == 0`` its value is null. A record whose analysis failed (``prediction``
null) counts as wrong wherever it is scored.

==========================  ===========================================================  ======
metric                      definition                                                   over
==========================  ===========================================================  ======
json_valid_rate             the model's raw answer is a JSON object valid against the     model
                            extraction schema; a failed analysis counts as invalid        asked
llm_answer_rate             the pipeline used the model's answer (``source == "llm"``),   model
                            not the fallback                                              asked
severity_accuracy           predicted == expected (case-insensitive)                      sev.
severity_macro_f1           mean F1 over the classes in expected ∪ predicted               sev.
category_accuracy           root_cause_category, same                                     cat.
category_macro_f1           root_cause_category, same                                     cat.
component_accuracy          case-insensitive, surrounding whitespace ignored              comp.
evidence_recall_packed      mean per record of |expected ∩ packed| / |expected|           ev.
evidence_precision          mean per record of |expected ∩ predicted| / |predicted|       ev.
                            (0 when nothing is predicted)
evidence_recall             mean per record of |expected ∩ predicted| / |expected|        ev.
rouge_l_<field>             ROUGE-L F1 (LCS of lowercased word tokens) of summary,        text
                            root_cause, action
latency_p50/p95/p99_ms      linear-interpolated percentiles of each analysis's wall time  all
latency_total_ms            their sum                                                     all
==========================  ===========================================================  ======

"model asked" = every record except those with no matching logs (``source == "no_logs"``: the
model is not called). "ev." = records whose expected evidence is a non-empty list (an empty
list, as for ``none``, has no recall to measure). Predicted evidence is the extraction's
evidence mapped to log indices (every log a cited packed line stands for). Macro-F1 ignores
the "no prediction" pseudo-class, but a failed record still counts as a miss of its class.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from analyzer.schema import CATEGORIES, SEVERITIES

Row = dict[str, Any]

NO_PREDICTION = "(no prediction)"
TEXT_FIELDS = ("summary", "root_cause", "action")
#: quality metrics: higher is better, in [0, 1]
QUALITY = ("json_valid_rate", "llm_answer_rate", "severity_accuracy", "severity_macro_f1",
           "category_accuracy", "category_macro_f1", "component_accuracy",
           "evidence_recall_packed", "evidence_precision", "evidence_recall",
           *(f"rouge_l_{f}" for f in TEXT_FIELDS))
LATENCY = ("latency_p50_ms", "latency_p95_ms", "latency_p99_ms", "latency_total_ms")
METRICS = QUALITY + LATENCY
#: classification fields: (metric prefix, field of expected/prediction, normalizer, order)
CLASSIFIED: tuple[tuple[str, str, Callable[[Any], str], Sequence[str]], ...] = (
    ("severity", "severity", lambda v: str(v).strip().upper(), SEVERITIES),
    ("category", "root_cause_category", lambda v: str(v).strip().lower(), CATEGORIES),
)
_WORD = re.compile(r"[a-z0-9]+")


# --- per record -------------------------------------------------------------------------------


def _norm_component(value: Any) -> str:
    return str(value).strip().casefold()


def field_correct(row: Row, field: str) -> bool | None:
    """Whether the prediction matches the expected ``field`` (severity, root_cause_category,
    component); None when the record does not expect it."""
    expected = (row.get("expected") or {}).get(field)
    if expected is None:
        return None
    pred = (row.get("prediction") or {}).get(field)
    if pred is None:
        return False
    if field == "component":
        return _norm_component(pred) == _norm_component(expected)
    norm = next((n for _, f, n, _ in CLASSIFIED if f == field), str)
    return norm(pred) == norm(expected)


def evidence_scores(row: Row) -> dict[str, float] | None:
    """``evidence_recall_packed``, ``evidence_precision``, ``evidence_recall`` of one record,
    or None when it expects no evidence."""
    expected = (row.get("expected") or {}).get("evidence")
    if not isinstance(expected, list) or not expected:
        return None
    want = {int(i) for i in expected}
    packed = set(row.get("packed") or ())
    predicted = set(row.get("predicted_evidence") or ()) if row.get("prediction") else set()
    hit = len(want & predicted)
    return {"evidence_recall_packed": len(want & packed) / len(want),
            "evidence_precision": hit / len(predicted) if predicted else 0.0,
            "evidence_recall": hit / len(want)}


def tokens(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def rouge_l(prediction: str, reference: str) -> float:
    """ROUGE-L F1: the longest common subsequence of word tokens against both lengths."""
    a, b = tokens(prediction), tokens(reference)
    if not a or not b:
        return 0.0
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b, start=1):
            cur.append(prev[j - 1] + 1 if x == y else max(prev[j], cur[j - 1]))
        prev = cur
    lcs = prev[-1]
    if lcs == 0:
        return 0.0
    precision, recall = lcs / len(a), lcs / len(b)
    return 2 * precision * recall / (precision + recall)


def text_score(row: Row, field: str) -> float | None:
    expected = (row.get("expected") or {}).get(field)
    if not isinstance(expected, str) or not expected.strip():
        return None
    predicted = (row.get("prediction") or {}).get(field)
    return rouge_l(predicted, expected) if isinstance(predicted, str) else 0.0


# --- aggregates -------------------------------------------------------------------------------


def percentile(values: Sequence[float], q: float) -> float | None:
    """Linear interpolation between closest ranks (numpy's default), ``q`` in [0, 100]."""
    if not values:
        return None
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q / 100
    lo, hi = math.floor(pos), math.ceil(pos)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


def _metric(values: Iterable[float | bool]) -> dict[str, Any]:
    vals = [float(v) for v in values]
    return {"value": sum(vals) / len(vals) if vals else None, "n": len(vals)}


def macro_f1(pairs: Sequence[tuple[str, str]]) -> float | None:
    """Mean F1 over the classes in expected ∪ predicted (``NO_PREDICTION`` is no class)."""
    classes = {e for e, _ in pairs} | {p for _, p in pairs if p != NO_PREDICTION}
    if not classes:
        return None
    scores = []
    for c in classes:
        tp = sum(1 for e, p in pairs if e == c and p == c)
        fp = sum(1 for e, p in pairs if e != c and p == c)
        fn = sum(1 for e, p in pairs if e == c and p != c)
        scores.append(2 * tp / (2 * tp + fp + fn))
    return sum(scores) / len(scores)


def confusion(pairs: Sequence[tuple[str, str]], order: Sequence[str]) -> dict[str, Any]:
    """Rows: expected, columns: predicted, over the labels present (taxonomy order first,
    unknown labels after, then ``NO_PREDICTION`` when a record failed)."""
    present = {e for e, _ in pairs} | {p for _, p in pairs}
    labels = [c for c in order if c in present]
    labels += sorted(present - set(labels) - {NO_PREDICTION})
    if NO_PREDICTION in present:
        labels.append(NO_PREDICTION)
    pos = {c: i for i, c in enumerate(labels)}
    matrix = [[0] * len(labels) for _ in labels]
    for e, p in pairs:
        matrix[pos[e]][pos[p]] += 1
    return {"labels": labels, "matrix": matrix}


def class_pairs(rows: Iterable[Row], field: str,
                norm: Callable[[Any], str]) -> list[tuple[str, str]]:
    out = []
    for row in rows:
        expected = (row.get("expected") or {}).get(field)
        if expected is None:
            continue
        pred = (row.get("prediction") or {}).get(field)
        out.append((norm(expected), NO_PREDICTION if pred is None else norm(pred)))
    return out


def strategy_metrics(rows: Sequence[Row]) -> dict[str, Any]:
    """Every metric of one strategy's rows (see the module docstring)."""
    metrics: dict[str, dict[str, Any]] = {}
    asked = [r for r in rows if r.get("source") != "no_logs"]
    metrics["json_valid_rate"] = _metric(bool(r.get("json_valid")) for r in asked)
    metrics["llm_answer_rate"] = _metric(r.get("source") == "llm" for r in asked)
    confusions: dict[str, Any] = {}
    for prefix, field, norm, order in CLASSIFIED:
        pairs = class_pairs(rows, field, norm)
        metrics[f"{prefix}_accuracy"] = _metric(e == p for e, p in pairs)
        metrics[f"{prefix}_macro_f1"] = {"value": macro_f1(pairs), "n": len(pairs)}
        confusions[prefix] = confusion(pairs, order)
    metrics["component_accuracy"] = _metric(
        c for r in rows if (c := field_correct(r, "component")) is not None)
    ev = [s for r in rows if (s := evidence_scores(r)) is not None]
    for name in ("evidence_recall_packed", "evidence_precision", "evidence_recall"):
        metrics[name] = _metric(s[name] for s in ev)
    for field in TEXT_FIELDS:
        metrics[f"rouge_l_{field}"] = _metric(
            t for r in rows if (t := text_score(r, field)) is not None)
    latencies = [float(r.get("latency_ms") or 0.0) for r in rows]
    for q in (50, 95, 99):
        metrics[f"latency_p{q}_ms"] = {"value": percentile(latencies, q), "n": len(latencies)}
    metrics["latency_total_ms"] = {"value": round(sum(latencies), 2), "n": len(latencies)}
    sources: dict[str, int] = {}
    for r in rows:
        sources[r.get("source") or "error"] = sources.get(r.get("source") or "error", 0) + 1
    return {"records": len(rows), "metrics": metrics, "confusion": confusions,
            "per_category": per_category(rows), "sources": dict(sorted(sources.items()))}


def per_category(rows: Sequence[Row]) -> dict[str, dict[str, Any]]:
    """For each expected root-cause category: how many records, and the accuracy of
    category, severity and component on them."""
    norm = CLASSIFIED[1][2]
    groups: dict[str, list[Row]] = {}
    for r in rows:
        cat = (r.get("expected") or {}).get("root_cause_category")
        if cat is not None:
            groups.setdefault(norm(cat), []).append(r)
    out = {}
    for cat in sorted(groups, key=lambda c: (0, CATEGORIES.index(c), c) if c in CATEGORIES
                      else (1, 0, c)):
        group = groups[cat]
        entry: dict[str, Any] = {"n": len(group)}
        for name, field in (("category", "root_cause_category"), ("severity", "severity"),
                            ("component", "component")):
            marks = [c for r in group if (c := field_correct(r, field)) is not None]
            entry[f"{name}_accuracy"] = sum(marks) / len(marks) if marks else None
        out[cat] = entry
    return out


def compute(rows: Sequence[Row], strategies: Sequence[str] | None = None) -> dict[str, Any]:
    """``{strategy: strategy_metrics}`` in the order strategies were run."""
    names = list(strategies or dict.fromkeys(r["strategy"] for r in rows))
    return {name: strategy_metrics([r for r in rows if r["strategy"] == name]) for name in names}


def flat(per_strategy: dict[str, Any]) -> list[dict[str, Any]]:
    """One ``{strategy, metric, value, n}`` per metric (the CSV's rows)."""
    return [{"strategy": s, "metric": name, "value": m["metrics"][name]["value"],
             "n": m["metrics"][name]["n"]}
            for s, m in per_strategy.items() for name in METRICS]
