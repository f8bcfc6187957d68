"""Loki's OTLP label names (Loki 3 native OTLP ingestion), OpenShift Logging's (ViaQ), Fluent
Bit's, Vector's, Filebeat's, Datadog's, and the names of records exported from Cloud Logging,
Splunk, CloudWatch and Azure Monitor, read as the short Kubernetes ones."""

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


def test_a_pipelines_own_kubernetes_names_are_read_by_their_endings():
    """A Logstash pipeline that renamed the Kubernetes fields (``kube_pod``,
    ``kube_container``, ``kube_label_app``, ``beat_hostname``): a stream no known style gives
    a pod or container takes them from names ending as a pod's, container's, namespace's,
    controller's, app label's or node's do (a controller's name before an app label)."""
    logstash = {"pipeline": "k8s-containers", "kube_pod": "archive-0",
                "kube_container": "storescp", "kube_namespace_name": "imaging",
                "kube_label_app": "dicom", "kube_statefulset_name": "dicom-archive",
                "beat_hostname": "rke2-worker-02"}
    short = with_short_names(logstash)
    assert {k: short[k] for k in ("namespace", "pod", "container", "node", "app")} == {
        "namespace": "imaging", "pod": "archive-0", "container": "storescp",
        "node": "rke2-worker-02", "app": "dicom-archive"}
    assert workload_of(short) == "dicom-archive" and short["kube_pod"] == "archive-0"
    # a host's or an event stream's names make no workload of it: no pod, no container
    for stream in ({"job": "syslog", "hostname": "rke2-worker-02", "app_name": "kernel"},
                   {"job": "event-exporter", "kube_namespace_name": "imaging"},
                   {"service_namespace": "clinic", "service_name": "charts"}):
        assert with_short_names(stream) == stream
    # OpenTelemetry's service.namespace is an application's group, not a namespace
    assert "namespace" not in with_short_names({"service_namespace": "clinic",
                                                "kube_pod": "charts-0"})
    # a known style's names come first: Datadog's pod_name, not the pipeline's ending
    datadog = with_short_names({**DATADOG, "k8s_old_pod": "minio-9"})
    assert (datadog["pod"], workload_of(datadog)) == ("minio-0", "minio")


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


# exported from a log platform, not read from Loki: names with dots, slashes and dashes
GKE_CONTAINER = {"resource.type": "k8s_container", "resource.labels.namespace_name": "tolls",
                 "resource.labels.pod_name": "plate-reader-5d8c7b9f4-kq2xw",
                 "resource.labels.container_name": "reader", "labels.k8s-pod/app": "plates",
                 "logName": "projects/roads/logs/stdout"}
SPLUNK = {"index": "k8s_logs", "k8s.namespace.name": "tolls", "k8s.pod.name": "gantry-0",
          "k8s.container.name": "gantry", "k8s.node.name": "node-7",
          "sourcetype": "kube:container:gantry"}
CLOUDWATCH = {"log_group": "/aws/containerinsights/roads/application",
              "kubernetes.namespace_name": "tolls", "kubernetes.pod_name": "billing-0",
              "kubernetes.container_name": "billing", "kubernetes.host": "ip-10-1-2-3.ec2.internal"}
AZURE = {"Table": "ContainerLogV2", "PodNamespace": "tolls", "PodName": "fines-6b9d8c7f5-x7k2p",
         "ContainerName": "fines", "Computer": "aks-pool-1-vmss000002", "_ResourceId": "/s/x"}


