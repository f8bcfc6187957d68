"""Helpers for the dev57 generator (standard library only, deterministic).

A record is built on a timeline: lines are added with an offset in seconds from the
record's start, with Loki-style labels and a text that may carry timestamp tokens
``{T:fmt}``; the token is rendered from that line's own ts, so timestamps inside lines
always agree with the line's ``ts``.  Lines flagged as evidence are turned into indices
after the stable time sort.
"""
import datetime as dt
import random
import re

UTC = dt.timezone.utc
SOURCE = "synthetic:dev57"
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
K8S_ALNUM = "bcdfghjklmnpqrstvwxz2456789"
TOKEN = re.compile(r"\{T:([a-z0-9]+)\}")


def start(y, mo, d, h, mi, s=0):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=UTC)


# ---------------------------------------------------------------- timestamps

def _epoch(t):
    return int((t - dt.datetime(1970, 1, 1, tzinfo=UTC)).total_seconds())


def render_ts(fmt, t, rng):
    """Render datetime t (ms precision, UTC) in one of the formats used by real software."""
    ms = t.microsecond // 1000
    us = ms * 1000 + rng.randrange(1000)
    ns = us * 1000 + rng.randrange(1000)
    ymd = "%04d-%02d-%02d" % (t.year, t.month, t.day)
    hms = "%02d:%02d:%02d" % (t.hour, t.minute, t.second)
    mon = MONTHS[t.month - 1]
    if fmt == "iso0":
        return "%sT%sZ" % (ymd, hms)
    if fmt == "iso3":
        return "%sT%s.%03dZ" % (ymd, hms, ms)
    if fmt == "iso6":
        return "%sT%s.%06dZ" % (ymd, hms, us)
    if fmt == "iso7":
        return "%sT%s.%07dZ" % (ymd, hms, us * 10 + rng.randrange(10))
    if fmt == "iso9":
        return "%sT%s.%09dZ" % (ymd, hms, ns)
    if fmt == "iso3z":
        return "%sT%s.%03d+00:00" % (ymd, hms, ms)
    if fmt == "iso6z":
        return "%sT%s.%06d+00:00" % (ymd, hms, us)
    if fmt == "iso0z":
        return "%sT%s+00:00" % (ymd, hms)
    if fmt == "sp0":
        return "%s %s" % (ymd, hms)
    if fmt == "sp3":
        return "%s %s.%03d" % (ymd, hms, ms)
    if fmt == "spc3":
        return "%s %s,%03d" % (ymd, hms, ms)
    if fmt == "sp6z":
        return "%s %s.%06d+00:00" % (ymd, hms, us)
    if fmt == "rails":
        return "%sT%s.%06d" % (ymd, hms, us)
    if fmt == "pg":
        return "%s %s.%03d UTC" % (ymd, hms, ms)
    if fmt == "gotime":
        return "%s %s.%09d +0000 UTC" % (ymd, hms, ns)
    if fmt == "railsat":
        return "%s %s +0000" % (ymd, hms)
    if fmt == "klog":
        return "%02d%02d %s.%06d" % (t.month, t.day, hms, us)
    if fmt == "clf":
        return "%02d/%s/%04d:%s +0000" % (t.day, mon, t.year, hms)
    if fmt == "epoch":
        return "%d.%06d%d" % (_epoch(t), us, rng.randrange(10))
    if fmt == "epochms":
        return "%d%03d" % (_epoch(t), ms)
    if fmt == "epochs":
        return "%d" % _epoch(t)
    if fmt == "gostd":
        return "%04d/%02d/%02d %s" % (t.year, t.month, t.day, hms)
    if fmt == "syslog":
        return "%s %2d %s" % (mon, t.day, hms)
    if fmt == "jrnl":
        return "%s %02d %s" % (mon, t.day, hms)
    if fmt == "redis":
        return "%02d %s %04d %s.%03d" % (t.day, mon, t.year, hms, ms)
    if fmt == "hms3":
        return "%s.%03d" % (hms, ms)
    if fmt == "minio":
        return "%s UTC %02d/%02d/%04d" % (hms, t.month, t.day, t.year)
    raise ValueError("unknown timestamp format " + fmt)


