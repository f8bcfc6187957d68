#!/usr/bin/env python3
"""make_dev40.py - generator of the dev40 held-out evaluation set (golden format v1).

Standard library only. Fixed seed 204040. Every record has its own builder
function with its own random.Random seeded from "204040/<builder name>".
Timestamps are integer epoch milliseconds (UTC) formatted by hand.
Evidence indices are computed from ev=True flags set when lines are written.

Usage: python make_dev40.py [--out PATH]   (default: dev40.jsonl next to this file)
"""
import json
import os
import random
import sys

SEED = 204040
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WDAY = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


# ---------------------------------------------------------------- time
def days_from_civil(y, m, d):
    y -= m <= 2
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def civil_from_days(z):
    z += 719468
    era = (z if z >= 0 else z - 146096) // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + (3 if mp < 10 else -9)
    return y + (m <= 2), m, d


def epoch_ms(y, mo, d, h=0, mi=0, s=0, ms=0):
    return ((days_from_civil(y, mo, d) * 24 + h) * 60 + mi) * 60000 + s * 1000 + ms


def parts(ms):
    days, rem = divmod(ms, 86400000)
    y, mo, d = civil_from_days(days)
    h, rem = divmod(rem, 3600000)
    mi, rem = divmod(rem, 60000)
    s, msec = divmod(rem, 1000)
    return y, mo, d, h, mi, s, msec


