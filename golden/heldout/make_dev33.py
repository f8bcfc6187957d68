#!/usr/bin/env python3
"""Deterministic generator for the dev33 held-out set (healthy vs. minor incidents).

Standard library only.  Never reads the wall clock, the environment, the locale or the
local time zone: every instant is an integer count of microseconds since the Unix epoch
in UTC, and every rendering (month names included) is done by hand below.

Usage:  python3 /tmp/dev33/make_dev33.py            (writes dev33.jsonl next to this file)
"""
import hashlib
import json
import os
import random
import re
from datetime import datetime, timedelta, timezone

SEED = 203333
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dev33.jsonl")

EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
US = 1_000_000

# --------------------------------------------------------------------------- time


def us_of(y, mo, d, h=0, mi=0, s=0):
    """Microseconds since the epoch for a UTC civil time (no local zone involved)."""
    return int((datetime(y, mo, d, h, mi, s, tzinfo=timezone.utc) - EPOCH).total_seconds()) * US


def _civil(us, off_min=0):
    return EPOCH + timedelta(microseconds=us + off_min * 60 * US)


def _zone(off_min, z=True, colon=True):
    if off_min == 0 and z:
        return "Z"
    sign = "+" if off_min >= 0 else "-"
    a = abs(off_min)
    return "%s%02d%s%02d" % (sign, a // 60, ":" if colon else "", a % 60)


_PREC = {0: US, 3: 1000, 6: 1, 7: 1, 9: 1}


class T:
    """Renders one instant in the formats real software prints.

    In probe mode it only records the coarsest precision a line needs, so that the
    window builder can put the line's ts exactly on that grid (the embedded timestamp
    and the record's ts are then the very same instant)."""

    def __init__(self, us):
        self.us = us
        self.need = 1

    def _q(self, digits):
        self.need = max(self.need, _PREC[digits])

    @staticmethod
    def _frac(d, digits):
        if digits == 0:
            return ""
        if digits == 3:
            return ".%03d" % (d.microsecond // 1000)
        if digits == 6:
            return ".%06d" % d.microsecond
        if digits == 7:
            return ".%06d0" % d.microsecond
        if digits == 9:  # Go RFC3339Nano: trailing zeros trimmed
            f = ("%06d" % d.microsecond).rstrip("0")
            return "." + f if f else ""
        raise ValueError(digits)

    def ts(self):
        d = _civil(self.us)
        return "%04d-%02d-%02dT%02d:%02d:%02d.%06dZ" % (
            d.year, d.month, d.day, d.hour, d.minute, d.second, d.microsecond)

    def iso(self, digits=3, off=0, z=True):
        """RFC 3339: 2026-03-04T12:00:01.123Z / +01:00."""
        self._q(digits)
        d = _civil(self.us, off)
        return "%04d-%02d-%02dT%02d:%02d:%02d%s%s" % (
            d.year, d.month, d.day, d.hour, d.minute, d.second, self._frac(d, digits),
            _zone(off, z))

    def sp(self, digits=3, sep=".", zone=""):
        """Zone-less UTC '2026-03-04 12:00:01.123' (python logging uses sep=',').
        zone may be ' UTC' (PostgreSQL) or ' +0000'."""
        self._q(digits)
        d = _civil(self.us)
        f = self._frac(d, digits)
        if f:
            f = sep + f[1:]
        return "%04d-%02d-%02d %02d:%02d:%02d%s%s" % (
            d.year, d.month, d.day, d.hour, d.minute, d.second, f, zone)

    def klog(self):
        """klog header body after the level letter: '0304 12:00:01.123456'."""
        self._q(6)
        d = _civil(self.us)
        return "%02d%02d %02d:%02d:%02d.%06d" % (d.month, d.day, d.hour, d.minute, d.second,
                                                 d.microsecond)

    def clf(self, off=0):
        """Common log format: '04/Mar/2026:12:00:01 +0000'."""
        self._q(0)
        d = _civil(self.us, off)
        return "%02d/%s/%04d:%02d:%02d:%02d %s" % (d.day, MON[d.month - 1], d.year, d.hour,
                                                  d.minute, d.second, _zone(off, False, False))

    def syslog(self):
        """RFC 3164: 'Mar  4 12:00:01' (UTC host)."""
        self._q(0)
        d = _civil(self.us)
        return "%s %2d %02d:%02d:%02d" % (MON[d.month - 1], d.day, d.hour, d.minute, d.second)

    def slash(self, digits=0):
        """nginx error log / Go log: '2026/03/04 12:00:01' (optionally .123456)."""
        self._q(digits)
        d = _civil(self.us)
        return "%04d/%02d/%02d %02d:%02d:%02d%s" % (d.year, d.month, d.day, d.hour, d.minute,
                                                    d.second, self._frac(d, digits))

    def epoch_s(self):
        self._q(0)
        return "%d" % (self.us // US)

    def epoch_ms(self):
        self._q(3)
        return "%d" % (self.us // 1000)

    def epoch_f(self):
        """zap's EpochTimeEncoder (float seconds, shortest form)."""
        self._q(6)
        s = "%d.%06d" % (self.us // US, self.us % US)
        return s.rstrip("0").rstrip(".")


# --------------------------------------------------------------------------- window


class Win:
    """Accumulates log lines with monotonically non-decreasing instants."""

    def __init__(self, rng, start_us):
        self.rng = rng
        self.t = start_us
        self.logs = []
        self.ev = []

    def add(self, gap, labels, fn, ev=False):
        if isinstance(gap, tuple):
            gap = self.rng.uniform(gap[0], gap[1])
        raw = self.t + int(round(gap * US)) + self.rng.randrange(0, 1000)
        probe = T(raw)
        state = self.rng.getstate()
        fn(probe)
        self.rng.setstate(state)  # the final rendering sees the same random draws
        q = probe.need
        fl = raw - raw % q
        inst = fl if fl >= self.t else fl + q
        self.t = inst
        t = T(inst)
        line = fn(t)
        if ev:
            self.ev.append(len(self.logs))
        self.logs.append({"ts": t.ts(), "labels": dict(labels), "line": line})
        return len(self.logs) - 1


# --------------------------------------------------------------------------- random ids

K8S_ALNUM = "bcdfghjklmnpqrstvwxz2456789"
HEX = "0123456789abcdef"
LOW = "abcdefghijklmnopqrstuvwxyz"
LOWNUM = "abcdefghijklmnopqrstuvwxyz0123456789"


def rs(rng, n, alphabet=K8S_ALNUM):
    return "".join(rng.choice(alphabet) for _ in range(n))


def dep_pod(rng, name):
    """Deployment pod name: <name>-<pod-template-hash>-<suffix>."""
    return "%s-%s-%s" % (name, rs(rng, rng.choice([9, 10])), rs(rng, 5))


def uuid(rng):
    h = rs(rng, 32, HEX)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:])


def ip(rng, a=10, b=None):
    b = rng.randrange(0, 255) if b is None else b
    return "%d.%d.%d.%d" % (a, b, rng.randrange(0, 255), rng.randrange(2, 254))


def jd(obj):
    """Compact JSON (Go / Node / Java encoders)."""
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False)


def jpy(obj):
    """Python json.dumps defaults (structlog JSONRenderer)."""
    return json.dumps(obj, ensure_ascii=False)


# --------------------------------------------------------------------------- platforms

def node_name(rng, platform, hint=""):
    if platform == "eks":
        return "ip-10-%d-%d-%d.eu-west-1.compute.internal" % (
            rng.randrange(0, 64), rng.randrange(0, 255), rng.randrange(2, 254))
    if platform == "gke":
        return "gke-%s-default-pool-%s-%s" % (hint, rs(rng, 8, HEX), rs(rng, 4, LOW))
    if platform == "aks":
        return "aks-%s-%d-vmss%06d" % (hint or "nodepool1", rng.randrange(10000000, 99999999),
                                      rng.randrange(0, 12))
    if platform == "openshift":
        return "%s-%s-worker-%d-%s" % (hint, rs(rng, 5, LOWNUM), rng.randrange(0, 3),
                                       rs(rng, 5, LOWNUM))
    if platform == "rke2":
        return "summit-rke2-w%02d" % rng.randrange(1, 9)
    if platform == "talos":
        return "talos-%s-%s" % (rs(rng, 3, LOWNUM), rs(rng, 3, LOWNUM))
    if platform == "kubeadm":
        return hint + "%02d" % rng.randrange(1, 7)
    if platform == "doks":
        return "pool-%s-%s" % (rs(rng, 9, LOWNUM), rs(rng, 5, LOWNUM))
    if platform == "lke":
        return "lke%d-%d-%s" % (rng.randrange(100000, 300000), rng.randrange(100000, 300000),
                                rs(rng, 12, HEX))
    if platform == "k3s":
        return hint + "%02d" % rng.randrange(1, 5)
    if platform == "microk8s":
        return hint + "%d" % rng.randrange(1, 4)
    if platform == "kapsule":
        return "scw-%s-%s" % (hint, rs(rng, 32, HEX))
    if platform == "tkg":
        return "%s-md-0-%s-%s" % (hint, rs(rng, 9), rs(rng, 5))
    if platform == "oke":
        return "10.0.%d.%d" % (rng.randrange(10, 30), rng.randrange(2, 250))
    raise ValueError(platform)


PLATFORM_NAMES = {
    "eks": "Amazon EKS", "gke": "Google GKE", "aks": "Azure AKS", "openshift": "Red Hat OpenShift",
    "rke2": "Rancher RKE2", "talos": "Talos Linux", "kubeadm": "kubeadm (self-managed)",
    "doks": "DigitalOcean DOKS", "lke": "Akamai/Linode LKE", "k3s": "k3s",
    "microk8s": "MicroK8s", "kapsule": "Scaleway Kapsule", "tkg": "VMware Tanzu TKG",
    "oke": "Oracle OKE", "compose": "Docker Compose host", "vm": "bare VM (systemd/journald)",
}

# --------------------------------------------------------------------------- shippers
# A stream is a dict: ns, pod, container, node, app, cluster (+ host/unit/... off Kubernetes).


def labels(shipper, s):
    ns, pod, c, node, app = s.get("ns"), s.get("pod"), s.get("container"), s.get("node"), s.get("app")
    cl = s.get("cluster")
    if shipper == "promtail":
        return {"namespace": ns, "pod": pod, "container": c, "node_name": node, "app": app,
                "job": "%s/%s" % (ns, app), "stream": s.get("stream", "stdout")}
    if shipper == "alloy":
        return {"cluster": cl, "namespace": ns, "pod": pod, "container": c,
                "job": "%s/%s" % (ns, c), "service_name": app, "node": node}
    if shipper == "fluentbit":
        return {"job": "fluent-bit", "namespace_name": ns, "pod_name": pod,
                "container_name": c, "host": node}
    if shipper == "vector":
        return {"source_type": "kubernetes_logs", "kubernetes_pod_namespace": ns,
                "kubernetes_pod_name": pod, "kubernetes_container_name": c,
                "kubernetes_pod_node_name": node, "stream": s.get("stream", "stdout")}
    if shipper == "otel":
        return {"service_name": app, "k8s_cluster_name": cl, "k8s_namespace_name": ns,
                "k8s_pod_name": pod, "k8s_container_name": c, "k8s_node_name": node}
    if shipper == "datadog":
        return {"kube_cluster_name": cl, "kube_namespace": ns, "pod_name": pod,
                "kube_container_name": c, "host": node, "service": app,
                "source": s.get("dd_source", app), "env": s.get("env", "prod")}
    if shipper == "elastic":
        return {"kubernetes_namespace": ns, "kubernetes_pod_name": pod,
                "kubernetes_container_name": c, "kubernetes_node_name": node,
                "data_stream_dataset": "kubernetes.container_logs", "orchestrator_cluster_name": cl}
    if shipper == "gcl":
        return {"resource_type": "k8s_container", "project_id": s["project"],
                "location": s["location"], "cluster_name": cl, "namespace_name": ns,
                "pod_name": pod, "container_name": c, "log_name": s.get("stream", "stdout")}
    if shipper == "openshift":
        lt = "infrastructure" if (ns or "").startswith(("openshift", "kube")) else "application"
        return {"log_type": lt, "kubernetes_namespace_name": ns, "kubernetes_pod_name": pod,
                "kubernetes_container_name": c, "kubernetes_host": node}
    if shipper == "azure":
        return {"PodNamespace": ns, "PodName": pod, "ContainerName": c, "Computer": node,
                "LogSource": s.get("stream", "stdout")}
    if shipper == "lokidocker":
        return {"host": s["host"], "compose_project": s["project"],
                "compose_service": s["service"], "container_name": s["cname"]}
    if shipper == "journald":
        out = {"job": "systemd-journal", "hostname": s["host"],
               "syslog_identifier": s["ident"]}
        if s.get("unit"):
            out["unit"] = s["unit"]
        if s.get("transport"):
            out["transport"] = s["transport"]
        return out
    if shipper == "promtail_file":
        return {"job": "varlogs", "host": s["host"], "filename": s["filename"]}
    if shipper == "alloy_journal":
        out = {"cluster": cl, "job": "integrations/kubernetes/journal", "instance": node}
        if s.get("unit"):
            out["unit"] = s["unit"]
        else:
            out["transport"] = "kernel"
        return out
    raise ValueError(shipper)


SHIPPER_NAMES = {
    "promtail": "Promtail (kubernetes_sd)", "promtail_file": "Promtail (static file scrape)",
    "alloy": "Grafana Alloy (k8s-monitoring)", "alloy_journal": "Grafana Alloy (journal)",
    "fluentbit": "Fluent Bit (loki output)", "vector": "Vector (kubernetes_logs)",
    "otel": "OpenTelemetry Collector (OTLP to Loki)", "datadog": "Datadog Agent tags",
    "elastic": "Elastic Agent (kubernetes integration)", "gcl": "GKE Cloud Logging export",
    "openshift": "OpenShift Logging (LokiStack)", "azure": "Azure Monitor Container Insights",
    "lokidocker": "Loki Docker driver", "journald": "journald (promtail journal scrape)",
}

# --------------------------------------------------------------------------- k8s events


def ev_exporter(t, ns, kind, name, reason, msg, typ="Normal", comp="kubelet", host=None,
                count=1):
    """resmoio/kubernetes-event-exporter JSON (stdout sink)."""
    ts = t.iso(0)
    o = {"metadata": {"name": "%s.%x" % (name, t.us * 1000),
                      "namespace": ns},
         "reason": reason, "message": msg,
         "source": {"component": comp} if host is None else {"component": comp, "host": host},
         "involvedObject": {"kind": kind, "namespace": ns, "name": name},
         "count": count, "type": typ}
    if count == 1:
        o["firstTimestamp"] = ts
    o["lastTimestamp"] = ts
    return jd(o)


def ev_router(t, ns, kind, name, reason, msg, typ="Normal", comp="kubelet", host=None,
              count=1, verb="ADDED"):
    """heptiolabs/openshift eventrouter JSON."""
    ts = t.iso(0)
    ev = {"metadata": {"name": "%s.%x" % (name, t.us * 1000), "namespace": ns},
          "involvedObject": {"kind": kind, "namespace": ns, "name": name, "apiVersion": "v1"},
          "reason": reason, "message": msg,
          "source": {"component": comp} if host is None else {"component": comp, "host": host}}
    if count == 1:
        ev["firstTimestamp"] = ts
    ev["lastTimestamp"] = ts
    ev.update({"count": count, "type": typ})
    return jd({"verb": verb, "event": ev})


def ev_logfmt(t, ns, kind, name, reason, msg, typ="Normal", comp="kubelet", host=None, count=1):
    """Grafana Alloy loki.source.kubernetes_events (logfmt)."""
    del t
    out = "name=%s kind=%s action= objectAPIversion=v1 reason=%s type=%s count=%d sourcecomponent=%s" % (
        name, kind, reason, typ, count, comp)
    if host:
        out += " sourcehost=%s" % host
    return out + " msg=%s" % json.dumps(msg)


# --------------------------------------------------------------------------- line formats


def klogl(t, lvl, src, msg, tid=1):
    """klog: 'I0304 12:00:01.123456       1 file.go:123] msg'."""
    return "%s%s %7d %s] %s" % (lvl, t.klog(), tid, src, msg)


def pylog(t, lvl, logger, msg):
    """python logging '%(asctime)s %(levelname)s %(name)s: %(message)s' (UTC)."""
    return "%s %s %s: %s" % (t.sp(3, ","), lvl, logger, msg)


def zap(t, lvl, caller, msg, **f):
    o = {"level": lvl, "ts": "__TS__", "caller": caller, "msg": msg}
    o.update(f)
    return jd(o).replace('"__TS__"', t.epoch_f(), 1)


def pino(t, lvl, host, msg, **f):
    o = {"level": lvl, "time": "__TS__", "pid": 1, "hostname": host}
    o.update(f)
    o["msg"] = msg
    return jd(o).replace('"__TS__"', t.epoch_ms(), 1)


def logrus_json(t, lvl, msg, off=0, **f):
    """logrus JSONFormatter: keys sorted (encoding/json on a map), RFC 3339 seconds."""
    o = dict(f)
    o.update({"level": lvl, "msg": msg, "time": t.iso(0, off)})
    return json.dumps(o, separators=(",", ":"), sort_keys=True, ensure_ascii=False)


def logrus_text(t, lvl, msg, off=0, **f):
    out = 'time="%s" level=%s msg=%s' % (t.iso(0, off), lvl, json.dumps(msg))
    for k, v in f.items():
        sv = str(v)
        if " " in sv or '"' in sv or sv == "":
            sv = json.dumps(sv)
        out += " %s=%s" % (k, sv)
    return out


def structlog(t, lvl, event, **f):
    o = {"event": event}
    o.update(f)
    o["level"] = lvl
    o["timestamp"] = t.iso(6)
    return jpy(o)


def serilog(t, lvl, mt, **f):
    """Serilog CompactJsonFormatter (@l omitted for Information)."""
    o = {"@t": t.iso(7), "@mt": mt}
    if lvl != "Information":
        o["@l"] = lvl
    o.update(f)
    return jd(o)


def logback_json(t, lvl, logger, msg, thread="http-nio-8080-exec-1", off=60, **f):
    """logstash-logback-encoder."""
    lv = {"TRACE": 5000, "DEBUG": 10000, "INFO": 20000, "WARN": 30000, "ERROR": 40000}[lvl]
    o = {"@timestamp": t.iso(3, off), "@version": "1", "message": msg, "logger_name": logger,
         "thread_name": thread, "level": lvl, "level_value": lv}
    o.update(f)
    return jd(o)


def spring(t, lvl, app, thread, logger, msg, off=60, pid=1):
    """Spring Boot 3.x console pattern (ISO-8601 with offset)."""
    return "%s %5s %d --- [%s] [%15s] %-40s : %s" % (
        t.iso(3, off, z=False), lvl, pid, app, thread[-15:], logger, msg)


def pg(t, pid, lvl, msg):
    """PostgreSQL stderr, log_line_prefix='%m [%p] '."""
    return "%s [%d] %s:  %s" % (t.sp(3, ".", " UTC"), pid, lvl, msg)


def rust_tracing(t, lvl, target, msg):
    return "%s %5s %s: %s" % (t.iso(6), lvl, target, msg)


def gokit(t, lvl, caller, msg, **f):
    out = "ts=%s caller=%s level=%s msg=%s" % (t.iso(3), caller, lvl, json.dumps(msg))
    for k, v in f.items():
        sv = str(v)
        if " " in sv or '"' in sv or sv == "" or "=" in sv:
            sv = json.dumps(sv)
        out += " %s=%s" % (k, sv)
    return out


def ingress_nginx(t, rip, method, path, status, size, ua, rt, upstream, uaddr, req_id,
                  ref="-", reqlen=412):
    """ingress-nginx default log_format upstreaminfo."""
    ups = "-" if uaddr == "-" else "%.3f" % rt
    ustat = "-" if uaddr == "-" else str(status)
    return ('%s - - [%s] "%s %s HTTP/1.1" %d %d "%s" "%s" %d %.3f [%s] [] %s %s %s %s %s' % (
        rip, t.clf(), method, path, status, size, ref, ua, reqlen, rt, upstream, uaddr,
        size if uaddr != "-" else "-", ups, ustat, req_id))


def envoy_access(t, method, path, status, flags, rx, tx, dur, ups_time, xff, ua, rid, host,
                 upstream):
    """Envoy / Istio default access log format."""
    return ('[%s] "%s %s HTTP/1.1" %d %s %d %d %d %s "%s" "%s" "%s" "%s" "%s"' % (
        t.iso(3), method, path, status, flags, rx, tx, dur, ups_time, xff, ua, rid, host,
        upstream))


def combined(t, rip, method, path, status, size, ua, ref="-", off=0):
    return '%s - - [%s] "%s %s HTTP/1.1" %d %d "%s" "%s"' % (rip, t.clf(off), method, path,
                                                           status, size, ref, ua)


# --------------------------------------------------------------------------- registry

SCEN = {}


def scenario(name, theme, kind, platform, shippers):
    def deco(fn):
        assert name not in SCEN, name
        SCEN[name] = {"fn": fn, "theme": theme, "kind": kind, "platform": platform,
                      "shippers": shippers}
        return fn
    return deco


def start_us(rng, hour, minute_span=50):
    """A start instant in 2-20 March 2026 (fixed offsets: CET +01:00, CLST -03:00 hold)."""
    day = rng.randrange(2, 21)
    return us_of(2026, 3, day, hour) + rng.randrange(0, minute_span * 60) * US + rng.randrange(0, US)


def sel(ns=None, pod=None, container=None, node=None, app=None):
    return {"namespace": ns, "pod": pod, "container": container, "node": node, "app": app}


def k8s(ns, app, pod, node, cluster, container=None, **kw):
    s = {"ns": ns, "app": app, "pod": pod, "node": node, "cluster": cluster,
         "container": container or app}
    s.update(kw)
    return s


def healthy(root_cause, summary):
    return {"severity": "INFO", "root_cause_category": "none", "root_cause": root_cause,
            "summary": summary, "action": "No action needed."}


def incident(sev, cat, comp, root_cause, summary, action):
    return {"severity": sev, "root_cause_category": cat, "component": comp,
            "root_cause": root_cause, "summary": summary, "action": action}


# =========================================================================== observatory
OBS = "synthetic:dev33-observatory"


@scenario("obs-h-tcs-night-start", OBS, "healthy", "rke2", ["promtail"])
def obs_h_tcs_night_start(rng):
    cl = "summit-prod"
    n1, n2 = node_name(rng, "rke2"), node_name(rng, "rke2")
    tcs_pod = dep_pod(rng, "tcs-bridge")
    tcs = labels("promtail", k8s("tcs", "tcs-bridge", tcs_pod, n1, cl))
    tcs_err = labels("promtail", k8s("tcs", "tcs-bridge", tcs_pod, n1, cl, stream="stderr"))
    dome = labels("promtail", k8s("tcs", "dome-ctl", "dome-ctl-0", n2, cl))
    wx = labels("promtail", k8s("weather", "wx-ingest", dep_pod(rng, "wx-ingest"), n2, cl))
    gd = labels("promtail", k8s("tcs", "guider", dep_pod(rng, "guider"), n1, cl))
    evx = labels("promtail", k8s("monitoring", "event-exporter", dep_pod(rng, "event-exporter"),
                                 n2, cl))
    pod_ip = ip(rng, 10, 42)
    ver = "4.%d.%d" % (rng.randrange(8, 15), rng.randrange(0, 6))
    w = Win(rng, start_us(rng, 23))
    w.add(0, tcs, lambda t: structlog(t, "info", "tcs-bridge starting", version=ver, pid=1))
    w.add((0.3, 0.9), tcs, lambda t: structlog(
        t, "info", "connecting to mount controller", host="mount-ctl.tcs.svc.cluster.local",
        port=4010, attempt=1))
    w.add((2, 5), evx, lambda t: ev_exporter(
        t, "tcs", "Pod", tcs_pod, "Unhealthy",
        'Readiness probe failed: Get "http://%s:8080/readyz": dial tcp %s:8080: connect: connection refused' % (pod_ip, pod_ip),
        "Warning", "kubelet", n1))
    lat = rng.randrange(8, 19)
    w.add((1, 3), tcs, lambda t: structlog(t, "info", "mount controller handshake ok",
                                           axes=["ra", "dec"], latency_ms=lat))
    w.add((4, 9), tcs, lambda t: structlog(t, "info", "readiness checks passed",
                                           checks={"mount": "ok", "dome": "ok", "weather": "ok"}))
    wind, gust, rh = round(rng.uniform(2.5, 5.5), 1), round(rng.uniform(6, 9), 1), rng.randrange(35, 62)
    rng_dm = rng.uniform(5.5, 11.0)
    rng_settle = rng.uniform(6.0, 11.0)
    rng_flux, rng_snr, rng_rms = rng.randrange(60, 85), rng.randrange(95, 170), rng.randrange(0, 9)
    w.add((10, 25), wx, lambda t: logrus_text(t, "info", "sample stored", station="wx-mast-1",
                                              wind_ms=wind, gust_ms=gust, rh_pct=rh,
                                              dew_margin_c=round(rng_dm, 1), rain="false"))
    w.add((15, 40), dome, lambda t: pylog(t, "INFO", "dome.shutter",
                                          "open requested by night-ops (weather interlock OK)"))
    w.add((10, 10.4), dome, lambda t: pylog(
        t, "WARNING", "dome.shutter",
        "upper limit switch not reached after 10.0s, still moving (nominal 18-25s)"))
    op = round(rng.uniform(19, 24), 1)
    w.add((op - 10, op - 9.6), dome, lambda t: pylog(t, "INFO", "dome.shutter",
                                                     "shutter fully open in %.1fs" % op))
    w.add((20, 60), tcs_err, lambda t: (
        'WARNING: ErfaWarning: ERFA function "utctai" yielded 1 of "dubious year (Note 3)" '
        '[astropy._erfa.core]'))
    tgt = rng.choice(["NGC 2070", "NGC 3372", "M 83", "NGC 5128", "47 Tuc"])
    w.add((30, 70), tcs, lambda t: structlog(t, "info", "slew complete", target=tgt,
                                             settle_s=round(rng_settle, 1)))
    w.add((5, 15), gd, lambda t: "%s [guider] frame 0003 guide star lost (flux -%d%%, thin cloud), holding position" % (t.iso(3), rng_flux))
    w.add((6, 20), gd, lambda t: "%s [guider] frame 0006 guide star reacquired SNR=%d, loop closed, rms 0.2%d arcsec" % (t.iso(3), rng_snr, rng_rms))
    w.add((1, 4), tcs, lambda t: structlog(t, "info", "exposure started", instrument="imager",
                                           exptime_s=300, filter="r"))
    w.add((30, 90), wx, lambda t: logrus_text(t, "info", "hourly summary", samples=3600,
                                              error_count=0, dropped=0, interlock_trips=0))
    return {"question": "The telescope came up for the night; is anything wrong on the summit cluster?",
            "selector": sel(ns="tcs"), "win": w,
            "expected": healthy(
                "No incident: routine night start-up. The single readiness failure happened while tcs-bridge was still starting, the slow shutter warning resolved within nominal time, the ERFA dubious-year warning is a known benign astropy message and the lost guide star was reacquired.",
                "Telescope control, dome, guider and weather ingest are working normally; all counters are zero.")}



@scenario("obs-h-pipeline-calib", OBS, "healthy", "gke", ["gcl"])
def obs_h_pipeline_calib(rng):
    cl, proj, loc = "obs-archive", "altiplano-obs-archive", "southamerica-west1"
    n1, n2 = node_name(rng, "gke", cl), node_name(rng, "gke", cl)

    def s(app, pod, node, stream="stdout"):
        return labels("gcl", k8s("pipeline", app, pod, node, cl, project=proj, location=loc,
                                 stream=stream))
    red_pod = "reduce-%s" % rs(rng, 5)
    red, red_err = s("reduce", red_pod, n1), s("reduce", red_pod, n1, "stderr")
    up = s("uploader", dep_pod(rng, "uploader"), n2)
    api = s("ingest-api", dep_pod(rng, "ingest-api"), n2)
    run = "r%d" % rng.randrange(4000, 6000)
    nsci, ncal = rng.randrange(150, 260), rng.randrange(25, 40)
    w = Win(rng, start_us(rng, 11))
    w.add(0, red, lambda t: pylog(t, "INFO", "reduce.batch", "starting run %s: %d science frames, %d calibration frames" % (run, nsci, ncal)))
    w.add((3, 8), red, lambda t: pylog(t, "INFO", "reduce.calib", "master bias from 11 frames, 0 rejected"))
    w.add((8, 20), red, lambda t: pylog(t, "INFO", "reduce.calib", "master flat r from 11 frames, 1 rejected (saturated > 60000 ADU, twilight too bright)"))
    w.add((0.5, 2), red_err, lambda t: "WARNING: VerifyWarning: Card is too long, comment will be truncated. [astropy.io.fits.card]")
    ncr, fr1 = rng.randrange(900, 2600), rng.randrange(10, 60)
    w.add((10, 30), red, lambda t: pylog(t, "INFO", "reduce.cosmic", "frame %04d: %d pixels flagged as cosmic-ray hits and masked" % (fr1, ncr)))
    obj1 = "raw/%s/frame_%04d.fits.fz" % (run, rng.randrange(1, 9))
    b1 = rng.randrange(16, 22) * 1048576 + rng.randrange(0, 99999)
    w.add((2, 6), up, lambda t: zap(t, "info", "upload/put.go:88", "uploaded", object=obj1, bytes=b1, status=201))
    obj2 = "raw/%s/frame_%04d.fits.fz" % (run, rng.randrange(10, 40))
    w.add((5, 15), up, lambda t: zap(t, "warn", "upload/put.go:131", "retrying upload", object=obj2, attempt=1,
                                     error="googleapi: Error 503: We encountered an internal error. Please try again., backendError",
                                     backoff="1.2s"))
    w.add((1.2, 2.5), up, lambda t: zap(t, "info", "upload/put.go:88", "uploaded", object=obj2, bytes=b1 + 4096, status=200, attempt=2))
    cip = ip(rng, 10, 8)
    w.add((3, 9), api, lambda t: combined(t, cip, "POST", "/v1/ingest/%s" % run, 202, 57, "obs-uploader/2.3"))
    nst = rng.randrange(300, 480)
    w.add((10, 40), red, lambda t: pylog(t, "INFO", "reduce.astrometry", "frame %04d WCS solved, %d stars matched, rms 0.08 arcsec" % (fr1 + 40, nst)))
    w.add((10, 40), red, lambda t: pylog(t, "WARNING", "reduce.astrometry", "frame %04d WCS fit used fallback catalogue (only 38 stars, dense nebula); rms 0.19 arcsec, within 0.5 limit" % (fr1 + 71)))
    w.add((20, 60), red, lambda t: pylog(t, "INFO", "reduce.photometry", "zeropoint r=28.41 +/- 0.02 from %d stars" % (nst - 51)))
    w.add((5, 15), api, lambda t: combined(t, cip, "GET", "/v1/runs/%s/status" % run, 200, 311, "obs-uploader/2.3"))
    nup = nsci + ncal
    w.add((10, 30), up, lambda t: zap(t, "info", "upload/batch.go:54", "batch done", uploaded=nup, failed=0, retried=1, duration="6m12.4s"))
    w.add((2, 8), red, lambda t: pylog(t, "INFO", "reduce.batch", "run %s finished: %d/%d frames reduced, error_count=0, warnings=2" % (run, nsci, nsci)))
    return {"question": "Did last night's calibration and reduction run go through cleanly?",
            "selector": sel(ns="pipeline"), "win": w,
            "expected": healthy(
                "No incident: the reduction run completed with zero errors. Rejected flat frames, masked cosmic-ray pixels, the FITS card-truncation warning and the fallback astrometric fit are normal data-processing messages, and the single GCS 503 was retried successfully.",
                "Calibration, reduction and upload of the whole run succeeded; nothing failed.")}


@scenario("obs-h-patroni-switchover", OBS, "healthy", "openshift", ["openshift"])
def obs_h_patroni_switchover(rng):
    cl = "ocp-obs"
    nodes = [node_name(rng, "openshift", cl) for _ in range(3)]
    p0 = labels("openshift", k8s("archive-db", "archive-db", "archive-db-0", nodes[0], cl, container="postgres"))
    p1 = labels("openshift", k8s("archive-db", "archive-db", "archive-db-1", nodes[1], cl, container="postgres"))
    api_pod = dep_pod(rng, "archive-api")
    api = labels("openshift", k8s("archive", "archive-api", api_pod, nodes[2], cl))
    pid0, pid1 = rng.randrange(40, 90), rng.randrange(40, 90)
    tl = rng.randrange(9, 30)
    rng_pid2 = rng.randrange(100, 400)
    w = Win(rng, start_us(rng, 15))
    w.add(0, p0, lambda t: "%s INFO: received switchover request with leader=archive-db-0 candidate=archive-db-1 (planned minor upgrade)" % t.sp(3, ","))
    w.add((0.5, 1.5), p0, lambda t: "%s INFO: manual failover: demoting myself" % t.sp(3, ","))
    w.add((0.1, 0.4), p0, lambda t: pg(t, pid0, "LOG", "received fast shutdown request"))
    w.add((0.01, 0.05), p0, lambda t: pg(t, pid0, "LOG", "aborting any active transactions"))
    bp = rng.randrange(3000, 9000)
    w.add((0.01, 0.05), p0, lambda t: pg(t, bp, "FATAL", "terminating connection due to administrator command"))
    conn = "%x" % rng.randrange(0x10000000, 0xffffffff)
    w.add((0.2, 0.8), api, lambda t: logback_json(t, "WARN", "com.zaxxer.hikari.pool.PoolBase",
        "HikariPool-1 - Failed to validate connection org.postgresql.jdbc.PgConnection@%s (This connection has been closed.). Possibly consider using a shorter maxLifetime value." % conn,
        thread="http-nio-8080-exec-4", off=0))
    w.add((0.5, 2), p1, lambda t: "%s INFO: promoted self to leader by acquiring session lock" % t.sp(3, ","))
    w.add((0.1, 0.5), p1, lambda t: pg(t, pid1, "LOG", "selected new timeline ID: %d" % tl))
    w.add((0.05, 0.3), p1, lambda t: pg(t, pid1, "LOG", "archive recovery complete"))
    w.add((0.1, 0.4), p1, lambda t: pg(t, pid1, "LOG", "database system is ready to accept connections"))
    w.add((0.3, 1.5), api, lambda t: logback_json(t, "WARN", "o.o.a.web.RetryingRepository",
        "transient database error on GET /api/v1/frames, retrying (attempt 1/3): org.postgresql.util.PSQLException: Connection to archive-db-primary:5432 refused",
        thread="http-nio-8080-exec-7", off=0))
    w.add((0.5, 2), api, lambda t: logback_json(t, "INFO", "o.o.a.web.RequestLog", "GET /api/v1/frames 200 in 184 ms (retried 1x)",
        thread="http-nio-8080-exec-7", off=0))
    w.add((3, 8), p0, lambda t: "%s INFO: Lock owner: archive-db-1; I am archive-db-0" % t.sp(3, ","))
    w.add((1, 3), p0, lambda t: pg(t, rng_pid2, "LOG", "entering standby mode"))
    seg = "%X/%X000000" % (rng.randrange(0x30, 0x5f), rng.randrange(0x10, 0xfe))
    w.add((0.5, 2), p0, lambda t: pg(t, rng_pid2 + 4, "LOG", "started streaming WAL from primary at %s on timeline %d" % (seg, tl)))
    w.add((8, 20), p1, lambda t: "%s INFO: no action. I am (archive-db-1), the leader with the lock" % t.sp(3, ","))
    w.add((1, 5), api, lambda t: logback_json(t, "INFO", "com.zaxxer.hikari.pool.HikariPool",
        "HikariPool-1 - Pool stats (total=10, active=1, idle=9, waiting=0)", thread="HikariPool-1 housekeeper", off=0))
    return {"question": "We saw FATAL lines and refused connections from the archive database; is the archive in trouble?",
            "selector": sel(ns="archive-db", app="archive-db"), "win": w,
            "expected": healthy(
                "No incident: a planned Patroni switchover for a minor upgrade. The fast shutdown, the FATAL 'terminating connection due to administrator command', the closed Hikari connection and the single refused connection are expected during a switchover; the new leader accepted connections within seconds and the retried request succeeded.",
                "Planned switchover from archive-db-0 to archive-db-1 completed; the old leader rejoined as a streaming standby and the API pool is healthy.")}



@scenario("obs-h-portal-cert-renewal", OBS, "healthy", "gke", ["alloy"])
def obs_h_portal_cert_renewal(rng):
    cl = "obs-archive"
    n1, n2 = node_name(rng, "gke", cl), node_name(rng, "gke", cl)
    ppod = dep_pod(rng, "data-portal")
    portal = labels("alloy", k8s("portal", "data-portal", ppod, n1, cl))
    cm = labels("alloy", k8s("cert-manager", "cert-manager", dep_pod(rng, "cert-manager"), n2, cl,
                             container="cert-manager-controller"))
    evl = {"cluster": cl, "namespace": "portal", "job": "integrations/kubernetes/eventhandler",
           "service_name": "kubernetes-events"}
    dns = "data.altiplano-obs.example"
    ch = "portal-tls-%d-%d-%d" % (rng.randrange(2, 9), rng.randrange(1000000000, 3999999999), rng.randrange(1000000000, 3999999999))
    hc = "35.191.%d.%d" % (rng.randrange(0, 255), rng.randrange(2, 254))
    ua = "Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0"
    uip = "203.0.113.%d" % rng.randrange(2, 254)
    rng_p1, rng_p2, rng_sc = rng.randrange(30000, 60000), rng.randrange(30000, 60000), rng.randrange(2, 254)
    rng_rem, rng_fr = rng.randrange(4900, 4996), rng.randrange(100000, 999999)
    w = Win(rng, start_us(rng, 14))
    w.add(0, portal, lambda t: "%s http: TLS handshake error from %s:%d: EOF" % (t.slash(), hc, rng_p1))
    w.add((2, 6), portal, lambda t: combined(t, uip, "GET", "/api/v2/search?target=NGC+2070&radius=2", 200, 18342, ua))
    w.add((5, 20), cm, lambda t: klogl(t, "I", "trigger_controller.go:215", '"Certificate must be re-issued" logger="cert-manager.certificates-trigger" key="portal/portal-tls" reason="Renewing" message="Renewing certificate as renewal was scheduled"'))
    w.add((0.1, 0.5), cm, lambda t: klogl(t, "I", "requestmanager_controller.go:315", '"Created new CertificateRequest resource" logger="cert-manager.certificates-request-manager" key="portal/portal-tls"'))
    w.add((3, 8), cm, lambda t: klogl(t, "E", "sync.go:190", '"propagation check failed" err="wrong status code \'404\', expected \'200\'" logger="cert-manager.challenges" resource_name="%s" resource_namespace="portal" resource_kind="Challenge" resource_version="v1" dnsName="%s" type="HTTP-01"' % (ch, dns)))
    w.add((1, 4), portal, lambda t: "%s http: TLS handshake error from 198.51.100.%d:%d: tls: client offered only unsupported versions: [302 301]" % (t.slash(), rng_sc, rng_p2))
    w.add((8, 15), cm, lambda t: klogl(t, "I", "sync.go:356", '"accepting challenge authorization" logger="cert-manager.challenges.acceptChallenge" resource_name="%s" resource_namespace="portal" resource_kind="Challenge" resource_version="v1" dnsName="%s" type="HTTP-01"' % (ch, dns)))
    w.add((2, 6), cm, lambda t: klogl(t, "I", "sync.go:374", '"successfully authorized domain" logger="cert-manager.challenges.acceptChallenge" resource_name="%s" resource_namespace="portal" resource_kind="Challenge" resource_version="v1" dnsName="%s" type="HTTP-01"' % (ch, dns)))
    w.add((3, 8), evl, lambda t: ev_logfmt(t, "portal", "Certificate", "portal-tls", "Issuing", "The certificate has been successfully issued", "Normal", "cert-manager-certificates-issuing"))
    serial = rs(rng, 16, HEX)
    w.add((5, 30), portal, lambda t: "%s certwatcher: reloaded certificate /etc/tls/tls.crt (serial %s, valid for 90 days)" % (t.slash(), serial))
    w.add((2, 9), portal, lambda t: combined(t, uip, "GET", "/favicon.ico", 404, 19, ua, ref="https://%s/" % dns))
    w.add((1, 5), portal, lambda t: "%s sesame: resolver call ok status=200 x-ratelimit-limit=5000 x-ratelimit-remaining=%d" % (t.slash(), rng_rem))
    w.add((3, 10), portal, lambda t: "%s http: TLS handshake error from 130.211.%d.%d:%d: EOF" % (t.slash(), rng.randrange(0, 3), 17, rng_p1 + 7))
    w.add((1, 4), portal, lambda t: combined(t, uip, "GET", "/api/v2/frames/%d/preview.png" % rng_fr, 200, 412339, ua, ref="https://%s/search" % dns))
    return {"question": "cert-manager logged an error for the data portal certificate and the portal shows TLS handshake errors. Is the portal at risk?",
            "selector": sel(ns="portal", app="data-portal"), "win": w,
            "expected": healthy(
                "No incident: routine certificate renewal. The single 'propagation check failed' (404) occurred before the HTTP-01 solver was reachable and the challenge then succeeded; the certificate was issued and reloaded. TLS handshake EOFs come from load-balancer health checkers and a scanner offering obsolete TLS versions; the favicon 404 and low rate-limit usage are normal.",
                "Data portal certificate renewed and reloaded; portal traffic is served normally.")}


@scenario("obs-h-autoscale-reduce", OBS, "healthy", "eks", ["fluentbit"])
def obs_h_autoscale_reduce(rng):
    cl = "obs-sched-eks"
    n_ca, n_new = node_name(rng, "eks"), node_name(rng, "eks")
    ca = labels("fluentbit", k8s("kube-system", "cluster-autoscaler", dep_pod(rng, "cluster-autoscaler"), n_ca, cl))
    er = labels("fluentbit", k8s("kube-system", "eventrouter", dep_pod(rng, "eventrouter"), n_ca, cl))
    jpod = "reduce-night-%s" % rs(rng, 5)
    job = labels("fluentbit", k8s("pipeline", "reduce-night", jpod, n_new, cl, container="reduce"))
    asg = "eks-reduce-spot-%s-%s-%s-%s-%s" % (rs(rng, 8, HEX), rs(rng, 4, HEX), rs(rng, 4, HEX), rs(rng, 4, HEX), rs(rng, 12, HEX))
    acct = "%012d" % rng.randrange(10 ** 11, 10 ** 12)
    img = "%s.dkr.ecr.eu-west-1.amazonaws.com/obs/reduce:2.%d.%d" % (acct, rng.randrange(5, 12), rng.randrange(0, 9))
    pull = round(rng.uniform(8, 16), 3)
    nf = rng.randrange(8, 16)
    w = Win(rng, start_us(rng, 9))
    w.add(0, er, lambda t: ev_router(t, "pipeline", "Job", "reduce-night", "SuccessfulCreate", "Created pod: %s" % jpod, "Normal", "job-controller"))
    w.add((0.01, 0.2), er, lambda t: ev_router(t, "pipeline", "Pod", jpod, "FailedScheduling", "0/5 nodes are available: 2 node(s) had untolerated taint {dedicated: tcs}, 3 Insufficient memory. preemption: 0/5 nodes are available: 2 Preemption is not helpful for scheduling, 3 No preemption victims found for incoming pod.", "Warning", "default-scheduler"))
    w.add((5, 10), ca, lambda t: klogl(t, "I", "orchestrator.go:565", "Estimated 1 nodes needed in %s" % asg))
    w.add((0.001, 0.05), ca, lambda t: klogl(t, "I", "orchestrator.go:582", "Final scale-up plan: [{%s 2->3 (max: 8)}]" % asg))
    w.add((0.001, 0.05), ca, lambda t: klogl(t, "I", "executor.go:147", "Scale-up: setting group %s size to 3" % asg))
    w.add((0.1, 1), er, lambda t: ev_router(t, "pipeline", "Pod", jpod, "TriggeredScaleUp", "pod triggered scale-up: [{%s 2->3 (max: 8)}]" % asg, "Normal", "cluster-autoscaler"))
    w.add((35, 50), er, lambda t: ev_router(t, "default", "Node", n_new, "NodeReady", "Node %s status is now: NodeReady" % n_new, "Normal", "kubelet", n_new))
    w.add((2, 6), er, lambda t: ev_router(t, "pipeline", "Pod", jpod, "Scheduled", "Successfully assigned pipeline/%s to %s" % (jpod, n_new), "Normal", "default-scheduler"))
    w.add((pull, pull + 1), er, lambda t: ev_router(t, "pipeline", "Pod", jpod, "Pulled", 'Successfully pulled image "%s" in %.3fs (%.3fs including waiting). Image size: 412338912 bytes.' % (img, pull, pull), "Normal", "kubelet", n_new))
    w.add((1, 3), job, lambda t: pylog(t, "INFO", "reduce.night", "reduction started: %d fields, 0 pending retries" % nf))
    w.add((5, 10), ca, lambda t: klogl(t, "I", "static_autoscaler.go:598", "No unschedulable pods"))
    w.add((40, 120), job, lambda t: pylog(t, "INFO", "reduce.night", "field %d/%d stacked (error_count=0)" % (nf // 2, nf)))
    w.add((40, 120), job, lambda t: pylog(t, "INFO", "reduce.night", "summary: %d fields reduced, errors: none" % nf))
    w.add((1, 3), er, lambda t: ev_router(t, "pipeline", "Job", "reduce-night", "Completed", "Job completed", "Normal", "job-controller"))
    return {"question": "The nightly reduction job showed FailedScheduling. Did it run?",
            "selector": sel(ns="pipeline", app="reduce-night"), "win": w,
            "expected": healthy(
                "No incident: the reduction pod was briefly unschedulable for lack of memory, the cluster autoscaler added a node within about a minute, and the job ran and completed with no errors.",
                "FailedScheduling was resolved by a normal autoscaler scale-up; the nightly reduction completed.")}


@scenario("obs-h-wx-station-vm", OBS, "healthy", "vm", ["promtail_file"])
def obs_h_wx_station_vm(rng):
    host = "wx-station-01"
    sl = labels("promtail_file", {"host": host, "filename": "/var/log/syslog"})
    al = labels("promtail_file", {"host": host, "filename": "/var/log/auth.log"})
    adm = "10.20.1.%d" % rng.randrange(10, 60)
    port = rng.randrange(40000, 65000)
    sshpid, cpid = rng.randrange(2000, 9000), rng.randrange(2000, 9000)
    wxpid, smpid, chpid = rng.randrange(700, 1200), rng.randrange(400, 700), rng.randrange(500, 800)
    gust = round(rng.uniform(9, 14), 1)
    tmp = rng.randrange(36, 41)
    rng_src, rng_spt = rng.randrange(2, 250), rng.randrange(30000, 60000)

    def sy(t, prog, msg):
        return "%s %s %s: %s" % (t.syslog(), host, prog, msg)
    w = Win(rng, start_us(rng, 13))
    w.add(0, sl, lambda t: sy(t, "wxd[%d]" % wxpid, "anemometer mast-1: wind 6.4 m/s gust %.1f m/s (close threshold 18.0 m/s)" % gust))
    w.add((20, 60), sl, lambda t: sy(t, "kernel", "[UFW BLOCK] IN=eth0 OUT= MAC=52:54:00:1a:2b:3c:52:54:00:aa:bb:cc:08:00 SRC=10.20.9.%d DST=10.20.1.5 LEN=60 TOS=0x00 PREC=0x00 TTL=63 ID=48211 DF PROTO=TCP SPT=%d DPT=23 WINDOW=64240 RES=0x00 SYN URGP=0" % (rng_src, rng_spt)))
    w.add((10, 40), sl, lambda t: sy(t, "CRON[%d]" % cpid, "(root) CMD (/usr/local/sbin/check-stale-locks)"))
    w.add((0.5, 2), sl, lambda t: sy(t, "check-stale-locks", "grep exited 1: no stale lock files under /var/lib/wxd, nothing to do"))
    w.add((0.01, 0.2), sl, lambda t: sy(t, "CRON[%d]" % (cpid - 1), "(CRON) info (No MTA installed, discarding output)"))
    w.add((10, 60), al, lambda t: sy(t, "sshd[%d]" % sshpid, "Failed password for obsadmin from %s port %d ssh2" % (adm, port)))
    w.add((3, 8), al, lambda t: sy(t, "sshd[%d]" % sshpid, "Accepted password for obsadmin from %s port %d ssh2" % (adm, port)))
    w.add((0.01, 0.1), al, lambda t: sy(t, "sshd[%d]" % sshpid, "pam_unix(sshd:session): session opened for user obsadmin(uid=1001) by (uid=0)"))
    w.add((20, 90), sl, lambda t: sy(t, "systemd[1]", "Starting logrotate.service - Rotate log files..."))
    w.add((0.2, 1), sl, lambda t: sy(t, "systemd[1]", "logrotate.service: Deactivated successfully."))
    w.add((0.01, 0.05), sl, lambda t: sy(t, "systemd[1]", "Finished logrotate.service - Rotate log files."))
    w.add((30, 120), sl, lambda t: sy(t, "smartd[%d]" % smpid, "Device: /dev/sda [SAT], SMART Usage Attribute: 194 Temperature_Celsius changed from %d to %d" % (tmp, tmp + 1)))
    w.add((20, 80), sl, lambda t: sy(t, "chronyd[%d]" % chpid, "Selected source 10.20.0.1 (ntp1.obs.lan)"))
    w.add((10, 40), sl, lambda t: sy(t, "wxd[%d]" % wxpid, "rain sensor dry; cloud sensor sky-ambient -31.%d C (clear); interlock OK" % rng.randrange(0, 9)))
    w.add((30, 60), sl, lambda t: sy(t, "wxd[%d]" % wxpid, "upload to wx-ingest ok: 60 samples, 0 failed, 0 queued"))
    w.add((5, 30), al, lambda t: sy(t, "sshd[%d]" % sshpid, "pam_unix(sshd:session): session closed for user obsadmin"))
    return {"question": "Weather station host: there are failed logins, firewall blocks and a failing cron job. Should we worry?",
            "selector": None, "win": w,
            "expected": healthy(
                "No incident: one mistyped ssh password followed by a successful login from the admin network, a UFW block of a telnet probe, a cron check whose grep exits 1 by design when there is nothing to clean, routine logrotate, a one-degree SMART temperature change and NTP source selection.",
                "The weather station VM operates normally and keeps uploading samples with no failures.")}


@scenario("obs-h-talos-node-upgrade", OBS, "healthy", "talos", ["vector"])
def obs_h_talos_node_upgrade(rng):
    cl = "talos-obs-base"
    nd, n2, n3 = node_name(rng, "talos"), node_name(rng, "talos"), node_name(rng, "talos")
    old = dep_pod(rng, "sched-api")
    base = old.rsplit("-", 1)[0]
    peer = "%s-%s" % (base, rs(rng, 5))
    new = "%s-%s" % (base, rs(rng, 5))
    ex = labels("vector", k8s("monitoring", "event-exporter", dep_pod(rng, "event-exporter"), n3, cl))
    so = labels("vector", k8s("obs-sched", "sched-api", old, nd, cl))
    sp = labels("vector", k8s("obs-sched", "sched-api", peer, n2, cl))
    sp_err = labels("vector", k8s("obs-sched", "sched-api", peer, n2, cl, stream="stderr"))
    sn = labels("vector", k8s("obs-sched", "sched-api", new, n3, cl))
    boot = uuid(rng)
    npend = rng.randrange(9, 24)
    ob = rng.randrange(1000, 9999)
    w = Win(rng, start_us(rng, 17))
    w.add(0, ex, lambda t: ev_exporter(t, "default", "Node", nd, "NodeNotSchedulable", "Node %s status is now: NodeNotSchedulable" % nd, "Normal", "kubelet", nd))
    w.add((1, 4), ex, lambda t: ev_exporter(t, "obs-sched", "Pod", old, "Killing", "Stopping container sched-api", "Normal", "kubelet", nd))
    w.add((0.01, 0.2), so, lambda t: zap(t, "info", "cmd/main.go:141", "received signal, shutting down", signal="terminated", grace="30s"))
    w.add((0.05, 0.3), so, lambda t: zap(t, "info", "leader/lease.go:77", "leader lease released on shutdown", lease="obs-sched/queue-leader"))
    w.add((0.3, 1.5), sp_err, lambda t: klogl(t, "I", "leaderelection.go:250", "attempting to acquire leader lease obs-sched/queue-leader..."))
    w.add((0.2, 2), sp_err, lambda t: klogl(t, "I", "leaderelection.go:260", "successfully acquired lease obs-sched/queue-leader"))
    w.add((0.5, 3), so, lambda t: zap(t, "info", "cmd/main.go:168", "http server shutdown complete", inflight=0))
    w.add((1, 5), ex, lambda t: ev_exporter(t, "obs-sched", "Pod", new, "Scheduled", "Successfully assigned obs-sched/%s to %s" % (new, n3), "Normal", "default-scheduler"))
    w.add((8, 20), sn, lambda t: zap(t, "info", "queue/load.go:52", "queue loaded", pending=npend, failed=0))
    w.add((20, 50), ex, lambda t: ev_exporter(t, "default", "Node", nd, "NodeNotReady", "Node %s status is now: NodeNotReady" % nd, "Normal", "node-controller"))
    w.add((10, 40), sp, lambda t: zap(t, "info", "dispatch/dispatch.go:203", "observation block dispatched", ob="OB-%d" % ob, telescope="t1", queue_pending=npend - 1))
    w.add((60, 110), ex, lambda t: ev_exporter(t, "default", "Node", nd, "Rebooted", "Node %s has been rebooted, boot id: %s" % (nd, boot), "Warning", "kubelet", nd))
    w.add((1, 4), ex, lambda t: ev_exporter(t, "default", "Node", nd, "NodeReady", "Node %s status is now: NodeReady" % nd, "Normal", "kubelet", nd))
    w.add((5, 20), ex, lambda t: ev_exporter(t, "default", "Node", nd, "NodeSchedulable", "Node %s status is now: NodeSchedulable" % nd, "Normal", "kubelet", nd))
    w.add((10, 40), sp, lambda t: zap(t, "info", "queue/stats.go:31", "queue stats", pending=npend - 1, running=1, failed=0, errors=0))
    return {"question": "A scheduler node went NotReady and a sched-api pod was killed. What happened?",
            "selector": sel(ns="obs-sched"), "win": w,
            "expected": healthy(
                "No incident: a planned Talos upgrade cordoned and drained the node, sched-api shut down gracefully on SIGTERM and handed the leader lease to its peer, the node was NotReady only while rebooting and returned Ready and schedulable.",
                "Planned node upgrade completed; the observation queue kept dispatching with no failures.")}


@scenario("obs-i-archive-replica-lag", OBS, "incident", "openshift", ["elastic"])
def obs_i_archive_replica_lag(rng):
    cl = "ocp-obs"
    n0, n1, n2 = (node_name(rng, "openshift", cl) for _ in range(3))
    pri = labels("elastic", k8s("archive-db", "archive-db", "archive-db-0", n0, cl, container="postgres"))
    rep = labels("elastic", k8s("archive-db", "archive-db", "archive-db-1", n1, cl, container="postgres"))
    aqp = dep_pod(rng, "archive-query")
    aq = labels("elastic", k8s("archive", "archive-query", aqp, n2, cl))
    nb = labels("elastic", k8s("science", "crossmatch-weekly", "crossmatch-weekly-%s" % rs(rng, 5), n2, cl, container="notebook"))
    ppid, rpid, cpid = rng.randrange(60, 99), rng.randrange(60, 99), rng.randrange(3000, 9000)
    lags = sorted(rng.sample(range(35, 70), 1) + rng.sample(range(90, 140), 1) + rng.sample(range(190, 260), 1) + rng.sample(range(300, 420), 1))
    cip = ip(rng, 10, 128)
    rng_ms, rng_p95 = rng.randrange(100, 999), rng.randrange(210, 290)
    w = Win(rng, start_us(rng, 16))
    w.add(0, pri, lambda t: pg(t, ppid, "LOG", "checkpoint starting: time"))
    w.add((10, 40), aq, lambda t: structlog(t, "warning", "replica lag above threshold", replica="archive-db-1", replay_lag_s=lags[0], receive_lag_bytes=0, threshold_s=30), ev=True)
    w.add((5, 30), rep, lambda t: pg(t, rpid, "LOG", "recovery still waiting after 1000.%03d ms: recovery conflict on snapshot" % rng_ms), ev=True)
    w.add((0.001, 0.002), rep, lambda t: pg(t, rpid, "DETAIL", "Conflicting process: %d." % cpid), ev=True)
    w.add((5, 20), nb, lambda t: pylog(t, "INFO", "crossmatch", "query on archive-db-ro still running (elapsed 14m), 2.1M of 9.8M sources matched"), ev=True)
    w.add((30, 90), aq, lambda t: structlog(t, "warning", "replica lag above threshold, routing catalogue reads to primary", replica="archive-db-1", replay_lag_s=lags[1], receive_lag_bytes=0, threshold_s=30), ev=True)
    w.add((10, 40), pri, lambda t: pg(t, ppid + 3, "LOG", 'automatic vacuum of table "archive.public.frame_index": index scans: 1, pages: 0 removed, 41233 remain, 1022 scanned (2.48% of total)'))
    w.add((5, 20), aq, lambda t: combined(t, cip, "GET", "/v1/catalogue/cone?ra=84.67&dec=-69.1&r=0.2", 200, 9321, "python-requests/2.31.0"))
    w.add((60, 150), aq, lambda t: structlog(t, "warning", "replica lag above threshold, routing catalogue reads to primary", replica="archive-db-1", replay_lag_s=lags[2], receive_lag_bytes=0, threshold_s=30), ev=True)
    w.add((20, 60), pri, lambda t: pg(t, ppid, "LOG", "checkpoint complete: wrote 2211 buffers (13.5%%); 0 WAL file(s) added, 0 removed, 3 recycled; write=269.8%02d s, sync=0.004 s, total=269.9%02d s; sync files=41, longest=0.002 s, average=0.001 s; distance=48213 kB, estimate=51022 kB" % (rng_ms % 100, rng_ms % 100)))
    w.add((5, 30), pri, lambda t: pg(t, cpid + 77, "LOG", "could not receive data from client: Connection reset by peer"))
    w.add((60, 150), aq, lambda t: structlog(t, "warning", "replica lag above threshold, routing catalogue reads to primary", replica="archive-db-1", replay_lag_s=lags[3], receive_lag_bytes=0, threshold_s=30), ev=True)
    w.add((1, 5), aq, lambda t: structlog(t, "info", "read routing stats", primary_share_pct=100, p95_ms=rng_p95, p95_ms_baseline=81))
    w.add((5, 20), aq, lambda t: combined(t, cip, "GET", "/v1/frames?night=latest&limit=50", 200, 40412, "python-requests/2.31.0"))
    return {"question": "Catalogue queries got slower this afternoon. Anything wrong in the archive?",
            "selector": sel(ns="archive-db"), "win": w,
            "expected": incident(
                "WARN", "database", "archive-db",
                "WAL replay on the hot-standby replica archive-db-1 is blocked by a recovery conflict with a long-running cross-match query (standby configured to wait indefinitely), so replication replay lag keeps growing.",
                "Replica replay lag grew from under a minute to several minutes; catalogue reads were rerouted to the primary, raising latency but without failures.",
                "Cancel or move the long cross-match query off the hot standby, set a finite max_standby_streaming_delay (or use a dedicated analytics replica), and confirm replay lag returns to zero.")}


@scenario("obs-i-mirror-cert-expired", OBS, "incident", "gke", ["otel"])
def obs_i_mirror_cert_expired(rng):
    cl = "obs-archive"
    n1 = node_name(rng, "gke", cl)
    pod = dep_pod(rng, "archive-sync")
    s = labels("otel", k8s("archive", "archive-sync", pod, n1, cl))
    pr = labels("otel", k8s("archive", "cert-probe", "cert-probe-%s" % rs(rng, 5), n1, cl))
    host = "mirror-b.partner-astro.example"
    err = ("HTTPSConnectionPool(host='%s', port=443): Max retries exceeded with url: /api/v2/ingest "
           "(Caused by SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: certificate has expired (_ssl.c:1006)')))" % host)
    b0 = rng.randrange(80, 160)
    fa = rng.randrange(30, 60)
    w = Win(rng, start_us(rng, 12))
    w.add(0, s, lambda t: structlog(t, "info", "sync cycle started", mirrors=["mirror-a", "mirror-b"], pending_files=b0 + fa))
    w.add((20, 60), s, lambda t: structlog(t, "info", "transfer ok", mirror="mirror-a", files=fa, bytes=fa * 18874368, checksum="verified"))
    w.add((1, 5), s, lambda t: structlog(t, "error", "transfer failed", mirror="mirror-b", files=fa, error=err), ev=True)
    w.add((0.01, 0.2), s, lambda t: structlog(t, "warning", "mirror marked degraded, files stay queued for retry", mirror="mirror-b", backlog_files=b0 + fa), ev=True)
    w.add((2, 8), s, lambda t: structlog(t, "info", "sync cycle finished", mirror_a_ok=fa, mirror_b_failed=fa, duration_s=round(rng.uniform(40, 90), 1)))
    w.add((30, 90), pr, lambda t: pylog(t, "WARNING", "cert_probe", "%s:443 presented an expired certificate (notAfter passed 2 days ago, issuer R11); mirror-a.partner-astro.example:443 valid for 61 more days" % host), ev=True)
    w.add((200, 300), s, lambda t: structlog(t, "info", "sync cycle started", mirrors=["mirror-a", "mirror-b"], pending_files=b0 + fa + 12))
    w.add((20, 60), s, lambda t: structlog(t, "info", "transfer ok", mirror="mirror-a", files=12, bytes=12 * 18874368, checksum="verified"))
    w.add((1, 5), s, lambda t: structlog(t, "error", "transfer failed", mirror="mirror-b", files=b0 + fa + 12, error=err), ev=True)
    w.add((0.5, 3), s, lambda t: structlog(t, "info", "sync cycle finished", mirror_a_ok=12, mirror_b_failed=b0 + fa + 12, duration_s=round(rng.uniform(20, 40), 1)))
    w.add((5, 30), s, lambda t: structlog(t, "warning", "mirror backlog growing", mirror="mirror-b", backlog_files=b0 + fa + 12, oldest_unreplicated_h=rng.randrange(40, 52), sla_h=168), ev=True)
    w.add((30, 90), s, lambda t: structlog(t, "info", "retention check", primary_copies="complete", mirror_a="in sync", mirror_b="behind"))
    w.add((200, 300), s, lambda t: structlog(t, "info", "sync cycle started", mirrors=["mirror-a", "mirror-b"], pending_files=b0 + fa + 19))
    w.add((1, 5), s, lambda t: structlog(t, "error", "transfer failed", mirror="mirror-b", files=b0 + fa + 19, error=err), ev=True)
    return {"question": "archive-sync is logging errors for one of the partner mirrors. How serious is it?",
            "selector": sel(ns="archive", app="archive-sync"), "win": w,
            "expected": incident(
                "WARN", "tls_certificate", "archive-sync",
                "The TLS certificate of the partner mirror mirror-b has expired, so every HTTPS transfer from archive-sync to it fails certificate verification.",
                "Replication to mirror-b fails each cycle and its backlog grows, while mirror-a and the primary archive are in sync; the second off-site copy is delayed, well within its SLA.",
                "Ask the partner site to renew the mirror-b certificate (do not disable verification); once fixed, let the queued backlog drain and confirm mirror-b is in sync.")}


@scenario("obs-i-ingest-readiness-flap", OBS, "incident", "rke2", ["promtail"])
def obs_i_ingest_readiness_flap(rng):
    cl = "summit-prod"
    nodes = [node_name(rng, "rke2") for _ in range(3)]
    base = dep_pod(rng, "frame-ingest").rsplit("-", 1)[0]
    pods = ["%s-%s" % (base, rs(rng, 5)) for _ in range(4)]
    L = [labels("promtail", k8s("pipeline", "frame-ingest", p, nodes[i % 3], cl)) for i, p in enumerate(pods)]
    bad = rng.randrange(0, 4)
    good = [i for i in range(4) if i != bad]
    ex = labels("promtail", k8s("monitoring", "event-exporter", dep_pod(rng, "event-exporter"), nodes[0], cl))
    bip = ip(rng, 10, 42)
    pmsg = 'Readiness probe failed: Get "http://%s:8080/readyz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)' % bip
    c0 = rng.randrange(9, 16)
    d = [round(rng.uniform(1.2, 1.9), 3) for _ in range(3)]
    nf = rng.randrange(80, 130)
    rng_port, rng_f = rng.randrange(30000, 50000), rng.randrange(100000, 900000)
    w = Win(rng, start_us(rng, 4))
    w.add(0, ex, lambda t: ev_exporter(t, "pipeline", "Pod", pods[bad], "Unhealthy", pmsg, "Warning", "kubelet", nodes[bad % 3], count=c0), ev=True)
    w.add((0.5, 3), L[bad], lambda t: logrus_text(t, "info", "request", method="GET", path="/readyz", status=200, duration="%.3fs" % d[0], remote="%s:%d" % (bip.rsplit(".", 1)[0] + ".1", rng_port)), ev=True)
    w.add((2, 8), L[good[0]], lambda t: logrus_text(t, "info", "frame stored", camera="imager", frame="%06d" % rng_f, bytes=67137600, duration="0.412s"))
    w.add((3, 10), L[bad], lambda t: logrus_text(t, "warning", "readiness handler slow", spool_entries=41236, spool_scan="%.3fs" % (d[1] - 0.05), probe_timeout="1s"), ev=True)
    w.add((5, 20), L[good[1]], lambda t: logrus_text(t, "info", "frame stored", camera="spectrograph", frame="%06d" % (rng_f + 3), bytes=33568800, duration="0.288s"))
    w.add((2, 10), L[bad], lambda t: logrus_text(t, "info", "frame stored", camera="imager", frame="%06d" % (rng_f + 5), bytes=67137600, duration="0.455s"))
    w.add((30, 80), ex, lambda t: ev_exporter(t, "pipeline", "Pod", pods[bad], "Unhealthy", pmsg, "Warning", "kubelet", nodes[bad % 3], count=c0 + 9), ev=True)
    w.add((2, 10), L[good[2]], lambda t: logrus_text(t, "info", "frame stored", camera="imager", frame="%06d" % (rng_f + 9), bytes=67137600, duration="0.398s"))
    w.add((10, 40), L[bad], lambda t: logrus_text(t, "info", "request", method="GET", path="/readyz", status=200, duration="%.3fs" % d[2], remote="%s:%d" % (bip.rsplit(".", 1)[0] + ".1", rng_port + 40)), ev=True)
    w.add((20, 60), L[good[0]], lambda t: logrus_text(t, "info", "ingest stats", window="5m", frames=nf, failed=0, retried=0))
    w.add((1, 5), L[bad], lambda t: logrus_text(t, "info", "ingest stats", window="5m", frames=nf // 3, failed=0, retried=0, ready_ratio="0.38"), ev=True)
    w.add((30, 80), ex, lambda t: ev_exporter(t, "pipeline", "Pod", pods[bad], "Unhealthy", pmsg, "Warning", "kubelet", nodes[bad % 3], count=c0 + 19), ev=True)
    w.add((2, 10), L[good[1]], lambda t: logrus_text(t, "info", "ingest stats", window="5m", frames=nf + 7, failed=0, retried=0))
    return {"question": "One frame-ingest pod keeps showing readiness warnings. Is ingest affected?",
            "selector": sel(ns="pipeline", app="frame-ingest"), "win": w,
            "expected": incident(
                "WARN", "probe_failure", "frame-ingest",
                "On one frame-ingest replica the /readyz handler scans a large local spool and takes 1.2-1.9 s, longer than the 1 s readiness timeout, so the readiness probe keeps failing although the process is running and storing frames.",
                "One of four frame-ingest replicas repeatedly drops out of the Service endpoints; ingest capacity is reduced but no frames are failing.",
                "Make the readiness check cheap (no spool scan) or raise timeoutSeconds, and clean up or rotate that replica's spool; verify the Unhealthy event count stops growing.")}


@scenario("obs-i-forecast-api-429", OBS, "incident", "talos", ["alloy"])
def obs_i_forecast_api_429(rng):
    cl = "talos-obs-base"
    n1, n2 = node_name(rng, "talos"), node_name(rng, "talos")
    base = dep_pod(rng, "obs-planner").rsplit("-", 1)[0]
    p1, p2 = "%s-%s" % (base, rs(rng, 5)), "%s-%s" % (base, rs(rng, 5))
    a = labels("alloy", k8s("obs-sched", "obs-planner", p1, n1, cl))
    a_err = dict(a)
    b = labels("alloy", k8s("obs-sched", "obs-planner", p2, n2, cl))
    q = labels("alloy", k8s("obs-sched", "sched-api", dep_pod(rng, "sched-api"), n2, cl))
    ra = rng.choice([600, 900, 1200])
    age = rng.randrange(150, 220)
    nt = rng.randrange(18, 30)
    rng_wt = rng.randrange(5, 9)
    w = Win(rng, start_us(rng, 19))
    w.add(0, a_err, lambda t: "(node:1) [DEP0005] DeprecationWarning: Buffer() is deprecated due to security and usability issues. Please use the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.")
    w.add((2, 10), a, lambda t: pino(t, 30, p1, "planning next night", candidates=nt, site="summit"))
    w.add((0.2, 1.5), a, lambda t: pino(t, 40, p1, "forecast fetch throttled", provider="meteo-api", status=429, retryAfter=ra, rateLimitRemaining=0, rateLimitLimit=1000), ev=True)
    w.add((0.01, 0.1), a, lambda t: pino(t, 40, p1, "using cached forecast", ageMinutes=age, maxAgeMinutes=60), ev=True)
    w.add((1, 6), a, lambda t: pino(t, 30, p1, "seeing prediction computed", source="cache", medianSeeingArcsec=0.8))
    w.add((5, 20), q, lambda t: zap(t, "info", "queue/stats.go:31", "queue stats", pending=nt, running=0, failed=0))
    w.add((30, 120), b, lambda t: pino(t, 40, p2, "forecast fetch throttled", provider="meteo-api", status=429, retryAfter=ra, rateLimitRemaining=0, rateLimitLimit=1000), ev=True)
    w.add((0.01, 0.1), b, lambda t: pino(t, 40, p2, "using cached forecast", ageMinutes=age + 2, maxAgeMinutes=60))
    w.add((5, 20), a, lambda t: pino(t, 30, p1, "provider usage", provider="meteo-api", usedToday=1000, quotaPerDay=1000, replicasPolling=3, pollIntervalSec=240), ev=True)
    w.add((2, 8), a, lambda t: pino(t, 40, p1, "schedule built with stale forecast", targets=nt, weatherTentative=rng_wt, status="draft"), ev=True)
    w.add((10, 40), q, lambda t: zap(t, "info", "api/handlers.go:118", "draft schedule received", targets=nt, state="awaiting-forecast"))
    w.add((30, 120), a, lambda t: pino(t, 30, p1, "GET /healthz", statusCode=200, responseTime=2))
    w.add((ra - 200, ra - 100), b, lambda t: pino(t, 40, p2, "forecast fetch throttled", provider="meteo-api", status=429, retryAfter=ra, rateLimitRemaining=0, rateLimitLimit=1000), ev=True)
    w.add((5, 20), q, lambda t: zap(t, "info", "queue/stats.go:31", "queue stats", pending=nt, running=0, failed=0))
    return {"question": "Tonight's observing schedule is still a draft. Why?",
            "selector": sel(ns="obs-sched", app="obs-planner"), "win": w,
            "expected": incident(
                "WARN", "rate_limited", "obs-planner",
                "The weather-forecast provider answers 429 because obs-planner has used its whole daily request quota (three replicas each polling every four minutes), so planning falls back to a stale cached forecast.",
                "Forecast fetches are throttled, the next night's schedule is built from an hours-old forecast and left as a draft; nothing has failed yet but planning is delayed.",
                "Poll the forecast from a single leader or cache it in one place, lower the poll frequency or raise the plan quota; rebuild the schedule once a fresh forecast is fetched.")}


@scenario("obs-i-staging-volume-filling", OBS, "incident", "rke2", ["fluentbit"])
def obs_i_staging_volume_filling(rng):
    cl = "summit-prod"
    n1, n2 = node_name(rng, "rke2"), node_name(rng, "rke2")
    pod = "frame-staging-0"
    wr = labels("fluentbit", k8s("pipeline", "frame-staging", pod, n1, cl, container="writer"))
    jn = labels("fluentbit", k8s("pipeline", "frame-staging", pod, n1, cl, container="janitor"))
    ar = labels("fluentbit", k8s("archive", "archive-confirm", dep_pod(rng, "archive-confirm"), n2, cl))
    u0 = round(rng.uniform(85.5, 86.8), 1)
    cap = 1000
    fr = rng.randrange(10000, 90000)
    w = Win(rng, start_us(rng, 6))

    def free(u):
        return round(cap * (100 - u) / 100.0, 1)
    w.add(0, wr, lambda t: logrus_json(t, "info", "frame written", frame=fr, readout="1x1 unbinned", size_mib=268, path="/staging/raw"))
    w.add((5, 20), jn, lambda t: logrus_json(t, "warning", "staging volume usage high", path="/staging", used_pct=u0, free_gib=free(u0), warn_at_pct=85), ev=True)
    w.add((1, 5), jn, lambda t: logrus_json(t, "info", "purge pass finished", removed=11, freed_gib=2.9, retention="72h", written_since_last_gib=11.8), ev=True)
    w.add((20, 60), wr, lambda t: logrus_json(t, "info", "frame written", frame=fr + 1, readout="1x1 unbinned", size_mib=268, path="/staging/raw"))
    w.add((10, 30), ar, lambda t: logrus_json(t, "info", "archive confirmation", frames=12, verified=12, failed=0))
    w.add((30, 90), wr, lambda t: logrus_json(t, "info", "frame written", frame=fr + 2, readout="1x1 unbinned", size_mib=268, path="/staging/raw"))
    u1 = round(u0 + rng.uniform(1.4, 1.9), 1)
    w.add((240, 400), jn, lambda t: logrus_json(t, "warning", "staging volume usage high", path="/staging", used_pct=u1, free_gib=free(u1), warn_at_pct=85), ev=True)
    w.add((0.5, 2), jn, lambda t: logrus_json(t, "warning", "usage trend", growth_pct_per_h=1.6, projected_full_in="%dh" % rng.randrange(26, 34), cause_hint="frame size 4x since readout mode 1x1"), ev=True)
    w.add((5, 30), wr, lambda t: logrus_json(t, "info", "frame written", frame=fr + 3, readout="1x1 unbinned", size_mib=268, path="/staging/raw"))
    w.add((10, 40), ar, lambda t: logrus_json(t, "info", "archive confirmation", frames=9, verified=9, failed=0))
    w.add((5, 20), jn, lambda t: logrus_json(t, "info", "purge pass finished", removed=8, freed_gib=2.1, retention="72h", written_since_last_gib=12.3), ev=True)
    u2 = round(u1 + rng.uniform(1.4, 1.9), 1)
    w.add((240, 400), jn, lambda t: logrus_json(t, "warning", "staging volume usage high", path="/staging", used_pct=u2, free_gib=free(u2), warn_at_pct=85), ev=True)
    w.add((10, 40), wr, lambda t: logrus_json(t, "info", "frame written", frame=fr + 4, readout="1x1 unbinned", size_mib=268, path="/staging/raw"))
    return {"question": "The staging janitor keeps warning about disk usage. Is this urgent?",
            "selector": sel(ns="pipeline", app="frame-staging"), "win": w,
            "expected": incident(
                "WARN", "resource_exhausted", "frame-staging",
                "Since the camera switched to unbinned 1x1 readout each raw frame is four times larger, and the 72 h staging retention frees far less than is written, so the /staging volume of frame-staging fills by about 1.6 % per hour.",
                "The staging volume is above 85 % and rising steadily, projected to be full in about a day; frames are still written and archived without failures.",
                "Shorten the staging retention for confirmed frames or expand the staging volume before it fills; review sizing for the unbinned readout mode.")}


@scenario("obs-i-dome-modbus-timeout", OBS, "incident", "rke2", ["promtail"])
def obs_i_dome_modbus_timeout(rng):
    cl = "summit-prod"
    n1, n2 = node_name(rng, "rke2"), node_name(rng, "rke2")
    dm = labels("promtail", k8s("tcs", "dome-ctl", "dome-ctl-0", n2, cl))
    tc = labels("promtail", k8s("tcs", "tcs-bridge", dep_pod(rng, "tcs-bridge"), n1, cl))
    wx = labels("promtail", k8s("weather", "wx-ingest", dep_pod(rng, "wx-ingest"), n2, cl))
    lp = rng.randrange(40000, 60000)
    plc = "10.20.5.40:502"

    def to(t, lp_, addr, attempt):
        return zap(t, "warn", "modbus/client.go:212", "modbus request timed out", unit=1, fc=3, addr=addr, attempt=attempt, timeout="2s",
                   error="read tcp 10.20.5.10:%d->%s: i/o timeout" % (lp_, plc))
    tg = rng.sample(["NGC 2997", "NGC 3132", "M 104", "NGC 4755", "Cen A", "NGC 6302"], 3)
    az = [round(rng.uniform(20, 340), 1) for _ in range(3)]
    w = Win(rng, start_us(rng, 2))
    w.add(0, tc, lambda t: structlog(t, "info", "slew to target", target=tg[0], dome_az=az[0]))
    w.add((0.5, 2), dm, lambda t: to(t, lp, 40101, 1), ev=True)
    w.add((2, 2.3), dm, lambda t: to(t, lp, 40101, 2), ev=True)
    w.add((0.01, 0.1), dm, lambda t: zap(t, "error", "dome/azimuth.go:88", "azimuth command failed", target_az=az[0], error="context deadline exceeded"), ev=True)
    w.add((100, 130), tc, lambda t: structlog(t, "error", "dome not tracking within 5 deg after 120s, aborting target", target=tg[0]), ev=True)
    w.add((5, 20), wx, lambda t: logrus_text(t, "info", "sample stored", station="wx-mast-1", wind_ms=3.2, gust_ms=5.1, rh_pct=28, rain="false"))
    w.add((5, 20), dm, lambda t: zap(t, "info", "modbus/client.go:190", "modbus request ok", unit=1, fc=3, addr=40120, latency="1.94s"), ev=True)
    w.add((1, 5), tc, lambda t: structlog(t, "info", "slew to target", target=tg[1], dome_az=az[1]))
    w.add((0.5, 2), dm, lambda t: to(t, lp + 1, 40101, 1), ev=True)
    w.add((2, 2.3), dm, lambda t: zap(t, "info", "modbus/client.go:190", "modbus request ok", unit=1, fc=3, addr=40101, attempt=2, latency="1.88s"))
    w.add((10, 40), dm, lambda t: zap(t, "info", "dome/azimuth.go:121", "azimuth reached", az=az[1], duration="38.2s"))
    w.add((5, 20), tc, lambda t: structlog(t, "info", "exposure started", instrument="imager", exptime_s=180, filter="g", target=tg[1]))
    w.add((180, 240), tc, lambda t: structlog(t, "info", "slew to target", target=tg[2], dome_az=az[2]))
    w.add((0.5, 2), dm, lambda t: to(t, lp + 2, 40101, 1), ev=True)
    w.add((2, 2.3), dm, lambda t: to(t, lp + 2, 40101, 2), ev=True)
    w.add((0.01, 0.1), dm, lambda t: zap(t, "error", "dome/azimuth.go:88", "azimuth command failed", target_az=az[2], error="context deadline exceeded"), ev=True)
    w.add((100, 130), tc, lambda t: structlog(t, "error", "dome not tracking within 5 deg after 120s, aborting target", target=tg[2]), ev=True)
    w.add((1, 4), tc, lambda t: structlog(t, "warning", "night summary so far", targets_done=2, targets_aborted=3, abort_reason="dome tracking"))
    return {"question": "Several targets were aborted tonight. What is going on with the dome?",
            "selector": sel(ns="tcs", app="dome-ctl"), "win": w,
            "expected": incident(
                "ERROR", "timeout", "dome-ctl",
                "The dome PLC's Modbus/TCP gateway answers in about 1.9 s or not at all, so dome-ctl's 2 s Modbus requests time out and azimuth commands fail with context deadline exceeded.",
                "Dome azimuth commands fail intermittently; tcs-bridge aborts targets because the dome does not track, and three targets have been lost tonight.",
                "Check the dome PLC Modbus gateway and its network path (load, link errors, restart it at a safe moment); as a stopgap raise the Modbus timeout and retries in dome-ctl.")}


@scenario("obs-i-gpu-node-ecc", OBS, "incident", "kubeadm", ["alloy_journal", "alloy"])
def obs_i_gpu_node_ecc(rng):
    cl = "obs-gpu"
    nd = node_name(rng, "kubeadm", "obs-gpu-")
    kern = labels("alloy_journal", {"cluster": cl, "node": nd})
    ipmi = labels("alloy_journal", {"cluster": cl, "node": nd, "unit": "ipmiseld.service"})
    ctd = labels("alloy_journal", {"cluster": cl, "node": nd, "unit": "containerd.service"})
    dc = labels("alloy", k8s("pipeline", "deconv-gpu", dep_pod(rng, "deconv-gpu"), nd, cl, container="deconv"))
    page, row = rng.randrange(0x100000, 0x3fffff), rng.randrange(0x1000, 0x7fff)

    def edac(t, n, col):
        return ("EDAC MC1: %d CE memory read error on CPU_SrcID#1_MC#0_Chan#2_DIMM#0 (channel:2 slot:0 page:0x%x offset:0x4c0 grain:32 syndrome:0x0 - err_code:0x0000:0x009f socket:1 imc:0 rank:0 bg:1 ba:3 row:0x%x col:0x%x)" % (n, page, row, col))
    w = Win(rng, start_us(rng, 8))
    w.add(0, dc, lambda t: structlog(t, "info", "deconvolution batch done", frames=32, gpu="0", duration_s=41.2))
    w.add((10, 60), kern, lambda t: edac(t, 1, 0x2a0), ev=True)
    w.add((0.01, 0.1), kern, lambda t: "mce: [Hardware Error]: Machine check events logged", ev=True)
    w.add((0.5, 3), ipmi, lambda t: "SEL System Event: Memory, Correctable ECC | Asserted, DIMM_B2", ev=True)
    w.add((20, 90), dc, lambda t: structlog(t, "info", "deconvolution batch done", frames=32, gpu="1", duration_s=40.7))
    w.add((10, 60), ctd, lambda t: 'time="%s" level=info msg="ImageUpdate event name:\\"registry.obs.lan/pipeline/deconv-gpu:1.8.2\\""' % t.iso(9))
    w.add((60, 200), kern, lambda t: edac(t, 3, 0x2a8), ev=True)
    w.add((0.01, 0.1), kern, lambda t: "mce: [Hardware Error]: Machine check events logged", ev=True)
    w.add((20, 90), dc, lambda t: structlog(t, "info", "deconvolution batch done", frames=32, gpu="0", duration_s=41.9))
    w.add((60, 200), kern, lambda t: edac(t, 7, 0x2b0), ev=True)
    w.add((0.5, 3), ipmi, lambda t: "SEL System Event: Memory, Correctable ECC | Asserted, DIMM_B2", ev=True)
    w.add((10, 60), dc, lambda t: structlog(t, "info", "queue stats", pending=14, failed=0))
    w.add((30, 120), kern, lambda t: edac(t, 12, 0x2c0), ev=True)
    return {"question": "Is the GPU node healthy? The deconvolution jobs look fine.",
            "selector": sel(node=nd), "win": w,
            "expected": incident(
                "WARN", "node_failure", nd,
                "A DIMM on memory controller 1 (DIMM_B2) of the GPU node is producing a rising rate of corrected ECC errors, an early hardware fault.",
                "Corrected memory errors on the node are increasing (1, 3, 7, 12 per event); workloads still run without failures, but the DIMM is degrading.",
                "Open a hardware ticket to replace DIMM_B2; cordon and drain the node at the next convenient time and watch for uncorrected errors in the meantime.")}


# =========================================================================== marina
MAR = "synthetic:dev33-marina"


@scenario("mar-h-broker-update-compose", MAR, "healthy", "compose", ["lokidocker"])
def mar_h_broker_update_compose(rng):
    host = "marina-office-docker01"

    def dl(svc):
        return labels("lokidocker", {"host": host, "project": "marina", "service": svc,
                                     "cname": "marina-%s-1" % svc})
    mq, col, bil = dl("mosquitto"), dl("meter-collector"), dl("billing")
    cport = rng.randrange(40000, 60000)
    gport = rng.randrange(40000, 60000)
    kwh = round(rng.uniform(2, 9), 1)
    n_on = rng.randrange(22, 27)
    w = Win(rng, start_us(rng, 7))
    w.add(0, col, lambda t: pylog(t, "INFO", "collector.meters", "berth B-14 meter: %.1f kWh today, 0 faults" % kwh))
    w.add((20, 60), mq, lambda t: "%s: mosquitto version 2.0.18 terminating" % t.epoch_s())
    w.add((0.01, 0.3), mq, lambda t: "%s: Saving in-memory database to /mosquitto/data//mosquitto.db." % t.epoch_s())
    w.add((0.05, 0.5), col, lambda t: pylog(t, "WARNING", "collector.mqtt", "connection lost (rc=7), reconnecting in 2s"))
    w.add((2, 2.5), col, lambda t: pylog(t, "ERROR", "collector.mqtt", "reconnect attempt 1 failed: [Errno 111] Connection refused"))
    w.add((1, 3), mq, lambda t: "%s: mosquitto version 2.0.20 starting" % t.epoch_s())
    w.add((0.01, 0.1), mq, lambda t: "%s: Config loaded from /mosquitto/config/mosquitto.conf." % t.epoch_s())
    w.add((0.01, 0.1), mq, lambda t: "%s: Opening ipv4 listen socket on port 1883." % t.epoch_s())
    w.add((0.01, 0.1), mq, lambda t: "%s: mosquitto version 2.0.20 running" % t.epoch_s())
    w.add((1, 4), mq, lambda t: "%s: New connection from 172.18.0.5:%d on port 1883." % (t.epoch_s(), cport))
    w.add((0.01, 0.1), mq, lambda t: "%s: New client connected from 172.18.0.5:%d as meter-collector (p2, c0, k60, u'collector')." % (t.epoch_s(), cport))
    w.add((0.01, 0.3), col, lambda t: pylog(t, "INFO", "collector.mqtt", "connected to broker mosquitto:1883 (attempt 2), resubscribed 3 topics"))
    w.add((1, 5), mq, lambda t: "%s: New client connected from 172.18.0.7:%d as gw-pier-b (p2, c0, k30, u'gateway')." % (t.epoch_s(), gport))
    w.add((10, 40), col, lambda t: pylog(t, "INFO", "collector.meters", "gateway gw-pier-b: %d meters online, 2 idle (berth empty, breaker open)" % n_on))
    w.add((20, 90), bil, lambda t: "%s billing: hourly export ok, %d meters, 0 errors" % (t.slash(), n_on + 2))
    return {"question": "After this morning's broker image update the meter collector logged connection refused errors. Did we lose meter data?",
            "selector": None, "win": w,
            "expected": healthy(
                "No incident: the Mosquitto container was recreated for a planned version update; the collector's single refused reconnect happened while the broker restarted, and it reconnected and resubscribed two seconds later.",
                "Broker updated from 2.0.18 to 2.0.20; meter collector and gateways reconnected and billing export reports no errors.")}


@scenario("mar-h-booking-ingress-traffic", MAR, "healthy", "doks", ["promtail"])
def mar_h_booking_ingress_traffic(rng):
    cl = "marina-prod"
    n1, n2 = node_name(rng, "doks"), node_name(rng, "doks")
    ing = labels("promtail", k8s("ingress-nginx", "ingress-nginx", dep_pod(rng, "ingress-nginx-controller"), n1, cl, container="controller"))
    apod = dep_pod(rng, "booking-api")
    api = labels("promtail", k8s("booking", "booking-api", apod, n2, cl))
    up = "booking-booking-api-8080"
    uaddr = "10.244.%d.%d:8080" % (rng.randrange(0, 8), rng.randrange(2, 250))
    mob = "MarinaApp/3.%d.0 (iPhone; iOS 17.3)" % rng.randrange(1, 9)
    web = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36"
    c1, c2, c3 = ("%d.%d.%d.%d" % (rng.choice([46, 78, 93, 185]), rng.randrange(0, 255), rng.randrange(0, 255), rng.randrange(2, 254)) for _ in range(3))

    def rid():
        return rs(rng, 32, HEX)
    ids = [rid() for _ in range(12)]
    uid = "u_%s" % rs(rng, 10, LOWNUM)
    n5 = rng.randrange(1500, 2300)
    rem = rng.randrange(4930, 4990)
    rng_bid, rng_4xx, rng_p99 = rng.randrange(20000, 99999), rng.randrange(12, 40), rng.randrange(140, 220)
    w = Win(rng, start_us(rng, 9))
    w.add(0, ing, lambda t: ingress_nginx(t, c1, "GET", "/api/v1/berths/availability?season=summer&length=12", 200, 4211, web, 0.041, up, uaddr, ids[0], "https://book.marina-porat.example/"))
    w.add((0.5, 3), ing, lambda t: ingress_nginx(t, c1, "GET", "/favicon.ico", 404, 146, web, 0.001, "upstream-default-backend", "-", ids[1], "https://book.marina-porat.example/"))
    w.add((1, 5), ing, lambda t: ingress_nginx(t, c2, "GET", "/api/v1/me/bookings", 401, 58, mob, 0.006, up, uaddr, ids[2]))
    w.add((0.001, 0.01), api, lambda t: zap(t, "info", "auth/session.go:97", "session expired, client must re-authenticate", user_id=uid, token_age="12h0m41s"))
    w.add((2, 8), ing, lambda t: ingress_nginx(t, c2, "POST", "/api/v1/auth/login", 200, 812, mob, 0.118, up, uaddr, ids[3], reqlen=688))
    w.add((0.3, 1), ing, lambda t: ingress_nginx(t, c2, "GET", "/api/v1/me/bookings", 200, 2390, mob, 0.034, up, uaddr, ids[4]))
    w.add((1, 5), ing, lambda t: ingress_nginx(t, c1, "POST", "/api/v1/bookings", 201, 640, web, 0.212, up, uaddr, ids[5], "https://book.marina-porat.example/berths", reqlen=1532))
    w.add((2, 10), ing, lambda t: '%s - - [%s] "GET /api/v1/berths/map?pier=C HTTP/1.1" 499 0 "-" "%s" 402 2.001 [%s] [] %s 0 2.001 - %s' % (c3, t.clf(), mob, up, uaddr, ids[6]))
    w.add((0.2, 1), ing, lambda t: ingress_nginx(t, c3, "GET", "/api/v1/berths/map?pier=C", 200, 18230, mob, 0.311, up, uaddr, ids[7]))
    w.add((3, 15), api, lambda t: zap(t, "info", "weather/client.go:64", "marine forecast refreshed", provider="seaweather", status=200, x_ratelimit_limit=5000, x_ratelimit_remaining=rem))
    w.add((2, 10), ing, lambda t: ingress_nginx(t, c1, "GET", "/api/v1/bookings/%d/invoice.pdf" % rng_bid, 200, 48211, web, 0.093, up, uaddr, ids[8]))
    w.add((5, 20), api, lambda t: zap(t, "info", "middleware/stats.go:40", "request stats", window="5m", requests=n5, status_5xx=0, status_4xx=rng_4xx, client_closed=1, p99_ms=rng_p99))
    w.add((1, 6), ing, lambda t: ingress_nginx(t, c2, "GET", "/api/v1/marina/notices", 200, 933, mob, 0.012, up, uaddr, ids[9]))
    extra = [("GET", "/api/v1/berths/availability?season=summer&length=%d" % rng.choice([8, 10, 14, 16]), 200, rng.randrange(3000, 6000), 0.03),
             ("GET", "/api/v1/marina/fuel-prices", 200, 412, 0.008),
             ("POST", "/api/v1/bookings/quote", 200, 1290, 0.066),
             ("GET", "/api/v1/berths/map?pier=A", 200, 17455, 0.27),
             ("GET", "/api/v1/me/invoices", 200, 3310, 0.041)]
    for k in range(rng.randrange(3, 6)):
        m_, pth, st_, sz, rt = extra[k]
        xid = rs(rng, 32, HEX)
        w.add((0.5, 6), ing, lambda t, m_=m_, pth=pth, st_=st_, sz=sz, rt=rt, xid=xid: ingress_nginx(t, c2 if k % 2 else c1, m_, pth, st_, sz, mob if k % 2 else web, rt, up, uaddr, xid))
    w.add((1, 6), ing, lambda t: ingress_nginx(t, c1, "GET", "/robots.txt", 404, 146, "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)", 0.001, "upstream-default-backend", "-", ids[10]))
    return {"question": "Customers report nothing, but the booking ingress shows 401, 404 and 499 responses. Is the booking site healthy?",
            "selector": sel(ns="booking"), "win": w,
            "expected": healthy(
                "No incident: the 401 is an expired 12-hour session followed by a successful login, the 404s are favicon and robots.txt, the single 499 is a mobile client that gave up after 2 s and retried successfully, and the API reports zero 5xx among about two thousand requests with low forecast-API quota usage.",
                "Booking traffic is served normally; no errors on the server side.")}


@scenario("mar-h-fuel-dock-payments", MAR, "healthy", "doks", ["datadog"])
def mar_h_fuel_dock_payments(rng):
    cl = "marina-prod"
    n1, n2 = node_name(rng, "doks"), node_name(rng, "doks")
    base = dep_pod(rng, "fuel-payments").rsplit("-", 1)[0]
    fpa = "%s-%s" % (base, rs(rng, 5))
    fp = labels("datadog", k8s("payments", "fuel-payments", fpa, n1, cl, dd_source="java"))
    pc = labels("datadog", k8s("payments", "pump-ctl", dep_pod(rng, "pump-ctl"), n2, cl, dd_source="nodejs"))
    L = "c.m.fuel.payment.PaymentService"
    evt = "evt_%s" % rs(rng, 24, LOWNUM)
    a1, a2 = round(rng.uniform(60, 140), 2), round(rng.uniform(40, 80), 2)
    ntx = rng.randrange(90, 180)
    w = Win(rng, start_us(rng, 10))
    w.add(0, fp, lambda t: logback_json(t, "INFO", L, "Authorization approved: terminal=T1 pump=2 preauth=150.00 EUR"))
    w.add((20, 90), fp, lambda t: logback_json(t, "WARN", L, "Authorization declined by issuer: terminal=T2 pump=4 reason=insufficient_funds code=51", thread="http-nio-8080-exec-3"))
    w.add((20, 60), fp, lambda t: logback_json(t, "INFO", L, "Authorization approved: terminal=T2 pump=4 preauth=150.00 EUR (new card)", thread="http-nio-8080-exec-5"))
    w.add((60, 200), pc, lambda t: pino(t, 30, "pump-ctl", "pump stopped", pump=2, reason="nozzle returned", litres=round(a1 / 1.62, 2), amountEur=a1))
    w.add((0.5, 2), fp, lambda t: logback_json(t, "WARN", "c.m.fuel.provider.CaptureClient", "Capture failed with HTTP 503 from provider, retrying in 500 ms (attempt 1/3)", thread="capture-1"))
    w.add((0.5, 1.2), fp, lambda t: logback_json(t, "INFO", "c.m.fuel.provider.CaptureClient", "Capture ok: terminal=T1 amount=%.2f EUR (attempt 2)" % a1, thread="capture-1"))
    w.add((1, 5), fp, lambda t: logback_json(t, "INFO", "c.m.fuel.webhook.WebhookController", "Webhook payment_intent.succeeded %s processed" % evt, thread="http-nio-8080-exec-8"))
    w.add((2, 30), fp, lambda t: logback_json(t, "WARN", "c.m.fuel.webhook.WebhookController", "Duplicate webhook %s ignored (already processed, idempotency key match)" % evt, thread="http-nio-8080-exec-2"))
    w.add((60, 180), pc, lambda t: pino(t, 30, "pump-ctl", "pump stopped", pump=4, reason="preset reached", litres=round(a2 / 1.62, 2), amountEur=a2))
    w.add((0.5, 2), fp, lambda t: logback_json(t, "INFO", "c.m.fuel.provider.CaptureClient", "Capture ok: terminal=T2 amount=%.2f EUR (attempt 1)" % a2, thread="capture-2"))
    w.add((30, 120), fp, lambda t: logback_json(t, "INFO", "c.m.fuel.recon.ReconciliationJob", "Daily reconciliation finished: %d transactions, mismatches: 0, errors: none" % ntx, thread="scheduling-1"))
    w.add((5, 30), pc, lambda t: pino(t, 30, "pump-ctl", "terminal heartbeat", terminals=["T1", "T2"], online=2, offline=0))
    w.add((5, 30), fp, lambda t: logback_json(t, "INFO", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Pool stats (total=10, active=0, idle=10, waiting=0)", thread="HikariPool-1 housekeeper"))
    return {"question": "The fuel dock payment service logged a declined card, a 503 and a duplicate webhook. Are payments broken?",
            "selector": sel(ns="payments", app="fuel-payments"), "win": w,
            "expected": healthy(
                "No incident: an issuer decline for insufficient funds is a normal business outcome (the customer paid with another card), the provider's single 503 on capture succeeded on retry, and the duplicate webhook was correctly ignored by idempotency; reconciliation reports no mismatches.",
                "Fuel dock payments are authorised and captured normally; both terminals online.")}


@scenario("mar-h-boat-telematics", MAR, "healthy", "lke", ["vector"])
def mar_h_boat_telematics(rng):
    cl = "marina-telematics"
    n1, n2 = node_name(rng, "lke"), node_name(rng, "lke")
    ti = labels("vector", k8s("telematics", "telematics-ingest", dep_pod(rng, "telematics-ingest"), n1, cl))
    tr = labels("vector", k8s("telematics", "trip-service", dep_pod(rng, "trip-service"), n2, cl))
    boats = ["RB-%02d" % i for i in rng.sample(range(1, 25), 6)]
    mid = rng.randrange(1000, 60000)
    nrec = rng.randrange(4000, 9000)
    rng_bk = rng.randrange(10000, 99999)
    w = Win(rng, start_us(rng, 8))
    w.add(0, ti, lambda t: zap(t, "info", "ingest/position.go:71", "position", boat=boats[0], lat=45.2291, lon=13.5942, sog_kn=5.2))
    for k in range(rng.randrange(3, 7)):
        b_ = rng.choice(boats)
        lat_, lon_, sog = round(45.22 + rng.uniform(0, 0.05), 4), round(13.55 + rng.uniform(0, 0.08), 4), round(rng.uniform(0, 7), 1)
        w.add((2, 15), ti, lambda t, b_=b_, lat_=lat_, lon_=lon_, sog=sog: zap(t, "info", "ingest/position.go:71", "position", boat=b_, lat=lat_, lon=lon_, sog_kn=sog))
    w.add((5, 30), ti, lambda t: zap(t, "warn", "ingest/gps.go:118", "gps fix lost", boat=boats[1], hdop=99.9, sats=2, note="covered berth"))
    w.add((20, 90), ti, lambda t: zap(t, "info", "ingest/gps.go:131", "gps fix regained", boat=boats[1], hdop=1.1, sats=9))
    w.add((5, 30), tr, lambda t: logrus_json(t, "info", "rental trip started", off=60, boat=boats[2], booking="R-%d" % rng_bk, skipper_checked=True))
    w.add((30, 120), ti, lambda t: zap(t, "warn", "geo/fence.go:55", "geofence exit", boat=boats[2], fence="harbour", rental_active=True))
    w.add((10, 60), ti, lambda t: zap(t, "info", "mqtt/session.go:203", "client disconnected", client="boat-%s" % boats[3], reason="connection reset by peer", net="lte"))
    w.add((20, 100), ti, lambda t: zap(t, "info", "mqtt/session.go:160", "client connected", client="boat-%s" % boats[3], session_present=True, queued_flushed=14))
    w.add((0.01, 0.2), ti, lambda t: zap(t, "debug", "mqtt/dedup.go:44", "duplicate message ignored (QoS1 redelivery)", client="boat-%s" % boats[3], msg_id=mid))
    w.add((10, 60), ti, lambda t: zap(t, "warn", "ingest/power.go:88", "battery low voltage", boat=boats[4], volts=11.6, engine="off"))
    w.add((60, 200), ti, lambda t: zap(t, "info", "ingest/power.go:95", "battery voltage normal", boat=boats[4], volts=13.9, engine="running"))
    w.add((5, 40), ti, lambda t: zap(t, "info", "fleet/status.go:39", "device offline (expected)", boat=boats[5], state="winter storage", alerting="suppressed"))
    w.add((20, 90), tr, lambda t: logrus_json(t, "info", "rental trip ended", off=60, boat=boats[0], fuel_l=18.4, engine_hours=2.3))
    w.add((10, 60), ti, lambda t: zap(t, "info", "ingest/stats.go:22", "ingest stats", window="15m", received=nrec, dropped=0, decode_errors=0, late=3))
    return {"question": "Telematics shows a lost GPS fix, a geofence exit, a low battery and an offline boat. Should someone check the fleet?",
            "selector": sel(ns="telematics"), "win": w,
            "expected": healthy(
                "No incident: the GPS fix was lost in a covered berth and regained, the geofence exit belongs to an active rental trip, the low battery recovered once the engine started, the offline boat is in winter storage with alerting suppressed, and the LTE disconnect was followed by a reconnect with queued messages delivered.",
                "Telematics ingest is healthy with zero dropped messages or decode errors.")}


@scenario("mar-h-staff-app-scale-down", MAR, "healthy", "aks", ["azure"])
def mar_h_staff_app_scale_down(rng):
    cl = "aks-marina-staff"
    n1, n2 = node_name(rng, "aks", "staffpool"), node_name(rng, "aks", "staffpool")
    base = dep_pod(rng, "staff-app").rsplit("-", 1)[0]
    pa, pb = "%s-%s" % (base, rs(rng, 5)), "%s-%s" % (base, rs(rng, 5))
    A = labels("azure", k8s("staff", "staff-app", pa, n1, cl))
    Ae = labels("azure", k8s("staff", "staff-app", pa, n1, cl, stream="stderr"))
    B = labels("azure", k8s("staff", "staff-app", pb, n2, cl))
    uid = "staff-%03d" % rng.randrange(1, 60)
    sid = rs(rng, 20, LOWNUM)
    sid2, sid3 = rs(rng, 20, LOWNUM), rs(rng, 20, LOWNUM)
    rng_n = rng.randrange(40, 120)
    w = Win(rng, start_us(rng, 17))
    w.add(0, A, lambda t: pino(t, 30, pa, "request completed", req={"method": "GET", "url": "/api/tasks?pier=A"}, res={"statusCode": 200}, responseTime=23))
    w.add((0.01, 0.5), Ae, lambda t: "(node:1) [DEP0040] DeprecationWarning: The `punycode` module is deprecated. Please use a userland alternative instead.")
    w.add((0.001, 0.01), Ae, lambda t: "(Use `node --trace-deprecation ...` to show where the warning was created)")
    w.add((5, 30), A, lambda t: pino(t, 40, pa, "access token expired", userId=uid, code="TOKEN_EXPIRED", status=401))
    w.add((0.2, 1), A, lambda t: pino(t, 30, pa, "request completed", req={"method": "POST", "url": "/api/auth/refresh"}, res={"statusCode": 200}, responseTime=41))
    w.add((0.1, 0.5), A, lambda t: pino(t, 30, pa, "request completed", req={"method": "GET", "url": "/api/tasks?pier=A"}, res={"statusCode": 200}, responseTime=19))
    w.add((10, 60), B, lambda t: pino(t, 30, pb, "socket disconnected", socketId=sid, reason="transport close", userId=uid))
    w.add((1, 5), B, lambda t: pino(t, 30, pb, "socket connected", socketId=sid2, userId=uid, recovered=True))
    w.add((20, 90), A, lambda t: pino(t, 30, pa, "reminder sent", task="berth B-07 inspection", dueInMinutes=30, channel="push"))
    w.add((60, 240), B, lambda t: pino(t, 30, pb, "received SIGTERM, shutting down gracefully", openSockets=2, inflight=0))
    w.add((0.2, 2), B, lambda t: pino(t, 30, pb, "websocket clients notified to reconnect", count=2))
    w.add((0.5, 3), B, lambda t: pino(t, 30, pb, "http server closed, exiting with code 0"))
    w.add((1, 8), A, lambda t: pino(t, 30, pa, "socket connected", socketId=sid3, userId=uid, recovered=True))
    w.add((20, 90), A, lambda t: pino(t, 30, pa, "tasks sync finished", synced=rng_n, failed=0))
    return {"question": "Staff report a brief reconnect in the app this evening. Was there a problem?",
            "selector": sel(ns="staff", app="staff-app"), "win": w,
            "expected": healthy(
                "No incident: one staff-app replica was removed by the autoscaler after the evening peak and shut down gracefully on SIGTERM, asking its websocket clients to reconnect to the remaining replica; the 401 was an expired access token refreshed immediately and the punycode deprecation warning is harmless.",
                "Staff app is serving normally after a graceful scale-down; task sync has no failures.")}


def cnpg(t, pod, msg, backend="checkpointer", sev="LOG", pid=None, user="", db="", sqlstate="00000", logger="postgres"):
    """CloudNativePG instance-manager JSON wrapping a PostgreSQL csvlog record."""
    rec = {"log_time": t.sp(3, ".", " UTC"), "user_name": user, "database_name": db,
           "process_id": str(pid), "error_severity": sev, "sql_state_code": sqlstate,
           "message": msg, "backend_type": backend}
    return jd({"level": "info", "ts": t.iso(9), "logger": logger, "msg": "record",
               "logging_pod": pod, "record": rec})


@scenario("mar-h-booking-db-maintenance", MAR, "healthy", "doks", ["fluentbit"])
def mar_h_booking_db_maintenance(rng):
    cl = "marina-prod"
    n1, n2 = node_name(rng, "doks"), node_name(rng, "doks")
    db = labels("fluentbit", k8s("booking", "booking-db", "booking-db-1", n1, cl, container="postgres"))
    pb = labels("fluentbit", k8s("booking", "booking-pgbouncer", dep_pod(rng, "booking-pgbouncer"), n2, cl, container="pgbouncer"))
    api = labels("fluentbit", k8s("booking", "booking-api", dep_pod(rng, "booking-api"), n2, cl))
    ck, av, bk = rng.randrange(60, 90), rng.randrange(9000, 30000), rng.randrange(9000, 30000)
    wal = "00000001%08X%08X" % (rng.randrange(0x90, 0xA9), rng.randrange(0x10, 0xF0))
    cip = "10.244.%d.%d" % (rng.randrange(0, 8), rng.randrange(2, 250))
    conn = "0x55%x" % rng.randrange(0x1000000000, 0xffffffffff)
    xs, qs = rng.randrange(20, 45), rng.randrange(150, 320)
    rng_port, rng_el, rng_slow = rng.randrange(30000, 60000), rng.uniform(0.2, 0.6), rng.randrange(120, 260)
    rng_a, rng_l1, rng_l2 = rng.randrange(10, 90), rng.randrange(0x90, 0xA9), rng.randrange(0x10000000, 0xF0000000)

    def stats(t, x, q):
        return "%s [1] LOG stats: %d xacts/s, %d queries/s, in %d B/s, out %d B/s, xact %d us, query %d us, wait %d us" % (
            t.sp(3, ".", " UTC"), x, q, q * 190, q * 2400, rng.randrange(1500, 2500), rng.randrange(300, 500), rng.randrange(5, 30))
    w = Win(rng, start_us(rng, 3))
    w.add(0, db, lambda t: cnpg(t, "booking-db-1", "checkpoint starting: time", pid=ck))
    w.add((5, 30), pb, lambda t: stats(t, xs, qs))
    w.add((10, 60), db, lambda t: cnpg(t, "booking-db-1", 'automatic vacuum of table "booking.public.reservations": index scans: 1, pages: 0 removed, 18422 remain, 2210 scanned (12.00% of total), tuples: 4112 removed, 402311 remain, 0 are dead but not yet removable', backend="autovacuum worker", pid=av))
    w.add((0.5, 3), db, lambda t: cnpg(t, "booking-db-1", 'automatic analyze of table "booking.public.reservations"', backend="autovacuum worker", pid=av))
    w.add((10, 60), db, lambda t: cnpg(t, "booking-db-1", "could not receive data from client: Connection reset by peer", backend="client backend", pid=bk, user="booking", db="booking", sqlstate="08006"))
    w.add((0.5, 5), pb, lambda t: "%s [1] LOG C-%s: booking/booking@%s:%d closing because: client close request (age=600s)" % (t.sp(3, ".", " UTC"), conn, cip, rng_port))
    w.add((10, 40), db, lambda t: jd({"level": "info", "ts": t.iso(9), "logger": "wal-archive", "msg": "Archived WAL file", "logging_pod": "booking-db-1", "walName": "pg_wal/%s" % wal, "elapsedWalTime": round(rng_el, 3)}))
    w.add((5, 30), api, lambda t: zap(t, "info", "db/pool.go:58", "db pool stats", open=12, in_use=3, idle=9, wait_count=0, slowest_query_ms=rng_slow, slow_threshold_ms=500))
    w.add((30, 120), pb, lambda t: stats(t, xs + 3, qs + 11))
    w.add((60, 170), db, lambda t: cnpg(t, "booking-db-1", "checkpoint complete: wrote 1843 buffers (11.2%%); 0 WAL file(s) added, 0 removed, 2 recycled; write=179.9%02d s, sync=0.004 s, total=179.9%02d s; sync files=37, longest=0.002 s, average=0.001 s; distance=29731 kB, estimate=31204 kB; lsn=%X/%X, redo lsn=%X/%X" % (rng_a, rng_a + 3, rng_l1, rng_l2, rng_l1, rng_l2 - 0x1000), pid=ck))
    w.add((5, 30), db, lambda t: jd({"level": "info", "ts": t.iso(9), "logger": "wal-archive", "msg": "Archived WAL file", "logging_pod": "booking-db-1", "walName": "pg_wal/%s" % (wal[:-2] + "%02X" % ((int(wal[-2:], 16) + 1) % 256)), "elapsedWalTime": round(rng_el + 0.05, 3)}))
    w.add((10, 60), api, lambda t: zap(t, "info", "db/pool.go:58", "db pool stats", open=12, in_use=2, idle=10, wait_count=0, slowest_query_ms=rng_slow - 17, slow_threshold_ms=500))
    w.add((30, 120), pb, lambda t: stats(t, xs - 2, qs - 9))
    return {"question": "Is the booking PostgreSQL cluster healthy? I saw 'connection reset' and vacuum lines.",
            "selector": sel(ns="booking", app="booking-db"), "win": w,
            "expected": healthy(
                "No incident: routine checkpoints, autovacuum/analyze and WAL archiving; the connection reset is a pooled client connection closed by pgbouncer's lifetime policy, and the slowest queries stay well under the 500 ms threshold.",
                "Booking database and pooler operate normally with no waiting clients.")}


@scenario("mar-h-shore-power-edge", MAR, "healthy", "k3s", ["otel"])
def mar_h_shore_power_edge(rng):
    cl = "marina-edge"
    nd = node_name(rng, "k3s", "pier-gw-")
    gw = labels("otel", k8s("shore-power", "shorepower-gw", dep_pod(rng, "shorepower-gw"), nd, cl))
    nm = rng.randrange(26, 32)
    m_bad, m_off = rng.randrange(15, 26), rng.randrange(1, 14)
    kwh = round(rng.uniform(6, 20), 1)
    w = Win(rng, start_us(rng, 12))
    w.add(0, gw, lambda t: rust_tracing(t, "INFO", "shorepower_gw::meters", "poll cycle complete meters=%d online=%d idle=2 faults=0" % (nm, nm - 2)))
    w.add((5, 30), gw, lambda t: rust_tracing(t, "WARN", "shorepower_gw::modbus", "CRC mismatch from meter %d, retrying (1/3)" % m_bad))
    w.add((0.1, 0.4), gw, lambda t: rust_tracing(t, "INFO", "shorepower_gw::modbus", "meter %d read ok on retry 1" % m_bad))
    w.add((10, 60), gw, lambda t: rust_tracing(t, "INFO", "shorepower_gw::selftest", "RCD test pedestal P-04: tripped in %d ms (limit 300 ms) PASS" % rng.randrange(18, 40)))
    w.add((1, 5), gw, lambda t: rust_tracing(t, "WARN", "shorepower_gw::selftest", "overcurrent test pedestal P-04: breaker opened as expected (test mode), re-closed OK"))
    w.add((10, 60), gw, lambda t: rust_tracing(t, "INFO", "shorepower_gw::meters", "meter %d offline: breaker open, berth B-%02d unoccupied (expected)" % (m_off, m_off)))
    w.add((10, 60), gw, lambda t: rust_tracing(t, "INFO", "shorepower_gw::ota", "firmware check: no update available (current 3.4.1)"))
    w.add((20, 90), gw, lambda t: rust_tracing(t, "INFO", "shorepower_gw::billing", "session closed berth B-03: %.1f kWh, 0 interruptions" % kwh))
    w.add((10, 60), gw, lambda t: rust_tracing(t, "INFO", "shorepower_gw::upload", "uploaded 48 readings to billing, 0 failed"))
    w.add((20, 90), gw, lambda t: rust_tracing(t, "INFO", "shorepower_gw::meters", "poll cycle complete meters=%d online=%d idle=2 faults=0" % (nm, nm - 2)))
    w.add((10, 60), gw, lambda t: rust_tracing(t, "INFO", "shorepower_gw::billing", "session opened berth B-11: boat checked in by staff"))
    w.add((10, 60), gw, lambda t: rust_tracing(t, "INFO", "shorepower_gw::upload", "uploaded 48 readings to billing, 0 failed"))
    w.add((10, 60), gw, lambda t: rust_tracing(t, "INFO", "shorepower_gw::health", "uptime 14d, error_count=0, modbus_retries_24h=3"))
    return {"question": "The shore-power gateway logged a CRC mismatch, an overcurrent breaker opening and an offline meter. Any problem on the pier?",
            "selector": sel(ns="shore-power"), "win": w,
            "expected": healthy(
                "No incident: a single Modbus CRC error was retried successfully, the breaker opening was part of the scheduled overcurrent/RCD self-test which passed, and the offline meter belongs to an unoccupied berth with its breaker open.",
                "Shore-power metering, billing sessions and uploads are normal with no faults.")}


@scenario("mar-i-pos-bridge-refused", MAR, "incident", "doks", ["datadog"])
def mar_i_pos_bridge_refused(rng):
    cl = "marina-prod"
    n1, n2, n3 = node_name(rng, "doks"), node_name(rng, "doks"), node_name(rng, "doks")
    fp = labels("datadog", k8s("payments", "fuel-payments", dep_pod(rng, "fuel-payments"), n1, cl, dd_source="java"))
    base = dep_pod(rng, "pos-bridge").rsplit("-", 1)[0]
    old, new = "%s-%s" % (base, rs(rng, 5)), "%s-%s" % (base, rs(rng, 5))
    pb = labels("datadog", k8s("payments", "pos-bridge", new, n3, cl, dd_source="go"))
    ex = labels("datadog", k8s("kube-system", "event-exporter", dep_pod(rng, "event-exporter"), n1, cl, dd_source="kubernetes"))
    svc = "pos-bridge.payments.svc.cluster.local"
    sip = "10.245.%d.%d" % (rng.randrange(0, 255), rng.randrange(2, 250))
    L = "c.m.fuel.payment.PaymentService"
    refused = ('I/O error on POST request for "http://%s:8080/v1/authorize": Connect to http://%s:8080 [%s/%s] failed: Connection refused' % (svc, svc, svc, sip))
    amts = [round(rng.uniform(40, 160), 2) for _ in range(4)]
    nfail = rng.randrange(6, 10)
    rng_lat = rng.randrange(80, 240)
    w = Win(rng, start_us(rng, 11))
    w.add(0, fp, lambda t: logback_json(t, "INFO", L, "Authorization approved: terminal=T1 pump=1 preauth=150.00 EUR"))
    w.add((10, 60), ex, lambda t: ev_exporter(t, "payments", "Pod", old, "Killing", "Stopping container pos-bridge", "Normal", "kubelet", n2))
    w.add((5, 20), fp, lambda t: logback_json(t, "ERROR", L, refused, thread="http-nio-8080-exec-2"), ev=True)
    w.add((0.01, 0.1), fp, lambda t: logback_json(t, "WARN", L, "Payment failed: terminal=T2 pump=3 amount=%.2f EUR reason=POS_UNAVAILABLE" % amts[0], thread="http-nio-8080-exec-2"), ev=True)
    w.add((2, 6), ex, lambda t: ev_exporter(t, "payments", "Pod", new, "Scheduled", "Successfully assigned payments/%s to %s" % (new, n3), "Normal", "default-scheduler"))
    w.add((10, 40), fp, lambda t: logback_json(t, "ERROR", L, refused, thread="http-nio-8080-exec-6"), ev=True)
    w.add((0.01, 0.1), fp, lambda t: logback_json(t, "WARN", L, "Payment failed: terminal=T1 pump=2 amount=%.2f EUR reason=POS_UNAVAILABLE" % amts[1], thread="http-nio-8080-exec-6"), ev=True)
    w.add((20, 40), ex, lambda t: ev_exporter(t, "payments", "Pod", new, "Pulled", 'Successfully pulled image "registry.digitalocean.com/marina/pos-bridge:1.9.3" in 31.402s (31.402s including waiting). Image size: 48211932 bytes.', "Normal", "kubelet", n3))
    w.add((10, 40), fp, lambda t: logback_json(t, "ERROR", L, refused, thread="http-nio-8080-exec-9"), ev=True)
    w.add((0.5, 2), pb, lambda t: logrus_json(t, "info", "pos-bridge starting", off=60, version="1.9.3", replicas_hint=1))
    w.add((2, 8), pb, lambda t: logrus_json(t, "info", "terminal gateway session established", off=60, terminals_online=2))
    w.add((5, 30), fp, lambda t: logback_json(t, "INFO", L, "Authorization approved: terminal=T2 pump=3 preauth=150.00 EUR", thread="http-nio-8080-exec-1"))
    w.add((10, 40), fp, lambda t: logback_json(t, "INFO", L, "Authorization approved: terminal=T1 pump=2 preauth=150.00 EUR", thread="http-nio-8080-exec-4"))
    w.add((30, 90), fp, lambda t: logback_json(t, "WARN", "c.m.fuel.payment.FailureReport", "Payment failures in last 10 min: %d (reason=POS_UNAVAILABLE), customers asked to retry at the pump" % nfail, thread="scheduling-1"), ev=True)
    w.add((10, 40), pb, lambda t: logrus_json(t, "info", "authorize ok", off=60, terminal="T1", latency_ms=rng_lat))
    for k in range(rng.randrange(3, 6)):
        amt = round(rng.uniform(30, 160), 2)
        term = rng.choice(["T1", "T2"])
        if k % 2 == 0:
            w.add((10, 50), fp, lambda t, amt=amt, term=term: logback_json(t, "INFO", "c.m.fuel.provider.CaptureClient", "Capture ok: terminal=%s amount=%.2f EUR (attempt 1)" % (term, amt), thread="capture-1"))
        else:
            w.add((10, 50), pb, lambda t, term=term, lat=rng.randrange(70, 200): logrus_json(t, "info", "authorize ok", off=60, terminal=term, latency_ms=lat))
    return {"question": "Fuel dock staff say card payments failed for a few minutes around midday. What happened?",
            "selector": sel(ns="payments"), "win": w,
            "expected": incident(
                "WARN", "connection_refused", "pos-bridge",
                "pos-bridge runs as a single replica; when its pod was stopped and rescheduled, the new pod needed about a minute and a half to pull and start, and during that gap fuel-payments got connection refused on every authorisation call.",
                "Card payments at the fuel dock failed for roughly two minutes (several POS_UNAVAILABLE failures) and recovered on their own once the new pos-bridge pod was up.",
                "Run pos-bridge with at least two replicas and a PodDisruptionBudget, and add a short retry with backoff in fuel-payments for connection errors.")}


@scenario("mar-i-coredns-upstream-timeouts", MAR, "incident", "lke", ["vector"])
def mar_i_coredns_upstream_timeouts(rng):
    cl = "marina-telematics"
    n1, n2 = node_name(rng, "lke"), node_name(rng, "lke")
    cd = labels("vector", k8s("kube-system", "coredns", dep_pod(rng, "coredns"), n1, cl))
    en = labels("vector", k8s("telematics", "telematics-enricher", dep_pod(rng, "telematics-enricher"), n2, cl, container="enricher"))
    ti = labels("vector", k8s("telematics", "telematics-ingest", dep_pod(rng, "telematics-ingest"), n2, cl))
    cip = "10.2.%d.%d" % (rng.randrange(0, 4), rng.randrange(2, 250))
    up = "172.105.%d.%d" % (rng.randrange(0, 255), rng.randrange(2, 250))
    dnsip = "10.128.0.10"
    tides, wx = "api.tides.example", "api.marine-weather.example"
    st = rng.randrange(100, 999)

    def cderr(t, name, q):
        return "[ERROR] plugin/errors: 2 %s. %s: read udp %s:%d->%s:53: i/o timeout" % (name, q, cip, rng.randrange(30000, 60000), up)

    def enf(t, what, host, path):
        return zap(t, "warn", "enrich/%s.go:61" % what, "%s lookup failed, using last value" % what,
                   error='Get "https://%s%s": dial tcp: lookup %s on %s:53: server misbehaving' % (host, path, host, dnsip))
    lk = rng.randrange(1100, 1500)
    fl = int(lk * rng.uniform(0.10, 0.14))
    rng_dp = rng.randrange(300, 700)
    w = Win(rng, start_us(rng, 10))
    w.add(0, en, lambda t: zap(t, "info", "enrich/pipeline.go:40", "enriched batch", positions=240, tide="ok", weather="ok"))
    w.add((5, 30), cd, lambda t: cderr(t, tides, "A"), ev=True)
    w.add((0.01, 0.2), en, lambda t: enf(t, "tide", tides, "/v1/tide?station=%d" % st), ev=True)
    w.add((2, 10), ti, lambda t: zap(t, "info", "ingest/stats.go:22", "ingest stats", window="1m", received=612, dropped=0))
    w.add((5, 30), cd, lambda t: cderr(t, wx, "AAAA"), ev=True)
    w.add((0.01, 0.2), en, lambda t: enf(t, "weather", wx, "/v2/point?lat=45.23&lon=13.59"), ev=True)
    w.add((1, 5), en, lambda t: zap(t, "info", "enrich/retry.go:33", "retry succeeded", target=tides, attempt=2))
    w.add((5, 20), cd, lambda t: '[WARNING] plugin/health: Local health request to "http://:8080/health" took more than 1s: 1.31%ds' % rng.randrange(0, 9))
    w.add((10, 40), cd, lambda t: cderr(t, tides, "A"), ev=True)
    w.add((0.01, 0.2), en, lambda t: enf(t, "tide", tides, "/v1/tide?station=%d" % st), ev=True)
    w.add((10, 40), en, lambda t: zap(t, "info", "enrich/pipeline.go:40", "enriched batch", positions=236, tide="stale", weather="ok"))
    w.add((10, 40), en, lambda t: zap(t, "warn", "enrich/stats.go:27", "dns lookup failures", window="15m", lookups=lk, failed=fl, retried_ok=fl - 9, delayed_positions=rng_dp), ev=True)
    w.add((2, 10), ti, lambda t: zap(t, "info", "ingest/stats.go:22", "ingest stats", window="1m", received=598, dropped=0))
    w.add((5, 20), cd, lambda t: cderr(t, wx, "A"), ev=True)
    for k in range(rng.randrange(2, 7)):
        if k % 2 == 0:
            w.add((5, 25), en, lambda t, n_=rng.randrange(220, 250): zap(t, "info", "enrich/pipeline.go:40", "enriched batch", positions=n_, tide="ok", weather="ok"))
        else:
            w.add((5, 25), ti, lambda t, n_=rng.randrange(580, 640): zap(t, "info", "ingest/stats.go:22", "ingest stats", window="1m", received=n_, dropped=0))
    return {"question": "Boat positions on the map show stale tide and weather overlays now and then. Why?",
            "selector": sel(ns="telematics", app="telematics-enricher"), "win": w,
            "expected": incident(
                "WARN", "dns_resolution", "coredns",
                "CoreDNS forwarding to the upstream resolver intermittently times out, so lookups of the external tide and weather API names fail with 'server misbehaving' (SERVFAIL) in telematics-enricher.",
                "About one in eight DNS lookups from the enricher fails; most succeed on retry, positions are still ingested but tide/weather enrichment is intermittently stale.",
                "Check CoreDNS upstream/forward configuration and the node resolver reachability (consider NodeLocal DNSCache or alternate upstreams); confirm the plugin/errors timeouts stop.")}


@scenario("mar-i-channel-manager-401", MAR, "incident", "doks", ["promtail"])
def mar_i_channel_manager_401(rng):
    cl = "marina-prod"
    n1, n2 = node_name(rng, "doks"), node_name(rng, "doks")
    bs = labels("promtail", k8s("booking", "booking-sync", dep_pod(rng, "booking-sync"), n1, cl))
    api = labels("promtail", k8s("booking", "booking-api", dep_pod(rng, "booking-api"), n2, cl))
    partner = "harbourlink"
    url = "https://api.harbourlink.example/v3/reservations?marina=porat&changed=1"
    tok_url = "https://auth.harbourlink.example/oauth2/token"
    rng_req, rng_b, rng_cf = rng.randrange(900, 1800), rng.randrange(1, 40), rng.randrange(6, 8)
    w = Win(rng, start_us(rng, 8))

    def run(first):
        w.add((0, 0) if first else (280, 300), bs, lambda t: structlog(t, "info", "sync run started", partner=partner))
        w.add((0.2, 1), bs, lambda t: structlog(t, "warning", "partner request unauthorized", partner=partner, method="GET", url=url, status=401,
                                                 body='{"error":"invalid_token","error_description":"access token expired"}'), ev=first)
        w.add((0.01, 0.2), bs, lambda t: structlog(t, "info", "refreshing access token", partner=partner, grant_type="client_credentials"))
        w.add((0.1, 0.6), bs, lambda t: structlog(t, "error", "token request failed", partner=partner, url=tok_url, status=401,
                                                   body='{"error":"invalid_client","error_description":"client authentication failed"}'), ev=True)
        w.add((0.01, 0.1), bs, lambda t: structlog(t, "error", "sync run aborted", partner=partner, imported=0, reason="authentication"), ev=first)
    run(True)
    w.add((20, 90), api, lambda t: zap(t, "info", "middleware/stats.go:40", "request stats", window="5m", requests=rng_req, status_5xx=0))
    w.add((10, 60), api, lambda t: zap(t, "info", "booking/create.go:141", "booking created", source="web", berth="C-%02d" % rng_b))
    run(False)
    w.add((1, 5), bs, lambda t: structlog(t, "error", "partner sync failing", partner=partner, consecutive_failures=rng_cf, last_success_min_ago=rng_cf * 5 + 1), ev=True)
    w.add((10, 60), api, lambda t: zap(t, "info", "middleware/stats.go:40", "request stats", window="5m", requests=rng_req + 37, status_5xx=0))
    return {"question": "No new reservations from HarbourLink have appeared in the last half hour. Why?",
            "selector": sel(ns="booking", app="booking-sync"), "win": w,
            "expected": incident(
                "ERROR", "auth_failure", "booking-sync",
                "The partner's OAuth token endpoint rejects booking-sync's client credentials (invalid_client), so the expired access token cannot be refreshed and every partner API call returns 401.",
                "Every HarbourLink sync run aborts with zero reservations imported; partner bookings have not been imported for about half an hour, while the booking site itself works.",
                "Verify the HarbourLink client ID/secret (likely rotated or revoked by the partner), update the Kubernetes Secret and restart booking-sync, then trigger a full resync.")}


@scenario("mar-i-booking-deadlocks", MAR, "incident", "lke", ["fluentbit"])
def mar_i_booking_deadlocks(rng):
    cl = "marina-booking-lke"
    n1, n2 = node_name(rng, "lke"), node_name(rng, "lke")
    apod = dep_pod(rng, "booking-api")
    api = labels("fluentbit", k8s("booking", "booking-api", apod, n1, cl))
    db = labels("fluentbit", k8s("booking", "booking-db", "booking-db-0", n2, cl, container="mysql"))
    app = "booking-api"
    SQL = "o.h.engine.jdbc.spi.SqlExceptionHelper"
    SVC = "c.m.booking.service.BookingService"
    th = ["http-nio-8080-exec-%d" % rng.randrange(1, 40) for _ in range(6)]
    bk = ["BK-%d" % rng.randrange(100000, 999999) for _ in range(6)]
    tid = rng.randrange(200, 900)

    def my(t, lvl, code, msg):
        return "%s %d [%s] [%s] [InnoDB] %s" % (t.iso(6), 0, lvl, code, msg)
    ndl = rng.randrange(11, 19)
    w = Win(rng, start_us(rng, 9))
    w.add(0, api, lambda t: spring(t, "INFO", app, th[0], SVC, "Booking %s confirmed for berth C-12 (7 nights)" % bk[0]))
    w.add((5, 40), db, lambda t: my(t, "Note", "MY-012468", "Transactions deadlock detected, dumping detailed information."), ev=True)
    w.add((0.001, 0.01), db, lambda t: my(t, "Note", "MY-012469", "*** (1) TRANSACTION: UPDATE berth_availability SET reserved = reserved + 1 WHERE berth_id = 412 AND night BETWEEN ? AND ?"))
    w.add((0.001, 0.01), db, lambda t: my(t, "Note", "MY-012469", "*** (2) TRANSACTION: UPDATE bookings SET status = 'CONFIRMED' WHERE id = %d" % tid))
    w.add((0.001, 0.01), db, lambda t: my(t, "Note", "MY-012469", "*** WE ROLL BACK TRANSACTION (2)"), ev=True)
    w.add((0.001, 0.05), api, lambda t: spring(t, "WARN", app, th[1], SQL, "SQL Error: 1213, SQLState: 40001"), ev=True)
    w.add((0.001, 0.01), api, lambda t: spring(t, "ERROR", app, th[1], SQL, "Deadlock found when trying to get lock; try restarting transaction"), ev=True)
    w.add((0.01, 0.1), api, lambda t: spring(t, "WARN", app, th[1], SVC, "Deadlock while confirming booking %s, retrying (1/3)" % bk[1]))
    w.add((0.1, 0.5), api, lambda t: spring(t, "INFO", app, th[1], SVC, "Booking %s confirmed for berth A-04 (3 nights) after 1 retry" % bk[1]))
    w.add((20, 90), api, lambda t: spring(t, "INFO", app, th[2], SVC, "Booking %s confirmed for berth B-19 (14 nights)" % bk[2]))
    w.add((20, 90), db, lambda t: my(t, "Note", "MY-012468", "Transactions deadlock detected, dumping detailed information."), ev=True)
    w.add((0.001, 0.05), api, lambda t: spring(t, "ERROR", app, th[3], SQL, "Deadlock found when trying to get lock; try restarting transaction"), ev=True)
    w.add((0.3, 1.5), api, lambda t: spring(t, "ERROR", app, th[3], "c.m.booking.web.ApiExceptionHandler", "Booking %s confirmation failed after 3 attempts: org.springframework.dao.CannotAcquireLockException -> HTTP 409 returned to client" % bk[3]), ev=True)
    w.add((10, 60), api, lambda t: spring(t, "INFO", app, th[4], SVC, "Booking %s confirmed for berth C-03 (2 nights)" % bk[4]))
    w.add((30, 120), api, lambda t: spring(t, "WARN", app, "scheduling-1", "c.m.booking.ops.DbHealthReporter", "Deadlocks in last 15 min: %d, retried ok: %d, failed confirmations: 2" % (ndl, ndl - 2)), ev=True)
    w.add((5, 30), api, lambda t: spring(t, "INFO", app, "HikariPool-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Pool stats (total=20, active=4, idle=16, waiting=0)"))
    return {"question": "Two customers got an error confirming a berth booking this morning. Is the booking system OK?",
            "selector": sel(ns="booking"), "win": w,
            "expected": incident(
                "WARN", "database", "booking-db",
                "Booking confirmation and availability updates lock the berth_availability and bookings rows in opposite order, so concurrent confirmations deadlock repeatedly in MySQL (error 1213) during the spring booking peak.",
                "InnoDB deadlocks recur every few minutes; most confirmations succeed on retry but a couple of customers received a 409 after three failed attempts.",
                "Make both code paths lock rows in the same order (or lock availability first with SELECT ... FOR UPDATE), keep transactions short, and monitor the deadlock count.")}


@scenario("mar-i-history-volume-multiattach", MAR, "incident", "aks", ["azure"])
def mar_i_history_volume_multiattach(rng):
    cl = "aks-marina-staff"
    old_n, new_n = node_name(rng, "aks", "datapool"), node_name(rng, "aks", "datapool")
    pod = "telematics-history-0"
    ex = labels("azure", k8s("monitoring", "event-exporter", dep_pod(rng, "event-exporter"), new_n, cl))
    th = labels("azure", k8s("telematics", "telematics-history", pod, new_n, cl, container="timescaledb"))
    tap = dep_pod(rng, "telematics-api")
    ta = labels("azure", k8s("telematics", "telematics-api", tap, new_n, cl))
    pvc = "pvc-%s" % uuid(rng)
    tok = rs(rng, 5, LOWNUM)
    rng_down, rng_fr = rng.randrange(150, 200), rng.randrange(40, 90)
    ma = 'Multi-Attach error for volume "%s" Volume is already exclusively attached to one node and can\'t be attached to another' % pvc
    w = Win(rng, start_us(rng, 13))
    w.add(0, ex, lambda t: ev_exporter(t, "telematics", "Pod", pod, "Killing", "Stopping container timescaledb", "Normal", "kubelet", old_n))
    w.add((5, 20), ta, lambda t: pino(t, 40, tap, "history backend unavailable, serving live positions only", error="connect ECONNREFUSED telematics-history:5432"))
    w.add((5, 20), ex, lambda t: ev_exporter(t, "telematics", "Pod", pod, "Scheduled", "Successfully assigned telematics/%s to %s" % (pod, new_n), "Normal", "default-scheduler"))
    w.add((1.2, 3), ex, lambda t: ev_exporter(t, "telematics", "Pod", pod, "FailedAttachVolume", ma, "Warning", "attachdetach-controller"), ev=True)
    w.add((30, 90), ta, lambda t: pino(t, 30, tap, "request completed", req={"method": "GET", "url": "/api/boats/RB-07/track?hours=24"}, res={"statusCode": 503}, responseTime=3))
    w.add((60, 120), ex, lambda t: ev_exporter(t, "telematics", "Pod", pod, "FailedMount", "Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[data kube-api-access-%s]: timed out waiting for the condition" % tok, "Warning", "kubelet", new_n), ev=True)
    w.add((20, 60), ex, lambda t: ev_exporter(t, "telematics", "Pod", pod, "FailedAttachVolume", ma, "Warning", "attachdetach-controller", count=4), ev=True)
    w.add((30, 90), ta, lambda t: pino(t, 40, tap, "history backend still unavailable", downSeconds=rng_down, failedRequests=rng_fr))
    w.add((60, 150), ex, lambda t: ev_exporter(t, "telematics", "Pod", pod, "FailedMount", "Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[data kube-api-access-%s]: timed out waiting for the condition" % tok, "Warning", "kubelet", new_n, count=2), ev=True)
    w.add((40, 90), ex, lambda t: ev_exporter(t, "telematics", "Pod", pod, "SuccessfulAttachVolume", 'AttachVolume.Attach succeeded for volume "%s" ' % pvc, "Normal", "attachdetach-controller"), ev=True)
    w.add((10, 25), th, lambda t: pg(t, 27, "LOG", "database system was not properly shut down; automatic recovery in progress"))
    w.add((2, 8), th, lambda t: pg(t, 1, "LOG", "database system is ready to accept connections"))
    w.add((1, 10), ta, lambda t: pino(t, 30, tap, "history backend recovered", downSeconds=rng_down + 290))
    w.add((1, 10), ta, lambda t: pino(t, 30, tap, "request completed", req={"method": "GET", "url": "/api/boats/RB-07/track?hours=24"}, res={"statusCode": 200}, responseTime=84))
    return {"question": "Boat track history was unavailable in the staff app for several minutes. What caused it?",
            "selector": sel(ns="telematics", pod=pod), "win": w,
            "expected": incident(
                "WARN", "storage", "telematics-history",
                "After telematics-history-0 moved to another node, its Azure disk stayed attached to the old node (Multi-Attach error), so the volume could not be attached and mounted until the detach completed several minutes later.",
                "The history database was down for roughly seven minutes while its pod waited for the volume; track-history requests returned 503, then the volume attached and the database recovered on its own.",
                "Check why the disk detach from the old node was slow (node drain/upgrade handling, CSI driver version); consider a replica or faster failover so history stays available during node moves.")}


@scenario("mar-i-invoice-report-oom", MAR, "incident", "microk8s", ["promtail", "journald"])
def mar_i_invoice_report_oom(rng):
    cl = "marina-office"
    nd = node_name(rng, "microk8s", "nuc-office-")
    p1, p2 = "invoice-report-%s" % rs(rng, 5), "invoice-report-%s" % rs(rng, 5)
    ex = labels("promtail", k8s("monitoring", "event-exporter", dep_pod(rng, "event-exporter"), nd, cl))
    r1 = labels("promtail", k8s("reports", "invoice-report", p1, nd, cl, container="report"))
    r2 = labels("promtail", k8s("reports", "invoice-report", p2, nd, cl, container="report"))
    kern = labels("journald", {"host": nd, "ident": "kernel", "transport": "kernel"})
    ntx, ncust = rng.randrange(30000, 48000), rng.randrange(480, 700)
    kpid = rng.randrange(20000, 60000)
    rss = rng.randrange(516000, 523000)
    w = Win(rng, start_us(rng, 1))
    w.add(0, ex, lambda t: ev_exporter(t, "reports", "Job", "invoice-report", "SuccessfulCreate", "Created pod: %s" % p1, "Normal", "job-controller"))
    w.add((5, 15), r1, lambda t: pylog(t, "INFO", "report.load", "loaded %d fuel and berth transactions for month-end" % ntx))
    w.add((20, 60), r1, lambda t: pylog(t, "INFO", "report.pdf", "building PDF statements for %d customers" % ncust))
    w.add((60, 180), r1, lambda t: pylog(t, "INFO", "report.pdf", "rendered %d/%d statements" % (ncust * 2 // 3, ncust)))
    w.add((10, 60), kern, lambda t: "python3 invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=999", ev=True)
    w.add((0.001, 0.01), kern, lambda t: "Memory cgroup out of memory: Killed process %d (python3) total-vm:1398212kB, anon-rss:%dkB, file-rss:11264kB, shmem-rss:0kB, UID:1000 pgtables:1312kB oom_score_adj:999" % (kpid, rss), ev=True)
    w.add((2, 8), ex, lambda t: ev_exporter(t, "reports", "Job", "invoice-report", "SuccessfulCreate", "Created pod: %s" % p2, "Normal", "job-controller"))
    w.add((5, 15), r2, lambda t: pylog(t, "INFO", "report.load", "loaded %d fuel and berth transactions for month-end" % ntx))
    w.add((20, 60), r2, lambda t: pylog(t, "INFO", "report.pdf", "building PDF statements for %d customers" % ncust))
    w.add((200, 300), r2, lambda t: pylog(t, "INFO", "report.pdf", "statements written: %d, 0 failed" % ncust))
    w.add((0.5, 2), r2, lambda t: pylog(t, "WARNING", "report.resources", "peak RSS 497 MiB (container limit 512 MiB)"), ev=True)
    w.add((1, 5), r2, lambda t: pylog(t, "INFO", "report.mail", "statements queued for e-mail delivery: %d" % ncust))
    w.add((1, 5), ex, lambda t: ev_exporter(t, "reports", "Job", "invoice-report", "Completed", "Job completed", "Normal", "job-controller"))
    return {"question": "The month-end invoice job finished late. Anything to fix?",
            "selector": sel(ns="reports", app="invoice-report"), "win": w,
            "expected": incident(
                "WARN", "oom_killed", "invoice-report",
                "The invoice-report container hits its 512 MiB memory limit while rendering the month-end PDF statements; the first pod was killed by the cgroup OOM killer and only the retry, peaking just under the limit, succeeded.",
                "The month-end invoice job was OOM-killed once and completed on the Job's retry, so statements went out late; the next run is likely to fail again.",
                "Raise the invoice-report memory limit (e.g. to 1 GiB) or stream the PDF rendering in smaller batches, and watch peak memory on the next run.")}


# =========================================================================== printshop
PRT = "synthetic:dev33-printshop"


@scenario("prt-h-preflight-repairs", PRT, "healthy", "kapsule", ["alloy"])
def prt_h_preflight_repairs(rng):
    cl = "print-prod"
    nd = node_name(rng, "kapsule", "print-prod-preflight")
    ppod = dep_pod(rng, "preflight-worker")
    pf = labels("alloy", k8s("prepress", "preflight-worker", ppod, nd, cl))
    mq = labels("alloy", k8s("prepress", "rabbitmq", "rabbitmq-0", nd, cl))
    o1, o2, o3 = (rng.randrange(50000, 99999) for _ in range(3))
    pid = "<0.%d.0>" % rng.randrange(10000, 40000)
    cip = "10.64.%d.%d" % (rng.randrange(0, 8), rng.randrange(2, 250))
    gs = "GPL Ghostscript 10.02.1"
    rng_port, rng_p = rng.randrange(30000, 60000), rng.randrange(150, 260)
    w = Win(rng, start_us(rng, 9))
    w.add(0, mq, lambda t: "%s [info] %s accepting AMQP connection %s (%s:%d -> 10.64.0.12:5672)" % (t.sp(6, ".", "+00:00"), pid, pid, cip, rng_port))
    w.add((0.01, 0.1), mq, lambda t: "%s [info] %s connection %s (%s:%d -> 10.64.0.12:5672): user 'preflight' authenticated and granted access to vhost '/'" % (t.sp(6, ".", "+00:00"), pid, pid, cip, rng_port))
    w.add((5, 30), pf, lambda t: gokit(t, "info", "worker.go:88", "job started", order=o1, file="cover.pdf", pages=4))
    w.add((0.5, 2), pf, lambda t: "   **** Warning: File has an invalid xref entry:  19.  Rebuilding xref table.")
    w.add((0.5, 3), pf, lambda t: "   **** This file had errors that were repaired or ignored.")
    w.add((0.001, 0.01), pf, lambda t: "   **** The file was produced by: ")
    w.add((0.001, 0.01), pf, lambda t: "   **** >>>> Microsoft\u00ae Word for Microsoft 365 <<<<")
    w.add((0.001, 0.01), pf, lambda t: "   **** Please notify the author of the software that produced this")
    w.add((2, 8), pf, lambda t: gokit(t, "info", "preflight.go:141", "preflight result", order=o1, engine=gs, errors=0, warnings=2, fixes="converted RGB to CMYK (FOGRA39); added 3 mm bleed by mirroring"))
    w.add((0.01, 0.1), pf, lambda t: gokit(t, "warn", "preflight.go:163", "image resolution below recommended", order=o1, page=2, effective_ppi=240, recommended_ppi=300, customer_ack="true"))
    w.add((10, 60), pf, lambda t: gokit(t, "info", "worker.go:88", "job started", order=o2, file="flyer_A5.pdf", pages=2))
    w.add((2, 10), pf, lambda t: gokit(t, "info", "preflight.go:141", "preflight result", order=o2, engine=gs, errors=0, warnings=0, fixes="none"))
    w.add((10, 60), pf, lambda t: gokit(t, "info", "worker.go:88", "job started", order=o3, file="poster_A1.pdf", pages=1))
    w.add((3, 15), pf, lambda t: gokit(t, "info", "preflight.go:141", "preflight result", order=o3, engine=gs, errors=0, warnings=1, fixes="flattened transparency"))
    w.add((10, 60), pf, lambda t: gokit(t, "info", "stats.go:30", "queue stats", depth=rng.randrange(1, 6), processed_1h=rng_p, failed_1h=0))
    return {"question": "Ghostscript keeps printing '**** Warning' and 'errors that were repaired' in the preflight logs. Are customer files being ruined?",
            "selector": sel(ns="prepress", app="preflight-worker"), "win": w,
            "expected": healthy(
                "No incident: Ghostscript repaired a broken xref table in a customer PDF produced by an office program, which is routine; preflight completed every job with zero errors, and the low-resolution image warning was acknowledged by the customer.",
                "Preflight processes all jobs successfully; no failures in the last hour.")}


@scenario("prt-h-portal-rolling-deploy", PRT, "healthy", "aks", ["datadog"])
def prt_h_portal_rolling_deploy(rng):
    cl = "aks-printshop"
    n1, n2 = node_name(rng, "aks", "apppool"), node_name(rng, "aks", "apppool")
    old = dep_pod(rng, "order-portal")
    new = dep_pod(rng, "order-portal")
    oldrs = old.rsplit("-", 1)[0]
    O = labels("datadog", k8s("shop", "order-portal", old, n1, cl, dd_source="java"))
    N = labels("datadog", k8s("shop", "order-portal", new, n2, cl, dd_source="java"))
    ex = labels("datadog", k8s("kube-system", "eventrouter", dep_pod(rng, "eventrouter"), n1, cl, dd_source="kubernetes"))
    app = "order-portal"
    nip = "10.244.%d.%d" % (rng.randrange(0, 8), rng.randrange(2, 250))
    ver = "5.%d.%d" % (rng.randrange(10, 20), rng.randrange(0, 9))
    st = round(rng.uniform(18, 27), 3)
    rng_o = rng.randrange(100000, 999999)
    w = Win(rng, start_us(rng, 6))
    w.add(0, N, lambda t: spring(t, "INFO", app, "main", "d.p.shop.OrderPortalApplication", "Starting OrderPortalApplication v%s using Java 21.0.2 with PID 1 (/app/app.jar started by app in /app)" % ver))
    w.add((0.01, 0.1), N, lambda t: spring(t, "INFO", app, "main", "d.p.shop.OrderPortalApplication", 'The following 1 profile is active: "prod"'))
    w.add((4, 8), N, lambda t: spring(t, "WARN", app, "main", "JpaBaseConfiguration$JpaWebConfiguration", "spring.jpa.open-in-view is enabled by default. Therefore, database queries may be performed during view rendering. Explicitly configure spring.jpa.open-in-view to disable this warning"))
    w.add((2, 5), ex, lambda t: ev_router(t, "shop", "Pod", new, "Unhealthy", 'Readiness probe failed: Get "http://%s:8080/actuator/health/readiness": dial tcp %s:8080: connect: connection refused' % (nip, nip), "Warning", "kubelet", n2))
    w.add((3, 6), N, lambda t: spring(t, "INFO", app, "main", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Start completed."))
    w.add((3, 6), N, lambda t: spring(t, "INFO", app, "main", "o.s.b.w.embedded.tomcat.TomcatWebServer", "Tomcat started on port 8080 (http) with context path ''"))
    w.add((0.05, 0.3), N, lambda t: spring(t, "INFO", app, "main", "d.p.shop.OrderPortalApplication", "Started OrderPortalApplication in %.3f seconds (process running for %.3f)" % (st, st + 1.4)))
    w.add((5, 12), O, lambda t: spring(t, "INFO", app, "SpringApplicationShutdownHook", "o.s.b.w.e.tomcat.GracefulShutdown", "Commencing graceful shutdown. Waiting for active requests to complete"))
    w.add((0.5, 3), O, lambda t: spring(t, "INFO", app, "tomcat-shutdown", "o.s.b.w.e.tomcat.GracefulShutdown", "Graceful shutdown complete"))
    w.add((0.05, 0.3), O, lambda t: spring(t, "INFO", app, "SpringApplicationShutdownHook", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Shutdown initiated..."))
    w.add((0.01, 0.2), O, lambda t: spring(t, "INFO", app, "SpringApplicationShutdownHook", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Shutdown completed."))
    w.add((1, 4), ex, lambda t: ev_router(t, "shop", "Deployment", "order-portal", "ScalingReplicaSet", "Scaled down replica set %s to 0 from 1" % oldrs, "Normal", "deployment-controller"))
    w.add((5, 30), N, lambda t: spring(t, "INFO", app, "http-nio-8080-exec-3", "d.p.shop.order.OrderService", "Order %d placed: 250 x business cards, 350 g matt, paid via PayPal" % rng_o))
    w.add((10, 40), N, lambda t: spring(t, "INFO", app, "http-nio-8080-exec-7", "d.p.shop.order.OrderService", "Order %d placed: 1 x roll-up banner 85x200, paid via card" % (rng_o + 3)))
    return {"question": "During this morning's order-portal deploy there was a readiness failure and a Spring warning. Did the rollout go wrong?",
            "selector": sel(ns="shop", app="order-portal"), "win": w,
            "expected": healthy(
                "No incident: a normal rolling deployment. The readiness probe failed once while the new JVM was still starting, the open-in-view message is Spring Boot's standard startup warning, and the old pod shut down gracefully after the new one was ready.",
                "order-portal rolled out a new version without errors; orders continue to be placed.")}


@scenario("prt-h-print-queue-maintenance", PRT, "healthy", "tkg", ["elastic"])
def prt_h_print_queue_maintenance(rng):
    cl = "tkg-print"
    n1 = node_name(rng, "tkg", cl)
    qp = dep_pod(rng, "print-queue")
    q = labels("elastic", k8s("production", "print-queue", qp, n1, cl))
    j = [rng.randrange(700000, 799999) for _ in range(5)]
    SC = "PrintQueue.Scheduling.PressRouter"
    rng_et, rng_po = rng.uniform(80, 400), rng.randrange(20000, 29999)
    rng_sh, rng_wa, rng_q = rng.randrange(800, 5000), rng.randrange(40, 120), rng.randrange(8, 20)
    w = Win(rng, start_us(rng, 7))
    w.add(0, q, lambda t: serilog(t, "Information", "Press {Press} set to {State} by {User}: {Reason}", Press="press-3", State="Maintenance", User="shift-lead", Reason="scheduled blanket change", SourceContext=SC))
    w.add((5, 40), q, lambda t: serilog(t, "Information", "Routing job {JobId} to {Press} ({Reason})", JobId=j[0], Press="press-1", Reason="press-3 in maintenance", SourceContext=SC))
    w.add((10, 60), q, lambda t: serilog(t, "Information", "Job {JobId} cancelled by customer before imposition", JobId=j[1], SourceContext="PrintQueue.Jobs.JobService"))
    w.add((10, 60), q, lambda t: serilog(t, "Warning", "Execution attempt. Source: '{PipelineName}/{PipelineInstance}/{StrategyName}', Operation Key: '{OperationKey}', Result: '{Result}', Handled: '{Handled}', Attempt: '{Attempt}', Execution Time: {ExecutionTimeMs}ms",
                                         PipelineName="rip-client", PipelineInstance="", StrategyName="Retry", OperationKey="", Result=503, Handled=True, Attempt=0, ExecutionTimeMs=round(rng_et, 4), SourceContext="Polly"))
    w.add((0.5, 2), q, lambda t: serilog(t, "Information", "Execution attempt. Source: '{PipelineName}/{PipelineInstance}/{StrategyName}', Operation Key: '{OperationKey}', Result: '{Result}', Handled: '{Handled}', Attempt: '{Attempt}', Execution Time: {ExecutionTimeMs}ms",
                                         PipelineName="rip-client", PipelineInstance="", StrategyName="Retry", OperationKey="", Result=200, Handled=False, Attempt=1, ExecutionTimeMs=round(rng_et * 3.1, 4), SourceContext="Polly"))
    w.add((5, 30), q, lambda t: serilog(t, "Warning", "The query uses a row limiting operator ('Skip'/'Take') without an 'OrderBy' operator. This may lead to unpredictable results. If the 'Distinct' operator is used after 'OrderBy', then make sure to use the 'OrderBy' operator after 'Distinct' as the ordering would otherwise get erased.",
                                         EventId={"Id": 10102, "Name": "Microsoft.EntityFrameworkCore.Query.RowLimitingOperationWithoutOrderByWarning"}, SourceContext="Microsoft.EntityFrameworkCore.Query"))
    w.add((10, 60), q, lambda t: serilog(t, "Information", "Paper stock {Stock} low: {Pallets} pallets left (reorder point {ReorderPoint}), purchase order {Po} already open", Stock="Munken Pure 120g", Pallets=2, ReorderPoint=3, Po="PO-%d" % rng_po, SourceContext="PrintQueue.Inventory.StockMonitor"))
    w.add((30, 120), q, lambda t: serilog(t, "Information", "Job {JobId} printed on {Press}: {Sheets} sheets, {Waste} waste", JobId=j[0], Press="press-1", Sheets=rng_sh, Waste=rng_wa, SourceContext="PrintQueue.Jobs.JobService"))
    w.add((20, 90), q, lambda t: serilog(t, "Information", "Queue stats: {Queued} queued, {Printing} printing, {Failed} failed", Queued=rng_q, Printing=2, Failed=0, SourceContext="PrintQueue.Jobs.QueueStats"))
    w.add((60, 240), q, lambda t: serilog(t, "Information", "Press {Press} set to {State} by {User}: {Reason}", Press="press-3", State="Online", User="shift-lead", Reason="maintenance finished", SourceContext=SC))
    w.add((5, 30), q, lambda t: serilog(t, "Information", "Routing job {JobId} to {Press} ({Reason})", JobId=j[2], Press="press-3", Reason="least loaded", SourceContext=SC))
    w.add((20, 90), q, lambda t: serilog(t, "Information", "Queue stats: {Queued} queued, {Printing} printing, {Failed} failed", Queued=rng_q - 2, Printing=3, Failed=0, SourceContext="PrintQueue.Jobs.QueueStats"))
    return {"question": "press-3 disappeared from the print queue and there were warnings about a 503 and a query. Is production affected?",
            "selector": sel(ns="production", app="print-queue"), "win": w,
            "expected": healthy(
                "No incident: press-3 was put into scheduled maintenance by the shift lead and brought back online, jobs were routed to other presses, the single RIP 503 was retried successfully by Polly, the EF Core row-limiting warning is a code-quality hint, and low paper stock already has an open purchase order.",
                "Print queue routes and prints jobs normally with zero failures.")}


@scenario("prt-h-courier-handoff-day", PRT, "healthy", "oke", ["otel"])
def prt_h_courier_handoff_day(rng):
    cl = "oke-print"
    n1, n2 = node_name(rng, "oke"), node_name(rng, "oke")
    ch = labels("otel", k8s("shipping", "courier-handoff", dep_pod(rng, "courier-handoff"), n1, cl))
    tr = labels("otel", k8s("shipping", "tracking-web", dep_pod(rng, "tracking-web"), n2, cl))
    trk = ["PX%d" % rng.randrange(10 ** 9, 10 ** 10) for _ in range(4)]
    nh = rng.randrange(180, 320)
    rng_o, rng_rem, rng_c = rng.randrange(100000, 999999), rng.randrange(4600, 4950), rng.randrange(2, 254)
    rng_j, rng_m = rng.randrange(10 ** 9, 10 ** 10), rng.randrange(10000, 99999)
    w = Win(rng, start_us(rng, 14))
    w.add(0, ch, lambda t: logrus_json(t, "info", "shipment created", off=60, order=rng_o, carrier="parcelco", tracking=trk[0], attempt=1))
    w.add((10, 60), ch, lambda t: logrus_json(t, "warning", "courier API request failed, retrying", off=60, order=rng_o + 1, carrier="parcelco", attempt=1,
                                               error='Post "https://api.parcelco.example/v2/shipments": context deadline exceeded (Client.Timeout exceeded while awaiting headers)'))
    w.add((1, 3), ch, lambda t: logrus_json(t, "info", "shipment created", off=60, order=rng_o + 1, carrier="parcelco", tracking=trk[1], attempt=2))
    w.add((1, 5), ch, lambda t: logrus_json(t, "info", "courier rate limit status", off=60, carrier="parcelco", limit=5000, remaining=rng_rem))
    w.add((10, 60), tr, lambda t: combined(t, "198.51.100.%d" % rng_c, "GET", "/track/PX12345678", 404, 1432, "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1", off=60))
    w.add((5, 30), tr, lambda t: combined(t, "198.51.100.%d" % rng_c, "GET", "/track/%s" % trk[2], 200, 8311, "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1", off=60))
    w.add((10, 60), ch, lambda t: logrus_json(t, "info", "label printed", off=60, printer="zebra-2", tracking=trk[1]))
    w.add((10, 60), ch, lambda t: logrus_json(t, "info", "shipment created", off=60, order=rng_o + 7, carrier="dhl-express", tracking="JD0146%d" % rng_j, attempt=1))
    w.add((30, 120), ch, lambda t: logrus_json(t, "info", "pickup manifest closed", off=60, carrier="parcelco", parcels=nh, failed=0))
    w.add((1, 5), ch, lambda t: logrus_json(t, "info", "carrier pickup confirmed", off=60, carrier="parcelco", manifest="M-%d" % rng_m))
    w.add((10, 60), tr, lambda t: combined(t, "203.0.113.%d" % rng_c, "GET", "/favicon.ico", 404, 153, "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15", off=60))
    for k in range(rng.randrange(1, 4)):
        ox, tx = rng_o + 11 + k, "PX%d" % rng.randrange(10 ** 9, 10 ** 10)
        w.add((5, 40), ch, lambda t, ox=ox, tx=tx: logrus_json(t, "info", "shipment created", off=60, order=ox, carrier="parcelco", tracking=tx, attempt=1))
    w.add((5, 40), ch, lambda t: logrus_json(t, "info", "daily handoff summary", off=60, handoffs=nh + 31, failed=0, retried=1, carriers=2))
    return {"question": "Is the courier handoff healthy today? I saw a deadline exceeded and a couple of 404s.",
            "selector": sel(ns="shipping", app="courier-handoff"), "win": w,
            "expected": healthy(
                "No incident: one courier API call out of a few hundred timed out and succeeded on the retry, the tracking 404s are a customer typing a wrong tracking number and a missing favicon, and rate-limit usage is low.",
                "All parcels were handed off and the pickup manifest closed with zero failures.")}


def traefik_clf(t, cip, method, path, status, size, ua, n, router, server, ms, ref="-"):
    """Traefik v2 access log (CLF)."""
    return '%s - - [%s] "%s %s HTTP/1.1" %d %d "%s" "%s" %d "%s" "%s" %dms' % (
        cip, t.clf(), method, path, status, size, ref, ua, n, router, server, ms)


@scenario("prt-h-edge-traefik-noise", PRT, "healthy", "k3s", ["promtail"])
def prt_h_edge_traefik_noise(rng):
    cl = "print-edge"
    nd = node_name(rng, "k3s", "print-edge-")
    tp = dep_pod(rng, "traefik")
    tf = labels("promtail", k8s("kube-system", "traefik", tp, nd, cl))
    dom = "shop.druckhaus-beispiel.example"
    router = "shop-shop-web-%s@kubernetescrd" % rs(rng, 20, HEX)
    srv = "http://10.42.0.%d:3000" % rng.randrange(10, 60)
    n0 = rng.randrange(100000, 400000)
    ua = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0"
    bot = "Mozilla/5.0 (compatible; Nmap Scripting Engine; https://nmap.org/book/nse.html)"
    cu, sc = "203.0.113.%d" % rng.randrange(2, 254), "192.0.2.%d" % rng.randrange(2, 254)
    rng_p = rng.randrange(30000, 50000)

    def tlog(t, lvl, msg, **f):
        return logrus_text(t, lvl, msg, **f)
    w = Win(rng, start_us(rng, 10))
    w.add(0, tf, lambda t: traefik_clf(t, cu, "GET", "/", 200, 48231, ua, n0, router, srv, 38))
    w.add((2, 20), tf, lambda t: tlog(t, "error", "Error while Peeking first byte: read tcp 10.42.0.8:8443->10.42.0.1:%d: i/o timeout" % rng_p, entryPointName="websecure"))
    w.add((1, 10), tf, lambda t: traefik_clf(t, sc, "GET", "/wp-login.php", 404, 19, bot, n0 + 3, router, srv, 2))
    w.add((0.1, 1), tf, lambda t: traefik_clf(t, sc, "GET", "/.env", 404, 19, bot, n0 + 4, router, srv, 1))
    w.add((0.1, 1), tf, lambda t: traefik_clf(t, sc, "GET", "/admin/", 403, 9, bot, n0 + 5, "shop-admin-allowlist@kubernetescrd", srv, 0))
    w.add((5, 40), tf, lambda t: tlog(t, "info", "Renewing certificate from LE : {Main:%s SANs:[]}" % dom, providerName="le.acme"))
    w.add((5, 25), tf, lambda t: tlog(t, "info", "Certificates obtained for domains [%s]" % dom, providerName="le.acme", routerName=router))
    w.add((1, 10), tf, lambda t: traefik_clf(t, cu, "GET", "/api/products?category=flyer", 200, 12044, ua, n0 + 9, router, srv, 54, ref="https://%s/" % dom))
    w.add((1, 10), tf, lambda t: traefik_clf(t, "10.42.0.1", "GET", "/healthz", 200, 2, "Uptime-Kuma/1.23.11", n0 + 12, router, srv, 1))
    w.add((5, 30), tf, lambda t: tlog(t, "error", "Error while Peeking first byte: read tcp 10.42.0.8:8443->10.42.0.1:%d: i/o timeout" % (rng_p + 211), entryPointName="websecure"))
    w.add((1, 10), tf, lambda t: traefik_clf(t, cu, "GET", "/static/js/app.4f1c2a.js", 304, 0, ua, n0 + 17, router, srv, 3, ref="https://%s/" % dom))
    w.add((1, 10), tf, lambda t: traefik_clf(t, cu, "POST", "/api/cart", 201, 412, ua, n0 + 19, router, srv, 87, ref="https://%s/products/flyer" % dom))
    w.add((5, 30), tf, lambda t: traefik_clf(t, cu, "POST", "/api/checkout", 200, 1033, ua, n0 + 24, router, srv, 312, ref="https://%s/cart" % dom))
    return {"question": "Traefik shows errors, 403/404 responses and certificate activity on the shop edge. Is the shop under attack or broken?",
            "selector": sel(ns="kube-system", app="traefik"), "win": w,
            "expected": healthy(
                "No incident: the 404/403 responses are an internet scanner probing wp-login, .env and /admin (blocked by the allow-list), 'Error while Peeking first byte' comes from TCP health checks that connect and send nothing, and Let's Encrypt renewed the certificate routinely.",
                "The shop edge serves customers normally, including checkout.")}


def karpenter(t, msg, **f):
    o = {"level": "INFO", "time": t.iso(3), "logger": "controller", "message": msg, "commit": "490ef94"}
    o.update(f)
    return jd(o)


@scenario("prt-h-karpenter-drift-replace", PRT, "healthy", "eks", ["fluentbit"])
def prt_h_karpenter_drift_replace(rng):
    cl = "print-eks"
    old_n, new_n, kn = node_name(rng, "eks"), node_name(rng, "eks"), node_name(rng, "eks")
    kp = labels("fluentbit", k8s("kube-system", "karpenter", dep_pod(rng, "karpenter"), kn, cl, container="controller"))
    er = labels("fluentbit", k8s("kube-system", "eventrouter", dep_pod(rng, "eventrouter"), kn, cl))
    base = dep_pod(rng, "rip-dispatcher").rsplit("-", 1)[0]
    rold, rnew = "%s-%s" % (base, rs(rng, 5)), "%s-%s" % (base, rs(rng, 5))
    RO = labels("fluentbit", k8s("production", "rip-dispatcher", rold, old_n, cl))
    RN = labels("fluentbit", k8s("production", "rip-dispatcher", rnew, new_n, cl))
    oldi, newi = "i-0%s" % rs(rng, 16, HEX), "i-0%s" % rs(rng, 16, HEX)
    nc_old, nc_new = "rip-%s" % rs(rng, 5, LOWNUM), "rip-%s" % rs(rng, 5, LOWNUM)
    zone = rng.choice(["eu-west-1a", "eu-west-1b", "eu-west-1c"])
    job = "J-%d" % rng.randrange(700000, 799999)
    w = Win(rng, start_us(rng, 4))
    w.add(0, kp, lambda t: karpenter(t, "disrupting nodeclaim(s) via replace, terminating 1 nodes (4 pods) %s/%s and replacing with on-demand node from types m6i.xlarge, m5.xlarge, m6a.xlarge" % (old_n, oldi),
                                     controller="disruption", reason="drifted"))
    w.add((0.1, 1), kp, lambda t: karpenter(t, "created nodeclaim", controller="disruption", NodePool={"name": "rip"}, NodeClaim={"name": nc_new}, requests={"cpu": "3350m", "memory": "6Gi", "pods": "9"}))
    w.add((1, 4), kp, lambda t: karpenter(t, "launched nodeclaim", controller="nodeclaim.lifecycle", NodeClaim={"name": nc_new}, **{"provider-id": "aws:///%s/%s" % (zone, newi), "instance-type": "m6i.xlarge", "zone": zone, "capacity-type": "on-demand"}))
    w.add((25, 45), kp, lambda t: karpenter(t, "registered nodeclaim", controller="nodeclaim.lifecycle", NodeClaim={"name": nc_new}, Node={"name": new_n}))
    w.add((5, 15), kp, lambda t: karpenter(t, "initialized nodeclaim", controller="nodeclaim.lifecycle", NodeClaim={"name": nc_new}, Node={"name": new_n}, allocatable={"cpu": "3920m", "memory": "14162Mi", "pods": "58"}))
    w.add((0.5, 3), kp, lambda t: karpenter(t, "tainted node", controller="node.termination", Node={"name": old_n}, taint="karpenter.sh/disrupted:NoSchedule"))
    w.add((0.2, 2), er, lambda t: ev_router(t, "production", "Pod", rold, "Killing", "Stopping container rip-dispatcher", "Normal", "kubelet", old_n))
    w.add((0.01, 0.3), RO, lambda t: zap(t, "info", "cmd/dispatcher/main.go:97", "received SIGTERM, finishing in-flight job", job=job, grace="120s"))
    w.add((5, 40), RO, lambda t: zap(t, "info", "cmd/dispatcher/main.go:112", "in-flight job handed back to queue, exiting", job=job, lost=0))
    w.add((3, 10), RN, lambda t: zap(t, "info", "cmd/dispatcher/main.go:61", "dispatcher started", queue="rip-jobs", resumed=1))
    w.add((10, 40), er, lambda t: ev_router(t, "default", "Node", old_n, "NodeNotReady", "Node %s status is now: NodeNotReady" % old_n, "Normal", "node-controller"))
    w.add((5, 20), kp, lambda t: karpenter(t, "deleted node", controller="node.termination", Node={"name": old_n}))
    w.add((0.2, 2), kp, lambda t: karpenter(t, "deleted nodeclaim", controller="nodeclaim.termination", NodeClaim={"name": nc_old}, Node={"name": old_n}, **{"provider-id": "aws:///%s/%s" % (zone, oldi)}))
    w.add((10, 60), RN, lambda t: zap(t, "info", "dispatch/loop.go:140", "job dispatched", job=job, rip="rip-02", attempt=2))
    for k in range(rng.randrange(2, 5)):
        jx, rx = "J-%d" % rng.randrange(700000, 799999), rng.choice(["rip-01", "rip-02", "rip-03"])
        w.add((5, 40), RN, lambda t, jx=jx, rx=rx: zap(t, "info", "dispatch/loop.go:140", "job dispatched", job=jx, rip=rx, attempt=1))
    return {"question": "A RIP node went NotReady and rip-dispatcher was killed. Did we lose print jobs?",
            "selector": sel(ns="production", app="rip-dispatcher"), "win": w,
            "expected": healthy(
                "No incident: Karpenter replaced a drifted node (new AMI) by launching its replacement first, draining the old node and deleting it; the NotReady event is the old node being shut down, rip-dispatcher terminated gracefully and its in-flight job was requeued and dispatched again.",
                "Planned node replacement by Karpenter; no jobs were lost.")}


@scenario("prt-i-rip-worker-image-missing", PRT, "incident", "kapsule", ["alloy"])
def prt_i_rip_worker_image_missing(rng):
    cl = "print-prod"
    n1, n2 = node_name(rng, "kapsule", "print-prod-rip"), node_name(rng, "kapsule", "print-prod-rip")
    base = dep_pod(rng, "rip-worker").rsplit("-", 2)[0]
    old_rs, new_rs = "%s-%s" % (base, rs(rng, 10)), "%s-%s" % (base, rs(rng, 10))
    olds = ["%s-%s" % (old_rs, rs(rng, 5)) for _ in range(2)]
    newp = "%s-%s" % (new_rs, rs(rng, 5))
    W = [labels("alloy", k8s("production", "rip-worker", p, n1 if i == 0 else n2, cl)) for i, p in enumerate(olds)]
    evl = {"cluster": cl, "namespace": "production", "job": "integrations/kubernetes/eventhandler", "service_name": "kubernetes-events"}
    argo = labels("alloy", k8s("argocd", "argocd-application-controller", "argocd-application-controller-0", n1, cl))
    img = "rg.fr-par.scw.cloud/printshop/rip-worker:3.8.0"
    nf = ('Failed to pull image "%s": rpc error: code = NotFound desc = failed to pull and unpack image "%s": failed to resolve reference "%s": %s: not found' % (img, img, img, img))
    jobs = [rng.randrange(700000, 799999) for _ in range(4)]
    w = Win(rng, start_us(rng, 13))
    w.add(0, argo, lambda t: logrus_text(t, "info", "Updated sync status: Synced -> OutOfSync", application="argocd/rip-worker"))
    w.add((5, 30), evl, lambda t: ev_logfmt(t, "production", "Deployment", "rip-worker", "ScalingReplicaSet", "Scaled up replica set %s to 1" % new_rs, "Normal", "deployment-controller"))
    w.add((0.5, 2), evl, lambda t: ev_logfmt(t, "production", "Pod", newp, "Pulling", 'Pulling image "%s"' % img, "Normal", "kubelet", n2))
    w.add((0.5, 2), evl, lambda t: ev_logfmt(t, "production", "Pod", newp, "Failed", nf, "Warning", "kubelet", n2), ev=True)
    w.add((0.001, 0.01), evl, lambda t: ev_logfmt(t, "production", "Pod", newp, "Failed", "Error: ErrImagePull", "Warning", "kubelet", n2), ev=True)
    w.add((5, 30), W[0], lambda t: gokit(t, "info", "rip.go:212", "job rasterized", job=jobs[0], engine="harlequin", dpi=2400, duration="14.2s", version="3.7.4"))
    w.add((5, 20), evl, lambda t: ev_logfmt(t, "production", "Pod", newp, "BackOff", 'Back-off pulling image "%s"' % img, "Normal", "kubelet", n2), ev=True)
    w.add((0.001, 0.01), evl, lambda t: ev_logfmt(t, "production", "Pod", newp, "Failed", "Error: ImagePullBackOff", "Warning", "kubelet", n2), ev=True)
    w.add((10, 60), W[1], lambda t: gokit(t, "info", "rip.go:212", "job rasterized", job=jobs[1], engine="harlequin", dpi=1200, duration="6.8s", version="3.7.4"))
    w.add((20, 60), argo, lambda t: logrus_text(t, "info", "Updated health status: Healthy -> Progressing", application="argocd/rip-worker"))
    w.add((60, 200), evl, lambda t: ev_logfmt(t, "production", "Pod", newp, "Failed", "Error: ImagePullBackOff", "Warning", "kubelet", n2, count=14), ev=True)
    w.add((5, 40), W[0], lambda t: gokit(t, "info", "rip.go:212", "job rasterized", job=jobs[2], engine="harlequin", dpi=2400, duration="15.0s", version="3.7.4"))
    w.add((100, 300), argo, lambda t: logrus_text(t, "info", "Updated health status: Progressing -> Degraded", application="argocd/rip-worker"), ev=True)
    w.add((5, 30), W[1], lambda t: gokit(t, "info", "stats.go:30", "queue stats", depth=rng.randrange(2, 7), processed_1h=rng.randrange(90, 160), failed_1h=0, version="3.7.4"))
    return {"question": "The rip-worker 3.8.0 release does not seem to be live yet. What is holding it up?",
            "selector": sel(ns="production", app="rip-worker"), "win": w,
            "expected": incident(
                "WARN", "image_pull", "rip-worker",
                "The tag rip-worker:3.8.0 does not exist in the Scaleway registry (manifest not found), so the new pod of the rollout cannot pull its image and sits in ImagePullBackOff.",
                "The rip-worker rollout is stuck and Argo CD reports the app Degraded; the old 3.7.4 pods keep rasterizing jobs, so production is not affected.",
                "Push the 3.8.0 image (or fix the tag in the manifest, e.g. a CI build that never published), then let the rollout continue; check the deployment progresses to all replicas.")}


@scenario("prt-i-preflight-scale-pending", PRT, "incident", "eks", ["datadog"])
def prt_i_preflight_scale_pending(rng):
    cl = "print-eks"
    n1 = node_name(rng, "eks")
    ca = labels("datadog", k8s("kube-system", "cluster-autoscaler", dep_pod(rng, "cluster-autoscaler"), n1, cl, dd_source="cluster-autoscaler"))
    ex = labels("datadog", k8s("kube-system", "event-exporter", dep_pod(rng, "event-exporter"), n1, cl, dd_source="kubernetes"))
    base = dep_pod(rng, "preflight-worker").rsplit("-", 1)[0]
    run = labels("datadog", k8s("prepress", "preflight-worker", "%s-%s" % (base, rs(rng, 5)), n1, cl, dd_source="go"))
    pend = ["%s-%s" % (base, rs(rng, 5)) for _ in range(2)]
    asg = "eks-general-%s-%s-%s-%s-%s" % (rs(rng, 8, HEX), rs(rng, 4, HEX), rs(rng, 4, HEX), rs(rng, 4, HEX), rs(rng, 12, HEX))
    fs = "0/7 nodes are available: 3 Insufficient cpu, 4 node(s) had untolerated taint {dedicated: rip}. preemption: 0/7 nodes are available: 3 No preemption victims found for incoming pod, 4 Preemption is not helpful for scheduling."
    nts = "pod didn't trigger scale-up: 1 max node group size reached, 1 node(s) had untolerated taint {dedicated: rip}"
    d0 = rng.randrange(30, 45)
    w = Win(rng, start_us(rng, 10))
    w.add(0, ex, lambda t: ev_exporter(t, "prepress", "HorizontalPodAutoscaler", "preflight-worker", "SuccessfulRescale", "New size: 10; reason: external metric rabbitmq_queue_messages_ready(&LabelSelector{MatchLabels:map[string]string{queue: preflight,},MatchExpressions:[]LabelSelectorRequirement{},}) above target", "Normal", "horizontal-pod-autoscaler"))
    w.add((0.5, 3), ex, lambda t: ev_exporter(t, "prepress", "Pod", pend[0], "FailedScheduling", fs, "Warning", "default-scheduler"), ev=True)
    w.add((5, 10), ca, lambda t: klogl(t, "I", "klogx.go:87", "Pod prepress/%s is unschedulable" % pend[0]))
    w.add((0.01, 0.1), ca, lambda t: klogl(t, "I", "orchestrator.go:155", "Skipping node group %s - max node group size reached" % asg), ev=True)
    w.add((0.1, 1), ex, lambda t: ev_exporter(t, "prepress", "Pod", pend[0], "NotTriggerScaleUp", nts, "Normal", "cluster-autoscaler"), ev=True)
    w.add((5, 30), run, lambda t: zap(t, "info", "worker/stats.go:44", "queue stats", depth=d0, oldest_wait="6m12s", workers_ready=4, workers_desired=10), ev=True)
    w.add((5, 30), run, lambda t: zap(t, "info", "worker/job.go:130", "preflight done", order=rng.randrange(50000, 99999), errors=0, warnings=1, duration="41.3s"))
    w.add((60, 180), ex, lambda t: ev_exporter(t, "prepress", "Pod", pend[1], "FailedScheduling", fs, "Warning", "default-scheduler", count=12), ev=True)
    w.add((10, 30), ca, lambda t: klogl(t, "I", "orchestrator.go:155", "Skipping node group %s - max node group size reached" % asg))
    w.add((5, 30), run, lambda t: zap(t, "info", "worker/job.go:130", "preflight done", order=rng.randrange(50000, 99999), errors=0, warnings=0, duration="38.9s"))
    w.add((60, 180), run, lambda t: zap(t, "warn", "worker/stats.go:44", "queue stats", depth=d0 + rng.randrange(20, 30), oldest_wait="11m40s", workers_ready=4, workers_desired=10), ev=True)
    w.add((10, 40), ex, lambda t: ev_exporter(t, "prepress", "Pod", pend[1], "NotTriggerScaleUp", nts, "Normal", "cluster-autoscaler", count=9), ev=True)
    w.add((5, 30), run, lambda t: zap(t, "info", "worker/job.go:130", "preflight done", order=rng.randrange(50000, 99999), errors=0, warnings=2, duration="44.0s"))
    return {"question": "Preflight is slow this afternoon even though the autoscaler should add workers. Why?",
            "selector": sel(ns="prepress", app="preflight-worker"), "win": w,
            "expected": incident(
                "WARN", "scheduling", "preflight-worker",
                "The HPA scaled preflight-worker to 10 replicas but six new pods stay Pending: the general node group has no free CPU and is already at its maximum size, and the remaining nodes are tainted for RIP workloads, so the cluster autoscaler cannot add capacity.",
                "Only 4 of 10 preflight workers run; the preflight queue and waiting time keep growing, while jobs are still processed without errors.",
                "Raise the max size of the general node group (or add a node group for preflight), or reduce CPU requests; watch the pending pods schedule and the queue drain.")}


@scenario("prt-i-icc-profile-mapping", PRT, "incident", "tkg", ["elastic"])
def prt_i_icc_profile_mapping(rng):
    cl = "tkg-print"
    n1 = node_name(rng, "tkg", cl)
    cp = dep_pod(rng, "color-mgmt")
    c = labels("elastic", k8s("prepress", "color-mgmt", cp, n1, cl))
    SC = "ColorMgmt.Conversion.IccConverter"
    rv = rng.randrange(1000000, 9999999)
    bad = "/etc/icc/PSOcoated_v3.icc"
    exc = ("System.IO.FileNotFoundException: Could not find file '%s'.\nFile name: '%s'\n   at Microsoft.Win32.SafeHandles.SafeFileHandle.Open(String fullPath, FileMode mode, FileAccess access, FileShare share, FileOptions options, Int64 preallocationSize, UnixFileMode openPermissions, Int64& fileLength, UnixFileMode& filePermissions, Boolean failForSymlink, Boolean& wasSymlink, Func`4 createOpenException)\n   at ColorMgmt.Conversion.IccProfileCache.Load(String path) in /src/ColorMgmt/Conversion/IccProfileCache.cs:line 41\n   at ColorMgmt.Conversion.IccConverter.ConvertAsync(ColorJob job, CancellationToken ct) in /src/ColorMgmt/Conversion/IccConverter.cs:line 88" % (bad, bad))
    jobs = [rng.randrange(700000, 799999) for _ in range(7)]
    nf = rng.randrange(14, 22)
    w = Win(rng, start_us(rng, 8))
    w.add(0, c, lambda t: serilog(t, "Information", "Configuration reloaded from ConfigMap {ConfigMap} (resourceVersion {ResourceVersion}): {Mappings} stock-to-profile mappings", ConfigMap="color-profiles", ResourceVersion=str(rv), Mappings=15, SourceContext="ColorMgmt.Config.ProfileMappingWatcher"), ev=True)
    w.add((0.01, 0.2), c, lambda t: serilog(t, "Information", "Profiles directory {Dir} contains {Files}", Dir="/etc/icc", Files=["ISOcoated_v2_300_eci.icc", "PSOuncoated_v3_FOGRA52.icc", "PSO_Coated_v3.icc", "GRACoL2013_CRPC6.icc"], SourceContext="ColorMgmt.Config.ProfileMappingWatcher"), ev=True)
    w.add((10, 60), c, lambda t: serilog(t, "Information", "Job {JobId} converted with {Profile} for stock {Stock}", JobId=jobs[0], Profile="ISOcoated_v2_300_eci.icc", Stock="Bilderdruck matt 170g", SourceContext=SC))
    w.add((10, 60), c, lambda t: serilog(t, "Error", "Job {JobId} color conversion failed for stock {Stock}", JobId=jobs[1], Stock="PSO Coated v3 gloss 135g", SourceContext=SC, **{"@x": exc}), ev=True)
    w.add((0.01, 0.1), c, lambda t: serilog(t, "Warning", "Job {JobId} moved to state {State}", JobId=jobs[1], State="color_failed", SourceContext="ColorMgmt.Jobs.JobStateMachine"))
    w.add((10, 60), c, lambda t: serilog(t, "Information", "Job {JobId} converted with {Profile} for stock {Stock}", JobId=jobs[2], Profile="PSOuncoated_v3_FOGRA52.icc", Stock="Naturpapier 120g", SourceContext=SC))
    w.add((10, 60), c, lambda t: serilog(t, "Error", "Job {JobId} color conversion failed for stock {Stock}", JobId=jobs[3], Stock="PSO Coated v3 silk 250g", SourceContext=SC, **{"@x": exc}), ev=True)
    w.add((0.01, 0.1), c, lambda t: serilog(t, "Warning", "Job {JobId} moved to state {State}", JobId=jobs[3], State="color_failed", SourceContext="ColorMgmt.Jobs.JobStateMachine"))
    w.add((10, 60), c, lambda t: serilog(t, "Information", "Job {JobId} converted with {Profile} for stock {Stock}", JobId=jobs[4], Profile="GRACoL2013_CRPC6.icc", Stock="US export coated 150g", SourceContext=SC))
    w.add((10, 60), c, lambda t: serilog(t, "Error", "Job {JobId} color conversion failed for stock {Stock}", JobId=jobs[5], Stock="PSO Coated v3 gloss 135g", SourceContext=SC, **{"@x": exc}), ev=True)
    w.add((0.01, 0.1), c, lambda t: serilog(t, "Warning", "Job {JobId} moved to state {State}", JobId=jobs[5], State="color_failed", SourceContext="ColorMgmt.Jobs.JobStateMachine"))
    w.add((30, 120), c, lambda t: serilog(t, "Warning", "{Count} jobs in state {State} in the last {Minutes} minutes, all for stocks mapped to {Profile}", Count=nf, State="color_failed", Minutes=30, Profile=bad, SourceContext="ColorMgmt.Jobs.QueueMonitor"), ev=True)
    w.add((5, 30), c, lambda t: serilog(t, "Information", "Job {JobId} converted with {Profile} for stock {Stock}", JobId=jobs[6], Profile="ISOcoated_v2_300_eci.icc", Stock="Bilderdruck gloss 300g", SourceContext=SC))
    return {"question": "All jobs on the new PSO Coated v3 stocks are failing in color management. What broke?",
            "selector": sel(ns="prepress", app="color-mgmt"), "win": w,
            "expected": incident(
                "ERROR", "config_error", "color-mgmt",
                "The updated color-profiles ConfigMap maps the PSO Coated v3 stocks to /etc/icc/PSOcoated_v3.icc, but the profile is mounted as PSO_Coated_v3.icc, so every conversion for those stocks fails with FileNotFoundException.",
                "Color conversion fails for every job on PSO Coated v3 stocks and they pile up in color_failed; other stocks convert normally.",
                "Fix the mapping (or the ConfigMap key) so the path matches the mounted file name, let the watcher reload it, and requeue the color_failed jobs.")}


@scenario("prt-i-courier-customs-panic", PRT, "incident", "oke", ["otel"])
def prt_i_courier_customs_panic(rng):
    cl = "oke-print"
    n1, n2 = node_name(rng, "oke"), node_name(rng, "oke")
    ch = labels("otel", k8s("shipping", "courier-handoff", dep_pod(rng, "courier-handoff"), n1, cl))
    op = labels("otel", k8s("shop", "order-portal", dep_pod(rng, "order-portal"), n2, cl))
    cip = "10.0.%d.%d" % (rng.randrange(10, 30), rng.randrange(2, 250))
    gor = rng.randrange(20000, 90000)
    o = [rng.randrange(100000, 999999) for _ in range(6)]
    svc = "http://courier-handoff.shipping.svc.cluster.local:8080/v1/handoff"
    app = "order-portal"
    nf = rng.randrange(8, 14)
    rng_p = rng.randrange(30000, 50000)
    w = Win(rng, start_us(rng, 15))
    w.add(0, ch, lambda t: "%s handoff: shipment created order=%d dest=DE carrier=parcelco" % (t.slash(), o[0]))
    w.add((10, 60), ch, lambda t: "%s http: panic serving %s:%d: runtime error: invalid memory address or nil pointer dereference" % (t.slash(), cip, rng_p), ev=True)
    w.add((0.0001, 0.001), ch, lambda t: "goroutine %d [running]:" % gor)
    w.add((0.0001, 0.001), ch, lambda t: "net/http.(*conn).serve.func1()")
    w.add((0.0001, 0.001), ch, lambda t: "\t/usr/local/go/src/net/http/server.go:1898 +0xbe")
    w.add((0.0001, 0.001), ch, lambda t: "github.com/printshop/courier-handoff/internal/labels.(*Builder).customsDeclaration(0xc0004a2000, 0xc0001f8a80)", ev=True)
    w.add((0.0001, 0.001), ch, lambda t: "\t/src/internal/labels/customs.go:87 +0x1c4", ev=True)
    w.add((0.001, 0.05), op, lambda t: spring(t, "ERROR", app, "handoff-2", "d.p.shop.shipping.HandoffClient", 'Courier handoff failed for order %d (dest CH): I/O error on POST request for "%s": Unexpected end of file from server' % (o[1], svc)), ev=True)
    w.add((10, 60), ch, lambda t: "%s handoff: shipment created order=%d dest=AT carrier=parcelco" % (t.slash(), o[2]))
    w.add((10, 60), ch, lambda t: "%s http: panic serving %s:%d: runtime error: invalid memory address or nil pointer dereference" % (t.slash(), cip, rng_p + 31), ev=True)
    w.add((0.001, 0.05), op, lambda t: spring(t, "ERROR", app, "handoff-1", "d.p.shop.shipping.HandoffClient", 'Courier handoff failed for order %d (dest GB): I/O error on POST request for "%s": Unexpected end of file from server' % (o[3], svc)), ev=True)
    w.add((10, 60), ch, lambda t: "%s handoff: shipment created order=%d dest=DE carrier=dhl-express" % (t.slash(), o[4]))
    w.add((30, 120), op, lambda t: spring(t, "WARN", app, "scheduling-1", "d.p.shop.shipping.HandoffMonitor", "Handoff failures in last 30 min: %d, all for non-EU destinations (CH, GB, NO); orders stay in state READY_TO_SHIP" % nf), ev=True)
    return {"question": "Orders to Switzerland and the UK are not being handed to the courier. Why?",
            "selector": sel(ns="shipping", app="courier-handoff"), "win": w,
            "expected": incident(
                "ERROR", "application_error", "courier-handoff",
                "courier-handoff dereferences a nil pointer in labels.(*Builder).customsDeclaration when building the customs declaration for non-EU parcels; each such request panics and the connection is dropped.",
                "Every handoff to a non-EU destination fails (order-portal sees unexpected EOF) and those orders stay READY_TO_SHIP, while EU handoffs succeed.",
                "Fix the nil check in customsDeclaration (missing customs data for non-EU parcels) and deploy; meanwhile hand off the affected orders manually and retry them after the fix.")}


@scenario("prt-i-upload-preflight-504", PRT, "incident", "kubeadm", ["vector"])
def prt_i_upload_preflight_504(rng):
    cl = "hz-print"
    n1, n2 = node_name(rng, "kubeadm", "fsn1-k8s-w"), node_name(rng, "kubeadm", "fsn1-k8s-w")
    gw = labels("vector", k8s("istio-system", "istio-ingressgateway", dep_pod(rng, "istio-ingressgateway"), n1, cl, container="istio-proxy"))
    upp = dep_pod(rng, "upload-api")
    up = labels("vector", k8s("shop", "upload-api", upp, n2, cl))
    uaddr = "10.244.%d.%d:8000" % (rng.randrange(0, 8), rng.randrange(2, 250))
    host = "upload.druckhaus-beispiel.example"
    ua = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36"
    ids = [uuid(rng) for _ in range(7)]
    ups = [rng.randrange(10 ** 6, 10 ** 7) for _ in range(6)]
    xff = "203.0.113.%d" % rng.randrange(2, 254)
    rng_a, rng_n = rng.uniform(0.5, 9), rng.randrange(420, 540)
    rng_f = int(rng_n * rng.uniform(0.04, 0.06))

    def ea(t, i, method, path, status, flags, rx, tx, dur, ut):
        return envoy_access(t, method, path, status, flags, rx, tx, dur, ut, xff, ua, ids[i], host, uaddr)

    def uv(t, path, code):
        return 'INFO:     127.0.0.6:%d - "POST %s HTTP/1.1" %d OK' % (rng.randrange(30000, 60000), path, code)
    w = Win(rng, start_us(rng, 11))
    w.add(0, gw, lambda t: ea(t, 0, "POST", "/api/uploads", 201, "-", 18442113, 211, 2311, "2290"))
    w.add((5, 30), gw, lambda t: ea(t, 1, "POST", "/api/uploads/%d/preflight" % ups[1], 504, "UT", 0, 24, 30001, "-"), ev=True)
    w.add((5, 15), up, lambda t: pylog(t, "INFO", "upload.preflight", "preflight for upload %d (312 MB, 48 pages) finished in %.1fs" % (ups[1], 35 + rng_a)), ev=True)
    w.add((0.001, 0.01), up, lambda t: uv(t, "/api/uploads/%d/preflight" % ups[1], 200))
    w.add((5, 30), gw, lambda t: ea(t, 2, "POST", "/api/uploads/%d/preflight" % ups[2], 200, "-", 0, 431, 4210, "4208"))
    w.add((5, 30), gw, lambda t: ea(t, 3, "GET", "/api/uploads/%d/status" % ups[2], 200, "-", 0, 129, 12, "11"))
    w.add((10, 60), gw, lambda t: ea(t, 4, "POST", "/api/uploads/%d/preflight" % ups[4], 504, "UT", 0, 24, 30000, "-"), ev=True)
    w.add((3, 14), up, lambda t: pylog(t, "INFO", "upload.preflight", "preflight for upload %d (268 MB, 120 pages) finished in %.1fs" % (ups[4], 31 + rng_a)), ev=True)
    w.add((0.001, 0.01), up, lambda t: uv(t, "/api/uploads/%d/preflight" % ups[4], 200))
    w.add((10, 60), up, lambda t: pylog(t, "WARNING", "upload.stats", "last hour: %d uploads, %d answered 504 by the gateway (all > 250 MB), preflight p95 27.4s, max 44.1s, route timeout 30s" % (rng_n, rng_f)), ev=True)
    w.add((10, 60), gw, lambda t: ea(t, 5, "POST", "/api/uploads", 201, "-", 9923110, 211, 1410, "1398"))
    w.add((5, 30), gw, lambda t: ea(t, 6, "POST", "/api/uploads/%d/preflight" % ups[0], 504, "UT", 0, 24, 30001, "-"), ev=True)
    w.add((1, 10), up, lambda t: pylog(t, "INFO", "upload.preflight", "client retry for upload %d accepted (same file, %d MB)" % (ups[0], 290)))
    return {"question": "Some customers say big PDF uploads fail with 'Gateway Timeout'. What is going on?",
            "selector": sel(ns="shop", app="upload-api"), "win": w,
            "expected": incident(
                "WARN", "timeout", "upload-api",
                "upload-api runs preflight synchronously inside the upload request; for files above about 250 MB it takes 31-44 s, longer than the 30 s route timeout of the Istio ingress, so the gateway answers 504 (UT) although the backend finishes later.",
                "About 5 % of uploads, all very large files, get a 504 and customers must retry; smaller uploads work normally.",
                "Make preflight asynchronous (accept the upload, poll for the result) or raise the VirtualService timeout for the preflight route; watch the 504 count.")}


@scenario("prt-i-rip-vm-cert-renewal", PRT, "incident", "vm", ["journald"])
def prt_i_rip_vm_cert_renewal(rng):
    host = "rip-02.print.lan"

    def J(ident, unit=None):
        return labels("journald", {"host": host, "ident": ident, "unit": unit})
    ra = J("rip-agent", "rip-agent.service")
    sd = J("systemd", "init.scope")
    cr = J("step", "cert-renew.service")
    ss = J("sshd", "ssh.service")
    jobs = [rng.randrange(700000, 799999) for _ in range(4)]
    err = "error renewing certificate: client POST https://ca.print.lan:9000/1.0/renew failed: tls: failed to verify certificate: x509: certificate signed by unknown authority"
    fp_ = "SHA256:%s" % rs(rng, 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
    hrs = rng.randrange(66, 76)
    rng_ip, rng_p = rng.randrange(2, 60), rng.randrange(40000, 60000)
    w = Win(rng, start_us(rng, 5))
    w.add(0, ra, lambda t: "job %d-cover rasterized in 14.2s (harlequin, 2400 dpi), 0 errors" % jobs[0])
    w.add((10, 60), sd, lambda t: "Starting cert-renew.service - Renew rip-agent mTLS client certificate...")
    w.add((0.2, 1.5), cr, lambda t: err, ev=True)
    w.add((0.01, 0.05), sd, lambda t: "cert-renew.service: Main process exited, code=exited, status=1/FAILURE", ev=True)
    w.add((0.001, 0.01), sd, lambda t: "cert-renew.service: Failed with result 'exit-code'.")
    w.add((0.001, 0.01), sd, lambda t: "Failed to start cert-renew.service - Renew rip-agent mTLS client certificate.", ev=True)
    w.add((1, 10), ra, lambda t: "warning: client certificate CN=%s expires in %dh, renewal not yet successful; mTLS to print-queue will fail after expiry" % (host, hrs), ev=True)
    w.add((10, 60), ra, lambda t: "connected to print-queue via mTLS, pulled 3 jobs")
    w.add((10, 60), ra, lambda t: "job %d-inner rasterized in 31.7s (harlequin, 2400 dpi), 0 errors" % jobs[1])
    w.add((10, 60), ss, lambda t: "Accepted publickey for ops from 10.30.0.%d port %d ssh2: ED25519 %s" % (rng_ip, rng_p, fp_))
    w.add((30, 120), ra, lambda t: "job %d-cover rasterized in 12.9s (harlequin, 1200 dpi), 0 errors" % jobs[2])
    w.add((200, 600), sd, lambda t: "Starting cert-renew.service - Renew rip-agent mTLS client certificate...")
    w.add((0.2, 1.5), cr, lambda t: err, ev=True)
    w.add((0.01, 0.05), sd, lambda t: "cert-renew.service: Main process exited, code=exited, status=1/FAILURE", ev=True)
    w.add((0.001, 0.01), sd, lambda t: "Failed to start cert-renew.service - Renew rip-agent mTLS client certificate.")
    w.add((10, 60), ra, lambda t: "job %d-inner rasterized in 28.3s (harlequin, 2400 dpi), 0 errors" % jobs[3])
    return {"question": "rip-02 looks fine but systemd shows a failed unit. Does it matter?",
            "selector": None, "win": w,
            "expected": incident(
                "WARN", "tls_certificate", "rip-agent",
                "The rip-agent mTLS client certificate on rip-02 expires in about three days and the cert-renew job cannot renew it: the step client does not trust the internal CA's current certificate (x509: signed by unknown authority), so renewal fails on every run.",
                "RIP jobs still run normally, but renewal keeps failing; when the certificate expires rip-02 will lose its mTLS connection to print-queue.",
                "Update the CA root/trust bundle used by step on rip-02 (re-bootstrap with the current root fingerprint), run cert-renew manually and confirm the new certificate's validity.")}


@scenario("prt-i-label-api-quota", PRT, "incident", "oke", ["datadog"])
def prt_i_label_api_quota(rng):
    cl = "oke-print"
    n1, n2 = node_name(rng, "oke"), node_name(rng, "oke")
    sl = labels("datadog", k8s("shipping", "shipping-labels", dep_pod(rng, "shipping-labels"), n1, cl, dd_source="java"))
    op = labels("datadog", k8s("shop", "order-portal", dep_pod(rng, "order-portal"), n2, cl, dd_source="java"))
    L = "d.p.labels.ParcelcoLabelClient"
    body = '{"error":"quota_exceeded","message":"daily label quota of 2000 reached"}'
    par = ["P-%d" % rng.randrange(10 ** 6, 10 ** 7) for _ in range(5)]
    retry = rng.randrange(28000, 36000)
    bl = rng.randrange(45, 70)
    rng_o = rng.randrange(100000, 999999)

    def q(t, p, r):
        return logback_json(t, "WARN", L, "Label API responded 429 Too Many Requests for parcel %s: %s; x-ratelimit-remaining=0, retry-after=%d" % (p, body, r), thread="label-worker-2")
    w = Win(rng, start_us(rng, 15))
    w.add(0, sl, lambda t: logback_json(t, "INFO", L, "Label created for parcel %s (parcelco, 2.4 kg)" % par[0], thread="label-worker-1"))
    w.add((10, 60), sl, lambda t: q(t, par[1], retry), ev=True)
    w.add((0.01, 0.1), sl, lambda t: logback_json(t, "ERROR", "d.p.labels.HandoffService", "Handoff failed for parcel %s: label quota exceeded, parcel moved to AWAITING_LABEL" % par[1], thread="label-worker-2"), ev=True)
    w.add((10, 60), op, lambda t: logback_json(t, "INFO", "d.p.shop.order.OrderService", "Order %d placed: 500 x flyers A5" % rng_o, thread="http-nio-8080-exec-5"))
    w.add((10, 60), sl, lambda t: q(t, par[2], retry - 41), ev=True)
    w.add((0.01, 0.1), sl, lambda t: logback_json(t, "ERROR", "d.p.labels.HandoffService", "Handoff failed for parcel %s: label quota exceeded, parcel moved to AWAITING_LABEL" % par[2], thread="label-worker-2"), ev=True)
    w.add((10, 60), sl, lambda t: logback_json(t, "INFO", "d.p.labels.UsageReporter", "Parcelco label requests today: 2000/2000 (campaign volume 2.4x normal); quota resets in %dh" % (retry // 3600), thread="scheduling-1"), ev=True)
    w.add((10, 60), sl, lambda t: q(t, par[3], retry - 97), ev=True)
    w.add((0.01, 0.1), sl, lambda t: logback_json(t, "ERROR", "d.p.labels.HandoffService", "Handoff failed for parcel %s: label quota exceeded, parcel moved to AWAITING_LABEL" % par[3], thread="label-worker-1"))
    w.add((10, 60), op, lambda t: logback_json(t, "INFO", "d.p.shop.order.OrderService", "Order %d placed: 2 x canvas 60x40" % (rng_o + 5), thread="http-nio-8080-exec-2"))
    w.add((10, 60), sl, lambda t: logback_json(t, "WARN", "d.p.labels.BacklogMonitor", "AWAITING_LABEL backlog: %d parcels; next Parcelco pickup in 2h" % bl, thread="scheduling-1"), ev=True)
    w.add((10, 60), sl, lambda t: q(t, par[4], retry - 150))
    w.add((0.01, 0.1), sl, lambda t: logback_json(t, "ERROR", "d.p.labels.HandoffService", "Handoff failed for parcel %s: label quota exceeded, parcel moved to AWAITING_LABEL" % par[4], thread="label-worker-1"))
    return {"question": "No shipping labels are being created since early afternoon. What is wrong?",
            "selector": sel(ns="shipping", app="shipping-labels"), "win": w,
            "expected": incident(
                "ERROR", "rate_limited", "shipping-labels",
                "The print shop has used Parcelco's whole daily quota of 2000 labels (campaign volume 2.4x normal); every further label request is rejected with 429 quota_exceeded until the quota resets.",
                "All label creation and courier handoffs fail; parcels accumulate in AWAITING_LABEL ahead of the next pickup.",
                "Ask Parcelco for a temporary quota increase or route parcels to the second carrier; then reprocess the AWAITING_LABEL backlog and size the quota for campaigns.")}


# =========================================================================== assembly


def scenario_rng(name):
    h = hashlib.sha256(("%d:%s" % (SEED, name)).encode("utf-8")).digest()
    return random.Random(int.from_bytes(h[:8], "big"))


EVNAME = re.compile(r'"metadata":\{"name":"([^"]+)"')


def build():
    built = []
    for name in sorted(SCEN):
        meta = SCEN[name]
        out = meta["fn"](scenario_rng(name))
        w = out["win"]
        for entry in w.logs:
            bad = [k for k, v in entry["labels"].items() if not isinstance(v, str) or not v]
            assert not bad, (name, bad)
        exp = dict(out["expected"])
        exp["evidence"] = list(w.ev)
        if meta["kind"] == "healthy":
            assert exp["root_cause_category"] == "none" and not w.ev, name
        else:
            assert exp["root_cause_category"] != "none" and w.ev, name
        assert 12 <= len(w.logs) <= 20, (name, len(w.logs))
        evnames = [m.group(1) for m in (EVNAME.search(x["line"]) for x in w.logs) if m]
        assert len(evnames) == len(set(evnames)), (name, "duplicate event names")
        built.append((name, meta, out, exp))
    random.Random(SEED).shuffle(built)
    records, index = [], []
    for i, (name, meta, out, exp) in enumerate(built, 1):
        rid = "dev33-%03d" % i
        records.append({"id": rid, "source": meta["theme"], "question": out["question"],
                        "selector": out["selector"], "logs": out["win"].logs, "expected": exp})
        index.append((rid, name, meta))
    return records, index


def summary(records, index):
    from collections import Counter
    cat, sev, src, plat, ship = Counter(), Counter(), Counter(), Counter(), Counter()
    lines = ev = 0
    for rec, (_, _, meta) in zip(records, index):
        e = rec["expected"]
        cat[e["root_cause_category"]] += 1
        sev[e["severity"]] += 1
        src[rec["source"]] += 1
        plat[PLATFORM_NAMES[meta["platform"]]] += 1
        for sname in meta["shippers"]:
            ship[SHIPPER_NAMES[sname]] += 1
        lines += len(rec["logs"])
        ev += len(e["evidence"])
    out = ["records=%d lines=%d evidence_lines=%d" % (len(records), lines, ev)]
    for title, c in (("category", cat), ("severity", sev), ("source", src), ("platform", plat),
                     ("shipper", ship)):
        out.append("%s: %s" % (title, ", ".join("%s=%d" % kv for kv in sorted(c.items()))))
    return "\n".join(out)


def main():
    records, index = build()
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(summary(records, index))


if __name__ == "__main__":
    main()
