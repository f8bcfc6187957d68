"""Metric definitions on hand-made rows: counts over the records carrying each field, failed
records as misses, ROUGE-L, macro-F1, percentiles, confusion matrices."""

from __future__ import annotations

import pytest

from evaluation.metrics import (
    NO_PREDICTION,
    compute,
    confusion,
    flat,
    macro_f1,
    percentile,
    rouge_l,
    strategy_metrics,
)


def row(rid, expected, prediction, *, source="llm", packed=(), evidence=(), latency=10.0,
        json_valid=True, strategy="baseline"):
    return {"id": rid, "strategy": strategy, "expected": expected, "prediction": prediction,
            "source": source, "packed": list(packed), "predicted_evidence": list(evidence),
            "latency_ms": latency, "json_valid": json_valid,
            "error": None if prediction else "boom"}


def pred(severity="ERROR", category="timeout", component="api", **kw):
    return {"severity": severity, "root_cause_category": category, "component": component,
            "summary": kw.get("summary", "api times out"), "root_cause": "slow db",
            "action": "scale", "evidence": [0]}


ROWS = [
    row("a", {"severity": "ERROR", "root_cause_category": "timeout", "component": " API ",
              "evidence": [1, 2], "summary": "api times out talking to db"},
        pred(), packed=[1, 2, 3], evidence=[2, 3], latency=100),
    row("b", {"severity": "critical", "root_cause_category": "oom_killed"},
        pred("CRITICAL", "timeout"), packed=[0], latency=200),
    row("c", {"root_cause_category": "none", "evidence": [], "extra": 1}, None,
        source="error", json_valid=False, latency=300),
    row("d", {}, pred(), source="no_logs", json_valid=None, latency=400),
]


def test_each_metric_counts_only_the_records_that_carry_its_field():
    m = strategy_metrics(ROWS)["metrics"]
    assert m["json_valid_rate"] == {"value": pytest.approx(2 / 3), "n": 3}  # no_logs not asked
    assert m["llm_answer_rate"] == {"value": pytest.approx(2 / 3), "n": 3}
    assert m["severity_accuracy"] == {"value": 1.0, "n": 2}  # case-insensitive
    assert m["category_accuracy"] == {"value": pytest.approx(1 / 3), "n": 3}  # c failed: a miss
    assert m["component_accuracy"] == {"value": 1.0, "n": 1}  # stripped, case-insensitive
    assert m["evidence_recall_packed"] == {"value": 1.0, "n": 1}  # empty evidence not scored
    assert m["evidence_precision"] == {"value": 0.5, "n": 1}
    assert m["evidence_recall"] == {"value": 0.5, "n": 1}
    assert m["rouge_l_summary"]["n"] == 1 and m["rouge_l_root_cause"] == {"value": None, "n": 0}
    assert m["latency_p50_ms"]["value"] == 250 and m["latency_total_ms"]["value"] == 1000


def test_category_macro_f1_confusion_and_per_category():
    out = strategy_metrics(ROWS)
    # classes: timeout (tp 1, fp 1 -> 2/3), oom_killed (fn 1 -> 0), none (fn 1 -> 0)
    assert out["metrics"]["category_macro_f1"]["value"] == pytest.approx((2 / 3) / 3)
    conf = out["confusion"]["category"]
    assert conf["labels"] == ["none", "oom_killed", "timeout", NO_PREDICTION]
    assert conf["matrix"][0][3] == 1 and conf["matrix"][1][2] == 1 and conf["matrix"][2][2] == 1
    assert out["per_category"]["oom_killed"] == {"n": 1, "category_accuracy": 0.0,
                                                  "severity_accuracy": 1.0,
                                                  "component_accuracy": None}
    assert out["sources"] == {"error": 1, "llm": 2, "no_logs": 1}


def test_rouge_l_is_the_lcs_f_measure_of_lowercased_words():
    assert rouge_l("The cart is OOMKilled", "the CART is oomkilled!") == 1.0
    # lcs("a b c d", "a c e") = 2: p = 2/4, r = 2/3, f1 = 4/7
    assert rouge_l("a b c d", "a c e") == pytest.approx(4 / 7)
    assert rouge_l("", "x") == 0.0 and rouge_l("x y", "z") == 0.0


def test_macro_f1_percentiles_and_unknown_labels():
    assert macro_f1([("a", "a"), ("b", "b")]) == 1.0
    assert macro_f1([("a", NO_PREDICTION)]) == 0.0
    assert macro_f1([]) is None
    assert percentile([1, 2, 3, 4], 50) == 2.5 and percentile([5], 99) == 5
    assert percentile([], 50) is None
    assert percentile(list(range(1, 101)), 95) == pytest.approx(95.05)
    conf = confusion([("WARN", "LOUD")], ("INFO", "WARN"))
    assert conf["labels"] == ["WARN", "LOUD"]


def test_metrics_are_per_strategy_and_flatten_for_the_csv():
    rows = ROWS + [{**r, "strategy": "alt"} for r in ROWS[:2]]
    per = compute(rows)
    assert list(per) == ["baseline", "alt"] and per["alt"]["records"] == 2
    table = flat(per)
    assert {"strategy": "alt", "metric": "severity_accuracy", "value": 1.0, "n": 2} in table
    assert len(table) == 2 * len({t["metric"] for t in table})


def test_no_record_carries_a_field_gives_null_not_an_error():
    m = strategy_metrics([row("x", {}, pred())])["metrics"]
    assert m["severity_accuracy"] == {"value": None, "n": 0}
    assert m["severity_macro_f1"] == {"value": None, "n": 0}
    assert m["evidence_recall"] == {"value": None, "n": 0}
