#!/usr/bin/env python3
"""Generate the dev26 held-out evaluation set for LogLens.

Standard library only, deterministic (fixed seed).  Usage:

    python3 make_dev26.py [OUTPUT]          # default /tmp/dev26/dev26.jsonl
    python3 make_dev26.py --stats [OUTPUT]  # also print aggregate counts

Themes: satellite ground stations / space operations, mining and quarry
operations, fitness and wearables.  Every record uses exactly one log-shipper
label convention for all of its streams (containers, Kubernetes events and
node/journald streams).
"""
import hashlib
import json
import random
import re
import sys
from collections import Counter
from datetime import datetime, timedelta, timezone

SEED = 202626
RNG = random.Random(SEED)

DEFAULT_OUT = "/tmp/dev26/dev26.jsonl"
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
          "Oct", "Nov", "Dec"]


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------

def hexs(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def alnum(n):
    return "".join(RNG.choice("bcdfghjklmnpqrstvwxz2456789") for _ in range(n))


def uid():
    return f"{hexs(8)}-{hexs(4)}-4{hexs(3)}-{RNG.choice('89ab')}{hexs(3)}-{hexs(12)}"


def podname(deploy, same_rs=None):
    """Deployment-style pod name: <deploy>-<rs hash>-<5 chars>; same_rs reuses another pod's ReplicaSet."""
    if same_rs:
        return f"{same_rs.rsplit('-', 1)[0]}-{alnum(5)}"
    return f"{deploy}-{alnum(9) if RNG.random() < 0.5 else alnum(10)}-{alnum(5)}"


def fmt_time(t, kind):
    ms = t.microsecond // 1000
    if kind == "iso":
        return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms:03d}Z"
    if kind == "iso6":
        return t.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    if kind == "iso9":
        return t.strftime("%Y-%m-%dT%H:%M:%S.%f") + f"{RNG.randint(0, 999):03d}Z"
    if kind == "isos":
        return t.strftime("%Y-%m-%dT%H:%M:%SZ")
    if kind == "isooff":
        return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms:03d}+00:00"
    if kind == "klog":
        return t.strftime("%m%d %H:%M:%S.%f")
    if kind == "pg":
        return t.strftime("%Y-%m-%d %H:%M:%S.") + f"{ms:03d} UTC"
    if kind == "redis":
        return f"{t.day:02d} {MONTHS[t.month - 1]} {t.year} " + t.strftime("%H:%M:%S.") + f"{ms:03d}"
    if kind == "comma":  # kafka / python logging / cassandra / log4j
        return t.strftime("%Y-%m-%d %H:%M:%S,") + f"{ms:03d}"
    if kind == "space":
        return t.strftime("%Y-%m-%d %H:%M:%S.") + f"{ms:03d}"
    if kind == "nats":
        return t.strftime("%Y/%m/%d %H:%M:%S.%f")
    if kind == "nginx":
        return f"{t.day:02d}/{MONTHS[t.month - 1]}/{t.year}:" + t.strftime("%H:%M:%S +0000")
    if kind == "haproxy":
        return f"{t.day:02d}/{MONTHS[t.month - 1]}/{t.year}:" + t.strftime("%H:%M:%S.") + f"{ms:03d}"
    if kind == "hms":
        return t.strftime("%H:%M:%S.") + f"{ms:03d}"
    if kind == "epoch":
        return f"{t.timestamp():.6f}"
    if kind == "epochs":
        return str(int(t.timestamp()))
    if kind == "epochms":
        return str(int(t.timestamp() * 1000))
    if kind == "syslog":
        return f"{MONTHS[t.month - 1]} {t.day:2d} " + t.strftime("%H:%M:%S")
    if kind == "slash":
        return t.strftime("%Y/%m/%d %H:%M:%S")
    raise ValueError(kind)


TOKEN = re.compile(r"\{\{T:([a-z0-9]+)(?:\+(\d+))?\}\}")


def render(line, t):
    """Replace {{T:kind}} (or {{T:kind+SECONDS}}) with the line's time in that format."""
    return TOKEN.sub(lambda m: fmt_time(t + timedelta(seconds=int(m.group(2) or 0)), m.group(1)), line)


# --------------------------------------------------------------------------
# log-shipper label conventions
#   spec kinds: container (ns, pod, container, node, app)
#               event     (ns)            -- Kubernetes events stream
#               journal   (node, unit)    -- node / journald stream
#   each convention also formats event lines the way that pipeline stores them
# --------------------------------------------------------------------------

class Convention:
    name = "?"

    def __init__(self, rec):
        self.rec = rec

    def labels(self, spec):
        raise NotImplementedError

    def event_line(self, t, e):
        raise NotImplementedError


def _evobj(t, e, ns):
    """Minimal core/v1 Event as JSON-ish dict."""
    ts = fmt_time(t, "isos")
    if "first" not in e and e.get("count", 1) > 1:
        e = dict(e, first=fmt_time(t - timedelta(seconds=12 * (e["count"] - 1) + RNG.randint(0, 9)), "isos"))
    return {
        "metadata": {"name": f"{e['name']}.{hexs(16)}", "namespace": ns,
                     "uid": uid(), "resourceVersion": str(RNG.randint(1000000, 99999999)),
                     "creationTimestamp": ts},
        "reason": e["reason"], "message": e["msg"],
        "source": {"component": e.get("src", "kubelet"), **({"host": e["host"]} if e.get("host") else {})},
        "firstTimestamp": e.get("first", ts), "lastTimestamp": ts, "count": e.get("count", 1),
        "type": e.get("type", "Normal"),
        "involvedObject": {"kind": e.get("kind", "Pod"), "namespace": ns, "name": e["name"],
                           "apiVersion": e.get("api", "v1")},
    }


def js(o):
    return json.dumps(o, separators=(",", ":"))


class Promtail(Convention):
    """Grafana Promtail (loki-stack helm chart, kubernetes_sd + journal scrape);
    events come from a kubernetes-event-exporter pod."""
    name = "promtail"

    def labels(self, s):
        if s["kind"] == "container":
            return {"namespace": s["ns"], "pod": s["pod"], "container": s["container"],
                    "node_name": s["node"], "app": s.get("app", s["container"]),
                    "job": f"{s['ns']}/{s.get('app', s['container'])}", "stream": s.get("stream", "stdout"),
                    "filename": f"/var/log/pods/{s['ns']}_{s['pod']}_{s['poduid']}/{s['container']}/0.log"}
        if s["kind"] == "event":
            return {"namespace": "monitoring", "pod": self.rec.exporter_pod, "container": "event-exporter",
                    "node_name": s["node"], "app": "event-exporter", "job": "monitoring/event-exporter",
                    "stream": "stderr",
                    "filename": f"/var/log/pods/monitoring_{self.rec.exporter_pod}_{self.rec.exporter_uid}/event-exporter/0.log"}
        return {"job": "systemd-journal", "unit": s["unit"], "hostname": s["node"]}

    def event_line(self, t, e, ns):
        o = _evobj(t, e, ns)
        return js({"level": "debug", "time": fmt_time(t, "isos"), "msg": f"Event {e['reason']}",
                   "involvedObject": o["involvedObject"], "reason": o["reason"], "message": o["message"],
                   "source": o["source"], "count": o["count"], "type": o["type"]})


class Alloy(Convention):
    """Grafana Alloy via k8s-monitoring helm chart (pod logs, eventhandler, journal)."""
    name = "grafana-alloy"

    def labels(self, s):
        c = self.rec.cluster
        if s["kind"] == "container":
            return {"cluster": c, "namespace": s["ns"], "pod": s["pod"], "container": s["container"],
                    "job": f"{s['ns']}/{s['container']}", "app_kubernetes_io_name": s.get("app", s["container"]),
                    "service_name": s.get("app", s["container"])}
        if s["kind"] == "event":
            return {"cluster": c, "namespace": s["ns"], "job": "integrations/kubernetes/eventhandler",
                    "service_name": "integrations/kubernetes/eventhandler"}
        return {"cluster": c, "job": "integrations/kubernetes/journal", "unit": s["unit"],
                "instance": s["node"], "service_name": s["unit"].replace(".service", "")}

    def event_line(self, t, e, ns):
        parts = [f"type={e.get('type', 'Normal')}", f"reason={e['reason']}", f"kind={e.get('kind', 'Pod')}",
                 f"name={e['name']}", f"objectAPIversion={e.get('api', 'v1')}",
                 f"objectRV={RNG.randint(100000, 9999999)}", f"eventRV={RNG.randint(100000, 9999999)}",
                 f"sourcecomponent={e.get('src', 'kubelet')}"]
        if e.get("host"):
            parts.append(f"sourcehost={e['host']}")
        parts.append(f"count={e.get('count', 1)}")
        parts.append("msg=" + json.dumps(e["msg"]))
        return " ".join(parts)


class OtelLoki(Convention):
    """OpenTelemetry Collector (filelog + k8sattributes, k8s_events, journald) -> Loki OTLP."""
    name = "otel-collector-loki-otlp"

    def labels(self, s):
        c = self.rec.cluster
        if s["kind"] == "container":
            d = {"k8s_cluster_name": c, "k8s_namespace_name": s["ns"], "k8s_pod_name": s["pod"],
                 "k8s_container_name": s["container"], "k8s_node_name": s["node"],
                 "service_name": s.get("app", s["container"])}
            if s.get("owner"):
                d[f"k8s_{s['owner'][0]}_name"] = s["owner"][1]
            return d
        if s["kind"] == "event":
            return {"k8s_cluster_name": c, "k8s_namespace_name": s["ns"], "service_name": "k8s_events",
                    "event_domain": "k8s"}
        return {"k8s_cluster_name": c, "k8s_node_name": s["node"], "service_name": s["unit"].replace(".service", ""),
                "log_source": "journald"}

    def event_line(self, t, e, ns):
        return js({"k8s.event.reason": e["reason"], "k8s.event.type": e.get("type", "Normal"),
                   "k8s.object.kind": e.get("kind", "Pod"), "k8s.object.name": e["name"],
                   "k8s.event.count": e.get("count", 1), "body": e["msg"]})


class FluentBit(Convention):
    """Fluent Bit (tail + kubernetes filter, kubernetes_events input, systemd input) -> loki output."""
    name = "fluent-bit-loki"

    def labels(self, s):
        if s["kind"] == "container":
            return {"job": "fluent-bit", "namespace_name": s["ns"], "pod_name": s["pod"],
                    "container_name": s["container"], "host": s["node"],
                    "labels_app": s.get("app", s["container"])}
        if s["kind"] == "event":
            return {"job": "fluent-bit", "namespace_name": s["ns"], "tag": "k8s_events"}
        return {"job": "fluent-bit", "host": s["node"], "systemd_unit": s["unit"], "tag": "host.systemd"}

    def event_line(self, t, e, ns):
        return js(_evobj(t, e, ns))


class Vector(Convention):
    """Vector (kubernetes_logs source, journald source) -> Loki sink; events via event-exporter pod."""
    name = "vector"

    def labels(self, s):
        if s["kind"] == "container":
            return {"source_type": "kubernetes_logs", "kubernetes_pod_namespace": s["ns"],
                    "kubernetes_pod_name": s["pod"], "kubernetes_container_name": s["container"],
                    "kubernetes_pod_node_name": s["node"], "stream": s.get("stream", "stdout")}
        if s["kind"] == "event":
            return {"source_type": "kubernetes_logs", "kubernetes_pod_namespace": "observability",
                    "kubernetes_pod_name": self.rec.exporter_pod, "kubernetes_container_name": "event-exporter",
                    "kubernetes_pod_node_name": s["node"], "stream": "stdout"}
        if self.rec.distro == "Talos":
            return {"source_type": "socket", "host": s["node"], "talos_service": s["unit"]}
        return {"source_type": "journald", "host": s["node"], "systemd_unit": s["unit"]}

    def event_line(self, t, e, ns):
        o = _evobj(t, e, ns)
        return js(o)


class Datadog(Convention):
    """Datadog Agent (container log collection, kubernetes_apiserver events, journald integration)."""
    name = "datadog-agent"

    def labels(self, s):
        c = self.rec.cluster
        if s["kind"] == "container":
            d = {"source": s.get("source", s["container"]), "service": s.get("app", s["container"]),
                 "kube_namespace": s["ns"], "pod_name": s["pod"], "kube_container_name": s["container"],
                 "host": s["node"], "kube_cluster_name": c}
            if s.get("owner"):
                d[f"kube_{s['owner'][0]}"] = s["owner"][1]
            return d
        if s["kind"] == "event":
            return {"source": "kubernetes", "service": "kube-apiserver", "kube_namespace": s["ns"],
                    "kube_cluster_name": c}
        return {"source": "journald", "service": s["unit"].replace(".service", ""), "host": s["node"],
                "kube_cluster_name": c}

    def event_line(self, t, e, ns):
        return (f"Events from the {e.get('kind', 'Pod')} {ns}/{e['name']}: "
                f"{e.get('count', 1)} {e['reason']}: {e['msg']}")


class Filebeat(Convention):
    """Elastic Agent / Filebeat with ECS fields (container logs, kubernetes.event, journald)."""
    name = "elastic-filebeat-ecs"

    def labels(self, s):
        c = self.rec.cluster
        if s["kind"] == "container":
            return {"data_stream.dataset": "kubernetes.container_logs", "orchestrator.cluster.name": c,
                    "kubernetes.namespace": s["ns"], "kubernetes.pod.name": s["pod"],
                    "kubernetes.container.name": s["container"], "kubernetes.node.name": s["node"],
                    "kubernetes.labels.app": s.get("app", s["container"]), "stream": s.get("stream", "stdout")}
        if s["kind"] == "event":
            return {"data_stream.dataset": "kubernetes.event", "orchestrator.cluster.name": c,
                    "kubernetes.namespace": s["ns"]}
        return {"data_stream.dataset": "journald", "orchestrator.cluster.name": c, "host.hostname": s["node"],
                "systemd.unit": s["unit"]}

    def event_line(self, t, e, ns):
        return js({"kubernetes": {"event": {"reason": e["reason"], "type": e.get("type", "Normal"),
                                            "count": e.get("count", 1),
                                            "involved_object": {"kind": e.get("kind", "Pod"), "name": e["name"]},
                                            "message": e["msg"]}}})


class SplunkOtel(Convention):
    """Splunk OpenTelemetry Collector for Kubernetes -> Splunk HEC."""
    name = "splunk-otel-collector"

    def labels(self, s):
        c = self.rec.cluster
        if s["kind"] == "container":
            return {"index": "k8s_logs", "sourcetype": f"kube:container:{s['container']}",
                    "source": f"/var/log/pods/{s['ns']}_{s['pod']}_{s['poduid']}/{s['container']}/0.log",
                    "k8s.cluster.name": c, "k8s.namespace.name": s["ns"], "k8s.pod.name": s["pod"],
                    "k8s.container.name": s["container"], "k8s.node.name": s["node"]}
        if s["kind"] == "event":
            return {"index": "k8s_events", "sourcetype": "kube:object:events", "source": "kubelet",
                    "k8s.cluster.name": c, "k8s.namespace.name": s["ns"]}
        return {"index": "k8s_logs", "sourcetype": f"kube:journald:{s['unit']}", "source": "/var/log/journal",
                "k8s.cluster.name": c, "host.name": s["node"]}

    def event_line(self, t, e, ns):
        return js(_evobj(t, e, ns))


class GcpLogging(Convention):
    """Google Cloud Logging on GKE (k8s_container / k8s_pod / k8s_node resources)."""
    name = "gcp-cloud-logging"

    def labels(self, s):
        r = self.rec
        base = {"resource.labels.project_id": r.project, "resource.labels.location": r.location,
                "resource.labels.cluster_name": r.cluster}
        if s["kind"] == "container":
            return {"resource.type": "k8s_container", **base, "resource.labels.namespace_name": s["ns"],
                    "resource.labels.pod_name": s["pod"], "resource.labels.container_name": s["container"],
                    "labels.k8s-pod/app": s.get("app", s["container"]),
                    "logName": f"projects/{r.project}/logs/{s.get('stream', 'stdout')}"}
        if s["kind"] == "event":
            return {"resource.type": "k8s_pod", **base, "resource.labels.namespace_name": s["ns"],
                    "logName": f"projects/{r.project}/logs/events"}
        return {"resource.type": "k8s_node", **base, "resource.labels.node_name": s["node"],
                "logName": f"projects/{r.project}/logs/{s['unit'].replace('.service', '')}"}

    def event_line(self, t, e, ns):
        o = _evobj(t, e, ns)
        o.pop("metadata")
        return js(o)


class CloudWatch(Convention):
    """Amazon CloudWatch Container Insights (aws-for-fluent-bit); events via event-exporter pod."""
    name = "aws-cloudwatch-container-insights"

    def labels(self, s):
        c = self.rec.cluster
        if s["kind"] == "container":
            return {"log_group": f"/aws/containerinsights/{c}/application",
                    "log_stream": f"{s['pod']}_{s['ns']}_{s['container']}-{s['cid']}",
                    "kubernetes.namespace_name": s["ns"], "kubernetes.pod_name": s["pod"],
                    "kubernetes.container_name": s["container"], "kubernetes.host": s["node"]}
        if s["kind"] == "event":
            return {"log_group": f"/aws/containerinsights/{c}/application",
                    "log_stream": f"{self.rec.exporter_pod}_kube-system_event-exporter-{self.rec.exporter_cid}",
                    "kubernetes.namespace_name": "kube-system", "kubernetes.pod_name": self.rec.exporter_pod,
                    "kubernetes.container_name": "event-exporter", "kubernetes.host": s["node"]}
        return {"log_group": f"/aws/containerinsights/{c}/dataplane",
                "log_stream": f"{s['unit']}-{s['node']}", "kubernetes.host": s["node"]}

    def event_line(self, t, e, ns):
        o = _evobj(t, e, ns)
        return js({"level": "info", "ts": fmt_time(t, "iso"), "reason": o["reason"], "type": o["type"],
                   "involvedObject": o["involvedObject"], "message": o["message"], "count": o["count"],
                   "source": o["source"]})


class AzureMonitor(Convention):
    """Azure Monitor Container Insights (ContainerLogV2, KubeEvents, Syslog tables)."""
    name = "azure-monitor-container-insights"

    def labels(self, s):
        r = self.rec
        rid = (f"/subscriptions/{r.subscription}/resourceGroups/{r.resource_group}/providers/"
               f"Microsoft.ContainerService/managedClusters/{r.cluster}")
        if s["kind"] == "container":
            return {"Table": "ContainerLogV2", "PodNamespace": s["ns"], "PodName": s["pod"],
                    "ContainerName": s["container"], "Computer": s["node"], "LogSource": s.get("stream", "stdout"),
                    "_ResourceId": rid}
        if s["kind"] == "event":
            return {"Table": "KubeEvents", "Namespace": s["ns"], "ClusterName": r.cluster, "_ResourceId": rid}
        return {"Table": "Syslog", "Computer": s["node"], "ProcessName": s["unit"].replace(".service", ""),
                "Facility": "daemon", "_ResourceId": rid}

    def event_line(self, t, e, ns):
        return js({"ObjectKind": e.get("kind", "Pod"), "Name": e["name"], "Reason": e["reason"],
                   "Message": e["msg"], "KubeEventType": e.get("type", "Normal"),
                   "SourceComponent": e.get("src", "kubelet"), "Computer": e.get("host", ""),
                   "Count": e.get("count", 1)})


class OpenShiftLogging(Convention):
    """Red Hat OpenShift Logging (ClusterLogForwarder/Vector -> LokiStack); events via eventrouter."""
    name = "openshift-logging-lokistack"

    def labels(self, s):
        if s["kind"] == "container":
            lt = "infrastructure" if s["ns"].startswith(("openshift", "kube")) else "application"
            return {"log_type": lt, "kubernetes_namespace_name": s["ns"], "kubernetes_pod_name": s["pod"],
                    "kubernetes_container_name": s["container"], "kubernetes_host": s["node"],
                    "openshift_log_type": lt}
        if s["kind"] == "event":
            return {"log_type": "infrastructure", "kubernetes_namespace_name": "openshift-logging",
                    "kubernetes_pod_name": self.rec.exporter_pod, "kubernetes_container_name": "kube-eventrouter",
                    "kubernetes_host": s["node"], "openshift_log_type": "infrastructure"}
        return {"log_type": "infrastructure", "kubernetes_host": s["node"], "systemd_unit": s["unit"],
                "openshift_log_type": "infrastructure"}

    def event_line(self, t, e, ns):
        o = _evobj(t, e, ns)
        return js({"verb": "ADDED", "event": o})


CONVENTIONS = {c.name: c for c in (Promtail, Alloy, OtelLoki, FluentBit, Vector, Datadog, Filebeat,
                                    SplunkOtel, GcpLogging, CloudWatch, AzureMonitor, OpenShiftLogging)}


# --------------------------------------------------------------------------
# record builder
# --------------------------------------------------------------------------

class Rec:
    def __init__(self, rid, theme, distro, shipper, start, cluster, question=None, selector=None, **kw):
        self.rid, self.theme, self.distro, self.shipper = rid, theme, distro, shipper
        self.start = datetime.strptime(start, "%Y-%m-%dT%H:%M:%S").replace(tzinfo=timezone.utc)
        self.cluster = cluster
        self.question = question
        self.selector = selector
        for k, v in kw.items():
            setattr(self, k, v)
        default_exporter = "eventrouter" if shipper == "openshift-logging-lokistack" else "event-exporter"
        self.exporter_pod = kw.get("exporter_pod", podname(default_exporter))
        self.exporter_cid = hexs(64)
        self.exporter_uid = uid()
        self.conv = CONVENTIONS[shipper](self)
        self.streams = {}
        self.items = []  # (sec, seq, stream, line-or-event, is_event, evidence)

    def c(self, key, ns, pod, container, node, app=None, **extra):
        self.streams[key] = dict(kind="container", ns=ns, pod=pod, container=container, node=node,
                                 app=app or container, poduid=uid(), cid=hexs(64), **extra)
        return self

    def ev_stream(self, key, ns, node):
        self.streams[key] = dict(kind="event", ns=ns, node=node)
        return self

    def j(self, key, node, unit):
        self.streams[key] = dict(kind="journal", node=node, unit=unit)
        return self

    def at(self, sec, key, line, ev=False):
        self.items.append((sec, len(self.items), key, line, False, ev))
        return self

    def event(self, sec, key, ev=False, **e):
        self.items.append((sec, len(self.items), key, e, True, ev))
        return self

    def build(self, severity, category, component, root_cause, summary, action):
        items = sorted(self.items, key=lambda x: (x[0], x[1]))
        logs, evidence = [], []
        prev = None
        for i, (sec, _, key, payload, is_event, is_ev) in enumerate(items):
            t = self.start + timedelta(seconds=sec, microseconds=RNG.randint(0, 350000))
            if prev is not None and t <= prev:
                t = prev + timedelta(microseconds=RNG.randint(1000, 9000))
            prev = t
            spec = self.streams[key]
            if is_event:
                line = self.conv.event_line(t, payload, spec["ns"])
            else:
                line = render(payload, t)
            logs.append({"ts": fmt_time(t, "iso"), "labels": self.conv.labels(spec), "line": line})
            if is_ev:
                evidence.append(i)
        exp = {"severity": severity, "root_cause_category": category}
        if component:
            exp["component"] = component
        exp.update({"root_cause": root_cause, "summary": summary, "action": action, "evidence": evidence})
        rec = {"id": self.rid, "source": f"synthetic:dev26_{self.theme}",
               "question": self.question, "selector": self.selector, "logs": logs, "expected": exp}
        META[self.rid] = dict(theme=self.theme, distro=self.distro, shipper=self.conv.name,
                              category=category, severity=severity)
        return rec


META = {}
RECORDS = []


def record(fn):
    RECORDS.append(fn)
    return fn


def sel(ns=None, pod=None, container=None, node=None, app=None):
    return {"namespace": ns, "pod": pod, "container": container, "node": node, "app": app}


# ==========================================================================
# records
# ==========================================================================