def weekday(ms):
    return WDAY[(ms // 86400000 + 3) % 7]  # 1970-01-01 was a Thursday


def sub_us(ms):
    """deterministic microseconds beyond the millisecond"""
    return (ms % 1000) * 1000 + (ms * 7919 + 13) % 1000


def sub_ns(ms):
    return sub_us(ms) * 1000 + (ms * 104729 + 7) % 1000


def iso(ms):
    y, mo, d, h, mi, s, f = parts(ms)
    return "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (y, mo, d, h, mi, s, f)


def iso_s(ms):
    y, mo, d, h, mi, s, f = parts(ms)
    return "%04d-%02d-%02dT%02d:%02d:%02dZ" % (y, mo, d, h, mi, s)


def iso_us(ms):
    y, mo, d, h, mi, s, f = parts(ms)
    return "%04d-%02d-%02dT%02d:%02d:%02d.%06dZ" % (y, mo, d, h, mi, s, sub_us(ms))


def iso_ns(ms):
    y, mo, d, h, mi, s, f = parts(ms)
    return "%04d-%02d-%02dT%02d:%02d:%02d.%09dZ" % (y, mo, d, h, mi, s, sub_ns(ms))


def iso_off(ms, off="+00:00"):
    y, mo, d, h, mi, s, f = parts(ms)
    return "%04d-%02d-%02dT%02d:%02d:%02d.%03d%s" % (y, mo, d, h, mi, s, f, off)


def dt_space(ms, sep=".", frac=3, tz=""):
    """2026-11-05 08:12:01.123 (+ optional zone suffix)"""
    y, mo, d, h, mi, s, f = parts(ms)
    if frac == 3:
        fr = "%s%03d" % (sep, f)
    elif frac == 6:
        fr = "%s%06d" % (sep, sub_us(ms))
    else:
        fr = ""
    return "%04d-%02d-%02d %02d:%02d:%02d%s%s" % (y, mo, d, h, mi, s, fr, tz)


def dt_slash(ms):
    """2026/11/05 08:12:01 (nginx error log, Go log package)"""
    y, mo, d, h, mi, s, f = parts(ms)
    return "%04d/%02d/%02d %02d:%02d:%02d" % (y, mo, d, h, mi, s)


def clf(ms):
    """05/Nov/2026:08:12:01 +0000"""
    y, mo, d, h, mi, s, f = parts(ms)
    return "%02d/%s/%04d:%02d:%02d:%02d +0000" % (d, MON[mo - 1], y, h, mi, s)


def bsd(ms):
    """RFC 3164 timestamp: Nov  5 08:12:01"""
    y, mo, d, h, mi, s, f = parts(ms)
    return "%s %2d %02d:%02d:%02d" % (MON[mo - 1], d, h, mi, s)


def klog_ts(ms):
    y, mo, d, h, mi, s, f = parts(ms)
    return "%02d%02d %02d:%02d:%02d.%06d" % (mo, d, h, mi, s, sub_us(ms))


def phpfpm_ts(ms):
    y, mo, d, h, mi, s, f = parts(ms)
    return "%02d-%s-%04d %02d:%02d:%02d" % (d, MON[mo - 1], y, h, mi, s)


def epoch_s(ms):
    return ms // 1000


def day_ms(rng):
    """midnight UTC of a random day between 2026-11-01 and 2026-12-15"""
    return epoch_ms(2026, 11, 1) + rng.randrange(0, 45) * 86400000


def start_ms(rng, h_lo=0, h_hi=22):
    return day_ms(rng) + rng.randrange(h_lo * 3600, h_hi * 3600) * 1000 + rng.randrange(1000)


# ---------------------------------------------------------------- ids
K8S_ALNUM = "bcdfghjklmnpqrstvwxz2456789"


def k8s_rand(rng, n):
    return "".join(rng.choice(K8S_ALNUM) for _ in range(n))


def hexs(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def alnum(rng, n, alphabet="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def uuid(rng):
    return "%s-%s-4%s-%s%s-%s" % (hexs(rng, 8), hexs(rng, 4), hexs(rng, 3),
                                   rng.choice("89ab"), hexs(rng, 3), hexs(rng, 12))


def pod_of(rng, deploy, rs=None):
    rs = rs or k8s_rand(rng, 10)
    return "%s-%s-%s" % (deploy, rs, k8s_rand(rng, 5))


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def q(s):
    """logfmt/klog style quoting"""
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


# ---------------------------------------------------------------- window
class Win:
    def __init__(self):
        self.rows = []

    def add(self, ms, labels, line, ev=False):
        self.rows.append((int(ms), len(self.rows), dict(labels), line, bool(ev)))

    def build(self):
        rows = sorted(self.rows, key=lambda r: (r[0], r[1]))
        logs = [{"ts": iso(r[0]), "labels": r[2], "line": r[3]} for r in rows]
        ev = [i for i, r in enumerate(rows) if r[4]]
        return logs, ev


# ---------------------------------------------------------------- label helpers
def pl(ns, pod, container, node, app):
    return {"namespace": ns, "pod": pod, "container": container, "node": node, "app": app}


def evl(ns):
    return {"namespace": ns, "job": "integrations/kubernetes/eventhandler"}


def nodel(node, unit):
    if unit == "kernel":
        return {"node": node, "job": "node-journal", "transport": "kernel"}
    return {"node": node, "job": "node-journal", "unit": unit}


def jl(host, unit):
    return {"host": host, "job": "systemd-journal", "unit": unit}


def sysl(host, app):
    return {"host": host, "job": "syslog", "app": app}


def dcl(host, project, service):
    return {"host": host, "job": "docker", "compose_project": project,
            "compose_service": service, "container": "%s-%s-1" % (project, service)}


def kev(typ, reason, kind, name, comp, host, msg):
    s = "type=%s reason=%s kind=%s name=%s sourcecomponent=%s" % (typ, reason, kind, name, comp)
    if host:
        s += " sourcehost=%s" % host
    return s + " msg=" + q(msg)


def klog(level, ms, tid, src, msg):
    return "%s%s %7d %s] %s" % (level, klog_ts(ms), tid, src, msg)


def ctrd(ms, level, msg, extra=""):
    s = 'time="%s" level=%s msg=%s' % (iso_ns(ms), level, q(msg))
    return s + (" " + extra if extra else "")


def rfc3164(ms, pri, host, tag, msg):
    return "<%d>%s %s %s: %s" % (pri, bsd(ms), host, tag, msg)


def rfc5424(ms, pri, host, app, procid, msgid, msg, sd="-"):
    return "<%d>1 %s %s %s %s %s %s %s" % (pri, iso(ms), host, app, procid, msgid, sd, msg)


def k8s_selector(ns, app=None):
    return {"namespace": ns, "pod": None, "container": None, "node": None, "app": app}


# ---------------------------------------------------------------- record
def record(theme, question, selector, win, severity, category, component,
           root_cause, summary, action):
    logs, ev = win.build()
    if category == "none":
        assert severity == "INFO" and not ev
    else:
        assert ev, "incident without evidence"
    exp = {"severity": severity, "root_cause_category": category,
           "root_cause": root_cause, "summary": summary, "action": action,
           "evidence": ev}
    if component:
        exp["component"] = component
    rec = {"source": "synthetic:dev40-%s" % theme, "question": question,
           "selector": selector, "logs": logs, "expected": exp}
    return rec


def rng_for(name):
    return random.Random("%d/%s" % (SEED, name))

# ================================================================ shared fixtures
CC_NODES = ["aks-general-38271645-vmss00000%d" % i for i in range(5)]
TU_NODES = ["gke-tutor-prod-pool-2-4f1c9a7e-2k9x", "gke-tutor-prod-pool-2-4f1c9a7e-7hqd",
            "gke-tutor-prod-pool-2-4f1c9a7e-m3lz", "gke-tutor-prod-pool-2-9b2e0d13-c8wf",
            "gke-tutor-prod-pool-2-9b2e0d13-tx5n"]
WR_NODES = ["k8s-w0%d.roads.city.local" % i for i in range(1, 6)]

BROWSER_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
]


# ================================================================ healthy (INFO / none)
def b_keycloak_rollout():
    rng = rng_for("b_keycloak_rollout")
    w = Win()
    ns = "identity"
    t = start_ms(rng, 6, 20)
    n0, n1 = CC_NODES[1], CC_NODES[3]
    tid = 2817
    ids = {"keycloak-0": "keycloak-0-%d" % rng.randrange(10000, 65000),
           "keycloak-1": "keycloak-1-%d" % rng.randrange(10000, 65000)}
    node_of = {"keycloak-0": n0, "keycloak-1": n1}
    realm = "3f9c2a4e-%s" % hexs(rng, 4)
    users = ["j.lindqvist", "m.kowalska", "picker07", "a.nieminen", "s.berg"]

    def kc(ms, pod, lvl, cat, thr, msg):
        w.add(ms, pl(ns, pod, "keycloak", node_of[pod], "keycloak"),
              "%s %-5s [%s] (%s) %s" % (dt_space(ms, ","), lvl, cat, thr, msg))

    def login_err(ms, pod, user, err):
        kc(ms, pod, "WARN", "org.keycloak.events", "executor-thread-%d" % rng.randrange(1, 40),
           'type="LOGIN_ERROR", realmId="%s", realmName="coldchain", clientId="picker-app", '
           'userId="null", sessionId="null", ipAddress="10.244.%d.%d", error="%s", '
           'auth_method="openid-connect", auth_type="code", redirect_uri="https://pick.coldchain.example/callback", '
           'code_id="%s", username="%s"' % (realm, rng.randrange(0, 5), rng.randrange(2, 250), err, uuid(rng), user))

    # background traffic errors on the pod that stays up (user typos)
    for i in range(3):
        login_err(t + rng.randrange(0, 40000), "keycloak-0", pick(rng, users),
                  pick(rng, ["invalid_user_credentials", "user_not_found"]))
    t += 45000
    for pod, other in (("keycloak-1", "keycloak-0"), ("keycloak-0", "keycloak-1")):
        node = node_of[pod]
        w.add(t, evl(ns), kev("Normal", "SuccessfulDelete", "StatefulSet", "keycloak",
                              "statefulset-controller", None,
                              "delete Pod %s in StatefulSet keycloak successful" % pod))
        t += 40
        w.add(t, evl(ns), kev("Normal", "Killing", "Pod", pod, "kubelet", node,
                              "Stopping container keycloak"))
        w.add(t + 5, nodel(node, "kubelet.service"),
              klog("I", t + 5, tid, "kuberuntime_container.go:809",
                   '"Killing container with a grace period" pod="%s/%s" podUID="%s" '
                   'containerName="keycloak" containerID="containerd://%s" gracePeriod=30'
                   % (ns, pod, uuid(rng), hexs(rng, 64))))
        t += 180
        kc(t, pod, "INFO", "org.infinispan.CLUSTER", "Shutdown thread",
           "ISPN000080: Disconnecting JGroups channel `ISPN`")
        t += 350
        kc(t, other, "INFO", "org.infinispan.CLUSTER", "jgroups-%d,%s" % (rng.randrange(5, 30), ids[other]),
           "ISPN000094: Received new cluster view for channel ISPN: [%s|%d] (1) [%s]"
           % (ids[other], 7 if pod == "keycloak-1" else 9, ids[other]))
        t += 12
        kc(t, other, "INFO", "org.infinispan.CLUSTER", "jgroups-%d,%s" % (rng.randrange(5, 30), ids[other]),
           "ISPN100001: Node %s left the cluster" % ids[pod])
        t += 260
        kc(t, pod, "INFO", "io.quarkus", "Shutdown thread", "Keycloak stopped in 0.%03ds" % rng.randrange(300, 900))
        t += 1800
        ids[pod] = "%s-%d" % (pod, rng.randrange(10000, 65000))
        w.add(t, evl(ns), kev("Normal", "SuccessfulCreate", "StatefulSet", "keycloak",
                              "statefulset-controller", None,
                              "create Pod %s in StatefulSet keycloak successful" % pod))
        t += 30
        w.add(t, evl(ns), kev("Normal", "Scheduled", "Pod", pod, "default-scheduler", None,
                              "Successfully assigned %s/%s to %s" % (ns, pod, node)))
        t += 900
        img = "quay.io/keycloak/keycloak:26.0.7"
        if pod == "keycloak-1":
            w.add(t, evl(ns), kev("Normal", "Pulling", "Pod", pod, "kubelet", node, 'Pulling image "%s"' % img))
            t += 6400
            w.add(t, evl(ns), kev("Normal", "Pulled", "Pod", pod, "kubelet", node,
                                  'Successfully pulled image "%s" in 6.312s (6.312s including waiting). '
                                  'Image size: 228473012 bytes.' % img))
        else:
            w.add(t, evl(ns), kev("Normal", "Pulled", "Pod", pod, "kubelet", node,
                                  'Container image "%s" already present on machine' % img))
        t += 150
        w.add(t, evl(ns), kev("Normal", "Created", "Pod", pod, "kubelet", node, "Created container keycloak"))
        t += 90
        w.add(t, evl(ns), kev("Normal", "Started", "Pod", pod, "kubelet", node, "Started container keycloak"))
        t += 2600
        kc(t, pod, "WARN", "org.keycloak.quarkus.runtime.cli.Picocli", "main",
           "The following used options or option values are DEPRECATED and will be removed or their "
           "behaviour changed in a future release: - proxy: Use proxy-headers.")
        t += 3100
        kc(t, pod, "INFO", "org.keycloak.connections.infinispan.DefaultInfinispanConnectionProviderFactory",
           "main", "Node name: %s, Site name: null" % ids[pod])
        t += 400
        kc(t, pod, "INFO", "org.infinispan.CLUSTER", "main",
           "ISPN000078: Starting JGroups channel `ISPN` with stack `kubernetes`")
        podip = "10.244.%d.%d" % (rng.randrange(0, 5), rng.randrange(2, 250))
        if pod == "keycloak-1":
            t += 1500
            w.add(t, evl(ns), kev("Warning", "Unhealthy", "Pod", pod, "kubelet", node,
                                  'Readiness probe failed: Get "http://%s:9000/health/ready": dial tcp %s:9000: '
                                  'connect: connection refused' % (podip, podip)))
            w.add(t + 2, nodel(node, "kubelet.service"),
                  klog("I", t + 2, tid, "prober.go:107",
                       '"Probe failed" probeType="Readiness" pod="%s/%s" podUID="%s" containerName="keycloak" '
                       'probeResult="failure" output="Get \\"http://%s:9000/health/ready\\": dial tcp %s:9000: '
                       'connect: connection refused"' % (ns, pod, uuid(rng), podip, podip)))
        t += 2100
        kc(t, pod, "INFO", "org.infinispan.CLUSTER", "main",
           "ISPN000094: Received new cluster view for channel ISPN: [%s|%d] (2) [%s, %s]"
           % (ids[other], 8 if pod == "keycloak-1" else 10, ids[other], ids[pod]))
        t += 35
        kc(t, pod, "INFO", "org.infinispan.CLUSTER", "main",
           "ISPN000079: Channel `ISPN` local address is `%s`, physical addresses are `[%s:7800]`" % (ids[pod], podip))
        t += 3900
        kc(t, pod, "INFO", "io.quarkus", "main",
           "Keycloak 26.0.7 on JVM (powered by Quarkus 3.15.1) started in %d.%03ds. Listening on: "
           "http://0.0.0.0:8080. Management interface listening on http://0.0.0.0:9000."
           % (rng.randrange(14, 21), rng.randrange(1000)))
        t += 2
        kc(t, pod, "INFO", "io.quarkus", "main", "Profile prod activated.")
        t += 1
        kc(t, pod, "INFO", "io.quarkus", "main",
           "Installed features: [agroal, cdi, hibernate-orm, jdbc-postgresql, keycloak, narayana-jta, "
           "opentelemetry, reactive-routes, rest, rest-jackson, smallrye-context-propagation, "
           "smallrye-health, vertx]")
        t += 3400
        w.add(t, nodel(node, "kubelet.service"),
              klog("I", t, tid, "kubelet.go:2542",
                   '"SyncLoop (probe)" probe="readiness" status="ready" pod="%s/%s"' % (ns, pod)))
        t += rng.randrange(20000, 40000)
        login_err(t, pod, pick(rng, users), "invalid_user_credentials")
        t += rng.randrange(15000, 30000)
    kc(t, "keycloak-1", "WARN", "org.keycloak.events", "executor-thread-%d" % rng.randrange(1, 40),
       'type="REFRESH_TOKEN_ERROR", realmId="%s", realmName="coldchain", clientId="picker-app", '
       'userId="null", sessionId="null", ipAddress="10.244.2.%d", error="invalid_token", '
       'reason="Session not active", grant_type="refresh_token", client_auth_method="client-secret"'
       % (realm, rng.randrange(2, 250)))
    return record(
        "coldchain",
        "Keycloak pods restarted and a readiness probe failed - is login for the warehouse pickers broken?",
        k8s_selector(ns, "keycloak"), w, "INFO", "none", None,
        "No incident: a planned rolling update of the Keycloak StatefulSet to 26.0.7.",
        "Both Keycloak pods were replaced one after the other, stopped gracefully, rejoined the Infinispan "
        "cluster and became ready; the single readiness failure happened while the JVM was still starting. "
        "LOGIN_ERROR events are individual users mistyping credentials and the refresh-token error is an "
        "expired session.",
        "Nothing to do; optionally replace the deprecated --proxy option with --proxy-headers.")


def b_rabbitmq_upgrade():
    rng = rng_for("b_rabbitmq_upgrade")
    w = Win()
    ns = "messaging"
    t = start_ms(rng, 2, 5)
    fq = lambda i: "rabbit@rabbitmq-server-%d.rabbitmq-nodes.messaging" % i
    nodes = {0: TU_NODES[0], 1: TU_NODES[2], 2: TU_NODES[4]}
    pids = {i: "<0.%d.0>" % rng.randrange(400, 900) for i in range(3)}
    wpod = pod_of(rng, "booking-worker")
    wnode = TU_NODES[1]

    def rmq(ms, i, lvl, msg, pid=None):
        w.add(ms, pl(ns, "rabbitmq-server-%d" % i, "rabbitmq", nodes[i], "rabbitmq"),
              "%s [%s] %s %s" % (dt_space(ms, ".", 6, "+00:00"), lvl, pid or pids[i], msg))

    def worker(ms, lvl, msg, extra=""):
        w.add(ms, pl("booking", wpod, "worker", wnode, "booking-worker"),
              "time=%s level=%s msg=%s%s" % (iso(ms), lvl, q(msg), (" " + extra) if extra else ""))

    # normal background: worker processing reminders
    for k in range(4):
        worker(t + k * 7000 + rng.randrange(2000), "INFO", "reminder sent",
               "lesson_id=%d channel=%s latency_ms=%d" % (rng.randrange(200000, 260000),
                                                         pick(rng, ["email", "push"]), rng.randrange(20, 90)))
    t += 30000
    w.add(t, evl(ns), kev("Normal", "SuccessfulDelete", "StatefulSet", "rabbitmq-server",
                          "statefulset-controller", None,
                          "delete Pod rabbitmq-server-2 in StatefulSet rabbitmq-server successful"))
    t += 60
    w.add(t, evl(ns), kev("Normal", "Killing", "Pod", "rabbitmq-server-2", "kubelet", nodes[2],
                          "Stopping container rabbitmq"))
    t += 400
    rmq(t, 2, "info", "RabbitMQ is asked to stop...")
    t += 30
    rmq(t, 2, "info", "Stopping RabbitMQ applications and their dependencies in the following order: "
                      "rabbitmq_prometheus rabbitmq_peer_discovery_k8s rabbitmq_management rabbit")
    t += 200
    rmq(t, 2, "info", "Closing all connections in vhost 'booking' on node '%s' because the vhost is stopping" % fq(2))
    t += 40
    rmq(t, 2, "warning", "closing AMQP connection <0.%d.0> (10.52.1.%d:43312 -> 10.52.3.9:5672, vhost: 'booking', "
                         "user: 'booking-worker', state: running)" % (rng.randrange(2000, 9000), rng.randrange(2, 250)))
    t += 15
    worker(t, "WARN", "amqp connection closed, reconnecting",
           'err="Exception (320) Reason: \\"CONNECTION_FORCED - broker forced connection closure with reason \'shutdown\'\\"" attempt=1')
    t += 900
    rmq(t, 0, "info", "rabbit on node '%s' down" % fq(2))
    rmq(t + 4, 1, "info", "rabbit on node '%s' down" % fq(2))
    t += 60
    rmq(t, 0, "info", "queue 'lesson.reminders' in vhost 'booking': leader call - leader not known. "
                      "Command will be forwarded once leader is known.", "<0.%d.0>" % rng.randrange(2000, 3000))
    t += 1200
    rmq(t, 0, "notice", "queue 'lesson.reminders' in vhost 'booking': candidate -> leader in term: 7 machine version 3",
        "<0.2311.0>")
    t += 50
    rmq(t, 1, "notice", "queue 'payout.events' in vhost 'booking': candidate -> leader in term: 4 machine version 3",
        "<0.1977.0>")
    t += 300
    rmq(t, 2, "info", "Successfully stopped RabbitMQ and its dependencies")
    t += 800
    worker(t, "INFO", "amqp reconnected", "node=rabbitmq-server-0 vhost=booking attempt=2")
    for k in range(3):
        t += rng.randrange(2000, 5000)
        worker(t, "INFO", "reminder sent", "lesson_id=%d channel=%s latency_ms=%d" % (
            rng.randrange(200000, 260000), pick(rng, ["email", "push"]), rng.randrange(20, 90)))
    t += 4000
    w.add(t, evl(ns), kev("Normal", "Scheduled", "Pod", "rabbitmq-server-2", "default-scheduler", None,
                          "Successfully assigned messaging/rabbitmq-server-2 to %s" % nodes[2]))
    t += 2200
    img = "docker.io/library/rabbitmq:3.13.7-management"
    w.add(t, evl(ns), kev("Normal", "Pulled", "Pod", "rabbitmq-server-2", "kubelet", nodes[2],
                          'Container image "%s" already present on machine' % img))
    t += 200
    w.add(t, evl(ns), kev("Normal", "Started", "Pod", "rabbitmq-server-2", "kubelet", nodes[2],
                          "Started container rabbitmq"))
    t += 3000
    pids[2] = "<0.%d.0>" % rng.randrange(200, 300)
    rmq(t, 2, "info", "Starting RabbitMQ 3.13.7 on Erlang 26.2.5.6 [jit]")
    t += 20
    rmq(t, 2, "info", "Feature flags: all stable feature flags are enabled")
    podip = "10.52.3.%d" % rng.randrange(2, 250)
    t += 2500
    w.add(t, evl(ns), kev("Warning", "Unhealthy", "Pod", "rabbitmq-server-2", "kubelet", nodes[2],
                          "Readiness probe failed: dial tcp %s:5672: connect: connection refused" % podip))
    t += 1800
    rmq(t, 2, "info", "Peer discovery: all known cluster nodes are up.")
    t += 600
    rmq(t, 2, "info", "ready to start client connection listeners")
    t += 40
    rmq(t, 2, "info", "started TCP listener on [::]:5672", "<0.%d.0>" % rng.randrange(900, 1200))
    t += 200
    rmq(t, 2, "info", "Server startup complete; 4 plugins started.")
    t += 900
    rmq(t, 0, "info", "node '%s' up" % fq(2))
    rmq(t + 3, 1, "info", "node '%s' up" % fq(2))
    t += 8000
    w.add(t, nodel(nodes[2], "kubelet.service"),
          klog("I", t, 1988, "kubelet.go:2542",
               '"SyncLoop (probe)" probe="readiness" status="ready" pod="messaging/rabbitmq-server-2"'))
    t += 3000
    rmq(t, 2, "info", "accepting AMQP connection <0.%d.0> (10.52.1.%d:51880 -> %s:5672)"
        % (rng.randrange(3000, 4000), rng.randrange(2, 250), podip), "<0.%d.0>" % rng.randrange(3000, 4000))
    for k in range(2):
        t += rng.randrange(3000, 6000)
        worker(t, "INFO", "reminder sent", "lesson_id=%d channel=email latency_ms=%d" % (
            rng.randrange(200000, 260000), rng.randrange(20, 90)))
    return record(
        "tutoring",
        "booking-worker lost its AMQP connection and RabbitMQ says nodes went down - are lesson reminders being lost?",
        k8s_selector(ns, "rabbitmq"), w, "INFO", "none", None,
        "No incident: a rolling restart of the RabbitMQ StatefulSet (rabbitmq-server-2) during the maintenance window.",
        "rabbitmq-server-2 was stopped gracefully, the quorum queues elected new leaders on the remaining nodes, "
        "booking-worker reconnected within a second and kept sending reminders, and the node rejoined the cluster.",
        "Nothing to do.")

def b_depot_nightly():
    rng = rng_for("b_depot_nightly")
    w = Win()
    host = "saltdepot-nas01"
    t = day_ms(rng) + 2 * 3600000 + rng.randrange(0, 600) * 1000
    P = {"daemon.info": 30, "daemon.notice": 29, "daemon.warning": 28, "cron.info": 78,
         "auth.info": 38, "kern.info": 6, "syslog.info": 46}
    pid = {"restic": rng.randrange(20000, 30000), "chronyd": 612, "smartd": 701, "zed": 1123,
           "cron": rng.randrange(30000, 40000), "sshd": rng.randrange(40000, 50000), "fstrim": rng.randrange(50000, 60000)}

    def s(ms, pri, tag, msg):
        w.add(ms, sysl(host, tag.split("[")[0]), rfc3164(ms, P[pri], host, tag, msg))

    s(t, "cron.info", "CRON[%d]" % pid["cron"], "(root) CMD (command -v debian-sa1 > /dev/null && debian-sa1 1 1)")
    t += 4000
    s(t, "daemon.info", "systemd[1]", "Starting restic-backup.service - Nightly restic backup of depot inventory...")
    t += 1200
    s(t, "daemon.info", "restic[%d]" % pid["restic"], "using parent snapshot %s" % hexs(rng, 8))
    t += 61000
    s(t, "daemon.info", "restic[%d]" % pid["restic"],
      "Save(<data/%s>) returned error, retrying after 552.330144ms: client.PutObject: "
      "read tcp 10.40.0.21:51822->10.40.0.30:9000: read: connection reset by peer" % hexs(rng, 10))
    t += 700
    s(t, "daemon.info", "sshd[%d]" % pid["sshd"], "Accepted publickey for backup from 10.40.0.12 port 52110 ssh2: "
      "ED25519 SHA256:%s" % alnum(rng, 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"))
    t += 300
    s(t, "auth.info", "sshd[%d]" % pid["sshd"], "pam_unix(sshd:session): session opened for user backup(uid=1002) by (uid=0)")
    t += 90000
    s(t, "daemon.info", "chronyd[%d]" % pid["chronyd"], "Source 162.159.200.123 offline")
    t += 30000
    s(t, "daemon.info", "smartd[%d]" % pid["smartd"],
      "Device: /dev/sda [SAT], SMART Usage Attribute: 194 Temperature_Celsius changed from 38 to 39")
    t += 20
    s(t, "daemon.info", "smartd[%d]" % pid["smartd"],
      "Device: /dev/sdb [SAT], SMART Prefailure Attribute: 1 Raw_Read_Error_Rate changed from 82 to 83")
    t += 40000
    s(t, "daemon.info", "restic[%d]" % pid["restic"],
      "Files:         148 new,   312 changed, 20411 unmodified")
    s(t + 1, "daemon.info", "restic[%d]" % pid["restic"],
      "Dirs:            3 new,    41 changed,  1822 unmodified")
    s(t + 2, "daemon.info", "restic[%d]" % pid["restic"],
      "Added to the repository: 412.733 MiB (398.120 MiB stored)")
    s(t + 3, "daemon.info", "restic[%d]" % pid["restic"],
      "processed 20871 files, 38.204 GiB in 3:12")
    s(t + 4, "daemon.info", "restic[%d]" % pid["restic"], "snapshot %s saved" % hexs(rng, 8))
    t += 600
    s(t, "daemon.info", "restic[%d]" % (pid["restic"] + 41), "Applying Policy: keep 7 daily, 4 weekly, 12 monthly snapshots")
    t += 900
    s(t, "daemon.info", "restic[%d]" % (pid["restic"] + 41), "remove 1 snapshots:")
    t += 3000
    s(t, "daemon.info", "restic[%d]" % (pid["restic"] + 41), "[0:02] 100.00%  1 / 1 files deleted")
    t += 200
    s(t, "daemon.info", "systemd[1]", "restic-backup.service: Deactivated successfully.")
    s(t + 1, "daemon.info", "systemd[1]", "Finished restic-backup.service - Nightly restic backup of depot inventory.")
    s(t + 2, "daemon.info", "systemd[1]", "restic-backup.service: Consumed 2min 41.318s CPU time.")
    t += 25000
    s(t, "auth.info", "sshd[%d]" % pid["sshd"], "pam_unix(sshd:session): session closed for user backup")
    t += 600000
    s(t, "daemon.info", "chronyd[%d]" % pid["chronyd"], "Source 162.159.200.123 online")
    t += 12000
    s(t, "daemon.info", "chronyd[%d]" % pid["chronyd"], "Selected source 192.168.40.1 (ntp1.roads.city.local)")
    t += 1200000
    s(t, "daemon.info", "systemd[1]", "Starting fstrim.service - Discard unused blocks on filesystems from /etc/fstab...")
    t += 9000
    s(t, "daemon.info", "fstrim[%d]" % pid["fstrim"],
      "/srv/inventory: 12.4 GiB (13314523136 bytes) trimmed on /dev/mapper/vg0-inventory")
    s(t + 5, "daemon.info", "fstrim[%d]" % pid["fstrim"], "/: 3.1 GiB (3328471040 bytes) trimmed on /dev/mapper/vg0-root")
    s(t + 40, "daemon.info", "systemd[1]", "fstrim.service: Deactivated successfully.")
    s(t + 41, "daemon.info", "systemd[1]", "Finished fstrim.service - Discard unused blocks on filesystems from /etc/fstab.")
    t += 1500000
    s(t, "daemon.info", "zed[%d]" % pid["zed"], "eid=87 class=scrub_finish pool='tank'")
    t += 300
    scan_end = parts(t)
    s(t, "daemon.notice", "zfs-health[%d]" % rng.randrange(60000, 61000),
      "pool 'tank' state ONLINE: scrub repaired 0B in 05:12:44 with 0 errors on %s %s %2d %02d:%02d:%02d %d"
      % (weekday(t), MON[scan_end[1] - 1], scan_end[2], scan_end[3], scan_end[4], scan_end[5], scan_end[0]))
    t += 1800000
    s(t, "daemon.info", "smartd[%d]" % pid["smartd"],
      "Device: /dev/sda [SAT], SMART Usage Attribute: 194 Temperature_Celsius changed from 39 to 37")
    t += 200000
    s(t, "daemon.info", "systemd[1]", "Starting logrotate.service - Rotate log files...")
    s(t + 700, "daemon.info", "systemd[1]", "logrotate.service: Deactivated successfully.")
    s(t + 701, "daemon.info", "systemd[1]", "Finished logrotate.service - Rotate log files.")
    return record(
        "winterroads",
        "The salt-depot NAS logged SMART attribute changes, a restic error and an NTP source going offline overnight - is a disk failing?",
        None, w, "INFO", "none", None,
        "No incident: routine overnight jobs on the depot NAS.",
        "The nightly restic backup finished and saved a snapshot after one automatically retried upload, the monthly "
        "ZFS scrub repaired 0B with 0 errors, fstrim ran, and the SMART lines are normal temperature and "
        "vendor-normalised attribute fluctuations. One public NTP source went offline and came back while the local "
        "source stayed selected.",
        "Nothing to do.")


def b_mosquitto_churn():
    rng = rng_for("b_mosquitto_churn")
    w = Win()
    ns = "plough-fleet"
    t = start_ms(rng, 5, 8)
    mnode, tnode, inode = WR_NODES[1], WR_NODES[3], WR_NODES[0]
    tpod = pod_of(rng, "telegraf-gps")
    trucks = ["plough-%03d" % n for n in rng.sample(range(1, 140), 12)]
    influx = "http://influxdb2.plough-fleet.svc:8086"

    def mq(ms, msg):
        w.add(ms, pl(ns, "mosquitto-0", "mosquitto", mnode, "mosquitto"), "%d: %s" % (epoch_s(ms), msg))

    def tg(ms, lvl, msg):
        w.add(ms, pl(ns, tpod, "telegraf", tnode, "telegraf-gps"), "%s %s! %s" % (iso_s(ms), lvl, msg))

    def ix(ms, lvl, msg, extra):
        w.add(ms, pl(ns, "influxdb2-0", "influxdb2", inode, "influxdb2"),
              "ts=%s lvl=%s msg=%s log_id=0t7Qx2Kl000 %s" % (iso_us(ms), lvl, q(msg), extra))

    def connect(ms, truck):
        a = "10.60.%d.%d" % (rng.randrange(0, 4), rng.randrange(2, 250))
        port = rng.randrange(30000, 60000)
        mq(ms, "New connection from %s:%d on port 8883." % (a, port))
        mq(ms + rng.randrange(30, 200), "New client connected from %s:%d as %s (p2, c0, k60, u'%s')."
           % (a, port, truck, truck))

    for i in range(4):
        tg(t + i * 10000, "D", "[outputs.influxdb_v2] Wrote batch of %d metrics in %d.%dms"
           % (rng.randrange(600, 1000), rng.randrange(20, 60), rng.randrange(10)))
        tg(t + i * 10000 + 1, "D", "[outputs.influxdb_v2] Buffer fullness: 0 / 50000 metrics")
    mq(t + 3000, "Client %s has exceeded timeout, disconnecting." % trucks[0])
    mq(t + 9000, "OpenSSL Error[0]: error:0A000126:SSL routines::unexpected eof while reading")
    mq(t + 9001, "Client %s closed its connection." % trucks[1])
    connect(t + 16000, trucks[0])
    connect(t + 21000, trucks[2])
    mq(t + 21500, "Client %s already connected, closing old connection." % trucks[2])
    t += 40000
    tg(t, "E", '[outputs.influxdb_v2] When writing to [%s]: Post "%s/api/v2/write?bucket=gps&org=roads": '
               "context deadline exceeded (Client.Timeout exceeded while awaiting headers)" % (influx, influx))
    tg(t + 1, "E", "[agent] Error writing to outputs.influxdb_v2: failed to send metrics to any configured server(s)")
    ix(t - 4000, "info", "TSM compaction (start)",
       "service=storage-engine engine=tsm1 op_name=tsm1_compact_group db_shard_id=412 op_event=start")
    ix(t + 2500, "info", "TSM compaction (end)",
       "service=storage-engine engine=tsm1 op_name=tsm1_compact_group db_shard_id=412 op_event=end op_elapsed=6512.301ms")
    t += 10000
    tg(t, "D", "[outputs.influxdb_v2] Wrote batch of 1000 metrics in 212.4ms")
    tg(t + 1, "D", "[outputs.influxdb_v2] Buffer fullness: 1731 / 50000 metrics")
    t += 10000
    tg(t, "D", "[outputs.influxdb_v2] Wrote batch of 1000 metrics in 48.9ms")
    tg(t + 1, "D", "[outputs.influxdb_v2] Buffer fullness: 0 / 50000 metrics")
    for i in range(3, 9):
        t += rng.randrange(4000, 12000)
        r = rng.random()
        if r < 0.4:
            mq(t, "Client %s has exceeded timeout, disconnecting." % trucks[i])
        elif r < 0.7:
            mq(t, "Client %s closed its connection." % trucks[i])
        else:
            connect(t, trucks[i])
        if i % 2 == 0:
            tg(t + 500, "D", "[outputs.influxdb_v2] Wrote batch of %d metrics in %d.%dms"
               % (rng.randrange(600, 1000), rng.randrange(20, 60), rng.randrange(10)))
    t += 5000
    mq(t, "Saving in-memory database to /mosquitto/data/mosquitto.db.")
    for i in range(9, 12):
        t += rng.randrange(3000, 8000)
        connect(t, trucks[i])
    t += 4000
    tg(t, "D", "[outputs.influxdb_v2] Wrote batch of %d metrics in %d.%dms"
       % (rng.randrange(600, 1000), rng.randrange(20, 60), rng.randrange(10)))
    tg(t + 1, "D", "[outputs.influxdb_v2] Buffer fullness: 0 / 50000 metrics")
    return record(
        "winterroads",
        "Plough trucks keep disconnecting from MQTT and Telegraf logged a write error - are we losing GPS positions?",
        k8s_selector(ns), w, "INFO", "none", None,
        "No incident: normal MQTT session churn from trucks moving through poor cellular coverage.",
        "Trucks time out and reconnect (including 'already connected' takeovers after cell handover), which is "
        "expected for mobile clients. Telegraf had one write time out during an InfluxDB TSM compaction; the "
        "metrics stayed in its buffer and were written on the next flush, and the buffer drained back to 0.",
        "Nothing to do.")

def ruby_ts(ms):
    y, mo, d, h, mi, s, f = parts(ms)
    return "%04d-%02d-%02dT%02d:%02d:%02d.%06d" % (y, mo, d, h, mi, s, sub_us(ms))


def b_rails_sidekiq():
    rng = rng_for("b_rails_sidekiq")
    w = Win()
    host, proj = "tutor-app-02", "tutorhub"
    t = start_ms(rng, 17, 21)

    def rl(ms, lvl, req, msg):
        w.add(ms, dcl(host, proj, "web"), "%s, [%s #1] %5s -- : [%s] %s" % (lvl[0], ruby_ts(ms), lvl, req, msg))

    def sk(ms, tid, cls, jid, lvl, msg, elapsed=None):
        e = (" elapsed=%s" % elapsed) if elapsed else ""
        w.add(ms, dcl(host, proj, "sidekiq"), "%s pid=8 tid=%s class=%s jid=%s%s %s: %s"
              % (iso(ms), tid, cls, jid, e, lvl, msg))

    def redis(ms, role_pid, msg):
        y, mo, d, h, mi, s, f = parts(ms)
        w.add(ms, dcl(host, proj, "redis"), "%s %02d %s %04d %02d:%02d:%02d.%03d %s"
              % (role_pid, d, MON[mo - 1], y, h, mi, s, f, msg))

    def request(ms, meth, path, ctrl, status, params=None, fatal=None):
        req = uuid(rng)
        ipa = "10.0.4.%d" % rng.randrange(2, 250)
        y, mo, d, h, mi, s, f = parts(ms)
        rl(ms, "INFO", req, 'Started %s "%s" for %s at %04d-%02d-%02d %02d:%02d:%02d +0000'
           % (meth, path, ipa, y, mo, d, h, mi, s))
        rl(ms + 1, "INFO", req, "Processing by %s as %s" % (ctrl, "HTML" if meth == "GET" else "JSON"))
        if params:
            rl(ms + 1, "INFO", req, "  Parameters: %s" % params)
        dur = rng.randrange(4, 90)
        codes = {200: "200 OK", 302: "302 Found", 404: "404 Not Found", 422: "422 Unprocessable Entity"}
        if fatal:
            rl(ms + dur, "INFO", req, "Completed %s in %dms (ActiveRecord: %.1fms | Allocations: %d)"
               % (codes[status], dur, rng.random() * 3, rng.randrange(500, 2000)))
            rl(ms + dur + 1, "FATAL", req, "  ")
            rl(ms + dur + 1, "FATAL", req, fatal)
        else:
            rl(ms + dur, "INFO", req, "Completed %s in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)"
               % (codes[status], dur, dur * 0.6, dur * 0.2, rng.randrange(2000, 40000)))

    tids = ["2x7k", "2x8c", "2xa0", "2xbs"]
    t0 = t
    redis(t0, "1:M", "* 100 changes in 300 seconds. Saving...")
    redis(t0 + 1, "1:M", "* Background saving started by pid %d" % rng.randrange(200, 400))
    tutor_id = rng.randrange(1000, 9000)
    request(t + 2000, "GET", "/tutors/%d" % tutor_id, "TutorsController#show", 200, '{"id"=>"%d"}' % tutor_id)
    request(t + 5000, "GET", "/lessons/upcoming", "LessonsController#upcoming", 200)
    t += 9000
    rl(t, "WARN", uuid(rng), "DEPRECATION WARNING: `to_time` will always preserve the receiver timezone rather than "
       "system local time in Rails 8.0. To opt in to the new behavior, set "
       "`config.active_support.to_time_preserves_timezone = :zone`. (called from block in <class:Lesson> at "
       "/app/app/models/lesson.rb:41)")
    t += 2500
    bad_id = rng.randrange(90000, 99999)
    request(t, "GET", "/tutors/%d" % bad_id, "TutorsController#show", 404, '{"id"=>"%d"}' % bad_id,
            fatal="ActiveRecord::RecordNotFound (Couldn't find Tutor with 'id'=%d):" % bad_id)
    t += 4000
    request(t, "POST", "/bookings", "BookingsController#create", 422,
            '{"booking"=>{"tutor_id"=>"%d", "starts_at"=>"2026-11-31T18:00"}}' % rng.randrange(1000, 9000))
    t += 3000
    jid = hexs(rng, 24)
    cls = "CalendarInviteJob"
    sk(t, tids[0], cls, jid, "INFO", "start")
    sk(t + 5040, tids[0], cls, jid, "INFO", "fail", "5.041")
    sk(t + 5041, tids[0], cls, jid, "WARN", '{"context":"Job raised exception","job":{"retry":true,"queue":"mailers",'
       '"class":"CalendarInviteJob","args":[%d],"jid":"%s","retry_count":0}}' % (rng.randrange(300000, 400000), jid))
    sk(t + 5042, tids[0], cls, jid, "WARN", "Net::ReadTimeout: Net::ReadTimeout with #<TCPSocket:(closed)>")
    for k in range(3):
        j2 = hexs(rng, 24)
        c2 = pick(rng, ["LessonReminderJob", "TutorPayoutSummaryJob", "ReviewRequestJob"])
        tt = t + 7000 + k * 6000 + rng.randrange(2000)
        sk(tt, tids[1 + k % 3], c2, j2, "INFO", "start")
        el = rng.randrange(40, 400)
        sk(tt + el, tids[1 + k % 3], c2, j2, "INFO", "done", "0.%03d" % el)
    redis(t0 + 3400, "%d:C" % rng.randrange(200, 400), "* DB saved on disk")
    redis(t0 + 3500, "1:M", "* Background saving terminated with success")
    request(t + 11000, "GET", "/lessons/%d/room" % rng.randrange(200000, 260000), "RoomsController#show", 200)
    request(t + 19000, "POST", "/session", "SessionsController#create", 302)
    t += 38000
    sk(t, tids[2], cls, jid, "INFO", "start")
    sk(t + 812, tids[2], cls, jid, "INFO", "done", "0.812")
    t += 4000
    request(t, "GET", "/tutors?lang=sv&level=b1", "TutorsController#index", 200, '{"lang"=>"sv", "level"=>"b1"}')
    t += 3000
    sk(t, tids[3], "Sidekiq::Cron::Job", hexs(rng, 24), "INFO", "Cron Jobs - added job with name: nightly_payout_summary")
    request(t + 2500, "GET", "/favicon.ico", "ApplicationController#not_found", 404)
    return record(
        "tutoring",
        "Sidekiq shows a failed job and Rails printed FATAL errors on the tutor site - is booking broken?",
        None, w, "INFO", "none", None,
        "No incident: normal application noise.",
        "The FATAL line is Rails' logging of a 404 for a tutor id that does not exist, the 422 is a booking form "
        "with an invalid date, the deprecation warning is informational, and the CalendarInviteJob that timed out "
        "once was retried by Sidekiq and finished. All other requests and jobs succeed.",
        "Nothing to do.")


def b_postfix_relay():
    rng = rng_for("b_postfix_relay")
    w = Win()
    host = "mx-relay01"
    t = start_ms(rng, 7, 16)
    qmgr = 1102
    app = "wms-app01.coldchain.internal[10.20.1.15]"

    def s(ms, pri, tag, msg):
        w.add(ms, sysl(host, tag.split("[")[0]), rfc3164(ms, pri, host, tag, msg))

    def qid():
        return "".join(rng.choice("0123456789ABCDEF") for _ in range(10))

    def submit(ms, rcpt, size):
        sp = rng.randrange(20000, 30000)
        qi = qid()
        s(ms, 22, "postfix/smtpd[%d]" % sp, "connect from %s" % app)
        s(ms + 20, 22, "postfix/smtpd[%d]" % sp, "%s: client=%s" % (qi, app))
        s(ms + 40, 22, "postfix/cleanup[%d]" % (sp + 9), "%s: message-id=<%s@wms.coldchain.example>" % (qi, uuid(rng)))
        s(ms + 60, 22, "postfix/qmgr[%d]" % qmgr, "%s: from=<noreply@coldchain.example>, size=%d, nrcpt=1 (queue active)"
          % (qi, size))
        s(ms + 70, 22, "postfix/smtpd[%d]" % sp, "disconnect from %s ehlo=2 starttls=1 mail=1 rcpt=1 data=1 quit=1 commands=7" % app)
        return qi

    def sent(ms, qi, rcpt, mx, mxip, delay):
        sp = rng.randrange(30000, 40000)
        s(ms, 22, "postfix/smtp[%d]" % sp, "Untrusted TLS connection established to %s[%s]:25: TLSv1.3 with cipher "
          "TLS_AES_256_GCM_SHA384 (256/256 bits) key-exchange X25519 server-signature RSA-PSS (2048 bits) "
          "server-digest SHA256" % (mx, mxip))
        s(ms + 400, 22, "postfix/smtp[%d]" % sp, "%s: to=<%s>, relay=%s[%s]:25, delay=%s, delays=0.05/0.01/0.21/0.33, "
          "dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as %s)" % (qi, rcpt, mx, mxip, delay, alnum(rng, 12, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")))
        s(ms + 410, 22, "postfix/qmgr[%d]" % qmgr, "%s: removed" % qi)

    rcpts = [("orders@apotheke-nord.example", "mx1.apotheke-nord.example", "203.0.113.25"),
             ("wareneingang@klinikum-sued.example", "mail.klinikum-sued.example", "198.51.100.40"),
             ("excursions@pharma-b.example", "mx.pharma-b.example", "198.51.100.7")]
    q1 = submit(t, rcpts[0][0], rng.randrange(8000, 20000))
    sent(t + 300, q1, rcpts[0][0], rcpts[0][1], rcpts[0][2], "0.62")
    t += 12000
    q2_t = t
    q2 = submit(t, rcpts[2][0], rng.randrange(30000, 60000))
    sp = rng.randrange(30000, 40000)
    s(t + 900, 22, "postfix/smtp[%d]" % sp, "%s: to=<%s>, relay=%s[%s]:25, delay=0.9, delays=0.06/0.01/0.4/0.43, "
      "dsn=4.7.1, status=deferred (host %s[%s] said: 450 4.7.1 <%s>: Recipient address rejected: Greylisted, "
      "see https://postgrey.schweikert.ch/help/pharma-b.example.html (in reply to RCPT TO command))"
      % (q2, rcpts[2][0], rcpts[2][1], rcpts[2][2], rcpts[2][1], rcpts[2][2], rcpts[2][0]))
    t += 20000
    scanner = "10.20.9.%d" % rng.randrange(2, 250)
    sp = rng.randrange(20000, 30000)
    s(t, 22, "postfix/smtpd[%d]" % sp, "connect from unknown[%s]" % scanner)
    s(t + 50, 20, "postfix/smtpd[%d]" % sp, "warning: non-SMTP command from unknown[%s]: GET / HTTP/1.1" % scanner)
    s(t + 51, 22, "postfix/smtpd[%d]" % sp, "disconnect from unknown[%s] unknown=0/1 commands=0/1" % scanner)
    t += 2000
    sp = rng.randrange(20000, 30000)
    s(t, 22, "postfix/smtpd[%d]" % sp, "connect from unknown[%s]" % scanner)
    s(t + 80, 22, "postfix/smtpd[%d]" % sp, "NOQUEUE: reject: RCPT from unknown[%s]: 554 5.7.1 <probe@example.org>: "
      "Relay access denied; from=<scan@nessus.local> to=<probe@example.org> proto=ESMTP helo=<nessus>" % scanner)
    s(t + 90, 22, "postfix/smtpd[%d]" % sp, "disconnect from unknown[%s] ehlo=1 mail=1 rcpt=0/1 quit=1 commands=3/4" % scanner)
    t += 30000
    q3 = submit(t, rcpts[1][0], rng.randrange(8000, 20000))
    sent(t + 300, q3, rcpts[1][0], rcpts[1][1], rcpts[1][2], "0.71")
    t += 240000
    sent(t, q2, rcpts[2][0], rcpts[2][1], rcpts[2][2], "%d" % ((t + 400 - q2_t) // 1000))
    t += 40000
    q4 = submit(t, rcpts[0][0], rng.randrange(8000, 20000))
    sent(t + 300, q4, rcpts[0][0], rcpts[0][1], rcpts[0][2], "0.58")
    t += 60000
    s(t, 22, "postfix/anvil[%d]" % rng.randrange(40000, 50000),
      "statistics: max connection rate 3/60s for (smtp:10.20.1.15) at %s" % bsd(t - 300000))
    s(t + 1, 22, "postfix/anvil[%d]" % rng.randrange(40000, 50000),
      "statistics: max connection count 1 for (smtp:10.20.1.15) at %s" % bsd(t - 300000))
    return record(
        "coldchain",
        "mx-relay01 shows deferred mail, relay-access-denied rejects and untrusted TLS - are pharmacies missing temperature excursion notices?",
        None, w, "INFO", "none", None,
        "No incident: normal mail relay behaviour.",
        "One message was greylisted by the recipient's server (450) and delivered on the next queue run; the "
        "relay rejections and the non-SMTP command come from an internal vulnerability scanner; 'Untrusted TLS' "
        "is ordinary opportunistic TLS to remote MX hosts. All messages from the WMS were delivered.",
        "Nothing to do.")

def spring(ms, lvl, app, thread, logger, msg):
    return "%s %5s 1 --- [%s] [%15s] %-40s : %s" % (iso(ms), lvl, app, thread[-15:], logger, msg)


def mongo(ms, s, c, id_, ctx, msg, attr=None):
    d = {"t": {"$date": iso_off(ms)}, "s": s, "c": c, "id": id_, "ctx": ctx, "msg": msg}
    if attr is not None:
        d["attr"] = attr
    return json.dumps(d, separators=(",", ":"))


def b_mongo_stepdown():
    rng = rng_for("b_mongo_stepdown")
    w = Win()
    ns = "wms"
    t = start_ms(rng, 4, 6)
    nodes = {0: CC_NODES[0], 1: CC_NODES[2], 2: CC_NODES[4]}
    host = lambda i: "mongodb-%d.mongodb-headless.wms.svc.cluster.local:27017" % i
    apod = pod_of(rng, "inventory-api")
    anode = CC_NODES[1]

    def m(ms, i, *a, **k):
        w.add(ms, pl(ns, "mongodb-%d" % i, "mongod", nodes[i], "mongodb"), mongo(ms, *a, **k))

    def api(ms, lvl, thread, logger, msg):
        w.add(ms, pl(ns, apod, "inventory-api", anode, "inventory-api"), spring(ms, lvl, "inventory-api", thread, logger, msg))

    for k in range(3):
        api(t + k * 3000 + rng.randrange(500), "INFO", "http-nio-8080-exec-%d" % rng.randrange(1, 20),
            "c.c.w.inventory.StockController", "GET /stock/lots/%s -> 200 (%d ms)" % (alnum(rng, 8).upper(), rng.randrange(4, 30)))
    t += 10000
    m(t, 0, "I", "COMMAND", 21579, "conn%d" % rng.randrange(1000, 2000), "Received replSetStepDown command",
      {"stepDownPeriodSecs": 60, "secondaryCatchUpPeriodSecs": 10})
    t += 320
    m(t, 0, "I", "REPL", 21358, "ReplCoord-%d" % rng.randrange(1, 9), "Replica set state transition",
      {"newState": "SECONDARY", "oldState": "PRIMARY"})
    t += 5
    m(t, 0, "I", "NETWORK", 20532, "conn%d" % rng.randrange(1000, 2000),
      "Error sending response to client. Ending connection from remote",
      {"error": {"code": 10107, "codeName": "NotWritablePrimary", "errmsg": "Not-primary error while processing 'find' operation  on 'wms' database via fire-and-forget command execution."},
       "remote": "10.244.1.%d:48122" % rng.randrange(2, 250), "connectionId": rng.randrange(1000, 2000)})
    t += 900
    m(t, 1, "I", "ELECTION", 21438, "ReplCoord-2", "Conducting a dry run election to see if we could be elected",
      {"currentTerm": 41})
    t += 12
    m(t, 1, "I", "ELECTION", 21444, "ReplCoord-1", "Dry election run succeeded, running for election",
      {"newTerm": 42})
    t += 25
    m(t, 1, "I", "ELECTION", 21450, "ReplCoord-3", "Election succeeded, assuming primary role", {"term": 42})
    m(t + 1, 1, "I", "REPL", 21358, "ReplCoord-3", "Replica set state transition",
      {"newState": "PRIMARY", "oldState": "SECONDARY"})
    t += 140
    m(t, 1, "I", "REPL", 21331, "OplogApplier-0", "Transition to primary complete; database writes are now permitted")
    t += 60
    api(t, "INFO", "cluster-" + hexs(rng, 4), "org.mongodb.driver.cluster",
        "Discovered replica set primary %s with max election id 7fffffff000000000000002a and max set version 5" % host(1))
    t += 500
    m(t, 1, "I", "COMMAND", 51803, "conn%d" % rng.randrange(2000, 3000), "Slow query",
      {"type": "command", "ns": "wms.pick_lists", "command": {"update": "pick_lists", "ordered": True, "txnNumber": 18,
                                                             "$db": "wms"},
       "numYields": 0, "reslen": 245, "durationMillis": 412, "writeConcern": {"w": "majority", "wtimeout": 0}})
    t += 9000
    w.add(t, evl(ns), kev("Normal", "Killing", "Pod", "mongodb-0", "kubelet", nodes[0], "Stopping container mongod"))
    t += 200
    m(t, 0, "I", "CONTROL", 23377, "SignalHandler", "Received signal", {"signal": 15, "error": "Terminated"})
    m(t + 1, 0, "I", "REPL", 4784900, "SignalHandler", "Stepping down the ReplicationCoordinator for shutdown",
      {"waitTimeMillis": 15000})
    t += 700
    m(t, 0, "I", "CONTROL", 20565, "SignalHandler", "Now exiting")
    m(t + 1, 0, "I", "CONTROL", 8423404, "SignalHandler", "mongod shutdown complete",
      {"Summary of time elapsed": {"Statistics": {"Enter terminal shutdown": "0 ms", "Shutdown duration": "712 ms"}}})
    t += 800
    m(t, 1, "I", "-", 4333222, "ReplicaSetMonitor-TaskExecutor", "RSM received error response",
      {"host": host(0), "error": "HostUnreachable: Error connecting to %s :: caused by :: Connection refused" % host(0),
       "replicaSet": "rs0", "response": {}})
    t += 1100
    api(t, "INFO", "cluster-rtt-ClusterId{value='%s'}" % hexs(rng, 24), "org.mongodb.driver.cluster",
        "Exception in monitor thread while connecting to server %s" % host(0))
    api(t + 1, "INFO", "cluster-" + hexs(rng, 4), "org.mongodb.driver.cluster",
        "com.mongodb.MongoSocketOpenException: Exception opening socket")
    for k in range(3):
        api(t + 2000 + k * 2500, "INFO", "http-nio-8080-exec-%d" % rng.randrange(1, 20),
            "c.c.w.inventory.StockController", "GET /stock/lots/%s -> 200 (%d ms)" % (alnum(rng, 8).upper(), rng.randrange(4, 30)))
    t += 14000
    w.add(t, evl(ns), kev("Normal", "Pulled", "Pod", "mongodb-0", "kubelet", nodes[0],
                          'Container image "docker.io/library/mongo:7.0.15" already present on machine'))
    w.add(t + 200, evl(ns), kev("Normal", "Started", "Pod", "mongodb-0", "kubelet", nodes[0], "Started container mongod"))
    t += 1500
    m(t, 0, "I", "CONTROL", 21951, "initandlisten", "Options set by command line",
      {"options": {"net": {"bindIpAll": True}, "replication": {"replSet": "rs0"}, "security": {"keyFile": "/etc/mongo/keyfile"}}})
    t += 1800
    m(t, 0, "I", "REPL", 21358, "ReplCoord-0", "Replica set state transition", {"newState": "STARTUP2", "oldState": "STARTUP"})
    t += 300
    m(t, 0, "I", "REPL", 21358, "ReplCoord-0", "Replica set state transition", {"newState": "RECOVERING", "oldState": "STARTUP2"})
    t += 900
    m(t, 0, "I", "REPL", 21358, "ReplCoord-0", "Replica set state transition", {"newState": "SECONDARY", "oldState": "RECOVERING"})
    t += 1200
    m(t, 1, "I", "REPL", 21215, "ReplCoord-6", "Member is in new state", {"hostAndPort": host(0), "newState": "SECONDARY"})
    t += 5000
    api(t, "INFO", "cluster-" + hexs(rng, 4), "org.mongodb.driver.cluster",
        "Monitor thread successfully connected to server with description ServerDescription{address=%s, type=REPL_SET_SECONDARY, "
        "state=CONNECTED, ok=true, minWireVersion=0, maxWireVersion=21, roundTripTimeNanos=812345}" % host(0))
    for k in range(2):
        api(t + 3000 + k * 2500, "INFO", "http-nio-8080-exec-%d" % rng.randrange(1, 20),
            "c.c.w.inventory.StockController", "POST /stock/picks -> 201 (%d ms)" % rng.randrange(8, 40))
    return record(
        "coldchain",
        "inventory-api logged MongoSocketOpenException and mongod reported NotWritablePrimary - did we lose stock writes?",
        k8s_selector(ns), w, "INFO", "none", None,
        "No incident: a planned replSetStepDown and restart of mongodb-0 for a patch upgrade.",
        "The primary stepped down on command, mongodb-1 won the election and accepted writes within about a "
        "second, mongodb-0 restarted on mongo 7.0.15 and rejoined as SECONDARY. The driver rediscovered the "
        "primary, the socket exception is the monitor thread polling the restarting member, and inventory-api "
        "kept answering 200/201.",
        "Nothing to do.")


def b_caddy_phpfpm():
    rng = rng_for("b_caddy_phpfpm")
    w = Win()
    host, proj = "tracker-web01", "ploughmap"
    t = start_ms(rng, 6, 9)
    site = "ploughmap.city.example"

    def caddy(ms, d):
        base = {"level": d.pop("level", "info"), "ts": float("%d.%06d" % (ms // 1000, sub_us(ms)))}
        base.update(d)
        w.add(ms, dcl(host, proj, "caddy"), json.dumps(base, separators=(",", ":")))

    def access(ms, uri, status, size, dur):
        caddy(ms, {"logger": "http.log.access.log0", "msg": "handled request",
                   "request": {"remote_ip": "%d.%d.%d.%d" % (rng.randrange(80, 95), rng.randrange(256), rng.randrange(256), rng.randrange(1, 255)),
                               "remote_port": str(rng.randrange(30000, 65000)), "proto": "HTTP/2.0", "method": "GET",
                               "host": site, "uri": uri,
                               "headers": {"User-Agent": [pick(rng, BROWSER_UAS)]},
                               "tls": {"resumed": False, "version": 772, "cipher_suite": 4865, "proto": "h2", "server_name": site}},
                   "bytes_read": 0, "user_id": "", "duration": dur, "size": size, "status": status,
                   "resp_headers": {"Content-Type": ["application/json" if uri.startswith("/api") else "text/html; charset=UTF-8"]}})

    def fpm(ms, msg):
        w.add(ms, dcl(host, proj, "php"), "[%s] %s" % (phpfpm_ts(ms), msg))

    zones = ["north", "centre", "harbour", "airport-road", "east-ring"]
    for k in range(4):
        access(t + k * 1500 + rng.randrange(400), "/api/positions?zone=%s" % pick(rng, zones), 200,
               rng.randrange(3000, 9000), round(0.004 + rng.random() * 0.03, 6))
    t += 7000
    caddy(t, {"logger": "tls.cache.maintenance", "msg": "certificate expires soon; queuing for renewal",
              "identifiers": [site], "remaining": 2591412.0815})
    t += 5
    caddy(t, {"logger": "tls.renew", "msg": "acquiring lock", "identifier": site})
    caddy(t + 2, {"logger": "tls.renew", "msg": "lock acquired", "identifier": site})
    caddy(t + 3, {"logger": "tls.renew", "msg": "renewing certificate", "identifier": site, "remaining": 2591411.9})
    t += 600
    caddy(t, {"logger": "http.acme_client", "msg": "trying to solve challenge", "identifier": site,
              "challenge_type": "tls-alpn-01", "ca": "https://acme-v02.api.letsencrypt.org/directory"})
    t += 900
    caddy(t, {"logger": "tls", "msg": "served key authentication certificate", "server_name": site,
              "challenge": "tls-alpn-01", "remote": "23.178.112.%d:41222" % rng.randrange(2, 250), "distributed": False})
    fpm(t + 50, "WARNING: [pool www] child %d said into stderr: \"PHP Deprecated:  Creation of dynamic property "
        "Plough\\Cache\\PositionCache::$ttl is deprecated in /var/www/html/src/Cache/PositionCache.php on line 27\"" % rng.randrange(100, 400))
    t += 1500
    caddy(t, {"logger": "http.acme_client", "msg": "authorization finalized", "identifier": site, "authz_status": "valid"})
    caddy(t + 5, {"logger": "http.acme_client", "msg": "validations succeeded; finalizing order",
                  "order": "https://acme-v02.api.letsencrypt.org/acme/order/%d/%d" % (rng.randrange(10**8, 10**9), rng.randrange(10**10, 10**11))})
    t += 1800
    caddy(t, {"logger": "http.acme_client", "msg": "successfully downloaded available certificate chains", "count": 2,
              "first_url": "https://acme-v02.api.letsencrypt.org/acme/cert/%s" % hexs(rng, 36)})
    caddy(t + 3, {"logger": "tls.renew", "msg": "certificate renewed successfully", "identifier": site, "issuer": "acme-v02.api.letsencrypt.org-directory"})
    caddy(t + 4, {"logger": "tls.renew", "msg": "releasing lock", "identifier": site})
    caddy(t + 6, {"logger": "tls", "msg": "reloading managed certificate", "identifiers": [site]})
    caddy(t + 8, {"level": "warn", "logger": "tls", "msg": "stapling OCSP",
                  "error": "no OCSP stapling for [%s]: no OCSP server specified in certificate" % site, "identifiers": [site]})
    caddy(t + 9, {"logger": "tls.cache", "msg": "replaced certificate in cache", "subjects": [site], "new_expiration": "%sT%s" % (iso(t + 90 * 86400000)[:10], "07:41:09Z")})
    t += 3000
    access(t, "/wp-login.php", 404, 0, 0.000612)
    access(t + 300, "/.env", 404, 0, 0.000431)
    fpm(t + 900, "WARNING: [pool www] child %d said into stderr: \"cache miss positions:zone=harbour, rebuilding from PostGIS (41 vehicles)\"" % rng.randrange(100, 400))
    access(t + 1100, "/api/positions?zone=harbour", 200, rng.randrange(3000, 9000), 0.141233)
    t += 4000
    cpid = rng.randrange(100, 400)
    fpm(t, "NOTICE: [pool www] child %d exited with code 0 after %d.%06d seconds from start" % (cpid, rng.randrange(1000, 4000), rng.randrange(10**6)))
    fpm(t + 1, "NOTICE: [pool www] child %d started" % (cpid + rng.randrange(50, 90)))
    for k in range(5):
        t += rng.randrange(700, 2500)
        if k == 2:
            access(t, "/static/map.js", 304, 0, 0.000212)
        else:
            access(t, "/api/positions?zone=%s" % pick(rng, zones), 200, rng.randrange(3000, 9000), round(0.004 + rng.random() * 0.03, 6))
    return record(
        "winterroads",
        "Caddy renewed certificates and logged an OCSP warning, and PHP prints warnings on the public plough map - is the map affected?",
        None, w, "INFO", "none", None,
        "No incident: a routine automatic certificate renewal and ordinary application noise.",
        "Caddy renewed the ploughmap certificate through a TLS-ALPN challenge and reloaded it; the OCSP warning "
        "only means the new certificate has no OCSP responder. PHP-FPM recycled a child after its max requests, "
        "the PHP deprecation and the cache-miss message are informational, the 404s are bot scans, and map API "
        "requests return 200.",
        "Nothing to do; optionally declare the PositionCache::$ttl property before PHP 9.")


def airflow_ts(ms):
    y, mo, d, h, mi, s, f = parts(ms)
    return "%04d-%02d-%02dT%02d:%02d:%02d.%03d+0000" % (y, mo, d, h, mi, s, f)


def b_airflow_payout_recon():
    rng = rng_for("b_airflow_payout_recon")
    w = Win()
    ns = "data"
    day = day_ms(rng)
    t = day + 2 * 3600000 + rng.randrange(2000, 9000)
    sched = pod_of(rng, "airflow-scheduler")
    snode, wnode = TU_NODES[3], TU_NODES[1]
    y, mo, d, _, _, _, _ = parts(day - 86400000)
    logical = "%04d-%02d-%02dT02:00:00+00:00" % (y, mo, d)
    ld = "%04d-%02d-%02d 02:00:00+00:00" % (y, mo, d)
    run_id = "scheduled__" + logical
    dag = "tutor_payout_reconciliation"

    def sc(ms, src, lvl, msg):
        w.add(ms, pl(ns, sched, "scheduler", snode, "airflow-scheduler"),
              "[%s] {%s} %s - %s" % (airflow_ts(ms), src, lvl, msg))

    def wk(ms, src, lvl, msg):
        w.add(ms, pl(ns, "airflow-worker-1", "worker", wnode, "airflow-worker"),
              "[%s] {%s} %s - %s" % (airflow_ts(ms), src, lvl, msg))

    def ti(task, state):
        return "<TaskInstance: %s.%s %s [%s]>" % (dag, task, run_id, state)

    def run_task(ms, task, op, attempt, ok, extra_lines):
        wk(ms, "taskinstance.py:2612", "INFO", "Dependencies all met for dep_context=non-requeueable deps ti=%s" % ti(task, "queued"))
        wk(ms + 3, "taskinstance.py:2865", "INFO", "Starting attempt %d of 3" % attempt)
        wk(ms + 5, "taskinstance.py:2888", "INFO", "Executing <Task(%s): %s> on %s" % (op, task, ld))
        ms += 200
        for dt, src, lvl, msg in extra_lines:
            wk(ms + dt, src, lvl, msg)
            last = ms + dt
        ms = last + 30
        y2, mo2, d2, h2, mi2, s2, _ = parts(ms)
        st = "SUCCESS" if ok else "UP_FOR_RETRY"
        wk(ms, "taskinstance.py:1225", "INFO", "Marking task as %s. dag_id=%s, task_id=%s, run_id=%s, execution_date=%04d%02d%02dT020000, "
           "start_date=%s, end_date=%04d%02d%02dT%02d%02d%02d" % (st, dag, task, run_id, y, mo, d,
                                                                 "%04d%02d%02dT%02d%02d%02d" % parts(ms - 9000)[:6], y2, mo2, d2, h2, mi2, s2))
        wk(ms + 400, "local_task_job_runner.py:243", "INFO", "Task exited with return code %d" % (0 if ok else 1))
        return ms + 500

    sc(t - 2000, "scheduler_job_runner.py:423", "INFO", "1 tasks up for execution: %s" % ti("fetch_provider_statements", "scheduled"))
    sc(t - 1990, "scheduler_job_runner.py:636", "INFO", "Sending TaskInstanceKey(dag_id='%s', task_id='fetch_provider_statements', "
       "run_id='%s', try_number=1, map_index=-1) to CeleryExecutor with priority 3 and queue default" % (dag, run_id))
    wk(t - 500, "logging_mixin.py:188", "WARNING", "/opt/airflow/dags/payouts/reconcile.py:18 RemovedInAirflow3Warning: Param "
       "`schedule_interval` is deprecated and will be removed in a future release. Please use `schedule` instead.")
    err = ("requests.exceptions.ConnectionError: HTTPSConnectionPool(host='api.payouts-provider.example', port=443): "
           "Max retries exceeded with url: /v1/payouts?created_from=%04d-%02d-%02d (Caused by "
           "NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f3c%s>: Failed to establish a new "
           "connection: [Errno 111] Connection refused'))" % (y, mo, d, hexs(rng, 8)))
    t = run_task(t, "fetch_provider_statements", "PythonOperator", 1, False, [
        (4800, "taskinstance.py:3311", "ERROR", "Task failed with exception"),
        (4801, "taskinstance.py:3311", "ERROR", err)])
    t += 300000
    sc(t - 1000, "scheduler_job_runner.py:636", "INFO", "Sending TaskInstanceKey(dag_id='%s', task_id='fetch_provider_statements', "
       "run_id='%s', try_number=2, map_index=-1) to CeleryExecutor with priority 3 and queue default" % (dag, run_id))
    n = rng.randrange(1500, 2200)
    t = run_task(t, "fetch_provider_statements", "PythonOperator", 2, True, [
        (3100, "reconcile.py:54", "INFO", "fetched %d provider payout records (3 pages)" % n),
        (3105, "python.py:240", "INFO", "Done. Returned value was: %d" % n)])
    t += 2500
    t = run_task(t, "match_ledger", "PythonOperator", 1, True, [
        (8200, "reconcile.py:97", "INFO", "Reconciled %d payouts: %d matched, 0 mismatched, 0 errors" % (n, n)),
        (8201, "python.py:240", "INFO", "Done. Returned value was: None")])
    t += 2000
    t = run_task(t, "publish_report", "PythonOperator", 1, True, [
        (1400, "reconcile.py:133", "INFO", "report written to gs://tutor-finance-reports/reconciliation/%04d-%02d-%02d.csv" % (y, mo, d)),
        (1401, "python.py:240", "INFO", "Done. Returned value was: None")])
    t += 1500
    sc(t, "dagrun.py:854", "INFO", "Marking run <DagRun %s @ %s: %s, state:running, queued_at: %s externally triggered: False> successful"
       % (dag, ld, run_id, "%04d-%02d-%02d 02:00:00.812311+00:00" % parts(day)[:3]))
    y2, mo2, d2, h2, mi2, s2, f2 = parts(t)
    sc(t + 2, "dagrun.py:905", "INFO", "DagRun Finished: dag_id=%s, execution_date=%s, run_id=%s, run_start_date=%04d-%02d-%02d 02:00:01.%06d+00:00, "
       "run_end_date=%s+00:00, run_duration=%d.%06d, state=success, external_trigger=False, run_type=scheduled, "
       "data_interval_start=%s, data_interval_end=%04d-%02d-%02d 02:00:00+00:00, dag_hash=%s"
       % (dag, ld, run_id, y2, mo2, d2, rng.randrange(10**6), dt_space(t, ".", 6), (t - (day + 7200000)) // 1000,
          rng.randrange(10**6), ld, y2, mo2, d2, hexs(rng, 32)))
    return record(
        "tutoring",
        "The tutor payout reconciliation DAG logged 'Connection refused' and a failed task - were tutors' payouts reconciled last night?",
        k8s_selector(ns), w, "INFO", "none", None,
        "No incident: a transient failure of one task attempt that Airflow retried successfully.",
        "fetch_provider_statements failed on attempt 1 because the provider API refused the connection, was "
        "marked UP_FOR_RETRY and succeeded on attempt 2; matching reported 0 mismatched and 0 errors and the DAG "
        "run finished with state=success. The RemovedInAirflow3Warning is a deprecation notice.",
        "Nothing to do; optionally switch the DAG from schedule_interval to schedule.")

def os_ts(ms):
    y, mo, d, h, mi, s, f = parts(ms)
    return "%04d-%02d-%02dT%02d:%02d:%02d,%03d" % (y, mo, d, h, mi, s, f)


def b_opensearch_restart():
    rng = rng_for("b_opensearch_restart")
    w = Win()
    ns = "road-weather"
    t = start_ms(rng, 3, 5)
    mnode, dnode = WR_NODES[0], WR_NODES[4]
    ipod = pod_of(rng, "weather-ingest")
    inode = WR_NODES[2]
    d2id = "{opensearch-data-2}{%s}{%s}{10.60.4.%d}{10.60.4.%d:9300}{d}{shard_indexing_pressure_enabled=true}" % (
        alnum(rng, 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"),
        alnum(rng, 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"), 37, 37)

    def osl(ms, pod, node, lvl, logger, msg):
        w.add(ms, pl(ns, pod, "opensearch", node, "opensearch"),
              "[%s][%-5s][%-30s] [%s] %s" % (os_ts(ms), lvl, logger, pod, msg))

    def ing(ms, lvl, msg):
        w.add(ms, pl(ns, ipod, "ingest", inode, "weather-ingest"),
              "%s %s weather_ingest.bulk: %s" % (dt_space(ms, ","), lvl, msg))

    y, mo, d, _, _, _, _ = parts(t)
    idx = "road-weather-%04d.%02d.%02d" % (y, mo, d)
    for k in range(2):
        ing(t + k * 15000, "INFO", "bulk indexed %d docs from 38 stations into %s (0 errors)" % (rng.randrange(400, 520), idx))
    t += 32000
    w.add(t, evl(ns), kev("Normal", "Killing", "Pod", "opensearch-data-2", "kubelet", dnode, "Stopping container opensearch"))
    t += 300
    osl(t, "opensearch-data-2", dnode, "INFO", "o.o.n.Node", "stopping ...")
    osl(t + 900, "opensearch-data-2", dnode, "INFO", "o.o.n.Node", "stopped")
    osl(t + 901, "opensearch-data-2", dnode, "INFO", "o.o.n.Node", "closing ...")
    osl(t + 1200, "opensearch-data-2", dnode, "INFO", "o.o.n.Node", "closed")
    t += 1500
    osl(t, "opensearch-master-0", mnode, "INFO", "o.o.c.s.MasterService",
        "node-left[%s reason: disconnected], term: 12, version: 4412, delta: removed {%s}" % (d2id, d2id))
    t += 60
    osl(t, "opensearch-master-0", mnode, "INFO", "o.o.c.r.a.AllocationService",
        "Cluster health status changed from [GREEN] to [YELLOW] (reason: [%s reason: disconnected])." % d2id)
    t += 20
    osl(t, "opensearch-master-0", mnode, "INFO", "o.o.c.r.DelayedAllocationService",
        "scheduling reroute for delayed shards in [59.8s] (42 delayed shards)")
    t += 3000
    ing(t, "WARNING", "bulk request partially rejected: 12 of 488 items failed with es_rejected_execution_exception (status 429), retrying in 2s")
    t += 2100
    ing(t, "INFO", "retry succeeded: 12 docs indexed into %s (0 errors)" % idx)
    t += 8000
    w.add(t, evl(ns), kev("Normal", "Started", "Pod", "opensearch-data-2", "kubelet", dnode, "Started container opensearch"))
    t += 6000
    osl(t, "opensearch-data-2", dnode, "INFO", "o.o.n.Node", "version[2.17.1], pid[1], build[tar/1893d20797e30110e5877170e44d42275ce5951e/2024-09-26T00:30:06.829476387Z], OS[Linux/6.8.0-49-generic/amd64], JVM[Eclipse Adoptium/OpenJDK 64-Bit Server VM/21.0.4/21.0.4+7-LTS]")
    t += 7000
    osl(t, "opensearch-data-2", dnode, "INFO", "o.o.c.c.JoinHelper", "failed to join {opensearch-master-0}{%s}{%s}{10.60.1.12}{10.60.1.12:9300}{m}{shard_indexing_pressure_enabled=true} with "
        "JoinRequest{sourceNode=%s, minimumTerm=12, optionalJoin=Optional.empty}" % (
            alnum(rng, 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"),
            alnum(rng, 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"), d2id))
    t += 1500
    osl(t, "opensearch-master-0", mnode, "INFO", "o.o.c.s.MasterService",
        "node-join[%s join existing leader], term: 12, version: 4420, delta: added {%s}" % (d2id, d2id))
    t += 900
    osl(t, "opensearch-data-2", dnode, "INFO", "o.o.n.Node", "started")
    for k in range(2):
        t += rng.randrange(4000, 9000)
        ing(t, "INFO", "bulk indexed %d docs from 38 stations into %s (0 errors)" % (rng.randrange(400, 520), idx))
    t += 14000
    osl(t, "opensearch-master-0", mnode, "INFO", "o.o.c.r.a.AllocationService",
        "Cluster health status changed from [YELLOW] to [GREEN] (reason: [shards started [[%s][1]]])." % idx)
    t += 30000
    old = "road-weather-%04d.%02d.%02d" % parts(t - 90 * 86400000)[:3]
    osl(t, "opensearch-master-0", mnode, "INFO", "o.o.c.m.MetadataDeleteIndexService", "[%s/%s] deleting index" % (
        old, alnum(rng, 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")))
    t += 12000
    ing(t, "INFO", "bulk indexed %d docs from 38 stations into %s (0 errors)" % (rng.randrange(400, 520), idx))
    return record(
        "winterroads",
        "OpenSearch went YELLOW and the weather ingest got 429 rejections - are road-weather readings missing?",
        k8s_selector(ns), w, "INFO", "none", None,
        "No incident: a planned restart of opensearch-data-2.",
        "While the data node restarted the cluster was YELLOW with delayed replica allocation, a bulk request "
        "was partly rejected with 429 and the retry indexed the documents, the node rejoined and health went "
        "back to GREEN. The index deletion is the 90-day retention policy and every bulk reports 0 errors.",
        "Nothing to do.")


def hclog(ms, lvl, msg):
    return "%s [%s]%s%s" % (iso(ms), lvl, " " * (6 - len(lvl)), msg)


def b_vault_consul_failover():
    rng = rng_for("b_vault_consul_failover")
    w = Win()
    host = "vault01"
    t = start_ms(rng, 5, 7)

    def v(ms, lvl, msg):
        w.add(ms, jl(host, "vault.service"), hclog(ms, lvl, msg))

    def c(ms, lvl, msg):
        w.add(ms, jl(host, "consul.service"), hclog(ms, lvl, msg))

    def sd(ms, unit, msg):
        w.add(ms, jl(host, unit), msg)

    for k in range(3):
        v(t + k * 4000, "INFO", "expiration: revoked lease: lease_id=database/creds/wms-readonly/%s"
          % alnum(rng, 24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"))
    c(t + 2000, "INFO", "agent: Synced check: check=service:vault:10.20.2.11:8200")
    t += 15000
    c(t, "INFO", "agent.client.serf.lan: serf: EventMemberLeave: vault02 10.20.2.12")
    c(t + 2, "INFO", "agent.server.serf.lan: serf: EventMemberLeave: vault02 10.20.2.12")
    t += 400
    c(t, "WARN", "agent.server.raft: heartbeat timeout reached, starting election: last-leader-addr=10.20.2.12:8300 "
                 "last-leader-id=%s" % uuid(rng))
    c(t + 1, "INFO", "agent.server.raft: entering candidate state: node=\"Node at 10.20.2.11:8300 [Candidate]\" term=43")
    c(t + 30, "INFO", "agent.server.raft: election won: term=43 tally=2")
    c(t + 31, "INFO", "agent.server.raft: entering leader state: leader=\"Node at 10.20.2.11:8300 [Leader]\"")
    c(t + 33, "INFO", "agent.server: cluster leadership acquired")
    c(t + 35, "INFO", "agent.server: New leader elected: payload=vault01")
    c(t + 40, "INFO", "agent.leader: started routine: routine=\"CA root pruning\"")
    t += 1800
    v(t, "INFO", "core: acquired lock, enabling active operation")
    v(t + 50, "INFO", "core: post-unseal setup starting")
    v(t + 60, "INFO", "core: loaded wrapping token key")
    v(t + 62, "INFO", "core: successfully setup plugin runtime catalog")
    v(t + 64, "INFO", "core: successfully setup plugin catalog: plugin-directory=\"\"")
    v(t + 70, "INFO", "core: successfully mounted: type=kv version=\"v0.20.0+builtin\" path=secret/ namespace=\"ID: root. Path: \"")
    v(t + 72, "INFO", "core: successfully mounted: type=database version=\"v1.18.2+builtin.vault\" path=database/ namespace=\"ID: root. Path: \"")
    v(t + 74, "INFO", "core: successfully mounted: type=pki version=\"v1.18.2+builtin.vault\" path=pki_int/ namespace=\"ID: root. Path: \"")
    v(t + 200, "INFO", "core: restoring leases")
    v(t + 240, "INFO", "expiration: lease restore complete")
    v(t + 260, "INFO", "identity: entities restored")
    v(t + 262, "INFO", "identity: groups restored")
    v(t + 300, "INFO", "core: post-unseal setup complete")
    t += 2000
    c(t, "WARN", "agent: Check is now critical: check=vault:10.20.2.12:8200:vault-sealed-check")
    t += 40000
    c(t, "INFO", "agent.client.serf.lan: serf: EventMemberJoin: vault02 10.20.2.12")
    c(t + 2, "INFO", "agent.server.serf.lan: serf: EventMemberJoin: vault02 10.20.2.12")
    ids = [uuid(rng) for _ in range(3)]
    c(t + 900, "INFO", "agent.server.raft: updating configuration: command=AddVoter server-id=%s server-addr=10.20.2.12:8300 "
                       "servers=\"[{Suffrage:Voter ID:%s Address:10.20.2.11:8300} {Suffrage:Voter ID:%s Address:10.20.2.13:8300} "
                       "{Suffrage:Voter ID:%s Address:10.20.2.12:8300}]\"" % (ids[2], ids[0], ids[1], ids[2]))
    t += 15000
    c(t, "INFO", "agent: Synced check: check=vault:10.20.2.12:8200:vault-sealed-check")
    t += 2000
    v(t, "INFO", "expiration: revoked lease: lease_id=database/creds/wms-readonly/%s"
      % alnum(rng, 24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"))
    t += 60000
    sd(t, "init.scope", "Starting consul-snapshot.service - Consul snapshot to local disk...")
    sd(t + 900, "consul-snapshot.service", "Saved and verified snapshot to index %d" % rng.randrange(800000, 900000))
    sd(t + 950, "init.scope", "consul-snapshot.service: Deactivated successfully.")
    sd(t + 951, "init.scope", "Finished consul-snapshot.service - Consul snapshot to local disk.")
    t += 5000
    c(t, "INFO", "agent: Synced node info")
    return record(
        "coldchain",
        "Consul started an election and a Vault check went critical on vault01 - can the WMS still get database credentials?",
        None, w, "INFO", "none", None,
        "No incident: a planned restart of vault02 with a completed Vault and Consul leadership handover.",
        "vault02 left the cluster for maintenance; vault01 won the Consul raft election and acquired the Vault "
        "HA lock, mounted all secret engines and restored leases. The sealed-check went critical only while "
        "vault02 restarted and synced green again after it rejoined; lease revocations are normal expiry and the "
        "snapshot job succeeded.",
        "Nothing to do.")


def b_dotnet_booking_rollout():
    rng = rng_for("b_dotnet_booking_rollout")
    w = Win()
    ns = "booking"
    t = start_ms(rng, 9, 15)
    old_rs, new_rs = k8s_rand(rng, 10), k8s_rand(rng, 10)
    olds = [pod_of(rng, "booking-api", old_rs) for _ in range(3)]
    news = [pod_of(rng, "booking-api", new_rs) for _ in range(3)]
    onodes = [TU_NODES[0], TU_NODES[2], TU_NODES[4]]
    nnodes = [TU_NODES[1], TU_NODES[3], TU_NODES[0]]

    def dn(ms, pod, node, lvl, cat, msg):
        w.add(ms, pl(ns, pod, "booking-api", node, "booking-api"), "%s: %s %s" % (lvl, cat, msg))

    def req(ms, pod, node):
        path = pick(rng, ["/api/lessons/upcoming", "/api/tutors/%d/slots" % rng.randrange(1000, 9000), "/api/bookings"])
        dn(ms, pod, node, "info", "Microsoft.AspNetCore.Hosting.Diagnostics[2]",
           "Request finished HTTP/1.1 GET http://booking-api.booking.svc%s - %d null application/json; charset=utf-8 %d.%04dms"
           % (path, 200, rng.randrange(3, 60), rng.randrange(10000)))

    for k in range(4):
        i = k % 3
        req(t + k * 2500, olds[i], onodes[i])
    t += 12000
    for i in range(3):
        w.add(t, evl(ns), kev("Normal", "ScalingReplicaSet", "Deployment", "booking-api", "deployment-controller", None,
                              "Scaled up replica set booking-api-%s to %d" % (new_rs, i + 1) if i == 0 else
                              "Scaled up replica set booking-api-%s to %d from %d" % (new_rs, i + 1, i)))
        w.add(t + 20, evl(ns), kev("Normal", "Scheduled", "Pod", news[i], "default-scheduler", None,
                                   "Successfully assigned booking/%s to %s" % (news[i], nnodes[i])))
        t += 1500
        w.add(t, evl(ns), kev("Normal", "Started", "Pod", news[i], "kubelet", nnodes[i], "Started container booking-api"))
        t += 700
        pip = "10.52.%d.%d" % (rng.randrange(0, 6), rng.randrange(2, 250))
        if i == 0:
            w.add(t, evl(ns), kev("Warning", "Unhealthy", "Pod", news[i], "kubelet", nnodes[i],
                                  'Startup probe failed: Get "http://%s:8080/healthz/startup": dial tcp %s:8080: connect: connection refused' % (pip, pip)))
        t += 900
        dn(t, news[i], nnodes[i], "warn", "Microsoft.AspNetCore.DataProtection.Repositories.FileSystemXmlRepository[60]",
           "Storing keys in a directory '/home/app/.aspnet/DataProtection-Keys' that may not be persisted outside of the "
           "container. Protected data will be unavailable when container is destroyed. For more information go to "
           "https://aka.ms/aspnet/dataprotectionwarning")
        dn(t + 200, news[i], nnodes[i], "warn", "Microsoft.EntityFrameworkCore.Model.Validation[10622]",
           "Entity 'Lesson' has a global query filter defined and is the required end of a relationship with the entity "
           "'LessonNote'. This may lead to unexpected results when the required entity is filtered out. Either configure "
           "the navigation as optional, or define matching query filters for both entities in the navigation. See "
           "https://go.microsoft.com/fwlink/?linkid=2131316 for more information.")
        dn(t + 600, news[i], nnodes[i], "info", "Microsoft.Hosting.Lifetime[14]", "Now listening on: http://[::]:8080")
        dn(t + 601, news[i], nnodes[i], "info", "Microsoft.Hosting.Lifetime[0]", "Application started. Press Ctrl+C to shut down.")
        dn(t + 602, news[i], nnodes[i], "info", "Microsoft.Hosting.Lifetime[0]", "Hosting environment: Production")
        dn(t + 603, news[i], nnodes[i], "info", "Microsoft.Hosting.Lifetime[0]", "Content root path: /app")
        t += 4000
        w.add(t, evl(ns), kev("Normal", "ScalingReplicaSet", "Deployment", "booking-api", "deployment-controller", None,
                              "Scaled down replica set booking-api-%s to %d from %d" % (old_rs, 2 - i, 3 - i)))
        w.add(t + 30, evl(ns), kev("Normal", "Killing", "Pod", olds[i], "kubelet", onodes[i], "Stopping container booking-api"))
        dn(t + 60, olds[i], onodes[i], "info", "Microsoft.Hosting.Lifetime[0]", "Application is shutting down...")
        req(t + 900, news[i], nnodes[i])
        if i == 1:
            cal = "http://tutor-calendar.booking.svc:8080/api/availability/%d" % rng.randrange(1000, 9000)
            dn(t + 1500, news[i], nnodes[i], "info", "System.Net.Http.HttpClient.TutorCalendarClient.LogicalHandler[100]",
               "Start processing HTTP request GET %s" % cal)
            dn(t + 1516, news[i], nnodes[i], "warn", "Polly[3]",
               "Execution attempt. Source: 'TutorCalendarClient-standard//Standard-Retry', Operation Key: '', Result: '503', "
               "Handled: 'True', Attempt: '0', Execution Time: 14.2117ms")
            dn(t + 1760, news[i], nnodes[i], "info", "Polly[3]",
               "Execution attempt. Source: 'TutorCalendarClient-standard//Standard-Retry', Operation Key: '', Result: '200', "
               "Handled: 'False', Attempt: '1', Execution Time: 21.8342ms")
            dn(t + 1761, news[i], nnodes[i], "info", "System.Net.Http.HttpClient.TutorCalendarClient.LogicalHandler[101]",
               "End processing HTTP request after 261.4419ms - 200")
        t += 3000
    for k in range(4):
        i = rng.randrange(3)
        req(t + k * 2000, news[i], nnodes[i])
    return record(
        "tutoring",
        "booking-api pods were killed, a startup probe failed and Polly logged a 503 - are lesson bookings failing?",
        k8s_selector(ns, "booking-api"), w, "INFO", "none", None,
        "No incident: a normal rolling deployment of booking-api.",
        "Each new pod started (one startup probe failed before Kestrel was listening), became ready, and only "
        "then was an old pod stopped with a graceful 'Application is shutting down'. The 503 from tutor-calendar "
        "was retried by the standard resilience handler and succeeded; the DataProtection and EF Core warnings "
        "are configuration notices. Requests return 200 throughout.",
        "Nothing to do; optionally persist DataProtection keys outside the container.")

# ================================================================ WARN
def b_ingest_oom_one_replica():
    rng = rng_for("b_ingest_oom_one_replica")
    w = Win()
    ns = "coldchain-telemetry"
    t = start_ms(rng, 0, 22)
    rs = k8s_rand(rng, 10)
    pods = [pod_of(rng, "telemetry-ingest", rs) for _ in range(3)]
    nodes = [CC_NODES[0], CC_NODES[2], CC_NODES[3]]
    victim = 1
    vnode = nodes[victim]
    parts_of = {0: [0, 1, 2, 3], 1: [4, 5, 6, 7], 2: [8, 9, 10, 11]}
    offs = {p: rng.randrange(4000000, 9000000) for p in range(12)}

    def ing(ms, i, lvl, msg):
        w.add(ms, pl(ns, pods[i], "ingest", nodes[i], "telemetry-ingest"),
              "%s %-5s [%s] telemetry_ingest.%s" % (dt_space(ms, ","), lvl, "MainThread", msg))

    def commit(ms, i, lag):
        p = pick(rng, parts_of[i])
        offs[p] += rng.randrange(400, 2000)
        ing(ms, i, "INFO", "consumer: committed offsets topic=reefer.telemetry partition=%d offset=%d batch=%d lag=%d"
            % (p, offs[p], rng.randrange(300, 500), lag))

    for k in range(6):
        commit(t + k * 2500 + rng.randrange(300), k % 3 if k % 3 != victim else 0, rng.randrange(5, 40))
    t += 16000
    ing(t, victim, "INFO", "consumer: fetched backlog from partition 6: 2000 records (%d.%d MiB) after reconnect of 41 reefer units"
        % (rng.randrange(150, 190), rng.randrange(10)))
    t += 2400
    pid = rng.randrange(3000, 9000)
    kl = lambda ms, msg, ev=False: w.add(ms, nodel(vnode, "kernel"), msg, ev)
    kl(t, "python3 invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=992", True)
    kl(t + 1, "memory: usage 786432kB, limit 786432kB, failcnt 214")
    kl(t + 2, "oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=cri-containerd-%s.scope,mems_allowed=0,"
              "oom_memcg=/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod%s.slice/cri-containerd-%s.scope,"
              "task_memcg=/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod%s.slice/cri-containerd-%s.scope,"
              "task=python3,pid=%d,uid=10001" % (hexs(rng, 64), uuid(rng).replace("-", "_"), hexs(rng, 64),
                                                  uuid(rng).replace("-", "_"), hexs(rng, 64), pid))
    kl(t + 3, "Memory cgroup out of memory: Killed process %d (python3) total-vm:1438212kB, anon-rss:781944kB, "
              "file-rss:13220kB, shmem-rss:0kB, UID:10001 pgtables:1808kB oom_score_adj:992" % pid, True)
    kl(t + 40, "oom_reaper: reaped process %d (python3), now anon-rss:0kB, file-rss:0kB, shmem-rss:0kB" % pid)
    cid = hexs(rng, 64)
    w.add(t + 90, nodel(vnode, "containerd.service"),
          ctrd(t + 90, "info", "TaskExit event in podsandbox handler container_id:\"%s\" id:\"%s\" pid:%d exit_status:137 "
                              "exited_at:{seconds:%d nanos:%d}" % (cid, cid, pid, epoch_s(t + 90), sub_ns(t + 90))))
    w.add(t + 120, evl(ns), kev("Warning", "OOMKilling", "Node", vnode, "kernel-monitor", vnode,
                                "Memory cgroup out of memory: Killed process %d (python3) total-vm:1438212kB, anon-rss:781944kB, "
                                "file-rss:13220kB, shmem-rss:0kB, UID:10001 pgtables:1808kB oom_score_adj:992" % pid), True)
    w.add(t + 300, nodel(vnode, "kubelet.service"),
          klog("I", t + 300, 2210, "kubelet.go:2461",
               '"SyncLoop (PLEG): event for pod" pod="%s/%s" event={"ID":"%s","Type":"ContainerDied","Data":"%s"}'
               % (ns, pods[victim], uuid(rng), cid)))
    # the other replicas take over partitions during the rebalance - the loudest part of the window
    t += 9500
    for i in (0, 2):
        ing(t + rng.randrange(200), i, "WARNING", "consumer: rebalance: partitions revoked [%s]" % ", ".join(str(p) for p in parts_of[i]))
        ing(t + 600 + rng.randrange(200), i, "INFO", "consumer: rebalance: partitions assigned [%s]"
            % ", ".join(str(p) for p in parts_of[i] + (parts_of[victim][:2] if i == 0 else parts_of[victim][2:])))
    w.add(t + 300, evl(ns), kev("Normal", "Pulled", "Pod", pods[victim], "kubelet", vnode,
                                'Container image "acrcoldchain.azurecr.io/telemetry-ingest:2.8.1" already present on machine'))
    w.add(t + 400, evl(ns), kev("Normal", "Created", "Pod", pods[victim], "kubelet", vnode, "Created container ingest"))
    w.add(t + 500, evl(ns), kev("Normal", "Started", "Pod", pods[victim], "kubelet", vnode, "Started container ingest"))
    ing(t + 1400, victim, "INFO", "main: telemetry-ingest 2.8.1 starting (max_poll_records=2000, workers=4)")
    lag = 4100
    for k in range(10):
        t += rng.randrange(1500, 3000)
        i = 0 if k % 2 == 0 else 2
        lag = max(30, lag - rng.randrange(300, 700))
        commit(t, i, lag)
    t += 6000
    for i in (0, 2):
        ing(t + rng.randrange(200), i, "WARNING", "consumer: rebalance: partitions revoked [%s]" % ", ".join(
            str(p) for p in parts_of[i] + (parts_of[victim][:2] if i == 0 else parts_of[victim][2:])))
        ing(t + 600 + rng.randrange(200), i, "INFO", "consumer: rebalance: partitions assigned [%s]" % ", ".join(str(p) for p in parts_of[i]))
    ing(t + 900, victim, "INFO", "consumer: rebalance: partitions assigned [4, 5, 6, 7]")
    for k in range(6):
        t += rng.randrange(1500, 3000)
        commit(t, k % 3, rng.randrange(5, 60))
    return record(
        "coldchain",
        "Freezer telemetry lag jumped for a few minutes - is the Kafka cluster having trouble?",
        k8s_selector(ns), w, "WARN", "oom_killed", "telemetry-ingest",
        "One telemetry-ingest replica was OOM-killed (exit 137) by the 768Mi memory limit while decoding a 2000-record "
        "backlog batch after 41 reefer units reconnected.",
        "A single telemetry-ingest pod hit its memory limit and was restarted; the other two replicas took over its "
        "partitions, consumer lag peaked and drained, and the restarted pod rejoined. Kafka itself was fine.",
        "Raise the ingest memory limit or lower max_poll_records so a full backlog batch fits; watch for repeats.")


def envoy_line(rng, ms, method, path, status, flags, details, dur, authority, upstream_host, cluster, ua="Go-http-client/1.1"):
    return ('[%s] "%s %s HTTP/1.1" %d %s %s - "-" 0 %d %d %s "-" "%s" "%s" "%s" "%s" %s 10.52.%d.%d:%d 10.96.%d.%d:8080 '
            '10.52.%d.%d:%d - default' % (
                iso(ms), method, path, status, flags, details, rng.randrange(20, 3000) if status < 300 else 24, dur,
                (str(max(dur - 1, 0)) if status < 500 else "-"), ua, uuid(rng), authority, upstream_host, cluster,
                rng.randrange(0, 6), rng.randrange(2, 250), rng.randrange(30000, 60000), rng.randrange(0, 40),
                rng.randrange(2, 250), rng.randrange(0, 6), rng.randrange(2, 250), rng.randrange(30000, 60000)))


def b_signaling_slow_availability():
    rng = rng_for("b_signaling_slow_availability")
    w = Win()
    ns = "lessons"
    t = start_ms(rng, 16, 20)
    spods = [pod_of(rng, "lesson-signaling") for _ in range(2)]
    snodes = [TU_NODES[0], TU_NODES[3]]
    apod = pod_of(rng, "tutor-availability")
    anode = TU_NODES[2]
    auth = "tutor-availability.lessons.svc.cluster.local:8080"
    cluster = "outbound|8080||tutor-availability.lessons.svc.cluster.local"
    ahost = "10.52.2.%d:8080" % rng.randrange(2, 250)

    def env(ms, i, status, flags, details, dur, ev=False):
        path = "/v1/availability?tutor=%d&week=%s" % (rng.randrange(1000, 9000), iso(ms)[:10])
        w.add(ms, pl(ns, spods[i], "istio-proxy", snodes[i], "lesson-signaling"),
              envoy_line(rng, ms, "GET", path, status, flags, details, dur, auth, ahost, cluster, "node"), ev)

    def sig(ms, i, lvl, msg, extra):
        d = {"level": lvl, "time": ms, "pid": 1, "hostname": spods[i], "msg": msg}
        d.update(extra)
        w.add(ms, pl(ns, spods[i], "signaling", snodes[i], "lesson-signaling"), json.dumps(d, separators=(",", ":")))

    def av(ms, lvl, msg, extra, ev=False):
        d = {"level": lvl, "ts": float("%d.%06d" % (ms // 1000, sub_us(ms))), "caller": extra.pop("caller"), "msg": msg}
        d.update(extra)
        w.add(ms, pl(ns, apod, "availability", anode, "tutor-availability"), json.dumps(d, separators=(",", ":")), ev)

    for k in range(6):
        env(t + k * 1800 + rng.randrange(400), k % 2, 200, "-", "via_upstream", rng.randrange(18, 70))
    t += 11000
    av(t, "info", "weekly slot cache rebuild started", {"caller": "slots/cache.go:61", "tutors": 4127, "trigger": "calendar-sync"})
    t += 2000
    slow_ms = []
    for k in range(14):
        t += rng.randrange(900, 2200)
        i = k % 2
        if k in (4, 9):
            env(t, i, 504, "UT", "response_timeout", 3001, ev=(k == 4))
            sig(t + 3, i, 40, "availability lookup timed out, retrying", {"lessonId": rng.randrange(200000, 260000), "attempt": 1})
            env(t + 900, i, 200, "-", "via_upstream", rng.randrange(700, 950))
            sig(t + 905, i, 30, "availability lookup ok after retry", {"attempt": 2, "ms": rng.randrange(700, 950)})
        else:
            d = rng.randrange(1400, 2900) if k % 3 else rng.randrange(40, 200)
            env(t, i, 200, "-", "via_upstream", d)
            if d > 2000:
                sig(t + 2, i, 40, "slow availability lookup", {"ms": d, "budgetMs": 800})
        if k in (2, 6, 11):
            av(t + 300, "warn", "request exceeded latency budget",
               {"caller": "slots/handler.go:88", "route": "/v1/availability", "duration": "%d.%03ds" % (rng.randrange(2, 3), rng.randrange(1000)),
                "cache": "miss", "rebuild_in_progress": True}, ev=True)
    t += 3000
    av(t, "info", "weekly slot cache rebuild finished", {"caller": "slots/cache.go:97", "tutors": 4127, "duration": "41.2s"}, ev=True)
    for k in range(6):
        env(t + 1500 + k * 1600 + rng.randrange(400), k % 2, 200, "-", "via_upstream", rng.randrange(18, 70))
    return record(
        "tutoring",
        "lesson-signaling is slow and returned some 504s while tutors join lessons - is the Istio mesh misbehaving?",
        k8s_selector(ns), w, "WARN", "timeout", "tutor-availability",
        "tutor-availability answered in 1.5-3s while its weekly slot cache was being rebuilt, so lesson-signaling's "
        "availability calls crossed the 3s route timeout (504 UT) a few times.",
        "For about 40 seconds availability lookups were slow and two hit the Envoy response timeout; lesson-signaling "
        "retried them successfully and latency returned to normal when the cache rebuild finished.",
        "Make tutor-availability keep serving the previous slot cache during a rebuild (or rebuild incrementally).")


def b_depot_zfs_degraded():
    rng = rng_for("b_depot_zfs_degraded")
    w = Win()
    host = "saltdepot-db02"
    t = start_ms(rng, 8, 18)
    vdev = "ata-WDC_WD40EFRX-68N32N0_WD-WCC7K%s-part1" % alnum(rng, 7, "0123456789ABCDEFGHJKLMNPRSTUVXYZ")

    def k(ms, pri, msg, ev=False):
        w.add(ms, sysl(host, "kernel"), rfc5424(ms, pri, host, "kernel", "-", "-", msg), ev)

    def d(ms, pri, app, pid, msg, ev=False):
        w.add(ms, sysl(host, app), rfc5424(ms, pri, host, app, str(pid), "-", msg), ev)

    def pg(ms, msg):
        w.add(ms, sysl(host, "postgres"), rfc5424(ms, 134, host, "postgres", str(rng.randrange(1000, 9000)), "-",
                                                  "[%d-1] %s" % (rng.randrange(1, 9), msg)))

    def web(ms):
        path = pick(rng, ["/api/stock/depot/%d" % rng.randrange(1, 14), "/api/deliveries?since=today", "/healthz"])
        d(ms, 134, "gunicorn", 812, '10.40.3.%d - - [%s] "GET %s HTTP/1.1" 200 %d "-" "python-requests/2.32.3"'
          % (rng.randrange(2, 250), clf(ms), path, rng.randrange(100, 4000)))

    for i in range(4):
        web(t + i * 3000 + rng.randrange(500))
    t += 13000
    sec = rng.randrange(400000000, 480000000)
    k(t, 3, "ata3.00: exception Emask 0x0 SAct 0x80000 SErr 0x0 action 0x0")
    k(t + 1, 3, "ata3.00: irq_stat 0x40000008")
    k(t + 2, 3, "ata3.00: failed command: READ FPDMA QUEUED")
    k(t + 3, 3, "ata3.00: cmd 60/08:98:10:2c:a1/00:00:1c:00:00/40 tag 19 ncq dma 4096 in")
    k(t + 4, 3, "         res 41/40:00:18:2c:a1/00:00:1c:00:00/00 Emask 0x409 (media error) <F>")
    k(t + 5, 3, "ata3.00: error: { UNC }", True)
    k(t + 30, 3, "sd 2:0:0:0: [sdb] tag#19 Add. Sense: Unrecovered read error - auto reallocate failed", True)
    k(t + 31, 3, "I/O error, dev sdb, sector %d op 0x0:(READ) flags 0x700 phys_seg 1 prio class 2" % sec, True)
    t += 200
    d(t, 29, "zed", 1219, "eid=112 class=io pool='tank' vdev=%s size=4096 offset=%d priority=0 err=5 flag=0x180880 delay=3012ms"
      % (vdev, sec * 512), True)
    d(t + 3, 29, "zed", 1219, "eid=113 class=checksum pool='tank' vdev=%s" % vdev)
    pg(t + 500, "LOG:  checkpoint starting: time")
    for i in range(3):
        web(t + 800 + i * 2500)
    t += 8000
    d(t, 28, "smartd", 701, "Device: /dev/sdb [SAT], 8 Currently unreadable (pending) sectors", True)
    d(t + 1, 28, "smartd", 701, "Device: /dev/sdb [SAT], 8 Offline uncorrectable sectors")
    d(t + 2, 28, "smartd", 701, "Device: /dev/sdb [SAT], ATA error count increased from 0 to 3")
    t += 6000
    sec2 = sec + rng.randrange(8, 4000)
    k(t, 3, "ata3.00: failed command: READ FPDMA QUEUED")
    k(t + 2, 3, "ata3.00: error: { UNC }")
    k(t + 20, 3, "I/O error, dev sdb, sector %d op 0x0:(READ) flags 0x700 phys_seg 1 prio class 2" % sec2)
    d(t + 200, 29, "zed", 1219, "eid=119 class=io pool='tank' vdev=%s size=4096 offset=%d priority=0 err=5 flag=0x180880 delay=2981ms"
      % (vdev, sec2 * 512))
    t += 1500
    d(t, 26, "zed", 1219, "eid=121 class=statechange pool='tank' vdev=%s vdev_state=FAULTED" % vdev, True)
    d(t + 400, 26, "zfs-health", rng.randrange(40000, 50000),
      "pool 'tank' state DEGRADED: One or more devices are faulted in response to persistent errors. Sufficient replicas "
      "exist for the pool to continue functioning in a degraded state.", True)
    pg(t + 3000, "LOG:  checkpoint complete: wrote 812 buffers (5.0%); 0 WAL file(s) added, 0 removed, 1 recycled; "
                 "write=81.344 s, sync=0.412 s, total=81.902 s; sync files=61, longest=0.097 s, average=0.007 s; "
                 "distance=6120 kB, estimate=7311 kB; lsn=1/8C2A4F10, redo lsn=1/8B1D3C28")
    for i in range(5):
        web(t + 4000 + i * 2200 + rng.randrange(300))
    return record(
        "winterroads",
        "Anything wrong on saltdepot-db02? The depot stock app seems fine.",
        None, w, "WARN", "storage", "sdb",
        "Disk sdb in the mirrored ZFS pool 'tank' has unrecoverable read (media) errors and pending sectors; ZFS "
        "faulted it and the pool is running DEGRADED on the remaining mirror side.",
        "Read errors on sdb made ZFS fault the disk. The mirror keeps the inventory database and API serving "
        "normally, but the pool has no redundancy left.",
        "Replace disk sdb and run 'zpool replace tank' to resilver; check the other mirror disk's SMART data meanwhile.")


def pglog(ms, pid, lvl, msg):
    return "%s [%d] %s:  %s" % (dt_space(ms, ".", 3, " UTC"), pid, lvl, msg)


def b_postgis_replica_lag():
    rng = rng_for("b_postgis_replica_lag")
    w = Win()
    ns = "tracker"
    t = start_ms(rng, 5, 9)
    tpods = [pod_of(rng, "tracker-api") for _ in range(2)]
    tnodes = [WR_NODES[0], WR_NODES[2]]
    rnode = WR_NODES[3]
    ingpod = pod_of(rng, "ingress-nginx-controller")
    ignode = WR_NODES[4]
    qpid = rng.randrange(20000, 30000)

    def api(ms, i, lvl, msg, ev=False, **kv):
        s = "time=%s level=%s msg=%s" % (iso(ms), lvl, q(msg))
        for kk in sorted(kv):
            s += " %s=%s" % (kk, kv[kk])
        w.add(ms, pl(ns, tpods[i], "api", tnodes[i], "tracker-api"), s, ev)

    def ingress(ms, path, st, rt):
        w.add(ms, pl("ingress-nginx", ingpod, "controller", ignode, "ingress-nginx"),
              '%d.%d.%d.%d - - [%s] "GET %s HTTP/2.0" %d %d "https://ploughmap.city.example/" "%s" 61 %.3f '
              '[tracker-tracker-api-80] [] 10.60.%d.%d:8080 %d %.3f %d %s' % (
                  rng.randrange(80, 95), rng.randrange(256), rng.randrange(256), rng.randrange(1, 255), clf(ms), path, st,
                  rng.randrange(2000, 9000), pick(rng, BROWSER_UAS), rt, rng.randrange(0, 4), rng.randrange(2, 250),
                  rng.randrange(2000, 9000), rt, st, hexs(rng, 32)))

    def rep(ms, lvl, msg, ev=False):
        w.add(ms, pl(ns, "postgis-1", "postgres", rnode, "postgis"), pglog(ms, 58, lvl, msg), ev)

    for k in range(4):
        ingress(t + k * 1500, "/api/v1/positions?bbox=%d" % rng.randrange(1, 40), 200, 0.01 + rng.random() * 0.03)
    api(t + 2000, 0, "INFO", "replica lag check", replica="postgis-1", lag_s="0.3")
    t += 6000
    w.add(t, pl(ns, "postgis-1", "postgres", rnode, "postgis"),
          pglog(t, qpid, "LOG", "connection authorized: user=route_export database=roads application_name=route-history-export"))
    conn_t = t + 120
    t += 9000
    rep(t, "LOG", "recovery still waiting after 1000.812 ms: recovery conflict on snapshot", True)
    rep(t + 1, "DETAIL", "Conflicting process: %d." % qpid, True)
    rep(t + 2, "CONTEXT", "WAL redo at 3/5A0C2E10 for Heap2/PRUNE: snapshotConflictHorizon: 81244017, nredirected: 0, ndead: 14; "
                          "blkref #0: rel 1663/16384/24811, blk 90412")
    conflict_t = t - 1000
    warned = 0
    for k in range(13):
        t += rng.randrange(2500, 4500)
        lag = (t - conflict_t) / 1000.0 + 0.3
        i = k % 2
        ingress(t, "/api/v1/positions?bbox=%d" % rng.randrange(1, 40), 200, 0.01 + rng.random() * 0.03)
        if lag < 30:
            if k % 3 == 1:
                api(t + 50, i, "INFO", "replica lag check", replica="postgis-1", lag_s="%.1f" % lag)
        else:
            if warned < 2:
                api(t + 50, i, "WARN", "replica lag above threshold, routing reads to primary", replica="postgis-1",
                    lag_s="%.1f" % lag, threshold_s="30", ev=(warned == 0))
                warned += 1
            else:
                api(t + 80, i, "INFO", "serving positions from primary", rows=str(rng.randrange(300, 700)))
    t += 2000
    w.add(t, pl(ns, "postgis-1", "postgres", rnode, "postgis"),
          pglog(t, qpid, "LOG", "duration: %d.%03d ms  statement: SELECT vehicle_id, recorded_at, ST_AsBinary(geom) FROM "
                                "gps_positions WHERE recorded_at >= now() - interval '7 days' ORDER BY vehicle_id, recorded_at"
                % (t - conn_t, rng.randrange(1000))), True)
    rep(t + 40, "LOG", "recovery finished waiting after %d.%03d ms: recovery conflict on snapshot"
        % (t + 40 - conflict_t, rng.randrange(1000)), True)
    t += 6000
    api(t, 0, "INFO", "replica lag back under threshold, routing reads to replica", replica="postgis-1", lag_s="0.4")
    api(t + 300, 1, "INFO", "replica lag back under threshold, routing reads to replica", replica="postgis-1", lag_s="0.4")
    for k in range(4):
        ingress(t + 1000 + k * 1400, "/api/v1/positions?bbox=%d" % rng.randrange(1, 40), 200, 0.01 + rng.random() * 0.03)
    return record(
        "winterroads",
        "The public plough map showed stale positions for about a minute - is tracker-api having problems?",
        k8s_selector(ns), w, "WARN", "database", "postgis",
        "WAL replay on the postgis-1 read replica stalled on a recovery conflict with a long-running route-history "
        "export query, so replication lag passed 30 seconds.",
        "Replication lag on the PostGIS replica grew to over 30 seconds while replay waited for a long export query; "
        "tracker-api detected it, served reads from the primary, and switched back once replay caught up. The map "
        "kept working.",
        "Move the route-history export off the replica that serves the map (or to a dedicated replica) and keep "
        "max_standby_streaming_delay bounded.")

def b_node_containerd_blip():
    rng = rng_for("b_node_containerd_blip")
    w = Win()
    ns = "fleet"
    t = start_ms(rng, 7, 19)
    bad = CC_NODES[2]
    rs = k8s_rand(rng, 10)
    pods = [pod_of(rng, "reefer-fleet-api", rs) for _ in range(3)]
    nodes = [CC_NODES[0], bad, CC_NODES[4]]
    tid = 1432

    def api(ms, i):
        truck = "RF-%04d" % rng.randrange(1000, 3000)
        path = pick(rng, ["/v1/trucks/%s/setpoint" % truck, "/v1/trucks/%s/position" % truck, "/v1/trips/active"])
        w.add(ms, pl(ns, pods[i], "api", nodes[i], "reefer-fleet-api"),
              '{"level":"info","ts":"%s","logger":"http","msg":"request","method":"GET","path":"%s","status":200,"duration_ms":%d}'
              % (iso(ms), path, rng.randrange(3, 45)))

    def kub(ms, lvl, src, msg, ev=False):
        w.add(ms, nodel(bad, "kubelet.service"), klog(lvl, ms, tid, src, msg), ev)

    def sd(ms, msg, ev=False):
        w.add(ms, nodel(bad, "init.scope"), msg, ev)

    for k in range(6):
        api(t + k * 1200 + rng.randrange(300), k % 3)
    t += 8000
    w.add(t, nodel(bad, "containerd.service"),
          ctrd(t, "info", 'StopPodSandbox for "%s"' % hexs(rng, 64)))
    t += 1300
    sd(t, "containerd.service: Main process exited, code=killed, status=6/ABRT", True)
    sd(t + 2, "containerd.service: Failed with result 'signal'.", True)
    sd(t + 3, "containerd.service: Consumed 4h 12min 31.882s CPU time.")
    t += 400
    sock = "transport: Error while dialing: dial unix /run/containerd/containerd.sock: connect: connection refused"
    kub(t, "E", "remote_runtime.go:294", '"ListPodSandbox with filter from runtime service failed" err="rpc error: code = Unavailable '
        'desc = connection error: desc = \\"%s\\"" filter="nil"' % sock.replace('"', '\\"'), True)
    kub(t + 5, "E", "kuberuntime_sandbox.go:297", '"Failed to list pod sandboxes" err="rpc error: code = Unavailable desc = '
        'connection error: desc = \\"%s\\""' % sock.replace('"', '\\"'))
    kub(t + 7, "E", "generic.go:238", '"GenericPLEG: Unable to retrieve pods" err="rpc error: code = Unavailable desc = '
        'connection error: desc = \\"%s\\""' % sock.replace('"', '\\"'))
    for i in (0, 2):
        api(t + 300 + rng.randrange(500), i)
    t += 5200
    sd(t, "containerd.service: Scheduled restart job, restart counter is at 1.")
    t += 4800
    kub(t, "E", "kubelet.go:2399", '"Skipping pod synchronization" err="container runtime is down"', True)
    t += 2200
    kub(t, "I", "kubelet_node_status.go:679", '"Recording event message for node" node="%s" event="NodeNotReady"' % bad)
    kub(t + 2, "I", "setters.go:603", '"Node became not ready" node="%s" condition={"type":"Ready","status":"False",'
        '"lastHeartbeatTime":"%s","lastTransitionTime":"%s","reason":"KubeletNotReady","message":"container runtime is down"}'
        % (bad, iso_s(t), iso_s(t)), True)
    w.add(t + 40, evl("default"), kev("Normal", "NodeNotReady", "Node", bad, "kubelet", bad,
                                      "Node %s status is now: NodeNotReady" % bad), True)
    w.add(t + 900, evl(ns), kev("Warning", "NodeNotReady", "Pod", pods[1], "node-controller", None, "Node is not ready"))
    for k in range(6):
        api(t + 1000 + k * 1500 + rng.randrange(300), (0, 2)[k % 2])
    t += 6000
    sd(t, "Starting containerd.service - containerd container runtime...")
    t += 300
    w.add(t, nodel(bad, "containerd.service"), ctrd(t, "info", "starting containerd", 'revision=%s version=1.7.23-1' % hexs(rng, 40)))
    w.add(t + 400, nodel(bad, "containerd.service"), ctrd(t + 400, "info", "containerd successfully booted in 0.412318s"))
    sd(t + 420, "Started containerd.service - containerd container runtime.")
    t += 9000
    kub(t, "I", "kubelet_node_status.go:679", '"Recording event message for node" node="%s" event="NodeReady"' % bad)
    w.add(t + 40, evl("default"), kev("Normal", "NodeReady", "Node", bad, "kubelet", bad,
                                      "Node %s status is now: NodeReady" % bad))
    t += 3000
    kub(t, "I", "kubelet.go:2542", '"SyncLoop (probe)" probe="readiness" status="ready" pod="%s/%s"' % (ns, pods[1]))
    for k in range(5):
        api(t + 800 + k * 1300 + rng.randrange(300), k % 3)
    return record(
        "coldchain",
        "The reefer-fleet-api availability alert flapped - is one of the API pods broken?",
        k8s_selector(ns, "reefer-fleet-api"), w, "WARN", "node_failure", CC_NODES[2],
        "containerd on node %s aborted and had to be restarted by systemd; while the runtime was down the kubelet "
        "reported the node NotReady." % CC_NODES[2],
        "The container runtime on one node crashed and came back within about half a minute. The reefer-fleet-api "
        "replica on that node was briefly not ready; the two replicas on other nodes kept serving requests.",
        "Check the containerd core dump/journal on %s and update containerd if the abort recurs; cordon the node if "
        "it happens again." % CC_NODES[2])


def b_payouts_rate_limited():
    rng = rng_for("b_payouts_rate_limited")
    w = Win()
    ns = "payouts"
    t = start_ms(rng, 1, 4)
    pod = "tutor-payouts-batch-%d-%s" % (epoch_s(t) // 60, k8s_rand(rng, 5))
    node = TU_NODES[3]
    egress = pod_of(rng, "istio-egressgateway")
    enode = TU_NODES[1]

    def app(ms, lvl, msg, ev=False):
        w.add(ms, pl(ns, pod, "batch", node, "tutor-payouts"),
              "%s %s [payouts.transfer] %s" % (dt_space(ms, ","), lvl, msg), ev)

    def eg(ms, status, dur, ev=False):
        w.add(ms, pl("istio-system", egress, "istio-proxy", enode, "istio-egressgateway"),
              '[%s] "POST /v1/transfers HTTP/2" %d - via_upstream - "-" %d %d %d %d "10.52.3.%d" "Stripe/v1 PythonBindings/11.3.0" '
              '"%s" "api.stripe.com" "34.241.54.%d:443" outbound|443||api.stripe.com 10.52.1.%d:41822 10.52.1.%d:443 '
              '10.52.3.%d:50214 api.stripe.com -' % (
                  iso(ms), status, rng.randrange(300, 600), rng.randrange(300, 1800), dur, max(dur - 2, 1),
                  rng.randrange(2, 250), uuid(rng), rng.randrange(2, 250), rng.randrange(2, 250), rng.randrange(2, 250),
                  rng.randrange(2, 250)), ev)

    n_total = rng.randrange(1700, 2100)
    t0 = t
    app(t, "INFO", "payout batch %s started: %d tutors, concurrency=32" % (iso(t)[:10], n_total), True)
    retries = 0
    for k in range(22):
        t += rng.randrange(28000, 40000)
        tutor = rng.randrange(10000, 99999)
        if k % 3 == 1 or k in (6, 7, 14):
            backoff = pick(rng, [1.0, 2.0, 4.0])
            eg(t, 429, rng.randrange(20, 60), ev=(k == 1))
            app(t + 40, "WARNING", "transfer for tutor %d rate limited (429: Too many requests hit the API too quickly. We "
                                   "recommend an exponential backoff of your requests.), backing off %.1fs (attempt 1/5)"
                % (tutor, backoff), ev=(k == 1))
            retries += 1
            eg(t + int(backoff * 1000) + 50, 200, rng.randrange(250, 700))
            app(t + int(backoff * 1000) + 800, "INFO", "transfer tr_%s created for tutor %d (attempt 2)"
                % (alnum(rng, 24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), tutor))
        else:
            eg(t, 200, rng.randrange(250, 700))
        if k in (8, 17):
            done = int(n_total * (t - t0) / 852000.0)
            app(t + 100, "INFO", "progress: %d/%d transfers created, 429 retries so far: %d"
                % (done, n_total, int(done * 0.11)))
    t = t0 + 846000
    app(t, "WARNING", "Stripe rate limiting slowed the batch: %d retries after 429, effective rate %.1f transfers/s"
        % (int(n_total * 0.11), n_total / 846.0), True)
    t = t0 + 852000
    app(t, "INFO", "payout batch %s finished: %d transfers created, 0 failed, duration 14m12s (p50 of last 30 runs: 4m05s)"
        % (iso(t0)[:10], n_total))
    return record(
        "tutoring",
        "Tonight's tutor payout batch took over 14 minutes instead of 4 - is Stripe down?",
        k8s_selector(ns), w, "WARN", "rate_limited", "tutor-payouts",
        "tutor-payouts runs 32 concurrent transfer requests, which exceeds Stripe's request rate limit, so many "
        "transfers got HTTP 429 and had to back off and retry.",
        "The payout batch was throttled by Stripe with 429 responses; every transfer eventually succeeded after "
        "backing off, but the run took more than three times longer than usual. Stripe itself was answering.",
        "Lower the batch concurrency or add a client-side rate limiter below the Stripe limit; consider batching "
        "transfers earlier in the night.")


def monit_ts(ms):
    return "[UTC %s]" % bsd(ms)


def b_recordings_disk_trend():
    rng = rng_for("b_recordings_disk_trend")
    w = Win()
    host = "rec-store01"
    t = start_ms(rng, 18, 21)
    mpid = 911

    def mon(ms, lvl, msg, ev=False):
        w.add(ms, jl(host, "monit.service"), "%s %-8s : %s" % (monit_ts(ms), lvl, msg), ev)

    def rec(ms, msg, ev=False):
        w.add(ms, jl(host, "lesson-recorder.service"), msg, ev)

    def ng(ms, path, st, size):
        w.add(ms, jl(host, "nginx.service"), '10.52.%d.%d - - [%s] "PUT %s HTTP/1.1" %d %d "-" "lesson-sfu/3.4"'
              % (rng.randrange(0, 6), rng.randrange(2, 250), clf(ms), path, st, size))

    usage = 90.6
    for k in range(16):
        t += rng.randrange(50000, 90000)
        lid = rng.randrange(240000, 260000)
        y, mo, d, _, _, _, _ = parts(t)
        size = rng.randrange(180, 640)
        ng(t, "/upload/lesson-%d.webm" % lid, 201, 0)
        rec(t + 4000, "stored recording lesson-%d (%d MiB, %d min) at /srv/recordings/%04d/%02d/%02d/lesson-%d.webm"
            % (lid, size, rng.randrange(25, 60), y, mo, d, lid))
        usage += size / 1024.0 / 60.0 * 1.0 + 0.1
        if k % 4 == 1:
            mon(t + 30000, "error", "'recordings' space usage %.1f%% matches resource limit [space usage > 90.0%%]" % usage,
                ev=(k == 1))
        if k == 6:
            rec(t + 4100, "transcoded lesson-%d to 720p (ffmpeg exit 0, 41.2s)" % lid)
    t += 20000
    rec(t, "daily stats: 412 recordings today (last 30 days avg 231), /srv/recordings %.1f%% used, est. full in 2.1 days at current rate" % usage, True)
    t += 60000
    w.add(t, jl(host, "init.scope"), "Starting recordings-prune.service - Delete lesson recordings past retention...")
    w.add(t + 2000, jl(host, "recordings-prune.service"),
          "retention 90 days: deleted 37 recordings (4.2 GiB) older than %s" % iso(t - 90 * 86400000)[:10], True)
    w.add(t + 2100, jl(host, "init.scope"), "recordings-prune.service: Deactivated successfully.")
    w.add(t + 2101, jl(host, "init.scope"), "Finished recordings-prune.service - Delete lesson recordings past retention.")
    t += 30000
    mon(t, "error", "'recordings' space usage %.1f%% matches resource limit [space usage > 90.0%%]" % (usage - 0.4))
    return record(
        "tutoring",
        "monit keeps logging errors on rec-store01 - are lesson recordings failing?",
        None, w, "WARN", "resource_exhausted", "lesson-recorder",
        "The /srv/recordings filesystem is above 90% and still climbing: exam-season lessons produce almost twice the "
        "usual recordings per day, and the 90-day retention prune frees far less than is written.",
        "Recordings are still being stored and transcoded, but the recordings volume is filling up and is estimated "
        "to be full in about two days.",
        "Grow the recordings volume or shorten retention / move older recordings to object storage before it fills.")

def b_tracker_readiness_flap():
    rng = rng_for("b_tracker_readiness_flap")
    w = Win()
    ns = "tracker"
    t = start_ms(rng, 6, 9)
    rs = k8s_rand(rng, 10)
    pods = [pod_of(rng, "plough-tracker-api", rs) for _ in range(3)]
    nodes = [WR_NODES[0], WR_NODES[1], WR_NODES[3]]
    bad = 2
    pip = "10.60.3.%d" % rng.randrange(2, 250)
    ingpod = pod_of(rng, "ingress-nginx-controller")
    ignode = WR_NODES[4]
    tid = 1877

    def api(ms, i, lvl, msg, ev=False, **kv):
        s = "time=%s level=%s msg=%s" % (iso(ms), lvl, q(msg))
        for kk in sorted(kv):
            s += " %s=%s" % (kk, kv[kk])
        w.add(ms, pl(ns, pods[i], "api", nodes[i], "plough-tracker-api"), s, ev)

    def ingress(ms, i):
        st, rt = 200, 0.01 + rng.random() * 0.05
        w.add(ms, pl("ingress-nginx", ingpod, "controller", ignode, "ingress-nginx"),
              '%d.%d.%d.%d - - [%s] "GET /api/v1/ploughs/live HTTP/2.0" %d %d "https://ploughmap.city.example/" "%s" 58 %.3f '
              '[tracker-plough-tracker-api-80] [] 10.60.%d.%d:8080 %d %.3f %d %s' % (
                  rng.randrange(80, 95), rng.randrange(256), rng.randrange(256), rng.randrange(1, 255), clf(ms), st,
                  rng.randrange(2000, 9000), pick(rng, BROWSER_UAS), rt, i, rng.randrange(2, 250),
                  rng.randrange(2000, 9000), rt, st, hexs(rng, 32)))

    bad_uid = uuid(rng)

    def probe_fail(ms, ev):
        out = 'Get "http://%s:8080/ready": context deadline exceeded (Client.Timeout exceeded while awaiting headers)' % pip
        w.add(ms, evl(ns), kev("Warning", "Unhealthy", "Pod", pods[bad], "kubelet", nodes[bad], "Readiness probe failed: " + out), ev)
        w.add(ms - 3, nodel(nodes[bad], "kubelet.service"),
              klog("I", ms - 3, tid, "prober.go:107", '"Probe failed" probeType="Readiness" pod="%s/%s" podUID="%s" '
                   'containerName="api" probeResult="failure" output="%s"' % (ns, pods[bad], bad_uid, out.replace('"', '\\"'))))

    for k in range(4):
        ingress(t + k * 1700 + rng.randrange(400), k % 3)
    t += 8000
    n = 0
    for cyc in range(3):
        for k in range(3):
            t += 10000
            api(t - 20, bad, "WARN", "readiness check slow", ev=(cyc == 0 and k == 0), took="%d.%02ds" % (1, rng.randrange(5, 40)),
                postgis="%dms" % rng.randrange(820, 990), redis="%dms" % rng.randrange(150, 260))
            probe_fail(t + 1000, ev=(cyc == 0 and k == 0))
            n += 1
            ingress(t + 1500 + rng.randrange(500), (0, 1)[k % 2])
        w.add(t + 1100, nodel(nodes[bad], "kubelet.service"),
              klog("I", t + 1100, tid, "kubelet.go:2542", '"SyncLoop (probe)" probe="readiness" status="" pod="%s/%s"' % (ns, pods[bad])))
        t += 10000
        api(t - 20, bad, "INFO", "readiness check ok", took="0.%03ds" % rng.randrange(600, 900))
        w.add(t + 1000, nodel(nodes[bad], "kubelet.service"),
              klog("I", t + 1000, tid, "kubelet.go:2542", '"SyncLoop (probe)" probe="readiness" status="ready" pod="%s/%s"' % (ns, pods[bad])))
        ingress(t + 2000, 0)
        ingress(t + 3500, 1)
    api(t + 5000, 0, "INFO", "positions snapshot refreshed", vehicles=str(rng.randrange(120, 140)), took="0.%03ds" % rng.randrange(100, 300))
    return record(
        "winterroads",
        "plough-tracker-api keeps dropping in and out of the endpoints - is the map going down?",
        k8s_selector(ns, "plough-tracker-api"), w, "WARN", "probe_failure", "plough-tracker-api",
        "The /ready handler of one plough-tracker-api replica checks PostGIS and Redis and takes just over 1 s under "
        "load, longer than the readiness probe's 1 s timeout, so the probe fails intermittently while the process "
        "keeps running.",
        "One of three replicas flaps between ready and not ready; the ingress keeps sending map traffic to the other "
        "two and every request succeeds, so users see no errors but capacity is reduced.",
        "Raise the readiness probe timeoutSeconds (e.g. to 3s) or make /ready cheaper (cached dependency checks).")


def b_reefer_gateway_cert_expiry():
    rng = rng_for("b_reefer_gateway_cert_expiry")
    w = Win()
    ns = "fleet"
    t = start_ms(rng, 7, 10)
    rs = k8s_rand(rng, 10)
    pods = [pod_of(rng, "reefer-gateway", rs) for _ in range(2)]
    nodes = [CC_NODES[1], CC_NODES[4]]
    not_after = t + 4 * 86400000 + rng.randrange(3600000, 20 * 3600000)

    def gw(ms, i, lvl, msg, ev=False, **kv):
        s = "time=%s level=%s msg=%s" % (iso(ms), lvl, q(msg))
        for kk in sorted(kv):
            s += " %s=%s" % (kk, kv[kk])
        w.add(ms, pl(ns, pods[i], "gateway", nodes[i], "reefer-gateway"), s, ev)

    def session(ms, i):
        gw(ms, i, "INFO", "truck session established", truck="RF-%04d" % rng.randrange(1000, 3000),
           firmware=pick(rng, ["4.12.3", "4.12.3", "4.11.0"]), tls="TLS1.3", remote="%d.%d.%d.%d:%d" % (
               rng.randrange(100, 190), rng.randrange(256), rng.randrange(256), rng.randrange(1, 255), rng.randrange(1024, 65000)))

    def telem(ms, i):
        gw(ms, i, "INFO", "telemetry forwarded", truck="RF-%04d" % rng.randrange(1000, 3000), records=str(rng.randrange(5, 60)),
           setpoint="%d.0C" % pick(rng, [2, 5, -18, -20]), max_deviation="%.1fC" % (rng.random() * 0.8))

    for i in range(2):
        gw(t + i * 50, i, "WARN", "server certificate expires soon", ev=True, subject=q("CN=mqtt.reefer.coldchain.example"),
           issuer=q("CN=ColdChain Issuing CA 2,O=ColdChain Pharma Logistics"), not_after=iso_s(not_after), days_left="4",
           secret="fleet/reefer-gateway-tls")
    for k in range(18):
        t += rng.randrange(1500, 5000)
        i = k % 2
        if k % 3 == 0:
            session(t, i)
        else:
            telem(t, i)
        if k == 7:
            w.add(t + 200, pl(ns, pods[i], "gateway", nodes[i], "reefer-gateway"),
                  "%s http: TLS handshake error from 10.244.0.%d:%d: EOF" % (dt_slash(t + 200), rng.randrange(2, 250), rng.randrange(30000, 60000)))
        if k == 12:
            gw(t + 300, i, "WARN", "truck session closed", truck="RF-%04d" % rng.randrange(1000, 3000), reason=q("keepalive timeout"))
    t += 4000
    w.add(t, evl(ns), kev("Normal", "Sync", "Ingress", "reefer-portal", "nginx-ingress-controller", None, "Scheduled for sync"))
    t += 6000
    gw(t, 0, "INFO", "cert-check: certificate secret not managed by cert-manager, no renewal scheduled", ev=True,
       secret="fleet/reefer-gateway-tls")
    return record(
        "coldchain",
        "Are reefer trucks able to connect to the gateway? Anything to worry about in the fleet namespace?",
        k8s_selector(ns, "reefer-gateway"), w, "WARN", "tls_certificate", "reefer-gateway",
        "The reefer-gateway server certificate (secret fleet/reefer-gateway-tls) expires in 4 days and is managed by "
        "hand, so nothing will renew it automatically.",
        "Trucks connect and telemetry flows normally today, but the gateway's TLS certificate is about to expire and "
        "no renewal is scheduled; once it expires every truck session will fail the TLS handshake.",
        "Issue a new certificate from the ColdChain issuing CA (or move the secret under cert-manager) and roll the "
        "gateway before the expiry date.")


def b_sfu_pending_scaleup():
    rng = rng_for("b_sfu_pending_scaleup")
    w = Win()
    ns = "lessons"
    t = start_ms(rng, 17, 19)
    rs = k8s_rand(rng, 10)
    old = [pod_of(rng, "lesson-sfu", rs) for _ in range(6)]
    new = [pod_of(rng, "lesson-sfu", rs) for _ in range(3)]
    onodes = [TU_NODES[i % 5] for i in range(6)]
    newnode = "gke-tutor-prod-pool-2-9b2e0d13-r2vd"
    spod = pod_of(rng, "lesson-signaling")
    snode = TU_NODES[2]
    mig = "https://www.googleapis.com/compute/v1/projects/tutor-prod/zones/europe-west4-b/instanceGroups/gke-tutor-prod-pool-2-9b2e0d13-grp"

    def sfu(ms, i, msg):
        w.add(ms, pl(ns, old[i], "sfu", onodes[i], "lesson-sfu"), "%s INFO sfu: %s" % (iso(ms), msg))

    def sig(ms, lvl, msg, extra):
        d = {"level": lvl, "time": ms, "pid": 1, "hostname": spod, "msg": msg}
        d.update(extra)
        w.add(ms, pl(ns, spod, "signaling", snode, "lesson-signaling"), json.dumps(d, separators=(",", ":")))

    for k in range(6):
        sfu(t + k * 900, k, "load report rooms=%d participants=%d cpu=%d%%" % (rng.randrange(14, 20), rng.randrange(30, 45), rng.randrange(78, 92)))
    t += 6000
    w.add(t, evl(ns), kev("Normal", "SuccessfulRescale", "HorizontalPodAutoscaler", "lesson-sfu", "horizontal-pod-autoscaler", None,
                          "New size: 9; reason: cpu resource utilization (percentage of request) above target"))
    w.add(t + 20, evl(ns), kev("Normal", "ScalingReplicaSet", "Deployment", "lesson-sfu", "deployment-controller", None,
                               "Scaled up replica set lesson-sfu-%s to 9 from 6" % rs))
    t += 300
    msg = ("0/5 nodes are available: 5 Insufficient cpu. preemption: 0/5 nodes are available: 5 No preemption victims "
           "found for incoming pod.")
    for j, p in enumerate(new):
        w.add(t + j * 15, evl(ns), kev("Warning", "FailedScheduling", "Pod", p, "default-scheduler", None, msg), j == 0)
    t += 8000
    for j, p in enumerate(new):
        w.add(t + j * 10, evl(ns), kev("Normal", "TriggeredScaleUp", "Pod", p, "cluster-autoscaler", None,
                                       "pod triggered scale-up: [{%s 2->3 (max: 6)}]" % mig), j == 0)
    for k in range(5):
        t += rng.randrange(5000, 12000)
        lid = rng.randrange(240000, 260000)
        if k in (1, 3):
            sig(t, 40, "no SFU below 85% cpu, placing room on least loaded", {"lessonId": lid, "sfu": old[rng.randrange(6)], "cpu": rng.randrange(86, 93)})
        else:
            sig(t, 30, "room allocated", {"lessonId": lid, "sfu": old[rng.randrange(6)]})
        sfu(t + 500, rng.randrange(6), "load report rooms=%d participants=%d cpu=%d%%" % (rng.randrange(17, 22), rng.randrange(38, 50), rng.randrange(85, 94)))
    t += 30000
    w.add(t, evl(ns), kev("Warning", "FailedScheduling", "Pod", new[0], "default-scheduler", None,
                          "0/5 nodes are available: 5 Insufficient cpu. preemption: 0/5 nodes are available: 5 No preemption victims found for incoming pod."))
    t += 40000
    w.add(t, evl("default"), kev("Normal", "RegisteredNode", "Node", newnode, "node-controller", None,
                                 "Node %s event: Registered Node %s in Controller" % (newnode, newnode)))
    t += 14000
    w.add(t, evl("default"), kev("Normal", "NodeReady", "Node", newnode, "kubelet", newnode, "Node %s status is now: NodeReady" % newnode))
    t += 2000
    for j, p in enumerate(new):
        w.add(t + j * 30, evl(ns), kev("Normal", "Scheduled", "Pod", p, "default-scheduler", None,
                                       "Successfully assigned lessons/%s to %s" % (p, newnode)))
    t += 9000
    for j, p in enumerate(new):
        w.add(t + j * 200, evl(ns), kev("Normal", "Started", "Pod", p, "kubelet", newnode, "Started container sfu"))
    t += 6000
    for j, p in enumerate(new):
        w.add(t + j * 700, pl(ns, p, "sfu", newnode, "lesson-sfu"), "%s INFO sfu: registered with signaling, capacity rooms=24" % iso(t + j * 700))
    t += 5000
    sig(t, 30, "room allocated", {"lessonId": rng.randrange(240000, 260000), "sfu": new[0]})
    return record(
        "tutoring",
        "At the evening peak new lesson-sfu pods sat in Pending - do we need to act?",
        k8s_selector(ns, "lesson-sfu"), w, "WARN", "scheduling", "lesson-sfu",
        "The HPA scaled lesson-sfu from 6 to 9 at the evening peak but the node pool had no free CPU, so the new pods "
        "were unschedulable (Insufficient cpu) until the cluster autoscaler added a node.",
        "For about two minutes three SFU pods were Pending and the existing SFUs ran hot (85-94% CPU) but still took "
        "rooms; a new node joined and the pods were scheduled and registered.",
        "Keep spare capacity for the evening peak (higher node pool minimum or a scheduled scale-up before 17:00).")

# ================================================================ ERROR
def traefik_access(rng, ms, method, path, status, size, router, backend, dur_ms, ua=None):
    return '%d.%d.%d.%d - - [%s] "%s %s HTTP/1.1" %d %d "-" "%s" %d "%s" "%s" %dms' % (
        10, 244, rng.randrange(0, 5), rng.randrange(2, 250), clf(ms), method, path, status, size,
        ua or "okhttp/4.12.0", rng.randrange(10000, 99999), router, backend, dur_ms)


def b_wms_pg_too_many_clients():
    rng = rng_for("b_wms_pg_too_many_clients")
    w = Win()
    ns = "wms"
    t = start_ms(rng, 6, 14)
    rs = k8s_rand(rng, 10)
    pods = [pod_of(rng, "pick-api", rs) for _ in range(3)]
    nodes = [CC_NODES[0], CC_NODES[1], CC_NODES[3]]
    trpod = pod_of(rng, "traefik")
    trnode = CC_NODES[4]
    pgnode = CC_NODES[2]
    lrs = k8s_rand(rng, 10)

    def api(ms, i, lvl, thread, logger, msg, ev=False):
        w.add(ms, pl(ns, pods[i], "pick-api", nodes[i], "pick-api"), spring(ms, lvl, "pick-api", thread, logger, msg), ev)

    def tr(ms, i, status, dur):
        path = pick(rng, ["/api/picks/%d/confirm" % rng.randrange(800000, 900000), "/api/waves/current", "/api/picks/next"])
        meth = "POST" if "confirm" in path else "GET"
        w.add(ms, pl("traefik", trpod, "traefik", trnode, "traefik"),
              traefik_access(rng, ms, meth, path, status, rng.randrange(80, 2000), "wms-pick-api@kubernetescrd",
                             "http://10.244.%d.%d:8080" % (i, rng.randrange(2, 250)), dur))

    def pg(ms, pid, lvl, msg, ev=False):
        w.add(ms, pl(ns, "wms-postgres-0", "postgres", pgnode, "wms-postgres"), pglog(ms, pid, lvl, msg), ev)

    for k in range(5):
        tr(t + k * 900 + rng.randrange(300), k % 3, 200, rng.randrange(8, 60))
    t += 5000
    w.add(t, evl(ns), kev("Normal", "ScalingReplicaSet", "Deployment", "label-printer", "deployment-controller", None,
                          "Scaled up replica set label-printer-%s to 12 from 4" % lrs))
    t += 9000
    for k in range(3):
        pg(t + k * 120, rng.randrange(30000, 40000), "LOG",
           "connection authorized: user=label_printer database=wms application_name=PostgreSQL JDBC Driver")
    t += 2000
    first = True
    for k in range(16):
        t += rng.randrange(500, 1500)
        i = k % 3
        if k % 2 == 0:
            pid = rng.randrange(30000, 40000)
            if k % 4 == 0:
                pg(t - 30, pid, "FATAL", "sorry, too many clients already", ev=first)
                first = False
            th = "http-nio-8080-exec-%d" % rng.randrange(1, 200)
            api(t, i, "WARN", th, "o.h.engine.jdbc.spi.SqlExceptionHelper", "SQL Error: 0, SQLState: 53300")
            api(t + 1, i, "ERROR", th, "o.h.engine.jdbc.spi.SqlExceptionHelper", "FATAL: sorry, too many clients already", ev=(k == 0))
            api(t + 3, i, "ERROR", th, "o.a.c.c.C.[.[.[/].[dispatcherServlet]",
                "Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing "
                "failed: org.springframework.transaction.CannotCreateTransactionException: Could not open JPA EntityManager for "
                "transaction] with root cause")
            tr(t + 5, i, 500, rng.randrange(30, 120))
        else:
            tr(t, i, 200, rng.randrange(8, 80))
        if k == 7:
            api(t + 200, i, "WARN", "HikariPool-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool",
                "HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=1m2s).")
    t += 2000
    pg(t, 71, "LOG", "checkpoint starting: time")
    return record(
        "coldchain",
        "Why is pick-api returning 500s when pickers confirm picks?",
        k8s_selector(ns), w, "ERROR", "database", "wms-postgres",
        "wms-postgres has reached max_connections: after label-printer was scaled from 4 to 12 replicas its connection "
        "pools took the remaining slots, so Postgres rejects new connections with 'sorry, too many clients already' "
        "(SQLSTATE 53300).",
        "About half of pick confirmations fail with HTTP 500 because pick-api cannot open new database connections; "
        "the rest succeed on already pooled connections.",
        "Free connection slots now (scale label-printer back or shrink its pool), then put PgBouncer in front of "
        "wms-postgres or raise max_connections with matching memory.")


def b_coredns_upstream_timeout():
    rng = rng_for("b_coredns_upstream_timeout")
    w = Win()
    ns = "booking"
    t = start_ms(rng, 8, 20)
    cpod = pod_of(rng, "calendar-sync")
    cnode = TU_NODES[4]
    dns = [pod_of(rng, "coredns") for _ in range(2)]
    dnodes = [TU_NODES[0], TU_NODES[3]]
    bpod = pod_of(rng, "booking-api")
    bnode = TU_NODES[1]
    upstream = "10.10.0.2:53"

    def cs(ms, lvl, msg, ev=False):
        w.add(ms, pl(ns, cpod, "sync", cnode, "calendar-sync"),
              "%s %s calendar_sync.worker: %s" % (dt_space(ms, ","), lvl, msg), ev)

    dns_ip = ["10.52.0.%d" % rng.randrange(2, 250), "10.52.3.%d" % rng.randrange(2, 250)]

    def cd(ms, i, name, qtype, ev=False):
        w.add(ms, pl("kube-system", dns[i], "coredns", dnodes[i], "coredns"),
              "[ERROR] plugin/errors: 2 %s. %s: read udp %s:%d->%s: i/o timeout"
              % (name, qtype, dns_ip[i], rng.randrange(30000, 60000), upstream), ev)

    def ba(ms):
        w.add(ms, pl(ns, bpod, "booking-api", bnode, "booking-api"),
              "info: Microsoft.AspNetCore.Hosting.Diagnostics[2] Request finished HTTP/1.1 GET "
              "http://booking-api.booking.svc/api/tutors/%d/slots - 200 null application/json; charset=utf-8 %d.%04dms"
              % (rng.randrange(1000, 9000), rng.randrange(3, 40), rng.randrange(10000)))

    hosts = [("www.googleapis.com", "/calendar/v3/calendars/primary/events"), ("graph.microsoft.com", "/v1.0/me/calendarView")]
    for k in range(3):
        ba(t + k * 2000)
    t += 5000
    cs(t - 6000, "INFO", "sync round started: 318 tutors with linked calendars")
    for k in range(14):
        t += rng.randrange(800, 2500)
        h, p = hosts[0] if k % 3 else hosts[1]
        tutor = rng.randrange(10000, 99999)
        if k % 4 == 0:
            cd(t - 3000, k % 2, h, "A", ev=(k == 0))
            cd(t - 2990, k % 2, h, "AAAA")
        cs(t, "ERROR", "sync failed for tutor %d: HTTPSConnectionPool(host='%s', port=443): Max retries exceeded with url: %s "
                       "(Caused by NameResolutionError(\"<urllib3.connection.HTTPSConnection object at 0x7f3a%s>: Failed to resolve "
                       "'%s' ([Errno -3] Temporary failure in name resolution)\"))" % (tutor, h, p, hexs(rng, 8), h), ev=(k == 0))
        if k % 3 == 2:
            ba(t + 300)
    t += 1500
    cs(t, "WARNING", "sync round finished: 0 synced, 318 failed, next round in 300s")
    w.add(t + 400, pl("kube-system", dns[0], "coredns", dnodes[0], "coredns"),
          "[WARNING] plugin/health: Local health request to \"http://:8080/health\" took more than 1s: 1.204s")
    return record(
        "tutoring",
        "Tutors' Google and Outlook calendars stopped syncing - is the Google Calendar API down?",
        k8s_selector(ns, "calendar-sync"), w, "ERROR", "dns_resolution", "coredns",
        "CoreDNS cannot reach its upstream resolver (%s): forwarded queries for external names time out, so "
        "calendar-sync cannot resolve www.googleapis.com or graph.microsoft.com." % upstream,
        "External name resolution in the cluster is failing, so every calendar sync fails with 'Temporary failure "
        "in name resolution'; in-cluster traffic such as booking-api keeps working.",
        "Restore CoreDNS's path to the upstream resolver (check the node-local/upstream DNS server and the egress "
        "rules from kube-system), or point the forward plugin at a working resolver.")


def b_gps_bridge_not_authorised():
    rng = rng_for("b_gps_bridge_not_authorised")
    w = Win()
    ns = "plough-fleet"
    t = start_ms(rng, 3, 7)
    mnode = WR_NODES[1]
    apod = pod_of(rng, "gps-ingest-vendora")
    bpod = pod_of(rng, "gps-ingest-vendorb")
    anode, bnode = WR_NODES[2], WR_NODES[4]
    dpod = pod_of(rng, "dispatch-map")
    dnode = WR_NODES[0]
    bip = "10.60.4.%d" % rng.randrange(2, 250)

    def mq(ms, msg, ev=False):
        w.add(ms, pl(ns, "mosquitto-0", "mosquitto", mnode, "mosquitto"), "%d: %s" % (epoch_s(ms), msg), ev)

    def gi(ms, which, lvl, msg, ev=False, **kv):
        pod, node = (apod, anode) if which == "a" else (bpod, bnode)
        s = "time=%s level=%s msg=%s" % (iso(ms), lvl, q(msg))
        for kk in sorted(kv):
            s += " %s=%s" % (kk, kv[kk])
        w.add(ms, pl(ns, pod, "bridge", node, "gps-ingest"), s, ev)

    def dm(ms, lvl, msg):
        w.add(ms, pl("tracker", dpod, "web", dnode, "dispatch-map"), "%s %s %s" % (iso(ms), lvl, msg))

    w.add(t, evl(ns), kev("Normal", "Killing", "Pod", "mosquitto-0", "kubelet", mnode, "Stopping container mosquitto"))
    mq(t + 300, "mosquitto version 2.0.20 terminating")
    t += 6000
    mq(t, "mosquitto version 2.0.20 starting")
    mq(t + 1, "Config loaded from /mosquitto/config/mosquitto.conf.")
    mq(t + 2, "Opening ipv4 listen socket on port 1883.")
    mq(t + 3, "Opening ipv4 listen socket on port 8883.")
    mq(t + 4, "mosquitto version 2.0.20 running")
    t += 2000
    port = rng.randrange(30000, 60000)
    aip = "10.60.2.%d" % rng.randrange(2, 250)
    mq(t, "New connection from %s:%d on port 1883." % (aip, port))
    mq(t + 80, "New client connected from %s:%d as gps-ingest-vendora (p2, c0, k30, u'gps-vendora')." % (aip, port))
    first = True
    for k in range(9):
        t += rng.randrange(3000, 8000)
        port = rng.randrange(30000, 60000)
        mq(t, "New connection from %s:%d on port 1883." % (bip, port))
        mq(t + 15, "Client gps-ingest-vendorb disconnected, not authorised.", ev=first)
        gi(t + 20, "b", "ERROR", "mqtt connect failed", ev=first, broker="tcp://mosquitto.plough-fleet.svc:1883",
           client_id="gps-ingest-vendorb", user="gps-vendorb", err=q("not Authorized"), retry_in="%ds" % min(2 ** (k + 1), 30))
        first = False
        gi(t + 25, "b", "WARN", "dropping buffered positions", buffered=str(rng.randrange(200, 900)), vendor="B")
        for j in range(2):
            gi(t + 400 + j * 900, "a", "INFO", "positions published", vendor="A", count=str(rng.randrange(20, 60)))
        if k in (3, 7):
            dm(t + 1500, "WARN", "no position update in 5m for %d vehicles (vendor=B, depots=north,harbour)" % rng.randrange(34, 41))
    return record(
        "winterroads",
        "Half of the ploughs (vendor B) vanished from the dispatch map - is Mosquitto broken?",
        k8s_selector(ns), w, "ERROR", "auth_failure", "gps-ingest",
        "After mosquitto restarted with the rotated password file, the vendor-B bridge gps-ingest-vendorb still "
        "presents the old password for user gps-vendorb, so the broker rejects it as 'not authorised'.",
        "The broker is up and the vendor-A bridge publishes normally, but every connection attempt of the vendor-B "
        "bridge is refused with an authorisation error, so vendor-B plough positions are dropped and missing from "
        "the dispatch map.",
        "Update the gps-ingest-vendorb credentials (secret) to the rotated password and restart the bridge; make it "
        "reload the secret on rotation.")


def b_freezer_influx_cert_expired():
    rng = rng_for("b_freezer_influx_cert_expired")
    w = Win()
    host = "freezer-mon01"
    d0 = day_ms(rng)
    expiry = d0
    t = d0 + rng.randrange(40, 90) * 60000 + rng.randrange(60000)
    url = "https://freezer-mon01.coldchain.internal:8086"

    def tg(ms, lvl, msg, ev=False):
        w.add(ms, jl(host, "telegraf.service"), "%s %s! %s" % (iso_s(ms), lvl, msg), ev)

    def ix(ms, lvl, msg, ev=False, extra="service=http"):
        w.add(ms, jl(host, "influxdb.service"),
              "ts=%s lvl=%s msg=%s log_id=0tA3mQbW000 %s" % (iso_us(ms), lvl, q(msg), extra), ev)

    first = True
    dropped = 0
    for k in range(10):
        t = (t // 10000 + 1) * 10000
        tg(t, "E", '[outputs.influxdb_v2] When writing to [%s]: Post "%s/api/v2/write?bucket=freezers&org=coldchain&precision=ns": '
                   "tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time %s is "
                   "after %s" % (url, url, iso_s(t), iso_s(expiry - 1000)), ev=first)
        tg(t + 1, "E", "[agent] Error writing to outputs.influxdb_v2: failed to send metrics to any configured server(s)")
        if k % 3 == 0:
            ix(t + 3, "info", "http: TLS handshake error from 127.0.0.1:%d: remote error: tls: bad certificate" % rng.randrange(40000, 60000),
               ev=first)
        first = False
        if k >= 6:
            dropped += rng.randrange(900, 1400)
            tg(t + 2, "W", "[outputs.influxdb_v2] Metric buffer overflow; %d metrics have been dropped" % dropped)
        if k == 4:
            tg(t + 5000, "W", "[inputs.modbus] Collection took longer than expected; not complete after interval of 10s")
        if k == 5:
            ix(t + 4000, "info", "Retention policy deletion check (start)",
               extra="service=retention op_name=retention_delete_check op_event=start")
            ix(t + 4010, "info", "Retention policy deletion check (end)",
               extra="service=retention op_name=retention_delete_check op_event=end op_elapsed=0.812ms")
    w.add(t + 3000, jl(host, "grafana-server.service"),
          'logger=tsdb.influx_flux endpoint=queryData pluginId=influxdb dsName=freezers dsUID=%s uname=viewer t=%s level=error '
          'msg="Query error" error="Post \\"%s/api/v2/query?org=coldchain\\": tls: failed to verify certificate: x509: '
          'certificate has expired or is not yet valid: current time %s is after %s"'
          % (alnum(rng, 14), iso_off(t + 3000, "Z")[:-1] + "Z", url, iso_s(t + 3000), iso_s(expiry - 1000)))
    return record(
        "coldchain",
        "Freezer temperature dashboards stopped updating after midnight - is Telegraf broken on freezer-mon01?",
        None, w, "ERROR", "tls_certificate", "influxdb",
        "The TLS certificate served by InfluxDB on freezer-mon01 expired at midnight, so Telegraf's writes and "
        "Grafana's queries fail certificate verification.",
        "No freezer temperature readings have been stored since the certificate expired; Telegraf keeps retrying, "
        "its buffer is overflowing and readings are being dropped.",
        "Install a renewed certificate for InfluxDB (and automate renewal), restart influxdb; Telegraf will flush "
        "what is still buffered.")


def b_fxrates_slow_504():
    rng = rng_for("b_fxrates_slow_504")
    w = Win()
    ns = "payouts"
    t = start_ms(rng, 9, 17)
    ppods = [pod_of(rng, "tutor-payouts-api") for _ in range(2)]
    pnodes = [TU_NODES[0], TU_NODES[4]]
    fpod = pod_of(rng, "fx-rates")
    fnode = TU_NODES[2]
    auth = "fx-rates.payouts.svc.cluster.local:8080"
    cluster = "outbound|8080||fx-rates.payouts.svc.cluster.local"
    fhost = "10.52.2.%d:8080" % rng.randrange(2, 250)
    ccys = ["SEK", "NOK", "PLN", "GBP", "USD", "CHF"]

    def env(ms, i, ccy, status, flags, details, dur, ev=False):
        w.add(ms, pl(ns, ppods[i], "istio-proxy", pnodes[i], "tutor-payouts-api"),
              envoy_line(rng, ms, "GET", "/v1/quote?from=EUR&to=%s" % ccy, status, flags, details, dur, auth, fhost, cluster,
                         "python-httpx/0.27.2"), ev)

    def pay(ms, i, lvl, msg, ev=False):
        w.add(ms, pl(ns, ppods[i], "api", pnodes[i], "tutor-payouts-api"),
              "%s %s [payouts.api] %s" % (dt_space(ms, ","), lvl, msg), ev)

    def fx(ms, lvl, msg, ev=False, thread=None):
        w.add(ms, pl(ns, fpod, "fx-rates", fnode, "fx-rates"),
              "%s %-5s [%s] c.t.fx.RatesService - %s" % (dt_space(ms, ".", 3), lvl, thread or "http-%d" % rng.randrange(1, 64), msg), ev)

    def ledger_ok(ms, i):
        w.add(ms, pl(ns, ppods[i], "istio-proxy", pnodes[i], "tutor-payouts-api"),
              envoy_line(rng, ms, "POST", "/v1/entries", 201, "-", "via_upstream", rng.randrange(8, 40),
                         "ledger.payouts.svc.cluster.local:8080", "10.52.4.%d:8080" % rng.randrange(2, 250),
                         "outbound|8080||ledger.payouts.svc.cluster.local", "python-httpx/0.27.2"))

    fx(t, "INFO", "scheduled refresh of 31 currency pairs started", thread="rates-refresh-1")
    t_refresh = t
    first = True
    for k in range(16):
        t += rng.randrange(900, 2400)
        i = k % 2
        ccy = pick(rng, ccys)
        payout = rng.randrange(100000, 999999)
        if k % 3 != 1:
            env(t, i, ccy, 504, "UT", "response_timeout", 10001, ev=first)
            pay(t + 5, i, "ERROR", "payout %d quote EUR->%s failed: upstream request timeout (504 from fx-rates); payout "
                                   "left in state QUOTE_FAILED" % (payout, ccy), ev=first)
            if k % 3 == 0 and k < 13:
                total = 12000 + rng.randrange(3000)
                fx(t - 10000 + total, "WARN", "slow response GET /v1/quote?from=EUR&to=%s: %d ms (lock wait %d ms, refresh in "
                   "progress)" % (ccy, total, total - rng.randrange(150, 600)), ev=(k == 0))
            first = False
        else:
            ledger_ok(t, i)
            pay(t + 3, i, "INFO", "payout %d created in EUR (no conversion needed)" % payout)
    t += 6000
    fx(t, "INFO", "scheduled refresh of 31 currency pairs finished in %d ms" % (t - t_refresh), ev=True, thread="rates-refresh-1")
    return record(
        "tutoring",
        "Payouts to tutors outside the eurozone are failing with 504 - is the Istio gateway timing out?",
        k8s_selector(ns), w, "ERROR", "timeout", "fx-rates",
        "fx-rates holds a global lock while it refreshes all currency pairs, so quote requests wait 12-15 s and exceed "
        "the 10 s route timeout; Envoy answers 504 UT.",
        "Every payout that needs a currency conversion fails with QUOTE_FAILED while fx-rates is refreshing; EUR "
        "payouts without conversion still succeed.",
        "Change fx-rates to serve the previous rates while refreshing (no global lock on the read path), then "
        "re-queue the QUOTE_FAILED payouts.")

def b_route_optimizer_panic():
    rng = rng_for("b_route_optimizer_panic")
    w = Win()
    ns = "dispatch"
    t = start_ms(rng, 2, 5)
    opod = pod_of(rng, "route-optimizer")
    onode = WR_NODES[2]
    dpod = pod_of(rng, "plough-dispatcher")
    dnode = WR_NODES[0]
    circuits = ["N-%02d" % n for n in range(1, 13)] + ["H-%02d" % n for n in range(1, 7)]
    bad = ("N-07", "H-03", "N-11")

    def ro(ms, msg, ev=False):
        w.add(ms, pl(ns, opod, "optimizer", onode, "route-optimizer"), msg, ev)

    def dp(ms, lvl, msg, ev=False):
        w.add(ms, pl(ns, dpod, "dispatcher", dnode, "plough-dispatcher"),
              "%s [%s] dispatcher.plans: %s" % (dt_space(ms, ","), lvl, msg), ev)

    dp(t, "INFO", "storm plan requested: snow_depth_forecast=14cm start=%s circuits=%d" % (iso_s(t + 3600000), len(circuits)))
    ro(t + 50, "%s INFO road graph loaded: 18412 segments (3 added since last plan)" % dt_slash(t + 50))
    first = True
    for k, c in enumerate(circuits):
        t += rng.randrange(700, 1800)
        cip = "10.60.1.%d" % rng.randrange(2, 250)
        if c in bad:
            ro(t, "%s http: panic serving %s:%d: runtime error: index out of range [0] with length 0"
               % (dt_slash(t), cip, rng.randrange(30000, 60000)), ev=first)
            if first:
                ro(t + 1, "goroutine %d [running]:" % rng.randrange(10000, 30000))
                ro(t + 1, "net/http.(*conn).serve.func1()")
                ro(t + 1, "\t/usr/local/go/src/net/http/server.go:1947 +0xbe")
                ro(t + 1, "panic({0xa1c2e0?, 0xc00041a030?})")
                ro(t + 1, "\t/usr/local/go/src/runtime/panic.go:785 +0x132")
                ro(t + 1, "github.com/city-roads/route-optimizer/internal/plan.(*Planner).segmentStart(...)", ev=True)
                ro(t + 1, "\t/src/internal/plan/segments.go:88", ev=True)
                ro(t + 1, "github.com/city-roads/route-optimizer/internal/plan.(*Planner).buildCircuit(0xc0001c4000, {0xc000512a80, 0x5})")
                ro(t + 1, "\t/src/internal/plan/circuit.go:142 +0x3a5")
            dp(t + 3, "ERROR", "route plan for circuit %s failed: ('Connection aborted.', RemoteDisconnected('Remote end closed "
                               "connection without response'))" % c, ev=first)
            first = False
            dp(t + 800, "INFO", "retrying circuit %s (attempt 2/3)" % c)
            ro(t + 805, "%s http: panic serving %s:%d: runtime error: index out of range [0] with length 0"
               % (dt_slash(t + 805), cip, rng.randrange(30000, 60000)))
            dp(t + 808, "ERROR", "route plan for circuit %s failed after retries; falling back to last season's static route" % c)
        else:
            dp(t + rng.randrange(200, 900), "INFO", "circuit %s planned: %d trucks, %.1f km, eta %d min"
               % (c, rng.randrange(2, 6), 20 + rng.random() * 60, rng.randrange(70, 190)))
    t += 3000
    dp(t, "WARNING", "storm plan finished: %d/%d circuits optimised, %d on static fallback routes" % (len(circuits) - len(bad), len(circuits), len(bad)))
    return record(
        "winterroads",
        "The storm plan left three circuits on static fallback routes - is the dispatcher's network flaky?",
        k8s_selector(ns), w, "ERROR", "application_error", "route-optimizer",
        "route-optimizer panics (index out of range [0] with length 0 in Planner.segmentStart, segments.go:88) on "
        "circuits that include the newly added road segments with empty geometry; Go's HTTP server drops the connection.",
        "Route planning fails for the circuits containing the new segments; the dispatcher sees the connection "
        "aborted and falls back to static routes for those circuits while the others are optimised.",
        "Fix route-optimizer to handle segments without geometry (and fix the three new segments' geometry in the "
        "road graph), then re-run the storm plan.")


def celery_ts(ms):
    return dt_space(ms, ",", 3)


def b_salt_reports_missing_env():
    rng = rng_for("b_salt_reports_missing_env")
    w = Win()
    host, proj = "depot-app01", "saltstock"
    day = day_ms(rng)
    t = day + 5 * 3600000 + 58 * 60000 + rng.randrange(0, 50000)

    def wk(ms, who, msg, ev=False):
        w.add(ms, dcl(host, proj, "worker"), "[%s: %s] %s" % (celery_ts(ms), who, msg), ev)

    def bt(ms, msg):
        w.add(ms, dcl(host, proj, "beat"), "[%s: INFO/MainProcess] %s" % (celery_ts(ms), msg))

    def web(ms):
        path = pick(rng, ["/stock/", "/api/stock/depot/%d" % rng.randrange(1, 14), "/deliveries/today/", "/static/app.css"])
        w.add(ms, dcl(host, proj, "web"), '10.40.3.%d - - [%s] "GET %s HTTP/1.1" 200 %d "-" "%s"'
              % (rng.randrange(2, 250), clf(ms), path, rng.randrange(300, 9000), pick(rng, BROWSER_UAS)))

    def fail(ms, task, tid, first):
        wk(ms, "INFO/MainProcess", "Task %s[%s] received" % (task, tid))
        wk(ms + 300, "ERROR/ForkPoolWorker-%d" % rng.randrange(1, 5),
           "Task %s[%s] raised unexpected: KeyError('REPORT_SMTP_HOST')" % (task, tid), ev=first)
        w.add(ms + 300, dcl(host, proj, "worker"), "Traceback (most recent call last):")
        w.add(ms + 300, dcl(host, proj, "worker"), '  File "/usr/local/lib/python3.12/site-packages/celery/app/trace.py", line 453, in trace_task')
        w.add(ms + 300, dcl(host, proj, "worker"), '  File "/app/reports/tasks.py", line 61, in %s' % task.split(".")[-1])
        w.add(ms + 300, dcl(host, proj, "worker"), "    transport = build_transport()")
        w.add(ms + 300, dcl(host, proj, "worker"), '  File "/app/reports/mailer.py", line 14, in build_transport')
        w.add(ms + 300, dcl(host, proj, "worker"), '    host = os.environ["REPORT_SMTP_HOST"]', first)
        w.add(ms + 300, dcl(host, proj, "worker"), '  File "<frozen os>", line 714, in __getitem__')
        w.add(ms + 300, dcl(host, proj, "worker"), "KeyError: 'REPORT_SMTP_HOST'", first)

    for k in range(3):
        web(t + k * 7000)
    t += 22000
    wk(t, "INFO/MainProcess", "Connected to redis://redis:6379/0")
    wk(t + 40, "INFO/MainProcess", "mingle: searching for neighbors")
    wk(t + 1100, "INFO/MainProcess", "mingle: all alone")
    wk(t + 1300, "INFO/MainProcess", "celery@%s ready." % hexs(rng, 12))
    t = day + 6 * 3600000 + rng.randrange(0, 400)
    bt(t, "Scheduler: Sending due task daily-salt-report (reports.tasks.send_daily_salt_report)")
    bt(t + 5, "Scheduler: Sending due task low-stock-alerts (reports.tasks.send_low_stock_alerts)")
    fail(t + 40, "reports.tasks.send_daily_salt_report", uuid(rng), True)
    fail(t + 60, "reports.tasks.send_low_stock_alerts", uuid(rng), False)
    for k in range(4):
        web(t + 3000 + k * 6000 + rng.randrange(1000))
    t += 30000
    rid = uuid(rng)
    wk(t, "INFO/MainProcess", "Task reports.tasks.refresh_stock_levels[%s] received" % rid)
    wk(t + 900, "INFO/ForkPoolWorker-3", "Task reports.tasks.refresh_stock_levels[%s] succeeded in 0.8712s: 14" % rid)
    t = day + 7 * 3600000 + rng.randrange(0, 400)
    bt(t, "Scheduler: Sending due task low-stock-alerts (reports.tasks.send_low_stock_alerts)")
    fail(t + 40, "reports.tasks.send_low_stock_alerts", uuid(rng), False)
    web(t + 5000)
    return record(
        "winterroads",
        "Depot managers got no daily salt stock report this morning - is the mail server down?",
        None, w, "ERROR", "config_error", "worker",
        "The saltstock Celery worker was recreated without the REPORT_SMTP_HOST environment variable, so every "
        "report and alert task fails with KeyError('REPORT_SMTP_HOST') before it even contacts the mail server.",
        "The daily salt stock report and the hourly low-stock alerts are failing since the worker was redeployed; "
        "the stock web application itself works.",
        "Restore REPORT_SMTP_HOST in the worker's environment (compose .env / environment section), recreate the "
        "worker and re-run the daily report.")


def b_excursion_reports_readonly():
    rng = rng_for("b_excursion_reports_readonly")
    w = Win()
    ns = "quality"
    t = start_ms(rng, 8, 16)
    pod = pod_of(rng, "excursion-reports")
    node = CC_NODES[3]
    ipod = pod_of(rng, "traefik")
    inode = CC_NODES[4]
    dev = "sdd"

    def app(ms, lvl, msg, ev=False):
        w.add(ms, pl(ns, pod, "reports", node, "excursion-reports"),
              "%s %s [excursions.pdf] %s" % (dt_space(ms, ","), lvl, msg), ev)

    def kl(ms, msg, ev=False):
        w.add(ms, nodel(node, "kernel"), msg, ev)

    def tr(ms, path, status, meth="POST"):
        w.add(ms, pl("traefik", ipod, "traefik", inode, "traefik"),
              traefik_access(rng, ms, meth, path, status, rng.randrange(80, 3000), "quality-excursion-reports@kubernetescrd",
                             "http://10.244.3.%d:8000" % rng.randrange(2, 250), rng.randrange(30, 900), ua=pick(rng, BROWSER_UAS)))

    y, mo, d, _, _, _, _ = parts(t)
    for k in range(2):
        eid = "EXC-%04d%02d-%04d" % (y, mo, rng.randrange(1000, 9999))
        tr(t + k * 4000, "/api/excursions/%s/report" % eid, 201)
        app(t + k * 4000 - 20, "INFO", "report written /data/reports/%04d/%02d/%s.pdf (%d KiB)" % (y, mo, eid, rng.randrange(80, 400)))
    t += 9000
    blk = rng.randrange(1000000, 3000000)
    kl(t, "sd 1:0:0:3: [%s] tag#%d FAILED Result: hostbyte=DID_ERROR driverbyte=DRIVER_OK cmd_age=30s" % (dev, rng.randrange(1, 60)))
    kl(t + 1, "I/O error, dev %s, sector %d op 0x1:(WRITE) flags 0x800 phys_seg 8 prio class 2" % (dev, blk * 8), True)
    kl(t + 2, "Buffer I/O error on dev %s, logical block %d, lost async page write" % (dev, blk))
    kl(t + 40, "EXT4-fs error (device %s): ext4_journal_check_start:84: comm python3: Detected aborted journal" % dev, True)
    kl(t + 42, "EXT4-fs (%s): Remounting filesystem read-only" % dev, True)
    t += 5000
    first = True
    for k in range(12):
        t += rng.randrange(2000, 7000)
        eid = "EXC-%04d%02d-%04d" % (y, mo, rng.randrange(1000, 9999))
        if k % 4 == 3:
            tr(t, "/api/excursions?status=open", 200, "GET")
            continue
        app(t, "ERROR", "report generation failed for %s: OSError: [Errno 30] Read-only file system: "
                        "'/data/reports/%04d/%02d/%s.pdf'" % (eid, y, mo, eid), ev=first)
        first = False
        tr(t + 10, "/api/excursions/%s/report" % eid, 500)
    w.add(t + 2000, nodel(node, "kubelet.service"),
          klog("E", t + 2000, 2210, "kubelet_volumes.go:263",
               '"There were many similar errors. Turn up verbosity to see them." err="orphaned pod \\"%s\\" found, but error '
               'occurred when trying to remove the volumes dir: not a directory" numErrs=1' % uuid(rng)))
    return record(
        "coldchain",
        "Generating temperature excursion reports returns 500 - what is wrong with excursion-reports?",
        k8s_selector(ns, "excursion-reports"), w, "ERROR", "storage", "excursion-reports",
        "Write I/O errors on the disk backing the excursion-reports volume (%s) aborted the ext4 journal and the "
        "kernel remounted the filesystem read-only, so the service cannot write report PDFs." % dev,
        "New excursion reports fail with 'Read-only file system' (HTTP 500) since the volume went read-only; reading "
        "existing excursions still works.",
        "Move the pod to a fresh attachment of the volume (or restore from snapshot) after running fsck; investigate "
        "the disk's I/O errors before reusing it. Regenerate the failed reports.")


def b_video_rooms_429():
    rng = rng_for("b_video_rooms_429")
    w = Win()
    ns = "lessons"
    base = start_ms(rng, 16, 20)
    t = (base // 3600000 + 1) * 3600000 - 40000
    rpods = [pod_of(rng, "lesson-rooms") for _ in range(2)]
    rnodes = [TU_NODES[1], TU_NODES[3]]
    bpod = pod_of(rng, "web-bff")
    bnode = TU_NODES[2]
    egress = pod_of(rng, "istio-egressgateway")
    enode = TU_NODES[0]

    def rooms(ms, i, lvl, msg, extra, ev=False):
        d = {"level": lvl, "time": ms, "pid": 1, "hostname": rpods[i], "msg": msg}
        d.update(extra)
        w.add(ms, pl(ns, rpods[i], "rooms", rnodes[i], "lesson-rooms"), json.dumps(d, separators=(",", ":")), ev)

    def bff(ms, status, lid):
        w.add(ms, pl(ns, bpod, "bff", bnode, "web-bff"),
              '{"level":%d,"time":%d,"msg":"request completed","req":{"method":"POST","url":"/api/lessons/%d/join"},'
              '"res":{"statusCode":%d},"responseTime":%d}' % (30 if status < 500 else 50, ms, lid, status, rng.randrange(80, 900)))

    def eg(ms, status, ev=False):
        w.add(ms, pl("istio-system", egress, "istio-proxy", enode, "istio-egressgateway"),
              '[%s] "POST /v1/Rooms HTTP/2" %d - via_upstream - "-" 212 %d %d %d "10.52.1.%d" "twilio-node/5.3.4 (linux x64) node/v20.18.0" '
              '"%s" "video.twilio.com" "54.172.60.%d:443" outbound|443||video.twilio.com - 10.52.0.%d:443 10.52.1.%d:40912 video.twilio.com -'
              % (iso(ms), status, 160 if status == 429 else 1100, rng.randrange(40, 300), rng.randrange(40, 300),
                 rng.randrange(2, 250), uuid(rng), rng.randrange(2, 250), rng.randrange(2, 250), rng.randrange(2, 250)), ev)

    for k in range(3):
        lid = rng.randrange(240000, 260000)
        eg(t + k * 5000, 201)
        rooms(t + k * 5000 + 30, k % 2, 30, "room created", {"lessonId": lid, "roomSid": "RM" + hexs(rng, 32)})
        bff(t + k * 5000 + 60, 200, lid)
    t += 40000
    rooms(t, 0, 30, "top-of-hour batch: creating rooms", {"lessons": 284, "concurrency": 50})
    first = True
    for k in range(20):
        t += rng.randrange(150, 900)
        i = k % 2
        lid = rng.randrange(240000, 260000)
        if k % 5 in (1, 3):
            eg(t, 201)
            rooms(t + 20, i, 30, "room created", {"lessonId": lid, "roomSid": "RM" + hexs(rng, 32)})
            bff(t + 40, 200, lid)
        else:
            eg(t, 429, ev=first)
            rooms(t + 20, i, 50, "room creation failed", {"lessonId": lid, "status": 429, "code": 20429,
                                                          "message": "Too Many Requests",
                                                          "moreInfo": "https://www.twilio.com/docs/errors/20429", "attempt": 3},
                  ev=first)
            first = False
            bff(t + 40, 503, lid)
    t += 4000
    rooms(t, 0, 40, "top-of-hour batch finished", {"created": 97, "failed": 187})
    return record(
        "tutoring",
        "Students at the top of the hour get 'could not start lesson' - is the BFF failing?",
        k8s_selector(ns), w, "ERROR", "rate_limited", "lesson-rooms",
        "lesson-rooms creates all top-of-hour video rooms in one burst with 50 concurrent requests, and Twilio "
        "rejects most of them with 429 (error 20429 Too Many Requests); three immediate retries do not help.",
        "About two thirds of the lessons starting on the hour cannot get a video room, so the join request returns "
        "503; rooms created outside the burst work.",
        "Pre-create rooms a few minutes ahead and spread the requests, keep concurrency under the provider limit, "
        "and retry 429s with exponential backoff.")


def b_phpfpm_max_children():
    rng = rng_for("b_phpfpm_max_children")
    w = Win()
    host = "tutor-web03"
    t = start_ms(rng, 18, 21)
    site = "www.lingotutors.example"

    def ng_acc(ms, path, st, rt):
        w.add(ms, sysl(host, "nginx"), rfc5424(ms, 190, host, "nginx", "-", "access",
                                               '%d.%d.%d.%d - - [%s] "GET %s HTTP/2.0" %d %d "-" "%s" rt=%.3f'
                                               % (rng.randrange(80, 200), rng.randrange(256), rng.randrange(256), rng.randrange(1, 255),
                                                  clf(ms), path, st, rng.randrange(500, 30000) if st == 200 else 157,
                                                  pick(rng, BROWSER_UAS), rt)))

    def ng_err(ms, msg, ev=False):
        w.add(ms, sysl(host, "nginx"), rfc5424(ms, 187, host, "nginx", "-", "error", "%s [error] 1812#1812: *%d %s"
                                               % (dt_slash(ms), rng.randrange(400000, 500000), msg)), ev)

    def fpm(ms, pri, msg, ev=False):
        w.add(ms, sysl(host, "php-fpm"), rfc5424(ms, pri, host, "php-fpm", "1190", "-", msg), ev)

    paths = ["/tutors/%s" % n for n in ["anna-s", "jonas-k", "maria-p", "li-wei", "omar-h"]] + ["/search?lang=de", "/"]
    for k in range(4):
        ng_acc(t + k * 800, pick(rng, paths), 200, 0.1 + rng.random() * 0.3)
    t += 4000
    fpm(t, 28, "[pool www] seems busy (you may need to increase pm.start_servers, or pm.min/max_spare_servers), spawning 8 "
               "children, there are 0 idle, and 9 total children")
    t += 1500
    fpm(t, 28, "[pool www] server reached pm.max_children setting (12), consider raising it", True)
    for k in range(6):
        t += rng.randrange(7000, 11000)
        ng_acc(t, pick(rng, paths), 200, 3 + rng.random() * 6)
    for k in range(18):
        t += rng.randrange(300, 1200)
        p = pick(rng, paths)
        r = k % 3
        cl = "%d.%d.%d.%d" % (rng.randrange(80, 200), rng.randrange(256), rng.randrange(256), rng.randrange(1, 255))
        if r == 0:
            ng_err(t, "upstream timed out (110: Connection timed out) while reading response header from upstream, client: %s, "
                      "server: %s, request: \"GET %s HTTP/2.0\", upstream: \"fastcgi://unix:/run/php/php8.2-fpm.sock:\", host: \"%s\""
                   % (cl, site, p, site))
            ng_acc(t + 1, p, 504, 60.0)
        elif r == 1 and k % 2:
            ng_err(t, "connect() to unix:/run/php/php8.2-fpm.sock failed (11: Resource temporarily unavailable) while connecting "
                      "to upstream, client: %s, server: %s, request: \"GET %s HTTP/2.0\", upstream: \"fastcgi://unix:/run/php/"
                      "php8.2-fpm.sock:\", host: \"%s\"" % (cl, site, p, site))
            ng_acc(t + 1, p, 502, 0.0)
        else:
            ng_acc(t, p, 200, 2 + rng.random() * 8)
        if k in (5, 12):
            fpm(t + 200, 28, "[pool www] child %d, script '/var/www/tutors/public/index.php' (request: \"GET /index.php\") executing "
                             "too slow (%d.%06d sec), logging" % (rng.randrange(3000, 9000), rng.randrange(5, 9), rng.randrange(10**6)))
        if k == 9:
            fpm(t + 300, 28, "[pool www] server reached pm.max_children setting (12), consider raising it", True)
    return record(
        "tutoring",
        "The tutor profile site returns 502 and 504 at the evening peak - is nginx overloaded?",
        None, w, "ERROR", "resource_exhausted", "php-fpm",
        "The php-fpm pool 'www' is capped at pm.max_children=12; at the evening peak all workers are busy with slow "
        "requests, so nginx waits until its FastCGI timeout (504) or cannot even connect to the socket (502).",
        "Roughly half of the profile and search pages fail with 502/504 during the peak while nginx itself is fine.",
        "Raise pm.max_children to what memory allows (and review the slow log for the slow index.php paths); consider "
        "a page cache for tutor profiles.")

# ================================================================ CRITICAL
def crashloop_lines(w, rng, ns, pod, container, node, t, backoff, tid, ev=False):
    """kubelet journal + event for a container in CrashLoopBackOff"""
    uid = uuid(rng)
    w.add(t, nodel(node, "kubelet.service"),
          klog("E", t, tid, "pod_workers.go:1301",
               '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"%s\\" with CrashLoopBackOff: '
               '\\"back-off %s restarting failed container=%s pod=%s_%s(%s)\\"" pod="%s/%s" podUID="%s"'
               % (container, backoff, container, pod, ns, uid, ns, pod, uid)), ev)
    w.add(t + 5, evl(ns), kev("Warning", "BackOff", "Pod", pod, "kubelet", node,
                              "Back-off restarting failed container %s in pod %s_%s(%s)" % (container, pod, ns, uid)))


def b_ingest_crashloop_missing_env():
    rng = rng_for("b_ingest_crashloop_missing_env")
    w = Win()
    ns = "coldchain-telemetry"
    t = start_ms(rng, 9, 16)
    old_rs, new_rs = k8s_rand(rng, 10), k8s_rand(rng, 10)
    pods = [pod_of(rng, "telemetry-ingest", new_rs) for _ in range(3)]
    nodes = [CC_NODES[0], CC_NODES[2], CC_NODES[3]]
    apod = pod_of(rng, "excursion-alerter")
    anode = CC_NODES[1]
    img = "acrcoldchain.azurecr.io/telemetry-ingest:2.9.0"

    def app_fail(ms, i, ev):
        lab = pl(ns, pods[i], "ingest", nodes[i], "telemetry-ingest")
        w.add(ms, lab, "%s INFO  [MainThread] telemetry_ingest.main: telemetry-ingest 2.9.0 starting" % dt_space(ms, ","))
        w.add(ms + 400, lab, "Traceback (most recent call last):")
        w.add(ms + 400, lab, '  File "/app/telemetry_ingest/main.py", line 22, in <module>')
        w.add(ms + 400, lab, "    settings = Settings()")
        w.add(ms + 400, lab, "pydantic_core._pydantic_core.ValidationError: 1 validation error for Settings", ev)
        w.add(ms + 400, lab, "kafka_bootstrap_servers", ev)
        w.add(ms + 400, lab, "  Field required [type=missing, input_value={'kafka_group_id': 'telemetry-ingest', "
                             "'kafka_topic': 'reefer.telemetry', 'tsdb_dsn': '***'}, input_type=dict]", ev)
        w.add(ms + 400, lab, "    For further information visit https://errors.pydantic.dev/2.9/v/missing")

    w.add(t, evl(ns), kev("Normal", "ScalingReplicaSet", "Deployment", "telemetry-ingest", "deployment-controller", None,
                          "Scaled down replica set telemetry-ingest-%s to 0 from 3" % old_rs))
    t += 2000
    w.add(t, evl(ns), kev("Normal", "ScalingReplicaSet", "Deployment", "telemetry-ingest", "deployment-controller", None,
                          "Scaled up replica set telemetry-ingest-%s to 3" % new_rs))
    t += 1500
    for i in range(3):
        w.add(t + i * 40, evl(ns), kev("Normal", "Pulling", "Pod", pods[i], "kubelet", nodes[i], 'Pulling image "%s"' % img))
    t += 4200
    for i in range(3):
        tt = t + i * 300
        w.add(tt, evl(ns), kev("Normal", "Pulled", "Pod", pods[i], "kubelet", nodes[i],
                               'Successfully pulled image "%s" in 4.1%02ds (4.1%02ds including waiting). Image size: 61234112 bytes.'
                               % (img, i, i)))
        w.add(tt + 100, evl(ns), kev("Normal", "Started", "Pod", pods[i], "kubelet", nodes[i], "Started container ingest"))
        app_fail(tt + 900, i, ev=(i == 0))
    backoffs = ["10s", "20s", "40s", "1m20s"]
    for r in range(4):
        t += [12000, 22000, 42000, 80000][r]
        for i in range(3):
            crashloop_lines(w, rng, ns, pods[i], "ingest", nodes[i], t + i * 250, backoffs[r], 1888 + 37 * i, ev=(r == 0 and i == 0))
        if r < 3:
            app_fail(t + 11000 + rng.randrange(200), rng.randrange(3), False)
        if r >= 1:
            w.add(t + 3000, pl(ns, apod, "alerter", anode, "excursion-alerter"),
                  "%s WARN  [alerts] no telemetry received for %ds from 214 reefer units and 46 warehouse freezers; excursion "
                  "alerts suspended" % (dt_space(t + 3000, ","), 60 * (r + 1)))
    return record(
        "coldchain",
        "telemetry-ingest is in CrashLoopBackOff after the 2.9.0 release - is Kafka down?",
        k8s_selector(ns, "telemetry-ingest"), w, "CRITICAL", "config_error", "telemetry-ingest",
        "telemetry-ingest 2.9.0 requires KAFKA_BOOTSTRAP_SERVERS, which the deployment's environment does not provide, "
        "so settings validation fails ('kafka_bootstrap_servers Field required') and the process exits at start.",
        "All telemetry-ingest pods crash at startup (the Recreate rollout removed the old pods), so no reefer or "
        "freezer temperature readings are ingested and excursion alerts are suspended.",
        "Add KAFKA_BOOTSTRAP_SERVERS to the telemetry-ingest ConfigMap/env (or roll back to 2.8.1) immediately, then "
        "confirm consumers catch up on the Kafka backlog.")


def b_payouts_pg_disk_full():
    rng = rng_for("b_payouts_pg_disk_full")
    w = Win()
    host = "payouts-db01"
    t = day_ms(rng) + 3 * 3600000 + rng.randrange(0, 1800) * 1000
    unit = "postgresql@16-main.service"
    pm = rng.randrange(900, 1100)

    def pg(ms, pid, lvl, msg, ev=False):
        w.add(ms, jl(host, unit), pglog(ms, pid, lvl, msg), ev)

    def sd(ms, u, msg, ev=False):
        w.add(ms, jl(host, u), msg, ev)

    def api(ms, msg, ev=False):
        w.add(ms, jl(host, "tutor-payouts-api.service"), msg, ev)

    sd(t, "init.scope", "Starting payouts-dump.service - Nightly pg_dump of payouts...")
    sd(t + 500, "payouts-dump.service", "payouts-dump.sh: dumping database payouts to /var/lib/postgresql/16/dumps/payouts-%s (format=directory, jobs=4, "
       "free on /var/lib/postgresql: 7.4G)" % iso(t)[:10], True)
    t += 420000
    pg(t, rng.randrange(20000, 30000), "ERROR", 'could not extend file "base/16384/24611.3": No space left on device', True)
    pg(t + 1, rng.randrange(20000, 30000), "HINT", "Check free disk space.")
    api(t + 50, '[ERROR] payouts.api: POST /v1/payouts failed: psycopg.errors.DiskFull: could not extend file '
                '"base/16384/24611.3": No space left on device')
    sd(t + 400, "payouts-dump.service", "pg_dump: error: could not write to file: No space left on device", True)
    sd(t + 500, "init.scope", "payouts-dump.service: Main process exited, code=exited, status=1/FAILURE")
    sd(t + 501, "init.scope", "payouts-dump.service: Failed with result 'exit-code'.")
    t += 3000
    wal = rng.randrange(1000, 2000)
    pg(t, wal, "PANIC", 'could not write to file "pg_wal/xlogtemp.%d": No space left on device' % wal, True)
    pg(t + 40, pm, "LOG", "WAL writer process (PID %d) was terminated by signal 6: Aborted" % wal)
    pg(t + 41, pm, "LOG", "terminating any other active server processes")
    pg(t + 300, pm, "LOG", "all server processes terminated; reinitializing")
    st = rng.randrange(4000, 5000)
    pg(t + 400, st, "LOG", "database system was interrupted; last known up at %s" % dt_space(t - 60000, ".", 0, " UTC"))
    pg(t + 450, st, "LOG", "database system was not properly shut down; automatic recovery in progress")
    pg(t + 470, st, "LOG", "redo starts at 2A/7F0012E8")
    pg(t + 900, st, "FATAL", 'could not write to file "pg_wal/xlogtemp.%d": No space left on device' % st, True)
    pg(t + 910, pm, "LOG", "startup process (PID %d) exited with exit code 1" % st)
    pg(t + 911, pm, "LOG", "aborting startup due to startup process failure")
    pg(t + 930, pm, "LOG", "database system is shut down")
    sd(t + 1000, "init.scope", "%s: Main process exited, code=exited, status=1/FAILURE" % unit)
    sd(t + 1001, "init.scope", "%s: Failed with result 'exit-code'." % unit)
    t += 2000
    for k in range(10):
        t += rng.randrange(1500, 6000)
        api(t, '[ERROR] payouts.api: %s /v1/%s failed: psycopg.OperationalError: connection failed: connection to server at '
               '"127.0.0.1", port 5432 failed: Connection refused' % (pick(rng, ["GET", "POST"]), pick(rng, ["payouts", "balances", "statements"])))
        if k % 3 == 0:
            api(t + 5, '10.52.3.%d - - [%s] "GET /healthz HTTP/1.1" 503 31 "-" "kube-probe/1.30"' % (rng.randrange(2, 250), clf(t + 5)))
    sd(t + 2000, "init.scope", "Starting sysstat-collect.service - system activity accounting tool...")
    sd(t + 2400, "init.scope", "sysstat-collect.service: Deactivated successfully.")
    return record(
        "tutoring",
        "The tutor payouts API returns connection refused for everything - did the API service crash?",
        None, w, "CRITICAL", "resource_exhausted", "postgresql",
        "The PostgreSQL data filesystem on payouts-db01 is full - the nightly pg_dump writes its dump next to the data "
        "directory - so Postgres could not write WAL, panicked, and cannot restart.",
        "The payouts database is down and will not come back while the disk is full; every payouts API call fails with "
        "connection refused, so tutors' payouts and balances are unavailable.",
        "Free space now (remove the partial dump in /var/lib/postgresql/16/dumps), start postgresql@16-main and verify "
        "recovery; move the dump target to a different filesystem.")


def b_node_mce_lost():
    rng = rng_for("b_node_mce_lost")
    w = Win()
    ns = "plough-fleet"
    t = start_ms(rng, 2, 6)
    bad = WR_NODES[2]
    gpods = [pod_of(rng, "gps-ingest-vendora"), pod_of(rng, "gps-ingest-vendorb")]
    gnodes = [WR_NODES[0], WR_NODES[4]]
    dpod = pod_of(rng, "dispatch-map")
    dnode = WR_NODES[1]
    dimm = "CPU_SrcID#0_MC#0_Chan#1_DIMM#0"

    def kl(ms, msg, ev=False):
        w.add(ms, nodel(bad, "kernel"), msg, ev)

    def mq(ms, msg):
        w.add(ms, pl(ns, "mosquitto-0", "mosquitto", bad, "mosquitto"), "%d: %s" % (epoch_s(ms), msg))

    def gi(ms, i, lvl, msg, **kv):
        s = "time=%s level=%s msg=%s" % (iso(ms), lvl, q(msg))
        for kk in sorted(kv):
            s += " %s=%s" % (kk, kv[kk])
        w.add(ms, pl(ns, gpods[i], "bridge", gnodes[i], "gps-ingest"), s)

    for k in range(3):
        mq(t + k * 4000, "Client plough-%03d has exceeded timeout, disconnecting." % rng.randrange(1, 140)
           if k == 1 else "New client connected from 10.60.%d.%d:%d as plough-%03d (p2, c0, k60, u'plough')."
           % (rng.randrange(0, 4), rng.randrange(2, 250), rng.randrange(30000, 60000), rng.randrange(1, 140)))
        gi(t + k * 4000 + 500, k % 2, "INFO", "positions published", vendor="AB"[k % 2], count=str(rng.randrange(20, 60)))
    t += 12000
    for k in range(3):
        kl(t + k * 2100, "EDAC MC0: 1 CE memory read error on %s (channel:1 slot:0 page:0x3f12a offset:0x%x grain:32 "
                         "syndrome:0x0 - err_code:0x0000:0x009f socket:0 imc:0 rank:1)" % (dimm, rng.randrange(0, 4096) & ~63),
           ev=(k == 0))
    t += 7000
    kl(t, "mce: [Hardware Error]: Machine check events logged")
    t += 1500
    kl(t, "EDAC MC0: 1 UE memory read error on %s (channel:1 slot:0 page:0x3f12a offset:0x0 grain:32 syndrome:0x0 - "
          "err_code:0x0000:0x009f socket:0 imc:0 rank:1)" % dimm, True)
    kl(t + 2, "mce: [Hardware Error]: CPU 7: Machine Check Exception: 5 Bank 13: bd800000000c0090", True)
    kl(t + 3, "mce: [Hardware Error]: TSC 3b2a4f1c8a20 ADDR 3f12a000 MISC 200001c020204086")
    kl(t + 4, "Kernel panic - not syncing: Fatal machine check", True)
    t += 41000
    w.add(t, evl("default"), kev("Normal", "NodeNotReady", "Node", bad, "node-controller", None,
                                 "Node %s status is now: NodeNotReady" % bad), True)
    w.add(t + 200, evl(ns), kev("Warning", "NodeNotReady", "Pod", "mosquitto-0", "node-controller", None, "Node is not ready"))
    notready_t = t
    evicted = False
    for k in range(14):
        t += rng.randrange(20000, 28000)
        i = k % 2
        gi(t, i, "ERROR", "mqtt connect failed", broker="tcp://mosquitto.plough-fleet.svc:1883",
           client_id="gps-ingest-vendor%s" % "ab"[i], err=q("dial tcp 10.43.112.17:1883: connect: connection refused"),
           retry_in="30s")
        if k in (4, 10):
            w.add(t + 500, pl("tracker", dpod, "web", dnode, "dispatch-map"),
                  "%s WARN no position update in 5m for %d vehicles (vendor=A,B)" % (iso(t + 500), 131))
        if not evicted and t > notready_t + 300000:
            evicted = True
            w.add(notready_t + 300200, evl(ns), kev("Normal", "TaintManagerEviction", "Pod", "mosquitto-0",
                                                    "taint-eviction-controller", None,
                                                    "Marking for deletion Pod plough-fleet/mosquitto-0"))
    w.add(t + 4000, evl(ns), kev("Warning", "FailedToUpdateEndpoint", "Endpoints", "mosquitto", "endpoint-controller", None,
                                 "Failed to update endpoint plough-fleet/mosquitto: no ready pods"))
    return record(
        "winterroads",
        "All ploughs disappeared from the dispatch map - is Mosquitto down?",
        k8s_selector(ns), w, "CRITICAL", "node_failure", bad,
        "Node %s hit an uncorrectable memory error (EDAC UE on %s) and panicked with a fatal machine check; the "
        "single mosquitto-0 broker pod was on that node." % (bad, dimm),
        "The node is lost (NotReady) and the StatefulSet pod mosquitto-0 cannot be recreated elsewhere while the node "
        "is unreachable, so the MQTT broker is down, the GPS bridges get connection refused and no plough positions "
        "reach the dispatch map.",
        "Power off / fence %s and delete the node object (or force-delete mosquitto-0) so the broker is rescheduled; "
        "replace the faulty DIMM before returning the node." % bad)


def b_pick_api_oom_loop():
    rng = rng_for("b_pick_api_oom_loop")
    w = Win()
    ns = "wms"
    t = start_ms(rng, 5, 9)
    rs = k8s_rand(rng, 10)
    pods = [pod_of(rng, "pick-api", rs) for _ in range(3)]
    nodes = [CC_NODES[0], CC_NODES[1], CC_NODES[3]]
    trpod = pod_of(rng, "traefik")
    trnode = CC_NODES[4]
    wave = rng.randrange(4000, 5000)

    def api(ms, i, lvl, thread, logger, msg, ev=False):
        w.add(ms, pl(ns, pods[i], "pick-api", nodes[i], "pick-api"), spring(ms, lvl, "pick-api", thread, logger, msg), ev)

    def tr(ms, status):
        path = pick(rng, ["/api/picks/%d/confirm" % rng.randrange(800000, 900000), "/api/waves/current", "/api/picks/next"])
        meth = "POST" if "confirm" in path else "GET"
        w.add(ms, pl("traefik", trpod, "traefik", trnode, "traefik"),
              '10.244.%d.%d - - [%s] "%s %s HTTP/1.1" %d 19 "-" "okhttp/4.12.0" %d "wms-pick-api@kubernetescrd" "-" 0ms'
              % (rng.randrange(0, 5), rng.randrange(2, 250), clf(ms), meth, path, status, rng.randrange(10000, 99999)))

    def oom(ms, i, ev):
        pid = rng.randrange(3000, 9000)
        lab = nodel(nodes[i], "kernel")
        w.add(ms, lab, "java invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=936")
        w.add(ms + 2, lab, "memory: usage 2097152kB, limit 2097152kB, failcnt %d" % rng.randrange(100, 900))
        w.add(ms + 3, lab, "Memory cgroup out of memory: Killed process %d (java) total-vm:5821124kB, anon-rss:2081220kB, "
                           "file-rss:24112kB, shmem-rss:0kB, UID:185 pgtables:4580kB oom_score_adj:936" % pid, ev)
        cid = hexs(rng, 64)
        w.add(ms + 60, nodel(nodes[i], "containerd.service"),
              ctrd(ms + 60, "info", "TaskExit event in podsandbox handler container_id:\"%s\" id:\"%s\" pid:%d exit_status:137 "
                                   "exited_at:{seconds:%d nanos:%d}" % (cid, cid, pid, epoch_s(ms + 60), sub_ns(ms + 60))))

    def boot(ms, i):
        st = rng.randrange(11000, 16000)
        api(ms, i, "INFO", "main", "c.c.wms.pick.PickApiApplication", "Started PickApiApplication in %d.%03d seconds (process running for %d.%03d)"
            % (st // 1000, st % 1000, (st + 900 + rng.randrange(600)) // 1000, (st + 900 + rng.randrange(600)) % 1000))
        api(ms + 900, i, "INFO", "wave-loader-1", "c.c.wms.pick.wave.WaveCache",
            "Loading active wave %d into memory: %d order lines, %d pick locations" % (wave, rng.randrange(46000, 49000), rng.randrange(9000, 9900)),
            ev=(i == 0 and ms < t0 + 60000))

    t0 = t
    for i in range(3):
        boot(t + i * 400, i)
    t += 8000
    for i in range(3):
        oom(t + i * 700, i, ev=(i == 0))
    t += 3000
    for i in range(3):
        w.add(t + i * 200, evl(ns), kev("Normal", "Pulled", "Pod", pods[i], "kubelet", nodes[i],
                                        'Container image "acrcoldchain.azurecr.io/pick-api:3.14.0" already present on machine'))
    for k in range(4):
        tr(t + 500 + k * 700, 503)
    t += 15000
    for i in range(3):
        boot(t + i * 300, i)
    t += 8500
    for i in range(3):
        oom(t + i * 600, i, ev=False)
    for r, bo in enumerate(["20s", "40s", "1m20s"]):
        t += [4000, 24000, 44000][r]
        for i in range(3):
            crashloop_lines(w, rng, ns, pods[i], "pick-api", nodes[i], t + i * 300, bo, 2210 + 41 * i, ev=(r == 0 and i == 0))
        for k in range(5):
            tr(t + 1000 + k * rng.randrange(800, 3000), 503)
    return record(
        "coldchain",
        "Order picking is down: scanners show 'service unavailable'. Is Traefik broken?",
        k8s_selector(ns, "pick-api"), w, "CRITICAL", "oom_killed", "pick-api",
        "pick-api 3.14.0 loads the whole active wave (about 47k order lines) into memory at startup and exceeds its "
        "2Gi container limit; the kernel OOM-kills java (exit 137) on every start.",
        "All three pick-api replicas are OOM-killed seconds after starting and are now in CrashLoopBackOff, so Traefik "
        "has no backend and every picking request gets 503.",
        "Roll pick-api back to the previous release or raise the memory limit now; then make the wave cache load "
        "lazily or page through the wave.")

def b_search_image_pull_auth():
    rng = rng_for("b_search_image_pull_auth")
    w = Win()
    ns = "search"
    t = start_ms(rng, 1, 5)
    rs = k8s_rand(rng, 10)
    oldpods = [pod_of(rng, "tutor-search", rs) for _ in range(2)]
    newpods = [pod_of(rng, "tutor-search", rs) for _ in range(2)]
    oldnodes = [TU_NODES[0], TU_NODES[2]]
    newnodes = ["gke-tutor-prod-pool-3-5d7e1f20-b6kz", "gke-tutor-prod-pool-3-5d7e1f20-q9wt"]
    img = "registry.lingotutors.example/search/tutor-search:5.2.1"
    tok = ("https://registry.lingotutors.example/service/token?scope=repository%3Asearch%2Ftutor-search%3Apull"
           "&service=harbor-registry")
    err = ('failed to pull and unpack image "%s": failed to resolve reference "%s": failed to authorize: failed to fetch '
           'oauth token: unexpected status from GET request to %s: 401 Unauthorized' % (img, img, tok))
    bpod = pod_of(rng, "web-bff")
    bnode = TU_NODES[1]

    def bff(ms, ev=False):
        w.add(ms, pl("lessons", bpod, "bff", bnode, "web-bff"),
              '{"level":50,"time":%d,"msg":"search upstream failed","err":"503 Service Unavailable: no healthy upstream",'
              '"req":{"method":"GET","url":"/api/search/tutors?lang=%s"},"res":{"statusCode":502}}'
              % (ms, pick(rng, ["es", "de", "ja", "sv", "fr"])), ev)

    for i in range(2):
        w.add(t + i * 100, evl("default"), kev("Normal", "NodeNotSchedulable", "Node", oldnodes[i], "kubelet", oldnodes[i],
                                               "Node %s status is now: NodeNotSchedulable" % oldnodes[i]))
    t += 2000
    for i in range(2):
        w.add(t + i * 300, evl(ns), kev("Normal", "Killing", "Pod", oldpods[i], "kubelet", oldnodes[i], "Stopping container tutor-search"))
    t += 1500
    for i in range(2):
        w.add(t + i * 50, evl(ns), kev("Normal", "Scheduled", "Pod", newpods[i], "default-scheduler", None,
                                       "Successfully assigned search/%s to %s" % (newpods[i], newnodes[i])))
    t += 1200
    first = True
    for r in range(4):
        for i in range(2):
            tt = t + i * 200
            w.add(tt, evl(ns), kev("Normal", "Pulling", "Pod", newpods[i], "kubelet", newnodes[i], 'Pulling image "%s"' % img))
            w.add(tt + 400, nodel(newnodes[i], "containerd.service"),
                  ctrd(tt + 400, "error", 'PullImage "%s" failed' % img, "error=%s" % q("rpc error: code = Unknown desc = " + err)),
                  first)
            w.add(tt + 450, evl(ns), kev("Warning", "Failed", "Pod", newpods[i], "kubelet", newnodes[i],
                                         'Failed to pull image "%s": %s' % (img, err)), first)
            first = False
            w.add(tt + 451, evl(ns), kev("Warning", "Failed", "Pod", newpods[i], "kubelet", newnodes[i], "Error: ErrImagePull"))
            w.add(tt + 1500, evl(ns), kev("Normal", "BackOff", "Pod", newpods[i], "kubelet", newnodes[i],
                                          'Back-off pulling image "%s"' % img))
            w.add(tt + 1501, evl(ns), kev("Warning", "Failed", "Pod", newpods[i], "kubelet", newnodes[i], "Error: ImagePullBackOff"))
        for k in range(3):
            bff(t + 2000 + k * rng.randrange(1500, 4000))
        t += [10000, 20000, 40000, 80000][r]
    return record(
        "tutoring",
        "Tutor search is down for everyone since the node pool upgrade - is the web BFF broken?",
        k8s_selector(ns, "tutor-search"), w, "CRITICAL", "image_pull", "tutor-search",
        "The tutor-search pods were moved to the new node pool, which has no cached copy of the image, and pulling it "
        "from the Harbor registry fails with 401 Unauthorized: the imagePullSecret's robot credentials are no longer "
        "valid.",
        "Both tutor-search replicas are stuck in ImagePullBackOff after the old nodes were drained, so search has no "
        "healthy backend and the BFF returns 502 for every search.",
        "Renew the Harbor robot account token and update the imagePullSecret in the search namespace (or uncordon an "
        "old node temporarily); then verify the pods start.")


def b_postgis_stopped():
    rng = rng_for("b_postgis_stopped")
    w = Win()
    host = "ploughmap01"
    t = start_ms(rng, 4, 7)
    site = "ploughmap.city.example"
    pg_unit = "postgresql@16-main.service"

    def api(ms, msg, ev=False):
        w.add(ms, jl(host, "ploughmap-api.service"), msg, ev)

    def caddy(ms, uri, status, dur):
        lvl = "error" if status >= 500 else "info"
        d = {"level": lvl, "ts": float("%d.%06d" % (ms // 1000, sub_us(ms))), "logger": "http.log.access.log0",
             "msg": "handled request",
             "request": {"remote_ip": "%d.%d.%d.%d" % (rng.randrange(80, 95), rng.randrange(256), rng.randrange(256), rng.randrange(1, 255)),
                         "proto": "HTTP/2.0", "method": "GET", "host": site, "uri": uri},
             "bytes_read": 0, "duration": dur, "size": 38 if status >= 500 else rng.randrange(2000, 9000), "status": status}
        w.add(ms, jl(host, "caddy.service"), json.dumps(d, separators=(",", ":")))

    sudo_pid = rng.randrange(10000, 20000)
    w.add(t, {"host": host, "job": "systemd-journal", "unit": "session-41.scope"},
          "sudo[%d]:  adm-ek : TTY=pts/0 ; PWD=/home/adm-ek ; USER=root ; COMMAND=/usr/bin/systemctl stop %s" % (sudo_pid, pg_unit),
          True)
    w.add(t + 100, jl(host, "init.scope"), "Stopping %s - PostgreSQL Cluster 16-main..." % pg_unit, True)
    w.add(t + 600, jl(host, pg_unit), pglog(t + 600, 1012, "LOG", "received fast shutdown request"))
    w.add(t + 700, jl(host, pg_unit), pglog(t + 700, 1012, "LOG", "database system is shut down"))
    w.add(t + 900, jl(host, "init.scope"), "%s: Deactivated successfully." % pg_unit)
    w.add(t + 901, jl(host, "init.scope"), "Stopped %s - PostgreSQL Cluster 16-main." % pg_unit, True)
    t += 240000
    w.add(t, {"host": host, "job": "systemd-journal", "unit": "session-41.scope"},
          "sudo[%d]:  adm-ek : TTY=pts/0 ; PWD=/home/adm-ek ; USER=root ; COMMAND=/usr/bin/apt-get -y upgrade" % (sudo_pid + 812))
    t += 90000
    w.add(t, {"host": host, "job": "systemd-journal", "unit": "session-41.scope"},
          "pam_unix(sudo:session): session closed for user root")
    first = True
    for k in range(16):
        t += rng.randrange(2000, 8000)
        z = pick(rng, ["north", "centre", "harbour", "airport-road"])
        if k % 4 == 3:
            caddy(t, "/static/map.js", 200, 0.0011)
            continue
        api(t, '[ERROR] ploughmap.api: GET /api/positions?zone=%s -> 503: sqlalchemy.exc.OperationalError: '
               '(psycopg2.OperationalError) connection to server at "127.0.0.1", port 5432 failed: Connection refused' % z,
            ev=first)
        if first:
            api(t + 1, "\tIs the server running on that host and accepting TCP/IP connections?")
        first = False
        caddy(t + 3, "/api/positions?zone=%s" % z, 503, 0.004)
    return record(
        "winterroads",
        "The public plough map shows 'service unavailable' - is Caddy down on ploughmap01?",
        None, w, "CRITICAL", "connection_refused", "postgresql",
        "PostgreSQL on ploughmap01 was stopped by an administrator during package maintenance and never started "
        "again, so the map API's connections to 127.0.0.1:5432 are refused.",
        "The public plough map is down: every position request fails with 503 because its database is not running; "
        "Caddy and the API process themselves are up.",
        "Start postgresql@16-main on ploughmap01 now and check the map recovers; add the DB to the maintenance "
        "checklist/monitoring.")


def b_tsdb_xfs_shutdown():
    rng = rng_for("b_tsdb_xfs_shutdown")
    w = Win()
    ns = "coldchain-telemetry"
    t = start_ms(rng, 0, 22)
    node = CC_NODES[2]
    dev = "sde"
    ipods = [pod_of(rng, "telemetry-ingest") for _ in range(2)]
    inodes = [CC_NODES[0], CC_NODES[3]]
    tid = 1432

    def db(ms, pid, lvl, msg, ev=False):
        w.add(ms, pl(ns, "freezer-tsdb-0", "timescaledb", node, "freezer-tsdb"), pglog(ms, pid, lvl, msg), ev)

    def kl(ms, msg, ev=False):
        w.add(ms, nodel(node, "kernel"), msg, ev)

    def ing(ms, i, lvl, msg):
        w.add(ms, pl(ns, ipods[i], "ingest", inodes[i], "telemetry-ingest"),
              "%s %-5s [MainThread] telemetry_ingest.%s" % (dt_space(ms, ","), lvl, msg))

    for k in range(3):
        ing(t + k * 2000, k % 2, "INFO", "writer: inserted %d readings into freezer_readings (batch %d ms)"
            % (rng.randrange(800, 1500), rng.randrange(20, 80)))
    t += 7000
    kl(t, "blk_update_request: I/O error, dev %s, sector %d op 0x1:(WRITE) flags 0x9800 phys_seg 1 prio class 0"
       % (dev, rng.randrange(10**7, 10**8)), True)
    kl(t + 20, "XFS (%s): metadata I/O error in \"xfs_buf_ioend+0x1a3/0x3f0 [xfs]\" at daddr 0x1a2c8 len 32 error 5" % dev)
    kl(t + 21, "XFS (%s): log I/O error -5" % dev, True)
    kl(t + 22, "XFS (%s): Filesystem has been shut down due to log error (0x2)." % dev, True)
    kl(t + 23, "XFS (%s): Please unmount the filesystem and rectify the problem(s)." % dev)
    t += 600
    wal = rng.randrange(100, 300)
    db(t, wal, "PANIC", 'could not fdatasync file "000000010000002A0000007F": Input/output error', True)
    db(t + 50, 1, "LOG", "WAL writer process (PID %d) was terminated by signal 6: Aborted" % wal)
    db(t + 51, 1, "LOG", "terminating any other active server processes")
    db(t + 300, 1, "LOG", "all server processes terminated; reinitializing")
    db(t + 400, 1, "PANIC", 'could not open file "global/pg_control": Input/output error', True)
    first = True
    backoffs = ["10s", "20s", "40s", "1m20s"]
    for r in range(4):
        t += [3000, 12000, 22000, 42000][r]
        if r > 0:
            db(t - 2000, 1, "PANIC", 'could not open file "global/pg_control": Input/output error')
        crashloop_lines(w, rng, ns, "freezer-tsdb-0", "timescaledb", node, t, backoffs[r], tid)
        for k in range(3):
            tt = t + 1000 + k * rng.randrange(2000, 5000)
            ing(tt, k % 2, "ERROR", "writer: insert failed: connection to server at \"freezer-tsdb.coldchain-telemetry.svc\" "
                                    "(10.0.141.23), port 5432 failed: Connection refused")
            if k == 2:
                ing(tt + 5, k % 2, "WARNING", "writer: buffering readings locally: %d buffered (%d%% of 50000)"
                    % (9000 * (r + 1), 18 * (r + 1)))
    return record(
        "coldchain",
        "telemetry-ingest cannot write freezer readings and freezer-tsdb-0 keeps restarting - what happened?",
        k8s_selector(ns), w, "CRITICAL", "storage", "freezer-tsdb",
        "The disk backing freezer-tsdb-0's data volume (%s) returned write I/O errors; XFS shut the filesystem down, "
        "TimescaleDB panicked on fdatasync and now cannot even read pg_control." % dev,
        "The freezer time-series database is down in a crash loop with an unusable data volume; telemetry-ingest is "
        "buffering readings locally and will start dropping them when its buffer fills.",
        "Fail the database over to its replica/restore from backup onto a new volume now; detach and check the "
        "failing disk; make sure the ingest buffer is drained once the DB is back.")


def b_weather_liveness_path():
    rng = rng_for("b_weather_liveness_path")
    w = Win()
    ns = "road-weather"
    t = start_ms(rng, 4, 8)
    new_rs = k8s_rand(rng, 10)
    pods = [pod_of(rng, "road-weather-api", new_rs) for _ in range(3)]
    nodes = [WR_NODES[0], WR_NODES[2], WR_NODES[4]]
    pips = ["10.60.%d.%d" % (i, rng.randrange(2, 250)) for i in range(3)]
    ingpod = pod_of(rng, "ingress-nginx-controller")
    ignode = WR_NODES[3]

    def app(ms, i, msg, ev=False):
        w.add(ms, pl(ns, pods[i], "api", nodes[i], "road-weather-api"), msg, ev)

    def access(ms, i, path, st, ua):
        app(ms, i, '%s - - [%s] "GET %s HTTP/1.1" %d %d "-" "%s"' % (
            "10.60.%d.1" % i if ua.startswith("kube-probe") else "10.60.3.%d" % rng.randrange(2, 250), clf(ms), path, st,
            22 if st == 404 else rng.randrange(500, 5000), ua), ev=(st == 404 and ms < t0 + 10500))

    def start(ms, i):
        app(ms, i, "%s INFO  road_weather.app: road-weather-api 3.0.0 starting (health endpoints: /health/live, /health/ready)"
            % dt_space(ms, ","), ev=(ms < t0 + 5000 and i == 0))
        app(ms + 800, i, "[%s] [1] [INFO] Listening at: http://0.0.0.0:8080 (1)" % dt_space(ms + 800, ".", 0, " +0000"))

    t0 = t
    w.add(t - 3000, evl(ns), kev("Normal", "ScalingReplicaSet", "Deployment", "road-weather-api", "deployment-controller", None,
                                 "Scaled up replica set road-weather-api-%s to 3 from 0" % new_rs))
    for cyc in range(3):
        for i in range(3):
            start(t + i * 300, i)
        for p in range(3):
            for i in range(3):
                tt = t + 10000 * (p + 1) + i * 300
                access(tt, i, "/healthz", 404, "kube-probe/1.30")
                w.add(tt + 5, evl(ns), kev("Warning", "Unhealthy", "Pod", pods[i], "kubelet", nodes[i],
                                           "Liveness probe failed: HTTP probe failed with statuscode: 404"), ev=(cyc == 0 and p == 0 and i == 0))
            if p == 1:
                access(t + 10000 * (p + 1) + 2000, rng.randrange(3), "/health/ready", 200, "kube-probe/1.30")
        tt = t + 30000 + 100
        for i in range(3):
            w.add(tt + i * 300, evl(ns), kev("Normal", "Killing", "Pod", pods[i], "kubelet", nodes[i],
                                             "Container api failed liveness probe, will be restarted"), ev=(cyc == 0 and i == 0))
        ing_t = tt + 1500
        w.add(ing_t, pl("ingress-nginx", ingpod, "controller", ignode, "ingress-nginx"),
              '10.60.1.%d - - [%s] "GET /v2/stations/current HTTP/1.1" 503 190 "-" "plough-dispatcher/4.2" 212 0.000 '
              '[road-weather-road-weather-api-80] [] - - - - %s' % (rng.randrange(2, 250), clf(ing_t), hexs(rng, 32)))
        t = tt + [2000, 10000, 20000][cyc]
    for i in range(3):
        crashloop_lines(w, rng, ns, pods[i], "api", nodes[i], t + i * 200, "40s", 1877 + 29 * i)
    return record(
        "winterroads",
        "road-weather-api pods restart every 30 seconds since the 3.0 rollout - is the new release crashing?",
        k8s_selector(ns, "road-weather-api"), w, "CRITICAL", "probe_failure", "road-weather-api",
        "road-weather-api 3.0 moved its health endpoint from /healthz to /health/live, but the Deployment's liveness "
        "probe still requests /healthz, gets 404, and the kubelet kills the healthy containers after three failures.",
        "All replicas are restarted every ~30 seconds and are mostly not ready, so the road-weather API is "
        "unavailable to the plough dispatcher and the public map (503 from the ingress).",
        "Change the liveness probe path to /health/live (and readiness to /health/ready) in the Deployment and roll it "
        "out.")

# ================================================================ assembly
BUILDERS = [
    # INFO / none
    b_keycloak_rollout, b_rabbitmq_upgrade, b_depot_nightly, b_mosquitto_churn, b_rails_sidekiq, b_postfix_relay,
    b_mongo_stepdown, b_caddy_phpfpm, b_airflow_payout_recon, b_opensearch_restart, b_vault_consul_failover,
    b_dotnet_booking_rollout,
    # WARN
    b_ingest_oom_one_replica, b_signaling_slow_availability, b_depot_zfs_degraded, b_postgis_replica_lag,
    b_node_containerd_blip, b_payouts_rate_limited, b_recordings_disk_trend, b_tracker_readiness_flap,
    b_reefer_gateway_cert_expiry, b_sfu_pending_scaleup,
    # ERROR
    b_wms_pg_too_many_clients, b_coredns_upstream_timeout, b_gps_bridge_not_authorised, b_freezer_influx_cert_expired,
    b_fxrates_slow_504, b_route_optimizer_panic, b_salt_reports_missing_env, b_excursion_reports_readonly,
    b_video_rooms_429, b_phpfpm_max_children,
    # CRITICAL
    b_ingest_crashloop_missing_env, b_payouts_pg_disk_full, b_node_mce_lost, b_pick_api_oom_loop,
    b_search_image_pull_auth, b_postgis_stopped, b_tsdb_xfs_shutdown, b_weather_liveness_path,
]

LO_MS = epoch_ms(2026, 11, 1)
HI_MS = epoch_ms(2026, 12, 16)


def max_run(sevs):
    best = run = 0
    prev = None
    for s in sevs:
        run = run + 1 if s == prev else 1
        prev = s
        best = max(best, run)
    return best


def build_all():
    recs = []
    for b in BUILDERS:
        r = b()
        # sanity: time order, window inside the winter range, evidence in range
        ts = [l["ts"] for l in r["logs"]]
        assert ts == sorted(ts), b.__name__
        assert ts[0] >= iso(LO_MS) and ts[-1] < iso(HI_MS), b.__name__
        ev = r["expected"]["evidence"]
        assert all(0 <= i < len(r["logs"]) for i in ev), b.__name__
        assert "\n" not in "".join(l["line"] for l in r["logs"]), b.__name__
        assert r["expected"]["severity"] not in r["source"] and r["expected"]["root_cause_category"] not in r["source"]
        recs.append(r)
    order = random.Random("%d/dev40/order" % SEED)
    while True:
        order.shuffle(recs)
        if max_run([r["expected"]["severity"] for r in recs]) <= 3:
            break
    out = []
    for n, r in enumerate(recs, 1):
        rec = {"id": "dev40-%03d" % n}
        rec.update(r)
        out.append(rec)
    return out


def main(argv):
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev40.jsonl")
    if len(argv) >= 2 and argv[0] == "--out":
        out = argv[1]
    recs = build_all()
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(json.dumps(r, sort_keys=True) + "\n")
    print("wrote %d records to %s" % (len(recs), out))


if __name__ == "__main__":
    main(sys.argv[1:])
