#!/usr/bin/env python3
"""make_dev24.py - generator for the dev24 held-out evaluation set (golden format v1).

Standard library only.  Deterministic: every scenario draws all of its random
choices from random.Random("dev24-<scenario name>") (string seeds are hashed
with SHA-512 by the random module, so PYTHONHASHSEED has no influence), every
scenario carries a fixed, hand-written base timestamp, and records are written
in the fixed order given by ORDER at the bottom of this file.

Usage:  python3 make_dev24.py      -> writes dev24.jsonl next to this script.
"""
import datetime
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dev24.jsonl")

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)
KUBE_ALNUM = "bcdfghjklmnpqrstvwxz2456789"


def parse_base(s):
    d = datetime.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=datetime.timezone.utc)
    return int((d - EPOCH).total_seconds()) * 1000


def _dt(ms):
    return EPOCH + datetime.timedelta(milliseconds=ms)


def _us(ms):
    # deterministic sub-millisecond digits (0..999) derived from the millisecond value
    return (ms * 7919 + 311) % 1000


def _ns(ms):
    return (ms * 104729 + 12345) % 1000000


def f_iso(ms):
    d = _dt(ms)
    return d.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % (ms % 1000)


def f_isos(ms):
    return _dt(ms).strftime("%Y-%m-%dT%H:%M:%SZ")


def f_isous(ms):
    return _dt(ms).strftime("%Y-%m-%dT%H:%M:%S") + ".%03d%03dZ" % (ms % 1000, _us(ms))


def f_isons(ms):
    return _dt(ms).strftime("%Y-%m-%dT%H:%M:%S") + ".%03d%06dZ" % (ms % 1000, _ns(ms))


def f_iso00(ms):
    return _dt(ms).strftime("%Y-%m-%dT%H:%M:%S") + ".%03d+00:00" % (ms % 1000)


def f_isous00(ms):
    return _dt(ms).strftime("%Y-%m-%dT%H:%M:%S") + ".%03d%03d+00:00" % (ms % 1000, _us(ms))


def f_py(ms):
    return _dt(ms).strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % (ms % 1000)


def f_pyms(ms):
    return _dt(ms).strftime("%Y-%m-%d %H:%M:%S") + ".%03d" % (ms % 1000)


def f_pyus(ms):
    return _dt(ms).strftime("%Y-%m-%d %H:%M:%S") + ".%03d%03d" % (ms % 1000, _us(ms))


def f_pg(ms):
    return _dt(ms).strftime("%Y-%m-%d %H:%M:%S") + ".%03d UTC" % (ms % 1000)


def f_clf(ms):
    d = _dt(ms)
    return "%02d/%s/%04d:%s +0000" % (d.day, MONTHS[d.month - 1], d.year, d.strftime("%H:%M:%S"))


def f_redis(ms):
    d = _dt(ms)
    return "%02d %s %04d %s.%03d" % (d.day, MONTHS[d.month - 1], d.year, d.strftime("%H:%M:%S"), ms % 1000)


def f_klog(ms):
    d = _dt(ms)
    return d.strftime("%m%d %H:%M:%S") + ".%03d%03d" % (ms % 1000, _us(ms))


def f_epoch(ms):
    return "%d.%03d%03d" % (ms // 1000, ms % 1000, _us(ms))


def f_epochms(ms):
    return "%d" % ms


def f_epochs(ms):
    return "%d" % (ms // 1000)


def f_slash(ms):
    return _dt(ms).strftime("%Y/%m/%d %H:%M:%S")


def f_slashus(ms):
    return _dt(ms).strftime("%Y/%m/%d %H:%M:%S") + ".%03d%03d" % (ms % 1000, _us(ms))


def f_bsd(ms):
    d = _dt(ms)
    return "%s %2d %s" % (MONTHS[d.month - 1], d.day, d.strftime("%H:%M:%S"))


TSFMT = {
    "iso": f_iso, "isos": f_isos, "isous": f_isous, "isons": f_isons, "iso00": f_iso00,
    "isous00": f_isous00, "py": f_py, "pyms": f_pyms, "pyus": f_pyus, "pg": f_pg, "clf": f_clf,
    "redis": f_redis, "klog": f_klog, "epoch": f_epoch, "epochms": f_epochms, "epochs": f_epochs,
    "slash": f_slash, "slashus": f_slashus, "bsd": f_bsd,
}
_TOK = re.compile(r"\u00a7(\w+)\u00a7")


def render(line, ms):
    return _TOK.sub(lambda m: TSFMT[m.group(1)](ms), line)


class Cluster:
    def __init__(self, dist, name, nodes, pod_net, svc_net, dns_ip, api_ip, domain="cluster.local"):
        self.dist = dist
        self.name = name
        self.nodes = nodes
        self.pod_net = pod_net      # e.g. "10.42" -> 10.42.x.y
        self.svc_net = svc_net      # e.g. "10.43"
        self.dns_ip = dns_ip
        self.api_ip = api_ip
        self.domain = domain


class Src:
    """A log source: a container, a node journal unit, the kernel ring buffer or the event stream."""

    def __init__(self, kind, ns=None, name=None, container=None, node=None, app=None,
                 owner_kind="Deployment", owner=None, ip=None, stream="stdout", unit=None, uid=None):
        self.kind = kind
        self.ns = ns
        self.name = name
        self.container = container
        self.node = node
        self.app = app
        self.owner_kind = owner_kind
        self.owner = owner
        self.ip = ip
        self.stream = stream
        self.unit = unit
        self.uid = uid

    def err(self):
        c = Src(self.kind, self.ns, self.name, self.container, self.node, self.app,
                self.owner_kind, self.owner, self.ip, "stderr", self.unit, self.uid)
        return c


# ---------------------------------------------------------------- label conventions
# Each shipper produces the stream labels the way it does in Loki.

def _owner_label(src):
    return {"Deployment": "k8s_deployment_name", "StatefulSet": "k8s_statefulset_name",
            "DaemonSet": "k8s_daemonset_name", "Job": "k8s_job_name",
            "CronJob": "k8s_cronjob_name"}.get(src.owner_kind, "k8s_deployment_name")


def labels_promtail(w, s):
    if s.kind == "pod":
        return {"namespace": s.ns, "pod": s.name, "container": s.container, "node_name": s.node,
                "app": s.app, "job": "%s/%s" % (s.ns, s.app), "stream": s.stream, "cluster": w.cluster.name}
    if s.kind == "journal":
        return {"job": "systemd-journal", "unit": s.unit, "hostname": s.node, "cluster": w.cluster.name}
    if s.kind == "kernel":
        return {"job": "systemd-journal", "transport": "kernel", "hostname": s.node, "cluster": w.cluster.name}
    if s.kind == "file":
        return {"job": "node-logs", "filename": s.unit, "hostname": s.node, "cluster": w.cluster.name}
    raise ValueError(s.kind)


def labels_fluentbit(w, s):
    if s.kind == "pod":
        return {"job": "fluent-bit", "namespace_name": s.ns, "pod_name": s.name, "container_name": s.container,
                "host": s.node, "app": s.app, "stream": s.stream}
    if s.kind == "journal":
        return {"job": "fluent-bit", "host": s.node, "systemd_unit": s.unit}
    if s.kind == "kernel":
        return {"job": "fluent-bit", "host": s.node, "source": "kmsg"}
    if s.kind == "file":
        return {"job": "fluent-bit", "host": s.node, "filename": s.unit}
    if s.kind == "events":
        return {"job": "fluent-bit", "source": "kubernetes_events", "namespace_name": s.ns}
    raise ValueError(s.kind)


def labels_vector(w, s):
    if s.kind == "pod":
        return {"agent": "vector", "cluster": w.cluster.name, "pod_namespace": s.ns, "pod_name": s.name,
                "container_name": s.container, "pod_node_name": s.node, "app": s.app, "stream": s.stream}
    if s.kind == "journal":
        return {"agent": "vector", "cluster": w.cluster.name, "host": s.node, "systemd_unit": s.unit}
    if s.kind == "kernel":
        return {"agent": "vector", "cluster": w.cluster.name, "host": s.node, "syslog_identifier": "kernel"}
    if s.kind == "file":
        return {"agent": "vector", "cluster": w.cluster.name, "host": s.node, "file": s.unit}
    raise ValueError(s.kind)


def labels_alloy(w, s):
    if s.kind == "pod":
        return {"cluster": w.cluster.name, "namespace": s.ns, "job": "%s/%s" % (s.ns, s.container),
                "pod": s.name, "container": s.container, "service_name": s.app,
                "app_kubernetes_io_name": s.app}
    if s.kind == "journal":
        return {"cluster": w.cluster.name, "job": "integrations/kubernetes/journal", "unit": s.unit,
                "instance": s.node}
    if s.kind == "kernel":
        return {"cluster": w.cluster.name, "job": "integrations/kubernetes/journal",
                "syslog_identifier": "kernel", "instance": s.node}
    if s.kind == "events":
        return {"cluster": w.cluster.name, "job": "integrations/kubernetes/eventhandler", "namespace": s.ns}
    raise ValueError(s.kind)


def labels_otel(w, s):
    if s.kind == "pod":
        d = {"service_name": s.app, "k8s_cluster_name": w.cluster.name, "k8s_namespace_name": s.ns,
             "k8s_pod_name": s.name, "k8s_container_name": s.container}
        d[_owner_label(s)] = s.owner
        return d
    if s.kind == "journal":
        return {"service_name": s.unit.replace(".service", ""), "k8s_cluster_name": w.cluster.name,
                "k8s_node_name": s.node}
    if s.kind == "kernel":
        return {"service_name": "kernel", "k8s_cluster_name": w.cluster.name, "k8s_node_name": s.node}
    if s.kind == "events":
        return {"service_name": "k8s-events", "k8s_cluster_name": w.cluster.name, "k8s_namespace_name": s.ns}
    raise ValueError(s.kind)


def labels_openshift(w, s):
    if s.kind == "pod":
        infra = s.ns.startswith("openshift") or s.ns.startswith("kube-")
        return {"log_type": "infrastructure" if infra else "application",
                "kubernetes_namespace_name": s.ns, "kubernetes_pod_name": s.name,
                "kubernetes_container_name": s.container, "kubernetes_host": s.node}
    if s.kind in ("journal", "kernel"):
        return {"log_type": "infrastructure", "kubernetes_host": s.node}
    raise ValueError(s.kind)


SHIPPERS = {
    # name: (label function, how Kubernetes events arrive)
    "promtail": (labels_promtail, "exporter"),
    "fluentbit": (labels_fluentbit, "fbevents"),
    "vector": (labels_vector, "exporter"),
    "alloy": (labels_alloy, "logfmt"),
    "otel": (labels_otel, "message"),
    "openshift": (labels_openshift, "eventrouter"),
}

API_VERSION = {"Pod": "v1", "Node": "v1", "PersistentVolumeClaim": "v1", "Service": "v1",
               "Deployment": "apps/v1", "ReplicaSet": "apps/v1", "StatefulSet": "apps/v1",
               "DaemonSet": "apps/v1", "Job": "batch/v1", "CronJob": "batch/v1",
               "HorizontalPodAutoscaler": "autoscaling/v2", "Certificate": "cert-manager.io/v1",
               "CertificateRequest": "cert-manager.io/v1", "Order": "acme.cert-manager.io/v1",
               "Endpoints": "v1", "Ingress": "networking.k8s.io/v1"}


class Window:
    def __init__(self, name, base, cluster, shipper):
        self.name = name
        self.rng = random.Random("dev24-" + name)
        self.t0 = parse_base(base)
        self.cluster = cluster
        self.shipper = shipper
        self.items = []
        self.seq = 0
        self._ips = set()
        self._kpid = {}
        self._evsrc = None
        self._rv = self.rng.randint(18000000, 90000000)

    # ---------------------------------------------------------- randomness helpers
    def kid(self, n):
        return "".join(self.rng.choice(KUBE_ALNUM) for _ in range(n))

    def hexs(self, n):
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def uuid(self):
        h = self.hexs(32)
        return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], self.rng.choice("89ab"), h[17:20], h[20:32])

    def rv(self):
        self._rv += self.rng.randint(3, 400)
        return str(self._rv)

    def pod_ip(self):
        while True:
            ip = "%s.%d.%d" % (self.cluster.pod_net, self.rng.randint(0, 7), self.rng.randint(2, 250))
            if ip not in self._ips:
                self._ips.add(ip)
                return ip

    def svc_ip(self):
        while True:
            ip = "%s.%d.%d" % (self.cluster.svc_net, self.rng.randint(0, 255), self.rng.randint(2, 250))
            if ip not in self._ips:
                self._ips.add(ip)
                return ip

    def node(self, i=None):
        if i is None:
            return self.rng.choice(self.cluster.nodes)
        return self.cluster.nodes[i]

    # ---------------------------------------------------------- sources
    def deploy(self, ns, deploy, container, node=None, app=None, rs=None):
        rs = rs or self.kid(self.rng.choice((9, 10)))
        return Src("pod", ns, "%s-%s-%s" % (deploy, rs, self.kid(5)), container, node or self.node(),
                   app or deploy, "Deployment", deploy, self.pod_ip(), uid=self.uuid())

    def sts(self, ns, sts, ordinal, container, node=None, app=None):
        return Src("pod", ns, "%s-%d" % (sts, ordinal), container, node or self.node(), app or sts,
                   "StatefulSet", sts, self.pod_ip(), uid=self.uuid())

    def ds(self, ns, ds, container, node, app=None):
        return Src("pod", ns, "%s-%s" % (ds, self.kid(5)), container, node, app or ds, "DaemonSet", ds,
                   self.pod_ip(), uid=self.uuid())

    def job(self, ns, job, container, node=None, app=None, cron=None):
        name = "%s-%s" % (job, self.kid(5))
        return Src("pod", ns, name, container, node or self.node(), app or (cron or job),
                   "CronJob" if cron else "Job", cron or job, self.pod_ip(), uid=self.uuid())

    def same_pod(self, src, container, app=None):
        return Src("pod", src.ns, src.name, container, src.node, app or src.app, src.owner_kind, src.owner,
                   src.ip, uid=src.uid)

    def journal(self, node, unit="kubelet.service"):
        return Src("journal", node=node, unit=unit)

    def kernel(self, node):
        return Src("kernel", node=node)

    # ---------------------------------------------------------- emitting
    def emit(self, sec, src, line, ev=False):
        ms = self.t0 + int(round(sec * 1000))
        labels = SHIPPERS[self.shipper][0](self, src)
        labels = dict((k, v) for k, v in labels.items() if v is not None)
        self.items.append((ms, self.seq, labels, render(line, ms), ev))
        self.seq += 1

    def every(self, src, t_from, t_to, period, jitter, fn, ev=False):
        """Call fn(i) for periodic lines; fn returns a line or a list of (dt, line)."""
        t = t_from + self.rng.uniform(0, period)
        i = 0
        while t < t_to:
            out = fn(i)
            if isinstance(out, list):
                for dt, ln in out:
                    self.emit(t + dt, src, ln, ev)
            elif out:
                self.emit(t, src, out, ev)
            i += 1
            t += period + self.rng.uniform(-jitter, jitter)

    def kpid(self, node):
        if node not in self._kpid:
            self._kpid[node] = self.rng.randint(900, 4200)
        return self._kpid[node]

    def kubelet(self, sec, node, level, where, msg, ev=False, unit="kubelet.service"):
        src = self.journal(node, unit)
        if self.cluster.dist == "rke2":
            # RKE2 runs the kubelet under its supervisor and writes its output to a file
            src = Src("file", node=node, unit="/var/lib/rancher/rke2/agent/logs/kubelet.log")
        prefix = ""
        if self.cluster.dist == "openshift":
            prefix = "kubenswrapper[%d]: " % self.kpid(node)
        self.emit(sec, src, "%s%s\u00a7klog\u00a7 %7d %s] %s" % (prefix, level, self.kpid(node), where, msg), ev)

    def containerd(self, sec, node, level, msg, ev=False):
        unit = "crio.service" if self.cluster.dist == "openshift" else "containerd.service"
        self.emit(sec, self.journal(node, unit), 'time="\u00a7isons\u00a7" level=%s msg=%s' % (level, json.dumps(msg)), ev)

    def kmsg(self, sec, node, msg, ev=False, boot=None):
        self.emit(sec, self.kernel(node), msg, ev)

    def event(self, sec, ns, kind, name, reason, message, etype="Normal", component="kubelet", host=None,
              count=1, field=None, first=None, ev=False):
        style = SHIPPERS[self.shipper][1]
        ms = self.t0 + int(round(sec * 1000))
        first_ms = self.t0 + int(round(first * 1000)) if first is not None else ms
        api = API_VERSION.get(kind, "v1")
        ename = "%s.%s" % (name, self.hexs(16))
        if style == "logfmt":
            line = ("name=%s kind=%s action= objectAPIversion=%s objectRV=%s eventRV=%s "
                    "sourcecomponent=%s %sreason=%s type=%s count=%d msg=%s") % (
                name, kind, api, self.rv(), self.rv(), component,
                ("sourcehost=%s " % host) if host else "", reason, etype, count, json.dumps(message))
            src = Src("events", ns=ns or "default")
            self.emit(sec, src, line, ev)
            return
        if style == "message":
            src = Src("events", ns=ns or "default")
            self.emit(sec, src, message, ev)
            return
        inv = {"kind": kind}
        if ns:
            inv["namespace"] = ns
        inv["name"] = name
        inv["uid"] = self.uuid()
        inv["apiVersion"] = api
        inv["resourceVersion"] = self.rv()
        if field:
            inv["fieldPath"] = field
        srcd = {"component": component}
        if host:
            srcd["host"] = host
        obj = {"metadata": {"name": ename, "namespace": ns or "default", "uid": self.uuid(),
                            "resourceVersion": self.rv(), "creationTimestamp": f_isos(first_ms)},
               "involvedObject": inv, "reason": reason, "message": message, "source": srcd,
               "firstTimestamp": f_isos(first_ms), "lastTimestamp": f_isos(ms), "count": count,
               "type": etype, "eventTime": None, "reportingComponent": component if component != "kubelet" else "",
               "reportingInstance": host or ""}
        if style == "eventrouter":
            line = json.dumps({"verb": "ADDED" if count == 1 else "UPDATED", "event": obj}, separators=(",", ":"))
            src = self._event_pod("openshift-logging", "eventrouter", "kube-eventrouter", "eventrouter")
        elif style == "fbevents":
            line = json.dumps(obj, separators=(",", ":"))
            src = Src("events", ns=ns or "default")
        else:
            line = json.dumps(obj, separators=(",", ":"))
            src = self._event_pod("monitoring", "event-exporter", "event-exporter", "event-exporter")
        self.emit(sec, src, line, ev)

    def _event_pod(self, ns, deploy, container, app):
        if self._evsrc is None:
            self._evsrc = self.deploy(ns, deploy, container, app=app)
        return self._evsrc

    # ---------------------------------------------------------- record
    def record(self, source, question, selector, expected):
        self.items.sort(key=lambda x: (x[0], x[1]))
        logs = []
        evidence = []
        for i, (ms, _, labels, line, ev) in enumerate(self.items):
            logs.append({"ts": f_iso(ms), "labels": labels, "line": line})
            if ev:
                evidence.append(i)
        sel = {"namespace": None, "pod": None, "container": None, "node": None, "app": None}
        sel.update(selector or {})
        exp = dict(expected)
        exp["evidence"] = evidence
        cat = exp["root_cause_category"]
        if cat == "none":
            assert not evidence, "%s: healthy record must carry no evidence" % self.name
            assert "component" not in exp, "%s: healthy record must have no component" % self.name
        else:
            assert evidence, "%s: incident record without evidence" % self.name
            assert exp.get("component"), "%s: incident record without component" % self.name
        assert 40 <= len(logs) <= 170, "%s: %d lines" % (self.name, len(logs))
        span = (self.items[-1][0] - self.items[0][0]) / 1000.0
        assert 300 <= span <= 780, "%s: window spans %.0fs" % (self.name, span)
        return {"id": None, "source": source, "question": question, "selector": sel, "logs": logs,
                "expected": exp}


# ---------------------------------------------------------------- small shared noise helpers

UA_BROWSERS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.81 Mobile Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
]


def client_ip(w):
    r = w.rng
    return r.choice(["81.%d.%d.%d", "92.%d.%d.%d", "176.%d.%d.%d", "86.%d.%d.%d", "151.%d.%d.%d"]) % (
        r.randint(1, 254), r.randint(1, 254), r.randint(1, 254))


def nginx_access(w, ip, method, path, status, size, rt, upstream_name, upstream_addr, ua=None, ref="-",
                 reqlen=None, urt=None, ustatus=None, ubytes=None, client=None):
    """One ingress-nginx (controller default log-format-upstream) access line."""
    reqid = w.hexs(32)
    return '%s - - [\u00a7clf\u00a7] "%s %s HTTP/1.1" %d %d "%s" "%s" %d %.3f [%s] [] %s %s %s %s %s' % (
        client or ip, method, path, status, size, ref, ua or w.rng.choice(UA_BROWSERS),
        reqlen or w.rng.randint(280, 720), rt, upstream_name, upstream_addr,
        ubytes if ubytes is not None else size,
        urt if isinstance(urt, str) else (("%.3f" % urt) if urt is not None else ("%.3f" % rt)),
        ustatus if ustatus is not None else status, reqid)


def pino(level, host, msg, **kv):
    """A pino JSON line (Node.js)."""
    lv = {"trace": 10, "debug": 20, "info": 30, "warn": 40, "error": 50, "fatal": 60}[level]
    extra = "".join('%s:%s,' % (json.dumps(k), json.dumps(v, separators=(",", ":"))) for k, v in kv.items())
    return '{"level":%d,"time":\u00a7epochms\u00a7,"pid":1,"hostname":"%s",%s"msg":%s}' % (lv, host, extra, json.dumps(msg))


def zapj(level, caller, msg, **kv):
    """A zap production JSON line (Go)."""
    extra = "".join(',%s:%s' % (json.dumps(k), json.dumps(v, separators=(",", ":"))) for k, v in kv.items())
    return '{"level":"%s","ts":\u00a7epoch\u00a7,"caller":"%s","msg":%s%s}' % (level, caller, json.dumps(msg), extra)


def slog(level, msg, **kv):
    """A Go log/slog TextHandler line."""
    parts = ["time=\u00a7iso\u00a7", "level=" + level, "msg=" + (json.dumps(msg) if (" " in msg or "=" in msg or '"' in msg) else msg)]
    for k, v in kv.items():
        s = str(v)
        parts.append("%s=%s" % (k, json.dumps(s) if (" " in s or "=" in s or '"' in s or s == "") else s))
    return " ".join(parts)


def spring(level, thread, logger, msg, app=None, pid=1):
    """Spring Boot 3.x default console pattern."""
    return "\u00a7iso\u00a7 %5s %d --- [%s] [%15s] %-40s : %s" % (
        level, pid, app or "", thread[-15:], logger[-40:], msg) if app else \
        "\u00a7iso\u00a7 %5s %d --- [%15s] %-40s : %s" % (level, pid, thread[-15:], logger[-40:], msg)


def pylog(level, logger, msg):
    return "\u00a7py\u00a7 %s %s %s" % (level, logger, msg)


SCENARIOS = {}


def scenario(name):
    def deco(fn):
        SCENARIOS[name] = fn
        return fn
    return deco


# ================================================================= newsroom: image resizer OOM loop
GKE_NEWS = Cluster("gke", "news-prod-euw1",
                   ["gke-news-prod-default-pool-3f9a2c1d-x7k2", "gke-news-prod-default-pool-3f9a2c1d-m4qz",
                    "gke-news-prod-default-pool-8be01d44-c2wn", "gke-news-prod-highmem-pool-51ac7e02-t9rf"],
                   "10.52", "10.56", "10.56.0.10", "172.16.0.2")


@scenario("renditions")
def s_renditions():
    w = Window("renditions", "2026-02-11T06:40:00Z", GKE_NEWS, "alloy")
    r = w.rng
    ns = "newsroom-media"
    n_hm = w.node(3)
    rz1 = w.deploy(ns, "image-resizer", "image-resizer", node=n_hm, rs="6d8f9c7b54")
    rz2 = w.deploy(ns, "image-resizer", "image-resizer", node=w.node(1), rs="6d8f9c7b54")
    cms = w.deploy(ns, "cms-api", "cms-api", node=w.node(0))
    rcache = w.sts(ns, "rendition-cache", 0, "redis", node=w.node(2))
    ing = w.deploy("ingress-nginx", "ingress-nginx-controller", "controller", node=w.node(2), app="ingress-nginx")
    purge = w.deploy(ns, "cdn-purge-worker", "worker", node=w.node(1), app="cdn-purge-worker")
    ups = "newsroom-media-image-resizer-3000"
    rz_svc = w.svc_ip()

    sizes = ["1200x675", "640x360", "320x180", "1920x1080", "800x450"]
    slugs = ["2026/02/11/storm-ciara-floods-north-coast", "2026/02/11/budget-vote-live", "2026/02/10/cup-final-preview",
             "2026/02/11/rail-strike-talks", "2026/02/11/central-bank-rates-explainer"]

    def access(i):
        slug = r.choice(slugs)
        size = r.choice(sizes)
        st = r.choice([200] * 9 + [304, 404]) if i % 7 else 200
        path = "/img/%s/%s.webp" % (slug, size) if st != 404 else "/img/%s/hero-old.jpg" % slug
        body = r.randint(18000, 240000) if st == 200 else (0 if st == 304 else 146)
        rt = r.uniform(0.004, 0.09)
        up = r.choice([rz1.ip, rz2.ip])
        return nginx_access(w, None, "GET", path, st, body, rt, ups, up + ":3000", client=r.choice(
            ["35.191.12.%d" % r.randint(2, 250), "130.211.3.%d" % r.randint(2, 250)]),
            ua="Fastly/Origin-Pull", ref="-")
    w.every(ing, 0, 88, 7.0, 2.0, access)

    # healthy neighbours
    w.emit(3.2, rcache, "1:M \u00a7redis\u00a7 * 100 changes in 300 seconds. Saving...")
    w.emit(3.3, rcache, "1:M \u00a7redis\u00a7 * Background saving started by pid 8812")
    w.emit(4.1, rcache, "8812:C \u00a7redis\u00a7 * DB saved on disk")
    w.emit(4.1, rcache, "8812:C \u00a7redis\u00a7 * Fork CoW for RDB: current 1 MB, peak 1 MB, average 1 MB")
    w.emit(4.2, rcache, "1:M \u00a7redis\u00a7 * Background saving terminated with success")
    w.emit(304.0, rcache, "1:M \u00a7redis\u00a7 * 100 changes in 300 seconds. Saving...")
    w.emit(304.1, rcache, "1:M \u00a7redis\u00a7 * Background saving started by pid 9127")
    w.emit(305.0, rcache, "9127:C \u00a7redis\u00a7 * DB saved on disk")
    w.emit(305.1, rcache, "1:M \u00a7redis\u00a7 * Background saving terminated with success")

    def purge_tick(i):
        n = r.randint(2, 14)
        return pino("info", purge.name, "purge batch sent", surrogateKeys=n, provider="fastly", status=200, durationMs=r.randint(80, 260))
    w.every(purge, 10, 590, 75, 10, purge_tick)

    # photo desk uploads a batch of full-resolution TIFFs from the stadium
    w.emit(91.4, cms, pino("info", cms.name, "asset upload complete", assetId="a-7731902", mime="image/tiff",
                            bytes=187342211, uploader="photodesk-sport"))
    w.emit(92.0, cms, pino("info", cms.name, "asset upload complete", assetId="a-7731903", mime="image/tiff",
                            bytes=179906554, uploader="photodesk-sport"))
    w.emit(92.6, cms, pino("info", cms.name, "rendition job queued", assetId="a-7731902", renditions=7))
    w.emit(92.9, cms, pino("info", cms.name, "rendition job queued", assetId="a-7731903", renditions=7))
    w.emit(93.3, rz1, pino("info", rz1.name, "rendition job started", assetId="a-7731902", input="9504x6336", format="tiff", concurrency=4))
    w.emit(93.8, rz2, pino("info", rz2.name, "rendition job started", assetId="a-7731903", input="9504x6336", format="tiff", concurrency=4))
    w.emit(104.5, rz1, pino("warn", rz1.name, "process memory high", rssMb=1712, heapUsedMb=214, externalMb=1391, limitMb=2048))
    w.emit(107.9, rz2, pino("warn", rz2.name, "process memory high", rssMb=1688, heapUsedMb=209, externalMb=1370, limitMb=2048))

    cid1 = w.hexs(64)
    cid2 = w.hexs(64)
    uid1 = rz1.uid.replace("-", "_")
    uid2 = rz2.uid.replace("-", "_")

    def oom(t, src, cid, uid, pid, rss, ev_main=True, full=False):
        node = src.node
        if full:
            w.kmsg(t, node, "node invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=996")
            w.kmsg(t + 0.001, node, "memory: usage 2097152kB, limit 2097152kB, failcnt %d" % r.randint(40, 900))
            w.kmsg(t + 0.002, node, ("oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=cri-containerd-%s.scope,"
                                 "mems_allowed=0,oom_memcg=/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod%s.slice,"
                                 "task_memcg=/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod%s.slice/cri-containerd-%s.scope,"
                                     "task=node,pid=%d,uid=1000") % (cid, uid, uid, cid, pid))
        w.kmsg(t + 0.003, node, ("Memory cgroup out of memory: Killed process %d (node) total-vm:%dkB, anon-rss:%dkB, "
                                 "file-rss:%dkB, shmem-rss:0kB, UID:1000 pgtables:%dkB oom_score_adj:996") % (
            pid, r.randint(22000000, 23500000), rss, r.randint(30000, 52000), r.randint(4400, 5200)), ev_main)
        w.containerd(t + 0.05, node, "info", 'TaskOOM event container_id:"%s"' % cid, ev_main)
        if full:
            w.containerd(t + 0.21, node, "info", "shim disconnected")
        w.kubelet(t + 0.9, node, "I", "kubelet.go:2461",
                  '"SyncLoop (PLEG): event for pod" pod="%s/%s" event={"ID":"%s","Type":"ContainerDied","Data":"%s"}' % (
                      src.ns, src.name, src.uid, cid))

    oom(118.217, rz1, cid1, uid1, 2817, 2071344, full=True)
    w.emit(118.6, ing, "\u00a7slash\u00a7 [error] 1873#1873: *4471904 connect() failed (111: Connection refused) while connecting to upstream, "
           "client: 35.191.12.77, server: img.northstar-news.com, request: \"GET /img/2026/02/11/cup-final-preview/1200x675.webp HTTP/1.1\", "
           "upstream: \"http://%s:3000/img/2026/02/11/cup-final-preview/1200x675.webp\", host: \"img.northstar-news.com\"" % rz1.ip)
    w.emit(119.4, cms, pino("error", cms.name, "rendition request failed", assetId="a-7731902",
                             err="socket hang up", code="ECONNRESET", target="http://image-resizer.newsroom-media.svc.cluster.local:3000/v1/renditions"))
    oom(123.904, rz2, cid2, uid2, 3104, 2079012, full=True)
    w.emit(124.8, cms, pino("error", cms.name, "rendition request failed", assetId="a-7731903",
                             err="socket hang up", code="ECONNRESET", target="http://image-resizer.newsroom-media.svc.cluster.local:3000/v1/renditions"))
    w.emit(125.2, ing, nginx_access(w, None, "GET", "/img/2026/02/11/storm-ciara-floods-north-coast/640x360.webp", 502, 150, 0.002,
                                     ups, "%s:3000, %s:3000" % (rz1.ip, rz2.ip), client="35.191.12.40", ua="Fastly/Origin-Pull",
                                     urt=None, ustatus="502, 502", ubytes="0, 0"))

    def restart(t, src, n):
        w.kubelet(t, src.node, "I", "kuberuntime_manager.go:1019", '"Container of pod is not in the desired state and shall be started" containerName="image-resizer" pod="%s/%s"' % (src.ns, src.name))
        w.emit(t + 1.6, src, pino("info", src.name, "sharp ready", libvips="8.15.3", concurrency=4, simd=True))
        w.emit(t + 1.7, src.err(), "(node:1) [DEP0040] DeprecationWarning: The `punycode` module is deprecated. Please use a userland alternative instead.")
        w.emit(t + 1.9, src, pino("info", src.name, "Server listening at http://0.0.0.0:3000"))
        w.emit(t + 2.4, src, pino("info", src.name, "resuming rendition queue", pending=r.randint(9, 16), restartCount=n))

    restart(131.0, rz1, 1)
    restart(137.5, rz2, 1)
    for t, src in ((134.4, rz1), (140.8, rz2)):
        w.emit(t, src, pino("info", src.name, "rendition job started", assetId="a-7731902" if src is rz1 else "a-7731903",
                             input="9504x6336", format="tiff", concurrency=4))
    cid3, cid4, cid5 = w.hexs(64), w.hexs(64), w.hexs(64)
    oom(161.33, rz1, cid3, uid1, 3011, 2068720)
    oom(169.02, rz2, cid4, uid2, 3295, 2080164)
    w.event(170.0, ns, "Pod", rz1.name, "BackOff", "Back-off restarting failed container image-resizer in pod %s_%s(%s)" % (rz1.name, ns, rz1.uid),
            etype="Warning", host=rz1.node, count=2, first=162.0, field="spec.containers{image-resizer}")
    w.event(176.0, ns, "Pod", rz2.name, "BackOff", "Back-off restarting failed container image-resizer in pod %s_%s(%s)" % (rz2.name, ns, rz2.uid),
            etype="Warning", host=rz2.node, count=2, first=170.0, field="spec.containers{image-resizer}")
    w.kubelet(171.2, rz1.node, "E", "pod_workers.go:1301",
              '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"image-resizer\\" with CrashLoopBackOff: \\"back-off 20s restarting failed container=image-resizer pod=%s_%s(%s)\\"" pod="%s/%s" podUID="%s"' % (
                  rz1.name, ns, rz1.uid, ns, rz1.name, rz1.uid))

    def ing_fail(i):
        slug = r.choice(slugs)
        if i % 3 == 0:
            return "\u00a7slash\u00a7 [error] 1873#1873: *%d no live upstreams while connecting to upstream, client: 35.191.12.%d, server: img.northstar-news.com, request: \"GET /img/%s/%s.webp HTTP/1.1\", upstream: \"http://%s/img/%s/%s.webp\", host: \"img.northstar-news.com\"" % (
                r.randint(4472000, 4489000), r.randint(2, 250), slug, r.choice(sizes), ups, slug, r.choice(sizes))
        st = r.choice([502, 503, 200, 200, 304])
        return nginx_access(w, None, "GET", "/img/%s/%s.webp" % (slug, r.choice(sizes)), st, 150 if st >= 500 else (0 if st == 304 else r.randint(20000, 200000)),
                            r.uniform(0.001, 0.05), ups, r.choice([rz1.ip, rz2.ip]) + ":3000", client="35.191.12.%d" % r.randint(2, 250),
                            ua="Fastly/Origin-Pull")
    w.every(ing, 126, 590, 14.0, 4.0, ing_fail)

    restart(193.0, rz1, 2)
    restart(201.0, rz2, 2)
    cid6 = w.hexs(64)
    oom(226.8, rz1, cid5, uid1, 3388, 2075904)
    oom(236.1, rz2, cid6, uid2, 3571, 2081876)
    restart(278.0, rz1, 3)
    restart(289.0, rz2, 3)
    oom(311.5, rz1, w.hexs(64), uid1, 3702, 2070018)
    oom(322.4, rz2, w.hexs(64), uid2, 3899, 2082230)
    w.event(330.0, ns, "Pod", rz1.name, "BackOff", "Back-off restarting failed container image-resizer in pod %s_%s(%s)" % (rz1.name, ns, rz1.uid),
            etype="Warning", host=rz1.node, count=9, first=162.0, field="spec.containers{image-resizer}")
    w.event(338.0, ns, "Pod", rz2.name, "BackOff", "Back-off restarting failed container image-resizer in pod %s_%s(%s)" % (rz2.name, ns, rz2.uid),
            etype="Warning", host=rz2.node, count=8, first=170.0, field="spec.containers{image-resizer}")

    def cms_tick(i):
        if i % 2:
            return pino("error", cms.name, "rendition request failed", assetId=r.choice(["a-7731902", "a-7731903", "a-7731911"]),
                        err="connect ECONNREFUSED %s:3000" % rz_svc, code="ECONNREFUSED",
                        target="http://image-resizer.newsroom-media.svc.cluster.local:3000/v1/renditions")
        return pino("info", cms.name, "article saved", articleId="art-%d" % r.randint(880100, 880400), desk=r.choice(["sport", "news", "business"]),
                    revision=r.randint(2, 40))
    w.every(cms, 340, 595, 22, 6, cms_tick)
    restart(452.0, rz1, 4)
    oom(487.6, rz1, w.hexs(64), uid1, 4016, 2073390)

    return w.record(
        "synthetic:dev24-newsroom",
        "Photos on the sport section are broken on the site and the CDN is returning 502s for img.northstar-news.com - what is wrong with the resizer?",
        {"namespace": ns, "app": "image-resizer"},
        {"severity": "CRITICAL", "root_cause_category": "oom_killed", "component": "image-resizer",
         "root_cause": "Both image-resizer replicas are killed by the kernel memory-cgroup OOM killer at their 2Gi limit while decoding the 61-megapixel TIFF uploads from the photo desk with libvips concurrency 4; the job is re-queued on every restart, so the pods are OOM-killed again and sit in CrashLoopBackOff.",
         "summary": "After two ~180 MB TIFFs were uploaded, image-resizer memory climbs to the 2048 MiB cgroup limit and the node process is OOM-killed on both replicas repeatedly; ingress-nginx then has no live upstream (502/503 on /img) and cms-api rendition calls fail with ECONNRESET/ECONNREFUSED.",
         "action": "Pull the two oversized TIFF jobs (a-7731902, a-7731903) out of the rendition queue, raise the image-resizer memory limit or lower sharp concurrency/pixel limit for TIFF input, and add a size guard so huge originals are downscaled in a dedicated job.",
         })


# ================================================================= agriculture: Celery child OOM-killed
AKS_AGRI = Cluster("aks", "agri-analytics-weu",
                   ["aks-system-27463918-vmss000000", "aks-nodepool1-27463918-vmss000001",
                    "aks-nodepool1-27463918-vmss000002", "aks-mlpool-27463918-vmss000003"],
                   "10.244", "10.0", "10.0.0.10", "10.0.0.1")


def celery(level, proc, msg):
    return "[\u00a7py\u00a7: %s/%s] %s" % (level, proc, msg)


def gunicorn_access(w, ip, method, path, status, size, ua="python-requests/2.32.3", ref="-"):
    return '%s - - [\u00a7clf\u00a7] "%s %s HTTP/1.1" %d %s "%s" "%s"' % (ip, method, path, status, size, ref, ua)