@record
def r01():
    node_a = "gke-gs-ops-prod-euw4-default-pool-3f9a1c2e-k8zq"
    node_b = "gke-gs-ops-prod-euw4-default-pool-3f9a1c2e-w1tm"
    r = Rec("dev26-001", "satellite", "GKE", "gcp-cloud-logging", "2026-02-11T03:41:00",
            "gs-ops-prod-euw4", question="Anything wrong in the ground-segment namespace during the last pass?",
            selector=sel(ns="groundseg"), project="orbitlink-groundseg-prod", location="europe-west4")
    dl = podname("downlink-ingest")
    ps = podname("pass-scheduler")
    tle = f"tle-refresh-2951{RNG.randint(100, 999)}-{alnum(5)}"
    r.c("dl", "groundseg", dl, "downlink-ingest", node_a)
    r.c("ps", "groundseg", ps, "pass-scheduler", node_b)
    r.c("tle", "groundseg", tle, "tle-refresh", node_b, app="tle-refresh", stream="stderr")
    r.ev_stream("ev", "groundseg", node_b)
    r.j("kl", node_a, "kubelet.service")
    Z = '{"level":"%s","ts":{{T:epoch}},"caller":"%s","msg":"%s"%s}'
    r.at(0.0, "ps", '{"event": "pass plan published", "station": "gs-pun-02", "norad_id": 58213, "aos": "2026-02-11T03:42:10Z", "los": "2026-02-11T03:53:47Z", "max_el_deg": 71.4, "level": "info", "timestamp": "{{T:iso6}}"}')
    r.at(4.2, "kl", 'I{{T:klog}}    2241 kubelet.go:2486] "SyncLoop (probe)" probe="readiness" status="ready" pod="groundseg/' + dl + '"')
    r.at(9.0, "tle", '{{T:comma}} INFO tle_refresh: fetching GP elements group=active format=tle mirror=https://celestrak-mirror.internal.orbitlink.io')
    r.at(19.3, "tle", '{{T:comma}} WARNING urllib3.connectionpool: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by \'ReadTimeoutError("HTTPSConnectionPool(host=\'celestrak-mirror.internal.orbitlink.io\', port=443): Read timed out. (read timeout=10)")\': /NORAD/elements/gp.php?GROUP=active&FORMAT=tle')
    r.at(21.0, "tle", '{{T:comma}} INFO tle_refresh: received 9412 element sets (1.9 MiB) in 1.6s')
    r.at(22.4, "tle", '{{T:comma}} INFO tle_refresh: catalog updated: 9412 objects, 37 changed epochs, 0 parse errors; wrote gs://orbitlink-groundseg-prod-tle/active/20260211T0341Z.tle')
    r.event(23.5, "ev", reason="Completed", kind="Job", name=tle.rsplit("-", 1)[0], api="batch/v1",
            src="job-controller", msg="Job completed")
    r.at(70.0, "dl", Z % ("info", "session/session.go:212", "AOS: carrier lock acquired",
                          ',"station":"gs-pun-02","norad_id":58213,"band":"X","symbol_rate_msps":150,"modcod":"DVB-S2 8PSK 3/4"'))
    r.at(70.9, "dl", Z % ("info", "session/framer.go:88", "frame sync acquired",
                          ',"station":"gs-pun-02","asm":"1ACFFC1D","frame_len":8920'))
    r.at(95.2, "dl", Z % ("warn", "session/framer.go:141", "CRC errors during low-elevation segment",
                          ',"station":"gs-pun-02","elevation_deg":6.2,"crc_err":41,"frames":21877,"err_ratio":0.0019'))
    r.at(130.0, "ps", '{"event": "antenna track nominal", "station": "gs-pun-02", "az_err_mdeg": 12, "el_err_mdeg": 9, "level": "info", "timestamp": "{{T:iso6}}"}')
    r.at(240.6, "dl", Z % ("info", "session/stats.go:55", "link stats",
                           ',"station":"gs-pun-02","eb_n0_db":11.8,"frames_ok":612344,"crc_err":57,"rs_corrected":3121'))
    r.at(300.0, "kl", 'I{{T:klog}}    2241 kubelet.go:2486] "SyncLoop (probe)" probe="readiness" status="ready" pod="groundseg/' + ps + '"')
    r.at(352.0, "ps", '{"event": "upcoming pass", "station": "gs-kir-01", "norad_id": 57320, "aos": "2026-02-11T04:05:31Z", "level": "info", "timestamp": "{{T:iso6}}"}')
    r.at(467.4, "dl", Z % ("info", "session/session.go:301", "LOS: carrier lost, closing session",
                           ',"station":"gs-pun-02","norad_id":58213,"duration_s":697.2'))
    r.at(468.0, "dl", Z % ("info", "session/flush.go:64", "segment sealed",
                           ',"station":"gs-pun-02","frames_total":1788210,"crc_err":213,"bytes":15950833200'))
    r.at(481.9, "dl", Z % ("info", "upload/gcs.go:119", "uploaded raw segment",
                           ',"object":"gs://orbitlink-groundseg-prod-raw/58213/20260211T034210Z.cadu","attempt":1,"elapsed_s":13.7'))
    r.at(482.5, "dl", Z % ("debug", "upload/gcs.go:131", "error=nil checksum=crc32c:verified", ""))
    r.at(490.0, "ps", '{"event": "pass closed", "station": "gs-pun-02", "norad_id": 58213, "result": "complete", "data_volume_gb": 15.95, "level": "info", "timestamp": "{{T:iso6}}"}')
    return r.build("INFO", "none", None,
                   "No incident: a complete X-band pass, a successful TLE refresh after one retried read timeout, and expected CRC errors at low elevation.",
                   "Normal ground-segment activity during one satellite pass; all data uploaded.",
                   "Nothing to do.")


@record
def r02():
    n1, n2, n3 = "pit3-edge-01", "pit3-edge-02", "pit3-edge-03"
    r = Rec("dev26-002", "mining", "k3s", "promtail", "2026-03-04T14:12:00", "pit3-edge",
            question="Is the haulage stack at pit 3 healthy right now?", selector=sel(ns="haulage"))
    tg = podname("telematics-gw")
    mq = "mosquitto-0"
    fd = podname("fleet-dispatch")
    cv = podname("conveyor-poller")
    tr = podname("traefik")
    r.c("tg", "haulage", tg, "telematics-gw", n2)
    r.c("mq", "haulage", mq, "mosquitto", n3)
    r.c("fd", "haulage", fd, "fleet-dispatch", n2)
    r.c("cv", "haulage", cv, "conveyor-poller", n3)
    r.c("tr", "kube-system", tr, "traefik", n1)
    r.ev_stream("ev", "haulage", n1)
    r.j("k3s", n2, "k3s-agent.service")
    R = "{{T:iso6}}  %s %s: %s"
    r.at(0.0, "tg", R % ("INFO", "telematics_gw::decode", "payload decoded truck=HT-114 speed_kph=31.2 payload_t=221.4 fuel_pct=63 gear=F4"))
    r.at(1.1, "fd", "{{T:isooff}}  INFO 1 --- [fleet-dispatch] [   scheduling-1] c.q.dispatch.AssignmentEngine            : Assigned HT-114 -> EX-03 (bench 4N) queue=2 eta=184s")
    r.at(2.7, "cv", "{{T:comma}} INFO conveyor_poller: CV-201 belt_speed=4.02m/s motor_current=388A tph=2140 alarms=0")
    r.at(4.0, "mq", "{{T:epochs}}: Client truck-HT-207 has exceeded timeout, disconnecting.")
    r.at(6.3, "tg", R % ("WARN", "telematics_gw::gnss", "GNSS fix lost truck=HT-207 last_hdop=4.8 zone=ramp-R2 mode=dead_reckoning"))
    r.at(9.8, "tr", '10.42.0.1 - - [{{T:nginx}}] "GET /api/v1/fleet/status HTTP/1.1" 200 5231 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)" 48812 "haulage-fleet-dispatch-web@kubernetescrd" "http://10.42.1.33:8080" 14ms')
    r.at(12.5, "cv", "{{T:comma}} WARNING pymodbus.logging: No response received after 1 retries, continue with next request")
    r.at(12.9, "cv", "{{T:comma}} INFO conveyor_poller: CV-204 read ok on retry unit=12 belt_speed=3.98m/s tph=1875")
    r.at(18.0, "fd", "{{T:isooff}}  INFO 1 --- [fleet-dispatch] [   scheduling-1] c.q.dispatch.AssignmentEngine            : Assigned HT-131 -> EX-01 (bench 2S) queue=1 eta=97s")
    r.at(21.4, "k3s", 'I{{T:klog}}    1187 kubelet.go:2486] "SyncLoop (probe)" probe="readiness" status="ready" pod="haulage/' + fd + '"')
    r.at(33.0, "mq", "{{T:epochs}}: New client connected from 10.20.4.57:40112 as truck-HT-207 (p2, c0, k30, u'ht207').")
    r.at(33.6, "tg", R % ("INFO", "telematics_gw::session", "truck reconnected truck=HT-207 buffered_msgs=41 replayed=41 gap_s=29"))
    r.at(34.2, "tg", R % ("INFO", "telematics_gw::gnss", "GNSS fix restored truck=HT-207 sats=14 hdop=0.9"))
    r.at(41.0, "tr", '10.42.0.1 - - [{{T:nginx}}] "POST /api/v1/delays HTTP/1.1" 201 88 "-" "dispatch-tablet/5.2.1 (Android 13)" 48840 "haulage-fleet-dispatch-web@kubernetescrd" "http://10.42.1.33:8080" 22ms')
    r.at(41.4, "fd", "{{T:isooff}}  INFO 1 --- [fleet-dispatch] [nio-8080-exec-4] c.q.dispatch.DelayController             : Delay logged HT-088 code=D12 (crusher full) duration=240s")
    srp = "shift-report-29541600-" + alnum(5)
    r.event(60.0, "ev", reason="SuccessfulCreate", kind="Job", name="shift-report-29541600", api="batch/v1",
            src="job-controller", msg="Created pod: " + srp)
    r.event(64.0, "ev", reason="Pulled", name=srp, host=n3,
            msg='Container image "registry.pit3.local/ops/shift-report:1.8.2" already present on machine')
    r.at(65.0, "k3s", 'time="{{T:isos}}" level=info msg="Connecting to proxy" url="wss://10.20.0.11:6443/v1-k3s/connect"')
    r.at(80.0, "cv", "{{T:comma}} INFO conveyor_poller: CV-201 belt_speed=4.01m/s motor_current=391A tph=2162 alarms=0")
    r.at(95.5, "tg", R % ("INFO", "telematics_gw::decode", "payload decoded truck=HT-207 speed_kph=24.7 payload_t=0.0 fuel_pct=41 gear=R1"))
    r.event(118.0, "ev", reason="Completed", kind="Job", name="shift-report-29541600", api="batch/v1",
            src="job-controller", msg="Job completed")
    return r.build("INFO", "none", None,
                   "No incident: a truck dropped off MQTT in a radio shadow and reconnected with its buffer replayed, and a Modbus read succeeded on retry.",
                   "Haulage telematics, dispatch and conveyor polling working normally.",
                   "Nothing to do.")


@record
def r03():
    n1, n2 = "ip-10-40-12-87.ec2.internal", "ip-10-40-33-150.ec2.internal"
    r = Rec("dev26-003", "fitness", "EKS", "aws-cloudwatch-container-insights", "2026-01-05T06:58:00",
            "pulsefit-prod-use1", question="Morning sync peak: is everything in pulse OK?", selector=sel(ns="pulse"))
    ds = podname("device-sync")
    ds2 = podname("device-sync", same_rs=ds)
    wi = podname("workout-ingest")
    lb = podname("leaderboard")
    ng = podname("ingress-nginx-controller")
    r.c("ds", "pulse", ds, "device-sync", n1)
    r.c("wi", "pulse", wi, "worker", n2, app="workout-ingest")
    r.c("lb", "pulse", lb, "leaderboard", n2)
    r.c("ng", "ingress-nginx", ng, "controller", n1, app="ingress-nginx")
    r.ev_stream("ev", "pulse", n2)
    r.j("kl", n1, "kubelet.service")
    P = '{"level":%d,"time":{{T:epochms}},"pid":1,"hostname":"%s","reqId":"%s","msg":"%s"%s}'
    r.at(0.0, "ds", P % (30, ds, "req-8f3a1", "sync batch accepted", ',"deviceModel":"PF-Band 3","fw":"3.11.2","samples":1440,"durationMs":38'))
    r.at(1.4, "ng", '10.40.7.19 - - [{{T:nginx}}] "POST /v2/sync HTTP/2.0" 202 41 "-" "PulseFit/7.4.0 (iPhone; iOS 19.2)" 2381 0.041 [pulse-device-sync-80] [] 10.40.12.201:3000 41 0.040 202 5c0d2a7e1b9f44e18a2d1c55e0f3b7a1')
    r.at(2.2, "wi", "[{{T:comma}}: INFO/ForkPoolWorker-3] Task ingest.parse_fit[9b3e0c71-5d7a-4f1e-a2b0-1c6d0f2e7a11] succeeded in 0.412s: {'workout_id': 88412093, 'points': 3612}")
    r.at(5.0, "lb", 'time={{T:iso}} level=INFO msg="consumer group rebalance" group=leaderboard-agg generation=412 assigned="[activity-events/0 activity-events/3 activity-events/6]"')
    r.at(7.7, "wi", "[{{T:comma}}: INFO/ForkPoolWorker-1] Task ingest.fetch_gpx[c2a9f3d4-0b8e-4a17-9f25-6d3e1b7c0a42] retry: Retry in 5s: ConnectionError(\"HTTPSConnectionPool(host='uploads.pulsefit.app', port=443): Max retries exceeded with url: /gpx/u/1182/3321.gpx (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f2c1a9e3d90>: Failed to establish a new connection: [Errno 104] Connection reset by peer'))\")")
    r.at(9.1, "ds", P % (40, ds, "req-8f3b7", "oauth token refresh needed, refreshed", ',"userId":"u_5521","provider":"pulse-id","attempt":2,"ok":true'))
    r.at(12.9, "wi", "[{{T:comma}}: INFO/ForkPoolWorker-1] Task ingest.fetch_gpx[c2a9f3d4-0b8e-4a17-9f25-6d3e1b7c0a42] succeeded in 0.733s: {'workout_id': 88412101, 'points': 2240}")
    r.at(14.0, "ng", '10.40.7.19 - - [{{T:nginx}}] "GET /v2/users/u_2291/avatar.png HTTP/2.0" 404 19 "-" "PulseFit/7.4.0 (Android 15; Pixel 9)" 211 0.004 [pulse-device-sync-80] [] 10.40.12.201:3000 19 0.004 404 0a9de1f2b3c4d5e6f708192a3b4c5d6e')
    r.at(14.1, "ds", P % (30, ds, "req-8f3c0", "avatar not set, returning 404", ',"userId":"u_2291"'))
    r.event(20.0, "ev", reason="SuccessfulRescale", kind="HorizontalPodAutoscaler", name="device-sync",
            api="autoscaling/v2", src="horizontal-pod-autoscaler",
            msg="New size: 6; reason: cpu resource utilization (percentage of request) above target")
    r.event(22.0, "ev", reason="Scheduled", name=ds2, src="default-scheduler",
            msg=f"Successfully assigned pulse/{ds2} to {n1}")
    r.event(25.0, "ev", reason="Pulled", name=ds2, host=n1,
            msg='Container image "412907318842.dkr.ecr.us-east-1.amazonaws.com/pulse/device-sync:7.4.0" already present on machine')
    r.at(25.5, "kl", 'I{{T:klog}}    3307 kubelet.go:2421] "SyncLoop ADD" source="api" pods=["pulse/' + ds2 + '"]')
    r.at(31.0, "kl", 'I{{T:klog}}    3307 kubelet.go:2486] "SyncLoop (probe)" probe="readiness" status="ready" pod="pulse/' + ds2 + '"')
    r.at(40.0, "lb", 'time={{T:iso}} level=INFO msg="leaderboard recomputed" board=steps-weekly entries=48211 dur=1.812s')
    r.at(41.0, "lb", 'time={{T:iso}} level=INFO msg="leaderboard recomputed" board=km-monthly entries=20377 dur=0.944s errors=0')
    r.at(48.0, "ds", P % (30, ds, "req-8f3d9", "sync batch accepted", ',"deviceModel":"PF-Ring 1","fw":"1.4.0","samples":720,"durationMs":22'))
    r.at(55.0, "wi", "[{{T:comma}}: INFO/MainProcess] Events of group {task} enabled by remote.")
    r.at(58.6, "ng", '10.40.9.4 - - [{{T:nginx}}] "GET /v2/leaderboards/steps-weekly?limit=50 HTTP/2.0" 200 6120 "-" "PulseFit/7.4.0 (iPhone; iOS 19.2)" 198 0.012 [pulse-leaderboard-8080] [] 10.40.33.12:8080 6120 0.012 200 77e1c0d9a8b7c6d5e4f3a2b1c0d9e8f7')
    return r.build("INFO", "none", None,
                   "No incident: autoscaling for the morning sync peak, one GPX fetch retried successfully, and an expected 404 for a user without an avatar.",
                   "Device sync, workout ingestion and leaderboards healthy under peak load.",
                   "Nothing to do.")


@record
def r04():
    n1, n2, n3 = "talos-2lq-8rz", "talos-9vd-k4m", "talos-cp-x7f-1qa"
    r = Rec("dev26-004", "satellite", "Talos", "vector", "2026-02-11T04:05:00", "uplink-ops",
            question="Review the uplink namespace for the 04:05 contact.", selector=sel(ns="uplink"))
    cu = podname("command-uplink")
    ts = podname("tle-sync")
    nt = "nats-1"
    oc_old, oc_new = podname("ops-console"), podname("ops-console")
    r.c("cu", "uplink", cu, "command-uplink", n1)
    r.c("ts", "uplink", ts, "tle-sync", n2, stream="stderr")
    r.c("nt", "uplink", nt, "nats", n2)
    r.ev_stream("ev", "uplink", n3)
    r.j("kl", n1, "kubelet")
    U = "{{T:iso6}}  %s cmd_uplink::%s: %s"
    r.at(0.0, "cu", U % ("INFO", "session{pass_id=P-0211-0405 sat=EOS-09 station=gs-kir-01}", "uplink window open, bit sync locked, ranging ok range_km=1843.2"))
    r.at(1.2, "cu", U % ("INFO", "queue{pass_id=P-0211-0405}", "command queued seq=7781 opcode=SET_ADCS_MODE args=\"FINE_POINT\" auth=hmac-sha256"))
    r.at(2.0, "cu", U % ("WARN", "verify{seq=7781}", "echo CRC mismatch, retransmitting attempt=1 max_attempts=3"))
    r.at(3.4, "cu", U % ("INFO", "verify{seq=7781}", "ack received status=ACCEPTED latency_ms=612 attempts=2"))
    r.at(4.0, "nt", "[1] {{T:nats}} [INF] 10.244.1.23:51234 - cid:88 - Client connection closed: Client Closed")
    r.at(4.1, "nt", "[1] {{T:nats}} [INF] 10.244.1.23:51260 - cid:91 - Client connection created")
    r.at(6.5, "ts", 'time="{{T:isos}}" level=info msg="polling gp_history" source=space-track since="2026-02-11T03:00:00Z"')
    r.at(7.6, "ts", 'time="{{T:isos}}" level=info msg="tls session resumed" host=www.space-track.org cert_not_after="2026-09-14T23:59:59Z" days_left=215')
    r.at(8.9, "ts", 'time="{{T:isos}}" level=info msg="fetched elements" count=118 not_modified=false request_budget_used=4 request_budget_limit=30')
    r.at(9.2, "ts", 'time="{{T:isos}}" level=info msg="published tle updates" subject=tle.updated count=118 errors=0')
    r.at(9.3, "nt", "[1] {{T:nats}} [INF] JetStream cluster new stream leader for '$G > TLE'")
    r.at(15.0, "cu", U % ("INFO", "queue{pass_id=P-0211-0405}", "command queued seq=7782 opcode=PAYLOAD_SCHEDULE args=\"IMG_STRIP_44\" auth=hmac-sha256"))
    r.at(15.9, "cu", U % ("INFO", "verify{seq=7782}", "ack received status=ACCEPTED latency_ms=588 attempts=1"))
    r.event(20.0, "ev", reason="ScalingReplicaSet", kind="Deployment", name="ops-console", api="apps/v1",
            src="deployment-controller", msg=f"Scaled up replica set {oc_new.rsplit('-', 1)[0]} to 1")
    r.event(31.0, "ev", reason="Started", name=oc_new, host=n2, msg="Started container ops-console")
    r.event(38.0, "ev", reason="Killing", name=oc_old, host=n1, msg="Stopping container ops-console")
    r.at(38.2, "kl", 'I{{T:klog}}       1 kuberuntime_container.go:779] "Killing container with a grace period" pod="uplink/' + oc_old + '" podUID="' + uid() + '" containerName="ops-console" containerID="containerd://' + hexs(64) + '" gracePeriod=30')
    r.event(39.0, "ev", reason="ScalingReplicaSet", kind="Deployment", name="ops-console", api="apps/v1",
            src="deployment-controller", msg=f"Scaled down replica set {oc_old.rsplit('-', 1)[0]} to 0 from 1")
    r.at(60.0, "cu", U % ("INFO", "session{pass_id=P-0211-0405 sat=EOS-09 station=gs-kir-01}", "uplink window closed commands_sent=2 accepted=2 rejected=0"))
    r.at(69.0, "kl", 'I{{T:klog}}       1 kubelet.go:2437] "SyncLoop DELETE" source="api" pods=["uplink/' + oc_old + '"]')
    return r.build("INFO", "none", None,
                   "No incident: one command echo was retransmitted and acknowledged, TLE sync succeeded well within its request budget, and a routine rollout replaced a console pod.",
                   "Command uplink window completed with all commands accepted.",
                   "Nothing to do.")


@record
def r05():
    n1, n2 = "worker-1.ocp4.ironridge.local", "worker-3.ocp4.ironridge.local"
    r = Rec("dev26-005", "mining", "OpenShift", "openshift-logging-lokistack", "2026-04-22T09:30:00",
            "ocp-mine-ops", question="Blast planning was redeployed this morning; did it go smoothly?",
            selector=sel(ns="drill-blast"))
    bp_new = podname("blast-planner")
    dt = podname("drill-telemetry")
    fa = podname("frag-analytics")
    rt = podname("router-default")
    r.c("bp", "drill-blast", bp_new, "blast-planner", n2)
    r.c("dt", "drill-blast", dt, "drill-telemetry", n1)
    r.c("fa", "drill-blast", fa, "frag-analytics", n1)
    r.c("rt", "openshift-ingress", rt, "router", n1, app="router-default")
    r.ev_stream("ev", "drill-blast", n2)
    r.j("kl", n2, "kubelet.service")
    Q = "{{T:comma}} %-5s [%s] (%s) %s"
    r.event(0.0, "ev", reason="Scheduled", name=bp_new, src="default-scheduler",
            msg=f"Successfully assigned drill-blast/{bp_new} to {n2}")
    r.event(2.0, "ev", reason="Pulled", name=bp_new, host=n2,
            msg='Successfully pulled image "image-registry.openshift-image-registry.svc:5000/drill-blast/blast-planner@sha256:' + hexs(64) + '" in 1.873s (1.873s including waiting)')
    r.event(2.5, "ev", reason="Started", name=bp_new, host=n2, msg="Started container blast-planner")
    r.at(3.9, "bp", Q % ("INFO", "io.quarkus", "main", "blast-planner 3.4.1 on JVM (powered by Quarkus 3.15.1) started in 6.412s. Listening on: http://0.0.0.0:8080"))
    r.event(4.1, "ev", reason="Unhealthy", type="Warning", name=bp_new, host=n2,
            msg='Readiness probe failed: Get "http://10.131.0.45:8080/q/health/ready": dial tcp 10.131.0.45:8080: connect: connection refused')
    r.at(5.0, "dt", "{{T:iso}} info: IronRidge.DrillTelemetry.MwdConsumer[1001] Received MWD batch rig=DR-07 hole=BP-118-042 depth_m=14.6 rop_m_per_h=38.1 torque_kNm=6.2")
    r.at(9.0, "bp", Q % ("INFO", "io.quarkus", "main", "Profile prod activated. Installed features: [agroal, cdi, hibernate-orm, jdbc-postgresql, kubernetes, smallrye-health]"))
    r.at(13.8, "kl", 'I{{T:klog}}    2874 prober.go:107] "Probe failed" probeType="Readiness" pod="drill-blast/' + bp_new + '" podUID="' + uid() + '" containerName="blast-planner" probeResult="failure" output="HTTP probe failed with statuscode: 503"')
    r.at(23.6, "kl", 'I{{T:klog}}    2874 kubelet.go:2486] "SyncLoop (probe)" probe="readiness" status="ready" pod="drill-blast/' + bp_new + '"')
    r.at(24.0, "bp", Q % ("INFO", "io.sma.health", "vert.x-eventloop-thread-1", "SRHCK01001: Reporting health UP status: {\"status\":\"UP\",\"checks\":[{\"name\":\"Database connections health check\",\"status\":\"UP\"}]}"))
    r.at(31.0, "rt", '{{T:syslog}} router-default haproxy[412]: 10.128.2.1:41822 [{{T:haproxy}}] fe_sni~ be_secure:drill-blast:blast-planner/pod:' + bp_new + ':blast-planner:http:10.131.0.45:8080 0/0/1/48/49 200 2291 - - --VN 61/31/0/0/0 0/0 "POST /api/patterns/BP-2026-118/validate HTTP/1.1"')
    r.at(31.2, "bp", Q % ("INFO", "com.ir.bla.PatternService", "executor-thread-3", "Pattern BP-2026-118 validated: holes=142 burden=4.2m spacing=4.8m powder_factor=0.62kg/m3 exclusion_zone=500m warnings=0"))
    r.at(40.0, "fa", "{{T:comma}} WARNING frag_analytics.images: muckpile photo MP-0419-07 rejected: blur score 0.71 > 0.6, requesting retake")
    r.at(41.5, "fa", "{{T:comma}} INFO frag_analytics.model: P80=312mm P50=141mm oversize_pct=3.1 for shot BP-2026-112 (errors in last batch: 0)")
    r.at(46.0, "dt", "{{T:iso}} warn: IronRidge.DrillTelemetry.MwdConsumer[1004] Out-of-order sample dropped rig=DR-03 seq=88123 expected=88124 (late by 310 ms)")
    r.at(50.0, "dt", "{{T:iso}} info: IronRidge.DrillTelemetry.MwdConsumer[1001] Received MWD batch rig=DR-03 hole=BP-121-007 depth_m=9.2 rop_m_per_h=41.7 torque_kNm=5.8")
    r.at(62.0, "rt", '{{T:syslog}} router-default haproxy[412]: 10.128.2.1:41907 [{{T:haproxy}}] fe_sni~ be_secure:drill-blast:blast-planner/pod:' + bp_new + ':blast-planner:http:10.131.0.45:8080 0/0/0/23/23 200 14022 - - --VN 58/29/0/0/0 0/0 "GET /api/patterns?status=approved HTTP/1.1"')
    r.at(75.0, "bp", Q % ("INFO", "com.ir.bla.FiringWindowService", "executor-thread-5", "Firing window 2026-04-22T13:00Z confirmed for BP-2026-118, sirens scheduled, 3 guards assigned"))
    return r.build("INFO", "none", None,
                   "No incident: one readiness failure during JVM startup before the new pod became ready, then normal pattern validation and telemetry ingestion.",
                   "Rolling redeploy of the blast planner completed; services healthy.",
                   "Nothing to do.")


