#!/usr/bin/env python3
"""make_dev37.py - generator for the dev37 held-out evaluation set (golden format v1).

Standard library only.  Deterministic: a fixed seed (203737), one private
random.Random per scenario (seeded from integers, never from hash()), no
locale-dependent formatting, no wall-clock time.  Writes dev37.jsonl next to
this file.

Themes: a city zoo, a theatre / opera house, a seed bank / plant-genetics lab.
"""
import json
import os
import random
from datetime import datetime, timedelta, timezone

SEED = 203737
UTC = timezone.utc
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
K8S_ALNUM = "bcdfghjklmnpqrstvwxz2456789"   # alphabet of pod-template-hash / pod suffixes
HEX = "0123456789abcdef"

# ----------------------------------------------------------------------------
# time and format helpers (all manual, no strftime/locale)
# ----------------------------------------------------------------------------


def dt(y, mo, d, h, mi, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=UTC)


def iso(t):
    return "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (
        t.year, t.month, t.day, t.hour, t.minute, t.second, t.microsecond // 1000)


def iso_us(t):
    return "%04d-%02d-%02dT%02d:%02d:%02d.%06dZ" % (
        t.year, t.month, t.day, t.hour, t.minute, t.second, t.microsecond)


def ymd_hms(t, sep=" ", frac=",", digits=3):
    f = "%03d" % (t.microsecond // 1000) if digits == 3 else "%06d" % t.microsecond
    return "%04d-%02d-%02d%s%02d:%02d:%02d%s%s" % (
        t.year, t.month, t.day, sep, t.hour, t.minute, t.second, frac, f)


def hms(t):
    return "%02d:%02d:%02d" % (t.hour, t.minute, t.second)


def nginx_time(t):
    return "%02d/%s/%04d:%02d:%02d:%02d +0000" % (
        t.day, MON[t.month - 1], t.year, t.hour, t.minute, t.second)


def nginx_err_time(t):
    return "%04d/%02d/%02d %02d:%02d:%02d" % (t.year, t.month, t.day, t.hour, t.minute, t.second)


def syslog_time(t):
    return "%s %2d %02d:%02d:%02d" % (MON[t.month - 1], t.day, t.hour, t.minute, t.second)


def redis_time(t):
    return "%02d %s %04d %02d:%02d:%02d.%03d" % (
        t.day, MON[t.month - 1], t.year, t.hour, t.minute, t.second, t.microsecond // 1000)


def nest_time(t):
    h = t.hour % 12 or 12
    ampm = "AM" if t.hour < 12 else "PM"
    return "%02d/%02d/%04d, %d:%02d:%02d %s" % (t.month, t.day, t.year, h, t.minute, t.second, ampm)


def klog(t, sev, src, msg, tid=1):
    return "%s%02d%02d %02d:%02d:%02d.%06d %7d %s] %s" % (
        sev, t.month, t.day, t.hour, t.minute, t.second, t.microsecond, tid, src, msg)


def js(obj):
    """Compact JSON log line with insertion-ordered keys."""
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False)


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def hexs(rng, n):
    return "".join(rng.choice(HEX) for _ in range(n))


def k8s_id(rng, n):
    return "".join(rng.choice(K8S_ALNUM) for _ in range(n))


def rs_hash(rng):
    return k8s_id(rng, rng.choice([9, 10]))


def pod_name(rng, deploy, h=None):
    return "%s-%s-%s" % (deploy, h or rs_hash(rng), k8s_id(rng, 5))


def job_pod(rng, job):
    return "%s-%s" % (job, k8s_id(rng, 5))


def ip10(rng, b=None):
    return "10.%d.%d.%d" % (b if b is not None else rng.randint(0, 63), rng.randint(0, 255), rng.randint(2, 254))


def uuid4(rng):
    h = hexs(rng, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:32])


# ----------------------------------------------------------------------------
# label helpers
# ----------------------------------------------------------------------------


def L_pod(ns, pod, container, node, app):
    return {"namespace": ns, "pod": pod, "container": container, "node": node, "app": app}


def L_ev(ns):
    return {"namespace": ns, "job": "integrations/kubernetes/eventhandler", "source": "kubernetes-events"}


def L_journal(host, unit, ident, level="info"):
    return {"job": "systemd-journal", "host": host, "unit": unit,
            "syslog_identifier": ident, "level": level}


def L_syslog(host, app, severity="info", facility="daemon"):
    return {"job": "syslog", "host": host, "app": app, "facility": facility, "severity": severity}


def L_compose(host, project, service):
    return {"job": "docker", "host": host, "compose_project": project,
            "compose_service": service, "container": "%s-%s-1" % (project, service)}


def kev(etype, reason, kind, name, msg, comp="kubelet", host=None, count=None):
    s = "type=%s reason=%s kind=%s name=%s sourcecomponent=%s" % (etype, reason, kind, name, comp)
    if host:
        s += " sourcehost=%s" % host
    if count:
        s += " count=%d" % count
    return s + " msg=" + q(msg)


def ingress_access(t, rng, client, method, path, status, upstream, addr, rt, size=None,
                   ua="Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
                   up_status=None, referer="-"):
    """ingress-nginx default log-format-upstream."""
    if size is None:
        size = rng.randint(180, 24000) if status < 400 else rng.randint(140, 600)
    if addr == "-":
        up = "- - - -"
    else:
        ups = up_status if up_status is not None else status
        up = "%s %d %.3f %d" % (addr, size if status < 500 else 0, rt, ups)
    return '%s - - [%s] "%s %s HTTP/2.0" %d %d "%s" "%s" %d %.3f [%s] [] %s %s' % (
        client, nginx_time(t), method, path, status, size, referer, ua,
        rng.randint(40, 900), rt, upstream, up, hexs(rng, 32))


def nginx_combined(t, rng, client, method, path, status, size=None, ua="curl/8.5.0", rt=None, proto="HTTP/1.1"):
    if size is None:
        size = rng.randint(200, 30000) if status < 400 else rng.randint(150, 560)
    line = '%s - - [%s] "%s %s %s" %d %d "-" "%s"' % (
        client, nginx_time(t), method, path, proto, status, size, ua)
    if rt is not None:
        line += " rt=%.3f" % rt
    return line


# ----------------------------------------------------------------------------
# window builder
# ----------------------------------------------------------------------------


class Window:
    def __init__(self, rng, start):
        self.rng = rng
        self.t = start + timedelta(milliseconds=rng.randint(0, 900))
        self.logs = []
        self.marks = {}

    def add(self, labels, line, gap=(0.05, 2.0), mark=None):
        ms = self.rng.randint(int(gap[0] * 1000), int(gap[1] * 1000))
        self.t = self.t + timedelta(milliseconds=max(ms, 1), microseconds=self.rng.randint(0, 999))
        text = line(self.t) if callable(line) else line
        self.logs.append({"ts": iso(self.t), "labels": dict(labels), "line": text})
        idx = len(self.logs) - 1
        if mark:
            self.marks.setdefault(mark, []).append(idx)
        return idx

    def ev(self, *names):
        out = []
        for n in names:
            for i in self.marks.get(n, []):
                if i not in out:
                    out.append(i)
        return out


def sel(ns=None, pod=None, container=None, node=None, app=None):
    return {"namespace": ns, "pod": pod, "container": container, "node": node, "app": app}


def record(theme, question, selector, w, severity, category, component, root_cause, summary,
           action, evidence):
    exp = {"severity": severity, "root_cause_category": category}
    if category != "none":
        exp["component"] = component
    exp["root_cause"] = root_cause
    exp["summary"] = summary
    exp["action"] = action
    exp["evidence"] = list(evidence)
    return {"source": "synthetic:dev37-" + theme, "question": question, "selector": selector,
            "logs": w.logs, "expected": exp}


SCENARIOS = []


def scenario(fn):
    SCENARIOS.append(fn)
    return fn


# ============================================================================
# ZOO
# ============================================================================


@scenario
def zoo_ticketing_rollout_healthy(rng):
    ns = "zoo-ticketing"
    w = Window(rng, dt(2026, 3, 7, 8, 41, 12))
    nodes = ["zoo-k8s-w1", "zoo-k8s-w2", "zoo-k8s-w3"]
    old_h, new_h = rs_hash(rng), rs_hash(rng)
    old = [pod_name(rng, "ticket-web", old_h) for _ in range(2)]
    new = [pod_name(rng, "ticket-web", new_h) for _ in range(2)]
    gw = pod_name(rng, "ticket-edge")
    api = pod_name(rng, "ticket-payments")
    E = L_ev(ns)
    W = lambda p, n: L_pod(ns, p, "ticket-web", n, "ticket-web")
    G = L_pod(ns, gw, "nginx", nodes[0], "ticket-edge")
    A = L_pod(ns, api, "ticket-payments", nodes[2], "ticket-payments")
    ua = "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 Chrome/122.0 Mobile Safari/537.36"
    w.add(E, kev("Normal", "ScalingReplicaSet", "Deployment", "ticket-web",
                 "Scaled up replica set ticket-web-%s to 1" % new_h, comp="deployment-controller"))
    w.add(E, kev("Normal", "Pulled", "Pod", new[0],
                 'Container image "registry.zoo.internal/ticketing/ticket-web:4.12.0" already present on machine', host=nodes[1]))
    w.add(E, kev("Normal", "Started", "Pod", new[0], "Started container ticket-web", host=nodes[1]))
    w.add(W(new[0], nodes[1]), lambda t: "  \u25b2 Next.js 14.1.3")
    w.add(W(new[0], nodes[1]), lambda t: " \u2713 Ready in 2.1s")
    w.add(E, kev("Warning", "Unhealthy", "Pod", new[0],
                 "Readiness probe failed: Get \"http://10.42.1.37:3000/api/health\": dial tcp 10.42.1.37:3000: connect: connection refused",
                 host=nodes[1]))
    w.add(G, lambda t: ingress_access(t, rng, ip10(rng, 8), "GET", "/tickets/day-pass", 200,
                                      "zoo-ticketing-ticket-web-3000", "10.42.2.19:3000", 0.084, ua=ua))
    w.add(G, lambda t: ingress_access(t, rng, ip10(rng, 8), "GET", "/_next/static/chunks/app/checkout-5b1c.js", 499,
                                      "zoo-ticketing-ticket-web-3000", "10.42.2.19:3000", 1.902, size=0, ua=ua,
                                      up_status=200))
    w.add(A, lambda t: 'level=warn ts=%s caller=paymentclient.go:118 msg="payment provider call failed, retrying" attempt=1 err="read tcp 10.42.3.11:51822->34.120.8.90:443: read: connection reset by peer"' % iso(t))
    w.add(A, lambda t: 'level=info ts=%s caller=paymentclient.go:131 msg="payment provider call succeeded" attempt=2 order=ZT-884213 duration_ms=412' % iso(t))
    w.add(E, kev("Normal", "ScalingReplicaSet", "Deployment", "ticket-web",
                 "Scaled down replica set ticket-web-%s to 1 from 2" % old_h, comp="deployment-controller"))
    w.add(E, kev("Normal", "Killing", "Pod", old[0], "Stopping container ticket-web", host=nodes[0]))
    w.add(W(old[0], nodes[0]), lambda t: js({"level": 40, "time": int(t.timestamp() * 1000), "pid": 1, "hostname": old[0],
                                             "msg": "SIGTERM received, draining 3 open connections before exit"}))
    w.add(W(old[0], nodes[0]), lambda t: js({"level": 30, "time": int(t.timestamp() * 1000), "pid": 1, "hostname": old[0],
                                             "msg": "server closed, exiting with code 0"}))
    w.add(E, kev("Normal", "Started", "Pod", new[1], "Started container ticket-web", host=nodes[2]))
    w.add(E, kev("Warning", "Unhealthy", "Pod", new[1],
                 "Readiness probe failed: HTTP probe failed with statuscode: 503", host=nodes[2]))
    w.add(W(new[1], nodes[2]), lambda t: " \u2713 Ready in 1.8s")
    w.add(G, lambda t: ingress_access(t, rng, ip10(rng, 8), "POST", "/api/basket", 200,
                                      "zoo-ticketing-ticket-web-3000", "10.42.1.37:3000", 0.133, ua=ua))
    w.add(E, kev("Normal", "Killing", "Pod", old[1], "Stopping container ticket-web", host=nodes[2]))
    w.add(W(old[1], nodes[2]), lambda t: js({"level": 40, "time": int(t.timestamp() * 1000), "pid": 1, "hostname": old[1],
                                             "msg": "SIGTERM received, draining 1 open connections before exit"}))
    w.add(E, kev("Normal", "ScalingReplicaSet", "Deployment", "ticket-web",
                 "Scaled down replica set ticket-web-%s to 0 from 1" % old_h, comp="deployment-controller"))
    for p in ["/tickets/annual-membership", "/api/timeslots?date=2026-03-08", "/checkout"]:
        w.add(G, lambda t, p=p: ingress_access(t, rng, ip10(rng, 8), "GET", p, 200,
                                               "zoo-ticketing-ticket-web-3000",
                                               rng.choice(["10.42.1.37:3000", "10.42.3.52:3000"]),
                                               rng.uniform(0.03, 0.2), ua=ua))
    w.add(G, lambda t: ingress_access(t, rng, ip10(rng, 8), "GET", "/api/timeslots?date=2026-03-09", 499,
                                      "zoo-ticketing-ticket-web-3000", "10.42.3.52:3000", 0.611, size=0, ua=ua,
                                      up_status=200))
    return record(
        "zoo",
        "Ticketing threw probe failures and a couple of 499s during this morning's deploy. Is ticket sales affected?",
        sel(ns), w, "INFO", "none", None,
        "No fault: a rolling update of ticket-web. The readiness failures come from new pods probed before Next.js "
        "finished starting, the 499s are clients that closed the connection, and the payment call reset was retried "
        "successfully.",
        "ticket-web rolled from the old to the new ReplicaSet with graceful SIGTERM draining; every request served "
        "during the window returned 200 except client-cancelled ones.",
        "Nothing to do. Optionally add a startupProbe or initialDelaySeconds to ticket-web so new pods are not "
        "probed before they listen.",
        [])


@scenario
def zoo_care_records_heap_oom(rng):
    ns = "zoo-care"
    w = Window(rng, dt(2026, 3, 12, 6, 58, 3))
    h = rs_hash(rng)
    cr = [pod_name(rng, "care-records", h) for _ in range(2)]
    crn = ["zoo-k8s-w2", "zoo-k8s-w4"]
    vp = pod_name(rng, "vet-portal")
    gw = pod_name(rng, "care-gateway")
    fs = pod_name(rng, "feeding-scheduler")
    E = L_ev(ns)
    C = lambda i: L_pod(ns, cr[i], "care-records", crn[i], "care-records")
    V = L_pod(ns, vp, "vet-portal", "zoo-k8s-w1", "vet-portal")
    G = L_pod(ns, gw, "nginx", "zoo-k8s-w3", "care-gateway")
    F = L_pod(ns, fs, "worker", "zoo-k8s-w1", "feeding-scheduler")

    def quarkus(t, lvl, cat, thread, msg):
        return "%s %-5s [%s] (%s) %s" % (ymd_hms(t), lvl, cat, thread, msg)

    def vet_err(t, path):
        return "[Nest] 1  - %s   ERROR [CareRecordsClient] GET http://care-records.zoo-care.svc:8080%s failed: connect ECONNREFUSED 10.43.18.202:8080" % (nest_time(t), path)

    def gw_err(t):
        return "%s [error] 29#29: *%d connect() failed (111: Connection refused) while connecting to upstream, client: %s, server: care.zoo.internal, request: \"GET /api/animals/%d/treatments HTTP/1.1\", upstream: \"http://10.43.18.202:8080/api/animals/%d/treatments\"" % (
            nginx_err_time(t), rng.randint(20000, 90000), ip10(rng, 12), rng.randint(100, 999), rng.randint(100, 999))

    def feeding_err(t):
        return "[%s: ERROR/ForkPoolWorker-%d] Task feeding.tasks.sync_diet_plans[%s] raised unexpected: ConnectionError(MaxRetryError(\"HTTPConnectionPool(host='care-records', port=8080): Max retries exceeded with url: /api/diets?since=2026-03-12 (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3a1c2e5d90>: Failed to establish a new connection: [Errno 111] Connection refused'))\"))" % (
            ymd_hms(t), rng.randint(1, 4), uuid4(rng))

    w.add(C(0), lambda t: quarkus(t, "INFO", "io.quarkus", "main", "care-records 2.7.0 on JVM (powered by Quarkus 3.8.3) started in 6.204s. Listening on: http://0.0.0.0:8080"))
    w.add(C(0), lambda t: quarkus(t, "INFO", "zoo.care.cache.HistoryWarmup", "executor-thread-1", "Warming medical-history cache: 48213 records incl. imaging attachments (previous run: 31877)"))
    for path in ["/api/animals/412/treatments", "/api/animals/88/weights"]:
        w.add(V, lambda t, p=path: vet_err(t, p))
    w.add(G, gw_err)
    w.add(C(0), lambda t: quarkus(t, "ERROR", "io.vertx.core.impl.ContextBase", "vert.x-worker-thread-3",
                                  "Unhandled exception: java.lang.OutOfMemoryError: Java heap space"), mark="cause")
    w.add(C(0), lambda t: "Terminating due to java.lang.OutOfMemoryError: Java heap space", mark="cause")
    w.add(F, feeding_err, mark="sym")
    w.add(V, lambda t: vet_err(t, "/api/animals/412/treatments"), mark="sym")
    w.add(G, lambda t: ingress_access(t, rng, ip10(rng, 12), "GET", "/api/animals/412/treatments", 502,
                                      "zoo-care-care-records-8080", "10.43.18.202:8080", 0.002, up_status=502))
    w.add(E, kev("Warning", "BackOff", "Pod", cr[1], "Back-off restarting failed container care-records in pod %s_zoo-care(%s)" % (cr[1], uuid4(rng)), host=crn[1], count=6), mark="cause2")
    for _ in range(3):
        w.add(V, lambda t: vet_err(t, "/api/animals/%d/treatments" % rng.randint(10, 600)))
    w.add(G, gw_err)
    w.add(G, lambda t: ingress_access(t, rng, ip10(rng, 12), "GET", "/api/enclosures/aviary-2/animals", 503,
                                      "zoo-care-care-records-8080", "-", 0.000), mark="sym")
    w.add(F, feeding_err)
    w.add(C(1), lambda t: quarkus(t, "INFO", "io.quarkus", "main", "care-records 2.7.0 on JVM (powered by Quarkus 3.8.3) started in 6.871s. Listening on: http://0.0.0.0:8080"))
    w.add(C(1), lambda t: quarkus(t, "INFO", "zoo.care.cache.HistoryWarmup", "executor-thread-1", "Warming medical-history cache: 48213 records incl. imaging attachments (previous run: 31877)"))
    for _ in range(2):
        w.add(V, lambda t: vet_err(t, "/api/animals/%d/weights" % rng.randint(10, 600)))
    w.add(G, lambda t: ingress_access(t, rng, ip10(rng, 12), "GET", "/api/animals/97", 503,
                                      "zoo-care-care-records-8080", "-", 0.000))
    w.add(C(1), lambda t: quarkus(t, "WARN", "io.vertx.core.impl.BlockedThreadChecker", "vertx-blocked-thread-checker",
                                  "Thread Thread[vert.x-eventloop-thread-1,5,main] has been blocked for 2871 ms, time limit is 2000 ms"))
    w.add(C(1), lambda t: "Terminating due to java.lang.OutOfMemoryError: Java heap space", mark="cause")
    w.add(E, kev("Warning", "BackOff", "Pod", cr[0], "Back-off restarting failed container care-records in pod %s_zoo-care(%s)" % (cr[0], uuid4(rng)), host=crn[0], count=7))
    w.add(F, feeding_err)
    w.add(V, lambda t: vet_err(t, "/api/animals/31/treatments"))
    w.add(G, gw_err)
    ev = w.marks["cause"][:1] + w.marks["cause"][2:3] + w.marks["cause2"] + w.marks["sym"]
    return record(
        "zoo",
        "The vet portal and the feeding scheduler are both failing to load animal records since early this morning. What is going on?",
        sel(ns), w, "CRITICAL", "oom_killed", "care-records",
        "care-records runs out of Java heap while warming its medical-history cache (48k records with imaging "
        "attachments, up from 32k) and the JVM exits on OutOfMemoryError; both replicas crash-loop, so the service "
        "has no ready endpoints.",
        "Every care-records replica dies with OutOfMemoryError a few seconds after start; vet-portal, "
        "feeding-scheduler and care-gateway see connection refused / 502 / 503 for all animal-record calls, so "
        "animal-care records are unavailable to keepers and vets.",
        "Raise care-records' memory limit and heap (MaxRAMPercentage) to fit the grown dataset or make the "
        "warm-up lazy and exclude attachments; then roll the deployment and confirm the pods stay Ready. The "
        "callers need no change.",
        ev)


@scenario
def zoo_ticket_web_node_heap_oom_one_replica(rng):
    ns = "zoo-ticketing"
    w = Window(rng, dt(2026, 3, 21, 13, 17, 40))
    h = rs_hash(rng)
    web = [pod_name(rng, "ticket-web", h) for _ in range(3)]
    ips = ["10.42.1.61", "10.42.2.33", "10.42.3.18"]
    nodes = ["zoo-k8s-w1", "zoo-k8s-w2", "zoo-k8s-w3"]
    gw = pod_name(rng, "ticket-edge")
    E = L_ev(ns)
    Wl = lambda i: L_pod(ns, web[i], "ticket-web", nodes[i], "ticket-web")
    G = L_pod(ns, gw, "nginx", nodes[0], "ticket-edge")
    ua = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 Version/17.3 Safari/605.1.15"

    def ok(t, i, path="/tickets/day-pass"):
        return ingress_access(t, rng, ip10(rng, 8), "GET", path, 200, "zoo-ticketing-ticket-web-3000",
                              "%s:3000" % ips[i], rng.uniform(0.04, 0.25), ua=ua)

    def jlog(t, i, lvl, msg, **kw):
        d = {"level": lvl, "time": int(t.timestamp() * 1000), "pid": 1, "hostname": web[i], "msg": msg}
        d.update(kw)
        return js(d)

    w.add(G, lambda t: ok(t, 0))
    w.add(Wl(1), lambda t: jlog(t, 1, 40, "render cache above soft limit", cacheEntries=18412, heapUsedMB=1391, heapLimitMB=1456), mark="trend")
    w.add(G, lambda t: ok(t, 2, "/events/penguin-feeding"))
    w.add(Wl(1), lambda t: "<--- Last few GCs --->")
    w.add(Wl(1), lambda t: "[1:0x6a1e0d0]   812044 ms: Mark-Compact 1447.9 (1468.2) -> 1446.1 (1469.5) MB, 1712.44 / 0.00 ms  (average mu = 0.127, current mu = 0.019) allocation failure; scavenge might not succeed")
    w.add(Wl(1), lambda t: "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory", mark="cause")
    w.add(G, lambda t: "%s [error] 31#31: *%d upstream prematurely closed connection while reading response header from upstream, client: %s, server: tickets.cityzoo.example, request: \"GET /tickets/annual-membership HTTP/2.0\", upstream: \"http://%s:3000/tickets/annual-membership\"" % (
        nginx_err_time(t), rng.randint(10 ** 5, 10 ** 6), ip10(rng, 8), ips[1]), mark="sym")
    for path in ["/tickets/annual-membership", "/checkout", "/api/basket"]:
        w.add(G, lambda t, p=path: ingress_access(t, rng, ip10(rng, 8), "GET", p, 502, "zoo-ticketing-ticket-web-3000",
                                                  "%s:3000" % ips[1], rng.uniform(0.001, 0.02), ua=ua, up_status=502), mark="sym")
    w.add(G, lambda t: "%s [error] 31#31: *%d connect() failed (111: Connection refused) while connecting to upstream, client: %s, server: tickets.cityzoo.example, request: \"GET /checkout HTTP/2.0\", upstream: \"http://%s:3000/checkout\"" % (
        nginx_err_time(t), rng.randint(10 ** 5, 10 ** 6), ip10(rng, 8), ips[1]))
    w.add(G, lambda t: ingress_access(t, rng, ip10(rng, 8), "GET", "/checkout", 200, "zoo-ticketing-ticket-web-3000",
                                      "%s:3000, %s:3000" % (ips[1], ips[0]), 0.318, ua=ua))
    w.add(E, kev("Warning", "Unhealthy", "Pod", web[1], "Readiness probe failed: Get \"http://%s:3000/api/health\": dial tcp %s:3000: connect: connection refused" % (ips[1], ips[1]), host=nodes[1]))
    w.add(E, kev("Normal", "Pulled", "Pod", web[1], 'Container image "registry.zoo.internal/ticketing/ticket-web:4.12.0" already present on machine', host=nodes[1]))
    w.add(E, kev("Normal", "Started", "Pod", web[1], "Started container ticket-web", host=nodes[1]))
    w.add(Wl(1), lambda t: " \u2713 Ready in 2.4s")
    for i in [0, 2, 1, 0, 2, 1]:
        w.add(G, lambda t, i=i: ok(t, i, rng.choice(["/tickets/day-pass", "/checkout", "/api/timeslots?date=2026-03-22", "/events/penguin-feeding"])))
    w.add(Wl(2), lambda t: jlog(t, 2, 30, "render cache stats", cacheEntries=9120, heapUsedMB=742, heapLimitMB=1456))
    return record(
        "zoo",
        "We saw a burst of 502s on the ticket shop a few minutes ago. Is it still happening and what caused it?",
        sel(ns), w, "WARN", "oom_killed", "ticket-web",
        "One ticket-web replica exhausted its V8 heap (render cache grew to ~1.4 GB against a 1.46 GB heap limit) "
        "and the Node process aborted with 'JavaScript heap out of memory'.",
        "A single ticket-web pod crashed on heap OOM and was restarted by the kubelet; the edge proxy returned a "
        "handful of 502s for requests in flight on that pod and retried the rest on other replicas. The pod is "
        "Ready again and traffic is 200.",
        "No urgent action. Bound the SSR render cache in ticket-web (entry cap / TTL) or raise --max-old-space-size "
        "together with the memory limit, and watch heapUsed on the other replicas which follow the same trend.",
        w.ev("cause", "trend") + w.marks["sym"][:2])


