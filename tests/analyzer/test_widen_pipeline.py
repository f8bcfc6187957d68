"""The analyzer reads the wider cluster when the scope's errors go unexplained: through the
real pipeline (engine mode), the HTTP API and the evaluation harness."""

from __future__ import annotations

from fastapi.testclient import TestClient

from analyzer.app import create_app
from analyzer.models_api import AnalyzeRequest
from analyzer.pipeline import ASKED_WIDER
from analyzer.settings import Settings
from evaluation.golden import GoldenRecord
from retrieval.memory import MemorySource
from retrieval.timestamps import parse_ns
from tests.analyzer.engine_helpers import replay_in_engine_mode
from tests.analyzer.test_engine_widen import _window
from tests.analyzer.test_pipeline import make

LOGS = _window(kill_at=10)
SPAN = {"start": parse_ns(LOGS[0]["ts"]), "end": parse_ns(LOGS[-1]["ts"]) + 1}
SCOPE = {"namespace": "jhub", "pod": "jupyter-amelie", **SPAN}
QUESTION = "Why does Amelie's notebook keep failing with KilledWorker?"


def _request(**extra) -> AnalyzeRequest:
    return AnalyzeRequest(**{"selector": SCOPE, "question": QUESTION, **extra})


async def test_the_engine_reads_wider_and_says_why(scripted, spans):
    provider, exporter = spans
    analyzer = make(MemorySource.from_entries(LOGS), scripted, provider, mode="engine")
    events = [e async for e in analyzer.events(_request())]
    retrieved, result = events[0].data, events[-1].data
    assert result["extraction"]["root_cause_category"] == "oom_killed"
    assert result["widened"] and result["widened"] != ASKED_WIDER
    assert retrieved["widened"] == result["widened"]  # the lines the verdict came from
    assert any("Killed process" in line["line"] for line in retrieved["lines"])
    assert result["stats"]["fetched"] > 3 and result["timings"]["widen_ms"] > 0
    widen = next(s for s in exporter.get_finished_spans() if s.name == "widen")
    assert widen.attributes["widen.holds"] is True
    assert widen.attributes["widen.category"] == "oom_killed"


async def test_a_request_may_refuse_or_ask_for_the_wider_cluster(scripted):
    analyzer = make(MemorySource.from_entries(LOGS), scripted, mode="engine")
    kept = await analyzer.analyze(_request(widen=False))
    assert kept.widened is None and kept.extraction.root_cause_category == "none"
    assert kept.stats.fetched == 4  # the notebook's own lines, nothing else
    asked = await analyzer.analyze(_request(widen=True))
    assert asked.widened == ASKED_WIDER
    assert asked.extraction.root_cause_category == "oom_killed"
    # the model's mode reads no related context unless asked, so it never widens by itself
    scripted.enqueue({"severity": "INFO", "root_cause_category": "none",
                      "component": "notebook", "evidence": [], "root_cause": "-",
                      "summary": "-", "action": "-", "confidence": 0.5})
    llm = await analyzer.analyze(_request(mode="llm", selector={**SCOPE,
                                                               "default_filter": True}))
    assert llm.widened is None


async def test_a_failure_elsewhere_that_came_later_does_not_become_the_verdict(scripted):
    later = _window(kill_at=45)
    analyzer = make(MemorySource.from_entries(later), scripted, mode="engine")
    result = await analyzer.analyze(_request(selector={
        **SCOPE, "end": parse_ns(later[-1]["ts"]) + 1}))
    assert result.widened is None and result.extraction.root_cause_category == "none"
    assert result.stats.fetched == 4


def test_asking_for_the_wider_cluster_without_the_related_context_is_a_400(scripted):
    app = create_app(Settings(backend="scripted", log_format="text", mode="engine"),
                     source=MemorySource.from_entries(LOGS), backend=scripted)
    with TestClient(app) as client:
        r = client.post("/v1/analyze", json={"selector": SCOPE, "widen": True,
                                             "context": False})
        assert r.status_code == 400
        assert r.json()["field"] == "widen"
        ok = client.post("/v1/analyze", json={"selector": SCOPE, "question": QUESTION})
        assert ok.status_code == 200 and ok.json()["widened"]


async def test_the_harness_maps_the_wider_lines_back_to_the_records_logs(scripted):
    kills = [i for i, log in enumerate(LOGS) if "Killed process" in log["line"]]
    record = GoldenRecord.model_validate({
        "id": "widen-001", "question": QUESTION,
        "selector": {"namespace": "jhub", "pod": "jupyter-amelie"}, "logs": LOGS,
        "expected": {"severity": "CRITICAL", "root_cause_category": "oom_killed",
                     "component": "dask-worker", "evidence": kills,
                     "root_cause": "The Dask workers exceed their memory limit.",
                     "summary": "The kernel kills the workers; the notebook's task fails.",
                     "action": "Raise the workers' memory limit."}})
    row = await replay_in_engine_mode(record, scripted)
    assert row["error"] is None and row["widened"]
    assert row["prediction"]["root_cause_category"] == "oom_killed"
    assert all(row["packed_members"])  # every packed line found among the record's logs
    assert set(kills) <= set(row["packed"])
    assert set(row["predicted_evidence"]) & set(kills)
