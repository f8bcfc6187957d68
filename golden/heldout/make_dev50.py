#!/usr/bin/env python3
"""Deterministic generator for the dev50 held-out LogLens evaluation set.

Writes /tmp/dev50/dev50.jsonl (40 records, golden format v1).
Standard library only; the only randomness is random.Random(205050);
all timestamps derive from fixed per-record base times (no wall clock).

Organisations:
  avalwarn    - avalanche-warning service and mountain rescue  (ids aw-*)
  greenlight  - chain of driving schools, booking + theory-test (ids ds-*)
  blackwax    - vinyl pressing plant and online record store    (ids bw-*)
"""
import json
import os
import random
from datetime import datetime, timedelta, timezone

R = random.Random(205050)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev50.jsonl")
UTC = timezone.utc
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
ALNUM = "bcdfghjklmnpqrstvwxz2456789"
HEX = "0123456789abcdef"

# difficulty tags, documented in README-dev50.md (not written into records)
QUIET = []
NESTED = []


# ----------------------------------------------------------------- helpers
def rs(n=10):
    return "".join(R.choice(ALNUM) for _ in range(n))


def hx(n):
    return "".join(R.choice(HEX) for _ in range(n))


def uid():
    return "%s-%s-%s-%s-%s" % (hx(8), hx(4), hx(4), hx(4), hx(12))


def podname(deploy, rsh=None):
    return "%s-%s-%s" % (deploy, rsh or rs(R.choice([9, 10])), rs(5))


def ip(prefix):
    return "%s.%d" % (prefix, R.randint(2, 250))


def tokens(t):
    us = t.microsecond
    ms = us // 1000
    return {
        "%ISO%": t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % ms,
        "%ISOU%": t.strftime("%Y-%m-%dT%H:%M:%S.") + "%06dZ" % us,
        "%ISO0%": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "%ISOTZ%": t.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d+00:00" % us,
        "%SYS%": "%s %2d %s" % (MON[t.month - 1], t.day, t.strftime("%H:%M:%S")),
        "%KLOG%": t.strftime("%m%d %H:%M:%S.") + "%06d" % us,
        "%PY%": t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % ms,
        "%JAVA%": t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % ms,
        "%HMS%": t.strftime("%H:%M:%S.") + "%03d" % ms,
        "%NGX%": t.strftime("%Y/%m/%d %H:%M:%S"),
        "%GOLOG%": t.strftime("%Y/%m/%d %H:%M:%S.") + "%06d" % us,
        "%CLF%": "%02d/%s/%d:%s +0000" % (t.day, MON[t.month - 1], t.year, t.strftime("%H:%M:%S")),
        "%HAPX%": "%02d/%s/%d:%s.%03d" % (t.day, MON[t.month - 1], t.year, t.strftime("%H:%M:%S"), ms),
        "%EPOCH%": "%d.%03d" % (int(t.timestamp()), ms),
        "%EPOCHI%": "%d" % int(t.timestamp()),
        "%LARAVEL%": t.strftime("%Y-%m-%d %H:%M:%S"),
        "%MARIA%": "%s %2d:%s" % (t.strftime("%Y-%m-%d"), t.hour, t.strftime("%M:%S")),
        "%UWSGI%": "%s %s %2d %s %d" % (DOW[t.weekday()], MON[t.month - 1], t.day, t.strftime("%H:%M:%S"), t.year),
        "%NODERED%": "%d %s %s" % (t.day, MON[t.month - 1], t.strftime("%H:%M:%S")),
        "%TSENSE%": t.strftime("%Y%m%d %H:%M:%S.") + "%06d" % us,
        "%PG%": t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d UTC" % ms,
    }


def render(text, t):
    tk = tokens(t)
    text = text.replace('"%EPOCHNUM%"', tk["%EPOCH%"])
    for k, v in tk.items():
        text = text.replace(k, v)
    return text


def js(d):
    """Compact JSON log line (tokens such as %ISO% are substituted later)."""
    return json.dumps(d, separators=(",", ":"))


def ev(kind, reason, obj, msg, count=None):
    """A Kubernetes event as exported by an event router (logfmt)."""
    s = "type=%s reason=%s object=%s" % (kind, reason, obj)
    if count:
        s += " count=%d" % count
    return s + " message=" + json.dumps(msg)


# label helpers -------------------------------------------------------------
def L_pod(ns, pod, container, node, app=None):
    return {"namespace": ns, "pod": pod, "container": container, "node": node,
            "app": app or container, "job": "%s/%s" % (ns, app or container)}


def L_ev(ns):
    return {"namespace": ns, "job": "kube-events", "source": "eventrouter"}


def L_node(node, unit):
    d = {"node": node, "job": "systemd-journal", "unit": unit}
    if unit == "kernel":
        d = {"node": node, "job": "systemd-journal", "transport": "kernel"}
    return d


def L_host(host, app, job="syslog", **extra):
    d = {"host": host, "app": app, "job": job}
    d.update(extra)
    return d


class Window:
    def __init__(self, base):
        self.t = datetime.strptime(base, "%Y-%m-%dT%H:%M:%S").replace(tzinfo=UTC)
        self.t += timedelta(microseconds=R.randint(1000, 900000))
        self.logs = []
        self.ev = []
        self.first = True

    def add(self, gap, labels, text, evidence=False):
        if not self.first:
            jitter = R.uniform(0.85, 1.15)
            self.t += timedelta(microseconds=max(2000, int(gap * 1e6 * jitter)) + R.randint(0, 999))
        self.first = False
        if evidence:
            self.ev.append(len(self.logs))
        self.logs.append({"ts": tokens(self.t)["%ISO%"], "labels": dict(labels),
                          "line": render(text, self.t)})
        return len(self.logs) - 1


RECORDS = []


def record(rid, template, question, selector, w, severity, category, component,
           root_cause, summary, action, quiet=False, nested=False):
    sel = {"namespace": None, "pod": None, "container": None, "node": None, "app": None}
    sel.update(selector or {})
    exp = {"severity": severity, "root_cause_category": category, "component": component,
           "root_cause": root_cause, "summary": summary, "action": action,
           "evidence": list(w.ev) if category != "none" else []}
    RECORDS.append({"id": rid, "source": "synthetic:" + template, "question": question,
                    "selector": sel, "logs": w.logs, "expected": exp})
    if quiet:
        QUIET.append(rid)
    if nested:
        NESTED.append(rid)


def kubelet(node, level, src, msg, pid=None):
    return (L_node(node, "kubelet.service"),
            "%s%%KLOG%%    %d %s] %s" % (level, pid or 1873, src, msg))


