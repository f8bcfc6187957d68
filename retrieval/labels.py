"""Label names: the short Kubernetes names LogLens reads, and Loki's OTLP names for them.

Promtail, Grafana Alloy's Kubernetes discovery and most Helm charts label a stream
``namespace``, ``pod``, ``container``, ``node`` and ``app``. Loki's native OTLP ingestion
(Loki 3) labels it with the OpenTelemetry resource attributes instead, dots turned into
underscores: ``k8s_namespace_name``, ``k8s_pod_name``, ``k8s_container_name``,
``k8s_node_name`` (structured metadata in Loki's default ``otlp_config``: index it as a label
to select by node), and ``service_name``.

OpenShift Logging's ViaQ data model (the ClusterLogForwarder to a LokiStack) labels a stream
``kubernetes_namespace_name``, ``kubernetes_pod_name``, ``kubernetes_container_name`` and
``kubernetes_host`` (``VIAQ_LABELS``). Fluent Bit's Loki output with
``auto_kubernetes_labels on`` writes its Kubernetes filter's keys: ``namespace_name``,
``pod_name``, ``container_name`` and ``host`` (``FLUENTBIT_LABELS``); a Vector Loki sink
usually templates its ``kubernetes_logs`` fields under their own names: ``pod_namespace``,
``pod_name``, ``container_name``, ``pod_node_name`` (``VECTOR_LABELS``), or by their path,
``kubernetes_pod_namespace``, ... (``VECTOR_PATH_LABELS``). Both carry the pod's own labels
(``app``) as they are. Filebeat's ``add_kubernetes_metadata`` fields (Elastic's ECS) arrive
flattened as ``kubernetes_namespace``, ``kubernetes_pod_name``, ``kubernetes_container_name``,
``kubernetes_node_name`` (``FILEBEAT_LABELS``), and the Datadog Agent's Kubernetes tags as
``kube_namespace``, ``pod_name``, ``kube_container_name`` and ``host`` (``DATADOG_LABELS``);
their streams' app is the controller's name they carry (``kube_deployment``,
``kubernetes_deployment_name``, ...) or the pod's ``app`` label.

Records exported from a log platform rather than read from Loki keep names Loki could not
hold: Cloud Logging's ``resource.labels.namespace_name`` and ``labels.k8s-pod/app``, the
Splunk OpenTelemetry Collector's ``k8s.pod.name``, CloudWatch Container Insights'
``kubernetes.pod_name``. A name with a dot, slash or dash is also read as Loki's OTLP
ingestion would have written it, each such character an underscore (``k8s_pod_name``,
``kubernetes_pod_name``: the OTLP and ViaQ names above). GKE's Cloud Logging resource labels
(``resource_labels_namespace_name``, ``_pod_name``, ``_container_name``, ``_node_name``;
``GKE_LABELS``) and Azure Monitor Container Insights' columns (``PodNamespace``, ``PodName``,
``ContainerName``, ``Computer``; a Log Analytics row's ``Namespace``: ``AZURE_LABELS``) are
read too, and so are the Loki Docker logging driver's (``compose_service``,
``compose_project``, ``container_name``, ``host``; a Swarm's ``swarm_service``:
``DOCKER_LABELS``), whose app is the container's Compose or Swarm service. A label that can
only name a node (``k8s_node_name``, ``kubernetes_host``, ``Computer``, ...) names it on any
stream, a host's journal included.

A stream none of these styles gives a pod or container, labelled by a pipeline of its own
(a Logstash or Fluentd configuration that renamed the fields: ``kube_pod``,
``kube_container``, ``kube_label_app``, ``beat_hostname``), is read by its names' endings
(``_SUFFIXES``) when one of them ends as a pod's or a container's does.

A record read with any of these names also gets the short ones (``with_short_names``;
the originals stay), so workloads, nodes and related context read the same either way.

The OpenTelemetry Collector's Kubernetes events receiver (``k8seventsreceiver``) writes an
event's message alone as the line; its object, reason and count are attributes
(``k8s.object.kind``, ``k8s.object.name``, ``k8s.event.reason``, ``k8s.event.count``: after
Loki's OTLP ingestion ``k8s_object_kind``, ... as structured metadata) and its type is the
record's severity text; the Datadog Agent tags an event it collected ``kube_kind``,
``kube_name`` and ``kube_reason``, the Elastic Agent's ``kubernetes.event`` data stream
``kubernetes.event.involved_object.kind``, ``...name`` and ``kubernetes.event.reason``,
GKE's Cloud Logging ``jsonPayload.involvedObject.kind`` and ``jsonPayload.reason`` (its
object the ``k8s_pod`` entry's pod). An
export may carry the same fields in the line, as a JSON object: the Collector's attributes
beside the message as ``body``, or a Log Analytics ``KubeEvents`` row (``ObjectKind``,
``Name``, ``Reason``, ``Message``, ``KubeEventType``, ``Count``). ``event_line`` writes such a
record's line in the shape of Grafana Alloy's event handler (``name=... kind=Pod reason=Failed
type=Warning msg="..."``), which LogLens reads as an event about that object; ``as_read``
applies both to a record read. A ``LokiSource`` told the OTLP style
(``LOGLENS_LOKI_LABELS=otel``), the ViaQ one (``viaq``), Fluent Bit's (``fluentbit``),
Vector's (``vector``, ``vector-path``), Filebeat's (``filebeat``) or Datadog's (``datadog``)
writes those names into its LogQL stream selectors (``STYLE_LABELS``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

#: short name -> the label Loki's OTLP ingestion writes for it
OTEL_LABELS = {"namespace": "k8s_namespace_name", "pod": "k8s_pod_name",
               "container": "k8s_container_name", "node": "k8s_node_name",
               "app": "service_name"}
#: short name -> the label OpenShift Logging's ViaQ data model writes for it (no app label:
#: a stream's workload is its pod's)
VIAQ_LABELS = {"namespace": "kubernetes_namespace_name", "pod": "kubernetes_pod_name",
               "container": "kubernetes_container_name", "node": "kubernetes_host"}
#: short name -> the label Fluent Bit's Loki output writes with ``auto_kubernetes_labels on``
FLUENTBIT_LABELS = {"namespace": "namespace_name", "pod": "pod_name",
                    "container": "container_name", "node": "host"}
#: short name -> the label a Vector Loki sink's templates commonly give the ``kubernetes_logs``
#: source's fields (``pod_namespace = "{{ kubernetes.pod_namespace }}"``)
VECTOR_LABELS = {"namespace": "pod_namespace", "pod": "pod_name",
                 "container": "container_name", "node": "pod_node_name"}
#: short name -> the label a Vector Loki sink writes when it names the ``kubernetes_logs``
#: fields by their path (``kubernetes.pod_namespace`` as ``kubernetes_pod_namespace``)
VECTOR_PATH_LABELS = {"namespace": "kubernetes_pod_namespace", "pod": "kubernetes_pod_name",
                      "container": "kubernetes_container_name",
                      "node": "kubernetes_pod_node_name"}
#: short name -> Filebeat's ``add_kubernetes_metadata`` fields (Elastic's ECS), dots flattened
#: (``kubernetes.pod.name`` as ``kubernetes_pod_name``)
FILEBEAT_LABELS = {"namespace": "kubernetes_namespace", "pod": "kubernetes_pod_name",
                   "container": "kubernetes_container_name", "node": "kubernetes_node_name"}
#: short name -> the Datadog Agent's Kubernetes tags as labels (its ``host`` is the node)
DATADOG_LABELS = {"namespace": "kube_namespace", "pod": "pod_name",
                  "container": "kube_container_name", "node": "host"}
#: short name -> the labels the Loki Docker logging driver gives a container's stream (also
#: what a Promtail or Alloy Docker discovery is commonly relabelled to): the container's name
#: and its Docker host; its app is its Compose service (``compose_service``; the project is
#: the application it belongs to) or its Swarm service
DOCKER_LABELS = {"container": "container_name", "node": "host"}
#: short name -> GKE's Cloud Logging resource labels (``resource.labels.namespace_name``), as
#: Loki would name them; a pod's own labels are ``labels.k8s-pod/<name>``
GKE_LABELS = {"namespace": "resource_labels_namespace_name", "pod": "resource_labels_pod_name",
              "container": "resource_labels_container_name",
              "node": "resource_labels_node_name"}
#: short name -> Azure Monitor Container Insights' ``ContainerLogV2`` columns
AZURE_LABELS = {"namespace": "PodNamespace", "pod": "PodName", "container": "ContainerName",
                "node": "Computer"}
#: short name -> the columns other Log Analytics tables (``KubeEvents``, ``Syslog``) share
_LOG_ANALYTICS = {"namespace": "Namespace", "node": "Computer"}
#: labels that can only name a node (the pod's, or a host stream's own), read on any stream:
#: these styles' node labels (Fluent Bit's and Datadog's ``host`` may be a journal's machine)
_NODE_ONLY = tuple(names["node"] for names in (OTEL_LABELS, VIAQ_LABELS, FILEBEAT_LABELS,
                                               VECTOR_PATH_LABELS, GKE_LABELS, AZURE_LABELS))
#: a character Loki's label names cannot hold (its OTLP ingestion writes ``_`` for it)
_NOT_IN_NAME = re.compile(r"[^A-Za-z0-9_]")
#: the label names each ``LOGLENS_LOKI_LABELS`` style writes (``kubernetes``: the short ones)
STYLE_LABELS = {"otel": OTEL_LABELS, "viaq": VIAQ_LABELS, "fluentbit": FLUENTBIT_LABELS,
                "vector": VECTOR_LABELS, "vector-path": VECTOR_PATH_LABELS,
                "filebeat": FILEBEAT_LABELS, "datadog": DATADOG_LABELS}
#: per style: its names, the label that tells a stream is labelled in that style (only then
#: is its ``host``, Fluent Bit's or Datadog's, the pod's node, not a journal's machine that the
#: short names already read), and where such a stream takes its app from, first found first:
#: its workload's name, else the pod's ``app`` label (Datadog's ``service`` last: often the
#: image's name)
_STYLE_MARK: tuple[tuple[dict[str, str], str, tuple[str, ...]], ...] = (
    (VIAQ_LABELS, "kubernetes_namespace_name", ()),
    (FLUENTBIT_LABELS, "namespace_name", ()),
    (VECTOR_LABELS, "pod_namespace", ()),
    (VECTOR_PATH_LABELS, "kubernetes_pod_namespace",
     ("kubernetes_pod_labels_app", "kubernetes_pod_labels_app_kubernetes_io_name")),
    (FILEBEAT_LABELS, "kubernetes_namespace",
     ("kubernetes_deployment_name", "kubernetes_statefulset_name", "kubernetes_daemonset_name",
      "kubernetes_cronjob_name", "kubernetes_labels_app",
      "kubernetes_labels_app_kubernetes_io_name")),
    (DATADOG_LABELS, "kube_namespace",
     ("kube_deployment", "kube_stateful_set", "kube_daemon_set", "kube_cronjob",
      "kube_app_name", "service")),
    (GKE_LABELS, "resource_labels_namespace_name",
     ("labels_k8s_pod_app", "labels_k8s_pod_app_kubernetes_io_name")),
    (AZURE_LABELS, "PodNamespace", ()),
    (DOCKER_LABELS, "compose_service", ("compose_service",)),
    (DOCKER_LABELS, "swarm_service", ("swarm_service",)),
    (_LOG_ANALYTICS, "_ResourceId", ()),
    (_LOG_ANALYTICS, "Table", ()))
#: the OTLP names of a workload's namespace, pod, container and node (its app: ``_OTEL_APP``)
_OTEL_WORKLOAD = tuple((short, long) for short, long in OTEL_LABELS.items() if short != "app")
#: where an OTLP stream's app comes from, first found first (service_name last: the SDK's
#: service.name, or what Loki derived it from)
_OTEL_APP = ("k8s_deployment_name", "k8s_statefulset_name", "k8s_daemonset_name",
             "k8s_cronjob_name", "k8s_job_name", "service_name")


@lru_cache(maxsize=4096)
def _loki_names(names: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """``(name, Loki's name for it)`` for each of ``names`` that Loki could not hold (a
    stream's records share their label names: computed once a set)."""
    return tuple((name, safe) for name in names
                 if (safe := _NOT_IN_NAME.sub("_", name)) != name)


def loki_named(labels: Mapping[str, str]) -> Mapping[str, str]:
    """``labels`` plus, for each name Loki could not hold (``k8s.pod.name``,
    ``labels.k8s-pod/app``), the name its OTLP ingestion makes of it (``k8s_pod_name``,
    ``labels_k8s_pod_app``), where not already set; ``labels`` itself when every name is
    one Loki could hold."""
    renamed = _loki_names(tuple(labels))
    if not renamed:
        return labels
    out = dict(labels)
    for name, safe in renamed:
        out.setdefault(safe, labels[name])
    return out


def with_short_names(labels: Mapping[str, str]) -> dict[str, str]:
    """``labels`` plus the short names of the OTLP, ViaQ, Fluent Bit, Vector, Filebeat,
    Datadog, GKE and Azure ones it has (``loki_named`` first), where not already set. The app
    is taken from a styled stream's controller name or app label (``_STYLE_MARK``), and from
    ``service_name`` only on a stream with an OTLP namespace, pod or container: Loki adds
    ``service_name`` to every stream, and a Promtail stream's workload is its pod's."""
    return _short_names(loki_named(labels))


def _short_names(labels: Mapping[str, str]) -> dict[str, str]:
    """``with_short_names`` of labels ``loki_named`` already gave."""
    out = _styled_names(labels)
    if not (out.get("pod") or out.get("container")):
        _fill(out, labels, _suffixed(tuple(labels)))
    return out


def _fill(out: dict[str, str], labels: Mapping[str, str],
          pairs: Iterable[tuple[str, str]]) -> None:
    """Give ``out`` each short name of ``pairs`` (``(short, label)``) it lacks, from that
    label of ``labels`` where set."""
    for short, long in pairs:
        if not out.get(short) and labels.get(long):
            out[short] = labels[long]


#: short name -> the endings of the names a pipeline of its own may give it, most specific
#: first: a Logstash or Fluentd pipeline that renames the Kubernetes fields (``kube_pod``,
#: ``kube_container``, ``kube_label_app``, ``beat_hostname``); read only on a stream no
#: known style gave a pod or container, and only when one of its names ends as a pod's or a
#: container's does
_SUFFIXES = (
    ("pod", ("_pod_name", "_pod")),
    ("container", ("_container_name", "_container")),
    ("namespace", ("_namespace_name", "_namespace")),
    ("app", ("_deployment_name", "_deployment", "_statefulset_name", "_statefulset",
             "_daemonset_name", "_daemonset", "_label_app", "_labels_app",
             "_label_app_kubernetes_io_name", "_labels_app_kubernetes_io_name")),
    ("node", ("_node_name", "_node", "_hostname", "_host")))
#: names that end as one of those but are not: the OpenTelemetry resource attribute
#: ``service.namespace`` is an application's group, not a Kubernetes namespace
_NOT_SUFFIXED = frozenset({"service_namespace"})


@lru_cache(maxsize=4096)
def _suffixed(names: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """``(short name, label)`` pairs that ``_SUFFIXES`` reads from a stream's label
    ``names``, the first label found for each short name; none unless a pod or container
    is among them (a stream's records share their label names: computed once a set)."""
    found: list[tuple[str, str]] = []
    for short, endings in _SUFFIXES:
        label = next((n for e in endings for n in names
                      if n.endswith(e) and n != e.lstrip("_") and n not in _NOT_SUFFIXED),
                     None)
        if label is not None:
            found.append((short, label))
    return tuple(found) if any(s in ("pod", "container") for s, _ in found) else ()


def _styled_names(labels: Mapping[str, str]) -> dict[str, str]:
    """The short names the known styles (``_STYLE_MARK``, OTLP) give ``labels``."""
    out = dict(labels)
    if not out.get("node"):
        node = next((labels[k] for k in _NODE_ONLY if labels.get(k)), None)
        if node:
            out["node"] = node
    for names, mark, app_labels in _STYLE_MARK:
        if mark in labels:
            _fill(out, labels, names.items())
            app = next((labels[k] for k in app_labels if labels.get(k)), None)
            if app and not out.get("app"):
                out["app"] = app
    # a resource attribute of the whole cluster (``k8s_cluster_name``) is on a host's journal
    # too: only a namespace, pod or container makes the stream a workload's
    if not any(labels.get(OTEL_LABELS[k]) for k in ("namespace", "pod", "container")):
        return out
    _fill(out, labels, _OTEL_WORKLOAD)
    if not out.get("app"):
        key = next((k for k in _OTEL_APP if labels.get(k)), None)
        if key:
            out["app"] = (_CRONJOB_RUN.sub("", labels[key]) if key == "k8s_job_name"
                          else labels[key])
    return out


#: the suffix a CronJob gives each Job it creates: the scheduled time in minutes since the
#: epoch (``backup-29480940``: the workload is the CronJob ``backup``)
_CRONJOB_RUN = re.compile(r"(?<=[a-z0-9])-\d{8,}$")


#: the attributes that make a record an event of the Collector's Kubernetes events receiver
#: (object kind, object name, reason), as Loki names them: structured metadata, not labels
OTEL_EVENT_LABELS = ("k8s_object_kind", "k8s_object_name", "k8s_event_reason")
#: the same three as the Datadog Agent tags a Kubernetes event it collected
DATADOG_EVENT_LABELS = ("kube_kind", "kube_name", "kube_reason")
#: the same three as the Elastic Agent's (Metricbeat's) ``kubernetes.event`` data stream's
#: fields (``kubernetes.event.involved_object.kind``, ...), dots flattened
ELASTIC_EVENT_LABELS = ("kubernetes_event_involved_object_kind",
                        "kubernetes_event_involved_object_name", "kubernetes_event_reason")
#: the same three as GKE's Cloud Logging writes an event (``logs/events``: the Event is the
#: entry's ``jsonPayload``), as Loki names them; its object's name may be only the entry's
#: resource label (``resource.labels.pod_name`` of a ``k8s_pod`` entry: ``_GKE_OBJECT``)
GKE_EVENT_LABELS = ("jsonPayload_involvedObject_kind", "jsonPayload_involvedObject_name",
                    "jsonPayload_reason")
_GKE_OBJECT = {"Pod": "resource_labels_pod_name", "Node": "resource_labels_node_name"}
#: the same three as a Log Analytics ``KubeEvents`` row's columns
_AZURE_EVENT_FIELDS = ("ObjectKind", "Name", "Reason")
#: where such an event's type (Normal, Warning) is read from, first found first
_EVENT_TYPE_LABELS = ("k8s_event_type", "KubeEventType", "kubernetes_event_type",
                      "jsonPayload_type", "severity_text", "detected_level", "severity")
#: where its count is
_EVENT_COUNT_LABELS = ("k8s_event_count", "Count", "kubernetes_event_count", "jsonPayload_count")
#: the keys that make a JSON object line such an event: the Collector's attributes beside
#: the message (``"k8s.event.reason": ..., "body": ...``), a ``KubeEvents`` row, or an
#: ``events.k8s.io/v1`` Event (its object is ``regarding``)
_JSON_EVENT_KEYS = ('"k8s.event.reason"', '"ObjectKind"', '"regarding"')
#: where a JSON event's message is, first found first
_JSON_MESSAGE = ("body", "Message", "message")


def _events_v1(obj: Mapping[str, Any]) -> tuple[dict[str, str], str] | None:
    """The fields (as the Collector's events receiver's, ``OTEL_EVENT_LABELS``) and note of
    an ``events.k8s.io/v1`` Event, alone or as the Collector's k8sobjects receiver watching
    events writes it (``{"type": "ADDED", "object": {...}}``), else None."""
    wrapped = obj.get("object")
    event: Mapping[str, Any] = wrapped if isinstance(wrapped, dict) else obj
    regarding = event.get("regarding")
    if not isinstance(regarding, dict):
        return None
    values = (regarding.get("kind"), regarding.get("name"), event.get("reason"),
              event.get("type"), event.get("deprecatedCount"))
    fields = {k: str(v) for k, v in zip((*OTEL_EVENT_LABELS, "k8s_event_type",
                                         "k8s_event_count"), values, strict=True)
              if isinstance(v, str | int) and not isinstance(v, bool) and v != ""}
    note = event.get("note")
    return fields, note if isinstance(note, str) else ""


def _json_event(line: str) -> tuple[dict[str, str], str] | None:
    """The fields (their names as Loki would write them) and message of an event shipped as
    a JSON object line (``_JSON_EVENT_KEYS``), else None."""
    if not (line.lstrip().startswith("{") and any(k in line for k in _JSON_EVENT_KEYS)):
        return None
    try:
        obj = json.loads(line)
    except ValueError:
        return None
    if not isinstance(obj, dict):
        return None
    if '"regarding"' in line:
        return _events_v1(obj)
    fields = dict(loki_named({str(k): str(v) for k, v in obj.items()
                              if isinstance(v, str | int) and not isinstance(v, bool)}))
    message = next((fields[k] for k in _JSON_MESSAGE if fields.get(k)), "")
    return fields, message


def event_line(labels: Mapping[str, str], line: str) -> str:
    """``line`` as Alloy's event handler writes an event, when ``labels`` say it is the
    message of an event of the Collector's Kubernetes events receiver (or of one the Datadog
    Agent collected), or the line is such an event as a JSON object (``_json_event``); else
    ``line``."""
    return _event_line(loki_named(labels), line)


def _event_line(labels: Mapping[str, str], line: str) -> str:
    """``event_line`` of labels ``loki_named`` already gave."""
    found = _event_fields(labels)
    if found is None:
        json_event = _json_event(line)
        found = json_event and _event_fields(json_event[0])
        if not (json_event and found):
            return line
        labels, line = json_event
    kind, name, reason = found
    parts = [f"name={name}", f"kind={kind}", f"reason={reason}"]
    said = next((labels[k] for k in _EVENT_TYPE_LABELS if labels.get(k)), "")
    if said:
        parts.append("type=" + ("Warning" if said.lower().startswith("warn") else "Normal"))
    count = next((labels[k] for k in _EVENT_COUNT_LABELS if labels.get(k)), "")
    if count:
        parts.append(f"count={count}")
    quoted = line.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return " ".join(parts) + f' msg="{quoted}"'


def _event_fields(labels: Mapping[str, str]) -> tuple[str, str, str] | None:
    """An event's object kind, object name and reason, from whichever set of attributes
    ``labels`` carries whole."""
    for attrs in (OTEL_EVENT_LABELS, DATADOG_EVENT_LABELS, ELASTIC_EVENT_LABELS,
                  _AZURE_EVENT_FIELDS):
        kind, name, reason = (labels.get(k) for k in attrs)
        if kind and name and reason:
            return kind, name, reason
    kind, name, reason = (labels.get(k) for k in GKE_EVENT_LABELS)
    name = name or (labels.get(_GKE_OBJECT[kind]) if kind in _GKE_OBJECT else None)
    return (kind, name, reason) if kind and name and reason else None


def as_read(labels: Mapping[str, str], line: str) -> tuple[dict[str, str], str]:
    """A record's labels with their short names (``with_short_names``) and its line as
    LogLens reads it (``event_line``), Loki's names computed once for both."""
    named = loki_named(labels)
    return _short_names(named), _event_line(named, line)


#: the labels a host's own streams name their node with: Promtail's and Alloy's Kubernetes
#: discovery say ``node``; journal scrapes often keep the machine's ``host`` or ``hostname``;
#: the Promtail Helm chart's relabelling writes ``node_name``; the Collector's journald
#: receiver's ``host.name`` is ``host_name`` after Loki's OTLP ingestion; a journal shipped
#: with its own field names (Fluent Bit's ``systemd`` input, Vector's ``journald`` source)
#: names it ``_HOSTNAME``
HOST_LABELS = ("node", "host", "node_name", "hostname", "host_name", "_HOSTNAME")
#: Grafana's journal configurations (the k8s-monitoring Helm chart, Grafana Cloud's node
#: integration) write the journal's hostname as ``instance``: the node of a stream that no
#: ``namespace`` or ``pod`` makes a workload's (a pod's ``instance`` is often its release)
JOURNAL_INSTANCE = "instance"
#: a node named by its IP address (EKS's and OKE's ``10.0.10.9``): it has no short hostname
_NODE_IP = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")
#: every label a host's own stream may name its node with, for queries
NODE_LABELS = (*HOST_LABELS, JOURNAL_INSTANCE)


def hostname_parts(node: str) -> tuple[str, str] | None:
    """A node's name as its short hostname and its domain (``k8s-w03.pharm.lan``:
    ``("k8s-w03", "pharm.lan")``; ``k8s-w03``: ``("k8s-w03", "")``), which a host's syslog or
    journal shipper and Kubernetes may write apart; None for an IP address."""
    if _NODE_IP.fullmatch(node):
        return None
    short, _, domain = node.partition(".")
    return short, domain


def host_label(labels: Mapping[str, str]) -> str | None:
    """The node a stream's labels name (``HOST_LABELS``, first found; else a host stream's
    ``instance`` that is no ``host:port``)."""
    found = next((labels[k] for k in HOST_LABELS if labels.get(k)), None)
    if found is None and not labels.get("namespace") and not labels.get("pod"):
        instance = labels.get(JOURNAL_INSTANCE)
        if instance and ":" not in instance:
            return instance
    return found
