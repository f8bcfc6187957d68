#!/usr/bin/env python3
"""Generator for the dev43 golden evaluation set (40 hand-designed records).

Python standard library only.  random.Random(204343) is used only for pod
hashes, IP addresses, ids and timestamp jitter; every record (its lines, its
order, its expected answer) is written by hand below.  No wall-clock or
environment input is read.  Running this script writes dev43.jsonl next to
itself, byte-identical on every run.
"""
import json
import os
import random
import re
from datetime import datetime, timedelta, timezone

SEED = 204343
RNG = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dev43.jsonl")

RECORDS = []  # record-building functions, in the fixed output order


def record(fn):
    RECORDS.append(fn)
    return fn


# ---------------------------------------------------------------- random ids
_ALNUM = "bcdfghjklmnpqrstvwxz2456789"
_HEX = "0123456789abcdef"


def rs():
    """ReplicaSet pod-template-hash (10 chars)."""
    return "".join(RNG.choice(_ALNUM) for _ in range(10))


def sfx():
    return "".join(RNG.choice(_ALNUM) for _ in range(5))


def pod(dep):
    return f"{dep}-{rs()}-{sfx()}"


def hx(n):
    return "".join(RNG.choice(_HEX) for _ in range(n))


def uid():
    return f"{hx(8)}-{hx(4)}-{hx(4)}-{hx(4)}-{hx(12)}"


def ip(a=10, b=42):
    return f"{a}.{b}.{RNG.randint(0, 15)}.{RNG.randint(2, 250)}"


def pubip():
    """Documentation ranges only (RFC 5737)."""
    net = RNG.choice(["192.0.2", "198.51.100", "203.0.113"])
    return f"{net}.{RNG.randint(2, 254)}"


def num(a, b):
    return RNG.randint(a, b)


# ------------------------------------------------------- timestamp templates
# Lines may embed the line's own time in a product's native format by using
# a placeholder {T:<fmt>}; it is rendered from the same instant as "ts".
TI = "{T:iso}"       # 2026-03-01T12:00:01.123Z
TI6 = "{T:iso6}"     # 2026-03-01T12:00:01.123456Z
TI7 = "{T:iso7}"     # .NET 7-digit fraction
TI9 = "{T:iso9}"     # RFC3339Nano
TIS = "{T:isos}"     # 2026-03-01T12:00:01Z
TK = "{T:klog}"      # 0301 12:00:01.123456
TSY = "{T:syslog}"   # Mar  1 12:00:01
TPG = "{T:pg}"       # 2026-03-01 12:00:01.123 UTC
TJ = "{T:java}"      # 2026-03-01 12:00:01.123
TJC = "{T:javac}"    # 2026-03-01 12:00:01,123
TCLF = "{T:clf}"     # 01/Mar/2026:12:00:01 +0000
THAP = "{T:hap}"     # 01/Mar/2026:12:00:01.123
TEP = "{T:epoch}"    # 1772366401.123
TMS = "{T:ms}"       # 1772366401123
TGO = "{T:go}"       # 2026/03/01 12:00:01
TGOU = "{T:gous}"    # 2026/03/01 12:00:01.123456
TERL = "{T:erl}"     # 12:00:01.123
TCH = "{T:ch}"       # 2026.03.01 12:00:01.123456
TRB = "{T:rails}"    # 2026-03-01T12:00:01.123456
TRT = "{T:railst}"   # 2026-03-01 12:00:01 +0000
TLV = "{T:laravel}"  # 2026-03-01 12:00:01
TIOFF = "{T:isooff}"  # 2026-03-01T12:00:01.123-06:00 (Go slog text)
TRMQ = "{T:rmq}"     # 2026-03-01 12:00:01.123456+00:00 (RabbitMQ)
TIU = "{T:isoutc}"   # like iso, but always rendered in UTC (Sidekiq)

_PH = re.compile(r"\{T:([a-z0-9]+)\}")


def _fmt(name, t, tzs, abbr):
    us = t.microsecond
    ms = us // 1000
    z = "Z" if tzs == "Z" else tzs
    compact = "+0000" if tzs == "Z" else tzs.replace(":", "")
    if name == "iso":
        return t.strftime("%Y-%m-%dT%H:%M:%S") + f".{ms:03d}" + z
    if name == "iso6":
        return t.strftime("%Y-%m-%dT%H:%M:%S") + f".{us:06d}" + z
    if name == "iso7":
        return t.strftime("%Y-%m-%dT%H:%M:%S") + f".{us:06d}{us % 7}" + z
    if name == "iso9":
        return t.strftime("%Y-%m-%dT%H:%M:%S") + f".{us:06d}{(us * 37) % 1000:03d}" + z
    if name == "isos":
        return t.strftime("%Y-%m-%dT%H:%M:%S") + z
    if name == "isooff":
        return t.strftime("%Y-%m-%dT%H:%M:%S") + f".{ms:03d}" + (
            "+00:00" if tzs == "Z" else tzs)
    if name == "klog":
        return t.strftime("%m%d %H:%M:%S") + f".{us:06d}"
    if name == "syslog":
        return t.strftime("%b ") + f"{t.day:2d}" + t.strftime(" %H:%M:%S")
    if name == "pg":
        return t.strftime("%Y-%m-%d %H:%M:%S") + f".{ms:03d} " + abbr
    if name == "java":
        return t.strftime("%Y-%m-%d %H:%M:%S") + f".{ms:03d}"
    if name == "javac":
        return t.strftime("%Y-%m-%d %H:%M:%S") + f",{ms:03d}"
    if name == "clf":
        return t.strftime("%d/%b/%Y:%H:%M:%S ") + compact
    if name == "hap":
        return t.strftime("%d/%b/%Y:%H:%M:%S") + f".{ms:03d}"
    if name == "epoch":
        return f"{t.timestamp():.6f}"
    if name == "ms":
        return str(int(round(t.timestamp() * 1000)))
    if name == "go":
        return t.strftime("%Y/%m/%d %H:%M:%S")
    if name == "gous":
        return t.strftime("%Y/%m/%d %H:%M:%S") + f".{us:06d}"
    if name == "erl":
        return t.strftime("%H:%M:%S") + f".{ms:03d}"
    if name == "ch":
        return t.strftime("%Y.%m.%d %H:%M:%S") + f".{us:06d}"
    if name == "rails":
        return t.strftime("%Y-%m-%dT%H:%M:%S") + f".{us:06d}"
    if name == "railst":
        return t.strftime("%Y-%m-%d %H:%M:%S ") + compact
    if name == "isoutc":
        u = t.astimezone(timezone.utc)
        return u.strftime("%Y-%m-%dT%H:%M:%S") + f".{ms:03d}Z"
    if name == "rmq":
        return t.strftime("%Y-%m-%d %H:%M:%S") + f".{us:06d}" + ("+00:00" if tzs == "Z" else tzs)
    if name == "laravel":
        return t.strftime("%Y-%m-%d %H:%M:%S")
    raise ValueError(name)


def js(d):
    """Compact JSON log line; numeric time placeholders are unquoted."""
    s = json.dumps(d, separators=(",", ":"), ensure_ascii=False)
    for ph in (TMS, TEP):
        s = s.replace('"' + ph + '"', ph)
    return s


def klog(lvl, pid, src, msg):
    return f"{lvl}{TK} {pid:>7} {src}] {msg}"


def q(s):
    """Quote a value the way logfmt/klog structured values are quoted."""
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def kev(reason, typ, kind, name, msg, comp="kubelet", host=None, count=None):
    """A Kubernetes event as exported by Grafana Alloy's kubernetes_events
    source (logfmt)."""
    api = "apps/v1" if kind in ("Deployment", "ReplicaSet", "StatefulSet") else (
        "autoscaling/v2" if kind == "HorizontalPodAutoscaler" else (
            "cert-manager.io/v1" if kind in ("Certificate", "CertificateRequest") else "v1"))
    parts = [f"name={name}.{hx(16)}", f"kind={kind}", "action=",
             f"objectAPIversion={api}", f"objectRV={num(1000000, 99999999)}",
             f"reason={reason}", f"type={typ}"]
    if count:
        parts.append(f"count={count}")
    parts.append(f"sourcecomponent={comp}")
    if host:
        parts.append(f"sourcehost={host}")
    parts.append("msg=" + q(msg))
    return " ".join(parts)


# ------------------------------------------------------------------- window
class Win:
    """One log window.  Lines are added in time order with an offset in
    seconds from the window start; a little random jitter is added and the
    order is kept strictly increasing."""

    def __init__(self, start, tz="Z", abbr="UTC"):
        if tz == "Z":
            tzinfo = timezone.utc
        else:
            sign = -1 if tz[0] == "-" else 1
            hh, mm = int(tz[1:3]), int(tz[4:6])
            tzinfo = timezone(sign * timedelta(hours=hh, minutes=mm))
        self.tzs = tz
        self.abbr = abbr
        self.t0 = datetime.fromisoformat(start).replace(tzinfo=tzinfo)
        self.streams = {}
        self.rows = []
        self.last_off = -1.0
        self.last_t = None

    def stream(self, key, **labels):
        self.streams[key] = labels
        return key

    def add(self, off, key, text, ev=False):
        if off < self.last_off:
            raise ValueError(f"offset {off} goes back in time in {text[:60]!r}")
        if key not in self.streams:
            raise KeyError(key)
        self.last_off = off
        t = self.t0 + timedelta(seconds=off, microseconds=RNG.randint(0, 240000))
        if self.last_t is not None and t <= self.last_t:
            t = self.last_t + timedelta(microseconds=RNG.randint(150, 900))
        self.last_t = t
        line = _PH.sub(lambda m: _fmt(m.group(1), t, self.tzs, self.abbr), text)
        self.rows.append((t, key, line, ev))

    def export(self):
        logs, evidence = [], []
        for i, (t, key, line, ev) in enumerate(self.rows):
            ts = _fmt("iso", t, self.tzs, self.abbr)
            logs.append({"ts": ts, "labels": dict(self.streams[key]), "line": line})
            if ev:
                evidence.append(i)
        return logs, evidence


def make(rid, template, question, selector, w, severity, category, component,
         root_cause, summary, action):
    logs, evidence = w.export()
    if category == "none" and evidence:
        raise ValueError(f"{rid}: evidence on a none record")
    if category != "none" and not evidence:
        raise ValueError(f"{rid}: incident without evidence")
    sel = {"namespace": None, "pod": None, "container": None, "node": None, "app": None}
    sel.update(selector or {})
    return {
        "id": rid,
        "source": f"synthetic:{template}",
        "question": question,
        "selector": sel,
        "logs": logs,
        "expected": {
            "severity": severity,
            "root_cause_category": category,
            "component": component,
            "root_cause": root_cause,
            "summary": summary,
            "action": action,
            "evidence": evidence,
        },
    }


# ================================================================== records
# ---------------------------------------------------------------- batch 1

@record
def r01_results_api_rolling_restart():
    """Election: planned rolling restart of results-api (Go slog). Healthy."""
    w = Win("2026-11-04T00:41:10")
    ns = "results-web"
    old, new = rs(), rs()
    n1 = f"gke-results-prod-web-pool-{hx(8)}-{sfx()[:4]}"
    n2 = f"gke-results-prod-web-pool-{hx(8)}-{sfx()[:4]}"
    o1, o2 = f"results-api-{old}-{sfx()}", f"results-api-{old}-{sfx()}"
    p1, p2 = f"results-api-{new}-{sfx()}", f"results-api-{new}-{sfx()}"
    img = "europe-west1-docker.pkg.dev/newsroom-prod/results/results-api:2026.11.3"
    redis_ip = ip(10, 8)
    w.stream("ev", namespace=ns, job="integrations/kubernetes/eventhandler")
    w.stream("o1", namespace=ns, pod=o1, container="results-api", node=n1, app="results-api")
    w.stream("o2", namespace=ns, pod=o2, container="results-api", node=n2, app="results-api")
    w.stream("p1", namespace=ns, pod=p1, container="results-api", node=n2, app="results-api")
    w.stream("p2", namespace=ns, pod=p2, container="results-api", node=n1, app="results-api")

    def sl(level, msg, **kv):
        d = {"time": TI9, "level": level, "msg": msg}
        d.update(kv)
        return js(d)

    w.add(0, "ev", kev("ScalingReplicaSet", "Normal", "Deployment", "results-api",
                       f"Scaled up replica set results-api-{new} to 1 from 0", "deployment-controller"))
    w.add(0.4, "ev", kev("Scheduled", "Normal", "Pod", p1,
                         f"Successfully assigned {ns}/{p1} to {n2}", "default-scheduler"))
    w.add(1.6, "ev", kev("Pulled", "Normal", "Pod", p1,
                         f'Container image "{img}" already present on machine', "kubelet", n2))
    w.add(1.9, "ev", kev("Started", "Normal", "Pod", p1, "Started container results-api", "kubelet", n2))
    w.add(2.3, "p1", sl("INFO", "starting results-api", version="2026.11.3", commit="9c41e07", gomaxprocs=2))
    w.add(2.6, "p1", sl("INFO", "redis sentinel resolved master", master="results-cache", addr=f"{redis_ip}:6379"))
    w.add(2.9, "p1", sl("INFO", "http server listening", addr=":8080"))
    w.add(7.8, "p1", sl("INFO", "request", method="GET", path="/v1/races/president/summary", status=200, dur_ms=14.2))
    w.add(8.4, "ev", kev("ScalingReplicaSet", "Normal", "Deployment", "results-api",
                         f"Scaled down replica set results-api-{old} to 2 from 3", "deployment-controller"))
    w.add(8.6, "ev", kev("Killing", "Normal", "Pod", o1, "Stopping container results-api", "kubelet", n1))
    w.add(8.7, "o1", sl("INFO", "received signal, shutting down", signal="terminated"))
    w.add(8.9, "o1", sl("INFO", "draining in-flight requests", inflight=4, timeout="25s"))
    w.add(11.3, "o1", sl("INFO", "shutdown complete", served_total=184211, errors_5xx_total=0))
    w.add(12.0, "ev", kev("ScalingReplicaSet", "Normal", "Deployment", "results-api",
                          f"Scaled up replica set results-api-{new} to 2 from 1", "deployment-controller"))
    w.add(12.3, "ev", kev("Scheduled", "Normal", "Pod", p2,
                          f"Successfully assigned {ns}/{p2} to {n1}", "default-scheduler"))
    w.add(13.9, "ev", kev("Started", "Normal", "Pod", p2, "Started container results-api", "kubelet", n1))
    w.add(14.2, "p2", sl("INFO", "starting results-api", version="2026.11.3", commit="9c41e07", gomaxprocs=2))
    w.add(14.6, "p2", sl("INFO", "http server listening", addr=":8080"))
    w.add(20.1, "ev", kev("ScalingReplicaSet", "Normal", "Deployment", "results-api",
                          f"Scaled down replica set results-api-{old} to 1 from 2", "deployment-controller"))
    w.add(20.3, "ev", kev("Killing", "Normal", "Pod", o2, "Stopping container results-api", "kubelet", n2))
    w.add(20.4, "o2", sl("INFO", "received signal, shutting down", signal="terminated"))
    w.add(22.8, "o2", sl("INFO", "shutdown complete", served_total=179804, errors_5xx_total=0))
    w.add(24.5, "p2", sl("INFO", "request", method="GET", path="/v1/races/senate/PA", status=200, dur_ms=9.8))
    return make(
        "dev43-001-results-api-rolling-restart", "rolling_restart_planned",
        "Did anything go wrong with results-api while it was being redeployed?",
        {"namespace": ns, "app": "results-api"}, w, "INFO", "none", "results-api",
        "No incident: a planned rolling update of results-api to 2026.11.3; old pods drain and exit cleanly with zero 5xx.",
        "results-api was rolled pod by pod; new pods started and served 200s before old ones were stopped.",
        "Nothing to do.")


@record
def r02_tally_engine_oom_loop():
    """Election: tally-engine (Spring Boot) OOMKilled in a loop; callers loud."""
    w = Win("2026-11-04T02:39:48")
    ns = "tally"
    node = f"gke-results-prod-tally-pool-{hx(8)}-{sfx()[:4]}"
    p = pod("tally-engine")
    puid = uid()
    gf = pod("graphics-feed")
    ra = pod("results-api")
    svc_ip = ip(10, 12)
    cid1, cid2 = hx(64), hx(64)
    w.stream("ev", namespace=ns, job="integrations/kubernetes/eventhandler")
    w.stream("te", namespace=ns, pod=p, container="tally-engine", node=node, app="tally-engine")
    w.stream("gf", namespace="graphics", pod=gf, container="graphics-feed",
             node=f"gke-results-prod-web-pool-{hx(8)}-{sfx()[:4]}", app="graphics-feed")
    w.stream("ra", namespace="results-web", pod=ra, container="results-api",
             node=f"gke-results-prod-web-pool-{hx(8)}-{sfx()[:4]}", app="results-api")
    w.stream("kern", job="node-journal", node=node, transport="kernel")
    w.stream("kubelet", job="node-journal", node=node, unit="kubelet.service")
    url = "http://tally-engine.tally.svc.cluster.local:8080/api/v1/contests/president/totals"

    def sb(level, thread, logger, msg):
        return f"{TI} {level:>5} 1 --- [tally-engine] [{thread:>15}] {logger:<40} : {msg}"

    def pino(level, msg, **kv):
        d = {"level": level, "time": TMS, "pid": 1, "hostname": gf, "msg": msg}
        d.update(kv)
        return js(d)

    def oom(pid, cid, fail):
        cg = f"/kubepods/burstable/pod{puid}/{cid}"
        return [
            f"java invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=979",
            f"memory: usage 2097152kB, limit 2097152kB, failcnt {fail}",
            f"oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset={cid[:12]},mems_allowed=0,"
            f"oom_memcg={cg},task_memcg={cg},task=java,pid={pid},uid=1000",
            f"Memory cgroup out of memory: Killed process {pid} (java) total-vm:{num(5800000, 6200000)}kB, "
            f"anon-rss:{num(2070000, 2090000)}kB, file-rss:{num(20000, 26000)}kB, shmem-rss:0kB, UID:1000 "
            f"pgtables:{num(4400, 4900)}kB oom_score_adj:979",
        ]

    w.add(0, "te", sb("INFO", "main", "o.b.tally.TallyEngineApplication",
                      "Starting TallyEngineApplication v5.3.1 using Java 21.0.5 with PID 1 (/app/tally-engine.jar started by app in /app)"))
    w.add(0.7, "gf", pino(50, "tally fetch failed", url=url,
                          err={"type": "Error", "message": f"connect ECONNREFUSED {svc_ip}:8080", "code": "ECONNREFUSED"}))
    w.add(11.9, "te", sb("INFO", "main", "o.b.tally.TallyEngineApplication",
                         "Started TallyEngineApplication in 11.412 seconds (process running for 12.105)"))
    w.add(12.4, "te", sb("INFO", "snapshot-loader", "o.b.tally.snapshot.SnapshotLoader",
                         "Rebuilding contest totals from snapshot gs://newsroom-results/snapshots/20261104T0230Z: 148213 precincts, 4611 contests"))
    w.add(19.6, "te", sb("WARN", "snapshot-loader", "o.b.tally.ingest.BacklogApplier",
                         "Applying backlog of 61234 result updates on top of snapshot"))
    o1 = oom(num(20000, 30000), cid1, 4471)
    w.add(28.0, "kern", o1[0])
    w.add(28.0, "kern", o1[1], ev=True)
    w.add(28.0, "kern", o1[2])
    w.add(28.0, "kern", o1[3], ev=True)
    w.add(28.4, "gf", pino(50, "tally fetch failed", url=url,
                           err={"type": "Error", "message": "read ECONNRESET", "code": "ECONNRESET"}))
    w.add(28.9, "kubelet", klog("I", 2214, "kubelet.go:2461",
                                f'"SyncLoop (PLEG): event for pod" pod="{ns}/{p}" event={{"ID":"{puid}","Type":"ContainerDied","Data":"{cid1}"}}'))
    w.add(29.3, "ra", js({"time": TI9, "level": "ERROR", "msg": "tally upstream failed",
                           "err": f'Get "{url}": dial tcp {svc_ip}:8080: connect: connection refused',
                           "path": "/v1/races/president/summary"}))
    w.add(30.1, "ev", kev("BackOff", "Warning", "Pod", p,
                          f"Back-off restarting failed container tally-engine in pod {p}_{ns}({puid})",
                          "kubelet", node, count=7), ev=True)
    w.add(30.2, "kubelet", klog("E", 2214, "pod_workers.go:1298",
                                '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"tally-engine\\" with CrashLoopBackOff: '
                                f'\\"back-off 5m0s restarting failed container=tally-engine pod={p}_{ns}({puid})\\"" pod="{ns}/{p}" podUID="{puid}"'))
    w.add(44.0, "gf", pino(40, "serving cached totals", contest="president", staleSeconds=46))
    w.add(95.0, "ra", js({"time": TI9, "level": "ERROR", "msg": "tally upstream failed",
                           "err": f'Get "{url}": dial tcp {svc_ip}:8080: connect: connection refused',
                           "path": "/v1/races/senate/GA"}))
    w.add(180.0, "gf", pino(50, "tally fetch failed", url=url,
                            err={"type": "Error", "message": f"connect ECONNREFUSED {svc_ip}:8080", "code": "ECONNREFUSED"}))
    w.add(181.0, "gf", pino(40, "serving cached totals", contest="president", staleSeconds=183))
    w.add(331.0, "ev", kev("Started", "Normal", "Pod", p, "Started container tally-engine", "kubelet", node))
    w.add(331.6, "te", sb("INFO", "main", "o.b.tally.TallyEngineApplication",
                          "Starting TallyEngineApplication v5.3.1 using Java 21.0.5 with PID 1 (/app/tally-engine.jar started by app in /app)"))
    w.add(343.2, "te", sb("INFO", "main", "o.b.tally.TallyEngineApplication",
                          "Started TallyEngineApplication in 11.208 seconds (process running for 11.893)"))
    w.add(343.8, "te", sb("INFO", "snapshot-loader", "o.b.tally.snapshot.SnapshotLoader",
                          "Rebuilding contest totals from snapshot gs://newsroom-results/snapshots/20261104T0230Z: 148213 precincts, 4611 contests"))
    o2 = oom(num(30000, 40000), cid2, 4629)
    w.add(359.5, "kern", o2[1])
    w.add(359.5, "kern", o2[3], ev=True)
    w.add(360.4, "ev", kev("BackOff", "Warning", "Pod", p,
                           f"Back-off restarting failed container tally-engine in pod {p}_{ns}({puid})",
                           "kubelet", node, count=8), ev=True)
    w.add(361.0, "gf", pino(50, "tally fetch failed", url=url,
                            err={"type": "Error", "message": f"connect ECONNREFUSED {svc_ip}:8080", "code": "ECONNREFUSED"}))
    return make(
        "dev43-002-tally-engine-oom-loop", "oom_crashloop_callers_loud",
        "Why are the live graphics and the results API failing to get totals from tally?",
        {"namespace": ns, "app": "tally-engine"}, w, "CRITICAL", "oom_killed", "tally-engine",
        "The tally-engine JVM grows past its 2048Mi container limit while rebuilding totals from the snapshot plus a 61k-update backlog; the kernel memory cgroup OOM-kills it and the pod is in CrashLoopBackOff.",
        "tally-engine is OOMKilled about 30 s after every start; graphics-feed and results-api get connection refused/reset from the tally Service and serve stale totals.",
        "Raise the tally-engine memory limit (or lower MaxRAMPercentage/heap) and make the snapshot rebuild stream the backlog instead of holding it in memory; then confirm restarts stop.")


