#!/usr/bin/env python3
"""make_dev36.py - deterministic generator for the dev36 held-out golden set (format v1).

Standard library only.  The only source of randomness is random.Random(SEED).
No clock, locale, environment or hash-order dependence: every date string is
formatted by hand (no strftime, whose month names depend on the locale), JSON is
written with fixed separators and ASCII escaping, and lines end with "\n".

Usage:  python3 make_dev36.py [OUTPUT]      (default: dev36.jsonl beside this script)
"""
import hashlib
import json
import os
import sys
import random
from datetime import datetime, timedelta, timezone

SEED = 203636
rng = random.Random(SEED)

UTC = timezone.utc
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
MON = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
K8S_ALNUM = "bcdfghjklmnpqrstvwxz2456789"
HEX = "0123456789abcdef"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


# ---------------------------------------------------------------- random helpers
def rstr(n, alphabet):
    return "".join(rng.choice(alphabet) for _ in range(n))


def hx(n):
    return rstr(n, HEX)


def kid(n):
    return rstr(n, K8S_ALNUM)


def uuid4():
    s = hx(32)
    return "%s-%s-4%s-%s%s-%s" % (s[:8], s[8:12], s[13:16], "89ab"[int(s[16], 16) % 4], s[17:20], s[20:])


def pods(name, n=1):
    """Pods of one ReplicaSet: name-<10 chars>-<5 chars>."""
    rs = kid(10)
    return [name + "-" + rs + "-" + kid(5) for _ in range(n)]


def ip(prefix):
    return "%s.%d.%d" % (prefix, rng.randint(0, 3), rng.randint(2, 250))


def J(obj):
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=True)


# ---------------------------------------------------------------- time formatting
def _parts(t):
    return t.year, t.month, t.day, t.hour, t.minute, t.second, t.microsecond // 1000


def iso_ms(t):
    Y, M, D, h, m, s, ms = _parts(t)
    return "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (Y, M, D, h, m, s, ms)


def iso_s(t):
    Y, M, D, h, m, s, _ = _parts(t)
    return "%04d-%02d-%02dT%02d:%02d:%02dZ" % (Y, M, D, h, m, s)


def go_time(t):
    """Go's time.Time.String() for a UTC time, second precision."""
    Y, M, D, h, m, s, _ = _parts(t)
    return "%04d-%02d-%02d %02d:%02d:%02d +0000 UTC" % (Y, M, D, h, m, s)


def epoch_ms(t):
    d = t - EPOCH
    return d.days * 86400000 + d.seconds * 1000 + d.microseconds // 1000