@scenario
def zoo_ticket_redis_no_master(rng):
    ns = "zoo-ticketing"
    w = Window(rng, dt(2026, 4, 4, 10, 2, 51))
    api_h = rs_hash(rng)
    api = [pod_name(rng, "ticket-api", api_h) for _ in range(3)]
    nodes = ["zoo-k8s-w1", "zoo-k8s-w2", "zoo-k8s-w3"]
    gw = pod_name(rng, "ticket-edge")
    rn = ["ticket-redis-node-%d" % i for i in range(3)]
    E = L_ev(ns)
    A = lambda i: L_pod(ns, api[i], "ticket-api", nodes[i], "ticket-api")
    S = lambda i: L_pod(ns, rn[i], "sentinel", nodes[i], "ticket-redis")
    R = lambda i: L_pod(ns, rn[i], "redis", nodes[i], "ticket-redis")
    G = L_pod(ns, gw, "nginx", nodes[0], "ticket-edge")
    master = "10.42.2.71"

    def sent(t, msg):
        return "1:X %s %s" % (redis_time(t), msg)

    def api_err(t, i, ctx, msg):
        return "[Nest] 1  - %s   ERROR [%s] %s" % (nest_time(t), ctx, msg)

    w.add(S(0), lambda t: sent(t, "# +sdown master mymaster %s 6379" % master), mark="cause")
    w.add(A(0), lambda t: "[ioredis] Unhandled error event: Error: connect ECONNREFUSED %s:6379" % master, mark="sym")
    w.add(A(2), lambda t: "[ioredis] Unhandled error event: Error: connect ECONNREFUSED %s:6379" % master)
    w.add(S(2), lambda t: sent(t, "# +sdown master mymaster %s 6379" % master))
    w.add(S(0), lambda t: sent(t, "# +odown master mymaster %s 6379 #quorum 2/2" % master))
    w.add(S(0), lambda t: sent(t, "# +try-failover master mymaster %s 6379" % master))
    w.add(R(1), lambda t: "1:S %s * Connecting to MASTER %s:6379" % (redis_time(t), master))
    w.add(R(1), lambda t: "1:S %s # Error condition on socket for SYNC: Connection refused" % redis_time(t))
    w.add(A(1), lambda t: api_err(t, 1, "SessionGuard", "Session lookup failed for sid=s%3A" + hexs(rng, 12) + ": Error: connect ECONNREFUSED " + master + ":6379"), mark="sym")
    w.add(S(0), lambda t: sent(t, "# -failover-abort-no-good-slave master mymaster %s 6379" % master), mark="cause")
    for i in [0, 2, 1, 0]:
        w.add(A(i), lambda t, i=i: api_err(t, i, "ExceptionsHandler", "Error: connect ECONNREFUSED %s:6379 at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1595:16)" % master))
    for path in ["/api/basket", "/api/checkout", "/api/session"]:
        w.add(G, lambda t, p=path: ingress_access(t, rng, ip10(rng, 8), "POST" if p != "/api/session" else "GET", p, 500,
                                                  "zoo-ticketing-ticket-api-8080", "10.42.%d.%d:8080" % (rng.randint(1, 3), rng.randint(10, 90)),
                                                  rng.uniform(0.01, 0.05), up_status=500), mark="sym")
    w.add(R(2), lambda t: "1:S %s * Connecting to MASTER %s:6379" % (redis_time(t), master))
    w.add(R(2), lambda t: "1:S %s # Error condition on socket for SYNC: Connection refused" % redis_time(t))
    w.add(S(1), lambda t: sent(t, "# -failover-abort-no-good-slave master mymaster %s 6379" % master))
    for i in [2, 1]:
        w.add(A(i), lambda t, i=i: "[ioredis] Unhandled error event: Error: connect ECONNREFUSED %s:6379" % master)
    w.add(E, kev("Warning", "Unhealthy", "Pod", api[0], "Readiness probe failed: HTTP probe failed with statuscode: 503", host=nodes[0]))
    for path in ["/api/checkout", "/api/basket", "/api/checkout"]:
        w.add(G, lambda t, p=path: ingress_access(t, rng, ip10(rng, 8), "POST", p, 503,
                                                  "zoo-ticketing-ticket-api-8080", "-", 0.0))
    w.add(A(1), lambda t: api_err(t, 1, "SessionGuard", "Session lookup failed for sid=s%3A" + hexs(rng, 12) + ": Error: connect ECONNREFUSED " + master + ":6379"))
    return record(
        "zoo",
        "Nobody can check out on the zoo ticket shop. The API logs are full of Redis errors; where is the actual problem?",
        sel(ns), w, "CRITICAL", "connection_refused", "ticket-redis",
        "The ticket-redis master (%s) is down and Sentinel cannot fail over: both replicas have lost their link to "
        "the master and are rejected as candidates (-failover-abort-no-good-slave), so the advertised master "
        "refuses every connection." % master,
        "ticket-redis has no writable master. Sentinel keeps pointing clients at the dead master; ticket-api gets "
        "ECONNREFUSED for every session lookup, its readiness fails and the edge returns 500/503 for basket and "
        "checkout, i.e. ticket sales are down for everyone.",
        "Restore a master in ticket-redis: bring ticket-redis-node-0 back or promote a replica manually (REPLICAOF "
        "NO ONE, then SENTINEL RESET mymaster), then check why the replicas were ineligible (replica-priority, "
        "down-after/failover timeouts). ticket-api recovers on its own once a master answers.",
        w.marks["cause"] + w.marks["sym"][:3])


@scenario
def zoo_enclosure_gateway_healthy(rng):
    host = "enc-gw-reptile-01"
    w = Window(rng, dt(2026, 3, 15, 2, 11, 5))
    GW = lambda lvl="info": L_journal(host, "enclosure-gw.service", "enclosure-gw", lvl)
    CH = L_journal(host, "chrony.service", "chronyd")
    SD = L_journal(host, "init.scope", "systemd")

    def gw(t, lvl, msg):
        return "%s %s enclosure_gw.%s" % (ymd_hms(t), lvl, msg)

    w.add(GW(), lambda t: gw(t, "INFO", "uploader: batch uploaded readings=240 zone=reptile-house ok=true"))
    w.add(GW("warning"), lambda t: gw(t, "WARNING", "mqtt: connection lost (rc=7), reconnecting in 2s"))
    w.add(GW(), lambda t: gw(t, "INFO", "mqtt: connected to mqtt.zoo.lan:8883 (session present=1)"), gap=(1.8, 2.6))
    w.add(GW("warning"), lambda t: gw(t, "WARNING", "modbus: read timeout unit=4 reg=0x0102 (humidity) attempt=1/3"))
    w.add(GW(), lambda t: gw(t, "INFO", "modbus: read ok unit=4 reg=0x0102 attempt=2/3 value=71.4"))
    w.add(CH, lambda t: "System clock wrong by 1.382114 seconds, adjustment started")
    w.add(CH, lambda t: "Selected source 10.10.0.5 (ntp1.zoo.lan)")
    w.add(SD, lambda t: "Starting Daily apt download activities...")
    w.add(GW(), lambda t: gw(t, "INFO", "sensors: enclosure=R-07 temp_c=29.8 rh=71.4 lux=0 uv_index=0.0"))
    w.add(GW(), lambda t: gw(t, "INFO", "sensors: enclosure=R-11 temp_c=31.2 rh=64.0 lux=0 uv_index=0.0"))
    w.add(GW("err"), lambda t: gw(t, "ERROR", "camera: snapshot failed enclosure=R-03 err='HTTP 503 from 10.10.4.23 (camera rebooting)'; will retry next cycle"))
    w.add(SD, lambda t: "apt-daily.service: Deactivated successfully.")
    w.add(SD, lambda t: "Finished Daily apt download activities.")
    w.add(GW(), lambda t: gw(t, "INFO", "uploader: batch uploaded readings=240 zone=reptile-house ok=true"), gap=(20, 40))
    w.add(GW(), lambda t: gw(t, "INFO", "camera: snapshot ok enclosure=R-03 bytes=182233"))
    w.add(GW("warning"), lambda t: gw(t, "WARNING", "thermostat: setpoint drift enclosure=R-11 target=30.0 actual=31.2 (within tolerance 1.5)"))
    w.add(GW(), lambda t: gw(t, "INFO", "alarms: 0 active, 0 acknowledged"))
    return record(
        "zoo",
        "The reptile-house gateway logged MQTT disconnects, Modbus timeouts and a camera error overnight. Should keepers be worried?",
        None, w, "INFO", "none", None,
        "No fault: a brief MQTT reconnect, one Modbus read retried successfully, a camera that was rebooting and "
        "answered on the next cycle, and a routine chrony clock correction.",
        "The enclosure gateway kept uploading full sensor batches, enclosure readings are within tolerance and no "
        "alarm is active.",
        "Nothing to do; keep an eye on the Modbus retry rate for unit 4 if it becomes frequent.",
        [])


@scenario
def zoo_rota_coredns_stub_forward(rng):
    w = Window(rng, dt(2026, 3, 16, 5, 30, 14))
    ns = "zoo-rota"
    dh = rs_hash(rng)
    dns = [pod_name(rng, "coredns", dh) for _ in range(2)]
    dnsn = ["zoo-k8s-w1", "zoo-k8s-w2"]
    nh = rs_hash(rng)
    notif = [pod_name(rng, "rota-notifier", nh) for _ in range(2)]
    web = pod_name(rng, "keeper-rota")
    D = lambda i: L_pod("kube-system", dns[i], "coredns", dnsn[i], "coredns")
    N = lambda i: L_pod(ns, notif[i], "worker", ["zoo-k8s-w3", "zoo-k8s-w1"][i], "rota-notifier")
    R = L_pod(ns, web, "django", "zoo-k8s-w2", "keeper-rota")

    def dns_err(t, name, qtype="A"):
        return "[ERROR] plugin/errors: 2 %s. %s: read udp %s:%d->10.20.0.53:53: i/o timeout" % (
            name, qtype, rng.choice(["10.42.0.14", "10.42.1.9"]), rng.randint(32768, 60999))

    def celery_retry(t, i, task, host, port):
        return "[%s: INFO/ForkPoolWorker-%d] Task %s[%s] retry: Retry in 60s: ConnectionError(MaxRetryError(\"HTTPSConnectionPool(host='%s', port=%d): Max retries exceeded with url: /v1/messages (Caused by NameResolutionError(\\\"<urllib3.connection.HTTPSConnection object at 0x7f81b3c4a2d0>: Failed to resolve '%s' ([Errno -3] Temporary failure in name resolution)\\\"))\"))" % (
            ymd_hms(t), rng.randint(1, 4), task, uuid4(rng), host, port, host)

    def celery_fail(t, task, host):
        return "[%s: ERROR/ForkPoolWorker-%d] Task %s[%s] raised unexpected: MaxRetriesExceededError(\"Can't retry rota.notify.%s args:(%d,) kwargs:{}\") | last error: NameResolutionError: Failed to resolve '%s' ([Errno -3] Temporary failure in name resolution)" % (
            ymd_hms(t), rng.randint(1, 4), task, uuid4(rng), task.split(".")[-1], rng.randint(3000, 3999), host)

    def django(t, lvl, logger, msg):
        return "[%s] %s %s: %s" % (ymd_hms(t), lvl, logger, msg)

    w.add(R, lambda t: django(t, "INFO", "django.server", '"GET /rota/week/12/ HTTP/1.1" 200 48211'))
    w.add(D(0), lambda t: dns_err(t, "sms-gw.zoo.internal"), mark="cause")
    w.add(N(0), lambda t: celery_retry(t, 0, "rota.notify.send_shift_sms", "sms-gw.zoo.internal", 443), mark="sym")
    w.add(N(1), lambda t: celery_retry(t, 1, "rota.notify.send_shift_sms", "sms-gw.zoo.internal", 443))
    w.add(R, lambda t: django(t, "INFO", "rota.views.swap", "shift swap #7712 approved by k.okafor (aviary, 2026-03-17 early)"))
    w.add(R, lambda t: django(t, "ERROR", "rota.mail", "sending swap confirmation failed: [Errno -3] Temporary failure in name resolution (smtp.zoo.internal:587)"), mark="sym")
    w.add(D(1), lambda t: dns_err(t, "smtp.zoo.internal"), mark="cause")
    for i in [0, 1, 0]:
        w.add(N(i), lambda t, i=i: celery_retry(t, i, "rota.notify.send_shift_sms", "sms-gw.zoo.internal", 443))
    w.add(R, lambda t: django(t, "INFO", "django.server", '"POST /rota/swap/7713/approve/ HTTP/1.1" 302 0'))
    w.add(R, lambda t: django(t, "ERROR", "rota.mail", "sending swap confirmation failed: [Errno -3] Temporary failure in name resolution (smtp.zoo.internal:587)"))
    w.add(N(1), lambda t: celery_fail(t, "rota.notify.send_shift_sms", "sms-gw.zoo.internal"), mark="sym")
    w.add(D(0), lambda t: dns_err(t, "sms-gw.zoo.internal", "AAAA"))
    w.add(N(0), lambda t: celery_retry(t, 0, "rota.notify.send_shift_reminder", "sms-gw.zoo.internal", 443))
    w.add(R, lambda t: django(t, "INFO", "django.server", '"GET /rota/me/ HTTP/1.1" 200 9120'))
    w.add(R, lambda t: django(t, "WARNING", "django.db.backends", "(0.612) SELECT \"rota_shift\".\"id\" ... FROM \"rota_shift\" WHERE \"rota_shift\".\"week\" = 12; args=(12,)"))
    for i in [1, 0]:
        w.add(N(i), lambda t, i=i: celery_fail(t, "rota.notify.send_shift_reminder", "sms-gw.zoo.internal"))
    w.add(R, lambda t: django(t, "ERROR", "rota.mail", "sending swap confirmation failed: [Errno -3] Temporary failure in name resolution (smtp.zoo.internal:587)"))
    w.add(D(1), lambda t: dns_err(t, "smtp.zoo.internal"))
    w.add(N(1), lambda t: celery_retry(t, 1, "rota.notify.send_shift_sms", "sms-gw.zoo.internal", 443))
    return record(
        "zoo",
        "Keepers stopped getting shift SMS and swap confirmation e-mails this morning, but the rota site works. What broke?",
        None, w, "ERROR", "dns_resolution", "coredns",
        "CoreDNS cannot reach the upstream resolver it forwards zoo.internal to (10.20.0.53 times out), so every "
        "zoo.internal name (sms-gw, smtp) fails to resolve from the cluster while cluster.local names keep working.",
        "Lookups of sms-gw.zoo.internal and smtp.zoo.internal time out in CoreDNS; rota-notifier's SMS tasks retry "
        "and then exhaust their retries and keeper-rota cannot send swap e-mails. The rota UI and database are "
        "unaffected.",
        "Fix the zoo.internal forward in the CoreDNS Corefile (point it at a reachable internal resolver or restore "
        "10.20.0.53), verify with a lookup from a debug pod, then re-queue the failed notification tasks.",
        w.marks["cause"] + w.marks["sym"])


