"""The HTTP API in-process: answers, errors as JSON naming the field, health and readiness."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from analyzer.app import create_app
from analyzer.settings import Settings
from analyzer.telemetry_filters import is_streaming_noise
from retrieval.errors import SourceUnavailable
from tests.analyzer.test_pipeline import GOOD, Broken
from tests.conftest import window


@pytest.fixture
def client(memory_source, scripted):
    app = create_app(Settings(backend="scripted", log_format="text", mode="llm"),
                     source=memory_source,
                     backend=scripted)
    with TestClient(app) as c:
        c.backend = scripted
        yield c


def body(**selector):
    return {"selector": {"namespace": "shop", **window(), **selector},
            "question": "why does checkout fail?"}


def test_analyze_returns_the_extraction_lines_timings_and_model(client):
    client.backend.enqueue(GOOD)
    r = client.post("/v1/analyze", json=body())
    assert r.status_code == 200
    data = r.json()
    assert data["extraction"]["severity"] == "CRITICAL" and data["source"] == "llm"
    assert len(data["lines"]) == 4 and data["lines"][0]["time"].endswith("Z")
    assert data["timings"]["total_ms"] >= data["timings"]["retrieve_ms"] >= 0
    assert data["backend"] == "scripted" and data["model"] == "scripted"


def test_stream_sends_retrieved_tokens_then_result(client):
    client.backend.enqueue(GOOD, chunk_size=10)
    with client.stream("POST", "/v1/analyze/stream", json=body()) as r:
        assert r.status_code == 200
        assert r.headers["content-type"].startswith("text/event-stream")
        text = "".join(r.iter_text())
    events = [block.split("\n") for block in text.strip().split("\n\n")]
    kinds = [lines[0].removeprefix("event: ") for lines in events]
    assert kinds[0] == "retrieved" and kinds[-1] == "result" and "token" in kinds
    result = json.loads(events[-1][1].removeprefix("data: "))
    assert result["extraction"]["component"] == "cart"


@pytest.mark.parametrize(("payload", "field"), [
    (body(limit=500), "selector.limit"),
    (body(limit=0), "selector.limit"),
    (body(direction="sideways"), "selector.direction"),
    (body(start="yesterday-ish"), "selector.start"),
    (body(pod={"regex": "(unclosed"}), "selector.pod"),
    (body(filters=[{"op": "|~", "value": "[bad"}]), "selector.filters.0"),
    (body(labels=[{"name": "bad-name", "value": "x"}]), "selector.labels.0.name"),
    ({"selector": {"namespace": ""}}, "selector.namespace"),
    ({"selector": {}, "surprise": 1}, "surprise"),
    ({"question": "x" * 3000}, "question"),
])
def test_bad_input_is_a_422_naming_the_field(client, payload, field):
    r = client.post("/v1/analyze", json=payload)
    assert r.status_code == 422
    data = r.json()
    assert data["error"] == "invalid_request"
    assert data["field"].startswith(field), data
    assert data["message"].startswith(data["field"])


def test_malformed_json_is_a_422_not_a_traceback(client):
    r = client.post("/v1/analyze", content=b"{not json", headers={"content-type":
                                                                  "application/json"})
    assert r.status_code == 422 and r.json()["error"] == "invalid_request"


def test_start_after_end_is_a_400_naming_start(client):
    r = client.post("/v1/analyze", json=body(start=window()["end"], end=window()["start"]))
    assert r.status_code == 400
    assert r.json() == {"error": "invalid_request", "message": "start must be before end",
                        "field": "start"}


def test_source_down_is_a_503_with_the_cause(scripted):
    app = create_app(Settings(backend="scripted", log_format="text", mode="llm"),
                     source=Broken(SourceUnavailable("cannot reach Loki at http://loki:3100")),
                     backend=scripted)
    with TestClient(app) as c:
        r = c.post("/v1/analyze", json=body())
        assert r.status_code == 503
        assert r.json()["message"] == "cannot reach Loki at http://loki:3100"
        ready = c.get("/readyz")
        assert ready.status_code == 503
        assert ready.json()["checks"]["source"]["status"] == "fail"


def test_health_ready_and_docs(client):
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz")
    assert ready.status_code == 200 and ready.json()["status"] == "ready"
    spec = client.get("/openapi.json").json()
    assert {"/v1/analyze", "/v1/analyze/stream", "/healthz", "/readyz"} <= set(spec["paths"])
    assert client.get("/docs").status_code == 200


def test_a_streamed_analysis_is_one_trace_with_the_stage_spans(memory_source, scripted, spans):
    provider, exporter = spans
    scripted.enqueue(GOOD, chunk_size=8)
    app = create_app(Settings(backend="scripted", log_format="text", mode="llm"),
                     source=memory_source,
                     backend=scripted, tracer_provider=provider)
    with TestClient(app) as c, c.stream("POST", "/v1/analyze/stream", json=body()) as r:
        text = "".join(r.iter_text())
    finished = exporter.get_finished_spans()
    assert len({s.context.trace_id for s in finished}) == 1
    server = next(s for s in finished if s.name == "POST /v1/analyze/stream")
    assert server.parent is None  # the HTTP server span is the trace's root
    root = next(s for s in finished if s.name == "analyze_logs_stream")
    assert root.parent.span_id == server.context.span_id
    # per-chunk "http send" spans are dropped before export (test_otlp_grpc checks that)
    children = {s.name for s in finished if s.parent and s.parent.span_id == root.context.span_id
                and not is_streaming_noise(s)}
    assert children == {"query_memory", "flatten_logs", "normalize_logs", "rank_logs",
                        "pack_context", "diagnose", "call_llm", "validate_extraction"}
    result = json.loads(text.strip().split("\n\n")[-1].split("data: ", 1)[1])
    assert result["trace_id"] == format(root.context.trace_id, "032x")
