#!/usr/bin/env python3
"""Generator for the dev15 held-out golden set (observability/GitOps platform,
polyglot SaaS stacks, data services; mixed cluster flavours).

Python 3 standard library only. Every random choice of a scenario comes from
random.Random("dev15-<scenario>"); the record order comes from
random.Random("dev15-shuffle"). No hash(), clock or environment is used, so
running it twice writes a byte-identical dev15.jsonl.

Usage:
  python3 make_dev15.py                 write dev15.jsonl next to this file
  python3 make_dev15.py --preview       one row per record + self-checks
  python3 make_dev15.py --preview KEY   full window of one scenario (key or id),
                                        evidence lines marked '*'
  python3 make_dev15.py --table         markdown tables of the content
"""
import json
import os
import random
import re
import sys
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dev15.jsonl")
PREFIX = "dev15"

K8S_ALPHA = "bcdfghjklmnpqrstvwxz2456789"   # k8s rand.String alphabet
HEX = "0123456789abcdef"

CATEGORIES = [
    "none", "oom_killed", "application_error", "image_pull", "probe_failure",
    "scheduling", "dns_resolution", "connection_refused", "timeout",
    "tls_certificate", "auth_failure", "config_error", "resource_exhausted",
    "storage", "database", "rate_limited", "node_failure",
]
SEVERITIES = ["INFO", "WARN", "ERROR", "CRITICAL"]

# --------------------------------------------------------------------------
# random identifiers (all take the scenario's Random instance)
# --------------------------------------------------------------------------


def kstr(r, n):
    return "".join(r.choice(K8S_ALPHA) for _ in range(n))


def hexs(r, n):
    return "".join(r.choice(HEX) for _ in range(n))


def deploy_pod(r, name, hash_len=None):
    """Deployment pod: <name>-<pod-template-hash>-<5>."""
    n = hash_len or r.choice([9, 10, 10])
    return f"{name}-{kstr(r, n)}-{kstr(r, 5)}"


def rs_hash(r, n=None):
    return kstr(r, n or r.choice([9, 10]))


def ds_pod(r, name):
    return f"{name}-{kstr(r, 5)}"


def cron_pod(r, name, t):
    """CronJob pod: <name>-<scheduled minutes since epoch>-<5>."""
    minutes = int(t.timestamp()) // 60
    return f"{name}-{minutes}-{kstr(r, 5)}"


def uuid(r):
    h = hexs(r, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def ip(r, prefix):
    """prefix like '10.8' or '10.8.3'; fills the remaining octets."""
    parts = prefix.split(".")
    while len(parts) < 3:
        parts.append(str(r.randint(0, 254)))
    parts.append(str(r.randint(2, 253)))
    return ".".join(parts)


def port(r):
    return r.randint(32768, 60999)


# --------------------------------------------------------------------------
# time formatting
# --------------------------------------------------------------------------


def iso_ms(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"


def iso_us(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond:06d}Z"


def iso_ns(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond:06d}{(t.microsecond * 7) % 1000:03d}Z"


def iso_s(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def klog(t, lvl, src, pid=1):
    """klog header: 'I0314 09:12:03.123456    2481 kubelet.go:2420] '."""
    return f"{lvl}{t:%m%d %H:%M:%S}.{t.microsecond:06d} {pid:7d} {src}] "


def clf(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S +0000")


def sysl(t):
    """syslog/journal short timestamp 'Mar 14 09:12:03'."""
    return f"{t:%b} {t.day:2d} {t:%H:%M:%S}"


def ev_name_suffix(t):
    return format(int(t.timestamp() * 1e9), "x")


def epoch(t):
    return int(t.timestamp())


def kernel_ts(boot_s, t, t0):
    s = boot_s + (t - t0).total_seconds()
    return f"[{s:12.6f}]"


# --------------------------------------------------------------------------
# Kubernetes event shapes
# --------------------------------------------------------------------------


def event_line(shape, t, ns, kind, name, reason, msg, typ="Warning",
               comp="kubelet", host="", count=1, rv=0, verb="ADDED"):
    first = iso_s(t)
    obj_api = {"Pod": "v1", "Node": "v1", "PersistentVolumeClaim": "v1",
               "Service": "v1"}.get(kind, "apps/v1")
    if kind in ("Certificate", "CertificateRequest"):
        obj_api = "cert-manager.io/v1"
    if kind == "HorizontalPodAutoscaler":
        obj_api = "autoscaling/v2"
    if kind == "Application":
        obj_api = "argoproj.io/v1alpha1"
    if kind == "SealedSecret":
        obj_api = "bitnami.com/v1alpha1"
    if kind == "Backup":
        obj_api = "velero.io/v1"
    if kind in ("Job", "CronJob"):
        obj_api = "batch/v1"
    evname = f"{name}.{ev_name_suffix(t)}"
    core = {
        "metadata": {"name": evname, "namespace": ns or "default",
                     "resourceVersion": str(rv), "creationTimestamp": first},
        "involvedObject": {"kind": kind, "namespace": ns, "name": name,
                           "apiVersion": obj_api},
        "reason": reason, "message": msg,
        "source": {"component": comp, **({"host": host} if host else {})},
        "firstTimestamp": first, "lastTimestamp": first, "count": count,
        "type": typ,
    }
    if kind == "Node":
        core["involvedObject"].pop("namespace")
    if shape == "exporter":          # resmoio/opsgenie kubernetes-event-exporter
        return json.dumps(core, separators=(",", ":"))
    if shape == "eventrouter":       # heptio eventrouter json sink
        return json.dumps({"verb": verb, "event": core}, separators=(",", ":"))
    if shape == "alloy":             # Grafana Alloy/Agent kubernetes_events logfmt
        m = msg.replace('"', '\\"')
        return (f"name={evname} kind={kind} action= objectAPIversion={obj_api} "
                f"objectRV={rv + 7} eventRV={rv} reportingcontroller={comp} "
                f"sourcecomponent={comp} sourcehost={host} reason={reason} "
                f"type={typ} count={count} msg=\"{m}\"")
    if shape == "kubectl":           # `kubectl get events -A -w` piped to a file
        obj = f"{kind.lower()}/{name}"
        return f"{ns or 'default':<14}{'0s':<12}{typ:<10}{reason:<22}{obj:<48}{msg}"
    raise ValueError(shape)


EVENT_JOB = {
    "exporter": "kube-events/event-exporter",
    "eventrouter": "kube-system/eventrouter",
    "alloy": "loki.source.kubernetes_events",
    "kubectl": "ops/event-tail",
}

# --------------------------------------------------------------------------
# the window being built
# --------------------------------------------------------------------------


class W:
    def __init__(self, r, start, cluster):
        self.r = r
        self.t = start
        self.t0 = start
        self.cluster = cluster
        self.rows = []
        self.ev = []
        self.rv = r.randint(40000000, 90000000)

    # labels ---------------------------------------------------------------
    def c(self, ns, pod, container, node, app=None):
        d = {"cluster": self.cluster, "namespace": ns, "pod": pod,
             "container": container, "node": node}
        if app:
            d["app"] = app
        return d

    def j(self, node, unit):
        return {"cluster": self.cluster, "job": "systemd-journal",
                "node": node, "unit": unit}

    def k(self, node):
        return {"cluster": self.cluster, "job": "systemd-journal",
                "node": node, "transport": "kernel"}

    def e(self, ns, shape):
        d = {"cluster": self.cluster, "job": EVENT_JOB[shape]}
        if ns:
            d["namespace"] = ns
        return d

    def x(self, **kw):
        d = {"cluster": self.cluster}
        d.update(kw)
        return d

    # lines ----------------------------------------------------------------
    def add(self, dt, labels, line, ev=False):
        if isinstance(dt, tuple):
            dt = self.r.uniform(*dt)
        self.t = self.t + timedelta(microseconds=int(round(dt * 1e6)))
        text = line(self.t) if callable(line) else line
        self.rows.append({"ts": iso_ms(self.t), "labels": dict(labels),
                          "line": text})
        if ev:
            self.ev.append(len(self.rows) - 1)
        return self.t

    def multi(self, dt, labels, lines, ev=False):
        """One logical message printed as several physical lines."""
        for i, ln in enumerate(lines):
            self.add(dt if i == 0 else 0.0001 * self.r.randint(1, 9), labels,
                     ln, ev)

    def event(self, dt, shape, ns, kind, name, reason, msg, typ="Warning",
              comp="kubelet", host="", count=1, ev=False, verb="ADDED"):
        self.rv += self.r.randint(3, 900)
        rv = self.rv
        self.add(dt, self.e(ns, shape),
                 lambda t: event_line(shape, t, ns, kind, name, reason, msg,
                                      typ, comp, host, count, rv, verb), ev)

    def kernel(self, boot_s):
        return lambda body: (lambda t: f"{kernel_ts(boot_s, t, self.t0)} {body}")


def start_time(r, month=None, hour=None):
    m = month or r.randint(1, 6)
    return datetime(2026, m, r.randint(1, 28), hour if hour is not None else r.randint(0, 23),
                    r.randint(0, 59), r.randint(0, 59), r.randint(0, 999999),
                    tzinfo=timezone.utc)


def sel(namespace=None, pod=None, container=None, node=None, app=None):
    return {"namespace": namespace, "pod": pod, "container": container,
            "node": node, "app": app}


# --------------------------------------------------------------------------
# common line builders
# --------------------------------------------------------------------------


def nginx_access(t, client, method, path, status, size, ua, req_len, rt,
                 upstream_name, upstream_addr, up_status, req_id, up_rt=None,
                 referer="-"):
    """ingress-nginx default log-format-upstream."""
    up_rt = rt if up_rt is None else up_rt
    up_len = size if up_status not in ("-",) else 0
    return (f'{client} - - [{clf(t)}] "{method} {path} HTTP/1.1" {status} {size} '
            f'"{referer}" "{ua}" {req_len} {rt:.3f} [{upstream_name}] [] '
            f'{upstream_addr} {up_len} {up_rt:.3f} {up_status} {req_id}')


UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:134.0) Gecko/20100101 Firefox/134.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
    "okhttp/4.12.0",
    "python-requests/2.32.3",
    "Go-http-client/2.0",
]


def kubelet_probe_fail(t, pid, ns, pod, poduid, container, ptype, output):
    out = output.replace('"', '\\"')
    return (klog(t, "I", "prober.go:107", pid) +
            f'"Probe failed" probeType="{ptype}" pod="{ns}/{pod}" '
            f'podUID="{poduid}" containerName="{container}" '
            f'probeResult="failure" output="{out}"')


def kubelet_backoff(t, pid, ns, pod, poduid, container, secs):
    return (klog(t, "E", "pod_workers.go:1301", pid) +
            '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" '
            f'for \\"{container}\\" with CrashLoopBackOff: \\"back-off {secs} '
            f'restarting failed container={container} pod={pod}_{ns}({poduid})\\"" '
            f'pod="{ns}/{pod}" podUID="{poduid}"')


def kubelet_pleg(t, pid, ns, pod, poduid, typ, cid):
    return (klog(t, "I", "kubelet.go:2455", pid) +
            f'"SyncLoop (PLEG): event for pod" pod="{ns}/{pod}" '
            f'event={{"ID":"{poduid}","Type":"{typ}","Data":"{cid}"}}')


def containerd_line(t, level, msg):
    m = msg.replace('"', '\\"')
    return f'time="{iso_ns(t)}" level={level} msg="{m}"'


# --------------------------------------------------------------------------
# scenario registry
# --------------------------------------------------------------------------

SCENARIOS = []


def scenario(key, flavour, theme):
    def deco(fn):
        SCENARIOS.append((key, flavour, theme, fn))
        return fn
    return deco


def record(key, w, question, selector, severity, category, component,
           root_cause, summary, action):
    return {
        "id": None,
        "source": f"synthetic:{PREFIX}/{key}",
        "question": question,
        "selector": selector,
        "logs": w.rows,
        "expected": {
            "severity": severity,
            "root_cause_category": category,
            "component": component,
            "root_cause": root_cause,
            "summary": summary,
            "action": action,
            "evidence": list(w.ev),
        },
    }


# ==========================================================================
# scenarios
# ==========================================================================

# (scenario functions are appended below in batches)



# --------------------------------------------------------------------------
# batch 1: none x4, oom_killed x2, application_error x2
# --------------------------------------------------------------------------


def gke_node(r, cluster, pool="default-pool"):
    return f"gke-{cluster}-{pool}-{hexs(r, 8)}-{kstr(r, 4)}"


def eks_node(r, region="eu-central-1"):
    return f"ip-10-{r.randint(20, 63)}-{r.randint(0, 255)}-{r.randint(2, 254)}.{region}.compute.internal"


def argocd(t, level, msg, app, extra=""):
    m = msg.replace('"', '\\"')
    return f'time="{iso_s(t)}" level={level} msg="{m}" application={app}{extra}'


def slog_json(t, level, msg, **kw):
    d = {"time": iso_ns(t), "level": level, "msg": msg}
    d.update(kw)
    return json.dumps(d, separators=(",", ":"))


@scenario("none-argocd-billing-rollout", "GKE", "Argo CD auto-sync rolls a Go gRPC service")
def s_none_argocd_rollout(key):
    r = random.Random(f"{PREFIX}-{key}")
    w = W(r, start_time(r, hour=r.randint(9, 16)), "gke-prod-euw1")
    nodes = [gke_node(r, "prod-euw1") for _ in range(3)]
    old_rs, new_rs = rs_hash(r), rs_hash(r)
    old = [f"billing-api-{old_rs}-{kstr(r, 5)}" for _ in range(2)]
    new = [f"billing-api-{new_rs}-{kstr(r, 5)}" for _ in range(2)]
    ctrl = "argocd-application-controller-0"
    repo = deploy_pod(r, "argocd-repo-server")
    ingc = deploy_pod(r, "ingress-nginx-controller")
    app = "argocd/billing-prod"
    sha = hexs(r, 40)
    img = "europe-west1-docker.pkg.dev/acme-prod/apps/billing-api:v3.18.2"
    ips = [ip(r, "10.12") for _ in range(2)]
    nip = [ip(r, "10.12") for _ in range(2)]
    uid_new = [uuid(r) for _ in range(2)]
    dest = ' dest-namespace=billing dest-server="https://kubernetes.default.svc"'
    A = w.c("argocd", ctrl, "argocd-application-controller", nodes[0], "argocd-application-controller")
    R = w.c("argocd", repo, "argocd-repo-server", nodes[1], "argocd-repo-server")
    I = w.c("ingress-nginx", ingc, "controller", nodes[2], "ingress-nginx")
    B = lambda i, p: w.c("billing", p, "billing-api", nodes[i % 3], "billing-api")
    KL = lambda n: w.j(n, "kubelet.service")
    sh = "exporter"

    def acc(t, st, path, up, rt):
        return nginx_access(t, ip(r, "81.2"), "POST", path, st, r.randint(80, 900), "grpc-go/1.64.0",
                            r.randint(300, 700), rt, "billing-billing-api-grpc", f"{up}:9090", st, hexs(r, 32))

    w.add(0, R, lambda t: f'time="{iso_s(t)}" level=info msg="finished unary call with code OK" grpc.code=OK grpc.method=GenerateManifest grpc.service=repository.RepoServerService grpc.start_time="{iso_s(t)}" grpc.time_ms={r.uniform(600, 1400):.3f} span.kind=server system=grpc')
    w.add((0.2, 0.6), A, lambda t: argocd(t, "info", "Refreshing app status (normal refresh requested), level (2)", app))
    w.add((0.1, 0.4), A, lambda t: argocd(t, "info", "Updated sync status: Synced -> OutOfSync", app, dest + " reason=ResourceUpdated type=Normal"))
    w.add((0.2, 0.5), A, lambda t: argocd(t, "info", f"Initiated automated sync to '{sha}'", app, dest + " reason=OperationStarted type=Normal"))
    w.add((0.3, 0.8), A, lambda t: argocd(t, "info", f"Applying resource Deployment/billing-api in cluster: https://kubernetes.default.svc, namespace: billing", app))
    w.event((0.1, 0.3), sh, "billing", "Deployment", "billing-api", "ScalingReplicaSet",
            f"Scaled up replica set billing-api-{new_rs} to 1", "Normal", "deployment-controller")
    w.event((0.05, 0.2), sh, "billing", "Pod", new[0], "Scheduled",
            f"Successfully assigned billing/{new[0]} to {nodes[1]}", "Normal", "default-scheduler")
    w.add((0.3, 0.7), A, lambda t: argocd(t, "info", "Updating operation state. phase: Running -> Succeeded, message: 'successfully synced (all tasks run)'", app, f" syncId=0{r.randint(1000, 9999)}-{kstr(r, 5)}"))
    w.add((0.1, 0.3), A, lambda t: argocd(t, "info", "Updated health status: Healthy -> Progressing", app, dest + " reason=ResourceUpdated type=Normal"))
    w.event((0.2, 0.5), sh, "billing", "Pod", new[0], "Pulling", f'Pulling image "{img}"', "Normal", "kubelet", nodes[1])
    w.add((0.2, 0.6), I, lambda t: acc(t, 200, "/billing.v1.InvoiceService/GetInvoice", ips[0], r.uniform(0.004, 0.03)))
    w.event((1.8, 2.6), sh, "billing", "Pod", new[0], "Pulled",
            f'Successfully pulled image "{img}" in 2.183s (2.183s including waiting). Image size: 28431920 bytes.', "Normal", "kubelet", nodes[1])
    w.event((0.05, 0.2), sh, "billing", "Pod", new[0], "Created", "Created container: billing-api", "Normal", "kubelet", nodes[1])
    w.event((0.1, 0.3), sh, "billing", "Pod", new[0], "Started", "Started container billing-api", "Normal", "kubelet", nodes[1])
    w.add((0.05, 0.2), B(1, new[0]), lambda t: slog_json(t, "INFO", "starting billing-api", version="v3.18.2", commit=sha[:7], go="go1.23.4"))
    w.add((0.02, 0.1), B(1, new[0]), lambda t: slog_json(t, "INFO", "connecting to spanner", database="projects/acme-prod/instances/billing/databases/billing"))
    w.add((0.3, 0.9), KL(nodes[1]), lambda t: kubelet_probe_fail(t, 2214, "billing", new[0], uid_new[0], "billing-api", "Readiness",
                                                               f'Get "http://{nip[0]}:8081/readyz": dial tcp {nip[0]}:8081: connect: connection refused'))
    w.event((0.01, 0.05), sh, "billing", "Pod", new[0], "Unhealthy",
            f"Readiness probe failed: Get \"http://{nip[0]}:8081/readyz\": dial tcp {nip[0]}:8081: connect: connection refused", "Warning", "kubelet", nodes[1])
    w.add((0.8, 1.6), B(1, new[0]), lambda t: slog_json(t, "INFO", "warming FX rate cache", currencies=38))
    w.add((0.2, 0.5), B(1, new[0]), lambda t: slog_json(t, "INFO", "gRPC server listening", addr=":9090"))
    w.add((0.01, 0.05), B(1, new[0]), lambda t: slog_json(t, "INFO", "health server listening", addr=":8081"))
    w.add((1.5, 3.0), KL(nodes[1]), lambda t: kubelet_probe_fail(t, 2214, "billing", new[0], uid_new[0], "billing-api", "Readiness",
                                                               "HTTP probe failed with statuscode: 503"))
    w.add((1.0, 2.0), B(1, new[0]), lambda t: slog_json(t, "INFO", "FX rate cache warm", currencies=38, took="3.42s"))
    w.add((2.0, 4.0), KL(nodes[1]), lambda t: klog(t, "I", "kubelet.go:2542", 2214) + f'"SyncLoop (probe)" probe="readiness" status="ready" pod="billing/{new[0]}"')
    w.event((0.1, 0.3), sh, "billing", "Deployment", "billing-api", "ScalingReplicaSet",
            f"Scaled down replica set billing-api-{old_rs} to 1 from 2", "Normal", "deployment-controller")
    w.event((0.02, 0.1), sh, "billing", "Pod", old[0], "Killing", "Stopping container billing-api", "Normal", "kubelet", nodes[0])
    w.add((0.01, 0.05), B(0, old[0]), lambda t: slog_json(t, "INFO", "received SIGTERM, draining", inflight=3))
    w.add((0.2, 0.5), I, lambda t: acc(t, 200, "/billing.v1.InvoiceService/ListInvoices", ips[1], r.uniform(0.01, 0.05)))
    w.add((0.5, 1.5), B(0, old[0]), lambda t: slog_json(t, "INFO", "grpc server stopped gracefully"))
    w.event((0.3, 0.6), sh, "billing", "Deployment", "billing-api", "ScalingReplicaSet",
            f"Scaled up replica set billing-api-{new_rs} to 2 from 1", "Normal", "deployment-controller")
    w.event((0.02, 0.1), sh, "billing", "Pod", new[1], "Scheduled",
            f"Successfully assigned billing/{new[1]} to {nodes[2]}", "Normal", "default-scheduler")
    w.event((0.4, 0.9), sh, "billing", "Pod", new[1], "Pulled",
            f'Container image "{img}" already present on machine', "Normal", "kubelet", nodes[2])
    w.event((0.1, 0.3), sh, "billing", "Pod", new[1], "Started", "Started container billing-api", "Normal", "kubelet", nodes[2])
    w.add((0.05, 0.2), B(2, new[1]), lambda t: slog_json(t, "INFO", "starting billing-api", version="v3.18.2", commit=sha[:7], go="go1.23.4"))
    w.add((0.4, 0.8), KL(nodes[2]), lambda t: kubelet_probe_fail(t, 1987, "billing", new[1], uid_new[1], "billing-api", "Readiness",
                                                               f'Get "http://{nip[1]}:8081/readyz": dial tcp {nip[1]}:8081: connect: connection refused'))
    w.add((3.0, 4.5), B(2, new[1]), lambda t: slog_json(t, "INFO", "FX rate cache warm", currencies=38, took="3.87s"))
    w.add((1.5, 3.0), KL(nodes[2]), lambda t: klog(t, "I", "kubelet.go:2542", 1987) + f'"SyncLoop (probe)" probe="readiness" status="ready" pod="billing/{new[1]}"')
    w.event((0.1, 0.3), sh, "billing", "Deployment", "billing-api", "ScalingReplicaSet",
            f"Scaled down replica set billing-api-{old_rs} to 0 from 1", "Normal", "deployment-controller")
    w.add((0.01, 0.05), B(2, old[1]), lambda t: slog_json(t, "INFO", "received SIGTERM, draining", inflight=1))
    w.add((0.3, 0.9), I, lambda t: acc(t, 200, "/billing.v1.InvoiceService/GetInvoice", nip[0], r.uniform(0.004, 0.02)))
    w.add((0.5, 1.2), B(2, old[1]), lambda t: slog_json(t, "INFO", "grpc server stopped gracefully"))
    w.add((1.0, 2.0), A, lambda t: argocd(t, "info", "Updated health status: Progressing -> Healthy", app, dest + " reason=ResourceUpdated type=Normal"))
    w.add((0.2, 0.6), I, lambda t: acc(t, 200, "/billing.v1.InvoiceService/ListInvoices", nip[1], r.uniform(0.01, 0.04)))
    w.add((0.3, 0.8), A, lambda t: argocd(t, "info", "Reconciliation completed", app, f" dedup_ms=0 diff_ms={r.randint(5, 30)} git_ms={r.randint(40, 200)} health_ms={r.randint(1, 5)} live_ms={r.randint(1, 6)} sync_ms=0 time_ms={r.randint(120, 400)}"))
    return record(key, w, "Argo CD just auto-synced billing-prod; is the billing-api rollout healthy?",
                  sel(namespace="billing", app="billing-api"), "INFO", "none", "billing-api",
                  "No fault: a planned Argo CD automated sync rolled billing-api to v3.18.2; the readiness failures are the expected window while new pods warm their FX cache before the health port accepts connections.",
                  "Routine rolling update of billing-api completed; both new pods became Ready, old pods drained gracefully and Argo CD reports the app Healthy.",
                  "Nothing to do. Optionally add a startupProbe so warm-up does not show up as readiness failures.")


def velero(t, level, msg, extra=""):
    m = msg.replace('"', '\\"')
    return f'time="{iso_s(t)}" level={level} msg="{m}"{extra}'


def mongo(t, s, c, mid, ctx, msg, attr=None):
    d = {"t": {"$date": t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}+00:00"},
         "s": s, "c": c, "id": mid, "ctx": ctx, "msg": msg}
    if attr is not None:
        d["attr"] = attr
    return json.dumps(d, separators=(",", ":"))


@scenario("none-velero-nightly-mongo", "EKS", "Velero nightly backup with fsyncLock hooks and CSI snapshots")
def s_none_velero(key):
    r = random.Random(f"{PREFIX}-{key}")
    st = start_time(r, hour=2).replace(minute=0, second=r.randint(1, 9))
    w = W(r, st, "eks-catalog-prod")
    nodes = [eks_node(r) for _ in range(3)]
    vel = deploy_pod(r, "velero")
    ebs = deploy_pod(r, "ebs-csi-controller")
    api = deploy_pod(r, "catalog-api")
    bk = f"velero/nightly-{st:%Y%m%d%H%M%S}"
    V = w.c("velero", vel, "velero", nodes[0], "velero")
    E = w.c("kube-system", ebs, "ebs-plugin", nodes[1], "ebs-csi-controller")
    S = w.c("kube-system", ebs, "csi-snapshotter", nodes[1], "ebs-csi-controller")
    M = [w.c("catalog", f"mongo-{i}", "mongod", nodes[i], "mongo") for i in range(3)]
    C = w.c("catalog", api, "catalog-api", nodes[2], "catalog-api")
    bl = f' backup={bk} logSource="pkg/backup/backup.go:'
    vols = [f"vol-0{hexs(r, 16)}" for _ in range(3)]
    vs = [f"velero-datadir-mongo-{i}-{kstr(r, 5)}" for i in range(3)]
    w.add(0, V, lambda t: velero(t, "info", "Setting up backup log", f' backup={bk} controller=backup logSource="pkg/controller/backup_controller.go:622"'))
    w.add((0.01, 0.05), V, lambda t: velero(t, "info", "Setting up backup temp file", f' backup={bk} logSource="pkg/controller/backup_controller.go:644"'))
    w.add((0.01, 0.05), V, lambda t: velero(t, "info", "Setting up plugin manager", f' backup={bk} logSource="pkg/controller/backup_controller.go:651"'))
    w.add((0.01, 0.05), V, lambda t: velero(t, "info", "Getting backup item actions", f' backup={bk} logSource="pkg/controller/backup_controller.go:655"'))
    w.add((0.2, 0.5), V, lambda t: velero(t, "info", "Including namespaces: catalog", bl + '421"'))
    w.add((0.01, 0.05), V, lambda t: velero(t, "info", "Excluding namespaces: <none>", bl + '422"'))
    w.add((0.3, 0.9), V, lambda t: velero(t, "info", "running exec hook", f' backup={bk} hookCommand="[/bin/sh -c mongosh --quiet --eval \'db.fsyncLock()\']" hookContainer=mongod hookName="<from-annotation>" hookOnError=Fail hookPhase=pre hookSource=annotation hookTimeout="{{30s}}" hookType=exec logSource="pkg/podexec/pod_command_executor.go:144" name=mongo-0 namespace=catalog resource=pods'))
    w.add((0.4, 0.9), M[0], lambda t: mongo(t, "I", "COMMAND", 20461, f"conn{r.randint(800, 999)}", "CMD fsync", {"lock": True}))
    w.add((0.01, 0.04), M[0], lambda t: mongo(t, "I", "STORAGE", 20462, "fsyncLockWorker", "Lock count incremented", {"lockCount": 1}))
    w.add((0.1, 0.3), V, lambda t: velero(t, "info", "Backing up item", f' backup={bk} logSource="pkg/backup/item_backupper.go:179" name=datadir-mongo-0 namespace=catalog resource=persistentvolumeclaims'))
    w.add((0.1, 0.3), E, lambda t: klog(t, "I", "controller.go:1106") + f'"CreateSnapshot: called" args="name:\\"snapshot-{uuid(r)}\\" source_volume_id:\\"{vols[0]}\\" parameters:<key:\\"tagSpecification_1\\" value:\\"velero.io/backup=nightly\\" > "')
    w.add((0.2, 0.5), S, lambda t: klog(t, "I", "snapshot_controller.go:325") + f'"createSnapshotWrapper: Creating snapshot for content" content="snapcontent-{uuid(r)}"')
    w.add((0.5, 1.5), C, lambda t: slog_json(t, "WARN", "slow mongo operation", op="update", collection="products", duration="2.31s", retry=False))
    w.add((0.5, 1.0), V, lambda t: velero(t, "info", f"Waiting for CSI driver to reconcile volumesnapshot catalog/{vs[0]}. Retrying in 5s", f' backup={bk} logSource="pkg/util/csi/volume_snapshot.go:138"'))
    w.add((0.3, 0.8), M[0], lambda t: mongo(t, "I", "COMMAND", 51803, f"conn{r.randint(1000, 1400)}", "Slow query", {"type": "command", "ns": "catalog.products", "command": {"update": "products", "ordered": True}, "durationMillis": r.randint(2400, 3900)}))
    w.add((2.5, 4.0), E, lambda t: klog(t, "I", "controller.go:1136") + f'"CreateSnapshot: snapshot created" snapshotID="snap-0{hexs(r, 16)}" volumeID="{vols[0]}"')
    w.add((1.0, 2.0), V, lambda t: velero(t, "info", f"Waiting for CSI driver to reconcile volumesnapshot catalog/{vs[0]}. Retrying in 5s", f' backup={bk} logSource="pkg/util/csi/volume_snapshot.go:138"'))
    w.add((3.0, 5.0), V, lambda t: velero(t, "info", "running exec hook", f' backup={bk} hookCommand="[/bin/sh -c mongosh --quiet --eval \'db.fsyncUnlock()\']" hookContainer=mongod hookName="<from-annotation>" hookOnError=Continue hookPhase=post hookSource=annotation hookTimeout="{{30s}}" hookType=exec logSource="pkg/podexec/pod_command_executor.go:144" name=mongo-0 namespace=catalog resource=pods'))
    w.add((0.3, 0.6), M[0], lambda t: mongo(t, "I", "COMMAND", 20465, f"conn{r.randint(800, 999)}", "fsyncUnlock completed", {"lockCount": 0}))
    w.add((0.2, 0.6), C, lambda t: slog_json(t, "INFO", "request", method="GET", path="/v2/products", status=200, duration_ms=r.randint(6, 30)))
    for i in (1, 2):
        w.add((0.5, 1.2), V, lambda t, i=i: velero(t, "info", "Backing up item", f' backup={bk} logSource="pkg/backup/item_backupper.go:179" name=datadir-mongo-{i} namespace=catalog resource=persistentvolumeclaims'))
        w.add((0.1, 0.3), E, lambda t, i=i: klog(t, "I", "controller.go:1106") + f'"CreateSnapshot: called" args="name:\\"snapshot-{uuid(r)}\\" source_volume_id:\\"{vols[i]}\\" "')
        w.add((0.4, 1.0), M[i], lambda t: mongo(t, "I", "NETWORK", 51800, f"conn{r.randint(200, 600)}", "client metadata", {"remote": f"{ip(r, '10.31')}:{port(r)}", "client": f"conn{r.randint(200, 600)}", "doc": {"application": {"name": "mongosh 2.3.1"}}}))
        w.add((2.0, 3.5), E, lambda t, i=i: klog(t, "I", "controller.go:1136") + f'"CreateSnapshot: snapshot created" snapshotID="snap-0{hexs(r, 16)}" volumeID="{vols[i]}"')
    w.add((0.5, 1.0), V, lambda t: velero(t, "warning", "Skip hooks for pod catalog/catalog-sitemap-29012345-" + kstr(r, 5) + " because the pod is not running", f' backup={bk} logSource="pkg/backup/item_backupper.go:292" name=catalog-sitemap namespace=catalog phase=Succeeded resource=pods'))
    w.add((0.5, 1.5), S, lambda t: klog(t, "I", "snapshot_controller.go:1191") + f'"updateSnapshotContentStatus: snapshot content is ready to use" content="snapcontent-{uuid(r)}"')
    w.add((1.0, 2.0), V, lambda t: velero(t, "info", "Backed up a total of 412 items", f' backup={bk} logSource="pkg/backup/backup.go:505" progress=""'))
    w.add((0.2, 0.6), V, lambda t: velero(t, "info", "Setting up backup store to persist the backup", f' backup={bk} logSource="pkg/controller/backup_controller.go:745"'))
    w.add((0.6, 1.4), V, lambda t: velero(t, "info", "Backup completed", f' backup={bk} controller=backup logSource="pkg/controller/backup_controller.go:773"'))
    w.add((0.3, 0.8), C, lambda t: slog_json(t, "INFO", "request", method="PUT", path="/v2/products/SKU-" + str(r.randint(10000, 99999)), status=200, duration_ms=r.randint(8, 40)))
    w.add((3.0, 6.0), V, lambda t: velero(t, "info", "Validating BackupStorageLocation", ' backup-storage-location=velero/default controller=backup-storage-location logSource="pkg/controller/backup_storage_location_controller.go:141"'))
    w.add((0.1, 0.3), V, lambda t: velero(t, "info", "BackupStorageLocations is valid, marking as available", ' backup-storage-location=velero/default controller=backup-storage-location logSource="pkg/controller/backup_storage_location_controller.go:126"'))
    return record(key, w, "Did last night's Velero backup of the catalog namespace succeed, and do the slow MongoDB writes around 02:00 matter?",
                  sel(namespace="catalog"), "INFO", "none", "velero",
                  "No fault: the nightly Velero backup completed; the slow writes are the expected effect of the pre-backup fsyncLock hook on mongo-0 while EBS snapshots are cut.",
                  "Velero backed up the catalog namespace with fsyncLock/fsyncUnlock hooks and three CSI snapshots; backup Completed and the storage location is available.",
                  "Nothing to do. If the few seconds of write stall matter, back up from a hidden secondary instead of mongo-0.")


def prom(t, level, caller, msg, extra="", comp=""):
    m = msg.replace('"', '\\"')
    c = f" component={comp}" if comp else ""
    return f'ts={iso_ms(t)} caller={caller} level={level}{c} msg="{m}"{extra}'


def thanos(t, level, caller, msg, extra=""):
    m = msg.replace('"', '\\"')
    return f'level={level} ts={iso_ns(t)} caller={caller} msg="{m}"{extra}'


@scenario("none-prometheus-operator-upgrade", "kubeadm (on-prem)", "Prometheus restart with WAL replay behind a Thanos sidecar")
def s_none_prom_restart(key):
    r = random.Random(f"{PREFIX}-{key}")
    w = W(r, start_time(r), "dc1-kubeadm")
    nodes = [f"k8s-w{n:02d}.dc1.example.net" for n in r.sample(range(1, 12), 3)]
    op = deploy_pod(r, "prometheus-operator")
    tq = deploy_pod(r, "thanos-query")
    P0 = w.c("monitoring", "prometheus-k8s-0", "prometheus", nodes[0], "prometheus")
    T0 = w.c("monitoring", "prometheus-k8s-0", "thanos-sidecar", nodes[0], "prometheus")
    P1 = w.c("monitoring", "prometheus-k8s-1", "prometheus", nodes[1], "prometheus")
    O = w.c("monitoring", op, "prometheus-operator", nodes[2], "prometheus-operator")
    Q = w.c("monitoring", tq, "thanos-query", nodes[2], "thanos-query")
    KL = w.j(nodes[0], "kubelet.service")
    uid0 = uuid(r)
    pip = ip(r, "10.244")
    sh = "eventrouter"
    maxseg = r.randint(180, 260)
    w.add(0, O, lambda t: f'level=info ts={iso_ms(t)} caller=resource_reconciler.go:{r.randint(300, 420)} component=prometheus-controller msg="update operation" key=monitoring/k8s')
    w.add((0.1, 0.4), O, lambda t: f'level=info ts={iso_ms(t)} caller=operator.go:{r.randint(800, 900)} component=prometheus-controller msg="sync prometheus" key=monitoring/k8s')
    w.event((0.2, 0.6), sh, "monitoring", "StatefulSet", "prometheus-k8s", "SuccessfulDelete",
            "delete Pod prometheus-k8s-0 in StatefulSet prometheus-k8s successful", "Normal", "statefulset-controller", verb="ADDED")
    w.add((0.01, 0.05), P0, lambda t: prom(t, "warn", "main.go:1016", "Received SIGTERM, exiting gracefully..."))
    w.add((0.01, 0.03), P0, lambda t: prom(t, "info", "main.go:1041", "Stopping scrape discovery manager..."))
    w.add((0.3, 0.8), P0, lambda t: prom(t, "info", "main.go:1311", "Notifier manager stopped"))
    w.add((0.01, 0.05), P0, lambda t: prom(t, "info", "main.go:1325", "See you next time!"))
    w.add((0.3, 0.6), Q, lambda t: thanos(t, "warn", "endpointset.go:517", "update of endpoint failed", f' component=endpointset address={pip}:10901 err="getting metadata: fallback fetching info from {pip}:10901: rpc error: code = Unavailable desc = connection error: desc = \\"transport: Error while dialing: dial tcp {pip}:10901: connect: connection refused\\""'))
    w.add((0.5, 1.5), P1, lambda t: prom(t, "info", "head.go:1346", "Head GC completed", f" duration={r.uniform(300, 900):.3f}ms", "tsdb"))
    w.event((1.0, 2.0), sh, "monitoring", "StatefulSet", "prometheus-k8s", "SuccessfulCreate",
            "create Pod prometheus-k8s-0 in StatefulSet prometheus-k8s successful", "Normal", "statefulset-controller")
    w.add((3.0, 5.0), P0, lambda t: prom(t, "info", "main.go:681", "Starting Prometheus Server", ' mode=server version="(version=2.55.1, branch=HEAD, revision=6d7569113f1ca814f1e149f74176656540043b8d)"'))
    w.add((0.001, 0.01), P0, lambda t: prom(t, "info", "main.go:686", "operational information", ' build_context="(go=go1.23.2, platform=linux/amd64, user=root@194d8fa8e7b6, date=20241106-11:03:49, tags=netgo,builtinassets,stringlabels)" host_details="(Linux 5.15.0-126-generic x86_64 prometheus-k8s-0 (none))" fd_limits="(soft=1048576, hard=1048576)" vm_limits="(soft=unlimited, hard=unlimited)"'))
    w.add((0.1, 0.3), T0, lambda t: thanos(t, "warn", "sidecar.go:445", "failed to fetch prometheus version. Is Prometheus running? Retrying", ' err="perform GET request against http://localhost:9090/api/v1/status/buildinfo: Get \\"http://localhost:9090/api/v1/status/buildinfo\\": dial tcp [::1]:9090: connect: connection refused"'))
    w.add((0.2, 0.5), P0, lambda t: prom(t, "info", "head.go:626", "Replaying on-disk memory mappable chunks if any", "", "tsdb"))
    w.add((1.0, 3.0), P0, lambda t: prom(t, "info", "head.go:713", "On-disk memory mappable chunks replay completed", f" duration={r.uniform(1.5, 3.5):.6f}s", "tsdb"))
    w.add((0.01, 0.05), P0, lambda t: prom(t, "info", "head.go:721", "Replaying WAL, this may take a while", "", "tsdb"))
    w.add((2.0, 3.0), T0, lambda t: thanos(t, "warn", "sidecar.go:445", "failed to fetch prometheus version. Is Prometheus running? Retrying", ' err="perform GET request against http://localhost:9090/api/v1/status/buildinfo: Get \\"http://localhost:9090/api/v1/status/buildinfo\\": dial tcp [::1]:9090: connect: connection refused"'))
    w.add((1.0, 2.0), KL, lambda t: kubelet_probe_fail(t, 1322, "monitoring", "prometheus-k8s-0", uid0, "prometheus", "Startup", "HTTP probe failed with statuscode: 503"))
    for seg in (maxseg - 220 if maxseg > 220 else 3, maxseg // 2, maxseg - 1):
        w.add((2.0, 5.0), P0, lambda t, seg=seg: prom(t, "info", "head.go:793", "WAL segment loaded", f" segment={seg} maxSegment={maxseg}", "tsdb"))
    w.add((0.5, 1.5), KL, lambda t: kubelet_probe_fail(t, 1322, "monitoring", "prometheus-k8s-0", uid0, "prometheus", "Startup", "HTTP probe failed with statuscode: 503"))
    w.add((1.0, 3.0), P0, lambda t: prom(t, "info", "head.go:793", "WAL segment loaded", f" segment={maxseg} maxSegment={maxseg}", "tsdb"))
    w.add((0.01, 0.05), P0, lambda t: prom(t, "info", "head.go:830", "WAL replay completed", f" checkpoint_replay_duration={r.uniform(2, 6):.4f}s wal_replay_duration={r.uniform(25, 50):.4f}s wbl_replay_duration=200ns chunk_snapshot_load_duration=0s mmap_chunk_replay_duration={r.uniform(1.5, 3.5):.4f}s total_replay_duration={r.uniform(35, 60):.4f}s", "tsdb"))
    w.add((0.2, 0.6), P0, lambda t: prom(t, "info", "main.go:1150", "filesystem information", " fs_type=EXT4_SUPER_MAGIC"))
    w.add((0.001, 0.01), P0, lambda t: prom(t, "info", "main.go:1153", "TSDB started"))
    w.add((0.01, 0.03), P0, lambda t: prom(t, "info", "main.go:1335", "Loading configuration file", " filename=/etc/prometheus/config_out/prometheus.env.yaml"))
    w.add((0.1, 0.3), P0, lambda t: prom(t, "info", "main.go:1372", "Completed loading of configuration file", f" filename=/etc/prometheus/config_out/prometheus.env.yaml totalDuration={r.uniform(80, 200):.3f}ms db_storage=1.2µs remote_storage=2.1µs web_handler=800ns query_engine=1.4µs scrape={r.uniform(20, 60):.3f}ms scrape_sd={r.uniform(5, 30):.3f}ms notify=41µs notify_sd=18µs rules={r.uniform(20, 90):.3f}ms tracing=6µs"))
    w.add((0.001, 0.01), P0, lambda t: prom(t, "info", "main.go:1114", "Server is ready to receive web requests."))
    w.add((0.001, 0.01), P0, lambda t: prom(t, "info", "manager.go:171", "Starting rule manager...", "", "rule manager"))
    w.add((0.5, 1.5), T0, lambda t: thanos(t, "info", "sidecar.go:451", "successfully loaded prometheus version"))
    w.add((0.01, 0.05), T0, lambda t: thanos(t, "info", "sidecar.go:191", "successfully loaded prometheus external labels", ' external_labels="{cluster=\\"dc1\\", prometheus=\\"monitoring/k8s\\", prometheus_replica=\\"prometheus-k8s-0\\"}"'))
    w.add((2.0, 4.0), Q, lambda t: thanos(t, "info", "endpointset.go:425", "adding new sidecar with [storeEndpoints rulesAPI exemplarsAPI targetsAPI MetricMetadataAPI]", f" component=endpointset address={pip}:10901 extLset=\"{{cluster=\\\"dc1\\\", prometheus=\\\"monitoring/k8s\\\", prometheus_replica=\\\"prometheus-k8s-0\\\"}}\""))
    w.add((1.0, 3.0), KL, lambda t: klog(t, "I", "kubelet.go:2542", 1322) + '"SyncLoop (probe)" probe="startup" status="started" pod="monitoring/prometheus-k8s-0"')
    w.add((0.5, 1.0), KL, lambda t: klog(t, "I", "kubelet.go:2542", 1322) + '"SyncLoop (probe)" probe="readiness" status="ready" pod="monitoring/prometheus-k8s-0"')
    w.add((2.0, 6.0), T0, lambda t: thanos(t, "info", "shipper.go:361", "upload new block", f" id=01J{''.join(r.choice('0123456789ABCDEFGHJKMNPQRSTVWXYZ') for _ in range(23))}"))
    w.add((1.0, 3.0), P1, lambda t: prom(t, "info", "compact.go:576", "write block", f" mint={epoch(t) * 1000 - 7200000 - 2 * 3600000} maxt={epoch(t) * 1000 - 2 * 3600000} ulid=01J{''.join(r.choice('0123456789ABCDEFGHJKMNPQRSTVWXYZ') for _ in range(23))} duration={r.uniform(2, 6):.3f}s ooo=false", "tsdb"))
    return record(key, w, "prometheus-k8s-0 in monitoring restarted during the operator upgrade; is it healthy and did Thanos lose anything?",
                  sel(namespace="monitoring", pod="prometheus-k8s-0"), "INFO", "none", "prometheus",
                  "No fault: prometheus-operator rolled prometheus-k8s-0 after its upgrade; the 503 startup probes and sidecar/query connection-refused warnings cover the normal WAL replay, and the HA replica prometheus-k8s-1 kept scraping.",
                  "Planned restart of one Prometheus replica: WAL replayed in under a minute, server ready, Thanos sidecar and Thanos Query re-registered the endpoint and block upload resumed.",
                  "Nothing to do.")


def doks_node(r, pool):
    return f"{pool}-{kstr(r, 5)}"


def rails_log(t, pid, lvl, req, msg):
    return f"{lvl[0]}, [{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d} #{pid}] {lvl:>5} -- : [{req}] {msg}"


def sidekiq(t, pid, tid, cls, jid, lvl, msg, elapsed=None):
    e = f" elapsed={elapsed}" if elapsed is not None else ""
    return f"{iso_ms(t)} pid={pid} tid={tid} class={cls} jid={jid}{e} {lvl}: {msg}"


@scenario("none-discourse-scanner-noise", "DigitalOcean DOKS", "Discourse forum: scanner 404s, anonymous 403s, login 429s, one retried job")
def s_none_discourse(key):
    r = random.Random(f"{PREFIX}-{key}")
    w = W(r, start_time(r), "doks-ams3-forum")
    pool = f"pool-{kstr(r, 9)}"
    nodes = [doks_node(r, pool) for _ in range(3)]
    web_rs = rs_hash(r)
    webs = [f"discourse-web-{web_rs}-{kstr(r, 5)}" for _ in range(2)]
    skq = deploy_pod(r, "discourse-sidekiq")
    ingc = deploy_pod(r, "ingress-nginx-controller")
    wips = [ip(r, "10.244") for _ in range(2)]
    I = w.c("ingress-nginx", ingc, "controller", nodes[0], "ingress-nginx")
    Wb = [w.c("forum", webs[i], "discourse", nodes[1 + i], "discourse") for i in range(2)]
    S = w.c("forum", skq, "sidekiq", nodes[0], "discourse-sidekiq")
    scanners = [ip(r, "45.148.10"), ip(r, "185.224.128"), ip(r, "193.41.206")]
    users = [ip(r, "141.20"), ip(r, "89.246"), ip(r, "5.146")]
    host_up = "forum-discourse-web-80"
    pid = [r.randint(300, 900) for _ in range(2)]
    tids = [kstr(r, 4) for _ in range(3)]
    jid_mail = hexs(r, 24)

    def acc(t, cl, m, path, st, i, ua=None, rt=None):
        rt = rt if rt is not None else r.uniform(0.004, 0.09)
        return nginx_access(t, cl, m, path, st, r.randint(120, 9000) if st == 200 else r.randint(40, 600),
                            ua or r.choice(UAS[:4]), r.randint(300, 900), rt, host_up, f"{wips[i]}:3000", st, hexs(r, 32))

    def rq():
        return uuid(r)

    probes = [("GET", "/wp-login.php"), ("GET", "/.env"), ("POST", "/xmlrpc.php"), ("GET", "/.git/config"),
              ("GET", "/wp-content/plugins/revslider/temp/update_extract/revslider/"), ("GET", "/phpmyadmin/index.php")]
    w.add(0, I, lambda t: acc(t, users[0], "GET", "/t/enrolment-deadlines-for-semester-2/4182", 200, 0))
    for n, (m, p) in enumerate(probes):
        i = n % 2
        req = rq()
        w.add((0.2, 1.5), I, lambda t, m=m, p=p, i=i: acc(t, scanners[n % 3], m, p, 404, i, "Mozilla/5.0 (compatible; Nmap Scripting Engine; https://nmap.org/book/nse.html)" if n % 3 == 0 else "Go-http-client/1.1"))
        if n in (0, 1, 3):
            w.add((0.001, 0.01), Wb[i], lambda t, m=m, p=p, i=i, req=req: rails_log(t, pid[i], "INFO", req, f'Started {m} "{p}" for {scanners[n % 3]} at {t:%Y-%m-%d %H:%M:%S} +0000'))
            if n == 1:
                w.add((0.001, 0.01), Wb[i], lambda t, m=m, p=p, i=i, req=req: rails_log(t, pid[i], "FATAL", req, f'ActionController::RoutingError (No route matches [{m}] "{p}"):'))
            w.add((0.002, 0.02), Wb[i], lambda t, i=i, req=req: rails_log(t, pid[i], "INFO", req, f"Completed 404 Not Found in {r.randint(3, 14)}ms (Views: {r.uniform(0.5, 2):.1f}ms | ActiveRecord: 0.0ms | Allocations: {r.randint(900, 2600)})"))
        if n == 2:
            w.add((0.3, 1.0), I, lambda t: acc(t, users[1], "GET", "/latest.json?no_definitions=true&page=1", 200, 1))
            w.add((0.1, 0.4), I, lambda t: acc(t, users[2], "GET", "/notifications.json?recent=true&limit=30", 403, 0, UAS[3]))
            req = rq()
            w.add((0.001, 0.01), Wb[0], lambda t, req=req: rails_log(t, pid[0], "INFO", req, "Completed 403 Forbidden in 6ms (Views: 0.3ms | ActiveRecord: 1.1ms | Allocations: 2214)"))
    jtid = tids[0]
    w.add((0.5, 1.0), S, lambda t: sidekiq(t, 1, jtid, "Jobs::PollMailbox", jid_mail, "INFO", "start"))
    for k in range(3):
        w.add((0.2, 0.8), I, lambda t: acc(t, scanners[1], "POST", "/session", 429 if k else 403, 1, "python-requests/2.31.0"))
    req = rq()
    w.add((0.001, 0.01), Wb[1], lambda t, req=req: rails_log(t, pid[1], "WARN", req, f"Rate limit exceeded for login from {scanners[1]} (limit 6 per 60s), wait_seconds=47"))
    w.add((0.5, 2.0), I, lambda t: acc(t, users[0], "POST", "/posts", 200, 0, rt=r.uniform(0.15, 0.4)))
    w.add((10.0, 14.0), S, lambda t: sidekiq(t, 1, jtid, "Jobs::PollMailbox", jid_mail, "INFO", "fail", round(r.uniform(30.0, 30.1), 3)))
    w.add((0.001, 0.01), S, lambda t: sidekiq(t, 1, jtid, "Jobs::PollMailbox", jid_mail, "WARN", "Net::ReadTimeout: Net::ReadTimeout with #<TCPSocket:(closed)>"))
    w.add((0.001, 0.01), S, lambda t: sidekiq(t, 1, jtid, "Jobs::PollMailbox", jid_mail, "WARN", "/usr/local/lib/ruby/3.3.0/net/protocol.rb:229:in `rbuf_fill'"))
    w.add((0.3, 1.0), I, lambda t: acc(t, users[1], "GET", "/t/lab-safety-induction-booking/3977.json", 200, 1))
    w.add((0.3, 1.0), I, lambda t: acc(t, users[2], "GET", "/session/current.json", 404, 0, UAS[2]))
    jid_pp = hexs(r, 24)
    w.add((0.5, 1.5), S, lambda t: sidekiq(t, 1, tids[1], "Jobs::ProcessPost", jid_pp, "INFO", "start"))
    w.add((0.05, 0.2), S, lambda t: sidekiq(t, 1, tids[1], "Jobs::ProcessPost", jid_pp, "INFO", "done", round(r.uniform(0.05, 0.3), 3)))
    w.add((0.3, 1.0), I, lambda t: acc(t, scanners[2], "GET", "/.aws/credentials", 404, 1, "Go-http-client/1.1"))
    w.add((0.3, 1.0), I, lambda t: acc(t, users[0], "GET", "/c/student-union/12.json", 200, 0))
    w.add((18.0, 24.0), S, lambda t: sidekiq(t, 1, tids[2], "Jobs::PollMailbox", jid_mail, "INFO", "start"))
    w.add((1.0, 2.5), S, lambda t: sidekiq(t, 1, tids[2], "Jobs::PollMailbox", jid_mail, "INFO", "done", round(r.uniform(0.8, 2.4), 3)))
    w.add((0.3, 1.0), I, lambda t: acc(t, users[1], "GET", "/latest.json?no_definitions=true&page=1", 200, 1))
    w.add((0.3, 1.0), I, lambda t: acc(t, scanners[0], "GET", "/cgi-bin/luci/;stok=/locale", 404, 0, "Mozilla/5.0 (compatible; Nmap Scripting Engine; https://nmap.org/book/nse.html)"))
    return record(key, w, "The forum's error panel shows 404s, 403s, 429s and a FATAL RoutingError; is Discourse broken?",
                  sel(namespace="forum", app="discourse"), "INFO", "none", "discourse",
                  "No fault: the 404s and the FATAL RoutingError are vulnerability scanners probing WordPress/.env paths, the 403/404s are anonymous API calls, the 429s are Discourse's login rate limit stopping a credential-stuffing client, and the PollMailbox job timed out once then succeeded on retry.",
                  "Internet background noise against the forum; real user traffic is served with 200s and background jobs are completing.",
                  "Nothing to do. Optionally block the scanner ranges at the ingress.")


def ulid(r):
    return "01J" + "".join(r.choice("0123456789ABCDEFGHJKMNPQRSTVWXYZ") for _ in range(23))


@scenario("oom-thanos-compact-downsample", "GKE", "Thanos compactor OOM loop while downsampling")
def s_oom_thanos(key):
    r = random.Random(f"{PREFIX}-{key}")
    w = W(r, start_time(r), "gke-obs-usc1")
    nodes = [gke_node(r, "obs-usc1", "highmem-pool") for _ in range(2)] + [gke_node(r, "obs-usc1")]
    boot = r.uniform(900000, 3000000)
    kn = w.kernel(boot)
    C = w.c("monitoring", "thanos-compact-0", "thanos-compact", nodes[0], "thanos-compact")
    SG = w.c("monitoring", "thanos-store-0", "thanos-store", nodes[1], "thanos-store")
    Q = w.c("monitoring", deploy_pod(r, "thanos-query"), "thanos-query", nodes[2], "thanos-query")
    K = w.k(nodes[0])
    CT = w.j(nodes[0], "containerd.service")
    KL = w.j(nodes[0], "kubelet.service")
    uid = uuid(r)
    cids = [hexs(r, 64) for _ in range(3)]
    pids = [r.randint(2000000, 3900000) for _ in range(2)]
    blocks = [ulid(r) for _ in range(4)]
    memcg = f"/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod{uid.replace('-', '_')}.slice"
    grp = '0@{cluster=\\"prod-us\\", prometheus=\\"monitoring/k8s\\", tenant=\\"payments\\"}'

    def oom(pid, cid):
        w.add((0.5, 1.5), K, kn(f"thanos invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj={r.choice([968, 983, 991])}"))
        w.add((0.0001, 0.001), K, kn("memory: usage 4194304kB, limit 4194304kB, failcnt " + str(r.randint(300, 2000))))
        w.add((0.0001, 0.001), K, kn(f"oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=cri-containerd-{cid}.scope,mems_allowed=0,oom_memcg={memcg}/cri-containerd-{cid}.scope,task_memcg={memcg}/cri-containerd-{cid}.scope,task=thanos,pid={pid},uid=1001"))
        w.add((0.0001, 0.001), K, kn(f"Memory cgroup out of memory: Killed process {pid} (thanos) total-vm:{r.randint(5800000, 6400000)}kB, anon-rss:{r.randint(4120000, 4180000)}kB, file-rss:{r.randint(30000, 60000)}kB, shmem-rss:0kB, UID:1001 pgtables:{r.randint(8000, 9000)}kB oom_score_adj:983"), ev=True)
        w.add((0.05, 0.2), CT, lambda t: containerd_line(t, "info", f'TaskExit event in podsandbox handler container_id:"{cid}" id:"{cid}" pid:{pid} exit_status:137 exited_at:{{seconds:{epoch(t)} nanos:{t.microsecond * 1000}}}'), ev=True)
        w.event((0.5, 1.0), "exporter", None, "Node", nodes[0], "OOMKilling",
                f"Memory cgroup out of memory: Killed process {pid} (thanos) total-vm:6291456kB, anon-rss:4150232kB, file-rss:51200kB, shmem-rss:0kB, UID:1001 pgtables:8420kB oom_score_adj:983",
                "Warning", "kernel-monitor", nodes[0], ev=True)
        w.add((0.1, 0.3), KL, lambda t: kubelet_pleg(t, 2087, "monitoring", "thanos-compact-0", uid, "ContainerDied", cid))

    w.add(0, C, lambda t: thanos(t, "info", "compact.go:1478", "start sync of metas"))
    w.add((4.0, 6.0), C, lambda t: thanos(t, "info", "fetcher.go:623", "successfully synchronized block metadata", (lambda d: f" component=block.BaseFetcher duration={d:.3f}s duration_ms={int(d * 1000)} cached=2113 returned=1720 partial=3")(r.uniform(4, 6))))
    w.add((0.2, 0.5), C, lambda t: thanos(t, "info", "compact.go:1483", "start of GC"))
    w.add((0.2, 0.5), C, lambda t: thanos(t, "info", "compact.go:1506", "start of compactions"))
    w.add((0.5, 1.0), SG, lambda t: thanos(t, "info", "bucket.go:700", "loaded new block", f' elapsed={r.randint(200, 900)}.{r.randint(100, 999)}ms id={ulid(r)}'))
    w.add((0.5, 1.0), C, lambda t: thanos(t, "info", "compact.go:1085", "compaction available and planned; downloading blocks", f' group="{grp}" groupKey=0@1129433188941432116 plan="[{blocks[0]} {blocks[1]} {blocks[2]} {blocks[3]}]"'))
    w.add((40.0, 70.0), C, lambda t: thanos(t, "info", "compact.go:1135", "downloaded and verified blocks; compacting blocks", (lambda d: f' group="{grp}" duration={d:.3f}s duration_ms={int(d * 1000)} plan="[{blocks[0]} {blocks[1]} {blocks[2]} {blocks[3]}]"')(r.uniform(41, 69))))
    w.add((5.0, 9.0), Q, lambda t: thanos(t, "info", "endpointset.go:425", "adding new store with [storeEndpoints]", f" component=endpointset address={ip(r, '10.40')}:10901 extLset=\"\""))
    oom(pids[0], cids[0])
    w.add((0.5, 1.0), KL, lambda t: klog(t, "I", "kuberuntime_manager.go:1048", 2087) + f'"Container will be killed and recreated" pod="monitoring/thanos-compact-0" containerName="thanos-compact" reason="Terminated" exitCode=137')
    w.add((0.3, 0.8), CT, lambda t: containerd_line(t, "info", f'StartContainer for "{cids[1]}" returns successfully'))
    w.add((0.2, 0.5), C, lambda t: thanos(t, "info", "factory.go:53", "loading bucket configuration"))
    w.add((0.01, 0.05), C, lambda t: thanos(t, "info", "compact.go:394", "retention policy of raw samples is enabled", " duration=720h0m0s"))
    w.add((0.01, 0.05), C, lambda t: thanos(t, "info", "compact.go:686", "starting compact node"))
    w.add((0.001, 0.01), C, lambda t: thanos(t, "info", "intrumentation.go:56", "changing probe status", " status=ready"))
    w.add((0.001, 0.01), C, lambda t: thanos(t, "info", "intrumentation.go:75", "changing probe status", " status=healthy"))
    w.add((0.001, 0.01), C, lambda t: thanos(t, "info", "http.go:73", "listening for requests and metrics", " service=http/server component=compact address=0.0.0.0:10902"))
    w.add((0.2, 0.5), C, lambda t: thanos(t, "info", "compact.go:1478", "start sync of metas"))
    w.add((4.0, 6.0), C, lambda t: thanos(t, "info", "fetcher.go:623", "successfully synchronized block metadata", (lambda d: f" component=block.BaseFetcher duration={d:.3f}s duration_ms={int(d * 1000)} cached=2113 returned=1720 partial=3")(r.uniform(4, 6))))
    w.add((0.3, 0.6), C, lambda t: thanos(t, "info", "compact.go:1085", "compaction available and planned; downloading blocks", f' group="{grp}" groupKey=0@1129433188941432116 plan="[{blocks[0]} {blocks[1]} {blocks[2]} {blocks[3]}]"'))
    w.add((3.0, 6.0), SG, lambda t: thanos(t, "info", "bucket.go:700", "loaded new block", f' elapsed={r.randint(200, 900)}.{r.randint(100, 999)}ms id={ulid(r)}'))
    w.add((40.0, 70.0), C, lambda t: thanos(t, "info", "compact.go:1135", "downloaded and verified blocks; compacting blocks", (lambda d: f' group="{grp}" duration={d:.3f}s duration_ms={int(d * 1000)} plan="[{blocks[0]} {blocks[1]} {blocks[2]} {blocks[3]}]"')(r.uniform(41, 69))))
    oom(pids[1], cids[1])
    w.add((0.2, 0.6), KL, lambda t: kubelet_backoff(t, 2087, "monitoring", "thanos-compact-0", uid, "thanos-compact", "20s"))
    w.event((0.01, 0.05), "exporter", "monitoring", "Pod", "thanos-compact-0", "BackOff",
            "Back-off restarting failed container thanos-compact in pod thanos-compact-0_monitoring(" + uid + ")", "Warning", "kubelet", nodes[0], count=2)
    w.add((1.0, 3.0), Q, lambda t: thanos(t, "debug", "proxy.go:369", "Store Addr 10.40.2.17:10901 LabelSets [] Mint: 1735689600000 Maxt: 9223372036854775807 filtered out: does not have data within this time period", " component=proxy request=\"min_time:1767225600000 max_time:1767229200000\""))
    w.add((5.0, 10.0), KL, lambda t: kubelet_backoff(t, 2087, "monitoring", "thanos-compact-0", uid, "thanos-compact", "20s"))
    w.add((2.0, 5.0), SG, lambda t: thanos(t, "info", "bucket.go:736", "dropped outdated block", f" block={ulid(r)}"))
    w.add((10.0, 14.0), KL, lambda t: kubelet_backoff(t, 2087, "monitoring", "thanos-compact-0", uid, "thanos-compact", "40s"))
    return record(key, w, "Why is the ThanosCompactHalted/ThanosCompactIsNotRunning alert firing for the obs cluster?",
                  sel(namespace="monitoring", app="thanos-compact"), "CRITICAL", "oom_killed", "thanos-compact",
                  "thanos-compact-0 is OOM-killed by its 4Gi memory cgroup limit each time it downloads and compacts the payments tenant's 2-week block group, so it crash-loops and never completes a compaction.",
                  "The Thanos compactor is in an OOM crash loop (exit 137, kernel memcg OOM kill, OOMKilling node events); compaction, downsampling and retention are not running.",
                  "Raise the compactor memory limit (or reduce --compact.concurrency / split the tenant's block group), let it finish the backlog, and check for halted-compaction overlaps afterwards.")


@scenario("oom-celery-child-report-cards", "k3s", "Celery prefork child OOM-killed without a pod restart")
def s_oom_celery(key):
    r = random.Random(f"{PREFIX}-{key}")
    w = W(r, start_time(r, hour=r.randint(7, 15)), "k3s-district")
    nodes = [f"k3s-agent-{n:02d}" for n in r.sample(range(1, 7), 3)]
    boot = r.uniform(200000, 900000)
    kn = w.kernel(boot)
    worker = deploy_pod(r, "celery-reports")
    web = deploy_pod(r, "sis-web")
    beat = deploy_pod(r, "celery-beat")
    Wk = w.c("sis", worker, "worker", nodes[0], "celery-reports")
    Wb = w.c("sis", web, "gunicorn", nodes[1], "sis-web")
    Bt = w.c("sis", beat, "beat", nodes[2], "celery-beat")
    K = w.k(nodes[0])
    AG = w.j(nodes[0], "k3s-agent.service")
    tid = uuid(r)
    tid2 = uuid(r)
    uid = uuid(r)
    cid = hexs(r, 64)
    hp = [r.randint(40000, 90000) for _ in range(2)]
    user_ip = ip(r, "10.42.1")
    job = r.randint(8000, 9000)

    def cel(t, lvl, proc, msg):
        return f"[{t:%Y-%m-%d %H:%M:%S},{t.microsecond // 1000:03d}: {lvl}/{proc}] {msg}"

    def gacc(t, path, st, size):
        return f'{user_ip} - - [{clf(t)}] "GET {path} HTTP/1.1" {st} {size} "https://sis.district.example.edu/reports/" "{UAS[0]}"'

    def oom(pid, child):
        w.add((0.5, 1.5), K, kn(f"celery invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj={r.choice([985, 993])}"))
        w.add((0.0001, 0.001), K, kn(f"memory: usage 1048576kB, limit 1048576kB, failcnt {r.randint(20, 200)}"))
        w.add((0.0001, 0.001), K, kn(f"oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset={cid},mems_allowed=0,oom_memcg=/kubepods/burstable/pod{uid}/{cid},task_memcg=/kubepods/burstable/pod{uid}/{cid},task=celery,pid={pid},uid=1000"))
        w.add((0.0001, 0.001), K, kn(f"Memory cgroup out of memory: Killed process {pid} (celery) total-vm:{r.randint(1200000, 1300000)}kB, anon-rss:{r.randint(930000, 990000)}kB, file-rss:{r.randint(9000, 16000)}kB, shmem-rss:0kB, UID:1000 pgtables:{r.randint(1900, 2300)}kB oom_score_adj:985"), ev=True)
        w.add((0.05, 0.3), Wk, lambda t: cel(t, "ERROR", "MainProcess", f"Process '{child}' pid:{r.randint(20, 60)} exited with 'signal 9 (SIGKILL)'"), ev=True)
        jobn = r.randint(300, 400)
        w.add((0.01, 0.05), Wk, lambda t: cel(t, "ERROR", "MainProcess", f"Task handler raised error: WorkerLostError('Worker exited prematurely: signal 9 (SIGKILL) Job: {jobn}.')"), ev=True)
        w.add((0.0001, 0.001), Wk, "Traceback (most recent call last):")
        w.add((0.0001, 0.001), Wk, '  File "/usr/local/lib/python3.12/site-packages/billiard/pool.py", line 1265, in mark_as_worker_lost')
        w.add((0.0001, 0.001), Wk, "    raise WorkerLostError(")
        w.add((0.0001, 0.001), Wk, f"billiard.exceptions.WorkerLostError: Worker exited prematurely: signal 9 (SIGKILL) Job: {jobn}.")

    w.add(0, Bt, lambda t: cel(t, "INFO", "MainProcess", "Scheduler: Sending due task attendance-sync (attendance.tasks.sync_roll_call)"))
    a1 = uuid(r)
    w.add((0.05, 0.2), Wk, lambda t: cel(t, "INFO", "MainProcess", f"Task attendance.tasks.sync_roll_call[{a1}] received"))
    w.add((0.3, 0.9), Wk, lambda t: cel(t, "INFO", "ForkPoolWorker-1", f"Task attendance.tasks.sync_roll_call[{a1}] succeeded in {r.uniform(0.3, 0.9):.3f}s: None"))
    w.add((1.0, 3.0), Wb, lambda t: f'{user_ip} - - [{clf(t)}] "POST /reports/term-cards/ HTTP/1.1" 302 0 "https://sis.district.example.edu/reports/" "{UAS[0]}"')
    w.add((0.01, 0.05), Wk, lambda t: cel(t, "INFO", "MainProcess", f"Task reports.tasks.render_term_report_cards[{tid}] received"))
    w.add((0.05, 0.2), Wk, lambda t: cel(t, "INFO", "ForkPoolWorker-2", f"reports.tasks.render_term_report_cards[{tid}]: rendering 1284 report cards for term 2025-T2 (school_id=17, template=primary_v4)"))
    for _ in range(3):
        w.add((2.5, 3.5), Wb, lambda t: gacc(t, f"/reports/status/{job}/", 200, 61))
    w.add((0.5, 1.0), Wk, lambda t: cel(t, "INFO", "ForkPoolWorker-2", f"reports.tasks.render_term_report_cards[{tid}]: 400/1284 rendered, merging PDF"))
    w.add((1.0, 2.0), Wb, lambda t: gacc(t, f"/reports/status/{job}/", 200, 61))
    oom(hp[0], "ForkPoolWorker-2")
    w.add((0.2, 0.5), Wk, lambda t: cel(t, "WARNING", "MainProcess", f"Task reports.tasks.render_term_report_cards[{tid}] will be redelivered (acks_late=True, reject_on_worker_lost=True)"))
    w.add((0.5, 1.5), Wb, lambda t: gacc(t, f"/reports/status/{job}/", 200, 64))
    k3pid = r.randint(700, 1200)
    w.add((1.0, 2.0), AG, lambda t: f"k3s-agent[{k3pid}]: " + klog(t, "I", "image_gc_manager.go:431", k3pid) + '"Attempting to delete unused images"')
    a2 = uuid(r)
    w.add((0.5, 1.0), Bt, lambda t: cel(t, "INFO", "MainProcess", "Scheduler: Sending due task sis-heartbeat (core.tasks.heartbeat)"))
    w.add((0.05, 0.2), Wk, lambda t: cel(t, "INFO", "MainProcess", f"Task core.tasks.heartbeat[{a2}] received"))
    w.add((0.01, 0.05), Wk, lambda t: cel(t, "INFO", "ForkPoolWorker-3", f"Task core.tasks.heartbeat[{a2}] succeeded in {r.uniform(0.002, 0.02):.6f}s: 'ok'"))
    w.add((0.5, 1.5), Wk, lambda t: cel(t, "INFO", "MainProcess", f"Task reports.tasks.render_term_report_cards[{tid}] received"))
    w.add((0.05, 0.2), Wk, lambda t: cel(t, "INFO", "ForkPoolWorker-4", f"reports.tasks.render_term_report_cards[{tid}]: rendering 1284 report cards for term 2025-T2 (school_id=17, template=primary_v4)"))
    for _ in range(2):
        w.add((2.5, 3.5), Wb, lambda t: gacc(t, f"/reports/status/{job}/", 200, 64))
    w.add((0.5, 1.0), Wk, lambda t: cel(t, "INFO", "ForkPoolWorker-4", f"reports.tasks.render_term_report_cards[{tid}]: 400/1284 rendered, merging PDF"))
    oom(hp[1], "ForkPoolWorker-4")
    w.add((0.5, 1.5), Wb, lambda t: gacc(t, f"/reports/status/{job}/", 200, 64))
    w.add((0.3, 0.9), Wk, lambda t: cel(t, "INFO", "MainProcess", f"Task reports.tasks.export_gradebook_csv[{tid2}] received"))
    w.add((0.3, 0.9), Wk, lambda t: cel(t, "INFO", "ForkPoolWorker-1", f"Task reports.tasks.export_gradebook_csv[{tid2}] succeeded in {r.uniform(1.0, 2.5):.3f}s: 'exports/gradebook-17-2025T2.csv'"))
    return record(key, w, "Why do the term report-card exports in the SIS never finish? The celery-reports pod shows no restarts.",
                  sel(namespace="sis", app="celery-reports"), "ERROR", "oom_killed", "celery-reports",
                  "The prefork child rendering the 1284-card PDF exceeds the celery-reports container's 1Gi memory limit; the kernel memcg OOM killer kills only the child (SIGKILL), so the pod never restarts but the task dies with WorkerLostError and is redelivered to fail again.",
                  "Report-card generation is stuck in a redeliver/OOM cycle; other Celery tasks and the web tier are healthy.",
                  "Raise the worker memory limit or render report cards in smaller batches (stream PDFs to storage instead of merging in memory); set worker_max_memory_per_child and a dedicated queue for heavy reports.")


@scenario("app-rust-invoice-unwrap-panic", "EKS", "Rust axum service panics (panic=abort) on a poison request; portal 502s")
def s_app_rust(key):
    r = random.Random(f"{PREFIX}-{key}")
    w = W(r, start_time(r), "eks-prod-euc1")
    nodes = [eks_node(r) for _ in range(3)]
    inv = deploy_pod(r, "invoice-api")
    ptl = deploy_pod(r, "portal")
    ingc = deploy_pod(r, "ingress-nginx-controller")
    svc_ip = ip(r, "172.20")
    pip = ip(r, "10.42")
    uid = uuid(r)
    cid = [hexs(r, 64) for _ in range(3)]
    N = w.c("billing", inv, "invoice-api", nodes[1], "invoice-api")
    P = w.c("web", ptl, "portal", nodes[0], "portal")
    I = w.c("ingress-nginx", ingc, "controller", nodes[2], "ingress-nginx")
    CT = w.j(nodes[1], "containerd.service")
    KL = w.j(nodes[1], "kubelet.service")
    ptl_ip = ip(r, "10.42")
    cl = [ip(r, "84.17"), ip(r, "91.64"), ip(r, "188.22")]
    bad = f"INV-2026-00{r.randint(4000, 4999)}"

    def rs(t, lvl, target, msg):
        return f"{iso_us(t)} {lvl:>5} {target}: {msg}"

    def req(t, path, status, lat):
        return rs(t, "INFO", f"request{{method=GET uri={path} version=HTTP/1.1}}: tower_http::trace::on_response", f"finished processing request latency={lat} ms status={status}")

    def pino(t, lvl, msg, **kw):
        d = {"level": lvl, "time": int(t.timestamp() * 1000), "pid": 1, "hostname": ptl, "msg": msg}
        d.update(kw)
        return json.dumps(d, separators=(",", ":"))

    def acc(t, path, st, c):
        return nginx_access(t, c, "GET", path, st, r.randint(500, 40000) if st == 200 else 552, UAS[c == cl[1] and 1 or 0],
                            r.randint(400, 800), r.uniform(0.02, 0.3), "web-portal-3000", f"{ptl_ip}:3000", st, hexs(r, 32))

    def panic_block():
        w.add((0.01, 0.05), N, "thread 'tokio-runtime-worker' panicked at src/render/line_items.rs:88:41:", ev=True)
        w.add((0.0001, 0.001), N, "called `Option::unwrap()` on a `None` value", ev=True)
        w.add((0.0001, 0.001), N, "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace")

    w.add(0, N, lambda t: req(t, f"/v1/invoices/INV-2026-00{r.randint(4000, 4999)}", 200, r.randint(8, 40)))
    w.add((0.3, 1.0), I, lambda t: acc(t, "/account/invoices", 200, cl[0]))
    w.add((0.2, 0.6), N, lambda t: req(t, f"/v1/invoices/INV-2026-00{r.randint(4000, 4999)}/pdf", 200, r.randint(60, 180)))
    w.add((0.5, 1.5), N, lambda t: rs(t, "DEBUG", "invoice_api::render", f"rendering invoice={bad} lines=14 credit_notes=1"))
    panic_block()
    w.add((0.001, 0.01), P, lambda t: pino(t, 50, "invoice fetch failed", invoice=bad, err={"type": "FetchError", "message": f"request to http://invoice-api.billing.svc.cluster.local:8080/v1/invoices/{bad}/pdf failed, reason: socket hang up", "code": "ECONNRESET"}))
    w.add((0.001, 0.01), I, lambda t: acc(t, f"/account/invoices/{bad}/download", 502, cl[1]))
    w.add((0.01, 0.05), CT, lambda t: containerd_line(t, "info", f'TaskExit event in podsandbox handler container_id:"{cid[0]}" id:"{cid[0]}" pid:{r.randint(3000, 9000)} exit_status:134 exited_at:{{seconds:{epoch(t)} nanos:{t.microsecond * 1000}}}'), ev=True)
    w.add((0.1, 0.3), KL, lambda t: kubelet_pleg(t, 3301, "billing", inv, uid, "ContainerDied", cid[0]))
    w.add((0.1, 0.4), P, lambda t: pino(t, 50, "invoice list failed", err={"type": "FetchError", "message": f"request to http://invoice-api.billing.svc.cluster.local:8080/v1/invoices?customer=C-{r.randint(10000, 99999)} failed, reason: connect ECONNREFUSED {svc_ip}:8080", "code": "ECONNREFUSED"}))
    w.add((0.001, 0.01), I, lambda t: acc(t, "/account/invoices", 502, cl[0]))
    w.add((0.5, 1.0), CT, lambda t: containerd_line(t, "info", f'StartContainer for "{cid[1]}" returns successfully'))
    w.add((0.2, 0.5), N, lambda t: rs(t, "INFO", "invoice_api", "invoice-api 1.42.0 starting (git 8c1f2ad)"))
    w.add((0.05, 0.2), N, lambda t: rs(t, "INFO", "sqlx::postgres::notice", "connected to postgres host=billing-db.cluster-c3x8h2p9vqkd.eu-central-1.rds.amazonaws.com pool_size=10"))
    w.add((0.01, 0.05), N, lambda t: rs(t, "INFO", "invoice_api", "listening on 0.0.0.0:8080"))
    w.add((0.5, 1.5), N, lambda t: req(t, f"/v1/invoices?customer=C-{r.randint(10000, 99999)}", 200, r.randint(10, 40)))
    w.add((0.3, 0.8), I, lambda t: acc(t, "/account/invoices", 200, cl[2]))
    w.add((1.0, 3.0), N, lambda t: rs(t, "DEBUG", "invoice_api::render", f"rendering invoice={bad} lines=14 credit_notes=1"))
    panic_block()
    w.add((0.001, 0.01), P, lambda t: pino(t, 50, "invoice fetch failed", invoice=bad, err={"type": "FetchError", "message": f"request to http://invoice-api.billing.svc.cluster.local:8080/v1/invoices/{bad}/pdf failed, reason: socket hang up", "code": "ECONNRESET"}))
    w.add((0.001, 0.01), I, lambda t: acc(t, f"/account/invoices/{bad}/download", 502, cl[1]))
    w.add((0.01, 0.05), CT, lambda t: containerd_line(t, "info", f'TaskExit event in podsandbox handler container_id:"{cid[1]}" id:"{cid[1]}" pid:{r.randint(3000, 9000)} exit_status:134 exited_at:{{seconds:{epoch(t)} nanos:{t.microsecond * 1000}}}'))
    w.add((0.1, 0.3), KL, lambda t: kubelet_pleg(t, 3301, "billing", inv, uid, "ContainerDied", cid[1]))
    w.add((0.05, 0.2), KL, lambda t: kubelet_backoff(t, 3301, "billing", inv, uid, "invoice-api", "10s"))
    w.event((0.01, 0.05), "alloy", "billing", "Pod", inv, "BackOff",
            f"Back-off restarting failed container invoice-api in pod {inv}_billing({uid})", "Warning", "kubelet", nodes[1], count=3)
    w.add((0.2, 0.8), P, lambda t: pino(t, 50, "invoice list failed", err={"type": "FetchError", "message": f"request to http://invoice-api.billing.svc.cluster.local:8080/v1/invoices?customer=C-{r.randint(10000, 99999)} failed, reason: connect ECONNREFUSED {svc_ip}:8080", "code": "ECONNREFUSED"}))
    w.add((0.001, 0.01), I, lambda t: acc(t, "/account/invoices", 502, cl[2]))
    w.add((0.5, 1.5), I, lambda t: acc(t, "/account/settings", 200, cl[0]))
    w.add((0.5, 1.5), P, lambda t: pino(t, 40, "circuit open for invoice-api", failures=5, window="30s"))
    w.add((8.0, 10.0), CT, lambda t: containerd_line(t, "info", f'StartContainer for "{cid[2]}" returns successfully'))
    w.add((0.2, 0.5), N, lambda t: rs(t, "INFO", "invoice_api", "invoice-api 1.42.0 starting (git 8c1f2ad)"))
    w.add((0.01, 0.05), N, lambda t: rs(t, "INFO", "invoice_api", "listening on 0.0.0.0:8080"))
    w.add((2.0, 4.0), N, lambda t: rs(t, "DEBUG", "invoice_api::render", f"rendering invoice={bad} lines=14 credit_notes=1"))
    panic_block()
    w.add((0.001, 0.01), I, lambda t: acc(t, f"/account/invoices/{bad}/download", 502, cl[1]))
    w.add((0.05, 0.2), KL, lambda t: kubelet_backoff(t, 3301, "billing", inv, uid, "invoice-api", "20s"))
    return record(key, w, "Why does the customer portal return 502 on the invoices pages?",
                  sel(namespace="web", app="portal"), "CRITICAL", "application_error", "invoice-api",
                  f"invoice-api (billing namespace) panics on `Option::unwrap()` of a missing value in src/render/line_items.rs:88 when rendering {bad} (an invoice with a credit note); the binary is built with panic=abort, so every retry of that download kills the process and the pod crash-loops, taking all invoice requests down with it.",
                  "The portal's 502s and ECONNREFUSED/socket hang up errors are downstream of invoice-api crash-looping (exit 134) on a poison invoice.",
                  "Roll back or hot-fix invoice-api to handle the missing tax rate on credit-note lines (no unwrap), consider panic=unwind with a catch_panic layer, and temporarily block the poison invoice ID at the portal.")


def lke_node(r, cluster_id, pool_id):
    return f"lke{cluster_id}-{pool_id}-{hexs(r, 8)}0000"


@scenario("app-phoenix-function-clause", "Linode LKE", "Phoenix controller FunctionClauseError on a new discount kind")
def s_app_phoenix(key):
    r = random.Random(f"{PREFIX}-{key}")
    w = W(r, start_time(r, hour=r.randint(8, 11)), "lke-eu-central")
    cidn, pidn = r.randint(100000, 299999), r.randint(100000, 399999)
    nodes = [lke_node(r, cidn, pidn) for _ in range(3)]
    rs = rs_hash(r)
    pods = [f"quote-service-{rs}-{kstr(r, 5)}" for _ in range(2)]
    ingc = deploy_pod(r, "ingress-nginx-controller")
    Q = [w.c("tariff", pods[i], "quote-service", nodes[i], "quote-service") for i in range(2)]
    I = w.c("ingress-nginx", ingc, "controller", nodes[2], "ingress-nginx")
    qips = [ip(r, "10.2") for _ in range(2)]
    cl = [ip(r, "82.165"), ip(r, "37.120"), ip(r, "5.9")]

    def rid():
        return "F" + "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(19))

    def px(t, rq, lvl, msg):
        tag = f"request_id={rq} " if rq else ""
        return f"{t:%H:%M:%S}.{t.microsecond // 1000:03d} {tag}[{lvl}] {msg}"

    def acc(t, m, path, st, i, c):
        return nginx_access(t, c, m, path, st, r.randint(200, 1800) if st < 300 else r.randint(40, 120), "tariff-web/2.41.0 (+axios/1.7.9)",
                            r.randint(500, 1400), r.uniform(0.01, 0.09), "tariff-quote-service-4000", f"{qips[i]}:4000", st, hexs(r, 32))

    def ok_quote(i):
        q = rid()
        w.add((0.5, 2.5), Q[i], lambda t: px(t, q, "info", "POST /api/quotes"))
        w.add((0.005, 0.03), Q[i], lambda t: px(t, q, "info", f"Sent 201 in {r.randint(6, 30)}ms"))
        w.add((0.001, 0.005), I, lambda t: acc(t, "POST", "/api/quotes", 201, i, cl[r.randint(0, 2)]))

    def bad_quote(i, full, ev):
        q = rid()
        w.add((0.5, 2.5), Q[i], lambda t: px(t, q, "info", "POST /api/quotes"))
        w.add((0.005, 0.02), Q[i], lambda t: px(t, q, "info", "Sent 500 in " + str(r.randint(4, 12)) + "ms"))
        pid1, pid2 = r.randint(3000, 9000), r.randint(3000, 9000)
        w.add((0.0005, 0.002), Q[i], lambda t: px(t, None, "error", f"#PID<0.{pid1}.0> running TariffWeb.Endpoint (connection #PID<0.{pid2}.0>, stream id 1) terminated"))
        w.add((0.0001, 0.0005), Q[i], "Server: quotes.tariff.example.com:80 (http)")
        w.add((0.0001, 0.0005), Q[i], "Request: POST /api/quotes")
        w.add((0.0001, 0.0005), Q[i], "** (exit) an exception was raised:", ev=ev)
        w.add((0.0001, 0.0005), Q[i], "    ** (FunctionClauseError) no function clause matching in Tariff.Pricing.apply_discount/2", ev=ev)
        if full:
            w.add((0.0001, 0.0005), Q[i], "        (tariff 2.41.0) lib/tariff/pricing.ex:112: Tariff.Pricing.apply_discount(%Tariff.Quote{currency: \"EUR\", sites: 4, ...}, %Tariff.Discount{kind: :multi_site, percent: 12})", ev=ev)
            w.add((0.0001, 0.0005), Q[i], "        (tariff 2.41.0) lib/tariff/quotes.ex:58: Tariff.Quotes.build/2")
            w.add((0.0001, 0.0005), Q[i], "        (tariff 2.41.0) lib/tariff_web/controllers/quote_controller.ex:19: TariffWeb.QuoteController.create/2")
            w.add((0.0001, 0.0005), Q[i], "        (phoenix 1.7.14) lib/phoenix/router.ex:484: Phoenix.Router.__call__/5")
        w.add((0.001, 0.005), I, lambda t: acc(t, "POST", "/api/quotes", 500, i, cl[r.randint(0, 2)]))

    w.add(0, Q[0], lambda t: px(t, None, "info", "Running TariffWeb.Endpoint with cowboy 2.12.0 at :::4000 (http)"))
    w.add((0.01, 0.05), Q[0], lambda t: px(t, None, "info", "Access TariffWeb.Endpoint at https://quotes.tariff.example.com"))
    w.add((0.2, 0.6), Q[0], lambda t: px(t, None, "info", f"[libcluster:k8s] connected to :\"tariff@{qips[1]}\""))
    ok_quote(1)
    ok_quote(0)
    w.add((0.3, 1.0), Q[1], lambda t: px(t, None, "info", "Oban.Plugins.Cron inserted job Tariff.Workers.ExpireQuotes"))
    bad_quote(1, True, True)
    ok_quote(0)
    w.add((0.5, 1.0), I, lambda t: acc(t, "GET", "/api/quotes/Q-" + str(r.randint(100000, 999999)), 200, 0, cl[0]))
    bad_quote(0, False, True)
    ok_quote(1)
    w.add((0.3, 1.0), Q[0], lambda t: px(t, None, "info", "[Oban] job Tariff.Workers.ExpireQuotes completed in 38ms (expired=7)"))
    bad_quote(1, False, False)
    ok_quote(0)
    return record(key, w, "Since this morning's release some quote requests fail with HTTP 500; what is wrong?",
                  sel(namespace="tariff", app="quote-service"), "ERROR", "application_error", "quote-service",
                  "Release 2.41.0 of quote-service introduced the :multi_site discount kind but Tariff.Pricing.apply_discount/2 has no clause for it, so every quote carrying that discount raises FunctionClauseError and the request returns 500.",
                  "Quotes with a multi-site discount fail with 500 (FunctionClauseError in Tariff.Pricing.apply_discount/2); other quotes succeed.",
                  "Add the missing apply_discount/2 clause (or a catch-all returning a validation error) and redeploy, or roll back to the previous release.")



# --------------------------------------------------------------------------
# batch 2: none x4, image_pull x2, probe_failure x2
# --------------------------------------------------------------------------


def aks_node(r, pool):
    return f"aks-{pool}-{r.randint(10000000, 99999999)}-vmss{r.randint(0, 12):06d}"


def zapj(t, level, msg, **kw):
    d = {"level": level, "ts": iso_ms(t), "msg": msg}
    d.update(kw)
    return json.dumps(d, separators=(",", ":"))


@scenario("none-mongo-operator-rolling-upgrade", "AKS", "MongoDB community operator rolling upgrade with planned stepdown")
def s_none_mongo(key):
    r = random.Random(f"{PREFIX}-{key}")
    w = W(r, start_time(r, hour=r.choice([1, 2, 3])), "aks-weu-catalog")
    nodes = [aks_node(r, "data") for _ in range(3)] + [aks_node(r, "apps")]
    op = deploy_pod(r, "mongodb-kubernetes-operator")
    api = deploy_pod(r, "orders-api")
    O = w.c("catalog", op, "mongodb-kubernetes-operator", nodes[3], "mongodb-kubernetes-operator")
    M = [w.c("catalog", f"catalog-mongodb-{i}", "mongod", nodes[i], "catalog-mongodb") for i in range(3)]
    AG = [w.c("catalog", f"catalog-mongodb-{i}", "mongodb-agent", nodes[i], "catalog-mongodb") for i in range(3)]
    A = w.c("orders", api, "orders-api", nodes[3], "orders-api")
    KL = [w.j(nodes[i], "kubelet.service") for i in range(3)]
    uids = [uuid(r) for _ in range(3)]
    term = r.randint(30, 60)
    cl = [ip(r, "10.244") for _ in range(3)]
    host0 = "catalog-mongodb-0.catalog-mongodb-svc.catalog.svc.cluster.local:27017"
    host2 = "catalog-mongodb-2.catalog-mongodb-svc.catalog.svc.cluster.local:27017"

    def uv(t, path, st, phrase):
        return f'INFO:     {ip(r, "10.244.3")}:{port(r)} - "{path}" {st} {phrase}'

    def applog(t, lvl, logger, msg):
        return f"{t:%Y-%m-%d %H:%M:%S},{t.microsecond // 1000:03d} {lvl} {logger}: {msg}"

    w.add(0, O, lambda t: zapj(t, "info", "Reconciling MongoDB", ReplicaSet="catalog/catalog-mongodb"))
    w.add((0.05, 0.2), O, lambda t: zapj(t, "info", "Updating StatefulSet", ReplicaSet="catalog/catalog-mongodb"))
    w.add((0.1, 0.3), O, lambda t: zapj(t, "info", "Version change in progress, upgrading MongoDB from 7.0.14 to 7.0.16", ReplicaSet="catalog/catalog-mongodb"))
    w.add((0.2, 0.6), O, lambda t: zapj(t, "info", "StatefulSet catalog/catalog-mongodb is not yet ready, retrying in 10 seconds", ReplicaSet="catalog/catalog-mongodb"))
    w.event((0.1, 0.4), "exporter", "catalog", "Pod", "catalog-mongodb-2", "Killing", "Stopping container mongod", "Normal", "kubelet", nodes[2])
    w.add((0.01, 0.05), M[2], lambda t: mongo(t, "I", "CONTROL", 23377, "SignalHandler", "Received signal", {"signal": 15, "error": "Terminated"}))
    w.add((0.05, 0.2), M[2], lambda t: mongo(t, "I", "REPL", 4784909, "SignalHandler", "Shutting down the ReplicationCoordinator"))
    w.add((0.5, 1.5), M[2], lambda t: mongo(t, "I", "CONTROL", 20565, "SignalHandler", "Now exiting"))
    w.add((6.0, 10.0), KL[2], lambda t: kubelet_probe_fail(t, 2290, "catalog", "catalog-mongodb-2", uids[2], "mongodb-agent", "Readiness",
                                                        "panic: open /var/log/mongodb-mms-automation/agent-health-status.json: no such file or directory\n\ngoroutine 1 [running]:\nmain.main()\n\t/workspace/cmd/readiness/main.go:226 +0x191"))
    w.add((2.0, 5.0), M[2], lambda t: mongo(t, "I", "CONTROL", 23403, "initandlisten", "Build Info", {"buildInfo": {"version": "7.0.16", "gitVersion": "18b949444cfdaa2f3a9dd46ae1d1a8b4cf5e4d7b", "openSSLVersion": "OpenSSL 3.0.2 15 Mar 2022"}}))
    w.add((3.0, 6.0), M[2], lambda t: mongo(t, "I", "REPL", 21358, "ReplCoord-0", "Replica set state transition", {"newState": "SECONDARY", "oldState": "RECOVERING"}))
    w.add((5.0, 8.0), AG[2], lambda t: f"[{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond // 1000:03d}+0000] [.info] [cm/director/director.go:planAndExecute:585] <catalog-mongodb-2> [{t:%H:%M:%S}.{t.microsecond // 1000:03d}] Step=WaitAllRsMembersUp as part of Move=WaitAllRsMembersUp in plan completed")
    w.add((10.0, 14.0), O, lambda t: zapj(t, "info", "StatefulSet catalog/catalog-mongodb is not yet ready, retrying in 10 seconds", ReplicaSet="catalog/catalog-mongodb"))
    w.add((1.0, 3.0), A, lambda t: uv(t, "POST /v1/orders HTTP/1.1", 201, "Created"))
    w.add((1.0, 3.0), M[0], lambda t: mongo(t, "I", "REPL", 21343, f"conn{r.randint(100, 900)}", "Starting to kill user operations"))
    w.add((0.01, 0.05), M[0], lambda t: mongo(t, "I", "REPL", 21358, "conn" + str(r.randint(100, 900)), "Replica set state transition", {"newState": "SECONDARY", "oldState": "PRIMARY"}))
    w.add((0.01, 0.05), M[0], lambda t: mongo(t, "I", "REPL", 21402, "RstlKillOpThread", "State transition ops metrics", {"metrics": {"lastStateTransition": "stepDown", "userOpsKilled": 3, "userOpsRunning": 11}}))
    w.add((0.05, 0.2), A, lambda t: applog(t, "WARNING", "orders.repository", f"transient MongoDB error on insert_one, retrying (1/3): AutoReconnect: {host0}: connection closed"))
    w.add((0.3, 0.9), M[1], lambda t: mongo(t, "I", "ELECTION", 21450, "ReplCoord-3", "Election succeeded, assuming primary role", {"term": term + 1}))
    w.add((0.01, 0.05), M[1], lambda t: mongo(t, "I", "REPL", 21358, "ReplCoord-3", "Replica set state transition", {"newState": "PRIMARY", "oldState": "SECONDARY"}))
    w.add((0.3, 0.8), M[1], lambda t: mongo(t, "I", "REPL", 21331, "OplogApplier-0", "Transition to primary complete; database writes are now permitted", {"term": term + 1}))
    w.add((0.1, 0.3), A, lambda t: applog(t, "INFO", "orders.repository", "insert_one succeeded after 1 retry (elapsed 1.42s)"))
    w.add((0.001, 0.01), A, lambda t: uv(t, "POST /v1/orders HTTP/1.1", 201, "Created"))
    w.event((2.0, 4.0), "exporter", "catalog", "Pod", "catalog-mongodb-0", "Killing", "Stopping container mongod", "Normal", "kubelet", nodes[0])
    w.add((0.01, 0.05), M[0], lambda t: mongo(t, "I", "CONTROL", 23377, "SignalHandler", "Received signal", {"signal": 15, "error": "Terminated"}))
    w.add((0.5, 1.5), M[0], lambda t: mongo(t, "I", "CONTROL", 20565, "SignalHandler", "Now exiting"))
    w.add((1.0, 3.0), A, lambda t: uv(t, "GET /v1/orders/ORD-" + str(r.randint(100000, 999999)) + " HTTP/1.1", 200, "OK"))
    w.add((5.0, 9.0), KL[0], lambda t: kubelet_probe_fail(t, 2214, "catalog", "catalog-mongodb-0", uids[0], "mongodb-agent", "Readiness",
                                                        "panic: open /var/log/mongodb-mms-automation/agent-health-status.json: no such file or directory\n\ngoroutine 1 [running]:\nmain.main()\n\t/workspace/cmd/readiness/main.go:226 +0x191"))
    w.add((2.0, 5.0), M[0], lambda t: mongo(t, "I", "CONTROL", 23403, "initandlisten", "Build Info", {"buildInfo": {"version": "7.0.16", "gitVersion": "18b949444cfdaa2f3a9dd46ae1d1a8b4cf5e4d7b", "openSSLVersion": "OpenSSL 3.0.2 15 Mar 2022"}}))
    w.add((3.0, 6.0), M[0], lambda t: mongo(t, "I", "REPL", 21358, "ReplCoord-0", "Replica set state transition", {"newState": "SECONDARY", "oldState": "RECOVERING"}))
    w.add((1.0, 3.0), A, lambda t: uv(t, "POST /v1/orders HTTP/1.1", 201, "Created"))
    w.add((5.0, 8.0), O, lambda t: zapj(t, "info", "StatefulSet catalog/catalog-mongodb is not yet ready, retrying in 10 seconds", ReplicaSet="catalog/catalog-mongodb"))
    w.add((8.0, 12.0), KL[0], lambda t: klog(t, "I", "kubelet.go:2542", 2214) + '"SyncLoop (probe)" probe="readiness" status="ready" pod="catalog/catalog-mongodb-0"')
    w.add((2.0, 4.0), O, lambda t: zapj(t, "info", "All members are at version 7.0.16; setting featureCompatibilityVersion", ReplicaSet="catalog/catalog-mongodb"))
    w.add((0.3, 0.8), O, lambda t: zapj(t, "info", "Successfully finished reconciliation, MongoDB.Spec: {...}, MongoDB.Status: {Phase:Running Version:7.0.16 MongoURI:mongodb://catalog-mongodb-0.catalog-mongodb-svc.catalog.svc.cluster.local:27017,... CurrentStatefulSetReplicas:3 CurrentMongoDBMembers:3}", ReplicaSet="catalog/catalog-mongodb"))
    w.add((0.5, 1.5), A, lambda t: uv(t, "POST /v1/orders HTTP/1.1", 201, "Created"))
    return record(key, w, "The MongoDB operator upgraded catalog-mongodb overnight; is the replica set healthy and did orders-api lose writes?",
                  sel(namespace="catalog", app="catalog-mongodb"), "INFO", "none", "catalog-mongodb",
                  "No fault: the community operator performed a planned rolling upgrade 7.0.14 -> 7.0.16 (secondaries first, then a stepdown of the primary); the agent readiness panics are the normal 'health file not written yet' window of restarting members and the single AutoReconnect was retried successfully by orders-api.",
                  "Rolling MongoDB upgrade completed with one clean election; all three members are back, reconciliation finished with phase Running and orders-api kept accepting orders.",
                  "Nothing to do.")


@scenario("none-autoscaler-scale-down-hetzner", "Hetzner Cloud (kubeadm + hcloud CCM)", "cluster-autoscaler removes an underutilised node; NodeNotReady and evictions")
def s_none_ca(key):
    r = random.Random(f"{PREFIX}-{key}")
    w = W(r, start_time(r, hour=3), "hcloud-fsn1-prod")
    nodes = [f"pool-cx42-{hexs(r, 8)}" for _ in range(4)]
    victim = nodes[0]
    ca = deploy_pod(r, "cluster-autoscaler")
    ccm = deploy_pod(r, "hcloud-cloud-controller-manager")
    drs = rs_hash(r)
    dru_old = f"drupal-{drs}-{kstr(r, 5)}"
    dru_new = f"drupal-{drs}-{kstr(r, 5)}"
    dru_other = f"drupal-{drs}-{kstr(r, 5)}"
    C = w.c("kube-system", ca, "cluster-autoscaler", nodes[1], "cluster-autoscaler")
    CCM = w.c("kube-system", ccm, "hcloud-cloud-controller-manager", nodes[2], "hcloud-cloud-controller-manager")
    D = w.c("web", dru_other, "drupal", nodes[2], "drupal")
    Dn = w.c("web", dru_new, "drupal", nodes[3], "drupal")
    Dold = w.c("web", dru_old, "drupal", victim, "drupal")
    sid = r.randint(40000000, 60000000)
    sh = "alloy"
    util = r.uniform(0.12, 0.3)

    def ap(t, st, path, rt):
        return f'{ip(r, "10.244.2")} - - [{clf(t)}] "GET {path} HTTP/1.1" {st} {r.randint(3000, 40000)} "-" "{r.choice(UAS[:4])}" rt={rt:.3f}'

    w.add(0, C, lambda t: klog(t, "I", "static_autoscaler.go:290") + "Starting main loop")
    w.add((0.01, 0.05), C, lambda t: klog(t, "I", "klogx.go:87") + f'Node {victim} - cpu requested is {util * 100:.2f}% of allocatable')
    w.add((0.01, 0.05), C, lambda t: klog(t, "I", "cluster.go:155") + f"Simulating node {victim} removal")
    w.add((0.01, 0.05), C, lambda t: klog(t, "I", "cluster.go:178") + f"node {victim} may be removed")
    w.add((0.01, 0.05), C, lambda t: klog(t, "I", "nodes.go:84") + f"{victim} is unneeded since {iso_s(t - timedelta(minutes=10, seconds=r.randint(3, 40)))} duration 10m0.{r.randint(100, 999)}s")
    w.add((0.05, 0.2), C, lambda t: klog(t, "I", "planner.go:305") + f"Scale-down: removing node {victim}, utilization: {{{util:.2f} {util * 0.7:.2f} 0 cpu {util:.2f}}}, pods to reschedule: web/{dru_old},web/memcached-1")
    w.add((0.05, 0.2), C, lambda t: klog(t, "I", "delete.go:104") + f"Successfully added ToBeDeletedTaint on node {victim}")
    w.event((0.01, 0.05), sh, None, "Node", victim, "ScaleDown", "marked the node as toBeDeleted/unschedulable", "Normal", "cluster-autoscaler")
    w.event((0.2, 0.6), sh, "web", "Pod", dru_old, "ScaleDown", f"deleting pod for node scale down", "Normal", "cluster-autoscaler")
    w.add((0.01, 0.05), Dold, lambda t: f"[{t:%a %b %d %H:%M:%S}.{t.microsecond:06d} {t:%Y}] [mpm_prefork:notice] [pid 1] AH00170: caught SIGWINCH, shutting down gracefully")
    w.event((0.05, 0.2), sh, "web", "Pod", "memcached-1", "ScaleDown", "deleting pod for node scale down", "Normal", "cluster-autoscaler")
    w.event((0.3, 0.8), sh, "web", "ReplicaSet", f"drupal-{drs}", "SuccessfulCreate", f"Created pod: {dru_new}", "Normal", "replicaset-controller")
    w.add((0.2, 0.6), D, lambda t: f"[{t:%a %b %d %H:%M:%S}.{t.microsecond:06d} {t:%Y}] [php:warn] [pid {r.randint(20, 90)}] [client {ip(r, '10.244.2')}:{port(r)}] PHP Warning:  Memcached::getMulti(): Server memcached-1.memcached.web.svc.cluster.local (tcp 11211) failed with: Connection refused (111) in /var/www/html/modules/contrib/memcache/src/Driver/MemcachedDriver.php on line 72")
    w.add((0.1, 0.4), D, lambda t: ap(t, 200, "/en/services/bin-collection-days", r.uniform(0.1, 0.4)))
    w.event((0.5, 1.5), sh, "web", "StatefulSet", "memcached", "SuccessfulCreate", "create Pod memcached-1 in StatefulSet memcached successful", "Normal", "statefulset-controller")
    w.event((0.5, 1.5), sh, "web", "Pod", "memcached-1", "Scheduled", f"Successfully assigned web/memcached-1 to {nodes[3]}", "Normal", "default-scheduler")
    w.event((0.1, 0.3), sh, "web", "Pod", dru_new, "Scheduled", f"Successfully assigned web/{dru_new} to {nodes[3]}", "Normal", "default-scheduler")
    w.add((1.0, 2.0), D, lambda t: ap(t, 200, "/en/council/meetings", r.uniform(0.2, 0.6)))
    w.event((1.0, 3.0), sh, "web", "Pod", "memcached-1", "Started", "Started container memcached", "Normal", "kubelet", nodes[3])
    w.add((2.0, 5.0), Dn, lambda t: f"[{t:%a %b %d %H:%M:%S}.{t.microsecond:06d} {t:%Y}] [mpm_prefork:notice] [pid 1] AH00163: Apache/2.4.62 (Debian) PHP/8.3.14 configured -- resuming normal operations")
    w.add((0.01, 0.05), Dn, lambda t: f"[{t:%a %b %d %H:%M:%S}.{t.microsecond:06d} {t:%Y}] [core:notice] [pid 1] AH00094: Command line: 'apache2 -D FOREGROUND'")
    w.add((0.5, 2.0), D, lambda t: ap(t, 200, "/en/services/bin-collection-days", r.uniform(0.05, 0.2)))
    w.add((5.0, 10.0), C, lambda t: klog(t, "I", "hetzner_node_group.go:123") + f'Deleting server {victim} (id {sid}) from node group pool-cx42')
    w.add((15.0, 25.0), CCM, lambda t: klog(t, "I", "instances.go:105") + f'"hcloud/instancesv2.InstanceExists: server not found" node="{victim}" providerID="hcloud://{sid}"')
    w.event((3.0, 8.0), sh, None, "Node", victim, "NodeNotReady", f"Node {victim} status is now: NodeNotReady", "Normal", "node-controller")
    w.add((0.5, 2.0), C, lambda t: klog(t, "I", "delete.go:210") + f"Scale-down: node {victim} removed with drain")
    w.event((2.0, 6.0), sh, None, "Node", victim, "RemovingNode", f"Node {victim} event: Removing Node {victim} from Controller", "Normal", "node-controller")
    w.add((0.5, 2.0), CCM, lambda t: klog(t, "I", "node_lifecycle_controller.go:164") + f'"Deleting node because it does not exist in the cloud provider" node="{victim}"')
    w.add((1.0, 3.0), D, lambda t: ap(t, 200, "/en/news", r.uniform(0.05, 0.2)))
    w.add((1.0, 3.0), C, lambda t: klog(t, "I", "static_autoscaler.go:290") + "Starting main loop")
    w.add((0.01, 0.05), C, lambda t: klog(t, "I", "static_autoscaler.go:640") + "No unschedulable pods")
    w.add((0.01, 0.05), C, lambda t: klog(t, "I", "static_autoscaler.go:742") + "Scale down status: lastScaleUpTime=2026-01-01 00:00:00 +0000 UTC lastScaleDownDeleteTime=" + f"{t:%Y-%m-%d %H:%M:%S} +0000 UTC" + " lastScaleDownFailTime=2026-01-01 00:00:00 +0000 UTC scaleDownForbidden=false scaleDownInCooldown=true")
    return record(key, w, f"Node {victim} went NotReady and its pods were deleted at about {w.t0:%H:%M} UTC; did we have a node failure?",
                  sel(node=victim), "INFO", "none", "cluster-autoscaler",
                  "No fault: cluster-autoscaler judged the node unneeded (low utilisation for 10 minutes), tainted and drained it, and deleted the Hetzner server; NodeNotReady, the evictions and the brief memcached connection-refused warning are the expected side effects of a scale-down.",
                  "Planned scale-down of an underutilised Hetzner node; evicted Drupal and memcached pods were rescheduled and serving continued.",
                  "Nothing to do. Consider a PodDisruptionBudget for memcached if cold cache after scale-down matters.")


@scenario("none-cert-manager-dns01-renewal", "Linode LKE", "cert-manager DNS-01 renewal with propagation-check errors")
def s_none_certmgr(key):
    r = random.Random(f"{PREFIX}-{key}")
    w = W(r, start_time(r), "lke-council-web")
    cidn, pidn = r.randint(100000, 299999), r.randint(100000, 399999)
    nodes = [lke_node(r, cidn, pidn) for _ in range(3)]
    cm = deploy_pod(r, "cert-manager")
    ingc = deploy_pod(r, "ingress-nginx-controller")
    wp = deploy_pod(r, "wordpress")
    C = w.c("cert-manager", cm, "cert-manager-controller", nodes[0], "cert-manager")
    I = w.c("ingress-nginx", ingc, "controller", nodes[1], "ingress-nginx")
    WP = w.c("www", wp, "wordpress", nodes[2], "wordpress")
    host = "www.ashford-parish.example.gov.uk"
    cr = f"www-tls-{r.randint(2, 9)}"
    order = f"{cr}-{r.randint(1000000000, 4294967295)}"
    ch = f"{order}-{r.randint(1000000000, 4294967295)}"
    sh = "kubectl"

    def cmlog(t, lvl, src, msg, extra):
        return klog(t, lvl, src) + f'"{msg}" ' + extra

    def res(name, kind, ns="www"):
        return f'resource_name="{name}" resource_namespace="{ns}" resource_kind="{kind}" resource_version="v1"'

    def acc(t, path, st):
        return nginx_access(t, ip(r, "86.1"), "GET", path, st, r.randint(4000, 60000), r.choice(UAS[:4]), r.randint(300, 700), r.uniform(0.05, 0.4), "www-wordpress-80", f"{ip(r, '10.2.1')}:80", st, hexs(r, 32))

    w.add(0, C, lambda t: cmlog(t, "I", "trigger_controller.go:223", "Certificate must be re-issued", f'logger="cert-manager.certificates-trigger" key="www/www-tls" reason="Renewing" message="Renewing certificate as renewal was scheduled at {(t - timedelta(seconds=r.randint(5, 50))):%Y-%m-%d %H:%M:%S} +0000 UTC"'))
    w.add((0.01, 0.05), C, lambda t: cmlog(t, "I", "conditions.go:203", "Setting lastTransitionTime for Certificate condition", f'logger="cert-manager.certificates-trigger" key="www/www-tls" condition="Issuing" lastTransitionTime="{iso_s(t)}"'))
    w.event((0.01, 0.05), sh, "www", "Certificate", "www-tls", "Issuing", "Renewing certificate as renewal was scheduled at " + "the configured renewBefore", "Normal", "cert-manager-certificates-trigger")
    w.add((0.2, 0.6), C, lambda t: cmlog(t, "I", "conditions.go:263", "Setting lastTransitionTime for CertificateRequest condition", f'logger="cert-manager.certificates-request-manager" {res(cr, "CertificateRequest")} condition="Approved"'))
    w.event((0.01, 0.05), sh, "www", "Certificate", "www-tls", "Requested", f'Created new CertificateRequest resource "{cr}"', "Normal", "cert-manager-certificates-request-manager")
    w.add((0.1, 0.3), C, lambda t: cmlog(t, "I", "acme.go:193", "created Order resource", f'logger="cert-manager.certificaterequests-issuer-acme.sign" {res(cr, "CertificateRequest")} related_resource_name="{order}" related_resource_namespace="www" related_resource_kind="Order" related_resource_version="v1"'))
    w.add((0.5, 1.2), C, lambda t: cmlog(t, "I", "sync.go:361", "Creating Challenge resource", f'logger="cert-manager.orders" {res(order, "Order")} dnsName="{host}" type="DNS-01"'))
    w.add((0.2, 0.5), C, lambda t: cmlog(t, "I", "dns.go:90", "presenting DNS01 challenge for domain", f'logger="cert-manager.challenges.Present" {res(ch, "Challenge")} dnsName="{host}" type="DNS-01" resource_name="{ch}" domain="{host}"'))
    w.add((0.5, 1.0), I, lambda t: acc(t, "/council-meetings/agenda-march/", 200))
    for k in range(3):
        w.add((8.0, 12.0), C, lambda t: cmlog(t, "E", "sync.go:190", "propagation check failed", f'err="DNS record for \\"{host}\\" not yet propagated" logger="cert-manager.challenges" {res(ch, "Challenge")} dnsName="{host}" type="DNS-01"'))
        w.add((1.0, 4.0), I, lambda t: acc(t, r.choice(["/", "/bin-collections/", "/planning-applications/", "/wp-content/uploads/2026/minutes.pdf"]), 200))
        if k == 1:
            w.add((0.5, 2.0), WP, lambda t: f'{ip(r, "10.2.1")} - - [{clf(t)}] "GET /wp-cron.php?doing_wp_cron={epoch(t)}.{r.randint(100000, 999999)} HTTP/1.1" 200 0 "-" "WordPress/6.7.1; https://{host}"')
    w.add((8.0, 12.0), C, lambda t: cmlog(t, "I", "sync.go:358", "Accepting challenge authorization", f'logger="cert-manager.challenges.acceptChallenge" {res(ch, "Challenge")} dnsName="{host}" type="DNS-01"'))
    w.add((1.0, 3.0), C, lambda t: cmlog(t, "I", "sync.go:378", "successfully authorized domain", f'logger="cert-manager.challenges.acceptChallenge" {res(ch, "Challenge")} dnsName="{host}" type="DNS-01"'))
    w.add((0.05, 0.2), C, lambda t: cmlog(t, "I", "dns.go:118", "cleaning up DNS01 challenge", f'logger="cert-manager.challenges.CleanUp" {res(ch, "Challenge")} dnsName="{host}" type="DNS-01"'))
    w.add((0.5, 1.5), C, lambda t: cmlog(t, "I", "sync.go:300", "Order has already been completed, cleaning up any owned Challenge resources", f'logger="cert-manager.orders" {res(order, "Order")}'))
    w.add((0.2, 0.6), C, lambda t: cmlog(t, "I", "acme.go:236", "certificate issued", f'logger="cert-manager.certificaterequests-issuer-acme.sign" {res(cr, "CertificateRequest")} related_resource_name="{order}" related_resource_namespace="www" related_resource_kind="Order" related_resource_version="v1"'))
    w.event((0.01, 0.05), sh, "www", "CertificateRequest", cr, "CertificateIssued", "Certificate fetched from issuer successfully", "Normal", "cert-manager-certificaterequests-issuer-acme")
    w.event((0.1, 0.3), sh, "www", "Certificate", "www-tls", "Issuing", "The certificate has been successfully issued", "Normal", "cert-manager-certificates-issuing")
    w.add((0.5, 1.5), I, lambda t: klog(t, "I", "backend_ssl.go:67", 7) + '"Adding secret to local store" name="www/www-tls"')
    w.add((0.2, 0.8), I, lambda t: klog(t, "I", "controller.go:193", 7) + '"Configuration changes detected, backend reload required"')
    w.add((0.1, 0.4), I, lambda t: klog(t, "I", "controller.go:213", 7) + '"Backend successfully reloaded"')
    w.event((0.01, 0.05), sh, "ingress-nginx", "Pod", ingc, "RELOAD", "NGINX reload triggered due to a change in configuration", "Normal", "nginx-ingress-controller")
    w.add((0.5, 2.0), I, lambda t: acc(t, "/", 200))
    w.add((0.5, 2.0), I, lambda t: acc(t, "/report-a-pothole/", 200))
    return record(key, w, "cert-manager logged 'propagation check failed' errors for www-tls in the www namespace; will the certificate expire?",
                  sel(namespace="www"), "INFO", "none", "cert-manager",
                  "No fault: a scheduled renewal of www-tls used a DNS-01 challenge; the propagation-check errors are cert-manager polling until the TXT record is visible, after which the order completed and the certificate was issued and loaded by ingress-nginx.",
                  "Routine certificate renewal succeeded after about 30 seconds of expected DNS propagation polling.",
                  "Nothing to do.")


def flux(t, level, msg, controller, group, kind, name, ns, r, **kw):
    d = {"level": level, "ts": iso_ms(t), "msg": msg, "controller": controller,
         "controllerGroup": group, "controllerKind": kind, kind: {"name": name, "namespace": ns},
         "namespace": ns, "name": name, "reconcileID": uuid(r)}
    d.update(kw)
    return json.dumps(d, separators=(",", ":"))


@scenario("none-flux-gatekeeper-crossplane-churn", "RKE2", "Flux dependency waits, Gatekeeper dry-run audit and denials, Sealed Secrets key rotation")
def s_none_flux(key):
    r = random.Random(f"{PREFIX}-{key}")
    w = W(r, start_time(r), "rke2-platform")
    nodes = [f"rke2-agent-{n:02d}" for n in r.sample(range(1, 9), 3)]
    src = deploy_pod(r, "source-controller")
    kus = deploy_pod(r, "kustomize-controller")
    hel = deploy_pod(r, "helm-controller")
    gka = deploy_pod(r, "gatekeeper-audit")
    gkw = deploy_pod(r, "gatekeeper-controller-manager")
    ss = deploy_pod(r, "sealed-secrets-controller")
    xp = deploy_pod(r, "provider-kubernetes-" + hexs(r, 12))
    S = w.c("flux-system", src, "manager", nodes[0], "source-controller")
    K = w.c("flux-system", kus, "manager", nodes[1], "kustomize-controller")
    H = w.c("flux-system", hel, "manager", nodes[2], "helm-controller")
    GA = w.c("gatekeeper-system", gka, "manager", nodes[0], "gatekeeper-audit")
    GW = w.c("gatekeeper-system", gkw, "manager", nodes[1], "gatekeeper-webhook")
    SS = w.c("kube-system", ss, "sealed-secrets-controller", nodes[2], "sealed-secrets")
    XP = w.c("crossplane-system", xp, "package-runtime", nodes[1], "provider-kubernetes")
    sha = hexs(r, 40)
    rev = f"main@sha1:{sha}"
    g_src, g_kus, g_hel = "source.toolkit.fluxcd.io", "kustomize.toolkit.fluxcd.io", "helm.toolkit.fluxcd.io"
    audit_id = None

    w.add(0, S, lambda t: flux(t, "info", f"stored artifact for commit 'Merge pull request #{r.randint(300, 900)} from platform/bump-ingress'", "gitrepository", g_src, "GitRepository", "flux-system", "flux-system", r))
    w.add((0.5, 1.5), K, lambda t: flux(t, "info", "dependencies do not meet ready condition, retrying in 30s", "kustomization", g_kus, "Kustomization", "apps", "flux-system", r))
    w.add((0.5, 1.5), K, lambda t: flux(t, "info", "server-side apply for cluster definitions completed", "kustomization", g_kus, "Kustomization", "infra-controllers", "flux-system", r, output={"CustomResourceDefinition/sealedsecrets.bitnami.com": "unchanged"}))
    w.add((0.5, 1.5), H, lambda t: flux(t, "info", "release out-of-sync with desired state: release config values changed", "helmrelease", g_hel, "HelmRelease", "ingress-nginx", "ingress-nginx", r))
    w.add((0.3, 0.8), H, lambda t: flux(t, "info", "running 'upgrade' action with timeout of 5m0s", "helmrelease", g_hel, "HelmRelease", "ingress-nginx", "ingress-nginx", r))
    t0 = w.t
    audit_ts = iso_s(t0)
    w.add((0.5, 1.5), GA, lambda t: json.dumps({"level": "info", "ts": round(t.timestamp(), 3), "logger": "controller", "msg": "auditing constraints and violations", "process": "audit", "audit_id": audit_ts, "event_type": "audit_started"}, separators=(",", ":")))
    for nsn, kind in (("sandbox-jnowak", "Namespace"), ("legacy-reports", "Namespace"), ("team-geo", "Namespace")):
        w.add((0.1, 0.4), GA, lambda t, nsn=nsn, kind=kind: json.dumps({"level": "info", "ts": round(t.timestamp(), 3), "logger": "controller", "msg": "you must provide labels: {\"owner\"}", "process": "audit", "audit_id": audit_ts, "details": {"missing_labels": ["owner"]}, "event_type": "violation_audited", "constraint_group": "constraints.gatekeeper.sh", "constraint_api_version": "v1beta1", "constraint_kind": "K8sRequiredLabels", "constraint_name": "ns-must-have-owner", "constraint_namespace": "", "constraint_action": "dryrun", "resource_group": "", "resource_api_version": "v1", "resource_kind": kind, "resource_namespace": "", "resource_name": nsn}, separators=(",", ":")))
    w.add((0.5, 1.5), GA, lambda t: json.dumps({"level": "info", "ts": round(t.timestamp(), 3), "logger": "controller", "msg": "auditing is complete", "process": "audit", "audit_id": audit_ts, "event_type": "audit_finished"}, separators=(",", ":")))
    w.add((1.0, 3.0), GW, lambda t: json.dumps({"level": "info", "ts": round(t.timestamp(), 3), "logger": "webhook", "msg": "denied admission: [psp-privileged-container] Privileged container is not allowed: debug, securityContext: {\"privileged\": true}", "hookType": "validation", "process": "admission", "event_type": "violation", "constraint_name": "psp-privileged-container", "constraint_group": "constraints.gatekeeper.sh", "constraint_api_version": "v1beta1", "constraint_kind": "K8sPSPPrivilegedContainer", "constraint_action": "deny", "resource_group": "", "resource_api_version": "v1", "resource_kind": "Pod", "resource_namespace": "team-geo", "resource_name": "debug-shell", "request_username": "oidc:m.schulz@example.org"}, separators=(",", ":")))
    w.add((1.0, 2.0), XP, lambda t: f"{iso_s(t)}\tDEBUG\tprovider-kubernetes\tExternal resource is up to date\t" + json.dumps({"controller": "managed/object.kubernetes.crossplane.io", "request": {"name": "team-geo-quota"}, "uid": uuid(r), "version": str(r.randint(100000, 999999)), "external-name": "team-geo-quota", "requeue-after": iso_s(w.t + timedelta(minutes=1))}, separators=(", ", ": ")))
    w.add((2.0, 5.0), SS, lambda t: f"{t:%Y/%m/%d %H:%M:%S} Updating sealed-secrets key: created new key sealed-secrets-key{kstr(r, 5)}")
    w.add((0.01, 0.05), SS, lambda t: f"{t:%Y/%m/%d %H:%M:%S} Certificate is")
    w.add((0.001, 0.005), SS, "-----BEGIN CERTIFICATE-----")
    w.add((0.001, 0.005), SS, "MIIEzTCCArWgAwIBAgIRAK" + "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(42)))
    w.add((0.001, 0.005), SS, "-----END CERTIFICATE-----")
    w.add((5.0, 10.0), H, lambda t: flux(t, "info", f"release in-sync with desired state", "helmrelease", g_hel, "HelmRelease", "sealed-secrets", "kube-system", r))
    w.add((10.0, 20.0), K, lambda t: flux(t, "info", "dependencies do not meet ready condition, retrying in 30s", "kustomization", g_kus, "Kustomization", "apps", "flux-system", r))
    w.add((10.0, 20.0), H, lambda t: flux(t, "info", "release in-sync with desired state", "helmrelease", g_hel, "HelmRelease", "cert-manager", "cert-manager", r))
    w.add((10.0, 20.0), H, lambda t: flux(t, "info", "Helm upgrade succeeded for release ingress-nginx/ingress-nginx.v23 with chart ingress-nginx@4.12.1", "helmrelease", g_hel, "HelmRelease", "ingress-nginx", "ingress-nginx", r))
    w.add((0.5, 2.0), K, lambda t: flux(t, "info", f"server-side apply completed", "kustomization", g_kus, "Kustomization", "infra-controllers", "flux-system", r, revision=rev, output={"HelmRelease/ingress-nginx/ingress-nginx": "unchanged", "HelmRelease/cert-manager/cert-manager": "unchanged"}))
    w.add((0.05, 0.2), K, lambda t: flux(t, "info", f"Reconciliation finished in {r.uniform(1.5, 4.0):.3f}s, next run in 10m0s", "kustomization", g_kus, "Kustomization", "infra-controllers", "flux-system", r, revision=rev))
    w.add((12.0, 20.0), K, lambda t: flux(t, "info", "server-side apply completed", "kustomization", g_kus, "Kustomization", "apps", "flux-system", r, revision=rev, output={"Deployment/team-geo/tile-server": "configured", "Service/team-geo/tile-server": "unchanged"}))
    w.add((0.05, 0.2), K, lambda t: flux(t, "info", f"Reconciliation finished in {r.uniform(1.5, 4.0):.3f}s, next run in 10m0s", "kustomization", g_kus, "Kustomization", "apps", "flux-system", r, revision=rev))
    w.add((1.0, 3.0), GW, lambda t: json.dumps({"level": "info", "ts": round(t.timestamp(), 3), "logger": "webhook", "msg": "admission request allowed with warnings: [ns-must-have-owner] you must provide labels: {\"owner\"}", "hookType": "validation", "process": "admission", "event_type": "warn", "constraint_name": "ns-must-have-owner", "resource_kind": "Namespace", "resource_name": "sandbox-akowalski", "request_username": "oidc:a.kowalski@example.org"}, separators=(",", ":")))
    w.add((1.0, 3.0), XP, lambda t: f"{iso_s(t)}\tDEBUG\tprovider-kubernetes\tExternal resource is up to date\t" + json.dumps({"controller": "managed/object.kubernetes.crossplane.io", "request": {"name": "team-geo-limits"}, "uid": uuid(r), "version": str(r.randint(100000, 999999)), "external-name": "team-geo-limits", "requeue-after": iso_s(w.t + timedelta(minutes=1))}, separators=(", ", ": ")))
    return record(key, w, "Flux, Gatekeeper and Sealed Secrets have all logged scary-looking lines on the platform cluster in the last few minutes; is anything actually broken?",
                  sel(namespace="flux-system"), "INFO", "none", "flux",
                  "No fault: the apps Kustomization waited on its infra-controllers dependency while ingress-nginx upgraded, Gatekeeper's namespace-label constraint is in dryrun/warn mode and its privileged-pod deny blocked a user's debug pod as designed, and Sealed Secrets performed its periodic key renewal.",
                  "GitOps reconciliation completed for all Kustomizations and HelmReleases; policy and secret-controller output is expected behaviour.",
                  "Nothing to do; optionally label the flagged namespaces with an owner before the constraint is switched to deny.")



# --------------------------------------------------------------------------
# batch 3: image_pull x2, probe_failure x2
# --------------------------------------------------------------------------


def kubelet_msg(t, pid, ns, pod, container, cid, message):
    return (klog(t, "I", "kuberuntime_manager.go:1066", pid) +
            f'"Message for Container of pod" containerName="{container}" containerStatusID={{"Type":"containerd","ID":"{cid}"}} '
            f'pod="{ns}/{pod}" containerMessage="{message}"')


@scenario("image-argocd-ledger-tag-not-found", "AKS", "Argo CD sync to an image tag that was never pushed to ACR")
def s_image_acr(key):
    r = random.Random(f"{PREFIX}-{key}")
    w = W(r, start_time(r, hour=r.randint(9, 17)), "aks-weu-payments")
    nodes = [aks_node(r, "apps") for _ in range(3)]
    old_rs, new_rs = rs_hash(r), rs_hash(r)
    olds = [f"ledger-{old_rs}-{kstr(r, 5)}" for _ in range(3)]
    newp = f"ledger-{new_rs}-{kstr(r, 5)}"
    ctrl = "argocd-application-controller-0"
    A = w.c("argocd", ctrl, "argocd-application-controller", nodes[0], "argocd-application-controller")
    L = [w.c("payments", olds[i], "ledger", nodes[i], "ledger") for i in range(3)]
    CT = w.j(nodes[1], "containerd.service")
    KL = w.j(nodes[1], "kubelet.service")
    app = "argocd/payments-prod"
    sha = hexs(r, 40)
    img = "acrpaymentsweu.azurecr.io/payments/ledger:v2.14.0"
    puid = uuid(r)
    dest = ' dest-namespace=payments dest-server="https://kubernetes.default.svc"'
    sh = "eventrouter"
    err = (f'failed to pull and unpack image \\"{img}\\": failed to resolve reference \\"{img}\\": '
           f'{img}: not found')
    err_plain = err.replace('\\"', '"')

    def lg(t, i, method, ms):
        return json.dumps({"level": "info", "ts": round(t.timestamp(), 6), "caller": "grpclog/server.go:91", "msg": "finished unary call",
                           "grpc.service": "ledger.v1.Ledger", "grpc.method": method, "grpc.code": "OK", "grpc.time_ms": ms,
                           "peer.address": f"{ip(r, '10.244')}:{port(r)}"}, separators=(",", ":"))

    w.add(0, A, lambda t: argocd(t, "info", "Refreshing app status (normal refresh requested), level (2)", app))
    w.add((0.1, 0.4), A, lambda t: argocd(t, "info", "Updated sync status: Synced -> OutOfSync", app, dest + " reason=ResourceUpdated type=Normal"))
    w.add((0.2, 0.5), A, lambda t: argocd(t, "info", f"Initiated automated sync to '{sha}'", app, dest + " reason=OperationStarted type=Normal"))
    w.add((0.3, 0.8), A, lambda t: argocd(t, "info", "Applying resource Deployment/ledger in cluster: https://kubernetes.default.svc, namespace: payments", app))
    w.event((0.1, 0.3), sh, "payments", "Deployment", "ledger", "ScalingReplicaSet", f"Scaled up replica set ledger-{new_rs} to 1", "Normal", "deployment-controller")
    w.event((0.02, 0.1), sh, "payments", "Pod", newp, "Scheduled", f"Successfully assigned payments/{newp} to {nodes[1]}", "Normal", "default-scheduler")
    w.add((0.2, 0.5), A, lambda t: argocd(t, "info", "Updating operation state. phase: Running -> Succeeded, message: 'successfully synced (all tasks run)'", app))
    w.add((0.05, 0.2), A, lambda t: argocd(t, "info", "Updated health status: Healthy -> Progressing", app, dest + " reason=ResourceUpdated type=Normal"))
    w.add((0.1, 0.4), L[0], lambda t: lg(t, 0, "PostEntries", round(r.uniform(2, 9), 3)))
    w.add((0.1, 0.4), CT, lambda t: containerd_line(t, "info", f'PullImage "{img}"'))
    w.event((0.01, 0.03), sh, "payments", "Pod", newp, "Pulling", f'Pulling image "{img}"', "Normal", "kubelet", nodes[1])
    w.add((0.3, 0.7), CT, lambda t: containerd_line(t, "error", f'PullImage "{img}" failed') + f' error="{err}"', ev=True)
    w.add((0.001, 0.01), KL, lambda t: klog(t, "E", "log.go:32", 3412) + f'"PullImage from image service failed" err="rpc error: code = NotFound desc = {err}" image="{img}"', ev=True)
    w.add((0.001, 0.01), KL, lambda t: klog(t, "E", "pod_workers.go:1301", 3412) + f'"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"ledger\\" with ErrImagePull: \\"rpc error: code = NotFound desc = {err.replace(chr(92) + chr(34), chr(92) * 3 + chr(34))}\\"" pod="payments/{newp}" podUID="{puid}"')
    w.event((0.001, 0.01), sh, "payments", "Pod", newp, "Failed", f"Failed to pull image \"{img}\": rpc error: code = NotFound desc = {err_plain}", "Warning", "kubelet", nodes[1], ev=True)
    w.event((0.001, 0.01), sh, "payments", "Pod", newp, "Failed", "Error: ErrImagePull", "Warning", "kubelet", nodes[1])
    w.add((0.3, 1.0), L[1], lambda t: lg(t, 1, "GetBalance", round(r.uniform(0.5, 3), 3)))
    w.event((0.5, 1.0), sh, "payments", "Pod", newp, "BackOff", f'Back-off pulling image "{img}"', "Normal", "kubelet", nodes[1])
    w.event((0.001, 0.01), sh, "payments", "Pod", newp, "Failed", "Error: ImagePullBackOff", "Warning", "kubelet", nodes[1], ev=True)
    w.add((0.5, 1.5), L[2], lambda t: lg(t, 2, "PostEntries", round(r.uniform(2, 9), 3)))
    w.add((0.5, 1.5), L[0], lambda t: lg(t, 0, "GetBalance", round(r.uniform(0.5, 3), 3)))
    for backoff in (10, 20, 40):
        w.add((backoff - 1, backoff + 2), CT, lambda t: containerd_line(t, "info", f'PullImage "{img}"'))
        w.add((0.3, 0.7), CT, lambda t: containerd_line(t, "error", f'PullImage "{img}" failed') + f' error="{err}"')
        w.event((0.001, 0.01), sh, "payments", "Pod", newp, "Failed", f"Failed to pull image \"{img}\": rpc error: code = NotFound desc = {err_plain}", "Warning", "kubelet", nodes[1], count=2 + backoff // 20, verb="UPDATED")
        w.add((0.5, 2.0), L[backoff % 3], lambda t: lg(t, 0, "PostEntries", round(r.uniform(2, 9), 3)))
    w.add((1.0, 3.0), A, lambda t: argocd(t, "info", "Reconciliation completed", app, f" dedup_ms=0 diff_ms={r.randint(5, 30)} git_ms={r.randint(40, 200)} health_ms={r.randint(1, 5)} live_ms={r.randint(1, 6)} sync_ms=0 time_ms={r.randint(120, 400)}"))
    w.add((40.0, 80.0), L[1], lambda t: lg(t, 1, "GetBalance", round(r.uniform(0.5, 3), 3)))
    w.event((0.5, 2.0), sh, "payments", "Pod", newp, "BackOff", f'Back-off pulling image "{img}"', "Normal", "kubelet", nodes[1], count=9, verb="UPDATED")
    w.add((420.0, 480.0), A, lambda t: argocd(t, "info", "Updated health status: Progressing -> Degraded", app, dest + " reason=ResourceUpdated type=Normal"))
    w.add((0.1, 0.3), A, lambda t: argocd(t, "warning", f'Deployment payments/ledger: ReplicaSet "ledger-{new_rs}" has timed out progressing.', app))
    w.add((0.5, 2.0), L[2], lambda t: lg(t, 2, "PostEntries", round(r.uniform(2, 9), 3)))
    return record(key, w, "Argo CD shows payments-prod stuck in Progressing (now Degraded) after the last sync; why?",
                  sel(namespace="payments", app="ledger"), "ERROR", "image_pull", "ledger",
                  f"The synced commit points the ledger Deployment at {img}, a tag that does not exist in the acrpaymentsweu registry (manifest not found), so the new ReplicaSet's pod stays in ErrImagePull/ImagePullBackOff and the rollout exceeds its progress deadline.",
                  "ledger rollout is blocked by ImagePullBackOff (tag not found in ACR); the three old pods keep serving, so payments work but the release is not deployed and Argo CD reports Degraded.",
                  "Push the v2.14.0 image (or correct the tag in Git to the one CI actually published) and let Argo CD resync; consider gating Git tag bumps on the image existing.")


@scenario("image-quay-robot-revoked-moodle", "OpenShift", "Moodle pods rescheduled by a MachineConfig rollout cannot pull (revoked Quay robot token)")
def s_image_quay(key):
    r = random.Random(f"{PREFIX}-{key}")
    w = W(r, start_time(r, hour=r.randint(13, 16)), "ocp4-edu")
    nodes = [f"worker-{i}.ocp4-edu.campus.example.edu" for i in range(6)]
    rs = rs_hash(r)
    old = [f"moodle-{rs}-{kstr(r, 5)}" for _ in range(2)]
    new = [f"moodle-{rs}-{kstr(r, 5)}" for _ in range(2)]
    img = "quay.campus.example.edu/lms/moodle:4.5.3-php8.3"
    mcd = [ds_pod(r, "machine-config-daemon") for _ in range(2)]
    rpod = deploy_pod(r, "router-default")
    R = w.c("openshift-ingress", rpod, "router", nodes[5], "router-default")
    MCD = [w.c("openshift-machine-config-operator", mcd[i], "machine-config-daemon", nodes[2 + i], "machine-config-daemon") for i in range(2)]
    MO = [w.c("lms", old[i], "moodle", nodes[2 + i], "moodle") for i in range(2)]
    KL = [w.j(nodes[4], "kubelet.service"), w.j(nodes[1], "kubelet.service")]
    CR = [w.j(nodes[4], "crio.service"), w.j(nodes[1], "crio.service")]
    oips = [ip(r, "10.129") for _ in range(2)]
    uids = [uuid(r) for _ in range(2)]
    rw_old, rw_new = f"rendered-worker-{hexs(r, 32)}", f"rendered-worker-{hexs(r, 32)}"
    sh = "exporter"
    errm = (f"initializing source docker://{img}: reading manifest 4.5.3-php8.3 in quay.campus.example.edu/lms/moodle: "
            "unauthorized: access to the requested resource is not authorized")

    def hap(t, st, path, srv, timing, flags, size):
        return (f"haproxy[{58}]: {ip(r, '10.131.0')}:{port(r)} [{t:%d/%b/%Y:%H:%M:%S}.{t.microsecond // 1000:03d}] fe_sni~ "
                f"be_edge_http:lms:moodle/{srv} {timing} {st} {size} - - {flags} {r.randint(20, 90)}/{r.randint(10, 40)}/0/0/0 0/0 \"GET {path} HTTP/1.1\"")

    def ok(t, i, path):
        return hap(t, 200, path, f"pod:{old[i]}:moodle:8080-tcp:{oips[i]}:8080", f"0/0/1/{r.randint(40, 400)}/{r.randint(400, 500)}", "--VN", r.randint(8000, 60000))

    def pulls(i, first_ev):
        p = new[i]
        w.add((0.5, 1.5), CR[i], lambda t: f'time="{iso_ns(t)}" level=info msg="Pulling image: {img}" id={uuid(r)} name=/runtime.v1.ImageService/PullImage')
        w.add((0.05, 0.2), CR[i], lambda t: f'time="{iso_ns(t)}" level=info msg="Trying to access \\"{img}\\""')
        w.add((0.2, 0.5), KL[i], lambda t: klog(t, "E", "log.go:32", 2871) + f'"PullImage from image service failed" err="rpc error: code = Unknown desc = {errm}" image="{img}"', ev=first_ev)
        w.event((0.001, 0.01), sh, "lms", "Pod", p, "Failed", f'Failed to pull image "{img}": {errm}', "Warning", "kubelet", nodes[4 if i == 0 else 1], ev=first_ev)
        w.event((0.001, 0.01), sh, "lms", "Pod", p, "Failed", "Error: ErrImagePull", "Warning", "kubelet", nodes[4 if i == 0 else 1])

    w.add(0, MCD[0], lambda t: klog(t, "I", "update.go:2641", 4123) + f'"Starting update from {rw_old} to {rw_new}: &{{osUpdate:false kargs:false fips:false passwd:false files:true units:false kernelType:false extensions:false}}"')
    w.add((0.5, 1.5), MCD[0], lambda t: klog(t, "I", "drain.go:122", 4123) + '"Update prepared; requesting cordon and drain via annotation to controller"')
    w.add((0.5, 1.5), R, lambda t: ok(t, 0, "/course/view.php?id=412"))
    w.event((1.0, 2.0), sh, "lms", "Pod", old[0], "Killing", "Stopping container moodle", "Normal", "kubelet", nodes[2])
    w.add((0.01, 0.05), MO[0], lambda t: f"[{t:%a %b %d %H:%M:%S}.{t.microsecond:06d} {t:%Y}] [mpm_prefork:notice] [pid 1] AH00170: caught SIGWINCH, shutting down gracefully")
    w.event((0.1, 0.3), sh, "lms", "ReplicaSet", f"moodle-{rs}", "SuccessfulCreate", f"Created pod: {new[0]}", "Normal", "replicaset-controller")
    w.event((0.05, 0.2), sh, "lms", "Pod", new[0], "Scheduled", f"Successfully assigned lms/{new[0]} to {nodes[4]}", "Normal", "default-scheduler")
    w.event((0.3, 0.8), sh, "lms", "Pod", new[0], "AddedInterface", f"Add eth0 [{ip(r, '10.128')}/23] from ovn-kubernetes", "Normal", "multus")
    w.event((0.05, 0.2), sh, "lms", "Pod", new[0], "Pulling", f'Pulling image "{img}"', "Normal", "kubelet", nodes[4])
    pulls(0, True)
    w.add((0.3, 1.0), R, lambda t: ok(t, 1, "/mod/quiz/attempt.php?attempt=88123&cmid=9921"))
    w.add((0.5, 1.5), R, lambda t: ok(t, 1, "/my/"))
    w.event((5.0, 15.0), sh, "lms", "Pod", new[0], "BackOff", f'Back-off pulling image "{img}"', "Normal", "kubelet", nodes[4], count=4)
    w.event((0.001, 0.01), sh, "lms", "Pod", new[0], "Failed", "Error: ImagePullBackOff", "Warning", "kubelet", nodes[4], count=4, ev=True)
    w.add((60.0, 120.0), MCD[0], lambda t: klog(t, "I", "update.go:2674", 4123) + '"Removing SIGTERM protection"')
    w.add((0.01, 0.1), MCD[0], lambda t: klog(t, "I", "update.go:2643", 4123) + f'"initiating reboot: Node will reboot into config {rw_new}"')
    w.add((200.0, 260.0), MCD[1], lambda t: klog(t, "I", "update.go:2641", 3988) + f'"Starting update from {rw_old} to {rw_new}: &{{osUpdate:false kargs:false fips:false passwd:false files:true units:false kernelType:false extensions:false}}"')
    w.add((0.5, 1.5), MCD[1], lambda t: klog(t, "I", "drain.go:122", 3988) + '"Update prepared; requesting cordon and drain via annotation to controller"')
    w.event((1.0, 2.0), sh, "lms", "Pod", old[1], "Killing", "Stopping container moodle", "Normal", "kubelet", nodes[3])
    w.event((0.1, 0.3), sh, "lms", "ReplicaSet", f"moodle-{rs}", "SuccessfulCreate", f"Created pod: {new[1]}", "Normal", "replicaset-controller")
    w.event((0.05, 0.2), sh, "lms", "Pod", new[1], "Scheduled", f"Successfully assigned lms/{new[1]} to {nodes[1]}", "Normal", "default-scheduler")
    w.event((0.3, 0.8), sh, "lms", "Pod", new[1], "Pulling", f'Pulling image "{img}"', "Normal", "kubelet", nodes[1])
    pulls(1, True)
    for path in ("/my/", "/login/index.php", "/course/view.php?id=412", "/mod/assign/view.php?id=10233&action=editsubmission"):
        w.add((0.3, 2.0), R, lambda t, path=path: hap(t, 503, path, "<NOSRV>", "0/-1/-1/-1/0", "SC--", 3331))
    w.event((5.0, 15.0), sh, "lms", "Pod", new[1], "BackOff", f'Back-off pulling image "{img}"', "Normal", "kubelet", nodes[1], count=3)
    w.event((0.001, 0.01), sh, "lms", "Pod", new[1], "Failed", "Error: ImagePullBackOff", "Warning", "kubelet", nodes[1], count=3)
    w.add((1.0, 3.0), R, lambda t: hap(t, 503, "/my/", "<NOSRV>", "0/-1/-1/-1/0", "SC--", 3331))
    return record(key, w, "Students get 'Application is not available' from Moodle since this afternoon's cluster maintenance; why?",
                  sel(namespace="lms", app="moodle"), "CRITICAL", "image_pull", "moodle",
                  f"The MachineConfig rollout drained the nodes running Moodle; the replacement pods (imagePullPolicy Always) cannot pull {img} because Quay rejects the namespace pull secret (unauthorized: the robot account token was revoked), so no Moodle pod is running and the router returns 503 <NOSRV>.",
                  "Both Moodle replicas are stuck in ErrImagePull/ImagePullBackOff with 'unauthorized' from the Quay registry; the LMS is down for all users.",
                  "Issue a new Quay robot token and update the lms pull secret (or link a working secret to the default service account), then delete the stuck pods; pause the MachineConfigPool until Moodle is back and add a PodDisruptionBudget.")


@scenario("probe-loki-ingester-liveness-wal-replay", "Hetzner bare metal (kubeadm)", "Loki ingesters killed by a liveness probe during WAL replay")
def s_probe_loki(key):
    r = random.Random(f"{PREFIX}-{key}")
    w = W(r, start_time(r, hour=r.choice([5, 6, 22])), "hel1-bm-logs")
    nodes = [f"hel1-bm-{n:02d}" for n in r.sample(range(1, 16), 4)]
    ing = ["loki-ingester-0", "loki-ingester-2"]
    dist = deploy_pod(r, "loki-distributor")
    agents = [ds_pod(r, "alloy") for _ in range(2)]
    IG = [w.c("loki", p, "ingester", nodes[0], "loki-ingester") for p in ing]
    D = w.c("loki", dist, "distributor", nodes[1], "loki-distributor")
    AL = [w.c("monitoring", agents[i], "alloy", nodes[2 + i], "alloy") for i in range(2)]
    KL = w.j(nodes[0], "kubelet.service")
    uids = [uuid(r) for _ in range(2)]
    cids = [hexs(r, 64) for _ in range(4)]
    iips = [ip(r, "10.233") for _ in range(2)]
    segs = r.randint(2400, 3600)

    def lk(t, lvl, caller, msg, extra=""):
        m = msg.replace('"', '\\"')
        return f'level={lvl} ts={iso_ns(t)} caller={caller} msg="{m}"{extra}'

    unhealthy = f"{iips[0]}:9095,{iips[1]}:9095"

    def push_err(t):
        return lk(t, "warn", "logging.go:128", f"POST /loki/api/v1/push (500) {r.uniform(1, 6):.3f}ms Response: \"at least 2 live replicas required, could only find 1 - unhealthy instances: {unhealthy}\\n\" ws: false; Content-Length: {r.randint(3000, 90000)}; Content-Type: application/x-protobuf; User-Agent: Alloy/v1.5.1; ", " orgID=fake")

    def alloy(t, i):
        return (f'ts={iso_ns(t)} level=warn msg="error sending batch, will retry" component_path=/ component_id=loki.write.default '
                f'component=client host=loki-gateway.loki.svc.cluster.local:80 status=500 tenant="" '
                f'error="server returned HTTP status 500 Internal Server Error (500): at least 2 live replicas required, could only find 1 - unhealthy instances: {unhealthy}"')

    def replay_start(i):
        w.add((0.5, 1.5), IG[i], lambda t: lk(t, "info", "main.go:126", "Starting Loki", ' version="(version=3.3.2, branch=release-3.3.x, revision=23b5fc2c)"'))
        w.add((0.2, 0.6), IG[i], lambda t: lk(t, "info", "ingester.go:575", "recovering from checkpoint"))

    def kill(i, cid, ev):
        for k in range(3):
            w.add((9.5, 10.5) if k else (2.0, 6.0), KL, lambda t: kubelet_probe_fail(t, 1733, "loki", ing[i], uids[i], "ingester", "Liveness", "HTTP probe failed with statuscode: 503"), ev=ev and k == 2)
            if k == 1:
                w.add((0.1, 0.5), IG[i], lambda t: lk(t, "info", "recovery.go:92", "recovered WAL checkpoint recovery finished", f" elapsed={r.uniform(14, 22):.4f}s errors=false"))
                w.add((0.05, 0.2), IG[i], lambda t: lk(t, "info", "ingester.go:600", "recovering from WAL"))
                w.add((0.3, 0.8), D, push_err)
        w.add((0.001, 0.005), KL, lambda t: kubelet_msg(t, 1733, "loki", ing[i], "ingester", cid, "Container ingester failed liveness probe, will be restarted"), ev=ev)
        w.event((0.001, 0.01), "alloy", "loki", "Pod", ing[i], "Killing", "Container ingester failed liveness probe, will be restarted", "Normal", "kubelet", nodes[0], count=3)
        w.add((0.01, 0.05), IG[i], lambda t: lk(t, "info", "signals.go:70", "=== received SIGINT/SIGTERM ===\\n*** exiting"))
        w.add((0.05, 0.2), IG[i], lambda t: lk(t, "info", "recovery.go:179", f"WAL replay interrupted; segments replayed {r.randint(600, 1400)}/{segs}"))

    w.add(0, D, push_err)
    w.add((0.2, 0.6), AL[0], lambda t: alloy(t, 0))
    replay_start(0)
    w.add((0.3, 1.0), AL[1], lambda t: alloy(t, 1))
    replay_start(1)
    kill(0, cids[0], True)
    w.add((0.2, 0.6), AL[0], lambda t: alloy(t, 0))
    kill(1, cids[1], True)
    w.add((0.3, 0.9), D, push_err)
    w.add((0.2, 0.6), AL[1], lambda t: alloy(t, 1))
    replay_start(0)
    w.add((0.5, 1.5), D, push_err)
    w.add((0.3, 1.0), AL[0], lambda t: alloy(t, 0))
    replay_start(1)
    w.add((0.5, 2.0), AL[1], lambda t: ('ts=' + iso_ns(t) + ' level=error msg="final error sending batch" component_path=/ component_id=loki.write.default component=client host=loki-gateway.loki.svc.cluster.local:80 status=500 tenant="" error="server returned HTTP status 500 Internal Server Error (500): at least 2 live replicas required, could only find 1 - unhealthy instances: ' + unhealthy + '"'))
    kill(0, cids[2], False)
    w.add((1.0, 3.0), KL, lambda t: kubelet_backoff(t, 1733, "loki", ing[0], uids[0], "ingester", "10s"))
    w.add((0.5, 1.5), D, push_err)
    return record(key, w, "Why are log pushes to Loki failing with HTTP 500 since this morning's node patching?",
                  sel(namespace="loki"), "CRITICAL", "probe_failure", "loki-ingester",
                  "Two ingesters restarted together after the node reboot and must replay a large WAL; their liveness probe (copied from the readiness probe, /ready) returns 503 during replay, so kubelet kills them after ~30s, the replay restarts from scratch, and with two of three ingesters never live the distributor rejects pushes (replication factor 3 needs 2 live replicas).",
                  "Loki write path is down: ingesters 0 and 2 are in a liveness-kill loop mid WAL replay, distributors return 500 and Alloy agents start dropping batches.",
                  "Remove the /ready liveness probe from the ingesters (or replace it with a generous startupProbe), let the WAL replay finish, then spread ingesters across nodes with anti-affinity.")


@scenario("probe-tempo-distributor-readiness-port", "DigitalOcean DOKS", "Tempo distributor readiness probe still on :3100 after a chart upgrade moved HTTP to :3200")
def s_probe_tempo(key):
    r = random.Random(f"{PREFIX}-{key}")
    w = W(r, start_time(r), "doks-fra1-obs")
    pool = f"pool-{kstr(r, 9)}"
    nodes = [doks_node(r, pool) for _ in range(3)]
    hel = deploy_pod(r, "helm-controller")
    old_rs, new_rs = rs_hash(r), rs_hash(r)
    olds = [f"tempo-distributor-{old_rs}-{kstr(r, 5)}" for _ in range(3)]
    newp = f"tempo-distributor-{new_rs}-{kstr(r, 5)}"
    otel = [ds_pod(r, "otel-agent") for _ in range(2)]
    H = w.c("flux-system", hel, "manager", nodes[0], "helm-controller")
    N = w.c("tempo", newp, "distributor", nodes[1], "tempo-distributor")
    O = [w.c("tempo", olds[i], "distributor", nodes[i], "tempo-distributor") for i in range(2)]
    OT = [w.c("observability", otel[i], "otel-collector", nodes[i + 1], "otel-agent") for i in range(2)]
    ING = w.c("tempo", "tempo-ingester-1", "ingester", nodes[2], "tempo-ingester")
    KL = w.j(nodes[1], "kubelet.service")
    puid = uuid(r)
    nip = ip(r, "10.244")
    g = "helm.toolkit.fluxcd.io"
    sh = "exporter"

    def tp(t, lvl, caller, msg, extra=""):
        m = msg.replace('"', '\\"')
        return f'level={lvl} ts={iso_ns(t)} caller={caller} msg="{m}"{extra}'

    def probe(t):
        return kubelet_probe_fail(t, 1520, "tempo", newp, puid, "distributor", "Readiness",
                                  f'Get "http://{nip}:3100/ready": dial tcp {nip}:3100: connect: connection refused')

    def otl(t, i):
        return f"{iso_ms(t)}\tinfo\tTraces\t" + json.dumps({"otelcol.component.id": "debug", "otelcol.component.kind": "Exporter", "otelcol.signal": "traces", "resource spans": r.randint(3, 20), "spans": r.randint(40, 600)}, separators=(", ", ": "))

    w.add(0, H, lambda t: flux(t, "info", "release out-of-sync with desired state: chart version changed from 1.9.2 to 1.18.2", "helmrelease", g, "HelmRelease", "tempo", "tempo", r))
    w.add((0.3, 0.8), H, lambda t: flux(t, "info", "running 'upgrade' action with timeout of 5m0s", "helmrelease", g, "HelmRelease", "tempo", "tempo", r))
    w.event((2.0, 4.0), sh, "tempo", "StatefulSet", "tempo-ingester", "SuccessfulCreate", "create Pod tempo-ingester-1 in StatefulSet tempo-ingester successful", "Normal", "statefulset-controller")
    w.event((0.1, 0.3), sh, "tempo", "Deployment", "tempo-distributor", "ScalingReplicaSet", f"Scaled up replica set tempo-distributor-{new_rs} to 1", "Normal", "deployment-controller")
    w.event((0.05, 0.2), sh, "tempo", "Pod", newp, "Scheduled", f"Successfully assigned tempo/{newp} to {nodes[1]}", "Normal", "default-scheduler")
    w.event((1.0, 3.0), sh, "tempo", "Pod", newp, "Started", "Started container distributor", "Normal", "kubelet", nodes[1])
    w.add((0.2, 0.5), N, lambda t: tp(t, "info", "main.go:225", "initialising OpenTracing tracer"))
    w.add((0.01, 0.05), N, lambda t: tp(t, "info", "main.go:118", "Starting Tempo", ' version="(version=2.6.1, branch=HEAD, revision=1a62a0f8a)"'))
    w.add((0.05, 0.2), N, lambda t: tp(t, "info", "server.go:248", "server listening on addresses", " http=[::]:3200 grpc=[::]:9095"), ev=True)
    w.add((0.1, 0.3), N, lambda t: tp(t, "info", "module_service.go:82", "starting", " module=distributor"))
    w.add((0.3, 0.8), N, lambda t: tp(t, "info", "app.go:208", "Tempo started"))
    w.add((0.5, 1.5), ING, lambda t: tp(t, "info", "lifecycler.go:614", "instance not found in ring, adding with no tokens", " ring=ingester"))
    w.add((2.0, 6.0), KL, probe, ev=True)
    w.event((0.001, 0.01), sh, "tempo", "Pod", newp, "Unhealthy", f'Readiness probe failed: Get "http://{nip}:3100/ready": dial tcp {nip}:3100: connect: connection refused', "Warning", "kubelet", nodes[1], ev=True)
    w.add((0.5, 2.0), OT[0], lambda t: otl(t, 0))
    w.add((1.0, 3.0), O[0], lambda t: tp(t, "info", "ring.go:283", "ring changed", " ring=ingester members=3"))
    w.add((3.0, 5.0), ING, lambda t: tp(t, "info", "lifecycler.go:946", "changing instance state from", " old_state=JOINING new_state=ACTIVE ring=ingester"))
    for _ in range(4):
        w.add((9.5, 10.5), KL, probe)
        w.add((0.5, 4.0), r.choice(OT), lambda t: otl(t, 0))
    w.event((1.0, 3.0), sh, "tempo", "Pod", newp, "Unhealthy", f'Readiness probe failed: Get "http://{nip}:3100/ready": dial tcp {nip}:3100: connect: connection refused', "Warning", "kubelet", nodes[1], count=14, verb="UPDATED")
    w.add((120.0, 180.0), KL, probe)
    w.add((60.0, 90.0), H, lambda t: flux(t, "error", "Helm upgrade failed for release tempo/tempo with chart tempo-distributed@1.18.2: context deadline exceeded", "helmrelease", g, "HelmRelease", "tempo", "tempo", r))
    w.add((0.05, 0.2), H, lambda t: flux(t, "error", "Reconciler error", "helmrelease", g, "HelmRelease", "tempo", "tempo", r, error="upgrade retries exhausted"))
    w.event((0.05, 0.2), sh, "tempo", "HelmRelease", "tempo", "UpgradeFailed", "Helm upgrade failed for release tempo/tempo with chart tempo-distributed@1.18.2: context deadline exceeded", "Warning", "helm-controller")
    w.add((1.0, 5.0), KL, probe)
    w.add((0.5, 2.0), O[1], lambda t: tp(t, "info", "ring.go:283", "ring changed", " ring=ingester members=3"))
    return record(key, w, "The Flux HelmRelease for Tempo failed its upgrade with 'context deadline exceeded'; why?",
                  sel(namespace="tempo"), "ERROR", "probe_failure", "tempo-distributor",
                  "After the tempo-distributed 1.18 upgrade Tempo serves HTTP on :3200, but the distributor's overridden readinessProbe still targets :3100, so the new distributor pod is never Ready (connection refused on the probe port); the rollout stalls and Helm's wait times out.",
                  "Tempo distributor rollout stuck on a failing readiness probe (wrong port); old distributors keep ingesting, but the HelmRelease upgrade failed and retries are exhausted.",
                  "Drop the stale readinessProbe port override (use the chart default http-metrics/3200) and let Flux retry the upgrade (flux reconcile helmrelease tempo -n tempo --reset).")



# --------------------------------------------------------------------------
# batch 4: scheduling x2, dns_resolution x2, connection_refused x2, timeout x2
# --------------------------------------------------------------------------


def ch_log(t, thread, qid, lvl, msg):
    return f"{t:%Y.%m.%d %H:%M:%S}.{t.microsecond:06d} [ {thread} ] {{{qid}}} <{lvl}> {msg}"


@scenario("sched-clickhouse-volume-zone-conflict", "GKE", "ClickHouse replica Pending after node-pool upgrade: zonal PD vs node zones")
def s_sched_ch(key):
    r = random.Random(f"{PREFIX}-{key}")
    w = W(r, start_time(r, hour=r.randint(6, 9)), "gke-analytics-use1")
    nodes_a = [gke_node(r, "analytics-use1", "ch-pool") for _ in range(3)]
    old_b = gke_node(r, "analytics-use1", "ch-pool")
    ca_node = gke_node(r, "analytics-use1")
    C0 = w.c("analytics", "chi-analytics-prod-0-0-0", "clickhouse", nodes_a[0], "clickhouse")
    OP = w.c("clickhouse-operator", deploy_pod(r, "clickhouse-operator"), "clickhouse-operator", ca_node, "clickhouse-operator")
    KP = w.c("analytics", "chk-keeper-0", "clickhouse-keeper", nodes_a[1], "clickhouse-keeper")
    CA = w.c("kube-system", deploy_pod(r, "cluster-autoscaler"), "cluster-autoscaler", ca_node, "cluster-autoscaler")
    pend = "chi-analytics-prod-0-1-0"
    sh = "exporter"
    fs = ("0/7 nodes are available: 1 node(s) were unschedulable, 3 node(s) didn't match Pod's node affinity/selector, "
          "3 node(s) had volume node affinity conflict. preemption: 0/7 nodes are available: 7 Preemption is not helpful for scheduling.")
    host1 = "chi-analytics-prod-0-1.analytics.svc.cluster.local"

    def dns_err(t):
        return ch_log(t, r.randint(600, 900), "", "Warning", f"ConnectionPoolWithFailover: Connection failed at try №1, reason: Code: 198. DB::NetException: Not found address of host: {host1}: ({host1}:9000). (DNS_ERROR) (version 24.8.6.70 (official build))")

    def insert(t):
        return ch_log(t, r.randint(600, 900), uuid(r), "Information", f"analytics.events_local ({uuid(r)}) (Replicated OutputStream): Wrote block with ID '{r.randint(10**18, 10**19 - 1)}_{r.randint(10**18, 10**19 - 1)}', {r.randint(20000, 90000)} rows")

    w.event(0, sh, None, "Node", old_b, "NodeNotSchedulable", f"Node {old_b} status is now: NodeNotSchedulable", "Normal", "kubelet", old_b)
    w.add((0.5, 1.5), C0, insert)
    w.event((1.0, 3.0), sh, "analytics", "StatefulSet", "chi-analytics-prod-0-1", "SuccessfulCreate", f"create Pod {pend} in StatefulSet chi-analytics-prod-0-1 successful", "Normal", "statefulset-controller")
    w.event((0.05, 0.3), sh, "analytics", "Pod", pend, "FailedScheduling", fs, "Warning", "default-scheduler", ev=True)
    w.add((0.5, 1.5), C0, dns_err)
    w.add((0.5, 2.0), CA, lambda t: klog(t, "I", "klogx.go:87") + f"Pod analytics/{pend} is unschedulable")
    w.add((0.01, 0.05), CA, lambda t: klog(t, "I", "orchestrator.go:565") + f"Pod {pend} can't be scheduled on https://www.googleapis.com/compute/v1/projects/acme-analytics/zones/us-east1-c/instanceGroups/gke-analytics-use1-ch-pool-{hexs(r, 8)}-grp, predicate checking error: node(s) had volume node affinity conflict; predicateName=VolumeBinding; reasons: node(s) had volume node affinity conflict; debugInfo=", ev=True)
    w.add((0.01, 0.05), CA, lambda t: klog(t, "I", "orchestrator.go:565") + f"Pod {pend} can't be scheduled on https://www.googleapis.com/compute/v1/projects/acme-analytics/zones/us-east1-b/instanceGroups/gke-analytics-use1-ch-pool-{hexs(r, 8)}-grp, predicate checking error: node(s) didn't match Pod's node affinity/selector; predicateName=NodeAffinity; reasons: node(s) didn't match Pod's node affinity/selector; debugInfo=")
    w.add((0.01, 0.05), CA, lambda t: klog(t, "I", "orchestrator.go:188") + "No pod can fit to gke-analytics-use1-ch-pool")
    w.add((0.01, 0.05), CA, lambda t: klog(t, "I", "orchestrator.go:193") + "No expansion options")
    w.event((0.05, 0.2), sh, "analytics", "Pod", pend, "NotTriggerScaleUp", "pod didn't trigger scale-up: 2 node(s) had volume node affinity conflict, 1 node(s) didn't match Pod's node affinity/selector", "Normal", "cluster-autoscaler", ev=True)
    w.add((0.5, 1.5), OP, lambda t: klog(t, "I", "worker-chi-reconciler.go:641") + f"reconcileHost():analytics/analytics-prod/{pend}:Reconcile Host 0-1 started. ConfigMap and StatefulSet are up-to-date, wait for pod to be Ready")
    w.add((0.5, 2.0), C0, insert)
    w.add((0.3, 1.0), KP, lambda t: ch_log(t, r.randint(40, 90), "", "Information", f"KeeperTCPHandler: Requesting session ID for the new client"))
    w.add((1.0, 3.0), C0, dns_err)
    w.add((0.2, 0.6), C0, lambda t: ch_log(t, r.randint(600, 900), uuid(r), "Warning", f"analytics.events_local ({uuid(r)}): Replica /clickhouse/tables/0/analytics/events_local/replicas/chi-analytics-prod-0-1 is not active; quorum inserts with insert_quorum=2 will fail"))
    for _ in range(3):
        w.add((5.0, 12.0), C0, insert)
        w.add((0.5, 3.0), C0, dns_err)
    w.event((10.0, 20.0), sh, "analytics", "Pod", pend, "FailedScheduling", fs, "Warning", "default-scheduler", count=6, verb="UPDATED")
    w.add((0.5, 2.0), OP, lambda t: klog(t, "W", "poller.go:166") + f"pollHost():analytics/analytics-prod/{pend}:poll host: pod is not ready yet, wait for 15s")
    w.add((0.5, 2.0), CA, lambda t: klog(t, "I", "static_autoscaler.go:561") + "Calculating unneeded nodes")
    w.add((0.01, 0.05), CA, lambda t: klog(t, "I", "klogx.go:87") + f"Pod analytics/{pend} is unschedulable")
    w.add((0.01, 0.05), CA, lambda t: klog(t, "I", "orchestrator.go:565") + f"Pod {pend} can't be scheduled on https://www.googleapis.com/compute/v1/projects/acme-analytics/zones/us-east1-c/instanceGroups/gke-analytics-use1-ch-pool-{hexs(r, 8)}-grp, predicate checking error: node(s) had volume node affinity conflict; predicateName=VolumeBinding; reasons: node(s) had volume node affinity conflict; debugInfo=")
    w.add((0.5, 2.0), C0, dns_err)
    w.add((0.5, 2.0), C0, lambda t: ch_log(t, r.randint(600, 900), uuid(r), "Error", "executeQuery: Code: 285. DB::Exception: Number of alive replicas (1) is less than requested quorum (2/2). (TOO_FEW_LIVE_REPLICAS) (version 24.8.6.70 (official build)) (from 10.8.3.41:51244) (in query: INSERT INTO analytics.billing_events_local SETTINGS insert_quorum=2 FORMAT Native)"))
    w.add((1.0, 3.0), C0, insert)
    return record(key, w, "Why does ClickHouse in analytics keep logging DNS_ERROR and quorum failures for replica 0-1 since last night's node-pool upgrade?",
                  sel(namespace="analytics", app="clickhouse"), "ERROR", "scheduling", "clickhouse",
                  f"{pend} cannot be scheduled: its PersistentVolume is a zonal disk in us-east1-b, but the upgraded ch-pool only has schedulable nodes in other zones (the remaining us-east1-b node is cordoned), so the scheduler reports a volume node affinity conflict and the autoscaler cannot add a fitting node. The DNS_ERROR and quorum errors are the headless service having no address for the missing replica.",
                  "ClickHouse shard 0 runs on one replica only; quorum inserts (insert_quorum=2) fail and distributed queries lose redundancy while replica 0-1 is Pending.",
                  "Add (or uncordon) a ch-pool node in us-east1-b, e.g. scale the us-east1-b node group, so the pod can bind next to its disk; longer term use a regional PD or per-zone node pools with enough headroom.")


@scenario("sched-horizon-resourcequota", "OpenShift", "KEDA scales Laravel Horizon workers but the project ResourceQuota blocks new pods")
def s_sched_quota(key):
    r = random.Random(f"{PREFIX}-{key}")
    w = W(r, start_time(r, hour=r.randint(8, 11)), "ocp4-citysvc")
    nodes = [f"ocp4-citysvc-{kstr(r, 5)}-worker-{z}-{kstr(r, 5)}" for z in ("a", "b", "c")]
    rs = rs_hash(r)
    workers = [f"horizon-worker-{rs}-{kstr(r, 5)}" for _ in range(2)]
    web = deploy_pod(r, "permits-web")
    keda = deploy_pod(r, "keda-operator")
    HW = [w.c("permits", workers[i], "horizon", nodes[i], "horizon-worker") for i in range(2)]
    WB = w.c("permits", web, "php-fpm", nodes[2], "permits-web")
    K = w.c("openshift-keda", keda, "keda-operator", nodes[1], "keda-operator")
    sh = "eventrouter"
    jobs = ["App\\Jobs\\GeneratePermitPdf", "App\\Jobs\\NotifyApplicant", "App\\Jobs\\SyncCadastreParcel"]

    def hz(t, job, dur, status):
        dots = "." * (68 - len(job) - len(dur))
        return f"  {t:%Y-%m-%d %H:%M:%S} {job} {dots} {dur} {status}"

    def quota_fail(t):
        return f'Error creating: pods "horizon-worker-{rs}-{kstr(r, 5)}" is forbidden: exceeded quota: permits-compute, requested: limits.memory=1Gi, used: limits.memory=16Gi, limited: limits.memory=16Gi'

    def keda_line(t, lvl, logger, msg, obj):
        return f"{iso_ms(t)}\t{lvl}\t{logger}\t{msg}\t" + json.dumps(obj, separators=(", ", ": "))

    w.add(0, HW[0], lambda t: hz(t, jobs[0], f"{r.uniform(1.2, 3.5):.2f}s", "DONE"))
    w.add((0.5, 1.5), WB, lambda t: f'{ip(r, "10.128.2")} -  {t:%d/%b/%Y:%H:%M:%S} +0000 "POST /index.php" 302')
    w.add((0.3, 1.0), K, lambda t: keda_line(t, "INFO", "scaleexecutor", "Successfully updated ScaleTarget", {"scaledobject.Name": "horizon-worker", "scaledObject.Namespace": "permits", "scaleTarget.Name": "horizon-worker", "Original Replicas Count": 4, "New Replicas Count": 12}))
    w.event((0.1, 0.3), sh, "permits", "HorizontalPodAutoscaler", "keda-hpa-horizon-worker", "SuccessfulRescale", "New size: 12; reason: external metric s0-redis-queues-permits(&LabelSelector{MatchLabels:map[string]string{scaledobject.keda.sh/name: horizon-worker,},MatchExpressions:[]LabelSelectorRequirement{},}) above target", "Normal", "horizontal-pod-autoscaler")
    w.event((0.05, 0.2), sh, "permits", "Deployment", "horizon-worker", "ScalingReplicaSet", f"Scaled up replica set horizon-worker-{rs} to 12 from 4", "Normal", "deployment-controller")
    for k in range(3):
        w.event((0.02, 0.1), sh, "permits", "ReplicaSet", f"horizon-worker-{rs}", "FailedCreate", quota_fail(w.t), "Warning", "replicaset-controller", ev=(k == 0))
    w.add((0.5, 1.5), HW[1], lambda t: hz(t, jobs[1], f"{r.randint(80, 400)}ms", "DONE"))
    w.add((0.5, 2.0), HW[0], lambda t: hz(t, jobs[0], "", "RUNNING").replace("  RUNNING", " RUNNING"))
    w.add((2.0, 4.0), HW[0], lambda t: hz(t, jobs[0], f"{r.uniform(2.5, 4.0):.2f}s", "DONE"))
    w.add((0.5, 1.5), WB, lambda t: f'{ip(r, "10.128.2")} -  {t:%d/%b/%Y:%H:%M:%S} +0000 "GET /index.php" 200')
    w.event((5.0, 10.0), sh, "permits", "ReplicaSet", f"horizon-worker-{rs}", "FailedCreate", quota_fail(w.t), "Warning", "replicaset-controller", count=9, verb="UPDATED", ev=True)
    w.add((1.0, 3.0), K, lambda t: keda_line(t, "INFO", "scaleexecutor", "Scaling is performed because triggers are active", {"scaledobject.Name": "horizon-worker", "scaledObject.Namespace": "permits", "scaleTarget.Name": "horizon-worker"}))
    w.add((1.0, 3.0), HW[1], lambda t: hz(t, jobs[2], f"{r.uniform(0.4, 1.2):.2f}s", "DONE"))
    w.add((0.5, 2.0), HW[1], lambda t: f"[{t:%Y-%m-%d %H:%M:%S}] production.WARNING: Horizon long wait detected on redis:permits (wait: {r.randint(410, 520)}s, threshold: 300s)")
    for k in range(4):
        w.add((1.0, 4.0), HW[k % 2], lambda t: hz(t, jobs[k % 3], f"{r.uniform(0.3, 3.5):.2f}s", "DONE"))
        if k == 1:
            w.add((0.2, 1.0), WB, lambda t: f'{ip(r, "10.128.2")} -  {t:%d/%b/%Y:%H:%M:%S} +0000 "GET /index.php" 200')
    w.event((10.0, 20.0), sh, "permits", "ReplicaSet", f"horizon-worker-{rs}", "FailedCreate", quota_fail(w.t), "Warning", "replicaset-controller", count=17, verb="UPDATED", ev=True)
    w.add((0.5, 2.0), K, lambda t: keda_line(t, "INFO", "scaleexecutor", "Successfully updated ScaleTarget", {"scaledobject.Name": "horizon-worker", "scaledObject.Namespace": "permits", "scaleTarget.Name": "horizon-worker", "Original Replicas Count": 12, "New Replicas Count": 12}))
    w.add((1.0, 3.0), HW[0], lambda t: f"[{t:%Y-%m-%d %H:%M:%S}] production.WARNING: Horizon long wait detected on redis:permits (wait: {r.randint(560, 700)}s, threshold: 300s)")
    w.add((1.0, 3.0), HW[1], lambda t: hz(t, jobs[0], f"{r.uniform(1.2, 3.5):.2f}s", "DONE"))
    w.add((0.5, 2.0), WB, lambda t: f'{ip(r, "10.128.2")} -  {t:%d/%b/%Y:%H:%M:%S} +0000 "POST /index.php" 302')
    return record(key, w, "Permit decision PDFs and emails are delayed by 10 minutes; why isn't the worker pool scaling out?",
                  sel(namespace="permits", app="horizon-worker"), "WARN", "scheduling", "horizon-worker",
                  "KEDA scales horizon-worker from 4 to 12 on the Redis queue length, but the permits project's ResourceQuota (limits.memory 16Gi) is already fully used, so the ReplicaSet cannot create any of the new pods (exceeded quota) and the queue backlog keeps growing.",
                  "Horizon workers are stuck at 4 replicas because new pods are rejected by the namespace ResourceQuota; jobs still complete but with long waits.",
                  "Raise the permits-compute quota (or lower the worker memory limit / cap maxReplicaCount to what the quota allows) so the scale-out can be admitted.")


@scenario("dns-eks-coredns-upstream-timeouts", "EKS", "CoreDNS upstream (VPC resolver) timeouts break Stripe and SQS lookups")
def s_dns_eks(key):
    r = random.Random(f"{PREFIX}-{key}")
    w = W(r, start_time(r, hour=r.randint(17, 21)), "eks-shop-euw1")
    nodes = [eks_node(r, "eu-west-1") for _ in range(3)]
    dnsn = nodes[0]
    cdn = [deploy_pod(r, "coredns") for _ in range(2)]
    dip = [ip(r, "10.0.45"), ip(r, "10.0.45")]
    sf_rs = rs_hash(r)
    sfs = [f"storefront-{sf_rs}-{kstr(r, 5)}" for _ in range(2)]
    skq = deploy_pod(r, "storefront-sidekiq")
    env = ds_pod(r, "envoy")
    CD = [w.c("kube-system", cdn[i], "coredns", dnsn, "coredns") for i in range(2)]
    SF = [w.c("shop", sfs[i], "puma", nodes[1 + i], "storefront") for i in range(2)]
    SK = w.c("shop", skq, "sidekiq", nodes[2], "storefront-sidekiq")
    EN = w.c("projectcontour", env, "envoy", nodes[1], "contour")
    sfip = [ip(r, "10.0.47"), ip(r, "10.0.52")]

    def cerr(t, i, name, qt):
        return f"[ERROR] plugin/errors: 2 {name}. {qt}: read udp {dip[i]}:{port(r)}->10.0.0.2:53: i/o timeout"

    def envoy(t, m, path, st, dur, i):
        return (f'[{iso_ms(t)}] "{m} {path} HTTP/1.1" {st} - {r.randint(200, 900)} {r.randint(300, 40000) if st == 200 else r.randint(20, 200)} '
                f'{dur} {dur - r.randint(0, 3)} "{ip(r, "86.45")}" "{r.choice(UAS[:4])}" "{uuid(r)}" "shop.example.com" "{sfip[i]}:3000"')

    pid = [r.randint(10, 60) for _ in range(2)]

    def rl(t, i, lvl, req, msg):
        return rails_log(t, pid[i], lvl, req, msg)

    jid = hexs(r, 24)
    w.add(0, EN, lambda t: envoy(t, "GET", "/products/linen-shirt-olive", 200, r.randint(30, 90), 0))
    w.add((0.3, 1.0), CD[0], lambda t: cerr(t, 0, "api.stripe.com", "A"), ev=True)
    req1 = uuid(r)
    w.add((0.1, 0.5), SF[0], lambda t: rl(t, 0, "INFO", req1, f'Started POST "/checkout/payment" for {ip(r, "86.45")} at {t:%Y-%m-%d %H:%M:%S} +0000'))
    w.add((0.5, 1.5), CD[1], lambda t: cerr(t, 1, "sqs.eu-west-1.amazonaws.com", "AAAA"))
    w.add((0.3, 1.0), CD[0], lambda t: cerr(t, 0, "api.stripe.com", "AAAA"))
    w.add((2.0, 3.0), SF[0], lambda t: rl(t, 0, "ERROR", req1, "Stripe::APIConnectionError (Unexpected error communicating when trying to connect to Stripe. You may be seeing this message because your DNS is not working or you don't have an internet connection.  To check, try running `host stripe.com` from the command line.\n\n(Network error: Failed to open TCP connection to api.stripe.com:443 (getaddrinfo: Temporary failure in name resolution))):"), ev=True)
    w.add((0.01, 0.05), SF[0], lambda t: rl(t, 0, "INFO", req1, f"Completed 502 Bad Gateway in {r.randint(5000, 5600)}ms (ActiveRecord: {r.uniform(3, 12):.1f}ms | Allocations: {r.randint(40000, 90000)})"))
    w.add((0.001, 0.01), EN, lambda t: envoy(t, "POST", "/checkout/payment", 502, r.randint(5000, 5600), 0))
    w.add((0.5, 1.5), SK, lambda t: sidekiq(t, 1, kstr(r, 4), "OrderEventsPublisher", jid, "INFO", "start"))
    w.add((0.3, 1.0), CD[1], lambda t: cerr(t, 1, "sqs.eu-west-1.amazonaws.com", "A"), ev=True)
    w.add((0.5, 1.5), EN, lambda t: envoy(t, "GET", "/collections/summer", 200, r.randint(30, 120), 1))
    w.add((1.0, 2.5), SK, lambda t: sidekiq(t, 1, kstr(r, 4), "OrderEventsPublisher", jid, "INFO", "fail", round(r.uniform(5.0, 5.3), 3)))
    w.add((0.001, 0.01), SK, lambda t: sidekiq(t, 1, kstr(r, 4), "OrderEventsPublisher", jid, "WARN", "Seahorse::Client::NetworkingError: Failed to open TCP connection to sqs.eu-west-1.amazonaws.com:443 (getaddrinfo: Temporary failure in name resolution)"), ev=True)
    w.add((0.3, 1.0), CD[0], lambda t: cerr(t, 0, "api.stripe.com", "A"))
    w.add((0.3, 1.0), EN, lambda t: envoy(t, "GET", "/cart", 200, r.randint(20, 60), 0))
    req2 = uuid(r)
    w.add((0.3, 1.0), SF[1], lambda t: rl(t, 1, "INFO", req2, f'Started POST "/checkout/payment" for {ip(r, "92.40")} at {t:%Y-%m-%d %H:%M:%S} +0000'))
    w.add((0.5, 1.5), CD[1], lambda t: cerr(t, 1, "api.stripe.com", "AAAA"))
    w.add((0.5, 1.0), CD[1], lambda t: cerr(t, 1, "hooks.slack.com", "A"))
    w.add((1.0, 2.5), SF[1], lambda t: rl(t, 1, "ERROR", req2, "Stripe::APIConnectionError (Unexpected error communicating when trying to connect to Stripe. You may be seeing this message because your DNS is not working or you don't have an internet connection.  To check, try running `host stripe.com` from the command line.\n\n(Network error: Failed to open TCP connection to api.stripe.com:443 (getaddrinfo: Temporary failure in name resolution))):"))
    w.add((0.01, 0.05), SF[1], lambda t: rl(t, 1, "INFO", req2, f"Completed 502 Bad Gateway in {r.randint(5000, 5600)}ms (ActiveRecord: {r.uniform(3, 12):.1f}ms | Allocations: {r.randint(40000, 90000)})"))
    w.add((0.001, 0.01), EN, lambda t: envoy(t, "POST", "/checkout/payment", 502, r.randint(5000, 5600), 1))
    w.add((0.5, 1.5), CD[0], lambda t: cerr(t, 0, "storefront-db.cluster-ro-c9x2k4v7hq1m.eu-west-1.rds.amazonaws.com", "A"))
    w.add((0.5, 1.5), EN, lambda t: envoy(t, "GET", "/products/canvas-tote", 200, r.randint(30, 90), 1))
    req3 = uuid(r)
    w.add((0.5, 1.5), SF[0], lambda t: rl(t, 0, "INFO", req3, f'Started POST "/checkout/payment" for {ip(r, "80.110")} at {t:%Y-%m-%d %H:%M:%S} +0000'))
    w.add((0.8, 1.5), SF[0], lambda t: rl(t, 0, "INFO", req3, f"Completed 200 OK in {r.randint(700, 1400)}ms (Views: 2.1ms | ActiveRecord: {r.uniform(4, 15):.1f}ms | Allocations: {r.randint(40000, 90000)})"))
    w.add((0.001, 0.01), EN, lambda t: envoy(t, "POST", "/checkout/payment", 200, r.randint(700, 1400), 0))
    w.add((0.5, 1.5), CD[1], lambda t: cerr(t, 1, "api.stripe.com", "A"))
    w.add((0.3, 1.0), SK, lambda t: sidekiq(t, 1, kstr(r, 4), "OrderEventsPublisher", jid, "INFO", "start"))
    w.add((0.5, 1.5), SK, lambda t: sidekiq(t, 1, kstr(r, 4), "OrderEventsPublisher", jid, "INFO", "done", round(r.uniform(0.1, 0.4), 3)))
    return record(key, w, "Checkout in the shop intermittently fails with payment errors; Stripe's status page is green. Why?",
                  sel(namespace="shop", app="storefront"), "ERROR", "dns_resolution", "coredns",
                  "Both CoreDNS replicas run on the same node and their upstream queries to the VPC resolver (10.0.0.2) time out, so external names such as api.stripe.com and sqs.eu-west-1.amazonaws.com intermittently fail to resolve (getaddrinfo: Temporary failure in name resolution); Stripe itself is healthy.",
                  "Intermittent DNS failures in the cluster resolver break payment calls (502 on /checkout/payment) and SQS publishing; cached or successful lookups still work.",
                  "Spread CoreDNS across nodes (anti-affinity / more replicas) or deploy NodeLocal DNSCache to cut per-ENI query rate to the VPC resolver; check the nodes' linklocal allowance counters.")


@scenario("dns-k3s-corp-record-nxdomain", "k3s", "Corporate DNS record for the database disappears; Django portal cannot resolve it")
def s_dns_k3s(key):
    r = random.Random(f"{PREFIX}-{key}")
    w = W(r, start_time(r, hour=r.randint(7, 9)), "k3s-school-dc")
    nodes = ["k3s-server-1"] + [f"k3s-agent-{n:02d}" for n in r.sample(range(1, 6), 2)]
    cdn = deploy_pod(r, "coredns")
    trf = deploy_pod(r, "traefik")
    prs = rs_hash(r)
    webs = [f"school-portal-{prs}-{kstr(r, 5)}" for _ in range(2)]
    CD = w.c("kube-system", cdn, "coredns", nodes[0], "coredns")
    TR = w.c("kube-system", trf, "traefik", nodes[0], "traefik")
    WB = [w.c("portal", webs[i], "web", nodes[1 + i], "school-portal") for i in range(2)]
    wip = [ip(r, "10.42.1"), ip(r, "10.42.2")]

    def q(t, i, name, qt, rc, flags, size):
        return f'[INFO] {wip[i]}:{port(r)} - {r.randint(1000, 65000)} "{qt} IN {name}. udp {len(name) + 29} false 1232" {rc} {flags} {size} {r.uniform(0.0008, 0.004):.6f}s'

    def tr(t, path, st, i, ms):
        return f'10.42.0.1 - - [{clf(t)}] "GET {path} HTTP/1.1" {st} {r.randint(120, 400) if st >= 500 else r.randint(3000, 30000)} "-" "-" {r.randint(1000, 90000)} "portal-school-portal@kubernetes" "http://{wip[i]}:8000" {ms}ms'

    def dj_err(i, path, ev):
        w.add((0.01, 0.05), WB[i], lambda t: f"ERROR {t:%Y-%m-%d %H:%M:%S},{t.microsecond // 1000:03d} log Internal Server Error: {path}")
        w.add((0.0001, 0.001), WB[i], "Traceback (most recent call last):")
        w.add((0.0001, 0.001), WB[i], '  File "/usr/local/lib/python3.12/site-packages/django/db/backends/base/base.py", line 279, in ensure_connection')
        w.add((0.0001, 0.001), WB[i], '    self.connect()')
        w.add((0.0001, 0.001), WB[i], 'psycopg2.OperationalError: could not translate host name "pg-primary.corp.example.lan" to address: Name or service not known')
        w.add((0.0001, 0.001), WB[i], "The above exception was the direct cause of the following exception:")
        w.add((0.0001, 0.001), WB[i], 'django.db.utils.OperationalError: could not translate host name "pg-primary.corp.example.lan" to address: Name or service not known', ev=ev)

    w.add(0, TR, lambda t: tr(t, "/timetable/", 200, 0, r.randint(40, 120)))
    w.add((0.5, 2.0), CD, lambda t: q(t, 1, "pg-replica.corp.example.lan", "A", "NOERROR", "qr,aa,rd,ra", 92))
    w.add((0.5, 2.0), CD, lambda t: q(t, 0, "pg-primary.corp.example.lan.portal.svc.cluster.local", "A", "NXDOMAIN", "qr,aa,rd", 173))
    w.add((0.001, 0.005), CD, lambda t: q(t, 0, "pg-primary.corp.example.lan.svc.cluster.local", "A", "NXDOMAIN", "qr,aa,rd", 166))
    w.add((0.001, 0.005), CD, lambda t: q(t, 0, "pg-primary.corp.example.lan.cluster.local", "A", "NXDOMAIN", "qr,aa,rd", 162))
    w.add((0.005, 0.02), CD, lambda t: q(t, 0, "pg-primary.corp.example.lan", "A", "NXDOMAIN", "qr,aa,rd,ra", 131), ev=True)
    w.add((0.001, 0.005), CD, lambda t: q(t, 0, "pg-primary.corp.example.lan", "AAAA", "NXDOMAIN", "qr,aa,rd,ra", 131))
    dj_err(0, "/attendance/today/", True)
    w.add((0.001, 0.01), TR, lambda t: tr(t, "/attendance/today/", 500, 0, r.randint(8, 30)))
    w.add((0.5, 2.0), TR, lambda t: tr(t, "/static/css/portal.4f2a9c.css", 200, 1, r.randint(1, 4)))
    w.add((0.3, 1.5), CD, lambda t: q(t, 1, "pg-primary.corp.example.lan", "A", "NXDOMAIN", "qr,aa,rd,ra", 131), ev=True)
    dj_err(1, "/gradebook/class/7B/", False)
    w.add((0.001, 0.01), TR, lambda t: tr(t, "/gradebook/class/7B/", 500, 1, r.randint(8, 30)))
    w.add((0.5, 2.0), CD, lambda t: q(t, 1, "graph.microsoft.com", "A", "NOERROR", "qr,rd,ra", 268))
    w.add((0.5, 2.0), CD, lambda t: q(t, 0, "pg-replica.corp.example.lan", "A", "NOERROR", "qr,aa,rd,ra", 92))
    w.add((0.01, 0.05), TR, lambda t: tr(t, "/timetable/", 200, 0, r.randint(40, 120)))
    w.add((0.5, 2.0), CD, lambda t: q(t, 0, "pg-primary.corp.example.lan", "A", "NXDOMAIN", "qr,aa,rd,ra", 131))
    dj_err(0, "/login/", True)
    w.add((0.001, 0.01), TR, lambda t: tr(t, "/login/", 500, 0, r.randint(8, 30)))
    w.add((0.5, 2.0), TR, lambda t: tr(t, "/healthz", 200, 1, 1))
    w.add((0.5, 2.0), CD, lambda t: q(t, 1, "pg-primary.corp.example.lan", "AAAA", "NXDOMAIN", "qr,aa,rd,ra", 131))
    w.add((0.01, 0.05), TR, lambda t: tr(t, "/attendance/today/", 500, 1, r.randint(8, 30)))
    return record(key, w, "The school portal returns 500 for almost every page this morning; the timetable page still works. Why?",
                  sel(namespace="portal", app="school-portal"), "CRITICAL", "dns_resolution", "corp-dns",
                  "The corporate DNS zone no longer has an A record for pg-primary.corp.example.lan (authoritative NXDOMAIN forwarded by CoreDNS, while pg-replica still resolves), so every Django view that needs the primary database fails with 'could not translate host name'; only read-replica pages such as the timetable work.",
                  "School portal is effectively down: database-backed pages return 500 because the primary database hostname does not resolve.",
                  "Restore the pg-primary A record in the corporate DNS (and exclude it from scavenging / make it static); as a stop-gap point the portal at the IP or add a hosts entry via CoreDNS 'hosts' plugin.")


@scenario("conn-laravel-smtp-relay-refused", "RKE2", "Laravel Horizon mail jobs fail: on-prem SMTP relay refuses connections")
def s_conn_smtp(key):
    r = random.Random(f"{PREFIX}-{key}")
    w = W(r, start_time(r, hour=r.randint(8, 17)), "rke2-city-apps")
    nodes = [f"rke2-agent-{n:02d}" for n in r.sample(range(1, 9), 3)]
    hz = deploy_pod(r, "library-horizon")
    web = deploy_pod(r, "library-web")
    bbx = deploy_pod(r, "blackbox-exporter")
    H = w.c("library", hz, "horizon", nodes[0], "library-horizon")
    WB = w.c("library", web, "nginx", nodes[1], "library-web")
    BB = w.c("monitoring", bbx, "blackbox-exporter", nodes[2], "blackbox-exporter")
    relay = "mailrelay.city.example.gov"
    rip = "10.30.4.25"

    def job(t, name, dur, st):
        dots = "." * (70 - len(name) - len(dur))
        return f"  {t:%Y-%m-%d %H:%M:%S} {name} {dots} {dur} {st}"

    def lerr(t):
        return (f'[{t:%Y-%m-%d %H:%M:%S}] production.ERROR: Connection could not be established with host "{relay}:25": stream_socket_client(): '
                f'Unable to connect to {relay}:25 (Connection refused) {{"exception":"[object] (Symfony\\\\Component\\\\Mailer\\\\Exception\\\\TransportException(code: 0): '
                f'Connection could not be established with host \\"{relay}:25\\": stream_socket_client(): Unable to connect to {relay}:25 (Connection refused) '
                f'at /var/www/html/vendor/symfony/mailer/Transport/Smtp/Stream/SocketStream.php:154)"}}')

    def acc(t, m, path, st):
        return f'{ip(r, "10.42.0")} - - [{clf(t)}] "{m} {path} HTTP/1.1" {st} {r.randint(200, 30000)} "https://library.city.example.gov/" "{r.choice(UAS[:4])}" "{ip(r, "77.183")}"'

    def bb(t):
        return f'ts={iso_ms(t)} caller=handler.go:184 module=smtp_banner target={relay}:25 level=error msg="Error dialing TCP" err="dial tcp {rip}:25: connect: connection refused"'

    w.add(0, WB, lambda t: acc(t, "POST", "/bookings", 302))
    w.add((0.2, 0.8), H, lambda t: job(t, "App\\Notifications\\BookingConfirmed", "", "RUNNING").replace("  RUNNING", " RUNNING"))
    w.add((0.01, 0.05), H, lerr, ev=True)
    w.add((0.001, 0.01), H, lambda t: job(t, "App\\Notifications\\BookingConfirmed", f"{r.randint(6, 30)}ms", "FAIL"))
    w.add((0.5, 2.0), H, lambda t: job(t, "App\\Jobs\\SyncCatalogueFromKoha", f"{r.uniform(1.5, 4.0):.2f}s", "DONE"))
    w.add((0.5, 2.0), WB, lambda t: acc(t, "GET", f"/rooms/availability?date={t + timedelta(days=1):%Y-%m-%d}", 200))
    w.add((1.0, 3.0), BB, bb, ev=True)
    w.add((0.5, 2.0), H, lambda t: job(t, "App\\Notifications\\LoanDueReminder", "", "RUNNING").replace("  RUNNING", " RUNNING"))
    w.add((0.01, 0.05), H, lerr)
    w.add((0.001, 0.01), H, lambda t: job(t, "App\\Notifications\\LoanDueReminder", f"{r.randint(6, 30)}ms", "FAIL"))
    w.add((0.5, 2.0), WB, lambda t: acc(t, "GET", "/catalogue/search?q=tove+jansson", 200))
    w.add((0.5, 2.0), WB, lambda t: acc(t, "GET", "/account/login", 200))
    w.add((0.5, 2.0), WB, lambda t: acc(t, "POST", "/account/login", 302))
    w.add((1.0, 3.0), H, lambda t: job(t, "App\\Jobs\\RecalculateFines", f"{r.randint(200, 900)}ms", "DONE"))
    w.add((2.0, 5.0), H, lambda t: job(t, "App\\Notifications\\BookingConfirmed", "", "RUNNING").replace("  RUNNING", " RUNNING"))
    w.add((0.01, 0.05), H, lerr)
    w.add((0.001, 0.01), H, lambda t: job(t, "App\\Notifications\\BookingConfirmed", f"{r.randint(6, 30)}ms", "FAIL"))
    w.add((0.5, 2.0), WB, lambda t: acc(t, "POST", "/bookings", 302))
    w.add((0.2, 1.0), H, lambda t: job(t, "App\\Notifications\\BookingConfirmed", "", "RUNNING").replace("  RUNNING", " RUNNING"))
    w.add((0.01, 0.05), H, lerr)
    w.add((0.001, 0.01), H, lambda t: job(t, "App\\Notifications\\BookingConfirmed", f"{r.randint(6, 30)}ms", "FAIL"))
    w.add((5.0, 10.0), BB, bb)
    w.add((1.0, 3.0), H, lambda t: f"[{t:%Y-%m-%d %H:%M:%S}] production.WARNING: Job App\\Notifications\\BookingConfirmed has been attempted 3 times and is being marked as failed (failed_jobs id {r.randint(4000, 5000)})")
    w.add((0.5, 2.0), H, lambda t: job(t, "App\\Jobs\\SyncCatalogueFromKoha", f"{r.uniform(1.5, 4.0):.2f}s", "DONE"))
    w.add((0.5, 2.0), WB, lambda t: acc(t, "GET", "/events/summer-reading-club", 200))
    w.add((0.5, 2.0), H, lambda t: job(t, "App\\Notifications\\PasswordResetLink", "", "RUNNING").replace("  RUNNING", " RUNNING"))
    w.add((0.01, 0.05), H, lerr)
    w.add((0.001, 0.01), H, lambda t: job(t, "App\\Notifications\\PasswordResetLink", f"{r.randint(6, 30)}ms", "FAIL"))
    w.add((0.5, 2.0), WB, lambda t: acc(t, "GET", f"/rooms/availability?date={t + timedelta(days=2):%Y-%m-%d}", 200))
    return record(key, w, "Library users are not receiving booking confirmations or password-reset emails; why?",
                  sel(namespace="library"), "ERROR", "connection_refused", "mailrelay",
                  f"The on-premises SMTP relay {relay} ({rip}:25), outside the cluster, refuses TCP connections on port 25 (no MTA listening), so every Laravel mail notification job fails with 'Connection refused' and ends up in failed_jobs.",
                  "All outgoing email from the library app fails; bookings, search and logins work, other Horizon jobs succeed.",
                  "Restore the SMTP service on the relay host (check the Postfix/MTA after patching), then retry the failed jobs with php artisan queue:retry all.")


@scenario("conn-velero-minio-refused", "kubeadm (on-prem)", "Velero and CNPG WAL archiving fail: MinIO backup target on a NAS refuses connections")
def s_conn_minio(key):
    r = random.Random(f"{PREFIX}-{key}")
    st = start_time(r, hour=1).replace(minute=r.randint(55, 59))
    w = W(r, st, "dc2-kubeadm")
    nodes = [f"k8s-node{n:02d}.dc2.example.net" for n in r.sample(range(1, 14), 3)]
    vel = deploy_pod(r, "velero")
    V = w.c("velero", vel, "velero", nodes[0], "velero")
    PG = w.c("erp", "pg-main-1", "postgres", nodes[1], "pg-main")
    NA = w.c("velero", ds_pod(r, "node-agent"), "node-agent", nodes[2], "node-agent")
    minio = "minio.backup.lan:9000"
    mip = "192.168.50.20"
    bk = None
    err_bsl = (f'rpc error: code = Unknown desc = RequestError: send request failed\\ncaused by: Get \\"http://{minio}/velero?delimiter=%2F&list-type=2&prefix=backups%2F\\": '
               f'dial tcp {mip}:9000: connect: connection refused')
    bsl_extra = f' backup-storage-location=velero/default controller=backup-storage-location error="{err_bsl}" error.file="/go/src/velero-plugin-for-aws/velero-plugin-for-aws/object_store.go:409" error.function="main.(*ObjectStore).ListCommonPrefixes" logSource="pkg/controller/backup_storage_location_controller.go:145"'

    def cnpg(t, lvl, msg, **kw):
        d = {"level": lvl, "ts": iso_ms(t), "logger": "wal-archive", "msg": msg, "logging_pod": "pg-main-1"}
        d.update(kw)
        return json.dumps(d, separators=(",", ":"))

    seg = f"00000001000000{r.randint(16, 96):02X}000000{r.randint(16, 250):02X}"

    def pg_archive_fail(ev):
        w.add((0.5, 2.0), PG, lambda t: cnpg(t, "info", "barman-cloud-wal-archive checking the first wal", walName=f"pg_wal/{seg}"))
        w.add((1.0, 2.0), PG, lambda t: cnpg(t, "error", "Error invoking barman-cloud-wal-archive", walName=f"pg_wal/{seg}", currentPrimary="pg-main-1", targetPrimary="pg-main-1", options=["--endpoint-url", f"http://{minio}", "--cloud-provider", "aws-s3", f"s3://pg-wal/erp", "pg-main"], error="unexpected failure invoking barman-cloud-wal-archive: exit status 4"))
        w.add((0.001, 0.01), PG, lambda t: cnpg(t, "info", f"{t:%Y-%m-%d %H:%M:%S},{t.microsecond // 1000:03d} [{r.randint(300, 900)}] ERROR: Barman cloud WAL archiver exception: Could not connect to the endpoint URL: \"http://{minio}/pg-wal?list-type=2&prefix=erp%2Fpg-main%2Fwals%2F&max-keys=1\"", pipe="stderr"), ev=ev)

    w.add(0, V, lambda t: velero(t, "info", "Validating BackupStorageLocation", ' backup-storage-location=velero/default controller=backup-storage-location logSource="pkg/controller/backup_storage_location_controller.go:141"'))
    w.add((5.0, 10.0), V, lambda t: velero(t, "error", "fail to validate backup store", bsl_extra), ev=True)
    w.add((0.001, 0.01), V, lambda t: velero(t, "info", "BackupStorageLocation is invalid, marking as unavailable", bsl_extra.replace("backup_storage_location_controller.go:145", "backup_storage_location_controller.go:126")), ev=True)
    w.add((0.001, 0.01), V, lambda t: velero(t, "error", "Current BackupStorageLocations available/unavailable/unknown: 0/1/0)", ' controller=backup-storage-location logSource="pkg/controller/backup_storage_location_controller.go:180"'))
    pg_archive_fail(True)
    w.add((2.0, 5.0), PG, lambda t: json.dumps({"level": "info", "ts": iso_ms(t), "logger": "postgres", "msg": "record", "logging_pod": "pg-main-1", "record": {"log_time": f"{t:%Y-%m-%d %H:%M:%S}.{t.microsecond // 1000:03d} UTC", "user_name": "", "database_name": "", "process_id": str(r.randint(300, 900)), "session_id": hexs(r, 8) + "." + hexs(r, 3), "error_severity": "WARNING", "sql_state_code": "01000", "message": "archive command failed with exit code 1", "detail": f"The failed archive command was: /controller/manager wal-archive --log-destination /controller/log/postgres.json pg_wal/{seg}", "backend_type": "archiver"}}, separators=(",", ":")))
    for k in range(2):
        w.add((20.0, 40.0), V, lambda t: velero(t, "info", "Validating BackupStorageLocation", ' backup-storage-location=velero/default controller=backup-storage-location logSource="pkg/controller/backup_storage_location_controller.go:141"'))
        w.add((5.0, 10.0), V, lambda t: velero(t, "error", "fail to validate backup store", bsl_extra))
        pg_archive_fail(False)
    nightly = st.replace(hour=2, minute=0, second=0, microsecond=0)
    bkname = f"velero/nightly-{nightly:%Y%m%d%H%M%S}"
    gap = (nightly - w.t).total_seconds() + r.uniform(0.2, 0.9)
    w.add(gap if gap > 0 else (1.0, 2.0), V, lambda t: velero(t, "info", "Schedule nightly: ready to create backup", ' controller=schedule logSource="pkg/controller/schedule_controller.go:209" schedule=velero/nightly'))
    w.add((0.05, 0.2), V, lambda t: velero(t, "info", "Created backup", f' backup={bkname} controller=schedule logSource="pkg/controller/schedule_controller.go:225" schedule=velero/nightly'))
    w.add((0.05, 0.2), V, lambda t: velero(t, "error", "backup can't be created because backup storage location default is currently unavailable", f' backup={bkname} controller=backup logSource="pkg/controller/backup_controller.go:383" phase=FailedValidation'), ev=True)
    w.event((0.01, 0.05), "exporter", "velero", "Backup", bkname.split("/")[1], "FailedValidation", "backup can't be created because backup storage location default is currently unavailable", "Warning", "velero")
    w.add((1.0, 3.0), NA, lambda t: velero(t, "info", "PodVolumeBackup controller started", ' controller=podvolumebackup logSource="pkg/controller/pod_volume_backup_controller.go:109"'))
    pg_archive_fail(False)
    w.add((5.0, 10.0), V, lambda t: velero(t, "error", "fail to validate backup store", bsl_extra))
    return record(key, w, "Why did last night's Velero backup fail validation, and is anything else affected?",
                  sel(namespace="velero"), "ERROR", "connection_refused", "minio",
                  f"The MinIO backup target on the NAS ({minio}, {mip}), outside the cluster, refuses connections on port 9000, so Velero marks the default BackupStorageLocation unavailable and the nightly backup fails validation; CloudNativePG WAL archiving to the same MinIO fails too.",
                  "Off-cluster MinIO is unreachable (connection refused): no Velero backups and no PostgreSQL WAL archiving until it is back.",
                  "Restart or fix the MinIO service on the NAS (check it is listening on 9000 after the NAS update), then confirm the BSL turns Available, trigger a manual backup and watch pg_wal archiving catch up.")



# --------------------------------------------------------------------------
# batch 5: timeout x2, tls_certificate x2, auth_failure x2
# --------------------------------------------------------------------------


@scenario("timeout-django-vies-vat-check", "Hetzner Cloud (kubeadm + hcloud CCM)", "Django invoicing blocked on the EU VIES VAT service read timeouts")
def s_timeout_vies(key):
    r = random.Random(f"{PREFIX}-{key}")
    w = W(r, start_time(r, hour=r.randint(8, 15)), "hcloud-nbg1-saas")
    nodes = [f"k8s-worker-nbg1-{n}" for n in r.sample(range(1, 9), 3)]
    wrs = rs_hash(r)
    webs = [f"invoicing-web-{wrs}-{kstr(r, 5)}" for _ in range(2)]
    cel = deploy_pod(r, "invoicing-worker")
    ingc = deploy_pod(r, "ingress-nginx-controller")
    WB = [w.c("invoicing", webs[i], "gunicorn", nodes[i], "invoicing-web") for i in range(2)]
    CW = w.c("invoicing", cel, "celery", nodes[2], "invoicing-worker")
    I = w.c("ingress-nginx", ingc, "controller", nodes[2], "ingress-nginx")
    wip = [ip(r, "10.244.1"), ip(r, "10.244.2")]
    gpid = [r.randint(20, 60) for _ in range(2)]

    def dj(t, lvl, logger, msg):
        return f"{lvl} {t:%Y-%m-%d %H:%M:%S},{t.microsecond // 1000:03d} {logger} {msg}"

    def gl(t, pid, lvl, msg):
        return f"[{t:%Y-%m-%d %H:%M:%S} +0000] [{pid}] [{lvl}] {msg}"

    def acc(t, m, path, st, i, rt, up_st=None):
        return nginx_access(t, ip(r, "91.12"), m, path, st, r.randint(60, 3000), "InvoiceNinjaSync/3.2 (+python-requests/2.32.3)" if i else r.choice(UAS[:3]),
                            r.randint(400, 2500), rt, "invoicing-invoicing-web-8000", f"{wip[i]}:8000", up_st or st, hexs(r, 32))

    def rto(t, i, cc):
        return dj(t, "ERROR", "invoicing.vat.vies", f"VIES checkVatService failed for {cc}{r.randint(100000000, 999999999)}: HTTPSConnectionPool(host='ec.europa.eu', port=443): Read timed out. (read timeout=20)")

    w.add(0, I, lambda t: acc(t, "GET", "/app/invoices/?page=2", 200, 0, r.uniform(0.05, 0.2)))
    w.add((0.3, 1.0), WB[0], lambda t: dj(t, "WARNING", "invoicing.vat.vies", f"VIES checkVatService slow response: {r.uniform(8, 12):.2f}s for DE"))
    w.add((0.3, 1.0), I, lambda t: acc(t, "POST", "/api/v1/invoices", 201, 1, r.uniform(9, 12)))
    w.add((2.0, 5.0), WB[1], lambda t: rto(t, 1, "FR"), ev=True)
    w.add((0.01, 0.05), WB[1], lambda t: dj(t, "ERROR", "django.request", "Service Unavailable: /api/v1/invoices"))
    w.add((0.001, 0.01), I, lambda t: acc(t, "POST", "/api/v1/invoices", 503, 1, r.uniform(20.0, 20.2)))
    w.add((0.5, 1.5), CW, lambda t: f"[{t:%Y-%m-%d %H:%M:%S},{t.microsecond // 1000:03d}: INFO/MainProcess] Task invoicing.tasks.revalidate_vat[{uuid(r)}] retry: Retry in 60s: ReadTimeout(ReadTimeoutError(\"HTTPSConnectionPool(host='ec.europa.eu', port=443): Read timed out. (read timeout=20)\"))", ev=True)
    w.add((0.5, 2.0), I, lambda t: acc(t, "GET", "/app/dashboard/", 200, 0, r.uniform(0.05, 0.3)))
    w.add((3.0, 6.0), WB[0], lambda t: rto(t, 0, "IT"))
    w.add((0.01, 0.05), WB[0], lambda t: dj(t, "WARNING", "invoicing.vat.vies", "retrying VIES check (attempt 2/2)"))
    w.add((1.0, 3.0), WB[1], lambda t: dj(t, "ERROR", "django.request", "Internal Server Error: /api/v1/customers/8812/validate-vat"))
    w.add((0.0001, 0.001), WB[1], "Traceback (most recent call last):")
    w.add((0.0001, 0.001), WB[1], '  File "/usr/local/lib/python3.12/site-packages/urllib3/connectionpool.py", line 536, in _make_request')
    w.add((0.0001, 0.001), WB[1], "    response = conn.getresponse()")
    w.add((0.0001, 0.001), WB[1], "urllib3.exceptions.ReadTimeoutError: HTTPSConnectionPool(host='ec.europa.eu', port=443): Read timed out. (read timeout=20)")
    w.add((0.0001, 0.001), WB[1], "During handling of the above exception, another exception occurred:")
    w.add((0.0001, 0.001), WB[1], '  File "/app/invoicing/vat/vies.py", line 48, in check_vat')
    w.add((0.0001, 0.001), WB[1], "    resp = self.session.post(VIES_URL, data=envelope, timeout=(5, 20))")
    w.add((0.0001, 0.001), WB[1], "requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='ec.europa.eu', port=443): Read timed out. (read timeout=20)", ev=True)
    w.add((0.001, 0.01), I, lambda t: acc(t, "POST", "/api/v1/customers/8812/validate-vat", 500, 0, r.uniform(20.0, 20.3)))
    w.add((5.0, 8.0), WB[0], lambda t: gl(t, 1, "CRITICAL", f"WORKER TIMEOUT (pid:{gpid[0]})"))
    w.add((0.01, 0.05), WB[0], lambda t: gl(t, gpid[0], "INFO", f"Worker exiting (pid: {gpid[0]})"))
    w.add((0.001, 0.01), I, lambda t: f"{t:%Y/%m/%d %H:%M:%S} [error] {r.randint(30, 60)}#{r.randint(30, 60)}: *{r.randint(100000, 999999)} upstream prematurely closed connection while reading response header from upstream, client: {ip(r, '91.12')}, server: app.invoicely.example.eu, request: \"POST /api/v1/invoices HTTP/1.1\", upstream: \"http://{wip[0]}:8000/api/v1/invoices\", host: \"app.invoicely.example.eu\"")
    w.add((0.001, 0.01), I, lambda t: acc(t, "POST", "/api/v1/invoices", 502, 0, r.uniform(30.0, 30.3)))
    w.add((0.3, 1.0), WB[0], lambda t: gl(t, 1, "INFO", f"Booting worker with pid: {gpid[0] + r.randint(5, 30)}"))
    w.add((1.0, 3.0), WB[1], lambda t: dj(t, "INFO", "invoicing.vat.vies", f"VIES checkVatService ok for NL in {r.uniform(13, 18):.2f}s"))
    w.add((0.01, 0.05), I, lambda t: acc(t, "POST", "/api/v1/invoices", 201, 1, r.uniform(14, 19)))
    w.add((1.0, 3.0), WB[1], lambda t: rto(t, 1, "ES"), ev=True)
    w.add((0.5, 2.0), I, lambda t: acc(t, "GET", "/app/invoices/?page=1", 200, 1, r.uniform(0.05, 0.2)))
    w.add((1.0, 3.0), CW, lambda t: f"[{t:%Y-%m-%d %H:%M:%S},{t.microsecond // 1000:03d}: INFO/MainProcess] Task invoicing.tasks.revalidate_vat[{uuid(r)}] retry: Retry in 60s: ReadTimeout(ReadTimeoutError(\"HTTPSConnectionPool(host='ec.europa.eu', port=443): Read timed out. (read timeout=20)\"))")
    return record(key, w, "Creating invoices is slow and often fails with 502/503/500 for EU customers; what is going on?",
                  sel(namespace="invoicing", app="invoicing-web"), "ERROR", "timeout", "vies",
                  "The EU VIES VAT validation service (ec.europa.eu checkVatService), called synchronously on invoice creation, is answering in 10-20+ seconds and often past the 20s read timeout, so requests fail with ReadTimeout (503/500) and gunicorn workers blocked on two attempts hit the 30s worker timeout (502).",
                  "An external dependency (VIES) is too slow: invoice creation and VAT checks time out; the app, database and other pages are healthy.",
                  "Make VAT validation asynchronous or cache recent VIES results and accept invoices pending validation; shorten the retry path so web workers cannot exceed the gunicorn timeout; monitor the VIES status page.")


@scenario("timeout-openshift-gitops-gitlab-slow", "OpenShift", "OpenShift GitOps repo-server times out fetching from a slow self-hosted GitLab")
def s_timeout_gitlab(key):
    r = random.Random(f"{PREFIX}-{key}")
    w = W(r, start_time(r, hour=r.randint(9, 16)), "ocp4-gov-hub")
    nodes = [f"ocp4-gov-hub-{kstr(r, 5)}-worker-{z}-{kstr(r, 5)}" for z in ("a", "b", "c")]
    repo = f"openshift-gitops-repo-server-{rs_hash(r)}-{kstr(r, 5)}"
    ctrl = "openshift-gitops-application-controller-0"
    RS = w.c("openshift-gitops", repo, "argocd-repo-server", nodes[0], "openshift-gitops-repo-server")
    AC = w.c("openshift-gitops", ctrl, "argocd-application-controller", nodes[1], "openshift-gitops-application-controller")
    PW = w.c("permits", deploy_pod(r, "permits-frontend"), "nginx", nodes[2], "permits-frontend")
    gl = "https://gitlab.agency.example.gov/platform/deploy-manifests.git"
    apps = ["permits-prod", "records-prod", "gis-viewer-prod"]
    dl = f'failed to list refs: Get \\"{gl}/info/refs?service=git-upload-pack\\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)'

    def rsl(t, lvl, msg, code, method, ms):
        return (f'time="{iso_s(t)}" level={lvl} msg="{msg}" ' + (f'error="{dl}" ' if code != "OK" else "") +
                f'grpc.code={code} grpc.method={method} grpc.service=repository.RepoServerService grpc.start_time="{iso_s(t - timedelta(milliseconds=ms))}" '
                f'grpc.time_ms={ms:.3f} span.kind=server system=grpc')

    def cmp_err(t, app):
        return argocd(t, "warning", f"Failed to load target state: failed to generate manifest for source 1 of 1: rpc error: code = Unknown desc = {dl}".replace('\\"', '"'), f"openshift-gitops/{app}")

    w.add(0, AC, lambda t: argocd(t, "info", "Refreshing app status (controller refresh requested), level (1)", f"openshift-gitops/{apps[0]}"))
    w.add((0.2, 0.8), AC, lambda t: argocd(t, "info", "Comparing app state (cluster: https://kubernetes.default.svc, namespace: permits)", f"openshift-gitops/{apps[0]}"))
    w.add((0.5, 1.5), RS, lambda t: rsl(t, "info", "finished unary call with code OK", "OK", "GenerateManifest", r.uniform(800, 2400)))
    w.add((0.5, 1.5), PW, lambda t: f'{ip(r, "10.131.0")} - - [{clf(t)}] "GET /apply HTTP/1.1" 200 {r.randint(3000, 9000)} "-" "{r.choice(UAS[:4])}"')
    w.add((30.0, 45.0), RS, lambda t: rsl(t, "info", "finished unary call with code OK", "OK", "ResolveRevision", r.uniform(38000, 52000)))
    w.add((15.0, 25.0), RS, lambda t: rsl(t, "error", "finished unary call with code Unknown", "Unknown", "GenerateManifest", r.uniform(60000, 60010)), ev=True)
    w.add((0.01, 0.05), AC, lambda t: cmp_err(t, apps[0]), ev=True)
    w.add((0.01, 0.05), AC, lambda t: argocd(t, "info", "Updated sync status: Synced -> Unknown", f"openshift-gitops/{apps[0]}", ' dest-namespace=permits dest-server="https://kubernetes.default.svc" reason=ResourceUpdated type=Normal'))
    w.add((0.5, 2.0), PW, lambda t: f'{ip(r, "10.131.0")} - - [{clf(t)}] "POST /apply/step-2 HTTP/1.1" 302 0 "-" "{r.choice(UAS[:4])}"')
    w.add((1.0, 3.0), RS, lambda t: rsl(t, "info", "finished unary call with code OK", "OK", "GetHelmCharts", r.uniform(300, 900)))
    w.add((2.0, 5.0), AC, lambda t: argocd(t, "info", "Comparing app state (cluster: https://kubernetes.default.svc, namespace: records)", f"openshift-gitops/{apps[1]}"))
    w.add((5.0, 10.0), PW, lambda t: f'{ip(r, "10.131.0")} - - [{clf(t)}] "GET /status/PRM-2026-{r.randint(1000, 9999)} HTTP/1.1" 200 {r.randint(1000, 3000)} "-" "{r.choice(UAS[:4])}"')
    w.add((45.0, 55.0), RS, lambda t: rsl(t, "error", "finished unary call with code Unknown", "Unknown", "GenerateManifest", r.uniform(60000, 60010)), ev=True)
    w.add((0.01, 0.05), AC, lambda t: cmp_err(t, apps[1]))
    w.add((0.01, 0.05), AC, lambda t: argocd(t, "info", "Updated sync status: Synced -> Unknown", f"openshift-gitops/{apps[1]}", ' dest-namespace=records dest-server="https://kubernetes.default.svc" reason=ResourceUpdated type=Normal'))
    w.add((1.0, 3.0), AC, lambda t: argocd(t, "info", "Reconciliation completed", f"openshift-gitops/{apps[2]}", f" dedup_ms=0 diff_ms={r.randint(5, 30)} git_ms={r.randint(40000, 59000)} health_ms={r.randint(1, 5)} live_ms={r.randint(1, 6)} sync_ms=0 time_ms={r.randint(41000, 60000)}"))
    w.add((2.0, 6.0), PW, lambda t: f'{ip(r, "10.131.0")} - - [{clf(t)}] "GET /apply HTTP/1.1" 200 {r.randint(3000, 9000)} "-" "{r.choice(UAS[:4])}"')
    w.add((20.0, 30.0), RS, lambda t: rsl(t, "info", "finished unary call with code OK", "OK", "GenerateManifest", r.uniform(44000, 58000)))
    w.add((0.5, 2.0), AC, lambda t: argocd(t, "info", "Updated sync status: Unknown -> Synced", f"openshift-gitops/{apps[0]}", ' dest-namespace=permits dest-server="https://kubernetes.default.svc" reason=ResourceUpdated type=Normal'))
    w.add((5.0, 15.0), RS, lambda t: rsl(t, "error", "finished unary call with code Unknown", "Unknown", "ResolveRevision", r.uniform(60000, 60010)), ev=True)
    w.add((0.01, 0.05), AC, lambda t: cmp_err(t, apps[2]))
    w.add((1.0, 3.0), PW, lambda t: f'{ip(r, "10.131.0")} - - [{clf(t)}] "GET /apply HTTP/1.1" 200 {r.randint(3000, 9000)} "-" "{r.choice(UAS[:4])}"')
    w.add((3.0, 8.0), AC, lambda t: argocd(t, "info", "Refreshing app status (controller refresh requested), level (1)", f"openshift-gitops/{apps[2]}"))
    w.add((1.0, 3.0), RS, lambda t: rsl(t, "info", "finished unary call with code OK", "OK", "GetHelmCharts", r.uniform(300, 900)))
    w.add((2.0, 5.0), PW, lambda t: f'{ip(r, "10.131.0")} - - [{clf(t)}] "GET /status/PRM-2026-{r.randint(1000, 9999)} HTTP/1.1" 200 {r.randint(1000, 3000)} "-" "{r.choice(UAS[:4])}"')
    w.add((10.0, 20.0), AC, lambda t: argocd(t, "info", "Comparing app state (cluster: https://kubernetes.default.svc, namespace: gis)", f"openshift-gitops/{apps[2]}"))
    return record(key, w, "OpenShift GitOps shows ComparisonError and sync status Unknown for several apps; are the applications down?",
                  sel(namespace="openshift-gitops"), "WARN", "timeout", "gitlab",
                  "The self-hosted GitLab (gitlab.agency.example.gov) answers git ref listings in 40-60s, past the repo-server's 60s client timeout, so manifest generation intermittently fails with 'context deadline exceeded (Client.Timeout exceeded while awaiting headers)' and Argo CD cannot compare desired state.",
                  "GitOps reconciliation is degraded (ComparisonError / Unknown) because Git fetches time out; deployed workloads keep running normally and some fetches still succeed.",
                  "Investigate GitLab performance (Gitaly load, network path); meanwhile raise ARGOCD_EXEC_TIMEOUT / reposerver git timeouts and enable webhook-driven refreshes to reduce polling.")


@scenario("tls-efcore-sqlserver-selfsigned-cert", "AKS", "EF Core 8 Encrypt=true rejects SQL Server's self-generated certificate; startup migration crash loop")
def s_tls_mssql(key):
    r = random.Random(f"{PREFIX}-{key}")
    w = W(r, start_time(r, hour=r.randint(18, 22)), "aks-neu-casework")
    nodes = [aks_node(r, "apps") for _ in range(2)] + [aks_node(r, "db")]
    rs = rs_hash(r)
    pods = [f"case-api-{rs}-{kstr(r, 5)}" for _ in range(2)]
    ingc = deploy_pod(r, "ingress-nginx-controller")
    CA = [w.c("casework", pods[i], "case-api", nodes[i], "case-api") for i in range(2)]
    MS = w.c("data", "mssql-0", "mssql", nodes[2], "mssql")
    I = w.c("ingress-nginx", ingc, "controller", nodes[1], "ingress-nginx")
    KL = w.j(nodes[0], "kubelet.service")
    uids = [uuid(r) for _ in range(2)]
    cips = [ip(r, "10.244.1"), ip(r, "10.244.2")]

    def ms(t, src, msg):
        return f"{t:%Y-%m-%d %H:%M:%S}.{t.microsecond // 10000:02d} {src:<11} {msg}"

    def crash(i, ev):
        cid = uuid(r)
        w.add((1.0, 2.0), CA[i], "info: Microsoft.EntityFrameworkCore.Migrations[20411] Acquiring an exclusive lock for migration application. See https://aka.ms/efcore-docs-migrations-lock for more information if this takes too long.")
        w.add((0.1, 0.4), CA[i], "fail: Microsoft.EntityFrameworkCore.Database.Connection[20004] An error occurred using the connection to database 'CaseDb' on server 'mssql-0.mssql.data.svc.cluster.local,1433'.", ev=ev)
        w.add((0.01, 0.05), CA[i], "Unhandled exception. Microsoft.Data.SqlClient.SqlException (0x80131904): A connection was successfully established with the server, but then an error occurred during the pre-login handshake. (provider: TCP Provider, error: 35 - An internal exception was caught)", ev=ev)
        w.add((0.0001, 0.001), CA[i], " ---> System.Security.Authentication.AuthenticationException: The remote certificate was rejected by the provided RemoteCertificateValidationCallback.", ev=ev)
        w.add((0.0001, 0.001), CA[i], "   at System.Net.Security.SslStream.SendAuthResetSignal(ReadOnlySpan`1 alert, ExceptionDispatchInfo exception)")
        w.add((0.0001, 0.001), CA[i], "   at Microsoft.Data.SqlClient.SNI.SNITCPHandle.EnableSsl(UInt32 options)")
        w.add((0.0001, 0.001), CA[i], "   --- End of inner exception stack trace ---")
        w.add((0.0001, 0.001), CA[i], "   at Microsoft.EntityFrameworkCore.Migrations.Internal.Migrator.Migrate(String targetMigration)")
        w.add((0.0001, 0.001), CA[i], "   at Program.<Main>$(String[] args) in /src/CaseApi/Program.cs:line 61")
        w.add((0.0001, 0.001), CA[i], f"ClientConnectionId:{cid}")
        w.add((0.0001, 0.001), CA[i], "Error Number:-2146893019,State:0,Class:20")
        w.add((0.01, 0.05), MS, lambda t: ms(t, "Logon", "Error: 17836, Severity: 20, State: 17."))
        w.add((0.0001, 0.001), MS, lambda t: ms(t, "Logon", f"Length specified in network packet payload did not match number of bytes read; the connection has been closed. Please contact the vendor of the client library. [CLIENT: {cips[i]}]"))

    w.add(0, MS, lambda t: ms(t, "Server", "Microsoft SQL Server 2022 (RTM-CU16) (KB5048033) - 16.0.4165.4 (X64)"))
    w.add((0.5, 1.5), MS, lambda t: ms(t, "Server", "Server is listening on [ 'any' <ipv4> 1433]."))
    w.add((0.01, 0.05), MS, lambda t: ms(t, "Server", "A self-generated certificate was successfully loaded for encryption."), ev=True)
    w.add((1.0, 3.0), MS, lambda t: ms(t, "spid" + str(r.randint(20, 40)) + "s", "SQL Server is now ready for client connections. This is an informational message; no user action is required."))
    w.add((3.0, 6.0), MS, lambda t: ms(t, "spid" + str(r.randint(50, 60)) + "s", "Recovery is complete. This is an informational message only. No user action is required."))
    w.event((5.0, 10.0), "exporter", "casework", "Deployment", "case-api", "ScalingReplicaSet", f"Scaled up replica set case-api-{rs} to 2", "Normal", "deployment-controller")
    w.event((2.0, 4.0), "exporter", "casework", "Pod", pods[0], "Started", "Started container case-api", "Normal", "kubelet", nodes[0])
    w.add((0.3, 0.8), CA[0], "info: CaseApi.Startup[0] case-api 8.4.0 (net8.0, EF Core 8.0.11) starting; applying pending migrations")
    crash(0, True)
    w.add((0.05, 0.2), I, lambda t: nginx_access(t, ip(r, "82.132"), "GET", "/api/cases?assignee=me", 503, 190, UAS[0], 612, 0.000, "casework-case-api-8080", "-", "-", hexs(r, 32), 0.0))
    w.event((0.3, 1.0), "exporter", "casework", "Pod", pods[1], "Started", "Started container case-api", "Normal", "kubelet", nodes[1])
    w.add((0.3, 0.8), CA[1], "info: CaseApi.Startup[0] case-api 8.4.0 (net8.0, EF Core 8.0.11) starting; applying pending migrations")
    crash(1, False)
    w.add((0.5, 1.5), KL, lambda t: kubelet_backoff(t, 2630, "casework", pods[0], uids[0], "case-api", "10s"))
    w.add((0.3, 1.0), I, lambda t: nginx_access(t, ip(r, "82.132"), "POST", "/api/cases/CASE-2026-0412/notes", 503, 190, UAS[1], 1410, 0.000, "casework-case-api-8080", "-", "-", hexs(r, 32), 0.0))
    w.add((8.0, 12.0), CA[0], "info: CaseApi.Startup[0] case-api 8.4.0 (net8.0, EF Core 8.0.11) starting; applying pending migrations")
    crash(0, False)
    w.add((0.5, 1.5), KL, lambda t: kubelet_backoff(t, 2630, "casework", pods[0], uids[0], "case-api", "20s"))
    w.event((0.01, 0.05), "exporter", "casework", "Pod", pods[0], "BackOff", f"Back-off restarting failed container case-api in pod {pods[0]}_casework({uids[0]})", "Warning", "kubelet", nodes[0], count=3)
    w.add((1.0, 3.0), I, lambda t: nginx_access(t, ip(r, "82.132"), "GET", "/api/cases?assignee=me", 503, 190, UAS[0], 612, 0.000, "casework-case-api-8080", "-", "-", hexs(r, 32), 0.0))
    return record(key, w, "After tonight's .NET 8 upgrade of case-api, the casework API returns 503 and the pods crash-loop; why?",
                  sel(namespace="casework", app="case-api"), "CRITICAL", "tls_certificate", "case-api",
                  "The upgraded case-api (EF Core 8 / Microsoft.Data.SqlClient 5, Encrypt=True by default) validates the SQL Server certificate, but mssql-0 only presents its self-generated certificate, which no trusted CA signed; the TLS pre-login handshake is rejected, the startup migration throws, and both pods crash-loop.",
                  "case-api is down (CrashLoopBackOff, 503 at the ingress) because the client now rejects SQL Server's untrusted self-signed TLS certificate; SQL Server itself is healthy.",
                  "Give SQL Server a certificate from a CA the pods trust (e.g. cert-manager issued, mounted via mssql.conf) or, as a stop-gap, set TrustServerCertificate=True in the connection string and redeploy.")


@scenario("tls-otel-gateway-ca-rotated", "kubeadm (on-prem)", "OTel agents reject the gateway's certificate after cert-manager rotated the internal CA key")
def s_tls_otel(key):
    r = random.Random(f"{PREFIX}-{key}")
    w = W(r, start_time(r), "dc3-kubeadm")
    nodes = [f"k8s-w{n:02d}.dc3.example.net" for n in r.sample(range(1, 20), 4)]
    cm = deploy_pod(r, "cert-manager")
    grs = rs_hash(r)
    gws = [f"otel-gateway-{grs}-{kstr(r, 5)}" for _ in range(2)]
    ags = [ds_pod(r, "otel-agent") for _ in range(2)]
    C = w.c("cert-manager", cm, "cert-manager-controller", nodes[0], "cert-manager")
    G = [w.c("observability", gws[i], "otel-collector", nodes[i + 1], "otel-gateway") for i in range(2)]
    A = [w.c("observability", ags[i], "otel-collector", nodes[2 + i], "otel-agent") for i in range(2)]
    aip = [ip(r, "10.233"), ip(r, "10.233")]
    x509 = ('tls: failed to verify certificate: x509: certificate signed by unknown authority '
            '(possibly because of \\"crypto/rsa: verification error\\" while trying to verify candidate authority certificate \\"otel-internal-ca\\")')

    def zl(t, lvl, caller, msg, obj):
        return f"{iso_ms(t)}\t{lvl}\t{caller}\t{msg}\t" + json.dumps(obj, separators=(", ", ": "))

    def agent_err(t, i, sig):
        err = f'rpc error: code = Unavailable desc = connection error: desc = "transport: authentication handshake failed: {x509}"'
        return zl(t, "info", "internal/retry_sender.go:118", "Exporting failed. Will retry the request after interval.",
                  {"otelcol.component.id": "otlp/gateway", "otelcol.component.kind": "Exporter", "otelcol.signal": sig,
                   "error": err, "interval": f"{r.uniform(3, 30):.6f}s"})

    def gw_hs(t, i):
        return zl(t, "warn", "grpc@v1.67.1/server.go:893", f'[core] [Server #{r.randint(3, 6)} ListenSocket #{r.randint(7, 9)}]grpc: Server.Serve failed to complete security handshake from "{aip[i % 2]}:{port(r)}": remote error: tls: bad certificate', {"grpc_log": True})

    def cmlog(t, src, msg, extra):
        return klog(t, "I", src) + f'"{msg}" ' + extra

    w.add(0, C, lambda t: cmlog(t, "trigger_controller.go:223", "Certificate must be re-issued", 'logger="cert-manager.certificates-trigger" key="observability/otel-gateway-tls" reason="Renewing" message="Renewing certificate as renewal was scheduled at ' + f'{t - timedelta(seconds=r.randint(2, 20)):%Y-%m-%d %H:%M:%S}' + ' +0000 UTC"'))
    w.add((0.5, 1.5), C, lambda t: cmlog(t, "issuing_controller.go:299", "The certificate has been successfully issued", 'logger="cert-manager.certificates-issuing" key="observability/otel-gateway-tls"'))
    w.event((0.01, 0.05), "exporter", "observability", "Certificate", "otel-gateway-tls", "Issuing", "The certificate has been successfully issued", "Normal", "cert-manager-certificates-issuing")
    w.add((0.5, 1.0), G[0], lambda t: zl(t, "info", "configtls/configtls.go:243", "Loaded TLS certificate from file; certificate was rotated", {"path": "/etc/otel/tls/tls.crt", "issuer": "CN=otel-internal-ca", "not_after": iso_s(t + timedelta(days=90))}))
    w.add((0.1, 0.4), G[1], lambda t: zl(t, "info", "configtls/configtls.go:243", "Loaded TLS certificate from file; certificate was rotated", {"path": "/etc/otel/tls/tls.crt", "issuer": "CN=otel-internal-ca", "not_after": iso_s(t + timedelta(days=90))}))
    w.add((1.0, 3.0), A[0], lambda t: agent_err(t, 0, "traces"), ev=True)
    w.add((0.001, 0.01), G[0], lambda t: gw_hs(t, 0), ev=True)
    w.add((0.5, 1.5), A[1], lambda t: agent_err(t, 1, "metrics"))
    w.add((0.001, 0.01), G[1], lambda t: gw_hs(t, 1))
    w.add((0.5, 2.0), A[0], lambda t: agent_err(t, 0, "logs"))
    w.add((0.5, 1.5), C, lambda t: cmlog(t, "sync.go:123", "Certificate does not need re-issuing", 'logger="cert-manager.certificates-readiness" key="cert-manager/otel-internal-ca" revision=4 not_before="' + iso_s(t - timedelta(hours=r.randint(2, 9))) + '"'))
    for k in range(4):
        w.add((2.0, 6.0), A[k % 2], lambda t: agent_err(t, k % 2, ["traces", "metrics", "logs", "traces"][k]))
        w.add((0.001, 0.01), G[k % 2], lambda t: gw_hs(t, k))
    w.add((1.0, 3.0), G[0], lambda t: zl(t, "info", "Metrics", "Metrics", {"otelcol.component.id": "debug", "otelcol.component.kind": "Exporter", "otelcol.signal": "metrics", "resource metrics": 0, "metrics": 0, "data points": 0}))
    w.add((10.0, 20.0), A[0], lambda t: zl(t, "error", "internal/queue_sender.go:92", "Dropping data because sending_queue is full. Try increasing queue_size.", {"otelcol.component.id": "otlp/gateway", "otelcol.component.kind": "Exporter", "otelcol.signal": "traces", "dropped_items": r.randint(200, 900)}))
    w.add((0.5, 2.0), A[1], lambda t: agent_err(t, 1, "metrics"))
    w.add((0.001, 0.01), G[1], lambda t: gw_hs(t, 1))
    w.add((1.0, 3.0), A[1], lambda t: zl(t, "error", "internal/queue_sender.go:92", "Dropping data because sending_queue is full. Try increasing queue_size.", {"otelcol.component.id": "otlp/gateway", "otelcol.component.kind": "Exporter", "otelcol.signal": "logs", "dropped_items": r.randint(500, 3000)}))
    w.add((1.0, 3.0), A[0], lambda t: agent_err(t, 0, "logs"))
    w.add((0.001, 0.01), G[0], lambda t: gw_hs(t, 0))
    return record(key, w, "Traces, metrics and logs from the dc3 nodes stopped arriving in the observability backend about half an hour ago; why?",
                  sel(namespace="observability", app="otel-agent"), "ERROR", "tls_certificate", "otel-agent",
                  "cert-manager re-issued the otel-gateway serving certificate from the internal CA, whose key was rotated at its last renewal; the otel-agents still trust a static copy of the old otel-internal-ca certificate, so every OTLP/gRPC handshake fails with 'x509: certificate signed by unknown authority' and the agents' queues overflow.",
                  "All agent-to-gateway telemetry export fails on TLS verification (unknown authority after a CA key rotation) and data is being dropped; the gateways themselves are running.",
                  "Distribute the current CA bundle to the agents (e.g. trust-manager Bundle or mount the CA secret's ca.crt instead of a static copy) and restart them; set rotationPolicy: Never on the CA Certificate or plan CA rotations with overlapping trust.")


@scenario("auth-external-dns-route53-accessdenied", "EKS", "external-dns IRSA role lost Route53 permissions; new hostname never created")
def s_auth_extdns(key):
    r = random.Random(f"{PREFIX}-{key}")
    w = W(r, start_time(r, hour=r.randint(9, 16)), "eks-edu-use2")
    nodes = [eks_node(r, "us-east-2") for _ in range(3)]
    ed = deploy_pod(r, "external-dns")
    lbc = deploy_pod(r, "aws-load-balancer-controller")
    bbx = deploy_pod(r, "blackbox-exporter")
    adm = deploy_pod(r, "admissions-web")
    ED = w.c("kube-system", ed, "external-dns", nodes[0], "external-dns")
    LB = w.c("kube-system", lbc, "aws-load-balancer-controller", nodes[1], "aws-load-balancer-controller")
    BB = w.c("monitoring", bbx, "blackbox-exporter", nodes[2], "blackbox-exporter")
    AD = w.c("admissions", adm, "puma", nodes[2], "admissions-web")
    zone = "Z0" + "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(19))
    acct = str(r.randint(100000000000, 999999999999))
    host = "apply.example-college.edu"
    alb = f"k8s-admissions-{hexs(r, 10)}-{r.randint(100000000, 999999999)}.us-east-2.elb.amazonaws.com"

    def edl(t, lvl, msg):
        return f'time="{iso_s(t)}" level={lvl} msg="{msg}"'

    denied = (f"Failure in zone example-college.edu. [Id: /hostedzone/{zone}] when submitting change batch: operation error Route 53: ChangeResourceRecordSets, "
              f"https response error StatusCode: 403, RequestID: {uuid(r)}, api error AccessDenied: User: arn:aws:sts::{acct}:assumed-role/eks-edu-use2-external-dns/{r.randint(10**18, 10**19 - 1)} "
              f"is not authorized to perform: route53:ChangeResourceRecordSets on resource: arn:aws:route53:::hostedzone/{zone} because no identity-based policy allows the route53:ChangeResourceRecordSets action")

    def bb(t):
        return f'ts={iso_ms(t)} caller=handler.go:184 module=http_2xx target=https://{host}/ level=error msg="Error resolving address" err="lookup {host} on 172.20.0.10:53: no such host"'

    w.add(0, LB, lambda t: json.dumps({"level": "info", "ts": iso_ms(t), "logger": "controllers.ingress", "msg": "successfully deployed model", "ingressGroup": "admissions/admissions-web"}, separators=(",", ":")))
    w.add((0.2, 0.6), LB, lambda t: json.dumps({"level": "info", "ts": iso_ms(t), "logger": "controllers.ingress", "msg": "successfully reconciled", "ingressGroup": "admissions/admissions-web", "dnsName": alb}, separators=(",", ":")))
    w.add((5.0, 20.0), ED, lambda t: edl(t, "info", f"Desired change: CREATE {host} A [Id: /hostedzone/{zone}]"))
    w.add((0.001, 0.01), ED, lambda t: edl(t, "info", f"Desired change: CREATE a-{host} TXT [Id: /hostedzone/{zone}]"))
    w.add((0.001, 0.01), ED, lambda t: edl(t, "info", f"Desired change: CREATE {host} TXT [Id: /hostedzone/{zone}]"))
    w.add((0.3, 0.9), ED, lambda t: edl(t, "error", denied), ev=True)
    w.add((0.001, 0.01), ED, lambda t: edl(t, "error", f"failed to submit all changes for the following zones: [/hostedzone/{zone}]"), ev=True)
    w.add((1.0, 5.0), AD, lambda t: rails_log(t, 1, "INFO", uuid(r), f'Started GET "/up" for {ip(r, "10.42")} at {t:%Y-%m-%d %H:%M:%S} +0000'))
    w.add((0.01, 0.05), AD, lambda t: rails_log(t, 1, "INFO", uuid(r), "Completed 200 OK in 2ms (Views: 0.4ms | ActiveRecord: 0.6ms | Allocations: 312)"))
    w.add((5.0, 15.0), BB, bb, ev=True)
    w.add((20.0, 40.0), AD, lambda t: rails_log(t, 1, "INFO", uuid(r), f'Started GET "/up" for {ip(r, "10.42")} at {t:%Y-%m-%d %H:%M:%S} +0000'))
    w.add((0.01, 0.05), AD, lambda t: rails_log(t, 1, "INFO", uuid(r), "Completed 200 OK in 2ms (Views: 0.4ms | ActiveRecord: 0.5ms | Allocations: 309)"))
    for k in range(2):
        w.add((50.0, 60.0), ED, lambda t: edl(t, "info", "Applying provider record filter for domains: [example-college.edu. .example-college.edu.]"))
        w.add((0.3, 1.0), ED, lambda t: edl(t, "info", f"Desired change: CREATE {host} A [Id: /hostedzone/{zone}]"))
        w.add((0.001, 0.01), ED, lambda t: edl(t, "info", f"Desired change: CREATE a-{host} TXT [Id: /hostedzone/{zone}]"))
        w.add((0.3, 0.9), ED, lambda t: edl(t, "error", denied.replace(denied.split("RequestID: ")[1].split(",")[0], uuid(r))), ev=(k == 1))
        w.add((0.001, 0.01), ED, lambda t: edl(t, "error", f"failed to submit all changes for the following zones: [/hostedzone/{zone}]"))
        w.add((5.0, 15.0), BB, bb)
        w.add((1.0, 5.0), AD, lambda t: rails_log(t, 1, "INFO", uuid(r), f'Started GET "/up" for {ip(r, "10.42")} at {t:%Y-%m-%d %H:%M:%S} +0000'))
        w.add((0.01, 0.05), AD, lambda t: rails_log(t, 1, "INFO", uuid(r), "Completed 200 OK in 2ms (Views: 0.4ms | ActiveRecord: 0.6ms | Allocations: 311)"))
    w.add((1.0, 5.0), LB, lambda t: json.dumps({"level": "info", "ts": iso_ms(t), "logger": "controllers.ingress", "msg": "successfully deployed model", "ingressGroup": "admissions/admissions-web"}, separators=(",", ":")))
    return record(key, w, f"The new admissions portal hostname {host} does not resolve (no such host), although the Ingress and its ALB exist; why?",
                  sel(namespace="admissions"), "ERROR", "auth_failure", "external-dns",
                  f"external-dns (kube-system) wants to create the A/TXT records for {host}, but its IRSA role eks-edu-use2-external-dns is not allowed route53:ChangeResourceRecordSets on hosted zone {zone} (AccessDenied 403), so the record is never created and the name returns NXDOMAIN.",
                  "DNS automation is failing on an IAM authorization error; the ALB and the admissions app are healthy but unreachable by name.",
                  "Restore route53:ChangeResourceRecordSets (and ListResourceRecordSets) on the hosted zone in the external-dns IAM policy; external-dns will create the record on its next sync.")


@scenario("auth-prometheus-rbac-new-namespace", "GKE", "Prometheus service account forbidden to list endpoints in a new namespace; metrics missing")
def s_auth_prom(key):
    r = random.Random(f"{PREFIX}-{key}")
    w = W(r, start_time(r), "gke-pay-euw4")
    nodes = [gke_node(r, "pay-euw4") for _ in range(3)]
    op = deploy_pod(r, "prometheus-operator")
    O = w.c("monitoring", op, "prometheus-operator", nodes[2], "prometheus-operator")
    P = [w.c("monitoring", f"prometheus-k8s-{i}", "prometheus", nodes[i], "prometheus") for i in range(2)]
    CR = w.c("monitoring", "prometheus-k8s-0", "config-reloader", nodes[0], "prometheus")
    ST = w.c("payments-v2", deploy_pod(r, "settlement"), "settlement", nodes[1], "settlement")
    sa = "system:serviceaccount:monitoring:prometheus-k8s"

    def forb(t, res, typ, i):
        return prom(t, "error", "klog.go:124", f'pkg/mod/k8s.io/client-go@v0.31.3/tools/cache/reflector.go:243: Failed to watch {typ}: failed to list {typ}: {res} is forbidden: User "{sa}" cannot list resource "{res}" in API group "" in the namespace "payments-v2"', " func=ErrorDepth", "k8s_client_runtime")

    w.add(0, O, lambda t: f'level=info ts={iso_ms(t)} caller=operator.go:{r.randint(800, 900)} component=prometheus-controller msg="sync prometheus" key=monitoring/k8s')
    w.add((0.2, 0.8), O, lambda t: f'level=debug ts={iso_ms(t)} caller=resource_selector.go:{r.randint(100, 200)} component=prometheus-controller msg="selected ServiceMonitors" servicemonitors=payments-v2/settlement,payments-v2/payouts,payments/ledger,monitoring/node-exporter namespace=monitoring prometheus=k8s')
    w.add((1.0, 3.0), CR, lambda t: f'level=info ts={iso_ms(t)} caller=reloader.go:{r.randint(370, 400)} msg="Reload triggered" cfg_in=/etc/prometheus/config/prometheus.yaml.gz cfg_out=/etc/prometheus/config_out/prometheus.env.yaml watched_dirs=/etc/prometheus/rules/prometheus-k8s-rulefiles-0')
    w.add((0.05, 0.2), P[0], lambda t: prom(t, "info", "main.go:1335", "Loading configuration file", " filename=/etc/prometheus/config_out/prometheus.env.yaml"))
    w.add((0.05, 0.2), P[0], lambda t: prom(t, "info", "kubernetes.go:331", "Using pod service account via in-cluster config", "", "discovery manager scrape"))
    w.add((0.1, 0.3), P[0], lambda t: prom(t, "info", "main.go:1372", "Completed loading of configuration file", f" filename=/etc/prometheus/config_out/prometheus.env.yaml totalDuration={r.uniform(80, 200):.3f}ms"))
    w.add((0.3, 1.0), P[0], lambda t: forb(t, "endpoints", "*v1.Endpoints", 0), ev=True)
    w.add((0.001, 0.01), P[0], lambda t: forb(t, "services", "*v1.Service", 0), ev=True)
    w.add((0.001, 0.01), P[0], lambda t: forb(t, "pods", "*v1.Pod", 0))
    w.add((0.5, 1.5), P[1], lambda t: prom(t, "info", "main.go:1372", "Completed loading of configuration file", f" filename=/etc/prometheus/config_out/prometheus.env.yaml totalDuration={r.uniform(80, 200):.3f}ms"))
    w.add((0.3, 1.0), P[1], lambda t: forb(t, "endpoints", "*v1.Endpoints", 1), ev=True)
    w.add((0.001, 0.01), P[1], lambda t: forb(t, "pods", "*v1.Pod", 1))
    w.add((1.0, 3.0), ST, lambda t: slog_json(t, "INFO", "settlement batch committed", batch=f"B-{r.randint(100000, 999999)}", items=r.randint(100, 900), took_ms=r.randint(100, 900)))
    for k in range(3):
        w.add((5.0, 15.0), P[k % 2], lambda t: forb(t, "endpoints", "*v1.Endpoints", k % 2))
        w.add((0.001, 0.01), P[k % 2], lambda t: forb(t, "services", "*v1.Service", k % 2))
        w.add((0.5, 3.0), ST, lambda t: slog_json(t, "INFO", "settlement batch committed", batch=f"B-{r.randint(100000, 999999)}", items=r.randint(100, 900), took_ms=r.randint(100, 900)))
    w.add((2.0, 6.0), P[0], lambda t: prom(t, "info", "head.go:1346", "Head GC completed", f" duration={r.uniform(300, 900):.3f}ms", "tsdb"))
    w.add((2.0, 6.0), ST, lambda t: slog_json(t, "WARN", "payout provider slow", provider="sepa-gateway", latency_ms=r.randint(1500, 2500)))
    w.add((5.0, 15.0), P[1], lambda t: forb(t, "endpoints", "*v1.Endpoints", 1))
    w.add((0.001, 0.01), P[1], lambda t: forb(t, "pods", "*v1.Pod", 1))
    w.add((1.0, 3.0), O, lambda t: f'level=info ts={iso_ms(t)} caller=operator.go:{r.randint(800, 900)} component=prometheus-controller msg="sync prometheus" key=monitoring/k8s')
    return record(key, w, "Dashboards for the new payments-v2 services show 'No data' although the pods are running and ServiceMonitors exist; why?",
                  sel(namespace="payments-v2"), "ERROR", "auth_failure", "prometheus",
                  'The Prometheus service account monitoring/prometheus-k8s has no Role/RoleBinding in the new payments-v2 namespace, so Kubernetes service discovery is forbidden to list endpoints, services and pods there and no payments-v2 target is ever discovered or scraped.',
                  "Monitoring is blind for payments-v2 because of missing RBAC for Prometheus; the payments-v2 workloads themselves are healthy.",
                  "Add payments-v2 to the Prometheus namespace list (RoleBinding for prometheus-k8s to list/watch endpoints, services, pods) or grant a ClusterRole; the errors stop and targets appear within one SD refresh.")



# --------------------------------------------------------------------------
# batch 6: config_error x2, resource_exhausted x2
# --------------------------------------------------------------------------


@scenario("config-vector-vrl-fallible-assignment", "Linode LKE", "Vector aggregator crash-loops on a VRL compile error; agents see connection refused")
def s_cfg_vector(key):
    r = random.Random(f"{PREFIX}-{key}")
    w = W(r, start_time(r), "lke-logs-ams")
    cidn, pidn = r.randint(100000, 299999), r.randint(100000, 399999)
    nodes = [lke_node(r, cidn, pidn) for _ in range(4)]
    hel = deploy_pod(r, "helm-controller")
    ags = [ds_pod(r, "vector-agent") for _ in range(3)]
    H = w.c("flux-system", hel, "manager", nodes[3], "helm-controller")
    VA = w.c("logging", "vector-aggregator-0", "vector", nodes[0], "vector-aggregator")
    AG = [w.c("logging", ags[i], "vector", nodes[1 + i], "vector-agent") for i in range(3)]
    CT = w.j(nodes[0], "containerd.service")
    KL = w.j(nodes[0], "kubelet.service")
    uid = uuid(r)
    cids = [hexs(r, 64) for _ in range(3)]
    svc = ip(r, "10.128")
    g = "helm.toolkit.fluxcd.io"

    def vl(t, lvl, target, msg):
        return f"{iso_us(t)} {lvl:>5} {target}: {msg}"

    def agent_retry(t, i):
        return vl(t, "WARN", f'sink{{component_kind="sink" component_id=aggregator component_type=vector}}:request{{request_id={r.randint(100, 9000)}}}',
                  f'vector::sinks::util::retries: Retrying after error. error=Request failed: status: Unavailable, message: "error trying to connect: tcp connect error: Connection refused (os error 111)", details: [], metadata: MetadataMap {{ headers: {{}} }} internal_log_rate_limit=true')

    def start_fail(ev):
        w.add((0.3, 0.8), VA, lambda t: vl(t, "INFO", "vector::app", 'Log level is enabled. level="info"'))
        w.add((0.001, 0.01), VA, lambda t: vl(t, "INFO", "vector::app", 'Loading configs. paths=["/etc/vector"]'))
        w.add((0.05, 0.2), VA, lambda t: vl(t, "ERROR", "vector::cli", 'Configuration error. error=Transform "parse_app_json":'), ev=ev)
        w.add((0.0001, 0.001), VA, "error[E103]: unhandled fallible assignment", ev=ev)
        w.add((0.0001, 0.001), VA, "  ┌─ :3:9")
        w.add((0.0001, 0.001), VA, "  │")
        w.add((0.0001, 0.001), VA, "3 │ .data = parse_json(.message)")
        w.add((0.0001, 0.001), VA, "  │ ------- ^^^^^^^^^^^^^^^^^^^^")
        w.add((0.0001, 0.001), VA, "  │ │       │")
        w.add((0.0001, 0.001), VA, "  │ │       this expression is fallible because at least one argument's type cannot be verified to be valid")
        w.add((0.0001, 0.001), VA, "  │ │       update the expression to be infallible by adding a `!`: `parse_json!(.message)`")
        w.add((0.0001, 0.001), VA, "  │ or change this to an infallible assignment:")
        w.add((0.0001, 0.001), VA, "  │ .data, err = parse_json(.message)")
        w.add((0.0001, 0.001), VA, "  = see documentation about error handling at https://errors.vrl.dev/#handling")

    w.add(0, H, lambda t: flux(t, "info", "release out-of-sync with desired state: release config values changed", "helmrelease", g, "HelmRelease", "vector-aggregator", "logging", r))
    w.add((0.3, 0.8), H, lambda t: flux(t, "info", "running 'upgrade' action with timeout of 5m0s", "helmrelease", g, "HelmRelease", "vector-aggregator", "logging", r))
    w.event((1.0, 2.0), "alloy", "logging", "StatefulSet", "vector-aggregator", "SuccessfulDelete", "delete Pod vector-aggregator-0 in StatefulSet vector-aggregator successful", "Normal", "statefulset-controller")
    w.add((0.05, 0.2), VA, lambda t: vl(t, "INFO", "vector", "Vector has stopped."))
    w.event((1.0, 3.0), "alloy", "logging", "StatefulSet", "vector-aggregator", "SuccessfulCreate", "create Pod vector-aggregator-0 in StatefulSet vector-aggregator successful", "Normal", "statefulset-controller")
    start_fail(True)
    w.add((0.05, 0.2), CT, lambda t: containerd_line(t, "info", f'TaskExit event in podsandbox handler container_id:"{cids[0]}" id:"{cids[0]}" pid:{r.randint(3000, 9000)} exit_status:78 exited_at:{{seconds:{epoch(t)} nanos:{t.microsecond * 1000}}}'), ev=True)
    w.add((0.5, 1.5), AG[0], lambda t: agent_retry(t, 0))
    w.add((0.3, 1.0), AG[1], lambda t: agent_retry(t, 1))
    w.add((2.0, 5.0), VA, lambda t: vl(t, "INFO", "vector::app", 'Log level is enabled. level="info"'))
    w.add((0.001, 0.01), VA, lambda t: vl(t, "INFO", "vector::app", 'Loading configs. paths=["/etc/vector"]'))
    w.add((0.05, 0.2), VA, lambda t: vl(t, "ERROR", "vector::cli", 'Configuration error. error=Transform "parse_app_json":'))
    w.add((0.0001, 0.001), VA, "error[E103]: unhandled fallible assignment")
    w.add((0.05, 0.2), CT, lambda t: containerd_line(t, "info", f'TaskExit event in podsandbox handler container_id:"{cids[1]}" id:"{cids[1]}" pid:{r.randint(3000, 9000)} exit_status:78 exited_at:{{seconds:{epoch(t)} nanos:{t.microsecond * 1000}}}'))
    w.add((0.1, 0.4), KL, lambda t: kubelet_backoff(t, 1840, "logging", "vector-aggregator-0", uid, "vector", "20s"))
    w.add((0.3, 1.0), AG[2], lambda t: agent_retry(t, 2))
    w.add((1.0, 3.0), AG[0], lambda t: vl(t, "ERROR", 'sink{component_kind="sink" component_id=aggregator component_type=vector}', f'vector_common::internal_event::component_events_dropped: Events dropped intentional=false count={r.randint(300, 2000)} reason="Service call failed. No retries or retries exhausted." internal_log_rate_limit=true'))
    w.add((2.0, 5.0), AG[1], lambda t: agent_retry(t, 1))
    w.add((5.0, 10.0), KL, lambda t: kubelet_backoff(t, 1840, "logging", "vector-aggregator-0", uid, "vector", "40s"))
    w.add((5.0, 10.0), AG[2], lambda t: agent_retry(t, 2))
    w.add((60.0, 120.0), H, lambda t: flux(t, "error", "Helm upgrade failed for release logging/vector-aggregator with chart vector@0.40.0: context deadline exceeded", "helmrelease", g, "HelmRelease", "vector-aggregator", "logging", r))
    return record(key, w, "Logs stopped arriving in the central store about ten minutes ago; the Vector agents log 'Connection refused'. Why?",
                  sel(namespace="logging"), "CRITICAL", "config_error", "vector-aggregator",
                  "The new HelmRelease values add a VRL transform (parse_app_json) with `.data = parse_json(.message)`, a fallible assignment that VRL rejects at compile time (E103); the single vector-aggregator pod exits with code 78 on every start and crash-loops, so its Service has no endpoints and agents get connection refused.",
                  "Central log pipeline is down: the aggregator crash-loops on an invalid configuration and agents are retrying and starting to drop events.",
                  "Fix the transform (parse_json!(.message) or `.data, err = parse_json(.message)`), validate with `vector validate` in CI, and roll back the HelmRelease values until then; run more than one aggregator replica.")


@scenario("config-sealedsecret-wrong-cluster-key", "k3s", "SealedSecret sealed for another cluster: new key never reaches the Secret; rollout stuck in CreateContainerConfigError")
def s_cfg_sealed(key):
    r = random.Random(f"{PREFIX}-{key}")
    w = W(r, start_time(r, hour=r.randint(9, 16)), "k3s-edu-lab")
    nodes = ["k3s-server-1"] + [f"k3s-agent-{n:02d}" for n in r.sample(range(1, 7), 3)]
    kus = deploy_pod(r, "kustomize-controller")
    ss = deploy_pod(r, "sealed-secrets-controller")
    old_rs, new_rs = rs_hash(r), rs_hash(r)
    olds = [f"gradebook-{old_rs}-{kstr(r, 5)}" for _ in range(2)]
    newp = f"gradebook-{new_rs}-{kstr(r, 5)}"
    K = w.c("flux-system", kus, "manager", nodes[0], "kustomize-controller")
    SS = w.c("kube-system", ss, "sealed-secrets-controller", nodes[0], "sealed-secrets")
    GB = [w.c("gradebook", olds[i], "puma", nodes[1 + i], "gradebook") for i in range(2)]
    sha = hexs(r, 40)
    keys = "(DATABASE_URL, RAILS_MASTER_KEY, SMTP_PASSWORD)"
    cfgerr = "Error: couldn't find key SMTP_PASSWORD in Secret gradebook/gradebook-credentials"
    g = "kustomize.toolkit.fluxcd.io"
    sh = "eventrouter"

    def rl(t, i, msg):
        return rails_log(t, 1, "INFO", uuid(r), msg)

    w.add(0, K, lambda t: flux(t, "info", "server-side apply completed", "kustomization", g, "Kustomization", "apps", "flux-system", r, revision=f"main@sha1:{sha}", output={"SealedSecret/gradebook/gradebook-credentials": "configured", "Deployment/gradebook/gradebook": "configured"}))
    w.add((0.05, 0.3), SS, lambda t: f"{t:%Y/%m/%d %H:%M:%S} Updating gradebook/gradebook-credentials")
    w.add((0.01, 0.05), SS, lambda t: f"{t:%Y/%m/%d %H:%M:%S} Error updating gradebook/gradebook-credentials, will retry: no key could decrypt secret {keys}", ev=True)
    w.event((0.001, 0.01), sh, "gradebook", "SealedSecret", "gradebook-credentials", "ErrUnsealFailed", f"Failed to unseal: no key could decrypt secret {keys}", "Warning", "sealed-secrets-controller", ev=True)
    w.event((0.1, 0.4), sh, "gradebook", "Deployment", "gradebook", "ScalingReplicaSet", f"Scaled up replica set gradebook-{new_rs} to 1", "Normal", "deployment-controller")
    w.event((0.05, 0.2), sh, "gradebook", "Pod", newp, "Scheduled", f"Successfully assigned gradebook/{newp} to {nodes[3]}", "Normal", "default-scheduler")
    w.event((0.5, 1.5), sh, "gradebook", "Pod", newp, "Pulled", 'Container image "registry.edu-lab.example.org/gradebook/web:2026.05.2" already present on machine', "Normal", "kubelet", nodes[3])
    w.event((0.01, 0.05), sh, "gradebook", "Pod", newp, "Failed", cfgerr, "Warning", "kubelet", nodes[3], ev=True)
    w.add((0.5, 1.5), GB[0], lambda t: rl(t, 0, f'Started GET "/courses/CS101/grades" for {ip(r, "10.42.0")} at {t:%Y-%m-%d %H:%M:%S} +0000'))
    w.add((0.05, 0.2), GB[0], lambda t: rl(t, 0, f"Completed 200 OK in {r.randint(40, 140)}ms (Views: {r.uniform(10, 40):.1f}ms | ActiveRecord: {r.uniform(5, 30):.1f}ms | Allocations: {r.randint(20000, 60000)})"))
    w.add((2.0, 5.0), SS, lambda t: f"{t:%Y/%m/%d %H:%M:%S} Updating gradebook/gradebook-credentials")
    w.add((0.01, 0.05), SS, lambda t: f"{t:%Y/%m/%d %H:%M:%S} Error updating gradebook/gradebook-credentials, will retry: no key could decrypt secret {keys}")
    w.event((5.0, 10.0), sh, "gradebook", "Pod", newp, "Failed", cfgerr, "Warning", "kubelet", nodes[3], count=3, verb="UPDATED")
    w.add((0.5, 2.0), GB[1], lambda t: rl(t, 1, f'Started POST "/courses/CS101/assignments/7/submissions" for {ip(r, "10.42.0")} at {t:%Y-%m-%d %H:%M:%S} +0000'))
    w.add((0.1, 0.5), GB[1], lambda t: rl(t, 1, f"Completed 302 Found in {r.randint(60, 200)}ms (ActiveRecord: {r.uniform(10, 40):.1f}ms | Allocations: {r.randint(20000, 60000)})"))
    w.add((3.0, 8.0), K, lambda t: flux(t, "info", f"Reconciliation finished in {r.uniform(1.5, 4):.3f}s, next run in 10m0s", "kustomization", g, "Kustomization", "apps", "flux-system", r, revision=f"main@sha1:{sha}"))
    for k in range(3):
        w.add((8.0, 20.0), SS, lambda t: f"{t:%Y/%m/%d %H:%M:%S} Updating gradebook/gradebook-credentials")
        w.add((0.01, 0.05), SS, lambda t: f"{t:%Y/%m/%d %H:%M:%S} Error updating gradebook/gradebook-credentials, will retry: no key could decrypt secret {keys}")
        w.add((1.0, 5.0), GB[k % 2], lambda t: rl(t, k % 2, f'Started GET "/dashboard" for {ip(r, "10.42.0")} at {t:%Y-%m-%d %H:%M:%S} +0000'))
        w.add((0.05, 0.2), GB[k % 2], lambda t: rl(t, k % 2, f"Completed 200 OK in {r.randint(40, 140)}ms (Views: {r.uniform(10, 40):.1f}ms | ActiveRecord: {r.uniform(5, 30):.1f}ms | Allocations: {r.randint(20000, 60000)})"))
        w.event((2.0, 6.0), sh, "gradebook", "Pod", newp, "Failed", cfgerr, "Warning", "kubelet", nodes[3], count=5 + 3 * k, verb="UPDATED")
    return record(key, w, "The new gradebook release (with the email feature) never rolls out; the new pod sits in CreateContainerConfigError. Why?",
                  sel(namespace="gradebook", app="gradebook"), "ERROR", "config_error", "gradebook",
                  "The updated SealedSecret gradebook-credentials was sealed with another cluster's public key, so the sealed-secrets controller cannot decrypt it (no key could decrypt secret) and the Secret keeps its old contents without SMTP_PASSWORD; the new pod references that key and fails with CreateContainerConfigError.",
                  "gradebook rollout is stuck: the required Secret key is missing because the SealedSecret cannot be unsealed in this cluster; the old pods keep serving.",
                  "Re-seal the secret against this cluster's certificate (kubeseal --fetch-cert from k3s-edu-lab's controller) and commit it; Flux and the controller will update the Secret and the rollout will proceed.")


@scenario("res-prometheus-pvc-full", "Hetzner Cloud (kubeadm + hcloud CCM)", "Prometheus TSDB volume full: WAL writes and compaction fail with ENOSPC")
def s_res_prom(key):
    r = random.Random(f"{PREFIX}-{key}")
    w = W(r, start_time(r), "hcloud-hel1-mon")
    nodes = [f"k8s-worker-hel1-{n}" for n in r.sample(range(1, 9), 3)]
    P = w.c("monitoring", "prometheus-kube-prometheus-stack-prometheus-0", "prometheus", nodes[0], "prometheus")
    GR = w.c("monitoring", deploy_pod(r, "kube-prometheus-stack-grafana"), "grafana", nodes[1], "grafana")
    AM = w.c("monitoring", "alertmanager-kube-prometheus-stack-alertmanager-0", "alertmanager", nodes[2], "alertmanager")
    CSI = w.c("kube-system", ds_pod(r, "hcloud-csi-node"), "hcloud-csi-driver", nodes[0], "hcloud-csi-node")
    walseg = r.randint(4000, 9000)
    blk = ulid(r)
    targets = ["http://10.244.1.17:9100/metrics", "http://10.244.2.33:8080/metrics", "https://10.0.0.3:10250/metrics/cadvisor", "http://10.244.3.9:9090/metrics"]
    pools = ["serviceMonitor/monitoring/kube-prometheus-stack-node-exporter/0", "serviceMonitor/shop/checkout/0", "serviceMonitor/monitoring/kube-prometheus-stack-kubelet/1", "serviceMonitor/monitoring/kube-prometheus-stack-prometheus/0"]

    def enospc(t, k):
        return prom(t, "warn", "scrape.go:1371", "Appending scrape report failed", f' scrape_pool={pools[k % 4]} target={targets[k % 4]} err="write to WAL: log samples: write /prometheus/wal/{walseg:08d}: no space left on device"', "scrape manager")

    def gr(t, st):
        return f'logger=context userId={r.randint(2, 40)} orgId=1 uname={r.choice(["ops", "kthomsen", "jvirtanen"])} t={iso_ms(t).replace("Z", "+00:00")} level=info msg="Request Completed" method=POST path=/api/ds/query status={st} remote_addr={ip(r, "10.244")} time_ms={r.randint(20, 400)} duration={r.randint(20, 400)}ms size={r.randint(2000, 90000)} referer="https://grafana.ops.example.fi/d/efa86fd1/node-exporter"'

    w.add(0, P, lambda t: prom(t, "info", "head.go:1346", "Head GC completed", f" duration={r.uniform(300, 900):.3f}ms", "tsdb"))
    w.add((1.0, 3.0), GR, lambda t: gr(t, 200))
    w.add((5.0, 15.0), P, lambda t: prom(t, "error", "db.go:1014", "compaction failed", f' err="compact head: persist head block: populate block: write chunks: write /prometheus/{blk}.tmp-for-creation/chunks/000001: no space left on device"', "tsdb"), ev=True)
    w.add((0.5, 2.0), P, lambda t: enospc(t, 0), ev=True)
    w.add((0.01, 0.05), P, lambda t: enospc(t, 1))
    w.add((0.01, 0.05), P, lambda t: prom(t, "warn", "group.go:517", "Rule sample appending failed", f' file=/etc/prometheus/rules/prometheus-kube-prometheus-stack-prometheus-rulefiles-0/monitoring-kube-prometheus-stack-node-exporter.rules-{uuid(r)}.yaml group=node-exporter.rules name=instance:node_cpu_utilisation:rate5m index=3 err="write to WAL: log samples: write /prometheus/wal/{walseg:08d}: no space left on device"', "rule manager"))
    w.add((0.5, 2.0), GR, lambda t: gr(t, 200))
    for k in range(2, 6):
        w.add((0.5, 3.0), P, lambda t: enospc(t, k), ev=(k == 3))
    w.add((0.3, 1.0), CSI, lambda t: f'level=debug ts={iso_ms(t)} component=driver-node msg="node get volume stats" volume-id={r.randint(100000000, 109999999)} volume-path=/var/lib/kubelet/pods/{uuid(r)}/volumes/kubernetes.io~csi/pvc-{uuid(r)}/mount available-bytes=0 total-bytes=52521566208 used-bytes=52521566208')
    w.add((1.0, 3.0), P, lambda t: prom(t, "error", "db.go:1014", "compaction failed", f' err="compact head: persist head block: populate block: write chunks: write /prometheus/{ulid(r)}.tmp-for-creation/chunks/000001: no space left on device"', "tsdb"))
    w.add((0.5, 1.5), P, lambda t: enospc(t, 0))
    w.add((0.5, 1.5), GR, lambda t: gr(t, 200))
    w.add((1.0, 3.0), AM, lambda t: f'ts={iso_ms(t)} caller=cluster.go:{r.randint(690, 710)} level=info component=cluster msg="gossip settled; proceeding" elapsed=10.003s')
    for k in range(4):
        w.add((1.0, 5.0), P, lambda t: enospc(t, k + 1))
        if k == 1:
            w.add((0.3, 1.0), P, lambda t: prom(t, "error", "head.go:1117", "Failed to create WAL checkpoint", f' err="create checkpoint: write to checkpoint: write /prometheus/wal/checkpoint.{walseg - 3:08d}.tmp/00000000: no space left on device"', "tsdb"))
    w.add((1.0, 3.0), GR, lambda t: gr(t, 200))
    w.add((1.0, 3.0), P, lambda t: prom(t, "error", "db.go:1014", "compaction failed", f' err="compact head: persist head block: populate block: write chunks: write /prometheus/{ulid(r)}.tmp-for-creation/chunks/000001: no space left on device"', "tsdb"))
    w.add((0.5, 2.0), P, lambda t: enospc(t, 2))
    w.add((0.5, 2.0), GR, lambda t: gr(t, 200))
    w.add((0.5, 2.0), P, lambda t: enospc(t, 3))
    w.add((0.5, 2.0), P, lambda t: enospc(t, 0))
    return record(key, w, "Grafana graphs from Prometheus flat-line since this afternoon although the Prometheus pod is Running; why?",
                  sel(namespace="monitoring", app="prometheus"), "CRITICAL", "resource_exhausted", "prometheus",
                  "The 50 GB Hetzner volume backing Prometheus's TSDB is full: WAL appends, head compaction and WAL checkpointing all fail with 'no space left on device', so every scrape and rule result is dropped.",
                  "Prometheus is up but ingesting nothing because its data volume is out of space; metrics since the disk filled are lost and alerting rules are blind.",
                  "Expand the PVC (hcloud volumes support online resize) or lower retention (--storage.tsdb.retention.size below the volume size), then confirm compaction succeeds; add an alert on volume fill rate.")


@scenario("res-wordpress-fpm-max-children", "DigitalOcean DOKS", "WordPress php-fpm pool saturated during a news spike; nginx upstream timeouts")
def s_res_fpm(key):
    r = random.Random(f"{PREFIX}-{key}")
    w = W(r, start_time(r, hour=r.randint(10, 14)), "doks-lon1-news")
    pool = f"pool-{kstr(r, 9)}"
    nodes = [doks_node(r, pool) for _ in range(3)]
    rs = rs_hash(r)
    pods = [f"wordpress-{rs}-{kstr(r, 5)}" for _ in range(2)]
    ingc = deploy_pod(r, "ingress-nginx-controller")
    FP = [w.c("news", pods[i], "php-fpm", nodes[i], "wordpress") for i in range(2)]
    NG = [w.c("news", pods[i], "nginx", nodes[i], "wordpress") for i in range(2)]
    I = w.c("ingress-nginx", ingc, "controller", nodes[2], "ingress-nginx")
    wip = [ip(r, "10.244"), ip(r, "10.244")]
    art = "/2026/05/12/university-announces-new-medical-school/"
    host = "news.uni-example.ac.uk"

    def fpm(t, lvl, msg):
        return f"[{t:%d-%b-%Y %H:%M:%S}] {lvl}: [pool www] {msg}"

    def acc(t, path, st, i, rt, ref="https://t.co/"):
        return nginx_access(t, ip(r, r.choice(["86.1", "31.94", "82.132", "2.96"])), "GET", path, st, r.randint(30000, 90000) if st == 200 else 160, r.choice(UAS[:4]),
                            r.randint(400, 900), rt, "news-wordpress-80", f"{wip[i]}:80", st, hexs(r, 32), referer=ref)

    def ng_timeout(t, i):
        return (f"{t:%Y/%m/%d %H:%M:%S} [error] 29#29: *{r.randint(10000, 99999)} upstream timed out (110: Connection timed out) while reading response header from upstream, "
                f'client: {ip(r, "10.244")}, server: {host}, request: "GET {art} HTTP/1.1", upstream: "fastcgi://127.0.0.1:9000", host: "{host}"')

    w.add(0, I, lambda t: acc(t, art, 200, 0, r.uniform(0.3, 0.9)))
    w.add((0.1, 0.4), I, lambda t: acc(t, art, 200, 1, r.uniform(0.4, 1.2), "https://www.facebook.com/"))
    w.add((0.2, 0.6), FP[0], lambda t: fpm(t, "WARNING", f"seems busy (you may need to increase pm.start_servers, or pm.min/max_spare_servers), spawning 8 children, there are 0 idle, and {r.randint(9, 11)} total children"))
    w.add((0.1, 0.4), I, lambda t: acc(t, art, 200, 0, r.uniform(1.5, 3.0)))
    w.add((0.3, 1.0), FP[0], lambda t: fpm(t, "WARNING", "server reached pm.max_children setting (16), consider raising it"), ev=True)
    w.add((0.1, 0.4), I, lambda t: acc(t, "/", 200, 1, r.uniform(2.0, 4.0), "-"))
    w.add((0.2, 0.6), FP[1], lambda t: fpm(t, "WARNING", f"seems busy (you may need to increase pm.start_servers, or pm.min/max_spare_servers), spawning 16 children, there are 0 idle, and {r.randint(12, 15)} total children"))
    w.add((0.3, 0.8), FP[1], lambda t: fpm(t, "WARNING", "server reached pm.max_children setting (16), consider raising it"), ev=True)
    for k in range(3):
        w.add((0.2, 0.8), I, lambda t: acc(t, art, 200, k % 2, r.uniform(4.0, 9.0)))
    w.add((0.5, 1.5), FP[0], lambda t: f"[{t:%d-%b-%Y %H:%M:%S}] WARNING: [pool www] child {r.randint(100, 400)}, script '/var/www/html/index.php' (request: \"GET /index.php\") executing too slow ({r.uniform(5, 6):.6f} sec), logging")
    w.add((0.1, 0.5), I, lambda t: acc(t, "/wp-json/wp/v2/posts?per_page=5", 200, 0, r.uniform(3, 7), "-"))
    w.add((5.0, 15.0), NG[0], lambda t: ng_timeout(t, 0))
    w.add((0.001, 0.01), I, lambda t: acc(t, art, 504, 0, 60.0 + r.uniform(0, 0.01)))
    w.add((0.3, 1.0), I, lambda t: acc(t, art, 200, 1, r.uniform(8, 15)))
    w.add((0.3, 1.0), NG[1], lambda t: ng_timeout(t, 1))
    w.add((0.001, 0.01), I, lambda t: acc(t, art, 504, 1, 60.0 + r.uniform(0, 0.01)))
    w.add((0.5, 2.0), FP[1], lambda t: fpm(t, "WARNING", "server reached pm.max_children setting (16), consider raising it"))
    w.add((0.3, 1.0), I, lambda t: acc(t, "/wp-content/uploads/2026/05/medical-school-hero-1536x864.jpg", 200, 0, r.uniform(0.01, 0.05)))
    w.add((0.5, 2.0), I, lambda t: acc(t, art, 200, 0, r.uniform(5, 12)))
    w.add((2.0, 6.0), NG[0], lambda t: ng_timeout(t, 0))
    w.add((0.001, 0.01), I, lambda t: acc(t, art, 504, 0, 60.0 + r.uniform(0, 0.01)))
    w.add((20.0, 40.0), I, lambda t: acc(t, art, 200, 1, r.uniform(1.0, 2.5)))
    w.add((1.0, 3.0), FP[0], lambda t: fpm(t, "WARNING", f"seems busy (you may need to increase pm.start_servers, or pm.min/max_spare_servers), spawning 8 children, there are 1 idle, and 15 total children"))
    w.add((1.0, 3.0), I, lambda t: acc(t, art, 200, 0, r.uniform(0.5, 1.5)))
    w.add((1.0, 3.0), I, lambda t: acc(t, "/category/research/", 200, 1, r.uniform(0.3, 0.9), "-"))
    return record(key, w, "The news site was slow and served some 504s after the medical-school announcement went viral; what happened?",
                  sel(namespace="news", app="wordpress"), "WARN", "resource_exhausted", "wordpress",
                  "The traffic spike on one uncached article saturated php-fpm: both pods hit pm.max_children (16), requests queued on the FastCGI socket and some waited past nginx's 60s fastcgi_read_timeout, giving 504s; latency recovered as the spike eased.",
                  "Transient degradation from php-fpm worker-pool exhaustion during a viral spike; most requests succeeded slowly and the pool is recovering.",
                  "Enable full-page caching for published articles (or a CDN), raise pm.max_children within the memory limit and let the HPA scale on request queue length rather than CPU.")



# --------------------------------------------------------------------------
# batch 6b: storage x2, database x2
# --------------------------------------------------------------------------


def nats_log(t, lvl, msg, pid=1):
    return f"[{pid}] {t:%Y/%m/%d %H:%M:%S}.{t.microsecond:06d} [{lvl}] {msg}"


@scenario("storage-nats-multi-attach-after-kured", "Hetzner Cloud (kubeadm + hcloud CCM)", "NATS JetStream pod stuck: hcloud volume still attached to the old server (Multi-Attach)")
def s_storage_nats(key):
    r = random.Random(f"{PREFIX}-{key}")
    w = W(r, start_time(r, hour=r.choice([3, 4])), "hcloud-fsn1-events")
    nodes = [f"k8s-worker-fsn1-{n}" for n in r.sample(range(1, 9), 4)]
    oldn, newn = nodes[0], nodes[3]
    kured = ds_pod(r, "kured")
    csi = deploy_pod(r, "hcloud-csi-controller")
    KU = w.c("kube-system", kured, "kured", oldn, "kured")
    CS = w.c("kube-system", csi, "hcloud-csi-driver", nodes[1], "hcloud-csi-controller")
    N = [w.c("nats", f"nats-{i}", "nats", nodes[i], "nats") for i in (0, 1, 2)]
    KL = w.j(newn, "kubelet.service")
    pvc = f"pvc-{uuid(r)}"
    vid = r.randint(100000000, 109999999)
    sid_old = r.randint(40000000, 60000000)
    puid = uuid(r)
    sh = "exporter"
    locked = f'level=error ts={{ts}} component=api-volume-service msg="failed to detach volume" volume-id={vid} server-id={sid_old} err="cannot perform operation because server is locked (locked, {uuid(r)})"'

    def lk(t):
        return locked.replace("{ts}", iso_ms(t))

    w.add(0, KU, lambda t: f'time="{iso_s(t)}" level=info msg="Reboot required"')
    w.add((0.01, 0.05), KU, lambda t: f'time="{iso_s(t)}" level=info msg="Acquired reboot lock"')
    w.add((0.01, 0.05), KU, lambda t: f'time="{iso_s(t)}" level=info msg="Draining node {oldn}"')
    w.add((0.3, 0.8), KU, lambda t: f'time="{iso_s(t)}" level=info msg="evicting pod nats/nats-0" cmd=/usr/bin/kubectl std=err')
    w.add((0.01, 0.05), N[0], lambda t: nats_log(t, "INF", "Entering lame duck mode, stop accepting new clients"))
    w.add((0.5, 1.5), N[0], lambda t: nats_log(t, "INF", "Initiating JetStream Shutdown..."))
    w.add((0.3, 0.8), N[0], lambda t: nats_log(t, "INF", "Server Exiting.."))
    w.add((0.1, 0.4), N[1], lambda t: nats_log(t, "INF", f"{ip(r, '10.244')}:6222 - rid:{r.randint(10, 99)} - Router connection closed: Client Closed"))
    w.add((0.3, 1.0), N[2], lambda t: nats_log(t, "INF", "JetStream cluster new stream leader for '$G > ORDERS'"))
    w.add((0.5, 1.5), KU, lambda t: f'time="{iso_s(t)}" level=info msg="Commanding reboot for node: {oldn}"')
    w.event((0.5, 1.5), sh, "nats", "Pod", "nats-0", "Scheduled", f"Successfully assigned nats/nats-0 to {newn}", "Normal", "default-scheduler")
    w.event((0.1, 0.3), sh, "nats", "Pod", "nats-0", "FailedAttachVolume", f'Multi-Attach error for volume "{pvc}" Volume is already exclusively attached to one node and can\'t be attached to another', "Warning", "attachdetach-controller", ev=True)
    w.add((0.5, 1.5), CS, lk, ev=True)
    w.add((0.5, 2.0), N[1], lambda t: nats_log(t, "WRN", "JetStream cluster consumer '$G > ORDERS > billing-worker' has NO quorum, stalled"))
    w.add((1.0, 3.0), N[2], lambda t: nats_log(t, "INF", "JetStream cluster new consumer leader for '$G > ORDERS > billing-worker'"))
    w.add((5.0, 10.0), CS, lk)
    w.add((10.0, 20.0), CS, lk)
    w.add((10.0, 30.0), N[1], lambda t: nats_log(t, "WRN", "Healthcheck failed: \"JetStream stream '$G > ORDERS' is not current\""))
    w.add((30.0, 60.0), CS, lk)
    w.add((20.0, 40.0), KL, lambda t: klog(t, "E", "pod_workers.go:1301", 1644) + f'"Error syncing pod, skipping" err="unmounted volumes=[nats-js], unattached volumes=[nats-js config pid kube-api-access-{kstr(r, 5)}]: timed out waiting for the condition" pod="nats/nats-0" podUID="{puid}"', ev=True)
    w.event((0.01, 0.05), sh, "nats", "Pod", "nats-0", "FailedMount", f"Unable to attach or mount volumes: unmounted volumes=[nats-js], unattached volumes=[nats-js config pid kube-api-access-{kstr(r, 5)}]: timed out waiting for the condition", "Warning", "kubelet", newn)
    w.add((5.0, 20.0), CS, lk)
    w.add((1.0, 5.0), N[2], lambda t: nats_log(t, "INF", f"{ip(r, '10.244')}:{port(r)} - cid:{r.randint(100, 999)} - Client connection closed: Client Closed"))
    w.event((20.0, 40.0), sh, "nats", "Pod", "nats-0", "FailedAttachVolume", f'Multi-Attach error for volume "{pvc}" Volume is already exclusively attached to one node and can\'t be attached to another', "Warning", "attachdetach-controller", count=6, verb="UPDATED")
    w.add((1.0, 5.0), CS, lk)
    w.add((5.0, 15.0), N[1], lambda t: nats_log(t, "WRN", "Healthcheck failed: \"JetStream stream '$G > ORDERS' is not current\""))
    return record(key, w, "nats-0 has been stuck in ContainerCreating since the kured reboot of its node; why, and is JetStream safe?",
                  sel(namespace="nats", pod="nats-0"), "ERROR", "storage", "nats",
                  f"nats-0 was rescheduled to {newn}, but its Hetzner volume ({pvc}, id {vid}) is still attached to the old server {oldn}: every hcloud CSI detach fails because that server is locked by the ongoing reboot action, so the ReadWriteOnce volume hits a Multi-Attach error and never mounts.",
                  "One of three NATS JetStream servers cannot start because its volume cannot be detached and re-attached; R3 streams keep quorum on two servers but redundancy is lost and some consumers stalled briefly.",
                  "Check the old server in the Hetzner console (stuck reboot/lock), finish or cancel the action so the detach succeeds (or detach the volume manually), then let nats-0 mount; configure kured to wait for volumes to detach.")


@scenario("storage-mongo-xfs-io-error-vsphere", "OpenShift (vSphere)", "MongoDB member crash-loops after XFS shutdown on a failing vSphere disk")
def s_storage_mongo(key):
    r = random.Random(f"{PREFIX}-{key}")
    w = W(r, start_time(r), "ocp4-vsphere-retail")
    nodes = [f"ocp4-vsphere-retail-{kstr(r, 5)}-worker-{kstr(r, 5)}" for _ in range(4)]
    boot = r.uniform(300000, 2000000)
    kn = w.kernel(boot)
    M = [w.c("orders", f"orders-mongodb-{i}", "mongod", nodes[i], "orders-mongodb") for i in range(3)]
    OS = w.c("orders", deploy_pod(r, "order-service"), "order-service", nodes[3], "order-service")
    K = w.k(nodes[1])
    KL = w.j(nodes[1], "kubelet.service")
    uid = uuid(r)
    term = r.randint(20, 50)
    sec = r.randint(10000000, 30000000)

    def osl(t, lvl, msg, **kw):
        return slog_json(t, lvl, msg, **kw)

    w.add(0, M[1], lambda t: mongo(t, "I", "NETWORK", 22943, "listener", "Connection accepted", {"remote": f"{ip(r, '10.129')}:{port(r)}", "connectionCount": r.randint(80, 140)}))
    w.add((0.5, 2.0), OS, lambda t: osl(t, "INFO", "order placed", order=f"ORD-{r.randint(100000, 999999)}", took_ms=r.randint(10, 40)))
    w.add((0.5, 2.0), K, kn(f"sd 0:0:1:0: [sdb] tag#{r.randint(100, 250)} FAILED Result: hostbyte=DID_ERROR driverbyte=DRIVER_OK cmd_age={r.randint(30, 60)}s"), ev=True)
    w.add((0.0001, 0.001), K, kn(f"sd 0:0:1:0: [sdb] tag#{r.randint(100, 250)} CDB: Write(10) 2a 00 00 {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)} 00 00 08 00"))
    w.add((0.0001, 0.001), K, kn(f"blk_update_request: I/O error, dev sdb, sector {sec} op 0x1:(WRITE) flags 0x8800 phys_seg 1 prio class 0"), ev=True)
    w.add((0.001, 0.01), K, kn("XFS (sdb): log I/O error -5"), ev=True)
    w.add((0.0001, 0.001), K, kn("XFS (sdb): Filesystem has been shut down due to log error (0x2)."), ev=True)
    w.add((0.0001, 0.001), K, kn("XFS (sdb): Please unmount the filesystem and rectify the problem(s)."))
    w.add((0.05, 0.3), M[1], lambda t: mongo(t, "E", "WT", 22435, "JournalFlusher", "WiredTiger error message", {"error": 5, "message": {"ts_sec": epoch(t), "ts_usec": t.microsecond, "thread": f"1:0x7f{hexs(r, 10)}", "session_name": "WT_SESSION.log_flush", "category": "WT_VERB_DEFAULT", "category_id": 9, "verbose_level": "ERROR", "verbose_level_id": -3, "msg": f"__posix_file_write:617:/data/db/journal/WiredTigerLog.0000000{r.randint(100, 999)}: handle-write: pwrite: failed to write 4096 bytes at offset {r.randint(1000000, 9000000)}: Input/output error", "error_str": "Input/output error", "error_code": 5}}), ev=True)
    w.add((0.001, 0.01), M[1], lambda t: mongo(t, "F", "ASSERT", 23089, "JournalFlusher", "Fatal assertion", {"msgid": 28559, "file": "src/mongo/db/storage/wiredtiger/wiredtiger_util.cpp", "line": 712}))
    w.add((0.0001, 0.001), M[1], lambda t: mongo(t, "F", "ASSERT", 23090, "JournalFlusher", "\n\n***aborting after fassert() failure\n\n"))
    w.add((0.5, 2.0), OS, lambda t: osl(t, "WARN", "mongo write failed, retrying", err="connection(orders-mongodb-1.orders-mongodb-svc.orders.svc.cluster.local:27017[-341]) incomplete read of message header: EOF", attempt=1))
    w.add((5.0, 10.0), M[0], lambda t: mongo(t, "I", "REPL", 21401, "ReplCoord-2", "Starting an election, since we've seen no PRIMARY in election timeout period", {"electionTimeoutPeriodMillis": 10000}))
    w.add((0.2, 0.6), M[0], lambda t: mongo(t, "I", "ELECTION", 21450, "ReplCoord-2", "Election succeeded, assuming primary role", {"term": term + 1}))
    w.add((0.3, 0.8), M[0], lambda t: mongo(t, "I", "REPL", 21331, "OplogApplier-0", "Transition to primary complete; database writes are now permitted", {"term": term + 1}))
    w.add((0.3, 1.0), OS, lambda t: osl(t, "INFO", "order placed", order=f"ORD-{r.randint(100000, 999999)}", took_ms=r.randint(900, 12000)))
    w.add((2.0, 5.0), KL, lambda t: kubelet_pleg(t, 2231, "orders", "orders-mongodb-1", uid, "ContainerDied", hexs(r, 64)))
    for k in range(2):
        w.add((1.0, 12.0), M[1], lambda t: mongo(t, "I", "CONTROL", 4615611, "initandlisten", "MongoDB starting", {"pid": 1, "port": 27017, "dbPath": "/data/db", "architecture": "64-bit", "host": "orders-mongodb-1"}))
        w.add((0.1, 0.4), M[1], lambda t: mongo(t, "E", "STORAGE", 22312, "initandlisten", "Error creating journal directory", {"directory": "/data/db/journal", "error": "boost::filesystem::create_directory: Input/output error [system:5]: \"/data/db/journal\""}), ev=(k == 0))
        w.add((0.001, 0.01), M[1], lambda t: mongo(t, "F", "STORAGE", 28595, "initandlisten", "Terminating.", {"reason": "5: Input/output error"}))
        w.add((0.001, 0.01), M[1], lambda t: mongo(t, "F", "ASSERT", 23091, "initandlisten", "Fatal assertion", {"msgid": 28595, "file": "src/mongo/db/storage/wiredtiger/wiredtiger_kv_engine.cpp", "line": 736}))
        w.add((0.2, 0.5), K, kn("XFS (sdb): xfs_log_force: error -5 returned."))
        w.add((0.1, 0.4), KL, lambda t: kubelet_backoff(t, 2231, "orders", "orders-mongodb-1", uid, "mongod", ["10s", "20s"][k]))
    w.add((1.0, 3.0), M[2], lambda t: mongo(t, "I", "REPL_HB", 23974, "ReplCoord-5", "Heartbeat failed after max retries", {"target": "orders-mongodb-1.orders-mongodb-svc.orders.svc.cluster.local:27017", "maxHeartbeatRetries": 2, "error": {"code": 6, "codeName": "HostUnreachable", "errmsg": "Error connecting to orders-mongodb-1.orders-mongodb-svc.orders.svc.cluster.local:27017 :: caused by :: Connection refused"}}))
    w.add((1.0, 3.0), OS, lambda t: osl(t, "INFO", "order placed", order=f"ORD-{r.randint(100000, 999999)}", took_ms=r.randint(10, 40)))
    w.event((0.5, 2.0), "kubectl", "orders", "Pod", "orders-mongodb-1", "BackOff", "Back-off restarting failed container mongod in pod orders-mongodb-1_orders(" + uid + ")", "Warning", "kubelet", nodes[1], count=3)
    return record(key, w, "orders-mongodb-1 keeps crashing and orders were slow for a few seconds; is the replica set at risk?",
                  sel(namespace="orders", app="orders-mongodb"), "CRITICAL", "storage", "orders-mongodb",
                  "The vSphere disk backing orders-mongodb-1's volume (sdb) returned write I/O errors; XFS shut the filesystem down on a log I/O error, mongod fataled on a failed journal write and now crash-loops because /data/db returns Input/output error on every start.",
                  "The former primary's data volume is failing at the block layer; the replica set elected a new primary and serves on two members, but the third member is down with possibly damaged data.",
                  "Treat the volume as failed: check the vSphere datastore/path, then replace the PVC for member 1 and let it initial-sync from the new primary; do not restart it on the same disk.")


@scenario("db-galera-certification-deadlocks-drupal", "Hetzner bare metal (kubeadm)", "Drupal on MariaDB Galera multi-writer: certification conflicts surface as 1213 deadlocks")
def s_db_galera(key):
    r = random.Random(f"{PREFIX}-{key}")
    w = W(r, start_time(r, hour=r.randint(8, 12)), "fsn1-bm-gov")
    nodes = [f"fsn1-bm-{n:02d}" for n in r.sample(range(1, 12), 4)]
    drs = rs_hash(r)
    dps = [f"drupal-{drs}-{kstr(r, 5)}" for _ in range(2)]
    D = [w.c("web", dps[i], "drupal", nodes[i], "drupal") for i in range(2)]
    G = [w.c("db", f"mariadb-galera-{i}", "mariadb-galera", nodes[1 + i], "mariadb-galera") for i in range(3)]
    site = "https://www.county.example.gov"
    thd = [r.randint(1000, 9000) for _ in range(6)]
    seq = r.randint(30000000, 40000000)

    def mdb(t, tid, lvl, msg):
        return f"{t:%Y-%m-%d} {t.hour:2d}:{t:%M:%S} {tid} [{lvl}] {msg}"

    def wd(t, i, path, table):
        return (f"Drupal: {site}|{epoch(t)}|php|{ip(r, '10.233')}|{site}{path}|{site}/|0||Drupal\\Core\\Database\\DatabaseExceptionWrapper: "
                f"SQLSTATE[40001]: Serialization failure: 1213 Deadlock found when trying to get lock; try restarting transaction: "
                f"INSERT INTO \"{table}\" (\"cid\", \"expire\", \"created\", \"tags\", \"checksum\", \"data\", \"serialized\") VALUES (:db_insert_placeholder_0, ...) "
                f"ON DUPLICATE KEY UPDATE ... in Drupal\\Core\\Cache\\DatabaseBackend->doSetMultiple() (line 292 of /opt/drupal/web/core/lib/Drupal/Core/Cache/DatabaseBackend.php).")

    def ap(t, i, path, st):
        return f'{ip(r, "10.233")} - - [{clf(t)}] "GET {path} HTTP/1.1" {st} {r.randint(4000, 60000) if st == 200 else r.randint(300, 900)} "-" "{r.choice(UAS[:4])}"'

    def conflict(gi, k, ev):
        w.add((0.2, 1.0), G[gi], lambda t: mdb(t, 0, "Note", "WSREP: cluster conflict due to certification failure for threads:"), ev=ev)
        w.add((0.0001, 0.001), G[gi], lambda t: mdb(t, 0, "Note", "WSREP: Victim thread: "))
        w.add((0.0001, 0.001), G[gi], lambda t: mdb(t, 0, "Note", f"WSREP:    THD: {thd[k]}, mode: local, state: exec, conflict: certification failure, seqno: -1"))
        w.add((0.0001, 0.001), G[gi], lambda t: mdb(t, 0, "Note", "WSREP:    SQL: INSERT INTO cache_render (cid, expire, created, tags, checksum, data, serialized) VALUES (...) ON DUPLICATE KEY UPDATE cid = VALUES(cid), expire = VALUES(expire)"))

    paths = ["/services/waste-collection", "/council/meetings/2026-05-14", "/jobs", "/news/road-closures-a38", "/planning/search?ref=26%2F0412", "/"]
    w.add(0, D[0], lambda t: ap(t, 0, paths[0], 200))
    w.add((0.2, 0.8), G[0], lambda t: mdb(t, 0, "Note", f"WSREP: Member 2.0 (mariadb-galera-2) synced with group."))
    w.add((0.3, 1.0), D[1], lambda t: ap(t, 1, paths[1], 200))
    conflict(0, 0, True)
    w.add((0.01, 0.05), D[0], lambda t: wd(t, 0, paths[2], "cache_render"), ev=True)
    w.add((0.001, 0.01), D[0], lambda t: ap(t, 0, paths[2], 500))
    w.add((0.3, 1.0), D[1], lambda t: ap(t, 1, paths[3], 200))
    conflict(1, 1, False)
    w.add((0.01, 0.05), D[1], lambda t: wd(t, 1, paths[4], "cache_data"), ev=True)
    w.add((0.001, 0.01), D[1], lambda t: ap(t, 1, paths[4], 500))
    w.add((0.3, 1.0), G[2], lambda t: mdb(t, thd[2], "Warning", f"Aborted connection {thd[2]} to db: 'drupal' user: 'drupal' host: '{ip(r, '10.233')}' (Deadlock found when trying to get lock; try restarting transaction)"))
    w.add((0.2, 0.8), D[0], lambda t: ap(t, 0, paths[5], 200))
    w.add((0.2, 0.8), D[0], lambda t: f"Drupal: {site}|{epoch(t)}|page not found|{ip(r, '10.233')}|{site}/wp-login.php|{site}/wp-login.php|0||/wp-login.php")
    conflict(2, 3, False)
    w.add((0.01, 0.05), D[0], lambda t: f"Drupal: {site}|{epoch(t)}|php|{ip(r, '10.233')}|{site}/user/login|{site}/|0||Drupal\\Core\\Database\\DatabaseExceptionWrapper: SQLSTATE[40001]: Serialization failure: 1213 Deadlock found when trying to get lock; try restarting transaction: DELETE FROM \"semaphore\" WHERE (\"name\" = :db_condition_placeholder_0) AND (\"value\" = :db_condition_placeholder_1) in Drupal\\Core\\Lock\\DatabaseLockBackend->release() (line 141 of /opt/drupal/web/core/lib/Drupal/Core/Lock/DatabaseLockBackend.php).", ev=True)
    w.add((0.001, 0.01), D[0], lambda t: f'{ip(r, "10.233")} - - [{clf(t)}] "POST /user/login HTTP/1.1" 500 {r.randint(300, 900)} "-" "{r.choice(UAS[:4])}"')
    for k in range(3):
        w.add((0.5, 2.0), D[k % 2], lambda t: ap(t, k % 2, paths[k], 200))
    conflict(0, 4, False)
    w.add((0.01, 0.05), D[1], lambda t: wd(t, 1, paths[1], "cache_render"))
    w.add((0.001, 0.01), D[1], lambda t: ap(t, 1, paths[1], 500))
    w.add((0.5, 2.0), G[1], lambda t: mdb(t, 0, "Note", f"WSREP: Flow-control: paused 0.0{r.randint(10, 99)} of last 10s, fc_limit 16, local recv queue avg {r.uniform(0.2, 2.5):.2f}"))
    w.add((0.3, 1.0), D[0], lambda t: ap(t, 0, paths[3], 200))
    conflict(1, 5, False)
    w.add((0.01, 0.05), D[0], lambda t: wd(t, 0, paths[5], "cache_data"))
    w.add((0.001, 0.01), D[0], lambda t: ap(t, 0, paths[5], 500))
    w.add((0.5, 2.0), D[1], lambda t: ap(t, 1, paths[2], 200))
    return record(key, w, "The county website intermittently shows 'The website encountered an unexpected error' under morning load; why?",
                  sel(namespace="web", app="drupal"), "ERROR", "database", "mariadb-galera",
                  "Drupal writes its cache, semaphore and session tables through a round-robin Service to all three MariaDB Galera nodes at once; concurrent writes of the same hot rows on different nodes fail Galera certification and are returned to Drupal as 1213 deadlocks, which Drupal does not retry, so those requests fail with 500.",
                  "Multi-writer Galera conflicts on hot Drupal tables cause intermittent 500s; the cluster itself is synced and healthy.",
                  "Send all writes to a single Galera node (ProxySQL/MaxScale read-write split or a primary-only Service), and move Drupal's cache bins to Redis/Memcache to remove the hot-row contention.")


@scenario("db-clickhouse-too-many-parts-mutation", "Hetzner bare metal (kubeadm)", "ClickHouse rejects OTel inserts with TOO_MANY_PARTS while a stuck mutation blocks merges")
def s_db_ch(key):
    r = random.Random(f"{PREFIX}-{key}")
    w = W(r, start_time(r), "fsn1-bm-obs")
    nodes = [f"fsn1-bm-{n:02d}" for n in r.sample(range(20, 40), 4)]
    grs = rs_hash(r)
    gws = [f"otel-gateway-{grs}-{kstr(r, 5)}" for _ in range(2)]
    CH = w.c("clickhouse", "chi-otel-main-0-0-0", "clickhouse", nodes[0], "clickhouse")
    GW = [w.c("observability", gws[i], "otel-collector", nodes[1 + i], "otel-gateway") for i in range(2)]
    GF = w.c("observability", deploy_pod(r, "grafana"), "grafana", nodes[3], "grafana")
    tuid = uuid(r)
    tbl = f"otel.otel_logs ({tuid})"
    mut = f"0000000{r.randint(100, 199)}"

    def chl(t, lvl, msg, q=None):
        return ch_log(t, r.randint(600, 990), q if q is not None else "", lvl, msg)

    def too_many(t, n):
        return chl(t, "Error", f"executeQuery: Code: 252. DB::Exception: Too many parts ({n} with average size of {r.uniform(30, 48):.2f} KiB) in table '{tbl}'. Merges are processing significantly slower than inserts. (TOO_MANY_PARTS) (version 24.8.6.70 (official build)) (from {ip(r, '10.233')}:{port(r)}) (in query: INSERT INTO otel.otel_logs (Timestamp, TraceId, SpanId, TraceFlags, SeverityText, SeverityNumber, ServiceName, Body, ResourceAttributes, LogAttributes) FORMAT Native)", uuid(r))

    def dropped(t, i, sig, table):
        return f"{iso_ms(t)}\terror\tinternal/base_exporter.go:128\tExporting failed. Rejecting data. Try enabling sending_queue to survive temporary failures.\t" + json.dumps({"otelcol.component.id": "clickhouse", "otelcol.component.kind": "Exporter", "otelcol.signal": sig, "error": f"code: 252, message: Too many parts (300 with average size of 38.45 KiB) in table '{table}'. Merges are processing significantly slower than inserts", "rejected_items": r.randint(2000, 9000)}, separators=(", ", ": "))

    w.add(0, CH, lambda t: chl(t, "Information", f"{tbl} (MergerMutator): Mutation {mut} is not finished yet (parts_to_do: {r.randint(1500, 1900)}), merges of parts covered by it are postponed"))
    w.add((0.3, 1.0), CH, lambda t: chl(t, "Warning", f"{tbl}: Delaying inserting block by {r.uniform(3, 9):.1f} ms. because there are {r.randint(240, 290)} parts and their average size is {r.uniform(30, 48):.2f} KiB"), ev=True)
    w.add((0.2, 0.6), GW[0], lambda t: f"{iso_ms(t)}\tinfo\tLogs\t" + json.dumps({"otelcol.component.id": "debug", "otelcol.component.kind": "Exporter", "otelcol.signal": "logs", "resource logs": r.randint(20, 90), "log records": r.randint(2000, 9000)}, separators=(", ", ": ")))
    w.add((0.5, 1.5), CH, lambda t: chl(t, "Information", f"{tbl} (MergerMutator): Selected 0 parts from {ulid(r)[:6].lower()}_1_1_0 to {ulid(r)[:6].lower()}_9_9_0. Merge of {r.randint(2, 6)} parts is postponed because of mutation {mut}"))
    w.add((0.5, 1.5), CH, lambda t: too_many(t, 300), ev=True)
    w.add((0.001, 0.01), GW[0], lambda t: dropped(t, 0, "logs", tbl), ev=True)
    w.add((0.5, 1.5), CH, lambda t: chl(t, "Information", f"otel.otel_traces ({uuid(r)}) (Replicated OutputStream): Wrote block with ID '{r.randint(10**18, 10**19 - 1)}_{r.randint(10**18, 10**19 - 1)}', {r.randint(4000, 9000)} rows"))
    w.add((0.5, 1.5), GW[1], lambda t: dropped(t, 1, "logs", tbl))
    w.add((0.001, 0.01), CH, lambda t: too_many(t, 301))
    w.add((1.0, 3.0), GF, lambda t: f'logger=tsdb.clickhouse t={iso_ms(t).replace("Z", "+00:00")} level=info msg="query complete" dsName=ClickHouse rows={r.randint(100, 900)} duration={r.randint(200, 900)}ms')
    for k in range(3):
        w.add((1.0, 4.0), CH, lambda t: too_many(t, 300 + k))
        w.add((0.001, 0.01), GW[k % 2], lambda t: dropped(t, k % 2, "logs", tbl))
        if k == 1:
            w.add((0.5, 1.5), CH, lambda t: chl(t, "Information", f"{tbl} (MergerMutator): Mutation {mut} is not finished yet (parts_to_do: {r.randint(1500, 1900)}), merges of parts covered by it are postponed"), ev=True)
            w.add((0.2, 1.0), CH, lambda t: chl(t, "Debug", "executeQuery: (from 10.233.12.40:41022, user: ops) SELECT mutation_id, command, parts_to_do, latest_fail_reason FROM system.mutations WHERE is_done = 0 (stage: Complete)", uuid(r)))
            w.add((0.05, 0.2), CH, lambda t: chl(t, "Debug", f"executeQuery: Read 1 rows, 412.00 B in 0.004 sec. -- mutation_{mut}.txt DELETE WHERE ResourceAttributes['tenant'] = 'acme-legacy' parts_to_do={r.randint(1500, 1900)} latest_fail_reason=''", uuid(r)))
    w.add((1.0, 3.0), GW[0], lambda t: f"{iso_ms(t)}\tinfo\tTraces\t" + json.dumps({"otelcol.component.id": "debug", "otelcol.component.kind": "Exporter", "otelcol.signal": "traces", "resource spans": r.randint(20, 90), "spans": r.randint(2000, 9000)}, separators=(", ", ": ")))
    w.add((1.0, 3.0), CH, lambda t: too_many(t, 302))
    w.add((0.001, 0.01), GW[1], lambda t: dropped(t, 1, "logs", tbl))
    w.add((1.0, 3.0), CH, lambda t: chl(t, "Warning", f"{tbl}: Delaying inserting block by {r.uniform(5, 9):.1f} ms. because there are {r.randint(280, 299)} parts and their average size is {r.uniform(30, 48):.2f} KiB"))
    w.add((0.5, 2.0), CH, lambda t: chl(t, "Information", f"otel.otel_traces ({uuid(r)}) (Replicated OutputStream): Wrote block with ID '{r.randint(10**18, 10**19 - 1)}_{r.randint(10**18, 10**19 - 1)}', {r.randint(4000, 9000)} rows"))
    w.add((1.0, 3.0), GF, lambda t: f'logger=tsdb.clickhouse t={iso_ms(t).replace("Z", "+00:00")} level=info msg="query complete" dsName=ClickHouse rows={r.randint(0, 40)} duration={r.randint(200, 900)}ms')
    w.add((1.0, 3.0), CH, lambda t: too_many(t, 301))
    w.add((0.001, 0.01), GW[0], lambda t: dropped(t, 0, "logs", tbl))
    return record(key, w, "The OTel gateways report rejected log data and the log dashboards have gaps; what is wrong?",
                  sel(namespace="observability", app="otel-gateway"), "CRITICAL", "database", "clickhouse",
                  f"On the ClickHouse side, a long-running DELETE mutation ({mut}) on otel.otel_logs postpones merges of the parts it covers; parts pile up past parts_to_throw_insert (300) and ClickHouse rejects inserts with TOO_MANY_PARTS, so the OTel gateways drop log batches. Traces in other tables still insert.",
                  "Log ingestion into ClickHouse is failing (TOO_MANY_PARTS) and data is being dropped at the gateways; ClickHouse itself is up and serving queries.",
                  f"Kill or finish the stuck mutation (KILL MUTATION WHERE mutation_id = 'mutation_{mut}.txt') so merges resume, temporarily raise parts_to_throw_insert, enable the exporter's sending_queue, and run large deletes as partition drops/TTL instead.")



# --------------------------------------------------------------------------
# batch 7: rate_limited x2, node_failure x2
# --------------------------------------------------------------------------


@scenario("rate-flux-image-reflector-dockerhub", "Linode LKE", "Flux image-reflector scans hit Docker Hub's anonymous rate limit")
def s_rate_flux(key):
    r = random.Random(f"{PREFIX}-{key}")
    w = W(r, start_time(r), "lke-platform-par")
    cidn, pidn = r.randint(100000, 299999), r.randint(100000, 399999)
    nodes = [lke_node(r, cidn, pidn) for _ in range(3)]
    irc = deploy_pod(r, "image-reflector-controller")
    iac = deploy_pod(r, "image-automation-controller")
    IR = w.c("flux-system", irc, "manager", nodes[0], "image-reflector-controller")
    IA = w.c("flux-system", iac, "manager", nodes[1], "image-automation-controller")
    g = "image.toolkit.fluxcd.io"
    hub = [("grafana", "grafana/grafana"), ("redis", "bitnami/redis"), ("nginx", "library/nginx"), ("keycloak", "keycloak/keycloak"), ("postgres", "library/postgres")]
    ghcr = [("tile-server", "ghcr.io/campus-it/tile-server", "v3.4.1"), ("course-api", "ghcr.io/campus-it/course-api", "2026.5.3")]

    def rl_err(t, name, path):
        return flux(t, "error", "Reconciler error", "imagerepository", g, "ImageRepository", name, "flux-system", r,
                    error=f"scan failed: GET https://index.docker.io/v2/{path}/tags/list?n=1000: TOOMANYREQUESTS: You have reached your unauthenticated pull rate limit. https://www.docker.com/increase-rate-limit")

    def ok(t, name, img, tags):
        return flux(t, "info", f"successful scan: found {tags} tags", "imagerepository", g, "ImageRepository", name, "flux-system", r, image=img)

    w.add(0, IR, lambda t: ok(t, ghcr[0][0], ghcr[0][1], r.randint(40, 90)))
    for k, (name, path) in enumerate(hub):
        w.add((2.0, 8.0), IR, lambda t, name=name, path=path: rl_err(t, name, path), ev=(k < 2))
    w.add((1.0, 3.0), IA, lambda t: flux(t, "info", "no changes made in working directory; no commit", "imageupdateautomation", g, "ImageUpdateAutomation", "campus-apps", "flux-system", r))
    w.add((2.0, 6.0), IR, lambda t: ok(t, ghcr[1][0], ghcr[1][1], r.randint(100, 300)))
    w.add((1.0, 3.0), IR, lambda t: flux(t, "info", "Latest image tag for 'ghcr.io/campus-it/course-api' resolved to 2026.5.3", "imagepolicy", g, "ImagePolicy", "course-api", "flux-system", r))
    for k, (name, path) in enumerate(hub):
        w.add((10.0, 15.0), IR, lambda t, name=name, path=path: rl_err(t, name, path), ev=(k == 0))
    w.add((1.0, 3.0), IR, lambda t: flux(t, "info", "Latest image tag for 'docker.io/grafana/grafana' resolved to 11.4.0", "imagepolicy", g, "ImagePolicy", "grafana", "flux-system", r))
    w.add((1.0, 3.0), IA, lambda t: flux(t, "info", "no changes made in working directory; no commit", "imageupdateautomation", g, "ImageUpdateAutomation", "campus-apps", "flux-system", r))
    w.add((5.0, 10.0), IR, lambda t: ok(t, ghcr[0][0], ghcr[0][1], r.randint(40, 90)))
    for k, (name, path) in enumerate(hub):
        w.add((10.0, 15.0), IR, lambda t, name=name, path=path: rl_err(t, name, path))
        if k == 2:
            w.add((0.5, 2.0), IR, lambda t: ok(t, ghcr[1][0], ghcr[1][1], r.randint(100, 300)))
    w.add((1.0, 3.0), IR, lambda t: flux(t, "info", "Latest image tag for 'docker.io/bitnami/redis' resolved to 7.4.1-debian-12-r2", "imagepolicy", g, "ImagePolicy", "redis", "flux-system", r))
    w.add((1.0, 3.0), IA, lambda t: flux(t, "info", "no changes made in working directory; no commit", "imageupdateautomation", g, "ImageUpdateAutomation", "campus-apps", "flux-system", r))
    for k, (name, path) in enumerate(hub[:3]):
        w.add((10.0, 15.0), IR, lambda t, name=name, path=path: rl_err(t, name, path))
    return record(key, w, "Flux image automation has not bumped grafana or redis since yesterday although newer tags are published; why?",
                  sel(namespace="flux-system"), "WARN", "rate_limited", "image-reflector-controller",
                  "image-reflector-controller scans five Docker Hub repositories every minute without credentials; Docker Hub now answers the tag-list calls with TOOMANYREQUESTS (unauthenticated rate limit), so those ImageRepositories keep their stale tag lists and the automation finds nothing to update. GHCR repositories scan fine.",
                  "Image update automation for Docker Hub images is stalled by Docker Hub rate limiting; deployed workloads are unaffected and it will resume when the limit window resets.",
                  "Add Docker Hub credentials (secretRef) to the ImageRepositories and lengthen the scan interval (e.g. 1h), or mirror the images to a registry without pull limits.")


@scenario("rate-aks-autoscaler-arm-throttled", "AKS", "Cluster autoscaler scale-up blocked by Azure Resource Manager 429 throttling")
def s_rate_aks(key):
    r = random.Random(f"{PREFIX}-{key}")
    w = W(r, start_time(r, hour=r.choice([6, 7])), "aks-weu-analytics")
    nodes = [aks_node(r, "batch") for _ in range(2)] + [aks_node(r, "system")]
    vmss = f"aks-batch-{r.randint(10000000, 99999999)}-vmss"
    ca = deploy_pod(r, "cluster-autoscaler")
    rs = rs_hash(r)
    pend = [f"report-worker-{rs}-{kstr(r, 5)}" for _ in range(3)]
    run = f"report-worker-{rs}-{kstr(r, 5)}"
    CA = w.c("kube-system", ca, "cluster-autoscaler", nodes[2], "cluster-autoscaler")
    RW = w.c("reports", run, "worker", nodes[0], "report-worker")
    sh = "exporter"
    fs = "0/3 nodes are available: 1 node(s) had untolerated taint {CriticalAddonsOnly: true}, 2 Insufficient cpu. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod."
    thr = ('Retriable: true, RetryAfter: {ra}s, HTTPStatusCode: 429, RawError: {{"error":{{"code":"TooManyRequests","message":"The request is being throttled as the limit has been reached for operation type - '
           '{op}_ObservationWindow_00:0{win}:00. For more information, see - https://aka.ms/srpthrottlinglimits"}}}}')

    def cl(t, lvl, src, msg):
        return klog(t, lvl, src) + msg

    def worker(t, msg):
        return f"[{t:%Y-%m-%d %H:%M:%S},{t.microsecond // 1000:03d}: INFO/MainProcess] {msg}"

    w.add(0, RW, lambda t: worker(t, f"Task reports.tasks.build_monthly_kpi[{uuid(r)}] received"))
    for i, p in enumerate(pend):
        w.event((0.05, 0.3), sh, "reports", "Pod", p, "FailedScheduling", fs, "Warning", "default-scheduler")
    w.add((1.0, 3.0), CA, lambda t: cl(t, "I", "static_autoscaler.go:290", "Starting main loop"))
    w.add((0.01, 0.05), CA, lambda t: cl(t, "I", "klogx.go:87", f"Pod reports/{pend[0]} is unschedulable"))
    w.add((0.001, 0.01), CA, lambda t: cl(t, "I", "klogx.go:87", f"Pod reports/{pend[1]} is unschedulable"))
    w.add((0.05, 0.2), CA, lambda t: cl(t, "I", "orchestrator.go:188", f"Best option to resize: {vmss}"))
    w.add((0.01, 0.05), CA, lambda t: cl(t, "I", "orchestrator.go:192", f"Estimated 3 nodes needed in {vmss}"))
    w.add((0.01, 0.05), CA, lambda t: cl(t, "I", "orchestrator.go:295", f"Final scale-up plan: [{{{vmss} 2->5 (max: 10)}}]"))
    w.add((0.01, 0.05), CA, lambda t: cl(t, "I", "executor.go:166", f"Scale-up: setting group {vmss} size to 5"))
    w.event((0.01, 0.05), sh, "kube-system", "ConfigMap", "cluster-autoscaler-status", "ScaledUpGroup", f"Scale-up: setting group {vmss} size to 5 instead of 2 (max: 10)", "Normal", "cluster-autoscaler")
    w.add((1.0, 3.0), CA, lambda t: cl(t, "E", "azure_scale_set.go:267", f"Failed to update the capacity for {vmss}: " + thr.format(ra=r.randint(20, 60), op="Write", win=1)), ev=True)
    w.add((0.01, 0.05), CA, lambda t: cl(t, "W", "executor.go:178", f"Scale-up: couldn't set size of {vmss}: TooManyRequests"))
    w.event((0.01, 0.05), sh, "kube-system", "ConfigMap", "cluster-autoscaler-status", "FailedToScaleUpGroup", f"Scale-up failed for group {vmss}: TooManyRequests", "Warning", "cluster-autoscaler", ev=True)
    w.add((0.01, 0.05), CA, lambda t: cl(t, "W", "clusterstate.go:295", f"Disabling scale-up for node group {vmss} until {(t + timedelta(minutes=5)):%Y-%m-%d %H:%M:%S}.{t.microsecond:06d} +0000 UTC; errorClass=Other; errorCode=cloudProviderError"), ev=True)
    w.add((0.5, 2.0), RW, lambda t: worker(t, f"Task reports.tasks.build_monthly_kpi[{uuid(r)}] succeeded in {r.uniform(40, 90):.3f}s: 'kpi/2026-05/faculty-12.parquet'"))
    for p in pend[:2]:
        w.event((0.05, 0.3), sh, "reports", "Pod", p, "NotTriggerScaleUp", f"pod didn't trigger scale-up: 1 in backoff after failed scale-up", "Normal", "cluster-autoscaler")
    w.add((5.0, 10.0), CA, lambda t: cl(t, "E", "azure_cache.go:194", f"regenerate: failed to list VMSS: " + thr.format(ra=r.randint(10, 30), op="Read", win=3)), ev=True)
    w.add((0.5, 2.0), RW, lambda t: worker(t, f"Task reports.tasks.build_monthly_kpi[{uuid(r)}] received"))
    w.add((10.0, 30.0), CA, lambda t: cl(t, "I", "static_autoscaler.go:290", "Starting main loop"))
    w.add((0.01, 0.05), CA, lambda t: cl(t, "W", "clusterstate.go:720", f"Node group {vmss} is not ready for scaleup - backoff"))
    w.event((0.1, 0.5), sh, "reports", "Pod", pend[2], "FailedScheduling", fs, "Warning", "default-scheduler", count=8, verb="UPDATED")
    w.add((280.0, 320.0), CA, lambda t: cl(t, "I", "executor.go:166", f"Scale-up: setting group {vmss} size to 5"))
    w.add((1.0, 3.0), CA, lambda t: cl(t, "E", "azure_scale_set.go:267", f"Failed to update the capacity for {vmss}: " + thr.format(ra=r.randint(20, 60), op="Write", win=1)))
    w.event((0.01, 0.05), sh, "kube-system", "ConfigMap", "cluster-autoscaler-status", "FailedToScaleUpGroup", f"Scale-up failed for group {vmss}: TooManyRequests", "Warning", "cluster-autoscaler", count=2, verb="UPDATED")
    w.add((0.01, 0.05), CA, lambda t: cl(t, "W", "clusterstate.go:295", f"Disabling scale-up for node group {vmss} until {(t + timedelta(minutes=10)):%Y-%m-%d %H:%M:%S}.{t.microsecond:06d} +0000 UTC; errorClass=Other; errorCode=cloudProviderError"))
    w.add((1.0, 5.0), RW, lambda t: worker(t, f"Task reports.tasks.build_monthly_kpi[{uuid(r)}] succeeded in {r.uniform(40, 90):.3f}s: 'kpi/2026-05/faculty-07.parquet'"))
    w.event((1.0, 3.0), sh, "reports", "Pod", pend[0], "FailedScheduling", fs, "Warning", "default-scheduler", count=14, verb="UPDATED")
    return record(key, w, "Report-generation pods in reports have been Pending for 20 minutes although the batch pool may grow to 10 nodes; why?",
                  sel(namespace="reports", app="report-worker"), "ERROR", "rate_limited", "cluster-autoscaler",
                  f"cluster-autoscaler decides to grow {vmss} from 2 to 5 nodes, but Azure Resource Manager throttles the subscription's VMSS write and read calls (HTTP 429 TooManyRequests), so the scale-up fails, the node group is put into back-off and the report pods stay unschedulable.",
                  "Pending pods are a symptom: the autoscaler cannot add nodes because Azure API calls are rate-limited; existing workers keep processing slowly.",
                  "Find what is consuming the subscription's ARM request budget (other autoscalers, Crossplane/Terraform loops, monitoring scrapers), reduce it or split subscriptions, and let the autoscaler retry after the back-off; keep a small warm buffer in the batch pool.")


@scenario("node-ecc-uncorrectable-redis-sentinel", "Hetzner bare metal (kubeadm)", "Uncorrectable ECC error panics a bare-metal node; Redis Sentinel fails over")
def s_node_ecc(key):
    r = random.Random(f"{PREFIX}-{key}")
    w = W(r, start_time(r), "fsn1-bm-cache")
    nodes = [f"fsn1-bm-{n:02d}" for n in r.sample(range(40, 60), 4)]
    bad = nodes[0]
    boot = r.uniform(4000000, 9000000)
    kn = w.kernel(boot)
    K = w.k(bad)
    RN = [w.c("redis", f"redis-node-{i}", "redis", nodes[i], "redis") for i in range(3)]
    SN = [w.c("redis", f"redis-node-{i}", "sentinel", nodes[i], "redis") for i in (1, 2)]
    app = deploy_pod(r, "session-api")
    AP = w.c("web", app, "session-api", nodes[3], "session-api")
    rip = [ip(r, "10.244.7"), ip(r, "10.244.3"), ip(r, "10.244.5")]
    epoch_ = r.randint(10, 40)
    runid = hexs(r, 40)
    dimm = "CPU_SrcID#0_Ha#0_Chan#1_DIMM#0"
    page = hex(r.randint(0x30000, 0x3ffff))

    def rd(t, role, msg):
        return f"1:{role} {t.day:02d} {t:%b %Y %H:%M:%S}.{t.microsecond // 1000:03d} {msg}"

    def edac(t, kind):
        return kn(f"EDAC MC0: 1 {kind} memory read error on {dimm} (channel:1 slot:0 page:{page} offset:0x{r.randint(0, 4095) * 64:x} grain:32 syndrome:0x0 -  area:DRAM err_code:0101:0091 socket:0 ha:0 channel_mask:2 rank:1)")(t)

    def apl(t, lvl, msg, **kw):
        return slog_json(t, lvl, msg, **kw)

    w.add(0, AP, lambda t: apl(t, "INFO", "session refreshed", user=f"u{r.randint(10000, 99999)}", took_ms=r.randint(1, 4)))
    w.add((0.5, 2.0), K, kn("mce: [Hardware Error]: Machine check events logged"))
    w.add((0.001, 0.01), K, lambda t: edac(t, "CE"), ev=True)
    w.add((2.0, 6.0), K, lambda t: edac(t, "CE"))
    w.add((1.0, 3.0), RN[0], lambda t: rd(t, "M", "* Background saving started by pid " + str(r.randint(100, 999))))
    w.add((0.5, 2.0), K, lambda t: edac(t, "CE"))
    w.add((1.0, 4.0), AP, lambda t: apl(t, "INFO", "session refreshed", user=f"u{r.randint(10000, 99999)}", took_ms=r.randint(1, 4)))
    w.add((1.0, 3.0), K, lambda t: edac(t, "UE"), ev=True)
    w.add((0.001, 0.01), K, kn(f"mce: [Hardware Error]: CPU {r.randint(0, 31)}: Machine Check Exception: 5 Bank 7: be00000000800090"), ev=True)
    w.add((0.0001, 0.001), K, kn(f"mce: [Hardware Error]: RIP !INEXACT! 10:<ffffffff{hexs(r, 8)}> {{intel_idle+0x{hexs(r, 2)}/0x{hexs(r, 3)}}}"))
    w.add((0.0001, 0.001), K, kn("Kernel panic - not syncing: Fatal machine check"), ev=True)
    w.add((1.0, 3.0), AP, lambda t: apl(t, "ERROR", "redis command failed", err=f"dial tcp {rip[0]}:6379: i/o timeout", cmd="GET", attempt=1))
    w.add((2.0, 4.0), SN[0], lambda t: rd(t, "X", f"# +sdown master mymaster {rip[0]} 6379"))
    w.add((0.2, 0.8), SN[1], lambda t: rd(t, "X", f"# +sdown master mymaster {rip[0]} 6379"))
    w.add((0.01, 0.05), SN[1], lambda t: rd(t, "X", f"# +odown master mymaster {rip[0]} 6379 #quorum 2/2"))
    w.add((0.001, 0.01), SN[1], lambda t: rd(t, "X", f"# +new-epoch {epoch_}"))
    w.add((0.001, 0.01), SN[1], lambda t: rd(t, "X", f"# +try-failover master mymaster {rip[0]} 6379"))
    w.add((0.01, 0.05), SN[1], lambda t: rd(t, "X", f"* +vote-for-leader {runid} {epoch_}"))
    w.add((0.3, 1.0), SN[1], lambda t: rd(t, "X", f"# +elected-leader master mymaster {rip[0]} 6379"))
    w.add((0.01, 0.05), SN[1], lambda t: rd(t, "X", f"# +selected-slave slave {rip[1]}:6379 {rip[1]} 6379 @ mymaster {rip[0]} 6379"))
    w.add((0.01, 0.05), RN[1], lambda t: rd(t, "M", f"* MASTER MODE enabled (user request from 'id={r.randint(10, 99)} addr={rip[2]}:{port(r)} laddr={rip[1]}:6379 fd=12 name=sentinel-{runid[:8]}-cmd age={r.randint(100, 900)} idle=0 flags=x db=0 sub=0 psub=0 ssub=0 multi=4 qbuf=188 qbuf-free=20286 argv-mem=4 multi-mem=169 rbs=2048 rbp=1024 obl=45 oll=0 omem=0 tot-mem=23589 events=r cmd=exec user=default redir=-1 resp=2 lib-name= lib-ver=')"))
    w.add((0.5, 1.5), SN[1], lambda t: rd(t, "X", f"# +promoted-slave slave {rip[1]}:6379 {rip[1]} 6379 @ mymaster {rip[0]} 6379"))
    w.add((0.01, 0.05), SN[1], lambda t: rd(t, "X", f"# +switch-master mymaster {rip[0]} 6379 {rip[1]} 6379"))
    w.add((0.2, 1.0), AP, lambda t: apl(t, "WARN", "redis master changed, reconnecting", old=f"{rip[0]}:6379", new=f"{rip[1]}:6379"))
    w.add((0.01, 0.05), RN[2], lambda t: rd(t, "S", f"* Connecting to MASTER {rip[1]}:6379"))
    w.add((0.01, 0.05), RN[2], lambda t: rd(t, "S", "* MASTER <-> REPLICA sync started"))
    w.add((0.1, 0.4), RN[2], lambda t: rd(t, "S", f"* Successful partial resynchronization with master."))
    w.add((1.0, 4.0), AP, lambda t: apl(t, "INFO", "session refreshed", user=f"u{r.randint(10000, 99999)}", took_ms=r.randint(1, 4)))
    w.event((30.0, 40.0), "eventrouter", None, "Node", bad, "NodeNotReady", f"Node {bad} status is now: NodeNotReady", "Normal", "node-controller", ev=True)
    w.add((0.1, 0.5), SN[0], lambda t: rd(t, "X", f"# +sdown slave {rip[0]}:6379 {rip[0]} 6379 @ mymaster {rip[1]} 6379"))
    w.event((1.0, 3.0), "eventrouter", "redis", "Pod", "redis-node-0", "NodeNotReady", "Node is not ready", "Warning", "node-controller")
    w.add((2.0, 6.0), AP, lambda t: apl(t, "INFO", "session refreshed", user=f"u{r.randint(10000, 99999)}", took_ms=r.randint(1, 4)))
    return record(key, w, f"Is anything wrong on {bad}? The session API logged Redis timeouts and Sentinel switched master a few minutes ago.",
                  sel(node=bad), "CRITICAL", "node_failure", bad,
                  f"Bare-metal node {bad} logged a growing series of correctable ECC errors on DIMM channel 1 followed by an uncorrectable memory error and a fatal machine check; the kernel panicked, the node went NotReady and the Redis master on it (redis-node-0) was lost, triggering a Sentinel failover.",
                  "Hardware memory failure took a node down; Redis failed over cleanly to redis-node-1 and the session API reconnected, but the cluster is running with a dead node and a degraded Redis replica set.",
                  "Cordon and keep the node out of service, open a hardware ticket to replace the failing DIMM (CPU0 channel 1 slot 0), run memtest before returning it; redis-node-0 will rejoin as a replica once rescheduled.")


@scenario("node-cni-calico-iptables-missing-modules", "RKE2", "After a kernel update, calico-node cannot program iptables on one node; sandboxes fail")
def s_node_cni(key):
    r = random.Random(f"{PREFIX}-{key}")
    w = W(r, start_time(r, hour=r.randint(6, 8)), "rke2-campus-prod")
    nodes = [f"rke2-agent-{n:02d}" for n in r.sample(range(1, 10), 3)]
    bad = nodes[0]
    canal = ds_pod(r, "rke2-canal")
    CN = w.c("kube-system", canal, "calico-node", bad, "rke2-canal")
    SM = w.j(bad, "systemd-modules-load.service")
    RK = w.j(bad, "rke2-agent.service")
    KL = w.x(job="rke2/kubelet-log", node=bad, filename="/var/lib/rancher/rke2/agent/logs/kubelet.log")
    smpid = r.randint(300, 500)
    kver = "6.8.0-" + str(r.randint(55, 65)) + "-generic"
    wrs = rs_hash(r)
    pods = [f"timetable-web-{wrs}-{kstr(r, 5)}", f"library-api-{rs_hash(r)}-{kstr(r, 5)}", f"moodle-cron-{r.randint(29000000, 29999999)}-{kstr(r, 5)}"]
    nss = ["timetable", "library", "lms"]
    ok_pod = f"timetable-web-{wrs}-{kstr(r, 5)}"
    OK = w.c("timetable", ok_pod, "web", nodes[1], "timetable-web")
    sh = "alloy"

    def cal(t, lvl, src, msg, tid=63):
        return f"{t:%Y-%m-%d %H:%M:%S}.{t.microsecond // 1000:03d} [{lvl}][{tid}] {src} {msg}"

    def sandbox_fail(i, ev):
        sid = hexs(r, 64)
        err = (f'rpc error: code = Unknown desc = failed to setup network for sandbox \\"{sid}\\": plugin type=\\"calico\\" failed (add): '
               f'stat /var/lib/calico/nodename: no such file or directory: check that the calico/node container is running and has mounted /var/lib/calico/')
        w.add((0.5, 2.0), KL, lambda t: klog(t, "E", "log.go:32", 2044) + f'"RunPodSandbox from runtime service failed" err="{err}"', ev=ev)
        w.event((0.001, 0.01), sh, nss[i], "Pod", pods[i], "FailedCreatePodSandBox", f"Failed to create pod sandbox: {err}".replace('\\"', '"'), "Warning", "kubelet", bad, ev=ev)

    w.add(0, SM, lambda t: f"systemd-modules-load[{smpid}]: Failed to find module 'ip_tables'", ev=True)
    w.add((0.001, 0.01), SM, lambda t: f"systemd-modules-load[{smpid}]: Failed to find module 'iptable_nat'")
    w.add((0.001, 0.01), SM, lambda t: f"systemd-modules-load[{smpid}]: Failed to find module 'br_netfilter'")
    w.add((2.0, 5.0), RK, lambda t: f'rke2[1187]: time="{iso_s(t)}" level=info msg="Starting rke2 agent v1.31.5+rke2r1 (7a1a5b4e)"')
    w.add((0.5, 2.0), RK, lambda t: f'rke2[1187]: time="{iso_s(t)}" level=warning msg="Failed to load kernel module iptable_nat with modprobe"')
    w.add((0.001, 0.01), RK, lambda t: f'rke2[1187]: time="{iso_s(t)}" level=warning msg="Failed to load kernel module br_netfilter with modprobe"')
    w.add((5.0, 10.0), CN, lambda t: cal(t, "INFO", "felix/iptables.go 391:", "Looked up iptables command backendMode=\"legacy\" candidates=[]string{\"iptables-legacy-save\", \"iptables-save\"} command=\"iptables-legacy-save\" ipVersion=0x4 saveOrRestore=\"save\""))
    w.add((0.3, 1.0), CN, lambda t: cal(t, "WARNING", "felix/table.go 783:", f'iptables-legacy-save command failed error=exit status 1 ipVersion=0x4 stderr="iptables-legacy-save v1.8.9 (legacy): Cannot initialize: Table does not exist (do you need to insmod?)\\nPerhaps iptables or your kernel needs to be upgraded.\\n" table="filter"'), ev=True)
    w.add((0.5, 1.5), CN, lambda t: cal(t, "WARNING", "felix/table.go 783:", 'iptables-legacy-save command failed error=exit status 1 ipVersion=0x4 stderr="iptables-legacy-save v1.8.9 (legacy): Cannot initialize: Table does not exist (do you need to insmod?)\\nPerhaps iptables or your kernel needs to be upgraded.\\n" table="nat"'))
    w.add((1.0, 3.0), CN, lambda t: cal(t, "PANIC", "felix/table.go 791:", 'iptables-legacy-save failed after retries ipVersion=0x4 table="filter"'), ev=True)
    w.add((0.5, 1.5), KL, lambda t: kubelet_probe_fail(t, 2044, "kube-system", canal, uuid(r), "calico-node", "Readiness", "calico/node is not ready: felix is not ready: readiness probe reporting 503"))
    sandbox_fail(0, True)
    w.add((0.5, 2.0), OK, lambda t: f'{ip(r, "10.42.3")} - - [{clf(t)}] "GET /rooms/B214 HTTP/1.1" 200 {r.randint(3000, 9000)} "-" "{r.choice(UAS[:4])}"')
    sandbox_fail(1, False)
    w.add((5.0, 10.0), CN, lambda t: cal(t, "INFO", "startup/startup.go 432:", "Early log level set to info", tid=9))
    w.add((0.5, 2.0), CN, lambda t: cal(t, "INFO", "startup/utils.go 126:", "Using NODENAME environment for node name " + bad, tid=9))
    w.add((0.3, 1.0), CN, lambda t: cal(t, "WARNING", "felix/table.go 783:", 'iptables-legacy-save command failed error=exit status 1 ipVersion=0x4 stderr="iptables-legacy-save v1.8.9 (legacy): Cannot initialize: Table does not exist (do you need to insmod?)\\nPerhaps iptables or your kernel needs to be upgraded.\\n" table="filter"'))
    sandbox_fail(2, False)
    w.add((1.0, 3.0), KL, lambda t: kubelet_backoff(t, 2044, "kube-system", canal, uuid(r), "calico-node", "40s"))
    w.add((0.5, 2.0), OK, lambda t: f'{ip(r, "10.42.3")} - - [{clf(t)}] "GET /timetable/week/21 HTTP/1.1" 200 {r.randint(3000, 9000)} "-" "{r.choice(UAS[:4])}"')
    sandbox_fail(0, False)
    w.add((1.0, 3.0), RK, lambda t: f'rke2[1187]: time="{iso_s(t)}" level=info msg="Running kernel: Linux {bad} {kver} #{r.randint(50, 70)}-Ubuntu SMP PREEMPT_DYNAMIC x86_64; modules directory /lib/modules/{kver} is missing"')
    sandbox_fail(1, False)
    w.add((0.5, 2.0), OK, lambda t: f'{ip(r, "10.42.3")} - - [{clf(t)}] "GET /rooms/A101 HTTP/1.1" 200 {r.randint(3000, 9000)} "-" "{r.choice(UAS[:4])}"')
    return record(key, w, f"Since {bad} came back from its kernel-patch reboot, every pod scheduled there is stuck in ContainerCreating; why?",
                  sel(node=bad), "ERROR", "node_failure", bad,
                  f"{bad} booted kernel {kver} without its matching modules package, so ip_tables/iptable_nat/br_netfilter cannot be loaded; calico-node (felix) cannot read or program iptables, never becomes ready and never writes /var/lib/calico/nodename, so the Calico CNI plugin fails every pod sandbox on that node.",
                  "The CNI is broken on one node after a bad kernel update; all new pods there fail to get networking while other nodes serve normally.",
                  f"Cordon {bad}, install the linux-modules package for {kver} (or boot the previous kernel), reboot, confirm calico-node becomes Ready, then uncordon; add a post-reboot check for /lib/modules in the patch pipeline.")


# ==========================================================================
# build, checks, output
# ==========================================================================

TOKEN_PATTERNS = [
    re.compile(r"\{[A-Za-z_][A-Za-z0-9_.]*\}"),   # leftover str.format fields
    re.compile(r"\$\{"),                           # shell/template vars
    re.compile(r"\{\{"),                           # go/jinja templates
    re.compile(r"%[sdv]\b"),                       # printf verbs
    re.compile(r"<no value>|TODO|XXX|FIXME"),
]


def build():
    recs = []
    meta = {}
    for key, flavour, theme, fn in SCENARIOS:
        rec = fn(key)
        recs.append(rec)
        meta[rec["source"]] = (key, flavour, theme)
    order = list(range(len(recs)))
    random.Random(f"{PREFIX}-shuffle").shuffle(order)
    out = []
    for i, idx in enumerate(order, 1):
        rec = recs[idx]
        rec["id"] = f"{PREFIX}-{i:03d}"
        out.append(rec)
    return out, meta


def parse_ts(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=timezone.utc)


def self_checks(recs, expect_total=40):
    problems = []
    if len(recs) != expect_total:
        problems.append(f"record count {len(recs)} != {expect_total}")
    dist = {}
    keys = set()
    for rec in recs:
        ex = rec["expected"]
        cat = ex["root_cause_category"]
        dist[cat] = dist.get(cat, 0) + 1
        rid = rec["id"]
        if rec["source"] in keys:
            problems.append(f"{rid}: duplicate source")
        keys.add(rec["source"])
        if cat not in CATEGORIES:
            problems.append(f"{rid}: unknown category {cat}")
        if ex["severity"] not in SEVERITIES:
            problems.append(f"{rid}: bad severity")
        n = len(rec["logs"])
        if not 25 <= n <= 60:
            problems.append(f"{rid}: {n} lines (want 25-60)")
        prev = None
        for i, row in enumerate(rec["logs"]):
            t = parse_ts(row["ts"])
            if prev and t < prev:
                problems.append(f"{rid}: line {i} goes back in time")
            prev = t
            for pat in TOKEN_PATTERNS:
                if pat.search(row["line"]):
                    problems.append(f"{rid}: line {i} template token {pat.pattern!r}")
            if not row["line"].strip():
                problems.append(f"{rid}: line {i} empty")
            for v in row["labels"].values():
                if not isinstance(v, str) or not v:
                    problems.append(f"{rid}: line {i} bad label value")
            ln = row["line"]
            for cand in ([ln] if ln.startswith("{") else []) + ([ln.rsplit("\t", 1)[1]] if "\t" in ln and ln.rsplit("\t", 1)[1].startswith("{") else []):
                try:
                    json.loads(cand)
                except ValueError:
                    problems.append(f"{rid}: line {i} embedded JSON does not parse")
        evd = ex["evidence"]
        if any((not isinstance(i, int)) or i < 0 or i >= n for i in evd):
            problems.append(f"{rid}: evidence index out of range")
        if len(set(evd)) != len(evd) or evd != sorted(evd):
            problems.append(f"{rid}: evidence not sorted/unique")
        if cat == "none" and evd:
            problems.append(f"{rid}: none with evidence")
        if cat != "none" and not evd:
            problems.append(f"{rid}: incident without evidence")
        if cat == "none" and ex["severity"] != "INFO":
            problems.append(f"{rid}: none must be INFO")
        if cat != "none" and ex["severity"] == "INFO":
            problems.append(f"{rid}: incident must not be INFO")
        if not ex.get("component"):
            problems.append(f"{rid}: empty component")
    want = {c: (8 if c == "none" else 2) for c in CATEGORIES}
    if len(recs) == expect_total and dist != want:
        problems.append(f"category distribution {dist} != {want}")
    return dist, problems


def dump(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def preview(recs, meta):
    print(f"{'id':<10} {'scenario':<32} {'category':<19} {'severity':<8} lines  evidence")
    for rec in recs:
        key = meta[rec["source"]][0]
        ex = rec["expected"]
        print(f"{rec['id']:<10} {key:<32} {ex['root_cause_category']:<19} "
              f"{ex['severity']:<8} {len(rec['logs']):>5}  {ex['evidence']}")
    dist, problems = self_checks(recs)
    print()
    print(f"records: {len(recs)}")
    sev = {}
    for rec in recs:
        s = rec["expected"]["severity"]
        sev[s] = sev.get(s, 0) + 1
    print("categories: " + ", ".join(f"{c}={dist.get(c, 0)}" for c in CATEGORIES))
    print("severities: " + ", ".join(f"{s}={sev.get(s, 0)}" for s in SEVERITIES))
    lines = [len(r["logs"]) for r in recs]
    if lines:
        print(f"lines per window: min={min(lines)} max={max(lines)} total={sum(lines)}")
    for p in problems:
        print("PROBLEM:", p)
    print("self-checks: " + ("ok" if not problems else f"{len(problems)} problem(s)"))
    return not problems


def preview_one(recs, meta, key):
    for rec in recs:
        if rec["id"] == key or meta[rec["source"]][0] == key:
            ex = rec["expected"]
            k, flavour, theme = meta[rec["source"]]
            print(f"{rec['id']}  {k}  [{flavour}] {theme}")
            print(f"question: {rec['question']}")
            print(f"selector: {json.dumps(rec['selector'])}")
            ev = set(ex["evidence"])
            for i, row in enumerate(rec["logs"]):
                lab = row["labels"]
                src = lab.get("container") or lab.get("unit") or lab.get("transport") or lab.get("job")
                who = lab.get("pod") or lab.get("node") or ""
                mark = "*" if i in ev else " "
                print(f"{mark}{i:3d} {row['ts']} [{lab.get('namespace', '-')}/{who}/{src}] {row['line']}")
            print()
            for f in ("severity", "root_cause_category", "component", "root_cause",
                      "summary", "action", "evidence"):
                print(f"{f}: {ex[f]}")
            return True
    print(f"no scenario or id {key!r}", file=sys.stderr)
    return False


def table(recs, meta):
    print("| id | scenario | cluster flavour | theme | category | severity | component | lines |")
    print("|---|---|---|---|---|---|---|---|")
    for rec in recs:
        k, flavour, theme = meta[rec["source"]]
        ex = rec["expected"]
        print(f"| {rec['id']} | {k} | {flavour} | {theme} | {ex['root_cause_category']} | "
              f"{ex['severity']} | {ex['component']} | {len(rec['logs'])} |")
    print()
    print("| category | INFO | WARN | ERROR | CRITICAL | total |")
    print("|---|---|---|---|---|---|")
    for c in CATEGORIES:
        row = [sum(1 for r in recs if r["expected"]["root_cause_category"] == c
                   and r["expected"]["severity"] == s) for s in SEVERITIES]
        print(f"| {c} | " + " | ".join(str(x) for x in row) + f" | {sum(row)} |")
    tot = [sum(1 for r in recs if r["expected"]["severity"] == s) for s in SEVERITIES]
    print("| **total** | " + " | ".join(str(x) for x in tot) + f" | {sum(tot)} |")
    print()
    print("| cluster flavour | records |")
    print("|---|---|")
    fl = {}
    for rec in recs:
        f = meta[rec["source"]][1]
        fl[f] = fl.get(f, 0) + 1
    for f in sorted(fl):
        print(f"| {f} | {fl[f]} |")


def main(argv):
    recs, meta = build()
    if argv[:1] == ["--preview"]:
        if len(argv) > 1:
            return 0 if preview_one(recs, meta, argv[1]) else 1
        return 0 if preview(recs, meta) else 1
    if argv[:1] == ["--table"]:
        table(recs, meta)
        return 0
    if argv:
        print(__doc__, file=sys.stderr)
        return 2
    dist, problems = self_checks(recs)
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        print("self-checks failed; not writing", file=sys.stderr)
        return 1
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(dump(recs))
    print(f"wrote {len(recs)} records to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