# =================================================================== INFO
def info_records():
    # ---- I1: Quarkus rolling update with startup readiness failures ---------
    ns, n1, n2 = "avalanche-bulletin", "aw-k8s-w2", "aw-k8s-w4"
    old_rs, new_rs = "5f8b9c7d4", "6c9d7f8b5"
    old1, old2 = podname("bulletin-api", old_rs), podname("bulletin-api", old_rs)
    new1, new2 = podname("bulletin-api", new_rs), podname("bulletin-api", new_rs)
    ip1, ip2 = ip("10.44.2"), ip("10.44.4")
    w = Window("2026-01-12T16:40:05")
    E = L_ev(ns)
    w.add(0, E, ev("Normal", "ScalingReplicaSet", "Deployment/bulletin-api",
                   "Scaled up replica set bulletin-api-%s to 1 from 0" % new_rs))
    w.add(0.05, E, ev("Normal", "Scheduled", "Pod/" + new1,
                      "Successfully assigned %s/%s to %s" % (ns, new1, n1)))
    w.add(2.6, E, ev("Normal", "Pulled", "Pod/" + new1,
                     'Successfully pulled image "registry.avalwarn.net/bulletin/bulletin-api:2.14.0" in 2.431s (2.431s including waiting). Image size: 148213771 bytes.'))
    w.add(0.4, E, ev("Normal", "Started", "Pod/" + new1, "Started container bulletin-api"))
    w.add(3.0, *kubelet(n1, "I", "prober.go:107",
                        '"Probe failed" probeType="Readiness" pod="%s/%s" podUID="%s" containerName="bulletin-api" probeResult="failure" output="Get \\"http://%s:8080/q/health/ready\\": dial tcp %s:8080: connect: connection refused"' % (ns, new1, uid(), ip1, ip1)))
    w.add(0.1, E, ev("Warning", "Unhealthy", "Pod/" + new1,
                     'Readiness probe failed: Get "http://%s:8080/q/health/ready": dial tcp %s:8080: connect: connection refused' % (ip1, ip1)))
    P1 = L_pod(ns, new1, "bulletin-api", n1)
    w.add(2.1, P1, "%PY% INFO  [io.quarkus] (main) bulletin-api 2.14.0 on JVM (powered by Quarkus 3.8.4) started in 5.112s. Listening on: http://0.0.0.0:8080")
    w.add(0.01, P1, "%PY% INFO  [io.quarkus] (main) Profile prod activated. ")
    w.add(0.01, P1, "%PY% INFO  [io.quarkus] (main) Installed features: [agroal, cdi, hibernate-orm, jdbc-postgresql, micrometer, narayana-jta, rest, rest-jackson, smallrye-context-propagation, smallrye-health, vertx]")
    w.add(7.5, E, ev("Normal", "ScalingReplicaSet", "Deployment/bulletin-api",
                     "Scaled down replica set bulletin-api-%s to 1 from 2" % old_rs))
    w.add(0.05, E, ev("Normal", "Killing", "Pod/" + old1, "Stopping container bulletin-api"))
    w.add(0.3, L_pod(ns, old1, "bulletin-api", n2), "%PY% INFO  [io.quarkus] (Shutdown thread) bulletin-api stopped in 0.087s")
    w.add(0.2, E, ev("Normal", "ScalingReplicaSet", "Deployment/bulletin-api",
                     "Scaled up replica set bulletin-api-%s to 2 from 1" % new_rs))
    P2 = L_pod(ns, new2, "bulletin-api", n2)
    w.add(9.0, P2, "%PY% INFO  [io.quarkus] (main) bulletin-api 2.14.0 on JVM (powered by Quarkus 3.8.4) started in 4.870s. Listening on: http://0.0.0.0:8080")
    w.add(8.0, E, ev("Normal", "ScalingReplicaSet", "Deployment/bulletin-api",
                     "Scaled down replica set bulletin-api-%s to 0 from 1" % old_rs))
    w.add(0.05, E, ev("Normal", "Killing", "Pod/" + old2, "Stopping container bulletin-api"))
    w.add(1.5, P1, '%PY% INFO  [io.qua.htt.access-log] (executor-thread-1) 10.44.0.17 - - [%CLF%] "GET /api/v1/bulletins/current?region=AT-07 HTTP/1.1" 200 18342')
    w.add(0.8, P2, '%PY% INFO  [io.qua.htt.access-log] (executor-thread-2) 10.44.0.17 - - [%CLF%] "GET /api/v1/danger-levels?date=2026-01-12&lang=de HTTP/1.1" 200 4410')
    record("aw-info-bulletin-rollout", "rolling_update_startup_probes",
           "Are the readiness probe failures on bulletin-api a problem?",
           {"namespace": ns, "app": "bulletin-api"}, w, "INFO", "none", "bulletin-api",
           "No incident: the readiness probe failures are from new pods of a planned rolling update that were still starting.",
           "bulletin-api was rolled to 2.14.0; new pods briefly refused the readiness probe before Quarkus finished starting, then became ready and old pods were stopped normally.",
           "Nothing to do.")

    # ---- I2: booking login with a password typo ----------------------------
    ns, node = "booking", "gl-node-02"
    web = podname("booking-web")
    ingp = podname("ingress-nginx-controller")
    cip = "91.%d.%d.%d" % (R.randint(10, 250), R.randint(1, 250), R.randint(1, 250))
    wip = ip("10.44.3")
    UA = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1"
    IN = L_pod("ingress-nginx", ingp, "controller", "gl-node-01", app="ingress-nginx")
    WB = L_pod(ns, web, "booking-web", node)

    def acc(method, path, status, size, rt, ref="-"):
        return '%s - - [%%CLF%%] "%s %s HTTP/2.0" %d %d "%s" "%s" %d %.3f [booking-booking-web-80] [] %s:8080 %d %.3f %d %s' % (
            cip, method, path, status, size, ref, UA, R.randint(380, 900), rt, wip, size, rt, status, hx(32))
    w = Window("2026-01-13T07:02:11")
    w.add(0, IN, acc("GET", "/login", 200, 5121, 0.041))
    w.add(0.2, IN, acc("GET", "/apple-touch-icon-precomposed.png", 404, 548, 0.004, "-"))
    w.add(0.1, IN, acc("GET", "/apple-touch-icon.png", 404, 548, 0.003, "-"))
    w.add(14.0, WB, '[%LARAVEL%] production.WARNING: Failed login attempt {"email":"l.hofer@example.org","ip":"' + cip + '","reason":"invalid_password","attempts_remaining":4}')
    w.add(0.02, IN, acc("POST", "/login", 302, 0, 0.118, "https://buchung.greenlight-fahrschule.de/login"))
    w.add(0.2, IN, acc("GET", "/login", 200, 5240, 0.037, "https://buchung.greenlight-fahrschule.de/login"))
    w.add(9.0, WB, '[%LARAVEL%] production.INFO: Student logged in {"student_id":48213,"school":"graz-lend","guard":"web"}')
    w.add(0.02, IN, acc("POST", "/login", 302, 0, 0.131, "https://buchung.greenlight-fahrschule.de/login"))
    w.add(0.3, IN, acc("GET", "/dashboard", 200, 18433, 0.094, "https://buchung.greenlight-fahrschule.de/login"))
    w.add(0.4, IN, acc("GET", "/api/lessons/upcoming", 200, 1822, 0.052, "https://buchung.greenlight-fahrschule.de/dashboard"))
    w.add(11.0, IN, acc("GET", "/lessons/book?instructor=117&week=2026-W03", 200, 22118, 0.143, "https://buchung.greenlight-fahrschule.de/dashboard"))
    w.add(6.0, WB, '[%LARAVEL%] production.INFO: Lesson slot reserved {"student_id":48213,"slot_id":552871,"instructor_id":117,"starts_at":"2026-01-15 16:30:00"}')
    w.add(0.02, IN, acc("POST", "/lessons/book", 302, 0, 0.201, "https://buchung.greenlight-fahrschule.de/lessons/book?instructor=117&week=2026-W03"))
    record("ds-info-login-typo", "login_typo_then_success",
           "A student reported a failed login on the booking site; is anything broken?",
           {"namespace": ns, "app": "booking-web"}, w, "INFO", "none", "booking-web",
           "No incident: a single mistyped password, followed by a successful login and booking.",
           "One failed login (invalid_password) was immediately followed by a successful login and a lesson booking; the 404s are browsers probing for touch icons.",
           "Nothing to do.")

    # ---- I3: Celery task retried and succeeded -----------------------------
    ns, node = "theory-test", "gl-node-03"
    wk = podname("exam-notifier")
    web = podname("theory-web")
    PW = L_pod(ns, wk, "celery-worker", node, app="exam-notifier")
    PU = L_pod(ns, web, "uwsgi", "gl-node-05", app="theory-web")
    t1, t2, t3 = uid(), uid(), uid()
    w = Window("2026-01-13T18:21:40")

    def uw(req, path, size, ms, status=200):
        return "[pid: %d|app: 0|req: %d/%d] %s () {46 vars in 988 bytes} [%%UWSGI%%] GET %s => generated %d bytes in %d msecs (HTTP/1.1 %d) 6 headers in 214 bytes (1 switches on core 0)" % (
            R.choice([14, 15, 16, 17]), req, req * 4 + R.randint(0, 3), ip("10.44.0"), path, size, ms, status)
    w.add(0, PU, uw(1182, "/api/exams/attempt/61822/result", 812, 41))
    w.add(0.3, PW, "[%PY%: INFO/MainProcess] Task exams.tasks.send_result_email[" + t1 + "] received")
    w.add(0.2, PW, "[%PY%: INFO/MainProcess] Task exams.tasks.send_result_email[" + t2 + "] received")
    w.add(5.1, PW, "[%PY%: WARNING/ForkPoolWorker-2] exams.tasks.send_result_email: SMTP relay closed the connection for attempt 61822, retrying")
    w.add(0.01, PW, "[%PY%: INFO/ForkPoolWorker-2] Task exams.tasks.send_result_email[" + t1 + "] retry: Retry in 10s: SMTPServerDisconnected('Connection unexpectedly closed')")
    w.add(0.4, PW, "[%PY%: INFO/ForkPoolWorker-1] Task exams.tasks.send_result_email[" + t2 + "] succeeded in 0.614s: None")
    w.add(3.0, PU, uw(1183, "/api/exams/attempt/61830/result", 790, 38))
    w.add(6.5, PW, "[%PY%: INFO/MainProcess] Task exams.tasks.send_result_email[" + t1 + "] received")
    w.add(0.7, PW, "[%PY%: INFO/ForkPoolWorker-3] Task exams.tasks.send_result_email[" + t1 + "] succeeded in 0.702s: None")
    w.add(20.0, PW, "[%PY%: INFO/MainProcess] Task exams.tasks.grade_batch[" + t3 + "] received")
    w.add(2.4, PW, "[%PY%: INFO/ForkPoolWorker-1] exams.tasks.grade_batch: batch 2026-01-13-18 graded=214 passed=161 failed=53 error_count=0")
    w.add(0.01, PW, "[%PY%: INFO/ForkPoolWorker-1] Task exams.tasks.grade_batch[" + t3 + "] succeeded in 2.391s: {'graded': 214, 'error_count': 0}")
    w.add(4.0, PU, uw(1184, "/api/exams/attempt/61834/result", 806, 44))
    record("ds-info-celery-retry", "celery_retry_succeeded",
           "Should we worry about the SMTP errors in exam-notifier?",
           {"namespace": ns, "app": "exam-notifier"}, w, "INFO", "none", "exam-notifier",
           "No incident: one result e-mail hit a dropped SMTP connection and the automatic retry delivered it.",
           "A send_result_email task was retried once after SMTPServerDisconnected and then succeeded; grading batches complete with error_count=0.",
           "Nothing to do.")

    # ---- I4: Caddy with scanner 404s and a successful renewal (host) --------
    host = "caddy-store1"
    HC = L_host(host, "caddy", job="journal", unit="caddy.service")
    w = Window("2026-01-14T03:12:27")

    def cacc(rip, method, uri, status, size, dur, ua):
        return host + " caddy[812]: " + js({
            "level": "info", "ts": "%EPOCHNUM%", "logger": "http.log.access.log0", "msg": "handled request",
            "request": {"remote_ip": rip, "remote_port": str(R.randint(20000, 65000)), "client_ip": rip,
                        "proto": "HTTP/2.0", "method": method, "host": "shop.blackwax-pressing.com", "uri": uri,
                        "headers": {"User-Agent": [ua]}},
            "bytes_read": 0, "user_id": "", "duration": dur, "size": size, "status": status})
    BOT = "Mozilla/5.0 (compatible; scanner/2.1)"
    BR = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0"
    scan = "185.%d.%d.%d" % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250))
    cust = "84.%d.%d.%d" % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250))
    w.add(0, HC, "%SYS% " + cacc(scan, "GET", "/wp-login.php", 404, 0, 0.000412, BOT))
    w.add(0.3, HC, "%SYS% " + cacc(scan, "GET", "/.env", 404, 0, 0.000288, BOT))
    w.add(0.3, HC, "%SYS% " + cacc(scan, "GET", "/xmlrpc.php", 404, 0, 0.000301, BOT))
    w.add(4.0, HC, "%SYS% " + cacc(cust, "GET", "/records/bw-1207-ltd-clear-vinyl", 200, 48211, 0.061, BR))
    w.add(0.4, HC, "%SYS% " + cacc(cust, "GET", "/favicon.ico", 404, 0, 0.000197, BR))
    w.add(25.0, HC, "%SYS% " + host + " caddy[812]: " + js({"level": "info", "ts": "%EPOCHNUM%", "logger": "tls.cache.maintenance", "msg": "certificate expires soon; queuing for renewal", "identifiers": ["shop.blackwax-pressing.com"], "remaining": 2591217.38}))
    w.add(0.02, HC, "%SYS% " + host + " caddy[812]: " + js({"level": "info", "ts": "%EPOCHNUM%", "logger": "tls.renew", "msg": "acquiring lock", "identifier": "shop.blackwax-pressing.com"}))
    w.add(0.01, HC, "%SYS% " + host + " caddy[812]: " + js({"level": "info", "ts": "%EPOCHNUM%", "logger": "tls.renew", "msg": "lock acquired", "identifier": "shop.blackwax-pressing.com"}))
    w.add(0.01, HC, "%SYS% " + host + " caddy[812]: " + js({"level": "info", "ts": "%EPOCHNUM%", "logger": "tls.renew", "msg": "renewing certificate", "identifier": "shop.blackwax-pressing.com", "remaining": 2591217.35}))
    w.add(6.3, HC, "%SYS% " + host + " caddy[812]: " + js({"level": "info", "ts": "%EPOCHNUM%", "logger": "tls.renew", "msg": "certificate renewed successfully", "identifier": "shop.blackwax-pressing.com", "issuer": "acme-v02.api.letsencrypt.org-directory"}))
    w.add(0.01, HC, "%SYS% " + host + " caddy[812]: " + js({"level": "info", "ts": "%EPOCHNUM%", "logger": "tls.renew", "msg": "releasing lock", "identifier": "shop.blackwax-pressing.com"}))
    w.add(0.01, HC, "%SYS% " + host + " caddy[812]: " + js({"level": "info", "ts": "%EPOCHNUM%", "logger": "tls", "msg": "reloading managed certificate", "identifiers": ["shop.blackwax-pressing.com"]}))
    w.add(8.0, HC, "%SYS% " + cacc(scan, "GET", "/phpmyadmin/index.php", 404, 0, 0.000254, BOT))
    w.add(3.0, HC, "%SYS% " + cacc(cust, "POST", "/cart/add", 200, 312, 0.044, BR))
    record("bw-info-caddy-404", "scanner_404_and_cert_renewal",
           "Why does the store edge show so many 404s?",
           {"app": "caddy"}, w, "INFO", "none", "caddy",
           "No incident: the 404s are vulnerability scanners and browsers asking for paths that do not exist; the certificate renewal succeeded.",
           "Caddy on caddy-store1 answered scanner probes with 404 and renewed the shop certificate 30 days before expiry; customer requests succeed.",
           "Nothing to do.")

    # ---- I5: Velero nightly backup with zero errors -----------------------------
    ns = "velero"
    vp = podname("velero")
    PV = L_pod(ns, vp, "velero", "ip-10-42-17-203.eu-central-1.compute.internal")
    bk = "daily-store-20260115020002"
    w = Window("2026-01-15T02:00:02")
    LS = 'logSource="pkg/controller/backup_controller.go:%d"'
    w.add(0, PV, 'time="%ISO0%" level=info msg="Setting up backup log" backup=velero/' + bk + ' controller=backup ' + LS % 663)
    w.add(0.02, PV, 'time="%ISO0%" level=info msg="Setting up backup temp file" backup=velero/' + bk + ' ' + LS % 674)
    w.add(0.02, PV, 'time="%ISO0%" level=info msg="Setting up plugin manager" backup=velero/' + bk + ' ' + LS % 681)
    w.add(0.2, PV, 'time="%ISO0%" level=info msg="Backup starting" backup=velero/' + bk + ' ' + LS % 776)
    w.add(1.5, PV, 'time="%ISO0%" level=info msg="Including namespaces: store,press-mes,mastering" backup=velero/' + bk + ' logSource="pkg/backup/backup.go:226"')
    w.add(48.0, PV, 'time="%ISO0%" level=info msg="Processing item" backup=velero/' + bk + ' logSource="pkg/backup/backup.go:404" name=orders-db-0 namespace=store progress= resource=pods')
    w.add(0.3, PV, 'time="%ISO0%" level=info msg="Skipping item because it\'s already been backed up." backup=velero/' + bk + ' logSource="pkg/backup/item_backupper.go:172" name=data-orders-db-0 namespace=store resource=persistentvolumeclaims')
    w.add(240.0, PV, 'time="%ISO0%" level=info msg="Backed up a total of 1843 items" backup=velero/' + bk + ' logSource="pkg/backup/backup.go:505" progress=')
    w.add(0.5, PV, 'time="%ISO0%" level=info msg="Backup completed" backup=velero/' + bk + ' controller=backup ' + LS % 893)
    w.add(30.0, PV, 'time="%ISO0%" level=info msg="Validating BackupStorageLocation" backup-storage-location=velero/default controller=backup-storage-location logSource="pkg/controller/backup_storage_location_controller.go:141"')
    w.add(0.1, PV, 'time="%ISO0%" level=info msg="BackupStorageLocations is valid, marking as available" backup-storage-location=velero/default controller=backup-storage-location logSource="pkg/controller/backup_storage_location_controller.go:126"')
    vc = podname("backup-verify", rs(8))
    w.add(20.0, L_pod(ns, vc, "verify", "ip-10-42-21-88.eu-central-1.compute.internal", app="backup-verify"),
          "%ISO0% backup-verify: backup=" + bk + " phase=Completed itemsBackedUp=1843 totalItems=1843 warnings=0 errors=0 expiration=2026-02-14T02:00:02Z")
    record("bw-info-velero-backup", "velero_backup_completed",
           "Did last night's store backup run cleanly?",
           {"namespace": ns, "app": "velero"}, w, "INFO", "none", "velero",
           "No incident: the nightly Velero backup completed with 0 warnings and 0 errors.",
           "Backup daily-store-20260115020002 processed 1843 items and completed; the storage location validated as available.",
           "Nothing to do.")

    # ---- I6: HAProxy during a planned drain/deploy (host) ----------------------
    host = "lb1.blackwax.local"
    HH = L_host(host, "haproxy")
    HD = L_host(host, "deploy")
    w = Window("2026-01-15T10:31:09")

    def hlog(srv, status, tt, size, uri, term="----"):
        c = "10.0.5.%d:%d" % (R.randint(2, 250), R.randint(30000, 65000))
        return "%%SYS%% lb1 haproxy[2231]: %s [%%HAPX%%] fe_https~ be_store/%s 0/0/1/%d/%d %d %d - - %s 118/104/3/1/0 0/0 \"GET %s HTTP/1.1\"" % (
            c, srv, tt - 1, tt, status, size, term, uri)
    w.add(0, HD, "%SYS% lb1 deploy[4411]: rolling deploy store-web 4.7.2 started by ci (pipeline 9182)")
    w.add(0.3, HD, "%SYS% lb1 deploy[4411]: web2: set server be_store/web2 state maint")
    w.add(0.01, HH, "%SYS% lb1 haproxy[2231]: Server be_store/web2 is going DOWN for maintenance. 2 active and 0 backup servers left. 0 sessions active, 0 requeued, 0 remaining in queue.")
    w.add(1.0, HH, hlog("web1", 200, 43, 48211, "/records/bw-1188-black"))
    w.add(14.0, HH, "%SYS% lb1 haproxy[2231]: Health check for server be_store/web2 failed, reason: Layer4 connection problem, info: \"Connection refused\", check duration: 0ms, status: 0/2 DOWN.")
    w.add(0.5, HH, hlog("web3", 200, 51, 22101, "/catalog?genre=jazz&page=2"))
    w.add(12.0, HH, "%SYS% lb1 haproxy[2231]: Health check for server be_store/web2 succeeded, reason: Layer7 check passed, code: 200, check duration: 4ms, status: 1/2 DOWN.")
    w.add(2.0, HH, "%SYS% lb1 haproxy[2231]: Health check for server be_store/web2 succeeded, reason: Layer7 check passed, code: 200, check duration: 3ms, status: 2/2 UP.")
    w.add(0.3, HD, "%SYS% lb1 deploy[4411]: web2: healthy on 4.7.2, set server be_store/web2 state ready")
    w.add(0.01, HH, "%SYS% lb1 haproxy[2231]: Server be_store/web2 is UP/READY (leaving forced maintenance).")
    w.add(2.0, HH, hlog("web2", 200, 39, 48211, "/records/bw-1188-black"))
    w.add(1.0, HH, hlog("web1", 404, 6, 1822, "/records/bw-0999-discontinued"))
    w.add(30.0, HD, "%SYS% lb1 deploy[4411]: web3: set server be_store/web3 state maint")
    w.add(0.01, HH, "%SYS% lb1 haproxy[2231]: Server be_store/web3 is going DOWN for maintenance. 2 active and 0 backup servers left. 0 sessions active, 0 requeued, 0 remaining in queue.")
    w.add(25.0, HH, "%SYS% lb1 haproxy[2231]: Server be_store/web3 is UP/READY (leaving forced maintenance).")
    w.add(0.5, HD, "%SYS% lb1 deploy[4411]: rolling deploy store-web 4.7.2 finished: 3/3 servers updated, 0 failed")
    record("bw-info-haproxy-maint", "planned_drain_health_checks",
           "HAProxy reported web2 and web3 DOWN this morning; do we have an outage?",
           {"app": "haproxy"}, w, "INFO", "none", "haproxy",
           "No incident: the DOWN states and failed health checks come from a planned rolling deploy that put servers into maintenance one at a time.",
           "store-web 4.7.2 was rolled across web1-3; each server was drained, restarted and returned UP while the others served traffic.",
           "Nothing to do.")

    # ---- I7: Mosquitto on a station gateway, routine reconnects (host) --------
    host = "mqtt-gw-pitztal"
    HM = L_host(host, "mosquitto", job="file", filename="/var/log/mosquitto/mosquitto.log")
    w = Window("2026-01-16T05:58:40")
    st = ["wx-pitz-0%d" % i for i in (1, 2, 3, 4)]
    ips = [ip("10.20.4") for _ in st]
    w.add(0, HM, "%EPOCHI%: New connection from " + ips[0] + ":50312 on port 8883.")
    w.add(0.2, HM, "%EPOCHI%: New client connected from " + ips[0] + ":50312 as " + st[0] + " (p2, c1, k60, u'station').")
    w.add(3.0, HM, "%EPOCHI%: Client " + st[0] + " closed its connection.")
    w.add(8.0, HM, "%EPOCHI%: New connection from " + ips[1] + ":41877 on port 8883.")
    w.add(0.2, HM, "%EPOCHI%: New client connected from " + ips[1] + ":41877 as " + st[1] + " (p2, c1, k60, u'station').")
    w.add(2.5, HM, "%EPOCHI%: Client " + st[1] + " closed its connection.")
    w.add(11.0, HM, "%EPOCHI%: Socket error on client " + st[2] + ", disconnecting.")
    w.add(4.0, HM, "%EPOCHI%: New connection from " + ips[2] + ":38112 on port 8883.")
    w.add(0.3, HM, "%EPOCHI%: New client connected from " + ips[2] + ":38112 as " + st[2] + " (p2, c0, k60, u'station').")
    w.add(5.0, HM, "%EPOCHI%: Saving in-memory database to /var/lib/mosquitto/mosquitto.db.")
    w.add(20.0, HM, "%EPOCHI%: New connection from " + ips[3] + ":52004 on port 8883.")
    w.add(0.2, HM, "%EPOCHI%: New client connected from " + ips[3] + ":52004 as " + st[3] + " (p2, c1, k60, u'station').")
    w.add(2.8, HM, "%EPOCHI%: Client " + st[3] + " closed its connection.")
    w.add(1.0, L_host(host, "station-forwarder", job="syslog"),
          "%SYS% mqtt-gw-pitztal station-forwarder[1120]: level=info msg=\"batch forwarded\" bridge=avalwarn-core stations=4 readings=96 dropped=0 lag_s=1.8")
    record("aw-info-mosquitto-clients", "mqtt_duty_cycle_reconnects",
           "Is the Pitztal station gateway losing weather stations?",
           {"app": "mosquitto"}, w, "INFO", "none", "mosquitto",
           "No incident: the stations connect, publish and disconnect on their duty cycle; one socket error was followed by an immediate reconnect.",
           "Solar-powered stations on the Pitztal gateway connect briefly to publish; one radio hiccup reconnected within seconds and the forwarder reports 0 dropped readings.",
           "Nothing to do.")

    # ---- I8: KEDA scale-out, pod briefly Pending until Karpenter adds a node --
    ns = "store"
    newrs = rs(10)
    wp = podname("orders-worker", newrs)
    kp = podname("keda-operator")
    kar = podname("karpenter")
    nnode = "ip-10-42-33-%d.eu-central-1.compute.internal" % R.randint(10, 250)
    KE = L_pod("keda", kp, "keda-operator", "ip-10-42-17-203.eu-central-1.compute.internal", app="keda-operator")
    KA = L_pod("karpenter", kar, "controller", "ip-10-42-8-19.eu-central-1.compute.internal", app="karpenter")
    E = L_ev(ns)
    ncl = "default-" + rs(5)
    w = Window("2026-01-16T19:04:30")
    w.add(0, KE, '%ISO0%\tINFO\tscaleexecutor\tSuccessfully updated ScaleTarget\t{"scaledobject.Name": "orders-worker", "scaledObject.Namespace": "store", "scaleTarget.Name": "orders-worker", "Original Replicas Count": 3, "New Replicas Count": 6}')
    w.add(0.3, E, ev("Warning", "FailedScheduling", "Pod/" + wp,
                     "0/4 nodes are available: 4 Insufficient cpu. preemption: 0/4 nodes are available: 4 No preemption victims found for incoming pod."))
    w.add(0.4, KA, js({"level": "INFO", "time": "%ISO%", "logger": "controller", "message": "found provisionable pod(s)", "commit": "490ef94", "controller": "provisioner", "Pods": "store/" + wp, "duration": "41.112ms"}))
    w.add(0.01, KA, js({"level": "INFO", "time": "%ISO%", "logger": "controller", "message": "computed new nodeclaim(s) to fit pod(s)", "commit": "490ef94", "controller": "provisioner", "nodeclaims": 1, "pods": 3}))
    w.add(0.02, KA, js({"level": "INFO", "time": "%ISO%", "logger": "controller", "message": "created nodeclaim", "commit": "490ef94", "controller": "provisioner", "NodePool": {"name": "default"}, "NodeClaim": {"name": ncl}, "requests": {"cpu": "3180m", "memory": "3112Mi", "pods": "8"}, "instance-types": "c6a.xlarge, c6i.xlarge, c7a.xlarge, m6a.xlarge, m7i.xlarge"}))
    w.add(3.1, KA, js({"level": "INFO", "time": "%ISO%", "logger": "controller", "message": "launched nodeclaim", "commit": "490ef94", "controller": "nodeclaim.lifecycle", "NodeClaim": {"name": ncl}, "provider-id": "aws:///eu-central-1b/i-0" + hx(16), "instance-type": "c6a.xlarge", "zone": "eu-central-1b", "capacity-type": "spot", "allocatable": {"cpu": "3920m", "ephemeral-storage": "17Gi", "memory": "6584Mi", "pods": "58"}}))
    w.add(38.0, KA, js({"level": "INFO", "time": "%ISO%", "logger": "controller", "message": "registered nodeclaim", "commit": "490ef94", "controller": "nodeclaim.lifecycle", "NodeClaim": {"name": ncl}, "Node": {"name": nnode}}))
    w.add(9.0, KA, js({"level": "INFO", "time": "%ISO%", "logger": "controller", "message": "initialized nodeclaim", "commit": "490ef94", "controller": "nodeclaim.lifecycle", "NodeClaim": {"name": ncl}, "Node": {"name": nnode}, "allocatable": {"cpu": "3920m", "ephemeral-storage": "17Gi", "memory": "6584Mi", "pods": "58"}}))
    w.add(0.5, E, ev("Normal", "Scheduled", "Pod/" + wp, "Successfully assigned store/%s to %s" % (wp, nnode)))
    w.add(6.0, E, ev("Normal", "Started", "Pod/" + wp, "Started container orders-worker"))
    PW = L_pod(ns, wp, "orders-worker", nnode)
    w.add(1.2, PW, "%JAVA% INFO  [main] i.m.runtime.Micronaut - Startup completed in 1874ms. Server Running: http://" + wp + ":8080")
    w.add(0.5, PW, "%JAVA% INFO  [pool-2-thread-1] c.b.orders.OrderEventsConsumer - partitions assigned: [orders.paid-4, orders.paid-5] group=orders-worker")
    w.add(45.0, KE, '%ISO0%\tINFO\tscaleexecutor\tSuccessfully updated ScaleTarget\t{"scaledobject.Name": "orders-worker", "scaledObject.Namespace": "store", "scaleTarget.Name": "orders-worker", "Original Replicas Count": 6, "New Replicas Count": 4}')
    record("bw-info-keda-scaleout", "autoscale_pending_then_scheduled",
           "Why did orders-worker pods show FailedScheduling during the evening sale?",
           {"namespace": ns, "app": "orders-worker"}, w, "INFO", "none", "orders-worker",
           "No incident: KEDA scaled orders-worker up for a Redpanda lag spike; the pods were Pending for about a minute until Karpenter provisioned a node.",
           "The FailedScheduling event was resolved by Karpenter launching a c6a.xlarge; new workers joined the consumer group and KEDA later scaled back down.",
           "Nothing to do.")

    # ---- I9: Asterisk rescue hotline with SIP scanner noise (host) --------------
    host = "pbx-rescue1"
    HA = L_host(host, "asterisk", job="file", filename="/var/log/asterisk/full")
    HF = L_host(host, "fail2ban")
    scan = "45.%d.%d.%d" % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250))
    w = Window("2026-01-17T13:44:02")
    for ext in ("100", "1001", "admin"):
        w.add(0.6, HA, "[%SYS%] NOTICE[2231] res_pjsip/pjsip_distributor.c: Request 'REGISTER' from '<sip:" + ext + "@" + scan + ">' failed for '" + scan + ":5071' (callid: " + hx(22) + ") - No matching endpoint found")
    w.add(0.8, HA, "[%SYS%] NOTICE[2231] res_pjsip/pjsip_distributor.c: Request 'INVITE' from '\"1000\" <sip:1000@" + scan + ">' failed for '" + scan + ":5071' (callid: " + hx(22) + ") - No matching endpoint found")
    w.add(0.5, HF, "%SYS% pbx-rescue1 fail2ban.actions[611]: NOTICE  [asterisk] Ban " + scan)
    cid = "C-%08x" % R.randint(0x100, 0xfff)
    ch = "PJSIP/trunk-a1-%08x" % R.randint(0x40, 0x90)
    w.add(30.0, HA, "[%SYS%] VERBOSE[3110][" + cid + "] pbx.c: Executing [140@from-trunk:1] Answer(\"" + ch + "\", \"\") in new stack")
    w.add(0.02, HA, "[%SYS%] VERBOSE[3110][" + cid + "] pbx.c: Executing [140@from-trunk:2] Queue(\"" + ch + "\", \"rescue-dispatch,t,,,120\") in new stack")
    w.add(0.02, HA, "[%SYS%] VERBOSE[3110][" + cid + "] app_queue.c: Started music on hold class 'default' on " + ch)
    w.add(6.0, HA, "[%SYS%] VERBOSE[3110][" + cid + "] app_queue.c: PJSIP/disp-07-%08x answered %s" % (R.randint(0x40, 0x90), ch))
    w.add(0.05, HA, "[%SYS%] VERBOSE[3110][" + cid + "] bridge_channel.c: Channel " + ch + " joined 'simple_bridge' basic-bridge <" + uid() + ">")
    w.add(95.0, HA, "[%SYS%] VERBOSE[3110][" + cid + "] bridge_channel.c: Channel " + ch + " left 'simple_bridge' basic-bridge")
    w.add(0.05, HA, "[%SYS%] VERBOSE[3110][" + cid + "] pbx.c: Spawn extension (from-trunk, 140, 2) exited non-zero on '" + ch + "'")
    w.add(5.0, HA, "[%SYS%] NOTICE[2231] res_pjsip/pjsip_distributor.c: Request 'OPTIONS' from '<sip:ping@" + scan + ">' failed for '" + scan + ":5071' (callid: " + hx(22) + ") - No matching endpoint found")
    record("aw-info-asterisk-hotline", "sip_scanner_noise",
           "Is the rescue hotline PBX under attack or failing calls?",
           {"app": "asterisk"}, w, "INFO", "none", "asterisk",
           "No incident: the failed REGISTER/INVITE requests are an internet SIP scanner that fail2ban banned; emergency calls are answered and bridged normally.",
           "A scanner probing unknown endpoints was banned; the rescue-dispatch queue answered a 140 call within 6 s and the call completed.",
           "Nothing to do.")

    # ---- I10: Argo Workflows step retried, workflow Succeeded ---------------------
    ns = "mastering"
    wf = "lacquer-render-" + rs(5)
    ctl = podname("workflow-controller")
    CT = L_pod("argo", ctl, "workflow-controller", "bw-mastering-1", app="workflow-controller")
    n1 = "%s-%d" % (wf, R.randint(100000000, 999999999))
    n2 = "%s-%d" % (wf, R.randint(100000000, 999999999))
    S1 = L_pod(ns, n1, "main", "bw-mastering-2", app="lacquer-render")
    S2 = L_pod(ns, n2, "main", "bw-mastering-1", app="lacquer-render")
    w = Window("2026-01-17T22:10:51")
    w.add(0, CT, 'time="%ISO0%" level=info msg="Processing workflow" Phase=Running ResourceVersion=88213411 namespace=mastering workflow=' + wf)
    w.add(0.3, S1, "fetching s3://masters/BW-1214/side-a.wav from seaweedfs-s3.storage.svc:8333")
    w.add(4.5, S1, "curl: (56) Recv failure: Connection reset by peer")
    w.add(0.2, S1, "render step failed: could not fetch master, exit 1")
    w.add(1.0, CT, 'time="%ISO0%" level=info msg="node changed" namespace=mastering new.message="Error (exit code 1)" new.phase=Failed new.progress=0/1 nodeID=' + n1 + ' old.message= old.phase=Running old.progress=0/1 workflow=' + wf)
    w.add(10.0, CT, 'time="%ISO0%" level=info msg="Retry node ' + wf + '-render initialized Running" namespace=mastering workflow=' + wf)
    w.add(2.0, S2, "fetching s3://masters/BW-1214/side-a.wav from seaweedfs-s3.storage.svc:8333")
    w.add(7.0, S2, "fetched 1.84 GiB in 6.8s; rendering RIAA pre-emphasis, cut level -1.5 dB, side A 21:44")
    w.add(80.0, S2, "wrote s3://renders/BW-1214/side-a-lacquer.wav sha256=" + hx(64))
    w.add(1.0, CT, 'time="%ISO0%" level=info msg="node changed" namespace=mastering new.message= new.phase=Succeeded new.progress=1/1 nodeID=' + n2 + ' old.message= old.phase=Running old.progress=0/1 workflow=' + wf)
    w.add(0.3, CT, 'time="%ISO0%" level=info msg="Updated phase Running -> Succeeded" namespace=mastering workflow=' + wf)
    w.add(0.01, CT, 'time="%ISO0%" level=info msg="Marking workflow completed" namespace=mastering workflow=' + wf)
    record("bw-info-argo-retry", "workflow_step_retry_succeeded",
           "A lacquer render step failed last night; did the render complete?",
           {"namespace": ns, "app": "lacquer-render"}, w, "INFO", "none", "lacquer-render",
           "No incident: one render attempt hit a connection reset while fetching the master, and the retryStrategy attempt succeeded.",
           "Workflow %s retried its render step once and finished Succeeded with the lacquer file written." % wf,
           "Nothing to do.")

