"""Loki's OTLP label names (Loki 3 native OTLP ingestion), OpenShift Logging's (ViaQ), Fluent
Bit's and Vector's read as the short Kubernetes ones."""

from __future__ import annotations

import httpx

from retrieval.labels import event_line, with_short_names
from retrieval.logql import render_logql
from retrieval.loki import LokiSource
from retrieval.memory import MemorySource
from retrieval.records import workload_of
from retrieval.selector import LabelMatcher, Selector

OTEL = {"k8s_namespace_name": "billing", "k8s_pod_name": "billing-pg-1",
        "k8s_container_name": "postgres", "k8s_node_name": "gke-pool-a-r79d",
        "k8s_statefulset_name": "billing-pg", "service_name": "postgres"}


def test_otlp_labels_get_the_short_names_and_keep_their_own():
    labels = with_short_names(OTEL)
    assert {k: labels[k] for k in ("namespace", "pod", "container", "node", "app")} == {
        "namespace": "billing", "pod": "billing-pg-1", "container": "postgres",
        "node": "gke-pool-a-r79d", "app": "billing-pg"}
    assert labels["k8s_pod_name"] == "billing-pg-1" and workload_of(labels) == "billing-pg"
    # a short name already there wins; a Promtail stream's service_name is no app
    assert with_short_names({**OTEL, "namespace": "db"})["namespace"] == "db"
    promtail = {"namespace": "shop", "pod": "cart-7d9f4b8c6-x2k9p", "service_name": "cart"}
    assert with_short_names(promtail) == promtail


async def test_a_replayed_otlp_window_answers_a_namespace_selector():
    source = MemorySource.from_entries([
        {"ts": "2026-01-01T05:49:24Z", "labels": OTEL,
         "line": 'FATAL:  password authentication failed for user "billing"'},
        {"ts": "2026-01-01T05:49:25Z", "labels": {**OTEL, "k8s_namespace_name": "shop"},
         "line": "ok"}])
    got = [r async for r in source.query(Selector(namespace="billing", default_filter=False,
                                                  start=0, end=2**62))]
    assert [r.line[:5] for r in got] == ["FATAL"]


def test_logql_in_the_otlp_names():
    sel = Selector(namespace="billing", pod={"regex": "billing-pg-.*"}, default_filter=False)
    assert render_logql(sel, names={"namespace": "k8s_namespace_name", "pod": "k8s_pod_name"}
                        ) == '{k8s_namespace_name="billing", k8s_pod_name=~"billing-pg-.*"}'
    guarded = render_logql(Selector(default_filter=False), names={"namespace": "k8s_ns"})
    assert guarded == '{k8s_ns=~".+"}'


async def _loki_query(style: str, stream: dict[str, str], sel: Selector
                      ) -> tuple[str, dict[str, str]]:
    """The LogQL a ``LokiSource`` of label ``style`` sends for ``sel``, and the labels of the
    record it reads back from one ``stream``."""
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"status": "success", "data": {
            "resultType": "streams", "result": [{"stream": stream, "values": [
                ["1767246564000000000", "FATAL:  password authentication failed"]]}]}})

    async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as client:
        loki = LokiSource("http://loki:3100", client=client, label_style=style)
        got = [r async for r in loki.query(sel)]
    return sent[0].url.params["query"], got[0].labels


async def test_a_loki_with_otlp_labels_is_queried_and_read_in_them():
    query, labels = await _loki_query("otel", OTEL, Selector(
        namespace="billing", app="billing-pg", default_filter=False, start=0, end=2**62))
    assert query == '{k8s_namespace_name="billing", service_name="billing-pg"}'
    assert labels["namespace"] == "billing" and labels["app"] == "billing-pg"


def test_an_unknown_label_style_is_a_config_error():
    import pytest

    from retrieval.errors import ConfigError

    with pytest.raises(ConfigError) as err:
        LokiSource("http://loki:3100", label_style="prometheus")
    assert err.value.field == "loki_labels"


