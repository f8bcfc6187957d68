#!/usr/bin/env python3
"""Deterministic generator for the dev32 held-out evaluation set.

Standard library only.  It never reads the wall clock, the environment, the
locale or the local time zone: every instant is derived from SEED and the
scenario name, all calendar arithmetic is done in UTC (fixed offsets only),
month names come from a table in this file, and output is written as UTF-8.

Usage: python3 make_dev32.py            -> writes dev32.jsonl next to this file
       python3 make_dev32.py OUT.jsonl  -> writes OUT.jsonl
"""
import hashlib
import json
import random
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

SEED = 203232
N_EXPECTED = 40

SRC_FOREST = "synthetic:dev32-forestry"
SRC_TRANSIT = "synthetic:dev32-transit"
SRC_L10N = "synthetic:dev32-localization"

UTC = timezone.utc
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
PREC = {"s": 1_000_000, "ms": 1_000, "us": 1}


# --------------------------------------------------------------------------
# randomness
# --------------------------------------------------------------------------
def scenario_rng(name):
    digest = hashlib.sha256(f"{SEED}:{name}".encode("utf-8")).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


K8S_ALNUM = "bcdfghjklmnpqrstvwxz2456789"
HEX = "0123456789abcdef"
LOWER = "abcdefghijklmnopqrstuvwxyz0123456789"


def rstr(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def pod_name(rng, deploy):
    """Deployment pod name: <deploy>-<pod-template-hash>-<suffix>."""
    return f"{deploy}-{rstr(rng, K8S_ALNUM, rng.choice([9, 10]))}-{rstr(rng, K8S_ALNUM, 5)}"


def rs_and_pods(rng, deploy, n):
    h = rstr(rng, K8S_ALNUM, rng.choice([9, 10]))
    return f"{deploy}-{h}", [f"{deploy}-{h}-{rstr(rng, K8S_ALNUM, 5)}" for _ in range(n)]


def ip(rng, prefix):
    parts = prefix.split(".")
    while len(parts) < 4:
        parts.append(str(rng.randint(2, 250)))
    return ".".join(parts)


def uuid4(rng):
    h = rstr(rng, HEX, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:32]}"


def hexid(rng, n):
    return rstr(rng, HEX, n)


def ev_name(rng, obj):
    return f"{obj}.{rstr(rng, HEX, 16)}"


# --------------------------------------------------------------------------
# time: instants are integer microseconds since the Unix epoch (UTC)
# --------------------------------------------------------------------------
def epoch_us(y, mo, d, h=0, mi=0, s=0):
    return int((datetime(y, mo, d, h, mi, s, tzinfo=UTC) - EPOCH).total_seconds()) * 1_000_000


def to_dt(us, offset_min=0):
    tz = UTC if offset_min == 0 else timezone(timedelta(minutes=offset_min))
    return (EPOCH + timedelta(microseconds=us)).astimezone(tz)


def last_sunday(y, mo):
    # last Sunday of month mo (mo in 3 or 10), computed without any tz database
    d = datetime(y, mo + 1, 1, tzinfo=UTC) - timedelta(days=1)
    while d.weekday() != 6:
        d -= timedelta(days=1)
    return d.day


def nth_sunday(y, mo, n):
    d = datetime(y, mo, 1, tzinfo=UTC)
    while d.weekday() != 6:
        d += timedelta(days=1)
    return (d + timedelta(days=7 * (n - 1))).day


def us_offset(us, std_min):
    """US daylight time (2nd Sun Mar 02:00 local .. 1st Sun Nov 02:00 local)."""
    y = to_dt(us).year
    start = epoch_us(y, 3, nth_sunday(y, 3, 2), 2) - std_min * 60_000_000
    end = epoch_us(y, 11, nth_sunday(y, 11, 1), 1) - std_min * 60_000_000
    return std_min + 60 if start <= us < end else std_min


def eu_offset(us, std_min):
    """EU summer time (last Sun Mar 01:00 UTC .. last Sun Oct 01:00 UTC)."""
    y = to_dt(us).year
    start = epoch_us(y, 3, last_sunday(y, 3), 1)
    end = epoch_us(y, 10, last_sunday(y, 10), 1)
    return std_min + 60 if start <= us < end else std_min


def fmt_off(off_min, colon=True, z=True):
    if off_min == 0 and z:
        return "Z"
    sign = "+" if off_min >= 0 else "-"
    h, m = divmod(abs(off_min), 60)
    return f"{sign}{h:02d}:{m:02d}" if colon else f"{sign}{h:02d}{m:02d}"


def iso(us, digits=3, off=0, z=True, sep="T", fsep="."):
    d = to_dt(us, off)
    base = f"{d.year:04d}-{d.month:02d}-{d.day:02d}{sep}{d.hour:02d}:{d.minute:02d}:{d.second:02d}"
    if digits:
        frac = f"{d.microsecond:06d}"
        frac = (frac + "0" * 9)[:digits]
        base += fsep + frac
    return base + fmt_off(off, z=z)


def ts_str(us):
    return iso(us, 3 if us % 1000 == 0 else 6)


def hms(d, digits=0, fsep="."):
    s = f"{d.hour:02d}:{d.minute:02d}:{d.second:02d}"
    if digits:
        s += fsep + f"{d.microsecond:06d}"[:digits]
    return s


# --------------------------------------------------------------------------
# line formats.  Each returns (precision, render) where render(us) -> str, so
# that the embedded timestamp and the record's ts come from the same instant.
# --------------------------------------------------------------------------
def jdump(obj, sort=False):
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"), sort_keys=sort)


def f_plain(text):
    """No embedded timestamp."""
    return ("ms", lambda us: text)


def f_klog(sev, pid, src, msg):
    def r(us):
        d = to_dt(us)
        return f"{sev}{d.month:02d}{d.day:02d} {hms(d, 6)} {pid:7d} {src}] {msg}"
    return ("us", r)


def f_zap(level, msg, caller, fields=None, logger=None, iso_ts=False):
    def r(us):
        o = {"level": level}
        if iso_ts:
            o["ts"] = iso(us, 3)
        else:
            s, frac = divmod(us, 1_000_000)
            o["ts"] = "@@TS@@"
        if logger:
            o["logger"] = logger
        o["caller"] = caller
        o["msg"] = msg
        o.update(fields or {})
        line = jdump(o)
        if not iso_ts:
            num = f"{s}.{frac:06d}".rstrip("0").rstrip(".")
            line = line.replace('"@@TS@@"', num)
        return line
    return ("ms" if iso_ts else "us", r)


def f_logrus(level, msg, fields=None, off=0):
    def r(us):
        o = {"level": level, "msg": msg, "time": iso(us, 0, off(us) if callable(off) else off)}
        o.update(fields or {})
        return jdump(o, sort=True)
    return ("s", r)


def f_pino(level, msg, fields=None, hostname="", pid=1):
    def r(us):
        o = {"level": level, "time": "@@T@@", "pid": pid, "hostname": hostname}
        o.update(fields or {})
        o["msg"] = msg
        return jdump(o).replace('"@@T@@"', str(us // 1000))
    return ("ms", r)


def f_structlog(level, event, fields=None, logger=None):
    def r(us):
        o = {"event": event}
        o.update(fields or {})
        if logger:
            o["logger"] = logger
        o["level"] = level
        o["timestamp"] = iso(us, 6)
        return jdump(o)
    return ("us", r)


def f_serilog(level, template, props=None, exc=None):
    def r(us):
        o = {"@t": iso(us, 7), "@mt": template}
        if level != "Information":
            o["@l"] = level
        if exc:
            o["@x"] = exc
        o.update(props or {})
        return jdump(o)
    return ("us", r)


LEVEL_VALUE = {"TRACE": 5000, "DEBUG": 10000, "INFO": 20000, "WARN": 30000, "ERROR": 40000}


def f_logback(level, logger, thread, msg, fields=None, stack=None, off=0):
    def r(us):
        o = {"@timestamp": iso(us, 3, off(us) if callable(off) else off, z=False), "@version": "1", "message": msg,
             "logger_name": logger, "thread_name": thread, "level": level,
             "level_value": LEVEL_VALUE[level]}
        o.update(fields or {})
        if stack:
            o["stack_trace"] = stack
        return jdump(o)
    return ("ms", r)


def f_spring(level, app, thread, logger, msg, pid=1):
    def r(us):
        return f"{iso(us, 3)} {level:>5} {pid} --- [{app}] [{thread:>15}] {logger:<40} : {msg}"
    return ("ms", r)


def f_pylog(level, name, msg):
    def r(us):
        return f"{_pydate(us)} {level} [{name}] {msg}"
    return ("ms", r)


def _pydate(us):
    d = to_dt(us)
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d} {hms(d, 3, ',')}"


def f_golog(msg):
    def r(us):
        d = to_dt(us)
        return f"{d.year:04d}/{d.month:02d}/{d.day:02d} {hms(d)} {msg}"
    return ("s", r)


def f_syslog(host, prog, pid, msg):
    """RFC 3164 style as written by rsyslog (host clock on UTC)."""
    def r(us):
        d = to_dt(us)
        tag = f"{prog}[{pid}]" if pid else prog
        return f"{MONTHS[d.month - 1]} {d.day:2d} {hms(d)} {host} {tag}: {msg}"
    return ("s", r)


def f_syslog5424(pri, host, app, pid, msgid, msg):
    def r(us):
        return f"<{pri}>1 {iso(us, 6, z=False)} {host} {app} {pid} {msgid} - {msg}"
    return ("us", r)


def f_nginx_access(client, req, status, size, ref, ua, extra="", off=0):
    def r(us):
        o = off(us) if callable(off) else off
        d = to_dt(us, o)
        stamp = f"{d.day:02d}/{MONTHS[d.month - 1]}/{d.year:04d}:{hms(d)} {fmt_off(o, colon=False, z=False)}"
        tail = f" {extra}" if extra else ""
        return f'{client} - - [{stamp}] "{req}" {status} {size} "{ref}" "{ua}"{tail}'
    return ("s", r)


def f_nginx_error(level, pid, conn, msg):
    def r(us):
        d = to_dt(us)
        c = f"*{conn} " if conn else ""
        return f"{d.year:04d}/{d.month:02d}/{d.day:02d} {hms(d)} [{level}] {pid}#{pid}: {c}{msg}"
    return ("s", r)


def f_envoy(req, status, flags, rx, tx, dur, xff, ua, rid, authority, upstream):
    def r(us):
        return (f'[{iso(us, 3)}] "{req}" {status} {flags} {rx} {tx} {dur} - "{xff}" "{ua}" '
                f'"{rid}" "{authority}" "{upstream}"')
    return ("ms", r)


def f_postgres(pid, level, msg):
    def r(us):
        d = to_dt(us)
        return f"{d.year:04d}-{d.month:02d}-{d.day:02d} {hms(d, 3)} UTC [{pid}] {level}:  {msg}"
    return ("ms", r)


def f_pgbouncer(pid, level, msg):
    def r(us):
        d = to_dt(us)
        return f"{d.year:04d}-{d.month:02d}-{d.day:02d} {hms(d, 3)} UTC [{pid}] {level} {msg}"
    return ("ms", r)


def f_mysql(thread, prio, code, subsys, msg):
    def r(us):
        return f"{iso(us, 6)} {thread} [{prio}] [{code}] [{subsys}] {msg}"
    return ("us", r)


def f_redis(pid, role, mark, msg):
    def r(us):
        d = to_dt(us)
        return f"{pid}:{role} {d.day:02d} {MONTHS[d.month - 1]} {d.year:04d} {hms(d, 3)} {mark} {msg}"
    return ("ms", r)


def f_opensearch(level, logger, node, msg):
    def r(us):
        return f"[{_osdate(us)}][{level:<5}][{logger:<25}] [{node}] {msg}"
    return ("ms", r)


def _osdate(us):
    d = to_dt(us)
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}T{hms(d, 3, ',')}"


def f_tracing(level, target, msg):
    def r(us):
        return f"{iso(us, 6)} {level:>5} {target}: {msg}"
    return ("us", r)


def f_rabbit(level, pid, msg):
    def r(us):
        d = to_dt(us)
        return f"{d.year:04d}-{d.month:02d}-{d.day:02d} {hms(d, 6)}+00:00 [{level}] <{pid}> {msg}"
    return ("us", r)


def f_evexp(ns, kind, obj, reason, msg, etype, comp, host, count, rng):
    """kubernetes-event-exporter JSON dump (layout trimmed to lastTimestamp)."""
    name = ev_name(rng, obj)
    def r(us):
        o = {"metadata": {"name": name, "namespace": ns},
             "reason": reason, "message": msg,
             "source": {"component": comp, "host": host} if host else {"component": comp},
             "involvedObject": {"kind": kind, "name": obj} if kind == "Node" else {"kind": kind, "namespace": ns, "name": obj},
             "count": count, "type": etype, "lastTimestamp": iso(us, 0)}
        return jdump(o)
    return ("s", r)


def f_eventrouter(ns, kind, obj, reason, msg, etype, comp, host, rng, verb="ADDED"):
    """eventrouter (count 1 events: first == last == the instant)."""
    name = ev_name(rng, obj)
    rv = str(rng.randint(10_000_000, 99_999_999))
    def r(us):
        t = iso(us, 0)
        src = {"component": comp}
        if host:
            src["host"] = host
        o = {"verb": verb, "event": {
            "metadata": {"name": name, "namespace": ns, "resourceVersion": rv},
            "involvedObject": {"kind": kind, "namespace": ns, "name": obj, "apiVersion": "v1" if kind in ("Pod", "Node", "PersistentVolumeClaim") else "apps/v1"},
            "reason": reason, "message": msg, "source": src,
            "firstTimestamp": t, "lastTimestamp": t, "count": 1, "type": etype}}
        return jdump(o)
    return ("s", r)


def f_alloy_event(kind, obj, reason, msg, etype, comp, host, rng, action=None):
    """Grafana Alloy loki.source.kubernetes_events logfmt line."""
    name = ev_name(rng, obj)
    rv = rng.randint(1_000_000, 99_999_999)
    def r(us):
        parts = [f"name={name}", f"kind={kind}", f"action={action or reason}",
                 "objectAPIversion=v1" if kind in ("Pod", "Node") else "objectAPIversion=apps/v1",
                 f"objectRV={rv}", f"reason={reason}", f"type={etype}",
                 f"sourcecomponent={comp}"]
        if host:
            parts.append(f"sourcehost={host}")
        parts.append("msg=" + json.dumps(msg, ensure_ascii=False))
        return " ".join(parts)
    return ("ms", r)


def f_gke_event(kind, ns, obj, reason, msg, etype, comp, host):
    """Cloud Logging export of a Kubernetes event (jsonPayload, trimmed)."""
    def r(us):
        o = {"kind": "Event", "apiVersion": "v1", "reason": reason, "message": msg, "type": etype,
             "involvedObject": {"kind": kind, "namespace": ns, "name": obj},
             "source": {"component": comp, "host": host} if host else {"component": comp},
             "lastTimestamp": iso(us, 0)}
        return jdump(o)
    return ("s", r)


def f_azure_event(ns, kind, obj, reason, msg, etype, cluster, count=1):
    """Container insights KubeEvents row exported as JSON."""
    def r(us):
        o = {"ObjectKind": kind, "Namespace": ns, "Name": obj, "Reason": reason,
             "Message": msg, "KubeEventType": etype, "ClusterName": cluster,
             "Count": count, "LastSeen": iso(us, 0)}
        return jdump(o)
    return ("s", r)


def f_dd_event(kind, ns, obj, reason, msg, etype, count=1):
    """Datadog Kubernetes event as forwarded to the log pipeline."""
    def r(us):
        o = {"title": f"Events from the {kind} {ns}/{obj}" if ns else f"Events from the {kind} {obj}",
             "text": f"{count} {reason}: {msg}", "alert_type": "warning" if etype == "Warning" else "info",
             "source_type_name": "kubernetes", "event_object": f"{kind.lower()}/{obj}"}
        return jdump(o)
    return ("ms", r)


# --------------------------------------------------------------------------
# label conventions of the log shippers (Loki-safe label names)
# --------------------------------------------------------------------------
def labels(shipper, ns=None, pod=None, container=None, node=None, app=None,
           cluster=None, stream="stdout", **extra):
    s = shipper
    if s == "promtail":
        d = {"namespace": ns, "pod": pod, "container": container, "app": app,
             "job": f"{ns}/{app or container}", "node_name": node, "stream": stream}
    elif s == "alloy":
        d = {"cluster": cluster, "namespace": ns, "pod": pod, "container": container,
             "job": f"{ns}/{container}", "service_name": app or container}
    elif s == "fluentbit":
        d = {"job": "fluent-bit", "kubernetes_namespace_name": ns, "kubernetes_pod_name": pod,
             "kubernetes_container_name": container, "kubernetes_host": node, "stream": stream}
    elif s == "vector":
        d = {"source_type": "kubernetes_logs", "kubernetes_pod_namespace": ns,
             "kubernetes_pod_name": pod, "kubernetes_container_name": container,
             "kubernetes_pod_node_name": node, "stream": stream}
    elif s == "docker":
        d = {"compose_project": ns, "compose_service": container,
             "container_name": pod, "host": node}
    elif s == "otel":
        d = {"service_name": app or container, "k8s_cluster_name": cluster,
             "k8s_namespace_name": ns, "k8s_pod_name": pod, "k8s_container_name": container,
             "k8s_node_name": node}
    elif s == "datadog":
        d = {"source": extra.pop("source", container), "service": app or container,
             "host": node, "kube_cluster_name": cluster, "kube_namespace": ns,
             "pod_name": pod, "kube_container_name": container}
    elif s == "elastic":
        d = {"data_stream_dataset": "kubernetes.container_logs", "orchestrator_cluster_name": cluster,
             "kubernetes_namespace": ns, "kubernetes_pod_name": pod,
             "kubernetes_container_name": container, "kubernetes_node_name": node}
    elif s == "gke":
        d = {"resource_type": "k8s_container", "project_id": extra.pop("project", None),
             "location": extra.pop("location", None), "cluster_name": cluster,
             "namespace_name": ns, "pod_name": pod, "container_name": container,
             "log_name": stream}
    elif s == "openshift":
        d = {"log_type": extra.pop("log_type", "application"), "kubernetes_namespace_name": ns,
             "kubernetes_pod_name": pod, "kubernetes_container_name": container,
             "kubernetes_host": node}
    elif s == "azure":
        d = {"PodNamespace": ns, "PodName": pod, "ContainerName": container,
             "Computer": node, "LogSource": stream}
    elif s == "journald":
        d = {"job": "systemd-journal", "hostname": node, "unit": container,
             "syslog_identifier": app, "level": extra.pop("level", "info")}
    elif s == "syslog":
        d = {"job": "syslog", "host": node, "app": app, "facility": extra.pop("facility", "daemon")}
    else:
        raise ValueError(shipper)
    d.update(extra)
    return {k: v for k, v in d.items() if v is not None}


