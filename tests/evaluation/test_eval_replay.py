"""Replay through the real pipeline with the scripted backend: packed lines mapped back to the
record's logs (duplicates, collapsed lines, joined stack traces), evidence mapping, errors,
strategies."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzer.pipeline import AnalyzerConfig
from analyzer.prompts import Prompts
from evaluation import strategies
from evaluation.golden import GoldenRecord, load_golden
from evaluation.replay import Task, answer_is_valid, replay, replay_record
from evaluation.strategies import Components, ReplayOptions, Strategy, get, parse_strategies
from retrieval.errors import BackendUnavailable, InvalidRequest

FIXTURE = Path(__file__).parent / "fixtures" / "eval_small.jsonl"


@pytest.fixture
def records() -> dict[str, GoldenRecord]:
    return {r.id: r for r in load_golden(FIXTURE)}


@pytest.fixture
def parts(scripted) -> Components:
    # the scripted model's answers are what these tests check: mode "llm" (default: engine)
    return Components(backend=scripted, prompts=Prompts.load(),
                      config=AnalyzerConfig(mode="llm"))


async def run(record, parts, all_lines=False):
    return await replay_record(Task(0, record), get("baseline"), parts,
                               ReplayOptions(all_lines=all_lines))


async def test_collapsed_lines_map_back_to_every_log_they_stand_for(records, parts, scripted):
    scripted.enqueue({"severity": "CRITICAL", "root_cause_category": "oom_killed",
                      "component": "cart", "evidence": [1, 2],
                      "root_cause": "cart exceeds its memory limit",
                      "summary": "cart is OOMKilled and checkout fails",
                      "action": "raise the cart memory limit", "confidence": 0.9})
    row = await run(records["oom-cart-001"], parts)
    assert row["source"] == "llm" and row["error"] is None and row["json_valid"] is True
    # production default line filter: the two info lines never reach the model
    assert row["packed_members"] == [[1], [2], [3, 4, 5]]
    assert row["packed"] == [1, 2, 3, 4, 5]
    # evidence [1, 2] cites the OOMKilled line and the checkout line collapsed from 3 logs
    assert row["predicted_evidence"] == [2, 3, 4, 5]
    assert row["prediction"]["root_cause_category"] == "oom_killed"
    assert row["context"][2].endswith("(x3)") and row["context"][2].startswith("[2] ")
    assert row["expected"]["evidence"] == [1, 2, 3]
    # the replay request: scope, a window over all logs, limit = len(logs), question passed
    call = scripted.calls[-1]
    assert "Why does the cart pod keep restarting?" in call["messages"][1]["content"]


async def test_logs_labelled_with_otlp_names_map_back_too(records, parts, scripted):
    from retrieval.labels import OTEL_LABELS

    original = records["oom-cart-001"]
    otlp = original.model_copy(update={"logs": [
        log.model_copy(update={"labels": {OTEL_LABELS[k]: v for k, v in log.labels.items()}})
        for log in original.logs]})
    for _ in (original, otlp):
        scripted.enqueue({"severity": "CRITICAL", "root_cause_category": "oom_killed",
                          "component": "cart", "evidence": [1, 2],
                          "root_cause": "cart exceeds its memory limit",
                          "summary": "cart is OOMKilled and checkout fails",
                          "action": "raise the cart memory limit", "confidence": 0.9})
    rows = [await run(record, parts) for record in (original, otlp)]
    assert rows[1]["packed_members"] == rows[0]["packed_members"] == [[1], [2], [3, 4, 5]]
    assert rows[1]["predicted_evidence"] == rows[0]["predicted_evidence"]


async def test_all_lines_keeps_info_lines_and_maps_joined_stack_traces(records, parts):
    row = await run(records["trace-005"], parts, all_lines=True)
    # logs 2-4 are one Java exception joined into one record; 1, 5 and 6 share a message
    # (5 and 6 are identical: same time, labels and text) and collapse into one line
    assert row["packed_members"] == [[0], [1, 5, 6], [2, 3, 4]]
    assert row["packed"] == list(range(7))
    row = await run(records["trace-005"], parts)  # the default filter drops the frames
    assert row["packed_members"] == [[1, 5, 6], [2]]


async def test_a_record_with_no_matching_line_is_answered_without_the_model(records, parts,
                                                                             scripted):
    row = await run(records["nomatch-004"], parts)
    assert row["source"] == "no_logs" and row["packed"] == [] and row["context"] == []
    assert row["json_valid"] is None and row["llm_ms"] is None and row["error"] is None
    assert row["prediction"]["component"] == "payments"  # the fallback names the scope
    assert scripted.calls == []


async def test_a_failing_record_is_an_error_row_and_the_run_goes_on(records, parts):
    broken = records["oom-cart-001"].model_copy(update={"selector": {"namespace": 42}})
    ok = records["dns-api-002"]
    rows = await replay([Task(0, broken), Task(1, ok)], [get("baseline")], parts,
                        ReplayOptions())
    assert rows[0]["prediction"] is None and rows[0]["source"] == "error"
    assert rows[0]["error"].startswith("selector.namespace") and rows[0]["json_valid"] is False
    assert rows[1]["error"] is None and rows[1]["source"] == "llm"
    assert [r["index"] for r in rows] == [0, 1]


async def test_a_backend_failure_falls_back_and_is_not_json_valid(records, parts, scripted):
    scripted.enqueue(BackendUnavailable("down"))
    row = await run(records["dns-api-002"], parts)
    assert row["source"] == "fallback" and "down" in row["fallback_reason"]
    assert row["json_valid"] is False and row["prediction"] is not None
    scripted.enqueue('{"severity": "ERROR"}')  # JSON, but not an extraction
    row = await run(records["dns-api-002"], parts)
    assert row["json_valid"] is False and row["source"] == "fallback"


def test_answer_validity_is_the_extraction_schema():
    assert not answer_is_valid("not json")
    assert not answer_is_valid("[1, 2]")
    assert not answer_is_valid('{"severity": "LOUD"}')
    assert answer_is_valid('{"severity": "INFO", "root_cause_category": "none", '
                           '"root_cause": "all good here", "component": "api", '
                           '"summary": "nothing wrong", "action": "nothing to do", '
                           '"evidence": [], "confidence": 0.5}')


def test_strategies_are_a_registry_with_clear_errors(monkeypatch):
    assert [s.name for s in parse_strategies("baseline, baseline")] == ["baseline"]
    assert [s.name for s in parse_strategies("baseline,hybrid,auto")] == [
        "baseline", "hybrid", "auto"]
    with pytest.raises(InvalidRequest, match="unknown strategy 'nope'"):
        parse_strategies(("nope",))
    with pytest.raises(InvalidRequest, match="at least one"):
        parse_strategies(" , ")
    monkeypatch.setitem(strategies._REGISTRY, "alt", Strategy("alt", "test"))
    assert [s.name for s in parse_strategies(("baseline", "alt"))] == ["baseline", "alt"]


def test_the_replay_request_covers_every_log(records):
    request = strategies.replay_request(records["oom-cart-001"], ReplayOptions())
    sel = request.selector
    assert sel.namespace == "shop" and sel.pod is None and sel.default_filter is True
    assert sel.limit == 7 and sel.start == 1_772_366_401_000_000_000
    assert sel.end == 1_772_366_420_000_000_001
    empty = records["healthy-003"].model_copy(update={"logs": []})
    assert strategies.replay_request(empty, ReplayOptions(all_lines=True)).selector.limit == 1
