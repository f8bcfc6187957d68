"""The CLI through click's runner: results on stdout, tokens and errors on stderr, exit codes."""

from __future__ import annotations

import json

from click.testing import CliRunner

from analyzer.cli import cli


def run(*args: str, **env: str):
    runner = CliRunner()
    return runner.invoke(cli, list(args), env={"LOGLENS_LOG_FORMAT": "text", **env},
                         catch_exceptions=False)


def test_demo_with_the_scripted_backend_prints_json_on_stdout_and_progress_on_stderr(caplog):
    r = run("demo", "--json", "--backend", "scripted")
    # the event generator is run to its end: no span context is detached in another task
    assert not [rec for rec in caplog.records if rec.levelname == "ERROR"]
    assert r.exit_code == 0, r.stderr
    result = json.loads(r.stdout)
    assert result["backend"] == "scripted"
    assert result["stats"]["fetched"] > 0
    assert {line["labels"]["namespace"] for line in result["lines"]} == {"shop"}
    assert "retrieved" in r.stderr and "packed" in r.stderr
    assert "Traceback" not in r.stderr and "Failed to detach context" not in r.stderr


def test_analyze_files_with_selector_flags(tmp_path):
    (tmp_path / "shop" / "api-1").mkdir(parents=True)
    (tmp_path / "shop" / "api-1" / "api.log").write_text(
        "2026-03-01T12:00:01Z ERROR payment failed: connection refused\n"
        "2026-03-01T12:00:02Z INFO all good\n")
    r = run("analyze", "--source", f"file:{tmp_path}", "--namespace", "shop", "--pod", "~api-.*",
            "--start", "2026-03-01T11:00:00Z", "--end", "2026-03-01T13:00:00Z",
            "--backend", "scripted", "--mode", "llm", "--quiet", "--json")
    assert r.exit_code == 0, r.stderr
    result = json.loads(r.stdout)
    # llm mode keeps the default error/warn filter: the model reads the troubled line only
    assert [line["line"] for line in result["lines"]] == [
        "2026-03-01T12:00:01Z ERROR payment failed: connection refused"]
    assert result["lines"][0]["labels"] == {"namespace": "shop", "pod": "api-1",
                                            "container": "api", "filename": "shop/api-1/api.log"}
    assert r.stderr.count("retrieved 1 lines") == 1


def test_out_of_range_limit_is_a_clear_message_and_exit_2():
    r = run("analyze", "--limit", "500", "--backend", "scripted")
    assert r.exit_code == 2
    assert r.stderr.startswith("error: --limit:") and "200" in r.stderr
    assert "Traceback" not in r.stderr and r.stdout == ""


def test_bad_label_and_bad_source_and_bad_setting():
    r = run("analyze", "--label", "nonsense", "--backend", "scripted")
    assert r.exit_code == 2 and "--label 'nonsense'" in r.stderr
    r = run("analyze", "--source", "ftp://x", "--backend", "scripted")
    assert r.exit_code == 2 and "use demo, file:PATH or loki:URL" in r.stderr
    r = run("analyze", "--backend", "scripted", LOGLENS_N_THREADS="zero")
    assert r.exit_code == 2 and "LOGLENS_N_THREADS" in r.stderr


def test_missing_directory_is_a_source_error_exit_1(tmp_path):
    r = run("analyze", "--source", f"file:{tmp_path / 'nope'}", "--backend", "scripted")
    assert r.exit_code == 1 and "error:" in r.stderr and "Traceback" not in r.stderr


