#!/usr/bin/env python3
"""Generate the dev30 held-out evaluation set (dev30.jsonl).

Standard library only.  Deterministic: the output depends only on this file.

    python3 make_dev30.py            # writes dev30.jsonl next to this script
    python3 make_dev30.py --stats    # also prints aggregate counts
    python3 make_dev30.py --out FILE # write somewhere else

Three synthetic themes (waste management, libraries/publishers, ski resorts),
40 records: 32 incidents (every non-`none` category exactly twice) and 8
healthy windows.  Each scenario draws all of its variable details (dates, pod
hashes, IPs, ids, latencies) from its own random.Random seeded with
SEED + int(sha256(name), 16).
"""
import argparse
import hashlib
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict
from datetime import datetime, timedelta, timezone

SEED = 203030
UTC = timezone.utc
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
RS_ALPHABET = "bcdfghjklmnpqrstvwxz2456789"

SOURCES = {
    "waste": "synthetic:dev30-waste",
    "libraries": "synthetic:dev30-libraries",
    "ski": "synthetic:dev30-ski",
}

PLATFORM_NAMES = {
    "eks": "Amazon EKS",
    "gke": "Google GKE",
    "aks": "Azure AKS",
    "openshift": "Red Hat OpenShift",
    "k3s": "k3s",
    "rke2": "RKE2",
    "talos": "Talos Linux",
    "microk8s": "MicroK8s",
    "kind": "kind",
    "doks": "DigitalOcean DOKS",
    "lke": "Linode LKE",
    "ovh": "OVHcloud Managed Kubernetes",
    "scaleway": "Scaleway Kapsule",
    "tanzu": "VMware Tanzu (TKG)",
    "compose": "Docker Compose host",
    "vm": "bare VM / systemd host",
}

SHIPPER_NAMES = {
    "promtail": "Promtail kubernetes_sd labels",
    "alloy": "Grafana Alloy (k8s-monitoring) labels",
    "fluentbit": "Fluent Bit kubernetes filter labels",
    "fluentd": "Fluentd (fluent-plugin-grafana-loki) labels",
    "vector": "Vector kubernetes_logs labels",
    "otel": "OpenTelemetry Collector resource attributes",
    "datadog": "Datadog agent tags",
    "filebeat": "Elastic Filebeat ECS fields",
    "docker": "Loki Docker driver labels",
    "journald": "journald/systemd fields",
}

EVENT_FORMAT_NAMES = {
    "exporter": "kubernetes-event-exporter JSON",
    "eventrouter": "eventrouter JSON",
    "alloy": "Alloy loki.source.kubernetes_events logfmt",
    "otel": "OpenTelemetry k8s_events receiver",
}


# ---------------------------------------------------------------------------
# timestamp rendering

def _us(dt):
    return (dt - EPOCH) // timedelta(microseconds=1)