@scenario("yieldmodel")
def s_yieldmodel():
    w = Window("yieldmodel", "2026-03-18T09:10:00Z", AKS_AGRI, "fluentbit")
    r = w.rng
    ns = "agronomy"
    mln = w.node(3)
    wk = w.deploy(ns, "yield-model-worker", "worker", node=mln, app="yield-model-worker")
    beat = w.deploy(ns, "yield-model-beat", "beat", node=w.node(1), app="yield-model-beat")
    api = w.deploy(ns, "yield-api", "django", node=w.node(2), app="yield-api")
    mq = w.sts(ns, "rabbitmq", 0, "rabbitmq", node=w.node(1))
    cid = w.hexs(64)
    puid = wk.uid

    fields_small = ["F-20931", "F-20944", "F-21007", "F-21310", "F-21342", "F-22018", "F-22240"]
    fields_big = [("F-30412", 2140), ("F-30419", 1875), ("F-30433", 2460)]
    tids = {}

    def tid():
        return w.uuid()

    # normal task flow before the large estate fields arrive
    t = 4.0
    k = 0
    while t < 110:
        f = fields_small[k % len(fields_small)]
        u = tid()
        w.emit(t, wk, celery("INFO", "MainProcess", "Task yield.tasks.predict_field[%s] received" % u))
        dur = r.uniform(18, 44)
        w.emit(t + dur, wk, celery("INFO", "ForkPoolWorker-%d" % (k % 4 + 1),
                                    "Task yield.tasks.predict_field[%s] succeeded in %.6fs: {'field_id': '%s', 'yield_t_ha': %.2f, 'tiles': %d}" % (
                                        u, dur, f, r.uniform(6.8, 9.9), r.randint(6, 30))))
        t += r.uniform(9, 16)
        k += 1

    w.emit(12.0, beat, celery("INFO", "MainProcess", "Scheduler: Sending due task refresh-weather-grids (agronomy.tasks.refresh_weather_grids)"))
    w.emit(312.0, beat, celery("INFO", "MainProcess", "Scheduler: Sending due task refresh-weather-grids (agronomy.tasks.refresh_weather_grids)"))
    w.emit(2.2, mq, "\u00a7isous00\u00a7 [info] <0.31877.0> accepting AMQP connection 10.244.2.41:52814 -> %s:5672" % mq.ip)
    w.emit(2.3, mq, "\u00a7isous00\u00a7 [info] <0.31877.0> connection 10.244.2.41:52814 -> %s:5672: user 'yield' authenticated and granted access to vhost 'agronomy'" % mq.ip)
    w.emit(61.0, mq, "\u00a7isous00\u00a7 [info] <0.31877.0> closing AMQP connection (10.244.2.41:52814 -> %s:5672, vhost: 'agronomy', user: 'yield', duration: '58s')" % mq.ip)

    # the estate fields: full-resolution mosaics, ~2000 ha each
    big_ids = []
    for j, (f, ha) in enumerate(fields_big):
        u = tid()
        big_ids.append((u, f, ha))
        w.emit(101.0 + j * 0.4, api, pylog("INFO", "yield.views", "Queued forecast %s for field %s (%d ha, resolution=10m, mosaic=full)" % (u, f, ha)))
        w.emit(101.3 + j * 0.4, wk, celery("INFO", "MainProcess", "Task yield.tasks.predict_field[%s] received" % u))
    w.emit(104.2, wk, celery("WARNING", "ForkPoolWorker-3", "yield.raster: building mosaic for F-30412 from 48 tiles (17,850 x 14,402 px, 6 bands, float64)"))
    w.emit(105.0, wk, celery("WARNING", "ForkPoolWorker-1", "yield.raster: building mosaic for F-30419 from 41 tiles (16,230 x 13,118 px, 6 bands, float64)"))

    def kill(t, pid, proc, rss, u, f, job, ev=True):
        w.kmsg(t, mln, "celery invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=999")
        w.kmsg(t + 0.001, mln, "memory: usage 3145728kB, limit 3145728kB, failcnt %d" % r.randint(100, 4000))
        w.kmsg(t + 0.002, mln, ("oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=%s,mems_allowed=0,"
                                "oom_memcg=/kubepods/burstable/pod%s/%s,task_memcg=/kubepods/burstable/pod%s/%s,task=celery,pid=%d,uid=1000") % (
            cid, puid, cid, puid, cid, pid))
        w.kmsg(t + 0.003, mln, ("Memory cgroup out of memory: Killed process %d (celery) total-vm:%dkB, anon-rss:%dkB, "
                                "file-rss:%dkB, shmem-rss:0kB, UID:1000 pgtables:%dkB oom_score_adj:999") % (
            pid, rss + r.randint(400000, 700000), rss, r.randint(20000, 60000), r.randint(4000, 6000)), ev)
        w.emit(t + 0.6, wk.err(), celery("ERROR", "MainProcess", "Process '%s' pid:%d exited with 'signal 9 (SIGKILL)'" % (proc, pid)), ev)
        w.emit(t + 0.62, wk.err(), celery("ERROR", "MainProcess", "Task handler raised error: WorkerLostError('Worker exited prematurely: signal 9 (SIGKILL) Job: %d.')" % job))
        w.emit(t + 0.621, wk.err(), "Traceback (most recent call last):")
        w.emit(t + 0.622, wk.err(), '  File "/usr/local/lib/python3.11/site-packages/billiard/pool.py", line 1265, in mark_as_worker_lost')
        w.emit(t + 0.623, wk.err(), "    raise WorkerLostError(")
        w.emit(t + 0.624, wk.err(), "billiard.exceptions.WorkerLostError: Worker exited prematurely: signal 9 (SIGKILL) Job: %d." % job)
        w.emit(t + 1.4, api, pylog("WARNING", "yield.views", "Forecast %s for field %s failed: WorkerLostError('Worker exited prematurely: signal 9 (SIGKILL) Job: %d.')" % (u, f, job)))

    kill(131.774, 412, "ForkPoolWorker-3", 2893104, big_ids[0][0], "F-30412", 17)
    w.emit(133.0, wk, celery("INFO", "MainProcess", "Task yield.tasks.predict_field[%s] received" % big_ids[2][0]))
    w.emit(134.5, wk, celery("WARNING", "ForkPoolWorker-5", "yield.raster: building mosaic for F-30433 from 55 tiles (19,004 x 15,770 px, 6 bands, float64)"))
    kill(158.201, 398, "ForkPoolWorker-1", 2901776, big_ids[1][0], "F-30419", 18)
    kill(189.930, 1544, "ForkPoolWorker-5", 2911420, big_ids[2][0], "F-30433", 19)

    # agronomists retry from the UI; the retries die the same way
    retry = [(tid(), "F-30412", 2140), (tid(), "F-30433", 2460)]
    w.emit(301.0, api, pylog("INFO", "yield.views", "Queued forecast %s for field F-30412 (2140 ha, resolution=10m, mosaic=full)" % retry[0][0]))
    w.emit(301.2, wk, celery("INFO", "MainProcess", "Task yield.tasks.predict_field[%s] received" % retry[0][0]))
    w.emit(306.8, api, pylog("INFO", "yield.views", "Queued forecast %s for field F-30433 (2460 ha, resolution=10m, mosaic=full)" % retry[1][0]))
    w.emit(307.0, wk, celery("INFO", "MainProcess", "Task yield.tasks.predict_field[%s] received" % retry[1][0]))
    kill(334.118, 1602, "ForkPoolWorker-6", 2899340, retry[0][0], "F-30412", 24)
    kill(352.640, 1688, "ForkPoolWorker-2", 2904112, retry[1][0], "F-30433", 25)

    # small fields keep succeeding on the surviving/replacement children
    t = 200.0
    while t < 590:
        f = r.choice(fields_small)
        u = tid()
        w.emit(t, wk, celery("INFO", "MainProcess", "Task yield.tasks.predict_field[%s] received" % u))
        dur = r.uniform(17, 40)
        w.emit(t + dur, wk, celery("INFO", "ForkPoolWorker-%d" % r.choice([4, 7, 8]),
                                    "Task yield.tasks.predict_field[%s] succeeded in %.6fs: {'field_id': '%s', 'yield_t_ha': %.2f, 'tiles': %d}" % (
                                        u, dur, f, r.uniform(6.8, 9.9), r.randint(6, 30))))
        t += r.uniform(35, 60)

    def api_tick(i):
        f = r.choice(fields_small + ["F-30412", "F-30433"])
        if i % 9 == 4:
            return gunicorn_access(w, "10.244.0.%d" % r.randint(10, 60), "GET", "/api/v1/fields/F-99120/forecast", 404, 23,
                                   ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36")
        return gunicorn_access(w, "10.244.0.%d" % r.randint(10, 60), "GET", "/api/v1/fields/%s/forecast" % f, 200, r.randint(380, 2400),
                               ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36")
    w.every(api, 0, 595, 24, 8, api_tick)
    w.emit(33.0, api.err(), "/usr/local/lib/python3.11/site-packages/django/db/models/fields/__init__.py:1669: RuntimeWarning: DateTimeField Forecast.valid_from received a naive datetime (2026-03-18 00:00:00) while time zone support is active.")

    return w.record(
        "synthetic:dev24-agriculture",
        "Yield forecasts for the big estate fields keep failing with WorkerLostError while the small fields are fine. What is killing the workers?",
        {"namespace": ns, "app": "yield-model-worker"},
        {"severity": "ERROR", "root_cause_category": "oom_killed", "component": "yield-model-worker",
         "root_cause": "Forecasts for the ~2000 ha estate fields build full-resolution float64 mosaics that push the Celery prefork child past the container's 3Gi memory cgroup limit; the kernel OOM killer SIGKILLs the child each time, so the task fails with WorkerLostError.",
         "summary": "yield-model-worker children handling F-30412, F-30419 and F-30433 are OOM-killed at the 3145728 kB memcg limit (kernel 'Memory cgroup out of memory: Killed process ... (celery)'), Celery reports 'exited with signal 9 (SIGKILL)' and WorkerLostError, and yield-api marks the forecasts failed; small-field tasks keep succeeding.",
         "action": "Raise the worker memory limit or route large-field forecasts to a dedicated high-memory queue with concurrency 1, and build mosaics windowed/in float32 instead of loading the full float64 stack; set worker_max_memory_per_child as a guard.",
         })


# ================================================================= railways: Go aggregator nil-pointer panic
RKE2_TRANSIT = Cluster("rke2", "transit-ops-prod",
                       ["rke2-ops-server-01", "rke2-ops-agent-01", "rke2-ops-agent-02", "rke2-ops-agent-03", "rke2-ops-agent-04"],
                       "10.42", "10.43", "10.43.0.10", "10.43.0.1")


def quarkus(level, logger, thread, msg):
    return "\u00a7py\u00a7 %-5s [%s] (%s) %s" % (level, logger, thread, msg)


@scenario("vehiclefeed")
def s_vehiclefeed():
    w = Window("vehiclefeed", "2026-04-07T05:36:00Z", RKE2_TRANSIT, "vector")
    r = w.rng
    ns = "realtime"
    ag = w.deploy(ns, "gtfs-rt-aggregator", "aggregator", node=w.node(2))
    pis = w.deploy(ns, "pis-backend", "pis-backend", node=w.node(3))
    pis2 = w.deploy(ns, "pis-backend", "pis-backend", node=w.node(1), rs=pis.name.split("-")[2])
    ing = w.ds("kube-system", "rke2-ingress-nginx-controller", "rke2-ingress-nginx-controller", w.node(1), app="rke2-ingress-nginx")
    kafka = w.sts("streaming", "transit-kafka", 1, "kafka", node=w.node(4))
    agg_svc = w.svc_ip()
    feeds = [("citybus-avl", 184), ("metrotram-avl", 61), ("regional-rail-avl", 97)]

    def poll(i):
        f, n = feeds[i % 3]
        return zapj("info", "cmd/aggregator/poller.go:88", "poll complete", feed=f, entities=n + r.randint(-6, 6),
                    duration_ms=r.randint(90, 420), etag=w.hexs(8))

    def start(t, restart):
        w.emit(t, ag, zapj("info", "cmd/aggregator/main.go:44", "starting gtfs-rt-aggregator", version="v2.14.0", commit="9c41e2a", go="go1.23.4"))
        w.emit(t + 0.05, ag, zapj("info", "cmd/aggregator/main.go:58", "loaded static GTFS", feed_version="2026-04-01", trips=48211, stops=6120))
        w.emit(t + 0.2, ag, zapj("info", "cmd/aggregator/http.go:31", "listening", addr=":8080"))

    w.every(ag, 0, 138, 10, 1.0, poll)
    w.emit(80.0, kafka, "[\u00a7py\u00a7] INFO [LocalLog partition=trip-updates-3, dir=/var/lib/kafka/data] Rolled new log segment at offset 88124410 in 4 ms. (kafka.log.LocalLog)")
    w.emit(80.1, kafka, "[\u00a7py\u00a7] INFO [ProducerStateManager partition=trip-updates-3] Wrote producer snapshot at offset 88124410 with 2 producer ids in 1 ms. (org.apache.kafka.storage.internals.log.ProducerStateManager)")

    panic_tpl = [
        ("panic: runtime error: invalid memory address or nil pointer dereference", True),
        ("[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x9c3f2e]", True),
        ("", False),
        ("goroutine 87 [running]:", False),
        ("github.com/metrolink-transit/gtfs-rt-aggregator/internal/merge.(*Merger).applyVehicle(0xc0001b2000, 0xc000a4e1e0)", True),
        ("\t/src/internal/merge/vehicle.go:142 +0x2e", True),
        ("github.com/metrolink-transit/gtfs-rt-aggregator/internal/merge.(*Merger).Merge(0xc0001b2000, {0xc0003c8000, 0x3d, 0x40})", False),
        ("\t/src/internal/merge/merge.go:77 +0x1a5", False),
        ("main.(*poller).run(0xc00012e0f0, {0xb1e5c8, 0xc0000a4050})", False),
        ("\t/src/cmd/aggregator/poller.go:96 +0x3c7", False),
        ("created by main.main in goroutine 1", False),
        ("\t/src/cmd/aggregator/main.go:61 +0x6f4", False),
    ]

    def panic(t, evflag):
        w.emit(t - 0.4, ag, zapj("info", "cmd/aggregator/poller.go:88", "poll complete", feed="metrotram-avl", entities=64,
                                  duration_ms=r.randint(90, 300), etag=w.hexs(8)))
        for j, (ln, is_ev) in enumerate(panic_tpl):
            w.emit(t + j * 0.0005, ag.err(), ln, evflag and is_ev)

    panic(141.36, True)
    w.kubelet(142.5, ag.node, "I", "kubelet.go:2461",
              '"SyncLoop (PLEG): event for pod" pod="realtime/%s" event={"ID":"%s","Type":"ContainerDied","Data":"%s"}' % (ag.name, ag.uid, w.hexs(64)))
    start(143.9, 1)
    panic(155.12, False)
    w.event(156.0, ns, "Pod", ag.name, "BackOff", "Back-off restarting failed container aggregator in pod %s_%s(%s)" % (ag.name, ns, ag.uid),
            etype="Warning", host=ag.node, count=1, field="spec.containers{aggregator}")
    start(176.2, 2)
    panic(187.80, False)
    start(229.0, 3)
    panic(240.44, True)
    w.kubelet(241.6, ag.node, "E", "pod_workers.go:1301",
              '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"aggregator\\" with CrashLoopBackOff: \\"back-off 40s restarting failed container=aggregator pod=%s_%s(%s)\\"" pod="%s/%s" podUID="%s"' % (
                  ag.name, ns, ag.uid, ns, ag.name, ag.uid))
    start(322.5, 4)
    panic(334.02, False)
    w.event(335.0, ns, "Pod", ag.name, "BackOff", "Back-off restarting failed container aggregator in pod %s_%s(%s)" % (ag.name, ns, ag.uid),
            etype="Warning", host=ag.node, count=6, first=156.0, field="spec.containers{aggregator}")
    w.kubelet(336.1, ag.node, "E", "pod_workers.go:1301",
              '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"aggregator\\" with CrashLoopBackOff: \\"back-off 1m20s restarting failed container=aggregator pod=%s_%s(%s)\\"" pod="%s/%s" podUID="%s"' % (
                  ag.name, ns, ag.uid, ns, ag.name, ag.uid))
    start(497.0, 5)
    panic(508.7, False)

    # passenger information backend: fine, then stale, then refused
    def pis_tick(i, src):
        if i < 4:
            return quarkus("INFO", "c.m.p.f.FeedClient", "executor-thread-%d" % r.randint(1, 8),
                           "Refreshed trip updates: %d entities, max delay %ds" % (r.randint(320, 360), r.randint(60, 420)))
        if i % 3 == 0:
            return quarkus("WARN", "c.m.p.d.DisplayPublisher", "executor-thread-%d" % r.randint(1, 8),
                           "Realtime data stale for %d displays (last update %ds ago), falling back to timetable departures" % (r.randint(140, 420), 42 * i - 130))
        return quarkus("ERROR", "c.m.p.f.FeedClient", "vert.x-eventloop-thread-%d" % r.randint(0, 3),
                       "Trip updates refresh failed: io.vertx.core.impl.NoStackTraceThrowable: Connection refused: gtfs-rt-aggregator.realtime.svc.cluster.local/%s:8080" % agg_svc)
    w.every(pis, 0, 595, 42, 3, lambda i: pis_tick(i, pis))
    w.every(pis2, 0, 595, 42, 3, lambda i: pis_tick(i, pis2))

    def ing_tick(i):
        stop = r.choice(["8100231", "8100457", "8102019", "8104410", "8100012"])
        st = 200 if r.random() > 0.06 else 404
        return nginx_access(w, None, "GET", "/api/v2/departures?stop=%s&limit=12" % (stop if st == 200 else "9999999"), st,
                            r.randint(1800, 4200) if st == 200 else 61, r.uniform(0.008, 0.06), "realtime-pis-backend-8080",
                            r.choice([pis.ip, pis2.ip]) + ":8080", client="10.60.%d.%d" % (r.randint(1, 40), r.randint(2, 250)),
                            ua="PIS-Display/4.2.1 (Linux; armv7l)")
    w.every(ing, 0, 595, 34, 8, ing_tick)

    return w.record(
        "synthetic:dev24-railways",
        "Station displays are showing timetable times instead of live departures since about 05:38. Is the realtime feed down?",
        {"namespace": ns},
        {"severity": "CRITICAL", "root_cause_category": "application_error", "component": "gtfs-rt-aggregator",
         "root_cause": "gtfs-rt-aggregator panics with a nil pointer dereference in Merger.applyVehicle (internal/merge/vehicle.go:142) when it merges the metrotram-avl feed, which now contains vehicle positions without a trip descriptor; the container crashes on every poll and is in CrashLoopBackOff.",
         "summary": "Each aggregator start ends in 'panic: runtime error: invalid memory address or nil pointer dereference' right after polling metrotram-avl; kubelet backs off the restarts, and pis-backend cannot reach gtfs-rt-aggregator (connection refused), so displays fall back to timetable data.",
         "action": "Roll back or hotfix the aggregator to skip/guard VehiclePosition entities whose Trip is nil (or temporarily disable the metrotram-avl feed), then confirm the pod stays Running and pis-backend refreshes trip updates.",
         })


# ================================================================= newsroom: live blog AttributeError
OCP_NEWS = Cluster("openshift", "ocp-newsroom-prod",
                   ["ip-10-0-141-22.eu-central-1.compute.internal", "ip-10-0-152-87.eu-central-1.compute.internal",
                    "ip-10-0-169-5.eu-central-1.compute.internal", "ip-10-0-133-240.eu-central-1.compute.internal"],
                   "10.129", "172.30", "172.30.0.10", "172.30.0.1")


@scenario("budgetlive")
def s_budgetlive():
    w = Window("budgetlive", "2026-03-04T12:20:00Z", OCP_NEWS, "openshift")
    r = w.rng
    ns = "liveblog"
    lb1 = w.deploy(ns, "liveblog", "liveblog", node=w.node(0), rs="7b5d8c94f6")
    lb2 = w.deploy(ns, "liveblog", "liveblog", node=w.node(2), rs="7b5d8c94f6")
    wire = w.deploy(ns, "wire-bridge", "wire-bridge", node=w.node(1))
    fe = w.deploy("web", "frontend", "next", node=w.node(3), app="frontend")
    pgb = w.deploy(ns, "pgbouncer", "pgbouncer", node=w.node(1))
    blog = "budget-2026"

    def ok_get(i, src):
        path = r.choice(["/api/liveblogs/%s/entries/?since=%d" % ("cup-final-2026" if i % 2 else "storm-ciara", r.randint(100, 999)),
                         "/api/liveblogs/%s/" % blog, "/health/"])
        st = 200
        if i % 11 == 5:
            path, st = "/api/liveblogs/budget-2025/", 404
        size = 23 if st == 404 else (r.randint(15, 17) if path == "/health/" else r.randint(900, 24000))
        return gunicorn_access(w, "10.131.0.%d" % r.randint(2, 40), "GET", path, st, size,
                               ua="node-fetch/1.0 (+https://github.com/bitinn/node-fetch)")
    w.every(lb1, 0, 160, 14, 4, lambda i: ok_get(i, lb1))
    w.every(lb2, 0, 160, 14, 4, lambda i: ok_get(i, lb2))
    w.emit(30.0, lb2.err(), pylog("WARNING", "django.request", "Not Found: /api/liveblogs/budget-2025/"))

    def pgb_stats(i):
        return "\u00a7pg\u00a7 [1] LOG stats: %d xacts/s, %d queries/s, %d client parses/s, 0 server parses/s, 0 binds/s, in %d B/s, out %d B/s, xact %d us, query %d us, wait %d us" % (
            r.randint(30, 70), r.randint(80, 160), r.randint(0, 3), r.randint(9000, 21000), r.randint(90000, 190000),
            r.randint(900, 2600), r.randint(400, 1100), r.randint(4, 40))
    w.every(pgb, 0, 600, 60, 0.5, pgb_stats)

    # the wire bridge starts posting agency copy into the budget live blog (no staff author)
    w.emit(171.2, wire, pylog("INFO", "wirebridge.routing", "Routing rule 'budget-live-pa' enabled by editor m.okafor: slug=budget AND source=PA -> liveblog %s" % blog))
    posted = []
    for j, t in enumerate((176.5, 229.0, 301.4, 377.9, 452.3, 530.8)):
        eid = r.randint(441900, 442400)
        posted.append(eid)
        w.emit(t, wire, pylog("INFO", "wirebridge.publish", "Posted wire entry %d to liveblog %s (source=PA, author=None, urn=urn:pa:story:%s)" % (eid, blog, w.hexs(12))))

    tb = [
        "Traceback (most recent call last):",
        '  File "/opt/app-root/lib64/python3.11/site-packages/django/core/handlers/exception.py", line 55, in inner',
        "    response = get_response(request)",
        '  File "/opt/app-root/lib64/python3.11/site-packages/rest_framework/serializers.py", line 522, in to_representation',
        "    ret[field.field_name] = field.to_representation(attribute)",
        '  File "/opt/app-root/lib64/python3.11/site-packages/rest_framework/fields.py", line 1870, in to_representation',
        "    return method(value)",
        '  File "/opt/app-root/src/liveblog/api/serializers.py", line 88, in get_byline',
        "    return obj.author.display_name",
        "AttributeError: 'NoneType' object has no attribute 'display_name'",
    ]

    def error500(t, src, ev, full):
        path = "/api/liveblogs/%s/entries/" % blog
        w.emit(t, src.err(), pylog("ERROR", "django.request", "Internal Server Error: %s" % path), ev)
        if full:
            for j, ln in enumerate(tb):
                w.emit(t + 0.001 * (j + 1), src.err(), ln, ev and j >= 7)
        w.emit(t + 0.02, src, gunicorn_access(w, "10.131.0.%d" % r.randint(2, 40), "GET", path + "?since=%d" % r.randint(100, 999), 500, 145,
                                               ua="node-fetch/1.0 (+https://github.com/bitinn/node-fetch)"))

    error500(177.9, lb1, True, True)
    error500(183.4, lb2, True, True)
    k = 0
    for t in [196.2, 214.7, 239.9, 262.0, 288.5, 331.7, 366.1, 402.4, 444.0, 489.2, 517.5, 560.9, 588.0]:
        error500(t, lb1 if k % 2 else lb2, False, k == 6)
        k += 1

    def fe_tick(i):
        if i % 3 == 2:
            return pino("info", fe.name, "GET /live/storm-ciara 200", route="/live/[slug]", ms=r.randint(40, 190))
        return pino("error", fe.name, "liveblog fetch failed", route="/live/[slug]", slug=blog,
                    err="Request failed with status code 500", url="http://liveblog.liveblog.svc:8000/api/liveblogs/%s/entries/" % blog)
    w.every(fe, 180, 595, 26, 7, fe_tick)
    w.every(lb1, 200, 595, 40, 8, lambda i: ok_get(i, lb1))

    return w.record(
        "synthetic:dev24-newsroom",
        "The budget live blog page stopped updating for readers a few minutes ago. Other live blogs look fine - what broke?",
        {"namespace": ns},
        {"severity": "ERROR", "root_cause_category": "application_error", "component": "liveblog",
         "root_cause": "After the 'budget-live-pa' routing rule started posting PA wire entries without an author into the budget-2026 live blog, the liveblog API serializer dereferences obj.author.display_name and raises an unhandled AttributeError, so every entries request for that blog returns HTTP 500.",
         "summary": "Django logs 'Internal Server Error: /api/liveblogs/budget-2026/entries/' with AttributeError: 'NoneType' object has no attribute 'display_name' in serializers.get_byline on both replicas; the frontend gets status 500 for that blog only, while other live blogs return 200.",
         "action": "Hotfix get_byline to handle entries without an author (fall back to the agency byline), or disable the routing rule until the fix ships; consider a database default author for wire entries.",
         })


# ================================================================= agriculture: arm64 platform missing from image
K3S_FARM = Cluster("k3s", "farm-edge-hollowbrook", ["hb-edge-01", "hb-edge-02", "hb-edge-03"],
                   "10.42", "10.43", "10.43.0.10", "10.43.0.1")


@scenario("valves")
def s_valves():
    w = Window("valves", "2026-05-21T04:50:00Z", K3S_FARM, "promtail")
    r = w.rng
    ns = "irrigation"
    n2 = w.node(1)
    old = w.deploy(ns, "valve-controller", "valve-controller", node=w.node(2), rs="5f7c9d8b6d")
    new = w.deploy(ns, "valve-controller", "valve-controller", node=n2, rs="84d6b9cf7c")
    kz = w.deploy("flux-system", "kustomize-controller", "manager", node=w.node(0), app="kustomize-controller")
    soil = w.deploy(ns, "soil-gateway", "soil-gateway", node=w.node(0))
    mq = w.deploy(ns, "mosquitto", "mosquitto", node=w.node(1))
    traefik = w.deploy("kube-system", "traefik", "traefik", node=w.node(0))
    img = "harbor.hollowbrook.farm/irrigation/valve-controller:2.8.0"

    zones = ["north-pivot", "orchard-a", "orchard-b", "greenhouse-2", "south-drip"]

    def valve_tick(i):
        z = zones[i % len(zones)]
        if i % 4 == 0:
            return slog("INFO", "schedule tick", zone=z, mode="fixed", next_run="05:30", et0_mm="n/a")
        return slog("INFO", "valve state", zone=z, valve="open" if i % 3 else "closed", flow_lpm="%.1f" % r.uniform(11, 38),
                    pressure_bar="%.2f" % r.uniform(2.1, 3.4))
    w.every(old, 0, 600, 19, 5, valve_tick)

    def soil_tick(i):
        probe = "sm-%02d" % r.randint(1, 24)
        return "\u00a7isous\u00a7  INFO soil_gateway::ingest: reading stored probe=%s vwc=%.1f temp_c=%.1f battery_v=%.2f rssi=%d" % (
            probe, r.uniform(18, 36), r.uniform(9, 17), r.uniform(3.4, 4.1), r.randint(-104, -71))
    w.every(soil, 0, 600, 23, 6, soil_tick)
    w.emit(140.0, soil, "\u00a7isous\u00a7  WARN soil_gateway::ingest: probe sm-17 missed 1 report(s), last seen 31m ago")
    w.emit(141.5, mq, "\u00a7epochs\u00a7: Client sm-bridge-03 has exceeded timeout, disconnecting.")
    w.emit(143.9, mq, "\u00a7epochs\u00a7: New connection from 10.42.0.1:40112 on port 1883.")
    w.emit(143.9, mq, "\u00a7epochs\u00a7: New client connected from 10.42.0.1:40112 as sm-bridge-03 (p2, c1, k60, u'bridge').")
    w.emit(88.0, traefik, "\u00a7isos\u00a7 WRN Ingress with deprecated annotation found, ignoring providerName=kubernetes ingress=grafana namespace=monitoring annotation=kubernetes.io/ingress.class")

    rev = "main@sha1:%s" % w.hexs(40)
    w.emit(36.2, kz, '{"level":"info","ts":"\u00a7iso\u00a7","msg":"server-side apply completed","controller":"kustomization","controllerGroup":"kustomize.toolkit.fluxcd.io","controllerKind":"Kustomization","Kustomization":{"name":"irrigation","namespace":"flux-system"},"namespace":"flux-system","name":"irrigation","reconcileID":"%s","output":{"Deployment/irrigation/valve-controller":"configured","Service/irrigation/valve-controller":"unchanged"},"revision":"%s"}' % (w.uuid(), rev))
    w.emit(36.9, kz, '{"level":"info","ts":"\u00a7iso\u00a7","msg":"Reconciliation finished in 1.812s, next run in 10m0s","controller":"kustomization","controllerGroup":"kustomize.toolkit.fluxcd.io","controllerKind":"Kustomization","Kustomization":{"name":"irrigation","namespace":"flux-system"},"namespace":"flux-system","name":"irrigation","reconcileID":"%s","revision":"%s"}' % (w.uuid(), rev))
    w.event(37.0, ns, "Deployment", "valve-controller", "ScalingReplicaSet", "Scaled up replica set valve-controller-84d6b9cf7c from 0 to 1",
            component="deployment-controller")
    w.event(37.1, ns, "ReplicaSet", "valve-controller-84d6b9cf7c", "SuccessfulCreate", "Created pod: %s" % new.name, component="replicaset-controller")
    w.event(37.2, ns, "Pod", new.name, "Scheduled", "Successfully assigned %s/%s to %s" % (ns, new.name, n2), component="default-scheduler")
    w.event(38.4, ns, "Pod", new.name, "Pulling", 'Pulling image "%s"' % img, host=n2, field="spec.containers{valve-controller}")
    unit = "k3s-agent.service"
    err = ('failed to pull and unpack image \\"%s\\": no match for platform in manifest: not found' % img)
    w.kubelet(39.6, n2, "E", "remote_image.go:180", '"PullImage from image service failed" err="rpc error: code = NotFound desc = %s" image="%s"' % (err, img), True, unit=unit)
    w.kubelet(39.6, n2, "E", "kuberuntime_image.go:55", '"Failed to pull image" err="rpc error: code = NotFound desc = %s" image="%s"' % (err, img), unit=unit)
    w.event(39.7, ns, "Pod", new.name, "Failed", 'Failed to pull image "%s": rpc error: code = NotFound desc = failed to pull and unpack image "%s": no match for platform in manifest: not found' % (img, img),
            etype="Warning", host=n2, field="spec.containers{valve-controller}", ev=True)
    w.event(39.7, ns, "Pod", new.name, "Failed", "Error: ErrImagePull", etype="Warning", host=n2, field="spec.containers{valve-controller}")
    w.kubelet(39.8, n2, "E", "pod_workers.go:1301",
              '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"valve-controller\\" with ErrImagePull: \\"rpc error: code = NotFound desc = failed to pull and unpack image \\\\\\"%s\\\\\\": no match for platform in manifest: not found\\"" pod="%s/%s" podUID="%s"' % (img, ns, new.name, new.uid), unit=unit)
    w.event(40.6, ns, "Pod", new.name, "BackOff", 'Back-off pulling image "%s"' % img, etype="Warning", host=n2, field="spec.containers{valve-controller}")
    w.event(40.6, ns, "Pod", new.name, "Failed", "Error: ImagePullBackOff", etype="Warning", host=n2, field="spec.containers{valve-controller}")
    c = 2
    for t in (55.0, 84.0, 139.0, 246.0, 402.0, 561.0):
        w.event(t, ns, "Pod", new.name, "Pulling", 'Pulling image "%s"' % img, host=n2, count=c, first=38.4, field="spec.containers{valve-controller}")
        w.kubelet(t + 1.1, n2, "E", "remote_image.go:180", '"PullImage from image service failed" err="rpc error: code = NotFound desc = %s" image="%s"' % (err, img), t > 500, unit=unit)
        w.event(t + 1.2, ns, "Pod", new.name, "Failed", 'Failed to pull image "%s": rpc error: code = NotFound desc = failed to pull and unpack image "%s": no match for platform in manifest: not found' % (img, img),
                etype="Warning", host=n2, count=c, first=39.7, field="spec.containers{valve-controller}")
        w.kubelet(t + 1.4, n2, "E", "pod_workers.go:1301",
                  '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"valve-controller\\" with ImagePullBackOff: \\"Back-off pulling image \\\\\\"%s\\\\\\"\\"" pod="%s/%s" podUID="%s"' % (img, ns, new.name, new.uid), unit=unit)
        c += 1
    w.emit(300.0, old, slog("INFO", "schedule tick", zone="orchard-a", mode="fixed", next_run="05:30", et0_mm="n/a"))
    w.emit(302.0, old, slog("WARN", "evapotranspiration schedule requested by config but not supported by this build", build="2.7.3", config_rev="41"))

    graf_ip = w.pod_ip()

    def traefik_tick(i):
        path = r.choice(["/api/ds/query", "/api/live/ws", "/public/build/app.js", "/api/dashboards/uid/irrigation"])
        st = r.choice([200, 200, 200, 304, 101 if "ws" in path else 200])
        return '10.42.0.1 - - [\u00a7clf\u00a7] "%s %s HTTP/1.1" %d %d "-" "-" %d "monitoring-grafana-80@kubernetes" "http://%s:3000" %dms' % (
            "POST" if "query" in path else "GET", path, st, r.randint(200, 9000), 1000 + i, graf_ip, r.randint(1, 90))
    w.every(traefik, 0, 600, 40, 10, traefik_tick)

    return w.record(
        "synthetic:dev24-agriculture",
        "Flux rolled out valve-controller 2.8.0 for the evapotranspiration schedules this morning, but the farm is still on the old version. Why isn't the new pod starting?",
        {"namespace": ns},
        {"severity": "ERROR", "root_cause_category": "image_pull", "component": "valve-controller",
         "root_cause": "The 2.8.0 valve-controller image in Harbor has no arm64 variant in its manifest, so the arm64 edge node cannot pull it ('no match for platform in manifest: not found'); the new pod sits in ErrImagePull/ImagePullBackOff and the rollout never completes.",
         "summary": "After Flux applied the new Deployment revision, the pod on hb-edge-02 repeatedly fails to pull harbor.hollowbrook.farm/irrigation/valve-controller:2.8.0 with NotFound 'no match for platform in manifest'; the old 2.7.3 replica keeps running fixed schedules and warns that the ET schedule is unsupported.",
         "action": "Rebuild and push 2.8.0 as a multi-arch image (linux/amd64 and linux/arm64) or pin an arm64 tag, then let Flux reconcile; add a platform check to the image build pipeline.",
         })


# ================================================================= railways: ECR pull denied on a new Karpenter node
EKS_TICKET = Cluster("eks", "ticketing-prod-euw1",
                     ["ip-10-20-14-201.eu-west-1.compute.internal", "ip-10-20-31-77.eu-west-1.compute.internal",
                      "ip-10-20-47-160.eu-west-1.compute.internal", "ip-10-20-52-9.eu-west-1.compute.internal"],
                     "10.20", "172.20", "172.20.0.10", "172.20.0.1")


def karpenter(level, msg, **kv):
    extra = "".join(',%s:%s' % (json.dumps(k), json.dumps(v, separators=(",", ":"))) for k, v in kv.items())
    return '{"level":"%s","time":"\u00a7iso\u00a7","logger":"controller","message":%s,"commit":"490ef94"%s}' % (level, json.dumps(msg), extra)


@scenario("gatesync")
def s_gatesync():
    w = Window("gatesync", "2026-06-14T02:05:00Z", EKS_TICKET, "fluentbit")
    r = w.rng
    ns = "ticketing"
    old_node = w.node(0)
    new_node = "ip-10-20-58-133.eu-west-1.compute.internal"
    old = w.deploy(ns, "faregate-sync", "faregate-sync", node=old_node, rs="6b9f7d5c48")
    new = w.deploy(ns, "faregate-sync", "faregate-sync", node=new_node, rs="6b9f7d5c48")
    kp = w.deploy("karpenter", "karpenter", "controller", node=w.node(1))
    gw = w.deploy(ns, "gate-gateway", "gate-gateway", node=w.node(2))
    tapi = w.deploy(ns, "ticketing-api", "ticketing-api", node=w.node(3))
    img = "318742190654.dkr.ecr.eu-west-1.amazonaws.com/ticketing/faregate-sync:4.12.1"

    def sync_tick(i):
        return spring("INFO", "scheduling-1", "c.r.t.faregate.DenylistPublisher",
                      "Published denylist delta #%d to %d gates (%d added, %d removed) in %d ms" % (
                          88210 + i, 412, r.randint(0, 9), r.randint(0, 4), r.randint(140, 420)))
    w.every(old, 0, 20, 6, 0.5, sync_tick)
    w.emit(3.0, kp, karpenter("INFO", "disrupting nodeclaim(s) via replace, terminating 1 nodes (3 pods) %s/m6g.large/spot and replacing with on-demand node from types m7g.large, m6g.large, c7g.xlarge" % old_node,
                             controller="disruption", namespace="", name="", reconcileID=w.uuid(), **{"command-id": w.uuid(), "reason": "underutilized"}))
    w.emit(3.4, kp, karpenter("INFO", "created nodeclaim", controller="provisioner", namespace="", name="", reconcileID=w.uuid(),
                             NodePool={"name": "ticketing-arm"}, NodeClaim={"name": "ticketing-arm-q7t4x"},
                             requests={"cpu": "1210m", "memory": "2612Mi", "pods": "7"}, **{"instance-types": "c7g.xlarge, m6g.large, m7g.large"}))
    w.emit(6.1, kp, karpenter("INFO", "launched nodeclaim", controller="nodeclaim.lifecycle", controllerGroup="karpenter.sh", controllerKind="NodeClaim",
                             NodeClaim={"name": "ticketing-arm-q7t4x"}, namespace="", name="ticketing-arm-q7t4x", reconcileID=w.uuid(),
                             **{"provider-id": "aws:///eu-west-1b/i-0c7e19a4be2d3f581", "instance-type": "m7g.large", "zone": "eu-west-1b",
                                "capacity-type": "on-demand", "allocatable": {"cpu": "1930m", "ephemeral-storage": "17Gi", "memory": "6903Mi", "pods": "29"}}))
    w.emit(41.8, kp, karpenter("INFO", "registered nodeclaim", controller="nodeclaim.lifecycle", controllerGroup="karpenter.sh", controllerKind="NodeClaim",
                              NodeClaim={"name": "ticketing-arm-q7t4x"}, namespace="", name="ticketing-arm-q7t4x", reconcileID=w.uuid(),
                              **{"provider-id": "aws:///eu-west-1b/i-0c7e19a4be2d3f581", "Node": {"name": new_node}}))
    w.emit(52.3, kp, karpenter("INFO", "initialized nodeclaim", controller="nodeclaim.lifecycle", controllerGroup="karpenter.sh", controllerKind="NodeClaim",
                              NodeClaim={"name": "ticketing-arm-q7t4x"}, namespace="", name="ticketing-arm-q7t4x", reconcileID=w.uuid(),
                              **{"provider-id": "aws:///eu-west-1b/i-0c7e19a4be2d3f581", "Node": {"name": new_node},
                                 "allocatable": {"cpu": "1930m", "ephemeral-storage": "17Gi", "memory": "6903Mi", "pods": "29"}}))
    w.event(55.0, None, "Node", old_node, "DisruptionTerminating", "Disrupting Node: Underutilized/Replace", component="karpenter")
    w.event(55.2, ns, "Pod", old.name, "Killing", "Stopping container faregate-sync", host=old_node, field="spec.containers{faregate-sync}")
    w.emit(55.3, old, spring("INFO", "ionShutdownHook", "o.s.b.w.e.tomcat.GracefulShutdown", "Commencing graceful shutdown. Waiting for active requests to complete"))
    w.emit(55.6, old, spring("INFO", "tomcat-shutdown", "o.s.b.w.e.tomcat.GracefulShutdown", "Graceful shutdown complete"))
    w.emit(55.8, old, spring("INFO", "ionShutdownHook", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Shutdown initiated..."))
    w.emit(55.9, old, spring("INFO", "ionShutdownHook", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Shutdown completed."))
    w.event(56.1, ns, "ReplicaSet", "faregate-sync-6b9f7d5c48", "SuccessfulCreate", "Created pod: %s" % new.name, component="replicaset-controller")
    w.event(56.3, ns, "Pod", new.name, "Scheduled", "Successfully assigned %s/%s to %s" % (ns, new.name, new_node), component="default-scheduler")
    w.event(57.9, ns, "Pod", new.name, "Pulling", 'Pulling image "%s"' % img, host=new_node, field="spec.containers{faregate-sync}")
    role_err = ("error execing credential provider plugin ecr-credential-provider for image %s: exit status 1, "
                "stderr: E0614 02:05:58.031877 4321 main.go:241] Error running credential provider plugin: "
                "AccessDeniedException: User: arn:aws:sts::318742190654:assumed-role/KarpenterNodeRole-ticketing-arm-v2/i-0c7e19a4be2d3f581 "
                "is not authorized to perform: ecr:GetAuthorizationToken on resource: * because no identity-based policy allows the ecr:GetAuthorizationToken action") % img.split(":")[0]
    w.kubelet(58.2, new_node, "E", "plugin.go:289", '"Failed getting credential from external registry credential provider" err="%s"' % role_err.replace('"', '\\"'), True)
    pull_err = ('failed to pull and unpack image \\"%s\\": failed to resolve reference \\"%s\\": unexpected status from HEAD request to '
                'https://318742190654.dkr.ecr.eu-west-1.amazonaws.com/v2/ticketing/faregate-sync/manifests/4.12.1: 401 Unauthorized') % (img, img)
    w.kubelet(58.6, new_node, "E", "remote_image.go:180", '"PullImage from image service failed" err="rpc error: code = Unknown desc = %s" image="%s"' % (pull_err, img), True)
    w.event(58.7, ns, "Pod", new.name, "Failed", 'Failed to pull image "%s": %s' % (img, pull_err.replace('\\"', '"')), etype="Warning",
            host=new_node, field="spec.containers{faregate-sync}", ev=True)
    w.event(58.7, ns, "Pod", new.name, "Failed", "Error: ErrImagePull", etype="Warning", host=new_node, field="spec.containers{faregate-sync}")
    w.event(59.5, ns, "Pod", new.name, "BackOff", 'Back-off pulling image "%s"' % img, etype="Warning", host=new_node, field="spec.containers{faregate-sync}")
    w.event(59.5, ns, "Pod", new.name, "Failed", "Error: ImagePullBackOff", etype="Warning", host=new_node, field="spec.containers{faregate-sync}")
    c = 2
    for t in (74.0, 101.0, 155.0, 262.0, 420.0, 578.0):
        w.kubelet(t, new_node, "E", "plugin.go:289", '"Failed getting credential from external registry credential provider" err="%s"' % role_err.replace("02:05:58.031877", "02:%02d:%02d.%06d" % (5 + int(t) // 60, int(t) % 60, r.randint(0, 999999))).replace('"', '\\"'))
        w.event(t + 0.5, ns, "Pod", new.name, "Failed", 'Failed to pull image "%s": %s' % (img, pull_err.replace('\\"', '"')), etype="Warning",
                host=new_node, count=c, first=58.7, field="spec.containers{faregate-sync}")
        w.kubelet(t + 0.7, new_node, "E", "pod_workers.go:1301",
                  '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"faregate-sync\\" with ImagePullBackOff: \\"Back-off pulling image \\\\\\"%s\\\\\\"\\"" pod="%s/%s" podUID="%s"' % (img, ns, new.name, new.uid))
        c += 1

    def gw_tick(i):
        if i < 2:
            return zapj("info", "sync/client.go:77", "denylist delta applied", seq=88212 + i, gates_online=412)
        age = int(i * 45 - 60)
        if i % 2:
            return zapj("warn", "sync/client.go:119", "denylist sync failed, retrying", upstream="faregate-sync.ticketing.svc.cluster.local:8443",
                        error="dial tcp 172.20.91.14:8443: connect: connection refused", attempt=i)
        return zapj("warn", "sync/client.go:131", "gates running on cached denylist", cache_age_s=age, gates_online=412,
                    tariff_version="2026.06.01-2")
    w.every(gw, 0, 600, 45, 5, gw_tick)
    w.emit(340.0, gw, zapj("error", "sync/client.go:140", "cached denylist older than policy limit; gates switched to restricted offline mode", cache_age_s=285, limit_s=240, gates=412))

    def api_tick(i):
        return spring("INFO", "http-nio-8080-exec-%d" % r.randint(1, 20), "c.r.t.api.TicketController",
                      "Validated ticket %s at gate %s: %s" % (w.hexs(10).upper(), r.choice(["CEN-G04", "CEN-G11", "NRT-G02", "AIR-G07"]),
                                                               r.choice(["ACCEPTED"] * 8 + ["REJECTED_EXPIRED"])))
    w.every(tapi, 0, 600, 30, 8, api_tick)
    w.emit(120.0, tapi, spring("WARN", "scheduling-1", "c.r.t.api.TariffCache", "Tariff cache refresh took 1840 ms (threshold 1500 ms)"))

    return w.record(
        "synthetic:dev24-railways",
        "Gate gateway says the fare gates went to restricted offline mode around 02:10. Why is faregate-sync not running?",
        {"namespace": ns, "app": "faregate-sync"},
        {"severity": "CRITICAL", "root_cause_category": "image_pull", "component": "faregate-sync",
         "root_cause": "Karpenter replaced the node running the single faregate-sync replica with a node from the new ticketing-arm NodePool whose instance role (KarpenterNodeRole-ticketing-arm-v2) may not call ecr:GetAuthorizationToken; the kubelet gets no ECR credentials, the manifest HEAD returns 401 Unauthorized and the pod stays in ImagePullBackOff.",
         "summary": "After the disruption/replace at 02:05, the rescheduled faregate-sync pod on ip-10-20-58-133 cannot pull the ECR image: ecr-credential-provider fails with AccessDeniedException and containerd receives 401 Unauthorized; with no sync pod, gate-gateway gets connection refused and the gates fall back to a stale denylist and then restricted offline mode.",
         "action": "Attach AmazonEC2ContainerRegistryReadOnly (or the equivalent ECR pull policy) to KarpenterNodeRole-ticketing-arm-v2 / the EC2NodeClass role, then delete the stuck pod so it pulls again; run faregate-sync with 2 replicas and a PodDisruptionBudget.",
         })


# ================================================================= newsroom: liveness kills paywall during cache warm-up
AKS_SUBS = Cluster("aks", "news-subs-prod",
                   ["aks-system-41896203-vmss000000", "aks-apps-41896203-vmss000004", "aks-apps-41896203-vmss000005",
                    "aks-apps-41896203-vmss000006"],
                   "10.244", "10.0", "10.0.0.10", "10.0.0.1")


@scenario("entitlements")
def s_entitlements():
    w = Window("entitlements", "2026-01-27T01:12:00Z", AKS_SUBS, "alloy")
    r = w.rng
    ns = "subscriptions"
    drained = "aks-apps-41896203-vmss000001"
    p1 = w.deploy(ns, "paywall", "paywall", node=w.node(1), rs="658d9f7cb9")
    p2 = w.deploy(ns, "paywall", "paywall", node=w.node(2), rs="658d9f7cb9")
    rend = w.deploy("web", "article-renderer", "renderer", node=w.node(3), app="article-renderer")
    ing = w.deploy("app-routing-system", "nginx", "controller", node=w.node(0), app="nginx")
    acct = w.deploy(ns, "account-service", "account-service", node=w.node(3))
    pay_svc = w.svc_ip()

    w.event(0.5, None, "Node", drained, "NodeNotSchedulable", "Node %s status is now: NodeNotSchedulable" % drained, component="kubelet", host=drained)
    w.event(2.0, ns, "Pod", "paywall-658d9f7cb9-x2kqm", "Killing", "Stopping container paywall", host=drained, field="spec.containers{paywall}")
    w.event(2.1, ns, "Pod", "paywall-658d9f7cb9-t8lzv", "Killing", "Stopping container paywall", host=drained, field="spec.containers{paywall}")
    w.event(2.5, ns, "ReplicaSet", "paywall-658d9f7cb9", "SuccessfulCreate", "Created pod: %s" % p1.name, component="replicaset-controller")
    w.event(2.6, ns, "ReplicaSet", "paywall-658d9f7cb9", "SuccessfulCreate", "Created pod: %s" % p2.name, component="replicaset-controller")

    def boot(t, p, n):
        full = n == 1
        w.emit(t, p, spring("INFO", "main", "c.n.subs.paywall.PaywallApplication", "Starting PaywallApplication v5.4.2 using Java 21.0.5 with PID 1 (/app/paywall.jar started by app in /app)"))
        if full:
            w.emit(t + 0.02, p, spring("INFO", "main", "c.n.subs.paywall.PaywallApplication", 'The following 1 profile is active: "prod"'))
            w.emit(t + 3.9, p, spring("INFO", "main", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Starting..."))
            w.emit(t + 4.3, p, spring("INFO", "main", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Added connection org.postgresql.jdbc.PgConnection@%s" % w.hexs(8)))
        w.emit(t + 4.3, p, spring("INFO", "main", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Start completed."))
        w.emit(t + 5.1, p, spring("INFO", "main", "c.n.subs.paywall.cache.EntitlementCache", "Warming entitlement cache from subscriptions.entitlements (expected ~2,140,000 rows, batch 50000)"))
        for k, pct in enumerate((19, 38, 57, 75) if full else (19, 57)):
            w.emit(t + 5.1 + pct * 0.97 + r.uniform(-0.8, 0.8), p, spring("INFO", "main", "c.n.subs.paywall.cache.EntitlementCache",
                                                                        "Entitlement cache warm-up: %d/2140000 rows (%d%%)" % (int(2140000 * pct / 100), pct)))

    def kill(t, p, n, ev):
        url = "http://%s:8080/actuator/health/liveness" % p.ip
        for k in range(3):
            tt = t + k * 10
            if n > 1 and k < 2:
                continue
            w.kubelet(tt, p.node, "I", "prober.go:107",
                      '"Probe failed" probeType="Liveness" pod="%s/%s" podUID="%s" containerName="paywall" probeResult="failure" output="Get \\"%s\\": dial tcp %s:8080: connect: connection refused"' % (
                          ns, p.name, p.uid, url, p.ip), ev and k == 2)
        w.event(t + 20.1, ns, "Pod", p.name, "Unhealthy", 'Liveness probe failed: Get "%s": dial tcp %s:8080: connect: connection refused' % (url, p.ip),
                etype="Warning", host=p.node, count=3 * n, first=t, field="spec.containers{paywall}", ev=ev)
        w.event(t + 20.2, ns, "Pod", p.name, "Killing", "Container paywall failed liveness probe, will be restarted", host=p.node,
                count=n, first=t + 20.2, field="spec.containers{paywall}", ev=ev)
        if n == 1:
            w.kubelet(t + 20.3, p.node, "I", "kuberuntime_container.go:808",
                      '"Killing container with a grace period" pod="%s/%s" podUID="%s" containerName="paywall" containerID="containerd://%s" gracePeriod=30' % (
                          ns, p.name, p.uid, w.hexs(64)))
        w.emit(t + 20.5, p, spring("INFO", "ionShutdownHook", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Shutdown initiated..."))
        if n == 1:
            w.emit(t + 20.6, p, spring("INFO", "ionShutdownHook", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Shutdown completed."))

    boot(6.0, p1, 1)
    boot(7.5, p2, 1)
    w.event(40.0, ns, "Pod", p1.name, "Unhealthy", 'Readiness probe failed: Get "http://%s:8080/actuator/health/readiness": dial tcp %s:8080: connect: connection refused' % (p1.ip, p1.ip),
            etype="Warning", host=p1.node, count=1, field="spec.containers{paywall}")
    kill(67.0, p1, 1, True)
    kill(68.5, p2, 1, True)
    boot(94.0, p1, 2)
    boot(96.0, p2, 2)
    kill(155.0, p1, 2, False)
    kill(157.0, p2, 2, False)
    w.event(185.0, ns, "Pod", p1.name, "BackOff", "Back-off restarting failed container paywall in pod %s_%s(%s)" % (p1.name, ns, p1.uid),
            etype="Warning", host=p1.node, field="spec.containers{paywall}")
    boot(192.0, p1, 3)
    boot(198.0, p2, 3)
    kill(253.0, p1, 3, False)
    kill(259.0, p2, 3, False)
    w.event(290.0, ns, "Pod", p2.name, "BackOff", "Back-off restarting failed container paywall in pod %s_%s(%s)" % (p2.name, ns, p2.uid),
            etype="Warning", host=p2.node, count=3, first=187.0, field="spec.containers{paywall}")
    boot(330.0, p1, 4)
    kill(391.0, p1, 4, False)
    boot(455.0, p2, 4)
    kill(516.0, p2, 4, False)

    def rend_tick(i):
        if i % 4 == 3:
            return pino("info", rend.name, "render ok", path="/sport/2026/01/27/transfer-window-latest", paywall="metered", ms=r.randint(40, 120))
        return pino("warn", rend.name, "paywall decision unavailable, failing open", path=r.choice(["/business/2026/01/26/energy-prices-q1", "/news/2026/01/27/council-budget", "/sport/2026/01/27/transfer-window-latest"]),
                    err="connect ECONNREFUSED %s:8080" % pay_svc, upstream="paywall.subscriptions.svc.cluster.local:8080")
    w.every(rend, 20, 600, 30, 6, rend_tick)

    def ing_tick(i):
        st = 503 if i % 5 else 401
        path = "/api/paywall/v2/decision" if st == 503 else "/api/account/v1/me"
        up = "subscriptions-paywall-8080" if st == 503 else "subscriptions-account-service-8080"
        return nginx_access(w, client_ip(w), "GET", path, st, 190 if st == 503 else 64, r.uniform(0.0, 0.004) if st == 503 else r.uniform(0.01, 0.03),
                            up, "-" if st == 503 else acct.ip + ":8080", ustatus="-" if st == 503 else None, ubytes="-" if st == 503 else None,
                            urt="-" if st == 503 else None)
    w.every(ing, 30, 600, 35, 8, ing_tick)
    w.emit(222.0, acct, spring("INFO", "http-nio-8080-exec-7", "c.n.subs.account.SessionFilter", "Rejected request without session cookie: GET /api/account/v1/me (401)"))

    return w.record(
        "synthetic:dev24-newsroom",
        "Since the node pool upgrade started the paywall pods never become ready and keep restarting, and article pages are failing open. What's going on?",
        {"namespace": ns, "app": "paywall"},
        {"severity": "CRITICAL", "root_cause_category": "probe_failure", "component": "paywall",
         "root_cause": "The paywall liveness probe (/actuator/health/liveness) starts failing about 60 s after container start, while the application is still warming its 2.14M-row entitlement cache before Tomcat opens port 8080; after three failures the kubelet kills the container, so the rescheduled pods never finish starting and loop into CrashLoopBackOff.",
         "summary": "Both paywall pods rescheduled by the node drain log steady cache warm-up progress, then get 'Liveness probe failed ... connect: connection refused' x3 and 'Container paywall failed liveness probe, will be restarted'; the restart loop leaves the Service without endpoints, so the ingress returns 503 and article-renderer fails open.",
         "action": "Add a startupProbe (or raise initialDelaySeconds/failureThreshold) that covers the ~110 s warm-up, or move the cache warm-up off the startup path; then let the pods start and complete the node pool upgrade.",
         })


# ================================================================= railways: readiness timeout during timetable snapshot reload
KUBEADM_RAIL = Cluster("kubeadm", "rail-ops-dc1", ["k8s-rail-cp01", "k8s-rail-w01", "k8s-rail-w02", "k8s-rail-w03", "k8s-rail-w04"],
                       "10.244", "10.96", "10.96.0.10", "10.96.0.1")


@scenario("departureboards")
def s_departureboards():
    w = Window("departureboards", "2026-09-02T16:40:00Z", KUBEADM_RAIL, "promtail")
    r = w.rng
    ns = "passenger-info"
    pods = [w.deploy(ns, "pis-api", "pis-api", node=w.node(i), rs="79c4d5b8f6") for i in (1, 2, 3)]
    ing = w.deploy("ingress-nginx", "ingress-nginx-controller", "controller", node=w.node(4), app="ingress-nginx")
    tt = w.deploy(ns, "timetable-publisher", "publisher", node=w.node(4), app="timetable-publisher")
    disp = w.deploy(ns, "display-hub", "display-hub", node=w.node(2))

    # pis-api reloads its merged timetable snapshot every 60 s; the reload holds the snapshot lock ~2.5 s
    reload_t = [14.0 + 60 * k for k in range(10)]
    for k, t0 in enumerate(reload_t):
        w.emit(t0 - 1.0, tt, slog("INFO", "snapshot published", version="2026-09-02T16:%02d" % (40 + k), trips=51204 + r.randint(-40, 40),
                                   size_mb="%.1f" % r.uniform(182, 188), changes=r.randint(3, 40)))
        for j, p in enumerate(pods):
            d = r.uniform(2.3, 3.1)
            st = t0 + j * 0.05 + r.uniform(0, 0.2)
            w.emit(st, p, slog("INFO", "timetable snapshot reload started", version="2026-09-02T16:%02d" % (40 + k)))
            w.emit(st + d, p, slog("INFO", "timetable snapshot reload finished", version="2026-09-02T16:%02d" % (40 + k),
                                   took="%.3fs" % d, lock_held="%.3fs" % (d - 0.08)), ev=(k == 2 and j == 0))
            if k in (1, 2, 3, 5, 6, 8):
                w.kubelet(st + 1.2, p.node, "I", "prober.go:107",
                          '"Probe failed" probeType="Readiness" pod="%s/%s" podUID="%s" containerName="pis-api" probeResult="failure" output="Get \\"http://%s:8080/readyz\\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)"' % (
                              ns, p.name, p.uid, p.ip), ev=(k in (1, 2)))
        if k in (1, 2, 3, 5, 6, 8):
            w.emit(t0 + 1.6, ing, "W\u00a7klog\u00a7       7 controller.go:1214] Service \"passenger-info/pis-api\" does not have any active Endpoint.")
            for q in range(2):
                w.emit(t0 + 1.7 + q * 0.4, ing, nginx_access(w, None, "GET", "/api/v3/boards/%s?rows=8" % r.choice(["LDS", "YRK", "MAN", "NCL"]), 503, 190,
                                                            0.0, "passenger-info-pis-api-8080", "-", client="10.30.%d.%d" % (r.randint(1, 9), r.randint(2, 250)),
                                                            ua="pis-display/6.1 (+depot-fw 2026.07)", ustatus="-", ubytes="-", urt="-"))
            if k in (2, 6):
                w.event(t0 + 3.0, ns, "Pod", pods[0].name, "Unhealthy",
                        'Readiness probe failed: Get "http://%s:8080/readyz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)' % pods[0].ip,
                        etype="Warning", host=pods[0].node, count=3 if k == 2 else 5, first=reload_t[1] + 1.2, field="spec.containers{pis-api}", ev=(k == 2))

    def ok(i):
        p = r.choice(pods)
        return nginx_access(w, None, "GET", "/api/v3/boards/%s?rows=8" % r.choice(["LDS", "YRK", "MAN", "NCL", "HUD", "WKF"]), 200, r.randint(2100, 4800),
                            r.uniform(0.004, 0.03), "passenger-info-pis-api-8080", p.ip + ":8080", client="10.30.%d.%d" % (r.randint(1, 9), r.randint(2, 250)),
                            ua="pis-display/6.1 (+depot-fw 2026.07)")
    w.every(ing, 0, 600, 15, 5, ok)

    def disp_tick(i):
        if i % 3 == 1:
            return zapj("warn", "hub/pull.go:64", "board refresh failed, keeping previous content", station=r.choice(["LDS", "YRK"]), status=503, retry_in="5s")
        return zapj("info", "hub/pull.go:51", "board refresh", stations=r.randint(58, 64), displays=r.randint(410, 418), failed=0)
    w.every(disp, 0, 600, 40, 6, disp_tick)

    return w.record(
        "synthetic:dev24-railways",
        "Departure boards flash 'information unavailable' for a few seconds roughly every minute. The pis-api pods are all Running - what is happening?",
        {"namespace": ns},
        {"severity": "ERROR", "root_cause_category": "probe_failure", "component": "pis-api",
         "root_cause": "The pis-api readiness probe on /readyz (1 s timeout) blocks behind the timetable snapshot reload that holds the snapshot lock for about 2.5 s every minute; all three replicas reload at the same moment, fail readiness together and are removed from the Service endpoints, although the process keeps running.",
         "summary": "Every minute each pis-api pod logs a 2.3-3.1 s snapshot reload, kubelet records readiness 'context deadline exceeded (Client.Timeout exceeded while awaiting headers)', ingress-nginx warns the Service has no active Endpoint and returns 503 to the displays until the pods are ready again.",
         "action": "Make /readyz independent of the snapshot lock (serve the previous snapshot during reload), raise the probe timeoutSeconds/failureThreshold, and stagger reloads across replicas.",
         })


# ================================================================= agriculture: GPU jobs pending, node pool at max
GKE_IMAGERY = Cluster("gke", "agri-imagery-usc1",
                      ["gke-agri-imagery-usc1-default-7d1e02ab-4kq1", "gke-agri-imagery-usc1-default-7d1e02ab-9vzt",
                       "gke-agri-imagery-usc1-default-7d1e02ab-hw3c", "gke-agri-imagery-usc1-default-7d1e02ab-p0lx",
                       "gke-agri-imagery-usc1-default-7d1e02ab-x8sd", "gke-agri-imagery-us-gpu-l4-pool-3c9f51e0-b2mn",
                       "gke-agri-imagery-us-gpu-l4-pool-3c9f51e0-zk7d"],
                      "10.88", "34.118", "34.118.224.10", "172.16.8.2")


@scenario("orthomosaic")
def s_orthomosaic():
    w = Window("orthomosaic", "2026-07-09T13:25:00Z", GKE_IMAGERY, "otel")
    r = w.rng
    ns = "imagery"
    disp = w.deploy(ns, "imagery-dispatcher", "dispatcher", node=w.node(0))
    up = w.deploy(ns, "drone-upload-api", "api", node=w.node(2), app="drone-upload-api")
    tr1 = w.job("yield-research", "train-ndvi-unet-r14", "trainer", node=w.node(5), app="train-ndvi-unet")
    tr2 = w.job("yield-research", "train-ndvi-unet-r15", "trainer", node=w.node(6), app="train-ndvi-unet")
    flights = ["fl2291", "fl2292", "fl2294", "fl2297"]
    jobs = {}
    for f in flights:
        jobs[f] = w.job(ns, "odm-ortho-%s" % f, "odm", node=None, app="odm-ortho")

    def train(i, src, run):
        return "\u00a7py\u00a7 INFO trainer: epoch %d/60 step %d/412 loss=%.4f val_iou=%.4f lr=%.2e gpu_mem=21.3GiB" % (
            31 + i // 4, (i % 4) * 100 + r.randint(1, 99), r.uniform(0.08, 0.14), r.uniform(0.71, 0.78), 3e-4 * 0.97 ** (i // 4))
    w.every(tr1, 0, 600, 55, 6, lambda i: train(i, tr1, 14))
    w.every(tr2, 0, 600, 55, 6, lambda i: train(i, tr2, 15))

    for k, f in enumerate(flights):
        t = 12.0 + k * 38.0
        fid = f.upper()
        w.emit(t, up, "\u00a7pyms\u00a7 INFO upload: flight %s complete farm=%s images=%d bytes=%d camera=%s" % (
            fid, r.choice(["greenacre-north", "millbrook", "ridgeway-12"]), r.randint(640, 1480), r.randint(11, 29) * 1000000000 + r.randint(0, 999999999),
            r.choice(["DJI M3M", "MicaSense RedEdge-P"])))
        j = jobs[f]
        w.emit(t + 1.5, disp, "\u00a7pyms\u00a7 INFO dispatcher: created Job imagery/odm-ortho-%s (gpu=1, cpu=8, memory=48Gi, deadline=2h)" % f)
        w.event(t + 1.6, ns, "Job", "odm-ortho-%s" % f, "SuccessfulCreate", "Created pod: %s" % j.name, component="job-controller")
        msg = ("0/7 nodes are available: 7 Insufficient nvidia.com/gpu. preemption: 0/7 nodes are available: "
               "2 No preemption victims found for incoming pod, 5 Preemption is not helpful for scheduling.")
        w.event(t + 1.7, ns, "Pod", j.name, "FailedScheduling", msg, etype="Warning", component="default-scheduler", ev=(k == 0))
        w.event(t + 12.0, ns, "Pod", j.name, "NotTriggerScaleUp",
                "pod didn't trigger scale-up: 5 Insufficient nvidia.com/gpu, 1 max node group size reached",
                etype="Normal", component="cluster-autoscaler", ev=(k == 0))
    # repeats
    for t, f, c in ((190.0, "fl2291", 4), (262.0, "fl2292", 4), (331.0, "fl2294", 3), (420.0, "fl2291", 9), (455.0, "fl2297", 4),
                    (540.0, "fl2292", 9)):
        j = jobs[f]
        w.event(t, ns, "Pod", j.name, "FailedScheduling",
                "0/7 nodes are available: 7 Insufficient nvidia.com/gpu. preemption: 0/7 nodes are available: 2 No preemption victims found for incoming pod, 5 Preemption is not helpful for scheduling.",
                etype="Warning", component="default-scheduler", count=c, first=13.7, ev=(t == 420.0))
        if t in (262.0, 540.0):
            w.event(t + 9.0, ns, "Pod", j.name, "NotTriggerScaleUp",
                    "pod didn't trigger scale-up: 5 Insufficient nvidia.com/gpu, 1 max node group size reached",
                    component="cluster-autoscaler", count=c * 3, first=24.0, ev=(t == 540.0))
    w.emit(312.0, disp, "\u00a7pyms\u00a7 WARNING dispatcher: job imagery/odm-ortho-fl2291 still Pending after 300s (Unschedulable); queue=4 oldest_age=300s")
    w.emit(474.0, disp, "\u00a7pyms\u00a7 WARNING dispatcher: job imagery/odm-ortho-fl2292 still Pending after 420s (Unschedulable); queue=4 oldest_age=462s")
    w.emit(575.0, disp, "\u00a7pyms\u00a7 ERROR dispatcher: SLA breach risk: 4 orthomosaic jobs waiting for GPU, oldest 563s (target start < 300s)")

    def disp_tick(i):
        return "\u00a7pyms\u00a7 INFO dispatcher: reconcile loop done jobs_running=0 jobs_pending=%d jobs_succeeded_24h=%d" % (min(4, 1 + i // 2), 37 + 0 * i)
    w.every(disp, 30, 600, 60, 4, disp_tick)

    def up_tick(i):
        st = r.choice([201, 201, 201, 201, 409])
        return '%s - - [\u00a7clf\u00a7] "PUT /v1/flights/FL%d/images/IMG_%04d.JPG HTTP/1.1" %d %d' % (
            "10.88.%d.%d" % (r.randint(0, 7), r.randint(2, 250)), 2298, 100 + i * 7, st, 61 if st == 409 else 2)
    w.every(up, 200, 600, 22, 6, up_tick)
    w.emit(205.0, up, "\u00a7pyms\u00a7 INFO upload: flight FL2298 started farm=ridgeway-12 expected_images=1210")
    w.emit(146.0, up, "\u00a7pyms\u00a7 WARNING upload: resumable session 7f2c expired for client app/4.9.1; client restarted upload (ok)")

    return w.record(
        "synthetic:dev24-agriculture",
        "Orthomosaics for this afternoon's drone flights haven't started - the jobs just sit there. Can you see why?",
        {"namespace": ns},
        {"severity": "ERROR", "root_cause_category": "scheduling", "component": "odm-ortho",
         "root_cause": "The odm-ortho Job pods request one nvidia.com/gpu each, but both nodes of the L4 GPU pool are occupied by the yield-research training jobs and the pool is already at its maximum size, so the scheduler reports Insufficient nvidia.com/gpu and the cluster autoscaler refuses to scale up.",
         "summary": "Every new orthomosaic pod gets FailedScheduling '0/7 nodes are available: 7 Insufficient nvidia.com/gpu' with no preemption victims, and NotTriggerScaleUp '1 max node group size reached'; the dispatcher warns that the jobs have been Pending for several minutes.",
         "action": "Raise the GPU node pool's maximum node count (or add a second GPU pool), or give the ortho jobs a higher PriorityClass than the research training so they can preempt; consider capping research jobs with a ResourceQuota on nvidia.com/gpu.",
         })


# ================================================================= newsroom: ResourceQuota blocks push-worker scale-out
EKS_NEWS = Cluster("eks", "news-core-use1",
                   ["ip-10-40-11-58.ec2.internal", "ip-10-40-23-190.ec2.internal", "ip-10-40-36-7.ec2.internal",
                    "ip-10-40-44-212.ec2.internal", "ip-10-40-51-96.ec2.internal"],
                   "10.40", "10.100", "10.100.0.10", "10.100.0.1")


@scenario("breakingpush")
def s_breakingpush():
    w = Window("breakingpush", "2026-10-23T19:02:00Z", EKS_NEWS, "vector")
    r = w.rng
    ns = "notifications"
    workers = [w.deploy(ns, "push-worker", "push-worker", node=w.node(i % 5), rs="5c7b9d6f48") for i in range(3)]
    disp = w.deploy(ns, "push-dispatcher", "dispatcher", node=w.node(1))
    cms = w.deploy("cms", "cms-api", "cms-api", node=w.node(3))

    w.emit(8.0, cms, pino("info", cms.name, "breaking alert published", alertId="brk-20261023-07", headline="Prime minister announces resignation",
                           editor="k.nwosu", topics=["breaking", "politics"]))
    w.emit(8.6, disp, pino("info", disp.name, "fan-out started", alertId="brk-20261023-07", audience=2412338, batches=4825, batchSize=500))
    w.emit(9.0, disp, pino("info", disp.name, "fan-out enqueued", alertId="brk-20261023-07", topic="push.send", partitions=24, durationMs=412))

    lag = [0]

    def wk_tick(i, src):
        n = r.randint(52, 61)
        bad = r.randint(90, 260)
        return zapj("info", "sender/stats.go:57", "send stats (30s)", alert="brk-20261023-07", batches=n, delivered=n * 500 - bad,
                    invalid_tokens=bad, errors=0, p95_ms=r.randint(610, 980))
    for src in workers:
        w.every(src, 12, 600, 30, 0.3, lambda i, s=src: wk_tick(i, s))
    w.emit(26.0, workers[0], zapj("warn", "sender/apns.go:211", "apns rejected token", reason="Unregistered", status=410, token_suffix=w.hexs(8)))
    w.emit(61.0, workers[2], zapj("warn", "sender/fcm.go:164", "fcm rejected token", error="UNREGISTERED", status=404, token_suffix=w.hexs(8)))

    w.event(45.0, ns, "HorizontalPodAutoscaler", "push-worker", "SuccessfulRescale",
            "New size: 9; reason: cpu resource utilization (percentage of request) above target", component="horizontal-pod-autoscaler")
    w.event(45.2, ns, "Deployment", "push-worker", "ScalingReplicaSet", "Scaled up replica set push-worker-5c7b9d6f48 from 3 to 9",
            component="deployment-controller")
    quota = ('Error creating: pods "push-worker-5c7b9d6f48-%s" is forbidden: exceeded quota: notifications-compute, '
             'requested: limits.memory=1Gi, used: limits.memory=%s, limited: limits.memory=8Gi')
    extra = [w.deploy(ns, "push-worker", "push-worker", node=w.node(3 + j), rs="5c7b9d6f48") for j in range(2)]
    for j, (t, src) in enumerate(zip((45.4, 45.5), extra)):
        w.event(t, ns, "ReplicaSet", "push-worker-5c7b9d6f48", "SuccessfulCreate", "Created pod: %s" % src.name, component="replicaset-controller")
        w.emit(t + 4.1, src, zapj("info", "cmd/worker/main.go:41", "push-worker starting", version="2.19.3", concurrency=64))
        w.emit(t + 4.6, src, zapj("info", "consumer/kafka.go:88", "joined consumer group", group="push-worker", assigned_partitions=r.randint(4, 5)))
        w.every(src, t + 20, 600, 30, 0.3, lambda i, s=src: wk_tick(i, s))
    c = 1
    for t in (45.7, 45.9, 46.3, 47.1, 48.8, 52.0, 58.5, 71.4, 97.2, 148.8, 252.0, 458.0):
        w.event(t, ns, "ReplicaSet", "push-worker-5c7b9d6f48", "FailedCreate", quota % (w.kid(5), "8Gi"), etype="Warning",
                component="replicaset-controller", count=c, first=45.7, ev=(c in (1, 10)))
        c += 1
    w.event(105.0, ns, "HorizontalPodAutoscaler", "push-worker", "SuccessfulRescale",
            "New size: 14; reason: cpu resource utilization (percentage of request) above target", component="horizontal-pod-autoscaler")

    def disp_tick(i):
        lagv = [1200, 9800, 31400, 52100, 68800, 74100, 71800, 63200, 48800, 36100, 22800, 11900, 4100][min(i, 12)]
        return pino("warn" if lagv > 30000 else "info", disp.name, "consumer lag", topic="push.send", group="push-worker", lag=lagv * 10,
                    estDrainSec=int(lagv * 10 / 2600))
    w.every(disp, 20, 600, 45, 3, disp_tick)
    w.emit(140.0, disp, pino("warn", disp.name, "alert delivery slower than target", alertId="brk-20261023-07", p50DeliverySec=96, targetSec=30))

    def cms_tick(i):
        return pino("info", cms.name, "article saved", articleId="art-%d" % r.randint(990100, 990500), desk=r.choice(["politics", "news"]), revision=r.randint(2, 60))
    w.every(cms, 30, 600, 50, 10, cms_tick)
    w.emit(200.0, cms, pino("warn", cms.name, "slow request", method="GET", path="/api/articles/art-990118/revisions", ms=1210, thresholdMs=1000))

    return w.record(
        "synthetic:dev24-newsroom",
        "The resignation alert is taking minutes to reach phones. The HPA says it scaled push-worker up - so why is delivery still slow?",
        {"namespace": ns},
        {"severity": "WARN", "root_cause_category": "scheduling", "component": "push-worker",
         "root_cause": "The notifications namespace ResourceQuota caps limits.memory at 8Gi; push-worker pods have a 1Gi limit, so after the HPA scaled to 9 and then 14 replicas the ReplicaSet cannot create the extra pods (exceeded quota: notifications-compute) and the breaking-news backlog is drained by too few workers.",
         "summary": "The HPA rescales push-worker for the fan-out of 2.4M notifications, but only two extra pods are created before every further create fails with 'is forbidden: exceeded quota ... limited: limits.memory=8Gi'; consumer lag peaks around 740k messages and delivery is slow but drains on its own; the APNs/FCM unregistered-token rejections are normal.",
         "action": "Raise the notifications-compute quota (limits.memory) to cover the HPA maxReplicas, or lower the push-worker memory limit; align HPA maxReplicas with the quota so burst capacity is available before the next breaking alert.",
         })


# ================================================================= newsroom: wire agency hostname no longer resolves
@scenario("wireagency")
def s_wireagency():
    w = Window("wireagency", "2026-08-17T05:58:00Z", OCP_NEWS, "openshift")
    r = w.rng
    ns = "wire"
    ing = w.deploy(ns, "wire-ingest", "wire-ingest", node=w.node(1))
    dns = [w.ds("openshift-dns", "dns-default", "dns", w.node(1), app="dns-default"),
           w.ds("openshift-dns", "dns-default", "dns", w.node(2), app="dns-default")]
    norm = w.deploy(ns, "wire-normalizer", "normalizer", node=w.node(3))
    desk = w.deploy("cms", "desk-feed", "desk-feed", node=w.node(0))
    host_bad = "content.meridianwire.example"
    host_ok = "api.northline-news.example"
    client = ing.ip

    def dnslog(t, src, name, rcode, dur, ev=False):
        qid = r.randint(1000, 65000)
        port = r.randint(32768, 60999)
        w.emit(t, src, '[INFO] %s:%d - %d "A IN %s. udp %d false 512" %s qr,rd,ra %d %.9fs' % (
            client, port, qid, name, 28 + len(name), rcode, 100 + len(name) if rcode == "NXDOMAIN" else 60 + len(name), dur), ev)

    def poll_ok(t, k):
        w.emit(t, ing, "\u00a7py\u00a7 INFO wire.poller [northline] GET https://%s/v3/items?since=%s -> %d (%d items)" % (
            host_ok, "2026-08-17T05:%02d:00Z" % (50 + k % 8), r.choice([200, 200, 304]), r.randint(0, 14)))

    def poll_bad(t, k, ev):
        # search-path expansion NXDOMAINs (normal with ndots:5), then the absolute name also NXDOMAIN
        d = dns[k % 2]
        for sfx in ("wire.svc.cluster.local", "svc.cluster.local", "cluster.local", "eu-central-1.compute.internal"):
            dnslog(t - 0.040 + 0.006 * len(sfx) / 10, d, "%s.%s" % (host_bad, sfx), "NXDOMAIN", r.uniform(0.00005, 0.0004))
        dnslog(t - 0.012, d, host_bad, "NXDOMAIN", r.uniform(0.012, 0.045), ev)
        w.emit(t, ing, "\u00a7py\u00a7 ERROR wire.poller [meridian] GET https://%s/ninjs/v2/items?since=%s failed: httpx.ConnectError: [Errno -2] Name or service not known" % (
            host_bad, "2026-08-17T05:31:00Z"), ev)

    k = 0
    t = 3.0
    while t < 600:
        poll_ok(t, k)
        if k % 2 == 0:
            poll_bad(t + 1.2, k, k in (0, 2))
        k += 1
        t += 30 + r.uniform(-2, 2)
    w.emit(61.0, ing, "\u00a7py\u00a7 WARNING wire.poller [meridian] no items for 27m (last item urn:meridian:2026:4471983 at 05:31:12Z); backing off to 60s")
    w.emit(242.0, ing, "\u00a7py\u00a7 WARNING wire.poller [meridian] no items for 31m (last item urn:meridian:2026:4471983 at 05:31:12Z); backing off to 60s")
    w.emit(480.0, ing, "\u00a7py\u00a7 ERROR wire.health [meridian] feed stale for 35m, desk alert raised (threshold 30m)")

    def norm_tick(i):
        return "\u00a7py\u00a7 INFO wire.normalize normalized item urn:northline:%d lang=en words=%d priority=%d -> topic wire.normalized" % (
            88120400 + i * 3, r.randint(120, 900), r.choice([3, 4, 4, 5]))
    w.every(norm, 0, 600, 38, 8, norm_tick)
    w.emit(300.0, norm, "\u00a7py\u00a7 WARNING wire.normalize item urn:northline:88120611 has no byline, using agency default")

    def desk_tick(i):
        return pino("info", desk.name, "desk feed pushed", items=r.randint(1, 6), sources=["northline"], websocketClients=r.randint(38, 45))
    w.every(desk, 10, 600, 70, 8, desk_tick)
    w.emit(15.0, dns[0], "[WARNING] plugin/health: Local health request to \"http://:8080/health\" took more than 1s: 1.102735681s")

    return w.record(
        "synthetic:dev24-newsroom",
        "The Meridian wire has been silent for half an hour on the desk, Northline copy is still arriving. Is our ingest broken?",
        {"namespace": ns, "app": "wire-ingest"},
        {"severity": "ERROR", "root_cause_category": "dns_resolution", "component": "wire-ingest",
         "root_cause": "The Meridian agency hostname content.meridianwire.example no longer resolves: the cluster DNS returns NXDOMAIN for the absolute name, so wire-ingest's Meridian poller fails with '[Errno -2] Name or service not known' and no Meridian items are ingested.",
         "summary": "Each Meridian poll is preceded by NXDOMAIN answers in dns-default, including for the fully qualified name (the search-path NXDOMAINs are normal ndots expansion), and the poller logs httpx.ConnectError Name or service not known; the Northline feed on the same pod keeps working, so the ingest and network are fine.",
         "action": "Check the agency's DNS (dig content.meridianwire.example from outside the cluster), contact Meridian about the record/hostname change and update the feed URL if they moved it; meanwhile alert the desk that the Meridian wire is down.",
         })


# ================================================================= agriculture: farm edge CoreDNS upstream unreachable
MK8S_FARM = Cluster("microk8s", "riverside-farm", ["rs-mk8s-1", "rs-mk8s-2", "rs-mk8s-3"],
                    "10.1", "10.152.183", "10.152.183.10", "10.152.183.1")


@scenario("farmresolver")
def s_farmresolver():
    w = Window("farmresolver", "2026-11-04T06:15:00Z", MK8S_FARM, "fluentbit")
    r = w.rng
    ns = "telemetry"
    cd = w.deploy("kube-system", "coredns", "coredns", node=w.node(0), rs="7d9bc4d8c4")
    gw = w.deploy(ns, "sensor-gateway", "gateway", node=w.node(1), app="sensor-gateway")
    herd = w.deploy(ns, "herd-uplink", "uplink", node=w.node(2), app="herd-uplink")
    local = w.deploy(ns, "barn-dashboard", "dashboard", node=w.node(2), app="barn-dashboard")
    tsdb = w.sts(ns, "influxdb", 0, "influxdb", node=w.node(1))
    up = "192.168.50.1"

    w.emit(0.4, cd, "[WARNING] No files matching import glob pattern: custom/*.override")
    w.emit(0.5, cd, "[WARNING] No files matching import glob pattern: custom/*.server")

    def gw_ok(i):
        return slog("INFO", "batch uploaded", endpoint="https://ingest.agrisense-cloud.example/v2/batch", readings=r.randint(180, 260), status=202,
                    took="%dms" % r.randint(140, 480))
    w.every(gw, 0, 62, 15, 2, gw_ok)

    def herd_ok(i):
        return pino("info", herd.name, "positions uploaded", collars=r.randint(310, 318), target="api.herdtrack.example", status=200, ms=r.randint(120, 400))
    w.every(herd, 0, 62, 20, 3, herd_ok)

    # upstream resolver (farm router) stops answering at ~70 s
    names = [("ingest.agrisense-cloud.example.", gw), ("api.herdtrack.example.", herd), ("time.cloudflare.com.", None),
             ("ingest.agrisense-cloud.example.", gw)]
    t = 71.3
    k = 0
    while t < 600:
        name, _ = names[k % len(names)]
        w.emit(t, cd, "[ERROR] plugin/errors: 2 %s %s: read udp %s:%d->%s:53: i/o timeout" % (
            name, r.choice(["A", "AAAA"]), cd.ip, r.randint(33000, 60000), up), ev=(k < 3 or k in (20,)))
        k += 1
        t += r.uniform(7, 16)

    def gw_bad(i):
        if i % 4 == 3:
            return slog("WARN", "spooling readings to disk", spooled=1200 + 240 * i, spool_dir="/var/spool/gateway", free_mb=14000 - 3 * i)
        return slog("ERROR", "batch upload failed", endpoint="https://ingest.agrisense-cloud.example/v2/batch",
                    err="Post \"https://ingest.agrisense-cloud.example/v2/batch\": dial tcp: lookup ingest.agrisense-cloud.example on 10.152.183.10:53: server misbehaving",
                    retry_in="30s")
    w.every(gw, 78, 600, 15, 2, gw_bad)
    w.emit(79.2, gw, slog("ERROR", "batch upload failed", endpoint="https://ingest.agrisense-cloud.example/v2/batch",
                          err="Post \"https://ingest.agrisense-cloud.example/v2/batch\": dial tcp: lookup ingest.agrisense-cloud.example on 10.152.183.10:53: server misbehaving",
                          retry_in="30s"), ev=True)

    def herd_bad(i):
        return pino("error", herd.name, "upload failed, will retry", target="api.herdtrack.example", err="getaddrinfo EAI_AGAIN api.herdtrack.example",
                    code="EAI_AGAIN", queued=318 * (i + 1))
    w.every(herd, 84, 600, 40, 4, herd_bad)

    def local_tick(i):
        return pino("info", local.name, "GET /api/barns/summary 200", upstream="http://influxdb.telemetry.svc.cluster.local:8086", ms=r.randint(8, 40))
    w.every(local, 0, 600, 50, 5, local_tick)

    def influx_tick(i):
        return 'ts=\u00a7isous\u00a7 lvl=info msg="Executing query" log_id=0s%s service=query query="SELECT mean(vwc) FROM soil.autogen.readings WHERE time > now() - 1h GROUP BY probe"' % w.kid(8)
    w.every(tsdb, 0, 600, 60, 6, influx_tick)
    w.emit(300.0, tsdb, 'ts=\u00a7isous\u00a7 lvl=info msg="Retention policy deletion check (start)" log_id=0s%s service=retention trace_id=0s%s op_name=retention_delete_check op_event=start' % (w.kid(8), w.kid(8)))
    w.emit(300.1, tsdb, 'ts=\u00a7isous\u00a7 lvl=info msg="Retention policy deletion check (end)" log_id=0s%s service=retention trace_id=0s%s op_name=retention_delete_check op_event=end op_elapsed=0.031ms' % (w.kid(8), w.kid(8)))

    return w.record(
        "synthetic:dev24-agriculture",
        "Since about 06:16 the farm gateway can't upload sensor batches and the collar uplink is queueing. Local dashboards still work. What's broken?",
        {"namespace": ns},
        {"severity": "ERROR", "root_cause_category": "dns_resolution", "component": "coredns",
         "root_cause": "CoreDNS on the farm cluster forwards external names to the farm router at 192.168.50.1, which stopped answering DNS; every external lookup times out in the forward plugin, so the gateway and collar uplink cannot resolve their cloud endpoints (in-cluster names still resolve).",
         "summary": "From ~06:16 CoreDNS logs 'plugin/errors: 2 <name> A: read udp ...->192.168.50.1:53: i/o timeout' for the cloud hostnames; sensor-gateway fails with 'lookup ingest.agrisense-cloud.example on 10.152.183.10:53: server misbehaving' and spools to disk, herd-uplink gets EAI_AGAIN; influxdb and the barn dashboard are unaffected.",
         "action": "Restore DNS on the farm router (or point the CoreDNS forward plugin at a reachable resolver such as the ISP's or a public one), then confirm the gateway drains its spool; consider a secondary upstream in the Corefile.",
         })


# ================================================================= agriculture: MQTT broker restart, clients refused for ~2 min
K3S_HERD = Cluster("k3s", "glenmoor-herd", ["glenmoor-k3s-01", "glenmoor-k3s-02", "glenmoor-k3s-03"],
                   "10.42", "10.43", "10.43.0.10", "10.43.0.1")


def rust_log(level, target, msg):
    return "\u00a7isous\u00a7 %5s %s: %s" % (level, target, msg)


@scenario("collars")
def s_collars():
    w = Window("collars", "2026-05-02T10:30:00Z", K3S_HERD, "vector")
    r = w.rng
    ns = "livestock"
    n_mq = w.node(2)
    mq = w.sts(ns, "mosquitto", 0, "mosquitto", node=n_mq)
    ci = w.deploy(ns, "collar-ingest", "collar-ingest", node=w.node(0))
    gb = w.deploy(ns, "chirpstack-gateway-bridge", "gateway-bridge", node=w.node(1), app="chirpstack-gateway-bridge")
    api = w.deploy(ns, "herd-api", "herd-api", node=w.node(0))
    mq_svc = w.svc_ip()
    new_img = "docker.io/library/eclipse-mosquitto:2.0.20"

    def ci_ok(i):
        return rust_log("INFO", "collar_ingest::decode", "uplink dev_eui=%s fport=2 lat=%.5f lon=%.5f activity=%s battery=%d%%" % (
            "70b3d57ed00" + w.hexs(5), 55.8 + r.uniform(0, 0.05), -3.4 - r.uniform(0, 0.08), r.choice(["grazing", "resting", "walking", "ruminating"]), r.randint(41, 98)))
    w.every(ci, 0, 63, 8, 2, ci_ok)
    w.every(mq, 0, 60, 20, 3, lambda i: "\u00a7epochs\u00a7: Client gw-%s closed its connection." % w.hexs(6) if i == 1 else None)
    w.emit(4.0, gb, 'time="\u00a7isos\u00a7" level=info msg="integration/mqtt: publishing event" event=up qos=0 topic=eu868/gateway/%s/event/up' % ("b827ebfffe" + w.hexs(6)))

    # operator rolls the broker to a new image tag
    w.event(62.0, ns, "StatefulSet", "mosquitto", "SuccessfulDelete", "delete Pod mosquitto-0 in StatefulSet mosquitto successful",
            component="statefulset-controller", ev=True)
    w.event(62.1, ns, "Pod", "mosquitto-0", "Killing", "Stopping container mosquitto", host=n_mq, field="spec.containers{mosquitto}")
    w.emit(62.3, mq, "\u00a7epochs\u00a7: mosquitto version 2.0.18 terminating", ev=True)
    w.emit(62.3, mq, "\u00a7epochs\u00a7: Saving in-memory database to /mosquitto/data/mosquitto.db.")
    w.event(63.4, ns, "StatefulSet", "mosquitto", "SuccessfulCreate", "create Pod mosquitto-0 in StatefulSet mosquitto successful",
            component="statefulset-controller")
    w.event(63.5, ns, "Pod", "mosquitto-0", "Scheduled", "Successfully assigned livestock/mosquitto-0 to %s" % n_mq, component="default-scheduler")
    w.event(64.9, ns, "Pod", "mosquitto-0", "Pulling", 'Pulling image "%s"' % new_img, host=n_mq, field="spec.containers{mosquitto}")

    t = 63.0
    k = 0
    while t < 171:
        d = 5 if k <= 6 else 15
        w.emit(t, ci.err(), rust_log("ERROR", "collar_ingest::mqtt", "connection error: I/O: Connection refused (os error 111), reconnecting in %ds (broker=tcp://mosquitto.livestock.svc.cluster.local:1883)" % d), ev=(k in (0, 1)))
        t += d + r.uniform(0, 0.3)
        k += 1
    t = 63.4
    k = 0
    while t < 171:
        w.emit(t, gb, 'time="\u00a7isos\u00a7" level=error msg="integration/mqtt: connection error" error="dial tcp %s:1883: connect: connection refused"' % mq_svc, ev=(k == 0))
        w.emit(t + 0.001, gb, 'time="\u00a7isos\u00a7" level=info msg="integration/mqtt: connecting to mqtt broker" server="tcp://mosquitto.livestock.svc.cluster.local:1883"')
        t += 2.0 * (2 ** min(k, 4)) + r.uniform(0, 1)
        k += 1
    w.emit(95.0, api, slog("WARN", "live positions stale", herds=6, newest_fix_age="33s", threshold="30s"))
    w.emit(140.0, api, slog("WARN", "live positions stale", herds=6, newest_fix_age="78s", threshold="30s"))

    w.event(166.2, ns, "Pod", "mosquitto-0", "Pulled", 'Successfully pulled image "%s" in 1m41.196s (1m41.196s including waiting). Image size: 9868203 bytes.' % new_img,
            host=n_mq, field="spec.containers{mosquitto}")
    w.event(166.4, ns, "Pod", "mosquitto-0", "Created", "Created container: mosquitto", host=n_mq, field="spec.containers{mosquitto}")
    w.event(166.6, ns, "Pod", "mosquitto-0", "Started", "Started container mosquitto", host=n_mq, field="spec.containers{mosquitto}")
    w.emit(166.9, mq, "\u00a7epochs\u00a7: mosquitto version 2.0.20 starting")
    w.emit(166.9, mq, "\u00a7epochs\u00a7: Config loaded from /mosquitto/config/mosquitto.conf.")
    w.emit(167.0, mq, "\u00a7epochs\u00a7: Opening ipv4 listen socket on port 1883.")
    w.emit(167.0, mq, "\u00a7epochs\u00a7: mosquitto version 2.0.20 running")
    w.emit(171.5, mq, "\u00a7epochs\u00a7: New connection from %s:40418 on port 1883." % ci.ip)
    w.emit(171.5, mq, "\u00a7epochs\u00a7: New client connected from %s:40418 as collar-ingest-1 (p2, c0, k30, u'ingest')." % ci.ip)
    w.emit(171.6, ci, rust_log("INFO", "collar_ingest::mqtt", "connected to broker, resubscribing to application/+/device/+/event/up (qos 1)"))
    w.emit(172.0, ci, rust_log("INFO", "collar_ingest::mqtt", "session present=true, 1184 queued messages delivered"))
    w.emit(187.3, mq, "\u00a7epochs\u00a7: New connection from %s:51872 on port 1883." % gb.ip)
    w.emit(187.3, mq, "\u00a7epochs\u00a7: New client connected from %s:51872 as gateway-bridge-7f3a (p2, c1, k30, u'bridge')." % gb.ip)
    w.emit(187.4, gb, 'time="\u00a7isos\u00a7" level=info msg="integration/mqtt: connected to mqtt broker"')
    w.every(ci, 175, 600, 10, 2, ci_ok)
    w.emit(214.0, api, slog("INFO", "live positions fresh", herds=6, newest_fix_age="4s"))

    def api_tick(i):
        return '%s - - [\u00a7clf\u00a7] "GET /api/herds/%d/positions HTTP/1.1" 200 %d "-" "HerdApp/3.2 (Android 14)"' % (
            "10.42.0.%d" % r.randint(2, 40), r.randint(1, 6), r.randint(4000, 22000))
    w.every(api, 0, 600, 55, 10, api_tick)

    return w.record(
        "synthetic:dev24-agriculture",
        "Collar positions froze for a couple of minutes around 10:31 and the ingest logged connection refused errors. Do we need to do anything?",
        {"namespace": ns},
        {"severity": "WARN", "root_cause_category": "connection_refused", "component": "mosquitto",
         "root_cause": "The single mosquitto-0 broker pod was deleted by the StatefulSet rollout to eclipse-mosquitto 2.0.20 and the new image took 1m41s to pull over the farm link, so for about 105 s nothing listened behind the mosquitto Service and MQTT clients got connection refused.",
         "summary": "The StatefulSet controller deleted mosquitto-0 at 10:31:02, the broker logged 'terminating', and collar-ingest and the ChirpStack gateway bridge logged 'Connection refused' while reconnecting; after the image pull the broker started, clients reconnected and the 1184 queued messages were delivered, so the system recovered by itself.",
         "action": "No immediate action; to avoid a repeat, pre-pull broker images on the edge nodes (or use a local registry mirror) and schedule broker upgrades for a maintenance window, or run an HA broker pair.",
         })


# ================================================================= railways: fares Redis scaled to zero
TALOS_TRANSIT = Cluster("talos", "transit-core", ["talos-cp-7mf", "talos-2gk-9xq", "talos-5rb-c1w", "talos-8hn-t4d"],
                        "10.244", "10.96", "10.96.0.10", "10.96.0.1")


@scenario("farecaps")
def s_farecaps():
    w = Window("farecaps", "2026-12-01T07:48:00Z", TALOS_TRANSIT, "alloy")
    r = w.rng
    ns = "fares"
    rd = w.sts(ns, "fares-redis", 0, "redis", node=w.node(2))
    fe = [w.deploy(ns, "fare-engine", "fare-engine", node=w.node(i), rs="6f9d8c7b5") for i in (1, 3)]
    val = w.deploy(ns, "validator-api", "validator-api", node=w.node(2))
    set_ = w.deploy(ns, "settlement-batch", "settlement", node=w.node(3), app="settlement-batch")
    rsvc = w.svc_ip()

    def fe_ok(i, src):
        return spring("INFO", "http-nio-8080-exec-%d" % r.randint(1, 40), "c.t.fares.engine.TapProcessor",
                      "Tap %s card=****%04d station=%s zone=%d fare=%s cap_applied=%s" % (
                          w.hexs(12), r.randint(0, 9999), r.choice(["CEN", "HBF", "NRD", "OST", "AIRP"]), r.randint(1, 4),
                          r.choice(["2.90", "2.90", "3.40", "0.00"]), r.choice(["false", "false", "true"])), app="fare-engine")
    for src in fe:
        w.every(src, 0, 72, 16, 4, lambda i, s=src: fe_ok(i, s))
    w.emit(10.0, rd, "1:M \u00a7redis\u00a7 * 10000 changes in 60 seconds. Saving...")
    w.emit(10.1, rd, "1:M \u00a7redis\u00a7 * Background saving started by pid 40212")
    w.emit(11.3, rd, "40212:C \u00a7redis\u00a7 * DB saved on disk")
    w.emit(11.4, rd, "1:M \u00a7redis\u00a7 * Background saving terminated with success")

    # someone scales the StatefulSet to zero (wrong kube context)
    w.event(74.6, ns, "StatefulSet", "fares-redis", "SuccessfulDelete", "delete Pod fares-redis-0 in StatefulSet fares-redis successful",
            component="statefulset-controller", ev=True)
    w.event(74.7, ns, "Pod", "fares-redis-0", "Killing", "Stopping container redis", host=rd.node, field="spec.containers{redis}")
    w.emit(74.8, rd, "1:signal-handler (\u00a7epochs\u00a7) Received SIGTERM scheduling shutdown...", ev=True)
    w.emit(74.9, rd, "1:M \u00a7redis\u00a7 * User requested shutdown...")
    w.emit(74.9, rd, "1:M \u00a7redis\u00a7 * Saving the final RDB snapshot before exiting.")
    w.emit(75.6, rd, "1:M \u00a7redis\u00a7 * DB saved on disk")
    w.emit(75.6, rd, "1:M \u00a7redis\u00a7 * Removing the pid file.")
    w.emit(75.7, rd, "1:M \u00a7redis\u00a7 # Redis is now ready to exit, bye bye...")

    def fe_bad(i, src):
        if i % 3 == 0:
            return spring("INFO", "lettuce-eventExecutorLoop-1-%d" % r.randint(1, 4), "i.l.core.protocol.ConnectionWatchdog",
                          "Reconnecting, last destination was fares-redis.fares.svc.cluster.local/%s:6379" % rsvc, app="fare-engine")
        if i % 3 == 1:
            return spring("WARN", "lettuce-nioEventLoop-4-%d" % r.randint(1, 4), "i.l.core.protocol.ConnectionWatchdog",
                          "Cannot reconnect to [fares-redis.fares.svc.cluster.local/<unresolved>:6379]: Connection refused: fares-redis.fares.svc.cluster.local/%s:6379" % rsvc,
                          app="fare-engine")
        return spring("WARN", "http-nio-8080-exec-%d" % r.randint(1, 40), "c.t.fares.engine.CapService",
                      "Cap state unavailable for card=****%04d (RedisConnectionException), charging uncapped fare %s" % (r.randint(0, 9999), r.choice(["2.90", "3.40"])),
                      app="fare-engine")
    w.emit(76.3, fe[0], spring("INFO", "lettuce-eventExecutorLoop-1-2", "i.l.core.protocol.ConnectionWatchdog",
                               "Reconnecting, last destination was fares-redis.fares.svc.cluster.local/%s:6379" % rsvc, app="fare-engine"))
    w.emit(76.4, fe[0], spring("WARN", "lettuce-nioEventLoop-4-3", "i.l.core.protocol.ConnectionWatchdog",
                               "Cannot reconnect to [fares-redis.fares.svc.cluster.local/<unresolved>:6379]: Connection refused: fares-redis.fares.svc.cluster.local/%s:6379" % rsvc,
                               app="fare-engine"), ev=True)
    w.emit(77.1, fe[1].err(), spring("ERROR", "http-nio-8080-exec-17", "c.t.fares.engine.TapProcessor",
                                     "Cap lookup failed: io.lettuce.core.RedisConnectionException: Unable to connect to fares-redis.fares.svc.cluster.local/<unresolved>:6379",
                                     app="fare-engine"), ev=True)
    w.emit(77.101, fe[1].err(), "Caused by: io.netty.channel.AbstractChannel$AnnotatedConnectException: Connection refused: fares-redis.fares.svc.cluster.local/%s:6379" % rsvc, ev=True)
    w.emit(77.102, fe[1].err(), "Caused by: java.net.ConnectException: Connection refused")
    w.emit(77.103, fe[1].err(), "\tat java.base/sun.nio.ch.Net.pollConnect(Native Method)")
    for src in fe:
        w.every(src, 80, 600, 14, 4, lambda i, s=src: fe_bad(i, s))

    def val_tick(i):
        if i < 3:
            return zapj("info", "api/tap.go:88", "tap accepted", gate=r.choice(["CEN-04", "HBF-11", "NRD-02"]), latency_ms=r.randint(40, 90))
        return zapj("warn", "api/tap.go:97", "tap accepted with degraded fare engine", gate=r.choice(["CEN-04", "HBF-11", "NRD-02", "OST-07"]),
                    engine_flag="cap_unavailable", latency_ms=r.randint(60, 140))
    w.every(val, 0, 600, 28, 6, val_tick)
    w.emit(300.0, set_, spring("INFO", "main", "c.t.fares.settlement.Job", "Settlement window 07:45-07:50 closed: 18,214 taps, 2,377 flagged cap_unavailable for re-rating", app="settlement-batch"))
    w.emit(301.0, set_, spring("WARN", "main", "o.s.b.a.o.j.JpaBaseConfiguration$JpaWebConfiguration", "spring.jpa.open-in-view is enabled by default. Therefore, database queries may be performed during view rendering. Explicitly configure spring.jpa.open-in-view to disable this warning", app="settlement-batch"))

    return w.record(
        "synthetic:dev24-railways",
        "Customers on the morning peak are being charged full fares even after hitting the daily cap. fare-engine is logging Redis errors - what happened?",
        {"namespace": ns},
        {"severity": "ERROR", "root_cause_category": "connection_refused", "component": "fares-redis",
         "root_cause": "The fares-redis StatefulSet was scaled to zero at 07:49:14 (the statefulset-controller deleted fares-redis-0 and Redis shut down on SIGTERM); with no pod behind the fares-redis Service every connection from fare-engine is refused, so cap state cannot be read and taps are charged uncapped fares.",
         "summary": "Right after 'delete Pod fares-redis-0 in StatefulSet fares-redis successful' and Redis's shutdown, Lettuce in both fare-engine pods loops on 'Cannot reconnect ... Connection refused: fares-redis.fares.svc.cluster.local/...:6379' and CapService charges uncapped fares; validators keep accepting taps in degraded mode and settlement flags them for re-rating.",
         "action": "Scale fares-redis back to 1 replica (kubectl -n fares scale statefulset fares-redis --replicas=1), verify fare-engine reconnects, re-rate the flagged taps, and find who scaled it down (audit log); protect the StatefulSet with RBAC and a PodDisruptionBudget.",
         })


# ================================================================= newsroom: related-articles searches too slow -> 504
KUBEADM_NEWS = Cluster("kubeadm", "newsroom-dc2", ["news-k8s-cp1", "news-k8s-w1", "news-k8s-w2", "news-k8s-w3", "news-k8s-w4", "news-k8s-w5"],
                       "10.244", "10.96", "10.96.0.10", "10.96.0.1")


@scenario("relatedreads")
def s_relatedreads():
    w = Window("relatedreads", "2026-04-19T20:05:00Z", KUBEADM_NEWS, "otel")
    r = w.rng
    ns = "web"
    ing = w.deploy("ingress-nginx", "ingress-nginx-controller", "controller", node=w.node(1), app="ingress-nginx")
    rec = [w.deploy(ns, "recommendations", "recommendations", node=w.node(i), rs="84bc6f9d7") for i in (2, 3)]
    qd = w.sts("search", "qdrant", 0, "qdrant", node=w.node(4))
    art = w.deploy(ns, "article-api", "article-api", node=w.node(5))
    host = "www.thecourier.example"

    def qlog(t, src_ip, secs, status=200):
        w.emit(t, qd, '\u00a7isous\u00a7  INFO actix_web::middleware::logger: %s "POST /collections/articles/points/search HTTP/1.1" %d %d "-" "python-client/1.12.1 python/3.12.7" %.6f' % (
            src_ip, status, r.randint(1800, 2600), secs), ev=(secs > 10 and t < 140))

    # before: fast
    t = 2.0
    while t < 60:
        s = rec[int(t) % 2]
        d = r.uniform(0.04, 0.2)
        qlog(t + d, s.ip, d)
        w.emit(t + d + 0.01, s, 'INFO:     %s:%d - "GET /api/related?article=art-%d HTTP/1.1" 200 OK' % (ing.ip, r.randint(33000, 60000), r.randint(771000, 772000)))
        t += r.uniform(6, 10)
    # after 20:06 traffic spike (match report), searches degrade
    w.emit(58.0, art, pino("info", art.name, "article published", articleId="art-772104", section="sport", headline="Late winner sends City top", traffic="push+homepage"))
    slow_q = []
    t = 64.0
    k = 0
    while t < 600:
        s = rec[k % 2]
        d = r.uniform(9.2, 14.8) if k % 5 else r.uniform(2.5, 6.0)
        qlog(t + d, s.ip, d)
        if d > 10:
            w.emit(t + 10.0, s.err(), "\u00a7py\u00a7 ERROR related: qdrant search failed for art-772104 after 10.0s: ResponseHandlingException: timed out", ev=(k in (1, 2)))
            w.emit(t + 10.0, ing, '\u00a7slash\u00a7 [error] 41#41: *%d upstream timed out (110: Operation timed out) while reading response header from upstream, client: 10.244.0.1, server: %s, request: "GET /api/related?article=art-772104 HTTP/1.1", upstream: "http://%s:8000/api/related?article=art-772104", host: "%s"' % (
                r.randint(9800000, 9900000), host, s.ip, host))
            w.emit(t + 10.001, ing, nginx_access(w, None, "GET", "/api/related?article=art-772104", 504, 160, 10.001, "web-recommendations-8000", s.ip + ":8000",
                                                  client="10.244.0.1", urt=10.001, ustatus=504, ubytes=0))
        else:
            w.emit(t + d + 0.01, s, "\u00a7py\u00a7 WARNING related: slow qdrant search %.2fs for art-772104 (limit=6, filter=section,published_at)" % d)
            w.emit(t + d + 0.02, s, 'INFO:     %s:%d - "GET /api/related?article=art-772104 HTTP/1.1" 200 OK' % (ing.ip, r.randint(33000, 60000)))
        k += 1
        t += r.uniform(17, 26)

    def art_tick(i):
        return pino("info", art.name, "GET /api/articles/art-%d 200" % r.randint(771900, 772110), ms=r.randint(6, 40), cache="hit" if i % 3 else "miss")
    w.every(art, 0, 600, 30, 6, art_tick)

    def ing_ok(i):
        if i % 6 == 5:
            return nginx_access(w, client_ip(w), "GET", "/wp-login.php", 404, 146, 0.002, "web-article-api-3000", r.choice([art.ip]) + ":3000",
                                ua="Mozilla/5.0 (compatible; scanner/1.0)")
        return nginx_access(w, None, "GET", "/api/articles/art-%d" % r.randint(771900, 772110), 200, r.randint(9000, 40000), r.uniform(0.006, 0.05),
                            "web-article-api-3000", art.ip + ":3000", client="10.244.0.1")
    w.every(ing, 0, 600, 24, 6, ing_ok)
    w.emit(300.0, qd, "\u00a7isous\u00a7  INFO storage::content_manager::toc: Optimizer status for collection articles: ok (segments=6, indexed_vectors=1884211)")

    return w.record(
        "synthetic:dev24-newsroom",
        "The 'Related reads' box on articles is blank for many readers tonight and the ingress shows 504s on /api/related. Which service is slow?",
        {"namespace": ns},
        {"severity": "ERROR", "root_cause_category": "timeout", "component": "qdrant",
         "root_cause": "Since the traffic spike after 20:06 the Qdrant vector searches behind /api/related take 9-15 s, longer than the recommendations service's 10 s client timeout and the ingress proxy-read-timeout, so requests time out and ingress-nginx returns 504.",
         "summary": "Qdrant's access log shows POST /collections/articles/points/search taking up to ~14 s (versus ~0.1 s before 20:06); recommendations logs 'qdrant search failed ... ResponseHandlingException: timed out' and ingress-nginx logs 'upstream timed out (110: Operation timed out) while reading response header' with 504s. The 404s for /wp-login.php are scanner noise.",
         "action": "Investigate the slow Qdrant search (add a payload index for section/published_at, check Qdrant CPU/segments), add caching for hot articles in recommendations and return an empty box quickly instead of waiting 10 s.",
         })


# ================================================================= agriculture: satellite provider read timeouts (retries succeed)
GKE_AGRI = Cluster("gke", "agri-platform-euw4",
                   ["gke-agri-platform-euw4-pool-1-2b7c91d0-6hq8", "gke-agri-platform-euw4-pool-1-2b7c91d0-d1zm",
                    "gke-agri-platform-euw4-pool-1-2b7c91d0-rr4k"],
                   "10.20", "10.24", "10.24.0.10", "172.16.4.2")


@scenario("scenefetch")
def s_scenefetch():
    w = Window("scenefetch", "2026-08-03T11:40:00Z", GKE_AGRI, "promtail")
    r = w.rng
    ns = "satellite"
    sf = w.deploy(ns, "scene-fetcher", "fetcher", node=w.node(0))
    ndvi = w.deploy(ns, "ndvi-pipeline", "pipeline", node=w.node(1))
    tiler = w.deploy(ns, "tile-server", "titiler", node=w.node(2))
    host = "api.orbitimagery.example"
    tiles = ["31UFU", "31UGU", "31UFT", "32ULC", "31UGT", "32ULD", "31UET", "31UES"]

    def ok(t, tile, secs):
        w.emit(t, sf, "\u00a7py\u00a7 INFO fetcher: scene S2B_MSIL2A_20260803T104619_N0511_R051_T%s downloaded: 6 bands, %.1f MB in %.1fs" % (tile, r.uniform(180, 260), secs))
        w.emit(t + 0.8, sf, "\u00a7py\u00a7 INFO fetcher: uploaded gs://agri-scenes-euw4/l2a/2026/08/03/T%s.zarr (%d chunks)" % (tile, r.randint(220, 400)))

    k = 0
    t = 3.0
    for tile in tiles:
        w.emit(t, sf, "\u00a7py\u00a7 INFO fetcher: requesting tile T%s (cloud_cover=%d%%, bbox=farm-cluster-%d)" % (tile, r.randint(2, 35), r.randint(1, 9)))
        if k in (0, 3):
            ok(t + r.uniform(20, 40), tile, r.uniform(20, 40))
            t += 48
        else:
            # first attempt(s) time out, urllib3 retries, eventually succeeds or is deferred
            tries = 2 if k % 3 else 3
            tt = t + 60.0
            for j in range(tries):
                w.emit(tt, sf, "\u00a7py\u00a7 WARNING urllib3.connectionpool: Retrying (Retry(total=%d, connect=None, read=None, redirect=None, status=None)) after connection broken by "
                               "'ReadTimeoutError(\"HTTPSConnectionPool(host='%s', port=443): Read timed out. (read timeout=60)\")': /api/v1/process" % (2 - j, host),
                       ev=(k == 1 and j == 0) or (k == 4 and j == 0))
                tt += 60.0 + r.uniform(0.1, 0.6)
            if k in (2, 6):
                w.emit(tt, sf.err(), "\u00a7py\u00a7 ERROR fetcher: tile T%s deferred to next run: requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='%s', port=443): Read timed out. (read timeout=60)" % (tile, host), ev=(k == 2))
                t = tt + 2
            else:
                secs = r.uniform(25, 50)
                ok(tt - 60 + secs, tile, secs)
                t = tt - 60 + secs + 5
        k += 1
        if t > 560:
            break
    w.emit(150.0, sf, "\u00a7py\u00a7 INFO fetcher: tile T31UGT skipped: cloud_cover=87% > max 60%")
    w.emit(151.0, sf, "\u00a7py\u00a7 INFO fetcher: provider quota remaining 18420/25000 processing units today")

    def ndvi_tick(i):
        if i % 3 == 2:
            return "\u00a7py\u00a7 INFO ndvi: waiting for scenes (ready=%d/8, deadline 14:00 UTC)" % min(8, 1 + i // 2)
        return "\u00a7py\u00a7 INFO ndvi: computed NDVI for field block %s-%02d mean=%.3f p10=%.3f p90=%.3f" % (r.choice(["GA", "MB", "RW"]), r.randint(1, 40), r.uniform(0.55, 0.78), r.uniform(0.3, 0.5), r.uniform(0.8, 0.9))
    w.every(ndvi, 0, 600, 42, 6, ndvi_tick)

    def tiler_tick(i):
        st = r.choice([200, 200, 200, 204, 404])
        return 'INFO:     10.20.%d.%d:%d - "GET /cog/tiles/WebMercatorQuad/%d/%d/%d.png?url=gs://agri-scenes-euw4/ndvi/2026/08/02/mosaic.tif HTTP/1.1" %d %s' % (
            r.randint(0, 3), r.randint(2, 250), r.randint(30000, 60000), r.randint(11, 15), r.randint(1000, 1100), r.randint(600, 700), st,
            {200: "OK", 204: "No Content", 404: "Not Found"}[st])
    w.every(tiler, 0, 600, 18, 5, tiler_tick)

    return w.record(
        "synthetic:dev24-agriculture",
        "scene-fetcher is full of read timeout warnings this morning. Are we going to miss today's NDVI run?",
        {"namespace": ns, "app": "scene-fetcher"},
        {"severity": "WARN", "root_cause_category": "timeout", "component": "scene-fetcher",
         "root_cause": "The satellite imagery provider's processing API (api.orbitimagery.example) is responding slowly: many /api/v1/process calls exceed scene-fetcher's 60 s read timeout; urllib3 retries get most tiles through, and the two tiles still timing out are deferred to the next run.",
         "summary": "scene-fetcher logs repeated 'Read timed out. (read timeout=60)' retries against api.orbitimagery.example; most tiles download on a later attempt, T31UFT and T31UES are deferred, and ndvi-pipeline is waiting for scenes but still before its 14:00 deadline. Cloud-cover skips and tile-server 404s are normal.",
         "action": "Optional: watch the provider status and let the next run pick up the deferred tiles; if it persists, raise the read timeout for /process or switch to the provider's async batch API.",
         })


# ================================================================= railways: mTLS clients reject vehicle-location cert from a new CA
OCP_RAIL = Cluster("openshift", "ocp-rail-ops",
                   ["worker-0.ocp-rail.transit.internal", "worker-1.ocp-rail.transit.internal", "worker-2.ocp-rail.transit.internal",
                    "worker-3.ocp-rail.transit.internal"],
                   "10.128", "172.30", "172.30.0.10", "172.30.0.1")


@scenario("vehiclelocation")
def s_vehiclelocation():
    w = Window("vehiclelocation", "2026-03-12T09:00:00Z", OCP_RAIL, "openshift")
    r = w.rng
    ns = "vehicle-location"
    vl = [w.deploy(ns, "vehicle-location", "server", node=w.node(i), rs="5d47c8f9b6") for i in (0, 2)]
    cm = w.deploy("cert-manager", "cert-manager", "cert-manager-controller", node=w.node(1), app="cert-manager")
    pis = w.deploy("passenger-info", "pis-backend", "pis-backend", node=w.node(3))
    jp = w.deploy("journeys", "journey-planner", "planner", node=w.node(1))
    avl = w.deploy(ns, "avl-receiver", "avl-receiver", node=w.node(3))

    def avl_tick(i):
        return zapj("info", "receiver/udp.go:142", "avl batch", vehicles=r.randint(380, 420), dropped=0, late=r.randint(0, 3))
    w.every(avl, 0, 600, 35, 5, avl_tick)

    def ok_pis(i):
        return quarkus("INFO", "c.r.p.v.VehicleStream", "grpc-default-executor-%d" % r.randint(0, 3), "Received %d vehicle updates from vehicle-location:9443" % r.randint(380, 420))
    w.every(pis, 0, 70, 15, 2, ok_pis)

    # GitOps switched the Certificate to the new intermediate (G2); cert-manager re-issues
    w.emit(41.2, cm, 'I0312 09:00:41.203114       1 trigger_controller.go:223] "Certificate must be re-issued" logger="cert-manager.certificates-trigger" key="vehicle-location/vehicle-location-tls" reason="IncorrectIssuer" message="Issuing certificate as Secret was previously issued by ClusterIssuer.cert-manager.io/rail-internal-ca"', ev=True)
    w.emit(41.3, cm, 'I0312 09:00:41.311502       1 conditions.go:203] Setting lastTransitionTime for Certificate "vehicle-location-tls" condition "Issuing" to 2026-03-12 09:00:41.311489117 +0000 UTC m=+912833.104212711')
    w.event(41.4, ns, "Certificate", "vehicle-location-tls", "Issuing", "Issuing certificate as Secret was previously issued by ClusterIssuer.cert-manager.io/rail-internal-ca",
            component="cert-manager-certificates-trigger")
    w.event(41.9, ns, "Certificate", "vehicle-location-tls", "Requested", 'Created new CertificateRequest resource "vehicle-location-tls-7"',
            component="cert-manager-certificates-request-manager")
    w.emit(42.3, cm, 'I0312 09:00:42.304877       1 conditions.go:263] Setting lastTransitionTime for CertificateRequest "vehicle-location-tls-7" condition "Ready" to 2026-03-12 09:00:42.304861204 +0000 UTC m=+912834.097584798')
    w.event(42.6, ns, "Certificate", "vehicle-location-tls", "Issuing", "The certificate has been successfully issued",
            component="cert-manager-certificates-issuing", ev=True)
    for j, s in enumerate(vl):
        w.emit(104.0 + j * 3.1, s, zapj("info", "tlsutil/reload.go:58", "reloaded TLS keypair", cert="/etc/tls/tls.crt", subject="CN=vehicle-location.vehicle-location.svc",
                                         issuer="CN=Rail Internal Intermediate CA G2,O=Transit Ops", not_after="2026-06-10T09:00:42Z"), ev=(j == 0))

    def hs(t, src, peer_ip, ev=False):
        w.emit(t, src.err(), "\u00a7slash\u00a7 http: TLS handshake error from %s:%d: remote error: tls: unknown certificate authority" % (peer_ip, r.randint(33000, 60999)), ev)

    # clients' truststores only contain the G1 chain
    t = 106.5
    k = 0
    while t < 600:
        hs(t, vl[k % 2], pis.ip if k % 3 else jp.ip, ev=(k == 0))
        if k % 3:
            w.emit(t + 0.01, pis.err(), quarkus("ERROR", "c.r.p.v.VehicleStream", "grpc-default-executor-%d" % r.randint(0, 3),
                                                "Vehicle stream failed: io.grpc.StatusRuntimeException: UNAVAILABLE: io exception"), ev=(k == 1))
            if k in (1, 4):
                w.emit(t + 0.011, pis.err(), "Caused by: javax.net.ssl.SSLHandshakeException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target", ev=(k == 1))
        else:
            w.emit(t + 0.01, jp, zapj("error", "realtime/vehicles.go:77", "vehicle-location stream failed",
                                       error='rpc error: code = Unavailable desc = connection error: desc = "transport: authentication handshake failed: tls: failed to verify certificate: x509: certificate signed by unknown authority (possibly because of \\"crypto/rsa: verification error\\" while trying to verify candidate authority certificate \\"Rail Internal Root CA\\")"',
                                       retry_in="8s"), ev=(k == 0))
        k += 1
        t += r.uniform(14, 24)
    w.emit(240.0, pis, quarkus("WARN", "c.r.p.d.DisplayPublisher", "executor-thread-4", "Vehicle positions stale for 131s; predictions falling back to timetable"))
    w.emit(420.0, pis, quarkus("WARN", "c.r.p.d.DisplayPublisher", "executor-thread-2", "Vehicle positions stale for 311s; predictions falling back to timetable"))
    w.emit(300.0, cm, 'I0312 09:05:00.118442       1 acme.go:233] "certificate request is not an ACME request, skipping" logger="cert-manager.certificaterequests-issuer-acme" resource_name="journey-planner-tls-3" resource_namespace="journeys" resource_kind="CertificateRequest" resource_version="v1"')

    return w.record(
        "synthetic:dev24-railways",
        "Live vehicle positions disappeared from the passenger displays and the journey planner around 09:02. vehicle-location pods are healthy - what changed?",
        {"namespace": ns},
        {"severity": "ERROR", "root_cause_category": "tls_certificate", "component": "vehicle-location",
         "root_cause": "cert-manager re-issued vehicle-location-tls from the new 'Rail Internal Intermediate CA G2' issuer and the servers reloaded it, but the clients (pis-backend, journey-planner) only trust the old CA chain, so every mTLS/gRPC handshake fails with 'certificate signed by unknown authority' / PKIX path building failed.",
         "summary": "At 09:00:41 cert-manager re-issued the certificate (reason IncorrectIssuer), both vehicle-location pods reloaded a keypair issued by CA G2 at ~09:01:44, and from then on the servers log 'TLS handshake error ... unknown certificate authority' while pis-backend and journey-planner fail to verify the certificate; displays fall back to timetable predictions.",
         "action": "Distribute the G2 intermediate/root bundle to the clients' truststores (trust-manager Bundle or ConfigMap) and restart them, or temporarily point the Certificate back at the old issuer until every client trusts both chains.",
         })


# ================================================================= agriculture: MQTT broker certificate expired (renewal had been failing)
EKS_AGRI = Cluster("eks", "agrisense-ingest-prod",
                   ["ip-10-60-12-41.eu-central-1.compute.internal", "ip-10-60-29-188.eu-central-1.compute.internal",
                    "ip-10-60-40-73.eu-central-1.compute.internal"],
                   "10.60", "172.20", "172.20.0.10", "172.20.0.1")


@scenario("brokercert")
def s_brokercert():
    w = Window("brokercert", "2026-06-01T23:57:30Z", EKS_AGRI, "otel")
    r = w.rng
    ns = "ingest"
    emqx = [w.sts(ns, "emqx", i, "emqx", node=w.node(i)) for i in range(3)]
    cm = w.deploy("cert-manager", "cert-manager", "cert-manager-controller", node=w.node(1), app="cert-manager")
    bridge = w.deploy(ns, "telemetry-bridge", "bridge", node=w.node(2))
    router = w.deploy(ns, "telemetry-router", "router", node=w.node(0))

    t = 8.0
    while t < 600:
        w.emit(t, cm, 'E\u00a7klog\u00a7       1 sync.go:190] "propagation check failed" err="wrong status code \'404\', expected \'200\'" logger="cert-manager.challenges" resource_name="mqtt-agrisense-tls-1-3350194718-2043811906" resource_namespace="ingest" resource_kind="Challenge" resource_version="v1" dnsName="mqtt.agrisense-cloud.example" type="HTTP-01"',
               ev=(t < 20))
        t += 60 + r.uniform(-1, 1)

    def conn_ok(i, s):
        return "\u00a7isous00\u00a7 [info] msg: client_connected, mfa: emqx_cm:register_channel/3, clientid: gw-%s, peername: %d.%d.%d.%d:%d" % (
            w.hexs(8), r.choice([81, 85, 94]), r.randint(1, 254), r.randint(1, 254), r.randint(1, 254), r.randint(20000, 60000))
    for s in emqx:
        w.every(s, 0, 140, 45, 8, lambda i, s=s: conn_ok(i, s))

    def router_tick(i):
        conn = 1187 + r.randint(-6, 6) if i < 5 else max(3, 1187 - 400 * (i - 4))
        rate = 395 + r.randint(-20, 20) if i < 5 else max(1, int(395 * conn / 1187))
        return slog("INFO" if i < 5 else "WARN", "ingest stats", connected_gateways=conn, msgs_per_s=rate, expected_gateways="~1190")
    w.every(router, 0, 600, 30, 1, router_tick)

    # certificate notAfter 2026-06-02T00:00:00Z
    exp_t = 150.0
    alerts = 0
    t = exp_t + 0.4
    k = 0
    while t < 600:
        s = emqx[k % 3]
        w.emit(t, s, "\u00a7isous00\u00a7 [error] supervisor: 'esockd_connection_sup - <0.%d.0>', errorContext: connection_shutdown, reason: {ssl_error,{tls_alert,{certificate_expired,\"TLS server: In state certify received CLIENT ALERT: Fatal - Certificate Expired\\n\"}}}, offender: [{pid,<0.%d.0>},{name,connection},{mfargs,{emqx_connection,start_link,[#{listener => {ssl,default},limiter => undefined,zone => default}]}}]" % (
            r.randint(3000, 9000), r.randint(100000, 999999)), ev=(k < 2))
        k += 1
        t += r.uniform(9, 20)
    w.emit(exp_t + 11.0, bridge.err(), slog("ERROR", "mqtt connect failed", broker="ssl://mqtt.agrisense-cloud.example:8883",
                                            err="tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time 2026-06-02T00:00:11Z is after 2026-06-02T00:00:00Z"), ev=True)
    w.emit(exp_t + 41.0, bridge.err(), slog("ERROR", "mqtt connect failed", broker="ssl://mqtt.agrisense-cloud.example:8883",
                                            err="tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time 2026-06-02T00:00:41Z is after 2026-06-02T00:00:00Z"))
    w.emit(exp_t + 101.0, bridge.err(), slog("ERROR", "mqtt connect failed", broker="ssl://mqtt.agrisense-cloud.example:8883",
                                             err="tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time 2026-06-02T00:01:41Z is after 2026-06-02T00:00:00Z"))
    w.emit(exp_t + 3.0, bridge, slog("INFO", "mqtt connection lost, reconnecting", broker="ssl://mqtt.agrisense-cloud.example:8883", err="EOF"))
    w.emit(420.0, router, slog("ERROR", "ingest rate below alert threshold", connected_gateways=3, threshold=600, since="00:00:04"))

    return w.record(
        "synthetic:dev24-agriculture",
        "Right after midnight almost all farm gateways dropped off the MQTT ingest. What happened?",
        {"namespace": ns},
        {"severity": "CRITICAL", "root_cause_category": "tls_certificate", "component": "emqx",
         "root_cause": "The TLS certificate for mqtt.agrisense-cloud.example served by the EMQX brokers expired at 2026-06-02T00:00:00Z because cert-manager's renewal has been stuck: the ACME HTTP-01 challenge self-check keeps getting 404, so no new certificate was issued and gateways now reject the broker certificate.",
         "summary": "cert-manager repeatedly logs 'propagation check failed ... wrong status code 404' for the mqtt.agrisense-cloud.example HTTP-01 challenge; at midnight the EMQX nodes start logging TLS alerts 'certificate_expired' from clients, telemetry-bridge fails with 'x509: certificate has expired ... is after 2026-06-02T00:00:00Z', and connected gateways drop from ~1190 to 3.",
         "action": "Fix the HTTP-01 solver path (ingress class/route for /.well-known/acme-challenge) or switch to DNS-01, force renewal (cmctl renew), and make EMQX reload the new certificate; alert on certificate expiry well before notAfter.",
         })


# ================================================================= newsroom: APNs rejects revoked provider key
GKE_MOBILE = Cluster("gke", "courier-mobile-euw2",
                     ["gke-courier-mobile-euw2-pool-a-6e1f9c3b-2mvd", "gke-courier-mobile-euw2-pool-a-6e1f9c3b-8kwq",
                      "gke-courier-mobile-euw2-pool-a-6e1f9c3b-tz51"],
                     "10.36", "10.40", "10.40.0.10", "172.16.12.2")


@scenario("apnskey")
def s_apnskey():
    w = Window("apnskey", "2026-02-26T15:20:00Z", GKE_MOBILE, "fluentbit")
    r = w.rng
    ns = "push"
    pn = [w.deploy(ns, "push-notifier", "notifier", node=w.node(i), rs="7fd8b6c94d", app="push-notifier") for i in (0, 2)]
    sched = w.deploy(ns, "alert-scheduler", "scheduler", node=w.node(1))
    stats = w.deploy(ns, "delivery-stats", "stats", node=w.node(1))
    key_id = "7QK2M9XB4D"

    def send_ok(i, src):
        kind = r.choice(["apns", "fcm", "fcm"])
        if kind == "apns":
            return pino("info", src.name, "apns batch sent", topic="com.thecourier.news", sent=500, ok=500 - r.randint(0, 4), failed=r.randint(0, 4), keyId=key_id, ms=r.randint(300, 700))
        return pino("info", src.name, "fcm batch sent", project="courier-news-app", sent=500, ok=500 - r.randint(0, 6), failed=r.randint(0, 6), ms=r.randint(200, 500))
    for s in pn:
        w.every(s, 0, 95, 20, 4, lambda i, s=s: send_ok(i, s))
    w.emit(31.0, pn[0], pino("warn", pn[0].name, "apns token rejected", status=410, reason="Unregistered", token="…" + w.hexs(8), action="token removed"))
    w.emit(47.0, pn[1], pino("warn", pn[1].name, "apns token rejected", status=400, reason="BadDeviceToken", token="…" + w.hexs(8), action="token removed"))

    w.emit(96.0, sched, pino("info", sched.name, "alert dispatched", alertId="al-20260226-031", headline="Storm warning upgraded to amber for the north-east",
                              segments=["weather", "north-east"], audience=388410))
    # from ~97 s every APNs request is rejected with 403 InvalidProviderToken
    t = 97.3
    k = 0
    while t < 600:
        s = pn[k % 2]
        w.emit(t, s.err(), pino("error", s.name, "apns request failed", status=403, reason="InvalidProviderToken", keyId=key_id, teamId="K8D5X2P7QL",
                                 topic="com.thecourier.news", apnsId=w.uuid().upper()), ev=(k < 3 or k == 12))
        if k % 3 == 1:
            w.emit(t + 0.4, s, pino("info", s.name, "fcm batch sent", project="courier-news-app", sent=500, ok=500 - r.randint(0, 6), failed=r.randint(0, 6), ms=r.randint(200, 500)))
        if k % 5 == 2:
            w.emit(t + 0.6, s.err(), pino("warn", s.name, "apns provider token regenerated after 403, retrying batch", keyId=key_id, attempt=2))
        k += 1
        t += r.uniform(12, 22)
    w.emit(240.0, sched, pino("info", sched.name, "alert dispatched", alertId="al-20260226-032", headline="Rail services suspended between Newcastle and Berwick",
                               segments=["travel", "north-east"], audience=201377))

    def stats_tick(i):
        if i < 2:
            return slog("INFO", "delivery stats", window="1m", ios_ok=r.randint(19000, 22000), ios_failed=r.randint(10, 40), android_ok=r.randint(30000, 36000), android_failed=r.randint(20, 60))
        return slog("WARN", "delivery stats", window="1m", ios_ok=0, ios_failed=r.randint(18000, 24000), android_ok=r.randint(30000, 36000), android_failed=r.randint(20, 60))
    w.every(stats, 10, 600, 60, 1, stats_tick)

    return w.record(
        "synthetic:dev24-newsroom",
        "iPhone users didn't get the storm alert, Android got it fine. What's wrong with iOS pushes?",
        {"namespace": ns, "app": "push-notifier"},
        {"severity": "ERROR", "root_cause_category": "auth_failure", "component": "push-notifier",
         "root_cause": "Since 15:21:37 APNs rejects every request from push-notifier with HTTP 403 InvalidProviderToken for key 7QK2M9XB4D: the provider authentication token is signed with a .p8 key that Apple no longer accepts (revoked or rotated), so no iOS notification is delivered.",
         "summary": "Both push-notifier pods log 'apns request failed' status 403 reason InvalidProviderToken for key 7QK2M9XB4D; regenerating the JWT does not help, FCM batches keep succeeding and delivery-stats shows ios_ok=0. Earlier 410 Unregistered/400 BadDeviceToken rejections are routine token cleanup.",
         "action": "Check the APNs key in the Apple developer account; create a new .p8 key if it was revoked, update the push-notifier Secret (key ID, team ID, key) and restart the pods, then re-send the missed alerts to iOS.",
         })


# ================================================================= railways: RBAC pruned, runner cannot create Jobs
RKE2_DEPOT = Cluster("rke2", "depot-ops-north", ["rke2-depot-cp1", "rke2-depot-w1", "rke2-depot-w2", "rke2-depot-w3"],
                     "10.42", "10.43", "10.43.0.10", "10.43.0.1")


@scenario("workorders")
def s_workorders():
    w = Window("workorders", "2026-10-06T06:30:00Z", RKE2_DEPOT, "promtail")
    r = w.rng
    ns = "depot"
    runner = w.deploy(ns, "work-order-runner", "runner", node=w.node(1))
    argo = w.sts("argocd", "argocd-application-controller", 0, "argocd-application-controller", node=w.node(2))
    maint = w.deploy(ns, "maintenance-portal", "portal", node=w.node(3))
    fleet = w.deploy(ns, "fleet-status", "fleet-status", node=w.node(2))
    sa = "system:serviceaccount:depot:work-order-runner"

    def ok_wo(t, wo, kind):
        w.emit(t, maint, pylog("INFO", "workorders.api", "Work order %s submitted by %s (%s, unit %s)" % (wo, r.choice(["j.haldane", "s.pereira", "depot-scheduler"]), kind, r.choice(["390 044", "390 119", "221 107", "805 006"]))))

    w.emit(5.0, runner, pylog("INFO", "runner.jobs", "Created Job depot/wo-88412-wheel-lathe-measure (image=registry.depot.rail/diag/wheelprofile:3.2)"))
    w.emit(9.0, runner, pylog("INFO", "runner.jobs", "Job depot/wo-88409-bogie-vibration completed in 412s, report uploaded to s3://depot-reports/2026/10/06/wo-88409.pdf"))

    # Argo CD syncs a "least privilege" change of the runner Role
    w.emit(38.1, argo, 'time="\u00a7isos\u00a7" level=info msg="Initiated automated sync to \'%s\'" application=argocd/depot-rbac dest-namespace=depot dest-server="https://kubernetes.default.svc" reason=OperationStarted type=Normal' % w.hexs(40))
    w.emit(38.6, argo, 'time="\u00a7isos\u00a7" level=info msg="Applying resource Role/work-order-runner in cluster: https://kubernetes.default.svc, namespace: depot"', ev=True)
    w.emit(38.9, argo, 'time="\u00a7isos\u00a7" level=info msg="Updating operation state. phase: Running -> Succeeded, message: \'successfully synced (all tasks run)\'" application=argocd/depot-rbac syncId=00017-%s' % w.kid(5))

    body = ('{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"jobs.batch is forbidden: User \\"%s\\" cannot create resource \\"jobs\\" in API group \\"batch\\" in the namespace \\"depot\\"","reason":"Forbidden","details":{"group":"batch","kind":"jobs"},"code":403}' % sa)
    wos = [("WO-88415", "wheel-lathe-measure"), ("WO-88416", "pantograph-wear"), ("WO-88418", "bogie-vibration"), ("WO-88419", "door-cycle-test"),
           ("WO-88421", "wheel-lathe-measure"), ("WO-88422", "hvac-filter-check")]
    t = 74.0
    for k, (wo, kind) in enumerate(wos):
        ok_wo(t, wo, kind)
        w.emit(t + 0.5, runner.err(), pylog("ERROR", "runner.jobs", "Failed to create Job depot/%s-%s" % (wo.lower(), kind)), ev=(k == 0))
        w.emit(t + 0.501, runner.err(), "Traceback (most recent call last):")
        w.emit(t + 0.502, runner.err(), '  File "/app/runner/jobs.py", line 117, in launch')
        w.emit(t + 0.503, runner.err(), "    batch.create_namespaced_job(namespace=self.namespace, body=job)")
        w.emit(t + 0.504, runner.err(), "kubernetes.client.exceptions.ApiException: (403)", ev=(k == 0))
        w.emit(t + 0.505, runner.err(), "Reason: Forbidden")
        w.emit(t + 0.506, runner.err(), "HTTP response headers: HTTPHeaderDict({'Audit-Id': '%s', 'Cache-Control': 'no-cache, private', 'Content-Type': 'application/json', 'X-Content-Type-Options': 'nosniff', 'X-Kubernetes-Pf-Flowschema-Uid': '%s', 'X-Kubernetes-Pf-Prioritylevel-Uid': '%s', 'Date': '%s', 'Content-Length': '339'})" % (
            w.uuid(), w.uuid(), w.uuid(), "Tue, 06 Oct 2026 06:%02d:%02d GMT" % (30 + int(t + 0.5) // 60, int(t + 0.5) % 60)))
        w.emit(t + 0.507, runner.err(), "HTTP response body: %s" % body, ev=(k in (0, 3)))
        w.emit(t + 0.9, runner, pylog("WARNING", "runner.queue", "Work order %s requeued (attempt 1/5, backoff 120s)" % wo))
        t += r.uniform(70, 95)
    w.emit(400.0, maint, pylog("WARNING", "workorders.api", "6 work orders waiting for diagnostics for more than 5 minutes"))

    def fleet_tick(i):
        return zapj("info", "fleet/poll.go:40", "fleet status refreshed", units_in_depot=r.randint(11, 14), units_released=r.randint(2, 5), pending_diag=min(6, i))
    w.every(fleet, 0, 600, 45, 5, fleet_tick)

    def portal_access(i):
        if i % 7 == 3:
            return gunicorn_access(w, "10.42.%d.%d" % (r.randint(0, 3), r.randint(2, 250)), "GET", "/api/v1/workorders/?status=open", 401, 58,
                                   ua="curl/8.5.0")
        return gunicorn_access(w, "10.42.%d.%d" % (r.randint(0, 3), r.randint(2, 250)), "GET", "/api/v1/workorders/?status=open", 200, r.randint(3000, 9000),
                               ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36")
    w.every(maint, 0, 600, 30, 8, portal_access)

    return w.record(
        "synthetic:dev24-railways",
        "Depot diagnostics jobs stopped launching this morning - work orders pile up in the portal. Can you check work-order-runner?",
        {"namespace": ns, "app": "work-order-runner"},
        {"severity": "ERROR", "root_cause_category": "auth_failure", "component": "work-order-runner",
         "root_cause": "An Argo CD sync of depot-rbac at 06:30:38 rewrote Role/work-order-runner without the create permission on jobs.batch, so the API server now denies the runner's service account (system:serviceaccount:depot:work-order-runner) with 403 Forbidden whenever it creates a diagnostics Job.",
         "summary": "After 'Applying resource Role/work-order-runner' in the argocd application-controller, every Job creation in work-order-runner fails with kubernetes ApiException (403) 'jobs.batch is forbidden: User system:serviceaccount:depot:work-order-runner cannot create resource jobs in API group batch'; work orders are requeued and pile up. The 401s in the portal access log are unauthenticated curl calls.",
         "action": "Restore the create (and get/list/watch/delete) verbs on jobs.batch in Role/work-order-runner in the depot-rbac repo and let Argo CD sync; then drain the requeued work orders.",
         })


# ================================================================= agriculture: weighbridge port placeholder unresolved -> crash loop
AKS_GRAIN = Cluster("aks", "grain-logistics-neu",
                    ["aks-system-58310274-vmss000000", "aks-workload-58310274-vmss000002", "aks-workload-58310274-vmss000003"],
                    "10.244", "10.0", "10.0.0.10", "10.0.0.1")


@scenario("weighbridge")
def s_weighbridge():
    w = Window("weighbridge", "2026-09-15T05:10:00Z", AKS_GRAIN, "otel")
    r = w.rng
    ns = "elevator"
    gl = w.deploy(ns, "grain-intake", "grain-intake", node=w.node(1), rs="58b7f6d9c4")
    kiosk = w.deploy(ns, "driver-kiosk", "kiosk", node=w.node(2))
    lab = w.deploy(ns, "moisture-lab", "lab-sync", node=w.node(2), app="moisture-lab")
    ui = w.deploy(ns, "intake-dashboard", "dashboard", node=w.node(1))

    w.event(2.0, ns, "Deployment", "grain-intake", "ScalingReplicaSet", "Scaled down replica set grain-intake-6c94d7f85b from 1 to 0", component="deployment-controller")
    w.event(14.0, ns, "Deployment", "grain-intake", "ScalingReplicaSet", "Scaled up replica set grain-intake-58b7f6d9c4 from 0 to 1", component="deployment-controller")
    w.event(15.5, ns, "Pod", gl.name, "Pulled", 'Container image "crgrainlogistics.azurecr.io/elevator/grain-intake:3.9.0" already present on machine', host=gl.node)

    fail = [
        ("", False),
        ("***************************", False),
        ("APPLICATION FAILED TO START", False),
        ("***************************", False),
        ("", False),
        ("Description:", False),
        ("", False),
        ("Failed to bind properties under 'logistics.weighbridge.port' to java.lang.Integer:", True),
        ("", False),
        ("    Property: logistics.weighbridge.port", False),
        ('    Value: "${WEIGHBRIDGE_PORT}"', True),
        ("    Origin: class path resource [application.yaml] - 21:13", False),
        ('    Reason: failed to convert java.lang.String to java.lang.Integer (caused by java.lang.NumberFormatException: For input string: "${WEIGHBRIDGE_PORT}")', True),
        ("", False),
        ("Action:", False),
        ("", False),
        ("Update your application's configuration", False),
    ]

    def start(t, n, full, ev):
        w.emit(t, gl, spring("INFO", "main", "c.g.elevator.intake.IntakeApplication", "Starting IntakeApplication v3.9.0 using Java 17.0.12 with PID 1 (/app/app.jar started by spring in /app)", app="grain-intake"))
        w.emit(t + 0.01, gl, spring("INFO", "main", "c.g.elevator.intake.IntakeApplication", 'The following 1 profile is active: "azure"', app="grain-intake"))
        if full:
            w.emit(t + 2.1, gl, spring("INFO", "main", "o.s.b.w.embedded.tomcat.TomcatWebServer", "Tomcat initialized with port 8080 (http)", app="grain-intake"))
        w.emit(t + 2.9, gl.err(), spring("WARN", "main", "ConfigServletWebServerApplicationContext",
                                         "Exception encountered during context initialization - cancelling refresh attempt: org.springframework.boot.context.properties.ConfigurationPropertiesBindException: Error creating bean with name 'weighbridgeProperties': Could not bind properties to 'WeighbridgeProperties' : prefix=logistics.weighbridge, ignoreInvalidFields=false, ignoreUnknownFields=true",
                                         app="grain-intake"), ev)
        w.emit(3.0 + t, gl.err(), spring("ERROR", "main", "o.s.b.d.LoggingFailureAnalysisReporter", "", app="grain-intake").rstrip())
        for j, (ln, is_ev) in enumerate(fail if full else fail[:13]):
            w.emit(t + 3.0 + 0.0005 * (j + 1), gl.err(), ln, ev and is_ev)

    start(17.0, 1, True, True)
    w.event(21.5, ns, "Pod", gl.name, "BackOff", "Back-off restarting failed container grain-intake in pod %s_%s(%s)" % (gl.name, ns, gl.uid), etype="Warning", host=gl.node,
            field="spec.containers{grain-intake}")
    start(33.0, 2, False, False)
    start(62.0, 3, False, False)
    w.event(66.0, ns, "Pod", gl.name, "BackOff", "Back-off restarting failed container grain-intake in pod %s_%s(%s)" % (gl.name, ns, gl.uid), etype="Warning", host=gl.node,
            count=3, first=21.5, field="spec.containers{grain-intake}")
    start(110.0, 4, False, True)
    start(195.0, 5, False, False)
    w.event(199.0, ns, "Pod", gl.name, "BackOff", "Back-off restarting failed container grain-intake in pod %s_%s(%s)" % (gl.name, ns, gl.uid), etype="Warning", host=gl.node,
            count=8, first=21.5, field="spec.containers{grain-intake}")
    start(360.0, 6, False, False)

    def kiosk_tick(i):
        if i % 4 == 0:
            return pino("info", kiosk.name, "driver checked in", truck="%s %s" % (r.choice(["AB12", "CD73", "EF21", "GH09"]), w.kid(3).upper()), load="wheat", bay=r.randint(1, 4))
        return pino("error", kiosk.name, "weigh-in submission failed", status=503, upstream="http://grain-intake.elevator.svc.cluster.local:8080/api/intake/weighings",
                    err="Request failed with status code 503", queuedOffline=4 + i)
    w.every(kiosk, 20, 600, 36, 6, kiosk_tick)

    def lab_tick(i):
        return "\u00a7py\u00a7 INFO lab_sync: moisture sample %s wheat moisture=%.1f%% protein=%.1f%% test_weight=%.1fkg/hl" % (
            "MS-%d" % (51200 + i), r.uniform(12.5, 15.5), r.uniform(10.5, 13.5), r.uniform(74, 80))
    w.every(lab, 0, 600, 50, 8, lab_tick)
    w.emit(230.0, ui, pino("warn", ui.name, "intake feed unavailable, showing cached queue", cacheAgeSec=214))

    return w.record(
        "synthetic:dev24-agriculture",
        "Harvest intake is stuck: drivers can't weigh in and grain-intake keeps restarting after this morning's 3.9.0 release. What's wrong?",
        {"namespace": ns, "app": "grain-intake"},
        {"severity": "CRITICAL", "root_cause_category": "config_error", "component": "grain-intake",
         "root_cause": "grain-intake 3.9.0 reads logistics.weighbridge.port from ${WEIGHBRIDGE_PORT}, but that variable is not set in the pod's environment/ConfigMap, so the literal placeholder cannot be converted to an Integer and Spring Boot fails to start; with the Recreate strategy the only replica crash-loops.",
         "summary": "Every start ends with 'APPLICATION FAILED TO START ... Failed to bind properties under logistics.weighbridge.port to java.lang.Integer, Value: \"${WEIGHBRIDGE_PORT}\"' and the container is in CrashLoopBackOff; the driver kiosk gets 503s and queues weigh-ins offline.",
         "action": "Add WEIGHBRIDGE_PORT to the grain-intake ConfigMap/env (or roll back to the previous release), restart the rollout, and then replay the kiosk's offline weigh-in queue.",
         })


# ================================================================= newsroom: preview env pod blocked on missing Secret key
KIND_PREVIEW = Cluster("kind", "preview-pr-4812", ["preview-pr-4812-control-plane", "preview-pr-4812-worker", "preview-pr-4812-worker2"],
                       "10.244", "10.96", "10.96.0.10", "10.96.0.1")


@scenario("newsletter")
def s_newsletter():
    w = Window("newsletter", "2026-11-18T14:02:00Z", KIND_PREVIEW, "vector")
    r = w.rng
    ns = "newsletter"
    n1 = w.node(1)
    nl = w.deploy(ns, "newsletter", "newsletter", node=n1, rs="6cf5d8b97d")
    db = w.sts(ns, "newsletter-db", 0, "postgres", node=w.node(2))
    mp = w.deploy(ns, "mailpit", "mailpit", node=w.node(2))
    ed = w.deploy(ns, "editor-ui", "editor-ui", node=n1)
    msg = "couldn't find key SENDGRID_API_KEY in Secret newsletter/newsletter-secrets"

    w.emit(1.0, db, "\u00a7pg\u00a7 [1] LOG:  starting PostgreSQL 16.4 (Debian 16.4-1.pgdg120+2) on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit")
    w.emit(1.1, db, "\u00a7pg\u00a7 [1] LOG:  listening on IPv4 address \"0.0.0.0\", port 5432")
    w.emit(1.3, db, "\u00a7pg\u00a7 [1] LOG:  database system is ready to accept connections")
    w.emit(2.0, mp, 'time="\u00a7isos\u00a7" level=info msg="[smtpd] starting on [::]:1025 (no encryption)"')
    w.emit(2.1, mp, 'time="\u00a7isos\u00a7" level=info msg="[http] starting on [::]:8025"')
    w.emit(6.0, ed, pino("info", ed.name, "ready - started server on 0.0.0.0:3000, url: http://localhost:3000"))
    w.emit(7.0, ed, pino("warn", ed.name, "Browserslist: caniuse-lite is outdated. Please run: npx update-browserslist-db@latest"))

    w.event(3.0, ns, "Pod", nl.name, "Scheduled", "Successfully assigned %s/%s to %s" % (ns, nl.name, n1), component="default-scheduler")
    w.event(3.9, ns, "Pod", nl.name, "Pulled", 'Container image "localhost:5001/newsletter:pr-4812-3f9e1c2" already present on machine', host=n1,
            field="spec.containers{newsletter}")
    w.kubelet(4.0, n1, "E", "kuberuntime_manager.go:1274",
              '"Unhandled Error" err="container &Container{Name:newsletter,Image:localhost:5001/newsletter:pr-4812-3f9e1c2,Command:[],Args:[],WorkingDir:,Ports:[]ContainerPort{ContainerPort{Name:http,HostPort:0,ContainerPort:8000,Protocol:TCP,HostIP:,},},...} start failed in pod %s_%s(%s): CreateContainerConfigError: %s" logger="UnhandledError"' % (
                  nl.name, ns, nl.uid, msg), ev=True)
    w.kubelet(4.0, n1, "E", "pod_workers.go:1301",
              '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"newsletter\\" with CreateContainerConfigError: \\"%s\\"" pod="%s/%s" podUID="%s"' % (msg, ns, nl.name, nl.uid))
    w.event(4.0, ns, "Pod", nl.name, "Failed", "Error: %s" % msg, etype="Warning", host=n1, field="spec.containers{newsletter}", ev=True)
    c = 2
    t = 17.0
    while t < 600:
        w.event(t, ns, "Pod", nl.name, "Pulled", 'Container image "localhost:5001/newsletter:pr-4812-3f9e1c2" already present on machine', host=n1,
                count=c, first=3.9, field="spec.containers{newsletter}")
        w.event(t + 0.02, ns, "Pod", nl.name, "Failed", "Error: %s" % msg, etype="Warning", host=n1, count=c, first=4.0, field="spec.containers{newsletter}",
                ev=(c == 6))
        w.kubelet(t + 0.03, n1, "E", "pod_workers.go:1301",
                  '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"newsletter\\" with CreateContainerConfigError: \\"%s\\"" pod="%s/%s" podUID="%s"' % (msg, ns, nl.name, nl.uid))
        c += 1
        t += r.uniform(12, 16) if c < 6 else r.uniform(40, 70)

    def ed_tick(i):
        return pino("error", ed.name, "failed to load campaigns", url="http://newsletter.newsletter.svc.cluster.local:8000/api/campaigns",
                    err="connect ECONNREFUSED 10.96.142.17:8000")
    w.every(ed, 20, 600, 55, 8, ed_tick)

    def db_tick(i):
        return "\u00a7pg\u00a7 [%d] LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, 0 recycled; write=%.3f s, sync=0.002 s, total=%.3f s; sync files=%d, longest=0.001 s, average=0.001 s; distance=%d kB, estimate=%d kB; lsn=0/%X, redo lsn=0/%X" % (
            27, r.randint(3, 60), r.uniform(0, 0.4), r.uniform(0.3, 5.8), r.uniform(0.4, 6.0), r.randint(2, 20), r.randint(20, 400), r.randint(400, 900),
            r.randint(0x1900000, 0x1A00000), r.randint(0x1800000, 0x1900000))
    w.every(db, 60, 600, 300, 2, db_tick)
    w.every(mp, 30, 600, 120, 10, lambda i: 'time="\u00a7isos\u00a7" level=info msg="[http] GET /api/v1/messages 200"')

    return w.record(
        "synthetic:dev24-newsroom",
        "The preview environment for the newsletter redesign (PR 4812) never comes up - the newsletter pod just sits there. Why?",
        {"namespace": ns},
        {"severity": "ERROR", "root_cause_category": "config_error", "component": "newsletter",
         "root_cause": "The newsletter container references key SENDGRID_API_KEY from Secret newsletter/newsletter-secrets, but the preview environment's Secret does not contain that key, so kubelet cannot build the container config and the pod stays in CreateContainerConfigError.",
         "summary": "kubelet and events repeat 'CreateContainerConfigError: couldn't find key SENDGRID_API_KEY in Secret newsletter/newsletter-secrets' for the newsletter pod; the database, mailpit and editor-ui run, and editor-ui cannot reach the newsletter Service (connection refused) because the pod never starts.",
         "action": "Add SENDGRID_API_KEY (a dummy value, since mailpit catches mail in previews) to the preview Secret template, or mark the secretKeyRef optional for previews, then redeploy the environment.",
         })


# ================================================================= railways: Hikari pool exhausted by season-ticket renewals
EKS_RETAIL = Cluster("eks", "journeys-retail-euc1",
                     ["ip-10-72-8-140.eu-central-1.compute.internal", "ip-10-72-19-33.eu-central-1.compute.internal",
                      "ip-10-72-27-201.eu-central-1.compute.internal", "ip-10-72-40-16.eu-central-1.compute.internal"],
                     "10.72", "172.20", "172.20.0.10", "172.20.0.1")


def envoy_access(w, method, path, status, flags, rx, tx, dur, udur, client, ua, authority, upstream):
    return '[\u00a7iso\u00a7] "%s %s HTTP/1.1" %d %s %d %d %d %s "%s" "%s" "%s" "%s" "%s"' % (
        method, path, status, flags, rx, tx, dur, udur, client, ua, w.uuid(), authority, upstream)


@scenario("seasontickets")
def s_seasontickets():
    w = Window("seasontickets", "2026-01-05T08:55:00Z", EKS_RETAIL, "alloy")
    r = w.rng
    ns = "retail"
    api = w.deploy(ns, "ticketing-api", "ticketing-api", node=w.node(1), rs="74f9c6d58b")
    gw = w.deploy("envoy-gateway-system", "envoy-retail-gw", "envoy", node=w.node(0), app="envoy")
    pay = w.deploy(ns, "payment-adapter", "payment-adapter", node=w.node(2))
    pg = w.sts(ns, "tickets-pg", 0, "postgres", node=w.node(3))
    host = "tickets.northlink-rail.example"

    def ok_req(i):
        path, body = r.choice([("/api/v2/journeys/search", 1820), ("/api/v2/orders", 640), ("/api/v2/fares?from=LDS&to=YRK", 2240), ("/api/v2/basket", 410)])
        st = 200 if i % 9 else 404
        return envoy_access(w, "POST" if "orders" in path else "GET", path if st == 200 else "/api/v2/orders/ORD-00000000", st, "-", r.randint(0, 900), body if st == 200 else 96,
                            r.randint(20, 120), str(r.randint(18, 110)), client_ip(w), r.choice(UA_BROWSERS), host, api.ip + ":8080")
    w.every(gw, 0, 75, 9, 2, ok_req)

    # season-ticket renewal campaign starts: each renewal holds a DB connection across the payment call
    w.emit(60.0, api, spring("INFO", "scheduling-1", "c.n.t.renewal.SeasonRenewalScheduler", "Starting season ticket renewal run: 3,412 renewals due today, parallelism=16", app="ticketing-api"))
    for j in range(4):
        w.emit(62.0 + j * 1.7, pay, slog("INFO", "authorise", provider="adyen", amount_eur="%.2f" % r.choice([1840.0, 2990.0, 1210.0, 3560.0]), took="%dms" % r.randint(8000, 14000), result="Authorised"))
    w.emit(95.0, api, spring("WARN", "HikariPool-1 housekeeper", "com.zaxxer.hikari.pool.ProxyLeakTask",
                             "Connection leak detection triggered for org.postgresql.jdbc.PgConnection@5f2a1c3e on thread renewal-worker-7, stack trace follows", app="ticketing-api"), ev=True)
    w.emit(95.001, api, "java.lang.Exception: Apparent connection leak detected")
    w.emit(95.002, api, "\tat com.zaxxer.hikari.HikariDataSource.getConnection(HikariDataSource.java:127)")
    w.emit(95.003, api, "\tat c.n.t.renewal.SeasonRenewalService.renew(SeasonRenewalService.java:88)", ev=True)
    w.emit(110.0, api, spring("DEBUG", "HikariPool-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool",
                              "HikariPool-1 - Pool stats (total=10, active=10, idle=0, waiting=21)", app="ticketing-api"), ev=True)

    def fail(t, k):
        thr = "http-nio-8080-exec-%d" % r.randint(1, 200)
        w.emit(t, api.err(), spring("WARN", thr, "o.h.engine.jdbc.spi.SqlExceptionHelper", "SQL Error: 0, SQLState: null", app="ticketing-api"))
        w.emit(t + 0.001, api.err(), spring("ERROR", thr, "o.h.engine.jdbc.spi.SqlExceptionHelper",
                                            "HikariPool-1 - Connection is not available, request timed out after 30000ms (total=10, active=10, idle=0, waiting=%d)" % r.randint(28, 64),
                                            app="ticketing-api"), ev=(k in (0, 1, 9)))
        w.emit(t + 0.02, gw, envoy_access(w, "POST", r.choice(["/api/v2/orders", "/api/v2/basket"]), 500, "-", r.randint(200, 900), 118, 30040, "30038",
                                           client_ip(w), r.choice(UA_BROWSERS), host, api.ip + ":8080"))
    t = 126.0
    k = 0
    while t < 600:
        fail(t, k)
        k += 1
        t += r.uniform(14, 26)

    def pay_tick(i):
        return slog("INFO", "authorise", provider="adyen", amount_eur="%.2f" % r.choice([1840.0, 2990.0, 1210.0, 3560.0, 89.0]), took="%dms" % r.randint(7000, 15000), result="Authorised")
    w.every(pay, 75, 600, 40, 8, pay_tick)
    w.emit(240.0, api, spring("DEBUG", "HikariPool-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool",
                              "HikariPool-1 - Pool stats (total=10, active=10, idle=0, waiting=47)", app="ticketing-api"))

    def pg_tick(i):
        if i % 2:
            return "\u00a7pg\u00a7 [%d] LOG:  checkpoint starting: time" % 61
        return "\u00a7pg\u00a7 [%d] LOG:  automatic vacuum of table \"tickets.public.basket_items\": index scans: 1" % r.randint(30000, 40000)
    w.every(pg, 30, 600, 150, 20, pg_tick)
    w.emit(401.0, pg, "\u00a7pg\u00a7 [61] LOG:  checkpoint complete: wrote 2211 buffers (13.5%); 0 WAL file(s) added, 0 removed, 2 recycled; write=269.804 s, sync=0.011 s, total=269.861 s; sync files=58, longest=0.004 s, average=0.001 s; distance=31784 kB, estimate=33012 kB; lsn=3A/71C0B8E8, redo lsn=3A/6F2D1A40")

    return w.record(
        "synthetic:dev24-railways",
        "Checkout on the ticket site started failing with 500s after nine this morning. The database looks fine - what's going on in ticketing-api?",
        {"namespace": ns, "app": "ticketing-api"},
        {"severity": "ERROR", "root_cause_category": "resource_exhausted", "component": "ticketing-api",
         "root_cause": "The season-ticket renewal run (parallelism 16) holds JDBC connections across slow payment authorisations, so ticketing-api's HikariCP pool (maximum 10) is permanently exhausted; web requests wait 30 s for a connection and fail, although PostgreSQL itself is healthy.",
         "summary": "After the renewal run starts, Hikari reports connection leak detection in SeasonRenewalService.renew and pool stats total=10 active=10 idle=0 with a growing wait queue; checkout requests then fail with 'HikariPool-1 - Connection is not available, request timed out after 30000ms' and envoy returns 500 after ~30 s. PostgreSQL only shows routine vacuum and checkpoints.",
         "action": "Stop or throttle the renewal run, move the payment call out of the DB transaction (or give renewals their own small pool), then size maximumPoolSize for web traffic plus batch concurrency.",
         })


# ================================================================= newsroom: Elasticsearch flood-stage watermark blocks indexing
TALOS_NEWS = Cluster("talos", "newsroom-search", ["talos-cp-q4d", "talos-w1-x7p", "talos-w2-m2k", "talos-w3-b9r", "talos-w4-h5n"],
                     "10.244", "10.96", "10.96.0.10", "10.96.0.1")


def es(level, logger, thread, node, msg, cluster_uuid="Xq3lmG7bRjC1wq0pA6T9nQ"):
    return ('{"@timestamp":"\u00a7iso\u00a7", "log.level":"%s", "message":%s, "ecs.version": "1.2.0","service.name":"ES_ECS","event.dataset":"elasticsearch.server",'
            '"process.thread.name":"%s","log.logger":"%s","elasticsearch.cluster.uuid":"%s","elasticsearch.node.id":"%s","elasticsearch.node.name":"%s","elasticsearch.cluster.name":"news-search"}') % (
        level, json.dumps(msg), thread, logger, cluster_uuid, {"news-search-es-master-0": "hT0aVw5tS4ue0J2xG7Qk1A", "news-search-es-data-2": "b6Yp2Lr8QkW1n3Fv0sZc9g",
                                                                "news-search-es-data-0": "Pm4Kd9Tz1QeRw7Ux2oLs5A"}.get(node, "zY8cQ1vN2rT5"), node)


@scenario("searchdisk")
def s_searchdisk():
    w = Window("searchdisk", "2026-07-21T22:10:00Z", TALOS_NEWS, "fluentbit")
    r = w.rng
    ns = "search"
    m0 = w.sts(ns, "news-search-es-master", 0, "elasticsearch", node=w.node(1), app="news-search")
    d0 = w.sts(ns, "news-search-es-data", 0, "elasticsearch", node=w.node(2), app="news-search")
    d2 = w.sts(ns, "news-search-es-data", 2, "elasticsearch", node=w.node(4), app="news-search")
    idx = w.deploy(ns, "search-indexer", "indexer", node=w.node(3))
    rj = w.job(ns, "reindex-articles-v8", "reindex", node=w.node(3), app="reindex-articles-v8")
    api = w.deploy(ns, "search-api", "search-api", node=w.node(1))
    mon = "org.elasticsearch.cluster.routing.allocation.DiskThresholdMonitor"
    mth = "elasticsearch[news-search-es-master-0][generic][T#%d]"
    dpath = "/usr/share/elasticsearch/data"

    def rj_tick(i):
        return "\u00a7py\u00a7 INFO reindex: task %s progress created=%d/%d batches=%d (articles-v7 -> articles-v8, slices=auto)" % (
            "b6Yp2Lr8QkW1n3Fv0sZc9g:88123410", 2410000 + i * 61000, 4180000, 2410 + i * 61)
    w.every(rj, 0, 600, 45, 3, rj_tick)

    def idx_ok(i):
        return "\u00a7py\u00a7 INFO indexer: bulk indexed %d docs into articles-v7 in %dms (errors=false)" % (r.randint(3, 40), r.randint(30, 140))
    w.every(idx, 0, 80, 14, 3, idx_ok)
    w.emit(12.0, m0, es("WARN", mon, mth % 2, "news-search-es-master-0",
                        "high disk watermark [90%%] exceeded on [b6Yp2Lr8QkW1n3Fv0sZc9g][news-search-es-data-2][%s] free: 19.4gb[9.7%%], shards will be relocated away from this node; currently relocating away shards totalling [0b] bytes; the node is expected to continue to exceed the high disk watermark when these relocations are complete" % dpath), ev=True)
    w.emit(43.0, m0, es("WARN", mon, mth % 4, "news-search-es-master-0",
                        "high disk watermark [90%%] exceeded on [b6Yp2Lr8QkW1n3Fv0sZc9g][news-search-es-data-2][%s] free: 13.1gb[6.5%%], shards will be relocated away from this node; currently relocating away shards totalling [0b] bytes; the node is expected to continue to exceed the high disk watermark when these relocations are complete" % dpath))
    w.emit(81.0, m0, es("WARN", mon, mth % 1, "news-search-es-master-0",
                        "flood stage disk watermark [95%%] exceeded on [b6Yp2Lr8QkW1n3Fv0sZc9g][news-search-es-data-2][%s] free: 9.6gb[4.8%%], all indices on this node will be marked read-only" % dpath), ev=True)
    err = ("elasticsearch.ApiError: ApiError(429, 'cluster_block_exception', 'index [articles-v7] blocked by: [TOO_MANY_REQUESTS/12/disk usage exceeded flood-stage watermark, "
           "index has read-only-allow-delete block; for more information, see https://www.elastic.co/guide/en/elasticsearch/reference/8.15/fix-watermark-errors.html];')")
    t = 84.0
    k = 0
    while t < 600:
        w.emit(t, idx.err(), "\u00a7py\u00a7 ERROR indexer: bulk request failed for %d docs, %s" % (r.randint(3, 40), err), ev=(k in (0, 1)))
        if k % 3 == 2:
            w.emit(t + 0.2, idx, "\u00a7py\u00a7 WARNING indexer: backing off 30s; %d articles waiting (oldest published %ds ago)" % (20 + 9 * k, 30 + 25 * k))
        k += 1
        t += r.uniform(20, 32)
    w.emit(90.0, rj.err(), "\u00a7py\u00a7 ERROR reindex: task b6Yp2Lr8QkW1n3Fv0sZc9g:88123410 failures: 1000 bulk failures, first: {'index': 'articles-v8', 'status': 429, 'cause': {'type': 'cluster_block_exception', 'reason': 'index [articles-v8] blocked by: [TOO_MANY_REQUESTS/12/disk usage exceeded flood-stage watermark, index has read-only-allow-delete block;'}}")
    for t in (141.0, 202.0, 263.0, 324.0, 385.0, 446.0, 507.0, 568.0):
        w.emit(t, m0, es("WARN", mon, mth % r.randint(1, 6), "news-search-es-master-0",
                         "flood stage disk watermark [95%%] exceeded on [b6Yp2Lr8QkW1n3Fv0sZc9g][news-search-es-data-2][%s] free: %.1fgb[%.1f%%], all indices on this node will be marked read-only" % (
                             dpath, 9.6 - (t - 81) / 400, 4.8 - (t - 81) / 800)))
    w.emit(30.0, d0, es("INFO", "org.elasticsearch.monitor.jvm.JvmGcMonitorService", "elasticsearch[news-search-es-data-0][scheduler][T#1]", "news-search-es-data-0",
                        "[gc][882144] overhead, spent [312ms] collecting in the last [1s]"))
    w.emit(250.0, d2, es("INFO", "org.elasticsearch.monitor.jvm.JvmGcMonitorService", "elasticsearch[news-search-es-data-2][scheduler][T#1]", "news-search-es-data-2",
                         "[gc][901233] overhead, spent [288ms] collecting in the last [1s]"))

    def api_tick(i):
        return 'INFO:     10.244.%d.%d:%d - "GET /search?q=%s&page=1 HTTP/1.1" 200 OK' % (
            r.randint(0, 5), r.randint(2, 250), r.randint(30000, 60000), r.choice(["heatwave", "transfer", "election+poll", "strike", "wildfire"]))
    w.every(api, 0, 600, 35, 8, api_tick)

    return w.record(
        "synthetic:dev24-newsroom",
        "New articles published after ~22:11 don't show up in site search, and the indexer is logging 429s. Are we being rate limited by Elasticsearch?",
        {"namespace": ns},
        {"severity": "CRITICAL", "root_cause_category": "resource_exhausted", "component": "elasticsearch",
         "root_cause": "Data node news-search-es-data-2 ran out of disk while the articles-v7 -> articles-v8 reindex was writing a full copy of the index: it crossed the high and then the 95% flood-stage watermark, and Elasticsearch put a read-only-allow-delete block on the indices with shards there, so all writes are rejected (429 cluster_block_exception).",
         "summary": "The master logs the high disk watermark and then 'flood stage disk watermark [95%] exceeded on ... news-search-es-data-2 ... all indices on this node will be marked read-only'; from then on search-indexer and the reindex job get 429 cluster_block_exception 'disk usage exceeded flood-stage watermark'. The 429 is the disk block, not rate limiting, and reads keep working.",
         "action": "Free or add disk on es-data-2 (expand the PVC, delete old indices or pause/cancel the reindex), then check that the block is cleared (ES 8 clears it on its own below the high watermark, or reset index.blocks.read_only_allow_delete); plan reindex capacity before retrying.",
         })


# ================================================================= agriculture: RWO EBS volume multi-attach during rolling update
EKS_HERD = Cluster("eks", "herdtrack-prod-use2",
                   ["ip-10-82-4-77.us-east-2.compute.internal", "ip-10-82-17-203.us-east-2.compute.internal",
                    "ip-10-82-33-12.us-east-2.compute.internal", "ip-10-82-45-150.us-east-2.compute.internal"],
                   "10.82", "10.100", "10.100.0.10", "10.100.0.1")


@scenario("collarhistory")
def s_collarhistory():
    w = Window("collarhistory", "2026-04-28T13:30:00Z", EKS_HERD, "vector")
    r = w.rng
    ns = "herd"
    oldn, newn = w.node(0), w.node(2)
    old = w.deploy(ns, "collar-history", "vmsingle", node=oldn, rs="5b8f7c6d94", app="collar-history")
    new = w.deploy(ns, "collar-history", "vmsingle", node=newn, rs="6c9d84f7b5", app="collar-history")
    csi = w.deploy("kube-system", "ebs-csi-controller", "ebs-plugin", node=w.node(1), app="ebs-csi-controller")
    agent = w.deploy(ns, "collar-ingest", "collar-ingest", node=w.node(3))
    graf = w.deploy("monitoring", "grafana", "grafana", node=w.node(1))
    pvc = "pvc-8a1f3c52-6b0e-4d47-9c1a-2e5f7d90b6c4"
    vol = "vol-0d4e91a7c3b25f618"

    def vm_tick(i, src):
        return '\u00a7iso\u00a7\tinfo\tVictoriaMetrics/lib/storage/partition.go:%d\tpartition "2026_04" has been merged: %d rows, %d parts' % (1300 + r.randint(0, 99), r.randint(200000, 900000), r.randint(3, 12)) if i % 2 else \
               '\u00a7iso\u00a7\tinfo\tVictoriaMetrics/app/vminsert/main.go:%d\trows inserted: %d in the last 60s' % (120 + r.randint(0, 9), r.randint(180000, 240000))
    w.every(old, 0, 600, 50, 6, lambda i: vm_tick(i, old))

    w.event(20.0, ns, "Deployment", "collar-history", "ScalingReplicaSet", "Scaled up replica set collar-history-6c9d84f7b5 from 0 to 1", component="deployment-controller")
    w.event(20.1, ns, "ReplicaSet", "collar-history-6c9d84f7b5", "SuccessfulCreate", "Created pod: %s" % new.name, component="replicaset-controller")
    w.event(20.2, ns, "Pod", new.name, "Scheduled", "Successfully assigned %s/%s to %s" % (ns, new.name, newn), component="default-scheduler")
    ma = 'Multi-Attach error for volume "%s" Volume is already used by pod(s) %s' % (pvc, old.name)
    w.event(20.4, ns, "Pod", new.name, "FailedAttachVolume", ma, etype="Warning", component="attachdetach-controller", ev=True)
    kub_msg = ('"Unable to attach or mount volumes for pod; skipping pod" err="unmounted volumes=[storage], unattached volumes=[storage kube-api-access-%s]: timed out waiting for the condition" pod="%s/%s"' % (w.kid(5), ns, new.name))
    w.kubelet(140.6, newn, "E", "kubelet.go:2049", kub_msg, ev=True)
    w.event(140.7, ns, "Pod", new.name, "FailedMount",
            "Unable to attach or mount volumes: unmounted volumes=[storage], unattached volumes=[storage kube-api-access-%s]: timed out waiting for the condition" % w.kid(5),
            etype="Warning", host=newn, ev=True)
    for k, t in enumerate((262.0, 384.0, 506.0)):
        w.kubelet(t, newn, "E", "kubelet.go:2049", kub_msg)
        w.event(t + 0.1, ns, "Pod", new.name, "FailedMount",
                "Unable to attach or mount volumes: unmounted volumes=[storage], unattached volumes=[storage kube-api-access-%s]: timed out waiting for the condition" % w.kid(5),
                etype="Warning", host=newn, count=k + 2, first=140.7)
    w.event(230.0, ns, "Pod", new.name, "FailedAttachVolume", ma, etype="Warning", component="attachdetach-controller", count=4, first=20.4)
    w.emit(60.0, csi, 'I\u00a7klog\u00a7       1 controller.go:415] "ControllerPublishVolume: attached" volumeID="%s" nodeID="i-03f2a9c7e41b8d560" devicePath="/dev/xvdba"' % ("vol-07b2e" + w.hexs(12)))
    w.emit(61.0, csi, 'I\u00a7klog\u00a7       1 cloud.go:1012] "Waiting for volume state" volumeID="%s" actual="attached" desired="attached"' % ("vol-07b2e" + w.hexs(12)))
    def agent_tick(i):
        return rust_log("INFO", "collar_ingest::sink", "remote write ok url=http://collar-history.herd.svc:8428/api/v1/import/prometheus samples=%d took_ms=%d" % (r.randint(2800, 3400), r.randint(8, 40)))
    w.every(agent, 0, 600, 40, 5, agent_tick)

    def graf_tick(i):
        return 'logger=context userId=%d orgId=1 uname=%s t=\u00a7isons\u00a7 level=info msg="Request Completed" method=GET path=/api/ds/query status=200 remote_addr=10.82.%d.%d time_ms=%d duration=%dms size=%d referer=https://grafana.herdtrack.example/d/collars handler=/api/ds/query' % (
            r.randint(2, 9), r.choice(["ops", "vet-team", "farmdesk"]), r.randint(0, 60), r.randint(2, 250), r.randint(12, 90), r.randint(12, 90), r.randint(800, 9000))
    w.every(graf, 0, 600, 45, 10, graf_tick)
    w.emit(310.0, graf, 'logger=cleanup t=\u00a7isons\u00a7 level=info msg="Completed cleanup jobs" duration=12.871337ms')

    return w.record(
        "synthetic:dev24-agriculture",
        "The collar-history upgrade has been stuck in ContainerCreating for ages. What is blocking the new pod?",
        {"namespace": ns, "app": "collar-history"},
        {"severity": "ERROR", "root_cause_category": "storage", "component": "collar-history",
         "root_cause": "collar-history is a Deployment with RollingUpdate that mounts a ReadWriteOnce EBS volume; the new pod was scheduled on a different node while the old pod still holds the volume, so the attach/detach controller cannot attach it (Multi-Attach error) and the new pod never mounts its storage.",
         "summary": "The new ReplicaSet pod on ip-10-82-33-12 gets FailedAttachVolume 'Multi-Attach error for volume pvc-8a1f3c52-... Volume is already used by pod(s) <old pod>' and repeated FailedMount 'timed out waiting for the condition'; the old vmsingle pod keeps running and ingest still works, so the rollout is blocked rather than down.",
         "action": "Switch the Deployment strategy to Recreate (or convert it to a StatefulSet) so the old pod releases the volume first, or pin the pod to the node/AZ holding the volume; then roll out again.",
         })


# ================================================================= newsroom: Longhorn volume I/O errors -> read-only media filesystem
RKE2_MEDIA = Cluster("rke2", "news-media-onprem", ["media-rke2-s1", "media-rke2-a1", "media-rke2-a2", "media-rke2-a3"],
                     "10.42", "10.43", "10.43.0.10", "10.43.0.1")


@scenario("photouploads")
def s_photouploads():
    w = Window("photouploads", "2026-12-14T10:20:00Z", RKE2_MEDIA, "fluentbit")
    r = w.rng
    ns = "cms"
    node = w.node(2)
    cms = w.deploy(ns, "cms", "wagtail", node=node, rs="7c5b9f8d64", app="cms")
    lh = w.ds("longhorn-system", "longhorn-manager", "longhorn-manager", node, app="longhorn-manager")
    celery_w = w.deploy(ns, "cms-worker", "worker", node=w.node(1), app="cms-worker")
    redis = w.sts(ns, "cms-redis", 0, "redis", node=w.node(3))
    pvc = "pvc-3c19e7a2-58d4-4b0f-a6c1-9e2d7b41f053"

    def cms_ok(i):
        if i % 5 == 4:
            return '%s - - [\u00a7clf\u00a7] "GET /admin/images/?p=2 HTTP/1.1" 200 48211 "-" "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15"' % "10.42.0.8"
        return '%s - - [\u00a7clf\u00a7] "POST /admin/images/multiple/add/ HTTP/1.1" 200 %d "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"' % ("10.42.0.8", r.randint(900, 1400))
    w.every(cms, 0, 100, 12, 3, cms_ok)

    # iSCSI session to the Longhorn engine drops, writes fail, ext4 aborts the journal
    w.kmsg(101.2, node, " connection1:0: detected conn error (1020)", ev=True)
    w.kmsg(106.4, node, "sd 3:0:0:1: [sdd] tag#21 FAILED Result: hostbyte=DID_TRANSPORT_FAILFAST driverbyte=DRIVER_OK cmd_age=5s")
    w.kmsg(106.4, node, "sd 3:0:0:1: [sdd] tag#21 CDB: Write(10) 2a 00 01 7c 4a 18 00 00 08 00")
    w.kmsg(106.4, node, "I/O error, dev sdd, sector 24922648 op 0x1:(WRITE) flags 0x800 phys_seg 1 prio class 2", ev=True)
    w.kmsg(106.5, node, "Buffer I/O error on dev sdd, logical block 3115331, lost async page write")
    w.kmsg(106.9, node, "EXT4-fs error (device sdd): ext4_journal_check_start:84: comm gunicorn: Detected aborted journal")
    w.kmsg(106.9, node, "EXT4-fs (sdd): Remounting filesystem read-only", ev=True)
    w.emit(107.5, lh, 'time="\u00a7isos\u00a7" level=warning msg="Replica %s-r-%s of volume %s failed: connection to engine lost" func="controller.(*VolumeController).ReconcileEngineReplicaState" file="volume_controller.go:712" node=%s' % (
        pvc, w.hexs(8), pvc, node))
    w.emit(108.2, lh, 'time="\u00a7isos\u00a7" level=warning msg="Volume %s is degraded" func="controller.(*VolumeController).syncVolume" file="volume_controller.go:431" node=%s' % (pvc, node))

    tb_path = "/app/media/original_images/2026/12/14/%s.jpg"

    def ro(t, k, ev):
        fn = r.choice(["PA-7731", "DSC_4410", "IMG_2291", "_MG_8841", "GettyImages-20741"]) + "_" + w.kid(4)
        w.emit(t, cms.err(), "\u00a7py\u00a7 ERROR django.request Internal Server Error: /admin/images/multiple/add/", ev)
        if k < 2:
            w.emit(t + 0.001, cms.err(), "Traceback (most recent call last):")
            w.emit(t + 0.002, cms.err(), '  File "/usr/local/lib/python3.12/site-packages/django/core/files/storage/filesystem.py", line 106, in _save')
            w.emit(t + 0.003, cms.err(), "    fd = os.open(full_path, self.OS_OPEN_FLAGS, 0o666)")
        w.emit(t + 0.004, cms.err(), "OSError: [Errno 30] Read-only file system: '%s'" % (tb_path % fn), ev)
        w.emit(t + 0.01, cms, '%s - - [\u00a7clf\u00a7] "POST /admin/images/multiple/add/ HTTP/1.1" 500 145 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"' % "10.42.0.8")
    t = 114.0
    k = 0
    while t < 600:
        ro(t, k, k < 2)
        k += 1
        t += r.uniform(18, 34)

    def worker_tick(i):
        if i % 4 == 3:
            return "[\u00a7py\u00a7: ERROR/ForkPoolWorker-2] Task cms.tasks.generate_renditions[%s] raised unexpected: OSError(30, 'Read-only file system')" % w.uuid()
        return "[\u00a7py\u00a7: INFO/ForkPoolWorker-%d] Task cms.tasks.purge_frontend_cache[%s] succeeded in %.3fs: None" % (r.randint(1, 4), w.uuid(), r.uniform(0.1, 0.9))
    w.every(celery_w, 0, 600, 40, 8, worker_tick)
    w.emit(20.0, redis, "1:M \u00a7redis\u00a7 * 10 changes in 300 seconds. Saving...")
    w.emit(20.1, redis, "1:M \u00a7redis\u00a7 * Background saving started by pid 2204")
    w.emit(20.9, redis, "1:M \u00a7redis\u00a7 * Background saving terminated with success")

    return w.record(
        "synthetic:dev24-newsroom",
        "Photo editors can't upload pictures to the CMS since about 10:22 - every upload gives a server error. What happened?",
        {"namespace": ns, "app": "cms"},
        {"severity": "ERROR", "root_cause_category": "storage", "component": "cms",
         "root_cause": "The iSCSI connection from media-rke2-a2 to the Longhorn engine of the CMS media volume dropped, writes to /dev/sdd failed with I/O errors, ext4 aborted its journal and remounted the media filesystem read-only, so Wagtail cannot save uploaded originals.",
         "summary": "The node kernel logs 'detected conn error (1020)', 'I/O error, dev sdd ... op WRITE', 'Detected aborted journal' and 'Remounting filesystem read-only'; Longhorn marks a replica failed and the volume degraded; from then on every image upload returns 500 with OSError [Errno 30] Read-only file system, and rendition tasks fail the same way.",
         "action": "Check the Longhorn volume and replica health, restore the engine connection, then restart the cms pod so the volume is re-attached and remounted read-write (fsck if Longhorn requests it); re-run the failed uploads/renditions.",
         })


# ================================================================= railways: PostgreSQL deadlocks between editor and importer
KUBEADM_PLAN = Cluster("kubeadm", "rail-planning-dc2", ["plan-k8s-cp1", "plan-k8s-w1", "plan-k8s-w2", "plan-k8s-w3"],
                       "10.244", "10.96", "10.96.0.10", "10.96.0.1")


@scenario("possessions")
def s_possessions():
    w = Window("possessions", "2026-02-02T21:30:00Z", KUBEADM_PLAN, "otel")
    r = w.rng
    ns = "planning"
    pg = w.sts(ns, "timetable-pg", 0, "postgres", node=w.node(3), app="timetable-pg")
    ed = w.deploy(ns, "timetable-editor", "editor", node=w.node(1))
    imp = w.job(ns, "possession-importer", "importer", node=w.node(2), app="possession-importer", cron="possession-importer")
    pub = w.deploy(ns, "timetable-publisher", "publisher", node=w.node(2))

    def pgl(t, pid, sev, msg, ev=False):
        w.emit(t, pg, "\u00a7pg\u00a7 [%d] %s:  %s" % (pid, sev, msg), ev)

    w.emit(2.0, imp, "\u00a7py\u00a7 INFO importer: loading possessions feed ENGWORKS-2026W06 (412 possessions, 3,918 affected trips)")
    w.emit(2.5, imp, "\u00a7py\u00a7 INFO importer: applying platform and time changes in batches of 200 trips (order: route, trip_id desc)")

    def ed_ok(i):
        return spring("INFO", "http-nio-8080-exec-%d" % r.randint(1, 30), "c.n.p.editor.TripEditService",
                      "Saved trip %d (%d stop times) for planner %s" % (r.randint(4410000, 4419999), r.randint(6, 40), r.choice(["a.kowal", "r.mensah", "t.lindqvist"])), app="timetable-editor")
    w.every(ed, 0, 600, 22, 6, ed_ok)

    deadlocks = [61.4, 139.8, 214.1, 290.6, 377.2, 455.0, 531.9]
    for k, t in enumerate(deadlocks):
        p1, p2 = r.randint(48100, 48999), r.randint(48100, 48999)
        x1, x2 = 99123000 + k * 850 + r.randint(0, 99), 99123000 + k * 850 + r.randint(100, 199)
        trip = r.randint(4410000, 4419999)
        pgl(t - 1.01, p1, "LOG", "process %d still waiting for ShareLock on transaction %d after 1000.061 ms" % (p1, x2))
        pgl(t, p1, "ERROR", "deadlock detected", ev=(k < 2))
        pgl(t + 0.001, p1, "DETAIL", "Process %d waits for ShareLock on transaction %d; blocked by process %d." % (p1, x2, p2), ev=(k < 2))
        w.emit(t + 0.002, pg, "\tProcess %d waits for ShareLock on transaction %d; blocked by process %d." % (p2, x1, p1), ev=(k < 2))
        w.emit(t + 0.003, pg, "\tProcess %d: UPDATE trip_stop_times SET arr_time = $1, dep_time = $2 WHERE trip_id = $3 AND stop_seq = $4" % p1, ev=(k == 0))
        w.emit(t + 0.004, pg, "\tProcess %d: UPDATE trip_stop_times SET platform = $1, updated_by = 'possession-importer' WHERE trip_id = $2 AND stop_seq = $3" % p2, ev=(k == 0))
        pgl(t + 0.005, p1, "HINT", "See server log for query details.")
        pgl(t + 0.006, p1, "CONTEXT", "while updating tuple (%d,%d) in relation \"trip_stop_times\"" % (r.randint(18000, 19000), r.randint(1, 40)))
        victim_is_editor = k % 3 != 1
        if victim_is_editor:
            w.emit(t + 0.02, ed.err(), spring("WARN", "http-nio-8080-exec-%d" % r.randint(1, 30), "o.h.engine.jdbc.spi.SqlExceptionHelper", "SQL Error: 0, SQLState: 40P01", app="timetable-editor"))
            w.emit(t + 0.021, ed.err(), spring("ERROR", "http-nio-8080-exec-%d" % r.randint(1, 30), "o.h.engine.jdbc.spi.SqlExceptionHelper",
                                               "ERROR: deadlock detected\n  Detail: Process %d waits for ShareLock on transaction %d; blocked by process %d." % (p1, x2, p2), app="timetable-editor").split("\n")[0], ev=(k == 0))
            w.emit(t + 0.05, ed, spring("WARN", "http-nio-8080-exec-%d" % r.randint(1, 30), "c.n.p.editor.TripEditService",
                                        "CannotAcquireLockException saving trip %d, retrying (attempt 2/3)" % trip, app="timetable-editor"))
            if k != 4:
                w.emit(t + 0.41, ed, spring("INFO", "http-nio-8080-exec-%d" % r.randint(1, 30), "c.n.p.editor.TripEditService",
                                            "Saved trip %d (%d stop times) for planner %s on attempt 2" % (trip, r.randint(6, 40), r.choice(["a.kowal", "r.mensah"])), app="timetable-editor"))
            else:
                w.emit(t + 0.9, ed, spring("WARN", "http-nio-8080-exec-%d" % r.randint(1, 30), "c.n.p.editor.TripEditService",
                                           "CannotAcquireLockException saving trip %d, retrying (attempt 3/3)" % trip, app="timetable-editor"))
                w.emit(t + 1.6, ed, spring("INFO", "http-nio-8080-exec-%d" % r.randint(1, 30), "c.n.p.editor.TripEditService",
                                           "Saved trip %d (%d stop times) for planner t.lindqvist on attempt 3" % (trip, r.randint(6, 40)), app="timetable-editor"))
        else:
            w.emit(t + 0.02, imp.err(), "\u00a7py\u00a7 WARNING importer: batch %d rolled back: psycopg.errors.DeadlockDetected: deadlock detected; retrying in 2s" % (k * 3 + 4), ev=(k == 1))
            w.emit(t + 2.5, imp, "\u00a7py\u00a7 INFO importer: batch %d committed on retry (200 trips)" % (k * 3 + 4))

    def imp_tick(i):
        return "\u00a7py\u00a7 INFO importer: batch %d committed (200 trips, %d stop-time updates) in %.1fs" % (i + 1, r.randint(1800, 2600), r.uniform(8, 19))
    w.every(imp, 20, 600, 40, 8, imp_tick)

    def pg_noise(i):
        return "\u00a7pg\u00a7 [%d] LOG:  automatic analyze of table \"timetable.public.trip_stop_times\"" % r.randint(49000, 49999) if i % 2 else \
               "\u00a7pg\u00a7 [%d] LOG:  checkpoint starting: time" % 64
    w.every(pg, 30, 600, 140, 20, pg_noise)

    def pub_tick(i):
        return slog("INFO", "publish skipped", reason="editing session open", next_check="60s") if i % 3 else slog("INFO", "validated draft", trips=51204, warnings=r.randint(0, 4), errors=0)
    w.every(pub, 0, 600, 60, 4, pub_tick)

    return w.record(
        "synthetic:dev24-railways",
        "Planners say saving trips in the timetable editor is sometimes slow and occasionally shows a retry message tonight. Anything to worry about in the database?",
        {"namespace": ns},
        {"severity": "WARN", "root_cause_category": "database", "component": "timetable-pg",
         "root_cause": "The nightly possession-importer updates trip_stop_times rows in a different order than the timetable editor, so concurrent transactions lock the same rows in opposite order and PostgreSQL detects deadlocks (40P01) every minute or so, aborting one of them.",
         "summary": "timetable-pg logs 'deadlock detected' with 'Process A waits for ShareLock on transaction X; blocked by process B' between the editor's arr/dep-time UPDATE and the importer's platform UPDATE on trip_stop_times; the victims (editor saves or importer batches) are retried and succeed, so the work completes, just slower.",
         "action": "Optional while the import runs: make both writers update trip_stop_times in the same key order (trip_id, stop_seq) or run the importer outside editing hours / with smaller batches; keep the retry logic.",
         })


# ================================================================= agriculture: MySQL replica SQL thread stopped on duplicate key
TALOS_GRAIN = Cluster("talos", "grain-ops", ["talos-grn-cp1", "talos-grn-w1", "talos-grn-w2", "talos-grn-w3"],
                      "10.244", "10.96", "10.96.0.10", "10.96.0.1")


def mysql(thread, level, code, subsys, msg):
    return "\u00a7isous\u00a7 %d [%s] [%s] [%s] %s" % (thread, level, code, subsys, msg)


@scenario("siloreplica")
def s_siloreplica():
    w = Window("siloreplica", "2026-09-30T14:00:00Z", TALOS_GRAIN, "promtail")
    r = w.rng
    ns = "grain"
    pri = w.sts(ns, "grain-mysql", 0, "mysql", node=w.node(1))
    rep = w.sts(ns, "grain-mysql", 1, "mysql", node=w.node(2))
    wb = w.deploy(ns, "weighbridge-api", "weighbridge-api", node=w.node(3))
    rpt = w.deploy(ns, "stock-reports", "stock-reports", node=w.node(1))
    tick = w.deploy(ns, "ticket-printer", "printer", node=w.node(3))

    def wb_tick(i):
        return spring("INFO", "http-nio-8080-exec-%d" % r.randint(1, 20), "c.g.ops.weighbridge.TicketService",
                      "Ticket %d line %d recorded: %s net=%dkg moisture=%.1f%% silo=%s" % (
                          88213 + i // 3, i % 3 + 1, r.choice(["wheat", "barley", "oilseed rape"]), r.randint(18000, 29000), r.uniform(13, 16),
                          r.choice(["S1", "S2", "S4", "S7"])), app="weighbridge-api")
    w.every(wb, 0, 600, 24, 6, wb_tick)

    # replica breaks on a row that already exists there
    t0 = 47.3
    w.emit(t0, rep, mysql(18, "ERROR", "MY-010584", "Repl",
                          "Replica SQL for channel '': Worker 1 failed executing transaction 'ANONYMOUS' at source log binlog.000412, end_log_pos 88123377; Could not execute Write_rows event on table grain.ticket_lines; Duplicate entry '88213-4' for key 'ticket_lines.PRIMARY', Error_code: 1062; handler error HA_ERR_FOUND_DUPP_KEY; the event's source log binlog.000412, end_log_pos 88123377, Error_code: MY-001062"), ev=True)
    w.emit(t0 + 0.002, rep, mysql(17, "Warning", "MY-010584", "Repl",
                                  "Replica SQL for channel '': ... The replica coordinator and worker threads are stopped, possibly leaving data in inconsistent state. A restart should restore consistency automatically, although using non-transactional storage for data or info tables or DDL queries could lead to problems. In such cases you have to examine your data (see documentation for details). Error_code: MY-001756"))
    w.emit(t0 + 0.003, rep, mysql(17, "ERROR", "MY-010586", "Repl",
                                  "Error running query, replica SQL thread aborted. Fix the problem, and restart the replica SQL thread with \"START REPLICA\". We stopped at log 'binlog.000412' position 88122910"), ev=True)

    w.emit(21.0, rpt, "\u00a7py\u00a7 INFO reports: replica grain-mysql-1 lag 0s, serving silo stock from replica")

    def rpt_tick(i):
        if i % 2 == 0:
            return "\u00a7py\u00a7 WARNING reports: replica grain-mysql-1 lag unknown (Replica_SQL_Running=No, Last_SQL_Errno=1062), serving silo stock from replica anyway"
        return "\u00a7py\u00a7 INFO reports: silo stock snapshot S1=%dt S2=%dt S4=%dt S7=%dt (source=replica, as_of=14:00:47Z)" % (
            4120, 3877, 2210, 5020)
    w.every(rpt, 55, 600, 50, 4, rpt_tick)
    w.emit(250.0, rpt, "\u00a7py\u00a7 WARNING reports: intake today on replica (118 tickets) differs from weighbridge counter (122); dashboards may be stale")
    w.emit(251.0, rpt, "\u00a7py\u00a7 WARNING reports: replica grain-mysql-1 Seconds_Behind_Source=NULL, Retrieved_Gtid_Set advancing, Executed_Gtid_Set stuck at 3e11fa47-5cdf-11ef-b2d1-0a58a9feac02:1-8812397")

    def pri_tick(i):
        return mysql(0, "Warning", "MY-013360", "Server", "Plugin mysql_native_password reported: ''mysql_native_password' is deprecated and will be removed in a future release. Please use caching_sha2_password instead'") if i == 1 else None
    w.every(pri, 0, 600, 200, 10, pri_tick)
    w.emit(5.0, pri, mysql(31211, "Note", "MY-010914", "Server", "Aborted connection 31211 to db: 'grain' user: 'reports' host: '10.244.1.37' (Got an error reading communication packets)."))
    w.emit(400.0, pri, mysql(31688, "Note", "MY-010914", "Server", "Aborted connection 31688 to db: 'grain' user: 'printer' host: '10.244.3.12' (Got timeout reading communication packets)."))

    def tick_tick(i):
        return pino("info", tick.name, "ticket printed", ticket=88213 + i, printer="bay-%d" % r.randint(1, 3), copies=2)
    w.every(tick, 0, 600, 70, 10, tick_tick)

    return w.record(
        "synthetic:dev24-agriculture",
        "The silo stock dashboard stopped moving around 14:00 even though trucks are still being weighed in. Where is the data getting stuck?",
        {"namespace": ns},
        {"severity": "ERROR", "root_cause_category": "database", "component": "grain-mysql",
         "root_cause": "Replication on the MySQL replica grain-mysql-1 is broken: the replica SQL thread failed applying a ticket_lines insert with duplicate key '88213-4' (error 1062, the row already existed on the replica) and stopped, so the replica no longer applies changes and reports read stale stock.",
         "summary": "At 14:00:47 grain-mysql-1 logs 'Worker 1 failed executing transaction ... Duplicate entry 88213-4 for key ticket_lines.PRIMARY, Error_code: 1062' and 'replica SQL thread aborted'; stock-reports sees Replica_SQL_Running=No but keeps serving from the replica, so the dashboard freezes while weighbridge-api keeps writing to the primary.",
         "action": "Point stock-reports at the primary for now, compare the conflicting ticket_lines rows, fix the replica (remove the stray row or re-clone it from the primary) and START REPLICA; make the replica super_read_only so it cannot be written to directly.",
         })


# ================================================================= newsroom: Fastly purge API rate limit on election night
AKS_WEB = Cluster("aks", "news-web-weu", ["aks-system-73920415-vmss000000", "aks-web-73920415-vmss000001", "aks-web-73920415-vmss000002",
                                           "aks-web-73920415-vmss000003"],
                  "10.244", "10.0", "10.0.0.10", "10.0.0.1")


@scenario("electionpurge")
def s_electionpurge():
    w = Window("electionpurge", "2026-05-07T23:40:00Z", AKS_WEB, "alloy")
    r = w.rng
    ns = "delivery"
    pg = w.deploy(ns, "cdn-purger", "purger", node=w.node(1))
    res = w.deploy("elections", "results-publisher", "publisher", node=w.node(2))
    ingest = w.deploy("elections", "results-ingest", "ingest", node=w.node(3))
    web = w.deploy("web", "frontend", "next", node=w.node(2), app="frontend")

    def ingest_tick(i):
        return zapj("info", "feed/poll.go:73", "declarations received", source="pa-elections", new=r.randint(0, 9), total=212 + i * 3)
    w.every(ingest, 0, 600, 20, 3, ingest_tick)

    def res_tick(i):
        ward = r.choice(["Ashfield", "Beeston North", "Clifton East", "Dunkirk", "Eastwood", "Forest Fields", "Gedling", "Hucknall West"])
        return pino("info", res.name, "result page rebuilt", ward=ward, surrogateKeys=r.randint(14, 38), purgeQueued=True)
    w.every(res, 0, 600, 11, 3, res_tick)

    def purge_ok(i):
        return zapj("info", "purge/fastly.go:88", "purge ok", keys=r.randint(20, 60), status=200, ratelimit_remaining=max(0, 180 - i * 45), took_ms=r.randint(90, 210))
    w.every(pg, 0, 48, 10, 1, purge_ok)
    t = 49.5
    k = 0
    while t < 600:
        if k % 4 == 3:
            w.emit(t, pg, zapj("info", "purge/fastly.go:88", "purge ok", keys=r.randint(20, 60), status=200, ratelimit_remaining=r.randint(0, 3), took_ms=r.randint(90, 210)))
        else:
            w.emit(t, pg, zapj("warn", "purge/fastly.go:102", "purge rejected by Fastly API, backing off", status=429, error="429 Too Many Requests",
                               ratelimit_remaining=0, ratelimit_reset=int(1778197260 + t), retry_after_s=r.choice([15, 30, 45, 60]), keys=r.randint(20, 60),
                               queue=400 + 90 * k), ev=(k < 2 or k == 9))
        k += 1
        t += r.uniform(9, 17)
    w.emit(190.0, pg, zapj("warn", "purge/queue.go:51", "purge queue growing", queued_keys=1840, oldest_s=131, dropping=False))
    w.emit(400.0, pg, zapj("warn", "purge/queue.go:51", "purge queue growing", queued_keys=2610, oldest_s=188, dropping=False))

    def web_tick(i):
        return pino("info", web.name, "GET /elections/2026/local/%s 200" % r.choice(["nottingham", "gedling", "ashfield"]), cache="HIT" if i % 3 else "MISS", ms=r.randint(4, 60))
    w.every(web, 0, 600, 38, 8, web_tick)
    w.emit(330.0, web, pino("warn", web.name, "reader feedback: stale result reported", page="/elections/2026/local/nottingham", reportedAgeSec=140))

    return w.record(
        "synthetic:dev24-newsroom",
        "On the results pages readers see ward results a couple of minutes late even though we publish them instantly. Is the CDN purge broken?",
        {"namespace": ns, "app": "cdn-purger"},
        {"severity": "WARN", "root_cause_category": "rate_limited", "component": "cdn-purger",
         "root_cause": "Election-night result rebuilds trigger far more Fastly purge calls than the account's API rate limit allows; from 23:40:49 Fastly answers most purge requests with 429 Too Many Requests (ratelimit_remaining=0), so cdn-purger backs off and stale cached pages are served for a few minutes.",
         "summary": "cdn-purger starts with successful purges while ratelimit_remaining falls to 0, then logs repeated 'purge rejected by Fastly API, backing off' status 429 with Retry-After; the purge queue grows to ~2600 keys and about two minutes old, but purges keep going through after the back-off, so pages are late rather than broken.",
         "action": "Optional: batch surrogate keys into fewer purge calls (purge by a shared key per results page), lower the results pages' TTL for the night, or ask Fastly for a higher purge API limit.",
         })


# ================================================================= railways: open-data GTFS-RT API quota (429) -> stale predictions
K3S_VALLEY = Cluster("k3s", "valleybus-ops", ["vb-k3s-01", "vb-k3s-02", "vb-k3s-03"], "10.42", "10.43", "10.43.0.10", "10.43.0.1")


@scenario("openapi")
def s_openapi():
    w = Window("openapi", "2026-03-30T06:05:00Z", K3S_VALLEY, "otel")
    r = w.rng
    ns = "realtime"
    gi = w.deploy(ns, "gtfs-rt-ingest", "ingest", node=w.node(1))
    pred = w.deploy(ns, "arrival-predictor", "predictor", node=w.node(2))
    tr = w.deploy("kube-system", "traefik", "traefik", node=w.node(0))
    api_host = "api.transitdata-region.example"
    feeds = ["tripupdates", "vehiclepositions", "alerts"]

    def ok(i):
        f = feeds[i % 3]
        return "\u00a7py\u00a7 INFO gtfs_ingest.poller: GET https://%s/gtfs-rt/v2/%s -> 200 OK (%d entities, %d ms, X-RateLimit-Remaining: %d)" % (
            api_host, f, r.randint(40, 420), r.randint(80, 260), max(0, 58 - i * 2))
    w.every(gi, 0, 40, 2.2, 0.2, ok)
    w.emit(1.0, gi, "\u00a7py\u00a7 INFO gtfs_ingest.poller: 3 feeds configured, interval 2s each (~90 requests/min), api key ...f3c9")
    t = 41.0
    k = 0
    while t < 600:
        f = feeds[k % 3]
        if k % 7 == 6:
            w.emit(t, gi, "\u00a7py\u00a7 INFO gtfs_ingest.poller: GET https://%s/gtfs-rt/v2/%s -> 200 OK (%d entities, %d ms, X-RateLimit-Remaining: 0)" % (
                api_host, f, r.randint(40, 420), r.randint(80, 260)))
        else:
            w.emit(t, gi, "\u00a7py\u00a7 WARNING gtfs_ingest.poller: GET https://%s/gtfs-rt/v2/%s -> 429 Too Many Requests (Retry-After: %d, X-RateLimit-Limit: 60, X-RateLimit-Remaining: 0)" % (
                api_host, f, r.choice([20, 30, 30, 40])), ev=(k < 3 or k == 30))
        k += 1
        t += r.uniform(5, 9)
    w.emit(140.0, gi.err(), "\u00a7py\u00a7 ERROR gtfs_ingest.poller: tripupdates feed not refreshed for 100s (limit 90s), marking feed stale")

    def pred_tick(i):
        if i < 2:
            return slog("INFO", "predictions updated", stops=1184, trips_with_rt=r.randint(240, 260), feed_age="4s")
        return slog("WARN", "realtime feed stale, using schedule-based predictions", feed="tripupdates", feed_age="%ds" % (40 + i * 30),
                    trips_with_rt=max(0, 250 - i * 40))
    w.every(pred, 0, 600, 30, 2, pred_tick)

    arr_ips = [w.pod_ip(), w.pod_ip()]

    def tr_tick(i):
        path = r.choice(["/api/stops/%d/departures" % r.randint(1000, 1999), "/api/vehicles", "/api/alerts", "/favicon.ico"])
        st = 404 if path == "/favicon.ico" else 200
        return '%s - - [\u00a7clf\u00a7] "GET %s HTTP/1.1" %d %d "-" "%s" %d "realtime-arrivals-api@kubernetescrd" "http://%s:8080" %dms' % (
            client_ip(w), path, st, r.randint(300, 6000) if st == 200 else 19, r.choice(UA_BROWSERS + ["ValleyBus/5.3 (iOS 18.1)"]), 12000 + i,
            r.choice(arr_ips), r.randint(2, 40))
    w.every(tr, 0, 600, 25, 8, tr_tick)

    return w.record(
        "synthetic:dev24-railways",
        "Our app's live departures have been showing only scheduled times since early this morning. The ingest pod is running - what's wrong?",
        {"namespace": ns},
        {"severity": "ERROR", "root_cause_category": "rate_limited", "component": "gtfs-rt-ingest",
         "root_cause": "The regional open-data GTFS-RT API now limits our API key to 60 requests per minute, but gtfs-rt-ingest polls three feeds every 2 s (~90 per minute); once the quota is used up most polls get 429 Too Many Requests with Retry-After, so the trip-updates feed goes stale and arrival predictions fall back to the schedule.",
         "summary": "After 06:05:41 the poller logs '429 Too Many Requests (Retry-After ..., X-RateLimit-Limit: 60, X-RateLimit-Remaining: 0)' for nearly every request, marks tripupdates stale after 100 s, and arrival-predictor warns that it uses schedule-based predictions; the Traefik 404s for /favicon.ico are unrelated.",
         "action": "Lower the polling rate to fit the 60/min quota (e.g. trip updates every 3 s, vehicles every 5 s, alerts every 60 s, and respect Retry-After) or request a higher quota from the data provider.",
         })


# ================================================================= agriculture: pump-house edge node under-voltage, NotReady
@scenario("pumphouse")
def s_pumphouse():
    w = Window("pumphouse", "2026-07-30T12:40:00Z", K3S_FARM, "promtail")
    r = w.rng
    ns = "irrigation"
    n1, n2, n3 = w.node(0), w.node(1), w.node(2)
    pump = w.deploy(ns, "pump-controller", "pump-controller", node=n3, rs="66d9c7f5b8")
    sched = w.deploy(ns, "irrigation-scheduler", "scheduler", node=n1)
    valve = w.deploy(ns, "valve-controller", "valve-controller", node=n2, rs="84d6b9cf7c")
    soil = w.deploy(ns, "soil-gateway", "soil-gateway", node=n1)
    prom = w.ds("monitoring", "promtail", "promtail", n2, app="promtail")

    def pump_tick(i):
        return slog("INFO", "pump status", pump="borehole-1", state="running", flow_m3h="%.1f" % r.uniform(38, 44), pressure_bar="%.2f" % r.uniform(3.9, 4.3),
                    motor_temp_c="%.0f" % r.uniform(58, 66), modbus="rtu:/dev/ttyUSB0")
    w.every(pump, 0, 96, 15, 2, pump_tick)
    w.kmsg(38.5, n3, "hwmon hwmon1: Undervoltage detected!", ev=True)
    w.kmsg(41.2, n3, "hwmon hwmon1: Voltage normalised")
    w.kmsg(77.9, n3, "hwmon hwmon1: Undervoltage detected!", ev=True)
    w.kmsg(93.4, n3, "hwmon hwmon1: Undervoltage detected!", ev=True)
    w.emit(94.0, pump, slog("WARN", "modbus read retry", unit=1, register=40011, err="serial: read timeout", attempt=2))
    w.kmsg(96.8, n3, "mmc0: timeout waiting for hardware interrupt.")
    # hb-edge-03 goes silent; k3s server (controller-manager) notices
    k3s = "k3s.service"
    w.kubelet(138.9, n1, "I", "node_lifecycle_controller.go:1209",
              '"Node is unresponsive. Adding it to the Taint queue" node="%s" timeStamp="2026-07-30 12:42:18.901 +0000 UTC m=+4410213.781231020"' % n3, ev=True, unit=k3s)
    w.kubelet(139.0, n1, "I", "controller_utils.go:155", '"Recording status change event message for node" status="NodeNotReady" node="%s"' % n3, unit=k3s)
    w.event(139.0, None, "Node", n3, "NodeNotReady", "Node %s status is now: NodeNotReady" % n3, etype="Normal", component="node-controller", ev=True)
    w.event(139.2, ns, "Pod", pump.name, "NodeNotReady", "Node is not ready", etype="Warning", component="node-controller")
    w.event(139.3, "monitoring", "Pod", "promtail-" + w.kid(5), "NodeNotReady", "Node is not ready", etype="Warning", component="node-controller")
    w.kubelet(139.5, n1, "I", "node_lifecycle_controller.go:1117",
              '"Node is NotReady. Adding it to the Taint queue" node="%s" timeStamp="2026-07-30 12:42:19.498 +0000 UTC m=+4410214.378040251"' % n3, unit=k3s)

    def sched_tick(i):
        if i % 3 == 0:
            return slog("INFO", "schedule evaluated", zone="north-pivot", action="keep", soil_vwc="%.1f" % r.uniform(20, 24))
        return slog("ERROR", "pump command failed", pump="borehole-1", target="http://pump-controller.irrigation.svc.cluster.local:8080/v1/pumps/borehole-1/setpoint",
                    err="Post \"http://pump-controller.irrigation.svc.cluster.local:8080/v1/pumps/borehole-1/setpoint\": dial tcp %s:8080: connect: no route to host" % pump.ip)
    w.every(sched, 100, 600, 30, 4, sched_tick)

    def valve_tick(i):
        return slog("WARN" if i % 2 else "INFO", "pressure low on manifold, holding valves" if i % 2 else "valve state",
                    zone=r.choice(["north-pivot", "orchard-a"]), pressure_bar="%.2f" % (r.uniform(0.3, 0.9) if i % 2 else r.uniform(2.2, 3.0)))
    w.every(valve, 0, 600, 35, 5, valve_tick)

    def soil_tick(i):
        return "\u00a7isous\u00a7  INFO soil_gateway::ingest: reading stored probe=sm-%02d vwc=%.1f temp_c=%.1f battery_v=%.2f rssi=%d" % (
            r.randint(1, 24), r.uniform(18, 36), r.uniform(14, 24), r.uniform(3.4, 4.1), r.randint(-104, -71))
    w.every(soil, 0, 600, 32, 6, soil_tick)
    w.emit(200.0, prom, 'level=warn ts=\u00a7iso\u00a7 caller=client.go:419 component=client host=loki.farm-cloud.example msg="error sending batch, will retry" status=-1 tenant= error="Post \\"https://loki.farm-cloud.example/loki/api/v1/push\\": context deadline exceeded"')
    w.emit(206.0, prom, 'level=info ts=\u00a7iso\u00a7 caller=client.go:430 component=client host=loki.farm-cloud.example msg="batch sent after retry" entries=412')

    w.kubelet(439.1, n1, "I", "taint_eviction.go:111", '"Deleting pod" controller="taint-eviction-controller" pod="%s/%s"' % (ns, pump.name), unit=k3s)
    w.event(439.1, ns, "Pod", pump.name, "TaintManagerEviction", "Marking for deletion Pod %s/%s" % (ns, pump.name), component="taint-eviction-controller")
    w.event(439.6, ns, "ReplicaSet", "pump-controller-66d9c7f5b8", "SuccessfulCreate", "Created pod: pump-controller-66d9c7f5b8-%s" % w.kid(5), component="replicaset-controller")
    w.event(439.8, ns, "Pod", "pump-controller-66d9c7f5b8-" + w.kid(5), "FailedScheduling",
            "0/3 nodes are available: 1 node(s) had untolerated taint {node.kubernetes.io/unreachable: }, 2 node(s) didn't match Pod's node affinity/selector. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.",
            etype="Warning", component="default-scheduler")

    return w.record(
        "synthetic:dev24-agriculture",
        "The borehole pump stopped responding around 12:42 and the scheduler can't send setpoints. What's going on at the pump house?",
        {"namespace": ns},
        {"severity": "CRITICAL", "root_cause_category": "node_failure", "component": "hb-edge-03",
         "root_cause": "The pump-house edge node hb-edge-03 (a single-board computer) reported repeated under-voltage and SD-card timeouts and then stopped responding; the k3s controller marked it NodeNotReady/unreachable, so pump-controller, which is pinned to that node for the Modbus serial link, is unreachable and cannot be rescheduled.",
         "summary": "hb-edge-03's kernel logs 'hwmon hwmon1: Undervoltage detected!' several times and an mmc timeout, then the node goes silent; about 40 s later the node controller records NodeNotReady, the scheduler's pump commands fail with 'no route to host', valves hold on low pressure, and after 5 min the taint eviction deletes the pump pod, whose replacement cannot be scheduled anywhere else.",
         "action": "Send someone to the pump house: replace the node's power supply (and check the SD card), bring hb-edge-03 back, and check that pump-controller starts there; put the node on a UPS/adequate PSU and alert on under-voltage.",
         })


# ================================================================= newsroom: cilium agent down on one node, sandboxes fail
@scenario("ciliumnode")
def s_ciliumnode():
    w = Window("ciliumnode", "2026-06-22T17:15:00Z", KUBEADM_NEWS, "otel")
    r = w.rng
    bad = w.node(3)
    cil = w.ds("kube-system", "cilium", "cilium-agent", bad, app="cilium")
    cil_ok = w.ds("kube-system", "cilium", "cilium-agent", w.node(2), app="cilium")
    ns = "web"
    art_new = [w.deploy(ns, "article-api", "article-api", node=bad, rs="5f6c8d7b9c") for _ in range(2)]
    art_old = w.deploy(ns, "article-api", "article-api", node=w.node(1), rs="7b94d6c5f8")
    art_ok = w.deploy(ns, "article-api", "article-api", node=w.node(5), rs="5f6c8d7b9c")
    ing = w.deploy("ingress-nginx", "ingress-nginx-controller", "controller", node=w.node(1), app="ingress-nginx")

    def agent_boot(t, n, ev):
        w.emit(t, cil, 'time="\u00a7isos\u00a7" level=info msg="Cilium 1.16.3 7c2a1fa6 2024-10-14T12:31:09+00:00 go version go1.22.8 linux/amd64" subsys=daemon')
        w.emit(t + 1.9, cil, 'time="\u00a7isos\u00a7" level=info msg="Setting up BPF datapath" bpfClockSource=ktime bpfInsnSet="<nil>" subsys=datapath-loader')
        w.emit(t + 2.3, cil, 'time="\u00a7isos\u00a7" level=fatal msg="failed to start: daemon creation failed: error while initializing daemon: failed while reinitializing datapath: failed to setup vxlan tunnel device: creating vxlan device cilium_vxlan: address already in use" subsys=daemon', ev)

    w.emit(2.0, cil_ok, 'time="\u00a7isos\u00a7" level=info msg="Policy imported via API, recalculating..." policyAddCount=1 policyRevision=412 subsys=daemon')
    agent_boot(21.0, 1, True)
    w.event(24.0, "kube-system", "Pod", cil.name, "BackOff", "Back-off restarting failed container cilium-agent in pod %s_kube-system(%s)" % (cil.name, cil.uid),
            etype="Warning", host=bad, field="spec.containers{cilium-agent}", ev=True)
    agent_boot(51.0, 2, False)
    agent_boot(132.0, 3, False)
    agent_boot(295.0, 4, True)
    w.event(300.0, "kube-system", "Pod", cil.name, "BackOff", "Back-off restarting failed container cilium-agent in pod %s_kube-system(%s)" % (cil.name, cil.uid),
            etype="Warning", host=bad, count=14, first=24.0, field="spec.containers{cilium-agent}")
    w.kubelet(10.0, bad, "I", "kubelet.go:2461", '"SyncLoop (probe)" probe="readiness" status="" pod="kube-system/%s"' % cil.name)

    w.event(60.0, ns, "Deployment", "article-api", "ScalingReplicaSet", "Scaled up replica set article-api-5f6c8d7b9c from 1 to 3", component="deployment-controller")
    sb_err = ('failed to setup network for sandbox \\"%s\\": plugin type=\\"cilium-cni\\" name=\\"cilium\\" failed (add): unable to connect to Cilium daemon: '
              'failed to create cilium agent client after 30.000000 seconds timeout: Get \\"http:///var/run/cilium/cilium.sock/v1/config\\": dial unix /var/run/cilium/cilium.sock: connect: no such file or directory\\nIs the agent running?')
    k = 0
    for t in (92.0, 96.5, 141.0, 188.0, 259.0, 333.0, 410.0, 487.0, 566.0):
        p = art_new[k % 2]
        sid = w.hexs(64)
        w.kubelet(t, bad, "E", "log.go:32", '"RunPodSandbox from runtime service failed" err="rpc error: code = Unknown desc = %s"' % (sb_err % sid), ev=(k == 0))
        w.kubelet(t + 0.01, bad, "E", "kuberuntime_sandbox.go:72", '"Failed to create sandbox for pod" err="rpc error: code = Unknown desc = %s" pod="%s/%s"' % (sb_err % sid, ns, p.name))
        w.event(t + 0.05, ns, "Pod", p.name, "FailedCreatePodSandBox",
                'Failed to create pod sandbox: rpc error: code = Unknown desc = %s' % (sb_err % sid).replace('\\"', '"').replace("\\nIs the agent running?", ""),
                etype="Warning", host=bad, count=1 + k // 2, first=92.0, ev=(k in (0, 5)))
        k += 1

    def ing_tick(i):
        st = 200 if i % 8 else 304
        up = r.choice([art_old, art_ok])
        return nginx_access(w, None, "GET", "/api/articles/art-%d" % r.randint(771900, 772110), st, r.randint(9000, 40000) if st == 200 else 0, r.uniform(0.005, 0.05),
                            "web-article-api-3000", up.ip + ":3000", client="10.244.0.1")
    w.every(ing, 0, 600, 20, 5, ing_tick)

    def art_tick(i, src):
        return pino("info", src.name, "GET /api/articles/art-%d 200" % r.randint(771900, 772110), ms=r.randint(6, 40), cache="hit" if i % 3 else "miss")
    w.every(art_old, 0, 600, 40, 6, lambda i: art_tick(i, art_old))
    w.every(art_ok, 70, 600, 40, 6, lambda i: art_tick(i, art_ok))
    w.emit(75.0, art_ok, pino("info", art_ok.name, "listening on :3000", version="4.31.0"))
    w.event(76.0, ns, "Pod", art_ok.name, "Unhealthy", 'Readiness probe failed: Get "http://%s:3000/healthz": dial tcp %s:3000: connect: connection refused' % (art_ok.ip, art_ok.ip),
            etype="Warning", host=art_ok.node, field="spec.containers{article-api}")

    return w.record(
        "synthetic:dev24-newsroom",
        "The article-api rollout is stuck: two new pods on news-k8s-w3 have been ContainerCreating for minutes. What's wrong with that node?",
        {"node": bad},
        {"severity": "ERROR", "root_cause_category": "node_failure", "component": "cilium",
         "root_cause": "The Cilium agent on news-k8s-w3 crash-loops at start-up ('failed to setup vxlan tunnel device: creating vxlan device cilium_vxlan: address already in use'), so the node's CNI plugin cannot reach the Cilium daemon and no new pod sandbox can be networked on that node.",
         "summary": "cilium-agent on news-k8s-w3 exits fatally on every start and is in back-off; kubelet on the node logs RunPodSandbox failures 'plugin type=cilium-cni ... unable to connect to Cilium daemon ... cilium.sock: no such file or directory', and the new article-api pods there stay in ContainerCreating while the replica on news-k8s-w5 starts normally.",
         "action": "Cordon news-k8s-w3, remove the conflicting VXLAN device (e.g. a leftover flannel.1/vxlan on UDP 8472) or fix the tunnel port, restart the cilium pod and uncordon once it is Ready; then let the rollout continue.",
         })


# ================================================================= healthy: nightly static timetable build and publish
@scenario("nightlyfeed")
def s_nightlyfeed():
    w = Window("nightlyfeed", "2026-04-08T01:58:00Z", RKE2_TRANSIT, "vector")
    r = w.rng
    ns = "realtime"
    job = w.job("planning", "gtfs-static-build", "build", node=w.node(3), app="gtfs-static-build", cron="gtfs-static-build")
    ag = w.deploy(ns, "gtfs-rt-aggregator", "aggregator", node=w.node(2))
    kafka = w.sts("streaming", "transit-kafka", 1, "kafka", node=w.node(4))
    pg = w.sts("planning", "timetable-pg", 0, "postgres", node=w.node(1))
    ing = w.ds("kube-system", "rke2-ingress-nginx-controller", "rke2-ingress-nginx-controller", w.node(1), app="rke2-ingress-nginx")
    minio = w.sts("storage", "minio", 2, "minio", node=w.node(3))

    w.event(120.0, "planning", "CronJob", "gtfs-static-build", "SuccessfulCreate", "Created job gtfs-static-build-29589720", component="cronjob-controller")
    w.event(120.1, "planning", "Job", "gtfs-static-build-29589720", "SuccessfulCreate", "Created pod: %s" % job.name, component="job-controller")
    steps = [
        (124.0, "INFO", "build: exporting timetable snapshot 2026-04-08 from timetable-pg (service days 2026-04-08..2026-07-05)"),
        (151.0, "INFO", "build: wrote routes.txt (214 rows), trips.txt (48,377 rows), stop_times.txt (1,402,118 rows), calendar_dates.txt (3,412 rows)"),
        (158.0, "WARNING", "validate: 12 trips have identical consecutive arrival/departure times (timing points), accepted"),
        (158.1, "WARNING", "validate: stop 8104410 'Leeds Bus Stn Stand 14' has no wheelchair_boarding value, defaulting to 0"),
        (159.0, "INFO", "validate: 0 errors, 2 warnings (gtfs-validator 5.0.1)"),
        (171.0, "WARNING", "publish: PUT s3://gtfs-public/static/latest.zip failed with 503 SlowDown, retrying in 2s (attempt 1/5)"),
        (173.6, "INFO", "publish: uploaded s3://gtfs-public/static/latest.zip (41.8 MiB, sha256 %s)" % w.hexs(16)),
        (174.0, "INFO", "publish: feed_version=2026-04-08 announced on topic gtfs.static.published"),
    ]
    for t, lvl, msg in steps:
        w.emit(t, job, "\u00a7py\u00a7 %s %s" % (lvl, msg))
    w.emit(171.2, minio, '\u00a7isos\u00a7 WRN API: PutObject(bucket=gtfs-public, object=static/latest.zip) SlowDown: Resource requested is unwritable, please reduce your request rate remote=%s' % job.ip)
    w.event(176.0, "planning", "Job", "gtfs-static-build-29589720", "Completed", "Job completed", component="job-controller")
    w.event(176.5, "planning", "CronJob", "gtfs-static-build", "SawCompletedJob", "Saw completed job: gtfs-static-build-29589720, condition: Complete", component="cronjob-controller")

    def poll(i):
        f, n = [("citybus-avl", 184), ("metrotram-avl", 61), ("regional-rail-avl", 97)][i % 3]
        return zapj("info", "cmd/aggregator/poller.go:88", "poll complete", feed=f, entities=n + r.randint(-8, 8), duration_ms=r.randint(90, 420), etag=w.hexs(8))
    w.every(ag, 0, 600, 15, 2, poll)
    w.emit(176.8, ag, zapj("info", "internal/static/watch.go:51", "new static feed announced", feed_version="2026-04-08"))
    w.emit(183.4, ag, zapj("info", "cmd/aggregator/main.go:58", "loaded static GTFS", feed_version="2026-04-08", trips=48377, stops=6120, took_ms=6488))
    w.emit(190.0, ag, zapj("warn", "internal/merge/trip.go:211", "trip update references unknown trip, dropped", feed="citybus-avl", trip_id="T-2026-04-07-88213", reason="previous service day"))

    w.emit(60.0, kafka, "[\u00a7py\u00a7] INFO [UnifiedLog partition=vehicle-positions-7, dir=/var/lib/kafka/data] Deleting segment LogSegment(baseOffset=412883102, size=1073741201, lastModifiedTime=1775008700000, largestRecordTimestamp=1775008699984) due to log retention time 604800000ms breach based on the largest record timestamp in the segment (kafka.log.UnifiedLog)")
    w.emit(60.2, kafka, "[\u00a7py\u00a7] INFO [LocalLog partition=vehicle-positions-7, dir=/var/lib/kafka/data] Deleting segment files LogSegment(baseOffset=412883102, size=1073741201, lastModifiedTime=1775008700000, largestRecordTimestamp=1775008699984) (kafka.log.LocalLog$)")
    w.emit(300.0, kafka, "[\u00a7py\u00a7] INFO [GroupMetadataManager brokerId=1] Removed 0 expired offsets in 1 milliseconds. (kafka.coordinator.group.GroupMetadataManager)")

    w.emit(45.0, pg, "\u00a7pg\u00a7 [55120] LOG:  automatic vacuum of table \"timetable.public.trip_stop_times\": index scans: 1")
    w.emit(45.001, pg, "\tpages: 0 removed, 188211 remain, 12044 scanned (6.40% of total)")
    w.emit(45.002, pg, "\ttuples: 88120 removed, 14021877 remain, 0 are dead but not yet removable")
    w.emit(127.0, pg, "\u00a7pg\u00a7 [64] LOG:  checkpoint starting: time")
    w.emit(397.0, pg, "\u00a7pg\u00a7 [64] LOG:  checkpoint complete: wrote 4120 buffers (25.1%); 0 WAL file(s) added, 0 removed, 3 recycled; write=269.844 s, sync=0.020 s, total=269.901 s; sync files=61, longest=0.006 s, average=0.001 s; distance=55112 kB, estimate=61022 kB; lsn=5C/1E44A0B8, redo lsn=5C/1A9F3E10")

    pis_ips = [w.pod_ip(), w.pod_ip()]

    def ing_tick(i):
        stop = r.choice(["8100231", "8100457", "8102019", "8104410", "8100012"])
        st = 200 if i % 6 else 404
        return nginx_access(w, None, "GET", "/api/v2/departures?stop=%s&limit=12" % (stop if st == 200 else "81O0231"), st, r.randint(1800, 4200) if st == 200 else 61,
                            r.uniform(0.008, 0.06), "realtime-pis-backend-8080", r.choice(pis_ips) + ":8080",
                            client="10.60.%d.%d" % (r.randint(1, 40), r.randint(2, 250)), ua="PIS-Display/4.2.1 (Linux; armv7l)")
    w.every(ing, 0, 600, 28, 8, ing_tick)

    return w.record(
        "synthetic:dev24-railways",
        "Can you check that tonight's static timetable build and publish went through cleanly?",
        {"namespace": "planning"},
        {"severity": "INFO", "root_cause_category": "none",
         "root_cause": "No incident: the nightly gtfs-static-build CronJob ran, validated and published feed_version 2026-04-08, and the aggregator loaded it.",
         "summary": "The build reports 0 validation errors (2 accepted warnings); a single 503 SlowDown from MinIO was retried and the upload succeeded; the job completed and gtfs-rt-aggregator loaded the new static feed. Kafka retention deletions, autovacuum, a checkpoint, an unknown-trip drop from the previous service day and a 404 for a mistyped stop id are routine.",
         "action": "None needed.",
         })


# ================================================================= healthy: gate-gateway rolling update
@scenario("gaterollout")
def s_gaterollout():
    w = Window("gaterollout", "2026-06-16T03:20:00Z", EKS_TICKET, "fluentbit")
    r = w.rng
    ns = "ticketing"
    old = [w.deploy(ns, "gate-gateway", "gate-gateway", node=w.node(i), rs="7c8d9f6b45") for i in (1, 2)]
    new = [w.deploy(ns, "gate-gateway", "gate-gateway", node=w.node(i), rs="59f4b7c8d6") for i in (2, 3)]
    sync = w.deploy(ns, "faregate-sync", "faregate-sync", node=w.node(0), rs="6b9f7d5c48")
    tapi = w.deploy(ns, "ticketing-api", "ticketing-api", node=w.node(3))

    def gw_tick(i, src):
        return zapj("info", "sync/client.go:77", "denylist delta applied", seq=88400 + i, gates_online=r.randint(205, 207))
    for s in old:
        w.every(s, 0, 100 if s is old[0] else 250, 40, 5, lambda i, s=s: gw_tick(i, s))
    w.event(60.0, ns, "Deployment", "gate-gateway", "ScalingReplicaSet", "Scaled up replica set gate-gateway-59f4b7c8d6 from 0 to 1", component="deployment-controller")
    w.event(60.2, ns, "Pod", new[0].name, "Scheduled", "Successfully assigned %s/%s to %s" % (ns, new[0].name, new[0].node), component="default-scheduler")
    w.event(62.5, ns, "Pod", new[0].name, "Pulled", 'Successfully pulled image "318742190654.dkr.ecr.eu-west-1.amazonaws.com/ticketing/gate-gateway:3.8.2" in 1.842s (1.842s including waiting). Image size: 21433012 bytes.',
            host=new[0].node, field="spec.containers{gate-gateway}")
    w.event(62.8, ns, "Pod", new[0].name, "Started", "Started container gate-gateway", host=new[0].node, field="spec.containers{gate-gateway}")

    def boot(t, p):
        w.emit(t, p, zapj("info", "cmd/gateway/main.go:39", "starting gate-gateway", version="3.8.2", commit="e41b7c0"))
        w.emit(t + 0.4, p, zapj("info", "sync/client.go:52", "connecting to sync source", upstream="faregate-sync.ticketing.svc.cluster.local:8443"))
        w.emit(t + 0.9, p, zapj("info", "sync/client.go:66", "denylist snapshot loaded", entries=18244, seq=88403))
        w.emit(t + 2.6, p, zapj("info", "gates/server.go:88", "gate listener ready", addr=":7443"))
    boot(63.0, new[0])
    w.event(64.0, ns, "Pod", new[0].name, "Unhealthy", 'Readiness probe failed: Get "http://%s:8080/readyz": dial tcp %s:8080: connect: connection refused' % (new[0].ip, new[0].ip),
            etype="Warning", host=new[0].node, field="spec.containers{gate-gateway}")
    w.event(75.0, ns, "Deployment", "gate-gateway", "ScalingReplicaSet", "Scaled down replica set gate-gateway-7c8d9f6b45 from 2 to 1", component="deployment-controller")
    w.event(75.1, ns, "Pod", old[0].name, "Killing", "Stopping container gate-gateway", host=old[0].node, field="spec.containers{gate-gateway}")
    w.emit(75.2, old[0], zapj("info", "cmd/gateway/main.go:112", "received signal, draining gate connections", signal="terminated", gates=206, grace="25s"))
    w.emit(91.7, old[0], zapj("info", "cmd/gateway/main.go:131", "drain complete", migrated=206, dropped=0))
    for j in range(4):
        w.emit(76.0 + j * 3.1, new[0], zapj("info", "gates/server.go:140", "gate reconnected", gate=r.choice(["CEN-G04", "CEN-G11", "NRT-G02", "AIR-G07", "HBF-G03"]), session_resumed=True))
    w.event(76.5, ns, "Deployment", "gate-gateway", "ScalingReplicaSet", "Scaled up replica set gate-gateway-59f4b7c8d6 from 1 to 2", component="deployment-controller")
    w.event(79.5, ns, "Pod", new[1].name, "Started", "Started container gate-gateway", host=new[1].node, field="spec.containers{gate-gateway}")
    boot(80.0, new[1])
    w.event(95.0, ns, "Deployment", "gate-gateway", "ScalingReplicaSet", "Scaled down replica set gate-gateway-7c8d9f6b45 from 1 to 0", component="deployment-controller")
    w.emit(252.0, old[1], zapj("info", "cmd/gateway/main.go:112", "received signal, draining gate connections", signal="terminated", gates=207, grace="25s"))
    w.emit(266.3, old[1], zapj("info", "cmd/gateway/main.go:131", "drain complete", migrated=207, dropped=0))
    w.emit(268.0, new[1], zapj("warn", "grpc/transport.go:1466", "[core] [Channel #3 SubChannel #4]grpc: addrConn.createTransport failed to connect to {Addr: \"172.20.91.14:8443\"}. Err: connection error: desc = \"transport: Error while dialing: dial tcp 172.20.91.14:8443: i/o timeout\". Reconnecting..."))
    w.emit(269.1, new[1], zapj("info", "sync/client.go:77", "denylist delta applied", seq=88431, gates_online=207))
    for s in new:
        w.every(s, 100, 600, 40, 5, lambda i, s=s: gw_tick(i + 30, s))

    def sync_tick(i):
        return spring("INFO", "scheduling-1", "c.r.t.faregate.DenylistPublisher", "Published denylist delta #%d to %d gates (%d added, %d removed) in %d ms" % (
            88400 + i, 413, r.randint(0, 9), r.randint(0, 4), r.randint(140, 420)))
    w.every(sync, 0, 600, 30, 3, sync_tick)

    def api_tick(i):
        return spring("INFO", "http-nio-8080-exec-%d" % r.randint(1, 20), "c.r.t.api.TicketController", "Validated ticket %s at gate %s: %s" % (
            w.hexs(10).upper(), r.choice(["CEN-G04", "CEN-G11", "NRT-G02", "AIR-G07"]), r.choice(["ACCEPTED"] * 6 + ["REJECTED_EXPIRED", "REJECTED_DENYLIST"])))
    w.every(tapi, 0, 600, 35, 8, api_tick)

    return w.record(
        "synthetic:dev24-railways",
        "We pushed gate-gateway 3.8.2 during the night window. Did the rollout go OK, and did any gates drop?",
        {"namespace": ns, "app": "gate-gateway"},
        {"severity": "INFO", "root_cause_category": "none",
         "root_cause": "No incident: a normal RollingUpdate of gate-gateway from 3.8.1 to 3.8.2.",
         "summary": "Both new pods started, loaded the denylist snapshot and became ready (one readiness failure during start-up is expected); the old pods drained their 206/207 gate connections with dropped=0, gates resumed their sessions, and denylist deltas kept flowing. A single gRPC reconnect to the sync service succeeded immediately, and REJECTED_* ticket results are normal business outcomes.",
         "action": "None needed.",
         })


# ================================================================= healthy: farm sensors, CoreDNS reload, InfluxDB compaction
@scenario("soilroutine")
def s_soilroutine():
    w = Window("soilroutine", "2026-11-06T09:00:00Z", MK8S_FARM, "fluentbit")
    r = w.rng
    ns = "telemetry"
    cd = w.deploy("kube-system", "coredns", "coredns", node=w.node(0), rs="7d9bc4d8c4")
    gw = w.deploy(ns, "sensor-gateway", "gateway", node=w.node(1), app="sensor-gateway")
    herd = w.deploy(ns, "herd-uplink", "uplink", node=w.node(2), app="herd-uplink")
    tsdb = w.sts(ns, "influxdb", 0, "influxdb", node=w.node(1))
    dash = w.deploy(ns, "barn-dashboard", "dashboard", node=w.node(2), app="barn-dashboard")

    def gw_ok(i):
        return slog("INFO", "batch uploaded", endpoint="https://ingest.agrisense-cloud.example/v2/batch", readings=r.randint(180, 260), status=202, took="%dms" % r.randint(140, 480))
    w.every(gw, 0, 600, 20, 3, gw_ok)
    w.emit(233.0, gw, slog("WARN", "probe battery low", probe="sm-11", battery_v="3.31", threshold_v="3.40"))

    def herd_ok(i):
        return pino("info", herd.name, "positions uploaded", collars=r.randint(310, 318), target="api.herdtrack.example", status=200, ms=r.randint(120, 400))
    w.every(herd, 0, 600, 30, 4, herd_ok)
    w.emit(171.0, herd, pino("warn", herd.name, "upload failed, will retry", target="api.herdtrack.example", err="getaddrinfo EAI_AGAIN api.herdtrack.example", code="EAI_AGAIN", queued=316))
    w.emit(176.2, herd, pino("info", herd.name, "positions uploaded", collars=316, target="api.herdtrack.example", status=200, ms=388, retried=True))

    # operator adds a hosts entry for the new barn printer; CoreDNS reloads
    w.emit(140.0, cd, "[INFO] Reloading")
    w.emit(140.4, cd, "[INFO] plugin/reload: Running configuration SHA512 = %s" % w.hexs(128))
    w.emit(140.4, cd, "[INFO] Reloading complete")
    w.emit(141.0, cd, '[INFO] 127.0.0.1:41873 - 22118 "HINFO IN 4410982231774410982.1229384710284711293. udp 57 false 512" NXDOMAIN qr,rd,ra 132 0.010882177s')

    def influx_tick(i):
        if i % 4 == 2:
            return 'ts=\u00a7isous\u00a7 lvl=info msg="TSM compaction (start)" log_id=0s%s service=storage-engine engine=tsm1 tsm1_strategy=level tsm1_level=2 op_name=tsm1_compact_group db_shard_id=%d op_event=start' % (w.kid(8), 412 + i)
        return 'ts=\u00a7isous\u00a7 lvl=info msg="Executing query" log_id=0s%s service=query query="SELECT mean(vwc) FROM soil.autogen.readings WHERE time > now() - 1h GROUP BY probe"' % w.kid(8)
    w.every(tsdb, 0, 600, 45, 6, influx_tick)
    w.emit(330.0, tsdb, 'ts=\u00a7isous\u00a7 lvl=info msg="TSM compaction (end)" log_id=0s%s service=storage-engine engine=tsm1 tsm1_strategy=level tsm1_level=2 op_name=tsm1_compact_group db_shard_id=418 op_event=end op_elapsed=212.441ms' % w.kid(8))

    def dash_tick(i):
        st = 200 if i % 5 else 401
        return pino("info" if st == 200 else "warn", dash.name, "GET /api/barns/summary %d" % st, upstream="http://influxdb.telemetry.svc.cluster.local:8086",
                    ms=r.randint(8, 40), user=None if st == 401 else r.choice(["barn-tablet-1", "farm-office"]))
    w.every(dash, 0, 600, 40, 6, dash_tick)

    return w.record(
        "synthetic:dev24-agriculture",
        "Quick health check of the farm telemetry stack this morning - anything to act on?",
        {"namespace": ns},
        {"severity": "INFO", "root_cause_category": "none",
         "root_cause": "No incident: sensor uploads, collar uplink, InfluxDB and CoreDNS are working normally.",
         "summary": "sensor-gateway uploads every batch with 202, herd-uplink had one EAI_AGAIN that succeeded on retry five seconds later, CoreDNS reloaded its configuration cleanly after an edit (the HINFO NXDOMAIN is its own loop-detection probe), InfluxDB runs scheduled compactions, and the dashboard's 401s are unauthenticated requests. The low-battery warning on probe sm-11 is routine maintenance.",
         "action": "None needed (optionally replace the battery on probe sm-11).",
         })


# ================================================================= healthy: GPU orthomosaic batch with autoscaler scale-up and scale-down
@scenario("imagerybatch")
def s_imagerybatch():
    w = Window("imagerybatch", "2026-07-10T07:05:00Z", GKE_IMAGERY, "otel")
    r = w.rng
    ns = "imagery"
    disp = w.deploy(ns, "imagery-dispatcher", "dispatcher", node=w.node(0))
    j1 = w.job(ns, "odm-ortho-fl2301", "odm", node=w.node(5), app="odm-ortho")
    j2 = w.job(ns, "odm-ortho-fl2302", "odm", node=w.node(6), app="odm-ortho")
    gpu_new = "gke-agri-imagery-us-gpu-l4-pool-3c9f51e0-q8vd"
    idle = w.node(4)

    w.emit(3.0, disp, "\u00a7pyms\u00a7 INFO dispatcher: created Job imagery/odm-ortho-fl2301 (gpu=1, cpu=8, memory=48Gi, deadline=2h)")
    w.event(3.2, ns, "Pod", j1.name, "Scheduled", "Successfully assigned %s/%s to %s" % (ns, j1.name, j1.node), component="default-scheduler")
    w.emit(9.0, disp, "\u00a7pyms\u00a7 INFO dispatcher: created Job imagery/odm-ortho-fl2302 (gpu=1, cpu=8, memory=48Gi, deadline=2h)")
    w.event(9.2, ns, "Pod", j2.name, "FailedScheduling",
            "0/7 nodes are available: 7 Insufficient nvidia.com/gpu. preemption: 0/7 nodes are available: 1 No preemption victims found for incoming pod, 6 Preemption is not helpful for scheduling.",
            etype="Warning", component="default-scheduler")
    w.event(19.5, ns, "Pod", j2.name, "TriggeredScaleUp", "pod triggered scale-up: [{https://www.googleapis.com/compute/v1/projects/agri-imagery-prod/zones/us-central1-a/instanceGroups/gke-agri-imagery-us-gpu-l4-pool-3c9f51e0-grp 1->2 (max: 2)}]",
            component="cluster-autoscaler")
    w.event(118.0, None, "Node", gpu_new, "RegisteredNode", "Node %s event: Registered Node %s in Controller" % (gpu_new, gpu_new), component="node-controller")
    w.event(164.0, ns, "Pod", j2.name, "Scheduled", "Successfully assigned %s/%s to %s" % (ns, j2.name, gpu_new), component="default-scheduler")
    w.event(171.0, ns, "Pod", j2.name, "Pulled", 'Container image "us-central1-docker.pkg.dev/agri-imagery-prod/odm/odm-gpu:3.5.4" already present on machine', host=gpu_new)

    def odm(i, src, fl):
        stages = ["dataset", "split", "merge", "opensfm", "openmvs", "odm_filterpoints", "odm_meshing", "mvs_texturing", "odm_georeferencing", "odm_dem", "odm_orthophoto"]
        k = i // 2
        if k >= len(stages):
            return None
        return ("[INFO]    Running %s stage" if i % 2 == 0 else "[INFO]    Finished %s stage") % stages[k]
    w.every(j1, 10, 600, 36, 6, lambda i: odm(i, j1, "fl2301"))
    w.every(j2, 180, 600, 36, 6, lambda i: odm(i, j2, "fl2302"))
    up = w.deploy(ns, "drone-upload-api", "api", node=w.node(2), app="drone-upload-api")

    def up_tick(i):
        st = r.choice([201, 201, 201, 201, 201, 409])
        return '%s - - [\u00a7clf\u00a7] "PUT /v1/flights/FL2303/images/IMG_%04d.JPG HTTP/1.1" %d %d' % (
            "10.88.%d.%d" % (r.randint(0, 7), r.randint(2, 250)), 100 + i * 9, st, 61 if st == 409 else 2)
    w.every(up, 0, 600, 22, 6, up_tick)
    w.emit(200.0, j1, "[WARNING] GPU features extraction using CUDA: reduced feature count (max 8000) due to image size")
    w.emit(201.0, j1, "[INFO]    Using GPU for extracting SIFT features")

    # cluster autoscaler removes an idle CPU node
    w.event(300.0, None, "Node", idle, "ScaleDown", "marked the node as toBeDeleted/unschedulable", component="cluster-autoscaler")
    w.event(301.5, "monitoring", "Pod", "kube-state-metrics-6b8f9c7d54-" + w.kid(5), "ScaleDown", "deleting pod for node scale down", component="cluster-autoscaler")
    w.event(402.0, None, "Node", idle, "RemovingNode", "Node %s event: Removing Node %s from Controller" % (idle, idle), component="node-controller")

    def disp_tick(i):
        return "\u00a7pyms\u00a7 INFO dispatcher: reconcile loop done jobs_running=%d jobs_pending=%d jobs_succeeded_24h=%d" % (1 if i < 3 else 2, 1 if i < 3 else 0, 41)
    w.every(disp, 30, 600, 60, 4, disp_tick)

    return w.record(
        "synthetic:dev24-agriculture",
        "Two orthomosaic jobs were submitted this morning and I saw a FailedScheduling event. Is anything stuck?",
        {"namespace": ns},
        {"severity": "INFO", "root_cause_category": "none",
         "root_cause": "No incident: the second GPU job briefly waited for capacity and the cluster autoscaler added a GPU node as designed.",
         "summary": "odm-ortho-fl2302 got one FailedScheduling (Insufficient nvidia.com/gpu), then TriggeredScaleUp grew the L4 pool from 1 to 2 nodes, the new node registered and the pod was scheduled about 2.5 minutes later; both ODM jobs progress through their stages. The ScaleDown/RemovingNode events are the autoscaler removing an idle CPU node.",
         "action": "None needed.",
         })


# ================================================================= healthy: newsroom CMS and live blogs on a normal afternoon
@scenario("deskafternoon")
def s_deskafternoon():
    w = Window("deskafternoon", "2026-03-11T14:30:00Z", OCP_NEWS, "openshift")
    r = w.rng
    ns = "liveblog"
    lb = [w.deploy(ns, "liveblog", "liveblog", node=w.node(i), rs="6f8b7d9c45") for i in (0, 2)]
    wk = w.deploy(ns, "liveblog-worker", "worker", node=w.node(1), app="liveblog-worker")
    pgb = w.deploy(ns, "pgbouncer", "pgbouncer", node=w.node(1))
    pg = w.sts(ns, "liveblog-pg", 0, "postgres", node=w.node(3))
    wire = w.deploy(ns, "wire-bridge", "wire-bridge", node=w.node(1))

    def get(i, src):
        path = r.choice(["/api/liveblogs/%s/entries/?since=%d" % (r.choice(["cup-final-2026", "budget-2026", "storm-ciara"]), r.randint(100, 999)),
                         "/api/liveblogs/budget-2026/", "/health/"])
        st = 200
        if i % 9 == 4:
            path, st = "/api/liveblogs/budget-2025/", 404
        if i % 13 == 7:
            path, st = "/api/liveblogs/budget-2026/entries/", 401
        size = {404: 23, 401: 58}.get(st, 16 if path == "/health/" else r.randint(900, 24000))
        method = "POST" if st == 401 else "GET"
        return gunicorn_access(w, "10.131.0.%d" % r.randint(2, 40), method, path, st, size, ua="node-fetch/1.0 (+https://github.com/bitinn/node-fetch)")
    for s in lb:
        w.every(s, 0, 600, 16, 4, lambda i, s=s: get(i, s))
    w.emit(66.0, lb[0].err(), pylog("WARNING", "django.request", "Not Found: /api/liveblogs/budget-2025/"))
    w.emit(140.0, lb[1].err(), pylog("WARNING", "django.request", "Unauthorized: /api/liveblogs/budget-2026/entries/"))
    w.emit(3.0, lb[1].err(), "/opt/app-root/lib64/python3.11/site-packages/django/db/models/fields/__init__.py:1145: RemovedInDjango60Warning: The default scheme will be changed from 'http' to 'https' in Django 6.0. Pass the forms.URLField.assume_scheme argument to silence this warning, or set the FORMS_URLFIELD_ASSUME_HTTPS transitional setting to True to opt into using 'https' as the new default scheme.")

    def wk_tick(i):
        u = w.uuid()
        if i == 5:
            return [(0, "[\u00a7py\u00a7: INFO/ForkPoolWorker-2] Task liveblog.tasks.push_update[%s] retry: Retry in 5s: ConnectionError('Connection to push.thecourier.example timed out')" % u),
                    (5.6, "[\u00a7py\u00a7: INFO/ForkPoolWorker-2] Task liveblog.tasks.push_update[%s] succeeded in 0.412s: {'sent': 1, 'entry': 88412}" % u)]
        return [(0, "[\u00a7py\u00a7: INFO/MainProcess] Task liveblog.tasks.push_update[%s] received" % u),
                (r.uniform(0.2, 0.7), "[\u00a7py\u00a7: INFO/ForkPoolWorker-%d] Task liveblog.tasks.push_update[%s] succeeded in %.3fs: {'sent': 1, 'entry': %d}" % (r.randint(1, 4), u, r.uniform(0.1, 0.6), 88400 + i))]
    w.every(wk, 0, 600, 45, 10, wk_tick)

    def pgb_stats(i):
        return "\u00a7pg\u00a7 [1] LOG stats: %d xacts/s, %d queries/s, %d client parses/s, 0 server parses/s, 0 binds/s, in %d B/s, out %d B/s, xact %d us, query %d us, wait %d us" % (
            r.randint(30, 70), r.randint(80, 160), r.randint(0, 3), r.randint(9000, 21000), r.randint(90000, 190000), r.randint(900, 2600), r.randint(400, 1100), r.randint(4, 40))
    w.every(pgb, 0, 600, 60, 0.5, pgb_stats)
    w.emit(88.0, pg, "\u00a7pg\u00a7 [2231] LOG:  automatic vacuum of table \"liveblog.public.liveblog_entry\": index scans: 1")
    w.emit(88.001, pg, "\tpages: 0 removed, 20411 remain, 3120 scanned (15.29% of total)")
    w.emit(88.002, pg, "\ttuples: 4120 removed, 881230 remain, 12 are dead but not yet removable, oldest xmin: 77120455")
    w.emit(210.0, pg, "\u00a7pg\u00a7 [67] LOG:  checkpoint starting: time")
    w.emit(480.0, pg, "\u00a7pg\u00a7 [67] LOG:  checkpoint complete: wrote 1402 buffers (8.6%); 0 WAL file(s) added, 0 removed, 1 recycled; write=269.771 s, sync=0.008 s, total=269.804 s; sync files=44, longest=0.003 s, average=0.001 s; distance=11892 kB, estimate=14120 kB; lsn=1F/9A1C22B0, redo lsn=1F/98E0C1A8")
    w.emit(301.0, pg, "\u00a7pg\u00a7 [44120] FATAL:  password authentication failed for user \"readonly_bi\"")
    w.emit(301.001, pg, "\u00a7pg\u00a7 [44120] DETAIL:  Connection matched file \"/var/lib/pgsql/data/userdata/pg_hba.conf\" line 12: \"host all all 0.0.0.0/0 scram-sha-256\"")
    w.emit(306.4, pg, "\u00a7pg\u00a7 [44131] LOG:  connection authorized: user=readonly_bi database=liveblog application_name=metabase SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)")

    def wire_tick(i):
        return pylog("INFO", "wirebridge.publish", "Posted wire entry %d to liveblog %s (source=%s, author=desk-bot, urn=urn:%s:story:%s)" % (
            r.randint(441900, 442900), r.choice(["storm-ciara", "cup-final-2026"]), r.choice(["PA", "Northline"]), r.choice(["pa", "northline"]), w.hexs(12)))
    w.every(wire, 0, 600, 70, 10, wire_tick)

    return w.record(
        "synthetic:dev24-newsroom",
        "Anything unusual on the live blog platform this afternoon? An editor thought updates looked slow.",
        {"namespace": ns},
        {"severity": "INFO", "root_cause_category": "none",
         "root_cause": "No incident: the live blog API, workers and database are operating normally.",
         "summary": "All API requests return 200 apart from expected 404s (old budget-2025 blog) and 401s (unauthenticated writes); one push_update task retried once after a timeout and succeeded; pgbouncer stats, autovacuum and checkpoints are routine, and a single failed BI login was followed by a successful one. The Django RemovedInDjango60Warning is a deprecation notice.",
         "action": "None needed.",
         })


# ================================================================= healthy: match night autoscaling on the web frontend
@scenario("matchnight")
def s_matchnight():
    w = Window("matchnight", "2026-05-16T19:50:00Z", AKS_WEB, "alloy")
    r = w.rng
    ns = "web"
    fe = [w.deploy(ns, "frontend", "next", node=w.node(1 + i % 3), rs="84c9f7d6b5", app="frontend") for i in range(4)]
    new = [w.deploy(ns, "frontend", "next", node=w.node(1 + i % 3), rs="84c9f7d6b5", app="frontend") for i in range(3)]
    newnode = "aks-web-73920415-vmss000004"
    purger = w.deploy("delivery", "cdn-purger", "purger", node=w.node(2))
    ing = w.deploy("app-routing-system", "nginx", "controller", node=w.node(0), app="nginx")

    def fe_tick(i, src):
        return pino("info", src.name, "GET /sport/live/2026/05/16/cup-final-live 200", cache="HIT" if i % 3 else "MISS", ms=r.randint(4, 90))
    for s in fe:
        w.every(s, 0, 600, 45, 8, lambda i, s=s: fe_tick(i, s))
    w.event(62.0, ns, "HorizontalPodAutoscaler", "frontend", "SuccessfulRescale", "New size: 7; reason: cpu resource utilization (percentage of request) above target",
            component="horizontal-pod-autoscaler")
    w.event(62.2, ns, "Deployment", "frontend", "ScalingReplicaSet", "Scaled up replica set frontend-84c9f7d6b5 from 4 to 7", component="deployment-controller")
    w.event(62.5, ns, "Pod", new[2].name, "FailedScheduling", "0/4 nodes are available: 1 node(s) had untolerated taint {CriticalAddonsOnly: true}, 3 Insufficient cpu. preemption: 0/4 nodes are available: 1 Preemption is not helpful for scheduling, 3 No preemption victims found for incoming pod.",
            etype="Warning", component="default-scheduler")
    w.event(72.0, ns, "Pod", new[2].name, "TriggeredScaleUp", "pod triggered scale-up: [{aks-web-73920415-vmss 3->4 (max: 8)}]", component="cluster-autoscaler")
    for j, s in enumerate(new[:2]):
        w.event(63.0 + j, ns, "Pod", s.name, "Started", "Started container next", host=s.node, field="spec.containers{next}")
        w.emit(64.2 + j, s, pino("info", s.name, "ready - started server on 0.0.0.0:3000"))
        w.event(64.6 + j, ns, "Pod", s.name, "Unhealthy", 'Readiness probe failed: Get "http://%s:3000/api/healthz": dial tcp %s:3000: connect: connection refused' % (s.ip, s.ip),
                etype="Warning", host=s.node, field="spec.containers{next}")
    w.event(168.0, None, "Node", newnode, "RegisteredNode", "Node %s event: Registered Node %s in Controller" % (newnode, newnode), component="node-controller")
    w.event(196.0, ns, "Pod", new[2].name, "Scheduled", "Successfully assigned %s/%s to %s" % (ns, new[2].name, newnode), component="default-scheduler")
    w.event(203.0, ns, "Pod", new[2].name, "Pulled", 'Successfully pulled image "crnewsweb.azurecr.io/web/frontend:14.2.1" in 5.318s (5.318s including waiting). Image size: 148220117 bytes.',
            host=newnode, field="spec.containers{next}")
    w.emit(205.0, new[2], pino("info", new[2].name, "ready - started server on 0.0.0.0:3000"))
    for s in new:
        w.every(s, 210, 600, 45, 8, lambda i, s=s: fe_tick(i, s))

    def purge_tick(i):
        return zapj("info", "purge/fastly.go:88", "purge ok", keys=r.randint(3, 12), status=200, ratelimit_remaining=r.randint(650, 990), took_ms=r.randint(90, 210))
    w.every(purger, 0, 600, 40, 8, purge_tick)

    def ing_tick(i):
        if i % 10 == 9:
            return nginx_access(w, client_ip(w), "GET", "/sport/live/2026/05/16/cup-final-live/amp", 404, 548, 0.011, "web-frontend-3000", fe[0].ip + ":3000")
        return nginx_access(w, client_ip(w), "GET", "/api/live/cup-final-live/updates?since=%d" % r.randint(100, 999), 200, r.randint(400, 9000),
                            r.uniform(0.004, 0.04), "web-frontend-3000", r.choice(fe).ip + ":3000")
    w.every(ing, 0, 600, 14, 4, ing_tick)

    return w.record(
        "synthetic:dev24-newsroom",
        "Traffic jumped at kick-off and I saw FailedScheduling and probe warnings on the frontend. Should I be worried?",
        {"namespace": ns, "app": "frontend"},
        {"severity": "INFO", "root_cause_category": "none",
         "root_cause": "No incident: expected autoscaling during the match traffic peak.",
         "summary": "The HPA scaled the frontend from 4 to 7 replicas; two new pods started at once (one readiness failure each while booting), the third waited briefly for CPU, triggered a cluster-autoscaler scale-up, was scheduled on the new node about two minutes later and started. CDN purges succeed with plenty of API quota, and the 404s are for an AMP URL that does not exist.",
         "action": "None needed.",
         })


# ================================================================= healthy: depot certificate renewal via ACME
@scenario("depotcerts")
def s_depotcerts():
    w = Window("depotcerts", "2026-10-09T04:00:00Z", RKE2_DEPOT, "promtail")
    r = w.rng
    ns = "depot"
    cm = w.deploy("cert-manager", "cert-manager", "cert-manager-controller", node=w.node(1), app="cert-manager")
    ing = w.ds("kube-system", "rke2-ingress-nginx-controller", "rke2-ingress-nginx-controller", w.node(2), app="rke2-ingress-nginx")
    runner = w.deploy(ns, "work-order-runner", "runner", node=w.node(1))
    portal = w.deploy(ns, "maintenance-portal", "portal", node=w.node(3))
    key = "depot/maintenance-portal-tls"
    cert = "maintenance-portal-tls"
    token = w.kid(43)

    def cmlog(t, lvl, where, msg):
        w.emit(t, cm, "%s\u00a7klog\u00a7       1 %s] %s" % (lvl, where, msg))
    cmlog(30.0, "I", "trigger_controller.go:215", '"Certificate must be re-issued" logger="cert-manager.certificates-trigger" key="%s" reason="Renewing" message="Renewing certificate as renewal was scheduled at 2026-10-09 04:00:12 +0000 UTC"' % key)
    cmlog(30.1, "I", "conditions.go:203", 'Setting lastTransitionTime for Certificate "%s" condition "Issuing" to 2026-10-09 04:00:30.100412877 +0000 UTC m=+2419873.221044190' % cert)
    w.event(30.2, ns, "Certificate", cert, "Issuing", "Renewing certificate as renewal was scheduled at 2026-10-09 04:00:12 +0000 UTC", component="cert-manager-certificates-trigger")
    w.event(30.9, ns, "Certificate", cert, "Requested", 'Created new CertificateRequest resource "maintenance-portal-tls-5"', component="cert-manager-certificates-request-manager")
    w.event(31.4, ns, "CertificateRequest", "maintenance-portal-tls-5", "OrderCreated", 'Created Order resource depot/maintenance-portal-tls-5-2871004512', component="cert-manager-certificaterequests-issuer-acme")
    cmlog(33.0, "I", "acme.go:236", '"getting HTTP01 challenge self-check response" logger="cert-manager.challenges.http01.selfCheck" resource_name="maintenance-portal-tls-5-2871004512-1920411827" resource_namespace="depot" resource_kind="Challenge" resource_version="v1" dnsName="portal.depot.northlink-rail.example" type="HTTP-01"')
    w.emit(33.5, cm, 'E\u00a7klog\u00a7       1 sync.go:190] "propagation check failed" err="failed to perform self check GET request \'http://portal.depot.northlink-rail.example/.well-known/acme-challenge/%s\': Get \\"http://portal.depot.northlink-rail.example/.well-known/acme-challenge/%s\\": dial tcp 10.20.40.15:80: connect: connection refused" logger="cert-manager.challenges" resource_name="maintenance-portal-tls-5-2871004512-1920411827" resource_namespace="depot" resource_kind="Challenge" resource_version="v1" dnsName="portal.depot.northlink-rail.example" type="HTTP-01"' % (token, token))
    w.emit(34.8, ing, "I\u00a7klog\u00a7       7 controller.go:193] \"Configuration changes detected, backend reload required\"")
    w.emit(35.6, ing, "I\u00a7klog\u00a7       7 controller.go:213] \"Backend successfully reloaded\"")
    w.emit(35.6, ing, "I\u00a7klog\u00a7       7 event.go:377] Event(v1.ObjectReference{Kind:\"Pod\", Namespace:\"kube-system\", Name:\"%s\", UID:\"%s\", APIVersion:\"v1\", ResourceVersion:\"%s\", FieldPath:\"\"}): type: 'Normal' reason: 'RELOAD' NGINX reload triggered due to a change in configuration" % (ing.name, ing.uid, w.rv()))
    w.emit(44.0, ing, '34.210.%d.%d - - [\u00a7clf\u00a7] "GET /.well-known/acme-challenge/%s HTTP/1.1" 200 87 "-" "Go-http-client/1.1" 232 0.001 [depot-cm-acme-http-solver-%s-8089] [] 10.42.1.%d:8089 87 0.001 200 %s' % (
        r.randint(1, 254), r.randint(1, 254), token, w.kid(5), r.randint(2, 250), w.hexs(32)))
    cmlog(45.0, "I", "sync.go:343", '"accepting challenge authorization" logger="cert-manager.challenges.acceptChallenge" resource_name="maintenance-portal-tls-5-2871004512-1920411827" resource_namespace="depot" resource_kind="Challenge" resource_version="v1" dnsName="portal.depot.northlink-rail.example" type="HTTP-01"')
    cmlog(51.0, "I", "sync.go:379", '"successfully authorized domain" logger="cert-manager.challenges.acceptChallenge" resource_name="maintenance-portal-tls-5-2871004512-1920411827" resource_namespace="depot" resource_kind="Challenge" resource_version="v1" dnsName="portal.depot.northlink-rail.example" type="HTTP-01"')
    w.event(58.0, ns, "CertificateRequest", "maintenance-portal-tls-5", "CertificateIssued", "Certificate fetched from issuer successfully", component="cert-manager-certificaterequests-issuer-acme")
    w.event(58.6, ns, "Certificate", cert, "Issuing", "The certificate has been successfully issued", component="cert-manager-certificates-issuing")
    w.emit(61.0, ing, "I\u00a7klog\u00a7       7 backend_ssl.go:67] \"Updating ssl certificate\" namespace=\"depot\" secret=\"maintenance-portal-tls\"")
    w.emit(62.0, ing, "I\u00a7klog\u00a7       7 controller.go:213] \"Backend successfully reloaded\"")

    def ing_tick(i):
        if i % 8 == 5:
            return nginx_access(w, "10.20.%d.%d" % (r.randint(1, 30), r.randint(2, 250)), "GET", "/api/v1/workorders/?status=open", 401, 58, 0.006,
                                "depot-maintenance-portal-8000", portal.ip + ":8000", ua="curl/8.5.0")
        return nginx_access(w, "10.20.%d.%d" % (r.randint(1, 30), r.randint(2, 250)), "GET", r.choice(["/api/v1/workorders/?status=open", "/static/app.3f9e1c.js", "/api/v1/units/390044"]),
                            200, r.randint(900, 40000), r.uniform(0.004, 0.05), "depot-maintenance-portal-8000", portal.ip + ":8000")
    w.every(ing, 70, 600, 22, 6, ing_tick)

    def runner_tick(i):
        wo = 88600 + i
        kind, img = r.choice([("wheel-lathe-measure", "wheelprofile"), ("bogie-vibration", "vibe"), ("pantograph-wear", "panto")])
        job = "wo-%d-%s" % (wo, kind)
        return [(0, pylog("INFO", "runner.jobs", "Created Job depot/%s (image=registry.depot.rail/diag/%s:3.2)" % (job, img))),
                (r.uniform(120, 200), pylog("INFO", "runner.jobs", "Job depot/%s completed in %ds, report uploaded to s3://depot-reports/2026/10/09/wo-%d.pdf" % (job, r.randint(110, 190), wo)))]
    w.every(runner, 0, 420, 70, 15, runner_tick)

    return w.record(
        "synthetic:dev24-railways",
        "cert-manager logged a 'propagation check failed' error for the depot portal certificate this morning. Is the renewal broken?",
        {"namespace": ns},
        {"severity": "INFO", "root_cause_category": "none",
         "root_cause": "No incident: a scheduled ACME renewal of maintenance-portal-tls that succeeded.",
         "summary": "cert-manager started the scheduled renewal; the first HTTP-01 self-check failed once because ingress-nginx had not yet reloaded with the solver route, the reload happened a second later, the challenge was served (200), authorized, and the certificate was issued and loaded by the ingress. Work-order Jobs run normally and the 401s are unauthenticated curl calls.",
         "action": "None needed.",
         })


# ================================================================= healthy: Kafka consumer group rebalance during a deploy
@scenario("silorebalance")
def s_silorebalance():
    w = Window("silorebalance", "2026-10-02T10:15:00Z", TALOS_GRAIN, "promtail")
    r = w.rng
    ns = "grain"
    kafka = w.sts(ns, "grain-kafka", 0, "kafka", node=w.node(1))
    old = w.deploy(ns, "silo-events-consumer", "consumer", node=w.node(2), rs="5d7f8c9b64")
    new = w.deploy(ns, "silo-events-consumer", "consumer", node=w.node(3), rs="7f9b5c6d48")
    other = w.deploy(ns, "silo-events-consumer", "consumer", node=w.node(1), rs="7f9b5c6d48")
    wb = w.deploy(ns, "weighbridge-api", "weighbridge-api", node=w.node(3))
    pri = w.sts(ns, "grain-mysql", 0, "mysql", node=w.node(1))
    grp = "silo-events"

    def consume(i, src):
        return spring("INFO", "org.springframework.kafka.KafkaListenerEndpointContainer#0-0-C-1", "c.g.ops.silo.SiloEventListener",
                      "Processed %d silo events (fill levels S1..S8, temps) lag=%d" % (r.randint(40, 120), r.randint(0, 30)), app="silo-events-consumer")
    w.every(old, 0, 110, 25, 4, lambda i: consume(i, old))
    w.every(other, 0, 600, 25, 4, lambda i: consume(i, other))

    kc = "org.apache.kafka.clients.consumer.internals.ConsumerCoordinator"

    def coord(t, src, msg):
        w.emit(t, src, spring("INFO", "org.springframework.kafka.KafkaListenerEndpointContainer#0-0-C-1", kc,
                              "[Consumer clientId=consumer-silo-events-1, groupId=%s] %s" % (grp, msg), app="silo-events-consumer"))

    w.event(105.0, ns, "Deployment", "silo-events-consumer", "ScalingReplicaSet", "Scaled up replica set silo-events-consumer-7f9b5c6d48 from 1 to 2", component="deployment-controller")
    w.emit(121.0, new, spring("INFO", "main", "c.g.ops.silo.SiloConsumerApplication", "Started SiloConsumerApplication in 9.412 seconds (process running for 10.37)", app="silo-events-consumer"))
    w.emit(121.5, kafka, "[\u00a7py\u00a7] INFO [GroupCoordinator 0]: Preparing to rebalance group %s in state PreparingRebalance with old generation 41 (__consumer_offsets-12) (reason: Adding new member consumer-silo-events-1-%s with group instance id None; client reason: need to re-join with the given member-id: consumer-silo-events-1-%s) (kafka.coordinator.group.GroupCoordinator)" % (grp, w.uuid(), w.uuid()))
    coord(122.0, other, "Request joining group due to: group is already rebalancing")
    w.emit(122.1, other, spring("WARN", "kafka-coordinator-heartbeat-thread | silo-events", "o.a.k.c.c.internals.AbstractCoordinator",
                                "[Consumer clientId=consumer-silo-events-1, groupId=%s] Attempt to heartbeat failed since group is rebalancing" % grp, app="silo-events-consumer"))
    coord(122.3, other, "Revoke previously assigned partitions silo-events-0, silo-events-1, silo-events-2, silo-events-3, silo-events-4, silo-events-5")
    coord(122.5, other, "(Re-)joining group")
    coord(122.6, new, "(Re-)joining group")
    w.emit(125.0, kafka, "[\u00a7py\u00a7] INFO [GroupCoordinator 0]: Stabilized group %s generation 42 (__consumer_offsets-12) with 3 members (kafka.coordinator.group.GroupCoordinator)" % grp)
    coord(125.2, other, "Successfully joined group with generation Generation{generationId=42, memberId='consumer-silo-events-1-%s', protocol='range'}" % w.uuid())
    coord(125.3, new, "Successfully joined group with generation Generation{generationId=42, memberId='consumer-silo-events-1-%s', protocol='range'}" % w.uuid())
    w.emit(125.4, kafka, "[\u00a7py\u00a7] INFO [GroupCoordinator 0]: Assignment received from leader consumer-silo-events-1-%s for group %s for generation 42. The group has 3 members, 0 of which are static. (kafka.coordinator.group.GroupCoordinator)" % (w.uuid(), grp))
    coord(125.6, other, "Adding newly assigned partitions: silo-events-2, silo-events-3")
    coord(125.7, new, "Adding newly assigned partitions: silo-events-4, silo-events-5")
    coord(125.8, new, "Setting offset for partition silo-events-4 to the committed offset FetchPosition{offset=884120, offsetEpoch=Optional[7], currentLeader=LeaderAndEpoch{leader=Optional[grain-kafka-0.grain-kafka-headless.grain.svc.cluster.local:9092 (id: 0 rack: null)], epoch=7}}")
    w.event(131.0, ns, "Deployment", "silo-events-consumer", "ScalingReplicaSet", "Scaled down replica set silo-events-consumer-5d7f8c9b64 from 1 to 0", component="deployment-controller")
    w.emit(131.3, old, spring("INFO", "SpringApplicationShutdownHook", "o.s.k.l.KafkaMessageListenerContainer", "%s: partitions revoked: [silo-events-0, silo-events-1]" % grp, app="silo-events-consumer"))
    w.emit(131.5, old, spring("INFO", "SpringApplicationShutdownHook", kc, "[Consumer clientId=consumer-silo-events-1, groupId=%s] Member consumer-silo-events-1-%s sending LeaveGroup request to coordinator grain-kafka-0.grain-kafka-headless.grain.svc.cluster.local:9092 (id: 2147483647 rack: null) due to the consumer unsubscribed from all topics" % (grp, w.uuid()), app="silo-events-consumer"))
    w.emit(131.7, kafka, "[\u00a7py\u00a7] INFO [GroupCoordinator 0]: Preparing to rebalance group %s in state PreparingRebalance with old generation 42 (__consumer_offsets-12) (reason: Removing member consumer-silo-events-1-%s on LeaveGroup; client reason: the consumer unsubscribed from all topics) (kafka.coordinator.group.GroupCoordinator)" % (grp, w.uuid()))
    w.emit(134.6, kafka, "[\u00a7py\u00a7] INFO [GroupCoordinator 0]: Stabilized group %s generation 43 (__consumer_offsets-12) with 2 members (kafka.coordinator.group.GroupCoordinator)" % grp)
    coord(134.9, other, "Adding newly assigned partitions: silo-events-0, silo-events-1, silo-events-2")
    coord(135.0, new, "Adding newly assigned partitions: silo-events-3, silo-events-4, silo-events-5")
    w.every(new, 140, 600, 25, 4, lambda i: consume(i, new))

    def wb_tick(i):
        return spring("INFO", "http-nio-8080-exec-%d" % r.randint(1, 20), "c.g.ops.weighbridge.TicketService",
                      "Ticket %d line %d recorded: %s net=%dkg moisture=%.1f%% silo=%s" % (88401 + i // 3, i % 3 + 1, r.choice(["wheat", "barley"]), r.randint(18000, 29000),
                                                                                           r.uniform(13, 16), r.choice(["S1", "S2", "S4", "S7"])), app="weighbridge-api")
    w.every(wb, 0, 600, 40, 8, wb_tick)
    w.emit(250.0, pri, mysql(41877, "Note", "MY-010914", "Server", "Aborted connection 41877 to db: 'grain' user: 'reports' host: '10.244.1.37' (Got an error reading communication packets)."))
    w.emit(10.0, kafka, "[\u00a7py\u00a7] INFO [LogLoader partition=silo-events-3, dir=/var/lib/kafka/data] Incrementing log start offset to 712004 due to segment deletion (kafka.log.UnifiedLog)")

    return w.record(
        "synthetic:dev24-agriculture",
        "During the silo-events-consumer deploy I saw 'heartbeat failed since group is rebalancing' warnings. Did we lose any silo events?",
        {"namespace": ns, "app": "silo-events-consumer"},
        {"severity": "INFO", "root_cause_category": "none",
         "root_cause": "No incident: a normal Kafka consumer-group rebalance caused by the rolling deploy.",
         "summary": "The new consumer joined (generation 42), the old one left with a LeaveGroup (generation 43), partitions were revoked and reassigned and consumption resumed from committed offsets with low lag. The heartbeat warning is the expected rebalance signal; the MySQL aborted-connection note and Kafka segment deletion are routine.",
         "action": "None needed.",
         })


# ---------------------------------------------------------------- output order (hand-written)
ORDER = [
    "farecaps", "soilroutine", "searchdisk", "valves", "apnskey", "possessions", "renditions", "matchnight",
    "farmresolver", "departureboards", "weighbridge", "openapi", "collarhistory", "nightlyfeed", "vehiclefeed", "brokercert",
    "breakingpush", "scenefetch", "pumphouse", "depotcerts", "budgetlive", "yieldmodel", "workorders", "electionpurge",
    "silorebalance", "gatesync", "relatedreads", "newsletter", "ciliumnode", "imagerybatch", "entitlements", "siloreplica",
    "wireagency", "seasontickets", "deskafternoon", "photouploads", "collars", "orthomosaic", "gaterollout", "vehiclelocation",
]

CATEGORIES = ["oom_killed", "application_error", "image_pull", "probe_failure", "scheduling",
              "dns_resolution", "connection_refused", "timeout", "tls_certificate", "auth_failure",
              "config_error", "resource_exhausted", "storage", "database", "rate_limited", "node_failure"]


def main(argv):
    partial = "--partial" in argv
    names = list(ORDER) if not partial else list(ORDER) + [n for n in SCENARIOS if n not in ORDER]
    recs = []
    for name in names:
        if name not in SCENARIOS:
            if partial:
                continue
            raise SystemExit("scenario %s is not defined" % name)
        recs.append(SCENARIOS[name]())
    for i, r in enumerate(recs, 1):
        r["id"] = "dev24-%02d" % i
    if not partial:
        assert len(recs) == 40, len(recs)
        assert sorted(ORDER) == sorted(SCENARIOS), "ORDER and SCENARIOS differ"
        cats = [r["expected"]["root_cause_category"] for r in recs]
        assert cats.count("none") == 8, cats.count("none")
        for c in CATEGORIES:
            assert cats.count(c) == 2, (c, cats.count(c))
    for r in recs:
        e = r["expected"]
        if e["root_cause_category"] == "none":
            assert e["evidence"] == [] and e["severity"] == "INFO" and "component" not in e, r["id"]
        else:
            assert e["evidence"] and e["severity"] in ("WARN", "ERROR", "CRITICAL"), r["id"]
            assert all(0 <= i < len(r["logs"]) for i in e["evidence"]), r["id"]
        assert r["source"].startswith("synthetic:dev24-"), r["id"]
        tss = [l["ts"] for l in r["logs"]]
        assert tss == sorted(tss), r["id"]
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(recs), OUT))


if __name__ == "__main__":
    import sys
    main(sys.argv[1:])