@record
def r03_trail_feed_rate_limited():
    """Parks: trail-condition poller hits provider 429 and backs off. WARN."""
    w = Win("2026-07-18T14:00:00")
    ns = "alerts"
    node = f"aks-parksapps-{num(10000000, 99999999)}-vmss00000{RNG.choice('abcdef')}"
    p = pod("trail-conditions")
    w.stream("tc", namespace=ns, pod=p, container="poller", node=node, app="trail-conditions")
    host = "conditions-api.example.org:443"

    def py(level, logger, msg):
        return f"{TJC} {level} {logger}: {msg}"

    def get(seg, status, size):
        return py("DEBUG", "urllib3.connectionpool",
                  f'https://{host} "GET /v2/segments/{seg}/conditions HTTP/1.1" {status} {size}')

    w.add(0, "tc", py("INFO", "trailfeed.poller", "cycle 14:00 start: 42 segments (GLAC 18, YELL 14, ZION 10), concurrency=8"))
    w.add(0.9, "tc", get("GLAC-101", 200, 1843))
    w.add(1.1, "tc", get("GLAC-102", 200, 1790))
    w.add(2.6, "tc", get("GLAC-113", 200, 2011))
    w.add(2.9, "tc", get("GLAC-114", 429, 112), ev=True)
    w.add(3.0, "tc", py("WARNING", "trailfeed.client",
                        "429 Too Many Requests for GLAC-114 (X-RateLimit-Limit=30/min, X-RateLimit-Remaining=0, Retry-After=30)"), ev=True)
    w.add(3.1, "tc", py("WARNING", "trailfeed.client",
                        "429 Too Many Requests for YELL-201 (X-RateLimit-Limit=30/min, X-RateLimit-Remaining=0, Retry-After=30)"))
    w.add(3.2, "tc", py("WARNING", "trailfeed.client",
                        "429 Too Many Requests for ZION-305 (X-RateLimit-Limit=30/min, X-RateLimit-Remaining=0, Retry-After=30)"))
    w.add(3.5, "tc", py("INFO", "trailfeed.poller", "rate limited: pausing 30s and lowering concurrency 8 -> 2 for the rest of the cycle"))
    w.add(34.0, "tc", get("GLAC-114", 200, 1977))
    w.add(34.4, "tc", get("YELL-201", 200, 2230))
    w.add(35.0, "tc", py("WARNING", "trailfeed.publish", "feed freshness: 12 segments published 31s late (threshold 300s)"))
    w.add(61.0, "tc", get("ZION-310", 200, 1688))
    w.add(62.2, "tc", py("INFO", "trailfeed.poller",
                         "cycle complete: 42/42 segments updated, 0 failed, 12 retried after 429; next cycle 14:15"))
    return make(
        "dev43-003-trail-feed-rate-limited", "api_429_backoff",
        "Why were the trail-condition updates late this afternoon?",
        {"namespace": ns, "app": "trail-conditions"}, w, "WARN", "rate_limited", "trail-conditions",
        "The trail-conditions poller fires 8 concurrent requests and exceeds the provider's 30 requests/minute limit, receiving HTTP 429 with Retry-After 30.",
        "Part of the 14:00 cycle was throttled; the poller paused 30 s, lowered concurrency and completed all 42 segments about 30 s late.",
        "Pace the poller below 30 requests/minute (token bucket or concurrency 2) or ask the provider for a higher quota.")


@record
def r04_payment_export_sftp_auth():
    """Dairy: bank SFTP rejects the rotated key; payment file not delivered."""
    w = Win("2026-03-13T13:05:00")
    host = "pay-batch-01"
    w.stream("sd", host=host, job="systemd-journal", unit="payment-export.service", syslog_identifier="systemd")
    w.stream("px", host=host, job="systemd-journal", unit="payment-export.service", syslog_identifier="payexport")
    fname = "PAIN001_COOP_20260313_MIDMAR.xml"
    fp = "".join(RNG.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(43))
    desc = "payment-export.service - Farmer payment export to bank (SFTP)"

    w.add(0, "sd", f"Starting {desc}...")
    w.add(0.5, "px", "INFO payexport.run: payexport 3.2.0 run MID-MARCH-2026 (value date 2026-03-16)")
    w.add(1.3, "px", "INFO payexport.collect: collected 1284 payment instructions, total EUR 2418337.62, 0 on hold")
    w.add(2.1, "px", f"INFO payexport.pain001: wrote /var/spool/payexport/outbox/{fname} (1284 tx, sha256 {hx(64)})")
    w.add(2.3, "px", f"INFO payexport.sftp: using key /etc/payexport/keys/bank_sftp_ed25519 (ED25519 SHA256:{fp}, mtime 2026-03-12 16:41 UTC)", ev=True)
    w.add(2.5, "px", "INFO payexport.sftp: connecting to sftp.bankconnect.example:22 as COOPDAIRY01")
    w.add(2.9, "px", "INFO paramiko.transport: Connected (version 2.0, client OpenSSH_9.2p1)")
    w.add(3.1, "px", "INFO paramiko.transport: Authentication (publickey) failed.", ev=True)
    w.add(3.2, "px", "ERROR payexport.sftp: upload attempt 1/3 failed: AuthenticationException: Authentication failed.", ev=True)
    w.add(33.3, "px", "INFO paramiko.transport: Connected (version 2.0, client OpenSSH_9.2p1)")
    w.add(33.5, "px", "INFO paramiko.transport: Authentication (publickey) failed.")
    w.add(33.6, "px", "ERROR payexport.sftp: upload attempt 2/3 failed: AuthenticationException: Authentication failed.")
    w.add(63.7, "px", "INFO paramiko.transport: Connected (version 2.0, client OpenSSH_9.2p1)")
    w.add(63.9, "px", "INFO paramiko.transport: Authentication (publickey) failed.")
    w.add(64.0, "px", "ERROR payexport.sftp: upload attempt 3/3 failed: AuthenticationException: Authentication failed.")
    w.add(64.1, "px", f"ERROR payexport.run: giving up: {fname} remains in outbox; bank cut-off for value date 2026-03-16 is 14:00 UTC")
    w.add(64.3, "sd", "payment-export.service: Main process exited, code=exited, status=1/FAILURE")
    w.add(64.3, "sd", "payment-export.service: Failed with result 'exit-code'.")
    w.add(64.4, "sd", f"Failed to start {desc}.")
    return make(
        "dev43-004-payment-export-sftp-auth", "sftp_publickey_rejected",
        "Why did the mid-March farmer payment file not reach the bank?",
        {"node": host}, w, "ERROR", "auth_failure", "payment-export",
        "The bank's SFTP server rejects public-key authentication for COOPDAIRY01: the export now uses an ED25519 key rotated on 2026-03-12 that has not been registered with the bank.",
        "payment-export built the PAIN.001 file (1284 payments) but all three SFTP uploads failed with 'Authentication failed'; the unit exited 1 and the file is still in the outbox before the 14:00 cut-off.",
        "Register the new public key with the bank (or restore the previous key) and re-run payment-export before the cut-off.")


@record
def r05_pgbackrest_full_backup():
    """Dairy: weekly pgBackRest full backup with a benign retention WARN."""
    w = Win("2026-03-15T02:00:00")
    host = "pg-pay-01"
    w.stream("sd", host=host, job="systemd-journal", unit="pgbackrest-full.service", syslog_identifier="systemd")
    w.stream("br", host=host, job="systemd-journal", unit="pgbackrest-full.service", syslog_identifier="pgbackrest")
    w.stream("pg", host=host, job="systemd-journal", unit="postgresql@15-main.service", syslog_identifier="postgres")
    pid = num(700, 900)
    desc = "pgbackrest-full.service - pgBackRest weekly full backup (payments)"
    w.add(0, "sd", f"Starting {desc}...")
    w.add(0.3, "br", f"P00   INFO: backup command begin 2.51: --exec-id={num(10000, 99999)}-{hx(8)} --log-level-console=info "
          "--pg1-path=/var/lib/postgresql/15/main --repo1-path=/var/lib/pgbackrest --stanza=payments --type=full")
    w.add(0.4, "br", "P00   WARN: option 'repo1-retention-full' is not set for 'repo1-retention-full-type=count', the repository may run out of space")
    w.add(0.4, "br", "      HINT: to retain full backups indefinitely (without warning), set option 'repo1-retention-full' to the maximum.")
    w.add(0.6, "br", "P00   INFO: execute non-exclusive backup start: backup begins after the next regular checkpoint completes")
    w.add(0.7, "pg", f"{TPG} [{pid}] LOG:  checkpoint starting: force wait")
    w.add(2.1, "pg", f"{TPG} [{pid}] LOG:  checkpoint complete: wrote 3412 buffers (2.6%); 0 WAL file(s) added, 0 removed, 2 recycled; "
          "write=1.204 s, sync=0.031 s, total=1.338 s; sync files=41, longest=0.004 s, average=0.001 s; distance=54123 kB, "
          "estimate=61211 kB; lsn=4A/21000060, redo lsn=4A/21000028")
    w.add(2.3, "br", "P00   INFO: backup start archive = 000000010000004A00000021, lsn = 4A/21000028")
    w.add(2.4, "br", "P00   INFO: check archive for prior segment 000000010000004A00000020")
    w.add(1861.0, "br", "P00   INFO: execute non-exclusive backup stop and wait for all WAL segments to archive")
    w.add(1862.5, "br", "P00   INFO: backup stop archive = 000000010000004A00000023, lsn = 4A/23000100")
    w.add(1862.7, "br", "P00   INFO: check archive for segment(s) 000000010000004A00000021:000000010000004A00000023")
    w.add(1863.4, "br", "P00   INFO: new backup label = 20260315-020000F")
    w.add(1863.9, "br", "P00   INFO: full backup size = 38.2GB, file total = 2315")
    w.add(1864.0, "br", "P00   INFO: backup command end: completed successfully (1863702ms)")
    w.add(1864.2, "br", f"P00   INFO: expire command begin 2.51: --exec-id={num(10000, 99999)}-{hx(8)} --log-level-console=info --repo1-path=/var/lib/pgbackrest --stanza=payments")
    w.add(1864.7, "br", "P00   INFO: expire command end: completed successfully (508ms)")
    w.add(1864.9, "sd", "pgbackrest-full.service: Deactivated successfully.")
    w.add(1864.9, "sd", f"Finished {desc}.")
    w.add(1865.0, "sd", "pgbackrest-full.service: Consumed 21min 3.412s CPU time.")
    return make(
        "dev43-005-pgbackrest-full-backup", "backup_benign_warning",
        "Is the weekly payments database backup healthy?",
        {"node": host}, w, "INFO", "none", "pgbackrest",
        "No incident: the weekly full pgBackRest backup of the payments stanza completed successfully; the WARN only notes that full-backup retention is not set.",
        "Full backup 20260315-020000F (38.2GB) completed in 31 minutes and WAL archiving was verified.",
        "Nothing urgent; optionally set repo1-retention-full so old full backups are expired.")


@record
def r06_campsite_booking_panic_loop():
    """Parks: Rust campsite-booking panics while replaying a hold; crash loop."""
    w = Win("2026-07-04T16:20:00")
    ns = "reservations"
    node = f"aks-bookpool-{num(10000000, 99999999)}-vmss00000{RNG.choice('0123456789')}"
    p = pod("campsite-booking")
    puid = uid()
    pip = ip(10, 244)
    svc = ip(10, 0)
    tr = pod("traefik")
    web = pod("reservations-web")
    w.stream("ev", namespace=ns, job="integrations/kubernetes/eventhandler")
    w.stream("cb", namespace=ns, pod=p, container="campsite-booking", node=node, app="campsite-booking")
    w.stream("kubelet", job="node-journal", node=node, unit="kubelet.service")
    w.stream("tr", namespace="traefik", pod=tr, container="traefik",
             node=f"aks-system-{num(10000000, 99999999)}-vmss000001", app="traefik")
    w.stream("web", namespace=ns, pod=web, container="reservations-web",
             node=f"aks-bookpool-{num(10000000, 99999999)}-vmss000002", app="reservations-web")

    def rt(level, target, msg):
        return f"{TI6} {level:>5} {target}: {msg}"

    def boot(t0, cid):
        w.add(t0, "ev", kev("Started", "Normal", "Pod", p, "Started container campsite-booking", "kubelet", node))
        w.add(t0 + 0.4, "cb", rt("INFO", "campsite_booking", "starting campsite-booking version=1.19.0"))
        w.add(t0 + 0.7, "cb", rt("INFO", "campsite_booking::db", "postgres pool ready max_size=16 host=reservations-pg.reservations.svc"))
        w.add(t0 + 0.9, "cb", rt("INFO", "campsite_booking::recovery", "replaying pending holds from outbox count=3"))
        w.add(t0 + 1.0, "cb", rt("INFO", "recovery{batch=1}:campsite_booking::booking::allocate",
                                  'allocating hold hold_id="H-88213" site_id="YOSE-UP-217" loop_id=None nights=3'), ev=True)
        w.add(t0 + 1.0, "cb", "thread 'tokio-runtime-worker' panicked at src/booking/allocate.rs:212:38:", ev=True)
        w.add(t0 + 1.0, "cb", "called `Option::unwrap()` on a `None` value", ev=True)
        w.add(t0 + 1.0, "cb", "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace")
        w.add(t0 + 1.6, "kubelet", klog("I", 3120, "kubelet.go:2461",
                                         f'"SyncLoop (PLEG): event for pod" pod="{ns}/{p}" event={{"ID":"{puid}","Type":"ContainerDied","Data":"{cid}"}}'))

    def traefik(path):
        return (f'{pubip()} - - [{TCLF}] "POST {path} HTTP/2.0" 502 11 "https://book.parks.example/" '
                f'"Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)" {num(40000, 90000)} '
                f'"reservations-campsite-booking@kubernetescrd" "http://{pip}:8080" 1ms')

    def webe():
        return js({"level": 50, "time": TMS, "pid": 1, "hostname": web, "msg": "hold request failed",
                   "upstream": "http://campsite-booking.reservations.svc.cluster.local:8080/v1/holds",
                   "err": {"type": "Error", "message": f"connect ECONNREFUSED {svc}:8080", "code": "ECONNREFUSED"}})

    boot(0, hx(64))
    w.add(2.2, "ev", kev("BackOff", "Warning", "Pod", p,
                         f"Back-off restarting failed container campsite-booking in pod {p}_{ns}({puid})",
                         "kubelet", node, count=11))
    w.add(2.3, "kubelet", klog("E", 3120, "pod_workers.go:1298",
                               '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"campsite-booking\\" with CrashLoopBackOff: '
                               f'\\"back-off 5m0s restarting failed container=campsite-booking pod={p}_{ns}({puid})\\"" pod="{ns}/{p}" podUID="{puid}"'),
          ev=True)
    w.add(4.0, "tr", traefik("/api/holds"))
    w.add(4.1, "web", webe())
    w.add(9.5, "tr", traefik("/api/holds"))
    w.add(9.6, "web", webe())
    w.add(30.0, "tr", f'time="{TIS}" level=debug msg="\'502 Bad Gateway\' caused by: dial tcp {pip}:8080: connect: connection refused"')
    w.add(61.0, "web", webe())
    w.add(140.0, "tr", traefik("/api/holds"))
    w.add(141.0, "web", webe())
    boot(302.0, hx(64))
    w.add(304.5, "web", webe())
    return make(
        "dev43-006-campsite-booking-panic-loop", "rust_panic_crashloop",
        "Why can't visitors place campsite holds on the reservation site?",
        {"namespace": ns, "app": "campsite-booking"}, w, "CRITICAL", "application_error", "campsite-booking",
        "campsite-booking panics (Option::unwrap() on None at src/booking/allocate.rs:212) when its startup recovery replays hold H-88213 for site YOSE-UP-217, which has no loop_id; the process aborts on every start.",
        "campsite-booking is in CrashLoopBackOff; Traefik returns 502 and reservations-web gets connection refused for every hold request.",
        "Fix the site record (assign a loop) or quarantine hold H-88213 from the outbox, and make allocate.rs handle a missing loop_id instead of unwrap(); then restart the deployment.")


@record
def r07_gate_scan_coredns_forward_timeout():
    """Parks: CoreDNS conditional forwarder for parks.internal times out."""
    w = Win("2026-07-19T14:31:00")
    ns = "gate-scan"
    node = f"aks-parksapps-{num(10000000, 99999999)}-vmss00000{RNG.choice('abcdef')}"
    cdn = f"aks-system-{num(10000000, 99999999)}-vmss000000"
    g = pod("gate-scan")
    c1, c2 = f"coredns-{rs()}-{sfx()}", f"coredns-{rs()}-{sfx()}"
    c1ip, c2ip = ip(10, 244), ip(10, 244)
    w.stream("gs", namespace=ns, pod=g, container="gate-scan", node=node, app="gate-scan")
    w.stream("c1", namespace="kube-system", pod=c1, container="coredns", node=cdn, app="coredns")
    w.stream("c2", namespace="kube-system", pod=c2, container="coredns", node=cdn, app="coredns")
    host = "pass-registry.parks.internal"

    def fail(gate, lane):
        return js({"level": 50, "time": TMS, "pid": 1, "hostname": g, "msg": "pass lookup failed",
                   "gate": gate, "lane": lane,
                   "err": {"type": "Error", "message": f"getaddrinfo EAI_AGAIN {host}", "code": "EAI_AGAIN",
                           "syscall": "getaddrinfo", "hostname": host}})

    def fallback(gate, age):
        return js({"level": 40, "time": TMS, "pid": 1, "hostname": g, "msg": "using offline allow-list for scan",
                   "gate": gate, "cacheAgeMin": age})

    def cd(src, qtype="A"):
        return f"[ERROR] plugin/errors: 2 {host}. {qtype}: read udp {src}:{num(33000, 60999)}->10.50.0.10:53: i/o timeout"

    w.add(0, "c1", "[WARNING] No files matching import glob pattern: custom/*.server")
    w.add(1.2, "c1", cd(c1ip), ev=True)
    w.add(1.3, "c2", cd(c2ip, "AAAA"), ev=True)
    w.add(3.4, "gs", fail("YELL-WEST", 1))
    w.add(3.5, "gs", fallback("YELL-WEST", 47))
    w.add(5.0, "c2", cd(c2ip), ev=True)
    w.add(7.9, "gs", fail("YELL-WEST", 2))
    w.add(8.0, "gs", fallback("YELL-WEST", 47))
    w.add(10.4, "gs", js({"level": 30, "time": TMS, "pid": 1, "hostname": g, "msg": "reservations sync ok",
                           "upstream": "http://passes-api.reservations.svc.cluster.local:8080", "passes": 1842}))
    w.add(12.1, "c1", cd(c1ip))
    w.add(14.6, "gs", fail("YELL-NORTH", 1))
    w.add(14.7, "gs", fallback("YELL-NORTH", 48))
    w.add(30.0, "c1", "[WARNING] No files matching import glob pattern: custom/*.server")
    w.add(41.3, "c2", cd(c2ip))
    w.add(44.0, "gs", fail("YELL-WEST", 3))
    w.add(44.1, "gs", fallback("YELL-WEST", 48))
    w.add(60.2, "gs", js({"level": 40, "time": TMS, "pid": 1, "hostname": g,
                           "msg": "scan queue degraded", "offlineScans": 37, "onlineScans": 0, "windowSec": 60}))
    w.add(71.8, "c1", cd(c1ip))
    return make(
        "dev43-007-gate-scan-coredns-forward-timeout", "coredns_forwarder_timeout",
        "Why are the Yellowstone gate scanners falling back to the offline allow-list?",
        {"namespace": ns, "app": "gate-scan"}, w, "ERROR", "dns_resolution", "coredns",
        "CoreDNS's conditional forwarder for parks.internal (10.50.0.10) stops answering: every query for pass-registry.parks.internal times out, so lookups return SERVFAIL.",
        "gate-scan cannot resolve pass-registry.parks.internal (getaddrinfo EAI_AGAIN) and validates passes against a 48-minute-old offline allow-list; cluster-internal names still resolve.",
        "Restore reachability of the on-premises DNS server 10.50.0.10 from the CoreDNS pods (VPN/firewall) or add a second forwarder for parks.internal in coredns-custom.")


@record
def r08_historian_multi_attach():
    """Dairy: plant-historian StatefulSet pod waits on a Multi-Attach volume."""
    w = Win("2026-03-10T05:12:00")
    ns = "plant"
    old_node, new_node = "plant-a-w02", "plant-a-w03"
    pv = f"pvc-{uid()}"
    coll = pod("opcua-collector")
    hp = "plant-historian-0"
    w.stream("ev", namespace=ns, job="integrations/kubernetes/eventhandler")
    w.stream("evn", namespace="default", job="integrations/kubernetes/eventhandler")
    w.stream("col", namespace=ns, pod=coll, container="collector", node="plant-a-w01", app="opcua-collector")
    w.stream("hist", namespace=ns, pod=hp, container="influxdb", node=new_node, app="plant-historian")
    url = "/api/v2/write?org=coop&bucket=line-sensors&precision=ms"

    def py(level, logger, msg):
        return f"{TJC} {level} {logger}: {msg}"

    def refused():
        return py("WARNING", "collector.sink",
                  f"write to http://plant-historian.plant.svc:8086 failed: HTTPConnectionPool(host='plant-historian.plant.svc', port=8086): "
                  f"Max retries exceeded with url: {url} (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f{hx(10)}>: "
                  "Failed to establish a new connection: [Errno 111] Connection refused'))")

    def influx(msg, **kv):
        extra = " ".join(f"{k}={v}" for k, v in kv.items())
        return f"ts={TI6} lvl=info msg={q(msg)} log_id=0pQ{hx(8)}" + (" " + extra if extra else "")

    w.add(0, "evn", kev("NodeNotSchedulable", "Normal", "Node", old_node,
                        f"Node {old_node} status is now: NodeNotSchedulable", "kubelet", old_node))
    w.add(2.1, "ev", kev("Killing", "Normal", "Pod", hp, "Stopping container influxdb", "kubelet", old_node))
    w.add(14.0, "ev", kev("Scheduled", "Normal", "Pod", hp,
                          f"Successfully assigned {ns}/{hp} to {new_node}", "default-scheduler"))
    w.add(14.3, "ev", kev("FailedAttachVolume", "Warning", "Pod", hp,
                          f'Multi-Attach error for volume "{pv}" Volume is already exclusively attached to one node and can\'t be attached to another',
                          "attachdetach-controller"), ev=True)
    w.add(16.0, "col", refused())
    w.add(16.1, "col", py("INFO", "collector.buffer", "spooled 1240 points to /var/spool/collector (disk buffer 3% of 2GiB)"))
    w.add(76.0, "col", refused())
    w.add(136.0, "ev", kev("FailedMount", "Warning", "Pod", hp,
                           "Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[data kube-api-access-7tq2x]: "
                           "timed out waiting for the condition", "kubelet", new_node), ev=True)
    w.add(196.0, "col", refused())
    w.add(196.1, "col", py("INFO", "collector.buffer", "spooled 14980 points to /var/spool/collector (disk buffer 21% of 2GiB)"))
    w.add(376.0, "col", refused())
    w.add(392.5, "ev", kev("SuccessfulAttachVolume", "Normal", "Pod", hp,
                           f'AttachVolume.Attach succeeded for volume "{pv}"', "attachdetach-controller"))
    w.add(398.0, "ev", kev("Started", "Normal", "Pod", hp, "Started container influxdb", "kubelet", new_node))
    w.add(398.6, "hist", influx("Welcome to InfluxDB", version="v2.7.10", commit="f302d9730c", build_date="2024-08-16T20:19:39Z", log_level="info"))
    w.add(401.2, "hist", influx("Listening", service="tcp-listener", transport="http", addr=":8086", port="8086"))
    w.add(406.0, "col", py("INFO", "collector.sink", "historian reachable again after 390s"))
    w.add(408.3, "col", py("INFO", "collector.buffer", "flushed 29114 buffered points to historian in 2.1s; buffer empty, 0 points dropped"))
    return make(
        "dev43-008-historian-multi-attach", "rwo_volume_multi_attach",
        "Why did the plant sensor historian stop taking writes for several minutes this morning?",
        {"namespace": ns, "pod": hp}, w, "WARN", "storage", "plant-historian",
        f"After plant-a-w02 was drained, plant-historian-0 was rescheduled to plant-a-w03 but its ReadWriteOnce volume {pv} was still attached to the old node (Multi-Attach error), so the pod could not mount its data volume for about six minutes.",
        "plant-historian-0 was down for ~6.5 minutes while the volume detached; opcua-collector got connection refused, spooled to disk, and flushed all 29k points after recovery with none dropped.",
        "No data was lost; for future drains, make sure the volume detaches before the pod moves (drain with enough grace, check the CSI driver's detach timeout) or keep a replica of the historian.")