def tokens(t, e1, e2, w, up=0):
    Y, M, D, h, m, s, ms = _parts(t)
    us = ms * 1000 + e1
    ns = us * 1000 + e2
    date = "%04d-%02d-%02d" % (Y, M, D)
    hms = "%02d:%02d:%02d" % (h, m, s)
    mon = MON[M - 1]
    up_us = w.uptime0_us + up + ((t - w.start).days * 86400 + (t - w.start).seconds) * 1000000 \
        + (t - w.start).microseconds + e1
    return {
        "iso": "%sT%s.%03dZ" % (date, hms, ms),
        "iso_s": "%sT%sZ" % (date, hms),
        "iso_us": "%sT%s.%06dZ" % (date, hms, us),
        "iso_ns": "%sT%s.%09dZ" % (date, hms, ns),
        "mongo": "%sT%s.%03d+00:00" % (date, hms, ms),
        "sp_ms": "%s %s.%03d" % (date, hms, ms),
        "sp_cms": "%s %s,%03d" % (date, hms, ms),
        "sp_s": "%s %s" % (date, hms),
        "rabbit": "%s %s.%06d+00:00" % (date, hms, us),
        "klog": "%02d%02d %s.%06d" % (M, D, hms, us),
        "syslog": "%s %2d %s" % (mon, D, hms),
        "clf": "%02d/%s/%04d:%s +0000" % (D, mon, Y, hms),
        "php": "%02d-%s-%04d %s" % (D, mon, Y, hms),
        "hms_ms": "%s.%03d" % (hms, ms),
        "epoch_ms": str(epoch_ms(t)),
        "epoch_s": str(epoch_ms(t) // 1000),
        "osd": "%sT%s,%03d" % (date, hms, ms),
        "redis": "%02d %s %04d %s.%03d" % (D, mon, Y, hms, ms),
        "rb": "%sT%s.%06d" % (date, hms, us),
        "rails_at": "%s %s +0000" % (date, hms),
        "ngx": "%04d/%02d/%02d %s" % (Y, M, D, hms),
        "uptime": "%6d.%06ds" % (up_us // 1000000, up_us % 1000000),
    }


class Window:
    """A log window: strictly increasing millisecond timestamps, evidence ranks."""

    def __init__(self):
        self.start = datetime(2026, rng.randint(1, 10), rng.randint(1, 28), rng.randint(0, 23),
                              rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999) * 1000,
                              tzinfo=UTC)
        self.uptime0_us = rng.randint(2000, 900000) * 1000000 + rng.randint(0, 999999)
        self.t = None
        self.logs = []
        self.ranks = []

    def add(self, gap, labels, text, ev=None, up=0):
        """gap: nominal seconds since the previous line (jittered); up: per-process uptime offset (us)."""
        if self.t is None:
            self.t = self.start
        else:
            ms = int(gap * 1000.0 * rng.uniform(0.8, 1.2) + 0.5)
            if ms < 1:
                ms = 1 + rng.randint(0, 3)
            self.t = self.t + timedelta(milliseconds=ms)
        e1 = rng.randint(0, 999)
        e2 = rng.randint(0, 999)
        line = text
        if "<<" in line:
            for k, v in tokens(self.t, e1, e2, self, up).items():
                line = line.replace("<<" + k + ">>", v)
        assert "<<" not in line, line
        self.logs.append({"ts": iso_ms(self.t), "labels": dict(labels), "line": line})
        self.ranks.append(ev)
        return len(self.logs) - 1

    def now(self):
        return self.t

    def evidence(self):
        ranked = [(r, i) for i, r in enumerate(self.ranks) if r is not None]
        return [i for r, i in sorted(ranked)]


# ---------------------------------------------------------------- labels and selectors
def K(ns, pod, container, node, app):
    return {"namespace": ns, "pod": pod, "container": container, "node": node, "app": app}


def EVL(ns, app=None):
    d = {"namespace": ns, "job": "kubernetes-events"}
    if app is not None:
        d["app"] = app
    return d


def NODEL(node, unit):
    return {"node": node, "job": "systemd-journal", "unit": unit}


def HOSTL(host, **kw):
    d = {"host": host}
    d.update(kw)
    return d


def SEL(ns, app=None):
    return {"namespace": ns, "pod": None, "container": None, "node": None, "app": app}


# ---------------------------------------------------------------- line styles
def kev(typ, reason, obj, msg):
    """A Kubernetes event as printed by `kubectl get events` (TYPE REASON OBJECT MESSAGE)."""
    return "%-7s  %s  %s  %s" % (typ, reason, obj, msg)


def rs(level, target, msg):
    """Rust tracing_subscriber::fmt default format."""
    return "<<iso_us>> %5s %s: %s" % (level, target, msg)


def net(level, category, event_id, msg):
    """Microsoft.Extensions.Logging simple console, single line, ISO timestamp."""
    return "<<iso>> %s: %s[%d] %s" % (level, category, event_id, msg)


def spring(level, app, thread, logger, msg):
    """Spring Boot 3.x console pattern."""
    return "<<iso>> %5s 1 --- [%s] [%15s] %-40s : %s" % (level, app, thread, logger, msg)


def ex(level, msg, meta=""):
    """Elixir Logger default console format ($time $metadata[$level] $message)."""
    return "<<hms_ms>> %s[%s] %s" % (meta, level, msg)


def zap(level, caller, msg, **fields):
    d = {"level": level, "ts": "<<iso>>", "caller": caller, "msg": msg}
    d.update(fields)
    return J(d)


def pino(level, host, msg, **fields):
    d = {"level": level, "time": "<<epoch_ms>>", "pid": 1, "hostname": host}
    d.update(fields)
    d["msg"] = msg
    return J(d).replace('"<<epoch_ms>>"', "<<epoch_ms>>")


def mongo(s, c, mid, ctx, msg, attr):
    return ('{"t":{"$date":"<<mongo>>"},"s":"%s",  "c":"%s",%s"id":%d,%s"ctx":"%s","msg":"%s","attr":%s}'
            % (s, c, " " * max(1, 10 - len(c)), mid, " " * max(1, 8 - len(str(mid))), ctx, msg, J(attr)))


def record(num, theme, question, selector, w, severity, category, component, root_cause, summary, action):
    ev = w.evidence()
    return {
        "id": "dev36-%03d" % num,
        "source": "synthetic:dev36-" + theme,
        "question": question,
        "selector": selector,
        "logs": w.logs,
        "expected": {
            "severity": severity,
            "root_cause_category": category,
            "component": component,
            "root_cause": root_cause,
            "summary": summary,
            "action": action,
            "evidence": ev,
        },
    }


# ================================================================ records
def day(t, days=0):
    d = t + timedelta(days=days)
    return "%04d-%02d-%02d" % (d.year, d.month, d.day)


FERRY_NODES = ("fy-pool-general-4kq2", "fy-pool-general-8hzt", "fy-pool-general-m3vd", "fy-pool-general-r7wn")
BB_NODES = ("bb-k8s-w01", "bb-k8s-w02", "bb-k8s-w03", "bb-k8s-w04")
ESP_NODES = ("aks-std-31415926-vmss00000a", "aks-std-31415926-vmss00000b",
             "aks-std-31415926-vmss00000c", "aks-std-31415926-vmss00000e")


# ---------------------------------------------------------------- batch 1: 001-010
def r001():
    w = Window()
    ns, app = "ferry-booking", "ticketing-api"
    old = pods(app, 3)
    new = pods(app, 2)
    old_rs, new_rs = old[0].rsplit("-", 1)[0], new[0].rsplit("-", 1)[0]
    n = FERRY_NODES
    E = EVL(ns, app)
    L = lambda p, node: K(ns, p, app, node, app)
    img = "registry.ferry.internal/booking/ticketing-api:4.18.2"
    nip = ip("10.42")
    sail = day(w.start, 9)
    host = "http://tickets.ferry.example"
    w.add(0, E, kev("Normal", "ScalingReplicaSet", "deployment/ticketing-api",
                    "Scaled up replica set %s to 1 from 0" % new_rs))
    w.add(0.3, E, kev("Normal", "Scheduled", "pod/" + new[0],
                      "Successfully assigned %s/%s to %s" % (ns, new[0], n[2])))
    w.add(1.2, E, kev("Normal", "Pulled", "pod/" + new[0], 'Container image "%s" already present on machine' % img))
    w.add(0.2, E, kev("Normal", "Started", "pod/" + new[0], "Started container ticketing-api"))
    w.add(1.4, L(old[0], n[0]), net("info", "Microsoft.AspNetCore.Hosting.Diagnostics", 2,
        "Request finished HTTP/1.1 GET %s/api/sailings?route=HEL-TLL&date=%s - 200 4812 application/json; charset=utf-8 38.4120ms" % (host, sail)))
    w.add(1.1, L(new[0], n[2]), net("warn", "Microsoft.EntityFrameworkCore.Model.Validation", 30000,
        "No store type was specified for the decimal property 'Fare' on entity type 'TicketLine'. This will cause values to be silently truncated if they do not fit in the default precision and scale. Explicitly specify the SQL server column type that can accommodate all the values in 'OnModelCreating' using 'HasColumnType', specify precision and scale using 'HasPrecision', or configure a value converter using 'HasConversion'."))
    w.add(1.8, E, kev("Warning", "Unhealthy", "pod/" + new[0],
        'Readiness probe failed: Get "http://%s:8080/healthz/ready": dial tcp %s:8080: connect: connection refused' % (nip, nip)))
    w.add(2.3, L(new[0], n[2]), net("info", "Microsoft.Hosting.Lifetime", 14, "Now listening on: http://[::]:8080"))
    w.add(0.01, L(new[0], n[2]), net("info", "Microsoft.Hosting.Lifetime", 0, "Application started. Press Ctrl+C to shut down."))
    w.add(0.01, L(new[0], n[2]), net("info", "Microsoft.Hosting.Lifetime", 0, "Hosting environment: Production"))
    w.add(4.9, L(new[0], n[2]), net("info", "Microsoft.AspNetCore.Hosting.Diagnostics", 2,
        "Request finished HTTP/1.1 GET http://%s:8080/healthz/ready - 200 - text/plain 3.0113ms" % nip))
    w.add(0.9, E, kev("Normal", "ScalingReplicaSet", "deployment/ticketing-api",
                      "Scaled down replica set %s to 2 from 3" % old_rs))
    w.add(0.3, L(old[2], n[1]), net("info", "Microsoft.Hosting.Lifetime", 0, "Application is shutting down..."))
    w.add(1.7, L(old[0], n[0]), net("info", "Microsoft.AspNetCore.Hosting.Diagnostics", 2,
        "Request finished HTTP/1.1 GET %s/wp-login.php - 404 0 - 0.8812ms" % host))
    w.add(2.2, L(old[1], n[3]), net("info", "Ferry.Ticketing.Api.Middleware.RequestAbortLogger", 0,
        "Client disconnected before the response completed: GET /api/sailings/HEL-TLL/seatmap (elapsed 2214 ms)"))
    w.add(1.5, E, kev("Normal", "ScalingReplicaSet", "deployment/ticketing-api",
                      "Scaled up replica set %s to 2 from 1" % new_rs))
    w.add(1.9, E, kev("Normal", "Started", "pod/" + new[1], "Started container ticketing-api"))
    w.add(3.1, L(new[1], n[1]), net("info", "Microsoft.Hosting.Lifetime", 14, "Now listening on: http://[::]:8080"))
    bk = "FB-%06d" % rng.randint(100000, 999999)
    w.add(2.6, L(new[0], n[2]), net("info", "Microsoft.AspNetCore.Hosting.Diagnostics", 2,
        "Request finished HTTP/1.1 POST %s/api/bookings - 201 611 application/json; charset=utf-8 142.7702ms" % host))
    w.add(0.05, L(new[0], n[2]), net("info", "Ferry.Ticketing.Api.Booking.ConfirmationPublisher", 0,
        "Published BookingConfirmed %s to exchange booking.events" % bk))
    w.add(4.4, E, kev("Normal", "ScalingReplicaSet", "deployment/ticketing-api",
                      "Scaled down replica set %s to 0 from 1" % old_rs))
    return record(1, "ferry", "The ticketing-api rollout threw a readiness failure and some 404s - is anything wrong?",
                  SEL(ns, app), w, "INFO", "none", "ticketing-api",
                  "No incident: a routine rolling update of ticketing-api. The readiness failure is the new pod probed before Kestrel was listening, and the shutdown, 404 (scanner probing /wp-login.php), client disconnect and EF Core model warning are all expected.",
                  "ticketing-api rolled from the old to the new ReplicaSet without failed requests; new pods became ready and served bookings.",
                  "No action needed.")


def r002():
    w = Window()
    ns, app = "esports-stats", "stats-ingest"
    p = pods(app, 3)
    n = ESP_NODES
    L = [K(ns, p[i], app, n[i], app) for i in range(3)]
    t = "spring-major"
    api = "https://api.gamedata.example/v3/matches/%d/timeline"
    m = [rng.randint(88000, 88999) for _ in range(4)]

    def r429(i, mid, ev):
        w.add(1.3, L[i], rs("WARN", "stats_ingest::upstream",
            'rate limited by upstream status=429 url="%s" retry_after_s=2 x_ratelimit_limit=600 x_ratelimit_remaining=0 key="esp-prod-7f"' % (api % mid)), ev=ev)

    def ok(i, waited):
        w.add(2.1, L[i], rs("INFO", "stats_ingest::upstream", "request succeeded after retry attempt=2 status=200 waited_ms=%d" % waited))

    def poll(i, mid, events, ms):
        w.add(1.0, L[i], rs("INFO", "stats_ingest::poller",
            'polled match timeline tournament="%s" match_id=%d events=%d elapsed_ms=%d' % (t, mid, events, ms)))

    def sink(i, part, recs):
        w.add(0.6, L[i], rs("INFO", "stats_ingest::sink", 'produced batch topic="live-stats" partition=%d records=%d' % (part, recs)))

    poll(0, m[0], 1184, 412)
    sink(1, 4, 500)
    poll(2, m[2], 903, 388)
    r429(0, m[0], 1)
    r429(1, m[1], 2)
    ok(0, 2140)
    sink(2, 7, 500)
    ok(1, 2210)
    w.add(1.2, L[0], rs("WARN", "stats_ingest::poller",
        'ingest lag above target lag_ms=4210 target_ms=2000 tournament="%s"' % t), ev=4)
    r429(2, m[2], 3)
    ok(2, 2075)
    poll(1, m[1], 1411, 455)
    sink(0, 1, 500)
    poll(2, m[3], 640, 301)
    w.add(4.0, L[0], rs("INFO", "stats_ingest::poller", "ingest lag back under target lag_ms=1380 target_ms=2000"))
    w.add(3.0, L[2], rs("INFO", "stats_ingest::metrics", "window summary polls=1800 http_429=37 retried_ok=37 dropped=0 p99_poll_ms=2390"))
    sink(1, 9, 500)
    return record(2, "esports", "Live stats on the broadcast run a few seconds behind during the semifinal - is stats-ingest in trouble?",
                  SEL(ns, app), w, "WARN", "rate_limited", "stats-ingest",
                  "The three stats-ingest replicas poll the publisher's match API with one shared key and exceed its 600 requests/min quota during the semifinal burst; the API answers 429 with Retry-After, the retries succeed, but ingest lag rises to about 4 s.",
                  "stats-ingest is being throttled (HTTP 429) by api.gamedata.example; every throttled request succeeded on retry and lag recovered, so live stats were only briefly delayed.",
                  "Coordinate polling across replicas (shared token bucket or per-replica match sharding), keep honouring Retry-After with jitter, and request a higher quota or the push feed for the finals.")


def r003():
    w = Window()
    node = "bb-k8s-w03"
    NJ = lambda unit: NODEL(node, unit)
    NE = {"job": "kubernetes-events", "node": node}
    inv = pods("inventory-svc", 2)
    oa = pods("order-api", 1)[0]
    si = pods("sensor-ingest", 1)[0]
    dbip = ip("10.42")
    order = lambda: "ORD-%07d" % rng.randint(1000000, 9999999)
    mongo_host = "inventory-db-0.inventory-db.inventory.svc.cluster.local:27017"
    w.add(0, NJ("containerd.service"), "<<syslog>> bb-k8s-w03 systemd[1]: containerd.service: Main process exited, code=dumped, status=6/ABRT", ev=1)
    w.add(0.01, NJ("containerd.service"), "<<syslog>> bb-k8s-w03 systemd[1]: containerd.service: Failed with result 'core-dump'.")
    w.add(5.0, NJ("containerd.service"), "<<syslog>> bb-k8s-w03 systemd[1]: containerd.service: Scheduled restart job, restart counter is at 5.")
    w.add(0.4, NJ("containerd.service"), "<<syslog>> bb-k8s-w03 systemd[1]: containerd.service: Start request repeated too quickly.")
    w.add(0.01, NJ("containerd.service"), "<<syslog>> bb-k8s-w03 systemd[1]: Failed to start containerd.service - containerd container runtime.", ev=2)
    w.add(3.2, NJ("kubelet.service"),
        '<<syslog>> bb-k8s-w03 kubelet[1184]: E<<klog>>    1184 remote_runtime.go:633] "Status from runtime service failed" err="rpc error: code = Unavailable desc = connection error: desc = \\"transport: Error while dialing: dial unix /run/containerd/containerd.sock: connect: connection refused\\""')
    w.add(60.0, NJ("kubelet.service"),
        '<<syslog>> bb-k8s-w03 kubelet[1184]: E<<klog>>    1184 kubelet.go:2359] "Skipping pod synchronization" err="[container runtime is down, PLEG is not healthy: pleg was last seen active 3m0.412s ago; threshold is 3m0s]"', ev=3)
    w.add(0.2, NJ("kubelet.service"),
        '<<syslog>> bb-k8s-w03 kubelet[1184]: I<<klog>>    1184 setters.go:600] "Node became not ready" node="bb-k8s-w03" condition={"type":"Ready","status":"False","reason":"KubeletNotReady","message":"container runtime is down"}')
    w.add(38.0, NE, kev("Normal", "NodeNotReady", "node/bb-k8s-w03", "Node bb-k8s-w03 status is now: NodeNotReady"), ev=4)
    w.add(0.3, EVL("inventory", "inventory-db"), kev("Warning", "NodeNotReady", "pod/inventory-db-0", "Node is not ready"), ev=5)
    w.add(0.1, EVL("coldchain", "sensor-ingest"), kev("Warning", "NodeNotReady", "pod/" + si, "Node is not ready"))
    w.add(6.5, K("inventory", inv[0], "inventory-svc", "bb-k8s-w01", "inventory-svc"), net("fail", "Bloodbank.Inventory.Api.Reservations.ReservationService", 0,
        'Reservation for order %s failed: System.TimeoutException: A timeout occurred after 30000ms selecting a server using CompositeServerSelector{ Selectors = WritableServerSelector, LatencyLimitingServerSelector{ AllowedLatencyRange = 00:00:00.0150000 }, OperationsCountServerSelector }. Client view of the cluster state is { ClusterId : "1", DirectConnection : "False", Type : "Unknown", State : "Disconnected", Servers : [{ ServerId: "{ ClusterId : 1, EndPoint : "Unspecified/%s" }", EndPoint: "Unspecified/%s", ReasonChanged: "Heartbeat", State: "Disconnected", Type: "Unknown", HeartbeatException: "MongoDB.Driver.MongoConnectionException: An exception occurred while opening a connection to the server. ---> System.TimeoutException: Timed out connecting to %s:27017. Timeout was 00:00:30." }] }.' % (order(), mongo_host, mongo_host, dbip)), ev=6)
    w.add(0.4, K("hospital-api", oa, "istio-proxy", "bb-k8s-w02", "order-api"),
        '[<<iso>>] "POST /v1/orders HTTP/1.1" 503 - via_upstream - "-" 1422 96 30042 30040 "10.60.14.2" "Mirth-Connect/4.5" "%s" "orders.bloodbank.example" "%s:8080" inbound|8080|| 127.0.0.6:46211 %s:8080 10.60.14.2:0 orders.bloodbank.example default' % (uuid4(), ip("10.42"), ip("10.42")), ev=7)
    w.add(1.1, K("hospital-api", oa, "order-api", "bb-k8s-w02", "order-api"),
        zap("error", "orders/handler.go:212", "order rejected: inventory unavailable", hospital="st-elm", order_id=order(), status=503, upstream="inventory-svc"))
    w.add(7.0, EVL("inventory", "inventory-svc"), kev("Warning", "Unhealthy", "pod/" + inv[1],
        "Readiness probe failed: HTTP probe failed with statuscode: 503"))
    w.add(52.0, NJ("kubelet.service"),
        '<<syslog>> bb-k8s-w03 kubelet[1184]: E<<klog>>    1184 kubelet.go:2359] "Skipping pod synchronization" err="[container runtime is down, PLEG is not healthy: pleg was last seen active 5m1.907s ago; threshold is 3m0s]"')
    w.add(9.0, K("inventory", inv[1], "inventory-svc", "bb-k8s-w04", "inventory-svc"), net("fail", "Bloodbank.Inventory.Api.Reservations.ReservationService", 0,
        "Reservation for order %s failed: System.TimeoutException: A timeout occurred after 30000ms selecting a server using CompositeServerSelector{ Selectors = WritableServerSelector, LatencyLimitingServerSelector{ AllowedLatencyRange = 00:00:00.0150000 }, OperationsCountServerSelector }. Client view of the cluster state is { ClusterId : \"1\", Type : \"Unknown\", State : \"Disconnected\" }." % order()))
    w.add(0.5, K("hospital-api", oa, "order-api", "bb-k8s-w02", "order-api"),
        zap("error", "orders/handler.go:212", "order rejected: inventory unavailable", hospital="northvale", order_id=order(), status=503, upstream="inventory-svc"))
    w.add(40.0, EVL("inventory", "inventory-db"), kev("Normal", "TaintManagerEviction", "pod/inventory-db-0",
        "Marking for deletion Pod inventory/inventory-db-0"))
    w.add(30.0, K("hospital-api", oa, "istio-proxy", "bb-k8s-w02", "order-api"),
        '[<<iso>>] "POST /v1/orders HTTP/1.1" 503 - via_upstream - "-" 1388 96 30038 30036 "10.60.9.7" "Mirth-Connect/4.5" "%s" "orders.bloodbank.example" "%s:8080" inbound|8080|| 127.0.0.6:51877 %s:8080 10.60.9.7:0 orders.bloodbank.example default' % (uuid4(), ip("10.42"), ip("10.42")))
    return record(3, "bloodbank", "Hospital orders are failing with 503 and inventory looks dead - what happened?",
                  None, w, "CRITICAL", "node_failure", "bb-k8s-w03",
                  "containerd on node bb-k8s-w03 aborted and systemd gave up restarting it, so the kubelet reports the container runtime down and the node goes NotReady; inventory-db-0, the only MongoDB replica of the inventory service, ran on that node and is unreachable.",
                  "Node bb-k8s-w03 lost its container runtime and went NotReady; the single inventory MongoDB replica is gone, so inventory reservations time out and hospital orders fail with 503.",
                  "Restore containerd on bb-k8s-w03 (inspect the core dump / journal, reset-failed and start containerd) or recover the node; if it cannot return quickly, force-delete inventory-db-0 so the StatefulSet can reschedule it and reattach its volume elsewhere. Plan a MongoDB replica set for inventory.")


def r004():
    w = Window()
    ns, app = "ferry-booking", "deck-planner"
    p = pods(app, 3)
    n = FERRY_NODES
    L = [K(ns, p[i], app, n[(i + 1) % 4], app) for i in range(3)]
    d = day(w.start, 3).replace("-", "")
    sa = "AUR-%s-1330" % d
    lg = "f.f.d.api.AllocationController"

    def npe(i, thread, ev=None):
        w.add(1.6, L[i], spring("ERROR", app, thread, "o.a.c.c.C.[.[.[/].[dispatcherServlet]",
            'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: java.lang.NullPointerException: Cannot invoke "fi.ferry.deck.model.LaneProfile.getMaxAxleLoadKg()" because the return value of "fi.ferry.deck.model.VesselLayout.profileFor(int)" is null] with root cause'), ev=ev)

    w.add(0, L[0], spring("INFO", app, "nio-8080-exec-3", lg,
        "allocated lane sailing=NOR-%s-0915 vehicleClass=CAR lengthM=4.6 lane=3 deck=4" % d))
    w.add(2.2, L[1], spring("INFO", app, "layout-refresh-1", "f.f.d.layout.VesselLayoutRegistry",
        'Loaded deck layout vessel="MS Aurora Borealis" revision=2026-R2 lanes=11 laneProfiles=10'), ev=1)
    w.add(1.9, L[1], spring("INFO", app, "nio-8080-exec-1", lg,
        "allocated lane sailing=%s vehicleClass=CAR lengthM=4.9 lane=2 deck=3" % sa))
    npe(2, "nio-8080-exec-7", ev=2)
    w.add(0.002, L[2], 'java.lang.NullPointerException: Cannot invoke "fi.ferry.deck.model.LaneProfile.getMaxAxleLoadKg()" because the return value of "fi.ferry.deck.model.VesselLayout.profileFor(int)" is null')
    w.add(0.001, L[2], "\tat fi.ferry.deck.allocation.HeavyVehicleAllocator.allocate(HeavyVehicleAllocator.kt:88)", ev=3)
    w.add(0.001, L[2], "\tat fi.ferry.deck.api.AllocationController.allocate(AllocationController.kt:54)")
    w.add(2.7, L[0], spring("INFO", app, "nio-8080-exec-5", lg,
        "allocated lane sailing=%s vehicleClass=CAR lengthM=4.4 lane=1 deck=3" % sa))
    npe(0, "nio-8080-exec-9", ev=4)
    w.add(0.4, L[1], spring("WARN", app, "nio-8080-exec-2", "f.f.d.api.GlobalExceptionHandler",
        "allocation failed sailing=%s vehicleClass=HGV lengthM=16.5 -> 500 (correlationId=%s)" % (sa, hx(16))))
    w.add(2.5, L[2], spring("INFO", app, "nio-8080-exec-4", lg,
        "allocated lane sailing=%s vehicleClass=VAN lengthM=5.9 lane=4 deck=3" % sa))
    npe(1, "nio-8080-exec-6", ev=5)
    w.add(3.3, L[0], spring("INFO", app, "nio-8080-exec-8", lg,
        "allocated lane sailing=NOR-%s-0915 vehicleClass=HGV lengthM=16.5 lane=7 deck=3" % d))
    w.add(2.0, L[2], spring("INFO", app, "nio-8080-exec-2", lg,
        "allocated lane sailing=BAL-%s-1700 vehicleClass=CAR lengthM=4.7 lane=2 deck=5" % d))
    w.add(6.0, L[1], spring("INFO", app, "metrics-1", "f.f.d.metrics.AllocationStats",
        'last 5m allocations=412 failed=19 failedBy={vessel="MS Aurora Borealis", vehicleClass in [HGV, BUS, TRAILER]}'), ev=6)
    return record(4, "ferry", "Travel agents say truck bookings fail with a server error on some sailings - why?",
                  SEL(ns, app), w, "ERROR", "application_error", "deck-planner",
                  "deck-planner's HeavyVehicleAllocator calls profileFor(lane) without a null check; the refitted MS Aurora Borealis layout (revision 2026-R2) has 11 lanes but only 10 lane profiles, so allocating any heavy vehicle on that vessel throws a NullPointerException and returns 500.",
                  "Heavy-vehicle (HGV, bus, trailer) lane allocation fails with 500 for every MS Aurora Borealis sailing; cars and other vessels allocate normally.",
                  "Add the missing lane profile to the Aurora Borealis 2026-R2 layout and make HeavyVehicleAllocator reject lanes without a profile instead of dereferencing null; then retry the failed bookings.")


def r005():
    w = Window()
    ns, app = "esports-match", "matchmaker"
    p = pods(app, 3)
    q = pods(app, 1)[0]
    n = ESP_NODES
    L = [K(ns, p[i], app, n[i], app) for i in range(3)]
    Lq = K(ns, q, app, n[3], app)
    E = EVL(ns, app)
    rid = lambda: "request_id=F" + rstr(19, ALNUM) + " "
    r1 = rid()
    w.add(0, L[1], ex("info", "GET /api/queues/ranked-eu/status", r1))
    w.add(0.002, L[1], ex("info", "Sent 200 in 2ms", r1))
    w.add(1.4, E, kev("Normal", "Killing", "pod/" + p[0], "Stopping container matchmaker"))
    w.add(0.05, L[0], ex("notice", "SIGTERM received - shutting down"))
    w.add(0.02, L[0], ex("info", "Shutting down 212 sockets in 1 rounds of 2000ms"))
    w.add(2.1, L[2], ex("info", '[libcluster:matchmaker] disconnected from :"matchmaker@10.244.1.18"'))
    w.add(0.1, L[2], ex("info", "queue ranked-eu owner moved from matchmaker@10.244.1.18 to matchmaker@10.244.2.31 (reason: :shutdown)"))
    w.add(0.6, L[1], ex("info", "CONNECTED TO MatchmakerWeb.UserSocket in 388\u00b5s"))
    w.add(0.01, L[1], ex("info", "JOINED queue:ranked-eu in 91\u00b5s"))
    w.add(3.2, L[2], ex("warning", "ticket t_%s waited 94s in ranked-eu; widening MMR window to +/-250" % hx(8)))
    w.add(1.3, L[2], ex("info", "match formed match_id=m_%s queue=ranked-eu players=10 avg_mmr=2310 spread=180" % hx(10)))
    w.add(2.4, L[1], ex("info", "player session closed player_id=p_%s reason=:closed (client disconnected)" % hx(8)))
    w.add(3.5, E, kev("Normal", "Started", "pod/" + q, "Started container matchmaker"))
    w.add(1.8, Lq, ex("info", "Running MatchmakerWeb.Endpoint with Bandit 1.5.7 at :::4000 (http)"))
    w.add(0.01, Lq, ex("info", "Access MatchmakerWeb.Endpoint at https://play.esports.example"))
    w.add(0.9, L[2], ex("info", '[libcluster:matchmaker] connected to :"matchmaker@10.244.3.7"'))
    r2 = rid()
    w.add(2.2, L[1], ex("info", "GET /api/queues/ranked-na/status", r2))
    w.add(0.003, L[1], ex("info", "Sent 200 in 3ms", r2))
    w.add(1.7, L[2], ex("info", "match formed match_id=m_%s queue=ranked-na players=10 avg_mmr=1875 spread=140" % hx(10)))
    return record(5, "esports", "Matchmaker logged SIGTERM and a queue owner change - did we lose the ranked queues?",
                  SEL(ns, app), w, "INFO", "none", "matchmaker",
                  "No incident: a matchmaker pod was replaced during a rollout; it drained its sockets, queue ownership moved to a surviving node and the new pod joined the cluster. The long-wait warning and client disconnect are normal queue behaviour.",
                  "Ranked queues kept forming matches throughout the pod replacement.",
                  "No action needed.")


def r006():
    w = Window()
    ns = "donor"
    web = pods("donor-portal", 2)
    sq = pods("donor-sidekiq", 1)[0]
    n = BB_NODES
    LW = [K(ns, web[i], "donor-portal", n[i], "donor-portal") for i in range(2)]
    LS = K(ns, sq, "donor-sidekiq", n[2], "donor-sidekiq")
    LD = K(ns, "donor-db-0", "postgres", n[3], "donor-db")
    rid = lambda: uuid4()
    appt = lambda: rng.randint(80000, 99999)
    jid1, jid2 = hx(24), hx(24)

    def started(L, r, verb, path):
        w.add(1.0, L, 'I, [<<rb>> #1]  INFO -- : [%s] Started %s "%s" for 10.42.0.1 at <<rails_at>>' % (r, verb, path))

    def done(L, r, text, gap=0.1):
        w.add(gap, L, 'I, [<<rb>> #1]  INFO -- : [%s] %s' % (r, text))

    a = rid()
    started(LW[0], a, "POST", "/appointments/%d/confirm" % appt())
    done(LW[0], a, "Completed 200 OK in 84ms (Views: 0.6ms | ActiveRecord: 41.2ms | Allocations: 12044)")
    w.add(2.0, LS, "<<iso>> pid=1 tid=2kx8 class=SlotRebalanceJob jid=%s INFO: start" % jid1)
    b = rid()
    started(LW[1], b, "POST", "/appointments/%d/confirm" % appt())
    w.add(1.0, LD, "<<sp_ms>> UTC [4412] ERROR:  deadlock detected", ev=1)
    w.add(0.001, LD, "<<sp_ms>> UTC [4412] DETAIL:  Process 4412 waits for ShareLock on transaction 918233; blocked by process 4398.")
    w.add(0.001, LD, "\tProcess 4398 waits for ShareLock on transaction 918231; blocked by process 4412.")
    w.add(0.001, LD, '<<sp_ms>> UTC [4412] CONTEXT:  while updating tuple (1203,7) in relation "appointment_slots"', ev=2)
    done(LW[1], b, "Completed 500 Internal Server Error in 1043ms (ActiveRecord: 1012.9ms | Allocations: 9310)", gap=0.02)
    w.add(0.01, LW[1], "F, [<<rb>> #1] FATAL -- : [%s] ActiveRecord::Deadlocked (PG::TRDeadlockDetected: ERROR:  deadlock detected" % b, ev=3)
    w.add(0.3, LS, "<<iso>> pid=1 tid=2kx8 class=SlotRebalanceJob jid=%s elapsed=1.211 INFO: done" % jid1)
    c = rid()
    started(LW[1], c, "POST", "/appointments/%d/confirm" % appt())
    done(LW[1], c, "Completed 200 OK in 96ms (Views: 0.5ms | ActiveRecord: 52.8ms | Allocations: 11873)")
    d = rid()
    started(LW[0], d, "GET", "/sites/3/slots?date=%s" % day(w.start, 2))
    done(LW[0], d, "Completed 200 OK in 31ms (Views: 12.1ms | ActiveRecord: 9.4ms | Allocations: 8120)")
    w.add(290.0, LS, "<<iso>> pid=1 tid=9qpe class=SlotRebalanceJob jid=%s INFO: start" % jid2)
    w.add(0.9, LD, "<<sp_ms>> UTC [4460] ERROR:  deadlock detected", ev=4)
    w.add(0.001, LD, '<<sp_ms>> UTC [4460] CONTEXT:  while updating tuple (1187,3) in relation "appointment_slots"')
    w.add(0.02, LS, "<<iso>> pid=1 tid=9qpe class=SlotRebalanceJob jid=%s elapsed=0.934 INFO: fail" % jid2)
    w.add(0.001, LS, "<<iso>> pid=1 tid=9qpe WARN: ActiveRecord::Deadlocked: PG::TRDeadlockDetected: ERROR:  deadlock detected")
    w.add(31.0, LS, "<<iso>> pid=1 tid=4hwz class=SlotRebalanceJob jid=%s INFO: start" % jid2)
    w.add(0.8, LS, "<<iso>> pid=1 tid=4hwz class=SlotRebalanceJob jid=%s elapsed=0.702 INFO: done" % jid2)
    return record(6, "bloodbank", "A donor got an error confirming an appointment and Sidekiq shows a failed job - what's going on?",
                  SEL(ns), w, "WARN", "database", "donor-sidekiq",
                  "The scheduled SlotRebalanceJob (donor-sidekiq) and the appointment-confirm endpoint update appointment_slots rows in opposite order, so PostgreSQL periodically detects a deadlock and aborts one transaction.",
                  "Intermittent PostgreSQL deadlocks on appointment_slots: one confirm request returned 500 and one SlotRebalanceJob run failed, but the user's retry and the Sidekiq retry both succeeded.",
                  "Make SlotRebalanceJob lock slots in the same order as the confirm path (SELECT ... ORDER BY id FOR UPDATE) or update in smaller per-site transactions; retry deadlocked confirms server-side meanwhile.")


def r007():
    w = Window()
    ns = "esports-bracket"
    sv = pods("bracket-svc", 2)
    sc = pods("bracket-scheduler", 1)[0]
    n = ESP_NODES
    LV = [K(ns, sv[i], "bracket-svc", n[i + 1], "bracket-svc") for i in range(2)]
    LC = K(ns, sc, "bracket-scheduler", n[0], "bracket-scheduler")
    rid = lambda: "request_id=F" + rstr(19, ALNUM) + " "
    redis = "redis-bracket.esports-bracket.svc.cluster.local:6379"
    refused = "Failed to connect to Redis (%s): connection refused" % redis
    r = rid()
    w.add(0, LV[0], ex("info", "GET /api/brackets/spring-major", r))
    w.add(0.002, LV[0], ex("info", "Sent 200 in 1ms", r))
    w.add(2.5, LV[0], ex("error", refused), ev=1)
    w.add(0.3, LV[1], ex("error", refused), ev=2)
    r = rid()
    w.add(1.6, LV[0], ex("info", "POST /api/matches/QF-3/result", r))
    w.add(0.004, LV[0], ex("error", "result write failed match=QF-3 tournament=spring-major error=%Redix.ConnectionError{reason: :closed}", r), ev=3)
    w.add(0.001, LV[0], ex("info", "Sent 503 in 4ms", r))
    w.add(3.0, LC, ex("warning", "advancement tick skipped for spring-major: %Redix.ConnectionError{reason: :econnrefused} (retry in 30s)"), ev=4)
    r = rid()
    w.add(2.0, LV[1], ex("info", "GET /api/brackets/spring-major", r))
    w.add(0.002, LV[1], ex("info", "Sent 200 in 1ms", r))
    w.add(4.0, LV[1], ex("error", refused))
    w.add(26.0, LC, ex("warning", "advancement tick skipped for spring-major: %Redix.ConnectionError{reason: :econnrefused} (retry in 30s)"))
    r = rid()
    w.add(3.5, LV[0], ex("info", "POST /api/matches/QF-4/result", r))
    w.add(0.003, LV[0], ex("error", "result write failed match=QF-4 tournament=spring-major error=%Redix.ConnectionError{reason: :closed}", r))
    w.add(0.001, LV[0], ex("info", "Sent 503 in 3ms", r))
    w.add(5.0, LV[1], ex("warning", "bracket cache for spring-major is 212s old (redis unavailable), serving stale copy"))
    w.add(4.0, LV[0], ex("error", refused))
    w.add(21.0, LC, ex("warning", "advancement tick skipped for spring-major: %Redix.ConnectionError{reason: :econnrefused} (retry in 30s)"))
    return record(7, "esports", "Referees can't submit quarterfinal results (503) - what is broken?",
                  SEL(ns), w, "ERROR", "connection_refused", "redis-bracket",
                  "redis-bracket, the Redis instance that stores bracket state, refuses connections on 6379, so bracket-svc cannot write match results and bracket-scheduler cannot advance the bracket.",
                  "Result submission returns 503 and bracket advancement is stalled because redis-bracket is unreachable; bracket views still load from a stale in-memory cache.",
                  "Restore redis-bracket (check its pod, Service endpoints and listener on 6379), then replay the rejected QF results and let bracket-scheduler catch up.")


def r008():
    w = Window()
    host = "gatecam-gw-01.ferry.internal"
    L = lambda svc: HOSTL(host, job="docker", compose_project="gatecam", compose_service=svc)
    T, G = L("traefik"), L("gate-ingest")

    def slog(level, msg, **f):
        d = {"time": "<<iso_ns>>", "level": level, "msg": msg}
        d.update(f)
        return J(d)

    key = "%s/G3/%s.jpg" % (day(w.start).replace("-", "/"), hx(12))
    w.add(0, G, slog("INFO", "plate read", gate="G3", lane=2, confidence=0.97, booking_match=True))
    w.add(1.4, T, '10.30.8.21 - - [<<clf>>] "POST /api/gate/G3/check-in HTTP/1.1" 200 142 "-" "gate-kiosk/2.4" 2211 "gate-api@docker" "http://172.19.0.4:8080" 23ms')
    w.add(2.2, T, '203.0.113.57 - - [<<clf>>] "GET /.env HTTP/1.1" 404 19 "-" "Mozilla/5.0 zgrab/0.x" 2212 "-" "-" 0ms')
    w.add(3.0, G, slog("WARN", "rtsp stream stalled, reconnecting", camera="cam-g3-entry", attempt=1))
    w.add(1.8, G, slog("INFO", "rtsp stream reconnected", camera="cam-g3-entry", after_ms=1840))
    w.add(2.6, G, slog("WARN", "snapshot upload failed, retrying", bucket="gate-snapshots", key=key,
                       err='Put "http://minio:9000/gate-snapshots/%s": EOF' % key, attempt=1))
    w.add(0.5, G, slog("INFO", "snapshot uploaded", bucket="gate-snapshots", key=key, bytes=184233, attempt=2))
    w.add(3.3, T, '198.51.100.23 - - [<<clf>>] "GET /wp-login.php HTTP/1.1" 404 19 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)" 2213 "-" "-" 0ms')
    w.add(2.0, G, slog("INFO", "plate read", gate="G1", lane=1, confidence=0.62, booking_match=False, routed="manual-lane"))
    w.add(1.1, T, '10.30.8.17 - - [<<clf>>] "POST /api/gate/G1/check-in HTTP/1.1" 200 139 "-" "gate-kiosk/2.4" 2214 "gate-api@docker" "http://172.19.0.4:8080" 31ms')
    w.add(2.4, G, slog("INFO", "websocket client disconnected", client="kiosk-g1", code=1001, reason="going away"))
    w.add(0.6, G, slog("INFO", "websocket client connected", client="kiosk-g1"))
    w.add(3.1, G, slog("INFO", "hourly summary", reads=1422, matched=1390, manual_review=32, uploads=1422, upload_retries=3, errors=0))
    w.add(1.9, T, '10.30.8.21 - - [<<clf>>] "GET /api/gate/G3/status HTTP/1.1" 200 88 "-" "gate-kiosk/2.4" 2215 "gate-api@docker" "http://172.19.0.4:8080" 4ms')
    w.add(2.2, G, slog("INFO", "plate read", gate="G3", lane=1, confidence=0.99, booking_match=True))
    return record(8, "ferry", "The gate camera box logged stream stalls and upload failures this morning - anything to fix?",
                  None, w, "INFO", "none", "gate-ingest",
                  "No incident: a brief RTSP stall and one MinIO upload EOF were retried successfully, the 404s are internet scanners hitting Traefik, and the kiosk websocket reconnect is normal; the hourly summary shows errors=0.",
                  "Gate plate reading, check-in and snapshot uploads on gatecam-gw-01 are working normally.",
                  "No action needed.")


def r009():
    w = Window()
    ns, app = "esports-overlay", "overlay-gateway"
    p = pods(app, 4)
    n = ESP_NODES
    L = [K(ns, p[i], app, n[i], app) for i in range(4)]
    E = EVL(ns, app)
    KN = NODEL(n[2], "kernel")
    img = "registry.esports.internal/overlay/overlay-gateway:3.8.1"
    cid = hx(64)
    pod_uid = uuid4().replace("-", "_")
    push = lambda i, match, subs: w.add(1.2, L[i], pino(30, p[i], "overlay state pushed", match=match, subscribers=subs))
    push(0, "SF-1", 3120)
    push(2, "SF-1", 2988)
    w.add(1.5, L[2], pino(40, p[2], "render cache size high", entries=18422, heap_used_mb=402, rss_mb=468), ev=4)
    push(1, "SF-2", 3301)
    push(3, "SF-2", 3176)
    w.add(9.0, L[2], pino(40, p[2], "render cache size high", entries=24110, heap_used_mb=471, rss_mb=507), ev=3)
    w.add(2.3, KN, "<<syslog>> %s kernel: node invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=984" % n[2])
    w.add(0.001, KN, "<<syslog>> %s kernel: oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=cri-containerd-%s.scope,mems_allowed=0,oom_memcg=/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod%s.slice/cri-containerd-%s.scope,task_memcg=/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod%s.slice/cri-containerd-%s.scope,task=node,pid=48213,uid=1000" % (n[2], cid, pod_uid, cid, pod_uid, cid), ev=2)
    w.add(0.001, KN, "<<syslog>> %s kernel: Memory cgroup out of memory: Killed process 48213 (node) total-vm:1342124kB, anon-rss:521340kB, file-rss:31244kB, shmem-rss:0kB, UID:1000 pgtables:1480kB oom_score_adj:984" % n[2], ev=1)
    push(0, "SF-1", 2240)
    w.add(1.1, E, kev("Normal", "Pulled", "pod/" + p[2], 'Container image "%s" already present on machine' % img), ev=5)
    w.add(0.2, E, kev("Normal", "Started", "pod/" + p[2], "Started container overlay-gateway"))
    w.add(1.6, L[2], pino(30, p[2], "server listening", port=8080, render_cache="cold"))
    w.add(1.3, L[0], pino(30, p[0], "clients reconnected", count=871, from_pod=p[2]))
    push(1, "SF-2", 3290)
    push(3, "SF-2", 3184)
    push(2, "SF-1", 1122)
    push(0, "SF-1", 3117)
    return record(9, "esports", "One overlay-gateway pod restarted in the middle of the semifinal - should we worry?",
                  None, w, "WARN", "oom_killed", "overlay-gateway",
                  "overlay-gateway's render cache grows with every overlay variant during the semifinal until one replica exceeds its 512Mi memory limit and the kernel's memory-cgroup OOM killer kills the node process.",
                  "One of four overlay-gateway replicas was OOM-killed once and restarted; its viewers reconnected to the other replicas and overlays kept updating.",
                  "Cap or evict the render cache (LRU by entry count/bytes) and raise the memory limit or request for tournament days; watch heap_used_mb on the other replicas.")


def r010():
    w = Window()
    ns = "inventory"
    inv = pods("inventory-svc", 2)
    job = "expiry-sweep-29541120"
    jp = job + "-" + kid(5)
    n = BB_NODES
    LI = [K(ns, inv[i], "inventory-svc", n[i], "inventory-svc") for i in range(2)]
    LM = K(ns, "inventory-db-0", "mongod", n[2], "inventory-db")
    LJ = K(ns, jp, "expiry-sweep", n[3], "expiry-sweep")
    EJ = EVL(ns, "expiry-sweep")

    def dn(i, level, cat, msg, eid=0):
        w.add(1.2, LI[i], J({"Timestamp": "<<iso>>", "EventId": eid, "LogLevel": level, "Category": cat, "Message": msg}))

    order = lambda: "ORD-%07d" % rng.randint(1000000, 9999999)
    cip = ip("10.42")
    dn(0, "Information", "Bloodbank.Inventory.Api.Reservations.ReservationService", "Reserved 2 unit(s) RBC O_NEG for order %s at site central" % order())
    w.add(0.8, LM, mongo("I", "NETWORK", 22943, "listener", "Connection accepted",
                         {"remote": cip + ":53112", "uuid": {"uuid": {"$uuid": uuid4()}}, "connectionId": 4412, "connectionCount": 38}))
    w.add(0.9, LJ, "<<sp_ms>> INFO expiry_sweep: scanned units=18422 expiring_72h=37 expired_quarantined=4")
    dn(1, "Information", "Microsoft.AspNetCore.Hosting.Diagnostics",
       "Request finished HTTP/1.1 GET http://inventory-svc.inventory.svc.cluster.local:8080/v2/stock?site=central - 200 2211 application/json; charset=utf-8 12.4410ms", 2)
    w.add(1.5, LM, mongo("I", "COMMAND", 51803, "conn4398", "Slow query",
                         {"type": "command", "ns": "inventory.units", "command": {"aggregate": "units", "pipeline": [{"$match": {"status": "available"}}, {"$group": {"_id": "$bloodGroup", "n": {"$sum": 1}}}]},
                          "planSummary": "IXSCAN { status: 1, bloodGroup: 1 }", "keysExamined": 18422, "docsExamined": 0, "nreturned": 8, "durationMillis": 143}))
    w.add(0.7, LJ, "<<sp_ms>> INFO expiry_sweep: memory usage 71% of limit (364Mi/512Mi), peak 74%")
    w.add(0.2, LJ, "<<sp_ms>> INFO expiry_sweep: done in 48.2s units=18422 flagged=37 quarantined=4 errors=0")
    w.add(1.4, EJ, kev("Normal", "Completed", "job/" + job, "Job completed"))
    w.add(0.6, LM, mongo("I", "NETWORK", 22944, "conn4401", "Connection ended",
                         {"remote": ip("10.42") + ":50871", "uuid": {"uuid": {"$uuid": uuid4()}}, "connectionId": 4401, "connectionCount": 37}))
    dn(0, "Information", "Bloodbank.Inventory.Api.StockStream", "SSE client disconnected (stock dashboard ward-4), subscription closed after 3611s")
    w.add(0.9, EVL(ns, "expiry-sweep"), kev("Normal", "SawCompletedJob", "cronjob/expiry-sweep", "Saw completed job: %s, status: Complete" % job))
    w.add(0.1, EVL(ns, "expiry-sweep"), kev("Normal", "SuccessfulDelete", "cronjob/expiry-sweep", "Deleted job expiry-sweep-29541000"))
    dn(1, "Warning", "Bloodbank.Inventory.Api.Reservations.ReservationService",
       "Write conflict reserving units for order %s (attempt 1); retrying" % order())
    dn(1, "Information", "Bloodbank.Inventory.Api.Reservations.ReservationService", "Reserved 1 unit(s) PLT A_POS for order %s at site north (attempt 2)" % order())
    w.add(1.1, LM, mongo("I", "NETWORK", 51800, "conn4413", "client metadata",
                         {"remote": ip("10.42") + ":53140", "client": "conn4413", "doc": {"driver": {"name": "mongo-csharp-driver", "version": "2.28.0"}, "os": {"type": "Linux"}, "platform": ".NET 8.0.8"}}))
    dn(0, "Information", "Bloodbank.Inventory.Api.Reservations.ReservationService", "Reserved 4 unit(s) FFP AB for order %s at site central" % order())
    return record(10, "bloodbank", "The inventory namespace shows a slow query, a write conflict and a job at 71% memory - is stock management healthy?",
                  SEL(ns), w, "INFO", "none", "inventory-svc",
                  "No incident: the nightly expiry-sweep job finished with errors=0 within its memory limit, the 143 ms MongoDB slow-query entry is a single aggregate just over the 100 ms logging threshold, the write conflict was retried successfully, and the SSE disconnect is a dashboard closing.",
                  "Inventory reservations and the nightly expiry sweep completed normally.",
                  "No action needed.")


# ---------------------------------------------------------------- batch 2: 011-020
def envoy(method, path, code, flags, details, rx, tx, dur, ust, xff, ua, authority, uhost, cluster, ula, dla, dra, sni="-", route="default", proto="HTTP/1.1"):
    """Istio default text access log format."""
    return ('[<<iso>>] "%s %s %s" %s %s %s - "-" %d %d %d %s "%s" "%s" "%s" "%s" "%s" %s %s %s %s %s %s'
            % (method, path, proto, code, flags, details, rx, tx, dur, ust, xff, ua, uuid4(), authority, uhost, cluster, ula, dla, dra, sni, route))


def r011():
    w = Window()
    host = "ais-gw-01.ferry.internal"
    L = lambda unit: HOSTL(host, job="systemd-journal", unit=unit)
    AR, KE, RA = L("ais-receiver.service"), L("kernel"), L("rasdaemon.service")
    pfx = "<<syslog>> ais-gw-01 "

    def stats(msgs, bad):
        w.add(15.0, AR, pfx + "ais-receiver[812]: stats: msgs=%d (type1=%d type5=%d type18=%d other=%d) stations=3 bad_crc=%d window=60s"
              % (msgs, msgs * 7 // 10, msgs // 14, msgs // 6, msgs - msgs * 7 // 10 - msgs // 14 - msgs // 6, bad))

    edac = pfx + "kernel: EDAC MC0: %d CE memory read error on CPU_SrcID#0_Ha#0_Chan#1_DIMM#0 (channel:1 slot:0 page:0x3f2a1 offset:0x340 grain:32 syndrome:0x0 - area:DRAM err_code:0001:0091 socket:0 ha:0 channel_mask:2 rank:1)"
    stats(4212, 11)
    w.add(7.0, KE, edac % 1, ev=2)
    w.add(0.01, RA, pfx + "rasdaemon[702]: Corrected memory error: 1 CE on DIMM_B1 (mc:0 channel:1 slot:0 page:0x3f2a1 offset:0x340 grain:32)")
    stats(4188, 9)
    w.add(11.0, L("chronyd.service"), pfx + "chronyd[601]: Selected source 10.20.0.5 (ntp1.ferry.internal)")
    w.add(19.0, KE, edac % 3, ev=3)
    w.add(0.01, KE, pfx + "kernel: mce: [Hardware Error]: Machine check events logged", ev=4)
    w.add(4.0, AR, pfx + "ais-receiver[812]: NMEA feed station=porkkala-1 reconnected after 2.1s (connection reset by peer)")
    w.add(2.0, RA, pfx + "rasdaemon[702]: Corrected memory error: 3 CE on DIMM_B1 (mc:0 channel:1 slot:0 page:0x3f2a1 offset:0x340 grain:32)")
    w.add(8.0, L("apt-daily.service"), pfx + "systemd[1]: Starting apt-daily.service - Daily apt download activities...")
    stats(4240, 10)
    w.add(5.0, L("apt-daily.service"), pfx + "systemd[1]: apt-daily.service: Deactivated successfully.")
    w.add(0.01, L("apt-daily.service"), pfx + "systemd[1]: Finished apt-daily.service - Daily apt download activities.")
    w.add(12.0, RA, pfx + "rasdaemon[702]: Page offline threshold exceeded: page 0x3f2a1000 on DIMM_B1 has 50 CE in 24h (threshold 50), soft-offlining", ev=1)
    w.add(0.02, KE, pfx + "kernel: Soft offlining pfn 0x3f2a1 at process virtual address 0x7f1c2e000000", ev=5)
    stats(4197, 12)
    w.add(20.0, KE, edac % 1)
    stats(4231, 8)
    return record(11, "ferry", "The AIS gateway VM is logging EDAC and machine-check messages - is vessel tracking at risk?",
                  None, w, "WARN", "node_failure", "ais-gw-01",
                  "DIMM_B1 (channel 1, slot 0) on ais-gw-01 is producing a rising rate of corrected ECC memory errors (50 CE in 24 h on one page, which the kernel has soft-offlined): a degrading memory module.",
                  "ais-gw-01 shows correctable memory errors on one DIMM; ECC is correcting them and the AIS receiver keeps decoding normally, but the module is trending toward failure.",
                  "Schedule replacement of DIMM_B1 on ais-gw-01 (or move the AIS receiver to the standby gateway first); keep rasdaemon CE counts under watch until then.")


def r012():
    w = Window()
    ns, app = "esports-payouts", "payouts-worker"
    old_rs = "payouts-worker-" + kid(10)
    p = pods(app, 2)
    new_rs = p[0].rsplit("-", 1)[0]
    n = ESP_NODES
    L = [K(ns, p[i], app, n[i + 1], app) for i in range(2)]
    E = EVL(ns, app)
    img = "registry.esports.internal/payouts/worker:2.9.0"
    uid = uuid4()

    def boot(i, full, ev=None):
        w.add(2.0, L[i], "<<sp_cms>> INFO [payouts.boot] starting payouts-worker version=2.9.0 commit=4e1c9a7 queue=payouts.high")
        w.add(0.3, L[i], "Traceback (most recent call last):")
        if full:
            w.add(0.001, L[i], '  File "/app/payouts/worker.py", line 18, in <module>')
            w.add(0.001, L[i], "    settings = Settings()")
            w.add(0.001, L[i], '  File "/usr/local/lib/python3.12/site-packages/pydantic_settings/main.py", line 171, in __init__')
        w.add(0.001, L[i], "pydantic_core._pydantic_core.ValidationError: 1 validation error for Settings", ev=ev)
        if full:
            w.add(0.001, L[i], "ledger_dsn")
            w.add(0.001, L[i], "  Field required [type=missing, input_value={'redis_url': 'redis://payouts-redis.esports-payouts.svc:6379/0', 'queue': 'payouts.high'}, input_type=dict]", ev=1)
            w.add(0.001, L[i], "    For further information visit https://errors.pydantic.dev/2.9/v/missing")

    w.add(0, E, kev("Normal", "ScalingReplicaSet", "deployment/payouts-worker", "Scaled down replica set %s to 0 from 2" % old_rs))
    w.add(6.0, E, kev("Normal", "ScalingReplicaSet", "deployment/payouts-worker", "Scaled up replica set %s to 2" % new_rs))
    w.add(4.0, E, kev("Normal", "Pulled", "pod/" + p[0], 'Successfully pulled image "%s" in 3.412s (3.412s including waiting). Image size: 61234567 bytes.' % img))
    w.add(0.3, E, kev("Normal", "Started", "pod/" + p[0], "Started container payouts-worker"))
    boot(0, True, ev=2)
    w.add(1.0, E, kev("Normal", "Started", "pod/" + p[1], "Started container payouts-worker"))
    boot(1, False)
    w.add(9.0, E, kev("Warning", "BackOff", "pod/" + p[0], "Back-off restarting failed container payouts-worker in pod %s_%s(%s)" % (p[0], ns, uid)), ev=3)
    w.add(1.5, E, kev("Warning", "BackOff", "pod/" + p[1], "Back-off restarting failed container payouts-worker in pod %s_%s(%s)" % (p[1], ns, uuid4())))
    w.add(38.0, L[0], "<<sp_cms>> INFO [payouts.boot] starting payouts-worker version=2.9.0 commit=4e1c9a7 queue=payouts.high")
    w.add(0.3, L[0], "pydantic_core._pydantic_core.ValidationError: 1 validation error for Settings")
    w.add(11.0, E, kev("Warning", "BackOff", "pod/" + p[0], "Back-off restarting failed container payouts-worker in pod %s_%s(%s)" % (p[0], ns, uid)), ev=4)
    return record(12, "esports", "Payouts stopped going out right after the 2.9.0 deploy - what happened?",
                  SEL(ns, app), w, "CRITICAL", "config_error", "payouts-worker",
                  "payouts-worker 2.9.0 requires the setting ledger_dsn (env PAYOUTS_LEDGER_DSN), which the Deployment does not provide; pydantic-settings validation fails at import and the process exits.",
                  "Both payouts-worker pods crash at startup and are in CrashLoopBackOff; because the Deployment uses the Recreate strategy the old version is gone too, so no payouts are processed.",
                  "Add PAYOUTS_LEDGER_DSN (from the ledger database Secret) to the payouts-worker Deployment or roll back to the previous release; then verify the queued payouts drain.")


def r013():
    w = Window()
    ns, app = "hospital-api", "order-api"
    p = pods(app, 2)
    n = BB_NODES
    LA = [K(ns, p[i], app, n[i], app) for i in range(2)]
    LP = [K(ns, p[i], "istio-proxy", n[i], app) for i in range(2)]
    pip = [ip("10.42") for _ in range(2)]
    na = iso_s(w.start - timedelta(days=2, hours=7, minutes=13))
    order = lambda: "ORD-%07d" % rng.randint(1000000, 9999999)
    ehr = "https://ehr-gw.northvale-hospital.example/fhir/Task/%s/$status"

    def inbound(i, code, method="POST", path="/v1/orders", src="10.60.14.2"):
        w.add(1.5, LP[i], envoy(method, path, code, "-", "via_upstream", 1422, 311, 48, "46", src, "Mirth-Connect/4.5",
                                "orders.bloodbank.example", pip[i] + ":8080", "inbound|8080||", "127.0.0.6:%d" % rng.randint(40000, 60000),
                                pip[i] + ":8080", src + ":0", "outbound_.8080_._.order-api.hospital-api.svc.cluster.local"))

    def failed(i, ev=None):
        w.add(2.0, LA[i], zap("error", "dispatch/ehr.go:141", "order status callback failed", hospital="northvale", order_id=order(),
                              error='Post "%s": remote error: tls: expired certificate' % (ehr % hx(12))), ev=ev)

    inbound(0, 201)
    w.add(0.05, LA[0], zap("info", "orders/handler.go:88", "order accepted", hospital="st-elm", order_id=order(), units=2, product="RBC O_NEG"))
    w.add(2.0, LA[1], zap("warn", "tlsutil/watch.go:57", "client certificate expired", cert="northvale-mtls",
                          subject="CN=order-api.bloodbank.example", issuer="CN=Northvale Partner Issuing CA", not_after=na,
                          secret="order-api-northvale-client-tls"), ev=1)
    failed(1, ev=2)
    w.add(0.01, LP[1], '[<<iso>>] "- - -" 0 - - - "-" 1822 7 41 - "-" "-" "-" "-" "203.0.113.40:443" PassthroughCluster %s:51022 203.0.113.40:443 %s:51020 - -' % (pip[1], pip[1]))
    w.add(0.02, LA[1], zap("info", "dispatch/retry.go:64", "callback queued for retry", hospital="northvale", attempt=4, next_in="5m0s"))
    inbound(0, 201, src="10.60.9.7")
    w.add(0.05, LA[0], zap("info", "orders/handler.go:88", "order accepted", hospital="st-elm", order_id=order(), units=1, product="PLT A_POS"))
    failed(0, ev=3)
    w.add(2.5, LA[0], zap("warn", "dispatch/retry.go:102", "retry queue depth high", hospital="northvale", pending=143, oldest_age="2h11m"), ev=4)
    inbound(1, 200, method="GET", path="/v1/orders/%s" % order())
    inbound(1, 201, src="10.71.3.40")
    w.add(0.05, LA[1], zap("info", "orders/handler.go:88", "order accepted", hospital="northvale", order_id=order(), units=3, product="FFP AB"))
    failed(1)
    w.add(1.0, LA[0], zap("info", "dispatch/ehr.go:118", "order status pushed", hospital="st-elm", order_id=order(), status="dispatched"))
    failed(0)
    return record(13, "bloodbank", "Northvale hospital says it has had no order confirmations since this morning - why?",
                  SEL(ns, app), w, "ERROR", "tls_certificate", "order-api",
                  "The client certificate order-api presents to Northvale's EHR gateway (Secret order-api-northvale-client-tls) expired two days ago; the gateway rejects the mTLS handshake with a certificate_expired alert, so every status callback to Northvale fails.",
                  "Order status callbacks to Northvale fail with 'tls: expired certificate' and are piling up in the retry queue; orders from and callbacks to the other hospitals work.",
                  "Renew the Northvale mTLS client certificate, update Secret order-api-northvale-client-tls and restart/reload order-api, then flush the retry queue; put the certificate under cert-manager or expiry alerting.")


def r014():
    w = Window()
    ns = "ferry-ais"
    at = pods("ais-tracker", 2)
    nw = pods("ais-tracker", 1)[0]
    n = FERRY_NODES
    LT = [K(ns, at[i], "ais-tracker", n[i], "ais-tracker") for i in range(2)]
    LN = K(ns, nw, "ais-tracker", n[2], "ais-tracker")
    LO = K(ns, "opensearch-0", "opensearch", n[3], "opensearch")
    E = EVL(ns, "ais-tracker")
    osl = lambda lvl, logger, msg: "[<<osd>>][%-5s][%s] [opensearch-0] %s" % (lvl, logger, msg)
    w.add(0, LT[0], rs("INFO", "ais_tracker::positions", "upserted positions vessels=38 batch=500 lag_ms=820"))
    w.add(1.9, E, kev("Normal", "Killing", "pod/" + at[0], "Stopping container ais-tracker"))
    w.add(0.05, LT[0], rs("INFO", "ais_tracker", "received SIGTERM, draining in-flight batches"))
    w.add(0.4, LT[0], rs("INFO", "ais_tracker::leader", 'released leadership lease="ais-tracker-leader" reason="shutdown"'))
    w.add(0.7, LT[1], rs("INFO", "ais_tracker::leader", 'acquired leadership lease="ais-tracker-leader" previous_holder="%s"' % at[0]))
    w.add(2.6, LT[1], rs("INFO", "ais_tracker::consumer", 'rebalance: partitions revoked topic="ais-raw" partitions=[3, 4, 5]'))
    w.add(0.3, LT[1], rs("INFO", "ais_tracker::consumer", 'rebalance: partitions assigned topic="ais-raw" partitions=[0, 1, 2, 3, 4, 5]'))
    w.add(1.8, LT[1], rs("WARN", "ais_tracker::positions", "dropping stale AIS report mmsi=230994000 age_s=412 max_age_s=300"))
    w.add(3.5, E, kev("Normal", "Started", "pod/" + nw, "Started container ais-tracker"))
    w.add(1.2, LN, rs("INFO", "ais_tracker", 'starting version="2.7.1" feed="coastal-ais-feed"'))
    w.add(0.2, LN, rs("INFO", "ais_tracker::leader", 'lease held by another replica, standing by holder="%s"' % at[1]))
    w.add(3.0, LT[1], rs("INFO", "ais_tracker::consumer", 'rebalance: partitions revoked topic="ais-raw" partitions=[3, 4, 5]'))
    w.add(0.4, LN, rs("INFO", "ais_tracker::consumer", 'rebalance: partitions assigned topic="ais-raw" partitions=[3, 4, 5]'))
    w.add(4.0, LO, osl("INFO", "o.o.i.i.ManagedIndexRunner", "Executing rollover for index [ais-positions-000123] of policy [ais-positions-ism]"))
    w.add(0.3, LO, osl("INFO", "o.o.c.m.MetadataCreateIndexService", "[ais-positions-000124] creating index, cause [rollover_index], templates [ais-positions], shards [1]/[1]"))
    w.add(0.9, LO, osl("INFO", "o.o.c.r.a.AllocationService", "Cluster health status changed from [YELLOW] to [GREEN] (reason: [shards started [[ais-positions-000124][0]]])."))
    w.add(2.0, LT[1], rs("INFO", "ais_tracker::positions", "upserted positions vessels=41 batch=500 lag_ms=640"))
    w.add(1.1, LN, rs("INFO", "ais_tracker::positions", "upserted positions vessels=17 batch=212 lag_ms=590"))
    return record(14, "ferry", "ais-tracker lost its leader lease and the consumer group rebalanced twice - is vessel tracking still up?",
                  SEL(ns), w, "INFO", "none", "ais-tracker",
                  "No incident: an ais-tracker pod was replaced; leadership moved cleanly to the surviving replica, the Kafka consumer group rebalanced twice as expected, and OpenSearch rolled the positions index over on schedule (briefly yellow while the replica shard started).",
                  "Vessel positions kept flowing with sub-second lag throughout the pod replacement and index rollover.",
                  "No action needed.")


def r015():
    w = Window()
    host = "payouts-batch-01.esports.internal"
    L = lambda unit: HOSTL(host, job="systemd-journal", unit=unit)
    VA, PR = L("vault-agent.service"), L("payouts-runner.service")
    pfx = "<<syslog>> payouts-batch-01 "
    va = lambda lvl, msg: pfx + "vault-agent[1021]: <<iso>> [%s] %s" % (lvl, msg)
    err = ('agent.auth.handler: error authenticating: error="Error making API request.\\n\\nURL: PUT https://vault.esports.internal:8200/v1/auth/approle/login\\nCode: 400. Errors:\\n\\n* invalid role or secret ID" backoff=%s')
    batch = iso_s(w.start.replace(minute=0, second=0, microsecond=0))
    w.add(0, VA, va("INFO", " agent.auth.handler: lifetime watcher done channel triggered, re-authenticating"))
    w.add(0.01, VA, va("INFO", " agent.auth.handler: authenticating"))
    w.add(0.08, VA, va("ERROR", err % "1s"), ev=1)
    w.add(1.0, VA, va("INFO", " agent.auth.handler: authenticating"))
    w.add(0.07, VA, va("ERROR", err % "2.14s"))
    w.add(40.0, L("sshd.service"), pfx + "sshd[5490]: Accepted publickey for deploy from 10.40.0.12 port 52214 ssh2: ED25519 SHA256:%s" % rstr(43, ALNUM))
    w.add(12.0, VA, va("INFO", " agent.auth.handler: authenticating"))
    w.add(0.07, VA, va("ERROR", err % "4.31s"))
    w.add(90.0, PR, pfx + "systemd[1]: Starting payouts-runner.service - Esports payout batch...")
    w.add(0.9, PR, pfx + "payouts-runner[5512]: <<sp_cms>> INFO payouts.batch: batch %s starting: 214 payouts queued (EUR 48210.00)" % batch)
    w.add(0.2, PR, pfx + "payouts-runner[5512]: <<sp_cms>> ERROR payouts.secrets: vault token at /run/vault/agent-token is expired (ttl=0s); cannot read secret/data/payouts/psp", ev=2)
    w.add(0.01, PR, pfx + "payouts-runner[5512]: <<sp_cms>> ERROR payouts.batch: batch %s aborted: 0/214 payouts sent (credentials unavailable)" % batch, ev=3)
    w.add(0.05, PR, pfx + "systemd[1]: payouts-runner.service: Main process exited, code=exited, status=1/FAILURE")
    w.add(0.01, PR, pfx + "systemd[1]: payouts-runner.service: Failed with result 'exit-code'.")
    w.add(0.01, PR, pfx + "systemd[1]: Failed to start payouts-runner.service - Esports payout batch.")
    w.add(25.0, VA, va("INFO", " agent.auth.handler: authenticating"))
    w.add(0.08, VA, va("ERROR", err % "9.82s"), ev=4)
    return record(15, "esports", "The scheduled payout batch on payouts-batch-01 aborted with 'credentials unavailable' - what is wrong?",
                  None, w, "ERROR", "auth_failure", "vault-agent",
                  "vault-agent on payouts-batch-01 authenticates with an AppRole secret ID that has expired; when its token reached max TTL it could not log in again (400 'invalid role or secret ID'), so no valid Vault token is available to payouts-runner.",
                  "vault-agent keeps failing AppRole login, the token it wrote has expired, and the scheduled payout batch aborted with 0 of 214 payouts sent.",
                  "Issue a new AppRole secret ID for the payouts role (or switch to a non-expiring delivery mechanism), place it where vault-agent reads it and restart vault-agent, then re-run payouts-runner; alert on secret-ID TTL.")


def r016():
    w = Window()
    host = "donorctr-north-01.bloodbank.internal"
    L = lambda svc: HOSTL(host, job="docker", compose_project="donor-kiosk", compose_service=svc)
    KC, KI, PG = L("keycloak"), L("kiosk"), L("postgres")
    realm = uuid4()
    kc_ev = lambda lvl, thread, body: "<<sp_cms>> %-5s [org.keycloak.events] (%s) %s" % (lvl, thread, body)
    w.add(0, KI, "<<sp_cms>> INFO kiosk.queue: donor checked in ticket=N-042 station=2")
    w.add(3.1, KC, kc_ev("WARN", "executor-thread-4",
        'type="LOGIN_ERROR", realmId="%s", realmName="donor-center", clientId="donor-kiosk", userId="%s", sessionId="null", ipAddress="172.18.0.1", error="invalid_user_credentials", auth_method="openid-connect", auth_type="code", redirect_uri="https://kiosk.donorctr-north.bloodbank.example/callback", code_id="%s", username="nurse.kallio"' % (realm, uuid4(), uuid4())))
    w.add(9.0, KI, "<<sp_cms>> INFO kiosk.auth: staff login ok user=nurse.kallio station=2")
    w.add(4.0, PG, "<<sp_ms>> UTC [61] LOG:  checkpoint starting: time")
    w.add(6.0, KI, "<<sp_cms>> WARNING kiosk.sync: upload to central failed (ConnectionResetError(104, 'Connection reset by peer')), retry 1/5 in 5s")
    w.add(5.4, KI, "<<sp_cms>> INFO kiosk.sync: uploaded 14 questionnaires to central (after 1 retry)")
    w.add(30.0, PG, "<<sp_ms>> UTC [61] LOG:  checkpoint complete: wrote 412 buffers (2.5%); 0 WAL file(s) added, 0 removed, 1 recycled; write=41.212 s, sync=0.004 s, total=41.230 s; sync files=38, longest=0.002 s, average=0.001 s; distance=3312 kB, estimate=3518 kB; lsn=0/5A1C2E0, redo lsn=0/59F3A18")
    w.add(3.0, KI, "<<sp_cms>> INFO kiosk.queue: donor checked in ticket=N-043 station=1")
    w.add(12.0, KC, kc_ev("WARN", "executor-thread-7",
        'type="REFRESH_TOKEN_ERROR", realmId="%s", realmName="donor-center", clientId="donor-kiosk", userId="null", sessionId="null", ipAddress="172.18.0.1", error="invalid_token", reason="Token is not active", grant_type="refresh_token", client_auth_method="client-secret"' % realm))
    w.add(0.1, KI, "<<sp_cms>> INFO kiosk.auth: session expired after idle timeout, showing login screen station=1")
    w.add(7.0, KI, "<<sp_cms>> INFO kiosk.queue: questionnaire completed ticket=N-041 duration=412s")
    w.add(4.0, PG, '<<sp_ms>> UTC [1187] LOG:  automatic vacuum of table "kiosk.public.questionnaire_answers": index scans: 1')
    w.add(6.0, KI, "<<sp_cms>> INFO kiosk.queue: donor checked in ticket=N-044 station=2")
    w.add(20.0, KI, "<<sp_cms>> INFO kiosk.sync: uploaded 9 questionnaires to central")
    return record(16, "bloodbank", "The donor-centre box shows Keycloak login errors and a failed upload - do we need to call IT?",
                  None, w, "INFO", "none", "donor-kiosk",
                  "No incident: one nurse mistyped a password, an idle kiosk session's refresh token had expired (user sent back to login), and a questionnaire upload that hit a connection reset succeeded on its first retry.",
                  "Donor check-in, staff logins and questionnaire sync at the donor centre are working normally.",
                  "No action needed.")


def r017():
    w = Window()
    ns, app = "ferry-booking", "ticketing-api"
    p = pods(app, 3)
    n = FERRY_NODES
    L = [K(ns, p[i], app, n[i], app) for i in range(3)]
    E = EVL(ns, app)
    uids = [uuid4() for _ in range(3)]

    def boot(i, full, ev_gc=None, ev_warm=None, ev_oom=None):
        w.add(2.5, L[i], net("info", "Ferry.Ticketing.Api.Startup", 0, "GC settings: Server=True HeapHardLimit=384 MiB (75% of container memory limit 512 MiB)"), ev=ev_gc)
        w.add(0.4, L[i], net("info", "Ferry.Ticketing.Api.SeatMaps.SeatMapCache", 0, "Warming seat-map cache for 412 sailings (horizon 120 days)"), ev=ev_warm)
        w.add(6.5, L[i], "Unhandled exception. System.OutOfMemoryException: Exception of type 'System.OutOfMemoryException' was thrown.", ev=ev_oom)
        if full:
            w.add(0.001, L[i], "   at System.Collections.Generic.List`1.set_Capacity(Int32 value)")
            w.add(0.001, L[i], "   at Ferry.Ticketing.Api.SeatMaps.SeatMapCache.WarmUpAsync(CancellationToken ct) in /src/Ferry.Ticketing.Api/SeatMaps/SeatMapCache.cs:line 96")
            w.add(0.001, L[i], "   at Ferry.Ticketing.Api.Program.<Main>$(String[] args) in /src/Ferry.Ticketing.Api/Program.cs:line 71")

    def backoff(i, ev=None, gap=1.5):
        w.add(gap, E, kev("Warning", "BackOff", "pod/" + p[i],
            "Back-off restarting failed container ticketing-api in pod %s_%s(%s)" % (p[i], ns, uids[i])), ev=ev)

    boot(0, True, ev_gc=3, ev_warm=2, ev_oom=1)
    backoff(0, ev=4)
    boot(1, False)
    w.add(0.8, E, kev("Warning", "Unhealthy", "pod/" + p[2], 'Readiness probe failed: Get "http://%s:8080/healthz/ready": dial tcp %s:8080: connect: connection refused' % ((ip("10.42"),) * 2)))
    backoff(1)
    boot(2, True)
    backoff(2, ev=5)
    w.add(30.0, E, kev("Normal", "Pulled", "pod/" + p[0], 'Container image "registry.ferry.internal/booking/ticketing-api:4.19.0" already present on machine'))
    boot(0, False)
    backoff(0, gap=2.0)
    return record(17, "ferry", "Nobody can buy tickets - all ticketing-api pods keep restarting. Why?",
                  SEL(ns, app), w, "CRITICAL", "oom_killed", "ticketing-api",
                  "ticketing-api 4.19.0 warms the seat-map cache for a 120-day horizon at startup; the .NET GC heap hard limit (384 MiB, 75% of the 512Mi container limit) is exceeded and the process dies with OutOfMemoryException before it becomes ready.",
                  "All three ticketing-api replicas run out of memory during startup and are in CrashLoopBackOff, so ticket sales are down.",
                  "Raise the ticketing-api memory limit (and request) or roll back to 4.18.x; make the seat-map warm-up lazy or bounded so startup memory does not scale with the sales horizon.")


def r018():
    w = Window()
    ns, app = "hospital-api", "order-api"
    old = pods(app, 3)
    new = pods(app, 1)[0]
    new_rs = new.rsplit("-", 1)[0]
    n = BB_NODES
    LA = [K(ns, old[i], app, n[i], app) for i in range(3)]
    LP = [K(ns, old[i], "istio-proxy", n[i], app) for i in range(3)]
    pip = [ip("10.42") for _ in range(3)]
    E = EVL(ns, app)
    img = "registry.bloodbank.internal/hospital/order-api:3.14.O"
    order = lambda: "ORD-%07d" % rng.randint(1000000, 9999999)

    def inbound(i, code, method="POST", path="/v1/orders", src="10.60.14.2"):
        w.add(1.5, LP[i], envoy(method, path, code, "-", "via_upstream", 1422, 311, 51, "49", src, "Mirth-Connect/4.5",
                                "orders.bloodbank.example", pip[i] + ":8080", "inbound|8080||", "127.0.0.6:%d" % rng.randint(40000, 60000),
                                pip[i] + ":8080", src + ":0", "outbound_.8080_._.order-api.hospital-api.svc.cluster.local"))

    w.add(0, E, kev("Normal", "ScalingReplicaSet", "deployment/order-api", "Scaled up replica set %s to 1" % new_rs))
    w.add(0.2, E, kev("Normal", "Scheduled", "pod/" + new, "Successfully assigned %s/%s to %s" % (ns, new, n[3])))
    w.add(1.4, E, kev("Normal", "Pulling", "pod/" + new, 'Pulling image "%s"' % img))
    inbound(0, 201)
    w.add(0.3, E, kev("Warning", "Failed", "pod/" + new,
        'Failed to pull image "%s": rpc error: code = NotFound desc = failed to pull and unpack image "%s": failed to resolve reference "%s": %s: not found' % (img, img, img, img)), ev=1)
    w.add(0.01, E, kev("Warning", "Failed", "pod/" + new, "Error: ErrImagePull"), ev=2)
    w.add(1.0, LA[0], zap("info", "orders/handler.go:88", "order accepted", hospital="st-elm", order_id=order(), units=2, product="RBC A_NEG"))
    w.add(1.5, E, kev("Normal", "BackOff", "pod/" + new, 'Back-off pulling image "%s"' % img), ev=3)
    w.add(0.01, E, kev("Warning", "Failed", "pod/" + new, "Error: ImagePullBackOff"))
    w.add(3.0, LA[1], zap("info", "dispatch/ehr.go:118", "order status pushed", hospital="northvale", order_id=order(), status="dispatched"))
    inbound(2, 201, src="10.60.9.7")
    w.add(0.05, LA[2], zap("info", "orders/handler.go:88", "order accepted", hospital="kestrel-bay", order_id=order(), units=1, product="PLT O_POS"))
    inbound(1, 200, method="GET", path="/v1/orders/%s" % order(), src="10.71.3.40")
    w.add(25.0, E, kev("Normal", "BackOff", "pod/" + new, 'Back-off pulling image "%s"' % img))
    w.add(2.0, LA[0], zap("info", "dispatch/ehr.go:118", "order status pushed", hospital="st-elm", order_id=order(), status="received"))
    return record(18, "bloodbank", "The order-api 3.14 rollout has been sitting at 1 new pod for a while - is the order service affected?",
                  SEL(ns, app), w, "WARN", "image_pull", "order-api",
                  "The order-api Deployment was updated to image tag 3.14.O (a letter O instead of zero), which does not exist in registry.bloodbank.internal, so the new pod cannot pull its image.",
                  "The order-api rollout is stuck with one pod in ImagePullBackOff; the three existing replicas keep accepting orders and pushing statuses, so hospitals are not affected.",
                  "Correct the image tag to 3.14.0 (or roll back the Deployment change) and let the rollout continue; add a tag-existence check to the release pipeline.")


def r019():
    w = Window()
    host = "cass-stats-02.esports.internal"
    L = HOSTL(host, job="cassandra", filename="/var/log/cassandra/system.log")
    c = lambda lvl, thread, src, msg: "%-5s [%s] <<sp_cms>> %s - %s" % (lvl, thread, src, msg)
    peer = "/10.30.1.13:7000"
    hid = uuid4()
    w.add(0, L, c("INFO", "CompactionExecutor:41", "CompactionTask.java:253",
        "Compacted (%s) 4 sstables to [/var/lib/cassandra/data/live_stats/player_events-%s/nb-2231-big,] to level=0.  312.441MiB to 298.102MiB (~95%% of original) in 18,412ms.  Read Throughput = 16.969MiB/s, Write Throughput = 16.190MiB/s, Row Throughput = ~134,750/s.  2,481,002 total partitions merged to 2,455,310.  Partition merge counts were {1:2429618, 2:25692, }" % (uuid4(), hx(32))))
    w.add(8.0, L, c("INFO", "GossipStage:1", "Gossiper.java:1412", "InetAddress %s is now DOWN" % peer))
    w.add(3.0, L, c("INFO", "Service Thread", "GCInspector.java:294",
        "G1 Young Generation GC in 231ms.  G1 Eden Space: 2147483648 -> 0; G1 Old Gen: 3221225472 -> 3238002688; G1 Survivor Space: 100663296 -> 117440512;"))
    w.add(6.0, L, c("WARN", "Native-Transport-Requests-3", "NoSpamLogger.java:95",
        "Batch for [live_stats.match_timeline] is of size 6.012KiB, exceeding specified threshold of 5.000KiB by 1.012KiB."))
    w.add(9.0, L, c("INFO", "MemtableFlushWriter:12", "ColumnFamilyStore.java:1043",
        "Enqueuing flush of live_stats.player_events, Reason: MEMTABLE_LIMIT, Usage: 512.004MiB (25%) on-heap, 0.000KiB (0%) off-heap"))
    w.add(7.0, L, c("WARN", "ScheduledTasks:1", "NoSpamLogger.java:108", "Some operations were slow, details available at debug level (debug.log)"))
    w.add(30.0, L, c("INFO", "GossipStage:1", "Gossiper.java:1384", "Node %s has restarted, now UP" % peer))
    w.add(0.2, L, c("INFO", "GossipStage:1", "StorageService.java:3132", "Node %s state jump to NORMAL" % peer))
    w.add(0.3, L, c("INFO", "GossipStage:1", "Gossiper.java:1350", "InetAddress %s is now UP" % peer))
    w.add(9.0, L, c("INFO", "HintsDispatcher:3", "HintsDispatchExecutor.java:296",
        "Finished hinted handoff of file %s-%d-2.hints to endpoint %s: %s" % (hid, epoch_ms(w.now()) - 52000, peer, hid)))
    w.add(4.0, L, c("INFO", "CompactionExecutor:42", "CompactionTask.java:253",
        "Compacted (%s) 2 sstables to [/var/lib/cassandra/data/live_stats/match_timeline-%s/nb-884-big,] to level=0.  41.202MiB to 40.977MiB (~99%% of original) in 2,204ms.  Read Throughput = 18.693MiB/s, Write Throughput = 18.591MiB/s, Row Throughput = ~52,114/s.  114,892 total partitions merged to 114,870.  Partition merge counts were {1:114848, 2:22, }" % (uuid4(), hx(32))))
    w.add(12.0, L, c("INFO", "Repair#18:1", "RepairJob.java:212", "[repair #%s] player_events is fully synced" % uuid4()))
    w.add(0.5, L, c("INFO", "Repair#18:1", "RepairSession.java:335", "[repair #%s] Session completed successfully" % uuid4()))
    w.add(6.0, L, c("INFO", "Service Thread", "GCInspector.java:294",
        "G1 Young Generation GC in 204ms.  G1 Eden Space: 2147483648 -> 0; G1 Old Gen: 3238002688 -> 3251104000; G1 Survivor Space: 117440512 -> 100663296;"))
    return record(19, "esports", "cass-stats-02 logged a peer DOWN, slow operations and a batch-size warning during the patch window - is the stats cluster healthy?",
                  None, w, "INFO", "none", "cass-stats-02",
                  "No incident: the peer 10.30.1.13 was restarted in the planned rolling patch and came back UP, its hints were delivered, and the GC pauses, single slow-operations note and batch-size warning are routine at this load; compactions and repair completed.",
                  "cass-stats-02 is healthy; the rolling restart of its neighbour completed and hinted handoff finished.",
                  "No action needed.")


def r020():
    w = Window()
    ns, app = "ferry-ais", "ais-tracker"
    p = pods(app, 2)
    n = FERRY_NODES
    L = [K(ns, p[i], app, n[i + 1], app) for i in range(2)]
    na = iso_s(w.start + timedelta(days=5, hours=3, minutes=41))
    w.add(0, L[0], rs("INFO", "ais_tracker::positions", "upserted positions vessels=44 batch=500 lag_ms=710"))
    w.add(1.6, L[1], rs("INFO", "ais_tracker::consumer", 'committed offsets topic="ais-raw" partitions=[3, 4, 5] lag=212'))
    w.add(2.2, L[0], rs("INFO", "ais_tracker::feed", 'connected to partner feed feed="coastal-ais-feed" endpoint="feed.coastal-ais.example:7443" tls="mutual" session_resumed=false'))
    w.add(0.02, L[0], rs("WARN", "ais_tracker::feed::tls",
        'client certificate nearing expiry feed="coastal-ais-feed" subject="CN=ais-tracker.ferry.internal,O=Ferry Operations" issuer="CN=Coastal AIS Partner CA" not_after=%s days_left=5' % na), ev=1)
    w.add(0.01, L[0], rs("WARN", "ais_tracker::feed::tls",
        'certificate is partner-issued and not managed by cert-manager; renew manually secret="ais-feed-client-tls"'), ev=2)
    w.add(1.4, L[0], rs("INFO", "ais_tracker::positions", "upserted positions vessels=45 batch=500 lag_ms=690"))
    w.add(2.0, L[1], rs("WARN", "ais_tracker::positions", "dropping stale AIS report mmsi=265512340 age_s=388 max_age_s=300"))
    w.add(1.9, L[1], rs("INFO", "ais_tracker::positions", "upserted positions vessels=21 batch=248 lag_ms=602"))
    w.add(3.0, L[0], rs("INFO", "ais_tracker::eta", 'recomputed ETAs route="HEL-TLL" vessels=4 max_delay_min=6'))
    w.add(2.2, L[1], rs("INFO", "ais_tracker::consumer", 'committed offsets topic="ais-raw" partitions=[3, 4, 5] lag=180'))
    w.add(1.5, L[0], rs("INFO", "ais_tracker::positions", "upserted positions vessels=44 batch=500 lag_ms=731"))
    w.add(2.8, L[0], rs("INFO", "ais_tracker::eta", 'recomputed ETAs route="HEL-STO" vessels=2 max_delay_min=0'))
    w.add(1.9, L[1], rs("INFO", "ais_tracker::positions", "upserted positions vessels=19 batch=230 lag_ms=588"))
    w.add(2.4, L[0], rs("INFO", "ais_tracker::positions", "upserted positions vessels=46 batch=500 lag_ms=702"))
    return record(20, "ferry", "Anything in ais-tracker's logs we should act on this week?",
                  SEL(ns, app), w, "WARN", "tls_certificate", "ais-tracker",
                  "The mutual-TLS client certificate ais-tracker uses for the partner coastal AIS feed (Secret ais-feed-client-tls, issued by the partner CA and not managed by cert-manager) expires in 5 days.",
                  "Vessel tracking is working normally, but the partner-feed client certificate expires in 5 days; when it does, ais-tracker will lose the coastal AIS feed.",
                  "Request a renewed client certificate from the coastal AIS partner, update Secret ais-feed-client-tls and restart ais-tracker before the expiry date; add an expiry alert for partner-issued certificates.")


# ---------------------------------------------------------------- batch 3: 021-030
def r021():
    w = Window()
    ns, app = "coldchain", "sensor-ingest"
    p = pods(app, 3)
    n = BB_NODES
    L = [K(ns, p[i], app, n[i], app) for i in range(3)]
    E = EVL(ns, app)
    bip = ip("10.42")
    gk = lambda lvl, caller, msg, rest="": "ts=<<iso>> caller=%s level=%s msg=%s%s" % (caller, lvl, json.dumps(msg), (" " + rest) if rest else "")
    stored = lambda i, gw, cnt, t: w.add(1.4, L[i], gk("info", "store.go:88", "readings stored", "gateway=%s count=%d max_temp_c=%s" % (gw, cnt, t)))
    probe = 'Liveness probe failed: Get "http://%s:8081/healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)' % bip
    stored(0, "fridge-gw-07", 480, "4.1")
    w.add(1.2, L[1], gk("info", "backfill.go:52", "backfill started", "gateway=coldchain-gw-02 pending=86400 batch=5000"))
    stored(2, "fridge-gw-11", 470, "3.8")
    w.add(9.8, L[1], gk("warn", "backfill.go:97", "slow backfill batch", "gateway=coldchain-gw-02 rows=5000 took=9.8s"), ev=3)
    w.add(0.6, E, kev("Warning", "Unhealthy", "pod/" + p[1], probe), ev=1)
    stored(0, "fridge-gw-03", 512, "4.4")
    w.add(8.5, E, kev("Warning", "Unhealthy", "pod/" + p[1], probe))
    w.add(10.0, E, kev("Warning", "Unhealthy", "pod/" + p[1], probe))
    w.add(0.01, E, kev("Normal", "Killing", "pod/" + p[1], "Container sensor-ingest failed liveness probe, will be restarted"), ev=2)
    stored(2, "fridge-gw-07", 488, "4.0")
    w.add(1.5, E, kev("Normal", "Pulled", "pod/" + p[1], 'Container image "registry.bloodbank.internal/coldchain/sensor-ingest:1.12.3" already present on machine'))
    w.add(0.2, E, kev("Normal", "Started", "pod/" + p[1], "Started container sensor-ingest"))
    w.add(2.1, L[1], gk("info", "backfill.go:41", "resuming backfill from checkpoint", "gateway=coldchain-gw-02 offset=41000 pending=45400"))
    stored(0, "fridge-gw-11", 476, "3.9")
    w.add(25.0, L[1], gk("info", "backfill.go:110", "backfill complete", "gateway=coldchain-gw-02 rows=86400 duration=1m52s"))
    stored(2, "fridge-gw-03", 505, "4.3")
    stored(1, "coldchain-gw-02", 640, "4.6")
    return record(21, "bloodbank", "One sensor-ingest pod was restarted by its liveness probe - was any cold-chain data lost?",
                  SEL(ns, app), w, "WARN", "probe_failure", "sensor-ingest",
                  "While backfilling 24 h of buffered readings from coldchain-gw-02, one sensor-ingest replica's /healthz handler waits behind the slow backfill batches, so the liveness probe times out three times and the kubelet restarts a process that was still working.",
                  "One of three sensor-ingest replicas was restarted by a failing liveness probe; the backfill resumed from its checkpoint and completed, and the other replicas kept storing readings.",
                  "Make /healthz independent of the store/backfill path (or raise the probe timeoutSeconds), and throttle backfill batches so they cannot starve the health handler.")


def r022():
    w = Window()
    ns, app = "esports-match", "matchmaker"
    p = pods(app, 3)
    rsname = p[0].rsplit("-", 1)[0]
    q = [rsname + "-" + kid(5) for _ in range(3)]
    n = ESP_NODES
    newn = ("aks-std-31415926-vmss00000g", "aks-std-31415926-vmss00000h")
    L = [K(ns, p[i], app, n[i], app) for i in range(3)]
    E = EVL(ns, app)
    fs = "0/6 nodes are available: 3 Insufficient cpu, 3 node(s) had untolerated taint {dedicated: stats}. preemption: 0/6 nodes are available: 3 No preemption victims found for incoming pod, 3 Preemption is not helpful for scheduling."
    w.add(0, L[0], ex("info", "match formed match_id=m_%s queue=ranked-eu players=10 avg_mmr=2260 spread=170" % hx(10)))
    w.add(2.0, E, kev("Normal", "SuccessfulRescale", "horizontalpodautoscaler/matchmaker",
                      "New size: 8; reason: cpu resource utilization (percentage of request) above target"))
    w.add(0.1, E, kev("Normal", "ScalingReplicaSet", "deployment/matchmaker", "Scaled up replica set %s to 8 from 5" % rsname))
    w.add(0.2, E, kev("Normal", "Scheduled", "pod/" + q[0], "Successfully assigned %s/%s to %s" % (ns, q[0], n[2])))
    w.add(0.05, E, kev("Warning", "FailedScheduling", "pod/" + q[1], fs), ev=1)
    w.add(0.05, E, kev("Warning", "FailedScheduling", "pod/" + q[2], fs), ev=2)
    w.add(1.5, E, kev("Normal", "TriggeredScaleUp", "pod/" + q[1], "pod triggered scale-up: [{aks-std-31415926-vmss 4->6 (max: 8)}]"))
    w.add(6.0, K(ns, q[0], app, n[2], app), ex("info", "Running MatchmakerWeb.Endpoint with Bandit 1.5.7 at :::4000 (http)"))
    w.add(20.0, L[1], ex("warning", "queue ranked-eu wait_p95=74s above SLO 60s (players_waiting=1840, replicas_ready=6)"), ev=3)
    w.add(5.0, L[2], ex("info", "match formed match_id=m_%s queue=ranked-eu players=10 avg_mmr=2190 spread=210" % hx(10)))
    w.add(70.0, E, kev("Normal", "Scheduled", "pod/" + q[1], "Successfully assigned %s/%s to %s" % (ns, q[1], newn[0])), ev=4)
    w.add(0.3, E, kev("Normal", "Scheduled", "pod/" + q[2], "Successfully assigned %s/%s to %s" % (ns, q[2], newn[1])))
    w.add(9.0, E, kev("Normal", "Pulled", "pod/" + q[1], 'Successfully pulled image "registry.esports.internal/match/matchmaker:5.2.0" in 6.102s (6.102s including waiting). Image size: 48211008 bytes.'))
    w.add(0.3, E, kev("Normal", "Started", "pod/" + q[1], "Started container matchmaker"))
    w.add(2.2, K(ns, q[1], app, newn[0], app), ex("info", "Running MatchmakerWeb.Endpoint with Bandit 1.5.7 at :::4000 (http)"))
    w.add(40.0, L[1], ex("info", "queue ranked-eu wait_p95=38s within SLO (players_waiting=620, replicas_ready=8)"))
    w.add(2.0, L[0], ex("info", "match formed match_id=m_%s queue=ranked-eu players=10 avg_mmr=2305 spread=150" % hx(10)))
    return record(22, "esports", "Ranked queue times jumped when the evening peak started - what happened to matchmaker?",
                  SEL(ns, app), w, "WARN", "scheduling", "matchmaker",
                  "The HPA scaled matchmaker from 5 to 8 at the evening peak, but the general node pool had no free CPU (the other nodes are tainted for stats), so two new pods stayed Pending for about two minutes until the cluster autoscaler added nodes.",
                  "Two matchmaker pods could not be scheduled for ~2 minutes; ranked-eu queue p95 rose above the 60 s SLO and recovered once the new nodes joined.",
                  "Pre-scale the general node pool (or raise matchmaker minReplicas / keep low-priority placeholder pods) ahead of scheduled tournament peaks; review matchmaker CPU requests.")


def r023():
    w = Window()
    cd = pods("coredns", 2)
    tk = pods("ticketing-api", 1)[0]
    dp = pods("deck-planner", 1)[0]
    n = FERRY_NODES
    LC = [K("kube-system", cd[i], "coredns", n[i], "coredns") for i in range(2)]
    LT = K("ferry-booking", tk, "ticketing-api", n[2], "ticketing-api")
    LD = K("ferry-booking", dp, "deck-planner", n[3], "deck-planner")
    cip = [ip("10.42") for _ in range(2)]
    tip, dip = ip("10.42"), ip("10.42")
    bk = lambda: "FB-%06d" % rng.randint(100000, 999999)
    to = lambda i, name, qt: w.add(1.0, LC[i], "[ERROR] plugin/errors: 2 %s %s: read udp %s:%d->10.20.0.2:53: i/o timeout" % (name, qt, cip[i], rng.randint(30000, 60000)))
    q = lambda i, src, name, rcode, size, dur: w.add(1.0, LC[i], '[INFO] %s:%d - %d "A IN %s udp %d false 512" %s qr,aa,rd %d %ss' % (src, rng.randint(30000, 60000), rng.randint(1000, 65000), name, len(name) + 17, rcode, size, dur))
    sms_fail = lambda ev=None: w.add(1.0, LT, net("fail", "Ferry.Ticketing.Api.Notifications.SmsSender", 0,
        "SMS for booking %s failed: System.Net.Http.HttpRequestException: Resource temporarily unavailable (sms.gateway.example:443) ---> System.Net.Sockets.SocketException (11): Resource temporarily unavailable" % bk()), ev=ev)
    q(0, tip, "deck-planner.ferry-booking.svc.cluster.local.", "NOERROR", 120, "0.000142")
    w.add(1.2, LC[0], "[ERROR] plugin/errors: 2 sms.gateway.example. A: read udp %s:41233->10.20.0.2:53: i/o timeout" % cip[0], ev=1)
    w.add(0.8, LC[1], "[ERROR] plugin/errors: 2 tides.ferry-partner.example. AAAA: read udp %s:52198->10.20.0.2:53: i/o timeout" % cip[1], ev=2)
    sms_fail(ev=3)
    q(0, tip, "sms.gateway.example.ferry-booking.svc.cluster.local.", "NXDOMAIN", 159, "0.000112")
    w.add(1.4, LD, spring("WARN", "deck-planner", "tides-refresh-1", "f.f.d.tides.TideClient",
        "tide feed refresh failed, using cached tables (age 47m): java.net.UnknownHostException: tides.ferry-partner.example: Temporary failure in name resolution"), ev=4)
    w.add(1.9, LT, net("info", "Microsoft.AspNetCore.Hosting.Diagnostics", 2,
        "Request finished HTTP/1.1 POST http://tickets.ferry.example/api/bookings - 201 611 application/json; charset=utf-8 151.2204ms"))
    to(1, "sms.gateway.example.", "A")
    w.add(2.0, LC[0], "[WARNING] No files matching import glob pattern: /etc/coredns/custom/*.override")
    w.add(1.7, LT, net("fail", "Ferry.Ticketing.Api.Notifications.ReceiptMailer", 0,
        "Receipt email for booking %s deferred: System.Net.Sockets.SocketException (11): Resource temporarily unavailable" % bk()))
    to(0, "smtp-relay.mail.example.", "A")
    w.add(2.2, LD, spring("INFO", "deck-planner", "nio-8080-exec-4", "f.f.d.api.AllocationController",
        "allocated lane sailing=HEL-%s-1800 vehicleClass=CAR lengthM=4.5 lane=2 deck=3" % day(w.start, 4).replace("-", "")))
    sms_fail()
    to(1, "tides.ferry-partner.example.", "A")
    w.add(240.0, LD, spring("ERROR", "deck-planner", "tides-refresh-1", "f.f.d.tides.TideClient",
        "tide tables older than 60m, ramp-height advisories disabled: java.net.UnknownHostException: tides.ferry-partner.example: Temporary failure in name resolution"), ev=5)
    q(0, dip, "ferry-db.ferry-booking.svc.cluster.local.", "NOERROR", 110, "0.000098")
    to(0, "sms.gateway.example.", "AAAA")
    return record(23, "ferry", "Booking SMS and receipts stopped and deck-planner lost its tide feed - what is going on?",
                  None, w, "ERROR", "dns_resolution", "coredns",
                  "CoreDNS forwards external queries to the upstream resolver 10.20.0.2, which has stopped answering (i/o timeout on every forwarded query); cluster.local names still resolve, but every external hostname fails.",
                  "External name resolution is broken in the cluster: booking SMS, receipt emails and the tide feed fail with name-resolution errors, while bookings themselves still work.",
                  "Restore the upstream resolver 10.20.0.2 or point the CoreDNS forward plugin at a working resolver; then replay the deferred SMS and receipts.")


def r024():
    w = Window()
    host = "labelprint-01.bloodbank.internal"
    L = lambda unit: HOSTL(host, job="systemd-journal", unit=unit)
    LA, CU = L("label-agent.service"), L("cups.service")
    pfx = "<<syslog>> labelprint-01 "
    din = lambda: "W%04d %02d %06d" % (rng.randint(1000, 9999), 26, rng.randint(100000, 999999))
    printed = lambda prod, printer, job: w.add(3.0, LA, pfx + "label-agent[733]: <<sp_cms>> INFO printed ISBT 128 label din=\"%s\" product=%s printer=%s cups_job=%d" % (din(), prod, printer, job))
    printed("E0791V00", "zebra-lab-2", 4511)
    w.add(0.2, CU, pfx + 'cupsd[612]: REQUEST localhost - - "POST /printers/zebra-lab-2 HTTP/1.1" 200 1832 Print-Job successful-ok')
    printed("E4578V00", "zebra-lab-1", 4512)
    w.add(0.4, CU, pfx + "cupsd[612]: [Job 4512] Printer busy; will retry in 10 seconds.")
    w.add(10.5, CU, pfx + "cupsd[612]: [Job 4512] Job completed.")
    w.add(4.0, LA, pfx + 'label-agent[733]: <<sp_cms>> WARNING barcode verify grade C on first pass din="%s" printer=zebra-lab-1, reprinting' % din())
    w.add(3.0, LA, pfx + 'label-agent[733]: <<sp_cms>> INFO barcode verify grade A din="%s" printer=zebra-lab-1 (reprint 1)' % din())
    w.add(6.0, L("sshd.service"), pfx + "sshd[2291]: Connection closed by authenticating user root 198.51.100.7 port 51234 [preauth]")
    printed("E0869V00", "zebra-lab-2", 4514)
    w.add(0.2, CU, pfx + 'cupsd[612]: REQUEST localhost - - "POST /printers/zebra-lab-2 HTTP/1.1" 200 1790 Print-Job successful-ok')
    w.add(9.0, L("logrotate.service"), pfx + "systemd[1]: logrotate.service: Deactivated successfully.")
    printed("E0791V00", "zebra-lab-1", 4515)
    w.add(5.0, LA, pfx + "label-agent[733]: <<sp_cms>> INFO shift summary printed=412 reprints=3 verify_fail_final=0 errors=0")
    printed("E4578V00", "zebra-lab-2", 4516)
    return record(24, "bloodbank", "The label printer host shows a busy printer, a reprint and an ssh failure - is labelling OK?",
                  None, w, "INFO", "none", "label-agent",
                  "No incident: CUPS retried one job while the printer was busy and completed it, one barcode was reprinted after a grade-C verification (normal), and the ssh line is an internet scanner rejected before authentication; the shift summary shows errors=0.",
                  "ISBT 128 label printing on labelprint-01 is working normally.",
                  "No action needed.")


def r025():
    w = Window()
    ns, app = "esports-stats", "stats-ingest"
    p = pods(app, 3)
    n = ESP_NODES
    L = [K(ns, p[i], app, n[i], app) for i in range(3)]
    E = EVL(ns, app)
    off = 55021344
    uids = [uuid4() for _ in range(3)]

    def crash(i, parts, full, ev_p=None, ev_i=None):
        w.add(3.0, L[i], rs("INFO", "stats_ingest", 'starting version="1.22.0" topic="raw-events" group="stats-ingest"'))
        w.add(1.5, L[i], rs("INFO", "stats_ingest::consumer", 'partitions assigned topic="raw-events" partitions=%s' % parts))
        w.add(0.2, L[i], rs("INFO", "stats_ingest::consumer", 'resuming from committed offset topic="raw-events" partition=7 offset=%d' % off))
        w.add(0.05, L[i], "thread 'tokio-runtime-worker' panicked at src/decode/round.rs:212:31:", ev=ev_p)
        w.add(0.001, L[i], "index out of bounds: the len is 10 but the index is 10", ev=ev_i)
        if full:
            w.add(0.001, L[i], "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace")
            w.add(0.002, L[i], rs("ERROR", "stats_ingest", 'decoder task failed, exiting error="task 17 panicked" partition=7 offset=%d' % off))

    def backoff(i, ev=None, gap=2.0):
        w.add(gap, E, kev("Warning", "BackOff", "pod/" + p[i], "Back-off restarting failed container stats-ingest in pod %s_%s(%s)" % (p[i], ns, uids[i])), ev=ev)

    crash(0, "[6, 7, 8]", True, ev_p=2, ev_i=1)
    backoff(0, ev=3)
    crash(1, "[3, 4, 5, 6, 7, 8]", False)
    backoff(1)
    crash(2, "[0, 1, 2, 6, 7, 8]", False)
    backoff(2, ev=4)
    backoff(0, gap=20.0)
    return record(25, "esports", "Live stats are frozen on every stream and all stats-ingest pods are crash-looping - why?",
                  SEL(ns, app), w, "CRITICAL", "application_error", "stats-ingest",
                  "stats-ingest's round decoder indexes a fixed 10-player array; the event at raw-events partition 7 offset 55021344 (a 6v6 showmatch with 12 players) makes it index out of bounds and panic, and every replica that takes over partition 7 hits the same message and crashes.",
                  "All stats-ingest replicas are in CrashLoopBackOff on a poison message, so live stats are not being ingested for any match.",
                  "Skip or dead-letter the event at partition 7 offset 55021344 (commit offset 55021345) to restore ingest, then fix the decoder to handle any team size without panicking.")


def r026():
    w = Window()
    host = "crew-roster-01.ferry.internal"
    NG = HOSTL(host, job="varlogs", filename="/var/log/nginx/access.log")
    FP = HOSTL(host, job="varlogs", filename="/var/log/php8.2-fpm.log")
    LV = HOSTL(host, job="varlogs", filename="/var/www/crew-roster/storage/logs/laravel.log")
    ua = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"
    src = lambda: "10.20.4.%d" % rng.randint(10, 90)
    wk = "%04d-W%02d" % (w.start.isocalendar()[0], w.start.isocalendar()[1])
    acc = lambda path, size, rt, ev=None, method="GET": w.add(1.0, NG, '%s - - [<<clf>>] "%s %s HTTP/1.1" 200 %d "-" "%s" rt=%.3f urt=%.3f' % (src(), method, path, size, ua, rt, rt - 0.001), ev=ev)
    slow = lambda child, secs, ev=None: w.add(0.5, FP, "[<<php>>] WARNING: [pool crew] child %d, script '/var/www/crew-roster/public/index.php' (request: \"POST /index.php\") executing too slow (%.6f sec), logging" % (child, secs), ev=ev)
    maxc = lambda ev=None: w.add(0.8, FP, "[<<php>>] WARNING: [pool crew] server reached pm.max_children setting (12), consider raising it", ev=ev)
    lar = lambda msg, ctx: w.add(1.0, LV, "[<<sp_s>>] production.INFO: %s %s" % (msg, J(ctx)))
    acc("/roster/week/%s" % wk, 18233, 0.212)
    lar("Roster export started", {"vessel": "MS Aurora Borealis", "month": day(w.start, 20)[:7], "requested_by": "planner.lind"})
    acc("/roster/today", 9312, 0.188)
    lar("Roster export started", {"vessel": "MS Nordlys", "month": day(w.start, 20)[:7], "requested_by": "planner.aho"})
    maxc(ev=1)
    slow(41233, 5.212345, ev=2)
    acc("/roster/today", 9310, 3.912, ev=3)
    lar("Roster export started", {"vessel": "MS Baltic Tern", "month": day(w.start, 20)[:7], "requested_by": "planner.lind"})
    slow(41240, 5.804112)
    acc("/roster/swap-requests", 4120, 2.804)
    maxc(ev=4)
    acc("/roster/week/%s" % wk, 18240, 3.102)
    w.add(20.0, LV, '[<<sp_s>>] production.INFO: Roster export finished {"vessel":"MS Aurora Borealis","rows":4412,"duration_s":38.2}')
    w.add(4.0, LV, '[<<sp_s>>] production.INFO: Roster export finished {"vessel":"MS Nordlys","rows":3980,"duration_s":36.9}')
    acc("/roster/today", 9311, 0.241)
    w.add(3.0, LV, '[<<sp_s>>] production.INFO: Roster export finished {"vessel":"MS Baltic Tern","rows":2210,"duration_s":30.4}')
    acc("/roster/week/%s" % wk, 18236, 0.197)
    acc("/roster/swap-requests", 4118, 0.176, method="POST")
    return record(26, "ferry", "Crew say the roster site is sluggish at shift change - is the server OK?",
                  None, w, "WARN", "resource_exhausted", "crew-roster-01",
                  "On crew-roster-01 the PHP-FPM pool 'crew' is capped at pm.max_children=12; long-running monthly roster exports (30-40 s each) occupy workers at shift change, the pool saturates and other requests queue for several seconds.",
                  "The PHP-FPM worker pool hit its max_children limit; page loads slowed to 3-4 s while exports ran, then returned to ~0.2 s with no failed requests.",
                  "Move roster exports to a queued background job (Laravel queue) or a separate FPM pool, and size pm.max_children to the host's memory; monitor the FPM status page for listen-queue growth.")


def r027():
    w = Window()
    host = "coldchain-gw-02.bloodbank.internal"
    L = lambda unit: HOSTL(host, job="systemd-journal", unit=unit)
    FW, RS, MQ = L("coldchain-forwarder.service"), L("systemd-resolved.service"), L("mosquitto.service")
    pfx = "<<syslog>> coldchain-gw-02 "
    dest = "ingest.coldchain.bloodbank.example"
    fw = lambda lvl, msg, rest: pfx + 'coldchain-forwarder[902]: time=<<iso_s>> level=%s msg="%s" %s' % (lvl, msg, rest)
    ok = lambda extra="": w.add(10.0, FW, fw("info", "batch forwarded", "sensors=64 readings=3840 dest=%s%s" % (dest, extra)))
    fail = lambda ev=None: w.add(4.0, FW, fw("warn", "forward failed, will retry",
        'err="Post \\"https://%s/v1/readings\\": dial tcp: lookup %s on 127.0.0.53:53: server misbehaving" attempt=1' % (dest, dest)), ev=ev)
    w.add(0, MQ, pfx + "mosquitto[640]: <<epoch_s>>: New client connected from 10.61.2.17:51123 as sensor-bay3 (p2, c1, k60).")
    ok()
    w.add(6.0, RS, pfx + "systemd-resolved[512]: Using degraded feature set UDP instead of UDP+EDNS0 for DNS server 10.60.0.53.", ev=2)
    fail(ev=1)
    w.add(0.5, RS, pfx + "systemd-resolved[512]: Switching to DNS server 10.60.0.54 for interface ens192.", ev=3)
    ok(" retries=1 buffered_s=34")
    w.add(3.0, MQ, pfx + "mosquitto[640]: <<epoch_s>>: Client sensor-bay7 closed its connection.")
    ok()
    w.add(60.0, RS, pfx + "systemd-resolved[512]: Grace period over, resuming full feature set (UDP+EDNS0) for DNS server 10.60.0.53.")
    ok()
    fail(ev=4)
    ok(" retries=1 buffered_s=29")
    w.add(2.0, MQ, pfx + "mosquitto[640]: <<epoch_s>>: New client connected from 10.61.2.23:40211 as sensor-bay7 (p2, c1, k60).")
    ok()
    w.add(5.0, FW, fw("info", "hourly summary", "batches=120 retried=3 failed=0 max_buffered_s=41"))
    return record(27, "bloodbank", "The cold-chain gateway keeps logging forward failures - are fridge readings getting to central?",
                  None, w, "WARN", "dns_resolution", "coldchain-gw-02",
                  "The primary DNS server 10.60.0.53 used by systemd-resolved on coldchain-gw-02 intermittently fails EDNS0 queries, so lookups of ingest.coldchain.bloodbank.example sometimes return SERVFAIL ('server misbehaving') until resolved falls back to 10.60.0.54.",
                  "Intermittent DNS failures on coldchain-gw-02 delay a few reading batches by up to ~40 s; every batch was delivered after one retry and nothing was lost.",
                  "Fix or replace the flaky resolver 10.60.0.53 (or list 10.60.0.54 first in resolved.conf on the gateway); keep the forwarder's retry buffer and alert if buffered_s grows.")


def r028():
    w = Window()
    node = ESP_NODES[1]
    kp = "kured-" + kid(5)
    kp2 = "kured-" + kid(5)
    mm = pods("matchmaker", 1)[0]
    mm2 = mm.rsplit("-", 1)[0] + "-" + kid(5)
    si = pods("stats-ingest", 1)[0]
    si2 = si.rsplit("-", 1)[0] + "-" + kid(5)
    LK = K("kube-system", kp, "kured", node, "kured")
    LK2 = K("kube-system", kp2, "kured", node, "kured")
    NE = {"job": "kubernetes-events", "node": node}
    kl = lambda msg: 'time="<<iso_s>>" level=info msg="%s"' % msg
    w.add(0, LK, kl("Reboot required"))
    w.add(0.3, LK, kl("Acquired reboot lock"))
    w.add(0.1, LK, kl("Draining node %s" % node))
    w.add(0.2, NE, kev("Normal", "NodeNotSchedulable", "node/" + node, "Node %s status is now: NodeNotSchedulable" % node))
    w.add(0.4, LK, kl("evicting pod esports-match/%s" % mm))
    w.add(0.2, LK, 'time="<<iso_s>>" level=info msg="error when evicting pods/\\"%s\\" -n \\"esports-stats\\" (will retry after 5s): Cannot evict pod as it would violate the pod\'s disruption budget."' % si)
    w.add(0.5, EVL("esports-match", "matchmaker"), kev("Normal", "Killing", "pod/" + mm, "Stopping container matchmaker"))
    w.add(1.0, EVL("esports-match", "matchmaker"), kev("Normal", "Scheduled", "pod/" + mm2, "Successfully assigned esports-match/%s to %s" % (mm2, ESP_NODES[3])))
    w.add(4.0, LK, kl("evicting pod esports-stats/%s" % si))
    w.add(0.3, EVL("esports-stats", "stats-ingest"), kev("Normal", "Killing", "pod/" + si, "Stopping container stats-ingest"))
    w.add(0.6, EVL("esports-stats", "stats-ingest"), kev("Normal", "Scheduled", "pod/" + si2, "Successfully assigned esports-stats/%s to %s" % (si2, ESP_NODES[2])))
    w.add(20.0, LK, kl("Running command: [/usr/bin/nsenter -m/proc/1/ns/mnt -- /bin/systemctl reboot] for node: %s" % node))
    w.add(40.0, NE, kev("Normal", "NodeNotReady", "node/" + node, "Node %s status is now: NodeNotReady" % node))
    w.add(45.0, NE, kev("Warning", "Rebooted", "node/" + node, "Node %s has been rebooted, boot id: %s" % (node, uuid4())))
    w.add(0.5, NE, kev("Normal", "NodeReady", "node/" + node, "Node %s status is now: NodeReady" % node))
    w.add(15.0, LK2, kl("Holding lock"))
    w.add(0.2, LK2, kl("Uncordoning node %s" % node))
    w.add(0.1, LK2, kl("Releasing lock"))
    w.add(0.3, NE, kev("Normal", "NodeSchedulable", "node/" + node, "Node %s status is now: NodeSchedulable" % node))
    return record(28, "esports", "A node went NotReady and pods were evicted this morning - was that an outage?",
                  None, w, "INFO", "none", "kured",
                  "No incident: kured performed the scheduled reboot of a node that needed kernel updates - it took the lock, drained the node (waiting on a PodDisruptionBudget once), rebooted it, and uncordoned it when it came back Ready.",
                  "Planned kured reboot of one node; evicted matchmaker and stats-ingest pods were rescheduled elsewhere and the node returned to service.",
                  "No action needed.")


def r029():
    w = Window()
    ns, app = "ferry-booking", "deck-planner"
    p = pods(app, 3)
    rsname = p[0].rsplit("-", 1)[0]
    q = rsname + "-" + kid(5)
    n = FERRY_NODES
    L = [K(ns, p[i], app, n[i], app) for i in range(3)]
    LQ = K(ns, q, app, n[3], app)
    E = EVL(ns, app)
    d = day(w.start, 2).replace("-", "")
    lg = "f.f.d.api.AllocationController"
    bk = "FB-%06d" % rng.randint(100000, 999999)
    w.add(0, L[0], spring("INFO", app, "nio-8080-exec-2", lg, "allocated lane sailing=HEL-%s-0730 vehicleClass=CAR lengthM=4.3 lane=5 deck=3" % d))
    w.add(1.5, E, kev("Normal", "SuccessfulRescale", "horizontalpodautoscaler/deck-planner", "New size: 4; reason: cpu resource utilization (percentage of request) above target"))
    w.add(0.1, E, kev("Normal", "ScalingReplicaSet", "deployment/deck-planner", "Scaled up replica set %s to 4 from 3" % rsname))
    w.add(0.2, E, kev("Normal", "Scheduled", "pod/" + q, "Successfully assigned %s/%s to %s" % (ns, q, n[3])))
    w.add(1.1, E, kev("Normal", "Started", "pod/" + q, "Started container deck-planner"))
    w.add(1.6, LQ, spring("INFO", app, "main", "fi.ferry.deck.DeckPlannerApplication", "Starting DeckPlannerApplication v5.3.2 using Java 21.0.4 with PID 1 (/app/deck-planner.jar started by app in /app)"))
    w.add(4.2, LQ, spring("WARN", app, "main", "org.hibernate.orm.deprecation", "HHH90000025: PostgreSQLDialect does not need to be specified explicitly using 'hibernate.dialect' (remove the property setting and it will be selected by default)"))
    w.add(2.9, LQ, spring("WARN", app, "main", "JpaBaseConfiguration$JpaWebConfiguration", "spring.jpa.open-in-view is enabled by default. Therefore, database queries may be performed during view rendering. Explicitly configure spring.jpa.open-in-view to disable this warning"))
    w.add(1.0, E, kev("Warning", "Unhealthy", "pod/" + q, "Readiness probe failed: HTTP probe failed with statuscode: 503"))
    w.add(3.4, LQ, spring("INFO", app, "main", "fi.ferry.deck.DeckPlannerApplication", "Started DeckPlannerApplication in 14.212 seconds (process running for 15.901)"))
    w.add(2.0, L[1], spring("WARN", app, "nio-8080-exec-6", "f.f.d.client.TicketingClient", "GET /api/bookings/%s/vehicles failed (503 Service Unavailable), retry 1/3 in 200ms" % bk))
    w.add(0.25, L[1], spring("INFO", app, "nio-8080-exec-6", "f.f.d.client.TicketingClient", "GET /api/bookings/%s/vehicles succeeded on retry 1" % bk))
    w.add(2.0, LQ, spring("INFO", app, "nio-8080-exec-1", lg, "allocated lane sailing=HEL-%s-0730 vehicleClass=VAN lengthM=5.6 lane=4 deck=3" % d))
    w.add(1.8, L[2], spring("INFO", app, "nio-8080-exec-3", lg, "allocated lane sailing=TLL-%s-1030 vehicleClass=CAR lengthM=4.8 lane=1 deck=5" % d))
    w.add(300.0, E, kev("Normal", "SuccessfulRescale", "horizontalpodautoscaler/deck-planner", "New size: 3; reason: All metrics below target"))
    w.add(0.1, E, kev("Normal", "ScalingReplicaSet", "deployment/deck-planner", "Scaled down replica set %s to 3 from 4" % rsname))
    w.add(0.3, L[2], spring("INFO", app, "SpringApplicationShutdownHook", "o.s.b.w.e.tomcat.GracefulShutdown", "Commencing graceful shutdown. Waiting for active requests to complete"))
    w.add(0.4, L[2], spring("INFO", app, "tomcat-shutdown", "o.s.b.w.e.tomcat.GracefulShutdown", "Graceful shutdown complete"))
    w.add(2.0, L[0], spring("INFO", app, "nio-8080-exec-9", lg, "allocated lane sailing=TLL-%s-1030 vehicleClass=HGV lengthM=13.6 lane=7 deck=3" % d))
    return record(29, "ferry", "deck-planner scaled up and down and logged warnings and a 503 retry - anything to look at?",
                  SEL(ns, app), w, "INFO", "none", "deck-planner",
                  "No incident: the HPA scaled deck-planner 3->4->3 with load; the new pod's readiness failed only during Spring startup, the Hibernate/open-in-view warnings are deprecation notices, the 503 from ticketing succeeded on retry, and the scale-down pod shut down gracefully.",
                  "deck-planner autoscaled normally and kept allocating lanes without errors.",
                  "No action needed.")


def r030():
    w = Window()
    ns, app = "hospital-api", "order-api"
    p = pods(app, 2)
    n = BB_NODES
    LA = [K(ns, p[i], app, n[i + 1], app) for i in range(2)]
    LP = [K(ns, p[i], "istio-proxy", n[i + 1], app) for i in range(2)]
    pip = [ip("10.42") for _ in range(2)]
    inv = "inventory-svc.inventory.svc.cluster.local"
    vip = "10.43.88.12:8080"
    order = lambda: "ORD-%07d" % rng.randint(1000000, 9999999)

    def out(i, method, path, code, flags, details, dur, ust, ev=None, gap=1.0):
        w.add(gap, LP[i], envoy(method, path, code, flags, details, 312 if method == "POST" else 0, 24 if code == 504 else 1840, dur, ust, "-",
                                "Go-http-client/1.1", inv + ":8080", ip("10.42") + ":8080", "outbound|8080||" + inv,
                                "%s:%d" % (pip[i], rng.randint(40000, 60000)), vip, "%s:%d" % (pip[i], rng.randint(40000, 60000)), "-"), ev=ev)

    def inbound(i, code, dur, ev=None, gap=0.05):
        src = rng.choice(("10.60.14.2", "10.60.9.7", "10.71.3.40"))
        w.add(gap, LP[i], envoy("POST", "/v1/orders", code, "-", "via_upstream", 1422, 96 if code == 503 else 311, dur, str(dur - 2), src, "Mirth-Connect/4.5",
                                "orders.bloodbank.example", pip[i] + ":8080", "inbound|8080||", "127.0.0.6:%d" % rng.randint(40000, 60000),
                                pip[i] + ":8080", src + ":0", "outbound_.8080_._.order-api.hospital-api.svc.cluster.local"), ev=ev)

    def fail(i, ev=None):
        w.add(0.01, LA[i], zap("error", "reserve/client.go:88", "unit reservation failed", order_id=order(), units=2, product="RBC O_NEG",
                               error="inventory-svc returned 504: upstream request timeout", elapsed="15.001s"), ev=ev)

    out(0, "GET", "/v2/stock?site=central", 200, "-", "via_upstream", 14, "12", gap=0)
    w.add(0.3, LA[0], zap("info", "orders/handler.go:71", "order received", hospital="st-elm", order_id=order(), urgent=True))
    out(0, "POST", "/v2/reservations", 504, "UT", "response_timeout", 15001, "-", ev=1, gap=15.0)
    fail(0, ev=2)
    inbound(0, 503, 15044, ev=3)
    out(1, "GET", "/v2/stock?site=north", 200, "-", "via_upstream", 11, "10", gap=2.0)
    out(1, "POST", "/v2/reservations", 504, "UT", "response_timeout", 15000, "-", gap=15.0)
    fail(1)
    inbound(1, 503, 15038)
    w.add(3.0, LA[0], zap("warn", "reserve/metrics.go:40", "reservation latency high", upstream="inventory-svc", p50_ms=9800, p99_ms=15000, window="5m", timeouts=23), ev=4)
    out(0, "POST", "/v2/reservations", 200, "-", "via_upstream", 11840, "11838", gap=12.0)
    inbound(0, 201, 11902)
    out(1, "POST", "/v2/reservations", 504, "UT", "response_timeout", 15001, "-", gap=9.0)
    fail(1)
    inbound(1, 503, 15041)
    return record(30, "bloodbank", "Urgent blood orders are being rejected with 503 - where is the problem?",
                  SEL(ns, app), w, "ERROR", "timeout", "inventory-svc",
                  "inventory-svc's POST /v2/reservations endpoint has become very slow (p50 ~10 s, many >15 s), so the Istio sidecar of order-api cuts the calls at its 15 s route timeout (504 UT, upstream request timeout).",
                  "Most unit reservations from order-api time out against inventory-svc, so urgent hospital orders are rejected with 503; stock reads are still fast.",
                  "Investigate why inventory-svc reservations are slow (its recent changes, database queries and locks) and restore normal latency; until then raise capacity on inventory-svc and have order-api queue urgent orders for manual reservation.")


# ---------------------------------------------------------------- batch 4: 031-040
def linkerd(level, ctx, msg):
    return "[<<uptime>>] %5s ThreadId(01) %s: %s" % (level, ctx, msg)


def r031():
    w = Window()
    ns, app = "esports-overlay", "overlay-gateway"
    p = pods(app, 2)
    n = ESP_NODES
    LO = [K(ns, p[i], app, n[i + 2], app) for i in range(2)]
    LL = [K(ns, p[i], "linkerd-proxy", n[i + 2], app) for i in range(2)]
    pip = [ip("10.244") for _ in range(2)]
    sq = "stats-query.esports-stats.svc.cluster.local:8080"
    to = lambda i, ev=None: w.add(1.0, LL[i], linkerd("WARN", "outbound:proxy{addr=10.0.41.17:8080}:rescue{client.addr=%s:%d}" % (pip[i], rng.randint(40000, 60000)),
        "linkerd_app_core::errors::respond: HTTP/1.1 request failed error=logical service %s: route default.http: backend Service.esports-stats.stats-query:8080: request timed out after 3s error.sources=[request timed out after 3s]" % sq), ev=ev, up=i * 86417311042)
    push = lambda i, match, subs: w.add(1.1, LO[i], pino(30, p[i], "overlay state pushed", match=match, subscribers=subs))
    push(0, "SF-1", 3120)
    w.add(1.0, LO[1], pino(30, p[1], "leaderboard refreshed", match="SF-2", elapsed_ms=184))
    to(0, ev=1)
    w.add(0.01, LO[0], pino(40, p[0], "stats-query slow, serving cached leaderboard", match="SF-1", elapsed_ms=3004, cache_age_ms=4900, retry=1), ev=2)
    w.add(0.7, LO[0], pino(30, p[0], "leaderboard refreshed on retry", match="SF-1", elapsed_ms=640))
    push(1, "SF-2", 3301)
    push(0, "SF-1", 3118)
    to(1, ev=3)
    w.add(0.01, LO[1], pino(40, p[1], "stats-query slow, serving cached leaderboard", match="SF-2", elapsed_ms=3002, cache_age_ms=5200, retry=1))
    w.add(0.5, LO[1], pino(30, p[1], "leaderboard refreshed on retry", match="SF-2", elapsed_ms=512))
    push(0, "SF-1", 3125)
    w.add(8.0, LO[0], pino(30, p[0], "upstream latency summary", upstream="stats-query", window="5m", requests=1200, p50_ms=210, p99_ms=3000, timeouts=14, retried_ok=14), ev=4)
    push(1, "SF-2", 3290)
    w.add(1.0, LO[1], pino(30, p[1], "leaderboard refreshed", match="SF-2", elapsed_ms=231))
    push(0, "SF-1", 3131)
    return record(31, "esports", "Casters noticed the leaderboard overlay lagging a few seconds now and then - what's causing it?",
                  SEL(ns, app), w, "WARN", "timeout", "stats-query",
                  "Some leaderboard requests from overlay-gateway to stats-query take longer than the 3 s Linkerd route timeout during the semifinals (p99 at the 3 s cap), so the proxy times them out; the retry succeeds and the cached leaderboard bridges the gap.",
                  "About 1% of stats-query calls time out; overlays briefly show a ~5 s old leaderboard and recover on retry, with no failed overlays.",
                  "Investigate stats-query tail latency under tournament load (slow queries, capacity) and scale it before finals; keep the retry and cache in overlay-gateway.")


def r032():
    w = Window()
    ns = "flux-system"
    sc = pods("source-controller", 1)[0]
    kc = pods("kustomize-controller", 1)[0]
    hc = pods("helm-controller", 1)[0]
    n = FERRY_NODES
    LS = K(ns, sc, "manager", n[0], "source-controller")
    LK = K(ns, kc, "manager", n[1], "kustomize-controller")
    LH = K(ns, hc, "manager", n[2], "helm-controller")
    E = EVL(ns)
    rev = "main@sha1:" + hx(40)
    prev = "main@sha1:" + hx(40)
    err = "failed to checkout and determine revision: unable to clone 'https://git.ferry.example/platform/ferry-deploy.git': authentication required"

    def ctrl(level, msg, controller, group, kind, name, **f):
        d = {"level": level, "ts": "<<iso>>", "msg": msg, "controller": controller, "controllerGroup": group, "controllerKind": kind,
             kind: {"name": name, "namespace": ns}, "namespace": ns, "name": name, "reconcileID": uuid4()}
        d.update(f)
        return J(d)

    git_err = lambda ev=None: w.add(1.0, LS, ctrl("error", "Reconciler error", "gitrepository", "source.toolkit.fluxcd.io", "GitRepository", "ferry-deploy", error=err), ev=ev)
    w.add(0, LS, ctrl("info", "no changes since last reconcilation: observed revision '%s'" % rev, "gitrepository", "source.toolkit.fluxcd.io", "GitRepository", "platform-infra"))
    git_err(ev=1)
    w.add(0.01, E, kev("Warning", "GitOperationFailed", "gitrepository/ferry-deploy", err), ev=2)
    w.add(20.0, LK, ctrl("info", "Reconciliation finished in 1.214s, next run in 10m0s", "kustomization", "kustomize.toolkit.fluxcd.io", "Kustomization", "ferry-booking", revision=prev))
    w.add(0.01, E, kev("Normal", "ReconciliationSucceeded", "kustomization/ferry-booking", "Reconciliation finished in 1.214s, next run in 10m0s"))
    w.add(15.0, LH, ctrl("info", "release in-sync with desired state", "helmrelease", "helm.toolkit.fluxcd.io", "HelmRelease", "rabbitmq"))
    git_err()
    w.add(30.0, LK, ctrl("info", "Reconciliation finished in 0.982s, next run in 10m0s", "kustomization", "kustomize.toolkit.fluxcd.io", "Kustomization", "ferry-ais", revision=prev))
    w.add(40.0, LS, ctrl("info", "no changes since last reconcilation: observed revision '%s'" % rev, "gitrepository", "source.toolkit.fluxcd.io", "GitRepository", "platform-infra"))
    git_err()
    w.add(0.01, E, kev("Warning", "GitOperationFailed", "gitrepository/ferry-deploy", err))
    w.add(25.0, LK, ctrl("info", "Reconciliation finished in 1.105s, next run in 10m0s", "kustomization", "kustomize.toolkit.fluxcd.io", "Kustomization", "ferry-identity", revision=prev))
    w.add(20.0, LK, ctrl("error", "Reconciler error", "kustomization", "kustomize.toolkit.fluxcd.io", "Kustomization", "ferry-booking-config",
                         error="GitRepository 'flux-system/ferry-deploy' is not ready: %s" % err), ev=3)
    git_err()
    return record(32, "ferry", "We merged a ferry-deploy change an hour ago and nothing rolled out - is Flux stuck?",
                  SEL(ns), w, "WARN", "auth_failure", "source-controller",
                  "source-controller can no longer authenticate to git.ferry.example when cloning the ferry-deploy repository ('authentication required'): the HTTPS token in the GitRepository's credentials Secret has expired or been revoked.",
                  "Flux cannot fetch new ferry-deploy revisions, so merged changes are not deployed; workloads keep running at the last applied revision and other sources are fine.",
                  "Rotate the access token for ferry-deploy in the Secret referenced by the GitRepository (flux-system), then `flux reconcile source git ferry-deploy`; use a non-expiring deploy key or alert on token expiry.")


def r033():
    w = Window()
    ac = "argocd-application-controller-0"
    LAC = K("argocd", ac, "argocd-application-controller", BB_NODES[0], "argocd-application-controller")
    old = pods("donor-portal", 2)
    new = pods("donor-portal", 1)[0]
    old_rs, new_rs = old[0].rsplit("-", 1)[0], new.rsplit("-", 1)[0]
    sq_old = pods("donor-sidekiq", 1)[0]
    LO = K("donor", old[1], "donor-portal", BB_NODES[1], "donor-portal")
    LN = K("donor", new, "donor-portal", BB_NODES[2], "donor-portal")
    LQ = K("donor", sq_old, "donor-sidekiq", BB_NODES[3], "donor-sidekiq")
    ED = EVL("donor", "donor-portal")
    sha = hx(40)
    nip = ip("10.42")
    argo = lambda lvl, msg, rest: 'time="<<iso_s>>" level=%s msg="%s" %s' % (lvl, msg, rest)
    dp = 'application=argocd/donor-portal'
    w.add(0, LAC, argo("info", "Initiated automated sync to '%s'" % sha, dp + ' dest-namespace=donor dest-server="https://kubernetes.default.svc" reason=OperationStarted type=Normal'))
    w.add(0.4, LAC, argo("info", "Applying resource Deployment/donor-portal in cluster: https://kubernetes.default.svc, namespace: donor", dp))
    w.add(0.2, LAC, argo("info", "Applying resource Deployment/donor-sidekiq in cluster: https://kubernetes.default.svc, namespace: donor", dp))
    w.add(0.3, ED, kev("Normal", "ScalingReplicaSet", "deployment/donor-portal", "Scaled up replica set %s to 1" % new_rs))
    w.add(0.6, LQ, "<<iso>> pid=1 tid=8xk1 INFO: Shutting down")
    w.add(0.01, LQ, "<<iso>> pid=1 tid=8xk1 INFO: Terminating quiet threads for default capsule")
    w.add(1.2, LQ, "<<iso>> pid=1 tid=8xk1 INFO: Pausing to allow jobs to finish...")
    w.add(1.5, LQ, "<<iso>> pid=1 tid=8xk1 INFO: Bye!")
    w.add(1.0, ED, kev("Normal", "Started", "pod/" + new, "Started container donor-portal"))
    w.add(2.0, ED, kev("Warning", "Unhealthy", "pod/" + new, 'Readiness probe failed: Get "http://%s:3000/up": dial tcp %s:3000: connect: connection refused' % (nip, nip)))
    w.add(3.5, LN, "[1] * Listening on http://0.0.0.0:3000")
    w.add(6.0, ED, kev("Normal", "ScalingReplicaSet", "deployment/donor-portal", "Scaled down replica set %s to 1 from 2" % old_rs))
    w.add(0.3, LO, "[1] - Gracefully stopping, waiting for requests to finish")
    w.add(0.9, LO, "[1] === puma shutdown: <<rails_at>> ===")
    w.add(8.0, LAC, argo("info", "Sync operation to %s succeeded" % sha, dp + ' dest-namespace=donor dest-server="https://kubernetes.default.svc" reason=OperationCompleted type=Normal'))
    w.add(3.0, LAC, argo("info", "Reconciliation completed", 'application=argocd/order-api dedup_ms=0 dest-name= dest-namespace=hospital-api dest-server="https://kubernetes.default.svc" diff_ms=12 fields.level=2 git_ms=31 health_ms=2 live_ms=4 patch_ms=0 setop_ms=0 settings_ms=0 sync_ms=0 time_ms=61'))
    w.add(2.0, LAC, argo("info", "Reconciliation completed", dp + ' dedup_ms=0 dest-name= dest-namespace=donor dest-server="https://kubernetes.default.svc" diff_ms=18 fields.level=2 git_ms=28 health_ms=3 live_ms=6 patch_ms=0 setop_ms=0 settings_ms=0 sync_ms=0 time_ms=74'))
    return record(33, "bloodbank", "Argo CD synced donor-portal and pods were shut down and failed readiness - did the release go OK?",
                  None, w, "INFO", "none", "argocd-application-controller",
                  "No incident: Argo CD auto-synced a new donor-portal revision; Sidekiq and Puma shut down gracefully, the new pod failed readiness only until Puma was listening, and the sync completed successfully.",
                  "The donor-portal release rolled out cleanly through Argo CD and all applications reconciled.",
                  "No action needed.")


def r034():
    w = Window()
    ns = "esports-payouts"
    job = "payouts-reconcile-29541180"
    jp = job + "-" + kid(5)
    api = pods("payouts-api", 1)[0]
    LP = K(ns, api, "payouts-api", ESP_NODES[0], "payouts-api")
    EC = EVL(ns, "payouts-reconcile")
    img = "registry.esports.internal/payouts/reconcile:1.7.3"
    prev = day(w.start, -1)
    tok = "https://registry.esports.internal/service/token?scope=repository%3Apayouts%2Freconcile%3Apull&service=harbor-registry"
    pullerr = ('Failed to pull image "' + img + '": rpc error: code = Unknown desc = failed to pull and unpack image "' + img
               + '": failed to resolve reference "' + img + '": failed to authorize: failed to fetch oauth token: unexpected status from GET request to '
               + tok + ': 401 Unauthorized')
    hold = lambda ev=None: w.add(1.0, LP, "<<sp_cms>> WARNING payouts.api.release: holding 212 payouts: reconciliation report for %s missing (hold_reason=unreconciled)" % prev, ev=ev)
    w.add(0, EC, kev("Normal", "SuccessfulCreate", "cronjob/payouts-reconcile", "Created job " + job))
    w.add(0.05, EC, kev("Normal", "SuccessfulCreate", "job/" + job, "Created pod: " + jp))
    w.add(0.05, EC, kev("Normal", "Scheduled", "pod/" + jp, "Successfully assigned %s/%s to %s" % (ns, jp, ESP_NODES[3])))
    w.add(0.8, EC, kev("Normal", "Pulling", "pod/" + jp, 'Pulling image "%s"' % img))
    w.add(0.4, EC, kev("Warning", "Failed", "pod/" + jp, pullerr), ev=1)
    w.add(0.01, EC, kev("Warning", "Failed", "pod/" + jp, "Error: ErrImagePull"), ev=2)
    w.add(1.2, EC, kev("Normal", "BackOff", "pod/" + jp, 'Back-off pulling image "%s"' % img))
    w.add(0.01, EC, kev("Warning", "Failed", "pod/" + jp, "Error: ImagePullBackOff"))
    hold(ev=3)
    w.add(2.0, LP, 'INFO:     %s:%d - "GET /v1/payouts?status=held HTTP/1.1" 200 OK' % (ip("10.244"), rng.randint(40000, 60000)))
    w.add(200.0, EC, kev("Normal", "BackOff", "pod/" + jp, 'Back-off pulling image "%s"' % img))
    hold()
    w.add(390.0, EC, kev("Warning", "DeadlineExceeded", "job/" + job, "Job was active longer than specified deadline"), ev=4)
    w.add(0.05, EC, kev("Normal", "SuccessfulDelete", "job/" + job, "Deleted pod: " + jp))
    w.add(0.3, EC, kev("Normal", "SawCompletedJob", "cronjob/payouts-reconcile", "Saw completed job: %s, status: Failed" % job))
    w.add(5.0, LP, "<<sp_cms>> ERROR payouts.api.release: release window closed: 212 payouts for %s not released (reconciliation missing)" % prev, ev=5)
    return record(34, "esports", "Yesterday's player payouts are still on hold - why didn't reconciliation run?",
                  SEL(ns), w, "ERROR", "image_pull", "payouts-reconcile",
                  "The payouts-reconcile CronJob's pod cannot pull registry.esports.internal/payouts/reconcile:1.7.3: the Harbor token request returns 401 Unauthorized because the image pull credentials (robot account in the pull Secret) are no longer valid.",
                  "The nightly reconciliation job never started and hit its deadline, so 212 payouts stay on hold and missed the release window.",
                  "Renew the Harbor robot-account credentials in the payouts-reconcile imagePullSecret, then trigger the job manually (kubectl create job --from=cronjob/payouts-reconcile) and release the held payouts.")


def r035():
    w = Window()
    ns = "ferry-booking"
    tk = pods("ticketing-api", 2)
    dp = pods("deck-planner", 1)[0]
    n = FERRY_NODES
    LT = [K(ns, tk[i], "ticketing-api", n[i], "ticketing-api") for i in range(2)]
    LD = K(ns, dp, "deck-planner", n[2], "deck-planner")
    LR = K(ns, "rabbitmq-0", "rabbitmq", n[3], "rabbitmq")
    ER = EVL(ns, "rabbitmq")
    rip = ip("10.42")
    host = "http://tickets.ferry.example"
    bk = lambda: "FB-%06d" % rng.randint(100000, 999999)
    mt = lambda i, ev=None: w.add(1.0, LT[i], net("fail", "MassTransit", 0,
        "Connection Failed: rabbitmq://rabbitmq.ferry-booking.svc.cluster.local/booking RabbitMQ.Client.Exceptions.BrokerUnreachableException: None of the specified endpoints were reachable ---> System.AggregateException: One or more errors occurred. (Connection failed) ---> RabbitMQ.Client.Exceptions.ConnectFailureException: Connection failed ---> System.Net.Sockets.SocketException (111): Connection refused"), ev=ev)
    fail503 = lambda i, ev=None: (w.add(1.0, LT[i], net("fail", "Ferry.Ticketing.Api.Booking.BookingController", 0,
        "Booking %s could not be confirmed: outbox publish failed (broker unreachable); returning 503" % bk()), ev=ev),
        w.add(0.01, LT[i], net("info", "Microsoft.AspNetCore.Hosting.Diagnostics", 2,
        "Request finished HTTP/1.1 POST %s/api/bookings - 503 112 application/problem+json %d.%04dms" % (host, rng.randint(2002, 2090), rng.randint(0, 9999)))))
    amqp = lambda ev=None: w.add(1.0, LD, spring("WARN", "deck-planner", "ntContainer#0-1", "o.s.a.r.l.SimpleMessageListenerContainer",
        "Consumer raised exception, processing can restart if the connection factory supports it. Exception summary: org.springframework.amqp.AmqpConnectException: java.net.ConnectException: Connection refused"), ev=ev)
    w.add(0, LT[0], net("info", "Microsoft.AspNetCore.Hosting.Diagnostics", 2,
        "Request finished HTTP/1.1 POST %s/api/bookings - 201 611 application/json; charset=utf-8 139.5521ms" % host))
    w.add(2.0, ER, kev("Normal", "Killing", "pod/rabbitmq-0", "Stopping container rabbitmq"))
    w.add(0.1, LR, "<<rabbit>> [notice] <0.64.0> SIGTERM received - shutting down")
    w.add(0.3, LR, "<<rabbit>> [info] <0.588.0> Closing all connections in vhost 'booking' on node 'rabbit@rabbitmq-0.rabbitmq-nodes.ferry-booking' because the vhost is stopping")
    w.add(4.0, LR, "<<rabbit>> [info] <0.9.0> Successfully stopped RabbitMQ and its dependencies")
    w.add(9.0, ER, kev("Normal", "Started", "pod/rabbitmq-0", "Started container rabbitmq"))
    w.add(3.0, LR, "<<rabbit>> [info] <0.230.0> Starting RabbitMQ 3.13.7 on Erlang 26.2.5.3 [jit]")
    mt(0, ev=2)
    w.add(2.0, LR, '<<rabbit>> [warning] <0.612.0> Message store "628WB79CIFDYO9LJI6DKMI09L/msg_store_persistent": rebuilding indices from scratch', ev=1)
    amqp(ev=3)
    fail503(1, ev=4)
    w.add(6.0, ER, kev("Warning", "Unhealthy", "pod/rabbitmq-0", "Readiness probe failed: dial tcp %s:5672: connect: connection refused" % rip))
    w.add(5.0, LD, spring("INFO", "deck-planner", "ntContainer#0-2", "o.s.a.r.c.CachingConnectionFactory",
        "Attempting to connect to: [rabbitmq.ferry-booking.svc.cluster.local:5672]"))
    amqp()
    mt(1)
    fail503(0)
    w.add(60.0, ER, kev("Warning", "Unhealthy", "pod/rabbitmq-0", "Readiness probe failed: dial tcp %s:5672: connect: connection refused" % rip))
    fail503(1)
    mt(0)
    return record(35, "ferry", "Every booking is failing with 503 since a few minutes ago - what broke?",
                  SEL(ns), w, "CRITICAL", "connection_refused", "rabbitmq",
                  "rabbitmq-0, the single RabbitMQ broker, was restarted and is rebuilding its persistent message-store indices from scratch, so its AMQP listener on 5672 is not up and every client connection is refused.",
                  "ticketing-api cannot publish booking confirmations and returns 503 for every booking, and deck-planner's consumers cannot connect, because the only RabbitMQ broker is unreachable.",
                  "Let rabbitmq-0 finish recovery while watching its log (do not restart it again), and consider failing bookings over to the outbox without synchronous publish; long term run a 3-node RabbitMQ cluster with quorum queues and a longer termination grace period.")


def r036():
    w = Window()
    ns = "coldchain"
    si = pods("sensor-ingest", 2)
    al = pods("coldchain-alerter", 1)[0]
    n = BB_NODES
    LS = [K(ns, si[i], "sensor-ingest", n[i], "sensor-ingest") for i in range(2)]
    LA = K(ns, al, "coldchain-alerter", n[0], "coldchain-alerter")
    LDB = K(ns, "coldchain-db-0", "postgres", n[1], "coldchain-db")
    ED = EVL(ns, "coldchain-db")
    pvc = "pvc-" + uuid4()
    gk = lambda lvl, caller, msg, rest: "ts=<<iso>> caller=%s level=%s msg=%s %s" % (caller, lvl, json.dumps(msg), rest)
    store_fail = lambda i, ev=None: w.add(1.0, LS[i], gk("error", "store.go:102", "store readings failed", 'err="dial tcp 10.43.21.7:5432: connect: connection refused" gateway=fridge-gw-%02d' % rng.randint(1, 14)), ev=ev)
    multi = 'Multi-Attach error for volume "%s" Volume is already exclusively attached to one node and can\'t be attached to another' % pvc
    w.add(0, ED, kev("Normal", "Killing", "pod/coldchain-db-0", "Stopping container postgres"))
    w.add(0.2, LDB, "<<sp_ms>> UTC [1] LOG:  received fast shutdown request")
    w.add(1.1, LDB, "<<sp_ms>> UTC [1] LOG:  database system is shut down")
    w.add(3.0, ED, kev("Normal", "Scheduled", "pod/coldchain-db-0", "Successfully assigned coldchain/coldchain-db-0 to bb-k8s-w04"))
    w.add(0.5, ED, kev("Warning", "FailedAttachVolume", "pod/coldchain-db-0", multi), ev=1)
    store_fail(0, ev=3)
    w.add(2.0, LS[0], gk("warn", "buffer.go:44", "buffering readings in memory", "buffered=18231 cap=50000"))
    w.add(3.0, LA, gk("error", "check.go:61", "temperature excursion check skipped: database unavailable", "fridges=142"), ev=4)
    w.add(120.0, ED, kev("Warning", "FailedMount", "pod/coldchain-db-0",
        "Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[data kube-api-access-x7k2p]: timed out waiting for the condition"), ev=2)
    store_fail(1)
    w.add(2.0, LS[1], gk("warn", "buffer.go:44", "buffering readings in memory", "buffered=36012 cap=50000"))
    w.add(30.0, ED, kev("Warning", "FailedAttachVolume", "pod/coldchain-db-0", multi))
    w.add(2.0, LA, gk("error", "check.go:61", "temperature excursion check skipped: database unavailable", "fridges=142"))
    w.add(60.0, LS[1], gk("error", "buffer.go:71", "buffer full, dropping oldest readings", "dropped=1200 cap=50000"), ev=5)
    store_fail(0)
    return record(36, "bloodbank", "Cold-chain readings are not being stored and the alerter says the database is unavailable - what happened?",
                  SEL(ns), w, "CRITICAL", "storage", "coldchain-db",
                  "After coldchain-db-0 was moved off bb-k8s-w02, its ReadWriteOnce volume is still attached to the old node, so the attach to bb-k8s-w04 fails with a Multi-Attach error and the only PostgreSQL replica cannot start.",
                  "The single cold-chain database is down: sensor readings are buffered and now being dropped, and fridge temperature-excursion checks are not running.",
                  "Release the volume from bb-k8s-w02 (check the VolumeAttachment and CSI detach, force-detach if the old node is gone) so coldchain-db-0 can mount it; meanwhile increase sensor-ingest buffering and put fridges on manual checks.")


def r037():
    w = Window()
    ns = "esports-overlay"
    sr = pods("stream-relay", 2)
    rsname = sr[0].rsplit("-", 1)[0]
    sr_new = rsname + "-" + kid(5)
    og = pods("overlay-gateway", 1)[0]
    job = "overlay-asset-sync-29541200"
    jp = job + "-" + kid(5)
    n = ESP_NODES
    LR = [K(ns, sr[i], "stream-relay", n[i], "stream-relay") for i in range(2)]
    LRP = K(ns, sr[0], "linkerd-proxy", n[0], "stream-relay")
    LRN = K(ns, sr_new, "stream-relay", n[3], "stream-relay")
    LG = K(ns, og, "overlay-gateway", n[2], "overlay-gateway")
    LJ = K(ns, jp, "asset-sync", n[1], "overlay-asset-sync")
    ER = EVL(ns, "stream-relay")
    EJ = EVL(ns, "overlay-asset-sync")
    slog = lambda lvl, msg, rest: "time=<<iso>> level=%s msg=%s %s" % (lvl, json.dumps(msg), rest)
    viewer = lambda: "v_" + hx(10)
    w.add(0, LR[0], slog("INFO", "viewer stream closed", 'viewer=%s match=SF-2 reason="context canceled" duration=14m2s' % viewer()))
    w.add(0.01, LRP, linkerd("INFO", "inbound:server{port=8080}", "linkerd_app_core::serve: Connection closed error=connection closed before message completed client.addr=%s:%d" % (ip("10.244"), rng.randint(40000, 60000))))
    w.add(1.5, LG, pino(30, og, "client reconnected", match="SF-2", resumed_from_seq=88123))
    w.add(2.0, ER, kev("Normal", "SuccessfulRescale", "horizontalpodautoscaler/stream-relay", "New size: 3; reason: cpu resource utilization (percentage of request) above target"))
    w.add(0.1, ER, kev("Normal", "ScalingReplicaSet", "deployment/stream-relay", "Scaled up replica set %s to 3 from 2" % rsname))
    w.add(3.0, ER, kev("Normal", "Started", "pod/" + sr_new, "Started container stream-relay"))
    w.add(0.8, LRN, slog("INFO", "listening", "addr=:8080 version=2.3.0"))
    w.add(2.0, LR[1], slog("WARN", "write to viewer failed", 'viewer=%s err="write tcp %s:8080->%s:51234: write: broken pipe"' % (viewer(), ip("10.244"), ip("10.244"))))
    w.add(1.2, LG, pino(40, og, "deprecated overlay theme manifest v1 requested; v1 will be removed after the season", theme="classic-v1", client="obs-browser-source"))
    w.add(2.0, LJ, "asset sync done: 412 files checked, 9 updated, 0 errors; exiting")
    w.add(1.5, EJ, kev("Normal", "Completed", "job/" + job, "Job completed"))
    w.add(0.5, EJ, kev("Normal", "SawCompletedJob", "cronjob/overlay-asset-sync", "Saw completed job: %s, status: Complete" % job))
    w.add(0.1, EJ, kev("Normal", "SuccessfulDelete", "cronjob/overlay-asset-sync", "Deleted job overlay-asset-sync-29541140"))
    w.add(2.0, LRN, slog("INFO", "viewer stream opened", "viewer=%s match=SF-2 codec=h264 bitrate_kbps=6000" % viewer()))
    w.add(3.0, LR[1], slog("INFO", "viewer stream closed", 'viewer=%s match=SF-1 reason="context canceled" duration=41m17s' % viewer()))
    w.add(1.0, LG, pino(30, og, "overlay state pushed", match="SF-2", subscribers=3310))
    return record(37, "esports", "stream-relay shows broken pipes, canceled contexts and Linkerd connection errors - are viewers affected?",
                  SEL(ns), w, "INFO", "none", "stream-relay",
                  "No incident: 'context canceled', broken pipe and 'connection closed before message completed' are viewers closing their streams; the HPA added a stream-relay replica for load, the asset-sync Job completed, and the v1 theme warning is a deprecation notice.",
                  "Streaming and overlays are healthy; the relay scaled out normally under semifinal load.",
                  "No action needed.")


def r038():
    w = Window()
    ns = "ferry-booking"
    tk = pods("ticketing-api", 2)
    rsname = tk[0].rsplit("-", 1)[0]
    tnew = rsname + "-" + kid(5)
    dp = pods("deck-planner", 1)[0]
    n = FERRY_NODES
    LT = [K(ns, tk[i], "ticketing-api", n[i], "ticketing-api") for i in range(2)]
    LTN = K(ns, tnew, "ticketing-api", n[3], "ticketing-api")
    LD = K(ns, dp, "deck-planner", n[2], "deck-planner")
    LDB = K(ns, "ferry-db-0", "postgres", n[1], "ferry-db")
    ET = EVL(ns, "ticketing-api")
    host = "http://tickets.ferry.example"
    fatal = lambda ev=None: w.add(1.0, LDB, "<<sp_ms>> UTC [%d] FATAL:  sorry, too many clients already" % rng.randint(2000, 2999), ev=ev)
    rf = lambda L, verb, path, code, ms: w.add(0.5, L, net("info", "Microsoft.AspNetCore.Hosting.Diagnostics", 2,
        "Request finished HTTP/1.1 %s %s%s - %d %s %s" % (verb, host, path, code, "611 application/json; charset=utf-8" if code < 300 else "0 -", ms)))
    w.add(0, ET, kev("Normal", "SuccessfulRescale", "horizontalpodautoscaler/ticketing-api", "New size: 6; reason: cpu resource utilization (percentage of request) above target"))
    w.add(0.1, ET, kev("Normal", "ScalingReplicaSet", "deployment/ticketing-api", "Scaled up replica set %s to 6 from 4" % rsname))
    w.add(9.0, LTN, net("info", "Ferry.Ticketing.Api.Startup", 0, "Database pool configured: Host=ferry-db;Database=booking;Maximum Pool Size=20 (server max_connections=100)"), ev=2)
    fatal(ev=1)
    w.add(0.02, LTN, net("fail", "Microsoft.EntityFrameworkCore.Database.Connection", 20004,
        "An error occurred using the connection to database 'booking' on server 'tcp://ferry-db:5432'."), ev=3)
    w.add(0.01, LTN, net("fail", "Microsoft.EntityFrameworkCore.Query", 10100,
        "An exception occurred while iterating over the results of a query for context type 'Ferry.Ticketing.Api.Data.BookingContext'. Npgsql.PostgresException (0x80004005): 53300: sorry, too many clients already"))
    rf(LTN, "GET", "/api/sailings?route=HEL-TLL&date=%s" % day(w.start, 6), 500, "31.2210ms")
    fatal()
    w.add(0.02, LD, spring("WARN", "deck-planner", "nio-8080-exec-5", "o.h.engine.jdbc.spi.SqlExceptionHelper", "SQL Error: 0, SQLState: 53300"))
    w.add(0.001, LD, spring("ERROR", "deck-planner", "nio-8080-exec-5", "o.h.engine.jdbc.spi.SqlExceptionHelper", "FATAL: sorry, too many clients already"), ev=4)
    rf(LT[0], "POST", "/api/bookings", 201, "162.0931ms")
    w.add(1.5, LDB, "<<sp_ms>> UTC [%d] FATAL:  remaining connection slots are reserved for roles with the SUPERUSER attribute" % rng.randint(2000, 2999))
    rf(LT[1], "POST", "/api/bookings", 500, "44.8802ms")
    fatal()
    rf(LTN, "GET", "/api/sailings/HEL-TLL/seatmap", 500, "28.1177ms")
    rf(LT[0], "GET", "/api/sailings?route=TLL-HEL&date=%s" % day(w.start, 2), 200, "36.5520ms")
    w.add(2.0, LD, spring("ERROR", "deck-planner", "nio-8080-exec-8", "o.h.engine.jdbc.spi.SqlExceptionHelper", "FATAL: sorry, too many clients already"))
    fatal()
    rf(LT[1], "POST", "/api/bookings", 500, "39.0014ms")
    return record(38, "ferry", "About a third of booking and seat-map requests return 500 since the afternoon scale-up - why?",
                  SEL(ns), w, "ERROR", "database", "ferry-db",
                  "After the HPA scaled ticketing-api to 6 replicas (each with an Npgsql pool of up to 20) next to deck-planner's pools, the total connection demand exceeds ferry-db's max_connections=100; PostgreSQL rejects new connections with 'sorry, too many clients already'.",
                  "ferry-db is out of connection slots, so a large share of ticketing-api and deck-planner requests fail with 500 while the rest succeed.",
                  "Put PgBouncer (transaction pooling) in front of ferry-db or raise max_connections, and cap per-pod pool sizes so maxReplicas x pool size fits the database; consider limiting the HPA meanwhile.")


def r039():
    w = Window()
    ns = "donor"
    web = pods("donor-portal", 2)
    sq = pods("donor-sidekiq", 1)[0]
    n = BB_NODES
    LW = [K(ns, web[i], "donor-portal", n[i], "donor-portal") for i in range(2)]
    LS = K(ns, sq, "donor-sidekiq", n[2], "donor-sidekiq")
    rid = lambda: uuid4()
    jid = hx(24)
    info = lambda L, r, text, gap=1.0: w.add(gap, L, "I, [<<rb>> #1]  INFO -- : [%s] %s" % (r, text))
    a = rid()
    info(LW[0], a, 'Started GET "/appointments/new?site=3" for 10.42.0.1 at <<rails_at>>', gap=0)
    info(LW[0], a, "Completed 200 OK in 42ms (Views: 30.2ms | ActiveRecord: 6.1ms | Allocations: 15210)", gap=0.05)
    w.add(1.5, LW[1], "[1] - Starting phased worker restart, phase: 4")
    w.add(0.01, LW[1], "[1] + Changing to /app")
    w.add(0.2, LW[1], "[1] - Stopping 43 for phased upgrade...")
    w.add(0.01, LW[1], "[1] - TERM sent to 43...")
    w.add(3.1, LW[1], "[1] - Worker 0 (PID: 212) booted in 3.1s, phase: 4")
    b = rid()
    info(LW[0], b, 'Started GET "/wp-admin/setup-config.php" for 10.42.0.1 at <<rails_at>>')
    w.add(0.01, LW[0], 'F, [<<rb>> #1] FATAL -- : [%s] ActionController::RoutingError (No route matches [GET] "/wp-admin/setup-config.php"):' % b)
    w.add(1.0, LS, "<<iso>> pid=1 tid=3mfa class=SmsReminderJob jid=%s INFO: start" % jid)
    w.add(15.0, LS, "<<iso>> pid=1 tid=3mfa class=SmsReminderJob jid=%s elapsed=15.02 INFO: fail" % jid)
    w.add(0.001, LS, "<<iso>> pid=1 tid=3mfa WARN: Net::ReadTimeout: Net::ReadTimeout with #<TCPSocket:(closed)>")
    w.add(2.0, LW[1], "W, [<<rb>> #1]  WARN -- : DEPRECATION WARNING: `to_time` will always preserve the full timezone rather than offset of the receiver in Rails 8.1. To opt in to the new behavior, set `config.active_support.to_time_preserves_timezone = :zone`. (called from block in <class:AppointmentSlot> at /app/app/models/appointment_slot.rb:41)")
    c = rid()
    info(LW[1], c, 'Finished "/cable" [WebSocket] for 10.42.0.1 at <<rails_at>>', gap=3.0)
    info(LW[1], c, "DonorQueueChannel stopped streaming from donor_queue:site-3", gap=0.002)
    w.add(28.0, LS, "<<iso>> pid=1 tid=7ycq class=SmsReminderJob jid=%s INFO: start" % jid)
    w.add(0.8, LS, "<<iso>> pid=1 tid=7ycq class=SmsReminderJob jid=%s elapsed=0.81 INFO: done" % jid)
    d = rid()
    info(LW[1], d, 'Started POST "/appointments" for 10.42.0.1 at <<rails_at>>')
    info(LW[1], d, 'Redirected to https://donate.bloodbank.example/appointments/%d' % rng.randint(80000, 99999), gap=0.06)
    info(LW[1], d, "Completed 302 Found in 71ms (ActiveRecord: 33.0ms | Allocations: 10922)", gap=0.001)
    return record(39, "bloodbank", "donor-portal logged a FATAL, a Sidekiq failure and a deprecation warning - do we have a problem?",
                  SEL(ns), w, "INFO", "none", "donor-portal",
                  "No incident: the FATAL is a RoutingError for a scanner probing /wp-admin, the SMS reminder job's read timeout was retried successfully by Sidekiq, Puma did a normal phased restart, the WebSocket close is a browser leaving, and the deprecation warning is informational.",
                  "donor-portal and its background jobs are healthy; appointments are being booked.",
                  "No action needed.")


def r040():
    w = Window()
    ns = "ferry-identity"
    n = FERRY_NODES
    L0 = K(ns, "keycloak-0", "keycloak", n[0], "keycloak")
    L1 = K(ns, "keycloak-1", "keycloak", n[1], "keycloak")
    EC = EVL(ns, "keycloak")
    realm = uuid4()
    kc = lambda lvl, logger, thread, msg: "<<sp_cms>> %-5s [%s] (%s) %s" % (lvl, logger, thread, msg)
    renew_at = go_time(w.start + timedelta(seconds=4))
    w.add(0, L0, kc("WARN", "org.keycloak.events", "executor-thread-3",
        'type="LOGIN_ERROR", realmId="%s", realmName="ferry-staff", clientId="crew-portal", userId="%s", sessionId="null", ipAddress="10.20.4.31", error="invalid_user_credentials", auth_method="openid-connect", auth_type="code", redirect_uri="https://crew.ferry.example/oauth2/callback", code_id="%s", username="deckhand.virtanen"' % (realm, uuid4(), uuid4())))
    w.add(5.0, EC, kev("Normal", "Issuing", "certificate/keycloak-tls", "Renewing certificate as renewal was scheduled at %s" % renew_at))
    w.add(0.1, EC, kev("Normal", "Reused", "certificate/keycloak-tls", 'Reusing private key stored in existing Secret resource "keycloak-tls"'))
    w.add(0.1, EC, kev("Normal", "Requested", "certificate/keycloak-tls", 'Created new CertificateRequest resource "keycloak-tls-7"'))
    w.add(0.2, EC, kev("Normal", "cert-manager.io", "certificaterequest/keycloak-tls-7", "Certificate request has been approved by cert-manager.io"))
    w.add(1.5, EC, kev("Normal", "CertificateIssued", "certificaterequest/keycloak-tls-7", "Certificate fetched from issuer successfully"))
    w.add(0.2, EC, kev("Normal", "Issuing", "certificate/keycloak-tls", "The certificate has been successfully issued"))
    w.add(4.0, EC, kev("Normal", "Killing", "pod/keycloak-1", "Stopping container keycloak"))
    w.add(0.6, L1, kc("INFO", "io.quarkus", "Shutdown thread", "Keycloak stopped in 0.412s"))
    w.add(0.8, L0, kc("INFO", "org.infinispan.CLUSTER", "jgroups-12,keycloak-0", "ISPN000094: Received new cluster view for channel ISPN: [keycloak-0|8] (1) [keycloak-0]"))
    w.add(6.0, EC, kev("Normal", "Started", "pod/keycloak-1", "Started container keycloak"))
    w.add(4.0, L1, kc("WARN", "org.keycloak.quarkus.runtime.cli.Picocli", "main", "The following used options or option values are DEPRECATED and will be removed or their behaviour changed in a future release:"))
    w.add(0.001, L1, "\t- proxy: Use proxy-headers.")
    w.add(3.0, L1, kc("INFO", "org.infinispan.CLUSTER", "main", "ISPN000078: Starting JGroups channel `ISPN` with stack `kubernetes`"))
    w.add(1.2, L0, kc("INFO", "org.infinispan.CLUSTER", "jgroups-14,keycloak-0", "ISPN000094: Received new cluster view for channel ISPN: [keycloak-0|9] (2) [keycloak-0, keycloak-1]"))
    w.add(5.5, L1, kc("INFO", "io.quarkus", "main", "Keycloak 26.0.5 on JVM (powered by Quarkus 3.15.1) started in 12.882s. Listening on: https://0.0.0.0:8443. Management interface listening on https://0.0.0.0:9000."))
    w.add(6.0, L0, kc("WARN", "org.keycloak.events", "executor-thread-9",
        'type="CODE_TO_TOKEN_ERROR", realmId="%s", realmName="ferry-staff", clientId="crew-portal", userId="null", sessionId="null", ipAddress="10.20.4.57", error="invalid_code", grant_type="authorization_code", code_id="%s", client_auth_method="client-secret"' % (realm, uuid4())))
    return record(40, "ferry", "Keycloak pods restarted and there are cluster-view changes and login errors - is staff SSO healthy?",
                  SEL(ns), w, "INFO", "none", "keycloak",
                  "No incident: cert-manager renewed keycloak-tls on its schedule, keycloak-1 was restarted to load the new certificate and rejoined the Infinispan cluster; the login and code-to-token errors are a mistyped password and a reused authorization code, and the Picocli message is a deprecation notice.",
                  "Staff SSO stayed available while the TLS certificate was renewed and one Keycloak pod restarted.",
                  "No action needed.")


# ================================================================ output
RECORDS = [globals()["r%03d" % i] for i in range(1, 41)]


def build():
    out = []
    for i, fn in enumerate(RECORDS, 1):
        rec = fn()
        assert rec["id"] == "dev36-%03d" % i, rec["id"]
        assert 10 <= len(rec["logs"]) <= 25, (rec["id"], len(rec["logs"]))
        out.append(rec)
    return out


def main(argv):
    path = argv[1] if len(argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev36.jsonl")
    records = build()
    data = "".join(json.dumps(r, separators=(",", ":"), ensure_ascii=True) + "\n" for r in records)
    with open(path, "w", encoding="ascii", newline="\n") as fh:
        fh.write(data)
    print("wrote %d records to %s sha256=%s" % (len(records), path, hashlib.sha256(data.encode("ascii")).hexdigest()))


if __name__ == "__main__":
    main(sys.argv)
