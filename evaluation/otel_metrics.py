"""OpenTelemetry metrics of a finished run, for dashboards and alerts on the nightly eval.

=================================  =========  ==================================================
instrument                         kind       value, attributes
=================================  =========  ==================================================
``log_extraction_accuracy``        gauge      accuracy in [0, 1]; ``field`` (severity,
                                              root_cause_category, component), ``strategy``,
                                              ``model``, ``backend``
``llm_inference_latency_seconds``  histogram  each analysis where the model was asked: its LLM
                                              time (s); ``strategy``, ``model``, ``backend``
``eval_run_timestamp``             gauge      unix time (s) the run finished; ``model``,
                                              ``backend``
``eval_records_total``             counter    records evaluated; ``strategy``, ``model``,
                                              ``backend``
=================================  =========  ==================================================

``emit`` takes the ``MeterProvider`` (tests pass one with an ``InMemoryMetricReader``);
``meter_provider_from_settings`` builds the OTLP gRPC one when ``OTEL_EXPORTER_OTLP_ENDPOINT``
is set, and None otherwise (nothing is emitted).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from opentelemetry.metrics import MeterProvider

from analyzer.settings import Settings

METER_NAME = "loglens.evaluation"
ACCURACY_FIELDS = {"severity": "severity_accuracy", "root_cause_category": "category_accuracy",
                   "component": "component_accuracy"}
LATENCY_BUCKETS_S = (0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 3.0, 5.0, 8.0, 13.0, 20.0, 30.0, 60.0,
                     120.0)


def emit(provider: MeterProvider, metadata: dict[str, Any], per_strategy: dict[str, Any],
         rows: Sequence[dict[str, Any]], *, finished_unix_s: float) -> None:
    """Record the run's metrics on ``provider`` (exporting is the provider's business: call
    ``force_flush``/``shutdown`` on an SDK provider to send them now)."""
    meter = provider.get_meter(METER_NAME)
    accuracy = meter.create_gauge(
        "log_extraction_accuracy", unit="1",
        description="share of golden records whose extracted field matches the expected one")
    latency = meter.create_histogram(
        "llm_inference_latency_seconds", unit="s",
        description="LLM time of one analysis during an evaluation run",
        explicit_bucket_boundaries_advisory=LATENCY_BUCKETS_S)
    stamp = meter.create_gauge("eval_run_timestamp", unit="s",
                               description="unix time the evaluation run finished")
    records = meter.create_counter("eval_records_total", unit="1",
                                   description="golden records evaluated")
    run_attrs = {"model": str(metadata.get("model") or ""),
                 "backend": str(metadata.get("backend") or "")}
    for strategy, m in per_strategy.items():
        attrs = {**run_attrs, "strategy": strategy}
        for field, name in ACCURACY_FIELDS.items():
            value = m["metrics"][name]["value"]
            if value is not None:
                accuracy.set(float(value), {**attrs, "field": field})
        records.add(int(m["records"]), attrs)
    for row in rows:
        if row.get("llm_ms") is not None:
            latency.record(float(row["llm_ms"]) / 1000,
                           {**run_attrs, "strategy": str(row["strategy"])})
    stamp.set(float(finished_unix_s), run_attrs)


def meter_provider_from_settings(settings: Settings) -> Any | None:
    """An SDK ``MeterProvider`` exporting over OTLP gRPC, or None without an endpoint."""
    if not settings.otel_endpoint:
        return None
    from opentelemetry.exporter.otlp.proto.grpc.metric_exporter import OTLPMetricExporter
    from opentelemetry.sdk.metrics import MeterProvider as SdkMeterProvider
    from opentelemetry.sdk.metrics.export import PeriodicExportingMetricReader
    from opentelemetry.sdk.resources import Resource

    exporter = OTLPMetricExporter(endpoint=settings.otel_endpoint,
                                  insecure=settings.otel_endpoint.startswith("http://"),
                                  timeout=10)
    # The run ends by shutting the provider down, which exports once: no periodic export.
    reader = PeriodicExportingMetricReader(exporter, export_interval_millis=3_600_000)
    return SdkMeterProvider(
        metric_readers=[reader],
        resource=Resource.create({"service.name": f"{settings.otel_service_name}-eval"}))
