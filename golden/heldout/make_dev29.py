#!/usr/bin/env python3
"""Generator for the dev29 held-out golden set (log diagnosis).

Standard library only.  Deterministic: fixed seed 202929, one random.Random per
scenario seeded with 202929 + int(sha256(name), 16), scenarios built in name
order, records shuffled with random.Random(202929), ids assigned after the
shuffle.  No wall-clock time, no dependence on hash order.

Usage:
    python3 make_dev29.py dev29.jsonl [--stats]
"""

import datetime as _dt
import hashlib
import json
import random
import re
import sys

SEED = 202929
UTC = _dt.timezone.utc
K8S_ALNUM = "bcdfghjklmnpqrstvwxz2456789"   # alphabet of generated k8s names
HEX = "0123456789abcdef"
LOWER_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
          "Nov", "Dec"]

SCENARIOS = []   # (name, builder)


def scenario(name):
    def deco(fn):
        SCENARIOS.append((name, fn))
        return fn
    return deco


# --------------------------------------------------------------------------
# timestamp rendering
# --------------------------------------------------------------------------

def fmt_ts(d, kind, micro):
    ms = micro // 1000
    if kind == "iso":
        return d.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % ms
    if kind == "iso6":
        return d.strftime("%Y-%m-%dT%H:%M:%S") + ".%06dZ" % micro
    if kind == "iso9":
        return d.strftime("%Y-%m-%dT%H:%M:%S") + ".%06d%03dZ" % (micro, (micro * 7) % 1000)
    if kind == "isos":
        return d.strftime("%Y-%m-%dT%H:%M:%SZ")
    if kind == "isooff":
        return d.strftime("%Y-%m-%dT%H:%M:%S") + ".%03d+00:00" % ms
    if kind == "isooff6":
        return d.strftime("%Y-%m-%dT%H:%M:%S") + ".%06d+00:00" % micro
    if kind == "isoz4":
        return d.strftime("%Y-%m-%dT%H:%M:%S") + ".%03d+0000" % ms
    if kind in ("py", "kafka"):
        return d.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % ms
    if kind == "pg":
        return d.strftime("%Y-%m-%d %H:%M:%S") + ".%03d UTC" % ms
    if kind == "klog":
        return d.strftime("%m%d %H:%M:%S") + ".%06d" % micro
    if kind == "clf":
        return "%02d/%s/%04d:%s +0000" % (d.day, MONTHS[d.month - 1], d.year,
                                          d.strftime("%H:%M:%S"))
    if kind == "haproxy":
        return "%02d/%s/%04d:%s.%03d" % (d.day, MONTHS[d.month - 1], d.year,
                                         d.strftime("%H:%M:%S"), ms)
    if kind in ("epoch", "epochms", "epochs", "epochns"):
        secs = int((d - _dt.datetime(1970, 1, 1, tzinfo=UTC)).total_seconds())
        if kind == "epochs":
            return str(secs)
        if kind == "epochms":
            return "%d%03d" % (secs, ms)
        if kind == "epochns":
            return "%d%06d%03d" % (secs, micro, (micro * 7) % 1000)
        return "%d.%06d" % (secs, micro)
    if kind == "redis":
        return "%02d %s %04d %s.%03d" % (d.day, MONTHS[d.month - 1], d.year,
                                          d.strftime("%H:%M:%S"), ms)
    if kind == "rails":
        return d.strftime("%Y-%m-%dT%H:%M:%S") + ".%06d" % micro
    if kind == "hms":
        return d.strftime("%H:%M:%S") + ".%03d" % ms
    if kind == "syslog":
        return "%s %2d %s" % (MONTHS[d.month - 1], d.day, d.strftime("%H:%M:%S"))
    if kind == "fpm":
        return "%02d-%s-%04d %s" % (d.day, MONTHS[d.month - 1], d.year,
                                     d.strftime("%H:%M:%S"))
    if kind == "nats":
        return d.strftime("%Y/%m/%d %H:%M:%S") + ".%06d" % micro
    if kind == "gostd":
        return d.strftime("%Y/%m/%d %H:%M:%S")
    if kind == "mysql":
        return d.strftime("%Y-%m-%dT%H:%M:%S") + ".%06dZ" % micro
    if kind == "sec":
        return d.strftime("%Y-%m-%d %H:%M:%S")
    if kind == "gunicorn":
        return d.strftime("%Y-%m-%d %H:%M:%S") + " +0000"
    if kind == "rabbit":
        return d.strftime("%Y-%m-%d %H:%M:%S") + ".%06d+00:00" % micro
    if kind == "ceph":
        return d.strftime("%Y-%m-%d %H:%M:%S") + ".%03d" % ms
    if kind == "laravel":
        return d.strftime("%Y-%m-%d %H:%M:%S")
    if kind == "symfony":
        return d.strftime("%Y-%m-%dT%H:%M:%S") + ".%06d+00:00" % micro
    if kind == "date":
        return d.strftime("%Y-%m-%d")
    if kind == "apache":
        return "%s %s %02d %s.%06d %04d" % (
            ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][d.weekday()],
            MONTHS[d.month - 1], d.day, d.strftime("%H:%M:%S"), micro, d.year)
    raise ValueError("unknown ts kind " + kind)


TOKEN = re.compile(r"\{T([+-]\d+(?:\.\d+)?)?:(\w+)\}")


# --------------------------------------------------------------------------
# Kubernetes distributions: node naming, cluster naming, address plans
# --------------------------------------------------------------------------