def tfmt(kind, dt):
    ms = dt.microsecond // 1000
    us = dt.microsecond
    if kind == "iso":
        return dt.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % ms
    if kind == "iso_s":
        return dt.strftime("%Y-%m-%dT%H:%M:%SZ")
    if kind == "iso_us":
        return dt.strftime("%Y-%m-%dT%H:%M:%S.") + "%06dZ" % us
    if kind == "iso_off":
        return dt.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d+00:00" % ms
    if kind == "klog":
        return dt.strftime("%m%d %H:%M:%S.") + "%06d" % us
    if kind == "syslog":
        return "%s %2d %s" % (MON[dt.month - 1], dt.day, dt.strftime("%H:%M:%S"))
    if kind == "nginx":
        return "%02d/%s/%d:%s +0000" % (dt.day, MON[dt.month - 1], dt.year, dt.strftime("%H:%M:%S"))
    if kind == "pg":
        return dt.strftime("%Y-%m-%d %H:%M:%S.") + "%03d UTC" % ms
    if kind == "sp":  # logback / log4j default
        return dt.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % ms
    if kind == "py":  # python logging asctime, kafka, quarkus
        return dt.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % ms
    if kind == "go":
        return dt.strftime("%Y/%m/%d %H:%M:%S")
    if kind == "date":
        return dt.strftime("%Y-%m-%d")
    if kind == "hms":
        return dt.strftime("%H:%M:%S")
    if kind == "sec":
        return dt.strftime("%Y-%m-%d %H:%M:%S")
    if kind == "gunicorn":
        return dt.strftime("[%Y-%m-%d %H:%M:%S +0000]")
    if kind == "epoch":
        return str(_us(dt) // 1000000)
    if kind == "epoch_ms":
        return str(_us(dt) // 1000)
    if kind == "epoch_f":
        u = _us(dt)
        return "%d.%06d" % (u // 1000000, u % 1000000)
    if kind == "redis":
        return "%02d %s %d %s.%03d" % (dt.day, MON[dt.month - 1], dt.year, dt.strftime("%H:%M:%S"), ms)
    if kind == "rabbit":
        return dt.strftime("%Y-%m-%d %H:%M:%S.") + "%06d+00:00" % us
    if kind == "rails":
        return dt.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d" % us
    if kind == "es":
        return dt.strftime("%Y-%m-%dT%H:%M:%S,") + "%03d" % ms
    if kind == "ruby":
        return dt.strftime("%Y-%m-%d %H:%M:%S +0000")
    if kind == "smart":
        return "%s %s %2d %s %d" % (["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][dt.weekday()],
                                  MON[dt.month - 1], dt.day, dt.strftime("%H:%M:%S"), dt.year)
    if kind == "ssl":
        return "%s %2d %s %d GMT" % (MON[dt.month - 1], dt.day, dt.strftime("%H:%M:%S"), dt.year)
    raise KeyError(kind)


TOKEN = re.compile(r"\{T:([a-z_]+)([+-]\d+)?\}")


def render(text, dt):
    def sub(m):
        d = dt
        if m.group(2):
            d = dt + timedelta(seconds=int(m.group(2)))
        return tfmt(m.group(1), d)
    return TOKEN.sub(sub, text)


def iso_ts(dt):
    return tfmt("iso", dt)


# ---------------------------------------------------------------------------
# random helpers bound to a scenario rng

class R:
    def __init__(self, rng):
        self.rng = rng

    def hex(self, n):
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def rs(self, n):
        return "".join(self.rng.choice(RS_ALPHABET) for _ in range(n))

    def low(self, n):
        return "".join(self.rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))

    def digits(self, n):
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def uuid(self):
        h = self.hex(32)
        return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], self.rng.choice("89ab"), h[17:20], h[20:32])

    def ip(self, prefix):
        parts = prefix.split(".")
        while len(parts) < 4:
            parts.append(str(self.rng.randint(2, 250)))
        return ".".join(parts)

    def int(self, a, b):
        return self.rng.randint(a, b)

    def choice(self, seq):
        return self.rng.choice(seq)

    def dep(self, name):
        return "%s-%s-%s" % (name, self.rs(self.rng.choice([9, 10])), self.rs(5))

    def job(self, name):
        return "%s-%d-%s" % (name, self.rng.randint(29400000, 29599999), self.rs(5))

    def ds(self, name):
        return "%s-%s" % (name, self.rs(5))


# ---------------------------------------------------------------------------
# platforms: node names and host units

def node_name(platform, r, cluster, i=None):
    i = r.int(0, 5) if i is None else i
    if platform == "eks":
        return "ip-10-%d-%d-%d.eu-central-1.compute.internal" % (r.int(0, 3) * 16, r.int(0, 255), r.int(2, 254))
    if platform == "gke":
        return "gke-%s-default-pool-%s-%s" % (cluster, r.hex(8), r.low(4))
    if platform == "aks":
        return "aks-nodepool1-%s-vmss%06d" % (r.digits(8), i)
    if platform == "openshift":
        return "worker-%d.%s.ocp.internal" % (i, cluster)
    if platform == "k3s":
        return "%s-k3s-%02d" % (cluster, i + 1)
    if platform == "rke2":
        return "rke2-worker-%02d" % (i + 1)
    if platform == "talos":
        return "talos-%s-%s" % (r.low(3), r.low(3))
    if platform == "microk8s":
        return "%s-mk8s-%d" % (cluster, i + 1)
    if platform == "kind":
        return "%s-worker%s" % (cluster, "" if i == 0 else str(i + 1))
    if platform == "doks":
        return "pool-%s-%s" % (r.low(9), r.low(5))
    if platform == "lke":
        return "lke%s-%s-%s0000" % (r.digits(6), r.digits(6), r.hex(8))
    if platform == "ovh":
        return "nodepool-%s-node-%s" % (r.hex(6), r.hex(6))
    if platform == "scaleway":
        return "scw-%s-default-%s" % (cluster, r.hex(32))
    if platform == "tanzu":
        return "%s-md-0-%s-%s" % (cluster, r.rs(10), r.rs(5))
    return cluster


API_VERSION = {"Pod": "v1", "Node": "v1", "Deployment": "apps/v1", "ReplicaSet": "apps/v1",
               "StatefulSet": "apps/v1", "Job": "batch/v1", "CronJob": "batch/v1",
               "HorizontalPodAutoscaler": "autoscaling/v2", "PersistentVolumeClaim": "v1",
               "Certificate": "cert-manager.io/v1", "ResourceQuota": "v1"}


def prev_period(dt):
    y, m = (dt.year, dt.month - 1) if dt.month > 1 else (dt.year - 1, 12)
    return "%d-%02d" % (y, m)


KUBELET_UNIT = {
    "k3s": "k3s-agent.service",
    "rke2": "rke2-agent.service",
    "microk8s": "snap.microk8s.daemon-kubelite.service",
}


# ---------------------------------------------------------------------------
# label conventions

def pod_labels(shipper, cl, w):
    ns, pod, c, node, app = w["ns"], w["pod"], w["container"], w["node"], w["app"]
    if shipper == "promtail":
        return {"job": "%s/%s" % (ns, app), "namespace": ns, "pod": pod, "container": c,
                "app": app, "node_name": node}
    if shipper == "alloy":
        return {"cluster": cl, "namespace": ns, "pod": pod, "container": c,
                "job": "%s/%s" % (ns, c), "service_name": app}
    if shipper == "fluentbit":
        return {"job": "fluent-bit", "kubernetes_namespace_name": ns, "kubernetes_pod_name": pod,
                "kubernetes_container_name": c, "kubernetes_host": node,
                "kubernetes_labels_app": app}
    if shipper == "fluentd":
        return {"tag": "kubernetes.%s.%s" % (ns, c), "namespace_name": ns, "pod_name": pod,
                "container_name": c, "host": node}
    if shipper == "vector":
        return {"source_type": "kubernetes_logs", "kubernetes_pod_namespace": ns,
                "kubernetes_pod_name": pod, "kubernetes_container_name": c,
                "kubernetes_pod_node_name": node, "kubernetes_pod_labels_app_kubernetes_io_name": app}
    if shipper == "otel":
        return {"k8s_cluster_name": cl, "k8s_namespace_name": ns, "k8s_pod_name": pod,
                "k8s_container_name": c, "k8s_node_name": node, "service_name": app}
    if shipper == "datadog":
        return {"kube_cluster_name": cl, "kube_namespace": ns, "pod_name": pod,
                "kube_container_name": c, "host": node, "service": app,
                "source": w.get("dd_source", app)}
    if shipper == "filebeat":
        return {"kubernetes.namespace": ns, "kubernetes.pod.name": pod,
                "kubernetes.container.name": c, "kubernetes.node.name": node,
                "kubernetes.labels.app": app, "data_stream.dataset": "kubernetes.container_logs"}
    raise KeyError(shipper)


def host_labels(shipper, cl, w):
    host, unit, ident = w["host"], w["unit"], w["ident"]
    if shipper == "promtail":
        return {"job": "systemd-journal", "unit": unit, "hostname": host}
    if shipper == "alloy":
        return {"cluster": cl, "job": "integrations/kubernetes/journal", "unit": unit, "instance": host}
    if shipper == "fluentbit":
        return {"job": "fluent-bit", "systemd_unit": unit, "hostname": host}
    if shipper == "fluentd":
        return {"tag": "systemd.%s" % unit.split(".")[0], "systemd_unit": unit, "hostname": host}
    if shipper == "vector":
        return {"source_type": "journald", "systemd_unit": unit, "host": host}
    if shipper == "otel":
        return {"k8s_cluster_name": cl, "host_name": host, "systemd_unit": unit}
    if shipper == "datadog":
        return {"host": host, "service": ident, "source": "journald"}
    if shipper == "filebeat":
        return {"host.name": host, "systemd.unit": unit, "data_stream.dataset": "system.journal"}
    if shipper == "journald":
        d = {"_HOSTNAME": host, "_SYSTEMD_UNIT": unit, "SYSLOG_IDENTIFIER": ident,
             "_TRANSPORT": "kernel" if ident == "kernel" else "journal"}
        if ident == "kernel":
            del d["_SYSTEMD_UNIT"]
        return d
    raise KeyError(shipper)


def compose_labels(w):
    return {"compose_project": w["project"], "compose_service": w["service"],
            "container_name": "%s-%s-1" % (w["project"], w["service"]), "host": w["host"]}


# ---------------------------------------------------------------------------
# record builder

class Rec:
    def __init__(self, name, theme, rng, platform, shipper, cluster, events=None,
                 month=None, day=None, hour=None, minute=None):
        self.name = name
        self.theme = theme
        self.rng = rng
        self.r = R(rng)
        self.platform = platform
        self.shipper = shipper
        self.cluster = cluster
        self.events = events
        self.lines = []  # (off, labels, text, ev)
        m = month if month is not None else rng.randint(1, 12)
        if isinstance(m, (list, tuple)):
            m = rng.choice(m)
        dmax = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
        d = day if day is not None else rng.randint(1, dmax)
        if hour is None:
            h = rng.randint(0, 23)
        elif isinstance(hour, (list, tuple)):
            h = rng.randint(hour[0], hour[1])
        else:
            h = hour
        mi = rng.randint(0, 59) if minute is None else minute
        self.base = datetime(2026, m, d, h, mi, rng.randint(0, 59), tzinfo=UTC)
        self.ev_names = {}
        self.rv = rng.randint(1000000, 60000000)

    # workloads -----------------------------------------------------------
    def node(self, i=None):
        return node_name(self.platform, self.r, self.cluster, i)

    def pod(self, ns, app, container=None, node=None, pod=None, kind="dep", dd_source=None):
        if pod is None:
            pod = {"dep": self.r.dep, "job": self.r.job, "ds": self.r.ds}[kind](app) if kind != "sts" else app + "-0"
        w = {"type": "pod", "ns": ns, "app": app, "container": container or app,
             "node": node or self.node(), "pod": pod}
        if dd_source:
            w["dd_source"] = dd_source
        return w

    def host(self, host, unit, ident, shipper=None):
        return {"type": "host", "host": host, "unit": unit, "ident": ident, "shipper": shipper}

    def kubelet(self, node):
        return self.host(node, KUBELET_UNIT.get(self.platform, "kubelet.service"),
                         "k3s" if self.platform == "k3s" else "kubelet")

    def kernel(self, node):
        return self.host(node, "kernel", "kernel")

    def compose(self, project, service, host):
        return {"type": "compose", "project": project, "service": service, "host": host}

    def labels(self, w):
        if w["type"] == "pod":
            return pod_labels(self.shipper, self.cluster, w)
        if w["type"] == "host":
            return host_labels(w.get("shipper") or self.shipper, self.cluster, w)
        if w["type"] == "compose":
            return compose_labels(w)
        if w["type"] == "raw":
            return dict(w["labels"])
        raise KeyError(w["type"])

    # lines ---------------------------------------------------------------
    def L(self, off, w, text, ev=False):
        self.lines.append((off, self.labels(w), text, ev))

    def E(self, off, etype, reason, kind, name, ns, msg, count=1, first=0,
          comp="kubelet", host=None, field=None, ev=False, fmt=None):
        """A Kubernetes event exported by the record's event exporter."""
        fmt = fmt or self.events
        r = self.r
        key = (kind, name, reason, msg)
        if key not in self.ev_names:
            self.ev_names[key] = ("%s.%s" % (name, r.hex(16)), r.uuid())
        ename, euid = self.ev_names[key]
        okey = ("obj", kind, name)
        if okey not in self.ev_names:
            self.ev_names[okey] = r.uuid()
        ouid = self.ev_names[okey]
        first_tok = "{T:iso_s%+d}" % first if first else "{T:iso_s}"
        if fmt in ("exporter", "eventrouter"):
            inv = {"kind": kind, "namespace": ns, "name": name, "uid": ouid,
                   "apiVersion": API_VERSION.get(kind, "v1"),
                   "resourceVersion": self._next_rv()}
            if field:
                inv["fieldPath"] = field
            if kind == "Node":
                inv["namespace"] = ""
            src = {"component": comp}
            if host:
                src["host"] = host
            ev_obj = {"metadata": {"name": ename, "namespace": ns if kind != "Node" else "default",
                                   "uid": euid, "resourceVersion": self._next_rv(),
                                   "creationTimestamp": first_tok},
                      "involvedObject": inv, "reason": reason, "message": msg, "source": src,
                      "firstTimestamp": first_tok, "lastTimestamp": "{T:iso_s}", "count": count,
                      "type": etype, "eventTime": None, "reportingComponent": comp,
                      "reportingInstance": host or ""}
            if fmt == "eventrouter":
                line = json.dumps({"verb": "ADDED" if count == 1 else "UPDATED", "event": ev_obj},
                                  separators=(",", ":"), ensure_ascii=False)
                w = self._collector("kube-system", "eventrouter")
            else:
                line = json.dumps(ev_obj, separators=(",", ":"), ensure_ascii=False)
                w = self._collector("monitoring", "event-exporter")
            labels = self.labels(w)
        elif fmt == "alloy":
            esc = msg.replace("\\", "\\\\").replace('"', '\\"')
            line = ('name=%s kind=%s action= objectAPIversion=%s objectRV=%d reason=%s type=%s '
                    'sourcecomponent=%s%s msg="%s"') % (
                ename, kind, API_VERSION.get(kind, "v1"),
                int(self._next_rv()), reason, etype, comp,
                (" sourcehost=%s" % host) if host else "", esc)
            labels = {"cluster": self.cluster, "job": "loki.source.kubernetes_events",
                      "namespace": ns if kind != "Node" else "default",
                      "instance": "alloy-singleton/loki.source.kubernetes_events.cluster_events"}
        elif fmt == "otel":
            line = msg
            labels = {"k8s_cluster_name": self.cluster, "k8s_namespace_name": ns if kind != "Node" else "default",
                      "k8s_object_kind": kind, "k8s_object_name": name,
                      "k8s_event_reason": reason, "k8s_event_count": str(count),
                      "severity_text": etype, "service_name": "k8s_events"}
        else:
            raise KeyError(fmt)
        self.lines.append((off, labels, line, ev))

    def _next_rv(self):
        self.rv += self.rng.randint(1, 4000)
        return str(self.rv)

    def _collector(self, ns, app):
        attr = "_coll_" + app
        if not hasattr(self, attr):
            setattr(self, attr, self.pod(ns, app, kind="dep"))
        return getattr(self, attr)

    # build ---------------------------------------------------------------
    def build(self, question, selector, severity, category, component, root_cause,
              summary, action):
        offs = [l[0] for l in self.lines]
        assert offs == sorted(offs), (self.name, offs)
        n = len(self.lines)
        assert 14 <= n <= 24, (self.name, n)
        distinct = sorted(set(offs))
        jitter = {}
        for i, o in enumerate(distinct):
            gap = (distinct[i + 1] - o) if i + 1 < len(distinct) else 1.0
            cap = int(min(gap, 1.0) * 900000)
            jitter[o] = self.rng.randrange(0, max(cap, 1))
        logs, evidence = [], []
        for idx, (off, labels, text, ev) in enumerate(self.lines):
            dt = self.base + timedelta(seconds=off) + timedelta(microseconds=jitter[off])
            # the record ts is millisecond precision; embedded timestamps use the same instant
            logs.append({"ts": iso_ts(dt), "labels": labels, "line": render(text, dt)})
            if ev:
                evidence.append(idx)
        if category == "none":
            assert not evidence, self.name
        else:
            assert evidence, self.name
        sel = {"namespace": None, "pod": None, "container": None, "node": None, "app": None}
        sel.update(selector or {})
        expected = {"severity": severity, "root_cause_category": category}
        if component is not None:
            expected["component"] = component
        expected.update({"root_cause": root_cause, "summary": summary, "action": action,
                         "evidence": evidence})
        return {
            "source": SOURCES[self.theme],
            "question": question,
            "selector": sel,
            "logs": logs,
            "expected": expected,
        }


SCENARIOS = {}


def scenario(name, theme, platform, shipper, events=None):
    def deco(fn):
        assert name not in SCENARIOS, name
        SCENARIOS[name] = {"fn": fn, "theme": theme, "platform": platform,
                           "shipper": shipper, "events": events}
        return fn
    return deco


def q(s):
    """JSON-escape a string for embedding into a hand-written JSON log line."""
    return json.dumps(s, ensure_ascii=False)[1:-1]


def J(d, sep=(",", ":")):
    """Dump a structured log line; numeric time tokens are left unquoted."""
    s = json.dumps(d, separators=sep, ensure_ascii=False)
    for k in ("epoch_ms", "epoch_f", "epoch"):
        s = s.replace('"{T:%s}"' % k, "{T:%s}" % k)
    return s


# ===========================================================================
# THEMES
# ===========================================================================

# ---------------------------------------------------------------------------
# Theme 1: waste collection, recycling and landfill operators

@scenario("waste-oom-route-optimizer", "waste", "eks", "promtail", "exporter")
def _w_oom(name, rng, s):
    rec = Rec(name, "waste", rng, s["platform"], s["shipper"], "ecowaste-prod-euc1", s["events"], hour=4)
    r, L, E = rec.r, rec.L, rec.E
    n1 = rec.node()
    opt = rec.pod("routing", "route-optimizer", "optimizer", node=n1)
    api = rec.pod("routing", "dispatch-api")
    ui = rec.pod("routing", "route-planner-ui", "nginx")
    kern, kl = rec.kernel(n1), rec.kubelet(n1)
    stops, veh = r.int(1150, 1320), r.int(31, 44)
    depot = r.choice(["north-depot", "harbour-depot", "east-depot"])
    pid1 = r.int(2100, 3900)
    pid2 = pid1 + r.int(150, 600)
    svc = r.ip("10.100")
    uid = r.uuid()
    rss1, rss2 = r.int(2088000, 2096000), r.int(2088000, 2096000)
    L(0, opt, "{T:py} INFO [vrp.main] route-optimizer 3.8.2 starting: workers=4 solver=or-tools-9.9 memory_limit=2Gi")
    L(2, opt, "{T:py} INFO [vrp.loader] Loading road network for depot=%s (osm extract 2026-01-15, 38 tiles)" % depot)
    L(44, opt, "{T:py} INFO [vrp.loader] Graph built: nodes=1842310 edges=4411902 in 41.7s")
    L(47, api, J({"level": 30, "time": "{T:epoch_ms}", "pid": 1, "hostname": api["pod"], "reqId": "req-%s" % r.low(4),
                  "req": {"method": "GET", "url": "/healthz"}, "res": {"statusCode": 200}, "responseTime": 1.7,
                  "msg": "request completed"}))
    L(52, opt, "{T:py} INFO [vrp.solver] service_date={T:date+86400} depot=%s stops=%d vehicles=%d time_windows=on" % (depot, stops, veh))
    L(53, opt, "{T:py} WARNING [vrp.matrix] distance matrix cache miss for service_date={T:date+86400}; computing full %dx%d float64 matrix in memory" % (stops, stops))
    L(97, kern, "python3 invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=936", ev=True)
    L(97, kern, "Memory cgroup out of memory: Killed process %d (python3) total-vm:4215040kB, anon-rss:%dkB, file-rss:15880kB, shmem-rss:0kB, UID:10001 pgtables:4528kB oom_score_adj:936" % (pid1, rss1), ev=True)
    L(99, kl, 'I{T:klog}    1987 kubelet.go:2461] "SyncLoop (PLEG): event for pod" pod="routing/%s" event={"ID":"%s","Type":"ContainerDied","Data":"%s"}' % (opt["pod"], uid, r.hex(64)))
    L(101, opt, "{T:py} INFO [vrp.main] route-optimizer 3.8.2 starting: workers=4 solver=or-tools-9.9 memory_limit=2Gi")
    L(140, api, J({"level": 50, "time": "{T:epoch_ms}", "pid": 1, "hostname": api["pod"],
                   "err": {"type": "Error", "message": "connect ECONNREFUSED %s:8080" % svc, "code": "ECONNREFUSED"},
                   "depot": depot, "msg": "route plan fetch failed"}))
    L(141, api, J({"level": 40, "time": "{T:epoch_ms}", "pid": 1, "hostname": api["pod"], "depot": depot, "planAgeHours": 24,
                   "msg": "serving previous day's routes as fallback"}))
    L(150, ui, '%s - - [{T:nginx}] "GET /api/routes/today?depot=%s HTTP/1.1" 200 48211 "-" "Mozilla/5.0 (X11; Linux x86_64)"' % (r.ip("10.0.32"), depot))
    L(152, opt, "{T:py} INFO [vrp.loader] Graph built: nodes=1842310 edges=4411902 in 43.9s")
    L(155, opt, "{T:py} WARNING [vrp.matrix] distance matrix cache miss for service_date={T:date+86400}; computing full %dx%d float64 matrix in memory" % (stops, stops))
    L(198, kern, "Memory cgroup out of memory: Killed process %d (python3) total-vm:4216320kB, anon-rss:%dkB, file-rss:15904kB, shmem-rss:0kB, UID:10001 pgtables:4532kB oom_score_adj:936" % (pid2, rss2), ev=True)
    E(201, "Warning", "BackOff", "Pod", opt["pod"], "routing",
      "Back-off restarting failed container optimizer in pod %s_routing(%s)" % (opt["pod"], uid),
      count=2, first=-95, host=n1, field="spec.containers{optimizer}")
    L(215, api, J({"level": 50, "time": "{T:epoch_ms}", "pid": 1, "hostname": api["pod"],
                   "err": {"type": "Error", "message": "connect ECONNREFUSED %s:8080" % svc, "code": "ECONNREFUSED"},
                   "depot": depot, "msg": "route plan fetch failed"}))
    return rec.build(
        "Tomorrow's collection routes were never produced for %s; why?" % depot,
        {"namespace": "routing", "app": "route-optimizer"},
        "CRITICAL", "oom_killed", "route-optimizer",
        "The route-optimizer container computes a full %dx%d float64 distance matrix in memory after a cache miss and exceeds its 2Gi memory limit; the kernel OOM-kills python3 on every attempt, so the pod crash-loops." % (stops, stops),
        "route-optimizer is OOM-killed (memory cgroup) each time it builds the distance matrix for %s, restarts and is killed again; dispatch-api gets connection refused and falls back to the previous day's routes." % depot,
        "Raise the optimizer memory limit or make the matrix build fit (restore the matrix cache, use float32 / sparse or per-cluster matrices); then rerun tomorrow's plan for %s." % depot)


@scenario("waste-panic-telematics-ingest", "waste", "gke", "alloy", "alloy")
def _w_panic(name, rng, s):
    rec = Rec(name, "waste", rng, s["platform"], s["shipper"], "wastefleet-prod", s["events"], hour=[6, 15])
    r, L, E = rec.r, rec.L, rec.E
    ing = rec.pod("telematics", "telematics-ingest", "ingest")
    kafka = rec.pod("telematics", "kafka", "kafka", pod="kafka-2", kind="sts")
    burrow = rec.pod("telematics", "burrow", "burrow")
    part = r.int(0, 11)
    off = r.int(18000000, 19000000)
    veh = "RCV-%04d" % r.int(100, 999)
    addr = r.choice(["0x28", "0x30", "0x18"])
    pc = "0x%x" % r.int(0x9a0000, 0x9fffff)
    member = "telematics-ingest-%s" % r.uuid()
    L(0, ing, J({"level": "info", "ts": "{T:epoch_f}", "caller": "cmd/ingest/main.go:61", "msg": "starting telematics-ingest", "version": "1.19.0", "commit": r.hex(7)}))
    L(1, ing, J({"level": "info", "ts": "{T:epoch_f}", "caller": "consumer/group.go:88", "msg": "partition assigned", "topic": "truck-can-frames", "partition": part, "offset": off}))
    L(2, ing, J({"level": "warn", "ts": "{T:epoch_f}", "caller": "decode/j1939.go:198", "msg": "frame without GNSS fix", "vehicle": veh, "pgn": 65267, "partition": part, "offset": off}, ), ev=True)
    L(2, ing, "panic: runtime error: invalid memory address or nil pointer dereference", ev=True)
    L(2, ing, "[signal SIGSEGV: segmentation violation code=0x1 addr=%s pc=%s]" % (addr, pc), ev=True)
    L(2, ing, "goroutine %d [running]:" % r.int(60, 240))
    L(2, ing, "github.com/ecowaste/telematics-ingest/internal/decode.(*J1939Decoder).Position(0xc0004a2b40, 0xc000b1e000)")
    L(2, ing, "\t/src/internal/decode/j1939.go:211 +0x3a", ev=True)
    L(2, ing, "github.com/ecowaste/telematics-ingest/internal/consumer.(*Handler).Handle(0xc00019e3c0, {0x1c2e8a0, 0xc0003b6f00}, 0xc000b1e000)")
    E(4, "Warning", "BackOff", "Pod", ing["pod"], "telematics",
      "Back-off restarting failed container ingest in pod %s_telematics(%s)" % (ing["pod"], r.uuid()),
      count=4, first=-300, host=ing["node"])
    L(12, kafka, "[{T:py}] INFO [GroupCoordinator 2]: Member %s in group telematics-ingest has failed, removing it from the group (kafka.coordinator.group.GroupCoordinator)" % member)
    L(12, kafka, "[{T:py}] INFO [GroupCoordinator 2]: Preparing to rebalance group telematics-ingest in state PreparingRebalance with old generation %d (__consumer_offsets-17) (reason: removing member %s on heartbeat expiration) (kafka.coordinator.group.GroupCoordinator)" % (r.int(300, 900), member))
    L(30, burrow, J({"level": "warn", "ts": "{T:epoch_f}", "msg": "consumer group lag increasing", "group": "telematics-ingest", "topic": "truck-can-frames", "partition": part, "lag": r.int(4000, 9000), "status": "WARN"}))
    L(48, ing, J({"level": "info", "ts": "{T:epoch_f}", "caller": "cmd/ingest/main.go:61", "msg": "starting telematics-ingest", "version": "1.19.0", "commit": r.hex(7)}))
    L(49, ing, J({"level": "info", "ts": "{T:epoch_f}", "caller": "consumer/group.go:88", "msg": "partition assigned", "topic": "truck-can-frames", "partition": part, "offset": off}))
    L(50, ing, J({"level": "warn", "ts": "{T:epoch_f}", "caller": "decode/j1939.go:198", "msg": "frame without GNSS fix", "vehicle": veh, "pgn": 65267, "partition": part, "offset": off}))
    L(50, ing, "panic: runtime error: invalid memory address or nil pointer dereference", ev=True)
    L(50, ing, "[signal SIGSEGV: segmentation violation code=0x1 addr=%s pc=%s]" % (addr, pc))
    L(95, burrow, J({"level": "warn", "ts": "{T:epoch_f}", "msg": "consumer group lag increasing", "group": "telematics-ingest", "topic": "truck-can-frames", "partition": part, "lag": r.int(11000, 19000), "status": "ERR"}))
    return rec.build(
        "Truck positions stopped updating on the fleet map; what is wrong with telematics ingestion?",
        {"namespace": "telematics", "app": "telematics-ingest"},
        "CRITICAL", "application_error", "telematics-ingest",
        "telematics-ingest dereferences a nil GNSS position in J1939Decoder.Position (j1939.go:211) when a CAN frame from %s has no GPS fix; the Go panic kills the process and the same message is re-consumed after every restart." % veh,
        "telematics-ingest crash-loops on a nil pointer dereference panic triggered by a frame without GNSS fix at partition %d offset %d; the consumer group rebalances and lag on truck-can-frames keeps growing." % (part, off),
        "Handle frames without a GNSS fix in the decoder (nil check) and ship a fix; meanwhile skip or dead-letter the poison offset %d on partition %d so the consumer can catch up." % (off, part))


@scenario("waste-imagepull-weighbridge-gw", "waste", "aks", "fluentbit", "exporter")
def _w_imagepull(name, rng, s):
    rec = Rec(name, "waste", rng, s["platform"], s["shipper"], "aks-landfill-weu", s["events"], hour=[7, 16])
    r, L, E = rec.r, rec.L, rec.E
    n_new = rec.node(2)
    old = rec.pod("weighbridge", "weighbridge-gw", "gateway", node=rec.node(0))
    new = rec.pod("weighbridge", "weighbridge-gw", "gateway", node=n_new)
    argo = rec.pod("argocd", "argocd-application-controller", "argocd-application-controller", pod="argocd-application-controller-0")
    kl = rec.kubelet(n_new)
    img = "ecowasteacr.azurecr.io/weighbridge/gateway:2.14.0-rc"
    rsname = new["pod"].rsplit("-", 1)[0]
    plate = lambda: "%s-%s-%02d" % (r.choice(["GX", "HV", "KL", "TR"]), r.choice(["BD", "FM", "PZ"]), r.int(10, 99))

    def ticket(off):
        g = r.int(21000, 32000)
        t = r.int(11000, 13500)
        L(off, old, "{T:sp} INFO  [bridge-1] c.e.w.gateway.TicketService - ticket WB2-%d gross=%dkg tare=%dkg net=%dkg plate=%s site=LF-NORTH" % (r.int(118000, 119999), g, t, g - t, plate()))
    L(0, argo, 'time="{T:iso_s}" level=info msg="Initiated automated sync to \'6c1f0e2\'" application=argocd/weighbridge dest-namespace=weighbridge dest-server="https://kubernetes.default.svc"')
    E(3, "Normal", "ScalingReplicaSet", "Deployment", "weighbridge-gw", "weighbridge",
      "Scaled up replica set %s to 1" % rsname, comp="deployment-controller")
    E(5, "Normal", "Pulling", "Pod", new["pod"], "weighbridge", 'Pulling image "%s"' % img, host=n_new, field="spec.containers{gateway}")
    L(6, kl, 'E{T:klog}    3121 log.go:32] "PullImage from image service failed" err="rpc error: code = NotFound desc = failed to pull and unpack image \\"%s\\": failed to resolve reference \\"%s\\": %s: not found" image="%s"' % (img, img, img, img), ev=True)
    E(6, "Warning", "Failed", "Pod", new["pod"], "weighbridge",
      'Failed to pull image "%s": rpc error: code = NotFound desc = failed to pull and unpack image "%s": failed to resolve reference "%s": %s: not found' % (img, img, img, img),
      host=n_new, field="spec.containers{gateway}", ev=True)
    E(6, "Warning", "Failed", "Pod", new["pod"], "weighbridge", "Error: ErrImagePull", host=n_new, field="spec.containers{gateway}", ev=True)
    ticket(20)
    L(31, kl, 'E{T:klog}    3121 pod_workers.go:1300] "Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"gateway\\" with ImagePullBackOff: \\"Back-off pulling image \\\\\\"%s\\\\\\"\\"" pod="weighbridge/%s" podUID="%s"' % (img, new["pod"], r.uuid()), ev=True)
    E(31, "Normal", "BackOff", "Pod", new["pod"], "weighbridge", 'Back-off pulling image "%s"' % img, count=3, first=-24, host=n_new, field="spec.containers{gateway}")
    E(31, "Warning", "Failed", "Pod", new["pod"], "weighbridge", "Error: ImagePullBackOff", count=3, first=-24, host=n_new, field="spec.containers{gateway}", ev=True)
    ticket(77)
    L(120, argo, 'time="{T:iso_s}" level=info msg="Updated health status: Healthy -> Progressing" application=argocd/weighbridge')
    ticket(164)
    L(240, old, "{T:sp} INFO  [bridge-2] c.e.w.gateway.SerialBridge - indicator LF-NORTH-2 heartbeat ok (rs485 over tcp, 0 errors since start)")
    ticket(330)
    E(605, "Warning", "ProgressDeadlineExceeded", "Deployment", "weighbridge-gw", "weighbridge",
      'ReplicaSet "%s" has timed out progressing.' % rsname, comp="deployment-controller")
    L(610, argo, 'time="{T:iso_s}" level=info msg="Updated health status: Progressing -> Degraded" application=argocd/weighbridge')
    return rec.build(
        "The weighbridge gateway 2.14 rollout has been stuck for ten minutes. Why?",
        {"namespace": "weighbridge", "app": "weighbridge-gw"},
        "ERROR", "image_pull", "weighbridge-gw",
        "The new ReplicaSet references %s, a tag that does not exist in the ACR repository (manifest not found), so the new pod stays in ErrImagePull/ImagePullBackOff." % img,
        "The Argo CD sync of weighbridge-gw cannot start the new pod: every pull of the 2.14.0-rc tag fails with NotFound and the Deployment exceeds its progress deadline; the old gateway pod keeps issuing tickets.",
        "Fix the image tag in the weighbridge manifests (or push the missing 2.14.0-rc tag to ecowasteacr), then resync; the running 2.13 pod can stay until the rollout completes.")


@scenario("waste-probe-bin-ingest", "waste", "k3s", "promtail", "eventrouter")
def _w_probe(name, rng, s):
    rec = Rec(name, "waste", rng, s["platform"], s["shipper"], "binsense", s["events"], hour=[8, 18])
    r, L, E = rec.r, rec.L, rec.E
    n1 = rec.node(1)
    app = rec.pod("bins", "bin-ingest", node=n1)
    pg = rec.pod("bins", "timescaledb", "postgres", pod="timescaledb-0", kind="sts")
    kl = rec.kubelet(n1)
    ip = r.ip("10.42.1")
    uid = r.uuid()
    def up(off):
        L(off, app, J({"level": 30, "time": "{T:epoch_ms}", "pid": 1, "hostname": app["pod"], "devEui": r.hex(16),
                       "fPort": 2, "fillPct": r.int(8, 97), "tempC": r.int(-3, 24), "rssi": -r.int(80, 118),
                       "msg": "uplink decoded"}))
    def pgdur(off, ms):
        L(off, pg, "{T:pg} [%d] LOG:  duration: %d.%03d ms  statement: SELECT count(*) FROM readings" % (r.int(4000, 9000), ms, r.int(0, 999)))

    def hz(off, ms):
        L(off, app, J({"level": 30, "time": "{T:epoch_ms}", "pid": 1, "hostname": app["pod"], "route": "/healthz",
                       "check": "db_readings_count", "durationMs": ms, "statusCode": 200, "msg": "healthz ok"}), ev=True)
    up(0)
    d1 = r.int(2500, 3200)
    pgdur(3, d1)
    hz(3, d1 + r.int(2, 9))
    L(3, kl, 'I{T:klog}     812 prober.go:107] "Probe failed" probeType="Liveness" pod="bins/%s" podUID="%s" containerName="bin-ingest" probeResult="failure" output="Get \\"http://%s:3000/healthz\\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)"' % (app["pod"], uid, ip), ev=True)
    up(7)
    E(13, "Warning", "Unhealthy", "Pod", app["pod"], "bins",
      'Liveness probe failed: Get "http://%s:3000/healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)' % ip,
      count=3, first=-20, host=n1, field="spec.containers{bin-ingest}", ev=True)
    up(14)
    d2 = r.int(2600, 3300)
    pgdur(23, d2)
    hz(23, d2 + r.int(2, 9))
    E(23, "Normal", "Killing", "Pod", app["pod"], "bins", "Container bin-ingest failed liveness probe, will be restarted",
      host=n1, field="spec.containers{bin-ingest}", ev=True)
    L(24, app, J({"level": 40, "time": "{T:epoch_ms}", "pid": 1, "hostname": app["pod"], "signal": "SIGTERM", "msg": "shutting down: closing MQTT subscription application/7/device/+/event/up"}))
    L(26, app, J({"level": 30, "time": "{T:epoch_ms}", "pid": 1, "hostname": app["pod"], "processed": r.int(3900, 4600), "windowSec": 60, "errors": 0, "msg": "uplink stats"}))
    L(31, app, J({"level": 30, "time": "{T:epoch_ms}", "pid": 1, "hostname": app["pod"], "version": "2.6.1", "msg": "bin-ingest listening on :3000"}))
    L(32, app, J({"level": 30, "time": "{T:epoch_ms}", "pid": 1, "hostname": app["pod"], "broker": "mqtt://chirpstack-mosquitto.lora:1883", "msg": "MQTT connected, subscribed to application/7/device/+/event/up"}))
    up(35)
    L(44, kl, 'I{T:klog}     812 prober.go:107] "Probe failed" probeType="Liveness" pod="bins/%s" podUID="%s" containerName="bin-ingest" probeResult="failure" output="Get \\"http://%s:3000/healthz\\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)"' % (app["pod"], uid, ip), ev=True)
    E(44, "Warning", "BackOff", "Pod", app["pod"], "bins",
      "Back-off restarting failed container bin-ingest in pod %s_bins(%s)" % (app["pod"], uid), count=5, first=-1800, host=n1,
      field="spec.containers{bin-ingest}")
    up(46)
    return rec.build(
        "bin-ingest has restarted dozens of times today but its logs look fine. What is going on?",
        {"namespace": "bins", "app": "bin-ingest"},
        "ERROR", "probe_failure", "bin-ingest",
        "The bin-ingest liveness probe hits /healthz, which runs SELECT count(*) FROM readings; as the table has grown the check takes about 3 s, longer than the probe's 1 s timeout, so kubelet kills a healthy container.",
        "bin-ingest keeps decoding uplinks normally, but its liveness probe times out and kubelet restarts the container repeatedly (BackOff), dropping uplinks during each restart.",
        "Make /healthz a cheap in-process check (move the readings count to a metric or readiness-only check) or raise the probe timeoutSeconds; then confirm restarts stop.")


@scenario("waste-scheduling-invoice-run", "waste", "rke2", "fluentd", "exporter")
def _w_sched(name, rng, s):
    rec = Rec(name, "waste", rng, s["platform"], s["shipper"], "rke2-ops-onprem", s["events"], hour=1, minute=0)
    r, L, E = rec.r, rec.L, rec.E
    job = r.job("invoice-run")
    jname = job.rsplit("-", 1)[0]
    n2 = rec.node(1)
    inv = rec.pod("billing", "invoice-run", "invoice-run", node=n2, pod=job)
    comp = rec.pod("routing", "route-history-compact", "compact", kind="job")
    api = rec.pod("billing", "billing-api", "api")
    msg = ("0/6 nodes are available: 3 Insufficient memory, 3 node(s) had untolerated taint {dedicated: mrf-plc}. "
           "preemption: 0/6 nodes are available: 3 No preemption victims found for incoming pod, 3 Preemption is not helpful for scheduling.")
    L(0, comp, "{T:py} INFO compact: merging GPS breadcrumbs for 2026-Q1 partitions (14 of 31 done)")
    E(2, "Normal", "SuccessfulCreate", "CronJob", "invoice-run", "billing", "Created job %s" % jname, comp="cronjob-controller")
    E(2, "Normal", "SuccessfulCreate", "Job", jname, "billing", "Created pod: %s" % job, comp="job-controller")
    E(3, "Warning", "FailedScheduling", "Pod", job, "billing", msg, comp="default-scheduler", ev=True)
    L(40, api, '%s - - [{T:nginx}] "GET /api/v1/accounts/%d/balance HTTP/1.1" 200 311 "-" "portal/3.2"' % (r.ip("10.42.3"), r.int(10000, 99999)))
    E(303, "Warning", "FailedScheduling", "Pod", job, "billing", msg, count=6, first=-300, comp="default-scheduler", ev=True)
    L(560, comp, "{T:py} INFO compact: merging GPS breadcrumbs for 2026-Q1 partitions (29 of 31 done)")
    E(603, "Warning", "FailedScheduling", "Pod", job, "billing", msg, count=11, first=-600, comp="default-scheduler", ev=True)
    L(700, api, '%s - - [{T:nginx}] "GET /api/v1/accounts/%d/balance HTTP/1.1" 200 298 "-" "portal/3.2"' % (r.ip("10.42.3"), r.int(10000, 99999)))
    L(1490, comp, "{T:py} INFO compact: done, 31 partitions, 0 errors; exiting")
    E(1493, "Normal", "Completed", "Job", comp["pod"].rsplit("-", 1)[0], "routing", "Job completed", comp="job-controller")
    E(1508, "Normal", "Scheduled", "Pod", job, "billing", "Successfully assigned billing/%s to %s" % (job, n2), comp="default-scheduler")
    E(1511, "Normal", "Pulled", "Pod", job, "billing", 'Container image "registry.ops.local/billing/invoice-run:4.1.3" already present on machine', host=n2)
    L(1514, inv, "{T:py} INFO invoice_run: period=%s started (scheduled 01:00, started late)" % prev_period(rec.base))
    L(1517, inv, "{T:py} INFO invoice_run: loaded %d accounts, %d weighbridge tickets, %d bin lift events" % (r.int(9000, 14000), r.int(30000, 60000), r.int(200000, 400000)))
    L(1790, inv, "{T:py} INFO invoice_run: generated %d invoices, 0 failed; pdf render queue drained" % r.int(9000, 14000))
    L(1792, inv, "{T:py} WARNING invoice_run: run started 25 minutes behind schedule; e-mail dispatch window shifted")
    E(1795, "Normal", "Completed", "Job", jname, "billing", "Job completed", comp="job-controller")
    return rec.build(
        "Why did last night's invoice run start almost half an hour late?",
        {"namespace": "billing", "app": "invoice-run"},
        "WARN", "scheduling", "invoice-run",
        "The invoice-run pod could not be scheduled: the three general workers lacked free memory while route-history-compact was running, and the other three nodes carry the dedicated=mrf-plc taint the job does not tolerate.",
        "The 01:00 invoice-run pod stayed Pending with FailedScheduling (Insufficient memory / untolerated taint) for about 25 minutes until the compaction job finished; it then ran and completed with 0 failures.",
        "No immediate action; to avoid the delay, lower the invoice-run memory request, move the compaction window, or add capacity/priority for the billing CronJob.")


@scenario("waste-dns-regulator-report", "waste", "talos", "vector", None)
def _w_dns(name, rng, s):
    rec = Rec(name, "waste", rng, s["platform"], s["shipper"], "talos-landfill", s["events"], hour=2)
    r, L = rec.r, rec.L
    rep = rec.pod("landfill", "landfill-reporting", "app")
    dns1 = rec.pod("kube-system", "coredns", "coredns")
    dns2 = rec.pod("kube-system", "coredns", "coredns")
    host = "api.landfill-returns.gov.example"
    up = r.choice(["10.0.0.2", "10.0.0.3"])
    rip = r.ip("10.244.1")
    thr = "scheduling-1"
    L(0, rep, "{T:iso}  INFO 1 --- [landfill-reporting] [   %s] c.e.l.report.QuarterlySubmitter          : Preparing tonnage return Q%d for permit EPR/LF%d (cells 3-7)" % (thr, (rec.base.month - 1) // 3 + 1, r.int(1000, 9999)))
    L(1, dns1, '[INFO] %s:%d - %d "A IN postgres-reporting.landfill.svc.cluster.local. udp 75 false 1232" NOERROR qr,aa,rd 130 0.000121s' % (rip, r.int(30000, 60000), r.int(1000, 65000)))
    L(4, rep, "{T:iso}  INFO 1 --- [landfill-reporting] [   %s] c.e.l.report.QuarterlySubmitter          : Aggregated %d weighbridge tickets, %d.%d t landfilled" % (thr, r.int(20000, 40000), r.int(50000, 90000), r.int(0, 9)))
    L(5, dns1, '[INFO] %s:%d - %d "AAAA IN %s. udp 62 false 1232" SERVFAIL qr,rd 62 2.001s' % (rip, r.int(30000, 60000), r.int(1000, 65000), host))
    L(5, dns1, "[ERROR] plugin/errors: 2 %s. AAAA: read udp %s:%d->%s:53: i/o timeout" % (host, r.ip("10.244.0"), r.int(30000, 60000), up), ev=True)
    L(7, dns2, "[ERROR] plugin/errors: 2 %s. A: read udp %s:%d->%s:53: i/o timeout" % (host, r.ip("10.244.2"), r.int(30000, 60000), up), ev=True)
    L(10, rep, "{T:iso} ERROR 1 --- [landfill-reporting] [   %s] c.e.l.report.QuarterlySubmitter          : Submission of tonnage return failed, attempt 1/5" % thr)
    L(10, rep, 'org.springframework.web.client.ResourceAccessException: I/O error on POST request for "https://%s/v2/returns": %s: Temporary failure in name resolution' % (host, host), ev=True)
    L(10, rep, "Caused by: java.net.UnknownHostException: %s: Temporary failure in name resolution" % host, ev=True)
    L(10, rep, "\tat java.base/java.net.Inet6AddressImpl.lookupAllHostAddr(Native Method)")
    L(31, dns1, '[INFO] %s:%d - %d "A IN timescaledb.bins.svc.cluster.local. udp 70 false 1232" NOERROR qr,aa,rd 122 0.000098s' % (r.ip("10.244.3"), r.int(30000, 60000), r.int(1000, 65000)))
    L(45, dns2, "[WARNING] plugin/health: Local health request to \"http://:8080/health\" took more than 1s: 1.03s")
    L(130, rep, "{T:iso}  WARN 1 --- [landfill-reporting] [   %s] c.e.l.report.QuarterlySubmitter          : Retrying submission in 120s (attempt 2/5)" % thr)
    L(252, dns1, "[ERROR] plugin/errors: 2 %s. A: read udp %s:%d->%s:53: i/o timeout" % (host, r.ip("10.244.0"), r.int(30000, 60000), up), ev=True)
    L(254, rep, "{T:iso} ERROR 1 --- [landfill-reporting] [   %s] c.e.l.report.QuarterlySubmitter          : Submission of tonnage return failed, attempt 2/5" % thr)
    L(254, rep, "Caused by: java.net.UnknownHostException: %s: Temporary failure in name resolution" % host, ev=True)
    L(260, dns2, '[INFO] %s:%d - %d "A IN postgres-reporting.landfill.svc.cluster.local. udp 75 false 1232" NOERROR qr,aa,rd 130 0.000104s' % (rip, r.int(30000, 60000), r.int(1000, 65000)))
    return rec.build(
        "The quarterly landfill tonnage return to the regulator keeps failing. Why?",
        {"namespace": "landfill", "app": "landfill-reporting"},
        "ERROR", "dns_resolution", "coredns",
        "CoreDNS forwards external names to the upstream resolver %s, which no longer answers (i/o timeout), so %s cannot be resolved; in-cluster names still resolve." % (up, host),
        "landfill-reporting cannot submit the tonnage return: every POST fails with UnknownHostException because CoreDNS times out forwarding the regulator's hostname to %s." % up,
        "Point the CoreDNS forward plugin (Talos cluster DNS config) at a working upstream resolver and restart CoreDNS; then retry the submission before the filing deadline.")


@scenario("waste-connrefused-mrf-plc", "waste", "vm", "journald", None)
def _w_connref(name, rng, s):
    rec = Rec(name, "waste", rng, s["platform"], s["shipper"], "mrf-edge-01", s["events"], hour=[5, 7])
    r, L = rec.r, rec.L
    h = "mrf-edge-01"
    br = rec.host(h, "mrf-bridge.service", "mrf-bridge")
    sysd = rec.host(h, "mrf-bridge.service", "systemd")
    hc = rec.host(h, "mrf-netcheck.service", "mrf-netcheck")
    sshd = rec.host(h, "ssh.service", "sshd")
    plc2 = "10.20.4.%d" % r.int(30, 39)
    plc1 = "10.20.4.%d" % r.int(20, 29)
    pid = r.int(1200, 9000)
    L(0, sshd, "Accepted publickey for sortech-svc from %s port %d ssh2: ED25519 SHA256:%s" % (r.ip("172.16.8"), r.int(40000, 60000), r.low(20)))
    L(2, br, "{T:py} INFO mrf_bridge.poller: poll ok line1-sorter %s:502 unit=1 registers=64 rtt=4ms" % plc1)
    L(4, br, "{T:py} INFO mrf_bridge.poller: poll ok line2-sorter %s:502 unit=1 registers=64 rtt=5ms" % plc2)
    L(600, br, "{T:py} INFO mrf_bridge.poller: poll ok line1-sorter %s:502 unit=1 registers=64 rtt=4ms" % plc1)
    L(604, br, "{T:py} ERROR pymodbus.client.tcp: Connection to (%s, 502) failed: [Errno 111] Connection refused" % plc2, ev=True)
    L(604, br, "{T:py} WARNING mrf_bridge.poller: line2-sorter unreachable, marking optical sorter OS-2 and baler B-2 telemetry stale")
    L(610, hc, "ping %s ok rtt=0.41ms; tcp/502 closed" % plc2, ev=True)
    L(614, br, "{T:py} ERROR pymodbus.client.tcp: Connection to (%s, 502) failed: [Errno 111] Connection refused" % plc2, ev=True)
    L(620, br, "{T:py} INFO mrf_bridge.poller: poll ok line1-sorter %s:502 unit=1 registers=64 rtt=4ms" % plc1)
    L(664, br, "{T:py} ERROR pymodbus.client.tcp: Connection to (%s, 502) failed: [Errno 111] Connection refused" % plc2, ev=True)
    L(664, br, "{T:py} CRITICAL mrf_bridge: giving up on line2-sorter (%s:502) after 10 attempts; exiting so systemd restarts the bridge" % plc2)
    L(665, sysd, "mrf-bridge.service: Main process exited, code=exited, status=1/FAILURE")
    L(665, sysd, "mrf-bridge.service: Failed with result 'exit-code'.")
    L(675, sysd, "mrf-bridge.service: Scheduled restart job, restart counter is at %d." % r.int(2, 5))
    L(675, sysd, "Started mrf-bridge.service - MRF sorting-line Modbus bridge.")
    L(677, br, "{T:py} INFO mrf_bridge: starting bridge pid=%d lines=line1-sorter,line2-sorter interval=2s" % pid)
    L(678, br, "{T:py} INFO mrf_bridge.poller: poll ok line1-sorter %s:502 unit=1 registers=64 rtt=4ms" % plc1)
    L(678, br, "{T:py} ERROR pymodbus.client.tcp: Connection to (%s, 502) failed: [Errno 111] Connection refused" % plc2, ev=True)
    L(700, sshd, "Received disconnect from %s port %d:11: disconnected by user" % (r.ip("172.16.8"), r.int(40000, 60000)))
    return rec.build(
        "Sorting line 2 shows no data on the MRF dashboard and the bridge service keeps restarting. What happened?",
        {"node": h, "app": "mrf-bridge"},
        "ERROR", "connection_refused", "line2-sorter",
        "The line-2 sorter PLC at %s is up (ping answers) but refuses TCP connections on Modbus port 502, so mrf-bridge cannot poll it; this started right after a remote vendor maintenance session." % plc2,
        "mrf-bridge gets [Errno 111] Connection refused from the line-2 PLC on port 502, marks OS-2/B-2 telemetry stale, exits after 10 attempts and is restarted by systemd; line 1 polls normally.",
        "Re-enable the Modbus/TCP server on the line-2 PLC (check the vendor's firmware/config change from the maintenance session) and confirm port 502 is open; the bridge will reconnect on its own.")


@scenario("waste-timeout-traffic-api", "waste", "doks", "otel", None)
def _w_timeout(name, rng, s):
    rec = Rec(name, "waste", rng, s["platform"], s["shipper"], "do-fra1-routing", s["events"], hour=[5, 6])
    r, L = rec.r, rec.L
    rp = rec.pod("routing", "route-planner", "planner")
    ui = rec.pod("routing", "dispatch-console", "console")
    url = "https://api.traffic-provider.example/flow/v4/segments?bbox=%d.%03d,%d.%03d" % (r.int(4, 6), r.int(0, 999), r.int(51, 52), r.int(0, 999))
    def ok(off, ms):
        L(off, rp, J({"time": "{T:iso}", "level": "INFO", "msg": "traffic lookup ok", "provider": "trafficapi", "segments": r.int(180, 420), "latency_ms": ms}))
    def to(off, attempt, ev=True):
        L(off, rp, J({"time": "{T:iso}", "level": "WARN", "msg": "traffic lookup failed", "provider": "trafficapi", "attempt": attempt,
                      "err": 'Get "%s": context deadline exceeded (Client.Timeout exceeded while awaiting headers)' % url}), ev=ev)
    ok(0, r.int(240, 420))
    ok(30, r.int(300, 520))
    L(55, ui, J({"time": "{T:iso}", "level": "INFO", "msg": "GET /api/dispatch/board 200", "duration_ms": r.int(20, 60)}))
    to(62, 1)
    L(67, rp, J({"time": "{T:iso}", "level": "INFO", "msg": "traffic lookup retry succeeded", "provider": "trafficapi", "attempt": 2, "latency_ms": r.int(4100, 4900)}))
    to(95, 1)
    to(100, 2)
    L(105, rp, J({"time": "{T:iso}", "level": "WARN", "msg": "using cached traffic speeds (age 14m) for 3 routes", "routes": ["R-%02d" % r.int(1, 40) for _ in range(3)]}), ev=True)
    L(120, rp, J({"time": "{T:iso}", "level": "WARN", "msg": "upstream latency high", "provider": "trafficapi", "p99_ms": r.int(4700, 5000), "timeout_ms": 5000, "window": "5m"}), ev=True)
    L(150, ui, J({"time": "{T:iso}", "level": "INFO", "msg": "GET /api/dispatch/board 200", "duration_ms": r.int(20, 60)}))
    to(181, 1)
    L(186, rp, J({"time": "{T:iso}", "level": "INFO", "msg": "traffic lookup retry succeeded", "provider": "trafficapi", "attempt": 2, "latency_ms": r.int(3100, 3900)}))
    ok(240, r.int(900, 1600))
    L(300, rp, J({"time": "{T:iso}", "level": "INFO", "msg": "route recompute batch finished", "routes": r.int(30, 44), "errors": 0, "stale_traffic_routes": 3}))
    ok(360, r.int(300, 480))
    L(420, rp, J({"time": "{T:iso}", "level": "INFO", "msg": "upstream latency back to normal", "provider": "trafficapi", "p99_ms": r.int(380, 640), "window": "5m"}))
    ok(480, r.int(250, 420))
    return rec.build(
        "Dispatchers saw some routes planned without live traffic this morning. Is something broken?",
        {"namespace": "routing", "app": "route-planner"},
        "WARN", "timeout", "route-planner",
        "The external traffic API became slow (p99 close to the 5 s client timeout), so some route-planner lookups hit context deadline exceeded and three routes used cached traffic speeds.",
        "Between the first timeouts and recovery, traffic lookups intermittently timed out; retries mostly succeeded, three routes were planned with 14-minute-old traffic data, and latency returned to normal on its own.",
        "No immediate action; keep monitoring the provider's latency and consider a slightly longer timeout with jittered retries for the morning batch.")


@scenario("waste-tls-mqtt-broker", "waste", "lke", "datadog", None)
def _w_tls(name, rng, s):
    rec = Rec(name, "waste", rng, s["platform"], s["shipper"], "lke-telematics", s["events"], hour=[1, 5])
    r, L = rec.r, rec.L
    mq = rec.pod("telematics", "mosquitto", "mosquitto", pod="mosquitto-0", dd_source="mosquitto")
    bridge = rec.pod("telematics", "mqtt-kafka-bridge", "bridge", dd_source="go")
    cm = rec.pod("cert-manager", "cert-manager", "cert-manager", dd_source="cert-manager")
    def trucks(off, ev=True):
        L(off, mq, "{T:epoch}: New connection from %s:%d on port 8883." % (r.ip("100.64"), r.int(30000, 60000)))
        L(off, mq, "{T:epoch}: OpenSSL Error[0]: error:0A000415:SSL routines::sslv3 alert certificate expired", ev=ev)
        L(off, mq, "{T:epoch}: Client <unknown> disconnected: protocol error.")
    L(0, bridge, J({"level": "info", "ts": "{T:iso}", "msg": "forwarded batch", "topic": "fleet/+/telemetry", "messages": r.int(800, 1600)}))
    L(30, mq, "{T:epoch}: mosquitto version 2.0.18 starting")
    L(30, mq, "{T:epoch}: Opening ipv4 listen socket on port 8883.")
    L(40, bridge, J({"level": "warn", "ts": "{T:iso}", "msg": "mqtt connection lost", "broker": "ssl://mosquitto.telematics.svc:8883", "err": "EOF"}))
    L(41, bridge, J({"level": "error", "ts": "{T:iso}", "msg": "mqtt connect failed", "broker": "ssl://mosquitto.telematics.svc:8883",
                     "err": "tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time {T:iso_s} is after {T:date}T00:00:00Z"}), ev=True)
    trucks(43)
    L(50, cm, J({"level": "info", "ts": "{T:iso}", "logger": "cert-manager.certificates-trigger", "msg": "Certificate does not need to be re-issued", "certificate": "telematics/fleet-portal-tls", "not_after": "{T:date+3888000}"}))
    L(56, bridge, J({"level": "error", "ts": "{T:iso}", "msg": "mqtt connect failed", "broker": "ssl://mosquitto.telematics.svc:8883",
                     "err": "tls: failed to verify certificate: x509: certificate has expired or is not yet valid", "retry_in": "15s"}), ev=True)
    trucks(61)
    L(72, bridge, J({"level": "error", "ts": "{T:iso}", "msg": "mqtt connect failed", "broker": "ssl://mosquitto.telematics.svc:8883",
                     "err": "tls: failed to verify certificate: x509: certificate has expired or is not yet valid", "retry_in": "30s"}), ev=True)
    L(90, mq, "{T:epoch}: New client connected from 127.0.0.1:%d as healthcheck (p2, c1, k60)." % r.int(40000, 60000))
    trucks(104, ev=False)
    return rec.build(
        "No truck telemetry has reached Kafka since the early hours. What broke?",
        {"namespace": "telematics", "app": "mosquitto"},
        "ERROR", "tls_certificate", "mosquitto",
        "The Mosquitto broker's server certificate (a manually managed secret, not issued by cert-manager) expired, so trucks and the mqtt-kafka-bridge reject the TLS handshake on port 8883.",
        "Since the broker certificate's notAfter passed, every TLS client fails verification (x509: certificate has expired) and disconnects; no telemetry is forwarded. cert-manager's own certificate is unaffected.",
        "Issue and mount a new broker certificate (ideally via a cert-manager Certificate for mqtt.fleet.ecowaste.example), restart mosquitto, and verify trucks reconnect.")


@scenario("waste-auth-billing-db", "waste", "openshift", "filebeat", None)
def _w_auth(name, rng, s):
    rec = Rec(name, "waste", rng, s["platform"], s["shipper"], "ocp-prod", s["events"], hour=[8, 17])
    r, L = rec.r, rec.L
    app = rec.pod("billing", "billing-sync", "billing-sync")
    pg = rec.pod("billing-db", "billing-postgres", "postgres", pod="billing-postgres-1")
    vault = rec.pod("vault", "vault", "vault", pod="vault-0")
    lease = "database/creds/billing-app/%s" % r.low(24)
    user = "v-kubernet-billing--%s-%s" % (r.low(20), r.digits(10))
    cidr = "10.128.0.0/14"
    def pgfail(off, ev=True):
        p = r.int(40000, 60000)
        L(off, pg, '{T:pg} [%d] FATAL:  password authentication failed for user "%s"' % (p, user), ev=ev)
        L(off, pg, '{T:pg} [%d] DETAIL:  Role "%s" does not exist.' % (p, user), ev=ev)
    L(0, vault, "{T:iso} [INFO]  expiration: revoked lease: lease_id=%s" % lease, ev=True)
    L(3, app, "{T:iso}  INFO 1 --- [billing-sync] [   scheduling-1] c.e.b.sync.PaymentImportJob   : Importing bank statement batch %d (412 lines)" % r.int(1000, 9999))
    L(25, app, "{T:iso}  WARN 1 --- [billing-sync] [ool-1 housekeeper] com.zaxxer.hikari.pool.PoolBase       : HikariPool-1 - Failed to validate connection org.postgresql.jdbc.PgConnection@%s (This connection has been closed.). Possibly consider using a shorter maxLifetime value." % r.hex(8))
    pgfail(26)
    L(26, app, "{T:iso} ERROR 1 --- [billing-sync] [nection adder] com.zaxxer.hikari.pool.HikariPool      : HikariPool-1 - Exception during pool initialization.")
    L(26, app, 'org.postgresql.util.PSQLException: FATAL: password authentication failed for user "%s"' % user, ev=True)
    L(60, app, "{T:iso} ERROR 1 --- [billing-sync] [nio-8080-exec-4] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() for servlet [dispatcherServlet] threw exception [Request processing failed: org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection] with root cause")
    L(60, app, 'org.postgresql.util.PSQLException: FATAL: password authentication failed for user "%s"' % user, ev=True)
    L(75, pg, "{T:pg} [%d] LOG:  checkpoint starting: time" % r.int(20, 90))
    L(90, vault, "{T:iso} [INFO]  core: successful mount: namespace=\"\" path=sys/ type=system")
    pgfail(121)
    L(121, app, "{T:iso} ERROR 1 --- [billing-sync] [   scheduling-1] c.e.b.sync.PaymentImportJob   : Batch import failed, will retry at next schedule: Failed to obtain JDBC Connection")
    L(150, pg, "{T:pg} [%d] LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, 1 recycled; write=26.941 s, sync=0.003 s, total=26.961 s" % (r.int(20, 90), r.int(200, 2000), r.int(10, 120) / 10))
    pgfail(181, ev=False)
    return rec.build(
        "billing-sync stopped importing payments and its API returns 500s. Why?",
        {"namespace": "billing", "app": "billing-sync"},
        "ERROR", "auth_failure", "billing-sync",
        "billing-sync still uses dynamic database credentials from a Vault lease that has been revoked; the Postgres role no longer exists, so every new connection fails with password authentication failed.",
        "After Vault revoked the billing-app database lease, billing-sync's Hikari pool cannot open connections (FATAL: password authentication failed, role does not exist); payment imports and API requests fail.",
        "Renew credentials for billing-sync (restart it so the Vault agent renders a fresh lease, and make sure the lease is renewed before max TTL); verify imports resume.")


@scenario("waste-config-gatehouse", "waste", "compose", "docker", None)
def _w_config(name, rng, s):
    rec = Rec(name, "waste", rng, s["platform"], s["shipper"], "landfill-gh-01", s["events"], hour=[5, 7])
    r, L = rec.r, rec.L
    h = "landfill-gh-01"
    web, wk = rec.compose("gatehouse", "web", h), rec.compose("gatehouse", "worker", h)
    ngx, db = rec.compose("gatehouse", "nginx", h), rec.compose("gatehouse", "db", h)
    cl = r.ip("192.168.10")
    up = r.ip("172.18.0")
    def boot(off, ev):
        L(off, web, "{T:gunicorn} [1] [INFO] Starting gunicorn 21.2.0")
        L(off, web, "{T:gunicorn} [1] [INFO] Listening at: http://0.0.0.0:8000 (1)")
        L(off + 1, web, '  File "/app/gatehouse/settings.py", line 41, in <module>')
        L(off + 1, web, "django.core.exceptions.ImproperlyConfigured: Set the DATABASE_URL environment variable", ev=ev)
        L(off + 1, web, "{T:gunicorn} [1] [ERROR] Reason: Worker failed to boot.")
    L(0, db, "{T:pg} [1] LOG:  database system is ready to accept connections")
    boot(3, True)
    L(4, wk, "[{T:py}: CRITICAL/MainProcess] Unrecoverable error: ImproperlyConfigured('Set the DATABASE_URL environment variable')", ev=True)
    L(9, ngx, '{T:go} [error] 29#29: *%d connect() failed (111: Connection refused) while connecting to upstream, client: %s, server: gatehouse.local, request: "POST /api/tickets HTTP/1.1", upstream: "http://%s:8000/api/tickets", host: "gatehouse.local"' % (r.int(10, 400), cl, up))
    L(9, ngx, '%s - - [{T:nginx}] "POST /api/tickets HTTP/1.1" 502 157 "-" "WeighbridgeTerminal/4.2"' % cl)
    boot(14, True)
    L(22, ngx, '%s - - [{T:nginx}] "GET /gate/status HTTP/1.1" 502 157 "-" "BarrierCtl/1.9"' % r.ip("192.168.10"))
    boot(32, False)
    return rec.build(
        "The landfill gatehouse app is down and the weighbridge terminals get 502. Why?",
        {"node": h, "app": "gatehouse"},
        "CRITICAL", "config_error", "gatehouse-web",
        "DATABASE_URL is no longer set in the gatehouse environment (.env), so Django settings raise ImproperlyConfigured at import; gunicorn workers fail to boot and the web and worker containers restart in a loop.",
        "The gatehouse web and worker containers crash at startup with ImproperlyConfigured: Set the DATABASE_URL environment variable; nginx has no upstream (connection refused, 502) so tickets cannot be issued. The database itself is up.",
        "Restore DATABASE_URL in the compose .env / environment for web and worker and recreate the containers (docker compose up -d); then check ticket POSTs succeed.")


@scenario("waste-healthy-mrf-shift", "waste", "microk8s", "fluentbit", "eventrouter")
def _w_ok_mrf(name, rng, s):
    rec = Rec(name, "waste", rng, s["platform"], s["shipper"], "mrf", s["events"], hour=[13, 15])
    r, L, E = rec.r, rec.L, rec.E
    ctl = rec.pod("sorting", "line-controller", "controller", node=rec.node(0))
    hmi = rec.pod("sorting", "hmi-gateway", "gateway", node=rec.node(0))
    shift = r.choice(["B", "C"])
    L(0, ctl, "{T:sp} INFO  [main] c.e.mrf.ShiftManager - shift %s started on line 1 (supervisor badge %d)" % (shift, r.int(1000, 9999)))
    L(4, ctl, "{T:sp} INFO  [plc-poll] c.e.mrf.Conveyor - conveyor C3 speed set to 0.85 m/s (infeed %d.%d t/h)" % (r.int(10, 13), r.int(0, 9)))
    L(30, hmi, "{T:iso} level=info msg=\"operator login\" station=HMI-2 role=operator")
    L(95, ctl, "{T:sp} WARN  [plc-poll] c.e.mrf.ModbusClient - read timeout on holding register 40012 (OS-1 valve bank), retry succeeded after 1 attempt")
    L(140, ctl, "{T:sp} INFO  [plc-poll] c.e.mrf.OpticalSorter - OS-1 eject valves self-test: 0 errors, 2 retries (recovered)")
    L(300, ctl, "{T:sp} WARN  [events] c.e.mrf.JamDetector - jam detected at star screen SS-2, line paused")
    L(348, ctl, "{T:sp} INFO  [events] c.e.mrf.JamDetector - jam at SS-2 cleared by operator after 48s, line resumed")
    L(420, ctl, "{T:sp} INFO  [baler] c.e.mrf.Baler - bale #%d PET clear %dkg wrapped" % (r.int(4000, 4999), r.int(380, 440)))
    L(600, hmi, "{T:iso} level=info msg=\"alarm acknowledged\" alarm=SS2_JAM station=HMI-2")
    E(650, "Normal", "Pulled", "Pod", ctl["pod"], "sorting", 'Container image "localhost:32000/mrf/line-controller:5.2.0" already present on machine', host=ctl["node"], field="spec.containers{controller}")
    L(700, ctl, "{T:sp} INFO  [baler] c.e.mrf.Baler - bale #%d HDPE natural %dkg wrapped" % (r.int(4000, 4999), r.int(300, 360)))
    L(900, ctl, "{T:sp} INFO  [stats] c.e.mrf.Stats - last 15 min: throughput 11.6 t/h, purity PET 96.8%, 0 errors")
    L(1020, hmi, "{T:iso} level=warn msg=\"websocket client disconnected\" station=HMI-4 reason=\"going away\"")
    L(1022, hmi, "{T:iso} level=info msg=\"websocket client connected\" station=HMI-4")
    L(1200, ctl, "{T:sp} INFO  [stats] c.e.mrf.Stats - last 15 min: throughput 11.9 t/h, purity PET 97.1%, 0 errors")
    return rec.build(
        "Anything to worry about on MRF line 1 this shift?",
        {"namespace": "sorting"},
        "INFO", "none", None,
        "No incident: the sorting line runs normally; the jam, the Modbus read timeout and the HMI websocket reconnect were transient and recovered.",
        "Line 1 operates normally during shift %s: steady throughput and purity, a star-screen jam cleared by the operator, one retried Modbus read and zero errors in the periodic stats." % shift,
        "None.")


@scenario("waste-healthy-billing-close", "waste", "ovh", "vector", None)
def _w_ok_bill(name, rng, s):
    rec = Rec(name, "waste", rng, s["platform"], s["shipper"], "ovh-gra-billing", s["events"], month=[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], day=1, hour=2)
    r, L = rec.r, rec.L
    run = rec.pod("billing", "month-close", "close", kind="job")
    pg = rec.pod("billing", "billing-pg", "postgres", pod="billing-pg-1")
    hook = rec.pod("billing", "payment-webhooks", "webhooks")
    n = r.int(11000, 14000)
    L(0, run, "{T:py} INFO month_close: closing period %s (accounts=%d)" % (prev_period(rec.base), n))
    L(20, pg, "{T:pg} [%d] LOG:  checkpoint starting: time" % r.int(20, 90))
    L(47, pg, "{T:pg} [%d] LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, 2 recycled; write=26.912 s, sync=0.004 s, total=26.944 s" % (r.int(20, 90), r.int(2000, 4000), r.int(120, 250) / 10))
    L(90, hook, J({"level": 30, "time": "{T:epoch_ms}", "msg": "webhook received", "type": "payment_intent.payment_failed", "customer": "cus_%s" % r.low(14), "decline_code": "insufficient_funds"}))
    L(91, hook, J({"level": 30, "time": "{T:epoch_ms}", "msg": "dunning e-mail queued", "template": "payment-failed-1", "attempt": 1}))
    L(140, run, "{T:py} INFO month_close: invoices generated %d, failed 0" % n)
    L(200, pg, "{T:pg} [%d] LOG:  automatic vacuum of table \"billing.public.invoice_lines\": index scans: 1" % r.int(20000, 30000))
    L(260, run, "{T:py} WARNING month_close: SEPA export: bank API returned 503 on upload, retry succeeded (attempt 2)")
    L(262, run, "{T:py} INFO month_close: SEPA direct-debit file uploaded (%d mandates)" % r.int(6000, 9000))
    L(300, run, "{T:py} INFO month_close: reconciliation finished: 0 errors, 0 mismatches, 3 credit notes")
    L(320, hook, J({"level": 30, "time": "{T:epoch_ms}", "msg": "webhook received", "type": "invoice.paid", "customer": "cus_%s" % r.low(14)}))
    L(360, run, "{T:py} INFO month_close: ledger exported to ERP, checksum verified")
    L(361, run, "{T:py} INFO month_close: done in 6m1s, exit 0")
    L(400, pg, "{T:pg} [%d] LOG:  checkpoint starting: time" % r.int(20, 90))
    return rec.build(
        "Did the month-end billing close run cleanly?",
        {"namespace": "billing", "app": "month-close"},
        "INFO", "none", None,
        "No incident: the month-close job completed; a failed customer payment and a retried bank upload are normal business events.",
        "The month-close job generated all invoices with 0 failures, uploaded the SEPA file after one successful retry, reconciled with 0 errors and exited 0; Postgres shows routine checkpoints and autovacuum.",
        "None.")


@scenario("waste-healthy-telematics-scale", "waste", "tanzu", "alloy", "alloy")
def _w_ok_tel(name, rng, s):
    rec = Rec(name, "waste", rng, s["platform"], s["shipper"], "tkc-fleet", s["events"], hour=[6, 7])
    r, L, E = rec.r, rec.L, rec.E
    a = rec.pod("telematics", "telematics-ingest", "ingest")
    b = rec.pod("telematics", "telematics-ingest", "ingest")
    rsn = b["pod"].rsplit("-", 1)[0]
    L(0, a, J({"level": "info", "ts": "{T:epoch_f}", "msg": "throughput", "frames_per_s": r.int(900, 1300), "lag": r.int(100, 400)}))
    E(30, "Normal", "SuccessfulRescale", "HorizontalPodAutoscaler", "telematics-ingest", "telematics",
      "New size: 5; reason: cpu resource utilization (percentage of request) above target", comp="horizontal-pod-autoscaler")
    E(31, "Normal", "ScalingReplicaSet", "Deployment", "telematics-ingest", "telematics", "Scaled up replica set %s to 5 from 4" % rsn, comp="deployment-controller")
    E(32, "Normal", "Scheduled", "Pod", b["pod"], "telematics", "Successfully assigned telematics/%s to %s" % (b["pod"], b["node"]), comp="default-scheduler")
    E(35, "Normal", "Started", "Pod", b["pod"], "telematics", "Started container ingest", host=b["node"])
    E(37, "Warning", "Unhealthy", "Pod", b["pod"], "telematics", 'Readiness probe failed: Get "http://%s:8080/readyz": dial tcp %s:8080: connect: connection refused' % ((r.ip("192.168.3"),) * 2), host=b["node"])
    L(38, b, J({"level": "info", "ts": "{T:epoch_f}", "msg": "partition assigned", "topic": "truck-can-frames", "partition": r.int(0, 11)}))
    L(40, a, J({"level": "info", "ts": "{T:epoch_f}", "msg": "partitions revoked during rebalance, committed offsets", "count": 3}))
    L(60, b, J({"level": "warn", "ts": "{T:epoch_f}", "msg": "vehicle disconnected (keepalive timeout)", "vehicle": "RCV-%04d" % r.int(100, 999)}))
    L(75, b, J({"level": "info", "ts": "{T:epoch_f}", "msg": "vehicle reconnected after 2 attempts", "vehicle": "RCV-%04d" % r.int(100, 999)}))
    L(120, a, J({"level": "info", "ts": "{T:epoch_f}", "msg": "throughput", "frames_per_s": r.int(700, 900), "lag": r.int(10, 80)}))
    L(121, b, J({"level": "info", "ts": "{T:epoch_f}", "msg": "throughput", "frames_per_s": r.int(700, 900), "lag": r.int(10, 80)}))
    L(180, b, J({"level": "error", "ts": "{T:epoch_f}", "msg": "dropped malformed frame", "vehicle": "RCV-%04d" % r.int(100, 999), "reason": "crc mismatch", "dropped_total": 1}))
    L(240, a, J({"level": "info", "ts": "{T:epoch_f}", "msg": "throughput", "frames_per_s": r.int(700, 900), "lag": r.int(5, 40)}))
    L(241, b, J({"level": "info", "ts": "{T:epoch_f}", "msg": "throughput", "frames_per_s": r.int(700, 900), "lag": r.int(5, 40)}))
    return rec.build(
        "The telematics ingest scaled up this morning; did anything go wrong?",
        {"namespace": "telematics", "app": "telematics-ingest"},
        "INFO", "none", None,
        "No incident: the HPA scaled telematics-ingest for the morning peak; the startup readiness failure, a truck reconnect and one CRC-dropped frame are normal.",
        "telematics-ingest was scaled from 4 to 5 replicas on CPU; the new pod became ready after a brief startup readiness failure, the consumer group rebalanced and lag dropped.",
        "None.")

# ---------------------------------------------------------------------------
# Theme 2: public libraries and publishers

@scenario("lib-fd-sip2-gateway", "libraries", "scaleway", "otel", None)
def _l_fd(name, rng, s):
    rec = Rec(name, "libraries", rng, s["platform"], s["shipper"], "k8s-citylib-par", s["events"], hour=[9, 16])
    r, L = rec.r, rec.L
    gw = rec.pod("circulation", "sip2-gateway", "gateway")
    ils = rec.pod("circulation", "ils-sip-server", "sipserver")
    fleet = rec.pod("kiosks", "kiosk-fleet-agent", "agent")
    branches = ["CENTRAL", "NORTH", "DOCKS", "HILLSIDE"]
    k = lambda: "KIOSK-%s-%02d" % (r.choice(branches), r.int(1, 6))
    ilsip = r.ip("10.32.4")
    L(0, gw, J({"time": "{T:iso}", "level": "INFO", "msg": "session stats", "active_sessions": r.int(955, 985), "open_fds": r.int(1000, 1010), "fd_limit": 1024}), ev=True)
    L(12, gw, J({"time": "{T:iso}", "level": "WARN", "msg": "session idle without logout", "kiosk": k(), "idle": "3h%02dm" % r.int(0, 59), "last_msg": "99 SC status"}), ev=True)
    L(20, ils, "{T:sec} sipserver[%d]: INFO checkout ok item=3120000%d patron=2100%d kiosk=%s" % (r.int(100, 999), r.int(1000000, 9999999), r.int(100000, 999999), k()))
    L(33, gw, J({"time": "{T:iso}", "level": "INFO", "msg": "kiosk session opened", "kiosk": k(), "active_sessions": r.int(1008, 1012)}))
    L(41, gw, "{T:go} http: Accept error: accept tcp [::]:6001: accept4: too many open files; retrying in 1s", ev=True)
    L(42, gw, "{T:go} http: Accept error: accept tcp [::]:6001: accept4: too many open files; retrying in 1s", ev=True)
    L(44, gw, J({"time": "{T:iso}", "level": "ERROR", "msg": "upstream dial failed", "upstream": "%s:6001" % ilsip, "err": "dial tcp %s:6001: socket: too many open files" % ilsip, "kiosk": k()}), ev=True)
    L(47, fleet, J({"level": 40, "time": "{T:epoch_ms}", "kiosk": k(), "msg": "SIP2 93 login failed: connect ETIMEDOUT sip2-gateway.circulation:6001, showing 'please see staff'"}))
    L(52, gw, "{T:go} http: Accept error: accept tcp [::]:6001: accept4: too many open files; retrying in 1s", ev=True)
    L(60, gw, J({"time": "{T:iso}", "level": "ERROR", "msg": "metrics scrape handler failed", "err": "open /proc/self/fd: too many open files"}), ev=True)
    L(71, ils, "{T:sec} sipserver[%d]: INFO checkin ok item=3120000%d branch=NORTH" % (r.int(100, 999), r.int(1000000, 9999999)))
    L(75, fleet, J({"level": 40, "time": "{T:epoch_ms}", "kiosk": k(), "msg": "SIP2 93 login failed: connect ETIMEDOUT sip2-gateway.circulation:6001, showing 'please see staff'"}))
    L(80, fleet, J({"level": 30, "time": "{T:epoch_ms}", "kiosk": k(), "msg": "heartbeat ok (screen=checkout, printer=ok)"}))
    L(90, gw, "{T:go} http: Accept error: accept tcp [::]:6001: accept4: too many open files; retrying in 1s")
    L(120, gw, J({"time": "{T:iso}", "level": "INFO", "msg": "session stats", "active_sessions": 1019, "open_fds": 1024, "fd_limit": 1024}), ev=True)
    L(125, fleet, J({"level": 50, "time": "{T:epoch_ms}", "msg": "%d of %d kiosks offline for self-checkout" % (r.int(14, 22), r.int(28, 32))}))
    return rec.build(
        "Self-checkout kiosks across branches say 'please see staff'. What is wrong?",
        {"namespace": "circulation", "app": "sip2-gateway"},
        "ERROR", "resource_exhausted", "sip2-gateway",
        "sip2-gateway never closes idle SIP2 sessions from kiosks that reconnect without logging out, so open sockets pile up until the process hits its 1024 file-descriptor limit; it can then neither accept kiosk connections nor dial the ILS.",
        "sip2-gateway is out of file descriptors (accept4: too many open files, socket: too many open files, 1024/1024 fds with ~1000 stale sessions); kiosks time out on SIP2 login and fall back to 'please see staff'. The ILS SIP server itself is fine.",
        "Restart sip2-gateway to release the descriptors, then add an idle-session timeout / close sessions on reconnect and raise RLIMIT_NOFILE; alert on open_fds near the limit.")


@scenario("lib-storage-lcp-multiattach", "libraries", "aks", "fluentbit", "exporter")
def _l_storage(name, rng, s):
    rec = Rec(name, "libraries", rng, s["platform"], s["shipper"], "aks-ebooks-neu", s["events"], hour=[8, 20])
    r, L, E = rec.r, rec.L, rec.E
    old_n, new_n = rec.node(1), rec.node(3)
    lcp = rec.pod("ebooks", "lcp-server", "lcpserver", pod="lcp-server-0", node=new_n)
    api = rec.pod("ebooks", "lending-api", "api")
    csi = rec.pod("kube-system", "csi-azuredisk-controller", "azuredisk")
    klold = rec.kubelet(old_n)
    pvc = "pvc-%s" % r.uuid()
    sub = r.uuid()
    disk = "/subscriptions/%s/resourceGroups/mc_rg-ebooks_aks-ebooks-neu_northeurope/providers/Microsoft.Compute/disks/%s" % (sub, pvc)
    E(0, "Normal", "NodeNotSchedulable", "Node", old_n, "", "Node %s status is now: NodeNotSchedulable" % old_n, host=old_n)
    E(4, "Normal", "Killing", "Pod", "lcp-server-0", "ebooks", "Stopping container lcpserver", host=old_n, field="spec.containers{lcpserver}")
    L(40, klold, 'E{T:klog}    2871 nestedpendingoperations.go:348] Operation for "{volumeName:kubernetes.io/csi/disk.csi.azure.com^%s podName: nodeName:}" failed. No retries permitted until {T:iso_s+2} (durationBeforeRetry 2s). Error: UnmountDevice failed for volume "%s" (UniqueName: "kubernetes.io/csi/disk.csi.azure.com^%s") on node "%s" : kubernetes.io/csi: attacher.UnmountDevice failed: rpc error: code = Internal desc = umount /var/lib/kubelet/plugins/kubernetes.io/csi/disk.csi.azure.com/%s/globalmount: target is busy' % (disk, pvc, disk, old_n, r.hex(64)), ev=True)
    E(41, "Normal", "Scheduled", "Pod", "lcp-server-0", "ebooks", "Successfully assigned ebooks/lcp-server-0 to %s" % new_n, comp="default-scheduler")
    E(42, "Warning", "FailedAttachVolume", "Pod", "lcp-server-0", "ebooks",
      'Multi-Attach error for volume "%s" Volume is already exclusively attached to one node and can\'t be attached to another' % pvc,
      comp="attachdetach-controller", ev=True)
    L(45, api, J({"level": 50, "time": "{T:epoch_ms}", "msg": "license issue failed", "title": "978%s" % r.digits(10), "err": "getaddrinfo ENOTFOUND lcp-server-0.lcp-server.ebooks.svc.cluster.local"}))
    L(52, csi, 'E{T:klog}       1 utils.go:82] GRPC error: rpc error: code = Internal desc = Attach volume %s to instance %s failed with disk(%s) already attached to node(%s), could not be attached to node(%s)' % (disk, new_n, disk, old_n, new_n), ev=True)
    L(60, api, J({"level": 30, "time": "{T:epoch_ms}", "msg": "request completed", "req": {"method": "GET", "url": "/v1/catalog/search?q=le+guin"}, "res": {"statusCode": 200}, "responseTime": r.int(30, 90)}))
    L(70, klold, 'E{T:klog}    2871 nestedpendingoperations.go:348] Operation for "{volumeName:kubernetes.io/csi/disk.csi.azure.com^%s podName: nodeName:}" failed. No retries permitted until {T:iso_s+32} (durationBeforeRetry 32s). Error: UnmountDevice failed for volume "%s" on node "%s" : kubernetes.io/csi: attacher.UnmountDevice failed: rpc error: code = Internal desc = target is busy' % (disk, pvc, old_n), ev=True)
    L(88, api, J({"level": 50, "time": "{T:epoch_ms}", "msg": "license issue failed", "title": "978%s" % r.digits(10), "err": "upstream lcp-server unavailable (503)"}))
    L(95, api, J({"level": 50, "time": "{T:epoch_ms}", "msg": "license renew failed", "loan": "L-%s" % r.digits(8), "err": "upstream lcp-server unavailable (503)"}))
    E(162, "Warning", "FailedAttachVolume", "Pod", "lcp-server-0", "ebooks",
      'Multi-Attach error for volume "%s" Volume is already exclusively attached to one node and can\'t be attached to another' % pvc,
      count=5, first=-120, comp="attachdetach-controller", ev=True)
    E(163, "Warning", "FailedMount", "Pod", "lcp-server-0", "ebooks",
      "Unable to attach or mount volumes: unmounted volumes=[lcp-data], unattached volumes=[lcp-data kube-api-access-%s]: timed out waiting for the condition" % r.low(5),
      host=new_n, ev=True)
    L(170, api, J({"level": 50, "time": "{T:epoch_ms}", "msg": "license issue failed", "title": "978%s" % r.digits(10), "err": "upstream lcp-server unavailable (503)"}))
    L(180, api, J({"level": 40, "time": "{T:epoch_ms}", "msg": "circuit open for lcp-server, new loans return 'temporarily unavailable'"}))
    return rec.build(
        "E-book loans fail with 'temporarily unavailable' since the node maintenance. Why?",
        {"namespace": "ebooks", "app": "lcp-server"},
        "CRITICAL", "storage", "lcp-server",
        "The lcp-server data disk cannot move to the new node: unmounting it on the drained node fails (target is busy), so the Azure disk stays attached there and the attach to the new node fails with a Multi-Attach error; lcp-server-0 never starts.",
        "After the node was cordoned and drained, lcp-server-0 was rescheduled but is stuck waiting for its volume (Multi-Attach error, FailedMount); the LCP license server is down and the lending API cannot issue or renew e-book licenses.",
        "Find what holds the mount on the old node (or reboot/force-detach it), let the Azure disk detach, and verify lcp-server-0 mounts and starts; then check pending loans.")


@scenario("lib-db-deadlock-royalty", "libraries", "openshift", "filebeat", None)
def _l_db(name, rng, s):
    rec = Rec(name, "libraries", rng, s["platform"], s["shipper"], "ocp-publishing", s["events"], hour=[1, 3])
    r, L = rec.r, rec.L
    job = rec.pod("royalties", "royalty-statements", "batch", kind="job")
    pg = rec.pod("royalties", "royalties-db", "postgres", pod="royalties-db-2")
    def dl(off, chunk, ev=True, stmt=False):
        p1, p2 = r.int(30000, 39999), r.int(30000, 39999)
        x1 = r.int(8800000, 8899999)
        L(off, pg, "{T:pg} [%d] ERROR:  deadlock detected" % p1, ev=ev)
        L(off, pg, "{T:pg} [%d] DETAIL:  Process %d waits for ShareLock on transaction %d; blocked by process %d. Process %d waits for ShareLock on transaction %d; blocked by process %d." % (p1, p1, x1 + 2, p2, p2, x1, p1), ev=ev)
        L(off, pg, '{T:pg} [%d] CONTEXT:  while updating tuple (%d,%d) in relation "royalty_ledger"' % (p1, r.int(1000, 9000), r.int(1, 40)))
        if stmt:
            L(off, pg, '{T:pg} [%d] STATEMENT:  UPDATE royalty_ledger SET accrued = accrued + $1 WHERE contract_id = $2 AND period = $3' % p1, ev=True)
        th = r.int(1, 4)
        L(off + 0.2, job, "{T:sp}  WARN 1 --- [step-ledger-%d] c.p.r.batch.LedgerWriter : Deadlock on chunk %d (contracts %d-%d), rolling back and retrying (attempt 2/3)" % (th, chunk, chunk * 100, chunk * 100 + 99), ev=ev)
        return th
    L(0, job, "{T:sp}  INFO 1 --- [main] o.s.b.c.l.support.SimpleJobLauncher : Job: [SimpleJob: [name=royaltyStatementJob]] launched with the following parameters: [{period=%s}]" % prev_period(rec.base))
    L(1, job, "{T:sp}  INFO 1 --- [main] o.s.batch.core.job.SimpleStepHandler : Executing step: [accrueLedger] (partitioned, gridSize=4)")
    L(2, pg, "{T:pg} [%d] LOG:  checkpoint starting: time" % r.int(60, 90))
    c1 = r.int(100, 140)
    t1 = dl(95, c1, stmt=True)
    L(96, job, "org.springframework.dao.CannotAcquireLockException: PreparedStatementCallback; SQL [UPDATE royalty_ledger SET accrued = accrued + ? WHERE contract_id = ? AND period = ?]; ERROR: deadlock detected", ev=True)
    L(97, job, "{T:sp}  INFO 1 --- [step-ledger-%d] c.p.r.batch.LedgerWriter : Retry succeeded for chunk %d" % (t1, c1))
    c2 = c1 + r.int(30, 80)
    t2 = dl(240, c2)
    L(241, job, "{T:sp}  INFO 1 --- [step-ledger-%d] c.p.r.batch.LedgerWriter : Retry succeeded for chunk %d" % (t2, c2))
    L(500, job, "{T:sp}  INFO 1 --- [main] o.s.batch.core.step.AbstractStep : Step: [accrueLedger] executed in 8m20s")
    L(501, job, "{T:sp}  INFO 1 --- [main] o.s.batch.core.job.SimpleStepHandler : Executing step: [renderStatements]")
    L(780, job, "{T:sp}  INFO 1 --- [main] c.p.r.batch.StatementSummary : statements=%d authors=%d retried_chunks=2 skipped=0 errors=0" % (r.int(2000, 2600), r.int(1500, 2000)))
    L(781, job, "{T:sp}  INFO 1 --- [main] o.s.b.c.l.support.SimpleJobLauncher : Job: [SimpleJob: [name=royaltyStatementJob]] completed with the following parameters: [{period=%s}] and the following status: [COMPLETED] in 13m1s" % prev_period(rec.base))
    return rec.build(
        "The royalty statement job took longer than usual last night. Did it fail, and why?",
        {"namespace": "royalties", "app": "royalty-statements"},
        "WARN", "database", "royalties-db",
        "The four parallel accrueLedger partitions update royalty_ledger rows for overlapping contracts in different orders, so PostgreSQL detects deadlocks between the partition transactions.",
        "PostgreSQL aborted two ledger transactions with 'deadlock detected'; Spring Batch rolled back and retried the chunks successfully and the job completed with 0 errors, slightly slower.",
        "No urgent action; make the partitions update contracts in a consistent order (or partition by contract range without overlap) to stop the deadlocks recurring.")


@scenario("lib-ratelimit-ill-worldcat", "libraries", "gke", "alloy", None)
def _l_rate(name, rng, s):
    rec = Rec(name, "libraries", rng, s["platform"], s["shipper"], "gke-libnet-ew1", s["events"], hour=[0, 4])
    r, L = rec.r, rec.L
    br = rec.pod("ill", "ill-broker", "broker")
    ui = rec.pod("ill", "ill-portal", "portal")
    sep = (", ", ": ")
    def f429(off, ev=True):
        L(off, br, J({"event": "holdings lookup failed", "status": 429, "retry_after": 60, "ocn": str(r.int(10000000, 999999999)),
                      "api": "https://worldshare.api.example/discovery/bib/holdings", "level": "warning", "timestamp": "{T:iso_us}"}, sep), ev=ev)
    L(0, br, J({"event": "holdings refresh started", "requests_pending": r.int(3000, 4200), "concurrency": 16, "level": "info", "timestamp": "{T:iso_us}"}, sep))
    L(2, br, J({"event": "holdings lookup ok", "ocn": str(r.int(10000000, 999999999)), "lenders": r.int(2, 30), "latency_ms": r.int(80, 200), "level": "info", "timestamp": "{T:iso_us}"}, sep))
    f429(31)
    f429(31)
    L(32, br, J({"event": "rate limit headers", "x_ratelimit_limit": 1000, "x_ratelimit_remaining": 0, "x_ratelimit_reset": 58, "level": "warning", "timestamp": "{T:iso_us}"}, sep), ev=True)
    L(33, br, J({"event": "circuit open", "target": "worldshare", "for_seconds": 60, "queued": r.int(300, 600), "level": "warning", "timestamp": "{T:iso_us}"}, sep), ev=True)
    L(40, ui, '%s - - [{T:nginx}] "GET /requests/mine HTTP/1.1" 200 5120 "-" "Mozilla/5.0"' % r.ip("10.8.1"))
    L(93, br, J({"event": "circuit half-open, probing", "target": "worldshare", "level": "info", "timestamp": "{T:iso_us}"}, sep))
    L(94, br, J({"event": "holdings lookup ok", "ocn": str(r.int(10000000, 999999999)), "lenders": r.int(2, 30), "latency_ms": r.int(80, 200), "level": "info", "timestamp": "{T:iso_us}"}, sep))
    f429(125)
    L(126, br, J({"event": "circuit open", "target": "worldshare", "for_seconds": 60, "queued": r.int(200, 400), "level": "warning", "timestamp": "{T:iso_us}"}, sep), ev=True)
    L(190, br, J({"event": "concurrency reduced after repeated 429", "from": 16, "to": 4, "level": "warning", "timestamp": "{T:iso_us}"}, sep))
    L(250, br, J({"event": "holdings lookup ok", "ocn": str(r.int(10000000, 999999999)), "lenders": r.int(2, 30), "latency_ms": r.int(80, 200), "level": "info", "timestamp": "{T:iso_us}"}, sep))
    L(600, br, J({"event": "holdings refresh progress", "done": r.int(1500, 2200), "failed": 0, "rate_limited_retries": r.int(60, 140), "level": "info", "timestamp": "{T:iso_us}"}, sep))
    L(610, ui, '%s - - [{T:nginx}] "POST /requests HTTP/1.1" 201 311 "-" "Mozilla/5.0"' % r.ip("10.8.1"))
    return rec.build(
        "The ILL broker's nightly holdings refresh is running slow. Are interlibrary loan requests affected?",
        {"namespace": "ill", "app": "ill-broker"},
        "WARN", "rate_limited", "ill-broker",
        "The nightly holdings refresh runs 16 concurrent lookups and exhausts the WorldShare API quota (429, remaining 0), so the provider throttles the ILL broker.",
        "The holdings refresh hit the WorldShare rate limit, opened its circuit breaker twice and reduced concurrency; lookups continue with 0 failures but the refresh runs slower. Patron ILL requests still succeed.",
        "No immediate action; start the refresh with lower concurrency or spread it over the night to stay within the API quota.")


@scenario("lib-node-mce-printplant", "libraries", "rke2", "promtail", "otel")
def _l_node(name, rng, s):
    rec = Rec(name, "libraries", rng, s["platform"], s["shipper"], "rke2-printplant", s["events"], hour=[6, 22])
    r, L, E = rec.r, rec.L, rec.E
    bad = rec.node(1)
    good = rec.node(0)
    kern = rec.kernel(bad)
    bmc = {"type": "raw", "labels": {"job": "syslog", "host": "%s-bmc" % bad, "app": "ipmi-sel"}}
    kcm = rec.pod("kube-system", "kube-controller-manager", "kube-controller-manager", pod="kube-controller-manager-rke2-server-01", node="rke2-server-01")
    q = rec.pod("printflow", "print-queue", "queue", node=good)
    w_bad = rec.pod("printflow", "rip-worker", "rip", node=bad)
    w_ok = rec.pod("printflow", "rip-worker", "rip", node=good)
    dimm = "CPU_SrcID#0_MC#0_Chan#1_DIMM#0"
    pg = "0x%x" % r.int(0x40000, 0x7ffff)
    L(0, kern, "EDAC MC0: %d CE memory read error on %s (channel:1 slot:0 page:%s offset:0x240 grain:32 syndrome:0x0 - err_code:0x0000:0x009f socket:0 imc:0 rank:0 bg:1 ba:2 row:0x1a2b col:0x3f8)" % (r.int(10, 60), dimm, pg), ev=True)
    L(5, w_bad, "{T:py} INFO rip: job PO-%d page 118/412 rasterized (1200 dpi, CMYK)" % r.int(20000, 29999))
    L(60, kern, "EDAC MC0: %d CE memory read error on %s (channel:1 slot:0 page:%s offset:0x240 grain:32 syndrome:0x0 - err_code:0x0000:0x009f socket:0 imc:0 rank:0 bg:1 ba:2 row:0x1a2b col:0x3f8)" % (r.int(60, 200), dimm, pg), ev=True)
    L(92, kern, "mce: [Hardware Error]: Machine check events logged", ev=True)
    L(92, kern, "EDAC MC0: 1 UE memory read error on %s (channel:1 slot:0 page:%s offset:0x280 grain:32 - err_code:0x0000:0x009f socket:0 imc:0 rank:0 bg:1 ba:2 row:0x1a2b col:0x400)" % (dimm, pg), ev=True)
    L(94, bmc, "%s: SEL Entry: Memory #0x53 | Uncorrectable ECC | DIMM_B1 | Asserted" % bad, ev=True)
    L(95, bmc, "%s: SEL Entry: System Event #0x83 | OEM System boot event | Asserted" % bad)
    L(110, q, J({"level": "warn", "ts": "{T:iso}", "msg": "rip worker heartbeat missed", "worker": w_bad["pod"], "missed": 2}))
    L(136, kcm, 'I{T:klog}       1 node_lifecycle_controller.go:1197] "Node is unresponsive. Adding it to the Taint queue" node="%s" timeStamp="{T:iso_s}"' % bad, ev=True)
    E(136, "Normal", "NodeNotReady", "Node", bad, "", "Node %s status is now: NodeNotReady" % bad, comp="node-controller", ev=True)
    E(137, "Warning", "NodeNotReady", "Pod", w_bad["pod"], "printflow", "Node is not ready", comp="node-controller")
    L(140, q, J({"level": "error", "ts": "{T:iso}", "msg": "rip job stalled, re-queueing", "job": "PO-%d" % r.int(20000, 29999), "worker": w_bad["pod"], "stalled_for": "45s"}))
    L(145, w_ok, "{T:py} INFO rip: job PO-%d page 1/96 rasterized (600 dpi, CMYK)" % r.int(20000, 29999))
    L(200, q, J({"level": "warn", "ts": "{T:iso}", "msg": "capacity degraded", "workers_available": 2, "workers_desired": 3, "queue_depth": r.int(40, 90)}))
    E(437, "Normal", "TaintManagerEviction", "Pod", w_bad["pod"], "printflow", "Marking for deletion Pod printflow/%s" % w_bad["pod"], comp="taint-controller")
    L(440, q, J({"level": "warn", "ts": "{T:iso}", "msg": "capacity degraded", "workers_available": 2, "workers_desired": 3, "queue_depth": r.int(90, 160)}))
    return rec.build(
        "One of the print-plant nodes went NotReady and RIP throughput dropped. What happened to it?",
        {"node": bad},
        "CRITICAL", "node_failure", bad,
        "Node %s has a failing DIMM (%s): correctable ECC errors escalated to an uncorrectable memory error and machine check, the BMC recorded the uncorrectable ECC and reset the host, so the node went down." % (bad, dimm),
        "Growing correctable ECC errors on %s ended in an uncorrectable memory error (machine check, BMC SEL 'Uncorrectable ECC' then a boot event); the node became NotReady, its rip-worker was evicted and the print queue runs with reduced capacity." % bad,
        "Keep the node cordoned, replace the faulty DIMM (%s) and run memory diagnostics before returning it; meanwhile ensure the RIP workers are rescheduled elsewhere." % dimm)


@scenario("lib-oom-opensearch-reindex", "libraries", "eks", "promtail", "exporter")
def _l_oom(name, rng, s):
    rec = Rec(name, "libraries", rng, s["platform"], s["shipper"], "eks-catalog-prod", s["events"], hour=[0, 5])
    r, L, E = rec.r, rec.L, rec.E
    n1 = rec.node()
    d1 = rec.pod("catalog", "catalog-search-data", "opensearch", pod="catalog-search-data-1", node=n1)
    m0 = rec.pod("catalog", "catalog-search-master", "opensearch", pod="catalog-search-master-0")
    ri = rec.pod("catalog", "marc-reindex", "reindex", kind="job")
    api = rec.pod("catalog", "catalog-api", "api")
    kern = rec.kernel(n1)
    idx = "catalog-v%s" % rec.base.strftime("%Y%m%d")
    nid = r.low(22)
    ip = r.ip("10.0.%d" % r.int(16, 31))
    L(0, ri, "{T:py} INFO marc_reindex: set index.number_of_replicas=0 and refresh_interval=-1 on %s for bulk load" % idx)
    L(2, ri, "{T:py} INFO marc_reindex: bulk %d/4100 ok (500 records, %d.%d MB, %dms)" % (r.int(790, 800), r.int(30, 45), r.int(0, 9), r.int(900, 1600)))
    L(9, d1, "[{T:es}][WARN ][o.o.m.j.JvmGcMonitorService] [catalog-search-data-1] [gc][%d] overhead, spent [1.9s] collecting in the last [2.2s]" % r.int(3000, 4000))
    L(14, ri, "{T:py} INFO marc_reindex: bulk %d/4100 ok (500 records, %d.%d MB, %dms)" % (r.int(801, 812), r.int(38, 48), r.int(0, 9), r.int(2500, 4800)))
    L(21, kern, "java invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=-997", ev=True)
    L(21, kern, "Memory cgroup out of memory: Killed process %d (java) total-vm:9124660kB, anon-rss:%dkB, file-rss:28816kB, shmem-rss:0kB, UID:1000 pgtables:9012kB oom_score_adj:-997" % (r.int(60, 200), r.int(4170000, 4190000)), ev=True)
    L(22, m0, "[{T:es}][INFO ][o.o.c.s.MasterService    ] [catalog-search-master-0] node-left[{catalog-search-data-1}{%s}{%s}{%s}{%s:9300}{d} reason: disconnected], term: 9, version: %d" % (nid, r.low(22), ip, ip, r.int(4000, 9000)))
    L(23, m0, "[{T:es}][WARN ][o.o.c.r.a.AllocationService] [catalog-search-master-0] Cluster health status changed from [YELLOW] to [RED] (reason: [{catalog-search-data-1}{%s} left]).  " % nid)
    L(24, ri, "{T:py} ERROR marc_reindex: bulk 813/4100 failed: ConnectionError(<urllib3.connection.HTTPConnection object at 0x7f%s>: Failed to establish a new connection: [Errno 111] Connection refused)" % r.hex(10))
    L(30, api, J({"level": 50, "time": "{T:epoch_ms}", "msg": "search failed", "q": "subject:\"mountain railways\"", "err": "ResponseError: search_phase_execution_exception: all shards failed"}))
    L(55, d1, "[{T:es}][INFO ][o.o.n.Node               ] [catalog-search-data-1] JVM arguments [-Xshare:auto, -Xms3g, -Xmx3g, -XX:MaxDirectMemorySize=1610612736, -Dopensearch.path.home=/usr/share/opensearch]", ev=True)
    L(80, d1, "[{T:es}][INFO ][o.o.n.Node               ] [catalog-search-data-1] started")
    L(95, ri, "{T:py} INFO marc_reindex: resuming at bulk 813/4100 (retry 1)")
    L(118, kern, "Memory cgroup out of memory: Killed process %d (java) total-vm:9130112kB, anon-rss:%dkB, file-rss:28904kB, shmem-rss:0kB, UID:1000 pgtables:9020kB oom_score_adj:-997" % (r.int(60, 200), r.int(4170000, 4190000)), ev=True)
    E(121, "Warning", "BackOff", "Pod", "catalog-search-data-1", "catalog",
      "Back-off restarting failed container opensearch in pod catalog-search-data-1_catalog(%s)" % r.uuid(),
      count=2, first=-40, host=n1, field="spec.containers{opensearch}")
    L(125, api, J({"level": 50, "time": "{T:epoch_ms}", "msg": "search failed", "q": "title:\"wolf hall\"", "err": "ResponseError: search_phase_execution_exception: all shards failed"}))
    return rec.build(
        "Catalog search is failing and the OpenSearch cluster is red. Why?",
        {"namespace": "catalog", "app": "catalog-search-data"},
        "CRITICAL", "oom_killed", "catalog-search-data",
        "During the MARC bulk reindex the catalog-search-data-1 container exceeds its 4Gi memory limit (3g heap plus 1.5g direct memory and native overhead) and is OOM-killed by the kernel; with replicas set to 0 for the bulk load its shards go unassigned.",
        "catalog-search-data-1 is repeatedly OOM-killed while indexing large bulk requests, leaves the cluster (RED), the reindex job gets connection refused and catalog searches fail with all shards failed.",
        "Give the data node a higher memory limit or lower heap/direct memory so heap+off-heap fit the limit, reduce bulk size, and restore replicas; then resume the reindex.")


@scenario("lib-apperror-cms-onix", "libraries", "doks", "datadog", None)
def _l_app(name, rng, s):
    rec = Rec(name, "libraries", rng, s["platform"], s["shipper"], "do-ams3-editorial", s["events"], hour=[7, 18])
    r, L = rec.r, rec.L
    web = rec.pod("editorial", "cms-web", "web", dd_source="ruby")
    sk = rec.pod("editorial", "cms-sidekiq", "sidekiq", dd_source="ruby")
    ing = rec.pod("ingress-nginx", "ingress-nginx-controller", "controller", dd_source="nginx")
    rid = r.uuid()
    isbn = "978%s" % r.digits(10)
    jid = r.hex(24)
    L(0, web, "I, [{T:rails} #1]  INFO -- : [%s] Started PATCH \"/titles/%s\" for %s at {T:ruby}" % (r.uuid(), isbn, r.ip("10.244.0")))
    L(1, web, "I, [{T:rails} #1]  INFO -- : [%s] Title %s saved: status=forthcoming publication_date=nil imprint=Harbour Lane" % (r.uuid(), isbn), ev=True)
    L(240, web, "I, [{T:rails} #1]  INFO -- : [%s] Started GET \"/exports/onix/feed.xml?since={T:date}\" for %s at {T:ruby}" % (rid, r.ip("10.244.1")))
    L(240, web, "I, [{T:rails} #1]  INFO -- : [%s] Processing by Exports::OnixController#feed as XML" % rid)
    L(242, web, "F, [{T:rails} #1] FATAL -- : [%s]   " % rid)
    L(242, web, "F, [{T:rails} #1] FATAL -- : [%s] NoMethodError (undefined method `strftime' for nil:NilClass):" % rid, ev=True)
    L(242, web, "F, [{T:rails} #1] FATAL -- : [%s] app/exporters/onix/product_builder.rb:88:in `publishing_date_composite'" % rid, ev=True)
    L(242, web, "F, [{T:rails} #1] FATAL -- : [%s] app/exporters/onix/product_builder.rb:41:in `build'" % rid)
    L(242, web, "I, [{T:rails} #1]  INFO -- : [%s] Completed 500 Internal Server Error in %dms (ActiveRecord: %d.%dms | Allocations: %d)" % (rid, r.int(1800, 2600), r.int(1200, 1700), r.int(0, 9), r.int(900000, 1300000)))
    L(242, ing, '%s - - [{T:nginx}] "GET /exports/onix/feed.xml?since={T:date} HTTP/1.1" 500 1635 "-" "RetailerFeedBot/2.3" 312 2.214 [editorial-cms-web-3000] [] %s:3000 1635 2.214 500 %s' % (r.ip("172.16.2"), r.ip("10.244.1"), r.hex(32)))
    L(300, sk, J({"ts": "{T:iso}", "pid": 7, "tid": r.low(5), "lvl": "INFO", "msg": "start", "class": "OnixPushJob", "jid": jid}))
    L(302, sk, J({"ts": "{T:iso}", "pid": 7, "tid": r.low(5), "lvl": "WARN", "msg": "undefined method `strftime' for nil:NilClass", "class": "OnixPushJob", "jid": jid, "error_class": "NoMethodError", "retry_count": 0}), ev=True)
    L(303, sk, J({"ts": "{T:iso}", "pid": 7, "tid": r.low(5), "lvl": "WARN", "msg": "/app/app/exporters/onix/product_builder.rb:88:in `publishing_date_composite'"}))
    L(330, web, "I, [{T:rails} #1]  INFO -- : [%s] Completed 200 OK in 38ms (Views: 21.4ms | ActiveRecord: 9.1ms | Allocations: 14112)" % r.uuid())
    L(360, ing, '%s - - [{T:nginx}] "GET /titles?imprint=harbour-lane HTTP/1.1" 200 18231 "-" "Mozilla/5.0" 402 0.041 [editorial-cms-web-3000] [] %s:3000 18231 0.041 200 %s' % (r.ip("172.16.2"), r.ip("10.244.1"), r.hex(32)))
    L(540, ing, '%s - - [{T:nginx}] "GET /exports/onix/feed.xml?since={T:date} HTTP/1.1" 500 1635 "-" "RetailerFeedBot/2.3" 312 2.087 [editorial-cms-web-3000] [] %s:3000 1635 2.087 500 %s' % (r.ip("172.16.2"), r.ip("10.244.1"), r.hex(32)))
    return rec.build(
        "Retailers report that our ONIX feed returns HTTP 500. What is broken?",
        {"namespace": "editorial", "app": "cms-web"},
        "ERROR", "application_error", "cms-web",
        "The ONIX product builder calls strftime on publication_date without a nil check; a forthcoming title (%s) was saved with publication_date=nil, so every feed export raises NoMethodError." % isbn,
        "Since a forthcoming title without a publication date was saved, the ONIX feed endpoint and the OnixPushJob fail with NoMethodError (undefined method `strftime' for nil) at product_builder.rb:88; other CMS pages work.",
        "Fix product_builder.rb to handle missing publication dates (omit or use a forthcoming-date composite) and deploy; as a stopgap set a provisional date on title %s." % isbn)


@scenario("lib-imagepull-kiosk-kind", "libraries", "kind", "promtail", "eventrouter")
def _l_pull(name, rng, s):
    rec = Rec(name, "libraries", rng, s["platform"], s["shipper"], "kiosk-ci", s["events"], hour=[9, 19])
    r, L, E = rec.r, rec.L, rec.E
    wn = rec.node(0)
    ui = rec.pod("kiosk-e2e", "kiosk-ui", "ui", node=wn)
    sip = rec.pod("kiosk-e2e", "sip2-mock", "mock", node=wn)
    e2e = rec.pod("kiosk-e2e", "kiosk-e2e-tests", "playwright", kind="job", node=wn)
    kl = rec.kubelet(wn)
    img = "docker.io/library/kiosk-ui:dev"
    L(0, sip, "{T:iso} sip2-mock listening on :6001 (patrons=25 items=400)")
    E(1, "Normal", "Scheduled", "Pod", ui["pod"], "kiosk-e2e", "Successfully assigned kiosk-e2e/%s to %s" % (ui["pod"], wn), comp="default-scheduler")
    E(2, "Normal", "Pulling", "Pod", ui["pod"], "kiosk-e2e", 'Pulling image "kiosk-ui:dev"', host=wn, field="spec.containers{ui}")
    L(4, kl, 'E{T:klog}     241 log.go:32] "PullImage from image service failed" err="rpc error: code = Unknown desc = failed to pull and unpack image \\"%s\\": failed to resolve reference \\"%s\\": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed" image="kiosk-ui:dev"' % (img, img), ev=True)
    E(4, "Warning", "Failed", "Pod", ui["pod"], "kiosk-e2e",
      'Failed to pull image "kiosk-ui:dev": failed to pull and unpack image "%s": failed to resolve reference "%s": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed' % (img, img),
      host=wn, field="spec.containers{ui}", ev=True)
    E(4, "Warning", "Failed", "Pod", ui["pod"], "kiosk-e2e", "Error: ErrImagePull", host=wn, field="spec.containers{ui}", ev=True)
    L(6, e2e, "{T:iso} [setup] waiting for deployment/kiosk-ui to become Available (timeout 300s)")
    E(18, "Normal", "BackOff", "Pod", ui["pod"], "kiosk-e2e", 'Back-off pulling image "kiosk-ui:dev"', host=wn, field="spec.containers{ui}")
    E(18, "Warning", "Failed", "Pod", ui["pod"], "kiosk-e2e", "Error: ImagePullBackOff", host=wn, field="spec.containers{ui}", ev=True)
    L(60, sip, "{T:iso} sip2-mock: 0 sessions, 0 errors")
    L(75, kl, 'E{T:klog}     241 pod_workers.go:1300] "Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"ui\\" with ImagePullBackOff: \\"Back-off pulling image \\\\\\"kiosk-ui:dev\\\\\\"\\"" pod="kiosk-e2e/%s" podUID="%s"' % (ui["pod"], r.uuid()))
    E(140, "Warning", "Failed", "Pod", ui["pod"], "kiosk-e2e",
      'Failed to pull image "kiosk-ui:dev": failed to pull and unpack image "%s": failed to resolve reference "%s": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed' % (img, img),
      count=4, first=-136, host=wn, field="spec.containers{ui}", ev=True)
    L(180, sip, "{T:iso} sip2-mock: 0 sessions, 0 errors")
    L(306, e2e, "{T:iso} [setup] error: timed out waiting for the condition on deployments/kiosk-ui")
    L(306, e2e, "{T:iso} [setup] Deployment kiosk-ui: 0/1 replicas available; aborting test run (0 passed, 0 failed, 42 not run)")
    return rec.build(
        "The kiosk UI end-to-end run in the kind cluster aborted before any test ran. Why?",
        {"namespace": "kiosk-e2e", "app": "kiosk-ui"},
        "ERROR", "image_pull", "kiosk-ui",
        "The locally built kiosk-ui:dev image was not loaded into the kind node, so containerd tries to pull docker.io/library/kiosk-ui:dev from Docker Hub, where no such repository exists (pull access denied / insufficient_scope).",
        "kiosk-ui never starts: its image pull fails with ErrImagePull/ImagePullBackOff, the e2e setup times out waiting for the deployment and the test run is aborted with 42 tests not run.",
        "Load the image into the cluster (kind load docker-image kiosk-ui:dev --name kiosk-ci) or push it to a registry the cluster can reach, keep imagePullPolicy IfNotPresent/Never for local tags, and rerun.")


@scenario("lib-probe-lending-readiness", "libraries", "lke", "fluentd", "eventrouter")
def _l_probe(name, rng, s):
    rec = Rec(name, "libraries", rng, s["platform"], s["shipper"], "lke-ebooks", s["events"], hour=3, minute=0)
    r, L, E = rec.r, rec.L, rec.E
    a = rec.pod("lending", "lending-api", "api")
    b = rec.pod("lending", "lending-api", "api")
    ing = rec.pod("ingress-nginx", "ingress-nginx-controller", "controller")
    titles = r.int(380000, 450000)
    down = '{"status":"DOWN","checks":[{"name":"catalog-cache","status":"DOWN","data":{"state":"REBUILDING"}},{"name":"Database connections health check","status":"UP"}]}'
    L(0, a, "{T:py} INFO  [org.lib.len.cac.CatalogCache] (executor-thread-1) Scheduled rebuild: loading catalog cache (%d titles)" % titles)
    L(1, b, "{T:py} INFO  [org.lib.len.cac.CatalogCache] (executor-thread-1) Scheduled rebuild: loading catalog cache (%d titles)" % titles)
    L(5, a, "{T:py} WARN  [io.sma.health] (vert.x-eventloop-thread-1) SRHCK01001: Reporting health down status: %s" % down, ev=True)
    L(6, b, "{T:py} WARN  [io.sma.health] (vert.x-eventloop-thread-0) SRHCK01001: Reporting health down status: %s" % down, ev=True)
    E(15, "Warning", "Unhealthy", "Pod", a["pod"], "lending", "Readiness probe failed: HTTP probe failed with statuscode: 503", count=2, first=-10, host=a["node"], field="spec.containers{api}", ev=True)
    E(16, "Warning", "Unhealthy", "Pod", b["pod"], "lending", "Readiness probe failed: HTTP probe failed with statuscode: 503", count=2, first=-10, host=b["node"], field="spec.containers{api}", ev=True)
    L(18, ing, 'W{T:klog}       7 controller.go:1216] Service "lending/lending-api" does not have any active Endpoint.')
    L(22, ing, '%s - - [{T:nginx}] "GET /api/v2/loans/active HTTP/2.0" 503 190 "-" "ReaderApp/5.4 (iOS)" 48 0.000 [lending-lending-api-8080] [] - - - - %s' % (r.ip("10.2.0"), r.hex(32)))
    L(30, a, "{T:py} INFO  [org.lib.len.loa.LoanService] (executor-thread-4) Loan L-%s auto-returned (expired)" % r.digits(8))
    L(41, ing, '%s - - [{T:nginx}] "POST /api/v2/loans HTTP/2.0" 503 190 "-" "ReaderApp/5.4 (Android)" 311 0.000 [lending-lending-api-8080] [] - - - - %s' % (r.ip("10.2.0"), r.hex(32)))
    L(60, ing, 'W{T:klog}       7 controller.go:1216] Service "lending/lending-api" does not have any active Endpoint.')
    E(75, "Warning", "Unhealthy", "Pod", a["pod"], "lending", "Readiness probe failed: HTTP probe failed with statuscode: 503", count=8, first=-70, host=a["node"], field="spec.containers{api}", ev=True)
    L(89, a, "{T:py} INFO  [org.lib.len.cac.CatalogCache] (executor-thread-1) Catalog cache rebuilt in %d.%ds" % (r.int(86, 89), r.int(0, 9)))
    L(92, b, "{T:py} INFO  [org.lib.len.cac.CatalogCache] (executor-thread-1) Catalog cache rebuilt in %d.%ds" % (r.int(90, 92), r.int(0, 9)))
    L(101, ing, '%s - - [{T:nginx}] "GET /api/v2/loans/active HTTP/2.0" 200 2281 "-" "ReaderApp/5.4 (iOS)" 48 0.034 [lending-lending-api-8080] [] %s:8080 2281 0.034 200 %s' % (r.ip("10.2.0"), r.ip("10.2.1"), r.hex(32)))
    L(130, ing, '%s - - [{T:nginx}] "POST /api/v2/loans HTTP/2.0" 201 612 "-" "ReaderApp/5.4 (Android)" 311 0.088 [lending-lending-api-8080] [] %s:8080 612 0.088 201 %s' % (r.ip("10.2.0"), r.ip("10.2.1"), r.hex(32)))
    return rec.build(
        "Readers got 503s from the lending API around 03:00. What happened?",
        {"namespace": "lending", "app": "lending-api"},
        "WARN", "probe_failure", "lending-api",
        "Both lending-api replicas rebuild their catalog cache at the same scheduled time and the readiness check includes the cache, so both report DOWN and fail their readiness probes; the Service has no ready endpoints for about 90 seconds.",
        "During the nightly cache rebuild both pods were marked unready (HTTP 503 on the readiness probe) while the processes kept running, ingress-nginx had no active endpoint and returned 503; service recovered on its own when the rebuild finished.",
        "No urgent action; stagger the rebuild across replicas or exclude the cache rebuild from the readiness check (serve the old cache until the new one is ready).")


@scenario("lib-scheduling-quota-rip", "libraries", "ovh", "vector", "exporter")
def _l_sched(name, rng, s):
    rec = Rec(name, "libraries", rng, s["platform"], s["shipper"], "ovh-pod-printing", s["events"], hour=[7, 10])
    r, L, E = rec.r, rec.L, rec.E
    sch = rec.pod("printflow", "rip-scheduler", "scheduler")
    prev = rec.pod("printflow", "preview-renderer", "renderer")
    jobn = "rip-batch-%d" % r.int(29400000, 29599999)
    batch = "%s-A" % rec.base.strftime("%Y-%m-%d")
    qmsg = 'Error creating: pods "%s-%s" is forbidden: exceeded quota: printflow-quota, requested: limits.memory=8Gi, used: limits.memory=60Gi, limited: limits.memory=64Gi' % (jobn, r.low(5))
    E(0, "Normal", "SuccessfulRescale", "HorizontalPodAutoscaler", "preview-renderer", "printflow",
      "New size: 10; reason: cpu resource utilization (percentage of request) above target", comp="horizontal-pod-autoscaler", ev=True)
    L(20, prev, 'time="{T:iso_s}" level=info msg="rendered preview" isbn=978%s pages=%d ms=%d' % (r.digits(10), r.int(120, 480), r.int(800, 3000)))
    L(60, sch, 'time="{T:iso_s}" level=info msg="submitted batch" batch=%s titles=%d job=%s parallelism=4' % (batch, r.int(150, 260), jobn))
    E(61, "Warning", "FailedCreate", "Job", jobn, "printflow", qmsg, comp="job-controller", ev=True)
    E(62, "Warning", "FailedCreate", "Job", jobn, "printflow", qmsg.replace(qmsg.split('"')[1], "%s-%s" % (jobn, r.low(5))), comp="job-controller", ev=True)
    L(90, prev, 'time="{T:iso_s}" level=info msg="rendered preview" isbn=978%s pages=%d ms=%d' % (r.digits(10), r.int(120, 480), r.int(800, 3000)))
    E(181, "Warning", "FailedCreate", "Job", jobn, "printflow", qmsg.replace(qmsg.split('"')[1], "%s-%s" % (jobn, r.low(5))), comp="job-controller", ev=True)
    L(200, prev, 'time="{T:iso_s}" level=info msg="rendered preview" isbn=978%s pages=%d ms=%d' % (r.digits(10), r.int(120, 480), r.int(800, 3000)))
    L(360, sch, 'time="{T:iso_s}" level=warn msg="job has no active pods" job=%s waited=5m0s' % jobn)
    E(420, "Warning", "FailedCreate", "Job", jobn, "printflow", qmsg.replace(qmsg.split('"')[1], "%s-%s" % (jobn, r.low(5))), comp="job-controller", ev=True)
    L(480, prev, 'time="{T:iso_s}" level=info msg="preview queue drained" pending=0')
    L(660, sch, 'time="{T:iso_s}" level=error msg="batch not started" batch=%s job=%s waited=10m0s sla="press slot 11:00 at risk"' % (batch, jobn))
    L(661, sch, 'time="{T:iso_s}" level=info msg="orders waiting for RIP" count=%d oldest=%s' % (r.int(150, 260), "42m"))
    E(900, "Warning", "FailedCreate", "Job", jobn, "printflow", qmsg.replace(qmsg.split('"')[1], "%s-%s" % (jobn, r.low(5))), comp="job-controller", ev=True)
    return rec.build(
        "Today's print-on-demand RIP batch has not started. Why are there no rip-batch pods?",
        {"namespace": "printflow", "app": "rip-batch"},
        "ERROR", "scheduling", "rip-batch",
        "The printflow namespace ResourceQuota (limits.memory 64Gi) is almost fully used after preview-renderer scaled to 10 replicas, so the job controller is forbidden to create the 8Gi RIP pods (exceeded quota).",
        "The rip-batch Job cannot create any pod: every attempt fails with 'exceeded quota: printflow-quota' (requested 8Gi, used 60Gi of 64Gi); the batch is 10+ minutes late and the press slot is at risk.",
        "Free quota (scale preview-renderer back down now that its queue is drained, or cap its HPA) or raise the printflow quota; the Job will then create its pods.")


@scenario("lib-dns-cover-cdn", "libraries", "tanzu", "otel", None)
def _l_dns(name, rng, s):
    rec = Rec(name, "libraries", rng, s["platform"], s["shipper"], "tkc-opac", s["events"], hour=[8, 20])
    r, L = rec.r, rec.L
    fe = rec.pod("catalog", "opac-frontend", "web")
    dns = rec.pod("kube-system", "coredns", "coredns")
    host = "covers.bookdata-cdn.example"
    fip = r.ip("192.168.12")
    def lookups(off, ev):
        p, i = r.int(30000, 60000), r.int(1000, 65000)
        L(off, dns, '[INFO] %s:%d - %d "A IN %s.catalog.svc.cluster.local. udp 73 false 1232" NXDOMAIN qr,aa,rd 166 0.000118s' % (fip, p, i, host))
        L(off, dns, '[INFO] %s:%d - %d "A IN %s.svc.cluster.local. udp 65 false 1232" NXDOMAIN qr,aa,rd 158 0.000097s' % (fip, p, i + 1, host))
        L(off, dns, '[INFO] %s:%d - %d "A IN %s. udp 56 false 1232" NXDOMAIN qr,rd,ra 131 0.%06ds' % (fip, p, i + 2, host, r.int(18000, 40000)), ev=ev)
    L(0, fe, J({"level": 30, "time": "{T:epoch_ms}", "msg": "GET /search?q=moomin 200", "responseTime": r.int(80, 160)}))
    lookups(2, True)
    L(2, fe, J({"level": 50, "time": "{T:epoch_ms}", "msg": "cover fetch failed", "isbn": "978%s" % r.digits(10), "err": "getaddrinfo ENOTFOUND %s" % host}), ev=True)
    L(2, fe, J({"level": 40, "time": "{T:epoch_ms}", "msg": "serving placeholder cover", "isbn": "978%s" % r.digits(10)}))
    L(20, dns, '[INFO] %s:%d - %d "A IN solr.catalog.svc.cluster.local. udp 60 false 1232" NOERROR qr,aa,rd 124 0.000102s' % (fip, r.int(30000, 60000), r.int(1000, 65000)))
    L(30, fe, J({"level": 30, "time": "{T:epoch_ms}", "msg": "GET /record/b%s 200" % r.digits(7), "responseTime": r.int(60, 140)}))
    lookups(45, True)
    L(45, fe, J({"level": 50, "time": "{T:epoch_ms}", "msg": "cover fetch failed", "isbn": "978%s" % r.digits(10), "err": "getaddrinfo ENOTFOUND %s" % host}), ev=True)
    miss = r.int(400, 700)
    L(90, fe, J({"level": 30, "time": "{T:epoch_ms}", "msg": "cover cache stats", "hits": r.int(9000, 12000), "misses": miss, "fetch_errors": miss - r.int(3, 25)}))
    L(120, fe, J({"level": 30, "time": "{T:epoch_ms}", "msg": "GET /search?q=tove+jansson 200", "responseTime": r.int(80, 160)}))
    return rec.build(
        "Book covers show placeholders in the online catalog for new titles. Why?",
        {"namespace": "catalog", "app": "opac-frontend"},
        "WARN", "dns_resolution", "opac-frontend",
        "The external cover CDN hostname %s no longer exists (NXDOMAIN from the upstream resolvers), so cover fetches for uncached titles fail; cluster DNS itself works and the search-path NXDOMAINs are normal." % host,
        "opac-frontend cannot resolve %s (getaddrinfo ENOTFOUND, final absolute query NXDOMAIN); cached covers and search keep working, uncached covers fall back to placeholders." % host,
        "Switch the cover URL to the provider's current hostname (check the vendor's domain change) and purge the negative cover cache; no cluster DNS change is needed.")


@scenario("lib-healthy-kiosks", "libraries", "microk8s", "datadog", None)
def _l_ok_kiosk(name, rng, s):
    rec = Rec(name, "libraries", rng, s["platform"], s["shipper"], "branch-edge", s["events"], hour=[10, 17])
    r, L = rec.r, rec.L
    gw = rec.pod("circulation", "sip2-gateway", "gateway", dd_source="go")
    fleet = rec.pod("kiosks", "kiosk-fleet-agent", "agent", dd_source="nodejs")
    web = rec.pod("circulation", "staff-web", "nginx", dd_source="nginx")
    k = lambda: "KIOSK-MAIN-%02d" % r.int(1, 6)
    L(0, gw, J({"time": "{T:iso}", "level": "INFO", "msg": "checkout ok", "kiosk": k(), "items": r.int(1, 6)}))
    L(14, gw, J({"time": "{T:iso}", "level": "INFO", "msg": "checkout denied", "kiosk": k(), "screen_msg": "Patron blocked: fines exceed limit", "sip_ok": 0}))
    L(30, fleet, J({"level": 40, "time": "{T:epoch_ms}", "kiosk": k(), "msg": "receipt printer paper low"}))
    L(45, web, '%s - - [{T:nginx}] "GET /favicon.ico HTTP/1.1" 404 153 "-" "Mozilla/5.0"' % r.ip("10.1.10"))
    L(46, web, '%s - - [{T:nginx}] "GET /circulation/holds HTTP/1.1" 200 8812 "-" "Mozilla/5.0"' % r.ip("10.1.10"))
    L(80, gw, J({"time": "{T:iso}", "level": "WARN", "msg": "ILS response slow", "latency_ms": r.int(1200, 1800), "threshold_ms": 1000, "op": "63 patron info"}))
    L(82, gw, J({"time": "{T:iso}", "level": "INFO", "msg": "checkin ok", "kiosk": k(), "items": r.int(1, 4), "sorter_bin": r.int(1, 8)}))
    L(120, fleet, J({"level": 30, "time": "{T:epoch_ms}", "kiosk": k(), "msg": "heartbeat ok (screen=idle, printer=ok)"}))
    L(150, gw, J({"time": "{T:iso}", "level": "INFO", "msg": "kiosk session closed", "kiosk": k(), "reason": "logout"}))
    L(200, fleet, J({"level": 30, "time": "{T:epoch_ms}", "kiosk": k(), "msg": "RFID pad reconnect: retry succeeded"}))
    L(240, gw, J({"time": "{T:iso}", "level": "INFO", "msg": "session stats", "active_sessions": r.int(4, 9), "open_fds": r.int(40, 70), "fd_limit": 65536, "errors_last_5m": 0}))
    L(300, gw, J({"time": "{T:iso}", "level": "INFO", "msg": "checkout ok", "kiosk": k(), "items": r.int(1, 6)}))
    L(330, web, '%s - - [{T:nginx}] "POST /circulation/checkin HTTP/1.1" 200 512 "-" "Mozilla/5.0"' % r.ip("10.1.10"))
    L(360, fleet, J({"level": 30, "time": "{T:epoch_ms}", "msg": "fleet status: 6/6 kiosks online, 0 errors"}))
    return rec.build(
        "Quick health check of the branch self-checkout kiosks, please.",
        {"namespace": "circulation"},
        "INFO", "none", None,
        "No incident: kiosk checkouts and check-ins succeed; a fines block, low paper and one slow ILS response are normal operational events.",
        "Self-checkout at the main branch works normally: all kiosks online, 0 errors in the session stats, a patron block and a paper-low warning are routine.",
        "None (refill the receipt printer paper when convenient).")


@scenario("lib-healthy-royalty-mysql", "libraries", "talos", "alloy", "alloy")
def _l_ok_mysql(name, rng, s):
    rec = Rec(name, "libraries", rng, s["platform"], s["shipper"], "talos-publishing", s["events"], hour=[1, 4])
    r, L, E = rec.r, rec.L, rec.E
    db = rec.pod("royalties", "royalties-mysql", "mysql", pod="royalties-mysql-0")
    job = rec.pod("royalties", "statement-export", "export", kind="job")
    gw = rec.pod("royalties", "author-portal", "portal")
    jn = job["pod"].rsplit("-", 1)[0]
    L(0, job, "{T:py} INFO statement_export: exporting author statements for %s" % prev_period(rec.base))
    L(3, db, "{T:iso_us} 0 [Warning] [MY-010055] [Server] IP address '%s' could not be resolved: Name or service not known" % r.ip("10.244.2"))
    L(5, db, "{T:iso_us} %d [Note] [MY-010914] [Server] Aborted connection %d to db: 'unconnected' user: 'monitor' host: '%s' (Got an error reading communication packets)." % (r.int(8000, 9999), r.int(8000, 9999), r.ip("10.244.1")))
    L(40, job, "{T:py} INFO statement_export: %d statements rendered" % r.int(800, 1200))
    L(60, gw, J({"level": 30, "time": "{T:epoch_ms}", "msg": "GET /statements 200", "responseTime": r.int(40, 90)}))
    L(120, job, "{T:py} WARNING statement_export: author %d has negative balance (advance not yet earned out); carried forward" % r.int(10000, 99999))
    L(180, job, "{T:py} INFO statement_export: %d statements rendered" % r.int(1800, 2400))
    L(200, db, "{T:iso_us} %d [Note] [MY-010914] [Server] Aborted connection %d to db: 'unconnected' user: 'monitor' host: '%s' (Got an error reading communication packets)." % (r.int(8000, 9999), r.int(8000, 9999), r.ip("10.244.1")))
    L(240, job, "{T:py} INFO statement_export: statements=%d errors=0 warnings=3; uploaded to sftp://royalties.partner.example/outbox" % r.int(2000, 2600))
    E(242, "Normal", "Completed", "Job", jn, "royalties", "Job completed", comp="job-controller")
    L(300, gw, J({"level": 40, "time": "{T:epoch_ms}", "msg": "login failed", "user": "author-%d" % r.int(1000, 9999), "reason": "wrong password", "attempt": 1}))
    L(330, gw, J({"level": 30, "time": "{T:epoch_ms}", "msg": "login ok", "user": "author-%d" % r.int(1000, 9999)}))
    L(600, db, "{T:iso_us} 0 [Note] [MY-011953] [InnoDB] Page cleaner took %dms to flush %d and evict 0 pages" % (r.int(4000, 4900), r.int(200, 900)))
    L(900, gw, J({"level": 30, "time": "{T:epoch_ms}", "msg": "GET /statements 200", "responseTime": r.int(40, 90)}))
    return rec.build(
        "Are there any problems with the royalties database or the statement export?",
        {"namespace": "royalties"},
        "INFO", "none", None,
        "No incident: the statement export completed with 0 errors; the MySQL reverse-DNS warning, aborted monitor connections and a page-cleaner note are benign.",
        "The statement export finished (0 errors, 3 business warnings) and the job completed; MySQL logs only routine notes from monitoring connections and the page cleaner; one author mistyped a password.",
        "None.")


@scenario("lib-healthy-cms-rollout", "libraries", "gke", "fluentd", "eventrouter")
def _l_ok_roll(name, rng, s):
    rec = Rec(name, "libraries", rng, s["platform"], s["shipper"], "gke-editorial", s["events"], hour=[9, 16])
    r, L, E = rec.r, rec.L, rec.E
    old = rec.pod("editorial", "cms-web", "web")
    new = rec.pod("editorial", "cms-web", "web")
    rsn = new["pod"].rsplit("-", 1)[0]
    ip = r.ip("10.60.2")
    E(0, "Normal", "ScalingReplicaSet", "Deployment", "cms-web", "editorial", "Scaled up replica set %s to 1" % rsn, comp="deployment-controller")
    E(1, "Normal", "Scheduled", "Pod", new["pod"], "editorial", "Successfully assigned editorial/%s to %s" % (new["pod"], new["node"]), comp="default-scheduler")
    E(2, "Normal", "Pulling", "Pod", new["pod"], "editorial", 'Pulling image "europe-docker.pkg.dev/harbour-lane/cms/web:2026.%d.%d"' % (r.int(1, 30), r.int(0, 9)), host=new["node"], field="spec.containers{web}")
    E(9, "Normal", "Pulled", "Pod", new["pod"], "editorial", "Successfully pulled image in %d.%ds (%d.%ds including waiting)" % (r.int(5, 7), r.int(0, 9), r.int(5, 7), r.int(0, 9)), host=new["node"], field="spec.containers{web}")
    E(10, "Normal", "Started", "Pod", new["pod"], "editorial", "Started container web", host=new["node"], field="spec.containers{web}")
    L(11, new, "I, [{T:rails} #1]  INFO -- : Migrating to AddEmbargoToTitles (%s%02d%02d%02d)" % ((rec.base - timedelta(days=r.int(1, 6))).strftime("%Y%m%d"), r.int(8, 17), r.int(0, 59), r.int(0, 59)))
    L(12, new, "I, [{T:rails} #1]  INFO -- : == AddEmbargoToTitles: migrated (0.0123s) ==")
    E(13, "Warning", "Unhealthy", "Pod", new["pod"], "editorial", 'Readiness probe failed: Get "http://%s:3000/up": dial tcp %s:3000: connect: connection refused' % (ip, ip), host=new["node"], field="spec.containers{web}")
    L(16, new, "* Listening on http://0.0.0.0:3000")
    L(22, new, "I, [{T:rails} #1]  INFO -- : [%s] Completed 200 OK in 3ms" % r.uuid())
    E(25, "Normal", "ScalingReplicaSet", "Deployment", "cms-web", "editorial", "Scaled down replica set %s to 0 from 1" % old["pod"].rsplit("-", 1)[0], comp="deployment-controller")
    E(25, "Normal", "Killing", "Pod", old["pod"], "editorial", "Stopping container web", host=old["node"], field="spec.containers{web}")
    L(26, old, "- Gracefully stopping, waiting for requests to finish")
    L(27, old, "=== puma shutdown: {T:ruby} ===")
    L(27, old, "- Goodbye!")
    L(60, new, "I, [{T:rails} #1]  INFO -- : [%s] Completed 200 OK in 41ms (Views: 22.0ms | ActiveRecord: 11.3ms | Allocations: 15522)" % r.uuid())
    return rec.build(
        "We just deployed a new CMS version; did the rollout go fine?",
        {"namespace": "editorial", "app": "cms-web"},
        "INFO", "none", None,
        "No incident: a normal rolling update; the single readiness failure happened before the server was listening and the old pod shut down gracefully.",
        "cms-web rolled out: new image pulled, migration applied, one connection-refused readiness failure during startup, then ready and serving 200s; the old pod was stopped gracefully.",
        "None.")

# ---------------------------------------------------------------------------
# Theme 3: ski resorts and mountain operations

SKI_MONTHS = [1, 2, 3, 4, 12]


def pass_no(r):
    return "01-%04d-%04d-%04d" % (r.int(1000, 9999), r.int(1000, 9999), r.int(1000, 9999))


@scenario("ski-connrefused-gate-rabbitmq", "ski", "scaleway", "vector", None)
def _s_connref(name, rng, s):
    rec = Rec(name, "ski", rng, s["platform"], s["shipper"], "k8s-alpen-lifts", s["events"], month=SKI_MONTHS, hour=[7, 9])
    r, L = rec.r, rec.L
    mq = rec.pod("lifts", "rabbitmq", "rabbitmq", pod="rabbitmq-0")
    val = rec.pod("lifts", "gate-validator", "validator")
    gw = rec.pod("lifts", "gate-gateway", "gateway")
    mqip = r.ip("100.64.%d" % r.int(1, 9))
    vip = r.ip("100.64.%d" % r.int(10, 19))
    def refused(off, ev=True):
        L(off, val, "{T:py} ERROR pika.adapters.utils.io_services_utils: Socket failed to connect: <socket.socket fd=7, family=2, type=1, proto=6, laddr=('%s', 0)>; error=111 (Connection refused)" % vip, ev=ev)
    def deny(off, gate, lift):
        L(off, gw, "{T:iso} ERROR 1 --- [gate-gateway] [     gate-io-%d] c.a.gates.GateController                 : %s (%s) validation unavailable (no reply in 2000ms), fail-closed -> DENY pass %s" % (r.int(1, 8), gate, lift, pass_no(r)))
    L(0, gw, "{T:iso}  INFO 1 --- [gate-gateway] [     gate-io-3] c.a.gates.GateController                 : G-07 (Gondola Valley) pass %s valid (day pass) -> OPEN" % pass_no(r))
    L(8, mq, "{T:rabbit} [info] <0.%d.0> RabbitMQ is asked to stop..." % r.int(9000, 9999), ev=True)
    L(9, mq, "{T:rabbit} [info] <0.%d.0> Stopping RabbitMQ applications and their dependencies in the following order:" % r.int(9000, 9999))
    L(10, mq, "{T:rabbit} [info] <0.%d.0> stopped TCP listener on [::]:5672" % r.int(500, 900), ev=True)
    L(11, mq, "{T:rabbit} [info] <0.%d.0> Successfully stopped RabbitMQ and its dependencies" % r.int(9000, 9999), ev=True)
    refused(13)
    L(13, val, "{T:py} WARNING gate_validator.amqp: connection to amqp://rabbitmq.lifts.svc:5672 lost, reconnecting in 5s (AMQPConnectionError)")
    L(14, gw, "{T:iso}  WARN 1 --- [gate-gateway] [ntContainer#0-1] o.s.a.r.l.SimpleMessageListenerContainer : Consumer raised exception, processing can restart if the connection factory supports it. Exception summary: org.springframework.amqp.AmqpConnectException: java.net.ConnectException: Connection refused", ev=True)
    deny(17, "G-07", "Gondola Valley")
    deny(18, "G-03", "Sonnenbahn 6er")
    refused(19)
    L(24, gw, "{T:iso}  INFO 1 --- [gate-gateway] [ntContainer#0-1] o.s.a.r.c.CachingConnectionFactory       : Attempting to connect to: [rabbitmq.lifts.svc:5672]")
    L(24, gw, "{T:iso} ERROR 1 --- [gate-gateway] [ntContainer#0-1] o.s.a.r.l.SimpleMessageListenerContainer : Failed to check/redeclare auto-delete queue(s). org.springframework.amqp.AmqpConnectException: java.net.ConnectException: Connection refused", ev=True)
    deny(31, "G-07", "Gondola Valley")
    L(40, gw, "{T:iso}  WARN 1 --- [gate-gateway] [    gate-stats] c.a.gates.GateStats                      : G-07 denials last 60s: %d (normal < 5)" % r.int(150, 260))
    refused(49, ev=False)
    deny(52, "G-11", "Kinderland Förderband")
    L(61, gw, "{T:iso}  WARN 1 --- [gate-gateway] [    gate-stats] c.a.gates.GateStats                      : G-03 denials last 60s: %d (normal < 5)" % r.int(90, 180))
    return rec.build(
        "Guests are stuck at the valley gondola gates: every pass is denied. What is going on?",
        {"namespace": "lifts", "app": "gate-gateway"},
        "CRITICAL", "connection_refused", "rabbitmq",
        "The RabbitMQ application on rabbitmq-0 was stopped (rabbitmqctl stop_app) while the pod kept running, so its AMQP listener on 5672 is closed and the gate validator and gateway get connection refused; gates fail closed.",
        "After RabbitMQ stopped its applications and TCP listener, gate-validator and gate-gateway cannot connect (error 111 / ConnectException: Connection refused); gate validations time out and gates deny every pass.",
        "Start the RabbitMQ application again (rabbitmqctl start_app or restart rabbitmq-0) and confirm consumers reconnect; consider a readiness check that verifies the AMQP listener, not just the Erlang node.")


@scenario("ski-timeout-checkout-psp", "ski", "eks", "datadog", None)
def _s_timeout(name, rng, s):
    rec = Rec(name, "ski", rng, s["platform"], s["shipper"], "eks-alpen-shop", s["events"], month=SKI_MONTHS, hour=[17, 21])
    r, L = rec.r, rec.L
    shop = rec.pod("shop", "ticket-shop", "shop", dd_source="nodejs")
    ing = rec.pod("ingress-nginx", "ingress-nginx-controller", "controller", dd_source="nginx")
    rec_job = rec.pod("shop", "order-reconciler", "reconciler", kind="job", dd_source="nodejs")
    psp = "https://checkout.psp-gateway.example/v71/payments"
    up = r.ip("10.0.%d" % r.int(32, 47))
    def acc(off, method, path, status, rt, size, ev=False):
        L(off, ing, '%s - - [{T:nginx}] "%s %s HTTP/2.0" %d %d "https://shop.alpenresort.example/" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)" %d %.3f [shop-ticket-shop-3000] [] %s:3000 %d %.3f %d %s' % (
            r.ip("10.0.3"), method, path, status, size, r.int(200, 900), rt, up, size, rt, status, r.hex(32)), ev=ev)
    def to(off):
        oid = "ORD-%s" % r.digits(7)
        L(off, shop, J({"level": 50, "time": "{T:epoch_ms}", "pid": 1, "orderId": oid, "psp": psp,
                        "err": {"type": "TimeoutError", "message": "Request timed out after 10000ms"}, "msg": "payment authorisation failed"}), ev=True)
    acc(0, "GET", "/api/passes?date={T:date+86400}", 200, r.int(30, 90) / 1000, 18211)
    L(4, shop, J({"level": 30, "time": "{T:epoch_ms}", "pid": 1, "orderId": "ORD-%s" % r.digits(7), "items": 2, "total": "%d.00 EUR" % r.int(90, 300), "msg": "order created"}))
    L(5, shop, J({"level": 30, "time": "{T:epoch_ms}", "pid": 1, "psp": psp, "durationMs": r.int(3000, 6000), "msg": "payment authorised (slow)"}))
    to(18)
    acc(18, "POST", "/api/checkout/confirm", 504, 10.001, 160)
    acc(25, "GET", "/api/passes?date={T:date+86400}", 200, r.int(30, 90) / 1000, 18211)
    to(33)
    acc(33, "POST", "/api/checkout/confirm", 504, 10.002, 160)
    L(40, shop, J({"level": 40, "time": "{T:epoch_ms}", "pid": 1, "psp": psp, "p95Ms": r.int(9600, 9990), "baselineP95Ms": r.int(500, 800), "timeouts5m": r.int(30, 70), "msg": "psp latency degraded"}), ev=True)
    to(47)
    acc(47, "POST", "/api/checkout/confirm", 504, 10.001, 160)
    L(60, shop, J({"level": 30, "time": "{T:epoch_ms}", "pid": 1, "path": "/healthz", "statusCode": 200, "msg": "request completed"}))
    to(71)
    L(90, rec_job, J({"level": 40, "time": "{T:epoch_ms}", "pid": 1, "pending": r.int(40, 90), "olderThanMin": 15, "msg": "orders stuck in PENDING_PAYMENT; will query PSP status"}))
    acc(95, "GET", "/api/account/orders", 200, r.int(40, 120) / 1000, 3120)
    return rec.build(
        "Online ski pass checkout fails with gateway timeouts tonight. Why?",
        {"namespace": "shop", "app": "ticket-shop"},
        "ERROR", "timeout", "ticket-shop",
        "The external payment provider's authorisation API has slowed to ~10 s (p95 vs ~0.6 s baseline), so ticket-shop's 10 s client timeout fires and the ingress returns 504 for checkout confirmations.",
        "Checkout confirmations time out: ticket-shop logs 'Request timed out after 10000ms' for PSP authorisation, the ingress returns 504, and dozens of orders are stuck in PENDING_PAYMENT; browsing passes is unaffected.",
        "Check the PSP's status and open a ticket with them; reconcile stuck orders against the PSP to avoid double charges, and consider async payment confirmation with idempotent retries.")


@scenario("ski-tls-weather-station", "ski", "k3s", "promtail", None)
def _s_tls(name, rng, s):
    rec = Rec(name, "ski", rng, s["platform"], s["shipper"], "mtnops", s["events"], month=SKI_MONTHS, hour=[4, 6])
    r, L = rec.r, rec.L
    ing = rec.pod("weather", "weather-ingest", "ingest")
    avl = rec.pod("avalanche", "avalanche-model", "model")
    chk = rec.pod("weather", "cert-check", "check", kind="job")
    st = "wx-summit-02.stations.local"
    k_exp = r.int(4, 6)
    def ok(off, station):
        L(off, ing, "{T:py} INFO weather_ingest: poll %s ok: %d observations, last {T:hms}" % (station, r.int(6, 12)))
    def fail(off, ev=True):
        L(off, ing, "{T:py} ERROR weather_ingest: poll %s failed: HTTPSConnectionPool(host='%s', port=443): Max retries exceeded with url: /api/v1/observations?since=%s (Caused by SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: certificate has expired (_ssl.c:1006)')))" % (st.split(".")[0], st, "{T:date}T00%3A00%3A00Z"), ev=ev)
    ok(0, "wx-valley-01")
    ok(1, "wx-mid-03")
    fail(2)
    ok(3, "wx-ridge-04")
    L(30, avl, "{T:py} INFO avalanche_model: wind-loading run started (stations=4, window=24h)")
    L(31, avl, "{T:py} WARNING avalanche_model: station wx-summit-02 stale (last observation %dh%02dm ago); using interpolated wind from wx-ridge-04" % (k_exp, r.int(0, 59)))
    L(60, chk, "{T:iso} cert-check: wx-valley-01.stations.local:443 notAfter=%s OK (%d days)" % ("{T:ssl+%d}" % (86400 * r.int(100, 300)), r.int(100, 300)))
    L(61, chk, "{T:iso} cert-check: %s:443 notAfter={T:ssl-%d} EXPIRED" % (st, 3600 * k_exp + 1800), ev=True)
    L(62, chk, "{T:iso} cert-check: wx-ridge-04.stations.local:443 notAfter=%s OK" % ("{T:ssl+%d}" % (86400 * r.int(30, 200))))
    ok(300, "wx-valley-01")
    ok(301, "wx-mid-03")
    fail(302)
    ok(303, "wx-ridge-04")
    L(310, avl, "{T:py} INFO avalanche_model: run finished: danger level proposal 3 (considerable) for NW aspects >2200m; confidence reduced (missing summit wind)")
    fail(602)
    return rec.build(
        "Summit weather data is missing from the avalanche model this morning. Why?",
        {"namespace": "weather", "app": "weather-ingest"},
        "ERROR", "tls_certificate", "wx-summit-02",
        "The HTTPS certificate on weather station wx-summit-02 expired a few hours ago, so weather-ingest's certificate verification fails and no observations are fetched from that station.",
        "weather-ingest polls every station successfully except wx-summit-02, which fails with CERTIFICATE_VERIFY_FAILED: certificate has expired; the avalanche model runs with interpolated summit wind and reduced confidence.",
        "Renew and install a new certificate on wx-summit-02 (and add it to certificate monitoring alerts); do not disable verification. Re-run the wind-loading model once data flows.")


@scenario("ski-auth-lodging-ota", "ski", "compose", "docker", None)
def _s_auth(name, rng, s):
    rec = Rec(name, "ski", rng, s["platform"], s["shipper"], "pms-vm-01", s["events"], month=SKI_MONTHS, hour=[9, 18])
    r, L = rec.r, rec.L
    h = "pms-vm-01"
    cs, pms = rec.compose("lodging", "channel-sync", h), rec.compose("lodging", "pms-web", h)
    tr, rd = rec.compose("lodging", "traefik", h), rec.compose("lodging", "redis", h)
    tok = "https://auth.ota-connect.example/oauth2/token"
    body = '{"error":"invalid_client","error_description":"Client authentication failed"}'
    def fail(off, prop, ev=True):
        L(off, cs, "{T:py} ERROR channel_sync.ota: token request to %s failed: 401 %s" % (tok, body), ev=ev)
        L(off, cs, "{T:py} ERROR channel_sync.ota: ARI push for property %s skipped: no access token" % prop)
    L(0, tr, '%s - - [{T:nginx}] "GET /frontdesk/arrivals HTTP/1.1" 200 %d "-" "Mozilla/5.0" %d "pms-web@docker" "http://172.20.0.4:8080" %dms' % (r.ip("10.10.0"), r.int(3000, 6000), r.int(100, 900), r.int(10, 40)))
    L(2, cs, "{T:py} INFO channel_sync.scheduler: ARI push cycle started (properties=3, room_types=14)")
    fail(3, "ALP-LODGE-1")
    fail(4, "ALP-LODGE-3")
    L(20, pms, "{T:sp} INFO  [http-nio-8080-exec-7] c.a.pms.ReservationService - reservation R-%d created (source=front-desk, room_type=DBL-VIEW, nights=%d)" % (r.int(80000, 89999), r.int(2, 7)))
    L(21, pms, "{T:sp} INFO  [http-nio-8080-exec-7] c.a.pms.Inventory - DBL-VIEW availability for {T:date+172800}: 0 left")
    L(60, rd, "1:M {T:redis} * 100 changes in 300 seconds. Saving...")
    L(60, rd, "1:M {T:redis} * Background saving started by pid %d" % r.int(100, 999))
    L(61, rd, "%d:C {T:redis} * DB saved on disk" % r.int(100, 999))
    L(302, cs, "{T:py} INFO channel_sync.scheduler: ARI push cycle started (properties=3, room_types=14)")
    fail(303, "ALP-LODGE-1")
    L(304, cs, "{T:py} WARNING channel_sync.ota: %d consecutive token failures; last successful token at {T:sec-%d}" % (r.int(11, 16), 3600 + r.int(0, 1800)), ev=True)
    L(330, cs, "{T:py} WARNING channel_sync.reconcile: inventory drift ALP-LODGE-3 DBL-VIEW {T:date+172800}: OTA shows 2 available, PMS has 0 (overbooking risk)")
    L(360, tr, '%s - - [{T:nginx}] "POST /frontdesk/checkin HTTP/1.1" 200 %d "-" "Mozilla/5.0" %d "pms-web@docker" "http://172.20.0.4:8080" %dms' % (r.ip("10.10.0"), r.int(300, 900), r.int(100, 900), r.int(10, 40)))
    return rec.build(
        "The booking channel is not getting our availability updates. What is failing?",
        {"node": h, "app": "channel-sync"},
        "ERROR", "auth_failure", "channel-sync",
        "The OTA's OAuth token endpoint rejects channel-sync's client credentials (401 invalid_client); the client secret no longer matches, typically after it was rotated in the OTA extranet, so no access token can be obtained.",
        "channel-sync cannot get an OAuth token for over an hour and skips every availability (ARI) push; the OTA still shows rooms the PMS has sold, creating overbooking risk. PMS and front desk work normally.",
        "Update the OTA client ID/secret in the channel-sync configuration (from the OTA extranet), restart the service, trigger a full ARI resync and close the drifted rooms.")


@scenario("ski-config-snowmaking-cm", "ski", "rke2", "fluentbit", "exporter")
def _s_config(name, rng, s):
    rec = Rec(name, "ski", rng, s["platform"], s["shipper"], "rke2-snowops", s["events"], month=[1, 2, 12], hour=21, minute=58)
    r, L, E = rec.r, rec.L, rec.E
    n = rec.node(2)
    job = r.job("nightly-plan")
    jn = job.rsplit("-", 1)[0]
    plan = rec.pod("snowmaking", "nightly-plan", "planner", pod=job, node=n)
    ctl = rec.pod("snowmaking", "snowmaking-controller", "controller")
    kust = rec.pod("flux-system", "kustomize-controller", "manager")
    kl = rec.kubelet(n)
    cm = "snowmaking-weather-thresholds"
    rev = r.hex(40)
    L(0, kust, J({"level": "info", "ts": "{T:iso}", "msg": "server-side apply completed", "controller": "kustomization", "name": "snowmaking", "namespace": "flux-system",
                  "revision": "main@sha1:%s" % rev, "output": {"ConfigMap/snowmaking/snowmaking-thresholds": "created", "ConfigMap/snowmaking/%s" % cm: "deleted", "CronJob/snowmaking/nightly-plan": "unchanged"}}), ev=True)
    L(30, ctl, 'time="{T:iso_s}" level=info msg="wet-bulb reading" station=gun-field-north wetbulb_c=-%d.%d humidity_pct=%d' % (r.int(4, 8), r.int(0, 9), r.int(55, 80)))
    E(125, "Normal", "SuccessfulCreate", "CronJob", "nightly-plan", "snowmaking", "Created job %s" % jn, comp="cronjob-controller")
    E(125, "Normal", "Scheduled", "Pod", job, "snowmaking", "Successfully assigned snowmaking/%s to %s" % (job, n), comp="default-scheduler")
    E(127, "Normal", "Pulled", "Pod", job, "snowmaking", 'Container image "harbor.snowops.local/snowmaking/planner:3.4.0" already present on machine', host=n, field="spec.containers{planner}")
    L(127, kl, 'E{T:klog}    1893 kuberuntime_manager.go:1256] "Unhandled Error" err="container &Container{Name:planner,Image:harbor.snowops.local/snowmaking/planner:3.4.0,...} start failed in pod %s_snowmaking(%s): CreateContainerConfigError: configmap \\"%s\\" not found" logger="UnhandledError"' % (job, r.uuid(), cm), ev=True)
    E(127, "Warning", "Failed", "Pod", job, "snowmaking", 'Error: configmap "%s" not found' % cm, host=n, field="spec.containers{planner}", ev=True)
    L(150, ctl, 'time="{T:iso_s}" level=info msg="wet-bulb reading" station=gun-field-north wetbulb_c=-%d.%d humidity_pct=%d' % (r.int(5, 9), r.int(0, 9), r.int(55, 80)))
    E(240, "Warning", "Failed", "Pod", job, "snowmaking", 'Error: configmap "%s" not found' % cm, count=9, first=-113, host=n, field="spec.containers{planner}", ev=True)
    L(245, ctl, 'time="{T:iso_s}" level=warn msg="no plan received for tonight; guns stay in manual mode" expected_by=22:02 zones=7')
    L(246, ctl, 'time="{T:iso_s}" level=info msg="pump station status" station=P2 pressure_bar=%d state=standby' % r.int(30, 40))
    E(420, "Warning", "Failed", "Pod", job, "snowmaking", 'Error: configmap "%s" not found' % cm, count=17, first=-293, host=n, field="spec.containers{planner}", ev=True)
    L(480, ctl, 'time="{T:iso_s}" level=warn msg="no plan received for tonight; guns stay in manual mode" expected_by=22:02 zones=7')
    L(481, ctl, 'time="{T:iso_s}" level=info msg="snowmaking window open" wetbulb_c=-%d.%d threshold_c=-2.5 guns_ready=%d guns_running=0' % (r.int(5, 9), r.int(0, 9), r.int(40, 60)))
    L(600, kust, J({"level": "info", "ts": "{T:iso}", "msg": "no changes since last reconciliation: observed revision 'main@sha1:%s'" % rev, "controller": "kustomization", "name": "snowmaking", "namespace": "flux-system"}))
    return rec.build(
        "The snowmaking guns did not start tonight although it is cold enough. Why?",
        {"namespace": "snowmaking", "app": "nightly-plan"},
        "ERROR", "config_error", "nightly-plan",
        "The nightly-plan CronJob still references ConfigMap snowmaking-weather-thresholds, which the latest Flux apply deleted and replaced with snowmaking-thresholds; the planner container cannot be created (CreateContainerConfigError).",
        "The 22:00 nightly-plan pod is stuck in CreateContainerConfigError (configmap \"%s\" not found), so no plan reaches the snowmaking controller and all guns stay in manual mode despite good wet-bulb conditions." % cm,
        "Point the CronJob at the new ConfigMap name (or restore the old one) in the Git repo, let Flux reconcile, and start the planner job manually for tonight.")


@scenario("ski-poolexhaust-rental-pos", "ski", "aks", "otel", "otel")
def _s_pool(name, rng, s):
    rec = Rec(name, "ski", rng, s["platform"], s["shipper"], "aks-alpen-retail", s["events"], month=SKI_MONTHS, hour=8, minute=20)
    r, L, E = rec.r, rec.L, rec.E
    pos = rec.pod("rental", "rental-pos", "pos")
    pgb = rec.pod("rental", "pgbouncer", "pgbouncer")
    th = "http-nio-8080-exec-%d" % r.int(30, 60)
    def hik(off, waiting, ev=True):
        L(off, pos, "{T:iso}  WARN 1 --- [rental-pos] [nio-8080-exec-%d] o.h.engine.jdbc.spi.SqlExceptionHelper   : SQL Error: 0, SQLState: null" % r.int(1, 60))
        L(off, pos, "{T:iso} ERROR 1 --- [rental-pos] [nio-8080-exec-%d] o.h.engine.jdbc.spi.SqlExceptionHelper   : HikariPool-1 - Connection is not available, request timed out after 30000ms (total=10, active=10, idle=0, waiting=%d)" % (r.int(1, 60), waiting), ev=ev)
    L(0, pos, "{T:iso}  INFO 1 --- [rental-pos] [nio-8080-exec-%d] c.a.rental.api.RentalController         : POST /api/rentals 201 in %dms (shop=%s)" % (r.int(1, 60), r.int(80, 200), r.choice(["VALLEY", "GONDOLA-TOP", "VILLAGE"])))
    L(40, pos, "{T:iso}  INFO 1 --- [rental-pos] [nio-8080-exec-%d] c.a.r.report.BootFittingReport          : exporting boot-fitting report for season (streaming %d rows)" % (r.int(30, 60), r.int(200000, 400000)))
    L(100, pos, "{T:iso}  WARN 1 --- [rental-pos] [ool-1 housekeeper] com.zaxxer.hikari.pool.ProxyLeakTask     : Connection leak detection triggered for org.postgresql.jdbc.PgConnection@%s on thread %s, stack trace follows" % (r.hex(8), th), ev=True)
    L(100, pos, "java.lang.Exception: Apparent connection leak detected")
    L(100, pos, "\tat com.alpen.rental.report.BootFittingReport.export(BootFittingReport.java:77)", ev=True)
    hik(400, r.int(20, 45))
    L(410, pgb, "{T:pg} [1] LOG stats: %d xacts/s, %d queries/s, in %d B/s, out %d B/s, xact %d us, query %d us, wait 9 us" % (r.int(20, 40), r.int(40, 70), r.int(20000, 40000), r.int(60000, 90000), r.int(1500, 2500), r.int(700, 1100)))
    E(415, "Warning", "Unhealthy", "Pod", pos["pod"], "rental", "Readiness probe failed: HTTP probe failed with statuscode: 503", count=3, first=-20)
    hik(430, r.int(25, 45))
    L(470, pos, "{T:iso}  WARN 1 --- [rental-pos] [ool-1 housekeeper] com.zaxxer.hikari.pool.HikariPool        : HikariPool-1 - Pool stats (total=10, active=10, idle=0, waiting=%d)" % r.int(30, 45), ev=True)
    hik(520, r.int(20, 40), ev=False)
    L(900, pos, "{T:iso}  INFO 1 --- [rental-pos] [nio-8080-exec-%d] c.a.r.report.BootFittingReport          : boot-fitting report export finished; released connections" % r.int(30, 60))
    L(960, pos, "{T:iso}  INFO 1 --- [rental-pos] [ool-1 housekeeper] com.zaxxer.hikari.pool.HikariPool        : HikariPool-1 - Pool stats (total=10, active=2, idle=8, waiting=0)")
    L(1000, pos, "{T:iso}  INFO 1 --- [rental-pos] [nio-8080-exec-%d] c.a.rental.api.RentalController         : POST /api/rentals 201 in %dms (shop=VALLEY)" % (r.int(1, 60), r.int(80, 200)))
    return rec.build(
        "Rental counters were frozen for several minutes during the morning rush. What caused it?",
        {"namespace": "rental", "app": "rental-pos"},
        "WARN", "resource_exhausted", "rental-pos",
        "A long-running boot-fitting report export held connections from rental-pos's 10-connection Hikari pool (leak detection fired), so during the rush the pool was exhausted and requests waited 30 s for a connection; the database itself was healthy.",
        "rental-pos requests failed with 'HikariPool-1 - Connection is not available, request timed out after 30000ms (total=10, active=10, idle=0)' and readiness briefly failed; after the report export finished the pool recovered on its own.",
        "No immediate action; move the report export off the request pool (separate pool/read replica, or schedule it off-peak) and consider a larger pool within the database's connection budget.")


@scenario("ski-storage-avalanche-archive", "ski", "vm", "journald", None)
def _s_storage(name, rng, s):
    rec = Rec(name, "ski", rng, s["platform"], s["shipper"], "avl-archive-01", s["events"], month=SKI_MONTHS, hour=[5, 7])
    r, L = rec.r, rec.L
    h = "avl-archive-01"
    kern = rec.kernel(h)
    ing = rec.host(h, "snowpack-ingest.service", "snowpack-ingest")
    sysd = rec.host(h, "snowpack-ingest.service", "systemd")
    smart = rec.host(h, "smartd.service", "smartd")
    rs = rec.host(h, "offsite-sync.service", "rsync")
    tag = r.int(2, 30)
    sec = r.int(900000000, 990000000)
    path = "/srv/avalanche/archive/{T:date}/wx-summit-02_%02d%02d.csv" % (rec.base.hour, (rec.base.minute // 10) * 10)
    L(0, ing, "{T:py} INFO snowpack_ingest: archived batch %d (46 station files, 3 profiles)" % r.int(4000, 5000))
    L(20, kern, "sd 2:0:0:0: [sdb] tag#%d FAILED Result: hostbyte=DID_OK driverbyte=DRIVER_OK cmd_age=3s" % tag, ev=True)
    L(20, kern, "sd 2:0:0:0: [sdb] tag#%d Sense Key : Medium Error [current]" % tag, ev=True)
    L(20, kern, "sd 2:0:0:0: [sdb] tag#%d Add. Sense: Write error - auto reallocation failed" % tag)
    L(20, kern, "I/O error, dev sdb, sector %d op 0x1:(WRITE) flags 0x800 phys_seg 8 prio class 2" % sec, ev=True)
    L(21, kern, "Buffer I/O error on dev sdb1, logical block %d, lost async page write" % (sec // 8), ev=True)
    L(22, kern, "EXT4-fs error (device sdb1): ext4_journal_check_start:83: comm snowpack-inges: Detected aborted journal", ev=True)
    L(22, kern, "EXT4-fs (sdb1): Remounting filesystem read-only", ev=True)
    L(25, ing, "{T:py} ERROR snowpack_ingest: failed to archive batch %d" % r.int(5001, 5100))
    L(25, ing, "OSError: [Errno 30] Read-only file system: '%s'" % path, ev=True)
    L(26, sysd, "snowpack-ingest.service: Main process exited, code=exited, status=1/FAILURE")
    L(26, sysd, "snowpack-ingest.service: Failed with result 'exit-code'.")
    L(90, smart, "Device: /dev/sdb [SAT], %d Currently unreadable (pending) sectors" % r.int(8, 40), ev=True)
    L(90, smart, "Device: /dev/sdb [SAT], SMART Usage Attribute: 5 Reallocated_Sector_Ct changed from 100 to %d" % r.int(90, 98))
    L(120, rs, "rsync: [sender] read errors mapping \"/srv/avalanche/archive/{T:date-86400}/snowprofile_%s.caaml\": Input/output error (5)" % r.choice(["NW2400", "N2650", "NE2300"]), ev=True)
    L(121, rs, "rsync error: some files/attrs were not transferred (see previous errors) (code 23) at main.c(1338) [sender=3.2.7]")
    L(146, sysd, "snowpack-ingest.service: Scheduled restart job, restart counter is at 1.")
    L(147, ing, "{T:py} ERROR snowpack_ingest: archive root /srv/avalanche/archive is not writable (read-only file system); refusing to start")
    return rec.build(
        "The avalanche data archive stopped ingesting station data this morning. What happened?",
        {"node": h, "app": "snowpack-ingest"},
        "CRITICAL", "storage", "sdb",
        "The archive disk /dev/sdb is failing (medium errors, unreadable pending sectors); write I/O errors aborted the ext4 journal and the kernel remounted /srv/avalanche/archive read-only.",
        "After medium/I/O errors on sdb the archive filesystem went read-only; snowpack-ingest fails with Errno 30 and cannot restart, and the off-site rsync hits read errors, so station and snow-profile data are at risk.",
        "Stop writes, copy readable data off sdb (ddrescue) and restore missing files from the off-site copy, replace the disk, fsck/recreate the filesystem, then restart ingest and backfill from the stations.")


@scenario("ski-db-mysql-connections", "ski", "openshift", "filebeat", None)
def _s_db(name, rng, s):
    rec = Rec(name, "ski", rng, s["platform"], s["shipper"], "ocp-alpen", s["events"], month=SKI_MONTHS, hour=[7, 10])
    r, L = rec.r, rec.L
    api = rec.pod("ticketing", "ticket-api", "api")
    ps = [rec.pod("ticketing", "pass-sync", "sync") for _ in range(2)]
    exp = rec.pod("ticketing", "mysqld-exporter", "exporter")
    db = rec.pod("ticketing", "ticketing-mysql", "mysql", pod="ticketing-mysql-0")
    def rej(off, ev=True):
        L(off, api, "{T:iso} ERROR 1 --- [ticket-api] [nio-8080-exec-%d] o.h.engine.jdbc.spi.SqlExceptionHelper   : Data source rejected establishment of connection,  message from server: \"Too many connections\"" % r.int(1, 60), ev=ev)
    L(0, ps[0], "{T:py} INFO pass_sync: worker started (replica %d/40) pool_size=10 max_overflow=5 target=ticketing-mysql:3306" % r.int(30, 40), ev=True)
    L(2, ps[1], "{T:py} INFO pass_sync: worker started (replica %d/40) pool_size=10 max_overflow=5 target=ticketing-mysql:3306" % r.int(30, 40), ev=True)
    L(10, db, "{T:iso_us} %d [Note] [MY-010914] [Server] Aborted connection %d to db: 'tickets' user: 'pass_sync' host: '%s' (Got timeout reading communication packets)." % (r.int(10000, 20000), r.int(10000, 20000), r.ip("10.131.2")))
    rej(15)
    L(15, api, "java.sql.SQLNonTransientConnectionException: Data source rejected establishment of connection,  message from server: \"Too many connections\"", ev=True)
    L(18, exp, 'ts={T:iso} caller=exporter.go:152 level=error msg="Error pinging mysqld" err="Error 1040 (08004): Too many connections"', ev=True)
    L(22, ps[1], "{T:py} ERROR pass_sync: sync of gate whitelist chunk %d failed: (pymysql.err.OperationalError) (1040, 'Too many connections')" % r.int(1, 90), ev=True)
    L(25, api, "{T:iso}  WARN 1 --- [ticket-api] [nio-8080-exec-%d] c.a.t.api.PurchaseController             : POST /api/passes/purchase -> 500 (db unavailable)" % r.int(1, 60))
    rej(40)
    L(48, exp, 'ts={T:iso} caller=exporter.go:152 level=error msg="Error pinging mysqld" err="Error 1040 (08004): Too many connections"', ev=True)
    L(55, ps[0], "{T:py} WARNING pass_sync: retrying chunk %d in 10s" % r.int(1, 90))
    L(70, db, "{T:iso_us} %d [Note] [MY-010914] [Server] Aborted connection %d to db: 'tickets' user: 'pass_sync' host: '%s' (Got timeout reading communication packets)." % (r.int(10000, 20000), r.int(10000, 20000), r.ip("10.131.3")))
    rej(75, ev=False)
    L(80, api, "{T:iso}  WARN 1 --- [ticket-api] [nio-8080-exec-%d] c.a.t.api.PurchaseController             : POST /api/passes/purchase -> 500 (db unavailable)" % r.int(1, 60))
    L(95, ps[1], "{T:py} ERROR pass_sync: sync of gate whitelist chunk %d failed: (pymysql.err.OperationalError) (1040, 'Too many connections')" % r.int(1, 90))
    return rec.build(
        "Pass purchases return 500 and pass-sync errors pile up. What is wrong with the ticketing database?",
        {"namespace": "ticketing", "app": "ticketing-mysql"},
        "ERROR", "database", "ticketing-mysql",
        "ticketing-mysql has run out of connection slots (error 1040 Too many connections): pass-sync was scaled to 40 replicas with a pool of 10 (+5 overflow) each, far more than the server's max_connections.",
        "MySQL rejects new connections with 'Too many connections'; ticket-api purchases fail with 500, pass-sync chunks fail and the exporter cannot ping the server.",
        "Scale pass-sync back down or shrink its pool (or put a connection pooler such as ProxySQL in front) so total connections stay under max_connections; raise max_connections only if the server has the memory for it.")


@scenario("ski-ratelimit-email-quota", "ski", "doks", "alloy", "alloy")
def _s_rate(name, rng, s):
    rec = Rec(name, "ski", rng, s["platform"], s["shipper"], "do-alpen-shop", s["events"], month=SKI_MONTHS, hour=7, minute=0)
    r, L, E = rec.r, rec.L, rec.E
    nl = rec.pod("marketing", "newsletter-blast", "sender", kind="job")
    ml = rec.pod("shop", "eticket-mailer", "mailer")
    shop = rec.pod("shop", "ticket-shop", "shop")
    jn = nl["pod"].rsplit("-", 1)[0]
    body = '{"errors":[{"message":"Daily email sending quota exceeded. Upgrade your plan or wait until the quota resets at 00:00 UTC.","field":null,"help":null}]}'
    def q429(off, ev=True):
        L(off, ml, J({"level": 50, "time": "{T:epoch_ms}", "pid": 1, "jobId": str(r.int(100000, 999999)), "orderId": "ORD-%s" % r.digits(7),
                      "status": 429, "body": body, "msg": "e-ticket send failed, will retry"}), ev=ev)
    E(0, "Normal", "SuccessfulCreate", "CronJob", "newsletter-blast", "marketing", "Created job %s" % jn, comp="cronjob-controller")
    L(5, nl, J({"level": 30, "time": "{T:epoch_ms}", "pid": 1, "campaign": "powder-weekend", "recipients": r.int(94000, 99000), "msg": "sending campaign via transactional API account 'alpen-main'"}), ev=True)
    L(60, ml, J({"level": 40, "time": "{T:epoch_ms}", "pid": 1, "status": 502, "msg": "e-ticket send failed (502), retrying"}))
    L(62, ml, J({"level": 30, "time": "{T:epoch_ms}", "pid": 1, "msg": "retry succeeded, e-ticket sent", "attempt": 2}))
    L(1500, nl, J({"level": 30, "time": "{T:epoch_ms}", "pid": 1, "campaign": "powder-weekend", "sent": r.int(90000, 93000), "msg": "campaign finished"}), ev=True)
    E(1502, "Normal", "Completed", "Job", jn, "marketing", "Job completed", comp="job-controller")
    L(1600, shop, J({"level": 30, "time": "{T:epoch_ms}", "pid": 1, "orderId": "ORD-%s" % r.digits(7), "msg": "order paid, e-ticket job enqueued"}))
    q429(1601)
    q429(1640)
    L(1700, shop, J({"level": 30, "time": "{T:epoch_ms}", "pid": 1, "orderId": "ORD-%s" % r.digits(7), "msg": "order paid, e-ticket job enqueued"}))
    q429(1701)
    L(1800, ml, J({"level": 40, "time": "{T:epoch_ms}", "pid": 1, "queue": "eticket-mail", "waiting": r.int(300, 900), "failed": r.int(100, 400), "msg": "queue backlog growing"}))
    q429(1860, ev=False)
    L(1900, shop, J({"level": 40, "time": "{T:epoch_ms}", "pid": 1, "ticketId": "SUP-%d" % r.int(1000, 9999), "msg": "support ticket: customer did not receive e-ticket"}))
    return rec.build(
        "Customers are not receiving their e-tickets after buying passes this morning. Why?",
        {"namespace": "shop", "app": "eticket-mailer"},
        "ERROR", "rate_limited", "eticket-mailer",
        "The transactional e-mail account's daily sending quota was used up by the marketing newsletter campaign sent through the same account, so the e-mail API rejects e-ticket sends with HTTP 429 until the quota resets.",
        "After the newsletter-blast job sent ~90k mails, every e-ticket send fails with 429 'Daily email sending quota exceeded'; the mail queue backlog grows and customers open support tickets. Shop sales are unaffected.",
        "Raise the sending quota or move e-tickets to a separate account/sub-user with reserved capacity, keep marketing sends on their own quota, then replay the queued e-tickets.")


@scenario("ski-node-cni-summit", "ski", "k3s", "promtail", "eventrouter")
def _s_node(name, rng, s):
    rec = Rec(name, "ski", rng, s["platform"], s["shipper"], "liftops", s["events"], month=SKI_MONTHS, hour=3, minute=26)
    r, L, E = rec.r, rec.L, rec.E
    bad = rec.node(2)
    ok = rec.node(0)
    k3s = rec.kubelet(bad)
    uu = rec.host(bad, "unattended-upgrades.service", "unattended-upgrade")
    mp = rec.host(bad, "systemd-modules-load.service", "systemd-modules-load")
    gate = rec.pod("lifts", "gate-controller-summit", "controller", node=bad)
    hub = rec.pod("lifts", "gate-hub", "hub", node=ok)
    kv = "6.8.0-%d-raspi" % r.int(1040, 1060)
    L(0, uu, "Packages that will be upgraded: linux-image-raspi linux-raspi linux-headers-raspi")
    L(2, uu, "Automatic reboot scheduled at 03:30 (Unattended-Upgrade::Automatic-Reboot-Time)")
    L(240, mp, "Failed to find module 'vxlan'", ev=True)
    L(246, k3s, 'time="{T:iso_s}" level=info msg="Starting k3s agent v1.29.6+k3s2 (%s)"' % r.hex(8))
    L(252, k3s, 'time="{T:iso_s}" level=error msg="flannel exited: failed to set up vxlan device flannel.1: operation not supported"', ev=True)
    L(254, k3s, 'E{T:klog}    1187 kubelet.go:2912] "Container runtime network not ready" networkReady="NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized"', ev=True)
    E(260, "Normal", "NodeNotReady", "Node", bad, "", "Node %s status is now: NodeNotReady" % bad, comp="kubelet", host=bad, ev=True)
    E(270, "Warning", "FailedCreatePodSandBox", "Pod", gate["pod"], "lifts",
      'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "%s": plugin type="flannel" failed (add): failed to load flannel \'subnet.env\' file: open /run/flannel/subnet.env: no such file or directory. Check the flannel pod log for this node.' % r.hex(64),
      host=bad, ev=True)
    L(275, hub, J({"level": "warn", "ts": "{T:iso}", "msg": "summit gate controller unreachable; gates G-21..G-24 switched to offline whitelist mode", "whitelist_age": "6h12m"}))
    L(300, hub, J({"level": "info", "ts": "{T:iso}", "msg": "valley gates online", "gates": 18, "errors": 0}))
    L(330, k3s, 'time="{T:iso_s}" level=error msg="flannel exited: failed to set up vxlan device flannel.1: operation not supported"', ev=True)
    E(390, "Warning", "FailedCreatePodSandBox", "Pod", gate["pod"], "lifts",
      'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "%s": plugin type="flannel" failed (add): failed to load flannel \'subnet.env\' file: open /run/flannel/subnet.env: no such file or directory. Check the flannel pod log for this node.' % r.hex(64),
      count=4, first=-120, host=bad)
    L(400, hub, J({"level": "warn", "ts": "{T:iso}", "msg": "offline whitelist will not include passes sold after 21:00 yesterday", "gates": "G-21..G-24"}))
    L(420, k3s, 'E{T:klog}    1187 kubelet.go:2912] "Container runtime network not ready" networkReady="NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized"')
    L(480, hub, J({"level": "info", "ts": "{T:iso}", "msg": "valley gates online", "gates": 18, "errors": 0}))
    return rec.build(
        "The summit lift node is NotReady since last night's reboot. What is wrong with it?",
        {"node": bad},
        "ERROR", "node_failure", bad,
        "After an unattended kernel upgrade and reboot, the Raspberry Pi summit node (%s) lacks the vxlan kernel module, so k3s's flannel cannot create flannel.1; the CNI is not initialized and the node stays NotReady." % bad,
        "Node %s came back from the kernel upgrade with flannel failing (vxlan: operation not supported, cni plugin not initialized); pod sandboxes cannot be created, the summit gate controller is down and summit gates run on a stale offline whitelist." % bad,
        "Install the kernel's extra modules package (e.g. linux-modules-extra-raspi for the new kernel) or boot the previous kernel, restart k3s-agent, and verify the node becomes Ready; pin kernel upgrades for edge nodes.")


@scenario("ski-healthy-snowmaking-night", "ski", "ovh", "fluentd", "eventrouter")
def _s_ok_snow(name, rng, s):
    rec = Rec(name, "ski", rng, s["platform"], s["shipper"], "ovh-snowops", s["events"], month=[1, 2, 12], hour=[22, 23])
    r, L, E = rec.r, rec.L, rec.E
    ctl = rec.pod("snowmaking", "snowmaking-controller", "controller")
    jn = "nightly-plan-%d" % r.int(29400000, 29599999)
    L(0, ctl, 'time="{T:iso_s}" level=info msg="plan loaded" zones=7 guns=%d target_cm=%d' % (r.int(40, 60), r.int(20, 40)))
    E(1, "Normal", "Completed", "Job", jn, "snowmaking", "Job completed", comp="job-controller")
    L(30, ctl, 'time="{T:iso_s}" level=info msg="gun start" gun=G-14 wetbulb_c=-%d.%d water_lpm=%d' % (r.int(4, 7), r.int(0, 9), r.int(300, 600)))
    L(31, ctl, 'time="{T:iso_s}" level=info msg="gun start" gun=G-15 wetbulb_c=-%d.%d water_lpm=%d' % (r.int(4, 7), r.int(0, 9), r.int(300, 600)))
    L(90, ctl, 'time="{T:iso_s}" level=warn msg="gun paused: wet-bulb above threshold" gun=G-09 wetbulb_c=-2.1 threshold_c=-2.5 zone=lower-valley')
    L(150, ctl, 'time="{T:iso_s}" level=warn msg="modbus read timeout" unit=12 register=30021 retry=1')
    L(151, ctl, 'time="{T:iso_s}" level=info msg="modbus retry succeeded" unit=12 register=30021')
    L(300, ctl, 'time="{T:iso_s}" level=info msg="pump station status" station=P2 pressure_bar=%d flow_m3h=%d state=running' % (r.int(36, 42), r.int(150, 260)))
    L(360, ctl, 'time="{T:iso_s}" level=info msg="compressor started" compressor=C1 reason="demand above 70%"')
    L(600, ctl, 'time="{T:iso_s}" level=error msg="sensor out of range, using neighbour" sensor=T-ridge-3 value_c=-99.9 fallback=T-ridge-2')
    L(900, ctl, 'time="{T:iso_s}" level=info msg="gun resumed" gun=G-09 wetbulb_c=-2.9 threshold_c=-2.5')
    L(1200, ctl, 'time="{T:iso_s}" level=info msg="water usage" used_m3=%d permit_m3=2200 pct=%d' % (r.int(300, 600), r.int(14, 27)))
    L(1500, ctl, 'time="{T:iso_s}" level=info msg="night summary so far" guns_running=%d faults=0 alarms_open=0' % r.int(40, 55))
    E(1501, "Normal", "SuccessfulCreate", "CronJob", "snow-depth-report", "snowmaking", "Created job snow-depth-report-%d" % r.int(29400000, 29599999), comp="cronjob-controller")
    L(1800, ctl, 'time="{T:iso_s}" level=info msg="pump station status" station=P2 pressure_bar=%d flow_m3h=%d state=running' % (r.int(36, 42), r.int(150, 260)))
    return rec.build(
        "Night-shift check: is snowmaking running as planned?",
        {"namespace": "snowmaking", "app": "snowmaking-controller"},
        "INFO", "none", None,
        "No incident: snowmaking runs to plan; the wet-bulb pause, the retried Modbus read and the out-of-range sensor with fallback are normal operating events.",
        "The nightly plan loaded and guns are running; one gun paused and later resumed on wet-bulb temperature, a Modbus read succeeded on retry, a faulty ridge sensor was replaced by its neighbour, and the summary shows 0 faults.",
        "None (schedule a check of sensor T-ridge-3 during the day).")


@scenario("ski-healthy-gates-morning", "ski", "lke", "filebeat", None)
def _s_ok_gates(name, rng, s):
    rec = Rec(name, "ski", rng, s["platform"], s["shipper"], "lke-alpen-lifts", s["events"], month=SKI_MONTHS, hour=8, minute=30)
    r, L = rec.r, rec.L
    gw = rec.pod("lifts", "gate-gateway", "gateway")
    cm = rec.pod("cert-manager", "cert-manager", "cert-manager")
    ing = rec.pod("ingress-nginx", "ingress-nginx-controller", "controller")
    def open_(off, gate, kind):
        L(off, gw, "{T:iso}  INFO 1 --- [gate-gateway] [     gate-io-%d] c.a.gates.GateController                 : %s pass %s valid (%s) -> OPEN" % (r.int(1, 8), gate, pass_no(r), kind))
    open_(0, "G-07 (Gondola Valley)", "season pass")
    open_(2, "G-03 (Sonnenbahn 6er)", "day pass")
    L(5, gw, "{T:iso}  INFO 1 --- [gate-gateway] [     gate-io-%d] c.a.gates.GateController                 : G-07 (Gondola Valley) pass %s not valid today (valid from {T:date+86400}) -> DENY" % (r.int(1, 8), pass_no(r)))
    open_(9, "G-07 (Gondola Valley)", "day pass")
    L(20, cm, 'I{T:klog}       1 conditions.go:192] Found status change for Certificate "shop-alpenresort-tls" condition "Ready": "True" -> "True"; setting lastTransitionTime to {T:iso_s}')
    L(21, cm, 'I{T:klog}       1 trigger_controller.go:203] "cert-manager/certificates-trigger: certificate does not require re-issuance. certificate renewal scheduled near expiry time" key="shop/shop-alpenresort-tls"')
    open_(30, "G-11 (Kinderland Förderband)", "kids day pass")
    L(45, gw, "{T:iso}  WARN 1 --- [gate-gateway] [ whitelist-sync] c.a.gates.WhitelistSync                  : whitelist push to G-22 timed out, retry succeeded (attempt 2)")
    L(60, ing, '%s - - [{T:nginx}] "GET /api/lift-status HTTP/2.0" 200 2210 "-" "AlpenApp/3.8 (Android)" 61 0.012 [lifts-lift-status-8080] [] %s:8080 2210 0.012 200 %s' % (r.ip("10.2.0"), r.ip("10.2.1"), r.hex(32)))
    open_(70, "G-03 (Sonnenbahn 6er)", "season pass")
    L(90, gw, "{T:iso}  WARN 1 --- [gate-gateway] [     gate-io-%d] c.a.gates.GateController                 : G-03 (Sonnenbahn 6er) pass %s already used at this gate within 10 min -> DENY (anti-passback)" % (r.int(1, 8), pass_no(r)))
    L(120, ing, '%s - - [{T:nginx}] "GET /api/lift-status HTTP/2.0" 200 2214 "-" "AlpenApp/3.8 (iOS)" 61 0.010 [lifts-lift-status-8080] [] %s:8080 2214 0.010 200 %s' % (r.ip("10.2.0"), r.ip("10.2.1"), r.hex(32)))
    L(300, gw, "{T:iso}  INFO 1 --- [gate-gateway] [    gate-stats] c.a.gates.GateStats                      : last 5 min: %d entries, %d denials (business rules), 0 errors, validator p99 %dms" % (r.int(800, 1400), r.int(5, 20), r.int(30, 80)))
    open_(301, "G-07 (Gondola Valley)", "day pass")
    return rec.build(
        "Morning rush at the lifts: anything wrong with the gate system?",
        {"namespace": "lifts", "app": "gate-gateway"},
        "INFO", "none", None,
        "No incident: gates validate passes normally; the denials are business rules (not valid today, anti-passback), the whitelist push succeeded on retry and the certificate check found nothing to renew.",
        "The gate system handles the morning rush with 0 errors and low validator latency; a few passes are denied by business rules and cert-manager reports the shop certificate as up to date.",
        "None.")



# ===========================================================================
# driver

def build_all():
    records, meta = [], []
    for name in sorted(SCENARIOS):
        s = SCENARIOS[name]
        rng = random.Random(SEED + int(hashlib.sha256(name.encode("utf-8")).hexdigest(), 16))
        rec = s["fn"](name, rng, s)
        records.append(rec)
        meta.append({"name": name, "theme": s["theme"], "platform": s["platform"],
                     "shipper": s["shipper"], "events": s["events"]})
    pairs = list(zip(records, meta))
    random.Random(SEED).shuffle(pairs)  # shuffle the finished records, then number them
    out, out_meta = [], []
    for i, (rec, m) in enumerate(pairs, 1):
        final = {"id": "dev30-%03d" % i}
        final.update(rec)
        out.append(final)
        out_meta.append(m)
    return out, out_meta


def stats(records, meta):
    lines = []
    p = lines.append
    cat = defaultdict(Counter)
    src = defaultdict(Counter)
    plat, ship, evf = Counter(), Counter(), Counter()
    nlines = [len(r["logs"]) for r in records]
    nev = sum(len(r["expected"]["evidence"]) for r in records)
    for r, m in zip(records, meta):
        e = r["expected"]
        cat[e["root_cause_category"]][e["severity"]] += 1
        s = src[r["source"]]
        s["records"] += 1
        s["incidents" if e["root_cause_category"] != "none" else "healthy"] += 1
        s[e["severity"]] += 1
        s["lines"] += len(r["logs"])
        plat[m["platform"]] += 1
        ship[m["shipper"]] += 1
        if m["events"]:
            evf[m["events"]] += 1
    p("records: %d (incidents %d, healthy %d)" % (
        len(records), sum(1 for r in records if r["expected"]["root_cause_category"] != "none"),
        sum(1 for r in records if r["expected"]["root_cause_category"] == "none")))
    p("log lines: total %d, min %d, max %d, mean %.1f; evidence lines %d" % (
        sum(nlines), min(nlines), max(nlines), sum(nlines) / len(nlines), nev))
    p("")
    p("per category (severity counts):")
    for c in sorted(cat):
        p("  %-20s %2d  %s" % (c, sum(cat[c].values()),
                               ", ".join("%s=%d" % (k, cat[c][k]) for k in ("INFO", "WARN", "ERROR", "CRITICAL") if cat[c][k])))
    sev = Counter()
    for c in cat:
        sev.update(cat[c])
    p("  severities overall: " + ", ".join("%s=%d" % (k, sev[k]) for k in ("INFO", "WARN", "ERROR", "CRITICAL")))
    p("")
    p("per source:")
    for s in sorted(src):
        d = src[s]
        p("  %-28s records=%d incidents=%d healthy=%d INFO=%d WARN=%d ERROR=%d CRITICAL=%d lines=%d" % (
            s, d["records"], d["incidents"], d["healthy"], d["INFO"], d["WARN"], d["ERROR"], d["CRITICAL"], d["lines"]))
    p("")
    p("per platform (%d distinct):" % len(plat))
    for k in sorted(plat):
        p("  %-12s %-32s %d" % (k, PLATFORM_NAMES[k], plat[k]))
    p("")
    p("per shipper label convention (%d distinct):" % len(ship))
    for k in sorted(ship):
        p("  %-10s %-46s %d" % (k, SHIPPER_NAMES[k], ship[k]))
    p("")
    p("Kubernetes event exporter formats (%d distinct, records using each):" % len(evf))
    for k in sorted(evf):
        p("  %-12s %-46s %d" % (k, EVENT_FORMAT_NAMES[k], evf[k]))
    return "\n".join(lines)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev30.jsonl"))
    ap.add_argument("--stats", action="store_true", help="print aggregate counts")
    a = ap.parse_args(argv)
    records, meta = build_all()
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)
    print("wrote %d records to %s (sha256 %s)" % (
        len(records), a.out, hashlib.sha256(data.encode("utf-8")).hexdigest()))
    if a.stats:
        print(stats(records, meta))


if __name__ == "__main__":
    main()
