"""Shared helpers for the dev56 generator (standard library only, deterministic).

A record is built with a `Win` (window) object: lines are added with a time offset in
seconds from the window start; tokens such as @ISO3@ or @KLOG@ inside a line are rendered
from that line's own timestamp, so time text inside lines always agrees with `ts`.
Lines are sorted by time (stable), and evidence indices are computed after sorting.
"""
import datetime as dt
import hashlib
import json
import random
import re

SEED = 205656
SOURCE = "synthetic:dev56"
UTC = dt.timezone.utc
K8S_ALNUM = "bcdfghjklmnpqrstvwxz2456789"
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

_TOKEN = re.compile(r"@([A-Z][A-Z0-9]*)(?::(-?[0-9.]+))?@")


def rng_for(key):
    return random.Random(f"{SEED}:{key}")


def h(rng, n=5, alphabet=K8S_ALNUM):
    return "".join(rng.choice(alphabet) for _ in range(n))


def hexid(rng, n=16):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def uuid(rng):
    x = hexid(rng, 32)
    return f"{x[:8]}-{x[8:12]}-4{x[13:16]}-a{x[17:20]}-{x[20:32]}"


def rs_pod(rng, name, rs=None):
    """Deployment pod name: name-<rs hash>-<5>. Returns (pod, rs_hash)."""
    rs = rs or h(rng, 10)
    return f"{name}-{rs}-{h(rng, 5)}", rs


def parse_iso(s):
    return dt.datetime.fromisoformat(s.replace("Z", "+00:00")).astimezone(UTC)


def _render(tok, arg, t, micro, win):
    """t: aware datetime (ms precision); micro: full microsecond value (consistent with t)."""
    us = t.replace(microsecond=micro)
    ms = micro // 1000
    if tok == "ISO3":
        return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms:03d}Z"
    if tok == "ISO6":
        return us.strftime("%Y-%m-%dT%H:%M:%S.") + f"{micro:06d}Z"
    if tok == "ISO7":
        return us.strftime("%Y-%m-%dT%H:%M:%S.") + f"{micro:06d}0Z"
    if tok == "ISO9":
        return us.strftime("%Y-%m-%dT%H:%M:%S.") + f"{micro:06d}{win.nano_tail(micro)}Z"
    if tok == "ISOS":
        return t.strftime("%Y-%m-%dT%H:%M:%SZ")
    if tok == "ISO6NOZ":
        return us.strftime("%Y-%m-%dT%H:%M:%S.") + f"{micro:06d}"
    if tok == "ISO6OFF":
        return us.strftime("%Y-%m-%dT%H:%M:%S.") + f"{micro:06d}+00:00"
    if tok == "ISO3OFF":
        return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms:03d}+00:00"
    if tok == "AIRFLOW":
        return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms:03d}+0000"
    if tok == "OS":
        return t.strftime("%Y-%m-%dT%H:%M:%S,") + f"{ms:03d}"
    if tok == "KLOG":
        return us.strftime("%m%d %H:%M:%S.") + f"{micro:06d}"
    if tok == "SYSLOG":
        return f"{MONTHS[t.month - 1]} {t.day:2d} " + t.strftime("%H:%M:%S")
    if tok == "SP":
        return t.strftime("%Y-%m-%d %H:%M:%S.") + f"{ms:03d}"
    if tok == "SPC":
        return t.strftime("%Y-%m-%d %H:%M:%S,") + f"{ms:03d}"
    if tok == "SPS":
        return t.strftime("%Y-%m-%d %H:%M:%S")
    if tok == "HMS":
        return t.strftime("%H:%M:%S")
    if tok == "HMSMS":
        return t.strftime("%H:%M:%S.") + f"{ms:03d}"
    if tok == "GOLOG":
        return t.strftime("%Y/%m/%d %H:%M:%S")
    if tok == "NGINX":
        return f"{t.day:02d}/{MONTHS[t.month - 1]}/{t.year}:" + t.strftime("%H:%M:%S +0000")
    if tok == "REDIS":
        return f"{t.day:02d} {MONTHS[t.month - 1]} {t.year} " + t.strftime("%H:%M:%S.") + f"{ms:03d}"
    if tok == "RABBIT":
        return us.strftime("%Y-%m-%d %H:%M:%S.") + f"{micro:06d}+00:00"
    if tok == "SPARK":
        return t.strftime("%y/%m/%d %H:%M:%S")
    if tok == "NEST":
        hr = t.hour % 12 or 12
        ampm = "AM" if t.hour < 12 else "PM"
        return t.strftime("%m/%d/%Y, ") + f"{hr}:{t.minute:02d}:{t.second:02d} {ampm}"
    if tok == "EPOCH6":
        return f"{int(t.timestamp())}.{micro:06d}"
    if tok == "EPOCH3":
        return f"{int(t.timestamp())}.{ms:03d}"
    if tok == "EPOCHMS":
        return str(int(t.timestamp()) * 1000 + ms)
    if tok == "EPOCHS":
        return str(int(t.timestamp()))
    if tok == "UP":  # kernel uptime since win.boot, "[ 1234.567890]"
        secs = (us - win.boot_dt).total_seconds()
        return f"[{secs:12.6f}]"
    if tok == "REL":  # seconds since (window start + arg), linkerd-proxy style "[    12.345678s]"
        secs = (us - (win.t0 + dt.timedelta(seconds=float(arg)))).total_seconds()
        return f"[{secs:14.6f}s]"
    if tok == "RELS":  # plain seconds since window start + arg, 3 decimals
        secs = (us - (win.t0 + dt.timedelta(seconds=float(arg)))).total_seconds()
        return f"{secs:.3f}"
    if tok == "KLOGTS":  # Go time.Time String() with monotonic reading since win.boot
        secs = (us - win.boot_dt).total_seconds()
        return us.strftime("%Y-%m-%d %H:%M:%S.") + f"{micro:06d} +0000 UTC m=+{secs:.9f}"
    if tok == "USEC":
        return str(micro)
    if tok == "DATE":
        return t.strftime("%Y-%m-%d")
    raise KeyError(tok)


