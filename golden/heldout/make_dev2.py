#!/usr/bin/env python3
"""Generate golden/heldout/dev2.jsonl: 45 hand-designed, labelled Kubernetes incident windows.

Deterministic (fixed seed, stdlib only). Every scenario is written out explicitly below:
the incident's own lines are interleaved with healthy neighbour workloads, Kubernetes events
(Grafana-agent eventhandler logfmt or kube-event-exporter JSON) and node journal streams.
Lines marked ev=True are the root-cause evidence; their indices are computed after sorting.

Usage: python3 golden/heldout/make_dev2.py   (writes dev2.jsonl next to this script)
"""
import json
import os
import random
from datetime import datetime, timedelta

SEED = 20260304
ALPH = "bcdfghjklmnpqrstvwxz2456789"
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev2.jsonl")

UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:124.0) Gecko/20100101 Firefox/124.0",
    "okhttp/4.12.0",
    "Dart/3.3 (dart:io)",
]


class B:
    """Builds one record's log window."""

    def __init__(self, n, start):
        self.n = n
        self.rng = random.Random(SEED * 1000 + n)
        self.base = datetime.fromisoformat(start.replace("Z", "+00:00"))
        self.items = []
        self.seq = 0
        self.last = {}
        self.names = {}
        self.uids = {}

    # ---------- random identifiers ----------
    def hexs(self, k):
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(k))

    def rs(self):
        return "".join(self.rng.choice(ALPH) for _ in range(self.rng.choice([9, 10, 10])))

    def sfx(self):
        return "".join(self.rng.choice(ALPH) for _ in range(5))

    def dpod(self, name, rs=None):
        return f"{name}-{rs or self.rs()}-{self.sfx()}"

    def dspod(self, name):
        return f"{name}-{self.sfx()}"

    def uid(self):
        h = self.hexs(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[self.rng.randint(0, 3)]}{h[17:20]}-{h[20:32]}"

    def ip(self, a="10.244"):
        return f"{a}.{self.rng.randint(0, 7)}.{self.rng.randint(2, 250)}"

    def port(self):
        return self.rng.randint(32768, 60999)

    def evname(self, obj, reason, msg):
        key = (obj, reason, msg)
        if key not in self.names:
            self.names[key] = f"{obj}.{self.hexs(16)}"
        return self.names[key]

    def objuid(self, obj):
        if obj not in self.uids:
            self.uids[obj] = self.uid()
        return self.uids[obj]

    # ---------- time ----------
    def at(self, t):
        return self.base + timedelta(seconds=t)

    def isos(self, t):
        return self.at(t).strftime("%Y-%m-%dT%H:%M:%SZ")

    # ---------- adding lines ----------
    def add(self, t, labels, line, ev=False):
        key = json.dumps(labels, sort_keys=True)
        if isinstance(t, int):
            t2 = t + self.rng.randint(3, 940) / 1000.0
            prev = self.last.get(key)
            # keep lines written in order for the same stream and same second in that order
            if prev is not None and t <= prev < t + 1 and t2 <= prev:
                t2 = prev + self.rng.randint(2, 40) / 1000.0
            t = t2
        prev = self.last.get(key)
        self.last[key] = t if prev is None else max(prev, t)
        self.items.append((int(round(t * 1000)), self.seq, dict(labels), line, bool(ev)))
        self.seq += 1
        return t

    def multi(self, t, labels, lines, ev=False):
        if isinstance(t, int):
            t = t + self.rng.randint(3, 900) / 1000.0
        for i, ln in enumerate(lines):
            e = ev if isinstance(ev, bool) else (i in ev)
            self.add(t + i * 0.001, labels, ln, e)
        return t

    def fill(self, t0, t1, n, labels, gen):
        ts = sorted(self.rng.uniform(t0, t1) for _ in range(n))
        for t in ts:
            self.add(t, labels, gen(self))

    # ---------- rendering ----------
    def render(self, line, ms, seq):
        d = self.base + timedelta(milliseconds=ms)
        msec = d.microsecond // 1000
        micro = msec * 1000 + (seq * 397 + self.n * 31) % 1000
        nano = micro * 1000 + (seq * 7919) % 1000
        ep_s = d.timestamp()
        rep = [
            ('"@EMS@"', str(int(round(ep_s * 1000)))),
            ('"@EP@"', f"{int(ep_s)}.{micro:06d}"),
            ("@EMS@", str(int(round(ep_s * 1000)))),
            ("@EPS@", f"{int(ep_s)}.{msec:03d}"),
            ("@EP@", f"{int(ep_s)}.{micro:06d}"),
            ("@ISO9@", d.strftime("%Y-%m-%dT%H:%M:%S") + f".{nano:09d}Z"),
            ("@ISO6@", d.strftime("%Y-%m-%dT%H:%M:%S") + f".{micro:06d}Z"),
            ("@ISOS@", d.strftime("%Y-%m-%dT%H:%M:%SZ")),
            ("@ISOZ@", d.strftime("%Y-%m-%dT%H:%M:%S") + f".{msec:03d}+00:00"),
            ("@ISO@", d.strftime("%Y-%m-%dT%H:%M:%S") + f".{msec:03d}Z"),
            ("@KL@", d.strftime("%m%d %H:%M:%S") + f".{micro:06d}"),
            ("@CLF@", f"{d.day:02d}/{MON[d.month - 1]}/{d.year}:{d.strftime('%H:%M:%S')} +0000"),
            ("@PYD@", d.strftime("%Y-%m-%d %H:%M:%S") + f".{msec:03d}"),
            ("@PY@", d.strftime("%Y-%m-%d %H:%M:%S") + f",{msec:03d}"),
            ("@GUNI@", d.strftime("%Y-%m-%d %H:%M:%S") + " +0000"),
            ("@REDIS@", f"{d.day:02d} {MON[d.month - 1]} {d.year} {d.strftime('%H:%M:%S')}.{msec:03d}"),
            ("@PG@", d.strftime("%Y-%m-%d %H:%M:%S") + f".{msec:03d} UTC"),
            ("@RMQ@", d.strftime("%Y-%m-%d %H:%M:%S") + f".{micro:06d}+00:00"),
            ("@NGX@", d.strftime("%Y/%m/%d %H:%M:%S")),
            ("@LR@", d.strftime("%Y-%m-%dT%H:%M:%SZ")),
            ("@HMS@", d.strftime("%H:%M:%S")),
            ("@FELIX@", d.strftime("%Y-%m-%d %H:%M:%S") + f".{msec:03d}"),
        ]
        for k, v in rep:
            if k in line:
                line = line.replace(k, v)
        return line

    def build(self):
        items = sorted(self.items, key=lambda x: (x[0], x[1]))
        logs, ev = [], []
        for i, (ms, seq, labels, line, e) in enumerate(items):
            d = self.base + timedelta(milliseconds=ms)
            ts = d.strftime("%Y-%m-%dT%H:%M:%S") + f".{d.microsecond // 1000:03d}Z"
            logs.append({"ts": ts, "labels": labels, "line": self.render(line, ms, seq)})
            if e:
                ev.append(i)
        return logs, ev


# ---------------------------------------------------------------- label helpers
def L(ns, pod, container, node, **extra):
    d = {"namespace": ns, "pod": pod, "container": container, "node": node}
    d.update(extra)
    return d


def J(node, unit):
    return {"job": "node/journal", "node": node, "unit": unit}


def K(node):
    return {"job": "node/journal", "node": node, "transport": "kernel", "syslog_identifier": "kernel"}


def EVL(ns):
    return {"job": "integrations/kubernetes/eventhandler", "namespace": ns}


def sel(namespace=None, node=None, pod=None, container=None, app=None):
    return {"namespace": namespace, "pod": pod, "container": container, "node": node, "app": app}


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


APIV = {"Pod": "v1", "Node": "v1", "PersistentVolumeClaim": "v1", "Deployment": "apps/v1",
        "ReplicaSet": "apps/v1", "StatefulSet": "apps/v1", "DaemonSet": "apps/v1", "Job": "batch/v1",
        "CronJob": "batch/v1", "HorizontalPodAutoscaler": "autoscaling/v2",
        "Certificate": "cert-manager.io/v1", "Challenge": "acme.cert-manager.io/v1",
        "Order": "acme.cert-manager.io/v1", "ScaledObject": "keda.sh/v1alpha1"}


def evA(b, t, ns, kind, obj, reason, typ, msg, comp="kubelet", host="", count=1, ev=False):
    """Grafana agent integrations/kubernetes/eventhandler style (logfmt)."""
    rv = b.rng.randint(41000000, 49000000)
    line = (f"name={b.evname(obj, reason, msg)} kind={kind} action={'ADDED' if count == 1 else 'UPDATED'} "
            f"objectAPIversion={APIV.get(kind, 'v1')} objectRV={rv} eventRV={rv + b.rng.randint(3, 900)} "
            f"reportingcontroller={comp} "
            + (f"reportinginstance={host} " if host else "")
            + f"sourcecomponent={comp} " + (f"sourcehost={host} " if host else "")
            + f"reason={reason} type={typ} count={count} msg={q(msg)}")
    return b.add(t, EVL(ns), line, ev)


class Exporter:
    """kube-event-exporter (resmoio) pod in the monitoring namespace, JSON per event."""

    def __init__(self, b, node):
        self.b = b
        self.labels = L("monitoring", b.dpod("kube-event-exporter"), "event-exporter", node, app="event-exporter")

    def ev(self, t, ns, kind, obj, reason, typ, msg, comp="kubelet", host="", count=1, field=None,
           first_ago=0, ev=False):
        b = self.b
        tt = t if isinstance(t, float) else t + 0.0
        rv = str(b.rng.randint(41000000, 49000000))
        io = {"kind": kind, "namespace": ns, "name": obj, "uid": b.objuid(obj), "apiVersion": APIV.get(kind, "v1"),
              "resourceVersion": str(b.rng.randint(40000000, 41000000))}
        if field:
            io["fieldPath"] = field
        d = {"metadata": {"name": b.evname(obj, reason, msg), "namespace": ns, "uid": b.objuid(b.evname(obj, reason, msg)),
                          "resourceVersion": rv, "creationTimestamp": b.isos(tt - first_ago)},
             "reason": reason, "message": msg, "source": {"component": comp, "host": host} if host else {"component": comp},
             "firstTimestamp": b.isos(tt - first_ago), "lastTimestamp": b.isos(tt), "count": count, "type": typ,
             "eventTime": None, "reportingComponent": comp, "reportingInstance": host, "involvedObject": io}
        return b.add(t, self.labels, json.dumps(d, separators=(",", ":")), ev)


def kl(lvl, pid, src, msg):
    return f"{lvl}@KL@ {pid:7d} {src}] {msg}"


def ngx(b, ip, method, path, status, size, upstream, addr, rt, ua=None, ref="-", ustatus=None):
    ua = ua or b.rng.choice(UAS)
    reqlen = b.rng.randint(280, 980)
    us = ustatus if ustatus is not None else status
    if addr == "-":
        return (f'{ip} - - [@CLF@] "{method} {path} HTTP/1.1" {status} {size} "{ref}" "{ua}" {reqlen} {rt:.3f} '
                f'[{upstream}] [] - - - - {b.hexs(32)}')
    return (f'{ip} - - [@CLF@] "{method} {path} HTTP/1.1" {status} {size} "{ref}" "{ua}" {reqlen} {rt:.3f} '
            f'[{upstream}] [] {addr} {size} {rt:.3f} {us} {b.hexs(32)}')


def envoy(b, method, path, status, flags, details, up_host, up_addr, cluster, dur, sent=0, recv=None,
          ua=None, src=None, tfr="-"):
    recv = recv if recv is not None else b.rng.randint(120, 4000)
    ua = ua or "Go-http-client/1.1"
    rid = b.uid()
    src = src or b.ip()
    return (f'[@ISO@] "{method} {path} HTTP/1.1" {status} {flags} {details} - "{tfr}" {sent} {recv} {dur} '
            f'{"-" if status >= 500 else max(0, dur - 1)} "-" "{ua}" "{rid}" "{up_host}" "{up_addr}" {cluster} '
            f'{src}:{b.port()} {up_addr} {src}:{b.port()} - default')


def spring(level, app, thread, logger, msg):
    return f"@ISO@ {level:>5} 1 --- [{app}] [{thread[-15:]:>15}] {logger[:40]:<40} : {msg}"


def lback(logger, level, msg, thread="main", **extra):
    d = {"@timestamp": "@ISOZ@", "@version": "1", "message": msg, "logger_name": logger,
         "thread_name": thread, "level": level,
         "level_value": {"TRACE": 5000, "DEBUG": 10000, "INFO": 20000, "WARN": 30000, "ERROR": 40000}[level]}
    d.update(extra)
    return json.dumps(d, separators=(",", ":"))


def zap(level, caller, msg, **kv):
    d = {"level": level, "ts": "@EP@", "caller": caller, "msg": msg}
    d.update(kv)
    return json.dumps(d, separators=(",", ":"))


def pino(level, host, msg, **kv):
    d = {"level": level, "time": "@EMS@", "pid": 1, "hostname": host}
    d.update(kv)
    d["msg"] = msg
    return json.dumps(d, separators=(",", ":"))


def winston(level, msg, **kv):
    d = {"level": level, "message": msg}
    d.update(kv)
    d["timestamp"] = "@ISO@"
    return json.dumps(d, separators=(",", ":"))


def slog(event, level, **kv):
    d = {"event": event}
    d.update(kv)
    d["level"] = level
    d["timestamp"] = "@ISO6@"
    return json.dumps(d, separators=(",", ":"))


def logrus(level, msg, **kv):
    s = f'time="@LR@" level={level} msg={q(msg)}'
    for k, v in kv.items():
        v = str(v)
        k = {"dest_namespace": "dest-namespace", "dest_server": "dest-server"}.get(k, k)
        s += f" {k}=" + (q(v) if (" " in v or '"' in v or "=" in v or v == "") else v)
    return s


def ctrd(level, msg, **kv):
    s = f'time="@ISO9@" level={level} msg={q(msg)}'
    for k, v in kv.items():
        s += f" {k}={q(str(v))}"
    return s


def uvi(b, ip, method, path, status, phrase):
    return f'INFO:     {ip}:{b.port()} - "{method} {path} HTTP/1.1" {status} {phrase}'


def es(level, logger, msg, node, cluster="logs", thread="elasticsearch[{n}][generic][T#3]"):
    d = {"@timestamp": "@ISO@", "log.level": level, "message": msg, "ecs.version": "1.2.0",
         "service.name": "ES_ECS", "event.dataset": "elasticsearch.server",
         "process.thread.name": thread.format(n=node), "log.logger": logger,
         "elasticsearch.cluster.name": cluster, "elasticsearch.node.name": node}
    return json.dumps(d, separators=(",", ":"))


def mongo(s, c, id_, ctx, msg, attr=None):
    d = {"t": {"$date": "@ISOZ@"}, "s": s, "c": c, "id": id_, "ctx": ctx, "msg": msg}
    if attr is not None:
        d["attr"] = attr
    return json.dumps(d, separators=(",", ":"))


def etcd(level, caller, msg, **kv):
    d = {"level": level, "ts": "@ISO6@", "caller": caller, "msg": msg}
    d.update(kv)
    return json.dumps(d, separators=(",", ":"))


def record(num, slug, question, selector, b, severity, category, component, root_cause, summary, action):
    logs, ev = b.build()
    exp = {"severity": severity, "root_cause_category": category}
    if component is not None:
        exp["component"] = component
    exp.update({"root_cause": root_cause, "summary": summary, "action": action, "evidence": ev})
    return {"id": f"dev2-{num:03d}-{slug}", "source": f"synthetic:dev2/{slug}", "question": question,
            "selector": selector, "logs": logs, "expected": exp}


SCENARIOS = []


def scenario(fn):
    SCENARIOS.append(fn)
    return fn


