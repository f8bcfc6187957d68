#!/usr/bin/env python3
"""Deterministic generator for the dev28 held-out evaluation set (golden format v1).

Usage:
    python3 make_dev28.py OUT.jsonl [--stats]

Python 3 standard library only.  Every scenario draws from its own
random.Random seeded with SEED + int(SHA-256(scenario name)), so the output is
byte-identical across runs and across PYTHONHASHSEED values.  Record order is
shuffled with a fixed random.Random(SEED) and ids are assigned afterwards.
"""
import argparse
import hashlib
import json
import random
import sys
import uuid
from collections import Counter, OrderedDict
from datetime import datetime, timedelta, timezone

SEED = 202828
UTC = timezone.utc
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
CONS = "bcdfghjklmnpqrstvwxz2456789"
LOWER = "abcdefghijklmnopqrstuvwxyz0123456789"
HEX = "0123456789abcdef"


def rng_for(name):
    digest = hashlib.sha256(name.encode("utf-8")).hexdigest()
    return random.Random(SEED + int(digest, 16))


# --------------------------------------------------------------------------
# time tokens inside line text
# --------------------------------------------------------------------------

def render_time(text, when, uptime):
    if "@" not in text:
        return text
    ms = when.microsecond // 1000
    us = when.microsecond
    d = when
    reps = (
        ("@ISO6@", d.strftime("%Y-%m-%dT%H:%M:%S.") + "%06dZ" % us),
        ("@ISOS@", d.strftime("%Y-%m-%dT%H:%M:%SZ")),
        ("@ISOOFF@", d.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d+00:00" % ms),
        ("@ISO@", d.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % ms),
        ("@JAVAC@", d.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % ms),
        ("@JAVA@", d.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % ms),
        ("@KLOG@", d.strftime("%m%d %H:%M:%S.") + "%06d" % us),
        ("@NGINXERR@", d.strftime("%Y/%m/%d %H:%M:%S")),
        ("@NGINX@", "%02d/%s/%d:%s +0000" % (d.day, MON[d.month - 1], d.year, d.strftime("%H:%M:%S"))),
        ("@HAPROXY@", "%02d/%s/%d:%s.%03d" % (d.day, MON[d.month - 1], d.year, d.strftime("%H:%M:%S"), ms)),
        ("@PG@", d.strftime("%Y-%m-%d %H:%M:%S.") + "%03d UTC" % ms),
        ("@SYSLOG@", "%s %2d %s" % (MON[d.month - 1], d.day, d.strftime("%H:%M:%S"))),
        ("@REDIS@", "%02d %s %d %s.%03d" % (d.day, MON[d.month - 1], d.year, d.strftime("%H:%M:%S"), ms)),
        ("@EPOCHMS@", "%d" % int(d.timestamp() * 1000)),
        ("@EPOCH@", "%.3f" % (int(d.timestamp() * 1000) / 1000.0)),
        ("@GO@", d.strftime("%Y/%m/%d %H:%M:%S")),
        ("@UPTIME@", "%12.6f" % uptime),
        ("@RMQ@", d.strftime("%Y-%m-%d %H:%M:%S.") + "%06d+00:00" % us),
        ("@RAILS6@", d.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d" % us),
        ("@GUNI@", d.strftime("%Y-%m-%d %H:%M:%S") + " +0000"),
        ("@HCLOG@", d.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % ms),
    )
    for k, v in reps:
        if k in text:
            text = text.replace(k, v)
    return text


# --------------------------------------------------------------------------
# Kubernetes distributions and their node naming styles
# --------------------------------------------------------------------------

def _s(r, n, alphabet=LOWER):
    return "".join(r.choice(alphabet) for _ in range(n))


def node_name(distro, r, cluster, i):
    if distro == "eks":
        region = cluster.split("|")[1]
        return "ip-10-%d-%d-%d.%s.compute.internal" % (r.choice([0, 1, 2, 16, 32]), r.randrange(1, 250), r.randrange(2, 254), region)
    if distro == "gke":
        return "gke-%s-default-pool-%s-%s" % (cluster, _s(r, 8, HEX), _s(r, 4))
    if distro == "aks":
        return "aks-%s-%d-vmss%06x" % (r.choice(["nodepool1", "userpool", "apps"]), r.randrange(10000000, 99999999), r.randrange(0, 40))
    if distro == "openshift":
        return "%s-worker-%s-%s" % (cluster, r.choice(["eastus1", "eastus2", "eastus3", "a", "b", "c"]), _s(r, 5))
    if distro == "k3s":
        return r.choice(["k3s-agent-", "edge-", "rpi-"]) + "%02d" % (i + 1)
    if distro == "rke2":
        return "rke2-worker-%02d.%s" % (i + 1, r.choice(["ops.lan", "dc1.local", "prod.internal"]))
    if distro == "talos":
        return "talos-%s-%s" % (_s(r, 3), _s(r, 3))
    if distro == "kubeadm":
        return "k8s-worker-%02d" % (i + 1)
    if distro == "doks":
        return "pool-%s-%s" % (_s(r, 9), _s(r, 5))
    if distro == "oke":
        return "10.0.%d.%d" % (r.choice([10, 20, 30]), r.randrange(2, 254))
    if distro == "lke":
        return "lke%d-%d-%s" % (r.randrange(100000, 299999), r.randrange(100000, 399999), _s(r, 12, HEX))
    if distro == "kapsule":
        return "scw-%s-default-%s" % (cluster, _s(r, 32, HEX))
    if distro == "tanzu":
        return "%s-np1-%s-%s-%s" % (cluster, _s(r, 5), _s(r, 10, CONS), _s(r, 5))
    if distro == "k0s":
        return "k0s-worker-%d" % (i + 1)
    if distro == "microk8s":
        return "mk8s-%02d" % (i + 1)
    if distro == "civo":
        return "k3s-%s-%s-node-pool-%s" % (cluster, _s(r, 8, HEX), _s(r, 4, HEX))
    if distro == "hetzner":
        return "%s-agent-cpx41-%s" % (cluster, _s(r, 3))
    if distro == "iks":
        return "10.%d.%d.%d" % (r.choice([171, 188, 194]), r.randrange(1, 250), r.randrange(2, 254))
    if distro == "ack":
        return "cn-hangzhou.192.168.%d.%d" % (r.randrange(0, 16), r.randrange(2, 254))
    raise ValueError(distro)


POD_CIDR = {
    "eks": "10.0", "gke": "10.8", "aks": "10.244", "openshift": "10.128", "k3s": "10.42",
    "rke2": "10.42", "talos": "10.244", "kubeadm": "192.168", "doks": "10.244", "oke": "10.244",
    "lke": "10.2", "kapsule": "100.64", "tanzu": "192.168", "k0s": "10.244", "microk8s": "10.1",
    "civo": "10.42", "hetzner": "10.42", "iks": "172.30", "ack": "172.20",
}
DNS_IP = {
    "eks": "172.20.0.10", "gke": "10.12.0.10", "aks": "10.0.0.10", "openshift": "172.30.0.10",
    "k3s": "10.43.0.10", "rke2": "10.43.0.10", "talos": "10.96.0.10", "kubeadm": "10.96.0.10",
    "doks": "10.245.0.10", "oke": "10.96.5.5", "lke": "10.128.0.10", "kapsule": "10.32.0.10",
    "tanzu": "10.96.0.10", "k0s": "10.96.0.10", "microk8s": "10.152.183.10", "civo": "10.43.0.10",
    "hetzner": "10.43.0.10", "iks": "172.21.0.10", "ack": "192.168.0.10",
}
RUNTIME = {"openshift": "crio", "iks": "containerd"}


# --------------------------------------------------------------------------
# Record context
# --------------------------------------------------------------------------

class Workload(object):
    def __init__(self, ctx, ns, name, container, node, app, kind, drop_node, drop_app, pod):
        self.ctx = ctx
        self.ns = ns
        self.name = name
        self.container = container
        self.node = node
        self.app = app
        self.kind = kind
        self.drop_node = drop_node
        self.drop_app = drop_app
        if pod is None:
            pod = ctx.pod_name(name, kind)
        self.pod = pod
        self.ip = ctx.pod_ip()
        self.labels = ctx.container_labels(ns, pod, container, node, app, drop_node, drop_app, kind, name)

    def __call__(self, text, ev=False, dt=None):
        self.ctx.add(self.labels, text, ev, dt)

    def with_pod(self, pod=None, node=None, new_rs=False):
        """Another replica of the same workload (optionally on another node).

        Deployment replicas share the ReplicaSet hash unless new_rs is set (a rollout)."""
        nn = node if node is not None else self.node
        if isinstance(nn, int):
            nn = self.ctx.nodes[nn]
        if pod is None and self.kind == "deploy" and not new_rs:
            pod = "%s-%s" % (self.pod.rsplit("-", 1)[0], _s(self.ctx.rng, 5, CONS))
        elif pod is None and self.kind == "ds":
            pod = "%s-%s" % (self.name, _s(self.ctx.rng, 5, CONS))
        return Workload(self.ctx, self.ns, self.name, self.container, nn, self.app, self.kind,
                        self.drop_node, self.drop_app, pod)


class Ctx(object):
    def __init__(self, name, theme, distro, conv, evconv=None, nodeconv=None, cluster=None):
        self.name = name
        self.theme = theme
        self.distro = distro
        self.conv = conv
        self.evconv = evconv
        self.nodeconv = nodeconv
        r = self.rng = rng_for(name)
        if cluster is None:
            cluster = r.choice({"parks": ["parkops", "resort-prod", "attractions"],
                                "clinics": ["clinicnet", "care-prod", "dentopt"],
                                "charity": ["giving", "donate-prod", "impact"]}[theme])
        if distro == "eks":
            self.region = r.choice(["eu-west-1", "us-east-2", "ca-central-1", "ap-southeast-2"])
            key = cluster + "|" + self.region
        else:
            self.region = None
            key = cluster
        self.cluster = cluster
        names = []
        i = 0
        while len(names) < 6:
            n = node_name(distro, r, key, i)
            i += 1
            if n not in names:
                names.append(n)
        self.nodes = names
        self.cidr = POD_CIDR[distro]
        self.dns_ip = DNS_IP[distro]
        self.runtime = RUNTIME.get(distro, "containerd")
        self.base = datetime(2026, 1, 6, tzinfo=UTC) + timedelta(days=r.randrange(0, 165),
                                                                  seconds=r.randrange(5 * 3600, 21 * 3600),
                                                                  microseconds=r.randrange(0, 1000000))
        self.uptime0 = r.uniform(90000.0, 2900000.0)
        self.items = []
        self.t = 0.0
        self.kubelet_pid = r.randrange(600, 4000)
        self.used_ips = set()

    # ---- helpers -------------------------------------------------------
    def pod_name(self, name, kind="deploy"):
        r = self.rng
        if kind == "sts":
            return "%s-%d" % (name, r.randrange(0, 3))
        if kind == "job":
            return "%s-%d-%s" % (name, r.randrange(29400000, 29599999), _s(r, 5, CONS))
        if kind == "ds":
            return "%s-%s" % (name, _s(r, 5, CONS))
        return "%s-%s-%s" % (name, _s(r, r.choice([9, 10]), CONS), _s(r, 5, CONS))

    def pod_ip(self):
        r = self.rng
        while True:
            if self.cidr.count(".") == 1:
                ip = "%s.%d.%d" % (self.cidr, r.randrange(0, 8), r.randrange(2, 250))
            else:
                ip = "%s.%d" % (self.cidr, r.randrange(2, 250))
            if ip not in self.used_ips:
                self.used_ips.add(ip)
                return ip

    def ip(self):
        return self.pod_ip()

    def hexs(self, n):
        return _s(self.rng, n, HEX)

    def alnum(self, n):
        return _s(self.rng, n, LOWER)

    def uid(self):
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def pick(self, seq):
        return self.rng.choice(seq)

    def ri(self, a, b):
        return self.rng.randint(a, b)

    def rf(self, a, b):
        return self.rng.uniform(a, b)

    def pub_ip(self):
        r = self.rng
        return "%d.%d.%d.%d" % (r.choice([23, 31, 45, 66, 78, 82, 91, 104, 109, 141, 146, 176, 185, 188, 194, 203, 212]),
                                r.randrange(1, 255), r.randrange(1, 255), r.randrange(2, 254))

    # ---- labels for container logs ---------------------------------
    def container_labels(self, ns, pod, container, node, app, drop_node, drop_app, kind, name):
        c = self.conv
        if drop_node:
            node = None
        if drop_app:
            app = None
        L = OrderedDict()
        if c == "promtail":
            L["namespace"] = ns
            L["pod"] = pod
            L["container"] = container
            L["app"] = app
            L["node_name"] = node
            L["job"] = "%s/%s" % (ns, app or container)
            L["stream"] = "stdout"
        elif c == "alloy":
            L["cluster"] = self.cluster
            L["namespace"] = ns
            L["pod"] = pod
            L["container"] = container
            L["job"] = "%s/%s" % (ns, container)
            L["service_name"] = app or container
            L["app_kubernetes_io_name"] = app
        elif c == "fluentbit":
            L["job"] = "fluent-bit"
            L["kubernetes_namespace_name"] = ns
            L["kubernetes_pod_name"] = pod
            L["kubernetes_container_name"] = container
            L["kubernetes_host"] = node
            L["kubernetes_labels_app"] = app
        elif c == "vector":
            L["source_type"] = "kubernetes_logs"
            L["kubernetes_pod_namespace"] = ns
            L["kubernetes_pod_name"] = pod
            L["kubernetes_container_name"] = container
            L["kubernetes_pod_node_name"] = node
            L["kubernetes_pod_labels_app_kubernetes_io_name"] = app
        elif c == "otel":
            L["service_name"] = app or container
            L["k8s_cluster_name"] = self.cluster
            L["k8s_namespace_name"] = ns
            L["k8s_pod_name"] = pod
            L["k8s_container_name"] = container
            key = {"sts": "k8s_statefulset_name", "ds": "k8s_daemonset_name", "job": "k8s_job_name"}.get(kind, "k8s_deployment_name")
            L[key] = name if kind != "job" else pod.rsplit("-", 1)[0]
        elif c == "openshift":
            L["log_type"] = "application" if not ns.startswith("openshift-") else "infrastructure"
            L["kubernetes_namespace_name"] = ns
            L["kubernetes_pod_name"] = pod
            L["kubernetes_container_name"] = container
            L["kubernetes_host"] = node
        elif c == "filebeat":
            L["agent_type"] = "filebeat"
            L["data_stream_dataset"] = "kubernetes.container_logs"
            L["kubernetes_namespace"] = ns
            L["kubernetes_pod_name"] = pod
            L["kubernetes_container_name"] = container
            L["kubernetes_node_name"] = node
            L["kubernetes_labels_app"] = app
        elif c == "datadog":
            L["source"] = container
            L["service"] = app
            L["kube_cluster_name"] = self.cluster
            L["kube_namespace"] = ns
            L["pod_name"] = pod
            L["kube_container_name"] = container
            L["host"] = node
        elif c == "fluentd":
            L["tag"] = "kubernetes.var.log.containers"
            L["namespace_name"] = ns
            L["pod_name"] = pod
            L["container_name"] = container
            L["host"] = node
            L["app"] = app
        elif c == "splunk":
            L["index"] = "k8s_apps"
            L["sourcetype"] = "kube:container:%s" % container
            L["k8s_cluster_name"] = self.cluster
            L["k8s_namespace_name"] = ns
            L["k8s_pod_name"] = pod
            L["container_name"] = container
            L["k8s_node_name"] = node
        elif c == "logstash":
            L["pipeline"] = "k8s-containers"
            L["kube_namespace"] = ns
            L["kube_pod"] = pod
            L["kube_container"] = container
            L["beat_hostname"] = node
            L["kube_label_app"] = app
        else:
            raise ValueError(c)
        return OrderedDict((k, v) for k, v in L.items() if v is not None)

    def wl(self, ns, name, container=None, node=0, app=None, kind="deploy", drop_node=False, drop_app=False, pod=None):
        if container is None:
            container = name
        if app is None:
            app = name
        nn = self.nodes[node] if isinstance(node, int) else node
        return Workload(self, ns, name, container, nn, app, kind, drop_node, drop_app, pod)

    # ---- adding lines --------------------------------------------------
    def add(self, labels, text, ev=False, dt=None):
        if dt is None:
            dt = self.rng.uniform(0.06, 2.6)
        self.t += dt
        self.items.append((self.t, OrderedDict(labels), text, bool(ev)))

    def gap(self, seconds):
        self.t += seconds

    # ---- Kubernetes events ----------------------------------------------
    def event(self, ns, kind, obj, reason, msg, etype="Warning", comp="kubelet", host=None, count=1,
              ev=False, dt=None, fieldpath=None):
        conv = self.evconv
        host = host or ""
        evname = "%s.%s" % (obj, self.hexs(16))
        if conv == "event-exporter":
            labels = OrderedDict([("job", "kubernetes-event-exporter"), ("namespace", ns)])
            io = OrderedDict([("kind", kind), ("namespace", ns), ("name", obj),
                              ("uid", self.uid()), ("apiVersion", "v1" if kind in ("Pod", "Node", "PersistentVolumeClaim", "Service", "Endpoints") else ("apps/v1" if kind in ("Deployment", "ReplicaSet", "StatefulSet", "DaemonSet") else "batch/v1")),
                              ("resourceVersion", str(self.ri(1000000, 99999999)))])
            if fieldpath:
                io["fieldPath"] = fieldpath
            if kind == "Node":
                io.pop("namespace")
            d = OrderedDict([
                ("metadata", OrderedDict([("name", evname), ("namespace", ns), ("creationTimestamp", "@ISOS@")])),
                ("reason", reason), ("message", msg),
                ("source", OrderedDict([("component", comp)] + ([("host", host)] if host else []))),
                ("firstTimestamp", "@ISOS@"), ("lastTimestamp", "@ISOS@"), ("count", count), ("type", etype),
                ("involvedObject", io), ("reportingComponent", comp), ("reportingInstance", host)])
            line = json.dumps(d, separators=(",", ":"))
        elif conv == "alloy-events":
            labels = OrderedDict([("job", "loki.source.kubernetes_events"), ("instance", "%s/%s" % (ns, "alloy-singleton")), ("namespace", ns)])
            parts = ["name=%s" % evname, "kind=%s" % kind, "action=%s" % {"Scheduled": "Binding", "Killing": "Killing"}.get(reason, ""),
                     "objectAPIversion=v1", "objectRV=%d" % self.ri(100000, 9999999), "eventRV=%d" % self.ri(100000, 9999999),
                     "reportingcontroller=%s" % comp]
            if host:
                parts.append("sourcehost=%s" % host)
            parts += ["reason=%s" % reason, "type=%s" % etype, "count=%d" % count, "msg=%s" % json.dumps(msg)]
            line = " ".join(parts)
        elif conv == "otel-k8sobjects":
            labels = OrderedDict([("service_name", "k8s-events"), ("k8s_namespace_name", ns), ("k8s_resource_name", "events"), ("event_domain", "k8s")])
            obj_d = OrderedDict([
                ("apiVersion", "events.k8s.io/v1"), ("kind", "Event"),
                ("metadata", OrderedDict([("name", evname), ("namespace", ns), ("creationTimestamp", "@ISOS@")])),
                ("eventTime", "@ISO6@"), ("reason", reason), ("note", msg), ("type", etype),
                ("regarding", OrderedDict([("kind", kind), ("name", obj), ("namespace", ns)] + ([("fieldPath", fieldpath)] if fieldpath else []))),
                ("reportingController", comp), ("reportingInstance", host),
                ("deprecatedCount", count)])
            line = json.dumps(OrderedDict([("type", "ADDED"), ("object", obj_d)]), separators=(",", ":"))
        elif conv == "otel-k8sevents":
            labels = OrderedDict([("service_name", "k8s_events"), ("k8s_namespace_name", ns), ("k8s_object_kind", kind),
                                  ("k8s_object_name", obj), ("k8s_event_reason", reason), ("severity_text", etype)])
            line = msg
        else:
            raise ValueError("no event convention for %s" % self.name)
        self.add(labels, line, ev, dt)

    # ---- node streams ----------------------------------------------------
    def nodelog(self, node, unit, text, ev=False, dt=None, ident=None, pid=None):
        """unit: kubelet.service, containerd.service, crio.service, kernel, systemd ..."""
        nn = self.nodes[node] if isinstance(node, int) else node
        conv = self.nodeconv
        if conv == "journal":
            labels = OrderedDict([("job", "node-journal"), ("host", nn)])
            if unit == "kernel":
                labels["transport"] = "kernel"
            else:
                labels["unit"] = unit
                labels["transport"] = "stdout" if unit.endswith(".service") and unit not in ("systemd",) else "journal"
            line = text
        elif conv == "syslog":
            ident = ident or {"kubelet.service": "kubelet", "containerd.service": "containerd", "crio.service": "crio",
                              "kernel": "kernel", "systemd": "systemd", "k3s.service": "k3s", "rke2-agent.service": "rke2",
                              "snap.microk8s.daemon-kubelite.service": "microk8s.daemon-kubelite"}.get(unit, unit)
            labels = OrderedDict([("job", "syslog"), ("hostname", nn), ("app_name", ident),
                                  ("facility", "kern" if unit == "kernel" else "daemon")])
            if unit == "kernel" or pid is None:
                if unit == "kernel":
                    line = "@SYSLOG@ %s kernel: %s" % (nn, text)
                elif ident == "systemd":
                    line = "@SYSLOG@ %s systemd[1]: %s" % (nn, text)
                else:
                    line = "@SYSLOG@ %s %s[%d]: %s" % (nn, ident, self.kubelet_pid, text)
            else:
                line = "@SYSLOG@ %s %s[%d]: %s" % (nn, ident, pid, text)
        else:
            raise ValueError("no node convention for %s" % self.name)
        self.add(labels, line, ev, dt)

    def kern(self, node, text, ev=False, dt=None):
        self.nodelog(node, "kernel", "[@UPTIME@] " + text, ev, dt)

    def klog(self, level, src, msg, pid=None):
        return "%s@KLOG@ %7d %s] %s" % (level, pid or self.kubelet_pid, src, msg)

    # ---- common line shapes ----------------------------------------------
    def ingress(self, w, method, path, status, upstream, up_addr, rt=None, size=None, ua=None, client=None, upstatus=None):
        r = self.rng
        rt = rt if rt is not None else r.uniform(0.004, 0.180)
        size = size if size is not None else r.randrange(120, 9000)
        ua = ua or r.choice(UAS)
        client = client or self.pub_ip()
        ups = upstatus if upstatus is not None else str(status)
        line = '%s - - [@NGINX@] "%s %s HTTP/%s" %d %d "-" "%s" %d %.3f [%s] [] %s %d %.3f %s %s' % (
            client, method, path, r.choice(["1.1", "2.0"]), status, size, ua, r.randrange(300, 1400), rt,
            upstream, up_addr, size if ups != "-" else 0, rt if ups != "-" else 0.0, ups, self.hexs(32))
        w(line)

    def ingress_line(self, method, path, status, upstream, up_addr, rt=None, size=None, ua=None, client=None, upstatus=None):
        r = self.rng
        rt = rt if rt is not None else r.uniform(0.004, 0.180)
        size = size if size is not None else r.randrange(120, 9000)
        ua = ua or r.choice(UAS)
        client = client or self.pub_ip()
        ups = upstatus if upstatus is not None else str(status)
        return '%s - - [@NGINX@] "%s %s HTTP/%s" %d %d "-" "%s" %d %.3f [%s] [] %s %s %s %s %s' % (
            client, method, path, r.choice(["1.1", "2.0"]), status, size, ua, r.randrange(300, 1400), rt,
            upstream, up_addr, str(size) if ups != "-" else "0", ("%.3f" % rt) if ups != "-" else "-", ups, self.hexs(32))

    def envoy(self, method, path, status, flags, dur, host, upstream, ups_dur=None, details=None, rx=0, tx=None):
        r = self.rng
        tx = tx if tx is not None else (r.randrange(60, 6000) if status < 400 else r.randrange(19, 120))
        ud = ("%d" % ups_dur) if ups_dur is not None else "-"
        return '[@ISO@] "%s %s HTTP/1.1" %d %s %s %d %d %d %s "%s" "%s" "%s" "%s" "%s"' % (
            method, path, status, flags, details or ("via_upstream" if status < 500 else "-"), rx, tx, dur, ud,
            self.pub_ip(), r.choice(UAS), self.uid(), host, upstream)

    def nginx(self, method, path, status, size=None, ua=None, client=None, rt=None):
        r = self.rng
        size = size if size is not None else r.randrange(80, 12000)
        ua = ua or r.choice(UAS)
        client = client or self.ip()
        return '%s - - [@NGINX@] "%s %s HTTP/1.1" %d %d "-" "%s"%s' % (
            client, method, path, status, size, ua, (" rt=%.3f" % rt) if rt is not None else "")


UAS = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.64 Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15",
    "okhttp/4.12.0",
    "Dart/3.2 (dart:io)",
]
SCANNER_UAS = [
    "Mozilla/5.0 (compatible; CensysInspect/1.1; +https://about.censys.io/)",
    "Mozilla/5.0 zgrab/0.x",
    "python-requests/2.31.0",
    "Mozilla/5.0 (X11; Linux x86_64; rv:109.0) Gecko/20100101 Firefox/115.0",
]
SCANNER_PATHS = ["/wp-login.php", "/.env", "/.git/config", "/phpmyadmin/index.php", "/cgi-bin/luci/;stok=/locale",
                 "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php", "/actuator/gateway/routes", "/server-status",
                 "/xmlrpc.php", "/.aws/credentials", "/owa/auth/logon.aspx"]


# --------------------------------------------------------------------------
# Scenario registry
# --------------------------------------------------------------------------

SCENARIOS = []


def scenario(name, theme, distro, conv, evconv=None, nodeconv=None, qkind="open", cluster=None):
    def deco(fn):
        SCENARIOS.append(dict(name=name, theme=theme, distro=distro, conv=conv, evconv=evconv,
                              nodeconv=nodeconv, qkind=qkind, fn=fn, cluster=cluster))
        return fn
    return deco


def sel(ns=None, pod=None, container=None, node=None, app=None):
    return OrderedDict([("namespace", ns), ("pod", pod), ("container", container), ("node", node), ("app", app)])


def exp(severity, category, component, root_cause, summary, action):
    e = OrderedDict([("severity", severity), ("root_cause_category", category)])
    if component is not None:
        e["component"] = component
    e["root_cause"] = root_cause
    e["summary"] = summary
    e["action"] = action
    return e



# ---- line-shape helpers ----------------------------------------------------

def spring(level, app, thread, logger, msg):
    return "@ISO@ %5s 1 --- [%s] [%15s] %-40s : %s" % (level, app, thread[-15:], logger, msg)


def pylog(level, logger, msg):
    return "@JAVAC@ %s [%s] %s" % (level, logger, msg)


def zapj(**kw):
    d = OrderedDict()
    d["level"] = kw.pop("level", "info")
    d["ts"] = "@EPOCH@"
    for k, v in kw.items():
        d[k] = v
    return json.dumps(d, separators=(",", ":")).replace('"@EPOCH@"', "@EPOCH@")


def pino(level, msg, **kw):
    d = OrderedDict([("level", {"debug": 20, "info": 30, "warn": 40, "error": 50, "fatal": 60}[level]),
                     ("time", "@EPOCHMS@"), ("pid", 1)])
    host = kw.pop("hostname", None)
    if host:
        d["hostname"] = host
    for k, v in kw.items():
        d[k] = v
    d["msg"] = msg
    return json.dumps(d, separators=(",", ":")).replace('"@EPOCHMS@"', "@EPOCHMS@")


def slog(level, msg, **kw):
    parts = ["time=@ISO@", "level=%s" % level, "msg=%s" % json.dumps(msg)]
    for k, v in kw.items():
        if isinstance(v, str) and (" " in v or '"' in v or "=" in v or v == ""):
            v = json.dumps(v)
        parts.append("%s=%s" % (k, v))
    return " ".join(parts)


def logrus(level, msg, **kw):
    parts = ['time="@ISOS@"', "level=%s" % level, "msg=%s" % json.dumps(msg)]
    for k, v in kw.items():
        if isinstance(v, str) and (" " in v or '"' in v or "=" in v or v == ""):
            v = json.dumps(v)
        parts.append("%s=%s" % (k, v))
    return " ".join(parts)


def rails(level, reqid, msg, pid=1):
    tag = "[%s] " % reqid if reqid else ""
    return "%s, [@RAILS6@ #%d] %5s -- : %s%s" % (level[0], pid, level, tag, msg)


def uvicorn(client, method, path, status):
    reason = {200: "OK", 201: "Created", 204: "No Content", 400: "Bad Request", 401: "Unauthorized", 404: "Not Found",
              409: "Conflict", 422: "Unprocessable Entity", 429: "Too Many Requests", 500: "Internal Server Error",
              502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout"}[status]
    return 'INFO:     %s - "%s %s HTTP/1.1" %d %s' % (client, method, path, status, reason)


def dotnet(level, category, msg, event_id=0, **state):
    d = OrderedDict([("Timestamp", "@ISO@"), ("EventId", event_id), ("LogLevel", level), ("Category", category), ("Message", msg)])
    if "Exception" in state:
        d["Exception"] = state.pop("Exception")
    if state:
        d["State"] = OrderedDict(state)
    return json.dumps(d, separators=(",", ":"))


def ecsj(level, logger, msg, **kw):
    d = OrderedDict([("@timestamp", "@ISO@"), ("log.level", level), ("message", msg), ("ecs.version", "1.2.0"),
                     ("service.name", kw.pop("service", None)), ("log.logger", logger)])
    for k, v in kw.items():
        d[k] = v
    return json.dumps(OrderedDict((k, v) for k, v in d.items() if v is not None), separators=(",", ":"))


# SCENARIO DEFINITIONS ------------------------------------------------------


# ===== theme: theme parks and ski resorts =====================================

@scenario("parks-ride-ops-steady", "parks", "kapsule", "promtail", evconv="alloy-events", qkind="open")
def _p_ride_ops_steady(R):
    ns = "ride-ops"
    ing = R.wl("ingress-nginx", "ingress-nginx-controller", container="controller", node=0, app="ingress-nginx")
    tel = R.wl(ns, "ride-telemetry-ingest", node=1)
    lift = R.wl(ns, "ride-status-api", node=2)
    vq_old = R.wl(ns, "virtual-queue", node=3)
    vq_new = vq_old.with_pod(node=4, new_rs=True)
    tag = "rg.fr-par.scw.cloud/parkops/virtual-queue:3.18.%d" % R.ri(2, 9)
    tel(zapj(caller="mqttbridge/consumer.go:142", msg="batch committed", topic="rides/+/cycle", messages=R.ri(300, 520), lag=0))
    R.ingress(ing, "GET", "/api/v2/queue/return-times?ride=RC-0%d" % R.ri(1, 9), 200, "ride-ops-virtual-queue-8000", "%s:8000" % vq_old.ip)
    lift(pino("info", "request completed", hostname=lift.pod, reqId="req-%d" % R.ri(1000, 9999),
              res={"statusCode": 200}, responseTime=round(R.rf(3, 19), 2)))
    R.event(ns, "Pod", vq_new.pod, "Scheduled", "Successfully assigned %s/%s to %s" % (ns, vq_new.pod, R.nodes[4]),
            etype="Normal", comp="default-scheduler")
    R.event(ns, "Pod", vq_new.pod, "Pulling", 'Pulling image "%s"' % tag, etype="Normal", host=R.nodes[4], fieldpath="spec.containers{virtual-queue}")
    tel(zapj(caller="mqttbridge/consumer.go:142", msg="batch committed", topic="rides/+/cycle", messages=R.ri(300, 520), lag=0))
    R.event(ns, "Pod", vq_new.pod, "Pulled", 'Successfully pulled image "%s" in 2.%03ds (2.%03ds including waiting). Image size: %d bytes.' % (tag, R.ri(100, 999), R.ri(100, 999), R.ri(58000000, 71000000)),
            etype="Normal", host=R.nodes[4], fieldpath="spec.containers{virtual-queue}")
    R.event(ns, "Pod", vq_new.pod, "Created", "Created container virtual-queue", etype="Normal", host=R.nodes[4])
    R.event(ns, "Pod", vq_new.pod, "Started", "Started container virtual-queue", etype="Normal", host=R.nodes[4])
    vq_new("INFO:     Started server process [1]")
    vq_new("INFO:     Waiting for application startup.")
    R.event(ns, "Pod", vq_new.pod, "Unhealthy", 'Startup probe failed: Get "http://%s:8000/healthz": dial tcp %s:8000: connect: connection refused' % (vq_new.ip, vq_new.ip),
            host=R.nodes[4], fieldpath="spec.containers{virtual-queue}")
    vq_new(pylog("INFO", "vq.cache", "warmed return-time cache: 23 rides, 4 shows, 0 closed"))
    vq_new("INFO:     Application startup complete.")
    vq_new("INFO:     Uvicorn running on http://0.0.0.0:8000 (Press CTRL+C to quit)")
    vq_new(uvicorn("%s:%d" % (R.ip(), R.ri(30000, 60000)), "GET", "/healthz", 200))
    R.event(ns, "Pod", vq_old.pod, "Killing", "Stopping container virtual-queue", etype="Normal", host=R.nodes[3])
    vq_old("INFO:     Shutting down")
    vq_old("INFO:     Waiting for application shutdown.")
    vq_old("INFO:     Application shutdown complete.")
    vq_old("INFO:     Finished server process [1]")
    R.ingress(ing, "GET", SCANNER_PATHS[R.ri(0, 4)], 404, "upstream-default-backend", "127.0.0.1:8181", ua=R.pick(SCANNER_UAS))
    lift(pino("warn", "session expired", hostname=lift.pod, reqId="req-%d" % R.ri(1000, 9999),
              res={"statusCode": 401}, path="/v1/me/favourites"))
    vq_new(uvicorn("%s:%d" % (R.ip(), R.ri(30000, 60000)), "POST", "/api/v2/queue/join", 201))
    R.ingress(ing, "POST", "/api/v2/queue/join", 201, "ride-ops-virtual-queue-8000", "%s:8000" % vq_new.ip)
    tel(zapj(level="warn", caller="frames/validate.go:77", msg="late telemetry frame dropped", ride="RC-0%d" % R.ri(1, 9), skew_ms=R.ri(2100, 4800)))
    lift(pino("info", "request completed", hostname=lift.pod, reqId="req-%d" % R.ri(1000, 9999),
              res={"statusCode": 200}, responseTime=round(R.rf(3, 19), 2)))
    tel(zapj(caller="metrics/report.go:51", msg="ingest stats", window="60s", frames_ok=R.ri(21000, 26000), frames_err=0, dlq=0))
    R.ingress(ing, "GET", "/api/v1/rides/status", 200, "ride-ops-ride-status-api-3000", "%s:3000" % lift.ip)
    vq_new(uvicorn("%s:%d" % (R.ip(), R.ri(30000, 60000)), "GET", "/api/v2/queue/return-times?ride=DK-02", 200))
    return dict(
        question="Anything wrong in ride-ops this morning?",
        selector=sel(ns=ns),
        expected=exp("INFO", "none", None,
                     "No incident: routine rollout of the virtual queue service and normal telemetry ingestion.",
                     "The virtual-queue rollout completed (one startup probe miss before the app finished starting), telemetry batches commit with zero errors, and the only 4xx are an expired session and a scanner probe.",
                     "No action needed."))


@scenario("parks-lift-gates-steady", "parks", "k3s", "fluentbit", nodeconv="journal", qkind="specific")
def _p_lift_gates_steady(R):
    ns = "lift-tickets"
    gw = R.wl(ns, "rfid-gate-gateway", container="gateway", node=0)
    gw2 = gw.with_pod(node=1)
    sp = R.wl(ns, "season-pass-web", container="rails", node=2, app="season-pass")
    kc = R.wl(ns, "pass-events-consumer", node=1, drop_app=True)
    app = "rfid-gate-gateway"
    def gate(w, gate_id, res, ms, extra=""):
        w(spring("INFO", app, "gate-io-%d" % R.ri(1, 8), "c.p.g.validation.GateValidator",
                 "gate=%s chip=E280%s result=%s latencyMs=%d%s" % (gate_id, R.hexs(8).upper(), res, ms, extra)))
    gate(gw, "L4-G2", "ACCEPT", R.ri(8, 22))
    gate(gw2, "L2-G1", "ACCEPT", R.ri(8, 22))
    R.nodelog(0, "k3s-agent.service", R.klog("I", "kubelet.go:2474", '"SyncLoop (probe)" probe="readiness" status="ready" pod="%s/%s"' % (ns, gw.pod)))
    sp(rails("INFO", (_rid := R.uid()), 'Started GET "/passes/%d" for %s at @JAVA@ +0000' % (R.ri(100000, 999999), R.pub_ip())))
    _ms = R.ri(20, 80)
    sp(rails("INFO", _rid, "Completed 200 OK in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)" % (_ms, R.rf(5, 20), R.rf(2, 12), R.ri(3000, 9000))), dt=_ms / 1000.0 + R.rf(0.001, 0.02))
    gate(gw, "L4-G2", "REJECT", R.ri(9, 20), " reason=PASS_BLACKOUT_DATE product=VALUE-4DAY")
    gw("[@ISO@][info][gc] GC(%d) Pause Young (Normal) (G1 Evacuation Pause) %dM->%dM(1024M) %.3fms" % (R.ri(1200, 3000), R.ri(540, 700), R.ri(110, 170), R.rf(9, 24)))
    kc(pylog("INFO", "consumer", "partition pass-events-3 committed offset=%d lag=0" % R.ri(800000, 900000)))
    sp(rails("INFO", (_rid := R.uid()), 'Started PATCH "/account/auto_renew" for %s at @JAVA@ +0000' % R.pub_ip()))
    sp(rails("INFO", _rid, "Completed 401 Unauthorized in 4ms (ActiveRecord: 0.9ms | Allocations: 812)"), dt=4 / 1000.0 + R.rf(0.001, 0.02))
    gate(gw2, "L2-G1", "ACCEPT", R.ri(8, 22))
    R.nodelog(1, "k3s-agent.service", R.klog("W", "machine.go:65", "Cannot read vendor id correctly, set empty."))
    gate(gw, "L4-G3", "ACCEPT", R.ri(8, 22))
    gw(spring("WARN", app, "gate-io-3", "c.p.g.reader.ReaderSession", "reader L4-G3 re-sent frame (CRC mismatch), accepted on retry 1"))
    gate(gw, "L4-G3", "ACCEPT", R.ri(8, 22))
    R.nodelog(2, "k3s-agent.service", R.klog("I", "container_gc.go:88", '"Attempting to delete unused containers"'))
    kc(pylog("INFO", "consumer", "partition pass-events-1 committed offset=%d lag=0" % R.ri(700000, 800000)))
    sp(rails("INFO", (_rid := R.uid()), 'Started GET "/lifts/status.json" for %s at @JAVA@ +0000' % R.pub_ip()))
    _ms = R.ri(20, 80)
    sp(rails("INFO", _rid, "Completed 200 OK in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)" % (_ms, R.rf(5, 20), R.rf(2, 12), R.ri(3000, 9000))), dt=_ms / 1000.0 + R.rf(0.001, 0.02))
    gate(gw2, "L2-G2", "ACCEPT", R.ri(8, 22))
    gw(spring("INFO", app, "scheduling-1", "c.p.g.metrics.GateStats", "last 5m: validations=%d accepted=%d rejected=%d readerErrors=0 p99Ms=%d" % (1840, 1829, 11, R.ri(30, 48))))
    R.nodelog(0, "k3s-agent.service", R.klog("I", "kubelet_getters.go:218", '"Pod status updated" pod="kube-system/svclb-traefik-%s" status="Running"' % R.alnum(5)))
    return dict(
        question="Skiers at lift 4 said the gates beeped at them - do the logs show gate validation problems?",
        selector=sel(ns=ns),
        expected=exp("INFO", "none", None,
                     "No incident: the gates validate passes normally; the rejects are business rules (blackout dates).",
                     "Gate validations are fast and accepted apart from blackout-date rejections; a reader CRC retry succeeded, the 401 is an expired session and kubelet messages are routine.",
                     "No action needed; explain the blackout-date rejection to guest services."))


@scenario("parks-food-court-pos-steady", "parks", "hetzner", "vector", evconv="otel-k8sevents", qkind="misleading")
def _p_pos_steady(R):
    ns = "fnb-pos"
    sync = R.wl(ns, "pos-sync", node=0)
    menu = R.wl(ns, "menu-service", container="menu", node=1)
    redis = R.wl(ns, "pos-redis", container="redis", node=2, kind="sts", pod="pos-redis-0")
    sync(dotnet("Warning", "Microsoft.AspNetCore.Hosting.Diagnostics", "Overriding HTTP_PORTS '8080' and HTTPS_PORTS ''. Binding to values defined by URLS instead 'http://+:8080'.", 15))
    sync(dotnet("Warning", "Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager", "No XML encryptor configured. Key {%s} may be persisted to storage in unencrypted form." % R.uid(), 35))
    sync(dotnet("Information", "Microsoft.Hosting.Lifetime", "Now listening on: http://[::]:8080", 14))
    menu(slog("INFO", "menu published", outlet="Summit Grill", items=R.ri(40, 70), version=R.ri(300, 420)))
    sync(dotnet("Information", "Pos.Sync.TransactionBatcher", "Uploaded batch of {Count} transactions from {Outlet}", 0, Count=R.ri(20, 60), Outlet="Summit Grill"))
    R.event(ns, "HorizontalPodAutoscaler", "pos-sync", "SuccessfulRescale", "New size: 3; reason: cpu resource utilization (percentage of request) above target", etype="Normal", comp="horizontal-pod-autoscaler")
    redis("1:M @REDIS@ * %d changes in 60 seconds. Saving..." % R.ri(10000, 20000))
    redis("1:M @REDIS@ * Background saving started by pid %d" % R.ri(100, 900))
    sync(dotnet("Warning", "Pos.Sync.TerminalCloudClient", "Terminal cloud returned {Status} for {Terminal}; retry {Attempt}/3 in {Delay}ms", 0, Status=503, Terminal="KIOSK-%02d" % R.ri(1, 30), Attempt=1, Delay=500))
    redis("%d:C @REDIS@ * DB saved on disk" % R.ri(100, 900))
    sync(dotnet("Information", "Pos.Sync.TerminalCloudClient", "Terminal cloud call succeeded for {Terminal} after {Attempt} attempt(s)", 0, Terminal="KIOSK-%02d" % R.ri(1, 30), Attempt=2))
    redis("1:M @REDIS@ * Background saving terminated with success")
    menu(slog("INFO", "http request", method="GET", path="/v1/menus/summit-grill", status=200, dur="%dms" % R.ri(2, 9)))
    menu(slog("WARN", "price override ignored: outside validity window", sku="HOTCHOC-L", outlet="Base Lodge"))
    sync(dotnet("Information", "Pos.Sync.TransactionBatcher", "Uploaded batch of {Count} transactions from {Outlet}", 0, Count=R.ri(20, 60), Outlet="Base Lodge Cafe"))
    newpod = "%s-%s" % (sync.pod.rsplit("-", 1)[0], _s(R.rng, 5, CONS))
    R.event(ns, "Pod", newpod, "Scheduled", "Successfully assigned %s/%s to %s" % (ns, newpod, R.nodes[3]), etype="Normal", comp="default-scheduler")
    sync(dotnet("Information", "Pos.Sync.Health", "Sync lag {LagSeconds}s, pending {Pending}, failed {Failed}", 0, LagSeconds=R.ri(1, 4), Pending=R.ri(0, 6), Failed=0))
    menu(slog("INFO", "http request", method="GET", path="/v1/menus/base-lodge-cafe", status=200, dur="%dms" % R.ri(2, 9)))
    sync(dotnet("Information", "Pos.Sync.TransactionBatcher", "Uploaded batch of {Count} transactions from {Outlet}", 0, Count=R.ri(20, 60), Outlet="Summit Grill"))
    return dict(
        question="Food court POS looks like it's in real trouble - is this a sev1?",
        selector=None,
        expected=exp("INFO", "none", None,
                     "No incident: POS transactions upload normally; warnings are startup notices and one retried terminal call that succeeded.",
                     "pos-sync uploads batches with zero failures and low lag, the HPA scaled out for lunch load, Redis snapshots succeed, and the single 503 from the terminal cloud was retried successfully.",
                     "No action needed."))


@scenario("parks-snowmaking-planner-memory", "parks", "gke", "alloy", evconv="event-exporter", nodeconv="journal", qkind="misleading")
def _p_snow_oom(R):
    ns = "snowmaking"
    opt = R.wl(ns, "snow-optimizer", container="optimizer", node=2, app="snow-optimizer")
    ui = R.wl(ns, "snow-control-ui", node=1)
    wf = R.wl(ns, "weather-feed", node=0)
    cid = R.hexs(64)
    node = R.nodes[2]
    wf(slog("INFO", "fetched observation", station="SUMMIT-2", temp_c=round(R.rf(-11, -4), 1), rh=R.ri(55, 80), wetbulb_c=round(R.rf(-12, -5), 1)))
    opt(pylog("INFO", "optimizer.main", "starting snow-optimizer 2.7.4 (python 3.12.2, numpy 1.26.4)"))
    opt(pylog("INFO", "optimizer.loader", "loading NWP grid run=12z members=30 tiles=48 bbox=alpine-east"))
    ui(pino("info", "plan requested", trail="Upper Ridge", guns=R.ri(8, 24)))
    opt(pylog("INFO", "optimizer.loader", "decoded 30 members into float64 cube shape=(30, 72, 412, 388)"))
    R.nodelog(2, "kernel", "[@UPTIME@] python3 invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=%d" % R.ri(900, 999))
    R.nodelog(2, "kernel", "[@UPTIME@] memory: usage 2097152kB, limit 2097152kB, failcnt %d" % R.ri(200, 900), ev=True, dt=0.001)
    R.nodelog(2, "kernel", "[@UPTIME@] Memory cgroup out of memory: Killed process %d (python3) total-vm:%dkB, anon-rss:%dkB, file-rss:%dkB, shmem-rss:0kB, UID:1000 pgtables:%dkB oom_score_adj:%d" % (R.ri(2000, 9000), R.ri(3200000, 3600000), R.ri(2060000, 2090000), R.ri(14000, 30000), R.ri(4000, 4800), R.ri(900, 999)), ev=True, dt=0.002)
    R.nodelog(2, "containerd.service", 'time="@ISO6@" level=info msg="TaskOOM event container_id:\\"%s\\""' % cid, ev=True)
    R.event(ns, "Node", node, "OOMKilling", "Memory cgroup out of memory: Killed process (python3) in container optimizer of pod %s" % opt.pod, comp="kernel-monitor", host=node)
    ui(pino("error", "plan request failed", trail="Upper Ridge", err={"type": "Error", "message": "connect ECONNREFUSED %s:8080" % R.ip(), "code": "ECONNREFUSED"}, upstream="http://snow-optimizer.snowmaking.svc.cluster.local:8080/plan"))
    R.nodelog(2, "kubelet.service", R.klog("I", "kubelet.go:2463", '"SyncLoop (PLEG): event for pod" pod="%s/%s" event={"ID":"%s","Type":"ContainerDied","Data":"%s"}' % (ns, opt.pod, R.uid(), cid)))
    R.event(ns, "Pod", opt.pod, "Pulled", 'Container image "europe-docker.pkg.dev/parkops/snow/snow-optimizer:2.7.4" already present on machine', etype="Normal", host=node, fieldpath="spec.containers{optimizer}")
    R.event(ns, "Pod", opt.pod, "Started", "Started container optimizer", etype="Normal", host=node)
    opt(pylog("INFO", "optimizer.main", "starting snow-optimizer 2.7.4 (python 3.12.2, numpy 1.26.4)"))
    wf(slog("INFO", "fetched observation", station="BASE-1", temp_c=round(R.rf(-6, -1), 1), rh=R.ri(55, 80), wetbulb_c=round(R.rf(-7, -2), 1)))
    opt(pylog("INFO", "optimizer.loader", "loading NWP grid run=12z members=30 tiles=48 bbox=alpine-east"))
    opt(pylog("WARNING", "py.warnings", "/app/optimizer/plan.py:211: FutureWarning: DataFrame.fillna with 'method' is deprecated and will raise in a future version. Use obj.ffill() or obj.bfill() instead."))
    opt(pylog("INFO", "optimizer.loader", "decoded 30 members into float64 cube shape=(30, 72, 412, 388)"))
    R.nodelog(2, "kernel", "[@UPTIME@] Memory cgroup out of memory: Killed process %d (python3) total-vm:%dkB, anon-rss:%dkB, file-rss:%dkB, shmem-rss:0kB, UID:1000 pgtables:%dkB oom_score_adj:%d" % (R.ri(2000, 9000), R.ri(3200000, 3600000), R.ri(2060000, 2090000), R.ri(14000, 30000), R.ri(4000, 4800), R.ri(900, 999)), ev=True, dt=R.rf(5, 9))
    R.nodelog(2, "kubelet.service", R.klog("E", "pod_workers.go:1298", '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"optimizer\\" with CrashLoopBackOff: \\"back-off 1m20s restarting failed container=optimizer pod=%s_%s(%s)\\"" pod="%s/%s" podUID="%s"' % (opt.pod, ns, R.uid(), ns, opt.pod, R.uid())), ev=True)
    R.event(ns, "Pod", opt.pod, "BackOff", "Back-off restarting failed container optimizer in pod %s_%s(%s)" % (opt.pod, ns, R.uid()), host=node, count=R.ri(6, 14), fieldpath="spec.containers{optimizer}", ev=True)
    ui(pino("warn", "optimizer unavailable, showing last plan", trail="Upper Ridge", planAgeMin=R.ri(95, 240)))
    wf(slog("INFO", "forecast cached", model="icon-d2", hours=48))
    ui(pino("info", "request completed", res={"statusCode": 200}, url="/api/guns", responseTime=round(R.rf(4, 20), 1)))
    return dict(
        question="The snowmaking planner restarted a couple of times overnight - just a minor blip, right?",
        selector=sel(ns=ns, app="snow-optimizer"),
        expected=exp("CRITICAL", "oom_killed", "snow-optimizer",
                     "The snow-optimizer container exceeds its 2Gi memory limit while decoding the 30-member NWP grid into a float64 cube, so it is OOM-killed on every start.",
                     "snow-optimizer is in an OOM crash loop (cgroup OOM kills, TaskOOM, CrashLoopBackOff); snow-control-ui cannot reach it and shows stale plans.",
                     "Raise the optimizer memory limit or reduce the grid load (fewer members, float32, chunked tiles), then confirm the pod stays up."))


@scenario("parks-pass-export-cronjob", "parks", "k3s", "logstash", evconv="alloy-events", qkind="specific")
def _p_pass_export_pull(R):
    ns = "season-pass"
    web = R.wl(ns, "season-pass-web", container="web", node=0, app="season-pass")
    sq = R.wl(ns, "season-pass-sidekiq", container="sidekiq", node=1, app="season-pass")
    job_pod = R.pod_name("pass-export", "job")
    job = job_pod.rsplit("-", 1)[0]
    img = "ghcr.io/peakpass-resorts/pass-export:2026.02.%d" % R.ri(3, 9)
    node = R.nodes[2]
    R.event(ns, "CronJob", "pass-export", "SuccessfulCreate", "Created job %s" % job, etype="Normal", comp="cronjob-controller")
    R.event(ns, "Job", job, "SuccessfulCreate", "Created pod: %s" % job_pod, etype="Normal", comp="job-controller")
    R.event(ns, "Pod", job_pod, "Scheduled", "Successfully assigned %s/%s to %s" % (ns, job_pod, node), etype="Normal", comp="default-scheduler")
    R.event(ns, "Pod", job_pod, "Pulling", 'Pulling image "%s"' % img, etype="Normal", host=node, fieldpath="spec.containers{export}")
    web(rails("INFO", (_rid := R.uid()), 'Started GET "/passes/renew" for %s at @JAVA@ +0000' % R.pub_ip()))
    _ms = R.ri(30, 90)
    web(rails("INFO", _rid, "Completed 200 OK in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)" % (_ms, R.rf(8, 30), R.rf(3, 15), R.ri(5000, 12000))), dt=_ms / 1000.0 + R.rf(0.001, 0.02))
    R.event(ns, "Pod", job_pod, "Failed", 'Failed to pull image "%s": rpc error: code = NotFound desc = failed to pull and unpack image "%s": failed to resolve reference "%s": %s: not found' % (img, img, img, img), host=node, fieldpath="spec.containers{export}", ev=True)
    R.event(ns, "Pod", job_pod, "Failed", "Error: ErrImagePull", host=node, fieldpath="spec.containers{export}", ev=True)
    sq('%s pid=1 tid=%s class=RenewalReminderJob jid=%s WARN: Net::ReadTimeout: Net::ReadTimeout with #<TCPSocket:(closed)>' % ("@ISO@", R.alnum(5), R.hexs(24)))
    sq('%s pid=1 tid=%s class=RenewalReminderJob jid=%s INFO: start' % ("@ISO@", R.alnum(5), R.hexs(24)))
    R.event(ns, "Pod", job_pod, "BackOff", 'Back-off pulling image "%s"' % img, etype="Normal", host=node, count=R.ri(4, 9), fieldpath="spec.containers{export}")
    R.event(ns, "Pod", job_pod, "Failed", "Error: ImagePullBackOff", host=node, count=R.ri(4, 9), fieldpath="spec.containers{export}", ev=True)
    sq('%s pid=1 tid=%s class=RenewalReminderJob jid=%s elapsed=%.3f INFO: done' % ("@ISO@", R.alnum(5), R.hexs(24), R.rf(0.4, 2.0)))
    web(rails("INFO", (_rid := R.uid()), 'Started POST "/users/sign_in" for %s at @JAVA@ +0000' % R.pub_ip()))
    web(rails("INFO", _rid, "Completed 401 Unauthorized in 6ms (ActiveRecord: 1.2ms | Allocations: 1290)"), dt=6 / 1000.0 + R.rf(0.001, 0.02))
    R.gap(R.rf(300, 900))
    R.event(ns, "Pod", job_pod, "Failed", 'Failed to pull image "%s": rpc error: code = NotFound desc = failed to pull and unpack image "%s": failed to resolve reference "%s": %s: not found' % (img, img, img, img), host=node, count=R.ri(7, 12), fieldpath="spec.containers{export}", ev=True)
    sq('%s pid=1 tid=%s INFO: Sidekiq stats processed=%d failed=0 enqueued=%d' % ("@ISO@", R.alnum(5), R.ri(80000, 90000), R.ri(0, 8)))
    R.event(ns, "Job", job, "DeadlineExceeded", "Job was active longer than specified deadline", comp="job-controller")
    R.event(ns, "Job", job, "SuccessfulDelete", "Deleted pod: %s" % job_pod, etype="Normal", comp="job-controller")
    R.event(ns, "CronJob", "pass-export", "SawCompletedJob", "Saw completed job: %s, status: Failed" % job, etype="Normal", comp="cronjob-controller")
    web(rails("INFO", (_rid := R.uid()), 'Started GET "/lifts/today" for %s at @JAVA@ +0000' % R.pub_ip()))
    _ms = R.ri(30, 90)
    web(rails("INFO", _rid, "Completed 200 OK in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)" % (_ms, R.rf(8, 30), R.rf(3, 15), R.ri(5000, 12000))), dt=_ms / 1000.0 + R.rf(0.001, 0.02))
    return dict(
        question="The nightly season-pass export to the partner network never arrived. What happened?",
        selector=sel(ns=ns),
        expected=exp("ERROR", "image_pull", "pass-export",
                     "The pass-export CronJob references image tag %s, which does not exist in the registry, so the job pod never starts and the job hits its deadline." % img.split(":")[1],
                     "pass-export job pod failed with NotFound/ErrImagePull/ImagePullBackOff and the Job was marked failed; the rest of season-pass is healthy.",
                     "Publish the missing tag or point the CronJob at an existing image tag, then trigger a manual export run."))


@scenario("parks-virtual-line-opening-rush", "parks", "aks", "otel", evconv="otel-k8sobjects", qkind="misleading")
def _p_vline_probe(R):
    ns = "queue"
    a = R.wl(ns, "virtual-line", node=0)
    b = a.with_pod(node=1)
    ing = R.wl("ingress-nginx", "ingress-nginx-controller", container="controller", node=2, app="ingress-nginx")
    up = "queue-virtual-line-3000"
    a(pino("info", "park open: recomputing return windows", hostname=a.pod, rides=31, guests=R.ri(14000, 22000)))
    b(pino("info", "park open: recomputing return windows", hostname=b.pod, rides=31, guests=R.ri(14000, 22000)))
    a(pino("warn", "event loop delay high", hostname=a.pod, p99Ms=R.ri(1500, 2400), maxMs=R.ri(2600, 3900)))
    R.event(ns, "Pod", a.pod, "Unhealthy", 'Readiness probe failed: Get "http://%s:3000/ready": context deadline exceeded (Client.Timeout exceeded while awaiting headers)' % a.ip, host=R.nodes[0], fieldpath="spec.containers{virtual-line}", ev=True)
    b(pino("warn", "event loop delay high", hostname=b.pod, p99Ms=R.ri(1500, 2400), maxMs=R.ri(2600, 3900)))
    R.event(ns, "Pod", b.pod, "Unhealthy", 'Readiness probe failed: Get "http://%s:3000/ready": context deadline exceeded (Client.Timeout exceeded while awaiting headers)' % b.ip, host=R.nodes[1], fieldpath="spec.containers{virtual-line}", ev=True)
    ing(R.ingress_line("POST", "/api/queue/join", 503, up, "-", rt=0.000, size=190, upstatus="-"))
    ing("@NGINXERR@ [error] %d#%d: *%d no live upstreams while connecting to upstream, client: %s, server: queue.parkops.app, request: \"POST /api/queue/join HTTP/2.0\", upstream: \"http://%s/api/queue/join\", host: \"queue.parkops.app\"" % (R.ri(20, 60), R.ri(20, 60), R.ri(100000, 999999), R.pub_ip(), up))
    R.event(ns, "Pod", a.pod, "Unhealthy", 'Readiness probe failed: Get "http://%s:3000/ready": context deadline exceeded (Client.Timeout exceeded while awaiting headers)' % a.ip, host=R.nodes[0], count=3, fieldpath="spec.containers{virtual-line}", ev=True)
    a(pino("info", "return windows recomputed", hostname=a.pod, durationMs=R.ri(41000, 52000)))
    b(pino("info", "return windows recomputed", hostname=b.pod, durationMs=R.ri(41000, 52000)))
    a(pino("info", "request completed", hostname=a.pod, req={"method": "GET", "url": "/ready"}, res={"statusCode": 200}, responseTime=round(R.rf(1, 4), 2)))
    b(pino("info", "request completed", hostname=b.pod, req={"method": "GET", "url": "/ready"}, res={"statusCode": 200}, responseTime=round(R.rf(1, 4), 2)))
    ing(R.ingress_line("POST", "/api/queue/join", 201, up, "%s:3000" % a.ip))
    a(pino("info", "request completed", hostname=a.pod, req={"method": "POST", "url": "/api/queue/join"}, res={"statusCode": 201}, responseTime=round(R.rf(8, 40), 2)))
    ing(R.ingress_line("GET", "/api/queue/mine", 200, up, "%s:3000" % b.ip))
    ing(R.ingress_line("GET", "/api/queue/mine", 401, up, "%s:3000" % a.ip))
    a(pino("warn", "token expired", hostname=a.pod, sub="guest:%d" % R.ri(100000, 999999)))
    b(pino("info", "event loop delay normal", hostname=b.pod, p99Ms=R.ri(8, 25)))
    ing(R.ingress_line("POST", "/api/queue/join", 201, up, "%s:3000" % b.ip))
    return dict(
        question="PAGE: the virtual line is DOWN for every guest - how bad is this, do we need to fail over?",
        selector=sel(app="virtual-line"),
        expected=exp("WARN", "probe_failure", "virtual-line",
                     "At park opening the virtual-line pods block their event loop recomputing return windows, so readiness probes time out and both pods drop out of the Service briefly.",
                     "Readiness probes on both virtual-line pods timed out for under a minute (ingress saw no live upstreams), then recovered on their own with no restarts; joins succeed again.",
                     "Optional: move the opening recompute off the request event loop (worker thread or job) or relax the readiness timeout; no urgent action needed."))


@scenario("parks-lift-weather-refresh", "parks", "rke2", "vector", nodeconv="journal", qkind="specific")
def _p_lift_dns(R):
    ns = "lift-ops"
    pub = R.wl(ns, "lift-status-publisher", container="publisher", node=0, app="lift-status")
    api = R.wl(ns, "lift-status-api", container="api", node=1, app="lift-status")
    dns = R.wl("kube-system", "rke2-coredns-rke2-coredns", container="coredns", node=2, app="rke2-coredns")
    dns2 = dns.with_pod(node=3)
    site_dns = "10.20.0.53"
    host = "api.open-meteo.com"
    pub(logrus("info", "weather refreshed", source=host, lifts=14, gust_kmh=R.ri(20, 40)))
    api(slog("INFO", "request", method="GET", path="/v1/lifts", status=200, dur="%.1fms" % R.rf(1, 6)))
    api(slog("INFO", "cache hit", key="lift-status", backend="lift-redis.lift-ops.svc.cluster.local:6379"))
    dns('[INFO] %s:%d - %d "A IN lift-redis.lift-ops.svc.cluster.local. udp 62 false 512" NOERROR qr,aa,rd 118 0.000%03ds' % (api.ip, R.ri(30000, 60000), R.ri(1000, 65000), R.ri(100, 400)))
    dns('[ERROR] plugin/errors: 2 %s. A: read udp %s:%d->%s:53: i/o timeout' % (host, dns.ip, R.ri(30000, 60000), site_dns), ev=True)
    dns2('[ERROR] plugin/errors: 2 %s. AAAA: read udp %s:%d->%s:53: i/o timeout' % (host, dns2.ip, R.ri(30000, 60000), site_dns), ev=True)
    pub(logrus("warning", "weather refresh failed, keeping previous values", error='Get "https://%s/v1/forecast?latitude=46.02&longitude=7.75&current=wind_gusts_10m": dial tcp: lookup %s on %s:53: server misbehaving' % (host, host, R.dns_ip)), ev=True)
    R.nodelog(0, "rke2-agent.service", R.klog("I", "kubelet.go:2474", '"SyncLoop (probe)" probe="readiness" status="ready" pod="%s/%s"' % (ns, pub.pod)))
    api(slog("INFO", "request", method="GET", path="/v1/lifts/L3", status=200, dur="%.1fms" % R.rf(1, 6)))
    pub(logrus("info", "lift state change", lift="L3", state="WIND_HOLD", reason="gust 68 km/h at top station"))
    dns('[ERROR] plugin/errors: 2 %s. A: read udp %s:%d->%s:53: i/o timeout' % (host, dns.ip, R.ri(30000, 60000), site_dns), ev=True)
    pub(logrus("warning", "weather refresh failed, keeping previous values", error='Get "https://%s/v1/forecast?latitude=46.02&longitude=7.75&current=wind_gusts_10m": dial tcp: lookup %s on %s:53: read udp %s:%d->%s:53: i/o timeout' % (host, host, R.dns_ip, pub.ip, R.ri(30000, 60000), R.dns_ip)), ev=True)
    dns('[INFO] %s:%d - %d "A IN lift-redis.lift-ops.svc.cluster.local. udp 62 false 512" NOERROR qr,aa,rd 118 0.000%03ds' % (api.ip, R.ri(30000, 60000), R.ri(1000, 65000), R.ri(100, 400)))
    R.nodelog(1, "kernel", "[@UPTIME@] IPv6: ADDRCONF(NETDEV_CHANGE): cali%s: link becomes ready" % R.hexs(11))
    R.gap(R.rf(20, 45))
    dns('[INFO] %s:%d - %d "A IN %s. udp 48 false 512" NOERROR qr,rd,ra 110 0.0%03ds' % (pub.ip, R.ri(30000, 60000), R.ri(1000, 65000), host, R.ri(10, 90)))
    pub(logrus("info", "weather refreshed", source=host, lifts=14, gust_kmh=R.ri(50, 70)))
    api(slog("INFO", "request", method="GET", path="/v1/lifts", status=200, dur="%.1fms" % R.rf(1, 6)))
    pub(logrus("info", "lift state change", lift="L3", state="OPEN", reason="gusts below threshold for 10m"))
    dns('[INFO] %s:%d - %d "AAAA IN %s. udp 48 false 512" NOERROR qr,rd,ra 122 0.0%03ds' % (pub.ip, R.ri(30000, 60000), R.ri(1000, 65000), host, R.ri(10, 90)))
    return dict(
        question="Why did the lift-ops weather refresh fail around opening?",
        selector=sel(ns=ns),
        expected=exp("WARN", "dns_resolution", "coredns",
                     "CoreDNS's upstream forwarder (the site resolver %s) stopped answering for about a minute, so external names such as %s could not be resolved." % (site_dns, host),
                     "External lookups from lift-status-publisher failed (server misbehaving / i/o timeout) while CoreDNS logged upstream timeouts; in-cluster names kept resolving and weather refresh recovered by itself.",
                     "Optional: check the site resolver's health and consider a second upstream in the CoreDNS forward block; no immediate action needed." ))


@scenario("parks-ride-maintenance-trends", "parks", "openshift", "openshift", qkind="null", cluster="ocp-parks-7xk2p")
def _p_maint_timeout(R):
    ns = "ride-maint"
    router = R.wl("openshift-ingress", "router-default", container="router", node=0, app="router")
    api = R.wl(ns, "maint-api", node=1)
    gw = R.wl(ns, "scada-gw", container="gateway", node=2)
    app = "maint-api"
    asset = "RC-0%d-MTR-%d" % (R.ri(1, 9), R.ri(1, 4))
    api(spring("WARN", app, "main", "org.hibernate.orm.deprecation", "HHH90000025: PostgreSQLDialect does not need to be specified explicitly using 'hibernate.dialect' (remove the property setting and it will be selected by default)"))
    api(spring("INFO", app, "nio-8080-exec-2", "c.p.m.web.WorkOrderController", "GET /api/workorders?status=OPEN -> 200 (%d rows, %dms)" % (R.ri(10, 40), R.ri(8, 30))))
    gw(pylog("INFO", "scadagw.opcua", "session active endpoint=opc.tcp://historian.ride-ctrl.lan:4840 subscriptions=212"))
    gw(pylog("WARNING", "scadagw.trend", "HistoryRead for %s window=PT6H took 28.9s (rows=86400, continuation points=14)" % asset), ev=True)
    api(spring("ERROR", app, "nio-8080-exec-5", "c.p.m.scada.HistorianClient", "Trend query failed for asset=%s window=PT6H: I/O error on GET request for \"http://scada-gw.ride-maint.svc:9090/api/v1/trend\": Read timed out" % asset), ev=True)
    api("Caused by: java.net.SocketTimeoutException: Read timed out")
    api("\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:278)")
    router("%s:%d [@HAPROXY@] fe_sni~ be_secure:%s:maint-api/pod:%s:maint-api:https:%s:8443 0/0/1/-1/30003 504 194 - - sH-- %d/%d/%d/%d/0 0/0 \"GET /api/assets/%s/trend?window=PT6H HTTP/1.1\"" % (R.ip(), R.ri(30000, 60000), ns, api.pod, api.ip, R.ri(40, 90), R.ri(20, 40), R.ri(2, 9), R.ri(1, 4), asset), ev=False)
    gw(pylog("WARNING", "scadagw.trend", "HistoryRead for RC-0%d-BRK-1 window=PT24H took 34.2s (rows=345600, continuation points=52)" % R.ri(1, 9)), ev=True)
    api(spring("INFO", app, "nio-8080-exec-1", "c.p.m.web.WorkOrderController", "POST /api/workorders -> 201 (%dms)" % R.ri(15, 45)))
    api(spring("ERROR", app, "nio-8080-exec-7", "c.p.m.scada.HistorianClient", "Trend query failed for asset=RC-0%d-BRK-1 window=PT24H: I/O error on GET request for \"http://scada-gw.ride-maint.svc:9090/api/v1/trend\": Read timed out" % R.ri(1, 9)), ev=True)
    router("%s:%d [@HAPROXY@] fe_sni~ be_secure:%s:maint-api/pod:%s:maint-api:https:%s:8443 0/0/0/%d/%d 200 %d - - ---- %d/%d/%d/%d/0 0/0 \"GET /api/workorders?status=OPEN HTTP/1.1\"" % (R.ip(), R.ri(30000, 60000), ns, api.pod, api.ip, R.ri(8, 30), R.ri(9, 32), R.ri(2000, 9000), R.ri(40, 90), R.ri(20, 40), R.ri(2, 9), R.ri(1, 4)))
    api(spring("INFO", app, "scheduling-1", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Pool stats (total=10, active=1, idle=9, waiting=0)"))
    gw(pylog("INFO", "scadagw.opcua", "keepalive ok endpoint=opc.tcp://historian.ride-ctrl.lan:4840 rtt=%dms" % R.ri(2, 9)))
    gw(pylog("WARNING", "scadagw.trend", "HistoryRead for %s window=PT6H took 31.4s (rows=86400, continuation points=14)" % asset), ev=True)
    router("%s:%d [@HAPROXY@] fe_sni~ be_secure:%s:maint-api/pod:%s:maint-api:https:%s:8443 0/0/1/-1/30001 504 194 - - sH-- %d/%d/%d/%d/0 0/0 \"GET /api/assets/%s/trend?window=PT6H HTTP/1.1\"" % (R.ip(), R.ri(30000, 60000), ns, api.pod, api.ip, R.ri(40, 90), R.ri(20, 40), R.ri(2, 9), R.ri(1, 4), asset))
    api(spring("INFO", app, "nio-8080-exec-9", "c.p.m.web.InspectionController", "GET /api/inspections/today -> 200 (%dms)" % R.ri(8, 30)))
    return dict(
        question=None,
        selector=sel(ns=ns),
        expected=exp("ERROR", "timeout", "scada-gw",
                     "The SCADA historian gateway takes ~29-34 s to answer trend (HistoryRead) queries, longer than maint-api's 30 s read timeout.",
                     "maint-api trend requests fail with SocketTimeoutException and the router returns 504 for them, while work-order and inspection endpoints and the OPC-UA session stay healthy.",
                     "Speed up or bound the historian trend queries (smaller windows, downsampling, pagination) or raise the client timeout for trend calls; check historian load."))


@scenario("parks-snow-forecast-stale", "parks", "talos", "datadog", qkind="specific")
def _p_forecast_429(R):
    ns = "snow-forecast"
    ff = R.wl(ns, "forecast-fetcher", container="fetcher", node=0)
    sched = R.wl(ns, "snowmaking-scheduler", container="scheduler", node=1)
    obs = R.wl(ns, "station-obs", node=2, drop_app=True)
    api = "api.tomorrow.io"
    ff(pylog("INFO", "fetcher.client", "GET https://%s/v4/timelines?location=46.02,7.75&fields=temperature,humidity,windGust&timesteps=1h -> 200 (%.2fs)" % (api, R.rf(0.3, 0.9))))
    sched(spring("INFO", "snowmaking-scheduler", "scheduling-1", "c.r.s.plan.PlanService", "plan generated for 38 guns using forecast age=54m"))
    obs(slog("INFO", "station observation stored", station="SUMMIT-2", wetbulb_c=round(R.rf(-9, -4), 1)))
    R.gap(R.rf(3000, 3500))
    ff(pylog("WARNING", "fetcher.client", "GET https://%s/v4/timelines?location=46.02,7.75&fields=temperature,humidity,windGust&timesteps=1h -> 429 Too Many Requests (x-ratelimit-limit-day=500, x-ratelimit-remaining-day=0, retry-after=%d)" % (api, R.ri(20000, 40000))), ev=True)
    ff(pylog("ERROR", "fetcher.job", 'forecast refresh failed: HTTPError 429: {"code":429001,"type":"Too Many Calls","message":"The request limit for this resource has been reached for the current rate limit window. Wait and retry the operation, or examine your API request volume."}'), ev=True)
    obs(slog("WARN", "station not found", station="MID-7", status=404))
    obs(slog("INFO", "station observation stored", station="BASE-1", wetbulb_c=round(R.rf(-5, -1), 1)))
    sched(spring("WARN", "snowmaking-scheduler", "scheduling-1", "c.r.s.plan.PlanService", "forecast age 1h58m exceeds max 1h30m; falling back to persistence forecast"))
    ff(pylog("WARNING", "fetcher.client", "GET https://%s/v4/timelines?location=46.01,7.73&fields=temperature,humidity,windGust&timesteps=1h -> 429 Too Many Requests (x-ratelimit-limit-day=500, x-ratelimit-remaining-day=0, retry-after=%d)" % (api, R.ri(20000, 40000))), ev=True)
    ff(pylog("INFO", "fetcher.job", "requests today: 500 (per-slope fetch x 12 slopes, every 15m)"), ev=True)
    sched(spring("INFO", "snowmaking-scheduler", "http-nio-8080-exec-3", "c.r.s.web.GunController", "GET /api/guns -> 200 (%dms)" % R.ri(5, 20)))
    obs(slog("INFO", "station observation stored", station="SUMMIT-2", wetbulb_c=round(R.rf(-9, -4), 1)))
    ff(pylog("ERROR", "fetcher.job", 'forecast refresh failed: HTTPError 429: {"code":429001,"type":"Too Many Calls","message":"The request limit for this resource has been reached for the current rate limit window. Wait and retry the operation, or examine your API request volume."}'), ev=True)
    sched(spring("WARN", "snowmaking-scheduler", "scheduling-1", "c.r.s.plan.PlanService", "forecast age 2h13m exceeds max 1h30m; falling back to persistence forecast"))
    sched(spring("INFO", "snowmaking-scheduler", "scheduling-1", "c.r.s.plan.PlanService", "plan generated for 38 guns using persistence forecast"))
    return dict(
        question="Why is the snowmaking schedule running on stale forecasts?",
        selector=sel(ns=ns),
        expected=exp("ERROR", "rate_limited", "forecast-fetcher",
                     "forecast-fetcher exhausted the weather API's daily quota (500 calls, one fetch per slope every 15 minutes) and every call now gets 429 until the window resets.",
                     "Forecast refreshes fail with 429 Too Many Calls; snowmaking-scheduler falls back to a persistence forecast because the last forecast is too old.",
                     "Reduce call volume (one multi-location request, longer interval, caching) or raise the API plan quota; refresh forecasts once the window resets."))


@scenario("parks-snow-historian-volume", "parks", "eks", "filebeat", evconv="event-exporter", qkind="open")
def _p_historian_storage(R):
    ns = "snowmaking"
    hist = R.wl(ns, "snow-historian", container="timescaledb", node=3, kind="sts", pod="snow-historian-0")
    writer = R.wl(ns, "telemetry-writer", container="writer", node=1)
    ui = R.wl(ns, "snow-control-ui", node=2)
    csi = R.wl("kube-system", "ebs-csi-controller", container="ebs-plugin", node=0, app="ebs-csi-controller", drop_app=True)
    vol = "vol-0%s" % R.hexs(16)
    pvc = "pvc-%s" % R.uid()
    inst = "i-0%s" % R.hexs(16)
    node = R.nodes[3]
    writer(slog("INFO", "flushed points", points=R.ri(4000, 6000), dest="snow-historian.snowmaking.svc:5432", dur="%dms" % R.ri(20, 60)))
    R.event(ns, "Pod", "snow-historian-0", "Killing", "Stopping container timescaledb", etype="Normal", host=R.nodes[4])
    R.event(ns, "Pod", "snow-historian-0", "Scheduled", "Successfully assigned %s/snow-historian-0 to %s" % (ns, node), etype="Normal", comp="default-scheduler")
    writer(slog("WARN", "flush failed, buffering", err="failed to connect to `host=snow-historian.snowmaking.svc user=writer database=snow`: dial error (dial tcp %s:5432: connect: connection refused)" % R.ip(), buffered=R.ri(6000, 9000)))
    R.event(ns, "Pod", "snow-historian-0", "FailedAttachVolume", 'Multi-Attach error for volume "%s" Volume is already exclusively attached to one node and can\'t be attached to another' % pvc, comp="attachdetach-controller", ev=True)
    csi(R.klog("E", "controller.go:%d" % R.ri(400, 460), '"ControllerPublishVolume: attach failed" err="rpc error: code = Internal desc = Could not attach volume \\"%s\\" to node \\"%s\\": operation error EC2: AttachVolume, https response error StatusCode: 400, RequestID: %s, api error VolumeInUse: %s is already attached to an instance"' % (vol, inst, R.uid(), vol), pid=1), ev=True)
    ui(pino("info", "request completed", res={"statusCode": 200}, url="/api/guns", responseTime=round(R.rf(3, 15), 1)))
    writer(slog("WARN", "flush failed, buffering", err="failed to connect to `host=snow-historian.snowmaking.svc user=writer database=snow`: dial error (dial tcp %s:5432: connect: connection refused)" % R.ip(), buffered=R.ri(20000, 30000)))
    R.gap(R.rf(100, 130))
    R.event(ns, "Pod", "snow-historian-0", "FailedMount", "Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[data kube-api-access-%s]: timed out waiting for the condition" % R.alnum(5), host=node, ev=True)
    csi(R.klog("E", "controller.go:%d" % R.ri(400, 460), '"ControllerPublishVolume: attach failed" err="rpc error: code = Internal desc = Could not attach volume \\"%s\\" to node \\"%s\\": operation error EC2: AttachVolume, https response error StatusCode: 400, RequestID: %s, api error VolumeInUse: %s is already attached to an instance"' % (vol, inst, R.uid(), vol), pid=1), ev=True)
    ui(pino("error", "trend query failed", err={"type": "Error", "message": "connect ECONNREFUSED %s:5432" % R.ip(), "code": "ECONNREFUSED"}, db="snow-historian"))
    writer(slog("ERROR", "buffer nearly full; oldest points will be dropped", buffered=R.ri(88000, 97000), limit=100000))
    R.event(ns, "StatefulSet", "snow-historian", "SuccessfulCreate", "create Pod snow-historian-0 in StatefulSet snow-historian successful", etype="Normal", comp="statefulset-controller")
    ui(pino("warn", "session expired", res={"statusCode": 401}, url="/api/me"))
    R.event(ns, "Pod", "snow-historian-0", "FailedMount", "Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[data kube-api-access-%s]: timed out waiting for the condition" % R.alnum(5), host=node, count=3)
    return dict(
        question="What is going on in the snowmaking namespace?",
        selector=sel(ns=ns),
        expected=exp("CRITICAL", "storage", "snow-historian",
                     "After snow-historian-0 moved to a new node, its EBS volume is still attached to the old instance (Multi-Attach / VolumeInUse), so the data volume cannot attach and the database pod cannot start.",
                     "snow-historian is down waiting for its volume; telemetry-writer cannot connect and its in-memory buffer is about to drop points, and snow-control-ui trend queries fail.",
                     "Force-detach the EBS volume from the old instance (or finish terminating it / remove the stale VolumeAttachment) so it can attach to the new node; watch the writer buffer."))


@scenario("parks-entrance-gates-edge", "parks", "kubeadm", "promtail", evconv="alloy-events", nodeconv="syslog", qkind="specific")
def _p_gate_node(R):
    ns = "gates"
    bad = 2
    node = R.nodes[bad]
    agg = R.wl(ns, "gate-aggregator", node=0)
    ctl_ok = R.wl(ns, "gate-controller", node=1, kind="ds")
    ctl_ok2 = R.wl(ns, "gate-controller", node=3, kind="ds")
    ctl_bad = R.wl(ns, "gate-controller", node=bad, kind="ds")
    ctl_bad(logrus("info", "validation", lane="east-%d" % R.ri(7, 12), result="ACCEPT", ms=R.ri(10, 30)))
    ctl_ok(logrus("info", "validation", lane="west-%d" % R.ri(1, 6), result="ACCEPT", ms=R.ri(10, 30)))
    cpid = R.ri(700, 1200)
    R.nodelog(bad, "containerd.service", "panic: runtime error: invalid memory address or nil pointer dereference", ev=True, pid=cpid)
    R.nodelog(bad, "containerd.service", "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x%s]" % ("5" + R.hexs(6)), dt=0.001, pid=cpid)
    R.nodelog(bad, "systemd", "containerd.service: Main process exited, code=exited, status=2/INVALIDARGUMENT", ev=True, dt=0.05)
    R.nodelog(bad, "systemd", "containerd.service: Failed with result 'exit-code'.", dt=0.01)
    R.nodelog(bad, "kubelet.service", R.klog("E", "remote_runtime.go:%d" % R.ri(190, 640), '"ListPodSandbox with filter from runtime service failed" err="rpc error: code = Unavailable desc = connection error: desc = \\"transport: Error while dialing: dial unix /run/containerd/containerd.sock: connect: connection refused\\"" filter="nil"'), ev=True)
    R.nodelog(bad, "systemd", "containerd.service: Scheduled restart job, restart counter is at 5.")
    R.nodelog(bad, "systemd", "containerd.service: Start request repeated too quickly.", ev=True)
    R.nodelog(bad, "systemd", "Failed to start containerd.service - containerd container runtime.", ev=True)
    agg(slog("WARN", "controller heartbeat missed", controller=ctl_bad.pod, lanes="east-7..east-12", last_seen="%ds" % R.ri(40, 70)))
    ctl_ok2(logrus("info", "validation", lane="north-%d" % R.ri(1, 4), result="ACCEPT", ms=R.ri(10, 30)))
    R.nodelog(bad, "kubelet.service", R.klog("E", "kubelet.go:%d" % R.ri(2300, 2400), '"Skipping pod synchronization" err="[container runtime is down, PLEG is not healthy: pleg was last seen active 3m4.812s ago; threshold is 3m0s]"'), ev=True, dt=R.rf(120, 150))
    R.nodelog(bad, "kubelet.service", R.klog("I", "setters.go:%d" % R.ri(550, 580), '"Node became not ready" node="%s" condition={"type":"Ready","status":"False","lastHeartbeatTime":"@ISOS@","lastTransitionTime":"@ISOS@","reason":"KubeletNotReady","message":"container runtime is down"}' % node), ev=True)
    R.event("default", "Node", node, "NodeNotReady", "Node %s status is now: NodeNotReady" % node, etype="Normal", comp="node-controller", ev=True)
    R.event(ns, "Pod", ctl_bad.pod, "NodeNotReady", "Node is not ready", comp="node-controller")
    agg(slog("ERROR", "lanes offline", lanes="east-7,east-8,east-9,east-10,east-11,east-12", controller=ctl_bad.pod, reason="no heartbeat for 180s"))
    ctl_ok(logrus("info", "validation", lane="west-%d" % R.ri(1, 6), result="REJECT", reason="ticket already used", ms=R.ri(10, 30)))
    R.nodelog(1, "kernel", "[@UPTIME@] nf_conntrack: default automatic helper assignment has been turned off for security reasons and CT-based firewall rule not found. Use the iptables CT target to attach helpers instead.")
    agg(slog("INFO", "gate summary", online=18, offline=6, accepted_5m=R.ri(900, 1300), errors=0))
    ctl_ok2(logrus("info", "validation", lane="north-%d" % R.ri(1, 4), result="ACCEPT", ms=R.ri(10, 30)))
    return dict(
        question="Entrance lanes east 7-12 stopped validating tickets - what broke?",
        selector=sel(node=node),
        expected=exp("CRITICAL", "node_failure", node,
                     "containerd panics (nil pointer dereference) on %s and systemd gave up restarting it, so the kubelet reports the container runtime down and the node went NotReady." % node,
                     "The edge node hosting the east-lane gate controller is NotReady (runtime down, PLEG unhealthy); six entrance lanes are offline while other nodes validate normally.",
                     "Restore containerd on the node (reset-failed and restart the service, check the core dump and containerd version) or cordon and replace the node; lanes need manual validation meanwhile."))


@scenario("parks-ride-photo-spool", "parks", "doks", "fluentd", evconv="otel-k8sevents", qkind="open")
def _p_photo_eviction(R):
    ns = "park-photos"
    pm = R.wl(ns, "photo-matcher", container="matcher", node=0)
    pm2 = pm.with_pod(node=1)
    pm3 = pm.with_pod(node=2)
    kiosk = R.wl(ns, "photo-kiosk-api", node=3)
    pm(pylog("INFO", "matcher.worker", "matched %d photos in last 60s (faces=%d, wristband ids=%d)" % (R.ri(300, 450), R.ri(600, 900), R.ri(200, 350))))
    pm2(pylog("INFO", "matcher.worker", "matched %d photos in last 60s (faces=%d, wristband ids=%d)" % (R.ri(300, 450), R.ri(600, 900), R.ri(200, 350))))
    kiosk(pino("info", "request completed", res={"statusCode": 200}, url="/v1/photos?band=%s" % R.hexs(8), responseTime=round(R.rf(10, 40), 1)))
    pm(pylog("WARNING", "matcher.spool", "spool dir /tmp/frames holds 3.7 GiB (18231 files); purge is lagging behind ingest"), ev=True)
    pm(pylog("WARNING", "matcher.spool", "spool dir /tmp/frames holds 3.9 GiB (19102 files); purge is lagging behind ingest"), ev=True)
    R.event(ns, "Pod", pm.pod, "Evicted", "Pod ephemeral local storage usage exceeds the total limit of containers 4Gi. ", host=R.nodes[0], ev=True)
    R.event(ns, "Pod", pm.pod, "Killing", "Stopping container matcher", etype="Normal", host=R.nodes[0])
    R.event(ns, "ReplicaSet", pm.pod.rsplit("-", 1)[0], "SuccessfulCreate", "Created pod: %s" % pm3.pod, etype="Normal", comp="replicaset-controller")
    kiosk(pino("warn", "photo lookup slow", url="/v1/photos?band=%s" % R.hexs(8), responseTime=round(R.rf(1800, 2600), 1)))
    R.event(ns, "Pod", pm3.pod, "Scheduled", "Successfully assigned %s/%s to %s" % (ns, pm3.pod, R.nodes[2]), etype="Normal", comp="default-scheduler")
    R.event(ns, "Pod", pm3.pod, "Pulled", 'Container image "registry.digitalocean.com/parkops/photo-matcher:5.2.%d" already present on machine' % R.ri(0, 9), etype="Normal", host=R.nodes[2])
    R.event(ns, "Pod", pm3.pod, "Started", "Started container matcher", etype="Normal", host=R.nodes[2])
    pm3(pylog("INFO", "matcher.main", "photo-matcher starting, spool=/tmp/frames, model=arcface-r50"))
    pm3(pylog("INFO", "matcher.spool", "spool purge: removed 0 files"))
    pm2(pylog("INFO", "matcher.worker", "matched %d photos in last 60s (faces=%d, wristband ids=%d)" % (R.ri(300, 450), R.ri(600, 900), R.ri(200, 350))))
    kiosk(pino("info", "request completed", res={"statusCode": 404}, url="/v1/photos?band=00000000", responseTime=round(R.rf(3, 9), 1)))
    pm3(pylog("INFO", "matcher.worker", "matched %d photos in last 60s (faces=%d, wristband ids=%d)" % (R.ri(300, 450), R.ri(600, 900), R.ri(200, 350))))
    kiosk(pino("info", "request completed", res={"statusCode": 200}, url="/v1/photos?band=%s" % R.hexs(8), responseTime=round(R.rf(10, 40), 1)))
    pm2(pylog("INFO", "matcher.spool", "spool dir /tmp/frames holds 1.1 GiB (5210 files)"))
    return dict(
        question="Anything I should know about in park-photos?",
        selector=sel(ns=ns),
        expected=exp("WARN", "resource_exhausted", "photo-matcher",
                     "A photo-matcher pod filled its /tmp/frames spool faster than it purged and exceeded its 4Gi ephemeral-storage limit, so the kubelet evicted it.",
                     "One photo-matcher replica was evicted for ephemeral-storage usage; a replacement started and matching throughput recovered, with only a brief slowdown at the kiosk API.",
                     "Optional: fix the spool purge lag or move the spool to a sized volume / raise the ephemeral-storage limit to prevent repeat evictions."))


@scenario("parks-pass-renewal-rollout", "parks", "lke", "splunk", evconv="event-exporter", qkind="misleading")
def _p_renewal_config(R):
    ns = "season-pass"
    ren = R.wl(ns, "pass-renewal", node=1)
    web = R.wl(ns, "season-pass-web", container="web", node=0, app="season-pass")
    app = "pass-renewal"
    def boot():
        ren(spring("INFO", app, "main", "c.p.renewal.PassRenewalApplication", "Starting PassRenewalApplication v4.3.0 using Java 21.0.2 with PID 1 (/app/app.jar started by app in /app)"))
        ren(spring("INFO", app, "main", "c.p.renewal.PassRenewalApplication", 'The following 1 profile is active: "prod"'))
        ren(spring("INFO", app, "main", "o.s.b.w.embedded.tomcat.TomcatWebServer", "Tomcat initialized with port 8080 (http)"))
    boot()
    ren(spring("WARN", app, "main", "ConfigServletWebServerApplicationContext", "Exception encountered during context initialization - cancelling refresh attempt: org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'paymentWebhookVerifier': Injection of autowired dependencies failed"), ev=True)
    ren(spring("ERROR", app, "main", "o.s.boot.SpringApplication", "Application run failed"))
    ren("Caused by: java.lang.IllegalArgumentException: Could not resolve placeholder 'PAYMENT_WEBHOOK_SECRET' in value \"${PAYMENT_WEBHOOK_SECRET}\"", ev=True)
    ren("\tat org.springframework.util.PropertyPlaceholderHelper.parseStringValue(PropertyPlaceholderHelper.java:180)")
    web(rails("INFO", (_rid := R.uid()), 'Started GET "/account" for %s at @JAVA@ +0000' % R.pub_ip()))
    _ms = R.ri(30, 90)
    web(rails("INFO", _rid, "Completed 200 OK in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)" % (_ms, R.rf(8, 30), R.rf(3, 15), R.ri(5000, 12000))), dt=_ms / 1000.0 + R.rf(0.001, 0.02))
    R.event(ns, "Pod", ren.pod, "BackOff", "Back-off restarting failed container pass-renewal in pod %s_%s(%s)" % (ren.pod, ns, R.uid()), host=R.nodes[1], count=R.ri(5, 9), fieldpath="spec.containers{pass-renewal}")
    web(rails("INFO", (_rid := R.uid()), 'Started POST "/renewals" for %s at @JAVA@ +0000' % R.pub_ip()))
    web(rails("ERROR", _rid, "Renewal checkout unavailable: Failed to open TCP connection to pass-renewal.season-pass.svc.cluster.local:8080 (Connection refused - connect(2) for \"pass-renewal.season-pass.svc.cluster.local\" port 8080)"), dt=R.rf(0.004, 0.01))
    _ms = R.ri(5, 20)
    web(rails("INFO", _rid, "Completed 503 Service Unavailable in %dms (ActiveRecord: %.1fms | Allocations: %d)" % (_ms, R.rf(1, 4), R.ri(1000, 3000))), dt=_ms / 1000.0 + R.rf(0.001, 0.02))
    R.gap(R.rf(60, 120))
    boot()
    ren(spring("WARN", app, "main", "ConfigServletWebServerApplicationContext", "Exception encountered during context initialization - cancelling refresh attempt: org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'paymentWebhookVerifier': Injection of autowired dependencies failed"), ev=True)
    ren("Caused by: java.lang.IllegalArgumentException: Could not resolve placeholder 'PAYMENT_WEBHOOK_SECRET' in value \"${PAYMENT_WEBHOOK_SECRET}\"", ev=True)
    R.event(ns, "Pod", ren.pod, "BackOff", "Back-off restarting failed container pass-renewal in pod %s_%s(%s)" % (ren.pod, ns, R.uid()), host=R.nodes[1], count=R.ri(10, 16), fieldpath="spec.containers{pass-renewal}")
    web(rails("WARN", None, "Rack::Attack throttled request from %s to /users/sign_in (5 req/20s)" % R.pub_ip()))
    web(rails("INFO", (_rid := R.uid()), 'Started GET "/passes/%d" for %s at @JAVA@ +0000' % (R.ri(100000, 999999), R.pub_ip())))
    _ms = R.ri(30, 90)
    web(rails("INFO", _rid, "Completed 200 OK in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)" % (_ms, R.rf(8, 30), R.rf(3, 15), R.ri(5000, 12000))), dt=_ms / 1000.0 + R.rf(0.001, 0.02))
    return dict(
        question="Season pass renewals seem a little sluggish today - low priority, yes?",
        selector=sel(ns=ns, app="pass-renewal"),
        expected=exp("CRITICAL", "config_error", "pass-renewal",
                     "pass-renewal cannot start because the PAYMENT_WEBHOOK_SECRET environment variable / property is not set, so Spring fails to create the webhook verifier bean.",
                     "pass-renewal is in CrashLoopBackOff on a missing placeholder; the season-pass web app gets connection refused and returns 503 for every renewal.",
                     "Restore the PAYMENT_WEBHOOK_SECRET entry in the Secret/env referenced by the deployment (check for a renamed key), then restart the rollout."))


@scenario("parks-food-court-card-auth", "parks", "microk8s", "fluentbit", qkind="specific")
def _p_pos_tls(R):
    ns = "fnb-pos"
    gw = R.wl(ns, "pos-gateway", container="gateway", node=0)
    sync = R.wl(ns, "pos-sync", node=1)
    cm = R.wl("cert-manager", "cert-manager", container="cert-manager-controller", node=2, app="cert-manager")
    acq = "auth.payhub-acquiring.net"
    expiry = (R.base - timedelta(days=1)).strftime("%Y-%m-%dT23:59:59Z")
    gw(logrus("info", "authorisation approved", terminal="KIOSK-%02d" % R.ri(1, 30), amount_minor=R.ri(450, 3800), ms=R.ri(180, 420)))
    cm(R.klog("I", "conditions.go:%d" % R.ri(190, 260), '"Certificate does not need re-issuance" logger="cert-manager.controller" resource_name="pos-ui-tls" resource_namespace="%s" resource_kind="Certificate" resource_version="v1"' % ns, pid=1))
    gw(logrus("error", "authorisation failed", terminal="KIOSK-%02d" % R.ri(1, 30), error='Post "https://%s/v3/authorize": tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time @ISOS@ is after %s' % (acq, expiry)), ev=True)
    gw(logrus("warning", "switching terminal to offline store-and-forward", terminal="KIOSK-%02d" % R.ri(1, 30), floor_limit_minor=5000))
    sync(dotnet("Information", "Pos.Sync.TransactionBatcher", "Uploaded batch of {Count} transactions from {Outlet}", 0, Count=R.ri(20, 60), Outlet="Summit Grill"))
    gw(logrus("error", "authorisation failed", terminal="KIOSK-%02d" % R.ri(1, 30), error='Post "https://%s/v3/authorize": tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time @ISOS@ is after %s' % (acq, expiry)), ev=True)
    gw(logrus("info", "tls peer certificate", host=acq, subject="CN=%s,O=PayHub Acquiring Ltd" % acq, not_after=expiry, issuer="CN=Sectigo RSA Domain Validation Secure Server CA"), ev=True)
    sync(dotnet("Warning", "Pos.Sync.OfflineQueue", "Offline authorisations queued: {Queued} (oldest {AgeMinutes} min)", 0, Queued=R.ri(25, 60), AgeMinutes=R.ri(12, 40)))
    gw(logrus("info", "menu sync ok", items=R.ri(40, 70)))
    gw(logrus("error", "authorisation failed", terminal="KIOSK-%02d" % R.ri(1, 30), error='Post "https://%s/v3/authorize": tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time @ISOS@ is after %s' % (acq, expiry)), ev=True)
    sync(dotnet("Information", "Pos.Sync.Health", "Sync lag {LagSeconds}s, pending {Pending}, failed {Failed}", 0, LagSeconds=R.ri(1, 4), Pending=R.ri(0, 6), Failed=0))
    cm(R.klog("I", "conditions.go:%d" % R.ri(190, 260), '"Certificate does not need re-issuance" logger="cert-manager.controller" resource_name="pos-gateway-internal" resource_namespace="%s" resource_kind="Certificate" resource_version="v1"' % ns, pid=1))
    gw(logrus("warning", "switching terminal to offline store-and-forward", terminal="KIOSK-%02d" % R.ri(1, 30), floor_limit_minor=5000))
    return dict(
        question="Why are card payments at the food court dropping into offline mode?",
        selector=sel(ns=ns),
        expected=exp("ERROR", "tls_certificate", "pos-gateway",
                     "The card acquirer's endpoint %s presents a certificate that expired on %s, so pos-gateway rejects the TLS handshake for every authorisation." % (acq, expiry[:10]),
                     "All online card authorisations fail x509 verification and terminals fall back to offline store-and-forward; internal certificates managed by cert-manager are fine.",
                     "Escalate to the acquirer to renew their certificate (or switch to their alternate endpoint); do not disable verification; monitor the offline queue and floor limits."))


# ===== theme: dental and optometry clinic chains ===============================

@scenario("clinics-booking-steady", "clinics", "eks", "datadog", evconv="event-exporter", qkind="open")
def _c_booking_steady(R):
    ns = "appointments"
    web = R.wl(ns, "booking-web", container="web", node=0, app="booking")
    sq = R.wl(ns, "booking-sidekiq", container="sidekiq", node=1, app="booking")
    pgb = R.wl(ns, "pgbouncer", node=2)
    def req(method, path, status, ms, reqid=None):
        rid = reqid or R.uid()
        web(rails("INFO", rid, 'Started %s "%s" for %s at @JAVA@ +0000' % (method, path, R.pub_ip())))
        reason = {200: "OK", 201: "Created", 302: "Found", 401: "Unauthorized", 404: "Not Found", 422: "Unprocessable Content"}[status]
        web(rails("INFO", rid, "Completed %d %s in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)" % (status, reason, ms, ms * R.rf(0.2, 0.5), ms * R.rf(0.1, 0.4), R.ri(900, 12000) if ms > 20 else R.ri(500, 1500))), dt=ms / 1000.0 + R.rf(0.001, 0.02))
    web(rails("WARN", None, "DEPRECATION WARNING: `ActiveSupport::ProxyObject` is deprecated and will be removed in Rails 8.0. Use `BasicObject` instead. (called from <main> at /app/config/initializers/presenters.rb:4)"))
    req("GET", "/clinics/%d/availability?date=2026-03-%02d&provider=hyg" % (R.ri(10, 99), R.ri(1, 28)), 200, R.ri(40, 110))
    sq("@ISO@ pid=1 tid=%s class=AppointmentReminderJob jid=%s INFO: start" % (R.alnum(5), R.hexs(24)))
    pgb("@PG@ [1] LOG stats: %d xacts/s, %d queries/s, 0 client parses/s, 0 server parses/s, 0 binds/s, in %d B/s, out %d B/s, xact %d us, query %d us, wait %d us" % (R.ri(30, 60), R.ri(200, 400), R.ri(90000, 160000), R.ri(600000, 990000), R.ri(1500, 2600), R.ri(300, 600), R.ri(1, 9)))
    req("POST", "/appointments", 201, R.ri(60, 140))
    jid = R.hexs(24)
    sq("@ISO@ pid=1 tid=%s class=AppointmentReminderJob jid=%s elapsed=%.3f INFO: fail" % (R.alnum(5), jid, R.rf(5, 6)))
    sq("@ISO@ pid=1 tid=%s WARN: {\"context\":\"Job raised exception\",\"job\":{\"retry\":true,\"queue\":\"reminders\",\"class\":\"AppointmentReminderJob\",\"jid\":\"%s\",\"retry_count\":0},\"error_class\":\"Net::OpenTimeout\",\"error_message\":\"execution expired\"}" % (R.alnum(5), jid))
    req("GET", "/patients/me/appointments", 401, R.ri(3, 8))
    R.event(ns, "CronJob", "waitlist-backfill", "SuccessfulCreate", "Created job waitlist-backfill-%d" % R.ri(29400000, 29599999), etype="Normal", comp="cronjob-controller")
    req("GET", "/clinics/%d/availability?date=2026-03-%02d&provider=dds" % (R.ri(10, 99), R.ri(1, 28)), 200, R.ri(40, 110))
    sq("@ISO@ pid=1 tid=%s class=WaitlistBackfillJob jid=%s INFO: done: offered 3 slots" % (R.alnum(5), R.hexs(24)))
    R.gap(R.rf(25, 40))
    sq("@ISO@ pid=1 tid=%s class=AppointmentReminderJob jid=%s INFO: start" % (R.alnum(5), jid))
    sq("@ISO@ pid=1 tid=%s class=AppointmentReminderJob jid=%s elapsed=%.3f INFO: done" % (R.alnum(5), jid, R.rf(0.3, 1.1)))
    R.event(ns, "CronJob", "waitlist-backfill", "SawCompletedJob", "Saw completed job: waitlist-backfill-%d, status: Complete" % R.ri(29400000, 29599999), etype="Normal", comp="cronjob-controller")
    req("GET", "/wp-admin/setup-config.php", 404, R.ri(2, 5))
    pgb("@PG@ [1] LOG stats: %d xacts/s, %d queries/s, 0 client parses/s, 0 server parses/s, 0 binds/s, in %d B/s, out %d B/s, xact %d us, query %d us, wait %d us" % (R.ri(30, 60), R.ri(200, 400), R.ri(90000, 160000), R.ri(600000, 990000), R.ri(1500, 2600), R.ri(300, 600), R.ri(1, 9)))
    req("PATCH", "/appointments/%d" % R.ri(100000, 999999), 200, R.ri(50, 120))
    sq("@ISO@ pid=1 tid=%s INFO: Sidekiq stats processed=%d failed=%d busy=1 enqueued=0 retries=0" % (R.alnum(5), R.ri(500000, 600000), R.ri(3000, 3100)))
    return dict(
        question="How is online booking doing? Anything to worry about?",
        selector=sel(ns=ns),
        expected=exp("INFO", "none", None,
                     "No incident: booking requests succeed; a reminder job timed out once and succeeded on retry.",
                     "Bookings, availability lookups and the waitlist CronJob complete normally; pgbouncer wait times are tiny; the 401/404 are an expired session and a scanner, and the Rails deprecation warning is harmless.",
                     "No action needed."))


@scenario("clinics-imaging-steady", "clinics", "openshift", "openshift", evconv="otel-k8sevents", qkind="misleading", cluster="ocp-clinic-4mzq8")
def _c_imaging_steady(R):
    ns = "imaging"
    arc = R.wl(ns, "dcm4chee-arc", container="arc", node=0, kind="sts", pod="dcm4chee-arc-0")
    thumb = R.wl(ns, "thumbnailer", node=1)
    viewer = R.wl(ns, "ohif-viewer", container="nginx", node=2, app="viewer")
    thr = lambda: "(EE-ManagedExecutorService-default-Thread-%d)" % R.ri(1, 40)
    def assoc(aet, n):
        return "%s:%s<-%s(%d)" % ("DCM4CHEE", "STORESCP", aet, n)
    n = R.ri(1000, 9000)
    arc("@JAVAC@ INFO  [org.dcm4che3.net.Association] %s Accept connection Socket[addr=/%s,port=%d,localport=11112]" % (thr(), R.pub_ip(), R.ri(40000, 60000)))
    arc("@JAVAC@ INFO  [org.dcm4che3.net.Association] %s %s >> A-ASSOCIATE-AC[calledAET: DCM4CHEE, callingAET: PANO_NORTH_02]" % (thr(), assoc("PANO_NORTH_02", n)))
    arc("@JAVAC@ WARN  [org.dcm4che3.data.Attributes] %s Invalid value of (0008,0020) DA '20260230' in StudyDate - stored as received" % thr())
    arc("@JAVAC@ INFO  [org.dcm4chee.arc.store.impl.StoreServiceImpl] %s %s: Store object 1.2.840.%d.%d.%d of Study 1.2.840.%d.%d to ONLINE storage" % (thr(), assoc("PANO_NORTH_02", n), R.ri(10000, 99999), R.ri(1000, 9999), R.ri(1, 9), R.ri(10000, 99999), R.ri(1000, 9999)))
    R.event(ns, "Pod", "%s-%s" % (thumb.pod.rsplit("-", 1)[0], _s(R.rng, 5, CONS)), "AddedInterface", "Add eth0 [%s/23] from ovn-kubernetes" % R.ip(), etype="Normal", comp="multus")
    thumb(pylog("INFO", "thumbs.worker", "rendered 4 thumbnails for series 1.2.840.%d.%d in 0.%02ds" % (R.ri(10000, 99999), R.ri(100, 999), R.ri(10, 90))))
    arc("[@ISO@][info][gc] GC(%d) Pause Young (Normal) (G1 Evacuation Pause) %dM->%dM(4096M) %.3fms" % (R.ri(3000, 6000), R.ri(2100, 2600), R.ri(600, 900), R.rf(15, 40)))
    viewer(R.nginx("GET", "/dicom-web/studies?PatientID=%d&limit=25" % R.ri(100000, 999999), 200, rt=R.rf(0.02, 0.2)))
    arc("@JAVAC@ INFO  [org.dcm4che3.net.Association] %s %s << A-RELEASE-RQ" % (thr(), assoc("PANO_NORTH_02", n)))
    arc("@JAVAC@ ERROR [org.dcm4chee.arc.query.impl.QueryServiceImpl] %s QIDO-RS query failed: PatientID '%d' unknown - returning empty result" % (thr(), R.ri(100000, 999999)))
    viewer(R.nginx("GET", "/dicom-web/studies/1.2.840.%d/series" % R.ri(10000, 99999), 200, rt=R.rf(0.02, 0.2)))
    thumb(pylog("INFO", "thumbs.worker", "rendered 12 thumbnails for series 1.2.840.%d.%d in 1.%02ds" % (R.ri(10000, 99999), R.ri(100, 999), R.ri(10, 90))))
    R.event(ns, "Pod", arc.pod, "Unhealthy", 'Readiness probe failed: Get "http://%s:8080/dcm4chee-arc/ui2/": context deadline exceeded (Client.Timeout exceeded while awaiting headers)' % arc.ip, comp="kubelet", host=R.nodes[0])
    viewer(R.nginx("GET", "/dicom-web/studies/1.2.840.%d/series/1.2.840.%d/instances/1.2.840.%d/frames/1" % (R.ri(10000, 99999), R.ri(10000, 99999), R.ri(10000, 99999)), 200, size=R.ri(200000, 900000), rt=R.rf(0.05, 0.4)))
    arc("@JAVAC@ INFO  [org.dcm4chee.arc.store.impl.StoreServiceImpl] %s Store object 1.2.840.%d.%d.%d of Study 1.2.840.%d.%d to ONLINE storage" % (thr(), R.ri(10000, 99999), R.ri(1000, 9999), R.ri(1, 9), R.ri(10000, 99999), R.ri(1000, 9999)))
    thumb(pylog("INFO", "thumbs.stats", "queue depth 0, failed 0, processed last 5m 131"))
    viewer(R.nginx("GET", "/assets/app.6f2b1c.js", 304, size=0, rt=0.001))
    return dict(
        question="The DICOM archive logged an ERROR and a probe failure - are we losing scans? This looks critical.",
        selector=sel(ns=ns),
        expected=exp("INFO", "none", None,
                     "No incident: images are stored and viewed normally; the error is a handled query for an unknown patient ID.",
                     "dcm4chee stores incoming panoramic studies, thumbnails render with zero failures and the viewer serves studies; a single readiness probe miss during a GC pause, a malformed StudyDate warning and an empty QIDO result are benign.",
                     "No action needed."))


@scenario("clinics-report-renderer-workers", "clinics", "civo", "vector", nodeconv="syslog", qkind="specific")
def _c_renderer_oom(R):
    ns = "imaging"
    rr = R.wl(ns, "report-renderer", container="renderer", node=1)
    portal = R.wl(ns, "clinic-portal", container="nginx", node=0, app="clinic-portal")
    thumb = R.wl(ns, "thumbnailer", node=2)
    up = "%s:8000" % rr.ip
    def boot(pid):
        rr("[@GUNI@] [1] [INFO] Booting worker with pid: %d" % pid)
    rr("[@GUNI@] [%d] [INFO] POST /render/treatment-plan study=PANO-%d pages=3" % (R.ri(7, 12), R.ri(10000, 99999)))
    portal(R.nginx("POST", "/api/reports/render", 200, size=R.ri(300000, 900000), client=R.pub_ip(), rt=R.rf(1.5, 3.0)))
    thumb(pylog("INFO", "thumbs.worker", "rendered 4 thumbnails for series 1.2.840.%d in 0.%02ds" % (R.ri(10000, 99999), R.ri(10, 90))))
    pid = R.ri(40, 99)
    rr("[@GUNI@] [%d] [INFO] POST /render/full-mouth-series study=FMX-%d pages=22 images=18" % (pid, R.ri(10000, 99999)))
    R.kern(1, "gunicorn invoked oom-killer: gfp_mask=0x140cca(GFP_HIGHUSER_MOVABLE|__GFP_COMP), order=0, oom_score_adj=%d" % R.ri(900, 999))
    R.kern(1, "oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=cri-containerd-%s.scope,mems_allowed=0,oom_memcg=/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod%s.slice,task=gunicorn,pid=%d,uid=1000" % (R.hexs(64), R.uid().replace("-", "_"), pid), ev=True, dt=0.001)
    R.kern(1, "Memory cgroup out of memory: Killed process %d (gunicorn) total-vm:%dkB, anon-rss:%dkB, file-rss:%dkB, shmem-rss:0kB, UID:1000 pgtables:%dkB oom_score_adj:%d" % (pid, R.ri(1900000, 2300000), R.ri(1400000, 1500000), R.ri(20000, 40000), R.ri(3000, 4000), R.ri(900, 999)), ev=True, dt=0.001)
    rr("[@GUNI@] [1] [ERROR] Worker (pid:%d) was sent SIGKILL! Perhaps out of memory?" % pid, ev=True)
    portal("@NGINXERR@ [error] 29#29: *%d upstream prematurely closed connection while reading response header from upstream, client: %s, server: portal.smileline.care, request: \"POST /api/reports/render HTTP/1.1\", upstream: \"http://%s/render/full-mouth-series\", host: \"portal.smileline.care\"" % (R.ri(10000, 99999), R.pub_ip(), up))
    portal(R.nginx("POST", "/api/reports/render", 502, size=157, client=R.pub_ip(), rt=R.rf(8, 14)))
    npid = R.ri(100, 160)
    boot(npid)
    rr("[@GUNI@] [%d] [INFO] POST /render/recall-letter patient=%d pages=1" % (npid, R.ri(100000, 999999)))
    portal(R.nginx("POST", "/api/reports/render", 200, size=R.ri(40000, 90000), client=R.pub_ip(), rt=R.rf(0.3, 0.9)))
    rr("[@GUNI@] [%d] [INFO] POST /render/full-mouth-series study=FMX-%d pages=24 images=20" % (npid, R.ri(10000, 99999)))
    R.kern(1, "Memory cgroup out of memory: Killed process %d (gunicorn) total-vm:%dkB, anon-rss:%dkB, file-rss:%dkB, shmem-rss:0kB, UID:1000 pgtables:%dkB oom_score_adj:%d" % (npid, R.ri(1900000, 2300000), R.ri(1400000, 1500000), R.ri(20000, 40000), R.ri(3000, 4000), R.ri(900, 999)), ev=True, dt=R.rf(6, 9))
    rr("[@GUNI@] [1] [ERROR] Worker (pid:%d) was sent SIGKILL! Perhaps out of memory?" % npid, ev=True)
    portal(R.nginx("POST", "/api/reports/render", 502, size=157, client=R.pub_ip(), rt=R.rf(8, 14)))
    boot(R.ri(170, 220))
    R.kern(0, "IPv6: ADDRCONF(NETDEV_CHANGE): veth%s: link becomes ready" % R.hexs(8))
    thumb(pylog("INFO", "thumbs.stats", "queue depth 0, failed 0, processed last 5m %d" % R.ri(90, 160)))
    portal(R.nginx("GET", "/api/reports/%d.pdf" % R.ri(100000, 999999), 200, size=R.ri(40000, 400000), client=R.pub_ip(), rt=R.rf(0.01, 0.05)))
    return dict(
        question="Why do full-mouth-series treatment reports fail with 502 while small letters render fine?",
        selector=sel(app="report-renderer"),
        expected=exp("ERROR", "oom_killed", "report-renderer",
                     "Rendering full-mouth-series reports (20+ images) pushes a gunicorn worker past the report-renderer container's memory limit, and the kernel OOM-kills the worker mid-request.",
                     "Each large report kills its gunicorn worker (cgroup OOM, 'sent SIGKILL! Perhaps out of memory?') and the portal returns 502; the master respawns workers so small renders still succeed.",
                     "Raise the renderer memory limit or render large series with downscaled images / streaming, and reduce workers per pod so one large job fits."))


@scenario("clinics-chart-summary-release", "clinics", "aks", "otel", evconv="alloy-events", qkind="open")
def _c_charts_npe(R):
    ns = "patient-charts"
    api = R.wl(ns, "charts-api", node=0)
    api2 = api.with_pod(node=1)
    portal = R.wl(ns, "clinic-portal-bff", container="bff", node=2)
    cat = "Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware"
    exc = ("System.NullReferenceException: Object reference not set to an instance of an object.\n"
           "   at Clinic.Charts.Summary.InsuranceSection.Build(Patient patient) in /src/Clinic.Charts/Summary/InsuranceSection.cs:line 42\n"
           "   at Clinic.Charts.Summary.ChartSummaryBuilder.BuildAsync(Guid patientId, CancellationToken ct) in /src/Clinic.Charts/Summary/ChartSummaryBuilder.cs:line 87\n"
           "   at Clinic.Charts.Api.Endpoints.SummaryEndpoints.<>c.<<Map>b__0_0>d.MoveNext() in /src/Clinic.Charts.Api/Endpoints/SummaryEndpoints.cs:line 23")
    R.event(ns, "Deployment", "charts-api", "ScalingReplicaSet", "Scaled up replica set %s to 2" % api.pod.rsplit("-", 1)[0], etype="Normal", comp="deployment-controller")
    api(dotnet("Information", "Microsoft.Hosting.Lifetime", "Application started. Press Ctrl+C to shut down.", 0))
    api(dotnet("Warning", "Microsoft.EntityFrameworkCore.Query", "The query uses a row limiting operator ('Skip'/'Take') without an 'OrderBy' operator. This may lead to unpredictable results. If the 'Distinct' operator is used after 'OrderBy', then make sure to use the 'OrderBy' operator after 'Distinct' as the ordering would otherwise get erased.", 10102))
    portal(pino("info", "request completed", req={"method": "GET", "url": "/charts/%s/timeline" % R.uid()}, res={"statusCode": 200}, responseTime=round(R.rf(20, 80), 1)))
    pid = R.uid()
    api(dotnet("Error", cat, "An unhandled exception has occurred while executing the request.", 1, Exception=exc, RequestPath="/v2/patients/%s/summary" % pid), ev=True)
    portal(pino("error", "upstream error", upstream="http://charts-api.patient-charts.svc.cluster.local/v2/patients/%s/summary" % pid, statusCode=500, responseTime=round(R.rf(30, 90), 1)))
    api2(dotnet("Information", "Microsoft.AspNetCore.Hosting.Diagnostics", "Request finished HTTP/1.1 GET http://charts-api.patient-charts.svc.cluster.local/v2/patients/%s/perio-chart - 200 null application/json; charset=utf-8 %.4fms" % (R.uid(), R.rf(20, 90)), 2))
    pid2 = R.uid()
    api2(dotnet("Error", cat, "An unhandled exception has occurred while executing the request.", 1, Exception=exc, RequestPath="/v2/patients/%s/summary" % pid2), ev=True)
    portal(pino("error", "upstream error", upstream="http://charts-api.patient-charts.svc.cluster.local/v2/patients/%s/summary" % pid2, statusCode=500, responseTime=round(R.rf(30, 90), 1)))
    api(dotnet("Information", "Microsoft.AspNetCore.Hosting.Diagnostics", "Request finished HTTP/1.1 GET http://charts-api.patient-charts.svc.cluster.local/v2/patients/%s/summary - 200 null application/json; charset=utf-8 %.4fms" % (R.uid(), R.rf(20, 90)), 2))
    api(dotnet("Warning", "Clinic.Charts.Api.Endpoints.PatientEndpoints", "Patient {PatientId} not found", 0, PatientId=R.uid()))
    portal(pino("info", "request completed", req={"method": "GET", "url": "/charts/%s/summary" % R.uid()}, res={"statusCode": 200}, responseTime=round(R.rf(20, 80), 1)))
    api(dotnet("Information", "Clinic.Charts.Summary.ChartSummaryBuilder", "Built summary for {PatientId}: insurance={InsuranceKind}", 0, PatientId=R.uid(), InsuranceKind="PPO"))
    pid3 = R.uid()
    api(dotnet("Error", cat, "An unhandled exception has occurred while executing the request.", 1, Exception=exc, RequestPath="/v2/patients/%s/summary" % pid3), ev=True)
    portal(pino("error", "upstream error", upstream="http://charts-api.patient-charts.svc.cluster.local/v2/patients/%s/summary" % pid3, statusCode=500, responseTime=round(R.rf(30, 90), 1)))
    api2(dotnet("Information", "Clinic.Charts.Summary.ChartSummaryBuilder", "Built summary for {PatientId}: insurance={InsuranceKind}", 0, PatientId=R.uid(), InsuranceKind="HMO"))
    portal(pino("warn", "token expired, redirecting to login", res={"statusCode": 401}))
    return dict(
        question="Front desk says some patient chart summaries show an error page since this morning's release. What's going on?",
        selector=sel(ns=ns),
        expected=exp("ERROR", "application_error", "charts-api",
                     "A bug in charts-api's InsuranceSection.Build (InsuranceSection.cs line 42) throws NullReferenceException for patients with no insurance record (self-pay), so their summary requests fail.",
                     "charts-api returns 500 on a subset of /summary requests with an unhandled NullReferenceException; summaries for insured patients and other endpoints succeed.",
                     "Fix the null handling for self-pay patients in InsuranceSection.Build (or roll back the release) and add a test for patients without insurance."))


@scenario("clinics-lens-lab-backlog", "clinics", "gke", "alloy", evconv="otel-k8sobjects", qkind="specific")
def _c_lens_sched(R):
    ns = "lens-lab"
    proc = R.wl(ns, "lens-order-processor", container="processor", node=0)
    proc2 = proc.with_pod(node=1)
    mq = R.wl(ns, "rabbitmq", node=2, kind="sts", pod="rabbitmq-0")
    pend = [proc.with_pod(node=3) for _ in range(3)]
    rs = pend[0].pod.rsplit("-", 1)[0]
    proc(spring("INFO", "lens-order-processor", "order-consumer-3", "c.o.lens.OrderHandler", "order %d surfaced: Rx OD -2.25/-0.75x180 OS -2.00 progressive, lab=NORTH" % R.ri(100000, 999999)))
    R.event(ns, "HorizontalPodAutoscaler", "lens-order-processor", "SuccessfulRescale", "New size: 5; reason: external metric rabbitmq_queue_messages_ready(&LabelSelector{MatchLabels:map[string]string{queue: lens-orders,},MatchExpressions:[]LabelSelectorRequirement{},}) above target", etype="Normal", comp="horizontal-pod-autoscaler")
    R.event(ns, "ReplicaSet", rs, "SuccessfulCreate", "Created pod: %s" % pend[0].pod, etype="Normal", comp="replicaset-controller")
    msg = "0/5 nodes are available: 2 Insufficient memory, 3 node(s) had untolerated taint {dedicated: imaging}. preemption: 0/5 nodes are available: 2 No preemption victims found for incoming pod, 3 Preemption is not helpful for scheduling."
    for w in pend:
        R.event(ns, "Pod", w.pod, "FailedScheduling", msg, comp="default-scheduler", ev=True)
    R.event(ns, "Pod", pend[0].pod, "NotTriggerScaleUp", "pod didn't trigger scale-up: 1 max node group size reached, 1 node(s) had untolerated taint {dedicated: imaging}", etype="Normal", comp="cluster-autoscaler", ev=True)
    mq("@RMQ@ [info] <0.%d.0> accepting AMQP connection %s:%d -> %s:5672" % (R.ri(1000, 9999), proc2.ip, R.ri(40000, 60000), mq.ip))
    proc2(spring("INFO", "lens-order-processor", "order-consumer-1", "c.o.lens.OrderHandler", "order %d surfaced: Rx OD +1.50 OS +1.25 single vision, lab=NORTH" % R.ri(100000, 999999)))
    proc(spring("WARN", "lens-order-processor", "scheduling-1", "c.o.lens.SlaMonitor", "queue lens-orders depth=%d, oldest=3h41m; %d orders will miss the 4h lab SLA" % (R.ri(4200, 5200), R.ri(180, 260))))
    R.gap(R.rf(240, 400))
    for w in pend[:2]:
        R.event(ns, "Pod", w.pod, "FailedScheduling", msg, comp="default-scheduler", count=R.ri(6, 12))
    R.event(ns, "Pod", pend[1].pod, "NotTriggerScaleUp", "pod didn't trigger scale-up: 1 max node group size reached, 1 node(s) had untolerated taint {dedicated: imaging}", etype="Normal", comp="cluster-autoscaler", count=R.ri(8, 20), ev=True)
    proc2(spring("ERROR", "lens-order-processor", "scheduling-1", "c.o.lens.SlaMonitor", "SLA breached for %d orders (oldest 4h07m); clinics notified" % R.ri(30, 80)))
    mq("@RMQ@ [info] <0.%d.0> connection <0.%d.0> (%s:%d -> %s:5672): user 'lens' authenticated and granted access to vhost '/'" % (R.ri(1000, 9999), R.ri(1000, 9999), proc.ip, R.ri(40000, 60000), mq.ip))
    proc(spring("INFO", "lens-order-processor", "order-consumer-2", "c.o.lens.OrderHandler", "order %d surfaced: Rx OD -4.75 OS -5.00 high-index, lab=NORTH" % R.ri(100000, 999999)))
    proc(spring("INFO", "lens-order-processor", "scheduling-1", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Pool stats (total=10, active=2, idle=8, waiting=0)"))
    return dict(
        question="Why isn't the lens-order backlog shrinking even though the autoscaler added replicas?",
        selector=sel(ns=ns),
        expected=exp("ERROR", "scheduling", "lens-order-processor",
                     "The new lens-order-processor replicas cannot be scheduled: the general nodes lack memory, the remaining nodes carry the dedicated=imaging taint, and the node pool is already at its maximum size.",
                     "Three scaled-out replicas stay Pending (FailedScheduling, NotTriggerScaleUp: max node group size reached) so only two processors drain the queue and orders breach the lab SLA.",
                     "Raise the node pool maximum or add a pool for lens-lab, or lower the processor memory request; then confirm the pending pods schedule and the queue drains."))


@scenario("clinics-hl7-bridge", "clinics", "k0s", "fluentd", qkind="open")
def _c_hl7_refused(R):
    ns = "pms-bridge"
    snd = R.wl(ns, "hl7-sender", node=0)
    fhir = R.wl(ns, "fhir-sync", node=1)
    api = R.wl(ns, "bridge-api", node=2, drop_app=True)
    host = "mirth.clinic-dc.internal"
    port = 6661
    fhir(ecsj("INFO", "c.d.fhir.SyncJob", "pushed 48 Appointment resources to FHIR store (0 failed)", service="fhir-sync"))
    snd(spring("INFO", "hl7-sender", "mllp-out-1", "c.d.hl7.MllpSender", "SIU^S12 msgId=%d sent to %s:%d ACK=AA in %dms" % (R.ri(100000, 999999), host, port, R.ri(20, 60))))
    snd(spring("ERROR", "hl7-sender", "mllp-out-2", "c.d.hl7.MllpSender", "SIU^S12 msgId=%d delivery failed: ca.uhn.hl7v2.llp.LLPException: Unable to connect to %s:%d" % (R.ri(100000, 999999), host, port)), ev=True)
    snd("Caused by: java.net.ConnectException: Connection refused", ev=True)
    snd("\tat java.base/sun.nio.ch.Net.connect0(Native Method)")
    api(slog("INFO", "request", method="GET", path="/healthz", status=200, dur="0.4ms"))
    snd(spring("WARN", "hl7-sender", "mllp-out-2", "c.d.hl7.RetryQueue", "requeued msgId, attempt 2/10, backoff 30s (queue size %d)" % R.ri(40, 80)))
    fhir(ecsj("WARN", "c.d.fhir.FhirClient", "HTTP 412 Precondition Failed on Patient/%d (version conflict), re-read and retried: OK" % R.ri(10000, 99999), service="fhir-sync"))
    snd(spring("ERROR", "hl7-sender", "mllp-out-1", "c.d.hl7.MllpSender", "ADT^A08 msgId=%d delivery failed: ca.uhn.hl7v2.llp.LLPException: Unable to connect to %s:%d" % (R.ri(100000, 999999), host, port)), ev=True)
    snd("Caused by: java.net.ConnectException: Connection refused", ev=True)
    api(slog("INFO", "request", method="POST", path="/v1/appointments", status=202, dur="%.1fms" % R.rf(3, 12)))
    R.gap(R.rf(60, 120))
    snd(spring("INFO", "hl7-sender", "mllp-out-3", "c.d.hl7.ConnectivityProbe", "tcp probe %s:%d -> REFUSED (%s)" % (host, port, "10.60.%d.%d" % (R.ri(1, 20), R.ri(2, 250)))), ev=True)
    snd(spring("INFO", "hl7-sender", "mllp-out-3", "c.d.hl7.ConnectivityProbe", "tcp probe sftp.clinic-dc.internal:22 -> OPEN"))
    fhir(ecsj("INFO", "c.d.fhir.SyncJob", "pushed 37 Appointment resources to FHIR store (0 failed)", service="fhir-sync"))
    snd(spring("ERROR", "hl7-sender", "mllp-out-2", "c.d.hl7.MllpSender", "SIU^S14 msgId=%d delivery failed: ca.uhn.hl7v2.llp.LLPException: Unable to connect to %s:%d" % (R.ri(100000, 999999), host, port)), ev=True)
    snd(spring("WARN", "hl7-sender", "scheduling-1", "c.d.hl7.RetryQueue", "retry queue size %d, oldest message 14m" % R.ri(120, 200)))
    api(slog("WARN", "request", method="GET", path="/v1/patients/000", status=404, dur="1.1ms"))
    return dict(
        question="Anything wrong with the practice-management bridge?",
        selector=sel(ns=ns),
        expected=exp("ERROR", "connection_refused", "hl7-sender",
                     "The on-premises HL7 interface engine (%s:%d) refuses TCP connections, so hl7-sender cannot deliver MLLP messages to the practice-management system." % (host, port),
                     "All HL7 SIU/ADT deliveries fail with Connection refused and pile up in the retry queue; the same host's SFTP port is open and the FHIR sync is healthy.",
                     "Check the Mirth channel/listener on port %d at the clinic data centre (channel stopped or engine down) and restart it; the retry queue will drain afterwards." % port))


@scenario("clinics-eligibility-clearinghouse", "clinics", "iks", "filebeat", qkind="misleading")
def _c_elig_timeout(R):
    ns = "eligibility"
    api = R.wl(ns, "eligibility-api", node=0)
    fd = R.wl(ns, "front-desk-bff", container="bff", node=1)
    cache = R.wl(ns, "elig-cache", container="redis", node=2, kind="sts", pod="elig-cache-0", drop_app=True)
    ch = "rt.claimbridge-ch.com"
    def ok(ms):
        api(pylog("INFO", "elig.client", "POST https://%s/x12/270 payer=%s -> 200 271 received in %dms" % (ch, R.pick(["DELTA-DENTAL", "VSP", "EYEMED", "METLIFE-DENTAL", "CIGNA-DENTAL"]), ms)))
    ok(R.ri(700, 1400))
    fd(pino("info", "request completed", req={"method": "POST", "url": "/eligibility/check"}, res={"statusCode": 200}, responseTime=round(R.rf(800, 1500), 1)))
    api(pylog("WARNING", "elig.client", "POST https://%s/x12/270 payer=VSP failed: httpx.ReadTimeout: The read operation timed out (timeout=15.0s)" % ch), ev=True)
    api(pylog("WARNING", "elig.client", "POST https://%s/x12/270 payer=DELTA-DENTAL failed: httpx.ReadTimeout: The read operation timed out (timeout=15.0s)" % ch), ev=True)
    fd(pino("error", "eligibility check failed", upstream="http://eligibility-api.eligibility.svc:8080/v1/check", statusCode=504, responseTime=round(R.rf(15000, 15200), 1)))
    api(pylog("WARNING", "elig.breaker", "circuit OPEN for %s after 5 consecutive timeouts; serving cached 271 responses < 24h old" % ch), ev=True)
    cache("1:M @REDIS@ * 10 changes in 300 seconds. Saving...")
    api(pylog("INFO", "elig.cache", "cache hit payer=EYEMED member=***%d age=6h12m" % R.ri(1000, 9999)))
    api(pylog("WARNING", "elig.client", "POST https://%s/x12/270 payer=METLIFE-DENTAL failed: httpx.ReadTimeout: The read operation timed out (timeout=15.0s)" % ch), ev=True, dt=R.rf(30, 60))
    fd(pino("info", "request completed", req={"method": "GET", "url": "/schedule/today"}, res={"statusCode": 200}, responseTime=round(R.rf(20, 60), 1)))
    R.gap(R.rf(90, 150))
    api(pylog("INFO", "elig.breaker", "circuit HALF_OPEN for %s, trial request" % ch))
    ok(R.ri(1800, 2600))
    api(pylog("INFO", "elig.breaker", "circuit CLOSED for %s" % ch))
    ok(R.ri(700, 1300))
    fd(pino("info", "request completed", req={"method": "POST", "url": "/eligibility/check"}, res={"statusCode": 200}, responseTime=round(R.rf(800, 1500), 1)))
    api(pylog("INFO", "elig.client", "POST https://%s/x12/270 payer=VSP -> 200 271 AAA*N**72*C (invalid member id) in %dms" % (ch, R.ri(600, 1200))))
    ok(R.ri(700, 1300))
    api(pylog("INFO", "elig.stats", "last 5m: requests=%d ok=%d timeouts=0 p95=%dms" % (64, 64, R.ri(1300, 1900))))
    return dict(
        question="Eligibility checks are timing out at every clinic - should we declare a major outage?",
        selector=sel(ns=ns),
        expected=exp("WARN", "timeout", "eligibility-api",
                     "The external clearinghouse (%s) answered 270 eligibility requests slower than the 15 s read timeout for a few minutes." % ch,
                     "eligibility-api saw a burst of httpx ReadTimeouts and opened its circuit breaker (serving cached responses); the breaker closed again, checks succeed and timeouts are back to zero.",
                     "No outage: optionally note the clearinghouse slowdown with the vendor and keep monitoring timeout rates."))


@scenario("clinics-chart-store-failover", "clinics", "oke", "otel", evconv="event-exporter", qkind="null")
def _c_chartstore_tls(R):
    ns = "patient-charts"
    cs = R.wl(ns, "chart-store", node=1)
    api = R.wl(ns, "charts-api", node=0)
    att = R.wl(ns, "attachments", node=2)
    dbh = "pg-charts.db.clinicnet.internal"
    dbip = "10.0.40.%d" % R.ri(10, 60)
    ver = "1.19.%d" % R.ri(0, 9)
    att(slog("INFO", "uploaded", object="xray/%s.dcm" % R.uid(), bucket="clinic-attachments", size=R.ri(200000, 4000000)))
    cs(logrus("info", "chart-store starting", version=ver, db_host=dbh, sslmode="verify-full"))
    cs(logrus("fatal", "database connection failed", error="failed to connect to `user=charts database=charts`: %s:5432 (%s): tls error: tls: failed to verify certificate: x509: certificate is valid for pg-charts-b.db.clinicnet.internal, not %s" % (dbip, dbh, dbh)), ev=True)
    R.event(ns, "Pod", cs.pod, "BackOff", "Back-off restarting failed container chart-store in pod %s_%s(%s)" % (cs.pod, ns, R.uid()), host=R.nodes[1], count=R.ri(5, 9), fieldpath="spec.containers{chart-store}")
    api(dotnet("Warning", "Clinic.Charts.Storage.ChartStoreClient", "chart-store unavailable ({Status}); retrying", 0, Status="Connection refused (chart-store.patient-charts.svc.cluster.local:8080)"))
    api(dotnet("Error", "Clinic.Charts.Api.Endpoints.ChartEndpoints", "Failed to load chart {ChartId}", 0, ChartId=R.uid(), Exception="System.Net.Http.HttpRequestException: Connection refused (chart-store.patient-charts.svc.cluster.local:8080)"))
    att(slog("INFO", "uploaded", object="photo/%s.jpg" % R.uid(), bucket="clinic-attachments", size=R.ri(200000, 4000000)))
    R.gap(R.rf(60, 120))
    cs(logrus("info", "chart-store starting", version=ver, db_host=dbh, sslmode="verify-full"))
    cs(logrus("fatal", "database connection failed", error="failed to connect to `user=charts database=charts`: %s:5432 (%s): tls error: tls: failed to verify certificate: x509: certificate is valid for pg-charts-b.db.clinicnet.internal, not %s" % (dbip, dbh, dbh)), ev=True)
    R.event(ns, "Pod", cs.pod, "BackOff", "Back-off restarting failed container chart-store in pod %s_%s(%s)" % (cs.pod, ns, R.uid()), host=R.nodes[1], count=R.ri(10, 18), fieldpath="spec.containers{chart-store}")
    api(dotnet("Error", "Clinic.Charts.Api.Endpoints.ChartEndpoints", "Failed to load chart {ChartId}", 0, ChartId=R.uid(), Exception="System.Net.Http.HttpRequestException: Connection refused (chart-store.patient-charts.svc.cluster.local:8080)"))
    api(dotnet("Information", "Microsoft.AspNetCore.Hosting.Diagnostics", "Request finished HTTP/1.1 GET http://charts-api.patient-charts.svc.cluster.local/healthz - 200 null text/plain %.4fms" % R.rf(0.2, 1.5), 2))
    att(slog("WARN", "presign for unknown object", object="xray/%s.dcm" % R.uid(), status=404))
    return dict(
        question=None,
        selector=sel(ns=ns, app="chart-store"),
        expected=exp("CRITICAL", "tls_certificate", "chart-store",
                     "After the database failover, %s is served by a certificate valid only for pg-charts-b.db.clinicnet.internal, so chart-store's verify-full TLS check fails and the service exits on start." % dbh,
                     "chart-store is in CrashLoopBackOff on an x509 hostname mismatch to Postgres; charts-api cannot load any chart (connection refused to chart-store).",
                     "Reissue the database server certificate with the %s SAN (or point chart-store at a name the certificate covers); do not downgrade sslmode." % dbh))


@scenario("clinics-erx-rollout", "clinics", "tanzu", "fluentbit", evconv="alloy-events", qkind="specific", cluster="tkc-clinic-prod")
def _c_erx_auth(R):
    ns = "e-rx"
    gw = R.wl(ns, "erx-gateway", container="vault-agent-init", node=1)
    gw_b = gw.with_pod(node=2)
    vault = R.wl("vault", "vault", node=0, kind="sts", pod="vault-0")
    outbox = R.wl(ns, "erx-outbox", container="worker", node=3)
    ing = R.wl("ingress-nginx", "ingress-nginx-controller", container="controller", node=4, app="ingress-nginx")
    role = "erx-gateway"
    acc = R.hexs(8)
    R.event(ns, "Deployment", "erx-gateway", "ScalingReplicaSet", "Scaled up replica set %s to 2" % gw.pod.rsplit("-", 1)[0], etype="Normal", comp="deployment-controller")
    R.event(ns, "Pod", gw.pod, "Started", "Started container vault-agent-init", etype="Normal", host=R.nodes[1])
    gw("==> Vault Agent started! Log data will stream in below:")
    gw("@HCLOG@ [INFO]  agent.auth.handler: authenticating")
    gw("@HCLOG@ [ERROR] agent.auth.handler: error authenticating: error=\"Error making API request. URL: PUT https://vault.vault.svc:8200/v1/auth/kubernetes/login Code: 403. Errors: * permission denied\" backoff=1.92s", ev=True)
    vault("@HCLOG@ [ERROR] auth.kubernetes.auth_kubernetes_%s: login unauthorized: err=\"service account name not authorized\"" % acc, ev=True)
    gw_b("@HCLOG@ [ERROR] agent.auth.handler: error authenticating: error=\"Error making API request. URL: PUT https://vault.vault.svc:8200/v1/auth/kubernetes/login Code: 403. Errors: * permission denied\" backoff=2.41s", ev=True)
    vault("@HCLOG@ [ERROR] auth.kubernetes.auth_kubernetes_%s: login unauthorized: err=\"service account name not authorized\"" % acc, ev=True)
    vault("@HCLOG@ [INFO]  expiration: revoked lease: lease_id=auth/kubernetes/login/%s" % R.hexs(40))
    outbox(pylog("WARNING", "erx.outbox", "gateway not ready; 0 of %d NewRx messages transmitted in last 5m" % R.ri(20, 45)))
    ing(R.ingress_line("POST", "/v1/prescriptions", 503, "e-rx-erx-gateway-8443", "-", rt=0.0, size=190, upstatus="-"))
    R.gap(R.rf(120, 240))
    gw("@HCLOG@ [ERROR] agent.auth.handler: error authenticating: error=\"Error making API request. URL: PUT https://vault.vault.svc:8200/v1/auth/kubernetes/login Code: 403. Errors: * permission denied\" backoff=4m50s", ev=True)
    vault("@HCLOG@ [INFO]  core: successful mount: namespace=\"\" path=secret/ type=kv")
    vault("@HCLOG@ [ERROR] auth.kubernetes.auth_kubernetes_%s: login unauthorized: err=\"service account name not authorized\"" % acc)
    outbox(pylog("ERROR", "erx.outbox", "%d prescriptions pending transmission to the e-prescribing network, oldest 11m" % R.ri(30, 60)))
    ing(R.ingress_line("GET", "/healthz", 200, "e-rx-erx-outbox-8080", "%s:8080" % outbox.ip))
    ing(R.ingress_line("POST", "/v1/prescriptions", 503, "e-rx-erx-gateway-8443", "-", rt=0.0, size=190, upstatus="-"))
    return dict(
        question="New e-prescribing pods never become ready after the rollout - why?",
        selector=sel(ns=ns),
        expected=exp("CRITICAL", "auth_failure", "erx-gateway",
                     "Vault's kubernetes auth role %s does not authorise the service account the new erx-gateway pods run as, so the vault-agent-init container gets 403 permission denied and the pods never leave Init." % role,
                     "Every erx-gateway pod is stuck in its Vault agent init container (403 permission denied / service account name not authorized); the gateway has no ready endpoints and prescriptions queue untransmitted.",
                     "Add the deployment's service account to bound_service_account_names of the Vault role (or restore the expected service account name), then restart the pods; verify the outbox drains."))


@scenario("clinics-booking-slots-contention", "clinics", "kapsule", "promtail", qkind="specific")
def _c_booking_deadlock(R):
    ns = "appointments"
    web = R.wl(ns, "booking-web", container="web", node=0, app="booking")
    web2 = web.with_pod(node=1)
    db = R.wl(ns, "booking-db", container="postgres", node=2, kind="sts", pod="booking-db-1", app="booking-db")
    def started(w, rid, m, path, dt=None):
        w(rails("INFO", rid, 'Started %s "%s" for %s at @JAVA@ +0000' % (m, path, R.pub_ip())), dt=dt)
    def pgdead(pid1, pid2, tx1, tx2, dt=None):
        db("@PG@ [%d] ERROR:  deadlock detected" % pid1, ev=True, dt=dt)
        db("@PG@ [%d] DETAIL:  Process %d waits for ShareLock on transaction %d; blocked by process %d.\n\tProcess %d waits for ShareLock on transaction %d; blocked by process %d.\n\tProcess %d: UPDATE \"slots\" SET \"held_by\" = $1, \"updated_at\" = $2 WHERE \"slots\".\"id\" = $3\n\tProcess %d: UPDATE \"slots\" SET \"held_by\" = $1, \"updated_at\" = $2 WHERE \"slots\".\"id\" = $3" % (pid1, pid1, tx2, pid2, pid2, tx1, pid1, pid1, pid2), ev=True, dt=0.001)
        db("@PG@ [%d] HINT:  See server log for query details." % pid1, dt=0.001)
        db("@PG@ [%d] CONTEXT:  while updating tuple (%d,%d) in relation \"slots\"" % (pid1, R.ri(10, 90), R.ri(1, 40)), dt=0.001)
    rid = R.uid()
    started(web, rid, "GET", "/clinics/%d/availability?date=2026-04-%02d" % (R.ri(10, 99), R.ri(1, 28)))
    _ms = R.ri(40, 90)
    web(rails("INFO", rid, "Completed 200 OK in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)" % (_ms, R.rf(3, 12), R.rf(10, 30), R.ri(4000, 9000))), dt=_ms / 1000.0 + R.rf(0.001, 0.02))
    db("@PG@ [%d] LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, 1 recycled; write=%.3f s, sync=0.00%d s, total=%.3f s" % (R.ri(60, 90), R.ri(300, 900), R.rf(1, 4), R.rf(20, 30), R.ri(1, 9), R.rf(20, 30)))
    p1, p2 = R.ri(4000, 9000), R.ri(4000, 9000)
    t1 = R.ri(900000, 990000)
    rid1, rid2 = R.uid(), R.uid()
    started(web, rid1, "POST", "/appointments/bulk_hold")
    started(web2, rid2, "POST", "/appointments/bulk_hold", dt=R.rf(0.02, 0.09))
    t1b = t1 + R.ri(1, 9)
    pgdead(p1, p2, t1, t1b, dt=R.rf(1.0, 1.05))
    web(rails("ERROR", rid1, "ActiveRecord::Deadlocked (PG::TRDeadlockDetected: ERROR:  deadlock detected\nDETAIL:  Process %d waits for ShareLock on transaction %d; blocked by process %d.\n):" % (p1, t1b, p2)), ev=True, dt=R.rf(0.004, 0.012))
    _ms = R.ri(1000, 1100)
    web(rails("INFO", rid1, "Completed 500 Internal Server Error in %dms (ActiveRecord: %.1fms | Allocations: %d)" % (_ms, _ms - R.rf(5, 30), R.ri(9000, 15000))), dt=R.rf(0.002, 0.03))
    _ms = R.ri(1000, 1200)
    web2(rails("INFO", rid2, "Completed 201 Created in %dms (ActiveRecord: %.1fms | Allocations: %d)" % (_ms, _ms - R.rf(5, 30), R.ri(9000, 15000))), dt=R.rf(0.002, 0.03))
    web(rails("WARN", None, "Can't verify CSRF token authenticity."))
    rid3 = R.uid()
    started(web2, rid3, "POST", "/appointments/bulk_hold")
    p3, p4 = R.ri(4000, 9000), R.ri(4000, 9000)
    t2 = R.ri(990000, 999000)
    t2b = t2 + R.ri(1, 9)
    pgdead(p3, p4, t2, t2b, dt=R.rf(1.0, 1.05))
    web2(rails("ERROR", rid3, "ActiveRecord::Deadlocked (PG::TRDeadlockDetected: ERROR:  deadlock detected\nDETAIL:  Process %d waits for ShareLock on transaction %d; blocked by process %d.\n):" % (p3, t2b, p4)), ev=True, dt=R.rf(0.004, 0.012))
    _ms = R.ri(1000, 1100)
    web2(rails("INFO", rid3, "Completed 500 Internal Server Error in %dms (ActiveRecord: %.1fms | Allocations: %d)" % (_ms, _ms - R.rf(5, 30), R.ri(9000, 15000))), dt=R.rf(0.002, 0.03))
    db("@PG@ [%d] LOG:  duration: %.3f ms  statement: SELECT \"slots\".* FROM \"slots\" WHERE \"slots\".\"clinic_id\" = %d AND \"slots\".\"starts_at\" BETWEEN '2026-04-01' AND '2026-04-30' ORDER BY \"slots\".\"starts_at\" ASC" % (R.ri(60, 90), R.rf(500, 900), R.ri(10, 99)))
    rid4 = R.uid()
    started(web, rid4, "GET", "/patients/me")
    web(rails("INFO", rid4, "Completed 401 Unauthorized in 3ms (ActiveRecord: 0.7ms | Allocations: 640)"), dt=3 / 1000.0 + R.rf(0.001, 0.02))
    return dict(
        question="Why do some online bookings fail with a 'please try again' error?",
        selector=sel(ns=ns),
        expected=exp("ERROR", "database", "booking-db",
                     "Concurrent bulk_hold transactions update the same slot rows in different orders, so PostgreSQL detects deadlocks and aborts one of them.",
                     "booking-db logs repeated 'deadlock detected' on relation slots and booking-web returns 500 (ActiveRecord::Deadlocked) for the aborted bulk holds; reads and other requests succeed.",
                     "Lock slot rows in a consistent order (ORDER BY id ... FOR UPDATE) or hold slots one transaction per slot, and retry deadlocked transactions in the app."))


@scenario("clinics-dicom-archive-writes", "clinics", "rke2", "logstash", evconv="event-exporter", nodeconv="syslog", qkind="open")
def _c_archive_ro(R):
    ns = "imaging"
    arc = R.wl(ns, "dicom-archive", container="storescp", node=1, kind="sts", pod="dicom-archive-0")
    viewer = R.wl(ns, "dicom-viewer", container="viewer", node=0)
    dev = "rbd%d" % R.ri(1, 5)
    osd_ip = "10.30.%d.%d" % (R.ri(1, 9), R.ri(10, 90))
    uidp = "1.2.840.%d.%d" % (R.ri(100000, 999999), R.ri(1000, 9999))
    arc(pylog("INFO", "pynetdicom.events", "Association Accepted (OCT_WEST_01 -> DCMARCHIVE)"))
    arc(pylog("INFO", "archive.store", "stored %s.1.%d.dcm (OPT, 412 KiB)" % (uidp, R.ri(1, 99))))
    viewer(R.nginx("GET", "/wado?requestType=WADO&studyUID=%s&contentType=image/jpeg" % uidp, 200, rt=R.rf(0.04, 0.2)))
    osd = R.ri(0, 8)
    R.kern(1, "libceph: osd%d (1)%s:6801 socket closed (con state OPEN)" % (osd, osd_ip))
    R.kern(1, "libceph: osd%d (1)%s:6801 socket error on write" % (osd, osd_ip), ev=True)
    R.kern(1, "blk_update_request: I/O error, dev %s, sector %d op 0x1:(WRITE) flags 0x800 phys_seg 16 prio class 0" % (dev, R.ri(10000000, 90000000)), ev=True)
    R.kern(1, "EXT4-fs error (device %s): ext4_journal_check_start:83: comm python3: Detected aborted journal" % dev, ev=True, dt=0.02)
    R.kern(1, "EXT4-fs (%s): Remounting filesystem read-only" % dev, ev=True, dt=0.001)
    arc(pylog("ERROR", "archive.store", "failed to write /archive/2026/%s.1.%d.dcm: OSError: [Errno 30] Read-only file system" % (uidp, R.ri(100, 200))), ev=True)
    arc(pylog("WARNING", "pynetdicom.dimse", "C-STORE response status 0xA700 (Out of Resources) sent to OCT_WEST_01"))
    viewer(R.nginx("GET", "/wado?requestType=WADO&studyUID=1.2.840.%d&contentType=image/jpeg" % R.ri(100000, 999999), 200, rt=R.rf(0.04, 0.2)))
    R.event(ns, "Pod", arc.pod, "Unhealthy", "Liveness probe failed: touch: cannot touch '/archive/.alive': Read-only file system", host=R.nodes[1], fieldpath="spec.containers{storescp}")
    arc(pylog("INFO", "pynetdicom.events", "Association Accepted (FUNDUS_EAST_03 -> DCMARCHIVE)"))
    arc(pylog("ERROR", "archive.store", "failed to write /archive/2026/1.2.840.%d.%d.1.1.dcm: OSError: [Errno 30] Read-only file system" % (R.ri(100000, 999999), R.ri(1000, 9999))), ev=True)
    arc(pylog("WARNING", "pynetdicom.dimse", "C-STORE response status 0xA700 (Out of Resources) sent to FUNDUS_EAST_03"))
    R.nodelog(0, "kubelet.service", R.klog("I", "log.go:245", "http: TLS handshake error from %s:%d: EOF" % (R.ip(), R.ri(30000, 60000))), ident="rke2")
    viewer(R.nginx("GET", "/favicon.ico", 404, rt=0.001))
    arc(pylog("INFO", "archive.stats", "last 5m: received=%d stored=%d failed=%d" % (37, 9, 28)))
    return dict(
        question="Is everything OK with imaging?",
        selector=sel(ns=ns),
        expected=exp("ERROR", "storage", "dicom-archive",
                     "Write I/O to the Ceph RBD volume (%s) behind dicom-archive failed, the ext4 journal aborted and the kernel remounted the filesystem read-only." % dev,
                     "dicom-archive can no longer store incoming OCT/fundus images (Errno 30 read-only file system, C-STORE 0xA700 back to the modalities); viewing existing studies still works.",
                     "Check Ceph/OSD health and the network to the OSDs, then fsck and remount the volume (restart the pod so it re-maps the RBD); ask modalities to resend failed studies."))


@scenario("clinics-recall-reminders", "clinics", "hetzner", "splunk", qkind="open")
def _c_reminder_config(R):
    ns = "reminders"
    rs = R.wl(ns, "reminder-sender", container="sender", node=0)
    em = R.wl(ns, "email-dispatch", node=1)
    sch = R.wl(ns, "recall-scheduler", container="scheduler", node=2)
    rs("(node:1) [DEP0040] DeprecationWarning: The `punycode` module is deprecated. Please use a userland alternative instead.")
    rs("(Use `node --trace-deprecation ...` to show where the warning was created)")
    rs(pino("warn", "config: SMS_FROM_NUMBER is empty, SMS sender id will be blank", configMap="reminder-sender-config", keys=["SMS_PROVIDER", "SMS_FROM_NUMBER", "EMAIL_FROM", "QUIET_HOURS"]), ev=True)
    rs(pino("info", "reminder-sender listening", port=8080, provider="twilio"))
    sch(slog("INFO", "recall batch enqueued", clinic_group="north", sms=R.ri(120, 180), email=R.ri(200, 300)))
    em(slog("INFO", "sent", provider="ses", template="recall-6m", count=R.ri(40, 80), failed=0))
    for _ in range(2):
        rs(pino("error", "sms send failed", patientRef="p_%s" % R.hexs(10), status=400, code=21212,
                moreInfo="https://www.twilio.com/docs/errors/21212", message="The 'From' number  is not a valid phone number, shortcode, or alphanumeric sender ID."), ev=True)
    em(slog("INFO", "sent", provider="ses", template="appointment-48h", count=R.ri(40, 80), failed=0))
    rs(pino("warn", "reminder moved to dead-letter after 3 attempts", patientRef="p_%s" % R.hexs(10), channel="sms"))
    sch(slog("INFO", "recall batch enqueued", clinic_group="south", sms=R.ri(120, 180), email=R.ri(200, 300)))
    rs(pino("error", "sms send failed", patientRef="p_%s" % R.hexs(10), status=400, code=21212,
            moreInfo="https://www.twilio.com/docs/errors/21212", message="The 'From' number  is not a valid phone number, shortcode, or alphanumeric sender ID."), ev=True)
    em(slog("WARN", "bounce", provider="ses", type="Permanent", subtype="General", recipient="***@example.net"))
    rs(pino("info", "request completed", req={"method": "GET", "url": "/healthz"}, res={"statusCode": 200}, responseTime=0.6))
    nsms = R.ri(140, 170)
    rs(pino("info", "sms batch summary", attempted=nsms, sent=0, failed=nsms))
    em(slog("INFO", "sent", provider="ses", template="recall-6m", count=R.ri(40, 80), failed=0))
    return dict(
        question="What's happening with patient reminders today?",
        selector=sel(ns=ns),
        expected=exp("ERROR", "config_error", "reminder-sender",
                     "The reminder-sender ConfigMap has an empty SMS_FROM_NUMBER, so every SMS is sent with a blank sender and the provider rejects it (Twilio 21212).",
                     "All SMS reminders fail with 400/21212 and go to the dead-letter queue, while email reminders send normally.",
                     "Set SMS_FROM_NUMBER in reminder-sender-config to the clinic's registered sender, restart reminder-sender and replay the dead-lettered SMS reminders."))


@scenario("clinics-lab-vendor-submissions", "clinics", "doks", "alloy", qkind="misleading")
def _c_lab_429(R):
    ns = "lens-lab"
    sub = R.wl(ns, "lens-order-submitter", container="submitter", node=0)
    proc = R.wl(ns, "lens-order-processor", container="processor", node=1)
    vendor = "api.vision-lab-partners.com"
    sub(zapj(caller="submit/client.go:118", msg="order submitted", order=R.ri(100000, 999999), lab="NORTH", status=201, ms=R.ri(200, 400)))
    proc(spring("INFO", "lens-order-processor", "order-consumer-1", "c.o.lens.OrderHandler", "order %d ready for submission (batch of 60 for end-of-day cutoff)" % R.ri(100000, 999999)))
    for i in range(2):
        sub(zapj(level="warn", caller="submit/client.go:141", msg="rate limited by lab API", url="https://%s/v2/orders" % vendor, status=429, retry_after="30", ratelimit_limit="30/min", ratelimit_remaining="0", order=R.ri(100000, 999999)), ev=True)
    sub(zapj(level="warn", caller="submit/backoff.go:52", msg="backing off", delay="30s", queued=R.ri(40, 60)))
    proc(spring("INFO", "lens-order-processor", "order-consumer-2", "c.o.lens.OrderHandler", "order %d surfaced: Rx OD -1.25 OS -1.50 single vision, lab=NORTH" % R.ri(100000, 999999)))
    sub(zapj(level="error", caller="submit/client.go:141", msg="rate limited by lab API", url="https://%s/v2/orders" % vendor, status=429, retry_after="30", ratelimit_limit="30/min", ratelimit_remaining="0", order=R.ri(100000, 999999), body='{"error":"too_many_requests","detail":"Request rate exceeds 30 requests per minute for client clinicnet"}'), ev=True)
    R.gap(R.rf(28, 35))
    for i in range(3):
        sub(zapj(caller="submit/client.go:118", msg="order submitted", order=R.ri(100000, 999999), lab="NORTH", status=201, ms=R.ri(200, 400)))
    sub(zapj(caller="submit/client.go:118", msg="order submitted", order=R.ri(100000, 999999), lab="NORTH", status=409, ms=R.ri(100, 200), note="duplicate order id, already accepted"))
    sub(zapj(caller="submit/queue.go:77", msg="queue drained", submitted=60, failed=0, elapsed="2m41s"))
    proc(spring("INFO", "lens-order-processor", "scheduling-1", "c.o.lens.SlaMonitor", "queue lens-orders depth=0, oldest=n/a"))
    return dict(
        question="CRITICAL? Lab orders are bouncing with errors - are we losing orders?",
        selector=None,
        expected=exp("WARN", "rate_limited", "lens-order-submitter",
                     "The end-of-day batch of ~60 orders exceeded the lab vendor API limit (30 requests/min), so some submissions got 429 Too Many Requests.",
                     "lens-order-submitter was throttled (429, Retry-After 30s), backed off and then submitted every queued order; the queue drained with zero failures.",
                     "Optional: pace batch submissions below the vendor limit (token bucket) to avoid the throttling; no orders were lost."))


# ===== theme: non-profit / charity donation platforms ===========================

def celery(level, proc, msg):
    return "[@JAVAC@: %s/%s] %s" % (level, proc, msg)


@scenario("charity-telethon-checkout", "charity", "gke", "datadog", evconv="event-exporter", qkind="open")
def _g_checkout_steady(R):
    ns = "donations"
    co = R.wl(ns, "checkout-api", node=0)
    co2 = co.with_pod(node=1)
    wh = R.wl(ns, "stripe-webhooks", container="webhooks", node=2)
    rq = R.wl(ns, "receipt-enqueuer", container="enqueuer", node=3, drop_app=True)
    ing = R.wl("ingress-nginx", "ingress-nginx-controller", container="controller", node=4, app="ingress-nginx")
    def pi():
        return "pi_3%s" % _s(R.rng, 23, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    co(pino("info", "donation created", hostname=co.pod, campaign="winter-appeal", amountMinor=R.pick([1000, 2500, 5000, 10000]), currency="GBP", paymentIntent=pi(), giftAid=True))
    R.ingress(ing, "POST", "/api/donate", 200, "donations-checkout-api-3000", "%s:3000" % co.ip)
    R.event(ns, "HorizontalPodAutoscaler", "checkout-api", "SuccessfulRescale", "New size: 6; reason: cpu resource utilization (percentage of request) above target", etype="Normal", comp="horizontal-pod-autoscaler")
    R.event(ns, "HorizontalPodAutoscaler", "checkout-api", "FailedGetResourceMetric", "failed to get cpu utilization: unable to get metrics for resource cpu: no metrics returned from resource metrics API", comp="horizontal-pod-autoscaler")
    wh(zapj(caller="webhooks/handler.go:64", msg="event processed", type="payment_intent.succeeded", id="evt_3%s" % R.alnum(20), livemode=True, ms=R.ri(8, 40)))
    co2(pino("info", "donation declined", hostname=co2.pod, campaign="winter-appeal", code="card_declined", declineCode="insufficient_funds", statusCode=402))
    R.ingress(ing, "POST", "/api/donate", 402, "donations-checkout-api-3000", "%s:3000" % co2.ip)
    rq(slog("INFO", "receipt jobs published", count=R.ri(30, 80), topic="receipts.generate"))
    R.ingress(ing, "GET", R.pick(SCANNER_PATHS[4:]), 404, "upstream-default-backend", "127.0.0.1:8181", ua=R.pick(SCANNER_UAS))
    co(pino("info", "donation created", hostname=co.pod, campaign="winter-appeal", amountMinor=R.pick([1000, 2500, 5000, 10000]), currency="GBP", paymentIntent=pi(), giftAid=False))
    wh(zapj(caller="webhooks/handler.go:64", msg="event processed", type="charge.succeeded", id="evt_3%s" % R.alnum(20), livemode=True, ms=R.ri(8, 40)))
    wh(zapj(level="warn", caller="webhooks/handler.go:48", msg="duplicate delivery ignored", type="payment_intent.succeeded", id="evt_3%s" % R.alnum(20)))
    co2(pino("info", "donation created", hostname=co2.pod, campaign="winter-appeal", amountMinor=R.pick([1000, 2500, 5000, 10000]), currency="GBP", paymentIntent=pi(), giftAid=True))
    R.ingress(ing, "POST", "/api/donate", 200, "donations-checkout-api-3000", "%s:3000" % co2.ip)
    co(pino("warn", "session expired", hostname=co.pod, path="/api/donor/me", statusCode=401))
    co(pino("info", "donations last 5m", hostname=co.pod, succeeded=R.ri(380, 460), declined=R.ri(6, 14), requiresAction=R.ri(10, 30), errors=0))
    rq(slog("INFO", "receipt jobs published", count=R.ri(30, 80), topic="receipts.generate"))
    R.ingress(ing, "GET", "/api/campaigns/winter-appeal/total", 200, "donations-checkout-api-3000", "%s:3000" % co.ip)
    return dict(
        question="How is donation checkout holding up during the telethon?",
        selector=sel(ns=ns),
        expected=exp("INFO", "none", None,
                     "No incident: checkout processes donations normally under telethon load.",
                     "Donations succeed with zero errors, the HPA scaled out (with the usual transient metrics warning right after scaling), webhooks are processed, and the only failures are a card decline, an expired session and scanner 404s.",
                     "No action needed."))


@scenario("charity-crm-nightly-sync", "charity", "talos", "vector", evconv="otel-k8sobjects", qkind="specific")
def _g_crm_steady(R):
    ns = "crm-sync"
    w = R.wl(ns, "crm-sync-worker", container="worker", node=0, app="crm-sync")
    vol = R.wl(ns, "volunteer-portal", container="django", node=1)
    mq = R.wl(ns, "rabbitmq", node=2, kind="sts", pod="rabbitmq-0", drop_app=True)
    job = R.pod_name("crm-nightly", "job")
    tid = lambda: R.uid()
    R.event(ns, "CronJob", "crm-nightly", "SuccessfulCreate", "Created job %s" % job.rsplit("-", 1)[0], etype="Normal", comp="cronjob-controller")
    w(celery("INFO", "MainProcess", "Task crm.sync.push_donors[%s] received" % tid()))
    w(celery("INFO", "ForkPoolWorker-3", "Task crm.sync.push_donors[%s] succeeded in %.2fs: {'upserted': %d, 'failed': 0}" % (tid(), R.rf(3, 9), R.ri(180, 260))))
    vol(pylog("INFO", "django.server", '"GET /shifts/?event=fun-run-2026 HTTP/1.1" 200 %d' % R.ri(8000, 20000)))
    w(celery("WARNING", "ForkPoolWorker-1", "Salesforce returned UNABLE_TO_LOCK_ROW for Contact batch 14; retrying in 5s (attempt 1/3)"))
    mq("@RMQ@ [warning] <0.%d.0> closing AMQP connection <0.%d.0> (%s:%d -> %s:5672, vhost: '/', user: 'crm'):" % (R.ri(1000, 9999), R.ri(1000, 9999), R.ip(), R.ri(40000, 60000), mq.ip))
    mq("@RMQ@ [warning] <0.%d.0> client unexpectedly closed TCP connection" % R.ri(1000, 9999))
    vol(pylog("WARNING", "django.request", "Not Found: /favicon.ico"))
    w(celery("INFO", "ForkPoolWorker-1", "Task crm.sync.push_donors[%s] succeeded in %.2fs: {'upserted': %d, 'failed': 0}" % (tid(), R.rf(3, 9), R.ri(180, 260))))
    mq("@RMQ@ [info] <0.%d.0> accepting AMQP connection %s:%d -> %s:5672" % (R.ri(1000, 9999), w.ip, R.ri(40000, 60000), mq.ip))
    w(celery("INFO", "MainProcess", "Task crm.sync.pull_campaign_members[%s] received" % tid()))
    vol(pylog("INFO", "django.server", '"POST /shifts/412/signup HTTP/1.1" 302 0'))
    w(celery("INFO", "ForkPoolWorker-2", "Task crm.sync.pull_campaign_members[%s] succeeded in %.2fs: {'members': %d}" % (tid(), R.rf(1, 4), R.ri(300, 900))))
    R.event(ns, "Job", job.rsplit("-", 1)[0], "Completed", "Job completed", etype="Normal", comp="job-controller")
    w(celery("INFO", "MainProcess", "sync run finished: contacts upserted=%d failed=0 skipped=%d duration=%dm%02ds" % (R.ri(1700, 2100), R.ri(5, 20), R.ri(6, 12), R.ri(0, 59))))
    vol(pylog("INFO", "django.server", '"GET /healthz HTTP/1.1" 200 2'))
    return dict(
        question="Did last night's CRM sync to Salesforce complete?",
        selector=sel(ns=ns),
        expected=exp("INFO", "none", None,
                     "No incident: the nightly CRM sync finished with zero failed records.",
                     "All push/pull tasks succeeded; one Salesforce row-lock conflict was retried successfully and the RabbitMQ connection-close warnings are workers recycling.",
                     "No action needed."))


@scenario("charity-giftaid-receipts-night", "charity", "lke", "splunk", evconv="alloy-events", qkind="misleading")
def _g_receipts_steady(R):
    ns = "receipts"
    ga = R.wl(ns, "giftaid-receipts", node=0)
    em = R.wl(ns, "email-campaigns", container="sender", node=1)
    pdf = R.wl(ns, "pdf-renderer", node=2)
    app = "giftaid-receipts"
    ga(spring("WARN", app, "main", "JpaBaseConfiguration$JpaWebConfiguration", "spring.jpa.open-in-view is enabled by default. Therefore, database queries may be performed during view rendering. Explicitly configure spring.jpa.open-in-view to disable this warning"))
    ga(spring("INFO", app, "main", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Start completed."))
    R.event(ns, "Pod", pdf.pod, "Unhealthy", "Startup probe failed: HTTP probe failed with statuscode: 503", host=R.nodes[2], fieldpath="spec.containers{pdf-renderer}")
    pdf(pylog("INFO", "uvicorn.error", "Application startup complete."))
    R.event(ns, "Certificate", "receipts-tls", "Issuing", "The certificate has been successfully issued", etype="Normal", comp="cert-manager-certificates-issuing")
    ga(spring("INFO", app, "batch-1", "c.g.receipts.GiftAidBatch", "built Gift Aid claim batch %d: %d donations, total claim GBP %d.%02d" % (R.ri(1000, 2000), R.ri(800, 1400), R.ri(4000, 9000), R.ri(0, 99))))
    em(logrus("info", "campaign send progress", campaign="spring-newsletter", sent=R.ri(20000, 30000), total=48210))
    em(logrus("warning", "SES throttled, retrying", error="Throttling: Maximum sending rate exceeded.", attempt=1, backoff="1s"))
    em(logrus("info", "campaign send progress", campaign="spring-newsletter", sent=R.ri(31000, 40000), total=48210))
    ga(spring("INFO", app, "batch-1", "c.g.receipts.hmrc.ChariotClient", "submission accepted by Charities Online: correlationId=%s" % R.hexs(32).upper()))
    pdf(pylog("INFO", "renderer", "rendered receipt batch: 250 PDFs in %.1fs" % R.rf(20, 40)))
    ga(spring("WARN", app, "nio-8080-exec-4", "c.g.receipts.web.ReceiptController", "donor %d requested receipt for donation outside retention window; returning 410" % R.ri(100000, 999999)))
    em(logrus("info", "campaign send complete", campaign="spring-newsletter", sent=48210, bounced=R.ri(40, 90), complaints=R.ri(0, 3), failed=0))
    ga(spring("INFO", app, "batch-1", "c.g.receipts.hmrc.ChariotClient", "poll: claim %d acknowledged, no errors" % R.ri(1000, 2000)))
    pdf(pylog("INFO", "renderer", "rendered receipt batch: 250 PDFs in %.1fs" % R.rf(20, 40)))
    ga(spring("INFO", app, "scheduling-1", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Pool stats (total=10, active=0, idle=10, waiting=0)"))
    return dict(
        question="The receipts service threw warnings all night - is Gift Aid broken? This looks bad.",
        selector=sel(ns=ns),
        expected=exp("INFO", "none", None,
                     "No incident: Gift Aid claims were built and accepted, receipts rendered and the newsletter sent.",
                     "Warnings are a Spring open-in-view notice, one SES throttle that was retried, a 410 for an expired receipt and a startup probe miss before the PDF renderer finished starting; the certificate renewal succeeded.",
                     "No action needed."))


@scenario("charity-recurring-gifts-run", "charity", "iks", "fluentd", evconv="otel-k8sevents", qkind="specific")
def _g_recurring_panic(R):
    ns = "recurring"
    sch = R.wl(ns, "recurring-scheduler", container="scheduler", node=1)
    portal = R.wl(ns, "donor-portal", node=0)
    pay = R.wl(ns, "payments-gateway", node=2)
    pc = "0x%s" % ("1" + R.hexs(6))
    def crash(extra_dt=None):
        sch(slog("INFO", "recurring run starting", run_date="today", due_mandates=R.ri(1700, 1900), provider="gocardless"), dt=extra_dt)
        sch(slog("INFO", "planned charges", batch=1, count=500))
        sch("panic: runtime error: invalid memory address or nil pointer dereference", ev=True)
        sch("[signal SIGSEGV: segmentation violation code=0x1 addr=0x30 pc=%s]" % pc, ev=True, dt=0.001)
        sch("goroutine 1 [running]:", dt=0.001)
        sch("github.com/kindred-giving/recurring/internal/schedule.(*Planner).nextChargeDate(0xc000%s, 0x0)" % R.hexs(6), ev=True, dt=0.001)
        sch("\t/src/internal/schedule/planner.go:118 +0x2f", ev=True, dt=0.001)
        sch("github.com/kindred-giving/recurring/internal/schedule.(*Planner).Plan(0xc000%s, {0x%s, 0xc000%s})" % (R.hexs(6), R.hexs(7), R.hexs(6)), dt=0.001)
        sch("\t/src/internal/schedule/planner.go:64 +0x1c5", dt=0.001)
    pay(logrus("info", "webhook processed", provider="gocardless", event="payments.confirmed", count=R.ri(5, 30)))
    crash()
    R.event(ns, "Pod", sch.pod, "BackOff", "Back-off restarting failed container scheduler in pod %s_%s(%s)" % (sch.pod, ns, R.uid()), host=R.nodes[1], count=R.ri(3, 6))
    portal(pino("info", "request completed", req={"method": "GET", "url": "/my/gifts"}, res={"statusCode": 200}, responseTime=round(R.rf(20, 60), 1)))
    pay(logrus("info", "health", charges_submitted_1h=0, webhooks_1h=R.ri(20, 60)))
    crash(extra_dt=R.rf(40, 80))
    R.event(ns, "Pod", sch.pod, "BackOff", "Back-off restarting failed container scheduler in pod %s_%s(%s)" % (sch.pod, ns, R.uid()), host=R.nodes[1], count=R.ri(7, 12))
    portal(pino("warn", "mandate lookup returned 404", mandate="MD%s" % R.alnum(12).upper(), statusCode=404))
    portal(pino("info", "request completed", req={"method": "POST", "url": "/my/gifts/%d/amount" % R.ri(1000, 9999)}, res={"statusCode": 200}, responseTime=round(R.rf(20, 60), 1)))
    pay(logrus("warning", "no recurring batch received today", expected_by="06:00", provider="gocardless"))
    return dict(
        question="Monthly recurring gifts were not charged today - why?",
        selector=sel(ns=ns),
        expected=exp("CRITICAL", "application_error", "recurring-scheduler",
                     "recurring-scheduler panics with a nil pointer dereference in Planner.nextChargeDate (planner.go:118) while planning the first batch, so the run never completes.",
                     "The scheduler crash-loops on a Go panic at every start; no recurring charges have been submitted to the payments gateway today.",
                     "Fix the nil handling in nextChargeDate (likely a mandate with no next date) or roll back, then rerun today's recurring batch."))


@scenario("charity-receipts-node-pool-upgrade", "charity", "ack", "filebeat", evconv="event-exporter", qkind="misleading")
def _g_receipts_pull(R):
    ns = "receipts"
    img = "giving-registry.cn-hangzhou.cr.aliyuncs.com/receipts/receipt-api:1.14.%d" % R.ri(1, 9)
    old = R.wl(ns, "receipt-api", node=0)
    new1 = old.with_pod(node=3)
    new2 = old.with_pod(node=4)
    co = R.wl("donations", "checkout-api", node=1)
    worker = R.wl(ns, "receipt-mailer", container="mailer", node=2)
    ref = img.split("/", 1)[1]
    err = 'Failed to pull image "%s": rpc error: code = Unknown desc = failed to pull and unpack image "%s": failed to resolve reference "%s": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed' % (img, img, img)
    R.event(ns, "Pod", old.pod, "Killing", "Stopping container receipt-api", etype="Normal", host=R.nodes[0])
    R.event(ns, "Pod", new1.pod, "Scheduled", "Successfully assigned %s/%s to %s" % (ns, new1.pod, R.nodes[3]), etype="Normal", comp="default-scheduler")
    R.event(ns, "Pod", new1.pod, "AllocIPSucceed", "Alloc IP %s/24 took %dms" % (new1.ip, R.ri(20, 90)), etype="Normal", comp="terway-daemon", host=R.nodes[3])
    R.event(ns, "Pod", new2.pod, "Scheduled", "Successfully assigned %s/%s to %s" % (ns, new2.pod, R.nodes[4]), etype="Normal", comp="default-scheduler")
    R.event(ns, "Pod", new1.pod, "Pulling", 'Pulling image "%s"' % img, etype="Normal", host=R.nodes[3], fieldpath="spec.containers{receipt-api}")
    R.event(ns, "Pod", new1.pod, "Failed", err, host=R.nodes[3], fieldpath="spec.containers{receipt-api}", ev=True)
    R.event(ns, "Pod", new1.pod, "Failed", "Error: ErrImagePull", host=R.nodes[3], fieldpath="spec.containers{receipt-api}", ev=True)
    co(pino("error", "receipt request failed", upstream="http://receipt-api.receipts.svc.cluster.local/v1/receipts", err={"code": "ECONNREFUSED", "message": "connect ECONNREFUSED %s:80" % R.ip()}))
    co(pino("warn", "receipt queued for retry", outboxSize=R.ri(100, 300)))
    R.event(ns, "Pod", new2.pod, "Failed", err, host=R.nodes[4], fieldpath="spec.containers{receipt-api}", ev=True)
    worker(spring("INFO", "receipt-mailer", "mailer-1", "c.g.mailer.MailerJob", "sent 0 receipts (no new receipts from receipt-api)"))
    R.event(ns, "Pod", new2.pod, "BackOff", 'Back-off pulling image "%s"' % img, etype="Normal", host=R.nodes[4], count=R.ri(4, 8), fieldpath="spec.containers{receipt-api}")
    R.event(ns, "Pod", new2.pod, "Failed", "Error: ImagePullBackOff", host=R.nodes[4], count=R.ri(4, 8), fieldpath="spec.containers{receipt-api}", ev=True)
    co(pino("info", "donation created", campaign="spring-appeal", amountMinor=R.pick([1000, 2000, 5000]), currency="GBP"))
    R.gap(R.rf(120, 300))
    R.event(ns, "Pod", new1.pod, "Failed", err, host=R.nodes[3], count=R.ri(8, 14), fieldpath="spec.containers{receipt-api}", ev=True)
    co(pino("warn", "receipt queued for retry", outboxSize=R.ri(900, 1500)))
    R.event(ns, "Pod", new1.pod, "BackOff", 'Back-off pulling image "%s"' % img, etype="Normal", host=R.nodes[3], count=R.ri(20, 30), fieldpath="spec.containers{receipt-api}")
    co(pino("warn", "session expired", statusCode=401, path="/api/donor/me"))
    return dict(
        question="The receipts namespace shows a few Warning events after last night's node pool upgrade - probably just noise?",
        selector=sel(ns=ns),
        expected=exp("CRITICAL", "image_pull", "receipt-api",
                     "The receipt-api pods rescheduled onto the upgraded node pool cannot pull %s from the private registry: pull access denied / authorization failed (the registry credentials are not available to the new nodes)." % ref,
                     "Every receipt-api replica is stuck in ErrImagePull/ImagePullBackOff, so the service has no endpoints; checkout gets connection refused and a growing receipt outbox.",
                     "Restore registry access for the new nodes (imagePullSecret on the service account or the node pool's registry credential/RAM role), then let the pods pull; drain the checkout outbox."))


@scenario("charity-campaign-pages-launch", "charity", "civo", "promtail", evconv="alloy-events", qkind="open")
def _g_campaign_probe(R):
    ns = "campaigns"
    web = R.wl(ns, "campaign-web", node=0)
    web2 = web.with_pod(node=1)
    ing = R.wl("kube-system", "traefik", node=2, app="traefik")
    def req(w, path, ms, status=200):
        rid = R.uid()
        w(rails("INFO", rid, 'Started GET "%s" for %s at @JAVA@ +0000' % (path, R.pub_ip())))
        w(rails("INFO", rid, "Completed %d %s in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)" % (status, "OK" if status == 200 else "Not Found", ms, ms * 0.7, ms * 0.2, R.ri(40000, 90000) if status == 200 else R.ri(900, 3000))), dt=ms / 1000.0 + R.rf(0.001, 0.02))
    def traefik(path, status, ms, pod):
        ing('%s - - [@NGINX@] "GET %s HTTP/2.0" %d %d "-" "-" %d "campaigns-campaign-web-3000@kubernetes" "http://%s:3000" %dms' % (R.pub_ip(), path, status, R.ri(2000, 40000) if status < 500 else 21, R.ri(1000, 99999), pod.ip, ms))
    req(web, "/c/spring-appeal", R.ri(1400, 2100))
    traefik("/c/spring-appeal", 200, R.ri(1400, 2100), web)
    req(web2, "/c/spring-appeal/leaderboard", R.ri(1600, 2400))
    R.event(ns, "Pod", web.pod, "Unhealthy", 'Liveness probe failed: Get "http://%s:3000/healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)' % web.ip, host=R.nodes[0], count=3, fieldpath="spec.containers{campaign-web}", ev=True)
    R.event(ns, "Pod", web.pod, "Killing", "Container campaign-web failed liveness probe, will be restarted", etype="Normal", host=R.nodes[0], fieldpath="spec.containers{campaign-web}", ev=True)
    web("[1] - Gracefully stopping, waiting for requests to finish")
    traefik("/c/spring-appeal", 502, R.ri(1, 5), web)
    web("[1] Puma starting in cluster mode...")
    web("[1] * Puma version: 6.4.2 (ruby 3.3.0-p0) (\"The Eagle of Durango\")")
    web("[1] *  Min threads: 5, max threads: 5")
    web("[1] * Listening on http://0.0.0.0:3000")
    web("[1] Use Ctrl-C to stop")
    R.event(ns, "Pod", web2.pod, "Unhealthy", 'Liveness probe failed: Get "http://%s:3000/healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)' % web2.ip, host=R.nodes[1], count=3, fieldpath="spec.containers{campaign-web}", ev=True)
    req(web2, "/c/spring-appeal", R.ri(1500, 2300))
    R.event(ns, "Pod", web2.pod, "Killing", "Container campaign-web failed liveness probe, will be restarted", etype="Normal", host=R.nodes[1], fieldpath="spec.containers{campaign-web}", ev=True)
    req(web, "/c/spring-appeal", R.ri(1500, 2300))
    traefik("/c/spring-appeal", 200, R.ri(1500, 2300), web)
    req(web, "/c/old-campaign-2019", R.ri(5, 20), status=404)
    R.event(ns, "Pod", web.pod, "Unhealthy", 'Liveness probe failed: Get "http://%s:3000/healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)' % web.ip, host=R.nodes[0], count=6, fieldpath="spec.containers{campaign-web}", ev=True)
    R.event(ns, "Pod", web.pod, "BackOff", "Back-off restarting failed container campaign-web in pod %s_%s(%s)" % (web.pod, ns, R.uid()), host=R.nodes[0], count=R.ri(3, 7), fieldpath="spec.containers{campaign-web}")
    traefik("/c/spring-appeal", 503, R.ri(0, 2), web)
    web2("[1] Puma starting in cluster mode...")
    web2("[1] * Listening on http://0.0.0.0:3000")
    return dict(
        question="What's wrong with the campaign pages since the spring appeal launched?",
        selector=sel(ns=ns),
        expected=exp("CRITICAL", "probe_failure", "campaign-web",
                     "campaign-web's liveness probe (/healthz, 1 s timeout) times out while all Puma threads are busy rendering 1.5-2.4 s appeal pages, so the kubelet keeps killing healthy containers.",
                     "Both campaign-web pods are repeatedly restarted for failed liveness probes (now in back-off) even though Puma is up and serving; visitors get 502/503 during the restarts.",
                     "Relax the liveness probe (longer timeout/failureThreshold, or a lightweight endpoint outside the Puma pool) and add capacity or caching for the appeal pages."))


@scenario("charity-volunteer-rota", "charity", "eks", "fluentbit", evconv="otel-k8sevents", qkind="misleading")
def _g_rota_sched(R):
    ns = "volunteers"
    job_pod = R.pod_name("rota-builder", "job")
    jobname = job_pod.rsplit("-", 1)[0]
    rota = R.wl(ns, "rota-builder", container="builder", node=5, kind="job", pod=job_pod)
    kp = R.wl("karpenter", "karpenter", container="controller", node=0, app="karpenter")
    portal = R.wl(ns, "volunteer-portal", container="web", node=1)
    nc = "default-%s" % _s(R.rng, 5, CONS)
    def kpl(level, msg, **kw):
        d = OrderedDict([("level", level), ("time", "@ISO@"), ("logger", "controller"), ("message", msg), ("commit", R.hexs(7))])
        d.update(kw)
        return json.dumps(d, separators=(",", ":"))
    R.event(ns, "Job", jobname, "SuccessfulCreate", "Created pod: %s" % job_pod, etype="Normal", comp="job-controller")
    R.event(ns, "Pod", job_pod, "FailedScheduling", "0/4 nodes are available: 4 Insufficient cpu. preemption: 0/4 nodes are available: 4 No preemption victims found for incoming pod.", comp="default-scheduler", ev=True)
    kp(kpl("INFO", "found provisionable pod(s)", controller="provisioner", Pods="%s/%s" % (ns, job_pod), duration="%.6fms" % R.rf(20, 90)), ev=True)
    kp(kpl("INFO", "computed new nodeclaim(s) to fit pod(s)", controller="provisioner", nodeclaims=1, pods=1))
    kp(kpl("INFO", "created nodeclaim", controller="provisioner", NodePool={"name": "default"}, NodeClaim={"name": nc}, requests={"cpu": "6180m", "memory": "12800Mi", "pods": "5"}, instance_types="c6i.2xlarge, c6a.2xlarge, c7i.2xlarge and 4 other(s)"))
    R.event(ns, "Pod", job_pod, "Nominated", "Pod should schedule on: nodeclaim/%s" % nc, etype="Normal", comp="karpenter")
    portal(pylog("INFO", "django.server", '"GET /rota/latest HTTP/1.1" 200 %d' % R.ri(4000, 9000)))
    kp(kpl("INFO", "launched nodeclaim", controller="nodeclaim.lifecycle", NodeClaim={"name": nc}, provider_id="aws:///%s/i-0%s" % (R.region + "b", R.hexs(16)), instance_type="c6a.2xlarge", zone=R.region + "b", capacity_type="on-demand"))
    portal(pylog("WARNING", "django.request", "Forbidden (CSRF cookie not set.): /accounts/login/"))
    kp(kpl("INFO", "registered nodeclaim", controller="nodeclaim.lifecycle", NodeClaim={"name": nc}, Node={"name": R.nodes[5]}), dt=R.rf(40, 70))
    kp(kpl("INFO", "initialized nodeclaim", controller="nodeclaim.lifecycle", NodeClaim={"name": nc}, Node={"name": R.nodes[5]}, allocatable={"cpu": "7910m", "memory": "14162Mi", "pods": "58"}), dt=R.rf(10, 20))
    R.event(ns, "Pod", job_pod, "Scheduled", "Successfully assigned %s/%s to %s" % (ns, job_pod, R.nodes[5]), etype="Normal", comp="default-scheduler")
    R.event(ns, "Pod", job_pod, "Pulled", 'Successfully pulled image "%s.dkr.ecr.%s.amazonaws.com/volunteers/rota-builder:2026.4.%d" in 6.%03ds (6.%03ds including waiting). Image size: %d bytes.' % (R.ri(100000000000, 999999999999), R.region, R.ri(1, 9), R.ri(100, 999), R.ri(100, 999), R.ri(180000000, 260000000)), etype="Normal", host=R.nodes[5])
    R.event(ns, "Pod", job_pod, "Started", "Started container builder", etype="Normal", host=R.nodes[5])
    rota(pylog("INFO", "rota.build", "building rota for %d volunteers across %d shifts (event=marathon-2026)" % (R.ri(380, 460), R.ri(80, 110))))
    wall = R.rf(30, 90)
    rota(pylog("INFO", "rota.solver", "CP-SAT status=OPTIMAL objective=%d wall=%.1fs" % (R.ri(1000, 5000), wall)), dt=wall + R.rf(0.1, 0.5))
    rota(pylog("INFO", "rota.publish", "published rota v%d; notified %d volunteers" % (R.ri(10, 40), R.ri(380, 460))))
    R.event(ns, "Job", jobname, "Completed", "Job completed", etype="Normal", comp="job-controller")
    return dict(
        question="The volunteer rota build was stuck Pending - is the whole cluster out of capacity? Critical?",
        selector=sel(ns=ns),
        expected=exp("WARN", "scheduling", "rota-builder",
                     "The rota-builder job requests about 6 CPUs and no existing node had that much free CPU, so it was unschedulable until Karpenter provisioned a new node.",
                     "The job pod was Pending (Insufficient cpu) for about a minute; Karpenter launched a node, the pod scheduled, built and published the rota and the Job completed.",
                     "Optional: keep headroom or a warm node for the rota job, or lower its CPU request; no action needed now."))


@scenario("charity-checkout-payment-step", "charity", "aks", "alloy", evconv="alloy-events", qkind="specific")
def _g_checkout_dns(R):
    ns = "donations"
    co = R.wl(ns, "checkout-api", node=0)
    co2 = co.with_pod(node=1)
    dns = R.wl("kube-system", "coredns", node=2, app="kube-dns")
    dns2 = dns.with_pod(node=3)
    wh = R.wl(ns, "stripe-webhooks", container="webhooks", node=4)
    up = "10.50.0.4"
    host = "api.stripe.com"
    def lookup_fail(w):
        w(pino("error", "payment intent creation failed", hostname=w.pod, campaign="spring-appeal", err={"type": "StripeConnectionError", "message": "An error occurred with our connection to Stripe. Request was retried 2 times.", "cause": "getaddrinfo EAI_AGAIN %s" % host}), ev=True)
    dns('[INFO] %s:%d - %d "A IN receipt-api.receipts.svc.cluster.local. udp 70 false 512" NOERROR qr,aa,rd 126 0.000%03ds' % (co.ip, R.ri(30000, 60000), R.ri(1000, 65000), R.ri(100, 400)))
    dns('[ERROR] plugin/errors: 2 %s. A: read udp %s:%d->%s:53: i/o timeout' % (host, dns.ip, R.ri(30000, 60000), up), ev=True)
    dns2('[ERROR] plugin/errors: 2 %s. AAAA: read udp %s:%d->%s:53: i/o timeout' % (host, dns2.ip, R.ri(30000, 60000), up), ev=True)
    lookup_fail(co)
    wh(zapj(caller="webhooks/handler.go:64", msg="event processed", type="payment_intent.canceled", id="evt_3%s" % R.alnum(20), ms=R.ri(8, 40)))
    co2(pino("info", "request completed", hostname=co2.pod, req={"method": "GET", "url": "/api/campaigns/spring-appeal/total"}, res={"statusCode": 200}, responseTime=round(R.rf(5, 20), 1)))
    dns('[ERROR] plugin/errors: 2 hooks.slack.com. A: read udp %s:%d->%s:53: i/o timeout' % (dns.ip, R.ri(30000, 60000), up), ev=True)
    lookup_fail(co2)
    dns2('[INFO] %s:%d - %d "A IN giftaid-api.giftaid.svc.cluster.local. udp 67 false 512" NOERROR qr,aa,rd 122 0.000%03ds' % (co2.ip, R.ri(30000, 60000), R.ri(1000, 65000), R.ri(100, 400)))
    co(pino("warn", "alert webhook failed", hostname=co.pod, err="getaddrinfo EAI_AGAIN hooks.slack.com"))
    dns2('[ERROR] plugin/errors: 2 %s. A: read udp %s:%d->%s:53: i/o timeout' % (host, dns2.ip, R.ri(30000, 60000), up), ev=True)
    lookup_fail(co)
    co2(pino("info", "donations last 5m", hostname=co2.pod, succeeded=0, declined=0, errors=R.ri(120, 200)))
    R.event(ns, "Pod", co.pod, "Pulled", 'Container image "givingacr.azurecr.io/donations/checkout-api:5.8.%d" already present on machine' % R.ri(0, 9), etype="Normal", host=R.nodes[0])
    return dict(
        question="Why are donations failing at the payment step?",
        selector=sel(ns=ns),
        expected=exp("ERROR", "dns_resolution", "coredns",
                     "CoreDNS forwards external queries to the resolver %s, which is not answering (i/o timeout), so external names such as %s cannot be resolved from the cluster." % (up, host),
                     "checkout-api cannot reach the payment processor (getaddrinfo EAI_AGAIN) and every donation fails; in-cluster service names still resolve.",
                     "Restore the upstream resolver (or the network path to it) or point the CoreDNS forward at a working resolver, then verify %s resolves from a pod." % host))


@scenario("charity-crm-broker-maintenance", "charity", "k0s", "promtail", qkind="open")
def _g_crm_refused(R):
    ns = "crm-sync"
    w = R.wl(ns, "crm-sync-worker", container="worker", node=0, app="crm-sync")
    vol = R.wl(ns, "volunteer-portal", container="django", node=1)
    mq = R.wl("messaging", "rabbitmq", node=2, kind="sts", pod="rabbitmq-0")
    url = "amqp://crm:**@rabbitmq.messaging.svc.cluster.local:5672//"
    w(celery("INFO", "ForkPoolWorker-2", "Task crm.sync.push_donors[%s] succeeded in %.2fs: {'upserted': %d, 'failed': 0}" % (R.uid(), R.rf(2, 6), R.ri(20, 60))))
    mq("@RMQ@ [info] <0.%d.0> RabbitMQ is asked to stop..." % R.ri(100, 999))
    mq("@RMQ@ [info] <0.%d.0> Successfully stopped RabbitMQ and its dependencies" % R.ri(100, 999))
    w(celery("WARNING", "MainProcess", "consumer: Connection to broker lost. Trying to re-establish the connection..."))
    w(celery("ERROR", "MainProcess", "consumer: Cannot connect to %s: [Errno 111] Connection refused. Trying again in 2.00 seconds... (1/100)" % url), ev=True)
    vol(pylog("WARNING", "volunteers.tasks", "publish signup_confirmation failed: kombu.exceptions.OperationalError: [Errno 111] Connection refused; retrying in 1s"), ev=True)
    w(celery("ERROR", "MainProcess", "consumer: Cannot connect to %s: [Errno 111] Connection refused. Trying again in 4.00 seconds... (2/100)" % url), ev=True)
    vol(pylog("INFO", "django.server", '"GET /shifts/?event=marathon-2026 HTTP/1.1" 200 %d' % R.ri(8000, 20000)))
    w(celery("ERROR", "MainProcess", "consumer: Cannot connect to %s: [Errno 111] Connection refused. Trying again in 6.00 seconds... (3/100)" % url), ev=True)
    mq("@RMQ@ [info] <0.%d.0> Starting RabbitMQ 3.13.%d on Erlang 26.2.%d" % (R.ri(100, 999), R.ri(0, 7), R.ri(1, 5)))
    mq("@RMQ@ [info] <0.%d.0> Server startup complete; 5 plugins started." % R.ri(100, 999))
    w(celery("INFO", "MainProcess", "Connected to %s" % url))
    w(celery("INFO", "MainProcess", "mingle: searching for neighbors"))
    w(celery("INFO", "MainProcess", "mingle: all alone"))
    vol(pylog("INFO", "volunteers.tasks", "publish signup_confirmation ok after 3 attempts"))
    w(celery("INFO", "MainProcess", "Task crm.sync.push_volunteer[%s] received" % R.uid()))
    w(celery("INFO", "ForkPoolWorker-1", "Task crm.sync.push_volunteer[%s] succeeded in %.2fs: {'upserted': 1, 'failed': 0}" % (R.uid(), R.rf(0.3, 1.5))))
    vol(pylog("INFO", "django.server", '"POST /shifts/%d/signup HTTP/1.1" 302 0' % R.ri(100, 999)))
    return dict(
        question="Anything to look at in crm-sync from this morning?",
        selector=None,
        expected=exp("WARN", "connection_refused", "rabbitmq",
                     "The RabbitMQ broker was stopped and restarted (maintenance), so for about half a minute connections to rabbitmq.messaging:5672 were refused.",
                     "crm-sync-worker and volunteer-portal got Errno 111 connection refused while the broker restarted, retried, reconnected and resumed processing with no lost tasks.",
                     "Optional: schedule broker restarts with a quorum/HA setup or PodDisruptionBudget so clients don't see refusals; no action needed now."))


@scenario("charity-salesforce-donor-push", "charity", "oke", "splunk", qkind="specific")
def _g_crm_auth(R):
    ns = "crm-sync"
    w = R.wl(ns, "crm-sync", container="worker", node=0)
    mc = R.wl(ns, "mailchimp-sync", node=1)
    beat = R.wl(ns, "crm-sync-beat", container="beat", node=2, drop_app=True)
    inst = "kindredgiving.my.salesforce.com"
    beat(celery("INFO", "MainProcess", "Scheduler: Sending due task push-donors (crm.sync.push_donors)"))
    w(celery("INFO", "MainProcess", "Task crm.sync.push_donors[%s] received" % R.uid()))
    w(celery("WARNING", "ForkPoolWorker-1", "POST https://%s/services/data/v60.0/composite/sobjects -> 401 [{'message': 'Session expired or invalid', 'errorCode': 'INVALID_SESSION_ID'}]; refreshing OAuth token" % inst))
    w(celery("ERROR", "ForkPoolWorker-1", "token refresh failed: POST https://login.salesforce.com/services/oauth2/token -> 400 {\"error\":\"invalid_grant\",\"error_description\":\"expired access/refresh token\"}"), ev=True)
    tid = R.uid()
    w(celery("ERROR", "ForkPoolWorker-1", "Task crm.sync.push_donors[%s] raised unexpected: SalesforceAuthenticationFailed('invalid_grant', 'expired access/refresh token')" % tid), ev=True)
    mc(logrus("info", "audience sync", list="donors-uk", upserted=R.ri(100, 300), errors=0))
    beat(celery("INFO", "MainProcess", "Scheduler: Sending due task push-donors (crm.sync.push_donors)"), dt=R.rf(280, 320))
    w(celery("WARNING", "ForkPoolWorker-2", "POST https://%s/services/data/v60.0/composite/sobjects -> 401 [{'message': 'Session expired or invalid', 'errorCode': 'INVALID_SESSION_ID'}]; refreshing OAuth token" % inst))
    w(celery("ERROR", "ForkPoolWorker-2", "token refresh failed: POST https://login.salesforce.com/services/oauth2/token -> 400 {\"error\":\"invalid_grant\",\"error_description\":\"expired access/refresh token\"}"), ev=True)
    w(celery("ERROR", "ForkPoolWorker-2", "Task crm.sync.push_donors[%s] raised unexpected: SalesforceAuthenticationFailed('invalid_grant', 'expired access/refresh token')" % R.uid()), ev=True)
    mc(logrus("warning", "member not found, skipping", list="donors-uk", status=404))
    w(celery("WARNING", "MainProcess", "pending donor pushes: %d (oldest %dh%02dm)" % (R.ri(2000, 4000), R.ri(18, 26), R.ri(0, 59))))
    mc(logrus("info", "audience sync", list="volunteers", upserted=R.ri(10, 60), errors=0))
    return dict(
        question="Why haven't new donors shown up in Salesforce since yesterday?",
        selector=sel(ns=ns, app="crm-sync"),
        expected=exp("ERROR", "auth_failure", "crm-sync",
                     "crm-sync's Salesforce OAuth refresh token has expired or been revoked, so every token refresh fails with invalid_grant and the donor push cannot authenticate.",
                     "Each push_donors run gets 401 INVALID_SESSION_ID, the token refresh returns 400 invalid_grant and the task fails; thousands of donor pushes are pending while the Mailchimp sync is fine.",
                     "Re-authorise the Salesforce connected app for the integration user and store the new refresh token in crm-sync's secret, then rerun the pending pushes."))


@scenario("charity-receipts-replica", "charity", "tanzu", "logstash", qkind="open", cluster="tkc-giving")
def _g_receipts_lag(R):
    ns = "receipts"
    api = R.wl(ns, "receipt-api", node=0)
    px = R.wl(ns, "proxysql", node=1)
    batch = R.wl(ns, "giftaid-claim-update", container="batch", node=2, kind="job")
    primary = R.wl(ns, "receipts-mysql", container="mysql", node=3, kind="sts", pod="receipts-mysql-0")
    rep_ip = "%s" % R.ip()
    batch(spring("INFO", "giftaid-claim-update", "main", "c.g.batch.ClaimStatusUpdater", "updating claim_status for tax year 2025-26 in a single transaction"))
    batch(spring("INFO", "giftaid-claim-update", "main", "c.g.batch.ClaimStatusUpdater", "committed: %d rows updated in donations in %ds" % (R.ri(1100000, 1400000), R.ri(300, 420))), ev=True)
    primary("@ISO6@ 0 [Note] [MY-010914] [Server] Aborted connection %d to db: 'receipts' user: 'batch' host: '%s' (Got an error reading communication packets)." % (R.ri(10000, 99999), batch.ip))
    px("@NGINXERR@ MySQL_HostGroups_Manager.cpp:%d:replication_lag_action_inner(): [WARNING] Shunning server %s:3306 from HG 20 with replication lag of %d second" % (R.ri(3000, 4000), rep_ip, R.ri(300, 450)), ev=True)
    api(spring("WARN", "receipt-api", "nio-8080-exec-3", "c.g.receipts.ReadYourWrites", "donation %d not visible on read pool yet; falling back to primary" % R.ri(1000000, 9999999)))
    api(spring("INFO", "receipt-api", "nio-8080-exec-5", "c.g.receipts.web.ReceiptController", "GET /v1/receipts/%d -> 200 (%dms)" % (R.ri(1000000, 9999999), R.ri(10, 40))))
    px("@NGINXERR@ MySQL_HostGroups_Manager.cpp:%d:replication_lag_action_inner(): [WARNING] Shunning server %s:3306 from HG 20 with replication lag of %d second" % (R.ri(3000, 4000), rep_ip, R.ri(200, 300)), ev=True)
    api(spring("WARN", "receipt-api", "nio-8080-exec-1", "c.g.receipts.ReadYourWrites", "donation %d not visible on read pool yet; falling back to primary" % R.ri(1000000, 9999999)))
    api(spring("INFO", "receipt-api", "nio-8080-exec-8", "c.g.receipts.web.ReceiptController", "GET /v1/receipts/%d -> 404 (%dms)" % (R.ri(1000000, 9999999), R.ri(3, 9))))
    R.gap(R.rf(200, 300))
    px("@NGINXERR@ MySQL_HostGroups_Manager.cpp:%d:replication_lag_action_inner(): [WARNING] Re-enabling server %s:3306 from HG 20 with replication lag of 0 second" % (R.ri(3000, 4000), rep_ip))
    api(spring("INFO", "receipt-api", "nio-8080-exec-2", "c.g.receipts.web.ReceiptController", "GET /v1/receipts/%d -> 200 (%dms)" % (R.ri(1000000, 9999999), R.ri(10, 40))))
    api(spring("INFO", "receipt-api", "scheduling-1", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-2 (read) - Pool stats (total=10, active=1, idle=9, waiting=0)"))
    return dict(
        question="Anything odd with receipts this afternoon?",
        selector=sel(ns=ns),
        expected=exp("WARN", "database", "receipts-mysql",
                     "A Gift Aid batch updated over a million donation rows in one transaction, and the MySQL replica fell several minutes behind applying it.",
                     "ProxySQL shunned the lagging replica (replication lag of several hundred seconds) and receipt-api fell back to the primary for fresh donations; the replica caught up and was re-enabled.",
                     "Optional: chunk the claim-status update into smaller transactions so replicas keep up; no action needed now."))


@scenario("charity-giftaid-declarations", "charity", "openshift", "openshift", qkind="null", cluster="ocp-giving-9tq2w")
def _g_giftaid_pool(R):
    ns = "giftaid"
    api = R.wl(ns, "giftaid-api", node=0)
    pg = R.wl(ns, "giftaid-db", container="database", node=1, kind="sts", pod="giftaid-db-instance1-%s-0" % _s(R.rng, 4, CONS))
    co = R.wl("donations", "checkout-api", node=2)
    app = "giftaid-api"
    api(spring("INFO", app, "nio-8080-exec-3", "c.g.giftaid.web.DeclarationController", "POST /v1/declarations -> 201 (%dms)" % R.ri(20, 60)))
    api(spring("WARN", app, "ousekeeper", "com.zaxxer.hikari.pool.ProxyLeakTask", "Connection leak detection triggered for org.postgresql.jdbc.PgConnection@%s on thread http-nio-8080-exec-%d, stack trace follows" % (R.hexs(8), R.ri(10, 40))), ev=True)
    api("java.lang.Exception: Apparent connection leak detected")
    api("\tat c.g.giftaid.hmrc.AddressLookup.lookupPostcode(AddressLookup.java:77)")
    pg("@PG@ [%d] LOG:  connection authorized: user=giftaid database=giftaid SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)" % R.ri(1000, 9999))
    api(spring("WARN", app, "ousekeeper", "com.zaxxer.hikari.pool.ProxyLeakTask", "Connection leak detection triggered for org.postgresql.jdbc.PgConnection@%s on thread http-nio-8080-exec-%d, stack trace follows" % (R.hexs(8), R.ri(10, 40))), ev=True)
    api(spring("ERROR", app, "nio-8080-exec-%d" % R.ri(40, 90), "o.h.engine.jdbc.spi.SqlExceptionHelper", "HikariPool-1 - Connection is not available, request timed out after 30000ms (total=10, active=10, idle=0, waiting=%d)." % R.ri(25, 45)), ev=True)
    co(pino("error", "gift aid declaration failed", upstream="http://giftaid-api.giftaid.svc:8080/v1/declarations", statusCode=500, responseTime=round(R.rf(30000, 30200), 1)))
    pg("@PG@ [%d] LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, 0 recycled; write=%.3f s, sync=0.00%d s, total=%.3f s" % (R.ri(60, 90), R.ri(100, 300), R.rf(0.5, 2), R.rf(10, 20), R.ri(1, 9), R.rf(10, 20)))
    api(spring("ERROR", app, "nio-8080-exec-%d" % R.ri(40, 90), "o.a.c.c.C.[.[.[/].[dispatcherServlet]", "Servlet.service() for servlet [dispatcherServlet] threw exception: org.springframework.transaction.CannotCreateTransactionException: Could not open JPA EntityManager for transaction; nested exception is org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection"))
    api(spring("DEBUG", app, "ousekeeper", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Pool stats (total=10, active=10, idle=0, waiting=%d)" % R.ri(35, 50)), ev=True)
    pg("@PG@ [%d] LOG:  duration: %.3f ms  statement: SELECT count(*) FROM pg_stat_activity" % (R.ri(1000, 9999), R.rf(0.2, 1.5)))
    co(pino("error", "gift aid declaration failed", upstream="http://giftaid-api.giftaid.svc:8080/v1/declarations", statusCode=500, responseTime=round(R.rf(30000, 30200), 1)))
    api(spring("ERROR", app, "nio-8080-exec-%d" % R.ri(40, 90), "o.h.engine.jdbc.spi.SqlExceptionHelper", "HikariPool-1 - Connection is not available, request timed out after 30000ms (total=10, active=10, idle=0, waiting=%d)." % R.ri(35, 50)), ev=True)
    co(pino("info", "donation created", campaign="spring-appeal", amountMinor=R.pick([1000, 2000, 5000]), currency="GBP", giftAid=False))
    return dict(
        question=None,
        selector=sel(ns=ns),
        expected=exp("ERROR", "resource_exhausted", "giftaid-api",
                     "giftaid-api leaks JDBC connections in AddressLookup.lookupPostcode, so its 10-connection Hikari pool is permanently exhausted and new requests time out waiting for a connection.",
                     "Hikari reports total=10 active=10 idle=0 with dozens waiting and 30 s acquisition timeouts; gift aid declarations from checkout fail with 500 while the database itself is healthy.",
                     "Fix the leak (close the connection / use try-with-resources in AddressLookup), restart giftaid-api to free the pool, and keep leak detection on."))


@scenario("charity-email-node-network", "charity", "microk8s", "fluentd", evconv="event-exporter", nodeconv="syslog", qkind="specific")
def _g_email_cni(R):
    ns = "email"
    bad = 2
    node = R.nodes[bad]
    snd = R.wl(ns, "campaign-sender", container="sender", node=0)
    snd_bad = snd.with_pod(node=bad)
    snd_bad2 = snd.with_pod(node=bad)
    calico = R.wl("kube-system", "calico-node", container="calico-node", node=bad, kind="ds", app="calico-node")
    cpid = R.ri(10, 99)
    R.event(ns, "Pod", snd_bad.pod, "Scheduled", "Successfully assigned %s/%s to %s" % (ns, snd_bad.pod, node), etype="Normal", comp="default-scheduler")
    calico("@JAVA@ [WARNING][%d] startup/autodetection_methods.go %d: Unable to auto-detect an IPv4 address: no valid IPv4 addresses found on the host interfaces" % (cpid, R.ri(100, 200)), ev=True)
    calico("@JAVA@ [WARNING][%d] startup/startup.go %d: Couldn't autodetect an IPv4 address. If auto-detecting, choose a different autodetection method. Otherwise provide an explicit address." % (cpid, R.ri(400, 700)), ev=True)
    calico("@JAVA@ [INFO][%d] startup/startup.go %d: Clearing out-of-date IPv4 address from this node IP=\"\"" % (cpid, R.ri(400, 700)))
    calico("@JAVA@ [WARNING][%d] startup/utils.go %d: Terminating" % (cpid, R.ri(40, 60)))
    R.event("kube-system", "Pod", calico.pod, "BackOff", "Back-off restarting failed container calico-node in pod %s_kube-system(%s)" % (calico.pod, R.uid()), host=node, count=R.ri(5, 12))
    R.event(ns, "Pod", snd_bad.pod, "FailedCreatePodSandBox", 'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "%s": plugin type="calico" failed (add): stat /var/lib/calico/nodename: no such file or directory: check that the calico/node container is running and has mounted /var/lib/calico/' % R.hexs(64), host=node, ev=True)
    snd(logrus("info", "batch sent", campaign="spring-appeal-reminder", sent=R.ri(400, 600), provider="postmark", failed=0))
    R.nodelog(bad, "snap.microk8s.daemon-kubelite.service", R.klog("E", "kubelet.go:%d" % R.ri(2800, 2900), '"Container runtime network not ready" networkReady="NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized"'), ev=True)
    R.event(ns, "Pod", snd_bad2.pod, "FailedCreatePodSandBox", 'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "%s": plugin type="calico" failed (add): stat /var/lib/calico/nodename: no such file or directory: check that the calico/node container is running and has mounted /var/lib/calico/' % R.hexs(64), host=node, ev=True)
    R.kern(bad, "eth0: renamed from tmp%s" % R.hexs(5))
    R.kern(bad, "IPv4: martian source %s from 10.1.%d.%d, on dev vxlan.calico" % (R.ip(), R.ri(0, 7), R.ri(2, 250)))
    snd(logrus("warning", "throughput below target", campaign="spring-appeal-reminder", rate_per_min=R.ri(800, 1100), target=3000, ready_replicas=1, desired=3))
    R.event(ns, "Pod", snd_bad.pod, "FailedCreatePodSandBox", 'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "%s": plugin type="calico" failed (add): stat /var/lib/calico/nodename: no such file or directory: check that the calico/node container is running and has mounted /var/lib/calico/' % R.hexs(64), host=node, count=R.ri(8, 16))
    R.nodelog(0, "snap.microk8s.daemon-kubelite.service", R.klog("I", "log.go:245", "http: TLS handshake error from %s:%d: EOF" % (R.ip(), R.ri(30000, 60000))))
    snd(logrus("info", "batch sent", campaign="spring-appeal-reminder", sent=R.ri(400, 600), provider="postmark", failed=0))
    return dict(
        question="Why are new campaign-sender pods stuck in ContainerCreating on one node?",
        selector=sel(node=node),
        expected=exp("ERROR", "node_failure", node,
                     "calico-node on %s cannot autodetect the node's IPv4 address and keeps terminating, so the node's CNI is not initialised and no pod sandbox networking can be set up there." % node,
                     "Pods scheduled to %s fail with FailedCreatePodSandBox (calico nodename missing) and the kubelet reports NetworkPluginNotReady; campaign-sender runs on one replica at a third of its target rate." % node,
                     "Fix calico-node's IP autodetection on the node (check the host interface/IP or set IP_AUTODETECTION_METHOD), or cordon and drain the node until its network plugin is healthy."))


# END SCENARIOS -------------------------------------------------------------

NODE_KEYS = ("node_name", "kubernetes_host", "kubernetes_pod_node_name", "kubernetes_node_name", "host",
             "hostname", "beat_hostname", "k8s_node_name")
APP_KEYS = ("app", "app_kubernetes_io_name", "kubernetes_labels_app", "kubernetes_pod_labels_app_kubernetes_io_name",
            "service", "kube_label_app")


def fmt_ts(when):
    return when.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (when.microsecond // 1000)


def build(spec):
    ctx = Ctx(spec["name"], spec["theme"], spec["distro"], spec["conv"], spec["evconv"], spec["nodeconv"], spec["cluster"])
    out = spec["fn"](ctx)
    logs = []
    evidence = []
    for i, (t, labels, text, ev) in enumerate(ctx.items):
        when = ctx.base + timedelta(microseconds=int(round(t * 1e6)))
        logs.append(OrderedDict([("ts", fmt_ts(when)), ("labels", labels),
                                 ("line", render_time(text, when, ctx.uptime0 + t))]))
        if ev:
            evidence.append(i)
    expected = out["expected"]
    expected["evidence"] = evidence
    rec = OrderedDict()
    rec["id"] = None
    rec["source"] = "synthetic:dev28-%s" % spec["theme"]
    rec["question"] = out.get("question")
    rec["selector"] = out.get("selector")
    rec["logs"] = logs
    rec["expected"] = expected
    meta = dict(name=spec["name"], theme=spec["theme"], distro=spec["distro"], conv=spec["conv"],
                evconv=spec["evconv"], nodeconv=spec["nodeconv"], qkind=spec["qkind"])
    return rec, meta


def generate():
    built = [build(s) for s in sorted(SCENARIOS, key=lambda s: s["name"])]
    order = list(range(len(built)))
    random.Random(SEED).shuffle(order)
    records = []
    metas = []
    for n, idx in enumerate(order, 1):
        rec, meta = built[idx]
        rec["id"] = "dev28-%03d" % n
        records.append(rec)
        metas.append(meta)
    return records, metas


def selector_kind(sel_):
    if sel_ is None:
        return "null"
    keys = [k for k, v in sel_.items() if v is not None]
    return "+".join(keys) if keys else "empty"


def stats(records, metas, raw):
    out = []
    p = out.append
    p("records: %d" % len(records))
    p("total log lines: %d" % sum(len(r["logs"]) for r in records))
    p("evidence lines: %d" % sum(len(r["expected"]["evidence"]) for r in records))
    p("lines per record: min %d, max %d" % (min(len(r["logs"]) for r in records), max(len(r["logs"]) for r in records)))
    p("sha256: %s" % hashlib.sha256(raw).hexdigest())
    cat = Counter()
    catsev = {}
    for r in records:
        c = r["expected"]["root_cause_category"]
        cat[c] += 1
        catsev.setdefault(c, Counter())[r["expected"]["severity"]] += 1
    p("\nper category (severities):")
    for c in sorted(cat):
        p("  %-20s %d  %s" % (c, cat[c], ", ".join("%s=%d" % kv for kv in sorted(catsev[c].items()))))
    sev = Counter(r["expected"]["severity"] for r in records)
    p("\nper severity:")
    for s in ("INFO", "WARN", "ERROR", "CRITICAL"):
        p("  %-9s %d" % (s, sev[s]))

    def table(title, key):
        cnt = Counter(key(m) for m in metas)
        p("\n%s:" % title)
        for k in sorted(cnt, key=lambda x: (str(x))):
            p("  %-22s %d" % (k, cnt[k]))
    table("per theme", lambda m: m["theme"])
    table("per Kubernetes distribution", lambda m: m["distro"])
    conv = Counter()
    for m in metas:
        for k in ("conv", "evconv", "nodeconv"):
            if m[k]:
                conv[m[k]] += 1
    p("\nper shipper convention (records using it):")
    for k in sorted(conv):
        p("  %-22s %d" % (k, conv[k]))
    p("  distinct conventions: %d" % len(conv))
    table("question kind", lambda m: m["qkind"])
    selk = Counter(selector_kind(r["selector"]) for r in records)
    p("\nselector kind:")
    for k in sorted(selk):
        p("  %-22s %d" % (k, selk[k]))
    streams = {}
    for r in records:
        for l in r["logs"]:
            streams[json.dumps(l["labels"], sort_keys=True)] = l["labels"]
    no_node = sum(1 for L in streams.values() if not any(k in L for k in NODE_KEYS))
    no_app = sum(1 for L in streams.values() if not any(k in L for k in APP_KEYS))
    p("\nlabel variety:")
    p("  distinct streams: %d" % len(streams))
    p("  streams without a node label: %d" % no_node)
    p("  streams without an app label: %d" % no_app)
    p("  distinct label keys: %d" % len({k for L in streams.values() for k in L}))
    p("  records with node journal/syslog streams: %d" % sum(1 for m in metas if m["nodeconv"]))
    p("  records with Kubernetes event streams: %d" % sum(1 for m in metas if m["evconv"]))
    p("  records with null question: %d" % sum(1 for r in records if r["question"] is None))
    p("  distinct namespaces: %d" % len({r["selector"]["namespace"] for r in records if r["selector"] and r["selector"]["namespace"]}))
    return "\n".join(out)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", help="output JSONL path")
    ap.add_argument("--stats", action="store_true", help="print aggregate counts")
    a = ap.parse_args(argv)
    records, metas = generate()
    raw = "".join(json.dumps(r, ensure_ascii=False, separators=(", ", ": ")) + "\n" for r in records).encode("utf-8")
    with open(a.out, "wb") as f:
        f.write(raw)
    if a.stats:
        print(stats(records, metas, raw))
    return 0


if __name__ == "__main__":
    sys.exit(main())
