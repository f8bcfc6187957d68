"""JSON logs carry the trace and span ids of the current span."""

from __future__ import annotations

import io
import json
import logging

from opentelemetry import trace

from analyzer.settings import Settings
from analyzer.telemetry import exports, setup_logging, tracer_provider_from_settings


def test_json_log_lines_carry_trace_id_and_extra_fields(spans):
    provider, _ = spans
    out = io.StringIO()
    setup_logging(Settings(log_format="json", log_level="INFO"), stream=out)
    log = logging.getLogger("loglens.test")
    tracer = trace.get_tracer("t", tracer_provider=provider)
    with tracer.start_as_current_span("work") as span:
        log.info("inside", extra={"records": 3})
    log.info("outside")
    inside, outside = (json.loads(line) for line in out.getvalue().splitlines())
    ctx = span.get_span_context()
    assert inside["trace_id"] == format(ctx.trace_id, "032x")
    assert inside["span_id"] == format(ctx.span_id, "016x")
    assert inside["msg"] == "inside" and inside["records"] == 3 and inside["level"] == "info"
    assert "trace_id" not in outside


def test_no_endpoint_no_exporter_and_an_endpoint_builds_one():
    quiet = tracer_provider_from_settings(Settings(otel_endpoint=None))
    assert not exports(quiet)
    with quiet.get_tracer("t").start_as_current_span("x") as span:
        assert span.get_span_context().is_valid  # ids exist for logs even without export
    quiet.shutdown()
    provider = tracer_provider_from_settings(
        Settings(OTEL_EXPORTER_OTLP_ENDPOINT="http://127.0.0.1:4317"))
    assert exports(provider)
    provider.shutdown()