# ---------------------------------------------------------------- batch 2

@record
def r09_pass_validator_expected_rejects():
    """Parks: .NET pass-validator at the gates; expected 404s and rejects."""
    w = Win("2026-07-19T15:02:00")
    ns = "gate-scan"
    node = f"aks-parksapps-{num(10000000, 99999999)}-vmss00000{RNG.choice('abcdef')}"
    p = pod("pass-validator")
    w.stream("pv", namespace=ns, pod=p, container="pass-validator", node=node, app="pass-validator")

    def se(mt, level=None, **kv):
        d = {"@t": TI7, "@mt": mt}
        if level:
            d["@l"] = level
        d.update(kv)
        return js(d)

    def scan(gate, lane, result, ptype):
        return se("Scan {ScanId} at {Gate} lane {Lane}: {Result}", ScanId=f"S-{hx(10)}", Gate=gate, Lane=lane,
                  Result=result, PassType=ptype, SourceContext="PassValidator.Scanning.ScanHandler")

    def req(path, status, el):
        return se("HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms",
                  RequestMethod="GET", RequestPath=path, StatusCode=status, Elapsed=el,
                  SourceContext="Serilog.AspNetCore.RequestLoggingMiddleware")

    w.add(0, "pv", req(f"/passes/ANNUAL-{num(1000, 9999)}-{num(1000, 9999)}", 200, 3.8812))
    w.add(0.1, "pv", scan("ZION-SOUTH", 2, "Valid", "Annual"))
    w.add(4.2, "pv", req(f"/passes/VEH7D-{num(100000, 999999)}", 200, 4.0207))
    w.add(4.3, "pv", scan("ZION-SOUTH", 1, "Valid", "Vehicle7Day"))
    w.add(9.6, "pv", req(f"/passes/VEH7D-{num(100000, 999999)}", 404, 2.9114))
    w.add(9.7, "pv", se("Pass {PassId} not found in registry; visitor directed to entrance booth",
                        PassId=f"VEH7D-{num(100000, 999999)}", SourceContext="PassValidator.Scanning.ScanHandler"))
    w.add(9.7, "pv", scan("ZION-SOUTH", 1, "UnknownPass", "Vehicle7Day"))
    w.add(15.0, "pv", se("Pass {PassId} expired on {ExpiredOn}; visitor directed to entrance booth", level="Warning",
                         PassId=f"ANNUAL-{num(1000, 9999)}-{num(1000, 9999)}", ExpiredOn="2026-06-30",
                         SourceContext="PassValidator.Scanning.ScanHandler"))
    w.add(15.0, "pv", scan("ZION-EAST", 1, "Expired", "Annual"))
    w.add(21.3, "pv", req("/favicon.ico", 404, 0.4411))
    w.add(30.0, "pv", se("Scan batch persisted to {Collection}: {Inserted} inserted, {Failed} failed",
                         Collection="scans_2026_07", Inserted=214, Failed=0,
                         SourceContext="PassValidator.Storage.MongoScanStore"))
    w.add(44.8, "pv", req(f"/passes/ANNUAL-{num(1000, 9999)}-{num(1000, 9999)}", 200, 3.5099))
    w.add(44.9, "pv", scan("ZION-EAST", 2, "Valid", "Annual"))
    w.add(60.0, "pv", se("Offline allow-list refreshed: {Count} passes, {Errors} errors",
                         Count=18422, Errors=0, SourceContext="PassValidator.Offline.AllowListRefresher"))
    return make(
        "dev43-009-pass-validator-expected-rejects", "expected_404_business_rejects",
        "Are the 404s and warnings from pass-validator at Zion a problem?",
        {"namespace": ns, "app": "pass-validator"}, w, "INFO", "none", "pass-validator",
        "No incident: the 404s are unknown pass numbers and the warning is an expired annual pass; both are normal business outcomes handled by sending the visitor to the booth.",
        "pass-validator validates scans normally; persistence and the offline allow-list refresh report 0 errors.",
        "Nothing to do.")


@record
def r10_cdn_purger_rate_limited():
    """Election: CDN purge API returns 429; result pages stay stale."""
    w = Win("2026-11-04T02:14:00")
    ns = "cdn"
    node = f"gke-results-prod-web-pool-{hx(8)}-{sfx()[:4]}"
    p = pod("cdn-purger")
    zone = hx(32)
    w.stream("cp", namespace=ns, pod=p, container="cdn-purger", node=node, app="cdn-purger")

    def pino(level, msg, **kv):
        d = {"level": level, "time": TMS, "pid": 1, "hostname": p, "msg": msg}
        d.update(kv)
        return js(d)

    ep = f"POST /client/v4/zones/{zone}/purge_cache"
    w.add(0, "cp", pino(30, "purge ok", provider="cloudflare", tags=30, status=200, durationMs=212))
    w.add(4.1, "cp", pino(30, "precinct update rate", updatesPerMin=2412, tagsPerMin=7236))
    w.add(9.3, "cp", pino(30, "purge ok", provider="cloudflare", tags=30, status=200, durationMs=241))
    w.add(12.0, "cp", pino(50, "purge rejected", provider="cloudflare", endpoint=ep, status=429,
                           statusText="Too Many Requests", retryAfter=60, tags=30, cfRay=f"{hx(16)}-LHR"), ev=True)
    w.add(12.2, "cp", pino(50, "purge rejected", provider="cloudflare", endpoint=ep, status=429,
                           statusText="Too Many Requests", retryAfter=60, tags=30, cfRay=f"{hx(16)}-LHR"), ev=True)
    w.add(12.4, "cp", pino(40, "backing off", provider="cloudflare", seconds=60))
    w.add(40.0, "cp", pino(40, "purge queue backlog", depth=610, oldestSec=28))
    w.add(72.6, "cp", pino(50, "purge rejected", provider="cloudflare", endpoint=ep, status=429,
                           statusText="Too Many Requests", retryAfter=60, tags=30, cfRay=f"{hx(16)}-LHR"), ev=True)
    w.add(72.8, "cp", pino(40, "backing off", provider="cloudflare", seconds=60))
    w.add(100.0, "cp", pino(40, "purge queue backlog", depth=1840, oldestSec=88))
    w.add(133.1, "cp", pino(50, "purge rejected", provider="cloudflare", endpoint=ep, status=429,
                            statusText="Too Many Requests", retryAfter=60, tags=30, cfRay=f"{hx(16)}-LHR"))
    w.add(160.0, "cp", pino(40, "purge queue backlog", depth=3105, oldestSec=148))
    w.add(161.0, "cp", pino(50, "stale results exposure", pages=["/results/president", "/results/senate/ga", "/results/house/pa"],
                            cacheTtlSec=300, oldestUnpurgedSec=149))
    w.add(193.5, "cp", pino(30, "purge ok", provider="cloudflare", tags=30, status=200, durationMs=233))
    w.add(194.0, "cp", pino(50, "purge rejected", provider="cloudflare", endpoint=ep, status=429,
                            statusText="Too Many Requests", retryAfter=60, tags=30, cfRay=f"{hx(16)}-LHR"))
    return make(
        "dev43-010-cdn-purger-rate-limited", "cdn_purge_api_429",
        "Why are readers seeing results that are minutes old on the website?",
        {"namespace": ns, "app": "cdn-purger"}, w, "ERROR", "rate_limited", "cdn-purger",
        "cdn-purger sends a purge call for every precinct update (about 7,200 tags/min on election night) and the CDN's purge API throttles it with HTTP 429 Too Many Requests (Retry-After 60).",
        "Most purges are rejected, the purge backlog grows past 3,000 tags and result pages stay stale until their 300 s TTL expires.",
        "Coalesce purges (batch tags per contest every few seconds) to stay under the purge API limit, and lower the result pages' cache TTL for election night.")


@record
def r11_historian_db_disk_io_errors():
    """Dairy: medium errors on the historian DB disk; XFS shutdown; PG down."""
    w = Win("2026-03-14T03:11:55")
    db, coll = "hist-db-b1", "opc-coll-b1"
    dbip = f"10.20.4.{num(20, 60)}"
    w.stream("k", host=db, job="syslog", filename="/var/log/syslog")
    w.stream("c", host=coll, job="syslog", filename="/var/log/syslog")
    kt = [8123456.0]

    def kern(msg, dt=0.0):
        kt[0] += dt
        return f"{TSY} {db} kernel: [{kt[0]:.6f}] {msg}"

    pgpid = num(1800, 2300)
    seq = [4]

    def pg(pid, lvl, msg):
        seq[0] += 1
        return f"{TSY} {db} postgres[{pid}]: [{seq[0]}-1] {TPG} [{pid}] {lvl}:  {msg}"

    def col(lvl, msg):
        return f"{TSY} {coll} opc-collector[981]: {lvl} {msg}"

    wal = f"pg_wal/000000010000012A000000C{RNG.choice('0123456789')}"
    w.add(0, "k", pg(pgpid, "LOG", "checkpoint starting: time"))
    w.add(1.2, "c", col("INFO", f"flushed 12880 points to {db}:5432 in 188ms"))
    w.add(4.0, "k", kern("sd 2:0:1:0: [sdb] tag#27 FAILED Result: hostbyte=DID_OK driverbyte=DRIVER_OK cmd_age=31s", 4.01))
    w.add(4.0, "k", kern("sd 2:0:1:0: [sdb] tag#27 Sense Key : Medium Error [current]"), ev=True)
    w.add(4.0, "k", kern("sd 2:0:1:0: [sdb] tag#27 Add. Sense: Write error - auto reallocation failed"))
    w.add(4.0, "k", kern("blk_update_request: critical medium error, dev sdb, sector 1887436800 op 0x1:(WRITE) flags 0x8800 phys_seg 4 prio class 0"), ev=True)
    w.add(4.1, "k", kern("XFS (sdb1): log I/O error -5", 0.02))
    w.add(4.1, "k", kern("XFS (sdb1): Filesystem has been shut down due to log error (0x2).", 0.0001), ev=True)
    w.add(4.1, "k", kern("XFS (sdb1): Please unmount the filesystem and rectify the problem(s).", 0.0001))
    w.add(4.4, "k", pg(pgpid + 3, "PANIC", f'could not fsync file "{wal}": Input/output error'), ev=True)
    w.add(4.6, "k", pg(1011, "LOG", f"WAL writer process (PID {pgpid + 3}) was terminated by signal 6: Aborted"))
    w.add(4.6, "k", pg(1011, "LOG", "terminating any other active server processes"))
    w.add(4.9, "c", col("ERROR", f"historian {db}:5432 write failed: consuming input failed: server closed the connection unexpectedly"))
    w.add(5.3, "k", pg(1011, "LOG", "all server processes terminated; reinitializing"))
    w.add(5.5, "k", pg(pgpid + 40, "LOG", "database system was interrupted; last known up at 2026-03-14 03:11:55 UTC"))
    w.add(5.6, "k", pg(pgpid + 40, "PANIC", 'could not open file "global/pg_control": Input/output error'))
    w.add(5.8, "k", pg(1011, "LOG", f"startup process (PID {pgpid + 40}) was terminated by signal 6: Aborted"))
    w.add(5.8, "k", pg(1011, "LOG", "aborting startup due to startup process failure"))
    w.add(5.9, "k", pg(1011, "LOG", "database system is shut down"))
    w.add(6.3, "k", f"{TSY} {db} systemd[1]: postgresql@15-main.service: Main process exited, code=exited, status=1/FAILURE")
    w.add(6.3, "k", f"{TSY} {db} systemd[1]: postgresql@15-main.service: Failed with result 'exit-code'.")
    w.add(11.0, "c", col("ERROR", f'historian {db}:5432 write failed: connection failed: connection to server at "{dbip}", port 5432 failed: Connection refused'))
    w.add(11.1, "c", col("WARNING", "spooling to /var/lib/opc-collector/spool (4% of 8GiB)"))
    w.add(71.2, "c", col("ERROR", f'historian {db}:5432 write failed: connection failed: connection to server at "{dbip}", port 5432 failed: Connection refused'))
    w.add(131.4, "c", col("ERROR", f'historian {db}:5432 write failed: connection failed: connection to server at "{dbip}", port 5432 failed: Connection refused'))
    w.add(131.5, "c", col("WARNING", "spool 11% of 8GiB; at current rate it is full in 17m, after that pasteurizer batch records are dropped"))
    return make(
        "dev43-011-historian-db-disk-io-errors", "disk_medium_error_db_down",
        "Why is the plant B historian collector failing to write?",
        {"node": db}, w, "CRITICAL", "storage", "historian-db",
        "The data disk sdb of hist-db-b1 returns unrecoverable medium errors on write; XFS on sdb1 shuts down and PostgreSQL PANICs on a WAL fsync (Input/output error) and cannot restart.",
        "The plant B historian database is down; opc-collector gets connection refused from hist-db-b1:5432 and is spooling, with about 17 minutes before pasteurizer records start being dropped.",
        "Fail over to the standby or move the cluster to a healthy disk now, replace sdb, and restore/replay WAL; extend the collector spool meanwhile so no batch records are lost.")


@record
def r12_pgbouncer_max_client_conn():
    """Parks: booking-window opening overruns PgBouncer max_client_conn. WARN."""
    w = Win("2026-01-15T14:00:00")
    ns = "reservations"
    node = f"aks-bookpool-{num(10000000, 99999999)}-vmss00000{RNG.choice('0123456789')}"
    pb = pod("pgbouncer")
    r1, r2 = pod("reservations-rails"), pod("reservations-rails")
    pbip = ip(10, 0)
    w.stream("ev", namespace=ns, job="integrations/kubernetes/eventhandler")
    w.stream("pb", namespace=ns, pod=pb, container="pgbouncer", node=node, app="pgbouncer")
    w.stream("r1", namespace=ns, pod=r1, container="puma", node=node, app="reservations-rails")
    w.stream("r2", namespace=ns, pod=r2, container="puma", node=f"aks-bookpool-{num(10000000, 99999999)}-vmss000004", app="reservations-rails")

    def rails(sev, rid, msg, pid=1):
        lvl = {"I": "INFO", "E": "ERROR", "W": "WARN"}[sev]
        return f"{sev}, [{TRB} #{pid}] {lvl:>5} -- : [{rid}] {msg}"

    def cne(rid):
        return rails("E", rid, f'ActiveRecord::ConnectionNotEstablished (connection to server at "pgbouncer.reservations.svc.cluster.local" '
                               f'({pbip}), port 6432 failed: ERROR:  no more connections allowed (max_client_conn)):')

    def pbw():
        return (f"{TPG} [1] WARNING C-0x55d1{hx(8)}: (nodb)/(nouser)@{ip(10, 244)}:{num(33000, 60999)} "
                "pooler error: no more connections allowed (max_client_conn)")

    def stats(x, qps, xus, qus, wus):
        return (f"{TPG} [1] LOG stats: {x} xacts/s, {qps} queries/s, 0 client parses/s, 0 server parses/s, 0 binds/s, "
                f"in {qps * 321} B/s, out {qps * 1207} B/s, xact {xus} us, query {qus} us, wait {wus} us")

    a, b, c = uid(), uid(), uid()
    w.add(0, "pb", stats(212, 910, 1802, 401, 9))
    w.add(1.1, "r1", rails("I", a, f'Started POST "/campgrounds/232447/reservations" for {pubip()} at {TRT}'))
    w.add(1.3, "pb", pbw(), ev=True)
    w.add(1.4, "r1", cne(a))
    w.add(1.4, "r1", rails("I", a, "Completed 500 Internal Server Error in 14ms (ActiveRecord: 0.0ms | Allocations: 2210)"))
    w.add(2.0, "pb", pbw(), ev=True)
    w.add(2.2, "r2", cne(b))
    w.add(2.2, "r2", rails("I", b, "Completed 500 Internal Server Error in 11ms (ActiveRecord: 0.0ms | Allocations: 2102)"))
    w.add(20.0, "ev", kev("SuccessfulRescale", "Normal", "HorizontalPodAutoscaler", "reservations-rails",
                          "New size: 20; reason: cpu resource utilization (percentage of request) above target",
                          "horizontal-pod-autoscaler"))
    w.add(33.5, "r2", cne(c))
    w.add(60.0, "pb", stats(1187, 4412, 8412, 1987, 143211), ev=True)
    w.add(61.2, "pb", pbw())
    w.add(62.0, "r1", cne(uid()))
    w.add(120.0, "pb", stats(1342, 5120, 6120, 1710, 98102))
    w.add(180.0, "pb", stats(1011, 4010, 3011, 911, 12004))
    w.add(240.0, "pb", stats(702, 2950, 2104, 512, 311))
    w.add(244.5, "r1", rails("I", uid(), "Completed 201 Created in 182ms (Views: 0.4ms | ActiveRecord: 41.3ms | Allocations: 20113)"))
    return make(
        "dev43-012-pgbouncer-max-client-conn", "pool_max_client_conn",
        "Why did some campsite bookings fail with 500 right when the summer booking window opened?",
        {"namespace": ns, "app": "reservations-rails"}, w, "WARN", "resource_exhausted", "pgbouncer",
        "At the 07:00 MST booking-window opening the Rails pods (scaled to 20 by the HPA) open more client connections than PgBouncer's max_client_conn allows, so PgBouncer refuses new clients and queues the rest (wait up to 143 ms per query).",
        "For about three minutes some booking requests failed with 500 ActiveRecord::ConnectionNotEstablished naming pgbouncer; the error stopped as load dropped and bookings succeed again.",
        "Raise PgBouncer max_client_conn to cover max HPA replicas x Puma pool size (or cap the Rails pool), and pre-scale before the next booking-window opening.")


@record
def r13_tally_writer_rebalance():
    """Election: planned scale-out of tally-writer; Kafka consumer rebalance."""
    w = Win("2026-11-04T01:20:00")
    ns = "tally"
    node = f"gke-results-prod-tally-pool-{hx(8)}-{sfx()[:4]}"
    old = pod("tally-writer")
    new = pod("tally-writer")
    img = "europe-west1-docker.pkg.dev/newsroom-prod/results/tally-writer:5.3.1"
    w.stream("ev", namespace=ns, job="integrations/kubernetes/eventhandler")
    w.stream("old", namespace=ns, pod=old, container="tally-writer", node=node, app="tally-writer")
    w.stream("new", namespace=ns, pod=new, container="tally-writer", node=node, app="tally-writer")
    m_old, m_new = f"consumer-tally-writer-1-{uid()}", f"consumer-tally-writer-1-{uid()}"

    def sb(level, thread, logger, msg):
        return f"{TI} {level:>5} 1 --- [tally-writer] [{thread:>15}] {logger:<40} : {msg}"

    cc = "o.a.k.c.c.internals.ConsumerCoordinator"
    kc = "[Consumer clientId=consumer-tally-writer-1, groupId=tally-writer]"
    parts = "results-normalized-6, results-normalized-7"
    w.add(0, "ev", kev("SuccessfulRescale", "Normal", "HorizontalPodAutoscaler", "tally-writer",
                       "New size: 4; reason: external metric kafka_consumergroup_lag(&LabelSelector{MatchLabels:map[string]string{consumergroup: tally-writer,},MatchExpressions:[]LabelSelectorRequirement{},}) above target",
                       "horizontal-pod-autoscaler"))
    w.add(0.3, "ev", kev("ScalingReplicaSet", "Normal", "Deployment", "tally-writer",
                         f"Scaled up replica set tally-writer-{new.split('-')[2]} to 4 from 3", "deployment-controller"))
    w.add(1.7, "ev", kev("Pulled", "Normal", "Pod", new, f'Container image "{img}" already present on machine', "kubelet", node))
    w.add(1.9, "ev", kev("Started", "Normal", "Pod", new, "Started container tally-writer", "kubelet", node))
    w.add(10.1, "new", sb("INFO", "main", "o.b.tally.TallyWriterApplication", "Started TallyWriterApplication in 7.912 seconds (process running for 8.533)"))
    w.add(10.6, "new", sb("INFO", "ntainer#0-0-C-1", cc, f"{kc} Discovered group coordinator kafka-1.results.internal:9092 (id: 2147483646 rack: null)"))
    w.add(10.8, "new", sb("INFO", "ntainer#0-0-C-1", cc, f"{kc} (Re-)joining group"))
    w.add(11.0, "old", sb("INFO", "ntainer#0-0-C-1", cc, f"{kc} Request joining group due to: group is already rebalancing"))
    w.add(11.1, "old", sb("INFO", "ntainer#0-0-C-1", cc, f"{kc} Revoke previously assigned partitions {parts}"))
    w.add(11.1, "old", sb("INFO", "ntainer#0-0-C-1", "o.s.k.l.KafkaMessageListenerContainer", f"tally-writer: partitions revoked: [{parts}]"))
    w.add(11.2, "old", sb("INFO", "ntainer#0-0-C-1", cc, f"{kc} (Re-)joining group"))
    w.add(11.5, "old", sb("INFO", "ntainer#0-0-C-1", cc,
                          f"{kc} Successfully joined group with generation Generation{{generationId=58, memberId='{m_old}', protocol='cooperative-sticky'}}"))
    w.add(11.6, "new", sb("INFO", "ntainer#0-0-C-1", cc,
                          f"{kc} Successfully joined group with generation Generation{{generationId=58, memberId='{m_new}', protocol='cooperative-sticky'}}"))
    w.add(11.8, "new", sb("INFO", "ntainer#0-0-C-1", cc,
                          f"{kc} Successfully synced group in generation Generation{{generationId=58, memberId='{m_new}', protocol='cooperative-sticky'}}"))
    w.add(11.8, "new", sb("INFO", "ntainer#0-0-C-1", cc, f"{kc} Notifying assignor about the new Assignment(partitions=[{parts}])"))
    w.add(11.9, "new", sb("INFO", "ntainer#0-0-C-1", cc, f"{kc} Adding newly assigned partitions: {parts}"))
    w.add(12.0, "new", sb("INFO", "ntainer#0-0-C-1", cc,
                          f"{kc} Setting offset for partition results-normalized-6 to the committed offset FetchPosition{{offset=881234, "
                          "offsetEpoch=Optional[12], currentLeader=LeaderAndEpoch{leader=Optional[kafka-2.results.internal:9092 (id: 2 rack: null)], epoch=12}}"))
    w.add(12.1, "new", sb("INFO", "ntainer#0-0-C-1", "o.s.k.l.KafkaMessageListenerContainer", f"tally-writer: partitions assigned: [{parts}]"))
    w.add(72.0, "new", sb("INFO", "lag-reporter", "o.b.tally.metrics.LagReporter", "consumer lag after rebalance: 412 records (alert threshold 5000), write errors last 60s: 0"))
    return make(
        "dev43-013-tally-writer-rebalance", "consumer_rebalance_scale_out",
        "Should we worry about the Kafka rebalance messages from tally-writer?",
        {"namespace": ns, "app": "tally-writer"}, w, "INFO", "none", "tally-writer",
        "No incident: the HPA added a fourth tally-writer replica and the consumer group did a normal cooperative-sticky rebalance, moving two partitions to the new member.",
        "Partitions results-normalized-6/7 were revoked and reassigned within a second; lag is 412 records and there were no write errors.",
        "Nothing to do.")