def _pick(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def node_namer(dist, rng, cluster):
    """Return a function i -> node name in the platform's own style."""
    if dist == "eks" or dist == "eks-anywhere-aws":
        region = rng.choice(["eu-west-1", "us-east-2", "ap-southeast-2", "eu-central-1"])
        b = rng.randint(16, 31)
        return lambda i: "ip-10-%d-%d-%d.%s.compute.internal" % (
            b, rng.randint(0, 95), rng.randint(4, 250), region)
    if dist == "gke":
        pool = rng.choice(["default-pool", "pool-std-4", "apps-pool", "e2-std-8"])
        return lambda i: "gke-%s-%s-%s-%s" % (cluster, pool, _pick(rng, HEX, 8),
                                              _pick(rng, LOWER_ALNUM, 4))
    if dist == "aks":
        pool = rng.choice(["nodepool1", "userpool", "apps", "system"])
        num = "%08d" % rng.randint(10000000, 99999999)
        return lambda i: "aks-%s-%s-vmss%06d" % (pool, num, i)
    if dist == "openshift":
        infra = "%s-%s" % (cluster, _pick(rng, LOWER_ALNUM, 5))
        return lambda i: "%s-worker-%s" % (infra, _pick(rng, LOWER_ALNUM, 5))
    if dist == "k3s":
        stem = rng.choice(["edge", "site", "edge-node"])
        return lambda i: "%s-k3s-%02d" % (stem, i + 1)
    if dist == "rke2":
        return lambda i: "%s-rke2-agent-%02d" % (cluster, i + 1)
    if dist == "talos":
        return lambda i: "talos-%s-%s" % (_pick(rng, LOWER_ALNUM, 3), _pick(rng, LOWER_ALNUM, 3))
    if dist == "kubeadm":
        site = rng.choice(["dc1", "fra2", "ams1"])
        return lambda i: "k8s-worker-%02d.%s.internal" % (i + 1, site)
    if dist == "doks":
        pool = _pick(rng, LOWER_ALNUM, 9)
        return lambda i: "pool-%s-%s" % (pool, _pick(rng, LOWER_ALNUM, 5))
    if dist == "oke":
        c = rng.randint(10, 30)
        return lambda i: "10.0.%d.%d" % (c, rng.randint(2, 250))
    if dist == "lke":
        cid = rng.randint(100000, 399999)
        pid = rng.randint(100000, 599999)
        return lambda i: "lke%d-%d-%s0000" % (cid, pid, _pick(rng, HEX, 8))
    if dist == "kapsule":
        pool = rng.choice(["default", "pool-apps", "gp1-s"])
        return lambda i: "scw-%s-%s-%s" % (cluster, pool, _pick(rng, HEX, 32))
    if dist == "civo":
        cid = _pick(rng, HEX, 4) + "-" + _pick(rng, HEX, 6)
        pool = _pick(rng, HEX, 4)
        return lambda i: "k3s-%s-%s-node-pool-%s-%s" % (cluster, cid, pool, _pick(rng, LOWER_ALNUM, 5))
    if dist == "hetzner":
        pool = rng.choice(["agent-large", "agent-small", "agent-cx32"])
        return lambda i: "%s-%s-%s" % (cluster, pool, _pick(rng, "abcdefghijklmnopqrstuvwxyz", 3))
    if dist == "gardener":
        proj = rng.choice(["ops", "hrplat", "people"])
        pool = rng.choice(["worker-a", "pool-main"])
        return lambda i: "shoot--%s--%s-%s-z%d-%s-%s" % (
            proj, cluster, pool, (i % 3) + 1, _pick(rng, K8S_ALNUM, 9), _pick(rng, K8S_ALNUM, 5))
    if dist == "ack":
        region = rng.choice(["cn-hangzhou", "cn-shanghai", "ap-southeast-1"])
        c = rng.randint(0, 20)
        return lambda i: "%s.192.168.%d.%d" % (region, c, rng.randint(2, 250))
    if dist == "iks":
        a, b = rng.randint(100, 200), rng.randint(0, 200)
        return lambda i: "10.%d.%d.%d" % (a, b, rng.randint(2, 250))
    if dist == "tanzu":
        md = _pick(rng, K8S_ALNUM, 9)
        return lambda i: "%s-md-0-%s-%s" % (cluster, md, _pick(rng, K8S_ALNUM, 5))
    if dist == "eksa":
        md = _pick(rng, K8S_ALNUM, 10)
        return lambda i: "%s-md-0-%s-%s" % (cluster, md, _pick(rng, K8S_ALNUM, 5))
    if dist == "k0s":
        return lambda i: "k0s-worker-%d" % (i + 1)
    if dist == "microk8s":
        stem = rng.choice(["cellar-nuc", "brew-nuc", "winery-node"])
        return lambda i: "%s-%02d" % (stem, i + 1)
    if dist == "ovh":
        pool = rng.choice(["b3-8", "pool-apps", "d2-8"])
        return lambda i: "%s-node-%s" % (pool, _pick(rng, HEX, 6))
    if dist == "exoscale":
        pid = _pick(rng, HEX, 5)
        return lambda i: "pool-%s-%s" % (pid, _pick(rng, "abcdefghijklmnopqrstuvwxyz", 5))
    if dist == "kubermatic":
        md = _pick(rng, K8S_ALNUM, 10)
        return lambda i: "%s-worker-%s-%s" % (cluster, md, _pick(rng, K8S_ALNUM, 5))
    if dist == "docker":
        return lambda i: rng.choice(["taproom-pos-01", "taproom-box"]) if i == 0 else "taproom-box-%d" % i
    raise ValueError(dist)


# pod CIDR prefix, service CIDR prefix, cluster DNS IP per platform family
NET = {
    "eks": ("10.%d.%d.%d", "172.20.%d.%d", "172.20.0.10"),
    "gke": ("10.%d.%d.%d", "10.%d.%d.%d", "10.52.0.10"),
    "aks": ("10.244.%d.%d", "10.0.%d.%d", "10.0.0.10"),
    "openshift": ("10.128.%d.%d", "172.30.%d.%d", "172.30.0.10"),
    "k3s": ("10.42.%d.%d", "10.43.%d.%d", "10.43.0.10"),
    "rke2": ("10.42.%d.%d", "10.43.%d.%d", "10.43.0.10"),
    "talos": ("10.244.%d.%d", "10.96.%d.%d", "10.96.0.10"),
    "kubeadm": ("10.0.%d.%d", "10.96.%d.%d", "10.96.0.10"),
    "doks": ("10.244.%d.%d", "10.245.%d.%d", "10.245.0.10"),
    "oke": ("10.244.%d.%d", "10.96.%d.%d", "10.96.5.5"),
    "lke": ("10.2.%d.%d", "10.128.%d.%d", "10.128.0.10"),
    "kapsule": ("100.64.%d.%d", "10.32.%d.%d", "10.32.0.10"),
    "civo": ("10.42.%d.%d", "10.43.%d.%d", "10.43.0.10"),
    "hetzner": ("10.42.%d.%d", "10.43.%d.%d", "10.43.0.10"),
    "gardener": ("100.96.%d.%d", "100.64.%d.%d", "100.64.0.10"),
    "ack": ("172.20.%d.%d", "192.168.%d.%d", "192.168.0.10"),
    "iks": ("172.30.%d.%d", "172.21.%d.%d", "172.21.0.10"),
    "tanzu": ("192.168.%d.%d", "10.96.%d.%d", "10.96.0.10"),
    "eksa": ("192.168.%d.%d", "10.96.%d.%d", "10.96.0.10"),
    "k0s": ("10.244.%d.%d", "10.96.%d.%d", "10.96.0.10"),
    "microk8s": ("10.1.%d.%d", "10.152.183.%d", "10.152.183.10"),
    "ovh": ("10.2.%d.%d", "10.3.%d.%d", "10.3.0.10"),
    "exoscale": ("192.168.%d.%d", "10.96.%d.%d", "10.96.0.10"),
    "kubermatic": ("172.25.%d.%d", "10.240.16.%d", "10.240.16.10"),
    "docker": ("172.18.0.%d", "172.18.0.%d", "127.0.0.11"),
}

DIST_NAMES = {
    "eks": "Amazon EKS", "gke": "Google GKE", "aks": "Azure AKS",
    "openshift": "Red Hat OpenShift", "k3s": "k3s", "rke2": "RKE2",
    "talos": "Talos Linux", "kubeadm": "kubeadm", "doks": "DigitalOcean DOKS",
    "oke": "Oracle OKE", "lke": "Linode/Akamai LKE", "kapsule": "Scaleway Kapsule",
    "civo": "Civo", "hetzner": "Hetzner (kube-hetzner)", "gardener": "Gardener",
    "ack": "Alibaba ACK", "iks": "IBM IKS", "tanzu": "VMware Tanzu TKG",
    "eksa": "EKS Anywhere", "k0s": "k0s", "microk8s": "MicroK8s",
    "ovh": "OVHcloud MKS", "exoscale": "Exoscale SKS", "kubermatic": "Kubermatic KKP",
    "docker": "none (Docker Compose host)",
}

CONV_NAMES = {
    "promtail": "Promtail kubernetes_sd",
    "alloy": "Grafana Alloy (k8s-monitoring)",
    "fluentbit": "Fluent Bit loki output",
    "vector": "Vector kubernetes_logs",
    "otel": "OpenTelemetry Collector OTLP to Loki",
    "openshift": "OpenShift Logging / LokiStack (ViaQ)",
    "filebeat": "Filebeat / Metricbeat ECS",
    "datadog": "Datadog Agent tags",
    "fluentd": "Fluentd kubernetes_metadata",
    "splunk": "Splunk OTel Collector",
    "logstash": "Logstash pipeline to Loki",
    "agentstatic": "Grafana Agent static mode",
    "docker": "Loki Docker logging driver",
}


EVENT_FMT = {
    "promtail": "kubernetes-event-exporter JSON (as container log)",
    "vector": "kubernetes-event-exporter JSON (as container log)",
    "fluentd": "kubernetes-event-exporter JSON (as container log)",
    "alloy": "Alloy loki.source.kubernetes_events logfmt",
    "agentstatic": "Grafana Agent eventhandler logfmt",
    "openshift": "eventrouter JSON (verb/event)",
    "logstash": "eventrouter JSON (verb/event)",
    "otel": "OTel k8sobjects watch JSON",
    "splunk": "Splunk OTel k8sobjects (kube:object:events)",
    "datadog": "Datadog Kubernetes event text",
    "filebeat": "Metricbeat kubernetes.event",
    "fluentbit": "Fluent Bit kubernetes_events JSON",
    "docker": None,
}


class W(object):
    """A workload's pod/container as seen by a log shipper."""

    def __init__(self, ctx, ns, app, ctr, kind, node, pod, app_label):
        self.ctx, self.ns, self.app, self.ctr = ctx, ns, app, ctr
        self.kind, self.node, self.pod, self.app_label = kind, node, pod, app_label
        self.uid = ctx.uuid()
        self.ip = ctx.pod_ip()

    @property
    def owner(self):
        return self.app


class Ctx(object):
    def __init__(self, name, theme, dist, conv, cluster):
        self.name, self.theme, self.dist, self.conv = name, theme, dist, conv
        self.rng = random.Random(SEED + int(hashlib.sha256(name.encode()).hexdigest(), 16))
        rng = self.rng
        self.cluster = cluster
        month = rng.randint(1, 5)
        day = rng.randint(1, 28)
        self.base = _dt.datetime(2026, month, day, rng.randint(0, 23),
                                 rng.randint(0, 59), rng.randint(0, 59), tzinfo=UTC)
        self._namer = node_namer(dist, rng, cluster)
        self._nodes = []
        self.lines = []   # [ms, seq, labels, text, ev, micro]
        self.seq = 0
        self.uptime = {}
        self.meta = {"theme": theme, "dist": dist, "conv": conv}
        net = NET[dist]
        self._podfmt, self._svcfmt, self.dns_ip = net
        self._rs = {}
        self.salt = self.rng.randint(0, 9999)

    # ---- random helpers -------------------------------------------------
    def hex(self, n):
        return _pick(self.rng, HEX, n)

    def k8s(self, n):
        return _pick(self.rng, K8S_ALNUM, n)

    def alnum(self, n):
        return _pick(self.rng, LOWER_ALNUM, n)

    def uuid(self):
        h = self.hex(32)
        return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16],
                                      self.rng.choice("89ab"), h[17:20], h[20:32])

    def ri(self, a, b):
        return self.rng.randint(a, b)

    def choice(self, seq):
        return self.rng.choice(seq)

    def _fill(self, fmt):
        n = fmt.count("%d")
        vals = [self.rng.randint(1, 250) for _ in range(n)]
        if n == 3:
            vals[0] = self.rng.randint(16, 31) if fmt.startswith("10.%d") else vals[0]
        return fmt % tuple(vals)

    def pod_ip(self):
        return self._fill(self._podfmt)

    def svc_ip(self):
        return self._fill(self._svcfmt)

    def ext_ip(self):
        return self.choice(["203.0.113.%d", "198.51.100.%d", "192.0.2.%d"]) % self.ri(2, 250)

    def node(self, i):
        while len(self._nodes) <= i:
            self._nodes.append(self._namer(len(self._nodes)))
        return self._nodes[i]

    # ---- workloads --------------------------------------------------------
    def wl(self, ns, app, ctr=None, kind="deploy", node=0, app_label=True, pod=None):
        if pod is None:
            if kind == "deploy":
                rs = self._rs.setdefault((ns, app), self.k8s(self.choice([9, 10])))
                pod = "%s-%s-%s" % (app, rs, self.k8s(5))
            elif kind == "sts":
                pod = "%s-%d" % (app, self.ri(0, 2))
            elif kind == "ds":
                pod = "%s-%s" % (app, self.k8s(5))
            elif kind == "job":
                pod = "%s-%s" % (app, self.k8s(5))
            elif kind == "cronjob":
                pod = "%s-%d-%s" % (app, self.ri(29400000, 29600000), self.k8s(5))
            elif kind == "static":
                pod = "%s-%s" % (app, self.node(node if isinstance(node, int) else 0))
            elif kind == "compose":
                pod = "%s-%s-1" % (ns, app)
            else:
                raise ValueError(kind)
        nd = self.node(node) if isinstance(node, int) else node
        return W(self, ns, app, ctr or app, kind, nd, pod, app_label)

    # ---- labels per shipper convention ------------------------------------
    def labels(self, w, stream):
        c, ns, pod, ctr, app, node = self.conv, w.ns, w.pod, w.ctr, w.app, w.node
        al = w.app_label
        if c == "promtail":
            d = {"namespace": ns, "pod": pod, "container": ctr}
            if al:
                d["app"] = app
            d["job"] = "%s/%s" % (ns, app)
            d["node_name"] = node
            d["stream"] = stream
            d["filename"] = "/var/log/pods/%s_%s_%s/%s/0.log" % (ns, pod, w.uid, ctr)
            return d
        if c == "alloy":
            d = {"cluster": self.cluster, "namespace": ns, "pod": pod, "container": ctr,
                 "job": "%s/%s" % (ns, ctr)}
            if al:
                d["app_kubernetes_io_name"] = app
            d["service_name"] = app
            return d
        if c == "fluentbit":
            d = {"job": "fluent-bit", "namespace_name": ns, "pod_name": pod,
                 "container_name": ctr, "host": node}
            if al:
                d["app"] = app
            return d
        if c == "vector":
            d = {"source_type": "kubernetes_logs", "kubernetes_pod_namespace": ns,
                 "kubernetes_pod_name": pod, "kubernetes_container_name": ctr,
                 "kubernetes_pod_node_name": node, "stream": stream}
            if al:
                d["kubernetes_pod_labels_app"] = app
            return d
        if c == "otel":
            d = {"service_name": app if al else ctr, "k8s_cluster_name": self.cluster,
                 "k8s_namespace_name": ns, "k8s_container_name": ctr}
            key = {"deploy": "k8s_deployment_name", "sts": "k8s_statefulset_name",
                   "ds": "k8s_daemonset_name", "job": "k8s_job_name",
                   "cronjob": "k8s_cronjob_name", "static": None}[w.kind]
            if key:
                d[key] = app
            d["deployment_environment"] = "production"
            return d
        if c == "openshift":
            return {"log_type": "infrastructure" if ns.startswith(("openshift", "kube")) else "application",
                    "kubernetes_namespace_name": ns, "kubernetes_pod_name": pod,
                    "kubernetes_container_name": ctr, "kubernetes_host": node}
        if c == "filebeat":
            d = {"data_stream.dataset": "kubernetes.container_logs",
                 "kubernetes.namespace": ns, "kubernetes.pod.name": pod,
                 "kubernetes.container.name": ctr, "kubernetes.node.name": node}
            if al:
                d["kubernetes.labels.app"] = app
            d["stream"] = stream
            return d
        if c == "datadog":
            d = {"source": w.dd_source if hasattr(w, "dd_source") else ctr,
                 "service": app, "kube_namespace": ns, "pod_name": pod,
                 "kube_container_name": ctr, "host": node,
                 "kube_cluster_name": self.cluster, "env": "prod"}
            if w.kind == "deploy":
                d["kube_deployment"] = app
            elif w.kind == "sts":
                d["kube_stateful_set"] = app
            elif w.kind == "ds":
                d["kube_daemon_set"] = app
            return d
        if c == "fluentd":
            d = {"kubernetes.namespace_name": ns, "kubernetes.pod_name": pod,
                 "kubernetes.container_name": ctr, "kubernetes.host": node}
            if al:
                d["kubernetes.labels.app"] = app
            d["stream"] = stream
            return d
        if c == "splunk":
            return {"index": "k8s_apps", "sourcetype": "kube:container:%s" % ctr,
                    "k8s.cluster.name": self.cluster, "k8s.namespace.name": ns,
                    "k8s.pod.name": pod, "k8s.container.name": ctr,
                    "k8s.node.name": node}
        if c == "logstash":
            d = {"pipeline": "k8s-containers", "kubernetes_namespace": ns,
                 "kubernetes_pod": pod, "kubernetes_container": ctr,
                 "kubernetes_node": node}
            if al:
                d["app"] = app
            return d
        if c == "agentstatic":
            return {"job": "%s/%s" % (ns, app), "namespace": ns, "pod": pod,
                    "container": ctr, "instance": "%s:%s" % (pod, ctr)}
        if c == "docker":
            return {"host": node, "compose_project": ns, "compose_service": app,
                    "container_name": pod,
                    "filename": "/var/lib/docker/containers/%s/%s-json.log" % (w.uid.replace("-", "")[:24], w.uid.replace("-", "")[:24])}
        raise ValueError(c)

    # ---- adding lines -------------------------------------------------------
    def _add(self, t, labels, text, ev):
        ms = int(round(t * 1000))
        # deterministic sub-100ms jitter, equal for every line in the same
        # 100 ms bucket so that intended order inside a burst is kept
        ms += ((ms // 100) * 7919 + self.salt) % 83
        micro = (ms % 1000) * 1000 + self.rng.randint(0, 999)
        d = self.base + _dt.timedelta(milliseconds=ms)

        def rep(m):
            off = float(m.group(1)) if m.group(1) else 0.0
            dd = d + _dt.timedelta(milliseconds=int(round(off * 1000)))
            mm = micro if not m.group(1) else (micro + int(round(off * 1000)) * 1000) % 1000000
            return fmt_ts(dd.replace(microsecond=0), m.group(2), mm)

        text = TOKEN.sub(rep, text)
        self.lines.append([ms, self.seq, labels, text, bool(ev), micro])
        self.seq += 1

    def log(self, t, w, text, ev=False, stream="stdout"):
        self._add(t, self.labels(w, stream), text, ev)

    def err(self, t, w, text, ev=False):
        self.log(t, w, text, ev, stream="stderr")

    def raw(self, t, labels, text, ev=False):
        self._add(t, dict(labels), text, ev)

    # ---- node-level streams -------------------------------------------------
    def journal(self, t, node, unit, text, ev=False, ident=None, pid=None):
        """systemd journal / syslog entry from a node (unit None = kernel)."""
        c = self.conv
        self.meta["node_stream"] = True
        ident = ident or (unit.split(".")[0] if unit else "kernel")
        if pid is None and unit:
            pid = self.uptime.setdefault(("pid", node, unit), self.ri(600, 4000))
        if c in ("promtail",):
            lab = {"job": "systemd-journal", "hostname": node}
            if unit:
                lab["unit"] = unit
            else:
                lab["transport"] = "kernel"
            self._add(t, lab, text, ev)
        elif c == "alloy":
            lab = {"job": "integrations/kubernetes/journal", "cluster": self.cluster,
                   "instance": node}
            lab["unit"] = unit if unit else "kernel"
            self._add(t, lab, text, ev)
        elif c == "agentstatic":
            lab = {"job": "syslog", "host": node, "app_name": ident}
            self._add(t, lab, text, ev)
        elif c in ("fluentd",):
            lab = {"tag": "system.var.log.messages", "hostname": node}
            short = node if node.replace(".", "").isdigit() or node[:1].isdigit() else node.split(".")[0]
            head = "{T:syslog} %s %s" % (short, ident)
            head += ("[%d]: " % pid) if unit else ": "
            self._add(t, lab, head + text, ev)
        elif c == "otel":
            lab = {"service_name": "talos" if self.dist == "talos" else "journald",
                   "k8s_cluster_name": self.cluster, "host_name": node}
            self._add(t, lab, text, ev)
        elif c == "datadog":
            lab = {"source": "kubelet" if unit and "kubelet" in unit else ident,
                   "service": ident, "host": node, "kube_cluster_name": self.cluster}
            self._add(t, lab, text, ev)
        elif c == "splunk":
            lab = {"index": "k8s_nodes", "sourcetype": "journald:%s" % (unit or "kernel"),
                   "k8s.cluster.name": self.cluster, "host": node}
            self._add(t, lab, text, ev)
        elif c == "vector":
            lab = {"source_type": "journald", "host": node,
                   "systemd_unit": unit or "kernel"}
            self._add(t, lab, text, ev)
        elif c == "filebeat":
            lab = {"data_stream.dataset": "system.syslog" if unit else "system.kernel",
                   "host.name": node}
            if unit:
                lab["systemd.unit"] = unit
            self._add(t, lab, text, ev)
        elif c == "openshift":
            lab = {"log_type": "infrastructure", "kubernetes_host": node,
                   "systemd_u_SYSTEMD_UNIT": unit or "kernel"}
            self._add(t, lab, text, ev)
        elif c == "logstash":
            lab = {"pipeline": "node-syslog", "host": node, "program": ident}
            head = "{T:syslog} %s %s" % (node, ident) + (("[%d]: " % pid) if unit else ": ")
            self._add(t, lab, head + text, ev)
        elif c == "fluentbit":
            lab = {"job": "fluent-bit", "host": node, "systemd_unit": unit or "kernel"}
            self._add(t, lab, text, ev)
        else:
            raise ValueError(c)

    def kernel(self, t, node, text, ev=False):
        self.journal(t, node, None, text, ev)

    def talos_kernel(self, t, node, text, prio="info", facility="kern", ev=False):
        up = self.uptime.setdefault(("up", node), self.rng.uniform(200000, 3000000))
        obj = {"clock": int((up + t) * 1e6), "facility": facility,
               "msg": text, "priority": prio, "seq": self.ri(100000, 999999),
               "talos-level": {"emerg": "error", "alert": "error", "crit": "error",
                               "err": "error", "warning": "warn"}.get(prio, "info"),
               "talos-time": "{T:iso9}"}
        self.journal(t, node, None, json.dumps(obj, separators=(",", ":")), ev)

    def kubelet(self, t, node, level, src, msg, ev=False):
        self.journal(t, node, "kubelet.service",
                     "%s{T:klog}    %d %s] %s" % (level, self.uptime.setdefault(("kpid", node), self.ri(900, 4000)), src, msg), ev)

    # ---- Kubernetes events, in the exporter format that fits the shipper ----
    def event(self, t, ns, kind, name, reason, msg, typ="Normal", comp="kubelet",
              host=None, count=1, ev=False, field=None, first=None):
        c = self.conv
        self.meta.setdefault("event_fmt", EVENT_FMT[c])
        api = {"Pod": "v1", "Node": "v1", "PersistentVolumeClaim": "v1",
               "Deployment": "apps/v1", "ReplicaSet": "apps/v1", "StatefulSet": "apps/v1",
               "Job": "batch/v1", "CronJob": "batch/v1", "HorizontalPodAutoscaler": "autoscaling/v2",
               "Certificate": "cert-manager.io/v1", "ScaledObject": "keda.sh/v1alpha1",
               "Service": "v1", "Ingress": "networking.k8s.io/v1",
               "ExternalSecret": "external-secrets.io/v1beta1", "NodeClaim": "karpenter.sh/v1",
               "NodePool": "karpenter.sh/v1", "VolumeAttachment": "storage.k8s.io/v1",
               "CronWorkflow": "argoproj.io/v1alpha1", "Cluster": "postgresql.cnpg.io/v1",
               "ConfigMap": "v1"}.get(kind, "v1")
        first = first if first is not None else 0
        first_tok = "{T%+.3f:isos}" % (-first) if first else "{T:isos}"
        objns = None if kind == "Node" else ns
        evname = "%s.%s" % (name, self.hex(16))
        inv = {"kind": kind, "name": name, "apiVersion": api}
        if objns:
            inv["namespace"] = objns
        if field:
            inv["fieldPath"] = field
        src = {"component": comp}
        if host:
            src["host"] = host
        evobj = {"metadata": {"name": evname, "namespace": objns or "default",
                              "creationTimestamp": first_tok},
                 "involvedObject": inv, "reason": reason, "message": msg,
                 "source": src, "firstTimestamp": first_tok,
                 "lastTimestamp": "{T:isos}", "count": count, "type": typ}
        js = lambda o: json.dumps(o, separators=(",", ":"))
        if c in ("promtail", "vector", "fluentd"):
            # kubernetes-event-exporter (resmoio) printing JSON to stdout
            exp = dict(evobj)
            exp["reportingComponent"] = comp
            exp["reportingInstance"] = host or ""
            w = self._evpod("monitoring", "kubernetes-event-exporter", "event-exporter")
            self.log(t, w, js(exp), ev)
        elif c in ("alloy", "agentstatic"):
            lab = {"job": "integrations/kubernetes/eventhandler" if c == "alloy" else "integrations/eventhandler",
                   "namespace": objns or "default"}
            if c == "alloy":
                lab["cluster"] = self.cluster
            else:
                lab["instance"] = "grafana-agent-0"
            parts = ["name=%s" % name, "kind=%s" % kind, "action=",
                     "objectAPIversion=%s" % api, "objectRV=%d" % self.ri(1000000, 99999999),
                     "eventRV=%d" % self.ri(1000000, 99999999),
                     "reportinginstance=%s" % (host or ""), "reportingcontroller=%s" % comp,
                     "sourcecomponent=%s" % comp]
            if host:
                parts.append("sourcehost=%s" % host)
            parts += ["reason=%s" % reason, "type=%s" % typ, "count=%d" % count,
                      "msg=%s" % json.dumps(msg)]
            self._add(t, lab, " ".join(parts), ev)
        elif c in ("openshift", "logstash"):
            verb = "ADDED" if count == 1 else "UPDATED"
            w = self._evpod("openshift-logging" if c == "openshift" else "kube-system",
                            "eventrouter", "kube-eventrouter" if c == "openshift" else "eventrouter")
            self.log(t, w, js({"verb": verb, "event": evobj}), ev)
        elif c in ("otel", "splunk"):
            o = dict(evobj)
            o = {"apiVersion": "v1", "kind": "Event"}
            o.update(evobj)
            body = js({"type": "ADDED" if count == 1 else "MODIFIED", "object": o})
            if c == "otel":
                lab = {"service_name": "unknown_service", "k8s_cluster_name": self.cluster,
                       "k8s_namespace_name": objns or "default"}
            else:
                lab = {"index": "k8s_events", "sourcetype": "kube:object:events",
                       "k8s.cluster.name": self.cluster}
            self._add(t, lab, body, ev)
        elif c == "datadog":
            lab = {"source": "kubernetes", "kube_namespace": objns or "default",
                   "kube_cluster_name": self.cluster, "event_type": "kubernetes_apiserver"}
            if host:
                lab["host"] = host
            title = "Events from the %s %s" % (kind, ("%s/%s" % (objns, name)) if objns else name)
            self._add(t, lab, "%s | %d **%s**: %s" % (title, count, reason, msg), ev)
        elif c == "filebeat":
            lab = {"data_stream.dataset": "kubernetes.event", "kubernetes.namespace": objns or "default",
                   "kubernetes.event.reason": reason, "kubernetes.event.type": typ,
                   "kubernetes.event.involved_object.kind": kind,
                   "kubernetes.event.involved_object.name": name, "agent.type": "metricbeat"}
            self._add(t, lab, msg, ev)
        elif c == "fluentbit":
            lab = {"job": "fluent-bit", "source": "kubernetes_events",
                   "namespace_name": objns or "default"}
            self._add(t, lab, js(evobj), ev)
        else:
            raise ValueError("no event stream for " + c)

    def _evpod(self, ns, app, ctr):
        key = ("evpod", ns, app)
        if key not in self._rs:
            self._rs[key] = self.wl(ns, app, ctr, node=self.ri(0, 2))
        return self._rs[key]

    # ---- record -------------------------------------------------------------
    def build(self, category, severity, question, qkind, selector, component=None,
              root_cause=None, summary=None, action=None, red_herrings=()):
        lines = sorted(self.lines, key=lambda x: (x[0], x[1]))
        logs, evidence = [], []
        for i, (ms, _seq, labels, text, ev, micro) in enumerate(lines):
            d = self.base + _dt.timedelta(milliseconds=ms)
            logs.append({"ts": fmt_ts(d.replace(microsecond=0), "iso", micro),
                         "labels": labels, "line": text})
            if ev:
                evidence.append(i)
        sel = None
        skind = "null"
        if selector is not None:
            sel = {"namespace": None, "pod": None, "container": None, "node": None, "app": None}
            sel.update(selector)
            keys = [k for k in ("namespace", "app", "node") if sel.get(k)]
            skind = "+".join(keys)
        exp = {"severity": severity, "root_cause_category": category}
        if component:
            exp["component"] = component
        if root_cause:
            exp["root_cause"] = root_cause
        exp["summary"] = summary
        exp["action"] = action
        exp["evidence"] = evidence
        rec = {"id": None, "source": "synthetic:dev29-%s" % self.theme,
               "question": question, "selector": sel, "logs": logs, "expected": exp}
        meta = dict(self.meta)
        meta.update({"qkind": qkind if question is not None else "null", "skind": skind,
                     "red_herrings": list(red_herrings), "name": self.name})
        return rec, meta


# ==========================================================================
# scenarios
# ==========================================================================

# ---- formatting helpers for common ecosystems --------------------------------

def _j(obj, ts_key=None, ts_tok=None):
    """Compact JSON; a "__TS__" string value is replaced by a raw time token."""
    s = json.dumps(obj, separators=(",", ":"), ensure_ascii=False)
    return s.replace('"__TS__"', ts_tok) if ts_tok else s


def spring(level, thread, logger, msg, app):
    return "{T:iso} %5s 1 --- [%s] [%15s] %-40s : %s" % (level, app, thread[-15:], logger, msg)


def klog(level, src, msg, pid=1):
    return "%s{T:klog} %7d %s] %s" % (level, pid, src, msg)


def zap(level, caller, msg, **kw):
    o = {"level": level, "ts": "__TS__", "caller": caller, "msg": msg}
    o.update(kw)
    return _j(o, ts_tok="{T:epoch}")


def pino(level, msg, host, **kw):
    o = {"level": level, "time": "__TS__", "pid": 1, "hostname": host}
    o.update(kw)
    o["msg"] = msg
    return _j(o, ts_tok="{T:epochms}")


def slog(level, msg, *kv):
    parts = ["time={T:iso}", "level=%s" % level, "msg=%s" % json.dumps(msg)]
    for i in range(0, len(kv), 2):
        v = kv[i + 1]
        v = str(v)
        if " " in v or '"' in v or "=" in v:
            v = json.dumps(v)
        parts.append("%s=%s" % (kv[i], v))
    return " ".join(parts)


def logrus(level, msg, *kv):
    parts = ['time="{T:isos}"', "level=%s" % level, "msg=%s" % json.dumps(msg)]
    for i in range(0, len(kv), 2):
        v = str(kv[i + 1])
        if " " in v or '"' in v or "=" in v or v == "":
            v = json.dumps(v)
        parts.append("%s=%s" % (kv[i], v))
    return " ".join(parts)


def ingress_nginx(ip, method, path, status, size, ua, upstream_name, upstream, rt, ust,
                  reqlen=None, ref="-", rid=None, ctx=None, proto="HTTP/1.1"):
    reqlen = reqlen or 350
    rid = rid or (ctx.hex(32) if ctx else "0" * 32)
    up_len = size if upstream != "-" else "-"
    return ('%s - - [{T:clf}] "%s %s %s" %d %d "%s" "%s" %d %.3f [%s] [] %s %s %s %s %s'
            % (ip, method, path, proto, status, size, ref, ua, reqlen, rt, upstream_name,
               upstream, up_len, ("%.3f" % ust) if ust is not None else "-",
               ust_status(status, upstream), rid))


def ust_status(status, upstream):
    return "-" if upstream == "-" else str(status)


def envoy(method, path, status, flags, details, rx, tx, dur, xff, ua, rid, auth, uhost,
          ucluster, proto="HTTP/1.1", ust="-"):
    return ('[{T:iso}] "%s %s %s" %d %s %s - "-" %d %d %d %s "%s" "%s" "%s" "%s" "%s" %s - - - - -'
            % (method, path, proto, status, flags, details, rx, tx, dur, ust, xff, ua, rid,
               auth, uhost, ucluster))


UA_SCAN = ['Mozilla/5.0 (compatible; Nuclei - Open-source project (github.com/projectdiscovery/nuclei))',
           'Mozilla/5.0 zgrab/0.x', 'python-requests/2.31.0', 'Go-http-client/1.1',
           'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36']
SCAN_PATHS = ["/.env", "/wp-login.php", "/.git/config", "/phpmyadmin/index.php",
              "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php", "/actuator/env",
              "/cgi-bin/luci/;stok=/locale", "/server-status", "/.aws/credentials",
              "/boaform/admin/formLogin"]


# ==========================================================================
# theme: charging
# ==========================================================================

@scenario("chg-csms-oom")
def _s(name):
    x = Ctx(name, "charging", "eks", "promtail", "ev-charge-prod")
    csms = x.wl("ocpp", "csms-core", node=0)
    tariff = x.wl("ocpp", "tariff-engine", node=1)
    billing = x.wl("billing", "billing-sync", node=2)
    ing = x.wl("ingress-nginx", "ingress-nginx-controller", "controller", node=1, app_label=False)
    n0 = csms.node
    acct = "%012d" % x.ri(100000000000, 999999999999)
    img = "%s.dkr.ecr.eu-west-1.amazonaws.com/ev/csms-core:3.4.2" % acct
    up = "%s:8080" % csms.ip
    x.log(0.4, csms, spring("INFO", "main", "c.e.csms.CsmsApplication", "Starting CsmsApplication v3.4.2 using Java 21.0.2 with PID 1 (/app/app.jar started by app in /app)", "csms-core"))
    x.log(0.9, csms, spring("INFO", "main", "c.e.csms.config.RuntimeInfo", "JVM max heap 1843 MiB (-XX:MaxRAMPercentage=90.0), container memory limit 2048 MiB, available processors 2", "csms-core"), ev=True)
    x.log(6.2, csms, spring("WARN", "main", "JpaBaseConfiguration$JpaWebConfiguration", "spring.jpa.open-in-view is enabled by default. Therefore, database queries may be performed during view rendering. Explicitly configure spring.jpa.open-in-view to disable this warning", "csms-core"))
    x.log(14.8, csms, spring("INFO", "main", "c.e.csms.CsmsApplication", "Started CsmsApplication in 14.117 seconds (process running for 15.02)", "csms-core"))
    x.log(21.5, csms, spring("INFO", "ocpp-ws-4", "c.e.c.ocpp.ChargePointSessionRegistry", "BootNotification from CP-DE-%04d (vendor=Alpitronic, model=HYC300) accepted, 3871 sessions open" % x.ri(100, 9999), "csms-core"))
    x.log(27.0, tariff, zap("info", "tariff/calc.go:118", "tariff computed", cp="CP-NL-%04d" % x.ri(100, 9999), kwh=31.42, eur=14.13, plan="ad-hoc-dc"))
    scan_ip = x.ext_ip()
    x.log(33.3, ing, ingress_nginx(scan_ip, "GET", "/wp-login.php", 404, 146, UA_SCAN[0], "ocpp-csms-core-8080", up, 0.003, 0.003, ctx=x))
    x.log(41.0, csms, "[{T:isoz4}][info][gc] GC(418) Pause Young (Normal) (G1 Evacuation Pause) 1611M->1542M(1843M) 41.207ms")
    x.log(48.9, csms, spring("INFO", "ocpp-ws-7", "c.e.c.ocpp.ChargePointSessionRegistry", "BootNotification from CP-DE-%04d (vendor=Kempower, model=S-Series) accepted, 4208 sessions open" % x.ri(100, 9999), "csms-core"))
    x.log(52.6, ing, ingress_nginx("10.%d.%d.%d" % (x.ri(16, 31), x.ri(0, 90), x.ri(2, 250)), "GET", "/api/v1/me", 401, 61, "okhttp/4.12.0", "ocpp-csms-core-8080", up, 0.008, 0.008, ctx=x))
    pid = x.ri(1200000, 3900000)
    x.kernel(58.1, n0, "java invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=936", ev=True)
    x.kernel(58.1, n0, "Memory cgroup out of memory: Killed process %d (java) total-vm:5183324kB, anon-rss:2087312kB, file-rss:23112kB, shmem-rss:0kB, UID:1001 pgtables:4620kB oom_score_adj:936" % pid, ev=True)
    x.kubelet(58.6, n0, "I", "kubelet.go:2461", '"SyncLoop (PLEG): event for pod" pod="ocpp/%s" event={"ID":"%s","Type":"ContainerDied","Data":"%s"}' % (csms.pod, csms.uid, x.hex(64)))
    x.log(59.2, ing, '{T:gostd} [error] 33#33: *%d connect() failed (111: Connection refused) while connecting to upstream, client: %s, server: ocpp.voltway-charge.net, request: "GET /ocpp16/CP-DE-%04d HTTP/1.1", upstream: "http://%s/ocpp16/CP-DE-%04d", host: "ocpp.voltway-charge.net"' % (x.ri(100000, 999999), x.ext_ip(), x.ri(100, 9999), up, x.ri(100, 9999)), stream="stderr")
    x.log(61.4, billing, '{T:py} WARNING billing_sync.client: export attempt 1/3 failed: HTTPConnectionPool(host=\'csms-core.ocpp.svc.cluster.local\', port=8080): Max retries exceeded with url: /api/v1/transactions/export?since=%s (Caused by NewConnectionError(\'<urllib3.connection.HTTPConnection object at 0x7f3a2c1b5d50>: Failed to establish a new connection: [Errno 111] Connection refused\'))' % "{T-900:isos}")
    x.event(63.0, "ocpp", "Pod", csms.pod, "Pulled", 'Container image "%s" already present on machine' % img, host=n0, count=7, field="spec.containers{csms-core}")
    x.event(63.5, "ocpp", "Pod", csms.pod, "BackOff", "Back-off restarting failed container csms-core in pod %s_ocpp(%s)" % (csms.pod, csms.uid), typ="Warning", host=n0, count=19, ev=True, field="spec.containers{csms-core}", first=2400)
    x.kubelet(64.0, n0, "E", "pod_workers.go:1298", '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"csms-core\\" with CrashLoopBackOff: \\"back-off 5m0s restarting failed container=csms-core pod=%s_ocpp(%s)\\"" pod="ocpp/%s" podUID="%s"' % (csms.pod, csms.uid, csms.pod, csms.uid), ev=True)
    x.log(66.2, tariff, zap("info", "tariff/calc.go:118", "tariff computed", cp="CP-AT-%04d" % x.ri(100, 9999), kwh=12.08, eur=6.62, plan="subscription-m"))
    x.log(70.5, billing, "{T:py} INFO billing_sync.client: export attempt 2/3 ok: 0 new transactions")
    x.log(73.1, ing, ingress_nginx(x.ext_ip(), "GET", "/ocpp16/CP-DE-%04d" % x.ri(100, 9999), 502, 150, "ws4py/0.5.1", "ocpp-csms-core-8080", up, 0.001, 0.001, ctx=x))
    x.log(80.7, tariff, zap("warn", "tariff/cache.go:61", "price feed stale, using cached day-ahead prices", age="17m", source="epex-day-ahead"))
    return x.build(
        "oom_killed", "CRITICAL",
        "Why do our chargers keep dropping their OCPP websocket connections?", "specific",
        {"namespace": "ocpp"}, component="csms-core",
        root_cause="The csms-core JVM sizes its heap at 90% of the 2 GiB container limit; with about 4,200 open OCPP websocket sessions heap plus off-heap buffers exceed the cgroup limit, the kernel OOM-kills java and the pod sits in CrashLoopBackOff.",
        summary="csms-core is repeatedly OOM-killed (cgroup memory limit) and crash-looping, so chargers lose their websocket sessions and the ingress and billing-sync get connection refused from it.",
        action="Lower -XX:MaxRAMPercentage (around 70%) or raise the memory limit, bound per-session buffers, and consider spreading sessions over more replicas; then confirm the restart count stops climbing.",
        red_herrings=["scanner 404", "expired-session 401", "deprecation warning", "GC pause", "retry that succeeds", "benign kubelet image message", "stale cache warning"])


@scenario("chg-anpr-traceback")
def _s(name):
    x = Ctx(name, "charging", "gke", "alloy", "parking-prod-euw1")
    anpr = x.wl("parking", "anpr-recognizer", node=0)
    anpr2 = x.wl("parking", "anpr-recognizer", node=1)
    gate = x.wl("parking", "gate-controller", node=1)
    permit = x.wl("parking", "permit-api", node=2)
    gip = x.pod_ip()
    lane = lambda: x.choice(["entry-1", "entry-2", "entry-3", "exit-1", "exit-2"])
    x.log(0.5, anpr, 'INFO:     %s:%d - "POST /v1/recognize HTTP/1.1" 200 OK' % (gate.ip, x.ri(30000, 60000)))
    x.log(2.2, gate, slog("INFO", "barrier opened", "lane", "exit-1", "plate_hash", x.hex(10), "permit", "valid", "latency_ms", 212))
    x.log(5.9, permit, pino(40, "request rejected: jwt expired", permit.pod, req={"method": "GET", "url": "/v2/permits/me"}, err={"type": "TokenExpiredError", "message": "jwt expired"}, statusCode=401))
    x.log(9.4, anpr2, 'INFO:     %s:%d - "POST /v1/recognize HTTP/1.1" 200 OK' % (gate.ip, x.ri(30000, 60000)))
    t = 14.1
    x.err(t, anpr, "ERROR:    Exception in ASGI application", ev=True)
    x.err(t + 0.001, anpr, "Traceback (most recent call last):")
    x.err(t + 0.002, anpr, '  File "/app/anpr/api.py", line 88, in recognize')
    x.err(t + 0.003, anpr, "    plate = normalize_plate(result.text, region=result.region)")
    x.err(t + 0.004, anpr, '  File "/app/anpr/plates.py", line 41, in normalize_plate', ev=True)
    x.err(t + 0.005, anpr, "    if text[7] in REGION_SUFFIXES[region]:")
    x.err(t + 0.006, anpr, "IndexError: string index out of range", ev=True)
    x.log(t + 0.010, anpr, 'INFO:     %s:%d - "POST /v1/recognize HTTP/1.1" 500 Internal Server Error' % (gate.ip, x.ri(30000, 60000)), ev=True)
    x.log(t + 0.2, gate, slog("WARN", "plate recognition failed, falling back to ticket", "lane", "entry-3", "url", "http://anpr-recognizer.parking.svc.cluster.local:8000/v1/recognize", "status", 500, "attempt", 1))
    x.log(22.7, gate, slog("INFO", "entry denied", "lane", "entry-1", "reason", "permit expired", "permit_id", "PRM-%06d" % x.ri(1, 999999)))
    x.event(27.0, "parking", "HorizontalPodAutoscaler", "anpr-recognizer", "SuccessfulRescale", "New size: 4; reason: cpu resource utilization (percentage of request) above target", comp="horizontal-pod-autoscaler")
    x.log(31.5, anpr2, 'INFO:     %s:%d - "POST /v1/recognize HTTP/1.1" 200 OK' % (gate.ip, x.ri(30000, 60000)))
    t = 38.8
    x.err(t, anpr2, "ERROR:    Exception in ASGI application", ev=True)
    x.err(t + 0.006, anpr2, "IndexError: string index out of range", ev=True)
    x.log(t + 0.011, anpr2, 'INFO:     %s:%d - "POST /v1/recognize HTTP/1.1" 500 Internal Server Error' % (gate.ip, x.ri(30000, 60000)))
    x.log(t + 0.3, gate, slog("WARN", "plate recognition failed, falling back to ticket", "lane", "entry-2", "url", "http://anpr-recognizer.parking.svc.cluster.local:8000/v1/recognize", "status", 500, "attempt", 1))
    x.log(45.0, permit, pino(30, "request completed", permit.pod, req={"method": "POST", "url": "/v2/permits/validate"}, res={"statusCode": 200}, responseTime=18))
    x.log(51.3, anpr, 'INFO:     %s:%d - "GET /healthz HTTP/1.1" 200 OK' % ("10.%d.%d.1" % (x.ri(16, 31), x.ri(0, 90)), x.ri(30000, 60000)))
    x.log(57.9, gate, slog("INFO", "barrier opened", "lane", "exit-2", "plate_hash", x.hex(10), "permit", "visitor-paid", "latency_ms", 187))
    return x.build(
        "application_error", "ERROR",
        "Anything wrong in the parking namespace over the last quarter hour?", "open",
        {"namespace": "parking", "app": "gate-controller"}, component="anpr-recognizer",
        root_cause="normalize_plate() in anpr-recognizer indexes text[7] without checking the plate length, so shorter plates from some regions raise an unhandled IndexError and the request returns 500.",
        summary="anpr-recognizer throws an unhandled IndexError in its plate normalisation for some plates; the gate-controller gets 500s and falls back to paper tickets at the entry lanes.",
        action="Fix the length check in normalize_plate (and add tests for short regional plates), then redeploy anpr-recognizer; gate-controller needs no change.",
        red_herrings=["expired-session 401", "business-rule rejection", "HPA scale event", "probe passes"])


@scenario("chg-acquirer-dns")
def _s(name):
    x = Ctx(name, "charging", "aks", "fluentbit", "aks-charging-weu")
    gw = x.wl("payments", "terminal-gw", node=0)
    sess = x.wl("charging", "charger-session", node=1)
    dns1 = x.wl("kube-system", "coredns", node=0, app_label=False)
    dns2 = x.wl("kube-system", "coredns", node=2, app_label=False)
    host = "api.eu.payvantage-acq.com"
    fwd = "10.20.0.4"
    x.log(0.3, dns1, "[WARNING] No files matching import glob pattern: custom/*.override")
    x.log(0.4, dns1, "[WARNING] No files matching import glob pattern: custom/*.server")
    x.log(2.0, gw, "warn: Microsoft.AspNetCore.DataProtection.Repositories.FileSystemXmlRepository[60] Storing keys in a directory '/home/app/.aspnet/DataProtection-Keys' that may not be persisted outside of the container. Protected data will be unavailable when container is destroyed.")
    x.log(4.1, sess, zap("info", "session/start.go:77", "session started", connector="CP-AT-%04d/2" % x.ri(100, 9999), id=x.uuid(), auth="rfid"))
    for i, t in enumerate((9.6, 9.7, 31.2)):
        x.log(t, (dns1, dns2, dns1)[i], "[ERROR] plugin/errors: 2 %s. %s: read udp %s:%d->%s:53: i/o timeout" % (host, "A" if i != 1 else "AAAA", ((dns1, dns2, dns1)[i]).ip, x.ri(30000, 60000), fwd), ev=True)
    x.log(14.8, gw, "fail: Charging.Payments.AcquirerClient[1002] Pre-authorization for session %s failed System.Net.Http.HttpRequestException: Resource temporarily unavailable (%s:443) ---> System.Net.Sockets.SocketException (11): Resource temporarily unavailable" % (x.uuid(), host), ev=True)
    x.log(14.9, sess, zap("error", "session/payment.go:142", "payment pre-authorization failed", connector="CP-AT-%04d/1" % x.ri(100, 9999), error="POST http://terminal-gw.payments.svc.cluster.local/v1/preauth: 502 Bad Gateway"))
    x.log(19.0, gw, "info: Microsoft.AspNetCore.Hosting.Diagnostics[2] Request finished HTTP/1.1 GET http://%s:8080/healthz/live - 200 - text/plain 0.6121ms" % gw.ip)
    x.log(22.4, sess, zap("info", "session/start.go:77", "session started", connector="CP-AT-%04d/1" % x.ri(100, 9999), id=x.uuid(), auth="app-contract"))
    x.log(26.3, gw, "info: Charging.Payments.RefundWorker[0] Refund batch completed: 3 refunds, 0 failures")
    x.log(36.0, gw, "fail: Charging.Payments.AcquirerClient[1002] Pre-authorization for session %s failed System.Net.Http.HttpRequestException: Resource temporarily unavailable (%s:443) ---> System.Net.Sockets.SocketException (11): Resource temporarily unavailable" % (x.uuid(), host), ev=True)
    x.log(36.1, sess, zap("error", "session/payment.go:142", "payment pre-authorization failed", connector="CP-AT-%04d/2" % x.ri(100, 9999), error="POST http://terminal-gw.payments.svc.cluster.local/v1/preauth: 502 Bad Gateway"))
    x.log(40.8, dns2, "[INFO] plugin/reload: Running configuration SHA512 = %s" % x.hex(128))
    x.log(44.2, gw, "warn: Microsoft.AspNetCore.HttpsPolicy.HttpsRedirectionMiddleware[3] Failed to determine the https port for redirect.")
    x.log(52.5, dns2, "[ERROR] plugin/errors: 2 %s. A: read udp %s:%d->%s:53: i/o timeout" % (host, dns2.ip, x.ri(30000, 60000), fwd), ev=True)
    x.log(57.0, gw, "fail: Charging.Payments.AcquirerClient[1002] Pre-authorization for session %s failed System.Net.Http.HttpRequestException: Resource temporarily unavailable (%s:443) ---> System.Net.Sockets.SocketException (11): Resource temporarily unavailable" % (x.uuid(), host))
    x.log(63.9, sess, zap("info", "session/stop.go:51", "session stopped", connector="CP-AT-%04d/1" % x.ri(100, 9999), kwh=22.7, reason="EVDisconnected"))
    return x.build(
        "dns_resolution", "ERROR",
        "Why are card payments failing at the chargers?", "specific", None,
        component="coredns",
        root_cause="CoreDNS forwards external names to the VNet's custom DNS server 10.20.0.4, which is not answering; lookups of the acquirer host time out and terminal-gw cannot resolve it.",
        summary="Card pre-authorisations fail because the acquirer's hostname does not resolve: CoreDNS upstream queries to the custom VNet forwarder time out, terminal-gw reports EAI_AGAIN, charger-session gets 502s.",
        action="Restore or replace the VNet custom DNS forwarder (or point CoreDNS's forward plugin at a healthy resolver via coredns-custom) and verify the acquirer name resolves from a pod.",
        red_herrings=["deprecation warning", "benign CoreDNS import warning", "config reload", "handled warning", "probe passes"])


@scenario("chg-openadr-refused")
def _s(name):
    x = Ctx(name, "charging", "doks", "vector", "depot-grid-fra1")
    ven = x.wl("grid", "openadr-ven", node=0)
    lm = x.wl("grid", "load-manager", node=1)
    sched = x.wl("grid", "charge-scheduler", node=2)
    host = "vtn.gridflex-utility.net"
    vip = x.ext_ip()
    x.log(0.8, ven, "{T:py} INFO openadr_ven.poll: oadrPoll -> %s:8443 (ven_id=VEN-DEPOT-HH-01)" % host)
    x.log(0.9, ven, "{T:py} ERROR openadr_ven.poll: poll failed: Cannot connect to host %s:8443 ssl:default [Connect call failed ('%s', 8443)]" % (host, vip), ev=True)
    x.log(1.4, ven, "/usr/local/lib/python3.12/site-packages/openleadr/utils.py:342: DeprecationWarning: datetime.datetime.utcnow() is deprecated and scheduled for removal in a future version. Use timezone-aware objects to represent datetimes in UTC: datetime.datetime.now(datetime.UTC).", stream="stderr")
    x.log(5.2, sched, logrus("info", "SetChargingProfile accepted", "cp", "CP-DE-%04d" % x.ri(100, 9999), "limit_kw", 75, "profile", "TxDefaultProfile"))
    x.event(9.0, "grid", "Pod", lm.pod, "Unhealthy", "Readiness probe failed: Get \"http://%s:8081/readyz\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)" % lm.ip, typ="Warning", host=lm.node, field="spec.containers{load-manager}")
    x.log(13.7, lm, logrus("info", "site limit applied", "site", "depot-hamburg", "limit_kw", 480, "source", "last-known"))
    x.log(30.9, ven, "{T:py} ERROR openadr_ven.poll: poll failed: Cannot connect to host %s:8443 ssl:default [Connect call failed ('%s', 8443)]" % (host, vip), ev=True)
    x.log(31.0, ven, "{T:py} INFO openadr_ven.poll: retrying in 30s (attempt 6)")
    x.log(36.4, sched, logrus("warning", "publish to nats failed, retrying", "subject", "meter.values.depot-hamburg", "error", "nats: timeout", "attempt", 1))
    x.log(36.6, sched, logrus("info", "publish to nats succeeded", "subject", "meter.values.depot-hamburg", "attempt", 2))
    x.log(44.1, lm, logrus("warning", "no OpenADR event update from openadr-ven for 15m0s; holding last site limit", "site", "depot-hamburg", "ven_url", "http://openadr-ven.grid.svc.cluster.local:8080/v1/events", "limit_kw", 480))
    x.log(52.0, sched, logrus("info", "SetChargingProfile accepted", "cp", "CP-DE-%04d" % x.ri(100, 9999), "limit_kw", 50, "profile", "TxProfile"))
    x.log(61.0, ven, "{T:py} ERROR openadr_ven.poll: poll failed: Cannot connect to host %s:8443 ssl:default [Connect call failed ('%s', 8443)]" % (host, vip), ev=True)
    x.log(61.1, ven, "{T:py} WARNING openadr_ven.poll: VTN unreachable for 6 consecutive polls; last successful poll at %s (17 min ago)" % "{T-1020:isos}", ev=True)
    x.log(64.5, ven, '{T:py} INFO aiohttp.access: %s [{T:clf}] "GET /healthz HTTP/1.1" 200 151 "-" "kube-probe/1.30"' % "10.244.%d.1" % x.ri(0, 90))
    x.log(70.2, lm, logrus("info", "site limit applied", "site", "depot-hamburg", "limit_kw", 480, "source", "last-known"))
    x.log(78.8, sched, logrus("info", "charging profile cleared", "cp", "CP-DE-%04d" % x.ri(100, 9999), "reason", "TransactionEnded"))
    return x.build(
        "connection_refused", "ERROR",
        "The grid signal feed flapped a bit - that's just a warning-level blip, right?", "misleading-severity-hint",
        {"namespace": "grid"}, component="openadr-ven",
        root_cause="The utility's OpenADR VTN endpoint refuses TCP connections on port 8443, so openadr-ven has not completed a poll for 17 minutes and no demand-response events are received.",
        summary="openadr-ven cannot connect to the utility VTN (connection refused on every poll); load-manager is holding the last known site limit instead of following demand-response signals.",
        action="Contact the utility or switch openadr-ven to the VTN's fallback endpoint, confirm whether the endpoint or our egress IP allow-list changed, and watch for a successful oadrPoll.",
        red_herrings=["deprecation warning", "probe miss that passes", "retry that succeeds"])


@scenario("chg-ocpi-timeout")
def _s(name):
    x = Ctx(name, "charging", "hetzner", "otel", "evroam-k3s")
    br = x.wl("roaming", "ocpi-bridge", node=0)
    bff = x.wl("roaming", "mobile-bff", node=1)
    tok = x.wl("roaming", "token-cache", node=2, kind="sts")
    tr = x.wl("kube-system", "traefik", node=1)
    hub = "hub.e-roam-exchange.eu"
    bffup = "http://%s:3000" % bff.ip
    ua = "VoltwayApp/5.2.1 (iPhone; iOS 17.4; Scale/3.00)"

    def trf(t, ip, method, path, st, size, dur, ev=False):
        x.log(t, tr, '%s - - [{T:clf}] "%s %s HTTP/2.0" %d %d "-" "%s" %d "roaming-mobile-bff-80@kubernetes" "%s" %dms' % (ip, method, path, st, size, ua if st != 404 else UA_SCAN[2], x.ri(10000, 90000), bffup, dur), ev)

    x.log(0.7, br, "{T:iso6}  INFO ocpi_bridge::tokens: token sync complete party=NL*EVN tokens=18422 elapsed_ms=842")
    x.log(3.1, br, "{T:iso6}  WARN ocpi_bridge::versions: party DE*SWB still negotiates deprecated OCPI 2.1.1; 2.1.1 support ends 2026-09-30")
    x.log(8.0, br, "{T:iso6} ERROR ocpi_bridge::commands: START_SESSION forwarding failed party=DE*%s url=https://%s/ocpi/2.2.1/commands/START_SESSION error=error sending request for url (https://%s/ocpi/2.2.1/commands/START_SESSION): operation timed out elapsed_ms=30002" % (x.choice(["ENB", "EWE", "ION"]), hub, hub), ev=True)
    x.log(8.1, bff, pino(50, "start session failed", bff.pod, upstream="http://ocpi-bridge.roaming.svc.cluster.local:8080/v1/roaming/start", err={"type": "AxiosError", "message": "Request failed with status code 504", "code": "ERR_BAD_RESPONSE"}))
    trf(8.2, x.ext_ip(), "POST", "/api/v1/sessions/start", 504, 15, 30011)
    x.log(12.5, tok, "{T:py} INFO token_cache: refreshed 214 tokens from OCPI hub in 0.41s")
    trf(15.9, x.ext_ip(), "GET", "/.env", 404, 19, 1)
    x.log(19.3, br, "{T:iso6}  INFO ocpi_bridge::cdrs: CDR push succeeded party=NL*EVN cdr=NL-EVN-C%08d attempt=2" % x.ri(1, 99999999))
    x.log(24.6, br, "{T:iso6} ERROR ocpi_bridge::sessions: session PUT failed party=DE*%s url=https://%s/ocpi/2.2.1/sessions/DE/VWC/S%07d error=error sending request for url (https://%s/ocpi/2.2.1/sessions/DE/VWC/S%07d): operation timed out elapsed_ms=30001" % (x.choice(["ENB", "EWE"]), hub, x.ri(1, 9999999), hub, x.ri(1, 9999999)), ev=True)
    x.event(28.0, "roaming", "Pod", bff.pod, "Unhealthy", "Liveness probe failed: Get \"http://%s:3000/livez\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)" % bff.ip, typ="Warning", host=bff.node, field="spec.containers{mobile-bff}")
    x.log(33.0, br, "{T:iso6}  WARN ocpi_bridge::hub: hub latency high p50_ms=11840 p99_ms=30000 window=5m timeouts=37 requests=61", ev=True)
    trf(33.4, x.ext_ip(), "GET", "/api/v1/chargers/nearby?lat=52.52&lon=13.40", 200, 18211, 84)
    x.log(40.1, br, "{T:iso6} ERROR ocpi_bridge::commands: START_SESSION forwarding failed party=DE*EWE url=https://%s/ocpi/2.2.1/commands/START_SESSION error=error sending request for url (https://%s/ocpi/2.2.1/commands/START_SESSION): operation timed out elapsed_ms=30003" % (hub, hub), ev=True)
    x.log(40.2, bff, pino(50, "start session failed", bff.pod, upstream="http://ocpi-bridge.roaming.svc.cluster.local:8080/v1/roaming/start", err={"type": "AxiosError", "message": "Request failed with status code 504", "code": "ERR_BAD_RESPONSE"}))
    trf(40.3, x.ext_ip(), "POST", "/api/v1/sessions/start", 504, 15, 30008)
    x.log(47.7, bff, pino(30, "request completed", bff.pod, req={"method": "GET", "url": "/api/v1/account"}, res={"statusCode": 200}, responseTime=23))
    x.log(55.2, tok, "{T:py} INFO token_cache: refreshed 198 tokens from OCPI hub in 0.39s")
    return x.build(
        "timeout", "ERROR",
        "Why do roaming customers get errors when starting a charge from the app?", "specific",
        {"namespace": "roaming"}, component="ocpi-bridge",
        root_cause="The external OCPI roaming hub is answering too slowly: ocpi-bridge's requests to its commands and sessions endpoints hit the 30 s client timeout, so remote START_SESSION commands fail.",
        summary="Calls from ocpi-bridge to the OCPI hub time out (p99 30 s); mobile-bff and Traefik return 504 to app users starting roaming sessions, while local features keep working.",
        action="Raise the issue with the roaming hub operator, add a shorter timeout with async command results (OCPI CommandResult callback) in ocpi-bridge, and surface a clear retry message in the app.",
        red_herrings=["deprecation warning", "scanner 404", "retry that succeeds", "probe miss that passes"])


def quarkus(level, cat, thread, msg):
    return "{T:py} %-5s [%s] (%s) %s" % (level, cat, thread, msg)


def exlog(level, msg, rid=None):
    return "{T:hms} %s[%s] %s" % (("request_id=%s " % rid) if rid else "", level, msg)


@scenario("chg-acquirer-tls")
def _s(name):
    x = Ctx(name, "charging", "openshift", "openshift", "ocp-charge")
    pgw = x.wl("payments", "payment-gateway", node=0)
    pgw2 = x.wl("payments", "payment-gateway", node=1)
    bill = x.wl("payments", "session-billing", node=2)
    cm = x.wl("cert-manager", "cert-manager", node=1)
    host = "api.eu.payvantage-acq.com"
    pkix = "javax.net.ssl.SSLHandshakeException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target"
    x.log(0.2, pgw2, quarkus("INFO", "io.quarkus", "main", "payment-gateway 2.7.0 on JVM (powered by Quarkus 3.8.4) started in 3.104s. Listening on: http://0.0.0.0:8080"))
    x.log(0.3, pgw2, quarkus("WARN", "io.qua.config", "main", 'Unrecognized configuration key "quarkus.smallrye-health.ui.enable" was provided; it will be ignored; verify that the dependency extension for this configuration is set or that you did not make a typo'))
    x.log(0.4, pgw2, quarkus("INFO", "com.vol.pay.tls.TrustConfig", "main", "Loaded acquirer truststore /deployments/truststore/acquirer-ca.p12 (2 entries: CN=PayVantage Root CA G1, CN=PayVantage Issuing CA 2021)"), ev=True)
    x.log(4.6, bill, exlog("info", "POST /internal/settle", "F%s" % x.alnum(19)))
    x.log(7.8, pgw, quarkus("ERROR", "com.vol.pay.AcquirerClient", "executor-thread-%d" % x.ri(1, 9), "Authorization request to https://%s/v3/authorizations failed: %s" % (host, pkix)), ev=True)
    x.log(7.9, bill, exlog("error", "payment authorization failed for session %s: %%{status: 502, body: \"acquirer_unavailable\"} from http://payment-gateway.payments.svc:8080/v1/authorize" % x.uuid(), "F%s" % x.alnum(19)))
    x.log(12.3, cm, klog("I", "trigger_controller.go:215", '"Not re-issuing certificate as renewal time is in future" logger="cert-manager.certificates-trigger" key="payments/payment-gateway-tls" regenerating=false renewal_time="{T+3888000:isos}"'))
    x.log(16.9, bill, exlog("info", "card declined for session %s: do_not_honor (issuer response 05)" % x.uuid(), "F%s" % x.alnum(19)))
    x.log(21.4, pgw2, quarkus("ERROR", "com.vol.pay.AcquirerClient", "executor-thread-%d" % x.ri(1, 9), "Capture request to https://%s/v3/captures failed: %s" % (host, pkix)), ev=True)
    x.log(21.5, pgw2, quarkus("WARN", "com.vol.pay.AcquirerClient", "executor-thread-%d" % x.ri(1, 9), "Server certificate chain for %s: [0] CN=%s, [1] CN=PayVantage Issuing CA 2025, issuer CN=PayVantage Root CA G2" % (host, host)), ev=True)
    x.event(25.0, "payments", "Pod", pgw2.pod, "Pulled", 'Container image "image-registry.openshift-image-registry.svc:5000/payments/payment-gateway@sha256:%s" already present on machine' % x.hex(64), host=pgw2.node, field="spec.containers{payment-gateway}")
    x.log(29.7, bill, exlog("error", "payment authorization failed for session %s: %%{status: 502, body: \"acquirer_unavailable\"} from http://payment-gateway.payments.svc:8080/v1/authorize" % x.uuid(), "F%s" % x.alnum(19)))
    x.log(33.0, pgw, quarkus("ERROR", "com.vol.pay.AcquirerClient", "executor-thread-%d" % x.ri(1, 9), "Authorization request to https://%s/v3/authorizations failed: %s" % (host, pkix)), ev=True)
    x.log(38.2, pgw, quarkus("INFO", "com.vol.pay.RefundJob", "vert.x-worker-thread-2", "Refund queue empty, next run in 60s"))
    x.log(44.5, bill, exlog("info", "Sent 200 in 4ms", "F%s" % x.alnum(19)))
    x.log(50.1, cm, klog("I", "trigger_controller.go:215", '"Not re-issuing certificate as renewal time is in future" logger="cert-manager.certificates-trigger" key="payments/billing-mtls" regenerating=false renewal_time="{T+5011200:isos}"'))
    x.log(55.8, pgw2, quarkus("ERROR", "com.vol.pay.AcquirerClient", "executor-thread-%d" % x.ri(1, 9), "Authorization request to https://%s/v3/authorizations failed: %s" % (host, pkix)))
    return x.build(
        "tls_certificate", "ERROR",
        "What's going on in the payments namespace?", "open",
        {"namespace": "payments"}, component="payment-gateway",
        root_cause="The acquirer now serves a certificate issued by a new intermediate/root (Issuing CA 2025 / Root CA G2) that is not in payment-gateway's pinned truststore, so every TLS handshake fails PKIX path validation.",
        summary="payment-gateway cannot complete TLS handshakes with the acquirer (unable to find valid certification path); authorisations and captures fail and session-billing receives 502s.",
        action="Add the acquirer's new CA chain to the payment-gateway truststore secret (or trust the system CA bundle), roll the pods, and verify an authorisation succeeds.",
        red_herrings=["unrecognized config warning", "valid certificate check", "business-rule rejection", "benign kubelet image message"])


@scenario("chg-plate-archive-s3")
def _s(name):
    x = Ctx(name, "charging", "kapsule", "datadog", "parking-par")
    arc = x.wl("parking", "plate-archiver", node=0)
    lane = x.wl("parking", "lane-ingest", node=1)
    permit = x.wl("parking", "permit-api", node=2)
    rep = x.wl("parking", "occupancy-report", node=1, kind="cronjob")
    bucket = "anpr-evidence-prod"
    key_id = "SCW" + _pick(x.rng, "ABCDEFGHJKMNPQRSTVWXYZ0123456789", 17)

    def zl(level, msg, **kw):
        o = {"level": level, "time": "__TS__"}
        o.update(kw)
        o["message"] = msg
        return _j(o, ts_tok='"{T:isos}"')

    def s3err(k):
        rid = "tx" + x.hex(29)
        return zl("error", "upload failed", bucket=bucket, key=k,
                  error="operation error S3: PutObject, https response error StatusCode: 403, RequestID: %s, HostID: %s, api error InvalidAccessKeyId: The AWS Access Key Id you provided does not exist in our records." % (rid, rid))

    def okey():
        return "garage-%d/%s/entry-%d/%s.jpg" % (x.ri(1, 9), "{T:date}", x.ri(1, 4), x.hex(12))

    x.log(0.3, arc, zl("info", "s3 client configured", endpoint="https://s3.fr-par.scw.cloud", region="fr-par", access_key_id=key_id[:8] + "************"), ev=True)
    x.log(3.5, lane, zl("info", "frame accepted", lane="entry-2", camera="cam-g4-e2", plate_conf=0.97))
    x.log(6.1, arc, s3err(okey()), ev=True)
    x.log(6.2, arc, zl("warn", "queued for retry", queue_depth=1184, max=2000))
    x.log(10.9, permit, pino(40, "request rejected: jwt expired", permit.pod, req={"method": "GET", "url": "/v2/permits/me"}, statusCode=401))
    x.log(14.4, arc, s3err(okey()), ev=True)
    x.log(19.0, rep, "{T:py} INFO occupancy_report: garage-3 daily occupancy report written (0 errors, 2 warnings: late exit events)")
    x.log(22.6, arc, zl("error", "retry failed", attempts=5, error="api error InvalidAccessKeyId: The AWS Access Key Id you provided does not exist in our records.", bucket=bucket), ev=True)
    x.log(27.2, lane, zl("warn", "evidence upload rejected by archiver", url="http://plate-archiver.parking.svc.cluster.local:8080/v1/evidence", status=503, body="archive backlog full (2000/2000)"))
    x.log(31.0, lane, zl("info", "frame accepted", lane="exit-1", camera="cam-g4-x1", plate_conf=0.92))
    x.log(35.5, permit, pino(30, "request completed", permit.pod, req={"method": "POST", "url": "/v2/permits/validate"}, res={"statusCode": 200}, responseTime=14))
    x.log(40.8, arc, zl("error", "archive queue full, dropping oldest evidence frame", queue_depth=2000, dropped=okey()), ev=True)
    x.log(44.0, lane, zl("warn", "camera frame retry succeeded", lane="entry-4", camera="cam-g2-e4", attempt=2))
    x.log(49.3, arc, s3err(okey()))
    x.log(53.9, lane, zl("warn", "evidence upload rejected by archiver", url="http://plate-archiver.parking.svc.cluster.local:8080/v1/evidence", status=503, body="archive backlog full (2000/2000)"))
    x.log(58.4, arc, zl("info", "GET /healthz 200", remote=x.pod_ip(), ua="kube-probe/1.29"))
    return x.build(
        "auth_failure", "ERROR",
        "Why are entry photos missing from the evidence archive since this morning?", "specific",
        {"app": "plate-archiver"}, component="plate-archiver",
        root_cause="plate-archiver is still configured with an object-storage access key that no longer exists (revoked or rotated), so every PutObject is rejected with 403 InvalidAccessKeyId.",
        summary="All uploads from plate-archiver to the evidence bucket fail with 403 InvalidAccessKeyId; its retry queue is full, lane-ingest gets 503 and evidence frames are being dropped.",
        action="Issue a valid API key for the bucket, update the plate-archiver credentials Secret and restart it, then drain the retry queue; find out who revoked the old key.",
        red_herrings=["expired-session 401", "zero error counter report", "retry that succeeds", "probe passes"])


@scenario("chg-permits-keyerror")
def _s(name):
    x = Ctx(name, "charging", "rke2", "fluentd", "parkops")
    api = x.wl("parking", "permits-api", node=0)
    api2 = x.wl("parking", "permits-api", node=1)
    visitor = x.wl("parking", "visitor-api", node=2)
    ing = x.wl("kube-system", "rke2-ingress-nginx-controller", "rke2-ingress-nginx-controller", kind="ds", node=1, app_label=False)
    old_rs = x.k8s(10)
    new_rs = api.pod.split("-")[-2]
    x.event(0.0, "parking", "Deployment", "permits-api", "ScalingReplicaSet", "Scaled down replica set permits-api-%s to 0 from 2" % old_rs, comp="deployment-controller")
    x.event(0.6, "parking", "Deployment", "permits-api", "ScalingReplicaSet", "Scaled up replica set permits-api-%s to 2" % new_rs, comp="deployment-controller")
    for w, t0 in ((api, 9.0), (api2, 9.7)):
        x.log(t0, w, "Puma starting in single mode...")
        x.log(t0 + 0.01, w, '* Puma version: 6.4.2 (ruby 3.3.1-p55) ("The Eagle of Durango")')
    x.log(11.3, api, "W, [{T:rails} #1]  WARN -- : DEPRECATION WARNING: `config.active_record.legacy_connection_handling` is deprecated and will be removed in Rails 7.2 (called from <main> at /app/config/application.rb:27)")
    x.err(12.8, api, "/app/config/initializers/permit_signing.rb:4:in `fetch': key not found: \"PERMIT_SIGNING_KEY\" (KeyError)", ev=True)
    x.err(12.81, api, "\tfrom /app/config/initializers/permit_signing.rb:4:in `<main>'")
    x.err(12.82, api, "\tfrom /usr/local/bundle/gems/railties-7.1.3.2/lib/rails/engine.rb:689:in `load'")
    x.err(13.4, api2, "/app/config/initializers/permit_signing.rb:4:in `fetch': key not found: \"PERMIT_SIGNING_KEY\" (KeyError)", ev=True)
    x.log(16.0, visitor, "I, [{T:rails} #1]  INFO -- : [%s] Completed 401 Unauthorized in 3ms (ActiveRecord: 0.6ms | Allocations: 812)" % x.uuid())
    x.log(21.7, ing, ingress_nginx(x.ext_ip(), "GET", "/v1/permits/check?plate=%s" % x.hex(8).upper(), 503, 190, "GateCtl/2.3", "parking-permits-api-3000", "-", 0.000, None, ctx=x), ev=True)
    x.event(24.0, "parking", "Pod", api.pod, "BackOff", "Back-off restarting failed container permits-api in pod %s_parking(%s)" % (api.pod, api.uid), typ="Warning", host=api.node, count=2, ev=True, field="spec.containers{permits-api}", first=8)
    x.event(24.4, "parking", "Pod", api2.pod, "BackOff", "Back-off restarting failed container permits-api in pod %s_parking(%s)" % (api2.pod, api2.uid), typ="Warning", host=api2.node, count=2, field="spec.containers{permits-api}", first=7)
    x.log(29.9, visitor, "I, [{T:rails} #1]  INFO -- : [%s] Completed 200 OK in 21ms (Views: 0.4ms | ActiveRecord: 6.1ms | Allocations: 4410)" % x.uuid())
    x.log(33.1, ing, ingress_nginx(x.ext_ip(), "GET", "/.git/config", 404, 548, UA_SCAN[1], "upstream-default-backend", "-", 0.000, None, ctx=x))
    x.log(38.6, ing, ingress_nginx(x.ext_ip(), "POST", "/v1/permits", 503, 190, "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/122.0 Mobile Safari/537.36", "parking-permits-api-3000", "-", 0.000, None, ctx=x))
    x.log(44.2, visitor, "I, [{T:rails} #1]  INFO -- : [%s] Completed 422 Unprocessable Entity in 9ms (ActiveRecord: 2.2ms | Allocations: 1903)" % x.uuid())
    return x.build(
        "config_error", "CRITICAL",
        "Minor hiccup with the permits service after this morning's deploy - nothing urgent, right?", "misleading-severity-hint",
        {"namespace": "parking", "app": "permits-api"}, component="permits-api",
        root_cause="The new permits-api release requires the PERMIT_SIGNING_KEY environment variable, which is not set in the Deployment/Secret; the Rails initializer raises KeyError on boot and both replicas crash-loop (Recreate strategy left no old pods).",
        summary="permits-api is completely down: every pod crashes at boot on a missing PERMIT_SIGNING_KEY and is in CrashLoopBackOff; the ingress returns 503 for permit checks from the gates and the app.",
        action="Add PERMIT_SIGNING_KEY to the permits-api Secret/env (or roll back the release) and restart; consider a RollingUpdate strategy so a bad release cannot take down all replicas.",
        red_herrings=["deprecation warning", "expired-session 401", "scanner 404", "business-rule rejection"])


@scenario("chg-ocpp-emfile")
def _s(name):
    x = Ctx(name, "charging", "lke", "splunk", "lke-ocpp-fra")
    hub = x.wl("ocpp", "ocpp-hub", kind="sts", node=0, pod="ocpp-hub-0")
    hub1 = x.wl("ocpp", "ocpp-hub", kind="sts", node=1, pod="ocpp-hub-1")
    pg = x.wl("ocpp", "pg-ocpp", kind="sts", node=2, pod="pg-ocpp-1", ctr="postgres")
    hap = x.wl("haproxy-controller", "haproxy-ingress", "haproxy-ingress", node=1, app_label=False)
    lb = "192.168.255.%d" % x.ri(2, 250)

    def hp(t, st, term, conns, srv, path, tw="0/0/-1/-1/3001", ev=False):
        x.log(t, hap, "%s:%d [{T:haproxy}] https~ ocpp_ocpp-hub_8080/%s %s %d %d - - %s %d/%d/%d/%d/0 0/0 \"GET %s HTTP/1.1\"" % (
            lb, x.ri(30000, 60000), srv, tw, st, 217 if st >= 500 else 129, term, conns, conns, conns - 3, conns // 2, path), ev=ev)

    x.log(0.5, hub, exlog("info", "OcppHub.Sessions: 1009 charge point sessions open on node ocpp-hub@%s" % hub.ip), ev=True)
    x.log(2.2, hub1, exlog("info", "OcppHub.Sessions: 612 charge point sessions open on node ocpp-hub@%s" % hub1.ip))
    x.log(4.0, hub, exlog("error", "Ranch acceptor reducing accept rate: out of file descriptors"), ev=True)
    hp(4.4, 503, "SC--", 1019, "SRV_1", "/ocpp/CP-DE-%04d" % x.ri(100, 9999), ev=True)
    x.log(7.1, pg, "{T:pg} [%d] LOG:  checkpoint complete: wrote 1872 buffers (11.4%%); 0 WAL file(s) added, 0 removed, 2 recycled; write=187.212 s, sync=0.004 s, total=187.245 s; sync files=41, longest=0.002 s, average=0.001 s; distance=22154 kB, estimate=24420 kB; lsn=3/9A1C2F08, redo lsn=3/98F1B0C0" % x.ri(60, 400))
    x.log(9.8, hub, exlog("error", "Postgrex.Protocol (#PID<0.%d.0>) failed to connect: ** (DBConnection.ConnectionError) tcp connect (pg-ocpp-rw.ocpp.svc.cluster.local:5432): too many open files - :emfile" % x.ri(2000, 9000)), ev=True)
    x.log(12.5, hub1, exlog("info", "Sent 200 in 3ms", "F%s" % x.alnum(19)))
    hp(14.0, 101, "----", 611, "SRV_2", "/ocpp/CP-NL-%04d" % x.ri(100, 9999), tw="0/0/1/2/+12944")
    x.log(17.3, hub, exlog("error", "Ranch acceptor reducing accept rate: out of file descriptors"), ev=True)
    x.log(19.9, hub, exlog("warning", "OcppHub.Meter: MeterValues from CP-DE-%04d dropped: {:error, :emfile} writing to :ocpp_meter_buffer" % x.ri(100, 9999)), ev=True)
    hp(21.5, 503, "SC--", 1021, "SRV_1", "/ocpp/CP-AT-%04d" % x.ri(100, 9999))
    x.log(26.0, hub1, exlog("info", "OcppHub.Tx: StartTransaction accepted connector=CP-BE-%04d/1 id_tag=%s" % (x.ri(100, 9999), x.hex(8).upper())))
    x.log(29.4, hub1, exlog("warning", "OcppHub.Auth: Authorize rejected id_tag=%s status=Expired" % x.hex(8).upper()))
    x.log(33.7, pg, "{T:pg} [%d] LOG:  connection authorized: user=ocpp database=ocpp application_name=ocpp_hub SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)" % x.ri(3000, 9000))
    x.log(38.2, hub, exlog("error", "Ranch acceptor reducing accept rate: out of file descriptors"))
    hp(39.0, 503, "SC--", 1023, "SRV_1", "/ocpp/CP-DE-%04d" % x.ri(100, 9999))
    x.log(45.6, hub1, exlog("info", "Sent 200 in 2ms", "F%s" % x.alnum(19)))
    return x.build(
        "resource_exhausted", "ERROR",
        "Why can't new charge points connect to the OCPP hub while the existing ones stay online?", "specific",
        {"namespace": "ocpp"}, component="ocpp-hub",
        root_cause="ocpp-hub-0 holds about 1,000 websocket sessions and has exhausted its open-file limit (1024 descriptors); the Ranch acceptor stops accepting and even its database connections fail with :emfile.",
        summary="ocpp-hub-0 is out of file descriptors: it refuses new websocket connections (HAProxy 503 SC), drops meter values and cannot reconnect to Postgres; ocpp-hub-1 is fine.",
        action="Raise the container's nofile limit (and the BEAM's) for ocpp-hub, rebalance sessions across replicas or add one, and alert on open descriptors per pod.",
        red_herrings=["benign postgres checkpoint", "business-rule rejection", "healthy neighbour replica"])


@scenario("chg-push-fcm-429")
def _s(name):
    x = Ctx(name, "charging", "civo", "logstash", "mobile-prod")
    push = x.wl("mobile", "push-service", node=0)
    push2 = x.wl("mobile", "push-service", node=1)
    bff = x.wl("mobile", "mobile-bff", node=2)
    redis = x.wl("mobile", "redis", kind="sts", node=1, pod="redis-master-0")

    def wn(level, msg, **kw):
        o = {"level": level, "message": msg}
        o.update(kw)
        o["service"] = "push-service"
        o["timestamp"] = "__TS__"
        return _j(o, ts_tok='"{T:iso}"')

    q = "Quota exceeded for quota metric 'Send requests' and limit 'Send requests per minute per project' of service 'fcm.googleapis.com' for consumer 'project_number:%d'." % x.ri(100000000000, 999999999999)
    x.log(0.4, push, wn("info", "campaign batch enqueued", campaign="spring-charging-bonus", recipients=184220, queue="push:fcm"))
    x.err(1.1, push, "(node:1) [DEP0040] DeprecationWarning: The `punycode` module is deprecated. Please use a userland alternative instead.")
    x.log(6.8, push, wn("warn", "FCM send throttled, backing off", code="messaging/quota-exceeded", status=429, error=q, retryAfterMs=16000, queueDepth=151980), ev=True)
    x.log(7.5, push2, wn("warn", "FCM send throttled, backing off", code="messaging/quota-exceeded", status=429, error=q, retryAfterMs=16000, queueDepth=151020), ev=True)
    x.log(9.2, bff, pino(40, "request rejected: session expired", bff.pod, req={"method": "GET", "url": "/api/v1/notifications"}, statusCode=401))
    x.log(12.0, redis, "1:M {T:redis} * 10000 changes in 60 seconds. Saving...")
    x.log(12.1, redis, "1:M {T:redis} * Background saving started by pid %d" % x.ri(100, 999))
    x.log(23.3, push, wn("warn", "FCM send throttled, backing off", code="messaging/quota-exceeded", status=429, error=q, retryAfterMs=32000, queueDepth=128400), ev=True)
    x.log(26.9, push, wn("info", "APNs batch delivered", sent=4100, failed=0, unregistered=17))
    x.log(31.6, bff, pino(30, "request completed", bff.pod, req={"method": "GET", "url": "/api/v1/chargers/nearby"}, res={"statusCode": 200}, responseTime=61))
    x.log(58.2, push, wn("info", "FCM sending resumed at reduced rate", ratePerMin=9000, queueDepth=97310), ev=True)
    x.log(74.0, push2, wn("info", "FCM batch delivered", sent=9000, failed=0, invalidTokens=212, queueDepth=41050))
    x.log(89.5, push, wn("info", "FCM batch delivered", sent=9000, failed=0, invalidTokens=188, queueDepth=3210))
    x.log(96.1, push, wn("info", "campaign drained", campaign="spring-charging-bonus", delivered=183108, invalidTokens=1112, durationMs=95700), ev=True)
    x.log(97.0, redis, "1:M {T:redis} * Background saving terminated with success")
    x.log(101.4, push2, wn("info", "transactional push delivered", type="session_complete", platform="android", latencyMs=412))
    return x.build(
        "rate_limited", "WARN",
        "Push notifications are completely down - is this a critical outage?", "misleading-severity-hint",
        {"namespace": "mobile"}, component="push-service",
        root_cause="A 184k-recipient marketing campaign pushed push-service past FCM's per-project send quota, so Firebase answered 429 quota-exceeded until the service backed off.",
        summary="push-service was throttled by FCM (429 quota exceeded) during a campaign burst; it backed off, resumed at a lower rate and drained the queue, and transactional pushes are flowing again.",
        action="No immediate action; optionally rate-limit campaign sends below the FCM quota and keep transactional pushes on a separate, prioritised queue.",
        red_herrings=["deprecation warning", "expired-session 401", "redis background save"])


@scenario("chg-cni-node")
def _s(name):
    x = Ctx(name, "charging", "kubeadm", "agentstatic", "chg-onprem")
    bad = x.node(2)
    good0, good1 = x.node(0), x.node(1)
    cal_bad = x.wl("kube-system", "calico-node", kind="ds", node=2)
    cal_ok = x.wl("kube-system", "calico-node", kind="ds", node=0)
    tel = x.wl("charging", "meter-ingest", node=2)
    tel_ok = x.wl("charging", "meter-ingest", node=1)
    api = x.wl("charging", "session-api", node=0)
    peers = "10.0.%d.11,10.0.%d.12" % ((x.ri(1, 9),) * 2)
    x.journal(0.5, bad, "systemd-networkd.service", "eth0: Gained carrier", ident="systemd-networkd")
    x.journal(0.9, bad, "systemd-networkd.service", "eth0: Gained IPv6LL", ident="systemd-networkd")
    x.log(6.4, cal_bad, "{T:ceph} [WARNING][1] startup/autodetection_methods.go 143: Unable to auto-detect an IPv4 address using interface regexes [ens.*]: no valid host interfaces found", ev=True)
    x.log(6.5, cal_bad, "{T:ceph} [WARNING][1] startup/startup.go 424: Couldn't autodetect an IPv4 address. If auto-detecting, choose a different autodetection method. Otherwise provide an explicit address.", ev=True)
    x.log(6.6, cal_bad, "{T:ceph} [INFO][1] startup/startup.go 485: Clearing out-of-date IPv4 address from this node IP=\"\"")
    x.event(9.0, "kube-system", "Pod", cal_bad.pod, "Unhealthy", "Readiness probe failed: calico/node is not ready: BIRD is not ready: BGP not established with %s" % peers, typ="Warning", host=bad, count=14, field="spec.containers{calico-node}", first=420, ev=True)
    x.journal(12.2, bad, "kubelet.service", klog("E", "kubelet.go:2892", '"Container runtime network not ready" networkReady="NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized"', pid=1184), ev=True)
    x.event(14.0, "", "Node", bad, "NodeNotReady", "Node %s status is now: NodeNotReady" % bad, typ="Normal", comp="node-controller", ev=True)
    x.event(18.5, "charging", "Pod", tel.pod, "FailedCreatePodSandBox", 'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "%s": plugin type="calico" failed (add): stat /var/lib/calico/nodename: no such file or directory: check that the calico/node container is running and has mounted /var/lib/calico/' % x.hex(64), typ="Warning", host=bad, count=9, first=360, ev=True)
    x.log(21.0, cal_ok, "{T:ceph} [INFO][%d] felix/summary.go 100: Summarising 12 dataplane reconciliation loops over 1m2.3s: avg=4ms longest=11ms (resync-filter-v4)" % x.ri(60, 90))
    x.log(24.3, tel_ok, zap("info", "ingest/batch.go:88", "meter batch committed", rows=4200, partition=7, lag=0))
    x.log(27.7, api, slog("INFO", "request", "method", "GET", "path", "/v1/sessions/active", "status", 200, "dur_ms", 7))
    x.journal(31.0, good0, "kubelet.service", klog("I", "image_gc_manager.go:391", '"Disk usage on image filesystem is over the high threshold, trying to free bytes down to the low threshold" usage=86 highThreshold=85 amountToFree=1073741824 lowThreshold=80', pid=1022))
    x.journal(33.6, good0, "containerd.service", 'time="{T:iso9}" level=info msg="ImageDelete event name:\\"sha256:%s\\""' % x.hex(64), ident="containerd")
    x.journal(37.9, bad, "chronyd.service", "Selected source 10.0.0.1 (ntp.dc1.internal)", ident="chronyd")
    x.log(41.2, api, slog("WARN", "upstream retry succeeded", "target", "http://tariff-engine.charging.svc:8080/v1/quote", "attempt", 2, "dur_ms", 312))
    x.event(45.0, "charging", "Pod", tel.pod, "FailedCreatePodSandBox", 'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "%s": plugin type="calico" failed (add): stat /var/lib/calico/nodename: no such file or directory: check that the calico/node container is running and has mounted /var/lib/calico/' % x.hex(64), typ="Warning", host=bad, count=10, first=387)
    x.log(49.4, tel_ok, zap("info", "ingest/batch.go:88", "meter batch committed", rows=3975, partition=3, lag=0))
    return x.build(
        "node_failure", "ERROR",
        "What is wrong with this node?", "open",
        {"node": bad}, component=bad,
        root_cause="After the node's NIC came up as eth0, calico-node's IP autodetection (interface regex ens.*) finds no address, so the Calico CNI is never initialised on this node: BGP is not established, the node is NotReady and pod sandboxes cannot get networking.",
        summary="One worker has no working pod network: calico-node cannot autodetect the node IP, kubelet reports NetworkPluginNotReady and the node went NotReady; new pods there fail sandbox creation while other nodes are healthy.",
        action="Cordon the node, fix the Calico IP autodetection method (e.g. interface=eth0 or can-reach) or restore the NIC naming, restart calico-node there and uncordon once the node is Ready.",
        red_herrings=["benign kubelet image GC", "benign containerd message", "retry that succeeds", "healthy neighbour nodes"])


@scenario("chg-healthy-ocpp")
def _s(name):
    x = Ctx(name, "charging", "gke", "fluentbit", "ocpp-prod-euw4")
    gw = x.wl("ocpp", "ocpp-gateway", node=0)
    gw2 = x.wl("ocpp", "ocpp-gateway", node=1)
    mc = x.wl("ocpp", "meter-consumer", node=2)
    kafka = x.wl("kafka", "ocpp-kafka", "kafka", kind="sts", node=1, pod="ocpp-kafka-broker-1")
    ing = x.wl("ingress-nginx", "ingress-nginx-controller", "controller", node=0, app_label=False)
    cp = lambda: "CP-%s-%04d" % (x.choice(["DE", "NL", "BE", "AT"]), x.ri(100, 9999))
    x.log(0.3, gw, zap("info", "ocpp/handler.go:212", "Heartbeat", cp=cp(), proto="ocpp1.6"))
    x.log(2.8, gw2, zap("info", "ocpp/handler.go:240", "StatusNotification", cp=cp(), connector=2, status="Charging", errorCode="NoError"))
    x.log(5.1, gw, zap("warn", "ocpp/handler.go:240", "StatusNotification", cp=cp(), connector=1, status="Faulted", errorCode="GroundFailure", vendorErrorCode="E-RCD-30"))
    x.log(7.9, kafka, "[{T:kafka}] INFO [GroupCoordinator 1]: Preparing to rebalance group meter-consumers in state PreparingRebalance with old generation 41 (__consumer_offsets-17) (reason: Adding new member meter-consumer-%s with group instance id None; client reason: need to re-join with the given member-id: meter-consumer-%s) (kafka.coordinator.group.GroupCoordinator)" % (x.uuid(), x.uuid()))
    x.log(10.6, kafka, "[{T:kafka}] INFO [GroupCoordinator 1]: Stabilized group meter-consumers generation 42 (__consumer_offsets-17) with 3 members (kafka.coordinator.group.GroupCoordinator)")
    x.log(10.9, mc, spring("INFO", "ntainer#0-0-C-1", "o.a.k.c.c.internals.ConsumerCoordinator", "[Consumer clientId=consumer-meter-consumers-1, groupId=meter-consumers] Successfully joined group with generation Generation{generationId=42, memberId='consumer-meter-consumers-1-%s', protocol='range'}" % x.uuid(), "meter-consumer"))
    x.log(14.2, ing, ingress_nginx(x.ext_ip(), "GET", "/actuator/env", 404, 548, UA_SCAN[0], "upstream-default-backend", "-", 0.001, None, ctx=x))
    x.log(17.5, gw2, zap("info", "ocpp/tx.go:77", "StartTransaction accepted", cp=cp(), connector=1, idTag=x.hex(8).upper(), meterStart=1882114))
    x.log(20.0, mc, "[{T:isoz4}][info][gc] GC(2291) Pause Young (Normal) (G1 Evacuation Pause) 402M->133M(1024M) 8.913ms")
    x.event(23.0, "ocpp", "HorizontalPodAutoscaler", "ocpp-gateway", "SuccessfulRescale", "New size: 5; reason: cpu resource utilization (percentage of request) above target", comp="horizontal-pod-autoscaler")
    x.log(26.3, ing, ingress_nginx(x.ext_ip(), "GET", "/api/v2/sessions/current", 401, 42, "okhttp/4.12.0", "ocpp-ocpp-gateway-8080", "%s:8080" % gw.ip, 0.006, 0.006, ctx=x))
    x.log(29.4, mc, spring("INFO", "ntainer#0-0-C-1", "c.v.meter.BatchWriter", "Committed 5000 meter values to TimescaleDB in 143 ms (lag 0)", "meter-consumer"))
    x.log(33.0, gw, zap("info", "ocpp/tx.go:131", "StopTransaction", cp=cp(), meterStop=1913402, reason="EVDisconnected", kwh=31.29))
    x.event(36.0, "ocpp", "Pod", gw2.pod, "Unhealthy", "Readiness probe failed: Get \"http://%s:8080/readyz\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)" % gw2.ip, typ="Warning", host=gw2.node, field="spec.containers{ocpp-gateway}")
    x.log(39.8, gw2, zap("info", "ocpp/handler.go:212", "Heartbeat", cp=cp(), proto="ocpp2.0.1"))
    x.log(44.1, mc, spring("INFO", "scheduling-1", "c.v.meter.Reconciler", "Hourly reconciliation finished: 18422 sessions checked, 0 mismatches, 0 errors", "meter-consumer"))
    x.log(48.6, ing, ingress_nginx(x.ext_ip(), "POST", "/api/v2/sessions/start", 200, 311, "VoltwayApp/5.2.1 (Android 14)", "ocpp-ocpp-gateway-8080", "%s:8080" % gw2.ip, 0.142, 0.141, ctx=x))
    x.log(52.2, gw, zap("info", "ocpp/handler.go:190", "BootNotification accepted", cp=cp(), vendor="ABB", model="Terra 184", firmware="1.8.42", interval=300))
    return x.build(
        "none", "INFO",
        "Any problems with the charging network right now?", "open",
        {"namespace": "ocpp"},
        summary="Normal operation: chargers send heartbeats and transactions, the meter consumer group rebalanced cleanly after a scale-up and commits with zero lag; one charger reports a local ground fault, which is a field-service matter rather than a platform incident.",
        action="No action needed; the faulted charger can go to field service through the usual ticket.",
        red_herrings=["charger hardware fault status", "kafka rebalance", "scanner 404", "expired-session 401", "GC pause", "probe miss that passes", "HPA scale event", "zero error counters"])


@scenario("chg-healthy-parking")
def _s(name):
    x = Ctx(name, "charging", "ovh", "vector", "parking-gra")
    anpr = x.wl("parking", "anpr-recognizer", node=0)
    gate = x.wl("parking", "gate-controller", node=1)
    perm = x.wl("parking", "permits-web", node=2)
    kiosk = x.wl("parking", "pay-kiosk-api", node=0)
    x.log(0.6, anpr, "[{T:gunicorn}] [%d] [INFO] Autorestarting worker after current request." % x.ri(20, 60))
    x.log(0.8, anpr, "[{T:gunicorn}] [%d] [INFO] Worker exiting (pid: %d)" % (x.ri(20, 60), x.ri(20, 60)))
    x.log(1.4, anpr, "[{T:gunicorn}] [1] [INFO] Booting worker with pid: %d" % x.ri(61, 99))
    x.log(3.9, gate, slog("INFO", "barrier opened", "lane", "entry-2", "plate_hash", x.hex(10), "permit", "season", "latency_ms", 231))
    x.log(6.7, perm, "[{T:laravel}] production.WARNING: Permit validation failed: plate not registered {\"plate_hash\":\"%s\",\"garage\":\"G4\"}" % x.hex(10))
    x.log(7.0, gate, slog("INFO", "entry denied", "lane", "entry-1", "reason", "no valid permit", "action", "ticket issued"))
    x.log(11.2, kiosk, "info: Parking.Kiosk.Payments[0] Payment declined for ticket T-%07d: 51 insufficient funds" % x.ri(1, 9999999))
    x.log(13.5, kiosk, "info: Parking.Kiosk.Payments[0] Payment approved for ticket T-%07d amount=7.50 EUR" % x.ri(1, 9999999))
    x.event(16.0, "parking", "CronJob", "occupancy-report", "SuccessfulCreate", "Created job occupancy-report-%d" % x.ri(29400000, 29600000), comp="cronjob-controller")
    x.log(19.4, perm, "[{T:laravel}] production.INFO: Permit renewed {\"permit_id\":\"PRM-%06d\",\"term\":\"monthly\"}" % x.ri(1, 999999))
    x.log(22.8, anpr, "[{T:gunicorn}] [%d] [INFO] recognize ok lane=exit-1 conf=0.96 ms=84" % x.ri(61, 99))
    x.log(25.1, perm, "[{T:laravel}] production.INFO: Session expired, redirecting to login {\"route\":\"/account/permits\"}")
    x.log(27.0, gate, slog("WARN", "camera frame retry", "lane", "exit-2", "attempt", 2, "result", "ok"))
    x.event(31.0, "parking", "CronJob", "occupancy-report", "SawCompletedJob", "Saw completed job: occupancy-report-%d, status: Complete" % x.ri(29400000, 29600000), comp="cronjob-controller")
    x.log(34.2, kiosk, "warn: Microsoft.EntityFrameworkCore.Query[20504] Compiling a query which loads related collections for more than one collection navigation, either via 'Include' or through projection, but no 'QuerySplittingBehavior' has been configured.")
    x.log(38.5, gate, slog("INFO", "barrier opened", "lane", "exit-1", "plate_hash", x.hex(10), "permit", "visitor-paid", "latency_ms", 198))
    x.log(42.0, anpr, "[{T:gunicorn}] [%d] [INFO] recognize ok lane=entry-2 conf=0.91 ms=92" % x.ri(61, 99))
    return x.build(
        "none", "INFO", None, "null", {"namespace": "parking"},
        summary="Normal parking operations: plates recognised, barriers open, permits renewed; gunicorn recycles a worker on max-requests, a card decline and an unregistered plate are ordinary business outcomes.",
        action="No action needed.",
        red_herrings=["gunicorn worker recycle", "business-rule rejection", "card decline", "EF Core query warning", "retry that succeeds", "expired session"])


@scenario("chg-healthy-dr")
def _s(name):
    x = Ctx(name, "charging", "exoscale", "otel", "depot-grid-ch")
    ven = x.wl("grid", "openadr-ven", node=0)
    lm = x.wl("grid", "load-manager", node=1)
    sch = x.wl("grid", "charge-scheduler", node=2)
    nats = x.wl("grid", "nats", kind="sts", node=1, pod="nats-1")
    emqx = x.wl("grid", "emqx", kind="sts", node=0, pod="emqx-0")
    evid = "DR-%d-%04d" % (x.ri(2026000, 2026999), x.ri(1, 9999))
    x.log(0.4, ven, "{T:py} INFO openadr_ven.events: oadrDistributeEvent received event_id=%s signal=SIMPLE level=2 start=%s duration=PT30M" % (evid, "{T+120:isos}"))
    x.log(0.6, ven, "{T:py} INFO openadr_ven.events: oadrCreatedEvent optIn sent for %s" % evid)
    x.log(2.1, lm, logrus("info", "demand response event scheduled", "event", evid, "site", "depot-zurich-nord", "limit_kw", 300, "previous_kw", 480))
    x.log(5.8, emqx, "{T:isooff6} [info] msg: client_connected, mfa: emqx_cm:handle_info/2, clientid: meter-zurich-%02d, peername: %s:%d" % (x.ri(1, 12), x.ext_ip(), x.ri(30000, 60000)))
    x.log(8.0, nats, "[1] {T:nats} [INF] JetStream cluster new stream leader for '$G > DR_EVENTS'")
    x.log(122.3, lm, logrus("warning", "site limit reduced for demand response", "event", evid, "site", "depot-zurich-nord", "limit_kw", 300, "active_sessions", 22))
    x.log(123.0, sch, logrus("info", "SetChargingProfile accepted", "cp", "CP-CH-%04d" % x.ri(100, 9999), "limit_kw", 13.6, "profile", "TxDefaultProfile"))
    x.log(123.4, sch, logrus("warning", "SetChargingProfile rejected, using fallback current limit", "cp", "CP-CH-%04d" % x.ri(100, 9999), "status", "NotSupported", "firmware", "3.2.11", "fallback_a", 16))
    x.log(124.1, sch, logrus("info", "SetChargingProfile accepted", "cp", "CP-CH-%04d" % x.ri(100, 9999), "limit_kw", 13.6, "profile", "TxDefaultProfile"))
    x.event(130.0, "grid", "ScaledObject", "charge-scheduler", "KEDAScaleTargetActivated", "Scaled apps/v1.Deployment grid/charge-scheduler from 1 to 3, triggered by natsJetStreamScaler", comp="keda-operator")
    x.log(134.6, emqx, "{T:isooff6} [warning] msg: alarm_is_activated, mfa: emqx_alarm:do_actions/3, name: high_system_memory_usage, message: <<\"System memory usage is higher than 70%\">>")
    x.log(140.2, lm, logrus("info", "site power within limit", "site", "depot-zurich-nord", "measured_kw", 287.4, "limit_kw", 300))
    x.log(146.9, emqx, "{T:isooff6} [warning] msg: alarm_is_deactivated, mfa: emqx_alarm:do_actions/3, name: high_system_memory_usage")
    x.log(151.0, ven, "{T:py} INFO openadr_ven.poll: oadrPoll ok (no new events)")
    x.log(158.3, sch, logrus("info", "charging profile cleared", "cp", "CP-CH-%04d" % x.ri(100, 9999), "reason", "TransactionEnded"))
    x.log(163.7, lm, logrus("info", "site power within limit", "site", "depot-zurich-nord", "measured_kw", 296.1, "limit_kw", 300))
    return x.build(
        "none", "INFO",
        "CRITICAL: charging power is being cut at the depots - what's broken?", "misleading-severity-hint",
        {"namespace": "grid"},
        summary="No incident: the utility sent a scheduled demand-response event and the load manager intentionally reduced the depot limit to 300 kW for 30 minutes; chargers accepted the new profiles (one old firmware uses the fallback current limit) and site power stays within the limit.",
        action="No action needed; the limit returns to normal when the demand-response event ends.",
        red_herrings=["intentional curtailment", "profile rejected by old firmware", "transient memory alarm that clears", "KEDA scale event"])


# ==========================================================================
# theme: hr
# ==========================================================================

def sidekiq(level, msg, cls=None, jid=None):
    ctx = ""
    if cls:
        ctx = " class=%s jid=%s" % (cls, jid)
    return "{T:iso} pid=1 tid=%s%s %s: %s" % ("{tid}", ctx, level, msg)


@scenario("hr-bgcheck-manifest")
def _s(name):
    x = Ctx(name, "hr", "aks", "datadog", "hr-prod-neu")
    old = x.wl("screening", "bgcheck-worker", node=0)
    new = x.wl("screening", "bgcheck-worker", node=1, pod="bgcheck-worker-%s-%s" % (x.k8s(10), x.k8s(5)))
    new.dd_source = "ruby"
    old.dd_source = "ruby"
    ats = x.wl("ats", "ats-web", node=2)
    argo = x.wl("argocd", "argocd-application-controller", kind="sts", node=2, pod="argocd-application-controller-0")
    img = "hrplatform.azurecr.io/screening/bgcheck-worker:2.14.0"
    newrs = new.pod.rsplit("-", 2)[1]
    tid = lambda: x.alnum(4)

    def sk(t, w, level, msg, cls=None, ev=False):
        s = sidekiq(level, msg, cls, x.hex(24) if cls else None).replace("{tid}", tid())
        x.log(t, w, s, ev)

    x.log(0.2, argo, 'time="{T:isos}" level=info msg="Updating operation state. phase: Running -> Succeeded, message: successfully synced (all tasks run)" application=argocd/screening syncId=%05d-%s' % (x.ri(1, 99999), x.alnum(5)))
    x.event(1.0, "screening", "Deployment", "bgcheck-worker", "ScalingReplicaSet", "Scaled up replica set bgcheck-worker-%s to 1" % newrs, comp="deployment-controller")
    x.event(4.5, "screening", "Pod", new.pod, "Pulling", 'Pulling image "%s"' % img, host=new.node)
    x.event(5.3, "screening", "Pod", new.pod, "Failed", 'Failed to pull image "%s": rpc error: code = NotFound desc = failed to pull and unpack image "%s": failed to resolve reference "%s": %s: not found' % (img, img, img, img), typ="Warning", host=new.node, ev=True)
    x.event(5.4, "screening", "Pod", new.pod, "Failed", "Error: ErrImagePull", typ="Warning", host=new.node, ev=True)
    sk(8.0, old, "INFO", "start", "BackgroundCheckJob")
    sk(9.9, old, "INFO", "done: 1.873 sec", "BackgroundCheckJob")
    x.log(12.6, ats, "I, [{T:rails} #1]  INFO -- : [%s] Completed 401 Unauthorized in 2ms (Allocations: 388)" % x.uuid())
    sk(15.2, old, "WARN", "Faraday::ConnectionFailed: Failed to open TCP connection to api.verifyline-checks.com:443 (execution expired) - retry 1 of 25", "CandidateSyncJob")
    x.event(21.0, "screening", "Pod", new.pod, "BackOff", 'Back-off pulling image "%s"' % img, host=new.node, count=2, first=14, ev=True)
    x.event(21.1, "screening", "Pod", new.pod, "Failed", "Error: ImagePullBackOff", typ="Warning", host=new.node, count=2, first=14, ev=True)
    sk(24.8, old, "INFO", "done: 2.412 sec", "CandidateSyncJob")
    x.log(28.3, argo, 'time="{T:isos}" level=info msg="Updated health status: Progressing -> Degraded" app-namespace=argocd app-qualified-name=argocd/screening application=screening dest-namespace=screening dest-server="https://kubernetes.default.svc" project=hr-platform type=Normal reason=ResourceUpdated', ev=True)
    sk(31.6, old, "INFO", "start", "BackgroundCheckJob")
    x.log(34.0, ats, "I, [{T:rails} #1]  INFO -- : [%s] Completed 200 OK in 48ms (Views: 11.2ms | ActiveRecord: 19.7ms | Allocations: 22016)" % x.uuid())
    sk(35.4, old, "INFO", "done: 3.904 sec", "BackgroundCheckJob")
    x.log(40.2, old, "{T:iso} pid=1 tid=%s INFO: Sidekiq 7.2.2 connecting to Redis with options {:size=>10, :pool_name=>\"internal\", :url=>\"redis://redis-master.screening.svc.cluster.local:6379/0\"}" % tid())
    return x.build(
        "image_pull", "ERROR",
        "Why is the background-check worker rollout stuck?", "specific",
        {"namespace": "screening"}, component="bgcheck-worker",
        root_cause="The Deployment was bumped to bgcheck-worker:2.14.0, but that tag does not exist in the registry (manifest not found), so the new pod is stuck in ErrImagePull/ImagePullBackOff.",
        summary="The bgcheck-worker rollout cannot pull its new image tag (not found in ACR) and stalls in ImagePullBackOff; Argo CD marks the app Degraded while the old replica keeps processing jobs.",
        action="Push the missing 2.14.0 image (or pin the Deployment back to an existing tag) and let the rollout continue; check why the CI push step did not publish it.",
        red_herrings=["expired-session 401", "retry that succeeds", "sidekiq connect info"])


@scenario("hr-ats-readiness")
def _s(name):
    x = Ctx(name, "hr", "eks", "promtail", "hr-ats-prod")
    old = x.wl("ats", "ats-api", node=0)
    new = x.wl("ats", "ats-api", node=1, pod="ats-api-%s-%s" % (x.k8s(10), x.k8s(5)))
    new2 = x.wl("ats", "ats-api", node=2, pod=new.pod.rsplit("-", 1)[0] + "-" + x.k8s(5))
    web = x.wl("ats", "careers-web", node=2)
    ing = x.wl("ingress-nginx", "ingress-nginx-controller", "controller", node=0, app_label=False)
    for w, t0 in ((new, 0.5), (new2, 1.2)):
        x.log(t0, w, spring("INFO", "main", "o.s.b.w.embedded.tomcat.TomcatWebServer", "Tomcat started on port 8080 (http) with context path ''", "ats-api"))
    x.log(0.7, new, spring("INFO", "main", "o.s.b.a.e.web.EndpointLinksResolver", "Exposing 4 endpoint(s) beneath base path '/actuator'", "ats-api"))
    x.log(0.8, new, spring("INFO", "main", "o.s.b.w.embedded.tomcat.TomcatWebServer", "Tomcat started on port 8081 (http) with context path ''", "ats-api"), ev=True)
    x.log(0.9, new, spring("INFO", "main", "c.h.ats.AtsApiApplication", "Started AtsApiApplication in 11.822 seconds (process running for 12.91)", "ats-api"))
    x.event(135.0, "ats", "Pod", new.pod, "Unhealthy", "Readiness probe failed: HTTP probe failed with statuscode: 404", typ="Warning", host=new.node, count=12, first=110, field="spec.containers{ats-api}", ev=True)
    x.event(135.6, "ats", "Pod", new2.pod, "Unhealthy", "Readiness probe failed: HTTP probe failed with statuscode: 404", typ="Warning", host=new2.node, count=11, first=104, field="spec.containers{ats-api}", ev=True)
    x.log(28.2, old, spring("INFO", "http-nio-8080-exec-4", "c.h.ats.candidates.CandidateService", "Candidate %s moved to stage 'phone-screen' for requisition REQ-%05d" % (x.uuid(), x.ri(1, 99999)), "ats-api"))
    x.log(41.4, ing, ingress_nginx(x.ext_ip(), "GET", "/api/v1/requisitions?status=open", 200, 18822, "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15", "ats-ats-api-8080", "%s:8080" % old.ip, 0.087, 0.086, ctx=x))
    x.log(64.9, web, pino(30, "request completed", web.pod, req={"method": "GET", "url": "/jobs/senior-payroll-analyst"}, res={"statusCode": 200}, responseTime=41))
    x.log(77.3, new, spring("WARN", "main", "o.h.e.j.e.i.JdbcEnvironmentInitiator", "HHH000511: The 5.7.0 version for [org.hibernate.dialect.MySQLDialect] is no longer supported, hence certain features may not work properly. The minimum supported version is 8.0.0.", "ats-api"))
    x.log(90.0, ing, ingress_nginx(x.ext_ip(), "POST", "/api/v1/applications", 201, 412, "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36", "ats-ats-api-8080", "%s:8080" % old.ip, 0.233, 0.232, ctx=x))
    x.log(113.6, ing, ingress_nginx(x.ext_ip(), "GET", "/api/v1/me", 401, 52, "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148", "ats-ats-api-8080", "%s:8080" % old.ip, 0.004, 0.004, ctx=x))
    x.log(5.0, web, pino(40, "slow upstream response", web.pod, upstream="http://ats-api.ats.svc.cluster.local:8080/api/v1/jobs/feed", responseTime=2310))
    x.log(139.5, old, spring("INFO", "http-nio-8080-exec-9", "c.h.ats.jobs.JobBoardSyncService", "Synced 214 postings to job boards (0 failures)", "ats-api"))
    x.event(175.0, "ats", "Pod", new.pod, "Unhealthy", "Readiness probe failed: HTTP probe failed with statuscode: 404", typ="Warning", host=new.node, count=16, first=150, field="spec.containers{ats-api}", ev=True)
    x.log(147.8, ing, ingress_nginx("10.%d.%d.%d" % (x.ri(16, 31), x.ri(0, 90), x.ri(2, 250)), "GET", "/api/v1/candidates/search?q=java", 200, 9120, "Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/123.0", "ats-ats-api-8080", "%s:8080" % old.ip, 1.911, 1.911, ctx=x))
    x.log(160.1, old, spring("WARN", "http-nio-8080-exec-2", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=1m2s31ms).", "ats-api"))
    x.log(186.2, new2, spring("INFO", "scheduling-1", "c.h.ats.jobs.JobBoardSyncService", "Job board sync skipped: leader lock held by %s" % old.pod, "ats-api"))
    return x.build(
        "probe_failure", "ERROR",
        "Anything off in the ATS namespace? Search feels slow.", "open",
        {"namespace": "ats", "app": "ats-api"}, component="ats-api",
        root_cause="The new ats-api release serves actuator on a separate management port (8081), but the readiness probe still calls /actuator/health/readiness on 8080 and gets 404, so the new pods never become Ready.",
        summary="The new ats-api pods run fine but fail their readiness probe with HTTP 404; the rollout is stuck and only the single old pod is serving, which makes search slow.",
        action="Point the readiness (and liveness) probes at port 8081 or set management.server.port back to 8080, then let the rollout finish.",
        red_herrings=["deprecated dialect warning", "expired-session 401", "Hikari clock-leap warning", "zero failures sync"])


@scenario("hr-payroll-scaleup")
def _s(name):
    x = Ctx(name, "hr", "gke", "otel", "hr-prod")
    run = x.wl("payroll", "payroll-run", kind="job", node=3)
    api = x.wl("payroll", "payroll-api", node=0)
    cal = x.wl("payroll", "payroll-calendar", node=1)
    ca = x.wl("kube-system", "cluster-autoscaler", node=0, kind="static")
    newnode = x.node(3)
    mig = "https://www.googleapis.com/compute/v1/projects/hr-prod-4471/zones/europe-west3-b/instanceGroups/gke-hr-prod-batch-pool-%s-grp" % x.hex(8)
    x.event(0.5, "payroll", "Job", "payroll-run", "SuccessfulCreate", "Created pod: %s" % run.pod, comp="job-controller")
    x.event(1.0, "payroll", "Pod", run.pod, "FailedScheduling", "0/6 nodes are available: 6 Insufficient memory. preemption: 0/6 nodes are available: 6 No preemption victims found for incoming pod.", typ="Warning", comp="default-scheduler", ev=True)
    x.log(3.2, api, '{"severity":"INFO","time":"{T:iso}","logger":"payroll.api","message":"GET /v2/paystubs/latest 200","duration_ms":38}')
    x.event(12.0, "payroll", "Pod", run.pod, "TriggeredScaleUp", "pod triggered scale-up: [{%s 1->2 (max: 4)}]" % mig, comp="cluster-autoscaler", ev=True)
    x.log(15.3, cal, '{"severity":"WARNING","time":"{T:iso}","logger":"payroll.calendar","message":"Cutoff reminder: run window closes in 4h; 3 timesheets still unapproved"}')
    x.log(20.8, api, '{"severity":"INFO","time":"{T:iso}","logger":"payroll.api","message":"GET /v2/paystubs/latest 401 (token expired)","duration_ms":2}')
    x.event(64.0, "payroll", "Pod", run.pod, "FailedScheduling", "0/7 nodes are available: 1 node(s) had untolerated taint {node.kubernetes.io/not-ready: }, 6 Insufficient memory. preemption: 0/7 nodes are available: 1 Preemption is not helpful for scheduling, 6 No preemption victims found for incoming pod.", typ="Warning", comp="default-scheduler", count=2, first=63)
    x.event(96.0, "payroll", "Pod", run.pod, "Scheduled", "Successfully assigned payroll/%s to %s" % (run.pod, newnode), comp="default-scheduler", ev=True)
    x.event(97.5, "payroll", "Pod", run.pod, "Pulling", 'Pulling image "europe-west3-docker.pkg.dev/hr-prod-4471/payroll/payroll-run:2026.03.2"', host=newnode)
    x.event(109.0, "payroll", "Pod", run.pod, "Started", "Started container payroll-run", host=newnode)
    x.log(111.4, run, '{"severity":"INFO","time":"{T:iso}","logger":"payroll.run","message":"payroll run started","period":"%s","employees":4812,"entities":3}' % "{T:date}", ev=True)
    x.log(118.0, api, '{"severity":"INFO","time":"{T:iso}","logger":"payroll.api","message":"GET /v2/runs/current 200","duration_ms":17}')
    x.log(131.6, run, '{"severity":"INFO","time":"{T:iso}","logger":"payroll.run","message":"gross-to-net batch done","batch":1,"of":10,"employees":482,"errors":0}')
    x.log(140.2, run, '{"severity":"WARNING","time":"{T:iso}","logger":"payroll.run","message":"employee skipped by rule: termination date before period start","employee_ref":"E-%05d"}' % x.ri(1, 99999))
    x.log(152.9, run, '{"severity":"INFO","time":"{T:iso}","logger":"payroll.run","message":"gross-to-net batch done","batch":2,"of":10,"employees":482,"errors":0}')
    return x.build(
        "scheduling", "WARN",
        "Payroll processing is down - is this critical?", "misleading-severity-hint",
        {"namespace": "payroll"}, component="payroll-run",
        root_cause="The payroll-run job pod requested more memory than any existing node had free, so it was unschedulable until the cluster autoscaler added a node to the batch pool.",
        summary="The payroll run was Pending for about 1.5 minutes (Insufficient memory); the cluster autoscaler scaled the batch node pool up, the pod was scheduled and the run is progressing without errors.",
        action="No action required; optionally keep one batch node warm or schedule the run after a pre-scale to avoid the start delay.",
        red_herrings=["expired-session 401", "business reminder warning", "business-rule skip", "node not-ready taint during join"])


@scenario("hr-esign-multiattach")
def _s(name):
    x = Ctx(name, "hr", "tanzu", "splunk", "tkg-hr-prod")
    docs = x.wl("esign", "esign-docs", node=1)
    api = x.wl("esign", "esign-api", node=2)
    csi = x.wl("vmware-system-csi", "vsphere-csi-controller", "csi-attacher", node=0)
    csi_c = x.wl("vmware-system-csi", "vsphere-csi-controller", "vsphere-csi-controller", node=0, pod=csi.pod)
    oldnode = x.node(0)
    pvc = "pvc-%s" % x.uuid()
    svc = x.svc_ip()

    def win(level, msg, **kw):
        o = {"level": level, "message": msg}
        o.update(kw)
        o["timestamp"] = "__TS__"
        return _j(o, ts_tok='"{T:iso}"')

    x.event(0.0, "esign", "Pod", docs.pod, "Scheduled", "Successfully assigned esign/%s to %s" % (docs.pod, docs.node), comp="default-scheduler")
    x.event(0.8, "esign", "Pod", docs.pod, "FailedAttachVolume", 'Multi-Attach error for volume "%s" Volume is already exclusively attached to one node and can\'t be attached to another' % pvc, typ="Warning", comp="attachdetach-controller", ev=True)
    x.log(4.0, csi_c, _j({"level": "error", "time": "__TS__", "caller": "vanilla/controller.go:1711", "msg": "failed to detach disk: \"%s\" from node: \"%s\". Err: The operation is not allowed in the current state." % (x.uuid(), oldnode), "TraceId": x.uuid()}, ts_tok='"{T:iso6}"'), ev=True)
    x.log(4.2, csi, klog("I", "csi_handler.go:234", "Error processing \"csi-%s\": failed to detach: rpc error: code = Internal desc = failed to detach disk: \"%s\" from node: \"%s\". Err: The operation is not allowed in the current state." % (x.hex(64), x.uuid(), oldnode)))
    x.log(9.5, api, win("error", "fetch signed document failed", envelope="ENV-%07d" % x.ri(1, 9999999), url="http://esign-docs.esign.svc.cluster.local:8080/v1/documents/%s/pdf" % x.uuid(), error="connect ECONNREFUSED %s:8080" % svc))
    x.log(14.1, api, win("info", "webhook received", provider="signflow", event="envelope.declined", envelope="ENV-%07d" % x.ri(1, 9999999), reason="signer declined"))
    x.log(18.6, api, win("warn", "request rejected", path="/v1/envelopes", status=401, reason="session expired"))
    x.event(120.0, "esign", "Pod", docs.pod, "FailedMount", "Unable to attach or mount volumes: unmounted volumes=[documents], unattached volumes=[documents kube-api-access-%s]: timed out waiting for the condition" % x.alnum(5), typ="Warning", host=docs.node, ev=True)
    x.log(124.7, api, win("error", "fetch signed document failed", envelope="ENV-%07d" % x.ri(1, 9999999), url="http://esign-docs.esign.svc.cluster.local:8080/v1/documents/%s/pdf" % x.uuid(), error="connect ECONNREFUSED %s:8080" % svc))
    x.log(131.0, api, win("info", "envelope created", envelope="ENV-%07d" % x.ri(1, 9999999), template="offer-letter-v7", signers=2))
    x.log(139.9, csi_c, _j({"level": "info", "time": "__TS__", "caller": "vanilla/controller.go:1650", "msg": "ControllerUnpublishVolume: called with args {VolumeId:%s NodeId:%s}" % (x.uuid(), oldnode), "TraceId": x.uuid()}, ts_tok='"{T:iso6}"'))
    x.log(140.3, csi_c, _j({"level": "error", "time": "__TS__", "caller": "vanilla/controller.go:1711", "msg": "failed to detach disk: \"%s\" from node: \"%s\". Err: The operation is not allowed in the current state." % (x.uuid(), oldnode), "TraceId": x.uuid()}, ts_tok='"{T:iso6}"'), ev=True)
    x.event(150.0, "esign", "Pod", docs.pod, "FailedAttachVolume", 'Multi-Attach error for volume "%s" Volume is already exclusively attached to one node and can\'t be attached to another' % pvc, typ="Warning", comp="attachdetach-controller", count=4, first=150)
    x.log(158.2, api, win("error", "fetch signed document failed", envelope="ENV-%07d" % x.ri(1, 9999999), url="http://esign-docs.esign.svc.cluster.local:8080/v1/documents/%s/pdf" % x.uuid(), error="connect ECONNREFUSED %s:8080" % svc))
    x.log(166.5, api, win("info", "GET /healthz 200", ua="kube-probe/1.28"))
    return x.build(
        "storage", "CRITICAL",
        "Why can't anyone open signed offer letters?", "specific",
        {"namespace": "esign"}, component="esign-docs",
        root_cause="The esign-docs ReadWriteOnce volume is still attached to the drained node because the vSphere CSI detach keeps failing ('operation is not allowed in the current state'), so the rescheduled single replica cannot attach or mount it.",
        summary="esign-docs is down: its new pod is stuck in ContainerCreating with a Multi-Attach error and mount timeout while the CSI driver fails to detach the disk from the old node; esign-api gets connection refused fetching documents.",
        action="Detach the disk from the old node VM in vCenter (or resolve the VM's stuck task) and delete the stale VolumeAttachment, then let esign-docs mount the volume; avoid draining nodes with RWO single-replica workloads without a plan.",
        red_herrings=["business-rule decline", "expired-session 401", "probe passes"])


@scenario("hr-payroll-pg-clients")
def _s(name):
    x = Ctx(name, "hr", "oke", "filebeat", "hr-oke-fra")
    pg = x.wl("payroll", "payroll-pg", "postgres", kind="sts", node=0, pod="payroll-pg-1")
    calc = x.wl("payroll", "payroll-calc", node=1)
    calc2 = x.wl("payroll", "payroll-calc", node=2)
    api = x.wl("payroll", "payroll-api", node=2)
    svc = x.svc_ip()
    conn = 'connection to server at "payroll-pg-rw.payroll.svc.cluster.local" (%s), port 5432 failed: FATAL:  sorry, too many clients already' % svc
    x.event(0.5, "payroll", "ScaledObject", "payroll-calc", "KEDAScaleTargetActivated", "Scaled apps/v1.Deployment payroll/payroll-calc from 4 to 30, triggered by rabbitMQScaler", comp="keda-operator", ev=True)
    x.log(3.0, pg, "{T:pg} [%d] LOG:  checkpoint starting: time" % x.ri(60, 90))
    x.log(9.2, pg, "{T:pg} [%d] FATAL:  remaining connection slots are reserved for roles with the SUPERUSER attribute" % x.ri(20000, 40000), ev=True)
    x.log(9.9, pg, "{T:pg} [%d] FATAL:  sorry, too many clients already" % x.ri(20000, 40000), ev=True)
    x.log(10.0, calc, "{T:py} ERROR [payroll_calc.worker] batch B-%04d failed: (psycopg2.OperationalError) %s" % (x.ri(1, 9999), conn), ev=True)
    x.log(12.7, api, "fail: Payroll.Api.Controllers.RunsController[0] GET /v2/runs/current failed Npgsql.PostgresException (0x80004005): 53300: sorry, too many clients already")
    x.log(15.5, pg, '{T:pg} [%d] ERROR:  duplicate key value violates unique constraint "timesheet_entries_pkey"' % x.ri(20000, 40000))
    x.log(15.51, pg, "{T:pg} [%d] DETAIL:  Key (employee_id, work_date)=(E-%05d, {T:date}) already exists." % (x.ri(20000, 40000), x.ri(1, 99999)))
    x.log(19.8, calc2, "{T:py} INFO [payroll_calc.worker] batch B-%04d done: 482 employees, 0 errors" % x.ri(1, 9999))
    x.log(24.4, calc2, "{T:py} ERROR [payroll_calc.worker] batch B-%04d failed: (psycopg2.OperationalError) %s" % (x.ri(1, 9999), conn), ev=True)
    x.log(25.0, pg, "{T:pg} [%d] FATAL:  sorry, too many clients already" % x.ri(20000, 40000))
    x.log(31.2, api, "info: Microsoft.AspNetCore.Hosting.Diagnostics[2] Request finished HTTP/1.1 GET http://payroll-api.payroll.svc/healthz - 200 - text/plain 0.9011ms")
    x.log(36.0, pg, "{T:pg} [%d] LOG:  checkpoint complete: wrote 9115 buffers (55.6%%); 0 WAL file(s) added, 0 removed, 6 recycled; write=26.971 s, sync=0.011 s, total=27.002 s; sync files=58, longest=0.004 s, average=0.001 s; distance=98211 kB, estimate=98211 kB; lsn=1C/5E1F0A30, redo lsn=1C/5C01B6E8" % x.ri(60, 90))
    x.log(40.3, calc, "{T:py} WARNING [payroll_calc.worker] requeueing batch after DB error (attempt 3/5)")
    x.log(44.9, pg, "{T:pg} [%d] FATAL:  sorry, too many clients already" % x.ri(20000, 40000), ev=True)
    x.log(45.0, api, "fail: Payroll.Api.Controllers.PaystubsController[0] GET /v2/paystubs/latest failed Npgsql.PostgresException (0x80004005): 53300: sorry, too many clients already")
    x.event(50.0, "payroll", "HorizontalPodAutoscaler", "payroll-api", "SuccessfulRescale", "New size: 3; reason: cpu resource utilization (percentage of request) above target", comp="horizontal-pod-autoscaler")
    x.log(55.6, calc2, "{T:py} INFO [payroll_calc.worker] batch B-%04d done: 479 employees, 0 errors" % x.ri(1, 9999))
    return x.build(
        "database", "ERROR",
        "What's happening with payroll right now?", "open",
        {"namespace": "payroll"}, component="payroll-pg",
        root_cause="KEDA scaled payroll-calc from 4 to 30 replicas for the run; their connection pools together exceed the payroll-pg max_connections, so Postgres rejects new clients with 'sorry, too many clients already'.",
        summary="The payroll Postgres is out of connection slots: payroll-calc batches and payroll-api requests fail with FATAL too many clients since the calc workers were scaled out; some batches still succeed on retry.",
        action="Put PgBouncer (transaction pooling) in front of payroll-pg or cap KEDA maxReplicaCount x pool size below max_connections; requeue the failed batches afterwards.",
        red_herrings=["single constraint violation", "postgres checkpoint", "HPA scale event", "probe passes"])


@scenario("hr-timeclock-rabbit")
def _s(name):
    x = Ctx(name, "hr", "k0s", "fluentbit", "timeclock-k0s")
    rmq = x.wl("timeclock", "rabbitmq", kind="sts", node=0, pod="rabbitmq-server-0", ctr="rabbitmq")
    sync = x.wl("timeclock", "kiosk-sync", node=1)
    proc = x.wl("timeclock", "punch-processor", node=2)
    web = x.wl("timeclock", "timeclock-web", node=1)
    rip = rmq.ip
    svc = x.svc_ip()
    x.event(0.0, "timeclock", "Pod", rmq.pod, "Killing", "Stopping container rabbitmq", host=rmq.node, ev=True)
    x.log(0.4, rmq, "{T:rabbit} [notice] <0.64.0> SIGTERM received - shutting down", ev=True)
    x.log(1.1, rmq, "{T:rabbit} [info] <0.1204.0> Stopping RabbitMQ applications and their dependencies in the following order:")
    x.log(6.3, sync, logrus("error", "amqp dial failed", "err", "dial tcp %s:5672: connect: connection refused" % svc, "attempt", 1, "buffered_punches", 37), ev=True)
    x.log(7.0, proc, "{T:py} WARNING pika.adapters.utils.connection_workflow: TCP Connection attempt failed: ConnectionRefusedError(111, 'Connection refused'); dest=(<AddressFamily.AF_INET: 2>, <SocketKind.SOCK_STREAM: 1>, 6, '', ('%s', 5672))" % svc, ev=True)
    x.log(9.4, web, "[{T:laravel}] production.INFO: Punch rejected: outside geofence {\"employee\":\"E-%05d\",\"kiosk\":\"K-WH2-03\",\"distance_m\":412}" % x.ri(1, 99999))
    x.event(14.0, "timeclock", "Pod", rmq.pod, "Scheduled", "Successfully assigned timeclock/rabbitmq-server-0 to %s" % x.node(2), comp="default-scheduler")
    x.log(16.2, sync, logrus("error", "amqp dial failed", "err", "dial tcp %s:5672: connect: connection refused" % svc, "attempt", 3, "buffered_punches", 64), ev=True)
    x.log(21.0, web, "[{T:laravel}] production.INFO: Session expired for user, redirecting to SSO {\"path\":\"/timesheets/current\"}")
    x.log(31.5, rmq, "{T:rabbit} [info] <0.230.0> Starting RabbitMQ 3.13.1 on Erlang 26.2.3 [jit]")
    x.log(36.8, rmq, "{T:rabbit} [warning] <0.262.0> Deprecated features: `management_metrics_collection`: Feature `management_metrics_collection` is deprecated.")
    x.log(41.0, rmq, "{T:rabbit} [info] <0.701.0> Server startup complete; 5 plugins started.", ev=True)
    x.log(43.2, rmq, "{T:rabbit} [info] <0.1123.0> accepting AMQP connection <0.1123.0> (%s:%d -> %s:5672)" % (sync.ip, x.ri(30000, 60000), x.pod_ip()))
    x.log(43.3, sync, logrus("info", "amqp connected, flushing buffered punches", "buffered_punches", 71), ev=True)
    x.log(45.9, proc, "{T:py} INFO punch_processor: connected to amqp://rabbitmq.timeclock.svc.cluster.local:5672/ (consumer tag ctag1.%s)" % x.hex(32), ev=True)
    x.log(49.0, proc, "{T:py} INFO punch_processor: processed 71 punches (0 rejected, 2 late, 0 errors)")
    x.log(56.4, sync, logrus("info", "punch batch acked", "count", 12, "kiosk", "K-HQ-01"))
    x.log(60.2, web, "[{T:laravel}] production.INFO: Timesheet approved {\"timesheet\":\"TS-%06d\",\"approver\":\"M-%04d\"}" % (x.ri(1, 999999), x.ri(1, 9999)))
    return x.build(
        "connection_refused", "WARN",
        "Kiosk punches were delayed for a minute this morning - what happened?", "specific",
        {"namespace": "timeclock"}, component="rabbitmq",
        root_cause="The single-replica rabbitmq StatefulSet pod was stopped and rescheduled to another node, so for about 40 seconds AMQP connections to the rabbitmq service were refused.",
        summary="RabbitMQ restarted (pod rescheduled); kiosk-sync and punch-processor got connection refused, buffered punches locally, reconnected once the broker was up and flushed the backlog with no loss.",
        action="No action needed now; to avoid the gap, run RabbitMQ as a 3-node cluster with a PodDisruptionBudget, or schedule drains outside shift changes.",
        red_herrings=["business-rule rejection", "expired session", "deprecation warning"])


@scenario("hr-coredns-restart")
def _s(name):
    x = Ctx(name, "hr", "gardener", "alloy", "benefits-prod")
    dns_old = x.wl("kube-system", "coredns", node=0)
    dns_old2 = x.wl("kube-system", "coredns", node=0)
    dns_new = x.wl("kube-system", "coredns", node=1)
    ben = x.wl("benefits", "benefits-api", node=1)
    web = x.wl("benefits", "enrollment-web", node=2)
    node0 = x.node(0)
    dip = x.dns_ip
    x.event(0.0, "", "Node", node0, "NodeNotSchedulable", "Node %s status is now: NodeNotSchedulable" % node0, comp="kubelet", host=node0)
    x.event(2.1, "kube-system", "Pod", dns_old.pod, "Killing", "Stopping container coredns", host=node0, ev=True)
    x.event(2.2, "kube-system", "Pod", dns_old2.pod, "Killing", "Stopping container coredns", host=node0, ev=True)
    x.log(2.5, dns_old, "[INFO] SIGTERM: Shutting down servers then terminating")
    x.log(7.8, ben, slog("ERROR", "db ping failed", "err", "dial tcp: lookup benefits-db.benefits.svc.cluster.local on %s:53: read udp %s:%d->%s:53: i/o timeout" % (dip, ben.ip, x.ri(30000, 60000), dip)), ev=True)
    x.log(9.3, web, pino(50, "upstream request failed", web.pod, err={"type": "Error", "message": "getaddrinfo EAI_AGAIN benefits-api.benefits.svc.cluster.local", "code": "EAI_AGAIN"}, upstream="benefits-api.benefits.svc.cluster.local"), ev=True)
    x.event(10.5, "kube-system", "Pod", dns_new.pod, "Scheduled", "Successfully assigned kube-system/%s to %s" % (dns_new.pod, dns_new.node), comp="default-scheduler")
    x.log(12.0, web, pino(30, "enrollment rejected by plan rule", web.pod, rule="dependent-age-max-26", plan="PPO-Gold", employee="E-%05d" % x.ri(1, 99999)))
    x.log(17.9, dns_new, ".:8053")
    x.log(17.95, dns_new, "[INFO] plugin/reload: Running configuration SHA512 = %s" % x.hex(128))
    x.log(18.0, dns_new, "CoreDNS-1.11.1")
    x.log(18.1, dns_new, "linux/amd64, go1.21.8, ae2bbc2")
    x.event(19.0, "kube-system", "Pod", dns_new.pod, "Unhealthy", "Readiness probe failed: HTTP probe failed with statuscode: 503", typ="Warning", host=dns_new.node, field="spec.containers{coredns}")
    x.log(19.8, ben, slog("ERROR", "db ping failed", "err", "dial tcp: lookup benefits-db.benefits.svc.cluster.local on %s:53: read udp %s:%d->%s:53: i/o timeout" % (dip, ben.ip, x.ri(30000, 60000), dip)), ev=True)
    x.log(31.4, ben, slog("INFO", "db ping ok", "latency_ms", 3))
    x.log(33.0, web, pino(30, "request completed", web.pod, req={"method": "GET", "url": "/enrollment/plans"}, res={"statusCode": 200}, responseTime=57), ev=True)
    x.log(38.2, web, pino(40, "request rejected: session expired", web.pod, req={"method": "GET", "url": "/enrollment/summary"}, statusCode=401))
    x.log(44.6, ben, slog("INFO", "request", "method", "POST", "path", "/v1/enrollments", "status", 201, "dur_ms", 88))
    x.journal(49.0, x.node(1), "kubelet.service", klog("I", "kubelet.go:2461", '"SyncLoop (probe)" probe="readiness" status="ready" pod="kube-system/%s"' % dns_new.pod, pid=1402))
    return x.build(
        "dns_resolution", "WARN", None, "null", None, component="coredns",
        root_cause="Both CoreDNS replicas ran on the node being drained for a rolling update and were stopped together, so cluster DNS was unavailable for about 25 seconds until the rescheduled replica became ready.",
        summary="Brief cluster-wide DNS outage during a node roll: lookups timed out (i/o timeout, EAI_AGAIN) in benefits-api and enrollment-web, then resolved normally once the new CoreDNS pod was ready.",
        action="No urgent action; add a PodDisruptionBudget and topology spread constraints (or node-local DNS cache) for CoreDNS so drains cannot stop all replicas at once.",
        red_herrings=["business-rule rejection", "expired-session 401", "startup probe miss that passes"])


@scenario("hr-scim-secret")
def _s(name):
    x = Ctx(name, "hr", "kubermatic", "logstash", "people-kkp")
    scim = x.wl("identity", "scim-sync", node=0)
    onb = x.wl("identity", "onboarding-svc", node=1)
    kc = x.wl("identity", "keycloak", kind="sts", node=2, pod="keycloak-0")
    eso = x.wl("external-secrets", "external-secrets", node=1)
    app_id = x.uuid()
    tenant = x.uuid()
    err = ("Microsoft.Identity.Client.MsalServiceException: AADSTS7000222: The provided client secret keys for app '%s' are expired. "
           "Visit the Azure portal to create new keys for your app: https://aka.ms/NewClientSecret, or consider using certificate credentials for added security: https://aka.ms/certCreds. "
           "Trace ID: %s Correlation ID: %s Timestamp: {T:sec}Z" % (app_id, x.uuid(), x.uuid()))
    x.log(0.6, scim, "info: Identity.ScimSync.Worker[0] Sync cycle started: 14 pending joiners, 3 leavers from HRIS")
    x.log(1.3, scim, "fail: Identity.ScimSync.GraphClient[0] Token acquisition for tenant %s failed %s" % (tenant, err), ev=True)
    x.log(1.4, scim, "fail: Identity.ScimSync.Worker[0] Sync cycle aborted: 0 of 14 joiners provisioned, 0 of 3 leavers disabled (unauthorized)", ev=True)
    x.log(4.9, eso, _j({"level": "info", "ts": "__TS__", "logger": "controllers.ExternalSecret", "msg": "reconciled secret", "ExternalSecret": {"name": "scim-sync-graph", "namespace": "identity"}}, ts_tok="{T:epoch}"))
    x.log(8.8, kc, '{T:py} WARN  [org.keycloak.events] (executor-thread-%d) type="LOGIN_ERROR", realmId="%s", realmName="people", clientId="hr-portal", userId="null", ipAddress="%s", error="user_not_found", auth_method="openid-connect", redirect_uri="https://hr.people-portal.net/*", code_id="%s", username="j.mueller"' % (x.ri(1, 40), x.uuid(), x.ext_ip(), x.uuid()))
    x.log(12.4, onb, "{T:py} WARNING onboarding.accounts: hire H-%05d start date tomorrow, directory account still pending (scim-sync status: http://scim-sync.identity.svc.cluster.local:8080/v1/status -> last_success 3d ago)" % x.ri(1, 99999))
    x.log(15.0, kc, '{T:py} INFO  [org.keycloak.events] (executor-thread-%d) type="LOGIN", realmId="%s", realmName="people", clientId="hr-portal", userId="%s", ipAddress="%s", auth_method="openid-connect"' % (x.ri(1, 40), x.uuid(), x.uuid(), x.ext_ip()))
    x.log(20.7, scim, "info: Microsoft.AspNetCore.Hosting.Diagnostics[2] Request finished HTTP/1.1 GET http://%s:8080/healthz - 200 - text/plain 0.4110ms" % scim.ip)
    x.log(60.6, scim, "info: Identity.ScimSync.Worker[0] Sync cycle started: 14 pending joiners, 3 leavers from HRIS")
    x.log(61.2, scim, "fail: Identity.ScimSync.GraphClient[0] Token acquisition for tenant %s failed %s" % (tenant, err.replace("{T:sec}", "{T+0:sec}")), ev=True)
    x.log(61.3, scim, "warn: Identity.ScimSync.Worker[0] 3 leavers still have active accounts after 72h (policy: disable within 24h)", ev=True)
    x.log(66.0, onb, "{T:py} INFO onboarding.tasks: laptop order LT-%06d placed for hire H-%05d" % (x.ri(1, 999999), x.ri(1, 99999)))
    x.log(70.9, kc, '{T:py} WARN  [org.keycloak.events] (executor-thread-%d) type="REFRESH_TOKEN_ERROR", realmId="%s", realmName="people", clientId="hr-portal", userId="%s", ipAddress="%s", error="invalid_token", reason="Token is not active", grant_type="refresh_token"' % (x.ri(1, 40), x.uuid(), x.uuid(), x.ext_ip()))
    x.log(77.5, eso, _j({"level": "info", "ts": "__TS__", "logger": "controllers.ExternalSecret", "msg": "reconciled secret", "ExternalSecret": {"name": "keycloak-db", "namespace": "identity"}}, ts_tok="{T:epoch}"))
    x.log(84.1, onb, "{T:py} WARNING onboarding.accounts: hire H-%05d start date today, directory account still pending (scim-sync status: http://scim-sync.identity.svc.cluster.local:8080/v1/status -> last_success 3d ago)" % x.ri(1, 99999))
    return x.build(
        "auth_failure", "ERROR",
        "Why aren't new hires getting their accounts provisioned?", "specific",
        {"app": "scim-sync"}, component="scim-sync",
        root_cause="The client secret of scim-sync's Entra ID app registration has expired (AADSTS7000222), so it cannot obtain a Graph token and every provisioning cycle aborts.",
        summary="scim-sync has failed to authenticate to Entra ID for three days: joiners are not provisioned and leavers are not disabled; onboarding is waiting on accounts.",
        action="Create a new client secret (or switch to certificate/workload-identity credentials), update it in the secret store so external-secrets syncs it, restart scim-sync and run a catch-up sync; disable the overdue leavers manually if needed.",
        red_herrings=["single user login error", "refresh-token error", "external-secrets sync ok", "probe passes"])


@scenario("hr-screening-429")
def _s(name):
    x = Ctx(name, "hr", "eksa", "vector", "hr-eksa-dc2")
    sync = x.wl("screening", "screening-sync", node=0)
    sync2 = x.wl("screening", "screening-sync", node=1)
    ats = x.wl("ats", "ats-web", node=2)
    drug = x.wl("screening", "drugtest-connector", node=1)
    tid = lambda: x.alnum(4)

    def sk(t, w, level, msg, cls=None, ev=False):
        x.log(t, w, sidekiq(level, msg, cls, x.hex(24) if cls else None).replace("{tid}", tid()), ev)

    lim = "Faraday::TooManyRequestsError: the server responded with status 429 (POST https://api.verifyline-checks.com/v2/checks) retry-after=3600 x-ratelimit-limit=5000 x-ratelimit-remaining=0 x-ratelimit-reset=%s" % "{T+3600:isos}"
    sk(0.5, sync, "INFO", "start", "BackgroundCheckOrderJob")
    sk(1.3, sync, "WARN", lim, "BackgroundCheckOrderJob", ev=True)
    sk(1.4, sync, "WARN", "BackgroundCheckOrderJob failed, retry 7 of 8 in 3942s", "BackgroundCheckOrderJob")
    x.log(4.0, ats, "I, [{T:rails} #1]  INFO -- : [%s] Completed 200 OK in 31ms (Views: 8.4ms | ActiveRecord: 12.0ms | Allocations: 9012)" % x.uuid())
    sk(6.2, sync2, "WARN", lim, "BackgroundCheckOrderJob", ev=True)
    sk(6.3, sync2, "WARN", "BackgroundCheckOrderJob retries exhausted, moved to dead set (candidate C-%06d)" % x.ri(1, 999999), "BackgroundCheckOrderJob", ev=True)
    sk(9.8, drug, "WARN", "Faraday::ConnectionFailed: Net::ReadTimeout with #<TCPSocket:(closed)> - retry 1 of 25", "DrugTestStatusJob")
    sk(11.6, drug, "INFO", "done: 0.912 sec", "DrugTestStatusJob")
    sk(14.9, sync, "INFO", "skipping candidate C-%06d: consent form not signed" % x.ri(1, 999999), "BackgroundCheckOrderJob")
    x.log(17.3, ats, "W, [{T:rails} #1]  WARN -- : DEPRECATION WARNING: Using a :default format for Date#to_s is deprecated. Please use Date#to_fs instead. (called from block in <class:CandidatePresenter> at /app/app/presenters/candidate_presenter.rb:41)")
    sk(21.0, sync, "WARN", lim, "BackgroundCheckOrderJob", ev=True)
    sk(24.4, sync2, "INFO", "Vendor quota today: 5000/5000 orders used (reset %s)" % "{T+3600:isos}", "VendorQuotaReportJob", ev=True)
    x.log(27.7, ats, "I, [{T:rails} #1]  INFO -- : [%s] Completed 422 Unprocessable Entity in 12ms (ActiveRecord: 3.1ms | Allocations: 2233)" % x.uuid())
    sk(31.2, sync, "WARN", lim, "BackgroundCheckOrderJob")
    sk(31.3, sync, "WARN", "BackgroundCheckOrderJob retries exhausted, moved to dead set (candidate C-%06d)" % x.ri(1, 999999), "BackgroundCheckOrderJob", ev=True)
    x.log(36.0, ats, "I, [{T:rails} #1]  INFO -- : [%s] Completed 200 OK in 44ms (Views: 10.1ms | ActiveRecord: 18.5ms | Allocations: 11872)" % x.uuid())
    sk(40.4, sync2, "INFO", "Busy: 10 of 10 threads, 1843 enqueued, 212 retries, 64 dead", "SidekiqStatsJob")
    return x.build(
        "rate_limited", "ERROR",
        "Is anything wrong in screening?", "open",
        {"namespace": "screening"}, component="screening-sync",
        root_cause="screening-sync has used the background-check vendor's daily quota of 5,000 orders; the vendor answers every new order with 429 (remaining 0, retry after an hour) and jobs exhaust their retries into the dead set.",
        summary="Background-check orders are being rejected with 429 by the vendor API because the daily quota is exhausted; jobs pile up and move to the Sidekiq dead set.",
        action="Throttle screening-sync to the vendor quota (or get the quota raised), stop the retry storm, and requeue the dead jobs after the quota resets.",
        red_herrings=["retry that succeeds", "business-rule skip", "deprecation warning", "validation 422"])


@scenario("hr-taxexport-oom")
def _s(name):
    x = Ctx(name, "hr", "iks", "fluentd", "hr-iks-fra")
    w = x.wl("payroll", "tax-export-worker", node=0)
    api = x.wl("payroll", "payroll-web", node=1)
    redis = x.wl("payroll", "redis", kind="sts", node=2, pod="redis-master-0")
    n0 = w.node
    task = "tax_export.tasks.build_quarterly_941_export"
    tid = x.uuid()
    x.log(0.4, w, "[{T:py}: WARNING/MainProcess] /usr/local/lib/python3.11/site-packages/celery/worker/consumer/consumer.py:507: CPendingDeprecationWarning: The broker_connection_retry configuration setting will no longer determine")
    x.log(1.0, w, "[{T:py}: INFO/MainProcess] Connected to redis://redis-master.payroll.svc.cluster.local:6379/0")
    x.log(2.6, w, "[{T:py}: INFO/MainProcess] Task %s[%s] received" % (task, tid))
    x.log(3.1, w, "[{T:py}: INFO/ForkPoolWorker-2] export EXP-2026Q1-941: loading 14 payroll periods for 4812 employees into dataframe")
    x.log(6.5, api, "WARNING {T:py} log 14 140212345 Not Found: /favicon.ico")
    x.log(9.8, redis, "1:M {T:redis} * DB saved on disk")
    x.kernel(28.4, n0, "celery invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=985")
    x.kernel(28.4, n0, "Memory cgroup out of memory: Killed process %d (celery) total-vm:1503212kB, anon-rss:1012480kB, file-rss:10240kB, shmem-rss:0kB, UID:1000 pgtables:2400kB oom_score_adj:985" % x.ri(1000, 9000), ev=True)
    x.log(28.9, w, "[{T:py}: ERROR/MainProcess] Process 'ForkPoolWorker-2' pid:%d exited with 'signal 9 (SIGKILL)'" % x.ri(20, 200), ev=True)
    x.log(29.0, w, "[{T:py}: ERROR/MainProcess] Task handler raised error: WorkerLostError('Worker exited prematurely: signal 9 (SIGKILL) Job: 17.')", ev=True)
    x.log(30.4, api, "WARNING {T:py} exports 14 140212345 export EXP-2026Q1-941 failed: WorkerLostError (attempt 2/3), retrying in 60s via tax-export-worker")
    x.log(36.2, api, "INFO {T:py} basehttp 14 140212345 \"GET /payroll/runs/current HTTP/1.1\" 200 18342")
    x.log(90.6, w, "[{T:py}: INFO/MainProcess] Task %s[%s] received" % (task, x.uuid()))
    x.log(91.0, w, "[{T:py}: INFO/ForkPoolWorker-3] export EXP-2026Q1-941: loading 14 payroll periods for 4812 employees into dataframe")
    x.log(99.8, w, "[{T:py}: INFO/ForkPoolWorker-1] Task tax_export.tasks.build_state_sui_export[%s] succeeded in 4.18s: 'EXP-2026Q1-SUI-CA'" % x.uuid())
    x.kernel(117.1, n0, "Memory cgroup out of memory: Killed process %d (celery) total-vm:1498120kB, anon-rss:1009332kB, file-rss:10112kB, shmem-rss:0kB, UID:1000 pgtables:2396kB oom_score_adj:985" % x.ri(1000, 9000), ev=True)
    x.log(117.6, w, "[{T:py}: ERROR/MainProcess] Process 'ForkPoolWorker-3' pid:%d exited with 'signal 9 (SIGKILL)'" % x.ri(200, 400), ev=True)
    x.log(117.7, w, "[{T:py}: ERROR/MainProcess] Task handler raised error: WorkerLostError('Worker exited prematurely: signal 9 (SIGKILL) Job: 18.')")
    x.log(119.0, api, "ERROR {T:py} exports 14 140212345 export EXP-2026Q1-941 failed: WorkerLostError (attempt 3/3), giving up")
    x.log(125.2, redis, "1:M {T:redis} * 100 changes in 300 seconds. Saving...")
    return x.build(
        "oom_killed", "ERROR",
        "The tax export seems to crash every night - is the whole payroll platform down?", "misleading-severity-hint",
        {"namespace": "payroll", "app": "tax-export-worker"}, component="tax-export-worker",
        root_cause="The quarterly 941 export loads all payroll periods for every employee into one dataframe; the Celery pool process exceeds the container's 1 GiB memory limit and the kernel cgroup OOM killer kills it (SIGKILL), so the task fails every attempt.",
        summary="tax-export-worker's Celery child processes are OOM-killed while building the quarterly export; the task fails all retries, while other exports and the payroll web app keep working.",
        action="Raise the worker's memory limit or stream the export in chunks per period/entity instead of one dataframe; set worker_max_memory_per_child and rerun the export.",
        red_herrings=["deprecation warning", "django 404 favicon", "redis save", "other task succeeds"])


@scenario("hr-healthy-payroll")
def _s(name):
    x = Ctx(name, "hr", "ack", "promtail", "hr-ack-sh")
    run = x.wl("payroll", "payroll-run", kind="job", node=0)
    pgb = x.wl("payroll", "pgbouncer", node=1)
    pg = x.wl("payroll", "payroll-pg", "postgres", kind="sts", node=2, pod="payroll-pg-0")
    api = x.wl("payroll", "payroll-api", node=1)
    x.log(0.5, run, '{"severity":"INFO","time":"{T:iso}","logger":"payroll.run","message":"gross-to-net batch done","batch":9,"of":10,"employees":482,"errors":0}')
    x.log(4.2, pgb, "{T:pg} [1] LOG stats: 41 xacts/s, 188 queries/s, in 61233 B/s, out 402118 B/s, xact 2213 us, query 371 us, wait 12 us")
    x.log(8.9, pgb, "{T:pg} [1] LOG C-0x55d1c0a3e2a0: payroll/payroll_app@%s:%d closing because: client_idle_timeout (age=600s)" % (x.pod_ip(), x.ri(30000, 60000)))
    x.log(13.7, run, '{"severity":"WARNING","time":"{T:iso}","logger":"payroll.run","message":"employee skipped by rule: unpaid leave entire period","employee_ref":"E-%05d"}' % x.ri(1, 99999))
    x.log(18.0, run, '{"severity":"INFO","time":"{T:iso}","logger":"payroll.run","message":"gross-to-net batch done","batch":10,"of":10,"employees":474,"errors":0}')
    x.log(21.3, pg, "{T:pg} [%d] LOG:  automatic vacuum of table \"payroll.public.payslip_lines\": index scans: 1" % x.ri(3000, 9000))
    x.log(25.8, run, '{"severity":"INFO","time":"{T:iso}","logger":"payroll.run","message":"bank file generated","format":"pain.001.001.09","credits":4797,"total":"18342211.40","currency":"EUR"}')
    x.log(29.9, api, "info: Microsoft.AspNetCore.Hosting.Diagnostics[2] Request finished HTTP/1.1 GET http://payroll-api/v2/runs/current - 200 1873 application/json 12.4411ms")
    x.log(32.5, api, "info: Microsoft.AspNetCore.Hosting.Diagnostics[2] Request finished HTTP/1.1 GET http://payroll-api/v2/paystubs/latest - 401 0 - 1.0212ms")
    x.log(36.0, run, '{"severity":"INFO","time":"{T:iso}","logger":"payroll.run","message":"tax filing export queued","filings":["941","SUI-CA","SUI-NY"],"queue":"tax-exports"}')
    x.log(39.4, run, '{"severity":"INFO","time":"{T:iso}","logger":"payroll.run","message":"payroll run completed","period":"%s","employees":4812,"paid":4797,"skipped":15,"errors":0,"duration_s":1422}' % "{T:date}")
    x.event(41.0, "payroll", "Job", "payroll-run", "Completed", "Job completed", comp="job-controller")
    x.journal(44.0, run.node, "kubelet.service", klog("I", "kubelet.go:2461", '"SyncLoop (PLEG): event for pod" pod="payroll/%s" event={"ID":"%s","Type":"ContainerDied","Data":"%s"}' % (run.pod, run.uid, x.hex(64)), pid=1311))
    x.log(47.6, pgb, "{T:pg} [1] LOG stats: 12 xacts/s, 40 queries/s, in 8120 B/s, out 51212 B/s, xact 1802 us, query 402 us, wait 0 us")
    x.log(52.2, pg, "{T:pg} [%d] LOG:  checkpoint complete: wrote 2211 buffers (13.5%%); 0 WAL file(s) added, 0 removed, 1 recycled; write=221.402 s, sync=0.006 s, total=221.431 s; sync files=33, longest=0.002 s, average=0.001 s; distance=17718 kB, estimate=20012 kB; lsn=9/1C2A3B40, redo lsn=9/1A01C8F0" % x.ri(60, 90))
    x.log(56.7, api, "warn: Microsoft.EntityFrameworkCore.Model.Validation[30000] No store type was specified for the decimal property 'GrossAmount' on entity type 'PayslipLine'. This will cause values to be silently truncated if they do not fit in the default precision and scale.")
    return x.build(
        "none", "INFO",
        "Did the payroll run finish cleanly?", "specific",
        {"namespace": "payroll"},
        summary="Yes: the payroll run finished all 10 batches with zero errors, produced the bank file and queued the tax filings; the job completed normally. Skipped employees are rule-based and the other warnings are routine.",
        action="No action needed.",
        red_herrings=["business-rule skip", "pgbouncer idle timeout", "expired-session 401", "EF Core model warning", "container exit of completed job"])


@scenario("hr-healthy-identity")
def _s(name):
    x = Ctx(name, "hr", "openshift", "openshift", "ocp-people")
    scim = x.wl("identity", "scim-sync", node=0)
    kc = x.wl("identity", "keycloak", kind="sts", node=1, pod="keycloak-1")
    esig = x.wl("identity", "esign-bridge", node=2)
    cm = x.wl("cert-manager", "cert-manager", node=2)
    x.log(0.6, scim, "info: Identity.ScimSync.Worker[0] Sync cycle started: 6 pending joiners, 1 leavers from HRIS")
    x.log(2.9, scim, "info: Identity.ScimSync.Worker[0] Sync cycle finished: 6 of 6 joiners provisioned, 1 of 1 leavers disabled, 0 errors (3.4s)")
    x.log(5.5, kc, '{T:py} WARN  [org.keycloak.events] (executor-thread-%d) type="LOGIN_ERROR", realmId="%s", realmName="people", clientId="hr-portal", userId="%s", ipAddress="%s", error="invalid_user_credentials", auth_method="openid-connect", username="a.kowalski"' % (x.ri(1, 40), x.uuid(), x.uuid(), x.ext_ip()))
    x.log(9.0, kc, '{T:py} INFO  [org.keycloak.events] (executor-thread-%d) type="LOGIN", realmId="%s", realmName="people", clientId="hr-portal", userId="%s", ipAddress="%s", auth_method="openid-connect"' % (x.ri(1, 40), x.uuid(), x.uuid(), x.ext_ip()))
    x.log(12.4, cm, klog("I", "trigger_controller.go:215", '"Not re-issuing certificate as renewal time is in future" logger="cert-manager.certificates-trigger" key="identity/keycloak-tls" regenerating=false renewal_time="{T+2246400:isos}"'))
    x.log(16.0, esig, slog("INFO", "envelope status webhook", "envelope", "ENV-%07d" % x.ri(1, 9999999), "status", "completed", "signers", 2))
    x.log(19.7, esig, slog("WARN", "webhook signature check failed, ignoring request", "remote", x.ext_ip(), "path", "/webhooks/signflow", "reason", "missing X-Signature header"))
    x.event(23.0, "identity", "Pod", kc.pod, "Unhealthy", "Readiness probe failed: Get \"https://%s:9000/health/ready\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)" % kc.ip, typ="Warning", host=kc.node, field="spec.containers{keycloak}")
    x.log(26.8, kc, '{T:py} INFO  [org.infinispan.CLUSTER] (jgroups-%d,keycloak-1) ISPN000094: Received new cluster view for channel ISPN: [keycloak-0|7] (2) [keycloak-0, keycloak-1]' % x.ri(5, 30))
    x.log(31.1, scim, "info: Microsoft.AspNetCore.Hosting.Diagnostics[2] Request finished HTTP/1.1 GET http://%s:8080/healthz - 200 - text/plain 0.3120ms" % scim.ip)
    x.log(35.5, kc, '{T:py} WARN  [org.keycloak.events] (executor-thread-%d) type="REFRESH_TOKEN_ERROR", realmId="%s", realmName="people", clientId="hr-portal", userId="%s", ipAddress="%s", error="invalid_token", reason="Token is not active", grant_type="refresh_token"' % (x.ri(1, 40), x.uuid(), x.uuid(), x.ext_ip()))
    x.log(39.9, esig, slog("INFO", "envelope created", "envelope", "ENV-%07d" % x.ri(1, 9999999), "template", "benefits-election-2026"))
    x.log(45.2, scim, "info: Identity.ScimSync.Worker[0] Next sync cycle in 00:15:00")
    x.log(50.0, kc, '{T:py} INFO  [org.keycloak.events] (executor-thread-%d) type="CODE_TO_TOKEN", realmId="%s", realmName="people", clientId="payroll-web", userId="%s", ipAddress="%s", token_id="%s", grant_type="authorization_code"' % (x.ri(1, 40), x.uuid(), x.uuid(), x.pod_ip(), x.uuid()))
    return x.build(
        "none", "INFO", None, "null", {"namespace": "identity"},
        summary="Identity services are healthy: SCIM sync provisions joiners and disables leavers with zero errors, logins succeed, the Keycloak cluster view is complete; failed logins and expired refresh tokens are ordinary user events.",
        action="No action needed.",
        red_herrings=["single user login error", "refresh-token error", "unsigned webhook rejected", "probe miss that passes", "valid certificate check"])


@scenario("hr-healthy-timeclock")
def _s(name):
    x = Ctx(name, "hr", "doks", "filebeat", "timeclock-nyc3")
    sync = x.wl("timeclock", "kiosk-sync", node=0)
    proc = x.wl("timeclock", "punch-processor", node=1)
    web = x.wl("timeclock", "timeclock-web", node=2)
    ngx = x.wl("timeclock", "timeclock-nginx", "nginx", node=2)
    rmq = x.wl("timeclock", "rabbitmq", kind="sts", node=0, pod="rabbitmq-server-1", ctr="rabbitmq")
    x.log(0.4, sync, logrus("info", "punch batch acked", "count", 18, "kiosk", "K-WH1-02"))
    x.log(3.1, proc, "{T:py} INFO punch_processor: processed 18 punches (1 rejected, 0 late, 0 errors)")
    x.log(5.6, web, "[{T:laravel}] production.INFO: Punch rejected: duplicate punch within 60s {\"employee\":\"E-%05d\",\"kiosk\":\"K-WH1-02\"}" % x.ri(1, 99999))
    x.log(8.9, ngx, '%s - - [{T:clf}] "GET /.git/config HTTP/1.1" 404 153 "-" "%s"' % (x.ext_ip(), UA_SCAN[1]))
    x.log(11.2, sync, logrus("warning", "kiosk offline", "kiosk", "K-STORE-14", "last_seen", "{T-7200:isos}", "action", "ticket FAC-%05d already open" % x.ri(1, 99999)))
    x.log(14.7, rmq, "{T:rabbit} [info] <0.%d.0> accepting AMQP connection <0.%d.0> (%s:%d -> %s:5672)" % (x.ri(1000, 9000), x.ri(1000, 9000), sync.ip, x.ri(30000, 60000), rmq.ip))
    x.log(18.0, ngx, '%s - - [{T:clf}] "POST /api/timesheets/submit HTTP/1.1" 200 412 "https://time.example-hr.com/timesheets" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/122.0 Safari/537.36"' % x.ext_ip())
    x.log(21.5, ngx, '%s - - [{T:clf}] "GET /api/me HTTP/1.1" 401 38 "-" "TimeKiosk/3.4 (Android 12)"' % x.ext_ip())
    x.event(24.0, "timeclock", "CronJob", "overtime-report", "SawCompletedJob", "Saw completed job: overtime-report-%d, status: Complete" % x.ri(29400000, 29600000), comp="cronjob-controller")
    x.log(27.3, proc, "{T:py} WARNING punch_processor: punch for E-%05d arrived 14 min late (kiosk buffered while offline), accepted with original timestamp" % x.ri(1, 99999))
    x.log(30.0, web, "[{T:laravel}] production.INFO: Timesheet approved {\"timesheet\":\"TS-%06d\",\"approver\":\"M-%04d\"}" % (x.ri(1, 999999), x.ri(1, 9999)))
    x.log(34.6, sync, logrus("info", "punch batch acked", "count", 9, "kiosk", "K-HQ-01"))
    x.log(38.2, rmq, "{T:rabbit} [info] <0.%d.0> closing AMQP connection <0.%d.0> (%s:%d -> %s:5672, vhost: '/', user: 'timeclock')" % (x.ri(1000, 9000), x.ri(1000, 9000), web.ip, x.ri(30000, 60000), rmq.ip))
    x.log(42.9, web, "[{T:laravel}] production.WARNING: Overtime threshold exceeded {\"employee\":\"E-%05d\",\"week_hours\":44.5}" % x.ri(1, 99999))
    x.log(47.1, proc, "{T:py} INFO punch_processor: processed 9 punches (0 rejected, 0 late, 0 errors)")
    return x.build(
        "none", "INFO",
        "Is the time-clock system healthy?", "open",
        {"namespace": "timeclock"},
        summary="Healthy: punches are acked and processed with zero errors, timesheets are approved; one store kiosk is offline with a facilities ticket already open, and rejected/late punches are normal business handling.",
        action="No action needed.",
        red_herrings=["offline device with open ticket", "business-rule rejection", "scanner 404", "expired-session 401", "late punches accepted", "amqp connection close"])


# ==========================================================================
# theme: brewing
# ==========================================================================

@scenario("brew-plc-ecr-pull")
def _s(name):
    x = Ctx(name, "brewing", "k3s", "promtail", "brewhouse-edge")
    gw = x.wl("bottling", "plc-gateway", node=1)
    mes = x.wl("bottling", "bottling-mes", node=1)
    cnt = x.wl("bottling", "line-counter", node=1)
    tr = x.wl("kube-system", "traefik", node=1)
    n0, n1 = x.node(0), x.node(1)
    acct = "%012d" % x.ri(100000000000, 999999999999)
    img = "%s.dkr.ecr.eu-west-1.amazonaws.com/bottling/plc-gateway:1.8.3" % acct
    err403 = 'failed to pull and unpack image "%s": failed to resolve reference "%s": unexpected status from HEAD request to https://%s.dkr.ecr.eu-west-1.amazonaws.com/v2/bottling/plc-gateway/manifests/1.8.3: 403 Forbidden' % (img, img, acct)
    x.event(0.0, "", "Node", n0, "NodeNotSchedulable", "Node %s status is now: NodeNotSchedulable" % n0, host=n0)
    x.event(1.5, "bottling", "Pod", gw.pod, "Scheduled", "Successfully assigned bottling/%s to %s" % (gw.pod, n1), comp="default-scheduler")
    x.event(2.4, "bottling", "Pod", gw.pod, "Pulling", 'Pulling image "%s"' % img, host=n1)
    x.journal(3.1, n1, "k3s-agent.service", klog("E", "remote_image.go:180", '"PullImage from image service failed" err="rpc error: code = Unknown desc = %s" image="%s"' % (err403.replace('"', '\\"'), img), pid=912), ev=True)
    x.event(3.2, "bottling", "Pod", gw.pod, "Failed", 'Failed to pull image "%s": %s' % (img, err403), typ="Warning", host=n1, ev=True)
    x.event(3.3, "bottling", "Pod", gw.pod, "Failed", "Error: ErrImagePull", typ="Warning", host=n1)
    x.log(8.6, mes, "{T:py} ERROR bottling_mes.plc: order push failed for line L2: HTTPConnectionPool(host='plc-gateway.bottling.svc.cluster.local', port=8080): Max retries exceeded with url: /v1/lines/L2/orders (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f19c2d0e4d0>: Failed to establish a new connection: [Errno 111] Connection refused'))")
    x.log(11.0, cnt, logrus("info", "counter snapshot", "line", "L1", "bottles", 18224, "rejects", 41, "rate_bph", 11800))
    x.log(14.9, tr, '%s - - [{T:clf}] "GET /wp-login.php HTTP/1.1" 404 19 "-" "%s" %d "-" "-" 0ms' % (x.ext_ip(), UA_SCAN[4], x.ri(100, 9000)))
    x.event(30.0, "bottling", "Pod", gw.pod, "BackOff", 'Back-off pulling image "%s"' % img, host=n1, count=3, first=26, ev=True)
    x.event(30.1, "bottling", "Pod", gw.pod, "Failed", "Error: ImagePullBackOff", typ="Warning", host=n1, count=3, first=26, ev=True)
    x.log(33.4, cnt, logrus("warning", "opc-ua read retry succeeded", "line", "L1", "node", "ns=3;s=Filler.Speed", "attempt", 2))
    x.log(38.8, mes, "{T:py} WARNING bottling_mes.plc: line L2 has no active production order (plc-gateway unreachable since {T-30:isos}), operators notified")
    x.journal(42.0, n1, "k3s-agent.service", klog("I", "kubelet.go:2461", '"SyncLoop (probe)" probe="readiness" status="ready" pod="bottling/%s"' % cnt.pod, pid=912))
    x.log(47.3, cnt, logrus("info", "counter snapshot", "line", "L1", "bottles", 18421, "rejects", 41, "rate_bph", 11820))
    x.log(51.0, mes, "{T:py} INFO bottling_mes.orders: order PO-%06d released to line L1 (Pilsner 0.33 l, 24 000 bottles)" % x.ri(1, 999999))
    x.journal(58.5, n1, "k3s-agent.service", klog("E", "pod_workers.go:1298", '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"plc-gateway\\" with ImagePullBackOff: \\"Back-off pulling image \\\\\\"%s\\\\\\"\\"" pod="bottling/%s" podUID="%s"' % (img, gw.pod, gw.uid), pid=912))
    return x.build(
        "image_pull", "CRITICAL",
        "Why is bottling line 2 not receiving production orders?", "specific",
        {"namespace": "bottling"}, component="plc-gateway",
        root_cause="After the node drain the single plc-gateway replica was rescheduled to a node without the image cached, and the pull from ECR fails with 403 Forbidden because the registry credential in the pull secret is an expired ECR token.",
        summary="plc-gateway is down: its only pod is stuck in ImagePullBackOff (ECR 403) after moving nodes, so bottling-mes cannot push orders to line 2; line 1 keeps running.",
        action="Refresh the ECR pull secret (and automate token renewal or use a credential provider), then let plc-gateway pull and start; consider pre-pulling the image on both edge nodes.",
        red_herrings=["scanner 404", "retry that succeeds", "benign kubelet probe message", "node cordon during drain"])


@scenario("brew-cellar-startup-probe")
def _s(name):
    x = Ctx(name, "brewing", "microk8s", "agentstatic", "winery-microk8s")
    inv = x.wl("cellar", "cellar-inventory", node=0)
    pg = x.wl("cellar", "cellar-pg", "postgres", kind="sts", node=1, pod="cellar-pg-0")
    shop = x.wl("shop", "shop-api", node=1)
    podip = inv.ip
    for cyc, t0 in enumerate((0.0, 95.0)):
        x.log(t0 + 0.5, inv, "System check identified some issues:")
        x.log(t0 + 0.6, inv, "WARNINGS:")
        x.log(t0 + 0.7, inv, "?: (staticfiles.W004) The directory '/app/static' in the STATICFILES_DIRS setting does not exist.")
        x.log(t0 + 1.2, inv, "Operations to perform:")
        x.log(t0 + 1.3, inv, "  Apply all migrations: admin, auth, contenttypes, inventory, sessions")
        x.log(t0 + 1.4, inv, "Running migrations:")
        x.log(t0 + 1.6, inv, "  Applying inventory.0042_lot_trace_index...", ev=(cyc == 0))
        if cyc == 0:
            x.event(t0 + 12.0, "cellar", "Pod", inv.pod, "Unhealthy", 'Startup probe failed: Get "http://%s:8000/healthz/": dial tcp %s:8000: connect: connection refused' % (podip, podip), typ="Warning", host=inv.node, count=21, first=560, field="spec.containers{cellar-inventory}", ev=True)
            x.event(t0 + 31.0, "cellar", "Pod", inv.pod, "Killing", "Container cellar-inventory failed startup probe, will be restarted", host=inv.node, count=7, first=530, field="spec.containers{cellar-inventory}", ev=True)
            x.log(t0 + 31.4, pg, "{T:pg} [%d] LOG:  could not receive data from client: Connection reset by peer" % x.ri(2000, 9000))
            x.log(t0 + 31.5, pg, "{T:pg} [%d] LOG:  unexpected EOF on client connection with an open transaction" % x.ri(2000, 9000), ev=True)
    x.log(40.2, shop, "[{T:symfony}] http_client.ERROR: Request \"GET http://cellar-inventory.cellar.svc.cluster.local:8000/api/lots/available?sku=PN-2022-750\" failed: Failed to connect to cellar-inventory.cellar.svc.cluster.local port 8000 after 1 ms: Couldn't connect to server [] []")
    x.log(44.0, shop, "[{T:symfony}] app.WARNING: Stock lookup unavailable, serving cached availability for PN-2022-750 {\"age_s\":3120} []")
    x.log(52.7, pg, "{T:pg} [%d] LOG:  checkpoint complete: wrote 412 buffers (2.5%%); 0 WAL file(s) added, 0 removed, 0 recycled; write=41.201 s, sync=0.003 s, total=41.219 s; sync files=19, longest=0.001 s, average=0.001 s; distance=3312 kB, estimate=5120 kB; lsn=2/8C11A0F8, redo lsn=2/8BF0C2D0" % x.ri(60, 90))
    x.event(63.0, "cellar", "Pod", inv.pod, "BackOff", "Back-off restarting failed container cellar-inventory in pod %s_cellar(%s)" % (inv.pod, inv.uid), typ="Warning", host=inv.node, count=12, first=400, ev=True)
    x.log(70.9, shop, "[{T:symfony}] request.INFO: Matched route \"app_cart_add\". {\"route\":\"app_cart_add\",\"route_parameters\":{\"_route\":\"app_cart_add\"},\"request_uri\":\"https://shop.cascade-cellars.com/cart/add\",\"method\":\"POST\"} []")
    x.log(76.5, shop, "[{T:symfony}] security.INFO: Authenticator failed: session expired, redirecting to login. {\"authenticator\":\"App\\\\Security\\\\LoginFormAuthenticator\"} []")
    return x.build(
        "probe_failure", "CRITICAL",
        "The cellar app is probably just restarting after the deploy, nothing serious?", "misleading-severity-hint",
        {"namespace": "cellar"}, component="cellar-inventory",
        root_cause="cellar-inventory runs its Django migrations at start-up; migration 0042 builds an index on a large table and takes longer than the startup probe allows (about 30 s), so the kubelet kills the container before it listens, the migration is rolled back and the cycle repeats.",
        summary="cellar-inventory never finishes starting: the startup probe fails (connection refused) while the migration runs, the kubelet restarts it, and the pod is in CrashLoopBackOff; the shop serves cached stock data.",
        action="Run the migration as a separate Job (or create the index CONCURRENTLY) and raise the startupProbe failureThreshold, then restart cellar-inventory.",
        red_herrings=["django static dir warning", "postgres checkpoint", "expired session"])


@scenario("brew-excise-quota")
def _s(name):
    x = Ctx(name, "brewing", "ovh", "vector", "brewco-gra7")
    api = x.wl("compliance", "compliance-api", node=0)
    sched = x.wl("compliance", "report-scheduler", node=1)
    lab = x.wl("compliance", "lab-results", node=2)
    jobname = "excise-monthly-%d" % x.ri(29400000, 29600000)
    msg = lambda: 'Error creating: pods "%s-%s" is forbidden: exceeded quota: compliance-quota, requested: limits.memory=4Gi, used: limits.memory=14Gi, limited: limits.memory=16Gi' % (jobname, x.k8s(5))
    x.event(0.0, "compliance", "CronJob", "excise-monthly", "SuccessfulCreate", "Created job %s" % jobname, comp="cronjob-controller")
    x.event(0.4, "compliance", "Job", jobname, "FailedCreate", msg(), typ="Warning", comp="job-controller", ev=True)
    x.log(3.8, api, "{T:py} INFO uvicorn.access: %s:%d - \"GET /v1/returns/2026-02 HTTP/1.1\" 200" % (x.pod_ip(), x.ri(30000, 60000)))
    x.log(7.1, lab, spring("INFO", "scheduling-1", "c.b.lab.GravityImportService", "Imported 18 hydrometer readings (0 rejected)", "lab-results"))
    x.event(10.5, "compliance", "Job", jobname, "FailedCreate", msg(), typ="Warning", comp="job-controller", count=4, first=10, ev=True)
    x.log(14.6, api, "{T:py} INFO uvicorn.access: %s:%d - \"POST /v1/auth/refresh HTTP/1.1\" 401" % (x.pod_ip(), x.ri(30000, 60000)))
    x.log(18.2, sched, slog("WARN", "report job has no running pods", "job", jobname, "report", "TTB 5130.9 monthly", "due", "{T+43200:isos}", "waited", "5m12s"), ev=True)
    x.log(22.0, lab, spring("WARN", "http-nio-8080-exec-3", "c.b.lab.BatchController", "Batch IPA-%04d rejected: final gravity reading missing" % x.ri(1, 9999), "lab-results"))
    x.event(27.0, "compliance", "Job", jobname, "FailedCreate", msg(), typ="Warning", comp="job-controller", count=7, first=27, ev=True)
    x.log(31.5, api, "{T:py} WARNING py.warnings: /usr/local/lib/python3.11/site-packages/pydantic/_internal/_config.py:291: PydanticDeprecatedSince20: Support for class-based `config` is deprecated, use ConfigDict instead.")
    x.log(36.9, sched, slog("INFO", "report job completed", "job", "keg-inventory-daily-%d" % x.ri(29400000, 29600000), "duration", "48s"))
    x.log(41.4, api, "{T:py} INFO uvicorn.access: %s:%d - \"GET /healthz HTTP/1.1\" 200" % (x.pod_ip(), x.ri(30000, 60000)))
    x.log(47.3, sched, slog("WARN", "report job has no running pods", "job", jobname, "report", "TTB 5130.9 monthly", "due", "{T+43171:isos}", "waited", "5m41s"), ev=True)
    x.log(52.0, lab, spring("INFO", "scheduling-1", "c.b.lab.GravityImportService", "Imported 7 hydrometer readings (0 rejected)", "lab-results"))
    return x.build(
        "scheduling", "ERROR",
        "Anything wrong in compliance today?", "open",
        {"namespace": "compliance"}, component="excise-monthly",
        root_cause="The excise-monthly job asks for a 4Gi memory limit, but the compliance namespace ResourceQuota allows 16Gi and 14Gi is already used, so the job controller is forbidden to create its pod.",
        summary="The monthly excise report cannot start: every pod creation for the excise-monthly job is rejected by the namespace quota (exceeded limits.memory), and the report is due within 12 hours.",
        action="Lower the job's memory limit or raise the compliance-quota (or free headroom), then let the job controller recreate the pod and confirm the report runs.",
        red_herrings=["expired-session 401", "business-rule rejection", "deprecation warning", "other job completed"])


@scenario("brew-tank-longhorn-ro")
def _s(name):
    x = Ctx(name, "brewing", "rke2", "fluentd", "brewery-rke2")
    db = x.wl("telemetry", "tank-tsdb", "timescaledb", kind="sts", node=2, pod="tank-tsdb-0")
    ing = x.wl("telemetry", "tank-ingest", node=0)
    lhm = x.wl("longhorn-system", "longhorn-manager", kind="ds", node=2)
    ctl = x.wl("telemetry", "cellar-control", node=1)
    n2 = x.node(2)
    pv = "pvc-%s" % x.uuid()
    x.log(0.4, lhm, logrus("info", "Purging snapshots for volume", "volume", "pvc-%s" % x.uuid(), "count", 2))
    x.log(2.0, ctl, logrus("warning", "tank above setpoint, opening glycol valve", "tank", "FV-07", "temp_c", 19.6, "setpoint_c", 18.0, "valve", "GV-07"))
    x.log(6.3, lhm, logrus("warning", "Replica %s-r-%s is marked as failed: replica rebuild failed: disk /var/lib/longhorn on node %s is not ready" % (pv, x.hex(8), x.node(0)), "volume", pv), ev=True)
    x.log(9.8, lhm, logrus("warning", "Volume %s is faulted: all replicas failed, engine %s-e-0 stopped" % (pv, pv), "volume", pv, "node", n2), ev=True)
    x.kernel(10.4, n2, "sd 7:0:0:1: [sdd] tag#0 FAILED Result: hostbyte=DID_TRANSPORT_DISRUPTED driverbyte=DRIVER_OK cmd_age=12s")
    x.kernel(10.5, n2, "blk_update_request: I/O error, dev sdd, sector 31465472 op 0x1:(WRITE) flags 0x800 phys_seg 8 prio class 0", ev=True)
    x.kernel(10.7, n2, "EXT4-fs error (device sdd): ext4_journal_check_start:83: comm postgres: Detected aborted journal")
    x.kernel(10.8, n2, "EXT4-fs (sdd): Remounting filesystem read-only", ev=True)
    x.log(11.2, db, "{T:pg} [%d] PANIC:  could not fdatasync file \"000000010000004A000000C3\": Input/output error" % x.ri(60, 300), ev=True)
    x.log(11.6, db, "{T:pg} [1] LOG:  WAL writer process (PID %d) was terminated by signal 6: Aborted" % x.ri(60, 300))
    x.log(11.7, db, "{T:pg} [1] LOG:  terminating any other active server processes")
    x.log(13.9, ing, "{T:iso6} ERROR tank_ingest::sink: batch insert failed tanks=24 rows=1440 error=db error: FATAL: the database system is in recovery mode")
    x.log(14.5, ing, "{T:iso6}  WARN tank_ingest::buffer: spooling readings to local buffer depth=1440 max=50000")
    x.log(19.2, db, "{T:pg} [%d] LOG:  database system was interrupted; last known up at {T-612:pg}" % x.ri(300, 600))
    x.log(19.6, db, "{T:pg} [%d] FATAL:  could not open file \"global/pg_filenode.map\": Read-only file system" % x.ri(300, 600), ev=True)
    x.log(25.0, ctl, logrus("info", "tank back within band, glycol valve closed", "tank", "FV-07", "temp_c", 17.9))
    x.log(31.4, ing, "{T:iso6} ERROR tank_ingest::sink: connect failed error=error connecting to server: Connection refused (os error 111) host=tank-tsdb.telemetry.svc.cluster.local")
    x.log(32.0, ing, "{T:iso6}  WARN tank_ingest::buffer: spooling readings to local buffer depth=4320 max=50000")
    x.log(38.6, lhm, logrus("info", "Volume backup completed", "volume", "pvc-%s" % x.uuid(), "backup", "backup-%s" % x.hex(16), "target", "s3://brewery-longhorn-backups@rbx/"))
    x.log(44.2, ctl, logrus("info", "fermentation step advanced", "tank", "FV-03", "step", "diacetyl-rest", "target_c", 20.0))
    return x.build(
        "storage", "CRITICAL",
        "Why did the tank temperature graphs stop updating?", "specific",
        {"namespace": "telemetry"}, component="tank-tsdb",
        root_cause="tank-tsdb's Longhorn volume lost its last healthy replica and faulted; the block device returned I/O errors, ext4 remounted the filesystem read-only and TimescaleDB panicked and cannot restart.",
        summary="The telemetry database is down with its data volume faulted and read-only (Longhorn all replicas failed, I/O errors, ext4 read-only); tank-ingest is spooling readings locally and its buffer is filling.",
        action="Stop writes, restore the Longhorn volume (salvage a replica or restore from the latest backup), check the failed disks on the affected nodes, then restart tank-tsdb and replay the ingest buffer before it overflows.",
        red_herrings=["tank setpoint control action", "longhorn snapshot purge", "longhorn backup completed"])


@scenario("brew-club-wraparound")
def _s(name):
    x = Ctx(name, "brewing", "doks", "datadog", "winery-sfo3")
    pg = x.wl("club", "club-pg", "postgres", kind="sts", node=0, pod="club-pg-0")
    pg.dd_source = "postgresql"
    web = x.wl("club", "club-web", node=1)
    web.dd_source = "ruby"
    sk = x.wl("club", "club-sidekiq", node=2)
    sk.dd_source = "ruby"
    x.log(0.3, pg, "{T:pg} [%d] WARNING:  oldest xmin is far in the past" % x.ri(1000, 9000), ev=True)
    x.log(0.31, pg, "{T:pg} [%d] HINT:  Close open transactions soon to avoid wraparound problems.\tYou might also need to commit or roll back old prepared transactions, or drop stale replication slots." % x.ri(1000, 9000))
    x.log(0.5, pg, "{T:pg} [%d] LOG:  automatic aggressive vacuum to prevent wraparound of table \"club.public.shipments\": index scans: 0" % x.ri(1000, 9000))
    x.log(4.2, pg, "{T:pg} [%d] WARNING:  database \"club\" must be vacuumed within 1874310 transactions" % x.ri(1000, 9000), ev=True)
    x.log(6.0, web, "I, [{T:rails} #1]  INFO -- : [%s] Completed 200 OK in 38ms (Views: 12.0ms | ActiveRecord: 9.1ms | Allocations: 8011)" % x.uuid())
    x.log(9.6, sk, "{T:iso} pid=1 tid=%s class=RenewalChargeJob jid=%s INFO: Card declined for member M-%06d: card_expired" % (x.alnum(4), x.hex(24), x.ri(1, 999999)))
    x.log(14.9, pg, "{T:pg} [%d] LOG:  replication slot \"debezium_club\" is inactive; restart_lsn 3A/11F09C28 is 212 GB behind" % x.ri(1000, 9000), ev=True)
    x.log(21.3, pg, "{T:pg} [%d] ERROR:  database is not accepting commands to avoid wraparound data loss in database \"club\"" % x.ri(1000, 9000), ev=True)
    x.log(21.31, pg, "{T:pg} [%d] HINT:  Stop the postmaster and vacuum that database in single-user mode." % x.ri(1000, 9000))
    x.log(21.5, web, "F, [{T:rails} #1] FATAL -- : [%s] ActiveRecord::StatementInvalid (PG::ProgramLimitExceeded: ERROR:  database is not accepting commands to avoid wraparound data loss in database \"club\"" % x.uuid(), ev=True)
    x.log(22.8, sk, "{T:iso} pid=1 tid=%s class=RenewalChargeJob jid=%s WARN: ActiveRecord::StatementInvalid: PG::ProgramLimitExceeded: ERROR:  database is not accepting commands to avoid wraparound data loss in database \"club\"" % (x.alnum(4), x.hex(24)))
    x.log(27.4, web, "I, [{T:rails} #1]  INFO -- : [%s] Completed 200 OK in 6ms (Views: 4.1ms | Allocations: 1022)" % x.uuid())
    x.log(31.0, web, "I, [{T:rails} #1]  INFO -- : [%s] Completed 401 Unauthorized in 2ms (Allocations: 402)" % x.uuid())
    x.log(35.2, pg, "{T:pg} [%d] ERROR:  database is not accepting commands to avoid wraparound data loss in database \"club\"" % x.ri(1000, 9000))
    x.log(35.3, sk, "{T:iso} pid=1 tid=%s class=ShipmentLabelJob jid=%s WARN: ActiveRecord::StatementInvalid: PG::ProgramLimitExceeded: ERROR:  database is not accepting commands to avoid wraparound data loss in database \"club\"" % (x.alnum(4), x.hex(24)))
    x.log(40.8, sk, "{T:iso} pid=1 tid=%s INFO: Busy: 10 of 10 threads, 6230 enqueued, 1411 retries" % x.alnum(4))
    return x.build(
        "database", "CRITICAL", None, "null", {"namespace": "club"}, component="club-pg",
        root_cause="An inactive logical replication slot (debezium_club) holds back the xmin horizon, so autovacuum cannot freeze old rows; the club database reached the transaction-ID wraparound limit and Postgres now refuses all write commands.",
        summary="club-pg has stopped accepting commands to avoid XID wraparound data loss; the wine-club web app and Sidekiq renewal/shipment jobs fail on every write and a large retry backlog is building.",
        action="Drop the stale debezium_club replication slot (and any old prepared transactions), run a database-wide VACUUM (FREEZE) - single-user mode if required - then drain the Sidekiq retries; add monitoring on datfrozenxid age and inactive slots.",
        red_herrings=["card decline", "expired-session 401", "successful read requests"])


@scenario("brew-edi-panic")
def _s(name):
    x = Ctx(name, "brewing", "eks", "alloy", "brewco-wholesale")
    edi = x.wl("wholesale", "edi-translator", node=0)
    orders = x.wl("wholesale", "order-api", node=1)
    portal = x.wl("wholesale", "distributor-portal", node=2)
    for c, t0 in enumerate((0.0, 82.0)):
        x.log(t0 + 0.3, edi, slog("INFO", "edi-translator starting", "version", "2.11.0", "consumer", "EDI_INBOUND/translator"))
        x.log(t0 + 0.9, edi, slog("INFO", "processing interchange", "isa", "000004211", "partner", "DISTRO-NW", "type", "850", "delivery", 7 + c), ev=(c == 0))
        x.err(t0 + 1.0, edi, "panic: runtime error: index out of range [4] with length 4", ev=True)
        if c == 0:
            x.err(t0 + 1.01, edi, "goroutine 41 [running]:")
            x.err(t0 + 1.02, edi, "github.com/cascadebrew/edi-translator/internal/x12.(*Segment).Element(...)")
            x.err(t0 + 1.03, edi, "\t/src/internal/x12/segment.go:58")
            x.err(t0 + 1.04, edi, "github.com/cascadebrew/edi-translator/internal/x12/po850.parsePO1(0xc0004a6000)", ev=True)
            x.err(t0 + 1.05, edi, "\t/src/internal/x12/po850/po1.go:91 +0x3c5")
    x.event(5.0, "wholesale", "Pod", edi.pod, "BackOff", "Back-off restarting failed container edi-translator in pod %s_wholesale(%s)" % (edi.pod, edi.uid), typ="Warning", host=edi.node, count=14, first=1500, field="spec.containers{edi-translator}", ev=True)
    x.log(12.4, orders, spring("WARN", "scheduling-1", "c.c.w.orders.EdiBacklogMonitor", "3 inbound EDI 850 documents pending translation for more than 30 minutes (oldest from DISTRO-NW)", "order-api"))
    x.log(18.0, portal, pino(30, "request completed", portal.pod, req={"method": "GET", "url": "/api/orders?status=open"}, res={"statusCode": 200}, responseTime=44))
    x.log(23.7, orders, spring("INFO", "http-nio-8080-exec-5", "c.c.w.orders.OrderService", "Order WO-%06d created via portal for DISTRO-SE (42 kegs)" % x.ri(1, 999999), "order-api"))
    x.log(29.1, portal, pino(40, "login failed: invalid password", portal.pod, user="purchasing@%s" % x.choice(["nwbev.com", "cascadedist.com"])))
    x.event(35.0, "wholesale", "HorizontalPodAutoscaler", "order-api", "SuccessfulRescale", "New size: 2; reason: All metrics below target", comp="horizontal-pod-autoscaler")
    x.log(41.8, orders, spring("INFO", "scheduling-1", "c.c.w.edi.AckPoller", "No 997 acknowledgements received from edi-translator since {T-2100:isos}", "order-api"))
    x.log(55.3, portal, pino(30, "request completed", portal.pod, req={"method": "GET", "url": "/api/invoices/INV-20431.pdf"}, res={"statusCode": 200}, responseTime=133))
    x.log(68.8, orders, spring("WARN", "http-nio-8080-exec-2", "c.c.w.orders.OrderService", "Order rejected for DISTRO-SE: credit hold (balance over limit)", "order-api"))
    x.event(88.0, "wholesale", "Pod", edi.pod, "BackOff", "Back-off restarting failed container edi-translator in pod %s_wholesale(%s)" % (edi.pod, edi.uid), typ="Warning", host=edi.node, count=15, first=1583, field="spec.containers{edi-translator}")
    return x.build(
        "application_error", "CRITICAL",
        "Why are distributor purchase orders stuck?", "specific",
        {"namespace": "wholesale", "app": "edi-translator"}, component="edi-translator",
        root_cause="edi-translator panics with an index-out-of-range in its X12 PO1 segment parser on one DISTRO-NW 850 purchase order that has fewer elements than expected; the message is redelivered after every restart, so the translator crash-loops.",
        summary="edi-translator is in CrashLoopBackOff: a malformed-but-valid 850 from one distributor triggers a Go panic in parsePO1 on every redelivery, blocking all inbound EDI orders and 997 acks.",
        action="Move the poison message aside (terminate/advance it on the consumer or dead-letter it), fix the parser to bounds-check optional PO1 elements, redeploy and reprocess the backlog.",
        red_herrings=["single failed login", "business-rule rejection", "HPA scale event"])


@scenario("brew-excise-mtls")
def _s(name):
    x = Ctx(name, "brewing", "hetzner", "logstash", "brewco-hel1")
    rep = x.wl("compliance", "excise-reporter", node=0)
    api = x.wl("compliance", "compliance-api", node=1)
    cm = x.wl("cert-manager", "cert-manager", node=2)
    keg = x.wl("compliance", "keg-tracker", node=2)
    host = "api.exciseportal-gw.eu"
    x.log(0.3, rep, slog("INFO", "excise-reporter starting", "version", "1.6.2", "endpoint", "https://%s/v2" % host))
    x.log(0.4, rep, slog("INFO", "loaded client certificate", "path", "/etc/excise/tls/tls.crt", "subject", "CN=EXC-DE-4471-BREW,O=Cascade Brewing GmbH", "issuer", "CN=Excise Portal Client CA 2", "not_after", "{T-52000:isos}"), ev=True)
    x.log(2.1, rep, slog("ERROR", "submit daily return failed", "return", "DR-%s" % "{T:date}", "err", 'Post "https://%s/v2/returns": remote error: tls: expired certificate' % host, "attempt", 1), ev=True)
    x.log(4.6, keg, logrus("info", "keg scan", "keg", "K-%06d" % x.ri(1, 999999), "event", "returned", "customer", "taproom-altstadt"))
    x.log(8.0, cm, klog("I", "trigger_controller.go:215", '"Not re-issuing certificate as renewal time is in future" logger="cert-manager.certificates-trigger" key="compliance/compliance-api-tls" regenerating=false renewal_time="{T+3110400:isos}"'))
    x.log(11.7, api, "{T:py} WARNING compliance_api.returns: daily excise return DR-%s not acknowledged by authority (submitted by excise-reporter: none)" % "{T:date}", ev=False)
    x.log(15.2, rep, slog("ERROR", "submit daily return failed", "return", "DR-%s" % "{T:date}", "err", 'Post "https://%s/v2/returns": remote error: tls: expired certificate' % host, "attempt", 2), ev=True)
    x.log(18.9, api, "{T:py} INFO uvicorn.access: %s:%d - \"GET /v1/returns?status=pending HTTP/1.1\" 200" % (x.pod_ip(), x.ri(30000, 60000)))
    x.log(22.4, keg, logrus("warning", "keg scan rejected", "keg", "K-%06d" % x.ri(1, 999999), "reason", "keg not registered to this brewery"))
    x.log(26.0, rep, slog("WARN", "verify upstream certificate", "host", host, "server_cert_not_after", "{T+20000000:isos}", "status", "ok"))
    x.log(30.3, rep, slog("ERROR", "submit daily return failed", "return", "DR-%s" % "{T:date}", "err", 'Post "https://%s/v2/returns": remote error: tls: expired certificate' % host, "attempt", 3), ev=True)
    x.log(30.4, rep, slog("ERROR", "giving up on daily return, will retry next cycle", "return", "DR-%s" % "{T:date}", "next", "{T+3600:isos}", "deadline", "{T+28800:isos}"), ev=True)
    x.log(35.5, api, "{T:py} INFO uvicorn.access: %s:%d - \"POST /v1/auth/login HTTP/1.1\" 401" % (x.pod_ip(), x.ri(30000, 60000)))
    x.log(39.8, keg, logrus("info", "keg scan", "keg", "K-%06d" % x.ri(1, 999999), "event", "filled", "batch", "HEL-%04d" % x.ri(1, 9999)))
    x.log(44.6, api, "{T:py} INFO uvicorn.access: %s:%d - \"GET /healthz HTTP/1.1\" 200" % (x.pod_ip(), x.ri(30000, 60000)))
    return x.build(
        "tls_certificate", "ERROR",
        "Anything I should know about in the compliance namespace?", "open",
        {"namespace": "compliance"}, component="excise-reporter",
        root_cause="The mTLS client certificate that excise-reporter presents to the excise authority's API expired about 14 hours ago; the server rejects the handshake with an 'expired certificate' alert.",
        summary="excise-reporter cannot submit the daily excise return: every TLS handshake with the authority's API fails because its own client certificate has expired; the return is pending with a deadline later today.",
        action="Renew the client certificate with the excise authority, update the excise-reporter TLS secret and restart it, then resubmit the pending return; add expiry monitoring for manually managed certificates.",
        red_herrings=["valid certificate check", "server certificate ok", "business-rule rejection", "failed login 401"])


@scenario("brew-carrier-timeout")
def _s(name):
    x = Ctx(name, "brewing", "exoscale", "filebeat", "shop-ch-gva")
    rates = x.wl("shop", "shipping-rates", node=0)
    co = x.wl("shop", "checkout", node=1)
    ngx = x.wl("shop", "storefront-nginx", "nginx", node=2)
    redis = x.wl("shop", "redis", kind="sts", node=1, pod="redis-node-0")
    carrier = "api.parcelnet-carrier.com"

    def to(t, ev=False):
        x.log(t, rates, "{T:py} WARNING shipping_rates.carrier: quote request to https://%s/rates/v1/quote timed out after 8.0s: httpx.ReadTimeout: The read operation timed out" % carrier, ev=ev)

    x.log(0.4, rates, "{T:py} INFO shipping_rates.carrier: quote ok zone=CH-3 parcels=1 ms=412")
    to(6.0, True)
    x.log(6.1, co, "[{T:laravel}] production.WARNING: Shipping quote fell back to flat rate {\"cart\":\"%s\",\"upstream\":\"http://shipping-rates.shop.svc.cluster.local:8000/v1/quote\",\"reason\":\"504 Gateway Timeout\"}" % x.hex(12))
    x.log(9.9, ngx, '%s - - [{T:clf}] "GET /.env HTTP/1.1" 404 153 "-" "%s"' % (x.ext_ip(), UA_SCAN[2]))
    to(14.2, True)
    x.log(17.5, co, "[{T:laravel}] production.INFO: Coupon rejected {\"code\":\"SPRING24\",\"reason\":\"expired\"}")
    to(21.8)
    x.log(25.3, rates, "{T:py} WARNING shipping_rates.carrier: carrier latency degraded p95=7.9s timeouts=11/40 in last 60s", ev=True)
    x.log(30.0, co, "[{T:laravel}] production.INFO: Order placed {\"order\":\"WEB-%06d\",\"total\":\"84.50\",\"shipping\":\"flat\"}" % x.ri(1, 999999))
    x.log(36.6, redis, "1:M {T:redis} * 100 changes in 300 seconds. Saving...")
    x.log(48.1, rates, "{T:py} INFO shipping_rates.carrier: quote ok zone=CH-1 parcels=2 ms=1840")
    x.log(62.7, rates, "{T:py} INFO shipping_rates.carrier: carrier latency recovered p95=0.46s timeouts=0/52 in last 60s", ev=True)
    x.log(64.2, co, "[{T:laravel}] production.INFO: Order placed {\"order\":\"WEB-%06d\",\"total\":\"129.00\",\"shipping\":\"carrier\"}" % x.ri(1, 999999), ev=True)
    x.log(70.5, ngx, '%s - - [{T:clf}] "POST /checkout/confirm HTTP/1.1" 302 0 "https://shop.cascade-cellars.com/checkout" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148"' % x.ext_ip())
    x.log(76.9, co, "[{T:laravel}] production.INFO: Payment declined {\"order\":\"WEB-%06d\",\"reason\":\"card_declined\"}" % x.ri(1, 999999))
    x.log(83.0, rates, "{T:py} INFO shipping_rates.carrier: quote ok zone=CH-2 parcels=1 ms=388")
    return x.build(
        "timeout", "WARN",
        "Checkout is broken - is this a critical incident?", "misleading-severity-hint",
        {"namespace": "shop"}, component="shipping-rates",
        root_cause="The external parcel carrier's rate API slowed down for about a minute; shipping-rates' 8 s read timeout fired on a quarter of quote requests.",
        summary="Shipping quotes timed out for about a minute because the carrier API was slow; checkout fell back to flat-rate shipping and kept taking orders, and carrier latency has returned to normal.",
        action="No immediate action; optionally cache recent quotes and alert if the flat-rate fallback rate stays high.",
        red_herrings=["scanner 404", "expired coupon", "card decline", "redis save"])


@scenario("brew-stock-configkey")
def _s(name):
    x = Ctx(name, "brewing", "openshift", "openshift", "ocp-winery")
    old = x.wl("cellar", "stock-ledger", node=0)
    new = x.wl("cellar", "stock-ledger", node=1, pod="stock-ledger-%s-%s" % (x.k8s(10), x.k8s(5)))
    lots = x.wl("cellar", "lot-tracker", node=2)
    newrs = new.pod.rsplit("-", 1)[0]
    img = "image-registry.openshift-image-registry.svc:5000/cellar/stock-ledger@sha256:%s" % x.hex(64)
    x.event(0.0, "cellar", "Deployment", "stock-ledger", "ScalingReplicaSet", "Scaled up replica set %s to 1" % newrs, comp="deployment-controller")
    x.event(2.0, "cellar", "Pod", new.pod, "Pulled", 'Container image "%s" already present on machine' % img, host=new.node)
    x.event(2.1, "cellar", "Pod", new.pod, "Failed", "Error: couldn't find key WAREHOUSE_ID in ConfigMap cellar/stock-ledger-config", typ="Warning", host=new.node, ev=True)
    x.log(5.4, old, spring("INFO", "http-nio-8080-exec-3", "c.c.cellar.ledger.MovementService", "Booked movement MV-%07d: 12 cases PN-2021-750 from BARREL-ROOM to DISPATCH" % x.ri(1, 9999999), "stock-ledger"))
    x.log(9.0, lots, pino(30, "lot trace exported", lots.pod, lot="L-%05d" % x.ri(1, 99999), format="GS1-EPCIS", events=42))
    x.log(13.6, old, spring("WARN", "http-nio-8080-exec-7", "c.c.cellar.ledger.MovementService", "Movement rejected: insufficient stock for SKU CH-2023-750 at DISPATCH (requested 24, available 18)", "stock-ledger"))
    x.event(20.0, "cellar", "Pod", new.pod, "Failed", "Error: couldn't find key WAREHOUSE_ID in ConfigMap cellar/stock-ledger-config", typ="Warning", host=new.node, count=8, first=18, ev=True)
    x.log(24.2, old, spring("INFO", "scheduling-1", "c.c.cellar.ledger.Reconciler", "Nightly stock reconciliation: 1842 SKUs checked, 0 discrepancies", "stock-ledger"))
    x.log(28.8, lots, pino(40, "request rejected: token expired", lots.pod, req={"method": "GET", "url": "/api/lots/L-%05d" % x.ri(1, 99999)}, statusCode=401))
    x.log(33.0, old, "[{T:isoz4}][info][gc] GC(884) Pause Young (Normal) (G1 Evacuation Pause) 288M->96M(512M) 6.402ms")
    x.log(39.5, old, spring("WARN", "main", "o.s.c.k.c.ConfigMapPropertySourceLocator", "spring.cloud.kubernetes.config.paths property is deprecated and will be removed in a future release", "stock-ledger"))
    x.event(45.0, "cellar", "Pod", new.pod, "Failed", "Error: couldn't find key WAREHOUSE_ID in ConfigMap cellar/stock-ledger-config", typ="Warning", host=new.node, count=11, first=43, ev=True)
    x.log(49.7, old, spring("INFO", "http-nio-8080-exec-1", "c.c.cellar.ledger.MovementService", "Booked movement MV-%07d: 3 barrels CAB-2024 from TANK-HALL to BARREL-ROOM" % x.ri(1, 9999999), "stock-ledger"))
    x.log(55.1, lots, pino(30, "request completed", lots.pod, req={"method": "GET", "url": "/healthz"}, res={"statusCode": 200}, responseTime=1))
    return x.build(
        "config_error", "ERROR",
        "Why is the new stock-ledger version not rolling out?", "specific",
        {"namespace": "cellar", "app": "stock-ledger"}, component="stock-ledger",
        root_cause="The new stock-ledger pod spec reads the environment variable WAREHOUSE_ID from ConfigMap stock-ledger-config, but that key does not exist in the ConfigMap, so the container cannot be created (CreateContainerConfigError).",
        summary="The stock-ledger rollout is stuck: the new pod fails with CreateContainerConfigError because WAREHOUSE_ID is missing from its ConfigMap; the old replica keeps serving.",
        action="Add WAREHOUSE_ID to the stock-ledger-config ConfigMap (or fix the key reference / mark it optional) and let the rollout continue.",
        red_herrings=["business-rule rejection", "expired-session 401", "GC pause", "deprecation warning", "zero discrepancies report"])


@scenario("brew-taproom-fpm")
def _s(name):
    x = Ctx(name, "brewing", "docker", "docker", "taproom")
    host = x.node(0)
    ngx = x.wl("taproom", "nginx", node=0, kind="compose")
    fpm = x.wl("taproom", "pos-app", node=0, kind="compose")
    db = x.wl("taproom", "mariadb", node=0, kind="compose")
    rds = x.wl("taproom", "redis", node=0, kind="compose")
    fip = "172.18.0.%d" % x.ri(3, 9)
    tab = lambda: "10.20.30.%d" % x.ri(20, 60)
    ua = "TaproomPOS/4.2 (iPad; iPadOS 17.3)"
    x.log(0.5, fpm, '%s -  {T:fpm} "POST /index.php" 201' % ngx.ip)
    x.err(3.2, fpm, "[{T:fpm}] WARNING: [pool www] seems busy (you may need to increase pm.start_servers, or pm.min/max_spare_servers), spawning 1 children, there are 0 idle, and 4 total children")
    x.err(4.1, fpm, "[{T:fpm}] WARNING: [pool www] server reached pm.max_children setting (5), consider raising it", ev=True)
    x.log(9.4, fpm, "[{T:laravel}] production.INFO: Order #%d created {\"table\":\"T12\",\"items\":4,\"total\":\"38.50\"}" % x.ri(10000, 99999))
    x.err(64.2, ngx, '{T:gostd} [error] 29#29: *%d upstream timed out (110: Connection timed out) while reading response header from upstream, client: %s, server: pos.taproom.lan, request: "POST /api/orders HTTP/1.1", upstream: "fastcgi://%s:9000", host: "pos.taproom.lan"' % (x.ri(10000, 99999), tab(), fip), ev=True)
    x.log(64.3, ngx, '%s - - [{T:clf}] "POST /api/orders HTTP/1.1" 504 562 "-" "%s"' % (tab(), ua), ev=True)
    x.log(67.0, db, "{T:sec} %d [Warning] Aborted connection %d to db: 'pos' user: 'pos' host: '%s' (Got timeout reading communication packets)" % (x.ri(10, 99), x.ri(1000, 9999), fip))
    x.err(70.5, fpm, "[{T:fpm}] WARNING: [pool www] server reached pm.max_children setting (5), consider raising it", ev=True)
    x.log(72.8, fpm, "[{T:laravel}] production.INFO: Payment declined {\"tab\":\"TAB-%d\",\"reason\":\"insufficient_funds\"}" % x.ri(1000, 9999))
    x.log(75.1, rds, "1:M {T:redis} * 100 changes in 300 seconds. Saving...")
    x.err(81.9, fpm, "[{T:fpm}] WARNING: [pool www] child %d, script '/var/www/html/public/index.php' (request: \"POST /index.php\") executing too slow (5.204182 sec), logging" % x.ri(100, 999), ev=True)
    x.log(84.4, ngx, '%s - - [{T:clf}] "GET /favicon.ico HTTP/1.1" 404 153 "-" "%s"' % (tab(), ua))
    x.err(126.0, ngx, '{T:gostd} [error] 29#29: *%d upstream timed out (110: Connection timed out) while reading response header from upstream, client: %s, server: pos.taproom.lan, request: "GET /api/tabs/open HTTP/1.1", upstream: "fastcgi://%s:9000", host: "pos.taproom.lan"' % (x.ri(10000, 99999), tab(), fip), ev=True)
    x.log(126.1, ngx, '%s - - [{T:clf}] "GET /api/tabs/open HTTP/1.1" 504 562 "-" "%s"' % (tab(), ua))
    x.log(131.7, fpm, '%s -  {T:fpm} "GET /index.php" 200' % ngx.ip)
    x.log(135.0, fpm, "[{T:laravel}] production.INFO: Order #%d created {\"table\":\"BAR-3\",\"items\":2,\"total\":\"14.00\"}" % x.ri(10000, 99999))
    x.err(140.6, fpm, "[{T:fpm}] WARNING: [pool www] server reached pm.max_children setting (5), consider raising it")
    return x.build(
        "resource_exhausted", "ERROR",
        "Anything wrong on the taproom POS box?", "open",
        {"app": "pos-app"}, component="pos-app",
        root_cause="php-fpm in pos-app is capped at pm.max_children=5; at rush hour all five workers are busy with slow requests, further requests queue and nginx times out waiting for the FastCGI upstream.",
        summary="The taproom POS is saturated: php-fpm keeps hitting pm.max_children (5) and nginx returns 504 on order and tab requests from the tablets, although some orders still go through.",
        action="Raise pm.max_children (sized to the container's memory) and look at the slow-request log for the slow endpoints; restart pos-app with the new pool settings.",
        red_herrings=["mariadb aborted connection note", "card decline", "favicon 404", "redis save"])


@scenario("brew-ecc-node")
def _s(name):
    x = Ctx(name, "brewing", "talos", "otel", "brewery-metal")
    bad, ok1, ok2 = x.node(0), x.node(1), x.node(2)
    mq = x.wl("telemetry", "mosquitto", kind="sts", node=0, pod="mosquitto-0")
    ing = x.wl("telemetry", "tank-ingest", node=1)
    ctl = x.wl("telemetry", "cellar-control", node=2)
    x.talos_kernel(0.0, ok2, "EDAC MC0: 1 CE memory read error on CPU_SrcID#0_Ha#0_Chan#0_DIMM#1 (channel:0 slot:1 page:0x%x offset:0x%x grain:32 syndrome:0x0 - err_code:0x0000:0x009f socket:0 ha:0 channel_mask:1 rank:2)" % (x.ri(100000, 999999), x.ri(0, 4000)), prio="warning")
    x.log(3.5, ctl, logrus("info", "fermentation step advanced", "tank", "FV-05", "step", "cold-crash", "target_c", 1.0))
    x.talos_kernel(8.2, bad, "mce: [Hardware Error]: Machine check events logged", prio="warning", ev=True)
    x.talos_kernel(8.3, bad, "EDAC MC1: 1 UE memory read error on CPU_SrcID#1_Ha#0_Chan#2_DIMM#0 (channel:2 slot:0 page:0x%x offset:0x0 grain:32 - OVERFLOW err_code:0x0000:0x009f socket:1 ha:0 channel_mask:4 rank:0)" % x.ri(100000, 999999), prio="err", ev=True)
    x.talos_kernel(8.4, bad, "mce: Uncorrected hardware memory error in user-access at %x" % x.ri(10**9, 10**10), prio="emerg", ev=True)
    x.talos_kernel(8.5, bad, "Kernel panic - not syncing: Fatal machine check", prio="emerg", ev=True)
    x.log(12.1, ing, "{T:iso6} ERROR tank_ingest::mqtt: connection lost broker=mosquitto.telemetry.svc.cluster.local:1883 error=I/O error: Connection reset by peer (os error 104)")
    x.log(17.4, ing, "{T:iso6}  WARN tank_ingest::mqtt: reconnect failed broker=mosquitto.telemetry.svc.cluster.local:1883 error=Connection refused (os error 111) retry_in=5s")
    x.log(26.0, ctl, logrus("warning", "no fresh readings for tank, holding last valve position", "tank", "FV-02", "age_s", 20))
    x.event(49.0, "", "Node", bad, "NodeNotReady", "Node %s status is now: NodeNotReady" % bad, comp="node-controller", ev=True)
    x.log(55.3, ing, "{T:iso6}  WARN tank_ingest::mqtt: reconnect failed broker=mosquitto.telemetry.svc.cluster.local:1883 error=Connection refused (os error 111) retry_in=20s")
    x.log(61.7, ctl, logrus("info", "tank within band", "tank", "FV-05", "temp_c", 1.3))
    x.event(349.0, "telemetry", "Pod", mq.pod, "TaintManagerEviction", "Marking for deletion Pod telemetry/mosquitto-0", comp="taint-eviction-controller", ev=True)
    x.log(352.2, ctl, logrus("warning", "no fresh readings for tank, holding last valve position", "tank", "FV-02", "age_s", 346))
    x.log(356.5, ing, "{T:iso6}  WARN tank_ingest::mqtt: reconnect failed broker=mosquitto.telemetry.svc.cluster.local:1883 error=Connection refused (os error 111) retry_in=60s")
    x.talos_kernel(360.0, ok1, "cilium_vxlan: Caught tx_queue_len zero misconfig", prio="info")
    x.event(362.0, "telemetry", "Pod", mq.pod, "FailedScheduling", "0/3 nodes are available: 1 node(s) had untolerated taint {node.kubernetes.io/unreachable: }, 2 node(s) had volume node affinity conflict. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.", typ="Warning", comp="default-scheduler")
    return x.build(
        "node_failure", "CRITICAL", None, "null", {"node": bad}, component=bad,
        root_cause="The node suffered an uncorrectable ECC memory error (machine check) and the kernel panicked; the node went NotReady and its pods, including the MQTT broker, were evicted and cannot be rescheduled because their local volume is pinned to that node.",
        summary="A bare-metal node is down after a fatal machine check (uncorrectable DIMM error); the node is NotReady, the mosquitto broker on it is gone and tank telemetry is no longer received.",
        action="Take the node out of service and replace the faulty DIMM (check the BMC/SEL), then bring it back or restore the broker's volume elsewhere; consider a replicated MQTT broker.",
        red_herrings=["correctable ECC on another node", "benign cilium kernel message", "fermentation control actions"])


@scenario("brew-healthy-ferment")
def _s(name):
    x = Ctx(name, "brewing", "k3s", "splunk", "brewhouse-k3s")
    mq = x.wl("telemetry", "mosquitto", kind="sts", node=0, pod="mosquitto-0")
    ing = x.wl("telemetry", "tank-ingest", node=1)
    ctl = x.wl("telemetry", "cellar-control", node=1)
    db = x.wl("telemetry", "tank-tsdb", "timescaledb", kind="sts", node=2, pod="tank-tsdb-0")
    cnt = x.wl("bottling", "line-counter", node=0)
    x.log(0.5, mq, "{T:epochs}: New connection from %s:%d on port 1883." % (x.pod_ip(), x.ri(30000, 60000)))
    x.log(0.6, mq, "{T:epochs}: New client connected from %s:%d as plc-fv-%02d (p2, c1, k60, u'tanks')." % (x.pod_ip(), x.ri(30000, 60000), x.ri(1, 24)))
    x.log(3.8, ing, "{T:iso6}  INFO tank_ingest::sink: batch committed tanks=24 rows=1440 ms=38")
    x.log(6.9, ctl, logrus("warning", "tank above setpoint, opening glycol valve", "tank", "FV-11", "temp_c", 20.4, "setpoint_c", 19.0, "valve", "GV-11"))
    x.log(10.2, mq, "{T:epochs}: Client plc-fv-%02d has exceeded timeout, disconnecting." % x.ri(1, 24))
    x.log(12.7, mq, "{T:epochs}: New client connected from %s:%d as plc-fv-%02d (p2, c1, k60, u'tanks')." % (x.pod_ip(), x.ri(30000, 60000), x.ri(1, 24)))
    x.log(16.4, db, "{T:pg} [%d] LOG:  job 1004 (policy_compression) finished: compressed 3 chunks of hypertable \"tank_readings\"" % x.ri(100, 900))
    x.log(20.1, cnt, logrus("info", "counter snapshot", "line", "L2", "bottles", 9021, "rejects", 17, "rate_bph", 11950))
    x.log(24.0, ing, "{T:iso6}  WARN tank_ingest::validate: dropped reading out of range tank=FV-19 sensor=pressure value=-1.00 reason=sensor_disconnected")
    x.event(27.0, "telemetry", "Pod", ing.pod, "Unhealthy", "Readiness probe failed: Get \"http://%s:9090/ready\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)" % ing.ip, typ="Warning", host=ing.node, field="spec.containers{tank-ingest}")
    x.log(30.5, ctl, logrus("info", "tank back within band, glycol valve closed", "tank", "FV-11", "temp_c", 18.9))
    x.log(34.2, ing, "{T:iso6}  INFO tank_ingest::sink: batch committed tanks=24 rows=1440 ms=41")
    x.log(37.9, db, "{T:pg} [%d] LOG:  checkpoint complete: wrote 622 buffers (3.8%%); 0 WAL file(s) added, 0 removed, 1 recycled; write=62.118 s, sync=0.004 s, total=62.139 s; sync files=22, longest=0.002 s, average=0.001 s; distance=4410 kB, estimate=5002 kB; lsn=4A/1C2F3010, redo lsn=4A/1B00E2C8" % x.ri(60, 90))
    x.log(42.0, cnt, logrus("warning", "reject rate spike", "line", "L2", "station", "fill-level-inspector", "rejects_last_min", 6, "threshold", 5))
    x.log(46.3, cnt, logrus("info", "counter snapshot", "line", "L2", "bottles", 9219, "rejects", 23, "rate_bph", 11880))
    x.log(50.7, ing, "{T:iso6}  INFO tank_ingest::sink: batch committed tanks=24 rows=1440 ms=36")
    return x.build(
        "none", "INFO",
        "How are the fermentation tanks and the bottling line looking?", "open",
        {"namespace": "telemetry"},
        summary="Normal: tank readings are ingested every cycle, the cellar controller handles a temperature excursion by opening and closing a glycol valve, compression and checkpoints run, and the bottling line runs at normal speed with a brief reject spike.",
        action="No action needed; the disconnected pressure sensor on one tank can be checked by the cellar team.",
        red_herrings=["temperature control action", "MQTT keepalive timeout and reconnect", "disconnected sensor reading dropped", "probe miss that passes", "reject rate warning"])


@scenario("brew-healthy-club")
def _s(name):
    x = Ctx(name, "brewing", "civo", "agentstatic", "winery-lon1")
    web = x.wl("club", "club-web", node=0)
    sk = x.wl("club", "club-sidekiq", node=1)
    ship = x.wl("shop", "label-service", node=2)
    stripe = x.wl("club", "payments-webhook", node=1)
    tid = lambda: x.alnum(4)

    def s(t, level, msg, cls, w=sk):
        x.log(t, w, "{T:iso} pid=1 tid=%s class=%s jid=%s %s: %s" % (tid(), cls, x.hex(24), level, msg))

    s(0.5, "INFO", "start", "QuarterlyShipmentBatchJob")
    s(2.4, "INFO", "Charged 1842 members for Q2 allocation: 1805 succeeded, 37 declined (card_expired: 29, insufficient_funds: 8)", "QuarterlyShipmentBatchJob")
    s(2.9, "INFO", "Enqueued 37 dunning emails", "QuarterlyShipmentBatchJob")
    x.log(5.1, stripe, slog("INFO", "webhook processed", "type", "invoice.paid", "id", "evt_%s" % x.alnum(24), "status", 200))
    x.log(6.6, stripe, slog("INFO", "duplicate webhook ignored", "type", "invoice.paid", "id", "evt_%s" % x.alnum(24), "reason", "idempotency key already processed"))
    x.log(9.8, ship, pino(40, "address validation failed", ship.pod, member="M-%06d" % x.ri(1, 999999), reason="ZIP does not match state", action="held for review"))
    x.log(12.3, ship, pino(30, "labels created", ship.pod, batch="Q2-%03d" % x.ri(1, 999), count=250, carrier="ground"))
    x.event(15.0, "club", "HorizontalPodAutoscaler", "club-sidekiq", "SuccessfulRescale", "New size: 4; reason: external metric sidekiq_queue_latency above target", comp="horizontal-pod-autoscaler")
    s(18.7, "WARN", "Net::ReadTimeout with #<TCPSocket:(closed)> - retry 1 of 25", "ComplianceShipStateCheckJob")
    s(21.9, "INFO", "done: 0.804 sec", "ComplianceShipStateCheckJob")
    x.log(24.4, web, "I, [{T:rails} #1]  INFO -- : [%s] Completed 401 Unauthorized in 3ms (Allocations: 512)" % x.uuid())
    x.log(27.5, web, "I, [{T:rails} #1]  INFO -- : [%s] Completed 200 OK in 64ms (Views: 22.3ms | ActiveRecord: 18.2ms | Allocations: 30112)" % x.uuid())
    s(31.0, "INFO", "Shipping blocked for 12 members in restricted states (UT, MS): moved to pickup", "ComplianceShipStateCheckJob")
    x.log(34.8, ship, pino(30, "labels created", ship.pod, batch="Q2-%03d" % x.ri(1, 999), count=250, carrier="ground"))
    s(38.2, "INFO", "done: 37.712 sec", "QuarterlyShipmentBatchJob")
    x.log(42.6, web, "W, [{T:rails} #1]  WARN -- : Rack::Attack throttled login attempts from %s (limit 5/min)" % x.ext_ip())
    return x.build(
        "none", "INFO", None, "null", None,
        summary="The quarterly wine-club shipment batch ran normally: charges went through with a usual share of card declines sent to dunning, labels were created, compliance holds and address checks worked as designed.",
        action="No action needed.",
        red_herrings=["card declines", "duplicate webhook ignored", "address validation hold", "retry that succeeds", "expired-session 401", "login throttling", "HPA scale event"])


# === END SCENARIOS ===


def build_all():
    out = []
    for name, fn in sorted(SCENARIOS, key=lambda x: x[0]):
        rec, meta = fn(name)
        out.append((rec, meta))
    order = list(range(len(out)))
    random.Random(SEED).shuffle(order)
    res = []
    for n, idx in enumerate(order):
        rec, meta = out[idx]
        rec["id"] = "dev29-%03d" % (n + 1)
        res.append((rec, meta))
    return res


HERRING_CLASSES = [
    ("scanner 404s", ("scanner", "favicon")),
    ("expired-session / failed-login 401s", ("expired-session", "expired session", "failed login", "login error", "refresh-token", "login throttling", "single failed login")),
    ("deprecation / config warnings", ("deprecat", "unrecognized config", "static dir", "ef core", "import warning", "dialect", "clock-leap")),
    ("retries that succeed", ("retry that succeeds", "reconnect", "startup probe miss")),
    ("probe misses that pass / probes passing", ("probe miss", "probe passes")),
    ("zero error counters", ("zero ", "other job completed", "other task succeeds", "successful read", "sync ok")),
    ("business-rule rejections", ("business", "card decline", "coupon", "address validation", "validation 422", "duplicate webhook", "unsigned webhook", "late punches", "reminder")),
    ("GC pauses", ("gc pause",)),
    ("benign kubelet / kernel / runtime messages", ("kubelet", "containerd", "kernel", "cilium", "correctable ecc", "not-ready taint", "cordon", "container exit", "sidekiq connect", "amqp connection close", "gunicorn")),
    ("valid certificate checks", ("certificate",)),
    ("autoscaling events", ("hpa", "keda", "kafka rebalance")),
    ("routine datastore / storage maintenance", ("checkpoint", "redis", "pgbouncer", "longhorn", "mariadb", "config reload")),
    ("single handled errors", ("single", "handled", "sensor", "django 404", "stale cache")),
    ("intended operational actions", ("curtailment", "control action", "firmware", "offline device", "fault status", "transient memory alarm", "reject rate", "fermentation control")),
    ("healthy neighbours", ("healthy neighbour",)),
]


def herring_class(tag):
    t = tag.lower()
    for cls, keys in HERRING_CLASSES:
        if any(k in t for k in keys):
            return cls
    return "other"


NODE_KEYS = ("node", "node_name", "host", "kubernetes_host", "kubernetes_pod_node_name",
             "kubernetes.node.name", "kubernetes.host", "k8s.node.name", "kubernetes_node",
             "hostname", "instance_node", "host_name", "host.name", "k8s_node_name")
APP_KEYS = ("app", "app_kubernetes_io_name", "kubernetes_pod_labels_app",
            "kubernetes.labels.app", "service", "service_name", "compose_service",
            "k8s_deployment_name", "kube_deployment")


def stats(res, path_lines):
    from collections import Counter
    cat, sev, theme, dist, conv = Counter(), Counter(), Counter(), Counter(), Counter()
    catsev = {}
    q, s = Counter(), Counter()
    nlines = nev = 0
    streams, keys = set(), set()
    no_node, no_app = set(), set()
    herr = Counter()
    for rec, meta in res:
        e = rec["expected"]
        cat[e["root_cause_category"]] += 1
        sev[e["severity"]] += 1
        catsev.setdefault(e["root_cause_category"], Counter())[e["severity"]] += 1
        theme[rec["source"]] += 1
        dist[DIST_NAMES[meta["dist"]]] += 1
        conv[CONV_NAMES[meta["conv"]]] += 1
        q[meta["qkind"]] += 1
        s[meta["skind"]] += 1
        for h in meta["red_herrings"]:
            herr[herring_class(h)] += 1
        nlines += len(rec["logs"])
        nev += len(e["evidence"])
        for l in rec["logs"]:
            k = tuple(sorted(l["labels"].items()))
            streams.add(k)
            keys.update(l["labels"].keys())
            if not any(x in l["labels"] for x in NODE_KEYS):
                no_node.add(k)
            if not any(x in l["labels"] for x in APP_KEYS):
                no_app.add(k)
    p = lambda *a: print(*a)
    p("records", len(res), "lines", nlines, "evidence", nev)
    p("lines per record min/max", min(len(r["logs"]) for r, _ in res),
      max(len(r["logs"]) for r, _ in res))
    p("evidence per incident min/max",
      min(len(r["expected"]["evidence"]) for r, _ in res if r["expected"]["root_cause_category"] != "none"),
      max(len(r["expected"]["evidence"]) for r, _ in res))
    p("\ncategory:")
    for k in sorted(cat):
        p("  %-20s %d  %s" % (k, cat[k], dict(sorted(catsev[k].items()))))
    p("\nseverity:", dict(sorted(sev.items())))
    p("\ntheme:", dict(sorted(theme.items())))
    p("\ndistribution (%d):" % len(dist))
    for k in sorted(dist):
        p("  %-32s %d" % (k, dist[k]))
    p("\nconvention (%d):" % len(conv))
    for k in sorted(conv):
        p("  %-40s %d" % (k, conv[k]))
    p("\nquestions:", dict(sorted(q.items())))
    p("selectors:", dict(sorted(s.items())))
    p("\ndistinct label streams", len(streams), "without node label", len(no_node),
      "without app label", len(no_app), "distinct label keys", len(keys))
    evf, nodes = Counter(), 0
    bytheme = {}
    for rec, meta in res:
        if meta.get("event_fmt"):
            evf[meta["event_fmt"]] += 1
        if meta.get("node_stream"):
            nodes += 1
        th = rec["source"]
        d = bytheme.setdefault(th, {"records": 0, "incidents": 0, "healthy": 0, "sev": Counter(),
                                     "lines": 0, "dists": set(), "convs": set()})
        d["records"] += 1
        d["lines"] += len(rec["logs"])
        if rec["expected"]["root_cause_category"] == "none":
            d["healthy"] += 1
        else:
            d["incidents"] += 1
        d["sev"][rec["expected"]["severity"]] += 1
        d["dists"].add(DIST_NAMES[meta["dist"]])
        d["convs"].add(CONV_NAMES[meta["conv"]])
    p("\nevent stream formats (records):")
    for k in sorted(evf):
        p("  %-50s %d" % (k, evf[k]))
    p("records with node journal/syslog/kernel streams:", nodes)
    p("\nper theme:")
    for th in sorted(bytheme):
        d = bytheme[th]
        p("  %s records=%d incidents=%d healthy=%d lines=%d sev=%s dists=%d convs=%d" % (
            th, d["records"], d["incidents"], d["healthy"], d["lines"], dict(sorted(d["sev"].items())),
            len(d["dists"]), len(d["convs"])))
    p("\nred herrings:")
    for k in sorted(herr):
        p("  %-34s %d" % (k, herr[k]))


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    out = args[0] if args else "dev29.jsonl"
    res = build_all()
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for rec, _meta in res:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if len(res) != 40:
        sys.stderr.write("warning: %d records (expected 40)\n" % len(res))
    if "--stats" in argv:
        stats(res, None)


if __name__ == "__main__":
    main(sys.argv)