class Win:
    def __init__(self, wid, start_iso, boot_days=None):
        self.wid = wid
        self.rng = rng_for(wid)
        self._mrng = rng_for(wid + ":micro")
        self.t0 = parse_iso(start_iso)
        bd = boot_days if boot_days is not None else 3.0 + self.rng.random() * 40
        self.boot_dt = self.t0 - dt.timedelta(days=bd)
        self.items = []

    def iso(self, t, fmt="%Y-%m-%dT%H:%M:%SZ"):
        """Literal time text at offset t (for times other than the line's own)."""
        return (self.t0 + dt.timedelta(seconds=t)).strftime(fmt)

    def nano_tail(self, micro):
        return f"{(micro * 7919) % 1000:03d}"

    def add(self, t, labels, line, ev=False):
        ms = int(round(t * 1000))
        self.items.append([ms, len(self.items), dict(labels), line, bool(ev)])
        return self

    def build(self):
        items = sorted(self.items, key=lambda x: (x[0], x[1]))
        logs, evidence = [], []
        for i, (ms, _seq, labels, line, ev) in enumerate(items):
            t = self.t0 + dt.timedelta(milliseconds=ms)
            micro = (t.microsecond // 1000) * 1000 + self._mrng.randrange(0, 1000)
            text = _TOKEN.sub(lambda m: _render(m.group(1), m.group(2), t, micro, self), line)
            logs.append({"ts": t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z",
                         "labels": labels, "line": text})
            if ev:
                evidence.append(i)
        return logs, evidence


def record(wid, win, question, selector, expected, tags):
    logs, evidence = win.build()
    exp = dict(expected)
    if exp.get("root_cause_category") == "none":
        exp["evidence"] = []
        exp.pop("component", None)
    else:
        exp["evidence"] = evidence
    sel = {"namespace": None, "pod": None, "container": None, "node": None, "app": None}
    sel.update(selector)
    return {"id": wid, "source": SOURCE, "question": question, "selector": sel,
            "logs": logs, "expected": exp, "tags": list(tags)}


# ---------------------------------------------------------------- label helpers

def pl(ns, app, pod, node, container=None, **extra):
    """Labels of a pod's container stream (Promtail/Alloy kubernetes discovery style)."""
    d = {"namespace": ns, "app": app, "pod": pod, "container": container or app, "node": node,
         "job": f"{ns}/{app}"}
    d.update(extra)
    return d


def jl(node, unit):
    """Labels of a node journal stream."""
    return {"job": "node-journal", "node": node, "unit": unit}


def ev_alloy_labels(ns):
    """Alloy loki.source.kubernetes_events: namespace label = involved object's namespace."""
    return {"job": "loki.source.kubernetes_events", "instance": "monitoring/alloy-events",
            "namespace": ns}


def klog(level, pid, src, msg):
    return f"{level}@KLOG@ {pid:7d} {src}] {msg}"


def ev_alloy(name, kind, reason, typ, msg, source="kubelet", host="", count=None,
             rv=None, controller=""):
    """Alloy kubernetes_events logfmt line."""
    api = {"Deployment": "apps/v1", "ReplicaSet": "apps/v1", "StatefulSet": "apps/v1", "DaemonSet": "apps/v1",
           "HorizontalPodAutoscaler": "autoscaling/v2", "Certificate": "cert-manager.io/v1"}.get(kind, "v1")
    parts = [f"name={name}", f"kind={kind}", "action=", f"objectAPIversion={api}"]
    if rv:
        parts.append(f"objectRV={rv[0]} eventRV={rv[1]}")
    parts.append(f"reportinginstance={host if source == 'kubelet' else ''}")
    parts.append(f"reportingcontroller={controller or source}")
    parts.append(f"sourcecomponent={source}")
    if host:
        parts.append(f"sourcehost={host}")
    parts.append(f"reason={reason} type={typ}")
    if count:
        parts.append(f"count={count}")
    parts.append("msg=" + json.dumps(msg))
    return " ".join(parts)


def ev_json(rng, ns, obj_kind, obj_name, reason, typ, msg, component="kubelet", host=None,
            count=1, first="@ISOS@", field_path=None):
    """resmoio/kubernetes-event-exporter stdout JSON (trimmed)."""
    evname = hashlib.md5(f"{obj_name}/{reason}/{msg[:40]}".encode()).hexdigest()[:16]
    objuid = hashlib.md5(f"uid/{ns}/{obj_name}".encode()).hexdigest()
    objuid = f"{objuid[:8]}-{objuid[8:12]}-4{objuid[13:16]}-9{objuid[17:20]}-{objuid[20:32]}"
    d = {
        "metadata": {"name": f"{obj_name}.{evname}", "namespace": ns,
                     "uid": pod_uid("event", f"{obj_name}.{evname}"), "resourceVersion": str(rng.randrange(10_000_000, 99_999_999)),
                     "creationTimestamp": first},
        "reason": reason, "message": msg,
        "source": {"component": component} if host is None else {"component": component, "host": host},
        "firstTimestamp": first, "lastTimestamp": "@ISOS@", "count": count, "type": typ,
        "eventTime": None, "reportingComponent": component if component != "kubelet" else "",
        "reportingInstance": "",
        "involvedObject": {"kind": obj_kind, "namespace": ns, "name": obj_name,
                           "uid": objuid, "apiVersion": "v1" if obj_kind in ("Pod", "Node") else "apps/v1",
                           "resourceVersion": str(rng.randrange(10_000_000, 99_999_999))},
    }
    if field_path:
        d["involvedObject"]["fieldPath"] = field_path
    if obj_kind == "Node":
        d["metadata"]["namespace"] = "default"
        d["involvedObject"].pop("namespace")
    return json.dumps(d, separators=(",", ":"))


def pod_uid(ns, pod):
    x = hashlib.md5(f"uid/{ns}/{pod}".encode()).hexdigest()
    return f"{x[:8]}-{x[8:12]}-4{x[13:16]}-9{x[17:20]}-{x[20:32]}"


def jdump(d):
    return json.dumps(d, separators=(",", ":"))


def every(start, end, step, jitter_rng=None, jitter=0.0):
    """Offsets from start to end (exclusive) every `step` seconds, with optional jitter."""
    out = []
    t = start
    while t < end:
        j = jitter_rng.uniform(-jitter, jitter) if jitter_rng and jitter else 0.0
        out.append(max(start, t + j))
        t += step
    return out


# ---------------------------------------------------------------- format helpers

def nest(level, ctx, msg, pid=1):
    """NestJS ConsoleLogger default line."""
    return f"[Nest] {pid}  - @NEST@ {level.upper():>7} [{ctx}] {msg}"


def zap(level, caller, msg, ts="epoch", **fields):
    """Go zap production JSON encoder line."""
    d = {"level": level, "ts": "@@TS@@", "caller": caller, "msg": msg}
    d.update(fields)
    s = jdump(d)
    if ts == "epoch":
        return s.replace('"@@TS@@"', "@EPOCH6@")
    return s.replace('"@@TS@@"', '"@ISO3@"')


def logrus(level, msg, time_tok="ISOS", **fields):
    """logrus / Go text formatter: time="..." level=... msg="..." k=v."""
    out = [f'time="@{time_tok}@"', f"level={level}", "msg=" + json.dumps(msg)]
    for k, v in fields.items():
        v = str(v)
        if v == "" or any(c in v for c in ' "=') :
            v = json.dumps(v)
        out.append(f"{k}={v}")
    return " ".join(out)


def mongo(s, c, id_, ctx, msg, attr=None, **extra):
    d = {"t": {"$date": "@ISO3OFF@"}, "s": s, "c": c, "id": id_, "ctx": ctx, "msg": msg}
    if attr is not None:
        d["attr"] = attr
    d.update(extra)
    return jdump(d)


def logback(level, thread, logger, msg):
    """Ktor / Pekko logback default pattern."""
    return f"@SP@ [{thread}] {level:<5} {logger} - {msg}"


def celery(level, proc, msg):
    return f"[@SPC@: {level}/{proc}] {msg}"


def monolog(channel, level, msg, ctx="[]", extra="[]"):
    return f"[@ISO6OFF@] {channel}.{level}: {msg} {ctx} {extra}"


def serilog(level, msg):
    return f"[@HMS@ {level}] {msg}"


def phx(level, msg, rid=None):
    meta = f"request_id={rid} " if rid else ""
    return f"@HMSMS@ {meta}[{level}] {msg}"


def rust(level, target, msg, **fields):
    f = " ".join(f"{k}={v}" for k, v in fields.items())
    return f"@ISO6@ {level:>5} {target}: {msg}" + (f" {f}" if f else "")


def nginx_ingress(rng, client, method, path, status, size, upstream_name, upstream, rt, ua="Mozilla/5.0"):
    rid = hexid(rng, 32)
    return (f'{client} - - [@NGINX@] "{method} {path} HTTP/1.1" {status} {size} "-" "{ua}" '
            f'{rng.randrange(300, 700)} {rt:.3f} [{upstream_name}] [] {upstream} {size if status < 500 else 0} '
            f'{rt:.3f} {status} {rid}')