# --------------------------------------------------------------------------
# record builder
# --------------------------------------------------------------------------
class Rec:
    def __init__(self, name, rng, source):
        self.name = name
        self.rng = rng
        self.source = source
        day = rng.randint(6, 330)
        self.t = epoch_us(2026, 1, 1) + day * 86_400_000_000 + rng.randint(0, 86_399) * 1_000_000 \
            + rng.randint(0, 999_999)
        self.logs = []
        self.evidence = []

    def wait(self, lo, hi):
        self.t += int(self.rng.uniform(lo, hi) * 1_000_000)

    def add(self, lab, fmt, ev=False, gap=(0.05, 2.5)):
        prec, render = fmt
        self.wait(*gap)
        q = PREC[prec]
        self.t = -(-self.t // q) * q          # ceil to the format's precision
        self.logs.append({"ts": ts_str(self.t), "labels": dict(lab), "line": render(self.t)})
        if ev:
            self.evidence.append(len(self.logs) - 1)

    def noise(self, makers, lo, hi, gap=(0.3, 4.0)):
        """Add between lo and hi unrelated/benign lines drawn from makers."""
        order = list(makers)
        self.rng.shuffle(order)
        for i in range(self.rng.randint(lo, hi)):
            lab, fmt = order[i % len(order)]()
            self.add(lab, fmt, gap=gap)

    def record(self, question, selector, severity, category, component,
               root_cause, summary, action):
        n = len(self.logs)
        if not 12 <= n <= 20:
            raise SystemExit(f"{self.name}: {n} lines (need 12..20)")
        if category == "none" and self.evidence:
            raise SystemExit(f"{self.name}: healthy record with evidence")
        if category != "none" and not self.evidence:
            raise SystemExit(f"{self.name}: incident without evidence")
        sel = {"namespace": None, "pod": None, "container": None, "node": None, "app": None}
        sel.update(selector or {})
        return {
            "id": None,
            "source": self.source,
            "question": question,
            "selector": sel,
            "logs": self.logs,
            "expected": {
                "severity": severity,
                "root_cause_category": category,
                "component": component,
                "root_cause": root_cause,
                "summary": summary,
                "action": action,
                "evidence": list(self.evidence),
            },
        }


# --------------------------------------------------------------------------
# scenario registry
# --------------------------------------------------------------------------
SCENARIOS = {}


def scenario(fn):
    name = fn.__name__.replace("_", "-")
    if name in SCENARIOS:
        raise SystemExit(f"duplicate scenario {name}")
    SCENARIOS[name] = fn
    return fn


def eks_node(rng, region):
    return f"ip-10-{rng.randint(20, 60)}-{rng.randint(0, 255)}-{rng.randint(2, 254)}.{region}.compute.internal"


# ==========================================================================
# theme 1: forestry operations and sawmills
# ==========================================================================
@scenario
def fr_harvester_telematics_oom(name, rng):
    R = Rec(name, rng, SRC_FOREST)
    ns, app = "harvest", "telematics-ingest"
    node = eks_node(rng, "eu-north-1")
    _, pods = rs_and_pods(rng, app, 1)
    pod = pods[0]
    ex_pod = pod_name(rng, "event-exporter")
    uid = uuid4(rng)
    P = lambda: labels("promtail", ns, pod, app, node, app, stream="stderr")
    E = lambda: labels("promtail", "monitoring", ex_pod, "event-exporter", eks_node(rng, "eu-north-1"), "kubernetes-event-exporter")
    J = {"job": "systemd-journal", "unit": "kubelet.service", "hostname": node}
    reg = pod_name(rng, "stem-registry")
    machine = f"HV-{rng.randint(1000, 1999)}"
    fname = f"{machine}_{rng.randint(100000, 999999)}.hpr"
    size = rng.randint(690, 760) * 1_048_576
    pid = rng.randint(9000, 30000)
    R.add(P(), f_zap("info", "mqtt session established", "mqtt/client.go:141",
                     {"broker": "ssl://mqtt.harvest.svc:8883", "client_id": pod, "clean_session": False}))
    R.add(labels("promtail", ns, reg, "stem-registry", node, "stem-registry"),
          f_zap("info", "stems upserted", "registry/batch.go:77", {"machine": f"HV-{rng.randint(1000, 1999)}", "stems": rng.randint(300, 900), "took_ms": rng.randint(40, 180)}))
    R.add(P(), f_zap("info", "production file received", "ingest/queue.go:58",
                     {"machine": machine, "file": fname, "standard": "StanForD 2010", "size_bytes": size}))
    R.add(P(), f_zap("info", "parsing hpr", "ingest/hpr.go:112",
                     {"file": fname, "mode": "in-memory", "size_bytes": size}), ev=True)
    R.add(P(), f_zap("warn", "stem buffer grown", "ingest/hpr.go:187",
                     {"file": fname, "stems_buffered": rng.randint(180000, 240000), "heap_inuse_mb": rng.randint(470, 505)}), gap=(4, 9))
    R.add(E(), f_evexp("default", "Node", node, "OOMKilling",
                       f"Memory cgroup out of memory: Killed process {pid} (telematics-inge) total-vm:1893420kB, anon-rss:523812kB, file-rss:0kB, shmem-rss:0kB, UID:65532 pgtables:1192kB oom_score_adj:999",
                       "Warning", "kernel-monitor", node, 2, rng), ev=True, gap=(0.5, 2))
    R.add(J, f_klog("I", 2187, "kubelet.go:2458", f'"SyncLoop (PLEG): event for pod" pod="{ns}/{pod}" event={{"ID":"{uid}","Type":"ContainerDied","Data":"{hexid(rng, 64)}"}}'), gap=(0.2, 1))
    R.add(P(), f_zap("info", "starting telematics-ingest", "cmd/ingest/main.go:44",
                     {"version": "1.18.2", "go": "go1.22.4", "memory_limit_bytes": 536870912, "gomemlimit": "off"}), ev=True, gap=(10, 25))
    R.add(P(), f_zap("info", "mqtt session established", "mqtt/client.go:141",
                     {"broker": "ssl://mqtt.harvest.svc:8883", "client_id": pod, "clean_session": False}))
    R.add(P(), f_zap("info", "resuming pending production file", "ingest/queue.go:91",
                     {"file": fname, "attempt": 3}), ev=True)
    R.add(labels("promtail", ns, reg, "stem-registry", node, "stem-registry"),
          f_zap("warn", "no stems from machine for 15m", "registry/watchdog.go:33", {"machine": machine}), gap=(3, 8))
    R.noise([
        lambda: (labels("promtail", ns, reg, "stem-registry", node, "stem-registry"),
                 f_zap("info", "stems upserted", "registry/batch.go:77", {"machine": f"HV-{rng.randint(1000, 1999)}", "stems": rng.randint(300, 900), "took_ms": rng.randint(40, 180)})),
        lambda: (labels("promtail", ns, pod_name(rng, "scaling-sync"), "scaling-sync", node, "scaling-sync"),
                 f_zap("info", "scaling report synced", "sync/report.go:52", {"site": f"LOT-{rng.randint(100, 999)}", "m3sub": round(rng.uniform(200, 900), 1)})),
        lambda: (J, f_klog("I", 2187, "kubelet.go:2458", f'"SyncLoop (probe)" probe="readiness" status="ready" pod="{ns}/{reg}"')),
    ], 1, 4)
    R.add(E(), f_evexp("default", "Node", node, "OOMKilling",
                       f"Memory cgroup out of memory: Killed process {pid + rng.randint(200, 900)} (telematics-inge) total-vm:1901112kB, anon-rss:524180kB, file-rss:0kB, shmem-rss:0kB, UID:65532 pgtables:1200kB oom_score_adj:999",
                       "Warning", "kernel-monitor", node, 3, rng), ev=True, gap=(5, 12))
    R.add(J, f_klog("E", 2187, "pod_workers.go:1298",
                    f'"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"{app}\\" with CrashLoopBackOff: \\"back-off 1m20s restarting failed container={app} pod={pod}_{ns}({uid})\\"" pod="{ns}/{pod}" podUID="{uid}"'), ev=True, gap=(1, 3))
    R.add(E(), f_evexp(ns, "Pod", pod, "BackOff", f"Back-off restarting failed container {app} in pod {pod}_{ns}({uid})",
                       "Warning", "kubelet", node, 6, rng))
    if rng.random() < 0.7:
        R.add(labels("promtail", ns, reg, "stem-registry", node, "stem-registry"),
              f_zap("info", "stems upserted", "registry/batch.go:77", {"machine": f"HV-{rng.randint(1000, 1999)}", "stems": rng.randint(300, 900), "took_ms": rng.randint(40, 180)}))
    return R.record(
        "Why does the harvester telematics ingest keep restarting?",
        {"namespace": ns, "app": app},
        "CRITICAL", "oom_killed", app,
        f"The {app} container exceeds its 512Mi memory limit while parsing a ~{size // 1_048_576} MB StanForD .hpr production file fully in memory; on every restart it resumes the same pending file and is OOM-killed again.",
        f"{app} is in an OOM-kill / CrashLoopBackOff loop on one oversized harvester production file; no harvester data is being ingested and the stem registry has gone quiet for that machine.",
        "Quarantine or skip the oversized .hpr file so the pod can start, temporarily raise the memory limit, then make the parser stream stems instead of buffering the whole file and set GOMEMLIMIT below the container limit.")


def f_spdlog(logger, level, msg):
    def r(us):
        d = to_dt(us)
        return f"[{d.year:04d}-{d.month:02d}-{d.day:02d} {hms(d, 3)}] [{logger}] [{level}] {msg}"
    return ("ms", r)


@scenario
def fr_log_scanner_segfault(name, rng):
    R = Rec(name, rng, SRC_FOREST)
    ns, app = "sawmill", "log-scanner"
    node = f"mill-edge-{rng.randint(1, 4):02d}"
    pod = pod_name(rng, app)
    grader = pod_name(rng, "grade-assigner")
    plc = pod_name(rng, "plc-gateway")
    uid = uuid4(rng)
    P = lambda: labels("fluentbit", ns, pod, app, node, stream="stderr")
    G = lambda: labels("fluentbit", ns, grader, "grade-assigner", node)
    C = lambda: labels("fluentbit", ns, plc, "plc-gateway", node)
    K = {"job": "fluent-bit", "source": "kmsg", "hostname": node, "syslog_identifier": "kernel"}
    EV = {"job": "fluent-bit", "source": "kubernetes_events", "kubernetes_namespace_name": ns}
    batch = rng.randint(4400, 4499)
    logno = rng.randint(180, 220)
    lid = f"{batch}-{logno:04d}"
    nxt = f"{batch}-{logno + 1:04d}"
    ring = rng.randint(20, 60)
    pid1, pid2 = rng.randint(1, 40), rng.randint(1, 40)
    base = rng.randint(0x7f0000000000, 0x7fffffffffff) & ~0xfff
    R.add(P(), f_spdlog("scanner", "info", f"log {lid} entered scan frame, conveyor 1.{rng.randint(1, 4)} m/s, 4 heads synced"))
    R.add(G(), f_structlog("info", "log graded", {"log_id": f"{batch}-{logno - 1:04d}", "species": "spruce", "top_diam_mm": rng.randint(160, 320), "sweep_mm_per_m": round(rng.uniform(2, 9), 1), "grade": rng.choice(["A", "B", "sawlog-2"])}, logger="grading"))
    R.add(P(), f_spdlog("scanner", "warning", f"log {lid}: ring {ring} head B returned 0 points (occlusion?), fitting with 3 heads"), ev=True)
    R.add(P(), f_spdlog("scanner", "critical", f"Received signal 11 (SIGSEGV) in cloudfit::RingFitter::fitEllipse(std::span<cloudfit::Point3f const>) at ring_fitter.cpp:212 (ring={ring})"), ev=True, gap=(0.01, 0.2))
    R.add(K, f_plain(f"log-scanner[{pid1}]: segfault at 18 ip {base + 0x3a2f1:016x} sp 00007ffd{hexid(rng, 8)} error 4 in libcloudfit.so.2.4.1[{base:x}+5d000] likely on CPU 3 (core 3, socket 0)"), ev=True, gap=(0.0, 0.05))
    R.add(EV, f_evexp(ns, "Pod", pod, "BackOff", f"Back-off restarting failed container {app} in pod {pod}_{ns}({uid})", "Warning", "kubelet", node, 3, rng), gap=(2, 6))
    R.add(P(), f_spdlog("main", "info", "log-scanner 2.4.1 starting, calibration profile line2-rev14, 4 heads"), gap=(10, 30))
    R.add(P(), f_spdlog("scanner", "info", f"resuming log {lid} from frame buffer (2048 pts/ring, {rng.randint(380, 460)} rings)"))
    R.add(C(), f_plain(f"WARN  conveyor line2 held: interlock SCANNER_NOT_READY asserted (log {lid} in frame)"))
    R.add(P(), f_spdlog("scanner", "warning", f"log {lid}: ring {ring} head B returned 0 points (occlusion?), fitting with 3 heads"), ev=True)
    R.add(P(), f_spdlog("scanner", "critical", f"Received signal 11 (SIGSEGV) in cloudfit::RingFitter::fitEllipse(std::span<cloudfit::Point3f const>) at ring_fitter.cpp:212 (ring={ring})"), ev=True, gap=(0.01, 0.2))
    R.add(K, f_plain(f"log-scanner[{pid2}]: segfault at 18 ip {base + 0x3a2f1:016x} sp 00007ffd{hexid(rng, 8)} error 4 in libcloudfit.so.2.4.1[{base:x}+5d000] likely on CPU 1 (core 1, socket 0)"), gap=(0.0, 0.05))
    R.add(G(), f_structlog("warning", "no scan result", {"log_id": lid, "waited_s": 30, "action": "hold conveyor"}, logger="grading"), gap=(3, 8))
    R.add(C(), f_plain(f"WARN  conveyor line2 held: interlock SCANNER_NOT_READY asserted (log {lid} in frame)"))
    R.add(EV, f_evexp(ns, "Pod", pod, "BackOff", f"Back-off restarting failed container {app} in pod {pod}_{ns}({uid})", "Warning", "kubelet", node, 4, rng), ev=True, gap=(2, 6))
    if rng.random() < 0.6:
        R.add(G(), f_structlog("info", "waiting for scanner", {"queue": 0, "next_log_id": nxt}, logger="grading"))
    return R.record(
        "The line 2 conveyor is stopped, what is wrong with the log scanner?",
        {"namespace": ns, "container": app},
        "CRITICAL", "application_error", app,
        "log-scanner segfaults in libcloudfit's RingFitter::fitEllipse when a scan ring has zero points from head B; it resumes the same log from the frame buffer after each restart and crash-loops.",
        "The 3D log scanner crash-loops on a single log whose scan contains an empty ring; grading has no result and the conveyor is held by the SCANNER_NOT_READY interlock.",
        "Clear the stuck log from the frame buffer (or bypass it to manual grading) so the scanner can start, inspect head B for occlusion, and fix the ring fitter to handle empty rings instead of dereferencing them.")


@scenario
def fr_timber_sales_pgbouncer_refused(name, rng):
    R = Rec(name, rng, SRC_FOREST)
    ns = "timber-sales"
    node1 = f"aks-sales-{rng.randint(10000000, 99999999)}-vmss{rng.randint(0, 9):06d}"
    node2 = node1[:-1] + str((int(node1[-1]) + 1) % 10)
    cluster = "aks-timber-prod-weu"
    api_pod = pod_name(rng, "sales-api")
    web_pod = pod_name(rng, "auction-web")
    cat_pod = pod_name(rng, "lot-catalog")
    pgb_rs, pgb_pods = rs_and_pods(rng, "pgbouncer", 2)
    svc_ip = ip(rng, "10.0")
    A = lambda: labels("azure", ns, api_pod, "sales-api", node1)
    W = lambda: labels("azure", ns, web_pod, "nginx", node2)
    KE = {"Table": "KubeEvents", "ClusterName": cluster, "Namespace": ns}
    client = ip(rng, "10.224")
    ua = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36"
    R.add(W(), f_nginx_access(client, f"GET /api/lots?region=north-karelia&page={rng.randint(1, 4)} HTTP/1.1", 200, rng.randint(8000, 30000), "https://auctions.example-timber.fi/lots", ua, f"rt=0.0{rng.randint(10, 60)}"))
    R.add(A(), f_serilog("Information", "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms",
                         {"RequestMethod": "GET", "RequestPath": "/api/lots", "StatusCode": 200, "Elapsed": round(rng.uniform(12, 40), 4), "SourceContext": "Serilog.AspNetCore.RequestLoggingMiddleware"}))
    R.add(KE, f_azure_event(ns, "Deployment", "pgbouncer", "ScalingReplicaSet", f"Scaled down replica set {pgb_rs} to 0 from 2", "Normal", cluster), ev=True, gap=(5, 20))
    R.add(labels("azure", ns, pgb_pods[0], "pgbouncer", node2), f_pgbouncer(1, "LOG", "got SIGTERM, fast exit"))
    R.add(KE, f_azure_event(ns, "Pod", pgb_pods[1], "Killing", "Stopping container pgbouncer", "Normal", cluster))
    exc = (f"Npgsql.NpgsqlException (0x80004005): Failed to connect to {svc_ip}:6432\n ---> System.Net.Sockets.SocketException (111): Connection refused\n"
           "   at Npgsql.Internal.NpgsqlConnector.Connect(NpgsqlTimeout timeout)\n   at Npgsql.Internal.NpgsqlConnector.RawOpen(SslMode sslMode, NpgsqlTimeout timeout, Boolean async, CancellationToken cancellationToken)")
    R.add(A(), f_serilog("Error", "An exception occurred while iterating over the results of a query for context type '{contextType}'.{newline}{error}",
                         {"contextType": "TimberSales.Data.SalesDbContext", "newline": "\n", "error": exc.split("\n")[0], "SourceContext": "Microsoft.EntityFrameworkCore.Query"}, exc=exc), ev=True, gap=(1, 4))
    R.add(W(), f_nginx_access(client, "POST /api/bids HTTP/1.1", 500, 112, "https://auctions.example-timber.fi/lots/" + str(rng.randint(20000, 29999)), ua, "rt=3.021"))
    R.add(A(), f_serilog("Error", "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms",
                         {"RequestMethod": "POST", "RequestPath": "/api/bids", "StatusCode": 500, "Elapsed": round(rng.uniform(3000, 3050), 4), "SourceContext": "Serilog.AspNetCore.RequestLoggingMiddleware"}))
    R.add(labels("azure", ns, cat_pod, "lot-catalog", node1),
          f_pino(50, "db query failed", {"err": {"type": "Error", "message": f"connect ECONNREFUSED {svc_ip}:6432", "code": "ECONNREFUSED", "address": svc_ip, "port": 6432}, "db_host": "pgbouncer.timber-sales.svc.cluster.local"}, hostname=cat_pod), ev=True)
    R.add(A(), f_serilog("Warning", "Health check {HealthCheckName} with status {HealthStatus} completed after {ElapsedMilliseconds}ms with message '{HealthCheckDescription}'",
                         {"HealthCheckName": "npgsql", "HealthStatus": "Unhealthy", "ElapsedMilliseconds": round(rng.uniform(2, 9), 4), "HealthCheckDescription": "Failed to connect to " + svc_ip + ":6432", "SourceContext": "Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService"}))
    R.add(A(), f_serilog("Warning", "Retrying database operation, attempt {Attempt} of {MaxAttempts} after {DelayMs} ms",
                         {"Attempt": 3, "MaxAttempts": 3, "DelayMs": 2000, "SourceContext": "TimberSales.Data.RetryPolicy"}))
    R.add(W(), f_nginx_access(ip(rng, "10.224"), "POST /api/bids HTTP/1.1", 500, 112, "https://auctions.example-timber.fi/lots/" + str(rng.randint(20000, 29999)), ua, "rt=3.017"))
    R.noise([
        lambda: (W(), f_nginx_access(ip(rng, "10.224"), f"GET /api/lots/{rng.randint(20000, 29999)} HTTP/1.1", 500, 112, "https://auctions.example-timber.fi/lots", ua, "rt=3.0{rng.randint(10, 40)}")),
        lambda: (W(), f_nginx_access(ip(rng, "10.224"), "GET /healthz HTTP/1.1", 200, 2, "-", "kube-probe/1.29", "rt=0.000")),
        lambda: (A(), f_serilog("Information", "Request starting {Protocol} {Method} {Path}", {"Protocol": "HTTP/1.1", "Method": "GET", "Path": "/api/lots", "SourceContext": "Microsoft.AspNetCore.Hosting.Diagnostics"})),
    ], 2, 5)
    R.add(W(), f_nginx_access(ip(rng, "10.224"), "GET /static/js/app.4f1c2b.js HTTP/1.1", 304, 0, "https://auctions.example-timber.fi/", ua, "rt=0.000"))
    R.add(labels("azure", ns, cat_pod, "lot-catalog", node1),
          f_pino(50, "db query failed", {"err": {"type": "Error", "message": f"connect ECONNREFUSED {svc_ip}:6432", "code": "ECONNREFUSED", "address": svc_ip, "port": 6432}, "db_host": "pgbouncer.timber-sales.svc.cluster.local"}, hostname=cat_pod))
    return R.record(
        "Why are timber auction bids failing with HTTP 500?",
        {"namespace": ns},
        "ERROR", "connection_refused", "pgbouncer",
        "The pgbouncer Deployment was scaled down to 0 replicas, so the pgbouncer Service has no endpoints and every connection to port 6432 from sales-api and lot-catalog is refused.",
        "sales-api and lot-catalog cannot reach the database pooler (connection refused on 6432) since pgbouncer was scaled to zero; bid submissions return 500.",
        "Scale pgbouncer back to 2 replicas and correct the manifest that set replicas to 0; add an alert on the pgbouncer Service having no ready endpoints.")


def f_logfmt(pairs, ts_key="ts", digits=6, first=True):
    """logfmt line; the timestamp key is rendered from the instant."""
    def q(v):
        v = str(v)
        return json.dumps(v, ensure_ascii=False) if (v == "" or any(c in v for c in ' ="')) else v
    def r(us):
        stamp = iso(us, digits)
        items = [(k, q(v)) for k, v in pairs]
        if first:
            items.insert(0, (ts_key, stamp))
        else:
            items.insert(min(len(items), 3 if len(items) > 3 else len(items)), (ts_key, stamp))
        return " ".join(f"{k}={v}" for k, v in items)
    return ("us" if digits >= 6 else ("ms" if digits >= 3 else "s"), r)


def f_telegraf(level, plugin, msg):
    def r(us):
        return f"{iso(us, 0)} {level}! [{plugin}] {msg}"
    return ("s", r)


def gke_labels(project, location, cluster):
    def L(ns, pod, container, stream="stdout"):
        return labels("gke", ns, pod, container, cluster=cluster, stream=stream,
                      project=project, location=location)
    def EV(ns, pod):
        return {"resource_type": "k8s_pod", "project_id": project, "location": location,
                "cluster_name": cluster, "namespace_name": ns, "pod_name": pod, "log_name": "events"}
    def NODE(node, log_name="kubelet"):
        return {"resource_type": "k8s_node", "project_id": project, "location": location,
                "cluster_name": cluster, "node_name": node, "log_name": log_name}
    return L, EV, NODE


@scenario
def fr_firewatch_vendor_ca(name, rng):
    R = Rec(name, rng, SRC_FOREST)
    ns, app = "firewatch", "firewatch-ingest"
    L, EV, NODE = gke_labels("forest-ops-prod-4471", "europe-north1", "firewatch-gke")
    ing = pod_name(rng, app)
    det = pod_name(rng, "smoke-detector")
    towers = sorted(rng.sample(range(1, 25), 6))
    T = [f"T-{t:02d}" for t in towers]
    host = "api.towercam-cloud.example"
    def fail(t):
        return f_zap("error", "snapshot fetch failed", "fetch/snapshot.go:96",
                     {"tower": t, "error": f'Get "https://{host}/v2/cameras/{t}/snapshot?res=1920": tls: failed to verify certificate: x509: certificate signed by unknown authority'},
                     iso_ts=True)
    R.add(L(ns, ing, app), f_zap("info", "fetch cycle start", "fetch/loop.go:51", {"towers": 24, "interval": "60s"}, iso_ts=True))
    R.add(L(ns, ing, app), f_zap("warn", "camera offline", "fetch/snapshot.go:71", {"tower": T[0], "vendor_status": "maintenance", "note": "scheduled lens cleaning"}, iso_ts=True))
    R.add(L(ns, ing, app, "stderr"), fail(T[1]), ev=True)
    R.add(L(ns, ing, app, "stderr"), fail(T[2]), ev=True)
    R.add(L(ns, ing, app), f_zap("debug", "peer certificate chain", "fetch/tlsdebug.go:28",
                                 {"host": host, "leaf": f"CN={host}", "issuer": "CN=TowerCam Issuing CA R2,O=TowerCam Oy",
                                  "trusted_roots": ["CN=TowerCam Root CA R1,O=TowerCam Oy"], "ca_file": "/etc/firewatch/ca/vendor-ca.pem"}, iso_ts=True), ev=True)
    R.add(L(ns, ing, app, "stderr"), fail(T[3]))
    R.add(L(ns, det, "smoke-detector"), f_structlog("warning", "no new frames", {"tower": T[1], "stale_s": rng.randint(300, 420)}, logger="detector.feed"), gap=(2, 6))
    R.add(L(ns, det, "smoke-detector"), f_structlog("warning", "no new frames", {"tower": T[2], "stale_s": rng.randint(300, 420)}, logger="detector.feed"))
    R.add(L(ns, det, "smoke-detector"), f_structlog("info", "inference batch", {"frames": 1, "p_smoke_max": round(rng.uniform(0.01, 0.05), 3), "towers": [T[0]]}, logger="detector.model"))
    R.add(L(ns, ing, app, "stderr"), fail(T[4]), ev=True)
    R.add(L(ns, ing, app), f_zap("info", "fetch cycle complete", "fetch/loop.go:88", {"ok": 0, "failed": 23, "skipped": 1, "took": "14.2s"}, iso_ts=True))
    R.add(L(ns, det, "smoke-detector"), f_structlog("warning", "coverage degraded", {"towers_stale": 23, "towers_total": 24, "alert": "FirewatchCoverageLow"}, logger="detector.feed"), gap=(5, 15))
    R.add(L(ns, ing, app), f_zap("info", "fetch cycle start", "fetch/loop.go:51", {"towers": 24, "interval": "60s"}, iso_ts=True), gap=(30, 45))
    R.add(L(ns, ing, app, "stderr"), fail(T[5]))
    R.noise([
        lambda: (L(ns, ing, app, "stderr"), fail(rng.choice(T))),
        lambda: (L(ns, det, "smoke-detector"), f_structlog("warning", "no new frames", {"tower": rng.choice(T), "stale_s": rng.randint(400, 500)}, logger="detector.feed")),
        lambda: (NODE(f"gke-firewatch-gke-default-pool-{hexid(rng, 8)}-{rstr(rng, LOWER, 4)}"), f_klog("I", 1931, "kubelet_getters.go:218", '"Pod status updated" pod="kube-system/fluentbit-gke-' + rstr(rng, K8S_ALNUM, 5) + '" status="Running"')),
    ], 2, 5)
    return R.record(
        "Why are the wildfire watch towers showing stale images?",
        {"namespace": ns},
        "ERROR", "tls_certificate", app,
        f"The camera vendor API ({host}) now serves a chain issued by 'TowerCam Issuing CA R2', which does not chain to the single root pinned in firewatch-ingest's CA bundle, so every HTTPS snapshot fetch fails with x509: certificate signed by unknown authority.",
        "firewatch-ingest fails TLS verification against the camera vendor for 23 of 24 towers; the smoke detector has no new frames and coverage is degraded.",
        "Obtain the vendor's new CA chain, verify its fingerprint out of band, add it to the vendor-ca.pem bundle (Secret/ConfigMap) and roll firewatch-ingest; consider trusting the vendor root rather than pinning an intermediate.")


@scenario
def fr_kiln_historian_disk_full(name, rng):
    R = Rec(name, rng, SRC_FOREST)
    host = f"kiln-gw-{rng.randint(1, 3):02d}"
    proj = "kiln"
    D = lambda svc: labels("docker", proj, f"{proj}-{svc}-1", svc, host)
    bucket_id = hexid(rng, 16)
    wal = f"/var/lib/influxdb2/engine/wal/{bucket_id}/autogen/{rng.randint(80, 140)}/_{rng.randint(100, 999):05d}.wal"
    logid = "0" + rstr(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 10)
    kiln = rng.randint(1, 4)
    R.add(D("kiln-controller"), f_pylog("INFO", "kiln.schedule", f"kiln {kiln} step 6/9 DRYING: dry bulb 71.{rng.randint(0, 9)}C wet bulb 58.{rng.randint(0, 9)}C est. MC 14.{rng.randint(0, 9)}%"))
    R.add(D("influxdb"), f_logfmt([("lvl", "info"), ("msg", "Cache snapshot (start)"), ("log_id", logid), ("service", "storage-engine"), ("engine", "tsm1"), ("op_name", "tsm1_cache_snapshot"), ("op_event", "start")]))
    R.add(D("influxdb"), f_logfmt([("lvl", "warn"), ("msg", "internal error not returned to client"), ("log_id", logid), ("handler", "error_logger"), ("error", f"engine: write {wal}: no space left on device")]), ev=True)
    R.add(D("telegraf"), f_telegraf("E", "outputs.influxdb_v2", 'When writing to [http://influxdb:8086/api/v2/write]: 500 Internal Server Error: internal error'), ev=True)
    R.add(D("telegraf"), f_telegraf("E", "agent", "Error writing to outputs.influxdb_v2: failed to send metrics to any configured server(s)"))
    R.add(D("kiln-controller"), f_pylog("ERROR", "kiln.cyclelog", f"failed to append cycle record: OSError: [Errno 28] No space left on device: '/data/cycle-logs/kiln{kiln}.csv'"), ev=True)
    R.add(D("kiln-controller"), f_pylog("WARNING", "kiln.sensors", f"kiln {kiln} wet bulb wick check due in 2 cycles"))
    R.add(D("influxdb"), f_logfmt([("lvl", "info"), ("msg", "Cache snapshot (end)"), ("log_id", logid), ("service", "storage-engine"), ("engine", "tsm1"), ("op_name", "tsm1_cache_snapshot"), ("op_event", "end"), ("op_elapsed", "0.412ms")]))
    R.add(D("influxdb"), f_logfmt([("lvl", "error"), ("msg", "Failed to write snapshot"), ("log_id", logid), ("service", "storage-engine"), ("engine", "tsm1"), ("error", f"write /var/lib/influxdb2/engine/data/{bucket_id}/autogen/{rng.randint(80, 140)}/000000{rng.randint(10, 99)}-000000001.tsm.tmp: no space left on device")]), ev=True, gap=(5, 15))
    R.add(D("telegraf"), f_telegraf("W", "outputs.influxdb_v2", f"Metric buffer overflow; {rng.randint(900, 2400)} metrics have been dropped"), ev=True, gap=(5, 15))
    R.add(labels("syslog", node=host, app="logrotate", facility="cron"),
          f_syslog5424(75, host, "logrotate", rng.randint(2000, 9000), "-", f"error: error creating output file /var/log/kiln/controller.log.1: No space left on device"), ev=True)
    R.add(D("grafana"), f_logfmt([("logger", "context"), ("userId", 0), ("orgId", 1), ("level", "info"), ("msg", "Request Completed"), ("method", "GET"), ("path", "/api/health"), ("status", 200), ("remote_addr", "172.18.0.1"), ("time_ms", 1), ("duration", "1.2ms"), ("size", 70), ("handler", "/api/health")], ts_key="t", digits=9, first=False))
    R.add(D("kiln-controller"), f_pylog("INFO", "kiln.schedule", f"kiln {kiln} fan reversal, direction B"))
    R.add(D("telegraf"), f_telegraf("E", "outputs.influxdb_v2", 'When writing to [http://influxdb:8086/api/v2/write]: 500 Internal Server Error: internal error'))
    R.add(D("telegraf"), f_telegraf("W", "outputs.influxdb_v2", f"Metric buffer overflow; {rng.randint(900, 2400)} metrics have been dropped"), gap=(8, 12))
    return R.record(
        "Kiln charts stopped updating; is kiln data being lost?",
        {"app": "kiln"},
        "CRITICAL", "resource_exhausted", "influxdb",
        "The kiln gateway's data disk is full: InfluxDB cannot write WAL/TSM files (no space left on device) and the kiln controller cannot append its cycle log, so Telegraf's buffer overflows and kiln telemetry is being dropped.",
        "Disk full on the kiln gateway host: InfluxDB writes fail with 500s, Telegraf drops metrics from its overflowing buffer, and kiln cycle records cannot be written.",
        "Free space now (prune old docker images/logs, delete or downsample old InfluxDB shards), then enforce a bucket retention period, grow the volume and add a disk-usage alert on the gateway.")


FI_TIME = lambda us: eu_offset(us, 120)      # Europe/Helsinki-style local offset
SE_TIME = lambda us: eu_offset(us, 60)       # Europe/Stockholm-style local offset


def f_mosquitto(msg):
    return ("s", lambda us: f"{us // 1_000_000}: {msg}")


@scenario
def fr_haulage_dns_upstream(name, rng):
    R = Rec(name, rng, SRC_FOREST)
    ns, app = "haulage", "haul-dispatch"
    nodes = [f"rke2-wrk-{i:02d}" for i in sorted(rng.sample(range(1, 9), 3))]
    dpod = pod_name(rng, app)
    dns_pods = [pod_name(rng, "rke2-coredns-rke2-coredns") for _ in range(2)]
    drv = pod_name(rng, "driver-app-api")
    V = lambda: labels("vector", ns, dpod, app, nodes[0])
    C = lambda i: labels("vector", "kube-system", dns_pods[i], "coredns", nodes[1 + i])
    pip = ip(rng, "10.42.1")
    cip = [ip(rng, "10.42.2"), ip(rng, "10.42.3")]
    up = "10.10.0.53"
    wb = "weighbridge.kuopio-mill.example"
    rs = "api.roadstatus.example"
    port = lambda: rng.randint(32768, 60999)
    def dnserr(i, qn, qt):
        return f_plain(f"[ERROR] plugin/errors: 2 {qn}. {qt}: read udp {cip[i]}:{port()}->{up}:53: i/o timeout")
    R.add(V(), f_logrus("info", "dispatch cycle start", {"trucks": rng.randint(12, 18), "stands": rng.randint(30, 60)}, off=FI_TIME))
    R.add(V(), f_logrus("info", "load assigned", {"truck": f"HT-{rng.randint(10, 40)}", "stand": f"Kallio-{rng.randint(1, 9)}", "m3": rng.randint(38, 52)}, off=FI_TIME))
    R.add(C(0), dnserr(0, wb, "A"), ev=True)
    R.add(V(), f_logrus("error", "weighbridge ticket sync failed", {"error": f'Get "https://{wb}/api/tickets?since_id={rng.randint(80000, 90000)}": dial tcp: lookup {wb} on 10.43.0.10:53: read udp {pip}:{port()}->10.43.0.10:53: i/o timeout', "attempt": 1}, off=FI_TIME), ev=True)
    R.add(C(1), dnserr(1, wb, "AAAA"))
    R.add(labels("vector", ns, drv, "driver-app-api", nodes[2]), f_logrus("info", "GET /v1/assignments 200", {"truck": f"HT-{rng.randint(10, 40)}", "latency_ms": rng.randint(4, 30), "fleet_db": "fleet-db-rw.haulage.svc.cluster.local"}, off=FI_TIME))
    R.add(C(0), dnserr(0, rs, "A"), ev=True)
    R.add(V(), f_logrus("error", "road status refresh failed", {"error": f"Get \"https://{rs}/v3/closures?area=savo\": dial tcp: lookup {rs} on 10.43.0.10:53: server misbehaving"}, off=FI_TIME), ev=True)
    R.add(V(), f_logrus("warning", "using cached road closures", {"age_minutes": rng.randint(35, 70)}, off=FI_TIME))
    R.add(C(1), dnserr(1, rs, "A"))
    R.add(V(), f_logrus("error", "weighbridge ticket sync failed", {"error": f'Get "https://{wb}/api/tickets?since_id={rng.randint(80000, 90000)}": dial tcp: lookup {wb} on 10.43.0.10:53: read udp {pip}:{port()}->10.43.0.10:53: i/o timeout', "attempt": 2}, off=FI_TIME), gap=(10, 20))
    R.add(C(0), dnserr(0, wb, "A"))
    R.add(C(1), f_plain(f"[INFO] {pip}:{port()} - {rng.randint(1000, 65000)} \"A IN fleet-db-rw.haulage.svc.cluster.local. udp 57 false 512\" NOERROR qr,aa,rd 124 0.000091s"))
    R.add(V(), f_logrus("info", "dispatch cycle done", {"assigned": rng.randint(6, 10), "deferred": rng.randint(3, 7), "reason": "weighbridge tickets unavailable"}, off=FI_TIME))
    return R.record(
        "Dispatch is deferring loads and says weighbridge tickets are unavailable. Why?",
        {"namespace": ns, "app": app},
        "ERROR", "dns_resolution", "coredns",
        f"CoreDNS forwards external queries to the site resolver {up}, which no longer answers; lookups of external names ({wb}, {rs}) time out or return SERVFAIL while in-cluster names still resolve.",
        "haul-dispatch cannot resolve the weighbridge and road-status hosts because CoreDNS's upstream resolver times out; ticket sync fails and loads are deferred, internal services are unaffected.",
        f"Restore the site resolver {up} or point the CoreDNS forward plugin (rke2-coredns HelmChartConfig) at working upstream resolvers, then confirm external lookups succeed from a pod.")


def otel_event_labels(cluster, ns, kind, obj, reason, etype):
    return {"service_name": "unknown_service", "k8s_cluster_name": cluster, "k8s_namespace_name": ns,
            "k8s_object_kind": kind, "k8s_object_name": obj, "k8s_event_reason": reason,
            "severity_text": etype}


@scenario
def fr_smoke_detector_gpu_pending(name, rng):
    R = Rec(name, rng, SRC_FOREST)
    cluster, ns, app = "tkc-firewatch", "firewatch", "smoke-detector"
    pool = f"{cluster}-gpu-pool-a-{rstr(rng, K8S_ALNUM, 5)}-{rstr(rng, K8S_ALNUM, 9)}"
    gpu_nodes = [f"{pool}-{rstr(rng, K8S_ALNUM, 5)}" for _ in range(4)]
    rs, pods = rs_and_pods(rng, app, 3)
    _, newp = rs_and_pods(rng, app, 2)
    newp = [rs + "-" + p.rsplit("-", 1)[1] for p in newp]
    job = f"model-retrain-{rng.randint(100, 999)}-{rstr(rng, K8S_ALNUM, 5)}"
    O = lambda pod, node: labels("otel", ns, pod, app, node, app, cluster=cluster)
    EV = lambda kind, obj, reason, etype: otel_event_labels(cluster, ns, kind, obj, reason, etype)
    sched = ("0/7 nodes are available: 3 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, "
             "4 Insufficient nvidia.com/gpu. preemption: 0/7 nodes are available: 3 Preemption is not helpful for scheduling, "
             "4 No preemption victims found for incoming pod.")
    R.add(O(pods[0], gpu_nodes[0]), f_structlog("info", "inference batch", {"frames": rng.randint(20, 26), "p_smoke_max": round(rng.uniform(0.02, 0.09), 3), "latency_ms": rng.randint(180, 260)}, logger="detector.model"))
    R.add(EV("Node", gpu_nodes[1], "NodeNotSchedulable", "Normal"), f_plain(f"Node {gpu_nodes[1]} status is now: NodeNotSchedulable"))
    R.add(EV("Pod", pods[1], "Killing", "Normal"), f_plain(f"Stopping container {app}"))
    R.add(EV("Pod", pods[2], "Killing", "Normal"), f_plain(f"Stopping container {app}"))
    R.add(EV("ReplicaSet", rs, "SuccessfulCreate", "Normal"), f_plain(f"Created pod: {newp[0]}"))
    R.add(EV("Pod", newp[0], "FailedScheduling", "Warning"), f_plain(sched), ev=True)
    R.add(EV("Pod", newp[0], "NotTriggerScaleUp", "Normal"), f_plain("pod didn't trigger scale-up: 1 max node group size reached"), ev=True)
    R.add(labels("otel", "ml", job, "trainer", gpu_nodes[2], "model-retrain", cluster=cluster),
          f_pylog("INFO", "train", f"epoch 4/30 step 1200/3100 loss=0.2{rng.randint(100, 999)} gpus=4 gpu_mem=38.{rng.randint(0, 9)}GiB"))
    R.add(EV("ReplicaSet", rs, "SuccessfulCreate", "Normal"), f_plain(f"Created pod: {newp[1]}"))
    R.add(EV("Pod", newp[1], "FailedScheduling", "Warning"), f_plain(sched), ev=True)
    R.add(O(pods[0], gpu_nodes[0]), f_structlog("warning", "frame queue backlog", {"depth": rng.randint(300, 500), "towers_lagging": rng.randint(9, 14)}, logger="detector.feed"), gap=(10, 25))
    R.add(O(pods[0], gpu_nodes[0]), f_structlog("info", "inference batch", {"frames": 32, "p_smoke_max": round(rng.uniform(0.02, 0.09), 3), "latency_ms": rng.randint(380, 460)}, logger="detector.model"))
    R.add(O(pods[0], gpu_nodes[0]), f_structlog("warning", "detection latency above SLO", {"p95_s": rng.randint(80, 120), "slo_s": 30}, logger="detector.slo"), gap=(10, 25))
    R.add(EV("Pod", newp[0], "FailedScheduling", "Warning"), f_plain(sched), ev=True, gap=(20, 40))
    if rng.random() < 0.7:
        R.add(O(pods[0], gpu_nodes[0]), f_structlog("warning", "frame queue backlog", {"depth": rng.randint(600, 900), "towers_lagging": rng.randint(15, 20)}, logger="detector.feed"))
    return R.record(
        "Smoke detection latency is way above SLO. What is going on with the detector pods?",
        {"namespace": ns, "app": app},
        "ERROR", "scheduling", app,
        "Two smoke-detector replicas evicted during the GPU node-pool update cannot be rescheduled: the remaining GPU nodes have no free nvidia.com/gpu (held by the model-retrain job), preemption finds no victims and the GPU node group is already at its maximum size.",
        "Only one of three smoke-detector replicas is running; the others stay Pending with Insufficient nvidia.com/gpu, so the frame backlog grows and detection latency exceeds the SLO.",
        "Give smoke-detector a higher PriorityClass than the retrain job (or pause the retrain job) so it can preempt GPUs, and raise the GPU node pool's max size; avoid scheduling retraining during pool updates.")


@scenario
def fr_grading_mysql_deadlock(name, rng):
    R = Rec(name, rng, SRC_FOREST)
    cluster, ns, app = "sawmill-onprem", "sawmill", "board-grading"
    nodes = [f"k8s-worker-{i:02d}" for i in sorted(rng.sample(range(1, 12), 3))]
    gp = pod_name(rng, app)
    db = "grading-mysql-0"
    prn = pod_name(rng, "pack-label-printer")
    A = lambda: labels("elastic", ns, gp, app, nodes[0], cluster=cluster)
    M = lambda: labels("elastic", ns, db, "mysql", nodes[1], cluster=cluster)
    tx = rng.randint(4_400_000, 4_900_000)
    pack = f"PK-{rng.randint(20000, 29999)}"
    board = lambda: f"B{rng.randint(1000000, 9999999)}"
    def graded(line):
        return f_logback("INFO", "fi.sawmill.grading.GradeService", f"grading-line-{line}", f"Board graded board={board()} pack={pack} grade={rng.choice(['US', 'V', 'VI', 'A2'])} line={line}", off=SE_TIME)
    dl = ("org.springframework.dao.CannotAcquireLockException: PreparedStatementCallback; SQL [UPDATE pack_summary SET boards = boards + 1, volume_m3 = volume_m3 + ? WHERE pack_id = ?]; "
          "Deadlock found when trying to get lock; try restarting transaction\n"
          "Caused by: com.mysql.cj.jdbc.exceptions.MySQLTransactionRollbackException: Deadlock found when trying to get lock; try restarting transaction\n"
          "\tat com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:123)\n"
          "\tat fi.sawmill.grading.PackRepository.addBoard(PackRepository.java:88)")
    R.add(A(), graded(1))
    R.add(A(), graded(2))
    R.add(M(), f_mysql(0, "Note", "MY-012468", "InnoDB", "Transactions deadlock detected, dumping detailed information. (lock0lock.cc:6482)"), ev=True)
    R.add(M(), f_mysql(0, "Note", "MY-012469", "InnoDB", f"*** (1) TRANSACTION:\nTRANSACTION {tx}, ACTIVE 0 sec starting index read\nmysql tables in use 1, locked 1\nUPDATE pack_summary SET boards = boards + 1 ... WHERE pack_id = '{pack}'"), gap=(0, 0.01))
    R.add(M(), f_mysql(0, "Note", "MY-012469", "InnoDB", "*** WE ROLL BACK TRANSACTION (2)"), ev=True, gap=(0, 0.01))
    R.add(A(), f_logback("ERROR", "fi.sawmill.grading.GradeService", "grading-line-2", f"Failed to persist grade for pack={pack}, attempt 1/3", stack=dl, off=SE_TIME), ev=True)
    R.add(A(), f_logback("WARN", "fi.sawmill.grading.RetryingPackWriter", "grading-line-2", f"Retrying pack update pack={pack} attempt=2 backoffMs=50", off=SE_TIME))
    R.add(A(), graded(2))
    R.add(labels("elastic", ns, prn, "pack-label-printer", nodes[2], cluster=cluster), f_golog(f"printed label pack={pack.replace('PK-', 'PK-')} printer=zebra-line1 copies=2"))
    R.add(M(), f_mysql(0, "Note", "MY-012468", "InnoDB", "Transactions deadlock detected, dumping detailed information. (lock0lock.cc:6482)"), ev=True, gap=(5, 15))
    R.add(M(), f_mysql(0, "Note", "MY-012469", "InnoDB", "*** WE ROLL BACK TRANSACTION (1)"), gap=(0, 0.01))
    R.add(A(), f_logback("ERROR", "fi.sawmill.grading.GradeService", "grading-line-1", f"Failed to persist grade for pack={pack}, attempt 3/3; board sent to manual grading queue", stack=dl, off=SE_TIME), ev=True)
    R.add(A(), f_logback("WARN", "fi.sawmill.grading.ManualQueue", "scheduling-1", f"manual grading queue depth={rng.randint(40, 80)} (threshold 25)", off=SE_TIME))
    R.add(M(), f_mysql(0, "Note", "MY-012468", "InnoDB", "Transactions deadlock detected, dumping detailed information. (lock0lock.cc:6482)"), gap=(3, 10))
    R.add(A(), graded(1))
    R.add(A(), f_logback("ERROR", "fi.sawmill.grading.GradeService", "grading-line-2", f"Failed to persist grade for pack={pack}, attempt 3/3; board sent to manual grading queue", stack=dl, off=SE_TIME))
    R.noise([
        lambda: (A(), graded(rng.choice([1, 2]))),
        lambda: (M(), f_mysql(0, "Note", "MY-012468", "InnoDB", "Transactions deadlock detected, dumping detailed information. (lock0lock.cc:6482)")),
        lambda: (labels("elastic", ns, prn, "pack-label-printer", nodes[2], cluster=cluster), f_golog(f"printed label pack=PK-{rng.randint(20000, 29999)} printer=zebra-line{rng.randint(1, 2)} copies=2")),
    ], 1, 4)
    return R.record(
        "Why are boards piling up in the manual grading queue?",
        {"namespace": ns, "app": app},
        "ERROR", "database", "grading-mysql",
        "Both grading lines update the same pack_summary row concurrently inside longer transactions, and InnoDB repeatedly detects deadlocks and rolls one transaction back; after three rollbacks the grade is abandoned and the board goes to manual grading.",
        "MySQL (grading-mysql) reports repeated InnoDB deadlocks on pack_summary; board-grading exhausts its retries and the manual grading queue keeps growing.",
        "Reduce lock contention on pack_summary: update the pack aggregate in a short separate transaction (or aggregate asynchronously), keep a consistent lock order, and add jittered retries; review SHOW ENGINE INNODB STATUS for the locked index.")


def dd_event_labels(cluster, ns):
    return {"source": "kubernetes", "service": "kube-events", "kube_cluster_name": cluster, "kube_namespace": ns}


@scenario
def fr_stanford_archive_multiattach(name, rng):
    R = Rec(name, rng, SRC_FOREST)
    cluster, ns, app = "doks-harvest-fra1", "harvest", "stanford-archive"
    pool_old = f"pool-{rstr(rng, LOWER, 9)}"
    pool_new = f"pool-{rstr(rng, LOWER, 9)}"
    old_node = f"{pool_old}-{rstr(rng, LOWER, 5)}"
    new_node = f"{pool_new}-{rstr(rng, LOWER, 5)}"
    pod = f"{app}-0"
    pvc = f"pvc-{uuid4(rng)}"
    ing = pod_name(rng, "telematics-ingest")
    svc_ip = ip(rng, "10.245")
    EV = dd_event_labels(cluster, ns)
    I = lambda: labels("datadog", ns, ing, "telematics-ingest", new_node, "telematics-ingest", cluster=cluster, source="go")
    up_err = f'Post "http://stanford-archive.harvest.svc:8080/v1/files": dial tcp {svc_ip}:8080: connect: connection refused'
    R.add(EV, f_dd_event("Node", "", old_node, "NodeNotSchedulable", f"Node {old_node} status is now: NodeNotSchedulable", "Normal"))
    R.add(EV, f_dd_event("Pod", ns, pod, "Killing", f"Stopping container {app}", "Normal"))
    R.add(EV, f_dd_event("Pod", ns, pod, "Scheduled", f"Successfully assigned {ns}/{pod} to {new_node}", "Normal"), gap=(5, 20))
    R.add(EV, f_dd_event("Pod", ns, pod, "FailedAttachVolume", f'Multi-Attach error for volume "{pvc}" Volume is already exclusively attached to one node and can\'t be attached to another', "Warning"), ev=True)
    R.add(I(), f_zap("error", "archive upload failed", "archive/client.go:73", {"file": f"HV-{rng.randint(1000, 1999)}_{rng.randint(100000, 999999)}.pri", "error": up_err}))
    R.add(I(), f_zap("warn", "upload queued for retry", "archive/spool.go:41", {"queue_len": rng.randint(10, 30), "spool_dir": "/var/spool/ingest"}))
    R.add(labels("datadog", "kube-system", "csi-do-node-" + rstr(rng, K8S_ALNUM, 5), "csi-do-plugin", new_node, "csi-do-node", cluster=cluster, source="csi"),
          f_klog("I", 1, "node.go:138", f'"node stage volume" volume_id="{uuid4(rng)}" staging_target_path="/var/lib/kubelet/plugins/kubernetes.io/csi/dobs.csi.digitalocean.com/{hexid(rng, 64)}/globalmount" method="node_stage_volume" status="waiting for attachment"'), gap=(20, 60))
    R.add(EV, f_dd_event("Pod", ns, pod, "FailedMount", f"Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[data kube-api-access-{rstr(rng, K8S_ALNUM, 5)}]: timed out waiting for the condition", "Warning"), ev=True, gap=(30, 90))
    R.add(I(), f_zap("error", "archive upload failed", "archive/client.go:73", {"file": f"HV-{rng.randint(1000, 1999)}_{rng.randint(100000, 999999)}.hpr", "error": up_err}))
    R.add(labels("datadog", ns, pod_name(rng, "stem-registry"), "stem-registry", new_node, "stem-registry", cluster=cluster, source="go"),
          f_zap("info", "stems upserted", "registry/batch.go:77", {"machine": f"HV-{rng.randint(1000, 1999)}", "stems": rng.randint(300, 900), "took_ms": rng.randint(40, 180)}))
    R.add(EV, f_dd_event("Pod", ns, pod, "FailedAttachVolume", f'Multi-Attach error for volume "{pvc}" Volume is already exclusively attached to one node and can\'t be attached to another', "Warning", count=7), ev=True, gap=(30, 60))
    R.add(I(), f_zap("error", "archive upload failed", "archive/client.go:73", {"file": f"HV-{rng.randint(1000, 1999)}_{rng.randint(100000, 999999)}.pri", "error": up_err}))
    R.add(I(), f_zap("warn", "upload queued for retry", "archive/spool.go:41", {"queue_len": rng.randint(60, 120), "spool_dir": "/var/spool/ingest", "spool_free_pct": rng.randint(40, 60)}))
    R.add(EV, f_dd_event("Pod", ns, pod, "FailedMount", f"Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[data kube-api-access-{rstr(rng, K8S_ALNUM, 5)}]: timed out waiting for the condition", "Warning", count=3), gap=(30, 90))
    return R.record(
        "Why is the harvester production archive unavailable after the node pool upgrade?",
        {"namespace": ns, "pod": pod},
        "CRITICAL", "storage", app,
        f"After the node-pool upgrade stanford-archive-0 was rescheduled to {new_node}, but its ReadWriteOnce DigitalOcean volume ({pvc}) is still attached to the old droplet, so attach fails with a Multi-Attach error and the pod never leaves ContainerCreating.",
        "The archive StatefulSet pod cannot mount its data volume (Multi-Attach error), so the archive is down; telematics-ingest's uploads are refused and spool locally.",
        "Make sure the old node is fully drained/deleted and detach the volume from the old droplet (remove the stale VolumeAttachment if needed); the pod will then attach and start. Watch the ingest spool drain afterwards.")


@scenario
def fr_route_planner_429(name, rng):
    R = Rec(name, rng, SRC_FOREST)
    cluster, ns, app = "lke-haulage", "haulage", "route-planner"
    lke = rng.randint(100000, 199999)
    node = f"lke{lke}-{rng.randint(150000, 250000)}-{hexid(rng, 12)}"
    pod = pod_name(rng, app)
    A = lambda: labels("alloy", ns, pod, app, cluster=cluster)
    EVL = {"cluster": cluster, "job": "integrations/kubernetes/eventhandler", "namespace": ns}
    prov = "router.maps-vendor.example"
    trucks = [f"HT-{t}" for t in rng.sample(range(10, 60), 8)]
    R.add(A(), f_pino(30, "shift start re-route requested", {"trucks": 42, "batch": "shift-b"}, hostname=pod))
    R.add(A(), f_pino(30, "route computed", {"truck": trucks[0], "km": round(rng.uniform(60, 160), 1), "provider_ms": rng.randint(300, 700), "source": "provider"}, hostname=pod))
    R.add(A(), f_pino(40, "routing provider rate limited", {"truck": trucks[1], "status": 429, "provider": prov, "retry_after_s": 30, "x_ratelimit_limit": "5/s", "x_ratelimit_remaining": 0}, hostname=pod), ev=True)
    R.add(A(), f_pino(40, "routing provider rate limited", {"truck": trucks[2], "status": 429, "provider": prov, "retry_after_s": 30, "x_ratelimit_limit": "5/s", "x_ratelimit_remaining": 0}, hostname=pod), ev=True, gap=(0.05, 0.3))
    R.add(A(), f_pino(40, "serving cached route", {"truck": trucks[2], "cache_age_min": rng.randint(30, 240)}, hostname=pod))
    R.add(labels("alloy", ns, pod_name(rng, "haul-dispatch"), "haul-dispatch", cluster=cluster),
          f_logrus("info", "route received", {"truck": trucks[2], "source": "cache", "latency_ms": rng.randint(2, 9)}, off=FI_TIME))
    R.add(A(), f_pino(50, "route request failed", {"truck": trucks[3], "attempts": 3, "err": {"type": "HTTPError", "message": "Response code 429 (Too Many Requests)", "statusCode": 429}}, hostname=pod), ev=True)
    R.add(A(), f_pino(40, "serving cached route", {"truck": trucks[3], "cache_age_min": rng.randint(30, 240)}, hostname=pod))
    R.add(EVL, f_alloy_event("Pod", pod, "Unhealthy", "Readiness probe failed: HTTP probe failed with statuscode: 503", "Warning", "kubelet", node, rng), gap=(1, 4))
    R.add(A(), f_pino(40, "routing provider rate limited", {"truck": trucks[4], "status": 429, "provider": prov, "retry_after_s": 12, "x_ratelimit_limit": "5/s", "x_ratelimit_remaining": 0}, hostname=pod), ev=True)
    R.noise([
        lambda: (A(), f_pino(40, "serving cached route", {"truck": f"HT-{rng.randint(10, 60)}", "cache_age_min": rng.randint(30, 240)}, hostname=pod)),
        lambda: (A(), f_pino(30, "GET /healthz 200", {"responseTime": rng.randint(1, 5)}, hostname=pod)),
    ], 1, 4)
    R.add(A(), f_pino(30, "backoff elapsed, resuming provider calls", {"pending": rng.randint(12, 20), "rate": "4/s"}, hostname=pod), gap=(25, 35))
    R.add(A(), f_pino(30, "route computed", {"truck": trucks[5], "km": round(rng.uniform(60, 160), 1), "provider_ms": rng.randint(300, 700), "source": "provider"}, hostname=pod))
    R.add(A(), f_pino(30, "route computed", {"truck": trucks[6], "km": round(rng.uniform(60, 160), 1), "provider_ms": rng.randint(300, 700), "source": "provider"}, hostname=pod))
    if rng.random() < 0.8:
        R.add(A(), f_pino(30, "route computed", {"truck": trucks[7], "km": round(rng.uniform(60, 160), 1), "provider_ms": rng.randint(300, 700), "source": "provider"}, hostname=pod))
    return R.record(
        "Drivers got stale routes at shift change. Is the route planner broken?",
        {"namespace": ns, "app": app},
        "WARN", "rate_limited", app,
        "route-planner re-routes the whole fleet at shift start in a burst that exceeds the routing provider's 5 requests/second quota; the provider answers 429 with Retry-After and the planner falls back to cached routes until the backoff ends.",
        "Transient: the routing provider rate-limited route-planner (429) during the shift-start burst; cached routes were served and provider calls resumed after the backoff.",
        "Add a client-side rate limiter/queue that keeps re-routing under the provider quota (or stagger the shift-start batch), and raise the plan's quota if the fleet keeps growing.")


@scenario
def fr_mill_node_mce(name, rng):
    R = Rec(name, rng, SRC_FOREST)
    bad = "mill-mk8s-02"
    cp = "mill-mk8s-01"
    def J(host, unit, ident, level="info"):
        return labels("journald", node=host, container=unit, app=ident, level=level)
    K = lambda lvl="err": J(bad, None, "kernel", lvl)
    KL = lambda lvl="info": J(cp, "snap.microk8s.daemon-kubelite.service", "microk8s.daemon-kubelite", lvl)
    MQ = J(cp, "snap.mosquitto.mosquitto.service", "mosquitto")
    bridge = pod_name(rng, "scanner-bridge")
    plc = pod_name(rng, "plc-gateway")
    cpu = rng.randint(1, 7)
    bank = rng.choice([7, 8, 13])
    R.add(J(bad, "snap.microk8s.daemon-kubelite.service", "microk8s.daemon-kubelite"),
          f_klog("I", 2871, "kuberuntime_manager.go:1028", f'"Container is healthy" pod="sawmill/{bridge}" containerName="scanner-bridge"'))
    R.add(K("warning"), f_plain("mce: [Hardware Error]: Machine check events logged"), ev=True)
    R.add(K(), f_plain(f"mce: [Hardware Error]: CPU {cpu}: Machine Check: 0 Bank {bank}: be00000000800090"), ev=True, gap=(0, 0.01))
    R.add(K(), f_plain(f"EDAC MC0: 1 UE memory read error on CPU_SrcID#0_MC#0_Chan#1_DIMM#0 (channel:1 slot:0 page:0x{rng.randint(0x100000, 0x3fffff):x} offset:0x{rng.randint(0, 0xfff):x} grain:32 -  err_code:0000:0090 socket:0 imc:0 rank:1 bg:2 ba:1 row:{rng.randint(1000, 60000):x} col:{rng.randint(0, 1000):x})"), ev=True, gap=(0, 0.05))
    R.add(K(), f_plain(f"watchdog: BUG: soft lockup - CPU#{cpu} stuck for 23s! [containerd-shim:{rng.randint(3000, 9000)}]"), gap=(20, 30))
    R.add(MQ, f_mosquitto(f"Client {bridge} has exceeded timeout, disconnecting."), gap=(5, 15))
    R.add(MQ, f_mosquitto(f"Client {plc} has exceeded timeout, disconnecting."), gap=(0.1, 2))
    R.add(KL("info"), f_klog("I", 1421, "event.go:389", f'"Event occurred" object="{bad}" fieldPath="" kind="Node" apiVersion="v1" type="Normal" reason="NodeNotReady" message="Node {bad} status is now: NodeNotReady"'), ev=True, gap=(15, 30))
    R.add(KL("info"), f_klog("I", 1421, "controller_utils.go:151", f'"Recording status change event message for node" status="NodeNotReady" node="{bad}"'))
    R.add(KL("info"), f_klog("I", 1421, "event.go:389", f'"Event occurred" object="sawmill/{bridge}" fieldPath="" kind="Pod" apiVersion="v1" type="Warning" reason="NodeNotReady" message="Node is not ready"'))
    R.add(KL("info"), f_klog("I", 1421, "event.go:389", f'"Event occurred" object="sawmill/{plc}" fieldPath="" kind="Pod" apiVersion="v1" type="Warning" reason="NodeNotReady" message="Node is not ready"'))
    R.add(J(cp, "snap.microk8s.daemon-k8s-dqlite.service", "microk8s.daemon-k8s-dqlite", "warning"), 
          f_klog("W", 1421, "reflector.go:470", '"Watch ended with an error" err="very short watch: k8s.io/client-go/informers/factory.go:160: Unexpected watch close - watch lasted less than a second and no items received"'))
    R.add(KL("info"), f_klog("I", 1421, "taint_eviction.go:110", f'"Deleting pod" controller="taint-eviction-controller" pod="sawmill/{bridge}"'), gap=(280, 320))
    R.add(KL("info"), f_klog("I", 1421, "taint_eviction.go:110", f'"Deleting pod" controller="taint-eviction-controller" pod="sawmill/{plc}"'), gap=(0, 0.5))
    R.add(MQ, f_mosquitto(f"New client connected from 10.1.{rng.randint(10, 90)}.{rng.randint(2, 250)}:{rng.randint(30000, 60000)} as {pod_name(rng, 'scanner-bridge')} (p2, c1, k30)."), gap=(20, 60))
    return R.record(
        "Node mill-mk8s-02 went NotReady and its pods were evicted. What happened?",
        {"node": bad},
        "CRITICAL", "node_failure", bad,
        f"{bad} hit uncorrectable memory errors (machine check, EDAC UE on channel 1 DIMM 0) followed by a soft lockup; the kubelet stopped reporting, the node went NotReady and its pods were evicted after the toleration expired.",
        f"Hardware fault on {bad}: machine-check / uncorrectable ECC errors hung the node, it is NotReady and its sawmill pods were evicted and rescheduled elsewhere.",
        f"Cordon {bad}, keep it out of service and power-cycle it only for diagnostics; run a memory test and replace the failing DIMM (channel 1 slot 0) before returning it to the cluster.")


def f_logrus_text(level, msg, fields=None):
    def r(us):
        extra = "".join(f" {k}={json.dumps(v) if isinstance(v, str) and (' ' in v or v == '') else v}" for k, v in (fields or {}).items())
        return f'time="{iso(us, 0)}" level={level} msg={json.dumps(msg, ensure_ascii=False)}{extra}'
    return ("s", r)


def f_haproxy(pid, client, frontend, backend, timers, status, size, flags, conns, req):
    def r(us):
        d = to_dt(us)
        stamp = f"{d.day:02d}/{MONTHS[d.month - 1]}/{d.year:04d}:{hms(d, 3)}"
        return f'haproxy[{pid}]: {client} [{stamp}] {frontend} {backend} {timers} {status} {size} - - {flags} {conns} 0/0 "{req}"'
    return ("ms", r)


@scenario
def fr_kiln_nightly_update_healthy(name, rng):
    R = Rec(name, rng, SRC_FOREST)
    host = f"kiln-gw-{rng.randint(1, 3):02d}"
    proj = "kiln"
    D = lambda svc: labels("docker", proj, f"{proj}-{svc}-1", svc, host)
    kiln = rng.randint(1, 4)
    digest = hexid(rng, 64)
    R.add(D("watchtower"), f_logrus_text("info", f"Found new influxdb:2.7 image (sha256:{digest[:12]})"))
    R.add(D("watchtower"), f_logrus_text("info", f"Stopping /{proj}-influxdb-1 ({hexid(rng, 12)}) with SIGTERM"))
    R.add(D("telegraf"), f_telegraf("E", "outputs.influxdb_v2", 'When writing to [http://influxdb:8086/api/v2/write]: Post "http://influxdb:8086/api/v2/write?bucket=kiln&org=sawmill": dial tcp 172.18.0.4:8086: connect: connection refused'))
    R.add(D("watchtower"), f_logrus_text("info", f"Creating /{proj}-influxdb-1"))
    R.add(D("influxdb"), f_logfmt([("lvl", "info"), ("msg", "Welcome to InfluxDB"), ("log_id", "0" + rstr(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijkl0123456789", 10)), ("version", "v2.7.11"), ("commit", hexid(rng, 10)), ("build_date", "-")]))
    R.add(D("influxdb"), f_logfmt([("lvl", "info"), ("msg", "Listening"), ("service", "tcp-listener"), ("transport", "http"), ("addr", ":8086"), ("port", 8086)]), gap=(2, 5))
    R.add(D("telegraf"), f_telegraf("D", "outputs.influxdb_v2", f"Wrote batch of {rng.randint(300, 600)} metrics in {rng.randint(20, 90)}.{rng.randint(100, 999)}ms"), gap=(5, 10))
    R.add(D("telegraf"), f_telegraf("D", "outputs.influxdb_v2", f"Buffer fullness: 0 / 10000 metrics"))
    R.add(D("watchtower"), f_logrus_text("info", "Session done", {"Failed": 0, "Scanned": 5, "Updated": 1, "notify": "no"}))
    R.add(D("kiln-controller"), f_pylog("WARNING", "kiln.modbus", f"read holding registers kiln {kiln} unit 1: timeout after 1000 ms, retry 1/3"))
    R.add(D("kiln-controller"), f_pylog("INFO", "kiln.modbus", f"read holding registers kiln {kiln} unit 1: ok on retry 1 (38 registers)"))
    R.add(D("kiln-controller"), f_pylog("INFO", "kiln.schedule", f"kiln {kiln} step 7/9 EQUALIZE: dry bulb 76.{rng.randint(0, 9)}C wet bulb 69.{rng.randint(0, 9)}C est. MC 12.{rng.randint(0, 9)}%"))
    gms = rng.randint(8, 60)
    R.add(D("grafana"), f_logfmt([("logger", "context"), ("userId", 3), ("orgId", 1), ("level", "info"), ("msg", "Request Completed"), ("method", "POST"), ("path", "/api/ds/query"), ("status", 200), ("remote_addr", f"10.20.{rng.randint(1, 9)}.{rng.randint(2, 250)}"), ("time_ms", gms), ("duration", f"{gms}.{rng.randint(1, 9)}ms"), ("size", rng.randint(2000, 9000)), ("handler", "/api/ds/query")], ts_key="t", digits=9, first=False))
    R.noise([
        lambda: (D("telegraf"), f_telegraf("D", "outputs.influxdb_v2", f"Wrote batch of {rng.randint(300, 600)} metrics in {rng.randint(20, 90)}.{rng.randint(100, 999)}ms")),
        lambda: (D("kiln-controller"), f_pylog("INFO", "kiln.schedule", f"kiln {kiln} vent damper {rng.randint(10, 40)}% open, heat valve {rng.randint(20, 70)}%")),
    ], 1, 4)
    R.add(D("kiln-controller"), f_pylog("INFO", "kiln.summary", f"hourly summary kiln {kiln}: samples=360 missing=0 error_count=0 alarms=0"), gap=(10, 30))
    return R.record(
        "Telegraf logged connection refused errors to InfluxDB on the kiln gateway overnight. Should we worry?",
        {"app": "kiln"},
        "INFO", "none", "influxdb",
        "No incident: watchtower replaced the InfluxDB container with a new image; Telegraf's writes were refused for a few seconds during the restart and then succeeded with an empty buffer, and a single Modbus read timeout succeeded on retry.",
        "Routine nightly container update on the kiln gateway; brief expected write errors during the InfluxDB restart, no data dropped, kiln summary shows error_count=0.",
        "Nothing to do. Optionally schedule watchtower updates outside kiln step changes.")


@scenario
def fr_haulage_rollout_healthy(name, rng):
    R = Rec(name, rng, SRC_FOREST)
    ns, app = "haulage", "haul-dispatch"
    nodes = [f"ocp-worker-{i:02d}.forest.example.internal" for i in sorted(rng.sample(range(1, 9), 2))]
    old_rs, old_pods = rs_and_pods(rng, app, 2)
    new_rs, new_pods = rs_and_pods(rng, app, 2)
    er = pod_name(rng, "eventrouter")
    EV = labels("openshift", "openshift-logging", er, "kube-eventrouter", nodes[0], log_type="infrastructure")
    O = lambda pod, node: labels("openshift", ns, pod, app, node)
    RT = labels("openshift", "openshift-ingress", pod_name(rng, "router-default"), "router", nodes[1], log_type="infrastructure")
    nip = ip(rng, "10.129.2")
    def ev(kind, obj, reason, msg, etype="Normal", comp="deployment-controller", host=None):
        return f_eventrouter(ns, kind, obj, reason, msg, etype, comp, host, rng)
    def hap():
        return f_haproxy(rng.randint(30, 90), f"10.128.{rng.randint(0, 3)}.{rng.randint(2, 250)}:{rng.randint(30000, 60000)}", "fe_sni~",
                         f"be_secure:{ns}:{app}/pod:{new_pods[0]}:{app}:https:{nip}:8443", f"0/0/1/{rng.randint(5, 30)}/{rng.randint(31, 40)}", 200, rng.randint(600, 4000), "--VN", f"{rng.randint(5, 20)}/3/0/0/0", "GET /v1/assignments?depot=kuopio HTTP/1.1")
    R.add(EV, ev("Deployment", app, "ScalingReplicaSet", f"Scaled up replica set {new_rs} to 1"))
    R.add(O(new_pods[0], nodes[1]), f_logrus("info", "starting haul-dispatch", {"version": "3.9.0", "commit": hexid(rng, 7)}, off=FI_TIME), gap=(3, 8))
    R.add(EV, ev("Pod", new_pods[0], "Unhealthy", f'Readiness probe failed: Get "http://{nip}:8080/readyz": dial tcp {nip}:8080: connect: connection refused', "Warning", "kubelet", nodes[1]))
    R.add(O(new_pods[0], nodes[1]), f_logrus("info", "listening", {"addr": ":8080"}, off=FI_TIME))
    R.add(O(new_pods[0], nodes[1]), f_logrus("info", "stand cache warmed", {"stands": rng.randint(300, 500), "took_ms": rng.randint(800, 2000)}, off=FI_TIME))
    R.add(EV, ev("Deployment", app, "ScalingReplicaSet", f"Scaled down replica set {old_rs} to 1 from 2"), gap=(5, 12))
    R.add(O(old_pods[0], nodes[0]), f_logrus("info", "received SIGTERM, draining connections", {"in_flight": rng.randint(1, 5)}, off=FI_TIME))
    R.add(O(old_pods[0], nodes[0]), f_logrus("info", "shutdown complete", {"drained": True, "error_count": 0}, off=FI_TIME))
    R.add(EV, ev("Deployment", app, "ScalingReplicaSet", f"Scaled up replica set {new_rs} to 2 from 1"))
    R.add(RT, hap())
    R.add(EV, ev("Deployment", app, "ScalingReplicaSet", f"Scaled down replica set {old_rs} to 0 from 1"), gap=(8, 15))
    R.add(O(old_pods[1], nodes[0]), f_logrus("info", "shutdown complete", {"drained": True, "error_count": 0}, off=FI_TIME))
    R.add(O(new_pods[0], nodes[1]), f_logrus("warning", "weighbridge ticket sync slow", {"took_ms": rng.randint(2100, 2900), "threshold_ms": 2000}, off=FI_TIME))
    R.add(RT, hap())
    R.add(O(new_pods[0], nodes[1]), f_logrus("info", "dispatch cycle done", {"assigned": rng.randint(10, 16), "deferred": 0}, off=FI_TIME), gap=(5, 20))
    return R.record(
        "We saw a readiness probe failure and SIGTERMs on haul-dispatch. Is dispatch healthy?",
        {"namespace": ns, "app": app},
        "INFO", "none", app,
        "No incident: a normal rolling update of haul-dispatch. The new pod failed one readiness probe before its listener was up, old pods drained and shut down cleanly, and traffic is served with 200s.",
        "Routine deployment of haul-dispatch 3.9.0 completed; transient startup probe failure and graceful shutdowns are expected, dispatch cycle completes with nothing deferred.",
        "Nothing to do. Optionally add a startupProbe or initialDelaySeconds to avoid the expected readiness failure noise.")


@scenario
def fr_firewatch_retry_healthy(name, rng):
    R = Rec(name, rng, SRC_FOREST)
    ns, app = "firewatch", "firewatch-ingest"
    node = f"rancher-wrk-{rng.randint(1, 6)}"
    ing = pod_name(rng, app)
    det = pod_name(rng, "smoke-detector")
    cm = pod_name(rng, "cert-manager")
    I = lambda: labels("fluentbit", ns, ing, app, node)
    Dd = lambda: labels("fluentbit", ns, det, "smoke-detector", node)
    towers = [f"T-{t:02d}" for t in sorted(rng.sample(range(1, 25), 5))]
    R.add(I(), f_zap("info", "fetch cycle start", "fetch/loop.go:51", {"towers": 24, "interval": "60s"}))
    R.add(I(), f_zap("warn", "snapshot fetch failed, retrying", "fetch/snapshot.go:102", {"tower": towers[0], "status": 502, "attempt": 1, "max_attempts": 3}))
    R.add(I(), f_zap("info", "snapshot fetched", "fetch/snapshot.go:88", {"tower": towers[0], "bytes": rng.randint(400000, 900000), "attempt": 2}))
    R.add(I(), f_zap("warn", "camera offline", "fetch/snapshot.go:71", {"tower": towers[1], "vendor_status": "maintenance", "note": "scheduled lens cleaning"}))
    R.add(Dd(), f_structlog("warning", "smoke candidate", {"tower": towers[2], "p_smoke": round(rng.uniform(0.55, 0.7), 2), "stage": 1}, logger="detector.model"))
    R.add(Dd(), f_structlog("info", "candidate rejected by stage-2 classifier", {"tower": towers[2], "label": "fog_bank", "p_smoke": round(rng.uniform(0.05, 0.15), 2)}, logger="detector.model"))
    R.add(labels("fluentbit", "cert-manager", cm, "cert-manager-controller", node),
          f_klog("I", 1, "trigger_controller.go:215", f'"Certificate must be re-issued" logger="cert-manager.certificates-trigger" key="{ns}/firewatch-tls" reason="Renewing" message="Renewing certificate as renewal was scheduled"'))
    R.add(labels("fluentbit", "cert-manager", cm, "cert-manager-controller", node),
          f_klog("I", 1, "conditions.go:263", f'"Setting lastTransitionTime for Certificate condition" logger="cert-manager.certificates-readiness" key="{ns}/firewatch-tls" condition="Ready" status="True"'), gap=(10, 25))
    R.add(I(), f_zap("info", "fetch cycle complete", "fetch/loop.go:88", {"ok": 23, "failed": 0, "skipped": 1, "retried": 1, "took": f"{rng.randint(8, 13)}.{rng.randint(0, 9)}s"}))
    R.add(Dd(), f_structlog("info", "inference batch", {"frames": 23, "p_smoke_max": round(rng.uniform(0.02, 0.09), 3), "latency_ms": rng.randint(180, 260)}, logger="detector.model"))
    R.add(I(), f_zap("info", "fetch cycle start", "fetch/loop.go:51", {"towers": 24, "interval": "60s"}), gap=(40, 50))
    R.add(I(), f_zap("info", "snapshot fetched", "fetch/snapshot.go:88", {"tower": towers[3], "bytes": rng.randint(400000, 900000), "attempt": 1}))
    R.add(I(), f_zap("info", "fetch cycle complete", "fetch/loop.go:88", {"ok": 23, "failed": 0, "skipped": 1, "retried": 0, "took": f"{rng.randint(8, 13)}.{rng.randint(0, 9)}s"}), gap=(8, 12))
    R.add(Dd(), f_structlog("info", "inference batch", {"frames": 23, "p_smoke_max": round(rng.uniform(0.02, 0.09), 3), "latency_ms": rng.randint(180, 260)}, logger="detector.model"))
    return R.record(
        "Is the wildfire camera pipeline healthy? I saw 502s and a smoke candidate.",
        {"namespace": ns},
        "INFO", "none", app,
        "No incident: one snapshot fetch got a 502 from the vendor and succeeded on retry, one camera is in scheduled maintenance, the smoke candidate was a fog bank rejected by the second stage, and the TLS certificate renewed normally.",
        "Camera ingest and smoke detection are healthy: cycles complete with failed=0, detector latency is normal.",
        "Nothing to do.")


# ==========================================================================
# theme 2: public bus transit
# ==========================================================================
US_EAST = lambda us: us_offset(us, -300)     # US Eastern-style local offset


def vec_exporter(rng, node):
    """Labels of a kubernetes-event-exporter pod shipped by Vector."""
    return labels("vector", "observability", pod_name(rng, "kubernetes-event-exporter"), "event-exporter", node)


@scenario
def tr_gtfs_static_build_image_tag(name, rng):
    R = Rec(name, rng, SRC_TRANSIT)
    ns = "gtfs"
    nodes = [f"pool-transit-{rstr(rng, LOWER, 5)}" for _ in range(3)]
    job = f"gtfs-static-build-r{rng.randint(2100, 2199)}"
    jpod = f"{job}-{rstr(rng, K8S_ALNUM, 5)}"
    img = "registry.digitalocean.com/metro-transit/gtfs-static-builder:2.14.0"
    EXL = vec_exporter(rng, nodes[0])
    pub = pod_name(rng, "gtfs-rt-publisher")
    pip = pod_name(rng, "feed-pipeline")
    def ev(kind, obj, reason, msg, etype="Normal", comp="kubelet", host=None, count=1):
        return f_evexp(ns, kind, obj, reason, msg, etype, comp, host, count, rng)
    R.add(labels("vector", ns, pip, "feed-pipeline", nodes[1]), f_structlog("info", "static feed build requested", {"job": job, "image": img, "trigger": "schedule-change-import", "agency": "MTA-N"}, logger="pipeline"))
    R.add(EXL, ev("Job", job, "SuccessfulCreate", f"Created pod: {jpod}", comp="job-controller"))
    R.add(EXL, ev("Pod", jpod, "Scheduled", f"Successfully assigned {ns}/{jpod} to {nodes[2]}", comp="default-scheduler"))
    R.add(EXL, ev("Pod", jpod, "Pulling", f'Pulling image "{img}"', host=nodes[2]))
    R.add(EXL, ev("Pod", jpod, "Failed", f'Failed to pull image "{img}": rpc error: code = NotFound desc = failed to pull and unpack image "{img}": failed to resolve reference "{img}": {img}: not found', "Warning", host=nodes[2]), ev=True)
    R.add(EXL, ev("Pod", jpod, "Failed", "Error: ErrImagePull", "Warning", host=nodes[2]), ev=True)
    R.add(labels("vector", ns, pub, "gtfs-rt-publisher", nodes[0]), f_zap("info", "published feed", "publish/feed.go:140", {"feed": "TripUpdates", "entities": rng.randint(700, 900), "bytes": rng.randint(180000, 260000)}))
    R.add(EXL, ev("Pod", jpod, "BackOff", f'Back-off pulling image "{img}"', host=nodes[2], count=4), gap=(20, 60))
    R.add(EXL, ev("Pod", jpod, "Failed", "Error: ImagePullBackOff", "Warning", host=nodes[2], count=4), ev=True)
    R.add(labels("vector", ns, pip, "feed-pipeline", nodes[1]), f_structlog("warning", "static feed build still pending", {"job": job, "waited_s": rng.randint(600, 900), "pod_phase": "Pending"}, logger="pipeline"), gap=(30, 90))
    R.add(labels("vector", ns, pub, "gtfs-rt-publisher", nodes[0]), f_zap("warn", "trip ids not found in static feed", "match/trips.go:77", {"unmatched": rng.randint(60, 140), "total": rng.randint(700, 900), "static_feed_age": "26h"}))
    R.add(EXL, ev("Job", job, "DeadlineExceeded", "Job was active longer than specified deadline", "Warning", comp="job-controller"), gap=(60, 120))
    R.add(labels("vector", ns, pip, "feed-pipeline", nodes[1]), f_structlog("error", "static feed build failed", {"job": job, "reason": "DeadlineExceeded", "published": False}, logger="pipeline"))
    R.add(labels("vector", ns, pub, "gtfs-rt-publisher", nodes[0]), f_zap("info", "published feed", "publish/feed.go:140", {"feed": "VehiclePositions", "entities": rng.randint(300, 420), "bytes": rng.randint(40000, 70000)}))
    return R.record(
        "The new schedule import did not publish a GTFS static feed. Why did the build job fail?",
        {"namespace": ns},
        "ERROR", "image_pull", "gtfs-static-build",
        f"The static feed build Job references {img}, a tag that does not exist in the registry (manifest not found), so the pod never starts (ErrImagePull / ImagePullBackOff) and the Job hits its active deadline.",
        "The GTFS static build job could not pull its image (tag 2.14.0 not found) and failed on its deadline; the new schedule was not published and the realtime publisher now has unmatched trip ids.",
        "Fix the image reference (the pushed tag is likely v2.14.0) or push the missing tag, then re-run the build; pin images by digest in the feed pipeline and verify the tag exists before creating the Job.")


@scenario
def tr_pids_api_liveness_timeout(name, rng):
    R = Rec(name, rng, SRC_TRANSIT)
    cluster, ns, app = "aks-transit-prod", "pids", "pids-api"
    node = f"aks-pids-{rng.randint(10000000, 99999999)}-vmss{rng.randint(0, 9):06d}"
    _, pods = rs_and_pods(rng, app, 2)
    pod = pods[0]
    pip_ = ip(rng, "10.244.3")
    gw = pod_name(rng, "pids-gateway")
    O = lambda: labels("otel", ns, pod, app, node, app, cluster=cluster)
    EV = lambda reason, etype: otel_event_labels(cluster, ns, "Pod", pod, reason, etype)
    probe = f'Liveness probe failed: Get "http://{pip_}:8080/healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)'
    R.add(O(), f_tracing("INFO", "pids_api::http", f"GET /v2/stops/{rng.randint(1000, 9999)}/departures 200 latency_ms={rng.randint(20, 90)}"))
    R.add(O(), f_tracing("WARN", "pids_api::health", f"healthz: departures cache self-check took {rng.randint(1200, 1700)}ms (full scan of 2847 stops)"), ev=True)
    R.add(EV("Unhealthy", "Warning"), f_plain(probe), ev=True)
    R.add(O(), f_tracing("INFO", "pids_api::http", f"GET /v2/stops/{rng.randint(1000, 9999)}/departures 200 latency_ms={rng.randint(20, 90)}"))
    R.add(O(), f_tracing("WARN", "pids_api::health", f"healthz: departures cache self-check took {rng.randint(1200, 1700)}ms (full scan of 2847 stops)"))
    R.add(EV("Unhealthy", "Warning"), f_plain(probe), ev=True, gap=(8, 11))
    R.add(EV("Unhealthy", "Warning"), f_plain(probe), gap=(8, 11))
    R.add(EV("Killing", "Normal"), f_plain(f"Container {app} failed liveness probe, will be restarted"), ev=True)
    R.add(O(), f_tracing("INFO", "pids_api", "received SIGTERM, shutting down (in-flight requests: 37)"))
    R.add(labels("otel", ns, gw, "pids-gateway", node, "pids-gateway", cluster=cluster),
          f_envoy("GET /v2/displays/sign-0412/board HTTP/1.1", 503, "UF", 0, 91, 2, ip(rng, "10.30"), "PIDS-Firmware/4.2", uuid4(rng), "pids-api.pids.svc", f"{pip_}:8080"))
    R.add(O(), f_tracing("INFO", "pids_api", "listening on 0.0.0.0:8080, warming departures cache"), gap=(3, 6))
    R.add(O(), f_tracing("INFO", "pids_api::cache", f"departures cache warm: 2847 stops, {rng.randint(38000, 46000)} predictions"), gap=(4, 8))
    R.add(O(), f_tracing("WARN", "pids_api::health", f"healthz: departures cache self-check took {rng.randint(1200, 1700)}ms (full scan of 2847 stops)"), gap=(5, 10))
    R.add(EV("Unhealthy", "Warning"), f_plain(probe))
    R.add(EV("BackOff", "Warning"), f_plain(f"Back-off restarting failed container {app} in pod {pod}_{ns}({uuid4(rng)})"), gap=(20, 40))
    return R.record(
        "Passenger displays keep flickering to 'no data'. Why does pids-api restart?",
        {"namespace": ns, "app": app},
        "ERROR", "probe_failure", app,
        "pids-api's /healthz runs a full departures-cache self-check that takes 1.2-1.7 s, longer than the liveness probe's 1 s timeout; the probe fails while the process is serving normally and the kubelet keeps restarting the container.",
        "Liveness probe timeouts (not an application crash) restart pids-api repeatedly; during each restart the gateway returns 503 and displays show no data.",
        "Make /healthz a cheap liveness check (move the cache self-check to readiness or a background job) and/or raise the probe timeoutSeconds and failureThreshold; add a startupProbe for the cache warm-up.")


@scenario
def tr_fares_acquirer_slow(name, rng):
    R = Rec(name, rng, SRC_TRANSIT)
    cluster, ns = "eks-fares-prod", "fares"
    nodes = [eks_node(rng, "us-east-2") for _ in range(2)]
    api = pod_name(rng, "fares-api")
    pg = pod_name(rng, "payment-gateway")
    vg = pod_name(rng, "validator-gateway")
    A = lambda: labels("datadog", ns, api, "fares-api", nodes[0], "fares-api", cluster=cluster, source="java")
    G = lambda: labels("datadog", ns, pg, "payment-gateway", nodes[1], "payment-gateway", cluster=cluster, source="go")
    E = lambda: labels("datadog", ns, pg, "istio-proxy", nodes[1], "payment-gateway", cluster=cluster, source="envoy")
    V = lambda: labels("datadog", ns, vg, "validator-gateway", nodes[0], "validator-gateway", cluster=cluster, source="nodejs")
    acq = "api.emv-acquirer.example"
    aip = f"{ip(rng, '52.14')}:443"
    def env(status, flags, dur):
        return f_envoy("POST /v3/authorizations HTTP/1.1", status, flags, rng.randint(900, 1300), 24 if status == 504 else rng.randint(400, 700), dur, "-", "Go-http-client/1.1", uuid4(rng), acq, aip)
    R.add(E(), env(200, "-", rng.randint(2900, 3900)))
    R.add(G(), f_zap("warn", "emv-acquirer slow response", "acquirer/client.go:118", {"upstream": "emv-acquirer", "latency_ms": rng.randint(3000, 3900), "slo_ms": 800}))
    R.add(E(), env(504, "UT", 5001), ev=True)
    R.add(G(), f_zap("error", "authorize failed", "acquirer/client.go:131", {"upstream": "emv-acquirer", "error": f'Post "https://{acq}/v3/authorizations": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', "timeout": "5s"}), ev=True)
    R.add(A(), f_spring("WARN", "fares-api", "nio-8080-exec-7", "c.m.f.payments.AuthorizationService", "authorization via payment-gateway failed: 504 Gateway Timeout: \"upstream request timeout\"; tap accepted under deferred authorization"))
    R.add(V(), f_pino(40, "validator switched to offline mode", {"validators": rng.randint(120, 200), "mode": "deny-list", "reason": "authorization timeouts"}, hostname=vg))
    R.add(E(), env(504, "UT", 5000), ev=True)
    R.add(G(), f_zap("error", "authorize failed", "acquirer/client.go:131", {"upstream": "emv-acquirer", "error": f'Post "https://{acq}/v3/authorizations": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', "timeout": "5s"}))
    R.add(A(), f_spring("INFO", "fares-api", "scheduling-1", "c.m.f.payments.DeferredAuthQueue", f"deferred authorization queue depth={rng.randint(400, 900)}"))
    R.add(G(), f_zap("info", "acquirer status", "acquirer/status.go:52", {"status_page": "degraded", "component": "authorization-api", "note": "elevated latency in us-east region"}))
    R.add(E(), env(200, "-", rng.randint(2500, 3500)), gap=(30, 90))
    R.add(E(), env(200, "-", rng.randint(300, 700)), gap=(60, 120))
    R.add(V(), f_pino(30, "validator returned to online mode", {"validators": rng.randint(120, 200)}, hostname=vg))
    R.add(A(), f_spring("INFO", "fares-api", "scheduling-1", "c.m.f.payments.DeferredAuthQueue", f"deferred authorization queue draining depth={rng.randint(100, 300)} approved_rate=0.99"))
    return R.record(
        "Card validators flipped to offline mode for a while. What caused it?",
        {"namespace": ns},
        "WARN", "timeout", "emv-acquirer",
        "The external EMV acquirer's authorization API became slow (3-5 s+, acquirer status degraded); payment-gateway's 5 s client timeout expired and envoy returned 504 UT, so validators fell back to offline deny-list mode.",
        "Transient latency at the card acquirer caused authorization timeouts (504) and deferred authorizations; latency has recovered, validators are back online and the deferred queue is draining.",
        "Monitor the deferred-authorization queue until it drains and follow the acquirer incident; consider a shorter timeout with a circuit breaker for faster offline fallback.")


@scenario
def tr_roster_sync_hr_unauthorized(name, rng):
    R = Rec(name, rng, SRC_TRANSIT)
    ns, app = "roster", "roster-sync"
    node = f"rancher-wrk-{rng.randint(1, 8):02d}"
    pod = pod_name(rng, app)
    opt = pod_name(rng, "roster-planner")
    P = lambda: labels("promtail", ns, pod, app, node, app)
    Q = lambda: labels("promtail", ns, opt, "roster-planner", node, "roster-planner")
    hr = "hr-api.metro-transit.example"
    R.add(P(), f_pylog("INFO", "roster_sync.main", "sync run started: sources=[hr_availability, leave_requests, certifications]"))
    R.add(P(), f_pylog("INFO", "roster_sync.auth", f"requesting token from https://{hr}/oauth2/token (client_id=roster-sync-prod, grant_type=client_credentials)"))
    R.add(P(), f_pylog("ERROR", "roster_sync.auth", f'token request failed: 401 Client Error: Unauthorized for url: https://{hr}/oauth2/token body={{"error":"invalid_client","error_description":"Client authentication failed"}}'), ev=True)
    R.add(P(), f_pylog("WARNING", "roster_sync.http", "retrying token request (attempt 2/3) in 4.0s"))
    R.add(P(), f_pylog("ERROR", "roster_sync.auth", f'token request failed: 401 Client Error: Unauthorized for url: https://{hr}/oauth2/token body={{"error":"invalid_client","error_description":"Client authentication failed"}}'), ev=True, gap=(4, 5))
    R.add(P(), f_pylog("ERROR", "roster_sync.main", "source hr_availability failed: requests.exceptions.HTTPError: 401 Client Error: Unauthorized; keeping last good snapshot (age 31h)"), ev=True)
    R.add(P(), f_pylog("ERROR", "roster_sync.main", "source leave_requests failed: requests.exceptions.HTTPError: 401 Client Error: Unauthorized; keeping last good snapshot (age 31h)"))
    R.add(P(), f_pylog("INFO", "roster_sync.main", "source certifications ok: 1214 records (local cache, no HR call)"))
    R.add(labels("promtail", "cattle-system", pod_name(rng, "cattle-cluster-agent"), "cluster-agent", node, "cattle-cluster-agent"),
          f_logrus_text("info", "Watching metadata for /v1, Kind=Secret"))
    R.add(Q(), f_structlog("warning", "availability snapshot stale", {"age_h": 31, "max_age_h": 12, "drivers": rng.randint(780, 840)}, logger="planner.inputs"), gap=(5, 20))
    R.add(Q(), f_structlog("warning", "open duties unassigned", {"open_duties": rng.randint(10, 20), "reason": "drivers on approved leave still marked available"}, logger="planner.solve"))
    R.add(P(), f_pylog("INFO", "roster_sync.main", "sync run finished: ok=1 failed=2 duration=9.8s"))
    R.add(P(), f_pylog("INFO", "roster_sync.main", "next run in 900s"))
    return R.record(
        "Why is the driver roster using stale availability and leave data?",
        {"namespace": ns, "app": app},
        "ERROR", "auth_failure", app,
        "roster-sync's OAuth2 client-credentials request to the HR API is rejected with 401 invalid_client (client authentication failed), so it cannot fetch availability or leave requests and keeps a 31-hour-old snapshot.",
        "HR sync is failing authentication; the roster planner works from stale availability and leaves duties unassigned.",
        "Check the roster-sync-prod client in the HR identity provider (secret rotated or expired), update the client secret in the roster-sync Secret and re-run the sync; alert on consecutive auth failures.")


@scenario
def tr_ocpp_csms_missing_env(name, rng):
    R = Rec(name, rng, SRC_TRANSIT)
    ns, app = "depot", "ocpp-csms"
    nodes = [f"talos-{rstr(rng, LOWER, 3)}-{rstr(rng, LOWER, 3)}" for _ in range(3)]
    rs, pods = rs_and_pods(rng, app, 2)
    EXL = vec_exporter(rng, nodes[2])
    V = lambda p, n: labels("vector", ns, p, app, n)
    ing = pod_name(rng, "ingress-nginx-controller")
    plan = pod_name(rng, "charge-planner")
    zod = ("❌ Invalid environment variables: { OCPP_CSMS_DB_URL: [ 'Required' ], OCPP_TLS_CERT_PATH: [ 'Required' ] }")
    def ev(obj, reason, msg, etype, comp="kubelet", host=None, count=1):
        return f_evexp(ns, "Pod", obj, reason, msg, etype, comp, host, count, rng)
    R.add(EXL, f_evexp(ns, "Deployment", app, "ScalingReplicaSet", f"Scaled up replica set {rs} to 2", "Normal", "deployment-controller", None, 1, rng))
    R.add(V(pods[0], nodes[0]), f_pino(30, "ocpp-csms starting", {"version": "5.2.0", "node": "v20.14.0", "profile": "depot"}, hostname=pods[0]))
    R.add(V(pods[0], nodes[0]), f_plain(zod), ev=True)
    R.add(V(pods[0], nodes[0]), f_plain("Error: Invalid environment variables\n    at onValidationError (/app/node_modules/@t3-oss/env-core/dist/index.js:34:15)\n    at createEnv (/app/node_modules/@t3-oss/env-core/dist/index.js:59:16)\n    at Object.<anonymous> (/app/dist/env.js:6:28)"), ev=True)
    R.add(V(pods[1], nodes[1]), f_plain(zod))
    R.add(EXL, ev(pods[0], "BackOff", f"Back-off restarting failed container {app} in pod {pods[0]}_{ns}({uuid4(rng)})", "Warning", host=nodes[0], count=5), ev=True, gap=(20, 60))
    R.add(labels("vector", "ingress-nginx", ing, "controller", nodes[2]),
          f_nginx_access(ip(rng, "10.60"), f"GET /ocpp/CP-DEPOT2-{rng.randint(1, 40):03d} HTTP/1.1", 503, 190, "-", "Kempower-OCPP/1.6", f"rt=0.000 upstream=\"-\"", off=US_EAST))
    R.add(labels("vector", "ingress-nginx", ing, "controller", nodes[2]),
          f_nginx_access(ip(rng, "10.60"), f"GET /ocpp/CP-DEPOT2-{rng.randint(1, 40):03d} HTTP/1.1", 503, 190, "-", "ABB-Terra-OCPP/1.6", f"rt=0.000 upstream=\"-\"", off=US_EAST))
    R.add(labels("vector", ns, plan, "charge-planner", nodes[1]), f_structlog("error", "csms unreachable", {"chargers_online": 0, "chargers_total": 36, "error": "503 Service Unavailable from ocpp-csms"}, logger="planner.csms"))
    R.add(labels("vector", ns, plan, "charge-planner", nodes[1]), f_structlog("warning", "pull-out at risk", {"buses_below_target_soc": rng.randint(8, 15), "first_pullout_in_min": rng.randint(200, 300)}, logger="planner.soc"))
    R.add(V(pods[1], nodes[1]), f_pino(30, "ocpp-csms starting", {"version": "5.2.0", "node": "v20.14.0", "profile": "depot"}, hostname=pods[1]), gap=(20, 60))
    R.add(V(pods[1], nodes[1]), f_plain(zod), ev=True)
    R.add(EXL, ev(pods[1], "BackOff", f"Back-off restarting failed container {app} in pod {pods[1]}_{ns}({uuid4(rng)})", "Warning", host=nodes[1], count=6))
    R.add(labels("vector", "ingress-nginx", ing, "controller", nodes[2]),
          f_nginx_access(ip(rng, "10.60"), f"GET /ocpp/CP-DEPOT2-{rng.randint(1, 40):03d} HTTP/1.1", 503, 190, "-", "Kempower-OCPP/1.6", f"rt=0.000 upstream=\"-\"", off=US_EAST))
    return R.record(
        "Depot chargers are all offline. Why is the charging central system down?",
        {"namespace": ns, "app": app},
        "CRITICAL", "config_error", app,
        "ocpp-csms 5.2.0 validates its environment at startup and exits because OCPP_CSMS_DB_URL and OCPP_TLS_CERT_PATH are not set in the new release, so both pods crash-loop and no charger can connect.",
        "The e-bus charging central system is down (CrashLoopBackOff on missing environment variables); all 36 chargers are offline and morning pull-out is at risk.",
        "Restore the missing variables (the Secret/ConfigMap keys referenced by the 5.2.0 chart) or roll back to the previous release immediately, then verify chargers reconnect and charging resumes.")


@scenario
def tr_fares_db_too_many_clients(name, rng):
    R = Rec(name, rng, SRC_TRANSIT)
    ns = "fares"
    nodes = [f"ocp-wrk-{i}.transit.example.internal" for i in sorted(rng.sample(range(1, 12), 3))]
    db = f"fares-db-instance1-{rstr(rng, K8S_ALNUM, 4)}-0"
    led = pod_name(rng, "fare-ledger")
    rec = [pod_name(rng, "card-tap-reconciler") for _ in range(2)]
    O = lambda pod, c, n: labels("openshift", ns, pod, c, n)
    EX = labels("openshift", "openshift-logging", pod_name(rng, "eventrouter"), "kube-eventrouter", nodes[0], log_type="infrastructure")
    dip = ip(rng, "172.30")
    def pg(level, msg, pid=None):
        return f_postgres(pid or rng.randint(100000, 999999), level, msg)
    sa = (f'(psycopg2.OperationalError) connection to server at "fares-db-primary.fares.svc" ({dip}), port 5432 failed: FATAL:  sorry, too many clients already')
    R.add(O(led, "fare-ledger", nodes[1]), f_pylog("INFO", "ledger.api", f"POST /v1/taps/batch 201 rows={rng.randint(200, 500)} took_ms={rng.randint(40, 120)}"))
    R.add(EX, f_eventrouter(ns, "Deployment", "card-tap-reconciler", "ScalingReplicaSet", f"Scaled up replica set card-tap-reconciler-{rstr(rng, K8S_ALNUM, 9)} to 12 from 4", "Normal", "deployment-controller", None, rng))
    R.add(O(rec[0], "reconciler", nodes[2]), f_pylog("INFO", "reconciler", "worker started: pool_size=15 max_overflow=5 shard=7/12"))
    R.add(O(db, "database", nodes[0]), pg("FATAL", "sorry, too many clients already"), ev=True, gap=(10, 30))
    R.add(O(db, "database", nodes[0]), pg("FATAL", "remaining connection slots are reserved for roles with the SUPERUSER attribute"), ev=True)
    R.add(O(led, "fare-ledger", nodes[1]), f_pylog("ERROR", "ledger.api", f"POST /v1/taps/batch 500: sqlalchemy.exc.OperationalError: {sa}"), ev=True)
    R.add(O(rec[1], "reconciler", nodes[2]), f_pylog("INFO", "reconciler", "worker started: pool_size=15 max_overflow=5 shard=11/12"))
    R.add(O(db, "database", nodes[0]), pg("FATAL", "sorry, too many clients already"))
    R.noise([
        lambda: (O(rec[rng.randint(0, 1)], "reconciler", nodes[2]), f_pylog("INFO", "reconciler", f"reconciled taps batch={rng.randint(1000, 9999)} matched={rng.randint(900, 1000)} unmatched={rng.randint(0, 5)}")),
        lambda: (O(db, "database", nodes[0]), pg("FATAL", "sorry, too many clients already")),
        lambda: (O(led, "fare-ledger", nodes[1]), f_pylog("INFO", "ledger.api", "GET /healthz 200")),
    ], 1, 4)
    R.add(O(db, "database", nodes[0]), pg("LOG", "checkpoint complete: wrote 2210 buffers (1.7%); 0 WAL file(s) added, 0 removed, 3 recycled; write=26.911 s, sync=0.004 s, total=26.937 s; sync files=57, longest=0.002 s, average=0.001 s; distance=38412 kB, estimate=40221 kB", pid=78))
    R.add(O(pod_name(rng, "pg-conn-monitor"), "monitor", nodes[1]), f_pylog("WARNING", "pgmon", "fares-db connections 200/200 (max_connections=200): card-tap-reconciler=171 fare-ledger=21 other=8"), ev=True)
    R.add(O(led, "fare-ledger", nodes[1]), f_pylog("ERROR", "ledger.api", f"POST /v1/taps/batch 500: sqlalchemy.exc.OperationalError: {sa}"))
    R.add(O(led, "fare-ledger", nodes[1]), f_pylog("WARNING", "ledger.api", "validator batch rejected, validators will retry: batches_pending=46"))
    R.add(O(db, "database", nodes[0]), pg("FATAL", "sorry, too many clients already"))
    R.add(O(led, "fare-ledger", nodes[1]), f_pylog("ERROR", "ledger.api", f"POST /v1/taps/batch 500: sqlalchemy.exc.OperationalError: {sa}"))
    return R.record(
        "fare-ledger is returning 500 for validator tap batches. What is happening?",
        {"namespace": ns},
        "ERROR", "database", "fares-db",
        "PostgreSQL (fares-db) has reached max_connections=200: card-tap-reconciler was scaled from 4 to 12 replicas, each opening up to 20 pooled connections, so new connections from fare-ledger are rejected with 'sorry, too many clients already'.",
        "The fares database is out of connection slots; fare-ledger cannot connect and rejects validator tap batches with 500 while the reconciler holds most connections.",
        "Scale card-tap-reconciler back (or shrink its pool), put a connection pooler (PgBouncer) in front of fares-db and size pools against max_connections; validators will resend rejected batches.")


@scenario
def tr_coredns_forward_loop(name, rng):
    R = Rec(name, rng, SRC_TRANSIT)
    cluster = "transit-onprem"
    nodes = [f"k8s-node-{i:02d}" for i in sorted(rng.sample(range(1, 15), 3))]
    dns = [pod_name(rng, "coredns") for _ in range(2)]
    A = lambda ns, pod, c: labels("alloy", ns, pod, c, cluster=cluster)
    EVL = {"cluster": cluster, "job": "integrations/kubernetes/eventhandler", "namespace": "kube-system"}
    avl = pod_name(rng, "avl-ingest")
    pub = pod_name(rng, "gtfs-rt-publisher")
    kdns = "10.96.0.10"
    def loop(p):
        return f_plain(f'[FATAL] plugin/loop: Loop (127.0.0.1:{rng.randint(30000, 60000)} -> :53) detected for zone ".", see https://coredns.io/plugins/loop#troubleshooting. Query: "HINFO {rng.randint(10**18, 10**19 - 1)}.{rng.randint(10**18, 10**19 - 1)}."')
    R.add(A("kube-system", dns[0], "coredns"), f_plain(".:53"))
    R.add(A("kube-system", dns[0], "coredns"), f_plain("CoreDNS-1.11.3"))
    R.add(A("kube-system", dns[0], "coredns"), loop(dns[0]), ev=True)
    R.add(A("kube-system", dns[1], "coredns"), loop(dns[1]), ev=True, gap=(1, 5))
    R.add(EVL, f_alloy_event("Pod", dns[0], "BackOff", f"Back-off restarting failed container coredns in pod {dns[0]}_kube-system({uuid4(rng)})", "Warning", "kubelet", nodes[0], rng), ev=True)
    R.add(A("avl", avl, "avl-ingest"), f_tracing("ERROR", "avl_ingest::kafka", f"broker transport failure: kafka-0.kafka-headless.avl.svc.cluster.local:9092: failed to resolve: Temporary failure in name resolution"), ev=True)
    R.add(A("gtfs", pub, "gtfs-rt-publisher"), f_zap("error", "fetch vehicle positions failed", "source/avl.go:64", {"error": f"dial tcp: lookup avl-api.avl.svc.cluster.local on {kdns}:53: read udp 10.244.{rng.randint(1, 9)}.{rng.randint(2, 250)}:{rng.randint(30000, 60000)}->{kdns}:53: read: connection refused"}))
    R.add(A("avl", avl, "avl-ingest"), f_tracing("WARN", "avl_ingest::buffer", f"modem batches buffered in memory: {rng.randint(4000, 9000)} fixes"))
    R.add(EVL, f_alloy_event("Pod", dns[1], "BackOff", f"Back-off restarting failed container coredns in pod {dns[1]}_kube-system({uuid4(rng)})", "Warning", "kubelet", nodes[1], rng))
    R.noise([
        lambda: (A("avl", avl, "avl-ingest"), f_tracing("WARN", "avl_ingest::buffer", f"modem batches buffered in memory: {rng.randint(9000, 20000)} fixes")),
        lambda: (A("kube-system", pod_name(rng, "kube-proxy"), "kube-proxy"), f_klog("I", 1, "proxier.go:805", '"SyncProxyRules complete" elapsed="21.4ms"')),
        lambda: (A("gtfs", pub, "gtfs-rt-publisher"), f_zap("warn", "publishing stale VehiclePositions", "publish/feed.go:151", {"age_s": rng.randint(60, 120)})),
    ], 1, 4)
    R.add(A("kube-system", dns[0], "coredns"), f_plain(".:53"), gap=(20, 60))
    R.add(A("kube-system", dns[0], "coredns"), loop(dns[0]))
    R.add(A("gtfs", pub, "gtfs-rt-publisher"), f_zap("warn", "publishing stale VehiclePositions", "publish/feed.go:151", {"age_s": rng.randint(120, 300)}))
    R.add(A("avl", avl, "avl-ingest"), f_tracing("ERROR", "avl_ingest::kafka", f"broker transport failure: kafka-0.kafka-headless.avl.svc.cluster.local:9092: failed to resolve: Temporary failure in name resolution"))
    R.add(A("gtfs", pub, "gtfs-rt-publisher"), f_zap("error", "fetch vehicle positions failed", "source/avl.go:64", {"error": f"dial tcp: lookup avl-api.avl.svc.cluster.local on {kdns}:53: read udp 10.244.{rng.randint(1, 9)}.{rng.randint(2, 250)}:{rng.randint(30000, 60000)}->{kdns}:53: read: connection refused"}))
    return R.record(
        "Realtime bus positions stopped updating. What broke?",
        {"namespace": None},
        "CRITICAL", "dns_resolution", "coredns",
        "CoreDNS detects a forwarding loop (its upstream from the node's resolv.conf points back at a local stub resolver, 127.0.0.x) and exits; both CoreDNS pods crash-loop, so cluster DNS is down and in-cluster names cannot be resolved.",
        "Cluster DNS is down: CoreDNS crash-loops on plugin/loop detection; avl-ingest cannot resolve Kafka and the GTFS-rt publisher serves stale vehicle positions.",
        "Point CoreDNS's forward plugin (or the kubelet's resolvConf) at the real upstream resolvers, e.g. /run/systemd/resolve/resolv.conf instead of a 127.0.0.53 stub, then restart CoreDNS and verify resolution.")


def f_kafka(level, msg):
    def r(us):
        return f"[{_pydate(us)}] {level} {msg}"
    return ("ms", r)


@scenario
def tr_depot_vm_readonly_fs(name, rng):
    R = Rec(name, rng, SRC_TRANSIT)
    host = f"depot-ctl-{rng.randint(1, 4):02d}"
    J = lambda unit, ident, level="info": labels("journald", node=host, container=unit, app=ident, level=level)
    K = lambda level="err": J(None, "kernel", level)
    S = lambda level="info": J("charge-scheduler.service", "charge-scheduler", level)
    SD = lambda level="info": J("charge-scheduler.service", "systemd", level)
    sector = rng.randint(10_000_000, 90_000_000)
    sess = rng.randint(500000, 599999)
    R.add(S(), f_plain(f"INFO charge_scheduler.plan: bus 3{rng.randint(100, 999)} on CP-DEPOT1-{rng.randint(1, 30):03d}: target SoC 92%, ETA full in 148 min"))
    tag = rng.randint(1, 60)
    R.add(K("err"), f_plain(f"sd 2:0:0:1: [sdb] tag#{tag} FAILED Result: hostbyte=DID_OK driverbyte=DRIVER_OK cmd_age=31s"), ev=True)
    R.add(K("err"), f_plain(f"sd 2:0:0:1: [sdb] tag#{tag} CDB: Write(10) 2a 00 0{rng.randint(1, 9)} {rng.randint(10, 99)} {rng.randint(10, 99)} 00 00 00 08 00"), gap=(0, 0.01))
    R.add(K("err"), f_plain(f"I/O error, dev sdb, sector {sector} op 0x1:(WRITE) flags 0x800 phys_seg 1 prio class 2"), ev=True, gap=(0, 0.01))
    R.add(K("crit"), f_plain("Aborting journal on device sdb1-8."), gap=(0, 0.05))
    R.add(K("crit"), f_plain("EXT4-fs error (device sdb1): ext4_journal_check_start:84: comm charge-schedul: Detected aborted journal"), ev=True, gap=(0, 0.05))
    R.add(K("crit"), f_plain("EXT4-fs (sdb1): Remounting filesystem read-only"), ev=True, gap=(0, 0.01))
    R.add(S("err"), f_plain(f"ERROR charge_scheduler.store: failed to persist session {sess}: sqlite3.OperationalError: attempt to write a readonly database"), ev=True, gap=(0.5, 2))
    R.add(S("err"), f_plain(f"ERROR charge_scheduler.store: OSError: [Errno 30] Read-only file system: '/var/lib/charge-scheduler/meter/{sess}.json'"))
    R.add(S("crit"), f_plain("CRITICAL charge_scheduler.main: session store unwritable, stopping scheduler to avoid unaccounted charging"))
    R.add(SD("err"), f_plain("charge-scheduler.service: Main process exited, code=exited, status=1/FAILURE"))
    R.add(SD("warning"), f_plain("charge-scheduler.service: Failed with result 'exit-code'."))
    R.add(SD("info"), f_plain("charge-scheduler.service: Scheduled restart job, restart counter is at 3."), gap=(10, 11))
    R.add(S("err"), f_plain("ERROR charge_scheduler.store: cannot open session store /var/lib/charge-scheduler/sessions.db: attempt to write a readonly database"), gap=(1, 3))
    R.add(J("ocpp-bridge.service", "ocpp-bridge", "warning"), f_plain(f"WARN no scheduler heartbeat for 30s; chargers on depot 1 left at default 32A profile"))
    R.add(J("systemd-journald.service", "systemd-journald", "info"), f_plain("Data hash table of /var/log/journal/" + hexid(rng, 32) + "/system.journal has a fill level at 75.0 (8535 of 11377 items, 6553600 file size, 767 bytes per hash table item), suggesting rotation."))
    return R.record(
        "charge-scheduler keeps restarting on the depot controller VM. Why?",
        {"node": host},
        "CRITICAL", "storage", "charge-scheduler",
        "Write I/O errors on the VM's data disk sdb aborted the ext4 journal and the kernel remounted /dev/sdb1 read-only; charge-scheduler cannot write its SQLite session store or meter files, stops itself and systemd keeps restarting it.",
        "The depot controller's data filesystem went read-only after disk I/O errors; charge-scheduler is down and chargers fall back to a default profile without session accounting.",
        "Check the virtual disk/datastore behind sdb (hypervisor and SAN logs), fail over or replace the disk, fsck /dev/sdb1 before remounting read-write, then restart charge-scheduler and reconcile charging sessions.")


@scenario
def tr_pids_renderer_oom(name, rng):
    R = Rec(name, rng, SRC_TRANSIT)
    cluster, ns, app = "aks-transit-prod", "pids", "pids-renderer"
    node = f"aks-render-{rng.randint(10000000, 99999999)}-vmss{rng.randint(0, 9):06d}"
    pod = pod_name(rng, app)
    A = lambda: labels("azure", ns, pod, app, node)
    KE = {"Table": "KubeEvents", "ClusterName": cluster, "Namespace": ns}
    pages = rng.randint(180, 220)
    pid = rng.randint(3000, 9000)
    R.add(A(), f_pino(30, "render cycle", {"displays": 212, "open_pages": pages, "rss_mb": rng.randint(700, 780), "took_ms": rng.randint(4000, 6000)}, hostname=pod))
    R.add(A(), f_pino(40, "page pool above soft limit", {"open_pages": pages + 9, "soft_limit": 64, "rss_mb": rng.randint(880, 960)}, hostname=pod), ev=True)
    R.add(KE, f_azure_event("default", "Node", node, "OOMKilling", f"Memory cgroup out of memory: Killed process {pid} (chrome) total-vm:34129804kB, anon-rss:611204kB, file-rss:102344kB, shmem-rss:88112kB, UID:1000 pgtables:5316kB oom_score_adj:985", "Warning", cluster), ev=True, gap=(5, 15))
    R.add(KE, f_azure_event(ns, "Pod", pod, "BackOff", f"Back-off restarting failed container {app} in pod {pod}_{ns}({uuid4(rng)})", "Warning", cluster, count=4), ev=True, gap=(1, 4))
    R.add(A(), f_pino(30, "renderer starting", {"version": "2.8.4", "chromium": "126.0.6478.126", "memory_limit": "1Gi", "displays": 212}, hostname=pod), gap=(20, 40))
    R.add(A(), f_pino(30, "render cycle", {"displays": 212, "open_pages": 212, "rss_mb": rng.randint(500, 560), "took_ms": rng.randint(9000, 12000)}, hostname=pod))
    R.add(labels("azure", ns, pod_name(rng, "pids-gateway"), "pids-gateway", node), f_pino(40, "stale board image served", {"display": f"sign-0{rng.randint(100, 999)}", "age_s": rng.randint(90, 240)}, hostname="pids-gateway"))
    R.add(A(), f_pino(30, "render cycle", {"displays": 212, "open_pages": 424, "rss_mb": rng.randint(820, 900), "took_ms": rng.randint(5000, 7000)}, hostname=pod), ev=True, gap=(20, 40))
    R.add(A(), f_pino(40, "page pool above soft limit", {"open_pages": 424, "soft_limit": 64, "rss_mb": rng.randint(960, 1010)}, hostname=pod))
    R.add(KE, f_azure_event("default", "Node", node, "OOMKilling", f"Memory cgroup out of memory: Killed process {pid + rng.randint(300, 900)} (chrome) total-vm:34200112kB, anon-rss:622980kB, file-rss:101876kB, shmem-rss:90004kB, UID:1000 pgtables:5380kB oom_score_adj:985", "Warning", cluster), ev=True, gap=(5, 15))
    R.add(KE, f_azure_event(ns, "Pod", pod, "BackOff", f"Back-off restarting failed container {app} in pod {pod}_{ns}({uuid4(rng)})", "Warning", cluster, count=5))
    R.add(labels("azure", ns, pod_name(rng, "pids-gateway"), "pids-gateway", node), f_pino(40, "stale board image served", {"display": f"sign-0{rng.randint(100, 999)}", "age_s": rng.randint(240, 400)}, hostname="pids-gateway"))
    R.add(labels("azure", "kube-system", "ama-logs-" + rstr(rng, K8S_ALNUM, 5), "ama-logs", node), f_plain("Fluent::Plugin::ContainerInventory: container inventory enumerated 38 containers"))
    return R.record(
        "Bus stop displays show images that are minutes old. Why does pids-renderer keep restarting?",
        {"namespace": ns, "app": app},
        "CRITICAL", "oom_killed", app,
        "pids-renderer opens a new headless-Chromium page for every display on each render cycle without closing the old ones (open_pages grows past 400 against a soft limit of 64), so memory exceeds the 1Gi container limit and the container is OOM-killed in a loop.",
        "The display renderer is in an OOM-kill / CrashLoopBackOff loop caused by a page leak; displays get stale board images.",
        "Fix the renderer to reuse or close pages each cycle (bound the page pool), and raise the memory limit as a stopgap; alert on open_pages.")


@scenario
def tr_roster_solve_quota(name, rng):
    R = Rec(name, rng, SRC_TRANSIT)
    ns = "roster"
    node = f"tkc-ops-workers-{rstr(rng, K8S_ALNUM, 5)}-{rstr(rng, K8S_ALNUM, 9)}-{rstr(rng, K8S_ALNUM, 5)}"
    run = rng.randint(4800, 4899)
    job = f"roster-solve-r{run}"
    sched = pod_name(rng, "roster-scheduler")
    wi = [f"roster-whatif-{rstr(rng, K8S_ALNUM, 5)}" for _ in range(2)]
    EV = {"job": "fluent-bit", "source": "kubernetes_events", "kubernetes_namespace_name": ns}
    S = lambda: labels("fluentbit", ns, sched, "roster-scheduler", node)
    quota = ("exceeded quota: roster-compute, requested: requests.cpu=8,requests.memory=32Gi, "
             "used: requests.cpu=8,requests.memory=32Gi, limited: requests.cpu=12,requests.memory=48Gi")
    def fc():
        return f_evexp(ns, "Job", job, "FailedCreate", f'Error creating: pods "{job}-{rstr(rng, K8S_ALNUM, 5)}" is forbidden: {quota}', "Warning", "job-controller", None, 1, rng)
    R.add(S(), f_golog(f"solve run {run}: creating job {job} (period=next-week, duties=1412, drivers=826)"))
    R.add(EV, fc(), ev=True)
    R.add(labels("fluentbit", ns, wi[0], "whatif", node), f_pylog("INFO", "whatif", "scenario 'summer-service-B' solver status: OPTIMAL objective=218734 wall=1410s"))
    R.add(EV, fc(), ev=True, gap=(5, 15))
    R.add(S(), f_golog(f"solve run {run}: job {job} has 0 active pods after 60s"))
    R.add(labels("fluentbit", ns, wi[1], "whatif", node), f_pylog("INFO", "whatif", "scenario 'detour-route-12' presolve removed 3312 rows, 9120 columns"))
    R.add(EV, fc(), gap=(20, 60))
    R.add(labels("fluentbit", "kube-system", pod_name(rng, "kube-state-metrics"), "kube-state-metrics", node), f_klog("I", 1, "builder.go:282", '"Active resources" activeStoreNames="certificatesigningrequests,configmaps,cronjobs,daemonsets,deployments,jobs,namespaces,nodes,persistentvolumeclaims,pods,resourcequotas"'))
    R.add(EV, fc(), ev=True, gap=(60, 120))
    R.add(S(), f_golog(f"WARN solve run {run}: job {job} still has no pods after 300s; roster publication deadline at risk"))
    R.add(EV, f_evexp(ns, "ResourceQuota", "roster-compute", "QuotaUsage", "requests.cpu 8/12, requests.memory 32Gi/48Gi (2 pods: roster-whatif)", "Normal", "quota-reporter", None, 1, rng))
    R.add(S(), f_golog(f"ERROR solve run {run}: giving up after 600s, job {job} never started; last roster stays published"), gap=(120, 240))
    R.add(labels("fluentbit", ns, wi[0], "whatif", node), f_pylog("INFO", "whatif", "scenario 'summer-service-B' results written to s3://roster-whatif/summer-service-B/"))
    return R.record(
        "The weekly roster solve did not run. Why?",
        {"namespace": ns},
        "ERROR", "scheduling", "roster-solve",
        f"The solve Job's pod (8 CPU / 32Gi requests) is rejected by the roster-compute ResourceQuota (limit 12 CPU / 48Gi) because two what-if analysis pods already use 8 CPU / 32Gi, so the Job never gets a pod and the scheduler gives up.",
        "The weekly roster optimization could not start: every pod creation is forbidden by the namespace ResourceQuota while what-if jobs hold most of it.",
        "Stop or move the what-if pods (or give them their own namespace/quota), then re-run the solve; raise roster-compute or reserve capacity for the weekly solve.")


@scenario
def tr_validator_sync_fd_leak(name, rng):
    R = Rec(name, rng, SRC_TRANSIT)
    cluster, ns, app = "lke-fares", "fares", "validator-sync"
    node = f"lke{rng.randint(100000, 199999)}-{rng.randint(150000, 250000)}-{hexid(rng, 12)}"
    pod = pod_name(rng, app)
    O = lambda: labels("otel", ns, pod, app, node, app, cluster=cluster)
    led = ip(rng, "10.128")
    R.add(O(), f_zap("info", "batch accepted", "sync/upload.go:88", {"validator": f"VAL-{rng.randint(10000, 19999)}", "taps": rng.randint(20, 200)}))
    R.add(O(), f_zap("warn", "open file descriptors high", "sync/metrics.go:41", {"open_fds": rng.randint(61000, 63000), "limit": 65536, "ledger_conns_idle": rng.randint(58000, 60000)}), ev=True)
    R.add(O(), f_golog("http: Accept error: accept tcp [::]:8443: accept4: too many open files; retrying in 5ms"), ev=True, gap=(20, 60))
    R.add(O(), f_golog("http: Accept error: accept tcp [::]:8443: accept4: too many open files; retrying in 10ms"), gap=(0, 0.02))
    R.add(O(), f_zap("error", "forward batch to ledger failed", "sync/ledger.go:62", {"validator": f"VAL-{rng.randint(10000, 19999)}", "error": f'Post "http://fare-ledger.fares.svc:8080/v1/taps/batch": dial tcp {led}:8080: socket: too many open files'}), ev=True)
    R.add(O(), f_golog("http: Accept error: accept tcp [::]:8443: accept4: too many open files; retrying in 20ms"))
    R.add(labels("otel", "ingress-nginx", pod_name(rng, "ingress-nginx-controller"), "controller", node, "ingress-nginx", cluster=cluster),
          f_nginx_error("error", rng.randint(20, 40), rng.randint(100000, 999999), f'upstream timed out (110: Connection timed out) while connecting to upstream, client: {ip(rng, "10.61")}, server: sync.fares.metro-transit.example, request: "POST /v2/batches HTTP/1.1", upstream: "https://{ip(rng, "10.2.1")}:8443/v2/batches", host: "sync.fares.metro-transit.example"'))
    R.add(O(), f_zap("info", "batch accepted", "sync/upload.go:88", {"validator": f"VAL-{rng.randint(10000, 19999)}", "taps": rng.randint(20, 200)}))
    R.noise([
        lambda: (O(), f_golog(f"http: Accept error: accept tcp [::]:8443: accept4: too many open files; retrying in {rng.choice([40, 80, 160, 320])}ms")),
        lambda: (O(), f_zap("info", "batch accepted", "sync/upload.go:88", {"validator": f"VAL-{rng.randint(10000, 19999)}", "taps": rng.randint(20, 200)})),
    ], 1, 5)
    R.add(O(), f_zap("warn", "open file descriptors high", "sync/metrics.go:41", {"open_fds": 65536, "limit": 65536, "ledger_conns_idle": rng.randint(63000, 64000)}), ev=True, gap=(20, 40))
    R.add(O(), f_golog("http: Accept error: accept tcp [::]:8443: accept4: too many open files; retrying in 1s"))
    R.add(O(), f_zap("error", "forward batch to ledger failed", "sync/ledger.go:62", {"validator": f"VAL-{rng.randint(10000, 19999)}", "error": f'Post "http://fare-ledger.fares.svc:8080/v1/taps/batch": dial tcp {led}:8080: socket: too many open files'}))
    R.add(O(), f_zap("error", "open sqlite spool", "sync/spool.go:30", {"error": "open /var/lib/validator-sync/spool.db-journal: too many open files"}))
    R.add(O(), f_golog("http: Accept error: accept tcp [::]:8443: accept4: too many open files; retrying in 1s"))
    return R.record(
        "Validators report failed batch uploads. What is wrong with validator-sync?",
        {"namespace": ns, "app": app},
        "ERROR", "resource_exhausted", app,
        "validator-sync leaks idle keep-alive connections to fare-ledger (tens of thousands never closed) until the process hits its 65536 file-descriptor limit; it can no longer accept uploads, dial the ledger or open its spool file.",
        "File descriptors are exhausted in validator-sync: accept4 fails with too many open files, uploads from validators time out and batches cannot be forwarded.",
        "Restart validator-sync to release descriptors, then fix the leak (close response bodies / bound the HTTP client's idle connection pool per host) and alert on open_fds versus the limit.")


@scenario
def tr_avl_feed_rebalance_healthy(name, rng):
    R = Rec(name, rng, SRC_TRANSIT)
    ns = "avl"
    nodes = [f"k3s-agent-{i}" for i in sorted(rng.sample(range(1, 7), 3))]
    ingp = [pod_name(rng, "avl-ingest") for _ in range(2)]
    kafka = "kafka-0"
    pub = pod_name(rng, "gtfs-rt-publisher")
    P = lambda pod, c, n, app=None: labels("promtail", ns if c != "gtfs-rt-publisher" else "gtfs", pod, c, n, app or c)
    gen = rng.randint(30, 80)
    veh = lambda: str(rng.randint(1000, 4999))
    R.add(P(ingp[0], "avl-ingest", nodes[0]), f_tracing("INFO", "avl_ingest::modem", f"batch from gateway gw-{rng.randint(1, 9)}: fixes={rng.randint(300, 500)} vehicles={rng.randint(150, 220)}"))
    R.add(P(ingp[0], "avl-ingest", nodes[0]), f_tracing("WARN", "avl_ingest::filter", f"dropped fix vehicle={veh()} hdop=9.7 > 5.0 (urban canyon)"))
    R.add(P(kafka, "kafka", nodes[1]), f_kafka("INFO", f"[GroupCoordinator 0]: Preparing to rebalance group avl-ingest in state PreparingRebalance with old generation {gen} (__consumer_offsets-{rng.randint(0, 49)}) (reason: Adding new member {ingp[1]}-{uuid4(rng)} with group instance id None; client reason: not provided) (kafka.coordinator.group.GroupCoordinator)"))
    R.add(P(ingp[0], "avl-ingest", nodes[0]), f_tracing("INFO", "avl_ingest::kafka", "partitions revoked: [avl.fixes-0, avl.fixes-1, avl.fixes-2, avl.fixes-3]"))
    R.add(P(kafka, "kafka", nodes[1]), f_kafka("INFO", f"[GroupCoordinator 0]: Stabilized group avl-ingest generation {gen + 1} (__consumer_offsets-{rng.randint(0, 49)}) with 2 members (kafka.coordinator.group.GroupCoordinator)"), gap=(2, 4))
    R.add(P(ingp[0], "avl-ingest", nodes[0]), f_tracing("INFO", "avl_ingest::kafka", "partitions assigned: [avl.fixes-0, avl.fixes-1]"))
    R.add(P(ingp[1], "avl-ingest", nodes[2]), f_tracing("INFO", "avl_ingest::kafka", "partitions assigned: [avl.fixes-2, avl.fixes-3]"))
    R.add(P(pub, "gtfs-rt-publisher", nodes[2]), f_zap("info", "published feed", "publish/feed.go:140", {"feed": "VehiclePositions", "entities": rng.randint(300, 420), "bytes": rng.randint(40000, 70000), "age_s": rng.randint(3, 9)}))
    R.add(P(ingp[1], "avl-ingest", nodes[2]), f_tracing("WARN", "avl_ingest::stale", f"vehicle {veh()} no fix for 95s (state=LAYOVER at terminal, expected)"))
    R.add(P(pub, "gtfs-rt-publisher", nodes[2]), f_zap("info", "published feed", "publish/feed.go:140", {"feed": "TripUpdates", "entities": rng.randint(700, 900), "bytes": rng.randint(180000, 260000), "unmatched_trips": 0}))
    R.add(P(ingp[0], "avl-ingest", nodes[0]), f_tracing("INFO", "avl_ingest::stats", f"last 60s: fixes={rng.randint(9000, 12000)} dropped={rng.randint(5, 30)} lag_ms_p95={rng.randint(400, 900)} errors=0"), gap=(20, 40))
    R.add(P(ingp[1], "avl-ingest", nodes[2]), f_tracing("INFO", "avl_ingest::stats", f"last 60s: fixes={rng.randint(9000, 12000)} dropped={rng.randint(5, 30)} lag_ms_p95={rng.randint(400, 900)} errors=0"))
    R.add(P(pub, "gtfs-rt-publisher", nodes[2]), f_zap("info", "published feed", "publish/feed.go:140", {"feed": "VehiclePositions", "entities": rng.randint(300, 420), "bytes": rng.randint(40000, 70000), "age_s": rng.randint(3, 9)}))
    R.noise([
        lambda: (P(ingp[rng.randint(0, 1)], "avl-ingest", nodes[0]), f_tracing("INFO", "avl_ingest::modem", f"batch from gateway gw-{rng.randint(1, 9)}: fixes={rng.randint(300, 500)} vehicles={rng.randint(150, 220)}")),
        lambda: (P(ingp[0], "avl-ingest", nodes[0]), f_tracing("WARN", "avl_ingest::filter", f"dropped fix vehicle={veh()} speed=212 km/h implausible jump")),
        lambda: (P(pub, "gtfs-rt-publisher", nodes[2]), f_zap("info", "published feed", "publish/feed.go:140", {"feed": "ServiceAlerts", "entities": rng.randint(2, 9), "bytes": rng.randint(2000, 9000)})),
    ], 2, 6)
    return R.record(
        "avl-ingest logged partitions revoked and dropped fixes. Is the vehicle location feed OK?",
        {"namespace": ns, "app": "avl-ingest"},
        "INFO", "none", "avl-ingest",
        "No incident: a second avl-ingest replica joined and the Kafka consumer group rebalanced normally; dropped fixes are low-quality GPS points filtered by design and the stale vehicle is on layover.",
        "Vehicle location pipeline is healthy: rebalance completed in seconds, feeds are published with low age and errors=0.",
        "Nothing to do.")


@scenario
def tr_depot_csms_rollout_healthy(name, rng):
    R = Rec(name, rng, SRC_TRANSIT)
    cluster, ns, app = "rke2-depot", "depot", "ocpp-csms"
    nodes = [f"rke2-depot-{i}" for i in sorted(rng.sample(range(1, 6), 2))]
    old_rs, old = rs_and_pods(rng, app, 1)
    new_rs, new = rs_and_pods(rng, app, 1)
    A = lambda pod: labels("alloy", ns, pod, app, cluster=cluster)
    EVL = {"cluster": cluster, "job": "integrations/kubernetes/eventhandler", "namespace": ns}
    img = "harbor.depot.example/transit/ocpp-csms:5.1.3"
    cps = [f"CP-DEPOT2-{c:03d}" for c in sorted(rng.sample(range(1, 37), 3))]
    R.add(EVL, f_alloy_event("Pod", new[0], "Pulled", f'Container image "{img}" already present on machine', "Normal", "kubelet", nodes[1], rng))
    R.add(EVL, f_alloy_event("Pod", new[0], "Started", f"Started container {app}", "Normal", "kubelet", nodes[1], rng))
    R.add(A(new[0]), f_pino(30, "ocpp-csms starting", {"version": "5.1.3", "node": "v20.14.0", "profile": "depot"}, hostname=new[0]))
    R.add(A(new[0]), f_pino(30, "listening", {"port": 9220, "protocols": ["ocpp1.6", "ocpp2.0.1"]}, hostname=new[0]))
    R.add(EVL, f_alloy_event("Pod", old[0], "Killing", f"Stopping container {app}", "Normal", "kubelet", nodes[0], rng), gap=(5, 10))
    R.add(A(old[0]), f_pino(30, "SIGTERM received, closing charge point sessions with 1001 going away", {"sessions": 36}, hostname=old[0]))
    R.add(A(new[0]), f_pino(40, "websocket closed by peer, waiting for reconnect", {"chargePointId": cps[0], "code": 1006}, hostname=new[0]))
    R.add(A(new[0]), f_pino(30, "BootNotification accepted", {"chargePointId": cps[0], "vendor": "Kempower", "interval": 300}, hostname=new[0]), gap=(2, 6))
    R.add(A(new[0]), f_pino(30, "BootNotification accepted", {"chargePointId": cps[1], "vendor": "ABB", "interval": 300}, hostname=new[0]))
    R.add(A(new[0]), f_pino(30, "StatusNotification", {"chargePointId": cps[1], "connectorId": 1, "status": "Charging", "errorCode": "NoError"}, hostname=new[0]))
    R.add(A(new[0]), f_pino(30, "BootNotification accepted", {"chargePointId": cps[2], "vendor": "Kempower", "interval": 300}, hostname=new[0]))
    R.add(A(old[0]), f_pino(30, "shutdown complete", {"sessions_closed": 36, "error_count": 0}, hostname=old[0]))
    R.add(A(new[0]), f_pino(30, "charge point summary", {"connected": 36, "total": 36, "faulted": 0}, hostname=new[0]), gap=(20, 60))
    return R.record(
        "Chargers disconnected during the CSMS deploy. Did charging recover?",
        {"namespace": ns, "app": app},
        "INFO", "none", app,
        "No incident: a routine rollout of ocpp-csms 5.1.3; the old pod closed charger websockets on SIGTERM, chargers reconnected to the new pod with accepted BootNotifications and all 36 are connected with none faulted.",
        "Planned deploy of the charging central system completed cleanly; brief charger reconnects are expected.",
        "Nothing to do.")


@scenario
def tr_fare_batch_upload_healthy(name, rng):
    R = Rec(name, rng, SRC_TRANSIT)
    host = f"fares-edge-{rng.randint(1, 4):02d}"
    proj = "fare-edge"
    D = lambda svc: labels("docker", proj, f"{proj}-{svc}-1", svc, host)
    ua = "ValidatorFW/7.3.1"
    def acc(status, size, rt, path="/v2/batches"):
        return f_nginx_access(ip(rng, "10.61"), f"POST {path} HTTP/1.1", status, size, "-", ua, f"rt={rt}", off=US_EAST)
    R.add(D("nginx"), acc(201, 64, f"0.0{rng.randint(10, 90)}"))
    R.add(D("nginx"), acc(499, 0, f"{rng.randint(10, 14)}.{rng.randint(100, 999)}"))
    R.add(D("uploader"), f_structlog("warning", "validator retry", {"validator": f"VAL-{rng.randint(10000, 19999)}", "attempt": 2, "previous": "client closed connection (bus left wifi)"}, logger="edge.batches"))
    R.add(D("nginx"), acc(201, 64, f"0.0{rng.randint(10, 90)}"))
    R.add(D("uploader"), f_structlog("info", "batch stored", {"validator": f"VAL-{rng.randint(10000, 19999)}", "taps": rng.randint(20, 300), "duplicate_taps": rng.randint(0, 3), "note": "duplicates from retried upload ignored"}, logger="edge.batches"))
    R.add(D("redis"), f_redis(1, "M", "*", "100 changes in 300 seconds. Saving..."))
    R.add(D("redis"), f_redis(1, "M", "*", f"Background saving started by pid {rng.randint(100, 999)}"))
    R.add(D("redis"), f_redis(1, "M", "*", "Background saving terminated with success"), gap=(0.2, 1))
    R.add(D("uploader"), f_structlog("info", "forwarded to central", {"batches": rng.randint(30, 60), "failed": 0, "retried": 1}, logger="edge.forward"), gap=(10, 30))
    R.add(D("nginx"), acc(201, 64, f"0.0{rng.randint(10, 90)}"))
    R.add(D("uploader"), f_structlog("warning", "deny list download slow", {"took_ms": rng.randint(2200, 3000), "entries": rng.randint(40000, 60000)}, logger="edge.denylist"))
    R.add(D("uploader"), f_structlog("info", "deny list published to validators", {"version": rng.randint(8000, 9000), "validators_acked": rng.randint(150, 200)}, logger="edge.denylist"))
    R.add(D("uploader"), f_structlog("info", "hourly summary", {"batches": rng.randint(600, 900), "error_count": 0, "retries_succeeded": rng.randint(3, 12)}, logger="edge.summary"), gap=(20, 60))
    return R.record(
        "nginx on the fare edge host shows 499s. Are fare uploads failing?",
        {"app": "fare-edge"},
        "INFO", "none", "uploader",
        "No incident: 499s are validators on buses leaving Wi-Fi mid-upload; they retry and the duplicates are ignored. Redis snapshots succeed and the hourly summary reports error_count=0.",
        "Fare edge uploads are healthy; client-closed requests are retried successfully and forwarding has no failures.",
        "Nothing to do.")


# ==========================================================================
# theme 3: translation and localization company
# ==========================================================================
def f_ruby(level, pid, msg):
    def r(us):
        return f"{level[0]}, [{iso(us, 6, z=False)[:-6]} #{pid}] {level:>5} -- : {msg}"
    return ("us", r)


def f_quarkus(level, cat, thread, msg):
    def r(us):
        return f"{_pydate(us)} {level:<5} [{cat}] ({thread}) {msg}"
    return ("ms", r)


def f_traefik(client, req, status, size, count, router, server, dur_ms):
    def r(us):
        d = to_dt(us)
        stamp = f"{d.day:02d}/{MONTHS[d.month - 1]}/{d.year:04d}:{hms(d)} +0000"
        return f'{client} - - [{stamp}] "{req}" {status} {size} "-" "-" {count} "{router}" "{server}" {dur_ms}ms'
    return ("s", r)


def f_harbor(level, src, msg):
    return ("s", lambda us: f"{iso(us, 0)} [{level}] [{src}]: {msg}")


@scenario
def lo_subtitle_timing_zero_fps(name, rng):
    R = Rec(name, rng, SRC_L10N)
    ns, app = "subtitles", "subtitle-timing"
    node = f"mk8s-loc-{rng.randint(1, 3):02d}"
    pod = pod_name(rng, app)
    P = lambda: labels("promtail", ns, pod, app, node, app, stream="stderr")
    EX = lambda: labels("promtail", "monitoring", pod_name(rng, "event-exporter"), "event-exporter", node, "kubernetes-event-exporter")
    MQ = lambda: labels("promtail", "messaging", "rabbitmq-0", "rabbitmq", node, "rabbitmq")
    job = rng.randint(80000, 99999)
    ep = rng.randint(1, 12)
    lang = rng.choice(["de-DE", "fr-FR", "pt-BR", "ja-JP", "es-419"])
    pod_ip = ip(rng, "10.1.44")
    uid = uuid4(rng)
    tb = ("Traceback (most recent call last):\n"
          '  File "/app/subtiming/worker.py", line 142, in handle\n'
          "    cues = retime(cues, src_fps=probe.fps, dst_fps=job.target_fps)\n"
          '  File "/app/subtiming/timing.py", line 58, in retime\n'
          "    start = frames_to_ms(ms_to_frames(c.start_ms, src_fps), dst_fps)\n"
          '  File "/app/subtiming/timing.py", line 37, in ms_to_frames\n'
          "    return round(ms * fps / 1000) if fps else round(ms / (1000 / fps))\n"
          "ZeroDivisionError: float division by zero")
    def closing():
        return f_rabbit("warning", f"0.{rng.randint(1000, 9999)}.0", f"closing AMQP connection <0.{rng.randint(1000, 9999)}.0> ({pod_ip}:{rng.randint(30000, 60000)} -> 10.1.12.9:5672, vhost: '/', user: 'subtitles'):\nclient unexpectedly closed TCP connection")
    R.add(P(), f_pylog("INFO", "subtiming.worker", "consumer started: queue=subtitle.retime prefetch=1"))
    R.add(P(), f_pylog("INFO", "subtiming.worker", f"job {job} received: file=S02E{ep:02d}_{lang}.srt target_fps=25 source=S02E{ep:02d}_master.mxf redelivered=True"), ev=True)
    R.add(P(), f_pylog("WARNING", "subtiming.probe", f"job {job}: ffprobe r_frame_rate=0/0 avg_frame_rate=0/0 (stream 0:0, codec=prores), fps=0.0"), ev=True)
    R.add(P(), f_plain(tb), ev=True, gap=(0.05, 0.3))
    R.add(MQ(), closing(), gap=(0.1, 1))
    R.add(EX(), f_evexp(ns, "Pod", pod, "BackOff", f"Back-off restarting failed container {app} in pod {pod}_{ns}({uid})", "Warning", "kubelet", node, 6, rng), ev=True, gap=(2, 10))
    R.add(labels("promtail", ns, pod_name(rng, "subtitle-portal"), "subtitle-portal", node, "subtitle-portal"),
          f_pino(40, "retime queue not draining", {"queue": "subtitle.retime", "ready": rng.randint(30, 45), "unacked": 1, "consumers": 1}, hostname="subtitle-portal"))
    R.add(P(), f_pylog("INFO", "subtiming.worker", "consumer started: queue=subtitle.retime prefetch=1"), gap=(30, 90))
    R.add(P(), f_pylog("INFO", "subtiming.worker", f"job {job} received: file=S02E{ep:02d}_{lang}.srt target_fps=25 source=S02E{ep:02d}_master.mxf redelivered=True"))
    R.add(P(), f_pylog("WARNING", "subtiming.probe", f"job {job}: ffprobe r_frame_rate=0/0 avg_frame_rate=0/0 (stream 0:0, codec=prores), fps=0.0"))
    R.add(P(), f_plain(tb), ev=True, gap=(0.05, 0.3))
    R.add(MQ(), closing(), gap=(0.1, 1))
    R.add(EX(), f_evexp(ns, "Pod", pod, "BackOff", f"Back-off restarting failed container {app} in pod {pod}_{ns}({uid})", "Warning", "kubelet", node, 7, rng), gap=(2, 10))
    R.add(labels("promtail", ns, pod_name(rng, "subtitle-portal"), "subtitle-portal", node, "subtitle-portal"),
          f_pino(40, "delivery at risk", {"project": f"STR-{rng.randint(1000, 9999)}", "files_waiting": rng.randint(30, 45), "sla_hours_left": rng.randint(3, 9)}, hostname="subtitle-portal"))
    R.noise([
        lambda: (MQ(), f_rabbit("info", f"0.{rng.randint(1000, 9999)}.0", f"accepting AMQP connection <0.{rng.randint(1000, 9999)}.0> ({pod_ip}:{rng.randint(30000, 60000)} -> 10.1.12.9:5672)")),
        lambda: (labels("promtail", ns, pod_name(rng, "subtitle-portal"), "subtitle-portal", node, "subtitle-portal"), f_pino(30, "GET /api/jobs 200", {"responseTime": rng.randint(5, 40)}, hostname="subtitle-portal")),
    ], 1, 4)
    return R.record(
        "Subtitle retiming has stopped and the worker keeps restarting. Why?",
        {"namespace": ns, "app": app},
        "CRITICAL", "application_error", app,
        f"subtitle-timing crashes with an unhandled ZeroDivisionError in ms_to_frames when ffprobe reports a frame rate of 0/0 for job {job}'s source; the message is redelivered after each crash, so the worker crash-loops and the retime queue is blocked.",
        "A poison message (source with unknown frame rate) crashes the subtitle retiming worker on every delivery; the queue is not draining and subtitle deliveries are at risk.",
        "Move the poison message to a dead-letter queue (or reject it) so the worker can continue, fix the fps handling (fall back to container/stream metadata or fail the job cleanly), and configure a delivery limit/DLQ on subtitle.retime.")


@scenario
def lo_termbase_opensearch_restart(name, rng):
    R = Rec(name, rng, SRC_L10N)
    ns = "termbase"
    node = f"lke{rng.randint(100000, 199999)}-{rng.randint(150000, 250000)}-{hexid(rng, 12)}"
    os_pod = "opensearch-termbase-0"
    api = pod_name(rng, "termbase-api")
    portal = pod_name(rng, "translator-portal")
    F = lambda pod, c, n=node: labels("fluentbit", ns, pod, c, n)
    osip = ip(rng, "10.2.3")
    refused = f"java.net.ConnectException: Connection refused (opensearch-termbase.termbase.svc:9200 / {osip}:9200)"
    R.add(F(api, "termbase-api"), f_spring("INFO", "termbase-api", "nio-8080-exec-3", "c.l.t.search.TermLookupService", f"lookup en-US>de-DE terms=14 hits=11 took=23ms"))
    R.add(F(os_pod, "opensearch"), f_opensearch("INFO", "o.o.n.Node", os_pod, "stopping ..."), ev=True)
    R.add(F(os_pod, "opensearch"), f_opensearch("INFO", "o.o.n.Node", os_pod, "stopped"), gap=(0.5, 2))
    R.add(F(os_pod, "opensearch"), f_opensearch("INFO", "o.o.n.Node", os_pod, "closing ..."))
    R.add(F(os_pod, "opensearch"), f_opensearch("INFO", "o.o.n.Node", os_pod, "closed"))
    R.add(F(api, "termbase-api"), f_spring("ERROR", "termbase-api", "nio-8080-exec-7", "c.l.t.search.TermLookupService", f"term lookup failed, serving cached results: {refused}"), ev=True, gap=(1, 4))
    R.add(F(portal, "translator-portal"), f_pino(40, "term suggestions degraded", {"status": 200, "source": "cache", "project": f"LOC-{rng.randint(10000, 99999)}"}, hostname=portal))
    R.add(F(api, "termbase-api"), f_spring("ERROR", "termbase-api", "nio-8080-exec-2", "c.l.t.index.TermIndexer", f"bulk index of 38 new terms failed, will retry: {refused}"), ev=True)
    R.add(F(api, "termbase-api"), f_spring("ERROR", "termbase-api", "nio-8080-exec-9", "c.l.t.search.TermLookupService", f"term lookup failed, serving cached results: {refused}"))
    R.add(F(os_pod, "opensearch"), f_opensearch("INFO", "o.o.n.Node", os_pod, f"version[2.15.0], pid[{rng.randint(80, 200)}], build[tar/{hexid(rng, 40)}], OS[Linux/6.1.0-25-cloud-amd64/amd64], JVM[Eclipse Adoptium/OpenJDK 64-Bit Server VM/21.0.4/21.0.4+7-LTS]"), gap=(20, 40))
    R.add(F(os_pod, "opensearch"), f_opensearch("INFO", "o.o.n.Node", os_pod, "started"), gap=(15, 25))
    R.add(F(os_pod, "opensearch"), f_opensearch("INFO", "o.o.c.r.a.AllocationService", os_pod, "Cluster health status changed from [RED] to [GREEN] (reason: [shards started [[termbase-terms][0]]])."), gap=(2, 6))
    R.add(F(api, "termbase-api"), f_spring("INFO", "termbase-api", "scheduling-1", "c.l.t.index.TermIndexer", "retry succeeded: bulk indexed 38 terms"))
    R.add(F(api, "termbase-api"), f_spring("INFO", "termbase-api", "nio-8080-exec-5", "c.l.t.search.TermLookupService", f"lookup en-US>ja-JP terms=9 hits=9 took=31ms"))
    return R.record(
        "Translators briefly saw cached term suggestions only. What happened to the termbase?",
        {"namespace": ns},
        "WARN", "connection_refused", "opensearch",
        "The single-node opensearch-termbase StatefulSet pod was restarted (stopping/closed, then started); for about a minute connections to opensearch-termbase:9200 were refused, so termbase-api served cached lookups and deferred indexing until the cluster went GREEN again.",
        "Transient termbase outage while OpenSearch restarted; lookups fell back to cache and failed indexing was retried successfully after recovery.",
        "No immediate action; to avoid the gap, run OpenSearch with at least 2-3 nodes and replicas or schedule restarts outside working hours.")


@scenario
def lo_termbase_cert_expired(name, rng):
    R = Rec(name, rng, SRC_L10N)
    cluster, ns = "eks-loc-prod", "termbase"
    nodes = [eks_node(rng, "eu-west-1") for _ in range(2)]
    tb = pod_name(rng, "termbase")
    portal = pod_name(rng, "translator-portal-api")
    qa = pod_name(rng, "qa-checker")
    O = lambda ns_, pod, c, n: labels("otel", ns_, pod, c, n, c, cluster=cluster)
    host = "termbase.loc-internal.example"
    def hs():
        return f_nginx_error("info", rng.randint(20, 40), rng.randint(10000, 99999), f"SSL_do_handshake() failed (SSL: error:0A000415:SSL routines::sslv3 alert certificate expired:SSL alert number 45) while SSL handshaking, client: {ip(rng, '10.50')}, server: 0.0.0.0:8443")
    py = f"httpx.ConnectError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: certificate has expired (_ssl.c:1006)"
    R.add(O("portal", portal, "translator-portal-api", nodes[0]), f_structlog("info", "segment saved", {"project": f"LOC-{rng.randint(10000, 99999)}", "segment": rng.randint(1, 900), "words": rng.randint(3, 40)}, logger="portal.editor"))
    R.add(O("portal", portal, "translator-portal-api", nodes[0]), f_structlog("error", "termbase lookup failed", {"url": f"https://{host}/api/v2/lookup", "error": py}, logger="portal.terms"), ev=True)
    R.add(O(ns, tb, "nginx", nodes[1]), hs(), ev=True)
    R.add(O("qa", qa, "qa-checker", nodes[1]), f_logback("ERROR", "com.loc.qa.TermConsistencyCheck", "qa-worker-3", f"termbase unavailable, skipping terminology check", stack="javax.net.ssl.SSLHandshakeException: PKIX path validation failed: java.security.cert.CertPathValidatorException: validity check failed\n\tat java.base/sun.security.ssl.Alert.createSSLException(Alert.java:130)\nCaused by: java.security.cert.CertificateExpiredException: certificate expired"), ev=True)
    R.add(O(ns, tb, "nginx", nodes[1]), hs())
    R.add(O(ns, tb, "termbase", nodes[1]), f_tracing("INFO", "termbase::http", "GET /healthz 200 (plain http, kubelet probe)"))
    R.add(O("portal", portal, "translator-portal-api", nodes[0]), f_structlog("warning", "terminology panel disabled for session", {"reason": "termbase unreachable", "sessions_affected": rng.randint(40, 120)}, logger="portal.terms"))
    R.add(O("qa", qa, "qa-checker", nodes[1]), f_logback("WARN", "com.loc.qa.Pipeline", "qa-worker-1", f"{rng.randint(20, 60)} QA jobs completed without terminology check"))
    R.add(O(ns, tb, "nginx", nodes[1]), hs())
    R.add(O(ns, tb, "termbase", nodes[1]), f_tracing("INFO", "termbase::tls", f"serving certificate from /etc/termbase/tls/tls.crt (secret termbase-tls, issuer=CN=Loc Internal CA G1, managed=false)"), ev=True)
    R.add(O("portal", portal, "translator-portal-api", nodes[0]), f_structlog("error", "termbase lookup failed", {"url": f"https://{host}/api/v2/lookup", "error": py}, logger="portal.terms"))
    R.add(O(ns, tb, "nginx", nodes[1]), hs())
    R.noise([
        lambda: (O(ns, tb, "nginx", nodes[1]), hs()),
        lambda: (O("portal", portal, "translator-portal-api", nodes[0]), f_structlog("info", "segment saved", {"project": f"LOC-{rng.randint(10000, 99999)}", "segment": rng.randint(1, 900), "words": rng.randint(3, 40)}, logger="portal.editor")),
    ], 2, 6)
    return R.record(
        "Terminology lookups fail in the translator portal and QA. What is wrong with the termbase?",
        {"namespace": ns},
        "ERROR", "tls_certificate", "termbase",
        "The termbase HTTPS endpoint still serves a manually provisioned certificate (secret termbase-tls, not managed by cert-manager) that has expired; clients reject the handshake with 'certificate has expired' / CertificateExpiredException.",
        "The termbase's TLS certificate has expired: the translator portal and the QA checker cannot connect, terminology panels are disabled and QA runs without terminology checks.",
        "Issue a new certificate for termbase.loc-internal.example from the internal CA, update the termbase-tls Secret and reload the pods; move the certificate under cert-manager with renewal alerts.")


@scenario
def lo_mt_worker_translation_quota(name, rng):
    R = Rec(name, rng, SRC_L10N)
    L, EV, NODE = gke_labels("loc-mt-prod-2291", "europe-west4", "mt-gke")
    ns, app = "mt", "mt-worker"
    pods = [pod_name(rng, app) for _ in range(3)]
    orch = pod_name(rng, "mt-orchestrator")
    proj_num = rng.randint(100000000000, 999999999999)
    quota = (f"429 Quota exceeded for quota metric 'v3 general model characters' and limit 'v3 general model characters per minute per project' "
             f"of service 'translate.googleapis.com' for consumer 'project_number:{proj_num}'.")
    big = f"GAME-{rng.randint(1000, 9999)}"
    def w(i, lvl, ev_, f):
        return L(ns, pods[i], app, "stderr" if lvl in ("error", "warning") else "stdout"), f_structlog(lvl, ev_, f, logger="mt.engine")
    R.add(L(ns, orch, "mt-orchestrator"), f_structlog("info", "batch submitted", {"project": big, "segments": rng.randint(180000, 240000), "chars": rng.randint(11_000_000, 14_000_000), "targets": ["de", "fr", "es", "ja", "ko", "pt-BR", "zh-CN"], "throttle": None}, logger="mt.orchestrator"))
    R.add(*w(0, "info", "translate batch ok", {"engine": "google-v3", "chars": 29870, "latency_ms": rng.randint(400, 900)}))
    R.add(*w(1, "warning", "engine rate limited, backing off", {"engine": "google-v3", "error": f"google.api_core.exceptions.TooManyRequests: {quota}", "backoff_s": 8}), ev=True)
    R.add(*w(2, "warning", "engine rate limited, backing off", {"engine": "google-v3", "error": f"google.api_core.exceptions.TooManyRequests: {quota}", "backoff_s": 8}), ev=True)
    R.add(*w(0, "warning", "engine rate limited, backing off", {"engine": "google-v3", "error": f"google.api_core.exceptions.TooManyRequests: {quota}", "backoff_s": 16}))
    R.add(L(ns, orch, "mt-orchestrator"), f_structlog("info", "queue depth", {"ready": rng.randint(9000, 14000), "in_flight": 48}, logger="mt.orchestrator"))
    R.add({"resource_type": "k8s_cluster", "project_id": "loc-mt-prod-2291", "location": "europe-west4",
           "cluster_name": "mt-gke", "log_name": "events"},
          f_gke_event("HorizontalPodAutoscaler", ns, app, "SuccessfulRescale", "New size: 6; reason: cpu resource utilization (percentage of request) above target", "Normal", "horizontal-pod-autoscaler", None))
    R.add(*w(1, "error", "segment batch failed after retries", {"engine": "google-v3", "project": big, "attempts": 5, "error": f"429 {quota[4:60]}..."}), ev=True, gap=(20, 40))
    R.add(L("portal", pod_name(rng, "portal-api"), "portal-api"),
          f_structlog("warning", "pre-translation incomplete", {"project": f"LOC-{rng.randint(10000, 99999)}", "segments_pending": rng.randint(200, 800), "reason": "mt backlog"}, logger="portal.pretranslate"))
    R.add(*w(2, "error", "segment batch failed after retries", {"engine": "google-v3", "project": f"LOC-{rng.randint(10000, 99999)}", "attempts": 5, "error": f"429 {quota[4:60]}..."}))
    R.add(*w(0, "info", "translate batch ok", {"engine": "google-v3", "chars": 30112, "latency_ms": rng.randint(400, 900)}))
    R.add(L(ns, orch, "mt-orchestrator"), f_structlog("error", "jobs moved to failed", {"count": rng.randint(300, 600), "reason": "engine quota", "projects": 6}, logger="mt.orchestrator"))
    R.add(*w(1, "warning", "engine rate limited, backing off", {"engine": "google-v3", "error": f"google.api_core.exceptions.TooManyRequests: {quota}", "backoff_s": 32}))
    R.noise([
        lambda: w(rng.randint(0, 2), "warning", "engine rate limited, backing off", {"engine": "google-v3", "error": f"google.api_core.exceptions.TooManyRequests: {quota}", "backoff_s": 32}),
        lambda: w(rng.randint(0, 2), "info", "translate batch ok", {"engine": "google-v3", "chars": rng.randint(20000, 31000), "latency_ms": rng.randint(400, 900)}),
        lambda: (L(ns, orch, "mt-orchestrator"), f_structlog("info", "queue depth", {"ready": rng.randint(12000, 20000), "in_flight": 48}, logger="mt.orchestrator")),
    ], 2, 6)
    return R.record(
        "Machine pre-translation is failing for many projects. Why?",
        {"namespace": ns, "app": app},
        "ERROR", "rate_limited", app,
        f"An unthrottled batch for {big} (about 12M characters into 7 languages) pushed mt-worker past the Cloud Translation per-minute character quota (the HPA scaling mt-worker out to 6 replicas only adds concurrency); the API answers 429 Quota exceeded, retries are exhausted and segment batches for all projects fail.",
        "mt-worker is being throttled by the Cloud Translation API (429 quota exceeded); jobs fail after retries and pre-translation is incomplete across projects.",
        "Throttle the large batch (per-project rate limit in the orchestrator, lower concurrency) so regular projects get quota, re-queue failed jobs, and request a higher characters-per-minute quota if this volume is expected.")


@scenario
def lo_gpu_xid_fallen_off_bus(name, rng):
    R = Rec(name, rng, SRC_L10N)
    cluster, ns, app = "rke2-mt-gpu", "mt", "mt-inference"
    bad = f"rke2-gpu-{rng.randint(1, 6):02d}"
    good = f"rke2-gpu-{rng.randint(7, 9):02d}"
    pods = [pod_name(rng, app) for _ in range(3)]
    dp = f"nvidia-device-plugin-daemonset-{rstr(rng, K8S_ALNUM, 5)}"
    pci = f"0000:{rng.choice(['41', '81', 'c1'])}:00"
    gpu_uuid = f"GPU-{uuid4(rng)}"
    E = lambda pod, node, c=app: labels("elastic", ns, pod, c, node, cluster=cluster)
    SYS = lambda lvl: {"data_stream_dataset": "system.syslog", "orchestrator_cluster_name": cluster, "host_name": bad, "log_level": lvl, "process_name": "kernel"}
    EVT = lambda reason: {"data_stream_dataset": "kubernetes.event", "orchestrator_cluster_name": cluster, "kubernetes_namespace": ns, "kubernetes_event_reason": reason}
    pid = rng.randint(20000, 60000)
    R.add(E(pods[0], bad), f_pylog("INFO", "mt.serve", f"batch en>de segments=64 tokens=5120 latency_ms={rng.randint(180, 300)} gpu=0"))
    R.add(SYS("err"), f_syslog(bad, "kernel", None, f"NVRM: Xid (PCI:{pci}): 79, pid={pid}, name=python3, GPU has fallen off the bus."), ev=True)
    R.add(SYS("err"), f_syslog(bad, "kernel", None, f"NVRM: GPU {pci}.0: GPU has fallen off the bus."), ev=True, gap=(0, 0.5))
    R.add(SYS("err"), f_syslog(bad, "kernel", None, f"NVRM: A GPU crash dump has been created. If possible, please run\nNVRM: nvidia-bug-report.sh as root to collect this data before\nNVRM: the NVIDIA kernel module is unloaded."), gap=(0, 1))
    R.add(E(pods[0], bad), f_plain("RuntimeError: CUDA error: unspecified launch failure\nCUDA kernel errors might be asynchronously reported at some other API call, so the stacktrace below might be incorrect.\nFor debugging consider passing CUDA_LAUNCH_BLOCKING=1."), gap=(0, 1))
    R.add(E(dp, bad, "nvidia-device-plugin-ctr"), f_klog("I", 1, "health.go:154", f"XidCriticalError: Xid=79 on Device={gpu_uuid}; marking device as unhealthy."), ev=True)
    R.add(EVT("BackOff"), f_plain(f"Back-off restarting failed container {app} in pod {pods[0]}_{ns}({uuid4(rng)})"), gap=(10, 30))
    R.add(E(pods[1], good), f_pylog("INFO", "mt.serve", f"batch en>fr segments=64 tokens=5310 latency_ms={rng.randint(180, 300)} gpu=0"))
    R.add(EVT("UnexpectedAdmissionError"), f_plain(f"Allocate failed due to requested number of devices unavailable for nvidia.com/gpu. Requested: 1, Available: 0, which is unexpected"), ev=True, gap=(20, 60))
    R.add(E(pods[2], good), f_pylog("WARNING", "mt.queue", f"queue latency p95={rng.randint(40, 90)}s above target 20s (healthy replicas 2/3)"))
    R.add(SYS("warning"), f_syslog(bad, "kernel", None, f"NVRM: Xid (PCI:{pci}): 79, pid='<unknown>', name=<unknown>, GPU has fallen off the bus."))
    R.add(E(pods[1], good), f_pylog("INFO", "mt.serve", f"batch en>ja segments=64 tokens=6020 latency_ms={rng.randint(180, 300)} gpu=0"))
    R.add(EVT("FailedScheduling"), f_plain("0/9 nodes are available: 1 Insufficient nvidia.com/gpu, 8 node(s) didn't match Pod's node affinity/selector. preemption: 0/9 nodes are available: 1 No preemption victims found for incoming pod, 8 Preemption is not helpful for scheduling."), gap=(20, 60))
    return R.record(
        f"One MT inference replica keeps failing on {bad}. What is wrong?",
        {"namespace": ns, "node": bad},
        "ERROR", "node_failure", bad,
        f"The GPU at PCI {pci} on {bad} fell off the bus (NVIDIA Xid 79), a hardware/PCIe fault; CUDA calls fail, the device plugin marks the GPU unhealthy and the replica can no longer be admitted or scheduled there.",
        f"Hardware fault on {bad}: its GPU is lost (Xid 79); one of three MT inference replicas is down and queue latency is above target.",
        f"Cordon and drain {bad}, collect nvidia-bug-report, reboot/reseat the GPU and have the hardware checked (PCIe, power, thermals) before uncordoning; add capacity meanwhile if queue latency matters.")


@scenario
def lo_converter_harbor_unauthorized(name, rng):
    R = Rec(name, rng, SRC_L10N)
    ns, app = "convert", "format-converter"
    nodes = [f"talos-{rstr(rng, LOWER, 3)}-{rstr(rng, LOWER, 3)}" for _ in range(3)]
    rs, pods = rs_and_pods(rng, app, 2)
    img = "harbor.loc-internal.example/l10n/format-converter:4.7.2"
    EXL = vec_exporter(rng, nodes[0])
    hb = pod_name(rng, "harbor-core")
    gw = pod_name(rng, "job-gateway")
    def ev(pod, reason, msg, etype, host, count=1, kind="Pod", obj=None, comp="kubelet"):
        return f_evexp(ns, kind, obj or pod, reason, msg, etype, comp, host, count, rng)
    pull = (f'Failed to pull image "{img}": rpc error: code = Unknown desc = failed to pull and unpack image "{img}": '
            f'failed to resolve reference "{img}": unexpected status from HEAD request to https://harbor.loc-internal.example/v2/l10n/format-converter/manifests/4.7.2: 401 Unauthorized')
    R.add(labels("vector", "argocd", pod_name(rng, "argocd-application-controller"), "application-controller", nodes[1]),
          f_logrus_text("info", "Updating operation state. phase: Running -> Succeeded, message: successfully synced (all tasks run)", {"application": "argocd/convert", "syncId": f"{rng.randint(10000, 99999)}-{rstr(rng, K8S_ALNUM, 5)}"}))
    R.add(EXL, ev(None, "ScalingReplicaSet", f"Scaled up replica set {rs} to 2", "Normal", None, kind="Deployment", obj=app, comp="deployment-controller"))
    R.add(EXL, ev(pods[0], "FailedToRetrieveImagePullSecret", "Unable to retrieve some image pull secrets (harbor-robot-l10n); attempting to pull the image may not succeed.", "Warning", nodes[1]), ev=True)
    R.add(EXL, ev(pods[0], "Pulling", f'Pulling image "{img}"', "Normal", nodes[1]))
    R.add(labels("vector", "harbor", hb, "core", nodes[2]), f_harbor("ERROR", "/server/middleware/v2auth/auth.go:86", '{"errors":[{"code":"UNAUTHORIZED","message":"unauthorized to access repository: l10n/format-converter, action: pull: unauthorized to access repository: l10n/format-converter, action: pull"}]}'), ev=True)
    R.add(EXL, ev(pods[0], "Failed", pull, "Warning", nodes[1]), ev=True)
    R.add(EXL, ev(pods[1], "Failed", pull, "Warning", nodes[2]))
    R.add(EXL, ev(pods[0], "Failed", "Error: ErrImagePull", "Warning", nodes[1]))
    R.add(labels("vector", ns, gw, "job-gateway", nodes[0]), f_zap("warn", "no converter workers available", "dispatch/route.go:73", {"queue": "convert.idml", "depth": rng.randint(120, 300)}))
    R.add(EXL, ev(pods[1], "BackOff", f'Back-off pulling image "{img}"', "Normal", nodes[2], count=6), gap=(30, 90))
    R.add(EXL, ev(pods[1], "Failed", "Error: ImagePullBackOff", "Warning", nodes[2], count=6), ev=True)
    R.add(labels("vector", ns, gw, "job-gateway", nodes[0]), f_zap("error", "conversion request rejected", "dispatch/route.go:91", {"format": rng.choice(["idml", "docx", "xliff2", "resx"]), "status": 503, "reason": "no ready converter endpoints"}))
    R.add(labels("vector", ns, gw, "job-gateway", nodes[0]), f_zap("warn", "no converter workers available", "dispatch/route.go:73", {"queue": "convert.idml", "depth": rng.randint(400, 700)}))
    return R.record(
        "No file conversions are running since the convert namespace was re-synced. Why?",
        {"namespace": ns, "app": app},
        "CRITICAL", "image_pull", app,
        f"The re-created convert namespace lacks the imagePullSecret harbor-robot-l10n, so image pulls from the private Harbor project are anonymous and rejected with 401 Unauthorized; both format-converter pods are stuck in ImagePullBackOff.",
        "format-converter cannot pull its image from Harbor (401, missing pull secret), no converter pods are running and conversion requests are rejected.",
        "Recreate the harbor-robot-l10n pull secret in the convert namespace (and add it to the GitOps app or an external-secrets sync), then restart the pods; verify with a pull from the node.")


@scenario
def lo_tm_search_readiness_path(name, rng):
    R = Rec(name, rng, SRC_L10N)
    cluster, ns, app = "doks-loc-ams3", "tm", "tm-search"
    nodes = [f"pool-loc-{rstr(rng, LOWER, 5)}" for _ in range(2)]
    rs, pods = rs_and_pods(rng, app, 2)
    pip_ = [ip(rng, "10.244.1"), ip(rng, "10.244.2")]
    EV = dd_event_labels(cluster, ns)
    D = lambda i: labels("datadog", ns, pods[i], app, nodes[i], app, cluster=cluster, source="java")
    portal = pod_name(rng, "translator-portal")
    R.add(EV, f_dd_event("Deployment", ns, app, "ScalingReplicaSet", f"Scaled down replica set {app}-{rstr(rng, K8S_ALNUM, 9)} to 0 from 2", "Normal"))
    R.add(EV, f_dd_event("Deployment", ns, app, "ScalingReplicaSet", f"Scaled up replica set {rs} to 2", "Normal"))
    R.add(D(0), f_quarkus("INFO", "io.quarkus", "main", f"tm-search 3.0.0 on JVM (powered by Quarkus 3.8.4) started in {rng.randint(1, 3)}.{rng.randint(100, 999)}s. Listening on: http://0.0.0.0:8080"), gap=(5, 15))
    R.add(D(0), f_quarkus("INFO", "io.quarkus", "main", "Installed features: [cdi, hibernate-validator, opensearch-rest-client, rest, rest-jackson, smallrye-health]"))
    R.add(D(1), f_quarkus("INFO", "io.quarkus", "main", f"tm-search 3.0.0 on JVM (powered by Quarkus 3.8.4) started in {rng.randint(1, 3)}.{rng.randint(100, 999)}s. Listening on: http://0.0.0.0:8080"))
    R.add(D(0), f_quarkus("DEBUG", "io.qua.ver.htt.run.fil.DefaultAccessLogReceiver", "executor-thread-1", f'{ip(rng, "10.244.1")} - - "GET /health/ready HTTP/1.1" 404 0 "-" "kube-probe/1.30"'), ev=True, gap=(3, 8))
    R.add(EV, f_dd_event("Pod", ns, pods[0], "Unhealthy", "Readiness probe failed: HTTP probe failed with statuscode: 404", "Warning"), ev=True)
    R.add(EV, f_dd_event("Pod", ns, pods[1], "Unhealthy", "Readiness probe failed: HTTP probe failed with statuscode: 404", "Warning"), ev=True)
    R.add(D(0), f_quarkus("INFO", "c.l.t.s.SearchResource", "executor-thread-3", f"fuzzy search en-GB>nl-NL min_match=75 hits=4 took=18ms (direct pod request)"))
    R.add(labels("datadog", "portal", portal, "translator-portal", nodes[1], "translator-portal", cluster=cluster, source="nodejs"),
          f_pino(50, "tm lookup failed", {"status": 503, "body": "no healthy upstream", "service": "tm-search.tm.svc:8080"}, hostname=portal))
    R.add(D(1), f_quarkus("DEBUG", "io.qua.ver.htt.run.fil.DefaultAccessLogReceiver", "executor-thread-1", f'{ip(rng, "10.244.2")} - - "GET /health/ready HTTP/1.1" 404 0 "-" "kube-probe/1.30"'), gap=(8, 12))
    R.add(EV, f_dd_event("Pod", ns, pods[0], "Unhealthy", "Readiness probe failed: HTTP probe failed with statuscode: 404", "Warning", count=14), gap=(30, 90))
    R.add(labels("datadog", "portal", portal, "translator-portal", nodes[1], "translator-portal", cluster=cluster, source="nodejs"),
          f_pino(50, "tm lookup failed", {"status": 503, "body": "no healthy upstream", "service": "tm-search.tm.svc:8080"}, hostname=portal))
    R.add(D(0), f_quarkus("DEBUG", "io.qua.ver.htt.run.fil.DefaultAccessLogReceiver", "executor-thread-2", f'{ip(rng, "10.244.1")} - - "GET /q/health/ready HTTP/1.1" 200 46 "-" "curl/8.5.0"'))
    return R.record(
        "After the tm-search 3.0 deploy the portal says no healthy upstream. What is wrong?",
        {"namespace": ns, "app": app},
        "ERROR", "probe_failure", app,
        "tm-search 3.0 (Quarkus) serves health at /q/health/ready, but the Deployment's readiness probe still calls /health/ready and gets 404; the pods run and answer requests, yet never become Ready, so the Service has no endpoints after the Recreate rollout.",
        "Both tm-search pods are running but not Ready because the readiness probe path is wrong (404); translation-memory lookups from the portal fail with 503.",
        "Change the readiness (and liveness) probe path to /q/health/ready (or roll back), then confirm endpoints appear; consider RollingUpdate with maxUnavailable=0 so a bad probe cannot take the service down.")


@scenario
def lo_billing_wordcount_timeout(name, rng):
    R = Rec(name, rng, SRC_L10N)
    cluster, ns = "k3s-loc-office", "billing"
    bill = pod_name(rng, "billing-web")
    wc = pod_name(rng, "wordcount")
    tr = pod_name(rng, "traefik")
    A = lambda pod, c, n=None: labels("alloy", ns if c != "traefik" else "kube-system", pod, c, cluster=cluster)
    wip = f"http://{ip(rng, '10.42.1')}:8080"
    proj = f"LOC-{rng.randint(10000, 99999)}"
    big = f"{proj}_catalogue_{rng.choice(['de', 'fr', 'it'])}.idml"
    req = hexid(rng, 8) + "-" + hexid(rng, 4)
    def traefik(status, size, dur):
        return f_traefik(ip(rng, "10.42.0"), "POST /v1/count HTTP/1.1", status, size, rng.randint(10000, 99999), "billing-wordcount@kubernetes", wip, dur)
    R.add(A(bill, "billing-web"), f_ruby("INFO", 1, f"[{req}] Started POST \"/projects/{proj}/quotes\" for 10.42.0.1"))
    R.add(A(wc, "wordcount"), f_zap("info", "count started", "count/handler.go:41", {"file": big, "bytes": rng.randint(180_000_000, 260_000_000), "segmenter": "srx-2.0"}))
    R.add(A(bill, "billing-web"), f_ruby("INFO", 1, f"[{hexid(rng, 8)}-{hexid(rng, 4)}] Completed 200 OK in 412ms (Views: 3.1ms | ActiveRecord: 22.4ms | Allocations: 18211)"))
    R.add(A(tr, "traefik"), traefik(504, 15, 30001), ev=True, gap=(28, 32))
    R.add(A(bill, "billing-web"), f_ruby("ERROR", 1, f"[{req}] WordcountClient::Timeout: wordcount did not respond within 30s (POST {wip}/v1/count file={big})"), ev=True)
    R.add(A(bill, "billing-web"), f_ruby("INFO", 1, f"[{req}] Completed 502 Bad Gateway in 30044ms (ActiveRecord: 8.2ms | Allocations: 40012)"))
    R.add(A(wc, "wordcount"), f_zap("warn", "slow count", "count/handler.go:77", {"file": big, "segments": rng.randint(400000, 600000), "took": f"{rng.randint(44, 58)}.{rng.randint(1, 9)}s", "client_gone": True}), ev=True, gap=(10, 25))
    R.add(A(bill, "billing-web"), f_ruby("WARN", 1, f"[{hexid(rng, 8)}-{hexid(rng, 4)}] Sidekiq retry scheduled for QuoteJob project={proj} attempt=2"))
    R.add(A(wc, "wordcount"), f_zap("info", "count started", "count/handler.go:41", {"file": big, "bytes": rng.randint(180_000_000, 260_000_000), "segmenter": "srx-2.0"}))
    R.add(A(wc, "wordcount"), f_zap("info", "count finished", "count/handler.go:70", {"file": f"LOC-{rng.randint(10000, 99999)}_manual.docx", "segments": rng.randint(800, 3000), "took": f"0.{rng.randint(100, 900)}s"}))
    R.add(A(tr, "traefik"), traefik(200, rng.randint(200, 400), rng.randint(200, 900)))
    R.add(A(tr, "traefik"), traefik(504, 15, 30000), ev=True, gap=(25, 32))
    R.add(A(bill, "billing-web"), f_ruby("ERROR", 1, f"[{hexid(rng, 8)}-{hexid(rng, 4)}] WordcountClient::Timeout: wordcount did not respond within 30s (POST {wip}/v1/count file={big})"))
    R.add(A(bill, "billing-web"), f_ruby("ERROR", 1, f"[{hexid(rng, 8)}-{hexid(rng, 4)}] QuoteJob failed project={proj}: per-word quote unavailable"))
    return R.record(
        f"Quotes for project {proj} fail with 502. What is going on in billing?",
        {"namespace": ns},
        "ERROR", "timeout", "wordcount",
        f"wordcount needs 45-60 s to segment and count the very large IDML file {big}, longer than billing-web's 30 s client timeout and Traefik's response timeout, so every quote request for this project gets a 504/502 and is retried in vain.",
        "billing-web times out calling wordcount for one oversized file; the quote for the project cannot be produced while small files are counted normally.",
        "Make large counts asynchronous (job + callback) or raise the timeouts for /v1/count, and speed up wordcount for large IDML files (streaming segmentation, caching per file hash).")


@scenario
def lo_subtitle_scheduler_rbac(name, rng):
    R = Rec(name, rng, SRC_L10N)
    cluster, ns, app = "tkc-media", "subtitles", "subtitle-scheduler"
    node = f"tkc-media-workers-{rstr(rng, K8S_ALNUM, 5)}-{rstr(rng, K8S_ALNUM, 9)}-{rstr(rng, K8S_ALNUM, 5)}"
    pod = pod_name(rng, app)
    O = lambda: labels("otel", ns, pod, app, node, app, cluster=cluster)
    sa = f"system:serviceaccount:{ns}:{app}"
    forb = f'jobs.batch is forbidden: User "{sa}" cannot create resource "jobs" in API group "batch" in the namespace "{ns}"'
    def rec_err(obj):
        return f_zap("error", "Reconciler error", "controller/controller.go:324",
                     {"controller": "subtitlejob", "controllerGroup": "media.loc.example", "controllerKind": "SubtitleJob",
                      "SubtitleJob": {"name": obj, "namespace": ns}, "namespace": ns, "name": obj, "reconcileID": uuid4(rng), "error": forb},
                     iso_ts=True)
    eps = [f"s03e{e:02d}-{rng.choice(['de', 'fr', 'es', 'it'])}" for e in sorted(rng.sample(range(1, 13), 4))]
    cp = f"tkc-media-{rstr(rng, K8S_ALNUM, 5)}-{rstr(rng, K8S_ALNUM, 5)}"
    R.add(labels("otel", "tkg-system", pod_name(rng, "kapp-controller"), "kapp-controller", cp, "kapp-controller", cluster=cluster),
          f_zap("info", "Reconcile succeeded", "app/reconciler.go:102", {"request": f"{ns}/{app}", "package": f"{app}.media.loc.example", "version": "1.9.0", "previous": "1.8.3"}, logger="kc.controller.app", iso_ts=True))
    R.add(O(), f_zap("info", "Starting workers", "controller/controller.go:234", {"controller": "subtitlejob", "controllerGroup": "media.loc.example", "controllerKind": "SubtitleJob", "worker count": 4}, iso_ts=True))
    R.add(O(), f_zap("info", "creating render job", "controllers/subtitlejob_controller.go:118", {"SubtitleJob": eps[0], "namespace": ns, "image": "harbor.loc-internal.example/media/sub-burnin:2.3.1"}, iso_ts=True))
    R.add(O(), rec_err(eps[0]), ev=True)
    R.add(O(), rec_err(eps[1]), ev=True)
    R.add(O(), f_zap("info", "status updated", "controllers/subtitlejob_controller.go:164", {"SubtitleJob": eps[2], "phase": "Completed", "namespace": ns}, iso_ts=True))
    R.add(otel_event_labels(cluster, ns, "SubtitleJob", eps[0], "JobCreateFailed", "Warning"), f_plain(forb), ev=True)
    R.add(O(), rec_err(eps[0]), gap=(5, 20))
    R.add(O(), rec_err(eps[3]))
    R.add(labels("otel", ns, pod_name(rng, "subtitle-portal"), "subtitle-portal", node, "subtitle-portal", cluster=cluster),
          f_pino(40, "burn-in jobs not starting", {"pending": rng.randint(10, 30), "oldest_pending_min": rng.randint(20, 60)}, hostname="subtitle-portal"))
    R.add(labels("otel", "kube-system", "kube-apiserver-" + cp, "kube-apiserver", cp, "kube-apiserver", cluster=cluster),
          f_klog("I", 1, "rbac.go:122", f'"RBAC: no rules authorize user" user="{sa}" verb="create" resource="jobs" apiGroup="batch" namespace="{ns}"'), ev=True)
    R.add(O(), rec_err(eps[1]), gap=(20, 60))
    R.add(O(), f_zap("info", "status updated", "controllers/subtitlejob_controller.go:164", {"SubtitleJob": eps[3], "phase": "Pending", "namespace": ns, "reason": "JobCreateFailed"}, iso_ts=True))
    return R.record(
        "Subtitle burn-in jobs stay pending since the scheduler was upgraded. Why?",
        {"namespace": ns, "app": app},
        "ERROR", "auth_failure", app,
        f"After the package upgrade (1.8.3 to 1.9.0) the {app} ServiceAccount's Role no longer allows creating jobs.batch in {ns}; every reconcile fails with 'jobs.batch is forbidden' (RBAC), so no burn-in Jobs are created.",
        "The subtitle scheduler controller is denied by RBAC when creating render Jobs; SubtitleJobs stay Pending and the burn-in queue grows.",
        f"Restore 'create' (and get/list/watch/delete) on jobs.batch in the {app} Role/RoleBinding (fix the package's RBAC template) and redeploy; verify with kubectl auth can-i create jobs --as={sa} -n {ns}.")


@scenario
def lo_tm_service_bad_property(name, rng):
    R = Rec(name, rng, SRC_L10N)
    ns, app = "tm", "tm-service"
    nodes = [f"ocp-app-{i:02d}.loc.example.internal" for i in sorted(rng.sample(range(1, 10), 2))]
    old_rs = f"{app}-{rstr(rng, K8S_ALNUM, 9)}"
    new_rs, pods = rs_and_pods(rng, app, 2)
    EX = labels("openshift", "openshift-logging", pod_name(rng, "eventrouter"), "kube-eventrouter", nodes[0], log_type="infrastructure")
    O = lambda i: labels("openshift", ns, pods[i], app, nodes[i])
    RL = labels("openshift", "reloader", pod_name(rng, "reloader-reloader"), "reloader-reloader", nodes[1])
    def ev(kind, obj, reason, msg, etype="Normal", comp="deployment-controller", host=None):
        return f_eventrouter(ns, kind, obj, reason, msg, etype, comp, host, rng)
    banner = (
        "\n\n***************************\nAPPLICATION FAILED TO START\n***************************\n\nDescription:\n\n"
        "Failed to bind properties under 'tm.fuzzy.min-match' to java.lang.Integer:\n\n"
        "    Property: tm.fuzzy.min-match\n    Value: \"75%\"\n    Origin: System Environment Property \"TM_FUZZY_MINMATCH\"\n"
        "    Reason: failed to convert java.lang.String to java.lang.Integer (caused by java.lang.NumberFormatException: For input string: \"75%\")\n\n"
        "Action:\n\nUpdate your application's configuration\n")
    R.add(RL, f_logrus_text("info", f"Changes detected in 'tm-service-config' of type 'CONFIGMAP' in namespace '{ns}'; updated '{app}' of type 'Deployment' in namespace '{ns}'"))
    R.add(EX, ev("Deployment", app, "ScalingReplicaSet", f"Scaled down replica set {old_rs} to 0 from 2"))
    R.add(EX, ev("Deployment", app, "ScalingReplicaSet", f"Scaled up replica set {new_rs} to 2"), gap=(5, 15))
    R.add(O(0), f_spring("INFO", app, "main", "c.l.tm.TmServiceApplication", f"Starting TmServiceApplication v5.4.0 using Java 21.0.4 with PID 1 (/app/tm-service.jar started by 1000790000 in /app)"), gap=(4, 8))
    R.add(O(0), f_spring("INFO", app, "main", "c.l.tm.TmServiceApplication", 'The following 1 profile is active: "prod"'))
    R.add(O(0), f_spring("WARN", app, "main", "ConfigServletWebServerApplicationContext", "Exception encountered during context initialization - cancelling refresh attempt: org.springframework.beans.factory.UnsatisfiedDependencyException: Error creating bean with name 'fuzzyMatcher': Could not bind properties to 'FuzzyProperties' : prefix=tm.fuzzy, ignoreInvalidFields=false, ignoreUnknownFields=true"), ev=True, gap=(1, 3))
    R.add(O(0), f_spring("ERROR", app, "main", "o.s.b.d.LoggingFailureAnalysisReporter", banner), ev=True, gap=(0.05, 0.3))
    R.add(O(1), f_spring("ERROR", app, "main", "o.s.b.d.LoggingFailureAnalysisReporter", banner))
    R.add(labels("openshift", "portal", pod_name(rng, "translator-portal"), "translator-portal", nodes[1]),
          f_pino(50, "tm lookup failed", {"status": 503, "upstream": "tm-service.tm.svc:8080", "err": "Application is not available"}, hostname="translator-portal"))
    R.add(EX, ev("Pod", pods[0], "BackOff", f"Back-off restarting failed container {app} in pod {pods[0]}_{ns}({uuid4(rng)})", "Warning", "kubelet", nodes[0]), ev=True, gap=(10, 30))
    R.add(labels("openshift", "connectors", pod_name(rng, "cat-connector"), "cat-connector", nodes[0]),
          f_structlog("error", "tm concordance search failed", {"tool": "memoQ", "error": "503 Service Unavailable", "retry_in_s": 30}, logger="connector.tm"))
    R.add(O(0), f_spring("INFO", app, "main", "c.l.tm.TmServiceApplication", f"Starting TmServiceApplication v5.4.0 using Java 21.0.4 with PID 1 (/app/tm-service.jar started by 1000790000 in /app)"), gap=(30, 60))
    R.add(O(0), f_spring("ERROR", app, "main", "o.s.b.d.LoggingFailureAnalysisReporter", banner), gap=(3, 6))
    R.add(EX, ev("Pod", pods[1], "BackOff", f"Back-off restarting failed container {app} in pod {pods[1]}_{ns}({uuid4(rng)})", "Warning", "kubelet", nodes[1]))
    return R.record(
        "tm-service is down after a config change. What is wrong?",
        {"namespace": ns, "app": app},
        "CRITICAL", "config_error", app,
        "The tm-service-config ConfigMap now sets TM_FUZZY_MINMATCH to \"75%\"; Spring Boot cannot bind tm.fuzzy.min-match to an Integer, so the application fails to start, and Reloader's rollout replaced every pod, leaving tm-service in CrashLoopBackOff.",
        "tm-service is down (both pods crash-loop at startup on an invalid configuration value); translation-memory lookups from the portal and CAT connectors fail with 503.",
        "Set TM_FUZZY_MINMATCH to a plain integer (75) in tm-service-config (or revert the change) and let the pods restart; add config validation in CI before ConfigMap changes are applied.")


@scenario
def lo_mt_autoscale_healthy(name, rng):
    R = Rec(name, rng, SRC_L10N)
    cluster, ns, app = "aks-loc-mt", "mt", "mt-inference"
    gpu_pool = f"aks-gpu-{rng.randint(10000000, 99999999)}-vmss"
    nodes = [f"{gpu_pool}{i:06d}" for i in range(3)]
    pods = [pod_name(rng, app) for _ in range(2)]
    KE = {"Table": "KubeEvents", "ClusterName": cluster, "Namespace": ns}
    A = lambda i, n: labels("azure", ns, pods[i], app, n)
    ama = "ama-logs-" + rstr(rng, K8S_ALNUM, 5)
    R.add(KE, f_azure_event(ns, "HorizontalPodAutoscaler", f"keda-hpa-{app}", "SuccessfulRescale", "New size: 6; reason: external metric s0-rabbitmq-mt-jobs(&LabelSelector{MatchLabels:map[string]string{scaledobject.keda.sh/name: mt-inference,},MatchExpressions:[]LabelSelectorRequirement{},}) above target", "Normal", cluster))
    R.add(KE, f_azure_event(ns, "Pod", pods[1], "TriggeredScaleUp", f"pod triggered scale-up: [{{{gpu_pool} 2->3 (max: 6)}}]", "Normal", cluster))
    R.add(A(0, nodes[1]), f_pylog("INFO", "mt.load", "loading model opus-mt-en-de (fp16) from /models/opus-mt-en-de"), gap=(5, 20))
    R.add(A(0, nodes[1]), f_pylog("WARNING", "transformers.modeling_utils", "Some weights of the model checkpoint at /models/opus-mt-en-de were not used when initializing MarianMTModel: ['final_logits_bias_unused']\n- This IS expected if you are initializing MarianMTModel from the checkpoint of a model trained on another task or with another architecture."))
    R.add(KE, f_azure_event(ns, "Pod", pods[0], "Unhealthy", "Readiness probe failed: HTTP probe failed with statuscode: 503", "Warning", cluster))
    R.add(A(0, nodes[1]), f_pylog("INFO", "mt.load", f"model ready in {rng.randint(30, 50)}.{rng.randint(1, 9)}s, warmup batch ok"), gap=(10, 30))
    R.add(A(1, nodes[2]), f_pylog("INFO", "mt.load", "loading model opus-mt-en-de (fp16) from /models/opus-mt-en-de"), gap=(60, 120))
    R.add(A(0, nodes[1]), f_pylog("WARNING", "mt.serve", "torch.cuda.OutOfMemoryError on batch of 64 segments (tried to allocate 1.21 GiB); splitting into 2x32 and retrying"))
    R.add(A(0, nodes[1]), f_pylog("INFO", "mt.serve", f"batch en>de ok after split: segments=64 latency_ms={rng.randint(900, 1400)}"))
    R.add(A(1, nodes[2]), f_pylog("INFO", "mt.load", f"model ready in {rng.randint(30, 50)}.{rng.randint(1, 9)}s, warmup batch ok"))
    R.add(A(0, nodes[1]), f_pylog("INFO", "mt.serve", f"stats last 60s: segments={rng.randint(5000, 8000)} errors=0 split_retries=1 p95_ms={rng.randint(300, 600)}"), gap=(30, 60))
    R.noise([
        lambda: (A(rng.randint(0, 1), nodes[1]), f_pylog("INFO", "mt.serve", f"batch en>{rng.choice(['de', 'nl', 'sv'])} segments=64 latency_ms={rng.randint(150, 400)}")),
        lambda: (labels("azure", "kube-system", ama, "ama-logs", nodes[0]), f_plain(f"Fluent::Plugin::ContainerInventory: container inventory enumerated {rng.randint(38, 46)} containers")),
        lambda: (A(1, nodes[2]), f_pylog("INFO", "mt.serve", f"batch en>{rng.choice(['fi', 'pl', 'cs'])} segments=64 latency_ms={rng.randint(150, 400)}")),
    ], 1, 5)
    R.add(KE, f_azure_event(ns, "HorizontalPodAutoscaler", f"keda-hpa-{app}", "SuccessfulRescale", "New size: 4; reason: All metrics below target", "Normal", cluster), gap=(60, 180))
    R.add(A(1, nodes[2]), f_pylog("INFO", "mt.serve", "SIGTERM received, finishing 2 in-flight batches before exit"))
    return R.record(
        "The MT inference pods logged CUDA out-of-memory and readiness failures. Do we have a problem?",
        {"namespace": ns, "app": app},
        "INFO", "none", app,
        "No incident: KEDA scaled mt-inference up for a queue burst and back down; new pods failed readiness only while loading the model, the unused-weights message is expected, and the single CUDA OOM was handled by splitting the batch with errors=0.",
        "Normal autoscaling of the MT inference workers; all batches succeeded and the deployment scaled back down when the queue drained.",
        "Nothing to do. Optionally lower the default batch size to avoid split retries.")


@scenario
def lo_billing_invoice_vm_healthy(name, rng):
    R = Rec(name, rng, SRC_L10N)
    host = f"billing-vm-{rng.randint(1, 3):02d}"
    J = lambda unit, ident, level="info": labels("journald", node=host, container=unit, app=ident, level=level)
    B = lambda level="info": J("billing-invoice.service", "billing-invoice", level)
    PG = lambda level="info": J("postgresql@16-main.service", "postgres", level)
    clients = rng.randint(120, 160)
    R.add(J("billing-invoice.service", "systemd"), f_plain("Starting billing-invoice.service - Per-word invoicing run..."))
    R.add(B(), f_plain(f"INFO billing.run: invoice run started: period=previous-month clients={clients} rate_cards=14"))
    R.add(PG(), f_postgres(rng.randint(10000, 90000), "LOG", f"duration: {rng.randint(1500, 2500)}.{rng.randint(100, 999)} ms  statement: SELECT project_id, sum(billable_words) FROM word_counts WHERE period = $1 GROUP BY project_id"))
    R.add(B("warning"), f_plain(f"WARNING billing.words: {rng.randint(2, 5)} projects have 0 billable words after TM leverage (all 100% matches); skipped"))
    R.add(B("warning"), f_plain("WARNING billing.fx: ECB reference rate for JPY not yet published, using previous business day rate"))
    R.add(B("warning"), f_plain(f"WARNING billing.mail: SMTP 421 4.7.0 Try again later from mx.client-{rng.randint(10, 99)}.example; retry 1/5 in 30s"))
    R.add(B(), f_plain(f"INFO billing.mail: invoice INV-{rng.randint(100000, 999999)} delivered on retry 1"), gap=(30, 31))
    R.add(J("cron.service", "CRON"), f_plain("pam_unix(cron:session): session opened for user root(uid=0) by root(uid=0)"))
    R.add(PG(), f_postgres(rng.randint(10000, 90000), "LOG", f"automatic vacuum of table \"billing.public.line_items\": index scans: 1\n\tpages: 0 removed, {rng.randint(20000, 40000)} remain, {rng.randint(1000, 3000)} scanned (6.12% of total)\n\ttuples: {rng.randint(10000, 30000)} removed, {rng.randint(900000, 1200000)} remain, 0 are dead but not yet removable"))
    R.add(B(), f_plain(f"INFO billing.run: invoice run finished: invoices={clients - rng.randint(2, 5)} words={rng.randint(4_000_000, 9_000_000)} errors=0 retries=1"), gap=(20, 60))
    R.add(J("billing-invoice.service", "systemd"), f_plain("billing-invoice.service: Deactivated successfully."))
    R.add(J("billing-invoice.service", "systemd"), f_plain("Finished billing-invoice.service - Per-word invoicing run."))
    R.add(J("billing-invoice.service", "systemd"), f_plain(f"billing-invoice.service: Consumed {rng.randint(1, 3)}min {rng.randint(1, 59)}.{rng.randint(100, 999)}s CPU time."))
    return R.record(
        "The monthly per-word invoicing run logged warnings and a slow query. Did it succeed?",
        {"node": host},
        "INFO", "none", "billing-invoice",
        "No incident: the invoicing run completed with errors=0; the warnings are expected (zero-word projects skipped, previous-day FX rate, one SMTP greylisting retry that succeeded) and the slow aggregate query and autovacuum are routine.",
        "Monthly invoicing on the billing VM finished successfully and the unit exited cleanly.",
        "Nothing to do.")


# --------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------
def build():
    records = []
    for name in sorted(SCENARIOS):
        rec = SCENARIOS[name](name, scenario_rng(name))
        rec["_name"] = name
        records.append(rec)
    random.Random(SEED).shuffle(records)
    for i, rec in enumerate(records, 1):
        rec["id"] = f"dev32-{i:03d}"
        del rec["_name"]
    return records


def main(argv):
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent / "dev32.jsonl"
    records = build()
    if len(records) != N_EXPECTED:
        raise SystemExit(f"expected {N_EXPECTED} records, built {len(records)}")
    data = "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in records)
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(data)
    print(f"wrote {len(records)} records to {out}")
    print("sha256 " + hashlib.sha256(data.encode("utf-8")).hexdigest())


if __name__ == "__main__":
    main(sys.argv)