def test_exported_labels_with_dots_slashes_and_columns_get_the_short_names():
    """Cloud Logging's resource labels and pod labels, the Splunk Collector's and CloudWatch's
    dotted names (read as Loki's OTLP ingestion would write them: the OTLP and ViaQ names),
    and Azure Monitor's columns."""
    keys = ("namespace", "pod", "container", "node", "app")
    gke = with_short_names(GKE_CONTAINER)
    assert {k: gke.get(k) for k in keys} == {
        "namespace": "tolls", "pod": "plate-reader-5d8c7b9f4-kq2xw", "container": "reader",
        "node": None, "app": "plates"}
    assert gke["labels.k8s-pod/app"] == "plates" and workload_of(gke) == "plates"
    splunk = with_short_names(SPLUNK)
    assert {k: splunk.get(k) for k in keys[:4]} == {
        "namespace": "tolls", "pod": "gantry-0", "container": "gantry", "node": "node-7"}
    cloudwatch = with_short_names(CLOUDWATCH)
    assert {k: cloudwatch.get(k) for k in keys[:4]} == {
        "namespace": "tolls", "pod": "billing-0", "container": "billing",
        "node": "ip-10-1-2-3.ec2.internal"}
    azure = with_short_names(AZURE)
    assert {k: azure.get(k) for k in keys[:4]} == {
        "namespace": "tolls", "pod": "fines-6b9d8c7f5-x7k2p", "container": "fines",
        "node": "aks-pool-1-vmss000002"}
    assert workload_of(azure) == "fines"
    # a Log Analytics events row names its namespace as "Namespace"; a name Loki could hold
    # already is not copied, and a short name already there wins
    events = with_short_names({"Table": "KubeEvents", "Namespace": "tolls", "_ResourceId": "/s"})
    assert events["namespace"] == "tolls"
    assert with_short_names({**SPLUNK, "namespace": "db"})["namespace"] == "db"


def test_a_label_that_can_only_name_a_node_names_a_journals_node():
    """A host's journal labelled only by its node (CloudWatch's dataplane group, a GKE
    k8s_node resource, an Azure Syslog row, the Collector's node attribute) is that node's,
    and no workload's."""
    from analyzer.engine.owners import line_workload
    from retrieval.labels import host_label
    from retrieval.records import LogRecord

    for journal in ({"log_group": "/aws/containerinsights/roads/dataplane",
                     "kubernetes.host": "ip-10-1-2-3.ec2.internal"},
                    {"resource.type": "k8s_node", "resource.labels.node_name":
                     "ip-10-1-2-3.ec2.internal", "logName": "projects/roads/logs/kubelet"},
                    {"Table": "Syslog", "Computer": "ip-10-1-2-3.ec2.internal",
                     "_ResourceId": "/s/x"},
                    {"k8s_cluster_name": "roads", "k8s_node_name": "ip-10-1-2-3.ec2.internal",
                     "service_name": "kernel"}):
        read = with_short_names(journal)
        assert host_label(read) == "ip-10-1-2-3.ec2.internal", journal
        assert "app" not in read and "namespace" not in read
        record = LogRecord(ts=0, labels=read, line="Out of memory: Killed process 4242 (java)")
        assert line_workload(record) == "ip-10-1-2-3.ec2.internal"


def test_an_events_v1_event_from_the_collectors_k8sobjects_receiver_reads_as_an_event():
    """``events.k8s.io/v1``: the object is ``regarding``, the message ``note``, the count
    ``deprecatedCount``; watched, the Collector wraps it as ``{"type": "ADDED", "object"}``."""
    event = ('{"apiVersion":"events.k8s.io/v1","kind":"Event","metadata":{"name":"fdc-retrain-'
             '29480940-t9gqm.fe8a34b1692e91b7","namespace":"fab-ml"},"reason":"FailedScheduling",'
             '"note":"0/5 nodes are available: 2 Insufficient nvidia.com/gpu.","type":"Warning",'
             '"regarding":{"kind":"Pod","name":"fdc-retrain-29480940-t9gqm","namespace":"fab-ml"'
             '},"deprecatedSource":{"component":"default-scheduler"},"deprecatedCount":3}')
    expected = ('name=fdc-retrain-29480940-t9gqm kind=Pod reason=FailedScheduling type=Warning '
                'count=3 msg="0/5 nodes are available: 2 Insufficient nvidia.com/gpu."')
    labels = {"service_name": "otelcol-k8sobjects", "k8s_namespace_name": "fab-ml"}
    assert event_line(labels, event) == expected
    assert event_line(labels, '{"type":"ADDED","object":' + event + "}") == expected
    # a pod's own JSON line that happens to say "regarding" stays as it is
    plain = '{"level":"info","msg":"note regarding lot N4K2","regarding":"lot"}'
    assert event_line({}, plain) == plain


