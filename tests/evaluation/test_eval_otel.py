"""OpenTelemetry metrics of a run: read with the SDK's in-memory reader, and sent over OTLP
gRPC to a real (local, in-process) collector endpoint when one is configured."""

from __future__ import annotations

from concurrent import futures
from pathlib import Path

import grpc
import pytest
from click.testing import CliRunner
from opentelemetry.proto.collector.metrics.v1 import (
    metrics_service_pb2,
    metrics_service_pb2_grpc,
)
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader

from analyzer.settings import Settings
from evaluation.cli import eval_group
from evaluation.metrics import compute
from evaluation.otel_metrics import emit, meter_provider_from_settings

FIXTURE = Path(__file__).parent / "fixtures" / "eval_small.jsonl"


def _rows():
    def row(rid, strategy, sev_ok, llm_ms):
        return {"id": rid, "strategy": strategy, "source": "llm" if llm_ms else "no_logs",
                "expected": {"severity": "ERROR", "component": "api"},
                "prediction": {"severity": "ERROR" if sev_ok else "INFO", "component": "api"},
                "latency_ms": 10.0, "llm_ms": llm_ms, "json_valid": True, "packed": []}
    return [row("a", "baseline", True, 1500.0), row("b", "baseline", False, 250.0),
            row("c", "baseline", True, None), row("a", "alt", True, 900.0)]


def _points(reader):
    out: dict[str, list] = {}
    for rm in reader.get_metrics_data().resource_metrics:
        for sm in rm.scope_metrics:
            for metric in sm.metrics:
                out.setdefault(metric.name, []).extend(metric.data.data_points)
    return out


def test_run_metrics_are_read_back_with_the_in_memory_reader():
    reader = InMemoryMetricReader()
    provider = MeterProvider(metric_readers=[reader])
    rows = _rows()
    meta = {"model": "smollm2-135m-instruct-q4_1", "backend": "llama-cpp"}
    emit(provider, meta, compute(rows), rows, finished_unix_s=1_772_366_400.0)
    points = _points(reader)
    acc = {(p.attributes["strategy"], p.attributes["field"]): p.value
           for p in points["log_extraction_accuracy"]}
    assert acc[("baseline", "severity")] == pytest.approx(2 / 3)
    assert acc[("baseline", "component")] == 1.0 and acc[("alt", "severity")] == 1.0
    assert ("baseline", "root_cause_category") not in acc  # no record expects a category
    assert all(p.attributes["model"] == meta["model"] for p in points["log_extraction_accuracy"])
    hist = {p.attributes["strategy"]: p for p in points["llm_inference_latency_seconds"]}
    assert hist["baseline"].count == 2 and hist["baseline"].sum == pytest.approx(1.75)
    assert hist["alt"].count == 1 and 1.0 in hist["alt"].explicit_bounds
    [stamp] = points["eval_run_timestamp"]
    assert stamp.value == 1_772_366_400.0
    records = {p.attributes["strategy"]: p.value for p in points["eval_records_total"]}
    assert records == {"baseline": 3, "alt": 1}
    provider.shutdown()


def test_no_endpoint_no_provider():
    assert meter_provider_from_settings(Settings(backend="scripted")) is None


class _Collector(metrics_service_pb2_grpc.MetricsServiceServicer):
    def __init__(self) -> None:
        self.requests: list[metrics_service_pb2.ExportMetricsServiceRequest] = []

    def Export(self, request, context):  # noqa: N802 - the gRPC method's name
        self.requests.append(request)
        return metrics_service_pb2.ExportMetricsServiceResponse()


@pytest.fixture
def collector():
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=2))
    sink = _Collector()
    metrics_service_pb2_grpc.add_MetricsServiceServicer_to_server(sink, server)
    port = server.add_insecure_port("127.0.0.1:0")
    server.start()
    yield f"http://127.0.0.1:{port}", sink
    server.stop(grace=None)


def test_a_run_exports_its_metrics_to_the_configured_otlp_endpoint(tmp_path, collector):
    endpoint, sink = collector
    r = CliRunner().invoke(
        eval_group, ["run", "--golden", str(FIXTURE), "--out", str(tmp_path / "run"),
                     "--quiet"], catch_exceptions=False,
        env={"LOGLENS_BACKEND": "scripted", "LOGLENS_MODE": "llm",
             "OTEL_EXPORTER_OTLP_ENDPOINT": endpoint,
             "OTEL_SERVICE_NAME": "loglens-test"})
    assert r.exit_code == 0, r.stderr
    names = {m.name for req in sink.requests for rm in req.resource_metrics
             for sm in rm.scope_metrics for m in sm.metrics}
    assert names == {"log_extraction_accuracy", "llm_inference_latency_seconds",
                     "eval_run_timestamp", "eval_records_total"}
    resource = {a.key: a.value.string_value
                for a in sink.requests[0].resource_metrics[0].resource.attributes}
    assert resource["service.name"] == "loglens-test-eval"
