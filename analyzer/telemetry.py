"""OpenTelemetry and logging setup, done by the app factory or the CLI, never at import.

Traces: OTLP gRPC when ``OTEL_EXPORTER_OTLP_ENDPOINT`` is set, nothing exported otherwise (trace
ids are still made, so logs and results can be correlated). Tests pass their own
``TracerProvider`` with an in-memory exporter.
Logs: one JSON object per line carrying ``trace_id``/``span_id`` of the current span, so
Grafana can jump from a log line to its trace.
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime

from opentelemetry import trace
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor

from .settings import Settings
from .telemetry_filters import FilteringSpanProcessor

TRACER_NAME = "loglens"


def tracer_provider_from_settings(settings: Settings) -> TracerProvider:
    """A provider that always makes real trace ids (logs and results carry them) and exports
    over OTLP gRPC only when an endpoint is configured."""
    provider = TracerProvider(
        resource=Resource.create({"service.name": settings.otel_service_name}))
    if settings.otel_endpoint:
        from opentelemetry.exporter.otlp.proto.grpc.trace_exporter import OTLPSpanExporter

        insecure = settings.otel_endpoint.startswith("http://")
        exporter = OTLPSpanExporter(endpoint=settings.otel_endpoint, insecure=insecure)
        provider.add_span_processor(FilteringSpanProcessor(BatchSpanProcessor(exporter)))
    return provider


def exports(provider: TracerProvider) -> bool:
    """Whether spans of ``provider`` go anywhere."""
    return bool(provider._active_span_processor._span_processors)  # noqa: SLF001


def get_tracer(provider: trace.TracerProvider | None = None) -> trace.Tracer:
    return trace.get_tracer(TRACER_NAME, tracer_provider=provider)


def current_trace_id() -> str | None:
    ctx = trace.get_current_span().get_span_context()
    return format(ctx.trace_id, "032x") if ctx.is_valid else None


class JsonFormatter(logging.Formatter):
    """``{"ts", "level", "logger", "msg", "trace_id", "span_id", ...extra}`` per line."""

    _SKIP = frozenset(vars(logging.makeLogRecord({}))) | {"message", "asctime"}

    def format(self, record: logging.LogRecord) -> str:
        out: dict[str, object] = {
            "ts": datetime.fromtimestamp(record.created, tz=UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(), "logger": record.name, "msg": record.getMessage()}
        ctx = trace.get_current_span().get_span_context()
        if ctx.is_valid:
            out["trace_id"] = format(ctx.trace_id, "032x")
            out["span_id"] = format(ctx.span_id, "016x")
        for key, value in vars(record).items():
            if key not in self._SKIP and not key.startswith("_"):
                out[key] = value
        if record.exc_info:
            out["exc"] = self.formatException(record.exc_info)
        return json.dumps(out, default=str)


def setup_logging(settings: Settings, stream: object = None) -> None:
    handler = logging.StreamHandler(stream or sys.stderr)  # type: ignore[arg-type]
    if settings.log_format == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("loglens")
    root.handlers[:] = [handler]
    root.setLevel(settings.log_level)
    root.propagate = False