@record
def r06():
    n1, n2 = "aks-userpool-28461937-vmss000003", "aks-userpool-28461937-vmss000005"
    r = Rec("dev26-006", "fitness", "AKS", "azure-monitor-container-insights", "2026-05-01T00:02:00",
            "aks-stridewell-prod-weu", question="Month-start renewals are running; anything to worry about in subscriptions?",
            selector=sel(ns="subscriptions"), subscription="6f1c2d3e-8a9b-4c0d-9e1f-2a3b4c5d6e7f",
            resource_group="rg-stridewell-prod")
    ba = podname("billing-api")
    rd = "billing-redis-master-0"
    cm = podname("cert-manager")
    r.c("ba", "subscriptions", ba, "billing-api", n1)
    r.c("rd", "subscriptions", rd, "redis", n2, app="billing-redis")
    r.c("cm", "cert-manager", cm, "cert-manager-controller", n2, app="cert-manager")
    r.ev_stream("ev", "subscriptions", n2)
    r.j("kl", n1, "kubelet.service")
    D = "{{T:iso}} %s: %s[%d] %s"
    H = "Microsoft.AspNetCore.Hosting.Diagnostics"
    W = "Stridewell.Billing.Webhooks.StripeWebhookHandler"
    r.at(0.0, "ba", D % ("info", W, 0, "Processed event evt_1QxR2vL8kq0aZ3 type=invoice.paid customer=cus_RgT81aa plan=annual-plus amount=59.99 EUR"))
    r.at(0.1, "ba", D % ("info", H, 2, "Request finished HTTP/1.1 POST http://billing-api.subscriptions/webhooks/stripe - 200 0 - 18.4213ms"))
    r.at(2.3, "ba", D % ("info", W, 0, "Processed event evt_1QxR2wB4mn7cT1 type=invoice.payment_failed customer=cus_Rf09Lmx reason=card_declined attempt=1; dunning email queued"))
    r.at(4.0, "rd", "1:M {{T:redis}} * 10000 changes in 60 seconds. Saving...")
    r.at(4.1, "rd", "1:M {{T:redis}} * Background saving started by pid 2231")
    r.at(5.7, "ba", D % ("warn", W, 3, "Duplicate delivery of evt_1QxR2vL8kq0aZ3 ignored (idempotency key already processed)"))
    r.at(5.8, "ba", D % ("info", H, 2, "Request finished HTTP/1.1 POST http://billing-api.subscriptions/webhooks/stripe - 200 0 - 3.0172ms"))
    r.at(6.2, "rd", "2231:C {{T:redis}} * DB saved on disk")
    r.at(6.3, "rd", "1:M {{T:redis}} * Background saving terminated with success")
    r.at(12.0, "cm", 'I{{T:klog}}       1 trigger_controller.go:223] "Certificate must be re-issued" logger="cert-manager.certificates-trigger" key="subscriptions/billing-api-tls" reason="Renewing" message="Renewing certificate as renewal was scheduled at 2026-05-01 00:02:11 +0000 UTC"')
    r.event(12.5, "ev", reason="Issuing", kind="Certificate", name="billing-api-tls", api="cert-manager.io/v1",
            src="cert-manager-certificates-trigger", msg="Renewing certificate as renewal was scheduled at 2026-05-01 00:02:11 +0000 UTC")
    r.at(26.0, "cm", 'I{{T:klog}}       1 acme.go:236] "certificate issued" logger="cert-manager.certificaterequests-issuer-acme.sign" resource_name="billing-api-tls-3" resource_namespace="subscriptions" resource_kind="CertificateRequest" resource_version="v1" related_resource_name="billing-api-tls-3-2519842291" related_resource_namespace="subscriptions" related_resource_kind="Order" related_resource_version="v1"')
    r.event(27.0, "ev", reason="Issuing", kind="Certificate", name="billing-api-tls", api="cert-manager.io/v1",
            src="cert-manager-certificates-issuing", msg="The certificate has been successfully issued")
    r.at(31.0, "ba", D % ("info", "Stridewell.Billing.Renewals.RenewalJob", 0, "Renewal run 2026-05 progress: 18200/41250 processed, 17644 charged, 512 retry_scheduled, 44 cancelled"))
    r.at(35.0, "kl", 'I{{T:klog}}    4117 kubelet.go:2486] "SyncLoop (probe)" probe="readiness" status="ready" pod="subscriptions/' + ba + '"')
    r.at(38.5, "ba", D % ("info", W, 0, "Processed event evt_1QxR31Zp2ww8Ke type=customer.subscription.updated customer=cus_Rb55q0c plan=monthly-basic"))
    r.at(38.6, "ba", D % ("info", H, 2, "Request finished HTTP/1.1 POST http://billing-api.subscriptions/webhooks/stripe - 200 0 - 22.9014ms"))
    r.at(52.0, "ba", D % ("info", "Stridewell.Billing.Renewals.RenewalJob", 0, "Renewal run 2026-05 progress: 24950/41250 processed, 24210 charged, 693 retry_scheduled, 47 cancelled"))
    return r.build("INFO", "none", None,
                   "No incident: month-start renewals progressing, declined cards handled by dunning, duplicate webhooks ignored idempotently, and a scheduled certificate renewal succeeded.",
                   "Subscription billing busy but healthy.",
                   "Nothing to do.")


@record
def r07():
    n1 = "shoot--gsops--prod-eu-worker-c2x-z1-6b8f9-kq7wd"
    n2 = "shoot--gsops--prod-eu-worker-c2x-z2-6b8f9-9tm2s"
    r = Rec("dev26-007", "satellite", "Gardener", "splunk-otel-collector", "2026-06-17T21:14:00", "gsops-prod-eu",
            question="Check mission-planning during the evening scheduling run.", selector=sel(ns="mission-planning"))
    pp = podname("pass-planner")
    cs = "conjunction-screen-0"
    pg = "planning-db-1"
    en = podname("envoy-gateway")
    r.c("pp", "mission-planning", pp, "pass-planner", n1)
    r.c("cs", "mission-planning", cs, "screener", n2, app="conjunction-screen")
    r.c("pg", "mission-planning", pg, "postgres", n2, app="planning-db")
    r.c("en", "envoy-gateway-system", en, "envoy", n1, app="envoy-gateway")
    r.ev_stream("ev", "mission-planning", n1)
    r.j("kl", n2, "kubelet.service")
    r.at(0.0, "pp", "[{{T:iso}}] [info] [pass_planner.solver] scheduling horizon 2026-06-17T21:15Z..2026-06-18T21:15Z stations=7 spacecraft=23 requests=412")
    r.at(6.4, "pp", "[{{T:iso}}] [info] [pass_planner.solver] CP-SAT status=OPTIMAL objective=9831 conflicts_resolved=37 wall_time=6.2s")
    r.at(6.9, "pp", "[{{T:iso}}] [warning] [pass_planner.rules] request RQ-88121 dropped: elevation mask 10.0deg not met at gs-awr-03 for any pass (max 8.7deg)")
    r.at(7.5, "pg", "{{T:pg}} [412] LOG:  checkpoint starting: time")
    r.at(8.1, "en", '[{{T:iso}}] "POST /v1/schedules HTTP/1.1" 201 - via_upstream - "-" 18231 412 37 36 "10.250.1.14" "pass-planner/2.9" "' + uid() + '" "planning.gsops.internal" "10.250.3.22:8080"')
    r.at(9.0, "cs", "INFO  [ScreeningWorker-2] {{T:comma}} ConjunctionScreener.java:214 - screened 23 primaries vs 31877 secondaries, 4 events below 5 km, 0 with Pc > 1e-4")
    r.at(9.2, "cs", "WARN  [ScreeningWorker-2] {{T:comma}} CovarianceLoader.java:88 - covariance missing for object 48213, using default 1 km sigma (non-fatal)")
    r.at(14.0, "pg", "{{T:pg}} [412] LOG:  checkpoint complete: wrote 1841 buffers (11.2%); 0 WAL file(s) added, 0 removed, 2 recycled; write=5.812 s, sync=0.004 s, total=6.411 s; sync files=61, longest=0.002 s, average=0.001 s; distance=28711 kB, estimate=30118 kB; lsn=3/2A0F1B88, redo lsn=3/29D04C10")
    r.at(15.5, "pg", '{{T:pg}} [30811] ERROR:  duplicate key value violates unique constraint "pass_request_ext_id_key"')
    r.at(15.5, "pg", "{{T:pg}} [30811] DETAIL:  Key (ext_id)=(RQ-88017) already exists.")
    r.at(15.6, "pp", "[{{T:iso}}] [info] [pass_planner.ingest] request RQ-88017 already registered, upsert skipped (idempotent resubmission)")
    spj = "schedule-publish-29690355-" + alnum(5)
    r.event(20.0, "ev", reason="SuccessfulCreate", kind="Job", name="schedule-publish-29690355", api="batch/v1",
            src="job-controller", msg="Created pod: " + spj)
    r.at(22.0, "kl", 'I{{T:klog}}    1918 kubelet.go:2421] "SyncLoop ADD" source="api" pods=["mission-planning/' + spj + '"]')
    r.at(40.0, "en", '[{{T:iso}}] "GET /v1/schedules/latest?station=gs-kir-01 HTTP/1.1" 200 - via_upstream - "-" 0 9921 11 10 "10.250.1.77" "station-agent/1.12" "' + uid() + '" "planning.gsops.internal" "10.250.3.22:8080"')
    r.event(46.0, "ev", reason="Completed", kind="Job", name="schedule-publish-29690355", api="batch/v1",
            src="job-controller", msg="Job completed")
    r.at(47.0, "pp", "[{{T:iso}}] [info] [pass_planner.publish] schedule v8812 published to 7 stations, 0 rejections")
    return r.build("INFO", "none", None,
                   "No incident: the daily pass schedule was solved and published; a dropped request, a missing covariance and a duplicate-key on an idempotent resubmission are expected.",
                   "Evening mission-planning run completed successfully.",
                   "Nothing to do.")


@record
def r08():
    n1, n2 = "pool-7k3xq9vbn-ct2jd", "pool-7k3xq9vbn-ct2jx"
    r = Rec("dev26-008", "mining", "DOKS", "datadog-agent", "2026-07-08T11:20:00", "quarrynet-nyc3",
            question="Lunchtime truck queue at the weighbridge: is the plant namespace coping?",
            selector=sel(ns="plant"))
    wb = podname("weighbridge-api")
    sb = podname("scada-bridge")
    mg = "tickets-mongo-0"
    r.c("wb", "plant", wb, "weighbridge-api", n1, source="elixir")
    r.c("sb", "plant", sb, "scada-bridge", n2, source="go")
    r.c("mg", "plant", mg, "mongod", n2, app="tickets-mongo", source="mongodb")
    r.ev_stream("ev", "plant", n1)
    r.j("kl", n1, "kubelet.service")
    rid1, rid2, rid3 = "F8" + alnum(18), "F8" + alnum(18), "F8" + alnum(18)
    r.at(0.0, "wb", "{{T:hms}} request_id=" + rid1 + " [info] POST /api/tickets")
    r.at(0.05, "mg", '{"t":{"$date":"{{T:isooff}}"},"s":"I",  "c":"NETWORK",  "id":22943,   "ctx":"listener","msg":"Connection accepted","attr":{"remote":"10.244.0.231:48822","uuid":{"uuid":{"$uuid":"' + uid() + '"}},"connectionId":18812,"connectionCount":41}}')
    r.at(0.1, "wb", "{{T:hms}} request_id=" + rid1 + " [info] Ticket WB-2-0708-0412 truck=QT-55 gross=41.82t tare=14.10t net=27.72t product=20mm-aggregate")
    r.at(0.12, "wb", "{{T:hms}} request_id=" + rid1 + " [info] Sent 201 in 9ms")
    r.at(2.0, "sb", '{"level":"info","plc":"CR-1","tags":214,"ms":38,"time":"{{T:isos}}","message":"tags polled"}')
    r.at(2.1, "sb", '{"level":"warn","plc":"SCR-2","tag":"SCR2.Deck1.Vibration","quality":"UNCERTAIN_LAST_USABLE","time":"{{T:isos}}","message":"tag quality degraded, using last good value"}')
    r.at(4.4, "mg", '{"t":{"$date":"{{T:isooff}}"},"s":"I",  "c":"COMMAND",  "id":51803,   "ctx":"conn18790","msg":"Slow query","attr":{"type":"command","ns":"tickets.tickets","command":{"aggregate":"tickets","pipeline":[{"$match":{"site":"Q2","day":"2026-07-08"}},{"$group":{"_id":"$product","t":{"$sum":"$net"}}}]},"planSummary":"IXSCAN { site: 1, day: 1 }","keysExamined":1841,"docsExamined":1841,"nreturned":6,"durationMillis":143}}')
    r.at(6.0, "wb", "{{T:hms}} request_id=" + rid2 + " [info] POST /api/tickets")
    r.at(6.1, "wb", "{{T:hms}} request_id=" + rid2 + " [warning] Tare older than 30 days for truck=QT-19 (last tare 2026-06-02); ticket accepted, reweigh flagged")
    r.at(6.12, "wb", "{{T:hms}} request_id=" + rid2 + " [info] Sent 201 in 11ms")
    r.event(10.0, "ev", reason="SuccessfulRescale", kind="HorizontalPodAutoscaler", name="weighbridge-api",
            api="autoscaling/v2", src="horizontal-pod-autoscaler",
            msg="New size: 3; reason: cpu resource utilization (percentage of request) above target")
    wb2 = podname("weighbridge-api", same_rs=wb)
    r.event(11.0, "ev", reason="Scheduled", name=wb2, src="default-scheduler",
            msg=f"Successfully assigned plant/{wb2} to {n2}")
    r.event(13.0, "ev", reason="Pulled", name=wb2, host=n2,
            msg='Container image "registry.digitalocean.com/quarrynet/weighbridge-api:2.14.0" already present on machine')
    r.at(19.0, "sb", '{"level":"info","plc":"CR-1","tags":214,"ms":41,"time":"{{T:isos}}","message":"tags polled"}')
    r.at(19.1, "sb", '{"level":"info","plc":"SCR-2","tag":"SCR2.Deck1.Vibration","quality":"GOOD","time":"{{T:isos}}","message":"tag quality restored"}')
    r.at(21.0, "kl", 'I{{T:klog}}    1502 kubelet.go:2486] "SyncLoop (probe)" probe="readiness" status="ready" pod="plant/' + wb2 + '"')
    r.at(30.0, "wb", "{{T:hms}} request_id=" + rid3 + " [info] GET /api/tickets/summary")
    r.at(30.2, "wb", "{{T:hms}} request_id=" + rid3 + " [info] Sent 200 in 151ms")
    r.at(44.0, "sb", '{"level":"info","plc":"CR-1","event":"alarm_cleared","alarm":"CR1.FeederLow","time":"{{T:isos}}","message":"alarm cleared"}')
    return r.build("INFO", "none", None,
                   "No incident: weighbridge ticketing scaled out for the lunchtime queue, one slow aggregate query and a transient tag-quality warning resolved on their own.",
                   "Plant ticketing and SCADA bridge healthy under load.",
                   "Nothing to do.")


@record
def r09():
    n1, n2 = "k8s-worker-04.fitcore.lan", "k8s-worker-02.fitcore.lan"
    r = Rec("dev26-009", "fitness", "kubeadm", "fluent-bit-loki", "2026-03-16T02:10:00", "fitcore-onprem",
            question="Why is workout ingestion stuck since the backfill started?", selector=sel(ns="workouts"))
    wi = podname("workout-ingest")
    api = podname("workouts-api")
    r.c("wi", "workouts", wi, "worker", n1, app="workout-ingest")
    r.c("api", "workouts", api, "api", n2, app="workouts-api")
    r.ev_stream("ev", "workouts", n1)
    r.j("kn", n1, "kernel")
    r.j("ctd", n1, "containerd.service")
    r.j("kl", n1, "kubelet.service")
    cid = hexs(64)
    wiuid = uid()
    C = "[{{T:comma}}: %s/%s] %s"
    r.at(0.0, "wi", C % ("INFO", "MainProcess", "celery@" + wi + " ready."))
    r.at(1.2, "wi", C % ("INFO", "MainProcess", "Task ingest.backfill_user[5d0e7a1c-8f3b-4e2a-9c61-0b7d2f4e8a13] received"))
    r.at(1.9, "wi", C % ("INFO", "ForkPoolWorker-1", "backfill user=u_90412 files=3871 source=garmin-export.zip (1.2 GiB)"))
    r.at(8.4, "api", '{"time":"{{T:iso}}","level":"INFO","msg":"GET /v1/workouts?user=u_1183 200","latency_ms":12}')
    r.at(21.7, "wi", C % ("INFO", "ForkPoolWorker-1", "decoded 3871 FIT files, building dataframe rows=18400233 cols=14"))
    r.at(29.3, "kn", "python3 invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=994")
    r.at(29.31, "kn", "Memory cgroup out of memory: Killed process 48122 (python3) total-vm:1604412kB, anon-rss:521988kB, file-rss:10652kB, shmem-rss:0kB, UID:1000 pgtables:1180kB oom_score_adj:994", ev=True)
    r.at(29.4, "ctd", 'time="{{T:iso9}}" level=info msg="TaskOOM event container_id:\\"' + cid + '\\""', ev=True)
    r.at(29.9, "kl", 'I{{T:klog}}    1290 kubelet.go:2453] "SyncLoop (PLEG): event for pod" pod="workouts/' + wi + '" event={"ID":"' + wiuid + '","Type":"ContainerDied","Data":"' + cid + '"}')
    r.at(30.5, "wi", C % ("INFO", "MainProcess", "celery@" + wi + " ready."))
    r.at(31.1, "wi", C % ("INFO", "MainProcess", "Task ingest.backfill_user[5d0e7a1c-8f3b-4e2a-9c61-0b7d2f4e8a13] received"))
    r.at(31.8, "wi", C % ("INFO", "ForkPoolWorker-1", "backfill user=u_90412 files=3871 source=garmin-export.zip (1.2 GiB)"))
    r.at(40.0, "api", '{"time":"{{T:iso}}","level":"WARN","msg":"ingest queue depth high","queue":"ingest","depth":1840}')
    r.at(52.6, "wi", C % ("INFO", "ForkPoolWorker-1", "decoded 3871 FIT files, building dataframe rows=18400233 cols=14"))
    r.at(60.2, "kn", "Memory cgroup out of memory: Killed process 48577 (python3) total-vm:1603980kB, anon-rss:522104kB, file-rss:10588kB, shmem-rss:0kB, UID:1000 pgtables:1176kB oom_score_adj:994", ev=True)
    r.at(60.3, "ctd", 'time="{{T:iso9}}" level=info msg="TaskOOM event container_id:\\"' + hexs(64) + '\\""')
    r.at(61.0, "kl", 'I{{T:klog}}    1290 pod_workers.go:1301] "Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"worker\\" with CrashLoopBackOff: \\"back-off 20s restarting failed container=worker pod=' + wi + '_workouts(' + wiuid + ')\\"" pod="workouts/' + wi + '"')
    r.event(61.5, "ev", reason="BackOff", type="Warning", name=wi, host=n1, count=2,
            msg="Back-off restarting failed container worker in pod " + wi + "_workouts(" + wiuid + ")", ev=True)
    r.at(70.0, "api", '{"time":"{{T:iso}}","level":"INFO","msg":"GET /v1/workouts?user=u_5521 200","latency_ms":15}')
    r.at(140.0, "kn", "Memory cgroup out of memory: Killed process 49013 (python3) total-vm:1604100kB, anon-rss:522011kB, file-rss:10612kB, shmem-rss:0kB, UID:1000 pgtables:1180kB oom_score_adj:994", ev=True)
    r.event(141.0, "ev", reason="BackOff", type="Warning", name=wi, host=n1, count=5,
            msg="Back-off restarting failed container worker in pod " + wi + "_workouts(" + wiuid + ")")
    r.at(150.0, "api", '{"time":"{{T:iso}}","level":"WARN","msg":"ingest queue depth high","queue":"ingest","depth":2411}')
    return r.build("CRITICAL", "oom_killed", "workout-ingest",
                   "The workout-ingest worker builds an 18M-row dataframe for a large backfill and exceeds its ~512Mi memory limit; the kernel OOM-kills it on every retry, leaving it in CrashLoopBackOff.",
                   "Workout ingestion worker is OOM-killed repeatedly while processing a large user backfill; ingest queue is growing.",
                   "Raise the worker memory limit or process the backfill in chunks/streaming instead of one dataframe; quarantine the oversized task so normal ingestion resumes.")


@record
def r10():
    n1, n2 = "10.0.10.23", "10.0.10.87"
    r = Rec("dev26-010", "satellite", "OKE", "otel-collector-loki-otlp", "2026-08-02T15:47:00", "oke-telemetry-iad",
            question="Housekeeping telemetry decoding returns errors for EOS-21 dumps; what is going on?",
            selector=sel(ns="telemetry", app="telemetry-decoder"))
    td = podname("telemetry-decoder")
    gw = podname("telemetry-gateway")
    r.c("td", "telemetry", td, "telemetry-decoder", n1, owner=("deployment", "telemetry-decoder"))
    r.c("gw", "telemetry", gw, "gateway", n2, app="telemetry-gateway", owner=("deployment", "telemetry-gateway"))
    r.ev_stream("ev", "telemetry", n1)
    r.j("crio", n1, "crio.service")
    S = "{{T:isooff}} %5s 1 --- [telemetry-decoder] [%15s] %-40s : %s"
    r.at(0.0, "td", S % ("INFO", "decoder-pool-3", "c.o.t.decode.HousekeepingDecoder", "decoding dump sat=EOS-21 apid=0x1A3 packets=2811904 size=1.41GB mode=in-memory"))
    r.at(3.2, "gw", '{"level":"info","ts":"{{T:iso}}","msg":"forwarded dump","sat":"EOS-21","dump_id":"D-0802-1544","bytes":1514220032}')
    r.at(9.8, "td", "[{{T:iso}}][gc] GC(4411) Pause Full (G1 Compaction Pause) 1019M->1017M(1024M) 1843.271ms")
    r.at(12.1, "td", "[{{T:iso}}][gc] GC(4412) Pause Full (G1 Compaction Pause) 1022M->1021M(1024M) 2011.552ms")
    r.at(12.4, "td", 'Exception in thread "decoder-pool-3" java.lang.OutOfMemoryError: Java heap space', ev=True)
    r.at(12.41, "td", "\tat java.base/java.util.Arrays.copyOf(Arrays.java:3541)")
    r.at(12.42, "td", "\tat java.base/java.io.ByteArrayOutputStream.ensureCapacity(ByteArrayOutputStream.java:100)")
    r.at(12.43, "td", "\tat com.orbitlink.telemetry.decode.HousekeepingDecoder.bufferDump(HousekeepingDecoder.java:187)")
    r.at(14.0, "td", S % ("WARN", "ntainer#0-0-C-1", "o.a.k.c.c.internals.ConsumerCoordinator", "[Consumer clientId=consumer-telemetry-decoder-1, groupId=telemetry-decoder] consumer poll timeout has expired. This means the time between subsequent calls to poll() was longer than the configured max.poll.interval.ms, which typically implies that the poll loop is spending too much time processing messages."))
    r.at(15.2, "td", S % ("ERROR", "nio-8080-exec-7", "o.a.c.c.C.[.[.[/].[dispatcherServlet]", "Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Handler dispatch failed: java.lang.OutOfMemoryError: Java heap space] with root cause"), ev=True)
    r.at(15.3, "gw", '{"level":"error","ts":"{{T:iso}}","msg":"decoder returned error","sat":"EOS-21","dump_id":"D-0802-1544","status":500,"attempt":1}')
    r.at(18.0, "crio", 'time="{{T:iso9}}" level=info msg="Checking image status: iad.ocir.io/orbitlink/telemetry-decoder:4.2.0" id=' + uid() + ' name=/runtime.v1.ImageService/ImageStatus')
    r.at(25.0, "td", S % ("INFO", "ntainer#0-0-C-1", "o.a.k.c.c.internals.ConsumerCoordinator", "[Consumer clientId=consumer-telemetry-decoder-1, groupId=telemetry-decoder] Successfully joined group with generation Generation{generationId=88, memberId='consumer-telemetry-decoder-1-" + uid() + "', protocol='range'}"))
    r.at(30.5, "gw", '{"level":"info","ts":"{{T:iso}}","msg":"forwarded dump","sat":"EOS-07","dump_id":"D-0802-1546","bytes":8211442}')
    r.at(30.9, "td", S % ("INFO", "decoder-pool-1", "c.o.t.decode.HousekeepingDecoder", "decoded dump sat=EOS-07 apid=0x0C1 packets=15211 parameters=412 in 311ms"))
    r.at(45.0, "gw", '{"level":"info","ts":"{{T:iso}}","msg":"retrying dump","sat":"EOS-21","dump_id":"D-0802-1544","attempt":2}')
    r.at(47.5, "td", S % ("INFO", "decoder-pool-2", "c.o.t.decode.HousekeepingDecoder", "decoding dump sat=EOS-21 apid=0x1A3 packets=2811904 size=1.41GB mode=in-memory"))
    r.at(58.9, "td", "[{{T:iso}}][gc] GC(4460) Pause Full (G1 Compaction Pause) 1023M->1022M(1024M) 2204.918ms")
    r.at(59.3, "td", 'Exception in thread "decoder-pool-2" java.lang.OutOfMemoryError: Java heap space', ev=True)
    r.at(61.0, "gw", '{"level":"error","ts":"{{T:iso}}","msg":"decoder returned error","sat":"EOS-21","dump_id":"D-0802-1544","status":500,"attempt":2}')
    return r.build("ERROR", "oom_killed", "telemetry-decoder",
                   "The telemetry decoder buffers a 1.4 GB housekeeping dump in memory and exhausts its 1 GiB Java heap (OutOfMemoryError), so EOS-21 dumps fail with HTTP 500 while small dumps still decode.",
                   "Java heap exhaustion in the telemetry decoder on large dumps; requests for those dumps fail.",
                   "Stream large dumps instead of buffering them, or raise -Xmx together with the container memory limit; add -XX:+ExitOnOutOfMemoryError so the pod restarts cleanly.")