@record
def r14_radio_gateway_rabbitmq_stopped():
    """Parks: RabbitMQ broker stopped by hand and left down; gateway refused."""
    w = Win("2026-08-09T09:54:50")
    ns = "ranger-dispatch"
    node = f"rke2-dispatch-w{num(1, 3)}"
    host = "rmq-dispatch-01"
    rg = pod("radio-gateway")
    da = pod("dispatch-api")
    w.stream("sudo", host=host, job="systemd-journal", syslog_identifier="sudo")
    w.stream("rmq", host=host, job="systemd-journal", unit="rabbitmq-server.service", syslog_identifier="rabbitmq-server")
    w.stream("sd", host=host, job="systemd-journal", unit="rabbitmq-server.service", syslog_identifier="systemd")
    w.stream("rg", namespace=ns, pod=rg, container="radio-gateway", node=node, app="radio-gateway")
    w.stream("da", namespace=ns, pod=da, container="dispatch-api", node=node, app="dispatch-api")
    broker = "rmq-dispatch-01.parks.internal:5672"

    def ex(level, msg):
        return f"{TERL} [{level}] {msg}"

    def rmq(msg):
        return f"{TRMQ} [info] <0.230.0> {msg}"

    def da_err(inc):
        return (f'time="{TIS}" level=error msg="radio relay failed" '
                f'error="POST http://radio-gateway.ranger-dispatch.svc:4000/api/relay: 503 Service Unavailable: broker unavailable" incident={inc}')

    w.add(0, "sudo", "opsadmin : TTY=pts/1 ; PWD=/home/opsadmin ; USER=root ; COMMAND=/usr/bin/systemctl stop rabbitmq-server", ev=True)
    w.add(0.2, "sd", "Stopping rabbitmq-server.service - RabbitMQ broker...")
    w.add(0.4, "rmq", rmq("RabbitMQ is asked to stop..."), ev=True)
    w.add(0.6, "rmq", rmq("Stopping RabbitMQ applications and their dependencies in the following order:"))
    w.add(0.8, "rg", ex("error", f"AMQP connection to {broker} lost: {{:shutdown, {{:server_initiated_close, 320, "
                                 "\"CONNECTION_FORCED - broker forced connection closure with reason 'shutdown'\"}}"))
    w.add(2.9, "rmq", rmq("Successfully stopped RabbitMQ and its dependencies"))
    w.add(3.3, "sd", "rabbitmq-server.service: Deactivated successfully.")
    w.add(3.3, "sd", "Stopped rabbitmq-server.service - RabbitMQ broker.", ev=True)
    w.add(5.9, "rg", ex("warning", f"reconnecting to {broker} in 5000ms"))
    w.add(11.0, "rg", ex("error", f"AMQP connection to {broker} failed: :econnrefused"))
    w.add(16.1, "rg", ex("error", f"AMQP connection to {broker} failed: :econnrefused"))
    w.add(40.2, "rg", ex("warning", "dispatch outbox buffering: 37 messages pending (limit 5000)"))
    w.add(41.0, "da", da_err("INC-26-08812"))
    w.add(66.3, "rg", ex("error", f"AMQP connection to {broker} failed: :econnrefused"))
    w.add(98.4, "da", da_err("INC-26-08813"))
    w.add(126.5, "rg", ex("error", f"AMQP connection to {broker} failed: :econnrefused"))
    w.add(160.0, "rg", ex("warning", "dispatch outbox buffering: 211 messages pending (limit 5000)"))
    w.add(187.0, "da", da_err("INC-26-08815"))
    w.add(246.7, "rg", ex("error", f"AMQP connection to {broker} failed: :econnrefused"))
    return make(
        "dev43-014-radio-gateway-rabbitmq-stopped", "broker_stopped_refused",
        "Why are ranger dispatch messages not reaching the radio gateway queue?",
        {"namespace": ns, "app": "radio-gateway"}, w, "ERROR", "connection_refused", "rabbitmq",
        "RabbitMQ on rmq-dispatch-01 was stopped by hand (systemctl stop rabbitmq-server) and never started again, so every AMQP connection to rmq-dispatch-01:5672 is refused.",
        "radio-gateway lost its broker connection and gets econnrefused on every retry; it buffers dispatch messages and dispatch-api receives 503 for radio relays.",
        "Start rabbitmq-server on rmq-dispatch-01 (and find out why it was stopped); radio-gateway will reconnect and drain its outbox.")


@record
def r15_route_planner_image_gone():
    """Dairy: ECR tag expired; rescheduled route-planner pods cannot pull."""
    w = Win("2026-03-12T04:27:40")
    ns = "tanker-routing"
    acct = num(100000000000, 999999999999)
    img = f"{acct}.dkr.ecr.eu-west-1.amazonaws.com/logistics/route-planner:2.14.3"
    nnew = f"ip-10-12-{num(32, 63)}-{num(10, 250)}.eu-west-1.compute.internal"
    nold = f"ip-10-12-{num(0, 31)}-{num(10, 250)}.eu-west-1.compute.internal"
    h = rs()
    p1, p2, p3 = (f"route-planner-{h}-{sfx()}" for _ in range(3))
    old1 = f"route-planner-{h}-{sfx()}"
    ing = f"ingress-nginx-controller-{rs()}-{sfx()}"
    drv = pod("driver-api")
    w.stream("ev", namespace=ns, job="integrations/kubernetes/eventhandler")
    w.stream("ctd", job="node-journal", node=nnew, unit="containerd.service")
    w.stream("ing", namespace="ingress-nginx", pod=ing, container="controller", node=nold, app="ingress-nginx")
    w.stream("drv", namespace=ns, pod=drv, container="php-fpm", node=nold, app="driver-api")
    nf = (f'failed to pull and unpack image \\"{img}\\": failed to resolve reference \\"{img}\\": {img}: not found')

    def failed_pull(pn):
        return kev("Failed", "Warning", "Pod", pn,
                   f'Failed to pull image "{img}": rpc error: code = NotFound desc = '
                   f'failed to pull and unpack image "{img}": failed to resolve reference "{img}": {img}: not found',
                   "kubelet", nnew)

    def access(status, path):
        return (f'{ip(10, 12)} - - [{TCLF}] "GET {path} HTTP/1.1" {status} 190 "-" "TankerDriver/4.8.1 (Android 14)" '
                f'{num(300, 480)} 0.000 [tanker-routing-route-planner-8080] [] - - - - {hx(32)}')

    def curl_err():
        return (f'[{TLV}] production.ERROR: cURL error 7: Failed to connect to route-planner.tanker-routing.svc.cluster.local '
                f'port 8080 after 2 ms: Couldn\'t connect to server (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) '
                f'for http://route-planner.tanker-routing.svc.cluster.local:8080/v2/routes/today?depot=NORTH '
                '{"driver":"T-' + str(num(100, 999)) + '","exception":"[object] (GuzzleHttp\\\\Exception\\\\ConnectException(code: 0))"}')

    w.stream("evn", namespace="default", job="integrations/kubernetes/eventhandler")
    w.add(0, "evn", kev("NodeNotSchedulable", "Normal", "Node", nold, f"Node {nold} status is now: NodeNotSchedulable", "kubelet", nold))
    w.add(0.8, "ev", kev("Killing", "Normal", "Pod", old1, "Stopping container route-planner", "kubelet", nold))
    w.add(2.0, "ev", kev("Scheduled", "Normal", "Pod", p1, f"Successfully assigned {ns}/{p1} to {nnew}", "default-scheduler"))
    w.add(2.3, "ev", kev("Scheduled", "Normal", "Pod", p2, f"Successfully assigned {ns}/{p2} to {nnew}", "default-scheduler"))
    w.add(3.1, "ev", kev("Pulling", "Normal", "Pod", p1, f'Pulling image "{img}"', "kubelet", nnew))
    w.add(3.3, "ctd", f'time="{TI9}" level=info msg="PullImage \\"{img}\\""')
    w.add(3.8, "ctd", f'time="{TI9}" level=error msg="PullImage \\"{img}\\" failed" error="rpc error: code = NotFound desc = {nf}"', ev=True)
    w.add(3.9, "ev", failed_pull(p1), ev=True)
    w.add(3.9, "ev", kev("Failed", "Warning", "Pod", p1, "Error: ErrImagePull", "kubelet", nnew))
    w.add(4.2, "ev", failed_pull(p2))
    w.add(6.0, "ing", klog("W", 7, "controller.go:1214", f'Service "{ns}/route-planner" does not have any active Endpoint.'))
    w.add(9.0, "ing", access(503, "/v2/routes/today?depot=NORTH"))
    w.add(11.4, "drv", curl_err())
    w.add(18.2, "ev", kev("BackOff", "Normal", "Pod", p1, f'Back-off pulling image "{img}"', "kubelet", nnew, count=3))
    w.add(18.2, "ev", kev("Failed", "Warning", "Pod", p1, "Error: ImagePullBackOff", "kubelet", nnew, count=3), ev=True)
    w.add(20.5, "ev", kev("Scheduled", "Normal", "Pod", p3, f"Successfully assigned {ns}/{p3} to {nnew}", "default-scheduler"))
    w.add(21.9, "ev", failed_pull(p3))
    w.add(25.0, "ing", access(503, "/v2/routes/today?depot=SOUTH"))
    w.add(31.7, "drv", curl_err())
    w.add(47.0, "ing", access(503, "/v2/routes/today?depot=NORTH"))
    w.add(63.3, "drv", curl_err())
    w.add(95.0, "ev", kev("Failed", "Warning", "Pod", p2, "Error: ImagePullBackOff", "kubelet", nnew, count=6))
    w.add(96.0, "ing", klog("W", 7, "controller.go:1214", f'Service "{ns}/route-planner" does not have any active Endpoint.'))
    return make(
        "dev43-015-route-planner-image-gone", "image_tag_expired_outage",
        "Why can't the tanker drivers download today's collection routes?",
        {"namespace": ns, "app": "route-planner"}, w, "CRITICAL", "image_pull", "route-planner",
        "The route-planner image tag 2.14.3 no longer exists in ECR (not found), so after the node-group update drained the old nodes none of the rescheduled route-planner pods can pull their image (ErrImagePull / ImagePullBackOff).",
        "All route-planner replicas are down: ingress-nginx reports no active endpoints and returns 503, and driver-api cannot connect to route-planner, so drivers get no routes at collection start.",
        "Push/restore route-planner:2.14.3 to ECR (or roll the Deployment to a tag that exists) and exclude deployed tags from the ECR lifecycle policy; add a PodDisruptionBudget.")


@record
def r16_mysql_replica_lag_proxysql():
    """Dairy: reporting replica lags behind a huge rollup transaction. WARN."""
    w = Win("2026-03-16T09:08:00")
    rep = "pay-mysql-02"
    rip = f"10.20.5.{num(10, 40)}"
    w.stream("job", host="pay-batch-01", job="systemd-journal", unit="statement-rollup.service", syslog_identifier="statement-rollup")
    w.stream("px", host="pay-proxysql-01", job="proxysql", filename="/var/lib/proxysql/proxysql.log")
    w.stream("my", host=rep, job="mysql", filename="/var/log/mysql/error.log")
    w.stream("app", host="pay-report-01", job="systemd-journal", unit="payments-reporting.service", syslog_identifier="gunicorn")

    def pxl(src, lvl, msg):
        return f"{TLV} {src}: [{lvl}] {msg}"

    def shun(lag):
        return pxl("MySQL_HostGroups_Manager.cpp:3420:replication_lag_action_inner()", "WARNING",
                   f"Shunning server {rip}:3306 from HG 20 with replication lag of {lag} second")

    w.add(0, "job", "INFO rollup: February 2026 statements: UPDATE farmer_statement_lines ... affected 2184331 rows in a single transaction (commit took 412.8s)", ev=True)
    w.add(64.0, "my", f"{TI6} 14 [Note] [MY-010559] [Repl] Multi-threaded replica statistics for channel '': seconds elapsed = 120; events assigned = 1025; "
          "worker queues filled over overrun level = 0; waited due a Worker queue full = 0; waited due the total size = 0; "
          "waited at clock conflicts = 121330000 waited (count) when Workers occupied = 41 waited when Workers occupied = 87123000")
    w.add(70.0, "px", shun(31), ev=True)
    w.add(71.5, "app", f"[{TLV} +0000] [2214] [WARNING] reporting.db: (9001, 'Max connect timeout reached while reaching hostgroup 20 after 10000ms')", ev=True)
    w.add(71.6, "app", f"[{TLV} +0000] [2214] [WARNING] reporting.db: replica hostgroup 20 unavailable; serving /reports/statements from primary hostgroup 10")
    w.add(130.0, "px", shun(92))
    w.add(190.0, "px", shun(151))
    w.add(250.0, "px", shun(187))
    w.add(252.0, "app", f"[{TLV} +0000] [2215] [WARNING] reporting.db: slow report /reports/statements?month=2026-02 took 18.4s on primary")
    w.add(310.0, "px", shun(144))
    w.add(370.0, "px", shun(63))
    w.add(430.0, "px", pxl("MySQL_HostGroups_Manager.cpp:3452:replication_lag_action_inner()", "WARNING",
                           f"Re-enabling server {rip}:3306 from HG 20 with replication lag of 0 second"))
    w.add(433.0, "app", f"[{TLV} +0000] [2214] [INFO] reporting.db: replica hostgroup 20 back; report queries routed to replica")
    return make(
        "dev43-016-mysql-replica-lag-proxysql", "replica_lag_shunned",
        "Why were the farmer statement reports slow this morning?",
        {"node": rep}, w, "WARN", "database", "mysql",
        "The payments reporting replica pay-mysql-02 fell up to 187 s behind while applying the February rollup, a single 2.18M-row transaction; ProxySQL shunned it from the read hostgroup because of replication lag.",
        "For about six minutes report queries timed out on hostgroup 20 and fell back to the primary (slow reports); lag returned to 0 and ProxySQL re-enabled the replica.",
        "Split the statement rollup into smaller committed batches so the replica can keep up; no action needed for the replica itself.")


# ---------------------------------------------------------------- batch 3

@record
def r17_cert_manager_renewal():
    """Parks: scheduled cert-manager renewal with a transient DNS-01 check."""
    w = Win("2026-06-01T03:00:00")
    ns = "reservations"
    cm = pod("cert-manager")
    ing = f"ingress-nginx-controller-{rs()}-{sfx()}"
    node = f"aks-system-{num(10000000, 99999999)}-vmss000001"
    cr = "booking-tls-7"
    ch = f"{cr}-{num(1000000000, 4294967295)}-{num(1000000000, 4294967295)}"
    dns = "book.parks.example"
    w.stream("ev", namespace=ns, job="integrations/kubernetes/eventhandler")
    w.stream("cm", namespace="cert-manager", pod=cm, container="cert-manager-controller", node=node, app="cert-manager")
    w.stream("ing", namespace="ingress-nginx", pod=ing, container="controller", node=node, app="ingress-nginx")
    lg = 'logger="cert-manager.{}"'
    chk = (f'resource_name="{ch}" resource_namespace="{ns}" resource_kind="Challenge" resource_version="v1" '
           f'dnsName="{dns}" type="DNS-01"')

    w.add(0, "cm", klog("I", 1, "trigger_controller.go:215",
                        f'"Certificate must be re-issued" {lg.format("certificates-trigger")} key="{ns}/booking-tls" reason="Renewing" '
                        'message="Renewing certificate as renewal was scheduled at 2026-06-01 03:00:00 +0000 UTC"'))
    mono = num(100000, 999999)
    w.add(0.1, "cm", klog("I", 1, "conditions.go:203",
                          f'Setting lastTransitionTime for Certificate "booking-tls" condition "Issuing" to 2026-06-01 03:00:00.{num(100000000, 299999999)} +0000 UTC m=+{mono}.{num(100000000, 999999999)}'))
    w.add(0.2, "ev", kev("Issuing", "Normal", "Certificate", "booking-tls",
                         "Renewing certificate as renewal was scheduled at 2026-06-01 03:00:00 +0000 UTC", "cert-manager-certificates-trigger"))
    w.add(0.4, "ev", kev("Reused", "Normal", "Certificate", "booking-tls",
                         'Reusing private key stored in existing Secret resource "booking-tls"', "cert-manager-certificates-key-manager"))
    w.add(0.6, "ev", kev("Requested", "Normal", "Certificate", "booking-tls",
                         f'Created new CertificateRequest resource "{cr}"', "cert-manager-certificates-request-manager"))
    w.add(0.7, "cm", klog("I", 1, "conditions.go:263",
                          f'Setting lastTransitionTime for CertificateRequest "{cr}" condition "Approved" to 2026-06-01 03:00:00.{num(700000000, 899999999)} +0000 UTC m=+{mono + 1}.{num(100000000, 999999999)}'))
    w.add(3.2, "ev", kev("Presented", "Normal", "Challenge", ch,
                         "Presented challenge using DNS-01 challenge mechanism", "cert-manager-challenges"))
    w.add(13.4, "cm", klog("E", 1, "sync.go:190",
                           f'"propagation check failed" err="DNS record for \\"{dns}\\" not yet propagated" {lg.format("challenges")} {chk}'))
    w.add(23.5, "cm", klog("E", 1, "sync.go:190",
                           f'"propagation check failed" err="DNS record for \\"{dns}\\" not yet propagated" {lg.format("challenges")} {chk}'))
    w.add(44.1, "ev", kev("DomainVerified", "Normal", "Challenge", ch,
                          f'Domain "{dns}" verified with "DNS-01" validation', "cert-manager-challenges"))
    w.add(46.9, "ev", kev("Complete", "Normal", "Order", f"{cr}-{num(1000000000, 4294967295)}",
                          "Order completed successfully", "cert-manager-orders"))
    w.add(47.3, "ev", kev("Issuing", "Normal", "Certificate", "booking-tls",
                          "The certificate has been successfully issued", "cert-manager-certificates-issuing"))
    w.add(47.9, "ing", klog("I", 7, "backend_ssl.go:58", f'"Updating secret in local store" name="{ns}/booking-tls"'))
    w.add(48.6, "ing", klog("I", 7, "controller.go:213", '"Backend successfully reloaded"'))
    w.add(48.7, "ing", klog("I", 7, "event.go:364",
                            f'Event(v1.ObjectReference{{Kind:"Pod", Namespace:"ingress-nginx", Name:"{ing}", UID:"{uid()}", APIVersion:"v1", '
                            f'ResourceVersion:"{num(1000000, 9999999)}", FieldPath:""}}): type: \'Normal\' reason: \'RELOAD\' NGINX reload triggered due to a change in configuration'))
    return make(
        "dev43-017-cert-manager-renewal", "cert_renewal_success",
        "cert-manager logged errors overnight for booking-tls; is the reservation site certificate OK?",
        {"namespace": ns}, w, "INFO", "none", "cert-manager",
        "No incident: a scheduled renewal of booking-tls; the two 'propagation check failed' errors are the normal wait for the DNS-01 TXT record, after which the certificate was issued.",
        "booking-tls was renewed 30 days before expiry and ingress-nginx reloaded with the new secret.",
        "Nothing to do.")


@record
def r18_permit_checkout_paygov_timeout():
    """Parks: permit checkout times out against the payment gateway. ERROR."""
    w = Win("2026-05-02T09:00:00", tz="-06:00", abbr="MDT")
    host = "permits-app-01"
    w.stream("rails", host=host, job="rails", filename="/srv/permits/shared/log/production.log")
    w.stream("ngx", host=host, job="nginx", filename="/var/log/nginx/access.log")
    w.stream("hc", host=host, job="systemd-journal", unit="permits-sidekiq.service", syslog_identifier="sidekiq")

    def rl(sev, rid, msg, pid=2211):
        lvl = {"I": "INFO", "E": "ERROR", "W": "WARN"}[sev]
        return f"{sev}, [{TRB} #{pid}] {lvl:>5} -- : [{rid}] {msg}"

    def ngx(method, path, status, rt, size, cip=None):
        return (f'{cip or pubip()} - - [{TCLF}] "{method} {path} HTTP/1.1" {status} {size} "https://permits.parks.example/permits/wilderness" '
                f'"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15" rt={rt} uct=0.000 urt={rt}')

    a, b = uid(), uid()
    ipa, ipb = pubip(), pubip()
    w.add(0, "ngx", ngx("GET", "/permits/wilderness/ZION-NARROWS-TOPDOWN", 200, "0.084", 18231, ipa))
    w.add(3.0, "rails", rl("I", a, f'Started POST "/permits/wilderness/checkout" for {ipa} at {TRT}'))
    w.add(3.1, "rails", rl("I", a, "Processing by CheckoutsController#create as HTML"))
    w.add(18.2, "rails", rl("W", a, "PaymentGateway: POST https://api.paygov.example/v2/collections attempt 1/2 timed out after 15.0s (Net::ReadTimeout)"), ev=True)
    w.add(21.0, "rails", rl("I", b, f'Started POST "/permits/wilderness/checkout" for {ipb} at {TRT}'))
    w.add(33.3, "rails", rl("E", a, "Faraday::TimeoutError (Net::ReadTimeout with #<TCPSocket:(closed)>):"), ev=True)
    w.add(33.3, "rails", rl("E", a, "app/services/payment_gateway.rb:57:in `create_collection'"))
    w.add(33.4, "rails", rl("I", a, "Completed 504 Gateway Timeout in 30214ms (ActiveRecord: 12.4ms | Allocations: 18231)"))
    w.add(33.4, "ngx", ngx("POST", "/permits/wilderness/checkout", 504, "30.221", 1432, ipa))
    w.add(36.2, "rails", rl("W", b, "PaymentGateway: POST https://api.paygov.example/v2/collections attempt 1/2 timed out after 15.0s (Net::ReadTimeout)"))
    w.add(51.3, "rails", rl("E", b, "Faraday::TimeoutError (Net::ReadTimeout with #<TCPSocket:(closed)>):"))
    w.add(51.4, "rails", rl("I", b, "Completed 504 Gateway Timeout in 30188ms (ActiveRecord: 10.9ms | Allocations: 17950)"))
    w.add(51.4, "ngx", ngx("POST", "/permits/wilderness/checkout", 504, "30.197", 1432, ipb))
    jid = hx(24)
    w.add(60.0, "hc", f"{TIU} pid=2301 tid=1hx class=PaymentGatewayHealthJob jid={jid} INFO: start")
    w.add(71.9, "hc", f"{TIU} pid=2301 tid=1hx class=PaymentGatewayHealthJob jid={jid} INFO: GET https://api.paygov.example/v2/health -> 200 in 11812ms (baseline 140ms)", ev=True)
    w.add(72.0, "hc", f"{TIU} pid=2301 tid=1hx class=PaymentGatewayHealthJob jid={jid} elapsed=11.9 INFO: done")
    w.add(95.0, "rails", rl("W", uid(), "PaymentGateway: circuit opened for api.paygov.example after 5 timeouts in 120s; checkout shows 'payment temporarily unavailable', permit holds kept 30 min"))
    w.add(96.0, "ngx", ngx("POST", "/permits/wilderness/checkout", 503, "0.041", 2210))
    return make(
        "dev43-018-permit-checkout-paygov-timeout", "payment_gateway_read_timeout",
        "Why are wilderness permit checkouts failing with 504?",
        {"node": host}, w, "ERROR", "timeout", "paygov",
        "The external payment gateway api.paygov.example answers very slowly (health check 11.8 s against a 140 ms baseline), so the Rails checkout's payment calls hit their 15 s Net::ReadTimeout twice and the request fails.",
        "Permit checkouts return 504 after ~30 s and the gateway circuit breaker has opened; permits are held for 30 minutes but cannot be paid.",
        "Follow up with the payment gateway provider on its latency; keep the circuit breaker open and tell visitors their hold is kept, then retry payments when the gateway recovers.")


