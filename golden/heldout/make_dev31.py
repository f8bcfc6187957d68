#!/usr/bin/env python3
"""Generator for the dev31 held-out evaluation set (golden format v1).

Standard library only, fully deterministic:
  * fixed SEED; every scenario gets its own random.Random seeded from
    SEED + int(sha256(name).hexdigest(), 16)
  * scenarios are built in sorted name order, the finished records are
    shuffled with random.Random(SEED) and only then numbered dev31-001..040
  * no wall clock, no environment input, no dependence on hash order

Usage:
  python3 make_dev31.py                 # write /tmp/dev31/dev31.jsonl, print its SHA-256
  python3 make_dev31.py --out PATH      # write elsewhere
  python3 make_dev31.py --stats         # print aggregates (also writes the file)

Timestamps embedded in log text are written as tokens (for example @ISO3Z@) and
rendered from the same instant as the line's `ts`; the line's instant is first
rounded up to the coarsest precision any token in the line can show, so every
embedded timestamp renders exactly the line's instant.
"""

import argparse
import hashlib
import json
import random
import sys
from collections import OrderedDict
from datetime import datetime, timedelta, timezone

SEED = 203131
DEFAULT_OUT = "/tmp/dev31/dev31.jsonl"
UTC = timezone.utc
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

SOURCES = {
    "aquaculture": "synthetic:dev31-aquaculture",
    "pharmacy": "synthetic:dev31-pharmacy",
    "buildings": "synthetic:dev31-buildings",
}


def scenario_rng(name):
    return random.Random(SEED + int(hashlib.sha256(name.encode("utf-8")).hexdigest(), 16))


# --------------------------------------------------------------------------
# timestamp tokens: token -> (quantum in microseconds, renderer(utc_dt, rec))
# --------------------------------------------------------------------------

def _ms(dt):
    return dt.microsecond // 1000


def _local(dt, rec):
    return dt.astimezone(rec.tz)


def _off(dt):
    s = dt.strftime("%z")
    return s[:3] + ":" + s[3:]


def _epoch_parts(dt):
    d = dt - EPOCH
    total_us = (d.days * 86400 + d.seconds) * 1000000 + d.microseconds
    return total_us // 1000000, total_us % 1000000