@record
def r11():
    n1, n2, n3 = "rke2-wrk-03", "rke2-wrk-01", "rke2-cp-01"
    r = Rec("dev26-011", "mining", "RKE2", "grafana-alloy", "2026-09-14T05:02:00", "rke2-minesite-west",
            question="Dispatch tablets show 'service unavailable' since shift change. Why?",
            selector=sel(ns="dispatch"))
    fd = podname("fleet-dispatch")
    ing = "rke2-ingress-nginx-controller-" + alnum(5)
    tl = podname("truck-telemetry")
    fduid = uid()
    r.c("fd", "dispatch", fd, "fleet-dispatch", n1)
    r.c("tl", "dispatch", tl, "truck-telemetry", n2)
    r.c("ing", "kube-system", ing, "rke2-ingress-nginx-controller", n3, app="rke2-ingress-nginx")
    r.ev_stream("ev", "dispatch", n1)
    r.j("ag", n1, "rke2-agent.service")
    r.at(0.0, "fd", '{{T:slash}} INFO shift change: loading roster shift=B trucks=38 shovels=6 crusher_queues=2')
    r.at(0.6, "tl", 'level=warn ts={{T:iso}} caller=ingest.go:144 msg="truck position stale" truck=HT-099 last_fix_age=3712s status=WORKSHOP')
    r.at(1.1, "fd", '{{T:slash}} INFO assignment round 1: candidates=38')
    r.at(1.2, "fd", 'panic: runtime error: invalid memory address or nil pointer dereference', ev=True)
    r.at(1.21, "fd", '[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x9c4e12]')
    r.at(1.22, "fd", '')
    r.at(1.23, "fd", 'goroutine 87 [running]:')
    r.at(1.24, "fd", 'github.com/ironridge/fleet-dispatch/internal/assign.(*Engine).nearestShovel(0xc0003a6000, 0xc000a1e0f0)')
    r.at(1.25, "fd", '\t/src/internal/assign/engine.go:214 +0x52', ev=True)
    r.at(1.26, "fd", 'github.com/ironridge/fleet-dispatch/internal/assign.(*Engine).Assign(0xc0003a6000, {0xc000b12000, 0x26, 0x40})')
    r.at(1.27, "fd", '\t/src/internal/assign/engine.go:131 +0x1e5')
    r.at(1.28, "fd", 'main.(*server).runRound(0xc000142a80)')
    r.at(1.29, "fd", '\t/src/cmd/dispatch/rounds.go:58 +0xb4')
    r.at(3.0, "ing", '{{T:slash}} [error] 412#412: *88121 connect() failed (111: Connection refused) while connecting to upstream, client: 10.42.7.31, server: dispatch.minesite.local, request: "GET /api/v2/assignments?truck=HT-131 HTTP/1.1", upstream: "http://10.42.1.58:8080/api/v2/assignments?truck=HT-131", host: "dispatch.minesite.local"')
    r.at(3.01, "ing", '10.42.7.31 - - [{{T:nginx}}] "GET /api/v2/assignments?truck=HT-131 HTTP/1.1" 502 150 "-" "okhttp/4.12.0" 311 0.001 [dispatch-fleet-dispatch-8080] [] 10.42.1.58:8080 0 0.001 502 ' + hexs(32))
    r.at(4.5, "ag", 'I{{T:klog}}    2044 kubelet.go:2453] "SyncLoop (PLEG): event for pod" pod="dispatch/' + fd + '" event={"ID":"' + fduid + '","Type":"ContainerDied","Data":"' + hexs(64) + '"}')
    r.at(16.0, "fd", '{{T:slash}} INFO shift change: loading roster shift=B trucks=38 shovels=6 crusher_queues=2')
    r.at(17.1, "fd", '{{T:slash}} INFO assignment round 1: candidates=38')
    r.at(17.2, "fd", 'panic: runtime error: invalid memory address or nil pointer dereference', ev=True)
    r.at(17.21, "fd", '[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x9c4e12]')
    r.at(18.0, "tl", 'level=info ts={{T:iso}} caller=ingest.go:98 msg="batch stored" trucks=37 points=2214 lag_ms=180')
    r.at(19.0, "ag", 'I{{T:klog}}    2044 pod_workers.go:1301] "Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"fleet-dispatch\\" with CrashLoopBackOff: \\"back-off 20s restarting failed container=fleet-dispatch pod=' + fd + '_dispatch(' + fduid + ')\\"" pod="dispatch/' + fd + '" podUID="' + fduid + '"')
    r.event(19.5, "ev", reason="BackOff", type="Warning", name=fd, host=n1, count=3,
            msg=f"Back-off restarting failed container fleet-dispatch in pod {fd}_dispatch({fduid})", ev=True)
    r.at(25.0, "ing", '10.42.7.44 - - [{{T:nginx}}] "POST /api/v2/delays HTTP/1.1" 503 190 "-" "okhttp/4.12.0" 402 0.000 [dispatch-fleet-dispatch-8080] [] - - - - ' + hexs(32))
    r.at(26.0, "ing", '{{T:slash}} [error] 413#413: *88190 no live upstreams while connecting to upstream, client: 10.42.7.44, server: dispatch.minesite.local, request: "POST /api/v2/delays HTTP/1.1", upstream: "http://dispatch-fleet-dispatch-8080/api/v2/delays", host: "dispatch.minesite.local"')
    r.at(40.0, "tl", 'level=info ts={{T:iso}} caller=ingest.go:98 msg="batch stored" trucks=37 points=2190 lag_ms=171')
    r.event(58.0, "ev", reason="BackOff", type="Warning", name=fd, host=n1, count=6,
            msg=f"Back-off restarting failed container fleet-dispatch in pod {fd}_dispatch({fduid})")
    return r.build("CRITICAL", "application_error", "fleet-dispatch",
                   "fleet-dispatch panics with a nil pointer dereference in Engine.nearestShovel (engine.go:214) during the first assignment round, apparently for a truck without a position (in workshop); it crash-loops on every start.",
                   "Fleet dispatch is in CrashLoopBackOff after shift change because of a nil-pointer panic; the ingress returns 502/503 to tablets.",
                   "Roll back or hot-fix the nil check for trucks without a GNSS fix (or exclude WORKSHOP trucks from assignment) and redeploy.")


@record
def r12():
    n1, n2 = "aks-apps-41982201-vmss00000a", "aks-apps-41982201-vmss00000c"
    r = Rec("dev26-012", "fitness", "AKS", "azure-monitor-container-insights", "2026-10-03T18:31:00",
            "aks-stridewell-prod-neu", question="Users report the new 10K challenge leaderboard page errors out.",
            selector=sel(ns="community", app="leaderboards"), subscription="6f1c2d3e-8a9b-4c0d-9e1f-2a3b4c5d6e7f",
            resource_group="rg-stridewell-prod-neu")
    lb = podname("leaderboards")
    lb2 = podname("leaderboards", same_rs=lb)
    fe = podname("community-web")
    r.c("lb", "community", lb, "leaderboards", n1)
    r.c("lb2", "community", lb2, "leaderboards", n2)
    r.c("fe", "community", fe, "community-web", n2)
    r.ev_stream("ev", "community", n1)
    r.j("kl", n1, "kubelet.service")
    D = "{{T:iso}} %s: %s[%d] %s"
    H = "Microsoft.AspNetCore.Hosting.Diagnostics"
    E = "Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware"
    r.at(0.0, "lb", D % ("info", H, 1, "Request starting HTTP/1.1 GET http://leaderboards.community/api/challenges/10k-oct/standings?page=1 - - -"))
    r.at(0.02, "lb", D % ("fail", E, 1, "An unhandled exception has occurred while executing the request. System.InvalidOperationException: Sequence contains no elements"), ev=True)
    r.at(0.021, "lb", "   at System.Linq.ThrowHelper.ThrowNoElementsException()")
    r.at(0.022, "lb", "   at System.Linq.Enumerable.Max[TSource](IEnumerable`1 source, Func`2 selector)")
    r.at(0.023, "lb", "   at Stridewell.Community.Leaderboards.StandingsService.BuildPage(Challenge challenge, Int32 page) in /src/Leaderboards/StandingsService.cs:line 88", ev=True)
    r.at(0.024, "lb", "   at Stridewell.Community.Leaderboards.Controllers.StandingsController.Get(String slug, Int32 page) in /src/Leaderboards/Controllers/StandingsController.cs:line 41")
    r.at(0.03, "lb", D % ("info", H, 2, "Request finished HTTP/1.1 GET http://leaderboards.community/api/challenges/10k-oct/standings?page=1 - 500 - application/problem+json 14.2210ms"))
    r.at(0.2, "fe", '{"level":"error","time":"{{T:iso}}","pid":1,"hostname":"' + fe + '","msg":"upstream leaderboards responded 500","path":"/challenges/10k-oct","status":500}')
    r.at(5.0, "lb2", D % ("info", H, 2, "Request finished HTTP/1.1 GET http://leaderboards.community/api/challenges/steps-sept/standings?page=3 - 200 - application/json;+charset=utf-8 9.8832ms"))
    r.at(9.0, "lb2", D % ("warn", "Microsoft.EntityFrameworkCore.Query", 20504, "Compiling a query which loads related collections for more than one collection navigation, either via 'Include' or through projection, but no 'QuerySplittingBehavior' has been configured."))
    r.at(12.0, "lb2", D % ("info", H, 1, "Request starting HTTP/1.1 GET http://leaderboards.community/api/challenges/10k-oct/standings?page=1 - - -"))
    r.at(12.01, "lb2", D % ("fail", E, 1, "An unhandled exception has occurred while executing the request. System.InvalidOperationException: Sequence contains no elements"), ev=True)
    r.at(12.011, "lb2", "   at System.Linq.ThrowHelper.ThrowNoElementsException()")
    r.at(12.012, "lb2", "   at Stridewell.Community.Leaderboards.StandingsService.BuildPage(Challenge challenge, Int32 page) in /src/Leaderboards/StandingsService.cs:line 88")
    r.at(12.02, "lb2", D % ("info", H, 2, "Request finished HTTP/1.1 GET http://leaderboards.community/api/challenges/10k-oct/standings?page=1 - 500 - application/problem+json 11.0408ms"))
    r.at(20.0, "kl", 'I{{T:klog}}    3920 kubelet.go:2486] "SyncLoop (probe)" probe="liveness" status="healthy" pod="community/' + lb + '"')
    r.at(30.0, "lb", D % ("info", "Stridewell.Community.Leaderboards.ChallengeSync", 0, "Challenge 10k-oct has 0 finishers so far (opened 2026-10-03T18:00:00Z)"))
    r.at(41.0, "lb", D % ("info", H, 2, "Request finished HTTP/1.1 GET http://leaderboards.community/api/challenges/steps-sept/standings?page=1 - 200 - application/json;+charset=utf-8 7.1195ms"))
    r.at(44.0, "lb", D % ("fail", E, 1, "An unhandled exception has occurred while executing the request. System.InvalidOperationException: Sequence contains no elements"))
    r.at(44.01, "lb", D % ("info", H, 2, "Request finished HTTP/1.1 GET http://leaderboards.community/api/challenges/10k-oct/standings?page=1 - 500 - application/problem+json 12.6620ms"))
    return r.build("ERROR", "application_error", "leaderboards",
                   "The leaderboards service throws an unhandled InvalidOperationException (Enumerable.Max on an empty sequence in StandingsService.BuildPage) for a newly opened challenge that has no finishers yet, returning HTTP 500.",
                   "Standings for the new challenge fail with 500 on every replica; other challenges work.",
                   "Handle the empty-standings case (MaxBy/DefaultIfEmpty or early return) and deploy the fix; until then hide the standings page for challenges without finishers.")


@record
def r13():
    n1 = "gke-gs-ops-prod-usc1-pool-2-8c1e4f7a-5mqh"
    n2 = "gke-gs-ops-prod-usc1-pool-2-8c1e4f7a-tz0c"
    r = Rec("dev26-013", "satellite", "GKE", "gcp-cloud-logging", "2026-05-19T13:05:00", "gs-ops-prod-usc1",
            question="The pass-scheduler 2.14 rollout has not progressed for 20 minutes. Why?",
            selector=sel(ns="scheduling", app="pass-scheduler"), project="orbitlink-groundseg-prod", location="us-central1")
    old = podname("pass-scheduler")
    new = podname("pass-scheduler")
    an = podname("antenna-health")
    img = "us-central1-docker.pkg.dev/orbitlink-groundseg-prod/ground/pass-scheduler:2.14.0"
    r.c("old", "scheduling", old, "pass-scheduler", n2)
    r.c("an", "scheduling", an, "antenna-health", n1)
    r.ev_stream("ev", "scheduling", n1)
    r.j("kl", n1, "kubelet.service")
    r.event(0.0, "ev", reason="ScalingReplicaSet", kind="Deployment", name="pass-scheduler", api="apps/v1",
            src="deployment-controller", msg=f"Scaled up replica set {new.rsplit('-', 1)[0]} to 1")
    r.event(0.5, "ev", reason="Scheduled", name=new, src="default-scheduler",
            msg=f"Successfully assigned scheduling/{new} to {n1}")
    r.event(1.0, "ev", reason="Pulling", name=new, host=n1, msg=f'Pulling image "{img}"')
    r.at(1.6, "kl", 'E{{T:klog}}    2173 log.go:32] "PullImage from image service failed" err="rpc error: code = NotFound desc = failed to pull and unpack image \\"' + img + '\\": failed to resolve reference \\"' + img + '\\": ' + img + ': not found" image="' + img + '"', ev=True)
    r.event(1.7, "ev", reason="Failed", type="Warning", name=new, host=n1,
            msg=f'Failed to pull image "{img}": rpc error: code = NotFound desc = failed to pull and unpack image "{img}": failed to resolve reference "{img}": {img}: not found', ev=True)
    r.event(1.8, "ev", reason="Failed", type="Warning", name=new, host=n1, msg="Error: ErrImagePull")
    r.at(4.0, "old", '{"severity":"INFO","time":"{{T:iso}}","logger":"scheduler.core","message":"pass plan refreshed","stations":9,"passes_next_24h":188}')
    r.event(14.0, "ev", reason="BackOff", type="Warning", name=new, host=n1, count=4,
            msg=f'Back-off pulling image "{img}"', ev=True)
    r.event(14.1, "ev", reason="Failed", type="Warning", name=new, host=n1, count=4, msg="Error: ImagePullBackOff")
    r.at(20.0, "an", '{"severity":"INFO","time":"{{T:iso}}","message":"ACU heartbeat ok","station":"gs-swd-04","az_deg":211.4,"el_deg":12.9}')
    r.at(22.0, "an", '{"severity":"WARNING","time":"{{T:iso}}","message":"ACU heartbeat late, retry succeeded","station":"gs-hbk-05","late_ms":840}')
    r.at(30.0, "kl", 'I{{T:klog}}    2173 kubelet.go:2486] "SyncLoop (probe)" probe="readiness" status="ready" pod="scheduling/' + an + '"')
    r.at(61.0, "old", '{"severity":"INFO","time":"{{T:iso}}","logger":"scheduler.core","message":"pass plan refreshed","stations":9,"passes_next_24h":188}')
    r.at(75.0, "kl", 'E{{T:klog}}    2173 pod_workers.go:1301] "Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"pass-scheduler\\" with ImagePullBackOff: \\"Back-off pulling image \\\\\\"' + img + '\\\\\\"\\"" pod="scheduling/' + new + '" podUID="' + uid() + '"')
    r.event(180.0, "ev", reason="BackOff", type="Warning", name=new, host=n1, count=19,
            msg=f'Back-off pulling image "{img}"')
    r.at(185.0, "old", '{"severity":"WARNING","time":"{{T:iso}}","logger":"scheduler.conflicts","message":"pass conflict resolved by priority","station":"gs-kir-01","winner":"EOS-14","loser":"EOS-09"}')
    return r.build("ERROR", "image_pull", "pass-scheduler",
                   "The new pass-scheduler pod cannot start because the image tag 2.14.0 does not exist in Artifact Registry (NotFound on resolve), so it is stuck in ErrImagePull/ImagePullBackOff and the rollout never progresses.",
                   "pass-scheduler 2.14.0 rollout stuck in ImagePullBackOff; old replica still serving.",
                   "Push the 2.14.0 image (or fix the tag/digest in the Deployment) and let the rollout continue; consider rolling back to unblock the deployment.")


@record
def r14():
    n1, n2 = "plant-edge-01", "plant-edge-02"
    r = Rec("dev26-014", "mining", "k3s", "vector", "2026-11-21T07:44:00", "crusher-plant-k3s",
            question="After the power dip at the crusher plant the conveyor HMI shows no data. What is broken?",
            selector=sel(ns="scada"))
    gw = podname("conveyor-gateway")
    hmi = podname("conveyor-hmi")
    img = "harbor.ironridge.local/scada/conveyor-gateway:5.3.2"
    tok = "https://harbor.ironridge.local/service/token?scope=repository%3Ascada%2Fconveyor-gateway%3Apull&service=harbor-registry"
    perr = (f'failed to pull and unpack image "{img}": failed to resolve reference "{img}": failed to authorize: '
            f'failed to fetch oauth token: unexpected status from GET request to {tok}: 401 Unauthorized')
    r.c("hmi", "scada", hmi, "hmi", n1, app="conveyor-hmi")
    r.ev_stream("ev", "scada", n1)
    r.j("k3s2", n2, "k3s-agent.service")
    r.j("k3s1", n1, "k3s.service")
    r.at(0.0, "k3s2", 'time="{{T:isos}}" level=info msg="Starting k3s agent v1.31.4+k3s1 (a1b2c3d4)"')
    r.at(6.0, "k3s2", 'time="{{T:isos}}" level=info msg="Running kubelet --address=0.0.0.0 --anonymous-auth=false --authentication-token-webhook=true --cgroup-driver=systemd --container-runtime-endpoint=unix:///run/k3s/containerd/containerd.sock --hostname-override=plant-edge-02 --node-labels= --pod-manifest-path=/var/lib/rancher/k3s/agent/pod-manifests"')
    r.event(20.0, "ev", reason="Scheduled", name=gw, src="default-scheduler", msg=f"Successfully assigned scada/{gw} to {n2}")
    r.event(21.0, "ev", reason="Pulling", name=gw, host=n2, msg=f'Pulling image "{img}"')
    r.at(21.8, "k3s2", 'E{{T:klog}}    1423 log.go:32] "PullImage from image service failed" err="rpc error: code = Unknown desc = ' + perr.replace('"', '\\"') + '" image="' + img + '"', ev=True)
    r.event(21.9, "ev", reason="Failed", type="Warning", name=gw, host=n2,
            msg=f"Failed to pull image \"{img}\": rpc error: code = Unknown desc = {perr}", ev=True)
    r.event(22.0, "ev", reason="Failed", type="Warning", name=gw, host=n2, msg="Error: ErrImagePull")
    r.at(25.0, "hmi", "{{T:iso}} [WARN] opcua-client: connection to opc.tcp://conveyor-gateway.scada.svc:4840 failed: BadConnectionRejected (connect ECONNREFUSED 10.43.18.7:4840), retrying in 5000 ms")
    r.at(30.5, "hmi", "{{T:iso}} [WARN] opcua-client: connection to opc.tcp://conveyor-gateway.scada.svc:4840 failed: BadConnectionRejected (connect ECONNREFUSED 10.43.18.7:4840), retrying in 5000 ms")
    r.event(36.0, "ev", reason="BackOff", type="Warning", name=gw, host=n2, count=3, msg=f'Back-off pulling image "{img}"', ev=True)
    r.event(36.1, "ev", reason="Failed", type="Warning", name=gw, host=n2, count=3, msg="Error: ImagePullBackOff")
    r.at(40.0, "k3s1", 'time="{{T:isos}}" level=info msg="Tunnel server egress proxy mode: agent"')
    r.at(41.0, "hmi", "{{T:iso}} [INFO] ui: 3 operator sessions connected, data source state=DISCONNECTED since 07:44:19")
    r.at(95.0, "k3s2", 'E{{T:klog}}    1423 pod_workers.go:1301] "Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"gateway\\" with ImagePullBackOff: \\"Back-off pulling image \\\\\\"' + img + '\\\\\\"\\"" pod="scada/' + gw + '" podUID="' + uid() + '"')
    r.at(96.0, "hmi", "{{T:iso}} [ERROR] alarms: conveyor data stale for 120 s, belt interlocks shown as UNKNOWN")
    r.event(200.0, "ev", reason="BackOff", type="Warning", name=gw, host=n2, count=14, msg=f'Back-off pulling image "{img}"')
    return r.build("CRITICAL", "image_pull", "conveyor-gateway",
                   "After the reboot the conveyor-gateway pod was rescheduled to plant-edge-02, which does not have the image cached, and pulling from Harbor fails with 401 Unauthorized when fetching the registry token (pull credentials rejected, e.g. an expired robot account), so the gateway never starts.",
                   "The conveyor OPC UA gateway is down in ImagePullBackOff; the HMI has no plant data.",
                   "Renew the Harbor robot account / imagePullSecret for the scada namespace (or pre-load the image on the edge nodes) and restart the pod.")


@record
def r15():
    n1, n2 = "worker-2.ocp-fd.orbitlink.internal", "worker-0.ocp-fd.orbitlink.internal"
    r = Rec("dev26-015", "satellite", "OpenShift", "openshift-logging-lokistack", "2026-12-02T08:15:00", "ocp-flightdyn",
            question="orbit-determination keeps restarting after the upgrade to 6.0; no errors in its logs. Why?",
            selector=sel(ns="flight-dynamics", app="orbit-determination"))
    od = podname("orbit-determination")
    mp = podname("maneuver-planner")
    ip = "10.129.2.17"
    oduid = uid()
    r.c("od", "flight-dynamics", od, "orbit-determination", n1)
    r.c("mp", "flight-dynamics", mp, "maneuver-planner", n2)
    r.ev_stream("ev", "flight-dynamics", n1)
    r.j("kl", n1, "kubelet.service")
    r.j("crio", n1, "crio.service")
    S = "{{T:isooff}}  %s 1 --- [orbit-determination] [%15s] %-42s : %s"
    r.at(0.0, "od", S % ("INFO", "main", "c.o.fd.OrbitDeterminationApplication", "Starting OrbitDeterminationApplication v6.0.0 using Java 21.0.5 with PID 1"))
    r.at(2.1, "od", S % ("INFO", "main", "o.s.b.w.embedded.tomcat.TomcatWebServer", "Tomcat initialized with port 8080 (http)"))
    r.at(3.0, "od", S % ("INFO", "main", "c.o.fd.ephemeris.EphemerisLoader", "Loading JPL DE440 ephemeris (114 MB) from /data/ephem/de440.bsp"))
    r.at(4.0, "mp", S.replace("orbit-determination", "maneuver-planner") % ("INFO", "scheduling-1", "c.o.fd.maneuver.BurnPlanner", "Evaluated 4 candidate burns for EOS-14 station-keeping, best dv=0.0412 m/s"))
    r.at(29.5, "od", S % ("INFO", "main", "c.o.fd.ephemeris.EphemerisLoader", "DE440 loaded in 26.4 s; loading EGM2008 gravity field degree/order 120"))
    r.at(31.2, "kl", 'I{{T:klog}}    3381 prober.go:107] "Probe failed" probeType="Liveness" pod="flight-dynamics/' + od + '" podUID="' + oduid + '" containerName="orbit-determination" probeResult="failure" output="Get \\"http://' + ip + ':8080/actuator/health/liveness\\": dial tcp ' + ip + ':8080: connect: connection refused"')
    r.event(31.3, "ev", reason="Unhealthy", type="Warning", name=od, host=n1,
            msg=f'Liveness probe failed: Get "http://{ip}:8080/actuator/health/liveness": dial tcp {ip}:8080: connect: connection refused', ev=True)
    r.at(41.0, "od", S % ("INFO", "main", "c.o.fd.gravity.GravityFieldLoader", "EGM2008 coefficients parsed (7381 terms); building EOP table 1962-2026"))
    r.event(51.3, "ev", reason="Unhealthy", type="Warning", name=od, host=n1, count=3,
            msg=f'Liveness probe failed: Get "http://{ip}:8080/actuator/health/liveness": dial tcp {ip}:8080: connect: connection refused')
    r.event(51.4, "ev", reason="Killing", name=od, host=n1,
            msg="Container orbit-determination failed liveness probe, will be restarted", ev=True)
    r.at(51.5, "crio", 'time="{{T:iso9}}" level=info msg="Stopping container: ' + hexs(64) + ' (timeout: 30s)" id=' + uid() + ' name=/runtime.v1.RuntimeService/StopContainer')
    r.at(52.0, "od", S % ("INFO", "ionShutdownHook", "o.s.b.w.e.tomcat.GracefulShutdown", "Commencing graceful shutdown. Waiting for active requests to complete"))
    r.at(53.0, "od", S % ("INFO", "main", "c.o.fd.OrbitDeterminationApplication", "Starting OrbitDeterminationApplication v6.0.0 using Java 21.0.5 with PID 1"))
    r.at(56.0, "od", S % ("INFO", "main", "c.o.fd.ephemeris.EphemerisLoader", "Loading JPL DE440 ephemeris (114 MB) from /data/ephem/de440.bsp"))
    r.at(60.0, "mp", S.replace("orbit-determination", "maneuver-planner") % ("WARN", "scheduling-1", "c.o.fd.maneuver.OdClient", "orbit-determination not available, using last OD solution (age 41 min) for EOS-14"))
    r.event(104.0, "ev", reason="Killing", name=od, host=n1, count=2,
            msg="Container orbit-determination failed liveness probe, will be restarted")
    r.event(130.0, "ev", reason="BackOff", type="Warning", name=od, host=n1, count=2,
            msg=f"Back-off restarting failed container orbit-determination in pod {od}_flight-dynamics({oduid})", ev=True)
    r.at(131.0, "mp", S.replace("orbit-determination", "maneuver-planner") % ("WARN", "scheduling-1", "c.o.fd.maneuver.OdClient", "orbit-determination not available, using last OD solution (age 43 min) for EOS-14"))
    return r.build("CRITICAL", "probe_failure", "orbit-determination",
                   "orbit-determination 6.0 needs well over a minute to load the DE440 ephemeris and gravity field before its HTTP port opens, but the liveness probe starts failing after ~30 s and kills the container after three failures, so it is restarted before it ever becomes ready.",
                   "orbit-determination is in a liveness-kill restart loop during its slow (but healthy) startup.",
                   "Add a startupProbe (or raise initialDelaySeconds/failureThreshold) covering the ~100 s startup, or make the data loading lazy/asynchronous.")


