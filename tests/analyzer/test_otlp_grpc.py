"""Traces leave over real OTLP gRPC: an in-process collector (grpcio + the OTLP
TraceService) on 127.0.0.1:<free port> receives one streamed analysis as a single trace."""

from __future__ import annotations

import json
import threading
from concurrent import futures

import grpc
import httpx
import pytest
from opentelemetry.exporter.otlp.proto.grpc.trace_exporter import OTLPSpanExporter
from opentelemetry.proto.collector.trace.v1 import trace_service_pb2, trace_service_pb2_grpc
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor

from analyzer.app import create_app
from analyzer.settings import Settings
from analyzer.telemetry_filters import FilteringSpanProcessor
from tests.analyzer.test_pipeline import GOOD
from tests.conftest import window
from tests.servers import serve

PIPELINE = ["analyze_logs_stream", "query_memory", "flatten_logs", "normalize_logs",
            "rank_logs", "pack_context", "call_llm", "validate_extraction"]


class Collector(trace_service_pb2_grpc.TraceServiceServicer):
    def __init__(self) -> None:
        self.requests: list[trace_service_pb2.ExportTraceServiceRequest] = []
        self.lock = threading.Lock()

    def Export(self, request, context):  # noqa: N802 - the gRPC method name
        with self.lock:
            self.requests.append(request)
        return trace_service_pb2.ExportTraceServiceResponse()

    def spans(self) -> list[dict]:
        out = []
        with self.lock:
            for req in self.requests:
                for rs in req.resource_spans:
                    resource = {a.key: a.value.string_value for a in rs.resource.attributes}
                    for ss in rs.scope_spans:
                        for s in ss.spans:
                            out.append({
                                "name": s.name, "trace_id": s.trace_id.hex(),
                                "span_id": s.span_id.hex(), "parent": s.parent_span_id.hex(),
                                "resource": resource, "attrs": {
                                    a.key: _value(a.value) for a in s.attributes}})
        return out


def _value(v):
    kind = v.WhichOneof("value")
    return list(_value(x) for x in v.array_value.values) if kind == "array_value" else \
        getattr(v, kind) if kind else None


@pytest.fixture
def collector():
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=2))
    sink = Collector()
    trace_service_pb2_grpc.add_TraceServiceServicer_to_server(sink, server)
    port = server.add_insecure_port("127.0.0.1:0")
    server.start()
    yield sink, f"http://127.0.0.1:{port}"
    server.stop(grace=None)


def provider_for(endpoint: str) -> tuple[TracerProvider, FilteringSpanProcessor]:
    provider = TracerProvider(resource=Resource.create({"service.name": "loglens"}))
    exporter = OTLPSpanExporter(endpoint=endpoint, insecure=True, timeout=5)
    filtering = FilteringSpanProcessor(BatchSpanProcessor(exporter, schedule_delay_millis=50))
    provider.add_span_processor(filtering)
    return provider, filtering


def stream_once(app) -> list[str]:
    with serve(app) as url, httpx.Client(base_url=url, timeout=30) as client, \
            client.stream("POST", "/v1/analyze/stream",
                          json={"selector": {"namespace": "shop", **window()}}) as r:
        assert r.status_code == 200
        return [line[7:] for line in r.iter_lines() if line.startswith("event: ")]


def check_pipeline_trace(spans: list[dict], root_parent: str | None) -> dict[str, dict]:
    assert len({s["trace_id"] for s in spans}) == 1, "the analysis is split over traces"
    by_name = {s["name"]: s for s in spans}
    assert set(PIPELINE) <= set(by_name), sorted(by_name)
    root = by_name["analyze_logs_stream"]
    if root_parent is None:
        assert root["parent"] == ""
    else:
        assert root["parent"] == root_parent
    for name in PIPELINE[1:]:
        assert by_name[name]["parent"] == root["span_id"], f"{name} is not under the root"
    assert root["attrs"]["namespace"] == "shop"
    assert root["attrs"]["logql.query"].startswith('{namespace="shop"}')
    assert root["attrs"]["log_limit"] == 15
    llm = by_name["call_llm"]["attrs"]
    assert llm["gen_ai.system"] == "scripted" and llm["gen_ai.request.max_tokens"] == 256
    assert llm["gen_ai.usage.output_tokens"] >= 0
    assert by_name["validate_extraction"]["attrs"]["extraction.source"] == "llm"
    assert by_name["pack_context"]["attrs"]["pack.lines"] > 0
    assert all(s["resource"]["service.name"] == "loglens" for s in spans)
    return by_name


def test_a_streamed_analysis_arrives_over_otlp_grpc_as_one_trace_under_the_server_span(
        collector, memory_source, scripted):
    sink, endpoint = collector
    provider, filtering = provider_for(endpoint)
    scripted.enqueue(GOOD, chunk_size=10)
    app = create_app(Settings(backend="scripted", log_format="text", mode="llm"),
                     source=memory_source,
                     backend=scripted, tracer_provider=provider)
    kinds = stream_once(app)
    assert kinds.count("token") >= 10  # so there were many http send spans to drop
    assert provider.force_flush(10_000)
    provider.shutdown()
    spans = sink.spans()
    server = [s for s in spans if s["name"] == "POST /v1/analyze/stream"]
    assert len(server) == 1 and server[0]["parent"] == ""
    check_pipeline_trace(spans, root_parent=server[0]["span_id"])
    assert not [s for s in spans if s["name"].endswith((" http send", " http receive"))]
    assert filtering.dropped >= len(kinds), "the per-chunk send spans were not dropped"
    assert json.dumps(server[0]["attrs"])  # attributes arrived as plain values