@scenario
def zoo_vet_portal_liveness_timeout_one_replica(rng):
    ns = "zoo-care"
    w = Window(rng, dt(2026, 3, 26, 15, 4, 22))
    h = rs_hash(rng)
    vp = [pod_name(rng, "vet-portal", h) for _ in range(3)]
    vpn = ["zoo-k8s-w1", "zoo-k8s-w2", "zoo-k8s-w4"]
    vpip = ["10.42.1.88", "10.42.2.45", "10.42.4.12"]
    gw = pod_name(rng, "care-gateway")
    cr = pod_name(rng, "care-records")
    E = L_ev(ns)
    V = lambda i: L_pod(ns, vp[i], "vet-portal", vpn[i], "vet-portal")
    G = L_pod(ns, gw, "nginx", "zoo-k8s-w3", "care-gateway")
    C = L_pod(ns, cr, "care-records", "zoo-k8s-w2", "care-records")

    def nest(t, lvl, ctx, msg):
        return "[Nest] 1  - %s   %s [%s] %s" % (nest_time(t), lvl, ctx, msg)

    def acc(t, i, path, status, rt):
        return ingress_access(t, rng, ip10(rng, 12), "GET", path, status, "zoo-care-vet-portal-3000",
                              "%s:3000" % vpip[i], rt, ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/122.0 Safari/537.36")

    w.add(G, lambda t: acc(t, 1, "/animals/412", 200, 0.091))
    w.add(V(0), lambda t: nest(t, "LOG", "ReportService", "Generating treatment report PDF: scope=all-mammals animals=212 pages~640 requestedBy=dr.huang"), mark="cause")
    w.add(G, lambda t: acc(t, 2, "/animals/88/weights", 200, 0.120))
    w.add(E, kev("Warning", "Unhealthy", "Pod", vp[0], "Liveness probe failed: Get \"http://%s:3000/healthz\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)" % vpip[0], host=vpn[0]), mark="cause")
    w.add(G, lambda t: acc(t, 0, "/animals/57", 504, 10.001))
    w.add(G, lambda t: "%s [error] 30#30: *%d upstream timed out (110: Connection timed out) while reading response header from upstream, client: %s, server: care.zoo.internal, request: \"GET /animals/31 HTTP/1.1\", upstream: \"http://%s:3000/animals/31\"" % (
        nginx_err_time(t), rng.randint(10 ** 5, 10 ** 6), ip10(rng, 12), vpip[0]), mark="sym")
    w.add(E, kev("Warning", "Unhealthy", "Pod", vp[0], "Liveness probe failed: Get \"http://%s:3000/healthz\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)" % vpip[0], host=vpn[0], count=2))
    w.add(G, lambda t: acc(t, 1, "/animals/412/treatments", 200, 0.211))
    w.add(E, kev("Warning", "Unhealthy", "Pod", vp[0], "Liveness probe failed: Get \"http://%s:3000/healthz\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)" % vpip[0], host=vpn[0], count=3))
    w.add(E, kev("Normal", "Killing", "Pod", vp[0], "Container vet-portal failed liveness probe, will be restarted", host=vpn[0]), mark="cause")
    w.add(G, lambda t: acc(t, 0, "/reports/treatments.pdf?scope=all-mammals", 502, 31.882), mark="sym")
    w.add(G, lambda t: "%s [error] 30#30: *%d upstream prematurely closed connection while reading response header from upstream, client: %s, server: care.zoo.internal, request: \"GET /reports/treatments.pdf?scope=all-mammals HTTP/1.1\", upstream: \"http://%s:3000/reports/treatments.pdf?scope=all-mammals\"" % (
        nginx_err_time(t), rng.randint(10 ** 5, 10 ** 6), ip10(rng, 12), vpip[0]))
    w.add(G, lambda t: acc(t, 0, "/animals/12", 502, 0.003))
    w.add(E, kev("Normal", "Pulled", "Pod", vp[0], 'Container image "registry.zoo.internal/care/vet-portal:2.19.1" already present on machine', host=vpn[0]))
    w.add(E, kev("Normal", "Started", "Pod", vp[0], "Started container vet-portal", host=vpn[0]))
    w.add(V(0), lambda t: nest(t, "LOG", "NestApplication", "Nest application successfully started"))
    w.add(C, lambda t: "%s INFO  [io.quarkus.http.access-log] (executor-thread-4) 10.42.2.45 - - GET /api/animals/412/treatments 200 3812 18ms" % ymd_hms(t))
    for i in [1, 2, 0, 1]:
        w.add(G, lambda t, i=i: acc(t, i, rng.choice(["/animals/412", "/animals/88/weights", "/enclosures/aviary-2"]), 200, rng.uniform(0.05, 0.3)))
    w.add(V(2), lambda t: nest(t, "WARN", "ReportService", "report request rejected: another report is running for user dr.huang"))
    return record(
        "zoo",
        "One vet-portal pod restarted and users saw a few 502/504s on the care site. Do we need to do something?",
        sel(ns), w, "WARN", "probe_failure", "vet-portal",
        "A large treatment-report PDF rendered synchronously on one vet-portal replica blocked the Node event loop, "
        "so /healthz did not answer within the liveness timeout and the kubelet restarted a process that was still "
        "working.",
        "One of three vet-portal replicas failed its liveness probe three times and was restarted; requests in "
        "flight on it (including the report) got 502/504, the other replicas kept serving and the pod came back "
        "Ready within the window.",
        "Move PDF generation off the request path (worker or child process) and make the liveness probe more "
        "tolerant (higher timeoutSeconds/failureThreshold); the report has to be re-requested.",
        w.marks["cause"] + w.marks["sym"])


@scenario
def zoo_tsdb_compaction_write_timeouts(rng):
    w = Window(rng, dt(2026, 3, 18, 3, 0, 2))
    tsdb = "tsdb-01"
    gws = ["enc-gw-aquarium-01", "enc-gw-aviary-02", "enc-gw-savanna-01"]
    I = lambda lvl="info": L_journal(tsdb, "influxdb.service", "influxd", lvl)
    G = lambda h, lvl="info": L_journal(h, "enclosure-gw.service", "enclosure-gw", lvl)
    logid = "0n" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789~") for _ in range(9))

    def influx(t, lvl, msg, extra=""):
        return 'ts=%s lvl=%s msg=%s log_id=%s service=storage-engine engine=tsm1%s' % (iso_us(t), lvl, q(msg), logid, extra)

    def gw(t, lvl, msg):
        return "%s %s enclosure_gw.%s" % (ymd_hms(t), lvl, msg)

    t_start = []
    w.add(I(), lambda t: t_start.append(t) or influx(t, "info", "TSM compaction (start)", " op_name=tsm1_compact_group db_shard_id=412 op_event=start level=full tsm1_files_n=14 tsm1_size_mb=9812"), mark="cause")
    w.add(I(), lambda t: influx(t, "info", "Beginning compaction", " op_name=tsm1_compact_group db_shard_id=412 tsm1_files_n=14"))
    w.add(G(gws[0]), lambda t: gw(t, "INFO", "uploader: batch uploaded readings=180 zone=aquarium ok=true"))
    w.add(I("warning"), lambda t: influx(t, "warn", "Snapshot for path deferred, compaction in progress", " op_name=tsm1_cache_snapshot db_shard_id=412 cache_size_mb=512"), mark="cause", gap=(20, 30))
    for h in [gws[1], gws[0], gws[2]]:
        w.add(G(h, "warning"), lambda t, h=h: gw(t, "WARNING", "uploader: POST http://tsdb-01.zoo.lan:8086/api/v2/write?bucket=enclosures timed out after 10.0s; buffering (queued=%d) retry in 15s" % rng.randint(180, 520)), mark="sym")
    w.add(I(), lambda t: 'ts=%s lvl=info msg="Write failed" log_id=%s service=write-service err="timeout" path=/api/v2/write' % (iso_us(t), logid))
    for h in [gws[1], gws[2], gws[0], gws[1]]:
        w.add(G(h, "warning"), lambda t, h=h: gw(t, "WARNING", "uploader: POST http://tsdb-01.zoo.lan:8086/api/v2/write?bucket=enclosures timed out after 10.0s; buffering (queued=%d) retry in 15s" % rng.randint(480, 1400)), gap=(3, 9))
    w.add(G(gws[2], "err"), lambda t: gw(t, "ERROR", "dashboard-push: GET http://tsdb-01.zoo.lan:8086/api/v2/query failed: ReadTimeout (read timeout=5)"))
    w.add(G(gws[0]), lambda t: gw(t, "INFO", "sensors: enclosure=A-02 temp_c=24.1 ph=8.12 salinity_ppt=34.9"))
    w.add(I(), lambda t: influx(t, "info", "TSM compaction (end)", " op_name=tsm1_compact_group db_shard_id=412 op_event=end op_elapsed=%.3fs" % (t - t_start[0]).total_seconds()), gap=(40, 80))
    for h in gws:
        w.add(G(h), lambda t, h=h: gw(t, "INFO", "uploader: flushed buffer readings=%d ok=true (after %d retries)" % (rng.randint(700, 1500), rng.randint(2, 5))))
    w.add(I(), lambda t: influx(t, "info", "Cache snapshot (start)", " op_name=tsm1_cache_snapshot db_shard_id=412 op_event=start"))
    w.add(G(gws[1]), lambda t: gw(t, "INFO", "uploader: batch uploaded readings=180 zone=aviary ok=true"))
    return record(
        "zoo",
        "The enclosure gateways were buffering sensor readings around 03:00. Did we lose sensor data?",
        None, w, "WARN", "timeout", "tsdb-01",
        "A full-level TSM compaction of shard 412 on tsdb-01 (14 files, ~9.8 GB) saturated the database for about "
        "two and a half minutes, so writes and queries from the enclosure gateways exceeded their 10 s / 5 s timeouts.",
        "tsdb-01 was slow during a large compaction; the gateways timed out, buffered their readings locally and "
        "flushed them once the compaction ended. No data was lost; dashboards were stale for a few minutes.",
        "No immediate action. Schedule full compactions outside the 03:00 upload peak or cap compaction "
        "throughput on tsdb-01, and keep the gateways' local buffer large enough for a longer stall.",
        w.marks["cause"] + w.marks["sym"][:2])


@scenario
def zoo_ticket_payments_psp_key_rejected(rng):
    ns = "zoo-ticketing"
    w = Window(rng, dt(2026, 4, 11, 9, 12, 37))
    nodes = ["zoo-k8s-w1", "zoo-k8s-w2", "zoo-k8s-w3"]
    pay = pod_name(rng, "ticket-payments")
    ah = rs_hash(rng)
    api = [pod_name(rng, "ticket-api", ah) for _ in range(2)]
    gw = pod_name(rng, "ticket-edge")
    P = L_pod(ns, pay, "ticket-payments", nodes[2], "ticket-payments")
    A = lambda i: L_pod(ns, api[i], "ticket-api", nodes[i], "ticket-api")
    G = L_pod(ns, gw, "nginx", nodes[0], "ticket-edge")
    ua = "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 Chrome/122.0 Mobile Safari/537.36"

    def pl(t, lvl, caller, msg, extra=""):
        return "level=%s ts=%s caller=%s msg=%s%s" % (lvl, iso(t), caller, q(msg), extra)

    def api_err(t, msg):
        return "[Nest] 1  - %s   ERROR [CheckoutService] %s" % (nest_time(t), msg)

    w.add(P, lambda t: pl(t, "info", "main.go:88", "psp client configured", " endpoint=https://api.psp.example.net/v2 key_id=pk_live_...4f2a secret_ref=ticket-payments-psp"))
    w.add(P, lambda t: pl(t, "error", "paymentclient.go:141", "create payment session failed", ' status=401 psp_error="authentication_error: Invalid API key provided: sk_live_****4f2a" order=ZT-%d' % rng.randint(900000, 999999)), mark="cause")
    w.add(A(0), lambda t: api_err(t, "POST http://ticket-payments:8080/v1/sessions -> 502 Bad Gateway (upstream: payment provider rejected request)"), mark="sym")
    w.add(G, lambda t: ingress_access(t, rng, ip10(rng, 8), "POST", "/api/checkout", 502, "zoo-ticketing-ticket-api-8080", "10.42.1.77:8080", 0.388, ua=ua, up_status=502), mark="sym")
    for _ in range(2):
        w.add(G, lambda t: ingress_access(t, rng, ip10(rng, 8), "GET", rng.choice(["/api/timeslots?date=2026-04-12", "/api/products/day-pass", "/api/basket"]), 200, "zoo-ticketing-ticket-api-8080", "10.42.2.30:8080", rng.uniform(0.02, 0.1), ua=ua))
    w.add(P, lambda t: pl(t, "error", "paymentclient.go:141", "create payment session failed", ' status=401 psp_error="authentication_error: Invalid API key provided: sk_live_****4f2a" order=ZT-%d' % rng.randint(900000, 999999)))
    w.add(A(1), lambda t: api_err(t, "POST http://ticket-payments:8080/v1/sessions -> 502 Bad Gateway (upstream: payment provider rejected request)"))
    w.add(A(1), lambda t: "[Nest] 1  - %s   WARN [MembershipRenewalJob] renewal charge deferred for member M-%d: payment session unavailable; will retry in 1h" % (nest_time(t), rng.randint(10000, 99999)))
    for _ in range(3):
        w.add(G, lambda t: ingress_access(t, rng, ip10(rng, 8), "POST", "/api/checkout", 502, "zoo-ticketing-ticket-api-8080", "10.42.%d.%d:8080" % (rng.randint(1, 2), rng.randint(20, 90)), rng.uniform(0.3, 0.5), ua=ua, up_status=502))
        w.add(A(rng.randint(0, 1)), lambda t: api_err(t, "POST http://ticket-payments:8080/v1/sessions -> 502 Bad Gateway (upstream: payment provider rejected request)"))
    w.add(P, lambda t: pl(t, "warn", "paymentclient.go:96", "refund request failed", ' status=401 psp_error="authentication_error: Invalid API key provided: sk_live_****4f2a" refund=RF-%d' % rng.randint(1000, 9999)))
    w.add(P, lambda t: pl(t, "info", "webhook.go:52", "psp webhook received", " type=payout.paid id=evt_%s signature=valid" % hexs(rng, 14)))
    w.add(G, lambda t: ingress_access(t, rng, ip10(rng, 8), "POST", "/api/checkout", 502, "zoo-ticketing-ticket-api-8080", "10.42.1.77:8080", 0.402, ua=ua, up_status=502))
    w.add(A(0), lambda t: "[Nest] 1  - %s   LOG [GateSalesController] POS sale recorded lane=3 items=4 total=86.00 EUR (card terminal, offline auth)" % nest_time(t))
    w.add(P, lambda t: pl(t, "error", "paymentclient.go:141", "create payment session failed", ' status=401 psp_error="authentication_error: Invalid API key provided: sk_live_****4f2a" order=ZT-%d' % rng.randint(900000, 999999)))
    return record(
        "zoo",
        "Online checkout on the zoo ticket shop returns errors for every customer since about nine. What is wrong?",
        sel(ns), w, "ERROR", "auth_failure", "ticket-payments",
        "The payment provider rejects ticket-payments' API key (401 authentication_error, key ending 4f2a): the key "
        "in the ticket-payments-psp secret is no longer valid on the provider side.",
        "Every payment-session and refund call from ticket-payments gets 401, which ticket-api surfaces as 502 on "
        "/api/checkout; browsing and gate (POS) sales still work, online purchases and membership renewals do not.",
        "Put the current live key from the provider dashboard into the ticket-payments-psp secret, restart "
        "ticket-payments and verify one test payment; then find out who rotated the key and add the secret to the "
        "rotation runbook. Retry deferred renewals afterwards.",
        w.marks["cause"] + w.marks["sym"])


@scenario
def zoo_node_w3_containerd_down(rng):
    w = Window(rng, dt(2026, 4, 18, 22, 47, 9))
    node = "zoo-k8s-w3"
    ns = "zoo-sensors"
    ah = rs_hash(rng)
    alarm = [pod_name(rng, "alarm-router", ah) for _ in range(2)]
    ih = rs_hash(rng)
    ingest = [pod_name(rng, "sensor-ingest", ih) for _ in range(2)]
    ingn = ["zoo-k8s-w1", "zoo-k8s-w2"]
    K = lambda lvl="info": L_journal(node, "kubelet.service", "kubelet", lvl)
    CT = lambda lvl="info": L_journal(node, "containerd.service", "containerd", lvl)
    SD = lambda lvl="info": L_journal(node, "init.scope", "systemd", lvl)
    EN = L_ev("default")
    ES = L_ev(ns)
    I = lambda i: L_pod(ns, ingest[i], "sensor-ingest", ingn[i], "sensor-ingest")

    def ct(t, lvl, msg, extra=""):
        return 'time="%s" level=%s msg=%s%s' % (iso_us(t)[:-1] + "Z", lvl, q(msg), extra)

    def ing(t, lvl, msg, extra=""):
        return 'ts=%s level=%s caller=forward/alarm.go:77 msg=%s%s' % (iso(t), lvl, q(msg), extra)

    fwd_err = ' target=alarm-router.zoo-sensors.svc:9090 err="rpc error: code = Unavailable desc = connection error: desc = \\"transport: Error while dialing: dial tcp 10.43.91.7:9090: i/o timeout\\""'
    w.add(CT("warning"), lambda t: ct(t, "warning", "cleaning up after shim disconnected", " id=%s namespace=k8s.io" % hexs(rng, 64)))
    w.add(CT("err"), lambda t: ct(t, "error", "failed to handle container TaskExit event", ' error="failed to stop container: context deadline exceeded: unknown"'), mark="cause")
    w.add(SD("err"), lambda t: "containerd.service: Main process exited, code=killed, status=6/ABRT", mark="cause")
    w.add(SD(), lambda t: "containerd.service: Scheduled restart job, restart counter is at 5.")
    w.add(SD("err"), lambda t: "containerd.service: Start request repeated too quickly.")
    w.add(SD("err"), lambda t: "Failed to start containerd.service - containerd container runtime.", mark="cause")
    w.add(K("err"), lambda t: klog(t, "E", "remote_runtime.go:633", '"Status from runtime service failed" err="rpc error: code = Unavailable desc = connection error: desc = \\"transport: Error while dialing: dial unix /run/containerd/containerd.sock: connect: no such file or directory\\""', tid=2214))
    w.add(I(0), lambda t: ing(t, "error", "forward alarm failed", fwd_err), mark="sym")
    w.add(I(1), lambda t: ing(t, "error", "forward alarm failed", fwd_err))
    w.add(K("err"), lambda t: klog(t, "E", "kubelet.go:2859", '"Container runtime not ready" runtimeReady="RuntimeReady=false reason:ContainerRuntimeNotReady message:container runtime is down"', tid=2214))
    w.add(K("err"), lambda t: klog(t, "E", "kubelet.go:2383", '"Skipping pod synchronization" err="PLEG is not healthy: pleg was last seen active 3m2.418s ago; threshold is 3m0s"', tid=2214), gap=(30, 60))
    w.add(EN, kev("Normal", "NodeNotReady", "Node", node, "Node %s status is now: NodeNotReady" % node, comp="node-controller"), mark="cause")
    w.add(ES, kev("Warning", "NodeNotReady", "Pod", alarm[0], "Node is not ready", comp="node-controller"))
    w.add(ES, kev("Warning", "NodeNotReady", "Pod", alarm[1], "Node is not ready", comp="node-controller"))
    for i in [0, 1, 0, 1, 0]:
        w.add(I(i), lambda t, i=i: ing(t, "error", "forward alarm failed", fwd_err + " alarm=%s" % rng.choice(["ENC-R07-TEMP-HIGH", "ENC-A02-PH-LOW", "ENC-AV2-DOOR-OPEN"])), mark="sym" if i == 1 else None)
    w.add(I(1), lambda t: ing(t, "warn", "alarm spool growing", " spooled=%d oldest=3m41s" % rng.randint(40, 90)), mark="sym")
    w.add(K("err"), lambda t: klog(t, "E", "kubelet.go:2859", '"Container runtime not ready" runtimeReady="RuntimeReady=false reason:ContainerRuntimeNotReady message:container runtime is down"', tid=2214), gap=(20, 40))
    w.add(ES, kev("Warning", "FailedScheduling", "Pod", pod_name(rng, "alarm-router", ah), "0/4 nodes are available: 1 node(s) had untolerated taint {node.kubernetes.io/not-ready: }, 3 node(s) didn't match Pod's node affinity/selector. preemption: 0/4 nodes are available: 4 Preemption is not helpful for scheduling.", comp="default-scheduler"))
    for i in [0, 1]:
        w.add(I(i), lambda t, i=i: ing(t, "error", "forward alarm failed", fwd_err + " alarm=ENC-R07-TEMP-HIGH"))
    return record(
        "zoo",
        "Enclosure alarms are not reaching the keepers' pagers and sensor-ingest is erroring. Why?",
        None, w, "CRITICAL", "node_failure", "zoo-k8s-w3",
        "containerd on zoo-k8s-w3 aborted and systemd gave up restarting it (start-limit hit); the kubelet lost its "
        "runtime, PLEG went unhealthy and the node turned NotReady, taking down both alarm-router replicas that "
        "run there.",
        "Node zoo-k8s-w3 is NotReady because its container runtime is down. Both alarm-router pods are pinned to that "
        "node by their node selector and cannot be rescheduled, so sensor-ingest cannot forward enclosure alarms and "
        "is spooling them; keepers are not being paged.",
        "Recover the node: inspect containerd's crash (journalctl -u containerd), reset-failed and start containerd "
        "or cordon/drain and replace zoo-k8s-w3. Then fix alarm-router's placement (label a second "
        "node for the sensor VLAN, add topology spread) so both replicas never share one node, and confirm the spooled alarms were delivered.",
        w.marks["cause"] + w.marks["sym"][:3])


@scenario
def zoo_rota_sms_provider_429(rng):
    ns = "zoo-rota"
    w = Window(rng, dt(2026, 4, 6, 5, 0, 0))
    nh = rs_hash(rng)
    notif = [pod_name(rng, "rota-notifier", nh) for _ in range(3)]
    nn = ["zoo-k8s-w1", "zoo-k8s-w3", "zoo-k8s-w2"]
    beat = pod_name(rng, "rota-beat")
    web = pod_name(rng, "keeper-rota")
    N = lambda i: L_pod(ns, notif[i], "worker", nn[i], "rota-notifier")
    B = L_pod(ns, beat, "beat", "zoo-k8s-w2", "rota-beat")
    R = L_pod(ns, web, "django", "zoo-k8s-w1", "keeper-rota")

    def cel(t, lvl, msg):
        return "[%s: %s/ForkPoolWorker-%d] %s" % (ymd_hms(t), lvl, rng.randint(1, 8), msg)

    def r429(t):
        return cel(t, "WARNING", "Task rota.notify.send_shift_sms[%s] retry: Retry in %ds: HTTPError('429 Client Error: Too Many Requests for url: https://api.sms-provider.example/v1/messages', retry_after=%d, limit='10 msg/s per account')" % (
            uuid4(rng), rng.choice([8, 16, 32]), rng.choice([1, 2, 5])))

    w.add(B, lambda t: "[%s: INFO/MainProcess] Scheduler: Sending due task shift-reminders-0500 (rota.notify.fan_out_shift_reminders)" % ymd_hms(t))
    t_fan = []
    w.add(N(0), lambda t: t_fan.append(t) or cel(t, "INFO", "Task rota.notify.fan_out_shift_reminders[%s] succeeded in 0.84s: {'enqueued': 418, 'channel': 'sms', 'concurrency': '3 pods x 8 workers'}" % uuid4(rng)), mark="cause")
    for i in range(4):
        w.add(N(i % 3), lambda t: cel(t, "INFO", "Task rota.notify.send_shift_sms[%s] succeeded in 0.2%ds: 'queued'" % (uuid4(rng), rng.randint(1, 9))), gap=(0.05, 0.3))
    for i in range(9):
        w.add(N(i % 3), r429, gap=(0.05, 0.6), mark="sym" if i in (0, 1) else None)
    w.add(R, lambda t: "[%s] INFO django.server: \"GET /rota/today/ HTTP/1.1\" 200 11873" % ymd_hms(t))
    w.add(N(1), lambda t: cel(t, "WARNING", "sms client: provider throttling account zoo-keepers (429 x 37 in last 10s)"), mark="sym")
    for i in range(4):
        w.add(N((i + 1) % 3), lambda t: cel(t, "INFO", "Task rota.notify.send_shift_sms[%s] succeeded in 0.3%ds: 'queued'" % (uuid4(rng), rng.randint(1, 9))), gap=(5, 15))
    w.add(N(2), r429, gap=(1, 3))
    w.add(N(0), lambda t: cel(t, "INFO", "Task rota.notify.send_shift_sms[%s] succeeded in 0.29s: 'queued' (attempt 4)" % uuid4(rng)), gap=(20, 40))
    w.add(N(1), lambda t: "[%s: INFO/MainProcess] rota.notify: shift-reminders-0500 progress delivered=418/418 failed=0 elapsed=%ds (target 60s)" % (ymd_hms(t), (t - t_fan[0]).total_seconds()), gap=(70, 90))
    return record(
        "zoo",
        "The rota notifier was very noisy at 05:00. Did the early-shift keepers get their reminders?",
        sel(ns), w, "WARN", "rate_limited", "rota-notifier",
        "rota-notifier fans out all 418 early-shift SMS at once across 24 workers, far above the provider's 10 "
        "msg/s account limit, so the provider throttles it with 429.",
        "The 05:00 reminder burst was throttled by the SMS provider; Celery retried with backoff and all 418 "
        "reminders were delivered, but it took more than twice the one-minute target.",
        "Optional: give send_shift_sms a Celery rate_limit (or a token bucket) matching the provider quota and "
        "spread the fan-out, or ask the provider for a higher limit before adding more keepers.",
        w.marks["cause"] + w.marks["sym"])


@scenario
def zoo_rota_healthy_noise(rng):
    ns = "zoo-rota"
    w = Window(rng, dt(2026, 3, 30, 11, 24, 40))
    rh = rs_hash(rng)
    web = [pod_name(rng, "keeper-rota", rh) for _ in range(2)]
    notif = pod_name(rng, "rota-notifier")
    R = lambda i: L_pod(ns, web[i], "django", ["zoo-k8s-w1", "zoo-k8s-w2"][i], "keeper-rota")
    N = L_pod(ns, notif, "worker", "zoo-k8s-w3", "rota-notifier")

    def dj(t, lvl, logger, msg):
        return "[%s] %s %s: %s" % (ymd_hms(t), lvl, logger, msg)

    w.add(R(0), lambda t: dj(t, "INFO", "django.server", '"GET /rota/week/14/ HTTP/1.1" 200 50122'))
    w.add(R(1), lambda t: dj(t, "WARNING", "py.warnings", "/usr/local/lib/python3.11/site-packages/django_filters/widgets.py:12: RemovedInDjango51Warning: The django.utils.timezone.utc alias is deprecated. Please update your code to use datetime.timezone.utc instead."))
    w.add(R(0), lambda t: dj(t, "ERROR", "django.security.DisallowedHost", "Invalid HTTP_HOST header: '203.0.113.45'. You may need to add '203.0.113.45' to ALLOWED_HOSTS."))
    w.add(R(0), lambda t: dj(t, "WARNING", "django.request", "Bad Request: /"))
    w.add(N, lambda t: "[%s: WARNING/MainProcess] consumer: Connection to broker lost. Trying to re-establish the connection..." % ymd_hms(t))
    w.add(N, lambda t: "[%s: INFO/MainProcess] Connected to redis://rota-redis:6379/0" % ymd_hms(t), gap=(2, 4))
    w.add(N, lambda t: "[%s: INFO/MainProcess] mingle: all alone" % ymd_hms(t))
    w.add(R(1), lambda t: dj(t, "INFO", "django.server", '"POST /rota/swap/8120/approve/ HTTP/1.1" 302 0'))
    w.add(N, lambda t: "[%s: INFO/ForkPoolWorker-2] Task rota.notify.send_swap_email[%s] retry: Retry in 10s: SMTPServerDisconnected('Connection unexpectedly closed')" % (ymd_hms(t), uuid4(rng)))
    w.add(N, lambda t: "[%s: INFO/ForkPoolWorker-3] Task rota.notify.send_swap_email[%s] succeeded in 0.412s: None" % (ymd_hms(t), uuid4(rng)), gap=(10, 12))
    w.add(R(1), lambda t: dj(t, "WARNING", "django.request", "Not Found: /wp-admin/setup-config.php"))
    w.add(R(1), lambda t: dj(t, "WARNING", "django.request", "Not Found: /.git/config"))
    w.add(R(0), lambda t: dj(t, "ERROR", "rota.forms", "handled: ValidationError on swap form for user a.lindqvist: ['Shift 2026-04-02 early is already covered']"))
    w.add(R(0), lambda t: dj(t, "INFO", "django.server", '"GET /rota/swap/new/?shift=31882 HTTP/1.1" 200 7410'))
    w.add(N, lambda t: "[%s: INFO/ForkPoolWorker-1] Task rota.reports.weekly_hours[%s] succeeded in 4.118s: {'keepers': 87, 'overtime_flags': 3}" % (ymd_hms(t), uuid4(rng)))
    w.add(R(1), lambda t: dj(t, "INFO", "django.server", '"GET /rota/me/ HTTP/1.1" 200 9188'))
    return record(
        "zoo",
        "Sentry shows ERROR entries from the keeper rota app and the worker lost its broker connection. Anything broken?",
        sel(ns), w, "INFO", "none", None,
        "No fault: scanner requests rejected by ALLOWED_HOSTS and 404s, a deprecation warning, a form validation "
        "error that was handled, a broker reconnect that succeeded within seconds and an SMTP retry that "
        "succeeded.",
        "keeper-rota serves pages normally and rota-notifier reconnected to Redis and completed its tasks; all "
        "ERROR/WARNING lines are handled or external noise.",
        "Nothing to do. Optionally silence DisallowedHost in the logging config and plan the django-filters "
        "upgrade before moving to Django 5.1.",
        [])


@scenario
def zoo_care_night_scale_down_healthy(rng):
    ns = "zoo-care"
    w = Window(rng, dt(2026, 4, 2, 23, 0, 5))
    fh = rs_hash(rng)
    fs = [pod_name(rng, "feeding-scheduler", fh) for _ in range(3)]
    fsn = ["zoo-k8s-w1", "zoo-k8s-w4", "zoo-k8s-w2"]
    crh = rs_hash(rng)
    cr_old = pod_name(rng, "care-records", crh)
    cr_new = pod_name(rng, "care-records", crh)
    vp = pod_name(rng, "vet-portal")
    E = L_ev(ns)
    F = lambda i: L_pod(ns, fs[i], "worker", fsn[i], "feeding-scheduler")
    C = lambda p, n: L_pod(ns, p, "care-records", n, "care-records")
    V = L_pod(ns, vp, "vet-portal", "zoo-k8s-w1", "vet-portal")

    def quarkus(t, lvl, cat, thread, msg):
        return "%s %-5s [%s] (%s) %s" % (ymd_hms(t), lvl, cat, thread, msg)

    w.add(E, kev("Normal", "KEDAScaleTargetDeactivated", "ScaledObject", "feeding-scheduler",
                 "Deactivated apps/v1.Deployment zoo-care/feeding-scheduler from 3 to 0", comp="keda-operator"))
    w.add(E, kev("Normal", "SuccessfulRescale", "HorizontalPodAutoscaler", "keda-hpa-feeding-scheduler",
                 "New size: 0; reason: All metrics below target", comp="horizontal-pod-autoscaler"))
    for i in range(3):
        w.add(E, kev("Normal", "Killing", "Pod", fs[i], "Stopping container worker", host=fsn[i]), gap=(0.05, 0.3))
    for i in range(3):
        w.add(F(i), lambda t: "[%s: WARNING/MainProcess] worker: Warm shutdown (MainProcess)" % ymd_hms(t))
    w.add(F(1), lambda t: "[%s: ERROR/MainProcess] Task handler raised error: WorkerLostError('Worker exited prematurely: signal 15 (SIGTERM) Job: 0.')  -- task feeding.tasks.noop_heartbeat acks_late=True will be redelivered" % ymd_hms(t))
    w.add(E, kev("Normal", "Evicted", "Pod", cr_old, "Evicted pod: node zoo-k8s-w4 is being disrupted by karpenter (consolidation)", comp="karpenter"), gap=(20, 40))
    w.add(C(cr_old, "zoo-k8s-w4"), lambda t: quarkus(t, "INFO", "io.quarkus", "Shutdown thread", "care-records stopped in 0.214s"))
    w.add(E, kev("Normal", "Scheduled", "Pod", cr_new, "Successfully assigned zoo-care/%s to zoo-k8s-w2" % cr_new, comp="default-scheduler"))
    w.add(V, lambda t: "[Nest] 1  - %s   ERROR [CareRecordsClient] GET http://care-records.zoo-care.svc:8080/api/animals/88 failed: socket hang up (attempt 1/3), retrying" % nest_time(t))
    w.add(V, lambda t: "[Nest] 1  - %s   LOG [CareRecordsClient] GET /api/animals/88 succeeded on attempt 2 (41ms)" % nest_time(t))
    w.add(E, kev("Warning", "Unhealthy", "Pod", cr_new, "Readiness probe failed: Get \"http://10.42.2.91:8080/q/health/ready\": dial tcp 10.42.2.91:8080: connect: connection refused", host="zoo-k8s-w2"))
    w.add(C(cr_new, "zoo-k8s-w2"), lambda t: quarkus(t, "INFO", "io.quarkus", "main", "care-records 2.7.3 on JVM (powered by Quarkus 3.8.3) started in 5.911s. Listening on: http://0.0.0.0:8080"))
    w.add(C(cr_new, "zoo-k8s-w2"), lambda t: quarkus(t, "WARN", "io.quarkus.config", "main", "Unrecognized configuration key \"quarkus.hibernate-orm.database.generation.halt-on-error\" was provided; it will be ignored"))
    w.add(C(cr_new, "zoo-k8s-w2"), lambda t: quarkus(t, "INFO", "io.quarkus.http.access-log", "executor-thread-1", "10.42.1.20 - - GET /api/animals/88 200 2214 27ms"))
    w.add(V, lambda t: "[Nest] 1  - %s   LOG [RouterExplorer] GET /animals/88 200 63ms" % nest_time(t))
    return record(
        "zoo",
        "Overnight the care namespace shows pods being killed, evicted and failing readiness. Was animal-care data unavailable?",
        sel(ns), w, "INFO", "none", None,
        "No fault: KEDA scaled the idle feeding-scheduler to zero at night and Karpenter consolidated a node, "
        "evicting one care-records pod that was rescheduled; the readiness failure is the new pod starting and the "
        "vet-portal error was retried successfully.",
        "Planned scale-down and node consolidation; care-records moved to another node within seconds and the "
        "only caller error was retried and succeeded. The SIGTERM WorkerLostError is an idle heartbeat task "
        "that is redelivered.",
        "Nothing to do. Consider a PodDisruptionBudget and a second care-records replica overnight so "
        "consolidation never leaves a gap, and remove the obsolete Quarkus config key.",
        [])


@scenario
def theatre_boxoffice_scanner_healthy(rng):
    ns = "opera-boxoffice"
    w = Window(rng, dt(2026, 2, 10, 19, 31, 0))
    envoy = pod_name(rng, "boxoffice-envoy")
    ah = rs_hash(rng)
    api = [pod_name(rng, "boxoffice-api", ah) for _ in range(2)]
    nodes = ["ip-10-30-11-52.eu-west-1.compute.internal", "ip-10-30-12-140.eu-west-1.compute.internal",
             "ip-10-30-13-7.eu-west-1.compute.internal"]
    EV = L_pod(ns, envoy, "envoy", nodes[0], "boxoffice-envoy")
    A = lambda i: L_pod(ns, api[i], "boxoffice-api", nodes[i + 1], "boxoffice-api")
    scanner = "198.51.100.23"
    sua = "Mozilla/5.0 (compatible; Nuclei - Open-source project (github.com/projectdiscovery/nuclei))"
    bua = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_2) AppleWebKit/605.1.15 Version/17.2 Safari/605.1.15"

    def acc(t, method, path, code, flags="-", dur=None, ua=bua, client=None, up="10.30.12.77:8080"):
        return js({"start_time": iso(t), "method": method, "x-envoy-origin-path": path, "protocol": "HTTP/2",
                   "response_code": code, "response_flags": flags, "bytes_received": 0,
                   "bytes_sent": rng.randint(90, 12000), "duration": dur if dur is not None else rng.randint(3, 120),
                   "upstream_host": up if flags == "-" else None, "x-forwarded-for": client or ip10(rng, 30),
                   "user-agent": ua, "x-request-id": uuid4(rng), ":authority": "tickets.opera.example",
                   "upstream_cluster": "httproute/opera-boxoffice/boxoffice/rule/0"})

    def spring(t, i, lvl, logger, msg):
        return "%s %5s 1 --- [boxoffice-api] [nio-8080-exec-%d] %-40s : %s" % (
            ymd_hms(t, sep="T", frac=".") + "Z", lvl, rng.randint(1, 12), logger, msg)

    w.add(EV, lambda t: acc(t, "GET", "/api/performances/2026-02-14/tosca/seats", 200))
    for path, code in [("/wp-login.php", 404), ("/.env", 404), ("/actuator/env", 403), ("/phpmyadmin/index.php", 404)]:
        w.add(EV, lambda t, p=path, c=code: acc(t, "GET", p, c, ua=sua, client=scanner), gap=(0.05, 0.4))
    w.add(A(0), lambda t: spring(t, 0, "WARN", "o.s.web.servlet.PageNotFound", "No mapping for GET /.env"))
    w.add(A(1), lambda t: spring(t, 1, "WARN", "o.s.web.servlet.PageNotFound", "No mapping for GET /phpmyadmin/index.php"))
    for path in ["/api/v1/../../etc/passwd", "/cgi-bin/luci/;stok=/locale", "/.git/HEAD"]:
        w.add(EV, lambda t, p=path: acc(t, "GET", p, 429, flags="RL", dur=0, ua=sua, client=scanner), gap=(0.05, 0.3))
    w.add(EV, lambda t: acc(t, "POST", "/api/basket/items", 201))
    w.add(A(1), lambda t: spring(t, 1, "ERROR", "o.a.c.c.C.[.[.[/].[dispatcherServlet]", "Servlet.service() for servlet [dispatcherServlet] threw exception: org.springframework.web.HttpRequestMethodNotSupportedException: Request method 'TRACE' is not supported (handled -> 405)"))
    w.add(EV, lambda t: acc(t, "TRACE", "/api/basket", 405, ua=sua, client=scanner))
    w.add(A(0), lambda t: spring(t, 0, "INFO", "c.o.b.checkout.CheckoutService", "order OB-2026-%06d paid amount=184.00 EUR seats=2 performance=tosca-2026-02-14" % rng.randint(1, 999999)))
    w.add(EV, lambda t: acc(t, "POST", "/api/checkout", 200, dur=rng.randint(400, 900)))
    w.add(EV, lambda t: acc(t, "GET", "/api/performances/2026-02-21/la-boheme/seats", 200))
    w.add(A(1), lambda t: spring(t, 1, "WARN", "o.h.engine.jdbc.spi.SqlExceptionHelper", "SQL Warning Code: 0, SQLState: 00000 -- relation \"seat_hold_idx\" already exists, skipping"))
    w.add(EV, lambda t: acc(t, "GET", "/api/performances/2026-02-14/tosca/seats", 200))
    return record(
        "theatre",
        "The box office proxy is logging bursts of 404, 403 and 429 responses tonight. Are customers being turned away?",
        sel(ns), w, "INFO", "none", None,
        "No fault: a vulnerability scanner (Nuclei, one source IP) probing well-known paths gets 404/403/405 and is "
        "then rate-limited by Envoy; real customers' requests succeed.",
        "The errors all come from a single scanner IP and are rejected as intended; seat maps, basket and checkout "
        "return 200/201 and orders are being paid.",
        "Nothing to do. Optionally block the scanner's IP range at the edge and filter its requests out of the "
        "error dashboards.",
        [])