@record
def r16():
    n1, n2 = "lke218841-318712-5f2a9c3b0000", "lke218841-318712-0b71e4d20000"
    r = Rec("dev26-016", "fitness", "LKE", "elastic-filebeat-ecs", "2026-01-18T19:00:00", "lke-pulse-live",
            question="Live class heart-rate streams stuttered at 19:00; is hr-stream-gateway unhealthy?",
            selector=sel(ns="live", app="hr-stream-gateway"))
    g1 = podname("hr-stream-gateway")
    g2 = podname("hr-stream-gateway", same_rs=g1)
    ag = podname("class-aggregator")
    g1uid = uid()
    r.c("g1", "live", g1, "gateway", n1, app="hr-stream-gateway")
    r.c("g2", "live", g2, "gateway", n2, app="hr-stream-gateway")
    r.c("ag", "live", ag, "aggregator", n2, app="class-aggregator")
    r.ev_stream("ev", "live", n1)
    r.j("kl", n1, "kubelet.service")
    P = '{"level":%d,"time":{{T:epochms}},"pid":1,"hostname":"%s","msg":"%s"%s}'
    r.at(0.0, "g1", P % (30, g1, "class started", ',"classId":"cl_77120","participants":2140'))
    r.at(1.5, "g1", P % (30, g1, "ws connections", ',"open":1688,"msgsPerSec":5120'))
    r.at(3.0, "g1", P % (40, g1, "event loop lag high", ',"lagMs":1380,"open":2093'))
    r.at(3.4, "kl", 'I{{T:klog}}    1011 prober.go:107] "Probe failed" probeType="Readiness" pod="live/' + g1 + '" podUID="' + g1uid + '" containerName="gateway" probeResult="failure" output="Get \\"http://10.2.1.44:8080/healthz/ready\\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)"', ev=True)
    r.event(3.5, "ev", reason="Unhealthy", type="Warning", name=g1, host=n1,
            msg='Readiness probe failed: Get "http://10.2.1.44:8080/healthz/ready": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', ev=True)
    r.at(5.0, "g2", P % (30, g2, "ws connections", ',"open":2301,"msgsPerSec":6980'))
    r.at(6.0, "ag", "{{T:iso}} INFO  class_aggregator::window: cl_77120 window=5s participants=2139 dropped_samples=312")
    r.at(13.4, "kl", 'I{{T:klog}}    1011 prober.go:107] "Probe failed" probeType="Readiness" pod="live/' + g1 + '" podUID="' + g1uid + '" containerName="gateway" probeResult="failure" output="Get \\"http://10.2.1.44:8080/healthz/ready\\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)"')
    r.event(13.5, "ev", reason="Unhealthy", type="Warning", name=g1, host=n1, count=2,
            msg='Readiness probe failed: Get "http://10.2.1.44:8080/healthz/ready": context deadline exceeded (Client.Timeout exceeded while awaiting headers)')
    r.at(14.0, "g1", P % (30, g1, "client reconnect storm", ',"reconnects":611,"reason":"endpoint removed"'))
    r.at(16.2, "g2", P % (40, g2, "event loop lag high", ',"lagMs":1120,"open":2880'))
    r.event(16.8, "ev", reason="Unhealthy", type="Warning", name=g2, host=n2,
            msg='Readiness probe failed: Get "http://10.2.3.19:8080/healthz/ready": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', ev=True)
    r.at(23.4, "kl", 'I{{T:klog}}    1011 kubelet.go:2486] "SyncLoop (probe)" probe="readiness" status="ready" pod="live/' + g1 + '"')
    r.at(24.0, "ag", "{{T:iso}} WARN  class_aggregator::window: cl_77120 window=5s late samples=1180 (gateway reconnects); interpolating")
    r.at(30.0, "g1", P % (30, g1, "ws connections", ',"open":1410,"msgsPerSec":4310'))
    r.at(36.0, "g2", P % (30, g2, "ws connections", ',"open":2702,"msgsPerSec":7410'))
    r.at(60.0, "ag", "{{T:iso}} INFO  class_aggregator::window: cl_77120 window=5s participants=2140 dropped_samples=0")
    r.at(61.0, "kl", 'I{{T:klog}}    1011 kubelet.go:2486] "SyncLoop (probe)" probe="liveness" status="healthy" pod="live/' + g1 + '"')
    return r.build("WARN", "probe_failure", "hr-stream-gateway",
                   "At the start of a large live class the gateway's event loop lags over a second and its readiness probe (1 s timeout) times out, so pods are briefly removed from the Service and clients reconnect; the probes pass again within ~20 s and no container restarts.",
                   "Transient readiness-probe failures on the heart-rate stream gateway during the class start spike; recovered on its own.",
                   "Optionally raise the readiness timeout/failureThreshold or serve health checks off the main event loop, and scale the gateway ahead of large classes.")


@record
def r17():
    n = ["ip-10-61-%d-%d.ap-southeast-2.compute.internal" % (a, b) for a, b in ((4, 17), (4, 201), (18, 33), (18, 92), (33, 140))]
    r = Rec("dev26-017", "mining", "EKS", "aws-cloudwatch-container-insights", "2026-06-04T22:40:00", "pilbara-ops-apse2",
            question="Tonight's blast fragmentation simulations have not started. Why are they stuck?",
            selector=sel(ns="blast-sim"))
    jobs = [f"fragsim-bp-2026-2{i:02d}-{alnum(5)}" for i in (41, 42, 43)]
    ctl = podname("sim-controller")
    r.c("ctl", "blast-sim", ctl, "controller", n[0], app="sim-controller")
    r.ev_stream("ev", "blast-sim", n[1])
    ca = podname("cluster-autoscaler")
    r.c("ca", "kube-system", ca, "cluster-autoscaler", n[1], app="cluster-autoscaler")
    r.at(0.0, "ctl", "{{T:comma}} INFO sim_controller.dispatch: submitted 3 DEM runs for shots BP-2026-241..243 (each 14 CPU / 56Gi, nodeSelector workload=hpc-sim)")
    msg = ("0/5 nodes are available: 2 Insufficient memory, 3 node(s) didn't match Pod's node affinity/selector. "
           "preemption: 0/5 nodes are available: 2 No preemption victims found for incoming pod, 3 Preemption is not helpful for scheduling.")
    r.event(0.8, "ev", reason="FailedScheduling", type="Warning", name=jobs[0], src="default-scheduler", msg=msg, ev=True)
    r.event(0.9, "ev", reason="FailedScheduling", type="Warning", name=jobs[1], src="default-scheduler", msg=msg)
    r.event(1.0, "ev", reason="FailedScheduling", type="Warning", name=jobs[2], src="default-scheduler", msg=msg)
    r.at(10.4, "ca", 'I{{T:klog}}       1 scale_up.go:124] Pod blast-sim/' + jobs[0] + ' can\'t be scheduled on eks-hpc-sim-r6i-4xl-7ac6f1e2-0d4b-9a8e-11f0-3c1d2b4e5a6f, predicate checking error: Insufficient memory; predicateName=NodeResourcesFit; reasons: Insufficient memory; debugInfo=', ev=True)
    r.at(10.5, "ca", 'I{{T:klog}}       1 orchestrator.go:556] Skipping node group eks-hpc-sim-r6i-4xl-7ac6f1e2-0d4b-9a8e-11f0-3c1d2b4e5a6f - max size reached')
    r.event(11.0, "ev", reason="NotTriggerScaleUp", name=jobs[0], src="cluster-autoscaler",
            msg="pod didn't trigger scale-up: 3 node(s) didn't match Pod's node affinity/selector, 1 max node group size reached", ev=True)
    r.at(30.0, "ctl", "{{T:comma}} WARNING sim_controller.dispatch: 0/3 runs started after 30s (all Pending); waiting")
    r.at(31.0, "ctl", "{{T:comma}} INFO sim_controller.results: BP-2026-238 results uploaded to s3://pilbara-ops-blast/fragsim/BP-2026-238/ (P80=298mm)")
    r.at(90.0, "ctl", "{{T:comma}} WARNING sim_controller.dispatch: 0/3 runs started after 90s (all Pending); firing window 2026-06-05T03:00Z needs results by 01:00Z")
    r.at(95.1, "ca", 'I{{T:klog}}       1 scale_up.go:124] Pod blast-sim/' + jobs[1] + ' can\'t be scheduled on eks-hpc-sim-r6i-4xl-7ac6f1e2-0d4b-9a8e-11f0-3c1d2b4e5a6f, predicate checking error: Insufficient memory; predicateName=NodeResourcesFit; reasons: Insufficient memory; debugInfo=')
    r.event(121.0, "ev", reason="FailedScheduling", type="Warning", name=jobs[0], src="default-scheduler", count=4, msg=msg)
    r.event(122.0, "ev", reason="NotTriggerScaleUp", name=jobs[2], src="cluster-autoscaler", count=9,
            msg="pod didn't trigger scale-up: 3 node(s) didn't match Pod's node affinity/selector, 1 max node group size reached")
    r.at(150.0, "ctl", "{{T:comma}} ERROR sim_controller.dispatch: runs for BP-2026-241..243 still Pending after 150s; alerting blast engineer on call")
    return r.build("ERROR", "scheduling", "fragsim",
                   "The simulation pods request 56Gi each and are restricted to the hpc-sim node group; its two nodes lack free memory and the node group is already at max size, so the scheduler reports Insufficient memory / node affinity mismatch and the cluster autoscaler refuses to scale up.",
                   "Blast fragmentation simulation jobs are stuck Pending because the HPC node group is full and at its maximum size.",
                   "Raise the hpc-sim node group max size (or free the existing nodes / lower the requests) so the three runs can be scheduled before the firing window.")


@record
def r18():
    n1, n2 = "ip-10-72-9-14.us-west-2.compute.internal", "ip-10-72-41-203.us-west-2.compute.internal"
    n3 = "ip-10-72-27-88.us-west-2.compute.internal"
    r = Rec("dev26-018", "satellite", "EKS", "datadog-agent", "2026-03-29T10:18:00", "gs-downlink-usw2",
            question="Frame processing backlog spiked during the 10:20 pass cluster; anything we need to fix?",
            selector=sel(ns="downlink"))
    fp = podname("frame-processor")
    pend = [podname("frame-processor", same_rs=fp) for _ in range(3)]
    kp = podname("karpenter")
    r.c("fp", "downlink", fp, "frame-processor", n1, source="rust", owner=("deployment", "frame-processor"))
    r.c("kp", "kube-system", kp, "controller", n2, app="karpenter", source="karpenter")
    r.ev_stream("ev", "downlink", n2)
    r.j("kl", n3, "kubelet.service")
    K = '{"level":"INFO","time":"{{T:iso}}","logger":"controller","message":"%s","commit":"1a2f5d3","controller":"%s"%s}'
    r.at(0.0, "fp", "{{T:iso6}}  INFO frame_processor::queue: backlog frames=182340 consumers=4 rate_fps=9120 passes_active=5")
    r.event(2.0, "ev", reason="SuccessfulRescale", kind="HorizontalPodAutoscaler", name="frame-processor", api="autoscaling/v2",
            src="horizontal-pod-autoscaler", msg="New size: 16; reason: external metric kafka_consumergroup_lag(&LabelSelector{MatchLabels:map[string]string{topic: cadu-frames,},MatchExpressions:[]LabelSelectorRequirement{},}) above target")
    msg = "0/6 nodes are available: 1 node(s) had untolerated taint {CriticalAddonsOnly: true}, 5 Insufficient cpu. preemption: 0/6 nodes are available: 1 Preemption is not helpful for scheduling, 5 No preemption victims found for incoming pod."
    r.event(3.0, "ev", reason="FailedScheduling", type="Warning", name=pend[0], src="default-scheduler", msg=msg, ev=True)
    r.event(3.1, "ev", reason="FailedScheduling", type="Warning", name=pend[1], src="default-scheduler", msg=msg)
    r.at(4.2, "kp", K % ("found provisionable pod(s)", "provisioner", ',"Pods":"downlink/' + pend[0] + ', downlink/' + pend[1] + ', downlink/' + pend[2] + ' and 7 other(s)","duration":"41.88ms"'), ev=True)
    r.at(4.3, "kp", K % ("computed new nodeclaim(s) to fit pod(s)", "provisioner", ',"nodeclaims":1,"pods":10'))
    r.at(4.4, "kp", K % ("created nodeclaim", "provisioner", ',"NodePool":{"name":"burst"},"NodeClaim":{"name":"burst-x7kqp"},"requests":{"cpu":"20350m","memory":"41280Mi","pods":"14"},"instance-types":"c6i.8xlarge, c7i.8xlarge, m6i.8xlarge, m7i.8xlarge and 12 other(s)"'))
    r.event(4.6, "ev", reason="Nominated", name=pend[0], src="karpenter", msg="Pod should schedule on: nodeclaim/burst-x7kqp")
    r.at(7.0, "fp", "{{T:iso6}}  WARN frame_processor::queue: backlog growing frames=236118 consumers=6 rate_fps=13510")
    r.at(8.9, "kp", K % ("launched nodeclaim", "nodeclaim.lifecycle", ',"NodeClaim":{"name":"burst-x7kqp"},"provider-id":"aws:///us-west-2b/i-0c4e7f19a2b83d6e1","instance-type":"c7i.8xlarge","zone":"us-west-2b","capacity-type":"spot","allocatable":{"cpu":"31850m","ephemeral-storage":"17Gi","memory":"57691Mi","pods":"234"}'))
    r.at(52.0, "kp", K % ("registered nodeclaim", "nodeclaim.lifecycle", ',"NodeClaim":{"name":"burst-x7kqp"},"provider-id":"aws:///us-west-2b/i-0c4e7f19a2b83d6e1","Node":{"name":"' + n3 + '"}'))
    r.at(61.0, "kp", K % ("initialized nodeclaim", "nodeclaim.lifecycle", ',"NodeClaim":{"name":"burst-x7kqp"},"provider-id":"aws:///us-west-2b/i-0c4e7f19a2b83d6e1","Node":{"name":"' + n3 + '"},"allocatable":{"cpu":"31850m","memory":"57691Mi","pods":"234"}'))
    r.event(61.5, "ev", reason="Scheduled", name=pend[0], src="default-scheduler", msg=f"Successfully assigned downlink/{pend[0]} to {n3}")
    r.at(66.0, "kl", 'I{{T:klog}}    2210 kubelet.go:2421] "SyncLoop ADD" source="api" pods=["downlink/' + pend[0] + '","downlink/' + pend[1] + '","downlink/' + pend[2] + '"]')
    r.at(79.0, "kl", 'I{{T:klog}}    2210 kubelet.go:2486] "SyncLoop (probe)" probe="readiness" status="ready" pod="downlink/' + pend[0] + '"')
    r.at(95.0, "fp", "{{T:iso6}}  INFO frame_processor::queue: backlog frames=201877 consumers=16 rate_fps=35120 draining eta_s=9")
    r.at(140.0, "fp", "{{T:iso6}}  INFO frame_processor::queue: backlog frames=4120 consumers=16 rate_fps=9012 passes_active=5")
    return r.build("WARN", "scheduling", "frame-processor",
                   "The HPA scaled frame-processor to 16 replicas for a burst of passes, but ten new pods were unschedulable for about a minute (Insufficient cpu) until Karpenter launched and initialized a new node; they then scheduled and the backlog drained.",
                   "Temporary Pending pods for lack of CPU during a pass burst; resolved by node autoscaling.",
                   "Optional: keep warm headroom (overprovisioning pods or a higher minimum) ahead of scheduled pass bursts.")


@record
def r19():
    cp, w1, w2 = "pulse-staging-control-plane", "pulse-staging-worker", "pulse-staging-worker2"
    r = Rec("dev26-019", "fitness", "kind", "promtail", "2026-02-24T16:03:00", "kind-pulse-staging",
            question="In the staging cluster, partner-sync cannot import activities from partners. What's wrong?",
            selector=sel(ns="partners"))
    ps = podname("partner-sync")
    dns1, dns2 = "coredns-" + alnum(10) + "-" + alnum(5), "coredns-" + alnum(10) + "-" + alnum(5)
    r.c("ps", "partners", ps, "partner-sync", w1)
    r.c("d1", "kube-system", dns1, "coredns", cp, app="kube-dns")
    r.c("d2", "kube-system", dns2, "coredns", cp, app="kube-dns")
    r.j("kl", w1, "kubelet.service")
    r.ev_stream("ev", "partners", w2)
    P = '{"level":%d,"time":{{T:epochms}},"pid":1,"hostname":"%s","msg":"%s"%s}'
    r.at(0.0, "ps", P % (30, ps, "import cycle started", ',"partners":["trailmetrics","ridelog"],"users":412'))
    r.at(0.3, "d1", '[INFO] 10.244.1.7:41822 - 51922 "A IN postgres.partners.svc.cluster.local. udp 64 false 1232" NOERROR qr,aa,rd 116 0.000142s')
    r.at(0.4, "ps", P % (30, ps, "db pool ready", ',"host":"postgres.partners.svc.cluster.local","size":10'))
    r.at(2.5, "d1", '[ERROR] plugin/errors: 2 api.trailmetrics.io. A: read udp 10.244.0.3:53142->172.18.0.1:53: i/o timeout', ev=True)
    r.at(2.6, "d2", '[ERROR] plugin/errors: 2 api.trailmetrics.io. AAAA: read udp 10.244.0.4:40117->172.18.0.1:53: i/o timeout')
    r.at(4.6, "ps", P % (50, ps, "partner fetch failed", ',"partner":"trailmetrics","err":{"type":"Error","message":"getaddrinfo EAI_AGAIN api.trailmetrics.io","stack":"Error: getaddrinfo EAI_AGAIN api.trailmetrics.io\\n    at GetAddrInfoReqWrap.onlookupall [as oncomplete] (node:dns:120:26)","errno":-3001,"code":"EAI_AGAIN","syscall":"getaddrinfo","hostname":"api.trailmetrics.io"}'), ev=True)
    r.at(6.0, "d2", '[ERROR] plugin/errors: 2 api.ridelog.app. A: read udp 10.244.0.4:38810->172.18.0.1:53: i/o timeout', ev=True)
    r.at(8.1, "ps", P % (50, ps, "partner fetch failed", ',"partner":"ridelog","err":{"type":"Error","message":"getaddrinfo EAI_AGAIN api.ridelog.app","errno":-3001,"code":"EAI_AGAIN","syscall":"getaddrinfo","hostname":"api.ridelog.app"}'), ev=True)
    r.at(9.0, "ps", P % (40, ps, "retrying partner fetch", ',"partner":"trailmetrics","attempt":2,"backoffMs":4000'))
    r.at(10.2, "d1", '[INFO] 10.244.1.7:52011 - 7710 "A IN redis.partners.svc.cluster.local. udp 61 false 1232" NOERROR qr,aa,rd 112 0.000118s')
    r.at(15.1, "d1", '[ERROR] plugin/errors: 2 api.trailmetrics.io. A: read udp 10.244.0.3:60331->172.18.0.1:53: i/o timeout')
    r.at(17.0, "ps", P % (50, ps, "partner fetch failed", ',"partner":"trailmetrics","err":{"type":"Error","message":"getaddrinfo EAI_AGAIN api.trailmetrics.io","errno":-3001,"code":"EAI_AGAIN","syscall":"getaddrinfo","hostname":"api.trailmetrics.io"}'))
    r.at(17.2, "ps", P % (30, ps, "import cycle finished", ',"imported":0,"failedPartners":2,"durationMs":17190'))
    r.at(20.0, "kl", 'I{{T:klog}}     241 kubelet.go:2486] "SyncLoop (probe)" probe="readiness" status="ready" pod="partners/' + ps + '"')
    r.event(30.0, "ev", reason="Pulled", name=podname("webhook-relay"), host=w2,
            msg='Container image "localhost:5001/pulse/webhook-relay:dev-5c1e0aa" already present on machine')
    r.at(31.0, "d2", '[INFO] plugin/reload: Running configuration SHA512 = 1b226df79860726c7b7b5cf8e1f5b6ce3b4e3a6c9a5a2d8f1f0e7c3b2a1d0e9f8c7b6a5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8')
    return r.build("ERROR", "dns_resolution", "coredns",
                   "CoreDNS cannot reach its upstream resolver (forwarding to 172.18.0.1:53 times out), so external partner hostnames fail with EAI_AGAIN while in-cluster names still resolve; partner imports fail.",
                   "External DNS resolution is broken in the staging cluster; partner-sync imports nothing.",
                   "Fix the upstream resolver of the kind nodes / Docker network (or point the CoreDNS forward plugin at a working resolver) and re-run the import.")


@record
def r20():
    n1, n2, n3 = "haul-mk8s-01", "haul-mk8s-02", "haul-mk8s-03"
    r = Rec("dev26-020", "mining", "MicroK8s", "fluent-bit-loki", "2026-08-27T04:52:00", "mk8s-haulage-north",
            question="After last night's OS patching, telematics and dispatch both fail. Common cause?",
            selector=sel(ns=None))
    dns = "coredns-" + alnum(9) + "-" + alnum(5)
    tg = podname("telematics-gw")
    dp = podname("dispatch-core")
    dnsuid = uid()
    r.c("dns", "kube-system", dns, "coredns", n1, app="coredns")
    r.c("tg", "telematics", tg, "telematics-gw", n2)
    r.c("dp", "dispatch", dp, "dispatch-core", n3)
    r.ev_stream("ev", "kube-system", n1)
    r.j("kl", n1, "snap.microk8s.daemon-kubelite.service")
    r.at(0.0, "dns", ".:53")
    r.at(0.01, "dns", "[INFO] plugin/reload: Running configuration SHA512 = 591cf328cccc12bc490481273e738df59329c62c0b729d94e8b61db9961c2fa5f046dd37f1cf888b953814040d180f52594972691cd6ff41be96639138a43908")
    r.at(0.02, "dns", "CoreDNS-1.11.3")
    r.at(0.03, "dns", "linux/amd64, go1.22.7, a6338e9")
    r.at(0.5, "dns", '[FATAL] plugin/loop: Loop (127.0.0.1:51274 -> :53) detected for zone ".", see https://coredns.io/plugins/loop#troubleshooting. Query: "HINFO 4547991504243258144.3688648895315093531."', ev=True)
    r.at(1.2, "tg", '{"level":"error","ts":"{{T:iso}}","caller":"mqtt/client.go:88","msg":"broker connect failed","broker":"tcp://emqx.telematics.svc.cluster.local:1883","error":"dial tcp: lookup emqx.telematics.svc.cluster.local on 10.152.183.10:53: read udp 10.1.44.9:41234->10.152.183.10:53: read: connection refused"}', ev=True)
    r.at(3.0, "dp", "{{T:isooff}} ERROR 1 --- [dispatch-core] [onnection adder] com.zaxxer.hikari.pool.HikariPool        : HikariPool-1 - Exception during pool initialization.")
    r.at(3.01, "dp", "org.postgresql.util.PSQLException: The connection attempt failed.")
    r.at(3.02, "dp", "Caused by: java.net.UnknownHostException: fleet-db.dispatch.svc.cluster.local", ev=True)
    r.at(3.03, "dp", "\tat java.base/sun.nio.ch.NioSocketImpl.connect(NioSocketImpl.java:567)")
    r.at(4.0, "kl", 'I{{T:klog}}    3112 kubelet.go:2453] "SyncLoop (PLEG): event for pod" pod="kube-system/' + dns + '" event={"ID":"' + dnsuid + '","Type":"ContainerDied","Data":"' + hexs(64) + '"}')
    r.event(14.0, "ev", reason="BackOff", type="Warning", name=dns, host=n1, count=7,
            msg=f"Back-off restarting failed container coredns in pod {dns}_kube-system({dnsuid})", ev=True)
    r.at(15.0, "tg", '{"level":"warn","ts":"{{T:iso}}","caller":"buffer/spool.go:41","msg":"spooling truck messages to disk","queued":18211,"disk_free_gb":41.2}')
    r.at(22.0, "kl", 'E{{T:klog}}    3112 pod_workers.go:1301] "Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"coredns\\" with CrashLoopBackOff: \\"back-off 2m40s restarting failed container=coredns pod=' + dns + '_kube-system(' + dnsuid + ')\\"" pod="kube-system/' + dns + '" podUID="' + dnsuid + '"')
    r.at(31.0, "tg", '{"level":"error","ts":"{{T:iso}}","caller":"mqtt/client.go:88","msg":"broker connect failed","broker":"tcp://emqx.telematics.svc.cluster.local:1883","error":"dial tcp: lookup emqx.telematics.svc.cluster.local on 10.152.183.10:53: read udp 10.1.44.9:50018->10.152.183.10:53: read: connection refused"}')
    r.at(40.0, "dp", "{{T:isooff}}  WARN 1 --- [dispatch-core] [           main] o.s.b.w.s.c.AnnotationConfigServletWebServerApplicationContext : Exception encountered during context initialization - cancelling refresh attempt")
    r.at(180.0, "dns", '[FATAL] plugin/loop: Loop (127.0.0.1:44310 -> :53) detected for zone ".", see https://coredns.io/plugins/loop#troubleshooting. Query: "HINFO 7736515150291218771.2040313829458802715."')
    return r.build("CRITICAL", "dns_resolution", "coredns",
                   "CoreDNS exits at startup because its loop plugin detects a forwarding loop (it forwards to a local 127.0.0.x resolver that points back to itself, typically systemd-resolved after OS patching); with CoreDNS in CrashLoopBackOff, no cluster names resolve.",
                   "Cluster DNS is down (CoreDNS crash loop from a detected forwarding loop), breaking telematics and dispatch.",
                   "Point CoreDNS forward at a real upstream (e.g. /run/systemd/resolve/resolv.conf or explicit resolvers) instead of the 127.0.0.53 stub, then restart CoreDNS.")


@record
def r21():
    n1, n2, n3 = "talos-q7w-3kd", "talos-m2z-8xp", "talos-b5c-0rn"
    r = Rec("dev26-021", "satellite", "Talos", "grafana-alloy", "2026-10-20T01:33:00", "gsx-talos-prod",
            question="Passes are being aborted by pass-executor since the maintenance window started. Why?",
            selector=sel(ns="flightops", app="pass-executor"))
    pe = podname("pass-executor")
    eph_old = podname("ephemeris-svc")
    eph_new = podname("ephemeris-svc")
    r.c("pe", "flightops", pe, "pass-executor", n1)
    r.c("eph", "flightops", eph_old, "ephemeris-svc", n2)
    r.ev_stream("ev", "flightops", n3)
    r.ev_stream("evn", "default", n3)
    r.j("kl", n3, "kubelet")
    ER = ('time={{T:iso}} level=ERROR msg="ephemeris lookup failed" sat=%s err="rpc error: code = Unavailable desc = connection error: '
          'desc = \\"transport: Error while dialing: dial tcp 10.96.44.12:50051: connect: connection refused\\""')
    r.event(0.0, "evn", reason="NodeNotSchedulable", kind="Node", name=n2, src="kubelet", host=n2,
            msg=f"Node {n2} status is now: NodeNotSchedulable")
    r.event(1.0, "ev", reason="Killing", name=eph_old, host=n2, msg="Stopping container ephemeris-svc")
    r.at(1.3, "eph", "{{T:iso6}}  INFO ephemeris_svc::server: received SIGTERM, draining 3 in-flight requests")
    r.at(1.9, "eph", "{{T:iso6}}  INFO ephemeris_svc::server: shutdown complete")
    r.event(2.0, "ev", reason="SuccessfulCreate", kind="ReplicaSet", name=eph_new.rsplit("-", 1)[0], api="apps/v1",
            src="replicaset-controller", msg=f"Created pod: {eph_new}")
    r.event(2.2, "ev", reason="Scheduled", name=eph_new, src="default-scheduler", msg=f"Successfully assigned flightops/{eph_new} to {n3}")
    r.event(2.6, "ev", reason="Pulling", name=eph_new, host=n3, msg='Pulling image "ghcr.io/orbitlink/ephemeris-svc:3.7.2"')
    r.at(6.0, "pe", 'time={{T:iso}} level=INFO msg="pass prepare" pass_id=P-1020-0134 sat=EOS-14 station=gs-hbk-05 aos=2026-10-20T01:34:20Z')
    r.at(6.2, "pe", ER % "EOS-14", ev=True)
    r.at(7.5, "pe", ER % "EOS-14")
    r.at(9.9, "pe", ER % "EOS-14")
    r.at(10.0, "pe", 'time={{T:iso}} level=WARN msg="no fresh ephemeris, cached solution too old" sat=EOS-14 cache_age=7h12m max_age=2h')
    r.at(10.1, "pe", 'time={{T:iso}} level=ERROR msg="pass aborted" pass_id=P-1020-0134 reason="ephemeris unavailable"', ev=True)
    r.at(20.0, "kl", 'I{{T:klog}}       1 kubelet.go:2421] "SyncLoop ADD" source="api" pods=["flightops/' + eph_new + '"]')
    r.at(44.0, "pe", 'time={{T:iso}} level=INFO msg="pass prepare" pass_id=P-1020-0136 sat=EOS-22 station=gs-swd-04 aos=2026-10-20T01:35:10Z')
    r.at(44.3, "pe", ER % "EOS-22", ev=True)
    r.at(47.0, "pe", 'time={{T:iso}} level=ERROR msg="pass aborted" pass_id=P-1020-0136 reason="ephemeris unavailable"')
    r.at(60.0, "pe", 'time={{T:iso}} level=INFO msg="telemetry heartbeat" station=gs-swd-04 link=up')
    r.event(92.0, "ev", reason="Pulled", name=eph_new, host=n3,
            msg='Successfully pulled image "ghcr.io/orbitlink/ephemeris-svc:3.7.2" in 1m29.1s (1m29.1s including waiting). Image size: 2318441122 bytes.')
    r.event(92.5, "ev", reason="Started", name=eph_new, host=n3, msg="Started container ephemeris-svc")
    r.at(93.0, "pe", ER % "EOS-31")
    return r.build("ERROR", "connection_refused", "ephemeris-svc",
                   "The single-replica ephemeris-svc was evicted by the node drain and its replacement was still pulling its 2.3 GB image, so pass-executor's gRPC calls to it get connection refused (Unavailable) and passes are aborted for lack of fresh ephemeris.",
                   "pass-executor cannot reach ephemeris-svc during the maintenance drain; passes are aborted.",
                   "Run ephemeris-svc with at least two replicas and a PodDisruptionBudget (and pre-pull its image), and reschedule the aborted passes.")