# =================================================================== WARN
def warn_records():
    # ---- W1: HAProxy 504s, real cause a slow snowmodel dependency (host, quiet)
    lb = "lb-edge1"
    HH = L_host(lb + ".avalwarn.net", "haproxy")
    HB = L_host("bulletin-app1.avalwarn.net", "uwsgi")
    w = Window("2026-01-18T06:31:12")

    def hl(srv, st, tr, tt, size, uri, term, conn):
        c = "%s:%d" % ("213.%d.%d.%d" % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250)), R.randint(30000, 65000))
        return '%%SYS%% %s haproxy[1988]: %s [%%HAPX%%] fe_https~ be_bulletin/%s 0/0/0/%s/%d %d %d - - %s %s 0/0 "GET %s HTTP/1.1"' % (
            lb, c, srv, tr, tt, st, size, term, conn, uri)
    w.add(0, HH, hl("app1", 200, "38", 39, 18342, "/api/v1/bulletins/current?region=AT-07", "----", "188/171/9/4/0"))
    w.add(31.0, HH, hl("app1", 504, "-1", 30001, 198, "/api/v1/bulletins/current?region=AT-07", "sH--", "204/190/22/11/0"))
    w.add(0.6, HH, hl("app2", 504, "-1", 30002, 198, "/api/v1/bulletins/current?region=IT-32", "sH--", "209/193/24/12/0"))
    w.add(0.9, HH, "%SYS% " + lb + " haproxy[1988]: Server be_bulletin/app1 is DOWN, reason: Layer7 timeout, check duration: 2001ms. 1 active and 0 backup servers left. 12 sessions active, 0 requeued, 0 remaining in queue.")
    w.add(1.5, HH, hl("app2", 504, "-1", 30001, 198, "/api/v1/danger-levels?date=2026-01-18&lang=de", "sH--", "215/199/25/13/0"))
    w.add(2.2, HB, "%SYS% bulletin-app1 uwsgi[2210]: %PY% WARNING bulletin.sources.snowmodel: GET http://snowmodel.avalwarn.net:8080/v2/snowpack/grid?run=2026011806 read timeout after 25.0s (attempt 1/1); serving last complete run 2026011800", evidence=True)
    w.add(0.7, HH, "%SYS% " + lb + " haproxy[1988]: Server be_bulletin/app2 is DOWN, reason: Layer7 timeout, check duration: 2001ms. 0 active and 0 backup servers left. 13 sessions active, 0 requeued, 0 remaining in queue.")
    w.add(0.01, HH, "%SYS% " + lb + " haproxy[1988]: backend be_bulletin has no server available!")
    w.add(1.2, HH, hl("<NOSRV>", 503, "-1", 0, 217, "/api/v1/bulletins/current?region=AT-07", "SC--", "221/204/0/0/0").replace("be_bulletin/<NOSRV> 0/0/0/-1/0", "be_bulletin/<NOSRV> 0/-1/-1/-1/0"))
    w.add(1.0, HH, hl("<NOSRV>", 503, "-1", 0, 217, "/api/v1/bulletins/current?region=AT-02", "SC--", "223/206/0/0/0").replace("be_bulletin/<NOSRV> 0/0/0/-1/0", "be_bulletin/<NOSRV> 0/-1/-1/-1/0"))
    w.add(9.0, HH, "%SYS% " + lb + " haproxy[1988]: Server be_bulletin/app1 is UP, reason: Layer7 check passed, code: 200, check duration: 14ms. 1 active and 0 backup servers online. 0 sessions requeued, 0 total in queue.")
    w.add(1.5, HH, "%SYS% " + lb + " haproxy[1988]: Server be_bulletin/app2 is UP, reason: Layer7 check passed, code: 200, check duration: 11ms. 2 active and 0 backup servers online. 0 sessions requeued, 0 total in queue.")
    w.add(0.8, HH, hl("app1", 200, "41", 42, 18342, "/api/v1/bulletins/current?region=AT-07", "----", "142/131/3/1/0"))
    w.add(0.5, HH, hl("app2", 200, "36", 37, 4410, "/api/v1/danger-levels?date=2026-01-18&lang=de", "----", "140/129/2/1/0"))
    record("aw-warn-haproxy-timeout", "upstream_slow_dependency_blip",
           "Why did the bulletin site return 504 and 503 around 06:31?",
           {"app": "haproxy"}, w, "WARN", "timeout", "snowmodel",
           "The bulletin app's calls to snowmodel.avalwarn.net timed out after 25 s while it served the 06 UTC model run, tying up uWSGI workers so HAProxy health checks and requests timed out.",
           "For about 40 seconds both bulletin backends hung on snowmodel reads; HAProxy marked them DOWN and returned 504/503, then they recovered by falling back to the previous model run.",
           "Check snowmodel latency during model-run ingestion; consider a shorter client timeout or serving the cached run without blocking workers.",
           quiet=True)

    # ---- W2: one Celery pool child OOM-killed, task redelivered OK -------------
    ns, node = "theory-test", "gl-node-03"
    pp = podname("exam-pdf")
    PW = L_pod(ns, pp, "celery-worker", node, app="exam-pdf")
    KN = L_node(node, "kernel")
    t1, t2, t3 = uid(), uid(), uid()
    pid = R.randint(300, 900)
    w = Window("2026-01-18T11:02:45")
    w.add(0, PW, "[%PY%: INFO/MainProcess] Task exams.tasks.render_certificate_pdf[" + t1 + "] received")
    w.add(0.4, PW, "[%PY%: INFO/MainProcess] Task exams.tasks.render_certificate_pdf[" + t2 + "] received")
    w.add(1.8, PW, "[%PY%: INFO/ForkPoolWorker-1] Task exams.tasks.render_certificate_pdf[" + t2 + "] succeeded in 1.702s: 'certificates/2026/01/61944.pdf'")
    w.add(4.1, KN, "Memory cgroup out of memory: Killed process %d (celery) total-vm:1843212kB, anon-rss:1021340kB, file-rss:10240kB, shmem-rss:0kB, UID:1000 pgtables:2412kB oom_score_adj:985" % pid, evidence=True)
    w.add(0.3, PW, "[%%PY%%: ERROR/MainProcess] Process 'ForkPoolWorker-3' pid:%d exited with 'signal 9 (SIGKILL)'" % pid, evidence=True)
    w.add(0.01, PW, "[%PY%: ERROR/MainProcess] Task handler raised error: WorkerLostError('Worker exited prematurely: signal 9 (SIGKILL) Job: 118.')", evidence=True)
    w.add(0.001, PW, "Traceback (most recent call last):")
    w.add(0.001, PW, '  File "/usr/local/lib/python3.12/site-packages/billiard/pool.py", line 1265, in mark_as_worker_lost')
    w.add(0.001, PW, "    raise WorkerLostError(")
    w.add(0.001, PW, "billiard.exceptions.WorkerLostError: Worker exited prematurely: signal 9 (SIGKILL) Job: 118.")
    w.add(1.0, PW, "[%PY%: INFO/MainProcess] Task exams.tasks.render_certificate_pdf[" + t1 + "] received")
    w.add(6.9, PW, "[%PY%: INFO/ForkPoolWorker-4] Task exams.tasks.render_certificate_pdf[" + t1 + "] succeeded in 6.912s: 'certificates/2026/01/61939.pdf'")
    w.add(12.0, PW, "[%PY%: INFO/MainProcess] Task exams.tasks.render_certificate_pdf[" + t3 + "] received")
    w.add(1.6, PW, "[%PY%: INFO/ForkPoolWorker-2] Task exams.tasks.render_certificate_pdf[" + t3 + "] succeeded in 1.588s: 'certificates/2026/01/61951.pdf'")
    record("ds-warn-celery-oom", "celery_child_oom_redelivered",
           "Why did exam-pdf log a WorkerLostError?",
           {"namespace": ns, "app": "exam-pdf"}, w, "WARN", "oom_killed", "exam-pdf",
           "One Celery pool process of exam-pdf was killed by the memory cgroup OOM killer (about 1 GiB RSS) while rendering a certificate PDF.",
           "A single ForkPoolWorker was SIGKILLed by the kernel OOM killer; the task was redelivered and succeeded, and the container did not restart.",
           "Watch exam-pdf memory; raise the limit or set worker_max_memory_per_child if it repeats.")

    # ---- W3: Vault token hit max TTL, app re-authenticated (nested) ----------
    ns, node = "store", "ip-10-42-21-88.eu-central-1.compute.internal"
    cp = podname("catalog-api")
    PC = L_pod(ns, cp, "catalog-api", node)
    lease = "database/creds/catalog-ro/" + rs(24)
    w = Window("2026-01-18T14:59:02")
    w.add(0, PC, "%JAVA% [eventLoopGroupProxy-4-1] INFO  Application - 200 OK: GET - /api/releases/BW-1214 in 23ms")
    w.add(1.3, PC, "%JAVA% [DefaultDispatcher-worker-3] INFO  c.b.catalog.secrets.SecretsRefresher - lease " + lease + " expires in 58s, requesting new credentials")
    w.add(0.1, PC, "%JAVA% [DefaultDispatcher-worker-3] ERROR c.b.catalog.secrets.SecretsRefresher - Failed to refresh database credentials, keeping current pool (credentials expire in 57s)")
    w.add(0.001, PC, "com.blackwax.catalog.secrets.SecretsRefreshException: could not read database/creds/catalog-ro")
    w.add(0.001, PC, "\tat com.blackwax.catalog.secrets.SecretsRefresher.refresh(SecretsRefresher.kt:58)")
    w.add(0.001, PC, "\tat com.blackwax.catalog.secrets.SecretsRefresher$start$1.invokeSuspend(SecretsRefresher.kt:31)")
    w.add(0.001, PC, "\tat kotlin.coroutines.jvm.internal.BaseContinuationImpl.resumeWith(ContinuationImpl.kt:33)")
    w.add(0.001, PC, "Caused by: io.ktor.client.plugins.ClientRequestException: Client request(GET https://vault.vault.svc:8200/v1/database/creds/catalog-ro) invalid: 403 Forbidden. Text: \"{\"errors\":[\"permission denied\"]}\"", evidence=True)
    w.add(0.001, PC, "\tat io.ktor.client.plugins.DefaultResponseValidationKt$addDefaultResponseValidation$1$1.invokeSuspend(DefaultResponseValidation.kt:54)")
    w.add(0.001, PC, "\t... 6 common frames omitted")
    w.add(0.4, PC, "%JAVA% [DefaultDispatcher-worker-3] WARN  c.b.catalog.secrets.VaultAuth - vault token rejected (403) after 768h0m0s; token reached max_ttl, re-authenticating via kubernetes auth role=catalog-api", evidence=True)
    w.add(0.6, PC, "%JAVA% [eventLoopGroupProxy-4-2] INFO  Application - 200 OK: GET - /api/search?q=coltrane in 41ms")
    w.add(0.3, PC, "%JAVA% [DefaultDispatcher-worker-3] INFO  c.b.catalog.secrets.VaultAuth - vault login ok: policies=[catalog-api default] token_ttl=1h renewable=true")
    w.add(0.2, PC, "%JAVA% [DefaultDispatcher-worker-3] INFO  c.b.catalog.secrets.SecretsRefresher - database credentials refreshed lease_id=database/creds/catalog-ro/" + rs(24) + " lease_duration=1h; pool rotated 10/10 connections")
    w.add(2.0, PC, "%JAVA% [eventLoopGroupProxy-4-1] INFO  Application - 200 OK: GET - /api/releases/BW-1209 in 19ms")
    record("bw-warn-vault-token", "vault_token_max_ttl_reauth",
           "catalog-api logged a 403 from Vault; is the catalog affected?",
           {"namespace": ns, "app": "catalog-api"}, w, "WARN", "auth_failure", "catalog-api",
           "catalog-api's Vault token reached its max TTL, so the credential refresh was denied with 403 permission denied until the app re-authenticated.",
           "The database credential refresh failed once with 403 from Vault; catalog-api logged in again with Kubernetes auth, obtained new credentials and rotated its pool without failed requests.",
           "Optional: have catalog-api re-login before max_ttl instead of relying on the 403 path.",
           nested=True)

    # ---- W4: both CoreDNS replicas restarted together (nested dns) ---------------
    ns, node = "theory-test", "gl-node-05"
    c1, c2 = podname("coredns", "7c9d6b5f8d"), podname("coredns", "7c9d6b5f8d")
    n1, n2 = podname("coredns", "58f6bd7c94"), podname("coredns", "58f6bd7c94")
    wk = podname("exam-notifier")
    web = podname("theory-web")
    EK = L_ev("kube-system")
    PWK = L_pod(ns, wk, "celery-worker", "gl-node-03", app="exam-notifier")
    PU = L_pod(ns, web, "uwsgi", node, app="theory-web")
    redis = "redis-theory.theory-test.svc.cluster.local:6379"
    w = Window("2026-01-19T09:14:20")
    w.add(0, EK, ev("Normal", "ScalingReplicaSet", "Deployment/coredns", "Scaled down replica set coredns-7c9d6b5f8d to 0 from 2"), evidence=True)
    w.add(0.05, EK, ev("Normal", "Killing", "Pod/" + c1, "Stopping container coredns"), evidence=True)
    w.add(0.02, EK, ev("Normal", "Killing", "Pod/" + c2, "Stopping container coredns"))
    w.add(0.3, L_pod("kube-system", c1, "coredns", "gl-node-01"), "[INFO] SIGTERM: Shutting down servers then terminating")
    w.add(3.2, PWK, "[%PY%: ERROR/MainProcess] consumer: Cannot connect to redis://" + redis + "/0: Error -3 connecting to " + redis + ". Temporary failure in name resolution..", evidence=True)
    w.add(0.001, PWK, "Trying again in 2.00 seconds... (1/100)")
    w.add(1.5, PU, "%PY% ERROR django.request: Internal Server Error: /api/exams/attempt/61990/submit")
    w.add(0.001, PU, "Traceback (most recent call last):")
    w.add(0.001, PU, '  File "/usr/local/lib/python3.12/site-packages/redis/connection.py", line 357, in connect')
    w.add(0.001, PU, "    sock = self.retry.call_with_retry(")
    w.add(0.001, PU, '  File "/usr/local/lib/python3.12/socket.py", line 976, in getaddrinfo')
    w.add(0.001, PU, "    for res in _socket.getaddrinfo(host, port, family, type, proto, flags):")
    w.add(0.001, PU, "socket.gaierror: [Errno -3] Temporary failure in name resolution", evidence=True)
    w.add(0.001, PU, "During handling of the above exception, another exception occurred:")
    w.add(0.001, PU, "Traceback (most recent call last):")
    w.add(0.001, PU, '  File "/usr/local/lib/python3.12/site-packages/kombu/connection.py", line 472, in _reraise_as_library_errors')
    w.add(0.001, PU, "kombu.exceptions.OperationalError: Error -3 connecting to " + redis + ". Temporary failure in name resolution.")
    w.add(9.0, L_pod("kube-system", n1, "coredns", "gl-node-01"), "CoreDNS-1.11.1")
    w.add(0.01, L_pod("kube-system", n1, "coredns", "gl-node-01"), "linux/amd64, go1.21.6, ae2bbc2")
    w.add(0.6, EK, ev("Normal", "ScalingReplicaSet", "Deployment/coredns", "Scaled up replica set coredns-58f6bd7c94 to 2"))
    w.add(4.0, PWK, "[%PY%: INFO/MainProcess] Connected to redis://" + redis + "/0")
    w.add(2.0, PU, "[pid: 15|app: 0|req: 2291/9184] 10.44.0.23 () {46 vars in 991 bytes} [%UWSGI%] POST /api/exams/attempt/61990/submit => generated 211 bytes in 88 msecs (HTTP/1.1 200) 6 headers in 214 bytes (1 switches on core 0)")
    record("ds-warn-coredns-restart", "coredns_both_replicas_restarted",
           "Exam submissions failed for a few seconds with OperationalError; what happened?",
           {"namespace": ns, "app": "theory-web"}, w, "WARN", "dns_resolution", "coredns",
           "A CoreDNS rollout scaled the old replica set to 0 before the new pods were ready (both replicas stopped at once), so cluster names such as redis-theory did not resolve (EAI_AGAIN) for about 15 seconds.",
           "theory-web and exam-notifier could not resolve the Redis broker while CoreDNS was down; a submission failed with a kombu OperationalError caused by socket.gaierror, then the new CoreDNS pods came up and connections recovered.",
           "Give the CoreDNS deployment maxUnavailable 0 / a PodDisruptionBudget so rollouts never stop all replicas; retry the failed submission.",
           nested=True)

    # ---- W5: Agroal connection pool exhausted during the 17:00 bulletin release -
    ns, node = "avalanche-bulletin", "aw-k8s-w2"
    bp = podname("bulletin-api", "6c9d7f8b5")
    PB = L_pod(ns, bp, "bulletin-api", node)
    w = Window("2026-01-19T17:00:01")

    def qacc(path, st, size):
        return '%%PY%% INFO  [io.qua.htt.access-log] (executor-thread-%d) 10.44.0.17 - - [%%CLF%%] "GET %s HTTP/1.1" %d %d' % (R.randint(1, 190), path, st, size)
    w.add(0, PB, "%PY% INFO  [at.avw.bul.pub.PublishService] (executor-thread-3) bulletin 2026-01-19PM published for 27 regions, CDN cache purged")
    w.add(1.2, PB, qacc("/api/v1/bulletins/current?region=AT-07", 200, 18410))
    w.add(4.0, PB, "%PY% WARN  [at.avw.bul.hea.PoolMonitor] (vert.x-worker-thread-2) datasource <default>: active=20 max=20 available=0 awaiting=143", evidence=True)
    for rid in ("AT-07", "AT-02", "IT-32"):
        w.add(1.1, PB, "%%PY%% ERROR [io.qua.ver.htt.run.QuarkusErrorHandler] (executor-thread-%d) HTTP Request to /api/v1/bulletins/current?region=%s failed, error id: %s-%d: org.hibernate.exception.GenericJDBCException: Unable to acquire JDBC Connection [Sorry, acquisition timeout!] [n/a]" % (R.randint(20, 190), rid, uid(), R.randint(1, 60)), evidence=(rid == "AT-07"))
    w.add(0.8, PB, qacc("/api/v1/bulletins/current?region=AT-07", 500, 0))
    w.add(0.5, PB, qacc("/api/v1/danger-levels?date=2026-01-19&lang=en", 200, 4410))
    w.add(6.0, PB, "%PY% WARN  [at.avw.bul.hea.PoolMonitor] (vert.x-worker-thread-2) datasource <default>: active=20 max=20 available=0 awaiting=37")
    w.add(10.0, PB, "%PY% INFO  [at.avw.bul.hea.PoolMonitor] (vert.x-worker-thread-2) datasource <default>: active=9 max=20 available=11 awaiting=0")
    w.add(0.5, PB, qacc("/api/v1/bulletins/current?region=IT-32", 200, 17204))
    w.add(0.5, PB, qacc("/api/v1/bulletins/current?region=AT-02", 200, 16022))
    record("aw-warn-agroal-pool", "jdbc_pool_exhausted_spike",
           "bulletin-api returned 500s right after the evening bulletin was published; why?",
           {"namespace": ns, "app": "bulletin-api"}, w, "WARN", "resource_exhausted", "bulletin-api",
           "The Agroal JDBC pool of bulletin-api (max 20) was exhausted by the request burst after the 17:00 publication, so requests failed with 'Sorry, acquisition timeout!'.",
           "For about 20 seconds after the evening publication all 20 pool connections were busy with 143 waiters; some requests failed with 500 before the backlog drained by itself.",
           "Consider a larger pool or caching of current bulletins before the next release peak.")

    # ---- W6: Caddy ACME renewal rate-limited, fallback issuer succeeded (host) --
    host = "edge-gl1"
    HC = L_host(host, "caddy", job="journal", unit="caddy.service")
    dom = "buchung.greenlight-fahrschule.de"
    w = Window("2026-01-19T20:41:10")
    cl = lambda d: "%SYS% " + host + " caddy[1402]: " + js(d)
    w.add(0, HC, cl({"level": "info", "ts": "%EPOCHNUM%", "logger": "tls.cache.maintenance", "msg": "certificate expires soon; queuing for renewal", "identifiers": [dom], "remaining": 1641588.12}))
    w.add(0.02, HC, cl({"level": "info", "ts": "%EPOCHNUM%", "logger": "tls.renew", "msg": "acquiring lock", "identifier": dom}))
    w.add(0.01, HC, cl({"level": "info", "ts": "%EPOCHNUM%", "logger": "tls.renew", "msg": "lock acquired", "identifier": dom}))
    w.add(0.01, HC, cl({"level": "info", "ts": "%EPOCHNUM%", "logger": "tls.renew", "msg": "renewing certificate", "identifier": dom, "remaining": 1641588.08}))
    err = "HTTP 429 urn:ietf:params:acme:error:rateLimited - too many certificates (5) already issued for this exact set of identifiers in the last 168h0m0s, retry after 2026-01-20 03:12:55 UTC: see https://letsencrypt.org/docs/rate-limits/#new-certificates-per-exact-set-of-hostnames"
    w.add(1.9, HC, cl({"level": "error", "ts": "%EPOCHNUM%", "logger": "tls.renew", "msg": "could not get certificate from issuer", "identifier": dom, "issuer": "acme-v02.api.letsencrypt.org-directory", "error": err}), evidence=True)
    w.add(0.01, HC, cl({"level": "error", "ts": "%EPOCHNUM%", "logger": "tls.renew", "msg": "will retry", "error": "[" + dom + "] Renew: " + err, "attempt": 1, "retrying_in": 60, "elapsed": 1.93, "max_duration": 2592000}), evidence=True)
    w.add(3.0, HC, "%SYS% " + host + " caddy[1402]: " + js({"level": "info", "ts": "%EPOCHNUM%", "logger": "http.log.access.log0", "msg": "handled request", "request": {"remote_ip": ip("91.115.20"), "proto": "HTTP/2.0", "method": "GET", "host": dom, "uri": "/login"}, "duration": 0.041, "size": 5121, "status": 200}))
    w.add(57.0, HC, cl({"level": "info", "ts": "%EPOCHNUM%", "logger": "tls.renew", "msg": "renewing certificate", "identifier": dom, "remaining": 1641527.6}))
    w.add(4.2, HC, cl({"level": "info", "ts": "%EPOCHNUM%", "logger": "tls.renew", "msg": "certificate renewed successfully", "identifier": dom, "issuer": "acme.zerossl.com-v2-DV90"}))
    w.add(0.01, HC, cl({"level": "info", "ts": "%EPOCHNUM%", "logger": "tls.renew", "msg": "releasing lock", "identifier": dom}))
    w.add(0.01, HC, cl({"level": "info", "ts": "%EPOCHNUM%", "logger": "tls", "msg": "reloading managed certificate", "identifiers": [dom]}))
    record("ds-warn-caddy-acme-429", "acme_rate_limited_fallback",
           "Is the booking site certificate about to expire? Caddy logged ACME errors.",
           {"app": "caddy"}, w, "WARN", "rate_limited", "caddy",
           "Let's Encrypt refused the renewal with HTTP 429 rateLimited because 5 certificates for the same name had been issued within 7 days (Caddy's storage is being reset on redeploys).",
           "The renewal for buchung.greenlight-fahrschule.de was rate-limited by Let's Encrypt; the retry obtained a certificate from the ZeroSSL fallback issuer with 19 days still remaining, so there was no user impact.",
           "Persist Caddy's data directory across redeploys so certificates are not re-issued each time.")

    # ---- W7: Meilisearch liveness probe timeouts during nightly reindex ----------
    ns, node = "booking", "gl-node-05"
    mp = "instructor-search-0"
    mip = ip("10.44.5")
    PM = L_pod(ns, mp, "meilisearch", node, app="instructor-search")
    E = L_ev(ns)
    pu = uid()
    bw = podname("booking-web")
    w = Window("2026-01-20T02:30:04")
    w.add(0, PM, '[%ISO0% INFO  actix_web::middleware::logger] 10.44.5.1 "GET /health HTTP/1.1" 200 20 "-" "kube-probe/1.29" 0.000121')
    w.add(1.0, PM, '[%ISO0% INFO  actix_web::middleware::logger] 10.44.2.40 "POST /indexes/instructor_slots/documents?primaryKey=slot_id HTTP/1.1" 202 142 "-" "Meilisearch PHP (v1.6.0)" 0.512330')
    w.add(0.1, PM, "[%ISO0% INFO  index_scheduler] Processing batch of 1 tasks: documentAdditionOrUpdate on index instructor_slots (184220 documents)")
    for i in (1, 2):
        w.add(10.0, *kubelet(node, "I", "prober.go:107",
                             '"Probe failed" probeType="Liveness" pod="%s/%s" podUID="%s" containerName="meilisearch" probeResult="failure" output="Get \\"http://%s:7700/health\\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)"' % (ns, mp, pu, mip)), evidence=True)
        w.add(0.05, E, ev("Warning", "Unhealthy", "Pod/" + mp,
                          'Liveness probe failed: Get "http://%s:7700/health": context deadline exceeded (Client.Timeout exceeded while awaiting headers)' % mip, count=i), evidence=(i == 1))
    w.add(0.5, L_pod(ns, bw, "booking-web", "gl-node-02"), '[%LARAVEL%] production.WARNING: Instructor search timed out after 3000 ms, falling back to database query {"route":"lessons.book","instructor_filter":"school=graz-lend"}')
    w.add(2.5, PM, "[%ISO0% INFO  index_scheduler] A batch of tasks was successfully completed.")
    w.add(7.4, PM, '[%ISO0% INFO  actix_web::middleware::logger] 10.44.5.1 "GET /health HTTP/1.1" 200 20 "-" "kube-probe/1.29" 0.000098')
    w.add(5.0, PM, '[%ISO0% INFO  actix_web::middleware::logger] 10.44.2.40 "POST /indexes/instructor_slots/search HTTP/1.1" 200 8112 "-" "Meilisearch PHP (v1.6.0)" 0.004112')
    w.add(5.0, PM, '[%ISO0% INFO  actix_web::middleware::logger] 10.44.5.1 "GET /health HTTP/1.1" 200 20 "-" "kube-probe/1.29" 0.000102')
    record("ds-warn-meili-probe", "liveness_timeout_below_threshold",
           "Why is instructor-search reporting liveness probe failures?",
           {"namespace": ns, "app": "instructor-search"}, w, "WARN", "probe_failure", "instructor-search",
           "During the nightly full re-index of instructor_slots, Meilisearch answered /health slower than the 1 s probe timeout, so two consecutive liveness probes failed (threshold 3).",
           "The liveness probe of instructor-search-0 failed twice while a 184k-document batch was processed; the batch completed, /health answered again and the container was not restarted.",
           "Raise the liveness probe timeoutSeconds/failureThreshold, or split the nightly import into smaller batches.")

    # ---- W8: node NotReady for ~40 s because PLEG stalled ------------------------
    node = "aw-k8s-w3"
    ED = L_ev("default")
    KN = L_node(node, "kernel")
    sp = podname("snowpack-ingest")
    w = Window("2026-01-20T04:12:40")
    w.add(0, KN, "INFO: task containerd:1022 blocked for more than 120 seconds.", evidence=True)
    w.add(0.001, KN, "      Not tainted 6.1.0-18-amd64 #1 Debian 6.1.76-1")
    w.add(0.001, KN, '"echo 0 > /proc/sys/kernel/hung_task_timeout_secs" disables this message.')
    w.add(30.0, *kubelet(node, "E", "generic.go:241", '"GenericPLEG: Unable to retrieve pods" err="rpc error: code = DeadlineExceeded desc = context deadline exceeded"', pid=912), evidence=True)
    w.add(28.0, *kubelet(node, "I", "kubelet.go:2390", '"Skipping pod synchronization" err="PLEG is not healthy: pleg was last seen active 3m0.912s ago; threshold is 3m0s"', pid=912), evidence=True)
    w.add(5.0, *kubelet(node, "I", "setters.go:568", '"Node became not ready" node="%s" condition={"type":"Ready","status":"False","lastHeartbeatTime":"%%ISO0%%","lastTransitionTime":"%%ISO0%%","reason":"KubeletNotReady","message":"PLEG is not healthy: pleg was last seen active 3m5.331s ago; threshold is 3m0s"}' % node, pid=912), evidence=True)
    w.add(0.4, ED, ev("Normal", "NodeNotReady", "Node/" + node, "Node %s status is now: NodeNotReady" % node))
    w.add(0.3, L_ev("snow-telemetry"), ev("Warning", "NodeNotReady", "Pod/" + sp, "Node is not ready"))
    w.add(36.0, *kubelet(node, "I", "kubelet_node_status.go:679", '"Recording event message for node" node="%s" event="NodeReady"' % node, pid=912))
    w.add(0.3, ED, ev("Normal", "NodeReady", "Node/" + node, "Node %s status is now: NodeReady" % node))
    w.add(3.0, L_pod("snow-telemetry", sp, "snowpack-ingest", node), "%JAVA% INFO  [vert.x-eventloop-thread-0] a.s.ingest.Uplink - flushed 212 buffered readings to influxdb, backlog=0")
    record("aw-warn-node-pleg", "node_notready_pleg_blip",
           "aw-k8s-w3 flapped NotReady this morning; do we need to act?",
           {"node": node}, w, "WARN", "node_failure", "aw-k8s-w3",
           "containerd on aw-k8s-w3 was blocked on I/O for over two minutes, the kubelet's PLEG went unhealthy and the node reported NotReady.",
           "The node was NotReady for about 40 seconds while containerd was hung; it returned to Ready before any pod eviction and buffered telemetry was flushed.",
           "Check the node's disk latency/kernel logs; cordon and drain it if the hung-task messages recur.")

    # ---- W9: Patroni replica lag during the nightly price import (host) -----------
    HP1 = L_host("pg-store1", "postgres", job="syslog")
    HP2 = L_host("pg-store2", "postgres", job="syslog")
    HT2 = L_host("pg-store2", "patroni", job="syslog")
    HI = L_host("pg-store1", "catalog-import", job="syslog")
    HH = L_host("lb1.blackwax.local", "haproxy")
    w = Window("2026-01-21T01:30:05")
    w.add(0, HI, "%SYS% pg-store1 catalog-import[8812]: nightly price import started: 2412880 rows, single transaction, target=release_prices", evidence=True)
    w.add(40.0, HP1, "%SYS% pg-store1 postgres[31122]: [8-1] %PG% [31122] LOG:  checkpoints are occurring too frequently (8 seconds apart)")
    w.add(0.001, HP1, "%SYS% pg-store1 postgres[31122]: [8-2] %PG% [31122] HINT:  Consider increasing the configuration parameter \"max_wal_size\".")
    w.add(12.0, HP2, "%SYS% pg-store2 postgres[2231]: [41-1] %PG% [40817] ERROR:  canceling statement due to conflict with recovery", evidence=True)
    w.add(0.001, HP2, "%SYS% pg-store2 postgres[2231]: [41-2] %PG% [40817] DETAIL:  User query might have needed to see row versions that must be removed.")
    w.add(0.001, HP2, "%SYS% pg-store2 postgres[2231]: [41-3] %PG% [40817] STATEMENT:  SELECT r.id, r.title, p.amount FROM releases r JOIN release_prices p ON p.release_id = r.id WHERE r.label_id = $1")
    w.add(2.0, HH, '%SYS% lb1 haproxy[2231]: Health check for server be_pg_ro/pg-store2 failed, reason: Layer7 wrong status, code: 503, info: "Service Unavailable", check duration: 3ms, status: 0/2 DOWN.', evidence=True)
    w.add(0.01, HH, '%SYS% lb1 haproxy[2231]: Server be_pg_ro/pg-store2 is DOWN, reason: Layer7 wrong status, code: 503, info: "Service Unavailable", check duration: 3ms. 1 active and 0 backup servers left. 4 sessions active, 0 requeued, 0 remaining in queue.')
    w.add(8.0, HT2, "%SYS% pg-store2 patroni[1190]: %PY% INFO: no action. I am (pg-store2), a secondary, and following a leader (pg-store1)")
    w.add(9.0, HP2, "%SYS% pg-store2 postgres[2231]: [42-1] %PG% [40833] ERROR:  canceling statement due to conflict with recovery")
    w.add(0.001, HP2, "%SYS% pg-store2 postgres[2231]: [42-2] %PG% [40833] DETAIL:  User query might have needed to see row versions that must be removed.")
    w.add(60.0, HI, "%SYS% pg-store1 catalog-import[8812]: nightly price import committed in 112.4s")
    w.add(25.0, HT2, "%SYS% pg-store2 patroni[1190]: %PY% INFO: no action. I am (pg-store2), a secondary, and following a leader (pg-store1)")
    w.add(4.0, HH, "%SYS% lb1 haproxy[2231]: Server be_pg_ro/pg-store2 is UP, reason: Layer7 check passed, code: 200, check duration: 4ms. 2 active and 0 backup servers online. 0 sessions requeued, 0 total in queue.")
    record("bw-warn-patroni-lag", "replica_lag_during_bulk_import",
           "Why was the read replica pg-store2 taken out of the pool last night?",
           {"app": "postgres"}, w, "WARN", "database", "pg-store2",
           "The nightly single-transaction price import on pg-store1 generated WAL faster than pg-store2 could replay it; the replica lagged past the Patroni lag threshold and queries were cancelled by recovery conflicts.",
           "During the 2.4M-row import pg-store2 lagged: read queries were cancelled with 'conflict with recovery' and HAProxy removed it from be_pg_ro until it caught up a couple of minutes later.",
           "Batch the import into smaller transactions or run it with the replica excluded from reads; consider max_standby_streaming_delay tuning.")

    # ---- W10: single-replica geo-locator redeployed with Recreate ----------------
    ns = "rescue-ops"
    E = L_ev(ns)
    dr = podname("dispatch-router")
    newrs = rs(10)
    gl_new = podname("geo-locator", newrs)
    gl_old = podname("geo-locator")
    PD = L_pod(ns, dr, "dispatch-router", "aw-k8s-w1")
    PG = L_pod(ns, gl_new, "geo-locator", "aw-k8s-w4")
    w = Window("2026-01-21T15:20:33")
    zl = lambda lvl, caller, msg, **kw: js(dict([("level", lvl), ("ts", "%ISO%"), ("caller", caller), ("msg", msg)] + list(kw.items())))
    w.add(0, E, ev("Normal", "ScalingReplicaSet", "Deployment/geo-locator", "Scaled down replica set %s to 0 from 1" % gl_old.rsplit("-", 1)[0]), evidence=True)
    w.add(0.1, E, ev("Normal", "Killing", "Pod/" + gl_old, "Stopping container geo-locator"))
    for i, call in enumerate(("R-0121-0412", "R-0121-0412", "R-0121-0413")):
        w.add(4.0 if i else 2.0, PD, zl("warn", "locate/client.go:88", "geo lookup failed, retrying", call_id=call, err='Post "http://geo-locator.rescue-ops.svc:8080/v1/locate": dial tcp 10.96.81.14:8080: connect: connection refused', attempt=i + 1 if i < 2 else 1), evidence=(i == 0))
    w.add(1.0, PD, zl("info", "alerts/publish.go:52", "alert published", stream="RESCUE_ALERTS", subject="rescue.alerts.tirol", seq=88123))
    w.add(3.0, E, ev("Normal", "ScalingReplicaSet", "Deployment/geo-locator", "Scaled up replica set geo-locator-%s to 1" % newrs))
    w.add(0.2, E, ev("Normal", "Started", "Pod/" + gl_new, "Started container geo-locator"))
    w.add(8.0, PD, zl("warn", "locate/client.go:88", "geo lookup failed, retrying", call_id="R-0121-0412", err='Post "http://geo-locator.rescue-ops.svc:8080/v1/locate": dial tcp 10.96.81.14:8080: connect: connection refused', attempt=3))
    w.add(2.0, PG, "%JAVA% [main] INFO  ktor.application - Application started in 4.112 seconds.")
    w.add(0.01, PG, "%JAVA% [DefaultDispatcher-worker-1] INFO  ktor.application - Responding at http://0.0.0.0:8080")
    w.add(3.0, PD, zl("info", "locate/client.go:97", "geo lookup ok after retry", call_id="R-0121-0412", attempts=4, grid="32T PS 4587 1923"))
    w.add(0.4, PD, zl("info", "locate/client.go:97", "geo lookup ok after retry", call_id="R-0121-0413", attempts=2, grid="32T PS 3012 2256"))
    record("aw-warn-geolocator-recreate", "dependency_refused_during_recreate",
           "dispatch-router logged connection refused to geo-locator; were rescue calls affected?",
           {"namespace": ns, "app": "dispatch-router"}, w, "WARN", "connection_refused", "geo-locator",
           "geo-locator runs a single replica with the Recreate strategy; during its redeploy there was no endpoint, so dispatch-router's lookups were refused for about 25 seconds.",
           "Location lookups for two rescue calls were refused while geo-locator was redeployed and succeeded after retries once the new pod started.",
           "Run geo-locator with at least two replicas and a RollingUpdate strategy.")