@scenario
def theatre_stream_viewer_noise_healthy(rng):
    ns = "opera-stream"
    w = Window(rng, dt(2026, 2, 14, 19, 52, 30))
    oh = rs_hash(rng)
    origin = [pod_name(rng, "stream-origin", oh) for _ in range(2)]
    tc = "stream-transcoder-0"
    auth = pod_name(rng, "stream-auth")
    nodes = ["ip-10-30-11-52.eu-west-1.compute.internal", "ip-10-30-12-140.eu-west-1.compute.internal",
             "ip-10-30-13-7.eu-west-1.compute.internal"]
    O = lambda i: L_pod(ns, origin[i], "nginx", nodes[i], "stream-origin")
    T = L_pod(ns, tc, "ffmpeg", nodes[2], "stream-transcoder")
    AU = L_pod(ns, auth, "stream-auth", nodes[1], "stream-auth")
    ua = "AppleCoreMedia/1.0.0.21D50 (iPad; U; CPU OS 17_3 like Mac OS X; en_gb)"
    seg = [rng.randint(1400, 1500)]

    def hls(t, i, status, size=None):
        seg[0] += 1
        return nginx_combined(t, rng, ip10(rng, 30), "GET", "/live/tosca-20260214/1080p/seg_%05d.ts" % seg[0], status,
                              size=size, ua=ua, rt=rng.uniform(0.01, 0.2))

    w.add(T, lambda t: "[hls @ 0x55d0c8a3e2c0] Opening '/var/hls/tosca-20260214/1080p/seg_%05d.ts' for writing" % (seg[0] + 3))
    w.add(O(0), lambda t: hls(t, 0, 200))
    w.add(O(1), lambda t: "%s [info] 24#24: *%d client prematurely closed connection while sending response to client, client: %s, server: stream.opera.example, request: \"GET /live/tosca-20260214/1080p/seg_%05d.ts HTTP/1.1\"" % (
        nginx_err_time(t), rng.randint(10 ** 5, 10 ** 6), ip10(rng, 30), seg[0]))
    w.add(O(1), lambda t: hls(t, 1, 499, size=0))
    w.add(AU, lambda t: 'INFO:     %s:0 - "GET /v1/token/verify?ticket=TK-%d HTTP/1.1" 403 Forbidden' % (ip10(rng, 30), rng.randint(100000, 999999)))
    w.add(AU, lambda t: "WARNING:  stream_auth.tokens: viewer token expired (exp=%s) for ticket TK-%d; client will refresh" % (hms(t - timedelta(seconds=3)), rng.randint(100000, 999999)))
    w.add(AU, lambda t: 'INFO:     %s:0 - "POST /v1/token/refresh HTTP/1.1" 200 OK' % ip10(rng, 30))
    w.add(T, lambda t: "[aac @ 0x55d0c8b11a40] Queue input is backward in time")
    w.add(T, lambda t: "[hls @ 0x55d0c8a3e2c0] failed to delete old segment /var/hls/tosca-20260214/1080p/seg_%05d.ts: No such file or directory" % (seg[0] - 12))
    for i in [0, 1, 0, 1]:
        w.add(O(i), lambda t, i=i: hls(t, i, 200), gap=(0.05, 0.5))
    w.add(O(0), lambda t: "%s [error] 23#23: *%d writev() failed (32: Broken pipe) while sending to client, client: %s, server: stream.opera.example, request: \"GET /live/tosca-20260214/720p/seg_%05d.ts HTTP/1.1\"" % (
        nginx_err_time(t), rng.randint(10 ** 5, 10 ** 6), ip10(rng, 30), seg[0]))
    w.add(AU, lambda t: 'WARNING:  Invalid HTTP request received.')
    w.add(T, lambda t: "frame=%d fps=25 q=23.0 size=N/A time=00:%02d:%02d.%02d bitrate=N/A speed=1.00x" % (rng.randint(60000, 70000), rng.randint(40, 46), rng.randint(0, 59), rng.randint(0, 99)))
    for i in [1, 0, 1]:
        w.add(O(i), lambda t, i=i: hls(t, i, 200), gap=(0.05, 0.5))
    w.add(T, lambda t: "[hls @ 0x55d0c8a3e2c0] Opening '/var/hls/tosca-20260214/1080p/index.m3u8.tmp' for writing")
    return record(
        "theatre",
        "Tonight's live stream of Tosca shows broken pipes, 499s and 403s in the logs. Are viewers having trouble?",
        sel(ns), w, "INFO", "none", None,
        "No fault: viewers closing or seeking their players (499, broken pipe), an expired viewer token refreshed "
        "as designed, routine ffmpeg warnings and a stray malformed request.",
        "The transcoder runs at 1.00x and keeps producing segments, the origin serves them with 200, and token "
        "refreshes succeed; the error-looking lines are client-side disconnects and expected token expiry.",
        "Nothing to do.",
        [])


# ============================================================================
# THEATRE / OPERA HOUSE
# ============================================================================

EKS_NODES = ["ip-10-30-11-52.eu-west-1.compute.internal", "ip-10-30-12-140.eu-west-1.compute.internal",
             "ip-10-30-13-7.eu-west-1.compute.internal", "ip-10-30-11-203.eu-west-1.compute.internal"]


def spring_line(t, rng, app, lvl, logger, msg, thread=None):
    return "%s %5s 1 --- [%s] [%s] %-40s : %s" % (
        ymd_hms(t, sep="T", frac=".") + "Z", lvl, app, thread or "nio-8080-exec-%d" % rng.randint(1, 12), logger, msg)


def envoy_json(t, rng, method, path, code, flags="-", dur=None, up="10.30.12.77:8080",
               cluster="httproute/opera-boxoffice/boxoffice/rule/0", authority="tickets.opera.example",
               ua="Mozilla/5.0 (Macintosh; Intel Mac OS X 14_2) AppleWebKit/605.1.15 Version/17.2 Safari/605.1.15"):
    return js({"start_time": iso(t), "method": method, "x-envoy-origin-path": path, "protocol": "HTTP/2",
               "response_code": code, "response_flags": flags, "bytes_received": rng.randint(0, 900),
               "bytes_sent": rng.randint(90, 12000), "duration": dur if dur is not None else rng.randint(3, 120),
               "upstream_host": up, "x-forwarded-for": ip10(rng, 30), "user-agent": ua,
               "x-request-id": uuid4(rng), ":authority": authority, "upstream_cluster": cluster})


@scenario
def theatre_seat_inventory_cert_expired(rng):
    ns = "opera-boxoffice"
    w = Window(rng, dt(2026, 2, 28, 18, 41, 3))
    si = pod_name(rng, "seat-inventory")
    ah = rs_hash(rng)
    api = [pod_name(rng, "boxoffice-api", ah) for _ in range(2)]
    sm = pod_name(rng, "seatmap-web")
    envoy = pod_name(rng, "boxoffice-envoy")
    S = L_pod(ns, si, "seat-inventory", EKS_NODES[2], "seat-inventory")
    A = lambda i: L_pod(ns, api[i], "boxoffice-api", EKS_NODES[i], "boxoffice-api")
    M = L_pod(ns, sm, "seatmap-web", EKS_NODES[3], "seatmap-web")
    EV = L_pod(ns, envoy, "envoy", EKS_NODES[0], "boxoffice-envoy")

    pkix = ("io.grpc.StatusRuntimeException: UNAVAILABLE: io exception; Caused by: javax.net.ssl.SSLHandshakeException: "
            "PKIX path validation failed: java.security.cert.CertPathValidatorException: validity check failed; "
            "Caused by: java.security.cert.CertificateExpiredException: NotAfter: Sat Feb 28 18:00:00 UTC 2026 "
            "\tat io.grpc.stub.ClientCalls.toStatusRuntimeException(ClientCalls.java:268) "
            "\tat com.opera.boxoffice.seats.SeatInventoryClient.hold(SeatInventoryClient.java:88)")

    def api_err(t, i, what):
        return spring_line(t, rng, "boxoffice-api", "ERROR", "c.o.boxoffice.seats.SeatInventoryClient", "%s failed: %s" % (what, pkix))

    def node_err(t):
        return js({"level": "error", "time": iso(t), "msg": "seat availability fetch failed",
                   "err": {"code": "CERT_HAS_EXPIRED", "message": "certificate has expired"},
                   "target": "https://seat-inventory.opera-boxoffice.svc:8443/v1/availability",
                   "performance": rng.choice(["tosca-2026-02-28", "la-boheme-2026-03-01"])})

    w.add(S, lambda t: 'level=info ts=%s caller=certwatcher.go:161 msg="certificate files unchanged, keeping current serving certificate" subject="CN=seat-inventory.opera-boxoffice.svc" issuer="CN=opera-internal-ca" not_after=2026-02-28T18:00:00Z' % iso(t), mark="cause")
    w.add(A(0), lambda t: api_err(t, 0, "seat hold"), mark="sym")
    w.add(S, lambda t: "%s http: TLS handshake error from 10.30.11.88:%d: remote error: tls: bad certificate" % (
        "%04d/%02d/%02d %s" % (t.year, t.month, t.day, hms(t)), rng.randint(40000, 60000)), mark="cause")
    w.add(M, node_err, mark="sym")
    w.add(EV, lambda t: envoy_json(t, rng, "POST", "/api/seats/hold", 503, dur=rng.randint(20, 60)), mark="sym")
    for k in range(3):
        w.add(A(k % 2), lambda t, k=k: api_err(t, k % 2, rng.choice(["seat hold", "availability lookup"])))
        w.add(M, node_err)
        w.add(EV, lambda t: envoy_json(t, rng, *rng.choice([("POST", "/api/seats/hold"), ("GET", "/api/performances/tosca-2026-02-28/seats"), ("POST", "/api/checkout")]), 503, dur=rng.randint(15, 70)))
    w.add(S, lambda t: 'level=info ts=%s caller=server.go:212 msg="grpc stats" active_streams=0 rpcs_last_min=0' % iso(t))
    w.add(A(1), lambda t: spring_line(t, rng, "boxoffice-api", "WARN", "c.o.boxoffice.checkout.CheckoutService", "checkout aborted for basket B-%d: no seat hold could be acquired (2/2 retries)" % rng.randint(10 ** 6, 10 ** 7)))
    for k in range(3):
        w.add(EV, lambda t: envoy_json(t, rng, "POST", rng.choice(["/api/seats/hold", "/api/checkout"]), 503, dur=rng.randint(15, 70)))
        w.add(A(k % 2), lambda t, k=k: api_err(t, k % 2, "seat hold"))
    w.add(S, lambda t: "%s http: TLS handshake error from 10.30.13.41:%d: remote error: tls: bad certificate" % (
        "%04d/%02d/%02d %s" % (t.year, t.month, t.day, hms(t)), rng.randint(40000, 60000)))
    w.add(M, node_err)
    w.add(EV, lambda t: envoy_json(t, rng, "GET", "/", 200, up="10.30.13.99:3000", cluster="httproute/opera-boxoffice/seatmap-web/rule/0"))
    w.add(A(0), lambda t: spring_line(t, rng, "boxoffice-api", "INFO", "c.o.boxoffice.gift.VoucherController", "voucher GV-%d balance lookup ok" % rng.randint(10000, 99999)))
    return record(
        "theatre",
        "Half an hour before curtain nobody can hold seats or check out; the box office API is throwing gRPC UNAVAILABLE. What is the cause?",
        sel(ns), w, "CRITICAL", "tls_certificate", "seat-inventory",
        "seat-inventory's serving certificate (issued by opera-internal-ca) expired at 18:00 UTC and was never "
        "rotated; its certwatcher keeps the expired certificate, so every TLS client rejects the handshake.",
        "All calls to seat-inventory fail certificate validation (CertificateExpiredException in boxoffice-api, "
        "CERT_HAS_EXPIRED in seatmap-web), so seat holds, availability and checkout return 503 for every "
        "customer just before the performance.",
        "Issue a new certificate for seat-inventory.opera-boxoffice.svc, update its TLS secret and let certwatcher "
        "reload (or restart seat-inventory); then put the certificate under automatic renewal (cert-manager) and "
        "alert on expiry 14 days ahead.",
        w.marks["cause"] + w.marks["sym"])


@scenario
def theatre_lx_broker_cert_expiring(rng):
    w = Window(rng, dt(2026, 5, 4, 14, 2, 10))
    broker = "lx-broker-01"
    ctls = ["lx-ctl-01", "lx-ctl-02", "lx-ctl-03"]
    MQ = L_journal(broker, "mosquitto.service", "mosquitto")
    C = lambda h, lvl="info": L_journal(h, "lightd.service", "lightd", lvl)
    SD = L_journal(broker, "init.scope", "systemd")
    ep = [int(dt(2026, 5, 4, 14, 2, 10).timestamp())]

    def mq(t, msg):
        return "%d: %s" % (int(t.timestamp()), msg)

    def ld(t, lvl, msg, **kw):
        d = {"ts": iso(t), "level": lvl, "logger": "lightd.mqtt", "msg": msg}
        d.update(kw)
        return js(d)

    w.add(SD, lambda t: "Starting mosquitto.service - Mosquitto MQTT Broker...")
    w.add(MQ, lambda t: mq(t, "mosquitto version 2.0.18 starting"))
    w.add(MQ, lambda t: mq(t, "Config loaded from /etc/mosquitto/mosquitto.conf."))
    w.add(MQ, lambda t: mq(t, "Opening ipv4 listen socket on port 8883."))
    w.add(SD, lambda t: "Started mosquitto.service - Mosquitto MQTT Broker.")
    for i, h in enumerate(ctls):
        port = rng.randint(40000, 60000)
        w.add(MQ, lambda t, h=h, i=i, port=port: mq(t, "New connection from 10.60.0.%d:%d on port 8883." % (21 + i, port)))
        w.add(C(h, "warning"), lambda t, h=h: ld(t, "warning", "broker certificate expires soon", broker="lx-broker-01.stage.opera.lan:8883",
                                                 not_after="2026-05-10T09:00:00Z", days_left=5, subject="CN=lx-broker-01.stage.opera.lan"),
              mark="cause" if i == 0 else "sym")
        w.add(MQ, lambda t, h=h, i=i, port=port: mq(t, "New client connected from 10.60.0.%d:%d as %s (p2, c0, k30, u'lightd')." % (21 + i, port, h)))
    w.add(C(ctls[1]), lambda t: ld(t, "info", "subscribed", topics=["stage/main/cues/#", "stage/main/dmx/+/frame"]))
    w.add(MQ, lambda t: mq(t, "Client lx-console-fly closed its connection."))
    w.add(MQ, lambda t: mq(t, "New client connected from 10.60.0.40:52311 as lx-console-fly (p2, c1, k60, u'console')."))
    w.add(C(ctls[0]), lambda t: ld(t, "info", "cue executed", cue="Q47.5", universe=3, fade_ms=2500))
    w.add(C(ctls[2], "warning"), lambda t: ld(t, "warning", "mqtt keepalive missed, reconnected", broker="lx-broker-01.stage.opera.lan:8883", downtime_ms=1840))
    w.add(C(ctls[2]), lambda t: ld(t, "info", "cue executed", cue="Q47.5", universe=5, fade_ms=2500))
    w.add(C(ctls[1], "warning"), lambda t: ld(t, "warning", "broker certificate expires soon", broker="lx-broker-01.stage.opera.lan:8883",
                                               not_after="2026-05-10T09:00:00Z", days_left=5, subject="CN=lx-broker-01.stage.opera.lan"), gap=(50, 70))
    return record(
        "theatre",
        "After this afternoon's restart of the lighting MQTT broker the controllers started printing warnings. Do we need to act before Saturday's show?",
        None, w, "WARN", "tls_certificate", "lx-broker-01",
        "The TLS server certificate of the lighting MQTT broker on lx-broker-01 (CN=lx-broker-01.stage.opera.lan) "
        "expires on 2026-05-10 09:00 UTC, five days from now.",
        "The broker restarted cleanly and all lighting controllers reconnected and execute cues; they warn that the "
        "broker certificate expires in 5 days. Nothing is failing yet, but after expiry the controllers will refuse "
        "to connect.",
        "Renew the broker certificate on lx-broker-01 from the stage CA before 10 May, reload mosquitto outside a "
        "performance, and add the certificate to expiry monitoring.",
        w.marks["cause"] + w.marks["sym"][:1])


@scenario
def theatre_boxoffice_migration_half_applied(rng):
    ns = "opera-boxoffice"
    w = Window(rng, dt(2026, 3, 3, 10, 0, 31))
    mig = job_pod(rng, "boxoffice-migrate-58")
    ah = rs_hash(rng)
    api = [pod_name(rng, "boxoffice-api", ah) for _ in range(3)]
    envoy = pod_name(rng, "boxoffice-envoy")
    E = L_ev(ns)
    MG = L_pod(ns, mig, "flyway", EKS_NODES[1], "boxoffice-migrate")
    PG = L_pod(ns, "boxoffice-pg-1", "postgres", EKS_NODES[2], "boxoffice-pg")
    A = lambda i: L_pod(ns, api[i], "boxoffice-api", EKS_NODES[i % 4], "boxoffice-api")
    EV = L_pod(ns, envoy, "envoy", EKS_NODES[0], "boxoffice-envoy")

    def cnpg(t, rec):
        return js({"level": "info", "ts": iso_us(t), "logger": "postgres", "msg": "record",
                   "logging_pod": "boxoffice-pg-1", "record": rec})

    def api_err(t, i):
        return spring_line(t, rng, "boxoffice-api", "ERROR", "o.h.engine.jdbc.spi.SqlExceptionHelper",
                           'ERROR: relation "seat_holds" does not exist  Position: %d' % rng.choice([15, 22, 41]))

    w.add(MG, lambda t: "Flyway OSS Edition 10.8.1 by Redgate")
    w.add(MG, lambda t: "Database: jdbc:postgresql://boxoffice-pg-rw:5432/boxoffice (PostgreSQL 16.2)")
    w.add(MG, lambda t: 'Current version of schema "public": 57')
    w.add(MG, lambda t: 'Migrating schema "public" to version "58 - split seat holds" [non-transactional]')
    w.add(PG, lambda t: cnpg(t, {"log_time": ymd_hms(t, frac=".") + " UTC", "user_name": "flyway", "database_name": "boxoffice",
                                 "error_severity": "LOG", "message": "statement: ALTER TABLE seat_holds RENAME TO seat_holds_legacy"}), mark="cause")
    w.add(PG, lambda t: cnpg(t, {"log_time": ymd_hms(t, frac=".") + " UTC", "user_name": "flyway", "database_name": "boxoffice",
                                 "error_severity": "ERROR", "sql_state_code": "23505",
                                 "message": "could not create unique index \"seat_holds_perf_seat_uq\"",
                                 "detail": "Key (performance_id, seat_id)=(8812, STALLS-K-14) is duplicated.",
                                 "query": "CREATE UNIQUE INDEX CONCURRENTLY seat_holds_perf_seat_uq ON seat_holds_v2 (performance_id, seat_id)"}), mark="cause")
    w.add(MG, lambda t: 'ERROR: Migration V58__split_seat_holds.sql failed | SQL State: 23505 | Message: ERROR: could not create unique index "seat_holds_perf_seat_uq" Detail: Key (performance_id, seat_id)=(8812, STALLS-K-14) is duplicated. | Statements before the failure were committed (non-transactional migration); manual cleanup required', mark="cause0")
    w.add(E, kev("Warning", "BackoffLimitExceeded", "Job", "boxoffice-migrate-58", "Job has reached the specified backoff limit", comp="job-controller"))
    for k in range(4):
        w.add(A(k % 3), lambda t, k=k: api_err(t, k % 3), mark="sym" if k == 0 else None)
    w.add(A(1), lambda t: spring_line(t, rng, "boxoffice-api", "ERROR", "c.o.boxoffice.checkout.CheckoutService",
                                      "checkout failed for basket B-%d: org.springframework.dao.InvalidDataAccessResourceUsageException: could not prepare statement [ERROR: relation \"seat_holds\" does not exist] [insert into seat_holds (expires_at,performance_id,seat_id,session_id) values (?,?,?,?)]; SQL [n/a] \tat org.hibernate.exception.internal.SQLStateConversionDelegate.convert(SQLStateConversionDelegate.java:91)" % rng.randint(10 ** 6, 10 ** 7)), mark="sym")
    for k in range(3):
        w.add(EV, lambda t: envoy_json(t, rng, "POST", rng.choice(["/api/seats/hold", "/api/checkout"]), 500, up="10.30.12.%d:8080" % rng.randint(10, 99)), mark="sym" if k == 0 else None)
        w.add(A(k), lambda t, k=k: api_err(t, k))
    w.add(PG, lambda t: cnpg(t, {"log_time": ymd_hms(t, frac=".") + " UTC", "user_name": "boxoffice", "database_name": "boxoffice",
                                 "error_severity": "ERROR", "sql_state_code": "42P01", "message": "relation \"seat_holds\" does not exist",
                                 "query": "select sh1_0.id,sh1_0.expires_at from seat_holds sh1_0 where sh1_0.performance_id=$1"}))
    w.add(A(2), lambda t: spring_line(t, rng, "boxoffice-api", "WARN", "c.o.boxoffice.holds.HoldExpiryJob", "hold expiry sweep failed; 0 holds released (relation \"seat_holds\" does not exist)", thread="scheduling-1"))
    for k in range(3):
        w.add(EV, lambda t: envoy_json(t, rng, "POST", rng.choice(["/api/seats/hold", "/api/checkout"]), 500, up="10.30.12.%d:8080" % rng.randint(10, 99)))
        w.add(A(k), lambda t, k=k: api_err(t, k))
    w.add(EV, lambda t: envoy_json(t, rng, "GET", "/api/performances/2026-03-07/nabucco", 200))
    return record(
        "theatre",
        "Since the 10:00 release every seat hold and checkout fails with 500. The API pods are the old version and look healthy. What happened?",
        sel(ns), w, "CRITICAL", "database", "boxoffice-migrate",
        "Flyway migration V58 (non-transactional) renamed seat_holds to seat_holds_legacy and then failed to build a "
        "unique index because of duplicate (performance_id, seat_id) rows; the rename stayed committed, leaving the "
        "schema half-migrated.",
        "The boxoffice-migrate job failed half-way and left the database without a seat_holds table. The "
        "running boxoffice-api (old version) fails every hold, checkout and hold-expiry query with 'relation does "
        "not exist', so ticket sales are down for all customers.",
        "Restore the schema now: rename seat_holds_legacy back to seat_holds (or roll back from the pre-release "
        "backup) and confirm checkouts succeed; then deduplicate the STALLS holds, make V58 idempotent (or "
        "transactional) and re-run the migration with flyway repair.",
        w.marks["cause0"] + w.marks["cause"] + w.marks["sym"])