@record
def r22():
    n1, n2 = "lke301122-455310-1c9d8e7f0000", "lke301122-455310-62a0b3c40000"
    r = Rec("dev26-022", "mining", "LKE", "otel-collector-loki-otlp", "2026-04-09T13:26:00", "lke-haulage-ops",
            question="Haul-truck telemetry had a gap around 13:26. Do we need to act?",
            selector=sel(ns="fleet", app="telemetry-ingest"))
    ti = podname("telemetry-ingest")
    mq = "mosquitto-0"
    r.c("ti", "fleet", ti, "telemetry-ingest", n1, owner=("deployment", "telemetry-ingest"))
    r.c("mq", "fleet", mq, "mosquitto", n2, owner=("statefulset", "mosquitto"))
    r.ev_stream("ev", "fleet", n2)
    R = "{{T:iso6}} %5s telemetry_ingest::%s: %s"
    r.at(0.0, "ti", R % ("INFO", "stats", "msgs_per_s=412 trucks_online=44 lag_ms=95"))
    r.event(2.0, "ev", reason="Killing", name=mq, host=n2, msg="Stopping container mosquitto")
    r.at(2.2, "mq", "{{T:epochs}}: mosquitto version 2.0.20 terminating")
    r.at(2.3, "ti", R % ("WARN", "mqtt", "connection lost: Connection reset by peer (os error 104); reconnecting"))
    r.at(3.4, "ti", R % ("ERROR", "mqtt", "reconnect failed broker=mosquitto.fleet.svc:8883 error=Connection refused (os error 111) retry_in=2s"), ev=True)
    r.at(5.5, "ti", R % ("ERROR", "mqtt", "reconnect failed broker=mosquitto.fleet.svc:8883 error=Connection refused (os error 111) retry_in=4s"), ev=True)
    r.event(6.0, "ev", reason="Pulled", name=mq, host=n2, msg='Container image "eclipse-mosquitto:2.0.21" already present on machine')
    r.event(6.3, "ev", reason="Started", name=mq, host=n2, msg="Started container mosquitto")
    r.at(6.8, "mq", "{{T:epochs}}: mosquitto version 2.0.21 starting")
    r.at(6.9, "mq", "{{T:epochs}}: Config loaded from /mosquitto/config/mosquitto.conf.")
    r.at(7.0, "mq", "{{T:epochs}}: Opening ipv4 listen socket on port 8883.")
    r.at(9.6, "ti", R % ("ERROR", "mqtt", "reconnect failed broker=mosquitto.fleet.svc:8883 error=Connection refused (os error 111) retry_in=8s"))
    r.at(12.0, "mq", "{{T:epochs}}: Restoring persistence from /mosquitto/data/mosquitto.db (retained=1882, sessions=47)")
    r.at(41.0, "mq", "{{T:epochs}}: mosquitto version 2.0.21 running")
    r.at(41.5, "mq", "{{T:epochs}}: New client connected from 10.2.0.77:51218 as telemetry-ingest-1 (p2, c0, k30, u'ingest').")
    r.at(41.6, "ti", R % ("INFO", "mqtt", "connected broker=mosquitto.fleet.svc:8883 session_present=true after 39.3s offline"))
    r.at(48.0, "ti", R % ("INFO", "backfill", "trucks replayed store-and-forward buffers: msgs=16120 trucks=44 gaps=0"))
    r.at(60.0, "ti", R % ("INFO", "stats", "msgs_per_s=409 trucks_online=44 lag_ms=101"))
    return r.build("WARN", "connection_refused", "mosquitto",
                   "The mosquitto broker was restarted for a version update and refused connections for about 40 s while it restored its persistence file; telemetry-ingest retried, reconnected, and the trucks replayed their buffers with no data gap.",
                   "Brief MQTT broker outage during an upgrade; telemetry recovered without loss.",
                   "Nothing urgent; consider a clustered broker or scheduling broker restarts between shifts.")


@record
def r23():
    n1 = "gke-pulsefit-prod-euw1-apps-5d2c9b1e-fk3v"
    n2 = "gke-pulsefit-prod-euw1-apps-5d2c9b1e-q9lz"
    r = Rec("dev26-023", "fitness", "GKE", "gcp-cloud-logging", "2026-07-27T17:48:00", "pulsefit-prod-euw1",
            question="Users get 'export failed' when sharing a workout as an image. Why?",
            selector=sel(ns="exports"), project="pulsefit-prod", location="europe-west1")
    we = podname("workout-export")
    mr = podname("map-render")
    r.c("we", "exports", we, "workout-export", n1)
    r.c("wep", "exports", we, "istio-proxy", n1, app="workout-export")
    r.c("mr", "exports", mr, "map-render", n2)
    r.ev_stream("ev", "exports", n2)
    ENV = ('[{{T:iso}}] "POST /v1/render HTTP/1.1" %s %s %s - "-" 2411 %s %s - "-" "python-httpx/0.27.2" "%s" '
           '"map-render.exports.svc.cluster.local:8080" "%s" outbound|8080||map-render.exports.svc.cluster.local 10.24.1.17:44120 10.28.9.40:8080 10.24.1.17:40998 - default')
    r.at(0.0, "we", 'INFO:     10.24.0.9:51122 - "POST /v1/exports/88412093/share-image HTTP/1.1" 202 Accepted')
    r.at(0.2, "mr", '{"level":"info","time":"{{T:iso}}","msg":"render start","workout":88412093,"points":3612,"zoom":14}')
    r.at(1.0, "mr", '{"level":"warn","time":"{{T:iso}}","msg":"tile fetch slow","provider":"tiles.cartohub.example","z":14,"x":8712,"y":5631,"ms":4810}')
    r.at(15.2, "wep", ENV % ("504", "UT", "upstream_response_timeout", "24", "15001", uid(), "10.24.2.31:8080"), ev=True)
    r.at(15.3, "we", "{{T:comma}} ERROR exporter.render: map-render call failed: HTTP 504 upstream request timeout after 15.0s (workout=88412093)", ev=True)
    r.at(15.31, "we", "{{T:comma}} WARNING exporter.jobs: export job exp_7k2q marked failed (attempt 1/2)")
    r.at(18.0, "we", 'INFO:     10.24.0.9:51188 - "GET /healthz HTTP/1.1" 200 OK')
    r.at(31.6, "mr", '{"level":"info","time":"{{T:iso}}","msg":"render done","workout":88412093,"tiles":48,"tile_ms_p95":4420,"total_ms":31388}', ev=True)
    r.at(31.7, "mr", '{"level":"warn","time":"{{T:iso}}","msg":"client went away before response was written","workout":88412093}')
    r.at(33.0, "we", "{{T:comma}} INFO exporter.jobs: retrying export job exp_7k2q (attempt 2/2)")
    r.at(48.1, "wep", ENV % ("504", "UT", "upstream_response_timeout", "24", "15000", uid(), "10.24.2.31:8080"), ev=True)
    r.at(48.2, "we", "{{T:comma}} ERROR exporter.render: map-render call failed: HTTP 504 upstream request timeout after 15.0s (workout=88412093)")
    r.at(48.3, "we", "{{T:comma}} ERROR exporter.jobs: export job exp_7k2q failed permanently")
    r.at(50.0, "wep", (ENV % ("200", "-", "via_upstream", "18220", "412", uid(), "10.24.2.31:8080")).replace("POST /v1/render", "POST /v1/render?style=minimal").replace(' 412 - "-"', ' 412 409 "-"'))
    r.at(50.1, "we", "{{T:comma}} INFO exporter.jobs: export job exp_7k2t done (minimal style, no basemap)")
    r.at(62.0, "mr", '{"level":"info","time":"{{T:iso}}","msg":"render done","workout":88410772,"tiles":40,"tile_ms_p95":3950,"total_ms":27120}')
    return r.build("ERROR", "timeout", "map-render",
                   "map-render takes 27-31 s per map because basemap tile fetches are slow (p95 ~4.4 s per tile), exceeding the 15 s route timeout; the mesh returns 504 upstream_response_timeout to workout-export and share-image exports fail.",
                   "Share-image exports fail with 504 timeouts because map rendering is too slow.",
                   "Cache or prefetch tiles / parallelise fetches in map-render (or use a faster tile provider), and temporarily raise the route timeout for /v1/render.")


@record
def r24():
    n1, n2 = "gs-k8s-w05", "gs-k8s-w02"
    r = Rec("dev26-024", "satellite", "kubeadm", "elastic-filebeat-ecs", "2026-09-01T10:00:00", "gs-core-kubeadm",
            question="Were there scheduling problems at the 10:00 planning run?",
            selector=sel(ns="planning", app="pass-scheduler"))
    ps = podname("pass-scheduler")
    op = podname("orbit-propagator")
    r.c("ps", "planning", ps, "pass-scheduler", n1)
    r.c("op", "planning", op, "orbit-propagator", n2)
    r.j("kl", n2, "kubelet.service")
    r.at(0.0, "ps", "{{T:comma}} INFO [planner] hourly planning run started: 23 spacecraft x 9 stations, horizon 48h")
    r.at(0.5, "op", '{"ts":"{{T:iso}}","level":"info","msg":"batch propagate","objects":23,"steps":17280,"model":"SGP4+J2","workers":4}')
    r.at(5.1, "ps", "{{T:comma}} WARNING [grpc] Propagate(EOS-21) failed: StatusCode.DEADLINE_EXCEEDED (Deadline Exceeded), retry 1/3 in 0.5s", ev=True)
    r.at(5.2, "op", '{"ts":"{{T:iso}}","level":"warn","msg":"request queue high","queued":61,"inflight":4,"p99_ms":5480}', ev=True)
    r.at(5.9, "ps", "{{T:comma}} WARNING [grpc] Propagate(EOS-09) failed: StatusCode.DEADLINE_EXCEEDED (Deadline Exceeded), retry 1/3 in 0.5s", ev=True)
    r.at(7.4, "ps", "{{T:comma}} INFO [grpc] Propagate(EOS-21) ok on retry 1 (2.1s)")
    r.at(7.9, "ps", "{{T:comma}} INFO [grpc] Propagate(EOS-09) ok on retry 1 (1.8s)")
    r.at(9.2, "ps", "{{T:comma}} WARNING [grpc] Propagate(EOS-14) failed: StatusCode.DEADLINE_EXCEEDED (Deadline Exceeded), retry 1/3 in 0.5s")
    r.at(11.0, "ps", "{{T:comma}} INFO [grpc] Propagate(EOS-14) ok on retry 1 (1.2s)")
    r.at(14.0, "op", '{"ts":"{{T:iso}}","level":"info","msg":"batch propagate done","objects":23,"elapsed_ms":13310,"queued":0,"p99_ms":1210}')
    r.at(15.5, "kl", 'I{{T:klog}}    1377 kubelet.go:2486] "SyncLoop (probe)" probe="readiness" status="ready" pod="planning/' + op + '"')
    r.at(22.0, "ps", "{{T:comma}} INFO [planner] 412 passes planned, 0 unresolved conflicts, 3 propagation retries (all succeeded)")
    r.at(23.0, "ps", "{{T:comma}} INFO [planner] plan v20260901-10 published")
    return r.build("WARN", "timeout", "orbit-propagator",
                   "At the start of the hourly batch the orbit-propagator queue backed up (p99 ~5.5 s) so some pass-scheduler gRPC calls hit their deadline (DEADLINE_EXCEEDED); all retries succeeded and the plan was published on time.",
                   "Transient propagation timeouts during the hourly planning burst; recovered via retries.",
                   "Optional: add propagator workers or stagger the hourly batch; no immediate action required.")


@record
def r25():
    n1, n2 = "shoot--gsops--prod-eu-worker-c2x-z1-6b8f9-bx4lm", "shoot--gsops--prod-eu-worker-c2x-z3-6b8f9-h2n8q"
    r = Rec("dev26-025", "satellite", "Gardener", "vector", "2026-07-01T00:00:00", "gsops-prod-eu",
            question="Station gs-hbk-05 went dark in the station-link dashboard at midnight. What happened?",
            selector=sel(ns="stations", app="station-link"))
    sl = podname("station-link")
    gm = podname("ground-monitor")
    r.c("sl", "stations", sl, "station-link", n1, stream="stderr")
    r.c("gm", "stations", gm, "ground-monitor", n2)
    r.ev_stream("ev", "stations", n2)
    r.j("kl", n1, "kubelet.service")
    r.at(0.0, "sl", '{"time":"{{T:iso}}","level":"INFO","msg":"heartbeat","station":"gs-kir-01","rtt_ms":41}')
    r.at(0.4, "sl", '{"time":"{{T:iso}}","level":"INFO","msg":"heartbeat","station":"gs-hbk-05","rtt_ms":188}')
    r.at(12.3, "sl", '{"time":"{{T:iso}}","level":"WARN","msg":"station stream closed, reconnecting","station":"gs-hbk-05","err":"EOF"}')
    r.at(12.6, "sl", '{"time":"{{T:iso}}","level":"ERROR","msg":"dial station agent","station":"gs-hbk-05","addr":"gs-hbk-05.stations.orbitlink.net:7443","err":"tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time 2026-07-01T00:00:12Z is after 2026-06-30T23:59:59Z"}', ev=True)
    r.at(13.0, "sl", '{"time":"{{T:iso}}","level":"INFO","msg":"heartbeat","station":"gs-swd-04","rtt_ms":97}')
    r.at(15.0, "gm", "{{T:iso6}}  WARN ground_monitor::stations: station gs-hbk-05 heartbeat missing for 15s")
    r.at(17.7, "sl", '{"time":"{{T:iso}}","level":"ERROR","msg":"dial station agent","station":"gs-hbk-05","addr":"gs-hbk-05.stations.orbitlink.net:7443","err":"tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time 2026-07-01T00:00:17Z is after 2026-06-30T23:59:59Z"}', ev=True)
    r.at(20.0, "sl", '{"time":"{{T:iso}}","level":"DEBUG","msg":"tls handshake ok","station":"gs-kir-01","peer_cn":"gs-kir-01.stations.orbitlink.net","not_after":"2027-03-14T12:00:00Z"}')
    r.at(28.0, "sl", '{"time":"{{T:iso}}","level":"ERROR","msg":"dial station agent","station":"gs-hbk-05","addr":"gs-hbk-05.stations.orbitlink.net:7443","err":"tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time 2026-07-01T00:00:28Z is after 2026-06-30T23:59:59Z"}')
    r.at(30.0, "kl", 'I{{T:klog}}    1644 kubelet.go:2486] "SyncLoop (probe)" probe="liveness" status="healthy" pod="stations/' + sl + '"')
    r.at(45.0, "gm", "{{T:iso6}} ERROR ground_monitor::stations: station gs-hbk-05 OFFLINE (no heartbeat 45s); next pass EOS-14 at 00:41Z will be lost")
    r.at(46.0, "sl", '{"time":"{{T:iso}}","level":"INFO","msg":"heartbeat","station":"gs-kir-01","rtt_ms":40}')
    return r.build("ERROR", "tls_certificate", "station-link",
                   "The TLS certificate presented by the gs-hbk-05 station agent expired at 2026-06-30T23:59:59Z, so station-link's mTLS handshake fails with 'x509: certificate has expired' and the station is offline; other stations are fine.",
                   "Station gs-hbk-05 unreachable because its agent certificate expired at midnight.",
                   "Issue and install a new certificate on the gs-hbk-05 station agent (and add expiry monitoring/automatic renewal for station certificates).")


@record
def r26():
    n1, n2 = "worker-4.ocp4.ironridge.local", "worker-1.ocp4.ironridge.local"
    r = Rec("dev26-026", "mining", "OpenShift", "openshift-logging-lokistack", "2026-03-02T06:10:00", "ocp-mine-ops",
            question="Plant historian sync stopped this morning; production dashboards are flat. Cause?",
            selector=sel(ns="plant-data", app="historian-sync"))
    hs = podname("historian-sync")
    pd = podname("prod-dashboard")
    r.c("hs", "plant-data", hs, "historian-sync", n1)
    r.c("pd", "plant-data", pd, "dashboard", n2, app="prod-dashboard")
    r.ev_stream("ev", "plant-data", n1)
    r.j("kl", n1, "kubelet.service")
    S = "{{T:isooff}} %5s 1 --- [historian-sync] [%15s] %-44s : %s"
    r.at(0.0, "hs", S % ("INFO", "scheduling-1", "c.i.h.sync.TagSyncJob", "Sync cycle 88412 start: 1841 tags from https://pi-web.plant.ironridge.local/piwebapi"))
    r.at(0.4, "hs", S % ("ERROR", "scheduling-1", "c.i.h.sync.TagSyncJob", "Sync cycle 88412 failed: I/O error on GET request for \"https://pi-web.plant.ironridge.local/piwebapi/streamsets/value\": PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target"), ev=True)
    r.at(0.41, "hs", "org.springframework.web.client.ResourceAccessException: I/O error on GET request for \"https://pi-web.plant.ironridge.local/piwebapi/streamsets/value\": PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target")
    r.at(0.42, "hs", "Caused by: javax.net.ssl.SSLHandshakeException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target", ev=True)
    r.at(0.43, "hs", "\tat java.base/sun.security.ssl.Alert.createSSLException(Alert.java:130)")
    r.at(0.44, "hs", "\tat java.base/sun.security.ssl.TransportContext.fatal(TransportContext.java:383)")
    r.at(2.0, "hs", S % ("INFO", "main", "c.i.h.sync.TruststoreInfo", "Truststore /etc/pki/plant/truststore.p12 entries=2: [ironridge-root-ca-2021 (exp 2031-01-04), ironridge-issuing-ca-2021 (exp 2026-03-01)]"), ev=True)
    r.at(5.0, "pd", '{"level":"warn","time":"{{T:iso}}","msg":"no new samples for 5 minutes","tags":["CR1.Throughput","SAG1.Power","BM2.Power"]}')
    r.at(30.0, "hs", S % ("WARN", "scheduling-1", "c.i.h.sync.TagSyncJob", "Retrying in 30s (attempt 2/10)"))
    r.at(60.4, "hs", S % ("ERROR", "scheduling-1", "c.i.h.sync.TagSyncJob", "Sync cycle 88413 failed: I/O error on GET request for \"https://pi-web.plant.ironridge.local/piwebapi/streamsets/value\": PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target"))
    r.at(61.0, "kl", 'I{{T:klog}}    2874 kubelet.go:2486] "SyncLoop (probe)" probe="liveness" status="healthy" pod="plant-data/' + hs + '"')
    r.at(75.0, "hs", S % ("INFO", "scheduling-1", "c.i.h.sync.LocalBuffer", "Mine-side buffer OK: 0 pending writes (sync is read-only from plant historian)"))
    r.at(90.0, "pd", '{"level":"warn","time":"{{T:iso}}","msg":"no new samples for 6 minutes","tags":["CR1.Throughput","SAG1.Power","BM2.Power"]}')
    return r.build("ERROR", "tls_certificate", "historian-sync",
                   "The plant historian now presents a certificate from a new issuing CA (the 2021 issuing CA in historian-sync's truststore expired on 2026-03-01), so the Java TLS handshake fails with 'PKIX path building failed: unable to find valid certification path' and no tags are synced.",
                   "historian-sync cannot establish TLS to the plant historian after the CA rotation; dashboards have no new data.",
                   "Add the new issuing CA (or the full new chain) to the historian-sync truststore and restart it.")


@record
def r27():
    n1, n2 = "10.0.20.41", "10.0.20.118"
    r = Rec("dev26-027", "fitness", "OKE", "splunk-otel-collector", "2026-04-14T09:05:00", "oke-stridewell-fra",
            question="Android subscription purchases are not being activated. Why?",
            selector=sel(ns="subscriptions", app="purchase-verifier"))
    pv = podname("purchase-verifier")
    ent = podname("entitlements")
    r.c("pv", "subscriptions", pv, "purchase-verifier", n1)
    r.c("ent", "subscriptions", ent, "entitlements", n2)
    r.ev_stream("ev", "subscriptions", n2)
    r.j("crio", n1, "crio.service")
    G = "{{T:comma}} %s [%s] %s"
    r.at(0.0, "pv", G % ("INFO", "verifier.google", "verify purchase token=GPA.3321-8841-0021-77712 product=premium_annual platform=android"))
    r.at(0.3, "pv", G % ("ERROR", "google.auth.transport.requests", "Token refresh failed: ('invalid_grant: Invalid JWT Signature.', {'error': 'invalid_grant', 'error_description': 'Invalid JWT Signature.'})"), ev=True)
    r.at(0.31, "pv", G % ("ERROR", "verifier.google", "androidpublisher purchases.subscriptionsv2.get failed: google.auth.exceptions.RefreshError: ('invalid_grant: Invalid JWT Signature.', {'error': 'invalid_grant', 'error_description': 'Invalid JWT Signature.'}) sa=play-verifier@stridewell-prod.iam.gserviceaccount.com key_id=3f9c1e0a77d2"), ev=True)
    r.at(0.5, "ent", '{"level":"warn","ts":"{{T:iso}}","msg":"purchase left pending","user":"u_77120","platform":"android","reason":"verification_failed"}')
    r.at(4.0, "pv", G % ("INFO", "verifier.apple", "verify transaction id=2000000812234411 product=premium_monthly platform=ios status=VERIFIED"))
    r.at(4.1, "ent", '{"level":"info","ts":"{{T:iso}}","msg":"entitlement granted","user":"u_11982","platform":"ios","product":"premium_monthly"}')
    r.at(7.0, "pv", G % ("WARN", "verifier.retry", "retrying android verification token=GPA.3321-8841-0021-77712 attempt=2 backoff=4s"))
    r.at(11.2, "pv", G % ("ERROR", "google.auth.transport.requests", "Token refresh failed: ('invalid_grant: Invalid JWT Signature.', {'error': 'invalid_grant', 'error_description': 'Invalid JWT Signature.'})"))
    r.at(11.3, "pv", G % ("ERROR", "verifier.google", "giving up on token=GPA.3321-8841-0021-77712 after 2 attempts (RefreshError)"))
    r.at(15.0, "crio", 'time="{{T:iso9}}" level=info msg="Checking image status: fra.ocir.io/stridewell/purchase-verifier:2.8.1" id=' + uid() + ' name=/runtime.v1.ImageService/ImageStatus')
    r.at(20.0, "pv", G % ("INFO", "verifier.google", "verify purchase token=GPA.3390-1172-4410-08813 product=premium_monthly platform=android"))
    r.at(20.2, "pv", G % ("ERROR", "verifier.google", "androidpublisher purchases.subscriptionsv2.get failed: google.auth.exceptions.RefreshError: ('invalid_grant: Invalid JWT Signature.', {'error': 'invalid_grant', 'error_description': 'Invalid JWT Signature.'}) sa=play-verifier@stridewell-prod.iam.gserviceaccount.com key_id=3f9c1e0a77d2"))
    r.at(20.4, "ent", '{"level":"warn","ts":"{{T:iso}}","msg":"purchase left pending","user":"u_30415","platform":"android","reason":"verification_failed"}')
    r.at(40.0, "ent", '{"level":"info","ts":"{{T:iso}}","msg":"pending purchases","android":57,"ios":0}')
    return r.build("ERROR", "auth_failure", "purchase-verifier",
                   "purchase-verifier authenticates to the Google Play Developer API with a service-account key that Google rejects ('invalid_grant: Invalid JWT Signature', typically a deleted or rotated key), so every Android verification fails and purchases stay pending; iOS works.",
                   "Android purchase verification fails on Google API authentication; entitlements are not granted.",
                   "Create a new key for the play-verifier service account (or switch to workload identity federation), update the Secret, restart, and re-process the pending purchases.")


