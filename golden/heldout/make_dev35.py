#!/usr/bin/env python3
"""Deterministic generator for the dev35 held-out evaluation set.

Standard library only. Writes dev35.jsonl beside this file. The output bytes do
not depend on the environment (hash seed, time zone, locale): every timestamp is
built from explicit UTC datetimes, every name is spelled out, the only
randomness is a random.Random(SEED) used for the record shuffle and for
sub-second jitter, and JSON is written with fixed separators, ASCII escaping
and "\n" line endings.

Themes: ski resort (ski), veterinary hospital group (vet), public radio
broadcaster (radio).
"""
import json
import os
import re
import random
from datetime import datetime, timedelta, timezone

SEED = 203535
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dev35.jsonl")

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

RNG = random.Random(SEED)
RECORDS = []


def _tokens(t):
    """All timestamp renderings used by the log line templates."""
    ms = t.microsecond // 1000
    us = t.microsecond
    # extra sub-millisecond digits, derived deterministically from the time
    sub = (ms * 37 + t.second * 11 + t.minute * 7) % 1000
    ymd = "%04d-%02d-%02d" % (t.year, t.month, t.day)
    hms = "%02d:%02d:%02d" % (t.hour, t.minute, t.second)
    mon = MONTHS[t.month - 1]
    epoch = (t - datetime(1970, 1, 1, tzinfo=timezone.utc))
    epoch_ms = epoch.days * 86400000 + epoch.seconds * 1000 + ms
    return [
        ("@ISO@", "%sT%s.%03dZ" % (ymd, hms, ms)),
        ("@ISOS@", "%sT%sZ" % (ymd, hms)),
        ("@NANO@", "%sT%s.%03d%03d%03dZ" % (ymd, hms, ms, sub, (sub * 13) % 1000)),
        ("@MYSQL@", "%sT%s.%03d%03dZ" % (ymd, hms, ms, sub)),
        ("@KLOG@", "%02d%02d %s.%03d%03d" % (t.month, t.day, hms, ms, sub)),
        ("@PG@", "%s %s.%03d UTC" % (ymd, hms, ms)),
        ("@PY@", "%s %s,%03d" % (ymd, hms, ms)),
        ("@PYS@", "%s %s" % (ymd, hms)),
        ("@NGX@", "%02d/%s/%04d:%s +0000" % (t.day, mon, t.year, hms)),
        ("@NGXE@", "%04d/%02d/%02d %s" % (t.year, t.month, t.day, hms)),
        ("@HAP@", "%02d/%s/%04d:%s.%03d" % (t.day, mon, t.year, hms, ms)),
        ("@REDIS@", "%02d %s %04d %s.%03d" % (t.day, mon, t.year, hms, ms)),
        ("@EPOCHMS@", "%d" % epoch_ms),
        ("@EPOCH@", "%d.%03d%03d" % (epoch_ms // 1000, ms, sub)),
        ("@EPOCHS@", "%d" % (epoch_ms // 1000)),
        ("@ICE@", "%s  %s" % (ymd, hms)),
        ("@ES@", "%sT%s,%03d" % (ymd, hms, ms)),
        ("@MONGO@", "%sT%s.%03d+00:00" % (ymd, hms, ms)),
        ("@GUNI@", "%s %s +0000" % (ymd, hms)),
        ("@HMS@", "%s.%03d" % (hms, ms)),
    ]


def render(t, template):
    line = template
    for tok, val in _tokens(t):
        line = line.replace(tok, val)
    assert not re.search(r"@[A-Z0-9]+@", line), line
    return line


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def sel(namespace=None, pod=None, container=None, node=None, app=None):
    return {"namespace": namespace, "pod": pod, "container": container,
            "node": node, "app": app}


def add(theme, start, question, selector, entries, expected):
    """entries: list of (offset_seconds, labels, template).

    Offsets are seconds after `start` (a naive UTC 'YYYY-MM-DDTHH:MM:SS').
    A seeded jitter of 0-399 ms is added; offsets must be at least 0.4 s apart
    so that the jitter can never reorder lines.
    """
    base = datetime.strptime(start, "%Y-%m-%dT%H:%M:%S").replace(tzinfo=timezone.utc)
    logs = []
    prev = None
    for off, labels, template in entries:
        if prev is not None:
            assert round((off - prev) * 1000) >= 400, (start, off, prev)
        prev = off
        jitter = RNG.randrange(0, 400)
        t = base + timedelta(milliseconds=int(round(off * 1000)) + jitter)
        logs.append({"ts": iso(t), "labels": dict(labels), "line": render(t, template)})
    rec = {
        "id": None,
        "source": "synthetic:dev35-" + theme,
        "question": question,
        "selector": selector,
        "logs": logs,
        "expected": expected,
    }
    RECORDS.append(rec)


def healthy(root_cause, summary):
    return {
        "severity": "INFO",
        "root_cause_category": "none",
        "root_cause": root_cause,
        "summary": summary,
        "action": "No action needed.",
        "evidence": [],
    }


def incident(severity, category, component, root_cause, summary, action, evidence):
    return {
        "severity": severity,
        "root_cause_category": category,
        "component": component,
        "root_cause": root_cause,
        "summary": summary,
        "action": action,
        "evidence": list(evidence),
    }


def _kv(pairs):
    return ",".join("%s:%s" % (json.dumps(k), json.dumps(v, separators=(",", ":")))
                    for k, v in pairs)


def zap(level, logger, caller, msg, *pairs):
    """go.uber.org/zap production JSON encoder (epoch float ts)."""
    head = '{"level":%s,"ts":@EPOCH@,"logger":%s,"caller":%s,"msg":%s' % (
        json.dumps(level), json.dumps(logger), json.dumps(caller), json.dumps(msg))
    return head + ("," + _kv(pairs) if pairs else "") + "}"


def pino(level, host, msg, *pairs):
    """pino default JSON (numeric level, epoch ms time, msg last)."""
    head = '{"level":%d,"time":@EPOCHMS@,"pid":1,"hostname":%s' % (level, json.dumps(host))
    return head + ("," + _kv(pairs) if pairs else "") + ',"msg":%s}' % json.dumps(msg)


def slog(level, msg, *pairs):
    """Go log/slog JSONHandler."""
    head = '{"time":"@ISO@","level":%s,"msg":%s' % (json.dumps(level), json.dumps(msg))
    return head + ("," + _kv(pairs) if pairs else "") + "}"


def ev(kind, name, reason, msg, etype="Normal", src=None, host=None):
    """Kubernetes event as shipped by the cluster event exporter (logfmt)."""
    out = "type=%s reason=%s kind=%s name=%s" % (etype, reason, kind, name)
    if src:
        out += " sourcecomponent=%s" % src
    if host:
        out += " sourcehost=%s" % host
    return out + " msg=%s" % json.dumps(msg)


# ---------------------------------------------------------------------------
# Records are appended below, theme by theme (RECORDS-BEGIN).
# ---------------------------------------------------------------------------

# ===================== SKI RESORT =====================

# --- ski healthy 1: season-pass-api rolling update --------------------------
_ev = {"namespace": "ticketing", "job": "kube-events"}
_new = {"namespace": "ticketing", "pod": "season-pass-api-7c9d6f8b54-hx2kq",
        "container": "season-pass-api", "node": "ski-prod-w3", "app": "season-pass-api"}
_old = {"namespace": "ticketing", "pod": "season-pass-api-6f4b8d9c77-m8wzr",
        "container": "season-pass-api", "node": "ski-prod-w1", "app": "season-pass-api"}
_oth = {"namespace": "ticketing", "pod": "season-pass-api-6f4b8d9c77-tq5vn",
        "container": "season-pass-api", "node": "ski-prod-w2", "app": "season-pass-api"}
_SB = "@ISO@  %s 1 --- [season-pass-api] [%s] %-40s : %s"
add("ski", "2026-01-24T08:15:00",
    "We pushed season-pass-api 2.14.1 this morning and I saw a readiness failure, a SIGTERM and a read timeout go by. Did the rollout break anything?",
    sel(namespace="ticketing", app="season-pass-api"),
    [
        (0.0, _ev, 'type=Normal reason=ScalingReplicaSet kind=Deployment name=season-pass-api sourcecomponent=deployment-controller msg="Scaled up replica set season-pass-api-7c9d6f8b54 to 1"'),
        (0.8, _oth, _SB % ("INFO", "nio-8080-exec-4", "c.s.t.pass.PassLookupController", "pass lookup passId=SP26-0041877 result=VALID cache=HIT latency_ms=4")),
        (1.6, _ev, 'type=Normal reason=Scheduled kind=Pod name=season-pass-api-7c9d6f8b54-hx2kq sourcecomponent=default-scheduler msg="Successfully assigned ticketing/season-pass-api-7c9d6f8b54-hx2kq to ski-prod-w3"'),
        (2.4, _ev, 'type=Normal reason=Pulled kind=Pod name=season-pass-api-7c9d6f8b54-hx2kq sourcecomponent=kubelet sourcehost=ski-prod-w3 msg="Container image \\"registry.summitridge.internal/ticketing/season-pass-api:2.14.1\\" already present on machine"'),
        (3.1, _ev, 'type=Normal reason=Started kind=Pod name=season-pass-api-7c9d6f8b54-hx2kq sourcecomponent=kubelet sourcehost=ski-prod-w3 msg="Started container season-pass-api"'),
        (4.6, _new, _SB % ("INFO", "           main", "c.s.t.SeasonPassApiApplication", "Starting SeasonPassApiApplication v2.14.1 using Java 21.0.2 with PID 1 (/app/app.jar started by app in /app)")),
        (7.9, _new, _SB % ("WARN", "           main", "JpaBaseConfiguration$JpaWebConfiguration", "spring.jpa.open-in-view is enabled by default. Therefore, database queries may be performed during view rendering. Explicitly configure spring.jpa.open-in-view to disable this warning")),
        (9.3, _new, _SB % ("INFO", "           main", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Starting...")),
        (9.9, _new, _SB % ("INFO", "           main", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Added connection org.postgresql.jdbc.PgConnection@5b1f29fa")),
        (10.5, _new, _SB % ("INFO", "           main", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Start completed.")),
        (11.2, _ev, 'type=Warning reason=Unhealthy kind=Pod name=season-pass-api-7c9d6f8b54-hx2kq sourcecomponent=kubelet sourcehost=ski-prod-w3 msg="Readiness probe failed: Get \\"http://10.42.3.57:8080/actuator/health/readiness\\": dial tcp 10.42.3.57:8080: connect: connection refused"'),
        (14.7, _new, _SB % ("INFO", "           main", "o.s.b.w.embedded.tomcat.TomcatWebServer", "Tomcat started on port 8080 (http) with context path ''")),
        (15.2, _new, _SB % ("INFO", "           main", "c.s.t.SeasonPassApiApplication", "Started SeasonPassApiApplication in 10.214 seconds (process running for 11.032)")),
        (18.0, _ev, 'type=Normal reason=ScalingReplicaSet kind=Deployment name=season-pass-api sourcecomponent=deployment-controller msg="Scaled down replica set season-pass-api-6f4b8d9c77 to 2 from 3"'),
        (18.6, _ev, 'type=Normal reason=Killing kind=Pod name=season-pass-api-6f4b8d9c77-m8wzr sourcecomponent=kubelet sourcehost=ski-prod-w1 msg="Stopping container season-pass-api"'),
        (19.1, _old, _SB % ("INFO", "ionShutdownHook", "o.s.b.w.e.tomcat.GracefulShutdown", "Commencing graceful shutdown. Waiting for active requests to complete")),
        (20.3, _old, _SB % ("INFO", "tomcat-shutdown", "o.s.b.w.e.tomcat.GracefulShutdown", "Graceful shutdown complete")),
        (20.9, _old, _SB % ("INFO", "ionShutdownHook", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Shutdown initiated...")),
        (21.5, _old, _SB % ("INFO", "ionShutdownHook", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Shutdown completed.")),
        (24.0, _new, _SB % ("WARN", "nio-8080-exec-1", "c.s.t.pass.PhotoClient", "GET http://photo-store.ticketing.svc:8080/v1/photos/SP26-0052214 attempt 1/3 failed: Read timed out (readTimeout=800ms); retrying in 200ms")),
        (24.9, _new, _SB % ("INFO", "nio-8080-exec-1", "c.s.t.pass.PhotoClient", "GET http://photo-store.ticketing.svc:8080/v1/photos/SP26-0052214 attempt 2/3 succeeded status=200 in 311ms")),
        (25.6, _new, _SB % ("INFO", "nio-8080-exec-1", "c.s.t.pass.PassLookupController", "pass lookup passId=SP26-0052214 result=VALID cache=MISS latency_ms=1324")),
        (27.2, _new, _SB % ("INFO", "nio-8080-exec-3", "c.s.t.pass.PassLookupController", "pass lookup passId=SP26-0019320 result=EXPIRED cache=MISS latency_ms=41")),
    ],
    healthy("No incident: a normal rolling update of season-pass-api. The single readiness failure happened while Tomcat was still starting, the old pod shut down gracefully on SIGTERM, and the one photo-store read timeout succeeded on retry.",
            "season-pass-api 2.14.1 rolled out cleanly: new pod started in ~10s and became ready, old pod drained gracefully, pass lookups keep succeeding."))

# --- ski healthy 2: webcam hub (Docker Compose) normal cycle ----------------
def _cam(svc):
    return {"host": "cam-hub-01", "compose_project": "webcam-hub",
            "compose_service": svc, "container_name": "webcam-hub-%s-1" % svc}
_snap, _ngx, _cb = _cam("snapshotter"), _cam("nginx"), _cam("certbot")
_UA_IOS = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1"
_UA_WIN = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36"
add("ski", "2026-02-03T06:00:00",
    "The webcam box at the base is logging timeouts, 404s and something about certificates. Is the webcam hub OK?",
    None,
    [
        (0.0, _snap, "@PY@ INFO snapshotter.scheduler cycle 4127 start cameras=6"),
        (0.6, _snap, "@PY@ DEBUG snapshotter.http session config: connect_timeout=5s read_timeout=30s retries=3"),
        (2.1, _snap, "@PY@ INFO snapshotter.capture camera=summit-east frame=1920x1080 bytes=412334 took=0.84s"),
        (3.4, _snap, "@PY@ WARNING snapshotter.capture camera=base-lodge rtsp://10.70.2.14:554/stream1 read failed: Connection timed out (attempt 1/3), retrying in 2s"),
        (5.8, _snap, "@PY@ INFO snapshotter.capture camera=base-lodge frame=1920x1080 bytes=398120 took=1.02s (after 1 retry)"),
        (6.6, _snap, "@PY@ INFO snapshotter.capture camera=terrain-park frame=1920x1080 bytes=455901 took=0.77s"),
        (7.5, _snap, "@PY@ INFO snapshotter.capture camera=north-face frame=1920x1080 bytes=301772 took=0.91s"),
        (8.2, _snap, "@PY@ INFO snapshotter.publish wrote 6 snapshots to /srv/webcams/current (ok=6 failed=0)"),
        (8.9, _snap, "@PY@ INFO snapshotter.scheduler cycle 4127 done in 8.9s errors=0 rss=182MiB"),
        (10.4, _ngx, '198.51.100.23 - - [@NGX@] "GET /current/summit-east.jpg HTTP/1.1" 200 412334 "https://www.summitridge.example/conditions" "%s"' % _UA_IOS),
        (11.2, _ngx, '198.51.100.23 - - [@NGX@] "GET /favicon.ico HTTP/1.1" 404 153 "https://webcams.summitridge.example/current/summit-east.jpg" "%s"' % _UA_IOS),
        (12.0, _ngx, '@NGXE@ [error] 29#29: *88121 open() "/usr/share/nginx/html/wp-login.php" failed (2: No such file or directory), client: 203.0.113.77, server: webcams.summitridge.example, request: "GET /wp-login.php HTTP/1.1", host: "webcams.summitridge.example"'),
        (12.5, _ngx, '203.0.113.77 - - [@NGX@] "GET /wp-login.php HTTP/1.1" 404 153 "-" "%s"' % _UA_WIN),
        (13.1, _ngx, '203.0.113.77 - - [@NGX@] "GET /.env HTTP/1.1" 404 153 "-" "%s"' % _UA_WIN),
        (14.0, _ngx, '192.0.2.140 - - [@NGX@] "GET /current/base-lodge.jpg HTTP/1.1" 304 0 "https://www.summitridge.example/conditions" "%s"' % _UA_WIN),
        (20.1, _cb, "Saving debug log to /var/log/letsencrypt/letsencrypt.log"),
        (20.9, _cb, "Processing /etc/letsencrypt/renewal/webcams.summitridge.example.conf"),
        (21.6, _cb, "Certificate not yet due for renewal"),
        (22.3, _cb, "The following certificates are not due for renewal yet:"),
        (22.9, _cb, "  /etc/letsencrypt/live/webcams.summitridge.example/fullchain.pem expires on 2026-04-19 (skipped)"),
        (23.5, _cb, "No renewals were attempted."),
    ],
    healthy("No incident: one RTSP read timeout was recovered on the first retry, the 404s are a favicon and a vulnerability scanner, and certbot reports the certificate is not yet due for renewal.",
            "Webcam hub is healthy: all 6 cameras captured and published with errors=0, nginx serves snapshots, certificate valid until 2026-04-19."))

# --- ski healthy 3: snowmaking leader handover + Kafka rebalance -------------
_ev = {"namespace": "snowmaking", "job": "kube-events"}
_ldr = {"namespace": "snowmaking", "pod": "snowmaking-controller-5b8f7d9c46-2xqlp",
        "container": "controller", "node": "ski-prod-w5", "app": "snowmaking-controller"}
_stb = {"namespace": "snowmaking", "pod": "snowmaking-controller-5b8f7d9c46-9wdrn",
        "container": "controller", "node": "ski-prod-w2", "app": "snowmaking-controller"}
_rep = {"namespace": "snowmaking", "pod": "snowmaking-controller-5b8f7d9c46-7kfzt",
        "container": "controller", "node": "ski-prod-w6", "app": "snowmaking-controller"}
_ing = {"namespace": "snowmaking", "pod": "telemetry-ingester-6c4d8b7f9d-zq4lm",
        "container": "ingester", "node": "ski-prod-w4", "app": "telemetry-ingester"}
_KC = "@HMS@ [main] INFO  o.a.k.c.c.i.ConsumerCoordinator - [Consumer clientId=consumer-snow-telemetry-1, groupId=snow-telemetry] "
add("ski", "2026-01-09T02:10:00",
    "During last night's node drain the snowmaking controller switched leaders and the telemetry consumers rebalanced. Did we lose control of any guns?",
    sel(namespace="snowmaking"),
    [
        (0.0, _ev, ev("Pod", "snowmaking-controller-5b8f7d9c46-2xqlp", "Killing", "Stopping container controller", src="kubelet", host="ski-prod-w5")),
        (0.6, _ldr, zap("info", "controller", "cmd/main.go:212", "received signal, shutting down", ("signal", "terminated"))),
        (1.2, _ldr, zap("info", "leader", "leader/election.go:88", "releasing lease", ("lease", "snowmaking/snowmaking-controller"))),
        (1.8, _ldr, zap("info", "modbus", "modbus/pool.go:141", "closed gateway sessions", ("gateways", 4))),
        (2.6, _stb, "I@KLOG@       1 leaderelection.go:260] successfully acquired lease snowmaking/snowmaking-controller"),
        (3.1, _stb, zap("info", "leader", "leader/election.go:61", "became leader, starting control loop", ("identity", "snowmaking-controller-5b8f7d9c46-9wdrn"))),
        (4.0, _stb, zap("info", "modbus", "modbus/pool.go:97", "connected to gateway", ("gateway", "pumphouse-north-gw"), ("addr", "10.60.4.21:502"))),
        (4.6, _stb, zap("info", "modbus", "modbus/pool.go:97", "connected to gateway", ("gateway", "pumphouse-south-gw"), ("addr", "10.60.5.21:502"))),
        (5.5, _stb, zap("warn", "weather", "weather/station.go:133", "weather station reading stale, reusing last value", ("station", "ws-summit"), ("age_s", 64))),
        (9.8, _stb, zap("info", "control", "control/loop.go:205", "cycle complete", ("guns_active", 42), ("guns_idle", 6), ("faults", 0), ("wetbulb_c", -6.2), ("duration_ms", 812))),
        (11.0, _ev, ev("Pod", "telemetry-ingester-6c4d8b7f9d-k2vbn", "Killing", "Stopping container ingester", src="kubelet", host="ski-prod-w5")),
        (13.4, _ing, _KC + "Request joining group due to: group is already rebalancing"),
        (13.9, _ing, _KC + "Revoke previously assigned partitions snow-telemetry-0, snow-telemetry-1"),
        (14.5, _ing, _KC + "(Re-)joining group"),
        (16.2, _ing, _KC + "Successfully joined group with generation Generation{generationId=58, memberId='consumer-snow-telemetry-1-3f9c1e2a-77b4-4c1d-9a0e-5e2b8d41c6f0', protocol='range'}"),
        (16.8, _ing, _KC + "Notifying assignor about the new Assignment(partitions=[snow-telemetry-0, snow-telemetry-1, snow-telemetry-2, snow-telemetry-3])"),
        (17.3, _ing, _KC + "Adding newly assigned partitions: snow-telemetry-0, snow-telemetry-1, snow-telemetry-2, snow-telemetry-3"),
        (20.5, _stb, zap("info", "control", "control/loop.go:205", "cycle complete", ("guns_active", 42), ("guns_idle", 6), ("faults", 0), ("wetbulb_c", -6.4), ("duration_ms", 774))),
        (22.0, _ev, ev("Pod", "snowmaking-controller-5b8f7d9c46-7kfzt", "Scheduled", "Successfully assigned snowmaking/snowmaking-controller-5b8f7d9c46-7kfzt to ski-prod-w6", src="default-scheduler")),
        (26.3, _rep, "I@KLOG@       1 leaderelection.go:250] attempting to acquire leader lease snowmaking/snowmaking-controller..."),
    ],
    healthy("No incident: a planned node drain moved the snowmaking-controller leader; the standby acquired the lease within ~2s, reconnected both pump-house gateways and kept 42 guns running with faults=0. The telemetry consumer group rebalanced cleanly.",
            "Leader handover and Kafka consumer rebalance completed normally during the drain; control cycles continued with no faults."))

# --- ski healthy 4: lift gates, Saturday morning rush -----------------------
_ev = {"namespace": "lifts", "job": "kube-events"}
_g1 = {"namespace": "lifts", "pod": "lift-gate-api-84f6c9d7b8-vr7tn",
       "container": "lift-gate-api", "node": "ski-prod-w2", "app": "lift-gate-api"}
_g2 = {"namespace": "lifts", "pod": "lift-gate-api-84f6c9d7b8-5xw2c",
       "container": "lift-gate-api", "node": "ski-prod-w4", "app": "lift-gate-api"}
_g3 = {"namespace": "lifts", "pod": "lift-gate-api-84f6c9d7b8-pq9zk",
       "container": "lift-gate-api", "node": "ski-prod-w6", "app": "lift-gate-api"}
_rb = {"namespace": "lifts", "pod": "rfid-bridge-m4x7d", "container": "rfid-bridge",
       "node": "ski-edge-base-01", "app": "rfid-bridge"}
add("ski", "2026-02-14T08:32:00",
    "Lift lines are long this morning and the gate API is throwing 401s and REJECTs. Is the gate system having a problem?",
    sel(namespace="lifts"),
    [
        (0.0, _ev, ev("HorizontalPodAutoscaler", "lift-gate-api", "SuccessfulRescale", "New size: 6; reason: cpu resource utilization (percentage of request) above target", src="horizontal-pod-autoscaler")),
        (0.9, _g1, pino(30, "lift-gate-api-84f6c9d7b8-vr7tn", "scan", ("gate", "G-03"), ("lift", "summit-express"), ("pass", "SP26-0031188"), ("result", "ACCEPT"), ("ms", 18))),
        (1.7, _g2, pino(30, "lift-gate-api-84f6c9d7b8-5xw2c", "scan", ("gate", "G-07"), ("lift", "eagle-quad"), ("pass", "DT-0214-88231"), ("result", "REJECT"), ("reason", "PASS_EXPIRED"), ("ms", 22))),
        (2.5, _ev, ev("Pod", "lift-gate-api-84f6c9d7b8-pq9zk", "Scheduled", "Successfully assigned lifts/lift-gate-api-84f6c9d7b8-pq9zk to ski-prod-w6", src="default-scheduler")),
        (3.4, _ev, ev("Pod", "lift-gate-api-84f6c9d7b8-pq9zk", "Pulled", "Successfully pulled image \"registry.summitridge.internal/lifts/lift-gate-api:3.7.2\" in 2.134s (2.134s including waiting). Image size: 48211233 bytes.", src="kubelet", host="ski-prod-w6")),
        (4.1, _g1, pino(40, "lift-gate-api-84f6c9d7b8-vr7tn", "scanner token expired, issuing refresh", ("gate", "G-11"), ("status", 401))),
        (4.7, _g1, pino(30, "lift-gate-api-84f6c9d7b8-vr7tn", "scanner token refreshed", ("gate", "G-11"), ("expires_in", 3600))),
        (5.6, _g3, "(node:1) [DEP0040] DeprecationWarning: The `punycode` module is deprecated. Please use a userland alternative instead."),
        (6.1, _g3, "(Use `node --trace-deprecation ...` to show where the warning was created)"),
        (6.9, _g3, pino(30, "lift-gate-api-84f6c9d7b8-pq9zk", "server listening", ("port", 8080))),
        (7.8, _rb, 'time="@ISOS@" level=warning msg="read retry" reader=G-04 rssi_dbm=-71 attempt=2'),
        (8.3, _rb, 'time="@ISOS@" level=info msg="tag read" reader=G-04 epc=E28068940000501D8C2A41F7 attempt=2'),
        (9.2, _g2, pino(30, "lift-gate-api-84f6c9d7b8-5xw2c", "scan", ("gate", "G-04"), ("lift", "eagle-quad"), ("pass", "SP26-0007715"), ("result", "ACCEPT"), ("ms", 31))),
        (10.4, _g1, pino(30, "lift-gate-api-84f6c9d7b8-vr7tn", "scan", ("gate", "G-02"), ("lift", "summit-express"), ("pass", "SP26-0044120"), ("result", "REJECT"), ("reason", "ANTI_PASSBACK_5MIN"), ("ms", 15))),
        (12.0, _rb, 'time="@ISOS@" level=info msg="heartbeat ok" gates=6 node=ski-edge-base-01 uplink_ms=4'),
        (14.5, _g3, pino(30, "lift-gate-api-84f6c9d7b8-pq9zk", "scan", ("gate", "G-09"), ("lift", "sunny-chair"), ("pass", "SP26-0012902"), ("result", "ACCEPT"), ("ms", 20))),
        (30.0, _g2, pino(30, "lift-gate-api-84f6c9d7b8-5xw2c", "gate stats", ("window_s", 60), ("scans", 1842), ("accepted", 1797), ("rejected", 45), ("errors", 0), ("p99_ms", 64))),
    ],
    healthy("No incident: the HPA scaled lift-gate-api up for the morning rush, the REJECTs are normal business outcomes (expired day ticket, anti-passback), the 401 was a scanner token that refreshed immediately, and one weak RFID read succeeded on retry.",
            "Gate system healthy under peak load: 1842 scans/min with errors=0 and p99 64 ms; long lines are demand, not a fault."))

# --- ski healthy 5: cert-manager renews shop certificate ahead of expiry ----
_cm = {"namespace": "cert-manager", "pod": "cert-manager-6d4b9f8c75-x7pzk",
       "container": "cert-manager-controller", "node": "ski-prod-w1", "app": "cert-manager"}
_evt = {"namespace": "ticketing", "job": "kube-events"}
_inx = {"namespace": "ingress-nginx", "pod": "ingress-nginx-controller-7b9c5d8f6b-2hjkw",
        "container": "controller", "node": "ski-prod-w3", "app": "ingress-nginx"}
_CMK = 'key="ticketing/shop-summitridge-tls"'
add("ski", "2026-03-02T03:00:00",
    "cert-manager logged an error about DNS propagation for the shop certificate overnight. Is shop.summitridge.example going to have a cert problem?",
    None,
    [
        (0.0, _cm, 'I@KLOG@       1 trigger_controller.go:215] "Certificate must be re-issued" logger="cert-manager.certificates-trigger" %s reason="Renewing" message="Renewing certificate as renewal was scheduled at 2026-03-02 03:00:00 +0000 UTC"' % _CMK),
        (0.7, _evt, ev("Certificate", "shop-summitridge-tls", "Issuing", "Renewing certificate as renewal was scheduled at 2026-03-02 03:00:00 +0000 UTC", src="cert-manager-certificates-trigger")),
        (1.5, _evt, ev("Certificate", "shop-summitridge-tls", "Requested", "Created new CertificateRequest resource \"shop-summitridge-tls-7\"", src="cert-manager-certificates-request-manager")),
        (1.9, _cm, 'I@KLOG@       1 controller.go:162] "re-queuing item due to optimistic locking on resource" logger="cert-manager.certificates-key-manager" %s error="Operation cannot be fulfilled on certificates.cert-manager.io \\"shop-summitridge-tls\\": the object has been modified; please apply your changes to the latest version and try again"' % _CMK),
        (2.4, _evt, ev("Order", "shop-summitridge-tls-7-2190847713", "Created", "Created Challenge resource \"shop-summitridge-tls-7-2190847713-1193625884\" for domain \"shop.summitridge.example\"", src="cert-manager-orders")),
        (3.3, _cm, 'I@KLOG@       1 dns.go:89] "presenting DNS01 challenge for domain" logger="cert-manager.controller.dns01" dnsName="shop.summitridge.example" type="DNS-01" resource_name="shop-summitridge-tls-7-2190847713-1193625884" resource_namespace="ticketing"'),
        (4.2, _evt, ev("Challenge", "shop-summitridge-tls-7-2190847713-1193625884", "Presented", "Presented challenge using DNS-01 challenge mechanism", src="cert-manager-challenges")),
        (14.6, _cm, 'E@KLOG@       1 sync.go:190] "propagation check failed" err="DNS record for \\"shop.summitridge.example\\" not yet propagated" logger="cert-manager.controller" dnsName="shop.summitridge.example" type="DNS-01" resource_name="shop-summitridge-tls-7-2190847713-1193625884" resource_namespace="ticketing"'),
        (34.7, _cm, 'E@KLOG@       1 sync.go:190] "propagation check failed" err="DNS record for \\"shop.summitridge.example\\" not yet propagated" logger="cert-manager.controller" dnsName="shop.summitridge.example" type="DNS-01" resource_name="shop-summitridge-tls-7-2190847713-1193625884" resource_namespace="ticketing"'),
        (56.1, _evt, ev("Challenge", "shop-summitridge-tls-7-2190847713-1193625884", "DomainVerified", "Domain \"shop.summitridge.example\" verified with \"DNS-01\" validation", src="cert-manager-challenges")),
        (59.8, _evt, ev("Order", "shop-summitridge-tls-7-2190847713", "Complete", "Order completed successfully", src="cert-manager-orders")),
        (60.9, _evt, ev("CertificateRequest", "shop-summitridge-tls-7", "CertificateIssued", "Certificate fetched from issuer successfully", src="cert-manager-certificaterequests-issuer-acme")),
        (61.7, _evt, ev("Certificate", "shop-summitridge-tls", "Issuing", "The certificate has been successfully issued", src="cert-manager-certificates-issuing")),
        (62.5, _cm, 'I@KLOG@       1 conditions.go:192] Found status change for Certificate "shop-summitridge-tls" condition "Ready": "True" -> "True"; setting lastTransitionTime to 2026-03-02 03:01:02.5 +0000 UTC'),
        (63.4, _inx, 'I@KLOG@       7 controller.go:190] "Configuration changes detected, backend reload required"'),
        (64.1, _inx, 'I@KLOG@       7 controller.go:210] "Backend successfully reloaded"'),
        (64.6, _inx, 'I@KLOG@       7 event.go:364] Event(v1.ObjectReference{Kind:"Pod", Namespace:"ingress-nginx", Name:"ingress-nginx-controller-7b9c5d8f6b-2hjkw", UID:"4c2f1e8a-9b3d-4f6e-a1c7-2d8e5b9f0a13", APIVersion:"v1", ResourceVersion:"88211934", FieldPath:""}): type: \'Normal\' reason: \'RELOAD\' NGINX reload triggered due to a change in configuration'),
        (70.2, _inx, '10.42.0.1 - - [@NGX@] "GET /checkout HTTP/2.0" 200 18311 "https://shop.summitridge.example/passes" "%s" 412 0.087 [ticketing-shop-web-8080] [] 10.42.5.18:8080 18311 0.087 200 9b1c7e0a44f3d2b8a6e5c1f0d9b7a3e2' % _UA_WIN),
        (71.4, _inx, '10.42.0.1 - - [@NGX@] "GET /favicon.ico HTTP/2.0" 404 146 "https://shop.summitridge.example/checkout" "%s" 98 0.004 [ticketing-shop-web-8080] [] 10.42.5.18:8080 146 0.004 404 4f0a2c7e9b1d3e5a8c6f2b0d7e9a1c34' % _UA_WIN),
    ],
    healthy("No incident: cert-manager renewed shop-summitridge-tls on its normal schedule (about 30 days before expiry); the single 'propagation check failed' was the usual wait for the DNS-01 TXT record, which then verified, and ingress-nginx reloaded with the new certificate.",
            "Scheduled certificate renewal for shop.summitridge.example completed successfully; traffic continues to be served over HTTPS."))

# --- ski WARN timeout: pricing-engine recompute holds lock past client budget --
_shop = {"namespace": "ticketing", "pod": "ticket-shop-5d9b7c6f48-w2kxr",
         "container": "ticket-shop", "node": "ski-prod-w2", "app": "ticket-shop"}
_shop2 = {"namespace": "ticketing", "pod": "ticket-shop-5d9b7c6f48-n8hzq",
          "container": "ticket-shop", "node": "ski-prod-w5", "app": "ticket-shop"}
_pe = {"namespace": "ticketing", "pod": "pricing-engine-7f6c9b8d54-jt4vd",
       "container": "pricing-engine", "node": "ski-prod-w4", "app": "pricing-engine"}
_DL = 'Post "http://pricing-engine.ticketing.svc:8080/v1/quote": context deadline exceeded (Client.Timeout exceeded while awaiting headers)'
add("ski", "2026-02-21T10:05:00",
    "Some customers say the day-ticket price they saw changed at checkout. Anything wrong with ticket pricing this morning?",
    sel(namespace="ticketing"),
    [
        (0.0, _shop, slog("INFO", "quote served", ("product", "DAY-ADULT"), ("price_source", "live"), ("latency_ms", 142))),
        (1.1, _pe, 'INFO:     10.42.2.31:51820 - "POST /v1/quote HTTP/1.1" 200 OK'),
        (2.3, _pe, "@PY@ INFO pricing.recompute demand recompute took 1.12s rows=1841204 (budget 0.50s)"),
        (4.0, _shop2, slog("INFO", "checkout completed", ("order", "TS-260221-118204"), ("items", 3), ("total_cents", 38700))),
        (31.8, _pe, "@PY@ WARNING pricing.recompute demand recompute took 2.41s rows=1912877 (budget 0.50s); quote handler waited on table lock, waiters=37"),
        (32.4, _shop, slog("WARN", "pricing quote failed, using cached price", ("err", _DL), ("timeout_ms", 800), ("product", "DAY-ADULT"), ("cache_age_s", 412))),
        (32.9, _shop2, slog("WARN", "pricing quote failed, using cached price", ("err", _DL), ("timeout_ms", 800), ("product", "DAY-CHILD"), ("cache_age_s", 415))),
        (34.1, _pe, 'INFO:     10.42.5.22:40112 - "POST /v1/quote HTTP/1.1" 200 OK'),
        (36.5, _shop, slog("INFO", "quote served", ("product", "HALF-DAY-PM"), ("price_source", "live"), ("latency_ms", 188))),
        (40.2, _shop2, slog("INFO", "checkout completed", ("order", "TS-260221-118233"), ("items", 1), ("total_cents", 11900))),
        (61.7, _pe, "@PY@ WARNING pricing.recompute demand recompute took 2.37s rows=1930512 (budget 0.50s); quote handler waited on table lock, waiters=41"),
        (62.3, _shop, slog("WARN", "pricing quote failed, using cached price", ("err", _DL), ("timeout_ms", 800), ("product", "DAY-ADULT"), ("cache_age_s", 442))),
        (64.0, _pe, 'INFO:     10.42.2.31:51822 - "POST /v1/quote HTTP/1.1" 200 OK'),
        (70.5, _shop, slog("INFO", "quote served", ("product", "DAY-ADULT"), ("price_source", "live"), ("latency_ms", 163))),
        (90.0, _shop2, slog("INFO", "pricing client stats", ("window_s", 300), ("requests", 5120), ("timeouts", 143), ("fallback_cached", 143), ("checkout_errors", 0), ("p99_ms", 801))),
    ],
    incident("WARN", "timeout", "pricing-engine",
             "pricing-engine's periodic demand recompute now takes ~2.4s (table grew to 1.9M rows) and holds the price table lock, so quote requests wait past ticket-shop's 800ms client timeout.",
             "About 3% of price quotes time out every ~30s while pricing-engine recomputes; ticket-shop falls back to cached prices (up to 7 minutes old), so checkouts succeed but some customers see a changed price.",
             "Make the pricing-engine recompute incremental or build the new table off-lock and swap it; review the recompute interval and index the demand table. No urgent action: ticket-shop's fallback keeps checkouts working.",
             [4, 5, 6, 10, 11, 14]))

# --- ski WARN oom_killed: nightly 4K timelapse OOMKilled once, retry succeeds --
_evw = {"namespace": "webcams", "job": "kube-events"}
_tl1 = {"namespace": "webcams", "pod": "webcam-timelapse-29496930-8xk4p",
        "container": "timelapse", "node": "ski-prod-w4", "app": "webcam-timelapse"}
_tl2 = {"namespace": "webcams", "pod": "webcam-timelapse-29496930-qz7wd",
        "container": "timelapse", "node": "ski-prod-w6", "app": "webcam-timelapse"}
add("ski", "2026-01-30T23:30:00",
    "Last night's summit timelapse showed up late on the website. Did the timelapse job have trouble?",
    sel(namespace="webcams"),
    [
        (0.0, _evw, ev("Job", "webcam-timelapse-29496930", "SuccessfulCreate", "Created pod: webcam-timelapse-29496930-8xk4p", src="job-controller")),
        (2.1, _tl1, "@PY@ INFO timelapse: building camera=summit-east date=2026-01-30 frames=1440 size=3840x2160 codec=libx265 attempt=1"),
        (2.8, _tl1, "@PY@ INFO timelapse: container memory limit 2147483648 bytes (memory.max)"),
        (45.0, _tl1, "frame=  388 fps=9.1 q=28.0 size=   13056kB time=00:00:16.12 bitrate=6634.9kbits/s speed=0.378x"),
        (90.0, _tl1, "frame=  801 fps=9.0 q=28.0 size=   27904kB time=00:00:33.33 bitrate=6858.3kbits/s speed=0.371x"),
        (121.9, _tl1, "@PY@ ERROR timelapse: ffmpeg terminated by signal 9 (SIGKILL) after 119.6s, frames_done=922/1440; cgroup memory.events oom_kill=1 (memory.max=2147483648)"),
        (122.5, _tl1, "@PY@ ERROR timelapse: run failed, exiting with status 1"),
        (124.0, _evw, ev("Job", "webcam-timelapse-29496930", "SuccessfulCreate", "Created pod: webcam-timelapse-29496930-qz7wd", src="job-controller")),
        (126.3, _tl2, "@PY@ INFO timelapse: building camera=summit-east date=2026-01-30 frames=1440 size=3840x2160 codec=libx265 attempt=2"),
        (126.9, _tl2, "@PY@ WARNING timelapse: previous attempt failed; using low-memory mode (x265 pools=2, frame-threads=1)"),
        (290.0, _tl2, "frame= 1440 fps=8.8 q=28.0 Lsize=   59812kB time=00:01:00.00 bitrate=8166.4kbits/s speed=0.366x"),
        (291.2, _tl2, "@PY@ INFO timelapse: wrote s3://summitridge-webcams/timelapse/summit-east/2026-01-30.mp4 (61.2 MB) in 164.9s, peak_rss=1.79GiB"),
        (293.0, _evw, ev("Job", "webcam-timelapse-29496930", "Completed", "Job completed", src="job-controller")),
    ],
    incident("WARN", "oom_killed", "webcam-timelapse",
             "The 4K summit-east timelapse render needs more memory than the webcam-timelapse job's 2Gi limit with default x265 threading; ffmpeg was OOM-killed at frame 922.",
             "The nightly timelapse job was OOM-killed once and succeeded on its Job retry in low-memory mode, finishing about 2 minutes late; the retry still peaked at 1.79GiB of 2GiB.",
             "Raise the webcam-timelapse memory limit (e.g. 3Gi) or make low-memory encoding the default; watch peak_rss because the retry path is close to the limit too.",
             [5, 6, 11]))

# --- ski WARN dns_resolution: CoreDNS upstream resolver intermittently times out -
_cd1 = {"namespace": "kube-system", "pod": "coredns-76f75df574-8wq2x", "container": "coredns",
        "node": "ski-prod-w5", "app": "coredns"}
_cd2 = {"namespace": "kube-system", "pod": "coredns-76f75df574-lk9sd", "container": "coredns",
        "node": "ski-prod-w1", "app": "coredns"}
_sm = {"namespace": "snowmaking", "pod": "snowmaking-controller-5b8f7d9c46-9wdrn",
       "container": "controller", "node": "ski-prod-w2", "app": "snowmaking-controller"}
_lg = {"namespace": "lifts", "pod": "lift-gate-api-84f6c9d7b8-vr7tn",
       "container": "lift-gate-api", "node": "ski-prod-w2", "app": "lift-gate-api"}
_ts = {"namespace": "ticketing", "pod": "ticket-shop-5d9b7c6f48-w2kxr",
       "container": "ticket-shop", "node": "ski-prod-w2", "app": "ticket-shop"}
add("ski", "2026-01-17T21:40:00",
    "I keep seeing retries with lookup errors in the snowmaking and gate logs tonight, but everything seems to work. Should I worry?",
    None,
    [
        (0.0, _sm, zap("info", "control", "control/loop.go:205", "cycle complete", ("guns_active", 38), ("guns_idle", 10), ("faults", 0), ("wetbulb_c", -4.8), ("duration_ms", 790))),
        (1.4, _cd1, "[ERROR] plugin/errors: 2 weather-api.summitridge.internal. A: read udp 10.42.5.14:48213->10.20.0.53:53: i/o timeout"),
        (2.0, _sm, zap("warn", "weather", "weather/client.go:77", "weather fetch failed, retrying", ("err", 'Get "https://weather-api.summitridge.internal/v2/stations/ws-summit": dial tcp: lookup weather-api.summitridge.internal on 10.43.0.10:53: server misbehaving'), ("attempt", 1))),
        (3.6, _sm, zap("info", "weather", "weather/client.go:91", "weather fetch ok", ("station", "ws-summit"), ("attempt", 2), ("latency_ms", 1512))),
        (6.0, _lg, pino(40, "lift-gate-api-84f6c9d7b8-vr7tn", "pass service call failed, retrying", ("err", "getaddrinfo EAI_AGAIN passes.summitridge.internal"), ("attempt", 1))),
        (6.8, _lg, pino(30, "lift-gate-api-84f6c9d7b8-vr7tn", "pass service call ok", ("attempt", 2), ("ms", 2043))),
        (9.0, _cd2, "[ERROR] plugin/errors: 2 passes.summitridge.internal. AAAA: read udp 10.42.1.9:39127->10.20.0.53:53: i/o timeout"),
        (12.0, _cd1, "[ERROR] plugin/errors: 2 payments-gw.summitridge.internal. A: read udp 10.42.5.14:52871->10.20.0.53:53: i/o timeout"),
        (13.0, _ts, slog("WARN", "payment gateway call retried", ("err", "dial tcp: lookup payments-gw.summitridge.internal on 10.43.0.10:53: server misbehaving"), ("attempt", 1))),
        (14.4, _ts, slog("INFO", "payment authorized", ("order", "TS-260117-090341"), ("attempt", 2), ("latency_ms", 2311))),
        (20.0, _lg, pino(30, "lift-gate-api-84f6c9d7b8-vr7tn", "gate stats", ("window_s", 60), ("scans", 212), ("accepted", 209), ("rejected", 3), ("errors", 0), ("dns_retries", 14))),
        (25.5, _cd2, "[ERROR] plugin/errors: 2 weather-api.summitridge.internal. A: read udp 10.42.1.9:60218->10.20.0.53:53: i/o timeout"),
        (30.0, _sm, zap("info", "control", "control/loop.go:205", "cycle complete", ("guns_active", 38), ("guns_idle", 10), ("faults", 0), ("wetbulb_c", -4.9), ("duration_ms", 2288))),
    ],
    incident("WARN", "dns_resolution", "coredns",
             "CoreDNS forwards summitridge.internal names to the upstream resolver 10.20.0.53, which intermittently does not answer (i/o timeout), so lookups fail with SERVFAIL/EAI_AGAIN until the client retries.",
             "Intermittent DNS failures for internal names from both CoreDNS replicas, all against upstream 10.20.0.53; every client retry succeeded but adds ~1.5-2s latency to weather, pass and payment calls.",
             "Check the upstream resolver 10.20.0.53 (ns1) and its network path; until fixed, remove it from the CoreDNS forward list or enable health_check so CoreDNS prefers 10.20.0.54.",
             [1, 6, 7, 2, 4, 8]))

# --- ski ERROR image_pull: lift-gate-api 3.8.0 tag missing from registry -----
_ev = {"namespace": "lifts", "job": "kube-events"}
_og = {"namespace": "lifts", "pod": "lift-gate-api-84f6c9d7b8-5xw2c",
       "container": "lift-gate-api", "node": "ski-prod-w4", "app": "lift-gate-api"}
_IMG = "registry.summitridge.internal/lifts/lift-gate-api:3.8.0"
_NF = ('Failed to pull image \\"%s\\": rpc error: code = NotFound desc = failed to pull and unpack image \\"%s\\": '
       'failed to resolve reference \\"%s\\": %s: not found') % (_IMG, _IMG, _IMG, _IMG)
_NF = _NF.replace('\\"', '"')
add("ski", "2026-02-27T16:20:00",
    "The lift-gate-api 3.8.0 deploy with the new scanner firmware support has been rolling out for ten minutes and hasn't finished. What's holding it up?",
    sel(namespace="lifts", app="lift-gate-api"),
    [
        (0.0, _ev, ev("Deployment", "lift-gate-api", "ScalingReplicaSet", "Scaled up replica set lift-gate-api-6b7d9f5c48 to 2", src="deployment-controller")),
        (0.6, _ev, ev("Deployment", "lift-gate-api", "ScalingReplicaSet", "Scaled down replica set lift-gate-api-84f6c9d7b8 to 5 from 6", src="deployment-controller")),
        (1.3, _ev, ev("Pod", "lift-gate-api-6b7d9f5c48-r5lgx", "Scheduled", "Successfully assigned lifts/lift-gate-api-6b7d9f5c48-r5lgx to ski-prod-w3", src="default-scheduler")),
        (2.0, _ev, ev("Pod", "lift-gate-api-6b7d9f5c48-r5lgx", "Pulling", 'Pulling image "%s"' % _IMG, src="kubelet", host="ski-prod-w3")),
        (3.1, _ev, ev("Pod", "lift-gate-api-6b7d9f5c48-r5lgx", "Failed", _NF, etype="Warning", src="kubelet", host="ski-prod-w3")),
        (3.6, _ev, ev("Pod", "lift-gate-api-6b7d9f5c48-r5lgx", "Failed", "Error: ErrImagePull", etype="Warning", src="kubelet", host="ski-prod-w3")),
        (4.4, _og, pino(30, "lift-gate-api-84f6c9d7b8-5xw2c", "scan", ("gate", "G-05"), ("lift", "eagle-quad"), ("pass", "SP26-0028814"), ("result", "ACCEPT"), ("ms", 24))),
        (5.2, _ev, ev("Pod", "lift-gate-api-6b7d9f5c48-tz8wm", "Failed", _NF, etype="Warning", src="kubelet", host="ski-prod-w6")),
        (6.0, _ev, ev("Pod", "lift-gate-api-6b7d9f5c48-r5lgx", "BackOff", 'Back-off pulling image "%s"' % _IMG, src="kubelet", host="ski-prod-w3")),
        (6.5, _ev, ev("Pod", "lift-gate-api-6b7d9f5c48-r5lgx", "Failed", "Error: ImagePullBackOff", etype="Warning", src="kubelet", host="ski-prod-w3")),
        (48.0, _og, pino(40, "lift-gate-api-84f6c9d7b8-5xw2c", "unknown frame format from scanner, using legacy decoder", ("gate", "G-12"), ("firmware", "5.2.0"))),
        (49.1, _og, pino(30, "lift-gate-api-84f6c9d7b8-5xw2c", "scan", ("gate", "G-12"), ("lift", "sunny-chair"), ("pass", "SP26-0050127"), ("result", "ACCEPT"), ("ms", 212))),
        (310.0, _ev, ev("Pod", "lift-gate-api-6b7d9f5c48-tz8wm", "BackOff", 'Back-off pulling image "%s"' % _IMG, src="kubelet", host="ski-prod-w6")),
        (612.0, _ev, ev("Pod", "lift-gate-api-6b7d9f5c48-r5lgx", "Failed", _NF, etype="Warning", src="kubelet", host="ski-prod-w3")),
        (612.6, _ev, ev("Pod", "lift-gate-api-6b7d9f5c48-r5lgx", "Failed", "Error: ErrImagePull", etype="Warning", src="kubelet", host="ski-prod-w3")),
    ],
    incident("ERROR", "image_pull", "lift-gate-api",
             "The image tag registry.summitridge.internal/lifts/lift-gate-api:3.8.0 does not exist in the registry (NotFound), so the new lift-gate-api pods cannot pull their image.",
             "The lift-gate-api 3.8.0 rollout is stuck in ErrImagePull/ImagePullBackOff; the deployment is running on 5 of 6 old 3.7.2 replicas and the scanner-firmware fix is not deployed.",
             "Push the 3.8.0 image (check the CI publish step and the tag name) or roll the deployment back to 3.7.2 to restore the sixth replica: kubectl -n lifts rollout undo deployment/lift-gate-api.",
             [4, 5, 9, 7]))

# --- ski ERROR tls_certificate: webcam-ingest certificate expired -------------
_up = _cam("uploader")
_X509 = ('Post "https://webcam-ingest.summitridge.example/v1/upload": tls: failed to verify certificate: '
         'x509: certificate has expired or is not yet valid: current time %s is after 2026-02-14T00:00:00Z')
add("ski", "2026-02-14T09:12:00",
    "The webcams on the website are still showing last night's pictures. Why aren't new snapshots appearing?",
    None,
    [
        (0.0, _snap, "@PY@ INFO snapshotter.scheduler cycle 4503 start cameras=6"),
        (3.0, _up, "@NGXE@ upload summit-east.jpg failed: " + _X509 % "@ISOS@"),
        (3.6, _up, "@NGXE@ upload base-lodge.jpg failed: " + _X509 % "@ISOS@"),
        (6.1, _snap, "@PY@ INFO snapshotter.publish wrote 6 snapshots to /srv/webcams/current (ok=6 failed=0)"),
        (6.8, _snap, "@PY@ INFO snapshotter.scheduler cycle 4503 done in 6.8s errors=0 rss=179MiB"),
        (7.5, _up, "@NGXE@ upload terrain-park.jpg failed: " + _X509 % "@ISOS@"),
        (8.2, _up, "@NGXE@ upload north-face.jpg failed: " + _X509 % "@ISOS@"),
        (9.0, _up, "@NGXE@ retry queue depth=330 oldest=9h12m (last successful upload 2026-02-13T23:59:41Z)"),
        (12.4, _ngx, '192.0.2.140 - - [@NGX@] "GET /current/summit-east.jpg HTTP/1.1" 200 409117 "-" "%s"' % _UA_WIN),
        (30.0, _snap, "@PY@ INFO snapshotter.scheduler cycle 4504 start cameras=6"),
        (33.2, _up, "@NGXE@ upload summit-east.jpg failed: " + _X509 % "@ISOS@"),
        (36.9, _snap, "@PY@ INFO snapshotter.scheduler cycle 4504 done in 6.9s errors=0 rss=181MiB"),
        (39.0, _up, "@NGXE@ retry queue depth=336 oldest=9h12m (last successful upload 2026-02-13T23:59:41Z)"),
    ],
    incident("ERROR", "tls_certificate", "webcam-ingest",
             "The TLS certificate served by webcam-ingest.summitridge.example expired at 2026-02-14T00:00:00Z, so the cam hub uploader refuses the connection (x509: certificate has expired).",
             "Every snapshot upload from cam-hub-01 to webcam-ingest has failed since midnight; the public webcams are 9 hours stale while capture itself keeps working and the retry queue grows.",
             "Renew and install the webcam-ingest.summitridge.example certificate (and put it under automated renewal); the uploader will drain its retry queue once the handshake succeeds.",
             [1, 2, 7, 10]))

# --- ski ERROR connection_refused: north pump-house Modbus gateway down -------
_sc = {"namespace": "snowmaking", "pod": "snowmaking-controller-5b8f7d9c46-9wdrn",
       "container": "controller", "node": "ski-prod-w2", "app": "snowmaking-controller"}
_MB = "modbus/pool.go"
add("ski", "2025-12-12T01:20:00",
    "Snowmakers on the North Face say their guns stopped responding to setpoint changes around 1:20. What's going on with snowmaking?",
    sel(namespace="snowmaking", app="snowmaking-controller"),
    [
        (0.0, _sc, zap("info", "control", "control/loop.go:205", "cycle complete", ("guns_active", 44), ("guns_idle", 4), ("faults", 0), ("wetbulb_c", -7.1), ("duration_ms", 802))),
        (2.0, _sc, zap("error", "modbus", _MB + ":188", "modbus read failed", ("gateway", "pumphouse-north-gw"), ("err", "read tcp 10.42.2.40:51720->10.60.4.21:502: read: connection reset by peer"))),
        (2.6, _sc, zap("warn", "modbus", _MB + ":203", "gateway session lost, reconnecting", ("gateway", "pumphouse-north-gw"), ("backoff", "1s"))),
        (3.7, _sc, zap("error", "modbus", _MB + ":97", "reconnect failed", ("gateway", "pumphouse-north-gw"), ("err", "dial tcp 10.60.4.21:502: connect: connection refused"), ("attempt", 1))),
        (6.0, _sc, zap("error", "modbus", _MB + ":97", "reconnect failed", ("gateway", "pumphouse-north-gw"), ("err", "dial tcp 10.60.4.21:502: connect: connection refused"), ("attempt", 2))),
        (10.2, _sc, zap("error", "modbus", _MB + ":97", "reconnect failed", ("gateway", "pumphouse-north-gw"), ("err", "dial tcp 10.60.4.21:502: connect: connection refused"), ("attempt", 3))),
        (11.0, _sc, zap("warn", "control", "control/safety.go:54", "guns unreachable, holding last setpoint", ("gateway", "pumphouse-north-gw"), ("guns", 18), ("trail", "north-face"))),
        (12.0, _sc, zap("info", "control", "control/loop.go:205", "cycle complete", ("guns_active", 26), ("guns_idle", 4), ("guns_unreachable", 18), ("faults", 18), ("wetbulb_c", -7.1), ("duration_ms", 815))),
        (18.5, _sc, zap("error", "modbus", _MB + ":97", "reconnect failed", ("gateway", "pumphouse-north-gw"), ("err", "dial tcp 10.60.4.21:502: connect: connection refused"), ("attempt", 4))),
        (25.0, _sc, zap("info", "pumps", "pumps/station.go:140", "pump station status", ("station", "pumphouse-south"), ("flow_lpm", 3120), ("pressure_bar", 38.2))),
        (35.0, _sc, zap("error", "modbus", _MB + ":97", "reconnect failed", ("gateway", "pumphouse-north-gw"), ("err", "dial tcp 10.60.4.21:502: connect: connection refused"), ("attempt", 5))),
        (42.0, _sc, zap("info", "control", "control/loop.go:205", "cycle complete", ("guns_active", 26), ("guns_idle", 4), ("guns_unreachable", 18), ("faults", 18), ("wetbulb_c", -7.2), ("duration_ms", 809))),
    ],
    incident("ERROR", "connection_refused", "pumphouse-north-gw",
             "The Modbus/TCP service on the north pump-house gateway pumphouse-north-gw (10.60.4.21:502) reset its session and now refuses connections, so the controller cannot reach the North Face guns.",
             "snowmaking-controller has lost control of 18 North Face guns (held at last setpoint) since pumphouse-north-gw started refusing connections; the other 26 guns and the south pump house are fine.",
             "Restart the Modbus/TCP service on pumphouse-north-gw (or power-cycle the gateway) and check its logs; the controller reconnects automatically once port 502 accepts connections.",
             [3, 1, 6, 7]))

# --- ski CRITICAL node_failure: edge node at base area dies on machine check ---
_krn = {"job": "systemd-journal", "node": "ski-edge-base-01", "syslog_identifier": "kernel"}
_kcm = {"namespace": "kube-system", "pod": "kube-controller-manager-ski-cp-1",
        "container": "kube-controller-manager", "node": "ski-cp-1"}
_evd = {"namespace": "default", "job": "kube-events"}
_evl = {"namespace": "lifts", "job": "kube-events"}
_lg1 = {"namespace": "lifts", "pod": "lift-gate-api-84f6c9d7b8-vr7tn",
        "container": "lift-gate-api", "node": "ski-prod-w2", "app": "lift-gate-api"}
_BASE = ["G-01", "G-02", "G-03", "G-04", "G-05", "G-06"]
add("ski", "2026-03-07T08:45:00",
    "All six gates at the base area went dark a few minutes ago and attendants are hand-scanning. What happened?",
    None,
    [
        (0.0, _rb, 'time="@ISOS@" level=info msg="heartbeat ok" gates=6 node=ski-edge-base-01 uplink_ms=5'),
        (3.2, _lg1, pino(30, "lift-gate-api-84f6c9d7b8-vr7tn", "scan", ("gate", "G-02"), ("lift", "summit-express"), ("pass", "SP26-0039902"), ("result", "ACCEPT"), ("ms", 17))),
        (5.0, _krn, "mce: [Hardware Error]: CPU 2: Machine Check Exception: 5 Bank 4: be00000000800400"),
        (5.6, _krn, "mce: [Hardware Error]: RIP !INEXACT! 10:<ffffffff8a0e3f52> {native_safe_halt+0x12/0x20}"),
        (6.1, _krn, "mce: [Hardware Error]: TSC 2c1f7a89e1d4 ADDR 1f2a3b4c0 MISC 86"),
        (6.6, _krn, "mce: [Hardware Error]: Machine check: Processor context corrupt"),
        (7.1, _krn, "Kernel panic - not syncing: Fatal machine check"),
        (46.2, _kcm, 'I@KLOG@       1 controller_utils.go:151] "Recording status change event message for node" status="NodeNotReady" node="ski-edge-base-01"'),
        (46.8, _evd, ev("Node", "ski-edge-base-01", "NodeNotReady", "Node ski-edge-base-01 status is now: NodeNotReady", src="node-controller")),
        (47.3, _kcm, 'I@KLOG@       1 controller_utils.go:123] "Update ready status of pods on node" node="ski-edge-base-01"'),
        (47.9, _evl, ev("Pod", "rfid-bridge-m4x7d", "NodeNotReady", "Node is not ready", etype="Warning", src="node-controller")),
        (49.5, _lg1, pino(50, "lift-gate-api-84f6c9d7b8-vr7tn", "gate heartbeat lost", ("gates", _BASE), ("bridge", "rfid-bridge-m4x7d"), ("last_seen_s", 45))),
        (52.0, _lg1, pino(50, "lift-gate-api-84f6c9d7b8-vr7tn", "turnstiles locked closed, no bridge", ("gates", _BASE), ("lifts", ["base-gondola", "sunny-chair"]))),
        (65.0, _lg1, pino(30, "lift-gate-api-84f6c9d7b8-vr7tn", "scan", ("gate", "G-11"), ("lift", "eagle-quad"), ("pass", "SP26-0007715"), ("result", "ACCEPT"), ("ms", 19))),
        (110.0, _lg1, pino(30, "lift-gate-api-84f6c9d7b8-vr7tn", "gate stats", ("window_s", 60), ("scans", 611), ("accepted", 598), ("rejected", 13), ("errors", 0), ("gates_offline", 6))),
        (170.0, _lg1, pino(50, "lift-gate-api-84f6c9d7b8-vr7tn", "gate heartbeat lost", ("gates", _BASE), ("bridge", "rfid-bridge-m4x7d"), ("last_seen_s", 165))),
    ],
    incident("CRITICAL", "node_failure", "ski-edge-base-01",
             "The base-area edge node ski-edge-base-01 suffered a fatal machine check (CPU hardware error) and kernel-panicked; the rfid-bridge that drives the base gates only runs on that node.",
             "ski-edge-base-01 is down and NotReady after a fatal MCE; all six base-area gates (base-gondola, sunny-chair) lost their RFID bridge and are locked closed, forcing manual scanning. Other lifts are unaffected.",
             "Power-cycle ski-edge-base-01 and get a hardware check (CPU/board) from the vendor; if it does not come back, move the RFID reader uplinks to the spare edge node so rfid-bridge can run there.",
             [2, 5, 6, 8, 11, 12]))

# --- ski CRITICAL application_error: checkout worker panics on poison order ----
_evt = {"namespace": "ticketing", "job": "kube-events"}
def _ck(suffix, node):
    return {"namespace": "ticketing", "pod": "ticket-checkout-7d5c8b9f46-" + suffix,
            "container": "ticket-checkout", "node": node, "app": "ticket-checkout"}
_ca, _cb2, _cc = _ck("k4wzp", "ski-prod-w1"), _ck("s9qmd", "ski-prod-w3"), _ck("b7tnx", "ski-prod-w5")
_PANIC = "panic: runtime error: invalid memory address or nil pointer dereference"
_BO = "Back-off restarting failed container ticket-checkout in pod ticket-checkout-7d5c8b9f46-%s_ticketing(%s)"
add("ski", "2026-03-14T09:02:00",
    "Spring sale just launched and nobody can complete a ticket purchase. Checkout pods keep restarting. Why?",
    sel(namespace="ticketing", app="ticket-checkout"),
    [
        (0.0, _ca, slog("INFO", "processing checkout", ("order", "TS-260314-220017"), ("items", 2), ("worker", 3), ("delivery", 3))),
        (0.7, _ca, slog("INFO", "applying pass discount", ("order", "TS-260314-220017"), ("product", "SPRING-FLEX-4"))),
        (1.2, _ca, _PANIC),
        (1.8, _ca, "[signal SIGSEGV: segmentation violation code=0x1 addr=0x38 pc=0x9c4e12]"),
        (2.4, _ca, "goroutine 8121 [running]:"),
        (3.0, _ca, "summitridge.internal/ticketing/checkout/internal/pricing.(*PassRule).Discount(0x0, 0xc0004a2b40)"),
        (3.5, _ca, "\t/src/internal/pricing/rules.go:142 +0x32"),
        (4.1, _ca, "summitridge.internal/ticketing/checkout/internal/worker.(*Worker).handle(0xc000214c80, {0x1b3e5a8, 0xc0006f1a10}, 0xc0004a2b40)"),
        (4.6, _ca, "\t/src/internal/worker/worker.go:211 +0x1a5"),
        (5.9, _evt, ev("Pod", "ticket-checkout-7d5c8b9f46-k4wzp", "BackOff", _BO % ("k4wzp", "3f0c9e2a-6b1d-4c7e-8f25-9a4d1b7e6c30"), etype="Warning", src="kubelet", host="ski-prod-w1")),
        (7.0, _cb2, slog("INFO", "processing checkout", ("order", "TS-260314-220017"), ("items", 2), ("worker", 1), ("delivery", 4))),
        (7.6, _cb2, _PANIC),
        (8.9, _evt, ev("Pod", "ticket-checkout-7d5c8b9f46-s9qmd", "BackOff", _BO % ("s9qmd", "b81e4f07-2c9a-4d3b-a6e1-5f7c0d2e9b48"), etype="Warning", src="kubelet", host="ski-prod-w3")),
        (10.3, _cc, slog("INFO", "processing checkout", ("order", "TS-260314-220017"), ("items", 2), ("worker", 6), ("delivery", 5))),
        (10.9, _cc, _PANIC),
        (12.1, _evt, ev("Pod", "ticket-checkout-7d5c8b9f46-b7tnx", "BackOff", _BO % ("b7tnx", "0d6a2e9f-7b4c-4e18-9c53-1e8f6a2b7d94"), etype="Warning", src="kubelet", host="ski-prod-w5")),
        (41.0, _ca, slog("INFO", "starting checkout worker", ("version", "4.12.0"), ("workers", 8), ("queue", "checkout-orders"))),
        (41.8, _ca, slog("INFO", "processing checkout", ("order", "TS-260314-220017"), ("items", 2), ("worker", 2), ("delivery", 6))),
        (42.4, _ca, _PANIC),
        (44.0, _evt, ev("Pod", "ticket-checkout-7d5c8b9f46-k4wzp", "BackOff", _BO % ("k4wzp", "3f0c9e2a-6b1d-4c7e-8f25-9a4d1b7e6c30"), etype="Warning", src="kubelet", host="ski-prod-w1")),
    ],
    incident("CRITICAL", "application_error", "ticket-checkout",
             "A nil-pointer bug in ticket-checkout: pricing.(*PassRule).Discount is called with a nil rule for the new SPRING-FLEX-4 product, and the panic in the worker goroutine kills the process; the unacked order is redelivered and crashes every replica in turn.",
             "All three ticket-checkout replicas are in CrashLoopBackOff, each panicking (SIGSEGV nil dereference at rules.go:142) on the same redelivered order TS-260314-220017; no ticket purchases can complete during the spring sale launch.",
             "Move order TS-260314-220017 to a dead-letter queue (or pull SPRING-FLEX-4 from sale) to stop the crash loop now, then ship a fix that handles products without a pass rule and recovers panics in the worker.",
             [2, 3, 5, 6, 9, 11, 14]))

# ===================== VETERINARY HOSPITAL GROUP =====================

def winston(level, msg, *pairs):
    """winston format.json() with timestamp and defaultMeta service."""
    body = '{"level":%s,"message":%s' % (json.dumps(level), json.dumps(msg))
    if pairs:
        body += "," + _kv(pairs)
    return body + ',"service":"sms-reminder-worker","timestamp":"@ISO@"}'


_UA_AND = "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Mobile Safari/537.36"
_UA_MAC = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15"


def _ngxa(client, req, status, size, ua, rt, urt, ref="https://book.riverbendvet.example/"):
    return '%s - - [@NGX@] "%s" %d %d "%s" "%s" rt=%s uct=0.000 urt=%s' % (
        client, req, status, size, ref, ua, rt, urt)


# --- vet healthy 1: appointments-api Monday morning traffic -----------------
_web = {"namespace": "appointments", "pod": "appointments-api-6c8d7f9b45-qw2rt",
        "container": "web", "node": "vet-prod-w2", "app": "appointments-api"}
_nx = {"namespace": "appointments", "pod": "appointments-api-6c8d7f9b45-qw2rt",
       "container": "nginx", "node": "vet-prod-w2", "app": "appointments-api"}
add("vet", "2026-02-09T08:00:00",
    "Monday rush on online booking: I see 404s, a 499, a 409 and workers exiting in the appointments-api logs. Is booking healthy?",
    sel(namespace="appointments", app="appointments-api"),
    [
        (0.0, _nx, _ngxa("10.42.1.17", "GET /api/v2/clinics/rbv-eastside/slots?date=2026-02-09 HTTP/1.1", 200, 4812, _UA_MAC, "0.084", "0.084")),
        (1.0, _web, "[@GUNI@] [23] [INFO] Autorestarting worker after current request."),
        (1.6, _web, "[@GUNI@] [23] [INFO] Worker exiting (pid: 23)"),
        (2.3, _web, "[@GUNI@] [61] [INFO] Booting worker with pid: 61"),
        (3.1, _web, "/usr/local/lib/python3.11/site-packages/django/conf/__init__.py:241: RemovedInDjango50Warning: The USE_L10N setting is deprecated. Starting with Django 5.0, localized formatting of data will always be enabled. For example Django will display numbers and dates using the format of the current locale."),
        (3.6, _web, "  warnings.warn(USE_L10N_DEPRECATED_MSG, RemovedInDjango50Warning)"),
        (5.0, _web, "WARNING @PY@ log Not Found: /wp-login.php"),
        (5.6, _nx, _ngxa("203.0.113.91", "GET /wp-login.php HTTP/1.1", 404, 179, _UA_WIN, "0.012", "0.012", ref="-")),
        (7.0, _nx, _ngxa("10.42.1.17", "GET /api/v2/clinics/rbv-northgate/slots?date=2026-02-10 HTTP/1.1", 499, 0, _UA_AND, "1.204", "-")),
        (8.2, _web, "INFO @PY@ views booking created appointment=APT-20260209-00413 clinic=rbv-eastside patient=PT-88213 slot=09:30 channel=web"),
        (8.8, _nx, _ngxa("10.42.1.17", "POST /api/v2/appointments HTTP/1.1", 201, 611, _UA_MAC, "0.142", "0.141")),
        (9.5, _web, "DEBUG @PY@ clients sms client configured base_url=http://sms-reminder-worker.comms.svc:3000 timeout=30s retries=2"),
        (10.5, _web, "INFO @PY@ cache slot cache miss key=slots:rbv-northgate:2026-02-10 rebuilt in 212ms"),
        (14.0, _nx, '10.42.2.1 - - [@NGX@] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29" rt=0.006 uct=0.000 urt=0.006'),
        (17.5, _web, "WARNING @PY@ views booking rejected: slot already taken slot=rbv-eastside/2026-02-09T10:00 patient=PT-10982 status=409"),
        (18.3, _nx, _ngxa("10.42.1.17", "POST /api/v2/appointments HTTP/1.1", 409, 88, _UA_AND, "0.061", "0.061")),
        (20.1, _web, "INFO @PY@ views booking created appointment=APT-20260209-00414 clinic=rbv-eastside patient=PT-10982 slot=10:15 channel=web"),
    ],
    healthy("No incident: gunicorn recycled a worker via max_requests, the 404 is a WordPress scanner, the 499 is a client that closed the page, the 409 is a normal double-booking race and the deprecation warning is informational.",
            "Online booking is healthy during the Monday peak: bookings are created, slot lookups return 200 within ~0.1-0.2s and health checks pass."))

# --- vet healthy 2: lab interface VM overnight (journald) ---------------------
def _lab(unit, ident):
    return {"job": "systemd-journal", "host": "lab-if-01", "unit": unit, "syslog_identifier": ident}
_h7 = _lab("hl7-bridge.service", "hl7-bridge")
_bk = _lab("lab-archive-backup.service", "lab-archive-backup")
_sd = _lab("lab-archive-backup.service", "systemd")
add("vet", "2026-03-03T02:00:00",
    "The lab interface server logged a duplicate message, connection closes and an rsync warning overnight. Did we lose any lab results or backups?",
    None,
    [
        (0.0, _h7, "INFO hl7bridge.mllp inbound connection from 10.80.3.21:49822 (analyzer=procyte-eastside)"),
        (0.8, _h7, "INFO hl7bridge.router ORU^R01 received control_id=EAS20260303020000117 patient=PT-55120 results=24 -> ACK AA"),
        (2.2, _h7, "WARNING hl7bridge.router duplicate control_id=EAS20260303015912094 already processed at 2026-03-03T01:59:12Z; re-sending ACK AA (idempotent)"),
        (3.0, _h7, "INFO hl7bridge.mllp peer 10.80.3.21:49822 closed connection after 3 messages"),
        (5.0, _sd, "Starting lab-archive-backup.service - Nightly lab archive backup..."),
        (9.5, _bk, "rsync warning: some files vanished before they could be transferred (code 24) at main.c(1338) [sender=3.2.7]"),
        (10.1, _bk, "lab-archive-backup: rsync exit 24 (spool files rotated during transfer) treated as success; files=18442 transferred=2.3GiB"),
        (10.6, _sd, "lab-archive-backup.service: Deactivated successfully."),
        (11.0, _sd, "Finished lab-archive-backup.service - Nightly lab archive backup."),
        (11.4, _sd, "lab-archive-backup.service: Consumed 41.233s CPU time."),
        (20.0, _h7, "INFO hl7bridge.mllp inbound connection from 10.80.4.17:51002 (analyzer=catalyst-northgate)"),
        (20.7, _h7, "INFO hl7bridge.router ORU^R01 received control_id=NGT20260303020019004 patient=PT-61877 results=31 -> ACK AA"),
        (22.0, _h7, "INFO hl7bridge.outbound delivered 26 results to pims (https://pims.rbv.internal/api/lab-results) in 1.8s failures=0"),
        (26.4, _h7, "INFO hl7bridge.mllp peer 10.80.4.17:51002 closed connection after 1 messages"),
    ],
    healthy("No incident: the duplicate HL7 message was a sender retransmission acknowledged idempotently, MLLP peers closing idle connections is normal, and rsync exit 24 (files rotated during transfer) is an expected, handled outcome of the nightly backup.",
            "Lab interface is healthy: results are ACKed (AA) and delivered to PIMS with failures=0, and the nightly archive backup finished successfully."))

# --- vet healthy 3: nightly pharmacy reconciliation CronJob -------------------
_evp = {"namespace": "pharmacy", "job": "kube-events"}
_rc = {"namespace": "pharmacy", "pod": "pharmacy-reconcile-29481180-6vxzn",
       "container": "reconcile", "node": "vet-prod-w3", "app": "pharmacy-reconcile"}
_RB = "@ISO@  %s 1 --- [pharmacy-reconcile] [%s] %-40s : %s"
_JP = "[{'run.date':'{value=2026-01-20, type=class java.lang.String, identifying=true}'}]"
add("vet", "2026-01-20T01:00:00",
    "The overnight pharmacy reconcile printed low-stock and memory warnings. Does pharmacy inventory need attention?",
    sel(namespace="pharmacy"),
    [
        (0.0, _evp, ev("CronJob", "pharmacy-reconcile", "SuccessfulCreate", "Created job pharmacy-reconcile-29481180", src="cronjob-controller")),
        (0.7, _evp, ev("Job", "pharmacy-reconcile-29481180", "SuccessfulCreate", "Created pod: pharmacy-reconcile-29481180-6vxzn", src="job-controller")),
        (4.0, _rc, _RB % ("INFO", "           main", "c.r.p.ReconcileApplication", "Starting ReconcileApplication v1.9.3 using Java 17.0.10 with PID 1 (/app/app.jar started by app in /app)")),
        (7.2, _rc, _RB % ("WARN", "           main", "org.hibernate.orm.deprecation", "HHH90000025: PostgreSQLDialect does not need to be specified explicitly using 'hibernate.dialect' (remove the property setting and it will be selected by default)")),
        (8.1, _rc, _RB % ("INFO", "           main", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Start completed.")),
        (9.4, _rc, _RB % ("INFO", "           main", "o.s.b.c.l.support.SimpleJobLauncher", "Job: [SimpleJob: [name=inventoryReconcile]] launched with the following parameters: " + _JP)),
        (9.9, _rc, _RB % ("INFO", "           main", "o.s.batch.core.job.SimpleStepHandler", "Executing step: [reconcileSkus]")),
        (41.0, _rc, _RB % ("WARN", "           main", "c.r.p.reconcile.ReconcileWriter", "Low stock: SKU AMOX-250-TAB on_hand=14 reorder_point=20; purchase order PO-260120-0031 drafted")),
        (44.6, _rc, _RB % ("INFO", "           main", "c.r.p.reconcile.ControlledAudit", "controlled substance count check: skus=38 variance=0")),
        (58.0, _rc, _RB % ("INFO", "           main", "o.s.batch.core.step.AbstractStep", "Step: [reconcileSkus] executed in 48s112ms")),
        (58.6, _rc, _RB % ("INFO", "           main", "c.r.p.reconcile.ReconcileListener", "Reconciliation finished: skus_checked=2314 mismatches=0 errors=0 purchase_orders_drafted=3")),
        (59.1, _rc, _RB % ("WARN", "           main", "c.r.p.reconcile.MemoryReport", "memory report: heap_used=612MiB heap_max=1536MiB peak_rss=1.1GiB container_limit=2GiB (OOM-safe, warn threshold 85%)")),
        (59.7, _rc, _RB % ("INFO", "           main", "o.s.b.c.l.support.SimpleJobLauncher", "Job: [SimpleJob: [name=inventoryReconcile]] completed with the following parameters: " + _JP + " and the following status: [COMPLETED] in 50s331ms")),
        (60.5, _rc, _RB % ("INFO", "ionShutdownHook", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Shutdown completed.")),
        (62.0, _evp, ev("Job", "pharmacy-reconcile-29481180", "Completed", "Job completed", src="job-controller")),
        (62.8, _evp, ev("CronJob", "pharmacy-reconcile", "SawCompletedJob", "Saw completed job: pharmacy-reconcile-29481180, status: Complete", src="cronjob-controller")),
        (63.4, _evp, ev("CronJob", "pharmacy-reconcile", "SuccessfulDelete", "Deleted job pharmacy-reconcile-29479740", src="cronjob-controller")),
    ],
    healthy("No incident: the nightly reconciliation completed with mismatches=0 and errors=0; the low-stock line is normal business that auto-drafted a purchase order, the memory report is well under the limit, and the Hibernate dialect warning is a deprecation notice.",
            "pharmacy-reconcile ran to COMPLETED in 50s: 2314 SKUs checked, no mismatches, controlled-substance variance 0, three purchase orders drafted."))

# --- vet healthy 4: SMS reminder batch with normal per-message failures -------
_sms = {"namespace": "comms", "pod": "sms-reminder-worker-7b5d8c9f64-lm2xv",
        "container": "worker", "node": "vet-prod-w1", "app": "sms-reminder-worker"}
add("vet", "2026-02-16T17:00:00",
    "The reminder worker logged a 429, some invalid numbers and an undelivered status tonight. Are clients getting their appointment reminders?",
    sel(namespace="comms", app="sms-reminder-worker"),
    [
        (0.0, _sms, winston("info", "reminder batch started", ("batch", "20260216-1700"), ("due", 412))),
        (0.6, _sms, winston("debug", "provider client config", ("provider", "twilio"), ("timeoutMs", 30000), ("maxRps", 10), ("retries", 3))),
        (1.4, _sms, winston("info", "cache miss, template loaded", ("key", "clinic-template:rbv-northgate"), ("loadMs", 35))),
        (2.2, _sms, winston("info", "sms sent", ("appointment", "APT-20260217-00102"), ("sid", "SM8f3c2a91d04b4e7fa61b2c9d0e5f7a13"))),
        (4.0, _sms, winston("warn", "send failed permanently, flagged for front desk", ("appointment", "APT-20260217-00117"), ("code", 21211), ("error", "Invalid 'To' Phone Number"))),
        (6.1, _sms, winston("warn", "provider returned 429, retrying", ("appointment", "APT-20260217-00131"), ("retryAfterMs", 1000), ("attempt", 1))),
        (7.3, _sms, winston("info", "sms sent", ("appointment", "APT-20260217-00131"), ("sid", "SM1b7e0d4c92a84f3e8c5d6a2f9e1b0c47"), ("attempt", 2))),
        (8.4, _sms, winston("info", "inbound STOP received, client unsubscribed", ("client", "CL-20931"), ("from", "+1555010xxxx"))),
        (12.0, _sms, winston("info", "delivery status", ("sid", "SM4d2a9c7e1f0b4c8da3e6f5b2c9d81e70"), ("status", "undelivered"), ("errorCode", 30003), ("error", "Unreachable destination handset"))),
        (20.5, _sms, winston("warn", "send failed permanently, flagged for front desk", ("appointment", "APT-20260217-00266"), ("code", 21211), ("error", "Invalid 'To' Phone Number"))),
        (33.0, _sms, winston("info", "sms sent", ("appointment", "APT-20260217-00398"), ("sid", "SMc0e9b2d7a4f14e3b9d8c6a1f2e7b5d90"))),
        (41.2, _sms, winston("info", "reminder batch finished", ("batch", "20260216-1700"), ("sent", 408), ("invalidNumbers", 3), ("optedOut", 1), ("retries", 1), ("errors", 0), ("durationS", 41.2))),
    ],
    healthy("No incident: the single 429 was retried and sent, invalid numbers and an unreachable handset are per-client data issues routed to the front desk, and the STOP is a normal opt-out.",
            "Reminder batch completed in 41s: 408 of 412 reminders sent, 3 invalid numbers flagged, 1 opt-out, errors=0."))

# --- vet healthy 5: planned kured reboot of a worker node ---------------------
_kur = {"namespace": "kube-system", "pod": "kured-9xk2p", "container": "kured",
        "node": "vet-prod-w2", "app": "kured"}
_evd = {"namespace": "default", "job": "kube-events"}
_eva = {"namespace": "appointments", "job": "kube-events"}
_wo = {"namespace": "appointments", "pod": "appointments-api-6c8d7f9b45-qw2rt",
       "container": "web", "node": "vet-prod-w2", "app": "appointments-api"}
_no = {"namespace": "appointments", "pod": "appointments-api-6c8d7f9b45-qw2rt",
       "container": "nginx", "node": "vet-prod-w2", "app": "appointments-api"}
_wn = {"namespace": "appointments", "pod": "appointments-api-6c8d7f9b45-x9kbd",
       "container": "web", "node": "vet-prod-w3", "app": "appointments-api"}
_nn = {"namespace": "appointments", "pod": "appointments-api-6c8d7f9b45-x9kbd",
       "container": "nginx", "node": "vet-prod-w3", "app": "appointments-api"}
add("vet", "2026-02-22T06:00:00",
    "Got a NodeNotReady and a 'Rebooted' warning for vet-prod-w2 early Sunday morning. Did something crash?",
    None,
    [
        (0.0, _kur, 'time="@ISOS@" level=info msg="Reboot required"'),
        (0.8, _kur, 'time="@ISOS@" level=info msg="Acquired reboot lock"'),
        (1.5, _kur, 'time="@ISOS@" level=info msg="Draining node vet-prod-w2"'),
        (2.1, _evd, ev("Node", "vet-prod-w2", "NodeNotSchedulable", "Node vet-prod-w2 status is now: NodeNotSchedulable", src="kubelet", host="vet-prod-w2")),
        (3.0, _eva, ev("Pod", "appointments-api-6c8d7f9b45-qw2rt", "EvictionByEvictionAPI", "Eviction API: evicting")),
        (3.6, _wo, "[@GUNI@] [1] [INFO] Handling signal: term"),
        (4.2, _no, "@NGXE@ [notice] 1#1: signal 3 (SIGQUIT) received, shutting down"),
        (4.9, _wo, "[@GUNI@] [61] [INFO] Worker exiting (pid: 61)"),
        (5.5, _wo, "[@GUNI@] [1] [INFO] Shutting down: Master"),
        (6.3, _eva, ev("Pod", "appointments-api-6c8d7f9b45-x9kbd", "Scheduled", "Successfully assigned appointments/appointments-api-6c8d7f9b45-x9kbd to vet-prod-w3", src="default-scheduler")),
        (10.2, _wn, "[@GUNI@] [1] [INFO] Starting gunicorn 21.2.0"),
        (10.7, _wn, "[@GUNI@] [1] [INFO] Listening at: http://0.0.0.0:8000 (1)"),
        (11.2, _wn, "[@GUNI@] [1] [INFO] Using worker: gthread"),
        (11.8, _wn, "[@GUNI@] [7] [INFO] Booting worker with pid: 7"),
        (31.0, _kur, 'time="@ISOS@" level=info msg="Running command: [/usr/bin/nsenter -m/proc/1/ns/mnt -- /bin/systemctl reboot] for node: vet-prod-w2"'),
        (78.4, _evd, ev("Node", "vet-prod-w2", "NodeNotReady", "Node vet-prod-w2 status is now: NodeNotReady", src="node-controller")),
        (121.6, _evd, ev("Node", "vet-prod-w2", "Rebooted", "Node vet-prod-w2 has been rebooted, boot id: 6b1f0c2e-8d47-4a93-b5e2-0f9c3d71a8e4", etype="Warning", src="kubelet", host="vet-prod-w2")),
        (122.3, _evd, ev("Node", "vet-prod-w2", "NodeReady", "Node vet-prod-w2 status is now: NodeReady", src="kubelet", host="vet-prod-w2")),
        (131.0, _kur, 'time="@ISOS@" level=info msg="Uncordoning node vet-prod-w2"'),
        (131.7, _kur, 'time="@ISOS@" level=info msg="Releasing lock"'),
        (140.2, _nn, _ngxa("10.42.1.17", "GET /api/v2/clinics/rbv-westgate/slots?date=2026-02-23 HTTP/1.1", 200, 3901, _UA_AND, "0.091", "0.091")),
    ],
    healthy("No incident: kured performed a planned kernel-update reboot of vet-prod-w2; the node was drained first (appointments-api shut down gracefully and was rescheduled on vet-prod-w3), the NotReady/Rebooted events are the expected reboot, and the node came back Ready and was uncordoned.",
            "Planned, orderly node reboot by kured; workloads moved and kept serving, node returned Ready in about two minutes."))

# --- vet WARN tls_certificate: lab interface client cert expiring in 9 days ---
_ce = _lab("cert-expiry-check.service", "cert-expiry-check")
_ces = _lab("cert-expiry-check.service", "systemd")
add("vet", "2026-03-11T06:00:00",
    "Lab results from the reference lab are flowing fine this morning. Anything in the lab interface logs I should know about?",
    None,
    [
        (0.0, _h7, "INFO hl7bridge.mllp inbound connection from 10.80.3.21:50114 (analyzer=procyte-eastside)"),
        (0.7, _h7, "INFO hl7bridge.router ORU^R01 received control_id=EAS20260311060000021 patient=PT-70218 results=22 -> ACK AA"),
        (2.0, _h7, "INFO hl7bridge.reflab connecting to northvale-reflab mllp.northvalelab.example:6661 (MLLP over TLS)"),
        (2.6, _h7, "INFO hl7bridge.reflab TLS handshake ok protocol=TLSv1.3 peer=CN=mllp.northvalelab.example client_cert=CN=lab-if-01.rbv.internal"),
        (3.2, _h7, "WARNING hl7bridge.tls client certificate CN=lab-if-01.rbv.internal (issuer CN=Northvale Partner CA G2) expires in 9 days (notAfter=2026-03-20T00:00:00Z); renewal is manual via partner portal"),
        (4.0, _h7, "INFO hl7bridge.reflab ORM^O01 sent control_id=RBV20260311060004 order=LO-260311-0088 -> ACK AA"),
        (5.1, _h7, "INFO hl7bridge.reflab ORU^R01 received control_id=NVL20260311055801 results=48 -> ACK AA"),
        (6.0, _h7, "INFO hl7bridge.outbound delivered 70 results to pims (https://pims.rbv.internal/api/lab-results) in 2.1s failures=0"),
        (15.0, _ces, "Starting cert-expiry-check.service - Daily TLS certificate expiry check..."),
        (15.6, _ce, "/etc/hl7-bridge/tls/client.pem: notAfter=Mar 20 00:00:00 2026 GMT (8d 18h left) -> WARN (threshold 14d)"),
        (16.1, _ce, "/etc/hl7-bridge/tls/ca-bundle.pem: notAfter=Nov  2 23:59:59 2030 GMT (1697d left) -> OK"),
        (16.6, _ces, "cert-expiry-check.service: Deactivated successfully."),
        (25.0, _h7, "INFO hl7bridge.mllp peer 10.80.3.21:50114 closed connection after 2 messages"),
    ],
    incident("WARN", "tls_certificate", "hl7-bridge",
             "The mTLS client certificate hl7-bridge uses for the Northvale reference-lab MLLP link (CN=lab-if-01.rbv.internal) expires on 2026-03-20 and is renewed manually, not automatically.",
             "Reference-lab orders and results still flow, but hl7-bridge's client certificate expires in 9 days; when it lapses the reference lab will reject the TLS handshake and send-out results will stop.",
             "Request a new client certificate from the Northvale partner portal, install it in /etc/hl7-bridge/tls/client.pem and restart hl7-bridge before 2026-03-20; add the renewal to the calendar/automation.",
             [4, 9]))

# --- vet WARN rate_limited: vaccination-campaign batch throttled by SMS provider -
_R429 = "Too Many Requests"
add("vet", "2026-03-02T17:00:00",
    "Some clients say tonight's vaccination reminders arrived late. Did the reminder batch have problems?",
    sel(namespace="comms", app="sms-reminder-worker"),
    [
        (0.0, _sms, winston("info", "reminder batch started", ("batch", "20260302-1700"), ("due", 1240), ("campaign", "spring-vaccines"))),
        (0.6, _sms, winston("debug", "provider client config", ("provider", "twilio"), ("timeoutMs", 30000), ("maxRps", 30), ("retries", 5))),
        (1.5, _sms, winston("info", "chunk sent", ("chunk", 1), ("size", 50), ("ok", 50))),
        (2.6, _sms, winston("warn", "provider returned 429, backing off", ("chunk", 3), ("status", 429), ("code", 20429), ("error", _R429), ("backoffMs", 2000))),
        (5.0, _sms, winston("warn", "provider returned 429, backing off", ("chunk", 3), ("status", 429), ("code", 20429), ("error", _R429), ("backoffMs", 4000))),
        (9.4, _sms, winston("info", "chunk sent", ("chunk", 3), ("size", 50), ("ok", 50), ("attempt", 3))),
        (11.8, _sms, winston("warn", "provider returned 429, backing off", ("chunk", 5), ("status", 429), ("code", 20429), ("error", _R429), ("backoffMs", 8000))),
        (20.3, _sms, winston("info", "inbound STOP received, client unsubscribed", ("client", "CL-31177"), ("from", "+1555014xxxx"))),
        (23.0, _sms, winston("warn", "sustained throttling, lowering send rate", ("fromRps", 30), ("toRps", 8))),
        (400.0, _sms, winston("info", "reminder batch progress", ("sent", 700), ("pending", 540), ("throttled429", 41), ("elapsedS", 400))),
        (610.0, _sms, winston("warn", "provider returned 429, backing off", ("chunk", 19), ("status", 429), ("code", 20429), ("error", _R429), ("backoffMs", 2000))),
        (838.4, _sms, winston("info", "reminder batch finished", ("batch", "20260302-1700"), ("sent", 1238), ("invalidNumbers", 1), ("optedOut", 1), ("throttled429", 57), ("errors", 0), ("durationS", 838.4), ("lateOver10m", 310))),
    ],
    incident("WARN", "rate_limited", "sms-reminder-worker",
             "sms-reminder-worker sends at maxRps=30, above the SMS provider account's throughput, so the provider throttles it with 429 Too Many Requests (code 20429) during the large spring-vaccines batch.",
             "Tonight's 1240-reminder batch was throttled 57 times and took 14 minutes instead of under a minute; every reminder was eventually delivered (errors=0) but about 310 went out more than 10 minutes late.",
             "Set sms-reminder-worker's maxRps to the provider account limit (or raise the account's throughput / use a messaging service pool) and spread campaign batches; no urgent action since all messages were delivered.",
             [1, 3, 4, 6, 8, 11]))

# --- vet WARN database: hot-standby replay blocked by long reporting query ------
_p1 = {"namespace": "appointments", "pod": "clinicdb-postgresql-0", "container": "postgresql",
       "node": "vet-prod-w1", "app": "clinicdb"}
_p2 = {"namespace": "appointments", "pod": "clinicdb-postgresql-1", "container": "postgresql",
       "node": "vet-prod-w3", "app": "clinicdb"}
_rp = {"namespace": "appointments", "pod": "reporting-export-29535780-d2vkx", "container": "export",
       "node": "vet-prod-w2", "app": "reporting-export"}
_wa = {"namespace": "appointments", "pod": "appointments-api-6c8d7f9b45-x9kbd",
       "container": "web", "node": "vet-prod-w3", "app": "appointments-api"}
add("vet", "2026-02-26T23:10:00",
    "appointments-api keeps warning about replica lag tonight and moving reads to the primary. Is the clinic database OK?",
    sel(namespace="appointments"),
    [
        (0.0, _wa, "INFO @PY@ dbrouter replica lag check lag_s=4.2 threshold_s=15 reads=replica"),
        (1.2, _rp, "@PY@ INFO export monthly_visit_summary running on clinicdb-postgresql-1 (read replica) elapsed=00:10:12"),
        (3.0, _p2, "@PG@ [88] LOG:  recovery still waiting after 1000.412 ms: recovery conflict on snapshot"),
        (3.5, _p2, "@PG@ [88] DETAIL:  Conflicting process: 4121."),
        (4.0, _p2, "@PG@ [88] CONTEXT:  WAL redo at 3/5A1F2C08 for Heap2/PRUNE: snapshotConflictHorizon: 99812211, nredirected: 0, ndead: 3; blkref #0: rel 1663/16384/24577, blk 8812"),
        (8.0, _wa, "INFO @PY@ views booking created appointment=APT-20260227-00019 clinic=rbv-westgate patient=PT-40377 slot=08:00 channel=web"),
        (31.0, _p1, "@PG@ [2210] LOG:  checkpoint starting: time"),
        (60.0, _wa, "WARNING @PY@ dbrouter replica lag 41.3s exceeds 15s threshold, routing reads to primary"),
        (120.0, _wa, "WARNING @PY@ dbrouter replica lag 103.8s exceeds 15s threshold, routing reads to primary"),
        (150.0, _p1, "@PG@ [2210] LOG:  checkpoint complete: wrote 8812 buffers (6.7%); 0 WAL file(s) added, 0 removed, 2 recycled; write=119.012 s, sync=0.021 s, total=119.088 s; sync files=58, longest=0.004 s, average=0.001 s; distance=41288 kB, estimate=44102 kB; lsn=3/5C2A1B40, redo lsn=3/5B0E2A18"),
        (240.0, _wa, "WARNING @PY@ dbrouter replica lag 224.5s exceeds 15s threshold, routing reads to primary"),
        (301.5, _rp, "@PY@ INFO export monthly_visit_summary finished rows=1204877 elapsed=00:15:14 -> s3://rbv-reports/2026-02/visit_summary.parquet"),
        (302.2, _p2, "@PG@ [88] LOG:  recovery finished waiting after 299204.118 ms: recovery conflict on snapshot"),
        (330.0, _wa, "INFO @PY@ dbrouter replica lag 0.9s below threshold, reads back on replica"),
    ],
    incident("WARN", "database", "clinicdb",
             "A 15-minute monthly reporting export runs on the clinicdb hot-standby replica; with replay waiting on the conflicting query (recovery conflict on snapshot), WAL replay stalls and replication lag grows to minutes.",
             "clinicdb replica lag climbed to ~225s while the monthly_visit_summary export held a snapshot; appointments-api routed reads to the primary as designed and lag returned to <1s when the export finished.",
             "Run the reporting export against a dedicated reporting replica or a snapshot, or cap max_standby_streaming_delay / enable hot_standby_feedback on clinicdb; keep the dbrouter fallback. No urgent action.",
             [2, 3, 1, 7, 8, 10, 12]))

# --- vet WARN scheduling: lab-results-worker scale-out pods stay Pending -------
_evb = {"namespace": "lab", "job": "kube-events"}
_lw = {"namespace": "lab", "pod": "lab-results-worker-5f7b9c8d64-q7xmd", "container": "worker",
       "node": "vet-prod-w3", "app": "lab-results-worker"}
_FS = ("0/6 nodes are available: 2 Insufficient memory, 4 node(s) had untolerated taint {dedicated: imaging}. "
       "preemption: 0/6 nodes are available: 2 No preemption victims found for incoming pod, 4 Preemption is not helpful for scheduling.")
add("vet", "2026-01-27T07:30:00",
    "Lab results are reaching the clinics a few minutes slower than usual this morning. Is the lab pipeline keeping up?",
    sel(namespace="lab"),
    [
        (0.0, _evb, ev("HorizontalPodAutoscaler", "lab-results-worker", "SuccessfulRescale", "New size: 5; reason: external metric rabbitmq_queue_messages_ready above target", src="horizontal-pod-autoscaler")),
        (0.8, _evb, ev("Deployment", "lab-results-worker", "ScalingReplicaSet", "Scaled up replica set lab-results-worker-5f7b9c8d64 to 5 from 3", src="deployment-controller")),
        (1.5, _evb, ev("Pod", "lab-results-worker-5f7b9c8d64-hn4xq", "FailedScheduling", _FS, etype="Warning", src="default-scheduler")),
        (2.1, _evb, ev("Pod", "lab-results-worker-5f7b9c8d64-t8vbk", "FailedScheduling", _FS, etype="Warning", src="default-scheduler")),
        (7.0, _evb, ev("Pod", "lab-results-worker-5f7b9c8d64-hn4xq", "NotTriggerScaleUp", "pod didn't trigger scale-up: 1 max node group size reached, 1 node(s) had untolerated taint {dedicated: imaging}", src="cluster-autoscaler")),
        (9.4, _lw, "[@PY@: INFO/ForkPoolWorker-3] Task lab.tasks.deliver_result[8f2c6a1e-4b7d-4e90-a3c5-1d9e7f0b2c68] succeeded in 1.21s: None"),
        (14.9, _lw, "[@PY@: INFO/MainProcess] worker stats: queue=lab-results ready=655 consumers=3 rss=1.9GiB mem_request=6Gi delivery_delay_p95=4m12s"),
        (16.0, _lw, "[@PY@: INFO/ForkPoolWorker-1] Task lab.tasks.deliver_result[3b9e0d57-1c2a-4f86-b7d4-6e8a2f1c9d03] succeeded in 0.98s: None"),
        (40.3, _lw, "[@PY@: INFO/ForkPoolWorker-4] Task lab.tasks.deliver_result[c5e2a9f1-8d3b-4e07-b1a6-7f4c0d9e2b85] succeeded in 1.13s: None"),
        (75.0, _evb, ev("Pod", "lab-results-worker-5f7b9c8d64-t8vbk", "FailedScheduling", _FS, etype="Warning", src="default-scheduler")),
        (76.1, _lw, "[@PY@: INFO/MainProcess] worker stats: queue=lab-results ready=731 consumers=3 rss=1.9GiB mem_request=6Gi delivery_delay_p95=5m03s"),
        (80.2, _lw, "[@PY@: INFO/ForkPoolWorker-2] Task lab.tasks.deliver_result[a7d1f4e9-0c3b-4d25-9e68-2b5c7a1f0e94] succeeded in 1.07s: None"),
    ],
    incident("WARN", "scheduling", "lab-results-worker",
             "The HPA scaled lab-results-worker to 5 but each pod requests 6Gi memory (actual use ~1.9GiB); the two general nodes have no room, the other four are tainted for imaging, and the vet-general node group is at its max size, so 2 pods stay Pending.",
             "lab-results-worker runs 3 of 5 desired replicas; results still flow but the queue is growing (655 -> 731 ready) and p95 delivery delay is ~5 minutes.",
             "Lower lab-results-worker's memory request to match real usage (e.g. 2.5Gi) or raise the vet-general node group max size; watch the queue until the pending pods schedule.",
             [2, 3, 4, 6, 9, 10]))

# --- vet ERROR auth_failure: distributor rejects rotated OAuth client secret ----
_pi = {"namespace": "pharmacy", "pod": "pharmacy-inventory-68d9c7b5f4-wz5kt",
       "container": "pharmacy-inventory", "node": "vet-prod-w1", "app": "pharmacy-inventory"}
_PB = "@ISO@ %5s 1 --- [pharmacy-inventory] [%s] %-40s : %s"
_IC = "[invalid_client] Client authentication failed"
add("vet", "2026-02-04T14:00:00",
    "Clinics say this afternoon's pharmacy restock orders never reached the distributor. What's failing in pharmacy-inventory?",
    sel(namespace="pharmacy", app="pharmacy-inventory"),
    [
        (0.0, _pi, _PB % ("INFO", "   scheduling-1", "c.r.p.orders.OrderSyncJob", "order sync started pending_orders=7 distributor=vetdistrib")),
        (0.7, _pi, _PB % ("INFO", "   scheduling-1", "c.r.p.config.DistributorCredentials", "distributor client credentials loaded from /var/run/secrets/vetdistrib/client-secret (client_id=rbv-pharmacy-prod, secret mtime 2025-11-03T10:12:44Z)")),
        (1.4, _pi, _PB % ("WARN", "   scheduling-1", "c.r.p.distrib.DistribClient", 'POST https://api.vetdistrib.example/oauth2/token -> 401 Unauthorized (WWW-Authenticate: Basic realm="vetdistrib", error="invalid_client")')),
        (2.0, _pi, _PB % ("ERROR", "   scheduling-1", "c.r.p.orders.OrderSyncJob", "order sync failed for PO-260204-0012: " + _IC)),
        (2.5, _pi, "org.springframework.security.oauth2.client.ClientAuthorizationException: " + _IC),
        (3.0, _pi, "\tat org.springframework.security.oauth2.client.ClientCredentialsOAuth2AuthorizedClientProvider.getTokenResponse(ClientCredentialsOAuth2AuthorizedClientProvider.java:144)"),
        (3.5, _pi, "Caused by: org.springframework.security.oauth2.core.OAuth2AuthorizationException: " + _IC),
        (4.1, _pi, _PB % ("WARN", "   scheduling-1", "c.r.p.orders.OrderSyncJob", "order sync finished sent=0 failed=7 consecutive_failures=14 last_success=2026-02-04T12:47:09Z")),
        (40.0, _pi, _PB % ("INFO", "nio-8080-exec-6", "c.r.p.stock.StockService", "dispensed SKU CARP-75-TAB qty=30 clinic=rbv-eastside on_hand=212")),
        (95.0, _pi, _PB % ("INFO", "nio-8080-exec-2", "c.r.p.stock.StockService", "dispensed SKU MELOX-1.5-SUSP qty=1 clinic=rbv-northgate on_hand=18")),
        (300.0, _pi, _PB % ("INFO", "   scheduling-1", "c.r.p.orders.OrderSyncJob", "order sync started pending_orders=8 distributor=vetdistrib")),
        (300.8, _pi, _PB % ("WARN", "   scheduling-1", "c.r.p.distrib.DistribClient", 'POST https://api.vetdistrib.example/oauth2/token -> 401 Unauthorized (WWW-Authenticate: Basic realm="vetdistrib", error="invalid_client")')),
        (301.4, _pi, _PB % ("ERROR", "   scheduling-1", "c.r.p.orders.OrderSyncJob", "order sync failed for PO-260204-0012: " + _IC)),
        (302.0, _pi, _PB % ("WARN", "   scheduling-1", "c.r.p.orders.OrderSyncJob", "order sync finished sent=0 failed=8 consecutive_failures=15 last_success=2026-02-04T12:47:09Z")),
    ],
    incident("ERROR", "auth_failure", "pharmacy-inventory",
             "The distributor's OAuth token endpoint rejects pharmacy-inventory's client credentials (401 invalid_client): the client secret mounted from vetdistrib/client-secret dates from November and no longer matches the one registered with the distributor.",
             "Every pharmacy-inventory order sync since 12:47 has failed with 401 invalid_client; 8 restock orders are queued and none reach the distributor, while local dispensing still works.",
             "Obtain the current client secret from the vetdistrib partner portal (it was likely rotated), update the vetdistrib Secret and restart pharmacy-inventory, then confirm the queued purchase orders are sent.",
             [2, 3, 1, 7, 11, 13]))

# --- vet ERROR database: appointments-db runs out of connection slots ----------
_evx = {"namespace": "appointments", "job": "kube-events"}
_adb = {"namespace": "appointments", "pod": "appointments-db-0", "container": "postgres",
        "node": "vet-prod-w1", "app": "appointments-db"}
_wb = {"namespace": "appointments", "pod": "appointments-api-6c8d7f9b45-r2mfk",
       "container": "web", "node": "vet-prod-w1", "app": "appointments-api"}
_nb = {"namespace": "appointments", "pod": "appointments-api-6c8d7f9b45-r2mfk",
       "container": "nginx", "node": "vet-prod-w1", "app": "appointments-api"}
_TMC = ('django.db.utils.OperationalError: connection to server at "appointments-db" (10.43.18.20), port 5432 failed: '
        'FATAL:  sorry, too many clients already')
add("vet", "2026-03-09T08:30:00",
    "Front desks report intermittent 500 errors when booking appointments since 8:30. What's causing them?",
    sel(namespace="appointments"),
    [
        (0.0, _evx, ev("HorizontalPodAutoscaler", "appointments-api", "SuccessfulRescale", "New size: 8; reason: cpu resource utilization (percentage of request) above target", src="horizontal-pod-autoscaler")),
        (2.4, _wb, "INFO @PY@ views booking created appointment=APT-20260309-00221 clinic=rbv-westgate patient=PT-30118 slot=09:00 channel=desk"),
        (5.1, _adb, "@PG@ [30211] FATAL:  sorry, too many clients already"),
        (5.6, _wb, "ERROR @PY@ log Internal Server Error: /api/v2/appointments"),
        (6.1, _wb, _TMC),
        (6.6, _nb, _ngxa("10.42.1.17", "POST /api/v2/appointments HTTP/1.1", 500, 145, _UA_WIN, "0.031", "0.031", ref="https://desk.riverbendvet.example/")),
        (8.0, _adb, "@PG@ [30219] FATAL:  remaining connection slots are reserved for non-replication superuser connections"),
        (8.5, _wb, "ERROR @PY@ log Internal Server Error: /api/v2/clinics/rbv-eastside/slots"),
        (9.7, _nb, _ngxa("10.42.1.17", "GET /api/v2/clinics/rbv-eastside/slots?date=2026-03-09 HTTP/1.1", 200, 5120, _UA_MAC, "0.077", "0.077", ref="https://desk.riverbendvet.example/")),
        (12.2, _adb, "@PG@ [30240] FATAL:  sorry, too many clients already"),
        (12.7, _wb, _TMC),
        (13.2, _nb, _ngxa("10.42.1.17", "POST /api/v2/appointments HTTP/1.1", 500, 145, _UA_WIN, "0.029", "0.029", ref="https://desk.riverbendvet.example/")),
        (16.0, _wb, "INFO @PY@ views booking created appointment=APT-20260309-00224 clinic=rbv-eastside patient=PT-55120 slot=09:15 channel=desk"),
        (20.0, _adb, "@PG@ [30256] FATAL:  sorry, too many clients already"),
        (30.0, _wb, "WARNING @PY@ dbhealth connection errors last_60s=23 max_connections=100 app_replicas=8 conn_per_replica=16"),
    ],
    incident("ERROR", "database", "appointments-db",
             "appointments-db (max_connections=100) has run out of connection slots: after the HPA scaled appointments-api to 8 replicas holding up to 16 connections each, new connections are refused with 'sorry, too many clients already'.",
             "A share of booking and slot requests fail with HTTP 500 because appointments-db rejects new connections; roughly 23 connection errors a minute, other requests still succeed.",
             "Put a connection pooler (PgBouncer) in front of appointments-db or raise max_connections, and cap appointments-api's per-replica connections so 8 replicas fit; short term, lower CONN_MAX_AGE/pool size.",
             [2, 6, 4, 5, 14]))

# --- vet CRITICAL oom_killed: hl7-parser crash-loops on a huge spooled batch ----
_evl2 = {"namespace": "lab", "job": "kube-events"}
_hp1 = {"namespace": "lab", "pod": "hl7-parser-7c5f9d8b46-2kd9x", "container": "hl7-parser",
        "node": "vet-prod-w2", "app": "hl7-parser"}
_hp2 = {"namespace": "lab", "pod": "hl7-parser-7c5f9d8b46-7wq5m", "container": "hl7-parser",
        "node": "vet-prod-w3", "app": "hl7-parser"}
_lrw = {"namespace": "lab", "pod": "lab-results-worker-5f7b9c8d64-q7xmd", "container": "worker",
        "node": "vet-prod-w3", "app": "lab-results-worker"}
_HB = "@ISO@ %5s 1 --- [hl7-parser] [%s] %-40s : %s"
_SPOOL = "resuming spooled batch batch=NVL-20260218-0931 size=412MB messages=1 type=ORU^R01 (OBX-5 ED base64 PDF)"
_JOOM = "Terminating due to java.lang.OutOfMemoryError: Java heap space"
add("vet", "2026-02-18T10:15:00",
    "No lab results have reached any clinic for almost an hour and the hl7-parser pods keep restarting. What's wrong?",
    sel(namespace="lab"),
    [
        (0.0, _evl2, ev("Pod", "hl7-parser-7c5f9d8b46-2kd9x", "Started", "Started container hl7-parser", src="kubelet", host="vet-prod-w2")),
        (6.2, _hp1, _HB % ("INFO", "           main", "c.r.l.h.Hl7ParserApplication", "Started Hl7ParserApplication in 5.874 seconds (process running for 6.41)")),
        (7.0, _hp1, _HB % ("INFO", "    spool-reader", "c.r.l.h.SpoolReader", _SPOOL)),
        (7.6, _hp1, _HB % ("INFO", "    spool-reader", "c.r.l.h.OruParser", "parsing batch=NVL-20260218-0931 jvm_max_heap=768m container_limit=1Gi")),
        (15.1, _hp1, "java.lang.OutOfMemoryError: Java heap space"),
        (15.6, _hp1, "Dumping heap to /tmp/hl7-parser-heap.hprof ..."),
        (18.5, _hp1, "Heap dump file created [801234567 bytes in 2.871 secs]"),
        (18.9, _hp1, _JOOM),
        (20.2, _evl2, ev("Pod", "hl7-parser-7c5f9d8b46-2kd9x", "BackOff", "Back-off restarting failed container hl7-parser in pod hl7-parser-7c5f9d8b46-2kd9x_lab(9d3e7a1c-2f6b-4e85-a0c4-7b1d5e9f3a26)", etype="Warning", src="kubelet", host="vet-prod-w2")),
        (21.0, _hp2, _HB % ("INFO", "    spool-reader", "c.r.l.h.SpoolReader", _SPOOL)),
        (32.4, _hp2, _JOOM),
        (34.0, _evl2, ev("Pod", "hl7-parser-7c5f9d8b46-7wq5m", "BackOff", "Back-off restarting failed container hl7-parser in pod hl7-parser-7c5f9d8b46-7wq5m_lab(c41f8b2e-7a9d-4d03-b6e5-2f8c1a7d9e40)", etype="Warning", src="kubelet", host="vet-prod-w3")),
        (60.0, _lrw, "[@PY@: INFO/MainProcess] worker stats: queue=lab-results ready=0 consumers=3 rss=1.2GiB mem_request=6Gi delivery_delay_p95=0s last_result_received=52m ago"),
        (180.0, _evl2, ev("Pod", "hl7-parser-7c5f9d8b46-2kd9x", "Started", "Started container hl7-parser", src="kubelet", host="vet-prod-w2")),
        (187.1, _hp1, _HB % ("INFO", "    spool-reader", "c.r.l.h.SpoolReader", _SPOOL)),
        (198.7, _hp1, _JOOM),
        (200.1, _evl2, ev("Pod", "hl7-parser-7c5f9d8b46-2kd9x", "BackOff", "Back-off restarting failed container hl7-parser in pod hl7-parser-7c5f9d8b46-2kd9x_lab(9d3e7a1c-2f6b-4e85-a0c4-7b1d5e9f3a26)", etype="Warning", src="kubelet", host="vet-prod-w2")),
    ],
    incident("CRITICAL", "oom_killed", "hl7-parser",
             "A single 412MB ORU^R01 batch with an embedded base64 PDF is parsed fully in memory; hl7-parser runs out of its 768m Java heap (OutOfMemoryError, JVM terminates) and, because the batch stays in the spool, every restart retries it and dies again.",
             "Both hl7-parser replicas are crash-looping with java.lang.OutOfMemoryError on batch NVL-20260218-0931, so no lab results have been parsed or delivered to any clinic for about 50 minutes.",
             "Quarantine batch NVL-20260218-0931 out of the spool so hl7-parser can process the backlog, then raise hl7-parser's heap and memory limit and make the parser stream large OBX attachments instead of loading them whole.",
             [4, 2, 7, 8, 10, 11, 15, 12]))

# --- vet CRITICAL probe_failure: deep liveness check kills every API pod -------
_evq = {"namespace": "appointments", "job": "kube-events"}
def _ap(suffix, node, container):
    return {"namespace": "appointments", "pod": "appointments-api-59b7d6c8f4-" + suffix,
            "container": container, "node": node, "app": "appointments-api"}
_aw1, _an1 = _ap("h6ktz", "vet-prod-w1", "web"), _ap("h6ktz", "vet-prod-w1", "nginx")
_aw2 = _ap("c4pnv", "vet-prod-w2", "web")
_LPF = 'Liveness probe failed: Get "http://%s:8000/healthz/deep": context deadline exceeded (Client.Timeout exceeded while awaiting headers)'
add("vet", "2026-01-12T08:05:00",
    "Online booking and the front-desk app are down across all clinics and the appointments-api pods keep restarting. What's happening?",
    sel(namespace="appointments", app="appointments-api"),
    [
        (0.0, _an1, _ngxa("10.42.1.17", "GET /api/v2/clinics/rbv-eastside/slots?date=2026-01-12 HTTP/1.1", 200, 4630, _UA_MAC, "2.812", "2.812")),
        (1.1, _evq, ev("Pod", "appointments-api-59b7d6c8f4-h6ktz", "Unhealthy", _LPF % "10.42.1.33", etype="Warning", src="kubelet", host="vet-prod-w1")),
        (1.9, _aw1, "INFO @PY@ health deep check db=ok redis=ok pims=ok took=1.84s"),
        (3.0, _evq, ev("Pod", "appointments-api-59b7d6c8f4-h6ktz", "Unhealthy", _LPF % "10.42.1.33", etype="Warning", src="kubelet", host="vet-prod-w1")),
        (3.6, _evq, ev("Pod", "appointments-api-59b7d6c8f4-h6ktz", "Killing", "Container web failed liveness probe, will be restarted", src="kubelet", host="vet-prod-w1")),
        (4.2, _aw1, "[@GUNI@] [1] [INFO] Handling signal: term"),
        (4.8, _aw1, "[@GUNI@] [1] [WARNING] Worker with pid 33 was terminated due to signal 15"),
        (5.4, _an1, '@NGXE@ [error] 22#22: *4412 connect() failed (111: Connection refused) while connecting to upstream, client: 10.42.1.17, server: _, request: "POST /api/v2/appointments HTTP/1.1", upstream: "http://127.0.0.1:8000/api/v2/appointments", host: "book.riverbendvet.example"'),
        (5.9, _an1, _ngxa("10.42.1.17", "POST /api/v2/appointments HTTP/1.1", 502, 157, _UA_AND, "0.001", "0.000")),
        (7.0, _evq, ev("Pod", "appointments-api-59b7d6c8f4-c4pnv", "Unhealthy", _LPF % "10.42.2.51", etype="Warning", src="kubelet", host="vet-prod-w2")),
        (7.6, _aw2, "INFO @PY@ health deep check db=ok redis=ok pims=ok took=2.06s"),
        (9.1, _evq, ev("Pod", "appointments-api-59b7d6c8f4-c4pnv", "Killing", "Container web failed liveness probe, will be restarted", src="kubelet", host="vet-prod-w2")),
        (14.0, _aw1, "[@GUNI@] [1] [INFO] Starting gunicorn 21.2.0"),
        (14.6, _aw1, "[@GUNI@] [1] [INFO] Listening at: http://0.0.0.0:8000 (1)"),
        (35.2, _aw1, "INFO @PY@ health deep check db=ok redis=ok pims=ok took=2.31s"),
        (36.0, _evq, ev("Pod", "appointments-api-59b7d6c8f4-h6ktz", "Unhealthy", _LPF % "10.42.1.33", etype="Warning", src="kubelet", host="vet-prod-w1")),
        (58.3, _evq, ev("Pod", "appointments-api-59b7d6c8f4-h6ktz", "BackOff", "Back-off restarting failed container web in pod appointments-api-59b7d6c8f4-h6ktz_appointments(5e8b2d4f-1a7c-4c39-9f06-3d2e8b7a1c55)", etype="Warning", src="kubelet", host="vet-prod-w1")),
        (59.5, _evq, ev("Pod", "appointments-api-59b7d6c8f4-c4pnv", "BackOff", "Back-off restarting failed container web in pod appointments-api-59b7d6c8f4-c4pnv_appointments(a2f7c9e1-6d3b-4b58-8e24-9c1f5a0d7b36)", etype="Warning", src="kubelet", host="vet-prod-w2")),
        (61.0, _an1, _ngxa("10.42.1.17", "GET /api/v2/clinics/rbv-northgate/slots?date=2026-01-12 HTTP/1.1", 502, 157, _UA_MAC, "0.001", "0.000")),
    ],
    incident("CRITICAL", "probe_failure", "appointments-api",
             "appointments-api's liveness probe hits /healthz/deep, which synchronously checks the database, Redis and PIMS; under Monday-morning load it takes 1.8-2.3s, longer than the probe timeout, so kubelet kills healthy gunicorn processes.",
             "Every appointments-api replica is being killed by failed liveness probes and is now in CrashLoopBackOff although the app itself answers (db/redis/pims ok); booking and front-desk requests get 502s across all clinics.",
             "Point the liveness probe at a cheap /healthz endpoint (keep deep checks for readiness only) and raise timeoutSeconds/failureThreshold; apply the probe change to the appointments-api deployment now to stop the restarts.",
             [1, 2, 4, 9, 10, 11, 16, 17, 8]))

# ===================== PUBLIC RADIO BROADCASTER =====================

_UA_ITUNES = "iTunes/12.12 (Macintosh; OS X 14.2)"
_UA_VLC = "VLC/3.0.20 LibVLC/3.0.20"

# --- radio healthy 1: planned encoder swap on the Icecast origin --------------
_ie = {"job": "icecast", "host": "stream-ice-01", "filename": "/var/log/icecast2/error.log"}
_ia = {"job": "icecast", "host": "stream-ice-01", "filename": "/var/log/icecast2/access.log"}
_hx = {"job": "systemd-journal", "host": "stream-ice-01", "unit": "haproxy.service"}
add("radio", "2026-03-09T14:00:00",
    "Icecast logged a source exit and moved all listeners to the backup mount at 2pm, plus some 401s. Did the live stream drop?",
    None,
    [
        (0.0, _ie, '[@ICE@] INFO source/source_shutdown Source from 10.30.1.11 at "/live.mp3" exited'),
        (0.5, _ie, '[@ICE@] INFO source/source_move_clients passing 1843 listeners to "/backup.mp3"'),
        (3.2, _ie, '[@ICE@] INFO connection/_handle_source_request Source logging in at mountpoint "/live.mp3" from 10.30.1.12'),
        (3.8, _ie, '[@ICE@] INFO source/source_move_clients passing 1838 listeners to "/live.mp3"'),
        (4.5, _ie, '[@ICE@] INFO admin/admin_handle_request Received admin command metadata on mount "/live.mp3"'),
        (5.0, _ie, '[@ICE@] INFO admin/command_metadata Metadata on mountpoint /live.mp3 changed to "All Things Considered"'),
        (6.0, _ia, '198.51.100.61 - - [@NGX@] "GET /live.mp3 HTTP/1.1" 200 21488120 "-" "%s" 5371' % _UA_ITUNES),
        (7.1, _hx, '10.30.0.2:52114 [@HAP@] fe_stream be_icecast/ice01 0/0/1/2/3604112 200 14483201 - - CD-- 1838/1838/1836/1836/0 0/0 "GET /live.mp3 HTTP/1.1"'),
        (8.0, _ia, '203.0.113.12 - - [@NGX@] "GET /favicon.ico HTTP/1.1" 404 0 "https://listen.lakeshorepublic.example/" "%s" 0' % _UA_WIN),
        (9.4, _ie, "[@ICE@] WARN auth/admin_auth Unauthorized admin request from 45.148.10.77"),
        (9.8, _ia, '45.148.10.77 - - [@NGX@] "GET /admin/ HTTP/1.1" 401 0 "-" "Mozilla/5.0 zgrab/0.x" 0'),
        (12.6, _ia, '192.0.2.19 - - [@NGX@] "GET /live.mp3 HTTP/1.1" 200 148201 "-" "%s" 9' % _UA_VLC),
        (20.0, _ie, "[@ICE@] INFO source/source_main listener count on /live.mp3 now 1851"),
    ],
    healthy("No incident: the studio A encoder was swapped for studio B as planned; Icecast moved listeners to the fallback mount for about 3 seconds and back to /live.mp3 when the new source logged in. The 401s are an unauthenticated scanner hitting /admin/, and CD-- / short listener sessions are clients disconnecting.",
            "Live stream is up on /live.mp3 from the studio B encoder with ~1850 listeners; the fallback mount covered the planned handover."))

# --- radio healthy 2: podcast feed generator hourly run -----------------------
_evp2 = {"namespace": "podcasts", "job": "kube-events"}
_fg = {"namespace": "podcasts", "pod": "podcast-feed-generator-29551980-rk7wz", "container": "feedgen",
       "node": "klpr-k8s-w2", "app": "podcast-feed-generator"}
add("radio", "2026-03-10T05:00:00",
    "The podcast feed job logged a read timeout and a skipped episode this morning. Are the podcast feeds up to date?",
    sel(namespace="podcasts"),
    [
        (0.0, _evp2, ev("CronJob", "podcast-feed-generator", "SuccessfulCreate", "Created job podcast-feed-generator-29551980", src="cronjob-controller")),
        (0.6, _evp2, ev("Job", "podcast-feed-generator-29551980", "SuccessfulCreate", "Created pod: podcast-feed-generator-29551980-rk7wz", src="job-controller")),
        (3.0, _fg, "@PY@ INFO feedgen: starting run shows=6 base_url=https://podcasts.lakeshorepublic.example"),
        (3.5, _fg, "@PY@ DEBUG feedgen.http: session defaults timeout=30s retries=Retry(total=3, backoff_factor=0.5)"),
        (5.0, _fg, "@PY@ INFO feedgen: show=lakeshore-mornings episodes=412 new=1"),
        (35.6, _fg, "@PY@ WARNING urllib3.connectionpool: Retrying (Retry(total=2, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ReadTimeoutError(\"HTTPSConnectionPool(host='media.lakeshorepublic.example', port=443): Read timed out. (read timeout=30)\")': /episodes/lm-2026-03-10.mp3"),
        (36.9, _fg, "@PY@ INFO feedgen: HEAD /episodes/lm-2026-03-10.mp3 200 length=48211904"),
        (37.8, _fg, "@PY@ WARNING feedgen: show=great-lakes-report episode=glr-0311 skipped: embargoed until 2026-03-11T10:00:00Z"),
        (38.4, _fg, "@PY@ INFO feedgen: show=great-lakes-report episodes=128 new=0"),
        (39.3, _fg, "@PY@ INFO feedgen: artwork cache miss show=jazz-after-dark, fetched 1400x1400 in 0.4s"),
        (40.5, _fg, "@PY@ INFO feedgen: wrote 6 feeds to s3://klpr-podcasts/feeds/ (changed=1 unchanged=5)"),
        (41.1, _fg, "@PY@ INFO feedgen: CDN purge accepted purge_id=pg-7d21c0 paths=1"),
        (41.6, _fg, "@PY@ INFO feedgen: run complete in 38.6s errors=0 peak_rss=142MiB"),
        (43.5, _evp2, ev("Job", "podcast-feed-generator-29551980", "Completed", "Job completed", src="job-controller")),
        (44.1, _evp2, ev("CronJob", "podcast-feed-generator", "SawCompletedJob", "Saw completed job: podcast-feed-generator-29551980, status: Complete", src="cronjob-controller")),
    ],
    healthy("No incident: one media HEAD request hit a read timeout and succeeded on urllib3's automatic retry, and the skipped episode is intentionally embargoed until tomorrow.",
            "Hourly feed run completed with errors=0: 6 feeds written (1 changed with today's Lakeshore Mornings episode) and the CDN purge was accepted."))

# --- radio healthy 3: pledge drive peak hour ----------------------------------
_evg = {"namespace": "pledge", "job": "kube-events"}
_pw1 = {"namespace": "pledge", "pod": "pledge-web-5d8c7b9f64-gq2vx", "container": "pledge-web",
        "node": "klpr-k8s-w1", "app": "pledge-web"}
_pw6 = {"namespace": "pledge", "pod": "pledge-web-5d8c7b9f64-zt8kc", "container": "pledge-web",
        "node": "klpr-k8s-w3", "app": "pledge-web"}
_pa = {"namespace": "pledge", "pod": "pledge-api-7f9b6d5c84-m2hxl", "container": "pledge-api",
       "node": "klpr-k8s-w2", "app": "pledge-api"}
_PA = "@ISO@ %5s 1 --- [pledge-api] [%s] %-40s : %s"


def _req(rid, method, url, status, rt, host="pledge-web-5d8c7b9f64-gq2vx", level=30):
    return pino(level, host, "request completed",
                ("req", {"id": rid, "method": method, "url": url}),
                ("res", {"statusCode": status}), ("responseTime", rt))


add("radio", "2026-03-18T12:10:00",
    "It's the peak hour of the spring pledge drive and I see declines, 404s, retries and disconnects in the pledge logs. Is the donation site OK?",
    sel(namespace="pledge"),
    [
        (0.0, _evg, ev("HorizontalPodAutoscaler", "pledge-web", "SuccessfulRescale", "New size: 6; reason: cpu resource utilization (percentage of request) above target", src="horizontal-pod-autoscaler")),
        (0.8, _pw1, _req(88121, "POST", "/api/pledges", 201, 184)),
        (1.6, _pa, _PA % ("INFO", "nio-8080-exec-7", "c.l.p.pledge.PledgeService", "pledge created id=PL-26S-104233 amount_cents=12000 frequency=monthly gift=tote-2026 payment=card")),
        (2.4, _pa, _PA % ("WARN", "nio-8080-exec-3", "c.l.p.payments.PaymentService", "card declined for pledge PL-26S-104234 (decline_code=insufficient_funds); donor prompted to use another card")),
        (3.2, _pw1, _req(88122, "POST", "/api/pledges", 402, 311, level=40)),
        (4.5, _pa, _PA % ("INFO", "nio-8080-exec-9", "c.l.p.payments.WebhookController", "webhook evt_3OxR8fK2Lq type=payment_intent.succeeded already processed, ignoring (idempotent replay)")),
        (5.3, _pw1, pino(30, "pledge-web-5d8c7b9f64-gq2vx", "SSE client disconnected", ("path", "/api/totals/stream"), ("durationMs", 412877))),
        (6.0, _pw1, _req(88125, "GET", "/wp-login.php", 404, 2, level=40)),
        (7.5, _pa, _PA % ("DEBUG", "l-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Pool stats (total=10, active=3, idle=7, waiting=0)")),
        (8.4, _pa, _PA % ("INFO", "   scheduling-1", "c.l.p.totals.TotalsJob", "drive totals updated raised_cents=18233400 pledges=2114 goal_pct=60.8")),
        (9.3, _pw6, "(node:1) [DEP0005] DeprecationWarning: Buffer() is deprecated due to security and usability issues. Please use the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead."),
        (10.0, _pw6, pino(30, "pledge-web-5d8c7b9f64-zt8kc", "server listening", ("port", 3000))),
        (12.0, _pa, _PA % ("WARN", "crm-sync-2", "c.l.p.crm.CrmSyncClient", "crm sync attempt 1 failed for donor DN-88213: Read timed out; retrying in 500ms")),
        (13.0, _pa, _PA % ("INFO", "crm-sync-2", "c.l.p.crm.CrmSyncClient", "crm sync ok donor=DN-88213 attempt=2 latency_ms=640")),
        (14.5, _pw6, _req(5, "POST", "/api/pledges", 201, 203, host="pledge-web-5d8c7b9f64-zt8kc")),
        (16.0, _pa, _PA % ("INFO", "nio-8080-exec-2", "c.l.p.pledge.PledgeService", "pledge created id=PL-26S-104236 amount_cents=6000 frequency=one-time gift=none payment=card")),
    ],
    healthy("No incident: the HPA scaled pledge-web for drive traffic, the decline is a donor's card (insufficient funds), the webhook replay was ignored idempotently, SSE disconnects are donors closing the page, the 404 is a scanner, and the single CRM read timeout succeeded on retry.",
            "Pledge site healthy at peak: pledges are created in ~0.2s, the pool has plenty of idle connections, and drive totals keep updating (60.8% of goal)."))

# --- radio healthy 4: studio B encoder host (journald) ------------------------
def _enc(unit, ident, host="enc-studio-b"):
    return {"job": "systemd-journal", "host": host, "unit": unit, "syslog_identifier": ident}
_ls = _enc("liquidsoap.service", "liquidsoap")
_ch = _enc("chronyd.service", "chronyd")
_sm2 = _enc("smartd.service", "smartd")
_lr = _enc("logrotate.service", "systemd")
add("radio", "2026-03-05T05:59:00",
    "The studio B encoder printed 'Latency is too high' and a silence message as Morning Edition started. Is the encoder healthy?",
    None,
    [
        (0.0, _ls, "@NGXE@ [lpr_live_mp3:3] Connecting mount /live.mp3 for source@stream-ice-01.klpr.internal..."),
        (0.6, _ls, "@NGXE@ [lpr_live_mp3:3] Connection setup was successful."),
        (1.2, _ls, "@NGXE@ [lpr_live_aac:3] Connection setup was successful."),
        (1.9, _ls, "@NGXE@ [clock.main:2] Latency is too high: we must catchup 0.12 seconds! Check if your system can process your stream fast enough (CPU usage, disk access, etc) or if your stream should be self-sync (can happen when using `input.ffmpeg`). Refer to the latency control section of the documentation for more info."),
        (5.0, _ch, "Selected source 10.30.0.1 (ntp1.klpr.internal)"),
        (8.0, _sm2, "Device: /dev/sda [SAT], SMART Usage Attribute: 194 Temperature_Celsius changed from 36 to 38"),
        (10.0, _lr, "Starting logrotate.service - Rotate log files..."),
        (11.0, _lr, "logrotate.service: Deactivated successfully."),
        (11.5, _lr, "Finished logrotate.service - Rotate log files."),
        (30.2, _ls, "@NGXE@ [lang:3] silence 2.1s on studio_b_line, below 5.0s failover threshold (station ID gap)"),
        (45.0, _ls, "@NGXE@ [harbor:3] Client 10.30.1.40 connected to /studio_remote"),
        (46.1, _ls, "@NGXE@ [lang:3] now playing: Morning Edition (source=studio_b_line)"),
        (58.0, _ls, "@NGXE@ [harbor:3] Client 10.30.1.40 disconnected from /studio_remote"),
    ],
    healthy("No incident: a one-off 0.12s latency catch-up after the mounts connected, a 2.1s station-ID gap below the 5s silence failover threshold, a remote contributor connecting and disconnecting, and routine chrony/smartd/logrotate messages.",
            "Studio B encoder is streaming to both the MP3 and AAC mounts; the program started normally."))

# --- radio WARN resource_exhausted: air-check archive disk trending full ------
def _arc(unit, ident):
    return {"job": "systemd-journal", "host": "arch-01", "unit": unit, "syslog_identifier": ident}
_ar = _arc("aircheck-recorder.service", "aircheck-recorder")
_pr = _arc("aircheck-prune.service", "aircheck-prune")
_prs = _arc("aircheck-prune.service", "systemd")
_dk = _arc("disk-usage-check.service", "disk-usage-check")
_dks = _arc("disk-usage-check.service", "systemd")
_ssh = _arc("ssh.service", "sshd")
add("radio", "2026-03-12T03:00:00",
    "I only see routine hourly messages on the air-check archive server. Is there anything there I should look at this week?",
    None,
    [
        (0.0, _ar, "INFO aircheck: closed segment /srv/aircheck/2026/03/12/live_0200.flac (3600s, 612MiB)"),
        (0.6, _ar, "INFO aircheck: opened segment /srv/aircheck/2026/03/12/live_0300.flac"),
        (2.0, _prs, "Starting aircheck-prune.service - Prune air-check recordings older than retention..."),
        (4.5, _pr, "aircheck-prune: retention=400d (legal hold since 2026-01-15); deleted 0 files, freed 0 B; oldest recording 2025-02-05"),
        (5.0, _prs, "aircheck-prune.service: Deactivated successfully."),
        (6.1, _dks, "Starting disk-usage-check.service - Check archive filesystem usage..."),
        (6.8, _dk, "WARNING /srv/aircheck (/dev/sdb1) 86% used (1.72T of 2.00T), was 85% 24h ago, growth +14.6G/day, estimated full in ~19 days"),
        (7.3, _dks, "disk-usage-check.service: Deactivated successfully."),
        (10.2, _ssh, "Accepted publickey for backup from 10.30.0.9 port 50122 ssh2: ED25519 SHA256:q8Vb3kM0xT2n7LwZ5pR1cJ4yH6dF9sA0eG3uK7iO2mQ"),
        (10.7, _ssh, "pam_unix(sshd:session): session opened for user backup(uid=1002) by (uid=0)"),
        (15.0, _ar, "INFO aircheck: input level ok peak=-6.1dBFS silence=0s"),
        (62.0, _ssh, "pam_unix(sshd:session): session closed for user backup"),
    ],
    incident("WARN", "resource_exhausted", "arch-01",
             "Since a legal hold raised air-check retention to 400 days, aircheck-prune deletes nothing while FLAC recordings add ~14.6G/day, so the /srv/aircheck filesystem on arch-01 is filling up.",
             "The air-check archive filesystem on arch-01 is at 86% (up 1% a day) and will be full in about 19 days, at which point compliance recordings would stop; nothing is failing yet.",
             "Grow the /srv/aircheck volume on arch-01 (or move the held recordings to cold storage) within the next two weeks, and size it for the 400-day retention.",
             [6, 3]))

# --- radio WARN probe_failure: one hls-origin replica flaps NotReady -----------
_evs = {"namespace": "streaming", "job": "kube-events"}
def _ho(suffix, node):
    return {"namespace": "streaming", "pod": "hls-origin-6f8d9c7b54-" + suffix, "container": "origin",
            "node": node, "app": "hls-origin"}
_hoa, _hob, _hoc = _ho("x2mpz", "klpr-k8s-w1"), _ho("r7nvd", "klpr-k8s-w2"), _ho("k9w2d", "klpr-k8s-w3")
_RPF = "Readiness probe failed: HTTP probe failed with statuscode: 503"
add("radio", "2026-03-16T07:20:00",
    "The HLS origin keeps posting readiness-probe warnings during morning drive. Are stream listeners affected?",
    sel(namespace="streaming", app="hls-origin"),
    [
        (0.0, _hoa, slog("INFO", "segment synced", ("stream", "live_aac"), ("seq", 88211), ("lag_ms", 620))),
        (0.8, _hoc, slog("WARN", "segment sync slow", ("stream", "live_aac"), ("seq", 88209), ("lag_ms", 9200), ("fetch_ms", 4100), ("upstream", "hls-packager"))),
        (1.5, _hoc, slog("INFO", "ready check failed", ("reason", "segment sync lag 9.2s > 8s"))),
        (2.1, _evs, ev("Pod", "hls-origin-6f8d9c7b54-k9w2d", "Unhealthy", _RPF, etype="Warning", src="kubelet", host="klpr-k8s-w3")),
        (3.0, _hob, slog("INFO", "request", ("method", "GET"), ("path", "/live/aac/segment_88211.aac"), ("status", 200), ("bytes", 96412), ("dur_ms", 3))),
        (5.2, _hoa, slog("INFO", "request", ("method", "GET"), ("path", "/live/aac/playlist.m3u8"), ("status", 200), ("bytes", 612), ("dur_ms", 1))),
        (30.4, _hoc, slog("WARN", "segment sync slow", ("stream", "live_aac"), ("seq", 88214), ("lag_ms", 14200), ("fetch_ms", 6300), ("upstream", "hls-packager"))),
        (31.2, _evs, ev("Pod", "hls-origin-6f8d9c7b54-k9w2d", "Unhealthy", _RPF, etype="Warning", src="kubelet", host="klpr-k8s-w3")),
        (33.0, _hob, slog("INFO", "segment synced", ("stream", "live_aac"), ("seq", 88216), ("lag_ms", 580))),
        (60.5, _hoc, slog("INFO", "segment synced", ("stream", "live_aac"), ("seq", 88221), ("lag_ms", 1100))),
        (61.0, _hoc, slog("INFO", "ready check ok")),
        (90.3, _hoc, slog("WARN", "segment sync slow", ("stream", "live_aac"), ("seq", 88226), ("lag_ms", 10400), ("fetch_ms", 4800), ("upstream", "hls-packager"))),
        (91.1, _evs, ev("Pod", "hls-origin-6f8d9c7b54-k9w2d", "Unhealthy", _RPF, etype="Warning", src="kubelet", host="klpr-k8s-w3")),
        (95.0, _hoa, slog("INFO", "request", ("method", "GET"), ("path", "/live/aac/segment_88226.aac"), ("status", 200), ("bytes", 95880), ("dur_ms", 2))),
    ],
    incident("WARN", "probe_failure", "hls-origin",
             "The hls-origin replica hls-origin-6f8d9c7b54-k9w2d on klpr-k8s-w3 fetches segments from hls-packager slowly (4-6s), so its sync lag exceeds the 8s readiness threshold and the readiness probe returns 503 intermittently.",
             "One of three hls-origin replicas flaps between Ready and NotReady and is pulled out of the Service each time; the other two keep serving segments and playlists, so listeners are unaffected but capacity is reduced.",
             "Investigate the slow path from klpr-k8s-w3 to hls-packager (node network, noisy neighbour); delete the pod to reschedule it elsewhere if it keeps flapping.",
             [1, 3, 6, 7, 11, 12]))

# --- radio WARN connection_refused: pledge-redis evicted by autoscaler --------
_rd0 = {"namespace": "pledge", "pod": "pledge-redis-0", "container": "redis", "node": "klpr-k8s-w4",
        "app": "pledge-redis"}
_rd1 = {"namespace": "pledge", "pod": "pledge-redis-0", "container": "redis", "node": "klpr-k8s-w1",
        "app": "pledge-redis"}
add("radio", "2026-03-19T19:40:00",
    "A few donors got errors submitting pledges around 7:40pm and then it cleared up. What happened?",
    sel(namespace="pledge"),
    [
        (0.0, _pw1, _req(91402, "POST", "/api/pledges", 201, 176)),
        (1.0, _evg, ev("Pod", "pledge-redis-0", "ScaleDown", "deleting pod for node scale down", src="cluster-autoscaler")),
        (1.6, _rd0, "1:signal-handler (@EPOCHS@) Received SIGTERM scheduling shutdown..."),
        (2.1, _rd0, "1:M @REDIS@ # User requested shutdown..."),
        (2.6, _rd0, "1:M @REDIS@ * Saving the final RDB snapshot before exiting."),
        (3.1, _rd0, "1:M @REDIS@ * DB saved on disk"),
        (3.6, _rd0, "1:M @REDIS@ # Redis is now ready to exit, bye bye..."),
        (4.2, _pw1, "[ioredis] Unhandled error event: Error: connect ECONNREFUSED 10.43.12.7:6379"),
        (4.8, _pw1, pino(40, "pledge-web-5d8c7b9f64-gq2vx", "session store unavailable", ("err", "connect ECONNREFUSED 10.43.12.7:6379"))),
        (5.5, _pw1, _req(91405, "POST", "/api/pledges", 503, 12, level=50)),
        (8.0, _pw1, "[ioredis] Unhandled error event: Error: connect ECONNREFUSED 10.43.12.7:6379"),
        (9.9, _evg, ev("Pod", "pledge-redis-0", "Scheduled", "Successfully assigned pledge/pledge-redis-0 to klpr-k8s-w1", src="default-scheduler")),
        (10.4, _pw6, _req(6120, "POST", "/api/pledges", 503, 9, host="pledge-web-5d8c7b9f64-zt8kc", level=50)),
        (13.0, _rd1, "1:C @REDIS@ # oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo"),
        (13.8, _rd1, "1:M @REDIS@ * DB loaded from disk: 0.041 seconds"),
        (14.3, _rd1, "1:M @REDIS@ * Ready to accept connections tcp"),
        (15.2, _pw1, pino(30, "pledge-web-5d8c7b9f64-gq2vx", "session store reconnected", ("downtimeMs", 10900))),
        (17.0, _pw1, _req(91409, "POST", "/api/pledges", 201, 191)),
        (60.0, _pw1, pino(30, "pledge-web-5d8c7b9f64-gq2vx", "stats", ("windowS", 60), ("requests", 1840), ("errors5xx", 7), ("p99Ms", 402))),
    ],
    incident("WARN", "connection_refused", "pledge-redis",
             "pledge-redis is a single Redis pod with no PodDisruptionBudget or safe-to-evict annotation, so the cluster autoscaler deleted it during a node scale-down and pledge-web's connections were refused until it restarted on another node.",
             "For about 11 seconds pledge-web could not reach pledge-redis (ECONNREFUSED) and returned 503 on a handful of pledge submissions (7 5xx in that minute); Redis saved and reloaded its data and the site recovered on its own.",
             "Protect pledge-redis from voluntary evictions (PodDisruptionBudget or cluster-autoscaler.kubernetes.io/safe-to-evict=false) or run it with a replica/Sentinel, and have pledge-web retry session writes briefly.",
             [1, 7, 8, 9, 12, 18]))

# --- radio WARN auth_failure: episode-publisher CDN token lacks purge scope -----
_ep = {"namespace": "podcasts", "pod": "episode-publisher-6b9d7c5f48-tn4qs", "container": "publisher",
       "node": "klpr-k8s-w2", "app": "episode-publisher"}
_LG = 'time="@ISOS@" level=%s msg="%s"%s'
_P403 = ' status=403 error="token lacks required scope purge:write" zone=podcasts.lakeshorepublic.example paths=2'
add("radio", "2026-03-13T10:00:00",
    "Producers say new episodes take about 15 minutes to show up in podcast apps after publishing. Is something off with the publisher?",
    sel(namespace="podcasts", app="episode-publisher"),
    [
        (0.0, _ep, _LG % ("info", "loaded CDN API token", " path=/var/run/secrets/cdn/token token_name=podcasts-publisher-2026 scopes=\"zone:read,cache:read\"")),
        (2.5, _ep, _LG % ("info", "episode published", " show=great-lakes-report episode=glr-0313 audio=/episodes/glr-0313.mp3 bytes=31288410")),
        (3.1, _ep, _LG % ("info", "transcript uploaded", " episode=glr-0313 words=4120")),
        (3.8, _ep, _LG % ("warning", "CDN purge failed", _P403)),
        (4.3, _ep, _LG % ("info", "purge skipped, relying on cache expiry", " ttl=15m paths=\"/feeds/great-lakes-report.xml,/feeds/all.xml\"")),
        (20.0, _ep, _LG % ("info", "health", " queue=0 published_today=3")),
        (61.2, _ep, _LG % ("info", "episode published", " show=jazz-after-dark episode=jad-0313 audio=/episodes/jad-0313.mp3 bytes=82231907")),
        (61.9, _ep, _LG % ("warning", "CDN purge failed", _P403)),
        (62.4, _ep, _LG % ("info", "purge skipped, relying on cache expiry", " ttl=15m paths=\"/feeds/jazz-after-dark.xml,/feeds/all.xml\"")),
        (80.0, _ep, _LG % ("info", "health", " queue=0 published_today=4")),
    ],
    incident("WARN", "auth_failure", "episode-publisher",
             "episode-publisher's new CDN API token (podcasts-publisher-2026) only has zone:read and cache:read scopes, so cache purge requests are rejected with 403 (purge:write required).",
             "Episodes publish correctly but the feed purge is refused (403) every time, so podcast apps only see new episodes after the 15-minute CDN cache TTL.",
             "Reissue the CDN token with the purge:write scope (or restore the previous token) in the cdn Secret used by episode-publisher; no urgent impact beyond the delay.",
             [3, 0, 7]))

# --- radio WARN node_failure: corrected ECC errors climbing on enc-studio-a ----
_lsa = _enc("liquidsoap.service", "liquidsoap", host="enc-studio-a")
_kra = _enc("", "kernel", host="enc-studio-a")
del _kra["unit"]
_ras = _enc("rasdaemon.service", "rasdaemon", host="enc-studio-a")
_edc = _enc("edac-check.service", "edac-check", host="enc-studio-a")
_CE = ("EDAC MC0: 1 CE memory read error on CPU_SrcID#0_Ha#0_Chan#1_DIMM#0 (channel:1 slot:0 page:0x%s offset:0x%s grain:32 "
       "syndrome:0x0 - area:DRAM err_code:0001:0091 socket:0 ha:0 channel_mask:2 rank:1)")
add("radio", "2026-03-04T11:00:00",
    "The studio A encoder box is streaming fine but the kernel log has hardware error messages. How worried should we be?",
    None,
    [
        (0.0, _lsa, "@NGXE@ [lpr_live_mp3:3] Connection setup was successful."),
        (1.0, _kra, _CE % ("4a2b1", "3c0")),
        (1.6, _kra, "mce: [Hardware Error]: Machine check events logged"),
        (2.2, _ras, "rasdaemon: mc_event: 1 Corrected error: memory read error on CPU_SrcID#0_Ha#0_Chan#1_DIMM#0 (DIMM_B1) err_code:0001:0091"),
        (10.0, _lsa, "@NGXE@ [lang:3] now playing: Midday (source=studio_a_line)"),
        (38.4, _kra, _CE % ("51f07", "a80")),
        (39.0, _kra, "mce: [Hardware Error]: Machine check events logged"),
        (60.0, _edc, "EDAC: mc0 DIMM_B1 corrected errors 214 in last 24h (previous 24h: 31), threshold 100; uncorrected 0"),
        (75.5, _kra, _CE % ("4a2b1", "3c0")),
        (90.0, _lsa, "@NGXE@ [clock.main:3] Streaming loop running at 1.000x real time"),
    ],
    incident("WARN", "node_failure", "enc-studio-a",
             "DIMM B1 (channel 1) in the studio A encoder host enc-studio-a is failing: ECC is correcting a rapidly growing number of memory read errors (214 in 24h, up from 31).",
             "enc-studio-a still streams normally and all errors are corrected, but the corrected-error rate on one DIMM is climbing fast, which often precedes uncorrectable errors and a crash of the on-air encoder.",
             "Schedule replacement of DIMM B1 on enc-studio-a in the next maintenance window and move live encoding to studio B beforehand; watch for any uncorrected (UE) errors.",
             [1, 7, 3, 5]))

# --- radio ERROR timeout: crm-bridge too slow, pledges fail with 504 -----------
_cb = {"namespace": "pledge", "pod": "crm-bridge-7d4b8f6c95-v8hqn", "container": "crm-bridge",
       "node": "klpr-k8s-w3", "app": "crm-bridge"}
_RAE = ('org.springframework.web.client.ResourceAccessException: I/O error on POST request for '
        '"http://crm-bridge.pledge.svc:8000/donors": Read timed out')
add("radio", "2026-03-20T12:05:00",
    "During the noon pitch a lot of donors are getting 'Gateway Timeout' when they submit a pledge. Why?",
    sel(namespace="pledge"),
    [
        (0.0, _pa, _PA % ("INFO", "nio-8080-exec-4", "c.l.p.pledge.PledgeService", "pledge created id=PL-26S-118817 amount_cents=10000 frequency=monthly gift=mug-2026 payment=card")),
        (1.0, _cb, "@PY@ WARNING crm_bridge.client: donorhub POST /v3/contacts took 24.8s (sync, worker 1/1, no timeout set)"),
        (1.6, _pa, _PA % ("ERROR", "nio-8080-exec-9", "c.l.p.crm.CrmSyncClient", "crm sync failed for donor DN-90112: " + _RAE)),
        (2.2, _pa, _PA % ("WARN", "nio-8080-exec-9", "c.l.p.pledge.PledgeController", "pledge PL-26S-118820 failed: CRM donor sync timed out after 5000ms; returning 504")),
        (2.8, _pw1, _req(93311, "POST", "/api/pledges", 504, 5012, level=50)),
        (4.0, _cb, 'INFO:     10.42.2.33:48812 - "POST /donors HTTP/1.1" 200 OK'),
        (6.0, _pa, _PA % ("ERROR", "nio-8080-exec-2", "c.l.p.crm.CrmSyncClient", "crm sync failed for donor DN-90118: " + _RAE)),
        (6.6, _pw6, _req(7114, "POST", "/api/pledges", 504, 5009, host="pledge-web-5d8c7b9f64-zt8kc", level=50)),
        (8.0, _pa, _PA % ("INFO", "nio-8080-exec-6", "c.l.p.pledge.PledgeService", "pledge created id=PL-26S-118824 amount_cents=5000 frequency=one-time gift=none payment=card")),
        (10.0, _cb, "@PY@ WARNING crm_bridge.client: donorhub POST /v3/contacts took 27.1s (sync, worker 1/1, no timeout set)"),
        (11.4, _pa, _PA % ("ERROR", "nio-8080-exec-1", "c.l.p.crm.CrmSyncClient", "crm sync failed for donor DN-90121: " + _RAE)),
        (12.0, _pw1, _req(93320, "POST", "/api/pledges", 504, 5010, level=50)),
        (20.0, _pa, _PA % ("INFO", "   scheduling-1", "c.l.p.pledge.PledgeMetrics", "last 60s: pledges_ok=41 pledges_failed=19 crm_timeouts=19")),
    ],
    incident("ERROR", "timeout", "crm-bridge",
             "crm-bridge forwards each donor to the external donorhub CRM synchronously on a single worker with no timeout; donorhub is answering in 25-27s, so crm-bridge cannot reply within pledge-api's 5s read timeout.",
             "About a third of pledge submissions (19 of 60 in the last minute) fail with 504 Gateway Timeout because pledge-api's synchronous donor sync to crm-bridge times out; pledges that skip the CRM path still succeed.",
             "Decouple CRM sync from pledge submission (queue the donor sync in crm-bridge / pledge-api and accept the pledge), add a client timeout and more workers to crm-bridge, and raise the slowness with donorhub.",
             [1, 2, 3, 4, 9, 12]))

# --- radio ERROR config_error: feed generator missing FEED_CDN_BASE_URL --------
_fga = {"namespace": "podcasts", "pod": "podcast-feed-generator-29562240-f5bqz", "container": "feedgen",
        "node": "klpr-k8s-w1", "app": "podcast-feed-generator"}
_fgb = {"namespace": "podcasts", "pod": "podcast-feed-generator-29562300-xq6mj", "container": "feedgen",
        "node": "klpr-k8s-w3", "app": "podcast-feed-generator"}
add("radio", "2026-03-17T08:00:00",
    "This morning's Lakeshore Mornings episode still isn't in the podcast feed two hours after it was published. What's wrong?",
    sel(namespace="podcasts"),
    [
        (0.0, _evp2, ev("CronJob", "podcast-feed-generator", "SuccessfulCreate", "Created job podcast-feed-generator-29562240", src="cronjob-controller")),
        (4.1, _fga, "KeyError: 'FEED_CDN_BASE_URL'"),
        (41.0, _evp2, ev("Job", "podcast-feed-generator-29562240", "BackoffLimitExceeded", "Job has reached the specified backoff limit", etype="Warning", src="job-controller")),
        (41.7, _evp2, ev("CronJob", "podcast-feed-generator", "SawCompletedJob", "Saw completed job: podcast-feed-generator-29562240, status: Failed", src="cronjob-controller")),
        (1810.0, _ep, 'time="@ISOS@" level=info msg="episode published" show=lakeshore-mornings episode=lm-2026-03-17 audio=/episodes/lm-2026-03-17.mp3 bytes=47990311'),
        (3600.0, _evp2, ev("CronJob", "podcast-feed-generator", "SuccessfulCreate", "Created job podcast-feed-generator-29562300", src="cronjob-controller")),
        (3600.6, _evp2, ev("Job", "podcast-feed-generator-29562300", "SuccessfulCreate", "Created pod: podcast-feed-generator-29562300-xq6mj", src="job-controller")),
        (3603.0, _fgb, "Traceback (most recent call last):"),
        (3603.4, _fgb, '  File "/app/feedgen/__main__.py", line 4, in <module>'),
        (3603.8, _fgb, "    from feedgen.settings import settings"),
        (3604.2, _fgb, '  File "/app/feedgen/settings.py", line 18, in <module>'),
        (3604.6, _fgb, '    CDN_BASE_URL = os.environ["FEED_CDN_BASE_URL"]'),
        (3605.0, _fgb, "                   ~~~~~~~~~~^^^^^^^^^^^^^^^^^^^^^"),
        (3605.4, _fgb, "KeyError: 'FEED_CDN_BASE_URL'"),
        (3641.0, _evp2, ev("Job", "podcast-feed-generator-29562300", "BackoffLimitExceeded", "Job has reached the specified backoff limit", etype="Warning", src="job-controller")),
        (3641.6, _evp2, ev("CronJob", "podcast-feed-generator", "SawCompletedJob", "Saw completed job: podcast-feed-generator-29562300, status: Failed", src="cronjob-controller")),
    ],
    incident("ERROR", "config_error", "podcast-feed-generator",
             "The FEED_CDN_BASE_URL environment variable is no longer set for podcast-feed-generator (the key is missing from its ConfigMap/env), so feedgen.settings raises KeyError at import and every run exits immediately.",
             "Every hourly podcast-feed-generator run fails (BackoffLimitExceeded) with KeyError: 'FEED_CDN_BASE_URL', so no podcast feeds have been regenerated and newly published episodes are missing from all feeds.",
             "Restore FEED_CDN_BASE_URL in the podcast-feed-generator ConfigMap / CronJob env (check the latest config change), then trigger a manual run: kubectl -n podcasts create job --from=cronjob/podcast-feed-generator feedgen-manual.",
             [13, 11, 14, 1, 2]))

# --- radio ERROR resource_exhausted: pledge-api Hikari pool drained by leak ----
_PL = "com.zaxxer.hikari.pool.ProxyLeakTask"
_CNA = "HikariPool-1 - Connection is not available, request timed out after 30000ms (total=10, active=10, idle=0, waiting=%d)"
add("radio", "2026-03-18T18:30:00",
    "Pledges started failing with 500 errors about half an hour after we kicked off the thank-you receipt export. What's going on?",
    sel(namespace="pledge"),
    [
        (0.0, _pa, _PA % ("INFO", "nio-8080-exec-5", "c.l.p.pledge.PledgeService", "pledge created id=PL-26S-109902 amount_cents=15000 frequency=monthly gift=tote-2026 payment=card")),
        (1.0, _pa, _PA % ("WARN", "leak-detector-1", _PL, "Connection leak detection triggered for org.postgresql.jdbc.PgConnection@3f2a91c7 on thread receipt-export-3, stack trace follows")),
        (1.5, _pa, "java.lang.Exception: Apparent connection leak detected"),
        (2.0, _pa, "\tat com.zaxxer.hikari.HikariDataSource.getConnection(HikariDataSource.java:128)"),
        (2.5, _pa, "\tat com.lakeshorepublic.pledge.receipts.ReceiptExporter.exportBatch(ReceiptExporter.java:77)"),
        (14.0, _pa, _PA % ("WARN", "leak-detector-1", _PL, "Connection leak detection triggered for org.postgresql.jdbc.PgConnection@6b0e4d12 on thread receipt-export-4, stack trace follows")),
        (20.0, _pa, _PA % ("DEBUG", "l-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Pool stats (total=10, active=10, idle=0, waiting=31)")),
        (31.0, _pa, _PA % ("WARN", "nio-8080-exec-8", "o.h.engine.jdbc.spi.SqlExceptionHelper", "SQL Error: 0, SQLState: 08003")),
        (31.5, _pa, _PA % ("ERROR", "nio-8080-exec-8", "o.h.engine.jdbc.spi.SqlExceptionHelper", _CNA % 48)),
        (32.0, _pa, _PA % ("ERROR", "nio-8080-exec-8", "o.a.c.c.C.[.[.[/].[dispatcherServlet]", "Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: org.springframework.dao.DataAccessResourceFailureException: Unable to acquire JDBC Connection [" + _CNA % 48 + "]] with root cause")),
        (32.6, _pw1, _req(90211, "POST", "/api/pledges", 500, 30021, level=50)),
        (40.2, _pa, _PA % ("ERROR", "nio-8080-exec-2", "o.h.engine.jdbc.spi.SqlExceptionHelper", _CNA % 52)),
        (40.8, _pw6, _req(6812, "POST", "/api/pledges", 500, 30017, host="pledge-web-5d8c7b9f64-zt8kc", level=50)),
        (45.0, _pa, _PA % ("INFO", "nio-8080-exec-1", "c.l.p.pledge.PledgeService", "pledge created id=PL-26S-109915 amount_cents=5000 frequency=one-time gift=none payment=card")),
        (60.0, _pa, _PA % ("INFO", "   scheduling-1", "c.l.p.pledge.PledgeMetrics", "last 60s: pledges_ok=31 pledges_failed=44 db_pool_timeouts=44")),
    ],
    incident("ERROR", "resource_exhausted", "pledge-api",
             "The receipt export in pledge-api (ReceiptExporter.exportBatch) borrows JDBC connections and never returns them, so leaked connections fill the 10-connection HikariPool-1 and web requests wait 30s and fail.",
             "pledge-api's Hikari connection pool is exhausted (active=10, idle=0, ~50 waiting) since the receipt export started; more than half of pledge submissions fail with HTTP 500 after a 30s wait.",
             "Stop the receipt export (or restart pledge-api to reclaim the leaked connections) now, fix ReceiptExporter to close connections (try-with-resources / @Transactional), and run exports on a separate pool.",
             [1, 2, 4, 6, 8, 9, 10, 14]))

# --- radio CRITICAL storage: stream-archiver volume stuck on the old node ------
_kl4 = {"job": "systemd-journal", "node": "klpr-k8s-w4", "unit": "kubelet.service"}
_aa = {"namespace": "streaming", "pod": "archive-api-5c9f7b8d64-w6ltz", "container": "archive-api",
       "node": "klpr-k8s-w1", "app": "archive-api"}
_PVC = "pvc-8c1d5e2a-7b4f-4a09-9e36-2d1c0f8b7a54"
_VH = "0001-0009-rook-ceph-0000000000000002-7f1c2b9e-3d4a-11ef-9c2b-0a58a9feac02"
_TD = ('E@KLOG@    2214 nestedpendingoperations.go:348] Operation for "{volumeName:kubernetes.io/csi/rbd.csi.ceph.com^%s '
       'podName:41d7e3c9-5a2b-4f80-b6c1-8e9d2a7f0c35 nodeName:}" failed. No retries permitted until %s (durationBeforeRetry %s). '
       'Error: UnmountVolume.TearDown failed for volume "recordings" (UniqueName: "kubernetes.io/csi/rbd.csi.ceph.com^%s") '
       'pod "41d7e3c9-5a2b-4f80-b6c1-8e9d2a7f0c35" (UID: "41d7e3c9-5a2b-4f80-b6c1-8e9d2a7f0c35") : kubernetes.io/csi: '
       'Unmounter.TearDownAt failed: rpc error: code = Internal desc = unmount failed: exit status 32; umount: '
       '/var/lib/kubelet/pods/41d7e3c9-5a2b-4f80-b6c1-8e9d2a7f0c35/volumes/kubernetes.io~csi/%s/mount: target is busy.')
add("radio", "2026-03-15T06:10:00",
    "The 'listen again' archive has nothing since about 6:10 this morning and the stream-archiver pod is stuck in ContainerCreating. What's going on?",
    None,
    [
        (0.0, _evs, ev("StatefulSet", "stream-archiver", "SuccessfulDelete", "delete Pod stream-archiver-0 in StatefulSet stream-archiver successful", src="statefulset-controller")),
        (1.6, _evs, ev("StatefulSet", "stream-archiver", "SuccessfulCreate", "create Pod stream-archiver-0 in StatefulSet stream-archiver successful", src="statefulset-controller")),
        (2.2, _evs, ev("Pod", "stream-archiver-0", "Scheduled", "Successfully assigned streaming/stream-archiver-0 to klpr-k8s-w2", src="default-scheduler")),
        (3.0, _evs, ev("Pod", "stream-archiver-0", "FailedAttachVolume", 'Multi-Attach error for volume "%s" Volume is already exclusively attached to one node and can\'t be attached to another' % _PVC, etype="Warning", src="attachdetach-controller")),
        (5.0, _kl4, _TD % (_VH, "2026-03-15 06:10:06.1 +0000 UTC m=+912233.4", "1s", _VH, _PVC)),
        (69.0, _kl4, _TD % (_VH, "2026-03-15 06:13:11.0 +0000 UTC m=+912358.3", "2m2s", _VH, _PVC)),
        (125.0, _evs, ev("Pod", "stream-archiver-0", "FailedMount", "Unable to attach or mount volumes: unmounted volumes=[recordings], unattached volumes=[recordings kube-api-access-7xq2m]: timed out waiting for the condition", etype="Warning", src="kubelet", host="klpr-k8s-w2")),
        (130.0, _aa, slog("WARN", "archive gap detected", ("stream", "live_aac"), ("last_segment", "2026-03-15T06:10:02Z"), ("gap_s", 128))),
        (131.0, _aa, slog("WARN", "archive gap detected", ("stream", "classical_aac"), ("last_segment", "2026-03-15T06:10:02Z"), ("gap_s", 129))),
        (200.0, _kl4, _TD % (_VH, "2026-03-15 06:15:22.7 +0000 UTC m=+912550.0", "2m2s", _VH, _PVC)),
        (250.0, _evs, ev("Pod", "stream-archiver-0", "FailedMount", "Unable to attach or mount volumes: unmounted volumes=[recordings], unattached volumes=[recordings kube-api-access-7xq2m]: timed out waiting for the condition", etype="Warning", src="kubelet", host="klpr-k8s-w2")),
        (300.0, _aa, slog("ERROR", "archive gap exceeds 5m, listen-again incomplete", ("streams", 4), ("last_segment", "2026-03-15T06:10:02Z"), ("gap_s", 298))),
    ],
    incident("CRITICAL", "storage", "stream-archiver",
             "stream-archiver's ReadWriteOnce Ceph RBD volume (recordings) cannot be unmounted on its old node klpr-k8s-w4 ('target is busy'), so it is never detached and the new stream-archiver-0 on klpr-k8s-w2 hits a Multi-Attach error and cannot mount it.",
             "stream-archiver-0 has been stuck in ContainerCreating since 06:10 with FailedAttachVolume/FailedMount; nothing is being recorded for any of the 4 streams, so the listen-again archive is losing audio every minute.",
             "On klpr-k8s-w4 find and kill the process holding /var/lib/kubelet/pods/41d7e3c9-.../mount (fuser -m / lsof), let kubelet unmount so the volume detaches, and confirm stream-archiver-0 starts; backfill the gap from the air-check recordings if possible.",
             [4, 3, 6, 9, 11]))

# --- radio CRITICAL database: pledge-api migration fails, all replicas down ----
_evg2 = {"namespace": "pledge", "job": "kube-events"}
_pn = {"namespace": "pledge", "pod": "pledge-api-5b6c8d7f94-j4rcw", "container": "pledge-api",
       "node": "klpr-k8s-w2", "app": "pledge-api"}
_pdb = {"namespace": "pledge", "pod": "pledge-db-0", "container": "postgres", "node": "klpr-k8s-w4",
        "app": "pledge-db"}
_PN = "@ISO@ %5s 1 --- [pledge-api] [%s] %-40s : %s"
_MIG = 'Migration V42__unique_donor_email.sql failed'
add("radio", "2026-03-21T11:00:00",
    "We deployed pledge-api 3.4.0 on the last day of the drive and now the whole pledge site returns errors. What broke?",
    sel(namespace="pledge"),
    [
        (0.0, _evg2, ev("Deployment", "pledge-api", "ScalingReplicaSet", "Scaled down replica set pledge-api-7f9b6d5c84 to 0 from 4", src="deployment-controller")),
        (0.7, _evg2, ev("Deployment", "pledge-api", "ScalingReplicaSet", "Scaled up replica set pledge-api-5b6c8d7f94 to 4", src="deployment-controller")),
        (6.0, _pn, _PN % ("INFO", "           main", "c.l.p.PledgeApiApplication", "Starting PledgeApiApplication v3.4.0 using Java 21.0.2 with PID 1 (/app/app.jar started by app in /app)")),
        (9.5, _pn, _PN % ("INFO", "           main", "o.f.c.i.database.base.BaseDatabaseType", "Database: jdbc:postgresql://pledge-db:5432/pledge (PostgreSQL 15.6)")),
        (10.0, _pn, _PN % ("INFO", "           main", "o.f.core.internal.command.DbValidate", "Successfully validated 42 migrations (execution time 00:00.041s)")),
        (10.5, _pn, _PN % ("INFO", "           main", "o.f.core.internal.command.DbMigrate", 'Current version of schema "public": 41')),
        (11.0, _pn, _PN % ("INFO", "           main", "o.f.core.internal.command.DbMigrate", 'Migrating schema "public" to version "42 - unique donor email"')),
        (12.6, _pdb, '@PG@ [9121] ERROR:  could not create unique index "donors_email_key"'),
        (13.0, _pdb, "@PG@ [9121] DETAIL:  Key (lower(email::text))=(j.doe@mail.example) is duplicated."),
        (13.4, _pdb, "@PG@ [9121] STATEMENT:  CREATE UNIQUE INDEX donors_email_key ON donors (lower(email))"),
        (13.9, _pn, _PN % ("ERROR", "           main", "o.f.core.internal.command.DbMigrate", 'Migration of schema "public" to version "42 - unique donor email" failed! Changes successfully rolled back.')),
        (14.5, _pn, _PN % ("WARN", "           main", "ConfigServletWebServerApplicationContext", "Exception encountered during context initialization - cancelling refresh attempt: org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'flywayInitializer' defined in class path resource [org/springframework/boot/autoconfigure/flyway/FlywayAutoConfiguration$FlywayConfiguration.class]: " + _MIG)),
        (15.0, _pn, "org.flywaydb.core.internal.command.DbMigrate$FlywayMigrateException: " + _MIG),
        (15.5, _pn, "SQL State  : 23505"),
        (20.1, _evg2, ev("Pod", "pledge-api-5b6c8d7f94-j4rcw", "BackOff", "Back-off restarting failed container pledge-api in pod pledge-api-5b6c8d7f94-j4rcw_pledge(7e3a9c1d-4b2f-4d68-8a05-c9f1e6b2d374)", etype="Warning", src="kubelet", host="klpr-k8s-w2")),
        (22.0, _pw1, _req(95120, "POST", "/api/pledges", 503, 3, level=50)),
        (22.6, _pw1, pino(50, "pledge-web-5d8c7b9f64-gq2vx", "upstream pledge-api unavailable", ("err", "connect ECONNREFUSED 10.43.20.11:8080"))),
        (24.0, _evg2, ev("Pod", "pledge-api-5b6c8d7f94-n7dkh", "BackOff", "Back-off restarting failed container pledge-api in pod pledge-api-5b6c8d7f94-n7dkh_pledge(2c8f0b4e-9d1a-4e73-b6c2-5a7d3e9f1b08)", etype="Warning", src="kubelet", host="klpr-k8s-w3")),
        (40.0, _pw6, _req(7420, "POST", "/api/pledges", 503, 2, host="pledge-web-5d8c7b9f64-zt8kc", level=50)),
    ],
    incident("CRITICAL", "database", "pledge-api",
             "Flyway migration V42__unique_donor_email in pledge-api 3.4.0 fails because the donors table already contains duplicate emails (unique violation 23505 on lower(email)); the app aborts startup on every attempt.",
             "With the Recreate strategy all old pledge-api pods were stopped and every 3.4.0 pod crash-loops on the failed migration, so the pledge API is completely down and donors get 503s on the final day of the drive.",
             "Roll pledge-api back to the previous release now (schema is still at version 41 since the migration rolled back), then deduplicate donor emails in pledge-db and make V42 handle existing duplicates before redeploying.",
             [7, 8, 10, 12, 14, 15, 17]))

# RECORDS-END


def main():
    assert len(RECORDS) == 40, len(RECORDS)
    order = list(range(len(RECORDS)))
    random.Random(SEED).shuffle(order)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for n, idx in enumerate(order, start=1):
            rec = dict(RECORDS[idx])
            rec["id"] = "dev35-%03d" % n
            fh.write(json.dumps(rec, ensure_ascii=True, sort_keys=False,
                                separators=(", ", ": ")) + "\n")
    print("wrote %d records to %s" % (len(RECORDS), OUT))


if __name__ == "__main__":
    main()