@scenario
def theatre_seatmap_replica_lag(rng):
    ns = "opera-seats"
    w = Window(rng, dt(2026, 4, 23, 9, 0, 12))
    rel = job_pod(rng, "season-release-29401680")
    sh = rs_hash(rng)
    sapi = [pod_name(rng, "seatmap-api", sh) for _ in range(2)]
    hold = pod_name(rng, "seat-hold")
    RJ = L_pod(ns, rel, "release", EKS_NODES[1], "season-release")
    R1 = L_pod(ns, "seatmap-mysql-1", "replication-monitor", EKS_NODES[3], "seatmap-mysql")
    M1 = L_pod(ns, "seatmap-mysql-1", "mysql", EKS_NODES[3], "seatmap-mysql")
    SA = lambda i: L_pod(ns, sapi[i], "seatmap-api", EKS_NODES[i], "seatmap-api")
    H = L_pod(ns, hold, "seat-hold", EKS_NODES[2], "seat-hold")

    def mon(t, lag, state):
        return "%s replica=seatmap-mysql-1 source=seatmap-mysql-0 Seconds_Behind_Source=%d Replica_IO_Running=Yes Replica_SQL_Running=Yes Replica_SQL_Running_State=%s" % (
            iso(t), lag, q(state))

    def sapi_l(t, lvl, msg, **kw):
        d = {"level": lvl, "ts": iso(t), "caller": "store/replica.go:64", "msg": msg}
        d.update(kw)
        return js(d)

    def conflict(t):
        return 'level=warn ts=%s caller=hold/handler.go:102 msg="hold rejected" seat=%s performance=%s reason="seat already held or sold (map was stale)" status=409' % (
            iso(t), rng.choice(["STALLS-F-12", "STALLS-F-13", "GRAND-TIER-B-4", "AMPHI-C-22"]), "der-ring-2026-10-03")

    w.add(RJ, lambda t: ymd_hms(t)[:19] + " INFO season_release: releasing 2026/27 season: 61,204 seats across 214 performances in a single transaction")
    w.add(RJ, lambda t: "%s INFO season_release: commit ok rows=61204 duration=38.4s" % ymd_hms(t)[:19], gap=(38, 40))
    w.add(M1, lambda t: "%s 14 [Warning] [MY-010897] [Repl] Storing MySQL user name or password information in the connection metadata repository is not secure and is therefore not recommended. Please consider using the USER and PASSWORD connection options for START REPLICA; see the 'START REPLICA Syntax' in the MySQL Manual for more information." % iso_us(t))
    w.add(R1, lambda t: mon(t, 97, "Applying batch of row changes (write)"), mark="cause")
    w.add(SA(0), lambda t: sapi_l(t, "warn", "replica lag above threshold, serving availability from replica with stale data", lag_s=97, threshold_s=30), mark="sym")
    w.add(H, conflict, mark="sym")
    for k in range(3):
        w.add(H, conflict)
    w.add(SA(1), lambda t: sapi_l(t, "warn", "replica lag above threshold, serving availability from replica with stale data", lag_s=131, threshold_s=30))
    w.add(R1, lambda t: mon(t, 141, "Applying batch of row changes (write)"), mark="cause", gap=(15, 25))
    for k in range(4):
        w.add(H, conflict)
    w.add(SA(0), lambda t: sapi_l(t, "info", "availability served", performance="der-ring-2026-10-03", seats_free=1803, source="replica"))
    w.add(R1, lambda t: mon(t, 88, "Applying batch of row changes (write)"), gap=(20, 30))
    w.add(SA(1), lambda t: sapi_l(t, "warn", "replica lag above threshold, serving availability from replica with stale data", lag_s=88, threshold_s=30))
    w.add(H, conflict)
    w.add(R1, lambda t: mon(t, 21, "Replica has read all relay log; waiting for more updates"), gap=(30, 45))
    w.add(R1, lambda t: mon(t, 0, "Replica has read all relay log; waiting for more updates"), gap=(10, 20))
    w.add(SA(0), lambda t: sapi_l(t, "info", "replica lag back under threshold", lag_s=0, threshold_s=30))
    w.add(H, lambda t: 'level=info ts=%s caller=hold/handler.go:88 msg="hold created" seat=STALLS-G-9 performance=der-ring-2026-10-03 ttl=600s' % iso(t))
    return record(
        "theatre",
        "Customers on the Ring cycle on-sale keep getting 'seat no longer available' after picking seats from the map. Is the seat map broken?",
        sel(ns), w, "WARN", "database", "seatmap-mysql",
        "The seatmap-mysql read replica (seatmap-mysql-1) fell up to ~140 s behind the source while applying the "
        "61k-row single-transaction season release, so seat maps were built from stale availability.",
        "Replication lag on seatmap-mysql-1 made seatmap-api serve stale maps; seat-hold correctly rejected "
        "already-taken seats with 409. The replica caught up within the window and holds succeed again.",
        "No urgent action. Release seasons in smaller transactions (per performance) and have seatmap-api fall back "
        "to the primary when lag exceeds its threshold instead of only warning.",
        w.marks["cause"] + w.marks["sym"])


@scenario
def theatre_transcoder_panic_surtitles(rng):
    ns = "opera-stream"
    w = Window(rng, dt(2026, 2, 21, 19, 33, 40))
    oh = rs_hash(rng)
    origin = [pod_name(rng, "stream-origin", oh) for _ in range(2)]
    pt = pod_name(rng, "player-telemetry")
    E = L_ev(ns)
    T1 = L_pod(ns, "stream-transcoder-1", "transcoder", EKS_NODES[2], "stream-transcoder")
    T0 = L_pod(ns, "stream-transcoder-0", "transcoder", EKS_NODES[3], "stream-transcoder")
    O = lambda i: L_pod(ns, origin[i], "nginx", EKS_NODES[i], "stream-origin")
    P = L_pod(ns, pt, "player-telemetry", EKS_NODES[1], "player-telemetry")
    ua = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/122.0 Safari/537.36"
    seg = [rng.randint(2100, 2200)]

    def miss(t, i, kind="seg"):
        if kind == "seg":
            seg[0] += 1
            path = "/live/la-boheme-20260221/1080p/seg_%05d.ts" % seg[0]
        else:
            path = "/live/la-boheme-20260221/1080p/index.m3u8"
        return nginx_combined(t, rng, ip10(rng, 30), "GET", path, 404, ua=ua, rt=0.001)

    def tel(t):
        return js({"level": "error", "ts": iso(t), "event": "player_error", "stream": "la-boheme-20260221",
                   "code": rng.choice(["manifestLoadError", "fragLoadError", "levelLoadTimeOut"]), "fatal": True,
                   "session": hexs(rng, 12)})

    def tl(t, lvl, msg, **kw):
        d = {"time": iso(t), "level": lvl, "msg": msg}
        d.update(kw)
        return js(d)

    w.add(T0, lambda t: tl(t, "INFO", "segment written", stream="recital-hall-20260221", rendition="720p", seq=rng.randint(800, 900)))
    w.add(T1, lambda t: tl(t, "INFO", "surtitle track loaded", stream="la-boheme-20260221", languages=["en", "de", "it"], cues=1242))
    w.add(T1, lambda t: tl(t, "INFO", "cue switch", act=2, cue=318, languages=4))
    w.add(T1, lambda t: "panic: runtime error: index out of range [3] with length 3", mark="cause")
    w.add(T1, lambda t: "goroutine 57 [running]: opera.example/stream/surtitle.(*Muxer).Emit(0xc0003a2c00, {0xc0011e4000, 0x4, 0x4}) /src/surtitle/mux.go:142 +0x3b9", mark="cause")
    w.add(O(0), lambda t: miss(t, 0), mark="sym")
    w.add(P, tel, mark="sym")
    w.add(E, kev("Warning", "BackOff", "Pod", "stream-transcoder-1", "Back-off restarting failed container transcoder in pod stream-transcoder-1_opera-stream(%s)" % uuid4(rng), host=EKS_NODES[2], count=3), mark="sym")
    for k in range(3):
        w.add(O(k % 2), lambda t, k=k: miss(t, k % 2))
        w.add(P, tel)
    w.add(T1, lambda t: tl(t, "INFO", "starting transcoder", stream="la-boheme-20260221", resume_from_cue=318, version="3.12.0"))
    w.add(T1, lambda t: tl(t, "INFO", "surtitle track loaded", stream="la-boheme-20260221", languages=["en", "de", "it"], cues=1242))
    w.add(T1, lambda t: "panic: runtime error: index out of range [3] with length 3", mark="cause")
    w.add(O(1), lambda t: miss(t, 1, "manifest"))
    w.add(T0, lambda t: tl(t, "INFO", "segment written", stream="recital-hall-20260221", rendition="720p", seq=rng.randint(900, 950)))
    w.add(O(0), lambda t: nginx_combined(t, rng, ip10(rng, 30), "GET", "/live/recital-hall-20260221/720p/seg_%05d.ts" % rng.randint(900, 950), 200, ua=ua, rt=0.03))
    for k in range(3):
        w.add(P, tel)
        w.add(O(k % 2), lambda t, k=k: miss(t, k % 2, "manifest" if k == 1 else "seg"))
    w.add(E, kev("Warning", "BackOff", "Pod", "stream-transcoder-1", "Back-off restarting failed container transcoder in pod stream-transcoder-1_opera-stream(%s)" % uuid4(rng), host=EKS_NODES[2], count=5))
    return record(
        "theatre",
        "The La Bohème live stream froze at the start of Act 2 and players show fatal load errors. What is going on?",
        sel(ns), w, "ERROR", "application_error", "stream-transcoder",
        "stream-transcoder panics with 'index out of range [3] with length 3' in the surtitle muxer: the Act 2 cue "
        "carries four languages while the loaded surtitle track declares three, and the code indexes past the slice.",
        "stream-transcoder-1 (La Bohème) crash-loops on the same cue every time it resumes, so no new segments or "
        "manifest are produced; the origin returns 404 and players fail. The recital-hall stream on "
        "stream-transcoder-0 is unaffected.",
        "Get the stream back by restarting stream-transcoder-1 with surtitles disabled (or the fourth language "
        "removed from the cue file); then fix the bounds check in surtitle.(*Muxer).Emit and validate cue files "
        "against the declared track languages before the performance.",
        w.marks["cause"][:2] + w.marks["sym"])


@scenario
def theatre_stream_origin_nofile(rng):
    ns = "opera-stream"
    w = Window(rng, dt(2026, 3, 14, 18, 58, 20))
    oh = rs_hash(rng)
    origin = [pod_name(rng, "stream-origin", oh) for _ in range(2)]
    eh = rs_hash(rng)
    edge = [pod_name(rng, "stream-edge", eh) for _ in range(2)]
    pt = pod_name(rng, "player-telemetry")
    E = L_ev(ns)
    O = lambda i: L_pod(ns, origin[i], "nginx", EKS_NODES[i], "stream-origin")
    ED = lambda i: L_pod(ns, edge[i], "varnish", EKS_NODES[2 + i], "stream-edge")
    P = L_pod(ns, pt, "player-telemetry", EKS_NODES[1], "player-telemetry")
    T = L_pod(ns, "stream-transcoder-0", "transcoder", EKS_NODES[3], "stream-transcoder")
    seg = [rng.randint(300, 400)]

    def crit(t, what):
        pid = rng.randint(20, 40)
        return "%s [crit] %d#%d: %s" % (nginx_err_time(t), pid, pid, what)

    def edge_err(t, i):
        seg[0] += 1
        return nginx_combined(t, rng, ip10(rng, 30), "GET", "/live/macbeth-20260314/1080p/seg_%05d.ts" % seg[0], 503,
                              ua="AppleCoreMedia/1.0.0.21D50 (iPhone; U; CPU OS 17_3 like Mac OS X; en_gb)")

    def edge_err2(t, i):
        return "-   FetchError     backend boot.stream_origin: fetch failed (errno 104 Connection reset by peer) url=/live/macbeth-20260314/720p/seg_%05d.ts" % seg[0]

    def tel(t):
        return js({"level": "error", "ts": iso(t), "event": "player_error", "stream": "macbeth-20260314",
                   "code": rng.choice(["fragLoadError", "manifestLoadError"]), "http_status": 503,
                   "fatal": rng.choice([True, False]), "session": hexs(rng, 12)})

    w.add(E, kev("Normal", "Started", "Pod", origin[0], "Started container nginx", host=EKS_NODES[0]))
    w.add(O(0), lambda t: "%s [warn] 1#1: 8192 worker_connections exceed open file resource limit: 1024" % nginx_err_time(t), mark="cause")
    w.add(O(0), lambda t: "%s [notice] 1#1: start worker processes" % nginx_err_time(t))
    w.add(T, lambda t: js({"time": iso(t), "level": "INFO", "msg": "segment written", "stream": "macbeth-20260314", "rendition": "1080p", "seq": seg[0]}), gap=(20, 40))
    w.add(O(0), lambda t: crit(t, "accept4() failed (24: Too many open files)"), mark="cause", gap=(40, 90))
    w.add(ED(0), lambda t: edge_err(t, 0), mark="sym")
    w.add(P, tel, mark="sym")
    w.add(O(0), lambda t: crit(t, "*%d open() \"/var/hls/macbeth-20260314/1080p/seg_%05d.ts\" failed (24: Too many open files), client: 10.30.13.60, server: stream-origin, request: \"GET /live/macbeth-20260314/1080p/seg_%05d.ts HTTP/1.1\"" % (rng.randint(10 ** 5, 10 ** 6), seg[0], seg[0])), mark="cause")
    for k in range(4):
        w.add(ED(k % 2), lambda t, k=k: edge_err(t, k % 2))
        w.add(P, tel)
    w.add(ED(1), lambda t: edge_err2(t, 1), mark="sym")
    w.add(O(1), lambda t: nginx_combined(t, rng, "10.30.13.61", "GET", "/live/macbeth-20260314/1080p/seg_%05d.ts" % seg[0], 200, ua="Varnish/7.4", rt=0.02))
    w.add(O(0), lambda t: crit(t, "accept4() failed (24: Too many open files)"))
    for k in range(4):
        w.add(ED(k % 2), lambda t, k=k: edge_err(t, k % 2))
        w.add(P, tel)
    w.add(O(1), lambda t: crit(t, "accept4() failed (24: Too many open files)"))
    w.add(ED(0), lambda t: edge_err2(t, 0))
    w.add(P, tel)
    return record(
        "theatre",
        "Viewers of tonight's Macbeth stream get constant buffering and 503s from the CDN edge. The transcoder looks fine. Where is the bottleneck?",
        sel(ns), w, "ERROR", "resource_exhausted", "stream-origin",
        "stream-origin's nginx runs with an open-file limit of 1024 while configured for 8192 worker_connections; "
        "at peak viewership it runs out of file descriptors (accept4/open fail with EMFILE).",
        "The origin cannot accept connections or open segment files once it hits the 1024-fd limit, so "
        "stream-edge gets fetch failures/resets and serves 503s, and players buffer or fail. The transcoder keeps "
        "producing segments; the live stream is degraded for most viewers.",
        "Raise the fd limit for stream-origin (worker_rlimit_nofile plus the container's nofile ulimit) to at "
        "least 2x worker_connections and roll the pods; add an alert on the nginx startup warning and on EMFILE.",
        w.marks["cause"] + w.marks["sym"])


@scenario
def theatre_seatmap_scaleout_pending(rng):
    ns = "opera-seats"
    w = Window(rng, dt(2026, 4, 23, 8, 59, 40))
    sh = rs_hash(rng)
    new = [pod_name(rng, "seatmap-api", sh) for _ in range(6)]
    run = [pod_name(rng, "seatmap-api", sh) for _ in range(2)]
    E = L_ev(ns)
    SA = lambda i: L_pod(ns, run[i], "seatmap-api", EKS_NODES[i], "seatmap-api")
    newnode = "ip-10-30-12-66.eu-west-1.compute.internal"
    NA = lambda p: L_pod(ns, p, "seatmap-api", newnode, "seatmap-api")

    def slow(t, i):
        return js({"level": "warn", "ts": iso(t), "caller": "http/mw.go:51", "msg": "slow request",
                   "path": "/v1/performances/der-ring-2026-10-03/map", "duration_ms": rng.randint(1800, 4200),
                   "inflight": rng.randint(180, 260)})

    w.add(E, kev("Normal", "SuccessfulRescale", "HorizontalPodAutoscaler", "seatmap-api",
                 "New size: 8; reason: cpu resource utilization (percentage of request) above target", comp="horizontal-pod-autoscaler"))
    w.add(E, kev("Normal", "ScalingReplicaSet", "Deployment", "seatmap-api", "Scaled up replica set seatmap-api-%s to 8 from 2" % sh, comp="deployment-controller"))
    for k in range(3):
        w.add(E, kev("Warning", "FailedScheduling", "Pod", new[k], "0/4 nodes are available: 4 Insufficient cpu. preemption: 0/4 nodes are available: 4 No preemption victims found for incoming pod.", comp="default-scheduler"), gap=(0.05, 0.2), mark="cause" if k == 0 else None)
    w.add(SA(0), lambda t: slow(t, 0), mark="sym")
    w.add(E, kev("Normal", "TriggeredScaleUp", "Pod", new[0], "pod triggered scale-up: [{eks-opera-general-2c4a9e1b-6d3f-4a2e-9b71-0f5e8c2d7a10 4->6 (max: 12)}]", comp="cluster-autoscaler"), mark="cause")
    for k in range(3, 6):
        w.add(E, kev("Warning", "FailedScheduling", "Pod", new[k], "0/4 nodes are available: 4 Insufficient cpu. preemption: 0/4 nodes are available: 4 No preemption victims found for incoming pod.", comp="default-scheduler"), gap=(0.05, 0.2))
    for k in range(4):
        w.add(SA(k % 2), lambda t, k=k: slow(t, k % 2), mark="sym" if k == 1 else None, gap=(2, 8))
    w.add(SA(1), lambda t: js({"level": "warn", "ts": iso(t), "caller": "http/mw.go:77", "msg": "load shedding: rejected request", "path": "/v1/performances/der-ring-2026-10-03/map", "status": 503, "inflight": 300}))
    for k in range(2):
        w.add(SA(k), lambda t, k=k: slow(t, k), gap=(5, 15))
    w.add(E, kev("Normal", "Scheduled", "Pod", new[0], "Successfully assigned opera-seats/%s to %s" % (new[0], newnode), comp="default-scheduler"), gap=(50, 70))
    for k in range(1, 4):
        w.add(E, kev("Normal", "Scheduled", "Pod", new[k], "Successfully assigned opera-seats/%s to %s" % (new[k], newnode), comp="default-scheduler"), gap=(0.05, 0.4))
    w.add(E, kev("Normal", "Pulling", "Pod", new[0], 'Pulling image "123456789012.dkr.ecr.eu-west-1.amazonaws.com/opera/seatmap-api:2.31.0"', host=newnode))
    w.add(NA(new[0]), lambda t: js({"level": "info", "ts": iso(t), "caller": "main.go:44", "msg": "listening", "addr": ":8080"}), gap=(8, 14))
    w.add(NA(new[1]), lambda t: js({"level": "info", "ts": iso(t), "caller": "main.go:44", "msg": "listening", "addr": ":8080"}))
    w.add(SA(0), lambda t: js({"level": "info", "ts": iso(t), "caller": "http/mw.go:40", "msg": "request", "path": "/v1/performances/der-ring-2026-10-03/map", "duration_ms": rng.randint(60, 140), "inflight": rng.randint(40, 70)}), gap=(10, 20))
    return record(
        "theatre",
        "At the 09:00 on-sale the seat map was slow for a couple of minutes. Is it resolved or do we need more capacity now?",
        sel(ns), w, "WARN", "scheduling", "seatmap-api",
        "The HPA scaled seatmap-api from 2 to 8 for the on-sale, but the node group had no spare CPU for the new "
        "pods' requests, so they stayed Pending (Insufficient cpu) until cluster-autoscaler added nodes.",
        "For about a minute and a half the two running seatmap-api pods carried the on-sale alone: slow map "
        "requests and a little load shedding. The autoscaler added nodes, the pending pods were scheduled and "
        "latency returned to normal.",
        "No action needed now. For planned on-sales pre-scale seatmap-api (or keep low-priority placeholder pods "
        "for headroom) so capacity is there before the rush.",
        w.marks["cause"] + w.marks["sym"])


@scenario
def theatre_lightd_bad_patch_crashloop(rng):
    w = Window(rng, dt(2026, 3, 14, 19, 47, 2))
    h1, h2, h3 = "lx-ctl-01", "lx-ctl-02", "lx-ctl-03"
    cons = "lx-console-main"
    pids = [rng.randint(20000, 30000)]

    def sl(host, app, sev, pid, msg):
        return (L_syslog(host, app, sev), lambda t: "%s %s %s[%d]: %s" % (syslog_time(t), host, app, pid, msg))

    def add(host, app, sev, pid, msg, **kw):
        lab, fn = sl(host, app, sev, pid, msg)
        return w.add(lab, fn, **kw)

    def crash_cycle(first):
        pid = pids[0] = pids[0] + rng.randint(3, 40)
        add(h1, "lightd", "info", pid, "config: loading /etc/lightd/patch.yaml (revision r2026-03-14-2, pushed by lx-deploy at 19:40)", mark="cause" if first else None)
        add(h1, "lightd", "err", pid, "FATAL config: patch.yaml line 212: fixture \"FOH-Spot-14\" universe 7 address 513 out of range (1-512)", mark="cause" if first else None)
        add(h1, "systemd", "warning", 1, "lightd.service: Main process exited, code=exited, status=78/CONFIG", mark="cause" if first else None)

    def console(t):
        return "%s %s cuestack[1187]: GO Q%d.%d failed: output node lx-ctl-01 (10.60.0.21:7400) unreachable: Connection refused" % (
            syslog_time(t), cons, rng.randint(112, 118), rng.choice([0, 5]), )

    crash_cycle(True)
    w.add(L_syslog(cons, "cuestack", "err"), console, mark="sym")
    add(h2, "lightd", "warning", 3321, "sacn: source lx-ctl-01 lost on universes 1-8 (no data for 2500 ms); holding last look", mark="sym")
    add(h3, "lightd", "warning", 3309, "sacn: source lx-ctl-01 lost on universes 1-8 (no data for 2500 ms); holding last look")
    add(h1, "systemd", "info", 1, "lightd.service: Scheduled restart job, restart counter is at 4.")
    crash_cycle(False)
    for _ in range(3):
        w.add(L_syslog(cons, "cuestack", "err"), console)
    add(cons, "cuestack", "warning", 1187, "stage manager override: hold at Q114 requested by DSM")
    add(h2, "lightd", "err", 3321, "merge: HTP merge for universe 4 missing primary source lx-ctl-01; FOH wash at 0%", mark="sym")
    add(h1, "systemd", "info", 1, "lightd.service: Scheduled restart job, restart counter is at 5.")
    crash_cycle(False)
    add(h1, "systemd", "err", 1, "lightd.service: Start request repeated too quickly.")
    add(h1, "systemd", "err", 1, "lightd.service: Failed with result 'exit-code'.")
    for _ in range(3):
        w.add(L_syslog(cons, "cuestack", "err"), console)
    add(h3, "lightd", "info", 3309, "cue executed Q114 universes 9-12 fade 3.0s")
    add(h2, "lightd", "err", 3321, "merge: HTP merge for universe 2 missing primary source lx-ctl-01; FOH wash at 0%")
    add(h1, "sshd", "info", rng.randint(30000, 40000), "Accepted publickey for lxops from 10.60.0.40 port 51022 ssh2: ED25519 SHA256:%s" % hexs(rng, 20))
    return record(
        "theatre",
        "Mid-show the front-of-house lighting went dark and the console cannot GO cues on lx-ctl-01. What is wrong?",
        None, w, "CRITICAL", "config_error", "lx-ctl-01",
        "The patch file pushed to lx-ctl-01 at 19:40 (revision r2026-03-14-2) is invalid: fixture FOH-Spot-14 is "
        "patched to universe 7 address 513, outside 1-512, so lightd refuses to start (exit 78/CONFIG).",
        "lightd on lx-ctl-01 crash-loops on the bad patch until systemd gives up; universes 1-8 (front-of-house) "
        "have no output, the console cannot execute cues on that node and the other controllers hold their last "
        "look. The performance is running without FOH lighting.",
        "Roll lx-ctl-01 back to the previous patch revision now (or fix line 212), then systemctl reset-failed and "
        "start lightd and confirm sACN output on universes 1-8; afterwards add a patch validation step to lx-deploy "
        "and freeze patch pushes during performances.",
        w.marks["cause"] + w.marks["sym"])