@record
def r28():
    n1, n2 = "ip-10-61-4-17.ap-southeast-2.compute.internal", "ip-10-61-33-140.ap-southeast-2.compute.internal"
    r = Rec("dev26-028", "mining", "EKS", "aws-cloudwatch-container-insights", "2026-10-11T21:00:00", "pilbara-ops-apse2",
            question="The nightly blast report export job failed. What do we need to fix?",
            selector=sel(ns="blast-reports"))
    job = f"blast-report-export-2965{RNG.randint(1000, 9999)}-{alnum(5)}"
    r.c("job", "blast-reports", job, "exporter", n1, app="blast-report-export")
    r.ev_stream("ev", "blast-reports", n2)
    r.j("kl", n1, "kubelet.service")
    role = "arn:aws:sts::730335218804:assumed-role/pilbara-blast-reports-irsa/botocore-session-1760216412"
    r.at(0.0, "job", "[{{T:iso}}] INFO  blast_report_export: collecting shots fired 2026-10-11: 4 shots (BP-2026-388..391)")
    r.at(2.1, "job", "[{{T:iso}}] INFO  blast_report_export: rendered PDF BP-2026-388 (vibration 4.1 mm/s PPV at monitor VM-02, airblast 118 dBL)")
    r.at(2.9, "job", "[{{T:iso}}] INFO  botocore.credentials: Found credentials from AssumeRoleWithWebIdentity")
    r.at(3.4, "job", "[{{T:iso}}] ERROR blast_report_export: upload failed: An error occurred (AccessDenied) when calling the PutObject operation: User: " + role + " is not authorized to perform: s3:PutObject on resource: \"arn:aws:s3:::pilbara-compliance-reports/blast/2026/10/BP-2026-388.pdf\" because no identity-based policy allows the s3:PutObject action", ev=True)
    r.at(3.5, "job", "[{{T:iso}}] INFO  blast_report_export: retrying upload (2/3)")
    r.at(5.6, "job", "[{{T:iso}}] ERROR blast_report_export: upload failed: An error occurred (AccessDenied) when calling the PutObject operation: User: " + role + " is not authorized to perform: s3:PutObject on resource: \"arn:aws:s3:::pilbara-compliance-reports/blast/2026/10/BP-2026-388.pdf\" because no identity-based policy allows the s3:PutObject action")
    r.at(7.9, "job", "[{{T:iso}}] INFO  blast_report_export: wrote local copy /tmp/out/BP-2026-388.pdf (read from s3://pilbara-blast-data/shots/ succeeded)")
    r.at(8.0, "job", "Traceback (most recent call last):")
    r.at(8.01, "job", '  File "/app/blast_report_export/upload.py", line 57, in put_report')
    r.at(8.02, "job", "botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the PutObject operation: User: " + role + " is not authorized to perform: s3:PutObject on resource: \"arn:aws:s3:::pilbara-compliance-reports/blast/2026/10/BP-2026-388.pdf\" because no identity-based policy allows the s3:PutObject action", ev=True)
    r.at(8.5, "kl", 'I{{T:klog}}    3307 kubelet.go:2453] "SyncLoop (PLEG): event for pod" pod="blast-reports/' + job + '" event={"ID":"' + uid() + '","Type":"ContainerDied","Data":"' + hexs(64) + '"}')
    r.event(9.0, "ev", reason="BackoffLimitExceeded", type="Warning", kind="Job", name=job.rsplit("-", 1)[0], api="batch/v1",
            src="job-controller", msg="Job has reached the specified backoff limit")
    return r.build("ERROR", "auth_failure", "blast-report-export",
                   "The exporter's IRSA role pilbara-blast-reports-irsa has no IAM policy allowing s3:PutObject on the pilbara-compliance-reports bucket, so every report upload is denied (AccessDenied) and the Job fails.",
                   "Nightly blast compliance report export fails with S3 AccessDenied.",
                   "Grant s3:PutObject on arn:aws:s3:::pilbara-compliance-reports/blast/* to the IRSA role (or fix the bucket name in the job) and re-run the export.")


@record
def r29():
    n1, n2 = "gs-apac-mk8s-1", "gs-apac-mk8s-2"
    r = Rec("dev26-029", "satellite", "MicroK8s", "datadog-agent", "2026-11-05T12:20:00", "mk8s-gs-apac",
            question="The new Tokyo antenna went live but no contacts are planned for it. Why?",
            selector=sel(ns="contacts", app="contact-planner"))
    cp = podname("contact-planner")
    rq = podname("contact-requests")
    r.c("cp", "contacts", cp, "contact-planner", n1, source="go")
    r.c("rq", "contacts", rq, "contact-requests", n2, source="ruby")
    r.ev_stream("ev", "contacts", n1)
    r.j("kl", n1, "snap.microk8s.daemon-kubelite.service")
    Z = '{"level":"%s","ts":"{{T:iso}}","caller":"%s","msg":"%s"%s}'
    r.at(0.0, "cp", Z % ("info", "config/watch.go:61", "configmap changed, reloading", ',"configmap":"contacts/station-catalog","resourceVersion":"5581290"'))
    r.at(0.1, "cp", Z % ("error", "config/watch.go:77", "config reload failed, keeping previous configuration", ',"file":"/etc/contact-planner/stations.yaml","error":"error converting YAML to JSON: yaml: line 42: mapping values are not allowed in this context","active_revision":17'), ev=True)
    r.at(0.2, "cp", Z % ("info", "config/watch.go:83", "active stations", ',"count":8,"ids":["gs-kir-01","gs-pun-02","gs-awr-03","gs-swd-04","gs-hbk-05","gs-inu-07","gs-ssb-08","gs-mwr-09"]'))
    r.event(1.0, "ev", reason="Pulled", name=rq, host=n2, msg='Container image "registry.orbitlink.io/contacts/contact-requests:1.22.3" already present on machine')
    r.at(5.0, "rq", 'I, [{{T:iso6}} #1]  INFO -- : [' + uid() + '] Started POST "/v1/requests" for 10.1.88.4 at ' + "{{T:space}} +0000")
    r.at(5.2, "rq", 'I, [{{T:iso6}} #1]  INFO -- : [' + uid() + '] Completed 202 Accepted in 18ms (Views: 0.4ms | ActiveRecord: 6.1ms | Allocations: 2211)')
    r.at(6.0, "cp", Z % ("warn", "plan/intake.go:140", "request rejected: unknown station", ',"request":"RQ-1105-0448","station":"gs-nrt-06","sat":"EOS-22"'), ev=True)
    r.at(6.1, "cp", Z % ("info", "plan/intake.go:122", "request accepted", ',"request":"RQ-1105-0449","station":"gs-kir-01","sat":"EOS-09"'))
    r.at(14.0, "cp", Z % ("warn", "plan/intake.go:140", "request rejected: unknown station", ',"request":"RQ-1105-0452","station":"gs-nrt-06","sat":"EOS-14"'))
    r.at(20.0, "kl", 'I{{T:klog}}  518214 kubelet.go:2486] "SyncLoop (probe)" probe="readiness" status="ready" pod="contacts/' + cp + '"')
    r.at(30.0, "cp", Z % ("info", "plan/solver.go:201", "plan computed", ',"passes":311,"stations":8,"rejected_requests":2,"duration":"3.41s"'))
    r.at(60.0, "cp", Z % ("error", "config/watch.go:77", "config reload failed, keeping previous configuration", ',"file":"/etc/contact-planner/stations.yaml","error":"error converting YAML to JSON: yaml: line 42: mapping values are not allowed in this context","active_revision":17'))
    r.at(61.0, "rq", 'I, [{{T:iso6}} #1]  INFO -- : [' + uid() + '] Completed 200 OK in 9ms (Views: 1.2ms | ActiveRecord: 2.0ms | Allocations: 1120)')
    return r.build("ERROR", "config_error", "contact-planner",
                   "The station-catalog ConfigMap update that adds gs-nrt-06 contains invalid YAML (line 42: mapping values are not allowed), so contact-planner rejects the reload and keeps the old 8-station configuration; requests for the new station are rejected as unknown.",
                   "contact-planner cannot load the updated station catalog because of a YAML syntax error; the new station gets no contacts.",
                   "Fix the YAML at line 42 of stations.yaml in the station-catalog ConfigMap (validate it in CI) and confirm the reload activates the new revision.")


@record
def r30():
    n1, n2 = "pool-kd93jx2m1-cq7zt", "pool-kd93jx2m1-cq7zv"
    r = Rec("dev26-030", "fitness", "DOKS", "grafana-alloy", "2026-12-28T08:01:00", "stridewell-doks-ams3",
            question="The challenges service is down after this morning's deploy. Why?",
            selector=sel(ns="community", app="challenges"))
    ch = podname("challenges")
    ch_old = podname("challenges")
    chuid = uid()
    r.c("ch", "community", ch, "challenges", n1)
    r.c("old", "community", ch_old, "challenges", n2)
    r.ev_stream("ev", "community", n1)
    r.j("kl", n1, "kubelet.service")
    r.event(0.0, "ev", reason="ScalingReplicaSet", kind="Deployment", name="challenges", api="apps/v1", src="deployment-controller",
            msg=f"Scaled up replica set {ch.rsplit('-', 1)[0]} to 1")
    r.event(1.0, "ev", reason="Started", name=ch, host=n1, msg="Started container challenges")
    r.at(1.8, "ch", "ERROR! Config provider Config.Reader failed with:", ev=True)
    r.at(1.81, "ch", "** (RuntimeError) environment variable DATABASE_URL is missing.", ev=True)
    r.at(1.82, "ch", "For example: ecto://USER:PASS@HOST/DATABASE")
    r.at(1.83, "ch", "")
    r.at(1.84, "ch", "    /app/releases/0.41.0/runtime.exs:27: (file)")
    r.at(1.85, "ch", "    (elixir 1.17.3) src/elixir.erl:386: :elixir.eval_external_handler/3")
    r.at(1.86, "ch", "    (stdlib 6.1.2) erl_eval.erl:919: :erl_eval.do_apply/7")
    r.at(1.9, "ch", "Runtime terminating during boot ({#{message=>\"environment variable DATABASE_URL is missing.\\nFor example: ecto://USER:PASS@HOST/DATABASE\\n\",'__struct__'=>'Elixir.RuntimeError','__exception__'=>true},[{elixir_eval,'__FILE__',1,[{file,\"/app/releases/0.41.0/runtime.exs\"},{line,27}]}]})")
    r.at(2.0, "old", "{{T:hms}} request_id=F8" + alnum(18) + " [info] GET /api/challenges/active")
    r.at(2.02, "old", "{{T:hms}} request_id=F8" + alnum(18) + " [info] Sent 200 in 14ms")
    r.at(2.5, "kl", 'I{{T:klog}}    1733 kubelet.go:2453] "SyncLoop (PLEG): event for pod" pod="community/' + ch + '" event={"ID":"' + chuid + '","Type":"ContainerDied","Data":"' + hexs(64) + '"}')
    r.at(20.0, "ch", "ERROR! Config provider Config.Reader failed with:")
    r.at(20.01, "ch", "** (RuntimeError) environment variable DATABASE_URL is missing.")
    r.event(35.0, "ev", reason="BackOff", type="Warning", name=ch, host=n1, count=3,
            msg=f"Back-off restarting failed container challenges in pod {ch}_community({chuid})", ev=True)
    r.event(60.0, "ev", reason="Killing", name=ch_old, host=n2, msg="Stopping container challenges")
    r.at(60.2, "old", "{{T:hms}} [notice] SIGTERM received - shutting down")
    r.event(61.0, "ev", reason="ScalingReplicaSet", kind="Deployment", name="challenges", api="apps/v1", src="deployment-controller",
            msg=f"Scaled down replica set {ch_old.rsplit('-', 1)[0]} to 0 from 1")
    r.at(90.0, "kl", 'E{{T:klog}}    1733 pod_workers.go:1301] "Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"challenges\\" with CrashLoopBackOff: \\"back-off 40s restarting failed container=challenges pod=' + ch + '_community(' + chuid + ')\\"" pod="community/' + ch + '" podUID="' + chuid + '"')
    return r.build("CRITICAL", "config_error", "challenges",
                   "Release 0.41.0 of the challenges Elixir app requires the DATABASE_URL environment variable in runtime.exs, but the new pod spec does not provide it, so the release aborts at boot and crash-loops; the old replica set has since been scaled down, leaving no running pods.",
                   "challenges is down: the new release crash-loops on a missing DATABASE_URL environment variable.",
                   "Add DATABASE_URL to the Deployment (e.g. from the database Secret) or roll back to the previous release.")


@record
def r31():
    n1, n2 = "cv-edge-02", "cv-edge-03"
    r = Rec("dev26-031", "mining", "k3s", "promtail", "2026-05-30T03:12:00", "conveyor-edge-k3s",
            question="Belt rip-detection camera recording keeps dropping out on the overland conveyor. Why?",
            selector=sel(ns="belt-safety", app="belt-vision"))
    bv1 = podname("belt-vision")
    bv2 = podname("belt-vision")
    sc = podname("scada-relay")
    r.c("bv1", "belt-safety", bv1, "recorder", n1, app="belt-vision")
    r.c("bv2", "belt-safety", bv2, "recorder", n2, app="belt-vision")
    r.c("sc", "belt-safety", sc, "scada-relay", n2)
    r.ev_stream("ev", "belt-safety", n1)
    r.ev_stream("evn", "default", n1)
    r.j("k1", n1, "k3s-agent.service")
    r.j("k2", n2, "k3s-agent.service")
    R = "{{T:iso6}}  %s belt_vision::%s: %s"
    r.at(0.0, "bv1", R % ("INFO", "recorder", "segment written cam=OLC-1-C07 path=/scratch/clips/OLC-1-C07/0530T0311.mkv size_mb=1840"))
    r.at(0.5, "bv1", R % ("WARN", "retention", "clip upload backlog 1841 segments (uplink 4G degraded); keeping local copies"))
    r.at(2.0, "sc", "{{T:comma}} INFO scada_relay: OLC-1 speed=5.6m/s load=3110tph rip_detector=ARMED")
    r.at(4.1, "k1", 'W{{T:klog}}    1187 eviction_manager.go:366] "Eviction manager: attempting to reclaim" resourceName="ephemeral-storage"', ev=True)
    r.at(4.2, "k1", 'I{{T:klog}}    1187 eviction_manager.go:377] "Eviction manager: must evict pod(s) to reclaim" resourceName="ephemeral-storage"')
    r.at(4.3, "k1", 'I{{T:klog}}    1187 eviction_manager.go:395] "Eviction manager: pods ranked for eviction" pods=["belt-safety/' + bv1 + '","belt-safety/' + sc + '"]')
    r.event(4.4, "evn", kind="Node", name=n1, reason="EvictionThresholdMet", type="Warning", host=n1,
            msg="Attempting to reclaim ephemeral-storage")
    r.event(4.6, "ev", reason="Evicted", type="Warning", name=bv1, host=n1,
            msg="The node was low on resource: ephemeral-storage. Threshold quantity: 3219965525, available: 2871264Ki. Container recorder was using 39812044Ki, request is 0, has larger consumption of ephemeral-storage. ", ev=True)
    r.event(4.8, "ev", reason="Killing", name=bv1, host=n1, msg="Stopping container recorder")
    r.at(5.0, "bv1", R % ("INFO", "main", "SIGTERM received, finalising segment cam=OLC-1-C07"))
    r.at(9.0, "sc", "{{T:comma}} WARNING scada_relay: rip detector OLC-1 video heartbeat missing (3 s), detector state=DEGRADED")
    r.event(10.0, "ev", reason="Scheduled", name=bv2, src="default-scheduler", msg=f"Successfully assigned belt-safety/{bv2} to {n2}")
    r.at(13.0, "bv2", R % ("INFO", "main", "belt-vision 2.3.0 starting cams=OLC-1-C01..C12 scratch=/scratch (emptyDir)"))
    r.at(14.0, "bv2", R % ("INFO", "retention", "no local backlog; uploader started"))
    r.at(15.0, "sc", "{{T:comma}} INFO scada_relay: rip detector OLC-1 video heartbeat restored, detector state=ARMED")
    r.at(30.0, "bv2", R % ("WARN", "retention", "clip upload backlog 12 segments (uplink 4G degraded); keeping local copies"))
    r.at(200.0, "bv2", R % ("WARN", "retention", "clip upload backlog 410 segments (uplink 4G degraded); keeping local copies"))
    r.at(201.0, "k2", 'I{{T:klog}}    1203 kubelet.go:2486] "SyncLoop (probe)" probe="liveness" status="healthy" pod="belt-safety/' + bv2 + '"')
    r.at(420.0, "k2", 'W{{T:klog}}    1203 eviction_manager.go:366] "Eviction manager: attempting to reclaim" resourceName="ephemeral-storage"')
    r.event(420.5, "ev", reason="Evicted", type="Warning", name=bv2, host=n2,
            msg="The node was low on resource: ephemeral-storage. Threshold quantity: 3219965525, available: 3011554Ki. Container recorder was using 38120417Ki, request is 0, has larger consumption of ephemeral-storage. ", ev=True)
    r.at(426.0, "sc", "{{T:comma}} WARNING scada_relay: rip detector OLC-1 video heartbeat missing (3 s), detector state=DEGRADED")
    return r.build("CRITICAL", "resource_exhausted", "belt-vision",
                   "With the 4G uplink degraded, belt-vision keeps unuploaded camera clips in its emptyDir scratch space (~38-40 GiB, no ephemeral-storage request/limit), filling the node disk; the kubelet evicts it for ephemeral-storage pressure, and the replacement pod fills and is evicted again, repeatedly dropping the rip-detection video.",
                   "Belt safety camera recorder is repeatedly evicted for node ephemeral-storage exhaustion.",
                   "Give the recorder a PVC or an ephemeral-storage limit with local retention caps (drop or compress oldest clips) and restore the uplink; verify rip detection stays ARMED.")


@record
def r32():
    n1, n2 = "rke2-apps-w04", "rke2-db-w01"
    r = Rec("dev26-032", "fitness", "RKE2", "elastic-filebeat-ecs", "2026-01-02T18:30:00", "rke2-fitcloud",
            question="Workout history pages time out for many users this evening. Is the database the problem?",
            selector=sel(ns="history", app="workout-history"))
    wh = podname("workout-history")
    pg = "history-pg-0"
    r.c("wh", "history", wh, "workout-history", n1)
    r.c("pg", "history", pg, "postgres", n2, app="history-pg")
    r.j("kl", n1, "rke2-agent.service")
    S = "{{T:isooff}} %5s 1 --- [workout-history] [%15s] %-40s : %s"
    H = "HikariPool-1 - Connection is not available, request timed out after 30000ms (total=10, active=10, idle=0, waiting=%d)"
    r.at(0.0, "wh", S % ("DEBUG", "HikariPool-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Pool stats (total=10, active=10, idle=0, waiting=37)"), ev=True)
    r.at(0.5, "pg", "{{T:pg}} [88] LOG:  duration: 4.211 ms  statement: SELECT w.id, w.started_at, w.sport, w.distance_m FROM workouts w WHERE w.user_id = $1 ORDER BY w.started_at DESC LIMIT 50")
    r.at(1.2, "wh", S % ("WARN", "nio-8080-exec-41", "o.h.engine.jdbc.spi.SqlExceptionHelper", "SQL Error: 0, SQLState: null"))
    r.at(1.21, "wh", S % ("ERROR", "nio-8080-exec-41", "o.h.engine.jdbc.spi.SqlExceptionHelper", H % 41), ev=True)
    r.at(1.3, "wh", S % ("ERROR", "nio-8080-exec-41", "o.a.c.c.C.[.[.[/].[dispatcherServlet]", "Servlet.service() for servlet [dispatcherServlet] threw exception [Request processing failed: org.springframework.dao.DataAccessResourceFailureException: Unable to acquire JDBC Connection] with root cause"))
    r.at(1.31, "wh", "java.sql.SQLTransientConnectionException: " + H % 41)
    r.at(1.32, "wh", "\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:686)")
    r.at(3.0, "pg", "{{T:pg}} [91] LOG:  duration: 3.874 ms  statement: SELECT count(*) FROM personal_records WHERE user_id = $1")
    r.at(5.0, "pg", "{{T:pg}} [42] LOG:  checkpoint starting: time")
    r.at(6.0, "wh", S % ("INFO", "nio-8080-exec-12", "c.s.history.api.HistoryController", "GET /api/history?user=u_55120 200 in 27812 ms (27790 ms waiting for connection)"), ev=True)
    r.at(8.1, "wh", S % ("ERROR", "nio-8080-exec-57", "o.h.engine.jdbc.spi.SqlExceptionHelper", H % 52))
    r.at(9.0, "kl", 'I{{T:klog}}    2044 prober.go:107] "Probe failed" probeType="Readiness" pod="history/' + wh + '" podUID="' + uid() + '" containerName="workout-history" probeResult="failure" output="Get \\"http://10.42.3.88:8080/actuator/health/readiness\\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)"')
    r.at(12.0, "pg", "{{T:pg}} [93] LOG:  duration: 5.102 ms  statement: SELECT w.id, w.started_at, w.sport, w.distance_m FROM workouts w WHERE w.user_id = $1 ORDER BY w.started_at DESC LIMIT 50")
    r.at(30.0, "wh", S % ("DEBUG", "HikariPool-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Pool stats (total=10, active=10, idle=0, waiting=58)"))
    r.at(31.0, "wh", S % ("ERROR", "nio-8080-exec-63", "o.h.engine.jdbc.spi.SqlExceptionHelper", H % 58))
    return r.build("ERROR", "resource_exhausted", "workout-history",
                   "workout-history's Hikari connection pool (maximumPoolSize=10) is saturated by the evening traffic peak: all 10 connections are busy, dozens of requests wait and time out after 30 s; PostgreSQL itself answers quickly (queries take ~4-5 ms).",
                   "Requests fail or take ~30 s because the application's DB connection pool is exhausted, not because of the database.",
                   "Increase the Hikari maximumPoolSize (within PostgreSQL's max_connections) and/or scale out workout-history; check for long-held connections.")


@record
def r33():
    n_old, n_new = "aks-system-31522846-vmss000001", "aks-archive-31522846-vmss000004"
    r = Rec("dev26-033", "satellite", "AKS", "azure-monitor-container-insights", "2026-08-19T02:05:00", "aks-gsarchive-eus2",
            question="telemetry-archive-0 has been ContainerCreating since the node pool upgrade. What is blocking it?",
            selector=sel(ns="archive", pod="telemetry-archive-0"), subscription="0b7e4c11-2f3a-4d5e-8f90-1a2b3c4d5e6f",
            resource_group="rg-gsarchive-prod")
    ta = "telemetry-archive-0"
    dl = podname("downlink-buffer")
    pvc = "pvc-" + uid()
    kaa = "kube-api-access-" + alnum(5)
    disk = f"/subscriptions/0b7e4c11-2f3a-4d5e-8f90-1a2b3c4d5e6f/resourceGroups/mc_rg-gsarchive-prod_aks-gsarchive-eus2_eastus2/providers/Microsoft.Compute/disks/{pvc}"
    r.c("dl", "archive", dl, "downlink-buffer", n_new)
    r.ev_stream("ev", "archive", n_new)
    r.j("kl", n_new, "kubelet.service")
    r.event(0.0, "ev", reason="Scheduled", name=ta, src="default-scheduler", msg=f"Successfully assigned archive/{ta} to {n_new}")
    r.event(0.6, "ev", reason="FailedAttachVolume", type="Warning", name=ta, src="attachdetach-controller",
            msg=f'Multi-Attach error for volume "{pvc}" Volume is already exclusively attached to one node and can\'t be attached to another', ev=True)
    r.at(5.0, "dl", "{{T:iso}} info: Orbitlink.Downlink.Buffer.ArchiveForwarder[0] Archive endpoint not ready, buffering segment 58213/20260819T020412Z (1.8 GB); local buffer 61% used")
    r.event(62.0, "ev", reason="FailedAttachVolume", type="Warning", name=ta, src="attachdetach-controller", count=2,
            msg=(f'AttachVolume.Attach failed for volume "{pvc}" : rpc error: code = Internal desc = Attach volume {disk} to instance '
                 f'{n_new} failed with disk({disk}) already attached to node(/subscriptions/0b7e4c11-2f3a-4d5e-8f90-1a2b3c4d5e6f/resourceGroups/mc_rg-gsarchive-prod_aks-gsarchive-eus2_eastus2/providers/Microsoft.Compute/virtualMachineScaleSets/aks-system-31522846-vmss/virtualMachines/aks-system-31522846-vmss_1), could not be attached to node({n_new})'), ev=True)
    r.at(120.0, "kl", 'E{{T:klog}}    4471 pod_workers.go:1301] "Error syncing pod, skipping" err="unmounted volumes=[archive-data], unattached volumes=[], failed to process volumes=[]: context deadline exceeded" pod="archive/' + ta + '" podUID="' + uid() + '"')
    r.event(121.0, "ev", reason="FailedMount", type="Warning", name=ta, host=n_new,
            msg="Unable to attach or mount volumes: unmounted volumes=[archive-data], unattached volumes=[archive-data " + kaa + "]: timed out waiting for the condition")
    r.at(125.0, "dl", "{{T:iso}} warn: Orbitlink.Downlink.Buffer.ArchiveForwarder[2] Archive still unavailable after 120 s; local buffer 78% used, 2 passes pending")
    r.at(240.0, "dl", "{{T:iso}} fail: Orbitlink.Downlink.Buffer.ArchiveForwarder[3] Local buffer 93% used; next pass (EOS-07 02:14Z) may be rejected")
    r.event(241.0, "ev", reason="FailedMount", type="Warning", name=ta, host=n_new, count=3,
            msg="Unable to attach or mount volumes: unmounted volumes=[archive-data], unattached volumes=[archive-data " + kaa + "]: timed out waiting for the condition")
    return r.build("CRITICAL", "storage", "telemetry-archive",
                   "The Azure Disk backing telemetry-archive-0's PVC is still attached to the old node from the upgraded pool, so attaching it to the new node fails (Multi-Attach error / disk already attached), the volume never mounts and the archive stays in ContainerCreating while the downlink buffer fills.",
                   "Telemetry archive is down because its ReadWriteOnce disk cannot be attached to the new node; downlinked data is at risk.",
                   "Detach the disk from the old VMSS instance (delete the stale VolumeAttachment or finish draining/deleting the old node) so it can attach to the new node; watch the downlink buffer meanwhile.")