VIAQ = {"kubernetes_namespace_name": "crew-ops", "kubernetes_pod_name": "roster-7d9f4b8c6-x2k9p",
        "kubernetes_container_name": "roster", "kubernetes_host": "worker-2.ocp.example",
        "log_type": "application"}


def test_openshift_logging_labels_get_the_short_names_and_keep_their_own():
    labels = with_short_names(VIAQ)
    assert {k: labels[k] for k in ("namespace", "pod", "container", "node")} == {
        "namespace": "crew-ops", "pod": "roster-7d9f4b8c6-x2k9p", "container": "roster",
        "node": "worker-2.ocp.example"}
    assert labels["kubernetes_pod_name"] == "roster-7d9f4b8c6-x2k9p"
    assert workload_of(labels) == "roster"
    assert with_short_names({**VIAQ, "namespace": "db"})["namespace"] == "db"


async def test_a_loki_with_openshift_logging_labels_is_queried_and_read_in_them():
    query, labels = await _loki_query("viaq", VIAQ, Selector(
        namespace="crew-ops", container="roster", default_filter=False, start=0, end=2**62))
    assert query == '{kubernetes_namespace_name="crew-ops", kubernetes_container_name="roster"}'
    assert labels["namespace"] == "crew-ops" and labels["pod"] == VIAQ["kubernetes_pod_name"]


FLUENTBIT = {"job": "fluent-bit", "namespace_name": "push", "pod_name": "notifier-5c8d-abcde",
             "container_name": "notifier", "host": "aks-pool-27463918-vmss000003",
             "app": "push-notifier", "stream": "stderr"}
VECTOR = {"agent": "vector", "pod_namespace": "herd", "pod_name": "collar-history-0",
          "container_name": "api", "pod_node_name": "ip-10-82-33-12.ec2.internal"}


def test_fluent_bit_and_vector_labels_get_the_short_names_and_keep_their_own():
    fluent = with_short_names(FLUENTBIT)
    assert {k: fluent[k] for k in ("namespace", "pod", "container", "node", "app")} == {
        "namespace": "push", "pod": "notifier-5c8d-abcde", "container": "notifier",
        "node": "aks-pool-27463918-vmss000003", "app": "push-notifier"}
    assert fluent["namespace_name"] == "push" and workload_of(fluent) == "push-notifier"
    vector = with_short_names(VECTOR)
    assert {k: vector[k] for k in ("namespace", "pod", "container", "node")} == {
        "namespace": "herd", "pod": "collar-history-0", "container": "api",
        "node": "ip-10-82-33-12.ec2.internal"}
    assert workload_of(vector) == "collar-history"
    # a host stream's "host" (a journal) gets no node from it: no namespace_name says the
    # stream is Fluent Bit's Kubernetes one; and a short name already there wins
    journal = {"job": "fluent-bit", "host": "n-1", "systemd_unit": "kubelet.service"}
    assert with_short_names(journal) == journal
    assert with_short_names({**VECTOR, "namespace": "db"})["namespace"] == "db"


async def test_a_loki_with_fluent_bit_or_vector_labels_is_queried_and_read_in_them():
    query, labels = await _loki_query("fluentbit", FLUENTBIT, Selector(
        namespace="push", pod={"regex": "notifier-.*"}, default_filter=False, start=0,
        end=2**62))
    assert query == '{namespace_name="push", pod_name=~"notifier-.*"}'
    assert labels["namespace"] == "push" and labels["node"] == FLUENTBIT["host"]
    query, labels = await _loki_query("vector", VECTOR, Selector(
        namespace="herd", node="ip-10-82-33-12.ec2.internal", default_filter=False, start=0,
        end=2**62))
    assert query == '{pod_namespace="herd", pod_node_name="ip-10-82-33-12.ec2.internal"}'
    assert labels["pod"] == "collar-history-0"


