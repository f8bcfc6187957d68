#!/usr/bin/env python3
"""Generate dev6.jsonl: a held-out golden set of 60 Kubernetes log windows.

Theme: platform and data components (service meshes, GitOps, CNI, external-secrets,
KEDA, Karpenter/cluster-autoscaler, ingress controllers, Spark/Flink/Airflow/Trino,
Kafka/RabbitMQ/NATS, PostgreSQL/MySQL/Redis/MongoDB/OpenSearch/Cassandra/ClickHouse)
and multi-hop chains.  Golden format v1.

Standard library only, deterministic: every random choice of a scenario comes from
random.Random("dev6-v1:<scenario>"), the record order from random.Random("dev6-v1:order").

    python3 make_dev6.py           # (re)write dev6.jsonl next to this file
    python3 make_dev6.py --check   # build twice, compare with each other and with the file
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "dev6.jsonl"
PREFIX = "dev6-v1"

# --------------------------------------------------------------------------- helpers

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
ALNUM = "bcdfghjklmnpqrstvwxz2456789"
ZONES = [("Z", 0), ("Z", 0), ("+00:00", 0), ("+01:00", 60), ("+02:00", 120),
         ("-05:00", -300), ("-07:00", -420), ("+05:30", 330), ("+09:00", 540)]


def J(obj) -> str:
    """Compact JSON as Go/most structured loggers print it (key order kept).

    Epoch time tokens are emitted as JSON numbers, as zap, pino and friends do."""
    s = json.dumps(obj, separators=(",", ":"), ensure_ascii=False)
    return s.replace('"@EPOCH@"', "@EPOCH@").replace('"@EPOCHMS@"', "@EPOCHMS@")


def kq(s: str) -> str:
    """Go %q-style quoting used by klog structured logging."""
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def lf(s: str) -> str:
    """logfmt value quoting."""
    if s and all(c not in s for c in ' "=\\') :
        return s
    return kq(s)


def klog(lvl: str, pid: int, src: str, msg: str) -> str:
    return f"{lvl}@KLOG@ {pid:>7} {src}] {msg}"


def _ms(d):
    return f"{d.microsecond // 1000:03d}"


def _us(d):
    return f"{d.microsecond:06d}"


def _sys(d):
    return f"{MON[d.month - 1]} {d.day:>2} {d:%H:%M:%S}"


TOKENS = {
    "ISO": lambda d, r: f"{d:%Y-%m-%dT%H:%M:%S}.{_ms(d)}Z",
    "ISO6": lambda d, r: f"{d:%Y-%m-%dT%H:%M:%S}.{_us(d)}Z",
    "ISO9": lambda d, r: f"{d:%Y-%m-%dT%H:%M:%S}.{_us(d)}{(d.microsecond * 7 + 311) % 1000:03d}Z",
    "ISOS": lambda d, r: f"{d:%Y-%m-%dT%H:%M:%S}Z",
    "ISOP": lambda d, r: f"{d:%Y-%m-%dT%H:%M:%S}.{_ms(d)}+00:00",
    "ISOP4": lambda d, r: f"{d:%Y-%m-%dT%H:%M:%S}.{_ms(d)}+0000",
    "ISOSP": lambda d, r: f"{d:%Y-%m-%dT%H:%M:%S}+00:00",
    "ISOC": lambda d, r: f"{d:%Y-%m-%dT%H:%M:%S},{_ms(d)}",
    "RUBY": lambda d, r: f"{d:%Y-%m-%dT%H:%M:%S}.{_us(d)}",
    "EPOCH": lambda d, r: f"{d.timestamp():.7f}",
    "EPOCHMS": lambda d, r: str(int(round(d.timestamp() * 1000))),
    "EPOCHS": lambda d, r: str(int(d.timestamp())),
    "KLOG": lambda d, r: f"{d:%m%d %H:%M:%S}.{_us(d)}",
    "CLF": lambda d, r: f"{d:%d}/{MON[d.month - 1]}/{d:%Y:%H:%M:%S} +0000",
    "HAP": lambda d, r: f"{d:%d}/{MON[d.month - 1]}/{d:%Y:%H:%M:%S}.{_ms(d)}",
    "PY": lambda d, r: f"{d:%Y-%m-%d %H:%M:%S},{_ms(d)}",
    "SP": lambda d, r: f"{d:%Y-%m-%d %H:%M:%S}.{_ms(d)}",
    "SPUS": lambda d, r: f"{d:%Y-%m-%d %H:%M:%S}.{_us(d)}",
    "SP0": lambda d, r: f"{d:%Y-%m-%d %H:%M:%S}",
    "PGTS": lambda d, r: f"{d:%Y-%m-%d %H:%M:%S}.{_ms(d)} UTC",
    "SLASH": lambda d, r: f"{d:%Y/%m/%d %H:%M:%S}",
    "SLASHUS": lambda d, r: f"{d:%Y/%m/%d %H:%M:%S}.{_us(d)}",
    "SPARK": lambda d, r: f"{d:%y/%m/%d %H:%M:%S}",
    "CH": lambda d, r: f"{d:%Y.%m.%d %H:%M:%S}.{_us(d)}",
    "REDIS": lambda d, r: f"{d:%d} {MON[d.month - 1]} {d:%Y %H:%M:%S}.{_ms(d)}",
    "SYSLOG": lambda d, r: _sys(d),
    "JAVADATE": lambda d, r: f"{DOW[d.weekday()]} {MON[d.month - 1]} {d:%d %H:%M:%S} UTC {d:%Y}",
    "OTELJ": lambda d, r: f"{d:%Y-%m-%d %H:%M:%S}:{_ms(d)} +0000",
    "KERN": lambda d, r: f"[{r.uptime + (d - r.base).total_seconds():>12.6f}]",
    "UPT": lambda d, r: f"[{r.proxy_up + (d - r.base).total_seconds():>12.6f}s]",
}
TOKEN_RE = re.compile(r"@([A-Z][A-Z0-9]*)([+-]\d+)?@")


def render(line: str, d: datetime, rec: "Rec") -> str:
    def rep(m):
        fn = TOKENS.get(m.group(1))
        if fn is None:
            return m.group(0)
        dd = d + timedelta(seconds=int(m.group(2))) if m.group(2) else d
        return fn(dd, rec)
    return TOKEN_RE.sub(rep, line)


def fmt_ts(d: datetime, zone, prec: str) -> str:
    name, mins = zone
    loc = d.astimezone(timezone(timedelta(minutes=mins)))
    frac = f".{loc.microsecond // 1000:03d}" if prec == "ms" else f".{loc.microsecond:06d}"
    return f"{loc:%Y-%m-%dT%H:%M:%S}{frac}{name}"


API = {"Pod": "v1", "Node": "v1", "Service": "v1", "PersistentVolumeClaim": "v1", "Endpoints": "v1",
       "Deployment": "apps/v1", "ReplicaSet": "apps/v1", "StatefulSet": "apps/v1", "DaemonSet": "apps/v1",
       "Job": "batch/v1", "CronJob": "batch/v1", "HorizontalPodAutoscaler": "autoscaling/v2",
       "ScaledObject": "keda.sh/v1alpha1", "ExternalSecret": "external-secrets.io/v1beta1",
       "Application": "argoproj.io/v1alpha1", "Certificate": "cert-manager.io/v1",
       "CertificateRequest": "cert-manager.io/v1", "Order": "acme.cert-manager.io/v1",
       "Challenge": "acme.cert-manager.io/v1", "Ingress": "networking.k8s.io/v1",
       "NodeClaim": "karpenter.sh/v1", "NodePool": "karpenter.sh/v1",
       "Kustomization": "kustomize.toolkit.fluxcd.io/v1", "HelmRelease": "helm.toolkit.fluxcd.io/v2",
       "GitRepository": "source.toolkit.fluxcd.io/v1", "SparkApplication": "sparkoperator.k8s.io/v1beta2",
       "PodDisruptionBudget": "policy/v1", "FlinkDeployment": "flink.apache.org/v1beta1",
       "VolumeAttachment": "storage.k8s.io/v1", "ConfigMap": "v1"}


class Rec:
    """One record under construction: a scenario's RNG, clock, label style and lines."""

    def __init__(self, scen: str, style: str = "basic", hstyle: str = "journal", events: str = "exporter"):
        self.scen = scen
        r = self.rng = random.Random(f"{PREFIX}:{scen}")
        self.base = datetime(2026, r.randint(1, 10), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59),
                             r.randint(0, 59), r.randint(0, 999999), tzinfo=timezone.utc)
        self.zone = r.choice(ZONES)
        self.prec = r.choice(["ms", "ms", "us"])
        self.uptime = r.uniform(90000.0, 3500000.0)
        self.proxy_up = r.uniform(300.0, 90000.0)
        self.style, self.hstyle, self.evshape = style, hstyle, events
        self.items = []
        self.ev_pod = None

    # ---- randomness helpers
    def h(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def uid(self) -> str:
        h = self.h(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.rng.choice('89ab')}{h[17:20]}-{h[20:]}"

    def sfx(self, n: int = 5) -> str:
        return "".join(self.rng.choice(ALNUM) for _ in range(n))

    def dpod(self, name: str, rs: str | None = None) -> str:
        return f"{name}-{rs or self.sfx(self.rng.choice([9, 10]))}-{self.sfx()}"

    def dspod(self, name: str) -> str:
        return f"{name}-{self.sfx()}"

    def ip(self, prefix: str = "10.244") -> str:
        parts = prefix.split(".")
        while len(parts) < 4:
            parts.append(str(self.rng.randint(1, 254)))
        return ".".join(parts)

    def port(self) -> int:
        return self.rng.randint(32768, 60999)

    def at(self, t: float, token: str) -> str:
        """A fixed instant (base + t seconds) rendered with a token format."""
        return TOKENS[token](self.base + timedelta(seconds=t), self)

    # ---- label sets
    def P(self, ns, pod, container, node=None, app=None, style=None):
        st = style or self.style
        if st == "otel":
            lab = {"k8s_namespace_name": ns, "k8s_pod_name": pod, "k8s_container_name": container}
            if node:
                lab["k8s_node_name"] = node
            if app:
                lab["service_name"] = app
            return lab
        lab = {"namespace": ns, "pod": pod, "container": container}
        if st in ("node", "full") and node:
            lab["node"] = node
        if st in ("app", "full", "promtail") and app:
            lab["app"] = app
        if st == "promtail":
            lab["job"] = f"{ns}/{app or container}"
        return lab

    def H(self, node: str, unit: str):
        """Host stream labels (journal/syslog/otel flavours)."""
        ident = {"kubelet.service": "kubelet", "containerd.service": "containerd", "k3s-agent.service": "k3s",
                 "k3s.service": "k3s", "kernel": "kernel"}.get(unit, unit.replace(".service", ""))
        if self.hstyle == "syslog":
            return {"job": "varlogs", "host": node, "filename": "/var/log/messages"}, ident
        if self.hstyle == "otel":
            lab = {"k8s_node_name": node, "service_name": ident}
            if unit != "kernel":
                lab["systemd_unit"] = unit
            return lab, ident
        if unit == "kernel":
            return {"job": "systemd-journal", "node": node, "transport": "kernel"}, ident
        return {"job": "systemd-journal", "node": node, "unit": unit}, ident

    # ---- adding lines
    def add(self, t, labels, line, ev=False):
        self.items.append((float(t), len(self.items), dict(labels), line, bool(ev)))

    def host(self, t, node, unit, msg, ev=False, pid=None):
        lab, ident = self.H(node, unit)
        if self.hstyle == "syslog":
            short = node.split(".")[0]
            if ident == "kernel":
                line = f"@SYSLOG@ {short} kernel: {msg}"
            else:
                line = f"@SYSLOG@ {short} {ident}[{pid or 1}]: {msg}"
        else:
            line = msg
        self.add(t, lab, line, ev)

    def spread(self, labels, t0, t1, n, gen):
        ts = sorted(self.rng.uniform(t0, t1) for _ in range(n))
        for t in ts:
            self.add(t, labels, gen())

    # ---- Kubernetes events, in the shapes event exporters write
    def E(self, t, ns, kind, name, reason, msg, type_="Normal", count=1, comp="kubelet", host=None,
          field=None, ev=False, first_ago=None):
        r = self.rng
        api = API.get(kind, "v1")
        first = -(first_ago if first_ago is not None else (0 if count == 1 else r.randint(30, 600)))
        evname = f"{name}.{self.h(16)}"
        uid = self.uid()
        if self.evshape == "alloy":
            lab = {"job": "loki.source.kubernetes_events", "instance": "alloy-events", "namespace": ns}
            parts = [f"name={evname}", f"kind={kind}", f"objectAPIversion={api}",
                     f"objectRV={r.randint(100000, 99999999)}", f"eventRV={r.randint(100000, 99999999)}"]
            if host:
                parts.append(f"reportinginstance={host}")
            parts += [f"reportingcontroller={comp}", f"sourcecomponent={comp}"]
            if host:
                parts.append(f"sourcehost={host}")
            parts += [f"reason={reason}", f"type={type_}", f"count={count}", f"msg={kq(msg)}"]
            self.add(t, lab, " ".join(parts), ev)
            return
        src = {"component": comp}
        if host:
            src["host"] = host
        inv = {"kind": kind, "namespace": ns, "name": name, "uid": self.uid(), "apiVersion": api,
               "resourceVersion": str(r.randint(100000, 99999999))}
        if kind == "Node":
            inv.pop("namespace")
            inv["uid"] = name
        if field:
            inv["fieldPath"] = field
        meta = {"name": evname, "namespace": ns if kind != "Node" else "default", "uid": uid,
                "resourceVersion": str(r.randint(100000, 99999999)),
                "creationTimestamp": f"@ISOS{first:+d}@" if first else "@ISOS@"}
        if self.evshape == "eventrouter":
            if self.ev_pod is None:
                self.ev_pod = self.dpod("eventrouter")
            lab = {"namespace": "kube-system", "pod": self.ev_pod, "container": "kube-eventrouter", "app": "eventrouter"}
            body = {"verb": "ADDED" if count == 1 else "UPDATED",
                    "event": {"metadata": meta, "involvedObject": inv, "reason": reason, "message": msg,
                              "source": src, "firstTimestamp": meta["creationTimestamp"],
                              "lastTimestamp": "@ISOS@", "count": count, "type": type_, "eventTime": None,
                              "reportingComponent": comp if comp != "kubelet" else "",
                              "reportingInstance": host or ""}}
            self.add(t, lab, J(body), ev)
            return
        if self.ev_pod is None:
            self.ev_pod = self.dpod("event-exporter")
        lab = {"namespace": "monitoring", "pod": self.ev_pod, "container": "event-exporter", "app": "event-exporter"}
        body = {"metadata": meta, "reason": reason, "message": msg, "source": src,
                "firstTimestamp": meta["creationTimestamp"], "lastTimestamp": "@ISOS@", "count": count,
                "type": type_, "eventTime": None, "reportingComponent": comp if comp != "kubelet" else "",
                "reportingInstance": host or "", "involvedObject": inv}
        self.add(t, lab, J(body), ev)

    # ---- output
    def build(self, question, selector, expected):
        items = sorted(self.items, key=lambda x: (x[0], x[1]))
        logs, evidence = [], []
        for i, (t, _seq, labels, line, ev) in enumerate(items):
            d = self.base + timedelta(microseconds=int(round(t * 1e6)))
            logs.append({"ts": fmt_ts(d, self.zone, self.prec), "labels": labels, "line": render(line, d, self)})
            if ev:
                evidence.append(i)
        exp = dict(expected)
        exp["evidence"] = evidence
        return {"source": f"synthetic:{self.scen}", "question": question, "selector": selector,
                "logs": logs, "expected": exp}


def SEL(ns=None, pod=None, container=None, node=None, app=None):
    return {"namespace": ns, "pod": pod, "container": container, "node": node, "app": app}


def EXP(sev, cat, comp, root, summary, action):
    return {"severity": sev, "root_cause_category": cat, "component": comp, "root_cause": root,
            "summary": summary, "action": action}


# --------------------------------------------------------------------------- node names per flavour

def eks_node(rec, region="eu-west-1"):
    a, b = rec.rng.randint(0, 31), rec.rng.randint(1, 254)
    dom = "ec2.internal" if region == "us-east-1" else f"{region}.compute.internal"
    return f"ip-10-0-{a}-{b}.{dom}"


def gke_node(rec, cluster="prod", pool="default-pool"):
    return f"gke-{cluster}-{pool}-{rec.h(8)}-{rec.sfx(4)}"


def aks_node(rec, pool="nodepool1"):
    return f"aks-{pool}-{rec.rng.randint(10000000, 99999999)}-vmss{rec.rng.randint(0, 40):06d}"


# --------------------------------------------------------------------------- shared noise

SCANNERS = [
    ("/.env", "Mozilla/5.0 (compatible; CensysInspect/1.1; +https://about.censys.io/)"),
    ("/wp-login.php", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36"),
    ("/.git/config", "Mozilla/5.0 zgrab/0.x"),
    ("/phpmyadmin/index.php", "python-requests/2.31.0"),
    ("/actuator/env", "Go-http-client/1.1"),
    ("/cgi-bin/luci/;stok=/locale", "Mozilla/5.0 (X11; Linux x86_64)"),
    ("/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php", "Custom-AsyncHttpClient"),
    ("/server-status", "Expanse, a Palo Alto Networks company, searches across the global IPv4 space"),
    ("/.aws/credentials", "curl/7.88.1"),
    ("/boaform/admin/formLogin", "Mozilla/5.0"),
    ("/HNAP1/", "Mozilla/5.0 (compatible; Nmap Scripting Engine; https://nmap.org/book/nse.html)"),
    ("/solr/admin/info/system?wt=json", "Mozilla/5.0 zgrab/0.x"),
]
BROWSERS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
    "Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0",
    "okhttp/4.12.0", "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 7 Build/UQ1A.240205.004)",
]


def nginx_access(rec, path, status, upstream, upaddr, method="GET", ua=None, rt=None, size=None, client=None):
    r = rec.rng
    ua = ua or r.choice(BROWSERS)
    rt = rt if rt is not None else round(r.uniform(0.002, 0.180), 3)
    size = size if size is not None else r.randint(120, 18000)
    client = client or f"{r.randint(11, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    up_rt = "-" if upaddr in ("-", None) else f"{max(rt - 0.001, 0):.3f}"
    up_st = "-" if upaddr in ("-", None) else str(status)
    return (f'{client} - - [@CLF@] "{method} {path} HTTP/1.1" {status} {size} "-" "{ua}" {r.randint(180, 900)} '
            f'{rt:.3f} [{upstream}] [] {upaddr or "-"} {size if upaddr not in ("-", None) else "-"} {up_rt} {up_st} {rec.h(32)}')


def nginx_noise(rec, labels, t0, t1, n, upstream, addrs, paths, scan=2):
    r = rec.rng
    for _ in range(scan):
        p, ua = r.choice(SCANNERS)
        rec.add(r.uniform(t0, t1), labels, nginx_access(rec, p, 404, "upstream-default-backend", "127.0.0.1:8181",
                                                         ua=ua, size=548, rt=0.000))

    def g():
        return nginx_access(rec, r.choice(paths), r.choice([200, 200, 200, 200, 304, 200, 201]), upstream, r.choice(addrs))
    rec.spread(labels, t0, t1, n, g)


def envoy_access(rec, method, path, status, flags, details, authority, upstream_host, cluster, dur, ua=None,
                 direction="outbound", down_local=None, down_remote=None, rx=0, tx=None):
    r = rec.rng
    ua = ua or r.choice(["Go-http-client/1.1", "okhttp/4.12.0", "grpc-go/1.62.1", "python-requests/2.31.0",
                         "ReactorNetty/1.1.17"])
    tx = tx if tx is not None else r.randint(90, 9000)
    up_svc = "-" if dur is None else f"{max(dur - r.randint(0, 2), 0)}"
    dl = down_local or f"{rec.ip('10.96')}:{upstream_host.split(':')[-1] if upstream_host != '-' else '80'}"
    dr = down_remote or f"{rec.ip()}:{rec.port()}"
    local = f"{rec.ip()}:{rec.port()}" if upstream_host != "-" else "-"
    return (f'[@ISO@] "{method} {path} HTTP/1.1" {status} {flags} {details} - "-" {rx} {tx} {dur if dur is not None else 0} '
            f'{up_svc if status < 500 or flags == "-" else "-"} "-" "{ua}" "{rec.uid()}" "{authority}" "{upstream_host}" '
            f'{cluster} {local} {dl} {dr} - default')


def kubelet_noise(rec, node, t0, t1, n, pods, unit="kubelet.service"):
    r = rec.rng
    pid = r.randint(900, 4000)

    def g():
        ns_pod = r.choice(pods)
        k = r.randrange(7)
        if k == 0:
            return klog("I", pid, "kubelet.go:2461", f'"SyncLoop (probe)" probe="readiness" status="ready" pod={kq(ns_pod)}')
        if k == 1:
            u = rec.uid()
            return klog("I", pid, "kubelet_volumes.go:163",
                        f'"Cleaned up orphaned pod volumes dir" podUID={kq(u)} path="/var/lib/kubelet/pods/{u}/volumes"')
        if k == 2:
            return klog("I", pid, "kubelet.go:2436", f'"SyncLoop UPDATE" source="api" pods=[{kq(ns_pod)}]')
        if k == 3:
            return klog("I", pid, "container_gc.go:88", '"Attempting to delete unused containers"')
        if k == 4:
            return klog("I", pid, "image_gc_manager.go:391", '"Attempting to delete unused images"')
        if k == 5:
            return klog("I", pid, "kubelet_getters.go:218", f'"Pod status updated" pod={kq(ns_pod)} status="Running"')
        return klog("I", pid, "kubelet.go:2493", f'"SyncLoop (PLEG): event for pod" pod={kq(ns_pod)} '
                    f'event={{"ID":"{rec.uid()}","Type":"ContainerStarted","Data":"{rec.h(64)}"}}')
    ts = sorted(r.uniform(t0, t1) for _ in range(n))
    for t in ts:
        rec.host(t, node, unit, g(), pid=pid)
    return pid


def containerd_noise(rec, node, t0, t1, n, images):
    r = rec.rng

    def g():
        k = r.randrange(5)
        cid = rec.h(64)
        if k == 0:
            return f'time="@ISO9@" level=info msg="StartContainer for \\"{cid}\\" returns successfully"'
        if k == 1:
            return f'time="@ISO9@" level=info msg="ImageUpdate event name:\\"{r.choice(images)}\\" labels:{{key:\\"io.cri-containerd.image\\" value:\\"managed\\"}}"'
        if k == 2:
            return f'time="@ISO9@" level=info msg="shim disconnected" id={cid} namespace=k8s.io'
        if k == 3:
            return f'time="@ISO9@" level=warning msg="cleaning up after shim disconnected" id={cid} namespace=k8s.io'
        return f'time="@ISO9@" level=info msg="RemoveContainer for \\"{cid}\\" returns successfully"'
    ts = sorted(r.uniform(t0, t1) for _ in range(n))
    pid = r.randint(500, 1200)
    for t in ts:
        rec.host(t, node, "containerd.service", g(), pid=pid)


def spring(lvl, pid, thread, logger, msg):
    return f"@ISO@ {lvl:>5} {pid} --- [{thread:>15}] {logger:<40} : {msg}"


def zap(level, caller, msg, **kw):
    d = {"level": level, "ts": "@EPOCH@", "caller": caller, "msg": msg}
    d.update(kw)
    return J(d)


def pino(level, msg, host, **kw):
    d = {"level": {"info": 30, "warn": 40, "error": 50, "fatal": 60, "debug": 20}[level], "time": "@EPOCHMS@",
         "pid": 1, "hostname": host}
    d.update(kw)
    d["msg"] = msg
    return J(d)


def trino_qid(rec, t):
    """Trino query id: <yyyymmdd>_<hhmmss>_<sequence>_<coordinator id>."""
    ts = rec.at(t, "ISOS")
    return f"{ts[:10].replace('-', '')}_{ts[11:19].replace(':', '')}_{rec.rng.randint(0, 99999):05d}_{rec.sfx(5)}"


SCENARIOS = {}


def scenario(fn):
    SCENARIOS[fn.__name__[2:]] = fn
    return fn


# =========================================================================== healthy windows (none / INFO)

def healthy(summary, root="No incident: the window shows routine operation.", action="No action needed."):
    """Expected block of a healthy window: INFO/none, no component (nothing is at fault), no evidence."""
    e = EXP("INFO", "none", None, root, summary, action)
    del e["component"]
    return e


@scenario
def s_healthy_istio_canary(rec):
    r = rec.rng
    ns = "shop"
    n1, n2, n3 = eks_node(rec), eks_node(rec), eks_node(rec)
    rs1, rs2 = rec.sfx(10), rec.sfx(9)
    fe = rec.dpod("frontend")
    rv1 = rec.dpod("reviews-v1", rs1)
    rv2a, rv2b = rec.dpod("reviews-v2", rs2), rec.dpod("reviews-v2", rs2)
    istiod = rec.dpod("istiod")
    gw = rec.dpod("istio-ingressgateway")
    flagger = rec.dpod("flagger")
    S_fe_px = rec.P(ns, fe, "istio-proxy", n1, "frontend")
    S_fe = rec.P(ns, fe, "server", n1, "frontend")
    S_rv2a_px = rec.P(ns, rv2a, "istio-proxy", n2, "reviews")
    S_rv2b_px = rec.P(ns, rv2b, "istio-proxy", n3, "reviews")
    S_istiod = rec.P("istio-system", istiod, "discovery", n3, "istiod")
    S_gw = rec.P("istio-system", gw, "istio-proxy", n1, "istio-ingressgateway")
    S_fl = rec.P("istio-system", flagger, "flagger", n2, "flagger")
    rev = "reviews.shop.svc.cluster.local"
    # flagger canary steps
    rec.add(5, S_fl, J({"level": "info", "ts": "@ISO@", "caller": "controller/events.go:33",
                        "msg": "New revision detected! Scaling up reviews.shop", "canary": "reviews.shop"}))
    rec.add(65, S_fl, J({"level": "info", "ts": "@ISO@", "caller": "controller/events.go:33",
                         "msg": "Starting canary analysis for reviews.shop", "canary": "reviews.shop"}))
    rec.add(66, S_fl, J({"level": "info", "ts": "@ISO@", "caller": "controller/events.go:33",
                         "msg": "Advance reviews.shop canary weight 10", "canary": "reviews.shop"}))
    rec.add(126, S_fl, J({"level": "info", "ts": "@ISO@", "caller": "controller/events.go:45",
                          "msg": "Halt advancement no values found for istio metric request-success-rate probably reviews.shop is not receiving traffic: running query failed: no values found",
                          "canary": "reviews.shop"}))
    for i, w in enumerate([20, 30, 40, 50]):
        rec.add(186 + 60 * i, S_fl, J({"level": "info", "ts": "@ISO@", "caller": "controller/events.go:33",
                                       "msg": f"Advance reviews.shop canary weight {w}", "canary": "reviews.shop"}))
    rec.add(430, S_fl, J({"level": "info", "ts": "@ISO@", "caller": "controller/events.go:33",
                          "msg": "Copying reviews.shop template spec to reviews-primary.shop", "canary": "reviews.shop"}))
    rec.add(490, S_fl, J({"level": "info", "ts": "@ISO@", "caller": "controller/events.go:33",
                          "msg": "Promotion completed! Scaling down reviews.shop", "canary": "reviews.shop"}))
    # istiod
    for t in (8, 12):
        pod = rv2a if t == 8 else rv2b
        rec.add(t + 20, S_istiod, f"@ISO6@\tinfo\tads\tADS: new connection for node:{pod}.{ns}-{r.randint(20, 90)}")
        rec.add(t + 20.2, S_istiod, f"@ISO6@\tinfo\tads\tCDS: PUSH request for node:{pod}.{ns} resources:212 size:198.4kB cached:208/212")
    rec.add(70, S_istiod, f"@ISO6@\tinfo\tads\tPush debounce stable[{r.randint(300, 900)}] 2 for config VirtualService:{ns}/reviews and 1 more configs: 100.41ms since last change, 101.9ms since last push, full=true")
    rec.add(70.3, S_istiod, f"@ISO6@\tinfo\tads\tXDS: Pushing Services:64 ConnectedEndpoints:41 Version:@ISOS@/{r.randint(300, 900)}")
    rec.add(301, S_istiod, f"@ISO6@\tinfo\tads\tADS: \"{rec.ip()}:{rec.port()}\" {rv1}.{ns}-{r.randint(20, 90)} terminated")
    # sidecar start of canary pods (NOT ready then ready) — routine
    for S, t in ((S_rv2a_px, 22), (S_rv2b_px, 26)):
        rec.add(t, S, "@ISO6@\tinfo\tFIPS mode disabled")
        rec.add(t + 1.1, S, "@ISO6@\twarn\tEnvoy proxy is NOT ready: config not received from XDS server (is Istiod running?): cds updates: 0 successful, 0 rejected; lds updates: 0 successful, 0 rejected")
        rec.add(t + 3.4, S, f"@ISO6@\tinfo\tReadiness succeeded in {r.uniform(2.1, 3.9):.6f}s")
        rec.add(t + 3.5, S, "@ISO6@\tinfo\tEnvoy proxy is ready")
    rec.add(380, S_fe_px, "@ISO6@\twarning\tenvoy config external/envoy/source/extensions/config_subscription/grpc/grpc_stream.h:193\tStreamAggregatedResources gRPC config stream to xds-grpc closed since 1799s ago: 13, \tthread=14")
    rec.add(380.4, S_fe_px, "@ISO6@\tinfo\txdsproxy\tconnected to delta upstream XDS server: istiod.istio-system.svc:15012\tid=17")
    # kubelet startup probe for canary pod, then ready
    pid = r.randint(1500, 3000)
    rec.host(23.5, n2, "kubelet.service", klog("I", pid, "prober.go:107", f'"Probe failed" probeType="Startup" pod="{ns}/{rv2a}" podUID="{rec.uid()}" containerName="istio-proxy" probeResult="failure" output="HTTP probe failed with statuscode: 503"'))
    rec.host(26.4, n2, "kubelet.service", klog("I", pid, "kubelet.go:2461", f'"SyncLoop (probe)" probe="startup" status="started" pod="{ns}/{rv2a}"'))
    rec.host(27.0, n2, "kubelet.service", klog("I", pid, "kubelet.go:2461", f'"SyncLoop (probe)" probe="readiness" status="ready" pod="{ns}/{rv2a}"'))
    # traffic
    def acc_fe():
        dest = r.choice([rev, rev, "productcatalog.shop.svc.cluster.local", "cart.shop.svc.cluster.local"])
        port = 9080 if dest == rev else 3550 if "catalog" in dest else 7070
        path = "/reviews/" + str(r.randint(1, 9000)) if dest == rev else "/hipstershop.ProductCatalogService/GetProduct" if "catalog" in dest else "/hipstershop.CartService/GetCart"
        meth = "GET" if dest == rev else "POST"
        return envoy_access(rec, meth, path, 200, "-", "via_upstream", f"{dest.split('.')[0]}:{port}",
                            f"{rec.ip()}:{port}", f"outbound|{port}||{dest}", r.randint(2, 60))
    rec.spread(S_fe_px, 0, 520, 16, acc_fe)
    def acc_rv2():
        return envoy_access(rec, "GET", f"/reviews/{r.randint(1, 9000)}", 200, "-", "via_upstream", "reviews:9080",
                            f"{rec.ip()}:9080", "inbound|9080||", r.randint(3, 40), direction="inbound")
    rec.spread(S_rv2a_px, 70, 520, 6, acc_rv2)
    def fe_log():
        return J({"severity": "info", "timestamp": "@ISO9@", "message": "request complete",
                  "http.req.id": rec.uid(), "http.req.method": "GET",
                  "http.req.path": r.choice(["/", "/product/OLJCESPC7Z", "/product/66VCHSJNUP", "/cart"]),
                  "http.resp.bytes": r.randint(4000, 19000), "http.resp.status": 200,
                  "http.resp.took_ms": r.randint(8, 120), "session": rec.uid()})
    rec.spread(S_fe, 0, 520, 8, fe_log)
    for _ in range(3):
        p, ua = r.choice(SCANNERS)
        rec.add(r.uniform(0, 520), S_gw, envoy_access(rec, "GET", p, 404, "NR", "route_not_found", "203.0.113.77", "-",
                                                      "-", 0, ua=ua, tx=0))
    return dict(question="Is the reviews canary rollout healthy, or should I roll it back?",
                selector=SEL(ns, app="reviews"),
                expected=healthy("Flagger advanced the reviews canary step by step (one routine 'no values found' halt while traffic ramped), new sidecars became ready after the usual start-up 'NOT ready' messages, all mesh traffic returned 200 and only scanner probes got 404; the promotion completed.",
                                 action="No action needed; the canary was promoted successfully."))


@scenario
def s_healthy_argocd_sync(rec):
    r = rec.rng
    rec.evshape = "alloy"
    ns = "payments"
    n1, n2 = gke_node(rec), gke_node(rec)
    ctrl = "argocd-application-controller-0"
    repo = rec.dpod("argocd-repo-server")
    notif = rec.dpod("argocd-notifications-controller")
    rs_old, rs_new = rec.sfx(10), rec.sfx(10)
    old1, old2 = rec.dpod("payments-api", rs_old), rec.dpod("payments-api", rs_old)
    new1, new2 = rec.dpod("payments-api", rs_new), rec.dpod("payments-api", rs_new)
    S_c = rec.P("argocd", ctrl, "argocd-application-controller", n1, "argocd-application-controller")
    S_r = rec.P("argocd", repo, "argocd-repo-server", n2, "argocd-repo-server")
    S_n = rec.P("argocd", notif, "argocd-notifications-controller", n2, "argocd-notifications-controller")
    sha = rec.h(40)
    app = "argocd/payments"
    def c(t, level, msg, extra=""):
        rec.add(t, S_c, f'time="@ISOS@" level={level} msg={kq(msg)} application={app}{extra}')
    c(2, "info", "Refreshing app status (controller refresh requested), level (1)")
    c(2.4, "info", "Comparing app state (cluster: https://kubernetes.default.svc, namespace: payments)")
    rec.add(3, S_r, f'time="@ISOS@" level=info msg="git fetch origin --tags --force --prune" dir="/tmp/_argocd-repo/{rec.uid()}" execID={rec.h(5)}')
    rec.add(3.9, S_r, f'time="@ISOS@" level=info msg=Trace args="[git fetch origin --tags --force --prune]" dir="/tmp/_argocd-repo/{rec.uid()}" operation_name="exec git" time_ms={r.uniform(400, 1400):.6f}')
    rec.add(4.6, S_r, f'time="@ISOS@" level=info msg="manifest cache miss: &ApplicationSource{{RepoURL:https://github.com/acme/deploy.git,Path:apps/payments/overlays/prod,TargetRevision:main}}/{sha[:7]}"')
    c(5.2, "info", f"Initiated automated sync to '{sha}'", " dest-namespace=payments dest-server=\"https://kubernetes.default.svc\" reason=OperationStarted type=Normal")
    c(5.9, "warning", "Warning: autoscaling/v2beta2 HorizontalPodAutoscaler is deprecated in v1.23+, unavailable in v1.26+; use autoscaling/v2 HorizontalPodAutoscaler")
    c(6.3, "info", "Applying resource Deployment/payments-api in cluster: https://10.12.0.1:443, namespace: payments")
    c(6.8, "info", "Updating operation state. phase: Running -> Succeeded, message: 'successfully synced (all tasks run)'", " syncId=00041-" + rec.sfx(5))
    c(7.0, "info", f"Sync operation to {sha[:7]} succeeded", " dest-namespace=payments reason=OperationCompleted type=Normal")
    c(7.4, "info", "Updated health status: Healthy -> Progressing", " dest-namespace=payments reason=ResourceUpdated type=Normal")
    c(95, "info", "Updated health status: Progressing -> Healthy", " dest-namespace=payments reason=ResourceUpdated type=Normal")
    c(160, "info", "Skipping auto-sync: application status is Synced")
    rec.add(96, S_n, f'time="@ISOS@" level=info msg="Trigger on-deployed result: [{{[0].{rec.sfx(20)}  [app-sync-succeeded] true}}]" app={app}')
    rec.add(96.5, S_n, f'time="@ISOS@" level=info msg="Sending notification about condition \'on-deployed.[0].{rec.sfx(20)}\' to \'{{slack deploys}}\'" app={app}')
    # events for the rollout
    rec.E(7.5, ns, "Deployment", "payments-api", "ScalingReplicaSet", f"Scaled up replica set payments-api-{rs_new} to 1 from 0", comp="deployment-controller")
    for i, (p, nd) in enumerate(((new1, n1), (new2, n2))):
        base = 8 + i * 40
        rec.E(base, ns, "Pod", p, "Scheduled", f"Successfully assigned {ns}/{p} to {nd}", comp="default-scheduler")
        rec.E(base + 1, ns, "Pod", p, "Pulled", f'Container image "europe-docker.pkg.dev/acme-prod/apps/payments-api:4.12.{r.randint(0, 9)}" already present on machine', host=nd, field="spec.containers{payments-api}")
        rec.E(base + 1.5, ns, "Pod", p, "Started", "Started container payments-api", host=nd, field="spec.containers{payments-api}")
        rec.E(base + 12, ns, "Pod", p, "Unhealthy", f"Startup probe failed: Get \"http://{rec.ip('10.8')}:8081/actuator/health/liveness\": dial tcp {rec.ip('10.8')}:8081: connect: connection refused", type_="Warning", host=nd, field="spec.containers{payments-api}")
        S_new = rec.P(ns, p, "payments-api", nd, "payments-api")
        rec.add(base + 3, S_new, spring("INFO", 1, "main", "c.a.payments.PaymentsApiApplication", f"Starting PaymentsApiApplication v4.12.3 using Java 21.0.2 with PID 1 (/app/app.jar started by app in /app)"))
        rec.add(base + 9, S_new, spring("WARN", 1, "main", "JpaBaseConfiguration$JpaWebConfiguration", "spring.jpa.open-in-view is enabled by default. Therefore, database queries may be performed during view rendering. Explicitly configure spring.jpa.open-in-view to disable this warning"))
        rec.add(base + 10, S_new, spring("INFO", 1, "main", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Start completed."))
        rec.add(base + 16, S_new, spring("INFO", 1, "main", "c.a.payments.PaymentsApiApplication", f"Started PaymentsApiApplication in {r.uniform(13, 19):.3f} seconds (process running for {r.uniform(19, 22):.3f})"))
        for k in range(3):
            rec.add(base + 25 + k * 17, S_new, spring("INFO", 1, f"nio-8080-exec-{k + 1}", "c.a.payments.web.PaymentController", f"authorized payment pi_{rec.sfx(14)} amount={r.randint(300, 90000)} currency=EUR in {r.randint(30, 240)}ms"))
        rec.E(base + 30, ns, "Deployment", "payments-api", "ScalingReplicaSet", f"Scaled down replica set payments-api-{rs_old} to {1 - i} from {2 - i}", comp="deployment-controller")
        old = (old1, old2)[i]
        S_old = rec.P(ns, old, "payments-api", (n2, n1)[i], "payments-api")
        rec.add(base + 30.5, S_old, spring("INFO", 1, "ionShutdownHook", "o.s.b.w.e.tomcat.GracefulShutdown", "Commencing graceful shutdown. Waiting for active requests to complete"))
        rec.add(base + 31.2, S_old, spring("INFO", 1, "tomcat-shutdown", "o.s.b.w.e.tomcat.GracefulShutdown", "Graceful shutdown complete"))
        rec.add(base + 31.6, S_old, spring("INFO", 1, "ionShutdownHook", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Shutdown completed."))
    for p, S_nd in ((old1, n2), (old2, n1)):
        S_old = rec.P(ns, p, "payments-api", S_nd, "payments-api")
        rec.spread(S_old, 0, 30, 3, lambda: spring("INFO", 1, f"nio-8080-exec-{r.randint(1, 9)}", "c.a.payments.web.PaymentController", f"authorized payment pi_{rec.sfx(14)} amount={r.randint(300, 90000)} currency=EUR in {r.randint(30, 240)}ms"))
    return dict(question="Argo CD just auto-synced payments. Did the deploy go through cleanly?",
                selector=SEL(ns),
                expected=healthy("Argo CD synced payments to the new commit, the Deployment rolled both replicas (one routine start-up probe refusal before Spring finished booting), the old pods shut down gracefully and the app returned to Healthy; the HPA deprecation warning is informational.",
                                 action="No action needed. Optionally move the HPA manifest to autoscaling/v2."))


@scenario
def s_healthy_kafka_rebalance(rec):
    r = rec.rng
    rec.style = "node"
    ns, cns = "kafka", "orders"
    nodes = [f"worker-{i:02d}" for i in r.sample(range(1, 12), 4)]
    b = [f"events-kafka-{i}" for i in range(3)]
    S_b = [rec.P(ns, b[i], "kafka", nodes[i]) for i in range(3)]
    rs = rec.sfx(10)
    cons = [rec.dpod("order-events-consumer", rs) for _ in range(4)]
    S_cn = [rec.P(cns, cons[i], "consumer", nodes[i % 4]) for i in range(4)]
    lag = rec.dpod("kafka-lag-exporter")
    S_lag = rec.P(ns, lag, "kafka-lag-exporter", nodes[3])
    grp = "order-events-consumer"
    gen = r.randint(30, 60)
    def broker(i, t, msg, lvl="INFO"):
        rec.add(t, S_b[i], f"@PY@ {lvl} {msg}")
    # new consumer starts (HPA scale-up), warns once before bootstrap resolves, then joins
    rec.E(1, cns, "HorizontalPodAutoscaler", grp, "SuccessfulRescale", "New size: 4; reason: cpu resource utilization (percentage of request) above target", comp="horizontal-pod-autoscaler")
    rec.add(14, S_cn[3], spring("INFO", 1, "main", "o.a.k.clients.consumer.ConsumerConfig", "ConsumerConfig values: allow.auto.create.topics = true auto.commit.interval.ms = 5000 auto.offset.reset = latest bootstrap.servers = [events-kafka-bootstrap.kafka.svc:9092] ..."))
    rec.add(14.3, S_cn[3], spring("WARN", 1, "main", "o.a.k.clients.consumer.ConsumerConfig", "These configurations '[spring.json.trusted.packages]' were supplied but are not used yet."))
    rec.add(15.1, S_cn[3], spring("WARN", 1, "ntainer#0-0-C-1", "org.apache.kafka.clients.NetworkClient", f"[Consumer clientId=consumer-{grp}-1, groupId={grp}] Connection to node -1 (events-kafka-bootstrap.kafka.svc/{rec.ip('10.96')}:9092) could not be established. Broker may not be available."))
    rec.add(16.4, S_cn[3], spring("INFO", 1, "ntainer#0-0-C-1", "org.apache.kafka.clients.Metadata", f"[Consumer clientId=consumer-{grp}-1, groupId={grp}] Cluster ID: {rec.sfx(22)}"))
    rec.add(16.9, S_cn[3], spring("INFO", 1, "ntainer#0-0-C-1", "o.a.k.c.c.internals.ConsumerCoordinator", f"[Consumer clientId=consumer-{grp}-1, groupId={grp}] (Re-)joining group"))
    member = f"consumer-{grp}-1-{rec.uid()}"
    broker(1, 17.2, f"[GroupCoordinator 1]: Preparing to rebalance group {grp} in state PreparingRebalance with old generation {gen} (__consumer_offsets-12) (reason: Adding new member {member} with group instance id None; client reason: need to re-join with the given member-id: {member}) (kafka.coordinator.group.GroupCoordinator)")
    for i in range(3):
        rec.add(17.6 + i * 0.2, S_cn[i], spring("INFO", 1, "ntainer#0-0-C-1", "o.a.k.c.c.internals.ConsumerCoordinator", f"[Consumer clientId=consumer-{grp}-1, groupId={grp}] Request joining group due to: group is already rebalancing"))
        rec.add(18.0 + i * 0.2, S_cn[i], spring("INFO", 1, "ntainer#0-0-C-1", "o.a.k.c.c.internals.ConsumerCoordinator", f"[Consumer clientId=consumer-{grp}-1, groupId={grp}] Revoke previously assigned partitions orders-{2 * i}, orders-{2 * i + 1}"))
    broker(1, 20.1, f"[GroupCoordinator 1]: Stabilized group {grp} generation {gen + 1} (__consumer_offsets-12) with 4 members (kafka.coordinator.group.GroupCoordinator)")
    broker(1, 20.3, f"[GroupCoordinator 1]: Assignment received from leader {member} for group {grp} for generation {gen + 1}. The group has 4 members, 0 of which are static. (kafka.coordinator.group.GroupCoordinator)")
    for i in range(4):
        parts = [f"orders-{j}" for j in range(8) if j % 4 == i]
        rec.add(20.6 + i * 0.1, S_cn[i], spring("INFO", 1, "ntainer#0-0-C-1", "o.a.k.c.c.internals.ConsumerCoordinator", f"[Consumer clientId=consumer-{grp}-1, groupId={grp}] Successfully joined group with generation Generation{{generationId={gen + 1}, memberId='consumer-{grp}-1-{rec.uid()}', protocol='range'}}"))
        rec.add(20.9 + i * 0.1, S_cn[i], spring("INFO", 1, "ntainer#0-0-C-1", "o.s.k.l.KafkaMessageListenerContainer", f"{grp}: partitions assigned: [{', '.join(parts)}]"))
    # routine broker housekeeping
    for i in range(3):
        broker(i, r.uniform(30, 300), f"[LocalLog partition=orders-{r.randint(0, 7)}, dir=/var/lib/kafka/data-0/kafka-log{i}] Rolled new log segment at offset {r.randint(40000000, 90000000)} in {r.randint(1, 6)} ms. (kafka.log.LocalLog)")
        broker(i, r.uniform(30, 300), f"[ProducerStateManager partition=orders-{r.randint(0, 7)}] Wrote producer snapshot at offset {r.randint(40000000, 90000000)} with 0 producer ids in 2 ms. (kafka.log.ProducerStateManager)")
        broker(i, r.uniform(30, 300), f"[UnifiedLog partition=orders-{r.randint(0, 7)}, dir=/var/lib/kafka/data-0/kafka-log{i}] Deleting segment LogSegment(baseOffset={r.randint(1000000, 9000000)}, size=1073741{r.randint(100, 999)}, lastModifiedTime={int(rec.base.timestamp() * 1000) - 604900000}, largestRecordTimestamp=Some({int(rec.base.timestamp() * 1000) - 604850000})) due to retention time 604800000ms breach based on the largest record timestamp in the segment (kafka.log.UnifiedLog)")
        broker(i, r.uniform(30, 300), f"[GroupMetadataManager brokerId={i}] Removed 0 expired offsets in 1 milliseconds. (kafka.coordinator.group.GroupMetadataManager)")
    # consumer work
    for i in range(4):
        rec.spread(S_cn[i], 25, 300, 4, lambda: spring("INFO", 1, "ntainer#0-0-C-1", "c.a.orders.events.OrderEventListener", f"processed OrderPlaced order={r.randint(100000, 999999)} partition={r.randint(0, 7)} offset={r.randint(48000000, 49000000)} in {r.randint(2, 40)}ms"))
    rec.spread(S_lag, 0, 300, 6, lambda: f'time="@ISOS@" level=info msg="Consumer group lag" group={grp} topic=orders max_lag=0 sum_lag={r.choice([0, 0, 0, 3, 12])}')
    return dict(question="Consumers in orders logged 'Broker may not be available' and a rebalance. Are we losing messages?",
                selector=SEL(cns, app="order-events-consumer"),
                expected=healthy("An HPA scale-up added a fourth consumer; its first bootstrap connection attempt warned once before succeeding, the group rebalanced cleanly to generation %d with 4 members, brokers only did routine segment rolls and retention deletes, and lag stayed at zero." % (gen + 1),
                                 action="No action needed; the warning and rebalance are routine for a scale-up."))


@scenario
def s_healthy_patroni_routine(rec):
    r = rec.rng
    rec.style = "full"
    ns = "db"
    nodes = [eks_node(rec, "us-east-1") for _ in range(3)]
    pg = [f"orders-pg-{i}" for i in range(3)]
    S = [rec.P(ns, pg[i], "postgres", nodes[i], "orders-pg") for i in range(3)]
    pgb = rec.dpod("orders-pgbouncer")
    S_b = rec.P(ns, pgb, "pgbouncer", nodes[1], "orders-pgbouncer")
    api = rec.dpod("orders-api")
    S_api = rec.P("orders", api, "orders-api", nodes[2], "orders-api")
    for k in range(6):
        t = 3 + k * 60 + r.uniform(0, 2)
        rec.add(t, S[0], f"@PY@ INFO: no action. I am (orders-pg-0), the leader with the lock")
        rec.add(t + 0.4, S[1], f"@PY@ INFO: no action. I am (orders-pg-1), a secondary, and following a leader (orders-pg-0)")
        rec.add(t + 0.7, S[2], f"@PY@ INFO: no action. I am (orders-pg-2), a secondary, and following a leader (orders-pg-0)")
    pid = r.randint(60, 300)
    rec.add(40, S[0], f"@PGTS@ [{pid}] LOG:  checkpoint starting: time")
    rec.add(310, S[0], f"@PGTS@ [{pid}] LOG:  checkpoint complete: wrote {r.randint(2000, 9000)} buffers ({r.uniform(1, 6):.1f}%); 0 WAL file(s) added, 0 removed, {r.randint(1, 4)} recycled; write=269.{r.randint(100, 999)} s, sync=0.00{r.randint(2, 9)} s, total=269.{r.randint(100, 999)} s; sync files={r.randint(40, 200)}, longest=0.001 s, average=0.001 s; distance={r.randint(30000, 90000)} kB, estimate={r.randint(60000, 95000)} kB; lsn=3A/{rec.h(8).upper()}, redo lsn=3A/{rec.h(8).upper()}")
    rec.add(r.uniform(50, 300), S[0], f"@PGTS@ [{r.randint(4000, 9000)}] LOG:  could not receive data from client: Connection reset by peer")
    rec.add(r.uniform(50, 300), S[0], f"@PGTS@ [{r.randint(4000, 9000)}] LOG:  automatic vacuum of table \"orders.public.order_items\": index scans: 1")
    rec.add(r.uniform(50, 300), S[0], f"@PGTS@ [{r.randint(4000, 9000)}] LOG:  automatic analyze of table \"orders.public.orders\"")
    for i in range(4):
        rec.add(r.uniform(10, 360), S[0], f"INFO: @SLASHUS@ FILE PATH: 00000003000000{rec.h(2).upper()}000000{rec.h(2).upper()}.br")
    rec.add(r.uniform(100, 300), S[1], f"@PGTS@ [{r.randint(60, 300)}] LOG:  restartpoint starting: time")
    rec.add(r.uniform(100, 300), S[2], f"@PGTS@ [{r.randint(4000, 9000)}] LOG:  unexpected EOF on client connection with an open transaction")
    def bstat():
        return f"@SP@ UTC [1] LOG stats: {r.randint(30, 90)} xacts/s, {r.randint(150, 400)} queries/s, {r.randint(20, 90)} client parses/s, 0 server parses/s, 0 binds/s, in {r.randint(30000, 90000)} B/s, out {r.randint(200000, 600000)} B/s, xact {r.randint(900, 3000)} us, query {r.randint(200, 700)} us, wait {r.randint(0, 40)} us"
    rec.spread(S_b, 0, 360, 6, bstat)
    rec.add(r.uniform(0, 360), S_b, f"@SP@ UTC [1] LOG C-0x{rec.h(12)}: orders/app@{rec.ip('10.0')}:{rec.port()} closing because: client close request (age=600s)")
    def api_line():
        return f'ts=@ISO@ level=info caller=http.go:88 msg="request served" method={r.choice(["GET", "GET", "POST"])} path={r.choice(["/v1/orders", "/v1/orders/{id}", "/v1/orders/{id}/items"])} status={r.choice([200, 200, 200, 201, 404])} duration_ms={r.randint(2, 60)}'
    rec.spread(S_api, 0, 360, 10, api_line)
    return dict(question="Anything wrong with the orders Postgres cluster? I see 'Connection reset by peer' in its logs.",
                selector=SEL(ns, app="orders-pg"),
                expected=healthy("Patroni reports the same leader and two streaming secondaries every loop, checkpoints and autovacuum complete normally, WAL-G ships segments, pgbouncer stats are steady; the connection-reset and unexpected-EOF lines are clients closing abruptly.",
                                 action="No action needed."))


@scenario
def s_healthy_karpenter_consolidation(rec):
    r = rec.rng
    rec.evshape = "eventrouter"
    old = eks_node(rec)
    others = [eks_node(rec) for _ in range(3)]
    kp = rec.dpod("karpenter")
    S_k = rec.P("kube-system", kp, "controller", others[0], "karpenter")
    nc = f"default-{rec.sfx(5)}"
    ns = "web"
    rs = rec.sfx(10)
    moved = [rec.dpod("storefront", rs) for _ in range(2)]
    fresh = [rec.dpod("storefront", rs) for _ in range(2)]
    commit = rec.h(7)
    def kl(t, lvl, msg, **kw):
        d = {"level": lvl, "time": "@ISO@", "logger": "controller", "message": msg, "commit": commit}
        d.update(kw)
        rec.add(t, S_k, J(d))
    kl(5, "INFO", "disrupting node(s)", controller="disruption", namespace="", name="", reconcileID=rec.uid(),
       **{"command-id": rec.uid(), "reason": "underutilized", "decision": "delete", "disrupted-node-count": 1,
          "replacement-node-count": 0, "pod-count": 5,
          "disrupted-nodes": [{"Node": {"name": old}, "NodeClaim": {"name": nc}, "capacity-type": "spot", "instance-type": "m6i.xlarge"}],
          "replacement-nodes": []})
    kl(5.3, "INFO", "tainted node", controller="node.termination", Node={"name": old}, taint="karpenter.sh/disrupted:NoSchedule")
    rec.E(5.4, "", "Node", old, "DisruptionTerminating", "Disrupting Node: Underutilized/Delete", comp="karpenter")
    kl(6, "ERROR", "failed to evict pod", controller="node.termination", Node={"name": old},
       error=f"evicting pod {ns}/{moved[0]}: Cannot evict pod as it would violate the pod's disruption budget.")
    kl(12, "INFO", "evicted pod", controller="node.termination", Node={"name": old}, Pod={"name": moved[1], "namespace": ns})
    rec.E(12.2, ns, "Pod", moved[1], "Killing", "Stopping container storefront", host=old, field="spec.containers{storefront}")
    rec.E(13, ns, "Pod", fresh[1], "FailedScheduling", f"0/4 nodes are available: 1 node(s) had untolerated taint {{karpenter.sh/disrupted: }}, 3 Insufficient cpu. preemption: 0/4 nodes are available: 1 Preemption is not helpful for scheduling, 3 No preemption victims found for incoming pod.", type_="Warning", comp="default-scheduler")
    rec.E(16, ns, "Pod", fresh[1], "Scheduled", f"Successfully assigned {ns}/{fresh[1]} to {others[1]}", comp="default-scheduler")
    kl(22, "INFO", "evicted pod", controller="node.termination", Node={"name": old}, Pod={"name": moved[0], "namespace": ns})
    rec.E(22.2, ns, "Pod", moved[0], "Killing", "Stopping container storefront", host=old, field="spec.containers{storefront}")
    rec.E(23, ns, "Pod", fresh[0], "Scheduled", f"Successfully assigned {ns}/{fresh[0]} to {others[2]}", comp="default-scheduler")
    for i, p in enumerate(fresh):
        nd = others[1 + i]
        t0 = 17 + i * 7
        rec.E(t0 + 1, ns, "Pod", p, "Pulled", 'Container image "public.ecr.aws/acme/storefront:3.8.2" already present on machine', host=nd, field="spec.containers{storefront}")
        rec.E(t0 + 1.4, ns, "Pod", p, "Started", "Started container storefront", host=nd, field="spec.containers{storefront}")
        S_p = rec.P(ns, p, "storefront")
        rec.add(t0 + 2.5, S_p, pino("info", "Server listening at http://0.0.0.0:3000", p))
        rec.spread(S_p, t0 + 4, 200, 5, lambda p=p: pino("info", "request completed", p, reqId=f"req-{r.randint(1, 900)}", res={"statusCode": r.choice([200, 200, 200, 304])}, responseTime=round(r.uniform(2, 60), 3)))
    for i, p in enumerate(moved):
        S_p = rec.P(ns, p, "storefront")
        rec.spread(S_p, 0, 11 + i * 10, 3, lambda p=p: pino("info", "request completed", p, reqId=f"req-{r.randint(1, 900)}", res={"statusCode": 200}, responseTime=round(r.uniform(2, 60), 3)))
        rec.add(12.3 + i * 10, S_p, pino("info", "Received SIGTERM, closing server", p))
        rec.add(12.8 + i * 10, S_p, pino("info", "Server closed", p))
    kl(40, "INFO", "deleted node", controller="node.termination", Node={"name": old})
    kl(41, "INFO", "deleted nodeclaim", controller="nodeclaim.termination", NodeClaim={"name": nc}, Node={"name": old}, **{"provider-id": f"aws:///eu-west-1b/i-0{rec.h(16)}"})
    rec.E(41.5, "", "Node", old, "RemovingNode", f"Node {old} event: Removing Node {old} from Controller", comp="node-controller")
    for _ in range(4):
        kl(r.uniform(60, 200), "INFO", "discovered ssm parameter", controller="nodeclass", parameter="/aws/service/eks/optimized-ami/1.29/amazon-linux-2023/x86_64/standard/recommended/image_id", value=f"ami-0{rec.h(16)}")
    kubelet_noise(rec, others[1], 0, 200, 6, [f"{ns}/{p}" for p in fresh])
    return dict(question=None, selector=SEL(ns),
                expected=healthy("Karpenter consolidated an underutilised spot node: it tainted the node, retried one eviction blocked by the PodDisruptionBudget, the storefront pods were rescheduled (one brief FailedScheduling while the taint applied) and served traffic on the remaining nodes before the node and its NodeClaim were deleted.",
                                 action="No action needed; this is planned consolidation."))


@scenario
def s_healthy_spark_batch(rec):
    r = rec.rng
    rec.style = "app"
    ns = "spark-jobs"
    app = "daily-agg"
    sid = rec.h(8)
    drv = f"{app}-driver"
    execs = [f"{app}-{sid}-exec-{i}" for i in range(1, 4)]
    n = [gke_node(rec, "data", "spark-pool") for _ in range(3)]
    S_d = rec.P(ns, drv, "spark-kubernetes-driver", n[0], app)
    S_e = [rec.P(ns, execs[i], "spark-kubernetes-executor", n[i], app) for i in range(3)]
    op = rec.dpod("spark-operator-controller")
    S_op = rec.P("spark-operator", op, "spark-operator-controller", n[1], "spark-operator")
    def d(t, lvl, cls, msg):
        rec.add(t, S_d, f"@SPARK@ {lvl} {cls}: {msg}")
    d(0, "INFO", "SparkContext", "Running Spark version 3.5.1")
    d(0.4, "WARN", "NativeCodeLoader", "Unable to load native-hadoop library for your platform... using builtin-java classes where applicable")
    d(1.2, "INFO", "SparkContext", f"Submitted application: {app}")
    d(3, "INFO", "ExecutorPodsAllocator", "Going to request 3 executors from Kubernetes for ResourceProfile Id: 0, target: 3, known: 0, sharedSlotFromPendingPods: 2147483647.")
    d(3.3, "INFO", "BasicExecutorFeatureStep", "Decommissioning not enabled, skipping shutdown script")
    for i in range(3):
        ip = rec.ip("10.8")
        d(14 + i, "INFO", "KubernetesClusterSchedulerBackend$KubernetesDriverEndpoint", f"Registered executor NettyRpcEndpointRef(spark-client://Executor) ({ip}:{rec.port()}) with ID {i + 1},  ResourceProfileId 0")
        rec.add(12 + i, S_e[i], f"@SPARK@ INFO CoarseGrainedExecutorBackend: Started daemon with process name: 14@{execs[i]}")
        rec.add(12.3 + i, S_e[i], "@SPARK@ INFO SignalUtils: Registering signal handler for TERM")
        rec.add(13.5 + i, S_e[i], "@SPARK@ INFO CoarseGrainedExecutorBackend: Successfully registered with driver")
    for st in range(4):
        t = 20 + st * 35
        d(t, "INFO", "DAGScheduler", f"Submitting {r.choice([24, 48, 200])} missing tasks from ShuffleMapStage {st} (MapPartitionsRDD[{st * 3 + 4}] at save at NativeMethodAccessorImpl.java:0) (first 15 tasks are for partitions Vector(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14))")
        for i in range(3):
            rec.add(t + r.uniform(4, 30), S_e[i], f"@SPARK@ INFO Executor: Finished task {r.randint(0, 47)}.0 in stage {st}.0 (TID {st * 48 + r.randint(0, 47)}). {r.randint(1800, 5200)} bytes result sent to driver")
        d(t + 33, "INFO", "DAGScheduler", f"ShuffleMapStage {st} (save at NativeMethodAccessorImpl.java:0) finished in {r.uniform(20, 33):.3f} s")
    tid = r.randint(150, 190)
    d(118, "INFO", "TaskSetManager", f"Killing attempt 0 for task 18.0 in stage 3.0 (TID {tid}) on {rec.ip('10.8')} as the attempt 1 succeeded on {rec.ip('10.8')}")
    d(118.2, "WARN", "TaskSetManager", f"Lost task 18.0 in stage 3.0 (TID {tid}) ({rec.ip('10.8')} executor 2): TaskKilled (another attempt succeeded)")
    d(160, "INFO", "DAGScheduler", f"Job 0 finished: save at NativeMethodAccessorImpl.java:0, took {r.uniform(130, 150):.6f} s")
    d(161, "INFO", "FileFormatWriter", f"Write Job {rec.uid()} committed. Elapsed time: {r.randint(800, 3000)} ms.")
    d(162, "INFO", "SparkContext", "SparkContext is stopping with exitCode 0.")
    d(162.2, "INFO", "SparkUI", f"Stopped Spark web UI at http://{app}-{sid}-driver-svc.{ns}.svc:4040")
    d(162.4, "INFO", "KubernetesClusterSchedulerBackend", "Shutting down all executors")
    d(162.5, "INFO", "KubernetesClusterSchedulerBackend$KubernetesDriverEndpoint", "Asking each executor to shut down")
    for i in range(3):
        rec.add(162.7 + i * 0.05, S_e[i], "@SPARK@ INFO CoarseGrainedExecutorBackend: Driver commanded a shutdown")
        rec.add(163.1 + i * 0.05, S_e[i], "@SPARK@ ERROR CoarseGrainedExecutorBackend: RECEIVED SIGNAL TERM")
    d(163.5, "INFO", "SparkContext", "Successfully stopped SparkContext")
    d(163.8, "INFO", "ShutdownHookManager", "Shutdown hook called")
    opid = r.randint(8, 40)
    rec.add(2, S_op, klog("I", opid, "controller.go:163", f"SparkApplication {ns}/{app} was updated, enqueuing"))
    rec.add(2.2, S_op, klog("I", opid, "controller.go:721", f"Update the status of SparkApplication {ns}/{app} from: SUBMITTED -> RUNNING"))
    rec.add(165, S_op, klog("I", opid, "controller.go:721", f"Update the status of SparkApplication {ns}/{app} from: RUNNING -> SUCCEEDING"))
    rec.add(170, S_op, klog("I", opid, "controller.go:721", f"Update the status of SparkApplication {ns}/{app} from: SUCCEEDING -> COMPLETED"))
    rec.E(171, ns, "SparkApplication", app, "SparkApplicationCompleted", f"SparkApplication {app} completed", comp="spark-operator")
    rec.E(166, ns, "SparkApplication", app, "SparkDriverCompleted", f"Driver {drv} completed", comp="spark-operator")
    return dict(question="The daily-agg Spark job logged ERROR and 'Lost task' lines. Did it fail?",
                selector=SEL(ns, app=app),
                expected=healthy("The Spark job ran all four stages and committed its output; the 'Lost task ... TaskKilled (another attempt succeeded)' line is speculative execution and 'RECEIVED SIGNAL TERM' is the executors' normal shutdown after the driver finished. The operator marked the application COMPLETED.",
                                 action="No action needed."))


@scenario
def s_healthy_opensearch_rolling_restart(rec):
    r = rec.rng
    ns = "logging"
    n = [aks_node(rec, "search") for _ in range(3)]
    m = [f"opensearch-cluster-master-{i}" for i in range(3)]
    S = [rec.P(ns, m[i], "opensearch", n[i]) for i in range(3)]
    fb_nodes = [aks_node(rec, "nodepool1") for _ in range(2)]
    fb = [rec.dspod("fluent-bit") for _ in range(2)]
    S_fb = [rec.P(ns, fb[i], "fluent-bit", fb_nodes[i]) for i in range(2)]
    def os_(i, t, lvl, logger, msg):
        rec.add(t, S[i], f"[@ISOC@][{lvl:<5}][{logger}] [{m[i]}] {msg}")
    nid = rec.sfx(22)
    rec.E(2, ns, "StatefulSet", "opensearch-cluster-master", "SuccessfulDelete", f"delete Pod {m[2]} in StatefulSet opensearch-cluster-master successful", comp="statefulset-controller")
    rec.E(2.5, ns, "Pod", m[2], "Killing", "Stopping container opensearch", host=n[2], field="spec.containers{opensearch}")
    os_(2, 3, "INFO", "o.o.n.Node", "stopping ...")
    os_(2, 5, "INFO", "o.o.n.Node", "stopped")
    os_(0, 6, "INFO", "o.o.c.s.MasterService", f"node-left[{{{m[2]}}}{{{nid}}}{{{rec.ip('10.244')}:9300}} reason: disconnected], term: 14, version: {r.randint(90000, 99999)}, delta: removed {{{{{m[2]}}}}}")
    os_(0, 6.4, "INFO", "o.o.c.r.a.AllocationService", f"Cluster health status changed from [GREEN] to [YELLOW] (reason: [{{{m[2]}}}{{{nid}}} reason: disconnected]).")
    os_(0, 7, "INFO", "o.o.c.r.DelayedAllocationService", "scheduling reroute for delayed shards in [59.4s] (24 delayed shards)")
    rec.E(40, ns, "Pod", m[2], "Started", "Started container opensearch", host=n[2], field="spec.containers{opensearch}")
    os_(2, 42, "INFO", "o.o.n.Node", f"version[2.12.0], pid[1], build[tar/2587cb7d9f4e1ff8b4ac2b0d8bda1c3b3fca1e58/2024-02-16T22:47:01.128286940Z], OS[Linux/5.15.0-1057-azure/amd64], JVM[Eclipse Adoptium/OpenJDK 64-Bit Server VM/21.0.2/21.0.2+13-LTS]")
    os_(2, 43, "INFO", "o.o.n.Node", "JVM arguments [-Xshare:auto, -Xms4g, -Xmx4g, -XX:+UseG1GC, ...]")
    rec.E(50, ns, "Pod", m[2], "Unhealthy", "Readiness probe failed: Waiting for OpenSearch cluster to respond...", type_="Warning", host=n[2], field="spec.containers{opensearch}")
    os_(2, 58, "INFO", "o.o.s.c.ConfigurationRepository", f"Node '{m[2]}' initialized")
    os_(0, 60, "INFO", "o.o.c.s.MasterService", f"node-join[{{{m[2]}}}{{{nid}}}{{{rec.ip('10.244')}:9300}} join existing leader], term: 14, version: {r.randint(90000, 99999)}, delta: added {{{{{m[2]}}}}}")
    os_(0, 95, "INFO", "o.o.c.r.a.AllocationService", "Cluster health status changed from [YELLOW] to [GREEN] (reason: [shards started [[logs-app-000412][2]]]).")
    os_(1, 30, "WARN", "o.o.m.j.JvmGcMonitorService", f"[gc][{r.randint(100000, 400000)}] overhead, spent [{r.randint(300, 600)}ms] collecting in the last [1s]")
    os_(1, 120, "INFO", "o.o.i.i.ManagedIndexRunner", "Executing attempt_rollover for logs-app-000412")
    os_(1, 121, "INFO", "o.o.i.i.ManagedIndexRunner", "Successfully rolled over index logs-app-000412 to logs-app-000413")
    os_(0, 70, "WARN", "o.o.d.r.RestController", "[types removal] Specifying types in bulk requests is deprecated.")
    for i in range(2):
        chunk = f"1-{int(rec.base.timestamp())}.{r.randint(100000000, 999999999)}.flb"
        tid = r.randint(0, 12)
        rec.add(8 + i * 3, S_fb[i], f"[@SLASH@] [ warn] [engine] failed to flush chunk '{chunk}', retry in {r.randint(6, 11)} seconds: task_id={tid}, input=tail.0 > output=opensearch.0 (out_id=0)")
        rec.add(19 + i * 3, S_fb[i], f"[@SLASH@] [ info] [engine] flush chunk '{chunk}' succeeded at retry 1: task_id={tid}, input=tail.0 > output=opensearch.0 (out_id=0)")
        rec.spread(S_fb[i], 0, 140, 4, lambda: f"[@SLASH@] [ info] [input:tail:tail.0] inotify_fs_add(): inode={r.randint(1000000, 9999999)} watch_fd={r.randint(10, 90)} name=/var/log/containers/{rec.dpod(r.choice(['api', 'worker', 'web']))}_apps_{r.choice(['api', 'worker', 'web'])}-{rec.h(64)}.log")
    for i in range(3):
        rec.spread(S[i], 100, 160, 2, lambda i=i: f"[@ISOC@][INFO ][o.o.c.m.MetadataMappingService] [{m[i]}] [logs-app-000413/{rec.sfx(22)}] update_mapping [_doc]")
    return dict(question="OpenSearch went YELLOW and Fluent Bit failed to flush chunks. Do we need to do anything?",
                selector=SEL(ns),
                expected=healthy("A planned StatefulSet rolling restart took opensearch-cluster-master-2 down: the cluster went YELLOW with delayed allocation, the node rejoined after its usual start-up readiness failure and the cluster returned to GREEN. Fluent Bit's failed flushes were retried and succeeded; the GC and types-removal warnings are routine.",
                                 action="No action needed."))


@scenario
def s_healthy_cert_renewal(rec):
    r = rec.rng
    rec.style = "node"
    ns = "web"
    n = [f"k8s-w{i}.dc1.acme.internal" for i in r.sample(range(1, 9), 3)]
    cm = rec.dpod("cert-manager")
    S_cm = rec.P("cert-manager", cm, "cert-manager-controller", n[0])
    ic = rec.dpod("ingress-nginx-controller")
    S_ic = rec.P("ingress-nginx", ic, "controller", n[1])
    solver = f"cm-acme-http-solver-{rec.sfx(5)}"
    S_sv = rec.P(ns, solver, "acmesolver", n[2])
    cid = r.randint(1, 9)
    cpid = 1
    cert = "shop-tls"
    host = "shop.acme-retail.com"
    tok = rec.sfx(43)
    rec.add(1, S_cm, klog("I", cpid, "trigger_controller.go:223", f'"Certificate must be re-issued" logger="cert-manager.certificates-trigger" key="{ns}/{cert}" reason="Renewing" message="Renewing certificate as renewal was scheduled at {rec.at(-120, "SP0")} +0000 UTC"'))
    rec.E(1.2, ns, "Certificate", cert, "Issuing", "Renewing certificate as renewal was scheduled at " + rec.at(-120, "SP0") + " +0000 UTC", comp="cert-manager-certificates-trigger")
    rec.E(2, ns, "Certificate", cert, "Requested", f"Created new CertificateRequest resource \"{cert}-{cid}\"", comp="cert-manager-certificates-request-manager")
    rec.E(3, ns, "Order", f"{cert}-{cid}-{r.randint(100000000, 999999999)}", "Created", f"Created Challenge resource \"{cert}-{cid}-{r.randint(100000000, 999999999)}-{r.randint(100000000, 999999999)}\" for domain \"{host}\"", comp="cert-manager-orders")
    rec.add(4, S_ic, klog("I", 7, "event.go:377", f'Event(v1.ObjectReference{{Kind:"Ingress", Namespace:"{ns}", Name:"cm-acme-http-solver-{rec.sfx(5)}", UID:"{rec.uid()}", APIVersion:"networking.k8s.io/v1", ResourceVersion:"{r.randint(1000000, 9999999)}", FieldPath:""}}): type: \'Normal\' reason: \'Sync\' Scheduled for sync'))
    rec.add(4.5, S_ic, klog("I", 7, "controller.go:193", '"Configuration changes detected, backend reload required"'))
    rec.add(5.6, S_ic, klog("I", 7, "controller.go:213", '"Backend successfully reloaded"'))
    rec.add(5.8, S_ic, klog("I", 7, "event.go:377", f'Event(v1.ObjectReference{{Kind:"Pod", Namespace:"ingress-nginx", Name:"{ic}", UID:"{rec.uid()}", APIVersion:"v1", ResourceVersion:"{r.randint(1000000, 9999999)}", FieldPath:""}}): type: \'Normal\' reason: \'RELOAD\' NGINX reload triggered due to a change in configuration'))
    rec.add(4.2, S_cm, klog("E", cpid, "sync.go:190", f'"propagation check failed" err="failed to perform self check GET request \'http://{host}/.well-known/acme-challenge/{tok}\': Get \\"http://{host}/.well-known/acme-challenge/{tok}\\": dial tcp 203.0.113.24:80: connect: connection refused" logger="cert-manager.challenges" resource_name="{cert}-{cid}-{r.randint(100000000, 999999999)}-{r.randint(100000000, 999999999)}" resource_namespace="{ns}" resource_kind="Challenge" resource_version="v1" dnsName="{host}" type="HTTP-01"'))
    rec.add(15, S_cm, klog("I", cpid, "sync.go:207", f'"Challenge scheduled for processing" logger="cert-manager.challenges" dnsName="{host}" type="HTTP-01"'))
    rec.add(3.5, S_sv, klog("I", 1, "solver.go:39", f'"starting listener" logger="cert-manager.acmesolver" expected_domain="{host}" expected_token="{tok}" expected_key="{tok}.{rec.sfx(43)}" listen_port=8089'))
    for k in range(2):
        rec.add(16 + k * 2, S_ic, nginx_access(rec, f"/.well-known/acme-challenge/{tok}", 200, f"{ns}-{solver}-8089", f"{rec.ip()}:8089", ua="Mozilla/5.0 (compatible; Let's Encrypt validation server; +https://www.letsencrypt.org)", size=87, client=f"23.178.112.{r.randint(100, 220)}"))
        rec.add(16.1 + k * 2, S_sv, klog("I", 1, "solver.go:112", f'"got successful challenge request, writing key" logger="cert-manager.acmesolver" host="{host}" path="/.well-known/acme-challenge/{tok}" base_path="/.well-known/acme-challenge" token="{tok}"'))
    rec.add(24, S_cm, klog("I", cpid, "acme.go:236", f'"certificate issued" logger="cert-manager.certificaterequests-issuer-acme.sign" resource_name="{cert}-{cid}" resource_namespace="{ns}" resource_kind="CertificateRequest" resource_version="v1" related_resource_name="{cert}-{cid}-{r.randint(100000000, 999999999)}" related_resource_namespace="{ns}" related_resource_kind="Order" related_resource_version="v1"'))
    rec.E(25, ns, "Certificate", cert, "Issuing", "The certificate has been successfully issued", comp="cert-manager-certificates-issuing")
    rec.add(26, S_ic, klog("I", 7, "backend_ssl.go:67", f'"Adding secret to local store" name="{ns}/{cert}"'))
    rec.add(27, S_ic, klog("I", 7, "controller.go:193", '"Configuration changes detected, backend reload required"'))
    rec.add(28, S_ic, klog("I", 7, "controller.go:213", '"Backend successfully reloaded"'))
    nginx_noise(rec, S_ic, 0, 240, 14, f"{ns}-storefront-80", [f"{rec.ip()}:3000" for _ in range(3)], ["/", "/products", "/cart", "/api/v1/products?page=2", "/static/app.9f1c.js"], scan=3)
    rec.add(r.uniform(60, 200), S_ic, klog("W", 7, "controller.go:1219", f'Service "{ns}/legacy-admin" does not have any active Endpoint.'))
    return dict(question="cert-manager logged 'propagation check failed ... connection refused' for shop-tls. Is the certificate going to expire?",
                selector=SEL(ns),
                expected=healthy("cert-manager renewed shop-tls on schedule: the first HTTP-01 self-check failed before the solver route was loaded, the next attempt passed, Let's Encrypt validated the challenge and the new certificate was issued and loaded by ingress-nginx. Other 404s are scanners and the legacy-admin endpoint warning concerns an intentionally scaled-down service.",
                                 action="No action needed."))


@scenario
def s_healthy_keda_scale_from_zero(rec):
    r = rec.rng
    rec.style = "promtail"
    ns = "billing"
    n = [aks_node(rec, "workers") for _ in range(2)]
    keda = rec.dpod("keda-operator")
    S_k = rec.P("keda", keda, "keda-operator", n[0], "keda-operator")
    rmq = "rabbitmq-server-0"
    S_r = rec.P("messaging", rmq, "rabbitmq", n[1], "rabbitmq")
    w = rec.dpod("invoice-renderer")
    S_w = rec.P(ns, w, "renderer", n[0], "invoice-renderer")
    def kd(t, msg, **kw):
        d = {"level": "info", "ts": "@ISO@", "logger": "scaleexecutor", "msg": msg, "scaledobject.Name": "invoice-renderer",
             "scaledObject.Namespace": ns, "scaleTarget.Name": "invoice-renderer"}
        d.update(kw)
        rec.add(t, S_k, J(d))
    kd(3, "Successfully updated ScaleTarget", **{"Original Replicas Count": 0, "New Replicas Count": 1})
    rec.E(3.1, ns, "ScaledObject", "invoice-renderer", "KEDAScaleTargetActivated", f"Scaled apps/v1.Deployment {ns}/invoice-renderer from 0 to 1, triggered by rabbitMQScaler", comp="keda-operator")
    rec.E(3.3, ns, "Deployment", "invoice-renderer", "ScalingReplicaSet", f"Scaled up replica set invoice-renderer-{w.split('-')[2]} to 1 from 0", comp="deployment-controller")
    rec.E(20, ns, "HorizontalPodAutoscaler", "keda-hpa-invoice-renderer", "FailedGetResourceMetric", "failed to get cpu utilization: unable to get metrics for resource cpu: no metrics returned from resource metrics API", type_="Warning", comp="horizontal-pod-autoscaler")
    rec.add(9, S_w, "INFO:pika.adapters.utils.connection_workflow:Pika version 1.3.2 connecting to ('10.0.41.17', 5672)")
    rec.add(9.2, S_w, "INFO:pika.adapters.utils.io_services_utils:Socket connected: <socket.socket fd=6, family=2, type=1, proto=6, laddr=('10.244.3.19', 40112), raddr=('10.0.41.17', 5672)>")
    rec.add(9.6, S_w, "INFO:pika.adapters.blocking_connection:Created channel=1")
    cp = f"<0.{r.randint(20000, 40000)}.0>"
    rec.add(9.3, S_r, f"@SPUS@+00:00 [info] {cp} accepting AMQP connection {cp} (10.244.3.19:40112 -> 10.244.1.5:5672)")
    rec.add(9.5, S_r, f"@SPUS@+00:00 [info] {cp} connection {cp} (10.244.3.19:40112 -> 10.244.1.5:5672): user 'renderer' authenticated and granted access to vhost 'billing'")
    for k in range(12):
        rec.add(11 + k * r.uniform(6, 12), S_w, f"INFO:renderer.worker:rendered invoice INV-2026-{r.randint(1000, 9999)} pages={r.randint(1, 6)} in {r.randint(300, 1400)}ms")
    rec.add(60, S_w, "WARNING:renderer.pdf:font 'Inter-SemiBold' not embedded, falling back to 'DejaVuSans-Bold'")
    kd(300, "Successfully scaled ScaleTarget to 0 replicas")
    rec.E(300.2, ns, "ScaledObject", "invoice-renderer", "KEDAScaleTargetDeactivated", f"Deactivated apps/v1.Deployment {ns}/invoice-renderer from 1 to 0", comp="keda-operator")
    rec.add(301, S_w, "INFO:renderer.main:SIGTERM received, finishing current message and closing channel")
    rec.add(301.3, S_r, f"@SPUS@+00:00 [warning] {cp} closing AMQP connection {cp} (10.244.3.19:40112 -> 10.244.1.5:5672, vhost: 'billing', user: 'renderer'):")
    rec.add(301.31, S_r, f"@SPUS@+00:00 [warning] {cp} client unexpectedly closed TCP connection")
    for _ in range(6):
        rec.add(r.uniform(0, 300), S_k, J({"level": "info", "ts": "@ISO@", "logger": "controllers.ScaledObject", "msg": "Reconciling ScaledObject", "ScaledObject": {"name": r.choice(["invoice-renderer", "email-sender", "pdf-archiver"]), "namespace": ns}, "reconcileID": rec.uid()}))
    for _ in range(5):
        c2 = f"<0.{r.randint(20000, 40000)}.0>"
        rec.add(r.uniform(0, 300), S_r, f"@SPUS@+00:00 [info] {c2} connection {c2} ({rec.ip()}:{rec.port()} -> 10.244.1.5:5672): user '{r.choice(['email-sender', 'pdf-archiver', 'billing-api'])}' authenticated and granted access to vhost 'billing'")
    return dict(question="The billing invoice renderer keeps going to zero replicas and RabbitMQ says 'client unexpectedly closed TCP connection'. Is something crashing it?",
                selector=SEL(ns, app="invoice-renderer"),
                expected=healthy("KEDA activated the invoice renderer from zero when messages arrived, it rendered invoices, and after the cool-down KEDA scaled it back to zero; RabbitMQ's 'unexpectedly closed' warning is the worker pod stopping, and the HPA metric warning is the usual gap right after scale-from-zero.",
                                 action="No action needed; scale-to-zero is configured behaviour."))


@scenario
def s_healthy_gke_node_upgrade(rec):
    r = rec.rng
    rec.hstyle = "otel"
    rec.style = "otel"
    ns = "shop"
    old = gke_node(rec, "prod", "default-pool")
    new = gke_node(rec, "prod", "default-pool")
    other = gke_node(rec, "prod", "default-pool")
    rs = rec.sfx(10)
    cart_old, cart_new = rec.dpod("cart", rs), rec.dpod("cart", rs)
    cart_keep = rec.dpod("cart", rs)
    S_old = rec.P(ns, cart_old, "server", old, "cart")
    S_new = rec.P(ns, cart_new, "server", new, "cart")
    S_keep = rec.P(ns, cart_keep, "server", other, "cart")
    rec.E(2, "", "Node", old, "NodeNotSchedulable", f"Node {old} status is now: NodeNotSchedulable", host=old)
    pid = r.randint(1800, 3500)
    rec.E(8, ns, "Pod", cart_old, "Killing", "Stopping container server", host=old, field="spec.containers{server}")
    rec.add(8.3, S_old, J({"severity": "INFO", "time": "@ISO9@", "message": "shutting down server, draining connections", "open_connections": 3}))
    rec.add(10.1, S_old, J({"severity": "INFO", "time": "@ISO9@", "message": "server stopped"}))
    rec.host(40, old, "kubelet.service", klog("I", pid, "nodeshutdown_manager_linux.go:265", '"Shutdown manager detected new shutdown event, isNodeShuttingDownNow" event=true'))
    rec.host(40.2, old, "kubelet.service", klog("I", pid, "nodeshutdown_manager_linux.go:273", '"Shutdown manager detected new shutdown event" event="shutdown"'))
    rec.host(40.5, old, "kubelet.service", klog("I", pid, "nodeshutdown_manager_linux.go:322", '"Shutdown manager processing shutdown event"'))
    rec.host(41, old, "kubelet.service", klog("I", pid, "nodeshutdown_manager_linux.go:375", f'"Shutdown manager killing pod with gracePeriod" pod="kube-system/fluentbit-gke-{rec.sfx()}" gracePeriod=15'))
    rec.host(57, old, "kubelet.service", klog("I", pid, "nodeshutdown_manager_linux.go:417", '"Shutdown manager completed processing shutdown event, node will shutdown shortly"'))
    rec.E(95, "", "Node", old, "NodeNotReady", f"Node {old} status is now: NodeNotReady", comp="node-controller")
    rec.E(140, "", "Node", old, "RemovingNode", f"Node {old} event: Removing Node {old} from Controller", comp="node-controller")
    npid = r.randint(1800, 3500)
    rec.host(150, new, "kubelet.service", klog("I", npid, "server.go:487", '"Kubelet version" kubeletVersion="v1.29.1-gke.1589017"'))
    rec.host(150.5, new, "kubelet.service", klog("W", npid, "machine.go:65", "Cannot read vendor id correctly, set empty."))
    rec.host(152, new, "kubelet.service", klog("I", npid, "kubelet_node_status.go:73", f'"Attempting to register node" node="{new}"'))
    rec.host(152.4, new, "kubelet.service", klog("I", npid, "kubelet_node_status.go:76", f'"Successfully registered node" node="{new}"'))
    rec.E(153, "", "Node", new, "RegisteredNode", f"Node {new} event: Registered Node {new} in Controller", comp="node-controller")
    rec.E(166, "", "Node", new, "NodeReady", f"Node {new} status is now: NodeReady", host=new)
    rec.E(9, ns, "Pod", cart_new, "FailedScheduling", "0/3 nodes are available: 1 node(s) were unschedulable, 2 Insufficient memory. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.", type_="Warning", comp="default-scheduler")
    rec.E(168, ns, "Pod", cart_new, "Scheduled", f"Successfully assigned {ns}/{cart_new} to {new}", comp="default-scheduler")
    rec.E(175, ns, "Pod", cart_new, "Pulled", 'Successfully pulled image "us-docker.pkg.dev/acme-shop/apps/cart:2.7.1" in 4.1s (4.1s including waiting)', host=new, field="spec.containers{server}")
    rec.E(175.5, ns, "Pod", cart_new, "Started", "Started container server", host=new, field="spec.containers{server}")
    rec.add(176.3, S_new, J({"severity": "INFO", "time": "@ISO9@", "message": "connected to redis", "addr": "redis-cart:6379"}))
    rec.add(176.5, S_new, J({"severity": "INFO", "time": "@ISO9@", "message": "listening", "port": 7070}))
    def cl():
        return J({"severity": "INFO", "time": "@ISO9@", "message": "rpc served", "method": r.choice(["/hipstershop.CartService/GetCart", "/hipstershop.CartService/AddItem", "/hipstershop.CartService/EmptyCart"]), "code": "OK", "duration_ms": r.randint(1, 12)})
    rec.spread(S_keep, 0, 260, 10, cl)
    rec.spread(S_new, 178, 260, 5, cl)
    rec.spread(S_old, 0, 7.5, 3, cl)
    kubelet_noise(rec, new, 170, 260, 4, [f"{ns}/{cart_new}"])
    return dict(question="We saw NodeNotReady on a production node this morning. Is anything broken in the shop?",
                selector=SEL(ns),
                expected=healthy("GKE upgraded a node in the default pool: it was cordoned, cart was drained gracefully, kubelet's graceful node shutdown ran, the node went NotReady only after shutdown and was removed, and its replacement on v1.29.1-gke registered and ran the rescheduled cart pod; the FailedScheduling was transient while the replacement booted.",
                                 action="No action needed; this was a managed node upgrade."))


@scenario
def s_healthy_flux_reconcile(rec):
    r = rec.rng
    rec.evshape = "alloy"
    n = ["k3s-server-1", "k3s-agent-2", "k3s-agent-3"]
    sc = rec.dpod("source-controller")
    kc = rec.dpod("kustomize-controller")
    hc = rec.dpod("helm-controller")
    S_s = rec.P("flux-system", sc, "manager", n[0])
    S_k = rec.P("flux-system", kc, "manager", n[0])
    S_h = rec.P("flux-system", hc, "manager", n[1])
    gp = rec.dpod("grafana")
    S_g = rec.P("monitoring", gp, "grafana", n[2])
    sha = rec.h(40)
    def fx(S, t, msg, level="info", **kw):
        d = {"level": level, "ts": "@ISO@", "msg": msg}
        d.update(kw)
        rec.add(t, S, J(d))
    base_s = {"controller": "gitrepository", "controllerGroup": "source.toolkit.fluxcd.io", "controllerKind": "GitRepository",
              "GitRepository": {"name": "flux-system", "namespace": "flux-system"}, "namespace": "flux-system", "name": "flux-system"}
    fx(S_s, 2, f"stored artifact for commit 'Merge pull request #{r.randint(300, 900)} from acme/bump-grafana'", reconcileID=rec.uid(), **base_s)
    for k in range(3):
        fx(S_s, 62 + k * 60, f"no changes since last reconcilation: observed revision 'main@sha1:{sha}'", reconcileID=rec.uid(), **base_s)
    base_k = {"controller": "kustomization", "controllerGroup": "kustomize.toolkit.fluxcd.io", "controllerKind": "Kustomization", "namespace": "flux-system"}
    fx(S_k, 4, "dependencies do not meet ready condition, retrying in 30s", Kustomization={"name": "apps", "namespace": "flux-system"}, name="apps", reconcileID=rec.uid(), **base_k)
    fx(S_k, 5, "server-side apply for cluster definitions completed", Kustomization={"name": "infra-configs", "namespace": "flux-system"}, name="infra-configs", reconcileID=rec.uid(), output={"HelmRelease/monitoring/grafana": "configured"}, revision=f"main@sha1:{sha}", **base_k)
    fx(S_k, 6, "Reconciliation finished in 1.862s, next run in 10m0s", Kustomization={"name": "infra-configs", "namespace": "flux-system"}, name="infra-configs", reconcileID=rec.uid(), revision=f"main@sha1:{sha}", **base_k)
    fx(S_k, 35, "Reconciliation finished in 2.113s, next run in 10m0s", Kustomization={"name": "apps", "namespace": "flux-system"}, name="apps", reconcileID=rec.uid(), revision=f"main@sha1:{sha}", **base_k)
    base_h = {"controller": "helmrelease", "controllerGroup": "helm.toolkit.fluxcd.io", "controllerKind": "HelmRelease",
              "HelmRelease": {"name": "grafana", "namespace": "monitoring"}, "namespace": "monitoring", "name": "grafana"}
    fx(S_h, 7, "release out-of-sync with desired state: chart version 7.3.7 != 7.3.9", reconcileID=rec.uid(), **base_h)
    fx(S_h, 7.3, "running 'upgrade' action with timeout of 5m0s", reconcileID=rec.uid(), **base_h)
    rec.E(7.4, "monitoring", "HelmRelease", "grafana", "Progressing", "Helm upgrade in progress", comp="helm-controller")
    fx(S_h, 48, "release in-sync with desired state", reconcileID=rec.uid(), **base_h)
    rec.E(48.2, "monitoring", "HelmRelease", "grafana", "UpgradeSucceeded", "Helm upgrade succeeded for release monitoring/grafana.v23 with chart grafana@7.3.9", comp="helm-controller")
    def gf(t, logger, level, msg, extra=""):
        rec.add(t, S_g, f'logger={logger} t=@ISO@ level={level} msg={kq(msg)}{extra}')
    gf(14, "settings", "info", "Starting Grafana", " version=10.4.1 commit=d94d597d84 branch=HEAD compiled=" + rec.at(-9000000, "ISOS"))
    gf(14.3, "settings", "warn", "falling back to legacy setting of 'min_interval_seconds'; please use the configuration option in the `unified_alerting` section if Grafana 8 alerts are enabled.")
    gf(15, "sqlstore", "info", "Connecting to DB", " dbtype=sqlite3")
    gf(15.8, "migrator", "info", "migrations completed", " performed=0 skipped=548 duration=812.4µs")
    gf(17, "plugin.angulardetectorsprovider.dynamic", "info", "Restored cache from database", " duration=412.3µs")
    gf(18, "http.server", "info", "HTTP Server Listen", " address=[::]:3000 protocol=http subUrl= socket=")
    rec.E(19, "monitoring", "Pod", gp, "Unhealthy", f"Readiness probe failed: Get \"http://{rec.ip('10.42')}:3000/api/health\": dial tcp {rec.ip('10.42')}:3000: connect: connection refused", type_="Warning", host=n[2], field="spec.containers{grafana}")
    for _ in range(8):
        t = r.uniform(20, 240)
        if r.random() < 0.35:
            gf(t, "context", "info", "Request Completed", f" userId=0 orgId=0 uname= method=GET path=/api/live/ws status=401 remote_addr={rec.ip('10.42')} time_ms=0 duration=412.1µs size=0 referer= handler=/api/live/ws status_source=server")
        else:
            gf(t, "context", "info", "Request Completed", f" userId={r.randint(1, 40)} orgId=1 uname=user{r.randint(1, 40)} method=GET path=/api/dashboards/uid/{rec.sfx(9)} status=200 remote_addr={rec.ip('10.42')} time_ms={r.randint(4, 60)} duration={r.randint(4, 60)}ms size={r.randint(3000, 90000)} referer= handler=/api/dashboards/uid/:uid status_source=server")
    gf(r.uniform(60, 200), "cleanup", "info", "Completed cleanup jobs", f" duration={r.randint(5, 40)}.{r.randint(100, 999)}ms")
    nc = rec.dpod("notification-controller")
    S_nc = rec.P("flux-system", nc, "manager", n[1])
    for t, obj, reason in ((6.2, "Kustomization/infra-configs", "ReconciliationSucceeded"), (48.4, "HelmRelease/grafana", "UpgradeSucceeded"), (35.2, "Kustomization/apps", "ReconciliationSucceeded")):
        fx(S_nc, t, "dispatching event", controller="event-handler", eventInvolvedObject=obj, eventReason=reason, provider="slack-platform", alert="platform-changes")
    for k in range(3):
        fx(S_k, 90 + k * 60, "Reconciliation finished in 1.{:03d}s, next run in 10m0s".format(r.randint(100, 999)), Kustomization={"name": r.choice(["infra-controllers", "tenants"]), "namespace": "flux-system"}, reconcileID=rec.uid(), revision=f"main@sha1:{sha}", **base_k)
    return dict(question="Flux says dependencies are not ready and Grafana logs 401s after the chart bump. Did the upgrade break Grafana?",
                selector=SEL("monitoring"),
                expected=healthy("Flux picked up the merged commit, the apps Kustomization waited once for its dependency and then reconciled, helm-controller upgraded Grafana to chart 7.3.9, and Grafana started normally (one start-up readiness refusal). The 401s are unauthenticated live-websocket requests, which Grafana always logs.",
                                 action="No action needed."))


@scenario
def s_healthy_airflow_trino(rec):
    r = rec.rng
    rec.style = "app"
    ns = "data"
    n = [eks_node(rec) for _ in range(3)]
    sch = rec.dpod("airflow-scheduler")
    S_sch = rec.P(ns, sch, "scheduler", n[0], "airflow")
    web = rec.dpod("airflow-webserver")
    S_web = rec.P(ns, web, "webserver", n[1], "airflow")
    tpod = f"daily-revenue-wait-for-partition-{rec.sfx(8)}"
    S_t = rec.P(ns, tpod, "base", n[2], "airflow")
    tp2 = f"daily-revenue-aggregate-{rec.sfx(8)}"
    S_t2 = rec.P(ns, tp2, "base", n[1], "airflow")
    co = rec.dpod("trino-coordinator")
    S_co = rec.P(ns, co, "trino-coordinator", n[0], "trino")
    run = f"scheduled__{rec.at(-86400, 'ISOS')[:10]}T00:00:00+00:00"
    def af(S, t, src, lvl, msg):
        rec.add(t, S, f"[@ISOP4@] {{{src}}} {lvl} - {msg}")
    af(S_sch, 1, "scheduler_job_runner.py:417", "INFO", "2 tasks up for execution:")
    af(S_sch, 1.4, "kubernetes_executor.py:356", "INFO", f"Add task TaskInstanceKey(dag_id='daily_revenue', task_id='wait_for_partition', run_id='{run}', try_number=1, map_index=-1) with command [...] ")
    af(S_t, 12, "task_command.py:426", "INFO", f"Running <TaskInstance: daily_revenue.wait_for_partition {run} [running]> on host {tpod}")
    af(S_t, 13, "sql.py:95", "INFO", "Poking: SELECT count(*) FROM hive.events.clicks WHERE dt = '" + rec.at(-86400, "ISOS")[:10] + "' (with parameters None)")
    af(S_t, 14.5, "taskinstance.py:2439", "INFO", "Rescheduling task, marking task as UP_FOR_RESCHEDULE")
    af(S_sch, 16, "scheduler_job_runner.py:696", "INFO", f"Received executor event with state success for task instance TaskInstanceKey(dag_id='daily_revenue', task_id='wait_for_partition', run_id='{run}', try_number=1, map_index=-1)")
    af(S_sch, 16.2, "scheduler_job_runner.py:733", "INFO", f"TaskInstance Finished: dag_id=daily_revenue, task_id=wait_for_partition, run_id={run}, map_index=-1, run_start_date={rec.at(12, 'ISOSP')}, run_end_date={rec.at(14, 'ISOSP')}, run_duration=2.41, state=up_for_reschedule, executor_state=success, try_number=1, max_tries=2, job_id={r.randint(100000, 999999)}, pool=default_pool, queue=default, priority_weight=3, operator=SqlSensor, queued_dttm={rec.at(1, 'ISOSP')}, queued_by_job_id={r.randint(1000, 9999)}, pid=18")
    af(S_t2, 130, "task_command.py:426", "INFO", f"Running <TaskInstance: daily_revenue.aggregate {run} [running]> on host {tp2}")
    af(S_t2, 130.4, "logging_mixin.py:188", "WARNING", "/home/airflow/.local/lib/python3.11/site-packages/airflow/providers/trino/hooks/trino.py:98 DeprecationWarning: The 'session_properties' parameter is deprecated; pass them via 'extra' instead.")
    qid = trino_qid(rec, 124)
    af(S_t2, 131, "sql.py:450", "INFO", "Running statement: INSERT INTO hive.marts.daily_revenue SELECT dt, sum(amount) FROM hive.events.orders WHERE dt = DATE '" + rec.at(-86400, "ISOS")[:10] + "' GROUP BY 1, parameters: None")
    rec.add(131.1, S_co, f"@ISO@\tINFO\tdispatcher-query-{r.randint(10, 90)}\tio.trino.event.QueryMonitor\tTIMELINE: Query {qid} :: FINISHED :: elapsed 7100ms :: planning 212ms :: waiting 38ms :: scheduling 311ms :: running 6402ms :: finishing 137ms :: begin {rec.at(124, 'ISO')} :: end {rec.at(131.1, 'ISO')}")
    af(S_t2, 131.5, "sql.py:459", "INFO", f"Rows affected: 1")
    af(S_t2, 132, "taskinstance.py:1138", "INFO", f"Marking task as SUCCESS. dag_id=daily_revenue, task_id=aggregate, run_id={run}, execution_date={run.split('__')[1].replace('+00:00', '')}, start_date={rec.at(130, 'ISOS')[:-1].replace('T', 'T')}, end_date={rec.at(132, 'ISOS')[:-1]}")
    bad = trino_qid(rec, 60)
    rec.add(60, S_co, f"@ISO@\tINFO\tdispatcher-query-{r.randint(10, 90)}\tio.trino.event.QueryMonitor\tTIMELINE: Query {bad} :: FAILED (COLUMN_NOT_FOUND) :: elapsed 41ms :: planning 41ms :: waiting 0ms :: scheduling 0ms :: running 0ms :: finishing 0ms :: begin {rec.at(60, 'ISO')} :: end {rec.at(60, 'ISO')}")
    for _ in range(6):
        t = r.uniform(0, 200)
        q = trino_qid(rec, t - 2)
        run_ms = r.randint(50, 1800)
        rec.add(t, S_co, f"@ISO@\tINFO\tdispatcher-query-{r.randint(10, 90)}\tio.trino.event.QueryMonitor\tTIMELINE: Query {q} :: FINISHED :: elapsed {run_ms + 180}ms :: planning 120ms :: waiting 0ms :: scheduling 58ms :: running {run_ms}ms :: finishing 2ms :: begin {rec.at(t - 2, 'ISO')} :: end {rec.at(t, 'ISO')}")
    def probe():
        return f'{rec.ip("10.0")} - - [@CLF@] "GET /health HTTP/1.1" 200 {r.randint(300, 330)} "-" "kube-probe/1.29+"'
    rec.spread(S_web, 0, 200, 6, probe)
    rec.add(3, S_web, "/home/airflow/.local/lib/python3.11/site-packages/airflow/configuration.py:859 FutureWarning: section/key [core/sql_alchemy_conn] has been deprecated, you should use[database/sql_alchemy_conn] instead. Please update your `conf.get*` call to use the new name")
    for k in range(5):
        af(S_sch, 30 + k * 35, "scheduler_job_runner.py:1699", "INFO", "Adopting or resetting orphaned tasks for active dag runs")
    return dict(question="Is the daily_revenue pipeline stuck? I see UP_FOR_RESCHEDULE and a failed Trino query.",
                selector=SEL(ns, app="airflow"),
                expected=healthy("The SqlSensor rescheduled itself once (normal poke-mode behaviour), the aggregate task then ran its INSERT in Trino and succeeded. The failed Trino query is an ad-hoc query with a wrong column name (COLUMN_NOT_FOUND), unrelated to the pipeline; the deprecation warnings are informational.",
                                 action="No action needed."))


# =========================================================================== oom_killed

def oom_kernel(rec, t, node, proc, pid, anon_kb, limit_mb, podu, cid, score=984, ev_kill=True, ev_invoke=False):
    rec.host(t, node, "kernel", f"{proc} invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj={score}", ev=ev_invoke)
    rec.host(t + 0.001, node, "kernel", f"memory: usage {limit_mb * 1024}kB, limit {limit_mb * 1024}kB, failcnt {rec.rng.randint(20, 4000)}")
    rec.host(t + 0.002, node, "kernel", f"oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=cri-containerd-{cid}.scope,mems_allowed=0,oom_memcg=/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod{podu.replace('-', '_')}.slice,task_memcg=/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod{podu.replace('-', '_')}.slice/cri-containerd-{cid}.scope,task={proc},pid={pid},uid=9999")
    rec.host(t + 0.003, node, "kernel", f"Memory cgroup out of memory: Killed process {pid} ({proc}) total-vm:{anon_kb * 2 + 812344}kB, anon-rss:{anon_kb}kB, file-rss:{rec.rng.randint(20000, 60000)}kB, shmem-rss:0kB, UID:9999 pgtables:{rec.rng.randint(6000, 12000)}kB oom_score_adj:{score}", ev=ev_kill)


@scenario
def s_oom_flink_taskmanager(rec):
    r = rec.rng
    rec.style = "full"
    ns = "streaming"
    cl = "fraud-agg"
    n = [eks_node(rec) for _ in range(3)]
    jm = rec.dpod(cl)
    S_jm = rec.P(ns, jm, "flink-main-container", n[0], cl)
    tm3, tm4 = f"{cl}-taskmanager-1-3", f"{cl}-taskmanager-1-4"
    tm1 = f"{cl}-taskmanager-1-1"
    S_tm3 = rec.P(ns, tm3, "flink-main-container", n[1], cl)
    S_tm4 = rec.P(ns, tm4, "flink-main-container", n[1], cl)
    S_tm1 = rec.P(ns, tm1, "flink-main-container", n[2], cl)
    job = rec.h(32)
    def fl(S, t, lvl, logger, msg, ev=False):
        rec.add(t, S, f"@PY@ {lvl:<5} {logger} [] - {msg}", ev)
    for k in range(4):
        fl(S_jm, 5 + k * 30, "INFO", "org.apache.flink.runtime.checkpoint.CheckpointCoordinator", f"Completed checkpoint {4310 + k} for job {job} ({r.randint(180000000, 260000000)} bytes, checkpointDuration={r.randint(1800, 9000)} ms, finalizationTime={r.randint(5, 40)} ms).")
    fl(S_tm3, 2, "INFO", "org.apache.flink.runtime.taskexecutor.TaskExecutorResourceUtils", "Final TaskExecutor Memory configuration:")
    fl(S_tm3, 2.01, "INFO", "org.apache.flink.runtime.taskexecutor.TaskExecutorResourceUtils", "  Total Process Memory:          4.000gb (4294967296 bytes)")
    fl(S_tm3, 2.02, "INFO", "org.apache.flink.runtime.taskexecutor.TaskExecutorResourceUtils", "    Managed Memory:            1.280gb (1374389535 bytes)")
    fl(S_tm3, 20, "WARN", "org.apache.flink.runtime.webmonitor.WebMonitorEndpoint", "Log file environment variable 'log.file' is not set.")
    fl(S_tm3, 70, "INFO", "org.apache.flink.contrib.streaming.state.RocksDBKeyedStateBackend", "Opening RocksDB with write buffer count 4, block cache 512mb for operator KeyedProcess (3/6)#0")
    fl(S_tm3, 100, "WARN", "org.apache.kafka.clients.NetworkClient", f"[Consumer clientId={cl}-3, groupId={cl}] Error while fetching metadata with correlation id 7 : {{txn-enriched=LEADER_NOT_AVAILABLE}}")
    # first kill
    pod3 = rec.uid()
    oom_kernel(rec, 131, n[1], "java", r.randint(20000, 60000), 4185000, 4096, pod3, rec.h(64))
    fl(S_jm, 133, "INFO", "org.apache.flink.kubernetes.KubernetesResourceManagerDriver", f"Worker {tm3} is terminated. Diagnostics: Pod terminated, container termination statuses: [flink-main-container(exitCode=137, reason=OOMKilled, message=null)], pod status: Failed(reason=null, message=null)", ev=True)
    fl(S_jm, 133.3, "INFO", "org.apache.flink.runtime.resourcemanager.active.ActiveResourceManager", f"Requesting new worker with resource spec WorkerResourceSpec {{cpuCores=2.0, taskHeapSize=1.024gb (1099511628 bytes), taskOffHeapSize=0 bytes, networkMemSize=343.040mb (359703515 bytes), managedMemSize=1.280gb (1374389535 bytes), numSlots=2}}, current pending count: 1.")
    fl(S_jm, 134, "INFO", "org.apache.flink.runtime.executiongraph.ExecutionGraph", f"Job fraud-aggregation ({job}) switched from state RUNNING to RESTARTING.")
    fl(S_jm, 134.1, "INFO", "org.apache.flink.runtime.executiongraph.ExecutionGraph", f"KeyedProcess (3/6) ({rec.h(32)}_{rec.h(32)}_2_0) switched from RUNNING to FAILED on {tm3} @ {rec.ip('10.0')} (dataPort={r.randint(30000, 45000)}).")
    fl(S_jm, 134.2, "WARN", "org.apache.flink.runtime.jobmaster.JobMaster", f"org.apache.flink.runtime.jobmaster.JobMasterException: TaskManager with id {tm3} is no longer reachable.")
    rec.E(134.5, ns, "Pod", tm4, "Scheduled", f"Successfully assigned {ns}/{tm4} to {n[1]}", comp="default-scheduler")
    fl(S_tm4, 150, "INFO", "org.apache.flink.runtime.taskexecutor.TaskExecutor", f"Successful registration at resource manager akka.tcp://flink@{cl}.{ns}:6123/user/rpc/resourcemanager_0 under registration id {rec.h(32)}.")
    fl(S_jm, 152, "INFO", "org.apache.flink.runtime.checkpoint.CheckpointCoordinator", f"Restoring job {job} from Checkpoint {4313} @ {int(rec.base.timestamp() * 1000) + 95000} for {job} located at s3://acme-flink/checkpoints/{job}/chk-4313.")
    fl(S_jm, 160, "INFO", "org.apache.flink.runtime.executiongraph.ExecutionGraph", f"Job fraud-aggregation ({job}) switched from state RESTARTING to RUNNING.")
    fl(S_tm4, 170, "INFO", "org.apache.flink.contrib.streaming.state.RocksDBKeyedStateBackend", "Opening RocksDB with write buffer count 4, block cache 512mb for operator KeyedProcess (3/6)#1")
    pod4 = rec.uid()
    oom_kernel(rec, 262, n[1], "java", r.randint(20000, 60000), 4189100, 4096, pod4, rec.h(64))
    fl(S_jm, 264, "INFO", "org.apache.flink.kubernetes.KubernetesResourceManagerDriver", f"Worker {tm4} is terminated. Diagnostics: Pod terminated, container termination statuses: [flink-main-container(exitCode=137, reason=OOMKilled, message=null)], pod status: Failed(reason=null, message=null)", ev=True)
    fl(S_jm, 265, "INFO", "org.apache.flink.runtime.executiongraph.ExecutionGraph", f"Job fraud-aggregation ({job}) switched from state RUNNING to RESTARTING.")
    fl(S_jm, 265.2, "INFO", "org.apache.flink.runtime.executiongraph.failover.ExecutionFailureHandler", "Restart strategy exhausted 2 of 5 attempts within 10 min (exponential-delay, current backoff 20 s).")
    # healthy neighbour TM and job manager metrics
    for k in range(6):
        fl(S_tm1, r.uniform(0, 280), "INFO", "org.apache.flink.streaming.connectors.kafka.internals.KafkaConsumerThread" if k % 2 else "org.apache.flink.runtime.state.heap.HeapKeyedStateBackend", "Committing offsets to Kafka takes longer than the checkpoint interval. Skipping commit of previous offsets because newer complete checkpoint offsets are available. This does not compromise Flink's checkpoint integrity." if k == 3 else f"Processed {r.randint(40000, 90000)} records in last 30s for KeyedProcess ({r.choice([1, 2, 4, 5, 6])}/6)")
    containerd_noise(rec, n[1], 0, 280, 5, ["docker.io/library/flink:1.18.1-java17"])
    # find the kill lines and mark: the two 'Killed process' lines already have ev=True via oom_kernel
    return dict(question="The fraud-aggregation Flink job keeps restarting. What is killing it?",
                selector=SEL(ns, app=cl),
                expected=EXP("CRITICAL", "oom_killed", "fraud-agg-taskmanager",
                             "The fraud-agg TaskManager containers exceed their 4Gi memory limit (RocksDB native memory on top of heap) and are OOM-killed by the kernel cgroup, exit code 137, once per restart.",
                             "Each new TaskManager for fraud-agg is OOMKilled (exitCode=137) a couple of minutes after it restores the KeyedProcess state; the job cycles RUNNING -> RESTARTING and is burning through its restart attempts.",
                             "Raise the TaskManager memory limit or taskmanager.memory.process.size, cap RocksDB memory (state.backend.rocksdb.memory.managed / fixed-per-slot) so native memory stays within the container, then redeploy and watch the restart count."))


@scenario
def s_oom_clickhouse_query(rec):
    r = rec.rng
    rec.style = "app"
    ns = "analytics"
    n = [gke_node(rec, "analytics", "ch-pool") for _ in range(2)]
    ch = "chi-events-main-0-0-0"
    S_ch = rec.P(ns, ch, "clickhouse", n[0], "clickhouse")
    rp = rec.dpod("reporting-api")
    S_rp = rec.P(ns, rp, "reporting-api", n[1], "reporting-api")
    ic = rec.dpod("ingress-nginx-controller")
    S_ic = rec.P("ingress-nginx", ic, "controller", n[1], "ingress-nginx")
    ver = "24.3.2.23"
    def c(t, lvl, src, msg, qid=None, ev=False):
        th = r.randint(100, 900)
        q = qid or "00000000-0000-0000-0000-000000000000"
        rec.add(t, S_ch, f"@CH@ [ {th} ] {{{q}}} <{lvl}> {src}: {msg}", ev)
    c(1, "Warning", "Application", "Listen [::]:9009 failed: Poco::Exception. Code: 1000, e.code() = 0, DNS error: EAI: Address family for hostname not supported (version 24.3.2.23 (official build)). If it is an IPv6 or IPv4 address and your host has disabled IPv6 or IPv4, then consider to specify not disabled IPv4 or IPv6 address to listen in <listen_host> element of configuration file. Example for disabled IPv6: <listen_host>0.0.0.0</listen_host> . Example for disabled IPv4: <listen_host>::</listen_host>")
    for _ in range(8):
        q = rec.uid()
        c(r.uniform(0, 300), "Information", "executeQuery", f"Read {r.randint(10000, 3000000)} rows, {r.uniform(1, 90):.2f} MiB in {r.uniform(0.01, 0.9):.6f} sec., {r.randint(100000, 9000000)} rows/sec., {r.uniform(10, 400):.2f} MiB/sec.", qid=q)
    for _ in range(3):
        c(r.uniform(0, 300), "Debug", "MemoryTracker", f"Peak memory usage (for query): {r.uniform(0.1, 1.8):.2f} GiB.", qid=rec.uid())
    fails = [60, 125, 190, 250]
    for i, t in enumerate(fails):
        q = rec.uid()
        cli = f"{rec.ip('10.8')}:{rec.port()}"
        c(t - 9, "Debug", "executeQuery", f"(from {cli}) (query 1, line 1) SELECT toStartOfWeek(ts) AS week, cohort, uniqExact(user_id) AS users, uniqExact(session_id) AS sessions FROM events.sessions_dist WHERE ts >= now() - INTERVAL 180 DAY GROUP BY week, cohort ORDER BY week (stage: Complete)", qid=q)
        use = 13.98 + i * 0.01
        msg = (f"Code: 241. DB::Exception: Memory limit (total) exceeded: would use {use:.2f} GiB (attempt to allocate chunk of 134217728 bytes), maximum: 13.97 GiB. "
               f"OvercommitTracker decision: Query was selected to stop by OvercommitTracker.: While executing AggregatingTransform. (MEMORY_LIMIT_EXCEEDED) (version {ver} (official build)) (from {cli}) (in query: SELECT toStartOfWeek(ts) AS week, cohort, uniqExact(user_id) AS users, uniqExact(session_id) AS sessions FROM events.sessions_dist WHERE ts >= now() - INTERVAL 180 DAY GROUP BY week, cohort ORDER BY week), Stack trace (when copying this message, always include the lines below):")
        c(t, "Error", "executeQuery", msg, qid=q, ev=(i < 3))
        c(t + 0.01, "Error", "TCPHandler", f"Code: 241. DB::Exception: Memory limit (total) exceeded: would use {use:.2f} GiB (attempt to allocate chunk of 134217728 bytes), maximum: 13.97 GiB. OvercommitTracker decision: Query was selected to stop by OvercommitTracker.: While executing AggregatingTransform. (MEMORY_LIMIT_EXCEEDED), Stack trace (when copying this message, always include the lines below):", qid=q)
        rec.add(t + 0.05, S_rp, zap("error", "report/handler.go:211", "report query failed", report="weekly_retention", user=f"u{r.randint(100, 999)}@acme.io", error=f"code: 241, message: Memory limit (total) exceeded: would use {use:.2f} GiB (attempt to allocate chunk of 134217728 bytes), maximum: 13.97 GiB. OvercommitTracker decision: Query was selected to stop by OvercommitTracker.: While executing AggregatingTransform"))
        rec.add(t + 0.07, S_ic, nginx_access(rec, "/api/reports/weekly_retention?range=180d", 500, f"{ns}-reporting-api-8080", f"{rec.ip('10.8')}:8080", rt=round(9 + r.random(), 3), size=96))
    c(126, "Warning", "MemoryTracker", "Current memory usage (total): 13.91 GiB. Memory usage limit for server: 13.97 GiB (max_server_memory_usage 0.9 * 15.52 GiB). Queries exceeding the limit may be killed.")
    rec.spread(S_rp, 0, 300, 8, lambda: zap("info", "server/middleware.go:64", "request", method="GET", path=r.choice(["/api/reports/daily_active", "/api/reports/funnel", "/api/dashboards/7"]), status=200, duration_ms=r.randint(30, 900)))
    nginx_noise(rec, S_ic, 0, 300, 8, f"{ns}-reporting-api-8080", [f"{rec.ip('10.8')}:8080"], ["/api/reports/daily_active", "/api/reports/funnel", "/", "/static/main.1f2e.js"], scan=2)
    return dict(question="The weekly retention report fails with a ClickHouse error every time someone opens it. What's going on?",
                selector=SEL(ns, app="reporting-api"),
                expected=EXP("ERROR", "oom_killed", "clickhouse",
                             "The weekly_retention query (uniqExact over 180 days of sessions) needs more memory than ClickHouse's server-wide limit (max_server_memory_usage 13.97 GiB on a 16Gi pod), so the OvercommitTracker kills it with MEMORY_LIMIT_EXCEEDED (Code 241).",
                             "Every run of the weekly retention report is stopped by ClickHouse's memory limit and reporting-api returns 500; other queries are served normally.",
                             "Rewrite the report to use uniq/uniqCombined or pre-aggregated sessions, or set max_memory_usage/max_bytes_before_external_group_by for it so GROUP BY spills to disk; give the ClickHouse pod more memory if the query must stay as is."))


@scenario
def s_oom_celery_worker(rec):
    r = rec.rng
    rec.hstyle = "syslog"
    ns = "media"
    n = [aks_node(rec, "workers") for _ in range(2)]
    w = rec.dpod("thumbnailer-worker")
    S_w = rec.P(ns, w, "worker", n[0])
    w2 = rec.dpod("thumbnailer-worker")
    S_w2 = rec.P(ns, w2, "worker", n[1])
    api = rec.dpod("media-api")
    S_api = rec.P(ns, api, "gunicorn", n[1])
    def ce(S, t, who, lvl, msg, ev=False):
        rec.add(t, S, f"[@PY@: {lvl}/{who}] {msg}", ev)
    tasks = [rec.uid() for _ in range(14)]
    for i, tk in enumerate(tasks):
        S, t = (S_w if i % 2 == 0 else S_w2), 4 + i * 21
        ce(S, t, "MainProcess", "INFO", f"Task thumbnails.render[{tk}] received")
        if i != 6:
            ce(S, t + r.uniform(0.8, 3), f"ForkPoolWorker-{r.randint(1, 4)}", "INFO", f"Task thumbnails.render[{tk}] succeeded in {r.uniform(0.6, 2.9):.3f}s: {{'sizes': [128, 512, 1024]}}")
    big = tasks[6]
    pid = r.randint(300, 900)
    ce(S_w, 131, f"ForkPoolWorker-3", "INFO", f"rendering upload 7f3a/original.tiff width=21600 height=10800 mode=RGBA")
    rec.host(150, n[0], "kernel", f"celery invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=992")
    rec.host(150.002, n[0], "kernel", f"Memory cgroup out of memory: Killed process {pid} (celery) total-vm:3912440kB, anon-rss:1982120kB, file-rss:10412kB, shmem-rss:0kB, UID:1000 pgtables:4412kB oom_score_adj:992", ev=True)
    ce(S_w, 150.4, "MainProcess", "ERROR", f"Process 'ForkPoolWorker-3' pid:{pid} exited with 'signal 9 (SIGKILL)'", ev=True)
    ce(S_w, 150.5, "MainProcess", "ERROR", f"Task handler raised error: WorkerLostError('Worker exited prematurely: signal 9 (SIGKILL) Job: 412.')", ev=True)
    rec.add(150.51, S_w, "Traceback (most recent call last):")
    rec.add(150.52, S_w, '  File "/usr/local/lib/python3.11/site-packages/billiard/pool.py", line 1264, in mark_as_worker_lost')
    rec.add(150.53, S_w, "    raise WorkerLostError(")
    rec.add(150.54, S_w, "billiard.exceptions.WorkerLostError: Worker exited prematurely: signal 9 (SIGKILL) Job: 412.")
    ce(S_w, 151, "MainProcess", "INFO", f"Task thumbnails.render[{big}] received")
    ce(S_w, 151.3, "ForkPoolWorker-5", "WARNING", f"upload 7f3a/original.tiff exceeds max_pixels=178956970, retrying with draft mode and max_pixels=40000000")
    ce(S_w, 158, "ForkPoolWorker-5", "INFO", f"Task thumbnails.render[{big}] succeeded in 6.912s: {{'sizes': [128, 512, 1024], 'downscaled': True}}")
    ce(S_w, 2, "MainProcess", "WARNING", "/usr/local/lib/python3.11/site-packages/celery/worker/consumer/consumer.py:507: CPendingDeprecationWarning: The broker_connection_retry configuration setting will no longer determine whether broker connection retries are made during startup in Celery 6.0 and above.")
    def g():
        return f'{rec.ip("10.244")} - - [@CLF@] "{r.choice(["POST /v1/uploads HTTP/1.1", "GET /v1/media/" + str(r.randint(1000, 9999)) + " HTTP/1.1", "GET /healthz HTTP/1.1"])}" {r.choice([200, 200, 201, 202])} {r.randint(20, 4000)} "-" "{r.choice(BROWSERS)}"'
    rec.spread(S_api, 0, 300, 8, g)
    return dict(question=None, selector=SEL(ns),
                expected=EXP("WARN", "oom_killed", "thumbnailer-worker",
                             "A Celery pool child of thumbnailer-worker exceeded the container memory limit while decoding a 21600x10800 RGBA TIFF and was OOM-killed by the kernel (SIGKILL, WorkerLostError).",
                             "One thumbnail task lost its worker process to the OOM killer; Celery replaced the child, the task was redelivered and succeeded in downscaled draft mode, and other tasks kept succeeding.",
                             "Optionally cap decoded image size before rendering (or raise the worker memory limit) so very large uploads do not kill pool processes; no immediate action is required."))


# =========================================================================== application_error

@scenario
def s_apperr_go_operator_panic(rec):
    r = rec.rng
    rec.style = "node"
    rec.evshape = "eventrouter"
    ns = "platform-system"
    n = [f"worker-{i:02d}" for i in r.sample(range(1, 20), 3)]
    op = rec.dpod("tenant-operator")
    S = rec.P(ns, op, "manager", n[0])
    cmx = rec.dpod("cert-manager")
    S_cm = rec.P("cert-manager", cmx, "cert-manager-controller", n[1])
    kpid = r.randint(900, 3000)
    def cr(t, level, msg, ev=False, **kw):
        d = {"level": level, "ts": "@ISO@", "msg": msg}
        d.update(kw)
        rec.add(t, S, J(d), ev)
    for k, t0 in enumerate((0, 70, 175)):
        cr(t0, "info", "starting manager")
        cr(t0 + 0.3, "info", "Starting metrics server", logger="controller-runtime.metrics")
        cr(t0 + 0.5, "info", "attempting to acquire leader lease platform-system/tenant-operator.platform.acme.io...")
        cr(t0 + 1.2, "info", "successfully acquired lease platform-system/tenant-operator.platform.acme.io")
        cr(t0 + 1.4, "info", "Starting EventSource", controller="tenant", controllerGroup="platform.acme.io", controllerKind="Tenant", source="kind source: *v1alpha1.Tenant")
        cr(t0 + 1.5, "info", "Starting Controller", controller="tenant", controllerGroup="platform.acme.io", controllerKind="Tenant")
        cr(t0 + 1.7, "info", "Starting workers", controller="tenant", controllerGroup="platform.acme.io", controllerKind="Tenant", **{"worker count": 4})
        if k == 0:
            cr(1.8, "info", "KubeAPIWarningLogger", logger="KubeAPIWarningLogger", **{"warning": "v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice"})
            for tn in ("payments", "search", "risk"):
                cr(r.uniform(2, 3), "info", "reconciled tenant", controller="tenant", Tenant={"name": tn}, namespace="", name=tn, reconcileID=rec.uid(), quota="standard")
        cr(t0 + 2.1, "info", "Reconciling Tenant", controller="tenant", Tenant={"name": "acme-labs"}, namespace="", name="acme-labs", reconcileID=rec.uid())
        addr = "0x30"
        pc = f"0x{rec.h(7)}"
        rec.add(t0 + 2.2, S, "panic: runtime error: invalid memory address or nil pointer dereference", ev=(k < 2))
        rec.add(t0 + 2.21, S, f"[signal SIGSEGV: segmentation violation code=0x1 addr={addr} pc={pc}]", ev=(k == 0))
        rec.add(t0 + 2.22, S, "")
        rec.add(t0 + 2.23, S, f"goroutine {r.randint(200, 900)} [running]:")
        rec.add(t0 + 2.24, S, f"github.com/acme/tenant-operator/internal/controller.(*TenantReconciler).reconcileQuota(0xc0004a2{rec.h(3)}, {{0x1f3e8a0, 0xc000a1c{rec.h(3)}}}, 0xc000812{rec.h(3)})")
        rec.add(t0 + 2.25, S, "\t/workspace/internal/controller/tenant_controller.go:187 +0x1c4", ev=(k == 0))
        rec.add(t0 + 2.26, S, f"github.com/acme/tenant-operator/internal/controller.(*TenantReconciler).Reconcile(0xc0004a2{rec.h(3)}, {{0x1f3e8a0, 0xc000a1c{rec.h(3)}}}, {{{{{{0x0, 0x0}}, {{0xc00061e{rec.h(3)}, 0x9}}}}}})")
        rec.add(t0 + 2.27, S, "\t/workspace/internal/controller/tenant_controller.go:94 +0x4a5")
        if k < 2:
            rec.E(t0 + 3, ns, "Pod", op, "BackOff", "Back-off restarting failed container manager in pod " + op + "_" + ns + "(" + rec.uid() + ")", type_="Warning", count=k + 2, host=n[0], field="spec.containers{manager}", ev=(k == 1))
    bo = kq(f"back-off 2m40s restarting failed container=manager pod={op}_{ns}({rec.uid()})")
    err = kq(f'failed to {kq("StartContainer")} for {kq("manager")} with CrashLoopBackOff: {bo}')
    rec.host(180, n[0], "kubelet.service", klog("E", kpid, "pod_workers.go:1298", f'"Error syncing pod, skipping" err={err} pod="{ns}/{op}" podUID="{rec.uid()}"'))
    kubelet_noise(rec, n[0], 0, 200, 5, [f"{ns}/{op}", f"cert-manager/{cmx}"])
    for _ in range(6):
        rec.add(r.uniform(0, 200), S_cm, klog("I", 1, "conditions.go:263", f'"Setting lastTransitionTime for Certificate condition" logger="cert-manager.certificates-readiness" key="{r.choice(["payments", "search", "risk"])}/{r.choice(["api-tls", "grpc-tls", "web-tls"])}" condition="Ready" lastTransitionTime="{rec.at(-86400 * 20, "SP0")} +0000 UTC"') if r.random() < 0.3 else klog("I", 1, "controller.go:162", f'"re-queuing item due to optimistic locking on resource" logger="cert-manager.certificates-key-manager" key="{r.choice(["payments", "search"])}/api-tls" error="Operation cannot be fulfilled on certificates.cert-manager.io \\"api-tls\\": the object has been modified; please apply your changes to the latest version and try again"'))
    return dict(question="tenant-operator is in CrashLoopBackOff since this morning's release. Why?",
                selector=SEL(ns),
                expected=EXP("CRITICAL", "application_error", "tenant-operator",
                             "tenant-operator panics with a nil pointer dereference in TenantReconciler.reconcileQuota (tenant_controller.go:187) whenever it reconciles the Tenant acme-labs, which has no quota set; the panic is not recovered, so the process exits on every start.",
                             "Each restart of tenant-operator acquires the lease, starts workers, reaches Tenant acme-labs and crashes with SIGSEGV; the pod is in CrashLoopBackOff and no tenants are reconciled.",
                             "Fix reconcileQuota to handle a nil spec.quota (or default it in the webhook) and release; as a stop-gap set a quota on Tenant acme-labs or pause it so the operator can run."))


@scenario
def s_apperr_rust_panic(rec):
    r = rec.rng
    rec.style = "full"
    ns = "edge"
    n = [gke_node(rec, "edge", "pool-a") for _ in range(3)]
    fg = [rec.dpod("frame-gateway") for _ in range(2)]
    S_fg = [rec.P(ns, fg[i], "frame-gateway", n[i], "frame-gateway") for i in range(2)]
    S_fgpx = rec.P(ns, fg[0], "linkerd-proxy", n[0], "frame-gateway")
    bff = rec.dpod("mobile-bff")
    S_bff = rec.P(ns, bff, "mobile-bff", n[2], "mobile-bff")
    S_bffpx = rec.P(ns, bff, "linkerd-proxy", n[2], "mobile-bff")
    def ok(S):
        return lambda: f"@ISO6@  INFO request{{method=POST uri=/v2/frames version=HTTP/1.1}}: tower_http::trace::on_response: finished processing request latency={r.randint(1, 9)} ms status=200"
    rec.spread(S_fg[0], 0, 240, 9, ok(S_fg[0]))
    rec.spread(S_fg[1], 0, 240, 9, ok(S_fg[1]))
    rec.add(0.5, S_fgpx, "@UPT@  INFO ThreadId(01) linkerd2_proxy::rt: Using single-threaded proxy runtime")
    rec.add(0.7, S_fgpx, "@UPT@  INFO ThreadId(01) inbound: linkerd_app_inbound::detect: Handled protocol detection timeout error=Protocol detection timeout after: 0B after 10.000996342s")
    for j, t in enumerate((48, 121, 199)):
        i = j % 2
        S = S_fg[i]
        rec.add(t, S, "thread 'tokio-runtime-worker' panicked at src/codec/frame.rs:142:17:", ev=(j < 2))
        rec.add(t + 0.0001, S, "index out of bounds: the len is 12 but the index is 12", ev=(j < 2))
        rec.add(t + 0.0002, S, "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace")
        rec.add(t + 0.001, S, f"@ISO6@ ERROR request{{method=POST uri=/v2/frames version=HTTP/1.1}}: tower_http::catch_panic: response failed panic=\"index out of bounds: the len is 12 but the index is 12\"", ev=(j == 0))
        rec.add(t + 0.0015, S, f"@ISO6@ ERROR request{{method=POST uri=/v2/frames version=HTTP/1.1}}: tower_http::trace::on_failure: response failed classification=Status code: 500 Internal Server Error latency=0 ms")
        rec.add(t + 0.004, S_bff, pino("error", "upstream frame-gateway returned 500", bff, reqId=f"req-{r.randint(1000, 9999)}", path="/v2/frames", client="ios/7.2.1", attempt=1))
    rec.add(5, S_bff, "(node:1) [DEP0040] DeprecationWarning: The `punycode` module is deprecated. Please use a userland alternative instead.")
    rec.add(5.1, S_bff, "(Use `node --trace-deprecation ...` to show where the warning was created)")
    rec.spread(S_bff, 0, 240, 9, lambda: pino("info", "request completed", bff, reqId=f"req-{r.randint(1000, 9999)}", res={"statusCode": r.choice([200, 200, 200, 204])}, responseTime=round(r.uniform(4, 80), 3)))
    rec.add(30, S_bffpx, "@UPT@  INFO ThreadId(01) outbound: linkerd_app_core::serve: Connection closed error=connection closed before message completed client.addr=" + rec.ip("10.12") + ":" + str(rec.port()))
    rec.add(130, S_bffpx, "@UPT@  WARN ThreadId(01) linkerd_reconnect: Service failed error=endpoint " + rec.ip("10.12") + ":4191: channel closed")
    rec.add(131, S_bffpx, "@UPT@  INFO ThreadId(01) outbound:proxy{addr=" + rec.ip("10.4") + ":7000}: linkerd_pool_p2c: Adding endpoint addr=" + rec.ip("10.12") + ":7000")
    return dict(question="mobile-bff shows intermittent 500s from frame-gateway. Is it the mesh?",
                selector=SEL(ns, app="frame-gateway"),
                expected=EXP("ERROR", "application_error", "frame-gateway",
                             "frame-gateway panics in src/codec/frame.rs:142 (index out of bounds: len 12, index 12) when decoding a 12-byte frame header; the panic is caught per request and turned into HTTP 500.",
                             "Some POST /v2/frames requests hit a Rust panic in frame-gateway's frame codec and return 500 to mobile-bff; other requests succeed and the Linkerd proxies only show routine connection churn.",
                             "Add a bounds check for short frame headers in the codec (return 400 instead of indexing past the buffer), add a regression test for 12-byte frames and roll out the fix; capture a sample with RUST_BACKTRACE=1 if needed."))


@scenario
def s_apperr_node_poison_message(rec):
    r = rec.rng
    rec.hstyle = "journal"
    ns = "notify"
    n = ["k3s-agent-1", "k3s-agent-2", "k3s-agent-3"]
    nt = rec.dpod("notifier")
    S = rec.P(ns, nt, "notifier")
    nats = "nats-0"
    S_n = rec.P("nats", nats, "nats")
    mail = rec.dpod("mailer")
    S_m = rec.P(ns, mail, "mailer")
    seq = r.randint(40000, 90000)
    kpid = r.randint(700, 2000)
    starts = [0, 32, 75, 160]
    for k, t0 in enumerate(starts):
        rec.add(t0, S, pino("info", "connected to nats", nt, servers=["nats://nats.nats.svc:4222"], stream="ORDERS", consumer="notifier"))
        if k == 0:
            for j in range(4):
                rec.add(t0 + 2 + j * 3, S, pino("info", "notification sent", nt, subject="orders.shipped", seq=seq - 4 + j, channel=r.choice(["email", "push"]), orderId=f"ord_{rec.sfx(10)}"))
        tc = t0 + (17 if k == 0 else 4)
        rec.add(tc - 0.01, S, pino("info", "handling message", nt, subject="orders.shipped", seq=seq, redelivered=k > 0, deliveryCount=k + 1))
        rec.add(tc, S, "/app/dist/handlers/shipped.js:48")
        rec.add(tc + 0.0001, S, "    const carrier = msg.tracking.carrier.toUpperCase();")
        rec.add(tc + 0.0002, S, "                                         ^")
        rec.add(tc + 0.0003, S, "")
        rec.add(tc + 0.0004, S, "TypeError: Cannot read properties of undefined (reading 'carrier')", ev=(k < 2))
        rec.add(tc + 0.0005, S, "    at handleShipped (/app/dist/handlers/shipped.js:48:42)", ev=(k == 0))
        rec.add(tc + 0.0006, S, "    at Consumer.<anonymous> (/app/dist/consumer.js:77:13)")
        rec.add(tc + 0.0007, S, "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)")
        rec.add(tc + 0.0008, S, "")
        rec.add(tc + 0.0009, S, "Node.js v20.11.1")
        if k >= 1:
            rec.E(tc + 1, ns, "Pod", nt, "BackOff", f"Back-off restarting failed container notifier in pod {nt}_{ns}({rec.uid()})", type_="Warning", count=k + 1, host=n[1], field="spec.containers{notifier}", ev=(k == 3))
        cid = r.randint(40, 400)
        rec.add(tc + 0.2, S_n, f"[1] @SLASHUS@ [INF] {rec.ip('10.42')}:{rec.port()} - cid:{cid} - \"v2.19.1:nats.js\" - Client connection closed: Client Closed")
    bo = kq(f"back-off 1m20s restarting failed container=notifier pod={nt}_{ns}({rec.uid()})")
    err = kq(f'failed to {kq("StartContainer")} for {kq("notifier")} with CrashLoopBackOff: {bo}')
    rec.host(100, n[1], "k3s-agent.service", klog("E", kpid, "pod_workers.go:1298", f'"Error syncing pod, skipping" err={err} pod="{ns}/{nt}" podUID="{rec.uid()}"'))
    rec.host(101, n[1], "k3s-agent.service", klog("I", kpid, "scope.go:117", f'"RemoveContainer" containerID="{rec.h(64)}"'))
    rec.add(r.uniform(0, 200), S_n, f"[1] @SLASHUS@ [WRN] JetStream consumer 'ORDERS > notifier' has {r.randint(3, 6)} redelivered messages pending acknowledgement")
    for _ in range(5):
        rec.add(r.uniform(0, 200), S_n, f"[1] @SLASHUS@ [INF] {rec.ip('10.42')}:{rec.port()} - cid:{r.randint(40, 400)} - \"v1.35.0:go\" - Client connection created" if r.random() < 0.5 else f"[1] @SLASHUS@ [INF] JetStream cluster new consumer leader for 'ACME > ORDERS > mailer'")
    rec.spread(S_m, 0, 200, 9, lambda: pino("info", "email delivered", mail, provider="ses", messageId=f"0102018{rec.h(13)}-{rec.uid()}-000000", latencyMs=r.randint(80, 600)))
    rec.add(r.uniform(0, 200), S_m, pino("warn", "SES send rate at 80% of quota, slowing down", mail, rate=11.9, quota=14))
    return dict(question="Why is notifier crash-looping after the shipping team's release?",
                selector=SEL(ns),
                expected=EXP("CRITICAL", "application_error", "notifier",
                             f"notifier's handleShipped (shipped.js:48) reads msg.tracking.carrier without checking that tracking exists; an orders.shipped message (stream seq {seq}) without tracking throws an uncaught TypeError that kills the process, and JetStream redelivers the same message after each restart.",
                             "notifier crashes on the same poison orders.shipped message every time it starts (TypeError: Cannot read properties of undefined), so the pod is in CrashLoopBackOff and no shipping notifications are sent.",
                             "Guard the handler against missing tracking (and catch handler errors so one message cannot kill the consumer), then deploy; meanwhile terminate or move the poison message (seq from the logs) to a dead-letter subject and set max_deliver on the consumer."))


@scenario
def s_apperr_dotnet_linq(rec):
    r = rec.rng
    rec.style = "app"
    ns = "pricing"
    n = [aks_node(rec, "apps") for _ in range(2)]
    qa = [rec.dpod("quote-api") for _ in range(2)]
    S_q = [rec.P(ns, qa[i], "quote-api", n[i], "quote-api") for i in range(2)]
    ic = rec.dpod("ingress-nginx-controller")
    S_ic = rec.P("ingress-nginx", ic, "controller", n[1], "ingress-nginx")
    def dn(S, t, lvl, cat, msg, ev=False, exc=None, eid=0, state=None):
        d = {"EventId": eid, "LogLevel": lvl, "Category": cat, "Message": msg}
        if exc:
            d["Exception"] = exc
        d["State"] = state or {"Message": msg}
        rec.add(t, S, J(d), ev)
    for i in range(2):
        dn(S_q[i], 0.5 + i, "Warning", "Microsoft.AspNetCore.DataProtection.Repositories.EphemeralXmlRepository", "Using an in-memory repository. Keys will not be persisted to storage.", eid=50)
        dn(S_q[i], 0.6 + i, "Information", "Microsoft.Hosting.Lifetime", "Now listening on: http://[::]:8080", eid=14, state={"Message": "Now listening on: http://[::]:8080", "address": "http://[::]:8080", "{OriginalFormat}": "Now listening on: {address}"})
        dn(S_q[i], 0.7 + i, "Information", "Microsoft.Hosting.Lifetime", "Application started. Press Ctrl\u002BC to shut down.", eid=0)
    exc = ("System.InvalidOperationException: Sequence contains no elements\n"
           "   at System.Linq.ThrowHelper.ThrowNoElementsException()\n"
           "   at System.Linq.Enumerable.First[TSource](IEnumerable`1 source)\n"
           "   at Acme.Pricing.Quotes.TierResolver.Resolve(Customer customer) in /src/Acme.Pricing/Quotes/TierResolver.cs:line 58\n"
           "   at Acme.Pricing.Quotes.QuoteService.CreateAsync(QuoteRequest request, CancellationToken ct) in /src/Acme.Pricing/Quotes/QuoteService.cs:line 41\n"
           "   at Acme.Pricing.Api.Controllers.QuotesController.Post(QuoteRequest request, CancellationToken ct) in /src/Acme.Pricing.Api/Controllers/QuotesController.cs:line 27\n"
           "   at Microsoft.AspNetCore.Mvc.Infrastructure.ActionMethodExecutor.TaskOfIActionResultExecutor.Execute(ActionContext actionContext, IActionResultTypeMapper mapper, ObjectMethodExecutor executor, Object controller, Object[] arguments)")
    fails = sorted(r.uniform(20, 280) for _ in range(5))
    for j, t in enumerate(fails):
        i = j % 2
        cust = f"C-{r.randint(100000, 999999)}"
        dn(S_q[i], t - 0.02, "Information", "Acme.Pricing.Quotes.QuoteService", f"Creating quote for customer {cust} tier enterprise-plus", eid=1001)
        dn(S_q[i], t, "Error", "Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware", "An unhandled exception has occurred while executing the request.", exc=exc, eid=1, ev=(j < 3))
        rec.add(t + 0.003, S_ic, nginx_access(rec, "/api/quotes", 500, f"{ns}-quote-api-80", f"{rec.ip()}:8080", method="POST", rt=round(r.uniform(0.02, 0.09), 3), size=0))
    for i in range(2):
        for _ in range(6):
            t = r.uniform(5, 290)
            cust = f"C-{r.randint(100000, 999999)}"
            dn(S_q[i], t, "Information", "Acme.Pricing.Quotes.QuoteService", f"Quote Q-{r.randint(100000, 999999)} created for customer {cust} tier {r.choice(['standard', 'business', 'enterprise'])} total {r.randint(100, 90000)}.{r.randint(0, 99):02d} EUR", eid=1002)
    nginx_noise(rec, S_ic, 0, 300, 10, f"{ns}-quote-api-80", [f"{rec.ip()}:8080" for _ in range(2)], ["/api/quotes/Q-" + str(r.randint(100000, 999999)), "/api/tiers", "/healthz"], scan=3)
    return dict(question="Sales says quote creation fails for some customers with a 500. Can you find out why?",
                selector=SEL(ns, app="quote-api"),
                expected=EXP("ERROR", "application_error", "quote-api",
                             "quote-api's TierResolver.Resolve (TierResolver.cs:58) calls First() on the rate cards for the customer's tier; customers on the new 'enterprise-plus' tier have no rate card, so it throws InvalidOperationException: Sequence contains no elements, which is unhandled and returns 500.",
                             "POST /api/quotes fails with 500 for enterprise-plus customers because of an unhandled exception in quote-api; quotes for other tiers are created normally.",
                             "Add the enterprise-plus rate card and make TierResolver handle a missing tier (FirstOrDefault with a clear 4xx error); deploy the fix and re-run the failed quotes."))


# =========================================================================== image_pull

@scenario
def s_imagepull_argocd_missing_tag(rec):
    r = rec.rng
    rec.hstyle = "journal"
    ns = "orders"
    n = [eks_node(rec) for _ in range(3)]
    img = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/orders:2.14.0"
    ctrl = "argocd-application-controller-0"
    S_c = rec.P("argocd", ctrl, "argocd-application-controller", n[0])
    rs_old, rs_new = rec.sfx(10), rec.sfx(9)
    olds = [rec.dpod("orders", rs_old) for _ in range(3)]
    new = rec.dpod("orders", rs_new)
    S_old = [rec.P(ns, olds[i], "orders", n[i]) for i in range(3)]
    app = "argocd/orders-prod"
    sha = rec.h(7)
    def c(t, msg, extra="", level="info"):
        rec.add(t, S_c, f'time="@ISOS@" level={level} msg={kq(msg)} application={app}{extra}')
    c(1, f"Initiated automated sync to '{rec.h(40)}'", " dest-namespace=orders dest-server=\"https://kubernetes.default.svc\" reason=OperationStarted type=Normal")
    c(2, "Applying resource Deployment/orders in cluster: https://172.20.0.1:443, namespace: orders")
    c(2.5, f"Sync operation to {sha} succeeded", " dest-namespace=orders reason=OperationCompleted type=Normal")
    c(3, "Updated health status: Healthy -> Progressing", " reason=ResourceUpdated type=Normal")
    rec.E(3.2, ns, "Deployment", "orders", "ScalingReplicaSet", f"Scaled up replica set orders-{rs_new} to 1", comp="deployment-controller")
    rec.E(3.5, ns, "Pod", new, "Scheduled", f"Successfully assigned {ns}/{new} to {n[1]}", comp="default-scheduler")
    kpid = r.randint(2000, 4000)
    for k, t in enumerate((5, 21, 47)):
        rec.E(t, ns, "Pod", new, "Pulling", f'Pulling image "{img}"', host=n[1], field="spec.containers{orders}", count=k + 1)
        msg = f'Failed to pull image "{img}": rpc error: code = NotFound desc = failed to pull and unpack image "{img}": failed to resolve reference "{img}": {img}: not found'
        rec.E(t + 0.4, ns, "Pod", new, "Failed", msg, type_="Warning", host=n[1], field="spec.containers{orders}", count=k + 1, ev=(k == 0))
        rec.E(t + 0.5, ns, "Pod", new, "Failed", "Error: ErrImagePull", type_="Warning", host=n[1], field="spec.containers{orders}", count=k + 1)
        rec.host(t + 0.45, n[1], "containerd.service", f'time="@ISO9@" level=error msg="PullImage \\"{img}\\" failed" error="rpc error: code = NotFound desc = failed to pull and unpack image \\"{img}\\": failed to resolve reference \\"{img}\\": {img}: not found"', ev=(k == 0))
        rec.host(t + 0.44, n[1], "containerd.service", f'time="@ISO9@" level=info msg="trying next host - response was http.StatusNotFound" host=123456789012.dkr.ecr.eu-west-1.amazonaws.com')
    for t in (30, 62, 120):
        rec.E(t, ns, "Pod", new, "BackOff", f'Back-off pulling image "{img}"', type_="Normal", host=n[1], field="spec.containers{orders}", count=int(t / 20))
        rec.E(t + 0.1, ns, "Pod", new, "Failed", "Error: ImagePullBackOff", type_="Warning", host=n[1], field="spec.containers{orders}", count=int(t / 20), ev=(t == 62))
    inner = kq(f"Back-off pulling image {kq(img)}")
    err = kq(f'failed to {kq("StartContainer")} for {kq("orders")} with ImagePullBackOff: {inner}')
    rec.host(63, n[1], "kubelet.service", klog("E", kpid, "pod_workers.go:1298", f'"Error syncing pod, skipping" err={err} pod="{ns}/{new}" podUID="{rec.uid()}"'), ev=True)
    c(300, "Updated health status: Progressing -> Degraded", " reason=ResourceUpdated type=Normal")
    rec.E(301, ns, "Deployment", "orders", "ProgressDeadlineExceeded", f'ReplicaSet "orders-{rs_new}" has timed out progressing.', type_="Warning", comp="deployment-controller")
    for i in range(3):
        rec.spread(S_old[i], 0, 310, 4, lambda: spring("INFO", 1, f"nio-8080-exec-{r.randint(1, 12)}", "c.a.orders.api.OrderController", f"order {r.randint(1000000, 9999999)} {r.choice(['created', 'updated', 'fetched'])} in {r.randint(5, 90)}ms"))
    rec.E(r.uniform(100, 250), ns, "Pod", olds[0], "Pulled", 'Container image "123456789012.dkr.ecr.eu-west-1.amazonaws.com/orders-migrate:2.13.4" already present on machine', host=n[0], field="spec.initContainers{migrate}")
    c(200, "Skipping auto-sync: most recent sync already to " + sha)
    return dict(question="The orders rollout from Argo CD has been Progressing for 5 minutes and now shows Degraded. What's wrong?",
                selector=SEL(ns),
                expected=EXP("ERROR", "image_pull", "orders",
                             "Argo CD deployed orders with image tag 2.14.0, which does not exist in the ECR repository (manifest not found), so the new orders pod cannot pull its image (ErrImagePull, then ImagePullBackOff).",
                             "The new orders ReplicaSet is stuck in ImagePullBackOff and the Deployment exceeded its progress deadline; the three old pods still serve traffic.",
                             "Check the tag CI actually pushed (for example v2.14.0 vs 2.14.0), fix the image reference in the deploy repo and let Argo CD re-sync, or push the missing tag."))


@scenario
def s_imagepull_gar_forbidden(rec):
    r = rec.rng
    rec.style = "node"
    rec.evshape = "alloy"
    ns = "integration"
    pool = "ingest-v2"
    n = [gke_node(rec, "prod", pool) for _ in range(3)]
    old_n = gke_node(rec, "prod", "ingest")
    img = "europe-west1-docker.pkg.dev/acme-prod/platform/kafka-connect:3.6.1-debezium2.5"
    rs = rec.sfx(10)
    pods = [rec.dpod("kafka-connect", rs) for _ in range(3)]
    kb = "events-kafka-0"
    S_kb = rec.P("kafka", kb, "kafka", n[0])
    sink = rec.dpod("cdc-sink")
    S_s = rec.P("warehouse", sink, "sink", n[2])
    for i in range(3):
        rec.E(2 + i, ns, "Pod", pods[i], "Scheduled", f"Successfully assigned {ns}/{pods[i]} to {n[i]}", comp="default-scheduler")
    for k in range(3):
        for i in range(3):
            t = 5 + k * 40 + i * 2
            rec.E(t, ns, "Pod", pods[i], "Pulling", f'Pulling image "{img}"', host=n[i], count=k + 1)
            tok = f"https://europe-west1-docker.pkg.dev/v2/token?scope=repository%3Aacme-prod%2Fplatform%2Fkafka-connect%3Apull&service=europe-west1-docker.pkg.dev"
            msg = f'Failed to pull image "{img}": failed to pull and unpack image "{img}": failed to resolve reference "{img}": failed to authorize: failed to fetch oauth token: unexpected status from GET request to {tok}: 403 Forbidden'
            ev = (k == 0 and i < 2)
            rec.E(t + 0.6, ns, "Pod", pods[i], "Failed", msg, type_="Warning", host=n[i], count=k + 1, ev=ev)
            rec.E(t + 0.7, ns, "Pod", pods[i], "Failed", "Error: ErrImagePull", type_="Warning", host=n[i], count=k + 1)
    for i in range(3):
        rec.E(150 + i, ns, "Pod", pods[i], "Failed", "Error: ImagePullBackOff", type_="Warning", host=n[i], count=6, ev=(i == 0))
    rec.host(6.2, n[0], "containerd.service", f'time="@ISO9@" level=error msg="PullImage \\"{img}\\" failed" error="failed to pull and unpack image \\"{img}\\": failed to resolve reference \\"{img}\\": failed to authorize: failed to fetch oauth token: unexpected status from GET request to https://europe-west1-docker.pkg.dev/v2/token?scope=repository%3Aacme-prod%2Fplatform%2Fkafka-connect%3Apull&service=europe-west1-docker.pkg.dev: 403 Forbidden"', ev=True, pid=812)
    rec.host(6.1, n[0], "kubelet.service", klog("I", 2211, "provider.go:82", "Docker config file not found: couldn't find valid .dockercfg after checking in [/var/lib/kubelet  /]"), pid=2211)
    rec.E(0, "", "Node", old_n, "NodeNotSchedulable", f"Node {old_n} status is now: NodeNotSchedulable", host=old_n)
    rec.E(1, ns, "Pod", rec.dpod("kafka-connect", rec.sfx(10)), "Killing", "Stopping container kafka-connect", host=old_n)
    def kbl(t, msg):
        rec.add(t, S_kb, f"@PY@ INFO {msg}")
    kbl(2, f"[GroupCoordinator 0]: Member connect-{rec.ip('10.60')}:8083-{rec.uid()} in group connect-cluster has left, removing it from group (kafka.coordinator.group.GroupCoordinator)")
    kbl(2.5, f"[GroupCoordinator 0]: Preparing to rebalance group connect-cluster in state PreparingRebalance with old generation 88 (__consumer_offsets-31) (reason: removing member connect-{rec.ip('10.60')}:8083-{rec.uid()} on LeaveGroup; client reason: the consumer is being closed) (kafka.coordinator.group.GroupCoordinator)")
    kbl(3, "[GroupCoordinator 0]: Group connect-cluster with generation 89 is now empty (__consumer_offsets-31) (kafka.coordinator.group.GroupCoordinator)")
    for _ in range(6):
        kbl(r.uniform(5, 200), f"[UnifiedLog partition=cdc.public.orders-{r.randint(0, 5)}, dir=/var/lib/kafka/data-0/kafka-log0] Incremented log start offset to {r.randint(10000000, 90000000)} due to segment deletion (kafka.log.UnifiedLog)")
    for k in range(5):
        t = 20 + k * 40
        rec.add(t, S_s, f'time=@ISO@ level=info msg="poll returned no records" topic=cdc.public.orders idle_for={20 + k * 40}s')
    rec.add(200, S_s, f'time=@ISO@ level=warn msg="no new CDC records for 3m20s; warehouse freshness SLO at risk" topic=cdc.public.orders')
    return dict(question="kafka-connect has no running pods after the node-pool migration and CDC stopped. Why can't the pods start?",
                selector=SEL(ns),
                expected=EXP("CRITICAL", "image_pull", "kafka-connect",
                             "The nodes of the new ingest-v2 pool cannot pull kafka-connect from Artifact Registry: the token request returns 403 Forbidden because the pool's node service account lacks Artifact Registry read access.",
                             "After the workloads moved to the new node pool, all three kafka-connect pods are stuck in ErrImagePull/ImagePullBackOff with 403 from europe-west1-docker.pkg.dev; the Connect group is empty and CDC to the warehouse has stopped.",
                             "Grant roles/artifactregistry.reader on the repository to the ingest-v2 node service account (or use the same service account as the old pool) and delete the pods to retry the pull."))


# =========================================================================== probe_failure

@scenario
def s_probe_liveness_keycloak(rec):
    r = rec.rng
    rec.style = "node"
    ns = "identity"
    n = [f"k8s-node-{i}" for i in r.sample(range(1, 15), 3)]
    kc = ["keycloak-0", "keycloak-1"]
    S_kc = [rec.P(ns, kc[i], "keycloak", n[i]) for i in range(2)]
    op = rec.dpod("oauth2-proxy")
    S_op = rec.P(ns, op, "oauth2-proxy", n[2])
    kpid = r.randint(1000, 3000)
    ip1 = rec.ip("10.244")
    def q(S, t, lvl, logger, thread, msg, ev=False):
        rec.add(t, S, f"@PY@ {lvl:<5} [{logger}] ({thread}) {msg}", ev)
    for i in range(2):
        for _ in range(7):
            t = r.uniform(0, 330)
            q(S_kc[i], t, "INFO", "org.keycloak.events", f"executor-thread-{r.randint(1, 60)}", f"type=\"LOGIN\", realmId=\"{rec.uid()}\", realmName=\"acme\", clientId=\"portal\", userId=\"{rec.uid()}\", ipAddress=\"{rec.ip('10.244')}\", auth_method=\"openid-connect\", auth_type=\"code\", redirect_uri=\"https://portal.acme.io/oauth2/callback\", code_id=\"{rec.uid()}\", username=\"user{r.randint(1, 9000)}@acme.io\"")
    cycles = (20, 125, 240)
    for k, t0 in enumerate(cycles):
        for j in range(3):
            t = t0 + j * 10
            out = f'Get \\"http://{ip1}:9000/health/live\\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)'
            rec.host(t, n[1], "kubelet.service", klog("I", kpid, "prober.go:107", f'"Probe failed" probeType="Liveness" pod="{ns}/keycloak-1" podUID="{rec.uid()}" containerName="keycloak" probeResult="failure" output="{out}"'), ev=(k == 0 and j == 0))
        rec.E(t0 + 20.1, ns, "Pod", "keycloak-1", "Unhealthy", f'Liveness probe failed: Get "http://{ip1}:9000/health/live": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', type_="Warning", count=3 * (k + 1), host=n[1], field="spec.containers{keycloak}", ev=(k == 1))
        rec.host(t0 + 20.2, n[1], "kubelet.service", klog("I", kpid, "kuberuntime_manager.go:1050", f'"Message for Container of pod" containerName="keycloak" containerStatusID={{"Type":"containerd","ID":"{rec.h(64)}"}} pod="{ns}/keycloak-1" containerMessage="Container keycloak failed liveness probe, will be restarted"'), ev=(k == 0))
        rec.host(t0 + 20.3, n[1], "kubelet.service", klog("I", kpid, "kuberuntime_container.go:779", f'"Killing container with a grace period" pod="{ns}/keycloak-1" podUID="{rec.uid()}" containerName="keycloak" containerID="containerd://{rec.h(64)}" gracePeriod=30'), ev=(k == 1))
        rec.E(t0 + 20.35, ns, "Pod", "keycloak-1", "Killing", "Container keycloak failed liveness probe, will be restarted", host=n[1], field="spec.containers{keycloak}", count=k + 1)
        q(S_kc[1], t0 + 20.5, "INFO", "io.quarkus", "Shutdown thread", "Keycloak stopped in 0.412s")
        q(S_kc[1], t0 + 28, "INFO", "org.keycloak.quarkus.runtime.hostname.DefaultHostnameProvider", "main", "Hostname settings: Base URL: <unset>, Hostname: auth.acme.io, Strict HTTPS: false, Path: <request>, Strict BackChannel: false, Admin URL: <unset>, Admin: <request>, Port: -1, Proxied: true")
        q(S_kc[1], t0 + 40, "WARN", "org.infinispan.PERSISTENCE", "keycloak-cache-init", "ISPN000554: jboss-marshalling is deprecated and planned for removal")
        q(S_kc[1], t0 + 52, "INFO", "io.quarkus", "main", f"Keycloak 24.0.4 on JVM (powered by Quarkus 3.8.4) started in {r.uniform(22, 31):.3f}s. Listening on: http://0.0.0.0:8080. Management interface listening on http://0.0.0.0:9000.")
        q(S_kc[1], t0 + 53, "INFO", "org.infinispan.CLUSTER", "jgroups-9,keycloak-1-" + str(r.randint(10000, 99999)), f"ISPN100000: Node keycloak-1-{r.randint(10000, 99999)} joined the cluster")
        q(S_kc[1], t0 + 55, "INFO", "org.infinispan.CLUSTER", "non-blocking-thread--p2-t" + str(r.randint(1, 9)), "[Context=authenticationSessions] ISPN100002: Starting rebalance with members [keycloak-0-31244, keycloak-1-" + str(r.randint(10000, 99999)) + "], phase READ_OLD_WRITE_ALL, topology id " + str(r.randint(10, 90)))
        for j in range(3):
            q(S_kc[1], t0 + 60 + j * 12, "INFO", "org.keycloak.events", f"executor-thread-{r.randint(1, 60)}", f"type=\"LOGIN\", realmId=\"{rec.uid()}\", realmName=\"acme\", clientId=\"portal\", userId=\"{rec.uid()}\", ipAddress=\"{rec.ip('10.244')}\", auth_method=\"openid-connect\", username=\"user{r.randint(1, 9000)}@acme.io\"")
    rec.host(5, n[1], "kubelet.service", klog("I", kpid, "prober.go:107", f'"Probe failed" probeType="Startup" pod="{ns}/keycloak-1" podUID="{rec.uid()}" containerName="keycloak" probeResult="failure" output="Get \\"http://{ip1}:9000/health/started\\": dial tcp {ip1}:9000: connect: connection refused"'))
    rec.E(330, ns, "Pod", "keycloak-1", "BackOff", "Back-off restarting failed container keycloak in pod keycloak-1_identity(" + rec.uid() + ")", type_="Warning", host=n[1], field="spec.containers{keycloak}", count=2)
    rec.host(60, n[1], "kernel", f"IPv6: ADDRCONF(NETDEV_CHANGE): cali{rec.h(11)}: link becomes ready")
    for k in range(4):
        t = r.choice(cycles) + 20.5 + r.uniform(0.1, 6)
        rec.add(t, S_op, f'[@SLASH@] [oauthproxy.go:{r.choice([832, 861])}] Error redeeming code during OAuth2 callback: token exchange failed: Post "https://auth.acme.io/realms/acme/protocol/openid-connect/token": EOF')
    for _ in range(6):
        rec.add(r.uniform(0, 330), S_op, f'{rec.ip("10.244")}:{rec.port()} - {rec.uid()} - user{r.randint(1, 9000)}@acme.io [@SLASH@] portal.acme.io GET - "/dashboard" HTTP/1.1 "{r.choice(BROWSERS)}" 200 {r.randint(2000, 40000)} 0.0{r.randint(10, 99)}')
    return dict(question="keycloak-1 restarts every couple of minutes but its logs look fine. What's killing it?",
                selector=SEL(ns, pod="keycloak-1"),
                expected=EXP("CRITICAL", "probe_failure", "keycloak",
                             "keycloak-1's liveness probe on :9000/health/live times out (Client.Timeout, probe timeout too tight for the loaded JVM) three times in a row, so kubelet kills a process that is otherwise starting and serving logins; it happens on every restart.",
                             "Kubelet restarts keycloak-1 about every two minutes for failed liveness probes although Keycloak starts, joins the Infinispan cluster and serves logins; users see intermittent OAuth callback errors during each kill.",
                             "Raise the liveness probe timeoutSeconds/failureThreshold (or probe a cheaper endpoint) for keycloak, and check CPU limits so the management interface can answer within the timeout."))


@scenario
def s_probe_readiness_port_mismatch(rec):
    r = rec.rng
    rec.style = "app"
    ns = "web"
    n = [eks_node(rec, "us-east-1") for _ in range(3)]
    rs_old, rs_new = rec.sfx(10), rec.sfx(10)
    old = [rec.dpod("storefront", rs_old) for _ in range(2)]
    new = rec.dpod("storefront", rs_new)
    S_old = [rec.P(ns, old[i], "storefront", n[i], "storefront") for i in range(2)]
    S_new = rec.P(ns, new, "storefront", n[2], "storefront")
    tr = rec.dpod("traefik")
    S_tr = rec.P("traefik", tr, "traefik", n[0], "traefik")
    kpid = r.randint(1500, 3000)
    ip = rec.ip("10.0")
    rec.E(1, ns, "Deployment", "storefront", "ScalingReplicaSet", f"Scaled up replica set storefront-{rs_new} to 1", comp="deployment-controller")
    rec.add(6, S_new, "=> Booting Puma")
    rec.add(6.1, S_new, "=> Rails 7.1.3 application starting in production ")
    rec.add(6.2, S_new, "=> Run `bin/rails server --help` for more startup options")
    rec.add(7.5, S_new, "Puma starting in single mode...")
    rec.add(7.6, S_new, '* Puma version: 6.4.2 (ruby 3.3.0-p0) ("The Eagle of Durango")')
    rec.add(7.7, S_new, "*  Min threads: 5")
    rec.add(7.8, S_new, "*  Max threads: 5")
    rec.add(7.9, S_new, "*  Environment: production")
    rec.add(8.0, S_new, "*          PID: 1")
    rec.add(8.1, S_new, "* Listening on http://0.0.0.0:3000")
    rec.add(8.2, S_new, "Use Ctrl-C to stop")
    for k in range(8):
        t = 15 + k * 30
        rec.host(t, n[2], "kubelet.service", klog("I", kpid, "prober.go:107", f'"Probe failed" probeType="Readiness" pod="{ns}/{new}" podUID="{rec.uid()}" containerName="storefront" probeResult="failure" output="Get \\"http://{ip}:8080/up\\": dial tcp {ip}:8080: connect: connection refused"'), ev=(k in (0, 4)))
    rec.E(45, ns, "Pod", new, "Unhealthy", f'Readiness probe failed: Get "http://{ip}:8080/up": dial tcp {ip}:8080: connect: connection refused', type_="Warning", count=14, host=n[2], field="spec.containers{storefront}", ev=True)
    rec.E(250, ns, "Pod", new, "Unhealthy", f'Readiness probe failed: Get "http://{ip}:8080/up": dial tcp {ip}:8080: connect: connection refused', type_="Warning", count=48, host=n[2], field="spec.containers{storefront}")
    rec.E(601 - 340, ns, "Deployment", "storefront", "ProgressDeadlineExceeded", f'ReplicaSet "storefront-{rs_new}" has timed out progressing.', type_="Warning", comp="deployment-controller", ev=True)
    for _ in range(3):
        t = r.uniform(20, 250)
        rec.add(t, S_new, f"I, [@RUBY@ #1]  INFO -- : [{rec.uid()}] Started GET \"/up\" for 127.0.0.1 at {rec.at(t, 'SP0')} +0000")
        rec.add(t + 0.003, S_new, f"I, [@RUBY@ #1]  INFO -- : [{rec.uid()}] Completed 200 OK in 1ms (Views: 0.3ms | ActiveRecord: 0.0ms | Allocations: 212)")
    def rails(S):
        def g():
            path = r.choice(["/", "/products/" + str(r.randint(1, 900)), "/cart", "/search?q=lamp"])
            return f"I, [@RUBY@ #1]  INFO -- : [{rec.uid()}] Completed 200 OK in {r.randint(8, 140)}ms (Views: {r.uniform(2, 60):.1f}ms | ActiveRecord: {r.uniform(1, 40):.1f}ms | Allocations: {r.randint(2000, 40000)})"
        return g
    for i in range(2):
        rec.spread(S_old[i], 0, 270, 5, rails(S_old[i]))
    def trl():
        return J({"ClientAddr": f"{rec.ip('10.0')}:{rec.port()}", "ClientHost": rec.ip("10.0"), "DownstreamStatus": 200, "Duration": r.randint(8000000, 150000000),
                  "OriginStatus": 200, "RequestHost": "shop.acme.com", "RequestMethod": "GET", "RequestPath": r.choice(["/", "/cart", "/products/12"]),
                  "RouterName": "web-storefront-shop-acme-com@kubernetes", "ServiceName": "web-storefront-80@kubernetes", "StartUTC": "@ISO9@", "entryPointName": "websecure", "level": "info", "msg": "", "time": "@ISOS@"})
    rec.spread(S_tr, 0, 270, 7, trl)
    p, ua = r.choice(SCANNERS)
    rec.add(r.uniform(0, 270), S_tr, J({"ClientHost": "198.51.100." + str(r.randint(2, 250)), "DownstreamStatus": 404, "RequestHost": "shop.acme.com", "RequestMethod": "GET", "RequestPath": p, "RouterName": "", "level": "info", "msg": "", "time": "@ISOS@", "request_User-Agent": ua}))
    return dict(question="The storefront rollout never finishes: the new pod starts fine but never becomes Ready. Why?",
                selector=SEL(ns, app="storefront"),
                expected=EXP("ERROR", "probe_failure", "storefront",
                             "The new storefront image serves Puma on port 3000, but the Deployment's readiness probe still targets :8080/up, so every probe gets connection refused and the pod never becomes Ready.",
                             "The new storefront pod boots and answers /up on port 3000, yet its readiness probe on 8080 fails continuously; the rollout exceeded its progress deadline while the two old pods keep serving.",
                             "Point the readiness (and liveness) probe and the container/Service ports at 3000, or set PORT=8080 for Puma, then re-apply the Deployment."))


@scenario
def s_probe_readiness_flap(rec):
    r = rec.rng
    rec.style = "full"
    rec.evshape = "eventrouter"
    ns = "search"
    n = [gke_node(rec, "prod", "pool-b") for _ in range(3)]
    sa = [rec.dpod("search-api") for _ in range(3)]
    S = [rec.P(ns, sa[i], "search-api", n[i], "search-api") for i in range(3)]
    bff = rec.dpod("web-bff")
    S_b = rec.P(ns, bff, "web-bff", n[0], "web-bff")
    kp = r.randint(1000, 3000)
    for i in range(3):
        rec.spread(S[i], 0, 300, 6, lambda: J({"level": "info", "time": "@ISO@", "msg": "search served", "q_len": r.randint(3, 30), "hits": r.randint(0, 900), "took_ms": r.randint(3, 60)}))
    t0 = 120
    rec.add(t0, S[1], J({"level": "info", "time": "@ISO@", "msg": "index snapshot swap started", "snapshot": "products-" + rec.at(0, "ISOS")[:10].replace("-", "") + "-0400", "size_mb": 2310}))
    rec.add(t0 + 4, S[1], J({"level": "warn", "time": "@ISO@", "msg": "readiness check failing", "check": "index_snapshot", "reason": "snapshot swap in progress"}), ev=True)
    for j in range(3):
        rec.host(t0 + 5 + j * 10, n[1], "kubelet.service", klog("I", kp, "prober.go:107", f'"Probe failed" probeType="Readiness" pod="{ns}/{sa[1]}" podUID="{rec.uid()}" containerName="search-api" probeResult="failure" output="HTTP probe failed with statuscode: 503"'), ev=(j == 0))
    rec.E(t0 + 25.1, ns, "Pod", sa[1], "Unhealthy", "Readiness probe failed: HTTP probe failed with statuscode: 503", type_="Warning", count=3, host=n[1], field="spec.containers{search-api}", ev=True)
    rec.host(t0 + 25.2, n[1], "kubelet.service", klog("I", kp, "kubelet.go:2461", f'"SyncLoop (probe)" probe="readiness" status="" pod="{ns}/{sa[1]}"'), ev=True)
    rec.add(t0 + 41, S[1], J({"level": "info", "time": "@ISO@", "msg": "index snapshot swap finished", "took_ms": 40812}))
    rec.host(t0 + 45, n[1], "kubelet.service", klog("I", kp, "kubelet.go:2461", f'"SyncLoop (probe)" probe="readiness" status="ready" pod="{ns}/{sa[1]}"'))
    for _ in range(3):
        rec.add(r.uniform(t0 + 5, t0 + 40), S_b, J({"level": "warn", "time": "@ISO@", "msg": "upstream retry", "upstream": "search-api", "error": "503 Service Unavailable", "attempt": 1, "outcome": "succeeded on retry"}))
    rec.spread(S_b, 0, 300, 7, lambda: J({"level": "info", "time": "@ISO@", "msg": "request", "path": r.choice(["/search", "/suggest", "/product"]), "status": 200, "ms": r.randint(10, 120)}))
    kubelet_noise(rec, n[1], 0, 300, 5, [f"{ns}/{sa[1]}", f"{ns}/{bff}"])
    return dict(question="search-api had readiness probe failures around the top of the hour. Should I worry?",
                selector=SEL(ns, app="search-api"),
                expected=EXP("WARN", "probe_failure", "search-api",
                             "During its hourly index snapshot swap, one search-api pod's /readyz returns 503 (index_snapshot check), so its readiness probe fails for about 40 s and the pod is taken out of the Service endpoints.",
                             "A search-api replica was briefly NotReady while swapping its index snapshot; web-bff retried the few 503s successfully and the pod became ready again after the swap.",
                             "Optional: swap snapshots without failing readiness (serve the old index until the new one is loaded) or stagger swaps across replicas; raise failureThreshold if brief unreadiness is acceptable."))


# =========================================================================== scheduling

@scenario
def s_sched_karpenter_nodepool_limit(rec):
    r = rec.rng
    rec.style = "app"
    ns = "spark-jobs"
    app = "clickstream-daily"
    sid = rec.h(8)
    drv = f"{app}-driver"
    n = [eks_node(rec) for _ in range(3)]
    kp = rec.dpod("karpenter")
    S_k = rec.P("kube-system", kp, "controller", n[0], "karpenter")
    S_d = rec.P(ns, drv, "spark-kubernetes-driver", n[1], app)
    ex_run = [f"{app}-{sid}-exec-{i}" for i in (1, 2)]
    ex_pend = [f"{app}-{sid}-exec-{i}" for i in range(3, 11)]
    S_e = [rec.P(ns, ex_run[i], "spark-kubernetes-executor", n[1 + i], app) for i in range(2)]
    commit = rec.h(7)
    def kl(t, lvl, msg, ev=False, **kw):
        d = {"level": lvl, "time": "@ISO@", "logger": "controller", "message": msg, "commit": commit}
        d.update(kw)
        rec.add(t, S_k, J(d), ev)
    def sd(t, lvl, cls, msg, ev=False):
        rec.add(t, S_d, f"@SPARK@ {lvl} {cls}: {msg}", ev)
    sd(0, "INFO", "SparkContext", "Running Spark version 3.5.1")
    sd(2, "INFO", "ExecutorPodsAllocator", "Going to request 10 executors from Kubernetes for ResourceProfile Id: 0, target: 10, known: 0, sharedSlotFromPendingPods: 2147483647.")
    kl(4, "INFO", "found provisionable pod(s)", controller="provisioner", Pods=", ".join(f"{ns}/{p}" for p in ex_pend[:3]) + " and 7 other(s)", duration="41.2ms")
    kl(4.1, "INFO", "computed new nodeclaim(s) to fit pod(s)", controller="provisioner", nodeclaims=1, pods=2)
    kl(4.2, "INFO", "created nodeclaim", controller="provisioner", NodePool={"name": "batch"}, NodeClaim={"name": f"batch-{rec.sfx(5)}"}, requests={"cpu": "15250m", "memory": "61Gi", "pods": "7"}, instance_types="c6i.4xlarge, c6i.8xlarge, m6i.4xlarge and 17 other(s)")
    for k, t in enumerate((5, 65, 125, 185)):
        p = ex_pend[k]
        kl(t, "ERROR", "could not schedule pod", controller="provisioner", Pod={"name": p, "namespace": ns},
           error=f'incompatible with nodepool "default", did not tolerate workload=batch:NoSchedule; all available instance types exceed limits for nodepool: "batch"', ev=(k in (0, 2)))
        rec.E(t + 0.2, ns, "Pod", p, "FailedScheduling", 'Failed to schedule pod, incompatible with nodepool "default", did not tolerate workload=batch:NoSchedule; all available instance types exceed limits for nodepool: "batch"', type_="Warning", comp="karpenter", ev=(k == 1))
        rec.E(t + 0.4, ns, "Pod", p, "FailedScheduling", "0/41 nodes are available: 12 Insufficient cpu, 29 node(s) had untolerated taint {dedicated: ingest}. preemption: 0/41 nodes are available: 12 No preemption victims found for incoming pod, 29 Preemption is not helpful for scheduling.", type_="Warning", comp="default-scheduler", count=k + 1, ev=(k == 0))
    kl(66, "INFO", "nodepool limits reached", controller="nodepool.counter", NodePool={"name": "batch"}, limits={"cpu": "400"}, usage={"cpu": "398"})
    sd(20, "INFO", "KubernetesClusterSchedulerBackend$KubernetesDriverEndpoint", f"Registered executor NettyRpcEndpointRef(spark-client://Executor) ({rec.ip('10.0')}:{rec.port()}) with ID 1,  ResourceProfileId 0")
    sd(24, "INFO", "KubernetesClusterSchedulerBackend$KubernetesDriverEndpoint", f"Registered executor NettyRpcEndpointRef(spark-client://Executor) ({rec.ip('10.0')}:{rec.port()}) with ID 2,  ResourceProfileId 0")
    for t in (60, 120, 180, 240):
        sd(t - 15, "WARN", "TaskSchedulerImpl", "Initial job has not accepted any resources; check your cluster UI to ensure that workers are registered and have sufficient resources")
    for i in range(2):
        rec.spread(S_e[i], 25, 240, 5, lambda: f"@SPARK@ INFO Executor: Finished task {r.randint(0, 399)}.0 in stage 0.0 (TID {r.randint(0, 399)}). {r.randint(1800, 4000)} bytes result sent to driver")
    sd(200, "INFO", "TaskSetManager", f"Finished task 11.0 in stage 0.0 (TID 11) in {r.randint(40000, 90000)} ms on {rec.ip('10.0')} (executor 2) (12/400)")
    for _ in range(3):
        kl(r.uniform(0, 240), "INFO", "discovered ssm parameter", controller="nodeclass", parameter="/aws/service/eks/optimized-ami/1.29/amazon-linux-2023/x86_64/standard/recommended/image_id")
    return dict(question="clickstream-daily has been running for an hour with only 2 executors. Why aren't the other executors starting?",
                selector=SEL(ns, app=app),
                expected=EXP("ERROR", "scheduling", app,
                             "Eight clickstream-daily executor pods stay Pending: the Karpenter NodePool 'batch' is at its 400-CPU limit, so Karpenter cannot launch capacity, the 'default' NodePool is excluded by the workload=batch taint, and existing nodes have insufficient CPU.",
                             "The Spark job runs on 2 of 10 executors; the rest are unschedulable (FailedScheduling: all instance types exceed limits for nodepool 'batch') and the job is far behind.",
                             "Raise spec.limits.cpu on the batch NodePool (or free batch capacity), or reduce the job's executor count/size; the pending executors will schedule once capacity exists."))


@scenario
def s_sched_volume_zone_affinity(rec):
    r = rec.rng
    rec.style = "basic"
    rec.evshape = "alloy"
    ns = "cassandra"
    nodes = [aks_node(rec, "cass") for _ in range(5)]
    ca = rec.dpod("cluster-autoscaler")
    S_ca = rec.P("kube-system", ca, "cluster-autoscaler")
    cass = [f"cassandra-{i}" for i in range(6)]
    S_c = {i: rec.P(ns, cass[i], "cassandra") for i in (0, 1, 2, 3, 5)}
    ord_ = rec.dpod("orders-writer")
    S_o = rec.P("orders", ord_, "orders-writer")
    pend = "cassandra-4"
    for k, t in enumerate((3, 63, 183)):
        rec.E(t, ns, "Pod", pend, "FailedScheduling", "0/9 nodes are available: 3 node(s) had volume node affinity conflict, 6 node(s) didn't match Pod's node affinity/selector. preemption: 0/9 nodes are available: 9 Preemption is not helpful for scheduling.", type_="Warning", comp="default-scheduler", count=k + 1, ev=(k < 2))
    rec.add(5, S_ca, klog("I", 1, "orchestrator.go:546", f'Pod {ns}/{pend} can\'t be scheduled on aks-cass-{r.randint(10000000, 99999999)}-vmss, predicate checking error: node(s) had volume node affinity conflict; predicateName=VolumeBinding; reasons: node(s) had volume node affinity conflict; debugInfo='), ev=True)
    rec.add(5.2, S_ca, klog("I", 1, "orchestrator.go:182", "No pod can fit to aks-cass-" + str(r.randint(10000000, 99999999)) + "-vmss"))
    rec.E(6, ns, "Pod", pend, "NotTriggerScaleUp", "pod didn't trigger scale-up: 1 max node group size reached, 2 node(s) had volume node affinity conflict", comp="cluster-autoscaler", count=3, ev=True)
    rec.add(6.5, S_ca, klog("I", 1, "static_autoscaler.go:540", "1 unschedulable pods left"))
    rec.add(1, S_ca, klog("I", 1, "eligibility.go:104", f"Node {nodes[1]} - cpu utilization 0.82"))
    rec.add(2, S_ca, klog("W", 1, "clusterstate.go:1076", f"Failed to fetch instance type for node group aks-spot-{r.randint(10000000, 99999999)}-vmss: not found"))
    ip4 = rec.ip("10.244")
    for i in (0, 1, 2):
        rec.add(10 + i * 40, S_c[i], f"INFO  [GossipStage:1] @PY@ Gossiper.java:1358 - InetAddress /{ip4}:7000 is now DOWN")
    rec.add(40, S_c[0], f"INFO  [HintsWriteExecutor:1] @PY@ HintsStore.java:134 - Writing hints for /{ip4}:7000 (hints file {rec.uid()}-{int(rec.base.timestamp() * 1000)}-2.hints)")
    rec.add(130, S_c[2], f"WARN  [ScheduledTasks:1] @PY@ HintedHandoffMetrics.java:79 - /{ip4}:7000 has {r.randint(20000, 90000)} dropped hints, because node is down past configured hint window.")
    for i in (0, 1, 2, 3, 5):
        rec.spread(S_c[i], 0, 200, 3, lambda: f"INFO  [CompactionExecutor:{r.randint(1, 8)}] @PY@ CompactionTask.java:253 - Compacted ({rec.uid()}) 4 sstables to [/var/lib/cassandra/data/orders/order_events-{rec.h(32)}/nb-{r.randint(1000, 9999)}-big,] to level=0.  {r.randint(40, 400)}.{r.randint(100, 999)}MiB to {r.randint(30, 300)}.{r.randint(100, 999)}MiB (~{r.randint(60, 90)}% of original) in {r.randint(2000, 40000)}ms.")
    rec.add(80, S_c[1], f"INFO  [main] @PY@ StorageService.java:1812 - Node /{rec.ip('10.244')}:7000 state jump to NORMAL")
    rec.spread(S_o, 0, 200, 8, lambda: f'level=info ts=@ISO@ msg="batch written" table=order_events rows={r.randint(100, 900)} consistency=LOCAL_QUORUM latency_ms={r.randint(4, 30)}')
    rec.add(r.uniform(0, 200), S_o, 'level=warn ts=@ISO@ msg="query retried on next host" error="Operation timed out - received only 1 responses." consistency=LOCAL_QUORUM attempt=1')
    return dict(question="cassandra-4 has been Pending since the node pool change yesterday. Why won't it schedule?",
                selector=SEL(ns),
                expected=EXP("ERROR", "scheduling", "cassandra",
                             "cassandra-4's PersistentVolume is a zonal disk in westeurope-2, and the remaining cass node pool nodes in that zone were removed; the pod can only run in that zone, so the scheduler reports volume node affinity conflict and cluster-autoscaler cannot add a node there (node group at max size).",
                             "cassandra-4 is unschedulable (volume node affinity conflict), the ring runs with one node down, hints are being dropped past the hint window and writes rely on the remaining replicas.",
                             "Add capacity to the cass node pool in westeurope-2 (raise the max size or use a zone-pinned node group) so cassandra-4 can reattach its disk; afterwards run a repair for the node that missed hints."))


@scenario
def s_sched_quota_keda(rec):
    r = rec.rng
    rec.style = "promtail"
    ns = "fulfilment"
    keda = rec.dpod("keda-operator")
    S_k = rec.P("keda", keda, "keda-operator", app="keda-operator")
    rs = rec.sfx(10)
    ws = [rec.dpod("order-worker", rs) for _ in range(3)]
    S_w = [rec.P(ns, ws[i], "worker", app="order-worker") for i in range(3)]
    rmq = "rabbitmq-server-0"
    S_r = rec.P("messaging", rmq, "rabbitmq", app="rabbitmq")
    def kd(t, msg, **kw):
        d = {"level": "info", "ts": "@ISO@", "logger": "scaleexecutor", "msg": msg, "scaledobject.Name": "order-worker", "scaledObject.Namespace": ns, "scaleTarget.Name": "order-worker"}
        d.update(kw)
        rec.add(t, S_k, J(d))
    kd(3, "Successfully updated ScaleTarget", **{"Original Replicas Count": 6, "New Replicas Count": 14})
    rec.E(4, ns, "HorizontalPodAutoscaler", "keda-hpa-order-worker", "SuccessfulRescale", "New size: 14; reason: external metric s0-rabbitmq-orders(&LabelSelector{MatchLabels:map[string]string{scaledobject.keda.sh/name: order-worker,},MatchExpressions:[]LabelSelectorRequirement{},}) above target", comp="horizontal-pod-autoscaler")
    rec.E(4.5, ns, "Deployment", "order-worker", "ScalingReplicaSet", f"Scaled up replica set order-worker-{rs} to 14 from 6", comp="deployment-controller")
    for k, t in enumerate((5, 20, 60, 140)):
        p = f"order-worker-{rs}-{rec.sfx()}"
        msg = f'Error creating: pods "{p}" is forbidden: exceeded quota: fulfilment-compute, requested: requests.cpu=500m,requests.memory=512Mi, used: requests.cpu=7500m,requests.memory=7Gi, limited: requests.cpu=8,requests.memory=8Gi'
        rec.E(t, ns, "ReplicaSet", f"order-worker-{rs}", "FailedCreate", msg, type_="Warning", comp="replicaset-controller", count=k * 3 + 1, ev=(k < 3))
    rec.E(6, ns, "ReplicaSet", f"order-worker-{rs}", "SuccessfulCreate", f"Created pod: order-worker-{rs}-{rec.sfx()}", comp="replicaset-controller")
    qlen = [4200, 5100, 5600, 5400, 4700, 3100, 1400, 300]
    for i, q in enumerate(qlen):
        rec.add(i * 30 + 1, S_r, f"@SPUS@+00:00 [info] <0.{r.randint(1000, 9000)}.0> queue 'orders' in vhost 'fulfilment': {q} messages ready, 7 consumers")
    rec.add(2, S_r, f"@SPUS@+00:00 [info] <0.{r.randint(1000, 9000)}.0> accepting AMQP connection <0.{r.randint(1000, 9000)}.0> ({rec.ip()}:{rec.port()} -> {rec.ip()}:5672)")
    for i in range(3):
        rec.spread(S_w[i], 0, 240, 5, lambda: f"{r.choice(['INFO', 'INFO', 'INFO'])} @PY@ worker.handlers order={r.randint(100000, 999999)} status=picked duration_ms={r.randint(80, 900)}")
    kd(200, "Successfully updated ScaleTarget", **{"Original Replicas Count": 14, "New Replicas Count": 8})
    rec.E(201, ns, "HorizontalPodAutoscaler", "keda-hpa-order-worker", "SuccessfulRescale", "New size: 8; reason: All metrics below target", comp="horizontal-pod-autoscaler")
    rec.add(r.uniform(0, 200), S_k, J({"level": "info", "ts": "@ISO@", "logger": "controllers.ScaledObject", "msg": "ScaledObject doesn't have a fallback configured", "ScaledObject": {"name": "order-worker", "namespace": ns}}))
    return dict(question="KEDA scaled order-worker to 14 but only 7 pods exist. Are orders stuck?",
                selector=SEL(ns, app="order-worker"),
                expected=EXP("WARN", "scheduling", "order-worker",
                             "The fulfilment namespace ResourceQuota (requests.cpu=8, requests.memory=8Gi) is nearly used up, so the ReplicaSet cannot create the extra order-worker pods KEDA asked for (FailedCreate: exceeded quota).",
                             "During the order peak KEDA scaled order-worker from 6 to 14, but only one extra pod could be created because of the namespace quota; the queue grew to about 5,600 messages and drained on its own as the peak passed.",
                             "If the peak should be absorbed faster, raise the fulfilment-compute quota or lower the worker's CPU/memory requests, and cap maxReplicaCount to what the quota allows."))


# =========================================================================== dns_resolution

@scenario
def s_dns_coredns_loop(rec):
    r = rec.rng
    rec.style = "node"
    rec.evshape = "exporter"
    n = [f"kube-worker-{i}" for i in r.sample(range(1, 12), 3)]
    cps = [rec.dpod("coredns") for _ in range(2)]
    S_c = [rec.P("kube-system", cps[i], "coredns", n[i]) for i in range(2)]
    oa = rec.dpod("orders-api")
    S_o = rec.P("shop", oa, "orders-api", n[2])
    wk = rec.dpod("email-worker")
    S_w = rec.P("shop", wk, "worker", n[0])
    bb = rec.dpod("billing-batch")
    S_bb = rec.P("billing", bb, "batch", n[1])
    kp = r.randint(800, 2500)
    for k, t0 in enumerate((0, 40, 110)):
        for i in range(2):
            t = t0 + i * 3
            rec.add(t, S_c[i], ".:53")
            rec.add(t + 0.01, S_c[i], f"[INFO] plugin/reload: Running configuration SHA512 = {rec.h(128)}")
            rec.add(t + 0.02, S_c[i], "CoreDNS-1.11.1")
            rec.add(t + 0.03, S_c[i], "linux/amd64, go1.20.7, ae2bbc2")
            rec.add(t + 0.2, S_c[i], f'[FATAL] plugin/loop: Loop (127.0.0.1:{rec.port()} -> :53) detected for zone ".", see https://coredns.io/plugins/loop#troubleshooting. Query: "HINFO {r.randint(10**18, 10**19 - 1)}.{r.randint(10**18, 10**19 - 1)}."', ev=(k == 0 or (k == 1 and i == 0)))
        if k > 0:
            rec.E(t0 + 4, "kube-system", "Pod", cps[0], "BackOff", f"Back-off restarting failed container coredns in pod {cps[0]}_kube-system({rec.uid()})", type_="Warning", count=k + 3, host=n[0], field="spec.containers{coredns}", ev=(k == 1))
    rec.host(1, n[0], "kubelet.service", klog("I", kp, "kubelet.go:2461", f'"SyncLoop (probe)" probe="readiness" status="" pod="kube-system/{cps[0]}"'))
    rec.host(2, n[0], "kubelet.service", klog("W", kp, "dns.go:206", '"Found loopback nameserver in resolv.conf, kubelet will use the host DNS configuration for pods with dnsPolicy Default" nameserver="127.0.0.53" path="/etc/resolv.conf"'), ev=True)
    for _ in range(5):
        t = r.uniform(5, 180)
        if r.random() < 0.5:
            rec.add(t, S_o, f'ts=@ISO@ level=error caller=db.go:61 msg="db connect failed" err="dial tcp: lookup orders-db.shop.svc.cluster.local on 10.96.0.10:53: read udp {rec.ip()}:{rec.port()}->10.96.0.10:53: read: connection refused"')
        else:
            rec.add(t, S_o, f'ts=@ISO@ level=error caller=http.go:120 msg="payment call failed" err="Post \\"http://payments.shop.svc.cluster.local/v1/charge\\": dial tcp: lookup payments.shop.svc.cluster.local on 10.96.0.10:53: read udp {rec.ip()}:{rec.port()}->10.96.0.10:53: i/o timeout"')
    for _ in range(3):
        rec.add(r.uniform(5, 180), S_w, "smtplib error: [Errno -3] Temporary failure in name resolution (host=smtp.sendgrid.net)")
    rec.add(r.uniform(5, 180), S_w, "Traceback (most recent call last):")
    rec.add(r.uniform(5, 180), S_bb, "socket.gaierror: [Errno -2] Name or service not known")
    rec.spread(S_o, 0, 180, 5, lambda: f'ts=@ISO@ level=info caller=http.go:88 msg="request served" method=GET path=/healthz status=200 duration_ms=0')
    return dict(question="Half the cluster can't reach anything after the node OS upgrade last night. What broke?",
                selector=SEL("kube-system"),
                expected=EXP("CRITICAL", "dns_resolution", "coredns",
                             "After the node OS upgrade /etc/resolv.conf points at the systemd-resolved stub 127.0.0.53; CoreDNS forwards '.' to it, detects a forwarding loop and exits ([FATAL] plugin/loop), so both coredns pods crash-loop and cluster DNS is down.",
                             "Both CoreDNS replicas crash on start with a loop detection; workloads cannot resolve service or external names (lookups to 10.96.0.10 refused or timing out) and fail their calls.",
                             "Point kubelet's resolvConf at /run/systemd/resolve/resolv.conf (or make the CoreDNS forward plugin use real upstream resolvers), restart kubelet and the coredns pods, and verify resolution from a test pod."))


@scenario
def s_dns_nodelocal_upstream(rec):
    r = rec.rng
    rec.style = "app"
    ns = "checkout"
    n = [gke_node(rec, "prod", "pool-c") for _ in range(2)]
    nld = [rec.dspod("node-local-dns") for _ in range(2)]
    S_d = [rec.P("kube-system", nld[i], "node-cache", n[i], "node-local-dns") for i in range(2)]
    pg = [rec.dpod("payment-gateway") for _ in range(2)]
    S_p = [rec.P(ns, pg[i], "payment-gateway", n[i], "payment-gateway") for i in range(2)]
    cart = rec.dpod("cart")
    S_cart = rec.P(ns, cart, "cart", n[0], "cart")
    for i in range(2):
        for k in range(6):
            t = 30 + k * 35 + i * 7 + r.uniform(0, 5)
            host = r.choice(["api.stripe.com.", "api.adyen.com.", "hooks.slack.com."])
            rec.add(t, S_d[i], f"[ERROR] plugin/errors: 2 {host} {r.choice(['A', 'AAAA'])}: read udp {rec.ip('10.128.0')}:{rec.port()}->169.254.169.254:53: i/o timeout", ev=(k < 2 and i == 0) or (k == 0 and i == 1))
    for i in range(2):
        rec.add(2 + i, S_d[i], f"[INFO] Using Corefile /etc/coredns/Corefile")
        rec.add(2.2 + i, S_d[i], "[INFO] Updated Corefile with 0 custom stubdomains and upstream servers /etc/resolv.conf")
        rec.add(2.3 + i, S_d[i], f"[INFO] Using config file /etc/Corefile (SHA512 {rec.h(16)})")
        rec.add(100 + i, S_d[i], "[WARNING] No files matching import glob pattern: /etc/coredns/*.override")
    for i in range(2):
        for k in range(4):
            t = 40 + k * 50 + i * 11 + r.uniform(0, 3)
            rec.add(t, S_p[i], pino("error", "charge failed", pg[i], err={"type": "FetchError", "message": "request to https://api.stripe.com/v1/payment_intents failed, reason: getaddrinfo EAI_AGAIN api.stripe.com", "code": "EAI_AGAIN", "errno": "EAI_AGAIN", "hostname": "api.stripe.com"}, orderId=f"ord_{rec.sfx(12)}", attempt=3), ev=(k == 0 and i == 0) or (k == 1 and i == 1))
        rec.spread(S_p[i], 0, 260, 5, lambda i=i: pino("info", "charge succeeded", pg[i], psp="stripe", amount=r.randint(500, 40000), latencyMs=r.randint(200, 900)))
    rec.spread(S_cart, 0, 260, 8, lambda: J({"level": "info", "ts": "@ISO@", "msg": "cart updated", "items": r.randint(1, 9), "redis_ms": r.randint(0, 3)}))
    rec.add(r.uniform(0, 260), S_cart, J({"level": "info", "ts": "@ISO@", "msg": "resolved redis-cart.checkout.svc.cluster.local", "addrs": [rec.ip("10.4")], "took_ms": 1}))
    return dict(question="Payments to Stripe fail intermittently with EAI_AGAIN. Is Stripe down?",
                selector=SEL(ns, app="payment-gateway"),
                expected=EXP("ERROR", "dns_resolution", "node-local-dns",
                             "NodeLocal DNSCache on the pool-c nodes times out forwarding external names to the upstream metadata resolver 169.254.169.254, so lookups of api.stripe.com fail with EAI_AGAIN; cluster-internal names still resolve.",
                             "A share of payment-gateway charges fail with getaddrinfo EAI_AGAIN for api.stripe.com because node-local-dns cannot get answers from its upstream for external names; Stripe itself is reachable when the name resolves.",
                             "Check the node-local-dns upstream path (metadata server reachability, conntrack/packet drops on 169.254.169.254:53, rate of external queries), restart node-local-dns on the affected nodes, and reduce external lookups (lower ndots or use FQDNs with a trailing dot, enable caching in the client)."))


@scenario
def s_dns_mongo_headless(rec):
    r = rec.rng
    rec.style = "full"
    ns = "catalog"
    n = [eks_node(rec, "us-east-1") for _ in range(3)]
    m = [f"mongo-{i}" for i in range(3)]
    S_m = [rec.P(ns, m[i], "mongod", n[i], "mongo") for i in range(3)]
    cd = rec.dpod("coredns")
    S_cd = rec.P("kube-system", cd, "coredns", n[0], "coredns")
    api = rec.dpod("catalog-api")
    S_a = rec.P(ns, api, "catalog-api", n[1], "catalog-api")
    fq = f"mongo-2.mongo-svc.{ns}.svc.cluster.local"
    def mg(S, t, s, c, id_, ctx, msg, attr=None, ev=False):
        d = {"t": {"$date": "@ISOP@"}, "s": s, "c": c, "id": id_, "ctx": ctx, "msg": msg}
        if attr:
            d["attr"] = attr
        rec.add(t, S, J(d), ev)
    rec.E(1, ns, "StatefulSet", "mongo", "SuccessfulDelete", "delete Pod mongo-2 in StatefulSet mongo successful", comp="statefulset-controller")
    rec.E(8, ns, "Pod", "mongo-2", "Started", "Started container mongod", host=n[2], field="spec.containers{mongod}")
    mg(S_m[2], 9, "I", "CONTROL", 4615611, "initandlisten", "MongoDB starting", {"pid": 1, "port": 27017, "dbPath": "/data/db", "architecture": "64-bit", "host": "mongo-2"})
    mg(S_m[2], 11, "I", "NETWORK", 23016, "listener", "Waiting for connections", {"port": 27017, "ssl": "off"})
    mg(S_m[2], 11.5, "E", "REPL", 21405, "ReplCoord-0", "Locally stored replica set configuration does not have a valid entry for the current node; waiting for reconfig or remote heartbeat", {"error": {"code": 74, "codeName": "NodeNotFound", "errmsg": f"No host described in new configuration with {{version: 14, term: 9}} for replica set rs0 maps to this node"}, "localConfig": {"_id": "rs0", "version": 14}}, ev=True)
    for k, t in enumerate((12, 22, 32, 46)):
        mg(S_m[0], t, "I", "REPL_HB", 23974, f"ReplCoord-{r.randint(1, 40)}", "Heartbeat failed after max retries",
           {"target": f"{fq}:27017", "maxHeartbeatRetries": 2, "error": {"code": 6, "codeName": "HostUnreachable", "errmsg": f"Error connecting to {fq}:27017 :: caused by :: Could not find address for {fq}:27017: SocketException: Host not found (authoritative)"}}, ev=(k < 2))
        rec.add(t - 0.01, S_cd, f'[INFO] {rec.ip("10.0")}:{rec.port()} - {r.randint(1000, 65000)} "A IN {fq}. udp 72 false 1232" NXDOMAIN qr,aa,rd 165 0.000{r.randint(100, 300)}s', ev=(k == 0))
    rec.add(58, S_cd, f'[INFO] {rec.ip("10.0")}:{rec.port()} - {r.randint(1000, 65000)} "A IN {fq}. udp 72 false 1232" NOERROR qr,aa,rd 128 0.000{r.randint(100, 300)}s')
    mg(S_m[0], 60, "I", "REPL", 21215, "ReplCoord-7", "Member is in new state", {"hostAndPort": f"{fq}:27017", "newState": "STARTUP2"})
    mg(S_m[2], 61, "I", "REPL", 21392, "ReplCoord-1", "New replica set config in use", {"config": {"_id": "rs0", "version": 14}})
    mg(S_m[2], 75, "I", "REPL", 21358, "ReplCoord-2", "Replica set state transition", {"newState": "SECONDARY", "oldState": "RECOVERING"})
    mg(S_m[0], 76, "I", "REPL", 21215, "ReplCoord-9", "Member is in new state", {"hostAndPort": f"{fq}:27017", "newState": "SECONDARY"})
    for i in (0, 1):
        for _ in range(4):
            mg(S_m[i], r.uniform(0, 120), "I", "NETWORK", 51800, f"conn{r.randint(1000, 9000)}", "client metadata", {"remote": f"{rec.ip('10.0')}:{rec.port()}", "client": f"conn{r.randint(1000, 9000)}", "doc": {"driver": {"name": "nodejs", "version": "6.3.0"}, "platform": "Node.js v20.11.1, LE"}})
        mg(S_m[i], r.uniform(0, 120), "I", "WTCHKPT", 22430, "Checkpointer", "WiredTiger message", {"message": {"ts_sec": 1, "ts_usec": 0, "thread": "1:0x7f", "session_name": "WT_SESSION.checkpoint", "category": "WT_VERB_CHECKPOINT_PROGRESS", "category_id": 6, "verbose_level": "DEBUG_1", "verbose_level_id": 1, "msg": f"saving checkpoint snapshot min: {r.randint(1000, 9999)}, snapshot max: {r.randint(1000, 9999)} snapshot count: 0, oldest timestamp: (0, 0) , meta checkpoint timestamp: (0, 0) base write gen: {r.randint(100000, 999999)}"}})
    for _ in range(4):
        rec.add(r.uniform(0, 120), S_cd, f'[INFO] {rec.ip("10.0")}:{rec.port()} - {r.randint(1000, 65000)} "AAAA IN catalog-api.{ns}.svc.cluster.local. udp 60 false 1232" NOERROR qr,aa,rd 155 0.000{r.randint(100, 300)}s')
    rec.spread(S_a, 0, 120, 8, lambda: pino("info", "request completed", api, res={"statusCode": 200}, responseTime=round(r.uniform(3, 40), 2), route=r.choice(["/products/:id", "/categories", "/search"])))
    rec.add(40, S_a, pino("warn", "MongoServerSelectionError on secondaryPreferred read, retrying on primary", api, topology="ReplicaSetWithPrimary"))
    return dict(question="mongo-0 logs HostUnreachable / Host not found for mongo-2 after the rolling restart. Is the replica set broken?",
                selector=SEL(ns, app="mongo"),
                expected=EXP("WARN", "dns_resolution", "mongo",
                             f"While mongo-2 restarted, its per-pod DNS record in the headless service mongo-svc was not published (the pod was not Ready), so {fq} returned NXDOMAIN; mongo-2 could not find itself in the replica set config and the other members' heartbeats failed with 'Host not found'.",
                             "For about a minute after the restart mongo-2 was unresolvable and out of the replica set; once its DNS record appeared it rejoined as SECONDARY and reads continued on the primary meanwhile.",
                             "Optional: set publishNotReadyAddresses: true on the mongo headless service so members resolve while starting, and keep the rolling restart one member at a time."))


# =========================================================================== connection_refused

@scenario
def s_connrefused_redis_failover(rec):
    r = rec.rng
    rec.style = "basic"
    rec.evshape = "alloy"
    ns = "sessions"
    n = [aks_node(rec, "apps") for _ in range(3)]
    rn = [f"redis-node-{i}" for i in range(3)]
    S_sen = [rec.P(ns, rn[i], "sentinel") for i in range(3)]
    S_red = [rec.P(ns, rn[i], "redis") for i in range(3)]
    ses = [rec.dpod("session-api") for _ in range(2)]
    S_s = [rec.P("web", ses[i], "session-api") for i in range(2)]
    cartp = rec.dpod("cart-service")
    S_c = rec.P("web", cartp, "cart-service")
    old_ip, new_ip = rec.ip("10.244.2"), rec.ip("10.244.1")
    rec.E(0, "", "Node", n[0], "NodeNotSchedulable", f"Node {n[0]} status is now: NodeNotSchedulable", host=n[0])
    rec.E(2, ns, "Pod", rn[0], "Killing", "Stopping container redis", host=n[0], field="spec.containers{redis}")
    rec.add(2.2, S_red[0], f"1:signal-handler (@EPOCHS@) Received SIGTERM scheduling shutdown...")
    rec.add(2.4, S_red[0], f"1:M @REDIS@ # User requested shutdown...")
    rec.add(2.5, S_red[0], f"1:M @REDIS@ * Saving the final RDB snapshot before exiting.")
    rec.add(3.1, S_red[0], f"1:M @REDIS@ # Redis is now ready to exit, bye bye...")
    def sen(i, t, msg, ev=False):
        rec.add(t, S_sen[i], f"1:X @REDIS@ {msg}", ev)
    sen(1, 8.1, f"# +sdown master mymaster {old_ip} 6379", ev=True)
    sen(2, 8.3, f"# +sdown master mymaster {old_ip} 6379")
    sen(1, 8.4, f"# +odown master mymaster {old_ip} 6379 #quorum 2/2")
    sen(1, 8.5, f"# +new-epoch {r.randint(10, 40)}")
    sen(1, 8.6, f"# +try-failover master mymaster {old_ip} 6379")
    sen(1, 9.5, f"# +selected-slave slave {new_ip}:6379 {new_ip} 6379 @ mymaster {old_ip} 6379")
    sen(1, 9.6, f"* +failover-state-send-slaveof-noone slave {new_ip}:6379 {new_ip} 6379 @ mymaster {old_ip} 6379")
    sen(1, 21.0, f"# +switch-master mymaster {old_ip} 6379 {new_ip} 6379", ev=True)
    sen(2, 21.2, f"# +switch-master mymaster {old_ip} 6379 {new_ip} 6379")
    rec.add(9.7, S_red[1], "1:M @REDIS@ * MASTER MODE enabled (user request from 'id=12 addr=" + rec.ip() + ":" + str(rec.port()) + " laddr=" + new_ip + ":6379 fd=13 name=sentinel-" + rec.h(8) + "-cmd age=4212 idle=0 flags=x db=0 sub=0 psub=0 ssub=0 multi=4 qbuf=188 qbuf-free=20286 argv-mem=4 multi-mem=169 rbs=1024 rbp=1024 obl=45 oll=0 omem=0 tot-mem=22597 events=r cmd=exec user=default redir=-1 resp=2 lib-name= lib-ver=')")
    for k in range(5):
        t = 5 + k * 3.2
        i = k % 2
        rec.add(t, S_s[i], f"[ioredis] Unhandled error event: Error: connect ECONNREFUSED {old_ip}:6379", ev=(k == 1))
        rec.add(t + 0.01, S_s[i], "    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)")
    rec.add(9, S_c, spring("WARN", 1, "ioEventLoop-6-2", "i.l.core.protocol.ConnectionWatchdog", f"Cannot reconnect to [{old_ip}/<unresolved>:6379]: Connection refused: /{old_ip}:6379"), ev=True)
    rec.add(9.01, S_c, f"io.netty.channel.AbstractChannel$AnnotatedConnectException: Connection refused: /{old_ip}:6379")
    rec.add(16, S_c, spring("WARN", 1, "nio-8080-exec-4", "c.a.cart.CartRepository", "Redis command timed out while master unavailable; serving cart from request cache"))
    rec.add(22.5, S_c, spring("INFO", 1, "ioEventLoop-6-3", "i.l.core.protocol.ReconnectionHandler", f"Reconnected to {new_ip}/<unresolved>:6379"))
    for i in range(2):
        rec.add(22 + i, S_s[i], pino("info", "redis sentinel switched master", ses[i], master=f"{new_ip}:6379"))
    rec.add(25, S_red[1], f"1:M @REDIS@ * Replica {rec.ip('10.244.3')}:6379 asks for synchronization")
    rec.add(25.2, S_red[1], f"1:M @REDIS@ * Partial resynchronization request from {rec.ip('10.244.3')}:6379 accepted. Sending 412 bytes of backlog starting from offset {r.randint(10**8, 10**9)}.")
    rec.add(60, S_red[0], "1:C @REDIS@ # WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition. Being disabled, it can also cause failures without low memory condition, see https://github.com/jemalloc/jemalloc/issues/1328. To fix this issue add 'vm.overcommit_memory = 1' to /etc/sysctl.conf and then reboot or run the command 'sysctl vm.overcommit_memory=1' for this to take effect.")
    rec.add(60.5, S_red[0], "1:C @REDIS@ * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo")
    rec.add(62, S_red[0], f"1:S @REDIS@ * Connecting to MASTER {new_ip}:6379")
    rec.add(62.3, S_red[0], "1:S @REDIS@ * MASTER <-> REPLICA sync: Finished with success")
    for i in range(2):
        rec.spread(S_s[i], 25, 150, 6, lambda i=i: pino("info", "session refreshed", ses[i], userId=f"u_{rec.sfx(8)}", ttl=1800))
        rec.spread(S_s[i], 0, 4.5, 2, lambda i=i: pino("info", "session refreshed", ses[i], userId=f"u_{rec.sfx(8)}", ttl=1800))
    rec.spread(S_c, 25, 150, 5, lambda: spring("INFO", 1, f"nio-8080-exec-{r.randint(1, 9)}", "c.a.cart.CartController", f"cart {rec.uid()[:8]} updated items={r.randint(1, 8)}"))
    return dict(question="We got a burst of ECONNREFUSED to Redis during this morning's node maintenance. Was data lost?",
                selector=SEL("web"),
                expected=EXP("WARN", "connection_refused", "redis",
                             f"Draining the node stopped the Redis master redis-node-0 ({old_ip}); until Sentinel promoted redis-node-1 about 13 s later, clients kept connecting to the old master address and got connection refused.",
                             "A planned node drain caused a short Redis Sentinel failover; session-api and cart-service saw ECONNREFUSED for ~15 s, then switched to the new master, and the old node rejoined as a replica with a partial resync.",
                             "No immediate action. To shorten the window, trigger a SENTINEL FAILOVER before draining the master's node, or lower down-after-milliseconds."))


@scenario
def s_connrefused_istio_ledger(rec):
    r = rec.rng
    rec.style = "full"
    ns = "payments"
    n = [gke_node(rec, "prod", "default-pool") for _ in range(3)]
    co = [rec.dpod("checkout") for _ in range(2)]
    S_px = [rec.P(ns, co[i], "istio-proxy", n[i], "checkout") for i in range(2)]
    S_app = [rec.P(ns, co[i], "checkout", n[i], "checkout") for i in range(2)]
    fr = rec.dpod("fraud-check")
    S_fr = rec.P(ns, fr, "istio-proxy", n[2], "fraud-check")
    led = "ledger.corp.acme.internal"
    lip = "10.60.4.21"
    for k in range(10):
        t = 20 + k * 23 + r.uniform(0, 5)
        i = k % 2
        rec.add(t, S_px[i], envoy_access(rec, "POST", "/v1/journal", 503, "UF,URX", "upstream_reset_before_response_started{remote_connection_failure,delayed_connect_error:_Connection_refused}", f"{led}:8443", f"{lip}:8443", f"outbound|8443||{led}", r.randint(2, 12), ua="okhttp/4.12.0", tx=145, rx=r.randint(400, 900)), ev=(k in (0, 3)))
        order = r.randint(80000, 99999)
        rec.add(t + 0.01, S_app[i], spring("ERROR", 1, f"nio-8080-exec-{r.randint(1, 20)}", "c.a.checkout.ledger.LedgerClient", f"journal post failed for order {order}: 503 Service Unavailable: \"upstream connect error or disconnect/reset before headers. retried and the latest reset reason: remote connection failure, transport failure reason: delayed connect error: Connection refused\""), ev=(k in (0, 5)))
        rec.add(t + 0.02, S_app[i], spring("WARN", 1, f"nio-8080-exec-{r.randint(1, 20)}", "c.a.checkout.outbox.OutboxService", f"order {order} journal entry queued in outbox (pending={20 + k * 19})"))
    for i in range(2):
        rec.add(1 + i, S_px[i], "@ISO6@\twarning\tenvoy config external/envoy/source/extensions/config_subscription/grpc/grpc_stream.h:193\tStreamAggregatedResources gRPC config stream to xds-grpc closed since 1799s ago: 13, \tthread=15")
        rec.spread(S_px[i], 0, 260, 6, lambda: envoy_access(rec, "POST", r.choice(["/v1/fraud/score", "/v1/tax/quote"]), 200, "-", "via_upstream", r.choice(["fraud-check:8080", "tax:8080"]), f"{rec.ip('10.8')}:8080", r.choice(["outbound|8080||fraud-check.payments.svc.cluster.local", "outbound|8080||tax.payments.svc.cluster.local"]), r.randint(3, 80)))
        rec.spread(S_app[i], 0, 260, 4, lambda: spring("INFO", 1, f"nio-8080-exec-{r.randint(1, 20)}", "c.a.checkout.CheckoutController", f"checkout completed order={r.randint(80000, 99999)} total={r.randint(10, 900)}.{r.randint(0, 99):02d} EUR"))
    rec.add(120, S_px[0], f"@ISO6@\tinfo\tenvoy upstream external/envoy/source/common/upstream/outlier_detection_impl.cc:...\toutlier detection: ejecting host {lip}:8443 from cluster outbound|8443||{led} (consecutive_local_origin_failure)".replace("outlier_detection_impl.cc:...", "outlier_detection_impl.cc:1134"), ev=True)
    rec.spread(S_fr, 0, 260, 6, lambda: envoy_access(rec, "POST", "/v1/fraud/score", 200, "-", "via_upstream", "fraud-check:8080", f"{rec.ip('10.8')}:8080", "inbound|8080||", r.randint(3, 60)))
    return dict(question="Checkout journal posts to the ledger fail with 503 since 09:00. Is Istio broken?",
                selector=SEL(ns, app="checkout"),
                expected=EXP("ERROR", "connection_refused", "ledger",
                             f"The external ledger service ({led}:8443, {lip}) refuses TCP connections; Envoy's egress to the ServiceEntry fails with UF / delayed connect error: Connection refused and returns 503 to checkout. The mesh itself works (other upstreams answer 200).",
                             "Every checkout journal post to the on-prem ledger fails with 503 (connection refused) and is queued in the outbox; in-mesh calls are healthy.",
                             "Restore the ledger service on the on-prem host (check the process and its listener on 8443 after the maintenance) and confirm the firewall allows the mesh egress; the outbox will replay the queued journal entries once it accepts connections."))


@scenario
def s_connrefused_rds_mysql(rec):
    r = rec.rng
    rec.style = "node"
    ns = "shop"
    n = [eks_node(rec) for _ in range(3)]
    oa = [rec.dpod("orders-api") for _ in range(2)]
    S_o = [rec.P(ns, oa[i], "orders-api", n[i]) for i in range(2)]
    inv = rec.dpod("inventory-sync")
    S_i = rec.P(ns, inv, "inventory-sync", n[2])
    ic = rec.dpod("ingress-nginx-controller")
    S_ic = rec.P("ingress-nginx", ic, "controller", n[0])
    host = "orders-db.cluster-c8xq2b1kd9zf.eu-west-1.rds.amazonaws.com"
    dip = rec.ip("10.20.33")
    kp = r.randint(1200, 3300)
    for k in range(8):
        t = 10 + k * 40 + r.uniform(0, 8)
        i = k % 2
        rec.add(t, S_o[i], f'ts=@ISO@ level=error caller=store/mysql.go:77 msg="insert order failed" err="dial tcp {dip}:3306: connect: connection refused" order_id={r.randint(100000, 999999)}', ev=(k in (0, 4)))
        rec.add(t + 0.05, S_ic, nginx_access(rec, "/api/orders", 500, f"{ns}-orders-api-8080", f"{rec.ip()}:8080", method="POST", rt=round(r.uniform(0.01, 0.05), 3), size=64))
    for k in range(4):
        t = 30 + k * 80
        rec.add(t, S_i, f"@PY@ ERROR inventory_sync.job: sync batch failed")
        rec.add(t + 0.01, S_i, f"sqlalchemy.exc.OperationalError: (pymysql.err.OperationalError) (2003, \"Can't connect to MySQL server on '{host}' ([Errno 111] Connection refused)\")", ev=(k in (0, 2)))
        rec.add(t + 0.02, S_i, "(Background on this error at: https://sqlalche.me/e/20/e3q8)")
    for k in range(3):
        rec.E(60 + k * 90, ns, "Pod", oa[k % 2], "Unhealthy", "Readiness probe failed: HTTP probe failed with statuscode: 503", type_="Warning", count=4 + k * 9, host=n[k % 2], field="spec.containers{orders-api}")
    rec.host(61, n[0], "kubelet.service", klog("I", kp, "prober.go:107", f'"Probe failed" probeType="Readiness" pod="{ns}/{oa[0]}" podUID="{rec.uid()}" containerName="orders-api" probeResult="failure" output="HTTP probe failed with statuscode: 503"'))
    for i in range(2):
        rec.spread(S_o[i], 0, 340, 4, lambda: f'ts=@ISO@ level=info caller=http.go:88 msg="request served" method=GET path=/api/orders/{r.randint(100000, 999999)} status=200 cache=hit duration_ms={r.randint(1, 8)}')
        rec.add(r.uniform(0, 340), S_o[i], 'ts=@ISO@ level=info caller=health.go:31 msg="readiness: db ping failed" ready=false')
    nginx_noise(rec, S_ic, 0, 340, 6, f"{ns}-storefront-80", [f"{rec.ip()}:3000"], ["/", "/products", "/static/app.js"], scan=2)
    return dict(question="Checkout is down: every order POST returns 500. What's the cause?",
                selector=SEL(ns),
                expected=EXP("CRITICAL", "connection_refused", "orders-db",
                             f"The RDS MySQL endpoint {host} ({dip}:3306) refuses connections, so orders-api cannot insert orders and inventory-sync cannot run; the readiness failures are a consequence of the DB ping.",
                             "All order writes fail for several minutes with 'connection refused' from the orders-db RDS cluster; orders-api returns 500 on POST /api/orders and its pods go unready, only cached reads succeed.",
                             "Check the RDS cluster status and events (failover, reboot, maintenance, storage-full, security group or parameter changes) and restore the writer endpoint; once it accepts connections orders-api recovers without a restart."))


# =========================================================================== timeout

@scenario
def s_timeout_opensearch_forcemerge(rec):
    r = rec.rng
    rec.style = "app"
    ns = "search"
    n = [aks_node(rec, "search") for _ in range(3)]
    m = [f"opensearch-cluster-master-{i}" for i in range(3)]
    S_m = [rec.P(ns, m[i], "opensearch", n[i], "opensearch") for i in range(3)]
    ps = [rec.dpod("product-search") for _ in range(2)]
    S_p = [rec.P(ns, ps[i], "product-search", n[i], "product-search") for i in range(2)]
    ic = rec.dpod("ingress-nginx-controller")
    S_ic = rec.P("ingress-nginx", ic, "controller", n[2], "ingress-nginx")
    def os_(i, t, lvl, logger, msg, ev=False):
        rec.add(t, S_m[i], f"[@ISOC@][{lvl:<5}][{logger}] [{m[i]}] {msg}", ev)
    os_(0, 2, "INFO", "o.o.a.a.i.f.TransportForceMergeAction", "[products-v7] force merge started: max_num_segments [1], only_expunge_deletes [false], flush [true] (requested by reindex-cron)", ev=True)
    for i in range(3):
        os_(i, 5 + i, "INFO", "o.o.i.e.InternalEngine", f"[products-v7][{i}] now merging segments: {r.randint(40, 90)} -> 1 (force merge, {r.uniform(18, 31):.1f}gb)")
    for k in range(4):
        i = k % 3
        os_(i, 30 + k * 45, "WARN", "o.o.m.j.JvmGcMonitorService", f"[gc][{r.randint(100000, 900000)}] overhead, spent [{r.uniform(1.0, 2.4):.1f}s] collecting in the last [{r.uniform(1.5, 3):.1f}s]")
    for k in range(5):
        i = k % 3
        t = 40 + k * 40 + r.uniform(0, 5)
        took = r.uniform(24, 34)
        os_(i, t, "WARN", "index.search.slowlog.query", f"[products-v7][{r.randint(0, 5)}] took[{took:.1f}s], took_millis[{int(took * 1000)}], total_hits[{r.randint(20, 900)} hits], types[], stats[], search_type[QUERY_THEN_FETCH], total_shards[6], source[{{\"size\":48,\"query\":{{\"bool\":{{\"must\":[{{\"multi_match\":{{\"query\":\"{r.choice(['usb c cable', 'garden chair', 'lamp', 'kettle'])}\",\"fields\":[\"name^3\",\"description\"]}}}}]}}}}}}], id[],", ev=(k in (0, 2)))
    for k in range(7):
        t = 45 + k * 30 + r.uniform(0, 6)
        i = k % 2
        rec.add(t, S_p[i], spring("ERROR", 1, f"nio-8080-exec-{r.randint(1, 40)}", "c.a.search.ProductSearchService", f"search failed for q='{r.choice(['usb c cable', 'garden chair', 'lamp', 'kettle'])}': java.net.SocketTimeoutException: 30,000 milliseconds timeout on connection http-outgoing-{r.randint(1, 60)} [ACTIVE]"), ev=(k in (0, 3)))
        rec.add(t + 0.01, S_ic, f"@SLASH@ [error] {r.randint(20, 60)}#{r.randint(20, 60)}: *{r.randint(100000, 9999999)} upstream timed out (110: Operation timed out) while reading response header from upstream, client: {rec.ip('10.0')}, server: shop.acme.com, request: \"GET /api/search?q=lamp HTTP/1.1\", upstream: \"http://{rec.ip()}:8080/api/search?q=lamp\", host: \"shop.acme.com\"")
        rec.add(t + 0.02, S_ic, nginx_access(rec, "/api/search?q=lamp", 504, f"{ns}-product-search-8080", f"{rec.ip()}:8080", rt=30.001, size=160))
    for i in range(2):
        rec.spread(S_p[i], 0, 280, 3, lambda: spring("INFO", 1, f"nio-8080-exec-{r.randint(1, 40)}", "c.a.search.ProductSearchService", f"search q='{r.choice(['tv', 'sofa', 'mug'])}' hits={r.randint(1, 400)} took={r.randint(900, 4000)}ms"))
    return dict(question="Product search times out (504) since the morning. Is OpenSearch down?",
                selector=SEL(ns),
                expected=EXP("ERROR", "timeout", "opensearch",
                             "A force merge of products-v7 down to one segment, started by the reindex cron job during business hours, saturates the OpenSearch nodes (heavy merging and long GC pauses), so ordinary searches take 25–34 s and exceed product-search's 30 s socket timeout.",
                             "OpenSearch is up but very slow: the search slow log shows 25–34 s queries, product-search gets SocketTimeoutException and ingress-nginx returns 504 for many searches.",
                             "Stop or reschedule the force merge to off-peak hours (or run it on a read-only copy/alias swap), and watch search latency and GC return to normal; consider lower max_num_segments or not forcing merges on a live index."))


@scenario
def s_timeout_istio_recommendations(rec):
    r = rec.rng
    rec.style = "full"
    rec.evshape = "eventrouter"
    ns = "shop"
    n = [eks_node(rec) for _ in range(3)]
    fe = [rec.dpod("frontend") for _ in range(2)]
    S_fpx = [rec.P(ns, fe[i], "istio-proxy", n[i], "frontend") for i in range(2)]
    S_fe = [rec.P(ns, fe[i], "server", n[i], "frontend") for i in range(2)]
    rc = rec.dpod("recommendations")
    S_rc = rec.P(ns, rc, "server", n[2], "recommendations")
    t_r0, t_r1 = 60, 190
    rec.add(t_r0, S_rc, f"@PY@ INFO [recommender.model] model reload started version={rec.at(0, 'ISOS')[:10]} source=s3://acme-ml/recs/latest.onnx size_mb=1840")
    for k in range(3):
        rec.add(t_r0 + 20 + k * 35, S_rc, f"@PY@ WARNING [recommender.server] inference latency p99={r.uniform(3.6, 5.2):.1f}s over last 30s (budget 500ms), workers busy={r.randint(7, 8)}/8 during model reload", ev=(k < 2))
    rec.add(t_r1, S_rc, f"@PY@ INFO [recommender.model] model reload complete in {t_r1 - t_r0 - 2}s, warmup done")
    rec.add(t_r1 + 20, S_rc, f"@PY@ INFO [recommender.server] inference latency p99=0.{r.randint(11, 30)}s over last 30s (budget 500ms)")
    for k in range(8):
        t = t_r0 + 10 + k * 15 + r.uniform(0, 4)
        i = k % 2
        rec.add(t, S_fpx[i], envoy_access(rec, "POST", "/hipstershop.RecommendationService/ListRecommendations", 504, "UT", "response_timeout", "recommendations:8080", f"{rec.ip()}:8080", "outbound|8080||recommendations.shop.svc.cluster.local", 1000, ua="grpc-go/1.62.1", tx=0), ev=(k in (0, 3)))
        rec.add(t + 0.002, S_fe[i], J({"severity": "warning", "timestamp": "@ISO9@", "message": "failed to get recommendations, using fallback", "error": "rpc error: code = DeadlineExceeded desc = context deadline exceeded", "fallback": "popular_items"}), ev=(k == 1))
    for i in range(2):
        rec.spread(S_fpx[i], 0, 260, 7, lambda: envoy_access(rec, "POST", r.choice(["/hipstershop.ProductCatalogService/GetProduct", "/hipstershop.RecommendationService/ListRecommendations", "/hipstershop.CartService/GetCart"]), 200, "-", "via_upstream", "svc:8080", f"{rec.ip()}:8080", "outbound|8080||" + r.choice(["productcatalog", "recommendations", "cart"]) + ".shop.svc.cluster.local", r.randint(3, 90), ua="grpc-go/1.62.1"))
        rec.spread(S_fe[i], 0, 260, 3, lambda: J({"severity": "info", "timestamp": "@ISO9@", "message": "request complete", "http.req.path": r.choice(["/", "/product/OLJCESPC7Z", "/cart"]), "http.resp.status": 200, "http.resp.took_ms": r.randint(20, 300)}))
    rec.spread(S_rc, 0, 260, 5, lambda: f"@PY@ INFO [grpc] ListRecommendations product_ids={r.randint(2, 5)} returned=5 took_ms={r.randint(20, 90)}")
    return dict(question=None, selector=SEL(ns),
                expected=EXP("WARN", "timeout", "recommendations",
                             "While recommendations reloaded its 1.8 GB model, all 8 inference workers were busy and p99 latency rose to 4–5 s, beyond the 1 s route timeout, so Envoy returned 504 UT (response_timeout) to frontend.",
                             "For about two minutes frontend's calls to recommendations timed out (DeadlineExceeded) and frontend fell back to popular items; latency returned to normal once the reload completed.",
                             "Optional: reload the model in the background (load the new model before swapping) or stagger reloads across replicas and add a replica, so reloads do not block inference."))


@scenario
def s_timeout_kafka_producer_expiring(rec):
    r = rec.rng
    rec.style = "node"
    ns = "kafka"
    n = [f"kafka-node-{i}" for i in range(1, 4)]
    b = [f"events-kafka-{i}" for i in range(3)]
    S_b = [rec.P(ns, b[i], "kafka", n[i]) for i in range(3)]
    cs = [rec.dpod("clickstream-collector") for _ in range(2)]
    S_c = [rec.P("ingest", cs[i], "collector", n[i]) for i in range(2)]
    rp = rec.dpod("replay-job")
    S_rp = rec.P("data", rp, "replay", n[0])
    def bl(i, t, lvl, msg, ev=False):
        rec.add(t, S_b[i], f"@PY@ {lvl} {msg}", ev)
    rec.add(2, S_rp, spring("INFO", 1, "main", "c.a.replay.ReplayJob", "starting replay of topic clickstream from earliest for group analytics-backfill (partitions=24, max.poll.records=5000, fetch.max.bytes=104857600)"))
    bl(2, 3, "INFO", f"[GroupCoordinator 2]: Stabilized group analytics-backfill generation 1 (__consumer_offsets-7) with 8 members (kafka.coordinator.group.GroupCoordinator)")
    for k in range(3):
        bl(0, 50 + k * 40, "WARN", f"[ReplicaFetcher replicaId=0, leaderId=2, fetcherId=0] Error sending fetch request (sessionId={r.randint(10**8, 10**9)}, epoch={r.randint(1000, 9000)}) to node 2: (kafka.server.ReplicaFetcherThread)", ev=(k == 0))
        rec.add(50 + k * 40 + 0.001, S_b[0], f"java.net.SocketTimeoutException: Failed to connect within 30000 ms")
    leo = r.randint(40_000_000, 90_000_000)
    hw = leo - r.randint(20_000, 90_000)
    f0, f1 = hw - r.randint(0, 5000), hw - r.randint(0, 5000)
    bl(2, 95, "INFO", f"[Partition clickstream-11 broker=2] Shrinking ISR from 2,0,1 to 2. Leader: (highWatermark: {hw}, endOffset: {leo}). Out of sync replicas: (brokerId: 0, endOffset: {f0}, lastCaughtUpTimeMs: {int(rec.base.timestamp() * 1000) + 60000}) (brokerId: 1, endOffset: {f1}, lastCaughtUpTimeMs: {int(rec.base.timestamp() * 1000) + 61000}). (kafka.cluster.Partition)", ev=True)
    for k in range(6):
        i = k % 2
        t = 70 + k * 28 + r.uniform(0, 4)
        cid = r.randint(1000, 90000)
        rec.add(t, S_c[i], spring("WARN", 1, "ad | producer-1", "o.a.k.c.producer.internals.Sender", f"[Producer clientId=producer-1] Got error produce response with correlation id {cid} on topic-partition clickstream-11, retrying (2147483646 attempts left). Error: REQUEST_TIMED_OUT. Error Message: Disconnected from node 2 due to timeout"), ev=(k == 0))
        if k >= 2:
            nrec = r.randint(40, 90)
            rec.add(t + 1, S_c[i], spring("ERROR", 1, "ad | producer-1", "c.a.collector.KafkaSink", f"send failed, dropping {nrec} events: org.apache.kafka.common.errors.TimeoutException: Expiring {nrec} record(s) for clickstream-11:120001 ms has passed since batch creation"), ev=(k in (2, 4)))
    for i in range(2):
        rec.spread(S_c[i], 0, 260, 5, lambda: spring("INFO", 1, f"http-nio-8080-exec-{r.randint(1, 30)}", "c.a.collector.CollectController", f"accepted batch events={r.randint(20, 400)} from sdk=web/{r.choice(['3.2.1', '3.3.0'])}"))
    for i in (0, 1):
        for _ in range(3):
            bl(i, r.uniform(0, 260), "INFO", f"[LocalLog partition=clickstream-{r.choice([0, 3, 5, 8, 14, 19])}, dir=/var/lib/kafka/data-0/kafka-log{i}] Rolled new log segment at offset {r.randint(10**7, 10**8)} in {r.randint(1, 5)} ms. (kafka.log.LocalLog)")
    rec.spread(S_rp, 5, 260, 5, lambda: spring("INFO", 1, "main", "c.a.replay.ReplayJob", f"replayed {r.randint(2, 9)}.{r.randint(0, 9)}M records, {r.randint(800, 1400)} MB/s fetch from broker 2"))
    return dict(question="The clickstream collector is dropping events with 'Expiring N record(s)'. What's slowing Kafka down?",
                selector=SEL("ingest"),
                expected=EXP("CRITICAL", "timeout", "kafka",
                             "Broker events-kafka-2, leader of clickstream-11, is saturated by an analytics-backfill replay reading the topic from the earliest offset at ~1 GB/s; its request handling stalls for ~30 s, so produce requests and follower fetches to it time out and the ISR shrinks to the leader alone.",
                             "Producers to clickstream-11 get REQUEST_TIMED_OUT from broker 2 and batches expire after 120 s, so the collector is dropping events (data loss) while the other brokers are healthy.",
                             "Throttle or pause the replay-job (consumer quota / fetch.max.bytes, or run it against a follower with rack-aware fetching), let broker 2 recover and the ISR re-expand, then replay the dropped window from the collector's logs if possible; consider raising delivery.timeout.ms and adding broker network threads."))


# =========================================================================== tls_certificate

@scenario
def s_tls_kafka_cert_expired(rec):
    r = rec.rng
    rec.style = "app"
    rec.evshape = "eventrouter"
    ns = "streaming"
    n = [eks_node(rec, "us-east-1") for _ in range(3)]
    b = [f"kafka-{i}" for i in range(3)]
    S_b = [rec.P(ns, b[i], "kafka", n[i], "kafka") for i in range(3)]
    pr = rec.dpod("payments-events")
    S_pr = rec.P("payments", pr, "payments-events", n[0], "payments-events")
    go = rec.dpod("audit-shipper")
    S_go = rec.P("audit", go, "audit-shipper", n[1], "audit-shipper")
    exp_t = -r.randint(600, 1500)
    notafter = rec.at(exp_t, "JAVADATE")
    for k in range(6):
        i = k % 3
        t = 5 + k * 37
        rec.add(t, S_b[i], f"@PY@ INFO [SocketServer listenerType=ZK_BROKER, nodeId={i}] Failed authentication with /{rec.ip('10.0')} (channelId={rec.ip('10.0')}:9093-{rec.ip('10.0')}:{rec.port()}-{r.randint(10, 400)}) (SSL handshake failed) (org.apache.kafka.common.network.Selector)", ev=(k == 0))
    for k in range(4):
        t = 12 + k * 55
        rec.add(t, S_pr, spring("ERROR", 1, "ad | producer-1", "org.apache.kafka.clients.NetworkClient", f"[Producer clientId=producer-1] Connection to node -1 (kafka-bootstrap.streaming.svc/{rec.ip('10.100')}:9093) failed authentication due to: SSL handshake failed"), ev=(k == 0))
        if k < 2:
            rec.add(t + 0.01, S_pr, "org.apache.kafka.common.errors.SslAuthenticationException: SSL handshake failed")
            rec.add(t + 0.02, S_pr, "Caused by: javax.net.ssl.SSLHandshakeException: PKIX path validation failed: java.security.cert.CertPathValidatorException: validity check failed")
            rec.add(t + 0.03, S_pr, f"Caused by: java.security.cert.CertificateExpiredException: NotAfter: {notafter}", ev=(k == 0))
    for k in range(3):
        rec.add(30 + k * 70, S_go, f'@ISO@\tERROR\tshipper/kafka.go:142\tproduce failed\t{{"error": "kafka: client has run out of available brokers to talk to: 3 errors occurred:\\n\\t* tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time {rec.at(30 + k * 70, "ISOS")} is after {rec.at(exp_t, "ISOS")}\\n\\t* ...", "topic": "audit-log"}}', ev=(k == 0))
    rec.add(3, S_pr, spring("WARN", 1, "main", "o.a.k.clients.producer.ProducerConfig", "These configurations '[schema.registry.url]' were supplied but are not used yet."))
    for i in range(3):
        for _ in range(3):
            rec.add(r.uniform(0, 240), S_b[i], f"@PY@ INFO [GroupMetadataManager brokerId={i}] Removed 0 expired offsets in 0 milliseconds. (kafka.coordinator.group.GroupMetadataManager)")
    rec.add(r.uniform(0, 240), S_b[1], f"@PY@ INFO [Controller id=1] Processing automatic preferred replica leader election (kafka.controller.KafkaController)")
    rec.E(200, "payments", "Pod", pr, "Unhealthy", "Liveness probe failed: HTTP probe failed with statuscode: 503", type_="Warning", host=n[0], field="spec.containers{payments-events}")
    rec.spread(S_pr, 0, 240, 5, lambda: spring("INFO", 1, f"nio-8080-exec-{r.randint(1, 9)}", "c.a.payments.events.Outbox", f"outbox size={r.randint(900, 9000)} oldest={r.randint(60, 900)}s"))
    return dict(question="All producers to the streaming Kafka cluster fail with SSL handshake errors since ~10:00. What happened?",
                selector=SEL(ns, app="kafka"),
                expected=EXP("CRITICAL", "tls_certificate", "kafka",
                             f"The server certificate on the Kafka brokers' TLS listener (9093) expired ({notafter}); Java clients fail PKIX validation (CertificateExpiredException) and Go clients report x509 'certificate has expired', so no client can connect.",
                             "Every producer connecting to the streaming Kafka cluster over TLS fails its handshake because the broker certificate has expired; events pile up in the applications' outboxes.",
                             "Issue a new broker certificate (same SANs, signed by the trusted CA), update the keystore Secret and roll the brokers; then automate renewal (for example cert-manager or the operator's certificate management) and alert on expiry."))


@scenario
def s_tls_webhook_unknown_authority(rec):
    r = rec.rng
    rec.style = "basic"
    rec.evshape = "alloy"
    ctrl = "argocd-application-controller-0"
    S_c = rec.P("argocd", ctrl, "argocd-application-controller")
    wh = rec.dpod("external-secrets-webhook")
    S_w = rec.P("external-secrets", wh, "webhook")
    cc = rec.dpod("external-secrets-cert-controller")
    S_cc = rec.P("external-secrets", cc, "cert-controller")
    eso = rec.dpod("external-secrets")
    S_e = rec.P("external-secrets", eso, "external-secrets")
    url = "https://external-secrets-webhook.external-secrets.svc:443/validate-external-secrets-io-v1beta1-externalsecret?timeout=5s"
    err = f'Internal error occurred: failed calling webhook "validate.externalsecret.external-secrets.io": failed to call webhook: Post "{url}": tls: failed to verify certificate: x509: certificate signed by unknown authority (possibly because of "crypto/rsa: verification error" while trying to verify candidate authority certificate "external-secrets")'
    rec.add(2, S_cc, J({"level": "info", "ts": "@EPOCH@", "logger": "controllers.webhook-certs-updater", "msg": "generating new CA and serving certificate", "secret": "external-secrets/external-secrets-webhook", "reason": "ca expires in less than 7 days"}))
    rec.add(2.4, S_cc, J({"level": "info", "ts": "@EPOCH@", "logger": "controllers.webhook-certs-updater", "msg": "updated secret", "name": "external-secrets-webhook"}))
    rec.add(3, S_cc, J({"level": "error", "ts": "@EPOCH@", "logger": "controllers.webhook-certs-updater", "msg": "could not inject caBundle", "webhookconfig": "externalsecret-validate", "error": "Operation cannot be fulfilled on validatingwebhookconfigurations.admissionregistration.k8s.io \"externalsecret-validate\": the object has been modified; please apply your changes to the latest version and try again"}))
    rec.add(3.2, S_cc, J({"level": "info", "ts": "@EPOCH@", "logger": "controllers.webhook-certs-updater", "msg": "ca bundle already up to date, skipping", "webhookconfig": "externalsecret-validate", "caBundleHash": rec.h(16)}), ev=True)
    rec.add(10, S_w, J({"level": "info", "ts": "@EPOCH@", "logger": "controller-runtime.certwatcher", "msg": "Updated current TLS certificate"}))
    app = "argocd/payments"
    for k in range(4):
        t = 30 + k * 60
        m1 = kq(f"Adding resource result, status: 'SyncFailed', phase: 'Failed', message: '{err}'")
        rec.add(t, S_c, f'time="@ISOS@" level=info msg={m1} application={app} kind=ExternalSecret name=payments-db namespace=payments phase=Sync syncId=000{r.randint(10, 99)}-{rec.sfx(5)}', ev=(k in (0, 2)))
        m2 = kq(f"Updating operation state. phase: Running -> Failed, message: 'one or more objects failed to apply, reason: {err}'")
        rec.add(t + 0.2, S_c, f'time="@ISOS@" level=info msg={m2} application={app}')
        rec.add(t + 0.05, S_w, f"@SLASH@ http: TLS handshake error from {rec.ip('10.244.0')}:{rec.port()}: remote error: tls: bad certificate", ev=(k == 0))
        rec.E(t + 0.3, "argocd", "Application", "payments", "OperationCompleted", f"Sync operation to {rec.h(7)} failed: one or more objects failed to apply, reason: {err}", type_="Warning", comp="argocd-application-controller", ev=(k == 1))
    for _ in range(6):
        rec.add(r.uniform(0, 260), S_e, J({"level": "info", "ts": "@EPOCH@", "logger": "controllers.ExternalSecret", "msg": "reconciled secret", "ExternalSecret": {"name": r.choice(["search-api-key", "risk-db", "mailer-smtp"]), "namespace": r.choice(["search", "risk", "notify"])}}))
    rec.add(r.uniform(0, 260), S_e, J({"level": "info", "ts": "@EPOCH@", "logger": "KubeAPIWarningLogger", "msg": "external-secrets.io/v1beta1 ExternalSecret is deprecated, migrate to v1"}))
    for _ in range(3):
        rec.add(r.uniform(0, 260), S_w, J({"level": "info", "ts": "@EPOCH@", "logger": "controller-runtime.healthz", "msg": "healthz check passed", "checker": "ping"}) if r.random() < 0.5 else f"@SLASH@ http: TLS handshake error from {rec.ip('10.244.0')}:{rec.port()}: EOF")
    for _ in range(2):
        rec.add(r.uniform(0, 260), S_c, f'time="@ISOS@" level=info msg="Reconciliation completed" application=argocd/{r.choice(["search", "risk", "notify"])} dedup_ms=0 diff_ms={r.randint(1, 40)} fields.level=1 git_ms={r.randint(1, 90)} health_ms=1 live_ms=1 patch_ms=0 setop_ms=0 settings_ms=0 sync_ms=0 time_ms={r.randint(20, 200)}')
    return dict(question="Argo CD can't sync payments: the external-secrets webhook call fails with x509 unknown authority. Why now?",
                selector=SEL("external-secrets"),
                expected=EXP("ERROR", "tls_certificate", "external-secrets-webhook",
                             "The external-secrets cert-controller rotated the webhook's CA and serving certificate, but its caBundle injection into the externalsecret-validate ValidatingWebhookConfiguration hit a conflict and was then skipped, so the API server still trusts the old CA and rejects the webhook's new certificate (x509: certificate signed by unknown authority).",
                             "Every admission call to the external-secrets validating webhook fails TLS verification; Argo CD syncs that touch ExternalSecrets (payments) fail, while existing secrets keep reconciling.",
                             "Re-inject the current CA into the externalsecret-validate webhook configuration (restart the cert-controller or patch caBundle from the external-secrets-webhook Secret's ca.crt), then retry the Argo CD sync; report the skipped-injection bug upstream or pin cert-controller to a fixed version."))


@scenario
def s_tls_redis_hostname_mismatch(rec):
    r = rec.rng
    rec.style = "app"
    ns = "ml"
    n = [gke_node(rec, "ml", "cpu-pool") for _ in range(3)]
    fs = [rec.dpod("feature-store") for _ in range(2)]
    S_f = [rec.P(ns, fs[i], "feature-store", n[i], "feature-store") for i in range(2)]
    rd = "redis-master-0"
    S_r = rec.P("cache", rd, "redis", n[2], "redis")
    cm = rec.dpod("cert-manager")
    S_cm = rec.P("cert-manager", cm, "cert-manager-controller", n[0], "cert-manager")
    host = "redis-master.cache.svc.cluster.local"
    rec.add(1, S_cm, klog("I", 1, "issuing_controller.go:190", f'"Issued certificate" logger="cert-manager.certificates-issuing" key="cache/redis-tls" dnsNames=["redis-headless.cache.svc.cluster.local","*.redis-headless.cache.svc.cluster.local"] notAfter="{rec.at(86400 * 90, "ISOS")}"'), ev=True)
    rec.add(1.2, S_cm, klog("I", 1, "conditions.go:192", '"Found status change for Certificate condition" logger="cert-manager.certificates-issuing" key="cache/redis-tls" condition="Ready" oldStatus="False" status="True"'))
    rec.add(3, S_r, "1:M @REDIS@ * Loading TLS certificate from /opt/bitnami/redis/certs/tls.crt (tls-auth-clients: no)")
    rec.add(3.1, S_r, "1:M @REDIS@ * TLS configuration reloaded")
    for k in range(6):
        t = 20 + k * 35 + r.uniform(0, 5)
        i = k % 2
        cip = rec.ip("10.8")
        rec.add(t, S_r, f"1:M @REDIS@ # Error accepting a client connection: error:0A000412:SSL routines::sslv3 alert bad certificate (addr={cip}:{rec.port()} laddr={rec.ip('10.8')}:6380)", ev=(k == 0))
        rec.add(t + 0.01, S_f[i], f"@PY@ ERROR feature_store.online: feature lookup failed for entity user:{r.randint(10**6, 10**7)}")
        if k < 3:
            rec.add(t + 0.011, S_f[i], "Traceback (most recent call last):")
            rec.add(t + 0.012, S_f[i], '  File "/app/.venv/lib/python3.11/site-packages/redis/connection.py", line 277, in connect')
            rec.add(t + 0.013, S_f[i], "    sock = self.retry.call_with_retry(")
        rec.add(t + 0.014, S_f[i], f"redis.exceptions.ConnectionError: Error 1 connecting to {host}:6380. [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: Hostname mismatch, certificate is not valid for '{host}'. (_ssl.c:1006).", ev=(k in (0, 1)))
    for i in range(2):
        rec.spread(S_f[i], 0, 240, 5, lambda: f'@PY@ INFO uvicorn.access: {rec.ip("10.8")}:{rec.port()} - "POST /v1/features/offline HTTP/1.1" 200')
        rec.add(r.uniform(0, 240), S_f[i], "@PY@ WARNING feature_store.online: online store unavailable, serving default features (degraded=true)")
    for _ in range(4):
        rec.add(r.uniform(0, 240), S_r, f"1:M @REDIS@ * {r.randint(10, 100)} changes in 300 seconds. Saving...")
    rec.add(r.uniform(0, 240), S_r, f"1:M @REDIS@ * Background saving started by pid {r.randint(100, 900)}")
    return dict(question="feature-store can't talk to Redis since the cert rotation. Redis looks up. What's wrong?",
                selector=SEL(ns, app="feature-store"),
                expected=EXP("ERROR", "tls_certificate", "redis",
                             f"The re-issued redis-tls certificate only lists the redis-headless names, not {host}; feature-store connects through the redis-master Service name, so Python's TLS verification fails with 'Hostname mismatch' and Redis logs the client's bad-certificate alert.",
                             "Online feature lookups fail on every connection attempt after the Redis certificate rotation; feature-store serves default features in degraded mode.",
                             "Add redis-master.cache.svc(.cluster.local) to the Certificate's dnsNames, let cert-manager re-issue, and have Redis reload the certificate; alternatively point the client at a name that is in the SAN list."))


def vault_audit(rec, op, path, role, error=None, policies=None, data=None):
    """One Vault audit-device record (file device writing to stdout)."""
    auth = {"client_token": "hmac-sha256:" + rec.h(64), "accessor": "hmac-sha256:" + rec.h(64), "display_name": f"kubernetes-{role}",
            "policies": policies or ["default", role], "token_policies": policies or ["default", role],
            "metadata": {"role": role, "service_account_name": "external-secrets" if role.startswith("eso") else role,
                         "service_account_namespace": "external-secrets" if role.startswith("eso") else "ci"},
            "entity_id": rec.uid(), "token_type": "service", "token_ttl": 3600}
    req = {"id": rec.uid(), "client_id": rec.uid(), "operation": op, "mount_point": "secret/" if path.startswith("secret/") else "sys/",
           "mount_type": "kv" if path.startswith("secret/") else "system", "client_token": auth["client_token"], "namespace": {"id": "root"},
           "path": path, "remote_address": rec.ip("10.244"), "remote_port": rec.port()}
    if data:
        req["data"] = {k: "hmac-sha256:" + rec.h(64) for k in data}
    d = {"time": "@ISO6@", "type": "response", "auth": auth, "request": req, "response": {"mount_type": req["mount_type"]}}
    if error:
        d["error"] = error
    return J(d)


# =========================================================================== auth_failure

@scenario
def s_auth_external_secrets_vault(rec):
    r = rec.rng
    rec.style = "node"
    rec.evshape = "exporter"
    n = [f"k8s-w{i}" for i in r.sample(range(1, 20), 3)]
    eso = rec.dpod("external-secrets")
    S_e = rec.P("external-secrets", eso, "external-secrets", n[0])
    va = "vault-0"
    S_v = rec.P("vault", va, "vault", n[1])
    pay = rec.dpod("payments-api")
    S_p = rec.P("payments", pay, "payments-api", n[2])
    path = "secret/data/payments/db"
    err = f"error processing spec.data[0] (key: {path}), err: Error making API request.\n\nURL: GET https://vault.vault.svc:8200/v1/{path}\nCode: 403. Errors:\n\n* 1 error occurred:\n\t* permission denied\n\n"
    for k in range(5):
        t = 10 + k * 60
        rec.add(t, S_e, J({"level": "error", "ts": "@EPOCH@", "msg": "Reconciler error", "controller": "externalsecret", "controllerGroup": "external-secrets.io", "controllerKind": "ExternalSecret", "ExternalSecret": {"name": "payments-db", "namespace": "payments"}, "namespace": "payments", "name": "payments-db", "reconcileID": rec.uid(), "error": err}), ev=(k in (0, 2)))
        rec.E(t + 0.1, "payments", "ExternalSecret", "payments-db", "UpdateFailed", err, type_="Warning", comp="external-secrets", count=k + 3, ev=(k == 1))
        rec.add(t - 0.05, S_v, vault_audit(rec, "read", path, "eso-payments", error="1 error occurred:\n\t* permission denied\n\n"), ev=(k == 0))
    rec.add(2, S_v, vault_audit(rec, "update", "sys/policies/acl/eso-payments", "terraform-ci", policies=["default", "terraform-ci"],
                                data={"policy": "path \"secret/data/payments/app/*\" {\n  capabilities = [\"read\"]\n}"}), ev=True)
    for _ in range(4):
        rec.add(r.uniform(0, 300), S_v, vault_audit(rec, "read", r.choice(["secret/data/search/api", "secret/data/risk/db", "secret/data/payments/app/config"]), r.choice(["eso-search", "eso-risk", "eso-payments"])))
    for _ in range(6):
        rec.add(r.uniform(0, 300), S_e, J({"level": "info", "ts": "@EPOCH@", "msg": "reconciled secret", "controller": "externalsecret", "ExternalSecret": {"name": r.choice(["payments-app-config", "search-api-key", "risk-db"]), "namespace": r.choice(["payments", "search", "risk"])}}))
    rec.add(r.uniform(0, 300), S_e, J({"level": "info", "ts": "@EPOCH@", "logger": "KubeAPIWarningLogger", "msg": "external-secrets.io/v1beta1 ExternalSecret is deprecated, migrate to v1"}))
    rec.spread(S_p, 0, 300, 8, lambda: spring("INFO", 1, f"nio-8080-exec-{r.randint(1, 20)}", "c.a.payments.web.PaymentController", f"authorized payment pi_{rec.sfx(14)} in {r.randint(40, 300)}ms"))
    rec.add(150, S_p, spring("WARN", 1, "scheduling-1", "c.a.payments.config.DbCredentialsWatcher", "db credentials secret payments-db not refreshed for 26h (rotation due in 22h)"))
    return dict(question="ExternalSecret payments-db keeps failing to sync. The app still works — what's wrong and how urgent is it?",
                selector=SEL("payments"),
                expected=EXP("ERROR", "auth_failure", "external-secrets",
                             f"A Terraform change narrowed the Vault policy eso-payments to secret/data/payments/app/*, so external-secrets' Vault role can log in but gets 403 permission denied reading {path}.",
                             "The payments-db ExternalSecret has failed every reconcile with Vault 403 since the policy change; payments-api keeps running on the last synced credentials, which will go stale at the next database password rotation.",
                             f"Restore read access to {path} in the eso-payments Vault policy (or move the secret under payments/app/ and update the ExternalSecret), then force a refresh of the ExternalSecret before the next credential rotation."))


@scenario
def s_auth_argocd_rbac(rec):
    r = rec.rng
    rec.style = "basic"
    rec.evshape = "eventrouter"
    ctrl = "argocd-application-controller-0"
    S_c = rec.P("argocd", ctrl, "argocd-application-controller")
    srv = rec.dpod("argocd-server")
    S_s = rec.P("argocd", srv, "argocd-server")
    notif = rec.dpod("argocd-notifications-controller")
    S_n = rec.P("argocd", notif, "argocd-notifications-controller")
    la = [rec.dpod("ledger-api") for _ in range(2)]
    S_l = [rec.P("ledger", la[i], "ledger-api") for i in range(2)]
    app = "argocd/ledger-api"
    sha = rec.h(7)
    forb = 'deployments.apps "ledger-api" is forbidden: User "system:serviceaccount:argocd:argocd-application-controller" cannot patch resource "deployments" in API group "apps" in the namespace "ledger"'
    forb2 = 'configmaps "ledger-api-config" is forbidden: User "system:serviceaccount:argocd:argocd-application-controller" cannot patch resource "configmaps" in API group "" in the namespace "ledger"'
    def c(t, msg, extra="", level="info", ev=False):
        rec.add(t, S_c, f'time="@ISOS@" level={level} msg={kq(msg)} application={app}{extra}', ev)
    for k, t0 in enumerate((5, 125, 245)):
        c(t0, f"Initiated automated sync to '{rec.h(40)}'" if k == 0 else "Initiated automated sync retry", " dest-namespace=ledger dest-server=\"https://kubernetes.default.svc\" reason=OperationStarted type=Normal")
        c(t0 + 1, f"Adding resource result, status: 'SyncFailed', phase: 'Failed', message: '{forb2}'", " kind=ConfigMap name=ledger-api-config namespace=ledger phase=Sync syncId=00012-" + rec.sfx(5), ev=(k == 0))
        c(t0 + 1.1, f"Adding resource result, status: 'SyncFailed', phase: 'Failed', message: '{forb}'", " kind=Deployment name=ledger-api namespace=ledger phase=Sync syncId=00012-" + rec.sfx(5), ev=(k in (0, 1)))
        c(t0 + 1.3, f"Sync operation to {sha} failed: one or more objects failed to apply, reason: {forb2},{forb}", " dest-namespace=ledger reason=OperationCompleted type=Warning", ev=(k == 2))
        rec.E(t0 + 1.4, "argocd", "Application", "ledger-api", "OperationCompleted", f"Sync operation to {sha} failed: one or more objects failed to apply, reason: {forb2},{forb}", type_="Warning", comp="argocd-application-controller", count=k + 1)
        rec.add(t0 + 2, S_n, f'time="@ISOS@" level=info msg="Sending notification about condition \'on-sync-failed.[0].{rec.sfx(20)}\' to \'{{slack platform-alerts}}\'" app={app}')
    c(2, "Refreshing app status (spec.source differs), level (3)")
    c(3, "Comparing app state (cluster: https://kubernetes.default.svc, namespace: ledger)")
    c(60, "Updated sync status: Synced -> OutOfSync", " dest-namespace=ledger reason=ResourceUpdated type=Normal")
    rec.add(1, S_c, 'time="@ISOS@" level=info msg="Ignore \'/spec/preserveUnknownFields\' for CustomResourceDefinitions"')
    rec.add(4, S_s, f'time="@ISOS@" level=info msg="finished unary call with code OK" grpc.code=OK grpc.method=Get grpc.service=application.ApplicationService grpc.start_time="@ISOS@" grpc.time_ms={r.randint(5, 90)} span.kind=server system=grpc')
    for _ in range(5):
        rec.add(r.uniform(0, 260), S_s, f'time="@ISOS@" level=info msg="finished unary call with code {r.choice(["OK", "OK", "OK", "PermissionDenied"])}" grpc.code=OK grpc.method=List grpc.service=application.ApplicationService grpc.time_ms={r.randint(5, 90)} span.kind=server system=grpc')
    for i in range(2):
        rec.spread(S_l[i], 0, 260, 5, lambda: f'{{"level":"info","time":"@ISO@","msg":"journal entry posted","entries":{r.randint(1, 40)},"duration_ms":{r.randint(3, 40)}}}')
    return dict(question=None, selector=SEL("argocd"),
                expected=EXP("ERROR", "auth_failure", "argocd-application-controller",
                             "Kubernetes RBAC denies the argocd-application-controller service account patch access in the ledger namespace (it runs with namespaced permissions and has no RoleBinding there), so applying the ledger-api Deployment and ConfigMap is forbidden.",
                             "Every automated sync of ledger-api fails with 'forbidden: cannot patch resource' for the Deployment and ConfigMap; the running ledger-api pods are unaffected but the application is OutOfSync and new releases are not applied.",
                             "Grant the argocd-application-controller service account write access in the ledger namespace (add the RoleBinding to the controller's Role/ClusterRole, or add ledger to its managed namespaces), then retry the sync."))


@scenario
def s_auth_pg_password_rotated(rec):
    r = rec.rng
    rec.style = "otel"
    rec.hstyle = "otel"
    ns = "billing"
    n = [gke_node(rec, "prod", "pool-a") for _ in range(3)]
    rs = rec.sfx(10)
    ba = [rec.dpod("billing-api", rs) for _ in range(2)]
    S_b = [rec.P(ns, ba[i], "billing-api", n[i], "billing-api") for i in range(2)]
    pg = "billing-pg-1"
    S_pg = rec.P("db", pg, "postgres", n[2], "billing-pg")
    eso = rec.dpod("external-secrets")
    S_e = rec.P("external-secrets", eso, "external-secrets", n[0], "external-secrets")
    rec.add(1, S_e, J({"level": "info", "ts": "@EPOCH@", "msg": "reconciled secret", "controller": "externalsecret", "ExternalSecret": {"name": "billing-db", "namespace": ns}, "refreshInterval": "1h", "lastRefresh": rec.at(-3000, "ISOS")}))
    rec.add(0.5, S_pg, f"@PGTS@ [{r.randint(100, 900)}] LOG:  statement: ALTER ROLE billing PASSWORD 'SCRAM-SHA-256$4096:{rec.sfx(22)}==${rec.sfx(43)}=:{rec.sfx(43)}='")
    for k in range(4):
        for i in range(2):
            t0 = 5 + k * 55 + i * 9
            pid = r.randint(1000, 9000)
            rec.add(t0, S_b[i], spring("INFO", 1, "main", "c.a.billing.BillingApiApplication", "Starting BillingApiApplication v3.4.1 using Java 17.0.10 with PID 1 (/app/app.jar started by app in /app)"))
            rec.add(t0 + 4, S_b[i], spring("INFO", 1, "main", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Starting..."))
            rec.add(t0 + 4.2, S_pg, f'@PGTS@ [{pid}] FATAL:  password authentication failed for user "billing"', ev=(k == 0 and i == 0))
            rec.add(t0 + 4.21, S_pg, f'@PGTS@ [{pid}] DETAIL:  Connection matched file "/var/lib/postgresql/data/pgdata/pg_hba.conf" line 14: "host all all 0.0.0.0/0 scram-sha-256"', ev=(k == 0 and i == 0))
            rec.add(t0 + 4.3, S_b[i], spring("ERROR", 1, "main", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Exception during pool initialization."))
            rec.add(t0 + 4.31, S_b[i], 'org.postgresql.util.PSQLException: FATAL: password authentication failed for user "billing"', ev=(k == 0 and i == 1) or (k == 2 and i == 0))
            rec.add(t0 + 4.32, S_b[i], "\tat org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:693)")
            rec.add(t0 + 4.5, S_b[i], spring("ERROR", 1, "main", "o.s.boot.SpringApplication", "Application run failed"))
            if k >= 1:
                rec.E(t0 + 6, ns, "Pod", ba[i], "BackOff", f"Back-off restarting failed container billing-api in pod {ba[i]}_{ns}({rec.uid()})", type_="Warning", count=k + 2, host=n[i], field="spec.containers{billing-api}", ev=(k == 3 and i == 0))
    for _ in range(5):
        rec.add(r.uniform(0, 240), S_pg, f"@PGTS@ [{r.randint(1000, 9000)}] LOG:  connection authorized: user=invoicing database=billing application_name=invoicing-worker")
    rec.add(r.uniform(0, 240), S_pg, f"@PGTS@ [{r.randint(60, 90)}] LOG:  checkpoint starting: time")
    return dict(question="billing-api pods are crash-looping since the security team's credential rotation. What's the error?",
                selector=SEL(ns, app="billing-api"),
                expected=EXP("CRITICAL", "auth_failure", "billing-api",
                             "The billing role's password was rotated in PostgreSQL, but billing-api still starts with the old password from its Secret (the ExternalSecret refreshes only hourly), so every connection attempt fails with 'password authentication failed for user \"billing\"' and Spring aborts start-up.",
                             "Both billing-api replicas fail Hikari pool initialisation on start-up and are in CrashLoopBackOff; PostgreSQL logs the matching authentication failures, while other database users connect normally.",
                             "Force-refresh the billing-db ExternalSecret (or update the Secret with the new password) and restart billing-api; make future rotations update the secret store before changing the database password."))


# =========================================================================== config_error

@scenario
def s_config_spring_placeholder(rec):
    r = rec.rng
    rec.style = "app"
    rec.evshape = "alloy"
    ns = "risk"
    n = [aks_node(rec, "apps") for _ in range(3)]
    rs_new = rec.sfx(10)
    fs = [rec.dpod("fraud-scorer", rs_new) for _ in range(2)]
    S_f = [rec.P(ns, fs[i], "fraud-scorer", n[i], "fraud-scorer") for i in range(2)]
    fl = rec.dpod("helm-controller")
    S_h = rec.P("flux-system", fl, "manager", n[2], "helm-controller")
    gw = rec.dpod("risk-gateway")
    S_g = rec.P(ns, gw, "risk-gateway", n[2], "risk-gateway")
    rec.add(1, S_h, J({"level": "info", "ts": "@ISO@", "msg": "release out-of-sync with desired state: release config values changed", "controller": "helmrelease", "HelmRelease": {"name": "fraud-scorer", "namespace": ns}}))
    rec.add(1.3, S_h, J({"level": "info", "ts": "@ISO@", "msg": "running 'upgrade' action with timeout of 5m0s", "controller": "helmrelease", "HelmRelease": {"name": "fraud-scorer", "namespace": ns}}))
    for k in range(3):
        for i in range(2):
            t0 = 4 + k * 70 + i * 6
            S = S_f[i]
            rec.add(t0, S, spring("INFO", 1, "main", "c.a.risk.FraudScorerApplication", "Starting FraudScorerApplication v5.2.0 using Java 21.0.2 with PID 1 (/app/app.jar started by spring in /app)"))
            rec.add(t0 + 0.2, S, spring("INFO", 1, "main", "c.a.risk.FraudScorerApplication", 'The following 1 profile is active: "prod"'))
            rec.add(t0 + 5, S, spring("WARN", 1, "main", "ConfigServletWebServerApplicationContext", "Exception encountered during context initialization - cancelling refresh attempt: org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'kafkaConsumerFactory' defined in class path resource [com/acme/risk/config/KafkaConfig.class]: Could not resolve placeholder 'KAFKA_BOOTSTRAP_SERVERS' in value \"${KAFKA_BOOTSTRAP_SERVERS}\""), ev=(k == 0 and i == 0))
            rec.add(t0 + 5.1, S, spring("INFO", 1, "main", "o.apache.catalina.core.StandardService", "Stopping service [Tomcat]"))
            rec.add(t0 + 5.3, S, spring("ERROR", 1, "main", "o.s.boot.SpringApplication", "Application run failed"))
            rec.add(t0 + 5.31, S, "org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'kafkaConsumerFactory' defined in class path resource [com/acme/risk/config/KafkaConfig.class]: Could not resolve placeholder 'KAFKA_BOOTSTRAP_SERVERS' in value \"${KAFKA_BOOTSTRAP_SERVERS}\"")
            rec.add(t0 + 5.32, S, "Caused by: java.lang.IllegalArgumentException: Could not resolve placeholder 'KAFKA_BOOTSTRAP_SERVERS' in value \"${KAFKA_BOOTSTRAP_SERVERS}\"", ev=(k == 0 and i == 1) or (k == 1 and i == 0))
            rec.add(t0 + 5.33, S, "\tat org.springframework.util.PropertyPlaceholderHelper.parseStringValue(PropertyPlaceholderHelper.java:180)")
            if k >= 1:
                rec.E(t0 + 7, ns, "Pod", fs[i], "BackOff", f"Back-off restarting failed container fraud-scorer in pod {fs[i]}_{ns}({rec.uid()})", type_="Warning", count=k + 2, host=n[i], field="spec.containers{fraud-scorer}", ev=(k == 2 and i == 0))
    rec.add(150, S_h, J({"level": "error", "ts": "@ISO@", "msg": "Reconciler error", "controller": "helmrelease", "HelmRelease": {"name": "fraud-scorer", "namespace": ns}, "error": "Helm upgrade failed for release risk/fraud-scorer with chart fraud-scorer@5.2.0: context deadline exceeded"}))
    sc = rec.dpod("source-controller")
    S_sc = rec.P("flux-system", sc, "manager", n[2], "source-controller")
    rec.add(0.2, S_sc, J({"level": "info", "ts": "@ISO@", "msg": f"stored artifact for commit 'chore(fraud-scorer): rename KAFKA_BOOTSTRAP_SERVERS to KAFKA_BROKERS in values'", "controller": "gitrepository", "controllerGroup": "source.toolkit.fluxcd.io", "controllerKind": "GitRepository", "GitRepository": {"name": "platform", "namespace": "flux-system"}, "namespace": "flux-system", "name": "platform", "reconcileID": rec.uid()}), ev=True)
    for _ in range(7):
        rec.add(r.uniform(0, 220), S_g, spring("WARN" if r.random() < 0.3 else "INFO", 1, f"nio-8080-exec-{r.randint(1, 20)}", "c.a.risk.gw.ScoreClient", "fraud-scorer unavailable, applying rule-based fallback score" if r.random() < 0.5 else f"scored txn {rec.uid()[:8]} via rules engine in {r.randint(2, 20)}ms"))
    return dict(question="fraud-scorer won't start after the Helm upgrade. What's missing?",
                selector=SEL(ns, app="fraud-scorer"),
                expected=EXP("CRITICAL", "config_error", "fraud-scorer",
                             "The chart upgrade renamed the environment variable KAFKA_BOOTSTRAP_SERVERS to KAFKA_BROKERS, but fraud-scorer's KafkaConfig still resolves ${KAFKA_BOOTSTRAP_SERVERS}; Spring cannot resolve the placeholder and the application fails to start.",
                             "Both new fraud-scorer pods crash during context initialisation (Could not resolve placeholder 'KAFKA_BOOTSTRAP_SERVERS') and are in CrashLoopBackOff; the Helm upgrade timed out and risk-gateway falls back to rule-based scoring.",
                             "Restore KAFKA_BOOTSTRAP_SERVERS in the chart values (or change the application property to ${KAFKA_BROKERS}), reconcile the HelmRelease, and confirm the pods start."))


@scenario
def s_config_envoyfilter_rejected(rec):
    r = rec.rng
    rec.style = "full"
    n = [eks_node(rec) for _ in range(3)]
    gw = [rec.dpod("istio-ingressgateway") for _ in range(2)]
    S_g = [rec.P("istio-system", gw[i], "istio-proxy", n[i], "istio-ingressgateway") for i in range(2)]
    istiod = rec.dpod("istiod")
    S_i = rec.P("istio-system", istiod, "discovery", n[2], "istiod")
    pp = rec.dpod("partner-api")
    S_p = rec.P("partners", pp, "partner-api", n[2], "partner-api")
    ver = r.randint(400, 900)
    err = "Error adding/updating listener(s) 0.0.0.0_8443: Failed to parse Lua filter: [string \"...\"]:7: ')' expected (to close '(' at line 5) near 'end'"
    rec.add(3, S_i, f"@ISO6@\tinfo\tads\tPush debounce stable[{ver}] 1 for config EnvoyFilter:istio-system/partner-headers-lua: 100.2ms since last change, 100.2ms since last push, full=true")
    for k in range(2):
        rec.add(3.5 + k * 0.2, S_g[k], f"@ISO6@\twarning\tenvoy config external/envoy/source/extensions/config_subscription/grpc/grpc_subscription_impl.cc:138\tgRPC config for type.googleapis.com/envoy.config.listener.v3.Listener rejected: {err}\tthread=14", ev=True)
        rec.add(3.6 + k * 0.2, S_i, f"@ISO6@\twarn\tads\tADS:LDS: ACK ERROR router~{rec.ip('10.0')}~{gw[k]}.istio-system~istio-system.svc.cluster.local-{r.randint(10, 99)} Internal:{err}", ev=(k == 0))
    rec.add(60, S_i, f"@ISO6@\tinfo\tads\tPush debounce stable[{ver + 1}] 1 for config VirtualService:partners/partner-api: 100.4ms since last change, 100.4ms since last push, full=true")
    for k in range(2):
        rec.add(60.4 + k * 0.2, S_g[k], f"@ISO6@\twarning\tenvoy config external/envoy/source/extensions/config_subscription/grpc/grpc_subscription_impl.cc:138\tgRPC config for type.googleapis.com/envoy.config.listener.v3.Listener rejected: {err}\tthread=14")
    for k in range(6):
        i = k % 2
        t = 70 + k * 25
        rec.add(t, S_g[i], envoy_access(rec, "GET", f"/partners/v2/orders/{r.randint(1000, 9999)}", 404, "NR", "route_not_found", "api.acme.com", "-", "-", 0, ua="partner-sdk/2.0.1 (java)", tx=0), ev=(k == 0))
    for i in range(2):
        rec.spread(S_g[i], 0, 230, 7, lambda: envoy_access(rec, "GET", r.choice(["/partners/v1/orders", "/api/v1/catalog", "/"]), 200, "-", "via_upstream", "api.acme.com", f"{rec.ip()}:8080", r.choice(["outbound|8080||partner-api.partners.svc.cluster.local", "outbound|80||web.shop.svc.cluster.local"]), r.randint(4, 80), ua=r.choice(BROWSERS)))
        p, ua = r.choice(SCANNERS)
        rec.add(r.uniform(0, 230), S_g[i], envoy_access(rec, "GET", p, 404, "NR", "route_not_found", "api.acme.com", "-", "-", 0, ua=ua, tx=0))
    rec.add(65, S_p, J({"level": "info", "ts": "@ISO@", "msg": "v2 routes enabled", "routes": ["/partners/v2/orders", "/partners/v2/invoices"]}))
    rec.spread(S_p, 0, 230, 6, lambda: J({"level": "info", "ts": "@ISO@", "msg": "request", "path": "/partners/v1/orders", "status": 200, "ms": r.randint(5, 60)}))
    for _ in range(3):
        rec.add(r.uniform(0, 230), S_i, f"@ISO6@\tinfo\tads\tXDS: Incremental Pushing ConnectedEndpoints:{r.randint(100, 200)} Version:{rec.at(0, 'ISOS')}/{ver}")
    return dict(question="Partners get 404 on the new /partners/v2 routes even though the VirtualService is applied. Why?",
                selector=SEL("istio-system", app="istio-ingressgateway"),
                expected=EXP("ERROR", "config_error", "istio-ingressgateway",
                             "The EnvoyFilter partner-headers-lua attached to the ingress gateway contains a Lua syntax error; Envoy rejects every listener update for 0.0.0.0_8443 (ACK ERROR in istiod), so the gateway keeps its last good config and never receives the new /partners/v2 routes.",
                             "The ingress gateways reject all listener updates since the EnvoyFilter change; existing routes still work but new routes (partner v2) return 404 NR.",
                             "Fix or remove the partner-headers-lua EnvoyFilter (validate the Lua code), confirm istiod reports the LDS push as ACKed, then the pending VirtualService routes will load."))


@scenario
def s_config_otel_collector(rec):
    r = rec.rng
    rec.style = "app"
    ns = "observability"
    n = [gke_node(rec, "prod", "system") for _ in range(3)]
    rs = rec.sfx(10)
    oc = [rec.dpod("otel-collector", rs) for _ in range(2)]
    S_o = [rec.P(ns, oc[i], "otel-collector", n[i], "otel-collector") for i in range(2)]
    hc = rec.dpod("helm-controller")
    S_h = rec.P("flux-system", hc, "manager", n[2], "helm-controller")
    ap = rec.dpod("checkout")
    S_a = rec.P("shop", ap, "checkout", n[0], "checkout")
    gs = rec.dpod("pricing")
    S_g = rec.P("shop", gs, "pricing", n[1], "pricing")
    rec.add(1, S_h, J({"level": "info", "ts": "@ISO@", "msg": "running 'upgrade' action with timeout of 5m0s", "controller": "helmrelease", "HelmRelease": {"name": "otel-collector", "namespace": ns}}))
    for k in range(3):
        for i in range(2):
            t0 = 5 + k * 60 + i * 4
            S = S_o[i]
            rec.add(t0, S, f"@ISO@\tinfo\tservice@v0.97.0/service.go:143\tStarting otelcol-contrib...\t{{\"Version\": \"0.97.0\", \"NumCPU\": 4}}")
            rec.add(t0 + 0.01, S, "Error: failed to get config: cannot unmarshal the configuration: 1 error(s) decoding:", ev=(k == 0 and i == 0))
            rec.add(t0 + 0.02, S, "")
            rec.add(t0 + 0.03, S, "* error decoding 'exporters': unknown type: \"loging\" for id: \"loging\" (valid values: [debug otlp otlphttp file kafka loadbalancing prometheus prometheusremotewrite googlecloud loki])", ev=(k == 0 and i == 0) or (k == 1 and i == 1))
            rec.add(t0 + 0.04, S, f"@SLASH@ collector server run finished with error: failed to get config: cannot unmarshal the configuration: 1 error(s) decoding:")
            if k >= 1:
                rec.E(t0 + 1, ns, "Pod", oc[i], "BackOff", f"Back-off restarting failed container otel-collector in pod {oc[i]}_{ns}({rec.uid()})", type_="Warning", count=k + 2, host=n[i], field="spec.containers{otel-collector}", ev=(k == 2 and i == 0))
    rec.add(200, S_h, J({"level": "error", "ts": "@ISO@", "msg": "Reconciler error", "controller": "helmrelease", "HelmRelease": {"name": "otel-collector", "namespace": ns}, "error": "Helm upgrade failed for release observability/otel-collector with chart opentelemetry-collector@0.85.0: context deadline exceeded"}))
    oip = rec.ip("10.4")
    for k in range(5):
        t = 20 + k * 40
        rec.add(t, S_a, f"[otel.javaagent @OTELJ@] [OkHttp http://otel-collector.observability:4318/...] ERROR io.opentelemetry.exporter.internal.http.HttpExporter - Failed to export spans. The request could not be executed. Full error message: Failed to connect to otel-collector.observability/{oip}:4318")
        rec.add(t + 9, S_g, f"@SLASH@ traces export: context deadline exceeded: rpc error: code = Unavailable desc = connection error: desc = \"transport: Error while dialing: dial tcp {oip}:4317: connect: connection refused\"")
    rec.spread(S_a, 0, 220, 6, lambda: spring("INFO", 1, f"nio-8080-exec-{r.randint(1, 20)}", "c.a.checkout.CheckoutController", f"checkout completed order={r.randint(10000, 99999)}"))
    rec.spread(S_g, 0, 220, 5, lambda: J({"level": "info", "ts": "@ISO@", "msg": "price computed", "sku": f"SKU-{r.randint(1000, 9999)}", "ms": r.randint(1, 9)}))
    return dict(question="We lost all traces and metrics from the shop after the collector chart bump. What's wrong with the collector?",
                selector=SEL(ns, app="otel-collector"),
                expected=EXP("CRITICAL", "config_error", "otel-collector",
                             "The new collector configuration declares an exporter of type \"loging\" (a typo for logging/debug), which otelcol-contrib 0.97 does not know; the collector fails to unmarshal its config and exits on every start.",
                             "Both otel-collector replicas crash-loop on an invalid config since the Helm upgrade; applications cannot export spans or metrics (connection refused / failed to connect to the collector), so telemetry is being lost.",
                             "Fix the exporter name in the collector values (use debug, the replacement for logging), validate with `otelcol validate --config`, and let Flux re-run the upgrade; roll back the HelmRelease meanwhile to restore telemetry."))


# =========================================================================== resource_exhausted

@scenario
def s_resexh_postgres_wal_disk(rec):
    r = rec.rng
    rec.style = "full"
    rec.evshape = "exporter"
    ns = "db"
    n = [eks_node(rec) for _ in range(3)]
    pg = [f"orders-pg-{i}" for i in range(2)]
    S = [rec.P(ns, pg[i], "postgres", n[i], "orders-pg") for i in range(2)]
    oa = rec.dpod("orders-api")
    S_a = rec.P("orders", oa, "orders-api", n[2], "orders-api")
    dbz = rec.dpod("debezium")
    pid = r.randint(3000, 9000)
    for k in range(3):
        rec.add(5 + k * 20, S[0], "@PY@ INFO: no action. I am (orders-pg-0), the leader with the lock")
        rec.add(5.3 + k * 20, S[1], "@PY@ INFO: no action. I am (orders-pg-1), a secondary, and following a leader (orders-pg-0)")
    mon = f"pg-slot-monitor-{r.randint(29000000, 29999999)}-{rec.sfx()}"
    S_mon = rec.P(ns, mon, "slot-monitor", n[2], "pg-slot-monitor")
    rec.add(10, S_mon, f'time=@ISO@ level=warn msg="inactive replication slot retaining WAL" cluster=orders-pg slot=debezium_orders plugin=pgoutput active=false restart_lsn=3A/{rec.h(8).upper()} retained_wal="{r.randint(180, 240)} GB" volume_used_pct=97', ev=True)
    rec.add(10.2, S_mon, f'time=@ISO@ level=info msg="slot ok" cluster=orders-pg slot=patroni_orders_pg_1 active=true lag_bytes={r.randint(1000, 90000)}')
    rec.add(58, S[0], f"@PGTS@ [{pid}] PANIC:  could not write to file \"pg_wal/xlogtemp.{pid}\": No space left on device", ev=True)
    rec.add(58.1, S[0], f"@PGTS@ [{r.randint(40, 60)}] LOG:  server process (PID {pid}) was terminated by signal 6: Aborted")
    rec.add(58.2, S[0], f"@PGTS@ [{r.randint(40, 60)}] LOG:  terminating any other active server processes")
    rec.add(58.5, S[0], f"@PGTS@ [{r.randint(40, 60)}] LOG:  all server processes terminated; reinitializing")
    rec.add(58.9, S[0], f"@PGTS@ [{r.randint(3000, 9000)}] FATAL:  could not write lock file \"postmaster.pid\": No space left on device", ev=True)
    rec.add(62, S[0], "@PY@ WARNING: Postgresql is not running.")
    rec.add(62.1, S[0], "@PY@ INFO: Lock owner: orders-pg-0; I am orders-pg-0")
    rec.add(62.3, S[0], "@PY@ INFO: starting as readonly because i had the session lock")
    for k in range(3):
        rec.add(70 + k * 25, S[0], f"@PGTS@ [{r.randint(3000, 9000)}] FATAL:  could not write lock file \"postmaster.pid\": No space left on device")
        rec.add(70.5 + k * 25, S[0], f"@PY@ ERROR: postmaster is not running")
    rec.add(72, S[1], f"@PGTS@ [{r.randint(3000, 9000)}] FATAL:  could not receive data from WAL stream: server closed the connection unexpectedly")
    rec.add(80, S[1], "@PY@ INFO: Lock owner: orders-pg-0; I am orders-pg-1")
    rec.add(80.2, S[1], "@PY@ INFO: does not have lock")
    rec.add(80.4, S[1], "@PY@ INFO: establishing a new patroni heartbeat connection to postgres")
    rec.E(90, ns, "Pod", "orders-pg-0", "Unhealthy", "Readiness probe failed: HTTP probe failed with statuscode: 503", type_="Warning", count=6, host=n[0], field="spec.containers{postgres}")
    for k in range(6):
        t = 60 + k * 20
        rec.add(t, S_a, f'ts=@ISO@ level=error caller=store/pg.go:92 msg="query failed" err="{r.choice(["FATAL: the database system is in recovery mode (SQLSTATE 57P03)", "dial tcp 10.100.42.7:5432: connect: connection refused", "FATAL: the database system is shutting down (SQLSTATE 57P03)"])}" route=/v1/orders')
    rec.spread(S_a, 0, 55, 5, lambda: f'ts=@ISO@ level=info caller=http.go:88 msg="request served" method=POST path=/v1/orders status=201 duration_ms={r.randint(4, 40)}')
    rec.E(20, "cdc", "Deployment", "debezium", "ScalingReplicaSet", f"Scaled down replica set debezium-{dbz.split('-')[1]} to 0 from 1", comp="deployment-controller", first_ago=86400 * 2)
    return dict(question="The orders Postgres primary went down and won't come back. Why?",
                selector=SEL(ns, app="orders-pg"),
                expected=EXP("CRITICAL", "resource_exhausted", "orders-pg",
                             "The data volume of orders-pg-0 filled up with WAL retained by the inactive logical replication slot debezium_orders (Debezium was scaled to 0 and max_slot_wal_keep_size is unlimited); PostgreSQL panicked on 'No space left on device' and cannot even write postmaster.pid to restart.",
                             "The orders primary crashed with a full disk and Patroni cannot restart it; the replica lost its WAL stream, no failover happened because the leader still holds the lock, and orders-api writes fail.",
                             "Free space immediately (expand the PVC, or drop/advance the debezium_orders slot if CDC can be re-snapshotted), then start PostgreSQL via Patroni; set max_slot_wal_keep_size and alert on inactive slots and volume usage."))


@scenario
def s_resexh_spark_ephemeral_storage(rec):
    r = rec.rng
    rec.style = "app"
    rec.evshape = "alloy"
    ns = "spark-jobs"
    app = "clickstream-sessionize"
    sid = rec.h(8)
    drv = f"{app}-driver"
    n = [gke_node(rec, "data", "spark-pool") for _ in range(3)]
    S_d = rec.P(ns, drv, "spark-kubernetes-driver", n[0], app)
    ex = {i: f"{app}-{sid}-exec-{i}" for i in (1, 2, 3, 5, 6)}
    S_e = {i: rec.P(ns, ex[i], "spark-kubernetes-executor", n[i % 3], app) for i in ex}
    kp = r.randint(1200, 3000)
    def sd(t, lvl, cls, msg, ev=False):
        rec.add(t, S_d, f"@SPARK@ {lvl} {cls}: {msg}", ev)
    sd(0, "INFO", "DAGScheduler", "Submitting 400 missing tasks from ShuffleMapStage 7 (MapPartitionsRDD[41] at sortWithinPartitions at Sessionize.scala:88) (first 15 tasks are for partitions Vector(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14))")
    for j, t in enumerate((10, 35, 60, 85)):
        rec.add(t, S_e[3], f"@SPARK@ INFO ExternalSorter: Thread {r.randint(50, 90)} spilling in-memory map of {r.uniform(1.6, 2.4):.1f} GiB to disk ({j + 11} times so far)")
    rec.add(90, S_e[3], "@SPARK@ INFO UnsafeExternalSorter: Thread 71 spilling sort data of 2.2 GiB to disk (12  times so far)")
    msg1 = "Pod ephemeral local storage usage exceeds the total limit of containers 20Gi."
    rec.E(101, ns, "Pod", ex[3], "Evicted", msg1, type_="Warning", host=n[0], ev=True)
    rec.host(100.9, n[0], "kubelet.service", klog("I", kp, "eviction_manager.go:596", f'"Eviction manager: pod is evicted successfully" pod="{ns}/{ex[3]}"'), ev=True)
    lost = f"Lost task 41.0 in stage 7.0 (TID {r.randint(3000, 4000)}) ({rec.ip('10.8')} executor 3): ExecutorLostFailure (executor 3 exited caused by one of the running tasks) Reason: The executor with id 3 exited with exit code -1(unexpected)."
    sd(102, "ERROR", "TaskSchedulerImpl", f"Lost executor 3 on {rec.ip('10.8')}: The executor with id 3 exited with exit code -1(unexpected).")
    rec.add(102.001, S_d, "The API gives the following brief reason: Evicted")
    rec.add(102.002, S_d, f"The API gives the following message: {msg1}", ev=True)
    sd(102.1, "WARN", "TaskSetManager", lost)
    sd(103, "INFO", "ExecutorPodsAllocator", "Going to request 1 executors from Kubernetes for ResourceProfile Id: 0, target: 6, known: 5, sharedSlotFromPendingPods: 2147483647.")
    rec.E(180, ns, "Pod", ex[6], "Evicted", msg1, type_="Warning", host=n[0])
    sd(181, "ERROR", "TaskSchedulerImpl", f"Lost executor 6 on {rec.ip('10.8')}: The executor with id 6 exited with exit code -1(unexpected).")
    sd(181.5, "WARN", "TaskSetManager", lost.replace("executor 3", "executor 6").replace("id 3", "id 6").replace("41.0", "41.1"))
    sd(240, "ERROR", "TaskSetManager", "Task 41 in stage 7.0 failed 4 times; aborting job", ev=True)
    sd(240.2, "ERROR", "FileFormatWriter", f"Aborting job {rec.uid()}.")
    sd(240.3, "INFO", "DAGScheduler", "Job 4 failed: save at Sessionize.scala:112, took 612.412 s")
    rec.add(240.5, S_d, "Exception in thread \"main\" org.apache.spark.SparkException: Job aborted due to stage failure: Task 41 in stage 7.0 failed 4 times, most recent failure: Lost task 41.3 in stage 7.0 (TID 4012) (10.8.3.17 executor 7): ExecutorLostFailure (executor 7 exited caused by one of the running tasks) Reason: The executor with id 7 exited with exit code -1(unexpected).")
    rec.E(242, ns, "SparkApplication", app, "SparkApplicationFailed", f"SparkApplication {app} failed: driver container failed with ExitCode: 1, Reason: Error", type_="Warning", comp="spark-operator")
    for i in (1, 2, 5):
        rec.spread(S_e[i], 0, 230, 4, lambda: f"@SPARK@ INFO Executor: Finished task {r.randint(0, 399)}.0 in stage 7.0 (TID {r.randint(3000, 4000)}). {r.randint(3000, 6000)} bytes result sent to driver")
    sd(30, "WARN", "package", "Truncated the string representation of a plan since it was too large. This behavior can be adjusted by setting 'spark.sql.debug.maxToStringFields'.")
    kubelet_noise(rec, n[0], 0, 240, 4, [f"{ns}/{ex[3]}", f"{ns}/{drv}"])
    return dict(question="clickstream-sessionize failed overnight after losing executors. Were they preempted?",
                selector=SEL(ns, app=app),
                expected=EXP("ERROR", "resource_exhausted", app,
                             "The sessionize stage spills multi-GiB sort and shuffle data to the executors' local disk (emptyDir), exceeding the pods' 20Gi ephemeral-storage limit, so kubelet evicts the executors; task 41 fails four times and the job aborts.",
                             "Executors of clickstream-sessionize were evicted for exceeding their ephemeral-storage limit (not preempted); the driver lost the same task four times and the SparkApplication failed.",
                             "Give executors more local storage (raise the ephemeral-storage limit or mount a larger volume/local SSD for spark.local.dir), or reduce per-task spill by increasing shuffle partitions/executor memory, then rerun the job."))


@scenario
def s_resexh_hikari_leak(rec):
    r = rec.rng
    rec.style = "node"
    ns = "catalog"
    n = [f"node{i}.k8s.acme.lan" for i in r.sample(range(1, 9), 3)]
    cs = [rec.dpod("catalog-service") for _ in range(2)]
    S_c = [rec.P(ns, cs[i], "catalog-service", n[i]) for i in range(2)]
    pg = "catalog-db-0"
    S_pg = rec.P(ns, pg, "postgres", n[2])
    ic = rec.dpod("ingress-nginx-controller")
    S_ic = rec.P("ingress-nginx", ic, "controller", n[2])
    def sp(i, t, lvl, th, lg, msg, ev=False):
        rec.add(t, S_c[i], spring(lvl, 1, th, lg, msg), ev)
    for i in range(2):
        for k in range(2):
            t = 20 + k * 40 + i * 11
            sp(i, t, "WARN", "ousekeeper", "com.zaxxer.hikari.pool.ProxyLeakTask", f"Connection leak detection triggered for org.postgresql.jdbc.PgConnection@{rec.h(7)} on thread http-nio-8080-exec-{r.randint(1, 200)}, stack trace follows", ev=(k == 0 and i == 0))
            rec.add(t + 0.001, S_c[i], "java.lang.Exception: Apparent connection leak detected")
            rec.add(t + 0.002, S_c[i], "\tat com.zaxxer.hikari.HikariDataSource.getConnection(HikariDataSource.java:127)")
            rec.add(t + 0.003, S_c[i], "\tat com.acme.catalog.export.PriceExportService.streamAll(PriceExportService.java:88)", ev=(k == 0 and i == 0))
            rec.add(t + 0.004, S_c[i], "\tat com.acme.catalog.export.PriceExportController.export(PriceExportController.java:41)")
    for k in range(6):
        i = k % 2
        t = 140 + k * 20
        sp(i, t, "WARN", f"nio-8080-exec-{r.randint(1, 200)}", "o.h.engine.jdbc.spi.SqlExceptionHelper", "SQL Error: 0, SQLState: null")
        sp(i, t + 0.01, "ERROR", f"nio-8080-exec-{r.randint(1, 200)}", "o.h.engine.jdbc.spi.SqlExceptionHelper", f"HikariPool-1 - Connection is not available, request timed out after 30000ms (total=20, active=20, idle=0, waiting={r.randint(40, 120)})", ev=(k in (0, 3)))
        rec.add(t + 0.02, S_ic, nginx_access(rec, f"/api/products/{r.randint(1, 9999)}", 500, f"{ns}-catalog-service-8080", f"{rec.ip()}:8080", rt=30.012, size=120))
    sp(0, 150, "WARN", "ousekeeper", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=1m2s412ms).")
    for i in range(2):
        rec.spread(S_c[i], 0, 130, 5, lambda: spring("INFO", 1, f"nio-8080-exec-{r.randint(1, 200)}", "c.a.catalog.api.ProductController", f"GET /api/products/{r.randint(1, 9999)} 200 in {r.randint(4, 60)}ms"))
    rec.spread(S_pg, 0, 260, 5, lambda: f"@PGTS@ [{r.randint(60, 90)}] LOG:  checkpoint complete: wrote {r.randint(100, 900)} buffers ({r.uniform(0.1, 1):.1f}%); 0 WAL file(s) added, 0 removed, 1 recycled; write={r.uniform(10, 90):.3f} s, sync=0.002 s, total={r.uniform(10, 90):.3f} s")
    rec.add(100, S_pg, f"@PGTS@ [{r.randint(3000, 9000)}] LOG:  duration: {r.randint(1000, 1500)}.412 ms  statement: SELECT p.id, p.sku, pr.amount FROM product p JOIN price pr ON pr.product_id = p.id")
    nginx_noise(rec, S_ic, 0, 260, 6, f"{ns}-catalog-service-8080", [f"{rec.ip()}:8080"], ["/api/products/12", "/api/categories"], scan=2)
    return dict(question="catalog-service starts returning 500 after a while and Hikari says connections are not available. Is Postgres overloaded?",
                selector=SEL(ns),
                expected=EXP("ERROR", "resource_exhausted", "catalog-service",
                             "PriceExportService.streamAll (PriceExportService.java:88) takes a connection from the Hikari pool and never returns it; each price export leaks a connection until all 20 are in use and other requests time out waiting for one (total=20, active=20, idle=0).",
                             "catalog-service's JDBC pool is exhausted by leaked connections, so product requests wait 30 s and return 500; PostgreSQL itself is healthy.",
                             "Close the connection/stream in PriceExportService (try-with-resources on the ResultSet stream) and deploy; restart the pods to reclaim the leaked connections, and keep leakDetectionThreshold on to verify."))


# =========================================================================== storage

@scenario
def s_storage_ebs_multiattach(rec):
    r = rec.rng
    rec.style = "full"
    rec.evshape = "exporter"
    ns = "messaging"
    n = [eks_node(rec) for _ in range(3)]
    gone = eks_node(rec)
    rmq = [f"rabbitmq-server-{i}" for i in range(3)]
    S_r = {i: rec.P(ns, rmq[i], "rabbitmq", n[i], "rabbitmq") for i in (0, 2)}
    kp = rec.dpod("karpenter")
    S_k = rec.P("kube-system", kp, "controller", n[0], "karpenter")
    csi = rec.dpod("ebs-csi-controller")
    S_csi = rec.P("kube-system", csi, "ebs-plugin", n[2], "ebs-csi-controller")
    vol = f"vol-0{rec.h(16)}"
    pv = f"pvc-{rec.uid()}"
    rec.add(0, S_k, J({"level": "INFO", "time": "@ISO@", "logger": "controller", "message": "initiating delete from interruption message", "commit": rec.h(7), "controller": "interruption", "queue": "karpenter-prod", "messageKind": "SpotInterrupted", "NodeClaim": {"name": f"default-{rec.sfx(5)}"}, "action": "CordonAndDrain", "Node": {"name": gone}}))
    rec.E(2, ns, "Pod", rmq[1], "Killing", "Stopping container rabbitmq", host=gone)
    rec.E(40, ns, "Pod", rmq[1], "Scheduled", f"Successfully assigned {ns}/{rmq[1]} to {n[1]}", comp="default-scheduler")
    for k in range(4):
        t = 41 + k * 60
        rec.E(t, ns, "Pod", rmq[1], "FailedAttachVolume", f'Multi-Attach error for volume "{pv}" Volume is already exclusively attached to one node and can\'t be attached to another', type_="Warning", comp="attachdetach-controller", count=k + 1, ev=(k == 0))
        rec.add(t + 0.5, S_csi, klog("E", 1, "driver.go:108", f'"GRPC error" err="rpc error: code = Internal desc = Could not attach volume \\"{vol}\\" to node \\"i-0{rec.h(16)}\\": could not attach volume \\"{vol}\\" to node \\"i-0{rec.h(16)}\\": VolumeInUse: {vol} is already attached to an instance\\n\\tstatus code: 400, request id: {rec.uid()}"'), ev=(k in (0, 2)))
    rec.E(165, ns, "Pod", rmq[1], "FailedMount", f"Unable to attach or mount volumes: unmounted volumes=[persistence], unattached volumes=[persistence plugins-conf rabbitmq-confd erlang-cookie kube-api-access-{rec.sfx()}]: timed out waiting for the condition", type_="Warning", host=n[1], count=1, ev=True)
    def rl(i, t, lvl, msg):
        rec.add(t, S_r[i], f"@SPUS@+00:00 [{lvl}] <0.{r.randint(200, 9000)}.0> {msg}")
    rl(0, 5, "info", f"rabbit on node 'rabbit@rabbitmq-server-1.rabbitmq-nodes.{ns}' down")
    rl(0, 5.5, "info", f"Keeping rabbit@rabbitmq-server-1.rabbitmq-nodes.{ns} listeners: the node is already back")
    rl(2, 6, "info", f"queue 'orders.created' in vhost '/': Leader election for term {r.randint(5, 30)} won, members: [rabbit@rabbitmq-server-0.rabbitmq-nodes.{ns}, rabbit@rabbitmq-server-2.rabbitmq-nodes.{ns}]")
    rl(0, 30, "warning", f"queue 'orders.created' in vhost '/': member rabbit@rabbitmq-server-1.rabbitmq-nodes.{ns} is unavailable, 2 of 3 members online")
    for i in (0, 2):
        for _ in range(5):
            rl(i, r.uniform(10, 250), "info", f"connection <0.{r.randint(2000, 9000)}.0> ({rec.ip()}:{rec.port()} -> {rec.ip()}:5672): user 'orders' authenticated and granted access to vhost '/'")
    rec.add(r.uniform(10, 200), S_k, J({"level": "INFO", "time": "@ISO@", "logger": "controller", "message": "launched nodeclaim", "commit": rec.h(7), "controller": "nodeclaim.lifecycle", "NodeClaim": {"name": f"default-{rec.sfx(5)}"}, "instance-type": "m6i.large", "zone": "eu-west-1a", "capacity-type": "spot"}))
    for _ in range(3):
        rec.add(r.uniform(10, 240), S_csi, klog("I", 1, "controller.go:412", f'"ControllerPublishVolume: attached" volumeID="vol-0{rec.h(16)}" nodeID="i-0{rec.h(16)}" devicePath="/dev/xvda{r.choice("bcdef")}"'))
    rec.add(r.uniform(10, 240), S_csi, klog("I", 1, "controller.go:470", f'"ControllerUnpublishVolume: detaching" volumeID="{vol}" nodeID="i-0{rec.h(16)}"'))
    for i in (0, 2):
        rl(i, r.uniform(10, 250), "info", f"Free disk space is sufficient on node rabbit@{rmq[i]}.rabbitmq-nodes.{ns}")
    rl(2, r.uniform(10, 250), "warning", f"HTTP access denied: user 'guest' - User can only log in via localhost")
    return dict(question="rabbitmq-server-1 has been ContainerCreating for 5 minutes after the spot interruption. What's blocking it?",
                selector=SEL(ns, app="rabbitmq"),
                expected=EXP("ERROR", "storage", "rabbitmq",
                             f"rabbitmq-server-1's EBS volume ({vol}) is still attached to the interrupted spot instance; the EBS CSI driver gets VolumeInUse and the attach/detach controller reports Multi-Attach, so the rescheduled pod cannot mount its persistence volume.",
                             "After a spot interruption, rabbitmq-server-1 is stuck in ContainerCreating on a Multi-Attach error; the cluster runs on 2 of 3 nodes and quorum queues stay available but with reduced redundancy.",
                             "Check the old instance and VolumeAttachment: once the instance is terminated, delete the stale VolumeAttachment (or force-detach the volume in EC2) so the CSI driver can attach it to the new node; afterwards verify the quorum queue members resync."))


@scenario
def s_storage_ext4_readonly_mysql(rec):
    r = rec.rng
    rec.style = "node"
    rec.hstyle = "syslog"
    ns = "erp"
    node = "worker-04.dc1.acme.lan"
    n = [node, "worker-02.dc1.acme.lan", "worker-07.dc1.acme.lan"]
    S_m = rec.P(ns, "mysql-0", "mysql", node)
    S_rep = rec.P(ns, "mysql-1", "mysql", n[1])
    erp = [rec.dpod("erp-backend") for _ in range(2)]
    S_e = [rec.P(ns, erp[i], "erp-backend", n[1 + i]) for i in range(2)]
    sector = r.randint(10**7, 10**8)
    def kern(t, msg, ev=False):
        rec.host(t, node, "kernel", msg, ev=ev)
    kern(20, f"sd 2:0:0:0: [sdb] tag#{r.randint(1, 30)} FAILED Result: hostbyte=DID_OK driverbyte=DRIVER_OK cmd_age=30s")
    kern(20.001, f"sd 2:0:0:0: [sdb] tag#{r.randint(1, 30)} Sense Key : Medium Error [current]")
    kern(20.002, f"sd 2:0:0:0: [sdb] tag#{r.randint(1, 30)} Add. Sense: Unrecovered read error - auto reallocate failed")
    kern(20.003, f"blk_update_request: critical medium error, dev sdb, sector {sector} op 0x1:(WRITE) flags 0x800 phys_seg 16 prio class 0", ev=True)
    kern(20.01, f"Buffer I/O error on dev sdb1, logical block {sector // 8}, lost async page write")
    kern(20.2, "EXT4-fs error (device sdb1): ext4_journal_check_start:83: comm mysqld: Detected aborted journal", ev=True)
    kern(20.21, "EXT4-fs (sdb1): Remounting filesystem read-only", ev=True)
    kern(20.22, "EXT4-fs (sdb1): ext4_writepages: jbd2_start: 9223372036854775807 pages, ino 1572871; err -30")
    def my(S, t, lvl, code, sub, msg, th=0, ev=False):
        rec.add(t, S, f"@ISO6@ {th} [{lvl}] [{code}] [{sub}] {msg}", ev)
    my(S_m, 20.3, "ERROR", "MY-012592", "InnoDB", "Operating system error number 30 in a file operation.", th=r.randint(10, 40))
    my(S_m, 20.31, "ERROR", "MY-012596", "InnoDB", "Error number 30 means 'Read-only file system'", th=r.randint(10, 40), ev=True)
    my(S_m, 20.32, "ERROR", "MY-012646", "InnoDB", "File ./ib_logfile0: 'write' returned OS error 130. Cannot continue operation", th=r.randint(10, 40))
    my(S_m, 20.4, "ERROR", "MY-013183", "InnoDB", "Assertion failure: os0file.cc:3123:false thread 139912341231232", th=0)
    rec.add(20.41, S_m, "InnoDB: We intentionally generate a memory trap.")
    rec.add(20.42, S_m, "InnoDB: Submit a detailed bug report to http://bugs.mysql.com.")
    rec.add(20.5, S_m, "mysqld got signal 6 ;")
    for k in range(2):
        t0 = 60 + k * 60
        my(S_m, t0, "System", "MY-010116", "Server", "/usr/sbin/mysqld (mysqld 8.0.36) starting as process 1")
        my(S_m, t0 + 0.5, "ERROR", "MY-012592", "InnoDB", "Operating system error number 30 in a file operation.", th=1)
        my(S_m, t0 + 0.6, "ERROR", "MY-012596", "InnoDB", "Error number 30 means 'Read-only file system'", th=1)
        my(S_m, t0 + 0.7, "ERROR", "MY-012894", "InnoDB", "Unable to open './#innodb_redo/#ib_redo5' (error: 1504).", th=1)
        my(S_m, t0 + 0.9, "ERROR", "MY-010119", "Server", "Aborting", th=0)
        rec.E(t0 + 2, ns, "Pod", "mysql-0", "BackOff", f"Back-off restarting failed container mysql in pod mysql-0_{ns}({rec.uid()})", type_="Warning", count=k + 2, host=node, field="spec.containers{mysql}")
    my(S_rep, 22, "ERROR", "MY-010584", "Repl", f"Replica I/O for channel '': Error reconnecting to source 'repl@mysql-0.mysql.{ns}.svc.cluster.local:3306'. This was attempt 1/86400, with a delay of 60 seconds between attempts. Message: Can't connect to MySQL server on 'mysql-0.mysql.{ns}.svc.cluster.local:3306' (111), Error_code: MY-002003", th=r.randint(10, 40))
    for k in range(5):
        i = k % 2
        rec.add(25 + k * 30, S_e[i], spring("ERROR", 1, f"nio-8080-exec-{r.randint(1, 40)}", "o.h.engine.jdbc.spi.SqlExceptionHelper", r.choice(["Communications link failure", "Got error 168 - 'Unknown (generic) error from engine' from storage engine"])))
    rec.spread(S_rep, 0, 200, 3, lambda: f"@ISO6@ 0 [Warning] [MY-010055] [Server] IP address '{rec.ip('10.244')}' could not be resolved: Name or service not known")
    for i in range(2):
        rec.spread(S_e[i], 0, 200, 4, lambda: spring("INFO", 1, f"nio-8080-exec-{r.randint(1, 40)}", "c.a.erp.api.InvoiceController", f"GET /api/invoices/{r.randint(10000, 99999)} 200 ({r.randint(3, 40)}ms, cache)"))
    kubelet_noise(rec, node, 0, 200, 4, [f"{ns}/mysql-0"])
    return dict(question="ERP is down and mysql-0 keeps crashing. What happened?",
                selector=SEL(ns),
                expected=EXP("CRITICAL", "storage", "mysql",
                             "The local disk sdb on worker-04 that backs mysql-0's volume reported unrecoverable medium (write) errors; ext4 aborted its journal and remounted the filesystem read-only, so InnoDB failed with 'Read-only file system' (OS error 30), asserted and cannot restart.",
                             "mysql-0, the ERP primary, crashed on a disk I/O failure and is crash-looping on a read-only filesystem; the replica lost its source and the ERP backend fails writes. Data on the failing disk is at risk.",
                             "Do not fsck/restart repeatedly on the failing disk: promote mysql-1 (the replica) to primary and repoint the ERP service, then replace sdb on worker-04 (check SMART), rebuild mysql-0 from the new primary and verify replication."))


@scenario
def s_storage_k3s_localpath_missing(rec):
    r = rec.rng
    rec.style = "basic"
    rec.hstyle = "journal"
    rec.evshape = "alloy"
    ns = "nats"
    nodes = ["k3s-agent-01", "k3s-agent-02", "k3s-agent-03"]
    S_n = {i: rec.P(ns, f"nats-{i}", "nats") for i in (0, 2)}
    pv = f"pvc-{rec.uid()}"
    path = f"/var/lib/rancher/k3s/storage/{pv}_{ns}_nats-js-nats-1"
    kp = r.randint(600, 1500)
    rec.E(1, ns, "Pod", "nats-1", "Scheduled", f"Successfully assigned {ns}/nats-1 to {nodes[1]}", comp="default-scheduler")
    for k in range(4):
        t = 3 + k * 65
        msg = f'MountVolume.NewMounter initialization failed for volume "{pv}" : path "{path}" does not exist'
        rec.E(t, ns, "Pod", "nats-1", "FailedMount", msg, type_="Warning", host=nodes[1], count=k + 1, ev=(k == 0))
        rec.host(t - 0.01, nodes[1], "k3s-agent.service", klog("E", kp, "nestedpendingoperations.go:348", f'Operation for "{{volumeName:kubernetes.io/local-volume/{pv} podName: nodeName:}}" failed. No retries permitted until {rec.at(t + 64, "SP0")}.{r.randint(100000000, 999999999)} +0000 UTC m=+{r.randint(10000, 90000)}.{r.randint(100000000, 999999999)} (durationBeforeRetry 1m4s). Error: MountVolume.NewMounter initialization failed for volume "{pv}" (UniqueName: "kubernetes.io/local-volume/{pv}") pod "nats-1" (UID: "{rec.uid()}") : path "{path}" does not exist'), ev=(k in (0, 2)), pid=kp)
    rec.E(125, ns, "Pod", "nats-1", "FailedMount", f"Unable to attach or mount volumes: unmounted volumes=[nats-js], unattached volumes=[config pid nats-js kube-api-access-{rec.sfx()}]: timed out waiting for the condition", type_="Warning", host=nodes[1], ev=True)
    rec.host(0.5, nodes[1], "k3s-agent.service", klog("I", kp, "server.go:1256", '"Started kubelet"'), pid=kp)
    rec.host(0.6, nodes[1], "k3s-agent.service", f'time="@ISOS@" level=info msg="Starting k3s agent v1.29.3+k3s1 (8aecc26b)"', pid=kp)
    rec.host(0.7, nodes[1], "k3s-agent.service", f'time="@ISOS@" level=info msg="Running load balancer k3s-agent-load-balancer 127.0.0.1:6444 -> [10.0.0.10:6443] [default: 10.0.0.10:6443]"', pid=kp)
    for i in (0, 2):
        rec.add(5 + i, S_n[i], f"[1] @SLASHUS@ [WRN] 10.42.{i}.{r.randint(2, 250)}:6222 - rid:{r.randint(10, 99)} - Error trying to connect to route (attempt {r.randint(20, 90)}): lookup for host \"nats-1.nats.nats.svc.cluster.local\": lookup nats-1.nats.nats.svc.cluster.local on 10.43.0.10:53: no such host")
    rec.add(30, S_n[0], "[1] @SLASHUS@ [INF] JetStream cluster new stream leader for 'ACME > ORDERS'")
    rec.add(31, S_n[2], "[1] @SLASHUS@ [WRN] JetStream cluster stream 'ACME > ORDERS' peer nats-1 is offline, running with 2 of 3 replicas")
    rec.add(32, S_n[0], "[1] @SLASHUS@ [WRN] RAFT [cnrtt3eg - S-R3F-" + rec.sfx(8) + "] Error sending snapshot to follower [S1Nunr6R]: peer not current")
    for i in (0, 2):
        rec.spread(S_n[i], 0, 250, 6, lambda i=i: f"[1] @SLASHUS@ [INF] {rec.ip('10.42')}:{rec.port()} - cid:{r.randint(100, 900)} - \"v1.35.0:go\" - {r.choice(['Client connection created', 'Client connection closed: Client Closed'])}")
    kubelet_noise(rec, nodes[1], 0, 250, 4, [f"{ns}/nats-1"], unit="k3s-agent.service")
    return dict(question="nats-1 is stuck in ContainerCreating after k3s-agent-02 was re-imaged. How do I get it back?",
                selector=SEL(ns),
                expected=EXP("ERROR", "storage", "nats",
                             f"nats-1's local-path PersistentVolume is pinned to k3s-agent-02, and the directory backing it ({path}) no longer exists after the node was re-imaged, so kubelet cannot mount the volume.",
                             "nats-1 cannot mount its JetStream volume and stays in ContainerCreating; the NATS cluster runs with 2 of 3 peers and streams have reduced redundancy. The 'no such host' route errors are a consequence of the pod not running.",
                             "Delete the stale PVC/PV for nats-1 (the data on the wiped node is gone) so a new local-path volume is provisioned, let nats-1 start and resync its JetStream replicas from the other peers; consider a replicated storage class for stateful workloads on nodes that get re-imaged."))


# =========================================================================== database

@scenario
def s_db_pg_too_many_clients(rec):
    r = rec.rng
    rec.style = "app"
    ns = "airflow"
    n = [eks_node(rec) for _ in range(3)]
    S_pg = rec.P(ns, "airflow-postgresql-0", "postgresql", n[0], "postgresql")
    keda = rec.dpod("keda-operator")
    S_k = rec.P("keda", keda, "keda-operator", n[1], "keda-operator")
    ws = [f"airflow-worker-{i}" for i in (3, 11, 19)]
    S_w = [rec.P(ns, ws[i], "worker", n[i], "airflow") for i in range(3)]
    sch = rec.dpod("airflow-scheduler")
    S_s = rec.P(ns, sch, "scheduler", n[2], "airflow")
    rec.add(2, S_k, J({"level": "info", "ts": "@ISO@", "logger": "scaleexecutor", "msg": "Successfully updated ScaleTarget", "scaledobject.Name": "airflow-worker", "scaledObject.Namespace": ns, "scaleTarget.Name": "airflow-worker", "Original Replicas Count": 4, "New Replicas Count": 24}), ev=True)
    rec.E(2.5, ns, "StatefulSet", "airflow-worker", "SuccessfulCreate", "create Pod airflow-worker-23 in StatefulSet airflow-worker successful", comp="statefulset-controller")
    for k in range(7):
        t = 30 + k * 25 + r.uniform(0, 5)
        pid = r.randint(10000, 60000)
        msg = "FATAL:  sorry, too many clients already" if k % 3 else "FATAL:  remaining connection slots are reserved for non-replication superuser connections"
        rec.add(t, S_pg, f"@SP@ GMT [{pid}] {msg}", ev=(k in (0, 1)))
    for k in range(5):
        i = k % 3
        t = 35 + k * 30 + r.uniform(0, 5)
        rec.add(t, S_w[i], f"[@ISOP4@] {{taskinstance.py:2731}} ERROR - Task failed with exception")
        rec.add(t + 0.01, S_w[i], f'sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "airflow-postgresql.airflow.svc.cluster.local" ({rec.ip("172.20")}), port 5432 failed: FATAL:  sorry, too many clients already', ev=(k in (0, 3)))
        rec.add(t + 0.02, S_w[i], "(Background on this error at: https://sqlalche.me/e/14/e3q8)")
    rec.add(120, S_s, f"[@ISOP4@] {{scheduler_job_runner.py:855}} ERROR - Exception when executing SchedulerJob._run_scheduler_loop")
    rec.add(120.01, S_s, f'sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "airflow-postgresql.airflow.svc.cluster.local" ({rec.ip("172.20")}), port 5432 failed: FATAL:  remaining connection slots are reserved for non-replication superuser connections', ev=True)
    rec.add(121, S_s, "[@ISOP4@] {scheduler_job_runner.py:867} INFO - Exited execute loop")
    rec.add(r.uniform(0, 200), S_pg, f"@SP@ GMT [{r.randint(60, 90)}] LOG:  checkpoint starting: time")
    rec.add(r.uniform(0, 200), S_pg, f"@SP@ GMT [{r.randint(10000, 60000)}] LOG:  could not receive data from client: Connection reset by peer")
    for i in range(3):
        rec.spread(S_w[i], 0, 200, 4, lambda: f"[@ISOP4@] {{local_task_job_runner.py:234}} INFO - Task exited with return code 0")
    rec.spread(S_s, 0, 200, 4, lambda: "[@ISOP4@] {scheduler_job_runner.py:417} INFO - " + str(r.randint(5, 60)) + " tasks up for execution:")
    return dict(question="Airflow tasks and even the scheduler fail with 'too many clients'. What changed?",
                selector=SEL(ns),
                expected=EXP("ERROR", "database", "airflow-postgresql",
                             "KEDA scaled airflow-worker from 4 to 24 replicas for a backlog; every worker opens its own SQLAlchemy connections to the Airflow metadata database, which exceeds PostgreSQL's max_connections, so new connections are refused with 'sorry, too many clients already'.",
                             "The Airflow metadata database has run out of connection slots: tasks fail with OperationalError and the scheduler loop crashed, so DAG runs are failing.",
                             "Put PgBouncer in front of the metadata DB (the chart's pgbouncer option) or raise max_connections, and cap KEDA maxReplicaCount / worker concurrency so total connections stay under the limit; restart the scheduler afterwards."))


@scenario
def s_db_mysql_deadlock(rec):
    r = rec.rng
    rec.style = "node"
    ns = "shop"
    n = [eks_node(rec, "us-east-1") for _ in range(3)]
    S_my = rec.P(ns, "mysql-0", "mysql", n[0])
    web = [rec.dpod("shop-web") for _ in range(2)]
    S_w = [rec.P(ns, web[i], "rails", n[1 + i]) for i in range(2)]
    sq = rec.dpod("shop-sidekiq")
    S_q = rec.P(ns, sq, "sidekiq", n[1])
    def my(t, lvl, code, msg, ev=False):
        rec.add(t, S_my, f"@ISO6@ 0 [{lvl}] [{code}] [InnoDB] {msg}", ev)
    for k in range(3):
        t = 40 + k * 60
        my(t, "Note", "MY-012468", "Transactions deadlock detected, dumping detailed information. (lock0lock.cc:6482)", ev=(k == 0))
        my(t + 0.001, "Note", "MY-012469", "*** (1) TRANSACTION:")
        rec.add(t + 0.002, S_my, f"TRANSACTION {r.randint(10**7, 10**8)}, ACTIVE 0 sec starting index read")
        rec.add(t + 0.003, S_my, f"UPDATE `inventory_items` SET `reserved` = `reserved` + 1, `updated_at` = '{rec.at(t, 'SP')}' WHERE `inventory_items`.`id` = {r.randint(1000, 9000)}", ev=(k == 0))
        my(t + 0.004, "Note", "MY-012469", "*** (2) TRANSACTION:")
        rec.add(t + 0.005, S_my, f"UPDATE `inventory_items` SET `quantity` = `quantity` + 40, `updated_at` = '{rec.at(t, 'SP')}' WHERE `inventory_items`.`warehouse_id` = 3 AND `inventory_items`.`sku` IN ('SKU-{r.randint(1000, 9999)}', 'SKU-{r.randint(1000, 9999)}')")
        my(t + 0.006, "Note", "MY-012469", "*** WE ROLL BACK TRANSACTION (1)")
        i = k % 2
        rid = rec.uid()
        rec.add(t + 0.01, S_w[i], f"E, [@RUBY@ #1] ERROR -- : [{rid}] ActiveRecord::Deadlocked (Mysql2::Error: Deadlock found when trying to get lock; try restarting transaction):", ev=(k in (0, 1)))
        rec.add(t + 0.011, S_w[i], f"I, [@RUBY@ #1]  INFO -- : [{rid}] Retrying CheckoutService#reserve_stock after ActiveRecord::Deadlocked (attempt 1/3)")
        rec.add(t + 0.06, S_w[i], f"I, [@RUBY@ #1]  INFO -- : [{rid}] Completed 201 Created in {r.randint(80, 300)}ms (Views: 1.2ms | ActiveRecord: {r.randint(40, 200)}.1ms | Allocations: {r.randint(8000, 30000)})")
        rec.add(t - 0.2, S_q, f"pid=1 tid={rec.sfx(4)} class=RestockWarehouseJob jid={rec.h(24)} INFO: start")
        rec.add(t + 0.3, S_q, f"pid=1 tid={rec.sfx(4)} class=RestockWarehouseJob jid={rec.h(24)} elapsed={r.uniform(0.3, 1.2):.3f} INFO: done")
    for i in range(2):
        rec.spread(S_w[i], 0, 200, 6, lambda: f"I, [@RUBY@ #1]  INFO -- : [{rec.uid()}] Completed 200 OK in {r.randint(10, 120)}ms (Views: {r.uniform(2, 40):.1f}ms | ActiveRecord: {r.uniform(1, 30):.1f}ms | Allocations: {r.randint(2000, 30000)})")
    rec.add(r.uniform(0, 200), S_w[0], f"W, [@RUBY@ #1]  WARN -- : DEPRECATION WARNING: `ActiveRecord::Base.legacy_connection_handling` is deprecated and will be removed in Rails 7.2")
    rec.add(r.uniform(0, 200), S_my, "@ISO6@ 0 [Warning] [MY-010055] [Server] IP address '" + rec.ip("10.0") + "' could not be resolved: Name or service not known")
    return dict(question="We see 'Deadlock found when trying to get lock' in the shop logs a few times an hour. Is checkout broken?",
                selector=SEL(ns),
                expected=EXP("WARN", "database", "mysql",
                             "Checkout's stock reservation (UPDATE inventory_items by id) and the RestockWarehouseJob (UPDATE inventory_items by warehouse and SKU list) lock the same inventory rows in opposite order, so InnoDB detects deadlocks and rolls back the checkout transaction.",
                             "Occasional InnoDB deadlocks between checkout and the restock job; Rails retries the rolled-back transaction and the checkouts complete (201), so customers are not affected.",
                             "Optional: make both code paths lock inventory rows in the same order (for example by id, or SELECT ... FOR UPDATE ordered by id) or run restocks in smaller batches; keep the retry in place."))


@scenario
def s_db_patroni_wal_removed(rec):
    r = rec.rng
    rec.style = "full"
    rec.evshape = "alloy"
    ns = "db"
    n = [f"pg-node-{i}" for i in range(1, 4)]
    pg = [f"pg-main-{i}" for i in range(3)]
    S = [rec.P(ns, pg[i], "postgres", n[i], "pg-main") for i in range(3)]
    hp = rec.dpod("pg-haproxy")
    S_h = rec.P(ns, hp, "haproxy", n[0], "pg-haproxy")
    ra = rec.dpod("reports-api")
    S_ra = rec.P("reports", ra, "reports-api", n[1], "reports-api")
    seg = f"00000003000001A2000000{r.randint(16, 99)}"
    for k in range(4):
        t = 3 + k * 40
        rec.add(t, S[0], "@PY@ INFO: no action. I am (pg-main-0), the leader with the lock")
        rec.add(t + 0.3, S[1], "@PY@ INFO: no action. I am (pg-main-1), a secondary, and following a leader (pg-main-0)")
        rec.add(t + 0.5, S[2], "@PY@ INFO: no action. I am (pg-main-2), a secondary, and following a leader (pg-main-0)")
    for k in range(4):
        t = 10 + k * 30
        rec.add(t, S[2], f"@PGTS@ [{r.randint(1000, 9000)}] LOG:  started streaming WAL from primary at 1A2/{r.randint(10, 99)}000000 on timeline 3")
        rec.add(t + 0.01, S[2], f"@PGTS@ [{r.randint(1000, 9000)}] FATAL:  could not receive data from WAL stream: ERROR:  requested WAL segment {seg} has already been removed", ev=(k in (0, 2)))
        rec.add(t + 0.02, S[0], f"@PGTS@ [{r.randint(1000, 9000)}] ERROR:  requested WAL segment {seg} has already been removed", ev=(k == 0))
        rec.add(t + 0.03, S[0], f"@PGTS@ [{r.randint(1000, 9000)}] STATEMENT:  START_REPLICATION 1A2/{r.randint(10, 99)}000000 TIMELINE 3")
    rec.add(8, S[2], f"@PGTS@ [{r.randint(60, 90)}] LOG:  waiting for WAL to become available at 1A2/{r.randint(10, 99)}000002")
    rec.add(20, S_h, f"[WARNING]  ({r.randint(7, 9)}) : Server pg-replicas/pg-main-2 is DOWN, reason: Layer7 wrong status, code: 503, info: \"Service Unavailable\", check duration: 3ms. 1 active and 0 backup servers left. 0 sessions active, 0 requeued, 0 remaining in queue.", ev=True)
    for _ in range(8):
        rec.add(r.uniform(0, 160), S_h, f"{rec.ip('10.244')}:{rec.port()} [@HAP@] {r.choice(['pg-primary', 'pg-replicas'])} {r.choice(['pg-replicas/pg-main-1', 'pg-primary/pg-main-0'])} 1/0/{r.randint(1000, 90000)} {r.randint(2000, 900000)} -- {r.randint(10, 40)}/{r.randint(10, 40)}/{r.randint(1, 20)}/{r.randint(1, 20)}/0 0/0")
    rec.add(25, S[0], "@PY@ INFO: Member pg-main-2 replication state: lag 2147 MB, not streaming")
    for k in range(3):
        rec.add(40 + k * 50, S_ra, f'time=@ISO@ level=warn msg="replica lag exceeds threshold, routing reads to primary" replica=pg-main-2 lag_seconds={2100 + k * 50}')
    rec.spread(S_ra, 0, 160, 5, lambda: f'time=@ISO@ level=info msg="report generated" report={r.choice(["daily_sales", "inventory", "churn"])} rows={r.randint(100, 90000)} duration_ms={r.randint(200, 4000)}')
    rec.add(r.uniform(0, 160), S[1], f"@PGTS@ [{r.randint(60, 90)}] LOG:  restartpoint complete: wrote {r.randint(100, 900)} buffers")
    return dict(question="pg-main-2 is marked DOWN in HAProxy and reports are slow. What's wrong with the replica?",
                selector=SEL(ns, app="pg-main"),
                expected=EXP("ERROR", "database", "pg-main",
                             f"Replica pg-main-2 fell too far behind and the primary has already recycled WAL segment {seg} that it still needs (no replication slot / wal_keep_size too small), so streaming replication cannot resume.",
                             "pg-main-2 can no longer stream from the primary (requested WAL segment has already been removed); Patroni reports it not streaming, HAProxy marked it DOWN, and reads fall back to the primary, raising its load.",
                             "Reinitialise the replica (patronictl reinit pg-main pg-main-2, or restore from the WAL archive if restore_command is configured), then enable replication slots or raise wal_keep_size so a lagging replica cannot lose its WAL again."))


@scenario
def s_db_clickhouse_too_many_parts(rec):
    r = rec.rng
    rec.style = "app"
    rec.evshape = "eventrouter"
    ns = "analytics"
    n = [eks_node(rec) for _ in range(3)]
    ch = ["chi-events-main-0-0-0", "chi-events-main-0-1-0"]
    S_c = [rec.P(ns, ch[i], "clickhouse", n[i], "clickhouse") for i in range(2)]
    ing = [rec.dpod("events-ingestor") for _ in range(2)]
    S_i = [rec.P(ns, ing[i], "ingestor", n[i], "events-ingestor") for i in range(2)]
    def c(i, t, lvl, src, msg, ev=False, q=None):
        rec.add(t, S_c[i], f"@CH@ [ {r.randint(100, 900)} ] {{{q or '00000000-0000-0000-0000-000000000000'}}} <{lvl}> {src}: {msg}", ev)
    mid = f"00000000{r.randint(30, 60)}"
    c(0, 2, "Information", f"events.raw_local ({rec.uid()})", f"Created mutation with ID mutation_{mid}.txt (data versions: ) ALTER TABLE events.raw_local DELETE WHERE user_id IN (SELECT user_id FROM gdpr.erasure_requests)", ev=True, q=rec.uid())
    for k in range(4):
        c(k % 2, 10 + k * 25, "Information", "MergeTreeBackgroundExecutor", f"Not enough idle threads to apply mutations at the moment. See settings 'number_of_free_entries_in_pool_to_execute_mutation' in MergeTree settings and 'background_pool_size' in server configuration. Merges waiting: {r.randint(40, 90)}")
    parts = [1800, 2400, 2814, 2990]
    for k, p in enumerate(parts):
        c(0, 40 + k * 30, "Warning", f"events.raw_local ({rec.uid()})", f"Delaying inserting block by {r.uniform(0.5, 60):.1f} ms. because there are {p} parts and their average size is {r.uniform(0.8, 2.1):.2f} KiB", ev=(k == 2), q=rec.uid())
    for k in range(6):
        t = 160 + k * 15
        q = rec.uid()
        pc = 3000 + k * r.randint(5, 30)
        c(k % 2, t, "Error", "executeQuery", f"Code: 252. DB::Exception: Too many parts ({pc} with average size of 1.21 KiB) in table 'events.raw_local ({rec.uid()})'. Merges are processing significantly slower than inserts. (TOO_MANY_PARTS) (version 24.3.2.23 (official build)) (from {rec.ip('10.0')}:{rec.port()}) (in query: INSERT INTO events.raw_local FORMAT Native)", ev=(k in (0, 3)), q=q)
        rec.add(t + 0.05, S_i[k % 2], zap("error", "sink/clickhouse.go:143", "insert failed, dropping batch after 3 retries", rows=r.randint(2000, 8000), table="events.raw_local", error=f"code: 252, message: Too many parts ({pc} with average size of 1.21 KiB) in table 'events.raw_local'. Merges are processing significantly slower than inserts"), ev=(k == 1))
    for i in range(2):
        rec.spread(S_i[i], 0, 150, 6, lambda: zap("info", "sink/clickhouse.go:118", "batch inserted", rows=r.randint(300, 2000), table="events.raw_local", ms=r.randint(5, 90)))
        rec.add(r.uniform(100, 250), S_i[i], zap("warn", "sink/kafka.go:77", "consumer lag rising", topic="events", lag=r.randint(200000, 2000000)))
    for _ in range(4):
        c(r.randint(0, 1), r.uniform(0, 250), "Information", "executeQuery", f"Read {r.randint(10000, 900000)} rows, {r.uniform(1, 90):.2f} MiB in {r.uniform(0.01, 0.9):.6f} sec.", q=rec.uid())
    return dict(question="The events ingestor is dropping batches with TOO_MANY_PARTS. Why can't ClickHouse keep up?",
                selector=SEL(ns),
                expected=EXP("CRITICAL", "database", "clickhouse",
                             "A heavy mutation (ALTER TABLE events.raw_local DELETE for GDPR erasure) occupies the MergeTree background pool, so merges stall while small inserts keep creating parts; the part count passes parts_to_throw_insert and ClickHouse rejects inserts with TOO_MANY_PARTS (Code 252).",
                             "ClickHouse first delayed and then rejected inserts into events.raw_local; the ingestor drops batches after retries, so event data is being lost and Kafka lag is rising.",
                             "Pause the ingestor's dropping (switch to retry/back-pressure) and stop or kill the mutation (KILL MUTATION) to let merges catch up; run GDPR deletes as lightweight deletes or off-peak in partitions, and batch inserts larger."))


# =========================================================================== rate_limited

@scenario
def s_ratelimit_karpenter_ec2(rec):
    r = rec.rng
    rec.style = "basic"
    rec.evshape = "exporter"
    ns = "ml-batch"
    n = [eks_node(rec, "us-east-1") for _ in range(2)]
    kp = rec.dpod("karpenter")
    S_k = rec.P("kube-system", kp, "controller", n[0], "karpenter")
    jobs = [f"embed-shard-{i:03d}-{rec.sfx()}" for i in r.sample(range(0, 200), 4)]
    S_j = rec.P(ns, jobs[0], "embed")
    cost = rec.dpod("cost-scanner")
    S_c = rec.P("finops", cost, "scanner")
    commit = rec.h(7)
    def kl(t, lvl, msg, ev=False, **kw):
        d = {"level": lvl, "time": "@ISO@", "logger": "controller", "message": msg, "commit": commit}
        d.update(kw)
        rec.add(t, S_k, J(d), ev)
    kl(1, "INFO", "found provisionable pod(s)", controller="provisioner", Pods=f"{ns}/{jobs[0]}, {ns}/{jobs[1]}, {ns}/{jobs[2]} and 197 other(s)", duration="312.4ms")
    kl(1.5, "INFO", "computed new nodeclaim(s) to fit pod(s)", controller="provisioner", nodeclaims=25, pods=200)
    for k in range(5):
        t = 4 + k * 18
        kl(t, "ERROR", "failed launching nodeclaim", controller="nodeclaim.lifecycle", NodeClaim={"name": f"default-{rec.sfx(5)}"},
           error="creating instance, with fleet error(s), RequestLimitExceeded: Request limit exceeded.", ev=(k in (0, 2)))
    kl(40, "ERROR", "failed listing instance types", controller="nodeclass.capacity", error="describing instance type offerings, operation error EC2: DescribeInstanceTypeOfferings, failed to get rate limit token, retry quota exceeded, 0 available, 5 requested", ev=True)
    for k in range(4):
        rec.add(10 + k * 25, S_c, J({"level": "warning", "ts": "@ISO@", "msg": "EC2 throttled, backing off", "api": "DescribeInstances", "region": "us-east-1", "backoff_s": 2 ** (k + 1), "error": "RequestLimitExceeded: Request limit exceeded."}), ev=(k == 0))
    rec.add(5, S_c, J({"level": "info", "ts": "@ISO@", "msg": "starting full inventory scan", "accounts": 1, "regions": ["us-east-1"], "concurrency": 64}))
    for k in range(3):
        rec.E(6 + k * 30, ns, "Pod", jobs[k + 1], "FailedScheduling", "0/12 nodes are available: 12 Insufficient cpu. preemption: 0/12 nodes are available: 12 No preemption victims found for incoming pod.", type_="Warning", comp="default-scheduler", count=k + 1)
    for k in range(6):
        kl(120 + k * 12, "INFO", "launched nodeclaim", controller="nodeclaim.lifecycle", NodeClaim={"name": f"default-{rec.sfx(5)}"}, **{"provider-id": f"aws:///us-east-1{r.choice('abc')}/i-0{rec.h(16)}", "instance-type": r.choice(["c6i.4xlarge", "c6a.4xlarge", "m6i.4xlarge"]), "zone": "us-east-1" + r.choice("abc"), "capacity-type": "spot"})
    for k in range(3):
        rec.E(140 + k * 15, ns, "Pod", jobs[k + 1], "Scheduled", f"Successfully assigned {ns}/{jobs[k + 1]} to {eks_node(rec, 'us-east-1')}", comp="default-scheduler")
    rec.add(130, S_c, J({"level": "info", "ts": "@ISO@", "msg": "inventory scan finished", "instances": r.randint(2000, 5000), "duration_s": 131}))
    rec.add(160, S_j, f"[@PY@] INFO embed: shard {jobs[0][12:15]} started on {r.choice(['c6i.4xlarge', 'c6a.4xlarge'])}, 1.2M docs")
    rec.add(170, S_j, f"[@PY@] INFO embed: progress 5% ({r.randint(50000, 70000)} docs, {r.randint(800, 1500)} docs/s)")
    for _ in range(4):
        kl(r.uniform(0, 200), "INFO", "discovered ssm parameter", controller="nodeclass", parameter="/aws/service/eks/optimized-ami/1.30/amazon-linux-2023/x86_64/standard/recommended/image_id")
    return dict(question="Karpenter logged RequestLimitExceeded while the ml-batch burst was pending. Do we need to raise an AWS limit?",
                selector=SEL("kube-system", app="karpenter"),
                expected=EXP("WARN", "rate_limited", "karpenter",
                             "Karpenter's EC2 CreateFleet and DescribeInstanceTypeOfferings calls were throttled (RequestLimitExceeded, retry quota exceeded) because a 200-pod batch scale-out coincided with the finops cost-scanner hammering the same account's EC2 API.",
                             "Node launches for the ml-batch burst failed for about two minutes with EC2 RequestLimitExceeded and pods waited in FailedScheduling; once the cost scanner finished, Karpenter launched the nodeclaims and the pods started.",
                             "Optional: lower the cost-scanner's concurrency or move it off peak, and request a higher EC2 API rate limit if large bursts are routine; no action is needed for this burst."))


@scenario
def s_ratelimit_trino_s3_slowdown(rec):
    r = rec.rng
    rec.style = "node"
    ns = "trino"
    n = [eks_node(rec) for _ in range(4)]
    co = rec.dpod("trino-coordinator")
    S_co = rec.P(ns, co, "trino-coordinator", n[0])
    wk = [rec.dpod("trino-worker") for _ in range(2)]
    S_w = [rec.P(ns, wk[i], "trino-worker", n[1 + i]) for i in range(2)]
    at = f"finance-daily-revenue-{rec.sfx(8)}"
    S_a = rec.P("data", at, "base", n[3])
    cmp_ = f"lake-compaction-{r.randint(29000000, 29999999)}-{rec.sfx()}"
    S_cmp = rec.P("data", cmp_, "spark-kubernetes-driver", n[3])
    qids = [trino_qid(rec, 10 + j * 40) for j in range(3)]
    rec.add(1, S_cmp, f"@SPARK@ INFO CompactionJob: compacting s3://acme-lake/events/dt={rec.at(-86400, 'ISOS')[:10]} ({r.randint(40000, 90000)} small files -> 512 MiB targets), parallelism 2000")
    rec.add(60, S_cmp, f"@SPARK@ WARN S3AInstrumentation: throttled requests: {r.randint(2000, 9000)} (503 SlowDown) in last 60s, retrying with backoff")
    for k in range(6):
        i = k % 2
        t = 20 + k * 22
        rid = rec.h(16).upper()
        rec.add(t, S_w[i], f"@ISO@\tWARN\t{rec.sfx(6)}-{r.randint(100, 900)}\tio.trino.filesystem.s3.S3InputStream\tRetrying S3 GET s3://acme-lake/events/dt={rec.at(-86400, 'ISOS')[:10]}/part-{r.randint(0, 9999):05d}.parquet after throttling (attempt {r.randint(2, 5)}/10)")
        if k >= 2:
            rec.add(t + 0.5, S_w[i], f"@ISO@\tERROR\tstage-scheduler\tio.trino.execution.SqlTaskManager\tio.trino.spi.TrinoException: Failed to read S3 object s3://acme-lake/events/dt={rec.at(-86400, 'ISOS')[:10]}/part-{r.randint(0, 9999):05d}.parquet")
            rec.add(t + 0.51, S_w[i], f"Caused by: software.amazon.awssdk.services.s3.model.S3Exception: Please reduce your request rate. (Service: S3, Status Code: 503, Request ID: {rid}, Extended Request ID: {rec.sfx(40)}=)", ev=(k in (2, 4)))
    for j, q in enumerate(qids):
        t = 70 + j * 40
        rec.add(t, S_co, f"@ISO@\tINFO\tdispatcher-query-{r.randint(10, 99)}\tio.trino.event.QueryMonitor\tTIMELINE: Query {q} :: FAILED (GENERIC_INTERNAL_ERROR) :: elapsed 60000ms :: planning 212ms :: waiting 0ms :: scheduling 301ms :: running 59487ms :: finishing 0ms :: begin {rec.at(t - 60, 'ISO')} :: end {rec.at(t, 'ISO')}", ev=(j == 0))
    for j in range(2):
        t = 72 + j * 80
        rec.add(t, S_a, f"[@ISOP4@] {{taskinstance.py:2731}} ERROR - Task failed with exception")
        rec.add(t + 0.01, S_a, f"trino.exceptions.TrinoExternalError: TrinoExternalError(type=EXTERNAL, name=GENERIC_INTERNAL_ERROR, message=\"Failed to read S3 object s3://acme-lake/events/dt={rec.at(-86400, 'ISOS')[:10]}/part-{r.randint(0, 9999):05d}.parquet: Please reduce your request rate. (Service: S3, Status Code: 503) SlowDown\", query_id={qids[j]})", ev=(j == 0))
        rec.add(t + 0.02, S_a, f"[@ISOP4@] {{taskinstance.py:1149}} INFO - Marking task as {'UP_FOR_RETRY' if j == 0 else 'FAILED'}. dag_id=finance_daily_revenue, task_id=aggregate_revenue")
    for _ in range(5):
        t = r.uniform(2, 200)
        run_ms = r.randint(100, 700)
        rec.add(t, S_co, f"@ISO@\tINFO\tdispatcher-query-{r.randint(10, 99)}\tio.trino.event.QueryMonitor\tTIMELINE: Query {trino_qid(rec, t - 1)} :: FINISHED :: elapsed {run_ms + 150}ms :: planning 90ms :: waiting 0ms :: scheduling 40ms :: running {run_ms}ms :: finishing 1ms :: begin {rec.at(t - 1, 'ISO')} :: end {rec.at(t, 'ISO')}")
    rec.add(r.uniform(0, 200), S_w[0], "@ISO@\tWARN\tmain\tio.trino.server.PluginManager\tPlugin 'hive-hadoop2' is deprecated and will be removed in a future release; use 'hive'")
    return dict(question="The finance revenue DAG fails in Trino with S3 503 errors. Is S3 having an outage?",
                selector=SEL(ns),
                expected=EXP("ERROR", "rate_limited", "trino",
                             "S3 is throttling requests to the s3://acme-lake/events/dt=... prefix (503 SlowDown: 'Please reduce your request rate') because the lake-compaction Spark job is hitting the same partition with 2000-way parallelism while Trino scans it; Trino exhausts its retries and the queries fail.",
                             "Trino queries over yesterday's events partition fail with S3 SlowDown, so finance_daily_revenue failed after its retry; S3 is not down, the prefix is being throttled by concurrent heavy access.",
                             "Stagger the compaction job and the Trino reads (or lower the compaction parallelism), and re-run the DAG once compaction is done; longer term spread objects over more prefixes or raise Trino's S3 retry/backoff settings."))


# =========================================================================== node_failure

@scenario
def s_node_cilium_agent_down(rec):
    r = rec.rng
    rec.style = "node"
    rec.evshape = "exporter"
    node = "worker-11"
    other = "worker-05"
    ca = rec.dspod("cilium")
    S_c = rec.P("kube-system", ca, "cilium-agent", node)
    co = rec.dspod("cilium")
    S_co = rec.P("kube-system", co, "cilium-agent", other)
    kp = r.randint(1000, 3000)
    pods = [rec.dpod(x) for x in ("checkout", "search-api", "mailer")]
    nss = ["shop", "search", "notify"]
    def cl(S, t, level, msg, subsys, ev=False, extra=""):
        rec.add(t, S, f'level={level} msg={kq(msg)}{extra} subsys={subsys}', ev)
    rec.host(1, node, "kernel", "Linux version 6.8.0-48-generic (buildd@lcy02-amd64-040) (x86_64-linux-gnu-gcc-13 (Ubuntu 13.2.0-23ubuntu4) 13.2.0, GNU ld (GNU Binutils for Ubuntu) 2.42) #48-Ubuntu SMP PREEMPT_DYNAMIC")
    for k, t0 in enumerate((20, 75, 160)):
        cl(S_c, t0, "info", "Cilium 1.14.5 85db28be 2023-12-11T14:30:29+01:00 go version go1.21.5 linux/amd64", "daemon")
        cl(S_c, t0 + 0.5, "info", "Restored endpoints from disk", "daemon", extra=f" count={r.randint(12, 30)}")
        cl(S_c, t0 + 2, "error", "Error while initializing daemon", "daemon", ev=(k == 0),
           extra=f' error="failed to compile template program: failed to load bpf_host.o: program cil_from_netdev: load program: permission denied: {r.randint(1000, 2000)}: (79) r3 = *(u64 *)(r10 -96): R10 invalid mem access \'scalar\' (2 line(s) omitted)"')
        cl(S_c, t0 + 2.1, "fatal", "failed to start: daemon creation failed: error while initializing daemon: failed to compile template program", "daemon", ev=(k == 1))
        if k:
            rec.E(t0 + 3, "kube-system", "Pod", ca, "BackOff", f"Back-off restarting failed container cilium-agent in pod {ca}_kube-system({rec.uid()})", type_="Warning", count=k + 4, host=node, field="spec.containers{cilium-agent}")
    for k in range(3):
        t = 30 + k * 45
        rec.host(t, node, "kubelet.service", klog("E", kp, "kubelet.go:2892", '"Container runtime network not ready" networkReady="NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized"'), ev=(k == 0))
    rec.E(62, "", "Node", node, "NodeNotReady", f"Node {node} status is now: NodeNotReady", comp="node-controller", ev=True)
    for i, p in enumerate(pods):
        rec.E(90 + i * 20, nss[i], "Pod", p, "FailedCreatePodSandBox", f'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "{rec.h(64)}": plugin type="cilium-cni" failed (add): unable to connect to Cilium daemon: failed to create cilium agent client after 30.000000 seconds timeout: Get "http:///var/run/cilium/cilium.sock/v1/config": dial unix /var/run/cilium/cilium.sock: connect: no such file or directory', type_="Warning", host=node, ev=(i == 0))
    rec.E(125, nss[1], "Pod", pods[1], "TaintManagerEviction", f"Marking for deletion Pod {nss[1]}/{pods[1]}", comp="taint-eviction-controller")
    for _ in range(6):
        cl(S_co, r.uniform(0, 200), "info", r.choice(["Rewrote endpoint BPF program", "Compiled new BPF template", "regenerating all endpoints"]), r.choice(["endpoint", "datapath-loader", "endpoint-manager"]), extra=f" ciliumEndpointName=shop/{rec.dpod('cart')} endpointID={r.randint(100, 4000)}")
    cl(S_co, r.uniform(0, 200), "warning", "Unable to update ipcache map entry on pod add", "daemon", extra=f" error=\"ipcache entry for podIP {rec.ip('10.0.11')} owned by kvstore or agent\" hostIP={rec.ip('10.0.0')} k8sNamespace=shop")
    kubelet_noise(rec, other, 0, 200, 4, [f"shop/{rec.dpod('cart')}"])
    return dict(question="worker-11 went NotReady after last night's unattended upgrades. What's broken on it?",
                selector=SEL(node=node),
                expected=EXP("CRITICAL", "node_failure", "cilium",
                             "After worker-11 booted the new 6.8 kernel, the Cilium 1.14.5 agent can no longer load its host BPF program (verifier rejects bpf_host.o: 'R10 invalid mem access'), so the agent crash-loops, the CNI is not initialised and the node is NotReady.",
                             "The Cilium agent on worker-11 fails at start-up, kubelet reports NetworkPluginNotReady, the node went NotReady and pods on it cannot get sandboxes or are being evicted; other nodes are fine.",
                             "Boot worker-11 back into the previous kernel (or hold the kernel package) and cordon it until Cilium is upgraded to a version that supports kernel 6.8; then uncordon and verify the agent and node become Ready."))


@scenario
def s_node_containerd_pleg(rec):
    r = rec.rng
    rec.style = "full"
    rec.hstyle = "otel"
    rec.evshape = "alloy"
    node = eks_node(rec)
    other = eks_node(rec)
    kp = r.randint(2000, 4000)
    ic = rec.dpod("ingress-nginx-controller")
    S_ic = rec.P("ingress-nginx", ic, "controller", other, "ingress-nginx")
    cart = rec.dpod("cart")
    cip = rec.ip("10.0.7")
    rec.host(2, node, "containerd.service", f'time="@ISO9@" level=error msg="failed to handle container TaskExit event container_id:\\"{rec.h(64)}\\" id:\\"{rec.h(64)}\\" pid:{r.randint(10000, 90000)} exit_status:137 exited_at:{{seconds:{int(rec.base.timestamp())} nanos:{r.randint(10**8, 10**9 - 1)}}}" error="failed to stop container: failed to delete task: context deadline exceeded: unknown"', ev=True)
    rec.host(12, node, "containerd.service", f'time="@ISO9@" level=info msg="TaskExit event container_id:\\"{rec.h(64)}\\" id:\\"{rec.h(64)}\\" pid:{r.randint(10000, 90000)} exit_status:137"')
    rec.host(14, node, "containerd.service", f'time="@ISO9@" level=error msg="ttrpc: received message on inactive stream" stream={r.randint(100, 900)}')
    for k in range(4):
        t = 20 + k * 30
        rec.host(t, node, "kubelet.service", klog("E", kp, "remote_runtime.go:294", '"ListPodSandbox with filter from runtime service failed" err="rpc error: code = DeadlineExceeded desc = context deadline exceeded" filter="nil"'))
        rec.host(t + 0.1, node, "kubelet.service", klog("E", kp, "kuberuntime_sandbox.go:297", '"Failed to list pod sandboxes" err="rpc error: code = DeadlineExceeded desc = context deadline exceeded"'))
    for k in range(3):
        t = 185 + k * 20
        rec.host(t, node, "kubelet.service", klog("I", kp, "kubelet.go:2357", f'"Skipping pod synchronization" err="PLEG is not healthy: pleg was last seen active 3m{4 + k * 20}.{r.randint(100, 999)}s ago; threshold is 3m0s"'), ev=(k == 0))
    rec.host(186, node, "kubelet.service", klog("I", kp, "setters.go:568", f'"Node became not ready" node="{node}" condition={{"type":"Ready","status":"False","lastHeartbeatTime":"{rec.at(186, "ISOS")}","lastTransitionTime":"{rec.at(186, "ISOS")}","reason":"KubeletNotReady","message":"PLEG is not healthy: pleg was last seen active 3m4.212s ago; threshold is 3m0s"}}'), ev=True)
    rec.E(190, "", "Node", node, "NodeNotReady", f"Node {node} status is now: NodeNotReady", comp="node-controller", ev=True)
    for i, (ns_, p) in enumerate((("shop", cart), ("shop", rec.dpod("checkout")), ("search", rec.dpod("search-api")))):
        rec.E(250 + i * 2, ns_, "Pod", p, "TaintManagerEviction", f"Marking for deletion Pod {ns_}/{p}", comp="taint-eviction-controller")
    for k in range(4):
        t = 195 + k * 15
        rec.add(t, S_ic, f"@SLASH@ [error] {r.randint(20, 60)}#{r.randint(20, 60)}: *{r.randint(10**5, 10**7)} connect() failed (113: Host is unreachable) while connecting to upstream, client: {rec.ip('10.0')}, server: shop.acme.com, request: \"GET /api/cart HTTP/1.1\", upstream: \"http://{cip}:8080/api/cart\", host: \"shop.acme.com\"")
        rec.add(t + 0.01, S_ic, nginx_access(rec, "/api/cart", 502, "shop-cart-8080", f"{cip}:8080", rt=3.001, size=150))
    nginx_noise(rec, S_ic, 0, 260, 10, "shop-storefront-80", [f"{rec.ip('10.0')}:3000"], ["/", "/products", "/static/app.js"], scan=2)
    kubelet_noise(rec, other, 0, 260, 4, [f"ingress-nginx/{ic}"])
    return dict(question="One of the EKS nodes went NotReady and cart requests are returning 502. What happened on the node?",
                selector=SEL(node=node),
                expected=EXP("CRITICAL", "node_failure", "containerd",
                             "containerd on the node hung (shim tasks stuck: failed to delete task: context deadline exceeded), so CRI calls from kubelet time out, PLEG stopped updating for over 3 minutes and kubelet marked the node NotReady.",
                             f"The node {node} is NotReady because its container runtime is unresponsive; pods on it are being evicted and ingress-nginx gets 'Host is unreachable' for the cart pod still listed there.",
                             "Cordon and drain the node, restart containerd (and kubelet) or replace the instance; check the stuck shim/container and the containerd version for known hang bugs."))


@scenario
def s_node_ecc_corrected(rec):
    r = rec.rng
    rec.style = "node"
    rec.hstyle = "journal"
    node = "k8s-bm-07"
    other = "k8s-bm-03"
    cs = "cassandra-3"
    S_c = rec.P("cassandra", cs, "cassandra", node)
    npd = rec.dspod("node-problem-detector")
    S_n = rec.P("kube-system", npd, "node-problem-detector", node)
    es = rec.dpod("etl-runner")
    S_e = rec.P("data", es, "etl", other)
    dimm = "CPU_SrcID#1_Ha#0_Chan#2_DIMM#0"
    for k in range(9):
        t = 10 + k * 28 + r.uniform(0, 5)
        cnt = r.choice([1, 1, 1, 2, 4])
        rec.host(t, node, "kernel", f"EDAC MC1: {cnt} CE memory read error on {dimm} (channel:2 slot:0 page:0x{rec.h(5)} offset:0x0 grain:32 syndrome:0x0 - area:DRAM err_code:0001:0092 socket:1 ha:0 channel_mask:4 rank:1)", ev=(k in (0, 4, 8)))
        if k % 3 == 1:
            rec.host(t + 0.01, node, "kernel", "mce: [Hardware Error]: Machine check events logged", ev=(k == 1))
    rec.host(200, node, "rasdaemon.service", f"rasdaemon: mc_event store: {r.randint(120, 400)} corrected errors on {dimm} in last 24h, threshold 100 exceeded", ev=True)
    rec.add(202, S_n, klog("I", 1, "log_monitor.go:160", f'New status generated: &{{Source:kernel-monitor Events:[{{Severity:warn Timestamp:{rec.at(202, "SP0")} +0000 UTC Reason:CorrectableMemoryErrors Message:EDAC MC1: CE memory read error on {dimm}}}] Conditions:[]}}'))
    for _ in range(6):
        rec.add(r.uniform(0, 260), S_c, f"INFO  [CompactionExecutor:{r.randint(1, 8)}] @PY@ CompactionTask.java:253 - Compacted ({rec.uid()}) 4 sstables to [/var/lib/cassandra/data/metrics/points-{rec.h(32)}/nb-{r.randint(1000, 9999)}-big,] to level=0.  {r.randint(40, 400)}.{r.randint(100, 999)}MiB to {r.randint(30, 300)}.{r.randint(100, 999)}MiB (~{r.randint(60, 90)}% of original) in {r.randint(2000, 40000)}ms.")
    rec.add(r.uniform(0, 260), S_c, f"WARN  [GCInspector:1] @PY@ GCInspector.java:292 - G1 Young Generation GC in {r.randint(200, 400)}ms.  G1 Eden Space: {r.randint(10**9, 4 * 10**9)} -> 0; G1 Old Gen: {r.randint(10**9, 4 * 10**9)} -> {r.randint(10**9, 4 * 10**9)};")
    rec.spread(S_e, 0, 260, 6, lambda: f'time=@ISO@ level=info msg="batch loaded" rows={r.randint(1000, 90000)} table=metrics.points duration_ms={r.randint(100, 900)}')
    kubelet_noise(rec, node, 0, 260, 5, [f"cassandra/{cs}", f"kube-system/{npd}"])
    rec.host(r.uniform(0, 260), node, "kernel", f"perf: interrupt took too long ({r.randint(2500, 4000)} > {r.randint(2400, 2490)}), lowering kernel.perf_event_max_sample_rate to {r.randint(40000, 60000)}")
    return dict(question="node-problem-detector flagged CorrectableMemoryErrors on k8s-bm-07. Is the node failing?",
                selector=SEL(node=node),
                expected=EXP("WARN", "node_failure", "k8s-bm-07",
                             f"The DIMM {dimm} on bare-metal node k8s-bm-07 is producing a steady stream of corrected ECC memory errors (EDAC CE, machine check events), above rasdaemon's 24h threshold — an early sign of a failing memory module.",
                             "k8s-bm-07 keeps logging corrected memory errors on one DIMM; everything is still corrected and workloads (cassandra-3) run normally, but the rate indicates the module is degrading.",
                             "Schedule maintenance: cordon and drain k8s-bm-07 in a quiet window (move cassandra-3 carefully), replace the DIMM on channel 2 slot 0 of socket 1, and run a memory test before returning the node."))


# =========================================================================== build

def build_records():
    names = sorted(SCENARIOS)
    order = random.Random(f"{PREFIX}:order")
    order.shuffle(names)
    records = []
    for i, name in enumerate(names, 1):
        rec = Rec(name)
        meta = SCENARIOS[name](rec)
        body = rec.build(meta["question"], meta["selector"], meta["expected"])
        records.append({"id": f"dev6-{i:03d}", **body})
    return records


NON_NONE = ["oom_killed", "application_error", "image_pull", "probe_failure", "scheduling", "dns_resolution",
            "connection_refused", "timeout", "tls_certificate", "auth_failure", "config_error", "resource_exhausted",
            "storage", "database", "rate_limited", "node_failure"]


def parse_ts(s: str) -> datetime:
    return datetime.fromisoformat(s.replace("Z", "+00:00"))


def check_records(records) -> None:
    assert len(records) == 60, len(records)
    ids = [x["id"] for x in records]
    assert ids == [f"dev6-{i:03d}" for i in range(1, 61)], ids
    cats = {}
    nulls = 0
    for x in records:
        e = x["expected"]
        cat, sev, ev = e["root_cause_category"], e["severity"], e["evidence"]
        cats[cat] = cats.get(cat, 0) + 1
        assert x["source"].startswith("synthetic:"), x["id"]
        nulls += x["question"] is None
        logs = x["logs"]
        assert 30 <= len(logs) <= 100, (x["id"], x["source"], len(logs))
        stamps = [parse_ts(lg["ts"]) for lg in logs]
        assert all(s.tzinfo is not None for s in stamps), x["id"]
        assert all(a <= b for a, b in zip(stamps, stamps[1:])), (x["id"], "time order")
        assert len({json.dumps(lg["labels"], sort_keys=True) for lg in logs}) >= 3, (x["id"], "label sets")
        assert all(isinstance(lg["line"], str) and "@ISO" not in lg["line"] and "@KLOG@" not in lg["line"] for lg in logs), x["id"]
        if cat == "none":
            assert sev == "INFO" and ev == [] and "component" not in e, x["id"]
        else:
            assert cat in NON_NONE, (x["id"], cat)
            assert sev in ("WARN", "ERROR", "CRITICAL"), (x["id"], sev)
            assert 1 <= len(ev) <= 6, (x["id"], x["source"], ev)
            assert all(0 <= i < len(logs) for i in ev) and ev == sorted(set(ev)), (x["id"], ev)
            assert e["component"] and e["component"].strip(), x["id"]
        for k in ("root_cause", "summary", "action"):
            assert e[k], (x["id"], k)
    assert cats.get("none") == 12, cats
    for c in NON_NONE:
        assert 2 <= cats.get(c, 0) <= 4, (c, cats.get(c))
    assert 3 <= nulls <= 5, nulls


def render_jsonl(records) -> bytes:
    return "".join(json.dumps(x, separators=(",", ":"), ensure_ascii=False) + "\n" for x in records).encode("utf-8")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="build twice in memory and compare with each other and with dev6.jsonl")
    args = ap.parse_args(argv)
    a = build_records()
    check_records(a)
    data = render_jsonl(a)
    if args.check:
        b = render_jsonl(build_records())
        if a and data != b:
            print("non-deterministic: two in-memory builds differ", file=sys.stderr)
            return 1
        if not OUT.exists():
            print(f"{OUT.name} is missing; run without --check", file=sys.stderr)
            return 1
        if OUT.read_bytes() != data:
            print(f"{OUT.name} differs from the generator output; regenerate it", file=sys.stderr)
            return 1
        print(f"ok: {OUT.name} matches ({len(a)} records, {len(data)} bytes)")
        return 0
    OUT.write_bytes(data)
    print(f"wrote {OUT} ({len(a)} records, {len(data)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