def test_a_job_that_a_cronjob_created_names_the_cronjob_as_its_app():
    otlp = {"k8s_namespace_name": "fab-ml", "k8s_pod_name": "fdc-retrain-29480940-t9gqm",
            "k8s_job_name": "fdc-retrain-29480940"}
    assert with_short_names(otlp)["app"] == "fdc-retrain"
    # a Job of its own keeps its name, digits and all
    assert with_short_names({**otlp, "k8s_job_name": "migrate-v42"})["app"] == "migrate-v42"
    assert with_short_names({**otlp, "k8s_job_name": "reindex-2026"})["app"] == "reindex-2026"


def test_an_event_shipped_as_a_json_object_reads_as_an_event_handler_line():
    """The Collector's event attributes beside the message (``body``), and a Log Analytics
    KubeEvents row, in the line; an ordinary JSON line stays as it is."""
    otel = ('{"k8s.event.reason":"FailedScheduling","k8s.event.type":"Warning",'
            '"k8s.object.kind":"Pod","k8s.object.name":"fines-6b9d8c7f5-x7k2p","k8s.event.count":4,'
            '"body":"0/3 nodes are available: 3 Insufficient cpu."}')
    assert event_line({"service_name": "k8s_events"}, otel) == (
        'name=fines-6b9d8c7f5-x7k2p kind=Pod reason=FailedScheduling type=Warning count=4 '
        'msg="0/3 nodes are available: 3 Insufficient cpu."')
    azure = ('{"ObjectKind":"Pod","Name":"gantry-0","Reason":"FailedMount","Message":"Unable '
             'to attach or mount volumes","KubeEventType":"Warning","Count":2}')
    assert event_line({"Table": "KubeEvents"}, azure) == (
        'name=gantry-0 kind=Pod reason=FailedMount type=Warning count=2 '
        'msg="Unable to attach or mount volumes"')
    plain = '{"level":"info","ObjectKind":"Pod","msg":"watching pods"}'
    assert event_line({}, plain) == plain
    assert event_line({}, '{"ObjectKind": ') == '{"ObjectKind": '
    # read from a file of exported records: scoped by the row's namespace
    source = MemorySource.from_entries([
        {"ts": "2026-01-01T05:49:24Z", "labels": {"Table": "KubeEvents", "Namespace": "tolls",
                                                   "_ResourceId": "/s/x"}, "line": azure}])
    (record,) = source.records()
    assert record.labels["namespace"] == "tolls"
    assert record.line.startswith("name=gantry-0 kind=Pod reason=FailedMount")


def test_a_docker_hosts_containers_are_their_compose_services_and_a_journal_its_hostname():
    """The Loki Docker driver labels a container's stream with its Compose service and project,
    its container's name and its Docker host: the service is the app, the host the node. A
    journal shipped with its own field names (Fluent Bit's systemd input) names its machine
    ``_HOSTNAME``, and is no workload's: a kernel line there is about that machine."""
    from analyzer.engine.owners import line_workload
    from retrieval.labels import host_label
    from retrieval.records import LogRecord

    docker = {"compose_project": "lodging", "compose_service": "channel-sync",
              "container_name": "lodging-channel-sync-1", "host": "pms-vm-01"}
    read = with_short_names(docker)
    assert (read["app"], read["container"], read["node"]) == (
        "channel-sync", "lodging-channel-sync-1", "pms-vm-01")
    assert workload_of(read) == "channel-sync" and read["compose_project"] == "lodging"
    swarm = with_short_names({"swarm_stack": "shop", "swarm_service": "shop_cart",
                              "container_name": "shop_cart.1.x2k9p", "host": "swarm-2"})
    assert (swarm["app"], swarm["node"]) == ("shop_cart", "swarm-2")
    journal = {"_HOSTNAME": "avl-archive-01", "SYSLOG_IDENTIFIER": "kernel",
               "_TRANSPORT": "kernel"}
    assert host_label(journal) == "avl-archive-01" and "app" not in with_short_names(journal)
    line = "I/O error, dev sdb, sector 912549448 op 0x1:(WRITE) flags 0x800 phys_seg 8"
    assert line_workload(LogRecord(ts=0, labels=journal, line=line)) == "avl-archive-01"