@record
def r19_kafka_log_dir_full():
    """Election: Kafka brokers 2 and 3 run out of disk and shut down."""
    w = Win("2026-11-04T03:10:00")
    w.stream("k1", host="kafka-1", job="systemd-journal", unit="kafka.service", syslog_identifier="kafka-server-start.sh")
    w.stream("k2", host="kafka-2", job="systemd-journal", unit="kafka.service", syslog_identifier="kafka-server-start.sh")
    w.stream("k2s", host="kafka-2", job="systemd-journal", unit="kafka.service", syslog_identifier="systemd")
    w.stream("k3", host="kafka-3", job="systemd-journal", unit="kafka.service", syslog_identifier="kafka-server-start.sh")
    w.stream("ing", host="ingest-1", job="systemd-journal", unit="precinct-ingest.service", syslog_identifier="precinct-ingest")
    ip2, ip3 = f"10.30.1.{num(10, 40)}", f"10.30.1.{num(41, 80)}"

    def k(level, msg, cls):
        return f"[{TJC}] {level} {msg} ({cls})"

    def zap(level, caller, msg, **kv):
        d = {"level": level, "ts": TEP, "caller": caller, "msg": msg}
        d.update(kv)
        return js(d)

    nes = "NOT_ENOUGH_REPLICAS: Messages are rejected since there are fewer in-sync replicas than required."
    w.add(0, "k2", k("INFO", "[LocalLog partition=results-raw-7, dir=/var/lib/kafka/data] Rolled new log segment at offset 48812211 in 3 ms.", "kafka.log.LocalLog"))
    w.add(164.0, "k2", k("ERROR", "Error while appending records to results-raw-7 in dir /var/lib/kafka/data",
                         "org.apache.kafka.storage.internals.log.LogDirFailureChannel"), ev=True)
    w.add(164.0, "k2", "java.io.IOException: No space left on device", ev=True)
    w.add(164.1, "k2", k("WARN", "[ReplicaManager broker=2] Stopping serving replicas in dir /var/lib/kafka/data", "kafka.server.ReplicaManager"))
    w.add(164.3, "k2", k("ERROR", "Shutdown broker because all log dirs in /var/lib/kafka/data have failed", "kafka.log.LogManager"), ev=True)
    w.add(164.9, "k2s", "kafka.service: Main process exited, code=exited, status=1/FAILURE")
    w.add(165.0, "k2s", "kafka.service: Failed with result 'exit-code'.")
    w.add(166.2, "ing", zap("warn", "publish/kafka.go:61", "broker connection failed", broker="kafka-2.results.internal:9092",
                            error=f"dial tcp {ip2}:9092: connect: connection refused"))
    w.add(168.5, "k1", k("INFO", "[Partition results-raw-7 broker=1] Shrinking ISR from 1,2,3 to 1,3. Leader: (highWatermark: 48812230, endOffset: 48812412). "
                         "Out of sync replicas: (brokerId: 2, endOffset: 48812230).", "kafka.cluster.Partition"))
    w.add(175.0, "k2s", "kafka.service: Scheduled restart job, restart counter is at 1.")
    w.add(183.6, "k2", k("ERROR", "Error while writing to checkpoint file /var/lib/kafka/data/recovery-point-offset-checkpoint",
                         "org.apache.kafka.storage.internals.log.LogDirFailureChannel"))
    w.add(183.6, "k2", "java.io.IOException: No space left on device")
    w.add(201.7, "k3", k("ERROR", "Error while appending records to results-raw-7 in dir /var/lib/kafka/data",
                         "org.apache.kafka.storage.internals.log.LogDirFailureChannel"))
    w.add(201.7, "k3", "java.io.IOException: No space left on device", ev=True)
    w.add(202.0, "k3", k("ERROR", "Shutdown broker because all log dirs in /var/lib/kafka/data have failed", "kafka.log.LogManager"), ev=True)
    w.add(206.1, "k1", k("INFO", "[Partition results-raw-7 broker=1] Shrinking ISR from 1,3 to 1. Leader: (highWatermark: 48812230, endOffset: 48812498). "
                         "Out of sync replicas: (brokerId: 3, endOffset: 48812230).", "kafka.cluster.Partition"))
    w.add(206.9, "ing", zap("error", "publish/kafka.go:88", "produce failed", topic="results-raw", partition=7, error=nes))
    w.add(207.3, "ing", zap("error", "publish/kafka.go:88", "produce failed", topic="results-raw", partition=2, error=nes))
    w.add(208.0, "ing", zap("warn", "publish/kafka.go:61", "broker connection failed", broker="kafka-3.results.internal:9092",
                            error=f"dial tcp {ip3}:9092: connect: connection refused"))
    w.add(211.4, "ing", zap("error", "publish/kafka.go:88", "produce failed", topic="results-raw", partition=11, error=nes))
    w.add(212.0, "ing", zap("warn", "spool/spool.go:40", "spooling precinct payloads locally", dir="/var/lib/precinct-ingest/spool", queued=1184, free="2.1GiB"))
    w.add(240.2, "ing", zap("error", "publish/kafka.go:88", "produce failed", topic="results-raw", partition=7, error=nes))
    return make(
        "dev43-019-kafka-log-dir-full", "kafka_disk_full_brokers_down",
        "Why is precinct-ingest failing to publish results to Kafka?",
        {"node": "kafka-2"}, w, "CRITICAL", "resource_exhausted", "kafka",
        "The Kafka data disks on kafka-2 and kafka-3 are full (No space left on device); each broker marks /var/lib/kafka/data failed and shuts itself down, leaving partitions with only one in-sync replica.",
        "Two of three brokers are down, so producers with min.insync.replicas=2 get NOT_ENOUGH_REPLICAS; precinct-ingest cannot publish results and is spooling to a local disk with 2.1GiB free.",
        "Free space on kafka-2/kafka-3 (shorten results-raw retention or grow the volumes), restart the brokers and let the ISR recover; add disk-usage alerting for the log dirs.")


@record
def r20_varnish_first_byte_timeout():
    """Election: cold rollup cache after a deploy; Varnish first-byte timeouts. WARN."""
    w = Win("2026-11-04T02:04:00")
    ns = "results-web"
    node = f"gke-results-prod-web-pool-{hx(8)}-{sfx()[:4]}"
    vp = pod("varnish")
    rr = pod("race-rollup")
    rrip = ip(10, 8)
    w.stream("ev", namespace=ns, job="integrations/kubernetes/eventhandler")
    w.stream("ncsa", namespace=ns, pod=vp, container="varnishncsa", node=node, app="varnish")
    w.stream("vlog", namespace=ns, pod=vp, container="varnishlog", node=node, app="varnish")
    w.stream("rr", namespace=ns, pod=rr, container="race-rollup", node=node, app="race-rollup")

    def ncsa(path, status, size, handling, ttfb, age):
        return (f'{ip(10, 8)} - - [{TCLF}] "GET http://results.example{path} HTTP/1.1" {status} {size} "-" '
                f'"Mozilla/5.0 (Linux; Android 14) Chrome/130.0" {handling} {ttfb} age={age}')

    def zap(level, caller, msg, **kv):
        d = {"level": level, "ts": TEP, "caller": caller, "msg": msg}
        d.update(kv)
        return js(d)

    def vl(tag, val):
        return f"-   {tag:<14} {val}"

    w.add(0, "ev", kev("ScalingReplicaSet", "Normal", "Deployment", "race-rollup",
                       f"Scaled up replica set race-rollup-{rr.split('-')[2]} to 2 from 0", "deployment-controller"))
    w.add(31.0, "rr", zap("warn", "rollup/county.go:141", "county rollup cache cold, recomputing", race="house", counties=3143), ev=True)
    w.add(38.2, "vlog", vl("BackendOpen", f"31 race_rollup {rrip} 8080 {ip(10, 8)} {num(33000, 60999)} connect"))
    w.add(38.2, "vlog", vl("BereqURL", "/v1/races/house?state=PA"))
    w.add(43.2, "vlog", vl("FetchError", "first byte timeout"), ev=True)
    w.add(43.2, "vlog", vl("BerespStatus", "503"))
    w.add(43.3, "ncsa", ncsa("/v1/races/house?state=PA", 200, 18231, "hit", "0.000112", 71))
    w.add(44.0, "rr", zap("info", "http/server.go:88", "request", path="/v1/races/house", state="PA", status=200, duration=9.71), ev=True)
    w.add(51.0, "vlog", vl("BereqURL", "/v1/races/house?state=OH"))
    w.add(56.0, "vlog", vl("FetchError", "first byte timeout"))
    w.add(56.1, "ncsa", ncsa("/v1/races/house?state=OH", 503, 282, "miss", "5.001241", 0))
    w.add(58.8, "rr", zap("info", "http/server.go:88", "request", path="/v1/races/house", state="OH", status=200, duration=7.82))
    w.add(120.0, "ncsa", ncsa("/v1/races/house?state=GA", 200, 17702, "hit", "0.000098", 96))
    w.add(190.4, "rr", zap("info", "rollup/county.go:163", "county rollup cache warm", race="house", counties=3143, took="159.2s"))
    w.add(212.0, "ncsa", ncsa("/v1/races/house?state=PA", 200, 18240, "miss", "0.046113", 0))
    w.add(212.1, "rr", zap("info", "http/server.go:88", "request", path="/v1/races/house", state="PA", status=200, duration=0.041))
    w.add(250.0, "ncsa", ncsa("/v1/races/house?state=OH", 200, 17390, "miss", "0.038702", 0))
    return make(
        "dev43-020-varnish-first-byte-timeout", "backend_slow_grace_served",
        "Why did Varnish log fetch errors for the House race pages after 02:00?",
        {"namespace": ns, "app": "varnish"}, w, "WARN", "timeout", "race-rollup",
        "After a redeploy race-rollup's county rollup cache was cold, so House race requests took 8-10 s to compute and exceeded Varnish's 5 s first_byte_timeout.",
        "For about three minutes Varnish background fetches failed (FetchError first byte timeout); most readers got grace-mode stale pages, a few uncached URLs got 503; response times returned to ~40 ms once the cache was warm.",
        "Warm the rollup cache before race-rollup pods take traffic (readiness gate on warm-up) or keep the old ReplicaSet until the new one is warm.")


@record
def r21_opcua_planned_line_maintenance():
    """Dairy: planned maintenance on pasteurizer line 2; collector reconnects. Healthy."""
    w = Win("2026-03-17T05:00:00")
    host = "opc-coll-a1"
    w.stream("oc", host=host, job="systemd-journal", unit="opc-collector.service", syslog_identifier="opc-collector")
    plc = "opc.tcp://plc-line2.plant-a.local:4840"
    plcip = f"10.60.2.{num(10, 60)}"
    w.add(0, "oc", "INFO collector.maintenance: maintenance window PLANT-A/LINE2 active 05:00-06:00 UTC (change CHG-20417); line-2 alarms suppressed")
    w.add(2.4, "oc", "INFO collector.flush: flushed 18420 points to hist-db-a1 in 212ms")
    w.add(61.0, "oc", f"WARNING collector.session: session to {plc} closed by server (BadShutdown); line 2 in planned maintenance, reconnect scheduled")
    w.add(61.2, "oc", "INFO collector.flush: flushed 14006 points to hist-db-a1 in 171ms")
    w.add(91.3, "oc", f"INFO collector.session: reconnect attempt 1 to {plc} failed: [Errno 111] Connect call failed ('{plcip}', 4840)")
    w.add(151.4, "oc", f"INFO collector.session: reconnect attempt 2 to {plc} failed: [Errno 111] Connect call failed ('{plcip}', 4840)")
    w.add(1500.0, "oc", f"INFO collector.session: reconnect attempt 24 to {plc} failed: [Errno 111] Connect call failed ('{plcip}', 4840)")
    w.add(2702.0, "oc", f"INFO collector.session: connected to {plc} (SecurityPolicy Basic256Sha256, SignAndEncrypt)")
    w.add(2702.6, "oc", "INFO collector.subscription: subscription 12 recreated with 184 monitored items (publishing interval 1000ms)")
    w.add(2705.0, "oc", "INFO collector.flush: flushed 3412 points to hist-db-a1 in 96ms")
    w.add(3600.0, "oc", "INFO collector.maintenance: maintenance window PLANT-A/LINE2 ended; line-2 alarms re-enabled")
    w.add(3602.3, "oc", "INFO collector.stats: last hour: 0 points dropped, 0 write errors, backlog 0")
    return make(
        "dev43-021-opcua-planned-line-maintenance", "planned_maintenance_reconnect",
        "The OPC UA collector lost its session to line 2 this morning; is data missing?",
        {"node": host}, w, "INFO", "none", "opc-collector",
        "No incident: pasteurizer line 2's PLC was shut down for planned maintenance (CHG-20417); the collector's refused reconnects are expected until the PLC came back.",
        "The collector reconnected after 44 minutes, recreated its subscription and reports 0 dropped points and 0 write errors.",
        "Nothing to do.")


@record
def r22_availability_search_liveness_kills():
    """Parks: liveness probe with a 1s timeout kills busy but working pods. ERROR."""
    w = Win("2026-07-04T15:00:00")
    ns = "reservations"
    node = f"aks-bookpool-{num(10000000, 99999999)}-vmss00000{RNG.choice('0123456789')}"
    p = pod("availability-search")
    puid = uid()
    pip = ip(10, 244)
    tr = pod("traefik")
    web = pod("reservations-web")
    w.stream("ev", namespace=ns, job="integrations/kubernetes/eventhandler")
    w.stream("as", namespace=ns, pod=p, container="availability-search", node=node, app="availability-search")
    w.stream("kubelet", job="node-journal", node=node, unit="kubelet.service")
    w.stream("tr", namespace="traefik", pod=tr, container="traefik",
             node=f"aks-system-{num(10000000, 99999999)}-vmss000001", app="traefik")
    w.stream("web", namespace=ns, pod=web, container="reservations-web",
             node=f"aks-bookpool-{num(10000000, 99999999)}-vmss000002", app="reservations-web")

    def qk(level, logger, thread, msg):
        return f"{TJC} {level:<5} [{logger}] ({thread}) {msg}"

    out = f'Get \\"http://{pip}:8080/q/health/live\\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)'

    def probe():
        return klog("I", 2988, "prober.go:107",
                    f'"Probe failed" probeType="Liveness" pod="{ns}/{p}" podUID="{puid}" containerName="availability-search" '
                    f'probeResult="failure" output="{out}"')

    def search(park, ms, th):
        return qk("INFO", "org.parks.avail.SearchResource", f"executor-thread-{th}",
                  f"search park={park} arrive=2026-07-1{num(0, 9)} nights={num(1, 4)} sites=214 in {ms}ms")

    def traefik(status, dur):
        return (f'{pubip()} - - [{TCLF}] "GET /api/availability?park=YOSE HTTP/2.0" {status} 11 "https://book.parks.example/" '
                f'"Mozilla/5.0 (Windows NT 10.0; Win64; x64)" {num(40000, 90000)} '
                f'"reservations-availability-search@kubernetescrd" "http://{pip}:8080" {dur}ms')

    w.add(0, "as", search("YOSE", 842, 12))
    w.add(1.9, "as", search("GLAC", 911, 7))
    w.add(3.0, "kubelet", probe(), ev=True)
    w.add(4.4, "as", search("YOSE", 1204, 3))
    w.add(13.0, "kubelet", probe(), ev=True)
    w.add(14.1, "as", search("ZION", 977, 15))
    w.add(23.0, "kubelet", probe())
    w.add(23.1, "ev", kev("Unhealthy", "Warning", "Pod", p, "Liveness probe failed: " + out.replace('\\"', '"'),
                          "kubelet", node, count=3))
    w.add(23.1, "ev", kev("Killing", "Normal", "Pod", p, "Container availability-search failed liveness probe, will be restarted",
                          "kubelet", node), ev=True)
    w.add(23.2, "kubelet", klog("I", 2988, "kuberuntime_container.go:779",
                                f'"Killing container with a grace period" pod="{ns}/{p}" podUID="{puid}" containerName="availability-search" '
                                f'containerID="containerd://{hx(64)}" gracePeriod=30'))
    w.add(23.4, "as", qk("INFO", "io.quarkus", "Shutdown thread", "availability-search stopped in 0.052s"))
    w.add(23.5, "tr", traefik(502, 9411))
    w.add(23.6, "web", js({"level": 50, "time": TMS, "pid": 1, "hostname": web, "msg": "availability search failed",
                           "upstream": "http://availability-search.reservations.svc.cluster.local:8080/api/availability",
                           "err": {"type": "Error", "message": "socket hang up", "code": "ECONNRESET"}}))
    w.add(23.7, "tr", traefik(502, 7208))
    w.add(25.9, "ev", kev("Started", "Normal", "Pod", p, "Started container availability-search", "kubelet", node))
    w.add(28.1, "as", qk("INFO", "io.quarkus", "main",
                         "availability-search 2.7.0 on JVM (powered by Quarkus 3.8.4) started in 2.113s. Listening on: http://0.0.0.0:8080"))
    w.add(31.0, "as", search("YOSE", 798, 4))
    w.add(53.0, "kubelet", probe())
    w.add(63.0, "kubelet", probe())
    w.add(64.2, "web", js({"level": 50, "time": TMS, "pid": 1, "hostname": web, "msg": "availability search failed",
                           "upstream": "http://availability-search.reservations.svc.cluster.local:8080/api/availability",
                           "err": {"type": "Error", "message": "socket hang up", "code": "ECONNRESET"}}))
    w.add(73.0, "kubelet", probe())
    w.add(73.1, "ev", kev("Killing", "Normal", "Pod", p, "Container availability-search failed liveness probe, will be restarted",
                          "kubelet", node))
    w.add(73.5, "tr", traefik(502, 8840))
    w.add(76.0, "ev", kev("Started", "Normal", "Pod", p, "Started container availability-search", "kubelet", node))
    return make(
        "dev43-022-availability-search-liveness-kills", "liveness_timeout_restarts",
        "Why do availability searches on the booking site randomly fail with 502?",
        {"namespace": ns, "app": "availability-search"}, w, "ERROR", "probe_failure", "availability-search",
        "availability-search's liveness probe (/q/health/live with a 1 s timeout) times out under holiday load while the service is still answering searches in about a second, so the kubelet keeps killing healthy containers.",
        "availability-search pods are restarted every ~50 s; in-flight searches are cut off, Traefik returns 502 and reservations-web logs socket hang up.",
        "Relax the liveness probe (timeoutSeconds 5+, higher failureThreshold, or a cheaper liveness check) and rely on readiness for load shedding.")


@record
def r23_lims_readiness_warmup():
    """Dairy: lims-api readiness fails during slow calibration warm-up. WARN."""
    w = Win("2026-03-18T06:30:00")
    ns = "lims"
    node = "plant-a-w04"
    old, new = rs(), rs()
    po = f"lims-api-{old}-{sfx()}"
    pn = f"lims-api-{new}-{sfx()}"
    puid = uid()
    pip = ip(10, 42)
    ing = f"ingress-nginx-controller-{rs()}-{sfx()}"
    w.stream("ev", namespace=ns, job="integrations/kubernetes/eventhandler")
    w.stream("api", namespace=ns, pod=pn, container="lims-api", node=node, app="lims-api")
    w.stream("kubelet", job="node-journal", node=node, unit="kubelet.service")
    w.stream("ing", namespace="ingress-nginx", pod=ing, container="controller", node="plant-a-w01", app="ingress-nginx")

    def ms(level, cat, msg, eid=0):
        return js({"Timestamp": TI7, "EventId": eid, "LogLevel": level, "Category": cat, "Message": msg})

    def probe():
        return klog("I", 1702, "prober.go:107",
                    f'"Probe failed" probeType="Readiness" pod="{ns}/{pn}" podUID="{puid}" containerName="lims-api" '
                    'probeResult="failure" output="HTTP probe failed with statuscode: 503"')

    def hc(n):
        return ms("Warning", "Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService",
                  f"Health check calibration-cache with status Unhealthy completed after 3.{num(1, 9)}ms with message 'warming {n}/19 instrument tables'",
                  eid=103)

    def acc(path, rt, up):
        return (f'{ip(10, 60)} - - [{TCLF}] "GET {path} HTTP/1.1" 200 {num(2000, 9000)} "-" "LabTerminal/3.2" {num(300, 500)} '
                f'{rt} [lims-lims-api-8080] [] {up}:8080 {num(2000, 9000)} {rt} 200 {hx(32)}')

    oip = ip(10, 42)

    w.add(0, "ev", kev("ScalingReplicaSet", "Normal", "Deployment", "lims-api",
                       f"Scaled down replica set lims-api-{old} to 1 from 2", "deployment-controller"))
    w.add(0.2, "ev", kev("ScalingReplicaSet", "Normal", "Deployment", "lims-api",
                         f"Scaled up replica set lims-api-{new} to 1 from 0", "deployment-controller"))
    w.add(0.4, "ev", kev("Killing", "Normal", "Pod", po, "Stopping container lims-api", "kubelet", "plant-a-w02"))
    w.add(3.1, "ev", kev("Started", "Normal", "Pod", pn, "Started container lims-api", "kubelet", node))
    w.add(4.0, "api", ms("Information", "Microsoft.Hosting.Lifetime", "Now listening on: http://[::]:8080", eid=14))
    w.add(4.2, "api", ms("Information", "Lims.Api.Calibration.CalibrationWarmup",
                         "Loading calibration tables for 19 instruments (MilkoScan FT+, BactoScan FC, Fossomatic 7 SCC)"))
    w.add(13.0, "api", hc(2), ev=True)
    w.add(13.1, "kubelet", probe(), ev=True)
    w.add(23.1, "kubelet", probe())
    w.add(31.0, "ing", acc("/api/samples/batch/MB-260318-014", "2.914", oip))
    w.add(53.0, "ev", kev("Unhealthy", "Warning", "Pod", pn, "Readiness probe failed: HTTP probe failed with statuscode: 503",
                          "kubelet", node, count=5), ev=True)
    w.add(61.0, "ing", acc("/api/samples/batch/MB-260318-015", "4.377", oip))
    w.add(83.0, "api", hc(9))
    w.add(103.0, "ev", kev("Unhealthy", "Warning", "Pod", pn, "Readiness probe failed: HTTP probe failed with statuscode: 503",
                           "kubelet", node, count=10))
    w.add(118.0, "ing", acc("/api/results/pending?lab=PLANT-A", "5.082", oip))
    w.add(163.0, "api", hc(17))
    w.add(214.6, "api", ms("Information", "Lims.Api.Calibration.CalibrationWarmup", "Calibration warm-up complete: 19/19 instrument tables in 210.4s"))
    w.add(223.1, "ev", kev("ScalingReplicaSet", "Normal", "Deployment", "lims-api",
                           f"Scaled down replica set lims-api-{old} to 0 from 1", "deployment-controller"))
    w.add(241.0, "ing", acc("/api/samples/batch/MB-260318-016", "0.062", pip))
    return make(
        "dev43-023-lims-readiness-warmup", "readiness_slow_warmup",
        "Why were the lab terminals slow during the morning LIMS deployment?",
        {"namespace": ns, "app": "lims-api"}, w, "WARN", "probe_failure", "lims-api",
        "The new lims-api pod's readiness probe returns 503 for about 3.5 minutes while the calibration-cache health check warms 19 instrument tables, so the rollout ran on a single old pod.",
        "During the rollout only one lims-api pod served the lab terminals and responses slowed to 3-5 s; once warm-up finished the new pod became ready and latency returned to ~60 ms.",
        "Add a startupProbe (or longer initial delay) for the warm-up and use maxUnavailable 0 / maxSurge 1 so capacity is kept during rollouts.")


