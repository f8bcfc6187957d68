#!/usr/bin/env python3
"""Generator for the dev16 held-out golden set (developer platforms, Windows node
pools, travel/booking microservices).  Python 3 standard library only.

    python3 make_dev16.py                 # writes dev16.jsonl next to this file
    python3 make_dev16.py --preview       # one row per record + self-checks
    python3 make_dev16.py --preview KEY   # one scenario's window, evidence marked '*'
    python3 make_dev16.py --table         # markdown tables of the content

Every random choice of scenario KEY comes from random.Random("dev16-KEY"); the
record order comes from random.Random("dev16-shuffle").  No hash(), no clock,
no environment: two runs write byte-identical output.
"""
import json
import os
import random
import re
import sys
import uuid
from collections import Counter, OrderedDict
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dev16.jsonl")

# Kubernetes name-generation alphabet (no vowels, no 0/1/3 look-alikes)
KALPH = "bcdfghjklmnpqrstvwxz2456789"
HEX = "0123456789abcdef"

CATEGORIES = [
    "none", "oom_killed", "application_error", "image_pull", "probe_failure",
    "scheduling", "dns_resolution", "connection_refused", "timeout",
    "tls_certificate", "auth_failure", "config_error", "resource_exhausted",
    "storage", "database", "rate_limited", "node_failure",
]
SEVERITIES = ["INFO", "WARN", "ERROR", "CRITICAL"]

SCENARIOS = []  # (key, flavour, function)


def scenario(key, flavour):
    def deco(fn):
        SCENARIOS.append((key, flavour, fn))
        return fn
    return deco


# ----------------------------------------------------------------- time helpers

def utc(y, mo, d, h, mi, s=0, ms=0):
    return datetime(y, mo, d, h, mi, s, ms * 1000, tzinfo=timezone.utc)


def iso_ms(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (d.microsecond // 1000)


def iso_us(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + "%06dZ" % d.microsecond


def iso_ns(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d%03dZ" % (d.microsecond, (d.microsecond * 7) % 1000)


def iso_s(d):
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")


def iso_off(d):  # 2026-03-14T10:22:01.123+00:00
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d+00:00" % (d.microsecond // 1000)


def java_ts(d):  # 2026-03-14 10:22:01,123
    return d.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (d.microsecond // 1000)


def java_dot(d):  # 2026-03-14 10:22:01.123
    return d.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (d.microsecond // 1000)


def hms_ms(d):  # 10:22:01.123
    return d.strftime("%H:%M:%S.") + "%03d" % (d.microsecond // 1000)


def nginx_local(d):  # 14/Mar/2026:10:22:01 +0000
    return d.strftime("%d/%b/%Y:%H:%M:%S +0000")


def nginx_err(d):  # 2026/03/14 10:22:01
    return d.strftime("%Y/%m/%d %H:%M:%S")


def redis_ts(d):  # 14 Mar 2026 10:22:01.123
    return d.strftime("%d %b %Y %H:%M:%S.") + "%03d" % (d.microsecond // 1000)


def nest_ts(d):  # 03/14/2026, 10:22:01 AM
    h = d.hour % 12 or 12
    return d.strftime("%m/%d/%Y, ") + "%d:%s %s" % (h, d.strftime("%M:%S"), "AM" if d.hour < 12 else "PM")


def epoch(d):
    return d.timestamp()


# ----------------------------------------------------------------- name helpers

def kname(rng, n):
    return "".join(rng.choice(KALPH) for _ in range(n))


def hexs(rng, n):
    return "".join(rng.choice(HEX) for _ in range(n))


def uid(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def rs_pod(rng, deploy, hash_len=None):
    """deployment pod: <deploy>-<rs hash>-<5>; returns (rs_name, pod_name)."""
    h = kname(rng, hash_len or rng.choice([9, 10]))
    return "%s-%s" % (deploy, h), "%s-%s-%s" % (deploy, h, kname(rng, 5))


def rs_pods(rng, deploy, n, hash_len=None):
    h = kname(rng, hash_len or rng.choice([9, 10]))
    return "%s-%s" % (deploy, h), ["%s-%s-%s" % (deploy, h, kname(rng, 5)) for _ in range(n)]


def ds_pod(rng, ds):
    return "%s-%s" % (ds, kname(rng, 5))


def job_pod(rng, job):
    return "%s-%s" % (job, kname(rng, 5))


def cron_job(cron, d):
    """CronJob child Job name: <cronjob>-<scheduled time in minutes since epoch>."""
    return "%s-%d" % (cron, int(d.timestamp() // 60))


def ip(rng, prefix):
    """prefix like '10.42' or '10.0.3' -> random host address."""
    parts = prefix.split(".")
    while len(parts) < 3:
        parts.append(str(rng.randint(0, 254)))
    return "%s.%d" % (".".join(parts), rng.randint(2, 253))


# ----------------------------------------------------------------- line formats

def klog(level, file_line, msg, pid=1):
    """kubelet / controller klog line; callable of the line's datetime."""
    def f(d):
        return "%s%s %s.%06d %7d %s] %s" % (level, d.strftime("%m%d"), d.strftime("%H:%M:%S"),
                                           d.microsecond, pid, file_line, msg)
    return f


def ctrd(level, msg, **kv):
    """containerd / logrus text line."""
    def f(d):
        extra = "".join(' %s=%s' % (k, json.dumps(v) if (" " in str(v) or '"' in str(v) or not str(v)) else v)
                        for k, v in kv.items())
        return 'time="%s" level=%s msg=%s%s' % (iso_ns(d), level, json.dumps(msg), extra)
    return f


def jline(obj_fn):
    """callable(d) -> dict, serialised compactly."""
    def f(d):
        return json.dumps(obj_fn(d), separators=(",", ":"))
    return f


def nginx_access(rng, client, method, path, status, up_name, up_addr, rt, size=None,
                 ua="okhttp/4.12.0", upstream_status=None, up_rt=None, req_len=None):
    """ingress-nginx default upstreaminfo log format."""
    size = size if size is not None else rng.randint(180, 4800)
    req_len = req_len if req_len is not None else rng.randint(220, 1400)
    ust = upstream_status if upstream_status is not None else status
    urt = up_rt if up_rt is not None else rt
    rid = hexs(rng, 32)

    def f(d):
        return ('%s - - [%s] "%s %s HTTP/1.1" %s %d "-" "%s" %d %.3f [%s] [] %s %s %s %s %s' % (
            client, nginx_local(d), method, path, status, size, ua, req_len, rt, up_name, up_addr,
            size if ust != "-" else 0, ("%.3f" % urt) if isinstance(urt, float) else urt, ust, rid))
    return f


def envoy_access(rng, method, path, status, flags, dur, xff, ua, authority, upstream,
                 prefix="", rx=0, tx=None, ust="-"):
    """Envoy default access log (Contour) / Emissary ('ACCESS ' prefix)."""
    tx = tx if tx is not None else rng.randint(19, 3000)
    rid = uid(rng)

    def f(d):
        return '%s[%s] "%s %s HTTP/1.1" %d %s %d %d %d %s "%s" "%s" "%s" "%s" "%s"' % (
            prefix, iso_ms(d), method, path, status, flags, rx, tx, dur, ust, xff, ua, rid,
            authority, upstream)
    return f


def coredns_q(rng, client, qtype, name, rcode, proto="udp", dur=None):
    qid = rng.randint(1000, 65000)
    dur = dur if dur is not None else rng.uniform(0.00008, 0.0009)
    size = rng.randint(70, 260)
    port = rng.randint(32768, 60999)
    return '[INFO] %s:%d - %d "%s IN %s %s %d false 512" %s qr,aa,rd %d %.6fs' % (
        client, port, qid, qtype, name, proto, rng.randint(40, 90), rcode, size, dur)


def logback(d, thread, level, logger, msg):
    return "%s [%s] %-5s %s - %s" % (hms_ms(d), thread, level, logger, msg)


def quarkus(d, level, cat, thread, msg):
    return "%s %-5s [%s] (%s) %s" % (java_ts(d), level, cat, thread, msg)


def nest(d, level, ctx, msg, pid=1):
    return "[Nest] %d  - %s %7s [%s] %s" % (pid, nest_ts(d), level, ctx, msg)


# ----------------------------------------------------------------- window

class Win:
    def __init__(self, key, start, cluster):
        self.key = key
        self.rng = random.Random("dev16-" + key)
        self.t0 = start
        self.cluster = cluster
        self.entries = []  # [datetime, seq, labels, line, is_evidence]
        self._ev_shape_pods = {}

    # labels -------------------------------------------------------------
    def pl(self, ns, pod, container, node, app=None):
        lab = OrderedDict()
        lab["cluster"] = self.cluster
        lab["namespace"] = ns
        lab["pod"] = pod
        lab["container"] = container
        lab["node"] = node
        if app:
            lab["app"] = app
        return lab

    def nl(self, node, unit=None, job="node/journal", **extra):
        lab = OrderedDict()
        lab["cluster"] = self.cluster
        lab["job"] = job
        lab["node"] = node
        if unit:
            lab["unit"] = unit
        for k, v in extra.items():
            lab[k] = v
        return lab

    def xl(self, **kv):
        lab = OrderedDict()
        lab["cluster"] = self.cluster
        for k, v in kv.items():
            lab[k] = v
        return lab

    # lines --------------------------------------------------------------
    def add(self, off, labels, line, ev=False):
        """Queue a line at `off` seconds after t0; timestamps and callables are resolved in record()."""
        self.entries.append([round(off * 1000), len(self.entries), labels, line, ev])

    def at(self, off):
        return self.t0 + timedelta(seconds=off)

    # kubernetes events in several exporter shapes ------------------------
    def event(self, off, shape, ns, kind, name, reason, etype, msg, comp="kubelet", host=None,
              count=1, first_off=None, ev=False, api="v1", field_path=None):
        rng = self.rng
        euid = uid(rng)
        ouid = uid(rng)
        rv = str(rng.randint(1200000, 98000000))
        ename = "%s.%s" % (name, hexs(rng, 16))
        first = self.at(first_off if first_off is not None else off)

        def obj(d):
            io = OrderedDict([("kind", kind), ("namespace", ns), ("name", name), ("uid", ouid),
                              ("apiVersion", api), ("resourceVersion", rv)])
            if field_path:
                io["fieldPath"] = field_path
            src = OrderedDict([("component", comp)])
            if host:
                src["host"] = host
            return OrderedDict([
                ("metadata", OrderedDict([("name", ename), ("namespace", ns), ("uid", euid),
                                          ("resourceVersion", str(int(rv) + 17)),
                                          ("creationTimestamp", iso_s(first))])),
                ("involvedObject", io), ("reason", reason), ("message", msg), ("source", src),
                ("firstTimestamp", iso_s(first)), ("lastTimestamp", iso_s(d)), ("count", count),
                ("type", etype), ("eventTime", None), ("reportingComponent", comp),
                ("reportingInstance", host or "")])

        if shape == "alloy":
            lab = self.xl(job="loki.source.kubernetes_events", instance="alloy/events", namespace=ns)

            def f(d):
                s = "name=%s kind=%s action= objectAPIversion=%s objectRV=%s reason=%s type=%s" % (
                    name, kind, api, rv, reason, etype)
                s += " sourcecomponent=%s" % comp
                if host:
                    s += " sourcehost=%s" % host
                if count > 1:
                    s += " count=%d" % count
                return s + " msg=" + json.dumps(msg)
        elif shape == "exporter":
            if "exporter" not in self._ev_shape_pods:
                self._ev_shape_pods["exporter"] = rs_pod(rng, "event-exporter")[1]
            lab = self.pl("monitoring", self._ev_shape_pods["exporter"], "event-exporter",
                          self._infra_node(), app="event-exporter")

            def f(d):
                return json.dumps(obj(d), separators=(",", ":"))
        elif shape == "eventrouter":
            if "eventrouter" not in self._ev_shape_pods:
                self._ev_shape_pods["eventrouter"] = rs_pod(rng, "eventrouter")[1]
            lab = self.pl("kube-system", self._ev_shape_pods["eventrouter"], "kube-eventrouter",
                          self._infra_node(), app="eventrouter")

            def f(d):
                return json.dumps(OrderedDict([("verb", "ADDED" if count == 1 else "UPDATED"),
                                               ("event", obj(d))]), separators=(",", ":"))
        else:
            raise ValueError(shape)
        return self.add(off, lab, f, ev=ev)

    def _infra_node(self):
        return getattr(self, "infra_node", "infra-0")

    # record -------------------------------------------------------------
    def record(self, question, selector, severity, category, component, root_cause, summary,
               action, source=None):
        ents = sorted(self.entries, key=lambda e: (e[0], e[1]))
        logs, evidence = [], []
        prev = None
        for i, (ms, _, lab, line, ev) in enumerate(ents):
            if ms % 1000 == 0:
                ms += self.rng.randint(1, 60)   # whole-second offsets get a little jitter
            d = self.t0 + timedelta(milliseconds=ms)
            if prev is not None and d <= prev:
                d = prev + timedelta(milliseconds=1)
            prev = d
            dd = d.replace(microsecond=d.microsecond + self.rng.randint(0, 999))
            text = line(dd) if callable(line) else line
            logs.append(OrderedDict([("ts", iso_ms(dd)), ("labels", lab), ("line", text)]))
            if ev:
                evidence.append(i)
        sel = None
        if selector is not None:
            sel = OrderedDict((k, selector.get(k)) for k in
                              ("namespace", "pod", "container", "node", "app"))
        exp = OrderedDict([("severity", severity), ("root_cause_category", category),
                           ("component", component), ("root_cause", root_cause),
                           ("summary", summary), ("action", action), ("evidence", evidence)])
        if category == "none":
            exp["component"] = component
        return OrderedDict([("id", None), ("source", source or "synthetic:dev16/" + self.key),
                            ("question", question), ("selector", sel), ("logs", logs),
                            ("expected", exp)])


# ================================================================ SCENARIOS


# ---------------------------------------------------------------- shared bits

CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def ulid(rng):
    return "01J" + "".join(rng.choice(CROCK) for _ in range(23))


def gl_api(rng, d, method, path, route, status, user, ua, remote, dur=None):
    """GitLab api_json line as emitted by gitlab-logger in the webservice container."""
    dur = dur if dur is not None else round(rng.uniform(0.012, 0.22), 3)
    return json.dumps(OrderedDict([
        ("component", "gitlab"), ("subcomponent", "api_json"), ("time", iso_ms(d)),
        ("severity", "INFO"), ("duration_s", dur), ("db_duration_s", round(dur * rng.uniform(0.1, 0.4), 5)),
        ("view_duration_s", round(dur * 0.6, 5)), ("status", status), ("method", method), ("path", path),
        ("params", []), ("host", "gitlab.example.com"), ("remote_ip", remote + ", 127.0.0.1"), ("ua", ua),
        ("route", route), ("user_id", user[0]), ("username", user[1]),
        ("queue_duration_s", round(rng.uniform(0.001, 0.01), 6)), ("correlation_id", ulid(rng)),
        ("meta.caller_id", "%s %s" % (method, route)), ("meta.remote_ip", remote),
        ("meta.feature_category", "continuous_integration" if "jobs" in path else "source_code_management"),
    ]), separators=(",", ":"))


def wh_access(rng, d, method, uri, route, status, remote, ua, dur_ms=None, written=None):
    dur_ms = dur_ms if dur_ms is not None else rng.randint(8, 180)
    return json.dumps(OrderedDict([
        ("backend_id", "rails"), ("content_type", "application/json"), ("correlation_id", ulid(rng)),
        ("duration_ms", dur_ms), ("host", "gitlab.example.com"), ("level", "info"), ("method", method),
        ("msg", "access"), ("proto", "HTTP/1.1"), ("referrer", ""), ("remote_addr", remote + ":0"),
        ("remote_ip", remote), ("route", route), ("route_id", "api"), ("status", status),
        ("system", "http"), ("time", iso_s(d)), ("ttfb_ms", max(1, dur_ms - 2)), ("uri", uri),
        ("user_agent", ua), ("written_bytes", written if written is not None else rng.randint(2, 9000)),
    ]), separators=(",", ":"))


def sidekiq_done(rng, d, cls, queue, dur=None, status="done", extra=None):
    dur = dur if dur is not None else round(rng.uniform(0.02, 1.8), 6)
    o = OrderedDict([("severity", "INFO"), ("time", iso_ms(d)), ("retry", 3), ("queue", queue),
                     ("version", 0), ("class", cls), ("jid", hexs(rng, 24)),
                     ("created_at", iso_ms(d - timedelta(seconds=dur + 0.4))),
                     ("correlation_id", ulid(rng)), ("meta.caller_id", cls),
                     ("worker_data_consistency", "sticky"), ("size_limiter", "validated"),
                     ("enqueued_at", iso_ms(d - timedelta(seconds=dur + 0.3))), ("job_size_bytes", rng.randint(2, 120)),
                     ("pid", rng.choice([19, 20, 21])), ("message", "%s JID-%s: %s: %s sec" % (cls, hexs(rng, 24), status, dur)),
                     ("job_status", status), ("scheduling_latency_s", round(rng.uniform(0.003, 0.05), 6)),
                     ("duration_s", dur), ("cpu_s", round(dur * 0.4, 6)), ("completed_at", iso_ms(d))])
    if extra:
        o.update(extra)
    return json.dumps(o, separators=(",", ":"))


def puma(d, msg, pid=1):
    return json.dumps(OrderedDict([("timestamp", iso_ms(d)), ("pid", pid), ("message", msg)]),
                      separators=(",", ":"))


def logmon_ev(d, channel, level, eid, msg):
    return ("<Source>EventLog</Source><Time>%s</Time><LogEntry><Channel>%s</Channel><Level>%s</Level>"
            "<EventId>%d</EventId><Message>%s</Message></LogEntry>" % (iso_ms(d)[:-5] + ".000Z", channel, level, eid, msg))


def logmon_file(d, line, fname):
    return ("<Source>File</Source><Time>%s</Time><LogEntry><Logline>%s</Logline><FileName>%s</FileName>"
            "</LogEntry>" % (iso_ms(d)[:-5] + ".000Z", line, fname))


def w3c(d, sip, method, uri, query, port, cip, ua, status, sub, win32, ms):
    return "%s %s %s %s %s %d - %s %s - %d %d %d %d" % (
        d.strftime("%Y-%m-%d %H:%M:%S"), sip, method, uri, query or "-", port, cip, ua, status, sub, win32, ms)


def gitea(d, src, level, msg):
    return "%s %s [%s] %s" % (nginx_err(d), src, level, msg)


def slog_json(d, level, msg, **kv):
    o = OrderedDict([("time", iso_off(d)), ("level", level), ("msg", msg)])
    o.update(kv)
    return json.dumps(o, separators=(",", ":"))


def renovate(d, level, msg, host, repo=None, **kv):
    o = OrderedDict([("name", "renovate"), ("hostname", host), ("pid", 7), ("level", level),
                     ("logContext", kv.pop("ctx", "0f4e1d2c-renovate"))])
    if repo:
        o["repository"] = repo
    o.update(kv)
    o["msg"] = msg
    o["time"] = iso_ms(d)
    o["v"] = 0
    return json.dumps(o, separators=(",", ":"))


def runner_log(level_word, msg, **kv):
    """gitlab-runner manager text log: 'MSG   key=value ...' (logrus text with padding)."""
    fields = " ".join("%s=%s" % (k, v) for k, v in kv.items())
    prefix = "" if level_word == "INFO" else level_word + ": "
    return "%s%-40s %s" % (prefix, msg, fields)


def cm_klog(level, file_line, msg, **kv):
    fields = "".join(" %s=%s" % (k, json.dumps(v)) for k, v in kv.items())
    return klog(level, file_line, json.dumps(msg) + fields, pid=1)


def kprobe(level, node_pid, ptype, ns, pod, puid, cname, output):
    return klog(level, "prober.go:107", '"Probe failed" probeType="%s" pod="%s/%s" podUID="%s" containerName="%s" '
                'probeResult="failure" output=%s' % (ptype, ns, pod, puid, cname, json.dumps(output)), pid=node_pid)


# ---------------------------------------------------------------- none x 8

@scenario("gitlab-helm-upgrade", "EKS")
def s_gitlab_helm_upgrade(key):
    w = Win(key, utc(2026, 3, 3, 14, 2, 11, 0), "eks-devplat-prod")
    r = w.rng
    w.infra_node = "ip-10-20-3-41.eu-central-1.compute.internal"
    nodes = ["ip-10-20-%d-%d.eu-central-1.compute.internal" % (r.randint(1, 60), r.randint(2, 250)) for _ in range(3)]
    old_rs, old = rs_pods(r, "gitlab-webservice-default", 2)
    new_rs, new = rs_pods(r, "gitlab-webservice-default", 2)
    sk = rs_pod(r, "gitlab-sidekiq-all-in-1-v2")[1]
    ing = rs_pod(r, "gitlab-nginx-ingress-controller")[1]
    old_ip = [ip(r, "10.20.%d" % r.randint(1, 60)) for _ in old]
    new_ip = [ip(r, "10.20.%d" % r.randint(1, 60)) for _ in new]
    new_uid = uid(r)
    img = "registry.gitlab.com/gitlab-org/build/cng/gitlab-webservice-ee:v17.8.2"
    runner_ua = "gitlab-runner 17.8.0 (17-8-stable; go1.23.4; linux/amd64)"
    ns = "gitlab"
    E = "alloy"
    lb = ["10.20.%d.%d" % (r.randint(1, 60), r.randint(2, 250)) for _ in range(3)]
    w.event(0, E, ns, "Deployment", "gitlab-webservice-default", "ScalingReplicaSet", "Normal",
            "Scaled up replica set %s to 1" % new_rs, comp="deployment-controller")
    w.event(0.4, E, ns, "Pod", new[0], "Scheduled", "Normal",
            "Successfully assigned %s/%s to %s" % (ns, new[0], nodes[1]), comp="default-scheduler")
    w.event(1.2, E, ns, "Pod", new[0], "Pulling", "Normal", 'Pulling image "%s"' % img, host=nodes[1])
    for i in range(3):
        t = 2 + i * 9 + r.uniform(0, 3)
        w.add(t, w.pl(ns, old[i % 2], "webservice", nodes[i % 2], "webservice"),
              lambda d: gl_api(r, d, "POST", "/api/v4/jobs/request", "/api/:version/jobs/request", 204,
                               (None, None), runner_ua, "10.20.7.%d" % r.randint(2, 250)).replace('"user_id":null,"username":null,', ""))
    w.add(6.5, w.pl(ns, sk, "sidekiq", nodes[2], "sidekiq"),
          lambda d: sidekiq_done(r, d, "PipelineProcessWorker", "pipeline_processing:pipeline_process"))
    w.event(17.8, E, ns, "Pod", new[0], "Pulled", "Normal",
            'Successfully pulled image "%s" in 15.874s (15.874s including waiting). Image size: 1187243019 bytes.' % img,
            host=nodes[1])
    w.event(18.1, E, ns, "Pod", new[0], "Started", "Normal", "Started container dependencies", host=nodes[1])
    w.add(19.0, w.pl(ns, new[0], "dependencies", nodes[1], "webservice"), "Checking database connection and schema version")
    w.add(21.3, w.pl(ns, new[0], "dependencies", nodes[1], "webservice"),
          "Database Schema - main (gitlabhq_production) - current: 20250121114406, codebase: 20250121114406")
    w.add(23.2, w.pl(ns, new[0], "webservice", nodes[1], "webservice"),
          lambda d: puma(d, "Puma starting in cluster mode..."))
    w.add(23.3, w.pl(ns, new[0], "webservice", nodes[1], "webservice"),
          lambda d: puma(d, '* Puma version: 6.5.0 (ruby 3.2.6-p234) ("Sky\'s Version")'))
    w.add(23.35, w.pl(ns, new[0], "webservice", nodes[1], "webservice"),
          lambda d: puma(d, "*  Min threads: 4, max threads: 4"))
    w.add(23.9, w.pl(ns, new[0], "gitlab-workhorse", nodes[1], "webservice"),
          lambda d: json.dumps(OrderedDict([("build_time", "20250211.093112"), ("level", "info"), ("msg", "Starting"),
                                            ("time", iso_s(d)), ("version", "v17.8.2")]), separators=(",", ":")))
    npid = r.randint(3000, 9000)
    for i, t in enumerate((34.0, 44.0, 54.0)):
        w.add(t, w.nl(nodes[1], "kubelet.service"),
              kprobe("I", npid, "Readiness", ns, new[0], new_uid, "webservice",
                     'Get "http://%s:8080/-/readiness": dial tcp %s:8080: connect: connection refused' % (new_ip[0], new_ip[0])))
    w.event(54.2, E, ns, "Pod", new[0], "Unhealthy", "Warning",
            'Readiness probe failed: Get "http://%s:8080/-/readiness": dial tcp %s:8080: connect: connection refused' % (new_ip[0], new_ip[0]),
            host=nodes[1], count=3, first_off=34.0)
    w.add(57.6, w.pl(ns, new[0], "webservice", nodes[1], "webservice"),
          lambda d: puma(d, "* Listening on http://0.0.0.0:8080"))
    w.add(58.9, w.pl(ns, new[0], "webservice", nodes[1], "webservice"),
          lambda d: puma(d, "- Worker 0 (PID: 48) booted in 33.91s, phase: 0"))
    w.add(59.4, w.pl(ns, new[0], "webservice", nodes[1], "webservice"),
          lambda d: puma(d, "- Worker 1 (PID: 52) booted in 34.37s, phase: 0"))
    w.event(66.0, E, ns, "Deployment", "gitlab-webservice-default", "ScalingReplicaSet", "Normal",
            "Scaled down replica set %s to 1 from 2" % old_rs, comp="deployment-controller")
    w.event(66.3, E, ns, "Pod", old[0], "Killing", "Normal", "Stopping container webservice", host=nodes[0])
    w.add(66.5, w.pl(ns, old[0], "webservice", nodes[0], "webservice"),
          lambda d: puma(d, "- Gracefully stopping, waiting for requests to finish"))
    w.add(67.1, w.pl(ns, old[0], "gitlab-workhorse", nodes[0], "webservice"),
          lambda d: json.dumps(OrderedDict([("correlation_id", ulid(r)), ("error", "badgateway: failed to receive response: context canceled"),
                                            ("level", "error"), ("method", "POST"), ("msg", "error"),
                                            ("time", iso_s(d)), ("uri", "/api/v4/jobs/request")]), separators=(",", ":")))
    w.add(67.2, w.pl(ns, ing, "controller", nodes[2], "nginx-ingress"),
          lambda d: "%s [error] 27#27: *4418127 connect() failed (111: Connection refused) while connecting to upstream, "
                    "client: %s, server: gitlab.example.com, request: \"GET /api/v4/projects/412/pipelines?ref=main HTTP/1.1\", "
                    "upstream: \"http://%s:8181/api/v4/projects/412/pipelines?ref=main\", host: \"gitlab.example.com\"" % (
                        nginx_err(d), lb[0], old_ip[0]))
    w.add(67.25, w.pl(ns, ing, "controller", nodes[2], "nginx-ingress"),
          nginx_access(r, lb[0], "GET", "/api/v4/projects/412/pipelines?ref=main", 200,
                       "gitlab-gitlab-webservice-default-8181", "%s:8181, %s:8181" % (old_ip[0], old_ip[1]), 0.094,
                       ua="python-gitlab/4.13.0", upstream_status="502, 200", up_rt="0.000, 0.093"))
    w.add(68.0, w.pl(ns, old[0], "webservice", nodes[0], "webservice"),
          lambda d: puma(d, "=== puma shutdown: %s ===" % d.strftime("%Y-%m-%d %H:%M:%S +0000")))
    w.add(68.1, w.pl(ns, old[0], "webservice", nodes[0], "webservice"), lambda d: puma(d, "- Goodbye!"))
    w.add(71.0, w.pl(ns, sk, "sidekiq", nodes[2], "sidekiq"),
          lambda d: sidekiq_done(r, d, "Ci::BuildFinishedWorker", "pipeline_processing:build_finished"))
    w.event(73.0, E, ns, "Pod", new[1], "Scheduled", "Normal",
            "Successfully assigned %s/%s to %s" % (ns, new[1], nodes[0]), comp="default-scheduler")
    w.event(74.2, E, ns, "Pod", new[1], "Pulled", "Normal",
            'Container image "%s" already present on machine' % img, host=nodes[0])
    w.add(82.0, w.pl(ns, new[0], "webservice", nodes[1], "webservice"),
          lambda d: gl_api(r, d, "GET", "/api/v4/projects/412/merge_requests", "/api/:version/projects/:id/merge_requests",
                           200, (1187, "mhoffmann"), "Mozilla/5.0 (X11; Linux x86_64; rv:134.0) Gecko/20100101 Firefox/134.0",
                           "10.20.7.%d" % r.randint(2, 250)))
    w.add(88.0, w.pl(ns, new[0], "gitlab-workhorse", nodes[1], "webservice"),
          lambda d: wh_access(r, d, "POST", "/api/v4/jobs/request", "^/api/v4/jobs/request\\z", 204,
                              "10.20.7.%d" % r.randint(2, 250), runner_ua, dur_ms=r.randint(30000, 50000), written=0))
    w.add(95.0, w.pl(ns, new[1], "dependencies", nodes[0], "webservice"), "Checking database connection and schema version")
    w.add(97.4, w.pl(ns, new[1], "dependencies", nodes[0], "webservice"),
          "Database Schema - main (gitlabhq_production) - current: 20250121114406, codebase: 20250121114406")
    w.add(99.0, w.pl(ns, new[1], "webservice", nodes[0], "webservice"), lambda d: puma(d, "Puma starting in cluster mode..."))
    w.add(110.0, w.nl(nodes[0], "kubelet.service"),
          kprobe("I", r.randint(3000, 9000), "Readiness", ns, new[1], uid(r), "webservice",
                 'Get "http://%s:8080/-/readiness": dial tcp %s:8080: connect: connection refused' % (new_ip[1], new_ip[1])))
    w.add(131.7, w.pl(ns, new[1], "webservice", nodes[0], "webservice"),
          lambda d: puma(d, "- Worker 0 (PID: 47) booted in 32.52s, phase: 0"))
    w.event(140.0, E, ns, "Deployment", "gitlab-webservice-default", "ScalingReplicaSet", "Normal",
            "Scaled down replica set %s to 0 from 1" % old_rs, comp="deployment-controller")
    w.event(140.3, E, ns, "Pod", old[1], "Killing", "Normal", "Stopping container webservice", host=nodes[1])
    w.add(150.0, w.pl(ns, ing, "controller", nodes[2], "nginx-ingress"),
          nginx_access(r, lb[1], "GET", "/travel/fare-engine/-/merge_requests/77", 200,
                       "gitlab-gitlab-webservice-default-8181", "%s:8181" % new_ip[1], 0.311,
                       ua="Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15"))
    w.add(156.0, w.pl(ns, sk, "sidekiq", nodes[2], "sidekiq"),
          lambda d: sidekiq_done(r, d, "MergeRequests::UpdateHeadPipelineWorker", "default"))
    w.add(163.0, w.pl(ns, new[1], "webservice", nodes[0], "webservice"),
          lambda d: gl_api(r, d, "POST", "/api/v4/jobs/request", "/api/:version/jobs/request", 201,
                           (None, None), runner_ua, "10.20.7.%d" % r.randint(2, 250)).replace('"user_id":null,"username":null,', ""))
    return w.record(
        "Readiness probes failed and a 502 showed up on gitlab-webservice during the 14:00 upgrade. Is GitLab healthy now?",
        {"namespace": "gitlab", "app": "webservice"}, "INFO", "none", "webservice",
        "No incident: a planned Helm upgrade of the GitLab chart (v17.8.2) rolled the webservice Deployment; readiness failures "
        "are Puma still booting and the single upstream 502 was retried by ingress-nginx onto the next pod and answered 200.",
        "Planned rolling upgrade of gitlab-webservice-default; new pods booted in ~34s and became ready, old pods drained "
        "gracefully; API and runner traffic is served.",
        "Nothing to do. Optionally add a startupProbe to webservice so boot-time readiness failures are not reported.")


@scenario("fares-win-hpa", "AKS")
def s_fares_win_hpa(key):
    w = Win(key, utc(2026, 2, 17, 8, 41, 5, 0), "aks-travel-weu-prod")
    r = w.rng
    w.infra_node = "aks-system-31045572-vmss000001"
    ns = "fares-legacy"
    E = "exporter"
    lin = ["aks-system-31045572-vmss00000%d" % i for i in (0, 1, 2)]
    win = ["aksnpwin00000%d" % i for i in (0, 1)]
    newnode = "aksnpwin000002"
    rs, pods = rs_pods(r, "fares-web", 5)
    img = "acrtravelweu.azurecr.io/fares/fares-web:4.8.20260212.3-ltsc2022"
    ips = [ip(r, "10.224.0") for _ in pods]
    pcli = "10.224.0.%d" % r.randint(4, 9)

    def iis_ok(t, i, uri, status=200, ms=None):
        w.add(t, w.pl(ns, pods[i], "fares-web", win[i % 2], "fares-web"),
              lambda d: logmon_file(d, w3c(d, ips[i], "GET", uri, None, 80, pcli,
                                           "Mozilla/5.0+(compatible;+travel-portal/3.2)", status, 0, 0,
                                           ms if ms is not None else r.randint(15, 240)), "u_ex%s.log" % d.strftime("%y%m%d")))
    iis_ok(0.5, 0, "/fares/api/v2/quote")
    iis_ok(2.2, 1, "/fares/api/v2/quote")
    w.event(4.0, E, ns, "HorizontalPodAutoscaler", "fares-web", "SuccessfulRescale", "Normal",
            "New size: 5; reason: cpu resource utilization (percentage of request) above target",
            comp="horizontal-pod-autoscaler", api="autoscaling/v2")
    w.event(4.3, E, ns, "Deployment", "fares-web", "ScalingReplicaSet", "Normal",
            "Scaled up replica set %s to 5 from 2" % rs, comp="deployment-controller", api="apps/v1")
    w.event(4.9, E, ns, "Pod", pods[4], "FailedScheduling", "Warning",
            "0/5 nodes are available: 2 Insufficient cpu, 3 node(s) didn't match Pod's node affinity/selector. "
            "preemption: 0/5 nodes are available: 2 No preemption victims found for incoming pod, 3 Preemption is not "
            "helpful for scheduling.", comp="default-scheduler")
    w.event(5.2, E, ns, "Pod", pods[2], "Scheduled", "Normal",
            "Successfully assigned %s/%s to %s" % (ns, pods[2], win[0]), comp="default-scheduler")
    w.event(5.4, E, ns, "Pod", pods[3], "Scheduled", "Normal",
            "Successfully assigned %s/%s to %s" % (ns, pods[3], win[1]), comp="default-scheduler")
    w.event(15.0, E, ns, "Pod", pods[4], "TriggeredScaleUp", "Normal",
            "pod triggered scale-up: [{aksnpwin 2->3 (max: 6)}]", comp="cluster-autoscaler")
    iis_ok(9.0, 0, "/fares/api/v2/quote")
    w.event(7.0, E, ns, "Pod", pods[2], "Pulled", "Normal", 'Container image "%s" already present on machine' % img, host=win[0])
    w.event(7.3, E, ns, "Pod", pods[3], "Pulled", "Normal", 'Container image "%s" already present on machine' % img, host=win[1])
    w.add(26.0, w.pl(ns, pods[2], "fares-web", win[0], "fares-web"),
          lambda d: logmon_ev(d, "System", "Information", 7036, "The World Wide Web Publishing Service service entered the running state."))
    w.add(31.0, w.pl(ns, pods[1], "fares-web", win[1], "fares-web"),
          lambda d: logmon_ev(d, "Application", "Warning", 1309,
                              "Event code: 3005 Event message: An unhandled exception has occurred. Event time: %s "
                              "Event ID: %s Event sequence: 1184 Event occurrence: 3 Event detail code: 0 "
                              "Application information: Application domain: /LM/W3SVC/1/ROOT/fares-1-133842117731840912 "
                              "Trust level: Full Application Virtual Path: /fares Application Path: C:\\inetpub\\wwwroot\\fares\\ "
                              "Machine name: %s Exception information: Exception type: HttpException Exception message: "
                              "A potentially dangerous Request.Path value was detected from the client (:). at "
                              "System.Web.HttpRequest.ValidateInputIfRequiredByConfig() at "
                              "System.Web.HttpApplication.PipelineStepManager.ValidateHelper(HttpContext context) "
                              "Request information: Request URL: http://fares.travel.internal:80/fares/api/v2/quote/x:y "
                              "Request path: /fares/api/v2/quote/x:y User host address: 10.224.0.61 Is authenticated: False" % (
                                  d.strftime("%m/%d/%Y %I:%M:%S %p"), hexs(r, 32), pods[1][:15].upper())))
    iis_ok(31.0, 1, "/fares/api/v2/quote/x:y", status=400, ms=3)
    w.add(44.0, w.pl(ns, pods[3], "fares-web", win[1], "fares-web"),
          lambda d: logmon_ev(d, "System", "Information", 7036, "The World Wide Web Publishing Service service entered the running state."))
    w.add(62.0, w.nl("aks-system-31045572-vmss000000", None, job="kube-system/coredns"),
          lambda d: coredns_q(r, ips[2], "A", "sqlfares01.corp.travel.internal.", "NOERROR"))
    iis_ok(70.0, 2, "/fares/api/v2/quote")
    iis_ok(72.0, 3, "/fares/api/v2/quote")
    wk = r.randint(3000, 6000)
    t0 = 212.0
    w.add(t0, w.nl(newnode, None, job="windows/kubelet", filename="C:\\k\\kubelet.log"),
          klog("I", "kubelet_node_status.go:76", '"Attempting to register node" node="%s"' % newnode, pid=wk))
    w.add(t0 + 0.6, w.nl(newnode, None, job="windows/kubelet", filename="C:\\k\\kubelet.log"),
          klog("I", "kubelet_node_status.go:79", '"Successfully registered node" node="%s"' % newnode, pid=wk))
    w.event(t0 + 1.0, E, "default", "Node", newnode, "RegisteredNode", "Normal",
            "Node %s event: Registered Node %s in Controller" % (newnode, newnode), comp="node-controller")
    w.event(t0 + 21.0, E, "default", "Node", newnode, "NodeReady", "Normal",
            "Node %s status is now: NodeReady" % newnode, comp="kubelet", host=newnode)
    w.event(t0 + 24.0, E, ns, "Pod", pods[4], "Scheduled", "Normal",
            "Successfully assigned %s/%s to %s" % (ns, pods[4], newnode), comp="default-scheduler")
    w.event(t0 + 25.0, E, ns, "Pod", pods[4], "Pulling", "Normal", 'Pulling image "%s"' % img, host=newnode)
    iis_ok(t0 + 60, 0, "/fares/api/v2/quote")
    iis_ok(t0 + 95, 3, "/fares/api/v2/rules")
    t1 = t0 + 25.0 + 221.5
    w.event(t1, E, ns, "Pod", pods[4], "Pulled", "Normal",
            'Successfully pulled image "%s" in 3m41.487s (3m41.487s including waiting). Image size: 5318270462 bytes.' % img,
            host=newnode)
    w.event(t1 + 9.0, E, ns, "Pod", pods[4], "Created", "Normal", "Created container fares-web", host=newnode)
    w.event(t1 + 12.5, E, ns, "Pod", pods[4], "Started", "Normal", "Started container fares-web", host=newnode)
    w.event(t1 + 31.0, E, ns, "Pod", pods[4], "Unhealthy", "Warning",
            "Readiness probe failed: HTTP probe failed with statuscode: 503", host=newnode)
    w.add(t1 + 33.0, w.pl(ns, pods[4], "fares-web", newnode, "fares-web"),
          lambda d: logmon_ev(d, "System", "Information", 7036, "The World Wide Web Publishing Service service entered the running state."))
    w.add(t1 + 52.0, w.pl(ns, pods[4], "fares-web", newnode, "fares-web"),
          lambda d: logmon_file(d, w3c(d, ips[4], "GET", "/fares/health/ready", None, 80, "10.224.0.%d" % r.randint(60, 90),
                                       "kube-probe/1.30", 200, 0, 0, 1843), "u_ex%s.log" % d.strftime("%y%m%d")))
    iis_ok(t1 + 58, 4, "/fares/api/v2/quote", ms=412)
    iis_ok(t1 + 61, 2, "/fares/api/v2/quote")
    return w.record(
        "fares-web pods were Pending and one showed readiness 503s this morning. Do we have a problem on the Windows pool?",
        {"namespace": ns, "app": "fares-web"}, "INFO", "none", "fares-web",
        "No incident: an HPA scale-out to 5 replicas needed a third Windows node; the cluster autoscaler added aksnpwin000002, "
        "the 5 GB ltsc2022 image pulled in 3m41s and the pod became ready after IIS warm-up.",
        "Expected scale-out on the Windows pool: transient FailedScheduling and one warm-up readiness failure, all replicas "
        "serving 200s afterwards. The 1309/HttpException is a request-validation rejection of a scanner URL (400).",
        "Nothing to do. Optionally pre-pull the Windows image or keep a warm spare node if scale-out latency matters.")


@scenario("booking-api-4xx", "GKE")
def s_booking_api_4xx(key):
    w = Win(key, utc(2026, 4, 8, 19, 12, 40, 0), "gke-travel-prod-ew4")
    r = w.rng
    ns = "booking"
    gke = ["gke-travel-prod-apps-pool-3-%s-%s" % (hexs(r, 8), kname(r, 4)) for _ in range(3)]
    w.infra_node = gke[0]
    rs, pods = rs_pods(r, "booking-api", 2)
    ing = rs_pod(r, "ingress-nginx-controller")[1]
    rpods = ["redis-cluster-%d" % i for i in range(6)]
    pips = [ip(r, "10.52.%d" % r.randint(0, 40)) for _ in pods]
    clients = ["35.204.%d.%d" % (r.randint(0, 255), r.randint(1, 254)) for _ in range(4)] + ["10.156.0.%d" % r.randint(2, 60)]
    up = "booking-booking-api-8080"
    ua_app = "TravelApp/5.14.0 (Android 14; Pixel 8)"
    ua_web = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/134.0.0.0 Safari/537.36"
    C = "com.travelco.booking.api.BookingResource"

    def acc(t, m, p, st, pi=0, ua=ua_app, rt=None):
        w.add(t, w.pl("ingress-nginx", ing, "controller", gke[2], "ingress-nginx"),
              nginx_access(r, r.choice(clients), m, p, st, up, "%s:8080" % pips[pi], rt if rt is not None else round(r.uniform(0.012, 0.26), 3), ua=ua))

    def q(t, pi, level, cat, msg, thread=None):
        w.add(t, w.pl(ns, pods[pi], "booking-api", gke[pi], "booking-api"),
              lambda d: quarkus(d, level, cat, thread or "executor-thread-%d" % r.randint(1, 48), msg))
    bk = lambda: "BK-" + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    t = 0.0
    for i in range(4):
        t += r.uniform(2, 6)
        acc(t, "GET", "/api/v1/bookings/%s" % bk(), 200, pi=i % 2)
    q(t + 0.8, 0, "INFO", "com.tra.boo.api.BookingResource", "booking %s confirmed pnr=%s fare=EUR 412.60 pax=2" % (bk(), "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6))))
    acc(t + 0.9, "POST", "/api/v1/bookings", 201, pi=0, rt=0.842)
    q(t + 4.0, 1, "WARN", "io.quarkus.oidc.runtime.OidcProvider",
      "Verification of the token issued to client booking-web has failed: The JWT is no longer valid - the evaluation time "
      "NumericDate{1775675591 -> Apr 8, 2026, 7:13:11 PM UTC} is on or after the Expiration Time (exp=1775675520 -> Apr 8, 2026, 7:12:00 PM UTC) claim value (even when providing 30 seconds of leeway to account for clock skew).")
    acc(t + 4.01, "GET", "/api/v1/bookings?customer=me", 401, pi=1, ua=ua_web, rt=0.004)
    acc(t + 5.3, "POST", "/oauth/refresh", 200, pi=1, ua=ua_web)
    acc(t + 5.9, "GET", "/api/v1/bookings?customer=me", 200, pi=1, ua=ua_web)
    q(t + 9.0, 0, "INFO", "com.tra.boo.api.HoldResource", "seat hold %s expired before payment; returning 409 HOLD_EXPIRED" % bk())
    acc(t + 9.01, "POST", "/api/v1/bookings/%s/confirm" % bk(), 409, pi=0, rt=0.021)
    acc(t + 11.0, "GET", "/api/v1/bookings/BK-0000AA", 404, pi=1, rt=0.006)
    acc(t + 12.4, "GET", "/wp-login.php", 404, pi=0, ua="Mozilla/5.0 zgrab/0.x", rt=0.002)
    rn = gke[1]
    w.add(t + 13.0, w.pl("booking-data", rpods[2], "redis", rn, "redis-cluster"),
          lambda d: "1:M %s * 10000 changes in 60 seconds. Saving..." % redis_ts(d))
    w.add(t + 13.02, w.pl("booking-data", rpods[2], "redis", rn, "redis-cluster"),
          lambda d: "1:M %s * Background saving started by pid 48211" % redis_ts(d))
    w.add(t + 14.9, w.pl("booking-data", rpods[2], "redis", rn, "redis-cluster"),
          lambda d: "48211:C %s * DB saved on disk" % redis_ts(d))
    w.add(t + 15.0, w.pl("booking-data", rpods[2], "redis", rn, "redis-cluster"),
          lambda d: "1:M %s * Background saving terminated with success" % redis_ts(d))
    q(t + 17.0, 1, "WARN", "org.apache.kafka.clients.producer.internals.Sender",
      "[Producer clientId=booking-api-events, transactionalId=null] Got error produce response with correlation id 88412 on "
      "topic-partition booking-events-4, retrying (2147483646 attempts left). Error: NOT_LEADER_OR_FOLLOWER", thread="kafka-producer-network-thread | booking-api-events")
    q(t + 17.01, 1, "WARN", "org.apache.kafka.clients.producer.internals.Sender",
      "[Producer clientId=booking-api-events, transactionalId=null] Received invalid metadata error in produce request on "
      "partition booking-events-4 due to org.apache.kafka.common.errors.NotLeaderOrFollowerException: For requests intended "
      "only for the leader, this error indicates that the broker is not the current leader. For requests intended for any "
      "replica, this error indicates that the broker is not a replica of the topic partition.. Going to request metadata update now",
      thread="kafka-producer-network-thread | booking-api-events")
    q(t + 17.2, 1, "INFO", "org.apache.kafka.clients.Metadata",
      "[Producer clientId=booking-api-events] Resetting the last seen epoch of partition booking-events-4 to 37 since the associated topicId changed from null to 9QyN0mD5T3yZx0rY1s5u8w",
      thread="kafka-producer-network-thread | booking-api-events")
    for i in range(5):
        t2 = t + 19 + i * r.uniform(2, 5)
        acc(t2, r.choice(["GET", "GET", "POST"]), r.choice(["/api/v1/bookings/%s" % bk(), "/api/v1/availability?from=AMS&to=LIS&date=2026-05-02"]), 200, pi=i % 2)
    q(t + 25.0, 0, "INFO", "com.tra.boo.api.BookingResource", "booking %s confirmed pnr=%s fare=EUR 188.10 pax=1" % (bk(), "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6))))
    acc(t + 25.01, "POST", "/api/v1/bookings", 201, pi=0, rt=0.655)
    acc(t + 27.0, "DELETE", "/api/v1/bookings/%s" % bk(), 403, pi=1, rt=0.007)
    q(t + 27.0, 1, "INFO", "com.tra.boo.api.BookingResource", "cancel refused: booking belongs to another customer (403)")
    acc(t + 29.0, "GET", "/api/v1/bookings/%s/documents" % bk(), 200, pi=1, rt=0.311)
    w.add(t + 31.0, w.pl("booking-data", rpods[4], "redis", gke[2], "redis-cluster"),
          lambda d: "1:S %s * Background saving terminated with success" % redis_ts(d))
    acc(t + 33.0, "POST", "/api/v1/bookings", 422, pi=0, rt=0.019)
    q(t + 33.0, 0, "INFO", "com.tra.boo.api.BookingResource", "validation failed: passenger[1].dateOfBirth must be in the past")
    acc(t + 35.0, "GET", "/api/v1/availability?from=AMS&to=LIS&date=2026-05-02", 200, pi=0, rt=0.402)
    return w.record(
        "Our dashboard shows 401, 404 and 409 responses on booking-api. Is the booking service having problems?",
        {"namespace": ns, "app": "booking-api"}, "INFO", "none", "booking-api",
        "No incident: the 4xx responses are expected client outcomes (expired OIDC token refreshed, expired seat hold 409, "
        "unknown booking 404, scanner path, validation 422, forbidden cancel 403) and a Kafka leader move was retried transparently.",
        "booking-api is healthy; the 4xx mix is normal client behaviour and the NOT_LEADER_OR_FOLLOWER warnings are a "
        "routine partition leader change handled by producer retries.",
        "Nothing to do; exclude 4xx from the error-rate SLO or alert on 5xx only.")


@scenario("renovate-nightly", "RKE2")
def s_renovate_nightly(key):
    w = Win(key, utc(2026, 3, 11, 2, 0, 4, 0), "rke2-devplat-fra")
    r = w.rng
    nodes = ["devplat-rke2-w%02d" % i for i in (2, 4, 5)]
    w.infra_node = nodes[0]
    ns = "renovate"
    sched = utc(2026, 3, 11, 2, 0)
    job = cron_job("renovate", sched)
    pod = job_pod(r, job)
    old_job = cron_job("renovate", sched - timedelta(days=3))
    web = rs_pod(r, "gitlab-webservice-default")[1]
    E = "eventrouter"
    ua = "Renovate/39.164.1"
    rip = ip(r, "10.42.%d" % r.randint(0, 9))
    w.event(0, E, ns, "CronJob", "renovate", "SuccessfulCreate", "Normal", "Created job %s" % job, comp="cronjob-controller", api="batch/v1")
    w.event(0.2, E, ns, "Job", job, "SuccessfulCreate", "Normal", "Created pod: %s" % pod, comp="job-controller", api="batch/v1")
    w.event(0.5, E, ns, "Pod", pod, "Scheduled", "Normal", "Successfully assigned %s/%s to %s" % (ns, pod, nodes[1]), comp="default-scheduler")
    w.event(1.6, E, ns, "Pod", pod, "Pulled", "Normal", 'Container image "ghcr.io/renovatebot/renovate:39.164.1" already present on machine', host=nodes[1])
    w.event(2.0, E, ns, "Pod", pod, "Started", "Normal", "Started container renovate", host=nodes[1])
    L = lambda: w.pl(ns, pod, "renovate", nodes[1], "renovate")
    G = lambda: w.pl("gitlab", web, "webservice", nodes[2], "webservice")
    w.add(6.0, L(), lambda d: renovate(d, 30, "Autodiscovered repositories", pod, length=27))
    repos = ["travel/booking-api", "travel/fare-engine", "travel/notification-svc", "platform/charts", "travel/itinerary-web"]
    t = 8.0
    pid = {"travel/booking-api": 118, "travel/fare-engine": 412, "travel/notification-svc": 205, "platform/charts": 37, "travel/itinerary-web": 226}
    for i, repo in enumerate(repos):
        w.add(t, L(), lambda d, repo=repo: renovate(d, 30, "Repository started", pod, repo, renovateVersion="39.164.1"))
        w.add(t + 0.4, G(), lambda d, repo=repo: gl_api(r, d, "GET", "/api/v4/projects/%d" % pid[repo], "/api/:version/projects/:id", 200, (402, "renovate-bot"), ua, rip))
        if repo == "platform/charts":
            w.add(t + 0.9, G(), lambda d: gl_api(r, d, "GET", "/api/v4/projects/37/repository/files/renovate.json?ref=main", "/api/:version/projects/:id/repository/files/:file_path", 404, (402, "renovate-bot"), ua, rip))
            w.add(t + 1.1, L(), lambda d, repo=repo: renovate(d, 30, "Repository is disabled - skipping", pod, repo))
            t += 3
            continue
        w.add(t + 9.0, L(), lambda d, repo=repo: renovate(d, 30, "Dependency extraction complete", pod, repo, baseBranch="main",
                                                            stats={"managers": {"npm" if "api" in repo or "svc" in repo or "web" in repo else "gomod": {"fileCount": 1, "depCount": r.randint(18, 70)}}}))
        if repo == "travel/itinerary-web":
            w.add(t + 14.0, L(), lambda d, repo=repo: renovate(d, 40, "Package lookup failures", pod, repo,
                                                                 lookupWarnings=["Failed to look up npm package @travelco/design-tokens"]))
        if repo == "travel/booking-api":
            w.add(t + 16.0, L(), lambda d, repo=repo: renovate(d, 30, "Branch created", pod, repo, branch="renovate/quarkus-monorepo", commitSha="%s" % hexs(r, 40)))
            w.add(t + 17.2, G(), lambda d: gl_api(r, d, "POST", "/api/v4/projects/118/merge_requests", "/api/:version/projects/:id/merge_requests", 201, (402, "renovate-bot"), ua, rip, dur=0.512))
            w.add(t + 17.5, L(), lambda d, repo=repo: renovate(d, 30, "PR created", pod, repo, pr=1634, prTitle="Update quarkus monorepo to v3.19.4"))
        if repo == "travel/fare-engine":
            w.add(t + 15.0, L(), lambda d, repo=repo: renovate(d, 30, "Branch automerged", pod, repo, branch="renovate/golang.org-x-net-0.x"))
        dur = r.randint(21000, 68000)
        w.add(t + 20.0, L(), lambda d, repo=repo, dur=dur: renovate(d, 30, "Repository finished", pod, repo, cloned=True, durationMs=dur, result="done", status="activated", enabled=True, onboarded=True))
        t += 22.0 + r.uniform(1, 4)
    w.add(t + 1.0, L(), lambda d: renovate(d, 30, "Renovate repository run complete", pod, repositoryCount=27))
    w.event(t + 3.0, E, ns, "Job", job, "Completed", "Normal", "Job completed", comp="job-controller", api="batch/v1")
    w.event(t + 3.2, E, ns, "CronJob", "renovate", "SawCompletedJob", "Normal", "Saw completed job: %s, condition: Complete" % job, comp="cronjob-controller", api="batch/v1")
    w.event(t + 3.3, E, ns, "CronJob", "renovate", "SuccessfulDelete", "Normal", "Deleted job %s" % old_job, comp="cronjob-controller", api="batch/v1")
    return w.record(
        "The nightly Renovate job printed warnings and 404s from GitLab. Did the run fail?",
        {"namespace": ns, "pod": None, "container": None, "node": None, "app": "renovate"}, "INFO", "none", "renovate",
        "No incident: the Renovate CronJob run completed; the 404 is the config-file probe of a repository without "
        "renovate.json (skipped as disabled) and the lookup warning is a long-standing private npm scope.",
        "Nightly Renovate run processed all repositories, opened one merge request, automerged one branch and the Job completed.",
        "Nothing urgent; optionally add a hostRules entry for the private npm registry so @travelco packages can be looked up.")


@scenario("gitea-cert-renewal", "k3s")
def s_gitea_cert_renewal(key):
    w = Win(key, utc(2026, 5, 2, 9, 14, 30, 0), "k3s-lab-ams")
    r = w.rng
    nodes = ["k3s-lab-n%d" % i for i in (1, 2, 3)]
    w.infra_node = nodes[0]
    ns = "gitea"
    cm = rs_pod(r, "cert-manager")[1]
    solver = "cm-acme-http-solver-%s" % kname(r, 5)
    envoy = ds_pod(r, "envoy")
    contour = rs_pod(r, "contour")[1]
    gpod = rs_pod(r, "gitea")[1]
    host = "git.lab.travelco.dev"
    token = "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") for _ in range(43))
    chal = "gitea-tls-7-%d-%d" % (r.randint(10**9, 4 * 10**9), r.randint(10**9, 4 * 10**9))
    E = "alloy"
    CM = lambda: w.pl("cert-manager", cm, "cert-manager-controller", nodes[0], "cert-manager")
    EV = lambda: w.pl("projectcontour", envoy, "envoy", nodes[1], "envoy")
    GT = lambda: w.pl(ns, gpod, "gitea", nodes[2], "gitea")
    gip = ip(r, "10.42.2")
    ua = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/135.0.0.0 Safari/537.36"

    def gitea_req(t, m, path, code, text, ms, handler):
        w.add(t, GT(), lambda d: gitea(d, "...eb/routing/logger.go:102:func1()", "I",
                                       "router: completed %s %s for 10.42.1.%d:0, %d %s in %.1fms @ %s" % (m, path, r.randint(2, 250), code, text, ms, handler)))
        w.add(t + 0.003 * ms, EV(), envoy_access(r, m, path, code, "-", int(ms) + 1, "192.168.50.%d" % r.randint(2, 250), ua, host, "%s:3000" % gip, ust=str(int(ms))))

    gitea_req(1.0, "GET", "/travel/booking-api/pulls", 200, "OK", 41.2, "repo/pull.go:1021(repo.MustAllowPulls)")
    w.add(3.0, CM(), cm_klog("I", "trigger_controller.go:223", "Certificate must be re-issued", logger="cert-manager.controller.certificates-trigger",
                             key="gitea/gitea-tls", reason="Renewing", message="Renewing certificate as renewal was scheduled at 2026-05-02 09:14:00 +0000 UTC"))
    w.add(3.1, CM(), klog("I", "conditions.go:203", 'Setting lastTransitionTime for Certificate "gitea-tls" condition "Issuing" to 2026-05-02 09:14:33.1 +0000 UTC m=+2381921.55'))
    w.event(3.4, E, ns, "Certificate", "gitea-tls", "Issuing", "Normal", "Renewing certificate as renewal was scheduled at 2026-05-02 09:14:00 +0000 UTC",
            comp="cert-manager-certificates-trigger", api="cert-manager.io/v1")
    w.event(3.9, E, ns, "Certificate", "gitea-tls", "Requested", "Normal", 'Created new CertificateRequest resource "gitea-tls-7"',
            comp="cert-manager-certificates-request-manager", api="cert-manager.io/v1")
    w.add(6.0, CM(), klog("I", "conditions.go:263", 'Setting lastTransitionTime for CertificateRequest "gitea-tls-7" condition "Approved" to 2026-05-02 09:14:36.0 +0000 UTC m=+2381924.45'))
    w.event(7.2, E, ns, "Pod", solver, "Scheduled", "Normal", "Successfully assigned %s/%s to %s" % (ns, solver, nodes[1]), comp="default-scheduler")
    w.event(8.5, E, ns, "Pod", solver, "Started", "Normal", "Started container acmesolver", host=nodes[1])
    gitea_req(9.0, "GET", "/api/v1/repos/travel/fare-engine/commits?limit=20", 200, "OK", 18.7, "v1/repo/commits.go:111(repo.GetAllCommits)")
    for t in (11.0, 21.0):
        w.add(t, CM(), cm_klog("E", "sync.go:190", "propagation check failed", err="wrong status code '404', expected '200'",
                               logger="cert-manager.controller", resource_name=chal, resource_namespace=ns, resource_kind="Challenge",
                               resource_version="v1", dnsName=host, type="HTTP-01"))
    w.add(12.0, w.pl("projectcontour", contour, "contour", nodes[0], "contour"),
          ctrd("info", "performing delayed update", context="contourEventHandler", last_update="2.001s", outstanding=3))
    w.add(21.5, EV(), envoy_access(r, "GET", "/.well-known/acme-challenge/%s" % token, 404, "NR", 1, "192.168.50.3", "cert-manager-challenges/v1.16.3 (linux/amd64) cert-manager/4e1b7ca3", host, "-", tx=0))
    w.add(31.2, w.pl(ns, solver, "acmesolver", nodes[1], "acmesolver"),
          cm_klog("I", "solver.go:87", "validating request", logger="cert-manager.acmesolver", host=host,
                  path="/.well-known/acme-challenge/%s" % token, base_path="/.well-known/acme-challenge", token=token))
    w.add(31.21, w.pl(ns, solver, "acmesolver", nodes[1], "acmesolver"),
          cm_klog("I", "solver.go:107", "got successful challenge request, writing key", logger="cert-manager.acmesolver", host=host,
                  path="/.well-known/acme-challenge/%s" % token, base_path="/.well-known/acme-challenge", token=token))
    w.add(31.3, EV(), envoy_access(r, "GET", "/.well-known/acme-challenge/%s" % token, 200, "-", 2, "192.168.50.3", "cert-manager-challenges/v1.16.3 (linux/amd64) cert-manager/4e1b7ca3", host, "10.42.1.%d:8089" % r.randint(2, 250), tx=87, ust="1"))
    w.add(33.0, CM(), cm_klog("I", "sync.go:337", "Accepting challenge authorization", logger="cert-manager.controller", resource_name=chal,
                              resource_namespace=ns, resource_kind="Challenge", resource_version="v1", dnsName=host, type="HTTP-01"))
    w.add(38.5, w.pl(ns, solver, "acmesolver", nodes[1], "acmesolver"),
          cm_klog("I", "solver.go:107", "got successful challenge request, writing key", logger="cert-manager.acmesolver", host=host,
                  path="/.well-known/acme-challenge/%s" % token, base_path="/.well-known/acme-challenge", token=token))
    w.event(44.0, E, ns, "Challenge", chal, "DomainVerified", "Normal", 'Domain "%s" verified with "HTTP-01" validation' % host,
            comp="cert-manager-challenges", api="acme.cert-manager.io/v1")
    w.event(46.0, E, ns, "Order", "gitea-tls-7-%d" % r.randint(10**9, 4 * 10**9), "Complete", "Normal", "Order completed successfully",
            comp="cert-manager-orders", api="acme.cert-manager.io/v1")
    w.event(46.4, E, ns, "CertificateRequest", "gitea-tls-7", "CertificateIssued", "Normal", "Certificate fetched from issuer successfully",
            comp="cert-manager-certificaterequests-issuer-acme", api="cert-manager.io/v1")
    w.event(46.9, E, ns, "Certificate", "gitea-tls", "Issuing", "Normal", "The certificate has been successfully issued",
            comp="cert-manager-certificates-issuing", api="cert-manager.io/v1")
    w.add(47.0, CM(), klog("I", "conditions.go:192", 'Found status change for Certificate "gitea-tls" condition "Ready": "True" -> "True"; setting lastTransitionTime to 2026-05-02 09:15:17.0 +0000 UTC m=+2381965.4'))
    w.event(48.5, E, ns, "Pod", solver, "Killing", "Normal", "Stopping container acmesolver", host=nodes[1])
    w.add(49.5, w.pl("projectcontour", contour, "contour", nodes[0], "contour"),
          ctrd("info", "performing delayed update", context="contourEventHandler", last_update="5.112s", outstanding=2))
    w.add(50.1, w.pl("projectcontour", contour, "contour", nodes[0], "contour"),
          ctrd("info", "handling v3 xDS resource request", connection=4, context="xds", resource_names=["ingress_https"], response_nonce="5412", type_url="type.googleapis.com/envoy.config.listener.v3.Listener", version_info="5412"))
    gitea_req(55.0, "GET", "/travel/booking-api", 200, "OK", 61.0, "repo/view_home.go:367(repo.Home)")
    w.add(57.0, GT(), lambda d: gitea(d, "...services/cron/tasks.go:91:RunWithUser()", "I", "Starting task: update_mirrors"))
    w.add(57.4, GT(), lambda d: gitea(d, "...services/cron/tasks.go:119:RunWithUser()", "I", "Finished task: update_mirrors (Mirror pulls) in 0.41s"))
    gitea_req(63.0, "POST", "/travel/fare-engine.git/git-upload-pack", 200, "OK", 233.4, "repo/githttp.go:532(repo.ServiceUploadPack)")
    gitea_req(70.0, "GET", "/user/events", 200, "OK", 1.3, "events/events.go:19(events.Events)")
    gitea_req(74.0, "GET", "/api/v1/repos/travel/booking-api/pulls/88", 404, "Not Found", 6.1, "v1/repo/pull.go:160(repo.GetPullRequest)")
    return w.record(
        "cert-manager logged 'propagation check failed' errors for gitea-tls this morning. Is the Gitea certificate OK?",
        {"namespace": ns, "pod": None, "container": None, "node": None, "app": None}, "INFO", "none", "cert-manager",
        "No incident: scheduled renewal of gitea-tls; the HTTP-01 self-check returned 404 twice until Contour programmed the "
        "solver route, then the challenge was validated and the new certificate issued.",
        "cert-manager renewed gitea-tls on schedule; transient 404 self-check failures during route propagation are expected "
        "and Gitea kept serving over TLS.",
        "Nothing to do.")


@scenario("loyalty-rebalance", "OpenShift")
def s_loyalty_rebalance(key):
    w = Win(key, utc(2026, 4, 2, 9, 14, 2, 0), "ocp-travel-prod")
    r = w.rng
    nodes = ["worker-%d.ocp-prod.travelco.internal" % i for i in (1, 3, 4)]
    w.infra_node = "infra-1.ocp-prod.travelco.internal"
    ns = "loyalty"
    old_rs, old = rs_pods(r, "loyalty-points", 2)
    new_rs, new = rs_pods(r, "loyalty-points", 2)
    reg = rs_pod(r, "schema-registry")[1]
    nip = [ip(r, "10.128.%d" % r.choice([2, 4, 6])) for _ in new]
    E = "exporter"
    img = "image-registry.openshift-image-registry.svc:5000/loyalty/loyalty-points@sha256:%s" % hexs(r, 64)
    grp = "loyalty-points"
    B = lambda i: w.pl("kafka", "kafka-prod-broker-%d" % i, "kafka", nodes[i % 3], "kafka")

    def ktor(t, pod, node, level, logger, msg, thread="main"):
        w.add(t, w.pl(ns, pod, "loyalty-points", node, "loyalty-points"),
              lambda d: "%s [%s] %-5s %s - %s" % (java_dot(d), thread, level, logger, msg))
    cc = "o.a.k.c.c.internals.ConsumerCoordinator"
    hb = "kafka-coordinator-heartbeat-thread | %s" % grp
    w.event(0, E, ns, "Deployment", "loyalty-points", "ScalingReplicaSet", "Normal", "Scaled up replica set %s to 1" % new_rs, comp="deployment-controller", api="apps/v1")
    w.event(1.1, E, ns, "Pod", new[0], "AddedInterface", "Normal", "Add eth0 [%s/23] from ovn-kubernetes" % nip[0], comp="multus")
    w.event(1.8, E, ns, "Pod", new[0], "Pulled", "Normal", 'Container image "%s" already present on machine' % img, host=nodes[2])
    ktor(3.0, new[0], nodes[2], "INFO", "ktor.application", "Autoreload is disabled because the development mode is off.")
    ktor(5.2, new[0], nodes[2], "INFO", "ktor.application", "Application started in 2.214 seconds.")
    ktor(5.3, new[0], nodes[2], "INFO", "ktor.application", "Responding at http://0.0.0.0:8080", thread="DefaultDispatcher-worker-1")
    w.event(4.0, E, ns, "Pod", new[0], "Unhealthy", "Warning",
            'Readiness probe failed: Get "http://%s:8080/health/ready": dial tcp %s:8080: connect: connection refused' % (nip[0], nip[0]), host=nodes[2])
    ktor(6.0, new[0], nodes[2], "INFO", cc, "[Consumer clientId=consumer-%s-1, groupId=%s] (Re-)joining group" % (grp, grp), thread="loyalty-consumer-0")
    w.add(6.2, B(1), lambda d: "%s INFO [GroupCoordinator 1]: Preparing to rebalance group %s in state PreparingRebalance with old generation 41 (__consumer_offsets-17) (reason: Adding new member consumer-%s-1-%s with group instance id None; client reason: need to re-join with the given member-id: consumer-%s-1-%s) (kafka.coordinator.group.GroupCoordinator) [data-plane-kafka-request-handler-5]" % (java_ts(d), grp, grp, uid(r), grp, uid(r)))
    ktor(6.9, old[0], nodes[0], "INFO", cc, "[Consumer clientId=consumer-%s-1, groupId=%s] Request joining group due to: group is already rebalancing" % (grp, grp), thread=hb)
    ktor(7.0, old[0], nodes[0], "INFO", cc, "[Consumer clientId=consumer-%s-1, groupId=%s] Revoke previously assigned partitions booking-events-0, booking-events-1, booking-events-2" % (grp, grp), thread="loyalty-consumer-0")
    ktor(7.1, old[1], nodes[1], "INFO", cc, "[Consumer clientId=consumer-%s-1, groupId=%s] Attempt to heartbeat failed since group is rebalancing" % (grp, grp), thread=hb)
    ktor(7.2, old[1], nodes[1], "INFO", cc, "[Consumer clientId=consumer-%s-1, groupId=%s] Revoke previously assigned partitions booking-events-3, booking-events-4, booking-events-5" % (grp, grp), thread="loyalty-consumer-0")
    w.add(9.4, B(1), lambda d: "%s INFO [GroupCoordinator 1]: Stabilized group %s generation 42 (__consumer_offsets-17) with 3 members (kafka.coordinator.group.GroupCoordinator) [data-plane-kafka-request-handler-2]" % (java_ts(d), grp))
    w.add(9.5, B(1), lambda d: "%s INFO [GroupCoordinator 1]: Assignment received from leader consumer-%s-1-%s for group %s for generation 42. The group has 3 members, 0 of which are static. (kafka.coordinator.group.GroupCoordinator) [data-plane-kafka-request-handler-7]" % (java_ts(d), grp, uid(r), grp))
    ktor(9.7, new[0], nodes[2], "INFO", cc, "[Consumer clientId=consumer-%s-1, groupId=%s] Adding newly assigned partitions: booking-events-4, booking-events-5" % (grp, grp), thread="loyalty-consumer-0")
    ktor(9.8, new[0], nodes[2], "INFO", cc, "[Consumer clientId=consumer-%s-1, groupId=%s] Setting offset for partition booking-events-4 to the committed offset FetchPosition{offset=1832211, offsetEpoch=Optional[37], currentLeader=LeaderAndEpoch{leader=Optional[kafka-prod-broker-2.kafka-prod-kafka-brokers.kafka.svc:9092 (id: 2 rack: eu-west-1b)], epoch=37}}" % (grp, grp), thread="loyalty-consumer-0")
    w.add(10.2, w.pl("kafka", reg, "schema-registry", nodes[0], "schema-registry"),
          lambda d: '[%s] INFO %s - - [%s] "GET /schemas/ids/42?fetchMaxId=false&subject=booking-events-value HTTP/1.1" 200 1834 "-" "Java/21.0.6" 3 (io.confluent.rest-utils.requests)' % (java_ts(d), nip[0], nginx_local(d)))
    ktor(12.0, new[0], nodes[2], "INFO", "c.t.loyalty.PointsProjector", "credited 412 points to member M-%06d for booking BK-%s" % (r.randint(1, 999999), kname(r, 6).upper()), thread="loyalty-consumer-0")
    w.event(14.0, E, ns, "Deployment", "loyalty-points", "ScalingReplicaSet", "Normal", "Scaled down replica set %s to 1 from 2" % old_rs, comp="deployment-controller", api="apps/v1")
    w.event(14.2, E, ns, "Pod", old[0], "Killing", "Normal", "Stopping container loyalty-points", host=nodes[0])
    ktor(14.5, old[0], nodes[0], "INFO", cc, "[Consumer clientId=consumer-%s-1, groupId=%s] Member consumer-%s-1-%s sending LeaveGroup request to coordinator kafka-prod-broker-1.kafka-prod-kafka-brokers.kafka.svc:9092 (id: 2147483646 rack: null) due to the consumer is being closed" % (grp, grp, grp, uid(r)), thread="loyalty-consumer-0")
    ktor(14.7, old[0], nodes[0], "INFO", "ktor.application", "Application stopping: io.ktor.server.application.ApplicationEnvironment", thread="SIGTERM handler")
    w.add(15.0, B(1), lambda d: "%s INFO [GroupCoordinator 1]: Preparing to rebalance group %s in state PreparingRebalance with old generation 42 (__consumer_offsets-17) (reason: Removing member consumer-%s-1-%s on LeaveGroup; client reason: the consumer is being closed) (kafka.coordinator.group.GroupCoordinator) [data-plane-kafka-request-handler-1]" % (java_ts(d), grp, grp, uid(r)))
    w.event(15.6, E, ns, "Pod", new[1], "AddedInterface", "Normal", "Add eth0 [%s/23] from ovn-kubernetes" % nip[1], comp="multus")
    ktor(19.8, new[1], nodes[0], "INFO", "ktor.application", "Application started in 2.301 seconds.")
    ktor(20.4, new[1], nodes[0], "INFO", cc, "[Consumer clientId=consumer-%s-1, groupId=%s] (Re-)joining group" % (grp, grp), thread="loyalty-consumer-0")
    w.add(23.1, B(1), lambda d: "%s INFO [GroupCoordinator 1]: Stabilized group %s generation 43 (__consumer_offsets-17) with 3 members (kafka.coordinator.group.GroupCoordinator) [data-plane-kafka-request-handler-4]" % (java_ts(d), grp))
    ktor(23.4, new[1], nodes[0], "INFO", cc, "[Consumer clientId=consumer-%s-1, groupId=%s] Adding newly assigned partitions: booking-events-0, booking-events-1" % (grp, grp), thread="loyalty-consumer-0")
    w.event(27.0, E, ns, "Deployment", "loyalty-points", "ScalingReplicaSet", "Normal", "Scaled down replica set %s to 0 from 1" % old_rs, comp="deployment-controller", api="apps/v1")
    ktor(27.5, old[1], nodes[1], "INFO", cc, "[Consumer clientId=consumer-%s-1, groupId=%s] Member consumer-%s-1-%s sending LeaveGroup request to coordinator kafka-prod-broker-1.kafka-prod-kafka-brokers.kafka.svc:9092 (id: 2147483646 rack: null) due to the consumer is being closed" % (grp, grp, grp, uid(r)), thread="loyalty-consumer-0")
    w.add(30.2, B(1), lambda d: "%s INFO [GroupCoordinator 1]: Stabilized group %s generation 44 (__consumer_offsets-17) with 2 members (kafka.coordinator.group.GroupCoordinator) [data-plane-kafka-request-handler-6]" % (java_ts(d), grp))
    ktor(30.5, new[1], nodes[0], "INFO", cc, "[Consumer clientId=consumer-%s-1, groupId=%s] Adding newly assigned partitions: booking-events-0, booking-events-1, booking-events-2" % (grp, grp), thread="loyalty-consumer-0")
    for i, t in enumerate((34.0, 37.5, 41.0)):
        p, n = (new[i % 2], nodes[2] if i % 2 == 0 else nodes[0])
        ktor(t, p, n, "INFO", "c.t.loyalty.PointsProjector", "credited %d points to member M-%06d for booking BK-%s" % (r.randint(20, 900), r.randint(1, 999999), kname(r, 6).upper()), thread="loyalty-consumer-0")
    w.add(43.0, B(2), lambda d: "%s INFO [UnifiedLog partition=booking-events-2, dir=/var/lib/kafka/data-0/kafka-log2] Rolled new log segment at offset 1920773 in 2 ms. (kafka.log.LocalLog) [data-plane-kafka-request-handler-3]" % java_ts(d))
    return w.record(
        "loyalty-points consumers logged 'group is rebalancing' and revoked partitions. Are we losing loyalty events?",
        {"namespace": ns, "pod": None, "container": None, "node": None, "app": "loyalty-points"}, "INFO", "none", "loyalty-points",
        "No incident: a rolling deployment of loyalty-points made consumers join and leave the group, triggering three "
        "cooperative rebalances; partitions were reassigned from committed offsets and processing continued.",
        "Rebalances are the expected effect of the rollout; consumption resumed from committed offsets, no errors.",
        "Nothing to do; consider static membership (group.instance.id) to avoid rebalances on restarts.")


@scenario("karpenter-underutilized", "EKS")
def s_karpenter_underutilized(key):
    w = Win(key, utc(2026, 2, 24, 3, 31, 40, 0), "eks-travel-prod-euw1")
    r = w.rng
    mk = lambda: "ip-10-0-%d-%d.eu-west-1.compute.internal" % (r.randint(32, 95), r.randint(4, 250))
    victim = mk()
    others = [mk(), mk()]
    w.infra_node = others[0]
    ns = "travel"
    kp = rs_pod(r, "karpenter")[1]
    lbc = rs_pod(r, "aws-load-balancer-controller")[1]
    fr_rs, fr = rs_pods(r, "fare-rules", 3)
    nt_rs, nt = rs_pods(r, "notification-svc", 2)
    nc = "default-%s" % kname(r, 5)
    fip = [ip(r, "10.0.%d" % r.randint(32, 95)) for _ in fr]
    E = "exporter"
    K = lambda: w.pl("kube-system", kp, "controller", others[0], "karpenter")
    A = lambda: w.pl("kube-system", lbc, "aws-load-balancer-controller", others[1], "aws-load-balancer-controller")
    commit = "a2875e3"

    def kj(t, msg, **kv):
        w.add(t, K(), jline(lambda d: OrderedDict([("level", "INFO"), ("time", iso_ms(d)), ("logger", "controller"), ("message", msg), ("commit", commit)] + list(kv.items()))))
    tg = "arn:aws:elasticloadbalancing:eu-west-1:318420771903:targetgroup/k8s-travel-farerule-%s/%s" % (hexs(r, 10), hexs(r, 16))

    def go(t, pod, node, level, msg, **kv):
        w.add(t, w.pl(ns, pod, "fare-rules", node, "fare-rules"), lambda d: slog_json(d, level, msg, **kv))
    go(0.5, fr[0], victim, "INFO", "request", method="GET", path="/v1/rules/AMS-LIS", status=200, dur_ms=4)
    kj(2.0, "disrupting node(s)", controller="disruption", namespace="", name="", reconcileID=uid(r), **{"command-id": uid(r), "reason": "underutilized", "decision": "delete", "disrupted-node-count": 1, "replacement-node-count": 0, "pod-count": 3, "disrupted-nodes": [{"Node": {"name": victim}, "NodeClaim": {"name": nc}, "capacity-type": "spot", "instance-type": "m6i.xlarge"}], "replacement-nodes": []})
    w.event(2.2, E, "default", "Node", victim, "DisruptionTerminating", "Normal", "Disrupting Node: Underutilized/Delete", comp="karpenter")
    kj(2.6, "tainted node", controller="node.termination", controllerGroup="", controllerKind="Node", Node={"name": victim}, namespace="", name=victim, reconcileID=uid(r), **{"taint.Key": "karpenter.sh/disrupted", "taint.Value": "", "taint.Effect": "NoSchedule"})
    w.event(3.0, E, ns, "Pod", fr[0], "Killing", "Normal", "Stopping container fare-rules", host=victim)
    w.event(3.1, E, ns, "Pod", nt[0], "Killing", "Normal", "Stopping container notification-svc", host=victim)
    go(3.2, fr[0], victim, "INFO", "shutdown signal received, draining", grace="25s")
    w.add(3.3, w.pl(ns, nt[0], "notification-svc", victim, "notification-svc"), lambda d: nest(d, "LOG", "NestApplication", "Nest application is shutting down (SIGTERM)"))
    w.add(3.4, A(), jline(lambda d: OrderedDict([("level", "info"), ("ts", iso_ms(d)), ("logger", "controllers.ingress"), ("msg", "deRegistering targets"), ("arn", tg), ("targets", [{"AvailabilityZone": "eu-west-1a", "Id": fip[0], "Port": 8080}])])))
    w.add(3.9, A(), jline(lambda d: OrderedDict([("level", "info"), ("ts", iso_ms(d)), ("logger", "controllers.ingress"), ("msg", "deRegistered targets"), ("arn", tg)])))
    w.event(3.5, E, ns, "ReplicaSet", fr_rs, "SuccessfulCreate", "Normal", "Created pod: %s" % (fr_rs + "-" + kname(r, 5)), comp="replicaset-controller", api="apps/v1")
    newfr = fr_rs + "-" + kname(r, 5)
    newnt = nt_rs + "-" + kname(r, 5)
    w.event(3.8, E, ns, "Pod", newfr, "Scheduled", "Normal", "Successfully assigned %s/%s to %s" % (ns, newfr, others[1]), comp="default-scheduler")
    w.event(4.0, E, ns, "Pod", newnt, "Scheduled", "Normal", "Successfully assigned %s/%s to %s" % (ns, newnt, others[0]), comp="default-scheduler")
    w.event(5.2, E, ns, "Pod", newfr, "Pulled", "Normal", 'Container image "318420771903.dkr.ecr.eu-west-1.amazonaws.com/travel/fare-rules:1.42.0" already present on machine', host=others[1])
    go(6.0, fr[0], victim, "INFO", "http server stopped", inflight=0)
    w.add(6.3, w.pl(ns, nt[0], "notification-svc", victim, "notification-svc"), lambda d: nest(d, "LOG", "KafkaConsumer", "Consumer has left the group (groupId: notification-svc)"))
    go(7.0, newfr, others[1], "INFO", "loaded rule set", version="2026-02-23.2", rules=18412)
    go(7.2, newfr, others[1], "INFO", "listening", addr=":8080")
    w.add(8.0, w.pl(ns, newnt, "notification-svc", others[0], "notification-svc"), lambda d: nest(d, "LOG", "NestFactory", "Starting Nest application..."))
    w.add(8.6, w.pl(ns, newnt, "notification-svc", others[0], "notification-svc"), lambda d: nest(d, "LOG", "InstanceLoader", "KafkaModule dependencies initialized"))
    w.add(9.4, w.pl(ns, newnt, "notification-svc", others[0], "notification-svc"), lambda d: nest(d, "LOG", "NestApplication", "Nest application successfully started"))
    w.add(9.5, w.pl(ns, newnt, "notification-svc", others[0], "notification-svc"), lambda d: nest(d, "WARN", "KafkaJS", '{"timestamp":"%s","logger":"kafkajs","message":"[Consumer] The group is rebalancing, re-joining","groupId":"notification-svc","memberId":"notification-svc-%s","error":"The group is rebalancing, so a rejoin is needed","retryCount":0,"retryTime":312}' % (iso_ms(d), uid(r))))
    w.add(11.2, w.pl(ns, newnt, "notification-svc", others[0], "notification-svc"), lambda d: nest(d, "LOG", "KafkaJS", '{"timestamp":"%s","logger":"kafkajs","message":"[ConsumerGroup] Consumer has joined the group","groupId":"notification-svc","isLeader":false,"memberAssignment":{"booking-notifications":[2,3]},"groupProtocol":"RoundRobinAssigner","duration":1702}' % iso_ms(d)))
    w.add(12.0, A(), jline(lambda d: OrderedDict([("level", "info"), ("ts", iso_ms(d)), ("logger", "controllers.ingress"), ("msg", "registering targets"), ("arn", tg), ("targets", [{"AvailabilityZone": "eu-west-1b", "Id": ip(r, "10.0.%d" % r.randint(32, 95)), "Port": 8080}])])))
    w.add(12.5, A(), jline(lambda d: OrderedDict([("level", "info"), ("ts", iso_ms(d)), ("logger", "controllers.ingress"), ("msg", "registered targets"), ("arn", tg)])))
    kj(28.0, "deleted node", controller="node.termination", controllerGroup="", controllerKind="Node", Node={"name": victim}, namespace="", name=victim, reconcileID=uid(r))
    kj(29.5, "deleted nodeclaim", controller="nodeclaim.lifecycle", controllerGroup="karpenter.sh", controllerKind="NodeClaim", NodeClaim={"name": nc}, namespace="", name=nc, reconcileID=uid(r), Node={"name": victim}, **{"provider-id": "aws:///eu-west-1a/i-0%s" % hexs(r, 16)})
    w.event(30.0, E, "default", "Node", victim, "RemovingNode", "Normal", "Node %s event: Removing Node %s from Controller" % (victim, victim), comp="node-controller")
    for i, t in enumerate((33.0, 36.0, 40.0, 44.0)):
        go(t, [fr[1], fr[2], newfr, fr[1]][i], [others[0], others[1], others[1], others[0]][i], "INFO", "request", method="GET", path=r.choice(["/v1/rules/AMS-LIS", "/v1/rules/FRA-JFK", "/v1/rules/MAD-BCN"]), status=200, dur_ms=r.randint(2, 14))
    w.add(47.0, w.pl("kube-system", "coredns-%s-%s" % (kname(r, 10), kname(r, 5)), "coredns", others[0], "kube-dns"),
          lambda d: coredns_q(r, fip[1], "A", "notification-svc.travel.svc.cluster.local.", "NOERROR"))
    return w.record(
        "Several travel pods were killed around 03:30 and the ALB deregistered targets. What happened?",
        {"namespace": ns, "pod": None, "container": None, "node": None, "app": None}, "INFO", "none", "karpenter",
        "No incident: Karpenter consolidation deleted an underutilized spot node; its pods were drained gracefully, "
        "rescheduled on the remaining nodes and re-registered with the ALB target group.",
        "Planned Karpenter disruption (underutilized/delete); graceful shutdowns, replacements started and served traffic.",
        "Nothing to do; keep PodDisruptionBudgets on fare-rules and notification-svc so consolidation never drains all replicas at once.")


@scenario("runner-unit-tests", "GKE")
def s_runner_unit_tests(key):
    w = Win(key, utc(2026, 3, 19, 11, 6, 12, 0), "gke-devplat-euw3")
    r = w.rng
    gke = ["gke-devplat-ci-pool-%s-%s" % (hexs(r, 8), kname(r, 4)) for _ in range(2)] + ["gke-devplat-default-%s-%s" % (hexs(r, 8), kname(r, 4))]
    w.infra_node = gke[2]
    rpod = rs_pod(r, "gitlab-runner")[1]
    tok = "".join(r.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))
    jpod = "runner-%s-project-412-concurrent-1-%s" % (tok.lower(), "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(8)))
    jpod2 = "runner-%s-project-77-concurrent-0-%s" % (tok.lower(), "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(8)))
    job, job2 = 884213, 884219
    E = "alloy"
    R = lambda: w.pl("gitlab-runner", rpod, "gitlab-runner", gke[2], "gitlab-runner")
    B = lambda c="build": w.pl("ci-jobs", jpod, c, gke[0], None)
    repo = "https://gitlab.example.com/travel/fare-engine.git"
    w.add(0.0, R(), runner_log("INFO", "Checking for jobs... received", job=job, repo_url=repo, runner=tok))
    w.add(0.1, R(), runner_log("INFO", "Added job to processing list", builds=2, job=job, max_concurrent_builds=10, project=412, repo_url=repo, time_in_queue_seconds=0))
    w.event(1.0, E, "ci-jobs", "Pod", jpod, "Scheduled", "Normal", "Successfully assigned ci-jobs/%s to %s" % (jpod, gke[0]), comp="default-scheduler")
    w.event(2.2, E, "ci-jobs", "Pod", jpod, "Pulled", "Normal", 'Container image "registry.gitlab.com/gitlab-org/gitlab-runner/gitlab-runner-helper:x86_64-v17.9.1" already present on machine', host=gke[0])
    w.event(6.4, E, "ci-jobs", "Pod", jpod, "Pulled", "Normal", 'Successfully pulled image "golang:1.24-bookworm" in 4.12s (4.12s including waiting). Image size: 301482113 bytes.', host=gke[0])
    w.event(6.8, E, "ci-jobs", "Pod", jpod, "Started", "Normal", "Started container build", host=gke[0])
    w.add(9.0, R(), runner_log("INFO", "Appending trace to coordinator...ok", code=202, job=job, **{"job-log": "0-1893", "job-status": "running", "runner": tok, "sent-log": "0-1892", "status": "202 Accepted", "update-interval": "3s"}))
    w.add(12.0, R(), runner_log("INFO", "Job succeeded", duration_s=298.41, job=job - 5, project=77, runner=tok))
    w.add(12.1, R(), runner_log("INFO", "Removed job from processing list", builds=1, job=job - 5, project=77, repo_url="https://gitlab.example.com/platform/charts.git", time_in_queue_seconds=0))
    out = ["go: downloading github.com/shopspring/decimal v1.4.0", "go: downloading golang.org/x/net v0.35.0",
           "ok  \tgitlab.example.com/travel/fare-engine/rules\t1.208s\tcoverage: 81.4% of statements",
           "=== RUN   TestFareRounding/EUR_half_even",
           "    rounding_test.go:42: got 412.61, want 412.60",
           "--- FAIL: TestFareRounding (0.00s)",
           "    --- FAIL: TestFareRounding/EUR_half_even (0.00s)",
           "FAIL",
           "FAIL\tgitlab.example.com/travel/fare-engine/pricing\t0.412s",
           "ok  \tgitlab.example.com/travel/fare-engine/api\t2.731s\tcoverage: 64.0% of statements",
           "FAIL"]
    t = 20.0
    for l in out:
        w.add(t, B(), l)
        t += r.uniform(0.3, 9.0)
    w.add(t + 2.0, R(), runner_log("INFO", "Appending trace to coordinator...ok", code=202, job=job, **{"job-log": "0-10482", "job-status": "running", "runner": tok, "sent-log": "1893-10481", "status": "202 Accepted", "update-interval": "3s"}))
    w.add(t + 3.1, R(), runner_log("WARNING", "Job failed: command terminated with exit code 1", duration_s=round(t + 3.1, 2), job=job, project=412, runner=tok))
    w.add(t + 3.3, R(), runner_log("INFO", "Updating job...", bytesize=10482, checksum="crc32:9a3f2b1c", job=job, runner=tok))
    w.add(t + 3.6, R(), runner_log("INFO", "Submitting job to coordinator...ok", bytesize=10482, code=200, job=job, **{"job-status": "failed", "runner": tok, "update-interval": "0s"}))
    w.add(t + 3.7, R(), runner_log("INFO", "Removed job from processing list", builds=0, job=job, project=412, repo_url=repo, time_in_queue_seconds=0))
    w.event(t + 4.0, E, "ci-jobs", "Pod", jpod, "Killing", "Normal", "Stopping container build", host=gke[0])
    w.event(t + 4.1, E, "ci-jobs", "Pod", jpod, "Killing", "Normal", "Stopping container helper", host=gke[0])
    w.add(t + 9.0, R(), runner_log("INFO", "Checking for jobs... received", job=job2, repo_url="https://gitlab.example.com/platform/charts.git", runner=tok))
    w.event(t + 10.0, E, "ci-jobs", "Pod", jpod2, "Scheduled", "Normal", "Successfully assigned ci-jobs/%s to %s" % (jpod2, gke[1]), comp="default-scheduler")
    w.event(t + 12.0, E, "ci-jobs", "Pod", jpod2, "Started", "Normal", "Started container build", host=gke[1])
    w.add(t + 15.0, R(), runner_log("INFO", "Appending trace to coordinator...ok", code=202, job=job2, **{"job-log": "0-1210", "job-status": "running", "runner": tok, "sent-log": "0-1209", "status": "202 Accepted", "update-interval": "3s"}))
    w.add(t + 40.0, w.pl("ci-jobs", jpod2, "build", gke[1], None), "1 chart(s) linted, 0 chart(s) failed")
    return w.record(
        "Pipeline 55123 for fare-engine failed on the Kubernetes runner. Is the runner or the cluster broken?",
        {"namespace": "gitlab-runner", "pod": None, "container": None, "node": None, "app": "gitlab-runner"}, "INFO", "none", "gitlab-runner",
        "No platform incident: the job pod was scheduled, pulled and ran normally; the job failed because a unit test "
        "(TestFareRounding) in the project's own code failed, so the script exited 1.",
        "Runner and cluster healthy; pipeline failure is a genuine test failure in fare-engine/pricing, other jobs succeed.",
        "Nothing to do on the platform; the fare-engine team should fix the rounding test or code.")


# ---------------------------------------------------------------- node-level helpers

def cgroup_slice(qos, puid):
    u = puid.replace("-", "_")
    if qos == "guaranteed":
        return "/kubepods.slice/kubepods-pod%s.slice" % u
    return "/kubepods.slice/kubepods-%s.slice/kubepods-%s-pod%s.slice" % (qos, qos, u)


def kernel_oom(w, off, node, proc, pid, limit_kb, anon_kb, puid, cid, adj, qos="burstable", ev=True, uid_=1000):
    lab = w.nl(node, None, transport="kernel")
    sl = cgroup_slice(qos, puid)
    w.add(off, lab, "%s invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=%d" % (proc, adj), ev=ev)
    w.add(off + 0.001, lab, "memory: usage %dkB, limit %dkB, failcnt %d" % (limit_kb, limit_kb, w.rng.randint(40, 4000)), ev=ev)
    w.add(off + 0.002, lab, "oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=cri-containerd-%s.scope,mems_allowed=0,"
          "oom_memcg=%s/cri-containerd-%s.scope,task_memcg=%s/cri-containerd-%s.scope,task=%s,pid=%d,uid=%d" % (
              cid, sl, cid, sl, cid, proc, pid, uid_))
    w.add(off + 0.003, lab, "Memory cgroup out of memory: Killed process %d (%s) total-vm:%dkB, anon-rss:%dkB, file-rss:%dkB, "
          "shmem-rss:0kB, UID:%d pgtables:%dkB oom_score_adj:%d" % (
              pid, proc, anon_kb + w.rng.randint(600000, 2400000), anon_kb, w.rng.randint(9000, 40000), uid_,
              w.rng.randint(3000, 9000), adj), ev=ev)


def crashloop(node_pid, ns, pod, puid, cname, backoff):
    return klog("E", "pod_workers.go:1301", '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"%s\\" with '
                'CrashLoopBackOff: \\"back-off %s restarting failed container=%s pod=%s_%s(%s)\\"" pod="%s/%s" podUID="%s"' % (
                    cname, backoff, cname, pod, ns, puid, ns, pod, puid), pid=node_pid)


def task_exit(cid, pid, code, d0):
    return ctrd("info", 'TaskExit event in podsandbox handler container_id:"%s" id:"%s" pid:%d exit_status:%d exited_at:{seconds:%d nanos:%d}' % (
        cid, cid, pid, code, int(d0.timestamp()), 417001234))


B64U = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


def esid(rng):
    return "".join(rng.choice(B64U) for _ in range(22))


def es_json(d, level, logger, msg, node_name, thread, cluster="hotels"):
    return json.dumps(OrderedDict([
        ("@timestamp", iso_ms(d)), ("log.level", level), ("message", msg), ("ecs.version", "1.2.0"),
        ("service.name", "ES_ECS"), ("event.dataset", "elasticsearch.server"), ("process.thread.name", thread),
        ("log.logger", logger), ("elasticsearch.cluster.name", cluster), ("elasticsearch.node.name", node_name)]),
        separators=(",", ":"))


# ---------------------------------------------------------------- oom_killed

@scenario("gitlab-project-export", "RKE2")
def s_gitlab_project_export(key):
    w = Win(key, utc(2026, 3, 9, 15, 20, 3, 0), "rke2-gitlab-muc")
    r = w.rng
    nodes = ["gitlab-rke2-w%02d" % i for i in (1, 2, 3)]
    w.infra_node = nodes[0]
    ns = "gitlab"
    sk_rs, sk = rs_pods(r, "gitlab-sidekiq-all-in-1-v2", 2)
    web = rs_pod(r, "gitlab-webservice-default")[1]
    ga = "gitlab-gitaly-0"
    puid = uid(r)
    cid1, cid2 = hexs(r, 64), hexs(r, 64)
    kp = r.randint(1100, 1900)
    E = "eventrouter"
    S = lambda: w.pl(ns, sk[0], "sidekiq", nodes[1], "sidekiq")
    W = lambda: w.pl(ns, web, "webservice", nodes[0], "webservice")
    ua = "python-requests/2.32.3"
    rip = ip(r, "10.42.%d" % r.randint(0, 9))
    w.add(0.5, W(), lambda d: gl_api(r, d, "POST", "/api/v4/projects/1184/export", "/api/:version/projects/:id/export", 202, (88, "release-bot"), ua, rip))
    w.add(1.4, S(), lambda d: sidekiq_done(r, d, "Projects::ImportExport::CreateRelationExportsWorker", "project_export", status="start", dur=0.0, extra={"meta.project": "travel/booking-monorepo"}).replace('"severity":"INFO"', '"severity":"INFO"'))
    w.add(2.0, w.pl(ns, sk[1], "sidekiq", nodes[2], "sidekiq"), lambda d: sidekiq_done(r, d, "Ci::BuildFinishedWorker", "pipeline_processing:build_finished"))
    w.add(4.0, w.pl(ns, ga, "gitaly", nodes[2], "gitaly"), jline(lambda d: OrderedDict([
        ("correlation_id", ulid(r)), ("grpc.code", "OK"), ("grpc.meta.client_name", "gitlab-sidekiq"), ("grpc.method", "CreateBundle"),
        ("grpc.request.glProjectPath", "travel/booking-monorepo"), ("grpc.service", "gitaly.RepositoryService"), ("grpc.time_ms", 38211.4),
        ("level", "info"), ("msg", "finished streaming call with code OK"), ("pid", 1), ("span.kind", "server"), ("system", "grpc"), ("time", iso_s(d))])))
    for t in (9.0, 17.0):
        w.add(t, w.pl(ns, sk[1], "sidekiq", nodes[2], "sidekiq"), lambda d: sidekiq_done(r, d, r.choice(["PostReceive", "MergeRequests::RefreshWorker", "PipelineProcessWorker"]), "default"))
    kernel_oom(w, 46.2, nodes[1], "ruby", 41872, 2097152, 2071044, puid, cid1, 982)
    w.add(46.3, w.nl(nodes[1], "containerd.service"), task_exit(cid1, 41872, 137, w.at(46.3)))
    w.event(46.8, E, "default", "Node", nodes[1], "OOMKilling", "Warning",
            "Memory cgroup out of memory: Killed process 41872 (ruby) total-vm:3924812kB, anon-rss:2071044kB, file-rss:18424kB, shmem-rss:0kB, UID:1000 pgtables:5128kB oom_score_adj:982",
            comp="kernel-monitor", host=nodes[1], ev=True)
    w.event(47.5, E, ns, "Pod", sk[0], "Pulled", "Normal",
            'Container image "registry.gitlab.com/gitlab-org/build/cng/gitlab-sidekiq-ee:v17.9.1" already present on machine', host=nodes[1])
    w.event(47.9, E, ns, "Pod", sk[0], "Started", "Normal", "Started container sidekiq", host=nodes[1], count=2, first_off=-3600)
    w.add(52.0, W(), lambda d: gl_api(r, d, "GET", "/api/v4/projects/1184/export", "/api/:version/projects/:id/export", 200, (88, "release-bot"), ua, rip))
    w.add(63.0, S(), lambda d: json.dumps(OrderedDict([("severity", "INFO"), ("time", iso_ms(d)), ("message", "Booting Sidekiq 7.3.9 with Sidekiq::RedisConnection::RedisAdapter options {:url=>\"redis://:REDACTED@gitlab-redis-master.gitlab.svc:6379\"}")]), separators=(",", ":")))
    w.add(71.0, S(), lambda d: json.dumps(OrderedDict([("severity", "INFO"), ("time", iso_ms(d)), ("message", "Starting Sidekiq with 20 threads, concurrency: 20"), ("queues", "all")]), separators=(",", ":")))
    w.add(71.5, S(), lambda d: json.dumps(OrderedDict([("severity", "WARN"), ("time", iso_ms(d)), ("message", "Recovered interrupted job"), ("class", "Projects::ImportExport::CreateRelationExportsWorker"),
                                                        ("queue", "project_export"), ("jid", hexs(r, 24)), ("interrupted_count", 1)]), separators=(",", ":")))
    w.add(72.3, S(), lambda d: sidekiq_done(r, d, "Projects::ImportExport::CreateRelationExportsWorker", "project_export", status="start", dur=0.0, extra={"meta.project": "travel/booking-monorepo"}))
    w.add(80.0, w.pl(ns, sk[1], "sidekiq", nodes[2], "sidekiq"), lambda d: sidekiq_done(r, d, "PostReceive", "default"))
    w.add(84.0, W(), lambda d: gl_api(r, d, "GET", "/api/v4/projects/412/pipelines", "/api/:version/projects/:id/pipelines", 200, (1187, "mhoffmann"), "Mozilla/5.0 (X11; Linux x86_64; rv:135.0) Gecko/20100101 Firefox/135.0", ip(r, "10.42.1")))
    kernel_oom(w, 118.7, nodes[1], "ruby", 44120, 2097152, 2079310, puid, cid2, 982)
    w.add(118.8, w.nl(nodes[1], "containerd.service"), task_exit(cid2, 44120, 137, w.at(118.8)))
    w.add(119.6, w.nl(nodes[1], "rke2-agent.service"), klog("I", "kubelet.go:2477", '"SyncLoop (PLEG): event for pod" pod="%s/%s" event={"ID":"%s","Type":"ContainerDied","Data":"%s"}' % (ns, sk[0], puid, cid2), pid=kp))
    w.event(120.0, E, "default", "Node", nodes[1], "OOMKilling", "Warning",
            "Memory cgroup out of memory: Killed process 44120 (ruby) total-vm:4011376kB, anon-rss:2079310kB, file-rss:17992kB, shmem-rss:0kB, UID:1000 pgtables:5216kB oom_score_adj:982",
            comp="kernel-monitor", host=nodes[1], count=2, first_off=46.8)
    w.add(121.0, w.nl(nodes[1], "rke2-agent.service"), crashloop(kp, ns, sk[0], puid, "sidekiq", "10s"))
    w.event(121.2, E, ns, "Pod", sk[0], "BackOff", "Warning", "Back-off restarting failed container sidekiq in pod %s_%s(%s)" % (sk[0], ns, puid), host=nodes[1])
    w.add(126.0, W(), lambda d: gl_api(r, d, "GET", "/api/v4/projects/1184/export", "/api/:version/projects/:id/export", 200, (88, "release-bot"), ua, rip))
    w.add(131.0, w.pl(ns, sk[1], "sidekiq", nodes[2], "sidekiq"), lambda d: sidekiq_done(r, d, "Ci::ArchiveTraceWorker", "pipeline_background:archive_trace"))
    w.event(133.0, E, ns, "Pod", sk[0], "Started", "Normal", "Started container sidekiq", host=nodes[1], count=3, first_off=-3600)
    w.add(140.0, W(), lambda d: gl_api(r, d, "POST", "/api/v4/jobs/request", "/api/:version/jobs/request", 204, (0, "ci"), "gitlab-runner 17.9.0 (17-9-stable; go1.23.6; linux/amd64)", ip(r, "10.42.3")))
    return w.record(
        "Project exports of travel/booking-monorepo never finish and one Sidekiq pod keeps restarting. Why?",
        {"namespace": ns, "pod": None, "container": None, "node": None, "app": "sidekiq"}, "CRITICAL", "oom_killed", "sidekiq",
        "The sidekiq container of gitlab-sidekiq-all-in-1-v2 exceeds its 2Gi memory limit while running "
        "Projects::ImportExport::CreateRelationExportsWorker for the large booking-monorepo export; the kernel OOM-kills ruby, "
        "the interrupted job is re-queued and kills the pod again.",
        "Sidekiq pod in an OOM loop (exit 137, CrashLoopBackOff) caused by a large project export; exports stay 'started'.",
        "Raise the Sidekiq memory limit (or route project_export to a dedicated Sidekiq pod with more memory) and drop the "
        "poisoned export job; then retry the export.")


@scenario("hotel-search-es", "GKE")
def s_hotel_search_es(key):
    w = Win(key, utc(2026, 4, 8, 19, 40, 11, 0), "gke-travel-prod-ew4")
    r = w.rng
    gke = ["gke-travel-prod-search-pool-%s-%s" % (hexs(r, 8), kname(r, 4)) for _ in range(3)]
    app_node = "gke-travel-prod-apps-pool-3-%s-%s" % (hexs(r, 8), kname(r, 4))
    w.infra_node = app_node
    ns = "travel"
    hs_rs, hs = rs_pods(r, "hotel-search", 2)
    ing = rs_pod(r, "ingress-nginx-controller")[1]
    es = ["hotels-es-data-%d" % i for i in range(3)]
    master = "hotels-es-master-1"
    puid = uid(r)
    cid = hexs(r, 64)
    ips = [ip(r, "10.52.%d" % r.randint(0, 40)) for _ in range(3)]
    E = "exporter"
    ES = lambda i: w.pl("search", es[i], "elasticsearch", gke[i], "elasticsearch")
    M = lambda: w.pl("search", master, "elasticsearch", gke[0], "elasticsearch")
    H = lambda i: w.pl(ns, hs[i], "hotel-search", app_node, "hotel-search")
    up = "travel-hotel-search-8080"
    hip = [ip(r, "10.52.%d" % r.randint(0, 40)) for _ in hs]
    cl = lambda: "%d.%d.%d.%d" % (r.choice([35, 34, 84]), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))

    def acc(t, st, pi, path=None, rt=None):
        w.add(t, w.pl("ingress-nginx", ing, "controller", app_node, "ingress-nginx"),
              nginx_access(r, cl(), "GET", path or "/api/hotels/search?city=LIS&checkin=2026-05-14&nights=3", st, up, "%s:8080" % hip[pi], rt or round(r.uniform(0.05, 0.4), 3), ua="TravelApp/5.14.0 (iOS 18.3)"))

    def mn(t, pi, level, logger, msg):
        w.add(t, H(pi), lambda d: logback(d, "default-nioEventLoopGroup-1-%d" % r.randint(1, 8), level, logger, msg))
    acc(1.0, 200, 0)
    acc(3.2, 200, 1)
    w.add(5.0, ES(2), lambda d: es_json(d, "INFO", "o.e.m.j.JvmGcMonitorService", "[gc][41822] overhead, spent [412ms] collecting in the last [1s]", es[2], "elasticsearch[%s][scheduler][T#1]" % es[2]))
    w.add(9.0, ES(2), lambda d: es_json(d, "WARN", "o.e.m.j.JvmGcMonitorService", "[gc][41826] overhead, spent [1.1s] collecting in the last [1.3s]", es[2], "elasticsearch[%s][scheduler][T#1]" % es[2]))
    acc(9.5, 200, 0, path="/api/hotels/search?city=BCN&checkin=2026-06-02&nights=4&facets=price,stars,amenities", rt=1.912)
    w.add(12.0, ES(2), lambda d: es_json(d, "WARN", "o.e.t.ThreadPool", "execution of [ReschedulingRunnable{runnable=org.elasticsearch.monitor.jvm.JvmGcMonitorService$1@6c2a1f0e, interval=1s}] took [5212ms] which is above the warn threshold of [5000ms]", es[2], "elasticsearch[%s][scheduler][T#1]" % es[2]))
    kernel_oom(w, 14.3, gke[2], "java", 3981, 4194304, 4161022, puid, cid, 969, uid_=1000)
    w.event(14.9, E, "default", "Node", gke[2], "OOMKilling", "Warning",
            "Memory cgroup out of memory: Killed process 3981 (java) total-vm:11884213kB, anon-rss:4161022kB, file-rss:31288kB, shmem-rss:0kB, UID:1000 pgtables:9408kB oom_score_adj:969",
            comp="kernel-monitor", host=gke[2], ev=True)
    w.add(15.4, M(), lambda d: es_json(d, "INFO", "o.e.c.s.MasterService", "node-left[{%s}{%s}{%s}{%s}{%s}{%s:9300}{d}{8.15.3} reason: disconnected], term: 14, version: 20211, delta: removed {{%s}{%s}}" % (
        es[2], esid(r), esid(r), es[2], ips[2], ips[2], es[2], esid(r)), master, "elasticsearch[%s][masterService#updateTask][T#11]" % master))
    w.add(15.6, M(), lambda d: es_json(d, "INFO", "o.e.c.r.a.AllocationService", "Cluster health status changed from [GREEN] to [YELLOW] (reason: [{%s}{%s} reason: disconnected])." % (es[2], esid(r)), master, "elasticsearch[%s][masterService#updateTask][T#11]" % master))
    mn(15.7, 0, "ERROR", "c.t.hotels.search.SearchRepository", "search failed city=BCN: co.elastic.clients.elasticsearch._types.ElasticsearchException: [es/search] failed: [search_phase_execution_exception] all shards failed")
    acc(15.75, 500, 0, path="/api/hotels/search?city=BCN&checkin=2026-06-02&nights=4&facets=price,stars,amenities", rt=6.214)
    mn(16.2, 1, "WARN", "c.t.hotels.search.SearchRepository", "search attempt 1 failed city=LIS (co.elastic.clients.transport.TransportException: node: https://hotels-es-http.search.svc:9200/, status: 503, [es/search] Expecting a response body, but none was sent), retrying")
    mn(16.5, 1, "INFO", "c.t.hotels.search.SearchRepository", "search attempt 2 succeeded city=LIS took=184ms")
    acc(16.6, 200, 1, rt=0.611)
    w.event(16.9, E, "search", "Pod", es[2], "Pulled", "Normal", 'Container image "docker.elastic.co/elasticsearch/elasticsearch:8.15.3" already present on machine', host=gke[2])
    w.event(17.2, E, "search", "Pod", es[2], "Started", "Normal", "Started container elasticsearch", host=gke[2], count=2, first_off=-86400)
    acc(19.0, 500, 0, path="/api/hotels/search?city=OPO&checkin=2026-05-20&nights=2&facets=price,stars,amenities", rt=0.082)
    mn(18.95, 0, "ERROR", "c.t.hotels.search.SearchRepository", "search failed city=OPO: co.elastic.clients.elasticsearch._types.ElasticsearchException: [es/search] failed: [search_phase_execution_exception] all shards failed")
    acc(21.0, 200, 1)
    w.add(44.0, ES(2), lambda d: es_json(d, "INFO", "o.e.n.Node", "version[8.15.3], pid[78], build[docker/%s/2024-10-09T22:08:00.328917561Z], OS[Linux/6.1.112+/amd64], JVM[Oracle Corporation/OpenJDK 64-Bit Server VM/22.0.1/22.0.1+8-16]" % hexs(r, 40), es[2], "main"))
    w.add(44.2, ES(2), lambda d: es_json(d, "INFO", "o.e.n.Node", "JVM arguments [-Des.networkaddress.cache.ttl=60, -XX:+UseG1GC, -Xms3g, -Xmx3g, -XX:MaxDirectMemorySize=1610612736, -XX:G1HeapRegionSize=4m]", es[2], "main"), ev=True)
    w.add(62.0, M(), lambda d: es_json(d, "INFO", "o.e.c.s.MasterService", "node-join[{%s}{%s}{%s}{%s}{%s}{%s:9300}{d}{8.15.3} joining after restart, removed [46.4s] ago with reason [disconnected]], term: 14, version: 20219" % (
        es[2], esid(r), esid(r), es[2], ips[2], ips[2]), master, "elasticsearch[%s][masterService#updateTask][T#12]" % master))
    acc(65.0, 200, 0)
    acc(71.0, 200, 1)
    mn(74.0, 0, "INFO", "c.t.hotels.search.SearchController", "search city=LIS results=212 took=96ms")
    w.add(98.0, M(), lambda d: es_json(d, "INFO", "o.e.c.r.a.AllocationService", "Cluster health status changed from [YELLOW] to [GREEN] (reason: [shards started [[hotels-v7][3], [hotels-v7][1]]]).", master, "elasticsearch[%s][masterService#updateTask][T#14]" % master))
    acc(101.0, 200, 0)
    acc(104.0, 200, 1)
    w.add(106.0, ES(0), lambda d: es_json(d, "INFO", "o.e.i.e.Engine", "[hotels-v7][0] merge segment [_4kq] done: took [8.1s], [412.8 MB], [1,118,404 docs], [0s stopped], [0s throttled]", es[0], "elasticsearch[%s][merge][T#1]" % es[0]))
    acc(110.0, 200, 0)
    return w.record(
        "hotel-search returned a burst of HTTP 500s around 19:40. What happened?",
        {"namespace": ns, "pod": None, "container": None, "node": None, "app": "hotel-search"}, "WARN", "oom_killed", "elasticsearch",
        "Elasticsearch data node hotels-es-data-2 (namespace search) was OOM-killed by the kernel: a 3g heap plus ~1.5g direct "
        "memory does not fit the 4Gi container limit during heavy facet aggregations; in-flight searches failed until the node rejoined.",
        "One Elasticsearch data node was OOMKilled once; hotel-search saw a short burst of 500s, the node restarted, rejoined "
        "and the cluster returned to GREEN.",
        "Lower -Xmx to about 50% of the limit (or raise the limit to ~6Gi) for the hotels data nodeSet and cap "
        "MaxDirectMemorySize; watch for repeated kills.")


# ---------------------------------------------------------------- application_error

@scenario("itinerary-codeshare", "EKS")
def s_itinerary_codeshare(key):
    w = Win(key, utc(2026, 2, 26, 15, 31, 2, 0), "eks-travel-prod-euw1")
    r = w.rng
    mk = lambda: "ip-10-0-%d-%d.eu-west-1.compute.internal" % (r.randint(32, 95), r.randint(4, 250))
    nodes = [mk(), mk(), mk()]
    w.infra_node = nodes[2]
    ns = "travel"
    it_rs, it = rs_pods(r, "itinerary-svc", 2)
    gds = rs_pod(r, "gds-adapter")[1]
    ing = rs_pod(r, "ingress-nginx-controller")[1]
    iip = [ip(r, "10.0.%d" % r.randint(32, 95)) for _ in it]
    up = "travel-itinerary-svc-3000"
    pnr = lambda: "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6))
    cl = lambda: "%d.%d.%d.%d" % (r.choice([52, 18, 3]), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
    I = lambda i: w.pl(ns, it[i], "itinerary-svc", nodes[i], "itinerary-svc")
    G = lambda: w.pl("gds", gds, "gds-adapter", nodes[2], "gds-adapter")
    N = lambda i: w.pl("ingress-nginx", ing, "controller", nodes[(i + 1) % 3], "ingress-nginx")

    def ok(t, i, p=None):
        p = p or pnr()
        w.add(t, G(), lambda d: slog_json(d, "INFO", "gds response", pnr=p, provider="1A", op="PNR_Retrieve", status=200, segments=r.randint(1, 4), dur_ms=r.randint(180, 900)))
        w.add(t + 0.05, I(i), lambda d: nest(d, "LOG", "ItineraryService", "Built itinerary for PNR %s (%d segments)" % (p, r.randint(1, 4))))
        w.add(t + 0.06, N(i), nginx_access(r, cl(), "GET", "/v1/itineraries/%s" % p, 200, up, "%s:3000" % iip[i], round(r.uniform(0.2, 0.95), 3), ua="TravelApp/5.14.0 (Android 14; SM-S921B)"))

    def bad(t, i, ev):
        p = pnr()
        w.add(t, G(), lambda d: slog_json(d, "INFO", "gds response", pnr=p, provider="1A", op="PNR_Retrieve", status=200, segments=2, dur_ms=r.randint(180, 900), codeshare=True))
        w.add(t + 0.04, I(i), lambda d: nest(d, "ERROR", "ExceptionsHandler", "Cannot read properties of undefined (reading 'flightNumber')"), ev=ev)
        w.add(t + 0.041, I(i), "TypeError: Cannot read properties of undefined (reading 'flightNumber')", ev=ev)
        w.add(t + 0.042, I(i), "    at ItineraryMapper.toSegment (/app/dist/itinerary/itinerary.mapper.js:48:52)", ev=ev)
        w.add(t + 0.043, I(i), "    at Array.map (<anonymous>)")
        w.add(t + 0.044, I(i), "    at ItineraryMapper.toItinerary (/app/dist/itinerary/itinerary.mapper.js:21:37)")
        w.add(t + 0.05, N(i), nginx_access(r, cl(), "GET", "/v1/itineraries/%s" % p, 500, up, "%s:3000" % iip[i], round(r.uniform(0.2, 0.9), 3), size=52, ua="TravelApp/5.14.0 (iOS 18.3)"))
    ok(1.0, 0)
    ok(4.5, 1)
    bad(7.2, 0, True)
    ok(11.0, 1)
    w.add(13.0, w.nl(nodes[1], "kubelet.service"), klog("I", "kubelet_getters.go:218", '"Pod status updated" pod="kube-system/aws-node-%s" status="Running"' % kname(r, 5), pid=r.randint(2000, 4000)))
    bad(16.4, 1, True)
    ok(19.0, 0)
    w.add(20.0, G(), lambda d: slog_json(d, "WARN", "gds slow response", provider="1A", op="Air_FlightInfo", dur_ms=2412, threshold_ms=2000))
    bad(24.8, 0, False)
    ok(29.0, 1)
    ok(33.3, 0)
    return w.record(
        "Some customers get HTTP 500 when opening their itinerary in the app. Is the GDS down?",
        {"namespace": ns, "pod": None, "container": None, "node": None, "app": "itinerary-svc"}, "ERROR", "application_error", "itinerary-svc",
        "itinerary-svc throws an unhandled TypeError in ItineraryMapper.toSegment when a GDS PNR contains a codeshare "
        "segment without operating-flight details; the GDS itself answers 200.",
        "Unhandled exception in itinerary-svc for codeshare itineraries returns 500 to the app; other PNRs work and the "
        "GDS adapter is healthy.",
        "Fix ItineraryMapper.toSegment to handle a missing operating carrier (optional chaining / fallback to marketing "
        "flight) and add a regression test; roll back to the previous itinerary-svc image if a fix is not quick.")


@scenario("agency-portal-w3wp", "EKS")
def s_agency_portal_w3wp(key):
    w = Win(key, utc(2026, 3, 24, 10, 2, 44, 0), "eks-travel-prod-euw1")
    r = w.rng
    mk = lambda: "ip-10-0-%d-%d.eu-west-1.compute.internal" % (r.randint(96, 127), r.randint(4, 250))
    win = [mk(), mk()]
    lin = "ip-10-0-%d-%d.eu-west-1.compute.internal" % (r.randint(32, 95), r.randint(4, 250))
    w.infra_node = lin
    ns = "agency-portal"
    rs, pods = rs_pods(r, "agency-portal", 2)
    ing = rs_pod(r, "ingress-nginx-controller")[1]
    pip = [ip(r, "10.0.%d" % r.randint(96, 127)) for _ in pods]
    up = "agency-portal-agency-portal-80"
    E = "alloy"
    P = lambda i: w.pl(ns, pods[i], "agency-portal", win[i], "agency-portal")
    N = lambda: w.pl("ingress-nginx", ing, "controller", lin, "ingress-nginx")
    cl = lambda: "10.0.%d.%d" % (r.randint(0, 31), r.randint(2, 250))
    ua = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/134.0.0.0 Safari/537.36 Edg/134.0.0.0"

    def ok(t, i, uri="/Agency/Bookings.aspx", st=200):
        w.add(t, P(i), lambda d: logmon_file(d, w3c(d, pip[i], "GET", uri, None, 80, "10.0.5.%d" % r.randint(2, 250), ua.replace(" ", "+"), st, 0, 0, r.randint(30, 400)), "u_ex%s.log" % d.strftime("%y%m%d")))
        w.add(t + 0.01, N(), nginx_access(r, cl(), "GET", uri, st, up, "%s:80" % pip[i], round(r.uniform(0.03, 0.4), 3), ua=ua))

    def crash(t, i, n, ev):
        wp = r.randint(2000, 9000)
        w.add(t, P(i), lambda d: logmon_ev(d, "Application", "Error", 1026,
              "Application: w3wp.exe Framework Version: v4.0.30319 Description: The process was terminated due to stack overflow."), ev=ev)
        w.add(t + 0.3, P(i), lambda d: logmon_ev(d, "Application", "Error", 1000,
              "Faulting application name: w3wp.exe, version: 10.0.20348.1, time stamp: 0x7d6a3a1e Faulting module name: clr.dll, version: 4.8.9290.0, "
              "time stamp: 0x66f1b6e2 Exception code: 0xc00000fd Fault offset: 0x00000000000a1f3c Faulting process id: 0x%x "
              "Faulting application path: c:\\windows\\system32\\inetsrv\\w3wp.exe Faulting module path: C:\\Windows\\Microsoft.NET\\Framework64\\v4.0.30319\\clr.dll" % wp), ev=ev)
        w.add(t + 0.5, P(i), lambda d: logmon_ev(d, "System", "Warning", 5011,
              "A process serving application pool 'AgencyPortal' suffered a fatal communication error with the Windows Process Activation Service. The process id was '%d'. The data field contains the error number." % wp))
        w.add(t + 0.52, N(), nginx_access(r, cl(), "GET", "/Agency/Hierarchy.aspx?agencyId=40718", 502, up, "%s:80" % pip[i], round(r.uniform(1.2, 3.0), 3), size=150, ua=ua, upstream_status="502"))
    ok(0.5, 0)
    ok(2.0, 1, "/Agency/Invoices.aspx")
    crash(6.0, 0, 1, True)
    ok(9.0, 1)
    crash(14.5, 1, 1, False)
    ok(20.0, 0, "/Agency/Default.aspx")
    crash(27.0, 0, 2, False)
    crash(35.5, 1, 2, False)
    crash(44.0, 0, 3, False)
    w.add(49.0, P(0), lambda d: logmon_ev(d, "System", "Error", 5002,
          "Application pool 'AgencyPortal' is being automatically disabled due to a series of failures in the process(es) serving that application pool."), ev=True)
    crash(52.0, 1, 3, False)
    w.add(57.0, P(1), lambda d: logmon_ev(d, "System", "Error", 5002,
          "Application pool 'AgencyPortal' is being automatically disabled due to a series of failures in the process(es) serving that application pool."))
    for t in (60.0, 61.5, 66.0):
        w.add(t, N(), nginx_access(r, cl(), "GET", "/Agency/Bookings.aspx", 503, up, "%s:80" % pip[int(t) % 2], 0.002, size=326, ua=ua))
    w.event(71.0, E, ns, "Pod", pods[0], "Unhealthy", "Warning", "Readiness probe failed: HTTP probe failed with statuscode: 503", host=win[0], count=3, first_off=51.0)
    w.event(72.0, E, ns, "Pod", pods[1], "Unhealthy", "Warning", "Readiness probe failed: HTTP probe failed with statuscode: 503", host=win[1], count=3, first_off=58.0)
    w.add(73.0, N(), lambda d: "%s [error] 29#29: *1184127 no live upstreams while connecting to upstream, client: 10.0.3.%d, server: agents.travelco.com, request: \"GET /Agency/Bookings.aspx HTTP/1.1\", upstream: \"http://upstream_balancer/Agency/Bookings.aspx\", host: \"agents.travelco.com\"" % (nginx_err(d), r.randint(2, 250)))
    w.add(75.0, N(), nginx_access(r, cl(), "GET", "/Agency/Bookings.aspx", 503, up, "-", 0.000, size=190, ua=ua, upstream_status="-", up_rt="-"))
    return w.record(
        "The agency portal returns 503 Service Unavailable for everyone. The pods are Running. What is wrong?",
        {"namespace": ns, "pod": None, "container": None, "node": None, "app": "agency-portal"}, "CRITICAL", "application_error", "agency-portal",
        "w3wp.exe of the AgencyPortal application pool crashes with a stack overflow (0xc00000fd, .NET Runtime 1026) on "
        "Hierarchy.aspx requests; after repeated crashes IIS rapid-fail protection disables the app pool on both pods, so "
        "HTTP.sys answers 503 while the containers keep running.",
        "The ASP.NET application crashes with a StackOverflow on an agency-hierarchy request; the app pool was disabled on every "
        "replica and the portal is down (503, readiness failing).",
        "Block or fix the recursive Hierarchy.aspx code path (e.g. cyclic parent agency 40718), redeploy, and restart the pods "
        "(or re-enable the app pool); consider making the readiness/liveness probe restart pods whose app pool is stopped.")


# ---------------------------------------------------------------- image_pull

@scenario("pnr-sync-ltsc2022", "AKS")
def s_pnr_sync_ltsc2022(key):
    w = Win(key, utc(2026, 2, 18, 7, 55, 20, 0), "aks-travel-weu-prod")
    r = w.rng
    w.infra_node = "aks-system-31045572-vmss000002"
    ns = "agency"
    new = ["aksnpw22000000", "aksnpw22000001"]
    oldn = "aksnpwin000001"
    rs, pods = rs_pods(r, "pnr-sync", 3)
    img = "acrtravelweu.azurecr.io/agency/pnr-sync:3.2.0"
    E = "eventrouter"
    wk = [r.randint(3000, 7000) for _ in new]
    KL = lambda i: w.nl(new[i], None, job="windows/kubelet", filename="C:\\k\\kubelet.log")
    CD = lambda i: w.nl(new[i], None, job="windows/containerd", filename="C:\\k\\containerd.log")
    err = 'failed to pull and unpack image \\"%s\\": no match for platform in manifest: not found' % img
    w.event(0.0, E, "default", "Node", oldn, "NodeNotSchedulable", "Normal", "Node %s status is now: NodeNotSchedulable" % oldn, host=oldn)
    w.event(2.0, E, ns, "Pod", rs + "-" + kname(r, 5), "Killing", "Normal", "Stopping container pnr-sync", host=oldn)
    w.event(2.5, E, ns, "ReplicaSet", rs, "SuccessfulCreate", "Normal", "Created pod: %s" % pods[0], comp="replicaset-controller", api="apps/v1")
    w.event(2.8, E, ns, "Pod", pods[0], "Scheduled", "Normal", "Successfully assigned %s/%s to %s" % (ns, pods[0], new[0]), comp="default-scheduler")
    w.event(3.6, E, ns, "Pod", pods[0], "Pulling", "Normal", 'Pulling image "%s"' % img, host=new[0])
    w.add(4.4, CD(0), ctrd("info", "PullImage \"%s\"" % img))
    w.add(5.1, CD(0), ctrd("error", "PullImage \"%s\" failed" % img, error='failed to pull and unpack image "%s": no match for platform in manifest: not found' % img), ev=True)
    w.add(5.2, KL(0), klog("E", "log.go:32", '"PullImage from image service failed" err="rpc error: code = NotFound desc = %s" image="%s"' % (err, img), pid=wk[0]), ev=True)
    w.event(5.4, E, ns, "Pod", pods[0], "Failed", "Warning", 'Failed to pull image "%s": rpc error: code = NotFound desc = failed to pull and unpack image "%s": no match for platform in manifest: not found' % (img, img), host=new[0], ev=True)
    w.event(5.5, E, ns, "Pod", pods[0], "Failed", "Warning", "Error: ErrImagePull", host=new[0])
    w.event(7.0, E, ns, "Pod", rs + "-" + kname(r, 5), "Killing", "Normal", "Stopping container pnr-sync", host=oldn)
    w.event(7.3, E, ns, "Pod", pods[1], "Scheduled", "Normal", "Successfully assigned %s/%s to %s" % (ns, pods[1], new[1]), comp="default-scheduler")
    w.add(8.0, w.xl(job="windows/eventlog", node=oldn, channel="System"),
          lambda d: "The Windows Modules Installer service entered the stopped state.")
    w.event(8.1, E, ns, "Pod", pods[1], "Pulling", "Normal", 'Pulling image "%s"' % img, host=new[1])
    w.add(9.0, CD(1), ctrd("error", "PullImage \"%s\" failed" % img, error='failed to pull and unpack image "%s": no match for platform in manifest: not found' % img))
    w.add(9.1, KL(1), klog("E", "log.go:32", '"PullImage from image service failed" err="rpc error: code = NotFound desc = %s" image="%s"' % (err, img), pid=wk[1]))
    w.event(9.3, E, ns, "Pod", pods[1], "Failed", "Warning", "Error: ErrImagePull", host=new[1])
    w.add(12.0, KL(0), klog("E", "pod_workers.go:1301", '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"pnr-sync\\" with ImagePullBackOff: \\"Back-off pulling image \\\\\\"%s\\\\\\"\\"" pod="%s/%s" podUID="%s"' % (img, ns, pods[0], uid(r)), pid=wk[0]))
    w.event(12.2, E, ns, "Pod", pods[0], "BackOff", "Normal", 'Back-off pulling image "%s"' % img, host=new[0])
    w.event(12.3, E, ns, "Pod", pods[0], "Failed", "Warning", "Error: ImagePullBackOff", host=new[0])
    oth = "acrtravelweu.azurecr.io/fares/fares-web:4.8.20260212.3-ltsc2022"
    fw = rs_pod(r, "fares-web")[1]
    w.event(14.0, E, "fares-legacy", "Pod", fw, "Scheduled", "Normal", "Successfully assigned fares-legacy/%s to %s" % (fw, new[1]), comp="default-scheduler")
    w.event(15.0, E, "fares-legacy", "Pod", fw, "Pulling", "Normal", 'Pulling image "%s"' % oth, host=new[1])
    w.add(25.0, CD(0), ctrd("info", "PullImage \"%s\"" % img))
    w.add(25.7, CD(0), ctrd("error", "PullImage \"%s\" failed" % img, error='failed to pull and unpack image "%s": no match for platform in manifest: not found' % img))
    w.event(26.0, E, ns, "Pod", pods[0], "Failed", "Warning", 'Failed to pull image "%s": rpc error: code = NotFound desc = failed to pull and unpack image "%s": no match for platform in manifest: not found' % (img, img), host=new[0], count=2, first_off=5.4)
    w.event(27.0, E, ns, "Pod", pods[2], "FailedScheduling", "Warning",
            "0/7 nodes are available: 1 node(s) were unschedulable, 2 Insufficient cpu, 4 node(s) didn't match Pod's node affinity/selector. preemption: 0/7 nodes are available: 2 No preemption victims found for incoming pod, 5 Preemption is not helpful for scheduling.",
            comp="default-scheduler")
    w.event(31.0, E, ns, "Pod", pods[1], "BackOff", "Normal", 'Back-off pulling image "%s"' % img, host=new[1], count=2, first_off=13.0)
    w.add(40.0, w.pl("kube-system", "coredns-%s-%s" % (kname(r, 10), kname(r, 5)), "coredns", "aks-system-31045572-vmss000000", "kube-dns"),
          lambda d: coredns_q(r, "10.224.0.%d" % r.randint(10, 99), "A", "acrtravelweu.azurecr.io.", "NOERROR"))
    w.event(150.0, E, "fares-legacy", "Pod", fw, "Pulled", "Normal", 'Successfully pulled image "%s" in 2m14.882s (2m14.882s including waiting). Image size: 5318270462 bytes.' % oth, host=new[1])
    w.event(152.0, E, "fares-legacy", "Pod", fw, "Started", "Normal", "Started container fares-web", host=new[1])
    w.event(160.0, E, ns, "Pod", pods[0], "BackOff", "Normal", 'Back-off pulling image "%s"' % img, host=new[0], count=7, first_off=12.2)
    w.event(161.0, E, ns, "Pod", pods[0], "Failed", "Warning", "Error: ImagePullBackOff", host=new[0], count=7, first_off=12.3)
    return w.record(
        "After moving the Windows workloads to the new npw22 node pool, pnr-sync pods are stuck in ImagePullBackOff. Why?",
        {"namespace": ns, "pod": None, "container": None, "node": None, "app": "pnr-sync"}, "ERROR", "image_pull", "pnr-sync",
        "pnr-sync:3.2.0 is only published for Windows Server 2019 (ltsc2019, 10.0.17763); the new pool runs Windows Server 2022 "
        "(10.0.20348), so containerd finds no matching platform in the manifest list and the pull fails.",
        "pnr-sync cannot start on the Windows Server 2022 nodes: every pull fails with 'no match for platform in manifest'; "
        "the remaining replica is Pending because the old pool is cordoned.",
        "Build and push an ltsc2022 variant (multi-arch manifest with both OS versions) of pnr-sync, or keep a nodeSelector "
        "on the 2019 pool until the image is rebuilt; uncordon the old pool meanwhile.")


@scenario("payment-gw-deploy-token", "RKE2")
def s_payment_gw_deploy_token(key):
    w = Win(key, utc(2026, 3, 12, 18, 4, 31, 0), "rke2-travel-fra")
    r = w.rng
    nodes = ["travel-rke2-w%02d" % i for i in (3, 6, 7)]
    w.infra_node = nodes[0]
    ns = "payments"
    rs, pods = rs_pods(r, "payment-gateway", 4)
    reg = rs_pod(r, "gitlab-registry")[1]
    web = rs_pod(r, "gitlab-webservice-default")[1]
    img = "registry.gitlab.example.com/travel/payment-gateway:2.14.1"
    E = "alloy"
    kp = r.randint(1100, 1900)
    nip = ip(r, "10.0.40")
    C = lambda: w.nl(nodes[1], "rke2-agent.service")
    auth_url = "https://gitlab.example.com/jwt/auth?scope=repository%3Atravel%2Fpayment-gateway%3Apull&service=container_registry"
    err = ('failed to pull and unpack image \\"%s\\": failed to resolve reference \\"%s\\": failed to authorize: failed to fetch oauth token: '
           'unexpected status from GET request to %s: 401 Unauthorized' % (img, img, auth_url))
    plain = err.replace('\\"', '"')
    P = lambda i: w.pl(ns, pods[i], "payment-gateway", nodes[i % 2], "payment-gateway")
    w.add(0.5, P(0), lambda d: slog_json(d, "INFO", "authorised payment", psp="adyen", amount_minor=41260, currency="EUR", dur_ms=r.randint(300, 900)))
    w.event(2.0, E, ns, "HorizontalPodAutoscaler", "payment-gateway", "SuccessfulRescale", "Normal",
            "New size: 4; reason: cpu resource utilization (percentage of request) above target", comp="horizontal-pod-autoscaler", api="autoscaling/v2")
    w.event(2.3, E, ns, "Pod", pods[2], "Scheduled", "Normal", "Successfully assigned %s/%s to %s" % (ns, pods[2], nodes[1]), comp="default-scheduler")
    w.event(2.4, E, ns, "Pod", pods[3], "Scheduled", "Normal", "Successfully assigned %s/%s to %s" % (ns, pods[3], nodes[2]), comp="default-scheduler")
    w.event(3.0, E, ns, "Pod", pods[2], "Pulling", "Normal", 'Pulling image "%s"' % img, host=nodes[1])
    w.add(3.4, w.pl("gitlab", web, "webservice", nodes[2], "webservice"), lambda d: json.dumps(OrderedDict([
        ("component", "gitlab"), ("subcomponent", "production_json"), ("method", "GET"), ("path", "/jwt/auth"), ("format", "html"),
        ("controller", "JwtController"), ("action", "auth"), ("status", 401), ("time", iso_ms(d)), ("params", [{"key": "scope", "value": "repository:travel/payment-gateway:pull"}, {"key": "service", "value": "container_registry"}]),
        ("remote_ip", nip), ("ua", "containerd/v1.7.23-k3s2"), ("correlation_id", ulid(r)), ("meta.caller_id", "JwtController#auth"),
        ("meta.auth_fail_reason", "deploy_token_expired"), ("meta.auth_fail_token_id", "DeployToken/118"), ("duration_s", 0.03112)]), separators=(",", ":")), ev=True)
    w.add(3.5, C(), ctrd("error", "PullImage \"%s\" failed" % img, error=plain), ev=True)
    w.add(3.6, C(), klog("E", "log.go:32", '"PullImage from image service failed" err="rpc error: code = Unknown desc = %s" image="%s"' % (err, img), pid=kp))
    w.event(3.8, E, ns, "Pod", pods[2], "Failed", "Warning", 'Failed to pull image "%s": %s' % (img, plain), host=nodes[1], ev=True)
    w.event(3.9, E, ns, "Pod", pods[2], "Failed", "Warning", "Error: ErrImagePull", host=nodes[1])
    w.add(4.2, w.pl("gitlab", reg, "registry", nodes[0], "registry"), ctrd("warning", "error authorizing context: authorization token required", go_version="go1.23.6", http_request_host="registry.gitlab.example.com", http_request_id=uid(r), http_request_method="GET", http_request_remoteaddr=nip, http_request_uri="/v2/travel/payment-gateway/manifests/2.14.1", http_request_useragent="containerd/v1.7.23-k3s2", vars_name="travel/payment-gateway", vars_reference="2.14.1"))
    w.event(4.5, E, ns, "Pod", pods[3], "Failed", "Warning", "Error: ErrImagePull", host=nodes[2])
    w.add(6.0, P(1), lambda d: slog_json(d, "INFO", "authorised payment", psp="adyen", amount_minor=18810, currency="EUR", dur_ms=r.randint(300, 900)))
    w.add(8.0, P(0), lambda d: slog_json(d, "WARN", "worker pool saturated, queueing request", inflight=64, queued=r.randint(3, 20)))
    w.event(18.0, E, ns, "Pod", pods[2], "BackOff", "Normal", 'Back-off pulling image "%s"' % img, host=nodes[1])
    w.event(18.1, E, ns, "Pod", pods[2], "Failed", "Warning", "Error: ImagePullBackOff", host=nodes[1])
    w.add(19.0, P(1), lambda d: slog_json(d, "WARN", "psp call slow", psp="adyen", dur_ms=r.randint(2100, 3400), queued=r.randint(10, 30)))
    w.add(33.0, C(), ctrd("error", "PullImage \"%s\" failed" % img, error=plain))
    w.add(33.2, w.pl("gitlab", web, "webservice", nodes[2], "webservice"), lambda d: json.dumps(OrderedDict([
        ("component", "gitlab"), ("subcomponent", "production_json"), ("method", "GET"), ("path", "/jwt/auth"), ("format", "html"),
        ("controller", "JwtController"), ("action", "auth"), ("status", 401), ("time", iso_ms(d)),
        ("remote_ip", ip(r, "10.0.40")), ("ua", "containerd/v1.7.23-k3s2"), ("correlation_id", ulid(r)),
        ("meta.auth_fail_reason", "deploy_token_expired"), ("meta.auth_fail_token_id", "DeployToken/118"), ("duration_s", 0.02871)]), separators=(",", ":")))
    w.event(34.0, E, ns, "Pod", pods[3], "BackOff", "Normal", 'Back-off pulling image "%s"' % img, host=nodes[2], count=2, first_off=19.0)
    w.add(36.0, P(0), lambda d: slog_json(d, "WARN", "worker pool saturated, queueing request", inflight=64, queued=r.randint(20, 40)))
    w.add(41.0, w.pl("ingress-nginx", rs_pod(r, "ingress-nginx-controller")[1], "controller", nodes[0], "ingress-nginx"),
          nginx_access(r, ip(r, "10.0.12"), "POST", "/v2/payments/authorise", 200, "payments-payment-gateway-8080", "%s:8080" % ip(r, "10.42.1"), 2.941, ua="booking-api/3.8.1"))
    w.add(44.0, w.pl("gitlab", reg, "registry", nodes[0], "registry"), ctrd("info", "response completed", go_version="go1.23.6", http_request_host="registry.gitlab.example.com", http_request_method="GET", http_request_uri="/v2/travel/booking-api/manifests/3.8.1", http_response_status=200, http_response_duration="41.2ms"))
    w.event(55.0, E, ns, "Pod", pods[2], "BackOff", "Normal", 'Back-off pulling image "%s"' % img, host=nodes[1], count=4, first_off=18.0)
    w.add(58.0, P(1), lambda d: slog_json(d, "INFO", "authorised payment", psp="adyen", amount_minor=9990, currency="EUR", dur_ms=r.randint(1900, 2600)))
    w.event(70.0, E, ns, "Pod", pods[3], "Failed", "Warning", "Error: ImagePullBackOff", host=nodes[2], count=4, first_off=19.1)
    return w.record(
        "payment-gateway cannot scale out: the new pods never start. What is going on?",
        {"namespace": ns, "pod": None, "container": None, "node": None, "app": "payment-gateway"}, "ERROR", "image_pull", "payment-gateway",
        "The imagePullSecret of payment-gateway uses a GitLab group deploy token (DeployToken/118) that has expired; GitLab's "
        "/jwt/auth returns 401 so containerd cannot fetch a registry token and the image pull fails.",
        "New payment-gateway replicas from the HPA scale-out are stuck in ErrImagePull/ImagePullBackOff (401 from the GitLab "
        "registry token endpoint); the two existing pods are saturated.",
        "Create a new deploy token with read_registry scope, update the gitlab-registry-pull secret in the payments namespace "
        "and delete the stuck pods; add expiry monitoring for deploy tokens.")


# ---------------------------------------------------------------- probe_failure

@scenario("flight-status-mgmt-port", "OpenShift")
def s_flight_status_mgmt_port(key):
    w = Win(key, utc(2026, 4, 14, 13, 10, 6, 0), "ocp-travel-prod")
    r = w.rng
    nodes = ["worker-%d.ocp-prod.travelco.internal" % i for i in (0, 2, 5)]
    w.infra_node = "infra-0.ocp-prod.travelco.internal"
    ns = "flights"
    old_rs, old = rs_pods(r, "flight-status", 3)
    new_rs, new = rs_pods(r, "flight-status", 1)
    pod = new[0]
    nip = ip(r, "10.131.%d" % r.randint(0, 2))
    puid = uid(r)
    E = "exporter"
    kp = r.randint(2000, 4000)
    N = lambda: w.nl(nodes[2], "kubelet.service")
    Q = lambda: w.pl(ns, pod, "flight-status", nodes[2], "flight-status")
    O = lambda i: w.pl(ns, old[i], "flight-status", nodes[i % 2], "flight-status")

    def boot(t, n):
        w.add(t, Q(), lambda d: quarkus(d, "INFO", "io.quarkus", "main", "flight-status 4.2.0 on JVM (powered by Quarkus 3.19.2) started in 2.%03ds. Listening on: http://0.0.0.0:8080. Management interface listening on http://0.0.0.0:9000." % r.randint(100, 999)), ev=(n == 0))
        w.add(t + 0.01, Q(), lambda d: quarkus(d, "INFO", "io.quarkus", "main", "Profile prod activated. "))
        w.add(t + 0.02, Q(), lambda d: quarkus(d, "INFO", "io.quarkus", "main", "Installed features: [cdi, kafka-client, management, rest, rest-client-jackson, rest-jackson, smallrye-context-propagation, smallrye-health, vertx]"))

    def old_req(t, i):
        w.add(t, O(i), lambda d: quarkus(d, "INFO", "c.t.f.s.FlightStatusResource", "executor-thread-%d" % r.randint(1, 30), "status %s%d %s -> %s" % (r.choice(["TP", "LH", "KL", "U2"]), r.randint(100, 1999), "2026-04-14", r.choice(["ON_TIME", "DELAYED", "BOARDING", "DEPARTED"]))))
    w.event(0.0, E, ns, "Deployment", "flight-status", "ScalingReplicaSet", "Normal", "Scaled up replica set %s to 1" % new_rs, comp="deployment-controller", api="apps/v1")
    w.event(1.0, E, ns, "Pod", pod, "AddedInterface", "Normal", "Add eth0 [%s/23] from ovn-kubernetes" % nip, comp="multus")
    w.event(1.8, E, ns, "Pod", pod, "Pulled", "Normal", 'Successfully pulled image "image-registry.openshift-image-registry.svc:5000/flights/flight-status:4.2.0" in 1.204s (1.204s including waiting). Image size: 412883012 bytes.', host=nodes[2])
    boot(5.0, 0)
    old_req(6.0, 0)
    w.add(8.0, Q(), lambda d: quarkus(d, "INFO", "io.smallrye.reactive.messaging.kafka", "smallrye-kafka-consumer-thread-0", "SRMSG18257: Kafka consumer kafka-consumer-flight-events, connected to Kafka brokers 'kafka-prod-kafka-bootstrap.kafka.svc:9093', belongs to the 'flight-status' consumer group and is configured to poll records from [flight-events]"))
    for i, t in enumerate((14.0, 24.0, 34.0)):
        w.add(t, N(), kprobe("I", kp, "Liveness", ns, pod, puid, "flight-status", "HTTP probe failed with statuscode: 404"), ev=(i == 0))
        w.add(t + 0.4, N(), kprobe("I", kp, "Readiness", ns, pod, puid, "flight-status", "HTTP probe failed with statuscode: 404"))
        old_req(t + 2.0, i % 3)
    w.add(18.0, Q(), lambda d: quarkus(d, "INFO", "c.t.f.s.FlightStatusResource", "executor-thread-1", "status LH1172 2026-04-14 -> ON_TIME (smoke test)"))
    w.event(34.2, E, ns, "Pod", pod, "Unhealthy", "Warning", "Liveness probe failed: HTTP probe failed with statuscode: 404", host=nodes[2], count=3, first_off=14.0, ev=True)
    w.event(34.3, E, ns, "Pod", pod, "Unhealthy", "Warning", "Readiness probe failed: HTTP probe failed with statuscode: 404", host=nodes[2], count=3, first_off=14.4, ev=True)
    w.event(34.5, E, ns, "Pod", pod, "Killing", "Normal", "Container flight-status failed liveness probe, will be restarted", host=nodes[2], ev=True)
    w.add(34.6, Q(), lambda d: quarkus(d, "INFO", "io.quarkus", "Shutdown thread", "flight-status stopped in 0.052s"))
    boot(40.0, 1)
    for t in (54.0, 64.0, 74.0):
        w.add(t, N(), kprobe("I", kp, "Liveness", ns, pod, puid, "flight-status", "HTTP probe failed with statuscode: 404"))
    old_req(57.0, 1)
    old_req(66.0, 2)
    w.event(74.5, E, ns, "Pod", pod, "Killing", "Normal", "Container flight-status failed liveness probe, will be restarted", host=nodes[2], count=2, first_off=34.5)
    w.add(74.6, Q(), lambda d: quarkus(d, "INFO", "io.quarkus", "Shutdown thread", "flight-status stopped in 0.047s"))
    w.add(75.0, N(), crashloop(kp, ns, pod, puid, "flight-status", "10s"))
    w.event(75.2, E, ns, "Pod", pod, "BackOff", "Warning", "Back-off restarting failed container flight-status in pod %s_%s(%s)" % (pod, ns, puid), host=nodes[2])
    old_req(80.0, 0)
    return w.record(
        "The flight-status rollout to 4.2.0 is stuck: the new pod restarts every few seconds but its logs look fine. Why?",
        {"namespace": ns, "pod": None, "container": None, "node": None, "app": "flight-status"}, "ERROR", "probe_failure", "flight-status",
        "flight-status 4.2.0 enables the Quarkus management interface, which moves /q/health to port 9000, but the liveness "
        "and readiness probes still call port 8080 and get 404; kubelet keeps restarting a healthy process.",
        "New flight-status pods start cleanly and serve requests, yet liveness/readiness return 404 so the pod is restarted "
        "and never becomes Ready; the rollout is stalled while the old ReplicaSet keeps serving.",
        "Point the probes at the management port (9000, /q/health/live and /q/health/ready) or disable "
        "quarkus.management.enabled; then resume the rollout.")


@scenario("fare-filing-warmup", "AKS")
def s_fare_filing_warmup(key):
    w = Win(key, utc(2026, 2, 19, 5, 12, 40, 0), "aks-travel-weu-prod")
    r = w.rng
    w.infra_node = "aks-system-31045572-vmss000001"
    ns = "fares-legacy"
    win = ["aksnpw22000000", "aksnpw22000001"]
    rs, pods = rs_pods(r, "fare-filing", 2)
    pip = [ip(r, "10.224.0") for _ in pods]
    puid = [uid(r) for _ in pods]
    E = "exporter"
    wk = [r.randint(3000, 7000) for _ in win]
    KL = lambda i: w.nl(win[i], None, job="windows/kubelet", filename="C:\\k\\kubelet.log")
    A = lambda i: w.pl(ns, pods[i], "fare-filing", win[i], "fare-filing")
    ing = rs_pod(r, "ingress-nginx-controller")[1]
    NG = lambda: w.pl("ingress-nginx", ing, "controller", "aks-system-31045572-vmss000000", "ingress-nginx")

    def app(t, i, level, logger, msg, ev=False):
        w.add(t, A(i), lambda d: logmon_file(d, "%s [%d] %-5s %s - %s" % (java_ts(d), r.randint(1, 12), level, logger, msg), "C:\\logs\\fare-filing.log"), ev=ev)

    def cycle(t, i, n, ev):
        w.add(t, A(i), lambda d: logmon_ev(d, "System", "Information", 7036, "The World Wide Web Publishing Service service entered the running state."))
        app(t + 4.0, i, "INFO", "FareFiling.Global", "Application_Start: loading fare rule cache from SQL (ATPCO records: 4,118,220)", ev=ev)
        for k, pct in enumerate((12, 31)):
            app(t + 14.0 + k * 18, i, "INFO", "FareFiling.Cache.RuleCacheLoader", "rule cache warm-up %d%% (elapsed %ds)" % (pct, 14 + k * 18), ev=False)
        for k, tt in enumerate((31.0, 41.0, 51.0)):
            w.add(t + tt, KL(i), kprobe("I", wk[i], "Liveness", ns, pods[i], puid[i], "fare-filing",
                                         'Get "http://%s:80/health": context deadline exceeded (Client.Timeout exceeded while awaiting headers)' % pip[i]),
                  ev=(ev and k == 0))
        w.event(t + 51.2, E, ns, "Pod", pods[i], "Unhealthy", "Warning",
                'Liveness probe failed: Get "http://%s:80/health": context deadline exceeded (Client.Timeout exceeded while awaiting headers)' % pip[i],
                host=win[i], count=3 * n, first_off=t + 31.0 - (n - 1) * 70, ev=ev)
        w.event(t + 51.4, E, ns, "Pod", pods[i], "Killing", "Normal", "Container fare-filing failed liveness probe, will be restarted", host=win[i], count=n, ev=ev)
        w.add(t + 51.5, KL(i), klog("I", "kuberuntime_container.go:808", '"Killing container with a grace period" pod="%s/%s" podUID="%s" containerName="fare-filing" containerID="containerd://%s" gracePeriod=30' % (ns, pods[i], puid[i], hexs(r, 64)), pid=wk[i]))
    cycle(0.0, 0, 1, True)
    cycle(6.0, 1, 1, False)
    w.add(20.0, NG(), nginx_access(r, "10.224.0.%d" % r.randint(100, 200), "POST", "/filing/api/fares/submit", 504, "fares-legacy-fare-filing-80", "%s:80" % pip[0], 60.001, size=160, ua="atpco-bridge/2.3", upstream_status="504"))
    w.add(33.0, NG(), nginx_access(r, "10.224.0.%d" % r.randint(100, 200), "GET", "/filing/api/fares/status?batch=20260219-03", 503, "fares-legacy-fare-filing-80", "-", 0.000, size=190, ua="atpco-bridge/2.3", upstream_status="-", up_rt="-"))
    cycle(62.0, 0, 2, False)
    w.event(66.0, E, ns, "Pod", pods[1], "BackOff", "Warning", "Back-off restarting failed container fare-filing in pod %s_%s(%s)" % (pods[1], ns, puid[1]), host=win[1])
    w.add(90.0, A(0), lambda d: logmon_ev(d, "Application", "Warning", 1309, "Event code: 3006 Event message: A parser error has occurred. Event time: %s Event ID: %s Event sequence: 2 Event occurrence: 1 Event detail code: 0 Application information: Application domain: /LM/W3SVC/1/ROOT/filing-2-133845613912207441 Trust level: Full Application Virtual Path: /filing Process information: Process ID: 5120 Process name: w3wp.exe Account name: IIS APPPOOL\\FareFiling Exception information: Exception type: ThreadAbortException Exception message: Thread was being aborted." % (d.strftime("%m/%d/%Y %I:%M:%S %p"), hexs(r, 32))))
    w.add(96.0, NG(), nginx_access(r, "10.224.0.%d" % r.randint(100, 200), "GET", "/filing/api/fares/status?batch=20260219-03", 503, "fares-legacy-fare-filing-80", "-", 0.000, size=190, ua="atpco-bridge/2.3", upstream_status="-", up_rt="-"))
    return w.record(
        "fare-filing has been restarting since the Windows node image upgrade this morning and ATPCO submissions fail. What is the cause?",
        {"namespace": ns, "pod": None, "container": None, "node": None, "app": "fare-filing"}, "CRITICAL", "probe_failure", "fare-filing",
        "The ASP.NET fare-filing app needs about two minutes in Application_Start to warm its rule cache, but the liveness "
        "probe (30s initial delay, 3 x 10s, no startupProbe) times out and kills the container before warm-up completes, on both replicas.",
        "Both fare-filing pods are restarted by the liveness probe in a loop while still warming up; no replica ever becomes "
        "ready, so submissions get 503/504.",
        "Add a startupProbe (e.g. failureThreshold 30 x periodSeconds 10) or raise the liveness initialDelaySeconds above the "
        "warm-up time; consider persisting the rule cache to shorten startup.")


# ---------------------------------------------------------------- scheduling

@scenario("invoice-renderer-taint", "EKS")
def s_invoice_renderer_taint(key):
    w = Win(key, utc(2026, 3, 17, 9, 30, 15, 0), "eks-billing-prod-euc1")
    r = w.rng
    mk = lambda a, b: "ip-10-40-%d-%d.eu-central-1.compute.internal" % (r.randint(a, b), r.randint(4, 250))
    lin = [mk(0, 63) for _ in range(6)]
    win = [mk(64, 95) for _ in range(3)]
    w.infra_node = lin[0]
    ns = "billing"
    rs, pods = rs_pods(r, "invoice-renderer", 2)
    ca = rs_pod(r, "cluster-autoscaler")[1]
    api_rs, api = rs_pods(r, "billing-api", 2)
    E = "exporter"
    CA = lambda: w.pl("kube-system", ca, "cluster-autoscaler", lin[1], "cluster-autoscaler")
    B = lambda i: w.pl(ns, api[i], "billing-api", lin[2 + i], "billing-api")
    svc_ip = "172.20.%d.%d" % (r.randint(0, 255), r.randint(1, 254))
    fs = ("0/9 nodes are available: 3 node(s) had untolerated taint {os: windows}, 6 node(s) didn't match Pod's node affinity/selector. "
          "preemption: 0/9 nodes are available: 9 Preemption is not helpful for scheduling.")
    w.event(0.0, E, ns, "Deployment", "invoice-renderer", "ScalingReplicaSet", "Normal", "Scaled up replica set %s to 2" % rs, comp="deployment-controller", api="apps/v1")
    w.event(0.3, E, ns, "ReplicaSet", rs, "SuccessfulCreate", "Normal", "Created pod: %s" % pods[0], comp="replicaset-controller", api="apps/v1")
    w.event(0.4, E, ns, "ReplicaSet", rs, "SuccessfulCreate", "Normal", "Created pod: %s" % pods[1], comp="replicaset-controller", api="apps/v1")
    w.event(0.6, E, ns, "Pod", pods[0], "FailedScheduling", "Warning", fs, comp="default-scheduler", ev=True)
    w.event(0.7, E, ns, "Pod", pods[1], "FailedScheduling", "Warning", fs, comp="default-scheduler")
    w.add(9.0, CA(), klog("I", "static_autoscaler.go:565", "No unschedulable pods"))
    w.add(19.1, CA(), klog("I", "filter_out_schedulable.go:66", "Filtering out schedulables"))
    w.add(19.2, CA(), klog("I", "klogx.go:87", "Pod %s/%s is unschedulable" % (ns, pods[0])))
    w.add(19.21, CA(), klog("I", "klogx.go:87", "Pod %s/%s is unschedulable" % (ns, pods[1])))
    w.add(19.4, CA(), klog("I", "orchestrator.go:565", 'Pod %s/%s can\'t be scheduled on eks-win2022-ng-%s, predicate checking error: node(s) had untolerated taint {os: windows}; predicateName=TaintToleration; reasons: node(s) had untolerated taint {os: windows}; debugInfo=taints on node: []v1.Taint{v1.Taint{Key:"os", Value:"windows", Effect:"NoSchedule", TimeAdded:<nil>}}' % (ns, pods[0], hexs(r, 8))), ev=True)
    w.add(19.5, CA(), klog("I", "orchestrator.go:565", "Pod %s/%s can't be scheduled on eks-linux-ng-%s, predicate checking error: node(s) didn't match Pod's node affinity/selector; predicateName=NodeAffinity; reasons: node(s) didn't match Pod's node affinity/selector; debugInfo=" % (ns, pods[0], hexs(r, 8))))
    w.add(19.6, CA(), klog("I", "orchestrator.go:150", "No pod can fit to eks-win2022-ng-%s" % hexs(r, 8)))
    w.add(19.7, CA(), klog("I", "orchestrator.go:193", "No expansion options"))
    w.event(19.9, E, ns, "Pod", pods[0], "NotTriggerScaleUp", "Normal", "pod didn't trigger scale-up: 1 node(s) had untolerated taint {os: windows}, 1 node(s) didn't match Pod's node affinity/selector",
            comp="cluster-autoscaler", ev=True)
    w.event(20.0, E, ns, "Pod", pods[1], "NotTriggerScaleUp", "Normal", "pod didn't trigger scale-up: 1 node(s) had untolerated taint {os: windows}, 1 node(s) didn't match Pod's node affinity/selector", comp="cluster-autoscaler")
    for i, t in enumerate((24.0, 31.0, 38.5)):
        w.add(t, B(i % 2), lambda d: nest(d, "ERROR", "InvoiceRenderClient", "render invoice INV-2026-%06d failed: connect ECONNREFUSED %s:80" % (r.randint(1, 999999), svc_ip)), ev=False)
    w.add(24.01, B(0), "Error: connect ECONNREFUSED %s:80" % svc_ip)
    w.add(24.02, B(0), "    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1615:16)")
    w.add(33.0, B(1), lambda d: nest(d, "LOG", "InvoiceController", "queued 14 invoices for rendering (retry in 60s)"))
    w.add(40.0, w.pl("iis-apps", rs_pod(r, "travel-docs")[1], "travel-docs", win[0], "travel-docs"),
          lambda d: logmon_file(d, w3c(d, "10.40.70.%d" % r.randint(2, 250), "GET", "/docs/voucher.aspx", "id=8812", 80, "10.40.3.%d" % r.randint(2, 250), "kube-probe/1.31", 200, 0, 0, 12), "u_ex%s.log" % d.strftime("%y%m%d")))
    w.add(49.0, CA(), klog("I", "klogx.go:87", "Pod %s/%s is unschedulable" % (ns, pods[0])))
    w.add(49.3, CA(), klog("I", "orchestrator.go:193", "No expansion options"))
    w.event(61.0, E, ns, "Pod", pods[0], "FailedScheduling", "Warning", fs, comp="default-scheduler", count=4, first_off=0.6)
    w.event(61.2, E, ns, "Pod", pods[1], "FailedScheduling", "Warning", fs, comp="default-scheduler", count=4, first_off=0.7)
    w.add(62.0, w.nl(win[1], None, job="windows/kubelet"), klog("I", "container_gc.go:88", '"Attempting to delete unused containers"', pid=4188))
    w.add(64.0, B(0), lambda d: nest(d, "ERROR", "InvoiceRenderClient", "render invoice INV-2026-%06d failed: connect ECONNREFUSED %s:80" % (r.randint(1, 999999), svc_ip)))
    w.add(66.0, B(1), lambda d: nest(d, "LOG", "HealthController", "GET /healthz 200"))
    w.event(79.0, E, ns, "Pod", pods[0], "NotTriggerScaleUp", "Normal", "pod didn't trigger scale-up: 1 node(s) had untolerated taint {os: windows}, 1 node(s) didn't match Pod's node affinity/selector", comp="cluster-autoscaler", count=4, first_off=19.9)
    return w.record(
        "billing-api cannot render invoices (ECONNREFUSED to invoice-renderer) since this morning's release. What is wrong?",
        {"namespace": ns, "pod": None, "container": None, "node": None, "app": "billing-api"}, "ERROR", "scheduling", "invoice-renderer",
        "The new invoice-renderer Deployment selects Windows nodes (kubernetes.io/os=windows) but has no toleration for the "
        "os=windows:NoSchedule taint of the Windows node group, so its pods stay Pending and the cluster autoscaler cannot help.",
        "invoice-renderer pods are unschedulable (untolerated taint {os: windows}); its Service has no endpoints, so billing-api "
        "gets ECONNREFUSED and invoices queue up.",
        "Add a toleration for os=windows:NoSchedule to the invoice-renderer pod template (keep the os nodeSelector) and redeploy.")


@scenario("runner-ci-quota", "TKG")
def s_runner_ci_quota(key):
    w = Win(key, utc(2026, 4, 21, 16, 2, 33, 0), "tkg-devplat-wkld01")
    r = w.rng
    md = "tkg-devplat-wkld01-md-0-%s" % kname(r, 9)
    nodes = ["%s-%s" % (md, kname(r, 5)) for _ in range(3)]
    w.infra_node = nodes[0]
    rpod = rs_pod(r, "gitlab-runner")[1]
    tok = "".join(r.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))
    R = lambda: w.pl("gitlab-runner", rpod, "gitlab-runner", nodes[0], "gitlab-runner")
    E = "eventrouter"
    rnd = lambda: "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(8))

    def jp(proj, conc):
        return "runner-%s-project-%d-concurrent-%d-%s" % (tok.lower(), proj, conc, rnd())
    repos = {412: "travel/fare-engine", 118: "travel/booking-api", 205: "travel/notification-svc", 37: "platform/charts", 226: "travel/itinerary-web"}
    running = [(412, 0), (118, 1), (118, 2), (205, 3), (226, 4), (37, 5), (412, 6)]
    t = 0.0
    for proj, c in running[:4]:
        w.add(t, R(), runner_log("INFO", "Appending trace to coordinator...ok", code=202, job=902100 + c, **{"job-log": "0-%d" % r.randint(2000, 90000), "job-status": "running", "runner": tok, "status": "202 Accepted", "update-interval": "3s"}))
        t += r.uniform(0.5, 3)
    job = 902131

    def fail(t, proj, conc, ev):
        nonlocal job
        job += r.randint(1, 4)
        pn = jp(proj, conc)
        w.add(t, R(), runner_log("INFO", "Checking for jobs... received", job=job, repo_url="https://gitlab.example.com/%s.git" % repos[proj], runner=tok))
        w.add(t + 0.4, R(), runner_log("ERROR", 'Job failed (system failure): prepare environment: setting up build pod: pods "%s" is forbidden: exceeded quota: ci-quota, requested: limits.cpu=2,limits.memory=4Gi, used: limits.cpu=%d,limits.memory=%dGi, limited: limits.cpu=16,limits.memory=32Gi. Check https://docs.gitlab.com/runner/shells/index.html#shell-profile-loading for more information' % (pn, r.choice([15, 16]), r.choice([30, 32])),
                                         duration_s=round(r.uniform(0.3, 0.6), 3), job=job, project=proj, runner=tok), ev=ev)
        w.add(t + 0.6, R(), runner_log("INFO", "Submitting job to coordinator...ok", bytesize=1281, code=200, job=job, **{"job-status": "failed", "runner": tok, "update-interval": "0s"}))
    fail(9.0, 412, 7, True)
    w.add(12.0, w.pl("ci-jobs", jp(118, 1), "build", nodes[1], None), "Step 7/12 : RUN ./gradlew --no-daemon build -x test")
    fail(15.5, 226, 8, True)
    w.add(18.0, R(), runner_log("INFO", "Job succeeded", duration_s=611.2, job=902102, project=118, runner=tok))
    w.event(18.5, E, "ci-jobs", "Pod", jp(118, 2), "Killing", "Normal", "Stopping container build", host=nodes[2])
    pn = jp(37, 7)
    w.add(22.0, R(), runner_log("INFO", "Checking for jobs... received", job=902150, repo_url="https://gitlab.example.com/platform/charts.git", runner=tok))
    w.event(23.0, E, "ci-jobs", "Pod", pn, "Scheduled", "Normal", "Successfully assigned ci-jobs/%s to %s" % (pn, nodes[2]), comp="default-scheduler")
    w.event(24.0, E, "ci-jobs", "Pod", pn, "Started", "Normal", "Started container build", host=nodes[2])
    fail(28.0, 205, 9, True)
    w.add(31.0, w.pl("ci-jobs", jp(412, 6), "build", nodes[0], None), "ok  \tgitlab.example.com/travel/fare-engine/rules\t1.311s")
    fail(35.0, 412, 10, False)
    w.add(38.0, R(), runner_log("WARNING", "Checking for jobs... failed", runner=tok, status="POST https://gitlab.example.com/api/v4/jobs/request: 409 Conflict"))
    fail(44.0, 118, 11, False)
    w.add(47.0, w.xl(job="vsphere/tkg-controller", namespace="vmware-system-csi"), lambda d: '{"level":"info","time":"%s","caller":"syncer/metadatasyncer.go:1824","msg":"FullSync: start","TraceId":"%s"}' % (iso_ms(d), uid(r)))
    w.add(52.0, R(), runner_log("INFO", "Job succeeded", duration_s=402.9, job=902104, project=226, runner=tok))
    fail(55.0, 37, 12, False)
    w.add(60.0, R(), runner_log("INFO", "Appending trace to coordinator...ok", code=202, job=902150, **{"job-log": "0-3311", "job-status": "running", "runner": tok, "status": "202 Accepted", "update-interval": "3s"}))
    return w.record(
        "Many CI jobs fail immediately with 'system failure' before the script runs. Is the runner broken?",
        {"namespace": "gitlab-runner", "pod": None, "container": None, "node": None, "app": "gitlab-runner"}, "ERROR", "scheduling", "gitlab-runner",
        "The ci-jobs namespace ResourceQuota ci-quota (limits.cpu=16, limits.memory=32Gi) is exhausted: the runner allows more "
        "concurrent jobs than the quota fits at 2 CPU / 4Gi per build pod, so new build pods are rejected at admission.",
        "Build pods above ~8 concurrent jobs are forbidden by the ci-quota ResourceQuota and the jobs fail as system failures; "
        "jobs that get a pod run normally.",
        "Align the runner's concurrent/limit with the quota (or raise ci-quota, or lower per-job limits) and retry the failed jobs.")


# ---------------------------------------------------------------- dns_resolution

@scenario("gds-upstream-dns", "TKG")
def s_gds_upstream_dns(key):
    w = Win(key, utc(2026, 4, 28, 22, 10, 5, 0), "tkg-travel-wkld02")
    r = w.rng
    md = "tkg-travel-wkld02-md-0-%s" % kname(r, 9)
    nodes = ["%s-%s" % (md, kname(r, 5)) for _ in range(3)]
    w.infra_node = nodes[0]
    cd = ["coredns-%s-%s" % (kname(r, 10), kname(r, 5)) for _ in range(2)]
    cd_ip = [ip(r, "100.96.%d" % r.randint(0, 5)) for _ in cd]
    gds = rs_pod(r, "gds-adapter")[1]
    fs_rs, fs = rs_pods(r, "flight-search", 2)
    gip = ip(r, "100.96.%d" % r.randint(0, 5))
    fip = [ip(r, "100.96.%d" % r.randint(0, 5)) for _ in fs]
    upstream = ["10.40.0.53", "10.40.0.54"]
    C = lambda i: w.pl("kube-system", cd[i], "coredns", nodes[i + 1], "kube-dns")
    G = lambda: w.pl("gds", gds, "gds-adapter", nodes[0], "gds-adapter")
    F = lambda i: w.pl("flights", fs[i], "flight-search", nodes[i], "flight-search")

    def cerr(t, i, name, qt, ev=False):
        w.add(t, C(i), "[ERROR] plugin/errors: 2 %s %s: read udp %s:%d->%s:53: i/o timeout" % (name, qt, cd_ip[i], r.randint(32768, 60999), r.choice(upstream)), ev=ev)

    def okq(t, i, client, name):
        w.add(t, C(i), coredns_q(r, client, "A", name, "NOERROR"))
    okq(0.5, 0, fip[0], "gds-adapter.gds.svc.cluster.local.")
    w.add(1.0, G(), lambda d: slog_json(d, "INFO", "gds request", op="AirAvailability", status=200, dur_ms=r.randint(400, 1100)))
    okq(3.0, 1, fip[1], "redis-cluster.flights-data.svc.cluster.local.")
    cerr(9.2, 0, "api.gds-partner.example.", "A", ev=True)
    cerr(9.25, 1, "api.gds-partner.example.", "AAAA", ev=True)
    w.add(11.2, C(0), '[INFO] %s:%d - %d "A IN api.gds-partner.example. udp 52 false 1232" SERVFAIL qr,rd 52 2.001318s' % (gip, r.randint(32768, 60999), r.randint(1000, 65000)), ev=True)
    w.add(11.3, G(), lambda d: slog_json(d, "ERROR", "gds request failed", op="AirAvailability",
                                         err='Post "https://api.gds-partner.example/v3/air/availability": dial tcp: lookup api.gds-partner.example on 100.64.0.10:53: server misbehaving'), ev=True)
    w.add(11.4, F(0), lambda d: logback(d, "default-nioEventLoopGroup-1-4", "ERROR", "c.t.flights.search.GdsClient", "availability AMS-JFK 2026-05-14 failed: upstream gds-adapter returned 502 Bad Gateway"))
    okq(13.0, 1, fip[0], "gds-adapter.gds.svc.cluster.local.")
    cerr(15.8, 1, "pnr-gateway.corp.travelco.internal.", "A")
    w.add(16.0, F(1), lambda d: logback(d, "pool-3-thread-7", "WARN", "c.t.flights.pnr.PnrLookup", "java.net.UnknownHostException: pnr-gateway.corp.travelco.internal: Temporary failure in name resolution"))
    cerr(19.0, 0, "api.gds-partner.example.", "A")
    cerr(19.1, 0, "api.gds-partner.example.", "AAAA")
    w.add(21.0, G(), lambda d: slog_json(d, "ERROR", "gds request failed", op="AirFareQuote",
                                         err='Post "https://api.gds-partner.example/v3/air/fares": dial tcp: lookup api.gds-partner.example on 100.64.0.10:53: server misbehaving'))
    w.add(21.5, F(0), lambda d: logback(d, "default-nioEventLoopGroup-1-2", "ERROR", "c.t.flights.search.GdsClient", "fare quote LIS-GRU failed: upstream gds-adapter returned 502 Bad Gateway"))
    okq(23.0, 0, fip[1], "kafka-prod-kafka-bootstrap.kafka.svc.cluster.local.")
    w.add(24.0, w.pl("kube-system", ds_pod(r, "antrea-agent"), "antrea-agent", nodes[2], "antrea"), klog("I", "server.go:199", "Started listening for connections on :10350"))
    cerr(27.0, 1, "api.gds-partner.example.", "A")
    cerr(27.2, 1, "login.microsoftonline.com.", "A")
    w.add(29.0, C(1), '[INFO] %s:%d - %d "A IN login.microsoftonline.com. udp 44 false 1232" SERVFAIL qr,rd 44 2.000912s' % (fip[1], r.randint(32768, 60999), r.randint(1000, 65000)))
    w.add(30.0, F(1), lambda d: logback(d, "default-nioEventLoopGroup-1-6", "WARN", "i.m.s.o.c.DefaultOpenIdProviderMetadataFetcher", "Unable to fetch OpenID configuration: java.net.UnknownHostException: login.microsoftonline.com"))
    okq(33.0, 1, gip, "gds-adapter.gds.svc.cluster.local.")
    cerr(36.0, 0, "api.gds-partner.example.", "A")
    w.add(38.0, G(), lambda d: slog_json(d, "ERROR", "gds request failed", op="AirAvailability",
                                         err='Post "https://api.gds-partner.example/v3/air/availability": dial tcp: lookup api.gds-partner.example on 100.64.0.10:53: server misbehaving'))
    w.add(39.0, w.pl("ingress-nginx", rs_pod(r, "ingress-nginx-controller")[1], "controller", nodes[1], "ingress-nginx"),
          nginx_access(r, "62.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)), "GET", "/api/flights/search?from=AMS&to=JFK&date=2026-05-14", 502, "flights-flight-search-8080", "%s:8080" % fip[0], 2.114, ua="TravelApp/5.14.0 (iOS 18.3)"))
    okq(41.0, 0, fip[0], "redis-cluster.flights-data.svc.cluster.local.")
    cerr(45.0, 1, "api.gds-partner.example.", "AAAA")
    w.add(47.0, F(0), lambda d: logback(d, "default-nioEventLoopGroup-1-3", "INFO", "c.t.flights.search.SearchController", "search AMS-LIS served from cache (age 212s)"))
    return w.record(
        "flight-search returns 502 for most searches since 22:10, but internal services look fine. What is broken?",
        {"namespace": "flights", "pod": None, "container": None, "node": None, "app": "flight-search"}, "ERROR", "dns_resolution", "coredns",
        "CoreDNS cannot reach the corporate upstream resolvers 10.40.0.53/54 (UDP 53 i/o timeouts), so every external name "
        "(GDS API, pnr-gateway, login.microsoftonline.com) returns SERVFAIL while cluster.local names still resolve.",
        "External DNS resolution from the cluster is failing: gds-adapter cannot resolve the GDS host and flight-search returns 502s.",
        "Check the network path/firewall from the TKG node network to 10.40.0.53/54 (UDP and TCP 53) or point the CoreDNS "
        "forward plugin at reachable resolvers; then verify with a lookup from a pod.")


@scenario("woodpecker-coredns-loop", "kubeadm")
def s_woodpecker_coredns_loop(key):
    w = Win(key, utc(2026, 3, 6, 7, 48, 2, 0), "onprem-devplat-ams")
    r = w.rng
    nodes = ["k8s-w-%02d" % i for i in (1, 2, 3, 4)]
    cp = "k8s-cp-01"
    w.infra_node = cp
    cd = ["coredns-%s-%s" % (kname(r, 10), kname(r, 5)) for _ in range(2)]
    cuid = [uid(r) for _ in cd]
    gt = "gitea-0"
    wps = "woodpecker-server-0"
    wpa = rs_pod(r, "woodpecker-agent")[1]
    step = "wp-01jn%s-0-clone" % "".join(r.choice("0123456789abcdefghjkmnpqrstvwxyz") for _ in range(20))
    gip = ip(r, "192.168.%d" % r.randint(10, 200))
    E = "alloy"
    kp = [r.randint(800, 1500) for _ in range(2)]
    C = lambda i: w.pl("kube-system", cd[i], "coredns", nodes[i], "kube-dns")
    G = lambda: w.pl("gitea", gt, "gitea", nodes[2], "gitea")
    A = lambda: w.pl("ci", wpa, "agent", nodes[3], "woodpecker-agent")
    w.event(0.0, E, "kube-system", "Deployment", "coredns", "ScalingReplicaSet", "Normal", "Scaled up replica set coredns-%s to 2" % cd[0].split("-")[1], comp="deployment-controller", api="apps/v1")
    for i, t in enumerate((3.0, 4.2)):
        w.add(t, C(i), ".:53")
        w.add(t + 0.01, C(i), "[INFO] plugin/reload: Running configuration SHA512 = %s" % hexs(r, 128))
        w.add(t + 0.02, C(i), "CoreDNS-1.11.3")
        w.add(t + 0.03, C(i), "linux/amd64, go1.21.11, a6338e9")
        w.add(t + 0.9, C(i), '[FATAL] plugin/loop: Loop (127.0.0.1:%d -> :53) detected for zone ".", see https://coredns.io/plugins/loop#troubleshooting. Query: "HINFO %d.%d."' % (
            r.randint(33000, 60000), r.randint(10**18, 9 * 10**18), r.randint(10**18, 9 * 10**18)), ev=True)
    w.event(12.0, E, "kube-system", "Pod", cd[0], "BackOff", "Warning", "Back-off restarting failed container coredns in pod %s_kube-system(%s)" % (cd[0], cuid[0]), host=nodes[0], ev=True)
    w.add(12.5, w.nl(nodes[1], "kubelet.service"), crashloop(kp[1], "kube-system", cd[1], cuid[1], "coredns", "10s"))
    w.add(14.0, G(), lambda d: gitea(d, "...ices/webhook/deliver.go:260:Deliver()", "E",
                                     'Unable to deliver webhook task[4121]: unable to deliver webhook task[4121] in http://woodpecker-server.ci.svc.cluster.local/api/hook?access_token=******: Post "http://woodpecker-server.ci.svc.cluster.local/api/hook?access_token=******": dial tcp: lookup woodpecker-server.ci.svc.cluster.local on 10.96.0.10:53: read udp %s:%d->10.96.0.10:53: read: connection refused' % (gip, r.randint(32768, 60999))))
    w.add(17.0, A(), jline(lambda d: OrderedDict([("level", "error"), ("error", 'rpc error: code = Unavailable desc = name resolver error: produced zero addresses'), ("time", iso_s(d)), ("message", "grpc error: next(): code: Unavailable")])))
    w.add(19.0, w.pl("ci", wps, "server", nodes[1], "woodpecker-server"), jline(lambda d: OrderedDict([("level", "error"), ("repo", "travel/booking-api"), ("error", 'Get "http://gitea-http.gitea.svc.cluster.local:3000/api/v1/repos/travel/booking-api/contents/.woodpecker?ref=main": dial tcp: lookup gitea-http.gitea.svc.cluster.local on 10.96.0.10:53: read udp 192.168.%d.%d:%d->10.96.0.10:53: read: connection refused' % (r.randint(10, 200), r.randint(2, 250), r.randint(32768, 60999))), ("time", iso_s(d)), ("message", "could not fetch config")])))
    w.add(22.0, C(0), ".:53")
    w.add(22.02, C(0), "CoreDNS-1.11.3")
    w.add(22.9, C(0), '[FATAL] plugin/loop: Loop (127.0.0.1:%d -> :53) detected for zone ".", see https://coredns.io/plugins/loop#troubleshooting. Query: "HINFO %d.%d."' % (
        r.randint(33000, 60000), r.randint(10**18, 9 * 10**18), r.randint(10**18, 9 * 10**18)))
    w.add(25.0, w.pl("ci", step, "clone", nodes[3], None), "+ git init --object-format sha1 -b main")
    w.add(25.3, w.pl("ci", step, "clone", nodes[3], None), "Initialized empty Git repository in /woodpecker/src/gitea.lab/travel/booking-api/.git/")
    w.add(25.6, w.pl("ci", step, "clone", nodes[3], None), "+ git fetch --no-tags --depth=1 --filter=tree:0 origin +8f31c2d7a1e4b3f8c0d2e6a9b7c5d3e1f0a2b4c6:")
    w.add(25.9, w.pl("ci", step, "clone", nodes[3], None), "fatal: unable to access 'http://gitea-http.gitea.svc.cluster.local:3000/travel/booking-api.git/': Could not resolve host: gitea-http.gitea.svc.cluster.local")
    w.add(26.0, A(), jline(lambda d: OrderedDict([("level", "info"), ("error", "exit code 128"), ("time", iso_s(d)), ("message", "workflow step clone failed")])))
    w.add(28.0, w.nl(nodes[0], "systemd-resolved.service"), "Using degraded feature set UDP instead of UDP+EDNS0 for DNS server 10.20.0.2.")
    w.event(31.0, E, "kube-system", "Pod", cd[1], "BackOff", "Warning", "Back-off restarting failed container coredns in pod %s_kube-system(%s)" % (cd[1], cuid[1]), host=nodes[1], count=4, first_off=13.0)
    w.add(33.0, G(), lambda d: gitea(d, "...eb/routing/logger.go:102:func1()", "I", "router: completed POST /travel/booking-api.git/git-receive-pack for 10.20.3.%d:0, 200 OK in 412.3ms @ repo/githttp.go:522(repo.ServiceReceivePack)" % r.randint(2, 250)))
    w.add(33.6, G(), lambda d: gitea(d, "...ices/webhook/deliver.go:260:Deliver()", "E",
                                     'Unable to deliver webhook task[4122]: unable to deliver webhook task[4122] in http://woodpecker-server.ci.svc.cluster.local/api/hook?access_token=******: Post "http://woodpecker-server.ci.svc.cluster.local/api/hook?access_token=******": dial tcp: lookup woodpecker-server.ci.svc.cluster.local on 10.96.0.10:53: read udp %s:%d->10.96.0.10:53: read: connection refused' % (gip, r.randint(32768, 60999))))
    w.add(38.0, w.nl(nodes[0], "kubelet.service"), crashloop(kp[0], "kube-system", cd[0], cuid[0], "coredns", "40s"))
    w.add(41.0, A(), jline(lambda d: OrderedDict([("level", "error"), ("error", 'rpc error: code = Unavailable desc = name resolver error: produced zero addresses'), ("time", iso_s(d)), ("message", "grpc error: next(): code: Unavailable")])))
    w.add(44.0, w.pl("kube-system", ds_pod(r, "calico-node"), "calico-node", nodes[2], "calico-node"), lambda d: "%s [INFO][84] felix/summary.go 100: Summarising 11 dataplane reconciliation loops over 1m2.1s: avg=8ms longest=31ms (resync-routes-v4)" % java_dot(d))
    w.event(47.0, E, "kube-system", "Pod", cd[0], "BackOff", "Warning", "Back-off restarting failed container coredns in pod %s_kube-system(%s)" % (cd[0], cuid[0]), host=nodes[0], count=6, first_off=12.0)
    return w.record(
        "Woodpecker pipelines no longer start on push and manual runs fail at the clone step. What is wrong?",
        {"namespace": "ci", "pod": None, "container": None, "node": None, "app": None}, "CRITICAL", "dns_resolution", "coredns",
        "Both CoreDNS pods crash with '[FATAL] plugin/loop: Loop detected': after the node OS rebuild the kubelet hands pods "
        "/etc/resolv.conf pointing at the systemd-resolved stub 127.0.0.53, so CoreDNS forwards to itself; with CoreDNS in "
        "CrashLoopBackOff no name in the cluster resolves.",
        "Cluster DNS is down (CoreDNS crash loop from a forwarding loop); Gitea webhooks, the Woodpecker server/agent and clone "
        "steps all fail name lookups.",
        "Set the kubelet resolvConf to /run/systemd/resolve/resolv.conf (or forward CoreDNS to explicit upstream IPs), restart "
        "kubelet/CoreDNS and verify lookups; then re-trigger the pipelines.")


# ---------------------------------------------------------------- connection_refused

@scenario("psp-egress-proxy", "OpenShift")
def s_psp_egress_proxy(key):
    w = Win(key, utc(2026, 4, 20, 11, 1, 50, 0), "ocp-travel-prod")
    r = w.rng
    nodes = ["worker-%d.ocp-prod.travelco.internal" % i for i in (1, 2, 6)]
    w.infra_node = "infra-2.ocp-prod.travelco.internal"
    ns = "payments"
    pa_rs, pa = rs_pods(r, "payment-adapter", 2)
    sq_rs, sq = rs_pods(r, "egress-proxy", 2)
    bo = rs_pod(r, "booking-orchestrator")[1]
    argo = "openshift-gitops-application-controller-0"
    sip = "172.30.%d.%d" % (r.randint(0, 255), r.randint(1, 254))
    E = "exporter"
    P = lambda i: w.pl(ns, pa[i], "payment-adapter", nodes[i], "payment-adapter")
    S = lambda i: w.pl("egress", sq[i], "squid", nodes[2 - i], "egress-proxy")
    B = lambda: w.pl("booking", bo, "booking-orchestrator", nodes[2], "booking-orchestrator")
    psp = "checkout.psp-pay.example"

    def sqa(t, i, code="TCP_TUNNEL/200"):
        w.add(t, S(i), lambda d: "%.3f %6d %s %s %d CONNECT %s:443 - HIER_DIRECT/203.0.113.%d -" % (epoch(d), r.randint(180, 900), ip(r, "10.128.%d" % r.randint(0, 6)), code, r.randint(3000, 9000), psp, r.randint(10, 60)))
    sqa(0.5, 0)
    w.add(1.0, P(0), lambda d: quarkus(d, "INFO", "c.t.p.a.PspClient", "executor-thread-%d" % r.randint(1, 40), "authorise booking=BK-%s amount=EUR 412.60 -> AUTHORISED pspRef=%s" % (kname(r, 6).upper(), hexs(r, 16).upper())))
    sqa(2.4, 1)
    w.add(4.0, w.pl("openshift-gitops", argo, "argocd-application-controller", "infra-1.ocp-prod.travelco.internal", "argocd-application-controller"),
          ctrd("info", "Initiated automated sync to 'a91f2c7'", application="openshift-gitops/egress-proxy", dest_namespace="egress", dest_server="https://kubernetes.default.svc"))
    w.event(5.0, E, "egress", "Deployment", "egress-proxy", "ScalingReplicaSet", "Normal", "Scaled down replica set %s to 0 from 2" % sq_rs, comp="deployment-controller", api="apps/v1", ev=True)
    w.add(5.3, S(0), lambda d: "%s kid1| Preparing for shutdown after 18211 requests" % nginx_err(d))
    w.add(5.31, S(0), lambda d: "%s kid1| Waiting 0 seconds for active connections to finish" % nginx_err(d))
    w.add(5.4, S(1), lambda d: "%s kid1| Preparing for shutdown after 17620 requests" % nginx_err(d))
    w.add(6.2, S(0), lambda d: "%s kid1| Squid Cache (Version 6.10): Exiting normally." % nginx_err(d))
    w.add(6.3, S(1), lambda d: "%s kid1| Squid Cache (Version 6.10): Exiting normally." % nginx_err(d))
    w.add(7.0, w.pl("openshift-gitops", argo, "argocd-application-controller", "infra-1.ocp-prod.travelco.internal", "argocd-application-controller"),
          ctrd("info", "Updating operation state. phase: Running -> Succeeded, message: 'successfully synced (all tasks run)'", application="openshift-gitops/egress-proxy"), ev=True)
    for i, t in enumerate((9.5, 14.0, 19.8, 26.1, 33.0)):
        pi = i % 2
        w.add(t, P(pi), lambda d: quarkus(d, "ERROR", "c.t.p.a.PspClient", "executor-thread-%d" % r.randint(1, 40),
              "authorise booking=BK-%s failed: jakarta.ws.rs.ProcessingException: io.netty.channel.AbstractChannel$AnnotatedConnectException: Connection refused: egress-proxy.egress.svc.cluster.local/%s:3128" % (kname(r, 6).upper(), sip)), ev=(i < 2))
        w.add(t + 0.05, B(), lambda d: logback(d, "default-nioEventLoopGroup-1-%d" % r.randint(1, 8), "ERROR", "c.t.booking.orchestrator.PaymentStep", "payment step failed for BK-%s: HTTP 502 from payment-adapter; booking moved to PAYMENT_PENDING" % kname(r, 6).upper()))
    w.add(11.0, P(0), lambda d: quarkus(d, "WARN", "io.smallrye.faulttolerance", "executor-thread-7", "SRFTE00004: Circuit breaker 'PspClient#authorise' changed state to OPEN"))
    w.add(16.0, w.pl(ns, pa[1], "payment-adapter", nodes[1], "payment-adapter"), lambda d: quarkus(d, "INFO", "io.quarkus.http.access-log", "vert.x-eventloop-thread-1", '%s - - [%s] "GET /q/health/ready HTTP/1.1" 200 46' % (ip(r, "10.131.0"), nginx_local(d))))
    w.add(22.0, w.pl("openshift-dns", "dns-default-%s" % kname(r, 5), "dns", nodes[0], "dns-default"), lambda d: coredns_q(r, ip(r, "10.128.2"), "A", "egress-proxy.egress.svc.cluster.local.", "NOERROR"))
    w.add(29.0, w.pl("openshift-ovn-kubernetes", "ovnkube-node-%s" % kname(r, 5), "ovnkube-controller", nodes[2], "ovnkube-node"),
          klog("I", "services_controller.go:451", "Built service egress/egress-proxy cluster-wide LB for network=default: []services.LB{}", pid=r.randint(5000, 9000)))
    w.add(36.0, B(), lambda d: logback(d, "scheduling-1", "INFO", "c.t.booking.orchestrator.PendingPayments", "17 bookings in PAYMENT_PENDING, next retry in 120s"))
    w.add(40.0, P(0), lambda d: quarkus(d, "ERROR", "c.t.p.a.PspClient", "executor-thread-3", "refund pspRef=%s failed: org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException: PspClient#authorise circuit breaker is open" % hexs(r, 16).upper()))
    return w.record(
        "Payments fail since 11:02 and bookings pile up in PAYMENT_PENDING. Is the PSP down?",
        {"namespace": "booking", "pod": None, "container": None, "node": None, "app": "booking-orchestrator"}, "ERROR", "connection_refused", "egress-proxy",
        "An automated Argo CD sync scaled the egress-proxy (Squid) Deployment in namespace egress to 0 replicas; payment-adapter "
        "reaches the PSP only through that proxy and now gets 'Connection refused' on egress-proxy.egress.svc:3128.",
        "All outbound PSP calls fail with connection refused because the egress proxy has no running pods; the PSP itself "
        "is not involved. booking-orchestrator parks bookings in PAYMENT_PENDING.",
        "Restore egress-proxy replicas (fix the overlay in Git and re-sync, or scale it back up), then let the circuit breaker "
        "close and replay PAYMENT_PENDING bookings.")


@scenario("pnr-gateway-refused", "kubeadm")
def s_pnr_gateway_refused(key):
    w = Win(key, utc(2026, 3, 29, 4, 15, 20, 0), "onprem-travel-ams")
    r = w.rng
    nodes = ["k8s-travel-w%02d" % i for i in (2, 3, 5)]
    w.infra_node = "k8s-travel-cp01"
    ns = "reservations"
    rs_rs, rsv = rs_pods(r, "reservation-svc", 2)
    bff = rs_pod(r, "agent-bff")[1]
    ing = rs_pod(r, "ingress-nginx-controller")[1]
    gw = "pnr-gateway.corp.travelco.internal"
    gwip = "10.30.4.21"
    rip = [ip(r, "192.168.%d" % r.randint(10, 200)) for _ in rsv]
    R = lambda i: w.pl(ns, rsv[i], "reservation-svc", nodes[i], "reservation-svc")
    Bf = lambda: w.pl("agent-web", bff, "agent-bff", nodes[2], "agent-bff")
    N = lambda: w.pl("ingress-nginx", ing, "controller", nodes[0], "ingress-nginx")
    cd = "coredns-%s-%s" % (kname(r, 10), kname(r, 5))
    thr = lambda: "default-nioEventLoopGroup-1-%d" % r.randint(1, 8)
    w.add(0.5, R(0), lambda d: logback(d, thr(), "INFO", "c.t.r.pnr.PnrGatewayClient", "retrieve PNR %s ok in 212ms" % kname(r, 6).upper()))
    w.add(2.0, w.pl("kube-system", cd, "coredns", nodes[1], "kube-dns"), lambda d: coredns_q(r, rip[0], "A", gw + ".", "NOERROR", dur=0.00211))
    for i, t in enumerate((6.1, 6.6, 11.2, 15.0, 21.4, 27.9, 33.3)):
        pi = i % 2
        w.add(t, R(pi), lambda d: logback(d, thr(), "ERROR", "c.t.r.pnr.PnrGatewayClient",
              "retrieve PNR %s failed: io.micronaut.http.client.exceptions.HttpClientException: Connect Error: Connection refused: %s/%s:8443" % (kname(r, 6).upper(), gw, gwip)), ev=(i < 3))
        if i in (1, 4):
            w.add(t + 0.001, R(pi), "io.micronaut.http.client.exceptions.HttpClientException: Connect Error: Connection refused: %s/%s:8443" % (gw, gwip), ev=(i == 1))
            w.add(t + 0.002, R(pi), "Caused by: io.netty.channel.AbstractChannel$AnnotatedConnectException: Connection refused: %s/%s:8443" % (gw, gwip), ev=(i == 1))
            w.add(t + 0.003, R(pi), "Caused by: java.net.ConnectException: Connection refused")
        w.add(t + 0.02, Bf(), lambda d: nest(d, "ERROR", "ReservationsService", "GET /reservations/%s -> 503 from reservation-svc (upstream pnr-gateway unavailable)" % kname(r, 6).upper()))
        w.add(t + 0.03, N(), nginx_access(r, "10.20.%d.%d" % (r.randint(1, 30), r.randint(2, 250)), "GET", "/api/reservations/%s" % kname(r, 6).upper(), 503, "agent-web-agent-bff-3000", "%s:3000" % ip(r, "192.168.44"), round(r.uniform(0.01, 0.05), 3), size=98, ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:136.0) Gecko/20100101 Firefox/136.0"))
    w.add(9.0, R(1), lambda d: logback(d, "main", "INFO", "i.m.h.health.HealthMonitorTask", "Health monitor check passed"))
    w.add(18.0, w.pl("kube-system", cd, "coredns", nodes[1], "kube-dns"), lambda d: coredns_q(r, rip[1], "A", gw + ".", "NOERROR", dur=0.00198))
    w.add(24.0, w.pl("kube-system", ds_pod(r, "calico-node"), "calico-node", nodes[0], "calico-node"), lambda d: "%s [INFO][84] felix/int_dataplane.go 2022: Received *proto.HostMetadataV4V6Update update from calculation graph msg=hostname:\"%s\" ipv4_addr:\"10.30.1.%d/24\"" % (java_dot(d), nodes[2], r.randint(10, 60)))
    w.add(30.0, R(0), lambda d: logback(d, thr(), "INFO", "c.t.r.fares.FareCacheRefresher", "fare cache refreshed: 18,412 entries in 1.2s"))
    w.add(36.0, Bf(), lambda d: nest(d, "LOG", "HealthController", "GET /healthz 200"))
    return w.record(
        "Travel agents get 503 when opening reservations since about 04:15. What is failing?",
        {"namespace": "agent-web", "pod": None, "container": None, "node": None, "app": "agent-bff"}, "ERROR", "connection_refused", "pnr-gateway",
        "The legacy PNR gateway outside the cluster (pnr-gateway.corp.travelco.internal, 10.30.4.21:8443) refuses TCP "
        "connections; reservation-svc cannot retrieve PNRs and agent-bff turns that into 503s. DNS resolves fine.",
        "Reservation lookups fail because the external pnr-gateway refuses connections on 8443; the cluster services themselves are healthy.",
        "Contact the owners of the pnr-gateway VM (service stopped or maintenance?) and restore the listener on 8443; "
        "consider a circuit breaker with a clear error in reservation-svc.")


# ---------------------------------------------------------------- timeout

@scenario("flight-search-gds-latency", "GKE")
def s_flight_search_gds_latency(key):
    w = Win(key, utc(2026, 4, 9, 17, 58, 30, 0), "gke-travel-prod-ew4")
    r = w.rng
    gke = ["gke-travel-prod-apps-pool-3-%s-%s" % (hexs(r, 8), kname(r, 4)) for _ in range(3)]
    w.infra_node = gke[0]
    ns = "flights"
    fs_rs, fs = rs_pods(r, "flight-search", 3)
    ing = rs_pod(r, "ingress-nginx-controller")[1]
    fip = [ip(r, "10.52.%d" % r.randint(0, 40)) for _ in fs]
    F = lambda i: w.pl(ns, fs[i], "flight-search", gke[i], "flight-search")
    N = lambda: w.pl("ingress-nginx", ing, "controller", gke[1], "ingress-nginx")
    routes = ["AMS-JFK", "LIS-GRU", "MAD-MEX", "FRA-SIN", "CDG-YUL"]
    cl = lambda: "%d.%d.%d.%d" % (r.choice([62, 81, 145, 94]), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
    up = "flights-flight-search-8080"
    url = "https://api.gds-partner.example/v3/air/availability"

    def ok(t, i, ms):
        rt = routes[r.randint(0, 4)]
        w.add(t, F(i), lambda d: slog_json(d, "INFO", "gds availability", route=rt, status=200, dur_ms=ms, offers=r.randint(12, 180)))
        w.add(t + 0.01, N(), nginx_access(r, cl(), "GET", "/api/flights/search?route=%s&date=2026-05-%02d" % (rt, r.randint(1, 28)), 200, up, "%s:8080" % fip[i], round(ms / 1000.0 + 0.02, 3), ua="TravelApp/5.14.0 (Android 14; Pixel 8)"))

    def slow(t, i, ev):
        rt = routes[r.randint(0, 4)]
        w.add(t, F(i), lambda d: slog_json(d, "ERROR", "gds availability failed", route=rt, attempt=1, dur_ms=8001,
                                           err='Post "%s": context deadline exceeded (Client.Timeout exceeded while awaiting headers)' % url), ev=ev)
        w.add(t + 0.01, F(i), lambda d: slog_json(d, "WARN", "retrying gds call", route=rt, attempt=2, backoff_ms=200))
        return rt
    ok(0.5, 0, 812)
    ok(2.1, 1, 944)
    w.add(4.0, F(2), lambda d: slog_json(d, "WARN", "gds availability slow", route="AMS-JFK", status=200, dur_ms=5120, threshold_ms=3000), ev=True)
    rt1 = slow(9.0, 0, True)
    rt2 = slow(11.5, 1, True)
    w.add(18.3, N(), lambda d: '%s [error] 31#31: *2291184 upstream timed out (110: Operation timed out) while reading response header from upstream, client: %s, server: api.travelco.com, request: "GET /api/flights/search?route=%s&date=2026-05-14 HTTP/1.1", upstream: "http://%s:8080/api/flights/search?route=%s&date=2026-05-14", host: "api.travelco.com"' % (nginx_err(d), cl(), rt1, fip[0], rt1), ev=True)
    w.add(18.31, N(), nginx_access(r, cl(), "GET", "/api/flights/search?route=%s&date=2026-05-14" % rt1, 504, up, "%s:8080" % fip[0], 10.001, size=160, ua="TravelApp/5.14.0 (iOS 18.3)", upstream_status="504"))
    w.add(19.4, F(0), lambda d: slog_json(d, "ERROR", "gds availability failed", route=rt1, attempt=2, dur_ms=8000, err='Post "%s": context deadline exceeded (Client.Timeout exceeded while awaiting headers)' % url))
    w.add(19.8, F(1), lambda d: slog_json(d, "INFO", "gds availability", route=rt2, attempt=2, status=200, dur_ms=7412, offers=44))
    w.add(19.81, N(), nginx_access(r, cl(), "GET", "/api/flights/search?route=%s&date=2026-05-09" % rt2, 200, up, "%s:8080" % fip[1], 8.329, ua="TravelApp/5.14.0 (Android 14; Pixel 8)"))
    slow(24.0, 2, False)
    w.add(26.0, w.pl("kube-system", "kube-dns-%s-%s" % (kname(r, 10), kname(r, 5)), "kubedns", gke[2], "kube-dns"), lambda d: coredns_q(r, fip[2], "A", "api.gds-partner.example.", "NOERROR", dur=0.0141))
    w.add(33.0, N(), nginx_access(r, cl(), "GET", "/api/flights/search?route=FRA-SIN&date=2026-06-01", 504, up, "%s:8080" % fip[2], 10.002, size=160, ua="Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15", upstream_status="504"))
    w.add(40.0, F(1), lambda d: slog_json(d, "WARN", "gds availability slow", route="LIS-GRU", status=200, dur_ms=4410, threshold_ms=3000))
    w.add(52.0, F(0), lambda d: slog_json(d, "WARN", "gds availability slow", route="MAD-MEX", status=200, dur_ms=3212, threshold_ms=3000))
    ok(70.0, 2, 1288)
    ok(84.0, 0, 906)
    ok(95.0, 1, 771)
    w.add(101.0, F(2), lambda d: slog_json(d, "INFO", "cache stats", hit_ratio=0.61, entries=48211))
    ok(110.0, 2, 842)
    ok(121.0, 0, 798)
    return w.record(
        "Flight searches were slow and some returned 504 around 18:00. Is it our cluster?",
        {"namespace": ns, "pod": None, "container": None, "node": None, "app": "flight-search"}, "WARN", "timeout", "gds-partner-api",
        "The external GDS availability API (api.gds-partner.example) answered very slowly for about a minute; flight-search "
        "calls hit their 8s client timeout (retried once) and ingress-nginx returned 504 after its 10s read timeout.",
        "Transient latency spike at the external GDS caused client timeouts and a few 504s; latencies returned to normal (<1.3s) without intervention.",
        "No immediate action; raise it with the GDS provider if it recurs and consider serving cached results on timeout.")


@scenario("checkout-3ds-timeout", "EKS")
def s_checkout_3ds_timeout(key):
    w = Win(key, utc(2026, 3, 27, 20, 14, 8, 0), "eks-payments-prod-euw1")
    r = w.rng
    mk = lambda: "ip-10-8-%d-%d.eu-west-1.compute.internal" % (r.randint(0, 63), r.randint(4, 250))
    nodes = [mk(), mk(), mk()]
    w.infra_node = nodes[0]
    ns = "payments"
    co_rs, co = rs_pods(r, "checkout-svc", 2)
    emi = rs_pods(r, "emissary-ingress", 2)[1]
    cip = [ip(r, "10.8.%d" % r.randint(0, 63)) for _ in co]
    psp = "https://3ds.psp-pay.example/v2/authentications"
    C = lambda i: w.pl(ns, co[i], "checkout-svc", nodes[i], "checkout-svc")
    EM = lambda i: w.pl("emissary", emi[i], "emissary-ingress", nodes[2 - i], "emissary-ingress")
    thr = lambda: "default-nioEventLoopGroup-1-%d" % r.randint(1, 8)
    xff = lambda: "%d.%d.%d.%d" % (r.choice([81, 85, 92, 176]), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
    ua = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.3 Mobile/15E148 Safari/604.1"

    def acc(t, i, st, flags, dur, pi, ev=False):
        w.add(t, EM(i), envoy_access(r, "POST", "/checkout/v1/payments", st, flags, dur, xff(), ua, "pay.travelco.com", "%s:8080" % cip[pi], prefix="ACCESS ", rx=r.randint(900, 1600), tx=(24 if st == 504 else r.randint(300, 900)), ust=("-" if flags == "UT" else str(dur - 2))), ev=ev)

    def ok(t, i, pi, ms):
        w.add(t, C(pi), lambda d: logback(d, thr(), "INFO", "c.t.checkout.ThreeDsClient", "3DS authentication frictionless for order TC-%d in %dms" % (r.randint(4000000, 4999999), ms)))
        acc(t + 0.05, i, 201, "-", ms + r.randint(40, 120), pi)
    ok(0.5, 0, 0, 612)
    ok(3.0, 1, 1, 744)
    w.add(7.0, C(0), lambda d: logback(d, thr(), "WARN", "c.t.checkout.ThreeDsClient", "3DS authentication slow for order TC-%d: 8412ms" % r.randint(4000000, 4999999)))
    for k, t in enumerate((12.0, 19.0, 27.5, 36.0)):
        pi = k % 2
        oid = r.randint(4000000, 4999999)
        w.add(t, C(pi), lambda d, oid=oid: logback(d, thr(), "WARN", "c.t.checkout.ThreeDsClient", "3DS call attempt 1 for order TC-%d failed after 10001ms: io.micronaut.http.client.exceptions.ReadTimeoutException: Read Timeout" % oid), ev=(k < 2))
        w.add(t + 0.001, C(pi), "io.micronaut.http.client.exceptions.ReadTimeoutException: Read Timeout", ev=(k == 0))
        w.add(t + 0.002, C(pi), "\tat io.micronaut.http.client.exceptions.ReadTimeoutException.<clinit>(ReadTimeoutException.java:26)")
        w.add(t + 0.003, C(pi), "\tat io.micronaut.http.client.netty.DefaultHttpClient.lambda$exchangeImpl$48(DefaultHttpClient.java:1142)")
        acc(t + 5.0, pi, 504, "UT", 15001, pi, ev=(k == 0))
        w.add(t + 5.01, C(pi), lambda d, oid=oid: logback(d, thr(), "INFO", "c.t.checkout.CheckoutController", "client closed connection for order TC-%d during 3DS retry (attempt 2 cancelled)" % oid))
    w.add(15.0, w.pl("kube-system", "coredns-%s-%s" % (kname(r, 10), kname(r, 5)), "coredns", nodes[1], "kube-dns"), lambda d: coredns_q(r, cip[0], "A", "3ds.psp-pay.example.", "NOERROR", dur=0.0021))
    ok(23.0, 0, 0, 2390)
    w.add(31.0, C(1), lambda d: logback(d, thr(), "INFO", "i.m.management.health.indicator", "Health check status UP (db: UP, kafka: UP)") )
    ok(40.0, 1, 1, 6120)
    w.add(44.0, EM(0), lambda d: '[%s][%d][info][upstream] [source/common/upstream/cds_api_helper.cc:32] cds: add 0 cluster(s), remove 0 cluster(s)' % (java_dot(d), r.randint(20, 60)))
    w.add(48.0, C(0), lambda d: logback(d, thr(), "WARN", "c.t.checkout.ThreeDsClient", "3DS call attempt 1 for order TC-%d failed after 10001ms: io.micronaut.http.client.exceptions.ReadTimeoutException: Read Timeout" % r.randint(4000000, 4999999)))
    acc(53.0, 0, 504, "UT", 15000, 0)
    w.add(55.0, w.pl(ns, rs_pod(r, "payment-ledger")[1], "payment-ledger", nodes[2], "payment-ledger"), lambda d: slog_json(d, "INFO", "ledger batch committed", entries=r.randint(40, 90), dur_ms=r.randint(20, 60)))
    return w.record(
        "Checkout payments time out with 504 for many customers this evening. Where is the problem?",
        {"namespace": "emissary", "pod": None, "container": None, "node": None, "app": "emissary-ingress"}, "ERROR", "timeout", "psp-3ds-api",
        "The PSP's external 3-D Secure authentication endpoint (3ds.psp-pay.example) responds in 8-10+ s; checkout-svc's "
        "10s read timeout fires and its retry pushes the request past the Emissary route timeout (15s), which returns 504 UT.",
        "Checkout requests fail with 504 (upstream request timeout) because 3DS calls to the external PSP are too slow; "
        "faster calls still succeed.",
        "Check the PSP status page/open a ticket; meanwhile reduce retries on 3DS (no retry beyond the route timeout) and "
        "surface a 'try again' to customers instead of a gateway timeout.")


# ---------------------------------------------------------------- tls_certificate

@scenario("payout-psp-pkix", "OpenShift")
def s_payout_psp_pkix(key):
    w = Win(key, utc(2026, 5, 5, 6, 0, 12, 0), "ocp-travel-prod")
    r = w.rng
    nodes = ["worker-%d.ocp-prod.travelco.internal" % i for i in (2, 4, 5)]
    w.infra_node = "infra-0.ocp-prod.travelco.internal"
    ns = "payouts"
    po_rs, po = rs_pods(r, "payout-service", 2)
    rf = rs_pod(r, "refund-service")[1]
    host = "api.psp-pay.example"
    P = lambda i: w.pl(ns, po[i], "payout-service", nodes[i], "payout-service")
    RF = lambda: w.pl("payments", rf, "refund-service", nodes[2], "refund-service")
    ktor = lambda d, thread, level, logger, msg: "%s [%s] %-5s %s - %s" % (java_dot(d), thread, level, logger, msg)
    wk = lambda: "DefaultDispatcher-worker-%d" % r.randint(1, 16)
    pid = lambda: "PO-%d" % r.randint(10000000, 99999999)

    def fail(t, i, ev, stack):
        p = pid()
        w.add(t, P(i), lambda d: ktor(d, wk(), "ERROR", "c.t.payout.PspPayoutClient", "payout %s to %s failed (attempt %d/5)" % (p, host, r.randint(1, 5))), ev=ev)
        w.add(t + 0.001, P(i), "javax.net.ssl.SSLHandshakeException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target", ev=ev)
        if stack:
            w.add(t + 0.002, P(i), "\tat java.base/sun.security.ssl.Alert.createSSLException(Alert.java:130)")
            w.add(t + 0.003, P(i), "\tat java.base/sun.security.ssl.CertificateMessage$T13CertificateConsumer.checkServerCerts(CertificateMessage.java:1300)")
            w.add(t + 0.004, P(i), "Caused by: sun.security.validator.ValidatorException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target", ev=ev)
            w.add(t + 0.005, P(i), "\tat java.base/sun.security.validator.PKIXValidator.doBuild(PKIXValidator.java:388)")
    w.add(0.5, RF(), lambda d: quarkus(d, "INFO", "c.t.r.PspRefundClient", "executor-thread-%d" % r.randint(1, 30), "refund RF-%d accepted by %s in 412ms" % (r.randint(100000, 999999), host)))
    w.add(2.0, P(0), lambda d: ktor(d, "main", "INFO", "c.t.payout.Tls", "using trust store /etc/psp-truststore/truststore.jks (2 entries: psp-pay-root-r1, psp-pay-issuing-ca-2)"), ev=True)
    w.add(2.2, P(0), lambda d: ktor(d, "main", "INFO", "ktor.application", "Application started in 1.911 seconds."))
    w.add(4.0, P(0), lambda d: ktor(d, "kafka-consumer-payouts", "INFO", "o.a.k.c.c.internals.ConsumerCoordinator", "[Consumer clientId=payout-service-1, groupId=payout-service] Adding newly assigned partitions: payout-requests-0, payout-requests-1"))
    fail(6.3, 0, True, True)
    fail(9.8, 1, True, False)
    w.add(12.0, RF(), lambda d: quarkus(d, "INFO", "c.t.r.PspRefundClient", "executor-thread-%d" % r.randint(1, 30), "refund RF-%d accepted by %s in 388ms" % (r.randint(100000, 999999), host)))
    fail(14.5, 0, False, False)
    w.add(16.0, w.pl("openshift-dns", "dns-default-%s" % kname(r, 5), "dns", nodes[1], "dns-default"), lambda d: coredns_q(r, ip(r, "10.129.2"), "A", host + ".", "NOERROR", dur=0.0184))
    fail(19.9, 1, False, True)
    w.add(23.0, P(1), lambda d: ktor(d, wk(), "WARN", "c.t.payout.PayoutRetryScheduler", "payout %s moved to retry topic payout-requests-retry-5m after 5 failed attempts" % pid()))
    fail(27.2, 0, False, False)
    w.add(30.0, RF(), lambda d: quarkus(d, "INFO", "io.quarkus.http.access-log", "vert.x-eventloop-thread-0", '%s - - [%s] "GET /q/health/ready HTTP/1.1" 200 46' % (ip(r, "10.129.0"), nginx_local(d))))
    fail(33.4, 1, False, False)
    w.add(36.0, P(0), lambda d: ktor(d, "eventLoopGroupProxy-4-1", "INFO", "ktor.application", "200 OK: GET - /health/ready in 2ms"))
    fail(40.1, 0, False, False)
    w.add(44.0, P(1), lambda d: ktor(d, wk(), "WARN", "c.t.payout.PayoutRetryScheduler", "payout %s moved to retry topic payout-requests-retry-5m after 5 failed attempts" % pid()))
    w.add(47.0, RF(), lambda d: quarkus(d, "INFO", "c.t.r.PspRefundClient", "executor-thread-%d" % r.randint(1, 30), "refund RF-%d accepted by %s in 401ms" % (r.randint(100000, 999999), host)))
    return w.record(
        "Supplier payouts have been failing since 06:00 while refunds to the same PSP work. Why?",
        {"namespace": ns, "pod": None, "container": None, "node": None, "app": "payout-service"}, "ERROR", "tls_certificate", "payout-service",
        "The PSP rotated its server certificate to a new CA chain; payout-service validates the PSP with a pinned custom trust "
        "store (2 old CA entries) so the TLS handshake fails with PKIX path building failed. refund-service uses the default JVM "
        "trust store and is unaffected.",
        "All payouts fail with SSLHandshakeException (unable to find valid certification path) and go to the retry topic; "
        "DNS and the PSP itself are fine.",
        "Add the PSP's new root/intermediate CA to the psp-truststore ConfigMap/Secret (or switch to the default trust store), "
        "roll the payout-service pods and replay the retry topic.")


@scenario("gitea-internal-cert-expired", "k3s")
def s_gitea_internal_cert_expired(key):
    w = Win(key, utc(2026, 6, 1, 8, 14, 2, 0), "k3s-ci-edge-rtm")
    r = w.rng
    nodes = ["k3s-ci-%d" % i for i in (1, 2, 3)]
    w.infra_node = nodes[0]
    host = "git.ci.travelco.dev"
    gpod = rs_pod(r, "gitea")[1]
    wps = "woodpecker-server-0"
    wpa = rs_pod(r, "woodpecker-agent")[1]
    cm = rs_pod(r, "cert-manager")[1]
    reno = job_pod(r, cron_job("renovate", utc(2026, 6, 1, 8, 0)))
    exp = "2026-05-31T23:59:59Z"
    G = lambda: w.pl("gitea", gpod, "gitea", nodes[1], "gitea")
    S = lambda: w.pl("ci", wps, "server", nodes[2], "woodpecker-server")
    A = lambda: w.pl("ci", wpa, "agent", nodes[0], "woodpecker-agent")
    x509 = lambda d: "tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time %s is after %s" % (iso_s(d), exp)
    w.add(0.5, G(), lambda d: gitea(d, "...eb/routing/logger.go:102:func1()", "I", "router: completed GET /api/v1/repos/travel/booking-api/hooks for 10.42.2.%d:0, 200 OK in 4.2ms @ v1/repo/hook.go:41(repo.ListHooks)" % r.randint(2, 250)))
    w.add(2.0, S(), jline(lambda d: OrderedDict([("level", "error"), ("error", 'Post "https://%s/login/oauth/access_token": %s' % (host, x509(d))), ("time", iso_s(d)), ("message", "cannot authenticate user")])), ev=True)
    w.add(4.1, S(), jline(lambda d: OrderedDict([("level", "error"), ("repo", "travel/booking-api"), ("error", 'Get "https://%s/api/v1/repos/travel/booking-api/contents/.woodpecker?ref=main": %s' % (host, x509(d))), ("time", iso_s(d)), ("message", "could not fetch config")])), ev=True)
    step = "wp-01jwq%s-0-clone" % "".join(r.choice("0123456789abcdefghjkmnpqrstvwxyz") for _ in range(19))
    w.add(7.0, w.pl("ci", step, "clone", nodes[0], None), "+ git fetch --no-tags --depth=1 --filter=tree:0 origin +%s:" % hexs(r, 40))
    w.add(7.4, w.pl("ci", step, "clone", nodes[0], None), "fatal: unable to access 'https://%s/travel/fare-engine.git/': SSL certificate problem: certificate has expired" % host, ev=True)
    w.add(7.5, A(), jline(lambda d: OrderedDict([("level", "info"), ("error", "exit code 128"), ("time", iso_s(d)), ("message", "workflow step clone failed")])))
    w.add(9.0, w.pl("cert-manager", cm, "cert-manager-controller", nodes[2], "cert-manager"),
          cm_klog("I", "trigger_controller.go:215", "Certificate does not need re-issuing, re-queuing", logger="cert-manager.controller.certificates-trigger", key="ci/woodpecker-tls", renewal_time="2026-07-12 04:20:11 +0000 UTC"))
    w.add(11.0, G(), lambda d: gitea(d, "...ices/webhook/deliver.go:260:Deliver()", "I", "Delivered webhook task[8811] to https://ci.travelco.dev/api/hook: 200 OK"))
    w.add(13.0, w.pl("renovate", reno, "renovate", nodes[1], "renovate"), lambda d: renovate(d, 50, "Repository has unknown error", reno, "travel/itinerary-web",
                                                                                      err={"name": "RequestError", "code": "CERT_HAS_EXPIRED", "message": "certificate has expired", "stack": "RequestError: certificate has expired\n    at ClientRequest.<anonymous> (/usr/local/renovate/node_modules/got/dist/source/core/index.js:792:61)"}), ev=True)
    w.add(15.0, S(), jline(lambda d: OrderedDict([("level", "error"), ("repo", "travel/fare-engine"), ("error", 'Post "https://%s/api/v1/repos/travel/fare-engine/statuses/%s": %s' % (host, hexs(r, 40), x509(d))), ("time", iso_s(d)), ("message", "failed to set commit status")])))
    w.add(18.0, G(), lambda d: gitea(d, "...eb/routing/logger.go:102:func1()", "I", "router: completed POST /travel/fare-engine.git/git-receive-pack for 10.42.0.%d:0, 200 OK in 388.2ms @ repo/githttp.go:522(repo.ServiceReceivePack)" % r.randint(2, 250)))
    w.add(19.0, G(), lambda d: gitea(d, "...s/queue/workergroup.go:227:doRun()", "I", "Queue \"repo_stats_update\" starts new worker"))
    w.add(21.0, w.pl("renovate", reno, "renovate", nodes[1], "renovate"), lambda d: renovate(d, 50, "Repository has unknown error", reno, "travel/booking-api",
                                                                                      err={"name": "RequestError", "code": "CERT_HAS_EXPIRED", "message": "certificate has expired"}))
    w.add(23.0, S(), jline(lambda d: OrderedDict([("level", "error"), ("error", 'Post "https://%s/login/oauth/access_token": %s' % (host, x509(d))), ("time", iso_s(d)), ("message", "cannot authenticate user")])))
    w.add(26.0, A(), jline(lambda d: OrderedDict([("level", "debug"), ("time", iso_s(d)), ("message", "request next execution")])))
    w.add(29.0, w.pl("projectcontour", ds_pod(r, "envoy"), "envoy", nodes[1], "envoy"), envoy_access(r, "GET", "/user/login", 200, "-", 6, "10.8.0.%d" % r.randint(2, 250), "Mozilla/5.0 (X11; Linux x86_64; rv:139.0) Gecko/20100101 Firefox/139.0", host, "%s:3000" % ip(r, "10.42.1"), ust="5"))
    w.add(31.0, w.pl("renovate", reno, "renovate", nodes[1], "renovate"), lambda d: renovate(d, 30, "Renovate is exiting with a non-zero code due to the following logged errors", reno, loggerErrors=2))
    w.add(34.0, S(), jline(lambda d: OrderedDict([("level", "error"), ("repo", "travel/booking-api"), ("error", 'Get "https://%s/api/v1/repos/travel/booking-api/contents/.woodpecker?ref=main": %s' % (host, x509(d))), ("time", iso_s(d)), ("message", "could not fetch config")])))
    w.add(38.0, G(), lambda d: gitea(d, "...eb/routing/logger.go:102:func1()", "I", "router: completed GET /travel/booking-api/pulls for 10.42.2.%d:0, 200 OK in 38.1ms @ repo/pull.go:1021(repo.MustAllowPulls)" % r.randint(2, 250)))
    for t in (1.2, 5.5, 16.5, 27.5, 36.0):
        w.add(t, G(), lambda d: gitea(d, "...eb/routing/logger.go:102:func1()", "I", "router: completed %s for 10.42.%d.%d:0, 200 OK in %.1fms @ %s" % (
            r.choice(["GET /user/events", "GET /api/v1/repos/travel/fare-engine/pulls?state=open", "GET /travel/itinerary-web/issues"]),
            r.randint(0, 2), r.randint(2, 250), r.uniform(0.8, 60), "web/repo/issue_list.go:760(repo.Issues)")))
    w.add(3.0, A(), jline(lambda d: OrderedDict([("level", "debug"), ("time", iso_s(d)), ("message", "request next execution")])))
    w.add(10.0, w.pl("kube-system", "coredns-%s-%s" % (kname(r, 10), kname(r, 5)), "coredns", nodes[2], "kube-dns"), lambda d: coredns_q(r, ip(r, "10.42.2"), "A", host + ".", "NOERROR"))
    w.add(24.5, w.pl("cert-manager", cm, "cert-manager-controller", nodes[2], "cert-manager"),
          cm_klog("I", "trigger_controller.go:215", "Certificate does not need re-issuing, re-queuing", logger="cert-manager.controller.certificates-trigger", key="monitoring/grafana-tls", renewal_time="2026-06-20 11:02:44 +0000 UTC"))
    w.add(32.0, S(), jline(lambda d: OrderedDict([("level", "info"), ("time", iso_s(d)), ("message", "metrics: 3 agents connected, 0 pending, 0 running")])))
    return w.record(
        "Since this morning Woodpecker cannot log users in or fetch pipeline configs, and clones fail. Gitea itself looks fine. Why?",
        {"namespace": "ci", "pod": None, "container": None, "node": None, "app": None}, "ERROR", "tls_certificate", "gitea",
        "The TLS certificate served for git.ci.travelco.dev (a manually created secret, not managed by cert-manager) expired "
        "at 2026-05-31T23:59:59Z; every HTTPS client of Gitea (Woodpecker server, clone steps, Renovate) rejects it.",
        "Gitea's HTTPS certificate expired, so Woodpecker OAuth login, config fetches, commit statuses, clones and Renovate "
        "all fail with certificate-expired errors.",
        "Issue a new certificate for git.ci.travelco.dev (ideally via a cert-manager Certificate so it renews automatically), "
        "update the ingress TLS secret and re-run failed pipelines.")


# ---------------------------------------------------------------- auth_failure

@scenario("booking-events-vault-role", "AKS")
def s_booking_events_vault_role(key):
    w = Win(key, utc(2026, 3, 10, 9, 12, 30, 0), "aks-travel-weu-prod")
    r = w.rng
    nodes = ["aks-apps-27714902-vmss00000%d" % i for i in (3, 5, 6)]
    w.infra_node = "aks-system-31045572-vmss000000"
    ns = "bookings"
    old_rs, old = rs_pods(r, "booking-events", 2)
    new_rs, new = rs_pods(r, "booking-events", 1)
    pod = new[0]
    vault = "vault-1"
    inj = rs_pod(r, "vault-agent-injector")[1]
    E = "exporter"
    V = lambda: w.pl(ns, pod, "vault-agent-init", nodes[2], "booking-events")
    VS = lambda: w.pl("vault", vault, "vault", nodes[0], "vault")
    hts = lambda d: iso_ms(d)
    w.event(0.0, E, ns, "Deployment", "booking-events", "ScalingReplicaSet", "Normal", "Scaled up replica set %s to 1" % new_rs, comp="deployment-controller", api="apps/v1")
    w.add(0.4, w.pl("vault", inj, "sidecar-injector", nodes[1], "vault-agent-injector"),
          lambda d: "%s [INFO]  handler: Request received: Method=POST URL=/mutate?timeout=10s" % hts(d))
    w.event(1.0, E, ns, "Pod", pod, "Scheduled", "Normal", "Successfully assigned %s/%s to %s" % (ns, pod, nodes[2]), comp="default-scheduler")
    w.event(2.0, E, ns, "Pod", pod, "Started", "Normal", "Started container vault-agent-init", host=nodes[2])
    w.add(2.5, V(), "==> Vault Agent started! Log data will stream in below:")
    w.add(2.51, V(), "==> Vault Agent configuration:")
    w.add(2.52, V(), "           Api Address 1: http://bufconn")
    w.add(2.53, V(), "                     Cgo: disabled")
    w.add(2.54, V(), "               Log Level: info")
    w.add(2.55, V(), "                 Version: Vault v1.18.4, built 2025-01-29T13:57:54Z")
    w.add(2.7, V(), lambda d: "%s [INFO]  agent.auth.handler: starting auth handler" % hts(d))
    w.add(2.71, V(), lambda d: "%s [INFO]  agent.auth.handler: authenticating" % hts(d))
    w.add(2.75, VS(), lambda d: '%s [ERROR] auth.kubernetes.auth_kubernetes_%s: login unauthorized: role=booking-events service_account_name=booking-events-sa namespace=bookings err="service account name not authorized"' % (hts(d), hexs(r, 8)), ev=True)
    w.add(2.8, V(), lambda d: "%s [ERROR] agent.auth.handler: error authenticating:" % hts(d), ev=True)
    w.add(2.801, V(), "  error=")
    w.add(2.802, V(), "  | Error making API request.")
    w.add(2.803, V(), "  | URL: PUT http://vault.vault.svc:8200/v1/auth/kubernetes/login", ev=True)
    w.add(2.804, V(), "  | Code: 403. Errors:", ev=True)
    w.add(2.805, V(), "  | * permission denied", ev=True)
    w.add(2.806, V(), "   backoff=1s")
    for t, b in ((4.0, "1.92s"), (6.1, "3.74s"), (10.0, "7.21s"), (17.4, "14.9s"), (32.5, "29.3s")):
        w.add(t, V(), lambda d: "%s [INFO]  agent.auth.handler: authenticating" % hts(d))
        w.add(t + 0.05, V(), lambda d, b=b: "%s [ERROR] agent.auth.handler: error authenticating: error=\"Error making API request. URL: PUT http://vault.vault.svc:8200/v1/auth/kubernetes/login Code: 403. Errors: * permission denied\" backoff=%s" % (hts(d), b))
    w.add(5.0, w.pl(ns, old[0], "booking-events", nodes[0], "booking-events"), lambda d: "%s [DefaultDispatcher-worker-2] INFO  c.t.events.Publisher - published 128 booking events to booking-events (lag 0)" % java_dot(d))
    w.add(12.0, VS(), lambda d: "%s [INFO]  expiration: revoked lease: lease_id=database/creds/booking-api/%s" % (hts(d), kname(r, 24)))
    w.add(20.0, w.pl(ns, old[1], "booking-events", nodes[1], "booking-events"), lambda d: "%s [DefaultDispatcher-worker-5] INFO  c.t.events.Publisher - published 96 booking events to booking-events (lag 0)" % java_dot(d))
    w.add(33.0, VS(), lambda d: '%s [ERROR] auth.kubernetes.auth_kubernetes_%s: login unauthorized: role=booking-events service_account_name=booking-events-sa namespace=bookings err="service account name not authorized"' % (hts(d), hexs(r, 8)))
    w.add(40.0, w.xl(job="argocd", namespace="argocd"), ctrd("info", "Updating operation state. phase: Running -> Running, message: 'waiting for healthy state of apps/Deployment/booking-events'", application="argocd/booking-events"))
    return w.record(
        "The new booking-events release is stuck with its pod in Init:0/1. What blocks it?",
        {"namespace": ns, "pod": None, "container": None, "node": None, "app": "booking-events"}, "ERROR", "auth_failure", "vault",
        "The release renamed the pod's service account to booking-events-sa, but the Vault Kubernetes auth role booking-events "
        "only binds the old service account name; Vault rejects the login (403 permission denied, 'service account name not "
        "authorized') so vault-agent-init never renders the secrets.",
        "New booking-events pods stay in Init because vault-agent-init cannot authenticate to Vault (403); the old pods keep running "
        "and the rollout is blocked.",
        "Add booking-events-sa to bound_service_account_names of the Vault role booking-events (or revert the service account "
        "name) and let the rollout continue.")


@scenario("runner-rbac-attach", "GKE")
def s_runner_rbac_attach(key):
    w = Win(key, utc(2026, 4, 15, 9, 3, 40, 0), "gke-devplat-euw3")
    r = w.rng
    gke = ["gke-devplat-ci-pool-%s-%s" % (hexs(r, 8), kname(r, 4)) for _ in range(2)] + ["gke-devplat-default-%s-%s" % (hexs(r, 8), kname(r, 4))]
    w.infra_node = gke[2]
    rpod_old = rs_pod(r, "gitlab-runner")[1]
    rpod = rs_pod(r, "gitlab-runner")[1]
    tok = "".join(r.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))
    R = lambda: w.pl("gitlab-runner", rpod, "gitlab-runner", gke[2], "gitlab-runner")
    E = "alloy"
    hc = rs_pod(r, "helm-controller")[1]
    sa = "system:serviceaccount:gitlab-runner:gitlab-runner"
    rnd = lambda: "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(8))
    H = lambda: w.pl("flux-system", hc, "manager", gke[2], "helm-controller")
    w.add(0.0, H(), jline(lambda d: OrderedDict([("level", "info"), ("ts", iso_ms(d)), ("msg", "release out-of-sync with desired state: chart version mismatch"), ("controller", "helmrelease"), ("controllerGroup", "helm.toolkit.fluxcd.io"), ("controllerKind", "HelmRelease"), ("HelmRelease", {"name": "gitlab-runner", "namespace": "gitlab-runner"}), ("namespace", "gitlab-runner"), ("name", "gitlab-runner"), ("reconcileID", uid(r))])))
    w.add(9.0, H(), jline(lambda d: OrderedDict([("level", "info"), ("ts", iso_ms(d)), ("msg", "Helm upgrade has completed"), ("controller", "helmrelease"), ("controllerGroup", "helm.toolkit.fluxcd.io"), ("controllerKind", "HelmRelease"), ("HelmRelease", {"name": "gitlab-runner", "namespace": "gitlab-runner"}), ("namespace", "gitlab-runner"), ("name", "gitlab-runner"), ("reconcileID", uid(r)), ("chart", "gitlab-runner@0.76.0"), ("revision", 19)])), ev=True)
    w.event(10.0, E, "gitlab-runner", "Pod", rpod_old, "Killing", "Normal", "Stopping container gitlab-runner", host=gke[2])
    w.event(12.0, E, "gitlab-runner", "Pod", rpod, "Started", "Normal", "Started container gitlab-runner", host=gke[2])
    w.add(13.0, R(), runner_log("INFO", "Runtime platform", arch="amd64", os="linux", pid=7, revision="%s" % hexs(r, 8), version="17.11.0"))
    w.add(13.2, R(), runner_log("INFO", "Configuration loaded", builds=0, max_builds=10))
    job = 931400
    for k, (t, proj, repo) in enumerate(((21.0, 412, "travel/fare-engine"), (30.5, 118, "travel/booking-api"), (44.0, 226, "travel/itinerary-web"), (58.0, 37, "platform/charts"))):
        job += r.randint(1, 5)
        pn = "runner-%s-project-%d-concurrent-%d-%s" % (tok.lower(), proj, k, rnd())
        w.add(t, R(), runner_log("INFO", "Checking for jobs... received", job=job, repo_url="https://gitlab.example.com/%s.git" % repo, runner=tok))
        w.event(t + 1.0, E, "ci-jobs", "Pod", pn, "Scheduled", "Normal", "Successfully assigned ci-jobs/%s to %s" % (pn, gke[k % 2]), comp="default-scheduler")
        w.event(t + 3.5, E, "ci-jobs", "Pod", pn, "Started", "Normal", "Started container build", host=gke[k % 2])
        w.add(t + 4.2, R(), runner_log("ERROR", 'Job failed (system failure): prepare environment: setting up trapping scripts on emptyDir: pods "%s" is forbidden: User "%s" cannot create resource "pods/attach" in API group "" in the namespace "ci-jobs". Check https://docs.gitlab.com/runner/shells/index.html#shell-profile-loading for more information' % (pn, sa),
                                         duration_s=round(4.2 + r.uniform(0, 0.5), 3), job=job, project=proj, runner=tok), ev=(k < 2))
        if k == 0:
            w.add(t + 4.4, R(), runner_log("WARNING", 'Error while executing file based variables removal script', error='couldn\'t get pod details: pods "%s" is forbidden: User "%s" cannot get resource "pods" in API group "" in the namespace "ci-jobs"' % (pn, sa), job=job, project=proj, runner=tok), ev=True)
        w.event(t + 4.8, E, "ci-jobs", "Pod", pn, "Killing", "Normal", "Stopping container build", host=gke[k % 2])
    w.add(50.0, w.pl("gitlab", rs_pod(r, "gitlab-webservice-default")[1], "webservice", gke[2], "webservice"), lambda d: gl_api(r, d, "PUT", "/api/v4/jobs/%d" % (job - 3), "/api/:version/jobs/:id", 200, (0, "ci"), "gitlab-runner 17.11.0 (17-11-stable; go1.23.7; linux/amd64)", ip(r, "10.60.2")))
    return w.record(
        "Since the runner upgrade at 09:04 every CI job ends with 'system failure' a few seconds after its pod starts. What broke?",
        {"namespace": "gitlab-runner", "pod": None, "container": None, "node": None, "app": "gitlab-runner"}, "ERROR", "auth_failure", "gitlab-runner",
        "The Flux Helm upgrade of gitlab-runner (chart 0.76.0) replaced the runner's RBAC rules; its service account "
        "system:serviceaccount:gitlab-runner:gitlab-runner may no longer create pods/attach or get pods in ci-jobs, so the "
        "Kubernetes executor cannot attach to build pods.",
        "Build pods are scheduled and started, but the runner is forbidden (RBAC) from attaching to them, so every job fails "
        "as a system failure.",
        "Restore the Role/RoleBinding in ci-jobs to allow pods (get/list/watch/create/delete), pods/attach, pods/exec and "
        "pods/log for the runner service account (fix rbac.rules in the Helm values) and retry the jobs.")


# ---------------------------------------------------------------- config_error

@scenario("seat-inventory-reloader", "RKE2")
def s_seat_inventory_reloader(key):
    w = Win(key, utc(2026, 3, 18, 12, 40, 3, 0), "rke2-travel-fra")
    r = w.rng
    nodes = ["travel-rke2-w%02d" % i for i in (1, 2, 4, 5)]
    w.infra_node = nodes[0]
    ns = "seats"
    rs_new, pods = rs_pods(r, "seat-inventory", 3)
    puid = [uid(r) for _ in pods]
    rl = rs_pod(r, "reloader-reloader")[1]
    bk = rs_pod(r, "booking-api")[1]
    ing = rs_pod(r, "ingress-nginx-controller")[1]
    E = "eventrouter"
    kp = r.randint(1100, 1900)
    S = lambda i: w.pl(ns, pods[i], "seat-inventory", nodes[i + 1], "seat-inventory")
    w.add(0.0, w.pl("reloader", rl, "reloader-reloader", nodes[0], "reloader"),
          ctrd("info", "Changes detected in 'seat-inventory-config' of type 'CONFIGMAP' in namespace 'seats'; updated 'seat-inventory' of type 'Deployment' in namespace 'seats'"), ev=True)
    w.event(0.5, E, ns, "Deployment", "seat-inventory", "ScalingReplicaSet", "Normal", "Scaled up replica set %s to 1" % rs_new, comp="deployment-controller", api="apps/v1")

    def crash(t, i, n, ev):
        w.add(t, S(i), lambda d: quarkus(d, "ERROR", "io.quarkus.runtime.Application", "main", "Failed to start application: java.lang.RuntimeException: Failed to start quarkus"), ev=ev)
        w.add(t + 0.001, S(i), "Caused by: io.smallrye.config.ConfigValidationException: Configuration validation failed:", ev=ev)
        w.add(t + 0.002, S(i), "\tSRCFG00011: Could not expand value KAFKA_BOOTSTRAP_SERVERS in property kafka.bootstrap.servers", ev=ev)
        w.add(t + 0.003, S(i), "\tat io.smallrye.config.SmallRyeConfig.buildMappings(SmallRyeConfig.java:155)")
        w.event(t + 1.0, E, ns, "Pod", pods[i], "BackOff", "Warning", "Back-off restarting failed container seat-inventory in pod %s_%s(%s)" % (pods[i], ns, puid[i]), host=nodes[i + 1], count=n)
    crash(9.0, 0, 1, True)
    w.event(24.0, E, ns, "Deployment", "seat-inventory", "ScalingReplicaSet", "Normal", "Scaled down replica set seat-inventory-%s to 2 from 3" % kname(r, 10), comp="deployment-controller", api="apps/v1")
    crash(27.5, 0, 2, False)
    crash(31.0, 1, 1, False)
    w.add(33.0, w.nl(nodes[1], "rke2-agent.service"), crashloop(kp, ns, pods[0], puid[0], "seat-inventory", "20s"))
    w.add(35.0, w.pl("bookings", bk, "booking-api", nodes[0], "booking-api"), lambda d: quarkus(d, "ERROR", "c.t.b.SeatHoldClient", "executor-thread-%d" % r.randint(1, 40), "seat hold for flight TP1351 failed: jakarta.ws.rs.WebApplicationException: HTTP 503 Service Unavailable (seat-inventory)"))
    w.add(36.0, w.pl("ingress-nginx", ing, "controller", nodes[3], "ingress-nginx"), nginx_access(r, "10.0.%d.%d" % (r.randint(1, 30), r.randint(2, 250)), "POST", "/api/v1/bookings", 503, "bookings-booking-api-8080", "%s:8080" % ip(r, "10.42.1"), 0.041, size=122, ua="TravelApp/5.14.0 (Android 14; Pixel 8)"))
    w.event(40.0, E, ns, "Deployment", "seat-inventory", "ScalingReplicaSet", "Normal", "Scaled down replica set seat-inventory-%s to 0 from 1" % kname(r, 10), comp="deployment-controller", api="apps/v1")
    crash(52.0, 2, 1, False)
    crash(58.0, 1, 2, False)
    w.add(63.0, w.pl("bookings", bk, "booking-api", nodes[0], "booking-api"), lambda d: quarkus(d, "ERROR", "c.t.b.SeatHoldClient", "executor-thread-%d" % r.randint(1, 40), "seat hold for flight LH1172 failed: jakarta.ws.rs.ProcessingException: Connection refused: seat-inventory.seats.svc.cluster.local/10.43.%d.%d:8080" % (r.randint(0, 255), r.randint(1, 254))))
    crash(70.0, 0, 3, False)
    w.add(72.0, w.nl(nodes[2], "rke2-agent.service"), crashloop(kp + 7, ns, pods[1], puid[1], "seat-inventory", "20s"))
    return w.record(
        "Bookings fail with 503 from seat-inventory and all its pods are in CrashLoopBackOff. What happened?",
        {"namespace": ns, "pod": None, "container": None, "node": None, "app": "seat-inventory"}, "CRITICAL", "config_error", "seat-inventory",
        "A change to ConfigMap seat-inventory-config removed KAFKA_BOOTSTRAP_SERVERS; Reloader rolled the Deployment and every "
        "new Quarkus pod fails config validation at startup (SRCFG00011: could not expand KAFKA_BOOTSTRAP_SERVERS), so all "
        "replicas crash-loop.",
        "seat-inventory is down: all replicas crash at startup on a missing environment variable from its ConfigMap; "
        "booking-api gets 503/connection refused on seat holds.",
        "Restore KAFKA_BOOTSTRAP_SERVERS in seat-inventory-config (or roll back the config commit) and restart the Deployment; "
        "add config validation to the GitOps pipeline.")


@scenario("loyalty-admin-webconfig", "AKS")
def s_loyalty_admin_webconfig(key):
    w = Win(key, utc(2026, 2, 25, 14, 20, 11, 0), "aks-travel-weu-prod")
    r = w.rng
    w.infra_node = "aks-system-31045572-vmss000002"
    ns = "crm-legacy"
    win = ["aksnpw22000000", "aksnpw22000001", "aksnpw22000003"]
    old_rs, old = rs_pods(r, "loyalty-admin", 2)
    new_rs, new = rs_pods(r, "loyalty-admin", 1)
    pod = new[0]
    lpuid = uid(r)
    nip = ip(r, "10.224.1")
    oip = [ip(r, "10.224.1") for _ in old]
    E = "alloy"
    N = lambda: w.pl(ns, pod, "loyalty-admin", win[2], "loyalty-admin")
    O = lambda i: w.pl(ns, old[i], "loyalty-admin", win[i], "loyalty-admin")
    ua = "Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/133.0.0.0+Safari/537.36"
    w.event(0.0, E, ns, "Deployment", "loyalty-admin", "ScalingReplicaSet", "Normal", "Scaled up replica set %s to 1" % new_rs, comp="deployment-controller", api="apps/v1")
    w.event(1.0, E, ns, "Pod", pod, "Scheduled", "Normal", "Successfully assigned %s/%s to %s" % (ns, pod, win[2]), comp="default-scheduler")
    w.event(3.0, E, ns, "Pod", pod, "Pulled", "Normal", 'Container image "acrtravelweu.azurecr.io/crm/loyalty-admin:2026.2.25-ltsc2022" already present on machine', host=win[2])
    w.event(9.0, E, ns, "Pod", pod, "Started", "Normal", "Started container loyalty-admin", host=win[2])
    w.add(11.0, N(), "Replacing tokens in C:\\inetpub\\wwwroot\\web.config: #{CrmDbConnection}#, #{LoyaltyApiBaseUrl}#, #{SmtpRelay}#")
    w.add(11.4, N(), "Starting LogMonitor and ServiceMonitor (w3svc)")
    w.add(14.0, N(), lambda d: logmon_ev(d, "System", "Information", 7036, "The World Wide Web Publishing Service service entered the running state."))

    def oldreq(t, i, uri):
        w.add(t, O(i), lambda d: logmon_file(d, w3c(d, oip[i], "GET", uri, None, 80, "10.224.0.%d" % r.randint(4, 9), ua, 200, 0, 0, r.randint(20, 300)), "u_ex%s.log" % d.strftime("%y%m%d")))
    oldreq(5.0, 0, "/Members/Search")
    oldreq(12.0, 1, "/Members/Details/88121")
    for k, t in enumerate((25.0, 35.0, 45.0, 55.0, 65.0)):
        w.add(t, N(), lambda d: logmon_file(d, w3c(d, nip, "GET", "/health", None, 80, "10.224.1.%d" % r.randint(60, 90), "kube-probe/1.30", 500, 19, 13, r.randint(1, 6)), "u_ex%s.log" % d.strftime("%y%m%d")), ev=(k == 0))
        if k == 0:
            w.add(t + 0.1, N(), lambda d: logmon_ev(d, "Application", "Error", 2307,
                  "The worker process for application pool 'LoyaltyAdmin' encountered an error 'Configuration file is not well-formed XML ' trying to read configuration data from file '\\\\?\\C:\\inetpub\\wwwroot\\web.config', line number '14'. The data field contains the error code."), ev=True)
    w.event(45.3, E, ns, "Pod", pod, "Unhealthy", "Warning", "Readiness probe failed: HTTP probe failed with statuscode: 500", host=win[2], count=3, first_off=25.2)
    oldreq(47.0, 0, "/Members/Search")
    w.add(58.0, N(), lambda d: logmon_ev(d, "Application", "Error", 2307,
          "The worker process for application pool 'LoyaltyAdmin' encountered an error 'Configuration file is not well-formed XML ' trying to read configuration data from file '\\\\?\\C:\\inetpub\\wwwroot\\web.config', line number '14'. The data field contains the error code."))
    w.add(60.0, w.nl(win[2], None, job="windows/kubelet", filename="C:\\k\\kubelet.log"),
          kprobe("I", 4620, "Readiness", ns, pod, lpuid, "loyalty-admin", "HTTP probe failed with statuscode: 500"))
    oldreq(62.0, 1, "/Rewards/Catalog")
    w.add(66.0, w.xl(job="azure/activity", resource="aks-travel-weu-prod"), lambda d: '{"time":"%s","operationName":"Microsoft.ContainerService/managedClusters/read","resultType":"Success","category":"Administrative","callerIpAddress":"10.8.0.14"}' % iso_ms(d))
    w.event(75.0, E, ns, "Pod", pod, "Unhealthy", "Warning", "Readiness probe failed: HTTP probe failed with statuscode: 500", host=win[2], count=6, first_off=25.2)
    oldreq(78.0, 0, "/Members/Details/1204")
    for t in (18.0, 30.0, 38.0, 52.0, 70.0, 82.0):
        oldreq(t, int(t) % 2, r.choice(["/Members/Search", "/Rewards/Catalog", "/Members/Details/%d" % r.randint(1000, 99999), "/Reports/Monthly"]))
    w.add(15.0, N(), lambda d: logmon_ev(d, "System", "Information", 7036, "The Windows Process Activation Service service entered the running state."))
    w.add(41.0, w.nl(win[2], None, job="windows/kubelet", filename="C:\\k\\kubelet.log"),
          kprobe("I", 4620, "Readiness", ns, pod, lpuid, "loyalty-admin", "HTTP probe failed with statuscode: 500"))
    return w.record(
        "The loyalty-admin rollout never becomes ready: readiness returns HTTP 500. The old pods are fine. Why?",
        {"namespace": ns, "pod": None, "container": None, "node": None, "app": "loyalty-admin"}, "ERROR", "config_error", "loyalty-admin",
        "The token replacement at container start writes the new connection string into web.config and produces malformed XML "
        "(line 14); IIS cannot read the configuration (HTTP 500.19, IIS-W3SVC-WP 2307 'Configuration file is not well-formed XML'), "
        "so every request, including the readiness probe, gets 500.",
        "New loyalty-admin pods run but serve only 500.19 because their generated web.config is not well-formed XML; the "
        "rollout is stuck while the old pods keep serving.",
        "Fix the CrmDbConnection value (escape XML special characters such as & as &amp;) or the token-replacement script, "
        "redeploy, and consider validating web.config at startup.")


# ---------------------------------------------------------------- resource_exhausted

@scenario("booking-indexer-flood", "TKG")
def s_booking_indexer_flood(key):
    w = Win(key, utc(2026, 4, 24, 3, 5, 40, 0), "tkg-travel-wkld02")
    r = w.rng
    md = "tkg-travel-wkld02-md-1-%s" % kname(r, 9)
    nodes = ["%s-%s" % (md, kname(r, 5)) for _ in range(4)]
    w.infra_node = nodes[0]
    es = ["bookings-es-data-%d" % i for i in range(3)]
    master = "bookings-es-master-0"
    idx_rs, idx = rs_pods(r, "booking-indexer", 2)
    ES = lambda i: w.pl("search", es[i], "elasticsearch", nodes[i], "elasticsearch")
    M = lambda: w.pl("search", master, "elasticsearch", nodes[3], "elasticsearch")
    I = lambda i: w.pl("bookings", idx[i], "booking-indexer", nodes[(i + 2) % 4], "booking-indexer")
    did = [esid(r) for _ in es]
    dtm = "o.e.c.r.a.DiskThresholdMonitor"
    thr = "elasticsearch[%s][generic][T#3]" % master
    w.add(0.5, I(0), lambda d: nest(d, "LOG", "BulkIndexer", "flushed 500 booking documents to bookings-2026.04 in 184ms"))
    w.add(3.0, M(), lambda d: es_json(d, "WARN", dtm, "high disk watermark [90%%] exceeded on [%s][%s][/usr/share/elasticsearch/data] free: 8.9gb[8.9%%], shards will be relocated away from this node; currently relocating away shards totalling [0b] bytes; the node is expected to continue to exceed the high disk watermark when these relocations are complete" % (did[1], es[1]), master, thr, cluster="bookings"), ev=True)
    w.add(8.0, I(1), lambda d: nest(d, "LOG", "BulkIndexer", "flushed 500 booking documents to bookings-2026.04 in 211ms"))
    w.add(14.0, w.pl("search", es[1], "elasticsearch", nodes[1], "elasticsearch"), lambda d: es_json(d, "INFO", "o.e.i.e.Engine", "[bookings-2026.04][2] merge segment [_8fz] done: took [12.4s], [1.2 GB], [2,481,112 docs], [0s stopped], [1.1s throttled]", es[1], "elasticsearch[%s][merge][T#2]" % es[1], cluster="bookings"))
    w.add(33.0, M(), lambda d: es_json(d, "WARN", dtm, "flood stage disk watermark [95%%] exceeded on [%s][%s][/usr/share/elasticsearch/data] free: 4.6gb[4.6%%], all indices on this node will be marked read-only" % (did[1], es[1]), master, thr, cluster="bookings"), ev=True)
    w.add(33.4, M(), lambda d: es_json(d, "INFO", "o.e.c.m.MetadataIndexStateService", "adding [index.blocks.read_only_allow_delete] block to indices [[bookings-2026.04/%s], [bookings-2026.03/%s]]" % (esid(r), esid(r)), master, "elasticsearch[%s][masterService#updateTask][T#6]" % master, cluster="bookings"))
    for k, t in enumerate((35.2, 38.9, 44.0, 51.7, 60.3)):
        i = k % 2
        w.add(t, I(i), lambda d: nest(d, "ERROR", "BulkIndexer", "bulk request to bookings-2026.04 failed: 500 of 500 items rejected (status 429)"), ev=(k == 0))
        w.add(t + 0.001, I(i), "ResponseError: cluster_block_exception: [cluster_block_exception] Reason: index [bookings-2026.04] blocked by: [TOO_MANY_REQUESTS/12/disk usage exceeded flood-stage watermark, index has read-only-allow-delete block];", ev=(k == 0))
        w.add(t + 0.002, I(i), lambda d: nest(d, "WARN", "BulkIndexer", "backing off %dms before retry (attempt %d)" % (2 ** (k + 8), k + 1)))
    w.add(40.0, ES(0), lambda d: es_json(d, "INFO", "o.e.c.r.a.a.DiskThresholdDecider", "low disk watermark [85%%] exceeded on [%s][%s][/usr/share/elasticsearch/data] free: 13.1gb[13.1%%], replicas will not be assigned to this node" % (did[0], es[0]), es[0], "elasticsearch[%s][generic][T#1]" % es[0], cluster="bookings"))
    w.add(47.0, w.pl("bookings", rs_pod(r, "booking-api")[1], "booking-api", nodes[2], "booking-api"), lambda d: quarkus(d, "INFO", "c.t.b.api.BookingResource", "executor-thread-%d" % r.randint(1, 40), "booking BK-%s confirmed pnr=%s" % (kname(r, 6).upper(), "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)))))
    w.add(56.0, M(), lambda d: es_json(d, "WARN", "o.e.x.i.IndexLifecycleRunner", "policy [bookings-ilm] for index [bookings-2025.10] failed on step [{\"phase\":\"delete\",\"action\":\"delete\",\"name\":\"wait-for-shard-history-leases\"}]. Moving to ERROR step", master, "elasticsearch[%s][trigger_engine_scheduler][T#1]" % master, cluster="bookings"), ev=True)
    w.add(63.0, M(), lambda d: es_json(d, "WARN", dtm, "flood stage disk watermark [95%%] exceeded on [%s][%s][/usr/share/elasticsearch/data] free: 4.2gb[4.2%%], all indices on this node will be marked read-only" % (did[1], es[1]), master, thr, cluster="bookings"))
    w.add(66.0, I(1), lambda d: nest(d, "WARN", "OutboxPoller", "outbox backlog 18211 events (oldest 31s)"))
    w.add(70.0, w.pl("kube-system", ds_pod(r, "vsphere-csi-node"), "node-driver-registrar", nodes[1], "vsphere-csi-node"), klog("I", "main.go:111", "Received NotifyRegistrationStatus call: &RegistrationStatus{PluginRegistered:true,Error:,}"))
    w.add(74.0, I(0), lambda d: nest(d, "ERROR", "BulkIndexer", "bulk request to bookings-2026.04 failed: 500 of 500 items rejected (status 429)"))
    return w.record(
        "booking-indexer gets HTTP 429 from Elasticsearch on every bulk request. Are we being rate limited?",
        {"namespace": "bookings", "pod": None, "container": None, "node": None, "app": "booking-indexer"}, "ERROR", "resource_exhausted", "elasticsearch",
        "Data node bookings-es-data-1 (namespace search) ran out of disk: it crossed the 95% flood-stage watermark, so "
        "Elasticsearch put a read-only-allow-delete block on the bookings indices; the 429s are that block "
        "(TOO_MANY_REQUESTS/12), not throttling. The ILM delete phase for old indices is stuck, so space is not reclaimed.",
        "Indexing of bookings is blocked because an Elasticsearch data node's disk is full (flood-stage watermark); writes "
        "are rejected with 429 cluster_block_exception and the outbox backlog grows.",
        "Free or add disk (delete/shrink old bookings-* indices, fix the stuck ILM delete step, or expand the PVC), then "
        "confirm the read-only-allow-delete block is released and let the indexer catch up.")


@scenario("gitea-open-files", "k3s")
def s_gitea_open_files(key):
    w = Win(key, utc(2026, 5, 19, 10, 31, 7, 0), "k3s-lab-ams")
    r = w.rng
    nodes = ["k3s-lab-n%d" % i for i in (1, 2, 3)]
    w.infra_node = nodes[0]
    gpod = rs_pod(r, "gitea")[1]
    envoy = ds_pod(r, "envoy")
    wps = "woodpecker-server-0"
    gip = ip(r, "10.42.2")
    host = "git.lab.travelco.dev"
    G = lambda: w.pl("gitea", gpod, "gitea", nodes[2], "gitea")
    EV = lambda: w.pl("projectcontour", envoy, "envoy", nodes[1], "envoy")
    ua = "git/2.47.1"

    def acc(t, st, flags, path, dur):
        w.add(t, EV(), envoy_access(r, "GET" if "upload-pack" not in path else "POST", path, st, flags, dur, "192.168.50.%d" % r.randint(2, 250), ua, host, "%s:3000" % gip, tx=(95 if st == 503 else None), ust=("-" if st == 503 else str(dur - 1))))
    acc(0.5, 200, "-", "/travel/booking-api.git/info/refs?service=git-upload-pack", 41)
    w.add(2.0, G(), lambda d: gitea(d, "...eb/routing/logger.go:102:func1()", "I", "router: completed GET /api/v1/repos/travel/fare-engine/commits?limit=50 for 10.42.1.%d:0, 200 OK in 71.4ms @ v1/repo/commits.go:111(repo.GetAllCommits)" % r.randint(2, 250)))
    w.add(4.0, G(), lambda d: gitea(d, "...es/indexer/code/indexer.go:155:func1()", "I", "Index for repository travel/booking-monorepo started (36,211 files)"))
    w.add(11.2, G(), lambda d: gitea(d, "...es/git/repo_base_nogogit.go:51:OpenRepository()", "E", "Failed to open repository travel/fare-engine: open /data/git/repositories/travel/fare-engine.git/objects/pack/pack-%s.idx: too many open files" % hexs(r, 40)), ev=True)
    w.add(12.0, G(), lambda d: "%s http: Accept error: accept tcp [::]:3000: accept4: too many open files; retrying in 5ms" % nginx_err(d), ev=True)
    w.add(12.01, G(), lambda d: "%s http: Accept error: accept tcp [::]:3000: accept4: too many open files; retrying in 10ms" % nginx_err(d), ev=True)
    acc(12.3, 503, "UF", "/travel/fare-engine.git/info/refs?service=git-upload-pack", 3)
    w.add(12.5, G(), lambda d: "%s http: Accept error: accept tcp [::]:3000: accept4: too many open files; retrying in 20ms" % nginx_err(d))
    w.add(14.0, G(), lambda d: gitea(d, "...modules/ssh/ssh.go:320:Listen()", "E", "Failed to accept SSH connection: accept tcp [::]:2222: accept4: too many open files"), ev=True)
    w.add(15.0, w.pl("ci", wps, "server", nodes[0], "woodpecker-server"), jline(lambda d: OrderedDict([("level", "error"), ("repo", "travel/fare-engine"), ("error", 'Get "https://%s/api/v1/repos/travel/fare-engine/contents/.woodpecker?ref=main": read tcp 10.42.0.%d:41822->%s:443: read: connection reset by peer' % (host, r.randint(2, 250), "192.168.50.20")), ("time", iso_s(d)), ("message", "could not fetch config")])))
    acc(17.5, 503, "UC", "/api/v1/repos/travel/fare-engine/contents/.woodpecker?ref=main", 2)
    w.add(19.0, G(), lambda d: "%s http: Accept error: accept tcp [::]:3000: accept4: too many open files; retrying in 1s" % nginx_err(d))
    w.add(22.0, G(), lambda d: gitea(d, "...ices/webhook/deliver.go:260:Deliver()", "E", "Unable to deliver webhook task[9120]: unable to deliver webhook task[9120] in https://ci.lab.travelco.dev/api/hook: dial tcp: lookup ci.lab.travelco.dev: socket: too many open files"))
    acc(24.0, 200, "-", "/travel/booking-api.git/info/refs?service=git-upload-pack", 55)
    w.add(27.0, G(), lambda d: gitea(d, "...es/git/repo_base_nogogit.go:51:OpenRepository()", "E", "Failed to open repository travel/notification-svc: open /data/git/repositories/travel/notification-svc.git/HEAD: too many open files"))
    w.add(29.0, w.nl(nodes[2], "k3s-agent.service"), klog("I", "kubelet_getters.go:218", '"Pod status updated" pod="gitea/%s" status="Running"' % gpod, pid=r.randint(700, 1400)))
    acc(31.0, 503, "UF", "/travel/itinerary-web", 2)
    w.add(33.0, G(), lambda d: "%s http: Accept error: accept tcp [::]:3000: accept4: too many open files; retrying in 1s" % nginx_err(d))
    w.add(36.0, G(), lambda d: gitea(d, "...eb/routing/logger.go:102:func1()", "I", "router: completed POST /travel/booking-api.git/git-upload-pack for 10.42.1.%d:0, 200 OK in 1.2s @ repo/githttp.go:532(repo.ServiceUploadPack)" % r.randint(2, 250)))
    w.add(40.0, w.pl("ci", wps, "server", nodes[0], "woodpecker-server"), jline(lambda d: OrderedDict([("level", "error"), ("repo", "travel/notification-svc"), ("error", 'Post "https://%s/api/v1/repos/travel/notification-svc/statuses/%s": EOF' % (host, hexs(r, 40))), ("time", iso_s(d)), ("message", "failed to set commit status")])))
    acc(43.0, 503, "UF", "/travel/notification-svc.git/info/refs?service=git-upload-pack", 3)
    w.add(46.0, G(), lambda d: gitea(d, "...es/indexer/code/indexer.go:161:func1()", "I", "Indexer processed 12,004 of 36,211 files for travel/booking-monorepo"))
    w.add(50.0, G(), lambda d: "%s http: Accept error: accept tcp [::]:3000: accept4: too many open files; retrying in 1s" % nginx_err(d))
    for t in (6.0, 8.5, 20.5, 38.0, 48.0):
        acc(t, 200, "-", r.choice(["/travel/booking-api.git/info/refs?service=git-upload-pack", "/api/v1/repos/travel/booking-api/pulls?state=open", "/user/events", "/travel/fare-engine/src/branch/main"]), r.randint(3, 90))
    w.add(9.0, G(), lambda d: gitea(d, "...eb/routing/logger.go:102:func1()", "I", "router: completed GET /user/events for 10.42.1.%d:0, 200 OK in 0.9ms @ events/events.go:19(events.Events)" % r.randint(2, 250)))
    w.add(25.5, G(), lambda d: gitea(d, "...eb/routing/logger.go:102:func1()", "I", "router: completed GET /api/v1/repos/travel/booking-api/pulls?state=open for 10.42.1.%d:0, 200 OK in 22.7ms @ v1/repo/pull.go:87(repo.ListPullRequests)" % r.randint(2, 250)))
    w.add(34.5, w.pl("kube-system", "coredns-%s-%s" % (kname(r, 10), kname(r, 5)), "coredns", nodes[0], "kube-dns"), lambda d: coredns_q(r, gip, "A", "ci.lab.travelco.dev.", "NOERROR"))
    return w.record(
        "git clones and Woodpecker fetches from Gitea fail intermittently with 503 / connection reset. Is the network flaky?",
        {"namespace": "gitea", "pod": None, "container": None, "node": None, "app": "gitea"}, "ERROR", "resource_exhausted", "gitea",
        "The Gitea process has exhausted its open-file limit (code indexer walking a 36k-file repository plus many pack files "
        "and client connections); accept4 on :3000 and :2222 and repository opens fail with 'too many open files', so Envoy "
        "sees upstream resets/503s.",
        "Gitea is out of file descriptors: it cannot accept HTTP/SSH connections or open repositories, causing intermittent "
        "503s and resets for git clients and Woodpecker.",
        "Raise the nofile limit for the Gitea container (containerd/k3s LimitNOFILE or securityContext-compatible init), "
        "restart Gitea, and throttle the code indexer (ISSUE_INDEXER/REPO_INDEXER settings) for very large repositories.")


# ---------------------------------------------------------------- storage

@scenario("redis-cluster-maxdisks", "AKS")
def s_redis_cluster_maxdisks(key):
    w = Win(key, utc(2026, 3, 3, 22, 31, 14, 0), "aks-travel-weu-prod")
    r = w.rng
    w.infra_node = "aks-system-31045572-vmss000001"
    ns = "booking-data"
    dn = ["aks-data-40881533-vmss00000%d" % i for i in (2, 3, 4)]
    pods = ["redis-cluster-%d" % i for i in range(6)]
    pvc = "pvc-%s" % uid(r)
    sub = uid(r)
    csi = rs_pod(r, "csi-azuredisk-controller")[1]
    bk = rs_pod(r, "booking-api")[1]
    E = "eventrouter"
    nid = [hexs(r, 40) for _ in pods]
    kp = r.randint(3000, 6000)
    RD = lambda i, n: w.pl(ns, pods[i], "redis-cluster", n, "redis-cluster")
    disk = "/subscriptions/%s/resourceGroups/mc_rg-travel-prod_aks-travel-weu-prod_westeurope/providers/Microsoft.Compute/disks/%s" % (sub, pvc)
    attach_err = ("rpc error: code = Internal desc = Attach volume %s to instance %s failed with Retriable: false, RetryAfter: 0s, HTTPStatusCode: 409, "
                  "RawError: { \"error\": { \"code\": \"OperationNotAllowed\", \"message\": \"The maximum number of data disks allowed to be attached to a VM of this size is 4.\", \"target\": \"dataDisks\" } }" % (disk, dn[2]))
    w.event(0.0, E, ns, "Pod", pods[3], "Scheduled", "Normal", "Successfully assigned %s/%s to %s" % (ns, pods[3], dn[2]), comp="default-scheduler")
    w.add(2.0, w.pl("kube-system", csi, "azuredisk", "aks-system-31045572-vmss000000", "csi-azuredisk-controller"),
          klog("I", "controllerserver.go:479", 'GRPC call: /csi.v1.Controller/ControllerPublishVolume'))
    w.add(2.1, w.pl("kube-system", csi, "azuredisk", "aks-system-31045572-vmss000000", "csi-azuredisk-controller"),
          klog("I", "azure_controller_vmss.go:104", 'azureDisk - update(mc_rg-travel-prod_aks-travel-weu-prod_westeurope): vm(%s) - attach disk list(map[%s:%s])' % (dn[2], disk.lower(), pvc)))
    w.add(4.6, w.pl("kube-system", csi, "azuredisk", "aks-system-31045572-vmss000000", "csi-azuredisk-controller"),
          klog("E", "utils.go:110", "GRPC error: %s" % attach_err), ev=True)
    w.event(4.9, E, ns, "Pod", pods[3], "FailedAttachVolume", "Warning", 'AttachVolume.Attach failed for volume "%s" : %s' % (pvc, attach_err), comp="attachdetach-controller", ev=True)
    # cluster reaction
    w.add(6.0, RD(4, dn[0]), lambda d: "1:S %s * FAIL message received from %s () about %s ()" % (redis_ts(d), nid[0], nid[3]))
    w.add(6.2, RD(4, dn[0]), lambda d: "1:S %s # Cluster state changed: fail" % redis_ts(d), ev=False)
    w.add(6.3, w.pl("bookings", bk, "booking-api", dn[1], "booking-api"), lambda d: quarkus(d, "WARN", "c.t.b.cache.SeatCache", "executor-thread-%d" % r.randint(1, 40), "redis GET seatmap:TP1351 failed: io.vertx.redis.client.impl.types.ErrorType: CLUSTERDOWN The cluster is down; falling back to Cassandra"))
    w.add(6.8, RD(4, dn[0]), lambda d: "1:S %s * Start of election delayed for 716 milliseconds (rank #0, offset 8812201473)." % redis_ts(d))
    w.add(7.6, RD(4, dn[0]), lambda d: "1:S %s * Starting a failover election for epoch 12." % redis_ts(d))
    w.add(7.7, RD(4, dn[0]), lambda d: "1:S %s * Failover election won, I'm the new master." % redis_ts(d))
    w.add(7.71, RD(4, dn[0]), lambda d: "1:M %s * configEpoch set to 12 after successful failover" % redis_ts(d))
    w.add(7.72, RD(4, dn[0]), lambda d: "1:M %s * Cluster state changed: ok" % redis_ts(d))
    w.add(8.0, RD(0, dn[1]), lambda d: "1:M %s * Cluster state changed: ok" % redis_ts(d))
    w.add(12.0, w.pl("bookings", bk, "booking-api", dn[1], "booking-api"), lambda d: quarkus(d, "INFO", "c.t.b.api.BookingResource", "executor-thread-%d" % r.randint(1, 40), "booking BK-%s confirmed pnr=%s" % (kname(r, 6).upper(), "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)))))
    w.add(20.0, w.pl("kube-system", csi, "azuredisk", "aks-system-31045572-vmss000000", "csi-azuredisk-controller"), klog("E", "utils.go:110", "GRPC error: %s" % attach_err))
    w.event(21.0, E, ns, "Pod", pods[3], "FailedAttachVolume", "Warning", 'AttachVolume.Attach failed for volume "%s" : %s' % (pvc, attach_err), comp="attachdetach-controller", count=3, first_off=4.9)
    w.add(30.0, RD(1, dn[0]), lambda d: "1:M %s * 100 changes in 300 seconds. Saving..." % redis_ts(d))
    w.add(30.02, RD(1, dn[0]), lambda d: "1:M %s * Background saving started by pid 9121" % redis_ts(d))
    w.add(32.0, RD(1, dn[0]), lambda d: "1:M %s * Background saving terminated with success" % redis_ts(d))
    w.add(40.0, w.pl("bookings", bk, "booking-api", dn[1], "booking-api"), lambda d: quarkus(d, "INFO", "c.t.b.cache.SeatCache", "executor-thread-%d" % r.randint(1, 40), "seat cache hit ratio 0.93 (last 60s)"))
    w.add(122.0, w.nl(dn[2], "kubelet.service"), klog("E", "pod_workers.go:1301", '"Error syncing pod, skipping" err="unmounted volumes=[redis-data], unattached volumes=[], failed to process volumes=[]: context deadline exceeded" pod="%s/%s" podUID="%s"' % (ns, pods[3], uid(r)), pid=kp))
    w.event(122.3, E, ns, "Pod", pods[3], "FailedMount", "Warning", "Unable to attach or mount volumes: unmounted volumes=[redis-data], unattached volumes=[], failed to process volumes=[]: timed out waiting for the condition", host=dn[2])
    w.add(125.0, RD(5, dn[1]), lambda d: "1:S %s * Connecting to MASTER %s:6379" % (redis_ts(d), ip(r, "10.224.2")))
    w.add(125.3, RD(5, dn[1]), lambda d: "1:S %s * MASTER <-> REPLICA sync: Master accepted a Partial Resynchronization." % redis_ts(d))
    w.add(140.0, w.pl("kube-system", csi, "azuredisk", "aks-system-31045572-vmss000000", "csi-azuredisk-controller"), klog("E", "utils.go:110", "GRPC error: %s" % attach_err))
    w.event(141.0, E, ns, "Pod", pods[3], "FailedAttachVolume", "Warning", 'AttachVolume.Attach failed for volume "%s" : %s' % (pvc, attach_err), comp="attachdetach-controller", count=8, first_off=4.9)
    w.add(150.0, RD(2, dn[1]), lambda d: "1:M %s * Background saving terminated with success" % redis_ts(d))
    w.add(160.0, w.pl("bookings", bk, "booking-api", dn[1], "booking-api"), lambda d: quarkus(d, "INFO", "c.t.b.api.BookingResource", "executor-thread-%d" % r.randint(1, 40), "booking BK-%s confirmed pnr=%s" % (kname(r, 6).upper(), "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)))))
    return w.record(
        "redis-cluster-3 has been stuck in ContainerCreating since the node pool upgrade. Why?",
        {"namespace": ns, "pod": "redis-cluster-3", "container": None, "node": None, "app": None}, "ERROR", "storage", "redis-cluster",
        "The Azure Disk of redis-cluster-3 cannot be attached to aks-data-40881533-vmss000004: the VM size allows at most 4 data "
        "disks and that node already has 4 attached (Azure 409 OperationNotAllowed), so the volume never mounts.",
        "redis-cluster-3 is stuck in ContainerCreating on a volume attach failure; its replica was promoted, so the cluster "
        "serves traffic but one shard has no replica.",
        "Cordon the full node and delete the pod so it lands on a node with free disk slots (or use a larger VM size / set a "
        "per-node attach limit), then verify the node rejoins the Redis cluster as a replica.")


@scenario("gitaly-ext4-readonly", "TKG")
def s_gitaly_ext4_readonly(key):
    w = Win(key, utc(2026, 4, 7, 13, 44, 51, 0), "tkg-devplat-wkld01")
    r = w.rng
    md = "tkg-devplat-wkld01-md-1-%s" % kname(r, 9)
    nodes = ["%s-%s" % (md, kname(r, 5)) for _ in range(3)]
    w.infra_node = nodes[0]
    ns = "gitlab"
    gn = nodes[1]
    web = rs_pod(r, "gitlab-webservice-default")[1]
    sk = rs_pod(r, "gitlab-sidekiq-all-in-1-v2")[1]
    shell = rs_pod(r, "gitlab-gitlab-shell")[1]
    K = lambda: w.nl(gn, None, transport="kernel")
    GA = lambda: w.pl(ns, "gitlab-gitaly-0", "gitaly", gn, "gitaly")
    WB = lambda: w.pl(ns, web, "gitlab-workhorse", nodes[0], "webservice")
    rpath = "@hashed/%s/%s/%s.git" % (hexs(r, 2), hexs(r, 2), hexs(r, 64))

    def gl(t, method, code, msg, proj, err=None, ms=None, ev=False):
        o = OrderedDict([("correlation_id", ulid(r)), ("grpc.code", code), ("grpc.meta.client_name", "gitlab-workhorse" if "Pack" in method else "gitlab-sidekiq"),
                         ("grpc.method", method), ("grpc.request.glProjectPath", proj), ("grpc.request.glRepository", "project-%d" % r.randint(10, 2000)),
                         ("grpc.service", "gitaly.SmartHTTPService" if "Pack" in method else "gitaly.RepositoryService"), ("grpc.time_ms", ms or round(r.uniform(3, 400), 3)),
                         ("level", "info" if code == "OK" else "warning"), ("msg", "finished streaming call with code %s" % code if "Pack" in method else "finished unary call with code %s" % code),
                         ("pid", 1), ("span.kind", "server"), ("system", "grpc")])
        if err:
            o["error"] = err
        w.add(t, GA(), jline(lambda d, o=o: OrderedDict(list(o.items()) + [("time", iso_s(d))])), ev=ev)
    gl(0.5, "PostUploadPackWithSidechannel", "OK", None, "travel/booking-api")
    gl(3.0, "FindCommit", "OK", None, "travel/fare-engine")
    w.add(8.1, K(), "sd 2:0:3:0: [sdd] tag#41 FAILED Result: hostbyte=DID_OK driverbyte=DRIVER_OK cmd_age=30s", ev=True)
    w.add(8.102, K(), "sd 2:0:3:0: [sdd] tag#41 CDB: Write(10) 2a 00 00 ba 2c 48 00 00 08 00")
    w.add(8.104, K(), "I/O error, dev sdd, sector 12201032 op 0x1:(WRITE) flags 0x800 phys_seg 1 prio class 2", ev=True)
    w.add(8.106, K(), "Buffer I/O error on dev sdd, logical block 1525129, lost async page write", ev=True)
    w.add(8.3, K(), "I/O error, dev sdd, sector 4196352 op 0x1:(WRITE) flags 0x9800 phys_seg 1 prio class 2")
    w.add(8.31, K(), "Aborting journal on device sdd-8.", ev=True)
    w.add(8.35, K(), "EXT4-fs error (device sdd): ext4_journal_check_start:83: comm gitaly: Detected aborted journal", ev=True)
    w.add(8.36, K(), "EXT4-fs (sdd): Remounting filesystem read-only", ev=True)
    gl(9.4, "PostReceivePack", "Internal", None, "travel/booking-api", err="rpc error: code = Internal desc = running receive-pack: exit status 128: fatal: unable to create temporary object directory: Read-only file system", ms=212.4, ev=True)
    w.add(9.5, WB(), jline(lambda d: OrderedDict([("correlation_id", ulid(r)), ("error", "handleReceivePack: receive-pack: rpc error: code = Internal desc = running receive-pack: exit status 128"), ("level", "error"), ("method", "POST"), ("msg", "error"), ("time", iso_s(d)), ("uri", "/travel/booking-api.git/git-receive-pack")])))
    w.add(11.0, w.pl(ns, shell, "gitlab-shell", nodes[2], "gitlab-shell"), jline(lambda d: OrderedDict([("correlation_id", ulid(r)), ("level", "error"), ("msg", "ssh: command execution failed"), ("error", "rpc error: code = Internal desc = mkdir /home/git/repositories/+gitaly/tmp/repo%d: read-only file system" % r.randint(10**8, 10**9)), ("command", "git-receive-pack"), ("time", iso_s(d))])))
    gl(14.0, "WriteRef", "Internal", None, "travel/fare-engine", err="rpc error: code = Internal desc = open /home/git/repositories/%s/refs/heads/main.lock: read-only file system" % rpath, ms=1.8, ev=True)
    w.add(14.2, w.pl(ns, sk, "sidekiq", nodes[0], "sidekiq"), lambda d: sidekiq_done(r, d, "MergeRequests::MergeWorker", "default", status="fail", extra={"error_class": "Gitlab::Git::CommandError", "error_message": "13:open /home/git/repositories/%s/refs/heads/main.lock: read-only file system." % rpath}))
    gl(18.0, "PostUploadPackWithSidechannel", "OK", None, "travel/itinerary-web")
    gl(21.0, "FindCommit", "OK", None, "travel/booking-api")
    w.add(23.0, w.pl(ns, sk, "sidekiq", nodes[0], "sidekiq"), lambda d: sidekiq_done(r, d, "Projects::GitGarbageCollectWorker", "default", status="fail", extra={"error_class": "GRPC::Internal", "error_message": "13:housekeeping: write commit-graph: read-only file system."}))
    gl(26.0, "PostReceivePack", "Internal", None, "travel/notification-svc", err="rpc error: code = Internal desc = running receive-pack: exit status 128: fatal: unable to create temporary object directory: Read-only file system", ms=98.1)
    w.add(27.0, WB(), wh_access(r, w.at(27.0), "POST", "/travel/notification-svc.git/git-receive-pack", "^/.+\\.git/git-receive-pack\\z", 200, ip(r, "100.96.1"), "git/2.48.1"))
    w.add(31.0, w.pl("vmware-system-csi", rs_pod(r, "vsphere-csi-controller")[1], "vsphere-syncer", nodes[0], "vsphere-csi-controller"), jline(lambda d: OrderedDict([("level", "info"), ("time", iso_ms(d)), ("caller", "syncer/metadatasyncer.go:1824"), ("msg", "FullSync: end"), ("TraceId", uid(r))])))
    w.add(34.0, K(), "EXT4-fs error (device sdd): ext4_find_entry:1663: inode #2: comm gitaly: reading directory lblock 0")
    gl(36.0, "CreateBranch", "Internal", None, "travel/fare-engine", err="rpc error: code = Internal desc = read-only file system", ms=0.9)
    gl(41.0, "PostUploadPackWithSidechannel", "OK", None, "travel/booking-api")
    w.add(44.0, w.pl(ns, web, "webservice", nodes[0], "webservice"), lambda d: gl_api(r, d, "POST", "/api/v4/projects/412/repository/branches", "/api/:version/projects/:id/repository/branches", 500, (1187, "mhoffmann"), "python-gitlab/4.13.0", ip(r, "100.96.2")))
    w.add(47.0, w.pl(ns, sk, "sidekiq", nodes[0], "sidekiq"), lambda d: sidekiq_done(r, d, "PostReceive", "default"))
    return w.record(
        "Pushes and merges fail across projects with 'Read-only file system'. Clones still work. What happened?",
        {"namespace": ns, "pod": None, "container": None, "node": None, "app": None}, "CRITICAL", "storage", "gitaly",
        "The vSphere volume backing gitlab-gitaly-0 (sdd on its worker node) returned write I/O errors; ext4 aborted its "
        "journal and remounted the repository filesystem read-only, so every Gitaly write (receive-pack, refs, housekeeping) fails.",
        "Gitaly's repository volume went read-only after disk I/O errors: all pushes, merges and branch creations fail while "
        "reads and clones still succeed. Repository data is at risk.",
        "Stop writes to Gitaly, check the datastore/vSphere CSI volume health, then fsck the volume (or restore from backup) "
        "and remount read-write; verify repository integrity with git fsck before reopening pushes.")


# ---------------------------------------------------------------- database

@scenario("seatmap-cassandra-tombstones", "kubeadm")
def s_seatmap_cassandra_tombstones(key):
    w = Win(key, utc(2026, 4, 1, 16, 22, 10, 0), "onprem-travel-ams")
    r = w.rng
    nodes = ["k8s-travel-w%02d" % i for i in (1, 4, 6, 7)]
    w.infra_node = "k8s-travel-cp02"
    ns = "seatmap"
    sm_rs, sm = rs_pods(r, "seatmap-svc", 2)
    cas = ["travel-dc1-default-sts-%d" % i for i in range(3)]
    C = lambda i: w.pl("cassandra", cas[i], "cassandra", nodes[i + 1], "cassandra")
    S = lambda i: w.pl(ns, sm[i], "seatmap-svc", nodes[i], "seatmap-svc")
    ct = lambda d: java_ts(d)
    fl = "TP1351-20260402"
    q = "SELECT * FROM seatmap.seat_holds WHERE flight_id = '%s' LIMIT 5000" % fl
    ing = rs_pod(r, "ingress-nginx-controller")[1]
    tok = lambda: r.randint(-9 * 10**18, 9 * 10**18)
    thr = lambda: "default-nioEventLoopGroup-1-%d" % r.randint(1, 8)
    w.add(0.5, S(0), lambda d: logback(d, thr(), "INFO", "c.t.seatmap.SeatMapController", "seatmap LH1172-20260402 served in 38ms"))
    w.add(2.0, C(0), lambda d: "INFO  [CompactionExecutor:41] %s CompactionTask.java:253 - Compacted (%s) 4 sstables to [/var/lib/cassandra/data/seatmap/seat_holds-%s/nb-5121-big,] to level=0.  412.881MiB to 398.102MiB (~96%% of original) in 48,211ms.  Read Throughput = 8.564MiB/s, Write Throughput = 8.257MiB/s, Row Throughput = ~1,881/s.  118,402 total partitions merged to 117,930.  Partition merge counts were {1:117458, 2:472, }" % (ct(d), uid(r), hexs(r, 32)))
    for k, t in enumerate((5.0, 11.5, 19.0, 27.0, 36.0)):
        ci = k % 3
        w.add(t, C(ci), lambda d: "WARN  [ReadStage-%d] %s ReadCommand.java:599 - Read 812 live rows and %d tombstone cells for query %s; token %d (see tombstone_warn_threshold)" % (r.randint(1, 8), ct(d), r.randint(90000, 99000), q, tok()), ev=(k == 0))
        w.add(t + 0.4, C((ci + 1) % 3), lambda d: "ERROR [ReadStage-%d] %s StorageProxy.java:2113 - Scanned over 100001 tombstones during query '%s' (last scanned row token was %d and partion key was ((%s))); query aborted" % (r.randint(1, 8), ct(d), q, tok(), fl), ev=(k < 2))
        w.add(t + 0.45, S(k % 2), lambda d: logback(d, thr(), "ERROR", "c.t.seatmap.SeatHoldRepository", "seat holds for %s failed: com.datastax.oss.driver.api.core.servererrors.ReadFailureException: Cassandra failure during read query at consistency LOCAL_QUORUM (2 responses were required but only 0 replica responded, 2 failed)" % fl), ev=(k == 0))
        w.add(t + 0.46, w.pl("ingress-nginx", ing, "controller", nodes[0], "ingress-nginx"),
              nginx_access(r, "10.20.%d.%d" % (r.randint(1, 30), r.randint(2, 250)), "GET", "/api/seatmap/%s" % fl, 500, "seatmap-seatmap-svc-8080", "%s:8080" % ip(r, "192.168.61"), round(r.uniform(0.4, 1.4), 3), ua="TravelApp/5.14.0 (iOS 18.3)"))
    w.add(8.0, C(1), lambda d: "INFO  [Service Thread] %s GCInspector.java:294 - G1 Young Generation GC in 412ms.  G1 Eden Space: 1610612736 -> 0; G1 Old Gen: 3221225472 -> 3447717888; G1 Survivor Space: 100663296 -> 134217728; " % ct(d))
    w.add(14.0, S(1), lambda d: logback(d, thr(), "INFO", "c.t.seatmap.SeatMapController", "seatmap KL1725-20260402 served in 44ms"))
    w.add(16.0, C(2), lambda d: "INFO  [ScheduledTasks:1] %s NoSpamLogger.java:105 - Some operations were slow, details available at debug level (debug.log)" % ct(d))
    w.add(23.0, w.pl(ns, rs_pod(r, "seat-hold-expirer")[1], "seat-hold-expirer", nodes[0], "seat-hold-expirer"), lambda d: slog_json(d, "INFO", "expired holds deleted", flight=fl, deleted=r.randint(2000, 4000), batch_ms=r.randint(200, 900)))
    w.add(31.0, S(0), lambda d: logback(d, thr(), "INFO", "c.t.seatmap.SeatMapController", "seatmap U21234-20260402 served in 29ms"))
    w.add(40.0, C(0), lambda d: "INFO  [IndexSummaryManager:1] %s IndexSummaryRedistribution.java:80 - Redistributing index summaries" % ct(d))
    return w.record(
        "The seat map for TP1351 on 2 April fails with HTTP 500 while other flights work. What is wrong?",
        {"namespace": ns, "pod": None, "container": None, "node": None, "app": "seatmap-svc"}, "ERROR", "database", "cassandra",
        "The seatmap.seat_holds partition for TP1351-20260402 holds ~100k tombstones from the hold-expiry deletes (within "
        "gc_grace_seconds); Cassandra aborts reads of that partition after 100001 tombstones (tombstone_failure_threshold), so "
        "LOCAL_QUORUM reads fail.",
        "Reads of one hot Cassandra partition are aborted by the tombstone failure threshold; seatmap-svc returns 500 for that "
        "flight only.",
        "Short term: compact the seat_holds table / lower gc_grace_seconds after verifying repairs, and page queries smaller; "
        "long term: remodel seat holds (TTL per row with time-bucketed partitions instead of deletes).")


@scenario("gitlab-rds-connections", "EKS")
def s_gitlab_rds_connections(key):
    w = Win(key, utc(2026, 2, 23, 8, 55, 40, 0), "eks-devplat-prod")
    r = w.rng
    mk = lambda: "ip-10-20-%d-%d.eu-central-1.compute.internal" % (r.randint(1, 60), r.randint(2, 250))
    nodes = [mk() for _ in range(4)]
    w.infra_node = nodes[0]
    ns = "gitlab"
    sk_rs, sk = rs_pods(r, "gitlab-sidekiq-all-in-1-v2", 12)
    web_rs, web = rs_pods(r, "gitlab-webservice-default", 3)
    rds = "gitlab-prod.cluster-c8k2x4mqz1ab.eu-central-1.rds.amazonaws.com"
    rip = "10.20.140.%d" % r.randint(10, 60)
    E = "exporter"
    fatal = 'connection to server at "%s" (%s), port 5432 failed: FATAL:  sorry, too many clients already' % (rds, rip)
    fatal2 = 'connection to server at "%s" (%s), port 5432 failed: FATAL:  remaining connection slots are reserved for roles with the SUPERUSER attribute' % (rds, rip)
    W = lambda i: w.pl(ns, web[i], "webservice", nodes[i], "webservice")
    S = lambda i: w.pl(ns, sk[i], "sidekiq", nodes[i % 4], "sidekiq")

    def exc(t, i, cls, msg, path, ev=False):
        w.add(t, W(i), lambda d: json.dumps(OrderedDict([("component", "gitlab"), ("subcomponent", "exceptions_json"), ("severity", "ERROR"), ("time", iso_ms(d)), ("correlation_id", ulid(r)),
                                                        ("extra.path", path), ("exception.class", cls), ("exception.message", msg), ("exception.backtrace", ["lib/gitlab/database/load_balancing/connection_proxy.rb:127:in `public_send'"])]), separators=(",", ":")), ev=ev)
    w.event(0.0, E, ns, "HorizontalPodAutoscaler", "gitlab-sidekiq-all-in-1-v2", "SuccessfulRescale", "Normal", "New size: 12; reason: cpu resource utilization (percentage of request) above target", comp="horizontal-pod-autoscaler", api="autoscaling/v2", ev=True)
    w.event(0.3, E, ns, "Deployment", "gitlab-sidekiq-all-in-1-v2", "ScalingReplicaSet", "Normal", "Scaled up replica set %s to 12 from 4" % sk_rs, comp="deployment-controller", api="apps/v1")
    w.add(2.0, W(0), lambda d: gl_api(r, d, "GET", "/api/v4/projects/412/pipelines", "/api/:version/projects/:id/pipelines", 200, (1187, "mhoffmann"), "python-gitlab/4.13.0", ip(r, "10.20.7")))
    for k, t in enumerate((31.0, 33.5, 36.0)):
        w.add(t, S(4 + k), lambda d: json.dumps(OrderedDict([("severity", "INFO"), ("time", iso_ms(d)), ("message", "Starting Sidekiq with 20 threads, concurrency: 20"), ("queues", "all")]), separators=(",", ":")))
    exc(41.2, 0, "ActiveRecord::ConnectionNotEstablished", fatal, "/api/v4/jobs/request", ev=True)
    w.add(41.6, S(7), lambda d: sidekiq_done(r, d, "PipelineProcessWorker", "pipeline_processing:pipeline_process", status="fail", extra={"error_class": "ActiveRecord::ConnectionNotEstablished", "error_message": fatal}), ev=True)
    w.add(43.0, W(1), jline(lambda d: OrderedDict([("component", "gitlab"), ("subcomponent", "production_json"), ("method", "GET"), ("path", "/travel/booking-api/-/merge_requests/412"), ("format", "html"), ("controller", "Projects::MergeRequestsController"), ("action", "show"), ("status", 500), ("time", iso_ms(d)), ("exception.class", "ActiveRecord::ConnectionNotEstablished"), ("exception.message", fatal2), ("correlation_id", ulid(r)), ("duration_s", 0.0612)])), ev=True)
    w.add(44.0, w.pl("ingress-nginx", rs_pod(r, "gitlab-nginx-ingress-controller")[1], "controller", nodes[3], "nginx-ingress"),
          nginx_access(r, ip(r, "10.20.24"), "GET", "/travel/booking-api/-/merge_requests/412", 500, "gitlab-gitlab-webservice-default-8181", "%s:8181" % ip(r, "10.20.33"), 0.071, ua="Mozilla/5.0 (X11; Linux x86_64; rv:135.0) Gecko/20100101 Firefox/135.0"))
    w.add(46.0, S(2), lambda d: sidekiq_done(r, d, "Ci::BuildFinishedWorker", "pipeline_processing:build_finished", status="fail", extra={"error_class": "ActiveRecord::ConnectionNotEstablished", "error_message": fatal}))
    exc(48.5, 2, "ActiveRecord::ConnectionNotEstablished", fatal, "/api/v4/projects/118/merge_requests")
    w.add(50.0, W(2), lambda d: gl_api(r, d, "GET", "/api/v4/projects/118/repository/branches", "/api/:version/projects/:id/repository/branches", 200, (402, "renovate-bot"), "Renovate/39.164.1", ip(r, "10.20.9")))
    w.add(52.0, S(9), lambda d: json.dumps(OrderedDict([("severity", "WARN"), ("time", iso_ms(d)), ("message", "Sidekiq::Limiter::Concurrency: unable to check out DB connection"), ("class", "Ci::ArchiveTraceWorker"), ("error", "ActiveRecord::ConnectionNotEstablished: " + fatal2)]), separators=(",", ":")))
    exc(55.0, 1, "ActiveRecord::ConnectionNotEstablished", fatal2, "/api/v4/jobs/request")
    w.add(57.0, w.pl(ns, rs_pod(r, "gitlab-toolbox")[1], "toolbox", nodes[2], "toolbox"), "psql: error: " + fatal2)
    w.add(60.0, S(11), lambda d: sidekiq_done(r, d, "PostReceive", "default", status="fail", extra={"error_class": "ActiveRecord::ConnectionNotEstablished", "error_message": fatal}))
    w.add(63.0, W(0), lambda d: gl_api(r, d, "GET", "/api/v4/projects/412", "/api/:version/projects/:id", 200, (1187, "mhoffmann"), "python-gitlab/4.13.0", ip(r, "10.20.7")))
    exc(65.0, 0, "PG::TooManyConnections", "FATAL:  sorry, too many clients already", "/api/v4/internal/allowed")
    w.add(67.0, w.pl(ns, "gitlab-gitaly-0", "gitaly", nodes[3], "gitaly"), jline(lambda d: OrderedDict([("correlation_id", ulid(r)), ("error", "rpc error: code = Unavailable desc = GitLab: Internal API error (500)"), ("grpc.code", "PermissionDenied"), ("grpc.method", "PostReceivePack"), ("level", "warning"), ("msg", "finished streaming call with code PermissionDenied"), ("time", iso_s(d))])))
    w.add(70.0, S(5), lambda d: sidekiq_done(r, d, "Ci::BuildFinishedWorker", "pipeline_processing:build_finished"))
    w.add(74.0, S(3), lambda d: sidekiq_done(r, d, "PipelineProcessWorker", "pipeline_processing:pipeline_process", status="fail", extra={"error_class": "ActiveRecord::ConnectionNotEstablished", "error_message": fatal}))
    for t in (5.0, 9.0, 14.0, 19.5, 24.0):
        w.add(t, S(r.randint(0, 3)), lambda d: sidekiq_done(r, d, r.choice(["PostReceive", "Ci::BuildFinishedWorker", "PipelineProcessWorker", "MergeRequests::RefreshWorker"]), "default"))
    for t in (11.0, 27.0, 38.0):
        w.add(t, W(r.randint(0, 2)), lambda d: gl_api(r, d, "POST", "/api/v4/jobs/request", "/api/:version/jobs/request", 204, (0, "ci"), "gitlab-runner 17.9.0 (17-9-stable; go1.23.6; linux/amd64)", ip(r, "10.20.7")))
    w.event(29.0, E, ns, "Pod", sk[6], "Started", "Normal", "Started container sidekiq", host=nodes[2])
    return w.record(
        "GitLab shows intermittent 500 errors and many Sidekiq jobs fail since about 08:56. What is the cause?",
        {"namespace": ns, "pod": None, "container": None, "node": None, "app": "webservice"}, "ERROR", "database", "postgresql",
        "The external RDS PostgreSQL for GitLab has run out of connection slots ('sorry, too many clients already'): the "
        "Sidekiq HPA scaled from 4 to 12 pods with 20 threads each, and without PgBouncer the combined pools exceed max_connections.",
        "GitLab web requests and Sidekiq jobs fail intermittently because PostgreSQL refuses new connections (too many clients) "
        "after a Sidekiq scale-out.",
        "Cap Sidekiq replicas/concurrency (HPA maxReplicas) to fit max_connections, or put PgBouncer in front of RDS / raise "
        "max_connections; then retry failed jobs.")


# ---------------------------------------------------------------- rate_limited

@scenario("renovate-gitlab-throttle", "RKE2")
def s_renovate_gitlab_throttle(key):
    w = Win(key, utc(2026, 3, 25, 2, 0, 4, 0), "rke2-devplat-fra")
    r = w.rng
    nodes = ["devplat-rke2-w%02d" % i for i in (1, 3, 4)]
    w.infra_node = nodes[0]
    ns = "renovate"
    job = cron_job("renovate", utc(2026, 3, 25, 2, 0))
    pod = job_pod(r, job)
    web = rs_pod(r, "gitlab-webservice-default")[1]
    L = lambda: w.pl(ns, pod, "renovate", nodes[1], "renovate")
    G = lambda: w.pl("gitlab", web, "webservice", nodes[2], "webservice")
    WH = lambda: w.pl("gitlab", web, "gitlab-workhorse", nodes[2], "webservice")
    rip = ip(r, "10.42.%d" % r.randint(0, 9))
    ua = "Renovate/39.164.1"
    E = "eventrouter"
    w.event(0.0, E, ns, "Job", job, "SuccessfulCreate", "Normal", "Created pod: %s" % pod, comp="job-controller", api="batch/v1")
    w.add(5.0, L(), lambda d: renovate(d, 30, "Autodiscovered repositories", pod, length=142))
    for k, t in enumerate((7.0, 7.4, 8.1, 9.0)):
        repo = ["travel/booking-api", "travel/fare-engine", "travel/itinerary-web", "platform/charts"][k]
        w.add(t, L(), lambda d, repo=repo: renovate(d, 30, "Repository started", pod, repo, renovateVersion="39.164.1"))
    for t in (10.0, 11.0, 12.5):
        w.add(t, G(), lambda d: gl_api(r, d, "GET", "/api/v4/projects/%d/repository/tree?per_page=100&recursive=true" % r.choice([118, 412, 226]), "/api/:version/projects/:id/repository/tree", 200, (402, "renovate-bot"), ua, rip))
    thr = lambda d, path: json.dumps(OrderedDict([("component", "gitlab"), ("subcomponent", "auth_json"), ("severity", "ERROR"), ("time", iso_ms(d)), ("correlation_id", ulid(r)), ("message", "Rack_Attack"), ("env", "throttle"), ("remote_ip", rip), ("request_method", "GET"), ("path", path), ("user_id", 402), ("username", "renovate-bot"), ("matched", "throttle_authenticated_api")]), separators=(",", ":"))
    w.add(16.2, G(), lambda d: thr(d, "/api/v4/projects/226/merge_requests"), ev=True)
    w.add(16.25, WH(), lambda d: wh_access(r, d, "GET", "/api/v4/projects/226/merge_requests?per_page=100&author_id=402&scope=all&state=opened", "^/api/v4/projects/[^/]+/merge_requests\\z", 429, rip, ua, dur_ms=3, written=23))
    w.add(16.4, G(), lambda d: thr(d, "/api/v4/projects/412/repository/files/go.mod/raw"))
    errj = lambda url: {"name": "HTTPError", "code": "ERR_NON_2XX_3XX_RESPONSE", "statusCode": 429, "message": "Response code 429 (Too Many Requests)", "options": {"method": "GET", "url": url}, "response": {"statusCode": 429, "headers": {"retry-after": "60", "ratelimit-name": "throttle_authenticated_api", "ratelimit-limit": "600"}}}
    w.add(16.6, L(), lambda d: renovate(d, 50, "Repository has unknown error", pod, "travel/itinerary-web", err=errj("https://gitlab.example.com/api/v4/projects/226/merge_requests?per_page=100&author_id=402&scope=all&state=opened")), ev=True)
    w.add(17.0, L(), lambda d: renovate(d, 40, "GitLab API rate limit exceeded - backing off", pod, "travel/fare-engine", url="https://gitlab.example.com/api/v4/projects/412/repository/files/go.mod/raw?ref=main", retryAfter=60), ev=True)
    for k, t in enumerate((18.0, 19.5, 21.0, 24.0, 27.5)):
        p = r.choice([37, 118, 205, 226, 412, 77, 301])
        w.add(t, G(), lambda d, p=p: thr(d, "/api/v4/projects/%d/merge_requests" % p))
        if k % 2 == 0:
            w.add(t + 0.3, L(), lambda d, p=p: renovate(d, 50, "Repository has unknown error", pod, "travel/repo-%d" % p, err=errj("https://gitlab.example.com/api/v4/projects/%d/merge_requests?per_page=100&author_id=402&scope=all&state=opened" % p)))
    w.add(20.0, w.pl("gitlab", rs_pod(r, "gitlab-sidekiq-all-in-1-v2")[1], "sidekiq", nodes[0], "sidekiq"), lambda d: sidekiq_done(r, d, "Ci::BuildFinishedWorker", "pipeline_processing:build_finished"))
    w.add(30.0, G(), lambda d: gl_api(r, d, "GET", "/api/v4/projects/412/pipelines", "/api/:version/projects/:id/pipelines", 200, (1187, "mhoffmann"), "python-gitlab/4.13.0", ip(r, "10.42.1")))
    w.add(78.0, L(), lambda d: renovate(d, 30, "Repository finished", pod, "travel/booking-api", cloned=True, durationMs=71022, result="done", status="activated", enabled=True, onboarded=True))
    w.add(79.0, G(), lambda d: gl_api(r, d, "POST", "/api/v4/projects/118/merge_requests", "/api/:version/projects/:id/merge_requests", 201, (402, "renovate-bot"), ua, rip, dur=0.44))
    w.add(85.0, L(), lambda d: renovate(d, 30, "Repository finished", pod, "platform/charts", cloned=True, durationMs=77310, result="done", status="activated", enabled=True, onboarded=True))
    w.add(96.0, L(), lambda d: renovate(d, 30, "Renovate is exiting with a non-zero code due to the following logged errors", pod, loggerErrors=41))
    w.event(97.0, E, ns, "Job", job, "BackoffLimitExceeded", "Warning", "Job has reached the specified backoff limit", comp="job-controller", api="batch/v1")
    return w.record(
        "Last night's Renovate run failed for dozens of repositories. What happened?",
        {"namespace": ns, "pod": None, "container": None, "node": None, "app": "renovate"}, "WARN", "rate_limited", "renovate",
        "Renovate ran with 16 parallel repositories over 142 autodiscovered projects and exceeded GitLab's authenticated API "
        "rate limit for renovate-bot (Rack::Attack throttle_authenticated_api, 600/min); GitLab answered 429 and those repositories "
        "were aborted.",
        "Renovate's nightly run was throttled by GitLab (HTTP 429, throttle_authenticated_api) and failed for many repositories; "
        "GitLab itself and other users are unaffected and the next run will retry.",
        "Lower Renovate's repository concurrency / add a host rule with concurrentRequestLimit for gitlab.example.com, or add the "
        "bot to GitLab's rate-limit bypass list.")


@scenario("artifactory-dockerhub-429", "kubeadm")
def s_artifactory_dockerhub_429(key):
    w = Win(key, utc(2026, 4, 16, 13, 27, 9, 0), "onprem-devplat-ams")
    r = w.rng
    nodes = ["k8s-w-%02d" % i for i in (2, 3, 5, 6)]
    w.infra_node = "k8s-cp-01"
    ns = "travel-staging"
    art = "artifactory-0"
    reg = "artifactory.corp.travelco.internal"
    imgs = ["%s/dockerhub/library/nginx:1.27.4-alpine" % reg, "%s/dockerhub/bitnami/redis:7.4.2" % reg]
    ng_rs, ng = rs_pods(r, "web-frontend", 2)
    rd = "session-redis-0"
    A = lambda: w.pl("artifactory", art, "artifactory", nodes[0], "artifactory")
    CD = lambda i: w.nl(nodes[i], "containerd.service")
    E = "alloy"
    tid = lambda: hexs(r, 16)
    msg429 = "toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit"

    def art_line(t, level, cls, thread, msg, ev=False):
        w.add(t, A(), lambda d: "%s [jfrt ] [%-5s] [%s] [%-30s] [%s] - %s" % (iso_ms(d), level, tid(), cls, thread, msg), ev=ev)
    art_line(0.5, "INFO", "o.a.e.UploadServiceImpl:460", "http-nio-8081-exec-12", "Deploy to 'libs-release-local:com/travelco/fare-engine/1.42.0/fare-engine-1.42.0.jar' Content-Length: 18241122")
    art_line(3.0, "WARN", "o.a.r.HttpRepo:467", "http-nio-8081-exec-33", "dockerhub-remote: Error while trying to download 'https://registry-1.docker.io/v2/library/nginx/manifests/1.27.4-alpine': 429 Too Many Requests - %s" % msg429, ev=True)
    w.add(3.2, CD(1), ctrd("error", "PullImage \"%s\" failed" % imgs[0], error='failed to pull and unpack image "%s": failed to resolve reference "%s": unexpected status from HEAD request to https://%s/v2/dockerhub/library/nginx/manifests/1.27.4-alpine: 429 Too Many Requests' % (imgs[0], imgs[0], reg)), ev=True)
    w.event(3.5, E, ns, "Pod", ng[0], "Failed", "Warning", 'Failed to pull image "%s": failed to pull and unpack image "%s": failed to resolve reference "%s": unexpected status from HEAD request to https://%s/v2/dockerhub/library/nginx/manifests/1.27.4-alpine: 429 Too Many Requests' % (imgs[0], imgs[0], imgs[0], reg), host=nodes[1], ev=True)
    w.event(3.6, E, ns, "Pod", ng[0], "Failed", "Warning", "Error: ErrImagePull", host=nodes[1])
    art_line(5.0, "INFO", "o.a.r.HttpRepo:451", "http-nio-8081-exec-2", "dockerhub-remote downloading https://registry-1.docker.io/v2/library/postgres/manifests/16.8 (cached metadata expired)")
    art_line(5.9, "WARN", "o.a.r.HttpRepo:467", "http-nio-8081-exec-2", "dockerhub-remote: Error while trying to download 'https://registry-1.docker.io/v2/library/postgres/manifests/16.8': 429 Too Many Requests - %s" % msg429)
    art_line(6.5, "INFO", "o.a.a.d.r.DockerResourceImpl:178", "http-nio-8081-exec-44", "Fetching docker manifest for 'dockerhub/bitnami/redis:7.4.2' in repo 'dockerhub' (virtual)")
    art_line(7.1, "WARN", "o.a.r.HttpRepo:467", "http-nio-8081-exec-44", "dockerhub-remote: Error while trying to download 'https://registry-1.docker.io/v2/bitnami/redis/manifests/7.4.2': 429 Too Many Requests - %s" % msg429)
    w.add(7.3, CD(2), ctrd("error", "PullImage \"%s\" failed" % imgs[1], error='failed to pull and unpack image "%s": failed to resolve reference "%s": unexpected status from HEAD request to https://%s/v2/dockerhub/bitnami/redis/manifests/7.4.2: 429 Too Many Requests' % (imgs[1], imgs[1], reg)))
    w.event(7.5, E, ns, "Pod", rd, "Failed", "Warning", "Error: ErrImagePull", host=nodes[2])
    w.add(9.0, w.pl("ci-jobs", "runner-k2m8x9qp-project-118-concurrent-4-%s" % "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(8)), "build", nodes[3], None),
          "ERROR: Job failed: failed to pull image \"%s/dockerhub/library/gradle:8.13-jdk21\" with specified policies [always]: Error response from daemon: toomanyrequests: You have reached your pull rate limit. (manager.go:250:0s)" % reg)
    art_line(11.0, "INFO", "o.a.r.d.v.DockerV2LocalRepoHandler:312", "http-nio-8081-exec-7", "Fetching docker manifest for 'travel/booking-api:3.8.1' in repo 'docker-local'")
    w.event(16.0, E, ns, "Pod", ng[0], "BackOff", "Normal", 'Back-off pulling image "%s"' % imgs[0], host=nodes[1])
    w.event(16.1, E, ns, "Pod", ng[0], "Failed", "Warning", "Error: ImagePullBackOff", host=nodes[1])
    art_line(19.0, "WARN", "o.a.r.HttpRepo:467", "http-nio-8081-exec-19", "dockerhub-remote: Error while trying to download 'https://registry-1.docker.io/v2/library/gradle/manifests/8.13-jdk21': 429 Too Many Requests (ratelimit-limit: 100;w=21600, ratelimit-remaining: 0;w=21600, docker-ratelimit-source: 198.51.100.27)", ev=True)
    w.add(22.0, CD(3), ctrd("error", "PullImage \"%s\" failed" % imgs[0], error='failed to pull and unpack image "%s": failed to resolve reference "%s": unexpected status from HEAD request to https://%s/v2/dockerhub/library/nginx/manifests/1.27.4-alpine: 429 Too Many Requests' % (imgs[0], imgs[0], reg)))
    w.event(22.3, E, ns, "Pod", ng[1], "Failed", "Warning", "Error: ErrImagePull", host=nodes[3])
    art_line(25.0, "INFO", "o.a.r.d.v.DockerV2LocalRepoHandler:312", "http-nio-8081-exec-9", "Fetching docker manifest for 'travel/fare-engine:1.42.0' in repo 'docker-local'")
    w.event(28.0, E, ns, "Pod", rd, "BackOff", "Normal", 'Back-off pulling image "%s"' % imgs[1], host=nodes[2], count=2, first_off=12.0)
    art_line(31.0, "WARN", "o.a.r.HttpRepo:467", "http-nio-8081-exec-51", "dockerhub-remote: Error while trying to download 'https://registry-1.docker.io/v2/library/nginx/manifests/1.27.4-alpine': 429 Too Many Requests - %s" % msg429)
    w.add(34.0, w.pl("kube-system", "coredns-%s-%s" % (kname(r, 10), kname(r, 5)), "coredns", nodes[0], "kube-dns"), lambda d: coredns_q(r, ip(r, "192.168.%d" % r.randint(10, 200)), "A", reg + ".", "NOERROR"))
    art_line(37.0, "INFO", "o.a.s.ArtifactoryStorageContext:98", "art-exec-12", "Garbage collection finished: 412 binaries removed (1.82 GB)")
    w.event(45.0, E, ns, "Pod", ng[0], "BackOff", "Normal", 'Back-off pulling image "%s"' % imgs[0], host=nodes[1], count=4, first_off=16.0)
    w.event(46.0, E, ns, "Pod", ng[1], "BackOff", "Normal", 'Back-off pulling image "%s"' % imgs[0], host=nodes[3], count=2, first_off=30.0)
    return w.record(
        "Staging pods are stuck in ImagePullBackOff for public images served through Artifactory. Our own images pull fine. Why?",
        {"namespace": ns, "pod": None, "container": None, "node": None, "app": None}, "ERROR", "rate_limited", "artifactory",
        "Artifactory's dockerhub-remote repository fetches from Docker Hub anonymously from a shared egress IP and has hit "
        "Docker Hub's pull rate limit (429 toomanyrequests); uncached manifests cannot be fetched, so pulls of public images fail.",
        "Pulls of Docker Hub images through Artifactory fail with 429 Too Many Requests (Docker Hub pull rate limit); images "
        "in docker-local and cached tags are unaffected.",
        "Configure authenticated (paid/service) Docker Hub credentials on dockerhub-remote, raise its metadata retrieval cache "
        "period, and retry the pods once the limit window resets.")


# ---------------------------------------------------------------- node_failure

@scenario("aks-win-hns", "AKS")
def s_aks_win_hns(key):
    w = Win(key, utc(2026, 3, 31, 11, 18, 25, 0), "aks-travel-weu-prod")
    r = w.rng
    w.infra_node = "aks-system-31045572-vmss000000"
    ns = "fares-legacy"
    bad = "aksnpw22000001"
    good = "aksnpw22000000"
    rs, pods = rs_pods(r, "fares-web", 4)
    E = "exporter"
    KL = lambda: w.nl(bad, None, job="windows/kubelet", filename="C:\\k\\kubelet.log")
    CD = lambda: w.nl(bad, None, job="windows/containerd", filename="C:\\k\\containerd.log")
    EVL = lambda: w.xl(job="windows/eventlog", node=bad, channel="System")
    wk = r.randint(3000, 7000)
    sid = lambda: hexs(r, 64)
    hns = "plugin type=\\\"azure-vnet\\\" name=\\\"azure\\\" failed (add): Failed to create endpoint: hcnCreateEndpoint failed in Win32: The object already exists. (0x1392)"
    gip = [ip(r, "10.224.0") for _ in pods]

    def iis_ok(t, i):
        w.add(t, w.pl(ns, pods[i], "fares-web", good, "fares-web"), lambda d: logmon_file(d, w3c(d, gip[i], "GET", "/fares/api/v2/quote", None, 80, "10.224.0.%d" % r.randint(4, 9), "Mozilla/5.0+(compatible;+travel-portal/3.2)", 200, 0, 0, r.randint(20, 200)), "u_ex%s.log" % d.strftime("%y%m%d")))
    iis_ok(0.5, 0)
    w.add(2.0, EVL(), "The Host Network Service service terminated unexpectedly.  It has done this 1 time(s).  The following corrective action will be taken in 10000 milliseconds: Restart the service.", ev=True)
    w.add(4.0, w.nl(bad, None, job="windows/kube-proxy", filename="C:\\k\\kubeproxy.log"), klog("E", "proxier.go:1190", '"Policy creation failed" err="hcnCreateLoadBalancer failed in Win32: The specified port already exists. (0x803b0013)"', pid=r.randint(2000, 3000)))
    w.add(12.5, EVL(), "The Host Network Service service entered the running state.")
    w.add(14.0, CD(), lambda d: 'time="%s" level=error msg="RunPodSandbox for &PodSandboxMetadata{Name:%s,Uid:%s,Namespace:%s,Attempt:0,} failed, error" error="failed to setup network for sandbox \\"%s\\": %s"' % (iso_ns(d), pods[2], uid(r), ns, sid(), hns), ev=True)
    w.add(14.2, KL(), klog("E", "log.go:32", '"RunPodSandbox from runtime service failed" err="rpc error: code = Unknown desc = failed to setup network for sandbox \\"%s\\": %s"' % (sid(), hns), pid=wk), ev=True)
    w.event(14.5, E, ns, "Pod", pods[2], "FailedCreatePodSandBox", "Warning", 'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "%s": plugin type="azure-vnet" name="azure" failed (add): Failed to create endpoint: hcnCreateEndpoint failed in Win32: The object already exists. (0x1392)' % sid(), host=bad, ev=True)
    w.add(20.0, EVL(), "The Host Network Service service terminated unexpectedly.  It has done this 2 time(s).  The following corrective action will be taken in 10000 milliseconds: Restart the service.", ev=True)
    iis_ok(21.0, 1)
    w.add(26.0, KL(), klog("E", "kubelet.go:3002", '"Container runtime network not ready" networkReady="NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized"', pid=wk), ev=True)
    w.add(30.5, EVL(), "The Host Network Service service entered the running state.")
    w.event(33.0, E, ns, "Pod", pods[3], "FailedCreatePodSandBox", "Warning", 'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "%s": plugin type="azure-vnet" name="azure" failed (add): Failed to create endpoint: hcnCreateEndpoint failed in Win32: The object already exists. (0x1392)' % sid(), host=bad, count=3, first_off=15.0)
    w.add(38.0, EVL(), "The Host Network Service service terminated unexpectedly.  It has done this 3 time(s).")
    w.event(44.0, E, "default", "Node", bad, "NodeNotReady", "Normal", "Node %s status is now: NodeNotReady" % bad, comp="node-controller", ev=True)
    w.add(44.3, KL(), klog("I", "setters.go:602", '"Node became not ready" node="%s" condition={"type":"Ready","status":"False","lastHeartbeatTime":"%s","lastTransitionTime":"%s","reason":"KubeletNotReady","message":"container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized"}' % (bad, iso_s(w.at(44.3)), iso_s(w.at(44.3))), pid=wk))
    iis_ok(47.0, 0)
    w.add(52.0, w.pl("ingress-nginx", rs_pod(r, "ingress-nginx-controller")[1], "controller", "aks-system-31045572-vmss000002", "ingress-nginx"),
          nginx_access(r, "10.224.0.%d" % r.randint(100, 200), "GET", "/fares/api/v2/quote", 502, "fares-legacy-fares-web-80", "%s:80" % ip(r, "10.224.0"), 5.002, size=150, ua="travel-portal/3.2", upstream_status="502"))
    w.add(55.0, CD(), lambda d: 'time="%s" level=error msg="StopPodSandbox for \\"%s\\" failed" error="failed to destroy network for sandbox \\"%s\\": plugin type=\\"azure-vnet\\" name=\\"azure\\" failed (delete): Failed to delete endpoint: hcnDeleteEndpoint failed in Win32: Element not found. (0x490)"' % (iso_ns(d), sid(), sid()))
    w.event(60.0, E, ns, "Pod", pods[1], "Unhealthy", "Warning", 'Readiness probe failed: Get "http://%s:80/fares/health/ready": dial tcp %s:80: connectex: A socket operation was attempted to an unreachable network.' % (gip[1], gip[1]), host=bad)
    iis_ok(63.0, 1)
    w.event(70.0, E, "default", "Node", bad, "NodeNotReady", "Normal", "Node %s status is now: NodeNotReady" % bad, comp="node-controller", count=2, first_off=44.0)
    w.add(72.0, w.nl("aks-system-31045572-vmss000001", "kubelet.service"), klog("I", "kubelet_getters.go:218", '"Pod status updated" pod="kube-system/kube-proxy-%s" status="Running"' % kname(r, 5), pid=1411))
    w.event(76.0, E, ns, "Pod", pods[3], "FailedCreatePodSandBox", "Warning", 'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "%s": plugin type="azure-vnet" name="azure" failed (add): Failed to create endpoint: hcnCreateEndpoint failed in Win32: The object already exists. (0x1392)' % sid(), host=bad, count=6, first_off=15.0)
    iis_ok(8.0, 1)
    iis_ok(35.0, 0)
    iis_ok(58.0, 0)
    iis_ok(74.0, 1)
    w.add(17.0, w.pl("kube-system", "coredns-%s-%s" % (kname(r, 10), kname(r, 5)), "coredns", "aks-system-31045572-vmss000001", "kube-dns"), lambda d: coredns_q(r, gip[0], "A", "sqlfares01.corp.travel.internal.", "NOERROR"))
    w.add(40.0, w.nl(good, None, job="windows/kubelet", filename="C:\\k\\kubelet.log"), klog("I", "container_gc.go:88", '"Attempting to delete unused containers"', pid=4188))
    return w.record(
        "fares-web pods on one Windows node are stuck in ContainerCreating and the node keeps flipping to NotReady. What is wrong?",
        {"namespace": ns, "pod": None, "container": None, "node": None, "app": "fares-web"}, "CRITICAL", "node_failure", "aksnpw22000001",
        "The Host Network Service on Windows node aksnpw22000001 keeps crashing and leaves stale HNS state; the Azure CNI cannot "
        "create endpoints (hcnCreateEndpoint 0x1392), the network plugin reports not ready and the node goes NotReady.",
        "Node-level networking failure on one Windows node: HNS crashes, pod sandboxes cannot be created, existing pods are "
        "unreachable and the node flaps NotReady; pods on the other Windows node are fine.",
        "Cordon and drain aksnpw22000001 and reimage/replace it (az aks nodepool delete-machines or VMSS reimage); collect HNS "
        "logs (collectlogs.ps1) for Microsoft support if it recurs.")


@scenario("ocp-worker-ecc", "OpenShift")
def s_ocp_worker_ecc(key):
    w = Win(key, utc(2026, 5, 12, 3, 41, 2, 0), "ocp-travel-prod")
    r = w.rng
    bad = "worker-7.ocp-prod.travelco.internal"
    others = ["worker-%d.ocp-prod.travelco.internal" % i for i in (5, 6)]
    w.infra_node = "infra-1.ocp-prod.travelco.internal"
    K = lambda: w.nl(bad, None, transport="kernel")
    B = lambda i, n: w.pl("kafka", "kafka-prod-broker-%d" % i, "kafka", n, "kafka")
    E = "exporter"
    kt = lambda d: java_ts(d)
    dimm = "CPU_SrcID#0_MC#0_Chan#1_DIMM#0 (channel:1 slot:0 page:0x4a3f1 offset:0x2c0 grain:32 syndrome:0x0 - err_code:0x0000:0x009f socket:0 imc:0 rank:0 bg:1 ba:2 row:0x1a3f col:0x2c0)"
    for k, t in enumerate((0.5, 4.2, 9.7, 15.1)):
        w.add(t, K(), "EDAC MC0: 1 CE memory read error on %s" % dimm, ev=(k == 0))
    w.add(16.0, K(), "mce: [Hardware Error]: Machine check events logged", ev=True)
    w.add(21.3, K(), "mce: [Hardware Error]: CPU 14: Machine Check: 0 Bank 7: be00000000800090", ev=True)
    w.add(21.31, K(), "mce: [Hardware Error]: TSC 0 ADDR 4a3f12c0 MISC 200000c020009086 ", ev=True)
    w.add(21.32, K(), "EDAC MC0: 1 UE memory read error on %s" % dimm, ev=True)
    w.add(21.4, K(), "Memory failure: 0x4a3f1: Sending SIGBUS to java:41212 due to hardware memory corruption", ev=True)
    w.add(21.45, K(), "Memory failure: 0x4a3f1: recovery action for dirty LRU page: Recovered")
    w.add(22.0, B(2, bad), lambda d: "%s ERROR [ReplicaManager broker=2] Error processing append operation on partition booking-events-4 (kafka.server.ReplicaManager) [data-plane-kafka-request-handler-1]" % kt(d))
    w.add(22.5, B(1, others[0]), lambda d: "%s INFO [ReplicaFetcher replicaId=1, leaderId=2, fetcherId=0] Error sending fetch request (sessionId=1841290112, epoch=88211) to node 2: (org.apache.kafka.clients.FetchSessionHandler) [ReplicaFetcherThread-0-2]" % kt(d))
    w.add(22.51, B(1, others[0]), "java.io.IOException: Connection to 2 was disconnected before the response was read")
    w.add(33.0, w.nl(others[0], "kubelet.service"), klog("I", "kubelet_getters.go:218", '"Pod status updated" pod="openshift-monitoring/node-exporter-%s" status="Running"' % kname(r, 5), pid=2811))
    w.add(45.0, B(0, others[1]), lambda d: "%s INFO [Partition booking-events-4 broker=0] Shrinking ISR from 2,0,1 to 0,1. Leader: (highWatermark: 9921841, endOffset: 9921873). Out of sync replicas: (brokerId: 2, endOffset: 9921841, lastCaughtUpTimeMs: %d). (kafka.cluster.Partition) [kafka-scheduler-5]" % (kt(d), int(d.timestamp() * 1000) - 30211))
    w.add(46.0, B(1, others[0]), lambda d: "%s INFO [Partition payout-requests-1 broker=1] Shrinking ISR from 1,2,0 to 1,0. Leader: (highWatermark: 112903, endOffset: 112903). Out of sync replicas: (brokerId: 2, endOffset: 112899, lastCaughtUpTimeMs: %d). (kafka.cluster.Partition) [kafka-scheduler-2]" % (kt(d), int(d.timestamp() * 1000) - 30902))
    w.add(52.0, w.pl("loyalty", rs_pod(r, "loyalty-points")[1], "loyalty-points", others[1], "loyalty-points"),
          lambda d: "%s [kafka-producer-network-thread | loyalty] WARN  o.a.k.c.p.internals.Sender - [Producer clientId=loyalty-points-1] Got error produce response with correlation id 41221 on topic-partition booking-events-4, retrying (2147483645 attempts left). Error: NOT_LEADER_OR_FOLLOWER" % java_dot(d))
    w.event(62.0, E, "default", "Node", bad, "NodeNotReady", "Normal", "Node %s status is now: NodeNotReady" % bad, comp="node-controller", ev=True)
    w.add(62.5, w.xl(job="openshift/kube-controller-manager", namespace="openshift-kube-controller-manager"),
          klog("I", "node_lifecycle_controller.go:1044", '"Node is unresponsive. Adding it to the Taint queue" node="%s"' % bad), ev=True)
    w.add(63.0, w.xl(job="openshift/kube-controller-manager", namespace="openshift-kube-controller-manager"),
          klog("I", "controller_utils.go:151", '"Recording status change event message for node" status="NodeNotReady" node="%s"' % bad))
    w.add(66.0, B(0, others[1]), lambda d: "%s INFO [BrokerLifecycleManager id=0] The broker 2 has been fenced due to missed heartbeats (kafka.server.BrokerLifecycleManager) [broker-0-lifecycle-manager-event-handler]" % kt(d))
    w.add(70.0, w.pl("payouts", rs_pod(r, "payout-service")[1], "payout-service", others[0], "payout-service"),
          lambda d: "%s [kafka-consumer-payouts] INFO  o.a.k.c.c.internals.ConsumerCoordinator - [Consumer clientId=payout-service-1, groupId=payout-service] Request joining group due to: group is already rebalancing" % java_dot(d))
    w.event(95.0, E, "default", "Node", bad, "NodeNotReady", "Normal", "Node %s status is now: NodeNotReady" % bad, comp="node-controller", count=2, first_off=62.0)
    w.event(362.0, E, "kafka", "Pod", "kafka-prod-broker-2", "TaintManagerEviction", "Normal", "Marking for deletion Pod kafka/kafka-prod-broker-2", comp="taint-eviction-controller")
    w.add(363.0, B(1, others[0]), lambda d: "%s INFO [Partition booking-events-7 broker=1] ISR updated to 1,0 and version updated to 212 (kafka.cluster.Partition) [kafka-scheduler-7]" % kt(d))
    w.add(365.0, w.pl("openshift-machine-api", rs_pod(r, "machine-api-controllers")[1], "machine-healthcheck-controller", "master-1.ocp-prod.travelco.internal", "machine-api-controllers"),
          klog("I", "machinehealthcheck_controller.go:451", '"Machine health check failed" machinehealthcheck="openshift-machine-api/workers-mhc" machine="ocp-prod-worker-7" node="%s" condition="Ready=Unknown for 5m0s"' % bad))
    return w.record(
        "Kafka reports under-replicated partitions and broker 2 is fenced. What happened to it?",
        {"namespace": "kafka", "pod": None, "container": None, "node": None, "app": "kafka"}, "CRITICAL", "node_failure", bad,
        "Bare-metal node worker-7 has a failing DIMM: a burst of corrected ECC errors was followed by an uncorrectable memory "
        "error and machine check; the kernel killed the Kafka broker JVM with SIGBUS and the node stopped responding (NotReady).",
        "Hardware memory fault on worker-7 took the node down; Kafka broker 2 on it is fenced, ISRs shrank and workloads are "
        "being evicted from the unreachable node.",
        "Keep worker-7 cordoned, have the DIMM (CPU0 channel 1 slot 0) replaced, run hardware diagnostics before rejoining; "
        "confirm Kafka reassigns leadership and the broker recovers its replicas afterwards.")


# ==== END SCENARIOS ====


# ----------------------------------------------------------------- assembly

def build():
    recs = []
    keys = set()
    for n, (key, flavour, fn) in enumerate(SCENARIOS, 1):
        assert key not in keys, key
        keys.add(key)
        r = fn(key)
        r["source"] = "synthetic:dev16/s%02d" % n   # neutral: the scenario key would hint at the label
        recs.append((key, flavour, r))
    order = list(range(len(recs)))
    random.Random("dev16-shuffle").shuffle(order)
    out = []
    for n, i in enumerate(order, 1):
        key, flavour, r = recs[i]
        r["id"] = "dev16-%03d" % n
        out.append((key, flavour, r))
    return out


TOKEN_RE = re.compile(r"\{[a-z_]{2,40}\}|\$\{[^}]*\}|<<[A-Z_]+>>|%\([a-z_]+\)[sd]|%[sd]\b|\bXXX\b|TODO")
FIELD_RE = re.compile(TOKEN_RE.pattern + r"|\bNone\b")


def self_checks(items):
    problems = []
    n = len(items)
    if n != 40:
        problems.append("record count %d != 40" % n)
    cats = Counter(r["expected"]["root_cause_category"] for _, _, r in items)
    for c in CATEGORIES:
        want = 8 if c == "none" else 2
        if cats.get(c, 0) != want:
            problems.append("category %s has %d, want %d" % (c, cats.get(c, 0), want))
    for c in cats:
        if c not in CATEGORIES:
            problems.append("unknown category %s" % c)
    ids = [r["id"] for _, _, r in items]
    if ids != ["dev16-%03d" % i for i in range(1, n + 1)]:
        problems.append("ids not dev16-001..")
    for key, _, r in items:
        logs = r["logs"]
        e = r["expected"]
        if not 25 <= len(logs) <= 60:
            problems.append("%s: %d lines" % (key, len(logs)))
        prev = None
        for i, l in enumerate(logs):
            d = datetime.strptime(l["ts"], "%Y-%m-%dT%H:%M:%S.%fZ")
            if prev and d < prev:
                problems.append("%s: ts decreases at %d" % (key, i))
            prev = d
            if TOKEN_RE.search(l["line"]):
                problems.append("%s: template token in line %d: %s" % (key, i, TOKEN_RE.search(l["line"]).group(0)))
            for lk, lv in l["labels"].items():
                if not isinstance(lv, str) or not lv:
                    problems.append("%s: bad label %s at %d" % (key, lk, i))
            if not l["line"].strip():
                problems.append("%s: empty line %d" % (key, i))
        ev = e["evidence"]
        if any((not isinstance(x, int)) or x < 0 or x >= len(logs) for x in ev):
            problems.append("%s: evidence index out of range" % key)
        if len(set(ev)) != len(ev) or ev != sorted(ev):
            problems.append("%s: evidence not sorted/unique" % key)
        if e["root_cause_category"] == "none":
            if ev:
                problems.append("%s: none with evidence" % key)
        elif not ev:
            problems.append("%s: incident without evidence" % key)
        if e["severity"] not in SEVERITIES:
            problems.append("%s: bad severity" % key)
        if e["root_cause_category"] == "none" and e["severity"] != "INFO":
            problems.append("%s: none must be INFO here" % key)
        for f in ("component", "root_cause", "summary", "action"):
            if not isinstance(e.get(f), str) or not e[f].strip():
                problems.append("%s: empty %s" % (key, f))
            elif FIELD_RE.search(e[f]):
                problems.append("%s: template token in %s" % (key, f))
        sel = r["selector"]
        if sel is not None and set(sel) != {"namespace", "pod", "container", "node", "app"}:
            problems.append("%s: selector keys" % key)
    return problems


def dump(items):
    return "".join(json.dumps(r, ensure_ascii=False, separators=(", ", ": ")) + "\n" for _, _, r in items)


def preview(items, key=None):
    if key:
        for k, flavour, r in items:
            if k == key or r["id"] == key:
                e = r["expected"]
                print("%s  %s  [%s]  %s / %s / component=%s" % (r["id"], k, flavour, e["severity"],
                                                                 e["root_cause_category"], e["component"]))
                print("Q: %s" % r["question"])
                print("selector: %s" % json.dumps(r["selector"]))
                ev = set(e["evidence"])
                for i, l in enumerate(r["logs"]):
                    lab = l["labels"]
                    src = lab.get("pod") or lab.get("unit") or lab.get("job") or "-"
                    print("%s%2d %s %-28.28s %s" % ("*" if i in ev else " ", i, l["ts"][11:23], src, l["line"]))
                print("root_cause: %s" % e["root_cause"])
                print("summary:    %s" % e["summary"])
                print("action:     %s" % e["action"])
                return 0
        print("unknown key %s; keys: %s" % (key, ", ".join(k for k, _, _ in items)))
        return 2
    for k, flavour, r in items:
        e = r["expected"]
        print("%s %-26s %-9s %-18s %-8s %-22s %2d lines ev=%s" % (
            r["id"], k, flavour, e["root_cause_category"], e["severity"], e["component"][:22],
            len(r["logs"]), e["evidence"]))
    cats = Counter(r["expected"]["root_cause_category"] for _, _, r in items)
    sev = Counter(r["expected"]["severity"] for _, _, r in items)
    print("records: %d" % len(items))
    print("categories: " + ", ".join("%s=%d" % (c, cats.get(c, 0)) for c in CATEGORIES))
    print("severities: " + ", ".join("%s=%d" % (s, sev.get(s, 0)) for s in SEVERITIES))
    probs = self_checks(items)
    lens = [len(r["logs"]) for _, _, r in items]
    print("lines per window: min=%d max=%d total=%d" % (min(lens), max(lens), sum(lens)))
    # determinism: build again and compare
    again = dump(build())
    if again != dump(items):
        probs.append("second build differs (non-deterministic)")
    if probs:
        for p in probs:
            print("SELF-CHECK FAILED: " + p)
        return 1
    print("self-checks: ok")
    return 0


def table(items):
    print("| id | key | flavour | namespace (selector) | category | severity | component | lines |")
    print("|---|---|---|---|---|---|---|---|")
    for k, flavour, r in items:
        e = r["expected"]
        ns = (r["selector"] or {}).get("namespace") or "-"
        print("| %s | %s | %s | %s | %s | %s | %s | %d |" % (r["id"], k, flavour, ns, e["root_cause_category"],
                                                          e["severity"], e["component"], len(r["logs"])))
    print()
    print("| category | " + " | ".join(SEVERITIES) + " | total |")
    print("|---|" + "---|" * (len(SEVERITIES) + 1))
    for c in CATEGORIES:
        row = [sum(1 for _, _, r in items if r["expected"]["root_cause_category"] == c
                   and r["expected"]["severity"] == s) for s in SEVERITIES]
        print("| %s | %s | %d |" % (c, " | ".join(str(x) for x in row), sum(row)))
    print()
    fl = Counter(f for _, f, _ in items)
    print("| flavour | records |")
    print("|---|---|")
    for f, n in sorted(fl.items()):
        print("| %s | %d |" % (f, n))


def main(argv):
    items = build()
    if len(argv) > 1 and argv[1] == "--preview":
        return preview(items, argv[2] if len(argv) > 2 else None)
    if len(argv) > 1 and argv[1] == "--table":
        table(items)
        return 0
    if len(argv) > 1:
        print(__doc__)
        return 2
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(dump(items))
    print("wrote %s (%d records)" % (OUT, len(items)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