async def test_a_replayed_fluent_bit_window_answers_a_namespace_and_app_selector():
    source = MemorySource.from_entries([
        {"ts": "2026-01-01T05:49:24Z", "labels": FLUENTBIT, "line": "403 from APNs"},
        {"ts": "2026-01-01T05:49:25Z", "labels": {**FLUENTBIT, "namespace_name": "web"},
         "line": "ok"},
        {"ts": "2026-01-01T05:49:26Z", "labels": VECTOR, "line": "EIO"}])
    got = [r async for r in source.query(Selector(namespace="push", app="push-notifier",
                                                  default_filter=False, start=0, end=2**62))]
    assert [r.line for r in got] == ["403 from APNs"]
    got = [r async for r in source.query(Selector(namespace="herd", default_filter=False,
                                                  start=0, end=2**62))]
    assert [r.line for r in got] == ["EIO"]


# the OpenTelemetry Collector's Kubernetes events receiver, through Loki's OTLP ingestion: the
# line is the event's message; the object, reason, count and type are attributes
OTEL_EVENT = {"k8s_namespace_name": "distribution", "service_name": "unknown_service",
              "k8s_object_kind": "Pod", "k8s_object_name": "sync-79f6d8b5c4-j2j9f",
              "k8s_event_reason": "Failed", "k8s_event_count": "3", "severity_text": "Warning"}
PULL = 'Failed to pull image "acr.example.com/sync:2.8.4": 401 Unauthorized'


def test_an_otlp_event_reads_as_an_event_handler_line_and_other_lines_stay_as_they_are():
    assert event_line(OTEL_EVENT, PULL) == (
        'name=sync-79f6d8b5c4-j2j9f kind=Pod reason=Failed type=Warning count=3 msg="Failed to '
        'pull image \\"acr.example.com/sync:2.8.4\\": 401 Unauthorized"')
    normal = {**OTEL_EVENT, "severity_text": "", "detected_level": "info"}
    assert " type=Normal " in event_line(normal, "Started container sync")
    assert event_line({**OTEL_EVENT, "k8s_event_reason": ""}, PULL) == PULL  # no event
    assert event_line(OTEL, PULL) == PULL
    source = MemorySource.from_entries([{"ts": "2026-03-16T02:10:12Z", "labels": OTEL_EVENT,
                                         "line": PULL}])
    (record,) = source.records()
    assert record.line.startswith("name=sync-79f6d8b5c4-j2j9f kind=Pod reason=Failed")
    assert record.labels["namespace"] == "distribution"


async def test_an_otlp_loki_filters_event_attributes_as_structured_metadata():
    sent: list[httpx.Request] = []
    stream = {k: v for k, v in OTEL_EVENT.items() if not k.startswith(("k8s_event", "k8s_obj"))}
    metadata = {k: v for k, v in OTEL_EVENT.items() if k not in stream}

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"status": "success", "data": {
            "resultType": "streams", "result": [{"stream": stream, "values": [
                ["1773627012000000000", PULL, {"structuredMetadata": metadata}]]}]}})

    about = LabelMatcher(name="k8s_object_name", op="=~", value="sync(?:[-.][a-z0-9]+)*")
    sel = Selector(namespace="distribution", labels=[about], default_filter=False,
                   start=0, end=2**62)
    async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as client:
        got = [r async for r in LokiSource("http://loki:3100", client=client,
                                           label_style="otel").query(sel)]
    assert sent[0].url.params["query"] == (
        '{k8s_namespace_name="distribution"} | k8s_object_name=~"sync(?:[-.][a-z0-9]+)*"')
    assert got[0].line.startswith("name=sync-79f6d8b5c4-j2j9f kind=Pod reason=Failed")
    # a Loki labelled the Promtail way has no such metadata: the matcher stays a label's
    assert render_logql(sel) == ('{namespace="distribution", '
                                 'k8s_object_name=~"sync(?:[-.][a-z0-9]+)*"}')