# =================================================================== ERROR
def error_records():
    # ---- E1: MinIO access key rotated, downloads-api still uses the old key (nested)
    ns, node = "store", "ip-10-42-21-88.eu-central-1.compute.internal"
    dp = podname("downloads-api")
    PD = L_pod(ns, dp, "downloads-api", node)
    es = podname("external-secrets")
    rot = podname("minio-key-rotate", rs(8))
    ing = podname("ingress-nginx-controller")
    IN = L_pod("ingress-nginx", ing, "controller", "ip-10-42-8-19.eu-central-1.compute.internal", app="ingress-nginx")
    w = Window("2026-01-22T09:02:14")
    w.add(0, L_pod(ns, rot, "rotate", node, app="minio-key-rotate"), "%ISO0% minio-key-rotate: service account downloads-api: created access key DLAPI" + rs(12).upper() + ", removed previous key DLAPI" + rs(12).upper(), evidence=True)
    w.add(1.5, L_pod("external-secrets", es, "external-secrets", node, app="external-secrets"), js({"level": "info", "ts": "%EPOCHNUM%", "logger": "controllers.ExternalSecret", "msg": "reconciled secret", "ExternalSecret": {"name": "minio-downloads-creds", "namespace": "store"}}))
    for order, extra in ((88412, True), (88419, False)):
        w.add(20.0 if extra else 7.0, PD, "%%HMS%% [default-nioEventLoopGroup-1-3] ERROR i.m.http.server.RouteExecutor - Unexpected error occurred: Error generating download link for order %d" % order)
        w.add(0.001, PD, "com.blackwax.downloads.DownloadLinkException: Error generating download link for order %d" % order)
        if extra:
            w.add(0.001, PD, "\tat com.blackwax.downloads.LinkService.presign(LinkService.kt:71)")
            w.add(0.001, PD, "\tat com.blackwax.downloads.DownloadController.link(DownloadController.kt:39)")
        w.add(0.001, PD, "Caused by: software.amazon.awssdk.services.s3.model.S3Exception: The Access Key Id you provided does not exist in our records. (Service: S3, Status Code: 403, Request ID: %s, Extended Request ID: %s)" % (hx(16).upper(), hx(64)), evidence=extra)
        if extra:
            w.add(0.001, PD, "\tat software.amazon.awssdk.services.s3.model.S3Exception$BuilderImpl.build(S3Exception.java:104)")
            w.add(0.001, PD, "\tat com.blackwax.downloads.LinkService.presign(LinkService.kt:64)")
        w.add(0.01, IN, '%s - - [%%CLF%%] "GET /api/downloads/%d/link HTTP/2.0" 500 87 "https://shop.blackwax-pressing.com/account/orders" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15" 412 0.034 [store-downloads-api-8080] [] %s:8080 87 0.034 500 %s' % (
            "62.%d.%d.%d" % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250)), order, ip("10.44.21"), hx(32)))
    w.add(30.0, IN, '%s - - [%%CLF%%] "GET /api/downloads/88430/link HTTP/2.0" 500 87 "https://shop.blackwax-pressing.com/account/orders" "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0" 398 0.029 [store-downloads-api-8080] [] %s:8080 87 0.029 500 %s' % (
        "77.%d.%d.%d" % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250)), ip("10.44.21"), hx(32)))
    record("bw-err-minio-accesskey", "rotated_key_stale_in_pod",
           "Customers cannot download the FLAC files they bought; why?",
           {"namespace": ns, "app": "downloads-api"}, w, "ERROR", "auth_failure", "downloads-api",
           "The MinIO access key of downloads-api was rotated and the old key deleted, but the running pods still use the old key from their environment, so MinIO rejects every request with 403 InvalidAccessKeyId.",
           "Every download-link request fails with 500: the generic DownloadLinkException is caused by an S3 403 'Access Key Id ... does not exist' after the key rotation job removed the previous key.",
           "Restart (roll) downloads-api so it reads the rotated minio-downloads-creds secret, and make the rotation keep the old key until pods have reloaded.",
           nested=True)

    # ---- E2: question-bank points at a service name that no longer resolves (quiet)
    ns = "theory-test"
    web = podname("theory-web")
    qb = podname("question-bank")
    PU = L_pod(ns, web, "uwsgi", "gl-node-05", app="theory-web")
    PQ = L_pod(ns, qb, "question-bank", "gl-node-04")
    w = Window("2026-01-22T15:40:51")
    for i, cls in enumerate(("B", "B", "A2", "B", "BE", "B")):
        eid = "%s-%d" % (uid(), R.randint(1, 90))
        w.add(2.0 + i, PU, "%%PY%% ERROR exams.clients.questionbank: question-bank request failed: GET http://question-bank.theory-test.svc:8080/api/v2/questions/set?class=%s&lang=de -> 500 Internal Server Error (error id %s)" % (cls, eid))
        w.add(0.01, PU, "[pid: %d|app: 0|req: %d/%d] %s () {48 vars in 1012 bytes} [%%UWSGI%%] GET /practice/start?class=%s => generated 1288 bytes in %d msecs (HTTP/1.1 503) 6 headers in 220 bytes (1 switches on core 0)" % (
            R.choice([14, 15, 16]), 3100 + i, 12400 + i * 4, ip("10.44.0"), cls, R.randint(40, 90)))
        if i == 2:
            w.add(0.3, PQ, "%PY% WARN  [de.gl.qb.med.MediaClient] (vert.x-eventloop-thread-1) media lookup for question set failed, answering 500: io.netty.resolver.dns.DnsResolveContext$SearchDomainUnknownHostException: Failed to resolve 'question-media.theory-test.svc.cluster.local' and search domain query for configured domains failed as well: [theory-test.svc.cluster.local, svc.cluster.local, cluster.local]", evidence=True)
    w.add(3.0, PU, "%PY% ERROR exams.views: practice test could not be started for 6 students in the last 60s (question-bank unavailable)")
    record("ds-err-questionbank-dns", "quiet_nxdomain_behind_500s",
           "Students cannot start practice tests; theory-web says question-bank returns 500. Why?",
           {"namespace": ns, "app": "theory-web"}, w, "ERROR", "dns_resolution", "question-bank",
           "question-bank is configured to fetch media from question-media.theory-test.svc.cluster.local, a name that no longer resolves (NXDOMAIN for all search domains), so it answers every question-set request with 500.",
           "theory-web logs many 500s from question-bank and returns 503 to students; the only cause line is question-bank failing to resolve question-media.theory-test.svc.cluster.local.",
           "Point question-bank's media URL at the existing Service (or restore the question-media Service) and redeploy.",
           quiet=True)

    # ---- E3: EMQX listener certificate expired (nested tls) ------------------------
    ns, node = "snow-telemetry", "aw-k8s-w1"
    sb = "station-bridge-0"
    PS = L_pod(ns, sb, "station-bridge", node)
    PE = L_pod(ns, "emqx-0", "emqx", "aw-k8s-w4")
    nr = podname("node-red")
    PN = L_pod(ns, nr, "node-red", "aw-k8s-w2")
    sip = ip("10.44.1")
    w = Window("2026-01-22T07:32:05")
    w.add(0, PS, "%JAVA% INFO  [vert.x-eventloop-thread-0] a.s.bridge.MqttUplink - connecting to emqx.snow-telemetry.svc:8883 (tls, client-id station-bridge-0)")
    w.add(0.05, PE, "%ISOTZ% [warning] msg: ssl_handshake_failed, listener: ssl:default, peername: " + sip + ":40312, reason: {tls_alert,{certificate_expired,\"TLS server: In state certify received CLIENT ALERT: Fatal - Certificate Expired\"}}")
    w.add(0.01, PS, "%JAVA% ERROR [vert.x-eventloop-thread-0] a.s.bridge.MqttUplink - MQTT connect to emqx.snow-telemetry.svc:8883 failed, retry in 30s")
    w.add(0.001, PS, "io.netty.handler.codec.DecoderException: javax.net.ssl.SSLHandshakeException: PKIX path validation failed: java.security.cert.CertPathValidatorException: validity check failed")
    w.add(0.001, PS, "\tat io.netty.handler.codec.ByteToMessageDecoder.callDecode(ByteToMessageDecoder.java:499)")
    w.add(0.001, PS, "\tat io.netty.handler.codec.ByteToMessageDecoder.channelRead(ByteToMessageDecoder.java:290)")
    w.add(0.001, PS, "Caused by: javax.net.ssl.SSLHandshakeException: PKIX path validation failed: java.security.cert.CertPathValidatorException: validity check failed")
    w.add(0.001, PS, "\tat java.base/sun.security.ssl.Alert.createSSLException(Alert.java:130)")
    w.add(0.001, PS, "Caused by: java.security.cert.CertPathValidatorException: validity check failed")
    w.add(0.001, PS, "Caused by: java.security.cert.CertificateExpiredException: NotAfter: Wed Jan 21 23:59:59 UTC 2026", evidence=True)
    w.add(0.001, PS, "\tat java.base/sun.security.x509.CertificateValidity.valid(CertificateValidity.java:277)")
    w.add(5.0, PS, "%JAVA% WARN  [vert.x-eventloop-thread-1] a.s.bridge.Buffer - uplink down since 00:00:04Z, buffered readings=18240 (limit 50000)")
    w.add(12.0, PN, "%NODERED% - [warn] [function:stale check] station AW-PITZ-03 no data for 452 min")
    w.add(0.2, PN, "%NODERED% - [warn] [function:stale check] station AW-KAUN-01 no data for 452 min")
    w.add(13.0, PS, "%JAVA% INFO  [vert.x-eventloop-thread-0] a.s.bridge.MqttUplink - connecting to emqx.snow-telemetry.svc:8883 (tls, client-id station-bridge-0)")
    w.add(0.05, PE, "%ISOTZ% [warning] msg: ssl_handshake_failed, listener: ssl:default, peername: " + sip + ":40398, reason: {tls_alert,{certificate_expired,\"TLS server: In state certify received CLIENT ALERT: Fatal - Certificate Expired\"}}", evidence=True)
    w.add(0.01, PS, "%JAVA% ERROR [vert.x-eventloop-thread-0] a.s.bridge.MqttUplink - MQTT connect to emqx.snow-telemetry.svc:8883 failed, retry in 30s")
    record("aw-err-emqx-cert-expired", "mqtt_server_cert_expired",
           "No live station data reaches the forecasters since midnight; what is wrong with the telemetry bridge?",
           {"namespace": ns, "app": "station-bridge"}, w, "ERROR", "tls_certificate", "emqx",
           "The TLS server certificate of the EMQX ssl:default listener expired at 2026-01-21 23:59:59 UTC, so station-bridge's handshake fails (CertificateExpiredException under a generic DecoderException).",
           "station-bridge has been unable to connect to EMQX over TLS since midnight; readings are buffering and Node-RED reports stations without data.",
           "Renew the EMQX listener certificate (and put it under cert-manager), then restart the listener; the bridge will flush its buffer.",
           nested=True)

    # ---- E4: APISIX 504s on checkout, real cause a slow carrier API (quiet) ---------
    ns = "store"
    ap = podname("apisix")
    co = podname("checkout")
    PA = L_pod("apisix", ap, "apisix", "ip-10-42-8-19.eu-central-1.compute.internal")
    PC = L_pod(ns, co, "checkout", "ip-10-42-21-88.eu-central-1.compute.internal")
    cip = ip("10.44.21")
    w = Window("2026-01-23T12:15:30")
    UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"
    for i in range(5):
        conn = R.randint(18000, 19000)
        w.add(6.0 if i else 0, PA, '%%NGX%% [error] 48#48: *%d upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.44.0.1, server: _, request: "POST /api/checkout HTTP/1.1", upstream: "http://%s:8080/api/checkout", host: "shop.blackwax-pressing.com"' % (conn, cip))
        w.add(0.002, PA, '10.44.0.1 - - [%%CLF%%] shop.blackwax-pressing.com "POST /api/checkout HTTP/1.1" 504 194 60.001 "https://shop.blackwax-pressing.com/cart" "%s" %s:8080 504 60.001 "http://shop.blackwax-pressing.com"' % (UA, cip))
        if i == 1:
            w.add(0.5, PC, "%JAVA% [DefaultDispatcher-worker-7] WARN  c.b.checkout.ShippingQuotes - carrier quote failed for zone EU-2: io.ktor.client.plugins.HttpRequestTimeoutException: Request timeout has expired [url=https://api.parcelhub.example/v3/rates, request_timeout=60000 ms]", evidence=True)
        if i == 3:
            w.add(0.4, PA, '10.44.0.1 - - [%%CLF%%] shop.blackwax-pressing.com "POST /api/checkout HTTP/1.1" 200 1412 0.412 "https://shop.blackwax-pressing.com/cart" "%s" %s:8080 200 0.411 "http://shop.blackwax-pressing.com"' % (UA, cip))
    w.add(2.0, PC, "%JAVA% [eventLoopGroupProxy-4-3] INFO  Application - 200 OK: POST - /api/checkout in 388ms")
    record("bw-err-checkout-carrier-timeout", "quiet_dependency_timeout_behind_504",
           "Checkout is returning 504 Gateway Timeout for many customers; what is slow?",
           {"namespace": ns, "app": "checkout"}, w, "ERROR", "timeout", "checkout",
           "checkout waits synchronously up to 60 s for shipping quotes from api.parcelhub.example for zone EU-2; the carrier API is not answering in time, so APISIX hits its 60 s upstream timeout and returns 504.",
           "APISIX logs repeated upstream timeouts on POST /api/checkout; checkout itself shows only one warning that the ParcelHub rate request timed out after 60000 ms. Orders to other zones still succeed.",
           "Give checkout a short timeout and a cached/flat-rate fallback for ParcelHub quotes; check the carrier's status.",
           quiet=True)

    # ---- E5: unhandled KeyError in certificate rendering (nested) ------------------
    ns = "theory-test"
    web = podname("theory-web")
    PU = L_pod(ns, web, "uwsgi", "gl-node-05", app="theory-web")

    def uw(path, status, size, ms):
        return "[pid: %d|app: 0|req: %d/%d] %s () {48 vars in 1020 bytes} [%%UWSGI%%] GET %s => generated %d bytes in %d msecs (HTTP/1.1 %d) 6 headers in 214 bytes (1 switches on core 0)" % (
            R.choice([14, 15, 16]), R.randint(3000, 3999), R.randint(12000, 16000), ip("10.44.0"), path, size, ms, status)
    w = Window("2026-01-23T16:05:12")
    w.add(0, PU, "%PY% INFO exams.apps: licence classes loaded: A, A1, A2, B, BE, C1, C")
    w.add(30.0, PU, uw("/exam/attempt/62008/certificate.pdf", 200, 182113, 611))
    w.add(9.0, PU, "%PY% ERROR django.request: Internal Server Error: /exam/attempt/62011/certificate.pdf")
    w.add(0.001, PU, "Traceback (most recent call last):")
    w.add(0.001, PU, '  File "/app/exams/pdf.py", line 88, in render_certificate')
    w.add(0.001, PU, "    category_label = LICENCE_CLASSES[attempt.licence_class]")
    w.add(0.001, PU, "KeyError: 'AM'", evidence=True)
    w.add(0.001, PU, "The above exception was the direct cause of the following exception:")
    w.add(0.001, PU, "Traceback (most recent call last):")
    w.add(0.001, PU, '  File "/usr/local/lib/python3.12/site-packages/django/core/handlers/exception.py", line 55, in inner')
    w.add(0.001, PU, "    response = get_response(request)")
    w.add(0.001, PU, '  File "/app/exams/views.py", line 141, in certificate_pdf')
    w.add(0.001, PU, '    raise CertificateRenderError(f"could not render certificate for attempt {attempt.pk}") from exc')
    w.add(0.001, PU, "exams.pdf.CertificateRenderError: could not render certificate for attempt 62011", evidence=True)
    w.add(0.01, PU, uw("/exam/attempt/62011/certificate.pdf", 500, 145, 73))
    w.add(40.0, PU, "%PY% ERROR django.request: Internal Server Error: /exam/attempt/62017/certificate.pdf")
    w.add(0.001, PU, "exams.pdf.CertificateRenderError: could not render certificate for attempt 62017")
    w.add(0.01, PU, uw("/exam/attempt/62017/certificate.pdf", 500, 145, 69))
    w.add(20.0, PU, uw("/exam/attempt/62019/certificate.pdf", 200, 181904, 598))
    record("ds-err-certificate-keyerror", "unhandled_keyerror_wrapped",
           "Some students get a 500 when downloading their theory-test certificate; why?",
           {"namespace": ns, "app": "theory-web"}, w, "ERROR", "application_error", "theory-web",
           "theory-web's certificate renderer looks up the licence class in LICENCE_CLASSES, which has no entry for the new moped class 'AM'; the KeyError is re-raised as CertificateRenderError and the request fails with 500.",
           "Certificate downloads for AM-class attempts fail with 500 (CertificateRenderError caused by KeyError: 'AM'); other classes render normally.",
           "Add the AM class to LICENCE_CLASSES (and handle unknown classes gracefully), then redeploy theory-web.",
           nested=True)

    # ---- E6: Solr index on a Ceph RBD volume remounted read-only (nested) --------
    ns, node = "rescue-ops", "aw-k8s-w4"
    KN = L_node(node, "kernel")
    PS = L_pod(ns, "solr-1", "solr", node)
    mr = podname("mission-reports")
    PM = L_pod(ns, mr, "mission-reports", "aw-k8s-w2")
    core = "[c:missions s:shard1 r:core_node3 x:missions_shard1_replica_n1]"
    w = Window("2026-01-24T10:47:33")
    w.add(0, KN, "libceph: osd7 (1)10.20.0.17:6801 socket closed (con state OPEN)")
    w.add(4.0, KN, "blk_update_request: I/O error, dev rbd2, sector 9371840 op 0x1:(WRITE) flags 0x800 phys_seg 16 prio class 0", evidence=True)
    w.add(0.01, KN, "EXT4-fs error (device rbd2): ext4_journal_check_start:83: comm java: Detected aborted journal", evidence=True)
    w.add(0.01, KN, "EXT4-fs (rbd2): Remounting filesystem read-only", evidence=True)
    w.add(25.0, PS, "%JAVA% ERROR (qtp1873-118) " + core + " o.a.s.h.RequestHandlerBase org.apache.solr.common.SolrException: Exception writing document id MR-2026-0412 to the index; possible analysis error.")
    w.add(0.001, PS, "\tat org.apache.solr.update.DirectUpdateHandler2.addDoc(DirectUpdateHandler2.java:249)")
    w.add(0.001, PS, "\tat org.apache.solr.update.processor.RunUpdateProcessor.processAdd(RunUpdateProcessorFactory.java:73)")
    w.add(0.001, PS, "Caused by: org.apache.lucene.store.AlreadyClosedException: this IndexWriter is closed")
    w.add(0.001, PS, "\tat org.apache.lucene.index.IndexWriter.ensureOpen(IndexWriter.java:877)")
    w.add(0.001, PS, "Caused by: java.nio.file.FileSystemException: /var/solr/data/missions_shard1_replica_n1/data/index/_3k.fdt: Read-only file system", evidence=True)
    w.add(0.001, PS, "\tat java.base/sun.nio.fs.UnixException.translateToIOException(UnixException.java:100)")
    w.add(0.05, PM, "%HMS% [default-nioEventLoopGroup-1-4] ERROR a.r.reports.IndexService - indexing mission report MR-2026-0412 failed: Error from server at http://solr-1.solr-headless.rescue-ops:8983/solr/missions: Exception writing document id MR-2026-0412 to the index; possible analysis error.")
    w.add(40.0, PS, "%JAVA% ERROR (qtp1873-121) " + core + " o.a.s.h.RequestHandlerBase org.apache.solr.common.SolrException: Exception writing document id MR-2026-0413 to the index; possible analysis error.")
    w.add(0.05, PM, "%HMS% [default-nioEventLoopGroup-1-2] ERROR a.r.reports.IndexService - indexing mission report MR-2026-0413 failed: Error from server at http://solr-1.solr-headless.rescue-ops:8983/solr/missions: Exception writing document id MR-2026-0413 to the index; possible analysis error.")
    w.add(5.0, PS, "%JAVA% INFO  (qtp1873-122) " + core + " o.a.s.c.S.Request webapp=/solr path=/select params={q=region:Pitztal&rows=20&wt=javabin&version=2} hits=214 status=0 QTime=6")
    record("aw-err-solr-readonly", "index_volume_readonly",
           "New mission reports cannot be indexed; Solr says 'possible analysis error'. What is going on?",
           {"namespace": ns, "app": "solr"}, w, "ERROR", "storage", "solr",
           "The Ceph RBD volume backing solr-1 (rbd2) hit write I/O errors and ext4 remounted it read-only, so the Lucene IndexWriter closed and every document write fails.",
           "Indexing of mission reports fails with a generic SolrException ('possible analysis error'); the nested cause is a Read-only file system on the index after kernel I/O errors on rbd2. Searches still work.",
           "Check the Ceph OSD/network path for rbd2, then reschedule solr-1 so the volume is remapped read-write and re-index the failed reports.",
           nested=True)

    # ---- E7: Galera certification conflicts surface as deadlocks (host, nested) --
    HL = L_host("booking-vm1", "laravel", job="file", filename="/var/www/booking/storage/logs/laravel.log")
    HN = L_host("booking-vm1", "nginx", job="file", filename="/var/log/nginx/access.log")
    w = Window("2026-01-26T08:00:01")
    for i, (slot, stud) in enumerate(((552901, 48377), (552904, 48412))):
        if i == 0:
            w.add(0, L_host("galera-gl2", "mariadb"), "%SYS% galera-gl2 mariadbd[1311]: %MARIA% 14 [Note] WSREP: cluster conflict due to certification failure for threads:", evidence=True)
            w.add(0.001, L_host("galera-gl2", "mariadb"), "%SYS% galera-gl2 mariadbd[1311]: %MARIA% 14 [Note] WSREP: Victim thread: ")
        w.add(0.05, HL, '[%%LARAVEL%%] production.ERROR: Could not reserve lesson slot %d {"userId":%d,"exception":"[object] (App\\\\Exceptions\\\\BookingFailedException(code: 0): Could not reserve lesson slot %d at /var/www/booking/app/Services/SlotReservation.php:74)' % (slot, stud, slot))
        w.add(0.001, HL, "[stacktrace]")
        w.add(0.001, HL, "#0 /var/www/booking/app/Http/Controllers/LessonBookingController.php(58): App\\\\Services\\\\SlotReservation->reserve()")
        w.add(0.001, HL, "[previous exception] [object] (Illuminate\\\\Database\\\\QueryException(code: 40001): SQLSTATE[40001]: Serialization failure: 1213 Deadlock found when trying to get lock; try restarting transaction (Connection: mysql, SQL: update `lesson_slots` set `student_id` = %d, `status` = reserved where `id` = %d and `status` = free) at /var/www/booking/vendor/laravel/framework/src/Illuminate/Database/Connection.php:829)" % (stud, slot), evidence=(i == 0))
        w.add(0.001, HL, "[stacktrace]")
        w.add(0.001, HL, "#0 /var/www/booking/vendor/laravel/framework/src/Illuminate/Database/Connection.php(783): Illuminate\\\\Database\\\\Connection->runQueryCallback()")
        w.add(0.001, HL, '"} ')
        w.add(0.01, HN, '%s - - [%%CLF%%] "POST /lessons/book HTTP/1.1" 500 6622 "https://buchung.greenlight-fahrschule.de/lessons/book?week=2026-W05" "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36"' % ("93.%d.%d.%d" % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250))))
        if i == 0:
            w.add(0.4, L_host("galera-gl3", "mariadb"), "%SYS% galera-gl3 mariadbd[1290]: %MARIA% 22 [Note] WSREP: cluster conflict due to certification failure for threads:", evidence=True)
    w.add(1.0, L_host("proxysql1", "proxysql"), "%SYS% proxysql1 proxysql[911]: %LARAVEL% [INFO] Galera writer hostgroup 10: 3 ONLINE servers (galera-gl1:3306, galera-gl2:3306, galera-gl3:3306), max_writers=3", evidence=True)
    w.add(2.0, HL, '[%LARAVEL%] production.ERROR: Could not reserve lesson slot 552911 {"userId":48450,"exception":"[object] (App\\\\Exceptions\\\\BookingFailedException(code: 0): Could not reserve lesson slot 552911 at /var/www/booking/app/Services/SlotReservation.php:74)')
    record("ds-err-galera-deadlock", "galera_multiwriter_cert_conflicts",
           "At the 08:00 slot release students get errors when booking lessons; what fails?",
           {"app": "laravel"}, w, "ERROR", "database", "mariadb",
           "ProxySQL sends booking writes to all three Galera nodes (max_writers=3); concurrent reservations of the same hot lesson_slots rows on different nodes fail Galera certification and are returned to Laravel as 1213 deadlocks.",
           "Lesson bookings fail with 500: BookingFailedException wraps a QueryException 'SQLSTATE[40001] ... 1213 Deadlock', which the Galera nodes log as certification-failure conflicts.",
           "Configure the ProxySQL Galera hostgroup with max_writers=1 (single writer) and retry deadlocked reservations in SlotReservation.",
           nested=True)

    # ---- E8: catalog sync throttled by the Discogs API (nested) ----------------------
    ns, node = "store", "ip-10-42-21-88.eu-central-1.compute.internal"
    job = "catalog-sync-%d" % R.randint(29481000, 29481999)
    cs = "%s-%s" % (job, rs(5))
    PC = L_pod(ns, cs, "catalog-sync", node)
    E = L_ev(ns)
    w = Window("2026-01-27T02:00:04")
    w.add(0, PC, "%JAVA% [main] INFO  c.b.catalogsync.SyncJob - catalog sync run 4412 started: 2400 releases to refresh, concurrency=16")
    w.add(14.0, PC, "%JAVA% [DefaultDispatcher-worker-5] WARN  c.b.catalogsync.DiscogsClient - X-Discogs-Ratelimit=60 X-Discogs-Ratelimit-Remaining=0 after 118 requests in 14s", evidence=True)
    w.add(0.3, PC, "%JAVA% [main] ERROR c.b.catalogsync.SyncJob - catalog sync run 4412 aborted after 118/2400 releases")
    w.add(0.001, PC, "com.blackwax.catalogsync.SyncAbortedException: release metadata fetch failed for release 1289931")
    w.add(0.001, PC, "\tat com.blackwax.catalogsync.SyncJob.fetchRelease(SyncJob.kt:144)")
    w.add(0.001, PC, "\tat com.blackwax.catalogsync.SyncJob$run$2$1.invokeSuspend(SyncJob.kt:88)")
    w.add(0.001, PC, "Caused by: io.ktor.client.plugins.ClientRequestException: Client request(GET https://api.discogs.com/releases/1289931) invalid: 429 Too Many Requests. Text: \"{\"message\": \"You are making requests too quickly.\"}\"", evidence=True)
    w.add(0.001, PC, "\tat io.ktor.client.plugins.DefaultResponseValidationKt$addDefaultResponseValidation$1$1.invokeSuspend(DefaultResponseValidation.kt:54)")
    w.add(0.001, PC, "\t... 9 common frames omitted")
    w.add(2.0, E, ev("Warning", "BackoffLimitExceeded", "Job/" + job, "Job has reached the specified backoff limit"))
    w.add(0.1, E, ev("Normal", "SawCompletedJob", "CronJob/catalog-sync", "Saw completed job: %s, condition: Failed" % job))
    sw = podname("store-web")
    w.add(30.0, L_pod(ns, sw, "store-web", node), "%JAVA% [eventLoopGroupProxy-4-2] WARN  c.b.web.NewArrivals - new-arrivals feed is stale: last successful catalog sync 2026-01-24T02:03:11Z (3 runs failed)")
    record("bw-err-discogs-429", "api_rate_limited_job_fails",
           "The record store's new-arrivals page has not updated for days; why does catalog-sync keep failing?",
           {"namespace": ns, "app": "catalog-sync"}, w, "ERROR", "rate_limited", "catalog-sync",
           "catalog-sync fetches release metadata with 16 concurrent requests and exhausts Discogs' 60 requests/minute limit within seconds; the 429 Too Many Requests aborts the whole run.",
           "Every nightly catalog-sync run aborts with SyncAbortedException caused by HTTP 429 from api.discogs.com; the Job hits its backoff limit and the new-arrivals feed is three days stale.",
           "Throttle catalog-sync to the Discogs rate limit (honour X-Discogs-Ratelimit-Remaining / Retry-After) instead of aborting, then rerun the job.",
           nested=True)

    # ---- E9: KEDA scaled exam-grader but new pods cannot schedule (quiet) ---------
    ns = "theory-test"
    web = podname("theory-web")
    PU = L_pod(ns, web, "uwsgi", "gl-node-05", app="theory-web")
    kp = podname("keda-operator")
    KE = L_pod("keda", kp, "keda-operator", "gl-node-01", app="keda-operator")
    eg_rs = rs(10)
    eg_old = podname("exam-grader", eg_rs)
    eg_new = podname("exam-grader", eg_rs)
    PG = L_pod(ns, eg_old, "celery-worker", "gl-node-03", app="exam-grader")
    w = Window("2026-01-27T10:02:40")
    w.add(0, KE, '%ISO0%\tINFO\tscaleexecutor\tSuccessfully updated ScaleTarget\t{"scaledobject.Name": "exam-grader", "scaledObject.Namespace": "theory-test", "scaleTarget.Name": "exam-grader", "Original Replicas Count": 2, "New Replicas Count": 12}')
    w.add(0.4, L_ev(ns), ev("Warning", "FailedScheduling", "Pod/" + eg_new,
                            "0/6 nodes are available: 2 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 4 Insufficient cpu. preemption: 0/6 nodes are available: 2 Preemption is not helpful for scheduling, 4 No preemption victims found for incoming pod."), evidence=True)
    for i in range(7):
        att = 62100 + i * 3
        w.add(4.0, PU, "%%PY%% ERROR exams.views: grading result for attempt %d not ready after 30s (task exams.tasks.grade_attempt[%s]); exam-grader backlog, returning 503" % (att, uid()))
        if i % 3 == 1:
            w.add(0.01, PU, "[pid: %d|app: 0|req: %d/%d] %s () {48 vars in 1016 bytes} [%%UWSGI%%] POST /api/exams/attempt/%d/submit => generated 164 bytes in 30012 msecs (HTTP/1.1 503) 6 headers in 214 bytes (1 switches on core 0)" % (
                R.choice([14, 15, 16]), 4000 + i, 16000 + i * 4, ip("10.44.0"), att, ))
        if i == 4:
            w.add(0.3, PG, "[%%PY%%: INFO/MainProcess] Task exams.tasks.grade_attempt[%s] received" % uid())
    w.add(3.0, PU, "%PY% ERROR exams.views: exam-grader queue depth 1840 tasks, oldest 412s")
    record("ds-err-grader-pending", "quiet_failedscheduling_behind_503",
           "During the morning exam session submissions return 503 'grading not ready'; why isn't exam-grader keeping up?",
           {"namespace": ns, "app": "theory-web"}, w, "ERROR", "scheduling", "exam-grader",
           "KEDA scaled exam-grader from 2 to 12 replicas, but the new pods cannot be scheduled (4 nodes Insufficient cpu, 2 control-plane nodes tainted), so only 2 workers drain a growing grading backlog.",
           "theory-web logs many 503s waiting for grading results; the single FailedScheduling event shows the extra exam-grader pods stay Pending for lack of CPU.",
           "Add worker-node CPU capacity (or lower exam-grader CPU requests / cap maxReplicaCount to what fits) so the scaled-out graders can run.",
           quiet=True)

    # ---- E10: instructor-availability cannot reach its Redis (quiet) -------------------
    ns = "booking"
    kg = podname("kong-gateway")
    ia = podname("instructor-availability")
    bw = podname("booking-web")
    PK = L_pod("kong", kg, "proxy", "gl-node-01", app="kong")
    PI = L_pod(ns, ia, "instructor-availability", "gl-node-04")
    PB = L_pod(ns, bw, "booking-web", "gl-node-02")
    w = Window("2026-01-28T17:31:02")
    schools = ["graz-lend", "graz-puntigam", "leoben", "kapfenberg"]
    for i in range(6):
        sc = schools[i % 4]
        w.add(3.0 if i else 0, PK, '%s - - [%%CLF%%] "GET /api/instructors/availability?school=%s&week=2026-W05 HTTP/1.1" 503 58 "-" "GuzzleHttp/7" kong_request_id: "%s"' % (ip("10.44.3"), sc, hx(32)))
        w.add(0.02, PB, '[%%LARAVEL%%] production.ERROR: Instructor availability service returned 503 {"url":"http://kong-proxy.kong.svc/api/instructors/availability?school=%s&week=2026-W05","attempt":3}' % sc)
        if i == 2:
            w.add(0.6, PI, "%HMS% [lettuce-eventExecutorLoop-1-3] WARN  i.l.core.protocol.ConnectionWatchdog - Cannot reconnect to [redis-availability.booking.svc.cluster.local/<unresolved>:6379]: Connection refused: redis-availability.booking.svc.cluster.local/10.96.44.12:6379", evidence=True)
    w.add(2.0, PB, '[%LARAVEL%] production.ERROR: Lesson booking page degraded: availability unavailable for 4 schools in the last 5 minutes')
    record("ds-err-availability-redis", "quiet_refused_behind_gateway_503",
           "The lesson booking calendar shows no free slots and Kong returns 503; which service is broken?",
           {"namespace": ns, "app": "booking-web"}, w, "ERROR", "connection_refused", "redis-availability",
           "instructor-availability cannot reach its Redis at redis-availability.booking.svc:6379 (connection refused, the Service has no reachable backend), so its availability endpoint answers 503 through Kong.",
           "Kong and booking-web log many 503s for the availability API; the only line naming the cause is Lettuce failing to reconnect to redis-availability with Connection refused.",
           "Restore the redis-availability backend (check the pod and the Service's endpoints/selector); instructor-availability reconnects automatically.",
           quiet=True)


