"""Strict validation of golden files, one problem kind at a time, and ``loglens golden``."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from evaluation.golden_cli import golden
from evaluation.golden_validate import Problem, validate_text


def _rec(**over):
    rec = {"id": "r1", "source": "synthetic:x", "question": "why?",
           "selector": {"namespace": "shop", "pod": None, "container": None, "node": None,
                        "app": None},
           "logs": [{"ts": "2026-03-01T12:00:01.123Z", "labels": {"namespace": "shop"},
                     "line": "level=info msg=ok"},
                    {"ts": "2026-03-01T13:00:02+01:00", "labels": {"namespace": "shop"},
                     "line": "level=error msg=boom"}],
           "expected": {"severity": "ERROR", "root_cause_category": "application_error",
                        "component": "cart", "root_cause": "boom", "summary": "s",
                        "action": "a", "evidence": [1]}}
    rec.update(over)
    return rec


def _problems(*records) -> list[Problem]:
    return validate_text("\n".join(r if isinstance(r, str) else json.dumps(r)
                                   for r in records) + "\n")


def _one(*records) -> Problem:
    found = _problems(*records)
    assert len(found) == 1, found
    return found[0]


def test_a_good_record_and_lenient_parts_pass():
    minimal = {"id": "m", "logs": [{"ts": 1772366400000000000, "line": "x"}]}
    extra = _rec(id="e", scenario="t", expected={"severity": "WARN", "custom": 1})
    assert _problems(_rec(), minimal, extra, _rec(id="q", question=None, selector=None)) == []
    assert validate_text("\n\n") == []


@pytest.mark.parametrize(("record", "path", "message"), [
    ({k: v for k, v in _rec().items() if k != "id"}, "$.id", "missing required key"),
    (_rec(id=5), "$.id", "must be a non-empty string, not integer"),
    ({k: v for k, v in _rec().items() if k != "logs"}, "$.logs", "missing required key"),
    (_rec(logs={"ts": "x"}), "$.logs", "must be an array, not object"),
    (_rec(logs=[{"ts": "2026-03-01T12:00:00Z"}], expected={}), "$.logs[0].line",
     "missing required key"),
    (_rec(logs=[{"ts": "2026-03-01T12:00:00Z", "line": 3}], expected={}), "$.logs[0].line",
     "must be a string, not integer"),
    (_rec(logs=[{"line": "x"}], expected={}), "$.logs[0].ts", "missing required key"),
    (_rec(logs=[{"ts": "2026-03-01T12:00:00", "line": "x"}], expected={}), "$.logs[0].ts",
     "not RFC 3339 with a zone"),
    (_rec(logs=[{"ts": "01/Mar/2026:12:00:00 +0000", "line": "x"}], expected={}), "$.logs[0].ts",
     "not RFC 3339 with a zone"),
    (_rec(logs=[{"ts": "2026-03-01T12:00:05Z", "line": "a"},
                {"ts": "2026-03-01T12:00:01Z", "line": "b"}], expected={}),
     "$.logs[1].ts", "out of time order"),
    (_rec(logs=[{"ts": "2026-03-01T12:00:00Z", "line": "x", "labels": {"a": 1}}], expected={}),
     "$.logs[0].labels", "string values"),
    (_rec(question=7), "$.question", "must be a string or null"),
    (_rec(selector=["shop"]), "$.selector", "must be an object or null"),
    (_rec(expected=[]), "$.expected", "must be an object, not array"),
    (_rec(expected={"severity": "FATAL"}), "$.expected.severity", "unknown value 'FATAL'"),
    (_rec(expected={"root_cause_category": "network"}), "$.expected.root_cause_category",
     "unknown value 'network'"),
    (_rec(expected={"component": ["cart"]}), "$.expected.component", "must be a string"),
    (_rec(expected={"evidence": [2]}), "$.expected.evidence[0]",
     "index 2 out of range: logs has 2 lines (0..1)"),
    (_rec(expected={"evidence": ["1"]}), "$.expected.evidence[0]", "must be an integer"),
    (_rec(expected={"evidence": 1}), "$.expected.evidence", "must be an array"),
    (_rec(expected={"root_cause_category": "none", "evidence": [0]}), "$.expected.evidence",
     "must be empty"),
])
def test_each_problem_is_reported_with_its_path(record, path, message):
    p = _one(_rec(id="ok"), record)
    assert p.line == 2 and p.path == path and message in p.message
    assert str(p).startswith("line 2")


def test_not_json_not_an_object_and_duplicates():
    p = _one(_rec(), "{not json")
    assert (p.line, p.record, p.path) == (2, None, "$") and "not JSON" in p.message
    p = _one("[1, 2]")
    assert p.message == "a record must be a JSON object, not array"
    p = _one(_rec(), _rec())
    assert (p.line, p.record, p.path) == (2, "r1", "$.id")
    assert p.message == "duplicate id 'r1' (first on line 1)"
    assert str(p) == "line 2 [r1] $.id: duplicate id 'r1' (first on line 1)"


def test_several_problems_in_one_record_are_all_reported():
    found = _problems(_rec(expected={"severity": "bad", "evidence": [9]}, question=1))
    assert {p.path for p in found} == {"$.question", "$.expected.severity",
                                       "$.expected.evidence[0]"}


def test_cli_ok_problems_and_unreadable(tmp_path):
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps(_rec()) + "\n" + json.dumps(_rec(id="r2")) + "\n")
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(_rec(expected={"severity": "FATAL"})) + "\n")
    runner = CliRunner()
    res = runner.invoke(golden, ["validate", str(good)])
    assert res.exit_code == 0 and res.output.strip() == f"{good}: ok: 2 records"
    res = runner.invoke(golden, ["validate", str(good), str(bad)])
    assert res.exit_code == 1
    assert f"{bad}:line 1 [r1] $.expected.severity: unknown value 'FATAL'" in res.output
    res = runner.invoke(golden, ["validate", str(tmp_path / "missing.jsonl"), str(good)])
    assert res.exit_code == 2
    assert "cannot read: No such file or directory" in res.output
    assert "Traceback" not in res.output and res.exception is None or isinstance(
        res.exception, SystemExit)
    binary = tmp_path / "bin.jsonl"
    binary.write_bytes(b"\xff\xfe\x00")
    res = runner.invoke(golden, ["validate", str(binary)])
    assert res.exit_code == 2 and "cannot read" in res.output
    assert runner.invoke(golden, ["validate"]).exit_code == 2  # click: missing argument