@record
def r34():
    n1, n2 = "rke2-wrk-05", "rke2-wrk-02"
    r = Rec("dev26-034", "mining", "RKE2", "fluent-bit-loki", "2026-02-06T07:35:00", "rke2-minesite-west",
            question="Why is design-library not coming up after node rke2-wrk-02 was drained?",
            selector=sel(ns="mine-planning", app="design-library"))
    dl = podname("design-library")
    dluid = uid()
    mp = podname("mine-planner-ui")
    r.c("mp", "mine-planning", mp, "ui", n2, app="mine-planner-ui")
    r.ev_stream("ev", "mine-planning", n1)
    r.j("ag", n1, "rke2-agent.service")
    mnt = f"/var/lib/kubelet/pods/{dluid}/volumes/kubernetes.io~nfs/blast-designs"
    fm = ('MountVolume.SetUp failed for volume "blast-designs" : mount failed: exit status 32\n'
          'Mounting command: mount\n'
          f'Mounting arguments: -t nfs -o nfsvers=4.1,hard nas01.minesite.local:/export/designs {mnt}\n'
          'Output: mount.nfs: Connection timed out\n')
    r.event(0.0, "ev", reason="Scheduled", name=dl, src="default-scheduler", msg=f"Successfully assigned mine-planning/{dl} to {n1}")
    r.at(2.0, "mp", '{"level":"info","time":"{{T:iso}}","msg":"GET /designs/BP-2026-044 502","upstream":"design-library.mine-planning.svc:8080"}')
    r.at(121.0, "ag", 'E{{T:klog}}    2044 nestedpendingoperations.go:348] Operation for "{volumeName:kubernetes.io/nfs/' + dluid + '-blast-designs podName:' + dluid + ' nodeName:}" failed. No retries permitted until {{T:space+122}}217811 +0000 UTC m=+88243.441 (durationBeforeRetry 2m2s). Error: MountVolume.SetUp failed for volume "blast-designs" (UniqueName: "kubernetes.io/nfs/' + dluid + '-blast-designs") pod "' + dl + '" (UID: "' + dluid + '") : mount failed: exit status 32\\nMounting command: mount\\nMounting arguments: -t nfs -o nfsvers=4.1,hard nas01.minesite.local:/export/designs ' + mnt + '\\nOutput: mount.nfs: Connection timed out\\n', ev=True)
    r.event(121.5, "ev", reason="FailedMount", type="Warning", name=dl, host=n1, msg=fm, ev=True)
    r.at(122.0, "mp", '{"level":"warn","time":"{{T:iso}}","msg":"design-library unavailable, serving cached thumbnails only","cache_age_s":7310}')
    r.at(130.0, "ag", 'I{{T:klog}}    2044 kubelet.go:2486] "SyncLoop (probe)" probe="readiness" status="ready" pod="mine-planning/' + podname("geo-tiles") + '"')
    r.event(244.0, "ev", reason="FailedMount", type="Warning", name=dl, host=n1, count=2, msg=fm)
    r.event(245.0, "ev", reason="FailedMount", type="Warning", name=dl, host=n1,
            msg="Unable to attach or mount volumes: unmounted volumes=[blast-designs], unattached volumes=[], failed to process volumes=[]: timed out waiting for the condition")
    r.at(246.0, "mp", '{"level":"info","time":"{{T:iso}}","msg":"GET /designs/BP-2026-051 502","upstream":"design-library.mine-planning.svc:8080"}')
    return r.build("ERROR", "storage", "design-library",
                   "The rescheduled design-library pod cannot mount its NFS volume from nas01.minesite.local:/export/designs on rke2-wrk-05 (mount.nfs: Connection timed out, exit status 32), so it stays in ContainerCreating and the planner UI gets 502s.",
                   "design-library is stuck in ContainerCreating because its NFS volume mount fails on the new node.",
                   "Check NFS reachability and export rules from rke2-wrk-05 (firewall/export subnet, nfs-utils on the node), or pin the pod to nodes that can mount the share.")


@record
def r35():
    n1, n2, n3 = "talos-fit-w1", "talos-fit-w2", "talos-fit-db1"
    r = Rec("dev26-035", "fitness", "Talos", "datadog-agent", "2026-01-01T07:02:00", "talos-fitcore-prod",
            question="New Year's morning: workout uploads fail with 500s. What is the cause?",
            selector=sel(ns="workouts"))
    up = podname("upload-api")
    ag = podname("stats-aggregator")
    db = "workouts-db-1"
    r.c("up", "workouts", up, "upload-api", n1, source="go")
    r.c("ag", "workouts", ag, "stats-aggregator", n2, source="python")
    r.c("db", "workouts", db, "postgres", n3, app="workouts-db", source="postgresql")
    r.ev_stream("ev", "workouts", n1)
    r.j("kl", n1, "kubelet")
    PG = '{"time":"{{T:iso}}","level":"error","msg":"store workout","err":"failed to connect to `user=upload database=workouts`: 10.96.12.40:5432 (workouts-db-rw.workouts.svc): server error: FATAL: sorry, too many clients already (SQLSTATE 53300)","workout":%d}'
    r.event(0.0, "ev", reason="SuccessfulRescale", kind="HorizontalPodAutoscaler", name="upload-api", api="autoscaling/v2",
            src="horizontal-pod-autoscaler", msg="New size: 24; reason: cpu resource utilization (percentage of request) above target")
    r.at(3.0, "db", "{{T:pg}} [1] LOG:  connection received: host=10.244.3.41 port=48812")
    r.at(3.1, "db", "{{T:pg}} [99821] FATAL:  sorry, too many clients already", ev=True)
    r.at(3.2, "up", PG % 90113871, ev=True)
    r.at(3.3, "up", '{"time":"{{T:iso}}","level":"info","msg":"request","method":"POST","path":"/v1/workouts","status":500,"dur_ms":41}')
    r.at(4.0, "db", "{{T:pg}} [99830] FATAL:  remaining connection slots are reserved for roles with the SUPERUSER attribute", ev=True)
    r.at(4.5, "ag", "{{T:comma}} INFO stats_aggregator: new-year challenge counters updated (12022 participants)")
    r.at(5.1, "up", PG % 90113877)
    r.at(6.0, "db", "{{T:pg}} [412] LOG:  checkpoint starting: time")
    r.at(7.0, "up", '{"time":"{{T:iso}}","level":"info","msg":"request","method":"POST","path":"/v1/workouts","status":201,"dur_ms":63}')
    r.at(9.0, "db", "{{T:pg}} [99847] FATAL:  sorry, too many clients already")
    r.at(9.1, "ag", "{{T:comma}} ERROR stats_aggregator: psycopg.OperationalError: connection failed: FATAL:  sorry, too many clients already")
    r.at(9.2, "ag", "{{T:comma}} INFO stats_aggregator: will retry in 10s")
    r.at(12.0, "up", PG % 90113902)
    r.at(14.0, "kl", 'I{{T:klog}}       1 kubelet.go:2486] "SyncLoop (probe)" probe="readiness" status="ready" pod="workouts/' + up + '"')
    r.at(20.0, "db", "{{T:pg}} [412] LOG:  checkpoint complete: wrote 8121 buffers (49.6%); 0 WAL file(s) added, 2 removed, 6 recycled; write=13.811 s, sync=0.021 s, total=14.002 s; sync files=88, longest=0.004 s, average=0.001 s; distance=181223 kB, estimate=181223 kB; lsn=1D/4A2210F0, redo lsn=1D/3F0012A8")
    r.at(21.0, "up", PG % 90113950)
    return r.build("ERROR", "database", "workouts-db",
                   "PostgreSQL (workouts-db) has reached max_connections: after upload-api scaled out to 24 replicas for the New Year peak, new connections are refused with 'FATAL: sorry, too many clients already' / reserved slots only, so a share of uploads and the stats aggregator fail.",
                   "The workouts database rejects new connections (too many clients), causing intermittent upload failures.",
                   "Put a connection pooler (PgBouncer) in front of workouts-db or lower per-pod pool sizes / raise max_connections, and cap the upload-api HPA accordingly.")


@record
def r36():
    n1, n2 = "shoot--gsops--prod-eu-worker-db-z1-7c4d2-lq8vn", "shoot--gsops--prod-eu-worker-db-z2-7c4d2-0zc5t"
    n3 = "shoot--gsops--prod-eu-worker-c2x-z1-6b8f9-kq7wd"
    r = Rec("dev26-036", "satellite", "Gardener", "otel-collector-loki-otlp", "2026-05-06T14:40:00", "gsops-prod-eu",
            question="The object catalog API served stale TLEs for a few minutes. Is something broken?",
            selector=sel(ns="catalog"))
    api = podname("catalog-api")
    imp = f"history-import-{RNG.randint(10000, 99999)}-{alnum(5)}"
    r.c("p1", "catalog", "catalog-db-1", "postgres", n1, app="catalog-db", owner=("statefulset", "catalog-db"))
    r.c("p2", "catalog", "catalog-db-2", "postgres", n2, app="catalog-db", owner=("statefulset", "catalog-db"))
    r.c("api", "catalog", api, "catalog-api", n3, owner=("deployment", "catalog-api"))
    r.c("imp", "catalog", imp, "importer", n3, app="history-import", owner=("job", imp.rsplit("-", 1)[0]))
    CN = ('{"level":"info","ts":"{{T:iso}}","logger":"postgres","msg":"record","logging_pod":"%s",'
          '"record":{"log_time":"{{T:pg}}","user_name":"%s","database_name":"%s","process_id":"%d","session_id":"%s",'
          '"error_severity":"%s","sql_state_code":"%s","message":"%s"%s,"backend_type":"%s"}}')
    r.at(0.0, "imp", "{{T:iso}} INFO  history_import: loading GP history 2000-2025 for 31877 objects (COPY, batch=50000)")
    r.at(20.0, "p1", CN % ("catalog-db-1", "", "", 62, hexs(8) + "." + hexs(3), "LOG", "00000", "checkpoints are occurring too frequently (9 seconds apart)", ',"hint":"Consider increasing the configuration parameter \\"max_wal_size\\"."', "checkpointer"))
    r.at(41.0, "api", '{"level":"warn","ts":"{{T:iso}}","msg":"replica lag above threshold, routing reads to primary","replica":"catalog-db-r","lag_s":38.2,"threshold_s":30}', ev=True)
    r.at(41.5, "p2", CN % ("catalog-db-2", "", "", 31, hexs(8) + "." + hexs(3), "LOG", "00000", "restartpoint starting: wal", "", "checkpointer"))
    r.at(60.0, "api", '{"level":"warn","ts":"{{T:iso}}","msg":"replica lag above threshold, routing reads to primary","replica":"catalog-db-r","lag_s":71.9,"threshold_s":30}', ev=True)
    r.at(60.5, "p2", CN % ("catalog-db-2", "", "", 31, hexs(8) + "." + hexs(3), "LOG", "00000", "recovery restart point at 2C/81A3F0D8", ',"detail":"Last completed transaction was at log time 2026-05-06 14:39:49.118+00."', "checkpointer"), ev=True)
    r.at(61.0, "api", '{"level":"info","ts":"{{T:iso}}","msg":"GET /v2/tle/58213 200","source":"primary","dur_ms":7}')
    r.at(95.0, "imp", "{{T:iso}} INFO  history_import: done, 48211930 rows in 95.1s")
    r.at(96.0, "p1", CN % ("catalog-db-1", "importer", "catalog", 8812, hexs(8) + "." + hexs(3), "LOG", "00000", "duration: 95022.118 ms  statement: COPY gp_history FROM STDIN WITH (FORMAT binary)", "", "client backend"))
    r.at(150.0, "api", '{"level":"info","ts":"{{T:iso}}","msg":"replica lag back under threshold, reads routed to replica again","replica":"catalog-db-r","lag_s":2.1}')
    r.at(151.0, "api", '{"level":"info","ts":"{{T:iso}}","msg":"GET /v2/tle/57320 200","source":"replica","dur_ms":4}')
    return r.build("WARN", "database", "catalog-db",
                   "A bulk COPY of 48M history rows into the catalog-db primary generated WAL faster than the streaming replica could replay, so replica lag rose to ~70 s; catalog-api shifted reads to the primary and the replica caught up once the import finished.",
                   "Temporary PostgreSQL replication lag during a bulk import; self-healed.",
                   "Optional: throttle or schedule bulk imports off-peak and raise max_wal_size; no immediate action needed.")


@record
def r37():
    n1, n2 = "lke188230-276615-3a8f1c0d0000", "lke188230-276615-7e02b9f40000"
    r = Rec("dev26-037", "satellite", "LKE", "splunk-otel-collector", "2026-06-30T12:00:00", "lke-sda-core",
            question="Our TLE freshness alert fired at noon. Should we worry?",
            selector=sel(ns="sda", app="tle-sync"))
    ts = podname("tle-sync")
    cj = podname("conjunction-api")
    r.c("ts", "sda", ts, "tle-sync", n1)
    r.c("cj", "sda", cj, "conjunction-api", n2)
    r.j("kl", n1, "kubelet.service")
    L = 'time="{{T:isos}}" level=%s msg="%s"%s'
    r.at(0.0, "ts", L % ("info", "polling gp", " source=space-track classes=active since=2026-06-30T09:00:00Z"))
    r.at(0.8, "ts", L % ("warning", "rate limited by space-track", ' status=429 body="You\'ve violated your query rate limit. Please refer to our Acceptable Use guidelines." retry_after=60s queries_last_hour=301 limit_per_hour=300'), ev=True)
    r.at(0.9, "ts", L % ("info", "serving cached elements", " cache_age=3h02m objects=31877"))
    r.at(5.0, "cj", '{"level":"warn","ts":"{{T:iso}}","msg":"tle freshness degraded","max_age_h":3.03,"alert_threshold_h":3}')
    r.at(61.2, "ts", L % ("warning", "rate limited by space-track", ' status=429 body="You\'ve violated your query rate limit. Please refer to our Acceptable Use guidelines." retry_after=120s queries_last_hour=300 limit_per_hour=300'), ev=True)
    r.at(90.0, "kl", 'I{{T:klog}}    1020 kubelet.go:2486] "SyncLoop (probe)" probe="liveness" status="healthy" pod="sda/' + ts + '"')
    r.at(181.6, "ts", L % ("info", "polling gp", " source=space-track classes=active since=2026-06-30T09:00:00Z"))
    r.at(183.0, "ts", L % ("info", "fetched elements", " count=2244 status=200 queries_last_hour=288 limit_per_hour=300"))
    r.at(183.5, "ts", L % ("info", "published tle updates", " subject=tle.updated count=2244 errors=0"))
    r.at(190.0, "cj", '{"level":"info","ts":"{{T:iso}}","msg":"tle freshness ok","max_age_h":0.05}')
    r.at(191.0, "ts", L % ("info", "adjusted poll interval", ' old=10m new=15m reason="stay under hourly query budget"'))
    return r.build("WARN", "rate_limited", "tle-sync",
                   "tle-sync exceeded Space-Track's hourly query limit (301 of 300) and received HTTP 429 for about three minutes, serving cached elements slightly older than the 3-hour freshness threshold; after backing off it fetched fresh elements and lowered its poll rate.",
                   "Short Space-Track rate limiting delayed a TLE refresh; recovered on its own.",
                   "Optional: reduce polling frequency or batch queries to stay within the Space-Track query budget.")


@record
def r38():
    n1, n2 = "fit-mk8s-a", "fit-mk8s-b"
    r = Rec("dev26-038", "fitness", "MicroK8s", "splunk-otel-collector", "2026-01-06T06:00:00", "mk8s-fitpush",
            question="Morning workout reminders did not reach most Android users. Why?",
            selector=sel(ns="engagement", app="push-notifier"))
    pn = podname("push-notifier")
    sch = podname("reminder-scheduler")
    r.c("pn", "engagement", pn, "push-notifier", n1)
    r.c("sch", "engagement", sch, "scheduler", n2, app="reminder-scheduler")
    r.j("kl", n1, "snap.microk8s.daemon-kubelite.service")
    E = '{"level":"%s","time":"{{T:iso}}","component":"fcm","msg":"%s"%s}'
    r.at(0.0, "sch", "[{{T:iso}}] [info] enqueued 412880 reminders for 06:00 local (android=301220 ios=111660)")
    r.at(2.0, "pn", E % ("info", "batch sent", ',"ok":500,"failed":0,"rps":1850'))
    r.at(31.0, "pn", E % ("error", "send failed", ',"status":429,"error":{"code":429,"message":"Quota exceeded for quota metric \'Send requests\' and limit \'Send requests per minute\' of service \'fcm.googleapis.com\' for consumer \'project_number:861204417712\'.","status":"RESOURCE_EXHAUSTED","details":[{"@type":"type.googleapis.com/google.firebase.fcm.v1.FcmError","errorCode":"QUOTA_EXCEEDED"}]}'), ev=True)
    r.at(31.2, "pn", E % ("warn", "backing off", ',"retry_after_s":60,"pending":288104'))
    r.at(40.0, "pn", '{"level":"info","time":"{{T:iso}}","component":"apns","msg":"batch sent","ok":1000,"failed":3,"reasons":{"BadDeviceToken":3}}')
    r.at(92.0, "pn", E % ("error", "send failed", ',"status":429,"error":{"code":429,"message":"Quota exceeded for quota metric \'Send requests\' and limit \'Send requests per minute\' of service \'fcm.googleapis.com\' for consumer \'project_number:861204417712\'.","status":"RESOURCE_EXHAUSTED","details":[{"@type":"type.googleapis.com/google.firebase.fcm.v1.FcmError","errorCode":"QUOTA_EXCEEDED"}]}'), ev=True)
    r.at(92.1, "pn", E % ("warn", "backing off", ',"retry_after_s":60,"pending":287510'))
    r.at(100.0, "kl", 'I{{T:klog}}  731204 kubelet.go:2486] "SyncLoop (probe)" probe="liveness" status="healthy" pod="engagement/' + pn + '"')
    r.at(600.0, "pn", E % ("error", "dropping expired reminders", ',"dropped":241877,"reason":"ttl 10m exceeded while throttled"'), ev=True)
    r.at(601.0, "sch", "[{{T:iso}}] [warning] delivery report 06:00 wave: android delivered=59343 dropped=241877 ios delivered=111657")
    return r.build("ERROR", "rate_limited", "push-notifier",
                   "push-notifier sends the 06:00 Android reminder wave faster than the project's FCM 'Send requests per minute' quota allows; FCM answers 429 RESOURCE_EXHAUSTED/QUOTA_EXCEEDED, the notifier keeps backing off and finally drops ~242k reminders whose 10-minute TTL expired.",
                   "Most Android workout reminders were dropped because FCM throttled the send burst (429 quota exceeded).",
                   "Spread the reminder wave over time / rate-limit sends below the FCM quota (or request a quota increase) and extend the TTL for reminders.")


@record
def r39():
    bad, good = "10.0.30.12", "10.0.30.45"
    r = Rec("dev26-039", "mining", "OKE", "otel-collector-loki-otlp", "2026-12-14T16:22:00", "oke-minefleet-syd",
            question="Fleet management went down mid-shift; dispatch-db-0 will not come back. What happened?",
            selector=sel(ns="fleet"))
    api = podname("fleet-api")
    r.c("api", "fleet", api, "fleet-api", good, owner=("deployment", "fleet-api"))
    r.ev_stream("ev", "fleet", good)
    r.ev_stream("evn", "default", good)
    r.j("kn", bad, "kernel")
    r.j("kl", good, "kubelet.service")
    r.at(0.0, "kn", "mce: [Hardware Error]: Machine check events logged")
    r.at(0.1, "kn", "EDAC MC0: 1 CE memory read error on CPU_SrcID#0_MC#1_Chan#0_DIMM#0 (channel:0 slot:0 page:0x1d3f2c offset:0x440 grain:32 syndrome:0x0 - err_code:0x0000:0x0091 ProcessorSocketId:0x0 MemoryControllerId:0x1 PhysicalRankId:0 Row:0x74fc Column:0x88 Bank:0x2 BankGroup:0x1)")
    r.at(14.0, "kn", "EDAC MC0: 1 UE memory read error on CPU_SrcID#0_MC#1_Chan#0_DIMM#0 (channel:0 slot:0 page:0x1d3f2d offset:0x0 grain:32 - OVERFLOW err_code:0x0000:0x009f ProcessorSocketId:0x0 MemoryControllerId:0x1 PhysicalRankId:0 Row:0x74fc Column:0x90 Bank:0x2 BankGroup:0x1)", ev=True)
    r.at(14.2, "kn", "mce: [Hardware Error]: CPU 12: Machine Check Exception: 5 Bank 13: be00000000800090", ev=True)
    r.at(14.3, "kn", "Kernel panic - not syncing: Fatal machine check")
    r.at(20.0, "api", '{"level":"error","ts":"{{T:iso}}","msg":"db query failed","err":"read tcp 10.244.2.18:51522->10.244.1.9:5432: read: connection reset by peer"}')
    r.at(35.0, "api", '{"level":"error","ts":"{{T:iso}}","msg":"db connect failed","err":"dial tcp 10.244.1.9:5432: connect: no route to host"}')
    r.event(54.0, "evn", reason="NodeNotReady", kind="Node", name=bad, src="node-controller",
            msg=f"Node {bad} status is now: NodeNotReady", ev=True)
    r.event(54.5, "ev", reason="NodeNotReady", type="Warning", name="dispatch-db-0", src="node-controller", msg="Node is not ready")
    r.at(60.0, "kl", 'I{{T:klog}}    3011 kubelet.go:2486] "SyncLoop (probe)" probe="readiness" status="ready" pod="fleet/' + api + '"')
    r.event(355.0, "ev", reason="TaintManagerEviction", name="dispatch-db-0", src="taint-eviction-controller",
            msg="Marking for deletion Pod fleet/dispatch-db-0")
    r.at(360.0, "api", '{"level":"error","ts":"{{T:iso}}","msg":"db connect failed","err":"dial tcp 10.96.88.14:5432: connect: connection refused","retry_in":"5s"}')
    r.event(420.0, "evn", reason="NodeNotReady", kind="Node", name=bad, src="node-controller", count=2,
            msg=f"Node {bad} status is now: NodeNotReady")
    r.at(421.0, "api", '{"level":"warn","ts":"{{T:iso}}","msg":"readiness degraded","dependency":"dispatch-db","state":"down","since_s":407}')
    return r.build("CRITICAL", "node_failure", bad,
                   "Worker node 10.0.30.12 suffered an uncorrectable ECC memory error (EDAC UE / fatal machine check) and panicked; it went NotReady, and dispatch-db-0, a StatefulSet pod on that node, is stuck pending deletion so the fleet database is unavailable.",
                   "A hardware memory fault took down worker node 10.0.30.12, taking the fleet dispatch database with it.",
                   "Cordon and replace the faulty node (terminate the OCI instance), force-delete dispatch-db-0 once the node is confirmed dead so it reschedules with its volume, and check the database after recovery.")


@record
def r40():
    bad, good = "pool-fq1t6zk8d-h3kr9", "pool-fq1t6zk8d-h3krx"
    r = Rec("dev26-040", "fitness", "DOKS", "datadog-agent", "2026-09-22T20:10:00", "strideup-doks-sfo3",
            question="New challenge-worker pods stay in ContainerCreating. Why?",
            selector=sel(ns="community"))
    cil = "cilium-" + alnum(5)
    ciluid = uid()
    cw_ok = podname("challenge-worker")
    cw1, cw2 = podname("challenge-worker", same_rs=cw_ok), podname("challenge-worker", same_rs=cw_ok)
    r.c("cil", "kube-system", cil, "cilium-agent", bad, app="cilium", source="cilium")
    r.c("ok", "community", cw_ok, "worker", good, app="challenge-worker", source="python")
    r.ev_stream("ev", "community", good)
    r.ev_stream("evk", "kube-system", good)
    r.j("kl", bad, "kubelet.service")
    sbx = ('Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "%s": '
           'plugin type="cilium-cni" name="cilium" failed (add): unable to connect to Cilium daemon: failed to create cilium agent client '
           'after 30.000000 seconds timeout: Get "http:///var/run/cilium/cilium.sock/v1/config": dial unix /var/run/cilium/cilium.sock: '
           'connect: no such file or directory')
    r.at(0.0, "cil", 'level=info msg="Cilium 1.16.6 2c4f3a8b 2026-01-14T10:21:33+00:00 go version go1.23.4 linux/amd64" subsys=daemon')
    r.at(1.2, "cil", 'level=info msg="Restored 41 endpoints" subsys=daemon')
    r.at(2.4, "cil", 'level=fatal msg="Error while creating daemon" error="failed to initialize datapath: unable to create map /sys/fs/bpf/tc/globals/cilium_lb4_services_v2: cannot allocate memory" subsys=daemon', ev=True)
    r.event(12.0, "evk", reason="BackOff", type="Warning", name=cil, host=bad, count=6,
            msg=f"Back-off restarting failed container cilium-agent in pod {cil}_kube-system({ciluid})", ev=True)
    r.event(15.0, "ev", reason="Scheduled", name=cw1, src="default-scheduler", msg=f"Successfully assigned community/{cw1} to {bad}")
    r.at(46.0, "kl", 'E{{T:klog}}    1502 log.go:32] "RunPodSandbox from runtime service failed" err="rpc error: code = Unknown desc = failed to setup network for sandbox \\"' + hexs(64) + '\\": plugin type=\\"cilium-cni\\" name=\\"cilium\\" failed (add): unable to connect to Cilium daemon: failed to create cilium agent client after 30.000000 seconds timeout: Get \\"http:///var/run/cilium/cilium.sock/v1/config\\": dial unix /var/run/cilium/cilium.sock: connect: no such file or directory"')
    r.event(46.2, "ev", reason="FailedCreatePodSandBox", type="Warning", name=cw1, host=bad, msg=sbx % hexs(64), ev=True)
    r.at(50.0, "ok", "{{T:comma}} INFO challenge_worker: processed 500 activity events (lag 2.1s)")
    r.event(52.0, "ev", reason="Scheduled", name=cw2, src="default-scheduler", msg=f"Successfully assigned community/{cw2} to {bad}")
    r.event(88.0, "ev", reason="FailedCreatePodSandBox", type="Warning", name=cw2, host=bad, msg=sbx % hexs(64))
    r.at(95.0, "cil", 'level=fatal msg="Error while creating daemon" error="failed to initialize datapath: unable to create map /sys/fs/bpf/tc/globals/cilium_lb4_services_v2: cannot allocate memory" subsys=daemon')
    r.at(100.0, "ok", "{{T:comma}} WARNING challenge_worker: consumer lag rising (31.4s), only 2 of 6 workers running")
    return r.build("ERROR", "node_failure", "cilium",
                   "The Cilium agent on node pool-fq1t6zk8d-h3kr9 crash-loops because it cannot create its BPF service map, so the node's CNI is down: every new pod scheduled there fails sandbox creation ('unable to connect to Cilium daemon'), while pods on other nodes are unaffected.",
                   "CNI (Cilium) failure on one node prevents new pods from starting there.",
                   "Cordon the node and recycle/replace it (or fix the agent's BPF map/memlock issue and restart cilium), then let the pending pods reschedule.")


# === END RECORDS ===


def main(argv):
    stats = "--stats" in argv
    args = [a for a in argv if a != "--stats"]
    out = args[0] if args else DEFAULT_OUT
    recs = [fn() for fn in RECORDS]
    with open(out, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    if stats:
        data = open(out, "rb").read()
        print("records", len(recs))
        print("sha256", hashlib.sha256(data).hexdigest())
        for field in ("category", "severity", "theme", "distro", "shipper"):
            cnt = Counter(m[field] for m in META.values())
            print(field, dict(sorted(cnt.items())))


if __name__ == "__main__":
    main(sys.argv[1:])
