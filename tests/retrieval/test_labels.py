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


FILEBEAT = {"kubernetes_namespace": "lims", "kubernetes_pod_name": "lims-api-6f7d9-x2k9p",
            "kubernetes_container_name": "api", "kubernetes_node_name": "gke-lab-pool-1-a1b2",
            "kubernetes_deployment_name": "lims-api", "kubernetes_labels_app": "lims",
            "data_stream_dataset": "kubernetes.container_logs"}
DATADOG = {"kube_namespace": "archive", "pod_name": "minio-0", "kube_container_name": "minio",
           "host": "aks-archive-20481937-vmss000003", "kube_stateful_set": "minio",
           "service": "minio-server", "source": "minio"}
VECTOR_PATH = {"kubernetes_pod_namespace": "collections",
               "kubernetes_pod_name": "enricher-7c9d8f6b5-q2w4x",
               "kubernetes_container_name": "enricher", "kubernetes_pod_node_name": "lke-pool-3",
               "source_type": "kubernetes_logs"}


def test_filebeat_datadog_and_vector_path_labels_get_the_short_names():
    """Filebeat's ECS fields, the Datadog Agent's tags and Vector's fields named by their path:
    each style's workload is its controller's name (else the pod's ``app`` label)."""
    filebeat = with_short_names(FILEBEAT)
    assert {k: filebeat[k] for k in ("namespace", "pod", "container", "node", "app")} == {
        "namespace": "lims", "pod": "lims-api-6f7d9-x2k9p", "container": "api",
        "node": "gke-lab-pool-1-a1b2", "app": "lims-api"}
    labelled = {k: v for k, v in FILEBEAT.items() if k != "kubernetes_deployment_name"}
    assert with_short_names(labelled)["app"] == "lims"
    datadog = with_short_names(DATADOG)
    assert {k: datadog[k] for k in ("namespace", "pod", "container", "node", "app")} == {
        "namespace": "archive", "pod": "minio-0", "container": "minio",
        "node": "aks-archive-20481937-vmss000003", "app": "minio"}
    vector = with_short_names(VECTOR_PATH)
    assert {k: vector[k] for k in ("namespace", "pod", "container", "node")} == {
        "namespace": "collections", "pod": "enricher-7c9d8f6b5-q2w4x", "container": "enricher",
        "node": "lke-pool-3"}
    assert "app" not in vector and workload_of(vector) == "enricher"
    # a Datadog host stream's "host" stays the host's: no kube_namespace, no pod's node
    journal = {"host": "aks-archive-20481937-vmss000003", "source": "journald"}
    assert with_short_names(journal) == journal


def test_a_journal_shipped_over_otlp_names_its_node_and_is_no_workloads():
    """The Collector's journald receiver: ``host.name`` is ``host_name`` after Loki's OTLP
    ingestion, and the cluster's name on every stream makes no workload of it."""
    from analyzer.engine.owners import node_of
    from retrieval.labels import host_label
    from retrieval.records import LogRecord

    journal = {"k8s_cluster_name": "genomics", "service_name": "kernel",
               "host_name": "ip-10-12-71-9.eu-west-1.compute.internal", "log_source": "journald"}
    assert "app" not in with_short_names(journal)
    assert host_label(journal) == journal["host_name"]
    assert node_of(LogRecord(ts=0, labels=journal, line="Out of memory")) == journal["host_name"]
    assert with_short_names({**journal, "k8s_namespace_name": "qc"})["app"] == "kernel"


async def test_a_loki_with_filebeat_datadog_or_vector_path_labels_is_queried_in_them():
    sel = Selector(namespace="archive", pod="minio-0", default_filter=False, start=0,
                   end=2**62)
    assert (await _loki_query("datadog", DATADOG, sel))[0] == (
        '{kube_namespace="archive", pod_name="minio-0"}')
    assert (await _loki_query("filebeat", FILEBEAT, sel))[0] == (
        '{kubernetes_namespace="archive", kubernetes_pod_name="minio-0"}')
    query, labels = await _loki_query("vector-path", VECTOR_PATH, sel)
    assert query == '{kubernetes_pod_namespace="archive", kubernetes_pod_name="minio-0"}'
    assert labels["namespace"] == "collections"


DATADOG_EVENT = {"kube_namespace": "archive", "kube_kind": "Pod", "kube_name": "minio-0",
                 "kube_reason": "FailedAttachVolume", "event_type": "kubernetes_apiserver",
                 "source": "kubernetes"}


def test_an_event_the_datadog_agent_collected_reads_as_an_event_handler_line():
    line = "Events from the Pod archive/minio-0: 1 **FailedAttachVolume**: Multi-Attach error"
    read = event_line(DATADOG_EVENT, line)
    assert read.startswith("name=minio-0 kind=Pod reason=FailedAttachVolume msg=")
    # its event_type is where the event came from, not Normal or Warning
    assert "type=" not in read
    assert event_line({**DATADOG_EVENT, "kube_reason": ""}, line) == line


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