@scenario
def theatre_donations_readiness_slow_query(rng):
    ns = "opera-web"
    w = Window(rng, dt(2026, 4, 1, 12, 15, 3))
    dh = rs_hash(rng)
    don = [pod_name(rng, "donations-api", dh) for _ in range(3)]
    dip = ["10.30.11.141", "10.30.12.18", "10.30.13.200"]
    gw = pod_name(rng, "web-gateway")
    web = pod_name(rng, "opera-site")
    E = L_ev(ns)
    D = lambda i: L_pod(ns, don[i], "donations-api", EKS_NODES[i], "donations-api")
    G = L_pod(ns, gw, "nginx", EKS_NODES[3], "web-gateway")
    S = L_pod(ns, web, "opera-site", EKS_NODES[0], "opera-site")

    def ready_ok(t, i):
        return 'INFO:     %s:%d - "GET /ready HTTP/1.1" 200 OK' % (dip[i].rsplit(".", 1)[0] + ".1", rng.randint(40000, 60000))

    def probe(i, count=None):
        return kev("Warning", "Unhealthy", "Pod", don[i], "Readiness probe failed: Get \"http://%s:8000/ready\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)" % dip[i], host=EKS_NODES[i], count=count)

    def no_live(t):
        return "%s [error] 22#22: *%d no live upstreams while connecting to upstream, client: %s, server: www.opera.example, request: \"POST /api/donations HTTP/1.1\", upstream: \"http://donations-api/api/donations\"" % (
            nginx_err_time(t), rng.randint(10 ** 5, 10 ** 6), ip10(rng, 30))

    w.add(D(0), lambda t: "INFO:     donations_api.health: ready check ok: db=ok donations_total query took 1.38s (rows=2,914,377)", mark="cause")
    w.add(D(0), lambda t: ready_ok(t, 0), mark="cause")
    w.add(E, probe(0, 4), mark="cause")
    w.add(E, probe(1, 4))
    w.add(D(1), lambda t: "INFO:     donations_api.health: ready check ok: db=ok donations_total query took 1.44s (rows=2,914,377)")
    w.add(E, probe(2, 3))
    w.add(G, no_live, mark="sym")
    w.add(G, lambda t: nginx_combined(t, rng, ip10(rng, 30), "POST", "/api/donations", 503, ua="Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148", rt=0.000), mark="sym")
    w.add(S, lambda t: js({"level": "error", "time": iso(t), "msg": "donation submit failed", "status": 503, "campaign": "spring-gala-2026"}), mark="sym")
    for k in range(3):
        w.add(G, no_live)
        w.add(G, lambda t: nginx_combined(t, rng, ip10(rng, 30), "POST", "/api/donations", 503, ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/123.0 Safari/537.36", rt=0.000))
        w.add(S, lambda t: js({"level": "error", "time": iso(t), "msg": "donation submit failed", "status": 503, "campaign": "spring-gala-2026"}))
        w.add(D(k), lambda t, k=k: ready_ok(t, k))
    w.add(E, probe(0, 7))
    w.add(G, lambda t: nginx_combined(t, rng, ip10(rng, 30), "GET", "/whats-on/spring-gala", 200, ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/123.0 Safari/537.36", rt=0.041))
    w.add(D(2), lambda t: "INFO:     donations_api.health: ready check ok: db=ok donations_total query took 1.51s (rows=2,914,377)")
    w.add(G, no_live)
    w.add(G, lambda t: nginx_combined(t, rng, ip10(rng, 30), "GET", "/api/donations/progress?campaign=spring-gala-2026", 503, ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/123.0 Safari/537.36", rt=0.000))
    w.add(E, probe(1, 7))
    return record(
        "theatre",
        "The spring gala donation form returns 503 for everyone although the donations-api pods are Running and their logs look fine. Why?",
        sel(ns), w, "ERROR", "probe_failure", "donations-api",
        "donations-api's readiness endpoint runs a full count over the 2.9M-row donations table (~1.4-1.5 s), "
        "longer than the probe's 1 s timeout, so the kubelet marks every replica NotReady even though the handler "
        "eventually returns 200.",
        "All three donations-api pods are running and healthy but permanently unready; the Service has no "
        "endpoints, so web-gateway reports 'no live upstreams' and every donation request gets 503. The rest of "
        "the site works.",
        "Make /ready cheap (a SELECT 1 / pool check instead of the table count) or raise the probe's "
        "timeoutSeconds above the query time, roll donations-api, and check the endpoints fill again.",
        w.marks["cause"] + w.marks["sym"])


@scenario
def theatre_archive_upload_registry_auth(rng):
    ns = "opera-stream"
    w = Window(rng, dt(2026, 3, 22, 2, 0, 0))
    jp = job_pod(rng, "stream-archive-upload-29572440")
    cat = pod_name(rng, "archive-catalog")
    ret = job_pod(rng, "recording-retention-29572470")
    E = L_ev(ns)
    C = L_pod(ns, cat, "archive-catalog", EKS_NODES[1], "archive-catalog")
    R = L_pod(ns, ret, "retention", EKS_NODES[2], "recording-retention")
    img = "registry.opera.example/stream/archive-upload:1.8.2"

    def quarkus(t, lvl, cat_, msg):
        return "%s %-5s [%s] (executor-thread-%d) %s" % (ymd_hms(t), lvl, cat_, rng.randint(1, 6), msg)

    w.add(E, kev("Normal", "SuccessfulCreate", "CronJob", "stream-archive-upload", "Created job stream-archive-upload-29572440", comp="cronjob-controller"))
    w.add(E, kev("Normal", "SuccessfulCreate", "Job", "stream-archive-upload-29572440", "Created pod: %s" % jp, comp="job-controller"))
    w.add(E, kev("Normal", "Scheduled", "Pod", jp, "Successfully assigned opera-stream/%s to %s" % (jp, EKS_NODES[3]), comp="default-scheduler"))
    w.add(E, kev("Normal", "Pulling", "Pod", jp, "Pulling image \"%s\"" % img, host=EKS_NODES[3]))
    w.add(E, kev("Warning", "Failed", "Pod", jp, "Failed to pull image \"%s\": failed to resolve reference \"%s\": failed to authorize: failed to fetch oauth token: unexpected status from GET request to https://registry.opera.example/service/token?scope=repository%%3Astream%%2Farchive-upload%%3Apull&service=harbor-registry: 401 Unauthorized" % (img, img), host=EKS_NODES[3]), mark="cause")
    w.add(E, kev("Warning", "Failed", "Pod", jp, "Error: ErrImagePull", host=EKS_NODES[3]))
    w.add(E, kev("Normal", "BackOff", "Pod", jp, "Back-off pulling image \"%s\"" % img, host=EKS_NODES[3]))
    w.add(E, kev("Warning", "Failed", "Pod", jp, "Error: ImagePullBackOff", host=EKS_NODES[3]), mark="cause")
    w.add(C, lambda t: quarkus(t, "INFO", "o.o.a.CatalogSync", "nightly sync started: expecting archive manifests for 3 performances"), gap=(60, 120))
    for perf in ["macbeth-20260321", "recital-hall-20260321", "macbeth-20260320"]:
        w.add(C, lambda t, p=perf: quarkus(t, "ERROR", "o.o.a.CatalogSync", "no archive manifest for performance %s at s3://opera-archive/recordings/%s/manifest.json: software.amazon.awssdk.services.s3.model.NoSuchKeyException: The specified key does not exist. (Service: S3, Status Code: 404, Request ID: %s)" % (p, p, hexs(rng, 16).upper())), mark="sym" if perf == "macbeth-20260321" else None)
    w.add(C, lambda t: quarkus(t, "WARN", "o.o.a.CatalogSync", "nightly sync finished with 3 errors; on-demand catalogue not updated"), mark="sym")
    w.add(E, kev("Normal", "BackOff", "Pod", jp, "Back-off pulling image \"%s\"" % img, host=EKS_NODES[3], count=14), gap=(200, 400))
    w.add(R, lambda t: "%s WARNING retention: 2 recordings on pvc transcoder-spool older than 24h are not archived (macbeth-20260320, macbeth-20260321); skipping deletion" % ymd_hms(t)[:19], mark="sym", gap=(60, 120))
    w.add(R, lambda t: "%s WARNING retention: spool volume usage 71%% (threshold 85%%)" % ymd_hms(t)[:19])
    w.add(R, lambda t: "%s INFO retention: done deleted=0 kept=5" % ymd_hms(t)[:19])
    w.add(E, kev("Warning", "Failed", "Pod", jp, "Error: ImagePullBackOff", host=EKS_NODES[3], count=21), gap=(60, 200))
    return record(
        "theatre",
        "The on-demand catalogue has no recordings for the last two nights and archive-catalog reports missing S3 manifests. Why?",
        sel(ns), w, "ERROR", "image_pull", "stream-archive-upload",
        "The nightly stream-archive-upload CronJob cannot start: pulling registry.opera.example/stream/"
        "archive-upload:1.8.2 fails with 401 Unauthorized from the registry token service (invalid/expired pull "
        "credentials), so the pod stays in ImagePullBackOff.",
        "No recordings have been uploaded to the archive bucket, so archive-catalog finds no manifests and the "
        "on-demand catalogue is not updated; retention is keeping the unarchived recordings on the spool volume, "
        "which is filling up.",
        "Renew the registry robot account / imagePullSecret used by stream-archive-upload, verify the pull, then "
        "run the job manually for the missed nights before the spool volume fills; add an alert on failed "
        "CronJob runs.",
        w.marks["cause"] + w.marks["sym"])


@scenario
def theatre_seats_nats_rolling_upgrade_healthy(rng):
    ns = "opera-seats"
    w = Window(rng, dt(2026, 4, 14, 6, 30, 10))
    E = L_ev(ns)
    N = lambda i: L_pod(ns, "seats-nats-%d" % i, "nats", EKS_NODES[i], "seats-nats")
    sh = rs_hash(rng)
    sapi = pod_name(rng, "seatmap-api", sh)
    hold = pod_name(rng, "seat-hold")
    SA = L_pod(ns, sapi, "seatmap-api", EKS_NODES[3], "seatmap-api")
    H = L_pod(ns, hold, "seat-hold", EKS_NODES[1], "seat-hold")
    pid = [rng.randint(1, 9)]

    def nats(t, lvl, msg):
        return "[%d] %04d/%02d/%02d %s.%06d [%s] %s" % (pid[0], t.year, t.month, t.day, hms(t), t.microsecond, lvl, msg)

    def gol(t, lvl, msg, **kw):
        d = {"level": lvl, "ts": iso(t), "msg": msg}
        d.update(kw)
        return js(d)

    w.add(E, kev("Normal", "Killing", "Pod", "seats-nats-2", "Stopping container nats", host=EKS_NODES[2]))
    w.add(N(2), lambda t: nats(t, "INF", "Entering lame duck mode, stop accepting new clients"))
    w.add(SA, lambda t: gol(t, "warn", "nats: disconnected", url="nats://seats-nats-2.seats-nats-headless:4222", err="EOF"))
    w.add(SA, lambda t: gol(t, "info", "nats: reconnected", url="nats://seats-nats-0.seats-nats-headless:4222", attempts=1))
    w.add(N(2), lambda t: nats(t, "INF", "Initiating Shutdown..."))
    w.add(N(2), lambda t: nats(t, "INF", "Server Exiting.."))
    w.add(N(0), lambda t: nats(t, "WRN", "JetStream cluster consumer '$G > SEAT_EVENTS > seatmap-api' has NO quorum, stalled"))
    w.add(N(0), lambda t: nats(t, "INF", "JetStream cluster new consumer leader for '$G > SEAT_EVENTS > seatmap-api'"))
    w.add(H, lambda t: 'level=warn ts=%s caller=events/pub.go:58 msg="publish failed, retrying" subject=seat.hold.created err="nats: timeout" attempt=1' % iso(t))
    w.add(H, lambda t: 'level=info ts=%s caller=events/pub.go:71 msg="publish ok" subject=seat.hold.created attempt=2 latency_ms=212' % iso(t))
    w.add(E, kev("Normal", "Started", "Pod", "seats-nats-2", "Started container nats", host=EKS_NODES[2]), gap=(5, 10))
    pid[0] += 0
    w.add(N(2), lambda t: nats(t, "INF", "Starting nats-server"))
    w.add(N(2), lambda t: nats(t, "INF", "  Version:  2.10.14"))
    w.add(E, kev("Warning", "Unhealthy", "Pod", "seats-nats-2", "Startup probe failed: HTTP probe failed with statuscode: 503", host=EKS_NODES[2]))
    w.add(N(2), lambda t: nats(t, "INF", "JetStream cluster new stream leader for '$G > SEAT_EVENTS'"))
    w.add(N(2), lambda t: nats(t, "INF", "Server is ready"))
    w.add(E, kev("Normal", "Killing", "Pod", "seats-nats-1", "Stopping container nats", host=EKS_NODES[1]), gap=(20, 30))
    w.add(N(1), lambda t: nats(t, "INF", "Entering lame duck mode, stop accepting new clients"))
    w.add(H, lambda t: 'level=warn ts=%s caller=events/conn.go:33 msg="nats disconnected" url=nats://seats-nats-1.seats-nats-headless:4222 err="EOF"' % iso(t))
    w.add(H, lambda t: 'level=info ts=%s caller=events/conn.go:41 msg="nats reconnected" url=nats://seats-nats-2.seats-nats-headless:4222' % iso(t))
    w.add(N(1), lambda t: nats(t, "INF", "Server Exiting.."))
    w.add(SA, lambda t: gol(t, "info", "availability served", performance="carmen-2026-05-02", seats_free=612, source="primary"))
    w.add(H, lambda t: 'level=info ts=%s caller=hold/handler.go:88 msg="hold created" seat=STALLS-D-3 performance=carmen-2026-05-02 ttl=600s' % iso(t))
    return record(
        "theatre",
        "NATS in the seats namespace printed 'NO quorum, stalled' and clients logged disconnects this morning. Do we have a messaging problem?",
        sel(ns), w, "INFO", "none", None,
        "No fault: a rolling upgrade of the seats-nats StatefulSet. Each server enters lame-duck mode and exits "
        "gracefully, clients reconnect to the remaining servers, the consumer briefly had no leader until a new "
        "one was elected, and one publish was retried successfully.",
        "Planned NATS rolling restart; JetStream leaders moved, seatmap-api and seat-hold reconnected within a "
        "second and holds continue to be created.",
        "Nothing to do; let the rollout finish on seats-nats-0.",
        [])


@scenario
def theatre_lx_nightly_restart_healthy(rng):
    w = Window(rng, dt(2026, 3, 10, 4, 0, 0))
    hosts = ["lx-ctl-01", "lx-ctl-02", "lx-ctl-03"]
    pids = {h: rng.randint(2000, 9000) for h in hosts}

    def add(host, app, sev, pid, msg, **kw):
        return w.add(L_syslog(host, app, sev, facility="kern" if app == "kernel" else "daemon"),
                     lambda t: "%s %s %s%s: %s" % (syslog_time(t), host, app, "" if pid is None else "[%d]" % pid, msg), **kw)

    add(hosts[0], "systemd", "info", 1, "Starting lightd-nightly-restart.service - Nightly lightd restart...")
    for h in hosts:
        add(h, "lightd", "warning", pids[h], "SIGTERM received: saving cue state to /var/lib/lightd/state.json, closing sACN sockets")
        add(h, "systemd", "info", 1, "lightd.service: Deactivated successfully.")
        pids[h] += rng.randint(5, 50)
        add(h, "systemd", "info", 1, "Started lightd.service - Stage lighting output daemon.")
        add(h, "lightd", "warning", pids[h], "config: key 'dmx.refresh_hz' is deprecated, use 'output.refresh_hz' (value 44 applied)")
        add(h, "lightd", "info", pids[h], "sacn: sending universes %s at 44 Hz, state restored (last cue Q0 house lights)" % {"lx-ctl-01": "1-8", "lx-ctl-02": "1-8 (backup)", "lx-ctl-03": "9-12"}[h])
    add(hosts[1], "kernel", "warning", None, "[812244.019331] e1000e 0000:00:1f.6 eno1: NIC Link is Down")
    add(hosts[1], "kernel", "info", None, "[812247.702118] e1000e 0000:00:1f.6 eno1: NIC Link is Up 1000 Mbps Full Duplex, Flow Control: Rx/Tx", gap=(3.6, 3.75))
    add(hosts[1], "lightd", "warning", pids[hosts[1]], "sacn: send failed on eno1 (Network is unreachable) for 3.6s; resumed")
    add(hosts[2], "smartd", "info", rng.randint(600, 900), "Device: /dev/sda [SAT], SMART Usage Attribute: 194 Temperature_Celsius changed from 41 to 39")
    add(hosts[0], "systemd", "info", 1, "lightd-nightly-restart.service: Deactivated successfully.")
    add(hosts[0], "CRON", "info", rng.randint(30000, 40000), "(root) CMD (/usr/local/bin/lx-backup-patch --quiet)")
    return record(
        "theatre",
        "The lighting controllers logged SIGTERMs, a link-down and sACN send failures at 04:00. Is the rig ready for tonight?",
        None, w, "INFO", "none", None,
        "No fault: the scheduled nightly restart of lightd on all three controllers, a deprecation warning for an "
        "old config key, and a short link flap on lx-ctl-02 during the 04:00 switch maintenance after which sACN "
        "output resumed.",
        "All lightd instances stopped gracefully, restarted, restored their cue state and are sending their "
        "universes; the link flap lasted under four seconds outside any performance.",
        "Nothing to do. Optionally rename dmx.refresh_hz to output.refresh_hz in the controller configs.",
        [])


# ============================================================================
# SEED BANK / PLANT-GENETICS LAB
# ============================================================================

GKE_NODES = ["gke-seedbank-pool-1-3f2a9c1d-x7kq", "gke-seedbank-pool-1-3f2a9c1d-m2vd",
             "gke-seedbank-pool-1-3f2a9c1d-9wzt", "gke-seedbank-highmem-8b1e44f0-qq4c"]


@scenario
def seed_airflow_qc_batch_partial_item_errors_healthy(rng):
    ns = "seed-seq"
    w = Window(rng, dt(2026, 5, 12, 1, 12, 0))
    SCH = L_pod(ns, pod_name(rng, "airflow-scheduler"), "scheduler", GKE_NODES[0], "airflow-scheduler")
    WK = L_pod(ns, "airflow-worker-1", "worker", GKE_NODES[1], "airflow-worker")
    run_id = "scheduled__2026-05-11T01:00:00+00:00"

    def af(t, lvl, src, msg):
        return "[%s] {%s} %s - %s" % (ymd_hms(t, frac=","), src, lvl, msg)

    w.add(WK, lambda t: af(t, "INFO", "taskinstance.py:2731", "Executing <Task(PythonOperator): per_sample_qc> on 2026-05-11 01:00:00+00:00"))
    for s_ in ["SB-2026-00412", "SB-2026-00419", "SB-2026-00433"]:
        w.add(WK, lambda t, s_=s_: af(t, "ERROR", "qc.py:88", "sample %s failed QC: Q30=%.1f%% (< 75%%), flagged for re-sequencing" % (s_, rng.uniform(55, 72))))
    w.add(WK, lambda t: af(t, "INFO", "qc.py:97", "QC finished: 93 passed, 3 flagged, 0 errors; report written to gs://seedbank-seq/qc/2026-05-11/summary.parquet"))
    w.add(WK, lambda t: af(t, "WARNING", "logging_mixin.py:188", "/opt/airflow/dags/seq_batch_qc.py:14 DeprecationWarning: The `airflow.operators.python_operator.PythonOperator` class is deprecated. Please use `'airflow.operators.python.PythonOperator'`."))
    w.add(WK, lambda t: af(t, "INFO", "taskinstance.py:1206", "Marking task as SUCCESS. dag_id=seq_batch_qc, task_id=per_sample_qc, run_id=%s, execution_date=20260511T010000, start_date=20260512T011201, end_date=%s" % (run_id, "%04d%02d%02dT%02d%02d%02d" % (t.year, t.month, t.day, t.hour, t.minute, t.second))))
    w.add(WK, lambda t: af(t, "INFO", "taskinstance.py:2731", "Executing <Task(KubernetesPodOperator): variant_summary> on 2026-05-11 01:00:00+00:00"))
    w.add(WK, lambda t: af(t, "ERROR", "pod_manager.py:449", "Pod variant-summary-%s returned a failure: container 'base' exited with code 137 (pod was evicted for node scale-down)" % k8s_id(rng, 8)))
    w.add(WK, lambda t: af(t, "WARNING", "taskinstance.py:2295", "Task failed with exception; marking task as UP_FOR_RETRY. dag_id=seq_batch_qc, task_id=variant_summary, run_id=%s (try 1 of 3)" % run_id))
    w.add(SCH, lambda t: af(t, "INFO", "scheduler_job_runner.py:696", "Received executor event with state queued for task instance TaskInstanceKey(dag_id='seq_batch_qc', task_id='variant_summary', run_id='%s', try_number=2, map_index=-1)" % run_id), gap=(60, 120))
    w.add(WK, lambda t: af(t, "INFO", "pod_manager.py:395", "Pod variant-summary-%s has phase Succeeded" % k8s_id(rng, 8)), gap=(90, 200))
    w.add(WK, lambda t: af(t, "INFO", "taskinstance.py:1206", "Marking task as SUCCESS. dag_id=seq_batch_qc, task_id=variant_summary, run_id=%s" % run_id))
    w.add(SCH, lambda t: af(t, "WARNING", "dagbag.py:540", "DAG seq_legacy_export: RemovedInAirflow3Warning: Param `schedule_interval` is deprecated and will be removed in a future release. Please use `schedule` instead."))
    w.add(SCH, lambda t: af(t, "INFO", "dagrun.py:823", "Marking run <DagRun seq_batch_qc @ 2026-05-11 01:00:00+00:00: %s, state:running, queued_at: 2026-05-12 01:00:00.412+00:00. externally triggered: False> successful" % run_id))
    w.add(SCH, lambda t: af(t, "INFO", "dagrun.py:874", "DagRun Finished: dag_id=seq_batch_qc, execution_date=2026-05-11 01:00:00+00:00, run_id=%s, run_start_date=2026-05-12 01:00:01.122+00:00, run_end_date=%s+00:00, run_duration=%d.4, state=success" % (run_id, ymd_hms(t, frac="."), int((t - dt(2026, 5, 12, 1, 0, 1)).total_seconds()))))
    return record(
        "seedbank",
        "The nightly sequencing QC DAG logged ERRORs for several samples and a failed pod. Did last night's batch fail?",
        sel(ns), w, "INFO", "none", None,
        "No fault: the per-sample ERROR lines are samples that failed the Q30 quality threshold and were flagged "
        "for re-sequencing as designed, and the variant_summary pod evicted by a node scale-down succeeded on its "
        "automatic retry.",
        "seq_batch_qc completed with state=success: 93 of 96 samples passed QC, 3 were flagged, and the one "
        "infrastructure failure was retried successfully.",
        "Nothing to do for operations; the lab should schedule re-sequencing of the three flagged samples. "
        "Optionally update the deprecated operator import.",
        [])


@scenario
def seed_herbarium_minio_heal_healthy(rng):
    ns = "seed-herbarium"
    w = Window(rng, dt(2026, 5, 5, 10, 20, 30))
    ah = rs_hash(rng)
    api = [pod_name(rng, "herbarium-api", ah) for _ in range(2)]
    th = pod_name(rng, "herbarium-thumbnailer")
    A = lambda i: L_pod(ns, api[i], "herbarium-api", GKE_NODES[i], "herbarium-api")
    T = L_pod(ns, th, "thumbnailer", GKE_NODES[2], "herbarium-thumbnailer")
    M = lambda i: L_pod(ns, "herbarium-minio-%d" % i, "minio", GKE_NODES[i], "herbarium-minio")

    def uv(t, lvl, logger, msg):
        return "%s %s %s %s" % (ymd_hms(t, frac=","), lvl, logger, msg)

    w.add(M(2), lambda t: "Healing drive '/export/data3' complete (healed: 18422, skipped: 0, failed: 0)")
    w.add(M(2), lambda t: "Healing of drive '/export/data3' on pool 1, set 1 (local) completed; drive is now online")
    for k in range(3):
        sheet = "E%08d" % rng.randint(10 ** 6, 10 ** 7)
        w.add(A(k % 2), lambda t, s_=sheet: uv(t, "ERROR", "botocore.hooks", "handled ClientError on HeadObject herbarium-thumbs/%s_w512.webp: An error occurred (404) when calling the HeadObject operation: Not Found -> thumbnail will be generated" % s_))
        w.add(T, lambda t, s_=sheet: uv(t, "INFO", "thumbnailer.worker", "generated herbarium-thumbs/%s_w512.webp (%d bytes)" % (s_, rng.randint(30000, 90000))))
    w.add(T, lambda t: uv(t, "WARNING", "py.warnings", "/usr/local/lib/python3.12/site-packages/PIL/Image.py:3218: DecompressionBombWarning: Image size (201326592 pixels) exceeds limit of 178956970 pixels, could be decompression bomb DOS attack."))
    w.add(T, lambda t: uv(t, "INFO", "thumbnailer.worker", "generated herbarium-thumbs/E00291744_w512.webp from 16384x12288 TIFF scan (allow_large=true for herbarium scans)"))
    w.add(A(0), lambda t: 'INFO:     10.48.2.1:0 - "GET /v1/specimens/E00291744/image?size=512 HTTP/1.1" 200 OK')
    w.add(M(0), lambda t: "Scanner: cycle 4412 completed in 3m12s, objects scanned=1204883, heal queued=0")
    w.add(A(1), lambda t: 'INFO:     10.48.1.1:0 - "GET /v1/specimens/E00814402 HTTP/1.1" 200 OK')
    w.add(A(1), lambda t: 'INFO:     10.48.1.1:0 - "GET /v1/specimens/E99999999 HTTP/1.1" 404 Not Found')
    w.add(M(1), lambda t: "ILM: expired 212 objects in bucket herbarium-uploads-tmp (rule: delete-after-7d)")
    w.add(A(0), lambda t: 'INFO:     10.48.2.1:0 - "POST /v1/specimens/E01022871/image HTTP/1.1" 201 Created')
    return record(
        "seedbank",
        "herbarium-api logs ERROR on HeadObject 404s and MinIO was healing a drive this morning. Is the herbarium image archive healthy?",
        sel(ns), w, "INFO", "none", None,
        "No fault: the HeadObject 404s are cache misses for thumbnails that are then generated (botocore logs the "
        "handled ClientError at ERROR), the drive heal after the planned disk replacement finished with 0 failures, "
        "and the other warnings are a PIL size warning for large scans and routine lifecycle expiry.",
        "MinIO finished healing the replaced drive cleanly, images and thumbnails are served with 200/201 and the "
        "only 404 is a lookup of a non-existent specimen.",
        "Nothing to do. Optionally lower botocore's log level for HeadObject misses.",
        [])


@scenario
def seed_inventory_cnpg_switchover_healthy(rng):
    ns = "seed-inventory"
    w = Window(rng, dt(2026, 5, 9, 2, 0, 4))
    ih = rs_hash(rng)
    api = [pod_name(rng, "inventory-api", ih) for _ in range(2)]
    A = lambda i: L_pod(ns, api[i], "inventory-api", GKE_NODES[i], "inventory-api")
    P = lambda i: L_pod(ns, "inventory-pg-%d" % i, "postgres", GKE_NODES[i - 1], "inventory-pg")
    E = L_ev(ns)

    def cnpg(t, i, msg, sev="LOG", extra=None):
        rec = {"log_time": ymd_hms(t, frac=".") + " UTC", "error_severity": sev, "message": msg}
        if extra:
            rec.update(extra)
        return js({"level": "info", "ts": iso_us(t), "logger": "postgres", "msg": "record",
                   "logging_pod": "inventory-pg-%d" % i, "record": rec})

    def sb(t, i, lvl, logger, msg, thread=None):
        return spring_line(t, rng, "inventory-api", lvl, logger, msg, thread)

    w.add(E, kev("Normal", "SwitchoverRequested", "Cluster", "inventory-pg", "Switchover to inventory-pg-2 requested (maintenance window MW-2026-19)", comp="cloudnative-pg"))
    w.add(P(1), lambda t: cnpg(t, 1, "received fast shutdown request"))
    w.add(P(1), lambda t: cnpg(t, 1, "terminating connection due to administrator command", "FATAL", {"sql_state_code": "57P01", "user_name": "inventory"}))
    w.add(A(0), lambda t: sb(t, 0, "WARN", "com.zaxxer.hikari.pool.PoolBase", "HikariPool-1 - Failed to validate connection org.postgresql.jdbc.PgConnection@%s (This connection has been closed.). Possibly consider using a shorter maxLifetime value." % hexs(rng, 8)))
    w.add(A(1), lambda t: sb(t, 1, "ERROR", "o.h.engine.jdbc.spi.SqlExceptionHelper", "FATAL: terminating connection due to administrator command"))
    w.add(P(1), lambda t: cnpg(t, 1, "database system is shut down"))
    w.add(P(2), lambda t: cnpg(t, 2, "received promote request"))
    w.add(P(2), lambda t: cnpg(t, 2, "selected new timeline ID: 9"))
    w.add(P(2), lambda t: cnpg(t, 2, "database system is ready to accept connections"))
    w.add(A(1), lambda t: sb(t, 1, "INFO", "c.s.inventory.retry.TxRetryAspect", "retrying transaction registerAccession (attempt 2/3) after SQLSTATE 57P01"))
    w.add(A(1), lambda t: sb(t, 1, "INFO", "c.s.inventory.accession.AccessionService", "accession SB-ACC-%d registered (genus=Triticum, lot=%d, vials=12)" % (rng.randint(100000, 999999), rng.randint(1000, 9999))))
    w.add(E, kev("Normal", "SwitchoverCompleted", "Cluster", "inventory-pg", "Current primary is inventory-pg-2", comp="cloudnative-pg"))
    w.add(P(1), lambda t: cnpg(t, 1, "entering standby mode"))
    w.add(P(1), lambda t: cnpg(t, 1, "started streaming WAL from primary at 3/5E000000 on timeline 9"))
    w.add(A(0), lambda t: sb(t, 0, "INFO", "c.s.inventory.vault.VaultController", "GET /api/vaults/cold-2/racks 200 (34 ms)"))
    return record(
        "seedbank",
        "inventory-api logged FATAL SQL errors and broken pool connections at 02:00 during the maintenance window. Did any inventory writes fail?",
        sel(ns), w, "INFO", "none", None,
        "No fault: a planned CloudNativePG switchover from inventory-pg-1 to inventory-pg-2. The old primary "
        "terminated sessions (57P01), Hikari discarded the closed connections and the one interrupted transaction "
        "was retried and committed on the new primary.",
        "Switchover completed in a few seconds; the former primary rejoined as a streaming standby and "
        "inventory-api reads and writes succeed.",
        "Nothing to do.",
        [])


@scenario
def seed_coldroom_compose_redeploy_healthy(rng):
    host, proj = "coldroom-edge-01", "coldroom"
    w = Window(rng, dt(2026, 5, 18, 9, 5, 0))
    MQ = L_compose(host, proj, "mosquitto")
    COL = L_compose(host, proj, "collector")
    TG = L_compose(host, proj, "telegraf")
    TS = L_compose(host, proj, "timescaledb")

    def col(t, lvl, msg):
        return "%s %-7s collector %s" % (ymd_hms(t, frac="."), lvl, msg)

    def mq(t, msg):
        return "%d: %s" % (int(t.timestamp()), msg)

    def tg(t, lvl, msg):
        return "%s %s! %s" % (iso(t)[:19] + "Z", lvl, msg)

    w.add(COL, lambda t: col(t, "INFO", "Received SIGTERM (docker compose up -d: config changed), flushing 118 buffered readings"))
    w.add(COL, lambda t: col(t, "INFO", "flush ok: 118 readings written to timescaledb; exiting 0"))
    w.add(MQ, lambda t: mq(t, "Client coldroom-collector closed its connection."))
    w.add(COL, lambda t: col(t, "INFO", "starting coldroom-collector 1.9.4 (config sha 3e91c0a)"), gap=(2, 4))
    w.add(COL, lambda t: col(t, "WARNING", "config: 'alarm.hysteresis' not set, using default 0.5 C"))
    w.add(MQ, lambda t: mq(t, "New client connected from 172.20.0.5:40318 as coldroom-collector (p2, c0, k60)."))
    w.add(TG, lambda t: tg(t, "W", "[outputs.postgresql] Metric buffer overflow; 0 metrics have been dropped (buffer 412/10000)"))
    w.add(TG, lambda t: tg(t, "W", "[agent] [\"outputs.postgresql\"] did not complete within its flush interval"))
    w.add(TG, lambda t: tg(t, "I", "[outputs.postgresql] Wrote batch of 412 metrics in 1.21s"))
    w.add(COL, lambda t: col(t, "WARNING", "sensor CR-3-T2 reading -81.4 C out of plausible range; discarded (maintenance flag set: probe recalibration, ticket FAC-2291)"))
    w.add(COL, lambda t: col(t, "INFO", "rooms: CR-1 -20.1C 31%RH | CR-2 -19.8C 29%RH | CR-3 -20.3C 30%RH | CR-4 4.2C 38%RH"))
    w.add(TS, lambda t: "%s UTC [88] LOG:  checkpoint complete: wrote 1874 buffers (11.4%%); 0 WAL file(s) added, 0 removed, 2 recycled; write=187.402 s, sync=0.011 s, total=187.431 s" % ymd_hms(t, frac="."))
    w.add(COL, lambda t: col(t, "ERROR", "mqtt: publish to coldroom/alerts/test failed (rc=4 not authorized) -- expected: test topic is read-only, skipping self-test publish"))
    w.add(TS, lambda t: "%s UTC [412] FATAL:  password authentication failed for user \"grafana_ro\"" % ymd_hms(t, frac="."))
    w.add(TS, lambda t: "%s UTC [413] LOG:  connection authorized: user=grafana_ro database=coldroom application_name=grafana" % ymd_hms(t, frac="."))
    w.add(COL, lambda t: col(t, "INFO", "alarms: 0 active; next heartbeat to alert-gateway in 60s"), gap=(5, 10))
    w.add(COL, lambda t: col(t, "INFO", "rooms: CR-1 -20.0C 31%RH | CR-2 -19.9C 29%RH | CR-3 -20.2C 30%RH | CR-4 4.1C 38%RH"), gap=(20, 40))
    return record(
        "seedbank",
        "After the cold-room config change this morning the edge box logged errors from the collector, telegraf and the database. Is cold-room monitoring still working?",
        None, w, "INFO", "none", None,
        "No fault: the collector was recreated by docker compose after a config change and flushed its buffer "
        "before exiting; telegraf's flush warning cleared on the next write, the out-of-range reading comes from a "
        "probe under scheduled recalibration, the MQTT error is an expected self-test skip and the failed Grafana "
        "login was followed by a successful retry.",
        "All cold rooms report in range, no alarm is active and readings are being written to TimescaleDB.",
        "Nothing to do. Optionally set alarm.hysteresis explicitly and clear the maintenance flag when FAC-2291 is "
        "closed.",
        [])


@scenario
def seed_coldroom_alerter_keyerror_crashloop(rng):
    ns = "seed-coldroom"
    w = Window(rng, dt(2026, 5, 20, 3, 14, 40))
    al = pod_name(rng, "coldroom-alerter")
    ih = rs_hash(rng)
    ing = [pod_name(rng, "telemetry-ingest", ih) for _ in range(2)]
    wd = pod_name(rng, "alert-watchdog")
    E = L_ev(ns)
    AL = L_pod(ns, al, "alerter", GKE_NODES[2], "coldroom-alerter")
    IN = lambda i: L_pod(ns, ing[i], "telemetry-ingest", GKE_NODES[i], "telemetry-ingest")
    NATS = L_pod(ns, "coldroom-nats-0", "nats", GKE_NODES[1], "coldroom-nats")
    WD = L_pod(ns, wd, "watchdog", GKE_NODES[0], "alert-watchdog")
    temp = [-18.0]

    tb = ("ERROR alerter.consumer: unhandled exception in on_message, exiting | Traceback (most recent call last): "
          "File \"/app/alerter/consumer.py\", line 142, in on_message: reading = Reading.from_payload(msg.data) | "
          "File \"/app/alerter/schema.py\", line 57, in from_payload: rh=payload[\"humidity_rh\"], | KeyError: 'humidity_rh'")

    def ingl(t, i, lvl, msg, extra=""):
        return 'ts=%s level=%s caller=ingest/room.go:88 msg=%s%s' % (iso(t), lvl, q(msg), extra)

    def room(t, i):
        temp[0] += rng.uniform(0.4, 0.6)
        return ingl(t, i, "info", "reading", " room=CR-2 sensor=CR-2-T1 temp_c=%.1f rh=%d fw=4.2.0" % (temp[0], rng.randint(29, 33)))

    w.add(AL, lambda t: "INFO alerter.main: coldroom-alerter 2.4.1 starting; subscribing to coldroom.readings.> (durable=alerter)")
    w.add(AL, lambda t: "INFO alerter.consumer: replaying 1,412 pending messages")
    w.add(AL, lambda t: tb, mark="cause")
    w.add(E, kev("Warning", "BackOff", "Pod", al, "Back-off restarting failed container alerter in pod %s_seed-coldroom(%s)" % (al, uuid4(rng)), host=GKE_NODES[2], count=9), mark="cause")
    w.add(IN(0), lambda t: room(t, 0), mark="sym")
    w.add(NATS, lambda t: "[7] %04d/%02d/%02d %s.%06d [WRN] JetStream consumer 'COLDROOM > alerter' has %d pending messages, no active subscription" % (t.year, t.month, t.day, hms(t), t.microsecond, rng.randint(1500, 1700)))
    w.add(IN(1), lambda t: ingl(t, 1, "warn", "firmware 4.2.0 payload schema v3 detected", " room=CR-2 fields=temp_c,rh,door"))
    for k in range(3):
        w.add(IN(k % 2), lambda t, k=k: room(t, k % 2), gap=(5, 15))
    w.add(WD, lambda t: js({"level": "error", "ts": iso(t), "msg": "dead-man switch: no heartbeat from coldroom-alerter", "silence_s": 1260, "paging": "seedbank-facilities"}), mark="sym")
    w.add(AL, lambda t: "INFO alerter.main: coldroom-alerter 2.4.1 starting; subscribing to coldroom.readings.> (durable=alerter)", gap=(30, 60))
    w.add(AL, lambda t: "INFO alerter.consumer: replaying 1,688 pending messages")
    w.add(AL, lambda t: tb, mark="cause")
    for k in range(4):
        w.add(IN(k % 2), lambda t, k=k: room(t, k % 2))
    w.add(IN(0), lambda t: ingl(t, 0, "warn", "threshold exceeded, alert published", " room=CR-2 temp_c=%.1f setpoint=-20.0 limit=-15.0 subject=coldroom.alerts.CR-2 subscribers=0" % temp[0]), mark="sym")
    w.add(NATS, lambda t: "[7] %04d/%02d/%02d %s.%06d [WRN] JetStream consumer 'COLDROOM > alerter' has %d pending messages, no active subscription" % (t.year, t.month, t.day, hms(t), t.microsecond, rng.randint(1800, 2100)))
    w.add(E, kev("Warning", "BackOff", "Pod", al, "Back-off restarting failed container alerter in pod %s_seed-coldroom(%s)" % (al, uuid4(rng)), host=GKE_NODES[2], count=11))
    w.add(WD, lambda t: js({"level": "error", "ts": iso(t), "msg": "dead-man switch: no heartbeat from coldroom-alerter", "silence_s": 1380, "paging": "seedbank-facilities", "page_status": "sent"}))
    for k in range(2):
        w.add(IN(k), lambda t, k=k: room(t, k))
    return record(
        "seedbank",
        "Cold room CR-2 is warming up overnight but nobody was alerted until the watchdog fired. What is broken in the alerting path?",
        sel(ns), w, "CRITICAL", "application_error", "coldroom-alerter",
        "coldroom-alerter crashes with an unhandled KeyError: 'humidity_rh' when parsing readings: sensors on "
        "firmware 4.2.0 send schema v3 with the field renamed to 'rh', and Reading.from_payload does not handle "
        "it.",
        "The alerter crash-loops on the first v3 message while replaying its backlog, so threshold alerts for "
        "CR-2 (now above the -15 C limit) have no subscriber and no one is paged except by the dead-man watchdog. "
        "Seed collections in CR-2 are at risk.",
        "Act now: have facilities check CR-2 physically; hot-fix coldroom-alerter to accept both 'humidity_rh' "
        "and 'rh' (or pin sensors back to firmware 4.1) and redeploy; make parsing errors skip-and-log instead of "
        "exiting, and confirm the pending alerts are delivered.",
        w.marks["cause"][:2] + w.marks["sym"])


@scenario
def seed_thumbnailer_rollout_manifest_unknown(rng):
    ns = "seed-herbarium"
    w = Window(rng, dt(2026, 5, 13, 14, 22, 9))
    oh, nh = rs_hash(rng), rs_hash(rng)
    old = [pod_name(rng, "herbarium-thumbnailer", oh) for _ in range(2)]
    new = pod_name(rng, "herbarium-thumbnailer", nh)
    E = L_ev(ns)
    O = lambda i: L_pod(ns, old[i], "thumbnailer", GKE_NODES[i], "herbarium-thumbnailer")
    A = L_pod(ns, pod_name(rng, "herbarium-api"), "herbarium-api", GKE_NODES[2], "herbarium-api")
    img = "europe-west4-docker.pkg.dev/seedbank-prod/herbarium/thumbnailer:2.3.0"

    def th(t, lvl, msg):
        return "%s %s thumbnailer.worker %s" % (ymd_hms(t), lvl, msg)

    w.add(E, kev("Normal", "ScalingReplicaSet", "Deployment", "herbarium-thumbnailer", "Scaled up replica set herbarium-thumbnailer-%s to 1" % nh, comp="deployment-controller"))
    w.add(E, kev("Normal", "Scheduled", "Pod", new, "Successfully assigned seed-herbarium/%s to %s" % (new, GKE_NODES[2]), comp="default-scheduler"))
    w.add(E, kev("Normal", "Pulling", "Pod", new, "Pulling image \"%s\"" % img, host=GKE_NODES[2]))
    w.add(E, kev("Warning", "Failed", "Pod", new, "Failed to pull image \"%s\": rpc error: code = NotFound desc = failed to pull and unpack image \"%s\": failed to resolve reference \"%s\": %s: not found" % (img, img, img, img), host=GKE_NODES[2]), mark="cause")
    w.add(E, kev("Warning", "Failed", "Pod", new, "Error: ErrImagePull", host=GKE_NODES[2]))
    w.add(O(0), lambda t: th(t, "INFO", "generated herbarium-thumbs/E0%07d_w512.webp (%d bytes)" % (rng.randint(10 ** 6, 9 * 10 ** 6), rng.randint(30000, 90000))))
    w.add(E, kev("Normal", "BackOff", "Pod", new, "Back-off pulling image \"%s\"" % img, host=GKE_NODES[2]))
    w.add(E, kev("Warning", "Failed", "Pod", new, "Error: ImagePullBackOff", host=GKE_NODES[2]), mark="cause")
    for k in range(4):
        w.add(O(k % 2), lambda t: th(t, "INFO", "generated herbarium-thumbs/E0%07d_w512.webp (%d bytes)" % (rng.randint(10 ** 6, 9 * 10 ** 6), rng.randint(30000, 90000))), gap=(2, 8))
    w.add(A, lambda t: "%s WARNING herbarium_api.thumbs queue depth 148 (p95 wait 41s); 2 workers active" % ymd_hms(t), mark="sym")
    w.add(E, kev("Normal", "BackOff", "Pod", new, "Back-off pulling image \"%s\"" % img, host=GKE_NODES[2], count=6), gap=(60, 120))
    w.add(E, kev("Warning", "Failed", "Pod", new, "Error: ImagePullBackOff", host=GKE_NODES[2], count=6))
    w.add(O(1), lambda t: th(t, "INFO", "generated herbarium-thumbs/E0%07d_w512.webp (%d bytes)" % (rng.randint(10 ** 6, 9 * 10 ** 6), rng.randint(30000, 90000))))
    w.add(A, lambda t: 'INFO:     10.48.1.1:0 - "GET /v1/specimens/E01928811/image?size=512 HTTP/1.1" 200 OK')
    return record(
        "seedbank",
        "The herbarium-thumbnailer rollout we just started is not progressing. Is thumbnail generation affected?",
        sel(ns), w, "WARN", "image_pull", "herbarium-thumbnailer",
        "The new herbarium-thumbnailer ReplicaSet references thumbnailer:2.3.0, which does not exist in the "
        "Artifact Registry repository (NotFound), so its pod is stuck in ImagePullBackOff.",
        "The rollout is stalled on its first new pod; the two old replicas keep generating thumbnails, so the "
        "service works, with a somewhat longer queue. It will hit the progress deadline if nothing changes.",
        "Push the 2.3.0 image (or correct the tag in the manifest) and let the rollout continue, or roll back "
        "the Deployment; add an image-existence check to the release pipeline.",
        w.marks["cause"] + w.marks["sym"])


@scenario
def seed_align_pods_quota_exceeded(rng):
    w = Window(rng, dt(2026, 5, 14, 2, 5, 30))
    WK = L_pod("airflow", "airflow-worker-0", "worker", GKE_NODES[1], "airflow-worker")
    SCH = L_pod("airflow", pod_name(rng, "airflow-scheduler"), "scheduler", GKE_NODES[0], "airflow-scheduler")
    LIMS = L_pod("seed-seq", pod_name(rng, "seq-lims"), "seq-lims", GKE_NODES[2], "seq-lims")
    E = L_ev("seed-seq")
    run_id = "scheduled__2026-05-13T02:00:00+00:00"
    stale = ["seq-align-r20260509-s%02d-%s" % (i, k8s_id(rng, 8)) for i in (3, 7)]

    def af(t, lvl, src, msg):
        return "[%s] {%s} %s - %s" % (ymd_hms(t), src, lvl, msg)

    def quota(t, sample):
        return af(t, "ERROR", "taskinstance.py:2698", "Task failed with exception: kubernetes.client.exceptions.ApiException: (403) Reason: Forbidden HTTP response body: {\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"message\":\"pods \\\"seq-align-%s-%s\\\" is forbidden: exceeded quota: seq-compute, requested: requests.memory=64Gi, used: requests.memory=160Gi, limited: requests.memory=192Gi\",\"reason\":\"Forbidden\",\"code\":403}" % (sample, k8s_id(rng, 8)))

    w.add(WK, lambda t: af(t, "INFO", "taskinstance.py:2731", "Executing <Task(KubernetesPodOperator): align_bwa.align[0]> on 2026-05-13 02:00:00+00:00"))
    w.add(WK, lambda t: af(t, "INFO", "pod.py:1040", "Creating pod seq-align-s01 in namespace seed-seq with resources requests={'cpu': '16', 'memory': '64Gi'}"))
    w.add(WK, lambda t: quota(t, "s01"), mark="cause")
    w.add(WK, lambda t: af(t, "INFO", "taskinstance.py:1206", "Marking task as UP_FOR_RETRY. dag_id=seq_run_pipeline, task_id=align_bwa.align, map_index=0, run_id=%s" % run_id))
    for s_ in ["s02", "s03", "s04"]:
        w.add(WK, lambda t, s_=s_: quota(t, s_))
    w.add(E, kev("Warning", "BackOff", "Pod", stale[0], "Back-off restarting failed container base in pod %s_seed-seq(%s)" % (stale[0], uuid4(rng)), host=GKE_NODES[3], count=1311), mark="cause")
    w.add(E, kev("Warning", "BackOff", "Pod", stale[1], "Back-off restarting failed container base in pod %s_seed-seq(%s)" % (stale[1], uuid4(rng)), host=GKE_NODES[3], count=1307))
    w.add(LIMS, lambda t: "%s WARNING seq_lims.runs run R-2026-0513 sample_set=96: alignment not started after 45 min (expected < 10 min)" % ymd_hms(t), mark="sym")
    w.add(SCH, lambda t: af(t, "WARNING", "scheduler_job_runner.py:1622", "Task align_bwa.align[0] of seq_run_pipeline is in up_for_retry (try 3 of 3)"))
    for s_ in ["s05", "s06", "s01"]:
        w.add(WK, lambda t, s_=s_: quota(t, s_))
    w.add(WK, lambda t: af(t, "ERROR", "taskinstance.py:1213", "Marking task as FAILED. dag_id=seq_run_pipeline, task_id=align_bwa.align, map_index=0, run_id=%s" % run_id), mark="sym")
    w.add(SCH, lambda t: af(t, "INFO", "dagrun.py:817", "Marking run <DagRun seq_run_pipeline @ 2026-05-13 02:00:00+00:00: %s, state:running> failed" % run_id), mark="sym")
    w.add(LIMS, lambda t: "%s ERROR seq_lims.runs run R-2026-0513 pipeline failed at align_bwa; 96 samples waiting; notifying genomics@seedbank" % ymd_hms(t))
    w.add(LIMS, lambda t: "%s ERROR seq_lims.api GET /runs/R-2026-0513/variants -> 404 (no results yet)" % ymd_hms(t))
    w.add(WK, lambda t: af(t, "INFO", "taskinstance.py:2731", "Executing <Task(PythonOperator): notify_lims> on 2026-05-13 02:00:00+00:00"))
    return record(
        "seedbank",
        "Last night's sequencing run never got past alignment and the Airflow worker is full of 403 Forbidden errors. Is it a permissions problem?",
        None, w, "ERROR", "scheduling", "seq-align",
        "The seq-align pods cannot be admitted in seed-seq: the seq-compute ResourceQuota is exhausted (160Gi of "
        "192Gi requested memory already in use, largely by seq-align pods from the 9 May run that were never cleaned up and are still crash-looping), and each "
        "alignment pod requests 64Gi.",
        "Every attempt to create an alignment pod is rejected with 'exceeded quota' (the API reports it as 403 "
        "Forbidden, but it is not an RBAC issue); the align task exhausted its retries, the DAG run failed and "
        "96 samples are waiting in the LIMS.",
        "Free the quota (delete the crash-looping seq-align pods left from the 9 May run and enable pod cleanup in the "
        "KubernetesPodOperator) or raise the seq-compute quota, then clear and re-run align_bwa for R-2026-0513.",
        w.marks["cause"] + w.marks["sym"])


@scenario
def seed_xfer_vm_resolver_servfail(rng):
    w = Window(rng, dt(2026, 5, 16, 6, 0, 3))
    vm, dns = "seq-xfer-01", "dns-int-02"
    SY = lambda lvl="info": L_journal(vm, "seq-sync.service", "seq-sync", lvl)
    RS = lambda lvl="info": L_journal(vm, "systemd-resolved.service", "systemd-resolved", lvl)
    UB = lambda lvl="info": L_journal(dns, "unbound.service", "unbound", lvl)
    upid = rng.randint(700, 990)

    def ub(t, lvl, msg):
        return "[%d:%d] %s: %s" % (upid, rng.randint(0, 3), lvl, msg)

    def sync(t, lvl, msg):
        return "%s %s seq_sync: %s" % (ymd_hms(t), lvl, msg)

    w.add(UB("warning"), lambda t: ub(t, "warning", "unbound-control: forward-zone seqprovider.example changed to 198.51.100.53@53 (from config reload)"))
    w.add(SY(), lambda t: sync(t, "INFO", "run R-2026-0516 ready at provider: 24 files, 412 GiB"))
    w.add(UB("err"), lambda t: ub(t, "error", "SERVFAIL <sftp.seqprovider.example. A IN>: exceeded the maximum number of sends"), mark="cause")
    w.add(RS("warning"), lambda t: "Using degraded feature set UDP instead of UDP+EDNS0 for DNS server 10.10.0.2.")
    w.add(SY("err"), lambda t: sync(t, "ERROR", "sftp connect failed: ssh: Could not resolve hostname sftp.seqprovider.example: Temporary failure in name resolution (attempt 1/5, retry in 30s)"), mark="sym")
    w.add(UB("info"), lambda t: ub(t, "info", "resolving sftp.seqprovider.example. A IN"), gap=(25, 35))
    w.add(SY(), lambda t: sync(t, "INFO", "sftp connected to sftp.seqprovider.example (attempt 2/5)"))
    w.add(SY(), lambda t: sync(t, "INFO", "transfer started R-2026-0516_L001_R1.fastq.gz (17.2 GiB)"))
    w.add(UB("err"), lambda t: ub(t, "error", "SERVFAIL <sftp.seqprovider.example. AAAA IN>: exceeded the maximum number of sends"), mark="cause", gap=(60, 120))
    w.add(SY("err"), lambda t: sync(t, "ERROR", "reconnect after channel reset failed: ssh: Could not resolve hostname sftp.seqprovider.example: Temporary failure in name resolution (attempt 1/5, retry in 30s)"), mark="sym")
    w.add(RS("warning"), lambda t: "Using degraded feature set UDP instead of UDP+EDNS0 for DNS server 10.10.0.2.")
    w.add(SY(), lambda t: sync(t, "INFO", "sftp connected to sftp.seqprovider.example (attempt 2/5); resuming R-2026-0516_L001_R2.fastq.gz at 6.1 GiB"), gap=(28, 34))
    w.add(SY("err"), lambda t: sync(t, "ERROR", "gsutil: upload of R-2026-0516_L001_R1.fastq.gz to gs://seedbank-seq/raw/ failed: Temporary failure in name resolution (storage.googleapis.com) -- retrying"))
    w.add(UB("err"), lambda t: ub(t, "error", "SERVFAIL <storage.googleapis.com. A IN>: all servers for this domain failed, at zone googleapis.com."))
    w.add(SY(), lambda t: sync(t, "INFO", "gsutil: upload of R-2026-0516_L001_R1.fastq.gz complete (17.2 GiB, retry 1)"), gap=(20, 40))
    w.add(UB("info"), lambda t: ub(t, "info", "server stats for thread 0: 18211 queries, 2411 answers from cache, 15800 recursions, 0 prefetch, 0 rejected by ip ratelimiting"))
    w.add(SY(), lambda t: sync(t, "INFO", "run R-2026-0516 progress 5/24 files, ETA 3h10m (baseline 2h20m)"), gap=(60, 120))
    return record(
        "seedbank",
        "The sequencing transfer VM keeps logging connection errors for the provider's SFTP server, but files are still arriving. Should we worry?",
        None, w, "WARN", "dns_resolution", "dns-int-02",
        "The internal resolver unbound on dns-int-02 intermittently returns SERVFAIL ('exceeded the maximum number "
        "of sends') for external names after a forward-zone change for seqprovider.example, so lookups from "
        "seq-xfer-01 fail every few minutes.",
        "seq-sync on seq-xfer-01 hits intermittent name-resolution failures for the provider SFTP host and for "
        "storage.googleapis.com; every failure is retried and the transfer continues, but the run is about 50 "
        "minutes behind schedule.",
        "Review the recent forward-zone change on dns-int-02 (unbound-control list_forwards, check 198.51.100.53 "
        "answers over UDP/EDNS), revert it if it is the cause, and give seq-xfer-01 a second resolver so one "
        "unhealthy server does not stall transfers.",
        w.marks["cause"] + w.marks["sym"])


@scenario
def seed_lims_db_stopped(rng):
    w = Window(rng, dt(2026, 5, 19, 7, 58, 12))
    app, proj, db = "seqlab-ws-02", "seqlims", "seqlims-db-01"
    WEB = L_compose(app, proj, "lims-web")
    WRK = L_compose(app, proj, "lims-worker")
    NG = L_compose(app, proj, "nginx")
    PG = lambda lvl="info": L_journal(db, "postgresql@16-main.service", "postgres", lvl)
    SD = L_journal(db, "init.scope", "systemd")
    SU = L_journal(db, "session-412.scope", "sudo")

    def pg(t, lvl, msg):
        return "%s UTC [%d] %s:  %s" % (ymd_hms(t, frac="."), 1187, lvl, msg)

    refused = ('connection to server at "seqlims-db-01.lab.seedbank.internal" (10.40.2.15), port 5432 failed: '
               'Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?').replace("\n\t", " ")

    def web_err(t, path):
        return "%s ERROR django.request: Internal Server Error: %s | django.db.utils.OperationalError: %s" % (ymd_hms(t), path, refused)

    w.add(SU, lambda t: "dbadmin : TTY=pts/0 ; PWD=/home/dbadmin ; USER=root ; COMMAND=/usr/bin/systemctl stop postgresql@16-main")
    w.add(SD, lambda t: "Stopping postgresql@16-main.service - PostgreSQL Cluster 16-main...")
    w.add(PG(), lambda t: pg(t, "LOG", "received fast shutdown request"), mark="cause")
    w.add(PG(), lambda t: pg(t, "LOG", "aborting any active transactions"))
    w.add(PG(), lambda t: pg(t, "LOG", "database system is shut down"), mark="cause")
    w.add(SD, lambda t: "postgresql@16-main.service: Deactivated successfully.", mark="cause")
    w.add(SD, lambda t: "Stopped postgresql@16-main.service - PostgreSQL Cluster 16-main.")
    w.add(WEB, lambda t: web_err(t, "/samples/register/"), gap=(20, 40), mark="sym")
    w.add(NG, lambda t: nginx_combined(t, rng, ip10(rng, 40), "POST", "/samples/register/", 500, ua="Mozilla/5.0 (X11; Linux x86_64) Firefox/125.0", rt=0.012), mark="sym")
    w.add(WRK, lambda t: "[%s: ERROR/ForkPoolWorker-2] Task lims.tasks.import_samplesheet[%s] raised unexpected: OperationalError('%s')" % (ymd_hms(t), uuid4(rng), refused), mark="sym")
    for path in ["/samples/", "/runs/R-2026-0519/", "/samples/register/", "/api/v1/plates/PL-7781/wells"]:
        w.add(WEB, lambda t, p=path: web_err(t, p))
        w.add(NG, lambda t, p=path: nginx_combined(t, rng, ip10(rng, 40), "POST" if "register" in p else "GET", p, 500, ua="Mozilla/5.0 (X11; Linux x86_64) Firefox/125.0", rt=0.01))
    w.add(WRK, lambda t: "[%s: WARNING/MainProcess] lims.tasks.sync_instrument_runs: retry in 60s (OperationalError: Connection refused)" % ymd_hms(t))
    w.add(WRK, lambda t: "[%s: ERROR/ForkPoolWorker-1] Task lims.tasks.import_samplesheet[%s] raised unexpected: OperationalError('%s')" % (ymd_hms(t), uuid4(rng), refused))
    w.add(NG, lambda t: nginx_combined(t, rng, ip10(rng, 40), "GET", "/static/css/lims.4f1c.css", 200, ua="Mozilla/5.0 (X11; Linux x86_64) Firefox/125.0", rt=0.001))
    for path in ["/samples/", "/samples/register/"]:
        w.add(WEB, lambda t, p=path: web_err(t, p))
    w.add(WEB, lambda t: "%s WARNING django.security.csrf: Forbidden (CSRF token from POST incorrect.): /accounts/login/" % ymd_hms(t))
    return record(
        "seedbank",
        "Nobody in the sequencing lab can register samples in the LIMS since about eight; every page gives a server error. What happened?",
        None, w, "ERROR", "connection_refused", "seqlims-db-01",
        "PostgreSQL on seqlims-db-01 was stopped (systemctl stop via sudo at 07:58, clean fast shutdown) and has not "
        "been started again, so nothing listens on 5432.",
        "The LIMS database is down: lims-web and lims-worker on seqlab-ws-02 get 'Connection refused' from "
        "seqlims-db-01:5432, so sample registration, run pages and samplesheet imports fail with 500. Static "
        "content and the sequencing pipeline itself are unaffected.",
        "Start postgresql@16-main on seqlims-db-01 (after checking with dbadmin why it was stopped), confirm the LIMS "
        "works, then re-queue the failed samplesheet imports; put manual DB stops through a change/maintenance "
        "notice.",
        w.marks["cause"] + w.marks["sym"])


@scenario
def seed_blast_search_cold_cache_timeouts(rng):
    ns = "seed-seq"
    w = Window(rng, dt(2026, 5, 21, 9, 40, 5))
    bh = rs_hash(rng)
    bl = pod_name(rng, "blast-search", bh)
    ah = rs_hash(rng)
    ann = [pod_name(rng, "annotation-api", ah) for _ in range(2)]
    wk = pod_name(rng, "annotation-worker")
    portal = pod_name(rng, "seq-portal")
    B = L_pod(ns, bl, "blast-search", GKE_NODES[3], "blast-search")
    A = lambda i: L_pod(ns, ann[i], "annotation-api", GKE_NODES[i], "annotation-api")
    WK = L_pod(ns, wk, "worker", GKE_NODES[2], "annotation-worker")
    P = L_pod(ns, portal, "seq-portal", GKE_NODES[1], "seq-portal")

    def bl_l(t, lvl, msg, extra=""):
        return "level=%s ts=%s caller=search/server.go:%d msg=%s%s" % (lvl, iso(t), rng.choice([131, 188]), q(msg), extra)

    def ann_err(t, i):
        return "%s ERROR annotation_api.blast: blastn request %s failed after 30.0s: grpc StatusCode.DEADLINE_EXCEEDED (Deadline Exceeded) target=blast-search.seed-seq.svc:50051" % (ymd_hms(t), uuid4(rng)[:8])

    w.add(B, lambda t: bl_l(t, "info", "index loaded", " db=nt_plants_2026_05 volumes=42 size_gb=61.3 mmap=true warmup=false"), mark="cause")
    w.add(B, lambda t: bl_l(t, "info", "search done", " db=nt_plants_2026_05 query_len=1412 hits=50 took=38.214s page_faults_major=812441"), mark="cause", gap=(38.3, 39.5))
    w.add(A(0), lambda t: ann_err(t, 0), mark="sym")
    w.add(A(0), lambda t: 'INFO:     10.48.1.22:0 - "POST /v1/annotate HTTP/1.1" 504 Gateway Timeout')
    w.add(P, lambda t: js({"level": "error", "time": iso(t), "msg": "annotation failed", "status": 504, "sample": "SB-2026-%05d" % rng.randint(100, 999)}), mark="sym")
    for k in range(3):
        w.add(A(k % 2), lambda t, k=k: ann_err(t, k % 2))
        w.add(A(k % 2), lambda t: 'INFO:     10.48.1.22:0 - "POST /v1/annotate HTTP/1.1" 504 Gateway Timeout')
    w.add(B, lambda t: bl_l(t, "info", "search done", " db=nt_plants_2026_05 query_len=988 hits=50 took=41.902s page_faults_major=790112"))
    w.add(WK, lambda t: "[%s: WARNING/ForkPoolWorker-3] Task annotation.tasks.annotate_batch[%s] retry: Retry in 120s: DeadlineExceeded('blast-search: 30s deadline exceeded for 12/12 contigs')" % (ymd_hms(t), uuid4(rng)), mark="sym")
    for k in range(2):
        w.add(P, lambda t: js({"level": "error", "time": iso(t), "msg": "annotation failed", "status": 504, "sample": "SB-2026-%05d" % rng.randint(100, 999)}))
        w.add(A(k), lambda t, k=k: ann_err(t, k))
    w.add(B, lambda t: bl_l(t, "warn", "client cancelled before completion", " db=nt_plants_2026_05 elapsed=30.001s"))
    w.add(A(1), lambda t: 'INFO:     10.48.2.9:0 - "GET /healthz HTTP/1.1" 200 OK')
    w.add(B, lambda t: bl_l(t, "info", "search done", " db=nt_plants_2026_05 query_len=2203 hits=50 took=36.550s page_faults_major=744019"))
    w.add(WK, lambda t: "[%s: ERROR/ForkPoolWorker-1] Task annotation.tasks.annotate_batch[%s] raised unexpected: MaxRetriesExceededError for run R-2026-0520 (blast-search deadline exceeded)" % (ymd_hms(t), uuid4(rng)))
    w.add(A(0), lambda t: ann_err(t, 0))
    w.add(P, lambda t: js({"level": "info", "time": iso(t), "msg": "variant table served", "run": "R-2026-0520", "rows": 18211}))
    return record(
        "seedbank",
        "Sequence annotation in the portal fails with 504 for every sample this morning; annotation-api and its workers are up. What is slow?",
        sel(ns), w, "ERROR", "timeout", "blast-search",
        "blast-search loaded the rebuilt nt_plants_2026_05 index (61 GB, memory-mapped) without warm-up, so every "
        "query faults pages from disk and takes 36-42 s, longer than the callers' 30 s gRPC deadline.",
        "All BLAST calls from annotation-api and annotation-worker hit DEADLINE_EXCEEDED and surface as 504 in "
        "seq-portal; annotation of new runs is not possible. blast-search itself is healthy, just too slow; the "
        "rest of the portal works.",
        "Warm blast-search's index (enable warmup/preload, or vmtouch the volumes) and make sure the pod has "
        "enough memory to keep it in page cache; until then raise the annotation deadline temporarily. Re-queue "
        "the failed annotate_batch tasks afterwards.",
        w.marks["cause"] + w.marks["sym"])


@scenario
def seed_herb_minio_disk_trend(rng):
    w = Window(rng, dt(2026, 5, 22, 6, 0, 0))
    h = "herb-minio-01"
    MI = lambda lvl="info": L_journal(h, "minio.service", "minio", lvl)
    DW = lambda lvl="info": L_journal(h, "disk-watch.service", "disk-watch", lvl)
    SD = L_journal(h, "init.scope", "systemd")
    SM = L_journal(h, "smartd.service", "smartd")
    ING = lambda lvl="info": L_journal("herb-ingest-01", "herbarium-ingest.service", "herbarium-ingest", lvl)
    used = {"disk1": 87.6, "disk2": 88.1, "disk3": 86.9, "disk4": 87.8}

    w.add(SD, lambda t: "Starting disk-watch.service - Daily disk usage trend check...")
    for d in ["disk1", "disk2", "disk3", "disk4"]:
        w.add(DW("warning"), lambda t, d=d: "/mnt/%s used %.1f%% (+%.1f%%/day over 14 days), projected 95%% in %d days" % (d, used[d], rng.uniform(0.9, 1.2), rng.randint(6, 8)), mark="cause" if d == "disk2" else None)
    w.add(DW("warning"), lambda t: "pool herbarium: 350.4 TiB of 400 TiB used (87.6%); MinIO will stop accepting writes below its free-space threshold")
    w.add(SD, lambda t: "disk-watch.service: Deactivated successfully.")
    w.add(MI(), lambda t: "Scanner: usage cycle 2211 done: buckets=6 objects=38211042 size=350.4TiB (herbarium-raw 301.2TiB, herbarium-thumbs 4.1TiB, herbarium-uploads-tmp 0.6TiB)")
    w.add(MI("warning"), lambda t: "ILM: no lifecycle rule on bucket herbarium-raw; 0 objects transitioned to tier GLACIER-TIER (tier configured, rule missing)", mark="cause")
    for k in range(4):
        w.add(ING(), lambda t: "%s INFO herbarium_ingest: uploaded E0%07d.tif (%.1f MiB) to herbarium-raw in %.2fs" % (ymd_hms(t), rng.randint(10 ** 6, 9 * 10 ** 6), rng.uniform(380, 780), rng.uniform(1.5, 4.0)), gap=(5, 20))
    w.add(ING("warning"), lambda t: "%s WARNING herbarium_ingest: daily intake 2,140 scans (9.8 TiB/week), above the 6 TiB/week capacity plan" % ymd_hms(t), mark="sym")
    w.add(SM, lambda t: "Device: /dev/sdc [SAT], SMART Usage Attribute: 190 Airflow_Temperature_Cel changed from 36 to 37")
    w.add(MI(), lambda t: "Healing: drive /mnt/disk3 scan completed, 0 objects healed")
    w.add(ING(), lambda t: "%s INFO herbarium_ingest: uploaded E0%07d.tif (%.1f MiB) to herbarium-raw in %.2fs" % (ymd_hms(t), rng.randint(10 ** 6, 9 * 10 ** 6), rng.uniform(380, 780), rng.uniform(1.5, 4.0)))
    return record(
        "seedbank",
        "The herbarium MinIO node printed warnings this morning. How urgent is it?",
        None, w, "WARN", "resource_exhausted", "herb-minio-01",
        "The drives of herb-minio-01 are at ~87-88% and growing about 1%/day because scan intake has risen to "
        "~9.8 TiB/week and the lifecycle rule that should tier old raw scans to the cold tier is missing.",
        "No failures yet: uploads succeed and the drives are healthy, but at the current rate the herbarium pool "
        "reaches 95% in about a week, after which MinIO stops accepting new scans.",
        "Within the week: add the missing ILM transition rule for herbarium-raw (the tier already exists) and "
        "check it moves data, and/or plan capacity (new drives or a second pool); keep the daily trend alert.",
        w.marks["cause"] + w.marks["sym"])


@scenario
def seed_ocr_longhorn_stale_attachment(rng):
    w = Window(rng, dt(2026, 5, 24, 11, 30, 0))
    ns = "seed-herbarium"
    pvc = "pvc-%s" % uuid4(rng)
    gone = "gke-seedbank-pool-1-3f2a9c1d-x7kq"
    newn = GKE_NODES[1]
    lm = "longhorn-manager-%s" % k8s_id(rng, 5)
    E = L_ev(ns)
    LM = L_pod("longhorn-system", lm, "longhorn-manager", newn, "longhorn-manager")
    ING = L_pod(ns, pod_name(rng, "herbarium-ingest"), "herbarium-ingest", GKE_NODES[2], "herbarium-ingest")
    API = L_pod(ns, pod_name(rng, "herbarium-api"), "herbarium-api", GKE_NODES[0], "herbarium-api")

    def lml(t, lvl, msg, extra=""):
        return 'time="%s" level=%s msg=%s%s' % (iso(t), lvl, q(msg), extra)

    w.add(E, kev("Normal", "Scheduled", "Pod", "herbarium-ocr-0", "Successfully assigned seed-herbarium/herbarium-ocr-0 to %s" % newn, comp="default-scheduler"))
    w.add(LM, lambda t: lml(t, "warning", "Volume is still attached to a node that no longer exists, waiting for detachment", " volume=%s node=%s currentNode=%s accessMode=rwo" % (pvc, gone, newn)), mark="cause")
    w.add(E, kev("Warning", "FailedAttachVolume", "Pod", "herbarium-ocr-0", "Multi-Attach error for volume \"%s\" Volume is already exclusively attached to one node and can't be attached to another" % pvc, comp="attachdetach-controller"), mark="cause")
    w.add(ING, lambda t: "%s WARNING herbarium_ingest.ocr: OCR queue depth 1,284 and growing; 0 OCR workers consuming" % ymd_hms(t), mark="sym")
    w.add(API, lambda t: 'INFO:     10.48.0.1:0 - "GET /v1/specimens/E01118820/label-text HTTP/1.1" 503 Service Unavailable')
    w.add(API, lambda t: "%s ERROR herbarium_api.ocr: label text unavailable for E01118820: ocr service has no ready endpoints" % ymd_hms(t), mark="sym")
    w.add(LM, lambda t: lml(t, "warning", "Failed to detach volume from unreachable node", " volume=%s node=%s error=\"node %s not found\"" % (pvc, gone, gone)), mark="cause")
    for k in range(3):
        w.add(ING, lambda t: "%s WARNING herbarium_ingest.ocr: OCR queue depth %s and growing; 0 OCR workers consuming" % (ymd_hms(t), "{:,}".format(rng.randint(1290, 1400))), gap=(10, 30))
        w.add(API, lambda t: 'INFO:     10.48.0.1:0 - "GET /v1/specimens/E0%07d/label-text HTTP/1.1" 503 Service Unavailable' % rng.randint(10 ** 6, 9 * 10 ** 6))
    w.add(E, kev("Warning", "FailedMount", "Pod", "herbarium-ocr-0", "Unable to attach or mount volumes: unmounted volumes=[work], unattached volumes=[work kube-api-access-%s]: timed out waiting for the condition" % k8s_id(rng, 5), host=newn), gap=(60, 120))
    w.add(API, lambda t: "%s ERROR herbarium_api.ocr: label text unavailable for E0%07d: ocr service has no ready endpoints" % (ymd_hms(t), rng.randint(10 ** 6, 9 * 10 ** 6)))
    w.add(API, lambda t: 'INFO:     10.48.0.1:0 - "GET /v1/specimens/E00814402 HTTP/1.1" 200 OK')
    w.add(LM, lambda t: lml(t, "info", "Volume replica status", " volume=%s healthyReplicas=3 state=attached robustness=healthy" % pvc))
    w.add(E, kev("Warning", "FailedAttachVolume", "Pod", "herbarium-ocr-0", "Multi-Attach error for volume \"%s\" Volume is already exclusively attached to one node and can't be attached to another" % pvc, comp="attachdetach-controller", count=7))
    w.add(ING, lambda t: "%s WARNING herbarium_ingest.ocr: OCR queue depth 1,466 and growing; 0 OCR workers consuming" % ymd_hms(t))
    return record(
        "seedbank",
        "herbarium-ocr-0 has been ContainerCreating for twenty minutes and the OCR queue keeps growing. What is blocking it?",
        None, w, "ERROR", "storage", "longhorn-manager",
        "The Longhorn volume of herbarium-ocr-0 is still recorded as attached to node %s, which was removed by a "
        "scale-down without a clean detach; Longhorn cannot detach from a node that no longer exists, so the RWO "
        "volume cannot be attached on the new node (Multi-Attach error)." % gone,
        "herbarium-ocr-0 cannot mount its work volume and stays in ContainerCreating; the OCR service has no ready "
        "endpoints, label-text requests get 503 and the OCR queue grows. The volume data itself is healthy (3 "
        "healthy replicas).",
        "Clear the stale attachment in Longhorn (detach the volume from the missing node in the Longhorn UI, or "
        "delete the stale VolumeAttachment) and let herbarium-ocr-0 attach; then check why the node was removed "
        "without draining its Longhorn volumes.",
        w.marks["cause"] + w.marks["sym"])


@scenario
def seed_coldroom_historian_disk_io_errors(rng):
    w = Window(rng, dt(2026, 5, 26, 4, 17, 31))
    h = "coldroom-hist-01"
    pgpid = [rng.randint(1000, 1400)]
    kt = [rng.uniform(3_000_000, 4_000_000)]

    def K(sev="err"):
        return L_syslog(h, "kernel", sev, facility="kern")

    def ktxt(t, msg):
        kt[0] += rng.uniform(0.001, 0.4)
        return "%s %s kernel: [%.6f] %s" % (syslog_time(t), h, kt[0], msg)

    def pgl(t, lvl, msg, pid=None):
        return "%s %s postgres[%d]: [%d-1] %s:  %s" % (syslog_time(t), h, pid or pgpid[0], rng.randint(1, 9), lvl, msg)

    def edge(host, t, msg, sev="err"):
        return "%s %s historian-writer[%d]: %s" % (syslog_time(t), host, 2210 if host.endswith("01") else 2291, msg)

    w.add(K("warning"), lambda t: ktxt(t, "ata3.00: exception Emask 0x0 SAct 0x1f0000 SErr 0x0 action 0x0"))
    w.add(K(), lambda t: ktxt(t, "ata3.00: failed command: WRITE FPDMA QUEUED"))
    w.add(K(), lambda t: ktxt(t, "I/O error, dev sdb, sector 1953521664 op 0x1:(WRITE) flags 0x8800 phys_seg 4 prio class 2"), mark="cause")
    w.add(K("crit"), lambda t: ktxt(t, "XFS (sdb1): log I/O error -5"), mark="cause")
    w.add(K("alert"), lambda t: ktxt(t, "XFS (sdb1): Filesystem has been shut down due to log error (0x2)."), mark="cause")
    w.add(K("alert"), lambda t: ktxt(t, "XFS (sdb1): Please unmount the filesystem and rectify the problem(s)."))
    w.add(L_syslog(h, "postgres", "crit"), lambda t: pgl(t, "PANIC", "could not fsync file \"pg_wal/00000001000001A40000003E\": Input/output error"), mark="cause")
    w.add(L_syslog(h, "postgres", "info"), lambda t: pgl(t, "LOG", "server process (PID %d) was terminated by signal 6: Aborted" % (pgpid[0] + 812), pid=pgpid[0] - 40))
    w.add(L_syslog(h, "postgres", "info"), lambda t: pgl(t, "LOG", "terminating any other active server processes", pid=pgpid[0] - 40))
    w.add(L_syslog(h, "postgres", "crit"), lambda t: pgl(t, "FATAL", "could not open file \"global/pg_filenode.map\": Input/output error", pid=pgpid[0] - 40))
    w.add(L_syslog(h, "systemd", "err"), lambda t: "%s %s systemd[1]: postgresql@15-main.service: Failed with result 'exit-code'." % (syslog_time(t), h))
    for k in range(3):
        w.add(L_syslog("coldroom-edge-01", "historian-writer", "err"), lambda t: edge("coldroom-edge-01", t, "write batch failed: connection to coldroom-hist-01:5432 refused; spooling locally (spool %d%% full)" % rng.randint(61, 70)), mark="sym" if k == 0 else None)
        w.add(L_syslog("coldroom-edge-02", "historian-writer", "err"), lambda t: edge("coldroom-edge-02", t, "write batch failed: connection to coldroom-hist-01:5432 refused; spooling locally (spool %d%% full)" % rng.randint(72, 80)))
    w.add(L_syslog(h, "kernel", "err", facility="kern"), lambda t: ktxt(t, "XFS (sdb1): xfs_log_force: error -5 returned."))
    w.add(L_syslog("coldroom-report-01", "gxp-report", "err"), lambda t: "%s coldroom-report-01 gxp-report[4410]: daily temperature compliance report 2026-05-25 FAILED: historian unavailable (psycopg2.OperationalError: connection refused); audit trail incomplete" % syslog_time(t), mark="sym")
    w.add(L_syslog("coldroom-edge-02", "historian-writer", "warning"), lambda t: edge("coldroom-edge-02", t, "spool at 85% of 2 GiB; oldest unsent reading 04:17:40; readings will be dropped at 100%"), mark="sym")
    w.add(L_syslog(h, "smartd", "crit"), lambda t: "%s %s smartd[702]: Device: /dev/sdb [SAT], 48 Currently unreadable (pending) sectors" % (syslog_time(t), h))
    w.add(L_syslog("coldroom-edge-01", "historian-writer", "err"), lambda t: edge("coldroom-edge-01", t, "write batch failed: connection to coldroom-hist-01:5432 refused; spooling locally (spool 71% full)"))
    return record(
        "seedbank",
        "The cold-room edge boxes cannot write to the historian and the GxP compliance report failed overnight. What is going on with the historian?",
        None, w, "CRITICAL", "storage", "coldroom-hist-01",
        "The data disk /dev/sdb on coldroom-hist-01 is failing (ATA write errors, unreadable sectors); XFS on sdb1 "
        "hit a log I/O error and shut down, so PostgreSQL panicked on fsync of its WAL and cannot restart.",
        "The cold-room historian is down with a shut-down filesystem: edge writers get connection refused and are "
        "spooling locally (one spool at 85%, readings will be lost when full), the compliance report failed and "
        "the audit trail has a gap. Regulated temperature records are at risk.",
        "Act now: stop writes to sdb, fail over or restore the historian onto healthy storage (replica or last "
        "backup plus WAL archive), replace the disk, then replay the edge spools before they fill; raise the spool "
        "size on the edge boxes in the meantime if possible.",
        w.marks["cause"] + w.marks["sym"])


# ----------------------------------------------------------------------------


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    recs = []
    for i, fn in enumerate(SCENARIOS):
        rng = random.Random(SEED * 1000 + i)
        recs.append(fn(rng))
    order = list(range(len(recs)))
    random.Random(SEED).shuffle(order)
    out = []
    for n, k in enumerate(order, 1):
        r = recs[k]
        rec = {"id": "dev37-%03d" % n}
        rec.update(r)
        out.append(json.dumps(rec, ensure_ascii=False))
    path = os.path.join(here, "dev37.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    print("wrote %d records to %s" % (len(out), path))


if __name__ == "__main__":
    main()