@record
def r24_cdn_purger_retry_ok():
    """Election: purges with one transient retry that succeeds. Healthy."""
    w = Win("2026-11-04T00:15:00")
    ns = "cdn"
    node = f"gke-results-prod-web-pool-{hx(8)}-{sfx()[:4]}"
    p = pod("cdn-purger")
    w.stream("cp", namespace=ns, pod=p, container="cdn-purger", node=node, app="cdn-purger")

    def pino(level, msg, **kv):
        d = {"level": level, "time": TMS, "pid": 1, "hostname": p, "msg": msg}
        d.update(kv)
        return js(d)

    w.add(0, "cp", pino(30, "purge ok", provider="cloudflare", tags=12, status=200, durationMs=198))
    w.add(5.2, "cp", pino(30, "purge ok", provider="cloudflare", tags=9, status=200, durationMs=204))
    w.add(10.4, "cp", pino(40, "purge attempt failed, retrying", provider="cloudflare", attempt=1, status=503,
                           statusText="Service Unavailable", backoffMs=500, tags=14))
    w.add(11.1, "cp", pino(30, "purge ok", provider="cloudflare", attempt=2, tags=14, status=200, durationMs=231))
    w.add(15.6, "cp", pino(30, "purge ok", provider="cloudflare", tags=11, status=200, durationMs=187))
    w.add(20.0, "cp", pino(30, "precinct update rate", updatesPerMin=310, tagsPerMin=930))
    w.add(21.0, "cp", pino(30, "purge ok", provider="cloudflare", tags=10, status=200, durationMs=176))
    w.add(26.3, "cp", pino(30, "purge ok", provider="cloudflare", tags=13, status=200, durationMs=215))
    w.add(30.0, "cp", pino(30, "purge queue backlog", depth=0, oldestSec=0))
    w.add(60.0, "cp", pino(30, "purge stats", windowSec=300, ok=812, retried=1, failed=0, p95Ms=242))
    return make(
        "dev43-024-cdn-purger-retry-ok", "transient_retry_succeeds",
        "cdn-purger logged a failed purge attempt; do we need to act?",
        {"namespace": ns, "app": "cdn-purger"}, w, "INFO", "none", "cdn-purger",
        "No incident: a single purge call got a transient 503 and succeeded on the automatic retry half a second later.",
        "Purges are flowing with an empty backlog; the last 5 minutes show 812 ok, 1 retried and 0 failed.",
        "Nothing to do.")


# ---------------------------------------------------------------- batch 4

@record
def r25_dispatch_node_machine_check():
    """Parks: uncorrectable memory error panics rke2-dispatch-w2; gateway down."""
    w = Win("2026-08-12T21:40:00")
    ns = "ranger-dispatch"
    bad = "rke2-dispatch-w2"
    good = "rke2-dispatch-w1"
    rgp = "radio-gateway-0"
    rgip = ip(10, 42)
    da = pod("dispatch-api")
    kcm = f"kube-controller-manager-rke2-dispatch-cp1"
    w.stream("kern", job="node-journal", node=bad, transport="kernel")
    w.stream("da", namespace=ns, pod=da, container="dispatch-api", node=good, app="dispatch-api")
    w.stream("kcm", namespace="kube-system", pod=kcm, container="kube-controller-manager", node="rke2-dispatch-cp1", app="kube-controller-manager")
    w.stream("evn", namespace="default", job="integrations/kubernetes/eventhandler")
    w.stream("ev", namespace=ns, job="integrations/kubernetes/eventhandler")

    def da_err(inc):
        return (f'time="{TIS}" level=error msg="radio relay failed" '
                f'error="POST http://radio-gateway.ranger-dispatch.svc:4000/api/relay: dial tcp {rgip}:4000: connect: no route to host" incident={inc}')

    w.add(0, "kern", "mce: [Hardware Error]: Machine check events logged")
    w.add(0.0, "kern", "EDAC skx MC1: HANDLING MCE MEMORY ERROR")
    w.add(0.0, "kern", "EDAC skx MC1: CPU 14: Machine Check Event: 0x0 Bank 7: 0xbe00000000800090")
    w.add(0.1, "kern", "EDAC MC1: 1 UE memory read error on CPU_SrcID#1_MC#0_Chan#2_DIMM#0 (channel:2 slot:0 page:0x12f3a1 offset:0x0 "
          "grain:32 -  err_code:0x0000:0x0090 SystemAddress:0x12f3a1000 ProcessorSocketId:0x1 MemoryControllerId:0x0 "
          "ChannelAddress:0x25e742000 ChannelId:0x2 RankAddress:0x12f3a100 PhysicalRankId:0x0 DimmSlotId:0x0)", ev=True)
    w.add(0.2, "kern", "mce: [Hardware Error]: CPU 14: Machine Check Exception: 5 Bank 7: be00000000800090")
    w.add(0.2, "kern", "Kernel panic - not syncing: Fatal machine check", ev=True)
    w.add(6.5, "da", da_err("INC-26-09120"))
    w.add(21.9, "da", da_err("INC-26-09121"))
    w.add(41.0, "kcm", klog("I", 1, "node_lifecycle_controller.go:1184",
                            f'"Node is unresponsive. Adding it to the Taint queue" node="{bad}"'))
    w.add(41.1, "evn", kev("NodeNotReady", "Normal", "Node", bad, f"Node {bad} status is now: NodeNotReady", "node-controller"), ev=True)
    w.add(41.2, "ev", kev("NodeNotReady", "Warning", "Pod", rgp, "Node is not ready", "node-controller"))
    w.add(43.0, "da", da_err("INC-26-09122"))
    w.add(70.0, "da", 'time="' + TIS + '" level=warning msg="radio relay degraded: 0/1 radio-gateway endpoints ready; queued for voice dispatch" pending=7')
    w.add(122.0, "da", da_err("INC-26-09124"))
    w.add(341.5, "kcm", klog("I", 1, "taint_eviction.go:113", f'"Deleting pod" controller="taint-eviction-controller" pod="{ns}/{rgp}"'))
    w.add(341.6, "ev", kev("TaintManagerEviction", "Normal", "Pod", rgp, f"Marking for deletion Pod {ns}/{rgp}", "taint-eviction-controller"))
    w.add(402.0, "da", da_err("INC-26-09131"))
    w.add(402.1, "da", 'time="' + TIS + '" level=warning msg="radio relay degraded: 0/1 radio-gateway endpoints ready; queued for voice dispatch" pending=23')
    return make(
        "dev43-025-dispatch-node-machine-check", "hardware_mce_node_down",
        "Why has the ranger radio gateway been unreachable since 21:40?",
        {"namespace": ns, "node": bad}, w, "CRITICAL", "node_failure", bad,
        f"Node {bad} hit an uncorrectable ECC memory error (EDAC UE on CPU socket 1, channel 2, DIMM 0) and the kernel panicked with a fatal machine check; the node went NotReady.",
        "radio-gateway-0 (single-replica StatefulSet) was on the dead node and cannot be recreated while the node is unreachable; dispatch-api gets no route to host and radio relays queue for voice dispatch.",
        f"Power-cycle or fence {bad} and replace the failing DIMM; if it stays down, force-delete radio-gateway-0 so the StatefulSet can start it on another node.")


@record
def r26_tally_db_deadlocks():
    """Election: concurrent totals updates deadlock in PostgreSQL. ERROR."""
    w = Win("2026-11-04T03:22:00")
    ns = "tally"
    node = f"gke-results-prod-tally-pool-{hx(8)}-{sfx()[:4]}"
    tw = pod("tally-writer")
    dbh = "tally-pg-01"
    w.stream("tw", namespace=ns, pod=tw, container="tally-writer", node=node, app="tally-writer")
    w.stream("pg", host=dbh, job="systemd-journal", unit="postgresql@16-main.service", syslog_identifier="postgres")
    p1, p2 = num(48000, 48500), num(48501, 49000)
    x1, x2 = num(91800000, 91820000), num(91820001, 91840000)
    upd = "UPDATE contest_totals SET votes = votes + $1 WHERE contest_id = $2 AND candidate_id = $3"

    def pg(pid, lvl, msg):
        return f"{TPG} [{pid}] {lvl}:  {msg}"

    def sb(level, thread, logger, msg):
        return f"{TI} {level:>5} 1 --- [tally-writer] [{thread:>15}] {logger:<40} : {msg}"

    def deadlock(a, b, xa, xb, tup, thread, off, offset, ev):
        w.add(off, "pg", pg(a, "LOG", f"process {a} still waiting for ShareLock on transaction {xb} after 1000.{num(100, 999)} ms"))
        w.add(off + 0.0, "pg", pg(a, "DETAIL", f"Process holding the lock: {b}. Wait queue: {a}."))
        w.add(off + 0.1, "pg", pg(a, "ERROR", "deadlock detected"), ev=ev)
        w.add(off + 0.1, "pg", pg(a, "DETAIL", f"Process {a} waits for ShareLock on transaction {xb}; blocked by process {b}. "
                                             f"Process {b} waits for ShareLock on transaction {xa}; blocked by process {a}."), ev=ev)
        w.add(off + 0.1, "pg", pg(a, "CONTEXT", f'while updating tuple ({tup},14) in relation "contest_totals"'))
        w.add(off + 0.1, "pg", pg(a, "STATEMENT", upd))
        w.add(off + 0.2, "tw", sb("WARN", thread, "o.h.engine.jdbc.spi.SqlExceptionHelper", "SQL Error: 0, SQLState: 40P01"))
        w.add(off + 0.2, "tw", sb("ERROR", thread, "o.h.engine.jdbc.spi.SqlExceptionHelper", "ERROR: deadlock detected"))
        w.add(off + 0.3, "tw", sb("ERROR", thread, "o.b.tally.writer.TotalsWriter",
                                  "batch of 48 precinct results failed: org.springframework.dao.CannotAcquireLockException: could not execute statement "
                                  "[ERROR: deadlock detected] [update contest_totals set votes=votes+? where contest_id=? and candidate_id=?]"))
        w.add(off + 3.4, "tw", sb("ERROR", thread, "o.s.kafka.listener.DefaultErrorHandler",
                                  f"Backoff FixedBackOff{{interval=1000, currentAttempts=3, maxAttempts=2}} exhausted for results-normalized-{offset[0]}@{offset[1]}"))
        w.add(off + 3.5, "tw", sb("WARN", thread, "o.b.tally.writer.DltReporter",
                                  f"sent results-normalized-{offset[0]}@{offset[1]} to results-normalized.DLT (precincts {offset[2]})"))

    deadlock(p1, p2, x1, x2, 1182, "ntainer#0-3-C-1", 0, (4, 881977, "PA-042-0117..PA-042-0164"), True)
    deadlock(p2 + 7, p1 + 3, x2 + 40, x1 + 51, 1182, "ntainer#0-1-C-1", 41.0, (1, 902114, "GA-121-0301..GA-121-0348"), True)
    w.add(60.0, "tw", sb("WARN", "lag-reporter", "o.b.tally.metrics.LagReporter", "consumer lag 2210 records; 96 precinct batches in DLT since 03:20"))
    return make(
        "dev43-026-tally-db-deadlocks", "postgres_deadlock_batches_dlt",
        "Why are some precinct batches ending up in the dead-letter topic?",
        {"namespace": ns, "app": "tally-writer"}, w, "ERROR", "database", "tally-db",
        "Concurrent tally-writer consumers update the same contest_totals rows in different candidate order, and PostgreSQL on tally-pg-01 aborts one transaction of each pair with 'deadlock detected'.",
        "Batches that lose the deadlock exhaust their retries and are sent to results-normalized.DLT, so some precinct results are missing from the totals until replayed.",
        "Apply each batch's updates in a consistent order (sorted by contest_id, candidate_id) or serialise per contest, then replay results-normalized.DLT.")


@record
def r27_nats_planned_upgrade():
    """Parks: NATS server upgraded in a maintenance window; clients reconnect. Healthy."""
    w = Win("2026-08-02T02:00:00")
    host = "nats-alerts-01"
    w.stream("an", host=host, job="systemd-journal", syslog_identifier="ansible-ansible.legacy.apt")
    w.stream("sd", host=host, job="systemd-journal", unit="nats-server.service", syslog_identifier="systemd")
    w.stream("n", host=host, job="systemd-journal", unit="nats-server.service", syslog_identifier="nats-server")
    w.stream("af", host="alerts-app-01", job="systemd-journal", unit="alert-fanout.service", syslog_identifier="alert-fanout")
    opid, npid = num(800, 1500), num(4000, 6000)
    nip = f"10.70.1.{num(10, 60)}"

    def nl(pid, lvl, msg):
        return f"[{pid}] {TGOU} [{lvl}] {msg}"

    w.add(0, "an", "Invoked with name=['nats-server=2.10.22-1'] state=present update_cache=True allow_downgrade=False "
          "(change CHG-7781, maintenance window 02:00-02:30 UTC)")
    w.add(3.1, "sd", "Stopping nats-server.service - NATS Server...")
    w.add(3.2, "n", nl(opid, "INF", "Entering lame duck mode, stop accepting new clients"))
    w.add(5.3, "af", f"{TGO} nats: disconnected from nats://{nip}:4222")
    w.add(8.4, "n", nl(opid, "INF", "Initiating Shutdown..."))
    w.add(8.5, "n", nl(opid, "INF", "Server Exiting.."))
    w.add(8.7, "sd", "nats-server.service: Deactivated successfully.")
    w.add(8.7, "sd", "Stopped nats-server.service - NATS Server.")
    w.add(9.9, "sd", "Started nats-server.service - NATS Server.")
    w.add(10.0, "n", nl(npid, "INF", "Starting nats-server"))
    w.add(10.0, "n", nl(npid, "INF", "  Version:  2.10.22"))
    w.add(10.1, "n", nl(npid, "INF", "Starting JetStream"))
    w.add(10.2, "n", nl(npid, "INF", "  Starting restore for stream '$G > ALERTS'"))
    w.add(10.2, "n", nl(npid, "INF", "  Restored 1,204 messages for stream '$G > ALERTS' in 4ms"))
    w.add(10.3, "n", nl(npid, "INF", "Listening for client connections on 0.0.0.0:4222"))
    w.add(10.3, "n", nl(npid, "INF", "Server is ready"))
    w.add(11.6, "af", f"{TGO} nats: reconnected to nats://{nip}:4222")
    w.add(12.0, "af", f"{TGO} alert fanout resumed: consumer WILDFIRE_FANOUT ack pending 0, redelivered 0, alerts lost 0")
    return make(
        "dev43-027-nats-planned-upgrade", "planned_broker_upgrade",
        "alert-fanout disconnected from NATS overnight; were any wildfire alerts lost?",
        {"node": host}, w, "INFO", "none", "nats-server",
        "No incident: nats-server was upgraded to 2.10.22 in a scheduled window (CHG-7781); it entered lame duck mode, restarted and restored its JetStream stream.",
        "alert-fanout was disconnected for about six seconds, reconnected automatically and reports 0 alerts lost.",
        "Nothing to do.")


@record
def r28_route_optimizer_pending_scale_up():
    """Dairy: optimizer pods Pending until cluster-autoscaler adds nodes. WARN."""
    w = Win("2026-03-19T04:00:00")
    ns = "tanker-routing"
    h = rs()
    pods = [f"route-optimizer-{h}-{sfx()}" for _ in range(4)]
    run = f"route-optimizer-{h}-{sfx()}"
    asg = f"eks-logistics-general-{hx(8)}-{hx(4)}-{hx(4)}-{hx(4)}-{hx(12)}"
    ca = pod("cluster-autoscaler")
    n1 = f"ip-10-12-{num(32, 63)}-{num(10, 250)}.eu-west-1.compute.internal"
    n2 = f"ip-10-12-{num(64, 95)}-{num(10, 250)}.eu-west-1.compute.internal"
    nrun = f"ip-10-12-{num(0, 31)}-{num(10, 250)}.eu-west-1.compute.internal"
    w.stream("ev", namespace=ns, job="integrations/kubernetes/eventhandler")
    w.stream("evn", namespace="default", job="integrations/kubernetes/eventhandler")
    w.stream("ca", namespace="kube-system", pod=ca, container="cluster-autoscaler", node=nrun, app="cluster-autoscaler")
    w.stream("ro", namespace=ns, pod=run, container="optimizer", node=nrun, app="route-optimizer")
    fs = ("0/5 nodes are available: 5 Insufficient memory. preemption: 0/5 nodes are available: "
          "5 No preemption victims found for incoming pod.")

    def py(level, logger, msg):
        return f"{TJC} {level} {logger}: {msg}"

    w.add(0, "ev", kev("SuccessfulRescale", "Normal", "HorizontalPodAutoscaler", "route-optimizer",
                       "New size: 6; reason: cpu resource utilization (percentage of request) above target", "horizontal-pod-autoscaler"))
    w.add(0.3, "ev", kev("ScalingReplicaSet", "Normal", "Deployment", "route-optimizer",
                         f"Scaled up replica set route-optimizer-{h} to 6 from 2", "deployment-controller"))
    w.add(0.6, "ev", kev("FailedScheduling", "Warning", "Pod", pods[0], fs, "default-scheduler"), ev=True)
    w.add(0.6, "ev", kev("FailedScheduling", "Warning", "Pod", pods[1], fs, "default-scheduler"))
    w.add(10.4, "ca", klog("I", 1, "orchestrator.go:565", f"Best option to resize: {asg}"))
    w.add(10.4, "ca", klog("I", 1, "orchestrator.go:569", f"Estimated 2 nodes needed in {asg}"))
    w.add(10.5, "ca", klog("I", 1, "orchestrator.go:595", f"Final scale-up plan: [{{{asg} 3->5 (max: 8)}}]"))
    w.add(10.5, "ca", klog("I", 1, "executor.go:147", f"Scale-up: setting group {asg} size to 5"))
    w.add(10.8, "ev", kev("TriggeredScaleUp", "Normal", "Pod", pods[0],
                          f"pod triggered scale-up: [{{{asg} 3->5 (max: 8)}}]", "cluster-autoscaler"), ev=True)
    w.add(30.0, "ro", py("WARNING", "optimizer.queue", "9 depot plans waiting for a worker (2 workers busy), oldest 30s"))
    w.add(96.0, "ro", py("WARNING", "optimizer.queue", "14 depot plans waiting for a worker (2 workers busy), oldest 96s"))
    w.add(104.2, "evn", kev("RegisteredNode", "Normal", "Node", n1, f"Node {n1} event: Registered Node {n1} in Controller", "node-controller"))
    w.add(106.9, "evn", kev("RegisteredNode", "Normal", "Node", n2, f"Node {n2} event: Registered Node {n2} in Controller", "node-controller"))
    w.add(131.0, "ev", kev("Scheduled", "Normal", "Pod", pods[0], f"Successfully assigned {ns}/{pods[0]} to {n1}", "default-scheduler"))
    w.add(131.2, "ev", kev("Scheduled", "Normal", "Pod", pods[1], f"Successfully assigned {ns}/{pods[1]} to {n2}", "default-scheduler"))
    w.add(149.5, "ev", kev("Started", "Normal", "Pod", pods[0], "Started container optimizer", "kubelet", n1))
    w.add(151.1, "ev", kev("Started", "Normal", "Pod", pods[1], "Started container optimizer", "kubelet", n2))
    w.add(224.0, "ro", py("INFO", "optimizer.queue", "backlog cleared: plans for 14 depots published, max delay 3m12s (SLA 10m)"))
    return make(
        "dev43-028-route-optimizer-pending-scale-up", "pending_until_autoscaler",
        "Why were this morning's tanker route plans a few minutes late?",
        {"namespace": ns, "app": "route-optimizer"}, w, "WARN", "scheduling", "route-optimizer",
        "When the HPA scaled route-optimizer from 2 to 6 at the 04:00 planning run, the new pods could not be scheduled (0/5 nodes available: Insufficient memory) until cluster-autoscaler added two nodes.",
        "Four optimizer pods were Pending for about two minutes; depot plans queued and were published up to 3m12s late, within the 10-minute SLA.",
        "Optional: keep warm spare capacity before 04:00 (scheduled scale-up or a low-priority placeholder pod) or lower the optimizer's memory request.")