# =====================================================================================
# none / INFO
# =====================================================================================
@scenario
def s001():
    b = B(1, "2026-03-02T14:20:00Z")
    n1, n2 = "gke-prod-euw1-default-pool-5c1e7a2f-8kq3", "gke-prod-euw1-default-pool-5c1e7a2f-x2vd"
    ns, app = "catalog", "catalog-api"
    hold, hnew = b.rs(), b.rs()
    o1, o2 = b.dpod(app, hold), b.dpod(app, hold)
    p1, p2 = b.dpod(app, hnew), b.dpod(app, hnew)
    srch = b.dpod("catalog-search")
    img = "europe-west1-docker.pkg.dev/acme-prod/apps/catalog-api:2.15.0"
    argo = L("argocd", "argocd-application-controller-0", "argocd-application-controller", n1)
    ip1, ip2 = "10.52.3.41", "10.52.1.77"
    b.add(0, argo, logrus("info", "Initiated automated sync to '4f1c2e9b7a0d5c3e8f61b2a9d4c7e0f3a5b8c1d2'", application="argocd/catalog", dest_namespace="catalog", dest_server="https://kubernetes.default.svc", reason="OperationStarted", type="Normal"))
    b.add(1, argo, logrus("info", "Applying resource Deployment/catalog-api in cluster: https://kubernetes.default.svc, namespace: catalog", application="argocd/catalog"))
    evA(b, 2, ns, "Deployment", app, "ScalingReplicaSet", "Normal", f"Scaled up replica set {app}-{hnew} to 1", comp="deployment-controller")
    evA(b, 2, ns, "ReplicaSet", f"{app}-{hnew}", "SuccessfulCreate", "Normal", f"Created pod: {p1}", comp="replicaset-controller")
    evA(b, 3, ns, "Pod", p1, "Scheduled", "Normal", f"Successfully assigned {ns}/{p1} to {n2}", comp="default-scheduler")
    evA(b, 4, ns, "Pod", p1, "Pulling", "Normal", f'Pulling image "{img}"', host=n2)
    evA(b, 8, ns, "Pod", p1, "Pulled", "Normal", f'Successfully pulled image "{img}" in 3.912s (3.912s including waiting). Image size: 201338112 bytes.', host=n2)
    evA(b, 8, ns, "Pod", p1, "Created", "Normal", f"Created container {app}", host=n2)
    evA(b, 9, ns, "Pod", p1, "Started", "Normal", f"Started container {app}", host=n2)
    P1 = L(ns, p1, app, n2)
    b.add(10.21, P1, spring("INFO", app, "main", "c.a.catalog.CatalogApiApplication", f"Starting CatalogApiApplication v2.15.0 using Java 21.0.2 with PID 1 (/app/catalog-api.jar started by app in /app)"))
    b.add(10.243, P1, spring("INFO", app, "main", "c.a.catalog.CatalogApiApplication", 'The following 1 profile is active: "prod"'))
    evA(b, 15, ns, "Pod", p1, "Unhealthy", "Warning", f'Startup probe failed: Get "http://{ip1}:8080/actuator/health/liveness": dial tcp {ip1}:8080: connect: connection refused', host=n2)
    b.add(17, P1, spring("INFO", app, "main", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Starting..."))
    b.add(18, P1, spring("INFO", app, "main", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Added connection org.postgresql.jdbc.PgConnection@5f2c1a3e"))
    b.add(18, P1, spring("INFO", app, "main", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Start completed."))
    evA(b, 20, ns, "Pod", p1, "Unhealthy", "Warning", f'Startup probe failed: Get "http://{ip1}:8080/actuator/health/liveness": dial tcp {ip1}:8080: connect: connection refused', host=n2, count=2)
    b.add(24, P1, spring("INFO", app, "main", "o.s.b.w.embedded.tomcat.TomcatWebServer", "Tomcat started on port 8080 (http) with context path ''"))
    b.add(24, P1, spring("INFO", app, "main", "c.a.catalog.CatalogApiApplication", "Started CatalogApiApplication in 15.284 seconds (process running for 16.117)"))
    b.add(26, P1, spring("INFO", app, "nio-8080-exec-1", "o.s.web.servlet.DispatcherServlet", "Completed initialization in 2 ms"))
    evA(b, 30.412, ns, "Deployment", app, "ScalingReplicaSet", "Normal", f"Scaled down replica set {app}-{hold} to 1 from 2", comp="deployment-controller")
    evA(b, 30.418, ns, "Deployment", app, "ScalingReplicaSet", "Normal", f"Scaled up replica set {app}-{hnew} to 2 from 1", comp="deployment-controller")
    evA(b, 31, ns, "Pod", o1, "Killing", "Normal", f"Stopping container {app}", host=n1)
    O1 = L(ns, o1, app, n1)
    b.add(32, O1, spring("INFO", app, "ionShutdownHook", "o.s.b.w.e.tomcat.GracefulShutdown", "Commencing graceful shutdown. Waiting for active requests to complete"))
    b.add(33, O1, spring("INFO", app, "tomcat-shutdown", "o.s.b.w.e.tomcat.GracefulShutdown", "Graceful shutdown complete"))
    b.add(33, O1, spring("INFO", app, "ionShutdownHook", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Shutdown initiated..."))
    b.add(34, O1, spring("INFO", app, "ionShutdownHook", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Shutdown completed."))
    evA(b, 33, ns, "Pod", p2, "Scheduled", "Normal", f"Successfully assigned {ns}/{p2} to {n1}", comp="default-scheduler")
    evA(b, 36, ns, "Pod", p2, "Pulled", "Normal", f'Successfully pulled image "{img}" in 2.204s (2.204s including waiting). Image size: 201338112 bytes.', host=n1)
    evA(b, 37, ns, "Pod", p2, "Started", "Normal", f"Started container {app}", host=n1)
    evA(b, 43, ns, "Pod", p2, "Unhealthy", "Warning", f'Startup probe failed: Get "http://{ip2}:8080/actuator/health/liveness": dial tcp {ip2}:8080: connect: connection refused', host=n1)
    P2 = L(ns, p2, app, n1)
    b.add(52, P2, spring("INFO", app, "main", "c.a.catalog.CatalogApiApplication", "Started CatalogApiApplication in 14.902 seconds (process running for 15.640)"))
    evA(b, 57.77, ns, "Deployment", app, "ScalingReplicaSet", "Normal", f"Scaled down replica set {app}-{hold} to 0 from 1", comp="deployment-controller")
    evA(b, 58, ns, "Pod", o2, "Killing", "Normal", f"Stopping container {app}", host=n2)
    b.add(59, L(ns, o2, app, n2), spring("INFO", app, "ionShutdownHook", "o.s.b.w.e.tomcat.GracefulShutdown", "Commencing graceful shutdown. Waiting for active requests to complete"))
    b.add(60, L(ns, o2, app, n2), spring("INFO", app, "tomcat-shutdown", "o.s.b.w.e.tomcat.GracefulShutdown", "Graceful shutdown complete"))
    b.add(66, argo, logrus("info", "Updated health status: Progressing -> Healthy", application="argocd/catalog", dest_namespace="catalog", dest_server="https://kubernetes.default.svc", reason="ResourceUpdated", type="Normal"))
    b.add(66, argo, logrus("info", "Updated sync status: OutOfSync -> Synced", application="argocd/catalog", dest_namespace="catalog", dest_server="https://kubernetes.default.svc", reason="ResourceUpdated", type="Normal"))
    S = L(ns, srch, "catalog-search", n1)
    b.fill(0, 68, 6, S, lambda b: zap("info", "http/middleware.go:61", "request served", method="GET",
                                         path=b.rng.choice(["/v1/search?q=boots", "/v1/search?q=usb-c+hub", "/v1/suggest?q=ja"]),
                                         status=200, duration_ms=round(b.rng.uniform(4, 38), 1)))
    return record(1, "rolling-update-catalog", "catalog-api pods showed startup probe failures during today's deploy — is anything broken?",
                  sel("catalog"), b, "INFO", "none", None,
                  "No incident: a normal rolling update of catalog-api from the old ReplicaSet to 2.15.0; the startup-probe connection refusals happen while the JVM is still booting and stop once Tomcat is listening.",
                  "Argo CD synced catalog-api 2.15.0; both new pods started in ~15s, the startup probe failed a few times before Tomcat came up (expected), old pods shut down gracefully and the app is Synced/Healthy.",
                  "Nothing to do. Optionally raise the startup probe initialDelaySeconds to ~15s to avoid noisy Unhealthy events during deploys.")


@scenario
def s002():
    b = B(2, "2026-03-03T02:41:10Z")
    n1, n2 = "ip-10-20-1-58.eu-west-1.compute.internal", "ip-10-20-2-203.eu-west-1.compute.internal"
    ns = "ingress-nginx"
    h = b.rs()
    c1, c2 = b.dpod("ingress-nginx-controller", h), b.dpod("ingress-nginx-controller", h)
    C1, C2 = L(ns, c1, "controller", n1), L(ns, c2, "controller", n2)
    scanner = "185.220.101.47"
    zg = "Mozilla/5.0 zgrab/0.x"
    paths = ["/.env", "/wp-login.php", "/.git/config", "/phpmyadmin/index.php", "/actuator/env", "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php",
             "/cgi-bin/luci/;stok=/locale", "/server-status", "/config.json", "/.aws/credentials", "/wp-content/plugins/wp-file-manager/readme.txt",
             "/owa/auth/logon.aspx", "/admin/.env", "/backup.sql"]
    t = 3
    for i, p in enumerate(paths):
        C = C1 if i % 2 == 0 else C2
        if i % 3 == 0:
            b.add(t, C, ngx(b, scanner, "GET", p, 404, 548, "upstream-default-backend", "127.0.0.1:8181", 0.001, ua=zg))
        else:
            b.add(t, C, ngx(b, scanner, "GET", p, 404, 162, "shop-storefront-80", b.rng.choice(["10.20.1.91:3000", "10.20.2.144:3000"]), round(b.rng.uniform(0.002, 0.009), 3), ua=zg))
        t += b.rng.randint(1, 4)
    up = ["10.20.1.91:3000", "10.20.2.144:3000"]
    def gen(b):
        st = b.rng.choice([200, 200, 200, 304])
        return ngx(b, b.ip("10.64"), "GET", b.rng.choice(["/", "/products/trail-runner-3", "/api/cart", "/static/js/main.8f2c1a.js", "/api/recommendations?slot=home"]),
                   st, 0 if st == 304 else b.rng.randint(300, 48000), "shop-storefront-80", b.rng.choice(up), round(b.rng.uniform(0.004, 0.09), 3),
                   ref="https://shop.acme-retail.com/")
    b.fill(0, 55, 7, C1, gen)
    b.fill(0, 55, 6, C2, gen)
    b.add(30, C1, kl("I", 7, "event.go:377", 'Event(v1.ObjectReference{Kind:"Ingress", Namespace:"shop", Name:"storefront", UID:"' + b.uid() + '", APIVersion:"networking.k8s.io/v1", ResourceVersion:"48213377", FieldPath:""}): type: \'Normal\' reason: \'Sync\' Scheduled for sync'))
    return record(2, "ingress-404-scanner", "The ingress is logging lots of 404s from one IP — is something broken?", sel("ingress-nginx"), b,
                  "INFO", "none", None,
                  "No incident: a single external IP (185.220.101.47, zgrab user agent) is probing common exploit paths (/.env, /wp-login.php, /.git/config); all get 404 while real user traffic is served with 200/304.",
                  "The 404s are an internet vulnerability scanner, answered by the default backend or the storefront with 404. Normal traffic through both ingress-nginx replicas is healthy.",
                  "No action required. Optionally rate-limit or deny the scanner at the WAF/ingress (e.g. a denylist-source-range annotation) to reduce noise.")


@scenario
def s003():
    b = B(3, "2026-03-05T07:02:30Z")
    n1 = "aks-apps-31874026-vmss000002"
    n2 = "aks-apps-31874026-vmss000005"
    ns = "docs"
    idx = b.dpod("doc-indexer")
    I = L(ns, idx, "indexer", n1)
    py = lambda lvl, name, msg: f"@PY@ {lvl} {name}: {msg}"
    b.add(0, I, py("INFO", "doc_indexer.run", "starting indexing run run_id=2026-03-05T07:00 source=sharepoint-export documents=18244"))
    b.add(1, I, py("INFO", "azure.identity._credentials.environment", "No environment configuration found."))
    b.add(1, I, py("INFO", "azure.identity._internal.decorators", "EnvironmentCredential.get_token failed: EnvironmentCredential authentication unavailable. Environment variables are not fully configured."))
    b.add(2, I, py("INFO", "azure.identity._internal.get_token_mixin", "WorkloadIdentityCredential.get_token succeeded"))
    b.add(2, I, py("INFO", "azure.identity._credentials.chained", "DefaultAzureCredential acquired a token from WorkloadIdentityCredential"))
    t = 5
    for bn in range(407, 418):
        blobs = b.rng.randint(290, 330)
        if bn == 412:
            b.add(t, I, py("WARNING", "doc_indexer.upload", f"upload of batch 0412 failed: ServiceResponseError: ('Connection aborted.', ConnectionResetError(104, 'Connection reset by peer')); retrying in 2.0s (attempt 1/5)"))
            t += 3
            b.add(t, I, py("INFO", "doc_indexer.upload", f"uploaded batch 0412 ({blobs} blobs) to container 'doc-index' in 4.82s"))
        else:
            b.add(t, I, py("INFO", "doc_indexer.upload", f"uploaded batch {bn:04d} ({blobs} blobs) to container 'doc-index' in {b.rng.uniform(1.1, 2.4):.2f}s"))
        t += b.rng.randint(3, 6)
    b.add(t + 1, I, py("INFO", "doc_indexer.run", "indexing run finished documents=18244 batches=58 failed=0 retries=1 error_count=0 elapsed=212.4s"))
    web = b.dpod("docs-web")
    W = L(ns, web, "web", n2)
    b.fill(0, t + 2, 8, W, lambda b: pino(30, web, "request completed", reqId=f"req-{b.hexs(4)}",
                                          req={"method": "GET", "url": b.rng.choice(["/search?q=vpn", "/docs/onboarding", "/api/suggest?q=exp", "/healthz"]),
                                               "remoteAddress": b.ip(), "remotePort": b.port()},
                                          res={"statusCode": 200}, responseTime=round(b.rng.uniform(2, 60), 2)))
    return record(3, "azure-cred-chain-retry", "doc-indexer logged 'authentication unavailable' and a failed upload this morning — is the indexer broken?",
                  sel("docs"), b, "INFO", "none", None,
                  "No incident: DefaultAzureCredential tries EnvironmentCredential first (unavailable by design on workload identity) and then gets a token from WorkloadIdentityCredential; one blob upload was reset and succeeded on the first retry.",
                  "The indexing run finished with failed=0, error_count=0; the 'authentication unavailable' line is the normal credential-chain probe and the single connection reset was retried successfully.",
                  "Nothing to do. To silence the chain message, use WorkloadIdentityCredential directly instead of DefaultAzureCredential.")


@scenario
def s004():
    b = B(4, "2026-03-06T11:15:00Z")
    n1, n2 = "worker-03", "worker-06"
    ns = "billing"
    wpod = b.dpod("billing-worker")
    apod = b.dpod("billing-api")
    rpod = b.dpod("billing-reconciler")
    W = L(ns, wpod, "worker", n1)
    A = L(ns, apod, "billing-api", n2)
    R = L(ns, rpod, "reconciler", n1)
    b.add(0, A, spring("INFO", "billing-api", "main", "c.acme.billing.BillingApiApplication", "Starting BillingApiApplication v4.2.1 using Java 17.0.10 with PID 1 (/app/app.jar started by spring in /app)"))
    b.add(3, A, spring("WARN", "billing-api", "main", "org.hibernate.orm.deprecation", "HHH90000025: PostgreSQLDialect does not need to be specified explicitly using 'hibernate.dialect' (remove the property setting and it will be selected by default)"))
    b.add(4, A, spring("WARN", "billing-api", "main", "JpaBaseConfiguration$JpaWebConfiguration", "spring.jpa.open-in-view is enabled by default. Therefore, database queries may be performed during view rendering. Explicitly configure spring.jpa.open-in-view to disable this warning"))
    b.add(6, A, spring("INFO", "billing-api", "main", "c.acme.billing.BillingApiApplication", "Started BillingApiApplication in 11.73 seconds (process running for 12.4)"))
    b.add(2, W, "(node:1) [DEP0005] DeprecationWarning: Buffer() is deprecated due to security and usability issues. Please use the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.")
    b.add(2, W, "(Use `node --trace-deprecation ...` to show where the warning was created)")
    b.add(2, W, "(node:1) [DEP0040] DeprecationWarning: The `punycode` module is deprecated. Please use a userland alternative instead.")
    for i in range(7):
        inv = f"INV-2026-03-{48120 + i * 7}"
        b.add(8 + i * 6, W, winston("info", f"invoice {inv} rendered and sent", service="billing-worker", pdfBytes=b.rng.randint(40000, 90000), durationMs=b.rng.randint(180, 900)))
    b.add(20, R, f"/app/reconcile/report.py:88: DeprecationWarning: datetime.datetime.utcnow() is deprecated and scheduled for removal in a future version. Use timezone-aware objects to represent datetimes in UTC: datetime.datetime.now(datetime.UTC).")
    b.add(20, R, "  generated_at = datetime.utcnow()")
    b.add(21, R, "@PY@ INFO reconcile: reconciliation for 2026-03-05 finished matched=1834 unmatched=0 errors=0")
    b.add(50, W, winston("warn", "stripe: API version 2023-10-16 is outdated, latest is 2024-04-10; pin a newer apiVersion when convenient", service="billing-worker"))
    b.fill(8, 55, 5, A, lambda b: spring("INFO", "billing-api", f"nio-8080-exec-{b.rng.randint(1, 9)}", "c.acme.billing.web.InvoiceController",
                                         f"GET /v1/invoices/{b.rng.randint(480000, 489999)} -> 200 ({b.rng.randint(8, 60)} ms)"))
    return record(4, "deprecation-warnings-billing", "Why is billing-worker logging so many warnings?", sel("billing"), b,
                  "INFO", "none", None,
                  "No incident: the warnings are Node.js DEP0005/DEP0040 deprecation notices, a Hibernate dialect deprecation, a Python utcnow() deprecation and an outdated Stripe API version notice; all work completes successfully.",
                  "billing-worker renders and sends invoices normally; the warnings come from deprecated APIs used by the code and its dependencies and do not affect processing (reconciliation errors=0).",
                  "No immediate action. Track a cleanup ticket: replace Buffer() with Buffer.from(), drop the explicit hibernate.dialect, use datetime.now(UTC), and pin a newer Stripe API version.")


@scenario
def s005():
    b = B(5, "2026-03-07T02:00:05Z")
    n1, n2, n3 = "k8s-node-02", "k8s-node-04", "k8s-node-05"
    job = "nightly-export-29548920"
    jp = f"{job}-{b.sfx()}"
    JP = L("data", jp, "export", n2)
    b.add(0, JP, "@PY@ INFO export: starting export of table orders since 2026-03-06T02:00:00Z")
    b.add(41, JP, "@PY@ INFO export: wrote s3://acme-dwh-exports/orders/dt=2026-03-06/part-0000.parquet rows=482113")
    b.add(42, JP, "@PY@ INFO export: export finished rows=482113 error_count=0 skipped=0 duration=41.2s")
    evA(b, 44, "data", "Job", job, "Completed", "Normal", "Job completed", comp="job-controller")
    evA(b, 45, "data", "CronJob", "nightly-export", "SawCompletedJob", "Normal", f"Saw completed job: {job}, status: Complete", comp="cronjob-controller")
    evA(b, 45, "data", "CronJob", "nightly-export", "SuccessfulDelete", "Normal", "Deleted job nightly-export-29545880", comp="cronjob-controller")
    vel = L("velero", b.dpod("velero"), "velero", n1)
    b.add(10, vel, logrus("info", "Backup completed", backup="velero/daily-20260307020010", controller="backup", logSource="pkg/controller/backup_controller.go:791"))
    b.add(10, vel, logrus("info", "Backup completed with 0 errors and 0 warnings", backup="velero/daily-20260307020010", logSource="pkg/controller/backup_controller.go:712"))
    prom = L("monitoring", "prometheus-k8s-0", "prometheus", n3)
    b.add(15, prom, 'ts=@ISO@ caller=compact.go:576 level=info component=tsdb msg="write block" mint=1772834400000 maxt=1772841600000 ulid=01JNQ8W2K7Y3M5X0C9B4T6R1ZD duration=1.904s ograms=0')
    b.add(16, prom, 'ts=@ISO@ caller=head.go:1344 level=info component=tsdb msg="Head GC completed" caller=truncateMemory duration=61.022ms')
    b.add(18, prom, 'ts=@ISO@ caller=checkpoint.go:100 level=info component=tsdb msg="Creating checkpoint" from_segment=2214 to_segment=2215 mint=1772841600000')
    for node in (n1, n3):
        cal = L("calico-system", b.dspod("calico-node"), "calico-node", node)
        b.add(b.rng.randint(5, 50), cal, f"@FELIX@ [INFO][{b.rng.randint(40, 90)}] felix/summary.go 100: Summarising {b.rng.randint(9, 14)} dataplane reconciliation loops over 1m{b.rng.randint(0, 4)}.{b.rng.randint(1, 9)}s: avg={b.rng.randint(3, 9)}ms longest={b.rng.randint(10, 30)}ms (resync-nat-v4)")
    api = L("shop", b.dpod("orders-api"), "orders-api", n1)
    b.add(30, api, zap("info", "metrics/reporter.go:44", "metrics flush", requests=18234, error_count=0, p99_ms=84, window="60s"))
    b.add(58, api, zap("info", "metrics/reporter.go:44", "metrics flush", requests=17911, error_count=0, p99_ms=79, window="60s"))
    cdns = L("kube-system", b.dpod("coredns"), "coredns", n2)
    b.add(20, cdns, f'[INFO] 10.244.2.61:{b.port()} - {b.rng.randint(1000, 65000)} "AAAA IN s3.eu-central-1.amazonaws.com.data.svc.cluster.local. udp 79 false 1232" NXDOMAIN qr,aa,rd 172 0.000131s')
    b.add(20, cdns, f'[INFO] 10.244.2.61:{b.port()} - {b.rng.randint(1000, 65000)} "A IN s3.eu-central-1.amazonaws.com. udp 47 false 1232" NOERROR qr,rd,ra 142 0.001408s')
    am = L("monitoring", "alertmanager-main-0", "alertmanager", n3)
    b.add(50, am, 'ts=@ISO@ caller=silence.go:442 level=info component=silences msg="Running maintenance"')
    b.add(50, am, 'ts=@ISO@ caller=silence.go:444 level=info component=silences msg="Maintenance done" duration=31.406µs size=1214')
    b.add(51, am, 'ts=@ISO@ caller=nflog.go:360 level=info component=nflog msg="Running maintenance"')
    b.add(51, am, 'ts=@ISO@ caller=nflog.go:362 level=info component=nflog msg="Maintenance done" duration=58.113µs size=3021')
    return record(5, "quiet-night-batch", "Anything wrong in the cluster in the last few minutes?", None, b,
                  "INFO", "none", None,
                  "No incident: the nightly export CronJob completed (error_count=0), Velero backup finished with 0 errors, Prometheus compacted a block and app metrics report error_count=0.",
                  "Routine night-time activity only: batch job completion, backup, TSDB compaction, Calico dataplane summaries, Alertmanager maintenance; CoreDNS NXDOMAINs are normal search-path expansion.",
                  "Nothing to do.")


@scenario
def s006():
    b = B(6, "2026-03-09T16:30:00Z")
    n1, n2, n3 = "ip-10-30-1-12.us-east-2.compute.internal", "ip-10-30-2-88.us-east-2.compute.internal", "ip-10-30-3-140.us-east-2.compute.internal"
    ns = "cache"
    M = L(ns, "redis-master-0", "redis", n1)
    R0 = L(ns, "redis-replicas-0", "redis", n2)
    R1 = L(ns, "redis-replicas-1", "redis", n3)
    for t0, pid in ((4, 20417), (306, 20533)):
        b.add(t0, M, "1:M @REDIS@ * 100 changes in 300 seconds. Saving...")
        b.add(t0, M, f"1:M @REDIS@ * Background saving started by pid {pid}")
        b.add(t0 + 1, M, f"{pid}:C @REDIS@ * DB saved on disk")
        b.add(t0 + 1, M, f"{pid}:C @REDIS@ * Fork CoW for RDB: current 4 MB, peak 4 MB, average 2 MB")
        b.add(t0 + 2, M, "1:M @REDIS@ * Background saving terminated with success")
    for R in (R0, R1):
        b.add(b.rng.randint(20, 200), R, "1:S @REDIS@ * 100 changes in 300 seconds. Saving...")
    b.add(150, M, "1:M @REDIS@ * Background append only file rewriting started by pid 20481")
    b.add(151, M, "20481:C @REDIS@ * Successfully created the temporary AOF base file temp-rewriteaof-bg-20481.aof")
    b.add(151, M, "20481:C @REDIS@ * Fork CoW for AOF rewrite: current 3 MB, peak 3 MB, average 2 MB")
    b.add(152, M, "1:M @REDIS@ * Background AOF rewrite terminated with success")
    b.add(152, M, "1:M @REDIS@ * Successfully renamed the temporary AOF base file temp-rewriteaof-bg-20481.aof into appendonly.aof.19.base.rdb")
    b.add(152, M, "1:M @REDIS@ * Background AOF rewrite finished successfully")
    sess = b.dpod("session-store")
    S = L(ns, sess, "session-store", n2)
    b.fill(0, 320, 6, S, lambda b: logrus("info", "cache stats", hits=b.rng.randint(52000, 61000), misses=b.rng.randint(2100, 3300), errors=0, pool_total=20, pool_idle=b.rng.randint(12, 18)))
    exp = L(ns, b.dpod("redis-exporter"), "redis-exporter", n3)
    b.add(60, exp, logrus("info", "Providing metrics for redis://redis-master.cache.svc.cluster.local:6379"))
    return record(6, "redis-healthy-bgsave", "Is the redis in the cache namespace healthy? The sessions team is asking.", sel("cache"), b,
                  "INFO", "none", None,
                  "No incident: redis-master performs routine RDB snapshots and an AOF rewrite, all terminating with success; replicas snapshot normally and the session-store client reports errors=0.",
                  "Redis is healthy: BGSAVE and AOF rewrite succeed with small copy-on-write, no replication breaks, clients see high hit rates and no errors.",
                  "Nothing to do.")


# =====================================================================================
# oom_killed
# =====================================================================================
def kernel_oom(b, t, node, proc, pid, limit_kb, anon_kb, podu, cid, score=968, ev_kill=True):
    """Kernel cgroup OOM sequence (as printed to the journal); returns t."""
    K_ = K(node)
    if score == -997:  # Guaranteed QoS pods live directly under kubepods.slice
        slice_ = f"/kubepods.slice/kubepods-pod{podu.replace('-', '_')}.slice/cri-containerd-{cid}.scope"
    else:
        slice_ = f"/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod{podu.replace('-', '_')}.slice/cri-containerd-{cid}.scope"
    b.multi(t, K_, [
        f"{proc} invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj={score}",
        f"memory: usage {limit_kb}kB, limit {limit_kb}kB, failcnt {b.rng.randint(40, 2000)}",
        f"oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=cri-containerd-{cid}.scope,mems_allowed=0,oom_memcg={slice_},task_memcg={slice_},task={proc},pid={pid},uid=1001",
        f"Memory cgroup out of memory: Killed process {pid} ({proc}) total-vm:{anon_kb * 4 + 120344}kB, anon-rss:{anon_kb}kB, file-rss:{b.rng.randint(18000, 30000)}kB, shmem-rss:0kB, UID:1001 pgtables:{b.rng.randint(2000, 9000)}kB oom_score_adj:{score}",
    ], ev=[1, 3] if ev_kill else False)
    return t


@scenario
def s007():
    b = B(7, "2026-03-10T08:44:00Z")
    node = "ip-10-40-2-91.eu-central-1.compute.internal"
    ns, app = "analytics", "report-generator"
    pod = b.dpod(app)
    podu = b.uid()
    P = L(ns, pod, app, node)
    ex = Exporter(b, "ip-10-40-1-17.eu-central-1.compute.internal")
    img = "123456789012.dkr.ecr.eu-central-1.amazonaws.com/analytics/report-generator:5.3.0"
    for cyc, (t0, backoff, cnt) in enumerate(((0, "2m40s", 5), (232, "5m0s", 6))):
        cid = b.hexs(64)
        if cyc == 1:
            evA(b, t0 - 12, ns, "Pod", pod, "Pulled", "Normal", f'Container image "{img}" already present on machine', host=node, count=cnt)
            evA(b, t0 - 12, ns, "Pod", pod, "Started", "Normal", f"Started container {app}", host=node, count=cnt)
        b.add(t0, P, lback("c.a.reports.ReportGeneratorApplication", "INFO", "Started ReportGeneratorApplication in 9.871 seconds (process running for 10.64)"))
        b.add(t0 + 4, P, lback("c.a.reports.jobs.QuarterlyJob", "INFO", "Generating report quarterly-revenue-2026Q1 for tenant 412 (rows=2413877, format=xlsx)", thread="report-exec-1"))
        b.add(t0 + 21, P, lback("c.a.reports.jobs.QuarterlyJob", "INFO", "Loaded ledger rows 1200000/2413877 into workbook", thread="report-exec-1"))
        pid = b.rng.randint(400000, 900000)
        kernel_oom(b, t0 + 37, node, "java", pid, 1048576, 1031220 + b.rng.randint(0, 9000), podu, cid)
        b.add(t0 + 38, J(node, "containerd.service"), ctrd("info", f"TaskOOM event &TaskOOM{{ContainerID:{cid},XXX_unrecognized:[],}}"), ev=True)
        b.add(t0 + 38, J(node, "containerd.service"), ctrd("info", "shim disconnected", id=cid, namespace="k8s.io"))
        b.add(t0 + 39, J(node, "kubelet.service"), kl("I", 2207, "kubelet.go:2461", f'"SyncLoop (PLEG): event for pod" pod="{ns}/{pod}" event={{"ID":"{podu}","Type":"ContainerDied","Data":"{cid}"}}'))
        b.add(t0 + 40, J(node, "kubelet.service"), kl("E", 2207, "pod_workers.go:1301", f'"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"{app}\\" with CrashLoopBackOff: \\"back-off {backoff} restarting failed container={app} pod={pod}_{ns}({podu})\\"" pod="{ns}/{pod}" podUID="{podu}"'))
        ex.ev(t0 + 41, ns, "Pod", pod, "BackOff", "Warning", f"Back-off restarting failed container {app} in pod {pod}_{ns}({podu})", host=node, count=cnt + 4, field=f"spec.containers{{{app}}}", first_ago=1500)
    dash = b.dpod("dashboard-api")
    D = L(ns, dash, "dashboard-api", node)
    b.fill(0, 300, 7, D, lambda b: zap("info", "httpserver/log.go:33", "handled request", method="GET",
                                          route=b.rng.choice(["/api/dashboards/:id", "/api/widgets/:id/data", "/healthz"]),
                                          status=200, latency_ms=b.rng.randint(3, 140)))
    return record(7, "oomkill-loop-report-generator", "Why does report-generator keep restarting?", sel("analytics"), b,
                  "CRITICAL", "oom_killed", "report-generator",
                  "The report-generator JVM is killed by the kernel cgroup OOM killer at its 1Gi memory limit while building the 2.4M-row quarterly workbook in memory, so the pod is in CrashLoopBackOff.",
                  "report-generator restarts, starts the quarterly-revenue report, and ~35s later the kernel kills java (usage = limit 1048576kB); containerd reports TaskOOM and kubelet backs off. The cycle repeats every restart.",
                  "Raise the container memory limit (e.g. 2-3Gi) and cap the heap with -XX:MaxRAMPercentage=70, or stream the export (SXSSF) instead of building the whole workbook in memory; the job will keep crashing until then.")


@scenario
def s008():
    b = B(8, "2026-03-11T19:05:00Z")
    nodes = ["gke-shop-prod-pool-b-71d0c3e4-2m9p", "gke-shop-prod-pool-b-71d0c3e4-h7tq", "gke-shop-prod-pool-b-71d0c3e4-wq5x"]
    ns, app = "web", "web-bff"
    h = b.rs()
    pods = [b.dpod(app, h) for _ in range(3)]
    ips = ["10.56.2.17", "10.56.0.41", "10.56.1.9"]
    ing = L("ingress-nginx", b.dpod("ingress-nginx-controller"), "controller", nodes[0])
    for i, (pod, node) in enumerate(zip(pods, nodes)):
        P = L(ns, pod, app, node)
        t0 = 10 + i * 47
        b.add(t0, P, pino(40, pod, "session cache above soft limit", entries=181000 + i * 3311, heapUsedMB=1690 + i * 9))
        if i < 2:
            addr = b.rng.randint(0x5a00000, 0x6f00000)
            b.multi(t0 + 14, P, [
                "<--- Last few GCs --->",
                f"[1:0x{addr:x}]   {604702 + i * 11873} ms: Mark-Compact 2041.9 (2084.1) -> 2040.6 (2085.3) MB, 1566.10 / 0.00 ms  (average mu = 0.072, current mu = 0.006) allocation failure; scavenge might not succeed",
                "<--- JS stacktrace --->",
                "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory",
                "----- Native stack trace -----",
                " 1: 0xb8d0a3 node::OOMErrorHandler(char const*, v8::OOMDetails const&) [node]",
            ], ev=[1, 3])
            b.add(t0 + 16, ing, f'@NGX@ [error] 412#412: *{8812201 + i * 977} upstream prematurely closed connection while reading response header from upstream, client: {b.ip("10.64")}, server: www.acme-retail.com, request: "GET /api/home HTTP/2.0", upstream: "http://{ips[i]}:8080/api/home", host: "www.acme-retail.com"')
            evA(b, t0 + 18, ns, "Pod", pod, "BackOff", "Warning", f"Back-off restarting failed container {app} in pod {pod}_{ns}({b.uid()})", host=node, count=7 + i, ev=True)
    # third replica is about to die too: high heap, slow requests
    P3 = L(ns, pods[2], app, nodes[2])
    b.add(150, P3, pino(40, pods[2], "event loop lag high", lagMs=1840))
    b.fill(0, 160, 5, P3, lambda b: pino(30, pods[2], "request completed", req={"method": "GET", "url": b.rng.choice(["/api/home", "/api/cart", "/api/menu"])},
                                         res={"statusCode": 200}, responseTime=round(b.rng.uniform(80, 900), 1)))
    for k, t in enumerate((26, 35, 73, 84, 120, 131)):
        if k % 2 == 0:
            b.add(t, ing, ngx(b, b.ip("10.64"), "GET", b.rng.choice(["/api/home", "/api/cart"]), 502, 150, "web-web-bff-8080",
                              f"{ips[0 if t < 60 else 1]}:8080", round(b.rng.uniform(1.2, 3.5), 3), ref="https://www.acme-retail.com/"))
        else:
            b.add(t, ing, ngx(b, b.ip("10.64"), "GET", b.rng.choice(["/api/home", "/api/cart"]), 504, 160, "web-web-bff-8080",
                              f"{ips[2]}:8080", 60.001, ref="https://www.acme-retail.com/"))
    for t in (12, 60, 100, 140):
        b.add(t, ing, ngx(b, b.ip("10.64"), "GET", "/api/menu", 200, 2331, "web-web-bff-8080", f"{ips[2]}:8080", round(b.rng.uniform(0.3, 0.9), 3), ref="https://www.acme-retail.com/"))
    return record(8, "node-heap-crashloop-web-bff", "Users are getting 502/504 errors from www — what's wrong?", sel("web"), b,
                  "CRITICAL", "oom_killed", "web-bff",
                  "The web-bff Node.js processes run out of V8 heap (~2 GB, 'Reached heap limit ... JavaScript heap out of memory') because the in-process session cache keeps growing; the replicas crash one after another and go into CrashLoopBackOff.",
                  "Two of three web-bff replicas crashed with FATAL ERROR: Reached heap limit and are in back-off; the third is at the soft limit with high event-loop lag. ingress-nginx returns 502 (upstream prematurely closed) and 504 for /api/home and /api/cart.",
                  "Restart/scale web-bff for immediate relief, then bound or evict the session cache (or move sessions to Redis) and size --max-old-space-size to the container limit.")


@scenario
def s009():
    b = B(9, "2026-03-12T09:12:00Z")
    ns = "logging"
    nd = ["aks-data-28190415-vmss000000", "aks-data-28190415-vmss000001", "aks-data-28190415-vmss000002"]
    D2 = L(ns, "elasticsearch-data-2", "elasticsearch", nd[2])
    M0 = L(ns, "elasticsearch-master-0", "elasticsearch", nd[0])
    D0 = L(ns, "elasticsearch-data-0", "elasticsearch", nd[0])
    nid = "xQ3vL8tRSi2m0bW9kfYp1A"
    nodestr = f"{{elasticsearch-data-2}}{{{nid}}}{{Kc7dPz0sTgu3n1qW8eYx4Q}}{{elasticsearch-data-2}}{{10.244.5.18}}{{10.244.5.18:9300}}{{d}}{{8.13.2}}{{7000099-8503000}}"
    b.add(5, D2, es("WARN", "org.elasticsearch.monitor.jvm.JvmGcMonitorService", "[gc][18412] overhead, spent [1.3s] collecting in the last [1.6s]", "elasticsearch-data-2"))
    b.add(14, D2, es("WARN", "org.elasticsearch.monitor.jvm.JvmGcMonitorService", "[gc][18421] overhead, spent [2.1s] collecting in the last [2.4s]", "elasticsearch-data-2"))
    podu, cid = b.uid(), b.hexs(64)
    kernel_oom(b, 22, nd[2], "java", 3817, 10485760, 10401732, podu, cid, score=-997)
    b.add(23, J(nd[2], "containerd.service"), ctrd("info", f"TaskOOM event &TaskOOM{{ContainerID:{cid},XXX_unrecognized:[],}}"), ev=True)
    b.add(24, M0, es("INFO", "org.elasticsearch.cluster.service.MasterService", f"node-left[{nodestr} reason: disconnected], term: 7, version: 18834, delta: removed {{{nodestr}}}", "elasticsearch-master-0", thread="elasticsearch[{n}][masterService#updateTask][T#2]"))
    b.add(25, M0, es("INFO", "org.elasticsearch.cluster.routing.allocation.AllocationService", f"Cluster health status changed from [GREEN] to [YELLOW] (reason: [{{elasticsearch-data-2}}{{{nid}}} reason: disconnected]).", "elasticsearch-master-0", thread="elasticsearch[{n}][masterService#updateTask][T#2]"))
    fb = [L(ns, b.dspod("fluent-bit"), "fluent-bit", n) for n in nd]
    for i, t in enumerate((31, 36, 44)):
        chunk = f"1-{1773306720 + t}.{b.rng.randint(100000000, 999999999)}.flb"
        b.add(t, fb[i], f"[@NGX@] [ warn] [engine] failed to flush chunk '{chunk}', retry in {b.rng.randint(7, 12)} seconds: task_id={b.rng.randint(1, 9)}, input=tail.0 > output=es.0 (out_id=0)")
        b.add(t + 14, fb[i], f"[@NGX@] [ info] [engine] flush chunk '{chunk}' succeeded at retry 1: task_id={b.rng.randint(1, 9)}, input=tail.0 > output=es.0 (out_id=0)")
    evA(b, 40, ns, "Pod", "elasticsearch-data-2", "Pulled", "Normal", 'Container image "docker.elastic.co/elasticsearch/elasticsearch:8.13.2" already present on machine', host=nd[2], count=2)
    evA(b, 40, ns, "Pod", "elasticsearch-data-2", "Started", "Normal", "Started container elasticsearch", host=nd[2], count=2)
    b.add(48, D2, es("INFO", "org.elasticsearch.node.Node", "version[8.13.2], pid[7], build[docker/16cc90cd2d08a3147ce02b07e50894bc060a4cbf/2024-04-05T14:45:26.420424304Z], OS[Linux/5.15.0-1057-azure/amd64], JVM[Oracle Corporation/OpenJDK 64-Bit Server VM/21.0.2/21.0.2+13-58]", "elasticsearch-data-2", thread="main"))
    b.add(71, D2, es("INFO", "org.elasticsearch.node.Node", "started {elasticsearch-data-2}{xQ3vL8tRSi2m0bW9kfYp1A}{Kc7dPz0sTgu3n1qW8eYx4Q}{elasticsearch-data-2}{10.244.5.18}{10.244.5.18:9300}{d}{8.13.2}{7000099-8503000}", "elasticsearch-data-2", thread="main"))
    b.add(72, M0, es("INFO", "org.elasticsearch.cluster.service.MasterService", f"node-join[{nodestr} joining after restart, removed [48s/48312ms] ago with reason [disconnected]], term: 7, version: 18851, delta: added {{{nodestr}}}", "elasticsearch-master-0", thread="elasticsearch[{n}][masterService#updateTask][T#2]"))
    b.add(190, M0, es("INFO", "org.elasticsearch.cluster.routing.allocation.AllocationService", "Cluster health status changed from [YELLOW] to [GREEN] (reason: [shards started [[.ds-logs-k8s-default-2026.03.12-000041][1]]]).", "elasticsearch-master-0", thread="elasticsearch[{n}][masterService#updateTask][T#1]"))
    b.fill(0, 200, 4, M0, lambda b: es("INFO", "org.elasticsearch.cluster.metadata.MetadataMappingService", f"[.ds-logs-k8s-default-2026.03.12-000041/{b.hexs(8)}] update_mapping [_doc]", "elasticsearch-master-0", thread="elasticsearch[{n}][masterService#updateTask][T#1]"))
    b.add(27, D0, es("INFO", "org.elasticsearch.index.shard.PrimaryReplicaSyncer", "[.ds-logs-k8s-default-2026.03.12-000041][1] primary-replica resync completed with 0 operations", "elasticsearch-data-0", thread="elasticsearch[{n}][generic][T#7]"))
    return record(9, "es-data-single-oom", "The logging cluster went yellow for a few minutes — what happened?", sel("logging"), b,
                  "WARN", "oom_killed", "elasticsearch-data",
                  "elasticsearch-data-2 was killed once by the kernel cgroup OOM killer (anon-rss ~10 GB at its 10Gi limit, after GC overhead warnings); the node left the cluster and rejoined after the container restarted.",
                  "One OOM kill of elasticsearch-data-2 made the cluster YELLOW and fluent-bit retried a few chunk flushes; the pod restarted, rejoined, shards recovered and health went back to GREEN within ~3 minutes.",
                  "No immediate action; to prevent recurrence leave more headroom between the heap (-Xmx) and the container limit (heap ≤50% of limit) or increase the limit, and check which queries drove the GC overhead.")


# =====================================================================================
# application_error
# =====================================================================================
@scenario
def s010():
    b = B(10, "2026-03-13T04:20:00Z")
    node = "k8s-node-07"
    ns, app = "warehouse", "inventory-sync"
    pod = b.dpod(app)
    podu = b.uid()
    P = L(ns, pod, app, node)
    for cyc, (t0, backoff, cnt) in enumerate(((0, "1m20s", 4), (110, "2m40s", 5))):
        if cyc:
            evA(b, t0 - 2, ns, "Pod", pod, "Started", "Normal", f"Started container {app}", host=node, count=cnt + 1)
        b.add(t0, P, zap("info", "cmd/main.go:58", "starting inventory-sync", version="1.14.2", workers=4))
        b.add(t0 + 2, P, zap("info", "feed/client.go:97", "fetched supplier feed", supplier="nordlager", items=18211, duration=1.84))
        b.add(t0 + 3.1, P, zap("warn", "sync/reconciler.go:151", "feed item has no warehouse location", supplier="nordlager", sku="NL-448120-BLK"))
        pc = b.rng.randint(0x12f0000, 0x12fffff)
        b.multi(t0 + 3.4, P, [
            "panic: runtime error: invalid memory address or nil pointer dereference",
            f"[signal SIGSEGV: segmentation violation code=0x1 addr=0x28 pc=0x{pc:x}]",
            "goroutine 214 [running]:",
            "github.com/acme/inventory-sync/internal/sync.(*Reconciler).applyDelta(0xc0004a2f00, {0x1a8e2d0, 0xc000512a50}, 0x0)",
            "\t/src/internal/sync/reconciler.go:187 +0x13a",
            "github.com/acme/inventory-sync/internal/sync.(*Reconciler).Run.func2()",
            "\t/src/internal/sync/reconciler.go:112 +0x8e",
            "created by github.com/acme/inventory-sync/internal/sync.(*Reconciler).Run in goroutine 1",
            "\t/src/internal/sync/reconciler.go:104 +0x2f1",
        ] if cyc == 0 else [
            "panic: runtime error: invalid memory address or nil pointer dereference",
            f"[signal SIGSEGV: segmentation violation code=0x1 addr=0x28 pc=0x{pc:x}]",
            "goroutine 198 [running]:",
            "github.com/acme/inventory-sync/internal/sync.(*Reconciler).applyDelta(0xc000392c80, {0x1a8e2d0, 0xc0004f1e30}, 0x0)",
            "\t/src/internal/sync/reconciler.go:187 +0x13a",
        ], ev=[0, 1, 3, 4])
        b.add(t0 + 5, J(node, "kubelet.service"), kl("E", 1893, "pod_workers.go:1301", f'"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"{app}\\" with CrashLoopBackOff: \\"back-off {backoff} restarting failed container={app} pod={pod}_{ns}({podu})\\"" pod="{ns}/{pod}" podUID="{podu}"'))
        evA(b, t0 + 6, ns, "Pod", pod, "BackOff", "Warning", f"Back-off restarting failed container {app} in pod {pod}_{ns}({podu})", host=node, count=cnt + 6)
    st = L(ns, b.dpod("stock-api"), "stock-api", node)
    b.fill(0, 130, 6, st, lambda b: uvi(b, b.ip(), "GET", b.rng.choice(["/v1/stock/NL-448120-BLK", "/v1/stock/DE-101233-RED", "/healthz"]), 200, "OK"))
    return record(10, "go-nil-panic-inventory-sync", None, sel("warehouse"), b,
                  "CRITICAL", "application_error", "inventory-sync",
                  "inventory-sync panics with a nil pointer dereference in Reconciler.applyDelta (reconciler.go:187) when a supplier feed item has no warehouse location; the process dies on every run and the pod is in CrashLoopBackOff.",
                  "Each start fetches the nordlager feed, warns about an item with no warehouse location and then crashes with SIGSEGV in applyDelta; kubelet keeps backing off. stock-api is unaffected but stock levels are no longer synced.",
                  "Roll back inventory-sync to the previous version or skip/quarantine feed items without a location; fix applyDelta to nil-check the location and add a regression test.")


@scenario
def s011():
    b = B(11, "2026-03-14T13:37:00Z")
    ns, app = "pricing", "pricing-api"
    nodes = ["ip-10-50-1-44.ap-southeast-2.compute.internal", "ip-10-50-2-19.ap-southeast-2.compute.internal"]
    h = b.rs()
    pods = [b.dpod(app, h), b.dpod(app, h)]
    Ps = [L(ns, p, app, n) for p, n in zip(pods, nodes)]
    ing = L("ingress-nginx", b.dpod("ingress-nginx-controller"), "controller", nodes[0])
    ips = ["10.50.1.201", "10.50.2.77"]
    tb = [
        "ERROR:    Exception in ASGI application",
        "Traceback (most recent call last):",
        '  File "/usr/local/lib/python3.12/site-packages/uvicorn/protocols/http/httptools_impl.py", line 411, in run_asgi',
        "    result = await app(  # type: ignore[func-returns-value]",
        '  File "/usr/local/lib/python3.12/site-packages/fastapi/routing.py", line 297, in app',
        "    raw_response = await run_endpoint_function(",
        '  File "/app/pricing/api/quotes.py", line 52, in create_quote',
        "    return build_quote(req)",
        '  File "/app/pricing/quote.py", line 64, in build_quote',
        "    rate = FX_TABLE[req.currency]",
        "           ~~~~~~~~^^^^^^^^^^^^^^",
        "KeyError: 'HRK'",
    ]
    for t, i in ((20, 0), (71, 1)):
        b.add(t + 0.0, Ps[i], uvi(b, "10.50.0.12", "POST", "/v2/quote", 500, "Internal Server Error"))
        b.multi(t + 0.01, Ps[i], tb if i == 0 else [tb[0], tb[1], tb[8], tb[9], tb[11]], ev=[8, 9, 11] if i == 0 else [2, 3, 4])
        b.add(t + 0.05, ing, ngx(b, b.ip("10.64"), "POST", "/api/pricing/v2/quote", 500, 21, "pricing-pricing-api-80", f"{ips[i]}:8000", 0.018, ua="okhttp/4.12.0"))
    for i in range(2):
        b.fill(0, 95, 6, Ps[i], lambda b: uvi(b, "10.50.0.12", *b.rng.choice([("POST", "/v2/quote"), ("POST", "/v2/quote"), ("GET", "/v2/rates?base=EUR")]), 200, "OK"))
    b.fill(0, 95, 4, ing, lambda b: ngx(b, b.ip("10.64"), "POST", "/api/pricing/v2/quote", 200, b.rng.randint(400, 900), "pricing-pricing-api-80", f"{b.rng.choice(ips)}:8000", round(b.rng.uniform(0.01, 0.05), 3), ua="okhttp/4.12.0"))
    return record(11, "fastapi-keyerror-pricing", "Why do some quote requests fail with 500?", sel("pricing"), b,
                  "ERROR", "application_error", "pricing-api",
                  "pricing-api raises an unhandled KeyError: 'HRK' in build_quote (quote.py line 64) when a quote uses a currency missing from FX_TABLE; FastAPI turns it into HTTP 500.",
                  "Most /v2/quote requests succeed, but requests in HRK crash the endpoint on both replicas with KeyError and the ingress returns 500 to the mobile client.",
                  "Validate the currency and return 422 for unsupported codes (HRK was replaced by EUR), or map legacy codes; add a test for unknown currencies. No restart needed.")


@scenario
def s012():
    b = B(12, "2026-03-16T10:02:00Z")
    nodes = ["worker-a1", "worker-a2", "worker-a3"]
    gw_h = b.rs()
    gws = [b.dpod("api-gateway", gw_h) for _ in range(2)]
    G = [L("web", g, "gateway", n) for g, n in zip(gws, nodes[:2])]
    lo = b.dpod("loyalty-service")
    LO = L("loyalty", lo, "loyalty-service", nodes[2])
    up = "http://loyalty-service.loyalty.svc.cluster.local:8080"
    members = [77120, 80431, 91102]
    for k, t in enumerate((15, 52, 88)):
        m = members[k]
        g = G[k % 2]
        thr = f"nio-8080-exec-{b.rng.randint(1, 9)}"
        lines = [
            spring("ERROR", "loyalty-service", thr, "o.a.c.c.C.[.[.[/].[dispatcherServlet]", 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: java.lang.NullPointerException: Cannot invoke "com.acme.loyalty.model.Tier.multiplier()" because the return value of "com.acme.loyalty.model.Member.getTier()" is null] with root cause'),
            'java.lang.NullPointerException: Cannot invoke "com.acme.loyalty.model.Tier.multiplier()" because the return value of "com.acme.loyalty.model.Member.getTier()" is null',
            "\tat com.acme.loyalty.service.PointsService.balanceFor(PointsService.java:58) ~[!/:1.9.2]",
            "\tat com.acme.loyalty.web.PointsController.points(PointsController.java:31) ~[!/:1.9.2]",
            "\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103) ~[na:na]",
        ]
        if k == 0:
            b.multi(t, LO, lines, ev=[0, 1, 2])
        else:
            b.multi(t, LO, lines[:3], ev=[0, 1, 2])
        b.add(t + 1, g, winston("error", f"upstream loyalty-service responded 500 for GET /v1/members/{m}/points", service="api-gateway", upstream=up, requestId=b.uid(), durationMs=b.rng.randint(9, 30)))
    b.fill(0, 100, 5, LO, lambda b: spring("INFO", "loyalty-service", f"nio-8080-exec-{b.rng.randint(1, 9)}", "c.a.loyalty.web.RedemptionController",
                                           f"redemption {b.rng.randint(100000, 999999)} accepted for member {b.rng.randint(10000, 99999)} ({b.rng.randint(100, 5000)} points)"))
    for g in G:
        b.fill(0, 100, 5, g, lambda b: winston("info", "request completed", service="api-gateway",
                                                 method="GET", path=b.rng.choice(["/v1/catalog/featured", "/v1/members/me", "/v1/orders?limit=10"]),
                                                 status=200, durationMs=b.rng.randint(12, 140)))
    return record(12, "loyalty-npe-behind-gateway", "Why is api-gateway returning 500 on the points endpoint?", sel("web"), b,
                  "ERROR", "application_error", "loyalty-service",
                  "loyalty-service throws a NullPointerException in PointsService.balanceFor (PointsService.java:58) for members whose tier is null; the gateway only relays the upstream 500.",
                  "api-gateway's 500s on /v1/members/{id}/points come from loyalty-service.loyalty.svc: its points endpoint fails with an NPE on Member.getTier() for some members, while other gateway routes and loyalty redemptions work.",
                  "Fix loyalty-service to handle members without a tier (default tier or backfill the missing tier rows) and deploy; the gateway needs no change.")


# =====================================================================================
# image_pull
# =====================================================================================
@scenario
def s013():
    b = B(13, "2026-03-17T10:00:00Z")
    ns, app = "payments", "fraud-scorer"
    nodes = ["ip-10-60-1-23.us-west-2.compute.internal", "ip-10-60-2-171.us-west-2.compute.internal", "ip-10-60-3-9.us-west-2.compute.internal"]
    hold, hnew = b.rs(), b.rs()
    olds = [b.dpod(app, hold), b.dpod(app, hold)]
    new = b.dpod(app, hnew)
    img = "registry.acme.io/payments/fraud-scorer:3.8.1"
    ex = Exporter(b, nodes[0])
    nn = nodes[2]
    argo = L("argocd", "argocd-application-controller-0", "argocd-application-controller", nodes[0])
    b.add(0, argo, logrus("info", "Updated health status: Healthy -> Progressing", application="argocd/payments", dest_namespace="payments", dest_server="https://kubernetes.default.svc", reason="ResourceUpdated", type="Normal"))
    ex.ev(1, ns, "Deployment", app, "ScalingReplicaSet", "Normal", f"Scaled up replica set {app}-{hnew} to 1", comp="deployment-controller")
    ex.ev(2, ns, "Pod", new, "Scheduled", "Normal", f"Successfully assigned {ns}/{new} to {nn}", comp="default-scheduler")
    err = (f'rpc error: code = NotFound desc = failed to pull and unpack image "{img}": failed to resolve reference "{img}": {img}: not found')
    for k, t in enumerate((3, 19, 61)):
        ex.ev(t, ns, "Pod", new, "Pulling", "Normal", f'Pulling image "{img}"', host=nn, count=k + 1, field=f"spec.containers{{{app}}}", first_ago=t - 3)
        b.add(t + 0.3, J(nn, "containerd.service"), ctrd("info", f'PullImage "{img}"'))
        b.add(t + 0.9, J(nn, "containerd.service"), ctrd("error", f'PullImage "{img}" failed', error=err), ev=(k == 0))
        b.add(t + 0.95, J(nn, "kubelet.service"), kl("E", 3120, "log.go:32", f'"PullImage from image service failed" err="{err.replace(chr(34), chr(92) + chr(34))}" image="{img}"'), ev=(k == 0))
        ex.ev(t + 1.0, ns, "Pod", new, "Failed", "Warning", f'Failed to pull image "{img}": {err}', host=nn, count=k + 1, field=f"spec.containers{{{app}}}", first_ago=t - 3, ev=True)
        ex.ev(t + 1.01, ns, "Pod", new, "Failed", "Warning", "Error: ErrImagePull", host=nn, count=k + 1, field=f"spec.containers{{{app}}}", first_ago=t - 3)
        ex.ev(t + 2.2, ns, "Pod", new, "BackOff", "Normal", f'Back-off pulling image "{img}"', host=nn, count=k + 1, field=f"spec.containers{{{app}}}", first_ago=max(0, t - 4))
        ex.ev(t + 2.21, ns, "Pod", new, "Failed", "Warning", "Error: ImagePullBackOff", host=nn, count=k + 1, field=f"spec.containers{{{app}}}", first_ago=max(0, t - 4))
    for pod, node in zip(olds, nodes[:2]):
        P = L(ns, pod, app, node)
        b.fill(0, 80, 4, P, lambda b: f'10.244.{b.rng.randint(0, 7)}.{b.rng.randint(2, 250)} - - [@CLF@] "POST /v1/score HTTP/1.1" 200 {b.rng.randint(80, 120)} "-" "Go-http-client/1.1"')
    return record(13, "image-tag-missing-fraud-scorer", "The fraud-scorer rollout has been stuck for 10 minutes — why?", sel("payments"), b,
                  "ERROR", "image_pull", "fraud-scorer",
                  "The new fraud-scorer ReplicaSet references registry.acme.io/payments/fraud-scorer:3.8.1, a tag that does not exist in the registry (manifest not found), so the new pod is in ImagePullBackOff.",
                  "The rollout created one new pod that cannot pull its image (NotFound: ...:3.8.1 not found); containerd and kubelet retry with back-off. The two old replicas keep serving /v1/score, so there is no outage but the deploy is stuck.",
                  "Push the missing 3.8.1 image (check the CI publish step) or fix the tag in the manifest/Argo CD app and re-sync; roll back if the release is urgent.")


@scenario
def s014():
    b = B(14, "2026-03-18T00:05:00Z")
    ns = "data"
    nodes = ["k8s-w-12", "k8s-w-14"]
    job = "ledger-export-29560805"
    pod = f"{job}-{b.sfx()}"
    img = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/data/ledger-export:1.4.2"
    nn = nodes[0]
    evA(b, 0, ns, "CronJob", "ledger-export", "SuccessfulCreate", "Normal", f"Created job {job}", comp="cronjob-controller")
    evA(b, 0, ns, "Job", job, "SuccessfulCreate", "Normal", f"Created pod: {pod}", comp="job-controller")
    evA(b, 1, ns, "Pod", pod, "Scheduled", "Normal", f"Successfully assigned {ns}/{pod} to {nn}", comp="default-scheduler")
    err = (f'failed to pull and unpack image "{img}": failed to resolve reference "{img}": unexpected status from HEAD request to '
           f'https://123456789012.dkr.ecr.eu-west-1.amazonaws.com/v2/data/ledger-export/manifests/1.4.2: 401 Unauthorized')
    for k, t in enumerate((2, 17, 45, 101)):
        evA(b, t + 0.2, ns, "Pod", pod, "Pulling", "Normal", f'Pulling image "{img}"', host=nn, count=k + 1)
        b.add(t + 0.8, J(nn, "containerd.service"), ctrd("error", f'PullImage "{img}" failed', error=f"rpc error: code = Unknown desc = {err}"), ev=(k < 2))
        evA(b, t + 0.9, ns, "Pod", pod, "Failed", "Warning", f'Failed to pull image "{img}": rpc error: code = Unknown desc = {err}', host=nn, count=k + 1, ev=(k < 2))
        evA(b, t + 0.91, ns, "Pod", pod, "Failed", "Warning", "Error: ErrImagePull", host=nn, count=k + 1)
        evA(b, t + 2.1, ns, "Pod", pod, "BackOff", "Normal", f'Back-off pulling image "{img}"', host=nn, count=k + 1)
    b.add(30, J(nn, "kubelet.service"), kl("E", 1488, "pod_workers.go:1301", f'"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"ledger-export\\" with ImagePullBackOff: \\"Back-off pulling image \\\\\\"{img}\\\\\\"\\"" pod="{ns}/{pod}" podUID="{b.uid()}"'))
    dbt = L(ns, f"dbt-nightly-29560800-{b.sfx()}", "dbt", nodes[1])
    b.add(3, dbt, "@HMS@  Running with dbt=1.7.11")
    b.add(9, dbt, "@HMS@  Found 214 models, 611 tests, 0 snapshots, 0 analyses, 532 macros, 0 operations, 12 seed files, 48 sources, 0 exposures, 0 metrics, 0 groups")
    for i, mdl in enumerate(["stg_orders", "stg_payments", "fct_revenue_daily", "dim_customers"]):
        b.add(20 + i * 14, dbt, f"@HMS@  {i + 1} of 214 OK created sql incremental model analytics.{mdl} ......... [MERGE {b.rng.randint(1000, 90000)} in {b.rng.uniform(1, 9):.2f}s]")
    return record(14, "ecr-401-ledger-export", "The ledger-export job hasn't produced a file since midnight — what's going on?", sel("data"), b,
                  "ERROR", "image_pull", "ledger-export",
                  "The ledger-export CronJob pod cannot pull its image from ECR: the registry answers 401 Unauthorized because the ECR token in the namespace's image pull secret has expired (ECR tokens are valid for 12h).",
                  "Tonight's ledger-export pod was created and scheduled but every pull of ledger-export:1.4.2 fails with 401 Unauthorized and it sits in ImagePullBackOff; other data jobs (dbt) run fine.",
                  "Refresh the ECR pull secret (aws ecr get-login-password) and fix whatever rotates it (refresher CronJob/IRSA or a credential provider), then delete the stuck pod or re-run the job.")


# =====================================================================================
# probe_failure
# =====================================================================================
@scenario
def s015():
    b = B(15, "2026-03-19T15:40:00Z")
    ns, app = "search", "search-api"
    nodes = ["gke-prod-euw4-apps-9d21f0aa-4v1c", "gke-prod-euw4-apps-9d21f0aa-cx8n", "gke-prod-euw4-apps-9d21f0aa-q0zr"]
    h = b.rs()
    pods = [b.dpod(app, h) for _ in range(3)]
    for i, (pod, node) in enumerate(zip(pods, nodes)):
        P = L(ns, pod, app, node)
        podu = b.uid()
        t0 = i * 9
        b.add(t0, P, lback("o.s.b.w.embedded.tomcat.TomcatWebServer", "INFO", "Tomcat started on port 8080 (http) with context path ''"))
        b.add(t0 + 1, P, lback("o.s.b.w.embedded.tomcat.TomcatWebServer", "INFO", "Tomcat started on port 8081 (http) with context path ''"), ev=(i == 0))
        b.add(t0 + 1, P, lback("o.s.b.a.e.web.EndpointLinksResolver", "INFO", "Exposing 3 endpoint(s) beneath base path '/actuator'"))
        b.add(t0 + 2, P, lback("c.a.search.SearchApiApplication", "INFO", "Started SearchApiApplication in 18.441 seconds (process running for 19.87)"))
        for k in range(3):
            tt = t0 + 12 + k * 10
            b.add(tt, J(node, "kubelet.service"), kl("I", 2811, "prober.go:107", f'"Probe failed" probeType="Liveness" pod="{ns}/{pod}" podUID="{podu}" containerName="{app}" probeResult="failure" output="HTTP probe failed with statuscode: 404"'), ev=(k == 0 and i < 2))
            evA(b, tt, ns, "Pod", pod, "Unhealthy", "Warning", "Liveness probe failed: HTTP probe failed with statuscode: 404", host=node, count=k + 1 + 3 * (4 + i), ev=(k == 2))
        evA(b, t0 + 33, ns, "Pod", pod, "Killing", "Normal", f"Container {app} failed liveness probe, will be restarted", host=node, count=4 + i, ev=True)
        b.add(t0 + 33, J(node, "kubelet.service"), kl("I", 2811, "kuberuntime_container.go:779", f'"Killing container with a grace period" pod="{ns}/{pod}" podUID="{podu}" containerName="{app}" containerID="containerd://{b.hexs(64)}" gracePeriod=30'))
        b.add(t0 + 34, P, lback("o.s.b.w.e.tomcat.GracefulShutdown", "INFO", "Commencing graceful shutdown. Waiting for active requests to complete", thread="SpringApplicationShutdownHook"))
        b.fill(t0 + 3, t0 + 32, 2, P, lambda b: lback("c.a.search.web.SearchController", "INFO", f"query served q=\"{b.rng.choice(['rain jacket', 'tent 2p', 'headlamp'])}\" hits={b.rng.randint(20, 900)} tookMs={b.rng.randint(8, 60)}", thread=f"http-nio-8080-exec-{b.rng.randint(1, 9)}"))
    return record(15, "liveness-wrong-port-search-api", "search-api pods restart every minute — why?", sel("search"), b,
                  "CRITICAL", "probe_failure", "search-api",
                  "search-api now serves Spring Boot actuator on a separate management port (8081), but the liveness probe still calls /actuator/health/liveness on 8080, which returns 404; kubelet kills healthy containers after three failures.",
                  "All three search-api replicas start fine and serve queries, then fail the liveness probe with HTTP 404 and are restarted by kubelet ('failed liveness probe, will be restarted'), so the service flaps continuously.",
                  "Point the liveness/readiness probes at port 8081 (or remove management.server.port), then redeploy; consider a startupProbe so slow starts are not killed.")


@scenario
def s016():
    b = B(16, "2026-03-20T08:10:00Z")
    ns, app = "shop", "storefront"
    nodes = ["worker-b1", "worker-b2"]
    h = b.rs()
    pods = [b.dpod(app, h), b.dpod(app, h)]
    ing = L("ingress-nginx", b.dpod("ingress-nginx-controller"), "controller", nodes[0])
    evA(b, 0, ns, "Deployment", app, "ScalingReplicaSet", "Normal", f"Scaled down replica set {app}-{b.rs()} to 0 from 2", comp="deployment-controller")
    evA(b, 4, ns, "Deployment", app, "ScalingReplicaSet", "Normal", f"Scaled up replica set {app}-{h} to 2", comp="deployment-controller")
    for i, (pod, node) in enumerate(zip(pods, nodes)):
        P = L(ns, pod, app, node)
        b.add(9 + i, P, "  ▲ Next.js 14.1.4")
        b.add(9 + i, P, "   - Local:        http://localhost:3000")
        b.add(10 + i, P, " ✓ Ready in 412ms")
        for k in range(3):
            t = 15 + i * 2 + k * 10
            b.add(t + 0.0, P, pino(30, pod, "request completed", req={"method": "GET", "url": "/ready", "headers": {"user-agent": "kube-probe/1.29"}}, res={"statusCode": 404}, responseTime=0.9), ev=(k == 0))
            evA(b, t + 0.05, ns, "Pod", pod, "Unhealthy", "Warning", "Readiness probe failed: HTTP probe failed with statuscode: 404", host=node, count=k + 1, ev=(k == 0))
        b.add(14 + i, P, pino(30, pod, "request completed", req={"method": "GET", "url": "/api/health", "headers": {"user-agent": "curl/8.5.0"}}, res={"statusCode": 200}, responseTime=1.4))
    for t in (18, 27, 38, 44):
        b.add(t, ing, kl("W", 7, "controller.go:1216", f'Service "{ns}/{app}" does not have any active Endpoint.'))
        b.add(t, ing, ngx(b, b.ip("10.64"), "GET", b.rng.choice(["/", "/products/trail-runner-3", "/cart"]), 503, 190, "shop-storefront-3000", "-", 0.000, ref="https://shop.acme-retail.com/"))
    cart = L(ns, b.dpod("cart"), "cart", nodes[1])
    b.fill(0, 48, 3, cart, lambda b: zap("info", "server/handler.go:77", "cart updated", cart_id=b.uid()[:8], items=b.rng.randint(1, 6)))
    return record(16, "readiness-404-storefront", "shop.acme-retail.com returns 503 after this morning's release", sel("shop"), b,
                  "ERROR", "probe_failure", "storefront",
                  "The new storefront release no longer serves /ready (the health route moved to /api/health), so the readiness probe gets HTTP 404 and neither pod ever becomes Ready; the Service has no endpoints.",
                  "storefront was recreated with the new version; both pods run and answer /api/health with 200, but kube-probe requests to /ready return 404, the pods stay NotReady and ingress-nginx answers 503 ('does not have any active Endpoint').",
                  "Change the readinessProbe path to /api/health (or restore /ready) and redeploy; use a RollingUpdate strategy so a failing probe cannot take all pods out at once.")


# =====================================================================================
# scheduling
# =====================================================================================
@scenario
def s017():
    b = B(17, "2026-03-21T10:00:00Z")
    ns, app = "ml", "feature-builder"
    h = b.rs()
    running = [b.dpod(app, h), b.dpod(app, h)]
    pending = [b.dpod(app, h), b.dpod(app, h)]
    nodes = ["ip-10-70-1-31.eu-west-3.compute.internal", "ip-10-70-2-118.eu-west-3.compute.internal"]
    msg = ("0/7 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, "
           "2 node(s) had untolerated taint {nvidia.com/gpu: present}, 4 Insufficient memory. preemption: 0/7 nodes are available: "
           "3 Preemption is not helpful for scheduling, 4 No preemption victims found for incoming pod.")
    evA(b, 0, ns, "Deployment", app, "ScalingReplicaSet", "Normal", f"Scaled up replica set {app}-{h} to 4 from 2", comp="deployment-controller")
    ca = L("kube-system", b.dpod("cluster-autoscaler"), "cluster-autoscaler", nodes[0])
    for k, t in enumerate((2, 33, 95)):
        for p in pending:
            evA(b, t, ns, "Pod", p, "FailedScheduling", "Warning", msg, comp="default-scheduler", count=k + 1, ev=(k == 0))
        b.add(t + 3, ca, kl("I", 1, "klogx.go:87", f"Pod {ns}/{pending[0]} is unschedulable"))
        b.add(t + 3, ca, kl("I", 1, "klogx.go:87", f"Pod {ns}/{pending[1]} is unschedulable"))
        b.add(t + 3, ca, kl("I", 1, "orchestrator.go:565", f'Pod {pending[0]} can\'t be scheduled on eks-general-m6i-2xl-4cc6d1e2-8a1b-4f55-9f3e-1d2c3b4a5f60, predicate checking error: Insufficient memory; predicateName=NodeResourcesFit; reasons: Insufficient memory; debugInfo='))
        b.add(t + 4, ca, kl("I", 1, "orchestrator.go:150", "No expansion options"))
        for p in pending:
            evA(b, t + 4, ns, "Pod", p, "NotTriggerScaleUp", "Normal", "pod didn't trigger scale-up: 1 max node group size reached, 2 node(s) had untolerated taint {nvidia.com/gpu: present}", comp="cluster-autoscaler", count=k + 1, ev=(k == 0 and p == pending[0]))
    for i, (pod, node) in enumerate(zip(running, nodes)):
        P = L(ns, pod, app, node)
        for j in range(3):
            b.add(10 + j * 40 + i * 7, P, f"@PY@ INFO feature_builder.worker: partition {17 + j * 2 + i}/64 done rows={b.rng.randint(800000, 1200000)} peak_rss=21.7GiB elapsed={b.rng.uniform(30, 44):.1f}s")
    return record(17, "insufficient-memory-feature-builder", "Why are only 2 of 4 feature-builder pods running?", sel("ml"), b,
                  "ERROR", "scheduling", "feature-builder",
                  "The two new feature-builder pods request more memory than any schedulable node has free (4 nodes: Insufficient memory; GPU and control-plane nodes are tainted) and the cluster autoscaler cannot add nodes because the node group is at its max size.",
                  "feature-builder was scaled from 2 to 4 replicas; the new pods stay Pending with FailedScheduling 'Insufficient memory' and NotTriggerScaleUp 'max node group size reached'. The two running pods keep processing partitions.",
                  "Raise the max size of the general node group (or add a larger-memory node group), or lower the pods' memory request; otherwise scale feature-builder back to 2.")


@scenario
def s018():
    b = B(18, "2026-03-22T17:30:00Z")
    ns, app = "media", "media-transcoder"
    h = b.rs()
    nodes = ["k8s-node-11", "k8s-node-12", "k8s-node-13"]
    pods = [b.dpod(app, h) for _ in range(4)]
    evA(b, 0, ns, "HorizontalPodAutoscaler", app, "SuccessfulRescale", "Normal", "New size: 6; reason: cpu resource utilization (percentage of request) above target", comp="horizontal-pod-autoscaler")
    evA(b, 0, ns, "Deployment", app, "ScalingReplicaSet", "Normal", f"Scaled up replica set {app}-{h} to 6 from 4", comp="deployment-controller")
    for k, t in enumerate((1, 2, 13, 44, 105)):
        evA(b, t, ns, "ReplicaSet", f"{app}-{h}", "FailedCreate", "Warning",
            f'Error creating: pods "{app}-{h}-{b.sfx()}" is forbidden: exceeded quota: media-compute, requested: requests.cpu=2, used: requests.cpu=15, limited: requests.cpu=16',
            comp="replicaset-controller", count=k + 1, ev=(k < 3))
    for i, pod in enumerate(pods):
        P = L(ns, pod, "worker", nodes[i % 3])
        b.fill(0, 110, 3, P, lambda b: f"[@PY@: INFO/ForkPoolWorker-{b.rng.randint(1, 4)}] Task transcoder.tasks.transcode[{b.uid()}] succeeded in {b.rng.uniform(18, 55):.3f}s: {{'renditions': 4}}")
    b.add(60, L(ns, pods[0], "worker", nodes[0]), f"[@PY@: WARNING/MainProcess] queue 'transcode' backlog 412 messages (threshold 200)")
    b.add(110, L(ns, pods[2], "worker", nodes[2]), f"[@PY@: WARNING/MainProcess] queue 'transcode' backlog 468 messages (threshold 200)")
    rmq = L("messaging", "rabbitmq-0", "rabbitmq", nodes[1])
    b.add(30, rmq, f"@RMQ@ [info] <0.{b.rng.randint(20000, 40000)}.0> accepting AMQP connection <0.{b.rng.randint(20000, 40000)}.0> (10.244.3.57:{b.port()} -> 10.244.1.12:5672)")
    b.add(30, rmq, f"@RMQ@ [info] <0.{b.rng.randint(20000, 40000)}.0> connection <0.{b.rng.randint(20000, 40000)}.0> (10.244.3.57:{b.port()} -> 10.244.1.12:5672): user 'transcoder' authenticated and granted access to vhost 'media'")
    return record(18, "quota-blocks-transcoder-scaleup", "The transcode queue keeps growing even though the HPA scaled up — why?", sel("media"), b,
                  "ERROR", "scheduling", "media-transcoder",
                  "The HPA asked for 6 media-transcoder replicas, but the ResourceQuota media-compute caps requests.cpu at 16 and 15 are already used, so the ReplicaSet controller cannot create the extra pods (exceeded quota).",
                  "media-transcoder stays at 4 workers: every attempt to create the 2 new pods is rejected with 'forbidden: exceeded quota: media-compute' (a quota limit, not an RBAC problem). The workers keep succeeding but the transcode backlog grows.",
                  "Raise the media-compute quota (requests.cpu) or lower the transcoder's CPU request, or cap the HPA maxReplicas to what the quota allows.")


# =====================================================================================
# dns_resolution
# =====================================================================================
@scenario
def s019():
    b = B(19, "2026-03-23T12:14:00Z")
    nodes = ["ip-10-80-1-20.us-east-1.compute.internal", "ip-10-80-2-61.us-east-1.compute.internal", "ip-10-80-3-95.us-east-1.compute.internal"]
    h = b.rs()
    cdns = [L("kube-system", b.dpod("coredns", h), "coredns", n) for n in nodes[:2]]
    cips = ["10.244.0.14", "10.244.1.9"]
    pg = b.dpod("payment-gateway")
    PG = L("payments", pg, "payment-gateway", nodes[2])
    po = b.dpod("payouts-worker")
    PO = L("payments", po, "worker", nodes[1])
    for k, t in enumerate((4, 9, 17, 26, 38, 51, 63)):
        i = k % 2
        rr = b.rng.choice(["A", "AAAA"])
        b.add(t, cdns[i], f"[ERROR] plugin/errors: 2 api.stripe.com. {rr}: read udp {cips[i]}:{b.port()}->10.80.0.2:53: i/o timeout", ev=(k < 4))
        if k % 3 == 0:
            b.add(t + 1, cdns[i], f'[INFO] 10.244.3.{b.rng.randint(10, 200)}:{b.port()} - {b.rng.randint(1000, 65000)} "A IN api.stripe.com. udp 43 false 1232" SERVFAIL qr,rd 43 2.00{b.rng.randint(1000, 9999)}s')
    b.add(6, cdns[1], f"[ERROR] plugin/errors: 2 hooks.slack.com. A: read udp {cips[1]}:{b.port()}->10.80.0.2:53: i/o timeout", ev=True)
    for t in (3, 20, 44, 60):
        c = cdns[b.rng.randint(0, 1)]
        b.add(t, c, f'[INFO] 10.244.3.{b.rng.randint(10, 200)}:{b.port()} - {b.rng.randint(1000, 65000)} "A IN payments-db.payments.svc.cluster.local. udp 67 false 1232" NOERROR qr,aa,rd 126 0.000{b.rng.randint(100, 300)}s')
    for t in (7, 29, 55):
        b.add(t, PG, winston("error", "charge request failed: getaddrinfo EAI_AGAIN api.stripe.com", service="payment-gateway", code="EAI_AGAIN",
                             syscall="getaddrinfo", hostname="api.stripe.com", orderId=f"ord_{b.hexs(10)}",
                             stack="Error: getaddrinfo EAI_AGAIN api.stripe.com\n    at GetAddrInfoReqWrap.onlookup [as oncomplete] (node:dns:118:26)"))
    for t in (12, 41):
        b.add(t, PO, logrus("error", "payout batch failed", batch=f"po_{b.hexs(8)}", error='Post "https://api.stripe.com/v1/payouts": dial tcp: lookup api.stripe.com on 10.96.0.10:53: server misbehaving'))
    b.fill(0, 65, 4, PG, lambda b: winston("info", "payment intent status fetched from cache", service="payment-gateway", orderId=f"ord_{b.hexs(10)}", status="succeeded"))
    return record(19, "coredns-upstream-timeout", "Why are card payments failing?", sel("payments"), b,
                  "ERROR", "dns_resolution", "coredns",
                  "CoreDNS cannot reach its upstream resolver (10.80.0.2): forwarded queries for external names time out (i/o timeout) and return SERVFAIL, so payment-gateway and payouts-worker cannot resolve api.stripe.com.",
                  "Payments fail with getaddrinfo EAI_AGAIN / 'server misbehaving' for api.stripe.com. Both CoreDNS replicas log read udp ...->10.80.0.2:53 i/o timeouts for external names, while cluster-internal names still resolve (NOERROR).",
                  "Check connectivity from the CoreDNS pods to the VPC resolver (security groups/NACLs, NodeLocal DNSCache, conntrack/ENI packet-per-second limits) or point the forward plugin at a healthy resolver; add DNS retries in the gateway.")


@scenario
def s020():
    b = B(20, "2026-03-24T09:48:00Z")
    ns = "notify"
    nodes = ["worker-c1", "worker-c2"]
    w = b.dpod("notifier")
    W = L(ns, w, "worker", nodes[0])
    cd = L("kube-system", b.dpod("coredns"), "coredns", nodes[1])
    host = "hooks.chatops.acme.internal"
    err = (f"ConnectionError(MaxRetryError(\"HTTPSConnectionPool(host='{host}', port=443): Max retries exceeded with url: /v1/post "
           f"(Caused by NameResolutionError(\\\"<urllib3.connection.HTTPSConnection object at 0x7f3b2c1e5a90>: Failed to resolve '{host}' ([Errno -2] Name or service not known)\\\"))\"))")
    for k, t in enumerate((5, 31, 66, 97)):
        tid = b.uid()
        for j, sfx in enumerate(("notify.svc.cluster.local.", "svc.cluster.local.", "cluster.local.")):
            b.add(t + 0.01 + j * 0.002, cd, f'[INFO] 10.244.2.57:{b.port()} - {b.rng.randint(1000, 65000)} "A IN {host}.{sfx} udp {60 + len(sfx)} false 512" NXDOMAIN qr,aa,rd 160 0.000{b.rng.randint(100, 250)}s')
        b.add(t + 0.02, cd, f'[INFO] 10.244.2.57:{b.port()} - {b.rng.randint(1000, 65000)} "A IN {host}. udp 45 false 512" NXDOMAIN qr,rd,ra 120 0.00{b.rng.randint(1000, 4000)}s', ev=(k < 2))
        if k < 3:
            b.add(t + 0.2, W, f"[@PY@: WARNING/ForkPoolWorker-{b.rng.randint(1, 4)}] Task notifier.tasks.post_message[{tid}] retry: Retry in 30s: {err}", ev=(k == 0))
        else:
            b.add(t + 0.2, W, f"[@PY@: ERROR/ForkPoolWorker-{b.rng.randint(1, 4)}] Task notifier.tasks.post_message[{tid}] raised unexpected: {err}", ev=True)
    b.fill(0, 100, 6, W, lambda b: f"[@PY@: INFO/ForkPoolWorker-{b.rng.randint(1, 4)}] Task notifier.tasks.send_email[{b.uid()}] succeeded in {b.rng.uniform(0.2, 0.9):.3f}s: {{'status': 'sent'}}")
    b.add(1, W, "[@PY@: INFO/MainProcess] Connected to amqp://notifier:**@rabbitmq.messaging.svc.cluster.local:5672/notify")
    return record(20, "nxdomain-chatops-webhook", "Chat notifications stopped arriving — emails still work. What's wrong?", sel("notify"), b,
                  "ERROR", "dns_resolution", "notifier",
                  f"The notifier posts chat messages to {host}, a name that no longer exists in DNS (NXDOMAIN from the upstream zone, after the search-path expansions), so every post_message task fails with NameResolutionError.",
                  f"post_message tasks retry and finally fail with 'Failed to resolve {host} ([Errno -2] Name or service not known)'; CoreDNS answers NXDOMAIN for the name. send_email tasks keep succeeding.",
                  f"Restore the {host} DNS record or update the notifier's webhook URL/secret to the current chat-ops endpoint; then replay failed tasks.")


# =====================================================================================
# connection_refused
# =====================================================================================
@scenario
def s021():
    b = B(21, "2026-03-25T20:20:00Z")
    ns = "shop"
    nodes = ["gke-shop-prod-pool-c-0e4f8a91-1l5b", "gke-shop-prod-pool-c-0e4f8a91-9rxd"]
    h = b.rs()
    carts = [b.dpod("cart", h), b.dpod("cart", h)]
    C = [L(ns, c, "cart", n) for c, n in zip(carts, nodes)]
    sess = b.dpod("sessions")
    S = L(ns, sess, "sessions", nodes[1])
    ing = L("ingress-nginx", b.dpod("ingress-nginx-controller"), "controller", nodes[0])
    for k, t in enumerate((3, 14, 26, 41, 57)):
        c = C[k % 2]
        b.add(t, c, "[ioredis] Unhandled error event: Error: connect ECONNREFUSED 10.108.118.7:6379", ev=(k < 3))
        b.add(t, c, "    at TCPConnectWrapper.afterConnect [as oncomplete] (node:net:1607:16)")
        b.add(t + 2.0, c, pino(50, carts[k % 2], "GET /api/cart failed", err={"type": "MaxRetriesPerRequestError", "message": 'Reached the max retries per request limit (which is 20). Refer to "maxRetriesPerRequest" option for details.'}, req={"method": "GET", "url": "/api/cart"}))
        b.add(t + 2.05, ing, ngx(b, b.ip("10.64"), "GET", "/api/cart", 500, 52, "shop-cart-8080", f"10.60.{k % 2}.{31 + k % 2}:8080", round(b.rng.uniform(0.8, 1.6), 3), ref="https://shop.acme-retail.com/"))
    for t in (9, 33, 49):
        b.multi(t + 0.0, S, [
            "@PY@ ERROR sessions.store: session lookup failed",
            "Traceback (most recent call last):",
            '  File "/usr/local/lib/python3.11/site-packages/redis/connection.py", line 274, in connect',
            "    sock = self.retry.call_with_retry(",
            "redis.exceptions.ConnectionError: Error 111 connecting to redis-master.cache.svc.cluster.local:6379. Connection refused.",
        ], ev=[4])
        b.add(t + 0.1, S, f'10.60.0.5 - - [@CLF@] "GET /v1/session/{b.hexs(24)} HTTP/1.1" 503 41 "-" "ioredis-bff/1.0"')
    b.fill(0, 60, 6, ing, lambda b: ngx(b, b.ip("10.64"), "GET", b.rng.choice(["/", "/products/ultra-shell", "/api/search?q=tent"]), 200, b.rng.randint(900, 30000),
                                        "shop-storefront-3000", f"10.60.1.{b.rng.randint(40, 60)}:3000", round(b.rng.uniform(0.01, 0.08), 3), ref="https://shop.acme-retail.com/"))
    return record(21, "redis-unreachable-silent", "Why is the cart failing?", sel("shop"), b,
                  "ERROR", "connection_refused", "redis-master",
                  "redis-master in the cache namespace refuses connections on 6379 (its Service 10.108.118.7 has no listening backend), so cart (ioredis) and sessions (redis-py) cannot reach Redis; redis-master itself logs nothing.",
                  "cart requests fail with ECONNREFUSED 10.108.118.7:6379 / MaxRetriesPerRequestError and sessions with 'Error 111 connecting to redis-master.cache.svc.cluster.local:6379'; the ingress returns 500 for /api/cart while other pages work.",
                  "Check redis-master in the cache namespace (kubectl -n cache get pods,endpoints redis-master): pod status, restarts, Service selector/endpoints; restore it, then verify cart and sessions recover.")


@scenario
def s022():
    b = B(22, "2026-03-26T06:31:00Z")
    ns = "orders"
    nodes = ["aks-apps-20931877-vmss000003", "aks-apps-20931877-vmss000007"]
    osvc = b.dpod("order-service")
    O = L(ns, osvc, "order-service", nodes[0])
    an = b.dpod("order-analytics")
    A = L(ns, an, "consumer", nodes[1])
    host = "kafka-1.kafka-headless.streaming.svc.cluster.local"
    th = "ad | producer-1"
    b.add(8, O, spring("INFO", "order-service", th, "org.apache.kafka.clients.NetworkClient", "[Producer clientId=producer-1] Node 1 disconnected."))
    for k, t in enumerate((9, 19, 30, 41, 52)):
        b.add(t, O, spring("WARN", "order-service", th, "org.apache.kafka.clients.NetworkClient", f"[Producer clientId=producer-1] Connection to node 1 ({host}/10.244.4.23:9092) could not be established. Node may not be available."), ev=(k < 3))
    for k, t in enumerate((11, 27, 44)):
        b.add(t, A, f"%3|@EPS@|FAIL|rdkafka#consumer-1| [thrd:{host}:9092/1]: {host}:9092/1: Connect to ipv4#10.244.4.23:9092 failed: Connection refused (after 0ms in state CONNECT)", ev=(k == 0))
    b.add(16, O, spring("WARN", "order-service", th, "o.a.k.clients.producer.internals.Sender", "[Producer clientId=producer-1] Got error produce response with correlation id 881234 on topic-partition order-events-4, retrying (2147483646 attempts left). Error: NOT_LEADER_OR_FOLLOWER"))
    b.add(17, O, spring("WARN", "order-service", th, "o.a.k.clients.producer.internals.Sender", "[Producer clientId=producer-1] Received invalid metadata error in produce request on partition order-events-4 due to org.apache.kafka.common.errors.NotLeaderOrFollowerException: For requests intended only for the leader, this error indicates that the broker is not the current leader. For requests intended for any replica, this error indicates that the broker is not a replica of the topic partition.. Going to request metadata update now"))
    t = 2
    while t < 120:
        b.add(t, O, spring("INFO", "order-service", f"nio-8080-exec-{b.rng.randint(1, 9)}", "c.a.orders.events.OrderEventPublisher",
                            f"published {b.rng.randint(40, 260)} order events to order-events (lastOffset={8812000 + t * 37})"))
        t += b.rng.randint(9, 16)
    for t in (5, 62, 80, 101, 118):
        b.add(t, A, f"@PY@ INFO order_analytics.consumer: committed offsets for order-events partitions=[0..11] lag={b.rng.randint(0, 40)}")
    b.add(36, A, f"@PY@ INFO order_analytics.consumer: committed offsets for order-events partitions=[0..11] lag=1840")
    return record(22, "kafka-broker-blip", "order-service logged Kafka connection errors for about a minute — do we need to do anything?", sel("orders"), b,
                  "WARN", "connection_refused", "kafka",
                  "Kafka broker kafka-1 (StatefulSet kafka in the streaming namespace) refused connections for about 45 seconds; producers and consumers could not reach it and partition leadership moved, then clients reconnected.",
                  "order-service's producer and order-analytics' librdkafka consumer logged 'Connection refused' to kafka-1.kafka-headless.streaming.svc:9092 and NOT_LEADER_OR_FOLLOWER retries; publishing continued throughout and consumer lag went back to normal.",
                  "No immediate action; check kafka-1's restart reason and under-replicated partitions in the streaming namespace, and make sure producers keep idempotence/retries enabled.")


@scenario
def s023():
    b = B(23, "2026-03-27T14:55:00Z")
    nodes = ["ip-10-90-1-77.eu-north-1.compute.internal", "ip-10-90-2-12.eu-north-1.compute.internal", "ip-10-90-3-204.eu-north-1.compute.internal"]
    ck = b.dpod("checkout")
    CKA = L("shop", ck, "checkout", nodes[0])
    CKP = L("shop", ck, "istio-proxy", nodes[0])
    fe = b.dpod("frontend")
    FEP = L("shop", fe, "istio-proxy", nodes[1])
    inv = "inventory.warehouse.svc.cluster.local:8080"
    cl = "outbound|8080||inventory.warehouse.svc.cluster.local"
    inv_ips = ["10.90.3.41:8080", "10.90.2.88:8080"]
    for k, t in enumerate((6, 18, 33, 47, 62)):
        b.add(t + 0.05, CKP, envoy(b, "POST", "/v1/reservations", 503, "UF,URX", "upstream_reset_before_response_started{remote_connection_failure,delayed_connect_error:_111}",
                            inv, inv_ips[k % 2], cl, b.rng.randint(40, 90), sent=212, recv=145, tfr="delayed_connect_error:_111", src="10.90.1.15"), ev=(k < 3))
        b.add(t + 0.1, CKA, logrus("error", "reserve stock failed", order=f"o-{b.rng.randint(100000, 999999)}",
                                   error=f"unexpected status 503 from http://{inv}/v1/reservations: upstream connect error or disconnect/reset before headers. retried and the latest reset reason: remote connection failure, transport failure reason: delayed connect error: 111"))
        b.add(t + 0.2, FEP, envoy(b, "POST", "/api/checkout", 503, "-", "via_upstream", "checkout.shop.svc.cluster.local:8080", "10.90.1.15:8080",
                                  "outbound|8080||checkout.shop.svc.cluster.local", b.rng.randint(60, 120), sent=530, recv=98, ua=b.rng.choice(UAS[:3]), src="10.90.2.30"))
    for t in (3, 22, 40, 55):
        b.add(t, CKP, envoy(b, "GET", f"/v1/carts/{b.hexs(8)}", 200, "-", "via_upstream", "cart.shop.svc.cluster.local:8080", "10.90.2.19:8080",
                            "outbound|8080||cart.shop.svc.cluster.local", b.rng.randint(3, 15), src="10.90.1.15"))
        b.add(t + 1, FEP, envoy(b, "GET", "/api/products?page=1", 200, "-", "via_upstream", "catalog.shop.svc.cluster.local:8080", "10.90.3.7:8080",
                                "outbound|8080||catalog.shop.svc.cluster.local", b.rng.randint(5, 30), ua=b.rng.choice(UAS[:3]), src="10.90.2.30"))
    b.fill(0, 65, 3, CKA, lambda b: logrus("info", "cart priced", items=b.rng.randint(1, 5), total_cents=b.rng.randint(1500, 25000)))
    return record(23, "envoy-uf-inventory", "Checkout is failing for everyone — what's broken?", sel("shop"), b,
                  "ERROR", "connection_refused", "inventory",
                  "The inventory service (inventory.warehouse.svc:8080) refuses TCP connections on its pods (Envoy: UF, delayed connect error 111), so checkout cannot reserve stock; inventory's own containers log nothing.",
                  "checkout's sidecar gets 503 UF,URX from every inventory endpoint (remote connection failure, connect error 111) and checkout returns 503 to the frontend; calls to cart and catalog succeed.",
                  "Look at the inventory Deployment in the warehouse namespace: is the app listening on 8080 (port/containerPort change, crash during start, sidecar-only pods)? Fix or roll back inventory; checkout needs no change.")


# =====================================================================================
# timeout
# =====================================================================================
@scenario
def s024():
    b = B(24, "2026-03-28T11:00:00Z")
    ns = "quotes"
    nodes = ["k8s-node-21", "k8s-node-22", "k8s-node-23"]
    hq, hr = b.rs(), b.rs()
    qs = [b.dpod("quote-service", hq) for _ in range(2)]
    rs_ = [b.dpod("risk-engine", hr) for _ in range(2)]
    Q = [L(ns, p, "quote-service", n) for p, n in zip(qs, nodes[:2])]
    R = [L(ns, p, "risk-engine", n) for p, n in zip(rs_, nodes[1:])]
    ing = L("ingress-nginx", b.dpod("ingress-nginx-controller"), "controller", nodes[0])
    for i in range(2):
        b.add(1 + i, R[i], slog("model loaded", "info", model="gbm-v14", features=412, previous_model="gbm-v13", previous_features=96, path="s3://acme-ml-models/risk/gbm-v14/"), ev=(i == 0))
    for k, t in enumerate((8, 15, 24, 33, 45, 58, 70)):
        i = k % 2
        qid = f"Q-{b.rng.randint(880000, 889999)}"
        dur = b.rng.randint(5200, 9400)
        b.add(t + dur / 1000.0, R[i], slog("evaluate_risk finished", "warning", quote_id=qid, model="gbm-v14", duration_ms=dur, slow=True), ev=(k < 3))
        b.add(t + 2.001, Q[i], zap("error", "client/risk.go:77", "risk evaluation failed", quote_id=qid,
                                   error="rpc error: code = DeadlineExceeded desc = context deadline exceeded",
                                   target="dns:///risk-engine.quotes.svc.cluster.local:9090", elapsed=2.0004))
        b.add(t + 2.003, ing, ngx(b, b.ip("10.64"), "POST", "/v1/quotes", 504, 61, "quotes-quote-service-8080", f"10.244.{i}.{61 + i}:8080", 2.007, ua="okhttp/4.12.0"))
    for i in range(2):
        b.fill(0, 80, 3, Q[i], lambda b: zap("info", "http/server.go:112", "quote served from cache", quote_id=f"Q-{b.rng.randint(870000, 879999)}", status=200, latency_ms=b.rng.randint(3, 12)))
    return record(24, "grpc-deadline-risk-engine", "Why are new quote requests timing out with 504?", sel("quotes"), b,
                  "ERROR", "timeout", "risk-engine",
                  "risk-engine switched to model gbm-v14 (412 features instead of 96) and evaluate_risk now takes 5–9 s, far above quote-service's 2 s gRPC deadline; every uncached quote fails with DeadlineExceeded and the ingress returns 504.",
                  "quote-service logs DeadlineExceeded calling risk-engine.quotes.svc:9090 and returns 504 for POST /v1/quotes; risk-engine itself is up but logs slow evaluations right after loading gbm-v14. Cached quotes still succeed.",
                  "Roll risk-engine back to gbm-v13 (or scale it / optimise feature loading) until gbm-v14 is fast enough; don't just raise the client deadline without capacity planning.")


@scenario
def s025():
    b = B(25, "2026-03-28T22:40:00Z")
    ns = "assets"
    nodes = ["gke-assets-pool-1-6b0e3f2c-2jd8", "gke-assets-pool-1-6b0e3f2c-vw41"]
    th = b.dpod("thumbnailer")
    T = L(ns, th, "thumbnailer", nodes[0])
    api = b.dpod("assets-api")
    A = L(ns, api, "assets-api", nodes[1])
    t = 2
    retry_at = {3: 2, 5: 1, 6: 2}
    for k in range(11):
        aid = b.hexs(12)
        if k in retry_at:
            b.add(t, T, f"@PY@ WARNING urllib3.connectionpool: Retrying (Retry(total={retry_at[k]}, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ReadTimeoutError(\"HTTPSConnectionPool(host='storage.googleapis.com', port=443): Read timed out. (read timeout=60)\")': /upload/storage/v1/b/acme-assets-thumbs/o?uploadType=multipart", ev=True)
            t += b.rng.randint(3, 8)
        b.add(t, T, f"@PY@ INFO thumbnailer.worker: uploaded gs://acme-assets-thumbs/2026/03/28/{aid}_512.webp ({b.rng.uniform(20, 90):.1f} KiB) in {b.rng.uniform(0.3, 1.2) if k not in retry_at else b.rng.uniform(62, 68):.2f}s")
        t += b.rng.randint(12, 30)
    b.add(t, T, "@PY@ INFO thumbnailer.worker: batch done processed=11 failed=0 retried=3")
    b.fill(0, t, 7, A, lambda b: logrus("info", "request", method="GET", path=f"/v1/assets/{b.hexs(12)}", status=200, duration=f"{b.rng.uniform(2, 30):.2f}ms"))
    return record(25, "gcs-read-timeouts-retried", "thumbnailer logged GCS read timeouts last night — anything to do?", sel("assets"), b,
                  "WARN", "timeout", "thumbnailer",
                  "Uploads from thumbnailer to Google Cloud Storage (storage.googleapis.com) hit the 60 s read timeout a few times; urllib3 retried and every upload eventually succeeded.",
                  "Three GCS uploads timed out and were retried successfully (batch done, failed=0); the rest of the batch and assets-api were unaffected. This is a transient slowness on the GCS side or on egress.",
                  "No action required; if it recurs, check egress/NAT capacity and GCP status, and consider resumable uploads with a shorter per-chunk timeout.")


@scenario
def s026():
    b = B(26, "2026-03-30T15:20:00Z")
    nodes = ["ip-10-11-1-40.ca-central-1.compute.internal", "ip-10-11-2-16.ca-central-1.compute.internal", "ip-10-11-3-88.ca-central-1.compute.internal"]
    rp = b.dpod("route-planner")
    RP = L("logistics", rp, "worker", nodes[0])
    hg = b.rs()
    geos = [b.dpod("geocoder", hg), b.dpod("geocoder", hg)]
    G = [L("geo", g, "geocoder", n) for g, n in zip(geos, nodes[1:])]
    to = "ReadTimeout(ReadTimeoutError(\"HTTPConnectionPool(host='geocoder.geo.svc.cluster.local', port=8000): Read timed out. (read timeout=10)\"))"
    for k, t in enumerate((5, 19, 34, 52, 71, 90)):
        tid = b.uid()
        gi = k % 2
        dur = b.rng.randint(12500, 17800)
        b.add(t + dur / 1000.0, G[gi], slog("geocode done", "warning", query_hash=b.hexs(10), cache="miss", backend="photon", duration_ms=dur), ev=(k < 3))
        b.add(t + dur / 1000.0 + 0.001, G[gi], uvi(b, "10.11.1.140", "GET", f"/v1/geocode?q={b.rng.choice(['1200+Rue+Peel', '88+Queen+St+W', '500+Bd+Rene-Levesque'])}", 200, "OK"))
        if k < 4:
            b.add(t + 10.01, RP, f"[@PY@: WARNING/ForkPoolWorker-{b.rng.randint(1, 4)}] Task planner.tasks.plan_route[{tid}] retry: Retry in 30s: {to}")
        else:
            b.add(t + 10.01, RP, f"[@PY@: ERROR/ForkPoolWorker-{b.rng.randint(1, 4)}] Task planner.tasks.plan_route[{tid}] raised unexpected: {to}")
    for gi in range(2):
        b.fill(0, 100, 3, G[gi], lambda b: slog("geocode done", "info", query_hash=b.hexs(10), cache="hit", backend="photon", duration_ms=b.rng.randint(2, 9)))
    b.fill(0, 100, 4, RP, lambda b: f"[@PY@: INFO/ForkPoolWorker-{b.rng.randint(1, 4)}] Task planner.tasks.optimize_fleet[{b.uid()}] succeeded in {b.rng.uniform(0.4, 3.0):.3f}s: None")
    return record(26, "celery-readtimeout-geocoder", "Why are route-planning tasks failing?", sel("logistics"), b,
                  "ERROR", "timeout", "geocoder",
                  "geocoder (geo namespace) answers cache-miss lookups in 12–18 s, longer than route-planner's 10 s read timeout, so plan_route tasks time out, retry and finally fail.",
                  "route-planner's plan_route tasks fail with ReadTimeout against geocoder.geo.svc.cluster.local:8000; geocoder is up and eventually returns 200, but its photon backend lookups on cache misses take 12–18 s. Cache hits and other tasks are fast.",
                  "Investigate the geocoder's backend latency (photon index, CPU, cold cache) and scale or fix it; as a stopgap raise route-planner's timeout or pre-warm the geocoder cache.")


# =====================================================================================
# tls_certificate
# =====================================================================================
@scenario
def s027():
    b = B(27, "2026-03-29T06:15:00Z")
    nodes = ["worker-d1", "worker-d2"]
    cm = b.dpod("cert-manager")
    CM = L("cert-manager", cm, "cert-manager-controller", nodes[0])
    ing = L("ingress-nginx", b.dpod("ingress-nginx-controller"), "controller", nodes[1])
    ch = "storefront-tls-1-3411029657-2788416371"
    tok = "x1BqV9zR3mKc0TfL7pYw2sHnD4eGa8uJ"
    b.add(0.4, CM, kl("I", 1, "trigger_controller.go:215", '"Certificate must be re-issued" logger="cert-manager.certificates-trigger" key="shop/storefront-tls" reason="Renewing" message="Renewing certificate as renewal was scheduled at 2026-03-24 06:12:40 +0000 UTC"'), ev=True)
    evA(b, 0.7, "shop", "Certificate", "storefront-tls", "Issuing", "Normal", "Renewing certificate as renewal was scheduled at 2026-03-24 06:12:40 +0000 UTC", comp="cert-manager-certificates-trigger")
    evA(b, 1, "shop", "Order", "storefront-tls-1-3411029657", "Created", "Normal", f'Created Challenge resource "{ch}" for domain "shop.acme-retail.com"', comp="cert-manager-orders")
    evA(b, 2, "shop", "Challenge", ch, "Started", "Normal", "Challenge scheduled for processing", comp="cert-manager-challenges")
    evA(b, 3, "shop", "Challenge", ch, "Presented", "Normal", "Presented challenge using HTTP-01 challenge mechanism", comp="cert-manager-challenges")
    for k, t in enumerate((5, 16, 27, 48, 79, 120)):
        b.add(t + 0.0, ing, ngx(b, "10.244.1.23", "GET", f"/.well-known/acme-challenge/{tok}", 404, 9, "shop-storefront-3000", "10.244.2.41:3000", 0.004,
                          ua="cert-manager-challenges/v1.14.4 (linux/amd64) cert-manager/f9c8c9a4d2e0e44b6b63f1a24e0c4c8a7d6e7a0b"))
        b.add(t + 0.01, CM, kl("E", 1, "sync.go:190", f'"propagation check failed" err="wrong status code \'404\', expected \'200\'" logger="cert-manager.challenges" resource_name="{ch}" resource_namespace="shop" resource_kind="Challenge" resource_version="v1" dnsName="shop.acme-retail.com" type="HTTP-01"'), ev=(k < 3))
    b.fill(0, 125, 8, ing, lambda b: ngx(b, b.ip("10.64"), "GET", b.rng.choice(["/", "/products/ultra-shell", "/api/cart"]), 200, b.rng.randint(900, 30000),
                                         "shop-storefront-3000", "10.244.2.41:3000", round(b.rng.uniform(0.01, 0.08), 3), ref="https://shop.acme-retail.com/"))
    return record(27, "acme-http01-renewal-failing", "Is the shop's TLS certificate OK? We got a renewal warning email from Let's Encrypt.", sel("shop"), b,
                  "WARN", "tls_certificate", "cert-manager",
                  "cert-manager has been unable to renew storefront-tls since the renewal window opened on 2026-03-24: the HTTP-01 self-check for shop.acme-retail.com gets 404 because /.well-known/acme-challenge is routed to the storefront instead of the solver. The current certificate is still valid (~25 days left).",
                  "The renewal order keeps retrying: ingress-nginx sends the ACME challenge path to storefront (404) and cert-manager logs 'propagation check failed ... wrong status code 404'. Site traffic is fine for now; it will break when the certificate expires around 2026-04-23.",
                  "Make the solver Ingress reachable (matching ingressClassName/class annotation on the Issuer's http01 solver, no catch-all path overriding it), then delete the stuck Challenge/Order so cert-manager retries; monitor certificate expiry.")


@scenario
def s028():
    b = B(28, "2026-04-02T03:04:00Z")
    ns = "payments"
    nodes = ["bm-k8s-w01", "bm-k8s-w02", "bm-k8s-w03"]
    sw = b.dpod("settlement-worker")
    SW = L(ns, sw, "worker", nodes[0])
    rf = b.dpod("refunds")
    RF = L(ns, rf, "refunds", nodes[1])
    la = b.dpod("ledger-api")
    LA = L(ns, la, "ledger-api", nodes[2])
    url = "https://ledger-api.payments.svc.cluster.local:8443/v1/entries"
    for k, t in enumerate((6, 31, 58, 90, 121)):
        b.add(t + 0.4, SW, logrus("error", "post ledger entries failed", batch=f"stl-{b.rng.randint(40000, 49999)}",
                            error=f'Post "{url}": tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time @LR@ is after 2026-04-02T00:00:00Z'), ev=(k < 2))
        b.add(t + 0.402, LA, f"2026/04/02 @HMS@ http: TLS handshake error from 10.244.0.57:{b.port()}: remote error: tls: bad certificate")
    for k, t in enumerate((20, 77)):
        b.multi(t, RF, [
            spring("ERROR", "refunds", "fund-exec-2", "c.a.refunds.ledger.LedgerClient", f"ledger call failed for refund RF-{b.rng.randint(100000, 999999)}"),
            "javax.net.ssl.SSLHandshakeException: PKIX path validation failed: java.security.cert.CertPathValidatorException: validity check failed",
            "Caused by: java.security.cert.CertificateExpiredException: NotAfter: Thu Apr 02 00:00:00 UTC 2026",
        ], ev=[1, 2] if k == 0 else False)
        b.add(t + 0.003, LA, "2026/04/02 @HMS@ http: TLS handshake error from 10.244.1.88:" + str(b.port()) + ": remote error: tls: unknown certificate")
    b.fill(0, 125, 4, LA, lambda b: "2026/04/02 @HMS@ " + f"GET /healthz 200 {b.rng.randint(80, 400)}µs")
    return record(28, "expired-cert-ledger-api", "Settlements and refunds started failing overnight — why?", sel("payments"), b,
                  "ERROR", "tls_certificate", "ledger-api",
                  "The TLS certificate served by ledger-api on :8443 expired at 2026-04-02T00:00:00Z and was not renewed; every client rejects the handshake.",
                  "settlement-worker (Go: x509 certificate has expired) and refunds (Java: CertificateExpiredException NotAfter Apr 02 00:00 UTC) can no longer call ledger-api, which logs TLS handshake errors (bad/unknown certificate). ledger-api itself is otherwise healthy.",
                  "Issue and mount a new certificate for ledger-api (renew the Secret, restart/reload ledger-api), then put it under cert-manager with expiry alerts so it renews automatically.")


@scenario
def s029():
    b = B(29, "2026-04-03T13:25:00Z")
    nodes = ["aks-apps-55120893-vmss000001", "aks-apps-55120893-vmss000004", "aks-system-11834022-vmss000000"]
    ns = "claims"
    hold, hnew = b.rs(), b.rs()
    old = b.dpod("claims-service", hold)
    new = b.dpod("claims-service", hnew)
    NW = L(ns, new, "claims-service", nodes[1])
    OL = L(ns, old, "claims-service", nodes[0])
    V0 = L("vault", "vault-0", "vault", nodes[2])
    evA(b, 0, "vault", "Certificate", "vault-server-tls", "Issuing", "Normal", "The certificate has been successfully issued", comp="cert-manager-certificates-issuing")
    stack = ("org.springframework.vault.VaultException: Cannot login using Kubernetes: I/O error on POST request for \"https://vault.vault.svc:8200/v1/auth/kubernetes/login\": "
             "PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target\n"
             "\tat org.springframework.vault.authentication.KubernetesAuthentication.createTokenUsingKubernetes(KubernetesAuthentication.java:77)\n"
             "\tat org.springframework.vault.authentication.KubernetesAuthentication.login(KubernetesAuthentication.java:59)\n"
             "Caused by: javax.net.ssl.SSLHandshakeException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target\n"
             "\tat java.base/sun.security.ssl.Alert.createSSLException(Alert.java:130)\n")
    for k, t in enumerate((20, 78)):
        b.add(t, NW, lback("c.a.claims.ClaimsServiceApplication", "INFO", "Starting ClaimsServiceApplication v7.2.0 using Java 21.0.3 with PID 1 (/app/app.jar started by app in /app)"))
        b.add(t + 3, V0, f"@ISO@ [INFO]  http: TLS handshake error from 10.244.4.77:{b.port()}: remote error: tls: unknown certificate", ev=(k == 0))
        b.add(t + 3.05, NW, lback("org.springframework.boot.SpringApplication", "ERROR", "Application run failed", stack_trace=stack), ev=(k == 0))
        evA(b, t + 6, ns, "Pod", new, "BackOff", "Warning", f"Back-off restarting failed container claims-service in pod {new}_{ns}({b.objuid(new)})", host=nodes[1], count=k + 2, ev=False)
    ag = b.dpod("policy-engine")
    AG = L("policy", ag, "vault-agent", nodes[0])
    b.add(40, AG, "@ISO@ [INFO]  agent.auth.handler: renewed auth token")
    b.add(95, AG, "@ISO@ [INFO]  agent.auth.handler: renewed auth token")
    b.fill(0, 110, 6, OL, lambda b: lback("c.a.claims.web.ClaimController", "INFO", f"claim CLM-{b.rng.randint(200000, 299999)} updated status={b.rng.choice(['REVIEW', 'APPROVED', 'PAID'])}", thread=f"http-nio-8080-exec-{b.rng.randint(1, 9)}"))
    return record(29, "pkix-vault-new-ca-claims", "The new claims-service release won't start — what's wrong?", sel("claims"), b,
                  "ERROR", "tls_certificate", "claims-service",
                  "Vault's listener certificate was just re-issued by a new internal CA, and claims-service's Java truststore does not contain that CA: the Kubernetes login to https://vault.vault.svc:8200 fails with 'PKIX path building failed', so the new pods abort at startup.",
                  "New claims-service pods crash at startup with VaultException ... PKIX path building failed and go into back-off; Vault logs TLS handshake errors (unknown certificate) from them. The old pod (already authenticated) keeps serving and Go vault-agents elsewhere renew tokens fine.",
                  "Add the new internal CA to claims-service's truststore (mount the CA bundle and point javax.net.ssl.trustStore / spring.cloud.vault.ssl.trust-store at it) and redeploy; distribute CA bundles before rotating issuers.")


# =====================================================================================
# auth_failure
# =====================================================================================
@scenario
def s030():
    b = B(30, "2026-04-04T01:00:00Z")
    ns = "platform"
    nodes = ["k8s-w-03", "k8s-w-05"]
    bo = b.dpod("backup-operator")
    BO = L(ns, bo, "manager", nodes[0])
    argo = L("argocd", "argocd-application-controller-0", "argocd-application-controller", nodes[1])
    sa = "system:serviceaccount:platform:backup-operator"
    b.add(0, argo, logrus("info", "Applying resource ClusterRole/backup-operator in cluster: https://kubernetes.default.svc, namespace: ", application="argocd/platform-rbac"))
    b.add(1, argo, logrus("info", "Sync operation to 9c1e7d4a2b5f8e3c6a0d1f4b7e2c5a8d9f0b3e6c succeeded", application="argocd/platform-rbac", dest_namespace="", dest_server="https://kubernetes.default.svc", reason="OperationCompleted", type="Normal"))
    for k, t in enumerate((4, 16, 39, 83)):
        b.add(t + 0.0, BO, kl("W", 1, "reflector.go:561", f'k8s.io/client-go@v0.31.1/tools/cache/reflector.go:243: failed to list *v1.PersistentVolumeClaim: persistentvolumeclaims is forbidden: User "{sa}" cannot list resource "persistentvolumeclaims" in API group "" at the cluster scope'), ev=(k < 2))
        b.add(t + 0.001, BO, kl("E", 1, "reflector.go:158", f'"Unhandled Error" err="k8s.io/client-go@v0.31.1/tools/cache/reflector.go:243: Failed to watch *v1.PersistentVolumeClaim: failed to list *v1.PersistentVolumeClaim: persistentvolumeclaims is forbidden: User \\"{sa}\\" cannot list resource \\"persistentvolumeclaims\\" in API group \\"\\" at the cluster scope" logger="UnhandledError"'))
    for t in (30, 90):
        b.add(t, BO, json.dumps({"level": "error", "ts": "@ISO@", "msg": "Reconciler error", "controller": "backupschedule", "controllerGroup": "backup.acme.io",
                                  "controllerKind": "BackupSchedule", "BackupSchedule": {"name": "nightly-pvc", "namespace": ns}, "namespace": ns, "name": "nightly-pvc",
                                  "reconcileID": b.uid(), "error": f'listing PVCs: persistentvolumeclaims is forbidden: User "{sa}" cannot list resource "persistentvolumeclaims" in API group "" at the cluster scope'},
                                 separators=(",", ":")), ev=(t == 30))
    vel = L("velero", b.dpod("velero"), "velero", nodes[1])
    b.fill(0, 95, 5, vel, lambda b: logrus("info", "Executing RemapCRDVersionAction", backup="velero/hourly-20260404010012", cmd="/velero", logSource="pkg/backup/remap_crd_version_action.go:61", pluginName="velero"))
    b.fill(0, 95, 4, BO, lambda b: json.dumps({"level": "info", "ts": "@ISO@", "msg": "snapshot retention pass", "controller": "retention", "deleted": 0, "kept": b.rng.randint(30, 60)}, separators=(",", ":")))
    return record(30, "rbac-forbidden-backup-operator", "The nightly PVC backups didn't run — what happened?", sel("platform"), b,
                  "ERROR", "auth_failure", "backup-operator",
                  "After an Argo CD sync changed ClusterRole/backup-operator, the backup-operator service account is no longer allowed to list persistentvolumeclaims cluster-wide (RBAC forbidden), so its informer never syncs and the nightly-pvc BackupSchedule fails.",
                  "backup-operator's client-go reflector repeatedly fails with 'persistentvolumeclaims is forbidden: User system:serviceaccount:platform:backup-operator cannot list ... at the cluster scope' and the reconciler errors out; Velero's own backups are unaffected.",
                  "Restore list/watch on persistentvolumeclaims in the backup-operator ClusterRole (fix it in Git, resync), verify with kubectl auth can-i --as=system:serviceaccount:platform:backup-operator list pvc -A, then trigger the backup.")


@scenario
def s031():
    b = B(31, "2026-04-06T09:30:00Z")
    ns = "orders"
    nodes = ["ip-10-12-1-9.eu-west-2.compute.internal", "ip-10-12-2-230.eu-west-2.compute.internal", "ip-10-12-3-101.eu-west-2.compute.internal"]
    hold, hnew = b.rs(), b.rs()
    olds = [b.dpod("orders-api", hold), b.dpod("orders-api", hold)]
    new = b.dpod("orders-api", hnew)
    INIT = L(ns, new, "vault-agent-init", nodes[2])
    V0 = L("vault", "vault-0", "vault", nodes[0])
    argo = L("argocd", "argocd-application-controller-0", "argocd-application-controller", nodes[1])
    b.add(0, argo, logrus("info", "Applying resource ServiceAccount/orders-api in cluster: https://kubernetes.default.svc, namespace: orders", application="argocd/orders"))
    b.add(0, argo, logrus("info", "Applying resource Deployment/orders-api in cluster: https://kubernetes.default.svc, namespace: orders", application="argocd/orders"))
    evA(b, 2, ns, "Pod", new, "Started", "Normal", "Started container vault-agent-init", host=nodes[2])
    b.add(3, INIT, "==> Vault Agent started! Log data will stream in below:")
    b.add(3, INIT, "@ISO@ [INFO]  agent.auth.handler: starting auth handler")
    backoff = 1.0
    for k, t in enumerate((4, 6, 10, 17, 31, 58)):
        b.add(t + 0.0, INIT, "@ISO@ [INFO]  agent.auth.handler: authenticating")
        b.add(t + 0.02, V0, "@ISO@ [ERROR] auth.kubernetes.auth_kubernetes_5e8f3a21: login unauthorized: err=\"service account name not authorized\"", ev=(k < 2))
        b.add(t + 0.03, INIT, "@ISO@ [ERROR] agent.auth.handler: error authenticating: error=\"Error making API request.\\n\\nURL: PUT https://vault.vault.svc:8200/v1/auth/kubernetes/login\\nCode: 403. Errors:\\n\\n* permission denied\" backoff=" + f"{backoff * b.rng.uniform(0.8, 1.2):.2f}s", ev=(k == 0))
        backoff *= 2
    for pod, node in zip(olds, nodes[:2]):
        P = L(ns, pod, "orders-api", node)
        b.fill(0, 62, 4, P, lambda b: zap("info", "api/handlers.go:141", "order created", order_id=f"ord-{b.rng.randint(3000000, 3999999)}", status=201, latency_ms=b.rng.randint(20, 90)))
    return record(31, "vault-agent-403-orders-api", "The new orders-api pods are stuck in Init — why?", sel("orders"), b,
                  "ERROR", "auth_failure", "orders-api",
                  "The release moved orders-api to a new ServiceAccount (orders-api), which is not in the bound_service_account_names of the Vault Kubernetes auth role; Vault rejects the login (service account name not authorized → 403 permission denied), so vault-agent-init never gets a token.",
                  "The new orders-api pod's vault-agent-init retries the Kubernetes login with exponential back-off and gets 403 permission denied; vault-0 logs 'login unauthorized: service account name not authorized'. Old pods keep serving orders.",
                  "Add orders-api to the Vault role's bound_service_account_names (vault write auth/kubernetes/role/orders ...) or revert the serviceAccountName; the init container will succeed on its next retry.")


@scenario
def s032():
    b = B(32, "2026-04-07T18:05:00Z")
    ns = "accounts"
    nodes = ["k8s-node-31", "k8s-node-32", "k8s-node-33"]
    h = b.rs()
    apis = [b.dpod("accounts-api", h), b.dpod("accounts-api", h)]
    A = [L(ns, p, "accounts-api", n) for p, n in zip(apis, nodes[:2])]
    DB = L(ns, "accounts-db-0", "postgres", nodes[2])
    eso = L("external-secrets", b.dpod("external-secrets"), "external-secrets", nodes[0])
    ing = L("ingress-nginx", b.dpod("ingress-nginx-controller"), "controller", nodes[1])
    b.add(0, eso, json.dumps({"level": "info", "ts": "@EP@", "logger": "controllers.ExternalSecret", "msg": "reconciled secret",
                              "ExternalSecret": {"name": "accounts-db-credentials", "namespace": ns}}, separators=(",", ":")).replace('"@EP@"', "@EP@"))
    for k, t in enumerate((8, 19, 27, 44, 61, 80)):
        pid = b.rng.randint(30000, 39999)
        ip = ["10.244.1.52", "10.244.2.19"][k % 2]
        b.add(t + 0.0, DB, f"@PG@ [{pid}] FATAL:  password authentication failed for user \"accounts_app\"", ev=(k < 2))
        b.add(t + 0.001, DB, f'@PG@ [{pid}] DETAIL:  Connection matched file "/var/lib/postgresql/data/pg_hba.conf" line 128: "host all all all scram-sha-256"')
        b.add(t + 0.01, A[k % 2], f'@PY@ ERROR django.request: Internal Server Error: /api/v1/accounts/me')
        b.add(t + 0.011, A[k % 2], f'django.db.utils.OperationalError: connection to server at "accounts-db.accounts.svc.cluster.local" (10.96.87.140), port 5432 failed: FATAL:  password authentication failed for user "accounts_app"', ev=(k == 0))
        b.add(t + 0.02, ing, ngx(b, b.ip("10.64"), "GET", "/api/v1/accounts/me", 500, 145, "accounts-accounts-api-8000", f"{ip}:8000", 0.041, ua="okhttp/4.12.0"))
    b.fill(0, 85, 5, DB, lambda b: f"@PG@ [{b.rng.randint(30000, 39999)}] LOG:  connection authorized: user=reporting database=accounts SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)")
    return record(32, "pg-password-rotated-accounts", "accounts-api started returning 500s — the database looks fine?", sel("accounts"), b,
                  "ERROR", "auth_failure", "accounts-api",
                  "The accounts_app database password was rotated (External Secrets re-synced accounts-db-credentials) but the running accounts-api pods still use the old password from their environment, so new connections fail with 'password authentication failed'.",
                  "Postgres is up and accepts other users, but rejects accounts_app with FATAL password authentication failed; accounts-api requests that need a new connection fail with OperationalError and the ingress returns 500.",
                  "Restart accounts-api (kubectl rollout restart deploy/accounts-api) so it picks up the new secret, and add a reloader/secret-hash annotation so future rotations roll the pods automatically.")


# =====================================================================================
# config_error
# =====================================================================================
@scenario
def s033():
    b = B(33, "2026-04-08T07:45:00Z")
    ns, app = "checkout", "payment-service"
    nodes = ["gke-pay-prod-pool-a-2c9d7e10-5fkl", "gke-pay-prod-pool-a-2c9d7e10-m3tz"]
    h = b.rs()
    pods = [b.dpod(app, h), b.dpod(app, h)]
    argo = L("argocd", "argocd-application-controller-0", "argocd-application-controller", nodes[0])
    b.add(0, argo, logrus("info", "Applying resource ConfigMap/payment-service-env in cluster: https://kubernetes.default.svc, namespace: checkout", application="argocd/checkout"))
    b.add(0, argo, logrus("info", "Applying resource Deployment/payment-service in cluster: https://kubernetes.default.svc, namespace: checkout", application="argocd/checkout"))
    for i, (pod, node) in enumerate(zip(pods, nodes)):
        P = L(ns, pod, app, node)
        podu = b.objuid(pod)
        for cyc in range(2):
            t0 = 5 + i * 11 + cyc * 70
            b.add(t0, P, spring("INFO", app, "main", "c.a.payments.PaymentServiceApplication", "Starting PaymentServiceApplication v3.4.0 using Java 21.0.3 with PID 1 (/app/app.jar started by app in /app)"))
            b.add(t0 + 4.0, P, spring("WARN", app, "main", "ConfigServletWebServerApplicationContext", "Exception encountered during context initialization - cancelling refresh attempt: org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'stripeConfig': Injection of autowired dependencies failed"), ev=(cyc == 0 and i == 0))
            b.multi(t0 + 4.2, P, [
                spring("ERROR", app, "main", "o.s.boot.SpringApplication", "Application run failed"),
                "org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'stripeConfig': Injection of autowired dependencies failed",
                "\tat org.springframework.beans.factory.annotation.AutowiredAnnotationBeanPostProcessor.postProcessProperties(AutowiredAnnotationBeanPostProcessor.java:514) ~[spring-beans-6.1.6.jar!/:6.1.6]",
                "Caused by: java.lang.IllegalArgumentException: Could not resolve placeholder 'STRIPE_API_KEY' in value \"${STRIPE_API_KEY}\"",
                "\tat org.springframework.util.PropertyPlaceholderHelper.parseStringValue(PropertyPlaceholderHelper.java:180) ~[spring-core-6.1.6.jar!/:6.1.6]",
            ], ev=[3] if cyc == 0 else False)
            b.add(t0 + 6, J(node, "kubelet.service"), kl("E", 2290, "pod_workers.go:1301", f'"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"{app}\\" with CrashLoopBackOff: \\"back-off {["20s", "40s"][cyc]} restarting failed container={app} pod={pod}_{ns}({podu})\\"" pod="{ns}/{pod}" podUID="{podu}"'))
            evA(b, t0 + 6, ns, "Pod", pod, "BackOff", "Warning", f"Back-off restarting failed container {app} in pod {pod}_{ns}({podu})", host=node, count=2 + cyc)
    co = b.dpod("checkout-api")
    CO = L(ns, co, "checkout-api", nodes[1])
    for t in (30, 62, 101):
        b.add(t, CO, zap("error", "payments/client.go:58", "create payment failed", order_id=f"ord-{b.rng.randint(100000, 999999)}",
                         error='Post "http://payment-service.checkout.svc.cluster.local:8080/v1/payments": dial tcp 10.96.44.12:8080: connect: connection refused'))
    return record(33, "spring-missing-placeholder-payment", "payment-service is crash-looping after this morning's sync — why?", sel("checkout"), b,
                  "CRITICAL", "config_error", "payment-service",
                  "The ConfigMap payment-service-env synced this morning no longer provides STRIPE_API_KEY, so Spring cannot resolve the ${STRIPE_API_KEY} placeholder, the context fails to start and both pods crash-loop.",
                  "Both payment-service replicas exit at startup with 'Could not resolve placeholder STRIPE_API_KEY' (BeanCreationException for stripeConfig) and are in CrashLoopBackOff; checkout-api gets connection refused calling payment-service, so no payments can be created.",
                  "Restore STRIPE_API_KEY (from the Secret/ConfigMap that was refactored) or roll back the Argo CD sync; consider failing CI when required env keys disappear.")


@scenario
def s034():
    b = B(34, "2026-04-09T12:00:00Z")
    ns, app = "notifications", "mailer"
    nodes = ["k8s-node-41", "k8s-node-42", "k8s-node-43"]
    hold, hnew = b.rs(), b.rs()
    olds = [b.dpod(app, hold), b.dpod(app, hold)]
    new = b.dpod(app, hnew)
    ex = Exporter(b, nodes[0])
    nn = nodes[2]
    podu = b.objuid(new)
    ex.ev(0, ns, "Deployment", app, "ScalingReplicaSet", "Normal", f"Scaled up replica set {app}-{hnew} to 1", comp="deployment-controller")
    ex.ev(1, ns, "Pod", new, "Scheduled", "Normal", f"Successfully assigned {ns}/{new} to {nn}", comp="default-scheduler")
    for k, t in enumerate((3, 14, 27, 52, 88, 131)):
        ex.ev(t, ns, "Pod", new, "Pulled", "Normal", 'Container image "ghcr.io/acme/mailer:2.9.0" already present on machine', host=nn, count=k + 1, field="spec.containers{mailer}", first_ago=t - 3)
        ex.ev(t + 0.01, ns, "Pod", new, "Failed", "Warning", 'Error: secret "smtp-credentials" not found', host=nn, count=k + 1, field="spec.containers{mailer}", first_ago=t - 3, ev=(k < 2))
        if k in (1, 3):
            b.add(t + 0.02, J(nn, "kubelet.service"), kl("E", 1177, "pod_workers.go:1301", f'"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"{app}\\" with CreateContainerConfigError: \\"secret \\\\\\"smtp-credentials\\\\\\" not found\\"" pod="{ns}/{new}" podUID="{podu}"'), ev=(k == 1))
    for pod, node in zip(olds, nodes[:2]):
        P = L(ns, pod, app, node)
        b.fill(0, 135, 5, P, lambda b: logrus("info", "message sent", id=f"<{b.hexs(12)}@mail.acme.io>", template=b.rng.choice(["order-confirmation", "password-reset", "shipping-update"]), smtp_status=250, duration=f"{b.rng.randint(120, 600)}ms"))
    return record(34, "secret-not-found-mailer", None, sel("notifications"), b,
                  "ERROR", "config_error", "mailer",
                  "The new mailer ReplicaSet references Secret smtp-credentials, which does not exist in the notifications namespace, so the container cannot be created (CreateContainerConfigError) and the rollout is stuck.",
                  "The new mailer pod fails repeatedly with 'Error: secret \"smtp-credentials\" not found'; the two old replicas keep sending mail, but the new version never starts.",
                  "Create the smtp-credentials Secret (or fix the secretKeyRef name in the Deployment to the existing secret) and the kubelet will start the container on its next sync.")


@scenario
def s035():
    b = B(35, "2026-04-10T16:20:00Z")
    ns, app = "crm", "crm-web"
    nodes = ["ip-10-15-1-33.eu-west-1.compute.internal", "ip-10-15-2-70.eu-west-1.compute.internal"]
    h = b.rs()
    pods = [b.dpod(app, h), b.dpod(app, h)]
    full = [
        "[@GUNI@] [{w}] [ERROR] Exception in worker process",
        "Traceback (most recent call last):",
        '  File "/usr/local/lib/python3.11/site-packages/gunicorn/arbiter.py", line 609, in spawn_worker',
        "    worker.init_process()",
        '  File "/app/crm/settings.py", line 41, in <module>',
        '    "LOCATION": os.environ["REDIS_URL"],',
        '  File "<frozen os>", line 679, in __getitem__',
        "KeyError: 'REDIS_URL'",
        "[@GUNI@] [{w}] [INFO] Worker exiting (pid: {w})",
        "[@GUNI@] [1] [ERROR] Worker (pid:{w}) exited with code 3",
        "[@GUNI@] [1] [ERROR] Shutting down: Master",
        "[@GUNI@] [1] [ERROR] Reason: Worker failed to boot.",
    ]
    short = [full[0], full[7], full[9], full[11]]
    for i, cyc, t0 in ((0, 0, 3), (1, 0, 10), (0, 1, 58), (1, 1, 66)):
        pod, node = pods[i], nodes[i]
        P = L(ns, pod, "web", node)
        podu = b.objuid(pod)
        wpid = 7  # fresh container, same PID namespace layout every restart
        b.multi(t0, P, [
            "[@GUNI@] [1] [INFO] Starting gunicorn 22.0.0",
            "[@GUNI@] [1] [INFO] Listening at: http://0.0.0.0:8000 (1)",
            f"[@GUNI@] [{wpid}] [INFO] Booting worker with pid: {wpid}",
        ] if (i, cyc) == (0, 0) else [f"[@GUNI@] [{wpid}] [INFO] Booting worker with pid: {wpid}"])
        lines = full if (i, cyc) == (0, 0) else short
        b.multi(t0 + 1.4, P, [ln.format(w=wpid) for ln in lines],
                ev=[4, 5, 7, 11] if (i, cyc) == (0, 0) else ([1, 3] if cyc == 0 else False))
        evA(b, t0 + 3, ns, "Pod", pod, "BackOff", "Warning", f"Back-off restarting failed container web in pod {pod}_{ns}({podu})", host=node, count=3 + cyc)
    other = L(ns, b.dpod("crm-sync"), "sync", nodes[1])
    b.fill(0, 70, 4, other, lambda b: f"@PY@ INFO crm_sync.jobs: synced {b.rng.randint(10, 300)} contacts from hubspot in {b.rng.uniform(0.5, 4):.2f}s")
    return record(35, "gunicorn-missing-env-crm", "crm-web is down after the Helm upgrade — why?", sel("crm"), b,
                  "CRITICAL", "config_error", "crm-web",
                  "The Django settings read os.environ['REDIS_URL'], but the upgraded Helm release no longer sets REDIS_URL, so every gunicorn worker dies on import with KeyError and the master exits ('Worker failed to boot'); both pods crash-loop.",
                  "Both crm-web replicas start gunicorn, the worker fails while loading crm/settings.py with KeyError: 'REDIS_URL', gunicorn shuts down and kubelet backs off; the application is fully down. The exception is a missing environment variable, not an application bug.",
                  "Set REDIS_URL in the Helm values/Deployment env (or roll back the release); optionally make settings fail with a clear message for missing required env vars.")


# =====================================================================================
# resource_exhausted
# =====================================================================================
@scenario
def s036():
    b = B(36, "2026-04-11T04:02:00Z")
    ns = "ledger"
    nodes = ["worker-e1", "worker-e2", "worker-e3"]
    DB = L(ns, "ledger-db-0", "postgres", nodes[0])
    h = b.rs()
    apis = [b.dpod("ledger-api", h), b.dpod("ledger-api", h)]
    A = [L(ns, p, "ledger-api", n) for p, n in zip(apis, nodes[1:])]
    ing = L("ingress-nginx", b.dpod("ingress-nginx-controller"), "controller", nodes[1])
    b.add(0, DB, "@PG@ [68] LOG:  checkpoint starting: wal")
    b.add(6.0, DB, '@PG@ [2291] PANIC:  could not write to file "pg_wal/xlogtemp.2291": No space left on device', ev=True)
    b.multi(6.2, DB, [
        "@PG@ [1] LOG:  WAL writer process (PID 2291) was terminated by signal 6: Aborted",
        "@PG@ [1] LOG:  terminating any other active server processes",
        "@PG@ [1] LOG:  all server processes terminated; reinitializing",
        "@PG@ [2315] LOG:  database system was interrupted; last known up at 2026-04-11 04:01:12 UTC",
        "@PG@ [2315] LOG:  database system was not properly shut down; automatic recovery in progress",
        "@PG@ [2315] LOG:  redo starts at 5/1E0003A8",
    ])
    b.add(9.0, DB, '@PG@ [2315] FATAL:  could not write to file "pg_wal/xlogtemp.2315": No space left on device', ev=True)
    b.multi(9.1, DB, [
        "@PG@ [1] LOG:  startup process (PID 2315) exited with exit code 1",
        "@PG@ [1] LOG:  aborting startup due to startup process failure",
        "@PG@ [1] LOG:  database system is shut down",
    ])
    evA(b, 40, ns, "Pod", "ledger-db-0", "BackOff", "Warning", f"Back-off restarting failed container postgres in pod ledger-db-0_{ns}({b.objuid('ledger-db-0')})", host=nodes[0], count=2)
    b.add(52, DB, "@PG@ [1] LOG:  starting PostgreSQL 16.2 (Debian 16.2-1.pgdg120+2) on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit")
    b.add(52.3, DB, "@PG@ [29] LOG:  database system was interrupted while in recovery at 2026-04-11 04:02:09 UTC")
    b.add(53.0, DB, '@PG@ [29] FATAL:  could not write to file "pg_wal/xlogtemp.29": No space left on device', ev=True)
    b.add(53.1, DB, "@PG@ [1] LOG:  startup process (PID 29) exited with exit code 1")
    for i in range(2):
        b.multi(6.5 + i * 0.3, A[i], [
            spring("WARN", "ledger-api", f"nio-8080-exec-{3 + i}", "com.zaxxer.hikari.pool.PoolBase", f"HikariPool-1 - Failed to validate connection org.postgresql.jdbc.PgConnection@{b.hexs(8)} (This connection has been closed.). Possibly consider using a shorter maxLifetime value."),
        ])
    for k, t in enumerate((12, 19, 28, 37, 47, 58)):
        i = k % 2
        if k % 2 == 0:
            b.add(t + 0.0, A[i], spring("ERROR", "ledger-api", f"nio-8080-exec-{b.rng.randint(1, 9)}", "o.h.engine.jdbc.spi.SqlExceptionHelper",
                                        "Connection to ledger-db.ledger.svc.cluster.local:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections."))
            rt = round(b.rng.uniform(0.02, 0.2), 3)
        else:
            b.add(t + 0.0, A[i], spring("ERROR", "ledger-api", f"nio-8080-exec-{b.rng.randint(1, 9)}", "o.h.engine.jdbc.spi.SqlExceptionHelper",
                                        "HikariPool-1 - Connection is not available, request timed out after 30000ms (total=0, active=0, idle=0, waiting=14)"))
            rt = round(30.0 + b.rng.uniform(0.01, 0.09), 3)
        b.add(t + 0.05, ing, ngx(b, b.ip("10.64"), "POST", "/v1/ledger/entries", 503, 197, "ledger-ledger-api-8080", f"10.244.{1 + i}.{40 + i}:8080", rt, ua="Go-http-client/2.0"))
    return record(36, "pg-wal-disk-full-ledger", "Ledger writes return 503 — what's down?", sel("ledger"), b,
                  "CRITICAL", "resource_exhausted", "ledger-db",
                  "The data volume of ledger-db-0 is full: PostgreSQL PANICs writing WAL ('No space left on device'), crashes, and cannot finish crash recovery on restart for the same reason, so the database is down.",
                  "ledger-db-0 panicked on a WAL write with ENOSPC, restarted into recovery and aborted again; it is now in CrashLoopBackOff. ledger-api's connections are refused/time out and the ingress returns 503 for ledger writes.",
                  "Expand the ledger-db PVC (or free space: check for WAL retained by an inactive replication slot or failed archiving) so recovery can complete; then fix the cause of WAL growth and alert on volume usage.")


@scenario
def s037():
    b = B(37, "2026-04-12T10:10:00Z")
    cps = ["k8s-cp-1", "k8s-cp-2", "k8s-cp-3"]
    ET = [L("kube-system", f"etcd-{n}", "etcd", n) for n in cps]
    AP = L("kube-system", "kube-apiserver-k8s-cp-1", "kube-apiserver", cps[0])
    KCM = L("kube-system", "kube-controller-manager-k8s-cp-2", "kube-controller-manager", cps[1])
    argo = L("argocd", "argocd-application-controller-0", "argocd-application-controller", "k8s-w-07")
    b.add(0, ET[0], etcd("warn", "etcdserver/apply.go:1007", "alarm raised", alarm="NOSPACE", **{"from": "8e9e05c52164694d"}), ev=True)
    for k, t in enumerate((3, 11, 24, 39, 55)):
        e = ET[k % 3]
        b.add(t, e, etcd("warn", "etcdserver/util.go:170", "apply request took too long", took=f"{b.rng.randint(101, 240)}.{b.rng.randint(100, 999)}ms",
                         **{"expected-duration": "100ms", "prefix": "", "request": f"header:<ID:{b.rng.randint(10**18, 9 * 10**18)} > txn:<compare:<target:MOD key:\"/registry/leases/kube-node-lease/k8s-w-0{k + 1}\" mod_revision:{812344000 + k * 17} > success:<request_put:<key:\"/registry/leases/kube-node-lease/k8s-w-0{k + 1}\" value_size:{b.rng.randint(480, 560)} >> failure:<>>",
                            "response": "", "error": "etcdserver: mvcc: database space exceeded"}), ev=(k < 2))
    for t in (6, 18, 33, 50):
        b.add(t, AP, kl("E", 1, "status.go:71", '"Unhandled Error" err="apiserver received an error that is not an metav1.Status: rpctypes.EtcdError{code:0x8, desc:\\"etcdserver: mvcc: database space exceeded\\"}: etcdserver: mvcc: database space exceeded" logger="UnhandledError"'), ev=(t == 6))
    b.add(14, KCM, kl("E", 1, "leaderelection.go:429", "Failed to update lock optimistically: etcdserver: mvcc: database space exceeded, falling back to slow path"))
    b.add(15, KCM, kl("E", 1, "leaderelection.go:436", "error retrieving resource lock kube-system/kube-controller-manager: etcdserver: mvcc: database space exceeded"))
    b.add(27, KCM, kl("E", 1, "deployment_controller.go:503", '"Unhandled Error" err="error syncing \'shop/cart\': Operation cannot be fulfilled: etcdserver: mvcc: database space exceeded, requeuing" logger="UnhandledError"'))
    b.add(21, argo, logrus("error", "Failed to persist app status: etcdserver: mvcc: database space exceeded", application="argocd/shop"))
    b.add(48, argo, logrus("error", "Failed to persist app status: etcdserver: mvcc: database space exceeded", application="argocd/billing"))
    for e, n in zip(ET, cps):
        b.add(b.rng.randint(30, 58), e, etcd("info", "etcdserver/server.go:1390", "triggering snapshot", **{"local-member-id": b.hexs(16), "local-member-applied-index": 912882311, "local-member-snapshot-index": 912782310, "local-member-snapshot-count": 100000}))
    shop = L("shop", b.dpod("cart"), "cart", "k8s-w-04")
    b.fill(0, 60, 4, shop, lambda b: zap("info", "server/handler.go:77", "cart updated", cart_id=b.uid()[:8], items=b.rng.randint(1, 6)))
    return record(37, "etcd-nospace-alarm", "Deployments aren't rolling out and kubectl apply fails everywhere — what's going on?", None, b,
                  "CRITICAL", "resource_exhausted", "etcd",
                  "etcd hit its backend quota and raised the NOSPACE alarm; all writes are rejected with 'mvcc: database space exceeded', so the API server cannot persist any change (leases, deployments, Argo CD status).",
                  "The etcd cluster is read-only: apply requests fail with database space exceeded, kube-apiserver returns errors for writes, kube-controller-manager cannot renew its leader lock and controllers stop progressing. Running workloads keep serving but the control plane cannot change anything.",
                  "Compact and defragment etcd (etcdctl compact <rev>; etcdctl defrag on each member), then etcdctl alarm disarm; find what filled it (e.g. an event/CR flood) and consider raising --quota-backend-bytes.")


# =====================================================================================
# database
# =====================================================================================
@scenario
def s038():
    b = B(38, "2026-04-13T19:30:00Z")
    ns = "booking"
    nodes = ["aks-apps-44019283-vmss000000", "aks-apps-44019283-vmss000002", "aks-apps-44019283-vmss000006"]
    h = b.rs()
    apis = [b.dpod("booking-api", h) for _ in range(3)]
    A = [L(ns, p, "booking-api", n) for p, n in zip(apis, nodes)]
    rc = f"reminder-cron-29602770-{b.sfx()}"
    RC = L(ns, rc, "reminder", nodes[1])
    MY = L(ns, "mysql-0", "mysql", nodes[2])
    EX = L(ns, b.dpod("mysqld-exporter"), "mysqld-exporter", nodes[0])
    for k, t in enumerate((4, 12, 23, 31, 47, 66)):
        P = A[k % 3]
        thr = f"nio-8080-exec-{b.rng.randint(1, 20)}"
        b.multi(t, P, [
            spring("WARN", "booking-api", thr, "o.h.engine.jdbc.spi.SqlExceptionHelper", "SQL Error: 1040, SQLState: 08004"),
            spring("ERROR", "booking-api", thr, "o.h.engine.jdbc.spi.SqlExceptionHelper", 'Data source rejected establishment of connection,  message from server: "Too many connections"'),
        ], ev=[1] if k < 2 else False)
    b.add(40.0, RC, "@PY@ ERROR reminder.run: could not load tomorrow's bookings")
    b.add(40.01, RC, "sqlalchemy.exc.OperationalError: (pymysql.err.OperationalError) (1040, 'Too many connections')", ev=True)
    b.add(40.02, RC, "(Background on this error at: https://sqlalche.me/e/20/e3q8)")
    for t in (15, 45):
        b.add(t, EX, f'ts=@ISO@ caller=exporter.go:152 level=error msg="Error pinging mysqld" err="Error 1040: Too many connections"', ev=(t == 15))
    for t in (9, 29, 58):
        b.add(t, MY, f"@ISO6@ {b.rng.randint(80000, 99999)} [Note] [MY-010914] [Server] Aborted connection {b.rng.randint(80000, 99999)} to db: 'booking' user: 'booking' host: '10.244.{b.rng.randint(0, 3)}.{b.rng.randint(10, 90)}' (Got timeout reading communication packets).")
    for P in A:
        b.fill(0, 70, 3, P, lambda b: spring("INFO", "booking-api", f"nio-8080-exec-{b.rng.randint(1, 20)}", "c.a.booking.web.SlotController", f"GET /v1/slots?date=2026-04-14 -> 200 ({b.rng.randint(10, 80)} ms)"))
    return record(38, "mysql-too-many-connections", "Bookings intermittently fail with 500 — the app team blames the database.", sel("booking"), b,
                  "ERROR", "database", "mysql",
                  "mysql-0 has reached max_connections: the server rejects new connections with error 1040 'Too many connections', so booking-api, the reminder CronJob and even the exporter cannot connect.",
                  "Requests that need a new DB connection fail with SQL Error 1040 / SQLState 08004 on all booking-api replicas, the reminder job fails with the same error and mysqld-exporter cannot ping; requests on already-open connections succeed.",
                  "Check SHOW PROCESSLIST for idle/sleeping connections and who holds them, lower the Hikari pool sizes (replicas × maximumPoolSize must fit under max_connections) or raise max_connections, and set wait_timeout to reap idle sessions.")


@scenario
def s039():
    b = B(39, "2026-04-14T11:05:00Z")
    ns = "fulfillment"
    nodes = ["ip-10-16-1-50.us-west-1.compute.internal", "ip-10-16-2-91.us-west-1.compute.internal", "ip-10-16-3-14.us-west-1.compute.internal"]
    DB = L(ns, "fulfillment-db-1", "postgres", nodes[0])
    pk = b.dpod("picking-api")
    PK = L(ns, pk, "picking-api", nodes[1])
    sa = b.dpod("stock-allocator")
    SA = L(ns, sa, "worker", nodes[2])

    def cnpg(sev, msg, extra, app_name, ip):
        rec = {"log_time": "@PG@", "user_name": "app", "database_name": "fulfillment", "process_id": str(b.rng.randint(30000, 39999)),
               "connection_from": f"{ip}:{b.port()}", "session_id": f"{b.hexs(8)}.{b.hexs(4)}", "session_line_num": str(b.rng.randint(2, 40)),
               "command_tag": "UPDATE", "session_start_time": "@PG@", "virtual_transaction_id": f"{b.rng.randint(3, 9)}/{b.rng.randint(80000, 99999)}",
               "transaction_id": str(b.rng.randint(8812000, 8813000)), "error_severity": sev, "sql_state_code": "40P01", "message": msg}
        rec.update(extra)
        rec.update({"application_name": app_name, "backend_type": "client backend", "query_id": "0"})
        return json.dumps({"level": "info", "ts": "@ISO6@", "logger": "postgres", "msg": "record", "logging_pod": "fulfillment-db-1", "record": rec}, separators=(",", ":"))

    for k, t in enumerate((7, 22, 35, 51, 73)):
        p1, p2 = b.rng.randint(30000, 39999), b.rng.randint(30000, 39999)
        x1, x2 = b.rng.randint(8812000, 8813000), b.rng.randint(8812000, 8813000)
        victim_pk = k % 2 == 0
        b.add(t + 0.37, DB, cnpg("ERROR", "deadlock detected", {
            "detail": f"Process {p1} waits for ShareLock on transaction {x2}; blocked by process {p2}.\nProcess {p2} waits for ShareLock on transaction {x1}; blocked by process {p1}.",
            "hint": "See server log for query details.",
            "context": f"while updating tuple ({b.rng.randint(1000, 2000)},{b.rng.randint(1, 40)}) in relation \"stock_levels\"",
            "query": "UPDATE stock_levels SET reserved = reserved + $1 WHERE sku = $2 AND location_id = $3"},
            "picking-api" if victim_pk else "stock-allocator", "10.244.1.77" if victim_pk else "10.244.2.31"), ev=(k < 3))
        if victim_pk:
            b.add(t + 0.38, PK, zap("error", "picking/reserve.go:94", "reserve stock failed", order_id=f"ord-{b.rng.randint(5000000, 5999999)}", error="ERROR: deadlock detected (SQLSTATE 40P01)"))
        else:
            b.add(t + 0.38, SA, f"[@PY@: ERROR/ForkPoolWorker-{b.rng.randint(1, 4)}] Task allocator.tasks.rebalance_location[{b.uid()}] raised unexpected: DeadlockDetected('deadlock detected\\nDETAIL:  Process {p2} waits for ShareLock on transaction {x1}; blocked by process {p1}.\\nProcess {p1} waits for ShareLock on transaction {x2}; blocked by process {p2}.\\nHINT:  See server log for query details.\\nCONTEXT:  while updating tuple (1377,9) in relation \"stock_levels\"')")
    b.fill(0, 80, 5, PK, lambda b: zap("info", "picking/reserve.go:61", "stock reserved", order_id=f"ord-{b.rng.randint(5000000, 5999999)}", lines=b.rng.randint(1, 8), latency_ms=b.rng.randint(8, 60)))
    b.fill(0, 80, 3, SA, lambda b: f"[@PY@: INFO/ForkPoolWorker-{b.rng.randint(1, 4)}] Task allocator.tasks.rebalance_location[{b.uid()}] succeeded in {b.rng.uniform(1, 6):.3f}s: {{'moved': {b.rng.randint(0, 40)}}}")
    b.add(40, DB, json.dumps({"level": "info", "ts": "@ISO6@", "logger": "postgres", "msg": "record", "logging_pod": "fulfillment-db-1",
                              "record": {"log_time": "@PG@", "process_id": "812", "session_id": f"{b.hexs(8)}.{b.hexs(3)}", "session_line_num": "1644",
                                         "session_start_time": "2026-04-02 08:11:20 UTC", "transaction_id": "0", "error_severity": "LOG", "sql_state_code": "00000",
                                         "message": "checkpoint complete: wrote 1874 buffers (11.4%); 0 WAL file(s) added, 0 removed, 2 recycled; write=179.812 s, sync=0.021 s, total=179.866 s; sync files=58, longest=0.004 s, average=0.001 s; distance=30211 kB, estimate=31022 kB; lsn=2F/8A1C2E48, redo lsn=2F/88D01A10",
                                         "backend_type": "checkpointer", "query_id": "0"}}, separators=(",", ":")))
    return record(39, "pg-deadlocks-stock-levels", "Some picks and rebalances fail with 'deadlock detected' — what's happening?", sel("fulfillment"), b,
                  "ERROR", "database", "fulfillment-db",
                  "PostgreSQL (fulfillment-db) repeatedly detects deadlocks on stock_levels: picking-api and stock-allocator update the same rows in opposite order inside concurrent transactions, and the database aborts one of them each time (SQLSTATE 40P01).",
                  "fulfillment-db-1 logs 'deadlock detected' every ~15 s on UPDATE stock_levels; the aborted side is sometimes picking-api (reserve stock failed) and sometimes the stock-allocator rebalance task. Other reservations and rebalances succeed.",
                  "Make both writers lock stock_levels rows in a consistent order (e.g. ORDER BY sku, location_id with SELECT ... FOR UPDATE), keep the transactions short, and retry on 40P01; pause the rebalance task during peak picking if needed.")


# =====================================================================================
# rate_limited
# =====================================================================================
@scenario
def s040():
    b = B(40, "2026-04-15T03:12:00Z")
    ns = "monitoring"
    nodes = ["gke-ops-pool-1-a8c2e911-0q7d", "gke-ops-pool-1-a8c2e911-6v3m"]
    AM = [L(ns, f"alertmanager-main-{i}", "alertmanager", nodes[i]) for i in range(2)]
    PR = L(ns, "prometheus-k8s-0", "prometheus", nodes[0])
    groups = [("KubeDeploymentReplicasMismatch", "media"), ("KubePodNotReady", "media"), ("KubeHpaMaxedOut", "media"),
              ("KubeContainerWaiting", "data"), ("TargetDown", "shop"), ("KubeJobFailed", "data"), ("CPUThrottlingHigh", "search")]
    t = 2
    for k, (alert, ns_) in enumerate(groups):
        ag = f'{{}}/{{severity="warning"}}:{{alertname="{alert}", namespace="{ns_}"}}'
        b.add(t, AM[0], f'ts=@ISO@ caller=notify.go:848 level=warn component=dispatcher receiver=slack-platform integration=slack[0] aggrGroup="{ag.replace(chr(34), chr(92) + chr(34))}" msg="Notify attempt failed, will retry later" attempts=1 err="unexpected status code 429: rate_limited"', ev=(k < 3))
        if k in (1, 4):
            b.add(t + 1.2, AM[0], f'ts=@ISO@ caller=notify.go:848 level=warn component=dispatcher receiver=slack-platform integration=slack[0] aggrGroup="{ag.replace(chr(34), chr(92) + chr(34))}" msg="Notify attempt failed, will retry later" attempts=2 err="unexpected status code 429: rate_limited"')
        t += b.rng.randint(2, 6)
    b.add(60.0, AM[0], 'ts=@ISO@ caller=nflog.go:360 level=info component=nflog msg="Running maintenance"')
    b.add(60.05, AM[0], 'ts=@ISO@ caller=nflog.go:362 level=info component=nflog msg="Maintenance done" duration=61.202µs size=4871')
    b.add(61.0, AM[1], 'ts=@ISO@ caller=nflog.go:360 level=info component=nflog msg="Running maintenance"')
    b.add(61.06, AM[1], 'ts=@ISO@ caller=nflog.go:362 level=info component=nflog msg="Maintenance done" duration=58.911µs size=4871')
    b.add(1, PR, 'ts=@ISO@ caller=manager.go:1046 level=info component="rule manager" msg="Rule evaluation results unchanged" group=kubernetes-apps')
    b.fill(0, 120, 5, PR, lambda b: f'ts=@ISO@ caller=compact.go:{b.rng.choice([576, 700])} level=info component=tsdb msg="Deleting obsolete block" block=01JR{b.hexs(22).upper()}')
    return record(40, "alertmanager-slack-429-retried", "Alertmanager logged Slack 429 errors overnight — did we lose alerts?", sel("monitoring"), b,
                  "WARN", "rate_limited", "alertmanager-main",
                  "A burst of alert groups (after the media HPA/quota problem) made alertmanager-main exceed the Slack incoming-webhook rate limit; Slack answered 429 rate_limited and Alertmanager retried.",
                  "alertmanager-main-0 logged 'Notify attempt failed, will retry later ... 429: rate_limited' for several groups within a minute; there is no 'Notify for alerts failed', so the retries went through and no notifications were dropped.",
                  "No action needed; to avoid bursts, raise group_interval/group_wait or group by fewer labels for the Slack receiver, and keep critical alerts on a separate receiver.")


@scenario
def s041():
    b = B(41, "2026-04-16T17:40:00Z")
    ns = "events"
    nodes = ["ip-10-17-1-8.us-east-1.compute.internal", "ip-10-17-2-140.us-east-1.compute.internal", "ip-10-17-3-66.us-east-1.compute.internal"]
    h = b.rs()
    pods = [b.dpod("events-ingest", h) for _ in range(3)]
    P = [L(ns, p, "ingest", n) for p, n in zip(pods, nodes)]
    for i in range(3):
        b.add(1 + i, P[i], zap("info", "ingest/stats.go:40", "ingest rate", events_per_sec=b.rng.randint(3900, 4300), p95_baseline=1200, campaign="spring-sale"))
    for k, t in enumerate((6, 11, 15, 22, 29, 37, 48, 57)):
        i = k % 3
        rid = "".join(b.rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(52))
        if k % 2 == 0:
            b.add(t + 0.0, P[i], zap("warn", "store/dynamo.go:133", "unprocessed items returned, retrying", table="click-events", unprocessed=b.rng.randint(5, 25), attempt=b.rng.randint(1, 2)))
        b.add(t + 0.6, P[i], zap("error", "store/dynamo.go:141", "batch write failed, dropping batch", table="click-events", items=25,
                                 error=f"operation error DynamoDB: BatchWriteItem, exceeded maximum number of attempts, 3, https response error StatusCode: 400, RequestID: {rid}, ProvisionedThroughputExceededException: The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API."),
              ev=(k < 4))
    for i in range(3):
        b.add(35 + i, P[i], zap("warn", "consumer/lag.go:22", "consumer lag growing", topic="clickstream", group="events-ingest", lag=b.rng.randint(120000, 180000)))
        b.fill(0, 60, 3, P[i], lambda b: zap("info", "store/dynamo.go:118", "batch written", table="click-events", items=25, duration_ms=b.rng.randint(8, 40)))
    return record(41, "dynamodb-throughput-exceeded", "We're missing click events since the campaign started — why?", sel("events"), b,
                  "ERROR", "rate_limited", "events-ingest",
                  "events-ingest writes ~3× its usual rate during the spring-sale campaign and DynamoDB throttles the click-events table (ProvisionedThroughputExceededException); after 3 SDK attempts the batches are dropped.",
                  "All events-ingest replicas log throttled BatchWriteItem calls that exhaust retries and drop batches of 25 events, while Kafka consumer lag grows. Some batches still succeed, so data loss is partial.",
                  "Raise the click-events write capacity or switch it to on-demand, and stop dropping batches: back off and keep the Kafka offset uncommitted (or send failures to a DLQ) so events are replayed.")


# =====================================================================================
# node_failure
# =====================================================================================
@scenario
def s042():
    b = B(42, "2026-04-17T03:14:00Z")
    bad = "bm-worker-07"
    good = ["bm-worker-03", "bm-worker-05"]
    KB = K(bad)
    b.add(2, J(bad, "kubelet.service"), kl("I", 1544, "kubelet_getters.go:218", f'"Pod status is inconsistent with cached status for pod, a reconciliation should be triggered" pod="monitoring/node-exporter-{b.sfx()}"'))
    b.multi(10, KB, [
        "mce: [Hardware Error]: Machine check events logged",
        "EDAC skx MC1: HANDLING MCE MEMORY ERROR",
        "EDAC skx MC1: CPU 12: Machine Check Event: 0x0 Bank 13: 0xbe00000000800090",
        "EDAC MC1: 1 UE memory read error on CPU_SrcID#1_MC#0_Chan#2_DIMM#0 (channel:2 slot:0 page:0x5d2a1f offset:0x0 grain:32 -  err_code:0x0000:0x0090 SystemAddress:0x5d2a1f000 ProcessorSocketId:0x1 MemoryControllerId:0x0 ChannelAddress:0x1f2a1f000 ChannelId:0x2 RankAddress:0xf951f000 PhysicalRankId:0x0 DimmSlotId:0x0 ChipSelect:0x0 Row:0x7c8f Column:0x3c0 Bank:0x3 BankGroup:0x1 ChipId:0x0)",
        "Memory failure: 0x5d2a1f: unhandlable page.",
    ], ev=[0, 3, 4])
    b.add(12, KB, "mce: [Hardware Error]: CPU 12: Machine Check Exception: 5 Bank 13: be00000000800090", ev=True)
    KCM = L("kube-system", "kube-controller-manager-k8s-cp-1", "kube-controller-manager", "k8s-cp-1")
    b.add(55, KCM, kl("I", 1, "node_lifecycle_controller.go:1036", f'"Node is unresponsive. Adding it to the Taint queue" node="{bad}"'))
    b.add(55, KCM, kl("I", 1, "controller_utils.go:151", f'"Recording status change event message for node" status="NodeNotReady" node="{bad}"'))
    b.add(55, KCM, kl("I", 1, "controller_utils.go:108", f'"Update ready status of pods on node" node="{bad}"'))
    evA(b, 56, "default", "Node", bad, "NodeNotReady", "Normal", f"Node {bad} status is now: NodeNotReady", comp="node-controller", ev=True)
    evA(b, 56, "shop", "Pod", "mysql-0", "NodeNotReady", "Warning", "Node is not ready", comp="node-controller")
    oa = [b.dpod("orders-api") for _ in range(2)]
    O = [L("shop", p, "orders-api", n) for p, n in zip(oa, good)]
    ing = L("ingress-nginx", b.dpod("ingress-nginx-controller"), "controller", good[0])
    for k, t in enumerate((14, 22, 31, 44, 63, 78)):
        i = k % 2
        err = "dial tcp 10.244.7.31:3306: connect: no route to host" if k >= 2 else "invalid connection"
        if k < 2:
            b.add(t + 0.0, O[i], "[mysql] 2026/04/17 @HMS@ packets.go:37: read tcp 10.244.3.12:51844->10.244.7.31:3306: i/o timeout")
        b.add(t + 0.5, O[i], zap("error", "store/orders.go:212", "query failed", op="InsertOrder", error=err, db="mysql-0.mysql.shop.svc.cluster.local:3306"))
        b.add(t + 0.55, ing, ngx(b, b.ip("10.64"), "POST", "/api/orders", 500, 61, "shop-orders-api-8080", f"10.244.{3 + i}.{12 + i}:8080", round(b.rng.uniform(0.5, 3.1), 3), ref="https://shop.acme-retail.com/checkout"))
    for n in good:
        b.add(b.rng.randint(20, 70), J(n, "kubelet.service"), kl("I", 1402, "kubelet.go:2461", f'"SyncLoop (probe)" probe="readiness" status="ready" pod="monitoring/node-exporter-{b.sfx()}"'))
    return record(42, "node-mce-notready", "Why are orders failing since 03:14?", sel("shop"), b,
                  "CRITICAL", "node_failure", "bm-worker-07",
                  "Node bm-worker-07 suffered an uncorrectable memory error (machine check, EDAC UE on CPU_SrcID#1 DIMM 0 channel 2) and stopped responding; the node went NotReady, taking mysql-0 (which runs there) offline.",
                  "The kernel on bm-worker-07 logged MCE/EDAC uncorrectable memory errors and then went silent; ~45 s later the node controller marked it NotReady. orders-api on other nodes can no longer reach mysql-0 (i/o timeout, no route to host) and POST /api/orders fails with 500.",
                  "Cordon and drain bm-worker-07 and open a hardware ticket for the failing DIMM; get mysql-0 running elsewhere (force-delete the pod once the node is confirmed down, check its volume) or fail over to a replica.")


@scenario
def s043():
    b = B(43, "2026-04-18T08:55:00Z")
    node = "ip-10-13-2-58.sa-east-1.compute.internal"
    other = "ip-10-13-1-204.sa-east-1.compute.internal"
    SD = J(node, "systemd")
    CT = J(node, "containerd.service")
    KU = J(node, "kubelet.service")
    sb = b.hexs(64)
    for k, t in enumerate((2, 9, 16)):
        b.add(t + 0.0, SD, "Starting containerd container runtime...")
        b.add(t + 0.4, CT, ctrd("info", "starting containerd", revision="8b3b7ca2e5ce38e8f31a34f35b2b68ceb8470d89", version="v1.7.13"))
        b.add(t + 0.9, CT, ctrd("fatal", "Failed to run CRI service", error=f'failed to recover state: failed to get metadata for stored sandbox "{sb}": failed to get sandbox metadata extension "io.cri-containerd.sandbox.metadata": unexpected EOF'), ev=(k == 0))
        b.add(t + 1.0, SD, "containerd.service: Main process exited, code=exited, status=1/FAILURE", ev=(k == 0))
        b.add(t + 1.01, SD, "containerd.service: Failed with result 'exit-code'.")
        if k < 2:
            b.add(t + 6, SD, f"containerd.service: Scheduled restart job, restart counter is at {k + 4}.")
    b.add(22.0, SD, "containerd.service: Start request repeated too quickly.")
    b.add(22.01, SD, "containerd.service: Failed with result 'exit-code'.")
    b.add(22.02, SD, "Failed to start containerd container runtime.", ev=True)
    for t in (5, 20, 35, 50):
        b.add(t, KU, kl("E", 2101, "remote_runtime.go:633", '"Status from runtime service failed" err="rpc error: code = Unavailable desc = connection error: desc = \\"transport: Error while dialing: dial unix /run/containerd/containerd.sock: connect: connection refused\\""'), ev=(t == 5))
    b.add(36, KU, kl("I", 2101, "kubelet.go:2398", '"Skipping pod synchronization" err="[container runtime is down, PLEG is not healthy: pleg was last seen active 3m1.52s ago; threshold is 3m0s]"'))
    b.add(37, KU, kl("E", 2101, "kubelet.go:2900", '"Container runtime not ready" runtimeReady="RuntimeReady=false reason: message:"'))
    b.add(38, KU, kl("I", 2101, "setters.go:568", f'"Node became not ready" node="{node}" condition={{"type":"Ready","status":"False","lastHeartbeatTime":"{b.isos(38)}","lastTransitionTime":"{b.isos(38)}","reason":"KubeletNotReady","message":"container runtime is down, PLEG is not healthy: pleg was last seen active 3m1.52s ago; threshold is 3m0s"}}'), ev=True)
    evA(b, 39, "default", "Node", node, "NodeNotReady", "Normal", f"Node {node} status is now: NodeNotReady", comp="kubelet", host=node, ev=True)
    hpg = b.rs()
    for t in (44, 47):
        evA(b, t, "payments", "Pod", b.dpod("payment-gateway", hpg), "NodeNotReady", "Warning", "Node is not ready", comp="node-controller")
    ip = L("kube-system", b.dspod("aws-node"), "aws-node", other)
    b.fill(0, 55, 3, ip, lambda b: json.dumps({"level": "info", "ts": "@ISO@", "caller": "ipamd/ipamd.go:1403", "msg": "IP pool stats for network card 0: Total IPs/Prefixes = 29/0, AssignedIPs/CooldownIPs: " + f"{b.rng.randint(8, 20)}/0, c.maxIPsPerENI = 10"}, separators=(",", ":")))
    return record(43, "containerd-crashloop-node-notready", f"Why is node {node} NotReady?", sel(node=node), b,
                  "CRITICAL", "node_failure", node,
                  "containerd on the node cannot start: it exits while recovering CRI state from a corrupted sandbox metadata record (unexpected EOF), systemd gives up after repeated restarts, and without a container runtime the kubelet reports the node NotReady.",
                  "containerd fails with 'Failed to run CRI service ... failed to get sandbox metadata ... unexpected EOF' on every start until systemd stops retrying; kubelet cannot reach containerd.sock, PLEG goes unhealthy and the node becomes NotReady, so its pods are marked not ready.",
                  "Cordon and drain the node and replace it (simplest on EKS), or stop containerd and remove the corrupted sandbox from /var/lib/containerd (or wipe its state) before restarting; check for an unclean shutdown or full disk that caused the corruption.")


# =====================================================================================
# storage
# =====================================================================================
@scenario
def s044():
    b = B(44, "2026-04-19T05:30:00Z")
    ns = "content"
    nodes = ["ip-10-18-1-25.eu-central-1.compute.internal", "ip-10-18-2-177.eu-central-1.compute.internal", "ip-10-18-3-91.eu-central-1.compute.internal"]
    gone = "ip-10-18-3-240.eu-central-1.compute.internal"
    ex = Exporter(b, nodes[0])
    pvc = "pvc-3f1c2a9e-8b7d-4e21-9c55-0d4e6a7b8c91"
    M0 = L(ns, "mongodb-0", "mongodb", nodes[0])
    M1 = L(ns, "mongodb-1", "mongodb", nodes[1])
    ex.ev(0, "default", "Node", gone, "RemovingNode", "Normal", f"Node {gone} event: Removing Node {gone} from Controller", comp="node-controller")
    ex.ev(3, ns, "Pod", "mongodb-2", "Scheduled", "Normal", f"Successfully assigned {ns}/mongodb-2 to {nodes[2]}", comp="default-scheduler")
    for k, t in enumerate((4, 35, 96)):
        ex.ev(t, ns, "Pod", "mongodb-2", "FailedAttachVolume", "Warning",
              f'Multi-Attach error for volume "{pvc}" Volume is already exclusively attached to one node and can\'t be attached to another',
              comp="attachdetach-controller", count=k + 1, first_ago=t - 4, ev=(k < 2))
    ex.ev(125, ns, "Pod", "mongodb-2", "FailedMount", "Warning",
          "Unable to attach or mount volumes: unmounted volumes=[datadir], unattached volumes=[datadir kube-api-access-7xq2z]: timed out waiting for the condition",
          comp="kubelet", host=nodes[2], ev=True)
    tgt = "mongodb-2.mongodb-headless.content.svc.cluster.local:27017"
    for t in (10, 40, 70, 100):
        b.add(t, M0, mongo("I", "REPL_HB", 23974, "ReplCoord-12", "Heartbeat failed after max retries",
                           {"target": tgt, "maxHeartbeatRetries": 2, "error": {"code": 6, "codeName": "HostUnreachable", "errmsg": f"Error connecting to {tgt} :: caused by :: Could not find address for {tgt}: SocketException: Host not found (authoritative)"}}))
    b.add(11, M0, mongo("I", "REPL", 21216, "ReplCoord-12", "Member is in new state", {"hostAndPort": tgt, "newState": "(not reachable/healthy)"}))
    for M, n in ((M0, "mongodb-0"), (M1, "mongodb-1")):
        b.fill(0, 128, 4, M, lambda b: mongo("I", "NETWORK", 22943, f"listener", "Connection accepted",
                                              {"remote": f"10.244.{b.rng.randint(0, 5)}.{b.rng.randint(2, 250)}:{b.port()}", "uuid": {"uuid": {"$uuid": b.uid()}}, "connectionId": b.rng.randint(80000, 99999), "connectionCount": b.rng.randint(40, 90)}))
    return record(44, "ebs-multiattach-mongodb", "mongodb-2 has been ContainerCreating for 20 minutes — why?", sel("content"), b,
                  "ERROR", "storage", "mongodb",
                  "After its node (a spot instance) was removed, mongodb-2 was rescheduled but its EBS-backed PVC is still attached to the old instance; the attach/detach controller refuses to attach it elsewhere (Multi-Attach error) so the pod cannot mount its data volume.",
                  "mongodb-2 is stuck in ContainerCreating with FailedAttachVolume 'Multi-Attach error ... already exclusively attached to one node' and FailedMount timeouts; the replica set runs on two members and mongodb-0 reports mongodb-2 as not reachable.",
                  "Check the VolumeAttachment for the PVC and force-detach the EBS volume from the terminated instance (or delete the stale VolumeAttachment) so it can attach to the new node; enable graceful node shutdown/spot draining to avoid this.")


@scenario
def s045():
    b = B(45, "2026-04-20T13:05:00Z")
    ns = "monitoring"
    node = "gke-ops-pool-2-d41f9a03-kk8r"
    KN = K(node)
    P = L(ns, "prometheus-k8s-0", "prometheus", node)
    TS = L(ns, "prometheus-k8s-0", "thanos-sidecar", node)
    b.multi(4, KN, [
        "I/O error, dev sdb, sector 41943168 op 0x1:(WRITE) flags 0x800 phys_seg 8 prio class 2",
        "Buffer I/O error on dev sdb, logical block 5242896, lost async page write",
        "EXT4-fs error (device sdb): ext4_journal_check_start:83: comm prometheus: Detected aborted journal",
        "EXT4-fs (sdb): Remounting filesystem read-only",
    ], ev=[0, 2, 3])
    pools = ["serviceMonitor/shop/cart/0", "serviceMonitor/media/media-transcoder/0", "podMonitor/ingress-nginx/controller/0", "serviceMonitor/monitoring/node-exporter/0"]
    for k, t in enumerate((6, 9, 15, 22, 31, 44, 58)):
        b.add(t, P, f'ts=@ISO@ caller=scrape.go:1397 level=warn component="scrape manager" scrape_pool={pools[k % 4]} target=http://10.52.{b.rng.randint(0, 3)}.{b.rng.randint(2, 250)}:{b.rng.choice([8080, 9100, 10254])}/metrics msg="Append failed" err="write to WAL: log samples: write /prometheus/wal/00000418: read-only file system"', ev=(k < 2))
    b.add(40, P, 'ts=@ISO@ caller=db.go:1014 level=error component=tsdb msg="compaction failed" err="preallocate: open /prometheus/01JRB2K3Q8X7N2V5C4M6D9F1G2.tmp-for-creation/chunks/000001: read-only file system"', ev=True)
    b.add(48, TS, 'level=warn ts=@ISO@ caller=shipper.go:361 msg="reading meta file failed, will override it" err="open /prometheus/thanos.shipper.json: read-only file system"')
    b.add(55, P, 'ts=@ISO@ caller=manager.go:1046 level=warn component="rule manager" file=/etc/prometheus/rules/prometheus-k8s-rulefiles-0/monitoring-kubernetes-apps.yaml group=kubernetes-apps name=KubePodCrashLooping index=0 msg="Rule sample appending failed" err="write to WAL: log samples: write /prometheus/wal/00000418: read-only file system"')
    graf = L(ns, b.dpod("grafana"), "grafana", "gke-ops-pool-2-d41f9a03-p2hm")
    b.fill(0, 60, 5, graf, lambda b: f'logger=context userId={b.rng.randint(2, 40)} orgId=1 uname=sre-{b.rng.randint(1, 9)} t=@ISO@ level=info msg="Request Completed" method=GET path=/api/ds/query status=200 remote_addr=10.64.{b.rng.randint(0, 7)}.{b.rng.randint(2, 250)} time_ms={b.rng.randint(30, 400)} duration={b.rng.randint(30, 400)}.{b.rng.randint(100, 999)}ms size={b.rng.randint(1000, 90000)} referer= handler=/api/ds/query status_source=server')
    return record(45, "readonly-fs-prometheus", "Why do Grafana dashboards show gaps since 13:05?", sel("monitoring"), b,
                  "ERROR", "storage", "prometheus-k8s",
                  "The persistent disk backing prometheus-k8s-0 (sdb on its node) returned write I/O errors; ext4 aborted its journal and remounted the filesystem read-only, so Prometheus cannot append samples to its WAL or compact blocks.",
                  "After kernel I/O errors on sdb and 'Remounting filesystem read-only', every scrape of prometheus-k8s-0 fails with 'write to WAL ... read-only file system', rule evaluations fail to append and compaction fails; Grafana queries still work but show gaps for new data.",
                  "Fail over to the other Prometheus replica if present; then check the PD/volume health, fsck or replace the disk (recreate the PVC from snapshot if needed) and restart prometheus-k8s-0 so it remounts read-write.")


def main():
    recs = [fn() for fn in SCENARIOS]
    ids = [r["id"] for r in recs]
    assert len(ids) == len(set(ids)) == 45, (len(ids), len(set(ids)))
    with open(OUT, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} records to {OUT}")


if __name__ == "__main__":
    main()