TOKENS = OrderedDict([
    # RFC 3339 in UTC
    ("@ISO6Z@", (1, lambda d, r: d.strftime("%Y-%m-%dT%H:%M:%S.") + "%06dZ" % d.microsecond)),
    ("@ISO3Z@", (1000, lambda d, r: d.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % _ms(d))),
    ("@ISOSZ@", (1000000, lambda d, r: d.strftime("%Y-%m-%dT%H:%M:%SZ"))),
    # RFC 3339 in the record's local zone
    ("@ISO3L@", (1000, lambda d, r: _local(d, r).strftime("%Y-%m-%dT%H:%M:%S.")
                 + "%03d" % _ms(d) + _off(_local(d, r)))),
    ("@ISOSL@", (1000000, lambda d, r: _local(d, r).strftime("%Y-%m-%dT%H:%M:%S") + _off(_local(d, r)))),
    # klog header without the severity letter: MMDD hh:mm:ss.uuuuuu (UTC)
    ("@KLOG@", (1, lambda d, r: d.strftime("%m%d %H:%M:%S.") + "%06d" % d.microsecond)),
    # nginx / apache common log
    ("@NGINX@", (1000000, lambda d, r: d.strftime("%d/") + MONTHS[d.month - 1] + d.strftime("/%Y:%H:%M:%S +0000"))),
    # RabbitMQ 3.x: microseconds with numeric offset (UTC)
    ("@RMQ@", (1, lambda d, r: d.strftime("%Y-%m-%d %H:%M:%S.") + "%06d+00:00" % d.microsecond)),
    # Node-RED console: day month time, local zone
    ("@NODERED@", (1000000, lambda d, r: "%d %s %s" % (_local(d, r).day, MONTHS[_local(d, r).month - 1],
                                                       _local(d, r).strftime("%H:%M:%S")))),
    # BSD syslog (local zone of the record)
    ("@SYSLOG@", (1000000, lambda d, r: MONTHS[_local(d, r).month - 1] + " "
                  + ("%2d" % _local(d, r).day) + _local(d, r).strftime(" %H:%M:%S"))),
    # python logging default
    ("@PYLOG@", (1000, lambda d, r: d.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % _ms(d))),
    # space separated, milliseconds, UTC (logback, log4j2, many others)
    ("@SP3@", (1000, lambda d, r: d.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % _ms(d))),
    ("@SP3UTC@", (1000, lambda d, r: d.strftime("%Y-%m-%d %H:%M:%S.") + "%03d UTC" % _ms(d))),
    # space separated, milliseconds, local zone with abbreviation (PostgreSQL %m)
    ("@SP3LZ@", (1000, lambda d, r: _local(d, r).strftime("%Y-%m-%d %H:%M:%S.") + "%03d " % _ms(d) + r.tzname)),
    # gunicorn / apache style with numeric local offset
    ("@GUNI@", (1000000, lambda d, r: _local(d, r).strftime("%Y-%m-%d %H:%M:%S %z"))),
    ("@SPS@", (1000000, lambda d, r: d.strftime("%Y-%m-%d %H:%M:%S"))),
    # slash date used by some controllers / Go log package
    ("@GOLOG@", (1000000, lambda d, r: d.strftime("%Y/%m/%d %H:%M:%S"))),
    # unix epoch
    ("@EPOCH3@", (1000, lambda d, r: "%d.%03d" % (_epoch_parts(d)[0], _epoch_parts(d)[1] // 1000))),
    ("@EPOCHMS@", (1000, lambda d, r: "%d%03d" % (_epoch_parts(d)[0], _epoch_parts(d)[1] // 1000))),
    ("@EPOCHS@", (1000000, lambda d, r: "%d" % _epoch_parts(d)[0])),
])


def _ceil(dt, quantum):
    if quantum <= 1:
        return dt
    us = (dt.second * 1000000 + dt.microsecond) % quantum
    if us == 0:
        return dt
    return dt + timedelta(microseconds=quantum - us)


def fmt_ts(dt):
    if dt.microsecond % 1000:
        return dt.strftime("%Y-%m-%dT%H:%M:%S.") + "%06dZ" % dt.microsecond
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % _ms(dt)


# --------------------------------------------------------------------------
# label conventions of log shippers
# --------------------------------------------------------------------------

def conv_promtail(w):
    return OrderedDict([("namespace", w["ns"]), ("pod", w["pod"]), ("container", w["ctr"]),
                        ("app", w["app"]), ("job", w["ns"] + "/" + w["app"]),
                        ("node_name", w["node"]), ("stream", w.get("stream", "stdout"))])


def conv_alloy(w):
    return OrderedDict([("k8s_cluster_name", w["cluster"]), ("k8s_namespace_name", w["ns"]),
                        ("k8s_pod_name", w["pod"]), ("k8s_container_name", w["ctr"]),
                        ("k8s_node_name", w["node"]), ("service_name", w["app"])])


def conv_otel(w):
    return OrderedDict([("k8s.cluster.name", w["cluster"]), ("k8s.namespace.name", w["ns"]),
                        ("k8s.pod.name", w["pod"]), ("k8s.container.name", w["ctr"]),
                        ("k8s.node.name", w["node"]), ("service.name", w["app"])])


def conv_fluentbit(w):
    return OrderedDict([("job", "fluent-bit"), ("kubernetes_namespace_name", w["ns"]),
                        ("kubernetes_pod_name", w["pod"]), ("kubernetes_container_name", w["ctr"]),
                        ("kubernetes_host", w["node"]), ("kubernetes_labels_app", w["app"])])


def conv_vector(w):
    return OrderedDict([("source_type", "kubernetes_logs"), ("pod_namespace", w["ns"]),
                        ("pod_name", w["pod"]), ("container_name", w["ctr"]),
                        ("pod_node_name", w["node"]), ("app_kubernetes_io_name", w["app"]),
                        ("stream", w.get("stream", "stdout"))])


def conv_datadog(w):
    owner = ("kube_cronjob", w["cronjob"]) if w.get("cronjob") else ("kube_deployment", w.get("deploy", w["app"]))
    return OrderedDict([("kube_cluster_name", w["cluster"]), ("kube_namespace", w["ns"]),
                        ("pod_name", w["pod"]), ("kube_container_name", w["ctr"]),
                        owner, ("host", w["node"]),
                        ("service", w["app"]), ("source", w.get("source", w["ctr"]))])


def conv_filebeat(w):
    return OrderedDict([("data_stream.dataset", "kubernetes.container_logs"),
                        ("kubernetes.namespace", w["ns"]), ("kubernetes.pod.name", w["pod"]),
                        ("kubernetes.container.name", w["ctr"]), ("kubernetes.node.name", w["node"]),
                        ("kubernetes.labels.app", w["app"])])


def conv_gcp(w):
    return OrderedDict([("resource.type", "k8s_container"),
                        ("resource.labels.project_id", w["project"]),
                        ("resource.labels.location", w["location"]),
                        ("resource.labels.cluster_name", w["cluster"]),
                        ("resource.labels.namespace_name", w["ns"]),
                        ("resource.labels.pod_name", w["pod"]),
                        ("resource.labels.container_name", w["ctr"]),
                        ("labels.k8s-pod/app", w["app"]),
                        ("labels.compute.googleapis.com/resource_name", w["node"])])


def conv_azure(w):
    return OrderedDict([("Computer", w["node"]), ("PodNamespace", w["ns"]), ("PodName", w["pod"]),
                        ("ContainerName", w["ctr"]), ("LogSource", w.get("stream", "stdout")),
                        ("_ResourceId", w["resource_id"])])


def conv_lokistack(w):
    return OrderedDict([("log_type", "application"), ("openshift_log_type", "application"),
                        ("k8s_namespace_name", w["ns"]), ("k8s_pod_name", w["pod"]),
                        ("k8s_container_name", w["ctr"]), ("kubernetes_host", w["node"])])


def conv_compose(w):
    return OrderedDict([("host", w["host"]), ("compose_project", w["project"]),
                        ("compose_service", w["service"]), ("container_name", w["container"]),
                        ("source", w.get("stream", "stdout"))])


def conv_journald(w):
    return OrderedDict([("_HOSTNAME", w["host"]), ("_SYSTEMD_UNIT", w["unit"]),
                        ("SYSLOG_IDENTIFIER", w["ident"]), ("PRIORITY", str(w.get("prio", 6))),
                        ("_TRANSPORT", w.get("transport", "stdout"))])


CONVENTIONS = OrderedDict([
    ("promtail", ("Promtail kubernetes_sd: namespace/pod/container/app/job/node_name", conv_promtail)),
    ("alloy", ("Grafana Alloy (OTLP into Loki): k8s_* + service_name", conv_alloy)),
    ("otel", ("OpenTelemetry collector resource attributes: k8s.namespace.name ...", conv_otel)),
    ("fluentbit", ("Fluent Bit kubernetes filter: kubernetes_*", conv_fluentbit)),
    ("vector", ("Vector kubernetes_logs: pod_namespace/pod_name/container_name", conv_vector)),
    ("datadog", ("Datadog agent tags: kube_* / pod_name / service / source", conv_datadog)),
    ("filebeat", ("Filebeat / Elastic Agent ECS: kubernetes.namespace, kubernetes.pod.name ...", conv_filebeat)),
    ("gcp", ("GKE Cloud Logging: resource.type=k8s_container, resource.labels.*", conv_gcp)),
    ("azure", ("Azure Monitor ContainerLogV2: PodNamespace/PodName/ContainerName/Computer", conv_azure)),
    ("lokistack", ("OpenShift Logging into LokiStack: log_type, k8s_*_name, kubernetes_host", conv_lokistack)),
    ("compose", ("Docker Loki driver on Compose: compose_project/compose_service/container_name", conv_compose)),
    ("journald", ("journald: _SYSTEMD_UNIT/_HOSTNAME/SYSLOG_IDENTIFIER/PRIORITY", conv_journald)),
])

POD_ALPHA = "bcdfghjklmnpqrstvwxz2456789"


# --------------------------------------------------------------------------
# record builder
# --------------------------------------------------------------------------

class Rec:
    def __init__(self, name, theme, dist, conv, months, tz=None, tzname="UTC"):
        self.name = name
        self.rng = scenario_rng(name)
        self.theme = theme
        self.dist = dist
        self.conv = conv
        self.convfn = CONVENTIONS[conv][1]
        self.tz = tz or UTC
        self.tzname = tzname
        self.event_formats = []
        self.recovers = False
        r = self.rng
        self.t = datetime(2026, r.choice(months), r.randint(1, 27), r.randint(0, 22),
                          r.randint(0, 59), r.randint(0, 59), r.randint(0, 999) * 1000, tzinfo=UTC)
        self.logs = []
        self.evidence = []
        self.question = None
        self.selector = None
        self.expected = None

    # --- random helpers -----------------------------------------------
    def pick(self, seq):
        return self.rng.choice(seq)

    def rint(self, a, b):
        return self.rng.randint(a, b)

    def hexs(self, n):
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def alnum(self, n, alpha=POD_ALPHA):
        return "".join(self.rng.choice(alpha) for _ in range(n))

    def pod(self, deploy):
        return "%s-%s-%s" % (deploy, self.alnum(self.rng.choice([9, 10])), self.alnum(5))

    def dspod(self, ds):
        return "%s-%s" % (ds, self.alnum(5))

    def uuid(self):
        h = self.hexs(32)
        return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], self.rng.choice("89ab"), h[17:20], h[20:32])

    # --- labels -----------------------------------------------------------
    def lab(self, **w):
        return self.convfn(w)

    # --- lines --------------------------------------------------------------
    def add(self, labels, text, gap=(0.2, 4.0), ev=False):
        lo, hi = gap
        step = self.rng.randint(int(lo * 1000000), int(hi * 1000000))
        t = self.t + timedelta(microseconds=step)
        used = [tok for tok in TOKENS if tok in text]
        quantum = max([TOKENS[tok][0] for tok in used] or [1000])
        t = _ceil(t, quantum)
        for tok in used:
            text = text.replace(tok, TOKENS[tok][1](t, self))
        self.t = t
        if ev:
            self.evidence.append(len(self.logs))
        self.logs.append(OrderedDict([("ts", fmt_ts(t)), ("labels", OrderedDict(labels)), ("line", text)]))
        return len(self.logs) - 1

    def expect(self, severity, category, component, root_cause, summary, action):
        """Healthy windows (category none) carry no component: there is no failing component to name."""
        items = [("severity", severity), ("root_cause_category", category)]
        if category != "none":
            items.append(("component", component))
        items += [("root_cause", root_cause), ("summary", summary), ("action", action),
                  ("evidence", list(self.evidence))]
        self.expected = OrderedDict(items)

    def record(self):
        assert self.expected is not None, self.name
        assert 14 <= len(self.logs) <= 20, (self.name, len(self.logs))
        if self.expected["root_cause_category"] == "none":
            assert not self.evidence and self.expected["severity"] == "INFO", self.name
        else:
            assert self.evidence, self.name
        rec = OrderedDict()
        rec["id"] = None
        rec["source"] = SOURCES[self.theme]
        rec["question"] = self.question
        rec["selector"] = self.selector
        rec["logs"] = self.logs
        rec["expected"] = self.expected
        return rec


def sel(namespace=None, pod=None, container=None, node=None, app=None):
    return OrderedDict([("namespace", namespace), ("pod", pod), ("container", container),
                        ("node", node), ("app", app)])


NUMERIC_TOKENS = ("@EPOCHMS@", "@EPOCH3@", "@EPOCHS@")


def jdump(obj):
    """Compact JSON; numeric epoch tokens are emitted as JSON numbers, not strings."""
    s = json.dumps(obj, separators=(",", ":"), ensure_ascii=False)
    for tok in NUMERIC_TOKENS:
        s = s.replace('"%s"' % tok, tok)
    return s


# --------------------------------------------------------------------------
# Kubernetes event exporters (several real-world formats)
# --------------------------------------------------------------------------

def ev_kee(kind, ns, name, reason, message, etype="Warning", component="kubelet", host=None, count=1):
    """opsgenie/resmoio kubernetes-event-exporter, stdout JSON sink."""
    ev = OrderedDict([
        ("metadata", OrderedDict([("name", name + ".18" + hashlib.sha256((name + reason).encode()).hexdigest()[:14]),
                                  ("namespace", ns)])),
        ("reason", reason), ("message", message),
        ("source", OrderedDict([("component", component)] + ([("host", host)] if host else []))),
        ("lastTimestamp", "@ISOSZ@"), ("count", count), ("type", etype),
        ("involvedObject", OrderedDict([("kind", kind), ("namespace", ns), ("name", name)])),
    ])
    return jdump(ev)


def ev_eventrouter(kind, ns, name, reason, message, etype="Warning", component="kubelet", host=None,
                   verb="ADDED", count=1):
    """heptiolabs/eventrouter JSON sink: {"verb":..., "event":{...}}."""
    ev = OrderedDict([
        ("metadata", OrderedDict([("name", name + "." + hashlib.sha256((reason + name).encode()).hexdigest()[:16]),
                                  ("namespace", ns)])),
        ("involvedObject", OrderedDict([("kind", kind), ("namespace", ns), ("name", name)])),
        ("reason", reason), ("message", message),
        ("source", OrderedDict([("component", component)] + ([("host", host)] if host else []))),
        ("lastTimestamp", "@ISOSZ@"), ("count", count), ("type", etype),
    ])
    return jdump(OrderedDict([("verb", verb), ("event", ev)]))


def ev_alloy(kind, name, reason, message, etype="Warning", component="kubelet", host=None, rv=None):
    """Grafana Alloy loki.source.kubernetes_events, logfmt body."""
    parts = ["name=" + name, "kind=" + kind, "action=", "objectAPIversion=" + ("apps/v1" if kind in (
        "Deployment", "ReplicaSet", "StatefulSet", "DaemonSet") else "v1"),
             "objectRV=" + str(rv or 0), "reason=" + reason, "type=" + etype,
             "sourcecomponent=" + component]
    if host:
        parts.append("sourcehost=" + host)
    parts.append("msg=" + json.dumps(message))
    return " ".join(parts)


def alloy_event_labels(ns, cluster):
    return OrderedDict([("job", "loki.source.kubernetes_events"), ("namespace", ns),
                        ("k8s_cluster_name", cluster), ("service_name", "kubernetes-events")])


def otel_event_labels(ns, kind, name, reason, cluster, etype="Warning"):
    """OpenTelemetry collector k8s_events / k8sobjects receiver attributes."""
    return OrderedDict([("k8s.cluster.name", cluster), ("k8s.namespace.name", ns),
                        ("k8s.object.kind", kind), ("k8s.object.name", name),
                        ("k8s.event.reason", reason), ("k8s.event.action", ""),
                        ("severity_text", "WARN" if etype == "Warning" else "INFO"),
                        ("service.name", "k8s-events")])


def gcp_event_labels(w, kind, name, reason, etype="Warning"):
    """GKE events exported to Cloud Logging (logName .../logs/events)."""
    return OrderedDict([("logName", "projects/%s/logs/events" % w["project"]),
                        ("resource.type", "k8s_pod" if kind == "Pod" else "k8s_cluster"),
                        ("resource.labels.project_id", w["project"]),
                        ("resource.labels.location", w["location"]),
                        ("resource.labels.cluster_name", w["cluster"]),
                        ("resource.labels.namespace_name", w["ns"]),
                        ("resource.labels.pod_name", name),
                        ("jsonPayload.reason", reason), ("jsonPayload.involvedObject.kind", kind),
                        ("severity", "WARNING" if etype == "Warning" else "INFO")])


def azure_event_labels(w, kind, name, reason, etype="Warning"):
    """Container insights KubeEvents table columns."""
    return OrderedDict([("Computer", w["node"]), ("Namespace", w["ns"]), ("Name", name),
                        ("ObjectKind", kind), ("Reason", reason), ("KubeEventType", etype),
                        ("SourceComponent", "kubelet"), ("_ResourceId", w["resource_id"])])


# --------------------------------------------------------------------------
# scenario registry
# --------------------------------------------------------------------------

SCENARIOS = OrderedDict()


def scenario(name):
    def deco(fn):
        assert name not in SCENARIOS, name
        SCENARIOS[name] = fn
        return fn
    return deco


# ==========================================================================
# SCENARIOS
# ==========================================================================

# ---------------------------------------------------------------- aquaculture

@scenario("aqua-netpen-inference-oom")
def s_aqua_netpen_inference_oom():
    R = Rec("aqua-netpen-inference-oom", "aquaculture", "Amazon EKS", "promtail", [3, 4, 5])
    R.event_formats.append("kubernetes-event-exporter JSON")
    region = "eu-north-1"
    node = "ip-10-42-%d-%d.%s.compute.internal" % (R.rint(16, 31), R.rint(10, 250), region)
    node2 = "ip-10-42-%d-%d.%s.compute.internal" % (R.rint(32, 47), R.rint(10, 250), region)
    ns = "netpen-vision"
    inf_pod = R.pod("pen-camera-inference")
    inf = R.lab(ns=ns, pod=inf_pod, ctr="inference", app="pen-camera-inference", node=node)
    inf_err = R.lab(ns=ns, pod=inf_pod, ctr="inference", app="pen-camera-inference", node=node, stream="stderr")
    ing = R.lab(ns=ns, pod=R.pod("pen-camera-ingest"), ctr="ingest", app="pen-camera-ingest", node=node2)
    dash = R.lab(ns="fish-welfare", pod=R.pod("welfare-dashboard"), ctr="nginx", app="welfare-dashboard", node=node2)
    lice = R.lab(ns="fish-welfare", pod=R.pod("lice-report-exporter"), ctr="exporter", app="lice-report-exporter", node=node2)
    exp = R.lab(ns="monitoring", pod=R.pod("event-exporter"), ctr="event-exporter", app="event-exporter", node=node2)
    pen = "P%02d" % R.rint(3, 12)
    cam = "cam-%s-%d" % (pen[1:], R.rint(1, 4))
    R.question = "Why is sea-lice detection for the net pens falling behind?"
    R.selector = sel(namespace=ns)
    R.add(ing, jdump({"level": "info", "ts": "@ISO3Z@", "msg": "frame batch uploaded", "pen": pen,
                      "camera": cam, "frames": 240, "bytes": R.rint(15000000, 22000000)}))
    R.add(inf, "@PYLOG@ INFO [lice_detector] loading model sealice-yolov8m rev 2026.2 (fp16); "
               "container memory limit 2048 MiB (memory.max)")
    R.add(dash, '10.42.%d.%d - - [@NGINX@] "GET /api/pens/%s/lice-counts?days=7 HTTP/1.1" 200 %d "-" "Mozilla/5.0"'
          % (R.rint(1, 60), R.rint(2, 250), pen, R.rint(900, 2400)))
    R.add(inf, "@PYLOG@ INFO [lice_detector] warm-up complete batch_size=32 input=1280x1280 rss_mb=1184")
    R.add(inf, "@PYLOG@ WARNING [lice_detector] frame queue depth 1850 > 1500, raising batch_size 32 -> 64",
          gap=(20, 60), ev=True)
    R.add(inf, "@PYLOG@ INFO [lice_detector] batch done pen=%s frames=64 lice_adult_female=0.21 rss_mb=1987" % pen,
          gap=(3, 9))
    R.add(exp, ev_kee("Node", "default", node, "OOMKilling",
                      "Memory cgroup out of memory: Killed process %d (python3) total-vm:6402312kB, "
                      "anon-rss:2093412kB, file-rss:51200kB, shmem-rss:0kB, UID:1000 pgtables:5120kB "
                      "oom_score_adj:999" % R.rint(30000, 60000), component="kernel-monitor", host=node),
          gap=(2, 6), ev=True)
    R.add(ing, jdump({"level": "warn", "ts": "@ISO3Z@", "msg": "detect request failed, will retry",
                      "url": "http://pen-camera-inference.netpen-vision:8080/v1/detect",
                      "error": "read tcp 10.42.21.7:43118->172.20.88.14:8080: read: connection reset by peer",
                      "attempt": 1}))
    R.add(exp, ev_kee("Pod", ns, inf_pod, "BackOff",
                      "Back-off restarting failed container inference in pod %s_%s(%s)" % (inf_pod, ns, R.uuid()),
                      host=node, count=2), gap=(5, 15), ev=True)
    R.add(lice, "@PYLOG@ INFO export finished: 14 pens, 0 errors, 0 skipped")
    R.add(inf, "@PYLOG@ INFO [lice_detector] loading model sealice-yolov8m rev 2026.2 (fp16); "
               "container memory limit 2048 MiB (memory.max)", gap=(15, 40))
    R.add(inf, "@PYLOG@ WARNING [lice_detector] frame queue depth 2410 > 1500, raising batch_size 32 -> 64",
          gap=(5, 12), ev=True)
    R.add(exp, ev_kee("Node", "default", node, "OOMKilling",
                      "Memory cgroup out of memory: Killed process %d (python3) total-vm:6398840kB, "
                      "anon-rss:2094876kB, file-rss:50176kB, shmem-rss:0kB, UID:1000 pgtables:5116kB "
                      "oom_score_adj:999" % R.rint(60001, 90000), component="kernel-monitor", host=node),
          gap=(4, 9), ev=True)
    R.add(ing, jdump({"level": "error", "ts": "@ISO3Z@", "msg": "detect retries exhausted, dropping batch",
                      "pen": pen, "camera": cam, "frames": 240, "attempts": 3}))
    R.add(ing, jdump({"level": "info", "ts": "@ISO3Z@", "msg": "upload retry succeeded", "camera": "cam-02-1",
                      "attempt": 2}))
    R.add(exp, ev_kee("Pod", ns, inf_pod, "BackOff",
                      "Back-off restarting failed container inference in pod %s_%s(%s)" % (inf_pod, ns, R.uuid()),
                      host=node, count=4), gap=(3, 10), ev=True)
    R.add(dash, '10.42.%d.%d - - [@NGINX@] "GET /api/pens/%s/lice-counts?days=1 HTTP/1.1" 200 %d "-" "Mozilla/5.0"'
          % (R.rint(1, 60), R.rint(2, 250), pen, R.rint(300, 900)))
    R.expect("CRITICAL", "oom_killed", "pen-camera-inference",
             "The pen-camera-inference container is OOM-killed against its 2048 MiB limit after it raises the "
             "detection batch size from 32 to 64 to work off a frame backlog; it restarts, hits the same backlog "
             "and is killed again.",
             "Sea-lice inference is in an OOM restart loop (kernel cgroup OOM kills, BackOff); the camera ingest "
             "drops frame batches after exhausting retries.",
             "Raise the inference memory limit (or cap batch_size at 32 / make the batch increase memory-aware) "
             "and let the backlog drain; check that the restart loop stops.")
    return R


@scenario("aqua-barge-feed-controller-panic")
def s_aqua_barge_feed_controller_panic():
    R = Rec("aqua-barge-feed-controller-panic", "aquaculture", "k3s", "vector", [1, 2, 10, 11])
    R.event_formats.append("eventrouter JSON")
    node = "barge%d-k3s" % R.rint(1, 4)
    ns = "feeding"
    cpod = R.pod("feed-barge-controller")
    ctl = R.lab(ns=ns, pod=cpod, ctr="controller", app="feed-barge-controller", node=node)
    ctl_err = R.lab(ns=ns, pod=cpod, ctr="controller", app="feed-barge-controller", node=node, stream="stderr")
    silo = R.lab(ns=ns, pod=R.dspod("silo-level-sensor"), ctr="sensor", app="silo-level-sensor", node=node)
    plan = R.lab(ns=ns, pod=R.pod("feed-planner-sync"), ctr="sync", app="feed-planner-sync", node=node)
    mq = R.lab(ns="messaging", pod="mosquitto-0", ctr="mosquitto", app="mosquitto", node=node)
    er = R.lab(ns="kube-system", pod=R.pod("eventrouter"), ctr="kube-eventrouter", app="eventrouter", node=node)
    rev = R.rint(400, 480)
    R.question = "Feeding stopped on the barge; what is wrong with the feed controller?"
    R.selector = sel(namespace=ns, app="feed-barge-controller")
    R.add(silo, jdump({"level": "info", "silo": "S4", "fill_pct": 61.2, "time": "@ISOSZ@",
                       "message": "silo level reading"}))
    R.add(ctl, jdump({"level": "info", "plan_rev": rev, "pens": 8, "silos": 7, "time": "@ISOSZ@",
                      "message": "feeding plan applied"}), ev=True)
    R.add(ctl, jdump({"level": "info", "round": 15, "pen": "M7", "silo": 7, "doser": "D7", "time": "@ISOSZ@",
                      "message": "starting feeding round"}))
    R.add(ctl_err, "panic: runtime error: index out of range [6] with length 6", gap=(0.01, 0.2), ev=True)
    R.add(ctl_err, "goroutine 112 [running]:", gap=(0.0, 0.002))
    R.add(ctl_err, "github.com/havbruk/feedctl/internal/silo.(*Router).Assign(0xc0003a2f00, {0xc00041c0a8, 0x2}, 0x7)",
          gap=(0.0, 0.002), ev=True)
    R.add(mq, "@EPOCHS@: Client feedctl-%s closed its connection." % node, gap=(0.5, 2))
    R.add(er, ev_eventrouter("Pod", ns, cpod, "BackOff",
                             "Back-off restarting failed container controller in pod %s_%s(%s)" % (cpod, ns, R.uuid()),
                             host=node, verb="UPDATED", count=2), gap=(10, 30), ev=True)
    R.add(plan, "time=\"@ISOSZ@\" level=warning msg=\"push plan to barge failed\" "
                "error=\"Post \\\"http://feed-barge-controller.feeding.svc:8080/v1/plan\\\": dial tcp "
                "10.43.118.20:8080: connect: connection refused\"")
    R.add(silo, jdump({"level": "info", "silo": "S2", "fill_pct": 38.7, "time": "@ISOSZ@",
                       "message": "silo level reading"}))
    R.add(ctl, jdump({"level": "info", "version": "3.8.1", "time": "@ISOSZ@",
                      "message": "feed-barge-controller starting"}), gap=(10, 40))
    R.add(ctl, jdump({"level": "info", "plan_rev": rev, "pens": 8, "silos": 7, "time": "@ISOSZ@",
                      "message": "feeding plan applied"}))
    R.add(ctl_err, "panic: runtime error: index out of range [6] with length 6", gap=(0.5, 2), ev=True)
    R.add(er, ev_eventrouter("Pod", ns, cpod, "BackOff",
                             "Back-off restarting failed container controller in pod %s_%s(%s)" % (cpod, ns, R.uuid()),
                             host=node, verb="UPDATED", count=4), gap=(20, 50), ev=True)
    R.add(plan, "time=\"@ISOSZ@\" level=info msg=\"feeding round 14 summary\" pens=8 errors=0 delivered_kg=412.5")
    R.add(mq, "@EPOCHS@: New connection from 10.42.0.%d:%d on port 1883." % (R.rint(10, 60), R.rint(40000, 60000)))
    R.add(plan, "time=\"@ISOSZ@\" level=error msg=\"barge unreachable for 3m, feeding paused\" barge=%s pens=M1-M8"
          % node, gap=(30, 60))
    R.expect("CRITICAL", "application_error", "feed-barge-controller",
             "feed-barge-controller panics with 'index out of range [6] with length 6' in silo.Router.Assign: "
             "feeding plan rev %d references a 7th silo but the router only has 6 doser outputs, so the "
             "controller crashes each time it starts the round." % rev,
             "The barge feed controller is in a panic crash loop (BackOff); the planner cannot push plans "
             "(connection refused as a symptom) and feeding for all pens is paused.",
             "Roll back to the previous feeding plan or fix the silo router to size from the plan (bounds check), "
             "then restart the controller and confirm feeding resumes.")
    return R


@scenario("aqua-site-coredns-upstream")
def s_aqua_site_coredns_upstream():
    R = Rec("aqua-site-coredns-upstream", "aquaculture", "MicroK8s", "fluentbit", [6, 7, 8])
    node = "hjelm-site-srv%02d" % R.rint(1, 3)
    ns = "telemetry"
    do = R.lab(ns=ns, pod=R.pod("do-sensor-ingest"), ctr="ingest", app="do-sensor-ingest", node=node)
    dns = R.lab(ns="kube-system", pod=R.pod("coredns"), ctr="coredns", app="coredns", node=node)
    alarm = R.lab(ns=ns, pod=R.pod("oxygen-alarm-relay"), ctr="relay", app="oxygen-alarm-relay", node=node)
    cam = R.lab(ns="media", pod=R.pod("feed-camera-uplink"), ctr="uplink", app="feed-camera-uplink", node=node)
    pod_ip = "10.1.%d.%d" % (R.rint(40, 90), R.rint(2, 60))
    dns_ip = "10.1.%d.%d" % (R.rint(40, 90), R.rint(2, 60))
    R.question = "Dissolved-oxygen readings stopped reaching the cloud from the Hjelmeland site. Why?"
    R.selector = sel(namespace=ns)

    def upstream_err(qname, qtype):
        return "[ERROR] plugin/errors: 2 %s %s: read udp %s:%d->%s:53: i/o timeout" % (
            qname, qtype, dns_ip, R.rint(30000, 60000), R.pick(["8.8.8.8", "8.8.4.4"]))

    R.add(do, "@ISO3Z@ INFO  modbus poll ok probe=DO-P03 mg_l=8.41 sat_pct=94.2 temp_c=7.8")
    R.add(dns, upstream_err("mqtt.fjordsense.io.", "A"), ev=True)
    R.add(do, "@ISO3Z@ ERROR mqtt connect failed: dial tcp: lookup mqtt.fjordsense.io on 10.152.183.10:53: "
              "read udp %s:%d->10.152.183.10:53: i/o timeout" % (pod_ip, R.rint(30000, 60000)), ev=True)
    R.add(dns, upstream_err("api.fjordsense.io.", "AAAA"), ev=True)
    R.add(do, "@ISO3Z@ INFO  modbus poll ok probe=DO-P05 mg_l=7.95 sat_pct=89.6 temp_c=7.9")
    R.add(alarm, "@ISO3Z@ level=info msg=\"threshold check\" probes=12 below_6_mg_l=0 alarms_raised=0")
    R.add(do, "@ISO3Z@ WARN  cloud link down, buffering readings locally queued=1240 buffer_used=3%", gap=(10, 30))
    R.add(cam, "@ISO3Z@ error upload failed: Put \"https://media.fjordsense.io/v2/clips/pen-M4\": dial tcp: "
               "lookup media.fjordsense.io on 10.152.183.10:53: server misbehaving", ev=True)
    R.add(do, "@ISO3Z@ DEBUG resolver self-check: oxygen-alarm-relay.telemetry.svc.cluster.local -> 10.152.183.%d ok"
          % R.rint(20, 250))
    R.add(dns, upstream_err("media.fjordsense.io.", "A"), ev=True)
    R.add(do, "@ISO3Z@ ERROR mqtt reconnect attempt 6 failed: dial tcp: lookup mqtt.fjordsense.io on "
              "10.152.183.10:53: read udp %s:%d->10.152.183.10:53: i/o timeout" % (pod_ip, R.rint(30000, 60000)),
          gap=(20, 40), ev=True)
    R.add(alarm, "@ISO3Z@ level=info msg=\"heartbeat ok\" sms_gateway=local-gsm-modem signal_dbm=-71")
    R.add(do, "@ISO3Z@ INFO  modbus poll ok probe=DO-P08 mg_l=8.02 sat_pct=91.0 temp_c=7.7")
    R.add(cam, "@ISO3Z@ warn retrying upload in 30s attempt=4 clip=pen-M4-0412.mp4")
    R.add(dns, upstream_err("mqtt.fjordsense.io.", "A"), ev=True)
    R.add(do, "@ISO3Z@ WARN  cloud link down, buffering readings locally queued=2915 buffer_used=7%", gap=(15, 40))
    R.expect("ERROR", "dns_resolution", "coredns",
             "CoreDNS on the site cluster cannot reach its upstream forwarders (8.8.8.8/8.8.4.4 time out), so "
             "every external name (mqtt/api/media.fjordsense.io) fails to resolve while cluster-internal names "
             "still resolve.",
             "External DNS resolution is broken on the site cluster: the DO ingest cannot connect to the cloud "
             "MQTT broker and buffers readings locally, and camera uploads fail with lookup errors.",
             "Check outbound UDP/TCP 53 from the site (firewall/uplink) or point the CoreDNS forward plugin at a "
             "reachable site resolver; verify with a lookup from a pod and watch the ingest buffer drain.")
    return R


@scenario("aqua-catch-ers-client-cert")
def s_aqua_catch_ers_client_cert():
    R = Rec("aqua-catch-ers-client-cert", "aquaculture", "Google GKE", "gcp", [1, 2, 9, 10])
    R.event_formats.append("none")
    w = dict(project="nordcatch-prod", location="europe-north1", cluster="catch-prod-eun1")
    node = "gke-catch-prod-eun1-default-pool-%s-%s" % (R.hexs(8), R.alnum(4, "abcdefghijklmnopqrstuvwxyz0123456789"))
    ns = "catch-reporting"

    def L(app, ctr):
        return R.lab(ns=ns, pod=R.pod(app), ctr=ctr, app=app, node=node, **w)
    api = L("catch-quota-api", "api")
    ais = L("vessel-ais-ingest", "ingest")
    led = L("quota-ledger", "ledger")
    chk = R.lab(ns=ns, pod="ers-cert-check-%d-%s" % (R.rint(29000000, 29999999), R.alnum(5)), ctr="check",
                app="ers-cert-check", node=node, **w)
    portal = L("landing-portal", "web")
    ld = "LD-%d-%05d" % (R.rint(2, 9), R.rint(10000, 99999))
    R.question = "Landing declarations are not being receipted by the fisheries authority. What is failing?"
    R.selector = sel(namespace=ns, app="catch-quota-api")
    R.add(ais, jdump({"severity": "INFO", "time": "@ISO3Z@", "message": "AIS batch stored", "vessels": 214,
                      "positions": R.rint(4000, 6000)}))
    R.add(api, "@PYLOG@ INFO ers_client: mTLS client certificate loaded from /etc/ers-mtls/tls.crt "
               "(secret ers-client-cert, subject CN=NORDCATCH-ERS-0412)")
    R.add(api, 'INFO:     10.8.2.%d:%d - "POST /v1/landing-declarations HTTP/1.1" 202 Accepted'
          % (R.rint(2, 60), R.rint(40000, 60000)))
    R.add(api, "@PYLOG@ INFO ers_client: submitting landing declaration %s vessel=LK-0412 species=COD,HAD "
               "net_kg=18420" % ld)
    R.add(api, "@PYLOG@ ERROR ers_client: TLS handshake with ers-gateway.fiskerireg.no:443 failed: "
               "[SSL: SSLV3_ALERT_CERTIFICATE_EXPIRED] sslv3 alert certificate expired (_ssl.c:2580)", ev=True)
    R.add(api, "@PYLOG@ WARNING ers_client: declaration %s queued for retry (attempt 1/5)" % ld)
    R.add(led, jdump({"severity": "INFO", "time": "@ISO3Z@", "message": "quota balance recalculated",
                      "vessels": 214, "errors": 0}))
    R.add(chk, "@PYLOG@ WARNING ers-cert-check: client certificate CN=NORDCATCH-ERS-0412 serial=%s "
               "is past notAfter (expired 1 day ago); renewal order not found" % R.hexs(16).upper(),
          gap=(10, 40), ev=True)
    R.add(api, 'INFO:     10.8.2.%d:%d - "GET /healthz HTTP/1.1" 200 OK' % (R.rint(2, 60), R.rint(40000, 60000)))
    R.add(api, "@PYLOG@ ERROR ers_client: TLS handshake with ers-gateway.fiskerireg.no:443 failed: "
               "[SSL: SSLV3_ALERT_CERTIFICATE_EXPIRED] sslv3 alert certificate expired (_ssl.c:2580)",
          gap=(20, 60), ev=True)
    R.add(portal, jdump({"severity": "WARNING", "time": "@ISO3Z@",
                         "message": "ERS receipt pending, showing 'awaiting authority receipt' to buyer",
                         "declaration": ld}))
    R.add(api, "@PYLOG@ ERROR ers_client: giving up on %s: requests.exceptions.SSLError: "
               "HTTPSConnectionPool(host='ers-gateway.fiskerireg.no', port=443): Max retries exceeded with url: "
               "/ers/v2/landings (Caused by SSLError(SSLError(1, '[SSL: SSLV3_ALERT_CERTIFICATE_EXPIRED] sslv3 "
               "alert certificate expired (_ssl.c:2580)')))" % ld, gap=(30, 90), ev=True)
    R.add(ais, jdump({"severity": "INFO", "time": "@ISO3Z@", "message": "AIS batch stored", "vessels": 211,
                      "positions": R.rint(4000, 6000)}))
    R.add(led, jdump({"severity": "INFO", "time": "@ISO3Z@",
                      "message": "connected to postgres via cloud-sql-proxy (sslmode=verify-full)"}))
    R.add(api, "@PYLOG@ WARNING ers_client: retry queue depth 37 declarations, oldest 14 min")
    R.add(portal, jdump({"severity": "ERROR", "time": "@ISO3Z@",
                         "message": "buyer receipt unavailable: ERS status unknown", "declaration": ld}))
    R.expect("ERROR", "tls_certificate", "catch-quota-api",
             "The mTLS client certificate that catch-quota-api presents to the fisheries authority's ERS gateway "
             "(secret ers-client-cert, CN=NORDCATCH-ERS-0412) has expired, so the gateway rejects the handshake "
             "with a certificate_expired alert.",
             "All ERS landing-declaration submissions fail in the TLS handshake and pile up in the retry queue; "
             "the landing portal cannot show authority receipts.",
             "Renew the ERS client certificate with the authority, update the ers-client-cert Secret and restart "
             "catch-quota-api, then replay the queued declarations; add expiry alerting ahead of notAfter.")
    return R


def nginx_ingress(R, path, method, status, size, rt, upstream, ups_time, ups_status, ua="okhttp/4.12.0"):
    """ingress-nginx default log_format upstreaminfo."""
    return ('%s - - [@NGINX@] "%s %s HTTP/1.1" %d %d "-" "%s" %d %.3f [%s] [] %s %s %s %s %s'
            % ("10.%d.%d.%d" % (R.rint(0, 250), R.rint(0, 250), R.rint(2, 250)), method, path, status, size, ua,
               R.rint(180, 900), rt, upstream, "10.244.%d.%d:8080" % (R.rint(0, 9), R.rint(2, 250)),
               "0" if ups_status == 504 else str(size), ups_time, ups_status, R.hexs(32)))


@scenario("aqua-trace-epcis-timeout")
def s_aqua_trace_epcis_timeout():
    R = Rec("aqua-trace-epcis-timeout", "aquaculture", "Azure AKS", "azure", [3, 4, 5, 6])
    node = "aks-harvest-%d-vmss%06d" % (R.rint(10000000, 99999999), R.rint(0, 5))
    node2 = node[:-1] + str((int(node[-1]) + 1) % 6)
    rid = ("/subscriptions/%s/resourceGroups/rg-harvest-prod/providers/Microsoft.ContainerService/"
           "managedClusters/aks-harvest-prod" % R.uuid())
    ns = "traceability"

    def L(app, ctr, nd=node, ns_=ns):
        return R.lab(ns=ns_, pod=R.pod(app), ctr=ctr, app=app, node=nd, resource_id=rid)
    led = L("traceability-ledger", "ledger")
    ing = L("ingress-nginx-controller", "controller", node2, "ingress-nginx")
    lbl = L("harvest-label-station", "station", node2)
    reg = L("lot-registry", "registry", node2)
    out = L("epcis-outbox", "outbox")
    lot = "HL-26-%04d" % R.rint(100, 999)
    ups = "traceability-traceability-ledger-8080"
    R.question = "Harvest lot registration at the processing plant is failing. Why?"
    R.selector = sel(namespace=ns)
    R.add(ing, nginx_ingress(R, "/api/v1/lots", "POST", 201, 412, 0.231, ups, "0.230", 201))
    R.add(led, "@SP3@  INFO 1 --- [nio-8080-exec-4] n.t.ledger.LotService            : registering harvest lot "
               "%s pen=M3 fish_count=41230 biomass_kg=198400" % lot)
    R.add(led, "@SP3@  INFO 1 --- [nio-8080-exec-4] n.t.ledger.EpcisClient           : POST "
               "https://epcis.tracefish.eu/v2/capture events=3", gap=(0.01, 0.1))
    R.add(led, "@SP3@  WARN 1 --- [nio-8080-exec-2] n.t.ledger.EpcisClient           : EPCIS capture slow: "
               "9184 ms (threshold 2000 ms)", gap=(2, 9), ev=True)
    R.add(led, "@SP3@ ERROR 1 --- [nio-8080-exec-4] n.t.ledger.EpcisClient           : EPCIS capture failed for "
               "%s: java.net.http.HttpTimeoutException: request timed out" % lot, gap=(4, 8), ev=True)
    R.add(ing, nginx_ingress(R, "/api/v1/lots", "POST", 504, 160, 30.001, ups, "30.001", 504), gap=(10, 16),
          ev=True)
    R.add(lbl, "@ISO3Z@ [WRN] Label print for %s waiting on ledger response (timeout 30s)" % lot, gap=(0.01, 0.3))
    R.add(reg, "@SP3@  INFO 1 --- [   scheduling-1] n.t.registry.CacheRefresher      : lot cache refreshed: "
               "1204 lots in 212 ms")
    R.add(led, "@SP3@  INFO 1 --- [nio-8080-exec-9] o.s.b.a.health.HealthEndpoint    : health status UP "
               "(db: UP, diskSpace: UP)")
    R.add(led, "@SP3@ ERROR 1 --- [nio-8080-exec-6] n.t.ledger.EpcisClient           : EPCIS capture failed for "
               "HL-26-%04d: java.net.http.HttpTimeoutException: request timed out" % R.rint(100, 999),
          gap=(10, 30), ev=True)
    R.add(led, "@SP3@  WARN 1 --- [nio-8080-exec-6] i.g.r.c.i.CircuitBreakerStateMachine : CircuitBreaker "
               "'epcis' changed state from CLOSED to OPEN (failure rate 62.5% > threshold 50.0%)", ev=True)
    R.add(ing, nginx_ingress(R, "/api/v1/lots", "POST", 504, 160, 30.002, ups, "30.002", 504), gap=(5, 15),
          ev=True)
    R.add(out, "@ISO3Z@ info outbox backlog=86 oldest_age=7m12s target=epcis.tracefish.eu")
    R.add(reg, "@SP3@  INFO 1 --- [   scheduling-1] n.t.registry.ConsistencyCheck    : nightly consistency "
               "check finished: 0 mismatches, 0 errors")
    R.add(ing, nginx_ingress(R, "/api/v1/lots/%s" % lot, "GET", 200, 2311, 0.012, ups, "0.011", 200))
    R.add(led, "@SP3@  WARN 1 --- [nio-8080-exec-1] n.t.ledger.EpcisClient           : CircuitBreaker 'epcis' "
               "is OPEN and does not permit further calls; capture deferred to outbox")
    R.add(lbl, "@ISO3Z@ [ERR] Lot registration for %s returned 504 Gateway Time-out; label not printed" % lot)
    R.expect("ERROR", "timeout", "traceability-ledger",
             "The external EPCIS repository (epcis.tracefish.eu) answers capture calls too slowly (9 s and then "
             "past the 15 s client timeout), so traceability-ledger's lot registrations time out and the ingress "
             "returns 504 after 30 s.",
             "Harvest lot registration fails with 504s: the ledger's EPCIS capture calls time out, its circuit "
             "breaker opens and events pile up in the outbox; reads still work.",
             "Check EPCIS repository latency/status with the provider; make lot registration return once the "
             "event is in the outbox instead of waiting synchronously on EPCIS; re-drive the outbox when it recovers.")
    return R


@scenario("aqua-processing-recorder-multiattach")
def s_aqua_processing_recorder_multiattach():
    R = Rec("aqua-processing-recorder-multiattach", "aquaculture", "OVHcloud Managed Kubernetes", "alloy",
            [5, 6, 7, 8])
    R.event_formats.append("Grafana Alloy loki.source.kubernetes_events (logfmt)")
    R.recovers = True
    cluster = "ovh-proc-gra7"
    old = "nodepool-proc-node-%s" % R.hexs(6)
    new = "nodepool-proc-node-%s" % R.hexs(6)
    ns = "processing"
    pvc = "pvc-" + R.uuid()
    evl = alloy_event_labels(ns, cluster)
    evn = alloy_event_labels("default", cluster)
    rec = R.lab(cluster=cluster, ns=ns, pod="processing-line-recorder-0", ctr="recorder",
                app="processing-line-recorder", node=new)
    gw = R.lab(cluster=cluster, ns=ns, pod=R.pod("grading-line-gateway"), ctr="gateway",
               app="grading-line-gateway", node=new)
    yld = R.lab(cluster=cluster, ns=ns, pod=R.pod("fillet-yield-report"), ctr="report",
                app="fillet-yield-report", node=new)
    csi = R.lab(cluster=cluster, ns="kube-system", pod=R.pod("csi-cinder-controllerplugin"),
                ctr="cinder-csi-plugin", app="csi-cinder-controllerplugin", node=new)
    vol = R.uuid()
    R.question = "The processing line recorder did not come back after the node pool upgrade. What happened?"
    R.selector = sel(namespace=ns, pod="processing-line-recorder-0")
    R.add(evn, ev_alloy("Node", old, "NodeNotSchedulable", "Node %s status is now: NodeNotSchedulable" % old,
                        etype="Normal", component="kubelet", host=old, rv=R.rint(10**7, 10**8)))
    R.add(evl, ev_alloy("Pod", "processing-line-recorder-0", "Killing", "Stopping container recorder",
                        etype="Normal", host=old, rv=R.rint(10**7, 10**8)))
    R.add(gw, "level=warn ts=@ISO3Z@ msg=\"recorder unavailable, buffering weights locally\" buffered=12")
    R.add(evl, ev_alloy("Pod", "processing-line-recorder-0", "Scheduled",
                        "Successfully assigned processing/processing-line-recorder-0 to %s" % new,
                        etype="Normal", component="default-scheduler", rv=R.rint(10**7, 10**8)), gap=(5, 20))
    R.add(evl, ev_alloy("Pod", "processing-line-recorder-0", "FailedAttachVolume",
                        "Multi-Attach error for volume \"%s\" Volume is already exclusively attached to one node "
                        "and can't be attached to another" % pvc, component="attachdetach-controller",
                        rv=R.rint(10**7, 10**8)), gap=(1, 4), ev=True)
    R.add(csi, "I@KLOG@       1 controllerserver.go:189] ControllerUnpublishVolume: called with args "
               "{VolumeId:%s NodeId:%s}" % (vol, R.uuid()), gap=(3, 15))
    R.add(gw, "level=warn ts=@ISO3Z@ msg=\"recorder unavailable, buffering weights locally\" buffered=3410",
          gap=(30, 80))
    R.add(yld, "level=info ts=@ISO3Z@ msg=\"hourly yield computed\" line=2 fillet_yield_pct=61.8 errors=0")
    R.add(evl, ev_alloy("Pod", "processing-line-recorder-0", "FailedMount",
                        "Unable to attach or mount volumes: unmounted volumes=[recordings], unattached "
                        "volumes=[recordings kube-api-access-%s]: timed out waiting for the condition" % R.alnum(5),
                        host=new, rv=R.rint(10**7, 10**8)), gap=(40, 90), ev=True)
    R.add(evl, ev_alloy("Pod", "processing-line-recorder-0", "FailedAttachVolume",
                        "Multi-Attach error for volume \"%s\" Volume is already exclusively attached to one node "
                        "and can't be attached to another" % pvc, component="attachdetach-controller",
                        rv=R.rint(10**7, 10**8)), gap=(5, 30), ev=True)
    R.add(csi, "I@KLOG@       1 controllerserver.go:214] ControllerUnpublishVolume %s on %s: detached"
          % (vol, old), gap=(60, 150))
    R.add(evl, ev_alloy("Pod", "processing-line-recorder-0", "SuccessfulAttachVolume",
                        "AttachVolume.Attach succeeded for volume \"%s\"" % pvc, etype="Normal",
                        component="attachdetach-controller", rv=R.rint(10**7, 10**8)), gap=(5, 20))
    R.add(rec, "level=info ts=@ISO3Z@ msg=\"opened WAL\" path=/data/wal/000418.log replay_entries=1204",
          gap=(5, 15))
    R.add(rec, "level=info ts=@ISO3Z@ msg=\"recorder ready\" listen=:7400")
    R.add(gw, "level=info ts=@ISO3Z@ msg=\"flushed buffered weights to recorder\" flushed=3410 errors=0",
          gap=(1, 5))
    R.add(evn, ev_alloy("Node", old, "NodeSchedulable", "Node %s status is now: NodeSchedulable" % old,
                        etype="Normal", component="kubelet", host=old, rv=R.rint(10**7, 10**8)), gap=(30, 90))
    R.add(yld, "level=info ts=@ISO3Z@ msg=\"hourly yield computed\" line=3 fillet_yield_pct=60.9 errors=0")
    R.expect("WARN", "storage", "processing-line-recorder",
             "After the node was drained for the upgrade, the recorder's ReadWriteOnce Cinder volume was still "
             "attached to the old node, so the rescheduled processing-line-recorder-0 hit Multi-Attach / "
             "FailedMount until the CSI controller detached it.",
             "processing-line-recorder-0 was stuck in ContainerCreating for several minutes on a Multi-Attach "
             "volume error; the volume was then detached and attached, the recorder started and the grading "
             "gateway flushed its buffer.",
             "No immediate action; to avoid repeats, make sure drains wait for volume detach (or raise the "
             "gateway buffer) and check the CSI detach latency during node pool upgrades.")
    return R


@scenario("aqua-quota-registry-429")
def s_aqua_quota_registry_429():
    R = Rec("aqua-quota-registry-429", "aquaculture", "Scaleway Kapsule", "otel", [1, 2, 3, 11, 12])
    R.recovers = True
    cluster = "k8s-par-catch"
    node = "scw-k8s-par-catch-pool-std-%s" % R.hexs(32)
    ns = "quota"
    qs = R.lab(cluster=cluster, ns=ns, pod=R.pod("quota-sync"), ctr="quota-sync", app="quota-sync", node=node)
    cache = R.lab(cluster=cluster, ns=ns, pod=R.pod("vessel-registry-cache"), ctr="cache",
                  app="vessel-registry-cache", node=node)
    ui = R.lab(cluster=cluster, ns=ns, pod=R.pod("quota-ui"), ctr="ui", app="quota-ui", node=node)
    host = R.pick(["api.fiskdata.no", "open.fishreg-api.eu"])

    def pino(level, msg, **kw):
        d = OrderedDict([("level", level), ("time", "@EPOCHMS@"), ("pid", 1), ("hostname", qs["k8s.pod.name"]),
                         ("msg", msg)])
        d.update(kw)
        return jdump(d)
    R.question = "Why is the vessel registry data in the quota UI stale?"
    R.selector = sel(namespace=ns, app="quota-sync")
    R.add(qs, pino(30, "vessel registry full sync started", pages=412, concurrency=8))
    t0 = R.t
    R.add(qs, pino(30, "page fetched", page=118, vessels=25, ms=R.rint(80, 300)), gap=(60, 200))
    R.add(qs, pino(40, "HTTP 429 Too Many Requests, backing off", url="https://%s/v1/vessels?page=119" % host,
                   retryAfterSec=30, rateLimit="100/min", rateLimitRemaining=0), ev=True)
    R.add(cache, jdump({"level": "info", "ts": "@EPOCH3@", "msg": "served", "hits": R.rint(300, 900), "misses": 2}))
    R.add(qs, pino(40, "HTTP 429 Too Many Requests, backing off", url="https://%s/v1/vessels?page=121" % host,
                   retryAfterSec=30, rateLimit="100/min", rateLimitRemaining=0, attempt=2), ev=True)
    R.add(ui, jdump({"level": "warn", "ts": "@EPOCH3@", "msg": "registry data older than 24h, showing staleness banner",
                     "age_h": 25.4}))
    R.add(qs, pino(40, "rate limited by upstream, lowering concurrency", **OrderedDict([("from", 8), ("to", 2)])),
          ev=True)
    R.add(qs, pino(30, "page fetched", page=119, vessels=25, ms=R.rint(80, 300)), gap=(28, 35))
    R.add(qs, pino(30, "page fetched", page=200, vessels=25, ms=R.rint(80, 300)), gap=(60, 120))
    R.add(cache, jdump({"level": "info", "ts": "@EPOCH3@", "msg": "served", "hits": R.rint(300, 900), "misses": 0}))
    R.add(qs, pino(40, "HTTP 429 Too Many Requests, backing off", url="https://%s/v1/vessels?page=257" % host,
                   retryAfterSec=12, rateLimit="100/min", rateLimitRemaining=0), gap=(60, 120), ev=True)
    R.add(qs, pino(30, "page fetched", page=257, vessels=25, ms=R.rint(80, 300)), gap=(12, 15))
    fin_gap = R.rint(120, 300)
    R.add(qs, pino(30, "vessel registry full sync finished", pages=412, updated=38, errors=0, retries429=3,
                   durationSec=int((R.t - t0).total_seconds()) + fin_gap), gap=(fin_gap, fin_gap))
    R.add(cache, jdump({"level": "info", "ts": "@EPOCH3@", "msg": "registry reloaded", "vessels": 2914}))
    R.add(ui, jdump({"level": "info", "ts": "@EPOCH3@", "msg": "registry data fresh, staleness banner cleared",
                     "age_h": 0.1}))
    R.add(qs, pino(30, "next full sync scheduled", cron="%d %d * * *" % (t0.minute, t0.hour), concurrency=2))
    R.expect("WARN", "rate_limited", "quota-sync",
             "The nightly vessel-registry full sync in quota-sync runs with concurrency 8 and exceeds the "
             "registry API's 100 requests/min limit, so the API answers 429 with Retry-After.",
             "quota-sync was throttled (HTTP 429) by the vessel registry API and the UI showed stale data; it "
             "backed off, lowered concurrency to 2 and finished the sync with 0 errors, and the banner cleared.",
             "No urgent action; keep the sync concurrency at 2 (or a client-side limiter under 100/min) so the "
             "nightly sync finishes on time.")
    return R


@scenario("aqua-pen-edge-node-link")
def s_aqua_pen_edge_node_link():
    R = Rec("aqua-pen-edge-node-link", "aquaculture", "Talos Linux", "vector", [1, 2, 11, 12])
    R.event_formats.append("kubernetes-event-exporter JSON")
    node = "pen-edge-%02d" % R.rint(2, 6)
    other = "pen-core-%02d" % R.rint(1, 3)
    bus = R.rint(2, 5)
    nic = "0000:0%d:00.0" % bus

    def talos(svc, msg, level="warn"):
        return (OrderedDict([("source_type", "socket"), ("host", node), ("talos_service", svc)]),
                jdump(OrderedDict([("msg", msg), ("talos-level", level), ("talos-service", svc),
                                   ("talos-time", "@ISO6Z@")])))
    ns = "netpen-vision"
    cam = R.lab(ns=ns, pod=R.dspod("pen-camera-agent"), ctr="agent", app="pen-camera-agent", node=node)
    sonar_pod = R.pod("pen-sonar-ingest")
    agg = R.lab(ns="telemetry", pod=R.pod("pen-telemetry-aggregator"), ctr="aggregator",
                app="pen-telemetry-aggregator", node=other)
    dash = R.lab(ns="fish-welfare", pod=R.pod("welfare-dashboard"), ctr="nginx", app="welfare-dashboard",
                 node=other)
    cam2 = R.lab(ns=ns, pod=R.dspod("pen-camera-agent"), ctr="agent", app="pen-camera-agent", node=other)
    kee = R.lab(ns="monitoring", pod=R.pod("event-exporter"), ctr="event-exporter", app="event-exporter",
                node=other)
    R.question = "Pens M9 to M12 stopped reporting. What is going on?"
    R.selector = sel(node=node)
    R.add(cam, "@ISO3Z@ info frame batch uploaded camera=cam-10-1 frames=240")
    R.add(*talos("kernel", "i40e %s enp%ds0f0: NIC Link is Down" % (nic, bus)), ev=True)
    R.add(*talos("kernel", "i40e %s enp%ds0f0: NIC Link is Up, 1 Gbps Full Duplex, Flow Control: None"
                 % (nic, bus), level="info"), gap=(2, 6))
    R.add(*talos("kernel", "i40e %s enp%ds0f0: NIC Link is Down" % (nic, bus)), gap=(3, 8), ev=True)
    R.add(kee, ev_kee("Node", "default", node, "NodeNotReady", "Node %s status is now: NodeNotReady" % node,
                      component="node-controller"), gap=(40, 50), ev=True)
    R.add(kee, ev_kee("Pod", ns, sonar_pod, "NodeNotReady", "Node is not ready", component="node-controller"),
          gap=(0.1, 1), ev=True)
    R.add(agg, "@ISO3Z@ warn no data from %s sensors for 60s pens=M9,M10,M11,M12" % node, gap=(5, 15))
    R.add(dash, '10.44.%d.%d - - [@NGINX@] "GET /api/pens/M3/oxygen?hours=6 HTTP/1.1" 200 %d "-" "Mozilla/5.0"'
          % (R.rint(0, 9), R.rint(2, 250), R.rint(2000, 5000)))
    R.add(agg, "@ISO3Z@ error mqtt: 4 clients from 10.30.%d.0/24 timed out (keepalive 30s)" % int(node[-1]),
          gap=(10, 30))
    R.add(kee, ev_kee("Pod", ns, sonar_pod, "TaintManagerEviction",
                      "Marking for deletion Pod %s/%s" % (ns, sonar_pod), etype="Normal",
                      component="taint-eviction-controller"), gap=(240, 300), ev=True)
    R.add(kee, ev_kee("Pod", ns, R.pod("pen-sonar-ingest"), "FailedScheduling",
                      "0/4 nodes are available: 1 node(s) had untolerated taint {node.kubernetes.io/unreachable: }, "
                      "3 node(s) didn't match Pod's node affinity/selector. preemption: 0/4 nodes are available: "
                      "4 Preemption is not helpful for scheduling.", component="default-scheduler"), gap=(1, 5))
    R.add(agg, "@ISO3Z@ warn pen M10 dissolved oxygen stale for 5m, operators notified to use handheld meters")
    R.add(cam2, "@ISO3Z@ info upload retry succeeded camera=cam-02-3 attempt=2")
    R.add(agg, "@ISO3Z@ error lost 312 readings from pens M9-M12 (edge buffer on %s unreachable)" % node,
          gap=(30, 90))
    R.add(kee, ev_kee("Node", "default", node, "NodeNotReady", "Node %s status is now: NodeNotReady" % node,
                      component="node-controller", count=2), gap=(20, 60), ev=True)
    R.add(dash, '10.44.%d.%d - - [@NGINX@] "GET /api/pens/M10/oxygen?hours=1 HTTP/1.1" 200 %d "-" "Mozilla/5.0"'
          % (R.rint(0, 9), R.rint(2, 250), R.rint(200, 600)))
    R.expect("CRITICAL", "node_failure", node,
             "The edge node %s loses its uplink (i40e NIC link flapping, then down), the kubelet stops reporting "
             "and the node goes NotReady; its pods are marked for eviction and the node-pinned sonar ingest "
             "cannot be rescheduled." % node,
             "Edge node %s is down/unreachable: sensor and camera data from pens M9-M12 is lost, the aggregator "
             "sees MQTT keepalive timeouts and the replacement sonar pod is Pending on the unreachable taint." % node,
             "Check the node's network link on site (cable/switch port/NIC), bring it back or replace it; "
             "until then run manual oxygen checks on pens M9-M12.")
    return R


@scenario("aqua-plant-label-env-missing")
def s_aqua_plant_label_env_missing():
    R = Rec("aqua-plant-label-env-missing", "aquaculture", "Docker Compose host", "compose", [4, 5, 9, 10])
    host = "proc-plant-lbl%02d" % R.rint(1, 3)
    proj = "plant-labelling"

    def C(svc, stream="stdout"):
        return R.lab(host=host, project=proj, service=svc, container="%s-%s-1" % (proj, svc), stream=stream)
    hls = C("harvest-label-service")
    hls_err = C("harvest-label-service", "stderr")
    scale = C("weigh-scale-bridge")
    spool = C("label-spooler")
    tr = C("traefik")
    ver = "2.14.%d" % R.rint(0, 3)

    def traefik(status, ms):
        return ('10.20.0.%d - - [@NGINX@] "POST /api/labels HTTP/1.1" %d %d "-" "-" %d "labels@docker" '
                '"http://172.18.0.%d:8000" %dms' % (R.rint(20, 60), status, 11 if status == 502 else 96,
                                                    R.rint(1000, 9000), R.rint(3, 9), ms))
    R.question = "Box labels stopped printing on processing line 2. Why?"
    R.selector = sel(app="harvest-label-service")
    R.add(scale, "@SP3@ INFO  scale=LINE2-S1 box=BX-%06d net_kg=20.04 tare_kg=0.85" % R.rint(100000, 999999))
    R.add(hls, "@PYLOG@ INFO label_service.app: starting harvest-label-service %s (env_file=.env.production)" % ver)
    R.add(hls_err, "Traceback (most recent call last):", gap=(0.3, 0.9))
    R.add(hls_err, '  File "/app/label_service/settings.py", line 41, in <module>', gap=(0, 0.002))
    R.add(hls_err, '    COMPANY_PREFIX = os.environ["GS1_COMPANY_PREFIX"]', gap=(0, 0.002), ev=True)
    R.add(hls_err, "KeyError: 'GS1_COMPANY_PREFIX'", gap=(0, 0.002), ev=True)
    R.add(tr, traefik(502, R.rint(1, 4)), gap=(0.5, 3))
    R.add(spool, "@SP3@ WARN  no label jobs received for 120s from harvest-label-service", gap=(5, 20))
    R.add(hls, "@PYLOG@ INFO label_service.app: starting harvest-label-service %s (env_file=.env.production)" % ver,
          gap=(5, 15))
    R.add(hls_err, "KeyError: 'GS1_COMPANY_PREFIX'", gap=(0.3, 0.9), ev=True)
    R.add(scale, "@SP3@ INFO  scale=LINE2-S1 box=BX-%06d net_kg=19.98 tare_kg=0.85" % R.rint(100000, 999999))
    R.add(tr, traefik(502, R.rint(1, 4)))
    R.add(spool, "@SP3@ INFO  printer ZT411-L1 status ready, media ok, 0 errors")
    R.add(hls, "@PYLOG@ INFO label_service.app: starting harvest-label-service %s (env_file=.env.production)" % ver,
          gap=(10, 30))
    R.add(hls_err, "KeyError: 'GS1_COMPANY_PREFIX'", gap=(0.3, 0.9), ev=True)
    R.add(scale, "@SP3@ WARN  label confirmation missing for 14 boxes, holding LINE2 outfeed")
    R.add(tr, traefik(502, R.rint(1, 4)))
    R.expect("CRITICAL", "config_error", "harvest-label-service",
             "harvest-label-service requires the GS1_COMPANY_PREFIX environment variable, which is missing from "
             "the .env.production env_file it now starts with, so settings.py raises KeyError on import and the "
             "container exits and is restarted over and over.",
             "The label service is in a restart loop on a KeyError for GS1_COMPANY_PREFIX; Traefik returns 502 for "
             "label requests, the spooler gets no jobs and line 2 outfeed is held.",
             "Add GS1_COMPANY_PREFIX back to the env_file (or compose environment), recreate the container with "
             "docker compose up -d, and fail fast with a clear message on missing settings.")
    return R


@scenario("aqua-feeddb-too-many-clients")
def s_aqua_feeddb_too_many_clients():
    R = Rec("aqua-feeddb-too-many-clients", "aquaculture", "bare VM (systemd/journald)", "journald",
            [1, 2, 11, 12], tz=timezone(timedelta(hours=1)), tzname="CET")
    host = "feeddb%02d" % R.rint(1, 2)
    app_host = "feedapp%02d" % R.rint(1, 2)
    pg = dict(host=host, unit="postgresql@15-main.service", ident="postgres", prio=6)
    pgf = dict(pg, prio=3)
    fp = dict(host=app_host, unit="feed-planner.service", ident="gunicorn", prio=6)
    fpe = dict(fp, prio=3)
    bs = dict(host=app_host, unit="barge-sync.service", ident="barge-sync", prio=4)
    pid = R.rint(2000, 9000)

    def pglog(level, msg, user="feedplanner", db="feeding_history"):
        return "@SP3LZ@ [%d] %s@%s %s:  %s" % (R.rint(100000, 400000), user, db, level, msg)
    R.question = "The feed planner API returns 500s since the morning change. What is the cause?"
    R.selector = sel(app="feed-planner")
    R.add(R.lab(**fp), "[@GUNI@] [%d] [INFO] Handling signal: hup" % pid)
    R.add(R.lab(**fp), "[@GUNI@] [%d] [INFO] Booting worker with pid: %d" % (pid, pid + R.rint(10, 60)), gap=(0.5, 2))
    R.add(R.lab(**fp), "@ISO3L@ INFO feed_planner.db: engine pool configured workers=24 pool_size=5 max_overflow=2 "
                       "(up to 168 connections to %s:5432, server max_connections=100)" % host, ev=True)
    R.add(R.lab(**pg), "@SP3LZ@ [%d] LOG:  checkpoint starting: time" % R.rint(900, 1500))
    R.add(R.lab(**pgf), pglog("FATAL", "remaining connection slots are reserved for non-replication superuser "
                                       "connections"), gap=(20, 60), ev=True)
    R.add(R.lab(**fpe), "@ISO3L@ ERROR feed_planner.api: GET /v1/plans/today failed: psycopg2.OperationalError: "
                        "connection to server at \"%s\" (10.30.1.12), port 5432 failed: FATAL:  sorry, too many "
                        "clients already" % host, ev=True)
    R.add(R.lab(**pgf), pglog("FATAL", "sorry, too many clients already"), ev=True)
    R.add(R.lab(host=host, unit="cron.service", ident="CRON", prio=6),
          "(root) CMD (/usr/local/bin/pg_wal_archive_check --quiet)")
    R.add(R.lab(**fpe), "@ISO3L@ ERROR feed_planner.api: POST /v1/feeding-log failed: psycopg2.OperationalError: "
                        "connection to server at \"%s\" (10.30.1.12), port 5432 failed: FATAL:  sorry, too many "
                        "clients already" % host, ev=True)
    R.add(R.lab(**pg), "@SP3LZ@ [%d] LOG:  checkpoint complete: wrote 1843 buffers (11.2%%); 0 WAL file(s) added, "
                       "0 removed, 1 recycled; write=179.812 s, sync=0.004 s, total=179.829 s" % R.rint(900, 1500))
    R.add(R.lab(**bs), "WARNING upload of feeding log batch 14 to feed-planner failed: HTTP 500, retry 1/5 in 30s")
    R.add(R.lab(**pgf), pglog("FATAL", "sorry, too many clients already"), gap=(10, 40), ev=True)
    R.add(R.lab(host=app_host, unit="ssh.service", ident="sshd", prio=6),
          "Accepted publickey for ops from 10.30.0.5 port %d ssh2: ED25519 SHA256:%s"
          % (R.rint(40000, 60000), R.alnum(43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")))
    R.add(R.lab(**pg), pglog("LOG", "could not receive data from client: Connection reset by peer"))
    R.add(R.lab(host=host, unit="pg-backup.service", ident="pg-backup.sh", prio=6),
          "dump of feeding_history completed in 41s (role postgres, 0 errors)")
    R.add(R.lab(**bs), "WARNING upload of feeding log batch 14 to feed-planner failed: HTTP 500, retry 3/5 in 30s",
          gap=(30, 60))
    R.add(R.lab(**fpe), "@ISO3L@ ERROR feed_planner.api: GET /v1/silos/levels failed: psycopg2.OperationalError: "
                        "connection to server at \"%s\" (10.30.1.12), port 5432 failed: FATAL:  remaining connection "
                        "slots are reserved for non-replication superuser connections" % host)
    R.expect("ERROR", "database", "postgresql",
             "PostgreSQL on %s has run out of connection slots: after the reload feed-planner runs 24 workers with "
             "a pool of 5 (+2 overflow) each, up to 168 connections against max_connections=100, so new "
             "connections are rejected with 'too many clients already'." % host,
             "The feeding_history database refuses connections (too many clients / reserved slots); feed-planner "
             "API calls fail with 500 and barge-sync uploads are retrying.",
             "Reduce feed-planner workers or pool size (or put PgBouncer in front) so total connections stay under "
             "max_connections, reload feed-planner, then check barge-sync catches up.")
    return R


@scenario("aqua-sonar-ephemeral-evicted")
def s_aqua_sonar_ephemeral_evicted():
    R = Rec("aqua-sonar-ephemeral-evicted", "aquaculture", "Linode LKE", "datadog", [6, 7, 8, 9])
    R.event_formats.append("kubernetes-event-exporter JSON")
    cid, pool = R.rint(150000, 199999), R.rint(200000, 299999)
    node = "lke%d-%d-%s" % (cid, pool, R.hexs(12))
    node2 = "lke%d-%d-%s" % (cid, pool, R.hexs(12))
    cluster = "lke-biomass-fra"
    ns = "biomass"
    est_pod = R.pod("sonar-biomass-estimator")
    est2_pod = R.pod("sonar-biomass-estimator")
    est = R.lab(cluster=cluster, ns=ns, pod=est_pod, ctr="estimator", app="sonar-biomass-estimator", node=node)
    est2 = R.lab(cluster=cluster, ns=ns, pod=est2_pod, ctr="estimator", app="sonar-biomass-estimator", node=node2)
    api = R.lab(cluster=cluster, ns=ns, pod=R.pod("biomass-api"), ctr="api", app="biomass-api", node=node2)
    hp = R.lab(cluster=cluster, ns="harvest", pod=R.pod("harvest-planner"), ctr="planner", app="harvest-planner",
               node=node2)
    dd = R.lab(cluster=cluster, ns="datadog", pod=R.dspod("datadog-agent"), ctr="agent", app="datadog-agent",
               node=node, source="agent")
    kee = R.lab(cluster=cluster, ns="monitoring", pod=R.pod("event-exporter"), ctr="event-exporter",
                app="event-exporter", node=node2, source="kubernetes.events")
    R.question = "Why does the biomass estimate for pen M2 stop updating?"
    R.selector = sel(namespace=ns, app="sonar-biomass-estimator")
    R.add(est, "@ISO3Z@ INFO  echogram chunk written pen=M2 file=/scratch/echo/M2-%04d.h5 size_mb=148 "
               "scratch_used_gb=1.62" % R.rint(1000, 9999))
    R.add(api, "@ISO3Z@ INFO  GET /v1/pens/M5/biomass 200 12ms")
    R.add(est, "@ISO3Z@ WARN  scratch usage 1.91GiB of ephemeral-storage limit 2Gi; chunk cleanup runs after batch",
          gap=(20, 60), ev=True)
    R.add(est, "@ISO3Z@ INFO  echogram chunk written pen=M2 file=/scratch/echo/M2-%04d.h5 size_mb=151 "
               "scratch_used_gb=2.06" % R.rint(1000, 9999), gap=(10, 30), ev=True)
    R.add(kee, ev_kee("Pod", ns, est_pod, "Evicted", "Pod ephemeral local storage usage exceeds the total limit of "
                      "containers 2Gi. ", host=node), gap=(1, 8), ev=True)
    R.add(kee, ev_kee("Pod", ns, est_pod, "Killing", "Stopping container estimator", etype="Normal", host=node),
          gap=(0.1, 1))
    R.add(kee, ev_kee("ReplicaSet", ns, est_pod.rsplit("-", 1)[0], "SuccessfulCreate", "Created pod: %s" % est2_pod,
                      etype="Normal", component="replicaset-controller"), gap=(0.5, 2))
    R.add(api, "@ISO3Z@ WARN  pen M2 biomass estimate not updated for 31m, serving last value")
    R.add(est2, "@ISO3Z@ INFO  starting sonar-biomass-estimator 1.9.%d, scratch=/scratch (emptyDir), resuming M2 "
                "batch from chunk 0" % R.rint(0, 6), gap=(5, 20))
    R.add(hp, "@ISO3Z@ INFO  harvest plan recomputed for 22 pens, 0 errors")
    R.add(dd, "@SPS@ UTC | CORE | INFO | (pkg/collector/worker/check_logger.go:71 in CheckFinished) | "
              "check:disk | Done running check")
    R.add(est2, "@ISO3Z@ INFO  echogram chunk written pen=M2 file=/scratch/echo/M2-%04d.h5 size_mb=149 "
                "scratch_used_gb=1.20" % R.rint(1000, 9999), gap=(60, 200))
    R.add(est2, "@ISO3Z@ WARN  scratch usage 1.97GiB of ephemeral-storage limit 2Gi; chunk cleanup runs after batch",
          gap=(60, 200), ev=True)
    R.add(kee, ev_kee("Pod", ns, est2_pod, "Evicted", "Pod ephemeral local storage usage exceeds the total limit of "
                      "containers 2Gi. ", host=node2), gap=(10, 40), ev=True)
    R.add(api, "@ISO3Z@ ERROR pen M2 biomass estimate stale for 37m; harvest-planner will use fallback weights")
    R.add(kee, ev_kee("ReplicaSet", ns, est_pod.rsplit("-", 1)[0], "SuccessfulCreate",
                      "Created pod: %s" % R.pod("sonar-biomass-estimator"), etype="Normal",
                      component="replicaset-controller"), gap=(0.5, 2))
    R.expect("ERROR", "resource_exhausted", "sonar-biomass-estimator",
             "sonar-biomass-estimator writes echogram chunks to an emptyDir scratch volume and only cleans up after "
             "the batch, so its ephemeral storage passes the 2Gi limit and the kubelet evicts the pod; the "
             "replacement restarts the batch and is evicted again.",
             "The estimator is repeatedly evicted for exceeding its ephemeral-storage limit and never finishes "
             "the M2 batch; the biomass API serves a stale estimate and harvest planning falls back.",
             "Delete chunks as they are processed (or stream them), and raise the ephemeral-storage limit or move "
             "scratch to a PVC sized for a full batch.")
    return R


@scenario("aqua-healthy-fleet-nightly-restart")
def s_aqua_healthy_fleet_nightly_restart():
    R = Rec("aqua-healthy-fleet-nightly-restart", "aquaculture", "RKE2", "promtail", [3, 4, 5, 9])
    R.event_formats.append("eventrouter JSON")
    nodes = ["rke2-agent-%02d" % i for i in (1, 2, 3)]
    ns = "barge-fleet"
    old_pod, new_pod = R.pod("feed-telemetry-gateway"), R.pod("feed-telemetry-gateway")
    rs_new = new_pod.rsplit("-", 1)[0]
    rs_old = old_pod.rsplit("-", 1)[0]
    gw_old = R.lab(ns=ns, pod=old_pod, ctr="gateway", app="feed-telemetry-gateway", node=nodes[0])
    gw_new = R.lab(ns=ns, pod=new_pod, ctr="gateway", app="feed-telemetry-gateway", node=nodes[1])
    cj = R.lab(ns=ns, pod="nightly-restart-%d-%s" % (R.rint(29000000, 29999999), R.alnum(5)), ctr="kubectl",
               app="nightly-restart", node=nodes[2])
    an = R.lab(ns=ns, pod=R.pod("feed-analytics"), ctr="analytics", app="feed-analytics", node=nodes[2])
    api = R.lab(ns=ns, pod=R.pod("fleet-api"), ctr="api", app="fleet-api", node=nodes[0])
    er = R.lab(ns="kube-system", pod=R.pod("eventrouter"), ctr="kube-eventrouter", app="eventrouter", node=nodes[2])
    ip = "10.42.%d.%d" % (R.rint(1, 9), R.rint(2, 250))
    R.question = "Anything wrong with the barge fleet services overnight?"
    R.selector = sel(namespace=ns)
    R.add(cj, "deployment.apps/feed-telemetry-gateway restarted")
    R.add(er, ev_eventrouter("Deployment", ns, "feed-telemetry-gateway", "ScalingReplicaSet",
                             "Scaled up replica set %s to 1" % rs_new, etype="Normal",
                             component="deployment-controller"), gap=(0.1, 1))
    R.add(er, ev_eventrouter("Pod", ns, new_pod, "Pulled", "Container image \"registry.havbruk.lan/fleet/"
                             "feed-telemetry-gateway:4.2.1\" already present on machine", etype="Normal",
                             host=nodes[1]), gap=(1, 3))
    R.add(er, ev_eventrouter("Pod", ns, new_pod, "Unhealthy", "Readiness probe failed: Get \"http://%s:8080/ready\": "
                             "dial tcp %s:8080: connect: connection refused" % (ip, ip), host=nodes[1]), gap=(1, 3))
    R.add(gw_new, "@ISO3Z@ INFO  connected to broker mqtt-bridge.barge-fleet:8883 (TLS 1.3)", gap=(2, 5))
    R.add(gw_new, "@ISO3Z@ INFO  ready: 18 barges subscribed")
    R.add(er, ev_eventrouter("Deployment", ns, "feed-telemetry-gateway", "ScalingReplicaSet",
                             "Scaled down replica set %s to 0 from 1" % rs_old, etype="Normal",
                             component="deployment-controller"), gap=(1, 4))
    R.add(gw_old, "@ISO3Z@ INFO  received SIGTERM, draining 18 subscriptions", gap=(0.1, 0.5))
    R.add(gw_old, "@ISO3Z@ INFO  shutdown complete, 0 messages dropped", gap=(1, 4))
    R.add(cj, "deployment \"feed-telemetry-gateway\" successfully rolled out", gap=(0.5, 3))
    R.add(an, "@ISO3Z@ WARN  barge B7 link dropped (4G handover), reconnect attempt 1 succeeded after 2.1s",
          gap=(20, 90))
    R.add(gw_new, "@ISO3Z@ WARN  DEPRECATED config key mqtt.keepalive_secs, use mqtt.keepalive (old key still "
                  "honoured)")
    R.add(api, '%s - - [@NGINX@] "GET /v1/barges?status=all HTTP/1.1" 200 %d "-" "fleet-ui/3.1"'
          % ("10.42.%d.%d" % (R.rint(1, 9), R.rint(2, 250)), R.rint(4000, 9000)))
    R.add(gw_new, "@ISO3Z@ WARN  barge B3 silo S5 fill 9% below reorder level 10%, feed reorder request sent",
          gap=(30, 120))
    R.add(an, "@ISO3Z@ INFO  daily FCR report generated: 18 barges, 0 errors, 2 warnings")
    R.add(api, '%s - - [@NGINX@] "GET /v1/barges/B3/silos HTTP/1.1" 200 %d "-" "fleet-ui/3.1"'
          % ("10.42.%d.%d" % (R.rint(1, 9), R.rint(2, 250)), R.rint(800, 2000)))
    R.expect("INFO", "none", "",
             "No incident: a scheduled CronJob rollout-restarts the feed telemetry gateway; the brief readiness "
             "failure is the new pod starting up, and the other warnings are routine.",
             "Nightly planned restart of feed-telemetry-gateway completed cleanly (new pod ready, old pod drained "
             "with 0 messages dropped); a barge reconnect succeeded, a deprecation notice and a silo reorder "
             "request are business-as-usual.",
             "Nothing to do; optionally rename the deprecated mqtt.keepalive_secs config key.")
    return R


@scenario("aqua-healthy-harvest-vm-housekeeping")
def s_aqua_healthy_harvest_vm_housekeeping():
    R = Rec("aqua-healthy-harvest-vm-housekeeping", "aquaculture", "bare VM (systemd/journald)", "journald",
            [1, 2, 3, 11, 12], tz=timezone(timedelta(hours=1)), tzname="CET")
    host = "harvestvm%02d" % R.rint(1, 4)

    def J(unit, ident, prio=6, transport="stdout"):
        return R.lab(host=host, unit=unit, ident=ident, prio=prio, transport=transport)
    R.question = "Is the harvest plant VM healthy?"
    R.selector = None
    R.add(J("grading-bridge.service", "grading-bridge"), "@ISO3L@ INFO line=1 fish_graded=1840 rejects=12 "
                                                          "avg_weight_g=4710")
    R.add(J("systemd-timesyncd.service", "systemd-timesyncd", 4, "journal"),
          "Timed out waiting for reply from 10.30.0.1:123 (ntp1.havbruk.lan).")
    R.add(J("systemd-timesyncd.service", "systemd-timesyncd", 6, "journal"),
          "Contacted time server 10.30.0.2:123 (ntp2.havbruk.lan).", gap=(1, 6))
    R.add(J("certbot.service", "certbot"), "Certificate not yet due for renewal", gap=(10, 60))
    R.add(J("certbot.service", "certbot"), "No renewals were attempted.", gap=(0.1, 0.5))
    R.add(J("init.scope", "systemd", 6, "journal"), "certbot.service: Deactivated successfully.")
    R.add(J("smartd.service", "smartd"), "Device: /dev/sda [SAT], SMART Usage Attribute: 194 Temperature_Celsius "
                                        "changed from 38 to 39")
    R.add(J("grading-bridge.service", "grading-bridge", 4),
          "@ISO3L@ WARN line=2 idle for 12m (shift break scheduled), skipping throughput alarm", gap=(30, 120))
    R.add(J("logrotate.service", "logrotate"), "error: skipping \"/var/log/grading/bridge.log\" because parent "
                                              "directory has insecure permissions (It's world writable or writable "
                                              "by group which is not \"root\") Set \"su\" directive in config file "
                                              "to tell logrotate which user/group should be used for rotation.")
    R.add(J("init.scope", "systemd", 6, "journal"), "logrotate.service: Deactivated successfully.")
    R.add(J("pg-backup.service", "pg-backup.sh"), "dump of harvest_ops completed in 18s, 0 errors, retained 14 "
                                                 "copies", gap=(20, 100))
    R.add(J("unattended-upgrades.service", "unattended-upgrade"), "Packages that will be upgraded: libssl3 "
                                                                  "openssl tzdata")
    R.add(J("unattended-upgrades.service", "unattended-upgrade"), "All upgrades installed", gap=(20, 90))
    R.add(J("grading-bridge.service", "grading-bridge"), "@ISO3L@ INFO line=1 fish_graded=1912 rejects=9 "
                                                          "avg_weight_g=4688", gap=(30, 90))
    R.add(J("ssh.service", "sshd", 6, "syslog"), "Connection closed by authenticating user root 203.0.113.%d port %d "
                                                 "[preauth]" % (R.rint(2, 250), R.rint(30000, 60000)))
    R.add(J("grading-bridge.service", "grading-bridge"), "@ISO3L@ INFO line=2 resumed after break, fish_graded=220")
    R.expect("INFO", "none", "",
             "No incident: routine housekeeping on the harvest VM (NTP fallback server answered, certificate not "
             "due, logrotate permission notice on one file, backup and unattended upgrades succeeded).",
             "The harvest plant VM is healthy; grading continues on both lines and the warnings are routine "
             "(shift-break idle, one NTP server timing out with the second answering, preauth SSH scans).",
             "Nothing urgent; optionally fix the logrotate su directive for /var/log/grading.")
    return R


@scenario("aqua-healthy-trace-e2e-kind")
def s_aqua_healthy_trace_e2e_kind():
    R = Rec("aqua-healthy-trace-e2e-kind", "aquaculture", "kind (CI cluster)", "alloy", [2, 3, 4, 5, 6])
    R.event_formats.append("Grafana Alloy loki.source.kubernetes_events (logfmt)")
    cluster = "traceability-e2e"
    nodes = ["%s-worker" % cluster, "%s-worker2" % cluster]
    ns = "trace-e2e"
    evl = alloy_event_labels(ns, cluster)
    runner_pod = "e2e-runner-%s" % R.alnum(5)
    run = R.lab(cluster=cluster, ns=ns, pod=runner_pod, ctr="runner", app="e2e-runner", node=nodes[0])
    api = R.lab(cluster=cluster, ns=ns, pod=R.pod("catch-trace-api"), ctr="api", app="catch-trace-api",
                node=nodes[1])
    pg = R.lab(cluster=cluster, ns=ns, pod="trace-db-0", ctr="postgres", app="trace-db", node=nodes[1])
    R.question = "Did the nightly traceability e2e run pass?"
    R.selector = sel(namespace=ns)
    R.add(evl, ev_alloy("Pod", runner_pod, "Started", "Started container runner", etype="Normal", host=nodes[0],
                        rv=R.rint(1000, 9000)))
    R.add(pg, "@SP3UTC@ [1] LOG:  database system is ready to accept connections")
    R.add(run, "=== RUN   TestLotLifecycle", gap=(2, 6))
    R.add(api, jdump({"level": "info", "ts": "@ISO3Z@", "msg": "request", "method": "POST", "path": "/v1/lots",
                      "status": 201, "ms": R.rint(5, 40)}))
    R.add(run, "--- PASS: TestLotLifecycle (%.2fs)" % (R.rint(80, 300) / 100.0))
    R.add(run, "=== RUN   TestForeignVesselCannotAmendLot")
    R.add(api, jdump({"level": "warn", "ts": "@ISO3Z@", "msg": "forbidden", "method": "PATCH",
                      "path": "/v1/lots/HL-TEST-0001", "status": 403, "reason": "vessel LK-9999 is not lot owner"}))
    R.add(run, "--- PASS: TestForeignVesselCannotAmendLot (0.%02ds)" % R.rint(10, 60))
    R.add(run, "=== RUN   TestQuotaExceededReturns409")
    R.add(api, jdump({"level": "warn", "ts": "@ISO3Z@", "msg": "quota exceeded", "method": "POST",
                      "path": "/v1/landings", "status": 409, "species": "COD", "over_kg": 120}))
    R.add(run, "--- PASS: TestQuotaExceededReturns409 (0.%02ds)" % R.rint(10, 60))
    R.add(run, "=== RUN   TestDuplicateLandingRejected")
    R.add(pg, "@SP3UTC@ [%d] ERROR:  duplicate key value violates unique constraint \"landings_declaration_id_key\""
          % R.rint(100, 900))
    R.add(run, "--- PASS: TestDuplicateLandingRejected (0.%02ds)" % R.rint(10, 60))
    R.add(run, "PASS")
    R.add(run, "ok  \tgithub.com/havbruk/catch-trace/e2e\t%.3fs" % (R.rint(20000, 60000) / 1000.0))
    R.add(evl, ev_alloy("Job", "e2e-runner", "Completed", "Job completed", etype="Normal",
                        component="job-controller", rv=R.rint(1000, 9000)))
    R.expect("INFO", "none", "",
             "No incident: the 403, 409 and unique-constraint error are deliberately provoked by the e2e tests, "
             "which all pass.",
             "The nightly traceability e2e Job ran on the kind CI cluster and completed: every test passed; the "
             "error-looking API and database lines are the negative test cases.",
             "Nothing to do.")
    return R


# ---------------------------------------------------------------- pharmacy

@scenario("pharm-erx-intake-tag-missing")
def s_pharm_erx_intake_tag_missing():
    R = Rec("pharm-erx-intake-tag-missing", "pharmacy", "Amazon EKS", "otel", [2, 3, 4, 5, 6])
    R.event_formats.append("OpenTelemetry k8s_events/k8sobjects receiver")
    cluster = "rx-prod-use2"
    region = "us-east-2"
    nodes = ["ip-10-20-%d-%d.%s.compute.internal" % (R.rint(0, 63), R.rint(4, 250), region) for _ in range(3)]
    ns = "rx-intake"
    acct = "%012d" % R.rint(10 ** 11, 10 ** 12 - 1)
    image = "%s.dkr.ecr.%s.amazonaws.com/rx/erx-intake:v3.12.0" % (acct, region)
    old = R.lab(cluster=cluster, ns=ns, pod=R.pod("erx-intake"), ctr="intake", app="erx-intake", node=nodes[0])
    new_pod = R.pod("erx-intake")
    router = R.lab(cluster=cluster, ns=ns, pod=R.pod("rx-router"), ctr="router", app="rx-router", node=nodes[1])
    argo = R.lab(cluster=cluster, ns="argocd", pod="argocd-application-controller-0", ctr="application-controller",
                 app="argocd-application-controller", node=nodes[2])

    def E(kind, name, reason, etype="Warning"):
        return otel_event_labels(ns, kind, name, reason, cluster, etype)

    def newrx():
        return jdump(OrderedDict([("level", "INFO"), ("ts", "@ISO3Z@"), ("logger", "ncpdp.intake"),
                                  ("msg", "NewRx accepted"), ("messageId", R.hexs(24)),
                                  ("store", "%04d" % R.rint(1, 2400)), ("schedule", "none")]))
    R.question = "The erx-intake release is not rolling out. Why?"
    R.selector = sel(namespace=ns, app="erx-intake")
    R.add(old, newrx())
    R.add(E("Deployment", "erx-intake", "ScalingReplicaSet", "Normal"),
          "Scaled up replica set %s to 1" % new_pod.rsplit("-", 1)[0])
    R.add(E("Pod", new_pod, "Scheduled", "Normal"), "Successfully assigned %s/%s to %s" % (ns, new_pod, nodes[1]))
    R.add(E("Pod", new_pod, "Pulling", "Normal"), "Pulling image \"%s\"" % image, gap=(0.5, 2))
    R.add(E("Pod", new_pod, "Failed"),
          "Failed to pull image \"%s\": rpc error: code = NotFound desc = failed to pull and unpack image \"%s\": "
          "failed to resolve reference \"%s\": %s: not found" % (image, image, image, image), gap=(0.3, 1.5), ev=True)
    R.add(E("Pod", new_pod, "Failed"), "Error: ErrImagePull", gap=(0, 0.01), ev=True)
    R.add(router, jdump(OrderedDict([("level", "INFO"), ("ts", "@ISO3Z@"), ("msg", "routed prescriptions to store "
                                     "queues"), ("count", R.rint(30, 60)), ("errors", 0)])))
    R.add(old, newrx())
    R.add(E("Pod", new_pod, "BackOff", "Normal"), "Back-off pulling image \"%s\"" % image, gap=(5, 20), ev=True)
    R.add(E("Pod", new_pod, "Failed"), "Error: ImagePullBackOff", gap=(0, 0.01), ev=True)
    R.add(old, jdump(OrderedDict([("level", "WARN"), ("ts", "@ISO3Z@"), ("logger", "ncpdp.outbound"),
                                  ("msg", "RxRenewalResponse delivery retry succeeded"), ("attempt", 2)])))
    R.add(argo, "time=\"@ISOSZ@\" level=info msg=\"Updated health status: Healthy -> Progressing\" "
                "application=argocd/erx-intake")
    R.add(old, newrx())
    R.add(E("Pod", new_pod, "BackOff", "Normal"), "Back-off pulling image \"%s\"" % image, gap=(60, 180), ev=True)
    R.add(argo, "time=\"@ISOSZ@\" level=info msg=\"Updated health status: Progressing -> Degraded\" "
                "application=argocd/erx-intake", gap=(120, 300))
    R.add(old, newrx())
    R.expect("ERROR", "image_pull", "erx-intake",
             "The new erx-intake release references image tag v3.12.0, which does not exist in the ECR repository "
             "rx/erx-intake (NotFound), so the new pod cannot pull its image and sits in ImagePullBackOff.",
             "The erx-intake rollout is stuck: the new ReplicaSet's pod fails with ErrImagePull/ImagePullBackOff "
             "and Argo CD marks the app Degraded, while the old pod keeps accepting NewRx messages.",
             "Fix the image reference (push the missing tag or correct it, e.g. 3.12.0 vs v3.12.0) in the "
             "deployment manifest and let the rollout continue.")
    return R


@scenario("pharm-claims-pbm-invalid-client")
def s_pharm_claims_pbm_invalid_client():
    R = Rec("pharm-claims-pbm-invalid-client", "pharmacy", "Azure AKS", "azure", [1, 4, 7, 10])
    node = "aks-claims-%d-vmss%06d" % (R.rint(10000000, 99999999), R.rint(0, 4))
    rid = ("/subscriptions/%s/resourceGroups/rg-rx-claims/providers/Microsoft.ContainerService/"
           "managedClusters/aks-rx-claims" % R.uuid())
    ns = "claims"

    def L(app, ctr, ns_=ns):
        return R.lab(ns=ns_, pod=R.pod(app), ctr=ctr, app=app, node=node, resource_id=rid)
    adj = L("claims-adjudicator", "adjudicator")
    pos = L("pharmacy-pos-gateway", "gateway", "pos")
    elig = L("eligibility-check", "eligibility")
    kv = R.lab(ns="kube-system", pod=R.dspod("aks-secrets-store-provider-azure"), ctr="provider-azure-installer",
               app="csi-secrets-store-provider-azure", node=node, resource_id=rid)
    rem = L("refill-reminder", "reminder", "rx-notify")
    tok = "https://auth.pbmswitch.net/oauth2/token"
    claim_url = "https://switch.pbmswitch.net/ncpdp/d0/claims"

    def clef(level, mt, **kw):
        ctx = kw.pop("_ctx", "Rx.Claims.PbmClient")
        d = OrderedDict([("@t", "@ISO3Z@"), ("@mt", mt)])
        if level:
            d["@l"] = level
        d.update(kw)
        d["SourceContext"] = ctx
        return jdump(d)

    def rxn():
        return "%d" % R.rint(1000000, 9999999)
    R.question = "Insurance claims are being rejected at the pharmacy counters. What is wrong?"
    R.selector = sel(namespace=ns)
    R.add(adj, clef(None, "B1 claim {RxNumber} submitted to BIN {Bin}", RxNumber=rxn(), Bin="610%03d" % R.rint(0, 999)))
    R.add(adj, clef(None, "Requesting access token from {TokenEndpoint}", TokenEndpoint=tok), gap=(20, 60))
    R.add(adj, clef("Error", "Token request failed: {StatusCode} {Error} ({ErrorDescription})", StatusCode=401,
                    Error="invalid_client", ErrorDescription="client secret has expired"), gap=(0.1, 0.6), ev=True)
    R.add(adj, clef("Error", "B1 claim {RxNumber} failed: {StatusCode} from {Url}", RxNumber=rxn(), StatusCode=401,
                    Url=claim_url), ev=True)
    R.add(pos, "@ISO3Z@ WARN  claim pending for Rx %s at store 0218: no payer response, offering cash price" % rxn())
    R.add(kv, "I@KLOG@       1 server.go:142] \"mount request completed\" pod=\"claims/%s\" secretProviderClass="
              "\"pbm-credentials\"" % adj["PodName"])
    R.add(adj, clef("Error", "Token request failed: {StatusCode} {Error} ({ErrorDescription})", StatusCode=401,
                    Error="invalid_client", ErrorDescription="client secret has expired"), gap=(5, 20), ev=True)
    R.add(elig, "@ISO3Z@ INFO  E1 eligibility 200 from switch.pbmswitch.net in 412ms (api-key auth)")
    R.add(adj, clef("Warning", "Retry {Attempt} of {MaxAttempts} for B1 claim {RxNumber} after {StatusCode}",
                    Attempt=2, MaxAttempts=3, RxNumber=rxn(), StatusCode=401))
    R.add(pos, "@ISO3Z@ ERROR store 0218: 14 claims failed adjudication in the last 10m", gap=(30, 90))
    R.add(adj, clef("Error", "Token request failed: {StatusCode} {Error} ({ErrorDescription})", StatusCode=401,
                    Error="invalid_client", ErrorDescription="client secret has expired"), ev=True)
    R.add(adj, clef(None, "HTTP {Method} {Path} responded {StatusCode} in {Elapsed} ms", Method="GET",
                    Path="/healthz", StatusCode=200, Elapsed=1.2, _ctx="Serilog.AspNetCore.RequestLoggingMiddleware"))
    R.add(rem, "@ISO3Z@ INFO  refill reminder batch done: 312 sent, 0 errors")
    R.add(adj, clef("Error", "B1 claim {RxNumber} failed: {StatusCode} from {Url}", RxNumber=rxn(), StatusCode=401,
                    Url=claim_url), ev=True)
    R.add(elig, "@ISO3Z@ INFO  E1 eligibility 200 from switch.pbmswitch.net in 388ms (api-key auth)")
    R.add(pos, "@ISO3Z@ WARN  claim pending for Rx %s at store 1107: no payer response, offering cash price" % rxn())
    R.expect("ERROR", "auth_failure", "claims-adjudicator",
             "The OAuth client secret claims-adjudicator uses for the PBM switch has expired, so the token endpoint "
             "rejects it with 401 invalid_client and every B1 claim submission is refused with 401.",
             "Claim adjudication fails for all stores (401 from the PBM switch token and claims endpoints); "
             "counters fall back to cash prices. Eligibility checks with a separate API key still work, so the "
             "switch itself is reachable.",
             "Rotate the PBM client secret with the switch, update it in Key Vault (pbm-credentials) and restart or "
             "re-mount claims-adjudicator; then resubmit the failed claims.")
    return R


@scenario("pharm-robot-bridge-readiness-path")
def s_pharm_robot_bridge_readiness_path():
    R = Rec("pharm-robot-bridge-readiness-path", "pharmacy", "Oracle OKE", "filebeat", [3, 5, 8, 9])
    R.event_formats.append("Elastic Agent kubernetes.event dataset")
    nodes = ["10.0.10.%d" % R.rint(2, 250) for _ in range(3)]
    ns = "dispensing"
    bpod = R.pod("dispensing-robot-bridge")
    br = R.lab(ns=ns, pod=bpod, ctr="bridge", app="dispensing-robot-bridge", node=nodes[0])
    term = R.lab(ns=ns, pod=R.pod("pharmacist-terminal-api"), ctr="api", app="pharmacist-terminal-api", node=nodes[1])
    stock = R.lab(ns=ns, pod=R.pod("stock-sync"), ctr="sync", app="stock-sync", node=nodes[2])
    svc_ip = "10.96.%d.%d" % (R.rint(0, 255), R.rint(2, 250))
    probe_src = "10.0.10.%d" % R.rint(2, 250)

    def ev_lbl(reason, etype="Warning"):
        return OrderedDict([("data_stream.dataset", "kubernetes.event"), ("kubernetes.namespace", ns),
                            ("kubernetes.event.involved_object.kind", "Pod"),
                            ("kubernetes.event.involved_object.name", bpod), ("kubernetes.event.reason", reason),
                            ("kubernetes.event.type", etype), ("kubernetes.node.name", nodes[0])])

    def probe_hit():
        return '%s - - [@NGINX@] "GET /ready HTTP/1.1" 404 - "-" "kube-probe/1.29"' % probe_src
    R.question = "Pharmacist terminals cannot send dispense orders to the robot. Why?"
    R.selector = sel(namespace=ns, app="dispensing-robot-bridge")
    R.add(br, "@SP3@  INFO 1 --- [           main] c.r.bridge.RobotBridgeApplication        : Started "
              "RobotBridgeApplication in 7.412 seconds (process running for 8.106)")
    R.add(br, "@SP3@  INFO 1 --- [           main] o.s.b.a.e.web.EndpointLinksResolver      : Exposing 2 "
              "endpoint(s) beneath base path '/health' on management port 8081 (readiness at /health/ready)",
          gap=(0.01, 0.2), ev=True)
    R.add(br, "@SP3@  INFO 1 --- [  robot-poll-1] c.r.bridge.robot.RobotLink               : robot R2 "
              "heartbeat ok, 1842 packs in stock channels")
    R.add(ev_lbl("Unhealthy"), "Readiness probe failed: HTTP probe failed with statuscode: 404", gap=(2, 8),
          ev=True)
    R.add(br, probe_hit(), gap=(0.1, 0.5))
    R.add(term, "@SP3@ ERROR 1 --- [nio-8080-exec-3] c.r.terminal.DispenseClient              : dispense order "
                "%d failed: I/O error on POST request for \"http://dispensing-robot-bridge.dispensing:8080/v1/"
                "dispense\": Connection refused" % R.rint(100000, 999999), gap=(5, 20))
    R.add(stock, "@SP3@  INFO 1 --- [   scheduling-1] c.r.stock.StockSync                      : stock sync "
                 "done: 2311 NDCs, 0 errors")
    R.add(br, "@SP3@  INFO 1 --- [  robot-poll-1] c.r.bridge.robot.RobotLink               : robot R1 "
              "heartbeat ok, 2207 packs in stock channels", gap=(5, 15))
    R.add(br, probe_hit(), gap=(3, 10), ev=True)
    R.add(ev_lbl("Unhealthy"), "Readiness probe failed: HTTP probe failed with statuscode: 404", gap=(0.01, 0.2),
          ev=True)
    R.add(term, "@SP3@ ERROR 1 --- [nio-8080-exec-7] c.r.terminal.DispenseClient              : dispense order "
                "%d failed: I/O error on POST request for \"http://dispensing-robot-bridge.dispensing:8080/v1/"
                "dispense\": Connection refused" % R.rint(100000, 999999), gap=(10, 30))
    R.add(term, "@SP3@  WARN 1 --- [nio-8080-exec-7] c.r.terminal.DispenseClient              : robot "
                "unavailable, order routed to manual picking queue")
    R.add(br, "@SP3@  INFO 1 --- [  robot-poll-1] c.r.bridge.robot.RobotLink               : robot R2 "
              "heartbeat ok, 1840 packs in stock channels", gap=(5, 15))
    R.add(stock, "@SP3@  INFO 1 --- [   scheduling-1] c.r.stock.StockSync                      : price file "
                 "import retry succeeded (attempt 2)")
    R.add(ev_lbl("Unhealthy"), "Readiness probe failed: HTTP probe failed with statuscode: 404", gap=(30, 90),
          ev=True)
    R.add(term, "@SP3@ ERROR 1 --- [nio-8080-exec-2] c.r.terminal.DispenseClient              : dispense order "
                "%d failed: I/O error on POST request for \"http://dispensing-robot-bridge.dispensing:8080/v1/"
                "dispense\": Connection refused" % R.rint(100000, 999999), gap=(5, 20))
    R.expect("ERROR", "probe_failure", "dispensing-robot-bridge",
             "The dispensing-robot-bridge now serves readiness on management port 8081 at /health/ready, but its "
             "readiness probe still requests /ready on 8080, which returns 404; the pod never becomes Ready while "
             "the process runs normally (robot heartbeats keep flowing).",
             "The robot bridge is running but never Ready, so its Service has no endpoints and terminal dispense "
             "orders fail with connection refused and fall back to manual picking.",
             "Point the readiness probe at port 8081 path /health/ready (and the liveness probe at /health/live) "
             "in the deployment, roll it out and confirm the Service gets endpoints.")
    return R


@scenario("pharm-refill-rabbitmq-restart")
def s_pharm_refill_rabbitmq_restart():
    R = Rec("pharm-refill-rabbitmq-restart", "pharmacy", "Red Hat OpenShift", "lokistack", [2, 3, 4, 8, 9])
    R.recovers = True
    base = "ocp4.rxchain.internal"
    nodes = ["worker-%d.%s" % (i, base) for i in (0, 1, 2)]
    ns = "rx-notify"
    rem = R.lab(ns=ns, pod=R.pod("refill-reminder"), ctr="refill-reminder", app="refill-reminder", node=nodes[0])
    sms = R.lab(ns=ns, pod=R.pod("sms-gateway-adapter"), ctr="adapter", app="sms-gateway-adapter", node=nodes[1])
    mq = R.lab(ns=ns, pod="rx-bus-server-0", ctr="rabbitmq", app="rx-bus", node=nodes[2])
    op = R.lab(ns="rabbitmq-system", pod=R.pod("rabbitmq-cluster-operator"), ctr="operator",
               app="rabbitmq-cluster-operator", node=nodes[1])
    hrs = R.lab(ns="stores", pod=R.pod("store-hours-api"), ctr="api", app="store-hours-api", node=nodes[0])
    svc_ip = "172.30.%d.%d" % (R.rint(0, 255), R.rint(2, 250))
    erl = "<0.%d.0>" % R.rint(200, 900)

    def node_js(level, msg, **kw):
        d = OrderedDict([("level", level), ("time", "@ISO3Z@"), ("msg", msg)])
        d.update(kw)
        return jdump(d)
    R.question = "Refill reminder SMS were delayed this morning. What happened?"
    R.selector = sel(namespace=ns)
    R.add(rem, node_js("info", "queued refill reminders", count=120, region="midwest"))
    R.add(op, jdump(OrderedDict([("level", "info"), ("ts", "@ISO3Z@"), ("logger", "rabbitmqcluster-controller"),
                                 ("msg", "updated resource rx-bus-server of Type *v1.StatefulSet"),
                                 ("namespace", ns), ("name", "rx-bus")])))
    R.add(mq, "@RMQ@ [notice] <0.64.0> SIGTERM received - shutting down", gap=(2, 10), ev=True)
    R.add(mq, "@RMQ@ [info] <0.%d.0> Stopping RabbitMQ applications and their dependencies in the following "
              "order:" % R.rint(900, 2000), gap=(0.01, 0.1))
    R.add(sms, "@ISO3Z@ ERROR consumer channel closed: CONNECTION_FORCED - broker forced connection closure with "
               "reason 'shutdown'", gap=(0.1, 1), ev=True)
    R.add(rem, node_js("error", "AMQP connection error", err="connect ECONNREFUSED %s:5672" % svc_ip), gap=(1, 5),
          ev=True)
    R.add(hrs, '10.128.%d.%d - - [@NGINX@] "GET /v1/stores/0412/hours HTTP/1.1" 200 214 "-" "okhttp/4.12.0"'
          % (R.rint(0, 15), R.rint(2, 250)))
    R.add(rem, node_js("error", "AMQP connection error", err="connect ECONNREFUSED %s:5672" % svc_ip, attempt=3),
          gap=(10, 20), ev=True)
    R.add(rem, node_js("warn", "publish paused, buffering reminders in memory", buffered=360))
    R.add(mq, "@RMQ@ [info] %s Starting RabbitMQ 3.13.1 on Erlang 26.2.3 [jit]" % erl, gap=(20, 50))
    R.add(mq, "@RMQ@ [info] %s Server startup complete; 6 plugins started." % erl, gap=(8, 20))
    R.add(rem, node_js("info", "AMQP connection re-established, flushing buffer", buffered=360), gap=(1, 5))
    R.add(sms, "@ISO3Z@ INFO  consumer re-subscribed to queue refill.sms (prefetch 50)", gap=(0.5, 3))
    R.add(rem, node_js("info", "published buffered reminders", published=360, failed=0))
    R.add(sms, "@ISO3Z@ INFO  sent 360 SMS via provider, 0 errors", gap=(20, 60))
    R.add(hrs, '10.128.%d.%d - - [@NGINX@] "GET /v1/stores/1107/hours HTTP/1.1" 200 209 "-" "okhttp/4.12.0"'
          % (R.rint(0, 15), R.rint(2, 250)))
    R.expect("WARN", "connection_refused", "rx-bus",
             "The single-replica RabbitMQ broker rx-bus was restarted by the cluster operator after a StatefulSet "
             "update; while it was down its AMQP port refused connections, so refill-reminder could not publish.",
             "Refill reminders were delayed for about a minute (ECONNREFUSED to the broker, consumer connection "
             "forced closed); the broker came back, the buffered 360 reminders were published and sent with 0 "
             "errors.",
             "No action needed now; to avoid repeats, run rx-bus with 3 replicas (quorum queues) or schedule "
             "operator-driven restarts outside reminder windows.")
    return R



@scenario("pharm-cs-ledger-deadlocks")
def s_pharm_cs_ledger_deadlocks():
    R = Rec("pharm-cs-ledger-deadlocks", "pharmacy", "DigitalOcean DOKS", "fluentbit", [3, 4, 5, 6, 10])
    nodes = ["pool-rx-%s" % R.alnum(5, "abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(3)]
    ns = "cs-ledger"
    api = R.lab(ns=ns, pod=R.pod("cs-ledger-api"), ctr="api", app="cs-ledger-api", node=nodes[0])
    db = R.lab(ns=ns, pod="cs-ledger-mysql-0", ctr="mysql", app="cs-ledger-mysql", node=nodes[1])
    pos = R.lab(ns="pos", pod=R.pod("pharmacy-pos-gateway"), ctr="gateway", app="pharmacy-pos-gateway",
                node=nodes[2])
    fb = R.lab(ns="logging", pod=R.dspod("fluent-bit"), ctr="fluent-bit", app="fluent-bit", node=nodes[0])
    ndc = "%05d-%04d-%02d" % (R.rint(100, 99999), R.rint(1, 9999), R.rint(1, 99))
    thr = [R.rint(20, 400) for _ in range(3)]

    def dl(i):
        return ("@ISO6Z@ %d [Note] [MY-012468] [InnoDB] Transactions deadlock detected, dumping detailed "
                "information. (lock0lock.cc:6482)" % thr[i])

    def api_err(rx):
        return ("time=\"@ISOSZ@\" level=error msg=\"record dispense failed\" rx=%d ndc=%s schedule=CII "
                "error=\"Error 1213 (40001): Deadlock found when trying to get lock; try restarting transaction\""
                % (rx, ndc))
    R.question = "Schedule II dispenses are intermittently failing to record. Why?"
    R.selector = sel(namespace=ns)
    R.add(api, "time=\"@ISOSZ@\" level=info msg=\"dispense recorded\" rx=%d ndc=%s schedule=CII qty=30 store=0412"
          % (R.rint(1000000, 9999999), ndc))
    R.add(db, dl(0), gap=(5, 20), ev=True)
    R.add(db, "@ISO6Z@ %d [Note] [MY-012469] [InnoDB] *** (1) TRANSACTION:" % thr[0], gap=(0, 0.001))
    R.add(db, "@ISO6Z@ %d [Note] [MY-012469] [InnoDB] *** WE ROLL BACK TRANSACTION (2)" % thr[0], gap=(0, 0.002),
          ev=True)
    R.add(api, api_err(R.rint(1000000, 9999999)), gap=(0.01, 0.3), ev=True)
    R.add(api, "time=\"@ISOSZ@\" level=info msg=\"dispense recorded after retry\" attempt=2 store=0412")
    R.add(pos, "@ISO3Z@ INFO  label printed for Rx %d store=1107" % R.rint(1000000, 9999999))
    R.add(db, dl(1), gap=(10, 40), ev=True)
    R.add(api, api_err(R.rint(1000000, 9999999)), gap=(0.01, 0.3), ev=True)
    R.add(fb, "[@GOLOG@] [ info] [input:tail:tail.0] inotify_fs_add(): inode=%d watch_fd=%d name=/var/log/"
              "containers/%s_%s_api-%s.log" % (R.rint(100000, 999999), R.rint(10, 60), api["kubernetes_pod_name"],
                                              ns, R.hexs(64)))
    R.add(api, "time=\"@ISOSZ@\" level=error msg=\"dispense rejected after 3 deadlock retries, pharmacist must "
               "re-scan\" rx=%d store=0218" % R.rint(1000000, 9999999))
    R.add(db, "@ISO6Z@ %d [Warning] [MY-010055] [Server] IP address '10.244.%d.%d' could not be resolved: Name or "
              "service not known" % (R.rint(20, 400), R.rint(0, 9), R.rint(2, 250)))
    R.add(db, dl(2), gap=(10, 40), ev=True)
    R.add(api, api_err(R.rint(1000000, 9999999)), gap=(0.01, 0.3), ev=True)
    R.add(pos, "@ISO3Z@ ERROR CII dispense not recorded for Rx %d store=0218, blocking label print"
          % R.rint(1000000, 9999999))
    R.add(api, "time=\"@ISOSZ@\" level=info msg=\"perpetual inventory snapshot\" stores=412 skew_checks=0")
    R.expect("ERROR", "database", "cs-ledger-mysql",
             "Concurrent Schedule II dispense transactions update the same perpetual-inventory rows in different "
             "orders, so InnoDB in cs-ledger-mysql keeps detecting deadlocks and rolls one transaction back "
             "(error 1213).",
             "Controlled-substance dispenses intermittently fail to record because of repeated InnoDB deadlocks; "
             "some succeed on retry, others are rejected after 3 retries and block label printing.",
             "Make the dispense transaction lock inventory rows in a consistent order (or lock the store row first), "
             "keep transactions short, and keep retry-on-1213; review the InnoDB deadlock dumps for the statements.")
    return R


@scenario("pharm-fulfil-workers-pending")
def s_pharm_fulfil_workers_pending():
    R = Rec("pharm-fulfil-workers-pending", "pharmacy", "Google GKE", "gcp", [1, 2, 3, 10, 11, 12])
    R.event_formats.append("GKE Cloud Logging events (logs/events)")
    w = dict(project="rxchain-central", location="us-central1", cluster="rx-fulfil-usc1")
    nodes = ["gke-rx-fulfil-usc1-highmem-%s-%s" % (R.hexs(8), R.alnum(4, "abcdefghijklmnopqrstuvwxyz0123456789"))
             for _ in range(3)]
    ns = "fulfillment"
    wk = R.lab(ns=ns, pod=R.pod("dispense-queue-worker"), ctr="worker", app="dispense-queue-worker", node=nodes[0],
               **w)
    rt = R.lab(ns=ns, pod=R.pod("order-router"), ctr="router", app="order-router", node=nodes[1], **w)
    cf = R.lab(ns=ns, pod=R.pod("central-fill-api"), ctr="api", app="central-fill-api", node=nodes[2], **w)
    keda = R.lab(ns="keda", pod=R.pod("keda-operator"), ctr="keda-operator", app="keda-operator", node=nodes[1],
                 **dict(w))
    pend = [R.pod("dispense-queue-worker") for _ in range(3)]
    wns = dict(w, ns=ns)
    fs_msg = ("0/6 nodes are available: 6 Insufficient memory. preemption: 0/6 nodes are available: 6 No "
              "preemption victims found for incoming pod.")
    R.question = "The central-fill dispense queue keeps growing. Why are the extra workers not helping?"
    R.selector = sel(namespace=ns, app="dispense-queue-worker")
    R.add(keda, "@ISO3Z@\tINFO\tscaleexecutor\tSuccessfully updated ScaleTarget\t" + jdump(OrderedDict([
        ("scaledobject.Name", "dispense-queue-worker"), ("scaledObject.Namespace", ns),
        ("scaleTarget.Name", "dispense-queue-worker"), ("Original Replicas Count", 4), ("New Replicas Count", 12)])))
    R.add(gcp_event_labels(wns, "Pod", pend[0], "FailedScheduling"), fs_msg, gap=(0.5, 2), ev=True)
    R.add(gcp_event_labels(wns, "Pod", pend[0], "NotTriggerScaleUp", "Normal"),
          "pod didn't trigger scale-up: 1 max node group size reached", gap=(5, 15), ev=True)
    R.add(wk, jdump({"severity": "INFO", "time": "@ISO3Z@", "message": "order dispensed", "order": R.rint(10 ** 6, 10 ** 7),
                     "site": "DC-3", "lines": R.rint(1, 6)}))
    R.add(rt, jdump({"severity": "WARNING", "time": "@ISO3Z@", "message": "dispense queue depth above SLA",
                     "depth": 1840, "sla": 500}))
    R.add(gcp_event_labels(wns, "Pod", pend[1], "FailedScheduling"), fs_msg, ev=True)
    R.add(wk, jdump({"severity": "INFO", "time": "@ISO3Z@", "message": "order dispensed", "order": R.rint(10 ** 6, 10 ** 7),
                     "site": "DC-3", "lines": R.rint(1, 6)}))
    R.add(cf, '10.60.%d.%d - - [@NGINX@] "GET /v1/sites/DC-3/capacity HTTP/1.1" 200 188 "-" "order-router/2.4"'
          % (R.rint(0, 9), R.rint(2, 250)))
    R.add(gcp_event_labels(wns, "Pod", pend[2], "NotTriggerScaleUp", "Normal"),
          "pod didn't trigger scale-up: 1 max node group size reached", gap=(30, 90), ev=True)
    R.add(rt, jdump({"severity": "WARNING", "time": "@ISO3Z@", "message": "orders at risk of SLA breach",
                     "older_than_min": 15, "count": 212}))
    R.add(wk, jdump({"severity": "INFO", "time": "@ISO3Z@", "message": "pubsub ack retry succeeded", "attempt": 2}))
    R.add(gcp_event_labels(wns, "Pod", pend[1], "FailedScheduling"), fs_msg, gap=(30, 90), ev=True)
    R.add(keda, "@ISO3Z@\tINFO\tscaleexecutor\tScaleTarget already at desired replicas\t" + jdump(OrderedDict([
        ("scaledobject.Name", "dispense-queue-worker"), ("Replicas Count", 12), ("Ready Replicas", 4)])))
    R.add(rt, jdump({"severity": "ERROR", "time": "@ISO3Z@", "message": "orders delayed beyond 30 minutes",
                     "region": "region-7", "count": 57}), gap=(30, 120))
    R.add(wk, jdump({"severity": "INFO", "time": "@ISO3Z@", "message": "order dispensed", "order": R.rint(10 ** 6, 10 ** 7),
                     "site": "DC-3", "lines": R.rint(1, 6)}))
    R.expect("ERROR", "scheduling", "dispense-queue-worker",
             "KEDA scales dispense-queue-worker from 4 to 12 replicas, but the 8 new pods cannot be scheduled: all "
             "6 nodes have insufficient memory for their requests and the cluster autoscaler cannot add nodes "
             "because the node pool is at its maximum size.",
             "Extra dispense workers stay Pending (Insufficient memory, max node group size reached), only 4 "
             "workers run and the central-fill queue and SLA breaches keep growing.",
             "Raise the node pool's autoscaling maximum (or add a pool), or lower the worker memory requests; then "
             "confirm the pending pods schedule and the queue drains.")
    return R


@scenario("pharm-eligibility-payer-slow")
def s_pharm_eligibility_payer_slow():
    R = Rec("pharm-eligibility-payer-slow", "pharmacy", "Rancher-managed RKE1", "promtail", [1, 2, 3, 4, 5, 6])
    R.recovers = True
    nodes = ["rancher-node-%02d" % i for i in (3, 4, 5)]
    ns = "insurance"
    el = R.lab(ns=ns, pod=R.pod("insurance-eligibility"), ctr="eligibility", app="insurance-eligibility",
               node=nodes[0])
    pos = R.lab(ns="pos", pod=R.pod("pharmacy-pos-gateway"), ctr="gateway", app="pharmacy-pos-gateway", node=nodes[1])
    ing = R.lab(ns="ingress-nginx", pod=R.dspod("nginx-ingress-controller"), ctr="nginx-ingress-controller",
                app="ingress-nginx", node=nodes[2])
    cc = R.lab(ns=ns, pod=R.pod("copay-card-service"), ctr="copay", app="copay-card-service", node=nodes[1])
    url = "https://rtgw.claimswitch.net/ncpdp/e1"
    ups = "insurance-insurance-eligibility-8080"

    def ok(ms):
        return ("time=\"@ISOSZ@\" level=info msg=\"E1 eligibility check ok\" bin=%06d latency_ms=%d"
                % (R.rint(1, 999999), ms))

    def to():
        return ("time=\"@ISOSZ@\" level=error msg=\"E1 request failed\" bin=%06d error=\"Post \\\"%s\\\": context "
                "deadline exceeded (Client.Timeout exceeded while awaiting headers)\"" % (R.rint(1, 999999), url))
    R.question = "Coverage previews at checkout were failing for a few minutes. What happened?"
    R.selector = sel(namespace=ns)
    R.add(el, ok(R.rint(300, 700)))
    R.add(el, "time=\"@ISOSZ@\" level=warning msg=\"payer gateway slow\" latency_ms=8123 threshold_ms=3000",
          gap=(10, 30), ev=True)
    R.add(el, to(), gap=(2, 8), ev=True)
    R.add(pos, "@ISO3Z@ WARN  eligibility timeout for checkout at store 0412, continuing without coverage preview")
    R.add(ing, nginx_ingress(R, "/v1/eligibility", "POST", 504, 160, 10.001, ups, "10.001", 504,
                             ua="pos-gateway/5.2"), gap=(1, 3), ev=True)
    R.add(el, to(), gap=(5, 15), ev=True)
    R.add(cc, "@ISO3Z@ info copay card lookup ok program=RXSAVE-%d" % R.rint(100, 999))
    R.add(el, "time=\"@ISOSZ@\" level=warning msg=\"circuit breaker open\" target=rtgw.claimswitch.net "
              "failures=5 window=60s", ev=True)
    R.add(pos, "@ISO3Z@ WARN  coverage preview unavailable, 9 checkouts affected in last 2m")
    R.add(el, "time=\"@ISOSZ@\" level=info msg=\"circuit breaker half-open, probing payer gateway\"", gap=(30, 40))
    R.add(el, ok(R.rint(600, 900)), gap=(0.5, 1.5))
    R.add(el, "time=\"@ISOSZ@\" level=info msg=\"circuit breaker closed\" target=rtgw.claimswitch.net")
    R.add(pos, "@ISO3Z@ INFO  coverage preview restored")
    R.add(ing, nginx_ingress(R, "/v1/eligibility", "POST", 200, 931, 0.512, ups, "0.511", 200,
                             ua="pos-gateway/5.2"))
    R.add(el, ok(R.rint(300, 500)), gap=(10, 40))
    R.add(cc, "@ISO3Z@ info nightly program sync pending, 0 errors so far")
    R.expect("WARN", "timeout", "insurance-eligibility",
             "The payer real-time gateway (rtgw.claimswitch.net) slowed down past the eligibility client's timeout, "
             "so E1 requests failed with context deadline exceeded and the ingress returned 504 until the gateway "
             "recovered.",
             "For a few minutes insurance-eligibility timed out against the payer gateway and opened its circuit "
             "breaker; checkouts continued without coverage previews. Latency returned to normal and the breaker "
             "closed.",
             "No action needed; if it recurs, check the payer gateway status and consider caching recent "
             "eligibility responses.")
    return R


@scenario("pharm-label-render-oom")
def s_pharm_label_render_oom():
    R = Rec("pharm-label-render-oom", "pharmacy", "kubeadm", "filebeat", [2, 3, 4, 9, 10])
    R.event_formats.append("kubernetes-event-exporter JSON")
    node = "k8s-w%02d.pharm.lan" % R.rint(1, 6)
    node2 = "k8s-w%02d.pharm.lan" % R.rint(7, 9)
    short = node.split(".")[0]
    ns = "rx-labels"
    lpod = R.pod("label-render")
    lr = R.lab(ns=ns, pod=lpod, ctr="label-render", app="label-render", node=node)
    sp = R.lab(ns=ns, pod=R.pod("rx-print-spooler"), ctr="spooler", app="rx-print-spooler", node=node2)
    hrs = R.lab(ns="stores", pod=R.pod("store-hours-api"), ctr="api", app="store-hours-api", node=node2)
    kee = R.lab(ns="monitoring", pod=R.pod("event-exporter"), ctr="event-exporter", app="event-exporter", node=node2)
    sysl = OrderedDict([("data_stream.dataset", "system.syslog"), ("host.name", short), ("log.file.path",
                                                                                         "/var/log/syslog")])
    def kern(msg):
        return "@SYSLOG@ %s kernel: %s" % (short, msg)
    R.question = "Prescription labels are not printing at several stores. What is wrong with label-render?"
    R.selector = sel(namespace=ns, app="label-render")
    R.add(lr, "Picked up JAVA_TOOL_OPTIONS: -Xms1g -Xmx1g -XX:MaxDirectMemorySize=256m -XX:+UseG1GC", ev=True)
    R.add(lr, "@SP3@  INFO 1 --- [           main] c.r.labels.LabelRenderApplication       : Started "
              "LabelRenderApplication in 11.204 seconds (process running for 12.1)", gap=(10, 13))
    R.add(lr, "@SP3@  INFO 1 --- [nio-8080-exec-2] c.r.labels.BatchRenderer                : rendering batch "
              "of 240 labels (PDF, 300dpi) for store 0331", gap=(20, 60))
    R.add(hrs, '10.244.%d.%d - - [@NGINX@] "GET /v1/stores/0331/hours HTTP/1.1" 200 214 "-" "okhttp/4.12.0"'
          % (R.rint(0, 9), R.rint(2, 250)))
    R.add(sysl, kern("java invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=936"),
          gap=(5, 20), ev=True)
    R.add(sysl, kern("memory: usage 1048576kB, limit 1048576kB, failcnt 4821"), gap=(0, 0.001), ev=True)
    R.add(sysl, kern("Memory cgroup out of memory: Killed process %d (java) total-vm:4712344kB, "
                     "anon-rss:1031212kB, file-rss:18820kB, shmem-rss:0kB, UID:10001 pgtables:2592kB "
                     "oom_score_adj:936" % R.rint(2000, 9000)), gap=(0, 0.001), ev=True)
    R.add(kee, ev_kee("Pod", ns, lpod, "BackOff", "Back-off restarting failed container label-render in pod "
                      "%s_%s(%s)" % (lpod, ns, R.uuid()), host=node, count=2), gap=(10, 30), ev=True)
    R.add(sp, "@SP3@  WARN 1 --- [   scheduling-1] c.r.spool.QueueMonitor                  : 45 label jobs "
              "waiting on label-render")
    R.add(lr, "Picked up JAVA_TOOL_OPTIONS: -Xms1g -Xmx1g -XX:MaxDirectMemorySize=256m -XX:+UseG1GC", gap=(10, 40))
    R.add(lr, "@SP3@  INFO 1 --- [           main] c.r.labels.LabelRenderApplication       : Started "
              "LabelRenderApplication in 10.877 seconds (process running for 11.8)", gap=(10, 13))
    R.add(sysl, kern("Memory cgroup out of memory: Killed process %d (java) total-vm:4709812kB, "
                     "anon-rss:1030448kB, file-rss:18644kB, shmem-rss:0kB, UID:10001 pgtables:2588kB "
                     "oom_score_adj:936" % R.rint(9001, 16000)), gap=(30, 90), ev=True)
    R.add(kee, ev_kee("Pod", ns, lpod, "BackOff", "Back-off restarting failed container label-render in pod "
                      "%s_%s(%s)" % (lpod, ns, R.uuid()), host=node, count=3), gap=(10, 30), ev=True)
    R.add(sp, "@SP3@ ERROR 1 --- [   scheduling-1] c.r.spool.QueueMonitor                  : store 0331: 45 "
              "prescription labels not printed after 10 minutes")
    R.add(hrs, '10.244.%d.%d - - [@NGINX@] "GET /v1/stores/0218/hours HTTP/1.1" 200 209 "-" "okhttp/4.12.0"'
          % (R.rint(0, 9), R.rint(2, 250)))
    R.add(sp, "@SP3@  INFO 1 --- [   scheduling-1] c.r.spool.PrinterStatus                 : 212 printers "
              "online, 0 errors")
    R.expect("CRITICAL", "oom_killed", "label-render",
             "label-render runs the JVM with -Xmx1g plus 256m direct memory inside a 1Gi container limit, so "
             "heap plus off-heap memory exceeds the cgroup limit while rendering large PDF batches and the kernel "
             "OOM-kills java.",
             "label-render is in an OOM-kill restart loop (memory cgroup out of memory, BackOff); prescription "
             "label jobs pile up in the spooler and stores cannot print labels.",
             "Raise the container memory limit (for example 2Gi) or size the heap from the limit "
             "(-XX:MaxRAMPercentage=70, drop the fixed -Xmx1g); confirm the restarts stop and the spool drains.")
    return R



@scenario("pharm-erx-hub-unknown-ca")
def s_pharm_erx_hub_unknown_ca():
    R = Rec("pharm-erx-hub-unknown-ca", "pharmacy", "Linode LKE", "vector", [5, 6, 7, 8])
    cid, pool = R.rint(100000, 149999), R.rint(150000, 199999)
    nodes = ["lke%d-%d-%s" % (cid, pool, R.hexs(12)) for _ in range(2)]
    ns = "erx"
    con = R.lab(ns=ns, pod=R.pod("erx-hub-connector"), ctr="connector", app="erx-hub-connector", node=nodes[0])
    pos = R.lab(ns="pos", pod=R.pod("pharmacy-pos-gateway"), ctr="gateway", app="pharmacy-pos-gateway", node=nodes[1])
    cm = R.lab(ns="cert-manager", pod=R.pod("cert-manager"), ctr="cert-manager-controller", app="cert-manager",
               node=nodes[1])
    vec = R.lab(ns="vector", pod=R.dspod("vector"), ctr="vector", app="vector", node=nodes[0])
    ops = R.lab(ns="ops", pod=R.pod("pharmacy-ops-dashboard"), ctr="web", app="pharmacy-ops-dashboard", node=nodes[1])
    hub = "hub.erxnet-exchange.com"

    def tls_err(op, path):
        return jdump(OrderedDict([
            ("level", "error"), ("time", "@ISO3Z@"), ("msg", op + " failed"),
            ("error", "Post \"https://%s%s\": tls: failed to verify certificate: x509: certificate signed by "
                      "unknown authority (possibly because of \"crypto/rsa: verification error\" while trying to "
                      "verify candidate authority certificate \"ErxNet Issuing CA G2\")" % (hub, path))]))
    R.question = "Stores stopped receiving e-prescriptions. What broke?"
    R.selector = sel(namespace=ns)
    R.add(con, jdump({"level": "info", "time": "@ISO3Z@", "msg": "using CA bundle", "path": "/etc/erx-hub-ca/ca.pem",
                      "certs": 1, "subject": "CN=ErxNet Issuing CA G2,O=ErxNet Exchange"}), ev=True)
    R.add(con, jdump({"level": "info", "time": "@ISO3Z@", "msg": "polling hub inbox", "mailbox": "store-0412"}))
    R.add(con, tls_err("inbox poll", "/v2/mailbox/store-0412/poll"), gap=(0.1, 0.8), ev=True)
    R.add(con, jdump({"level": "warn", "time": "@ISO3Z@", "msg": "inbox poll failed, backing off", "backoff": "30s"}))
    R.add(pos, "@ISO3Z@ INFO  GET /v1/stores/0412/queue 200 8ms")
    R.add(con, tls_err("inbox poll", "/v2/mailbox/store-1107/poll"), gap=(25, 35), ev=True)
    R.add(cm, "I@KLOG@       1 trigger_controller.go:215] \"Not re-issuing certificate as conditions are satisfied\" "
              "logger=\"cert-manager.certificates-trigger\" key=\"erx/erx-internal-tls\"")
    R.add(vec, "@ISO6Z@  INFO vector::topology::running: Running healthchecks.")
    R.add(con, tls_err("RxRenewalResponse send", "/v2/messages"), gap=(5, 20), ev=True)
    R.add(pos, "@ISO3Z@ WARN  store 0412: no e-prescriptions received in 25m (usual rate 6 per 10m)", gap=(20, 60))
    R.add(ops, '10.2.%d.%d - - [@NGINX@] "GET /dashboards/erx HTTP/1.1" 200 5120 "-" "Mozilla/5.0"'
          % (R.rint(0, 9), R.rint(2, 250)))
    R.add(con, tls_err("inbox poll", "/v2/mailbox/store-0218/poll"), gap=(20, 40), ev=True)
    R.add(con, jdump({"level": "warn", "time": "@ISO3Z@", "msg": "inbox poll failed, backing off", "backoff": "60s"}))
    R.add(pos, "@ISO3Z@ ERROR RxRenewalResponse for Rx %d not delivered to prescriber (hub unreachable)"
          % R.rint(1000000, 9999999))
    R.add(ops, '10.2.%d.%d - - [@NGINX@] "GET /api/alerts?open=true HTTP/1.1" 200 733 "-" "Mozilla/5.0"'
          % (R.rint(0, 9), R.rint(2, 250)))
    R.expect("ERROR", "tls_certificate", "erx-hub-connector",
             "erx-hub-connector pins a CA bundle containing only 'ErxNet Issuing CA G2'; the e-prescription hub now "
             "presents a certificate chain that does not verify against it, so every TLS handshake fails with "
             "x509: certificate signed by unknown authority.",
             "The connector cannot poll store mailboxes or send renewal responses to the e-prescription hub "
             "(x509 unknown authority); stores receive no new e-prescriptions.",
             "Update the erx-hub-ca bundle (ConfigMap/Secret) with the hub's current issuing/root CA from the "
             "network's published chain, restart the connector and check polling resumes.")
    return R


@scenario("pharm-reminder-configmap-key")
def s_pharm_reminder_configmap_key():
    R = Rec("pharm-reminder-configmap-key", "pharmacy", "Scaleway Kapsule", "alloy", [3, 4, 5, 9, 10])
    R.event_formats.append("Grafana Alloy loki.source.kubernetes_events (logfmt)")
    cluster = "k8s-ams-rx"
    nodes = ["scw-k8s-ams-rx-pool-std-%s" % R.hexs(32) for _ in range(2)]
    ns = "rx-notify"
    evl = alloy_event_labels(ns, cluster)
    new_pod = R.pod("refill-reminder")
    old = R.lab(cluster=cluster, ns=ns, pod=R.pod("refill-reminder"), ctr="reminder", app="refill-reminder",
                node=nodes[0])
    flux = R.lab(cluster=cluster, ns="flux-system", pod=R.pod("kustomize-controller"), ctr="manager",
                 app="kustomize-controller", node=nodes[1])
    tmpl = R.lab(cluster=cluster, ns=ns, pod=R.pod("notify-templates"), ctr="api", app="notify-templates",
                 node=nodes[1])
    rv = R.rint(10 ** 7, 10 ** 8)
    err = "Error: couldn't find key SMS_SENDER_ID in ConfigMap rx-notify/refill-reminder-config"
    R.question = "The refill-reminder deployment never finishes rolling out. What is wrong?"
    R.selector = sel(namespace=ns, app="refill-reminder")
    R.add(flux, jdump(OrderedDict([("level", "info"), ("ts", "@ISO3Z@"), ("msg", "server-side apply completed"),
                                   ("controller", "kustomization"), ("namespace", "flux-system"), ("name", "rx-notify"),
                                   ("output", OrderedDict([("ConfigMap/rx-notify/refill-reminder-config", "configured"),
                                                           ("Deployment/rx-notify/refill-reminder", "configured")]))])),
          ev=True)
    R.add(evl, ev_alloy("Deployment", "refill-reminder", "ScalingReplicaSet", "Scaled up replica set %s to 1"
                        % new_pod.rsplit("-", 1)[0], etype="Normal", component="deployment-controller", rv=rv),
          gap=(0.2, 1))
    R.add(evl, ev_alloy("Pod", new_pod, "Scheduled", "Successfully assigned %s/%s to %s" % (ns, new_pod, nodes[1]),
                        etype="Normal", component="default-scheduler", rv=rv + R.rint(1, 9)))
    R.add(evl, ev_alloy("Pod", new_pod, "Pulled", "Container image \"rg.nl-ams.scw.cloud/rxchain/refill-reminder:"
                        "2.7.0\" already present on machine", etype="Normal", host=nodes[1], rv=rv + R.rint(10, 19)),
          gap=(1, 3))
    R.add(evl, ev_alloy("Pod", new_pod, "Failed", err, host=nodes[1], rv=rv + R.rint(20, 29)), gap=(0, 0.05), ev=True)
    R.add(old, "@ISO3Z@ INFO  sent 48 refill reminders via sms, 0 failed")
    R.add(evl, ev_alloy("Pod", new_pod, "Failed", err, host=nodes[1], rv=rv + R.rint(30, 49)), gap=(10, 40), ev=True)
    R.add(tmpl, "@ISO3Z@ INFO  GET /v1/templates/refill_due?locale=es-US 200 3ms")
    R.add(old, "@ISO3Z@ INFO  next reminder window at top of hour, 212 patients due")
    R.add(evl, ev_alloy("Pod", new_pod, "Failed", err, host=nodes[1], rv=rv + R.rint(50, 69)), gap=(60, 180), ev=True)
    R.add(flux, jdump(OrderedDict([
        ("level", "error"), ("ts", "@ISO3Z@"), ("msg", "Reconciliation failed after 5m0.01s, next try in 10m0s"),
        ("controller", "kustomization"), ("namespace", "flux-system"), ("name", "rx-notify"),
        ("error", "health check failed after 5m0.006s: timeout waiting for: [Deployment/rx-notify/refill-reminder "
                  "status: 'InProgress']")])), gap=(60, 120))
    R.add(old, "@ISO3Z@ INFO  sent 52 refill reminders via sms, 0 failed")
    R.add(evl, ev_alloy("Pod", new_pod, "Failed", err, host=nodes[1], rv=rv + R.rint(70, 99)), gap=(30, 90), ev=True)
    R.add(tmpl, "@ISO3Z@ WARN  template cache miss for refill_due/pt-BR, loaded from store")
    R.add(old, "@ISO3Z@ INFO  sms provider latency p95=420ms")
    R.expect("ERROR", "config_error", "refill-reminder",
             "The Flux-applied change to ConfigMap rx-notify/refill-reminder-config no longer contains the key "
             "SMS_SENDER_ID that the new refill-reminder pod references via configMapKeyRef, so the container "
             "cannot be created (CreateContainerConfigError).",
             "The refill-reminder rollout is stuck: the new pod fails with 'couldn't find key SMS_SENDER_ID in "
             "ConfigMap' and Flux's health check times out; the old pod keeps sending reminders.",
             "Restore SMS_SENDER_ID in the refill-reminder-config ConfigMap in Git (or mark the key optional), let "
             "Flux reconcile, and confirm the new pod starts.")
    return R


@scenario("pharm-scan-store-fd-exhausted")
def s_pharm_scan_store_fd_exhausted():
    R = Rec("pharm-scan-store-fd-exhausted", "pharmacy", "Talos Linux", "otel", [2, 3, 4, 9, 10])
    cluster = "talos-rx-docs"
    nodes = ["talos-w%d-rx" % i for i in (1, 2, 3)]
    ns = "rx-docs"
    img = R.lab(cluster=cluster, ns=ns, pod=R.pod("prescription-image-service"), ctr="server",
                app="prescription-image-service", node=nodes[0])
    ocr = R.lab(cluster=cluster, ns=ns, pod=R.pod("ocr-worker"), ctr="worker", app="ocr-worker", node=nodes[1])
    ui = R.lab(cluster=cluster, ns=ns, pod=R.pod("pharmacist-ui"), ctr="nginx", app="pharmacist-ui", node=nodes[2])
    mn = R.lab(cluster=cluster, ns=ns, pod="minio-0", ctr="minio", app="minio", node=nodes[2])

    def zap(level, caller, msg, **kw):
        d = OrderedDict([("level", level), ("ts", "@EPOCH3@"), ("caller", caller), ("msg", msg)])
        d.update(kw)
        return jdump(d)

    def accept_err():
        return "@GOLOG@ http: Accept error: accept tcp [::]:8080: accept4: too many open files; retrying in 1s"
    R.question = "Why are prescription scan previews failing?"
    R.selector = sel(namespace=ns, app="prescription-image-service")
    R.add(img, zap("info", "server/upload.go:88", "stored scan", rx=R.rint(10 ** 6, 10 ** 7), bytes=R.rint(200000, 900000)))
    R.add(img, zap("info", "server/main.go:61", "limits", rlimit_nofile_soft=4096, rlimit_nofile_hard=4096))
    R.add(img, zap("warn", "server/fdwatch.go:33", "file descriptor usage high", open_fds=3870, limit=4096),
          gap=(20, 60), ev=True)
    R.add(img, zap("info", "objstore/pool.go:120", "pool stats", open=3861, idle=3852, max_idle_per_host=0),
          ev=True)
    R.add(img, accept_err(), gap=(10, 40), ev=True)
    R.add(ocr, "@ISO3Z@ ERROR fetch scan failed: Get \"http://prescription-image-service.rx-docs:8080/v1/scans/%d\": "
               "read tcp 10.244.%d.%d:51522->10.96.%d.%d:8080: read: connection reset by peer"
          % (R.rint(10 ** 6, 10 ** 7), R.rint(0, 9), R.rint(2, 250), R.rint(0, 255), R.rint(2, 250)))
    R.add(img, zap("error", "server/upload.go:97", "store scan failed", rx=R.rint(10 ** 6, 10 ** 7),
                   error="open /scratch/ocr/%s.tiff: too many open files" % R.hexs(12)), ev=True)
    R.add(mn, "API: SYSTEM() healthcheck ok, drives online 4/4")
    R.add(ui, '10.244.%d.%d - - [@NGINX@] "GET /rx/%d/scan HTTP/1.1" 502 157 "-" "Mozilla/5.0"'
          % (R.rint(0, 9), R.rint(2, 250), R.rint(10 ** 6, 10 ** 7)))
    R.add(img, accept_err(), gap=(1, 1.2), ev=True)
    R.add(img, zap("warn", "server/fdwatch.go:33", "file descriptor usage high", open_fds=4096, limit=4096),
          gap=(10, 30), ev=True)
    R.add(ocr, "@ISO3Z@ INFO  fetch scan retry succeeded (attempt 2)")
    R.add(ui, '10.244.%d.%d - - [@NGINX@] "GET /rx/%d/scan HTTP/1.1" 502 157 "-" "Mozilla/5.0"'
          % (R.rint(0, 9), R.rint(2, 250), R.rint(10 ** 6, 10 ** 7)))
    R.add(img, accept_err(), gap=(5, 30), ev=True)
    R.add(ocr, "@ISO3Z@ ERROR OCR batch incomplete: 17 of 40 scans could not be fetched")
    R.add(mn, "API: SYSTEM() healthcheck ok, drives online 4/4")
    R.expect("ERROR", "resource_exhausted", "prescription-image-service",
             "prescription-image-service exhausts its 4096 file-descriptor limit: its object-store client keeps "
             "thousands of connections open (idle connections never closed), so accept() and file opens fail "
             "with 'too many open files'.",
             "The scan service cannot accept connections or open scratch files (EMFILE); scan previews return 502 "
             "and OCR batches cannot fetch scans.",
             "Restart the service to release descriptors now; fix the object-store client to close response "
             "bodies / bound idle connections, and raise RLIMIT_NOFILE if needed.")
    return R



@scenario("pharm-healthy-nightly-reconcile")
def s_pharm_healthy_nightly_reconcile():
    R = Rec("pharm-healthy-nightly-reconcile", "pharmacy", "OVHcloud Managed Kubernetes", "datadog", [2, 5, 8, 10])
    R.event_formats.append("kubernetes-event-exporter JSON")
    cluster = "ovh-rx-bhs5"
    nodes = ["nodepool-rx-node-%s" % R.hexs(6) for _ in range(3)]
    job = "cs-reconcile-%d" % R.rint(29000000, 29999999)
    rc = R.lab(cluster=cluster, ns="cs-ledger", pod="%s-%s" % (job, R.alnum(5)), ctr="reconcile", app="cs-reconcile",
               node=nodes[0], cronjob="cs-reconcile")
    dd_ = R.lab(cluster=cluster, ns="drug-data", pod="drug-db-update-%d-%s" % (R.rint(29000000, 29999999),
                                                                                R.alnum(5)),
                ctr="update", app="drug-db-update", node=nodes[1], cronjob="drug-db-update")
    cb = R.lab(cluster=cluster, ns="insurance", pod=R.pod("claims-batch"), ctr="batch", app="claims-batch",
               node=nodes[2])
    rem = R.lab(cluster=cluster, ns="rx-notify", pod=R.pod("refill-reminder"), ctr="reminder", app="refill-reminder",
                node=nodes[1])
    pos = R.lab(cluster=cluster, ns="pos", pod=R.pod("pharmacy-pos-gateway"), ctr="gateway",
                app="pharmacy-pos-gateway", node=nodes[2])
    pg = R.lab(cluster=cluster, ns="cs-ledger", pod="pgbackrest-repo-host-0", ctr="pgbackrest", app="pgbackrest",
               node=nodes[0], source="postgresql")
    agent = R.lab(cluster=cluster, ns="datadog", pod=R.dspod("datadog-agent"), ctr="agent", app="datadog-agent",
                  node=nodes[0], source="agent")
    kee = R.lab(cluster=cluster, ns="monitoring", pod=R.pod("event-exporter"), ctr="event-exporter",
                app="event-exporter", node=nodes[2], source="kubernetes.events")
    R.question = "Did the overnight pharmacy batch jobs run cleanly?"
    R.selector = None
    R.add(rc, "@ISO3Z@ INFO  nightly CII reconciliation started: 412 stores")
    R.add(rc, "@ISO3Z@ WARN  store 0218: 2 inbound transfers in transit (DEA 222 received, awaiting receipt scan)",
          gap=(20, 60))
    R.add(dd_, "@ISO3Z@ INFO  applying weekly drug file: 1204 NDC changes, 37 obsoleted")
    R.add(dd_, "@ISO3Z@ WARN  NDC 00093-%04d-01 obsoleted by labeler; 3 stores still stock it, flagged for review"
          % R.rint(1, 9999))
    R.add(cb, "@ISO3Z@ INFO  reversal batch 7 submitted: 18 claims")
    R.add(cb, "@ISO3Z@ WARN  payer returned 503 for batch 7, retrying in 20s", gap=(1, 5))
    R.add(cb, "@ISO3Z@ INFO  retry succeeded, batch 7 accepted (18/18)", gap=(20, 22))
    R.add(agent, "@SPS@ UTC | CORE | INFO | (pkg/collector/worker/check_logger.go:71 in CheckFinished) | "
                 "check:kubernetes_state_core | Done running check")
    R.add(rc, "@ISO3Z@ INFO  reconciliation finished: 412 stores, 0 discrepancies, 2 in transit", gap=(60, 200))
    R.add(kee, ev_kee("Job", "cs-ledger", job, "Completed", "Job completed", etype="Normal",
                      component="job-controller"), gap=(1, 5))
    R.add(rem, "@ISO3Z@ INFO  quiet hours active (21:00-08:00 store local): 0 SMS sent, 340 deferred")
    R.add(pos, "@ISO3Z@ WARN  store 0977 offline: store closed per schedule, heartbeat alarm suppressed")
    R.add(pg, "@SP3@ P00   INFO: backup command end: completed successfully (%dms)" % R.rint(300000, 900000),
          gap=(30, 120))
    R.add(dd_, "@ISO3Z@ INFO  drug file applied, 0 errors, search index rebuilt in 41s", gap=(20, 60))
    R.add(kee, ev_kee("CronJob", "cs-ledger", "cs-reconcile", "SawCompletedJob",
                      "Saw completed job: %s, status: Complete" % job, etype="Normal",
                      component="cronjob-controller"), gap=(1, 10))
    R.add(cb, "@ISO3Z@ INFO  reversal batches done: 9 batches, 162 claims, 0 rejected")
    R.expect("INFO", "none", "",
             "No incident: nightly reconciliation, drug-file update, claims reversal batches and backups all "
             "completed; the 503 was retried successfully and the other warnings are expected business states.",
             "Overnight pharmacy jobs ran cleanly: 0 controlled-substance discrepancies, drug file applied, claim "
             "batches accepted after one payer retry, backup completed; deferred SMS and a closed store are "
             "scheduled behaviour.",
             "Nothing to do; review the obsoleted NDC flagged for three stores during business hours.")
    return R


@scenario("pharm-healthy-robots-and-reminders")
def s_pharm_healthy_robots_and_reminders():
    R = Rec("pharm-healthy-robots-and-reminders", "pharmacy", "Azure AKS", "azure", [3, 6, 9, 12])
    R.event_formats.append("Azure Monitor KubeEvents")
    node = "aks-rxapps-%d-vmss%06d" % (R.rint(10000000, 99999999), R.rint(0, 4))
    rid = ("/subscriptions/%s/resourceGroups/rg-rx-stores/providers/Microsoft.ContainerService/"
           "managedClusters/aks-rx-stores" % R.uuid())

    def L(app, ctr, ns, pod=None):
        return R.lab(ns=ns, pod=pod or R.pod(app), ctr=ctr, app=app, node=node, resource_id=rid)
    rem_pod = R.pod("refill-reminder")
    rem = L("refill-reminder", "reminder", "rx-notify", rem_pod)
    rob = L("robot-fleet-monitor", "monitor", "dispensing")
    erx = L("erx-intake", "intake", "rx-intake")
    csl = L("cs-ledger-api", "api", "cs-ledger")
    wns = dict(ns="rx-notify", node=node, resource_id=rid)
    R.question = "Is anything wrong with the store robots or refill reminders today?"
    R.selector = None
    R.add(azure_event_labels(wns, "HorizontalPodAutoscaler", "refill-reminder", "SuccessfulRescale", "Normal"),
          "New size: 2; reason: All metrics below target")
    R.add(azure_event_labels(wns, "Pod", rem_pod, "Killing", "Normal"), "Stopping container reminder", gap=(0.2, 1))
    R.add(rob, "@ISO3Z@ WARN  robot R4 store 0412: gripper calibration due in 14 days")
    R.add(rem, "@ISO3Z@ INFO  pacing SMS at 10/s (provider limit 20/s)")
    R.add(rob, "@ISO3Z@ INFO  robot R2 store 1107: nightly self-test passed, 0 faults")
    R.add(erx, "@ISO3Z@ WARN  NewRx %s rejected: prescriber DEA number failed checksum, Error 900 returned to "
               "prescriber" % R.hexs(24))
    R.add(rem, "@ISO3Z@ INFO  batch sent: 1200 reminders, 0 throttled, 0 failed", gap=(60, 180))
    R.add(csl, "@ISO3Z@ INFO  CII count audit store 0218: 0 variances")
    R.add(rob, "@ISO3Z@ INFO  robot R1 store 0218: restock cycle complete, 312 packs loaded")
    R.add(rem, "@ISO3Z@ WARN  12 SMS delivery receipts pending (provider queue), will re-check in 5m")
    R.add(erx, "@ISO3Z@ INFO  NewRx %s accepted store=0412" % R.hexs(24))
    R.add(azure_event_labels(dict(wns, ns="rx-notify"), "CronJob", "refill-reminder-nightly", "SuccessfulCreate",
                             "Normal"), "Created job refill-reminder-nightly-%d" % R.rint(29000000, 29999999),
          gap=(30, 120))
    R.add(rob, "@ISO3Z@ WARN  robot R3 store 0331: door opened during maintenance window, motion paused "
               "(expected)")
    R.add(rem, "@ISO3Z@ INFO  delivery receipts received 12/12", gap=(280, 320))
    R.add(csl, "@ISO3Z@ INFO  perpetual inventory snapshot stored: 412 stores")
    R.add(erx, "@ISO3Z@ INFO  NewRx %s accepted store=1107" % R.hexs(24))
    R.expect("INFO", "none", "",
             "No incident: routine autoscaler scale-down, robot calibration/maintenance notices, a prescriber-side "
             "validation rejection and delayed SMS receipts that all arrived.",
             "Robots and refill reminders are healthy: self-tests pass, reminders are sent with client-side pacing "
             "and 0 failures, pending delivery receipts all came in, and the HPA scaled down as load dropped.",
             "Nothing to do; schedule the R4 gripper calibration within two weeks.")
    return R


# ---------------------------------------------------------------- buildings

@scenario("bldg-bacnet-gateway-registry-401")
def s_bldg_bacnet_gateway_registry_401():
    R = Rec("bldg-bacnet-gateway-registry-401", "buildings", "k3s", "promtail", [1, 2, 3, 10, 11])
    R.event_formats.append("kubernetes-event-exporter JSON")
    site = R.pick(["hq", "north-tower", "campus-b"])
    n1, n2 = "bldg-%s-edge01" % site, "bldg-%s-edge02" % site
    ns = "bms"
    gpod = R.pod("bacnet-gateway")
    image = "harbor.bldgops.net/bms/bacnet-gateway:2.9.%d" % R.rint(1, 6)
    kee = R.lab(ns="monitoring", pod=R.pod("event-exporter"), ctr="event-exporter", app="event-exporter", node=n2)
    hv = R.lab(ns=ns, pod=R.pod("hvac-scheduler"), ctr="scheduler", app="hvac-scheduler", node=n2)
    em = R.lab(ns="energy", pod=R.pod("energy-meter-collector"), ctr="collector", app="energy-meter-collector",
               node=n2)
    rb = R.lab(ns="workplace", pod=R.pod("room-booking-api"), ctr="api", app="room-booking-api", node=n2)
    svc_ip = "10.43.%d.%d" % (R.rint(0, 255), R.rint(2, 250))
    tag = image.rsplit(":", 1)[1]
    pull_err = ("Failed to pull image \"%s\": failed to pull and unpack image \"%s\": failed to resolve reference "
                "\"%s\": pulling from host harbor.bldgops.net failed with status code [manifests %s]: 401 Unauthorized"
                % (image, image, image, tag))
    R.question = "The BMS gateway is down after the edge node was re-imaged. Why is it not starting?"
    R.selector = sel(namespace=ns, app="bacnet-gateway")
    R.add(kee, ev_kee("Node", "default", n1, "NodeReady", "Node %s status is now: NodeReady" % n1, etype="Normal",
                      host=n1))
    R.add(kee, ev_kee("Pod", ns, gpod, "Scheduled", "Successfully assigned %s/%s to %s" % (ns, gpod, n1),
                      etype="Normal", component="default-scheduler"), gap=(2, 10))
    R.add(kee, ev_kee("Pod", ns, gpod, "Pulling", "Pulling image \"%s\"" % image, etype="Normal", host=n1),
          gap=(0.5, 2))
    R.add(kee, ev_kee("Pod", ns, gpod, "Failed", pull_err, host=n1), gap=(0.2, 1), ev=True)
    R.add(kee, ev_kee("Pod", ns, gpod, "Failed", "Error: ErrImagePull", host=n1), gap=(0, 0.01), ev=True)
    R.add(hv, "@ISO3Z@ ERROR write setpoint AHU-3 failed: Post \"http://bacnet-gateway.bms.svc:8080/v1/write\": dial "
              "tcp %s:8080: connect: connection refused" % svc_ip, gap=(2, 10))
    R.add(kee, ev_kee("Pod", ns, gpod, "BackOff", "Back-off pulling image \"%s\"" % image, etype="Normal", host=n1,
                      count=2), gap=(10, 30), ev=True)
    R.add(kee, ev_kee("Pod", ns, gpod, "Failed", "Error: ImagePullBackOff", host=n1, count=2), gap=(0, 0.01), ev=True)
    R.add(em, "@ISO3Z@ INFO  modbus read EM-07 register 3204 retry succeeded (attempt 2)")
    R.add(hv, "@ISO3Z@ ERROR no telemetry from AHU-1..AHU-6 for 10m, holding last setpoints", gap=(60, 200))
    R.add(kee, ev_kee("Pod", ns, gpod, "Failed", pull_err, host=n1, count=4), gap=(30, 90), ev=True)
    R.add(rb, "@ISO3Z@ INFO  POST /api/bookings 201 room=3.14 duration=60m")
    R.add(hv, "@ISO3Z@ WARN  occupancy-based setback skipped for 42 zones (gateway offline)")
    R.add(kee, ev_kee("Pod", ns, gpod, "BackOff", "Back-off pulling image \"%s\"" % image, etype="Normal", host=n1,
                      count=9), gap=(60, 180), ev=True)
    R.add(em, "@ISO3Z@ INFO  interval batch stored: 214 meters, 0 errors")
    R.add(hv, "@ISO3Z@ ERROR write setpoint AHU-1 failed: Post \"http://bacnet-gateway.bms.svc:8080/v1/write\": dial "
              "tcp %s:8080: connect: connection refused" % svc_ip)
    R.expect("CRITICAL", "image_pull", "bacnet-gateway",
             "The re-imaged edge node must pull the bacnet-gateway image again, and the private Harbor registry "
             "rejects the pull with 401 Unauthorized (registry credentials on the node/pull secret are missing or "
             "no longer valid), so the only gateway pod stays in ErrImagePull/ImagePullBackOff.",
             "The BACnet gateway is down: its image cannot be pulled (401 from harbor.bldgops.net), so the HVAC "
             "scheduler cannot reach it (connection refused as a symptom) and AHU telemetry and setpoint writes "
             "are lost.",
             "Restore valid registry credentials (k3s registries.yaml or imagePullSecret / Harbor robot account) on "
             "the node, then delete the pod to retry the pull and check BMS telemetry resumes.")
    return R


@scenario("bldg-elevator-liveness-timeout")
def s_bldg_elevator_liveness_timeout():
    R = Rec("bldg-elevator-liveness-timeout", "buildings", "Azure AKS", "azure", [1, 2, 3, 9, 10, 11])
    R.event_formats.append("Azure Monitor KubeEvents")
    node = "aks-bldg-%d-vmss%06d" % (R.rint(10000000, 99999999), R.rint(0, 4))
    rid = ("/subscriptions/%s/resourceGroups/rg-bldg-ops/providers/Microsoft.ContainerService/"
           "managedClusters/aks-bldg-ops" % R.uuid())
    ns = "vertical-transport"
    dpod = R.pod("elevator-dispatch")
    dl = R.lab(ns=ns, pod=dpod, ctr="elevator-dispatch", app="elevator-dispatch", node=node, resource_id=rid)
    gw = R.lab(ns=ns, pod=R.pod("elevator-group-gateway"), ctr="gateway", app="elevator-group-gateway", node=node,
               resource_id=rid)
    lob = R.lab(ns="signage", pod=R.pod("lobby-display"), ctr="display", app="lobby-display", node=node,
                resource_id=rid)
    wns = dict(ns=ns, node=node, resource_id=rid)
    pip = "10.244.%d.%d" % (R.rint(0, 9), R.rint(2, 250))

    def pino(level, msg, **kw):
        d = OrderedDict([("level", level), ("time", "@EPOCHMS@"), ("pid", 1), ("hostname", dpod), ("msg", msg)])
        d.update(kw)
        return jdump(d)

    def call():
        return pino(30, "hall call assigned", floor=R.rint(2, 24), dir=R.pick(["up", "down"]),
                    car="E%d" % R.rint(1, 8), eta_s=R.rint(8, 40))
    probe_msg = ("Liveness probe failed: Get \"http://%s:3000/healthz\": context deadline exceeded "
                 "(Client.Timeout exceeded while awaiting headers)" % pip)
    R.question = "Why does elevator dispatch keep restarting during the morning peak?"
    R.selector = sel(namespace=ns, app="elevator-dispatch")
    R.add(dl, pino(30, "morning peak mode enabled", cars=8, floors=24))
    R.add(dl, pino(40, "slow healthz", duration_ms=1840, checks="8 car state snapshots", probe_timeout_ms=1000),
          gap=(5, 20), ev=True)
    R.add(azure_event_labels(wns, "Pod", dpod, "Unhealthy"), probe_msg, gap=(0.1, 0.5), ev=True)
    R.add(dl, call(), gap=(0.2, 2))
    R.add(azure_event_labels(wns, "Pod", dpod, "Unhealthy"), probe_msg, gap=(9, 11), ev=True)
    R.add(azure_event_labels(wns, "Pod", dpod, "Killing", "Normal"),
          "Container elevator-dispatch failed liveness probe, will be restarted", gap=(9, 11), ev=True)
    R.add(gw, "@ISO3Z@ WARN  dispatch connection lost, cars falling back to local collective control")
    R.add(dl, pino(30, "elevator-dispatch 4.3.0 listening", port=3000), gap=(3, 8))
    R.add(dl, pino(30, "restored state for cars", cars=8))
    R.add(lob, '10.244.%d.%d - - [@NGINX@] "GET /v1/cars HTTP/1.1" 200 1422 "-" "lobby-display/1.8"'
          % (R.rint(0, 9), R.rint(2, 250)))
    R.add(dl, pino(40, "slow healthz", duration_ms=2210, checks="8 car state snapshots", probe_timeout_ms=1000),
          gap=(10, 30), ev=True)
    R.add(azure_event_labels(wns, "Pod", dpod, "Killing", "Normal"),
          "Container elevator-dispatch failed liveness probe, will be restarted", gap=(20, 30), ev=True)
    R.add(azure_event_labels(wns, "Pod", dpod, "BackOff"),
          "Back-off restarting failed container elevator-dispatch in pod %s_%s(%s)" % (dpod, ns, R.uuid()),
          gap=(1, 5), ev=True)
    R.add(gw, "@ISO3Z@ ERROR group control degraded since dispatch restart, average hall-call wait 74s (target 30s)")
    R.add(lob, '10.244.%d.%d - - [@NGINX@] "GET /v1/cars HTTP/1.1" 200 1398 "-" "lobby-display/1.8"'
          % (R.rint(0, 9), R.rint(2, 250)))
    R.add(dl, pino(30, "elevator-dispatch 4.3.0 listening", port=3000), gap=(20, 60))
    R.add(dl, call())
    R.expect("CRITICAL", "probe_failure", "elevator-dispatch",
             "elevator-dispatch's /healthz snapshots the state of all 8 cars synchronously and takes 1.8-2.2 s under "
             "morning-peak load, longer than the 1 s liveness probe timeout, so the kubelet kills a process that is "
             "still working and it ends up in restart back-off.",
             "Elevator dispatch is restart-looping on liveness probe timeouts while it is actually handling hall "
             "calls; during each restart the cars fall back to local control and waits rise to 74 s.",
             "Make /healthz a cheap liveness check (move car-state checks to readiness) and/or raise the liveness "
             "timeoutSeconds and failureThreshold; roll out and confirm the restarts stop.")
    return R


@scenario("bldg-room-booking-npe")
def s_bldg_room_booking_npe():
    R = Rec("bldg-room-booking-npe", "buildings", "DigitalOcean DOKS", "datadog", [1, 2, 3, 4, 9, 10])
    cluster = "doks-workplace-ams3"
    nodes = ["pool-work-%s" % R.alnum(5, "abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(2)]
    ns = "workplace"
    api = R.lab(cluster=cluster, ns=ns, pod=R.pod("room-booking-api"), ctr="api", app="room-booking-api",
                node=nodes[0], source="java")
    web = R.lab(cluster=cluster, ns=ns, pod=R.pod("booking-web"), ctr="web", app="booking-web", node=nodes[1],
                source="nodejs")
    cal = R.lab(cluster=cluster, ns=ns, pod=R.pod("calendar-sync"), ctr="sync", app="calendar-sync", node=nodes[1])
    pan = R.lab(cluster=cluster, ns=ns, pod=R.pod("room-panel-api"), ctr="api", app="room-panel-api", node=nodes[0])
    agent = R.lab(cluster=cluster, ns="datadog", pod=R.dspod("datadog-agent"), ctr="agent", app="datadog-agent",
                  node=nodes[0], source="agent")
    npe = ("java.lang.NullPointerException: Cannot invoke \"java.time.ZoneId.getRules()\" because \"organizerZone\" "
           "is null")

    def servlet(thr):
        return ("@SP3@ ERROR 1 --- [nio-8080-exec-%d] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() "
                "for servlet [dispatcherServlet] in context with path [] threw exception [Request processing "
                "failed: %s] with root cause" % (thr, npe))
    R.question = "Users cannot create recurring room bookings. What is failing?"
    R.selector = sel(namespace=ns, app="room-booking-api")
    R.add(api, "@SP3@  INFO 1 --- [nio-8080-exec-2] c.b.booking.web.BookingController        : POST /api/bookings "
               "201 room=4.12 recurring=false")
    R.add(api, servlet(5), gap=(5, 30), ev=True)
    R.add(api, npe, gap=(0, 0.002), ev=True)
    R.add(api, "\tat com.bldgops.booking.recurrence.RecurrenceExpander.expand(RecurrenceExpander.java:88)",
          gap=(0, 0.002), ev=True)
    R.add(web, "@ISO3Z@ error create recurring booking failed: upstream 500 room=2.07 rule=FREQ=WEEKLY;BYDAY=TU")
    R.add(cal, "@ISO3Z@ INFO  calendar sync done: 412 rooms, 0 conflicts")
    R.add(pan, "@ISO3Z@ INFO  GET /api/rooms/4.12/today 200 6ms")
    R.add(api, servlet(8), gap=(20, 60), ev=True)
    R.add(api, "\tat com.bldgops.booking.recurrence.RecurrenceExpander.expand(RecurrenceExpander.java:88)",
          gap=(0, 0.002), ev=True)
    R.add(web, "@ISO3Z@ error create recurring booking failed: upstream 500 room=5.01 rule=FREQ=DAILY;COUNT=10")
    R.add(agent, "@SPS@ UTC | CORE | INFO | (pkg/collector/worker/check_logger.go:71 in CheckFinished) | "
                 "check:network | Done running check")
    R.add(api, "@SP3@  INFO 1 --- [nio-8080-exec-3] c.b.booking.web.BookingController        : POST /api/bookings "
               "201 room=3.02 recurring=false")
    R.add(api, servlet(1), gap=(20, 60), ev=True)
    R.add(web, "@ISO3Z@ error create recurring booking failed: upstream 500 room=4.12 rule=FREQ=WEEKLY;BYDAY=MO,WE")
    R.add(cal, "@ISO3Z@ WARN  organizer mailbox ext-guest@partner.example has no timezone, defaulting display to "
               "building timezone")
    R.add(pan, "@ISO3Z@ INFO  GET /api/rooms/2.07/today 200 5ms")
    R.expect("ERROR", "application_error", "room-booking-api",
             "room-booking-api's RecurrenceExpander.expand dereferences the organizer's ZoneId without a null check; "
             "for organizers with no timezone (e.g. external guests) it throws a NullPointerException, so every "
             "recurring booking request fails with HTTP 500.",
             "Recurring room bookings fail with 500 because of an unhandled NullPointerException in the booking "
             "API; one-off bookings and room panels still work.",
             "Fix the recurrence expander to fall back to the building timezone when organizerZone is null, "
             "deploy, and ask affected users to retry their recurring bookings.")
    return R


@scenario("bldg-badge-panel-refused")
def s_bldg_badge_panel_refused():
    R = Rec("bldg-badge-panel-refused", "buildings", "Red Hat OpenShift", "lokistack", [1, 4, 5, 9, 10])
    base = "ocp.bldgops.lan"
    nodes = ["worker-%d.%s" % (i, base) for i in (1, 2, 3)]
    ns = "security-access"
    sy = R.lab(ns=ns, pod=R.pod("access-control-sync"), ctr="sync", app="access-control-sync", node=nodes[0])
    api = R.lab(ns=ns, pod=R.pod("access-control-api"), ctr="api", app="access-control-api", node=nodes[1])
    kio = R.lab(ns="visitors", pod=R.pod("visitor-kiosk-backend"), ctr="backend", app="visitor-kiosk-backend",
                node=nodes[2])
    hr = R.lab(ns=ns, pod="hr-feed-import-%d-%s" % (R.rint(29000000, 29999999), R.alnum(5)), ctr="import",
               app="hr-feed-import", node=nodes[2])
    net = R.lab(ns=ns, pod=R.pod("netcheck"), ctr="netcheck", app="netcheck", node=nodes[0])
    panel = "acs-panel-01.bldg.lan"
    pip = "10.20.4.%d" % R.rint(10, 60)

    def refused(attempt):
        return ("@PYLOG@ ERROR acs_sync: push to panel server %s:4070 failed (attempt %d): "
                "ConnectionRefusedError: [Errno 111] Connection refused" % (panel, attempt))
    R.question = "New employees' badges do not open any doors. Why?"
    R.selector = sel(namespace=ns)
    R.add(hr, "@ISO3Z@ INFO  HR feed imported: 14 joiners, 3 leavers, 0 errors")
    R.add(sy, refused(1), gap=(5, 20), ev=True)
    R.add(sy, "@PYLOG@ WARNING acs_sync: 17 badge changes pending, retrying in 30s")
    R.add(api, "time=\"@ISOSZ@\" level=info msg=\"GET /v1/doors/status 200\" doors=312 cached=true")
    R.add(sy, refused(2), gap=(29, 31), ev=True)
    R.add(api, "time=\"@ISOSZ@\" level=error msg=\"door status poll failed\" panel=%s error=\"dial tcp %s:4070: "
               "connect: connection refused\"" % (panel, pip), ev=True)
    R.add(kio, "@ISO3Z@ INFO  visitor badge printed V-%05d host=reception-north" % R.rint(10000, 99999))
    R.add(kio, "@ISO3Z@ ERROR activate visitor badge V-%05d failed: access-control-api returned 502"
          % R.rint(10000, 99999))
    R.add(net, "@ISO3Z@ INFO  icmp %s (%s) ok rtt=0.42ms; tcp/4070 refused; tcp/443 ok" % (panel, pip))
    R.add(sy, refused(5), gap=(60, 120), ev=True)
    R.add(api, "time=\"@ISOSZ@\" level=warning msg=\"door status stale, serving last known\" age=15m panel=%s"
          % panel, ev=True)
    R.add(kio, "@ISO3Z@ INFO  visitor sign-in completed, host notified by email")
    R.add(sy, "@PYLOG@ WARNING acs_sync: 17 badge changes still pending; new badges will not open doors until "
              "pushed")
    R.add(api, "time=\"@ISOSZ@\" level=error msg=\"door status poll failed\" panel=%s error=\"dial tcp %s:4070: "
               "connect: connection refused\"" % (panel, pip), gap=(30, 60))
    R.add(hr, "@ISO3Z@ INFO  leavers deactivated in directory: 3, 0 errors")
    R.add(kio, "@ISO3Z@ ERROR activate visitor badge V-%05d failed: access-control-api returned 502"
          % R.rint(10000, 99999))
    R.expect("ERROR", "connection_refused", "access-control-sync",
             "The access-control panel server %s refuses connections on its service port 4070 (host answers ICMP "
             "and 443, so the panel service itself is not listening), so badge changes cannot be pushed and door "
             "status cannot be polled." % panel,
             "access-control-sync and access-control-api get connection refused from the door panel server; new "
             "badges are not activated, door status is stale and visitor badge activation fails with 502.",
             "Restart/check the access-control service on %s (port 4070) and its firewall; once it listens, "
             "confirm the 17 pending badge changes are pushed." % panel)
    return R



@scenario("bldg-meter-collector-rbac-lease")
def s_bldg_meter_collector_rbac_lease():
    R = Rec("bldg-meter-collector-rbac-lease", "buildings", "kubeadm", "alloy", [2, 3, 5, 9, 10])
    R.event_formats.append("Grafana Alloy loki.source.kubernetes_events (logfmt)")
    cluster = "fm-onprem-01"
    nodes = ["k8s-node-%02d.fm.lan" % i for i in (1, 2, 3)]
    ns = "energy"
    evl = alloy_event_labels(ns, cluster)
    cpod = R.pod("energy-meter-collector")
    col = R.lab(cluster=cluster, ns=ns, pod=cpod, ctr="collector", app="energy-meter-collector", node=nodes[0])
    hc = R.lab(cluster=cluster, ns="flux-system", pod=R.pod("helm-controller"), ctr="manager", app="helm-controller",
               node=nodes[1])
    gw = R.lab(cluster=cluster, ns=ns, pod=R.pod("modbus-meter-gateway"), ctr="gateway", app="modbus-meter-gateway",
               node=nodes[2])
    dash = R.lab(cluster=cluster, ns=ns, pod=R.pod("energy-dashboard"), ctr="web", app="energy-dashboard",
                 node=nodes[1])
    bill = R.lab(cluster=cluster, ns=ns, pod=R.pod("tenant-billing-export"), ctr="export", app="tenant-billing-export",
                 node=nodes[2])
    forb = ("E@KLOG@       1 leaderelection.go:332] error retrieving resource lock energy/energy-meter-collector: "
            "leases.coordination.k8s.io \"energy-meter-collector\" is forbidden: User "
            "\"system:serviceaccount:energy:meter-collector\" cannot get resource \"leases\" in API group "
            "\"coordination.k8s.io\" in the namespace \"energy\"")
    R.question = "Energy dashboards show no new meter data since the collector upgrade. Why?"
    R.selector = sel(namespace=ns, app="energy-meter-collector")
    R.add(hc, jdump(OrderedDict([("level", "info"), ("ts", "@ISO3Z@"), ("msg", "release upgraded"),
                                 ("controller", "helmrelease"), ("namespace", ns), ("name", "energy-meter-collector"),
                                 ("chart", "energy-meter-collector@3.0.0"), ("revision", 14)])))
    R.add(evl, ev_alloy("Deployment", "energy-meter-collector", "ScalingReplicaSet", "Scaled up replica set %s to 1"
                        % cpod.rsplit("-", 1)[0], etype="Normal", component="deployment-controller",
                        rv=R.rint(10 ** 6, 10 ** 7)), gap=(0.5, 2))
    R.add(col, "I@KLOG@       1 main.go:77] energy-meter-collector v3.0.0 starting, 214 meters configured, "
               "serviceAccount=meter-collector", gap=(5, 15))
    R.add(col, "I@KLOG@       1 leaderelection.go:250] attempting to acquire leader lease "
               "energy/energy-meter-collector...", gap=(0.05, 0.3))
    R.add(col, forb, gap=(0.01, 0.1), ev=True)
    R.add(gw, "@ISO3Z@ level=info msg=\"modbus poll cycle\" meters=214 errors=0 duration_ms=%d" % R.rint(800, 2000))
    R.add(col, forb, gap=(2, 5), ev=True)
    R.add(dash, "@ISO3Z@ level=warn msg=\"no new interval data from collector since upgrade\" buildings=6")
    R.add(bill, "@ISO3Z@ level=info msg=\"monthly tenant export pending\" tenants=38 errors=0")
    R.add(col, forb, gap=(10, 40), ev=True)
    R.add(col, "I@KLOG@       1 main.go:112] waiting for leadership before starting collection loop")
    R.add(gw, "@ISO3Z@ level=info msg=\"meter EM-07 register 3204 read retry succeeded\" attempt=2")
    R.add(evl, ev_alloy("Pod", cpod, "Started", "Started container collector", etype="Normal", host=nodes[0],
                        rv=R.rint(10 ** 6, 10 ** 7)))
    R.add(dash, "@ISO3Z@ level=error msg=\"demand-response event cannot be verified: missing interval data\" "
                "program=DR-summer buildings=6", gap=(30, 120))
    R.add(col, forb, gap=(10, 40), ev=True)
    R.add(gw, "@ISO3Z@ level=info msg=\"modbus poll cycle\" meters=214 errors=0 duration_ms=%d" % R.rint(800, 2000))
    R.expect("ERROR", "auth_failure", "energy-meter-collector",
             "After the chart 3.0.0 upgrade the collector's service account energy:meter-collector is no longer "
             "allowed to get leases in coordination.k8s.io (RBAC forbidden), so it never acquires its leader lease "
             "and never starts collecting meter data.",
             "energy-meter-collector is running but stuck waiting for leadership because its RBAC does not allow "
             "lease access; dashboards show no new interval data and demand-response verification fails.",
             "Restore a Role/RoleBinding granting get/create/update on leases.coordination.k8s.io in the energy "
             "namespace for meter-collector (fix the chart's RBAC), then confirm it acquires the lease.")
    return R


@scenario("bldg-coredns-loop-crash")
def s_bldg_coredns_loop_crash():
    R = Rec("bldg-coredns-loop-crash", "buildings", "RKE2", "fluentbit", [3, 4, 5, 9, 10])
    nodes = ["rke2-bldg-agent-%02d" % i for i in (1, 2, 3)]
    ns = "hvac"
    dns1 = R.lab(ns="kube-system", pod=R.pod("rke2-coredns-rke2-coredns"), ctr="coredns", app="rke2-coredns",
                 node=nodes[0])
    dns2 = R.lab(ns="kube-system", pod=R.pod("rke2-coredns-rke2-coredns"), ctr="coredns", app="rke2-coredns",
                 node=nodes[1])
    hv = R.lab(ns=ns, pod=R.pod("hvac-scheduler"), ctr="scheduler", app="hvac-scheduler", node=nodes[2])
    bg = R.lab(ns="bms", pod=R.pod("bacnet-gateway"), ctr="gateway", app="bacnet-gateway", node=nodes[2])
    oc = R.lab(ns="analytics", pod=R.pod("occupancy-analytics"), ctr="worker", app="occupancy-analytics",
               node=nodes[1])
    sha = R.hexs(128)

    def fatal():
        return ("[FATAL] plugin/loop: Loop (127.0.0.1:53 -> :53) detected for zone \".\", see "
                "https://coredns.io/plugins/loop#troubleshooting. Query: \"HINFO %d.%d.\""
                % (R.rint(10 ** 18, 9 * 10 ** 18), R.rint(10 ** 18, 9 * 10 ** 18)))
    pod_ip = "10.42.%d.%d" % (R.rint(0, 9), R.rint(2, 250))

    def refused(name):
        return ("lookup %s on 10.43.0.10:53: read udp %s:%d->10.43.0.10:53: read: connection refused"
                % (name, pod_ip, R.rint(30000, 60000)))
    R.question = "Many building services report name resolution errors after the node OS update. What is wrong?"
    R.selector = None
    R.add(hv, "@ISO3Z@ INFO  applied schedule 'weekday-occupied' to 42 zones")
    R.add(dns1, "[INFO] plugin/reload: Running configuration SHA512 = %s" % sha, gap=(5, 30))
    R.add(dns1, "CoreDNS-1.11.1", gap=(0, 0.01))
    R.add(dns1, fatal(), gap=(0.5, 2), ev=True)
    R.add(hv, "@ISO3Z@ ERROR historian write failed: Post \"http://bms-historian.bms.svc.cluster.local:8086/api/v2/"
              "write\": dial tcp: %s" % refused("bms-historian.bms.svc.cluster.local"), ev=True)
    R.add(dns2, fatal(), gap=(1, 5), ev=True)
    R.add(bg, "@ISO3Z@ WARN  weather feed refresh failed: %s" % refused("weather-feed.bldgops.net"))
    R.add(oc, "@PYLOG@ ERROR occupancy.kafka: bootstrap failed: socket.gaierror: [Errno -3] Temporary failure in "
              "name resolution (kafka-bootstrap.analytics.svc)", ev=True)
    R.add(hv, "@ISO3Z@ INFO  zone 4-12 temp 21.8C setpoint 22.0C fan=auto")
    R.add(dns1, "[INFO] plugin/reload: Running configuration SHA512 = %s" % sha, gap=(10, 40))
    R.add(dns1, fatal(), gap=(0.5, 2), ev=True)
    R.add(hv, "@ISO3Z@ WARN  schedule push deferred, will retry in 60s")
    R.add(bg, "@ISO3Z@ INFO  COV subscriptions renewed: 214 objects, 0 failures")
    R.add(oc, "@PYLOG@ ERROR occupancy.kafka: bootstrap failed: socket.gaierror: [Errno -3] Temporary failure in "
              "name resolution (kafka-bootstrap.analytics.svc)", gap=(10, 30))
    R.add(dns2, fatal(), gap=(20, 60), ev=True)
    R.add(hv, "@ISO3Z@ ERROR historian writes failing for 5m, 1420 points buffered")
    R.expect("CRITICAL", "dns_resolution", "coredns",
             "Both CoreDNS replicas crash on start with 'plugin/loop: Loop (127.0.0.1:53 -> :53) detected': after "
             "the node OS update the nodes' resolv.conf points at a local stub resolver, which CoreDNS forwards to "
             "and which loops back; with no CoreDNS running, cluster DNS queries are refused.",
             "Cluster DNS is down (CoreDNS in a crash loop on loop detection), so every service that resolves names "
             "fails: HVAC historian writes, weather feed refresh and the occupancy Kafka bootstrap.",
             "Point CoreDNS's forward plugin at real upstream resolvers (or give the kubelet a resolv.conf without "
             "127.0.0.53, e.g. /run/systemd/resolve/resolv.conf), restart CoreDNS and verify lookups from a pod.")
    return R


@scenario("bldg-historian-ebs-readonly")
def s_bldg_historian_ebs_readonly():
    R = Rec("bldg-historian-ebs-readonly", "buildings", "Amazon EKS", "otel", [1, 2, 7, 8, 9])
    R.event_formats.append("OpenTelemetry k8s_events/k8sobjects receiver")
    cluster = "bldg-energy-euw1"
    node = "ip-10-60-%d-%d.eu-west-1.compute.internal" % (R.rint(0, 63), R.rint(4, 250))
    node2 = "ip-10-60-%d-%d.eu-west-1.compute.internal" % (R.rint(64, 127), R.rint(4, 250))
    ns = "energy"
    pg = R.lab(cluster=cluster, ns=ns, pod="energy-historian-0", ctr="postgres", app="energy-historian", node=node)
    ing = R.lab(cluster=cluster, ns=ns, pod=R.pod("meter-ingest"), ctr="ingest", app="meter-ingest", node=node2)
    dash = R.lab(cluster=cluster, ns=ns, pod=R.pod("energy-dashboard"), ctr="web", app="energy-dashboard", node=node2)
    kern = OrderedDict([("k8s.cluster.name", cluster), ("k8s.node.name", node), ("service.name", "kernel"),
                        ("log.source", "journald")])
    pid = R.rint(100, 9000)
    svc_ip = "172.20.%d.%d" % (R.rint(0, 255), R.rint(2, 250))
    R.question = "The energy historian database went down. What happened?"
    R.selector = sel(namespace=ns, pod="energy-historian-0")
    R.add(ing, "@ISO3Z@ INFO  wrote batch points=4812 meters=214 latency_ms=%d" % R.rint(40, 120))
    R.add(kern, "nvme nvme1: I/O %d QID %d timeout, aborting" % (R.rint(1, 1000), R.rint(1, 4)), gap=(5, 30),
          ev=True)
    R.add(kern, "blk_update_request: I/O error, dev nvme1n1, sector %d op 0x1:(WRITE) flags 0x800 phys_seg 1 prio "
                "class 0" % R.rint(10 ** 6, 10 ** 8), gap=(20, 31), ev=True)
    R.add(kern, "Buffer I/O error on dev nvme1n1, logical block %d, lost async page write" % R.rint(10 ** 5, 10 ** 7),
          gap=(0, 0.01), ev=True)
    R.add(kern, "EXT4-fs error (device nvme1n1): ext4_journal_check_start:83: comm postgres: Detected aborted "
                "journal", gap=(0, 0.3), ev=True)
    R.add(kern, "EXT4-fs (nvme1n1): Remounting filesystem read-only", gap=(0, 0.01), ev=True)
    R.add(pg, "@SP3UTC@ [%d] PANIC:  could not write to file \"pg_wal/xlogtemp.%d\": Read-only file system"
          % (pid, pid), gap=(0.1, 2), ev=True)
    R.add(pg, "@SP3UTC@ [1] LOG:  server process (PID %d) was terminated by signal 6: Aborted" % pid, gap=(0, 0.2))
    R.add(pg, "@SP3UTC@ [1] LOG:  terminating any other active server processes", gap=(0, 0.01))
    R.add(ing, "@ISO3Z@ ERROR insert batch failed: FATAL: the database system is in recovery mode", gap=(0.2, 2))
    R.add(pg, "@SP3UTC@ [1] FATAL:  could not create lock file \"/var/lib/postgresql/data/postmaster.pid\": "
              "Read-only file system", gap=(10, 30), ev=True)
    R.add(otel_event_labels(ns, "Pod", "energy-historian-0", "BackOff", cluster),
          "Back-off restarting failed container postgres in pod energy-historian-0_%s(%s)" % (ns, R.uuid()),
          gap=(5, 20), ev=True)
    R.add(ing, "@ISO3Z@ WARN  buffering meter points locally: 19248 queued")
    R.add(dash, "@ISO3Z@ INFO  GET /api/buildings/HQ/load?window=1h 200 (served from cache)")
    R.add(ing, "@ISO3Z@ ERROR insert batch failed: dial tcp %s:5432: connect: connection refused" % svc_ip,
          gap=(10, 40))
    R.add(otel_event_labels(ns, "Pod", "energy-historian-0", "BackOff", cluster),
          "Back-off restarting failed container postgres in pod energy-historian-0_%s(%s)" % (ns, R.uuid()),
          gap=(30, 90), ev=True)
    R.add(dash, "@ISO3Z@ WARN  load data for HQ stale, last point 3m ago; serving cached values")
    R.expect("CRITICAL", "storage", "energy-historian",
             "The EBS/NVMe data volume of energy-historian-0 hits I/O errors (NVMe timeouts, lost writes), ext4 "
             "aborts its journal and remounts the filesystem read-only; PostgreSQL PANICs on the WAL write and "
             "cannot restart on the read-only data directory.",
             "The energy historian database is down in a restart loop because its data volume went read-only after "
             "block I/O errors; meter ingest is failing and buffering, dashboards serve stale cached data.",
             "Fail over / stop the pod, check the EBS volume status, fsck or restore the volume from snapshot onto a "
             "healthy volume, then start PostgreSQL and verify WAL recovery before re-enabling ingest.")
    return R


@scenario("bldg-occupancy-quota-exceeded")
def s_bldg_occupancy_quota_exceeded():
    R = Rec("bldg-occupancy-quota-exceeded", "buildings", "OVHcloud Managed Kubernetes", "vector", [1, 2, 3, 9, 10])
    R.event_formats.append("eventrouter JSON")
    nodes = ["nodepool-fac-node-%s" % R.hexs(6) for _ in range(3)]
    ns = "facilities-analytics"
    old_rs = R.pod("occupancy-analytics").rsplit("-", 1)[0]
    wk = R.lab(ns=ns, pod="%s-%s" % (old_rs, R.alnum(5)), ctr="worker", app="occupancy-analytics", node=nodes[0])
    si = R.lab(ns=ns, pod=R.pod("people-counter-ingest"), ctr="ingest", app="people-counter-ingest", node=nodes[1])
    db = R.lab(ns=ns, pod=R.pod("facility-dashboard"), ctr="web", app="facility-dashboard", node=nodes[2])
    desk = R.lab(ns="workplace", pod=R.pod("desk-booking"), ctr="api", app="desk-booking", node=nodes[2])
    er = R.lab(ns="kube-system", pod=R.pod("eventrouter"), ctr="kube-eventrouter", app="eventrouter", node=nodes[1])

    def quota():
        return ("Error creating: pods \"%s-%s\" is forbidden: exceeded quota: facilities-analytics-quota, requested: "
                "requests.memory=2Gi, used: requests.memory=15Gi, limited: requests.memory=16Gi"
                % (old_rs, R.alnum(5)))
    R.question = "Occupancy data for the new wing is missing. Why did the scale-up not work?"
    R.selector = sel(namespace=ns, app="occupancy-analytics")
    R.add(er, ev_eventrouter("Deployment", ns, "occupancy-analytics", "ScalingReplicaSet",
                             "Scaled up replica set %s to 6 from 3" % old_rs, etype="Normal",
                             component="deployment-controller"))
    R.add(er, ev_eventrouter("ReplicaSet", ns, old_rs, "FailedCreate", quota(), component="replicaset-controller"),
          gap=(0.05, 0.5), ev=True)
    R.add(er, ev_eventrouter("ReplicaSet", ns, old_rs, "FailedCreate", quota(), component="replicaset-controller"),
          gap=(0.05, 0.5), ev=True)
    R.add(wk, "@ISO3Z@ INFO  processed 1204 sensor events floors=1-6")
    R.add(si, "@ISO3Z@ WARN  consumer group occupancy-analytics lag 48210 on topic occupancy.raw (partitions 6-8 "
              "without active consumer)", gap=(30, 90))
    R.add(desk, "@ISO3Z@ INFO  desk 7.22 booked for tomorrow by user 40871")
    R.add(er, ev_eventrouter("ReplicaSet", ns, old_rs, "FailedCreate", quota(), component="replicaset-controller",
                             verb="UPDATED", count=5), gap=(60, 180), ev=True)
    R.add(wk, "@ISO3Z@ WARN  floors 7-9 (wing C) not assigned to any worker, processing lag 12m")
    R.add(db, "@ISO3Z@ WARN  occupancy heatmap for wing C unavailable (no data)")
    R.add(wk, "@ISO3Z@ INFO  processed 1188 sensor events floors=1-6")
    R.add(er, ev_eventrouter("ReplicaSet", ns, old_rs, "FailedCreate", quota(), component="replicaset-controller",
                             verb="UPDATED", count=9), gap=(120, 300), ev=True)
    R.add(desk, "@ISO3Z@ INFO  nightly desk release: 212 unused bookings released, 0 errors")
    R.add(si, "@ISO3Z@ WARN  consumer group occupancy-analytics lag 97604 on topic occupancy.raw")
    R.add(db, "@ISO3Z@ ERROR wing C occupancy report for facilities team cannot be generated")
    R.add(wk, "@ISO3Z@ INFO  processed 1231 sensor events floors=1-6")
    R.expect("ERROR", "scheduling", "occupancy-analytics",
             "occupancy-analytics was scaled from 3 to 6 replicas for the new wing, but the namespace ResourceQuota "
             "facilities-analytics-quota caps requests.memory at 16Gi with 15Gi used, so the ReplicaSet cannot create "
             "the new 2Gi pods (exceeded quota).",
             "The three extra occupancy workers are never created (FailedCreate: exceeded quota), so the wing C "
             "partitions have no consumer, lag keeps growing and the wing C heatmap and report are missing.",
             "Raise the facilities-analytics-quota memory limit (or lower per-worker requests) so the 6 replicas "
             "fit, then check the consumer lag drains.")
    return R



@scenario("bldg-plantroom-node-ecc")
def s_bldg_plantroom_node_ecc():
    R = Rec("bldg-plantroom-node-ecc", "buildings", "MicroK8s", "journald", [1, 2, 3, 10, 11, 12])
    bad, good = "plantroom-srv02", "plantroom-srv01"

    def J(host, unit, ident, prio=6, transport="stdout"):
        return R.lab(host=host, unit=unit, ident=ident, prio=prio, transport=transport)
    kern_bad = R.lab(host=bad, unit="", ident="kernel", prio=3, transport="kernel")
    del kern_bad["_SYSTEMD_UNIT"]
    kl = J(good, "snap.microk8s.daemon-kubelite.service", "microk8s.daemon-kubelite")
    alarm = J(good, "bms-alarm-relay.service", "bms-alarm-relay", 4)
    poller = "chiller-modbus-poller-%s-%s" % (R.alnum(10), R.alnum(5))
    dimm = "CPU_SrcID#0_MC#0_Chan#1_DIMM#0"
    page = "0x%x" % R.rint(0x10000, 0xfffff)

    def edac(n, kind):
        return ("EDAC MC0: %d %s memory read error on %s (channel:1 slot:0 page:%s offset:0x0 grain:32 "
                "syndrome:0x0 - err_code:0x0000:0x009f socket:0 imc:0 rank:0 bg:0 ba:1 row:0x%x col:0x%x)"
                % (n, kind, dimm, page, R.rint(0x1000, 0xffff), R.rint(0x10, 0x3ff)))
    R.question = "The chiller plant telemetry stopped. What happened to the plant-room server?"
    R.selector = sel(node=bad)
    R.add(kern_bad, "mce: [Hardware Error]: Machine check events logged", ev=True)
    R.add(kern_bad, edac(1, "CE"), gap=(0, 0.01), ev=True)
    R.add(J(bad, "snap.microk8s.daemon-containerd.service", "microk8s.daemon-containerd"),
          "time=\"@ISO6Z@\" level=info msg=\"ImageUpdate event name:\\\"docker.io/library/telegraf:1.30\\\"\"")
    R.add(kern_bad, edac(3, "CE"), gap=(30, 120), ev=True)
    R.add(kern_bad, "mce: [Hardware Error]: Machine check events logged", gap=(0, 0.01))
    R.add(kern_bad, edac(1, "UE"), gap=(5, 40), ev=True)
    R.add(kl, "I@KLOG@   %d controller_utils.go:151] \"Recording status change event message for node\" "
              "message=\"Node %s status is now: NodeNotReady\" node=\"%s\"" % (R.rint(2000, 9000), bad, bad),
          gap=(40, 60), ev=True)
    R.add(kl, "I@KLOG@   %d node_lifecycle_controller.go:1186] \"Node became not ready\" node=\"%s\"" % (
        R.rint(2000, 9000), bad), gap=(0, 0.01), ev=True)
    R.add(alarm, "WARNING no heartbeat from chiller-modbus-poller on %s for 60s (chillers CH-1, CH-2)" % bad,
          gap=(5, 20))
    R.add(J(good, "chrony.service", "chronyd"), "Selected source 10.20.0.1 (ntp1.fm.lan)")
    R.add(kl, "I@KLOG@   %d taint_eviction.go:154] \"Deleting pod\" controller=\"taint-eviction-controller\" "
              "pod=\"bms/%s\"" % (R.rint(2000, 9000), poller), gap=(240, 300), ev=True)
    R.add(kl, "I@KLOG@   %d schedule_one.go:1055] \"Unable to schedule pod; no fit; waiting\" pod=\"bms/%s\" "
              "err=\"0/2 nodes are available: 1 node(s) didn't match Pod's node affinity/selector, 1 node(s) had "
              "untolerated taint {node.kubernetes.io/unreachable: }. preemption: 0/2 nodes are available: 2 "
              "Preemption is not helpful for scheduling.\"" % (R.rint(2000, 9000), "chiller-modbus-poller-%s-%s" % (
                  R.alnum(10), R.alnum(5))), gap=(1, 5))
    R.add(alarm, "ERROR chiller plant CH-1/CH-2 telemetry lost for 5m; BMS alarm raised to facilities on-call")
    R.add(J(good, "ssh.service", "sshd"), "Accepted publickey for fmadmin from 10.20.0.%d port %d ssh2: ED25519 "
                                          "SHA256:%s" % (R.rint(2, 60), R.rint(40000, 60000),
                                                         R.alnum(43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij"
                                                                     "klmnopqrstuvwxyz0123456789+/")))
    R.add(J(good, "snap.microk8s.daemon-containerd.service", "microk8s.daemon-containerd"),
          "time=\"@ISO6Z@\" level=info msg=\"StopPodSandbox for \\\"%s\\\" returns successfully\"" % R.hexs(64))
    R.add(alarm, "WARNING chiller CH-1 supply temperature unknown, chiller plant running on local controller "
                 "defaults", gap=(30, 120))
    R.expect("CRITICAL", "node_failure", bad,
             "The plant-room server %s has a failing DIMM: machine-check events and growing corrected ECC errors "
             "on %s end in an uncorrectable memory error, after which the node stops responding and goes "
             "NotReady." % (bad, dimm),
             "Node %s is down after an uncorrectable ECC memory error; the node-pinned chiller Modbus poller was "
             "evicted and cannot be rescheduled, so chiller plant telemetry is lost." % bad,
             "Take %s out of service, replace the faulty DIMM (channel 1 slot 0) and run memory diagnostics; "
             "meanwhile monitor the chillers locally or move the RS-485 adapter and poller to the other node." % bad)
    return R


@scenario("bldg-room-sync-graph-throttled")
def s_bldg_room_sync_graph_throttled():
    R = Rec("bldg-room-sync-graph-throttled", "buildings", "Google GKE", "gcp", [2, 3, 4, 9, 10])
    w = dict(project="bldgops-workplace", location="europe-west4", cluster="workplace-ew4")
    nodes = ["gke-workplace-ew4-default-pool-%s-%s" % (R.hexs(8), R.alnum(4, "abcdefghijklmnopqrstuvwxyz0123456789"))
             for _ in range(2)]
    ns = "workplace"
    sy = R.lab(ns=ns, pod=R.pod("meeting-room-sync"), ctr="sync", app="meeting-room-sync", node=nodes[0], **w)
    pan = R.lab(ns=ns, pod=R.pod("room-panel-api"), ctr="api", app="room-panel-api", node=nodes[1], **w)
    bk = R.lab(ns=ns, pod=R.pod("room-booking-api"), ctr="api", app="room-booking-api", node=nodes[1], **w)

    def j(sev, msg, **kw):
        d = OrderedDict([("severity", sev), ("time", "@ISO3Z@"), ("message", msg)])
        d.update(kw)
        return jdump(d)

    def thr(room, code, ra):
        return j("WARNING", "Graph request throttled", status=429, code=code, retryAfter=ra,
                 resource="/users/%s@bldgops.net/calendarView/delta" % room, requestId=R.uuid())
    R.question = "Meeting room panels show rooms as free although they are booked. Why?"
    R.selector = sel(namespace=ns, app="meeting-room-sync")
    R.add(sy, j("INFO", "starting delta sync", rooms=412, concurrency=16))
    R.add(sy, thr("room-4.12", "ApplicationThrottled", 38), gap=(5, 30), ev=True)
    R.add(sy, j("INFO", "retrying request", attempt=2, delayMs=0, resource="/users/room-4.12@bldgops.net/"
                "calendarView/delta"), ev=True)
    R.add(sy, thr("room-4.12", "ApplicationThrottled", 37), gap=(0.1, 0.5), ev=True)
    R.add(pan, j("WARNING", "calendar data stale", rooms=36, oldestMin=21))
    R.add(bk, j("INFO", "booking created", room="3.14", status=201))
    R.add(sy, thr("room-2.07", "MailboxConcurrency", 12), ev=True)
    R.add(sy, j("INFO", "oauth token refreshed", expiresIn=3599, tenant="bldgops.net"))
    R.add(sy, j("ERROR", "delta sync incomplete", synced=294, failed=118, reason="throttled"), gap=(60, 180), ev=True)
    R.add(sy, thr("room-5.01", "ApplicationThrottled", 41), gap=(10, 60), ev=True)
    R.add(pan, j("WARNING", "calendar data stale", rooms=118, oldestMin=34))
    R.add(bk, j("WARNING", "double booking detected", room="2.07", reason="calendar out of date"))
    R.add(sy, j("INFO", "retrying request", attempt=5, delayMs=0, resource="/users/room-5.01@bldgops.net/"
                "calendarView/delta"))
    R.add(sy, thr("room-5.01", "ApplicationThrottled", 44), gap=(0.1, 0.5), ev=True)
    R.add(sy, j("ERROR", "delta sync incomplete", synced=281, failed=131, reason="throttled"), gap=(60, 180))
    R.add(bk, j("INFO", "booking created", room="1.03", status=201))
    R.expect("ERROR", "rate_limited", "meeting-room-sync",
             "Microsoft Graph throttles meeting-room-sync (HTTP 429 ApplicationThrottled / MailboxConcurrency with "
             "Retry-After ~40 s); the sync runs 16 concurrent requests and retries immediately instead of honouring "
             "Retry-After, so it stays throttled and a third of the room calendars are never synced.",
             "Room calendar sync keeps failing on Graph 429s; panels show stale availability and double bookings "
             "appear.",
             "Make the sync honour Retry-After with backoff and lower its concurrency (or use change notifications "
             "instead of polling); then confirm a full delta sync completes.")
    return R



@scenario("bldg-healthy-bms-compose")
def s_bldg_healthy_bms_compose():
    R = Rec("bldg-healthy-bms-compose", "buildings", "Docker Compose host", "compose", [1, 2, 10, 11, 12])
    host = "bms-gw-%s" % R.pick(["annex", "lab", "depot"])
    proj = "bms-stack"

    def C(svc):
        return R.lab(host=host, project=proj, service=svc, container="%s-%s-1" % (proj, svc))
    bb, mq, tg, ifx, nr = C("bacnet-bridge"), C("mosquitto"), C("telegraf"), C("influxdb"), C("node-red")
    R.question = "Is the BMS gateway stack healthy?"
    R.selector = sel(app="bms-stack")
    R.add(bb, "@ISO3Z@ WARN  Who-Is timeout for device 3021, retry 1/3")
    R.add(bb, "@ISO3Z@ INFO  I-Am received from device 3021 (AHU-3) on retry 2", gap=(2, 5))
    R.add(tg, "@ISOSZ@ I! Reloading Telegraf config", gap=(10, 40))
    R.add(mq, "@EPOCHS@: Client telegraf-bms disconnected.", gap=(0.1, 0.5))
    R.add(tg, "@ISOSZ@ I! Loaded inputs: modbus mqtt_consumer", gap=(0.5, 2))
    R.add(mq, "@EPOCHS@: New client connected from 172.20.0.%d:%d as telegraf-bms (p2, c1, k60)."
          % (R.rint(3, 9), R.rint(40000, 60000)))
    R.add(nr, "@NODERED@ - [info] [mqtt-broker:bms] Connected to broker: mqtt://mosquitto:1883")
    R.add(ifx, "ts=@ISO6Z@ lvl=info msg=\"TSM compaction (start)\" log_id=0%s service=storage-engine "
               "engine=tsm1 tsm1_strategy=level tsm1_level=2 op_name=tsm1_compact_group" % R.alnum(9, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"))
    R.add(bb, "@ISO3Z@ INFO  COV subscriptions renewed: 214 objects, 0 failures", gap=(20, 60))
    R.add(ifx, "ts=@ISO6Z@ lvl=info msg=\"TSM compaction (end)\" log_id=0%s service=storage-engine "
               "engine=tsm1 op_name=tsm1_compact_group op_event=end op_elapsed=%.3fms"
          % (R.alnum(9, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), R.rint(200, 900) / 1.0))
    R.add(bb, "@ISO3Z@ WARN  device 1102 (VAV-2-14) Out_Of_Service=true, set by technician for damper maintenance")
    R.add(nr, "@NODERED@ - [warn] [function:night-setback] night setback active for 38 zones")
    R.add(tg, "@ISOSZ@ W! [inputs.modbus] Collection took longer than expected; not complete after interval of 10s")
    R.add(tg, "@ISOSZ@ D! [outputs.influxdb_v2] Wrote batch of 214 metrics in 18.4ms", gap=(5, 10))
    R.add(bb, "@ISO3Z@ INFO  trend log upload: 214 points, 0 errors", gap=(30, 90))
    R.add(mq, "@EPOCHS@: Saving in-memory database to /mosquitto/data/mosquitto.db.")
    R.add(nr, "@NODERED@ - [info] [function:calc-setpoint] occupancy schedule loaded: 38 zones, 0 errors")
    R.expect("INFO", "none", "",
             "No incident: a BACnet device answered on retry, Telegraf reloaded its config (brief MQTT reconnect), "
             "InfluxDB compacted, a VAV is out of service for planned maintenance and night setback is active.",
             "The BMS gateway stack on the Compose host is healthy; the warnings are routine (Who-Is retry that "
             "succeeded, technician maintenance flag, scheduled night setback, a buffer notice with 0 drops).",
             "Nothing to do; clear the VAV-2-14 out-of-service flag when the damper work is finished.")
    return R


@scenario("bldg-healthy-access-nightly")
def s_bldg_healthy_access_nightly():
    R = Rec("bldg-healthy-access-nightly", "buildings", "Amazon EKS", "datadog", [4, 5, 9, 10])
    R.event_formats.append("kubernetes-event-exporter JSON")
    cluster = "bldg-access-use1"
    nodes = ["ip-10-70-%d-%d.ec2.internal" % (R.rint(0, 63), R.rint(4, 250)) for _ in range(3)]
    ns = "security-access"
    api = R.lab(cluster=cluster, ns=ns, pod=R.pod("access-control-api"), ctr="api", app="access-control-api",
                node=nodes[0])
    sy = R.lab(cluster=cluster, ns=ns, pod=R.pod("access-control-sync"), ctr="sync", app="access-control-sync",
               node=nodes[1])
    vis_pod = R.pod("visitor-kiosk-backend")
    vis = R.lab(cluster=cluster, ns="visitors", pod=vis_pod, ctr="backend", app="visitor-kiosk-backend", node=nodes[2])
    kee = R.lab(cluster=cluster, ns="monitoring", pod=R.pod("event-exporter"), ctr="event-exporter",
                app="event-exporter", node=nodes[0], source="kubernetes.events")
    ca = R.lab(cluster=cluster, ns="kube-system", pod=R.pod("cluster-autoscaler"), ctr="cluster-autoscaler",
               app="cluster-autoscaler", node=nodes[0])

    def denied(door, why):
        return ("time=\"@ISOSZ@\" level=info msg=\"access denied\" badge=0x%s door=%s reason=\"%s\""
                % (R.hexs(6).upper(), door, why))
    R.question = "Security asked whether last night's access-control errors need attention."
    R.selector = sel(namespace=ns)
    R.add(api, denied("D-2-07", "outside schedule"))
    R.add(sy, "@ISO3Z@ INFO  nightly badge sync: 14 joiners, 3 leavers, 0 errors")
    R.add(api, denied("D-B1-01", "badge deactivated (leaver)"), gap=(60, 300))
    R.add(api, "time=\"@ISOSZ@\" level=warning msg=\"door held open\" door=D-1-03 seconds=45 alarm=local "
               "cleared=true")
    R.add(ca, "I@KLOG@       1 scale_down.go:%d] Scale-down: removing node %s, utilization: {0.21 0.18 0 cpu 0.21}"
          % (R.rint(800, 999), nodes[2]), gap=(60, 300))
    R.add(kee, ev_kee("Pod", "visitors", vis_pod, "ScaleDown", "deleting pod for node scale down",
                      etype="Normal", component="cluster-autoscaler"), gap=(1, 5))
    R.add(vis, "@ISO3Z@ INFO  received SIGTERM, closing kiosk sessions (0 active)", gap=(0.1, 1))
    R.add(kee, ev_kee("Pod", "visitors", R.pod("visitor-kiosk-backend"), "Scheduled",
                      "Successfully assigned visitors/visitor-kiosk-backend to %s" % nodes[1], etype="Normal",
                      component="default-scheduler"), gap=(1, 5))
    R.add(kee, ev_kee("Node", "default", nodes[2], "ScaleDown", "marked the node as toBeDeleted/unschedulable",
                      etype="Normal", component="cluster-autoscaler"), gap=(1, 5))
    R.add(api, denied("D-3-11", "anti-passback"))
    R.add(sy, "@ISO3Z@ WARN  panel acs-panel-02 heartbeat late (3.1s > 3s), next heartbeat ok", gap=(30, 120))
    R.add(api, "time=\"@ISOSZ@\" level=info msg=\"GET /v1/doors/status 200\" doors=312 cached=false")
    R.add(sy, "@ISO3Z@ INFO  visitor badges expired at end of day: 27 deactivated, 0 errors")
    R.add(api, denied("D-2-07", "outside schedule"), gap=(60, 300))
    R.add(api, "time=\"@ISOSZ@\" level=info msg=\"audit export uploaded\" events=1834 errors=0")
    R.expect("INFO", "none", "",
             "No incident: denied badge swipes (outside schedule, leaver, anti-passback) are access control working "
             "as intended; the door-held alarm cleared and the pod move is a cluster-autoscaler scale-down.",
             "Access control is healthy overnight: badge and visitor syncs ran with 0 errors, denials are expected "
             "policy decisions, one late panel heartbeat recovered, and the visitor backend was rescheduled by a "
             "normal autoscaler scale-down.",
             "Nothing to do.")
    return R


@scenario("bldg-healthy-energy-month-end")
def s_bldg_healthy_energy_month_end():
    R = Rec("bldg-healthy-energy-month-end", "buildings", "Google GKE", "gcp", [1, 3, 5, 7, 8, 10, 12])
    R.event_formats.append("GKE Cloud Logging events (logs/events)")
    w = dict(project="bldgops-energy", location="europe-west1", cluster="energy-ew1")
    nodes = ["gke-energy-ew1-default-pool-%s-%s" % (R.hexs(8), R.alnum(4, "abcdefghijklmnopqrstuvwxyz0123456789"))
             for _ in range(2)]
    ns = "energy"
    roll_pod = R.pod("energy-rollup")
    ru = R.lab(ns=ns, pod=roll_pod, ctr="rollup", app="energy-rollup", node=nodes[0], **w)
    be = R.lab(ns=ns, pod="tenant-billing-export-%d-%s" % (R.rint(29000000, 29999999), R.alnum(5)), ctr="export",
               app="tenant-billing-export", node=nodes[1], **w)
    mc = R.lab(ns=ns, pod=R.pod("energy-meter-collector"), ctr="collector", app="energy-meter-collector",
               node=nodes[1], **w)
    wns = dict(w, ns=ns)

    def j(sev, msg, **kw):
        d = OrderedDict([("severity", sev), ("time", "@ISO3Z@"), ("message", msg)])
        d.update(kw)
        return jdump(d)
    R.question = "Did the month-end energy rollup and tenant billing export complete?"
    R.selector = sel(namespace=ns)
    R.add(ru, j("INFO", "month-end rollup started", buildings=6, meters=214))
    R.add(mc, j("INFO", "interval batch stored", meters=214, errors=0))
    R.add(ru, j("WARNING", "meter EM-31 has 2 missing intervals, filled by linear interpolation",
                estimated_kwh=3.4))
    R.add(gcp_event_labels(wns, "Pod", roll_pod, "EvictedByVPA", "Normal"),
          "Pod was evicted by VPA Updater to apply resource recommendation.", gap=(60, 200))
    R.add(ru, j("INFO", "received SIGTERM, checkpointing at building 4/6"), gap=(0.1, 1))
    new_pod = R.pod("energy-rollup")
    ru2 = R.lab(ns=ns, pod=new_pod, ctr="rollup", app="energy-rollup", node=nodes[1], **w)
    R.add(gcp_event_labels(wns, "Pod", new_pod, "Scheduled", "Normal"),
          "Successfully assigned energy/%s to %s" % (new_pod, nodes[1]), gap=(1, 4))
    R.add(ru2, j("INFO", "resuming month-end rollup from checkpoint", building=4), gap=(5, 15))
    R.add(mc, j("WARNING", "meter EM-12 modbus timeout, retry succeeded", attempt=2))
    R.add(ru2, j("INFO", "month-end rollup finished", buildings=6, meters=214, errors=0, estimated_intervals=2),
          gap=(60, 200))
    R.add(gcp_event_labels(wns, "CronJob", "tenant-billing-export", "SuccessfulCreate", "Normal"),
          "Created job tenant-billing-export-%d" % R.rint(29000000, 29999999), gap=(10, 60))
    R.add(be, j("INFO", "export started", tenants=38))
    R.add(be, j("WARNING", "tenant T-0117 has a zero-consumption sub-meter (unit vacant), exported as 0 kWh"))
    R.add(be, j("INFO", "export uploaded to sftp://billing.partner", tenants=38, errors=0), gap=(20, 90))
    R.add(gcp_event_labels(wns, "Job", "tenant-billing-export", "Completed", "Normal"), "Job completed",
          gap=(1, 5))
    R.add(mc, j("INFO", "interval batch stored", meters=214, errors=0))
    R.expect("INFO", "none", "",
             "No incident: the VPA eviction is the updater applying new resource requests, the rollup resumed from "
             "its checkpoint and finished with 0 errors, and the billing export completed.",
             "Month-end energy rollup and tenant billing export completed successfully; the eviction, two "
             "interpolated intervals, a retried Modbus read and a vacant unit's zero reading are routine.",
             "Nothing to do.")
    return R


# ==== MAIN ====================================================================

def build():
    records, metas = [], []
    for name in sorted(SCENARIOS):
        R = SCENARIOS[name]()
        assert R.name == name, (R.name, name)
        records.append(R.record())
        metas.append(OrderedDict([("name", name), ("theme", R.theme), ("dist", R.dist), ("conv", R.conv),
                                  ("event_formats", [e for e in R.event_formats if e != "none"]),
                                  ("recovers", R.recovers)]))
    order = list(range(len(records)))
    random.Random(SEED).shuffle(order)
    out_recs, out_meta = [], []
    for i, k in enumerate(order, 1):
        rec = records[k]
        rec["id"] = "dev31-%03d" % i
        out_recs.append(rec)
        out_meta.append(metas[k])
    return out_recs, out_meta


def render(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


def stats(records, metas):
    from collections import Counter
    out = []
    n_lines = sum(len(r["logs"]) for r in records)
    n_ev = sum(len(r["expected"]["evidence"]) for r in records)
    out.append("records: %d" % len(records))
    out.append("log lines: %d (min %d, max %d per record)" % (
        n_lines, min(len(r["logs"]) for r in records), max(len(r["logs"]) for r in records)))
    out.append("evidence lines: %d" % n_ev)
    out.append("incidents: %d  healthy: %d" % (
        sum(1 for r in records if r["expected"]["root_cause_category"] != "none"),
        sum(1 for r in records if r["expected"]["root_cause_category"] == "none")))
    out.append("recovering incidents: %d" % sum(1 for m in metas if m["recovers"]))
    for title, key in (("category", lambda r, m: r["expected"]["root_cause_category"]),
                       ("severity", lambda r, m: r["expected"]["severity"]),
                       ("source", lambda r, m: r["source"]),
                       ("distribution/hosting", lambda r, m: m["dist"]),
                       ("label convention", lambda r, m: m["conv"])):
        c = Counter(key(r, m) for r, m in zip(records, metas))
        out.append("%s (%d distinct):" % (title, len(c)))
        for k in sorted(c):
            out.append("  %-45s %d" % (k, c[k]))
    evf = Counter(e for m in metas for e in m["event_formats"])
    out.append("kubernetes event exporter formats (%d distinct, records using each):" % len(evf))
    for k in sorted(evf):
        out.append("  %-60s %d" % (k, evf[k]))
    out.append("per source:")
    for src in sorted(set(r["source"] for r in records)):
        rs = [r for r in records if r["source"] == src]
        sev = Counter(r["expected"]["severity"] for r in rs)
        out.append("  %s: records=%d incidents=%d healthy=%d lines=%d severities=%s" % (
            src, len(rs), sum(1 for r in rs if r["expected"]["root_cause_category"] != "none"),
            sum(1 for r in rs if r["expected"]["root_cause_category"] == "none"),
            sum(len(r["logs"]) for r in rs),
            ",".join("%s:%d" % (k, sev[k]) for k in ("INFO", "WARN", "ERROR", "CRITICAL") if sev[k])))
    return "\n".join(out)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=DEFAULT_OUT, help="output JSONL path (default %(default)s)")
    ap.add_argument("--stats", action="store_true", help="print aggregate statistics")
    args = ap.parse_args(argv)
    records, metas = build()
    data = render(records)
    with open(args.out, "wb") as fh:
        fh.write(data)
    digest = hashlib.sha256(data).hexdigest()
    if args.stats:
        print(stats(records, metas))
    print("%s  %s" % (digest, args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