@record
def r29_lims_sync_unknown_ca():
    """Dairy: payments-api re-issued by a new CA that lims-sync does not trust. ERROR."""
    w = Win("2026-03-18T10:58:00")
    ns = "lims"
    node = "plant-a-w03"
    ls = pod("lims-sync")
    cm = pod("cert-manager")
    pay = pod("payments-web")
    w.stream("evp", namespace="farmer-payments", job="integrations/kubernetes/eventhandler")
    w.stream("cm", namespace="cert-manager", pod=cm, container="cert-manager-controller", node="plant-a-w01", app="cert-manager")
    w.stream("ls", namespace=ns, pod=ls, container="lims-sync", node=node, app="lims-sync")
    w.stream("pay", namespace="farmer-payments", pod=pay, container="php-fpm", node="plant-a-w02", app="payments-web")
    url = "https://payments-api.coop-dairy.internal/v1/quality-results"
    pkix = ("javax.net.ssl.SSLHandshakeException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: "
            "unable to find valid certification path to requested target")

    def qk(level, logger, thread, msg):
        return f"{TJC} {level:<5} [{logger}] ({thread}) {msg}"

    w.add(0, "evp", kev("Issuing", "Normal", "Certificate", "payments-api-tls",
                        'Issuing certificate as Secret was previously issued by "ClusterIssuer.cert-manager.io/coop-ica-2024"',
                        "cert-manager-certificates-trigger"), ev=True)
    w.add(1.4, "cm", klog("I", 1, "issuing_controller.go:342",
                          '"The certificate has been successfully issued" logger="cert-manager.certificates-issuing" key="farmer-payments/payments-api-tls"'))
    w.add(1.5, "evp", kev("Issuing", "Normal", "Certificate", "payments-api-tls", "The certificate has been successfully issued",
                          "cert-manager-certificates-issuing"))
    w.add(120.0, "ls", qk("INFO", "org.coop.lims.sync.PaymentsPush", "executor-thread-3",
                          "pushing 212 quality results (fat/protein/SCC/TBC) for 2026-03-18 to payments-api"))
    w.add(120.2, "ls", qk("ERROR", "org.coop.lims.sync.PaymentsPush", "executor-thread-3",
                          f"push of 212 quality results for 2026-03-18 to {url} failed: {pkix}"), ev=True)
    w.add(120.3, "ls", qk("WARN", "org.coop.lims.sync.RetryPolicy", "executor-thread-3", "retry 1/5 in 60s"))
    w.add(180.4, "ls", qk("ERROR", "org.coop.lims.sync.PaymentsPush", "executor-thread-4",
                          f"push of 212 quality results for 2026-03-18 to {url} failed: {pkix}"))
    w.add(180.5, "ls", qk("WARN", "org.coop.lims.sync.RetryPolicy", "executor-thread-4", "retry 2/5 in 120s"))
    w.add(300.6, "ls", qk("ERROR", "org.coop.lims.sync.PaymentsPush", "executor-thread-1",
                          f"push of 212 quality results for 2026-03-18 to {url} failed: {pkix}"))
    w.add(300.7, "ls", qk("WARN", "org.coop.lims.sync.RetryPolicy", "executor-thread-1", "retry 3/5 in 240s"))
    w.add(302.0, "pay", f'[{TLV}] production.WARNING: quality results for 2026-03-18 missing for 212 suppliers; quality bonus calculation postponed {{"run":"QB-20260318"}} []')
    w.add(540.8, "ls", qk("ERROR", "org.coop.lims.sync.PaymentsPush", "executor-thread-2",
                          f"push of 212 quality results for 2026-03-18 to {url} failed: {pkix}"))
    return make(
        "dev43-029-lims-sync-unknown-ca", "client_truststore_missing_ca",
        "Why aren't today's milk quality results reaching the payments system?",
        {"namespace": ns, "app": "lims-sync"}, w, "ERROR", "tls_certificate", "lims-sync",
        "payments-api's certificate was just re-issued by a new issuer (it was previously issued by the coop-ica-2024 ClusterIssuer), and lims-sync's Java truststore does not contain the new issuing CA, so every TLS handshake fails with PKIX path building failed.",
        "lims-sync cannot push the 212 quality results for 2026-03-18 (retries keep failing) and the payments side has postponed the quality-bonus calculation.",
        "Add the new coop issuing CA chain to lims-sync's truststore (or mount the cluster CA bundle) and restart it; then re-run the push for 2026-03-18.")


@record
def r30_results_ingest_missing_env():
    """Election: results-ingest release crashes on boot; DATABASE_URL missing."""
    w = Win("2026-11-04T01:02:00")
    ns = "results-ingest"
    node = f"gke-results-prod-ingest-pool-{hx(8)}-{sfx()[:4]}"
    p = pod("results-ingest")
    puid = uid()
    gw = pod("precinct-gateway")
    rl = pod("precinct-relay")
    svc = ip(10, 12)
    img = "europe-west1-docker.pkg.dev/newsroom-prod/results/results-ingest:4.2.0"
    w.stream("ev", namespace=ns, job="integrations/kubernetes/eventhandler")
    w.stream("ri", namespace=ns, pod=p, container="results-ingest", node=node, app="results-ingest")
    w.stream("kubelet", job="node-journal", node=node, unit="kubelet.service")
    w.stream("gw", namespace="precinct-gateway", pod=gw, container="nginx", node=node, app="precinct-gateway")
    w.stream("rl", namespace="precinct-gateway", pod=rl, container="relay", node=node, app="precinct-relay")

    def crash(t0, count):
        w.add(t0, "ev", kev("Pulled", "Normal", "Pod", p, f'Container image "{img}" already present on machine', "kubelet", node, count=count))
        w.add(t0 + 0.3, "ev", kev("Started", "Normal", "Pod", p, "Started container results-ingest", "kubelet", node, count=count))
        w.add(t0 + 1.6, "ri", "ERROR! Config provider Config.Reader failed with:")
        w.add(t0 + 1.6, "ri", "** (RuntimeError) environment variable DATABASE_URL is missing.", ev=(count == 6))
        w.add(t0 + 1.6, "ri", "For example: ecto://USER:PASS@HOST/DATABASE")
        w.add(t0 + 1.6, "ri", "    /app/releases/4.2.0/runtime.exs:21: (file)")
        w.add(t0 + 1.7, "ri", "Runtime terminating during boot ({#{'__exception__'=>true,'__struct__'=>'Elixir.RuntimeError',"
                              "message=><<\"environment variable DATABASE_URL is missing.\\nFor example: ecto://USER:PASS@HOST/DATABASE\\n\">>},"
                              "[{elixir_eval,'__FILE__',1,[{file,\"/app/releases/4.2.0/runtime.exs\"},{line,21}]}]})")
        w.add(t0 + 1.8, "ri", "Crash dump is being written to: erl_crash.dump...done")

    def gw_err(prec):
        return (f'{TGO} [error] 31#31: *{num(100000, 999999)} connect() failed (111: Connection refused) while connecting to upstream, '
                f'client: {ip(10, 12)}, server: upload.results.example, request: "POST /v1/precincts/{prec}/results HTTP/1.1", '
                f'upstream: "http://{svc}:4000/v1/precincts/{prec}/results", host: "upload.results.example"')

    def relay(prec):
        return (f"{TJC} ERROR relay.forward: precinct {prec} upload failed: HTTPConnectionPool(host='results-ingest.results-ingest.svc.cluster.local', "
                "port=4000): Max retries exceeded with url: /v1/precincts/" + prec + "/results (Caused by NewConnectionError("
                f"'<urllib3.connection.HTTPConnection object at 0x7f{hx(10)}>: Failed to establish a new connection: [Errno 111] Connection refused'))")

    crash(0, 6)
    w.add(2.4, "ev", kev("BackOff", "Warning", "Pod", p,
                         f"Back-off restarting failed container results-ingest in pod {p}_{ns}({puid})", "kubelet", node, count=21))
    w.add(2.5, "kubelet", klog("E", 1877, "pod_workers.go:1298",
                               '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"results-ingest\\" with CrashLoopBackOff: '
                               f'\\"back-off 2m40s restarting failed container=results-ingest pod={p}_{ns}({puid})\\"" pod="{ns}/{p}" podUID="{puid}"'),
          ev=True)
    w.add(6.0, "gw", gw_err("OH-035-0412"))
    w.add(7.1, "rl", relay("OH-035-0412"))
    w.add(19.0, "gw", gw_err("PA-101-0033"))
    w.add(44.2, "rl", relay("PA-101-0033"))
    w.add(71.0, "gw", gw_err("MI-163-0219"))
    w.add(72.5, "rl", f"{TJC} WARNING relay.queue: 318 precinct uploads waiting, oldest 4m12s")
    w.add(118.0, "gw", gw_err("WI-079-0101"))
    crash(162.0, 7)
    w.add(164.4, "ev", kev("BackOff", "Warning", "Pod", p,
                           f"Back-off restarting failed container results-ingest in pod {p}_{ns}({puid})", "kubelet", node, count=22))
    w.add(166.0, "gw", gw_err("GA-121-0301"))
    return make(
        "dev43-030-results-ingest-missing-env", "missing_env_crashloop",
        "Why are precinct result uploads being refused?",
        {"namespace": ns, "app": "results-ingest"}, w, "CRITICAL", "config_error", "results-ingest",
        "The results-ingest 4.2.0 release reads DATABASE_URL in runtime.exs, but the variable is not set in the pod (the new Secret no longer provides that key), so the release aborts during boot on every start.",
        "results-ingest is in CrashLoopBackOff; precinct-gateway and precinct-relay get connection refused for every precinct upload and a backlog of 318 uploads is building on election night.",
        "Restore DATABASE_URL in the results-ingest Secret/Deployment env (or roll back to the previous release) so the pods boot; then let precinct-relay drain its queue.")


@record
def r31_results_frontend_peak_normal():
    """Election: website under peak load with expected 404s and HPA scale-out. Healthy."""
    w = Win("2026-11-04T01:30:00")
    ns = "results-web"
    h = rs()
    node = f"gke-results-prod-web-pool-{hx(8)}-{sfx()[:4]}"
    fe = f"results-frontend-{h}-{sfx()}"
    newp = f"results-frontend-{h}-{sfx()}"
    w.stream("ev", namespace=ns, job="integrations/kubernetes/eventhandler")
    w.stream("fe", namespace=ns, pod=fe, container="nginx", node=node, app="results-frontend")
    ua = '"Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148"'

    def acc(path, status, size, rt, uagent=ua):
        return f'{ip(10, 8)} - - [{TCLF}] "GET {path} HTTP/1.1" {status} {size} "https://results.example/" {uagent} rt={rt}'

    w.add(0, "fe", acc("/results/president", 200, 48211, "0.004"))
    w.add(0.6, "fe", acc("/static/js/app.5f2c1a.js", 304, 0, "0.000"))
    w.add(1.1, "fe", acc("/favicon.ico", 404, 153, "0.000"))
    w.add(2.4, "fe", acc("/results/senate/ga", 200, 39102, "0.003"))
    w.add(3.9, "fe", acc("/wp-login.php", 404, 153, "0.000", '"Mozilla/5.0 (compatible; scanner/1.0)"'))
    w.add(4.2, "fe", acc("/results/2022/house/pa", 404, 4210, "0.001"))
    w.add(15.0, "ev", kev("SuccessfulRescale", "Normal", "HorizontalPodAutoscaler", "results-frontend",
                          "New size: 18; reason: cpu resource utilization (percentage of request) above target", "horizontal-pod-autoscaler"))
    w.add(15.3, "ev", kev("ScalingReplicaSet", "Normal", "Deployment", "results-frontend",
                          f"Scaled up replica set results-frontend-{h} to 18 from 12", "deployment-controller"))
    w.add(15.6, "ev", kev("Scheduled", "Normal", "Pod", newp, f"Successfully assigned {ns}/{newp} to {node}", "default-scheduler"))
    w.add(17.2, "ev", kev("Started", "Normal", "Pod", newp, "Started container nginx", "kubelet", node))
    w.add(20.3, "fe", acc("/results/president", 200, 48230, "0.005"))
    w.add(21.0, "fe", acc("/results/house/oh", 200, 35007, "0.004"))
    w.add(24.8, "fe", acc("/results/president/map.json", 304, 0, "0.000"))
    w.add(30.0, "fe", acc("/healthz", 200, 2, "0.000", '"kube-probe/1.31"'))
    return make(
        "dev43-031-results-frontend-peak-normal", "peak_load_expected_404",
        "Is the results website coping with the election-night peak? I see 404s in the logs.",
        {"namespace": ns, "app": "results-frontend"}, w, "INFO", "none", "results-frontend",
        "No incident: the 404s are a missing favicon, a vulnerability scanner and an old 2022 URL; the HPA scaled results-frontend out as designed and responses stay in single-digit milliseconds.",
        "results-frontend served results pages with 200/304 in under 5 ms while scaling from 12 to 18 replicas.",
        "Nothing to do.")


@record
def r32_tile_renderer_single_oom():
    """Parks: one tile-renderer container OOMKilled on a huge perimeter; retry ok. WARN."""
    w = Win("2026-08-20T23:12:00")
    ns = "alerts"
    node = f"aks-parksapps-{num(10000000, 99999999)}-vmss00000{RNG.choice('abcdef')}"
    h = rs()
    tr1 = f"tile-renderer-{h}-{sfx()}"
    tr2 = f"tile-renderer-{h}-{sfx()}"
    puid = uid()
    cid = hx(64)
    ap = pod("alert-publisher")
    kpid = num(20000, 40000)
    w.stream("tr1", namespace=ns, pod=tr1, container="tile-renderer", node=node, app="tile-renderer")
    w.stream("tr2", namespace=ns, pod=tr2, container="tile-renderer",
             node=f"aks-parksapps-{num(10000000, 99999999)}-vmss000002", app="tile-renderer")
    w.stream("kern", job="node-journal", node=node, transport="kernel")
    w.stream("kubelet", job="node-journal", node=node, unit="kubelet.service")
    w.stream("evn", namespace="default", job="integrations/kubernetes/eventhandler")
    w.stream("ev", namespace=ns, job="integrations/kubernetes/eventhandler")
    w.stream("ap", namespace=ns, pod=ap, container="publisher", node=node, app="alert-publisher")

    def pino(host, level, msg, **kv):
        d = {"level": level, "time": TMS, "pid": 1, "hostname": host, "msg": msg}
        d.update(kv)
        return js(d)

    def py(level, logger, msg):
        return f"{TJC} {level} {logger}: {msg}"

    killed = (f"Memory cgroup out of memory: Killed process {kpid} (node) total-vm:{num(2400000, 2600000)}kB, "
              f"anon-rss:{num(1040000, 1048000)}kB, file-rss:{num(30000, 40000)}kB, shmem-rss:0kB, UID:1000 pgtables:{num(2300, 2600)}kB oom_score_adj:986")
    w.add(0, "tr1", pino(tr1, 30, "render start", perimeter="CA-SQF-2026-0412", vertices=1842113, concurrent=3))
    w.add(0.4, "tr1", pino(tr1, 30, "render start", perimeter="MT-LCF-2026-0077", vertices=211408, concurrent=3))
    w.add(9.7, "kern", "node invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=986")
    w.add(9.7, "kern", "memory: usage 1048576kB, limit 1048576kB, failcnt 211", ev=True)
    w.add(9.7, "kern", killed, ev=True)
    w.add(9.9, "evn", kev("OOMKilling", "Warning", "Node", node, killed, "kernel-monitor", node))
    w.add(10.1, "kubelet", klog("I", 2410, "kubelet.go:2461",
                                f'"SyncLoop (PLEG): event for pod" pod="{ns}/{tr1}" event={{"ID":"{puid}","Type":"ContainerDied","Data":"{cid}"}}'))
    w.add(10.3, "ap", py("WARNING", "publisher.render", "render of CA-SQF-2026-0412 failed (EOF from tile-renderer.alerts.svc:3000); retrying on another replica with concurrency hint 1"))
    w.add(10.9, "ev", kev("Pulled", "Normal", "Pod", tr1, 'Container image "parksacr.azurecr.io/alerts/tile-renderer:3.4.2" already present on machine', "kubelet", node))
    w.add(11.2, "ev", kev("Started", "Normal", "Pod", tr1, "Started container tile-renderer", "kubelet", node))
    w.add(11.8, "tr2", pino(tr2, 30, "render start", perimeter="CA-SQF-2026-0412", vertices=1842113, concurrent=1))
    w.add(12.6, "tr1", pino(tr1, 30, "listening", port=3000))
    w.add(26.0, "tr2", pino(tr2, 30, "render done", perimeter="CA-SQF-2026-0412", tiles=412, ms=14187, rssMiB=702))
    w.add(26.4, "ap", py("INFO", "publisher.render", "CA-SQF-2026-0412 perimeter map published (attempt 2, 26.3s after first try)"))
    w.add(30.0, "ap", py("INFO", "publisher.render", "MT-LCF-2026-0077 perimeter map re-queued and published (attempt 2)"))
    return make(
        "dev43-032-tile-renderer-single-oom", "single_oomkill_retry_ok",
        "A tile-renderer pod restarted during the Sequoia fire update; is the wildfire map feed OK?",
        {"namespace": ns, "app": "tile-renderer"}, w, "WARN", "oom_killed", "tile-renderer",
        "tile-renderer was rendering three perimeters at once, including a 1.8M-vertex one, and exceeded its 1Gi memory limit; the kernel OOM-killed the container once.",
        "The container restarted immediately and the publisher retried the render on another replica with concurrency 1, so the fire maps were published about 26 s late.",
        "Limit render concurrency for large perimeters (or raise the memory limit) so a single big perimeter cannot push the container over 1Gi.")


# ---------------------------------------------------------------- batch 5

@record
def r33_payment_batch_retry_ok():
    """Dairy: Sidekiq payment batch with a retried bank poll. Healthy."""
    w = Win("2026-03-02T06:00:00")
    ns = "farmer-payments"
    node = "plant-a-w02"
    p = pod("payments-sidekiq")
    w.stream("sk", namespace=ns, pod=p, container="sidekiq", node=node, app="payments-sidekiq")
    tid = "".join(RNG.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(4))

    def sk(cls, jid, msg, elapsed=None):
        el = f" elapsed={elapsed}" if elapsed is not None else ""
        return f"{TI} pid=1 tid={tid} class={cls} jid={jid}{el} {msg}"

    j1, j2, j3 = hx(24), hx(24), hx(24)
    w.add(0, "sk", sk("FarmerPaymentBatchJob", j1, "INFO: start"))
    w.add(0.4, "sk", sk("FarmerPaymentBatchJob", j1, "INFO: payment batch END-FEB-2026: 1279 farmers, computing deductions (haulage, levy, quality bonus)"))
    w.add(42.8, "sk", sk("FarmerPaymentBatchJob", j1, "INFO: payment batch END-FEB-2026: 1279 farmers, 0 failed, 0 held, total EUR 2391022.18"))
    w.add(42.9, "sk", sk("FarmerPaymentBatchJob", j1, "INFO: done", 42.911))
    w.add(43.0, "sk", sk("BankStatusPollJob", j2, "INFO: start"))
    w.add(43.5, "sk", sk("BankStatusPollJob", j2, "INFO: fail", 0.512))
    w.add(43.5, "sk", sk("BankStatusPollJob", j2, "WARN: Faraday::ConnectionFailed: Failed to open TCP connection to status.bankconnect.example:443 (Connection reset by peer - SSL_connect)"))
    w.add(43.5, "sk", sk("BankStatusPollJob", j2, "WARN: /usr/local/bundle/gems/faraday-net_http-3.1.0/lib/faraday/adapter/net_http.rb:66:in `rescue in call'"))
    w.add(74.2, "sk", sk("BankStatusPollJob", j2, "INFO: start"))
    w.add(75.0, "sk", sk("BankStatusPollJob", j2, "INFO: bank status END-FEB-2026: ACCP (accepted), 1279/1279 transactions"))
    w.add(75.1, "sk", sk("BankStatusPollJob", j2, "INFO: done", 0.884))
    w.add(75.3, "sk", sk("StatementNotifyJob", j3, "INFO: start"))
    w.add(79.9, "sk", sk("StatementNotifyJob", j3, "INFO: queued 1279 payment advice e-mails, 0 bounced addresses"))
    w.add(80.0, "sk", sk("StatementNotifyJob", j3, "INFO: done", 4.702))
    return make(
        "dev43-033-payment-batch-retry-ok", "sidekiq_retry_succeeds",
        "Did the end-of-February farmer payment run go through? Sidekiq logged a failure.",
        {"namespace": ns, "app": "payments-sidekiq"}, w, "INFO", "none", "payments-sidekiq",
        "No incident: one BankStatusPollJob attempt failed on a connection reset and Sidekiq's automatic retry succeeded 30 s later; the bank accepted all 1279 transactions.",
        "The END-FEB-2026 batch paid 1279 farmers with 0 failed or held, the bank status is ACCP and payment advices were queued.",
        "Nothing to do.")


@record
def r34_results_ssr_max_node_group():
    """Election: results-ssr scale-out blocked at node-group max size. ERROR."""
    w = Win("2026-11-04T03:00:00")
    ns = "results-web"
    h = rs()
    pool = f"gke-results-prod-web-pool-{hx(8)}-grp"
    node = f"gke-results-prod-web-pool-{hx(8)}-{sfx()[:4]}"
    pend = [f"results-ssr-{h}-{sfx()}" for _ in range(3)]
    run = f"results-ssr-{h}-{sfx()}"
    ca = pod("cluster-autoscaler")
    ing = f"ingress-nginx-controller-{rs()}-{sfx()}"
    w.stream("ev", namespace=ns, job="integrations/kubernetes/eventhandler")
    w.stream("ca", namespace="kube-system", pod=ca, container="cluster-autoscaler", node=node, app="cluster-autoscaler")
    w.stream("ing", namespace="ingress-nginx", pod=ing, container="controller", node=node, app="ingress-nginx")
    w.stream("ssr", namespace=ns, pod=run, container="results-ssr", node=node, app="results-ssr")
    fs = ("0/24 nodes are available: 24 Insufficient cpu. preemption: 0/24 nodes are available: "
          "24 No preemption victims found for incoming pod.")

    def acc(path, status, rt):
        return (f'{ip(10, 8)} - - [{TCLF}] "GET {path} HTTP/2.0" {status} {num(150, 600) if status >= 500 else num(30000, 60000)} "-" '
                f'"Mozilla/5.0 (Linux; Android 14) Chrome/130.0" {num(300, 500)} {rt} [{ns}-results-ssr-3000] [] '
                f'{ip(10, 8)}:3000 {num(0, 600)} {rt} {status} {hx(32)}')

    def upto(path):
        return (f'{TGO} [error] 44#44: *{num(1000000, 9999999)} upstream timed out (110: Operation timed out) while reading response header from upstream, '
                f'client: {ip(10, 8)}, server: results.example, request: "GET {path} HTTP/2.0", '
                f'upstream: "http://{ip(10, 8)}:3000{path}", host: "results.example"')

    w.add(0, "ev", kev("SuccessfulRescale", "Normal", "HorizontalPodAutoscaler", "results-ssr",
                       "New size: 60; reason: cpu resource utilization (percentage of request) above target", "horizontal-pod-autoscaler"))
    w.add(0.3, "ev", kev("ScalingReplicaSet", "Normal", "Deployment", "results-ssr",
                         f"Scaled up replica set results-ssr-{h} to 60 from 36", "deployment-controller"))
    w.add(0.7, "ev", kev("FailedScheduling", "Warning", "Pod", pend[0], fs, "default-scheduler"), ev=True)
    w.add(0.7, "ev", kev("FailedScheduling", "Warning", "Pod", pend[1], fs, "default-scheduler"))
    w.add(10.2, "ca", klog("I", 1, "orchestrator.go:181", f"Skipping node group {pool} - max size reached"), ev=True)
    w.add(10.4, "ev", kev("NotTriggerScaleUp", "Normal", "Pod", pend[0],
                          "pod didn't trigger scale-up: 1 max node group size reached", "cluster-autoscaler"), ev=True)
    w.add(14.0, "ssr", js({"level": 40, "time": TMS, "pid": 1, "hostname": run, "msg": "event loop lag high", "lagMs": 1840, "inflight": 212}))
    w.add(16.2, "ing", acc("/results/house/pa", 504, "10.001"))
    w.add(16.3, "ing", upto("/results/house/pa"))
    w.add(19.9, "ing", acc("/results/president", 200, "3.412"))
    w.add(22.5, "ing", acc("/results/senate/az", 503, "0.001"))
    w.add(31.0, "ing", upto("/results/senate/wi"))
    w.add(40.4, "ev", kev("FailedScheduling", "Warning", "Pod", pend[2], fs, "default-scheduler", count=4))
    w.add(41.0, "ing", acc("/results/house/mi", 504, "10.000"))
    w.add(71.3, "ca", klog("I", 1, "orchestrator.go:181", f"Skipping node group {pool} - max size reached"))
    w.add(72.0, "ing", upto("/results/president/map"))
    w.add(75.0, "ssr", js({"level": 40, "time": TMS, "pid": 1, "hostname": run, "msg": "event loop lag high", "lagMs": 2210, "inflight": 240}))
    return make(
        "dev43-034-results-ssr-max-node-group", "pending_node_group_max",
        "Why are some results pages timing out at the 03:00 peak?",
        {"namespace": ns, "app": "results-ssr"}, w, "ERROR", "scheduling", "results-ssr",
        "The HPA asked for 60 results-ssr replicas but 24 stay Pending: every node lacks CPU (0/24 nodes available) and cluster-autoscaler cannot add nodes because the web node pool is at its maximum size.",
        "The 36 running results-ssr pods are overloaded (event-loop lag ~2 s), so ingress-nginx returns 504/503 for a share of uncached results pages while the CDN still serves cached ones.",
        "Raise the web node pool's maximum size (or add a second pool) so the pending results-ssr pods can be scheduled; consider pre-scaling before the next peak.")