# =================================================================== CRITICAL
def critical_records():
    # ---- C1: Typesense OOM-killed in a loop, callers see connection refused (quiet)
    ns, node = "theory-test", "gl-node-04"
    web = podname("theory-web")
    PU = L_pod(ns, web, "uwsgi", "gl-node-05", app="theory-web")
    PT = L_pod(ns, "typesense-0", "typesense", node, app="typesense")
    KN = L_node(node, "kernel")
    tsuid = uid()
    w = Window("2026-01-28T19:05:10")

    def tserr(q):
        return "%%PY%% ERROR practice.search: typesense search failed: HTTPConnectionPool(host='typesense.theory-test.svc', port=8108): Max retries exceeded with url: /collections/questions/documents/search?q=%s&query_by=text (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3c%s>: Failed to establish a new connection: [Errno 111] Connection refused'))" % (q, hx(8))
    w.add(0, PT, "I%TSENSE%     1 typesense_server_utils.cpp:357] Starting Typesense 27.1")
    w.add(0.2, PT, "I%TSENSE%     1 raft_server.cpp:80] Nodes configuration: 10.44.4.17:8107:8108")
    w.add(2.0, PT, "I%TSENSE%     1 collection_manager.cpp:312] Loading collection questions")
    for q in ("vorrang", "stoppschild", "bremsweg"):
        w.add(3.0, PU, tserr(q))
    w.add(9.0, KN, "Memory cgroup out of memory: Killed process %d (typesense-serve) total-vm:4812344kB, anon-rss:2096120kB, file-rss:18220kB, shmem-rss:0kB, UID:10000 pgtables:4412kB oom_score_adj:936" % R.randint(3000, 3999), evidence=True)
    for q in ("autobahn", "rechts+vor+links"):
        w.add(2.0, PU, tserr(q))
        w.add(0.01, PU, "[pid: %d|app: 0|req: %d/%d] %s () {48 vars in 1002 bytes} [%%UWSGI%%] GET /practice/search?q=%s => generated 1280 bytes in 3021 msecs (HTTP/1.1 500) 6 headers in 214 bytes (1 switches on core 0)" % (
            R.choice([14, 15, 16]), R.randint(5000, 5999), R.randint(20000, 24000), ip("10.44.0"), q))
    w.add(4.0, *kubelet(node, "E", "pod_workers.go:1298",
                        '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"typesense\\" with CrashLoopBackOff: \\"back-off 5m0s restarting failed container=typesense pod=typesense-0_theory-test(%s)\\"" pod="theory-test/typesense-0" podUID="%s"' % (tsuid, tsuid)), evidence=True)
    w.add(0.3, L_ev(ns), ev("Warning", "BackOff", "Pod/typesense-0", "Back-off restarting failed container typesense in pod typesense-0_theory-test(%s)" % tsuid, count=14))
    for q in ("parken", "gefahrenzeichen"):
        w.add(2.5, PU, tserr(q))
    record("ds-crit-typesense-oom", "quiet_oomkill_behind_refused",
           "Practice-question search fails with connection refused to typesense; what is wrong?",
           {"namespace": ns, "app": "theory-web"}, w, "CRITICAL", "oom_killed", "typesense",
           "typesense-0 is killed by the memory cgroup OOM killer (about 2 GiB RSS, its limit) while loading the questions collection at startup, so it crash-loops and refuses connections.",
           "theory-web logs many 'Connection refused' errors for typesense; the cause is a single kernel OOM kill of typesense-serve, and the pod is now in CrashLoopBackOff, so question search is down.",
           "Raise typesense-0's memory limit above the collection's working set (or reduce the indexed fields) and let it restart.",
           quiet=True)

    # ---- C2: press-scheduler rescheduled after spot interruption, registry auth expired
    ns = "press-mes"
    E = L_ev(ns)
    kar = podname("karpenter")
    KA = L_pod("karpenter", kar, "controller", "ip-10-42-8-19.eu-central-1.compute.internal", app="karpenter")
    oldn = "ip-10-42-33-%d.eu-central-1.compute.internal" % R.randint(10, 250)
    newn = "ip-10-42-40-%d.eu-central-1.compute.internal" % R.randint(10, 250)
    ps_rs = rs(10)
    p1, p2 = podname("press-scheduler", ps_rs), podname("press-scheduler", ps_rs)
    img = "harbor.blackwax.local/mes/press-scheduler:3.2.1"
    ing = podname("ingress-nginx-controller")
    IN = L_pod("ingress-nginx", ing, "controller", "ip-10-42-8-19.eu-central-1.compute.internal", app="ingress-nginx")
    hc = podname("harbor-core")
    HB = L_pod("harbor", hc, "core", "ip-10-42-8-19.eu-central-1.compute.internal", app="harbor-core")
    pull_err = ('Failed to pull image "%s": failed to pull and unpack image "%s": failed to resolve reference "%s": failed to authorize: failed to fetch oauth token: unexpected status from GET request to https://harbor.blackwax.local/service/token?scope=repository%%3Ames%%2Fpress-scheduler%%3Apull&service=harbor-registry: 401 Unauthorized' % (img, img, img))
    w = Window("2026-01-29T05:48:02")
    w.add(0, KA, js({"level": "INFO", "time": "%ISO%", "logger": "controller", "message": "initiating delete from interruption message", "commit": "490ef94", "controller": "interruption", "queue": "karpenter-bw-store", "messageKind": "SpotInterruptionKind", "NodeClaim": {"name": "default-" + rs(5)}, "action": "CordonAndDrain", "Node": {"name": oldn}}))
    w.add(2.0, E, ev("Normal", "Scheduled", "Pod/" + p1, "Successfully assigned press-mes/%s to %s" % (p1, newn)))
    w.add(0.05, E, ev("Normal", "Scheduled", "Pod/" + p2, "Successfully assigned press-mes/%s to %s" % (p2, newn)))
    w.add(1.0, E, ev("Normal", "Pulling", "Pod/" + p1, 'Pulling image "%s"' % img))
    w.add(0.3, HB, "%ISO0% [ERROR] [/server/middleware/security/robot.go:71]: the robot account is expired: robot$mes+puller", evidence=True)
    w.add(0.2, E, ev("Warning", "Failed", "Pod/" + p1, pull_err), evidence=True)
    w.add(0.01, E, ev("Warning", "Failed", "Pod/" + p1, "Error: ErrImagePull"))
    w.add(0.4, E, ev("Warning", "Failed", "Pod/" + p2, pull_err))
    w.add(0.01, E, ev("Warning", "Failed", "Pod/" + p2, "Error: ErrImagePull"))
    w.add(40.0, IN, 'W%KLOG%       7 controller.go:1214] Service "press-mes/press-scheduler" does not have any active Endpoint.')
    w.add(15.0, E, ev("Normal", "BackOff", "Pod/" + p1, 'Back-off pulling image "%s"' % img, count=6))
    w.add(0.01, E, ev("Warning", "Failed", "Pod/" + p1, "Error: ImagePullBackOff", count=6), evidence=True)
    w.add(0.3, E, ev("Warning", "Failed", "Pod/" + p2, "Error: ImagePullBackOff", count=6))
    hmi = podname("press-hmi-gw")
    w.add(20.0, L_pod(ns, hmi, "hmi-gateway", newn, app="press-hmi-gw"), "%JAVA% ERROR [vert.x-eventloop-thread-2] c.b.hmi.ScheduleFeed - press-07,press-08,press-11: no schedule from press-scheduler for 2m, presses holding after current run")
    record("bw-crit-press-scheduler-pull", "imagepull_auth_all_replicas",
           "Both press-scheduler pods are down after a spot interruption; why don't they come back?",
           {"namespace": ns, "app": "press-scheduler"}, w, "CRITICAL", "image_pull", "press-scheduler",
           "After Karpenter drained the interrupted spot node, both press-scheduler replicas were rescheduled onto a node without the image cached, and the pull from Harbor fails with 401 because the robot account robot$mes+puller has expired.",
           "Both replicas are in ImagePullBackOff, the press-scheduler Service has no endpoints and the presses receive no schedule: the pressing line is stopping.",
           "Renew the Harbor robot account (or issue a new one), update the press-mes image pull secret, and delete the pods to retry the pull; spread replicas across nodes.")

    # ---- C3: station-gateway panics on a new firmware frame (crash loop) -------------
    ns, node = "snow-telemetry", "aw-k8s-w2"
    sg = podname("station-gateway")
    PG = L_pod(ns, sg, "station-gateway", node)
    sguid = uid()
    nr = podname("node-red")
    PN = L_pod(ns, nr, "node-red", "aw-k8s-w1")
    w = Window("2026-01-29T11:20:44")
    gi = lambda caller, msg, **kw: js(dict([("level", "info"), ("ts", "%ISO%"), ("caller", caller), ("msg", msg)] + list(kw.items())))
    w.add(0, PG, gi("ingest/listener.go:61", "station-gateway starting", version="1.9.3", listen=":5684"))
    w.add(2.0, PG, gi("ingest/listener.go:98", "frame received", station="AW-KAUN-01", fw="4.1.2", bytes=52))
    w.add(1.3, PG, gi("ingest/listener.go:98", "frame received", station="AW-PITZ-03", fw="4.2.0", bytes=58))
    w.add(0.01, PG, "panic: runtime error: index out of range [6] with length 6", evidence=True)
    w.add(0.001, PG, "goroutine 47 [running]:")
    w.add(0.001, PG, "github.com/avalwarn/station-gateway/internal/decode.parseSnowPillow({0xc0001a4000, 0x3a, 0x3a})")
    w.add(0.001, PG, "\t/src/internal/decode/pillow.go:88 +0x3c4", evidence=True)
    w.add(0.001, PG, "github.com/avalwarn/station-gateway/internal/decode.Frame(...)")
    w.add(0.001, PG, "\t/src/internal/decode/frame.go:41")
    w.add(0.001, PG, "github.com/avalwarn/station-gateway/internal/ingest.(*Listener).handle(0xc000132000, {0x9a4f60, 0xc0001b2000})")
    w.add(0.001, PG, "\t/src/internal/ingest/listener.go:112 +0x2d5")
    w.add(1.0, L_ev(ns), ev("Warning", "BackOff", "Pod/" + sg, "Back-off restarting failed container station-gateway in pod %s_snow-telemetry(%s)" % (sg, sguid), count=11))
    w.add(0.5, *kubelet(node, "E", "pod_workers.go:1298",
                        '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"station-gateway\\" with CrashLoopBackOff: \\"back-off 5m0s restarting failed container=station-gateway pod=%s_snow-telemetry(%s)\\"" pod="snow-telemetry/%s" podUID="%s"' % (sg, sguid, sg, sguid)), evidence=True)
    w.add(20.0, PN, "%NODERED% - [warn] [function:stale check] 38 stations without data for 55 min (region Tirol West)")
    w.add(0.3, PN, "%NODERED% - [error] [influxdb out:snowpack] no points written in last 10 intervals")
    record("aw-crit-gateway-panic", "go_panic_crashloop_new_firmware",
           "No snow-station data has arrived for an hour; what happened to station-gateway?",
           {"namespace": ns, "app": "station-gateway"}, w, "CRITICAL", "application_error", "station-gateway",
           "station-gateway's snow-pillow decoder indexes past the end of the 6-field record sent by station firmware 4.2.0 (pillow.go:88) and panics; the first such frame after every restart crashes the process.",
           "station-gateway is in CrashLoopBackOff: each restart panics with 'index out of range [6] with length 6' on a frame from AW-PITZ-03 (fw 4.2.0), so no station data is ingested.",
           "Fix parseSnowPillow to handle the firmware 4.2.0 frame layout (bounds-check the fields), or temporarily block fw 4.2.0 frames, and redeploy.")

    # ---- C4: InfluxDB disk full, writers only see 500 internal error (host, quiet) --
    HT = L_host("mqtt-gw-pitztal", "telegraf")
    HT2 = L_host("mqtt-gw-kaunertal", "telegraf")
    HN = L_host("nodered1", "node-red")
    HI = L_host("tsdb1", "influxdb")
    w = Window("2026-01-30T03:40:12")
    for i, (h, lab) in enumerate((("mqtt-gw-pitztal", HT), ("mqtt-gw-kaunertal", HT2), ("mqtt-gw-pitztal", HT), ("mqtt-gw-kaunertal", HT2))):
        w.add(10.0 if i else 0, lab, "%%SYS%% %s telegraf[702]: %%ISO0%% E! [outputs.influxdb_v2] When writing to [http://tsdb1.avalwarn.net:8086]: 500 Internal Server Error: internal error" % h)
        w.add(0.01, lab, "%%SYS%% %s telegraf[702]: %%ISO0%% E! [agent] Error writing to outputs.influxdb_v2: failed to send metrics to any configured server(s)" % h)
        if i == 1:
            w.add(0.5, HI, '%SYS% tsdb1 influxd[988]: ts=%ISOU% lvl=info msg="Write failed" log_id=0rKq2WvW000 service=storage-engine service=write shard=1412 error="write /var/lib/influxdb2/engine/wal/6f1c2a9e4b7d0c33/autogen/1412/_00917.wal: no space left on device"', evidence=True)
        if i == 2:
            w.add(1.0, HN, "%SYS% nodered1 Node-RED[1501]: %NODERED% - [error] [influxdb batch:write snowpack] HttpError: internal error")
    w.add(5.0, HT, "%SYS% mqtt-gw-pitztal telegraf[702]: %ISO0% W! [outputs.influxdb_v2] Metric buffer overflow; 1830 metrics have been dropped")
    w.add(1.0, HN, "%SYS% nodered1 Node-RED[1501]: %NODERED% - [error] [influxdb batch:write snowpack] HttpError: internal error")
    w.add(4.0, HT2, "%SYS% mqtt-gw-kaunertal telegraf[702]: %ISO0% W! [outputs.influxdb_v2] Metric buffer overflow; 2214 metrics have been dropped")
    record("aw-crit-influx-disk-full", "quiet_disk_full_behind_500",
           "Telegraf on the station gateways reports 500 errors from tsdb1 and is dropping metrics; why?",
           {"app": "telegraf"}, w, "CRITICAL", "resource_exhausted", "influxdb",
           "The InfluxDB data volume on tsdb1 is full: WAL writes fail with 'no space left on device', and InfluxDB answers every write with a generic 500 internal error.",
           "All writers (Telegraf on the gateways, Node-RED) get 500s from tsdb1; the only cause line is InfluxDB's 'no space left on device' on the WAL. Telegraf buffers are overflowing, so snow-station measurements are being lost.",
           "Free or extend the disk on tsdb1 (/var/lib/influxdb2), check retention policies/shard sizes, then verify writes resume.",
           quiet=True)

    # ---- C5: containerd crashed and cannot restart, node NotReady ---------------------
    node = "gl-node-04"
    SD = L_node(node, "containerd.service")
    ED = L_ev("default")
    w = Window("2026-01-30T10:14:51")
    w.add(0, SD, 'time="%ISO%" level=fatal msg="Failed to run CRI service" error="failed to recover state: failed to get metadata for stored sandbox \\"9f3c' + hx(60) + '\\": failed to get sandbox metadata extension: not found"', evidence=True)
    w.add(0.05, SD, "containerd.service: Main process exited, code=exited, status=1/FAILURE")
    w.add(0.01, SD, "containerd.service: Failed with result 'exit-code'.")
    w.add(5.0, SD, "containerd.service: Scheduled restart job, restart counter is at 5.")
    w.add(0.01, SD, "containerd.service: Start request repeated too quickly.")
    w.add(0.01, SD, "containerd.service: Failed with result 'exit-code'.")
    w.add(0.01, SD, "Failed to start containerd.service - containerd container runtime.", evidence=True)
    w.add(2.0, *kubelet(node, "E", "remote_runtime.go:294", '"ListPodSandbox with filter from runtime service failed" err="rpc error: code = Unavailable desc = connection error: desc = \\"transport: Error while dialing: dial unix /run/containerd/containerd.sock: connect: connection refused\\"" filter="&PodSandboxFilter{Id:,State:&PodSandboxStateValue{State:SANDBOX_READY,},LabelSelector:map[string]string{},}"', pid=1120))
    w.add(3.0, *kubelet(node, "I", "kubelet.go:2390", '"Skipping pod synchronization" err="container runtime is down"', pid=1120), evidence=True)
    w.add(35.0, ED, ev("Normal", "NodeNotReady", "Node/" + node, "Node %s status is now: NodeNotReady" % node), evidence=True)
    w.add(0.3, L_ev("booking"), ev("Warning", "NodeNotReady", "Pod/instructor-availability-" + rs(10) + "-" + rs(5), "Node is not ready"))
    w.add(0.1, L_ev("theory-test"), ev("Warning", "NodeNotReady", "Pod/typesense-0", "Node is not ready"))
    bwp = podname("booking-web")
    w.add(300.0, L_ev("booking"), ev("Normal", "TaintManagerEviction", "Pod/" + bwp, "Marking for deletion Pod booking/" + bwp))
    w.add(0.2, L_ev("theory-test"), ev("Normal", "TaintManagerEviction", "Pod/typesense-0", "Marking for deletion Pod theory-test/typesense-0"))
    w.add(30.0, L_ev("theory-test"), ev("Warning", "FailedScheduling", "Pod/typesense-0", "0/6 nodes are available: 1 node(s) had untolerated taint {node.kubernetes.io/unreachable: }, 1 node(s) had volume node affinity conflict, 2 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient memory. preemption: 0/6 nodes are available: 2 Insufficient memory, 4 Preemption is not helpful for scheduling."))
    record("ds-crit-containerd-down", "container_runtime_down_node_notready",
           "gl-node-04 went NotReady and pods are being evicted; what is wrong with the node?",
           {"node": node}, w, "CRITICAL", "node_failure", "gl-node-04",
           "containerd on gl-node-04 exits at startup while recovering its CRI state (missing sandbox metadata) and systemd has given up restarting it, so the kubelet reports the container runtime down and the node NotReady.",
           "The node's container runtime is down: containerd fails to start, the kubelet cannot reach containerd.sock, the node is NotReady and its pods (booking-web, typesense-0) are being evicted; typesense-0 cannot reschedule because its volume is tied to the node.",
           "Cordon gl-node-04, repair containerd's state (move the corrupt sandbox metadata aside or reinstall), restart containerd and the kubelet, then uncordon.")

    # ---- C6: uncorrectable ECC error panics the rescue hotline PBX (host) -----------
    HK = L_host("pbx-rescue1", "kernel")
    HBMC = L_host("bmc-pbx-rescue1", "ipmi-sel")
    HKM = L_host("sip-proxy1", "kamailio")
    dimm = "CPU_SrcID#0_MC#0_Chan#1_DIMM#0"
    w = Window("2026-01-31T02:17:40")
    for i in range(2):
        w.add(300.0 if i else 0, HK, "%%SYS%% pbx-rescue1 kernel: EDAC MC0: 1 CE memory read error on %s (channel:1 slot:0 page:0x3f2a1 offset:0x%x grain:32 syndrome:0x0 - area:DRAM err_code:0x0101:0x0091 socket:0 imc:0 rank:1 bg:0 ba:2 row:0x1f2a col:0x240)" % (dimm, R.choice([0x240, 0x280, 0x2c0])))
    w.add(600.0, HK, "%SYS% pbx-rescue1 kernel: mce: [Hardware Error]: CPU 0: Machine Check Exception: 5 Bank 7: be00000000800090")
    w.add(0.001, HK, "%SYS% pbx-rescue1 kernel: mce: [Hardware Error]: RIP !INEXACT! 10:<ffffffff8e2a4c31> {native_safe_halt+0x11/0x20}")
    w.add(0.001, HK, "%SYS% pbx-rescue1 kernel: mce: [Hardware Error]: TSC 0 ADDR 3f2a1240 MISC 8c ")
    w.add(0.001, HK, "%%SYS%% pbx-rescue1 kernel: EDAC MC0: 1 UE memory read error on %s (channel:1 slot:0 page:0x3f2a1 offset:0x240 grain:32 - OVERFLOW area:DRAM err_code:0x0101:0x0090 socket:0 imc:0 rank:1 bg:0 ba:2 row:0x1f2a col:0x240)" % dimm, evidence=True)
    w.add(0.001, HK, "%SYS% pbx-rescue1 kernel: Kernel panic - not syncing: Fatal machine check", evidence=True)
    w.add(1.0, HBMC, "%SYS% bmc-pbx-rescue1 ipmiseld[611]: SEL 0x0212 | Memory #0x87 | Uncorrectable ECC | Asserted | DIMM_B1", evidence=True)
    for i in range(3):
        w.add(20.0 if i == 0 else 6.0, HKM, "%%SYS%% sip-proxy1 kamailio[1204]: ERROR: <script>: dispatcher set 1 (pbx-rescue) has no active destination, rejecting INVITE from sip:+4351%d@trunk-a1 with 503" % R.randint(2000000, 9999999))
        if i == 0:
            w.add(0.5, HKM, "%SYS% sip-proxy1 kamailio[1204]: WARNING: dispatcher [dispatch.c:3387]: ds_options_callback(): probing failed to sip:10.30.1.21:5060 (408 Request Timeout) - destination set inactive")
    record("aw-crit-pbx-ecc-panic", "uncorrectable_ecc_kernel_panic",
           "Emergency calls to the rescue hotline are rejected with 503; what is down?",
           {"app": "kamailio"}, w, "CRITICAL", "node_failure", "pbx-rescue1",
           "pbx-rescue1 hit an uncorrectable ECC memory error on DIMM_B1 (after repeated correctable errors on the same row) and the kernel panicked with 'Fatal machine check'.",
           "The rescue hotline PBX host is down after a fatal machine check; Kamailio marks it inactive and rejects incoming emergency calls with 503.",
           "Fail the hotline over to the standby PBX now, then replace DIMM_B1 on pbx-rescue1 before bringing it back.")

    # ---- C7: Quarkus press-telemetry crash loop on a missing config property (nested)
    ns = "press-mes"
    node = "ip-10-42-40-%d.eu-central-1.compute.internal" % R.randint(10, 250)
    pt_rs = rs(10)
    pt = podname("press-telemetry", pt_rs)
    PT = L_pod(ns, pt, "press-telemetry", node)
    ptuid = uid()
    ac = "argocd-application-controller-0"
    AC = L_pod("argocd", ac, "argocd-application-controller", "ip-10-42-8-19.eu-central-1.compute.internal", app="argocd-application-controller")
    w = Window("2026-01-31T13:05:20")
    w.add(0, AC, 'time="%ISO0%" level=info msg="Applying resource ConfigMap/press-telemetry-config in cluster: https://kubernetes.default.svc, namespace: press-mes"')
    w.add(0.2, AC, 'time="%ISO0%" level=info msg="Updating operation state. phase: Running -> Succeeded, message: \'successfully synced (all tasks run)\'" application=argocd/press-mes syncId=00041-xQmrT')
    w.add(2.0, L_ev(ns), ev("Normal", "ScalingReplicaSet", "Deployment/press-telemetry", "Scaled up replica set press-telemetry-%s to 1" % pt_rs))
    w.add(9.0, PT, "%PY% ERROR [io.qua.run.Application] (main) Failed to start application (with profile [prod]): java.lang.RuntimeException: Failed to start quarkus")
    w.add(0.001, PT, "\tat io.quarkus.runner.ApplicationImpl.doStart(Unknown Source)")
    w.add(0.001, PT, "\tat io.quarkus.runtime.Application.start(Application.java:101)")
    w.add(0.001, PT, "\tat io.quarkus.runtime.ApplicationLifecycleManager.run(ApplicationLifecycleManager.java:111)")
    w.add(0.001, PT, "Caused by: io.smallrye.config.ConfigValidationException: Configuration validation failed:")
    w.add(0.001, PT, "\tjava.util.NoSuchElementException: SRCFG00014: The config property quarkus.artemis.url is required but it could not be found in any config source", evidence=True)
    w.add(0.001, PT, "\tat io.smallrye.config.ConfigMappingProvider.mapConfiguration(ConfigMappingProvider.java:1018)")
    w.add(0.001, PT, "\t... 3 more")
    w.add(30.0, L_ev(ns), ev("Warning", "BackOff", "Pod/" + pt, "Back-off restarting failed container press-telemetry in pod %s_press-mes(%s)" % (pt, ptuid), count=7))
    w.add(0.3, *kubelet(node, "E", "pod_workers.go:1298",
                        '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"press-telemetry\\" with CrashLoopBackOff: \\"back-off 2m40s restarting failed container=press-telemetry pod=%s_press-mes(%s)\\"" pod="press-mes/%s" podUID="%s"' % (pt, ptuid, pt, ptuid)), evidence=True)
    hmi = podname("press-hmi-gw")
    w.add(20.0, L_pod(ns, hmi, "hmi-gateway", node, app="press-hmi-gw"), "%JAVA% WARN  [vert.x-eventloop-thread-1] c.b.hmi.TelemetryFeed - no hydraulics telemetry from press-telemetry for 9 min; press-03..press-12 running without pressure/temperature trend")
    record("bw-crit-press-telemetry-config", "startup_missing_config_crashloop",
           "press-telemetry has been crash-looping since this afternoon's sync; why does it not start?",
           {"namespace": ns, "app": "press-telemetry"}, w, "CRITICAL", "config_error", "press-telemetry",
           "The synced press-telemetry-config ConfigMap no longer provides quarkus.artemis.url, so Quarkus config validation fails at startup (SRCFG00014) and the container exits.",
           "press-telemetry crash-loops after the Argo CD sync: the generic 'Failed to start quarkus' is caused by the missing required property quarkus.artemis.url; hydraulics telemetry from the presses is not being recorded.",
           "Restore the Artemis URL in press-telemetry-config (QUARKUS_ARTEMIS_URL / quarkus.artemis.url) via Git, resync, and let the pod restart.",
           nested=True)

    # ---- C8: Galera cluster lost quorum, nodes non-primary (host, quiet) --------------
    HL = L_host("booking-vm1", "laravel", job="file", filename="/var/www/booking/storage/logs/laravel.log")
    HP = L_host("proxysql1", "proxysql")
    G1 = L_host("galera-gl1", "mariadb")
    G2 = L_host("galera-gl2", "mariadb")
    w = Window("2026-02-02T07:41:05")
    w.add(0, L_host("galera-gl3", "mariadb"), "%SYS% galera-gl3 mariadbd[1290]: %MARIA% 0 [Note] /usr/sbin/mariadbd (initiated by: unknown): Normal shutdown")
    w.add(1500.0, G1, "%SYS% galera-gl1 mariadbd[1302]: %MARIA% 0 [Note] WSREP: (8a7b1c2d-8e21, 'tcp://0.0.0.0:4567') connection to peer 5e6f0a1b-94c3 with addr tcp://10.30.2.12:4567 timed out, no messages seen in PT3S, socket stats: rtt: 412 rttvar: 188 rto: 201000 lost: 1 last_data_recv: 3104 cwnd: 1 last_queued_since: 3101894 last_delivered_since: 3104224 send_queue_length: 0 send_queue_bytes: 0", evidence=True)
    w.add(1.5, G1, "%SYS% galera-gl1 mariadbd[1302]: %MARIA% 0 [Note] WSREP: New COMPONENT: primary = no, bootstrap = no, my_idx = 0, memb_num = 1", evidence=True)
    w.add(0.2, G2, "%SYS% galera-gl2 mariadbd[1311]: %MARIA% 0 [Note] WSREP: New COMPONENT: primary = no, bootstrap = no, my_idx = 0, memb_num = 1", evidence=True)
    sqls = ["select * from `lesson_slots` where `instructor_id` = 117 and `starts_at` between 2026-02-02 00:00:00 and 2026-02-08 23:59:59",
            "update `lesson_slots` set `student_id` = 48513, `status` = reserved where `id` = 553120 and `status` = free",
            "select * from `students` where `id` = 48502 limit 1",
            "insert into `sessions` (`id`, `user_id`, `last_activity`) values (...)"]
    for i in range(6):
        w.add(2.0, HL, "[%%LARAVEL%%] production.ERROR: SQLSTATE[08S01]: Communication link failure: 1047 WSREP has not yet prepared node for application use (Connection: mysql, SQL: %s) {\"exception\":\"[object] (Illuminate\\\\Database\\\\QueryException(code: 08S01): SQLSTATE[08S01]: Communication link failure: 1047 WSREP has not yet prepared node for application use at /var/www/booking/vendor/laravel/framework/src/Illuminate/Database/Connection.php:829)\"} " % sqls[i % 4])
        if i in (1, 3):
            srv = "galera-gl1" if i == 1 else "galera-gl2"
            w.add(0.3, HP, "%%SYS%% proxysql1 proxysql[911]: %%LARAVEL%% MySQL_HostGroups_Manager.cpp:%d:shun_and_killall(): [WARNING] Shunning server %s:3306 with 5 errors/sec. Shunning for 10 seconds" % (R.randint(800, 900), srv))
    record("ds-crit-galera-nonprimary", "quiet_quorum_loss_behind_app_errors",
           "The whole booking platform is failing with database errors; what happened to the database cluster?",
           {"app": "laravel"}, w, "CRITICAL", "database", "mariadb",
           "With galera-gl3 shut down for maintenance, the link between galera-gl1 and galera-gl2 timed out; each remaining node saw only itself (1 of 2), lost quorum and went non-primary, so the Galera cluster refuses all queries.",
           "booking-web fails every query with 'WSREP has not yet prepared node for application use' and ProxySQL shuns both nodes; the cause is two quiet WSREP notes showing both nodes in a non-primary component after losing contact.",
           "Restore connectivity between galera-gl1 and galera-gl2 (or bring galera-gl3 back), then re-bootstrap the primary component on the most advanced node (pc.bootstrap=YES) and verify writes.",
           quiet=True)

    # ---- C9: Postgres PANIC on Longhorn I/O errors --------------------------------------
    ns, node = "theory-test", "gl-node-03"
    KN = L_node(node, "kernel")
    PDB = L_pod(ns, "theory-db-0", "postgres", node, app="theory-db")
    lh = podname("longhorn-manager", rs(5))[:-6]
    LH = L_pod("longhorn-system", lh, "longhorn-manager", node, app="longhorn-manager")
    pvc = "pvc-" + uid()
    web = podname("theory-web")
    PU = L_pod(ns, web, "uwsgi", "gl-node-05", app="theory-web")
    w = Window("2026-02-03T09:26:18")
    w.add(0, LH, 'time="%%ISO0%%" level=warning msg="Replica %s-r-%s of volume %s failed: engine reported replica error" controller=longhorn-engine node=%s' % (pvc, hx(8), pvc, node))
    w.add(3.0, LH, 'time="%%ISO0%%" level=warning msg="Volume %s is faulted: all replicas failed" controller=longhorn-volume node=%s' % (pvc, node), evidence=True)
    w.add(0.5, KN, "blk_update_request: I/O error, dev sdd, sector 81237120 op 0x1:(WRITE) flags 0x8800 phys_seg 1 prio class 0", evidence=True)
    w.add(0.01, KN, "Buffer I/O error on dev sdd, logical block 10154640, lost async page write")
    w.add(0.3, PDB, '%PG% [88] PANIC:  could not fsync file "pg_wal/00000003000000A10000003C": Input/output error', evidence=True)
    w.add(0.05, PDB, "%PG% [61] LOG:  WAL writer process (PID 88) was terminated by signal 6: Aborted")
    w.add(0.01, PDB, "%PG% [61] LOG:  terminating any other active server processes")
    w.add(0.2, PDB, "%PG% [61] LOG:  all server processes terminated; reinitializing")
    w.add(0.3, PDB, '%PG% [412] PANIC:  could not open file "global/pg_control": Input/output error')
    w.add(5.0, PDB, "%PY% WARNING: Postgresql is not running.")
    w.add(0.01, PDB, "%PY% INFO: Lock owner: theory-db-0; I am theory-db-0")
    w.add(2.0, PU, '%PY% ERROR django.request: Internal Server Error: /api/exams/attempt/62510/submit')
    w.add(0.001, PU, 'django.db.utils.OperationalError: connection to server at "theory-db" (10.96.12.5), port 5432 failed: Connection refused')
    w.add(3.0, PU, '%PY% ERROR django.request: Internal Server Error: /api/exams/attempt/62513/submit')
    w.add(0.001, PU, 'django.db.utils.OperationalError: connection to server at "theory-db" (10.96.12.5), port 5432 failed: Connection refused')
    record("ds-crit-theorydb-io-error", "postgres_panic_volume_faulted",
           "theory-test submissions fail with database connection errors; is the database down?",
           {"namespace": ns, "app": "theory-db"}, w, "CRITICAL", "storage", "theory-db",
           "The Longhorn volume behind theory-db-0 became faulted (all replicas failed); writes to sdd return I/O errors, PostgreSQL PANICs on fsync of its WAL and cannot restart.",
           "theory-db is down after its Longhorn volume faulted: kernel I/O errors on sdd, a PostgreSQL PANIC 'could not fsync ... Input/output error', and Patroni reports Postgres not running; exam submissions fail.",
           "Salvage the Longhorn volume (or fail over to a healthy replica / restore from backup), check the nodes hosting its replicas, then restart theory-db-0 and verify WAL integrity.")

    # ---- C10: Artemis broker disk full, producers time out (quiet) -------------------------
    ns = "press-mes"
    node = "ip-10-42-40-%d.eu-central-1.compute.internal" % R.randint(10, 250)
    ps = podname("press-scheduler")
    PS = L_pod(ns, ps, "press-scheduler", node)
    PA = L_pod(ns, "artemis-broker-0", "artemis", node, app="artemis")
    hmi = podname("press-hmi-gw")
    PH = L_pod(ns, hmi, "hmi-gateway", node, app="press-hmi-gw")
    w = Window("2026-02-04T06:02:31")
    jobs = ["PJ-260204-%04d" % (400 + i) for i in range(7)]
    presses = ["press-07", "press-03", "press-11", "press-08", "press-05", "press-12", "press-07"]
    for i in range(7):
        w.add(5.0 if i else 0, PS, "%%PY%% ERROR [com.bwx.mes.JobDispatcher] (executor-thread-%d) failed to dispatch pressing job %s to %s: jakarta.jms.JMSException: AMQ219014: Timed out after waiting 30000 ms for response when sending packet 71" % (R.randint(1, 12), jobs[i], presses[i]))
        if i == 2:
            w.add(0.8, PA, "%PY% WARN  [org.apache.activemq.artemis.core.server] AMQ222212: Disk Full! Blocking message production on address 'press.jobs'. Clients will report blocked.", evidence=True)
        if i in (3, 5):
            w.add(0.4, PH, "%%JAVA%% ERROR [vert.x-eventloop-thread-0] c.b.hmi.JobFeed - %s: no job received for %d min, line idle" % (presses[i], 6 + i))
    record("bw-crit-artemis-disk-full", "quiet_broker_disk_full_behind_timeouts",
           "press-scheduler cannot dispatch jobs to the presses (AMQ219014 timeouts); what is wrong?",
           {"namespace": ns, "app": "press-scheduler"}, w, "CRITICAL", "resource_exhausted", "artemis",
           "The Artemis broker's journal/paging volume is full, so it blocks all message production on press.jobs; press-scheduler's sends wait for a response and time out.",
           "press-scheduler logs repeated AMQ219014 send timeouts and presses go idle; the single broker line 'AMQ222212: Disk Full! Blocking message production' is the cause. Production on the pressing line is stalled.",
           "Free or extend artemis-broker-0's data volume (purge/consume the paged address that filled it), check max-disk-usage, then confirm producers unblock.",
           quiet=True)



def main():
    info_records()
    for fn in ("warn_records", "error_records", "critical_records"):
        if fn in globals():
            globals()[fn]()
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in RECORDS:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")
    meta = {"quiet_cause": QUIET, "nested_cause": NESTED}
    with open(os.path.join(os.path.dirname(OUT), "dev50.tags.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, indent=1)
        f.write("\n")
    print("wrote %d records to %s" % (len(RECORDS), OUT))


if __name__ == "__main__":
    main()