def test_serve_runs_the_api_until_stopped(tmp_path):
    import os
    import signal
    import subprocess
    import sys
    import time

    import httpx

    from tests.servers import free_port

    port = free_port()
    env = {**os.environ, "LOGLENS_BACKEND": "scripted", "LOGLENS_LOG_FORMAT": "json"}
    proc = subprocess.Popen([sys.executable, "-m", "analyzer", "serve", "--port", str(port)],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=1)
                break
            except httpx.TransportError:
                assert proc.poll() is None and time.monotonic() < deadline, proc.stderr.read()
                time.sleep(0.1)
        assert r.status_code == 200
        assert r.json()["checks"]["source"]["target"].startswith("file:")
        r = httpx.post(f"http://127.0.0.1:{port}/v1/analyze", timeout=10, json={
            "selector": {"namespace": "shop", "start": "2026-03-01T11:50:00Z",
                         "end": "2026-03-01T12:20:00Z"}})
        assert r.status_code == 200 and r.json()["stats"]["fetched"] == 110  # engine: all
    finally:
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=20)
    assert proc.returncode == 0
    logs = [json.loads(line) for line in err.splitlines() if line.startswith("{")]
    done = [entry for entry in logs if entry.get("msg") == "analysis done"]
    # the default mode is "engine": the diagnosis engine answers, the model is not asked
    assert len(done) == 1 and done[0]["source"] == "engine" and done[0]["mode"] == "engine"
    assert len(done[0]["trace_id"]) == 32 and len(done[0]["span_id"]) == 16


def test_analyze_reads_wider_when_the_scopes_errors_go_unexplained_and_says_so(tmp_path):
    (tmp_path / "jhub" / "jupyter-amelie").mkdir(parents=True)
    (tmp_path / "jhub" / "jupyter-amelie" / "notebook.log").write_text(
        "2026-03-01T12:00:01Z INFO kernel started\n"
        "2026-03-01T12:00:30Z ERROR Compute failed: KilledWorker: all those workers died "
        "while running it\n")
    (tmp_path / "etl" / "spark-exec-1").mkdir(parents=True)
    (tmp_path / "etl" / "spark-exec-1" / "executor.log").write_text(
        "2026-03-01T12:00:10Z ERROR Executor: Exception in task 3.0 in stage 2.0\n"
        "java.lang.OutOfMemoryError: Java heap space\n")
    args = ["analyze", "--source", f"file:{tmp_path}", "--namespace", "jhub",
            "--start", "2026-03-01T11:00:00Z", "--end", "2026-03-01T13:00:00Z",
            "--backend", "scripted", "--mode", "engine", "--quiet"]
    r = run(*args)
    assert r.exit_code == 0, r.stderr
    assert "widened: the engine found no cause" in r.stdout
    assert "oom_killed" in r.stdout and "spark-exec" in r.stdout
    kept = run(*args, "--no-widen", "--json")
    assert kept.exit_code == 0, kept.stderr
    result = json.loads(kept.stdout)
    assert result["widened"] is None
    assert result["extraction"]["root_cause_category"] == "none"
    assert {line["labels"]["namespace"] for line in result["lines"]} == {"jhub"}


def test_analyze_reads_wider_when_its_verdict_blames_a_caller_refused_by_no_named_server(
        tmp_path):
    (tmp_path / "spd" / "spd-dashboard").mkdir(parents=True)
    (tmp_path / "spd" / "spd-dashboard" / "app.log").write_text(
        "2026-03-01T12:00:30Z ERROR OR case list fetch failed {:status nil}\n"
        "java.net.ConnectException: Connection refused\n")
    (tmp_path / "feeds" / "or-schedule-feed-0").mkdir(parents=True)
    (tmp_path / "feeds" / "or-schedule-feed-0" / "feed.log").write_text(
        "2026-03-01T12:00:10Z ERROR HL7Sync: resync aborted\n"
        "java.lang.OutOfMemoryError: Java heap space\n")
    args = ["analyze", "--source", f"file:{tmp_path}", "--namespace", "spd",
            "--start", "2026-03-01T11:00:00Z", "--end", "2026-03-01T13:00:00Z",
            "--backend", "scripted", "--mode", "engine", "--quiet"]
    r = run(*args)
    assert r.exit_code == 0, r.stderr
    assert "widened: the engine blamed a caller for refusals" in r.stdout
    assert "oom_killed" in r.stdout and "or-schedule-feed" in r.stdout
    kept = json.loads(run(*args, "--no-widen", "--json").stdout)
    assert kept["widened"] is None
    assert (kept["extraction"]["root_cause_category"], kept["extraction"]["component"]) == (
        "connection_refused", "spd-dashboard")