@record
def r35_gate_kiosk_resolved_degraded():
    """Parks: kiosk resolver downgrades EDNS against a flaky DNS server; retries ok. WARN."""
    w = Win("2026-07-19T11:02:00", tz="-06:00", abbr="MDT")
    host = "zion-south-kiosk2"
    w.stream("res", host=host, job="systemd-journal", unit="systemd-resolved.service", syslog_identifier="systemd-resolved")
    w.stream("ps", host=host, job="systemd-journal", unit="pass-sync.service", syslog_identifier="pass-sync")
    url = "https://passes.parks.example/api/v2/sync?since=2026-07-19T16%3A57%3A00Z"

    def sl(level, msg, **kv):
        def val(v):
            v = str(v)
            return q(v) if (" " in v or '"' in v) else v
        extra = " ".join(f"{k}={val(v)}" for k, v in kv.items())
        return f"time={TIOFF} level={level} msg={q(msg)}" + (" " + extra if extra else "")

    w.add(0, "ps", sl("INFO", "sync ok", passes=18, took="1.2s"))
    w.add(61.0, "res", "Using degraded feature set UDP instead of UDP+EDNS0 for DNS server 10.80.0.53.", ev=True)
    w.add(66.2, "ps", sl("WARN", "sync failed, will retry", attempt=1,
                         err=f'Get "{url}": dial tcp: lookup passes.parks.example on 127.0.0.53:53: server misbehaving'), ev=True)
    w.add(66.3, "ps", sl("INFO", "scan validated from local cache", gate="ZION-SOUTH", lane=2, cacheAge="1m"))
    w.add(72.0, "res", "Using degraded feature set TCP instead of UDP for DNS server 10.80.0.53.", ev=True)
    w.add(96.5, "ps", sl("WARN", "sync failed, will retry", attempt=2,
                         err=f'Get "{url}": dial tcp: lookup passes.parks.example on 127.0.0.53:53: server misbehaving'))
    w.add(127.1, "ps", sl("INFO", "sync ok", passes=41, took="3.8s", attempt=3))
    w.add(180.0, "ps", sl("INFO", "sync ok", passes=9, took="2.9s"))
    w.add(361.0, "res", "Grace period over, resuming full feature set (UDP+EDNS0) for DNS server 10.80.0.53.")
    w.add(366.0, "ps", sl("INFO", "sync ok", passes=22, took="1.1s"))
    return make(
        "dev43-035-gate-kiosk-resolved-degraded", "resolver_feature_downgrade",
        "The Zion south-gate kiosk reported pass-sync failures; is it still syncing?",
        {"node": host}, w, "WARN", "dns_resolution", "systemd-resolved",
        "The park's DNS server 10.80.0.53 stopped answering EDNS0/UDP queries properly, so systemd-resolved on the kiosk downgraded to UDP and then TCP and lookups of passes.parks.example briefly failed with 'server misbehaving'.",
        "Two pass-sync attempts failed over about a minute while scans were validated from the local cache; sync succeeded on the third attempt and resolved resumed the full feature set.",
        "Optional: check the park DNS server/router at 10.80.0.53 for EDNS or fragmentation problems; nothing else to do.")


@record
def r36_payments_db_wraparound():
    """Dairy: payments PostgreSQL stops accepting writes to prevent XID wraparound."""
    w = Win("2026-03-20T05:30:00")
    ns = "farmer-payments"
    dbh = "pg-pay-01"
    web = pod("payments-web")
    wk = pod("payments-queue")
    w.stream("pg", host=dbh, job="systemd-journal", unit="postgresql@15-main.service", syslog_identifier="postgres")
    w.stream("web", namespace=ns, pod=web, container="php-fpm", node="plant-a-w02", app="payments-web")
    w.stream("wk", namespace=ns, pod=wk, container="queue-worker", node="plant-a-w03", app="payments-queue")
    av = num(30000, 40000)
    hint_vac = ("HINT:  To avoid a database shutdown, execute a database-wide VACUUM in that database. "
                "You might also need to commit or roll back old prepared transactions, or drop stale replication slots.")

    def pg(pid, msg):
        return f"{TPG} [{pid}] {msg}"

    def lv(ts_sql):
        return (f'[{TLV}] production.ERROR: SQLSTATE[54000]: Program limit exceeded: 7 ERROR:  database is not accepting commands to avoid '
                f'wraparound data loss in database "payments" HINT:  Stop the postmaster and vacuum that database in single-user mode. '
                f'You might also need to commit or roll back old prepared transactions, or drop stale replication slots. '
                f'(Connection: pgsql, SQL: {ts_sql}) {{"exception":"[object] (Illuminate\\\\Database\\\\QueryException(code: 54000))"}}')

    w.add(0, "pg", pg(av, "WARNING:  oldest xmin is far in the past"), ev=True)
    w.add(0.0, "pg", pg(av, "HINT:  Close open transactions soon to avoid wraparound problems. "
                            "You might also need to commit or roll back old prepared transactions, or drop stale replication slots."))
    w.add(0.1, "pg", pg(av, 'CONTEXT:  automatic vacuum of table "payments.public.milk_deliveries"'))
    w.add(184.0, "pg", pg(av, 'LOG:  automatic aggressive vacuum to prevent wraparound of table "payments.public.milk_deliveries": index scans: 0 '
                              "pages: 0 removed, 1934112 remain, 1934112 scanned (100.00% of total) "
                              "tuples: 0 removed, 48211942 remain, 18229413 are dead but not yet removable "
                              "removable cutoff: 1874311, which was 2144122087 XIDs old when operation ended"), ev=True)
    b1, b2, b3 = num(41000, 42000), num(42000, 43000), num(43000, 44000)
    w.add(240.0, "pg", pg(b1, 'WARNING:  database "payments" must be vacuumed within 3412118 transactions'), ev=True)
    w.add(240.0, "pg", pg(b1, hint_vac))
    w.add(420.0, "pg", pg(b2, 'WARNING:  database "payments" must be vacuumed within 3040211 transactions'))
    w.add(611.2, "pg", pg(b3, 'ERROR:  database is not accepting commands to avoid wraparound data loss in database "payments"'), ev=True)
    w.add(611.2, "pg", pg(b3, "HINT:  Stop the postmaster and vacuum that database in single-user mode. "
                                             "You might also need to commit or roll back old prepared transactions, or drop stale replication slots."))
    w.add(611.4, "wk", lv('insert into "milk_deliveries" ("farm_id", "tanker_id", "litres", "collected_at") values (10442, T-17, 4120, 2026-03-20 05:40:11)'))
    w.add(611.5, "wk", f'[{TLV}] production.ERROR: Job App\\Jobs\\RecordMilkDelivery failed after 3 attempts {{"farm_id":10442,"tanker":"T-17"}}')
    w.add(614.0, "web", lv('insert into "delivery_payments" ("farm_id", "period", "amount_cents") values (8812, 2026-03-M, 187412)'))
    w.add(630.8, "wk", lv('insert into "milk_deliveries" ("farm_id", "tanker_id", "litres", "collected_at") values (10517, T-04, 3870, 2026-03-20 05:40:29)'))
    w.add(645.1, "web", lv('update "farmers" set "last_login_at" = 2026-03-20 05:40:44 where "id" = 2291'))
    w.add(660.0, "wk", f'[{TLV}] production.WARNING: failed_jobs grew to 412 in 5 minutes (RecordMilkDelivery); tanker collection records are not being stored [] []')
    return make(
        "dev43-036-payments-db-wraparound", "xid_wraparound_stop",
        "Why are milk delivery records and payments failing to save since 05:40?",
        {"namespace": ns, "node": dbh}, w, "CRITICAL", "database", "payments-db",
        "PostgreSQL on pg-pay-01 reached its transaction-ID wraparound stop limit: an old xmin (stale replication slot or prepared transaction) kept autovacuum from freezing milk_deliveries, and the payments database now refuses all write commands.",
        "Every insert and update from payments-web and the payments-queue workers fails with SQLSTATE 54000; tanker milk delivery records are not being stored (412 failed jobs in 5 minutes).",
        "Find and remove what holds the old xmin (drop the stale replication slot / roll back old prepared transactions), then run a database-wide VACUUM (FREEZE) on payments, in single-user mode if required; replay the failed jobs afterwards.")


@record
def r37_autoscaler_night_scale_down():
    """Dairy: cluster-autoscaler removes an empty node at night. Healthy."""
    w = Win("2026-03-16T22:10:00")
    node = f"ip-10-12-{num(32, 95)}-{num(10, 250)}.eu-west-1.compute.internal"
    other = f"ip-10-12-{num(0, 31)}-{num(10, 250)}.eu-west-1.compute.internal"
    ca = pod("cluster-autoscaler")
    w.stream("ca", namespace="kube-system", pod=ca, container="cluster-autoscaler", node=other, app="cluster-autoscaler")
    w.stream("evn", namespace="default", job="integrations/kubernetes/eventhandler")
    w.stream("ev", namespace="kube-system", job="integrations/kubernetes/eventhandler")
    ds = f"aws-node-{sfx()}"
    w.add(0, "ca", klog("I", 1, "eligibility.go:104", f"Node {node} - cpu requested is 4.2% of allocatable"))
    w.add(0.1, "ca", klog("I", 1, "nodes.go:126", f"{node} was unneeded for 10m0.512s"))
    w.add(0.3, "ca", klog("I", 1, "actuator.go:161", f'Scale-down: removing empty node "{node}"'))
    w.add(0.4, "evn", kev("ScaleDown", "Normal", "Node", node, "marked the node as toBeDeleted/unschedulable", "cluster-autoscaler"))
    w.add(0.5, "ca", klog("I", 1, "delete.go:103", f"Successfully added ToBeDeletedTaint on node {node}"))
    w.add(1.9, "ev", kev("Killing", "Normal", "Pod", ds, "Stopping container aws-node", "kubelet", node))
    w.add(32.6, "evn", kev("ScaleDown", "Normal", "Node", node, "node removed by cluster autoscaler", "cluster-autoscaler"))
    w.add(33.0, "ca", klog("I", 1, "actuator.go:254", f"Scale-down: node {node} removed with drain"))
    w.add(74.0, "evn", kev("NodeNotReady", "Normal", "Node", node, f"Node {node} status is now: NodeNotReady", "node-controller"))
    w.add(80.3, "evn", kev("RemovingNode", "Normal", "Node", node, f"Node {node} event: Removing Node {node} from Controller", "node-controller"))
    w.add(90.0, "ca", klog("I", 1, "static_autoscaler.go:592", "No unschedulable pods"))
    return make(
        "dev43-037-autoscaler-night-scale-down", "planned_scale_down",
        "A node in the logistics cluster went NotReady last night; what happened?",
        {"node": node}, w, "INFO", "none", "cluster-autoscaler",
        "No incident: cluster-autoscaler removed a node that had been empty for 10 minutes; the NotReady and RemovingNode events are the normal end of that scale-down.",
        "The node was tainted, drained of its DaemonSet pods and deleted; no pods were left unschedulable.",
        "Nothing to do.")


@record
def r38_statement_pdf_nomethoderror():
    """Dairy: StatementPdfJob crashes for farmers paid by cheque. ERROR."""
    w = Win("2026-03-03T07:00:00")
    ns = "farmer-payments"
    p = pod("payments-sidekiq")
    w.stream("sk", namespace=ns, pod=p, container="sidekiq", node="plant-a-w02", app="payments-sidekiq")
    tids = ["".join(RNG.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(4)) for _ in range(3)]

    def sk(tid, jid, msg, elapsed=None, cls="StatementPdfJob"):
        el = f" elapsed={elapsed}" if elapsed is not None else ""
        return f"{TI} pid=1 tid={tid} class={cls} jid={jid}{el} {msg}"

    ja, jb, jc, jd = hx(24), hx(24), hx(24), hx(24)
    w.add(0, "sk", sk(tids[0], ja, "INFO: start"))
    w.add(0.9, "sk", sk(tids[0], ja, "INFO: statement FEB-2026 farmer F-08812 rendered (3 pages)"))
    w.add(1.0, "sk", sk(tids[0], ja, "INFO: done", 0.998))
    w.add(1.1, "sk", sk(tids[1], jb, "INFO: start"))
    w.add(1.3, "sk", sk(tids[1], jb, "INFO: fail", 0.231))
    w.add(1.3, "sk", sk(tids[1], jb, "WARN: NoMethodError: undefined method `iban' for nil"), ev=True)
    w.add(1.3, "sk", sk(tids[1], jb, "WARN: /app/app/pdfs/statement_pdf.rb:88:in `payment_block'"), ev=True)
    w.add(1.3, "sk", sk(tids[1], jb, "WARN: /app/app/jobs/statement_pdf_job.rb:14:in `perform'"))
    w.add(2.0, "sk", sk(tids[2], jc, "INFO: start"))
    w.add(2.2, "sk", sk(tids[2], jc, "INFO: fail", 0.204))
    w.add(2.2, "sk", sk(tids[2], jc, "WARN: NoMethodError: undefined method `iban' for nil"))
    w.add(31.4, "sk", sk(tids[0], jd, "INFO: start"))
    w.add(31.6, "sk", sk(tids[0], jd, "INFO: fail", 0.219))
    w.add(31.6, "sk", sk(tids[0], jd, "WARN: NoMethodError: undefined method `iban' for nil"))
    w.add(60.0, "sk", sk(tids[1], hx(24), "INFO: statement run FEB-2026: 1242 rendered, 37 failed (NoMethodError); failed farmers all have payout_method=cheque and no bank_account",
                         cls="StatementRunJob"), ev=True)
    w.add(95.0, "sk", sk(tids[2], jb, "INFO: start"))
    w.add(95.2, "sk", sk(tids[2], jb, "INFO: fail", 0.226))
    w.add(95.2, "sk", sk(tids[2], jb, "WARN: NoMethodError: undefined method `iban' for nil"))
    return make(
        "dev43-038-statement-pdf-nomethoderror", "ruby_nomethoderror_nil",
        "Why did 37 farmers not get their February payment statement?",
        {"namespace": ns, "app": "payments-sidekiq"}, w, "ERROR", "application_error", "payments-sidekiq",
        "StatementPdfJob calls bank_account.iban in statement_pdf.rb:88 without handling farmers paid by cheque, whose bank_account is nil, raising NoMethodError: undefined method `iban' for nil.",
        "37 of 1279 February statements fail and keep failing on every Sidekiq retry; the other 1242 were rendered.",
        "Handle payout_method=cheque (nil bank_account) in StatementPdf#payment_block, deploy, and retry the 37 failed jobs from the Sidekiq retry set.")


@record
def r39_haproxy_backend_cert_expired():
    """Election: one HAProxy backend's certificate expired; 2/3 servers left. WARN."""
    w = Win("2026-11-04T01:14:50")
    lb = "lb-feed-01"
    w.stream("lb", host=lb, job="syslog", filename="/var/log/haproxy.log")
    w.stream("f3", host="feed3", job="syslog", filename="/var/log/syslog")
    hp = num(2000, 2600)

    def hl(client, srv, tt, status, size, path):
        tr = max(1, tt - 2)
        return (f'{TSY} {lb} haproxy[{hp}]: {client}:{num(33000, 60999)} [{THAP}] fe_feed_https~ be_feed_api/{srv} '
                f'0/0/1/{tr}/{tt} {status} {size} - - ---- {num(300, 450)}/{num(300, 450)}/{num(20, 40)}/{num(8, 16)}/0 0/0 "GET {path} HTTP/1.1"')

    partner = "203.0.113.40"
    w.add(0, "lb", hl(partner, "feed3", 38, 200, 18231, "/v2/feed/races/senate"))
    w.add(9.5, "f3", f"{TSY} feed3 cert-expiry-check[3012]: /etc/ssl/feed/feed3.pem notAfter=Nov  4 01:14:55 2026 GMT: EXPIRED (renewal job last succeeded 2026-08-06)", ev=True)
    w.add(12.1, "lb", f'{TSY} {lb} haproxy[{hp}]: [WARNING]  ({hp}) : Server be_feed_api/feed3 is DOWN, reason: Layer6 invalid response, '
                      'info: "SSL handshake failure (error:0A000086:SSL routines::certificate verify failed)", check duration: 4ms. '
                      '2 active and 0 backup servers left. 0 sessions active, 0 requeued, 0 remaining in queue.', ev=True)
    w.add(14.0, "lb", hl(partner, "feed1", 61, 200, 18240, "/v2/feed/races/senate"))
    w.add(15.2, "lb", hl("198.51.100.17", "feed2", 74, 200, 40127, "/v2/feed/races/president"))
    w.add(31.8, "lb", hl(partner, "feed1", 88, 200, 17702, "/v2/feed/races/house?state=GA"))
    w.add(48.0, "lb", hl("198.51.100.17", "feed2", 92, 200, 40133, "/v2/feed/races/president"))
    w.add(62.3, "lb", f'{TSY} {lb} haproxy[{hp}]: [WARNING]  ({hp}) : Health check for server be_feed_api/feed3 failed, reason: Layer6 invalid response, '
                      'info: "SSL handshake failure (error:0A000086:SSL routines::certificate verify failed)", check duration: 3ms, status: 0/2 DOWN.')
    w.add(75.5, "lb", hl(partner, "feed2", 79, 200, 18244, "/v2/feed/races/senate"))
    w.add(90.0, "lb", hl("198.51.100.17", "feed1", 95, 200, 40150, "/v2/feed/races/president"))
    return make(
        "dev43-039-haproxy-backend-cert-expired", "backend_cert_expired_server_down",
        "HAProxy marked feed3 DOWN; is the broadcast partner feed affected?",
        {"node": lb}, w, "WARN", "tls_certificate", "feed-api",
        "The TLS certificate of the feed-api backend feed3 expired at 01:14:55 UTC (its renewal job has not succeeded since August), so HAProxy's TLS health check fails certificate verification and takes feed3 out of rotation.",
        "be_feed_api runs on 2 of 3 servers; partner requests still succeed but response times rose from ~40 ms to ~90 ms on election night.",
        "Renew and install feed3's certificate (and fix its renewal job) so HAProxy brings it back; check feed1/feed2 expiry dates too.")


@record
def r40_clickhouse_merges_retention():
    """Election: ClickHouse background merges and a scheduled partition drop. Healthy."""
    w = Win("2026-11-04T02:11:00")
    host = "ch-results-01"
    w.stream("ch", host=host, job="clickhouse", filename="/var/log/clickhouse-server/clickhouse-server.log")
    t1, t2 = uid(), uid()
    q1, q2 = uid(), uid()
    th = [num(200, 900) for _ in range(4)]

    def ch(thread, qid, lvl, src, msg):
        return f"{TCH} [ {thread} ] {{{qid}}} <{lvl}> {src}: {msg}"

    w.add(0, "ch", ch(th[0], "", "Debug", f"analytics.results_by_county ({t1}) (MergerMutator)",
                      "Selected 6 parts from 202611_1_812_41 to 202611_818_823_1"))
    w.add(0.0, "ch", ch(th[0], "", "Debug", f"analytics.results_by_county ({t1})",
                        "Reserving 41.22 MiB on disk `default`, having unreserved 1.61 TiB."))
    w.add(1.8, "ch", ch(th[1], q1, "Debug", "executeQuery",
                        f"(from {ip(10, 30)}:{num(33000, 60999)}, user: results_api) SELECT state, county, candidate, sum(votes) FROM analytics.results_by_county WHERE race = 'senate' GROUP BY state, county, candidate"))
    w.add(2.0, "ch", ch(th[1], q1, "Information", "executeQuery",
                        "Read 1843211 rows, 41.22 MiB in 0.183 sec., 10072191 rows/sec., 225.24 MiB/sec."))
    w.add(4.6, "ch", ch(th[0], "", "Debug", f"analytics.results_by_county ({t1}) (MergerMutator)",
                        "Merge sorted 1843211 rows, containing 9 columns (9 merged, 0 gathered) in 4.612 sec., 399655 rows/sec., 8.94 MiB/sec."))
    w.add(4.7, "ch", ch(th[0], "", "Trace", f"analytics.results_by_county ({t1})",
                        "Renaming temporary part tmp_merge_202611_1_823_42 to 202611_1_823_42 with tid (1, 1, 00000000-0000-0000-0000-000000000000)."))
    w.add(60.0, "ch", ch(th[2], q2, "Debug", "executeQuery",
                         f"(from {ip(10, 30)}:{num(33000, 60999)}, user: retention) ALTER TABLE analytics.raw_feed_events DROP PARTITION '202610'"))
    w.add(60.1, "ch", ch(th[2], q2, "Information", f"analytics.raw_feed_events ({t2})",
                         "Removing 14 parts from partition 202610 (retention job, keep 30 days)"))
    w.add(60.2, "ch", ch(th[2], q2, "Debug", "MemoryTracker", "Peak memory usage (for query): 1.02 MiB."))
    w.add(480.0, "ch", ch(th[3], "", "Debug", f"analytics.results_by_county ({t1})",
                          "Removing 6 parts from filesystem (serially): Parts: [202611_1_812_41, 202611_813_813_0, 202611_814_814_0, 202611_815_815_0, 202611_816_817_1, 202611_818_823_1]"))
    return make(
        "dev43-040-clickhouse-merges-retention", "background_merges_retention",
        "Is anything wrong with the ClickHouse results store on ch-results-01?",
        {"node": host}, w, "INFO", "none", "clickhouse",
        "No incident: routine background merges, fast analytical queries and a scheduled 30-day retention drop of partition 202610.",
        "ClickHouse merged parts normally, served the senate rollup query in 0.18 s and dropped last month's raw partition as scheduled.",
        "Nothing to do.")


# ------------------------------------------------------------------- main
def build():
    return [fn() for fn in RECORDS]


def main():
    recs = build()
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} records to {OUT}")


if __name__ == "__main__":
    main()