# ---------------------------------------------------------------- labels

def lab(ns, pod, container, node, app=None):
    d = {"namespace": ns, "pod": pod, "container": container, "node": node}
    if app:
        d["app"] = app
    return d


def journal(node, unit):
    """A line read from the node's systemd journal (MESSAGE only)."""
    return {"job": "node-journal", "node": node, "unit": unit}


def syslogfile(node):
    """A line scraped from /var/log/syslog on the node (full syslog line)."""
    return {"job": "varlogs", "node": node, "filename": "/var/log/syslog"}


def events(ns):
    """A Kubernetes event shipped by kubernetes-event-exporter, labelled by object namespace."""
    return {"job": "kube-events", "namespace": ns, "source": "event-exporter"}


def selector(ns=None, app=None, pod=None, container=None, node=None):
    return {"namespace": ns, "pod": pod, "container": container, "node": node, "app": app}


# ---------------------------------------------------------------- record

class Rec:
    def __init__(self, wid, t0, question, sel, tags):
        self.wid = wid
        self.t0 = t0
        self.question = question
        self.selector = sel
        self.tags = list(tags)
        self.rng = random.Random("dev57/" + wid)
        self.items = []

    # --- random helpers (all through the record's own seeded generator)
    def hexs(self, n):
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def alnum(self, n):
        return "".join(self.rng.choice(K8S_ALNUM) for _ in range(n))

    def pod(self, deploy):
        return "%s-%s-%s" % (deploy, self.alnum(10), self.alnum(5))

    def uid(self):
        h = self.hexs(32)
        return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], self.rng.choice("89ab"), h[17:20], h[20:32])

    def pick(self, seq):
        return self.rng.choice(seq)

    def randint(self, a, b):
        return self.rng.randint(a, b)

    # --- timeline
    def at(self, sec, labels, text, ev=False):
        t = self.t0 + dt.timedelta(milliseconds=round(sec * 1000))
        self.items.append((t, len(self.items), dict(labels), text, bool(ev)))

    def block(self, sec, labels, lines, ev=()):
        """Several physical lines read at the same instant (stack traces, multi-line dumps).
        ev: True for all lines, or an iterable of positions within the block."""
        for i, text in enumerate(lines):
            flag = ev is True or (ev is not True and i in set(ev))
            self.at(sec, labels, text, flag)

    def build(self, severity, category, component, root_cause, summary, action):
        items = sorted(self.items, key=lambda x: (x[0], x[1]))
        logs, evidence = [], []
        for i, (t, _, labels, text, ev) in enumerate(items):
            line = TOKEN.sub(lambda m: render_ts(m.group(1), t, self.rng), text)
            logs.append({"ts": render_ts("iso3", t, self.rng), "labels": labels, "line": line})
            if ev:
                evidence.append(i)
        return {
            "_wid": self.wid,
            "source": SOURCE,
            "question": self.question,
            "selector": self.selector,
            "tags": self.tags,
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


# ---------------------------------------------------------------- common line shapes

def klog(level, src, msg, pid=1):
    """A klog header line (kubelet, cert-manager, cluster-autoscaler ...)."""
    return "%s{T:klog}%8d %s] %s" % (level, pid, src, msg)


def event_json(r, ns, kind, name, etype, reason, message, comp, host=None, count=1, first_ago=None):
    """kubernetes-event-exporter style JSON for an event observed at the line's time."""
    src = '{"component":"%s"%s}' % (comp, (',"host":"%s"' % host) if host else "")
    first = ""
    if first_ago is not None:
        first = '"firstTimestamp":"%s",' % first_ago
    return ('{"kind":"Event","type":"%s","reason":"%s","involvedObject":{"kind":"%s","namespace":"%s","name":"%s"},'
            '"source":%s,"message":"%s","count":%d,%s"lastTimestamp":"{T:iso0}"}'
            % (etype, reason, kind, ns, name, src, message.replace('"', '\\"'), count, first))


def fmt_ts_abs(t, fmt="iso0"):
    """Render an absolute datetime (for 'firstTimestamp' or 'notAfter' values)."""
    return render_ts(fmt, t, random.Random(0))
