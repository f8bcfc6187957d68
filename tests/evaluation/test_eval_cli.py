"""``loglens eval run / merge / drift`` through click's runner with the scripted backend: the
files a run writes, clean errors with exit 2, shards merged back into the whole run, drift
tables and their exit code."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from evaluation import strategies
from evaluation.cli import eval_group
from evaluation.metrics import compute
from evaluation.report import load_run, write_predictions, write_run
from evaluation.strategies import Strategy

FIXTURE = Path(__file__).parent / "fixtures" / "eval_small.jsonl"
TIMING = ("latency_ms", "llm_ms", "first_token_ms")


def cli(*args: str, **env: str):
    # the scripted model's answers are what these tests score: mode "llm" (default: engine)
    return CliRunner().invoke(eval_group, list(args), catch_exceptions=False,
                              env={"LOGLENS_BACKEND": "scripted", "LOGLENS_MODE": "llm", **env})


def run(out: Path, *extra: str, golden: Path = FIXTURE):
    return cli("run", "--golden", str(golden), "--out", str(out), *extra)


def rows_of(directory: Path) -> list[dict]:
    return [{k: v for k, v in json.loads(line).items() if k not in TIMING}
            for line in (directory / "predictions.jsonl").read_text().splitlines()]


def test_a_run_writes_predictions_metrics_and_plots(tmp_path):
    r = run(tmp_path / "run")
    assert r.exit_code == 0, r.stderr
    out = tmp_path / "run"
    names = {p.name for p in out.iterdir()}
    assert names == {"predictions.jsonl", "metrics.json", "metrics.csv",
                     "confusion_severity.png", "confusion_category.png"}
    assert (out / "confusion_category.png").read_bytes()[:4] == b"\x89PNG"
    rows = [json.loads(line) for line in (out / "predictions.jsonl").read_text().splitlines()]
    assert [r["id"] for r in rows] == ["oom-cart-001", "dns-api-002", "healthy-003",
                                       "nomatch-004", "trace-005"]
    for row in rows:
        assert {"id", "strategy", "prediction", "error", "latency_ms", "packed",
                "source"} <= set(row)
        assert row["strategy"] == "baseline" and row["error"] is None
    assert [r["source"] for r in rows] == ["llm", "llm", "no_logs", "no_logs", "llm"]
    metrics = json.loads((out / "metrics.json").read_text())
    meta = metrics["metadata"]
    assert meta["backend"] == "scripted" and meta["model"] == "scripted"
    assert len(meta["settings_hash"]) == 64 and meta["records"] == 5
    assert meta["git_commit"] is None or len(meta["git_commit"]) == 40
    assert meta["golden"]["records"] == 5 and meta["shard"] is None
    m = metrics["strategies"]["baseline"]["metrics"]
    # the fixture carries each field on some records only: each metric says how many
    assert m["severity_accuracy"]["n"] == 5 and m["component_accuracy"]["n"] == 3
    assert m["evidence_recall_packed"]["n"] == 4 and m["rouge_l_root_cause"]["n"] == 2
    assert m["json_valid_rate"] == {"value": 1.0, "n": 3}
    with (out / "metrics.csv").open() as handle:
        table = list(csv.DictReader(handle))
    assert {"strategy": "baseline", "metric": "component_accuracy", "value": "1",
            "n": "3"} in table
    # results on stdout, the progress bar on stderr
    assert "severity_accuracy" in r.stdout and "eval" in r.stderr and "5/5" in r.stderr


def test_json_output_limit_and_quiet(tmp_path):
    r = run(tmp_path / "run", "--limit", "2", "--quiet", "--json")
    assert r.exit_code == 0, r.stderr
    result = json.loads(r.stdout)
    assert result["metadata"]["records"] == 2 and result["metadata"]["limit"] == 2
    assert result["strategies"]["baseline"]["records"] == 2
    assert r.stderr == ""


def test_all_lines_changes_the_settings_hash_and_what_the_model_sees(tmp_path):
    assert run(tmp_path / "a", "--quiet").exit_code == 0
    assert run(tmp_path / "b", "--quiet", "--all-lines").exit_code == 0
    a, b = (load_run(tmp_path / d)[0]["metadata"] for d in "ab")
    assert a["settings_hash"] != b["settings_hash"] and b["settings"]["replay"]["all_lines"]
    assert [r["source"] for r in rows_of(tmp_path / "b")][2] == "llm"  # info lines now in


def test_several_strategies_are_run_and_scored_apart(tmp_path, monkeypatch):
    monkeypatch.setitem(strategies._REGISTRY, "again", Strategy("again", "baseline twice"))
    r = run(tmp_path / "run", "--strategy", "baseline,again", "--quiet")
    assert r.exit_code == 0, r.stderr
    rows = rows_of(tmp_path / "run")
    assert [r["strategy"] for r in rows] == ["baseline"] * 5 + ["again"] * 5
    metrics = json.loads((tmp_path / "run" / "metrics.json").read_text())
    assert list(metrics["strategies"]) == ["baseline", "again"]
    assert "baseline:" in r.stdout and "again:" in r.stdout


@pytest.mark.parametrize(("args", "message"), [
    (("--strategy", "bogus"), "unknown strategy 'bogus'"),
    (("--shard", "3/3"), "--shard '3/3'"),
    (("--shard", "half"), "write I/N"),
])
def test_bad_options_are_a_clear_error_and_exit_2(tmp_path, args, message):
    r = run(tmp_path / "run", *args)
    assert r.exit_code == 2 and message in r.stderr, r.stderr
    assert "Traceback" not in r.stderr and r.stdout == ""
    assert not (tmp_path / "run").exists()


def test_a_bad_golden_file_names_the_line_and_the_field(tmp_path):
    golden = tmp_path / "golden.jsonl"
    good = FIXTURE.read_text().splitlines()[0]
    golden.write_text(good + "\n" + json.dumps({"id": "x", "logs": [{"ts": "t"}]}) + "\n")
    r = run(tmp_path / "run", golden=golden)
    assert r.exit_code == 2 and "golden.jsonl:2: logs.0.line: Field required" in r.stderr
    r = run(tmp_path / "run", golden=tmp_path / "missing.jsonl")
    assert r.exit_code == 2 and "cannot read" in r.stderr
    golden.write_text("{not json\n")
    r = run(tmp_path / "run", golden=golden)
    assert r.exit_code == 2 and "golden.jsonl:1: not JSON" in r.stderr
    assert "Traceback" not in r.stderr


def test_an_unwritable_out_is_a_clean_error(tmp_path):
    (tmp_path / "file").write_text("")
    r = run(tmp_path / "file" / "run")
    assert r.exit_code == 2 and r.stderr.startswith("error: --out ")
    assert "cannot write there" in r.stderr and "Traceback" not in r.stderr


def test_an_unknown_backend_is_exit_2(tmp_path):
    r = run(tmp_path / "run", "--backend", "nope")
    assert r.exit_code == 2 and "unknown backend 'nope'" in r.stderr


def test_shards_split_the_file_and_merge_back_into_the_whole_run(tmp_path):
    assert run(tmp_path / "all", "--quiet").exit_code == 0
    for i in range(2):
        assert run(tmp_path / f"s{i}", "--quiet", "--shard", f"{i}/2").exit_code == 0
    assert [r["id"] for r in rows_of(tmp_path / "s1")] == ["dns-api-002", "nomatch-004"]
    r = cli("merge", str(tmp_path / "s1"), str(tmp_path / "s0"), "--out", str(tmp_path / "m"))
    assert r.exit_code == 0, r.stderr
    assert rows_of(tmp_path / "m") == rows_of(tmp_path / "all")
    merged, whole = load_run(tmp_path / "m")[0], load_run(tmp_path / "all")[0]
    for name, m in whole["strategies"]["baseline"]["metrics"].items():
        if not name.startswith("latency"):
            assert merged["strategies"]["baseline"]["metrics"][name] == m, name
    assert [s["shard"]["index"] for s in merged["metadata"]["merged_from"]] == [1, 0]
    assert (tmp_path / "m" / "confusion_severity.png").exists()
    # a missing shard or the same shard twice is refused
    r = cli("merge", str(tmp_path / "s0"), "--out", str(tmp_path / "m2"))
    assert r.exit_code == 2 and "missing shards 1/2" in r.stderr
    r = cli("merge", str(tmp_path / "s0"), "--out", str(tmp_path / "m2"), "--allow-partial")
    assert r.exit_code == 0 and "note: missing shards: 1/2" in r.stderr
    r = cli("merge", str(tmp_path / "s0"), str(tmp_path / "s0"), "--out", str(tmp_path / "m3"))
    assert r.exit_code == 2 and "more than once" in r.stderr
    r = cli("merge", str(tmp_path / "all"), str(tmp_path / "s0"), "--out", str(tmp_path / "m3"))
    assert r.exit_code == 2 and "only shard runs" in r.stderr
    r = cli("merge", str(tmp_path / "nothing"), "--out", str(tmp_path / "m3"))
    assert r.exit_code == 2 and "not a run directory" in r.stderr


def _rewrite(src: Path, dst: Path, change) -> None:
    metrics, rows = load_run(src)
    rows = [change(dict(r)) for r in rows]
    dst.mkdir()
    write_predictions(dst, rows)
    write_run(dst, metrics["metadata"], compute(rows, list(metrics["strategies"])))


def _fixed_latency(row, ms=100.0):
    return {**row, "latency_ms": ms}


def test_drift_shows_both_runs_and_fails_on_a_drop(tmp_path):
    assert run(tmp_path / "raw", "--quiet", "--all-lines").exit_code == 0

    def right(row):  # predictions that match the expectations where they exist
        exp = row["expected"]
        pred = dict(row["prediction"])
        for f in ("severity", "root_cause_category", "component"):
            if f in exp:
                pred[f] = exp[f]
        return _fixed_latency({**row, "prediction": pred})

    _rewrite(tmp_path / "raw", tmp_path / "base", right)
    r = cli("drift", "--baseline", str(tmp_path / "base"), "--current", str(tmp_path / "base"))
    assert r.exit_code == 0, r.stdout
    assert "no record flipped" in r.stdout and r.stdout.strip().splitlines()[-1].startswith("ok")

    def worse(row):
        row = right(row)
        if row["id"] == "oom-cart-001":
            row["prediction"] = {**row["prediction"], "severity": "INFO",
                                 "root_cause_category": "none"}
        return row

    _rewrite(tmp_path / "raw", tmp_path / "cur", worse)
    r = cli("drift", "--baseline", str(tmp_path / "base"), "--current", str(tmp_path / "cur"))
    assert r.exit_code == 1
    assert "severity_accuracy" in r.stdout and "-0.200" in r.stdout and "FAIL" in r.stdout
    assert "oom-cart-001: severity expected 'CRITICAL', was 'CRITICAL', now 'INFO'" in r.stdout
    assert "oom_killed" in r.stdout  # the per-category table shows the change
    assert r.stdout.strip().splitlines()[-1].startswith("DRIFT:")
    # a large enough threshold lets the same drop pass; --json for machines
    r = cli("drift", "--baseline", str(tmp_path / "base"), "--current", str(tmp_path / "cur"),
            "--max-drop", "0.5", "--json")
    assert r.exit_code == 0
    report = json.loads(r.stdout)
    assert report["ok"] and report["baseline"]["dir"] == str(tmp_path / "base")
    flipped = report["strategies"]["baseline"]["flipped"]
    assert {f["field"] for f in flipped} == {"severity", "root_cause_category"}


def test_drift_fails_when_p95_latency_grows_by_half(tmp_path):
    assert run(tmp_path / "raw", "--quiet").exit_code == 0
    _rewrite(tmp_path / "raw", tmp_path / "base", _fixed_latency)
    _rewrite(tmp_path / "raw", tmp_path / "slow", lambda r: _fixed_latency(r, 151.0))
    r = cli("drift", "--baseline", str(tmp_path / "base"), "--current", str(tmp_path / "slow"))
    assert r.exit_code == 1 and "latency p95 grew 51%" in r.stdout
    _rewrite(tmp_path / "raw", tmp_path / "ok", lambda r: _fixed_latency(r, 149.0))
    r = cli("drift", "--baseline", str(tmp_path / "base"), "--current", str(tmp_path / "ok"))
    assert r.exit_code == 0, r.stdout
    r = cli("drift", "--baseline", str(tmp_path / "base"), "--current", str(tmp_path / "none"))
    assert r.exit_code == 2 and "not a run directory" in r.stderr


def test_modes_are_run_and_scored_apart_and_change_the_settings_hash(tmp_path):
    r = run(tmp_path / "both", "--mode", "engine,llm", "--mode", "hybrid", "--quiet")
    assert r.exit_code == 0, r.stderr
    rows = rows_of(tmp_path / "both")
    labels = ["baseline/engine", "baseline/llm", "baseline/hybrid"]
    assert [r["strategy"] for r in rows] == [label for label in labels for _ in range(5)]
    assert [r["mode"] for r in rows] == [m for m in ("engine", "llm", "hybrid") for _ in range(5)]
    engine_rows = [r for r in rows if r["mode"] == "engine"]
    # the engine reads past the error/warn filter: the healthy record is judged too (the
    # model's mode finds no troubled line in it); nomatch-004 selects nothing in any mode
    assert [r["source"] for r in engine_rows] == ["engine", "engine", "engine", "no_logs",
                                                  "engine"]
    assert [r["source"] for r in rows if r["mode"] == "llm"][2:4] == ["no_logs", "no_logs"]
    # the engine's answer is valid by construction; no model time
    assert [r["json_valid"] for r in engine_rows] == [True, True, True, None, True]
    raw = [json.loads(line) for line in
           (tmp_path / "both" / "predictions.jsonl").read_text().splitlines()]
    assert all(r["llm_ms"] is None for r in raw if r["mode"] == "engine")
    assert engine_rows[0]["engine"]["category"] == "oom_killed"
    metrics, _ = load_run(tmp_path / "both")
    assert list(metrics["strategies"]) == labels
    assert metrics["metadata"]["modes"] == ["engine", "llm", "hybrid"]
    assert metrics["strategies"]["baseline/engine"]["sources"] == {"engine": 4, "no_logs": 1}
    assert metrics["strategies"]["baseline/engine"]["metrics"]["json_valid_rate"]["value"] == 1
    assert "baseline/hybrid:" in r.stdout
    # one mode: reported under the strategy's name; the mode is in the settings hash
    assert run(tmp_path / "engine", "--mode", "engine", "--quiet").exit_code == 0
    assert run(tmp_path / "llm", "--quiet").exit_code == 0  # LOGLENS_MODE=llm
    engine, llm = (load_run(tmp_path / d)[0]["metadata"] for d in ("engine", "llm"))
    assert engine["strategies"] == llm["strategies"] == ["baseline"]
    assert engine["settings"]["modes"] == ["engine"] and llm["settings"]["modes"] == ["llm"]
    assert engine["settings_hash"] != llm["settings_hash"]
    assert engine["settings"]["engine"]["classifier"] is None  # the test cache is empty
    r = run(tmp_path / "bad", "--mode", "engine,oracle")
    assert r.exit_code == 2 and "--mode: unknown mode 'oracle'" in r.stderr


def test_hybrid_and_auto_strategies_replay_each_record_over_its_own_index(tmp_path):
    # the hash embedder keeps this fast; the slow tests load MiniLM for real
    r = cli("run", "--golden", str(FIXTURE), "--out", str(tmp_path / "run"),
            "--strategy", "baseline,hybrid,auto", LOGLENS_EMBEDDING_MODEL="hash")
    assert r.exit_code == 0, r.stderr
    rows = rows_of(tmp_path / "run")
    assert [row["strategy"] for row in rows] == ["baseline"] * 5 + ["hybrid"] * 5 + ["auto"] * 5
    by = {(row["strategy"], row["id"]): row for row in rows}
    # oom-cart-001 asks a question over a namespace: hybrid retrieval runs, auto picks hybrid
    assert by[("hybrid", "oom-cart-001")]["retrieval"] == "hybrid"
    assert by[("auto", "oom-cart-001")]["retrieval"] in ("hybrid", "baseline")
    assert by[("auto", "oom-cart-001")]["retrieval_reason"]
    for row in rows:
        if row["prediction"] is not None and row["expected"].get("evidence"):
            assert all(0 <= i < 80 for i in row["packed"])
    metrics = json.loads((tmp_path / "run" / "metrics.json").read_text())
    assert list(metrics["strategies"]) == ["baseline", "hybrid", "auto"]
