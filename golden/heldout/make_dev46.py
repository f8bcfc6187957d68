#!/usr/bin/env python3
"""Generate dev46.jsonl: 40 golden-format v1 records for LogLens evaluation.

Standard library only. Deterministic: every random choice comes from one
random.Random(204646) instance, consumed in a fixed order, and the JSON is
serialised with fixed key order, so two runs give byte-identical output.

Three domains:
  dev46-cafe-  coffee roastery and cafe chain
  dev46-tv-    IPTV / cable-TV operator
  dev46-art-   online fine-art auction house

Layout of this file:
  section 1  helpers (time stamps, names, label builders, Window builder)
  section 2  cafe scenarios
  section 3  tv scenarios
  section 4  art scenarios
  section 5  assembly (id assignment, serialisation)
"""
import json
import os
import random
from datetime import datetime, timedelta, timezone

SEED = 204646
OUT_NAME = "dev46.jsonl"

# ---------------------------------------------------------------------------
# section 1: helpers
# ---------------------------------------------------------------------------

MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
SAFE = "bcdfghjklmnpqrstvwxz2456789"  # alphabet Kubernetes uses for name suffixes
HEX = "0123456789abcdef"
ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"


def _ms(t):
    return "%03d" % (t.microsecond // 1000)


def iso_ms(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + _ms(t) + "Z"


# Placeholders that Window.add substitutes with the line's own time stamp,
# so the time printed inside a line always matches its "ts".
STAMPS = [
    ("@ISOUS@", lambda t: t.strftime("%Y-%m-%dT%H:%M:%S.%fZ")),
    ("@ISO@", iso_ms),
    ("@RFC3339@", lambda t: t.strftime("%Y-%m-%dT%H:%M:%SZ")),
    ("@NGXERR@", lambda t: t.strftime("%Y/%m/%d %H:%M:%S")),
    ("@NGX@", lambda t: "%02d/%s/%d:%s +0000" % (t.day, MONTHS[t.month - 1], t.year, t.strftime("%H:%M:%S"))),
    ("@HAP@", lambda t: "%02d/%s/%d:%s.%s" % (t.day, MONTHS[t.month - 1], t.year, t.strftime("%H:%M:%S"), _ms(t))),
    ("@SYS@", lambda t: "%s %2d %s" % (MONTHS[t.month - 1], t.day, t.strftime("%H:%M:%S"))),
    ("@KLOG@", lambda t: t.strftime("%m%d %H:%M:%S.%f")),
    ("@PG@", lambda t: t.strftime("%Y-%m-%d %H:%M:%S.") + _ms(t) + " UTC"),
    ("@JAVA@", lambda t: t.strftime("%Y-%m-%dT%H:%M:%S.") + _ms(t) + "Z"),
    ("@LOGBACK@", lambda t: t.strftime("%Y-%m-%d %H:%M:%S.") + _ms(t)),
    ("@PY@", lambda t: t.strftime("%Y-%m-%d %H:%M:%S,") + _ms(t)),
    ("@GUNI@", lambda t: t.strftime("%Y-%m-%d %H:%M:%S") + " +0000"),
    ("@KAFKA@", lambda t: t.strftime("[%Y-%m-%d %H:%M:%S,") + _ms(t) + "]"),
    ("@RMQ@", lambda t: t.strftime("%Y-%m-%d %H:%M:%S.%f") + "+00:00"),
    ("@MARIA@", lambda t: "%s %2d:%s" % (t.strftime("%Y-%m-%d"), t.hour, t.strftime("%M:%S"))),
    ("@GC@", lambda t: t.strftime("[%Y-%m-%dT%H:%M:%S.") + _ms(t) + "+0000]"),
    ("@REDIS@", lambda t: "%02d %s %d %s.%s" % (t.day, MONTHS[t.month - 1], t.year, t.strftime("%H:%M:%S"), _ms(t))),
    ("@INNO@", lambda t: "%s %2d:%s" % (t.strftime("%y%m%d"), t.hour, t.strftime("%M:%S"))),
    ("@UNIX@", lambda t: "%d.%03d" % (int(t.timestamp()), t.microsecond // 1000)),
]


def render(line, t, t0=None):
    if t0 is not None and "@SINCE" in line:
        secs = (t - t0).total_seconds()
        line = line.replace("@SINCE0M@", "%dm%02ds" % (int(secs) // 60, int(secs) % 60))
        line = line.replace("@SINCE0@", "%.1fs" % secs)
    if '"@UNIX@"' in line:
        line = line.replace('"@UNIX@"', "%d.%03d" % (int(t.timestamp()), t.microsecond // 1000))
    if '"@EPOCH@"' in line or "@EPOCH@" in line:
        ep = str(int(t.timestamp() * 1000))
        line = line.replace('"@EPOCH@"', ep).replace("@EPOCH@", ep)
    for key, fn in STAMPS:
        if key in line:
            line = line.replace(key, fn(t))
    return line


class Window:
    """Builds one record's log window with strictly increasing time stamps."""

    def __init__(self, r, start):
        self.r = r
        self.t = datetime.strptime(start, "%Y-%m-%dT%H:%M:%S").replace(tzinfo=timezone.utc)
        self.t += timedelta(microseconds=r.randint(0, 999999))
        self.logs = []
        self.evidence = []

    def add(self, labels, line, gap=1.0, ev=False):
        if self.logs:
            us = int(gap * 1e6 * (0.75 + 0.5 * self.r.random()))
            self.t += timedelta(microseconds=max(1000, us) + self.r.randint(0, 999))
        if ev:
            self.evidence.append(len(self.logs))
        if not self.logs:
            self.t0 = self.t
        self.logs.append({"ts": iso_ms(self.t), "labels": dict(labels), "line": render(line, self.t, self.t0)})


def sched_minute(start):
    """CronJob child Jobs are named after their scheduled time in minutes since the epoch."""
    t = datetime.strptime(start, "%Y-%m-%dT%H:%M:%S").replace(tzinfo=timezone.utc)
    return int(t.timestamp()) // 60


def J(obj):
    """Compact JSON for structured log lines (key order preserved)."""
    return json.dumps(obj, separators=(",", ":"))


def pick(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def rs_hash(r):
    return pick(r, SAFE, r.choice([9, 10]))


def pods(r, base, n=1):
    """n pod names of one ReplicaSet of Deployment `base`."""
    h = rs_hash(r)
    return ["%s-%s-%s" % (base, h, pick(r, SAFE, 5)) for _ in range(n)]


def uid(r):
    return "%s-%s-%s-%s-%s" % (pick(r, HEX, 8), pick(r, HEX, 4), pick(r, HEX, 4), pick(r, HEX, 4), pick(r, HEX, 12))


def hexid(r, n=16):
    return pick(r, HEX, n)


def ip(r, prefix):
    """Complete a dotted prefix (1-3 octets) to a full IPv4 address."""
    parts = prefix.split(".")
    while len(parts) < 3:
        parts.append(str(r.randint(0, 255)))
    return "%s.%d" % (".".join(parts), r.randint(2, 250))


# cluster node names, one naming scheme per domain
def gke_node(r):
    return "gke-brew-prod-pool-%s-%s-%s" % (r.choice("ab"), pick(r, HEX, 8), pick(r, ALNUM, 4))


def tv_node(r, gpu=False):
    return ("tvk-gpu-%02d" if gpu else "tvk-w%02d") % r.randint(1, 14)


def eks_node(r):
    return "ip-10-40-%d-%d.eu-west-2.compute.internal" % (r.randint(1, 60), r.randint(2, 250))


# label builders
def K(ns, pod, container, node):
    return {"namespace": ns, "pod": pod, "container": container, "node": node}


def NJ(node, unit):
    """Node journal line shipped from a Kubernetes worker."""
    if unit == "kernel":
        return {"node": node, "job": "node-journal", "transport": "kernel"}
    return {"node": node, "job": "node-journal", "unit": unit}


def EVL(ns):
    return {"namespace": ns, "job": "kubernetes-events"}


def H(host, unit, job="systemd-journal"):
    if unit == "kernel":
        return {"host": host, "job": job, "transport": "kernel"}
    return {"host": host, "job": job, "unit": unit}


def HS(host, program):
    """Classic /var/log/syslog file line (full syslog prefix inside the line)."""
    return {"host": host, "job": "syslog", "filename": "/var/log/syslog", "program": program}


# Kubernetes event renderers; each domain's cluster ships events differently.
def ev_router(r, kind, ns, name, etype, reason, msg, count=1, component="kubelet"):
    """eventrouter-style JSON (cafe cluster)."""
    return J({"verb": "ADDED" if count == 1 else "UPDATED",
              "event": {"metadata": {"name": "%s.%s" % (name, hexid(r, 16)), "namespace": ns},
                        "involvedObject": {"kind": kind, "namespace": ns, "name": name},
                        "reason": reason, "message": msg, "source": {"component": component},
                        "count": count, "type": etype}})


def ev_logfmt(kind, name, etype, reason, msg, count=1):
    """kubernetes-event-exporter logfmt style (tv cluster)."""
    return "type=%s reason=%s object=%s/%s count=%d message=%s" % (etype, reason, kind, name, count, json.dumps(msg))


def ev_kubectl(kind, name, etype, reason, msg):
    """kubectl-get-events style text (art cluster)."""
    return "%-8s %-22s %s/%s   %s" % (etype, reason, kind.lower(), name, msg)


def record(w, severity, category, component, question, selector, root_cause, summary, action, quiet=False):
    return {
        "source": "synthetic:dev46",
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
            "evidence": list(w.evidence) if category != "none" else [],
            "quiet_cause": quiet,
        },
    }


def sel(namespace=None, pod=None, container=None, node=None, app=None):
    return {"namespace": namespace, "pod": pod, "container": container, "node": node, "app": app}


# ---------------------------------------------------------------------------
# section 2: cafe (roasting plant, POS, loyalty, mobile ordering, inventory,
#            delivery partners)
# ---------------------------------------------------------------------------

def cafe_pos_sync_healthy(r):
    n1, n2 = gke_node(r), gke_node(r)
    sync = pods(r, "pos-sync")[0]
    gw = pods(r, "pos-gateway")[0]
    ing = pods(r, "ingress-nginx-controller")[0]
    Ls, Lg, Li = K("pos", sync, "pos-sync", n1), K("pos", gw, "pos-gateway", n2), K("ingress-nginx", ing, "controller", n2)
    w = Window(r, "2026-03-04T07:31:00")
    for s in ["LDN-014", "LDN-022", "BRS-007"]:
        w.add(Ls, 'time=@ISO@ level=INFO msg="sync batch uploaded" store=%s terminals=%d txns=%d duration_ms=%d'
              % (s, r.randint(3, 8), r.randint(40, 190), r.randint(300, 1400)), 2.5)
    src = ip(r, "10.8.3")
    w.add(Ls, 'time=@ISO@ level=WARN msg="upload attempt failed" store=MAN-003 attempt=1 max_attempts=3 '
              'err="Post \\"https://pos-gateway.pos.svc:8443/v1/batches\\": read tcp %s:%d->10.8.7.21:8443: read: connection reset by peer" retry_in=2s'
          % (src, r.randint(40000, 60000)), 1.2)
    w.add(Lg, "{\"level\":\"debug\",\"ts\":\"@ISO@\",\"msg\":\"terminal heartbeat\",\"terminal\":\"T-MAN003-02\",\"seq\":%d}" % r.randint(80000, 90000), 0.8)
    w.add(Ls, 'time=@ISO@ level=INFO msg="upload attempt succeeded" store=MAN-003 attempt=2 txns=%d' % r.randint(60, 120), 2.1)
    w.add(Lg, "{\"level\":\"info\",\"ts\":\"@ISO@\",\"msg\":\"batch accepted\",\"store\":\"MAN-003\",\"dedup_skipped\":0}", 0.05)
    cip = ip(r, "86.12")
    w.add(Li, '%s - - [@NGX@] "GET /favicon.ico HTTP/1.1" 404 153 "-" "Mozilla/5.0 (iPad; CPU OS 17_3 like Mac OS X)" 412 0.001 [pos-pos-admin-80] [] - - - - %s'
          % (cip, hexid(r, 32)), 3.0)
    w.add(Li, '%s - - [@NGX@] "GET /api/v1/menu?store=LDN-014 HTTP/2.0" 499 0 "-" "BrewPOS/5.12.1 (Android 13)" 88 4.812 [pos-pos-gateway-8443] [] %s:8443 0 4.811 - %s'
          % (ip(r, "81.2"), ip(r, "10.8.7"), hexid(r, 32)), 1.4)
    w.add(Lg, "{\"level\":\"info\",\"ts\":\"@ISO@\",\"msg\":\"client went away before response\",\"path\":\"/api/v1/menu\",\"store\":\"LDN-014\",\"elapsed_ms\":4811}", 0.01)
    for s in ["EDI-002", "LDS-011", "GLA-005"]:
        w.add(Ls, 'time=@ISO@ level=INFO msg="sync batch uploaded" store=%s terminals=%d txns=%d duration_ms=%d'
              % (s, r.randint(3, 8), r.randint(40, 190), r.randint(300, 1400)), 2.2)
    w.add(Li, '%s - - [@NGX@] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29" 118 0.000 [pos-pos-admin-80] [] %s:80 2 0.000 200 %s'
          % (ip(r, "10.8.0"), ip(r, "10.8.2"), hexid(r, 32)), 1.0)
    w.add(Ls, 'time=@ISO@ level=INFO msg="sync cycle complete" stores=48 uploaded=48 retried=1 failed=0 error_count=0 next_run=60s', 2.0)
    return record(w, "INFO", "none", "pos-sync",
                  "Is anything wrong with the POS sync this morning? I see errors in the logs.",
                  sel(namespace="pos", app="pos-sync"),
                  "No incident: a single connection reset on a batch upload was retried and succeeded; the 404 and 499 responses are a missing favicon and a client that gave up.",
                  "All 48 stores uploaded their POS batches; one upload needed a second attempt and the cycle finished with error_count=0.",
                  "Nothing to do.")


def cafe_loyalty_expiry_healthy(r):
    n1, n2 = gke_node(r), gke_node(r)
    job = "points-expiry-%d-%s" % (sched_minute("2026-03-05T02:00:00"), pick(r, SAFE, 5))
    cons = pods(r, "loyalty-events", 2)
    kafka = "kafka-1"
    Lj = K("loyalty", job, "points-expiry", n1)
    Lc = K("loyalty", cons[1], "loyalty-events", n2)
    Lk = K("kafka", kafka, "kafka", n2)
    w = Window(r, "2026-03-05T02:00:00")
    w.add(Lj, "@JAVA@  INFO 1 --- [   scheduling-1] c.b.loyalty.expiry.PointsExpiryJob       : Starting points expiry run cutoff=2025-03-05 batchSize=5000", 0.1)
    w.add(Lj, "@JAVA@ DEBUG 1 --- [   scheduling-1] com.zaxxer.hikari.pool.HikariPool        : HikariPool-1 - Pool stats (total=10, active=1, idle=9, waiting=0)", 0.4)
    w.add(Lj, "@JAVA@ DEBUG 1 --- [   scheduling-1] org.hibernate.SQL                        : select p1_0.id,p1_0.member_id,p1_0.points,p1_0.earned_at from points_ledger p1_0 where p1_0.earned_at<? and p1_0.expired=false fetch first ? rows only", 0.3)
    w.add(Lk, "@KAFKA@ INFO [GroupCoordinator 1]: Preparing to rebalance group loyalty in state PreparingRebalance with old generation 56 (__consumer_offsets-12) (reason: Adding new member %s-%s with group instance id None; client reason: not provided) (kafka.coordinator.group.GroupCoordinator)"
          % (cons[0], uid(r)), 3.1)
    w.add(Lc, "@JAVA@  INFO 1 --- [ntainer#0-0-C-1] o.a.k.c.c.internals.ConsumerCoordinator  : [Consumer clientId=consumer-loyalty-1, groupId=loyalty] Request joining group due to: group is already rebalancing", 0.2)
    w.add(Lc, "@JAVA@  INFO 1 --- [ntainer#0-0-C-1] o.a.k.c.c.internals.ConsumerCoordinator  : [Consumer clientId=consumer-loyalty-1, groupId=loyalty] Revoke previously assigned partitions loyalty.events-0, loyalty.events-1, loyalty.events-2", 0.1)
    w.add(Lk, "@KAFKA@ INFO [GroupCoordinator 1]: Stabilized group loyalty generation 57 (__consumer_offsets-12) with 2 members (kafka.coordinator.group.GroupCoordinator)", 3.0)
    w.add(Lc, "@JAVA@  INFO 1 --- [ntainer#0-0-C-1] o.a.k.c.c.internals.ConsumerCoordinator  : [Consumer clientId=consumer-loyalty-1, groupId=loyalty] Successfully joined group with generation Generation{generationId=57, memberId='consumer-loyalty-1-%s', protocol='range'}" % uid(r), 0.1)
    w.add(Lc, "@JAVA@  INFO 1 --- [ntainer#0-0-C-1] o.a.k.c.c.internals.ConsumerCoordinator  : [Consumer clientId=consumer-loyalty-1, groupId=loyalty] Notifying assignor about the new Assignment(partitions=[loyalty.events-2])", 0.1)
    w.add(Lc, "@JAVA@  INFO 1 --- [ntainer#0-0-C-1] o.s.k.l.KafkaMessageListenerContainer    : loyalty: partitions assigned: [loyalty.events-2]", 0.1)
    w.add(Lj, "@JAVA@  INFO 1 --- [   scheduling-1] c.b.loyalty.expiry.PointsExpiryJob       : batch 1/4 expired=5000 members=611", 9.0)
    w.add(Lj, "@JAVA@  INFO 1 --- [   scheduling-1] c.b.loyalty.expiry.PointsExpiryJob       : batch 4/4 expired=%d members=%d" % (r.randint(2000, 4000), r.randint(200, 500)), 24.0)
    w.add(Lj, "@JAVA@  INFO 1 --- [   scheduling-1] c.b.loyalty.notify.ExpiryMailer          : expiry notices queued=2211 suppressed_bounces=3 error_count=0", 1.2)
    w.add(Lj, "@JAVA@  INFO 1 --- [   scheduling-1] c.b.loyalty.expiry.PointsExpiryJob       : Points expiry run finished in @SINCE0@: expired=18234 members=2211 errors=0", 0.3)
    w.add(Lj, "@JAVA@  INFO 1 --- [ionShutdownHook] com.zaxxer.hikari.HikariDataSource       : HikariPool-1 - Shutdown completed.", 0.5)
    return record(w, "INFO", "none", "points-expiry",
                  "Did the nightly loyalty points expiry run cleanly?",
                  sel(namespace="loyalty"),
                  "No incident: the expiry job completed with errors=0; the consumer group rebalance is the normal join of a second replica.",
                  "Nightly points expiry expired 18234 entries for 2211 members without errors while the loyalty-events consumers rebalanced normally.",
                  "Nothing to do.")


def cafe_roastery_healthy(r):
    host = "roast-gw-01"
    w = Window(r, "2026-03-06T05:40:00")
    pid = r.randint(700, 1500)
    L = H(host, "roastlink.service")
    w.add(L, "@PY@ INFO roastlink.batch: batch R-2026-0306-07 started roaster=PROBAT-P25-2 profile=house-espresso-v14 green_kg=22.5", 0.1)
    w.add(L, "@PY@ DEBUG roastlink.modbus: poll ok unit=2 regs=40001-40024 latency_ms=%d" % r.randint(9, 20), 1.0)
    w.add(L, "@PY@ WARNING roastlink.modbus: read timeout unit=3 (afterburner) attempt=1/3, retrying in 500 ms", 1.5)
    w.add(L, "@PY@ INFO roastlink.modbus: read ok unit=3 attempt=2 latency_ms=%d" % r.randint(20, 60), 0.6)
    w.add(H(host, "chronyd.service"), "Selected source 10.30.0.1 (ntp1.plant.local)", 20.0)
    w.add(L, "@PY@ DEBUG roastlink.modbus: poll ok unit=2 regs=40001-40024 latency_ms=%d" % r.randint(9, 20), 30.0)
    w.add(L, "@PY@ INFO roastlink.batch: yellowing bt=152.3C t=4:51 ror=11.2C/min", 60.0)
    w.add(L, "@PY@ DEBUG roastlink.modbus: poll ok unit=3 regs=40101-40110 latency_ms=%d" % r.randint(20, 50), 30.0)
    w.add(L, "@PY@ INFO roastlink.batch: gas 62% -> 55% (profile step 6) airflow 70%", 40.0)
    w.add(L, "@PY@ INFO roastlink.batch: first crack detected bt=196.4C t=8:42", 120.0)
    w.add(H(host, "cron.service"), "(root) CMD (/usr/local/bin/backup-roastlogs.sh >/dev/null 2>&1)", 40.0)
    w.add(L, "@PY@ INFO roastlink.batch: drop bt=212.8C dev_time=1:58 dtr=18.4% weight_loss=14.1%", 80.0)
    w.add(L, "@PY@ INFO roastlink.cooling: tray cooling complete bean_temp=34.1C t=3:55", 230.0)
    w.add(L, "@PY@ INFO roastlink.upload: uploaded 3 batch logs to historian status=200 errors=0", 5.0)
    w.add(H(host, "systemd"), "Starting apt-daily.service - Daily apt download activities...", 30.0)
    w.add(H(host, "systemd"), "apt-daily.service: Deactivated successfully.", 9.0)
    w.add(L, "@PY@ INFO roastlink.batch: batch R-2026-0306-08 started roaster=PROBAT-P25-2 profile=single-origin-kenya-v3 green_kg=18.0", 60.0)
    return record(w, "INFO", "none", "roastlink",
                  "Anything wrong on the roasting plant gateway?",
                  None,
                  "No incident: one Modbus read timeout on the afterburner controller succeeded on the retry; the roast batch completed and uploaded.",
                  "Roast batch R-2026-0306-07 ran through first crack and drop normally; logs were uploaded to the historian with errors=0.",
                  "Nothing to do.")


def cafe_webhook_relay_healthy(r):
    host = "dlv-relay-02"
    w = Window(r, "2026-03-08T12:10:00")
    pid = r.randint(900, 2000)
    Ln = HS(host, "nginx")
    La = H(host, "webhook-relay.service")
    def acc(method, path, status, size, ua, rt):
        return '@SYS@ %s nginx: %s - - [@NGX@] "%s %s HTTP/1.1" %d %d "-" "%s" rt=%.3f' % (host, ip(r, "203.0.113"), method, path, status, size, ua, rt)
    def app(level, msg, **kw):
        d = {"level": level, "time": "@EPOCH@", "pid": pid, "hostname": host, "msg": msg}
        d.update(kw)
        return J(d)
    for _ in range(2):
        o = "ORD-%d" % r.randint(880000, 899999)
        w.add(Ln, acc("POST", "/webhooks/courierly/status", 202, 2, "Courierly-Webhooks/2.3", r.uniform(0.005, 0.03)), 3.0)
        w.add(La, app(30, "webhook delivered", partner="courierly", order=o, status=202, attempt=1), 0.05)
    w.add(Ln, acc("GET", "/wp-login.php", 404, 153, "Mozilla/5.0 zgrab/0.x", 0.0), 4.0)
    w.add(Ln, acc("GET", "/.env", 404, 153, "python-requests/2.28.2", 0.0), 0.8)
    o = "ORD-%d" % r.randint(880000, 899999)
    w.add(La, app(40, "webhook delivery failed, will retry", partner="swiftdrop", order=o, attempt=1, err={"code": "ECONNRESET", "message": "socket hang up"}), 2.0)
    w.add(La, app(30, "webhook delivered", partner="swiftdrop", order=o, status=200, attempt=2), 2.1)
    w.add(La, app(50, "request aborted by client", path="/webhooks/courierly/status", code="ECONNABORTED", bytesRead=0), 3.0)
    w.add(Ln, acc("POST", "/webhooks/courierly/status", 499, 0, "Courierly-Webhooks/2.3", 10.001), 0.01)
    for _ in range(2):
        o = "ORD-%d" % r.randint(880000, 899999)
        w.add(Ln, acc("POST", "/webhooks/swiftdrop/events", 200, 17, "SwiftDrop-Hooks/1.9", r.uniform(0.005, 0.03)), 2.5)
        w.add(La, app(30, "webhook delivered", partner="swiftdrop", order=o, status=200, attempt=1), 0.05)
    w.add(Ln, acc("GET", "/healthz", 200, 2, "kube-probe/1.29", 0.001).replace("kube-probe/1.29", "Prometheus-Blackbox/0.25"), 1.5)
    w.add(La, app(20, "signature verified", partner="swiftdrop", alg="HMAC-SHA256"), 0.5)
    w.add(H(host, "logrotate.service"), "logrotate.service: Deactivated successfully.", 6.0)
    w.add(La, app(30, "delivery stats", window="5m", delivered=412, retried=1, dropped=0, error_count=0), 5.0)
    return record(w, "INFO", "none", "webhook-relay",
                  "The delivery webhook relay shows errors, is the relay broken?",
                  None,
                  "No incident: 404s are scanner probes, the level-50 entry is a partner closing its own request, and the one failed delivery succeeded on retry.",
                  "Courierly and SwiftDrop webhooks are being relayed normally; 412 deliveries in 5 minutes, none dropped.",
                  "Nothing to do.")


def cafe_delivery_rate_limited(r):
    n1 = gke_node(r)
    disp = pods(r, "delivery-dispatch")[0]
    L = K("delivery", disp, "dispatch", n1)
    Le = K("delivery", disp, "istio-proxy", n1)
    w = Window(r, "2026-03-07T12:04:00")
    for i in range(2):
        w.add(L, "@PY@ INFO dispatch.partners.swiftdrop: job created order=ORD-%d job=SD-%s eta_pickup=%dm" % (r.randint(880000, 899999), pick(r, ALNUM.upper(), 8), r.randint(6, 14)), 2.0)
    first = True
    for i in range(4):
        o = r.randint(880000, 899999)
        w.add(L, "@PY@ WARNING dispatch.partners.swiftdrop: POST https://api.swiftdrop.example/v2/jobs -> 429 Too Many Requests (x-ratelimit-limit=120, x-ratelimit-remaining=0, retry-after=20) order=ORD-%d" % o, 1.0, ev=first)
        w.add(Le, '[@ISO@] "POST /v2/jobs HTTP/1.1" 429 - via_upstream - "-" 214 61 %d %d "-" "python-requests/2.31.0" "%s" "api.swiftdrop.example" "203.0.113.40:443" outbound|443||api.swiftdrop.example - - -'
              % (r.randint(60, 120), r.randint(55, 110), uid(r)), 0.01)
        first = False
    w.add(L, "@PY@ INFO dispatch.queue: backing off partner=swiftdrop for 20s, queued=14 oldest_wait=9s", 0.3, ev=True)
    w.add(L, "@PY@ WARNING dispatch.router: courierly fallback not eligible for zone=LDN-C (contract), keeping jobs queued for swiftdrop", 0.2)
    w.add(L, "@PY@ WARNING dispatch.partners.swiftdrop: POST https://api.swiftdrop.example/v2/jobs -> 429 Too Many Requests (x-ratelimit-limit=120, x-ratelimit-remaining=0, retry-after=17) order=ORD-%d" % r.randint(880000, 899999), 21.0)
    w.add(L, "@PY@ INFO dispatch.queue: backing off partner=swiftdrop for 17s, queued=19 oldest_wait=31s", 0.3)
    for i in range(3):
        w.add(L, "@PY@ INFO dispatch.partners.swiftdrop: job created order=ORD-%d job=SD-%s eta_pickup=%dm" % (r.randint(880000, 899999), pick(r, ALNUM.upper(), 8), r.randint(8, 16)), 6.0 if i == 0 else 0.5)
    w.add(L, "@PY@ INFO dispatch.queue: drained backlog partner=swiftdrop jobs=19 max_delay=71s", 25.0)
    w.add(L, "@PY@ INFO dispatch.partners.swiftdrop: job created order=ORD-%d job=SD-%s eta_pickup=%dm" % (r.randint(880000, 899999), pick(r, ALNUM.upper(), 8), r.randint(6, 12)), 4.0)
    return record(w, "WARN", "rate_limited", "swiftdrop",
                  "Why were some lunch orders slow to get a courier?",
                  sel(namespace="delivery", app="delivery-dispatch"),
                  "The SwiftDrop partner API throttled job creation (429, 120 requests per window) during the lunch surge; dispatch backed off and queued jobs.",
                  "SwiftDrop returned 429 for about a minute; 19 courier jobs were delayed by up to 71s and the backlog drained on its own.",
                  "Optional: ask SwiftDrop for a higher job-creation quota or smooth dispatch bursts; no immediate action needed.")


def cafe_inventory_deadlocks(r):
    n1, n2 = gke_node(r), gke_node(r)
    api = pods(r, "inventory-api", 2)
    La, Lb = K("inventory", api[0], "inventory-api", n1), K("inventory", api[1], "inventory-api", n2)
    Ld = K("inventory", "inventory-db-0", "postgres", n2)
    w = Window(r, "2026-03-09T08:15:00")
    p1, p2 = r.randint(40000, 49999), r.randint(40000, 49999)
    x1 = r.randint(9900000, 9999999)
    w.add(La, "@JAVA@  INFO 1 --- [nio-8080-exec-7] c.b.inventory.web.ReceiptController     : applying receipt GRN-%d store=LDN-022 lines=64" % r.randint(100000, 199999), 0.2)
    w.add(Ld, "@PG@ [%d] ERROR:  deadlock detected" % p1, 0.9, ev=True)
    w.add(Ld, "@PG@ [%d] DETAIL:  Process %d waits for ShareLock on transaction %d; blocked by process %d." % (p1, p1, x1, p2), 0.001, ev=True)
    w.add(Ld, "@PG@ [%d] HINT:  See server log for query details." % p1, 0.001)
    w.add(Ld, "@PG@ [%d] CONTEXT:  while updating tuple (%d,%d) in relation \"stock_levels\"" % (p1, r.randint(900, 1300), r.randint(1, 30)), 0.001)
    w.add(Ld, "@PG@ [%d] STATEMENT:  UPDATE stock_levels SET qty_on_hand = qty_on_hand + $1, updated_at = now() WHERE sku = $2 AND store_id = $3" % p1, 0.001)
    w.add(La, "@JAVA@  WARN 1 --- [nio-8080-exec-7] o.h.engine.jdbc.spi.SqlExceptionHelper   : SQL Error: 0, SQLState: 40P01", 0.01)
    w.add(La, "@JAVA@ ERROR 1 --- [nio-8080-exec-7] o.h.engine.jdbc.spi.SqlExceptionHelper   : ERROR: deadlock detected", 0.001)
    w.add(La, "@JAVA@  WARN 1 --- [nio-8080-exec-7] c.b.inventory.tx.RetryingTxAspect        : StockService.applyReceipt rolled back (40P01), retry 1/3 in 50ms", 0.002)
    w.add(La, "@JAVA@  INFO 1 --- [nio-8080-exec-7] c.b.inventory.tx.RetryingTxAspect        : StockService.applyReceipt succeeded on attempt 2", 0.3)
    p3 = r.randint(40000, 49999)
    w.add(Ld, "@PG@ [%d] ERROR:  deadlock detected" % p3, 14.0)
    w.add(Ld, "@PG@ [%d] DETAIL:  Process %d waits for ShareLock on transaction %d; blocked by process %d." % (p3, p3, x1 + r.randint(100, 900), p1), 0.001)
    w.add(Lb, "@JAVA@ ERROR 1 --- [nio-8080-exec-3] o.h.engine.jdbc.spi.SqlExceptionHelper   : ERROR: deadlock detected", 0.01)
    w.add(Lb, "@JAVA@  WARN 1 --- [nio-8080-exec-3] c.b.inventory.tx.RetryingTxAspect        : StockService.recordSale rolled back (40P01), retry 1/3 in 50ms", 0.002)
    w.add(Lb, "@JAVA@  INFO 1 --- [nio-8080-exec-3] c.b.inventory.tx.RetryingTxAspect        : StockService.recordSale succeeded on attempt 2", 0.2)
    w.add(La, "@JAVA@  INFO 1 --- [nio-8080-exec-7] c.b.inventory.web.ReceiptController     : receipt applied GRN store=LDN-022 lines=64 elapsed_ms=%d" % r.randint(800, 1600), 1.0)
    w.add(Ld, "@PG@ [%d] LOG:  checkpoint complete: wrote 2143 buffers (1.6%%); 0 WAL file(s) added, 0 removed, 2 recycled; write=215.112 s, sync=0.004 s, total=215.131 s" % r.randint(60, 90), 20.0)
    w.add(La, "@JAVA@  INFO 1 --- [   scheduling-1] c.b.inventory.metrics.TxStats           : last 5m tx_retries=7 tx_failed=0 p99_ms=412", 10.0)
    return record(w, "WARN", "database", "inventory-db",
                  "Inventory API is logging deadlock errors during the morning delivery, are we losing stock updates?",
                  sel(namespace="inventory"),
                  "Concurrent goods-receipt and sale transactions update stock_levels rows in opposite order, so PostgreSQL detects deadlocks (40P01) on inventory-db.",
                  "inventory-db aborted a handful of transactions as deadlock victims; the API retried each one and all succeeded (tx_failed=0), so no stock updates were lost.",
                  "Optional: make receipt and sale updates lock stock_levels rows in a consistent (sku, store) order to stop the deadlocks.")


def cafe_mobile_order_oom(r):
    nodes = [gke_node(r) for _ in range(3)]
    ps = pods(r, "mobile-order-api", 3)
    ing = pods(r, "ingress-nginx-controller")[0]
    Li = K("ingress-nginx", ing, "controller", nodes[2])
    w = Window(r, "2026-03-10T07:44:00")
    def app(i, level, msg, **kw):
        d = {"level": level, "time": "@EPOCH@", "pid": 1, "hostname": ps[i], "msg": msg}
        d.update(kw)
        return J(d)
    w.add(K("ordering", ps[0], "mobile-order-api", nodes[0]), app(0, 30, "menu cache warm", stores=412, items=18233, rss_mb=402), 0.2)
    w.add(K("ordering", ps[0], "mobile-order-api", nodes[0]), app(0, 40, "event loop lag", lag_ms=1312, heap_used_mb=489, rss_mb=498), 6.0)
    w.add(NJ(nodes[0], "kernel"), "Memory cgroup out of memory: Killed process %d (node) total-vm:%dkB, anon-rss:%dkB, file-rss:%dkB, shmem-rss:0kB, UID:1000 pgtables:%dkB oom_score_adj:985"
          % (r.randint(2000, 9000), r.randint(1500000, 1700000), r.randint(520000, 530000), r.randint(30000, 40000), r.randint(1400, 1700)), 1.5, ev=True)
    up = ip(r, "10.8.12")
    for k in range(3):
        w.add(Li, '@NGXERR@ [error] 31#31: *%d connect() failed (111: Connection refused) while connecting to upstream, client: %s, server: order.brewco.example, request: "POST /api/v2/orders HTTP/2.0", upstream: "http://%s:8080/api/v2/orders", host: "order.brewco.example"' % (r.randint(100000, 999999), ip(r, "82.14"), up), 0.4)
    w.add(EVL("ordering"), ev_router(r, "Node", "default", nodes[1], "Warning", "OOMKilling",
          "Memory cgroup out of memory: Killed process %d (node) total-vm:1622104kB, anon-rss:524188kB, file-rss:33412kB, shmem-rss:0kB, UID:1000 pgtables:1588kB oom_score_adj:985" % r.randint(2000, 9000),
          component="kernel-monitor"), 3.0, ev=True)
    w.add(NJ(nodes[1], "kubelet.service"), 'I@KLOG@    1402 kubelet.go:2457] "SyncLoop (PLEG): event for pod" pod="ordering/%s" event={"ID":"%s","Type":"ContainerDied","Data":"%s"}'
          % (ps[1], uid(r), hexid(r, 64)), 0.2)
    w.add(EVL("ordering"), ev_router(r, "Pod", "ordering", ps[1], "Warning", "BackOff", "Back-off restarting failed container mobile-order-api in pod %s_ordering(%s)" % (ps[1], uid(r)), count=6), 4.0, ev=True)
    w.add(K("ordering", ps[2], "mobile-order-api", nodes[2]), app(2, 30, "server listening", port=8080, version="4.18.2"), 5.0)
    w.add(K("ordering", ps[2], "mobile-order-api", nodes[2]), app(2, 30, "warming menu cache", stores=412), 0.3)
    for k in range(3):
        w.add(Li, '%s - - [@NGX@] "POST /api/v2/orders HTTP/2.0" 503 190 "-" "BrewCo/7.3.0 (iPhone; iOS 17.4)" 731 0.000 [ordering-mobile-order-api-8080] [] - - - - %s'
              % (ip(r, "82.14"), hexid(r, 32)), 0.6)
    w.add(NJ(nodes[2], "kernel"), "Memory cgroup out of memory: Killed process %d (node) total-vm:%dkB, anon-rss:%dkB, file-rss:%dkB, shmem-rss:0kB, UID:1000 pgtables:%dkB oom_score_adj:985"
          % (r.randint(2000, 9000), r.randint(1500000, 1700000), r.randint(520000, 530000), r.randint(30000, 40000), r.randint(1400, 1700)), 9.0)
    w.add(EVL("ordering"), ev_router(r, "Pod", "ordering", ps[2], "Warning", "BackOff", "Back-off restarting failed container mobile-order-api in pod %s_ordering(%s)" % (ps[2], uid(r)), count=4), 3.0)
    w.add(EVL("ordering"), ev_router(r, "Deployment", "ordering", "mobile-order-api", "Warning", "ReplicasUnavailable", "Deployment does not have minimum availability. 0/3 replicas available", component="deployment-controller"), 2.0)
    w.add(Li, '%s - - [@NGX@] "POST /api/v2/orders HTTP/2.0" 503 190 "-" "BrewCo/7.3.0 (Android 14)" 702 0.000 [ordering-mobile-order-api-8080] [] - - - - %s'
          % (ip(r, "82.14"), hexid(r, 32)), 1.0)
    return record(w, "CRITICAL", "oom_killed", "mobile-order-api",
                  "Mobile ordering is down during the morning rush, what is happening?",
                  sel(namespace="ordering", app="mobile-order-api"),
                  "Every mobile-order-api replica is killed by the kernel OOM killer (~512Mi cgroup limit) right after warming the full menu cache, so the pods crash-loop.",
                  "All three mobile-order-api pods are OOMKilled and in CrashLoopBackOff; the ingress returns 503 for every order.",
                  "Raise the mobile-order-api memory limit (or shrink the menu cache / set --max-old-space-size below the limit) and roll the deployment now.")


def cafe_ledger_cert_expired(r):
    n1, n2 = gke_node(r), gke_node(r)
    lapi = pods(r, "loyalty-api", 2)
    ledger = pods(r, "points-ledger")[0]
    bff = pods(r, "mobile-bff")[0]
    La0, La1 = K("loyalty", lapi[0], "loyalty-api", n1), K("loyalty", lapi[1], "loyalty-api", n2)
    Ll = K("loyalty", ledger, "points-ledger", n2)
    Lb = K("ordering", bff, "mobile-bff", n1)
    w = Window(r, "2026-03-11T09:02:00")
    err = ('rpc error: code = Unavailable desc = connection error: desc = \\"transport: authentication handshake failed: tls: failed to verify certificate: '
           'x509: certificate has expired or is not yet valid: current time %s is after 2026-03-11T09:00:00Z\\"')
    first = True
    for i in range(3):
        L = La0 if i % 2 == 0 else La1
        w.add(L, 'time=@ISO@ level=ERROR msg="ledger call failed" op=GetBalance member=M-%d err="%s"' % (r.randint(1000000, 9999999), err % "@RFC3339@"), 1.3, ev=first)
        first = False
        w.add(L, 'time=@ISO@ level=INFO msg=request method=GET path=/v1/members/M-%d/balance status=502 dur_ms=%d' % (r.randint(1000000, 9999999), r.randint(5, 20)), 0.01)
    w.add(Ll, "@NGXERR@ http: TLS handshake error from %s:%d: remote error: tls: bad certificate" % (ip(r, "10.8.4"), r.randint(40000, 60000)), 0.2, ev=True)
    w.add(Lb, "{\"level\":\"error\",\"time\":\"@ISO@\",\"msg\":\"loyalty balance unavailable\",\"status\":502,\"member\":\"M-%d\"}" % r.randint(1000000, 9999999), 0.4)
    w.add(La0, 'time=@ISO@ level=ERROR msg="ledger call failed" op=Redeem member=M-%d reward=free-flat-white err="%s"' % (r.randint(1000000, 9999999), err % "@RFC3339@"), 2.0)
    w.add(La0, 'time=@ISO@ level=INFO msg=request method=POST path=/v1/redemptions status=502 dur_ms=%d' % r.randint(5, 20), 0.01)
    w.add(Ll, "@NGXERR@ http: TLS handshake error from %s:%d: remote error: tls: bad certificate" % (ip(r, "10.8.4"), r.randint(40000, 60000)), 0.3)
    w.add(Lb, "{\"level\":\"warn\",\"time\":\"@ISO@\",\"msg\":\"falling back to cached points balance\",\"member\":\"M-%d\",\"cache_age_s\":%d}" % (r.randint(1000000, 9999999), r.randint(300, 3000)), 1.0)
    w.add(La1, 'time=@ISO@ level=WARN msg="earn event deferred to outbox" member=M-%d points=%d reason="ledger unavailable"' % (r.randint(1000000, 9999999), r.randint(5, 40)), 1.5)
    w.add(La1, 'time=@ISO@ level=ERROR msg="ledger call failed" op=Earn member=M-%d err="%s"' % (r.randint(1000000, 9999999), err % "@RFC3339@"), 1.0)
    w.add(Ll, "@NGXERR@ http: TLS handshake error from %s:%d: remote error: tls: bad certificate" % (ip(r, "10.8.4"), r.randint(40000, 60000)), 0.1)
    w.add(Lb, "{\"level\":\"error\",\"time\":\"@ISO@\",\"msg\":\"redeem failed\",\"status\":502,\"reward\":\"free-flat-white\"}", 0.8)
    return record(w, "ERROR", "tls_certificate", "points-ledger",
                  "Customers can't see or redeem loyalty points since 09:00, why?",
                  sel(namespace="loyalty"),
                  "The serving certificate of points-ledger expired at 09:00:00Z; loyalty-api's gRPC client rejects the handshake (x509 expired) on every call.",
                  "Since 09:00 every balance, redemption and earn call from loyalty-api to points-ledger fails TLS verification; users get 502s and earn events pile up in the outbox.",
                  "Renew and roll out the points-ledger serving certificate (and put it under cert-manager so it renews automatically), then replay the earn outbox.")


def cafe_pos_gateway_liveness(r):
    n1, n2 = gke_node(r), gke_node(r)
    gws = pods(r, "pos-gateway", 3)
    L = K("pos", gws[1], "pos-gateway", n1)
    Lo = K("pos", gws[0], "pos-gateway", n2)
    Lk = NJ(n1, "kubelet.service")
    pip = ip(r, "10.8.5")
    puid = uid(r)
    w = Window(r, "2026-03-12T11:20:00")
    w.add(L, "@JAVA@  INFO 1 --- [nio-8080-exec-4] c.b.pos.gw.TxnController                 : txn accepted terminal=T-LDN022-01 amount=7.40 GBP", 0.3)
    w.add(L, "@JAVA@  WARN 1 --- [nio-8081-exec-1] o.s.b.a.health.HealthEndpointSupport     : Health contributor paymentTerminalHub (paymentTerminalHub) took %dms to respond" % r.randint(1700, 2400), 1.1, ev=True)
    probe = ('I@KLOG@    1398 prober.go:107] "Probe failed" probeType="Liveness" pod="pos/%s" podUID="%s" containerName="pos-gateway" probeResult="failure" '
             'output="Get \\"http://%s:8081/actuator/health/liveness\\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)"')
    w.add(Lk, probe % (gws[1], puid, pip), 0.3, ev=True)
    w.add(L, "@JAVA@  INFO 1 --- [nio-8080-exec-9] c.b.pos.gw.TxnController                 : txn accepted terminal=T-BRS007-03 amount=3.10 GBP", 4.0)
    w.add(L, "@JAVA@  WARN 1 --- [nio-8081-exec-2] o.s.b.a.health.HealthEndpointSupport     : Health contributor paymentTerminalHub (paymentTerminalHub) took %dms to respond" % r.randint(1700, 2400), 5.5)
    w.add(Lk, probe % (gws[1], puid, pip), 0.3)
    w.add(Lo, "@JAVA@  INFO 1 --- [nio-8080-exec-2] c.b.pos.gw.TxnController                 : txn accepted terminal=T-MAN003-02 amount=11.85 GBP", 2.0)
    w.add(Lk, probe % (gws[1], puid, pip), 8.0)
    w.add(Lk, 'I@KLOG@    1398 kuberuntime_manager.go:1050] "Message for Container of pod" containerName="pos-gateway" containerStatusID={"Type":"containerd","ID":"%s"} pod="pos/%s" containerMessage="Container pos-gateway failed liveness probe, will be restarted"'
          % (hexid(r, 64), gws[1]), 0.01, ev=True)
    w.add(EVL("pos"), ev_router(r, "Pod", "pos", gws[1], "Warning", "Unhealthy",
          'Liveness probe failed: Get "http://%s:8081/actuator/health/liveness": context deadline exceeded (Client.Timeout exceeded while awaiting headers)' % pip, count=3), 0.05)
    w.add(L, "@JAVA@  INFO 1 --- [ionShutdownHook] o.s.b.w.e.tomcat.GracefulShutdown        : Commencing graceful shutdown. Waiting for active requests to complete", 0.3)
    w.add(L, "@JAVA@  INFO 1 --- [tomcat-shutdown] o.s.b.w.e.tomcat.GracefulShutdown        : Graceful shutdown complete", 1.2)
    w.add(Lo, "@JAVA@  INFO 1 --- [nio-8080-exec-5] c.b.pos.gw.TxnController                 : txn accepted terminal=T-LDN022-01 amount=4.20 GBP", 1.0)
    w.add(EVL("pos"), ev_router(r, "Pod", "pos", gws[1], "Normal", "Started", "Started container pos-gateway", count=2), 2.0)
    w.add(L, "@JAVA@  INFO 1 --- [           main] c.b.pos.gw.PosGatewayApplication         : Started PosGatewayApplication in 14.212 seconds (process running for 15.03)", 15.0)
    w.add(L, "@JAVA@  INFO 1 --- [nio-8080-exec-1] c.b.pos.gw.TxnController                 : txn accepted terminal=T-EDI002-01 amount=6.60 GBP", 3.0)
    w.add(L, "@JAVA@  INFO 1 --- [nio-8080-exec-3] c.b.pos.gw.TxnController                 : txn accepted terminal=T-LDN014-04 amount=2.95 GBP", 2.0)
    return record(w, "WARN", "probe_failure", "pos-gateway",
                  "Why did a pos-gateway pod restart at lunchtime?",
                  sel(namespace="pos", app="pos-gateway"),
                  "The liveness endpoint aggregates the slow paymentTerminalHub health contributor (~2s), so the 1s liveness probe timed out three times and kubelet restarted a process that was still serving transactions.",
                  "One pos-gateway pod was restarted by its liveness probe while still processing payments; the other replicas kept serving and the pod came back within ~20s.",
                  "Optional: exclude paymentTerminalHub from the liveness group (keep it for readiness) or raise the probe timeout to stop needless restarts.")


def cafe_profile_sync_config(r):
    host, gw = "roast-mes-01", "roast-gw-01"
    w = Window(r, "2026-03-13T03:58:00")
    def sl(prog, msg):
        return "@SYS@ %s %s: %s" % (host, prog, msg)
    Ls, La, Lp = HS(host, "systemd"), HS(host, "ansible"), HS(host, "roast-profile-sync")
    w.add(La, sl("ansible-ansible.legacy.copy[%d]" % r.randint(18000, 19000),
                 "Invoked with dest=/etc/roast-profile-sync/config.yaml mode=0640 owner=roastsync group=roastsync src=/home/deploy/.ansible/tmp/ansible-tmp-%d.%d/source backup=False force=True unsafe_writes=False validate=None follow=False"
                 % (sched_minute("2026-03-13T03:57:00") * 60 + r.randint(0, 59), r.randint(100, 999))), 0.1, ev=True)
    w.add(Ls, sl("systemd[1]", "Stopping roast-profile-sync.service - Roast profile sync..."), 1.2)
    w.add(Ls, sl("systemd[1]", "roast-profile-sync.service: Deactivated successfully."), 0.4)
    for attempt in range(1, 4):
        pid = r.randint(19000, 21000)
        w.add(Ls, sl("systemd[1]", "Started roast-profile-sync.service - Roast profile sync."), 0.3 if attempt == 1 else 5.0)
        w.add(Lp, sl("roast-profile-sync[%d]" % pid, "@PY@ CRITICAL profilesync.settings: 1 validation error for Settings"), 0.9)
        if attempt == 1:
            w.add(Lp, sl("roast-profile-sync[%d]" % pid, "historian.url"), 0.001)
            w.add(Lp, sl("roast-profile-sync[%d]" % pid, "  Input should be a valid URL, relative URL without a base [type=url_parsing, input_value='historian01.plant.local:8086', input_type=str]"), 0.001, ev=True)
        w.add(Ls, sl("systemd[1]", "roast-profile-sync.service: Main process exited, code=exited, status=78/CONFIG"), 0.05, ev=(attempt == 1))
        w.add(Ls, sl("systemd[1]", "roast-profile-sync.service: Failed with result 'exit-code'."), 0.001)
        if attempt < 3:
            w.add(Ls, sl("systemd[1]", "roast-profile-sync.service: Scheduled restart job, restart counter is at %d." % attempt), 5.0)
    w.add(Ls, sl("systemd[1]", "roast-profile-sync.service: Start request repeated too quickly."), 5.0)
    w.add(Ls, sl("systemd[1]", "Failed to start roast-profile-sync.service - Roast profile sync."), 0.001)
    Lg = H(gw, "roastlink.service")
    w.add(Lg, "@PY@ WARNING roastlink.profiles: profile house-espresso-v15 not present on controller (last profile sync 00:16:40 ago), using cached v14", 90.0)
    w.add(Lg, "@PY@ ERROR roastlink.profiles: profile seasonal-ethiopia-guji-v1 unknown to controller PROBAT-P25-1, batch R-2026-0313-02 blocked", 40.0)
    w.add(Lg, "@PY@ INFO roastlink.batch: waiting for operator decision on batch R-2026-0313-02", 0.2)
    return record(w, "ERROR", "config_error", "roast-profile-sync",
                  "Why can't the roasters get the new roast profiles this morning?",
                  None,
                  "An Ansible push rewrote /etc/roast-profile-sync/config.yaml with historian.url set to 'historian01.plant.local:8086' (no scheme); settings validation fails, the service exits 78/CONFIG and systemd gives up.",
                  "roast-profile-sync is down after a config push, so new roast profiles never reach the controllers and a scheduled batch is blocked.",
                  "Fix historian.url in the Ansible template (add http://), redeploy the config and reset-failed/restart roast-profile-sync.service.")


def cafe_node_runtime_down(r):
    bad, good1, good2 = gke_node(r), gke_node(r), gke_node(r)
    lapi = pods(r, "loyalty-api", 2)
    sync = pods(r, "pos-sync")[0]
    redis_ip = ip(r, "10.8.9")
    La0, La1 = K("loyalty", lapi[0], "loyalty-api", good1), K("loyalty", lapi[1], "loyalty-api", good2)
    Ls = K("pos", sync, "pos-sync", good1)
    w = Window(r, "2026-03-14T10:41:00")
    w.add(NJ(bad, "containerd.service"), "containerd.service: Main process exited, code=dumped, status=6/ABRT", 0.1, ev=True)
    for i in range(3):
        w.add(La0 if i % 2 == 0 else La1, 'time=@ISO@ level=ERROR msg="cache get failed" key=member:M-%d err="dial tcp %s:6379: i/o timeout"' % (r.randint(1000000, 9999999), redis_ip), 4.0)
    w.add(NJ(bad, "systemd"), "containerd.service: Start request repeated too quickly.", 3.0)
    w.add(NJ(bad, "systemd"), "Failed to start containerd.service - containerd container runtime.", 0.001, ev=True)
    w.add(Ls, 'time=@ISO@ level=WARN msg="upload attempt failed" store=LDN-031 attempt=1 max_attempts=3 err="unexpected status 503 Service Unavailable from pos-gateway" retry_in=2s', 5.0)
    for i in range(3):
        w.add(La1 if i % 2 == 0 else La0, 'time=@ISO@ level=ERROR msg="cache get failed" key=member:M-%d err="dial tcp %s:6379: i/o timeout"' % (r.randint(1000000, 9999999), redis_ip), 6.0)
    w.add(NJ(bad, "kubelet.service"), 'E@KLOG@    1311 kubelet.go:2359] "Skipping pod synchronization" err="[container runtime is down, PLEG is not healthy: pleg was last seen active 3m0.412s ago; threshold is 3m0s]"', 150.0, ev=True)
    w.add(EVL("default"), ev_router(r, "Node", "default", bad, "Normal", "NodeNotReady", "Node %s status is now: NodeNotReady" % bad, component="node-controller"), 40.0, ev=True)
    w.add(Ls, 'time=@ISO@ level=ERROR msg="upload failed after retries" store=LDN-031 attempts=3 err="unexpected status 503 Service Unavailable from pos-gateway"', 10.0)
    w.add(La0, 'time=@ISO@ level=ERROR msg="redeem failed" member=M-%d err="redis: connection pool timeout"' % r.randint(1000000, 9999999), 6.0)
    w.add(La1, 'time=@ISO@ level=ERROR msg="cache get failed" key=member:M-%d err="dial tcp %s:6379: i/o timeout"' % (r.randint(1000000, 9999999), redis_ip), 5.0)
    w.add(EVL("loyalty"), ev_router(r, "Pod", "loyalty", "loyalty-redis-0", "Normal", "TaintManagerEviction", "Marking for deletion Pod loyalty/loyalty-redis-0", component="taint-controller"), 240.0)
    w.add(La0, 'time=@ISO@ level=ERROR msg="cache get failed" key=member:M-%d err="dial tcp %s:6379: i/o timeout"' % (r.randint(1000000, 9999999), redis_ip), 8.0)
    w.add(Ls, 'time=@ISO@ level=ERROR msg="upload failed after retries" store=MAN-009 attempts=3 err="unexpected status 503 Service Unavailable from pos-gateway"', 10.0)
    return record(w, "CRITICAL", "node_failure", bad,
                  "Loyalty lookups and POS uploads are failing across several stores, what broke?",
                  sel(namespace="loyalty"),
                  "containerd crashed on node %s and systemd could not restart it; kubelet reports the container runtime down, the node goes NotReady and loyalty-redis-0 plus a pos-gateway replica on it stop answering." % bad,
                  "A worker node lost its container runtime; the loyalty Redis and a POS gateway replica scheduled there are unreachable, so loyalty calls time out and store uploads fail.",
                  "Cordon and drain or replace node %s now (restart containerd or recreate the VM), make sure loyalty-redis-0 is rescheduled and investigate the containerd abort." % bad,
                  quiet=True)


def cafe_broker_drained(r):
    n1, n2, n3 = gke_node(r), gke_node(r), gke_node(r)
    Lr = K("messaging", "orders-broker-server-0", "rabbitmq", n1)
    rt = pods(r, "order-router")[0]
    kds = pods(r, "kitchen-display-feed")[0]
    moa = pods(r, "mobile-order-api")[0]
    Lo, Lk, Lm = K("ordering", rt, "order-router", n2), K("ordering", kds, "kitchen-display-feed", n3), K("ordering", moa, "mobile-order-api", n2)
    bip = ip(r, "10.8.6")
    w = Window(r, "2026-03-15T06:02:00")
    pidr = "<0.%d.0>" % r.randint(1000, 3000)
    w.add(Lr, "@RMQ@ [warning] %s This node is being put into maintenance mode" % pidr, 0.1, ev=True)
    w.add(Lr, "@RMQ@ [warning] %s Suspended all listeners and will no longer accept client connections" % pidr, 0.05, ev=True)
    w.add(Lr, "@RMQ@ [warning] %s Closed 23 local client connections" % pidr, 0.05)
    w.add(Lo, '@NGXERR@ amqp: connection closed: Exception (320) Reason: "CONNECTION_FORCED - Node was put into maintenance mode"', 0.1)
    w.add(Lk, "{\"level\":\"error\",\"time\":\"@ISO@\",\"msg\":\"amqp connection closed\",\"err\":\"Connection closed: 320 (CONNECTION-FORCED) with message \\\"CONNECTION_FORCED - Node was put into maintenance mode\\\"\"}", 0.05)
    w.add(Lr, "@RMQ@ [info] %s Marked this node as undergoing maintenance" % pidr, 0.05)
    for i in range(3):
        w.add(Lo, "@NGXERR@ amqp: dial tcp %s:5672: connect: connection refused; retrying in 5s" % bip, 5.0)
        w.add(Lk, "{\"level\":\"error\",\"time\":\"@ISO@\",\"msg\":\"reconnect failed\",\"err\":\"connect ECONNREFUSED %s:5672\",\"attempt\":%d}" % (bip, i + 1), 0.4)
        if i == 0:
            w.add(Lk, "    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1595:16)", 0.001)
    for i in range(2):
        w.add(Lm, "{\"level\":40,\"time\":\"@EPOCH@\",\"pid\":1,\"hostname\":\"%s\",\"msg\":\"order accepted, publish deferred to outbox\",\"order\":\"ORD-%d\",\"outbox_depth\":%d}" % (moa, r.randint(880000, 899999), 40 + 60 * i + r.randint(0, 20)), 8.0)
    w.add(Lk, "{\"level\":\"warn\",\"time\":\"@ISO@\",\"msg\":\"KDS feed stale\",\"stores\":[\"LDN-014\",\"LDN-022\",\"BRS-007\"],\"stale_s\":%d}" % r.randint(200, 300), 20.0)
    w.add(Lo, "@NGXERR@ amqp: dial tcp %s:5672: connect: connection refused; retrying in 5s" % bip, 30.0)
    w.add(Lm, "{\"level\":40,\"time\":\"@EPOCH@\",\"pid\":1,\"hostname\":\"%s\",\"msg\":\"order accepted, publish deferred to outbox\",\"order\":\"ORD-%d\",\"outbox_depth\":%d}" % (moa, r.randint(880000, 899999), 310 + r.randint(0, 40)), 20.0)
    w.add(Lk, "{\"level\":\"error\",\"time\":\"@ISO@\",\"msg\":\"reconnect failed\",\"err\":\"connect ECONNREFUSED %s:5672\",\"attempt\":%d}" % (bip, 19), 30.0)
    return record(w, "ERROR", "connection_refused", "rabbitmq",
                  "Kitchen displays stopped receiving mobile orders, why?",
                  sel(namespace="ordering"),
                  "The single-node orders broker (orders-broker-server-0) was put into maintenance mode (drained) and never revived, so its listeners are suspended and every AMQP client gets connection refused.",
                  "Since 06:02 the order router and kitchen display feed cannot connect to RabbitMQ; mobile orders are accepted but pile up in the outbox and never reach the kitchens.",
                  "Revive the broker (rabbitmq-upgrade revive on orders-broker-server-0), confirm clients reconnect and the outbox drains.",
                  quiet=True)


def cafe_inventory_sync_image(r):
    node = gke_node(r)
    cur = sched_minute("2026-03-16T05:00:00")
    prev = cur - 60
    job = "inventory-sync-%d" % cur
    pod = "%s-%s" % (job, pick(r, SAFE, 5))
    img = "europe-west2-docker.pkg.dev/brewco-prod/apps/inventory-sync:2026.03.16-1"
    E = EVL("inventory")
    Lk = NJ(node, "kubelet.service")
    rep = pods(r, "store-replenishment")[0]
    Lr = K("inventory", rep, "replenishment", gke_node(r))
    w = Window(r, "2026-03-16T05:00:00")
    w.add(E, ev_router(r, "CronJob", "inventory", "inventory-sync", "Normal", "SawCompletedJob", "Saw completed job: inventory-sync-%d, status: Complete" % prev, component="cronjob-controller"), 0.1)
    w.add(E, ev_router(r, "CronJob", "inventory", "inventory-sync", "Normal", "SuccessfulCreate", "Created job %s" % job, component="cronjob-controller"), 0.2)
    w.add(E, ev_router(r, "Job", "inventory", job, "Normal", "SuccessfulCreate", "Created pod: %s" % pod, component="job-controller"), 0.1)
    w.add(E, ev_router(r, "Pod", "inventory", pod, "Normal", "Scheduled", "Successfully assigned inventory/%s to %s" % (pod, node), component="default-scheduler"), 0.1)
    w.add(E, ev_router(r, "Pod", "inventory", pod, "Normal", "Pulling", 'Pulling image "%s"' % img), 0.5)
    w.add(E, ev_router(r, "Pod", "inventory", pod, "Warning", "Failed",
          'Failed to pull image "%s": rpc error: code = NotFound desc = failed to pull and unpack image "%s": failed to resolve reference "%s": %s: not found' % (img, img, img, img)), 1.0, ev=True)
    w.add(E, ev_router(r, "Pod", "inventory", pod, "Warning", "Failed", "Error: ErrImagePull"), 0.01)
    w.add(Lk, 'E@KLOG@    1290 pod_workers.go:1298] "Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"inventory-sync\\" with ErrImagePull: \\"rpc error: code = NotFound desc = failed to pull and unpack image \\\\\\"%s\\\\\\": failed to resolve reference \\\\\\"%s\\\\\\": %s: not found\\"" pod="inventory/%s" podUID="%s"'
          % (img, img, img, pod, uid(r)), 0.05)
    w.add(E, ev_router(r, "Pod", "inventory", pod, "Normal", "BackOff", 'Back-off pulling image "%s"' % img), 1.5)
    w.add(E, ev_router(r, "Pod", "inventory", pod, "Warning", "Failed", "Error: ImagePullBackOff"), 0.01, ev=True)
    w.add(Lr, "@PY@ WARNING replenish.snapshot: inventory snapshot stale (last successful sync 01:00:14 ago), using previous counts for 48 stores", 60.0)
    w.add(Lk, 'E@KLOG@    1290 pod_workers.go:1298] "Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"inventory-sync\\" with ImagePullBackOff: \\"Back-off pulling image \\\\\\"%s\\\\\\"\\"" pod="inventory/%s" podUID="%s"' % (img, pod, uid(r)), 20.0)
    w.add(Lr, "@PY@ INFO replenish.orders: planning run started stores=48 horizon=3d", 100.0)
    w.add(E, ev_router(r, "Pod", "inventory", pod, "Warning", "Failed",
          'Failed to pull image "%s": rpc error: code = NotFound desc = failed to pull and unpack image "%s": failed to resolve reference "%s": %s: not found' % (img, img, img, img), count=5), 240.0)
    w.add(E, ev_router(r, "Pod", "inventory", pod, "Normal", "BackOff", 'Back-off pulling image "%s"' % img, count=19), 300.0)
    w.add(E, ev_router(r, "Job", "inventory", job, "Warning", "DeadlineExceeded", "Job was active longer than specified deadline", component="job-controller"), 600.0)
    w.add(Lr, "@PY@ ERROR replenish.orders: auto-order skipped for 12 SKUs with unknown projected stock (stale snapshot), stores=LDN-014,LDN-022,MAN-003", 30.0)
    w.add(Lr, "@PY@ INFO replenish.orders: generated 36 purchase orders (partial run)", 2.0)
    return record(w, "ERROR", "image_pull", "inventory-sync",
                  "Why didn't the 05:00 inventory sync run?",
                  sel(namespace="inventory", app="inventory-sync"),
                  "The inventory-sync CronJob references tag inventory-sync:2026.03.16-1, which does not exist in Artifact Registry (manifest not found), so the pod never starts and the Job hits its deadline.",
                  "The 05:00 inventory-sync run failed with ErrImagePull/ImagePullBackOff; replenishment is working from stale stock counts and skipped auto-orders.",
                  "Push the missing image tag or point the CronJob back to the last good tag, then trigger a manual inventory-sync run.")


# ---------------------------------------------------------------------------
# section 3: tv (channel headends, EPG, set-top-box provisioning, VOD CDN,
#            DRM licence servers, billing)
# ---------------------------------------------------------------------------

def tv_epg_ingest_healthy(r):
    node = tv_node(r)
    job = "epg-ingest-%d" % sched_minute("2026-03-17T03:00:00")
    pod = "%s-%s" % (job, pick(r, SAFE, 5))
    L = K("epg", pod, "ingest", node)
    E = EVL("epg")
    w = Window(r, "2026-03-17T03:00:00")
    w.add(E, ev_logfmt("Job", job, "Normal", "SuccessfulCreate", "Created pod: %s" % pod), 0.1)
    w.add(L, "@PY@ INFO epg.ingest: fetching xmltv feed provider=metafeed lineup=GB-TVCO-ALL days=8", 4.0)
    w.add(L, "@PY@ INFO epg.ingest: fetched feed channels=312 programmes=%d bytes=%d" % (r.randint(60000, 70000), r.randint(40000000, 50000000)), 11.0)
    w.add(L, "@PY@ WARNING epg.mapping: unknown genre code 'KIDS_EDU_2' on programme EP%09d channel=cbk-hd, mapped to 'Children'" % r.randint(1, 999999999), 0.6)
    w.add(L, "@PY@ WARNING epg.mapping: unknown genre code 'SPT_DARTS' on programme EP%09d channel=sky-arena-2, mapped to 'Sport'" % r.randint(1, 999999999), 0.1)
    w.add(L, "@PY@ INFO epg.validate: 18 overlapping slots auto-trimmed, 0 programmes rejected", 1.5)
    for b in (12, 30, 47):
        w.add(L, "@PY@ DEBUG epg.store: upsert batch %d/47 rows=1000 ms=%d" % (b, r.randint(90, 300)), 4.0)
    w.add(L, "@PY@ DEBUG epg.store: ON CONFLICT updates=%d inserts=%d" % (r.randint(40000, 46000), r.randint(1000, 3000)), 0.5)
    w.add(L, "@PY@ INFO epg.store: vacuum analyze programmes (1.8s)", 2.0)
    w.add(L, "@PY@ INFO epg.images: 2 artwork URLs returned 404, kept previous artwork (errors=0)", 2.0)
    w.add(L, "@PY@ INFO epg.publish: published guide version 2026-03-17T03:00Z etag=W/\"%s\" to stb-guide cache" % hexid(r, 12), 3.0)
    w.add(L, "@PY@ INFO epg.ingest: run complete duration=@SINCE0@ error_count=0", 0.2)
    w.add(E, ev_logfmt("Job", job, "Normal", "Completed", "Job completed"), 2.0)
    w.add(E, ev_logfmt("CronJob", "epg-ingest", "Normal", "SawCompletedJob", "Saw completed job: %s, status: Complete" % job), 0.5)
    return record(w, "INFO", "none", "epg-ingest",
                  "Did last night's EPG ingest work?",
                  sel(namespace="epg"),
                  "No incident: the EPG ingest finished with error_count=0; genre-mapping warnings and two missing artwork images are routine.",
                  "The nightly guide ingest fetched 312 channels, published a new guide version and completed in under a minute without errors.",
                  "Nothing to do.")


def tv_headend_healthy(r):
    host = "hdend-enc-03"
    w = Window(r, "2026-03-18T20:15:00")
    ch = ["headend-ch104", "headend-ch105"]
    L1, L2 = H(host, ch[0] + ".service"), H(host, ch[1] + ".service")
    Lm = H("hdend-mon-01", "mcast-monitor.service")
    p1 = "0x55d1%s" % hexid(r, 8)
    seg = r.randint(180000, 190000)
    w.add(L1, "frame=%d fps= 25 q=23.0 size=N/A time=05:00:49.32 bitrate=N/A speed=   1x" % r.randint(450000, 460000), 0.1)
    w.add(L1, "[mpegts @ %s] Packet corrupt (stream = 0, dts = %d)." % (p1, r.randint(7700000000, 7800000000)), 1.0)
    w.add(L1, "[h264 @ 0x55d1%s] concealing 212 DC, 212 AC, 212 MV errors in P frame" % hexid(r, 8), 0.01)
    w.add(L1, "[hls @ 0x55d1%s] Opening '/var/hls/ch104/seg_%d.ts' for writing" % (hexid(r, 8), seg), 3.0)
    w.add(L2, "[mpegts @ 0x55d1%s] Non-monotonous DTS in output stream 0:1; previous: %d, current: %d; changing to %d. This may result in incorrect timestamps in the output file." % ((hexid(r, 8),) + (lambda a: (a, a - 1800, a + 1))(r.randint(7700000000, 7800000000))), 1.5)
    w.add(L2, "frame=%d fps= 25 q=24.0 size=N/A time=05:00:51.10 bitrate=N/A speed=1.01x" % r.randint(450000, 460000), 1.0)
    w.add(Lm, "239.10.1.104:5000 ok bitrate=8.1Mbps cc_errors=0 pcr_jitter_ms=0.4", 2.0)
    w.add(Lm, "239.10.1.105:5000 ok bitrate=7.9Mbps cc_errors=0 pcr_jitter_ms=0.6", 0.01)
    w.add(H(host, "sshd.service"), "Accepted publickey for ops from 10.20.0.15 port %d ssh2: ED25519 SHA256:%s" % (r.randint(40000, 60000), pick(r, ALNUM + ALNUM.upper(), 43)), 2.0)
    w.add(H(host, "systemd-logind.service"), "New session %d of user ops." % r.randint(4000, 5000), 0.05)
    w.add(L1, "[hls @ 0x55d1%s] Opening '/var/hls/ch104/seg_%d.ts' for writing" % (hexid(r, 8), seg + 1), 2.0)
    w.add(L1, "[hls @ 0x55d1%s] Opening '/var/hls/ch104/index.m3u8.tmp' for writing" % hexid(r, 8), 0.01)
    w.add(L2, "[aac @ 0x55d1%s] Queue input is backward in time" % hexid(r, 8), 1.0)
    w.add(L2, "frame=%d fps= 25 q=24.0 size=N/A time=05:00:58.70 bitrate=N/A speed=   1x" % r.randint(450000, 460000), 3.0)
    w.add(H(host, "systemd"), "Started session-%d.scope - Session %d of User ops." % ((lambda n: (n, n))(r.randint(4000, 5000))), 0.5)
    w.add(L1, "[hls @ 0x55d1%s] Deleting old segment '/var/hls/ch104/seg_%d.ts'" % (hexid(r, 8), seg - 11), 1.0)
    w.add(Lm, "239.10.1.104:5000 ok bitrate=8.0Mbps cc_errors=0 pcr_jitter_ms=0.5", 8.0)
    return record(w, "INFO", "none", "headend-ch104",
                  "The channel 104 encoder log is full of errors, is the channel OK?",
                  None,
                  "No incident: corrupt-packet, error-concealment and DTS warnings are ordinary ffmpeg noise from the satellite input; encoders run at 1x and the monitor reports no continuity errors.",
                  "Channels 104 and 105 are encoding and segmenting normally; the multicast monitor shows steady bitrate and cc_errors=0.",
                  "Nothing to do.")


def tv_vod_edge_healthy(r):
    n1, n2 = tv_node(r), tv_node(r)
    edge = pods(r, "vod-edge")[0]
    org = pods(r, "vod-origin")[0]
    Le, Lo = K("vod", edge, "varnish", n1), K("vod", org, "nginx", n2)
    w = Window(r, "2026-03-18T21:14:00")
    def ncsa(path, status, size, hitmiss, ua="STB-Firmware/7.4.2 (Arris VIP5202)"):
        return '%s - - [@NGX@] "GET %s HTTP/1.1" %d %d "-" "%s" %.6f %s' % (ip(r, "10.50.3"), path, status, size, ua, r.uniform(0.0001, 0.01), hitmiss)
    t = r.randint(10200, 10300)
    w.add(Le, ncsa("/vod/hls/mv-%d/1080p/seg_00421.ts" % t, 200, r.randint(1800000, 2100000), "hit"), 0.3)
    w.add(Le, ncsa("/vod/hls/mv-%d/720p/seg_00012.ts" % (t + 7), 200, r.randint(900000, 1200000), "hit"), 0.2)
    w.add(Le, ncsa("/vod/hls/mv-9981/1080p/index.m3u8", 404, 0, "miss"), 0.4)
    w.add(Lo, '%s - - [@NGX@] "GET /vod/hls/mv-9981/1080p/index.m3u8 HTTP/1.1" 404 153 "-" "Varnish/7.4" rt=0.001' % ip(r, "10.50.8"), 0.01)
    w.add(Le, ncsa("/vod/mp4/trailer-%d.mp4" % (t + 3), 206, 1048576, "hit", "Mozilla/5.0 (SMART-TV; Linux; Tizen 7.0)"), 0.6)
    w.add(Lo, "@NGXERR@ [info] 31#31: *%d client prematurely closed connection while sending response to client, client: %s, server: origin, request: \"GET /vod/hls/mv-%d/1080p/seg_00422.ts HTTP/1.1\", host: \"origin.vod.svc\"" % (r.randint(80000, 99999), ip(r, "10.50.8"), t), 0.8)
    w.add(Le, ncsa("/vod/hls/mv-%d/1080p/seg_00422.ts" % t, 200, r.randint(1800000, 2100000), "miss"), 0.01)
    w.add(Le, '%s - - [@NGX@] "PURGE /vod/hls/mv-9981/ HTTP/1.1" 200 241 "-" "vod-catalog-purger/1.2" 0.000412 pass' % ip(r, "10.50.2"), 1.0)
    w.add(Le, ncsa("/vod/hls/mv-%d/1080p/seg_00423.ts" % t, 200, r.randint(1800000, 2100000), "hit"), 0.5)
    w.add(Le, ncsa("/vod/hls/mv-%d/480p/index.m3u8" % (t + 11), 304, 0, "hit"), 0.3)
    w.add(Lo, '%s - - [@NGX@] "GET /vod/hls/mv-%d/1080p/seg_00424.ts HTTP/1.1" 200 %d "-" "Varnish/7.4" rt=0.041' % (ip(r, "10.50.8"), t, r.randint(1800000, 2100000)), 0.9)
    w.add(Le, ncsa("/vod/hls/mv-%d/1080p/seg_00424.ts" % t, 200, r.randint(1800000, 2100000), "miss"), 0.01)
    w.add(Le, ncsa("/vod/hls/mv-%d/1080p/seg_00425.ts" % t, 200, r.randint(1800000, 2100000), "hit"), 0.6)
    w.add(Lo, "@NGXERR@ [warn] 31#31: *%d an upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/4/21/%010d while reading upstream, client: %s, server: origin, request: \"GET /vod/mp4/trailer-%d.mp4 HTTP/1.1\"" % (r.randint(80000, 99999), r.randint(1, 9999999999), ip(r, "10.50.8"), t + 3), 0.7)
    w.add(Le, ncsa("/vod/hls/mv-%d/720p/seg_00013.ts" % (t + 7), 200, r.randint(900000, 1200000), "hit"), 0.5)
    w.add(Le, ncsa("/favicon.ico", 404, 0, "miss", "Mozilla/5.0 (SMART-TV; Linux; Tizen 7.0)"), 0.4)
    return record(w, "INFO", "none", "vod-edge",
                  "We see 404s and 'client prematurely closed connection' on the VOD CDN, is playback affected?",
                  sel(namespace="vod"),
                  "No incident: 404s are for a title that was withdrawn and purged (mv-9981) and a favicon; the premature close is a viewer seeking away.",
                  "VOD edge is serving segments with high hit ratio and fast responses; nothing is failing.",
                  "Nothing to do.")


def tv_billing_run_healthy(r):
    app, db = "bill-app-01", "bill-db-01"
    w = Window(r, "2026-03-19T01:00:00")
    La, Ld, Lm = H(app, "bill-run.service"), H(db, "mariadb.service"), H(app, "postfix@-.service")
    w.add(La, "@LOGBACK@ INFO  [main] c.t.billing.InvoiceRun - Starting invoice run cycle=2026-03 accounts=412233 workers=16", 0.1)
    w.add(La, "@LOGBACK@ DEBUG [main] o.h.e.t.j.p.i.JdbcTransactionFactory - using JDBC isolation READ_COMMITTED", 0.2)
    w.add(Ld, "@MARIA@ 0 [Note] Aborted connection %d to db: 'billing' user: 'report_ro' host: '10.20.4.11' (Got an error reading communication packets)" % r.randint(80000, 90000), 40.0)
    w.add(La, "@LOGBACK@ WARN  [worker-7] c.t.billing.pay.PaymentRetryPolicy - card declined for account A-%d (do_not_honor), retry scheduled 1/3" % r.randint(1000000, 9999999), 60.0)
    w.add(La, "@LOGBACK@ INFO  [main] c.t.billing.InvoiceRun - progress 100000/412233 accounts, failures=0", 700.0)
    w.add(La, "@LOGBACK@ INFO  [worker-3] c.t.billing.pdf.PdfRenderer - font fallback used for 3 invoices (glyph U+20BD missing in TVCoSans), error_count=0", 300.0)
    w.add(La, "@LOGBACK@ INFO  [main] c.t.billing.InvoiceRun - progress 200000/412233 accounts, failures=0", 400.0)
    w.add(Ld, "@MARIA@ 0 [Note] InnoDB: Buffer pool(s) dump completed at @INNO@", 300.0)
    w.add(La, "@LOGBACK@ DEBUG [HikariPool-1 housekeeper] com.zaxxer.hikari.pool.HikariPool - HikariPool-1 - Pool stats (total=20, active=16, idle=4, waiting=0)", 30.0)
    w.add(Ld, "@MARIA@ 42 [Warning] Aborted connection 42 to db: 'billing' user: 'bill_run' host: '10.20.4.21' (Got timeout reading communication packets)", 60.0)
    w.add(La, "@LOGBACK@ INFO  [main] c.t.billing.InvoiceRun - progress 300000/412233 accounts, failures=0", 500.0)
    w.add(La, "@LOGBACK@ WARN  [worker-11] c.t.billing.pay.PaymentRetryPolicy - card expired for account A-%d, customer notified" % r.randint(1000000, 9999999), 200.0)
    w.add(La, "@LOGBACK@ INFO  [main] c.t.billing.InvoiceRun - Completed invoice run: 412233 invoices, 0 errors, duration=@SINCE0M@", 900.0)
    w.add(Lm, "%s: to=<billing-ops@tvco.example>, relay=mx1.tvco.example[10.20.1.25]:25, delay=0.42, delays=0.02/0/0.1/0.3, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as %s)" % (pick(r, HEX.upper(), 10), pick(r, HEX.upper(), 10)), 2.0)
    w.add(La, "@LOGBACK@ INFO  [main] c.t.billing.export.LedgerExport - exported 412233 invoice rows to sftp://ledger.finance.tvco.example (retries=0)", 30.0)
    w.add(H(app, "cron.service"), "(billing) CMD (/opt/bill/bin/export-ledger.sh --cycle 2026-03)", 60.0)
    return record(w, "INFO", "none", "bill-run",
                  "Check the March invoice run for problems.",
                  None,
                  "No incident: the invoice run completed with 0 errors; card declines, the font fallback and an aborted read-only report connection are expected.",
                  "The 2026-03 invoice run produced 412233 invoices with no failures in about an hour and mailed the summary.",
                  "Nothing to do.")


def tv_encoder_mce(r):
    enc, pkg, mon, ctl = "hdend-enc-07", "hdend-pkg-02", "hdend-mon-01", "hdend-ctl-01"
    w = Window(r, "2026-03-20T20:47:00")
    Lk = H(enc, "kernel")
    Lb = {"host": enc + "-bmc", "job": "syslog", "program": "ipmi-sel"}
    Lp, Lm, Lc = H(pkg, "packager.service"), H(mon, "mcast-monitor.service"), H(ctl, "headend-ctl.service")
    w.add(Lk, "mce: [Hardware Error]: Machine check events logged", 0.1, ev=True)
    w.add(Lk, "EDAC MC1: 1 UE memory read error on CPU_SrcID#1_Ha#0_Chan#2_DIMM#0 (channel:2 slot:0 page:0x%s offset:0x0 grain:32 - OVERFLOW err_code:0101:0091 socket:1 ha:0 channel_mask:4 rank:1)" % pick(r, HEX, 5), 0.01, ev=True)
    w.add(Lb, "@SYS@ %s-bmc ipmi-sel: SEL 0x%s | Memory #0x53 | Uncorrectable ECC | Asserted | DIMM_B1" % (enc, pick(r, HEX, 4)), 0.5)
    chans = [121, 122, 123, 124, 125]
    for c in chans[:3]:
        w.add(Lp, "[warning] input udp://239.10.1.%d:5000 stalled: no packets for 5000 ms (channel ch%d)" % (c, c), 5.0 if c == 121 else 0.05)
    for c in chans[:3]:
        w.add(Lm, "ALARM 239.10.1.%d:5000 LOSS_OF_SIGNAL duration=10s last_pcr=%d" % (c, r.randint(100000000, 999999999)), 5.0 if c == 121 else 0.02)
    w.add(Lc, "failover requested group=ENC-B primary=%s reason=\"5 outputs lost\"" % enc, 2.0)
    w.add(Lc, "failover for group ENC-B not possible: standby hdend-enc-08 state=maintenance", 0.3, ev=True)
    for c in chans[3:]:
        w.add(Lp, "[warning] input udp://239.10.1.%d:5000 stalled: no packets for 5000 ms (channel ch%d)" % (c, c), 0.5)
    w.add(Lp, "[error] ch121 live window frozen: last segment ch121/seg_%d.ts age 30s, serving stale playlist" % r.randint(100000, 200000), 20.0)
    w.add(Lp, "[error] ch122 live window frozen: last segment ch122/seg_%d.ts age 30s, serving stale playlist" % r.randint(100000, 200000), 0.05)
    w.add(Lm, "ALARM 239.10.1.124:5000 LOSS_OF_SIGNAL duration=40s", 10.0)
    w.add(Lm, "ALARM 239.10.1.121:5000 LOSS_OF_SIGNAL duration=60s escalated=noc-pager", 20.0)
    w.add(Lc, "health check %s: ssh timeout, ipmi power state on, no heartbeat for 90s" % enc, 30.0)
    return record(w, "CRITICAL", "node_failure", enc,
                  "Channels 121 to 125 went black during prime time, what happened?",
                  None,
                  "Encoder host %s hit an uncorrectable ECC memory error (machine check on DIMM_B1) and stopped; its five multicast outputs vanished and the standby encoder was in maintenance, so no failover." % enc,
                  "Five live channels are off air: the packager and multicast monitor report loss of signal because the encoder host died on a hardware memory fault.",
                  "Bring hdend-enc-08 out of maintenance and fail ENC-B over now; then take %s out of service and replace DIMM_B1." % enc,
                  quiet=True)


def tv_epg_publisher_rbac(r):
    n1, n2 = tv_node(r), tv_node(r)
    pub = pods(r, "epg-publisher")[0]
    gapi = pods(r, "stb-guide-api")[0]
    Lp, Lg = K("epg", pub, "epg-publisher", n1), K("stb-prov", gapi, "stb-guide-api", n2)
    La = K("argocd", "argocd-application-controller-0", "argocd-application-controller", n2)
    sa = "system:serviceaccount:epg:epg-publisher"
    w = Window(r, "2026-03-20T03:10:00")
    w.add(La, 'time="@RFC3339@" level=info msg="Updating operation state. phase: Running -> Succeeded, message: \'successfully synced (all tasks run)\'" application=argocd/platform-rbac syncId=%05d-%s' % (r.randint(1, 99999), hexid(r, 8)), 0.1)
    w.add(La, 'time="@RFC3339@" level=info msg="Deleting resource" application=platform-rbac kind=RoleBinding name=epg-publisher-guide-pointer namespace=stb-prov reason=prune', 0.2, ev=True)
    w.add(Lp, 'time=@ISO@ level=INFO msg="new guide version available" version=2026-03-20T03:00Z programmes=%d' % r.randint(60000, 70000), 25.0)
    w.add(Lp, 'W@KLOG@       1 reflector.go:539] k8s.io/client-go/informers/factory.go:159: failed to list *v1.ConfigMap: configmaps is forbidden: User "%s" cannot list resource "configmaps" in API group "" in the namespace "stb-prov"' % sa, 30.0, ev=True)
    w.add(Lp, 'E@KLOG@       1 reflector.go:147] k8s.io/client-go/informers/factory.go:159: Failed to watch *v1.ConfigMap: failed to list *v1.ConfigMap: configmaps is forbidden: User "%s" cannot list resource "configmaps" in API group "" in the namespace "stb-prov"' % sa, 0.01)
    for i in range(2):
        w.add(Lp, 'time=@ISO@ level=ERROR msg="publish guide pointer failed" version=2026-03-20T03:00Z attempt=%d err="configmaps \\"stb-guide-pointer\\" is forbidden: User \\"%s\\" cannot update resource \\"configmaps\\" in API group \\"\\" in the namespace \\"stb-prov\\""' % (i + 1, sa), 20.0, ev=(i == 0))
    w.add(Lp, 'W@KLOG@       1 reflector.go:539] k8s.io/client-go/informers/factory.go:159: failed to list *v1.ConfigMap: configmaps is forbidden: User "%s" cannot list resource "configmaps" in API group "" in the namespace "stb-prov"' % sa, 40.0)
    w.add(Lp, 'time=@ISO@ level=ERROR msg="publish guide pointer failed" version=2026-03-20T03:00Z attempt=3 err="configmaps \\"stb-guide-pointer\\" is forbidden: User \\"%s\\" cannot update resource \\"configmaps\\" in API group \\"\\" in the namespace \\"stb-prov\\""' % sa, 20.0)
    w.add(Lp, 'time=@ISO@ level=ERROR msg="giving up on guide version" version=2026-03-20T03:00Z next_try=2026-03-20T04:00Z', 0.01)
    w.add(Lg, "@GO@ guide pointer unchanged: version=2026-03-19T03:00Z age=24h10m (threshold 26h)".replace("@GO@", "@NGXERR@"), 60.0)
    w.add(Lp, 'E@KLOG@       1 reflector.go:147] k8s.io/client-go/informers/factory.go:159: Failed to watch *v1.ConfigMap: failed to list *v1.ConfigMap: configmaps is forbidden: User "%s" cannot list resource "configmaps" in API group "" in the namespace "stb-prov"' % sa, 60.0)
    w.add(Lg, "@NGXERR@ GET /v2/guide/pointer 200 version=2026-03-19T03:00Z etag=W/\"%s\" (unchanged)" % hexid(r, 12), 30.0)
    w.add(Lg, "@NGXERR@ serving guide version=2026-03-19T03:00Z to 18211 boxes in last 5m", 120.0)
    w.add(Lp, 'W@KLOG@       1 reflector.go:539] k8s.io/client-go/informers/factory.go:159: failed to list *v1.ConfigMap: configmaps is forbidden: User "%s" cannot list resource "configmaps" in API group "" in the namespace "stb-prov"' % sa, 120.0)
    w.add(Lp, 'time=@ISO@ level=WARN msg="guide pointer publish backlog" pending_versions=1 oldest=2026-03-20T03:00Z', 30.0)
    return record(w, "ERROR", "auth_failure", "epg-publisher",
                  "Set-top boxes are still showing yesterday's guide, why wasn't the new EPG published?",
                  sel(namespace="epg", app="epg-publisher"),
                  "After the platform-rbac sync, the epg-publisher service account no longer has list/update rights on configmaps in stb-prov, so the API server forbids publishing the guide pointer.",
                  "epg-publisher cannot publish new guide versions (RBAC forbidden); boxes keep serving the previous day's guide and it will go stale within hours.",
                  "Restore the Role/RoleBinding granting epg:epg-publisher get/list/watch/update on configmaps in stb-prov (fix the platform-rbac manifests) and republish the 03:00 guide.")


def tv_billing_galera(r):
    db1, db2, app = "bill-db-01", "bill-db-02", "bill-app-01"
    w = Window(r, "2026-03-21T09:30:00")
    L1, L2 = H(db1, "mariadb.service"), H(db2, "systemd")
    La, Lp = H(app, "bill-api.service"), H(app, "payment-posting.service")
    w.add(L1, "@MARIA@ 0 [Note] WSREP: (%s, 'ssl://0.0.0.0:4567') reconnecting to %s (ssl://10.20.5.13:4567), attempt %d" % (uid(r)[:8], uid(r)[:8], r.randint(1400, 1500)), 0.1)
    w.add(L2, "Stopping mariadb.service - MariaDB 10.11.6 database server...", 2.0, ev=True)
    w.add(L1, "@MARIA@ 0 [Note] WSREP: forgetting %s (ssl://10.20.5.12:4567)" % uid(r)[:8], 3.0)
    w.add(L1, "@MARIA@ 0 [Note] WSREP: New cluster view: global state: %s:%d, view# -1: non-Primary, number of nodes: 1, my index: 0, protocol version 3" % (uid(r), r.randint(80000000, 90000000)), 0.4, ev=True)
    w.add(L1, "@MARIA@ 0 [Warning] WSREP: Received NON-PRIMARY.", 0.01, ev=True)
    err = "SQLSTATE[08S01]: Communication link failure: 1047 WSREP has not yet prepared node for application use"
    for i in range(3):
        w.add(La, "@LOGBACK@ ERROR [http-nio-8443-exec-%d] o.h.engine.jdbc.spi.SqlExceptionHelper - (conn=%d) WSREP has not yet prepared node for application use" % (r.randint(1, 40), r.randint(100000, 200000)), 2.0)
    w.add(La, "@LOGBACK@ ERROR [http-nio-8443-exec-%d] c.t.billing.api.ErrorHandler - POST /v1/accounts/A-%d/payments -> 500 (%s)" % (r.randint(1, 40), r.randint(1000000, 9999999), err), 0.01)
    w.add(Lp, "@LOGBACK@ ERROR [posting-1] c.t.billing.posting.BankFileImporter - failed to post bank file BACS-20260321-0930.csv line 1: %s" % err, 3.0)
    w.add(Lp, "@LOGBACK@ WARN  [posting-1] c.t.billing.posting.BankFileImporter - moving BACS-20260321-0930.csv to /var/lib/posting/failed (4211 payments not applied)", 0.05)
    for i in range(3):
        w.add(La, "@LOGBACK@ ERROR [http-nio-8443-exec-%d] c.t.billing.api.ErrorHandler - POST /v1/subscriptions/S-%d/upgrade -> 500 (%s)" % (r.randint(1, 40), r.randint(100000, 999999), err), 4.0)
    w.add(La, "@LOGBACK@ WARN  [HikariPool-1 housekeeper] com.zaxxer.hikari.pool.PoolBase - HikariPool-1 - Failed to validate connection org.mariadb.jdbc.Connection@%s (WSREP has not yet prepared node for application use). Possibly consider using a shorter maxLifetime value." % hexid(r, 7), 5.0)
    w.add(L1, "@MARIA@ 0 [Note] WSREP: view((empty))", 20.0)
    w.add(L1, "@MARIA@ 0 [Note] WSREP: gcomm: connecting to group 'billing-galera', peer '10.20.5.11:,10.20.5.12:,10.20.5.13:'", 0.1)
    w.add(L1, "@MARIA@ 0 [Warning] WSREP: last inactive check more than PT1.5S ago (PT3.50257S), skipping check", 10.0)
    w.add(La, "@LOGBACK@ ERROR [http-nio-8443-exec-%d] c.t.billing.api.ErrorHandler - GET /v1/accounts/A-%d/balance -> 500 (%s)" % (r.randint(1, 40), r.randint(1000000, 9999999), err), 6.0)
    return record(w, "CRITICAL", "database", "billing-galera",
                  "All billing writes are failing with 500s, what is going on?",
                  None,
                  "The billing Galera cluster lost quorum: bill-db-02 was stopped for patching while bill-db-03 was already out of the cluster, leaving bill-db-01 alone in a non-Primary component that refuses all queries (WSREP not prepared).",
                  "The billing database is not accepting queries; API calls return 500 and a bank file of 4211 payments failed to post.",
                  "Restore quorum now: start bill-db-02 (or bootstrap the most advanced node with pc.bootstrap=YES after checking seqnos), then rejoin bill-db-03 and re-import the failed bank file.",
                  quiet=True)


def tv_vod_origin_slow(r):
    n1, n2 = tv_node(r), tv_node(r)
    edge = pods(r, "vod-edge", 2)
    org = pods(r, "vod-origin")[0]
    Le0, Le1 = K("vod", edge[0], "varnish", n1), K("vod", edge[1], "varnish", n2)
    Lx = K("vod", edge[0], "varnishlog", n1)
    Lo = K("vod", org, "vod-origin", n2)
    t = r.randint(10870, 10899)
    w = Window(r, "2026-03-22T20:02:00")
    def ncsa(seg, status, size, hm, dur):
        return '%s - - [@NGX@] "GET /vod/hls/mv-%d/1080p/seg_%05d.ts HTTP/1.1" %d %d "-" "STB-Firmware/7.4.2 (Arris VIP5202)" %.6f %s' % (ip(r, "10.50.3"), t, seg, status, size, dur, hm)
    w.add(Le0, ncsa(1, 200, r.randint(1800000, 2100000), "miss", 2.91), 0.2)
    w.add(Lo, 'time=@ISO@ level=WARN msg="slow request" path=/vod/hls/mv-%d/1080p/seg_00002.ts stage=jit_package dur=6.912s source=s3://vod-mezzanine/mv-%d/master.mxf' % (t, t), 1.0, ev=True)
    w.add(Lx, "-   FetchError     first byte timeout", 0.2, ev=True)
    w.add(Le0, ncsa(2, 503, 282, "miss", 5.0), 0.01)
    w.add(Le1, ncsa(2, 503, 282, "miss", 5.0), 0.6)
    w.add(Lo, 'time=@ISO@ level=WARN msg="slow request" path=/vod/hls/mv-%d/1080p/seg_00003.ts stage=jit_package dur=7.440s source=s3://vod-mezzanine/mv-%d/master.mxf' % (t, t), 1.8)
    w.add(Lx, "-   FetchError     first byte timeout", 0.2)
    w.add(Le1, ncsa(3, 503, 282, "miss", 5.0), 0.01)
    w.add(Le0, ncsa(2, 200, r.randint(1800000, 2100000), "miss", 1.12), 2.5)
    w.add(Lo, 'time=@ISO@ level=INFO msg="request" path=/vod/hls/mv-%d/1080p/seg_00002.ts status=200 dur=0.084s cache=packaged' % t, 0.01)
    w.add(Le0, ncsa(3, 200, r.randint(1800000, 2100000), "miss", 0.96), 1.0)
    w.add(Lo, 'time=@ISO@ level=WARN msg="slow request" path=/vod/hls/mv-%d/720p/seg_00004.ts stage=jit_package dur=5.204s source=s3://vod-mezzanine/mv-%d/master.mxf' % (t, t), 1.2)
    w.add(Lx, "-   FetchError     first byte timeout", 0.1)
    w.add(Le1, '%s - - [@NGX@] "GET /vod/hls/mv-%d/720p/seg_00004.ts HTTP/1.1" 503 282 "-" "Mozilla/5.0 (SMART-TV; Linux; Tizen 7.0)" 5.000000 miss' % (ip(r, "10.50.3"), t), 0.01)
    for seg in range(4, 8):
        w.add(Le0 if seg % 2 else Le1, ncsa(seg, 200, r.randint(1800000, 2100000), "hit" if seg > 5 else "miss", r.uniform(0.002, 0.2)), 4.0)
    w.add(Lo, 'time=@ISO@ level=INFO msg="title warm" title=mv-%d renditions=4 packaged_segments=96 p99_ms=310' % t, 10.0)
    return record(w, "WARN", "timeout", "vod-origin",
                  "Viewers starting the new premiere got errors for a minute, is VOD healthy now?",
                  sel(namespace="vod"),
                  "vod-origin packages segments of the newly released title just-in-time from mezzanine storage and took 5-7s per segment, longer than Varnish's first_byte_timeout, so cold-cache requests failed with 503.",
                  "For about a minute the first requests for the premiere title got 503 from the edge because origin packaging was slower than the 5s first-byte timeout; once segments were packaged and cached, playback recovered.",
                  "Optional: pre-package or pre-warm new premieres before release, or raise first_byte_timeout for the vod-origin backend.")


def tv_stbprov_chain(r):
    host = "edge-lb-01"
    w = Window(r, "2026-03-23T10:01:00")
    Lh = HS(host, "haproxy")
    Ld = HS(host, "deploy-cert")
    Lp = H("stb-prov-01", "stb-prov.service")
    mpid, wpid = r.randint(1000, 2000), r.randint(4000, 5000)
    def hs(fail=True):
        if fail:
            return "@SYS@ %s haproxy[%d]: %s:%d [@HAP@] stb-prov-https/1: SSL handshake failure" % (host, wpid, ip(r, "100.70." + str(r.randint(0, 255))), r.randint(30000, 60000))
        return "@SYS@ %s haproxy[%d]: %s:%d [@HAP@] stb-prov-https~ stb-prov/prov1 0/0/1/%d/%d 200 %d - - ---- 212/210/3/1/0 0/0 \"POST /v3/provision HTTP/1.1\"" % (host, wpid, ip(r, "100.70." + str(r.randint(0, 255))), r.randint(30000, 60000), r.randint(10, 60), r.randint(20, 80), r.randint(400, 900))
    w.add(Ld, "@SYS@ %s deploy-cert[%d]: installed /etc/haproxy/certs/prov.tvco.example.pem (subject=CN=prov.tvco.example, certs_in_bundle=1, notAfter=2026-06-21)" % (host, r.randint(30000, 40000)), 0.1, ev=True)
    w.add(Lh, "@SYS@ %s haproxy[%d]: [NOTICE]   (%d) : Reloading HAProxy" % (host, mpid, mpid), 0.5)
    w.add(Lh, "@SYS@ %s haproxy[%d]: [NOTICE]   (%d) : Loading success." % (host, mpid, mpid), 0.3)
    w.add(Lh, hs(), 2.0, ev=True)
    w.add(Lh, hs(), 0.4)
    w.add(Lh, hs(False), 0.3)
    w.add(Lh, hs(), 0.5)
    w.add(Lh, hs(), 0.2)
    w.add(Lp, "@PY@ WARNING stbprov.stats: provisioning requests last 5m=63 (baseline 2100), activation queue growing", 240.0)
    w.add(Lh, hs(), 3.0)
    w.add(Lh, hs(), 0.3)
    w.add(Ld, "@SYS@ %s deploy-cert[%d]: installed /etc/haproxy/certs/prov.tvco.example.pem (subject=CN=prov.tvco.example, certs_in_bundle=2, notAfter=2026-06-21)" % (host, r.randint(30000, 40000)), 400.0)
    wpid = r.randint(5000, 6000)
    w.add(Lh, "@SYS@ %s haproxy[%d]: [NOTICE]   (%d) : Reloading HAProxy" % (host, mpid, mpid), 0.5)
    w.add(Lh, "@SYS@ %s haproxy[%d]: [NOTICE]   (%d) : New worker (%d) forked" % (host, mpid, mpid, wpid), 0.2)
    w.add(Lh, "@SYS@ %s haproxy[%d]: [NOTICE]   (%d) : Loading success." % (host, mpid, mpid), 0.1)
    for _ in range(3):
        w.add(Lh, hs(False), 0.5)
    w.add(Lp, "@PY@ INFO stbprov.stats: provisioning requests last 5m=2874, activation queue drained", 300.0)
    return record(w, "WARN", "tls_certificate", host,
                  "Why did set-top box provisioning drop for ~10 minutes this morning?",
                  None,
                  "The renewed certificate for prov.tvco.example was deployed to HAProxy without its intermediate (1 cert in the bundle); set-top boxes could not build a chain to their trusted root and aborted the TLS handshake.",
                  "Provisioning traffic collapsed for about 10 minutes after the certificate renewal; the full-chain bundle was installed about 7 minutes later and provisioning recovered, with the activation queue draining.",
                  "Optional follow-up: make the deploy-cert hook refuse bundles without the intermediate and add a chain check to monitoring.")


def tv_lineup_panic(r):
    nodes = [tv_node(r) for _ in range(3)]
    ps = pods(r, "channel-lineup", 2)
    gapi = pods(r, "stb-guide-api")[0]
    L0, L1 = K("lineup", ps[0], "channel-lineup", nodes[0]), K("lineup", ps[1], "channel-lineup", nodes[1])
    Lg = K("stb-prov", gapi, "stb-guide-api", nodes[2])
    Lenv = K("stb-prov", gapi, "istio-proxy", nodes[2])
    w = Window(r, "2026-03-24T19:58:00")
    w.add(L0, 'time=@ISO@ level=INFO msg="loaded lineup" channels=313 regions=14 source=lineup-db version=8812', 0.1)
    w.add(L0, 'time=@ISO@ level=INFO msg="applying regional overrides" region=NW-07 overrides=23', 0.2)
    w.add(L0, "panic: assignment to entry in nil map", 0.05, ev=True)
    w.add(L0, "goroutine 1 [running]:", 0.001)
    w.add(L0, "github.com/tvco/lineup/internal/region.(*Resolver).Apply(0xc0001a2000, {0xc000412a80, 0x3c, 0x40})", 0.001, ev=True)
    w.add(L0, "\t/src/internal/region/resolver.go:142 +0x2b4", 0.001)
    w.add(L0, "main.main()", 0.001)
    w.add(L0, "\t/src/cmd/lineup/main.go:88 +0x6a5", 0.001)
    w.add(EVL("lineup"), ev_logfmt("Pod", ps[1], "Warning", "BackOff", "Back-off restarting failed container channel-lineup in pod %s_lineup(%s)" % (ps[1], uid(r)), count=7), 3.0, ev=True)
    for i in range(3):
        w.add(Lenv, '[@ISO@] "GET /v1/lineup?region=NW-%02d HTTP/1.1" 503 UF upstream_reset_before_response_started{connection_failure} - "-" 0 91 %d - "-" "okhttp/4.12.0" "%s" "channel-lineup.lineup.svc:8080" "-" outbound|8080||channel-lineup.lineup.svc.cluster.local - - -'
              % (r.randint(1, 14), r.randint(1, 5), uid(r)), 1.5)
        w.add(Lg, "@NGXERR@ lineup fetch failed: status 503: upstream connect error or disconnect/reset before headers. reset reason: connection failure", 0.01)
    w.add(L1, 'time=@ISO@ level=INFO msg="loaded lineup" channels=313 regions=14 source=lineup-db version=8812', 10.0)
    w.add(L1, 'time=@ISO@ level=INFO msg="applying regional overrides" region=NW-07 overrides=23', 0.2)
    w.add(L1, "panic: assignment to entry in nil map", 0.05)
    w.add(EVL("lineup"), ev_logfmt("Deployment", "channel-lineup", "Warning", "ReplicasUnavailable", "Deployment does not have minimum availability. 0/2 replicas available"), 5.0)
    w.add(Lg, "@NGXERR@ serving cached lineup for 9211 boxes, channel 313 (new) missing; EPG grid fallback active", 8.0)
    w.add(Lg, "@NGXERR@ lineup fetch failed: status 503: no healthy upstream", 20.0)
    return record(w, "CRITICAL", "application_error", "channel-lineup",
                  "channel-lineup keeps restarting and boxes can't load the channel list, why?",
                  sel(namespace="lineup", app="channel-lineup"),
                  "channel-lineup panics with 'assignment to entry in nil map' in region.(*Resolver).Apply while applying the NW-07 overrides for the newly added channel 313, so every replica crash-loops on start.",
                  "All channel-lineup replicas are in CrashLoopBackOff on a Go panic; stb-guide-api gets 503 and serves a stale lineup without the new channel.",
                  "Roll back the lineup data change (or the release) that introduced channel 313 overrides, and fix the nil map initialisation in resolver.go:142.")


def tv_drm_pool_saturated(r):
    nodes = [tv_node(r) for _ in range(3)]
    drm = pods(r, "drm-license-server", 4)
    gw = pods(r, "stb-gateway", 2)
    Ld = K("drm", drm[2], "license-server", nodes[0])
    Lg0, Lg1 = K("stb-prov", gw[0], "stb-gateway", nodes[1]), K("stb-prov", gw[1], "stb-gateway", nodes[2])
    Le0 = K("stb-prov", gw[0], "envoy", nodes[1])
    w = Window(r, "2026-03-25T19:59:00")
    def env504():
        return '[@ISO@] "POST /widevine/license HTTP/1.1" 504 UT response_timeout - "-" %d 24 3000 - "-" "ExoPlayerLib/2.19.1" "%s" "drm-license-server.drm.svc:8443" "%s:8443" outbound|8443||drm-license-server.drm.svc.cluster.local - - -' % (r.randint(600, 900), uid(r), ip(r, "10.60.14"))
    def gwerr(L, ch):
        return 'time=@ISO@ level=ERROR msg="licence request timed out" channel=%s device=STB-%s timeout=3s retry=true' % (ch, pick(r, HEX.upper(), 10))
    w.add(Ld, "@JAVA@  WARN 1 --- [  license-pool-monitor] c.t.drm.pool.LicenseWorkerPool          : licence worker pool exhausted: active=200/200 queued=1024/1024, rejecting new work", 0.2, ev=True)
    for i, ch in enumerate(["sport-1-hd", "sport-1-hd", "sport-1-uhd", "news-24"]):
        w.add(Le0, env504(), 0.7)
        w.add(Lg0 if i % 2 == 0 else Lg1, gwerr(None, ch), 0.01)
    w.add(Ld, "@JAVA@  WARN 1 --- [          HikariPool-1 housekeeper] com.zaxxer.hikari.pool.HikariPool        : HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=1m2s412ms).", 3.0, ev=True)
    for i, ch in enumerate(["sport-1-hd", "sport-1-uhd", "sport-1-hd"]):
        w.add(Le0, env504(), 1.0)
        w.add(Lg1 if i % 2 == 0 else Lg0, gwerr(None, ch), 0.01)
    w.add(Lg0, 'time=@ISO@ level=WARN msg="licence retry succeeded" channel=sport-1-hd attempts=2 latency_ms=%d' % r.randint(2200, 2900), 2.0)
    w.add(EVL("drm"), ev_logfmt("HorizontalPodAutoscaler", "drm-license-server", "Normal", "SuccessfulRescale", "New size: 8; reason: cpu resource utilization (percentage of request) above target"), 15.0)
    w.add(Ld, "@JAVA@  INFO 1 --- [  license-pool-monitor] c.t.drm.pool.LicenseWorkerPool          : licence worker pool recovered: active=%d/200 queued=0/1024" % r.randint(80, 140), 60.0)
    w.add(Lg0, 'time=@ISO@ level=INFO msg="licence latency" window=1m p50_ms=%d p99_ms=%d errors=0' % (r.randint(30, 60), r.randint(300, 600)), 30.0)
    return record(w, "WARN", "resource_exhausted", "drm-license-server",
                  "At kick-off many boxes failed to start the match channel, then it sorted itself out. What happened?",
                  sel(namespace="drm"),
                  "At kick-off the drm-license-server licence worker pool saturated (200/200 threads, queue full); requests waited past the gateway's 3s timeout until the HPA scaled the deployment from 4 to 8 pods.",
                  "For about two minutes licence requests timed out (504) for viewers tuning to the match; retries and an autoscale restored normal latency.",
                  "Optional: raise minReplicas for drm-license-server ahead of big live events or size the worker pool per pod higher.",
                  quiet=True)


def tv_vod_ingest_multiattach(r):
    old_node, new_node = tv_node(r), tv_node(r)
    while new_node == old_node:
        new_node = tv_node(r)
    pv = "pvc-%s" % uid(r)
    E = EVL("vod")
    sch = pods(r, "vod-scheduler")[0]
    Ls = K("vod", sch, "scheduler", tv_node(r))
    Lc = K("ceph-csi", "csi-rbdplugin-%s" % pick(r, SAFE, 5), "csi-rbdplugin", new_node)
    w = Window(r, "2026-03-26T14:20:00")
    w.add(E, ev_logfmt("Node", old_node, "Normal", "NodeNotSchedulable", "Node %s status is now: NodeNotSchedulable" % old_node), 0.1)
    w.add(E, ev_logfmt("Pod", "vod-ingest-0", "Normal", "Scheduled", "Successfully assigned vod/vod-ingest-0 to %s" % new_node), 40.0)
    w.add(E, ev_logfmt("Pod", "vod-ingest-0", "Warning", "FailedAttachVolume",
          'Multi-Attach error for volume "%s" Volume is already exclusively attached to one node and can\'t be attached to another' % pv), 1.0, ev=True)
    w.add(Lc, 'E@KLOG@   22811 utils.go:210] ID: %d Req-ID: 0001-0009-rook-ceph-0000000000000002-%s GRPC error: rpc error: code = Internal desc = rbd image replicapool/csi-vol-%s is still being used' % (r.randint(1000, 9999), uid(r), uid(r)), 5.0, ev=True)
    w.add(Ls, "@PY@ WARNING vodsched.ingest: ingest worker not ready, queue depth=31 oldest=00:41:10", 30.0)
    w.add(E, ev_logfmt("Pod", "vod-ingest-0", "Warning", "FailedMount",
          "Unable to attach or mount volumes: unmounted volumes=[scratch], unattached volumes=[scratch kube-api-access-%s]: timed out waiting for the condition" % pick(r, SAFE, 5)), 90.0, ev=True)
    w.add(Lc, 'E@KLOG@   22811 utils.go:210] ID: %d Req-ID: 0001-0009-rook-ceph-0000000000000002-%s GRPC error: rpc error: code = Internal desc = rbd image replicapool/csi-vol-%s is still being used' % (r.randint(1000, 9999), uid(r), uid(r)), 30.0)
    w.add(NJ(old_node, "kubelet.service"), 'E@KLOG@    1877 nestedpendingoperations.go:348] Operation for "{volumeName:kubernetes.io/csi/rook-ceph.rbd.csi.ceph.com^0001-0009-rook-ceph-0000000000000002-%s podName: nodeName:}" failed. No retries permitted until @ISO@ (durationBeforeRetry 2m2s). Error: UnmountDevice failed for volume "%s" (UniqueName: "kubernetes.io/csi/rook-ceph.rbd.csi.ceph.com^0001-0009-rook-ceph-0000000000000002-%s") on node "%s" : rpc error: code = Internal desc = rbd: unmap for spec (replicapool/csi-vol-%s) failed (an error (exit status 16) occurred while running rbd args: [unmap replicapool/csi-vol-%s --device-type krbd --options noudev]): (rbd: sysfs write failed\nrbd: unmap failed: (16) Device or resource busy\n)' % ((lambda v: (v, pv, v, old_node, v, v))(uid(r))), 5.0, ev=True)
    w.add(Ls, "@PY@ WARNING vodsched.ingest: ingest worker not ready, queue depth=37 oldest=00:54:02", 60.0)
    w.add(E, ev_logfmt("Pod", "vod-ingest-0", "Warning", "FailedAttachVolume",
          'Multi-Attach error for volume "%s" Volume is already exclusively attached to one node and can\'t be attached to another' % pv, count=9), 120.0)
    w.add(Ls, "@PY@ INFO vodsched.ingest: holding 4 titles for publish window 18:00 until ingest completes", 5.0)
    w.add(Ls, "@PY@ ERROR vodsched.ingest: SLA breach: title mv-10912 not ingested 60 min before publish window", 30.0)
    w.add(E, ev_logfmt("Pod", "vod-ingest-0", "Warning", "FailedMount",
          "Unable to attach or mount volumes: unmounted volumes=[scratch], unattached volumes=[scratch kube-api-access-%s]: timed out waiting for the condition" % pick(r, SAFE, 5), count=3), 60.0)
    w.add(Ls, "@PY@ WARNING vodsched.ingest: ingest worker not ready, queue depth=41 oldest=01:01:30", 20.0)
    w.add(E, ev_logfmt("Pod", "vod-ingest-0", "Warning", "FailedAttachVolume",
          'Multi-Attach error for volume "%s" Volume is already exclusively attached to one node and can\'t be attached to another' % pv, count=14), 30.0)
    return record(w, "ERROR", "storage", "vod-ingest",
                  "vod-ingest-0 has been ContainerCreating for 20 minutes after the node drain, why?",
                  sel(namespace="vod", pod="vod-ingest-0"),
                  "The RWO Ceph RBD volume of vod-ingest-0 is still attached/mapped on the drained node %s, so the attach to %s fails with Multi-Attach and the pod never mounts its scratch volume." % (old_node, new_node),
                  "vod-ingest-0 is stuck in ContainerCreating on a Multi-Attach error; the ingest queue is growing and a title missed its pre-publish ingest SLA.",
                  "Release the stale attachment on %s (unmap the rbd image / delete the stale VolumeAttachment once the old pod is gone) so the volume can attach to the new node." % old_node)


def tv_transcode_gpu_pending(r):
    E = EVL("transcode")
    job = "transcode-mv-%d" % r.randint(10900, 10999)
    pods_ = ["%s-%s" % (job, pick(r, SAFE, 5)) for _ in range(2)]
    ca = K("kube-system", pods(r, "cluster-autoscaler")[0], "cluster-autoscaler", tv_node(r))
    g1, g2 = "tvk-gpu-05", "tvk-gpu-06"
    w = Window(r, "2026-03-27T10:05:00")
    fs = "0/12 nodes are available: 3 Insufficient nvidia.com/gpu, 9 node(s) didn't match Pod's node affinity/selector. preemption: 0/12 nodes are available: 3 No preemption victims found for incoming pod, 9 Preemption is not helpful for scheduling."
    w.add(E, ev_logfmt("Job", job, "Normal", "SuccessfulCreate", "Created pod: %s" % pods_[0]), 0.1)
    w.add(E, ev_logfmt("Job", job, "Normal", "SuccessfulCreate", "Created pod: %s" % pods_[1]), 0.05)
    w.add(E, ev_logfmt("Pod", pods_[0], "Warning", "FailedScheduling", fs), 0.5, ev=True)
    w.add(E, ev_logfmt("Pod", pods_[1], "Warning", "FailedScheduling", fs), 0.05)
    w.add(ca, 'I@KLOG@       1 scale_up.go:477] Best option to resize: gpu-pool-a4', 10.0)
    w.add(ca, 'I@KLOG@       1 scale_up.go:481] Estimated 2 nodes needed in gpu-pool-a4', 0.01)
    w.add(ca, 'I@KLOG@       1 scale_up.go:601] Final scale-up plan: [{gpu-pool-a4 3->5 (max: 6)}]', 0.01, ev=True)
    w.add(E, ev_logfmt("Pod", pods_[0], "Normal", "TriggeredScaleUp", "pod triggered scale-up: [{gpu-pool-a4 3->5 (max: 6)}]"), 0.2)
    w.add(E, ev_logfmt("Pod", pods_[0], "Warning", "FailedScheduling", fs, count=4), 60.0)
    w.add(E, ev_logfmt("Node", g1, "Normal", "RegisteredNode", "Node %s event: Registered Node %s in Controller" % (g1, g1)), 120.0)
    w.add(E, ev_logfmt("Node", g2, "Normal", "RegisteredNode", "Node %s event: Registered Node %s in Controller" % (g2, g2)), 8.0)
    w.add(E, ev_logfmt("Pod", pods_[0], "Warning", "FailedScheduling", "0/14 nodes are available: 2 node(s) had untolerated taint {node.kubernetes.io/not-ready: }, 3 Insufficient nvidia.com/gpu, 9 node(s) didn't match Pod's node affinity/selector. preemption: 0/14 nodes are available: 5 Preemption is not helpful for scheduling, 9 No preemption victims found for incoming pod.", count=6), 20.0)
    w.add(E, ev_logfmt("Pod", pods_[0], "Normal", "Scheduled", "Successfully assigned transcode/%s to %s" % (pods_[0], g1)), 45.0)
    w.add(E, ev_logfmt("Pod", pods_[1], "Normal", "Scheduled", "Successfully assigned transcode/%s to %s" % (pods_[1], g2)), 0.3)
    w.add(K("transcode", pods_[0], "ffmpeg", g1), "frame=  812 fps=203 q=28.0 size=   10240kB time=00:00:32.48 bitrate=2582.6kbits/s speed=8.12x", 40.0)
    w.add(K("transcode", pods_[1], "ffmpeg", g2), "frame=  640 fps=198 q=27.0 size=    9012kB time=00:00:25.60 bitrate=2883.8kbits/s speed=7.92x", 2.0)
    return record(w, "WARN", "scheduling", "gpu-pool-a4",
                  "Transcode jobs for tonight's new titles sat in Pending, do we need to do anything?",
                  sel(namespace="transcode"),
                  "The GPU node pool had no free nvidia.com/gpu, so the transcode pods were unschedulable until cluster-autoscaler added two GPU nodes (gpu-pool-a4 3->5).",
                  "Transcode pods were Pending for about five minutes for lack of GPUs; the autoscaler added nodes and both pods are now transcoding at ~8x.",
                  "Optional: keep a warm spare GPU node before scheduled ingest batches if the delay matters.")


def tv_metafeed_quota(r):
    n1, n2 = tv_node(r), tv_node(r)
    fetch = pods(r, "epg-fetcher")[0]
    bf = "epg-backfill-2026w12-%s" % pick(r, SAFE, 5)
    Lf, Lb = K("epg", fetch, "fetcher", n1), K("epg", bf, "backfill", n2)
    w = Window(r, "2026-03-28T18:00:00")
    w.add(Lb, "@PY@ INFO epg.backfill: requested 38211 programme details for weeks 2025w40..2026w11 (finished)", 0.1)
    w.add(Lf, "@PY@ INFO metafeed.client: quota usage today 49962/50000 calls (epg-backfill 38211, epg-fetcher 11751)", 30.0, ev=True)
    for i, (lu, d) in enumerate([("GB-TVCO-NW", "2026-03-29"), ("GB-TVCO-NW", "2026-03-30"), ("GB-TVCO-SC", "2026-03-29")]):
        w.add(Lf, '@PY@ WARNING metafeed.client: GET https://api.metafeed.example/v3/programs?lineup=%s&date=%s -> 429 {"error":"daily_quota_exceeded","limit":50000,"reset":"2026-03-29T00:00:00Z"}' % (lu, d), 20.0 if i == 0 else 3.0, ev=(i == 0))
    w.add(Lf, "@PY@ INFO epg.fetch: lineup=GB-TVCO-LDN date=2026-03-29 programmes=1211 (cached from 12:00 run)", 1.0)
    w.add(Lf, "@PY@ INFO metafeed.client: backing off 60s (attempt 2/5)", 0.1)
    for i in range(2):
        w.add(Lf, '@PY@ WARNING metafeed.client: GET https://api.metafeed.example/v3/programs?lineup=GB-TVCO-NW&date=2026-03-29 -> 429 {"error":"daily_quota_exceeded","limit":50000,"reset":"2026-03-29T00:00:00Z"}', 60.0)
    w.add(Lf, "@PY@ INFO metafeed.client: backing off 120s (attempt 4/5)", 0.1)
    w.add(Lf, '@PY@ WARNING metafeed.client: GET https://api.metafeed.example/v3/programs?lineup=GB-TVCO-SC&date=2026-03-29 -> 429 {"error":"daily_quota_exceeded","limit":50000,"reset":"2026-03-29T00:00:00Z"}', 120.0)
    w.add(Lf, "@PY@ ERROR epg.fetch: giving up on lineup=GB-TVCO-NW date=2026-03-29 after 5 attempts", 60.0)
    w.add(Lf, "@PY@ ERROR epg.fetch: giving up on lineup=GB-TVCO-SC date=2026-03-29 after 5 attempts", 0.5)
    w.add(Lf, "@PY@ WARNING epg.fetch: 11 lineups incomplete for 2026-03-29, guide will show 'No information' after 06:00", 1.0)
    w.add(Lf, "@PY@ INFO epg.fetch: next attempt scheduled at 2026-03-29T00:05:00Z", 0.1)
    w.add(Lf, '@PY@ WARNING metafeed.client: GET https://api.metafeed.example/v3/images?programme=EP%09d -> 429 {"error":"daily_quota_exceeded","limit":50000,"reset":"2026-03-29T00:00:00Z"}' % r.randint(1, 999999999), 30.0)
    return record(w, "ERROR", "rate_limited", "metafeed",
                  "Tomorrow's guide data is missing for several regions, why didn't the fetch work?",
                  sel(namespace="epg", app="epg-fetcher"),
                  "The metafeed API's 50000-calls/day quota is exhausted (429 daily_quota_exceeded) because the one-off epg-backfill job consumed 38211 calls today; epg-fetcher cannot fetch tomorrow's programmes until the reset at 00:00Z.",
                  "epg-fetcher gave up on 11 lineups for tomorrow after repeated 429s from metafeed; guides will show gaps from 06:00 unless the 00:05 retry catches up.",
                  "Ask metafeed for a temporary quota increase or make sure the 00:05 run has priority; run future backfills under a separate API key or budget.")


# ---------------------------------------------------------------------------
# section 4: art (live bidding websockets, lot catalogue, image store,
#            payments/escrow, KYC, shipping)
# ---------------------------------------------------------------------------

def art_ws_healthy(r):
    n1, n2 = eks_node(r), eks_node(r)
    gws = pods(r, "bid-gateway", 2)
    eng = "bid-engine-0"
    L0, L1 = K("bidding", gws[0], "bid-gateway", n1), K("bidding", gws[1], "bid-gateway", n2)
    Le = K("bidding", eng, "bid-engine", n2)
    Lv = K("bidding", gws[0], "envoy", n1)
    lot = "L-2026-0331-%03d" % r.randint(1, 80)
    w = Window(r, "2026-03-31T18:04:00")
    def g(level, msg, **kw):
        d = {"level": level, "ts": "@ISO@", "msg": msg}
        d.update(kw)
        return J(d)
    w.add(L0, g("info", "ws connected", sid=hexid(r, 12), lot=lot, ua="Safari/17.3"), 0.3)
    w.add(Lv, '[@ISO@] "GET /ws HTTP/1.1" 101 - via_upstream - "-" 0 %d %d - "%s" "Mozilla/5.0" "%s" "live.artkammer.example" "%s:8080"' % (r.randint(1000, 90000), r.randint(60000, 900000), ip(r, "81.97"), uid(r), ip(r, "10.40.12")), 0.5)
    w.add(L1, g("info", "ws closed", sid=hexid(r, 12), code=1001, reason="going away", lot=lot), 0.8)
    w.add(L0, g("warn", "ws closed", sid=hexid(r, 12), code=1006, reason="abnormal closure", lot=lot, duration_s=r.randint(30, 900)), 1.2)
    w.add(Le, "@LOGBACK@ INFO  [bid-loop] c.a.bidding.BidService - bid accepted lot=%s amount=GBP 42000 paddle=%d" % (lot, r.randint(100, 999)), 1.5)
    w.add(Le, "@LOGBACK@ INFO  [bid-loop] c.a.bidding.BidService - bid rejected lot=%s amount=GBP 42500 paddle=%d reason=BELOW_INCREMENT (next=GBP 44000)" % (lot, r.randint(100, 999)), 2.0)
    w.add(L1, g("debug", "ping timeout, terminating idle socket", sid=hexid(r, 12), idle_ms=45012), 1.0)
    w.add(L1, g("info", "ws connected", sid=hexid(r, 12), lot=lot, ua="Chrome/122.0", resumed=True), 0.6)
    w.add(Le, "@LOGBACK@ INFO  [bid-loop] c.a.bidding.BidService - bid accepted lot=%s amount=GBP 44000 paddle=%d" % (lot, r.randint(100, 999)), 3.0)
    w.add(L0, g("info", "broadcast", lot=lot, event="bid", recipients=r.randint(300, 600), ms=r.randint(3, 12)), 0.05)
    w.add(L0, g("error", "send failed on closing socket", sid=hexid(r, 12), err="WebSocket is not open: readyState 2 (CLOSING)"), 0.2)
    w.add(L1, g("info", "ws closed", sid=hexid(r, 12), code=1000, reason="normal", lot=lot), 1.5)
    w.add(Lv, '[@ISO@] "GET /ws HTTP/1.1" 101 - via_upstream - "-" 0 %d %d - "%s" "Mozilla/5.0" "%s" "live.artkammer.example" "%s:8080"' % (r.randint(1000, 90000), r.randint(60000, 900000), ip(r, "81.97"), uid(r), ip(r, "10.40.12")), 0.8)
    w.add(Le, "@LOGBACK@ INFO  [bid-loop] c.a.bidding.LotClock - lot=%s fair warning issued" % lot, 8.0)
    w.add(Le, "@LOGBACK@ INFO  [bid-loop] c.a.bidding.LotClock - lot=%s hammer at GBP 44000 paddle=%d" % (lot, r.randint(100, 999)), 6.0)
    w.add(L1, g("info", "broadcast", lot=lot, event="hammer", recipients=r.randint(300, 600), ms=r.randint(3, 12)), 0.05)
    return record(w, "INFO", "none", "bid-gateway",
                  "The bidding websocket logs show 1006 closures and send errors, is live bidding affected?",
                  sel(namespace="bidding"),
                  "No incident: 1001/1006 closures, idle ping timeouts and sends to closing sockets are ordinary client churn; bids are accepted and the lot hammered normally.",
                  "Live bidding is healthy: clients connect and reconnect normally, broadcasts take a few ms and the lot closed at GBP 44000.",
                  "Nothing to do.")


def art_images_healthy(r):
    n1 = eks_node(r)
    img = pods(r, "image-service")[0]
    ing = pods(r, "ingress-nginx-controller")[0]
    L = K("media", img, "image-service", n1)
    Li = K("ingress-nginx", ing, "controller", eks_node(r))
    w = Window(r, "2026-04-01T10:22:00")
    wl = "L-2026-0404-%03d" % r.randint(1, 80)
    w.add(L, "@JAVA@ DEBUG 1 --- [   scheduling-1] com.zaxxer.hikari.pool.HikariPool        : HikariPool-1 - Pool stats (total=10, active=1, idle=9, waiting=0)", 0.1)
    w.add(L, "@JAVA@ DEBUG 1 --- [   scheduling-1] com.zaxxer.hikari.pool.HikariPool        : HikariPool-1 - Fill pool skipped, pool has sufficient level or currently being filled (queueDepth=0).", 0.001)
    w.add(L, "@JAVA@  WARN 1 --- [nio-8080-exec-4] c.a.media.web.ImageController            : thumbnail not found key=lots/%s/thumb_640.webp (lot withdrawn) -> 404" % wl, 2.0)
    w.add(Li, '%s - - [@NGX@] "GET /img/lots/%s/thumb_640.webp HTTP/2.0" 404 0 "https://www.artkammer.example/auctions/spring-modern" "Mozilla/5.0 (Macintosh)" 96 0.004 [media-image-service-8080] [] %s:8080 0 0.004 404 %s' % (ip(r, "90.214"), wl, ip(r, "10.40.30"), hexid(r, 32)), 0.01)
    lot = "L-2026-0404-%03d" % r.randint(1, 80)
    w.add(L, "@JAVA@  INFO 1 --- [   derivatives-2] c.a.media.derive.DerivativeJob           : derivatives generated key=lots/%s/IMG_%04d.tif sizes=[320,640,1600,3200] ms=%d" % (lot, r.randint(1000, 9999), r.randint(600, 1400)), 3.0)
    w.add(L, "@JAVA@ DEBUG 1 --- [   derivatives-2] software.amazon.awssdk.request            : Retryable error detected. Will retry in 118ms. Request attempt number 2", 1.0)
    w.add(L, "@JAVA@ DEBUG 1 --- [   derivatives-2] software.amazon.awssdk.request            : Received successful response: 200, Request ID: %s, Extended Request ID: %s" % (pick(r, HEX.upper(), 16), pick(r, ALNUM, 40)), 0.2)
    for _ in range(2):
        w.add(Li, '%s - - [@NGX@] "GET /img/lots/%s/thumb_640.webp HTTP/2.0" 304 0 "https://www.artkammer.example/auctions/spring-modern" "Mozilla/5.0 (iPhone)" 88 0.001 [media-image-service-8080] [] %s:8080 0 0.001 304 %s' % (ip(r, "90.214"), lot, ip(r, "10.40.30"), hexid(r, 32)), 0.7)
    w.add(Li, '%s - - [@NGX@] "GET /img/lots/%s/zoom/12/3_5.jpg HTTP/2.0" 200 %d "https://www.artkammer.example/lot/%s" "Mozilla/5.0 (Windows NT 10.0)" 91 0.012 [media-image-service-8080] [] %s:8080 %d 0.012 200 %s' % (ip(r, "90.214"), lot, r.randint(20000, 60000), lot, ip(r, "10.40.30"), r.randint(20000, 60000), hexid(r, 32)), 0.9)
    w.add(L, "@JAVA@ DEBUG 1 --- [nio-8080-exec-1] o.s.web.servlet.DispatcherServlet        : Completed 200 OK", 0.01)
    w.add(L, "@JAVA@  WARN 1 --- [nio-8080-exec-9] c.a.media.web.ImageController            : thumbnail not found key=lots/%s/thumb_1600.webp (lot withdrawn) -> 404" % wl, 1.4)
    w.add(L, "@JAVA@  INFO 1 --- [nio-8080-exec-2] c.a.media.web.ZoomController             : deep-zoom tiles served lot=%s tiles=%d ms=%d" % (lot, r.randint(20, 80), r.randint(30, 120)), 1.0)
    w.add(L, "@JAVA@  INFO 1 --- [nio-8080-exec-6] c.a.media.web.ImageController            : client aborted download key=lots/%s/IMG_full.jpg bytes_sent=%d (Broken pipe)" % (lot, r.randint(100000, 900000)), 4.0)
    w.add(Li, '%s - - [@NGX@] "GET /robots.txt HTTP/1.1" 404 146 "-" "Mozilla/5.0 (compatible; Googlebot/2.1)" 220 0.000 [media-image-service-8080] [] %s:8080 146 0.001 404 %s' % (ip(r, "66.249"), ip(r, "10.40.30"), hexid(r, 32)), 3.0)
    w.add(L, "@JAVA@ DEBUG 1 --- [   scheduling-1] com.zaxxer.hikari.pool.HikariPool        : HikariPool-1 - Pool stats (total=10, active=0, idle=10, waiting=0)", 28.0)
    return record(w, "INFO", "none", "image-service",
                  "Why is the image service returning 404s for some lot thumbnails?",
                  sel(namespace="media", app="image-service"),
                  "No incident: the 404s are for a withdrawn lot whose images were removed on purpose, and one S3 retry succeeded.",
                  "image-service is serving thumbnails and deep-zoom tiles and generating derivatives normally; the pool is idle and no request failed unexpectedly.",
                  "Nothing to do.")


def art_kyc_batch_healthy(r):
    host = "kyc-batch-01"
    w = Window(r, "2026-04-02T06:00:00")
    Ls, Lk, Ln = H(host, "systemd"), H(host, "kyc-sanctions-sync.service"), H(host, "kyc-review-notifier.service")
    w.add(Ls, "Starting kyc-sanctions-sync.service - KYC sanctions list sync...", 0.1)
    w.add(Lk, "@PY@ INFO sanctions.fetch: downloading list source=ofsi-consolidated", 0.5)
    w.add(Lk, "@PY@ INFO sanctions.fetch: source=ofsi-consolidated downloaded 4.8MB entries=%d" % r.randint(4000, 5000), 3.0)
    w.add(Lk, "@PY@ WARNING sanctions.fetch: source=eu-fsf HTTP 503 Service Unavailable, retry 1/3 in 30s", 1.0)
    w.add(Lk, "@PY@ INFO sanctions.fetch: source=eu-fsf downloaded 2.1MB entries=%d (attempt 2)" % r.randint(5000, 6000), 31.0)
    w.add(Lk, "@PY@ INFO sanctions.fetch: source=un-sc downloaded 0.9MB entries=%d" % r.randint(900, 1100), 2.0)
    w.add(Lk, "@PY@ INFO sanctions.store: list version 2026-04-02 loaded (added=14, removed=3, unchanged=%d)" % r.randint(10000, 11000), 1.0)
    w.add(Lk, "@PY@ DEBUG sanctions.match: fuzzy threshold=0.92 transliteration=icu", 0.2)
    w.add(Lk, "@PY@ INFO sanctions.match: screened 18211 clients, 3 potential matches (all previously cleared), new_hits=0", 40.0)
    w.add(Lk, "@PY@ DEBUG sanctions.match: 3 candidate(s) suppressed by prior clearance ids=[KC-2231, KC-4102, KC-5518]", 0.1)
    w.add(Lk, "@PY@ INFO sanctions.sync: run complete errors=0 retries=1 duration=@SINCE0@", 0.2)
    w.add(Ls, "kyc-sanctions-sync.service: Deactivated successfully.", 0.3)
    w.add(Ls, "Finished kyc-sanctions-sync.service - KYC sanctions list sync.", 0.001)
    w.add(Ls, "kyc-sanctions-sync.service: Consumed 41.221s CPU time.", 0.001)
    w.add(Ln, "@PY@ INFO notifier: daily digest sent to compliance@artkammer.example pending_reviews=0", 30.0)
    return record(w, "INFO", "none", "kyc-sanctions-sync",
                  "Did the morning sanctions screening run properly?",
                  None,
                  "No incident: one 503 from the EU list source was retried successfully and screening finished with errors=0 and no new hits.",
                  "Sanctions lists were refreshed and all 18211 clients screened with no new hits; the compliance digest was sent.",
                  "Nothing to do.")


def art_catalogue_rollout_healthy(r):
    n1, n2 = eks_node(r), eks_node(r)
    new = pods(r, "catalogue-api")[0]
    old = pods(r, "catalogue-api")[0]
    new_rs, old_rs = new.rsplit("-", 1)[0], old.rsplit("-", 1)[0]
    Ln, Lo = K("catalogue", new, "catalogue-api", n1), K("catalogue", old, "catalogue-api", n2)
    pip = ip(r, "10.40.22")
    w = Window(r, "2026-04-03T11:00:00")
    w.add(EVL("catalogue"), ev_kubectl("Deployment", "catalogue-api", "Normal", "ScalingReplicaSet", "Scaled up replica set %s to 1" % new_rs), 0.1)
    w.add(EVL("catalogue"), ev_kubectl("Pod", new, "Normal", "Pulled", 'Container image "123456789012.dkr.ecr.eu-west-2.amazonaws.com/catalogue-api:3.14.0" already present on machine'), 2.0)
    w.add(EVL("catalogue"), ev_kubectl("Pod", new, "Normal", "Started", "Started container catalogue-api"), 0.5)
    w.add(Ln, "@JAVA@  INFO 1 --- [           main] c.a.catalogue.CatalogueApiApplication    : Starting CatalogueApiApplication v3.14.0 using Java 21.0.2 with PID 1", 1.5)
    w.add(EVL("catalogue"), ev_kubectl("Pod", new, "Warning", "Unhealthy", 'Startup probe failed: Get "http://%s:8080/actuator/health/readiness": dial tcp %s:8080: connect: connection refused' % (pip, pip)), 10.0)
    w.add(Ln, "@JAVA@  INFO 1 --- [           main] com.zaxxer.hikari.HikariDataSource       : HikariPool-1 - Start completed.", 6.0)
    w.add(Ln, "@JAVA@  INFO 1 --- [           main] o.f.core.internal.command.DbValidate     : Successfully validated 41 migrations (execution time 00:00.118s)", 1.0)
    w.add(Ln, '@JAVA@  INFO 1 --- [           main] o.f.core.internal.command.DbMigrate      : Current version of schema "public": 41', 0.1)
    w.add(Ln, '@JAVA@  INFO 1 --- [           main] o.f.core.internal.command.DbMigrate      : Schema "public" is up to date. No migration necessary.', 0.01)
    w.add(EVL("catalogue"), ev_kubectl("Pod", new, "Warning", "Unhealthy", 'Startup probe failed: Get "http://%s:8080/actuator/health/readiness": dial tcp %s:8080: connect: connection refused' % (pip, pip)), 3.0)
    w.add(Ln, "@JAVA@  INFO 1 --- [           main] o.s.b.w.embedded.tomcat.TomcatWebServer  : Tomcat started on port 8080 (http) with context path ''", 12.0)
    w.add(Ln, "@JAVA@  INFO 1 --- [           main] c.a.catalogue.CatalogueApiApplication    : Started CatalogueApiApplication in 30.412 seconds (process running for 31.337)", 0.1)
    w.add(EVL("catalogue"), ev_kubectl("Deployment", "catalogue-api", "Normal", "ScalingReplicaSet", "Scaled down replica set %s to 2 from 3" % old_rs), 6.0)
    w.add(Lo, "@JAVA@  INFO 1 --- [ionShutdownHook] o.s.b.w.e.tomcat.GracefulShutdown        : Commencing graceful shutdown. Waiting for active requests to complete", 0.5)
    w.add(Lo, "@JAVA@  INFO 1 --- [tomcat-shutdown] o.s.b.w.e.tomcat.GracefulShutdown        : Graceful shutdown complete", 1.1)
    w.add(Lo, "@JAVA@  INFO 1 --- [ionShutdownHook] com.zaxxer.hikari.HikariDataSource       : HikariPool-1 - Shutdown completed.", 0.1)
    w.add(Ln, "@JAVA@  INFO 1 --- [nio-8080-exec-1] c.a.catalogue.web.LotController          : GET /v2/auctions/spring-modern/lots page=1 size=48 -> 200 (%d ms)" % r.randint(20, 90), 2.0)
    return record(w, "INFO", "none", "catalogue-api",
                  "Startup probe failures on catalogue-api during the release, should I roll back?",
                  sel(namespace="catalogue", app="catalogue-api"),
                  "No incident: the startup probe is refused while Spring Boot is still starting (~30s), which is what a startup probe is for; the pod became ready and the old replica shut down gracefully.",
                  "The catalogue-api 3.14.0 rollout is progressing normally; the new pod started, schema was already current and it is serving requests.",
                  "Nothing to do.")


def art_bid_engine_oom(r):
    n_eng, n_gw1, n_gw2 = eks_node(r), eks_node(r), eks_node(r)
    gws = pods(r, "bid-gateway", 2)
    L0, L1 = K("bidding", gws[0], "bid-gateway", n_gw1), K("bidding", gws[1], "bid-gateway", n_gw2)
    Lv = K("bidding", gws[0], "envoy", n_gw1)
    Le = K("bidding", "bid-engine-0", "bid-engine", n_eng)
    Lc = K("bidding", pods(r, "auctioneer-console")[0], "auctioneer-console", n_gw2)
    lot = "L-2026-0404-011"
    w = Window(r, "2026-04-04T18:31:00")
    def fail(L):
        return J({"level": "error", "ts": "@ISO@", "msg": "bid submit failed", "lot": lot, "status": 503,
                  "body": "upstream connect error or disconnect/reset before headers. reset reason: connection termination", "paddle": r.randint(100, 999)})
    def env503():
        return '[@ISO@] "POST /v1/bids HTTP/2" 503 UC upstream_reset_before_response_started{connection_termination} - "-" 88 95 %d - "-" "bid-gateway/2.7.1" "%s" "bid-engine.bidding.svc:8080" "%s:8080" outbound|8080||bid-engine.bidding.svc.cluster.local - - -' % (r.randint(1, 40), uid(r), ip(r, "10.40.41"))
    w.add(Le, "@LOGBACK@ INFO  [bid-loop] c.a.bidding.BidService - bid accepted lot=%s amount=GBP 1850000 paddle=%d" % (lot, r.randint(100, 999)), 0.1)
    w.add(NJ(n_eng, "kernel"), "Memory cgroup out of memory: Killed process %d (java) total-vm:%dkB, anon-rss:%dkB, file-rss:%dkB, shmem-rss:0kB, UID:1001 pgtables:%dkB oom_score_adj:-997"
          % (r.randint(3000, 9000), r.randint(7000000, 7400000), r.randint(2090000, 2097000), r.randint(20000, 30000), r.randint(4500, 5000)), 1.2, ev=True)
    for i in range(3):
        w.add(L0 if i % 2 == 0 else L1, fail(None), 0.3)
        w.add(Lv, env503(), 0.01)
    w.add(Lc, J({"level": "warn", "ts": "@ISO@", "msg": "live feed paused", "lot": lot, "reason": "bid engine unavailable", "clerk_notified": True}), 1.0)
    w.add(EVL("bidding"), ev_kubectl("Pod", "bid-engine-0", "Normal", "Pulled", 'Container image "123456789012.dkr.ecr.eu-west-2.amazonaws.com/bid-engine:5.2.3" already present on machine'), 2.0)
    w.add(Le, "@LOGBACK@ INFO  [main] c.a.bidding.Recovery - replaying order book for 3 open lots from journal offset %d" % r.randint(80000000, 90000000), 4.0)
    for i in range(3):
        w.add(L1 if i % 2 == 0 else L0, fail(None), 2.0)
    w.add(Le, "@LOGBACK@ INFO  [main] c.a.bidding.Recovery - order book restored lots=3 bids=%d heap_used=1.9g" % r.randint(40000, 60000), 9.0)
    w.add(NJ(n_eng, "kernel"), "Memory cgroup out of memory: Killed process %d (java) total-vm:%dkB, anon-rss:%dkB, file-rss:%dkB, shmem-rss:0kB, UID:1001 pgtables:%dkB oom_score_adj:-997"
          % (r.randint(3000, 9000), r.randint(7000000, 7400000), r.randint(2090000, 2097000), r.randint(20000, 30000), r.randint(4500, 5000)), 3.0)
    w.add(EVL("bidding"), ev_kubectl("Pod", "bid-engine-0", "Warning", "BackOff", "Back-off restarting failed container bid-engine in pod bid-engine-0_bidding(%s)" % uid(r)), 1.0, ev=True)
    for i in range(2):
        w.add(Lv, env503(), 0.5)
    w.add(L0, fail(None), 0.2)
    w.add(Lc, J({"level": "error", "ts": "@ISO@", "msg": "lot suspended", "lot": lot, "reason": "bidding unavailable > 30s"}), 15.0)
    return record(w, "CRITICAL", "oom_killed", "bid-engine",
                  "Live bidding stopped in the middle of the evening sale, why are bids failing with 503?",
                  sel(namespace="bidding"),
                  "bid-engine-0 (single order-book owner) is OOM-killed at its ~2Gi memory limit; after restart it replays the journal back to ~1.9g of heap and is killed again, so it crash-loops.",
                  "The bid engine is in an OOM crash loop during a live sale; every bid fails with 503 at the gateway and the auctioneer had to suspend the lot.",
                  "Raise the bid-engine memory limit (and keep -Xmx well below it) and restart it now; then look at order-book journal replay memory use.",
                  quiet=True)


def art_catalogue_migration(r):
    n1, n2 = eks_node(r), eks_node(r)
    new = pods(r, "catalogue-api")[0]
    pubs = pods(r, "catalogue-publisher")[0]
    Ln, Lp = K("catalogue", new, "catalogue-api", n1), K("catalogue", pubs, "catalogue-publisher", n2)
    Ld = K("catalogue", "catalogue-db-0", "postgres", n2)
    ref = "PR-1998-%04d" % r.randint(1, 9999)
    w = Window(r, "2026-04-05T09:12:00")
    pid = r.randint(20000, 29999)
    w.add(Ln, "@JAVA@  INFO 1 --- [           main] c.a.catalogue.CatalogueApiApplication    : Starting CatalogueApiApplication v3.15.0 using Java 21.0.2 with PID 1", 0.1)
    w.add(Ln, '@JAVA@  INFO 1 --- [           main] o.f.core.internal.command.DbMigrate      : Migrating schema "public" to version "42 - add provenance ref"', 8.0)
    w.add(Ld, '@PG@ [%d] ERROR:  could not create unique index "lots_provenance_ref_uq"' % pid, 2.0, ev=True)
    w.add(Ld, "@PG@ [%d] DETAIL:  Key (provenance_ref)=(%s) is duplicated." % (pid, ref), 0.001, ev=True)
    w.add(Ld, "@PG@ [%d] STATEMENT:  CREATE UNIQUE INDEX lots_provenance_ref_uq ON lots (provenance_ref)" % pid, 0.001)
    w.add(Ln, "@JAVA@ ERROR 1 --- [           main] o.s.boot.SpringApplication               : Application run failed", 0.05)
    w.add(Ln, "org.flywaydb.core.internal.command.DbMigrate$FlywayMigrateException: Migration V42__add_provenance_ref.sql failed", 0.001, ev=True)
    w.add(Ln, "SQL State  : 23505", 0.001)
    w.add(Ln, "Error Code : 0", 0.001)
    w.add(Ln, 'Message    : ERROR: could not create unique index "lots_provenance_ref_uq"', 0.001)
    w.add(EVL("catalogue"), ev_kubectl("Pod", new, "Warning", "BackOff", "Back-off restarting failed container catalogue-api in pod %s_catalogue(%s)" % (new, uid(r))), 20.0)
    w.add(EVL("catalogue"), ev_kubectl("Deployment", "catalogue-api", "Warning", "ProgressDeadlineExceeded", 'ReplicaSet "%s" has timed out progressing.' % new.rsplit("-", 1)[0]), 30.0)
    for i in range(3):
        w.add(Lp, "@PY@ ERROR publisher.sync: publish lot L-2026-0418-%03d failed: psycopg.errors.UndefinedColumn: column \"provenance_ref\" of relation \"lots\" does not exist" % r.randint(1, 120), 6.0)
    w.add(Lp, "@PY@ WARNING publisher.sync: 27 lots queued for the 18 April sale are unpublished", 2.0)
    w.add(Ld, '@PG@ [%d] ERROR:  column "provenance_ref" of relation "lots" does not exist at character 48' % r.randint(20000, 29999), 3.0)
    return record(w, "ERROR", "database", "catalogue-db",
                  "The catalogue-api release is stuck and lots aren't being published, what's wrong?",
                  sel(namespace="catalogue"),
                  "Flyway migration V42 fails on catalogue-db: the unique index on lots.provenance_ref cannot be built because existing rows hold duplicate provenance references, so the migration rolls back and the new schema never exists.",
                  "The 3.15.0 rollout is stalled (new pod crash-loops on the failed migration, old pods still serve reads) and catalogue-publisher cannot publish lots because the provenance_ref column is missing.",
                  "De-duplicate the provenance_ref data in catalogue-db (or change V42 to a non-unique index), then re-run the migration; hold the publisher release until the column exists.")


def art_kyc_vendor_resets(r):
    n1 = eks_node(r)
    kyc = pods(r, "kyc-service", 2)
    L0, L1 = K("kyc", kyc[0], "kyc-service", n1), K("kyc", kyc[1], "kyc-service", eks_node(r))
    w = Window(r, "2026-04-06T14:40:00")
    vip = "198.51.100.%d" % r.randint(2, 250)
    w.add(L0, "@LOGBACK@ INFO  [kyc-worker-2] c.a.kyc.vendor.VerityClient - check C-%d submitted status=202" % r.randint(100000, 999999), 0.1)
    w.add(L0, "@LOGBACK@ WARN  [kyc-worker-3] c.a.kyc.vendor.VerityClient - POST https://api.verityid.example/v2/checks failed (attempt 1/4): javax.net.ssl.SSLException: Connection reset", 3.0, ev=True)
    w.add(L1, "@LOGBACK@ WARN  [kyc-worker-1] c.a.kyc.vendor.VerityClient - POST https://api.verityid.example/v2/checks failed (attempt 1/4): org.apache.hc.client5.http.HttpHostConnectException: Connect to https://api.verityid.example:443 [api.verityid.example/%s] failed: Connection refused" % vip, 2.0, ev=True)
    w.add(L0, "@LOGBACK@ WARN  [kyc-worker-3] c.a.kyc.vendor.VerityClient - POST https://api.verityid.example/v2/checks failed (attempt 2/4): java.net.SocketException: Connection reset", 2.0)
    w.add(L1, "@LOGBACK@ WARN  [kyc-worker-4] c.a.kyc.vendor.VerityClient - GET https://api.verityid.example/v2/checks/C-%d failed (attempt 1/4): org.apache.hc.client5.http.HttpHostConnectException: Connect to https://api.verityid.example:443 [api.verityid.example/%s] failed: Connection refused" % (r.randint(100000, 999999), vip), 1.5)
    w.add(L0, "@LOGBACK@ INFO  [kyc-worker-3] i.g.r.c.i.CircuitBreakerStateMachine - CircuitBreaker 'verityid' changed state from CLOSED to OPEN", 0.5, ev=True)
    w.add(L0, "@LOGBACK@ WARN  [nio-8080-exec-6] c.a.kyc.web.OnboardingController - identity check deferred for client CL-%d: vendor circuit open, user shown 'verification in progress'" % r.randint(10000, 99999), 5.0)
    w.add(L1, "@LOGBACK@ WARN  [nio-8080-exec-2] c.a.kyc.web.OnboardingController - identity check deferred for client CL-%d: vendor circuit open, user shown 'verification in progress'" % r.randint(10000, 99999), 20.0)
    w.add(L0, "@LOGBACK@ INFO  [kyc-worker-3] i.g.r.c.i.CircuitBreakerStateMachine - CircuitBreaker 'verityid' changed state from OPEN to HALF_OPEN", 35.0)
    w.add(L0, "@LOGBACK@ WARN  [kyc-worker-1] c.a.kyc.vendor.VerityClient - POST https://api.verityid.example/v2/checks failed (attempt 3/4): java.net.SocketException: Connection reset", 0.5)
    w.add(L0, "@LOGBACK@ INFO  [kyc-worker-3] i.g.r.c.i.CircuitBreakerStateMachine - CircuitBreaker 'verityid' changed state from HALF_OPEN to OPEN", 0.01)
    w.add(L0, "@LOGBACK@ INFO  [kyc-worker-3] i.g.r.c.i.CircuitBreakerStateMachine - CircuitBreaker 'verityid' changed state from OPEN to HALF_OPEN", 60.0)
    w.add(L0, "@LOGBACK@ INFO  [kyc-worker-2] c.a.kyc.vendor.VerityClient - check C-%d submitted status=202 after 3 attempts" % r.randint(100000, 999999), 0.5)
    w.add(L0, "@LOGBACK@ INFO  [kyc-worker-3] i.g.r.c.i.CircuitBreakerStateMachine - CircuitBreaker 'verityid' changed state from HALF_OPEN to CLOSED", 2.0)
    w.add(L1, "@LOGBACK@ INFO  [kyc-deferred] c.a.kyc.DeferredChecks - resubmitted 14 deferred identity checks, 14 accepted", 10.0)
    return record(w, "WARN", "connection_refused", "verityid",
                  "KYC onboarding showed 'verification in progress' for a few minutes, was anything lost?",
                  sel(namespace="kyc", app="kyc-service"),
                  "The external identity-verification vendor VerityID refused and reset connections to api.verityid.example:443 for about two minutes; kyc-service opened its circuit breaker and deferred checks.",
                  "About two minutes of VerityID connection failures; 14 onboarding checks were deferred and all were resubmitted and accepted once the circuit closed.",
                  "Optional: check VerityID's status page / incident report; nothing to fix on our side.")


def art_escrow_api_key(r):
    n1, n2 = eks_node(r), eks_node(r)
    esc = pods(r, "escrow-service", 2)
    es = pods(r, "external-secrets")[0]
    co = pods(r, "checkout-web")[0]
    L0, L1 = K("payments", esc[0], "escrow-service", n1), K("payments", esc[1], "escrow-service", n2)
    Les = K("external-secrets", es, "external-secrets", n2)
    Lc = K("payments", co, "checkout-web", n1)
    w = Window(r, "2026-04-07T16:02:00")
    w.add(Les, J({"level": "info", "ts": "@UNIX@", "logger": "provider.aws.secretsmanager", "msg": "reconciled secret", "ExternalSecret": {"name": "settlr-api-key", "namespace": "payments"}, "key": "prod/payments/settlr", "version": "AWSCURRENT"}), 0.1, ev=True)
    w.add(L0, "@PY@ INFO escrow.config: settlr credentials reloaded from /var/run/secrets/settlr/api_key (fingerprint sk_live_****Q9x2)", 30.0)
    body = '{"error":{"type":"authentication_error","code":"api_key_invalid","message":"Invalid API key provided: sk_live_****Q9x2"}}'
    for i in range(3):
        w.add(L0 if i % 2 == 0 else L1, "@PY@ ERROR escrow.settlement: capture failed invoice=INV-%d provider=settlr status=401 body=%s" % (r.randint(200000, 299999), body), 6.0 if i == 0 else 2.0, ev=(i == 0))
    w.add(Lc, J({"level": "error", "ts": "@ISO@", "msg": "buyer payment failed", "invoice": "INV-%d" % r.randint(200000, 299999), "status": 502, "upstream": "escrow-service"}), 0.5)
    w.add(L1, "@PY@ ERROR escrow.payout: consignor payout batch PB-%d rejected by settlr: 401 Unauthorized (api_key_invalid)" % r.randint(1000, 9999), 5.0)
    for i in range(2):
        w.add(L1 if i % 2 == 0 else L0, "@PY@ ERROR escrow.settlement: capture failed invoice=INV-%d provider=settlr status=401 body=%s" % (r.randint(200000, 299999), body), 4.0)
    w.add(Lc, J({"level": "error", "ts": "@ISO@", "msg": "buyer payment failed", "invoice": "INV-%d" % r.randint(200000, 299999), "status": 502, "upstream": "escrow-service"}), 1.0)
    w.add(L1, "@PY@ WARNING escrow.payout: retrying payout batch PB-%d in 300s (attempt 2/5)" % r.randint(1000, 9999), 2.0)
    w.add(L0, "@PY@ ERROR escrow.settlement: refund failed refund=RF-%d provider=settlr status=401 body=%s" % (r.randint(10000, 99999), body), 3.0)
    w.add(Lc, J({"level": "error", "ts": "@ISO@", "msg": "buyer payment failed", "invoice": "INV-%d" % r.randint(200000, 299999), "status": 502, "upstream": "escrow-service"}), 2.0)
    w.add(L0, "@PY@ WARNING escrow.queue: 23 captures pending retry, oldest 00:00:41", 20.0)
    w.add(L0, "@PY@ INFO escrow.health: settlr connectivity ok (TLS, 38ms), authentication failing", 5.0)
    return record(w, "ERROR", "auth_failure", "escrow-service",
                  "Buyer payments and consignor payouts are failing since 16:00, what changed?",
                  sel(namespace="payments", app="escrow-service"),
                  "external-secrets synced a new Settlr API key into payments/settlr-api-key and escrow-service reloaded it; Settlr rejects that key (401 api_key_invalid) for every capture and payout.",
                  "Since the 16:02 secret sync, all Settlr calls from escrow-service fail authentication: buyer captures return 502 and a payout batch was rejected; 23 captures wait for retry.",
                  "Put a valid Settlr live key into prod/payments/settlr (or roll the secret back to the previous version), let escrow-service reload it and replay the pending captures and payout batch.")


def art_image_ingest_erofs(r):
    node = eks_node(r)
    ing = pods(r, "image-ingest")[0]
    L = K("media", ing, "image-ingest", node)
    Lp = K("media", pods(r, "consignment-portal")[0], "consignment-portal", eks_node(r))
    Lk = NJ(node, "kernel")
    dev = "nvme%dn1" % r.randint(1, 4)
    w = Window(r, "2026-04-08T11:17:00")
    lot = "L-2026-0425-%03d" % r.randint(1, 90)
    w.add(L, 'time=@ISO@ level=INFO msg="stored original" lot=%s file=IMG_%04d.tif bytes=%d' % (lot, r.randint(1000, 9999), r.randint(80000000, 200000000)), 0.1)
    w.add(Lk, "blk_update_request: I/O error, dev %s, sector %d op 0x1:(WRITE) flags 0x800 phys_seg 32 prio class 0" % (dev, r.randint(80000000, 90000000)), 2.0, ev=True)
    w.add(Lk, "EXT4-fs error (device %s): ext4_journal_check_start:83: comm image-ingest: Detected aborted journal" % dev, 0.01)
    w.add(Lk, "EXT4-fs (%s): Remounting filesystem read-only" % dev, 0.01, ev=True)
    for i in range(4):
        f = "IMG_%04d.tif" % r.randint(1000, 9999)
        w.add(L, 'time=@ISO@ level=ERROR msg="store original failed" lot=%s file=%s err="open /data/originals/%s/%s: read-only file system"' % (lot, f, lot, f), 3.0 if i == 0 else 1.0)
        if i % 2 == 0:
            w.add(Lp, J({"level": "error", "ts": "@ISO@", "msg": "upload failed", "lot": lot, "file": f, "status": 500, "photographer": "studio-b"}), 0.05)
    w.add(L, 'time=@ISO@ level=ERROR msg="derivative cache write failed" err="mkdir /data/cache/%s: read-only file system"' % lot, 2.0)
    w.add(L, 'time=@ISO@ level=WARN msg="upload session aborted, client asked to retry" session=%s parts_received=37/64' % hexid(r, 12), 1.0)
    for i in range(3):
        f = "IMG_%04d.tif" % r.randint(1000, 9999)
        w.add(L, 'time=@ISO@ level=ERROR msg="store original failed" lot=%s file=%s err="open /data/originals/%s/%s: read-only file system"' % (lot, f, lot, f), 8.0)
    w.add(Lp, J({"level": "error", "ts": "@ISO@", "msg": "upload failed", "lot": lot, "file": "IMG_%04d.tif" % r.randint(1000, 9999), "status": 500, "photographer": "studio-b", "retries": 3}), 0.5)
    w.add(Lp, J({"level": "warn", "ts": "@ISO@", "msg": "studio session has unsynced local files", "studio": "studio-b", "files": 212}), 30.0)
    return record(w, "CRITICAL", "storage", "image-ingest",
                  "Photographers can't upload lot images, the portal returns 500. What's broken?",
                  sel(namespace="media", app="image-ingest"),
                  "Write I/O errors on the image-ingest data volume (%s) aborted the ext4 journal and the kernel remounted /data read-only, so every original image write fails." % dev,
                  "image-ingest can no longer store originals (read-only file system after disk I/O errors); all studio uploads fail and 212 photos exist only on the studio machine.",
                  "Stop writes to the volume now, fsck or replace the EBS volume behind image-ingest's PVC (restore from snapshot if needed), remount read-write and have the studio re-upload; keep the studio's local copies.",
                  quiet=True)


def art_parcelhawk_slow(r):
    host = "wh-ship-01"
    w = Window(r, "2026-04-09T15:30:00")
    Lg = H(host, "shipping-labels.service")
    Ln = {"host": host, "job": "nginx", "filename": "/var/log/nginx/error.log"}
    La = {"host": host, "job": "nginx", "filename": "/var/log/nginx/access.log"}
    mpid = r.randint(1000, 1500)
    wp = [r.randint(18000, 19000) for _ in range(3)]
    def to(sh):
        return "[@GUNI@] [%d] [WARNING] shipping.carriers.parcelhawk: POST https://api.parcelhawk.example/v1/labels shipment=%s timed out: HTTPSConnectionPool(host='api.parcelhawk.example', port=443): Read timed out. (read timeout=15)" % (r.choice(wp[:2]), sh)
    w.add(Lg, "[@GUNI@] [%d] [INFO] shipping.carriers.parcelhawk: label created shipment=SH-%d in %.1fs" % (wp[0], r.randint(40000, 49999), r.uniform(0.8, 1.6)), 0.1)
    w.add(Lg, to("SH-%d" % r.randint(40000, 49999)), 20.0, ev=True)
    w.add(Lg, "[@GUNI@] [%d] [INFO] shipping.rates: quote served from cache (age 41m) carrier=parcelhawk dest=US-NY" % wp[1], 2.0)
    w.add(Lg, to("SH-%d" % r.randint(40000, 49999)), 14.0)
    w.add(Lg, "[@GUNI@] [%d] [CRITICAL] WORKER TIMEOUT (pid:%d)" % (mpid, wp[2]), 6.0)
    w.add(Lg, "[@GUNI@] [%d] [INFO] Worker exiting (pid: %d)" % (wp[2], wp[2]), 0.01)
    w.add(Ln, '@NGXERR@ [error] 822#822: *%d upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.44.1.%d, server: ship.wh.internal, request: "POST /labels HTTP/1.1", upstream: "http://unix:/run/shipping-labels.sock:/labels", host: "ship.wh.internal"' % (r.randint(10000, 99999), r.randint(2, 250)), 0.05, ev=True)
    w.add(La, '10.44.1.%d - - [@NGX@] "POST /labels HTTP/1.1" 504 167 "-" "WarehouseUI/3.2"' % r.randint(2, 250), 0.01)
    w.add(Lg, "[@GUNI@] [%d] [INFO] Booting worker with pid: %d" % (mpid, r.randint(19000, 19500)), 0.5)
    w.add(Lg, to("SH-%d" % r.randint(40000, 49999)), 16.0)
    w.add(Lg, "[@GUNI@] [%d] [INFO] shipping.rates: quote served from cache (age 43m) carrier=parcelhawk dest=DE-BE" % wp[0], 3.0)
    w.add(Lg, "[@GUNI@] [%d] [INFO] shipping.carriers.parcelhawk: label created shipment=SH-%d in 9.8s" % (wp[1], r.randint(40000, 49999)), 60.0)
    for _ in range(2):
        w.add(Lg, "[@GUNI@] [%d] [INFO] shipping.carriers.parcelhawk: label created shipment=SH-%d in %.1fs" % (r.choice(wp[:2]), r.randint(40000, 49999), r.uniform(0.8, 1.9)), 20.0)
    w.add(Lg, "[@GUNI@] [%d] [INFO] shipping.retry: 4 delayed labels re-queued and printed" % wp[0], 10.0)
    return record(w, "WARN", "timeout", "parcelhawk",
                  "The warehouse label printer hung for a few minutes, is shipping OK now?",
                  None,
                  "The ParcelHawk carrier API answered label requests slower than the 15s read timeout for a few minutes; one gunicorn worker hit its worker timeout and nginx returned 504 to the warehouse UI.",
                  "Label creation with ParcelHawk timed out for about two minutes; rate quotes fell back to cache, four labels were delayed and printed after the carrier recovered.",
                  "Optional: nothing to fix locally; watch ParcelHawk latency and consider making label creation asynchronous so the UI doesn't block.")


def art_coredns_loop(r):
    nodes = [eks_node(r) for _ in range(4)]
    cds = pods(r, "coredns", 2)
    Lc = K("kube-system", cds[0], "coredns", nodes[0])
    gw = pods(r, "bid-gateway")[0]
    esc = pods(r, "escrow-service")[0]
    cat = pods(r, "catalogue-api")[0]
    bid = "bid-engine-0"
    Lg, Le, Lca, Lb = K("bidding", gw, "bid-gateway", nodes[1]), K("payments", esc, "escrow-service", nodes[2]), K("catalogue", cat, "catalogue-api", nodes[3]), K("bidding", bid, "bid-engine", nodes[1])
    dns = "172.20.0.10"
    w = Window(r, "2026-04-10T18:55:00")
    w.add(Lc, "[INFO] plugin/reload: Running configuration SHA512 = %s" % hexid(r, 128), 0.1)
    w.add(Lc, "CoreDNS-1.11.1", 0.01)
    w.add(Lc, "linux/amd64, go1.21.5, ", 0.001)
    w.add(Lc, '[FATAL] plugin/loop: Loop (127.0.0.1:%d -> :53) detected for zone ".", see https://coredns.io/plugins/loop#troubleshooting. Query: "HINFO %d.%d."' % (r.randint(30000, 60000), r.randint(10**18, 10**19 - 1), r.randint(10**18, 10**19 - 1)), 2.0, ev=True)
    w.add(EVL("kube-system"), ev_kubectl("Pod", cds[1], "Warning", "BackOff", "Back-off restarting failed container coredns in pod %s_kube-system(%s)" % (cds[1], uid(r))), 3.0, ev=True)
    for i in range(2):
        w.add(Lg, J({"level": "error", "ts": "@ISO@", "msg": "bid submit failed", "err": "getaddrinfo EAI_AGAIN bid-engine.bidding.svc.cluster.local", "lot": "L-2026-0410-%03d" % r.randint(1, 60)}), 1.5)
    w.add(Le, "@PY@ ERROR escrow.settlement: capture failed invoice=INV-%d: HTTPSConnectionPool(host='settlr-proxy.payments.svc.cluster.local', port=443): Max retries exceeded with url: /v1/captures (Caused by NameResolutionError(\"<urllib3.connection.HTTPSConnection object at 0x7f%s>: Failed to resolve 'settlr-proxy.payments.svc.cluster.local' ([Errno -3] Temporary failure in name resolution)\"))" % (r.randint(200000, 299999), hexid(r, 9)), 1.0)
    w.add(Lca, "@JAVA@ ERROR 1 --- [nio-8080-exec-3] com.zaxxer.hikari.pool.HikariPool        : HikariPool-1 - Exception during pool initialization.", 1.0)
    w.add(Lca, "java.net.UnknownHostException: catalogue-db.catalogue.svc.cluster.local", 0.001)
    w.add(Lb, "@LOGBACK@ WARN  [journal-writer] c.a.bidding.Journal - redis replica unreachable: dial tcp: lookup redis-bids.bidding.svc.cluster.local on %s:53: read udp %s:%d->%s:53: i/o timeout" % (dns, ip(r, "10.40.41"), r.randint(30000, 60000), dns), 1.0)
    for i in range(3):
        w.add(Lg, J({"level": "error", "ts": "@ISO@", "msg": "bid submit failed", "err": "getaddrinfo EAI_AGAIN bid-engine.bidding.svc.cluster.local", "lot": "L-2026-0410-%03d" % r.randint(1, 60)}), 2.0)
    w.add(EVL("kube-system"), ev_kubectl("Deployment", "coredns", "Warning", "ReplicasUnavailable", "Deployment does not have minimum availability. 0/2 replicas available"), 2.0)
    w.add(Le, "@PY@ ERROR escrow.settlement: capture failed invoice=INV-%d: Failed to resolve 'settlr-proxy.payments.svc.cluster.local' ([Errno -3] Temporary failure in name resolution)" % r.randint(200000, 299999), 4.0)
    w.add(Lca, "@JAVA@ ERROR 1 --- [nio-8080-exec-8] c.a.catalogue.web.ErrorAdvice            : GET /v2/auctions/evening-sale/lots -> 503 (java.net.UnknownHostException: catalogue-db.catalogue.svc.cluster.local)", 3.0)
    w.add(Lg, J({"level": "warn", "ts": "@ISO@", "msg": "ws clients reconnect storm", "reconnects_per_s": r.randint(200, 400)}), 3.0)
    return record(w, "CRITICAL", "dns_resolution", "coredns",
                  "Bidding, payments and the catalogue all started failing at once during the evening sale, what's the common cause?",
                  sel(namespace="kube-system"),
                  "CoreDNS detects a forwarding loop (plugin/loop FATAL: its upstream resolver forwards back to itself) and exits, so both coredns replicas crash-loop and no in-cluster name resolves.",
                  "Cluster DNS is down: every service fails to resolve *.svc.cluster.local names, breaking bidding, payments and the catalogue during a live sale.",
                  "Fix the CoreDNS upstream now: point the forward plugin at the VPC resolver instead of the node's /etc/resolv.conf loopback stub (or fix the node resolv.conf), then restart coredns.",
                  quiet=True)


def art_bid_gateway_emfile(r):
    n1, n2 = eks_node(r), eks_node(r)
    gws = pods(r, "bid-gateway", 3)
    L0, L1 = K("bidding", gws[0], "bid-gateway", n1), K("bidding", gws[1], "bid-gateway", n2)
    Lv = K("bidding", gws[0], "envoy", n1)
    lot = "L-2026-0411-%03d" % r.randint(1, 40)
    w = Window(r, "2026-04-11T19:00:00")
    def g(level, msg, **kw):
        d = {"level": level, "ts": "@ISO@", "msg": msg}
        d.update(kw)
        return J(d)
    w.add(L0, g("info", "lot opened", lot=lot, watchers=r.randint(3500, 4200)), 0.1)
    w.add(L0, g("warn", "fd usage high", open_fds=4071, limit=4096), 4.0, ev=True)
    w.add(L0, g("error", "server error", err="Error: accept EMFILE", code="EMFILE", syscall="accept"), 0.5, ev=True)
    for i in range(2):
        w.add(Lv, '[@ISO@] "GET /ws HTTP/1.1" 503 UC upstream_reset_before_response_started{connection_termination} - "-" 0 95 %d - "%s" "Mozilla/5.0" "%s" "live.artkammer.example" "%s:8080"' % (r.randint(1, 10), ip(r, "81.97"), uid(r), ip(r, "10.40.12")), 0.3)
    w.add(L0, g("error", "server error", err="Error: accept EMFILE", code="EMFILE", syscall="accept"), 0.3)
    w.add(L0, g("error", "failed to read lot snapshot", err="EMFILE: too many open files, open '/app/cache/%s.json'" % lot), 0.2)
    w.add(L1, g("info", "ws connected", sid=hexid(r, 12), lot=lot, resumed=True), 0.4)
    w.add(L1, g("info", "ws connected", sid=hexid(r, 12), lot=lot, resumed=True), 0.02)
    w.add(Lv, '[@ISO@] "GET /ws HTTP/1.1" 503 UC upstream_reset_before_response_started{connection_termination} - "-" 0 95 %d - "%s" "Mozilla/5.0" "%s" "live.artkammer.example" "%s:8080"' % (r.randint(1, 10), ip(r, "81.97"), uid(r), ip(r, "10.40.12")), 0.2)
    w.add(L1, g("info", "connection count", open_ws=r.randint(2600, 3000), shards=1), 5.0)
    w.add(L0, g("warn", "shedding idle sockets", closed=612, reason="fd pressure"), 2.0)
    w.add(L0, g("info", "fd usage normal", open_fds=2210, limit=4096), 20.0)
    w.add(L0, g("info", "broadcast", lot=lot, event="bid", recipients=r.randint(1200, 1500), ms=r.randint(4, 15)), 1.0)
    w.add(L1, g("info", "broadcast", lot=lot, event="bid", recipients=r.randint(2000, 2500), ms=r.randint(4, 15)), 0.01)
    return record(w, "WARN", "resource_exhausted", "bid-gateway",
                  "At lot opening some bidders got disconnected and saw 503 on the live page, are we OK?",
                  sel(namespace="bidding", app="bid-gateway"),
                  "One bid-gateway pod hit its 4096 open-file limit during the lot-opening surge (accept EMFILE), so new websocket upgrades to it failed until it shed idle sockets.",
                  "For about half a minute one of three bid-gateway pods could not accept connections; affected bidders reconnected to other replicas and fd usage returned to normal.",
                  "Optional: raise the container's nofile limit and/or add replicas before high-profile lots.")


def art_shipping_quotes_secret_key(r):
    n1, n2 = eks_node(r), eks_node(r)
    sq = pods(r, "shipping-quotes")[0]
    ss = pods(r, "sealed-secrets-controller")[0]
    co = pods(r, "checkout-web")[0]
    Lss = K("kube-system", ss, "sealed-secrets-controller", n2)
    Lc = K("payments", co, "checkout-web", n1)
    Lk = NJ(n1, "kubelet.service")
    w = Window(r, "2026-04-12T08:45:00")
    w.add(Lss, "@NGXERR@ Updating shipping/carrier-creds", 0.1, ev=True)
    w.add(Lss, "@NGXERR@ Event(v1.ObjectReference{Kind:\"SealedSecret\", Namespace:\"shipping\", Name:\"carrier-creds\", UID:\"%s\", APIVersion:\"bitnami.com/v1alpha1\", ResourceVersion:\"%d\", FieldPath:\"\"}): type: 'Normal' reason: 'Unsealed' SealedSecret unsealed successfully" % (uid(r), r.randint(10000000, 99999999)), 0.1)
    w.add(EVL("shipping"), ev_kubectl("Deployment", "shipping-quotes", "Normal", "ScalingReplicaSet", "Scaled down replica set shipping-quotes-%s to 0 from 2" % rs_hash(r)), 20.0)
    w.add(EVL("shipping"), ev_kubectl("Deployment", "shipping-quotes", "Normal", "ScalingReplicaSet", "Scaled up replica set %s to 2" % sq.rsplit("-", 1)[0]), 20.0)
    w.add(EVL("shipping"), ev_kubectl("Pod", sq, "Normal", "Pulled", 'Container image "123456789012.dkr.ecr.eu-west-2.amazonaws.com/shipping-quotes:1.9.0" already present on machine'), 1.0)
    w.add(EVL("shipping"), ev_kubectl("Pod", sq, "Warning", "Failed", "Error: couldn't find key PARCELHAWK_API_KEY in Secret shipping/carrier-creds"), 0.1, ev=True)
    w.add(Lk, 'E@KLOG@    2141 kuberuntime_manager.go:1256] container &Container{Name:shipping-quotes,Image:123456789012.dkr.ecr.eu-west-2.amazonaws.com/shipping-quotes:1.9.0,...} start failed in pod %s_shipping(%s): CreateContainerConfigError: couldn\'t find key PARCELHAWK_API_KEY in Secret shipping/carrier-creds' % (sq, uid(r)), 0.01)
    w.add(Lk, 'E@KLOG@    2141 pod_workers.go:1298] "Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"shipping-quotes\\" with CreateContainerConfigError: \\"couldn\'t find key PARCELHAWK_API_KEY in Secret shipping/carrier-creds\\"" pod="shipping/%s"' % sq, 0.01)
    for i in range(3):
        w.add(Lc, J({"level": "error", "ts": "@ISO@", "msg": "shipping quote unavailable", "status": 503, "body": "no healthy upstream", "basket": "B-%d" % r.randint(100000, 999999)}), 6.0)
    w.add(EVL("shipping"), ev_kubectl("Pod", sq, "Warning", "Failed", "Error: couldn't find key PARCELHAWK_API_KEY in Secret shipping/carrier-creds"), 10.0)
    w.add(Lc, J({"level": "warn", "ts": "@ISO@", "msg": "checkout continuing with 'shipping quoted later'", "basket": "B-%d" % r.randint(100000, 999999)}), 3.0)
    w.add(Lc, J({"level": "error", "ts": "@ISO@", "msg": "shipping quote unavailable", "status": 503, "body": "no healthy upstream", "basket": "B-%d" % r.randint(100000, 999999)}), 8.0)
    w.add(Lc, J({"level": "info", "ts": "@ISO@", "msg": "order placed without shipping quote", "order": "AK-%d" % r.randint(100000, 999999), "followup": "ops-shipping"}), 4.0)
    w.add(EVL("shipping"), ev_kubectl("Pod", sq, "Normal", "Pulled", 'Container image "123456789012.dkr.ecr.eu-west-2.amazonaws.com/shipping-quotes:1.9.0" already present on machine'), 10.0)
    w.add(EVL("shipping"), ev_kubectl("Pod", sq, "Warning", "Failed", "Error: couldn't find key PARCELHAWK_API_KEY in Secret shipping/carrier-creds"), 0.05)
    return record(w, "ERROR", "config_error", "shipping-quotes",
                  "Checkout can't get shipping quotes after this morning's deploy, why?",
                  sel(namespace="shipping", app="shipping-quotes"),
                  "The re-sealed shipping/carrier-creds Secret no longer contains the PARCELHAWK_API_KEY key that the shipping-quotes pod spec references, so its containers cannot be created (CreateContainerConfigError).",
                  "shipping-quotes has no running pods after the deploy (CreateContainerConfigError on a missing Secret key); checkout gets 503 'no healthy upstream' and defers shipping quotes.",
                  "Add PARCELHAWK_API_KEY back to the carrier-creds SealedSecret (or update the deployment to the renamed key) and let the pods start.")


# ---------------------------------------------------------------------------
# section 5: assembly
# ---------------------------------------------------------------------------

DOMAINS = [
    ("cafe", [cafe_pos_sync_healthy, cafe_loyalty_expiry_healthy, cafe_roastery_healthy, cafe_webhook_relay_healthy,
              cafe_delivery_rate_limited, cafe_inventory_deadlocks, cafe_mobile_order_oom, cafe_ledger_cert_expired,
              cafe_pos_gateway_liveness, cafe_profile_sync_config, cafe_node_runtime_down, cafe_broker_drained,
              cafe_inventory_sync_image]),
    ("tv", [tv_epg_ingest_healthy, tv_headend_healthy, tv_vod_edge_healthy, tv_billing_run_healthy,
            tv_encoder_mce, tv_epg_publisher_rbac, tv_billing_galera, tv_vod_origin_slow, tv_stbprov_chain,
            tv_lineup_panic, tv_drm_pool_saturated, tv_vod_ingest_multiattach, tv_transcode_gpu_pending,
            tv_metafeed_quota]),
    ("art", [art_ws_healthy, art_images_healthy, art_kyc_batch_healthy, art_catalogue_rollout_healthy,
             art_bid_engine_oom, art_catalogue_migration, art_kyc_vendor_resets, art_escrow_api_key,
             art_image_ingest_erofs, art_parcelhawk_slow, art_coredns_loop, art_bid_gateway_emfile,
             art_shipping_quotes_secret_key]),
]


def build(seed=SEED):
    r = random.Random(seed)
    out = []
    for domain, fns in DOMAINS:
        recs = [fn(r) for fn in fns]
        # id numbers are shuffled so that an id says nothing about the scenario or its severity
        numbers = list(range(1, len(recs) + 1))
        r.shuffle(numbers)
        for n, rec in zip(numbers, recs):
            out.append((domain, n, dict([("id", "dev46-%s-%02d" % (domain, n))] + list(rec.items()))))
    order = {d: i for i, (d, _) in enumerate(DOMAINS)}
    out.sort(key=lambda x: (order[x[0]], x[1]))
    return [rec for _, _, rec in out]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, OUT_NAME)
    records = build()
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=True) + "\n")
    print("wrote %d records (%d log lines) to %s" % (len(records), sum(len(x["logs"]) for x in records), path))


if __name__ == "__main__":
    main()
