#!/usr/bin/env python3
"""Generator for the dev45 held-out log-diagnosis set.

Standard library only.  Deterministic: a single random.Random(204545) drives every
jittered timestamp and generated identifier, and records are emitted in a fixed order,
so running this twice produces byte-identical dev45.jsonl beside this file.

Domains: regional ambulance / EMS dispatch ("amb"), reward-based crowdfunding
("crowd"), self-storage facility chain ("stor").
"""
import json
from datetime import datetime, timedelta, timezone
from pathlib import Path
import random

RNG = random.Random(204545)
HERE = Path(__file__).parent
OUT = HERE / "dev45.jsonl"
RECORDS = []

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
HEXCH = "0123456789abcdef"
RSCH = "bcdfghjklmnpqrstvwxz2456789"


def hexid(n):
    return "".join(RNG.choice(HEXCH) for _ in range(n))


def uid():
    return f"{hexid(8)}-{hexid(4)}-{hexid(4)}-{hexid(4)}-{hexid(12)}"


def rsid(n=5):
    return "".join(RNG.choice(RSCH) for _ in range(n))


def stamps(u, tz_h):
    """Program-native renderings of the instant u (aware, UTC)."""
    lt = u + timedelta(hours=tz_h)
    ms = u.microsecond // 1000
    us = u.microsecond
    ns = us * 1000 + (us * 7919) % 1000
    epoch = u.timestamp()
    if tz_h == 0:
        off = "+00:00"
    else:
        off = f"{'+' if tz_h > 0 else '-'}{abs(int(tz_h)):02d}:00"
    return {
        "@ISO@": f"{u:%Y-%m-%dT%H:%M:%S}.{ms:03d}Z",
        "@ISO6@": f"{u:%Y-%m-%dT%H:%M:%S}.{us:06d}Z",
        "@ISO9@": f"{u:%Y-%m-%dT%H:%M:%S}.{ns:09d}Z",
        "@ISOS@": f"{u:%Y-%m-%dT%H:%M:%S}Z",
        "@OFF@": f"{u:%Y-%m-%dT%H:%M:%S}.{ms:03d}+00:00",
        "@ISOC@": f"{u:%Y-%m-%dT%H:%M:%S},{ms:03d}",
        "@OSRM@": f"{u:%d-%m-%Y %H:%M:%S}",
        "@CEPH@": f"{u:%Y-%m-%dT%H:%M:%S}.{ms:03d}+0000",
        "@LISO@": f"{lt:%Y-%m-%dT%H:%M:%S}.{us:06d}{off}",
        "@KLOG@": f"{u:%m%d %H:%M:%S}.{us:06d}",
        "@SYSLOG@": f"{MON[lt.month - 1]} {lt.day:2d} {lt:%H:%M:%S}",
        "@JOURNAL@": f"{MON[lt.month - 1]} {lt.day:02d} {lt:%H:%M:%S}",
        "@CLF@": f"{u.day:02d}/{MON[u.month - 1]}/{u.year}:{u:%H:%M:%S} +0000",
        "@LCLF@": f"{lt.day:02d}/{MON[lt.month - 1]}/{lt.year}:{lt:%H:%M:%S} {off.replace(':', '')}",
        "@HAPX@": f"{lt.day:02d}/{MON[lt.month - 1]}/{lt.year}:{lt:%H:%M:%S}.{ms:03d}",
        "@PG@": f"{u:%Y-%m-%d %H:%M:%S}.{ms:03d} UTC",
        "@LPG@": f"{lt:%Y-%m-%d %H:%M:%S}.{ms:03d} {'CET' if tz_h == 1 else 'UTC'}",
        "@PY@": f"{u:%Y-%m-%d %H:%M:%S},{ms:03d}",
        "@LPY@": f"{lt:%Y-%m-%d %H:%M:%S},{ms:03d}",
        "@SP@": f"{u:%Y-%m-%d %H:%M:%S}",
        "@LSP@": f"{lt:%Y-%m-%d %H:%M:%S}",
        "@NGX@": f"{u:%Y/%m/%d %H:%M:%S}",
        "@LNGX@": f"{lt:%Y/%m/%d %H:%M:%S}",
        "@REDIS@": f"{u.day:02d} {MON[u.month - 1]} {u.year} {u:%H:%M:%S}.{ms:03d}",
        "@EPOCH@": f"{epoch:.7f}",
        "@EPOCHMS@": f"{int(round(epoch * 1000))}",
        "@EPOCHS@": f"{int(epoch)}",
        "@NATS@": f"{u:%Y/%m/%d %H:%M:%S}.{us:06d}",
        "@HMS@": f"{u:%H:%M:%S}.{ms:03d}",
        "@RABBIT@": f"{u:%Y-%m-%d %H:%M:%S}.{us:06d}+00:00",
        "@MINIO@": f"{u:%H:%M:%S} UTC {u:%m/%d/%Y}",
        "@DOTNET@": f"{u:%Y-%m-%d %H:%M:%S}.{ms:03d} +00:00",
    }


def render(text, u, tz_h):
    if "@" not in text:
        return text
    for k, v in stamps(u, tz_h).items():
        text = text.replace(k, v)
    return text


def fmt_ts(u, tz_h):
    if tz_h == 0:
        return f"{u:%Y-%m-%dT%H:%M:%S}.{u.microsecond // 1000:03d}Z"
    lt = u + timedelta(hours=tz_h)
    sign = "+" if tz_h > 0 else "-"
    return f"{lt:%Y-%m-%dT%H:%M:%S}.{lt.microsecond // 1000:03d}{sign}{abs(int(tz_h)):02d}:00"


def add(rid, *, domain, split, question, selector, start, labels, lines, expected, tz=0):
    """lines: (delta_seconds, label_key, text[, is_evidence]).

    Each line is placed delta seconds plus 3-350 ms of seeded jitter after the previous
    one, so timestamps are strictly increasing at millisecond precision.
    """
    t = datetime.strptime(start, "%Y-%m-%dT%H:%M:%S").replace(tzinfo=timezone.utc)
    logs, evidence = [], []
    for i, ln in enumerate(lines):
        delta, key, text = ln[0], ln[1], ln[2]
        t = t + timedelta(seconds=delta, microseconds=RNG.randint(3000, 350000))
        logs.append({"ts": fmt_ts(t, tz), "labels": dict(labels[key]), "line": render(text, t, tz)})
        if len(ln) > 3 and ln[3]:
            evidence.append(i)
    exp = dict(expected)
    exp["evidence"] = evidence
    if exp["root_cause_category"] == "none":
        assert not evidence, rid
    else:
        assert evidence, rid
    RECORDS.append({
        "id": rid,
        "source": f"synthetic:dev45-{domain}",
        "split": split,
        "question": question,
        "selector": selector,
        "logs": logs,
        "expected": exp,
    })


# ---------------------------------------------------------------- label helpers
def pod(ns, name, container, node, **extra):
    d = {"namespace": ns, "pod": name, "container": container, "node": node}
    d.update(extra)
    return d


def journal(node, unit=None, ident=None):
    d = {"job": "systemd-journal", "node": node}
    if unit:
        d["unit"] = unit
    if ident:
        d["syslog_identifier"] = ident
    return d


def events(ns, cluster):
    return {"job": "integrations/kubernetes/eventhandler", "namespace": ns, "cluster": cluster}


def host(h, app, job="syslog", **extra):
    d = {"host": h, "job": job, "app": app}
    d.update(extra)
    return d


def sel(namespace=None, pod=None, container=None, node=None, app=None):
    return {"namespace": namespace, "pod": pod, "container": container, "node": node, "app": app}


def healthy(root, summary):
    return {"severity": "INFO", "root_cause_category": "none", "root_cause": root,
            "summary": summary, "action": "No action needed."}


def exp(sev, cat, comp, root, summary, action):
    return {"severity": sev, "root_cause_category": cat, "component": comp,
            "root_cause": root, "summary": summary, "action": action}


def jl(d):
    """Compact JSON log line; numeric time tokens are left unquoted."""
    s = json.dumps(d, separators=(",", ":"))
    for tok in ("@EPOCHMS@", "@EPOCH@", "@EPOCHS@"):
        s = s.replace('"' + tok + '"', tok)
    return s


def ev(name, kind, reason, typ, src, msg):
    """Kubernetes event as printed by the Grafana Agent / Alloy eventhandler (logfmt)."""
    api = {"Pod": "v1", "Node": "v1", "PersistentVolumeClaim": "v1", "Deployment": "apps/v1",
           "ReplicaSet": "apps/v1", "StatefulSet": "apps/v1",
           "HorizontalPodAutoscaler": "autoscaling/v2",
           "Certificate": "cert-manager.io/v1"}.get(kind, "v1")
    return (f"name={name}.{hexid(16)} kind={kind} action= objectAPIversion={api} "
            f"objectRV={RNG.randint(10000000, 99999999)} reason={reason} type={typ} "
            f"sourcecomponent={src} sourcehost= msg={json.dumps(msg)}")


# ============================================================ batch 1: healthy
# H1 ambulance CAD API rolling update, all noise benign
_new, _old = "cad-api-5f7d9c8b6-t4kxw", "cad-api-7c8f6d9b4-m2pqz"
_sb = "@ISO@  {lvl} 1 --- [cad-api] [{thr}] {logger:<40} : {msg}"
add("dev45-amb-001", domain="amb", split="dev",
    question="Lots of red in the cad-api logs since the 09:00 rollout. Is anything actually broken?",
    selector=sel(namespace="dispatch", app="cad-api"),
    start="2026-01-14T09:00:04",
    labels={
        "ev": events("dispatch", "ems-prod-1"),
        "new": pod("dispatch", _new, "cad-api", "ems-w-02"),
        "old": pod("dispatch", _old, "cad-api", "ems-w-04"),
        "kl": journal("ems-w-02", unit="kubelet.service"),
        "ing": pod("ingress-nginx", "ingress-nginx-controller-6d5f7b8c9-h8wrn", "controller", "ems-w-01"),
        "kcm": pod("kube-system", "kube-controller-manager-ems-cp-2", "kube-controller-manager", "ems-cp-2"),
    },
    lines=[
        (0, "ev", ev("cad-api", "Deployment", "ScalingReplicaSet", "Normal", "deployment-controller",
                     "Scaled up replica set cad-api-5f7d9c8b6 to 1 from 0")),
        (4, "new", _sb.format(lvl="INFO", thr="           main", logger="c.r.cad.CadApiApplication",
                              msg="Starting CadApiApplication v4.18.2 using Java 21.0.6 with PID 1 (/app/cad-api.jar started by app in /app)")),
        (9, "kl", 'I@KLOG@    1873 prober.go:107] "Probe failed" probeType="Readiness" pod="dispatch/' + _new +
         '" podUID="' + uid() + '" containerName="cad-api" probeResult="failure" output="Get \\"http://10.244.2.61:8080/actuator/health/readiness\\": dial tcp 10.244.2.61:8080: connect: connection refused"'),
        (7, "new", _sb.format(lvl="INFO", thr="           main", logger="com.zaxxer.hikari.HikariDataSource",
                              msg="HikariPool-1 - Start completed.")),
        (4, "new", _sb.format(lvl="INFO", thr="           main", logger="o.s.b.w.embedded.tomcat.TomcatWebServer",
                              msg="Tomcat started on port 8080 (http) with context path '/'")),
        (0, "new", _sb.format(lvl="INFO", thr="           main", logger="c.r.cad.CadApiApplication",
                              msg="Started CadApiApplication in 22.614 seconds (process running for 24.02)")),
        (6, "kl", 'I@KLOG@    1873 kubelet.go:2542] "SyncLoop (probe)" probe="readiness" status="ready" pod="dispatch/' + _new + '"'),
        (2, "ev", ev("cad-api", "Deployment", "ScalingReplicaSet", "Normal", "deployment-controller",
                     "Scaled down replica set cad-api-7c8f6d9b4 to 0 from 1")),
        (1, "old", _sb.format(lvl="INFO", thr="ionShutdownHook", logger="o.s.b.w.e.tomcat.GracefulShutdown",
                              msg="Commencing graceful shutdown. Waiting for active requests to complete")),
        (1, "ing", '10.20.4.17 - - [@CLF@] "GET /api/v1/units/stream?region=north HTTP/1.1" 499 0 "-" "MDT-Client/7.4.1 (Android 13)" 412 58.204 [dispatch-cad-api-8080] [] 10.244.4.23:8080 0 58.203 - ' + hexid(32)),
        (1, "old", _sb.format(lvl="INFO", thr="tomcat-shutdown", logger="o.s.b.w.e.tomcat.GracefulShutdown",
                              msg="Graceful shutdown complete")),
        (0, "old", _sb.format(lvl="INFO", thr="ionShutdownHook", logger="com.zaxxer.hikari.HikariDataSource",
                              msg="HikariPool-1 - Shutdown completed.")),
        (3, "new", _sb.format(lvl="WARN", thr="nio-8080-exec-3", logger="com.zaxxer.hikari.pool.PoolBase",
                              msg="HikariPool-1 - Failed to validate connection org.postgresql.jdbc.PgConnection@5b1e0c2a (This connection has been closed.). Possibly consider using a shorter maxLifetime value.")),
        (2, "ing", '10.20.6.9 - - [@CLF@] "GET /api/v1/incidents/INC-20260114-99999 HTTP/1.1" 404 97 "https://cad.ems-region.example/console" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131.0" 688 0.011 [dispatch-cad-api-8080] [] 10.244.2.61:8080 97 0.011 404 ' + hexid(32)),
        (0, "new", _sb.format(lvl="WARN", thr="nio-8080-exec-5", logger="c.r.cad.web.IncidentController",
                              msg="Incident INC-20260114-99999 not found (console user dsp-117)")),
        (3, "new", _sb.format(lvl="WARN", thr="avl-client-2", logger="c.r.cad.avl.AvlClient",
                              msg="position lookup for unit MED-214 failed (attempt 1/3): java.net.SocketTimeoutException: Read timed out; retrying in 200ms")),
        (0, "new", _sb.format(lvl="INFO", thr="avl-client-2", logger="c.r.cad.avl.AvlClient",
                              msg="position lookup for unit MED-214 succeeded on attempt 2 (age=3s)")),
        (2, "ing", '10.20.6.9 - - [@CLF@] "POST /api/v1/incidents HTTP/1.1" 201 412 "https://cad.ems-region.example/console" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131.0" 1931 0.087 [dispatch-cad-api-8080] [] 10.244.2.61:8080 412 0.087 201 ' + hexid(32)),
        (0, "new", _sb.format(lvl="INFO", thr="nio-8080-exec-7", logger="c.r.cad.service.IncidentService",
                              msg="Created incident INC-20260114-04418 priority=A1 recommended=[MED-214, MED-207]")),
        (4, "kcm", 'I@KLOG@       1 leaderelection.go:257] attempting to acquire leader lease kube-system/kube-controller-manager...'),
        (11, "kcm", 'I@KLOG@       1 leaderelection.go:271] successfully acquired lease kube-system/kube-controller-manager'),
    ],
    expected=healthy(
        "No incident: a planned rolling update of cad-api completed; the only errors are a readiness probe refused once during JVM startup, an expected 404 for a non-existent incident, a 499 from an MDT client disconnect, a stale pooled connection Hikari discarded, an AVL lookup that succeeded on retry and a normal controller-manager leader election.",
        "cad-api rolled to v4.18.2 cleanly; new pod Ready, old pod drained gracefully, incidents are being created. All warnings are benign."),
)

# H2 crowdfunding pledge capture, Kafka consumer rebalance after HPA scale-out
_kn = "ip-10-30-12-88.eu-west-1.compute.internal"
_wn = "ip-10-30-14-203.eu-west-1.compute.internal"
_w1, _w3 = "pledge-capture-worker-84c6d7f9b-2xv9k", "pledge-capture-worker-84c6d7f9b-7hwqn"
_kc = "[@PY@] INFO [GroupCoordinator 1]: {} (kafka.coordinator.group.GroupCoordinator)"
add("dev45-crowd-002", domain="crowd", split="test",
    question="Seeing 402s and a Kafka rebalance in the pledges namespace. Is payment capture broken?",
    selector=sel(namespace="pledges"),
    start="2026-02-06T19:41:10",
    labels={
        "ev": events("pledges", "cf-prod-eu"),
        "k": pod("data", "kafka-1", "kafka", _kn),
        "w1": pod("pledges", _w1, "worker", _wn),
        "w3": pod("pledges", _w3, "worker", "ip-10-30-15-61.eu-west-1.compute.internal"),
        "api": pod("pledges", "pledge-api-6b9d4c7f8-r8t2m", "pledge-api", _wn),
        "fr": pod("risk", "fraud-screening-5c8b7d6f4-kq9zn", "fraud-screening", "ip-10-30-15-61.eu-west-1.compute.internal"),
    },
    lines=[
        (0, "ev", ev("pledge-capture-worker", "HorizontalPodAutoscaler", "SuccessfulRescale", "Normal",
                     "horizontal-pod-autoscaler", "New size: 3; reason: external metric kafka_consumergroup_lag(&LabelSelector{MatchLabels:map[string]string{group: pledge-capture,},MatchExpressions:[]LabelSelectorRequirement{},}) above target")),
        (21, "k", _kc.format("Preparing to rebalance group pledge-capture in state PreparingRebalance with old generation 41 (__consumer_offsets-17) (reason: Adding new member pledge-capture-worker-7hwqn-" + uid() + " with group instance id None; client reason: need to re-join with the given member-id)")),
        (0, "w1", 'time="@ISOS@" level=info msg="consumer group rebalance: partitions revoked" group=pledge-capture partitions="[3 4 5]"'),
        (3, "k", _kc.format("Stabilized group pledge-capture generation 42 (__consumer_offsets-17) with 3 members")),
        (0, "k", _kc.format("Assignment received from leader pledge-capture-worker-2xv9k-" + uid() + " for group pledge-capture for generation 42. The group has 3 members, 0 of which are static.")),
        (0, "w1", 'time="@ISOS@" level=info msg="consumer group rebalance: partitions assigned" group=pledge-capture partitions="[3 4]"'),
        (0, "w3", 'time="@ISOS@" level=info msg="consumer group rebalance: partitions assigned" group=pledge-capture partitions="[5]"'),
        (4, "api", jl({"level": 30, "time": "@EPOCHMS@", "pid": 1, "hostname": "pledge-api-6b9d4c7f8-r8t2m", "reqId": "req-" + rsid(6), "req": {"method": "POST", "url": "/api/v1/pledges"}, "res": {"statusCode": 201}, "responseTime": 212, "msg": "request completed"})),
        (2, "w1", 'time="@ISOS@" level=warning msg="payment capture declined" pledge_id=plg_' + hexid(14) + ' http_status=402 code=card_declined decline_code=insufficient_funds next_action=notify_backer'),
        (3, "api", jl({"level": 40, "time": "@EPOCHMS@", "pid": 1, "hostname": "pledge-api-6b9d4c7f8-r8t2m", "reqId": "req-" + rsid(6), "campaign": "solar-kettle-v2", "reward_tier": "early-bird", "msg": "pledge rejected: reward tier sold out"})),
        (0, "api", jl({"level": 30, "time": "@EPOCHMS@", "pid": 1, "hostname": "pledge-api-6b9d4c7f8-r8t2m", "reqId": "req-" + rsid(6), "req": {"method": "POST", "url": "/api/v1/pledges"}, "res": {"statusCode": 409}, "responseTime": 18, "msg": "request completed"})),
        (5, "w3", 'time="@ISOS@" level=warning msg="stripe request failed, retrying" attempt=1 error="Post \\"https://api.stripe.com/v1/payment_intents/pi_' + hexid(16) + '/capture\\": read tcp 10.244.9.17:51822->54.187.216.72:443: read: connection reset by peer"'),
        (1, "w3", 'time="@ISOS@" level=info msg="payment captured" attempt=2 amount=4500 currency=eur pledge_id=plg_' + hexid(14)),
        (4, "fr", 'time=@ISO@ level=WARN msg="velocity rule near threshold" rule=card_velocity_1h count=4 threshold=5 decision=allow'),
        (6, "api", jl({"level": 30, "time": "@EPOCHMS@", "pid": 1, "hostname": "pledge-api-6b9d4c7f8-r8t2m", "reqId": "req-" + rsid(6), "err": {"type": "Error", "message": "aborted", "code": "ECONNRESET"}, "msg": "request aborted by client"})),
        (12, "k", "[@PY@] INFO [LocalLog partition=pledge-events-4, dir=/var/lib/kafka/data] Rolled new log segment at offset 88412093 in 3 ms. (kafka.log.LocalLog)"),
        (9, "w1", 'time="@ISOS@" level=info msg="capture batch committed" group=pledge-capture partition=3 offset=5520931 captured=118 declined=2 lag=14'),
    ],
    expected=healthy(
        "No incident: the HPA scaled the capture workers to 3 and Kafka completed a normal consumer-group rebalance; the 402s are individual card declines, the 409 is a sold-out reward tier, one Stripe connection reset succeeded on retry and one client aborted its request.",
        "Payment capture is healthy: the rebalance stabilised at generation 42, captures continue and consumer lag is low."),
)

# H3 self-storage billing host, nightly autopay cron prints 'errors' in its summary
_bh = "ss-billing-01"
add("dev45-stor-003", domain="stor", split="dev",
    question="The nightly autopay cron on ss-billing-01 printed 'errors' again. Did the run fail?",
    selector=sel(node=_bh),
    start="2026-02-03T02:00:01",
    labels={
        "cron": host(_bh, "CRON"), "ap": host(_bh, "autopay"), "ssh": host(_bh, "sshd"),
        "chr": host(_bh, "chronyd"), "pf": host(_bh, "postfix"), "sudo": host(_bh, "sudo"),
    },
    lines=[
        (0, "cron", "@SYSLOG@ ss-billing-01 CRON[23112]: (billing) CMD (/opt/billing/bin/autopay-run --region=all >> /var/log/autopay/run.log 2>&1)"),
        (1, "ap", "@SYSLOG@ ss-billing-01 autopay[23113]: autopay-run starting batch=2026-02-03 tenants_due=1412 gateway=stripe"),
        (14, "ssh", "@SYSLOG@ ss-billing-01 sshd[23140]: Invalid user admin from 185.220.101.47 port 51220"),
        (0, "ssh", "@SYSLOG@ ss-billing-01 sshd[23140]: Connection closed by invalid user admin 185.220.101.47 port 51220 [preauth]"),
        (37, "ap", "@SYSLOG@ ss-billing-01 autopay[23113]: charge declined tenant=T-0088123 unit=LDS-B114 code=card_declined decline_code=do_not_honor; retry scheduled in 72h"),
        (41, "ap", "@SYSLOG@ ss-billing-01 autopay[23113]: gateway error tenant=T-0091870 attempt=1/3: Could not connect to Stripe (Network error [errno 28]: Operation timed out after 30001 milliseconds); retrying"),
        (2, "ap", "@SYSLOG@ ss-billing-01 autopay[23113]: charge ok tenant=T-0091870 unit=MAN-A042 attempt=2/3 amount=GBP 89.00"),
        (60, "chr", "@SYSLOG@ ss-billing-01 chronyd[812]: Selected source 162.159.200.1 (2.debian.pool.ntp.org)"),
        (25, "pf", "@SYSLOG@ ss-billing-01 postfix/smtp[23201]: 4Hk2Lp1x9Qz3: to=<t.wright@example.net>, relay=mail.example.net[203.0.113.25]:25, delay=1.2, delays=0.05/0.01/0.6/0.54, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 8E1F2C0A1B)"),
        (3, "pf", "@SYSLOG@ ss-billing-01 postfix/smtp[23202]: 4Hk2Lq0bV7z1: to=<m.osei@example.org>, relay=mx1.example.org[198.51.100.40]:25, delay=0.9, delays=0.03/0/0.41/0.46, dsn=4.7.1, status=deferred (host mx1.example.org[198.51.100.40] said: 450 4.7.1 <m.osei@example.org>: Recipient address rejected: Greylisted, please try again later (in reply to RCPT TO command))"),
        (90, "ap", "@SYSLOG@ ss-billing-01 autopay[23113]: lockout-check: 6 tenants past 30 days overdue -> overlock orders queued for LDS-A021 LDS-C208 MAN-B117 BRS-A009 BRS-A144 GLA-D310"),
        (4, "ap", "@SYSLOG@ ss-billing-01 autopay[23113]: autopay-run finished batch=2026-02-03 charged=1403 declined=7 errors=0 (2 transient gateway errors recovered on retry) duration=412s"),
        (1, "cron", "@SYSLOG@ ss-billing-01 CRON[23111]: pam_unix(cron:session): session closed for user billing"),
        (140, "sudo", "@SYSLOG@ ss-billing-01 sudo:  billing : TTY=pts/0 ; PWD=/home/billing ; USER=root ; COMMAND=/usr/bin/tail -n 50 /var/log/autopay/run.log"),
        (0, "sudo", "@SYSLOG@ ss-billing-01 sudo: pam_unix(sudo:session): session opened for user root(uid=0) by billing(uid=1002)"),
        (200, "pf", "@SYSLOG@ ss-billing-01 postfix/smtp[23388]: 4Hk2Lq0bV7z1: to=<m.osei@example.org>, relay=mx1.example.org[198.51.100.40]:25, delay=421, delays=420/0.01/0.38/0.31, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 1A2B3C4D5E)"),
    ],
    expected=healthy(
        "No incident: the autopay run completed (1403 charged, 7 ordinary card declines, 0 errors); the word 'error' only appears for two gateway timeouts that succeeded on retry. SSH brute-force noise and a greylisting deferral that later delivered are background.",
        "Nightly autopay finished normally; overdue tenants were queued for overlock as designed."),
)

# H4 self-storage gate access, planned kured reboot drain; keypad 403s and MQTT reconnects
_gw = "gate-api-7b5c9d8f6-"
add("dev45-stor-004", domain="stor", split="dev",
    question="gate-api pods moved around and I see keypad 403s plus MQTT disconnects for the Leeds site. Do we need to do anything?",
    selector=sel(namespace="gate"),
    start="2026-03-10T03:05:12",
    labels={
        "kured": pod("kube-system", "kured-x7r2p", "kured", "ss-node-4"),
        "evn": events("default", "ss-prod"),
        "ev": events("gate", "ss-prod"),
        "mq": pod("gate", "mosquitto-0", "mosquitto", "ss-node-2"),
        "gnew": pod("gate", _gw + "w9d4k", "gate-api", "ss-node-2"),
        "tr": pod("kube-system", "traefik-6f7c8d9b5-lp2x8", "traefik", "ss-node-1"),
    },
    lines=[
        (0, "kured", 'time="@ISOS@" level=info msg="Reboot required" node=ss-node-4'),
        (1, "kured", 'time="@ISOS@" level=info msg="Acquired reboot lock"'),
        (0, "kured", 'time="@ISOS@" level=info msg="Draining node ss-node-4"'),
        (0, "evn", ev("ss-node-4", "Node", "NodeNotSchedulable", "Normal", "kubelet", "Node ss-node-4 status is now: NodeNotSchedulable")),
        (1, "ev", ev(_gw + "h6m2q", "Pod", "Killing", "Normal", "kubelet", "Stopping container gate-api")),
        (2, "ev", ev(_gw + "w9d4k", "Pod", "Scheduled", "Normal", "default-scheduler", "Successfully assigned gate/" + _gw + "w9d4k to ss-node-2")),
        (3, "gnew", jl({"level": "info", "ts": "@EPOCH@", "caller": "cmd/gate-api/main.go:58", "msg": "gate-api listening", "addr": ":8080", "version": "2.11.4", "mqtt": "tcp://mosquitto.gate.svc:1883"})),
        (4, "mq", "@EPOCHS@: Client keypad-lds-03 has exceeded timeout, disconnecting."),
        (3, "mq", "@EPOCHS@: New client connected from 10.20.8.44:52311 as keypad-lds-03 (p2, c1, k30, u'keypad')."),
        (5, "gnew", jl({"level": "info", "ts": "@EPOCH@", "caller": "access/decide.go:77", "msg": "access denied", "site": "LDS", "keypad": "kp-03", "reason": "invalid_pin", "attempt": 1})),
        (0, "tr", '10.20.8.44 - - [@CLF@] "POST /v1/access/check HTTP/1.1" 403 61 "-" "keypad-fw/3.2.0" 118822 "gate-gate-api-8080@kubernetes" "http://10.42.2.37:8080" 14ms'),
        (9, "gnew", jl({"level": "info", "ts": "@EPOCH@", "caller": "access/decide.go:77", "msg": "access denied", "site": "LDS", "keypad": "kp-01", "unit": "LDS-C208", "reason": "unit_overlocked", "attempt": 1})),
        (0, "tr", '10.20.8.41 - - [@CLF@] "POST /v1/access/check HTTP/1.1" 403 64 "-" "keypad-fw/3.2.0" 118830 "gate-gate-api-8080@kubernetes" "http://10.42.2.37:8080" 11ms'),
        (6, "gnew", jl({"level": "info", "ts": "@EPOCH@", "caller": "access/decide.go:71", "msg": "access granted", "site": "LDS", "keypad": "kp-03", "unit": "LDS-A117"})),
        (4, "gnew", jl({"level": "info", "ts": "@EPOCH@", "caller": "sensors/door.go:102", "msg": "door event matched grant", "site": "LDS", "door": "LDS-A117", "state": "open"})),
        (60, "kured", 'time="@ISOS@" level=info msg="Commanding reboot for node: ss-node-4"'),
        (95, "kured", 'time="@ISOS@" level=info msg="Holding lock" node=ss-node-4'),
        (3, "kured", 'time="@ISOS@" level=info msg="Uncordoning node ss-node-4"'),
        (0, "evn", ev("ss-node-4", "Node", "NodeSchedulable", "Normal", "kubelet", "Node ss-node-4 status is now: NodeSchedulable")),
        (1, "kured", 'time="@ISOS@" level=info msg="Releasing lock"'),
    ],
    expected=healthy(
        "No incident: kured drained and rebooted ss-node-4 for a kernel update and uncordoned it; gate-api was rescheduled within seconds. The 403s are keypad denials for a wrong PIN and an overlocked unit (the lock-out workflow working) and the MQTT disconnect was a keypad reconnecting.",
        "Planned node reboot completed; gate access decisions continue normally."),
)

# H5 ambulance AVL ingest, Argo CD sync rolls pods; context canceled on shutdown is requeued
_an, _ao = "avl-ingest-6f8c7d5b9-zp4lq", "avl-ingest-59d7c6b8f4-2kx8r"
add("dev45-amb-005", domain="amb", split="test",
    question="avl-ingest restarted and printed 'context canceled' errors. Are the vehicle positions OK now?",
    selector=sel(namespace="avl", app="avl-ingest"),
    start="2026-04-02T13:17:40",
    labels={
        "argo": pod("argocd", "argocd-application-controller-0", "argocd-application-controller", "ems-w-01"),
        "ev": events("avl", "ems-prod-1"),
        "new": pod("avl", _an, "avl-ingest", "ems-w-05"),
        "old": pod("avl", _ao, "avl-ingest", "ems-w-03"),
        "kl": journal("ems-w-05", unit="kubelet.service"),
        "nats": pod("avl", "nats-1", "nats", "ems-w-06"),
    },
    lines=[
        (0, "argo", 'time="@ISOS@" level=info msg="Initiated automated sync to \'a41c9d2\'" application=argocd/avl-ingest dest-namespace=avl dest-server="https://kubernetes.default.svc" reason=OperationStarted type=Normal'),
        (2, "ev", ev("avl-ingest", "Deployment", "ScalingReplicaSet", "Normal", "deployment-controller", "Scaled up replica set avl-ingest-6f8c7d5b9 to 1 from 0")),
        (5, "new", jl({"level": "info", "ts": "@EPOCH@", "caller": "cmd/avl-ingest/main.go:61", "msg": "starting avl-ingest", "version": "3.9.0", "nats": "nats://nats.avl.svc:4222", "stream": "avl_positions"})),
        (5, "kl", 'I@KLOG@    2204 prober.go:107] "Probe failed" probeType="Startup" pod="avl/' + _an + '" podUID="' + uid() + '" containerName="avl-ingest" probeResult="failure" output="HTTP probe failed with statuscode: 503"'),
        (10, "kl", 'I@KLOG@    2204 kubelet.go:2542] "SyncLoop (probe)" probe="startup" status="started" pod="avl/' + _an + '"'),
        (0, "kl", 'I@KLOG@    2204 kubelet.go:2542] "SyncLoop (probe)" probe="readiness" status="ready" pod="avl/' + _an + '"'),
        (1, "nats", "[1] @NATS@ [INF] JetStream cluster new consumer leader for 'AVL > avl_positions > ingest'"),
        (2, "ev", ev("avl-ingest", "Deployment", "ScalingReplicaSet", "Normal", "deployment-controller", "Scaled down replica set avl-ingest-59d7c6b8f4 to 0 from 1")),
        (0, "old", jl({"level": "info", "ts": "@EPOCH@", "caller": "cmd/avl-ingest/main.go:94", "msg": "received signal, draining", "signal": "terminated"})),
        (0, "old", jl({"level": "error", "ts": "@EPOCH@", "caller": "ingest/writer.go:141", "msg": "position batch flush aborted", "error": "context canceled", "batch_size": 37})),
        (0, "old", jl({"level": "info", "ts": "@EPOCH@", "caller": "ingest/consumer.go:203", "msg": "nak'ed unflushed messages for redelivery", "count": 37})),
        (1, "old", jl({"level": "info", "ts": "@EPOCH@", "caller": "cmd/avl-ingest/main.go:112", "msg": "shutdown complete"})),
        (1, "new", jl({"level": "info", "ts": "@EPOCH@", "caller": "ingest/consumer.go:188", "msg": "redelivered messages processed", "count": 37})),
        (6, "argo", 'time="@ISOS@" level=info msg="Sync operation to a41c9d2 succeeded" application=argocd/avl-ingest dest-namespace=avl dest-server="https://kubernetes.default.svc" reason=OperationCompleted type=Normal'),
        (9, "argo", 'time="@ISOS@" level=info msg="Updated health status: Progressing -> Healthy" application=argocd/avl-ingest dest-namespace=avl dest-server="https://kubernetes.default.svc" reason=ResourceUpdated type=Normal'),
        (12, "new", jl({"level": "info", "ts": "@EPOCH@", "caller": "ingest/stats.go:44", "msg": "positions ingested", "window": "30s", "count": 4180, "vehicles": 142, "max_age_ms": 2100})),
        (30, "new", jl({"level": "info", "ts": "@EPOCH@", "caller": "ingest/stats.go:44", "msg": "positions ingested", "window": "30s", "count": 4207, "vehicles": 143, "max_age_ms": 1900})),
    ],
    expected=healthy(
        "No incident: Argo CD synced avl-ingest 3.9.0; the new pod failed its startup probe once while warming up, and the old pod's 'context canceled' flush error happened during graceful shutdown with the 37 messages nak'ed and redelivered to the new pod.",
        "Rollout healthy; positions from 143 vehicles are ingested with ~2 s age."),
)

# H6 crowdfunding cert renewal, ingress reload, 429 to a scraper, SMTP greylisting retried
_cmn = "ip-10-30-11-12.eu-west-1.compute.internal"
add("dev45-crowd-006", domain="crowd", split="dev",
    question="cert-manager did something to the campaigns cert overnight and ingress is full of 429s. Is the site at risk?",
    selector=sel(namespace="campaigns"),
    start="2026-05-11T03:12:44",
    labels={
        "ev": events("campaigns", "cf-prod-eu"),
        "cm": pod("cert-manager", "cert-manager-7d9f8b6c5-4m8xj", "cert-manager-controller", _cmn),
        "ing": pod("ingress-nginx", "ingress-nginx-controller-5b8f9c7d6-9qvzw", "controller", _cmn),
        "web": pod("campaigns", "campaign-web-6c7d8b9f5-x4p2n", "web", "ip-10-30-13-77.eu-west-1.compute.internal"),
        "cel": pod("mail", "backer-mailer-7f6d5c8b9-j2k7s", "celery", "ip-10-30-13-77.eu-west-1.compute.internal"),
    },
    lines=[
        (0, "ev", ev("campaigns-tls", "Certificate", "Issuing", "Normal", "cert-manager-certificates-trigger", "Renewing certificate as renewal was scheduled at 2026-05-11 03:12:44 +0000 UTC")),
        (1, "ev", ev("campaigns-tls", "Certificate", "Requested", "Normal", "cert-manager-certificates-request-manager", 'Created new CertificateRequest resource "campaigns-tls-4"')),
        (2, "cel", "[@PY@: WARNING/ForkPoolWorker-3] Task mailer.tasks.send_backer_update[" + uid() + "] retry: Retry in 300s: SMTPRecipientsRefused({'j.haddad@example.com': (450, b'4.7.1 <j.haddad@example.com>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.com.html')})"),
        (20, "cm", 'I@KLOG@       1 acme.go:236] "certificate issued" logger="cert-manager.controller.sign" resource_name="campaigns-tls-4" resource_namespace="campaigns" resource_kind="CertificateRequest" resource_version="v1" related_resource_name="campaigns-tls-4-1873302917" related_resource_namespace="campaigns" related_resource_kind="Order" related_resource_version="v1"'),
        (1, "ev", ev("campaigns-tls", "Certificate", "Issuing", "Normal", "cert-manager-certificates-issuing", "The certificate has been successfully issued")),
        (1, "ing", 'I@KLOG@       7 controller.go:193] "Configuration changes detected, backend reload required"'),
        (0, "ing", 'I@KLOG@       7 controller.go:213] "Backend successfully reloaded"'),
        (0, "ing", 'I@KLOG@       7 event.go:377] Event(v1.ObjectReference{Kind:"Pod", Namespace:"ingress-nginx", Name:"ingress-nginx-controller-5b8f9c7d6-9qvzw", UID:"' + uid() + '", APIVersion:"v1", ResourceVersion:"918273", FieldPath:""}): type: \'Normal\' reason: \'RELOAD\' NGINX reload triggered due to a change in configuration'),
        (14, "ing", '@NGX@ [error] 41#41: *2288190 limiting requests, excess: 20.480 by zone "campaigns-campaign-web-rl", client: 198.51.100.23, server: back.example.org, request: "GET /campaigns/search?page=412 HTTP/1.1", host: "back.example.org"'),
        (0, "ing", '198.51.100.23 - - [@CLF@] "GET /campaigns/search?page=412 HTTP/1.1" 429 162 "-" "python-requests/2.32.3" 233 0.000 [campaigns-campaign-web-3000] [] - - - - ' + hexid(32)),
        (1, "ing", '198.51.100.23 - - [@CLF@] "GET /campaigns/search?page=413 HTTP/1.1" 429 162 "-" "python-requests/2.32.3" 233 0.000 [campaigns-campaign-web-3000] [] - - - - ' + hexid(32)),
        (2, "ing", '203.0.113.90 - - [@CLF@] "GET /campaigns/solar-kettle-v2 HTTP/2.0" 200 38122 "https://www.google.com/" "Mozilla/5.0 (iPhone; CPU iPhone OS 18_3 like Mac OS X) Safari/604.1" 61 0.044 [campaigns-campaign-web-3000] [] 10.244.13.40:3000 38122 0.044 200 ' + hexid(32)),
        (0, "web", "I, [@ISO6@ #1]  INFO -- : [" + uid() + "] Completed 200 OK in 41ms (Views: 28.3ms | ActiveRecord: 7.9ms | Allocations: 21877)"),
        (3, "web", "I, [@ISO6@ #1]  INFO -- : [" + uid() + "] Completed 404 Not Found in 6ms (ActiveRecord: 1.2ms | Allocations: 1903)"),
        (5, "ing", '198.51.100.23 - - [@CLF@] "GET /campaigns/search?page=414 HTTP/1.1" 429 162 "-" "python-requests/2.32.3" 233 0.000 [campaigns-campaign-web-3000] [] - - - - ' + hexid(32)),
        (260, "cel", "[@PY@: INFO/ForkPoolWorker-1] Task mailer.tasks.send_backer_update[" + uid() + "] succeeded in 1.21s: None"),
    ],
    expected=healthy(
        "No incident: cert-manager renewed campaigns-tls on schedule and ingress-nginx reloaded it; the 429s are the edge rate limit rejecting a single scraping client, a 404 is an unknown campaign slug, and the greylisted backer email was delivered on retry.",
        "Certificate renewed 30 days before expiry; real users get 200s. Nothing to do."),
)

# ============================================================ batch 2: healthy
# H7 ambulance crew-rostering PostgreSQL VM (plain host, CET), nightly backup and noise
_rh = "roster-db-01"
_pg = "@LPG@ [{pid}] {who}{lvl}:  {msg}"
add("dev45-amb-007", domain="amb", split="dev",
    question="roster-db-01 logged ERROR and FATAL lines overnight. Anything to worry about?",
    selector=sel(node=_rh),
    start="2026-01-20T01:30:00", tz=1,
    labels={
        "cron": host(_rh, "CRON"), "pg": host(_rh, "postgres", job="systemd-journal", unit="postgresql@16-main.service"),
        "bk": host(_rh, "pg-backup"), "ssh": host(_rh, "sshd"), "sd": host(_rh, "systemd", job="systemd-journal"),
        "chr": host(_rh, "chronyd"),
    },
    lines=[
        (0, "cron", "@SYSLOG@ roster-db-01 CRON[40211]: (postgres) CMD (/usr/local/bin/pg-backup.sh roster)"),
        (1, "bk", "@SYSLOG@ roster-db-01 pg-backup[40212]: starting pg_dump of database roster (format=custom, compress=zstd)"),
        (2, "pg", _pg.format(pid=1187, who="", lvl="LOG", msg="checkpoint starting: time")),
        (19, "pg", _pg.format(pid=40388, who="roster_app@roster ", lvl="ERROR", msg='duplicate key value violates unique constraint "shift_swap_request_uniq"')),
        (0, "pg", _pg.format(pid=40388, who="roster_app@roster ", lvl="DETAIL", msg="Key (crew_id, shift_id)=(3318, 88120) already exists.")),
        (7, "pg", _pg.format(pid=40301, who="roster_app@roster ", lvl="LOG", msg="could not receive data from client: Connection reset by peer")),
        (21, "pg", _pg.format(pid=40420, who="", lvl="LOG", msg='automatic vacuum of table "roster.public.shift_assignment": index scans: 1')),
        (30, "ssh", "@SYSLOG@ roster-db-01 sshd[40455]: Accepted publickey for ansible from 10.10.0.5 port 50122 ssh2: ED25519 SHA256:q0M7n2cWf1T9yZkJpLxR4aB8eD3uV6sH5gI0oK2lN9w"),
        (12, "pg", _pg.format(pid=40467, who="j.devries@roster ", lvl="FATAL", msg='password authentication failed for user "j.devries"')),
        (0, "pg", _pg.format(pid=40467, who="j.devries@roster ", lvl="DETAIL", msg='Connection matched file "/etc/postgresql/16/main/pg_hba.conf" line 102: "hostssl roster all 10.10.0.0/16 scram-sha-256"')),
        (9, "pg", _pg.format(pid=40471, who="j.devries@roster ", lvl="LOG", msg="connection authorized: user=j.devries database=roster application_name=psql SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)")),
        (40, "pg", _pg.format(pid=40471, who="j.devries@roster ", lvl="LOG", msg="duration: 1243.551 ms  statement: SELECT crew_id, count(*) FROM shift_assignment WHERE shift_date >= '2026-01-01' GROUP BY 1 ORDER BY 2 DESC;")),
        (33, "bk", "@SYSLOG@ roster-db-01 pg-backup[40212]: pg_dump finished size=412MB duration=73s; uploaded to s3://ems-backups/roster/2026-01-20.dump"),
        (1, "cron", "@SYSLOG@ roster-db-01 CRON[40210]: pam_unix(cron:session): session closed for user postgres"),
        (60, "sd", "@JOURNAL@ roster-db-01 systemd[1]: Starting logrotate.service - Rotate log files..."),
        (1, "sd", "@JOURNAL@ roster-db-01 systemd[1]: logrotate.service: Deactivated successfully."),
        (0, "sd", "@JOURNAL@ roster-db-01 systemd[1]: Finished logrotate.service - Rotate log files."),
        (72, "pg", _pg.format(pid=1187, who="", lvl="LOG", msg="checkpoint complete: wrote 1843 buffers (11.2%); 0 WAL file(s) added, 0 removed, 2 recycled; write=179.811 s, sync=0.014 s, total=179.902 s; sync files=61, longest=0.004 s, average=0.001 s; distance=30412 kB, estimate=31877 kB; lsn=3/1A2B3C40, redo lsn=3/19F01E28")),
        (20, "chr", "@SYSLOG@ roster-db-01 chronyd[702]: Selected source 10.10.0.2 (ntp1.ems-region.internal)"),
    ],
    expected=healthy(
        "No incident: the nightly pg_dump and checkpoints completed; the ERROR is a single duplicate shift-swap submission rejected by a unique constraint, the FATAL is one mistyped password immediately followed by a successful login, and one client reset its connection.",
        "Roster database healthy; backup uploaded."),
)

# H8 self-storage CCTV, cluster-autoscaler scale-down moves Redis; Sentinel failover completes
_rs = "1:X @REDIS@ # {}"
add("dev45-stor-008", domain="stor", split="dev",
    question="Redis failed over in the cctv namespace during the night. Did we lose any motion events?",
    selector=sel(namespace="cctv"),
    start="2026-03-18T02:41:07",
    labels={
        "ca": pod("kube-system", "cluster-autoscaler-6b7f8c9d5-2nq7v", "cluster-autoscaler", "ss-node-1"),
        "evn": events("default", "ss-prod"),
        "s0": pod("cctv", "redis-node-0", "sentinel", "ss-node-3"),
        "r1": pod("cctv", "redis-node-1", "redis", "ss-node-5"),
        "r2": pod("cctv", "redis-node-2", "redis", "ss-node-6"),
        "ce": pod("cctv", "cctv-events-5d6c7b8f9-k2m4t", "cctv-events", "ss-node-3"),
    },
    lines=[
        (0, "ca", "I@KLOG@       1 nodes.go:84] ss-node-7 was unneeded for 10m0.31s"),
        (0, "ca", "I@KLOG@       1 nodes.go:126] Scale-down: removing node ss-node-7, utilization: {0.21 0.18 0 cpu 0.21}, pods to reschedule: cctv/redis-node-2,cctv/cctv-thumbs-7f8b6c5d4-q9w2e"),
        (0, "evn", ev("ss-node-7", "Node", "ScaleDown", "Normal", "cluster-autoscaler", "marking the node as toBeDeleted/unschedulable")),
        (6, "s0", _rs.format("+sdown master mymaster 10.42.7.12 6379")),
        (1, "s0", _rs.format("+odown master mymaster 10.42.7.12 6379 #quorum 2/2")),
        (0, "s0", _rs.format("+new-epoch 7")),
        (0, "s0", _rs.format("+try-failover master mymaster 10.42.7.12 6379")),
        (1, "s0", _rs.format("+elected-leader master mymaster 10.42.7.12 6379")),
        (0, "s0", _rs.format("+selected-slave slave 10.42.5.9:6379 10.42.5.9 6379 @ mymaster 10.42.7.12 6379")),
        (1, "r1", "1:M @REDIS@ * MASTER MODE enabled (user request from 'id=41 addr=10.42.3.17:52244 laddr=10.42.5.9:6379 fd=12 name=sentinel-3b1a9f2c-cmd age=4411 idle=0 flags=x db=0 sub=0 psub=0 ssub=0 multi=4 watch=0 qbuf=188 qbuf-free=20286 argv-mem=4 multi-mem=169 rbs=2048 rbp=1024 obl=45 oll=0 omem=0 tot-mem=23893 events=r cmd=exec user=default redir=-1 resp=2 lib-name= lib-ver=')"),
        (0, "ce", "@PY@ WARNING cctv_events.queue: redis connection lost (Error 111 connecting to 10.42.7.12:6379. Connection refused.); asking sentinel for master"),
        (1, "s0", _rs.format("+switch-master mymaster 10.42.7.12 6379 10.42.5.9 6379")),
        (0, "ce", "@PY@ INFO cctv_events.queue: reconnected to redis master 10.42.5.9:6379 (sentinel mymaster); 0 events pending in local buffer"),
        (3, "ce", "@PY@ INFO cctv_events.ingest: motion event queued site=BRS cam=BRS-07 clip=brs-07/2026-03-18T02-41-19Z.mp4"),
        (25, "r2", "1:S @REDIS@ * MASTER <-> REPLICA sync: Finished with success"),
        (2, "ca", "I@KLOG@       1 delete.go:103] Successfully added ToBeDeletedTaint on node ss-node-7"),
        (30, "evn", ev("ss-node-7", "Node", "ScaleDown", "Normal", "cluster-autoscaler", "node removed by cluster autoscaler")),
        (9, "ce", "@PY@ INFO cctv_events.ingest: motion event queued site=LDS cam=LDS-02 clip=lds-02/2026-03-18T02-42-03Z.mp4"),
    ],
    expected=healthy(
        "No incident: cluster-autoscaler removed the underutilised node ss-node-7; Redis Sentinel promoted a replica within a few seconds, cctv-events reconnected to the new master with nothing buffered and the evicted replica resynced.",
        "Planned scale-down and a completed Sentinel failover; motion events continued to be queued."),
)

# H9 ambulance hospital pre-alerts (.NET), 409 duplicates and one retried 503; CoreDNS reload; scheduler election
_pa = "prealert-svc-7d8c9b6f5-4wq2z"
_nl = "@ISO@ {lvl}: {cat}[{eid}] {msg}"
add("dev45-amb-009", domain="amb", split="test",
    question="prealert-svc shows 'fail:' lines about St. Anna. Are pre-alerts reaching the hospitals?",
    selector=sel(namespace="hospital", app="prealert-svc"),
    start="2026-01-22T08:14:00",
    labels={
        "pa": pod("hospital", _pa, "prealert-svc", "ems-w-03"),
        "dns": pod("kube-system", "coredns-5d78c9869d-8xk2w", "coredns", "ems-w-01"),
        "sch": pod("kube-system", "kube-scheduler-ems-cp-1", "kube-scheduler", "ems-cp-1"),
        "eg": pod("hospital", "egress-gw-6c9d7f8b5-zt5mr", "envoy", "ems-w-06"),
    },
    lines=[
        (0, "pa", _nl.format(lvl="info", cat="Prealert.Api.PrealertController", eid=0, msg="Pre-alert PA-77812 received for incident INC-20260122-01187 destination=st-anna-ed eta=11min")),
        (0, "pa", _nl.format(lvl="fail", cat="Prealert.Delivery.FhirSender", eid=1002, msg="POST https://fhir.st-anna.example/ed/Bundle returned 409 Conflict: duplicate identifier urn:ems:prealert|PA-77810 (already accepted); marking as delivered")),
        (0, "eg", '[@ISO@] "POST /ed/Bundle HTTP/1.1" 409 - via_upstream - "-" 1841 233 87 86 "-" "prealert-svc/5.2" "' + uid() + '" "fhir.st-anna.example" "192.0.2.41:443"'),
        (1, "pa", _nl.format(lvl="info", cat="Prealert.Delivery.FhirSender", eid=1001, msg="Delivered PA-77812 to st-anna-ed (201 Created, 212 ms)")),
        (3, "dns", "[INFO] Reloading"),
        (0, "dns", "[INFO] plugin/reload: Running configuration SHA512 = 6c3f2a8b0d1e4f5a7b9c8d2e1f0a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7081"),
        (0, "dns", "[INFO] Reloading complete"),
        (6, "pa", _nl.format(lvl="warn", cat="Polly", eid=3, msg="Execution attempt. Source: 'FhirPipeline/(null)/Retry', Operation Key: '', Result: '503', Handled: 'True', Attempt: '0', Execution Time: 214.7ms")),
        (0, "eg", '[@ISO@] "POST /ed/Bundle HTTP/1.1" 503 - via_upstream - "-" 1902 0 214 213 "-" "prealert-svc/5.2" "' + uid() + '" "fhir.maasland-zh.example" "198.51.100.77:443"'),
        (1, "pa", _nl.format(lvl="info", cat="Prealert.Delivery.FhirSender", eid=1001, msg="Delivered PA-77813 to maasland-ed (201 Created, 388 ms, attempt 2)")),
        (4, "sch", "I@KLOG@       1 leaderelection.go:257] attempting to acquire leader lease kube-system/kube-scheduler..."),
        (14, "sch", "I@KLOG@       1 leaderelection.go:271] successfully acquired lease kube-system/kube-scheduler"),
        (8, "pa", _nl.format(lvl="info", cat="Microsoft.AspNetCore.Hosting.Diagnostics", eid=2, msg="Request finished HTTP/1.1 POST http://prealert-svc.hospital.svc/api/prealerts - 202 - - 35.1187ms")),
        (2, "pa", _nl.format(lvl="fail", cat="Prealert.Delivery.FhirSender", eid=1002, msg="POST https://fhir.st-anna.example/ed/Bundle returned 409 Conflict: duplicate identifier urn:ems:prealert|PA-77812 (already accepted); marking as delivered")),
        (0, "eg", '[@ISO@] "POST /ed/Bundle HTTP/1.1" 409 - via_upstream - "-" 1844 233 91 90 "-" "prealert-svc/5.2" "' + uid() + '" "fhir.st-anna.example" "192.0.2.41:443"'),
        (11, "pa", _nl.format(lvl="info", cat="Prealert.Delivery.Outbox", eid=1010, msg="Outbox drained: 0 pending, 14 delivered in last 5 min, oldest pending age n/a")),
    ],
    expected=healthy(
        "No incident: the 'fail' lines are 409 Conflict answers for pre-alerts that the hospital had already accepted (idempotent resends, treated as delivered); one 503 from Maasland succeeded on the Polly retry. CoreDNS reloaded its config and kube-scheduler completed a leader election.",
        "All pre-alerts delivered; outbox empty."),
)

# H10 crowdfunding creator payouts (Elixir/Oban) during a planned OpenSearch rolling restart
_os = "[@ISOC@][{lvl:<5}][{cls}] [{node}] {msg}"
add("dev45-crowd-010", domain="crowd", split="test",
    question="Payouts logged account_closed errors and OpenSearch went yellow for a bit. Are creator payouts stuck?",
    selector=sel(namespace="payouts"),
    start="2026-05-20T14:02:00",
    labels={
        "ev": events("search", "cf-prod-eu"),
        "osm": pod("search", "os-master-0", "opensearch", "ip-10-30-16-21.eu-west-1.compute.internal"),
        "po": pod("payouts", "payouts-5f9c8d7b6-h3x8q", "payouts", "ip-10-30-14-203.eu-west-1.compute.internal"),
    },
    lines=[
        (0, "ev", ev("os-data-2", "Pod", "Killing", "Normal", "kubelet", "Stopping container opensearch")),
        (2, "osm", _os.format(lvl="INFO", cls="o.o.c.s.MasterService", node="os-master-0", msg="node-left[{os-data-2}{Yx3kP0aQRZ2m1nB7cD4eFg}{10.244.16.33}{10.244.16.33:9300}{d} reason: disconnected], term: 14, version: 88121, delta: removed {{os-data-2}{Yx3kP0aQRZ2m1nB7cD4eFg}{10.244.16.33}{10.244.16.33:9300}{d}}")),
        (0, "osm", _os.format(lvl="INFO", cls="o.o.c.r.a.AllocationService", node="os-master-0", msg="Cluster health status changed from [GREEN] to [YELLOW] (reason: [{os-data-2}{Yx3kP0aQRZ2m1nB7cD4eFg}{10.244.16.33}{10.244.16.33:9300}{d} reason: disconnected]).")),
        (4, "po", "@HMS@ [info] Payouts.Batch: batch 2026-05-20 started creators=214 currency=EUR"),
        (3, "po", "@HMS@ [error] Payouts.Workers.TransferWorker: transfer failed creator=cr_8f1e2d campaign=retro-synth-kit error=%Stripe.Error{source: :stripe, code: :account_closed, http_status: 400, message: \"The destination account is closed.\"}; payout held, creator notified"),
        (0, "po", "@HMS@ [info] [Oban] " + json.dumps({"event": "job:stop", "worker": "Payouts.Workers.TransferWorker", "queue": "payouts", "state": "success", "attempt": 1, "duration": 412311}, separators=(",", ":"))),
        (2, "po", "@HMS@ [warning] Payouts.Audit: audit index write failed (503 unavailable_shards_exception [payout-audit-2026.05][2] primary shard is not active), retrying in 2000ms"),
        (2, "po", "@HMS@ [info] Payouts.Audit: audit index write ok on attempt 2 doc=payout-cr_8f1e2d"),
        (40, "ev", ev("os-data-2", "Pod", "Started", "Normal", "kubelet", "Started container opensearch")),
        (19, "osm", _os.format(lvl="INFO", cls="o.o.c.s.MasterService", node="os-master-0", msg="node-join[{os-data-2}{Yx3kP0aQRZ2m1nB7cD4eFg}{10.244.16.41}{10.244.16.41:9300}{d} join existing leader], term: 14, version: 88135, delta: added {{os-data-2}{Yx3kP0aQRZ2m1nB7cD4eFg}{10.244.16.41}{10.244.16.41:9300}{d}}")),
        (35, "osm", _os.format(lvl="INFO", cls="o.o.c.r.a.AllocationService", node="os-master-0", msg="Cluster health status changed from [YELLOW] to [GREEN] (reason: [shards started [[payout-audit-2026.05][2]]]).")),
        (12, "po", "@HMS@ [info] [Oban] " + json.dumps({"event": "job:stop", "worker": "Payouts.Workers.TransferWorker", "queue": "payouts", "state": "success", "attempt": 1, "duration": 388120}, separators=(",", ":"))),
        (30, "po", "@HMS@ [info] Payouts.Batch: batch 2026-05-20 finished paid=213 held=1 failed=0 total_eur=184230.55"),
        (1, "po", "@HMS@ [info] Payouts.Notifier: sent 214 payout emails (1 hold notice)"),
    ],
    expected=healthy(
        "No incident: OpenSearch went yellow because os-data-2 was restarted in a planned rolling restart and returned to green; the account_closed error is a single creator whose Stripe account is closed (payout held by design) and the audit write succeeded on retry.",
        "Payout batch completed: 213 paid, 1 held."),
)

# H11 self-storage edge pair (plain hosts): planned keepalived failover, HAProxy maintenance, BIND reload
_e1, _e2 = "ss-edge-01", "ss-edge-02"
_hx = '@SYSLOG@ ss-edge-02 haproxy[1312]: {ip}:{port} [@HAPX@] fe_https~ be_booking/{srv} 0/0/1/{tr}/{tt} {st} {by} - - ---- 212/198/3/1/0 0/0 "{req}"'
add("dev45-stor-011", domain="stor", split="dev",
    question="ss-edge flipped VRRP master and HAProxy marked web2 down this evening. Was the booking site affected?",
    selector=None,
    start="2026-03-12T21:00:02",
    labels={
        "sudo1": host(_e1, "sudo"), "ka1": host(_e1, "Keepalived_vrrp"), "ka2": host(_e2, "Keepalived_vrrp"),
        "hx": host(_e2, "haproxy"), "nm": host(_e2, "named"), "cron1": host(_e1, "CRON"), "cc1": host(_e1, "cert-check"),
    },
    lines=[
        (0, "sudo1", "@SYSLOG@ ss-edge-01 sudo:   ops-kw : TTY=pts/1 ; PWD=/home/ops-kw ; USER=root ; COMMAND=/usr/bin/systemctl stop keepalived.service"),
        (1, "ka1", "@SYSLOG@ ss-edge-01 Keepalived_vrrp[988]: (VI_BOOKING) sent 0 priority"),
        (0, "ka2", "@SYSLOG@ ss-edge-02 Keepalived_vrrp[1021]: (VI_BOOKING) Backup received priority 0 advertisement"),
        (1, "ka2", "@SYSLOG@ ss-edge-02 Keepalived_vrrp[1021]: (VI_BOOKING) Receive advertisement timeout"),
        (0, "ka2", "@SYSLOG@ ss-edge-02 Keepalived_vrrp[1021]: (VI_BOOKING) Entering MASTER STATE"),
        (2, "hx", _hx.format(ip="203.0.113.61", port=50112, srv="web1", tr=38, tt=39, st=200, by=18231, req="GET /book/leeds-central HTTP/1.1")),
        (20, "hx", "@SYSLOG@ ss-edge-02 haproxy[1312]: Server be_booking/web2 is going DOWN for maintenance. 2 active and 0 backup servers left. 0 sessions active, 0 requeued, 0 remaining in queue."),
        (3, "hx", _hx.format(ip="198.51.100.14", port=61220, srv="web3", tr=71, tt=72, st=302, by=512, req="POST /book/leeds-central/units/C-114/reserve HTTP/1.1")),
        (30, "nm", "@SYSLOG@ ss-edge-02 named[812]: received control channel command 'reload storage.example'"),
        (0, "nm", "@SYSLOG@ ss-edge-02 named[812]: zone storage.example/IN: loaded serial 2026031202"),
        (0, "nm", "@SYSLOG@ ss-edge-02 named[812]: zone storage.example/IN: sending notifies (serial 2026031202)"),
        (60, "hx", "@SYSLOG@ ss-edge-02 haproxy[1312]: Server be_booking/web2 is UP/READY (leaving forced maintenance)."),
        (5, "hx", _hx.format(ip="203.0.113.88", port=44790, srv="web2", tr=45, tt=46, st=200, by=20904, req="GET /book/bristol-north HTTP/1.1")),
        (40, "sudo1", "@SYSLOG@ ss-edge-01 sudo:   ops-kw : TTY=pts/1 ; PWD=/home/ops-kw ; USER=root ; COMMAND=/usr/bin/systemctl start keepalived.service"),
        (1, "ka1", "@SYSLOG@ ss-edge-01 Keepalived_vrrp[2291]: (VI_BOOKING) Entering BACKUP STATE (init)"),
        (118, "cron1", "@SYSLOG@ ss-edge-01 CRON[2310]: (root) CMD (/usr/local/sbin/cert-check.sh)"),
        (1, "cc1", "@SYSLOG@ ss-edge-01 cert-check: OK booking.storage.example expires 2026-05-12 (61 days); OK api.storage.example expires 2026-05-30 (79 days)"),
    ],
    expected=healthy(
        "No incident: an operator stopped keepalived on ss-edge-01 for maintenance and ss-edge-02 took over the VIP cleanly; web2 was put into HAProxy maintenance for a deploy and returned UP; BIND reloaded a zone. Requests kept getting 200/302.",
        "Planned edge maintenance; the booking site served normally throughout."),
)

# H12 ambulance crew rostering (Laravel + MySQL), 422s, aborted connections, cron summary '0 errors'
_cr = "crew-roster-web-8c7d6b5f9-"
add("dev45-amb-012", domain="amb", split="dev",
    question="crew-roster: 'Aborted connection' in MySQL and a bunch of 422s this morning. Are shift swaps failing?",
    selector=sel(namespace="roster"),
    start="2026-01-27T06:00:01",
    labels={
        "ev": events("roster", "ems-prod-1"),
        "job": pod("roster", "roster-sync-29487960-q8v2n", "roster-sync", "ems-w-04"),
        "web": pod("roster", _cr + "x2k9p", "php-fpm", "ems-w-02"),
        "ngx": pod("roster", _cr + "x2k9p", "nginx", "ems-w-02"),
        "my": pod("roster", "roster-mysql-0", "mysql", "ems-w-05"),
    },
    lines=[
        (0, "ev", ev("roster-sync-29487960", "Job", "SuccessfulCreate", "Normal", "job-controller", "Created pod: roster-sync-29487960-q8v2n")),
        (3, "job", "@PY@ INFO roster_sync: pulling shifts from HR system window=2026-01-27..2026-02-09"),
        (9, "web", '[@SP@] production.INFO: Shift swap requested {"crew":"P-3318","shift":"2026-01-28/N","with":"P-2207"}'),
        (0, "web", '[@SP@] production.NOTICE: Shift swap rejected: replacement lacks ALS qualification required for MED-207 {"crew":"P-3318","with":"P-2207"}'),
        (0, "ngx", '10.244.1.12 - - [@CLF@] "POST /api/shift-swaps HTTP/1.1" 422 118 "https://roster.ems-region.example/swaps" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) Safari/605.1.15"'),
        (6, "my", "@ISO6@ 18233 [Note] [MY-010914] [Server] Aborted connection 18233 to db: 'roster' user: 'roster' host: '10.244.4.31' (Got an error reading communication packets)."),
        (4, "ev", ev("crew-roster-web", "HorizontalPodAutoscaler", "SuccessfulRescale", "Normal", "horizontal-pod-autoscaler", "New size: 4; reason: cpu resource utilization (percentage of request) above target")),
        (7, "job", "@PY@ WARNING roster_sync: skipped 2 shifts with no crew assigned (2026-02-03/D MED-231, 2026-02-04/N MED-231)"),
        (5, "ngx", '10.244.1.12 - - [@CLF@] "POST /api/shift-swaps HTTP/1.1" 422 131 "https://roster.ems-region.example/swaps" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Edg/131.0"'),
        (0, "web", '[@SP@] production.NOTICE: Shift swap rejected: request after roster lock for 2026-01-27 {"crew":"P-1180"}'),
        (8, "ngx", '10.244.1.12 - - [@CLF@] "POST /api/shift-swaps HTTP/1.1" 201 88 "https://roster.ems-region.example/swaps" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Edg/131.0"'),
        (0, "web", '[@SP@] production.INFO: Shift swap approved {"crew":"P-1180","shift":"2026-01-30/D","with":"P-0912"}'),
        (3, "my", "@ISO6@ 18240 [Note] [MY-010914] [Server] Aborted connection 18240 to db: 'roster' user: 'roster' host: '10.244.4.31' (Got an error reading communication packets)."),
        (6, "job", "@PY@ INFO roster_sync: sync complete: 1184 shifts upserted, 0 errors, 2 warnings in 23.4s"),
        (2, "ev", ev("roster-sync-29487960", "Job", "Completed", "Normal", "job-controller", "Job completed")),
        (0, "ev", ev("roster-sync", "CronJob", "SawCompletedJob", "Normal", "cronjob-controller", "Saw completed job: roster-sync-29487960, status: Complete")),
    ],
    expected=healthy(
        "No incident: the 422s are swap requests rejected by business rules (missing ALS qualification, roster already locked) and a valid swap was approved; the MySQL 'Aborted connection' notes come from the roster-sync job closing its connection without quitting; the job reported 0 errors.",
        "Shift swaps work; the roster sync CronJob completed successfully."),
)

# ============================================================ batch 3: incidents
# I13 crowdfunding: pledge-api OOMKilled in a loop; ingress and campaign-web are the loud callers
_pn = "ip-10-30-14-203.eu-west-1.compute.internal"
_pp = "pledge-api-6b9d4c7f8-r8t2m"
_pu = uid()
_cid = hexid(64)
_cg = "/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod" + _pu.replace("-", "_") + ".slice/cri-containerd-" + _cid + ".scope"
_ia = '10.30.{a}.{b} - - [@CLF@] "POST /api/v1/pledges HTTP/2.0" 502 150 "https://back.example.org/campaigns/{c}" "Mozilla/5.0 (Linux; Android 14) Chrome/131.0 Mobile" 512 0.002 [pledges-pledge-api-3000] [] 10.244.9.52:3000 0 0.002 502 {h}'
_ie = '@NGX@ [error] 44#44: *{n} connect() failed (111: Connection refused) while connecting to upstream, client: 10.30.{a}.{b}, server: back.example.org, request: "POST /api/v1/pledges HTTP/2.0", upstream: "http://10.244.9.52:3000/api/v1/pledges", host: "back.example.org"'
_rw = 'E, [@ISO6@ #1] ERROR -- : [{r}] Faraday::ConnectionFailed (Failed to open TCP connection to pledge-api.pledges.svc:3000 (Connection refused - connect(2) for "pledge-api.pledges.svc" port 3000))'
add("dev45-crowd-013", domain="crowd", split="dev",
    question="Checkout returns 502 when backers submit a pledge. Is ingress-nginx broken?",
    selector=sel(namespace="pledges"),
    start="2026-02-18T20:13:31",
    labels={
        "api": pod("pledges", _pp, "pledge-api", _pn),
        "ing": pod("ingress-nginx", "ingress-nginx-controller-5b8f9c7d6-9qvzw", "controller", "ip-10-30-11-12.eu-west-1.compute.internal"),
        "web": pod("campaigns", "campaign-web-6c7d8b9f5-x4p2n", "web", "ip-10-30-13-77.eu-west-1.compute.internal"),
        "kern": journal(_pn, ident="kernel"),
        "ctd": journal(_pn, unit="containerd.service"),
        "kl": journal(_pn, unit="kubelet.service"),
        "ev": events("pledges", "cf-prod-eu"),
    },
    lines=[
        (0, "api", jl({"level": 30, "time": "@EPOCHMS@", "pid": 1, "hostname": _pp, "msg": "warming reward-tier cache", "campaigns": 18233, "mode": "full"})),
        (9, "ing", _ie.format(n=3311820, a=7, b=41)),
        (0, "ing", _ia.format(a=7, b=41, c="solar-kettle-v2", h=hexid(32))),
        (1, "web", _rw.format(r=uid())),
        (2, "kern", "node invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=985", 1),
        (0, "kern", "oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=cri-containerd-" + _cid + ".scope,mems_allowed=0,oom_memcg=" + _cg + ",task_memcg=" + _cg + ",task=node,pid=88213,uid=1000", 1),
        (0, "kern", "Memory cgroup out of memory: Killed process 88213 (node) total-vm:1612844kB, anon-rss:521388kB, file-rss:41288kB, shmem-rss:0kB, UID:1000 pgtables:1588kB oom_score_adj:985", 1),
        (0, "ctd", 'time="@ISO9@" level=info msg="TaskExit event in podsandbox handler container_id:\\"' + _cid + '\\" id:\\"' + _cid + '\\" pid:88213 exit_status:137 exited_at:{seconds:@EPOCHS@ nanos:412883100}"'),
        (1, "ing", _ie.format(n=3311874, a=9, b=118)),
        (0, "ing", _ia.format(a=9, b=118, c="tiny-forest-books", h=hexid(32))),
        (2, "ev", ev(_pp, "Pod", "BackOff", "Warning", "kubelet", "Back-off restarting failed container pledge-api in pod " + _pp + "_pledges(" + _pu + ")")),
        (0, "kl", 'E@KLOG@    2291 pod_workers.go:1298] "Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"pledge-api\\" with CrashLoopBackOff: \\"back-off 2m40s restarting failed container=pledge-api pod=' + _pp + '_pledges(' + _pu + ')\\"" pod="pledges/' + _pp + '" podUID="' + _pu + '"', 1),
        (3, "web", _rw.format(r=uid())),
        (1, "ing", _ie.format(n=3311990, a=4, b=203)),
        (5, "web", _rw.format(r=uid())),
        (150, "api", jl({"level": 30, "time": "@EPOCHMS@", "pid": 1, "hostname": _pp, "msg": "pledge-api listening", "port": 3000, "version": "5.8.0"})),
        (1, "api", jl({"level": 30, "time": "@EPOCHMS@", "pid": 1, "hostname": _pp, "msg": "warming reward-tier cache", "campaigns": 18240, "mode": "full"})),
        (8, "kern", "Memory cgroup out of memory: Killed process 90117 (node) total-vm:1609920kB, anon-rss:522004kB, file-rss:40960kB, shmem-rss:0kB, UID:1000 pgtables:1580kB oom_score_adj:985", 1),
        (1, "ing", _ie.format(n=3312415, a=12, b=66)),
        (0, "ing", _ia.format(a=12, b=66, c="retro-synth-kit", h=hexid(32))),
    ],
    expected=exp("CRITICAL", "oom_killed", "pledge-api",
                 "The pledge-api container is OOM-killed by its memory cgroup (about 512Mi limit, anon-rss ~521 MB) while warming the full reward-tier cache for ~18k campaigns at startup, so it crash-loops and ingress-nginx and campaign-web get connection refused.",
                 "pledge-api is in an OOM crash loop; every pledge submission fails with 502. ingress-nginx and campaign-web are only reporting the dead upstream.",
                 "Raise pledge-api's memory limit (or warm the reward-tier cache lazily/partially) and roll it out; verify the pods stay Running and 502s stop."),
)

# I14 ambulance reporting host (plain, CET): a gunicorn worker killed by the global OOM killer once
_rh2 = "cad-report-01"
add("dev45-amb-014", domain="amb", split="dev",
    question="The reporting dashboards were blank for a minute around 14:05. It is back now. What happened?",
    selector=sel(node=_rh2),
    start="2026-02-11T13:04:31", tz=1,
    labels={
        "app": host(_rh2, "cad-reporting", job="systemd-journal", unit="cad-reporting.service"),
        "kern": host(_rh2, "kernel", job="systemd-journal"),
        "ngx": host(_rh2, "nginx", job="nginx-error"),
        "acc": host(_rh2, "nginx", job="nginx-access"),
        "gf": host(_rh2, "grafana", job="systemd-journal", unit="grafana-server.service"),
    },
    lines=[
        (0, "acc", '10.10.3.4 - - [@LCLF@] "GET /api/kpi/response-times?period=7d HTTP/1.1" 200 18211 "-" "Grafana/11.4.0"'),
        (2, "app", "@LPY@ INFO reporting.kpi: building response-time aggregate period=ytd incidents=412881 (no cached snapshot)"),
        (19, "kern", "gunicorn invoked oom-killer: gfp_mask=0x140cca(GFP_HIGHUSER_MOVABLE|__GFP_COMP), order=0, oom_score_adj=0", 1),
        (0, "kern", "Mem-Info: active_anon:1830211 inactive_anon:41021 isolated_anon:0 active_file:812 inactive_file:640 free:20988 slab_reclaimable:9912 slab_unreclaimable:21877"),
        (0, "kern", "oom-kill:constraint=CONSTRAINT_NONE,nodemask=(null),cpuset=/,mems_allowed=0,global_oom,task_memcg=/system.slice/cad-reporting.service,task=gunicorn,pid=2214,uid=998", 1),
        (0, "kern", "Out of memory: Killed process 2214 (gunicorn) total-vm:7958812kB, anon-rss:7340112kB, file-rss:2040kB, shmem-rss:0kB, UID:998 pgtables:14688kB oom_score_adj:0", 1),
        (0, "kern", "oom_reaper: reaped process 2214 (gunicorn), now anon-rss:0kB, file-rss:0kB, shmem-rss:0kB"),
        (0, "app", "[@LSP@ +0100] [2201] [ERROR] Worker (pid:2214) was sent SIGKILL! Perhaps out of memory?", 1),
        (0, "ngx", '@LNGX@ [error] 1201#1201: *88121 upstream prematurely closed connection while reading response header from upstream, client: 10.10.3.4, server: reports.ems-region.internal, request: "GET /api/kpi/response-times?period=ytd HTTP/1.1", upstream: "http://127.0.0.1:8050/api/kpi/response-times?period=ytd", host: "reports.ems-region.internal"'),
        (0, "acc", '10.10.3.4 - - [@LCLF@] "GET /api/kpi/response-times?period=ytd HTTP/1.1" 502 166 "-" "Grafana/11.4.0"'),
        (0, "ngx", '@LNGX@ [error] 1201#1201: *88124 upstream prematurely closed connection while reading response header from upstream, client: 10.10.3.4, server: reports.ems-region.internal, request: "GET /api/kpi/unit-utilisation?period=ytd HTTP/1.1", upstream: "http://127.0.0.1:8050/api/kpi/unit-utilisation?period=ytd", host: "reports.ems-region.internal"'),
        (0, "gf", 'logger=context userId=12 orgId=1 uname=dsp-lead t=@LISO@ level=error msg="Request Completed" method=POST path=/api/ds/query status=500 remote_addr=10.10.3.9 time_ms=21407 duration=21.407s size=112 referer="https://reports.ems-region.internal/d/kpi-ytd" handler=/api/ds/query status_source=downstream'),
        (1, "app", "[@LSP@ +0100] [2290] [INFO] Booting worker with pid: 2290"),
        (1, "gf", 'logger=context userId=7 orgId=1 uname=ops-mgr t=@LISO@ level=error msg="Request Completed" method=POST path=/api/ds/query status=500 remote_addr=10.10.3.14 time_ms=20119 duration=20.119s size=112 referer="https://reports.ems-region.internal/d/kpi-ytd" handler=/api/ds/query status_source=downstream'),
        (30, "app", "@LPY@ INFO reporting.kpi: serving period=ytd from nightly snapshot (age 13h) while live aggregate is disabled for >100k rows"),
        (2, "acc", '10.10.3.4 - - [@LCLF@] "GET /api/kpi/response-times?period=ytd HTTP/1.1" 200 20877 "-" "Grafana/11.4.0"'),
        (5, "acc", '10.10.3.4 - - [@LCLF@] "GET /api/kpi/unit-utilisation?period=ytd HTTP/1.1" 200 9120 "-" "Grafana/11.4.0"'),
    ],
    expected=exp("WARN", "oom_killed", "cad-reporting",
                 "A cad-reporting gunicorn worker building an uncached year-to-date aggregate over 412k incidents grew to ~7.3 GB and the kernel's global OOM killer killed it; gunicorn booted a replacement worker and dashboards recovered.",
                 "One-off OOM kill of a cad-reporting worker on cad-report-01 caused ~1 minute of 502s in nginx and Grafana; service recovered by itself.",
                 "Optional: cap the worker's memory (MemoryMax / max_requests) and precompute the YTD aggregate so the live query is not built in memory; consider more RAM on cad-report-01."),
)

# I15 ambulance: avl-ingest panics on a truncated NMEA sentence; poison message keeps it crash-looping
_ap = "avl-ingest-6f8c7d5b9-zp4lq"
_au = uid()
_cadp = "cad-api-5f7d9c8b6-t4kxw"
add("dev45-amb-015", domain="amb", split="dev",
    question="The dispatch map shows ambulances frozen in place since 10:12. Is NATS down?",
    selector=sel(namespace="avl"),
    start="2026-04-07T10:11:58",
    labels={
        "avl": pod("avl", _ap, "avl-ingest", "ems-w-05"),
        "ev": events("avl", "ems-prod-1"),
        "kl": journal("ems-w-05", unit="kubelet.service"),
        "map": pod("dispatch", "dispatch-map-7b9c8d6f5-r2t4w", "dispatch-map", "ems-w-01"),
        "cad": pod("dispatch", _cadp, "cad-api", "ems-w-02"),
    },
    lines=[
        (0, "avl", jl({"level": "info", "ts": "@EPOCH@", "caller": "ingest/stats.go:44", "msg": "positions ingested", "window": "30s", "count": 4211, "vehicles": 143, "max_age_ms": 2000})),
        (6, "avl", jl({"level": "warn", "ts": "@EPOCH@", "caller": "nmea/gga.go:38", "msg": "unexpected GGA field count", "vehicle": "MED-231", "fields": 7, "raw": "$GPGGA,101204.00,5205.4410,N,00507.2831,E,1*5C"})),
        (0, "avl", "panic: runtime error: index out of range [7] with length 7", 1),
        (0, "avl", ""),
        (0, "avl", "goroutine 112 [running]:"),
        (0, "avl", "github.com/regionems/avl-ingest/internal/nmea.parseGGA({0xc0004a2f00, 0x3f})", 1),
        (0, "avl", "\t/src/internal/nmea/gga.go:54 +0x4a8", 1),
        (0, "avl", "github.com/regionems/avl-ingest/internal/ingest.(*Consumer).handle(0xc000172000, 0xc0003b6e40)"),
        (0, "avl", "\t/src/internal/ingest/consumer.go:151 +0x1c5"),
        (14, "ev", ev(_ap, "Pod", "BackOff", "Warning", "kubelet", "Back-off restarting failed container avl-ingest in pod " + _ap + "_avl(" + _au + ")"), 1),
        (20, "map", jl({"level": "warn", "message": "stale AVL positions", "stale_units": 138, "max_age_s": 61, "source": "avl-ingest.avl.svc:8080", "timestamp": "@ISO@"})),
        (3, "cad", "@ISO@  WARN 1 --- [cad-api] [   avl-poller-1] c.r.cad.avl.AvlClient                    : no position update for 138 units in 60s from http://avl-ingest.avl.svc:8080; recommendations degraded"),
        (18, "avl", jl({"level": "info", "ts": "@EPOCH@", "caller": "cmd/avl-ingest/main.go:61", "msg": "starting avl-ingest", "version": "3.9.0", "nats": "nats://nats.avl.svc:4222", "stream": "avl_positions"})),
        (1, "avl", "panic: runtime error: index out of range [7] with length 7", 1),
        (0, "avl", "goroutine 97 [running]:"),
        (1, "kl", 'E@KLOG@    2204 pod_workers.go:1298] "Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"avl-ingest\\" with CrashLoopBackOff: \\"back-off 40s restarting failed container=avl-ingest pod=' + _ap + '_avl(' + _au + ')\\"" pod="avl/' + _ap + '" podUID="' + _au + '"', 1),
        (25, "map", jl({"level": "error", "message": "AVL feed unavailable", "error": "connect ECONNREFUSED 10.96.71.14:8080", "source": "avl-ingest.avl.svc:8080", "stale_units": 143, "timestamp": "@ISO@"})),
        (5, "cad", "@ISO@ ERROR 1 --- [cad-api] [nio-8080-exec-9] c.r.cad.recommend.UnitRecommender        : no live AVL positions (avl-ingest unreachable); falling back to station-based recommendation for INC-20260407-02291"),
    ],
    expected=exp("CRITICAL", "application_error", "avl-ingest",
                 "avl-ingest panics with 'index out of range [7] with length 7' in nmea.parseGGA on a truncated GGA sentence from vehicle MED-231; the unacknowledged message is redelivered on every restart, so the pod crash-loops and no positions are ingested.",
                 "avl-ingest is in CrashLoopBackOff from a Go panic; the dispatch map and CAD recommendations have no live vehicle positions. NATS is fine.",
                 "Ship a bounds-check fix or roll back avl-ingest, and terminate/skip the poison message from MED-231 in the avl_positions consumer so the pod can start."),
)

# I16 self-storage: booking-web (Rails) NoMethodError for units without a promo
_bw = "booking-web-7f9c6d8b5-m4k2x"
_rq = [uid() for _ in range(3)]
add("dev45-stor-016", domain="stor", split="test",
    question="Some customers say online booking fails at the payment step for Glasgow. Is the payment provider down?",
    selector=sel(namespace="booking"),
    start="2026-03-24T11:48:20",
    labels={
        "argo": pod("argocd", "argocd-application-controller-0", "argocd-application-controller", "ss-node-1"),
        "tr": pod("kube-system", "traefik-6f7c8d9b5-lp2x8", "traefik", "ss-node-1"),
        "web": pod("booking", _bw, "web", "ss-node-3"),
        "sk": pod("booking", "booking-sidekiq-6d8f7c9b4-p9v3n", "sidekiq", "ss-node-5"),
    },
    lines=[
        (0, "argo", 'time="@ISOS@" level=info msg="Sync operation to 9be1f07 succeeded" application=argocd/booking-web dest-namespace=booking dest-server="https://kubernetes.default.svc" reason=OperationCompleted type=Normal'),
        (40, "tr", '203.0.113.7 - - [@CLF@] "GET /book/glasgow-east HTTP/2.0" 200 22109 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 18_3 like Mac OS X) Safari/604.1" 220411 "booking-web@kubernetes" "http://10.42.3.58:3000" 48ms'),
        (30, "web", 'I, [@ISO6@ #1]  INFO -- : [' + _rq[0] + '] Started POST "/bookings/quote" for 203.0.113.7 at @SP@ +0000'),
        (0, "web", "I, [@ISO6@ #1]  INFO -- : [" + _rq[0] + "] Processing by BookingsController#quote as JSON"),
        (0, "web", "I, [@ISO6@ #1]  INFO -- : [" + _rq[0] + "] Completed 500 Internal Server Error in 38ms (ActiveRecord: 6.2ms | Allocations: 9912)"),
        (0, "web", "F, [@ISO6@ #1] FATAL -- : [" + _rq[0] + "] NoMethodError (undefined method `percent_off' for nil):", 1),
        (0, "web", "F, [@ISO6@ #1] FATAL -- : [" + _rq[0] + "] app/services/booking_quote.rb:41:in `discount_for'", 1),
        (0, "web", "F, [@ISO6@ #1] FATAL -- : [" + _rq[0] + "] app/services/booking_quote.rb:18:in `call'"),
        (0, "web", "F, [@ISO6@ #1] FATAL -- : [" + _rq[0] + "] app/controllers/bookings_controller.rb:27:in `quote'"),
        (0, "tr", '203.0.113.7 - - [@CLF@] "POST /bookings/quote HTTP/2.0" 500 64 "https://book.storage.example/book/glasgow-east" "Mozilla/5.0 (iPhone; CPU iPhone OS 18_3 like Mac OS X) Safari/604.1" 220466 "booking-web@kubernetes" "http://10.42.3.58:3000" 41ms'),
        (12, "sk", "@ISO@ pid=1 tid=2m4q class=SyncUnitAvailabilityJob jid=" + hexid(24) + " elapsed=0.812 INFO: done"),
        (9, "web", 'I, [@ISO6@ #1]  INFO -- : [' + _rq[1] + '] Started POST "/bookings/quote" for 198.51.100.52 at @SP@ +0000'),
        (0, "web", "I, [@ISO6@ #1]  INFO -- : [" + _rq[1] + "] Completed 200 OK in 52ms (Views: 3.1ms | ActiveRecord: 9.4ms | Allocations: 12088)"),
        (14, "web", 'I, [@ISO6@ #1]  INFO -- : [' + _rq[2] + '] Started POST "/bookings/quote" for 203.0.113.140 at @SP@ +0000'),
        (0, "web", "I, [@ISO6@ #1]  INFO -- : [" + _rq[2] + "] Completed 500 Internal Server Error in 35ms (ActiveRecord: 5.8ms | Allocations: 9870)"),
        (0, "web", "F, [@ISO6@ #1] FATAL -- : [" + _rq[2] + "] NoMethodError (undefined method `percent_off' for nil):", 1),
        (0, "web", "F, [@ISO6@ #1] FATAL -- : [" + _rq[2] + "] app/services/booking_quote.rb:41:in `discount_for'", 1),
        (0, "tr", '203.0.113.140 - - [@CLF@] "POST /bookings/quote HTTP/2.0" 500 64 "https://book.storage.example/book/glasgow-west" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131.0" 220502 "booking-web@kubernetes" "http://10.42.3.58:3000" 38ms'),
    ],
    expected=exp("ERROR", "application_error", "booking-web",
                 "booking-web release 9be1f07 calls percent_off on a nil promotion in BookingQuote#discount_for (booking_quote.rb:41), so quotes for sites/units without an active promo raise NoMethodError and return 500 before any payment is attempted.",
                 "Booking quotes fail with 500 for sites without a promotion (Glasgow) since the latest booking-web deploy; the payment provider is not involved.",
                 "Roll back booking-web to the previous revision or guard the nil promotion in discount_for, then redeploy."),
)

# ============================================================ batch 4: incidents
# I17 crowdfunding: fraud-screening rollout stuck, image tag not in registry
_fn = "ip-10-30-15-61.eu-west-1.compute.internal"
_fp = "fraud-screening-7d4b9c6f8-vx2qk"
_fu = uid()
_img = "registry.cf.example/risk/fraud-screening:2.14.0"
add("dev45-crowd-017", domain="crowd", split="dev",
    question="fraud-screening has been 'Progressing' in Argo CD for 20 minutes. What is wrong?",
    selector=sel(namespace="risk", app="fraud-screening"),
    start="2026-02-25T15:30:05",
    labels={
        "argo": pod("argocd", "argocd-application-controller-0", "argocd-application-controller", "ip-10-30-16-21.eu-west-1.compute.internal"),
        "ev": events("risk", "cf-prod-eu"),
        "kl": journal(_fn, unit="kubelet.service"),
        "ctd": journal(_fn, unit="containerd.service"),
        "reg": pod("registry", "registry-6c8d7f9b5-q2w8e", "registry", "ip-10-30-16-21.eu-west-1.compute.internal"),
        "old": pod("risk", "fraud-screening-5c8b7d6f4-kq9zn", "fraud-screening", _fn),
    },
    lines=[
        (0, "argo", 'time="@ISOS@" level=info msg="Initiated automated sync to \'c7e21a0\'" application=argocd/fraud-screening dest-namespace=risk dest-server="https://kubernetes.default.svc" reason=OperationStarted type=Normal'),
        (1, "ev", ev("fraud-screening", "Deployment", "ScalingReplicaSet", "Normal", "deployment-controller", "Scaled up replica set fraud-screening-7d4b9c6f8 to 1")),
        (0, "ev", ev(_fp, "Pod", "Scheduled", "Normal", "default-scheduler", "Successfully assigned risk/" + _fp + " to " + _fn)),
        (1, "ev", ev(_fp, "Pod", "Pulling", "Normal", "kubelet", 'Pulling image "' + _img + '"')),
        (0, "reg", '10.30.15.61 - - [@CLF@] "HEAD /v2/risk/fraud-screening/manifests/2.14.0 HTTP/1.1" 404 157 "" "containerd/v1.7.24"', 1),
        (0, "ctd", 'time="@ISO9@" level=error msg="PullImage \\"' + _img + '\\" failed" error="rpc error: code = NotFound desc = failed to pull and unpack image \\"' + _img + '\\": failed to resolve reference \\"' + _img + '\\": ' + _img + ': not found"', 1),
        (0, "kl", 'E@KLOG@    1990 log.go:32] "PullImage from image service failed" err="rpc error: code = NotFound desc = failed to pull and unpack image \\"' + _img + '\\": failed to resolve reference \\"' + _img + '\\": ' + _img + ': not found" image="' + _img + '"', 1),
        (0, "ev", ev(_fp, "Pod", "Failed", "Warning", "kubelet", 'Failed to pull image "' + _img + '": rpc error: code = NotFound desc = failed to pull and unpack image "' + _img + '": failed to resolve reference "' + _img + '": ' + _img + ': not found'), 1),
        (0, "ev", ev(_fp, "Pod", "Failed", "Warning", "kubelet", "Error: ErrImagePull")),
        (2, "old", 'time=@ISO@ level=INFO msg="screened pledge" pledge_id=plg_' + hexid(14) + ' decision=allow score=0.12 rules_hit=0'),
        (12, "ev", ev(_fp, "Pod", "BackOff", "Normal", "kubelet", 'Back-off pulling image "' + _img + '"')),
        (0, "ev", ev(_fp, "Pod", "Failed", "Warning", "kubelet", "Error: ImagePullBackOff"), 1),
        (0, "kl", 'E@KLOG@    1990 pod_workers.go:1298] "Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"fraud-screening\\" with ImagePullBackOff: \\"Back-off pulling image \\\\\\"' + _img + '\\\\\\"\\"" pod="risk/' + _fp + '" podUID="' + _fu + '"'),
        (30, "argo", 'time="@ISOS@" level=info msg="Updated health status: Healthy -> Progressing" application=argocd/fraud-screening dest-namespace=risk dest-server="https://kubernetes.default.svc" reason=ResourceUpdated type=Normal'),
        (200, "old", 'time=@ISO@ level=INFO msg="screened pledge" pledge_id=plg_' + hexid(14) + ' decision=review score=0.71 rules_hit=2'),
        (300, "reg", '10.30.15.61 - - [@CLF@] "HEAD /v2/risk/fraud-screening/manifests/2.14.0 HTTP/1.1" 404 157 "" "containerd/v1.7.24"'),
        (0, "ev", ev(_fp, "Pod", "BackOff", "Normal", "kubelet", 'Back-off pulling image "' + _img + '"')),
        (600, "argo", 'time="@ISOS@" level=info msg="Updated health status: Progressing -> Degraded" application=argocd/fraud-screening dest-namespace=risk dest-server="https://kubernetes.default.svc" reason=ResourceUpdated type=Normal'),
    ],
    expected=exp("ERROR", "image_pull", "fraud-screening",
                 "The fraud-screening Deployment was synced to image tag registry.cf.example/risk/fraud-screening:2.14.0, which does not exist in the registry (manifest HEAD returns 404, containerd 'not found'), so the new pod sits in ErrImagePull/ImagePullBackOff and the rollout exceeds its progress deadline.",
                 "fraud-screening rollout is stuck in ImagePullBackOff because tag 2.14.0 was never pushed; old replicas still screen pledges, so the new version is not live.",
                 "Push the 2.14.0 image (check the CI publish step) or point the manifest back to an existing tag, then re-sync in Argo CD."),
)

# I18 ambulance: prealert-svc liveness probe times out on a slow dependency check; restarted once
_pa2 = "prealert-svc-7d8c9b6f5-4wq2z"
_pu2 = uid()
_hc = "@ISO@ warn: Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService[103] Health check outbox-db with status Degraded completed after {ms}ms with message 'outbox query slow'"
_lp = 'I@KLOG@    1873 prober.go:107] "Probe failed" probeType="Liveness" pod="hospital/' + _pa2 + '" podUID="' + _pu2 + '" containerName="prealert-svc" probeResult="failure" output="Get \\"http://10.244.3.41:8080/health/live\\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)"'
_cp = "@ISO@ {lvl} 1 --- [cad-api] [  prealert-pub-{t}] c.r.cad.prealert.PrealertPublisher       : {msg}"
add("dev45-amb-018", domain="amb", split="test",
    question="CAD showed 'pre-alert not sent' for two incidents around 16:40, but it seems fine now?",
    selector=sel(namespace="hospital"),
    start="2026-03-03T15:39:12",
    labels={
        "pa": pod("hospital", _pa2, "prealert-svc", "ems-w-03"),
        "kl": journal("ems-w-03", unit="kubelet.service"),
        "cad": pod("dispatch", "cad-api-5f7d9c8b6-t4kxw", "cad-api", "ems-w-02"),
    },
    lines=[
        (0, "pa", "@ISO@ info: Prealert.Delivery.FhirSender[1001] Delivered PA-80112 to maasland-ed (201 Created, 301 ms)"),
        (6, "pa", _hc.format(ms="1874.2"), 1),
        (0, "kl", _lp, 1),
        (10, "pa", _hc.format(ms="2031.7")),
        (0, "kl", _lp),
        (10, "pa", _hc.format(ms="1958.0")),
        (0, "kl", _lp),
        (0, "kl", 'I@KLOG@    1873 kuberuntime_manager.go:1056] "Message for Container of pod" containerName="prealert-svc" containerStatusID={"Type":"containerd","ID":"' + hexid(64) + '"} pod="hospital/' + _pa2 + '" containerMessage="Container prealert-svc failed liveness probe, will be restarted"', 1),
        (0, "kl", 'I@KLOG@    1873 kuberuntime_container.go:779] "Killing container with a grace period" pod="hospital/' + _pa2 + '" podUID="' + _pu2 + '" containerName="prealert-svc" containerID="containerd://' + hexid(64) + '" gracePeriod=30'),
        (2, "cad", _cp.format(lvl="ERROR", t=1, msg='pre-alert for INC-20260303-03318 failed: I/O error on POST request for "http://prealert-svc.hospital.svc:8080/api/prealerts": Connection refused')),
        (5, "cad", _cp.format(lvl="ERROR", t=2, msg='pre-alert for INC-20260303-03321 failed: I/O error on POST request for "http://prealert-svc.hospital.svc:8080/api/prealerts": Connection refused')),
        (0, "cad", _cp.format(lvl=" WARN", t=2, msg="2 pre-alerts queued for retry (next attempt in 30s); console shows 'pre-alert not sent'")),
        (4, "cad", "@ISO@ ERROR 1 --- [cad-api] [   health-mon-1] c.r.cad.health.DependencyMonitor         : dependency prealert-svc DOWN: GET http://prealert-svc.hospital.svc:8080/health/ready: Connection refused"),
        (9, "pa", "@ISO@ info: Microsoft.Hosting.Lifetime[14] Now listening on: http://[::]:8080"),
        (6, "kl", 'I@KLOG@    1873 kubelet.go:2542] "SyncLoop (probe)" probe="readiness" status="ready" pod="hospital/' + _pa2 + '"'),
        (10, "cad", _cp.format(lvl=" INFO", t=1, msg="retried pre-alert for INC-20260303-03318 accepted (202)")),
        (0, "cad", _cp.format(lvl=" INFO", t=1, msg="retried pre-alert for INC-20260303-03321 accepted (202)")),
        (3, "pa", "@ISO@ info: Prealert.Delivery.FhirSender[1001] Delivered PA-80117 to st-anna-ed (201 Created, 244 ms)"),
        (40, "pa", _hc.format(ms="1612.4")),
    ],
    expected=exp("WARN", "probe_failure", "prealert-svc",
                 "prealert-svc's liveness endpoint /health/live runs the outbox-db health check, which takes ~1.9-2.0 s under load, longer than the probe timeout; after three timeouts the kubelet restarted a process that was otherwise working, and cad-api got connection refused for ~20 s.",
                 "A liveness-probe timeout restarted prealert-svc once; two pre-alerts failed and were delivered on retry. The service has recovered, but the slow health check is still close to the timeout.",
                 "Keep dependency checks out of the liveness probe (or raise timeoutSeconds/failureThreshold) for prealert-svc and look at the slow outbox query."),
)

# I19 self-storage: gate-controller readiness probe hits a path the new version no longer serves
_gc = "gate-controller-6b9f8c7d5-"
_gcp = [_gc + "r7k2m", _gc + "t9w4q"]
_gu = [uid(), uid()]
_rp = 'I@KLOG@    {tid} prober.go:107] "Probe failed" probeType="Readiness" pod="gate/{p}" podUID="{u}" containerName="gate-controller" probeResult="failure" output="HTTP probe failed with statuscode: 404"'
_rt = "@ISO6@  WARN request{method=GET uri=/healthz version=HTTP/1.1}: tower_http::trace::on_response: finished processing request latency=0 ms status=404"
_ea = '[@ISO@] "POST /v2/access/check HTTP/1.1" 503 UH 0 19 0 - "{ip}" "keypad-fw/3.2.0" "{r}" "gate.storage.internal" "-"'
_kg = 'time="@ISOS@" level=error msg="access check failed" error="POST http://gate-controller.gate.svc:8080/v2/access/check: 503 Service Unavailable: no healthy upstream" keypad={k} site={s}'
add("dev45-stor-019", domain="stor", split="dev",
    question="Keypads at Bristol and Manchester show 'system offline'. Is the Envoy gateway broken?",
    selector=sel(namespace="gate"),
    start="2026-03-21T09:13:40",
    labels={
        "ev": events("gate", "ss-prod"),
        "g0": pod("gate", _gcp[0], "gate-controller", "ss-node-2"),
        "g1": pod("gate", _gcp[1], "gate-controller", "ss-node-5"),
        "kl2": journal("ss-node-2", unit="kubelet.service"),
        "kl5": journal("ss-node-5", unit="kubelet.service"),
        "env": pod("gate", "gate-envoy-5d7c8b9f6-x8p3z", "envoy", "ss-node-1"),
        "kg": pod("gate", "keypad-gw-8f7e6d5c4-m2n9k", "keypad-gw", "ss-node-3"),
    },
    lines=[
        (0, "ev", ev("gate-controller", "Deployment", "ScalingReplicaSet", "Normal", "deployment-controller", "Scaled down replica set gate-controller-58d9c7b6f4 to 0 from 2")),
        (4, "ev", ev("gate-controller", "Deployment", "ScalingReplicaSet", "Normal", "deployment-controller", "Scaled up replica set gate-controller-6b9f8c7d5 to 2")),
        (6, "g0", "@ISO6@  INFO gate_controller::server: gate-controller 3.0.0 listening on 0.0.0.0:8080 routes=[/v2/access/check, /health/live, /health/ready]"),
        (10, "kl2", _rp.format(tid=1650, p=_gcp[0], u=_gu[0]), 1),
        (0, "g0", _rt, 1),
        (1, "env", _ea.format(ip="10.20.9.12", r=uid())),
        (0, "kg", _kg.format(k="kp-02", s="BRS")),
        (2, "kl5", _rp.format(tid=1702, p=_gcp[1], u=_gu[1]), 1),
        (0, "g1", _rt),
        (3, "env", _ea.format(ip="10.20.11.7", r=uid())),
        (0, "kg", _kg.format(k="kp-01", s="MAN")),
        (5, "ev", ev(_gcp[0], "Pod", "Unhealthy", "Warning", "kubelet", "Readiness probe failed: HTTP probe failed with statuscode: 404"), 1),
        (4, "env", _ea.format(ip="10.20.9.14", r=uid())),
        (0, "kg", _kg.format(k="kp-04", s="BRS")),
        (1, "kg", 'time="@ISOS@" level=warning msg="gate-controller unavailable, keypads switched to offline PIN cache" site=BRS cache_age=14h12m'),
        (20, "kl2", _rp.format(tid=1650, p=_gcp[0], u=_gu[0])),
        (0, "g0", _rt),
        (6, "env", _ea.format(ip="10.20.11.9", r=uid())),
        (0, "kg", _kg.format(k="kp-03", s="MAN")),
    ],
    expected=exp("ERROR", "probe_failure", "gate-controller",
                 "gate-controller 3.0.0 serves /health/ready, but its readiness probe still calls /healthz, which returns 404; both new pods run but never become Ready, and because the Deployment uses the Recreate strategy the old pods are gone, so the Service has no endpoints and Envoy answers 503 'no healthy upstream'.",
                 "All keypad access checks fail at Bristol and Manchester (offline PIN cache only) because gate-controller pods never pass readiness. Envoy is only reporting the missing upstream.",
                 "Change the gate-controller readiness probe path to /health/ready (or roll back to the previous release), and confirm the pods become Ready and Envoy returns 200s."),
)

# ============================================================ batch 5: incidents
# I20 crowdfunding: HPA scale-out pods Pending on CPU until cluster-autoscaler adds nodes (self-resolved)
_cw = "campaign-web-6c7d8b9f5-"
_cwn = [_cw + s for s in ("b7x2k", "d9q4r", "h2m8v")]
_us = ('I@KLOG@       1 schedule_one.go:1004] "Unable to schedule pod; no fit; waiting" pod="campaigns/{p}" err="0/9 nodes are available: 3 node(s) had untolerated taint {{dedicated: data}}, 6 Insufficient cpu. preemption: 0/9 nodes are available: 3 Preemption is not helpful for scheduling, 6 No preemption victims found for incoming pod."')
_newn = "ip-10-30-17-144.eu-west-1.compute.internal"
add("dev45-crowd-020", domain="crowd", split="test",
    question="A viral campaign went live at 18:00 and the site felt slow for a few minutes. Should I worry?",
    selector=sel(namespace="campaigns"),
    start="2026-04-15T18:00:41",
    labels={
        "ev": events("campaigns", "cf-prod-eu"),
        "sch": pod("kube-system", "kube-scheduler-ip-10-30-0-10", "kube-scheduler", "ip-10-30-0-10.eu-west-1.compute.internal"),
        "ca": pod("kube-system", "cluster-autoscaler-7c9b8d6f5-w4r8t", "cluster-autoscaler", "ip-10-30-16-21.eu-west-1.compute.internal"),
        "ing": pod("ingress-nginx", "ingress-nginx-controller-5b8f9c7d6-9qvzw", "controller", "ip-10-30-11-12.eu-west-1.compute.internal"),
        "web": pod("campaigns", "campaign-web-6c7d8b9f5-x4p2n", "web", "ip-10-30-13-77.eu-west-1.compute.internal"),
        "nw": pod("campaigns", _cwn[0], "web", _newn),
    },
    lines=[
        (0, "ev", ev("campaign-web", "HorizontalPodAutoscaler", "SuccessfulRescale", "Normal", "horizontal-pod-autoscaler", "New size: 12; reason: cpu resource utilization (percentage of request) above target")),
        (1, "sch", _us.format(p=_cwn[0]), 1),
        (0, "ev", ev(_cwn[0], "Pod", "FailedScheduling", "Warning", "default-scheduler", "0/9 nodes are available: 3 node(s) had untolerated taint {dedicated: data}, 6 Insufficient cpu. preemption: 0/9 nodes are available: 3 Preemption is not helpful for scheduling, 6 No preemption victims found for incoming pod."), 1),
        (0, "sch", _us.format(p=_cwn[1])),
        (3, "ing", '@NGX@ [error] 41#41: *4410283 upstream timed out (110: Operation timed out) while reading response header from upstream, client: 10.30.7.19, server: back.example.org, request: "GET /campaigns/glow-garden HTTP/2.0", upstream: "http://10.244.13.40:3000/campaigns/glow-garden", host: "back.example.org"'),
        (0, "ing", '10.30.7.19 - - [@CLF@] "GET /campaigns/glow-garden HTTP/2.0" 504 160 "https://t.co/" "Mozilla/5.0 (iPhone; CPU iPhone OS 18_3 like Mac OS X) Safari/604.1" 58 10.001 [campaigns-campaign-web-3000] [] 10.244.13.40:3000 0 10.001 504 ' + hexid(32)),
        (2, "web", "I, [@ISO6@ #1]  INFO -- : [" + uid() + "] Completed 200 OK in 2811ms (Views: 2204.8ms | ActiveRecord: 511.0ms | Allocations: 22108)"),
        (3, "ing", '10.30.4.77 - - [@CLF@] "GET /campaigns/glow-garden HTTP/2.0" 504 160 "https://www.facebook.com/" "Mozilla/5.0 (Linux; Android 14) Chrome/131.0 Mobile" 61 10.002 [campaigns-campaign-web-3000] [] 10.244.13.41:3000 0 10.002 504 ' + hexid(32)),
        (1, "ing", '10.30.8.15 - - [@CLF@] "POST /api/v1/pledges/quote HTTP/2.0" 504 160 "https://back.example.org/campaigns/glow-garden" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) Safari/605.1.15" 402 10.001 [campaigns-campaign-web-3000] [] 10.244.13.40:3000 0 10.001 504 ' + hexid(32)),
        (8, "ca", "I@KLOG@       1 orchestrator.go:582] Final scale-up plan: [{eks-web-ng-20250101 6->9 (max: 15)}]", 1),
        (0, "ca", "I@KLOG@       1 executor.go:147] Scale-up: setting group eks-web-ng-20250101 size to 9 instead of 6 (max: 15)"),
        (1, "ev", ev(_cwn[0], "Pod", "TriggeredScaleUp", "Normal", "cluster-autoscaler", "pod triggered scale-up: [{eks-web-ng-20250101 6->9 (max: 15)}]")),
        (6, "ing", '10.30.9.4 - - [@CLF@] "POST /api/v1/pledges/quote HTTP/2.0" 200 311 "https://back.example.org/campaigns/glow-garden" "Mozilla/5.0 (Linux; Android 14) Chrome/131.0 Mobile" 402 3.104 [campaigns-campaign-web-3000] [] 10.244.13.40:3000 311 3.104 200 ' + hexid(32)),
        (30, "sch", _us.format(p=_cwn[2])),
        (70, "ev", ev(_newn, "Node", "NodeReady", "Normal", "kubelet", "Node " + _newn + " status is now: NodeReady")),
        (8, "ev", ev(_cwn[0], "Pod", "Scheduled", "Normal", "default-scheduler", "Successfully assigned campaigns/" + _cwn[0] + " to " + _newn)),
        (22, "nw", "[1] * Listening on http://0.0.0.0:3000"),
        (15, "ev", ev(_cwn[2], "Pod", "Started", "Normal", "kubelet", "Started container web")),
        (9, "ing", '10.30.9.4 - - [@CLF@] "GET /campaigns/glow-garden HTTP/2.0" 200 40118 "https://t.co/" "Mozilla/5.0 (Linux; Android 14) Chrome/131.0 Mobile" 61 0.071 [campaigns-campaign-web-3000] [] 10.244.17.22:3000 40118 0.071 200 ' + hexid(32)),
        (1, "nw", "I, [@ISO6@ #1]  INFO -- : [" + uid() + "] Completed 200 OK in 63ms (Views: 41.2ms | ActiveRecord: 9.9ms | Allocations: 21877)"),
    ],
    expected=exp("WARN", "scheduling", "campaign-web",
                 "The HPA scaled campaign-web to 12 replicas for the traffic spike, but the new pods were Pending with '6 Insufficient cpu' (the other 3 nodes are tainted dedicated=data) until cluster-autoscaler grew eks-web-ng from 6 to 9 nodes; meanwhile the existing pods were overloaded (slow responses, a few 504s).",
                 "Temporary capacity shortfall during the campaign launch; pods were scheduled once new nodes joined and latency is back to normal.",
                 "Optional: keep spare CPU headroom (overprovisioning pods or a higher node-group minimum) ahead of planned launches."),
)

# I21 ambulance: crew-roster-api cannot be recreated after a drain; namespace quota eaten by a backfill Job
_ra = "crew-roster-api-6b8f7c9d5"
_fq = ('pods "{p}" is forbidden: exceeded quota: roster-compute, requested: requests.memory=1Gi, used: requests.memory=15872Mi, limited: requests.memory=16Gi')
_rc = "@ISO@ ERROR 1 --- [cad-api] [nio-8080-exec-{t}] c.r.cad.roster.RosterClient              : on-duty lookup failed for station {s}: I/O error on GET request for \"http://crew-roster-api.roster.svc:8080/v1/on-duty\": Connection refused"
add("dev45-amb-021", domain="amb", split="dev",
    question="CAD can't show which crews are on duty: 'roster unavailable'. Is the roster database down?",
    selector=sel(namespace="roster"),
    start="2026-02-02T10:20:15",
    labels={
        "ev": events("roster", "ems-prod-1"),
        "evn": events("default", "ems-prod-1"),
        "kcm": pod("kube-system", "kube-controller-manager-ems-cp-2", "kube-controller-manager", "ems-cp-2"),
        "cad": pod("dispatch", "cad-api-5f7d9c8b6-t4kxw", "cad-api", "ems-w-02"),
        "rw": pod("roster", "crew-roster-web-8c7d6b5f9-x2k9p", "php-fpm", "ems-w-02"),
        "bf": pod("roster", "roster-backfill-2026q1-7kq2m", "backfill", "ems-w-06"),
    },
    lines=[
        (0, "bf", "@PY@ INFO backfill: recomputing overtime ledger 2026-01-01..2026-03-31 worker=7/12 chunk=crew 2400-2799"),
        (40, "evn", ev("ems-w-04", "Node", "NodeNotSchedulable", "Normal", "kubelet", "Node ems-w-04 status is now: NodeNotSchedulable")),
        (3, "ev", ev(_ra + "-q8m2t", "Pod", "Killing", "Normal", "kubelet", "Stopping container crew-roster-api")),
        (0, "ev", ev(_ra + "-z4n7c", "Pod", "Killing", "Normal", "kubelet", "Stopping container crew-roster-api")),
        (1, "kcm", 'E@KLOG@       1 replica_set.go:560] "Unhandled Error" err="sync \\"roster/' + _ra + '\\" failed with ' + _fq.replace('"', '\\"').format(p=_ra + "-") + '" logger="UnhandledError"', 1),
        (0, "ev", ev(_ra, "ReplicaSet", "FailedCreate", "Warning", "replicaset-controller", "Error creating: " + _fq.format(p=_ra + "-x8k2p")), 1),
        (4, "cad", _rc.format(t=3, s="ST-04")),
        (2, "rw", '[@SP@] production.ERROR: cURL error 7: Failed to connect to crew-roster-api.roster.svc port 8080 after 1 ms: Couldn\'t connect to server (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for http://crew-roster-api.roster.svc:8080/v1/shifts/today {"exception":"[object] (GuzzleHttp\\\\Exception\\\\ConnectException(code: 0): cURL error 7: Failed to connect to crew-roster-api.roster.svc port 8080 after 1 ms: Couldn\'t connect to server at /var/www/vendor/guzzlehttp/guzzle/src/Handler/CurlFactory.php:275)"}'),
        (3, "cad", _rc.format(t=7, s="ST-11")),
        (0, "cad", "@ISO@  WARN 1 --- [cad-api] [nio-8080-exec-7] c.r.cad.recommend.UnitRecommender        : crew availability unknown; recommending by vehicle status only for INC-20260202-00871"),
        (11, "kcm", 'E@KLOG@       1 replica_set.go:560] "Unhandled Error" err="sync \\"roster/' + _ra + '\\" failed with ' + _fq.replace('"', '\\"').format(p=_ra + "-") + '" logger="UnhandledError"'),
        (0, "ev", ev(_ra, "ReplicaSet", "FailedCreate", "Warning", "replicaset-controller", "Error creating: " + _fq.format(p=_ra + "-m3v9w")), 1),
        (6, "cad", _rc.format(t=1, s="ST-02")),
        (5, "rw", '[@SP@] production.ERROR: cURL error 7: Failed to connect to crew-roster-api.roster.svc port 8080 after 0 ms: Couldn\'t connect to server (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for http://crew-roster-api.roster.svc:8080/v1/shifts/today'),
        (9, "bf", "@PY@ INFO backfill: recomputing overtime ledger 2026-01-01..2026-03-31 worker=7/12 chunk=crew 2800-3199"),
        (8, "cad", _rc.format(t=4, s="ST-04")),
        (30, "ev", ev(_ra, "ReplicaSet", "FailedCreate", "Warning", "replicaset-controller", "Error creating: " + _fq.format(p=_ra + "-c2h6l"))),
    ],
    expected=exp("ERROR", "scheduling", "crew-roster-api",
                 "After the drain of ems-w-04 evicted both crew-roster-api pods, the ReplicaSet cannot create replacements: the roster namespace ResourceQuota roster-compute is exhausted (15872Mi of 16Gi requested memory) by the 12-way roster-backfill Job, so the Service has no endpoints and callers get connection refused.",
                 "crew-roster-api has zero pods because of the namespace quota; CAD and the roster web app cannot fetch on-duty crews. The roster database is not involved.",
                 "Free quota (suspend or reduce parallelism of roster-backfill-2026q1) or raise roster-compute, so crew-roster-api pods are created; consider a separate quota or PriorityClass for crew-roster-api."),
)

# I22 self-storage: CoreDNS upstream forwarding times out; external names (Stripe, SMTP) do not resolve
_cd = "coredns-7db6d8ff4d-"
add("dev45-stor-022", domain="stor", split="test",
    question="Card payments in the tenant portal have failed for 15 minutes with 'could not connect to Stripe'. Is Stripe down?",
    selector=sel(namespace="billing"),
    start="2026-04-09T12:31:02",
    labels={
        "bill": pod("billing", "billing-api-5f8d7c6b9-k2v7p", "php-fpm", "ss-node-3"),
        "hz": pod("billing", "billing-horizon-6c9d8f7b5-w3x5t", "horizon", "ss-node-5"),
        "dns1": pod("kube-system", _cd + "4mzq8", "coredns", "ss-node-1"),
        "dns2": pod("kube-system", _cd + "r9t2x", "coredns", "ss-node-2"),
        "portal": pod("portal", "tenant-portal-7b6c5d9f8-n8p4q", "portal", "ss-node-4"),
    },
    lines=[
        (0, "bill", '[@SP@] production.ERROR: Could not connect to Stripe (https://api.stripe.com/v1/payment_intents). Please check your internet connection and try again. If this problem persists, you should check Stripe\'s service status at https://status.stripe.com/, or let us know at support@stripe.com. (Network error [errno 6]: Could not resolve host: api.stripe.com) {"tenant":"T-0102288","exception":"[object] (Stripe\\\\Exception\\\\ApiConnectionException(code: 0))"}'),
        (0, "dns1", "[ERROR] plugin/errors: 2 api.stripe.com. A: read udp 10.42.1.14:46123->10.20.0.2:53: i/o timeout", 1),
        (0, "dns1", "[ERROR] plugin/errors: 2 api.stripe.com. AAAA: read udp 10.42.1.14:53311->10.20.0.2:53: i/o timeout", 1),
        (0, "dns1", '[INFO] 10.42.3.61:41873 - 22154 "A IN api.stripe.com. udp 32 false 512" SERVFAIL qr,rd 32 4.002918224s'),
        (1, "portal", jl({"level": "error", "message": "payment submission failed", "upstream": "http://billing-api.billing.svc/api/payments", "status": 502, "tenant": "T-0102288", "timestamp": "@ISO@"})),
        (6, "hz", '[@SP@] production.ERROR: Could not connect to Stripe (https://api.stripe.com/v1/payment_intents). (Network error [errno 6]: Could not resolve host: api.stripe.com) {"job":"App\\\\Jobs\\\\ChargeAutopay","tenant":"T-0099120","attempts":2}'),
        (0, "dns2", "[ERROR] plugin/errors: 2 api.stripe.com. A: read udp 10.42.2.9:39021->10.20.0.2:53: i/o timeout", 1),
        (3, "dns2", '[INFO] 10.42.3.61:51011 - 4112 "A IN mysql-billing.billing.svc.cluster.local. udp 68 false 512" NOERROR qr,aa,rd 124 0.000141s'),
        (0, "bill", '[@SP@] production.INFO: Invoice INV-2026-04-118820 generated {"tenant":"T-0099120"}'),
        (4, "hz", '[@SP@] production.ERROR: Connection could not be established with host "smtp.postmarkapp.com:587": stream_socket_client(): php_network_getaddresses: getaddrinfo for smtp.postmarkapp.com failed: Temporary failure in name resolution {"job":"App\\\\Mail\\\\InvoiceIssued"}'),
        (0, "dns2", "[ERROR] plugin/errors: 2 smtp.postmarkapp.com. A: read udp 10.42.2.9:40877->10.20.0.2:53: i/o timeout", 1),
        (5, "bill", '[@SP@] production.ERROR: Could not connect to Stripe (https://api.stripe.com/v1/payment_intents). (Network error [errno 6]: Could not resolve host: api.stripe.com) {"tenant":"T-0087713"}'),
        (0, "portal", jl({"level": "error", "message": "payment submission failed", "upstream": "http://billing-api.billing.svc/api/payments", "status": 502, "tenant": "T-0087713", "timestamp": "@ISO@"})),
        (2, "dns1", "[ERROR] plugin/errors: 2 api.stripe.com. A: read udp 10.42.1.14:33870->10.20.0.2:53: i/o timeout", 1),
        (7, "hz", '[@SP@] production.WARNING: Job App\\Jobs\\ChargeAutopay released back to queue (attempt 3/5) {"tenant":"T-0099120"}'),
        (3, "dns1", '[INFO] 10.42.3.61:60122 - 871 "A IN api.stripe.com. udp 32 false 512" SERVFAIL qr,rd 32 4.001177502s'),
    ],
    expected=exp("ERROR", "dns_resolution", "coredns",
                 "CoreDNS cannot reach its upstream forwarder 10.20.0.2 (every forwarded query ends in 'read udp ... ->10.20.0.2:53: i/o timeout' and SERVFAIL), so external names such as api.stripe.com and smtp.postmarkapp.com do not resolve; cluster-internal names still resolve.",
                 "Payments and invoice emails fail because external DNS resolution is broken in the cluster, not because Stripe is down.",
                 "Restore CoreDNS's upstream resolution: check reachability/health of 10.20.0.2 from the CoreDNS pods or point the Corefile forward directive at a working resolver, then retry the queued autopay jobs."),
)

# ============================================================ batch 6: incidents
# I23 crowdfunding: both CoreDNS replicas evicted together by a node drain; ~40 s of lookup failures
_cdn = "ip-10-30-11-12.eu-west-1.compute.internal"
_cdp = ["coredns-5c9f7d8b6-" + s for s in ("kx2p9", "m8w4z", "q2v7n", "t5r3j")]
_ea2 = jl({"level": 50, "time": "@EPOCHMS@", "pid": 1, "hostname": "pledge-api-6b9d4c7f8-r8t2m", "err": {"type": "Error", "message": "getaddrinfo EAI_AGAIN pledges-db.pledges.svc.cluster.local", "code": "EAI_AGAIN", "syscall": "getaddrinfo", "hostname": "pledges-db.pledges.svc.cluster.local"}, "msg": "db pool connect failed"})
add("dev45-crowd-023", domain="crowd", split="dev",
    question="Burst of EAI_AGAIN and 'Temporary failure in name resolution' around 07:02. It's gone now. What was it?",
    selector=None,
    start="2026-03-26T07:01:50",
    labels={
        "evn": events("default", "cf-prod-eu"),
        "evk": events("kube-system", "cf-prod-eu"),
        "api": pod("pledges", "pledge-api-6b9d4c7f8-r8t2m", "pledge-api", "ip-10-30-14-203.eu-west-1.compute.internal"),
        "cel": pod("mail", "backer-mailer-7f6d5c8b9-j2k7s", "celery", "ip-10-30-13-77.eu-west-1.compute.internal"),
        "web": pod("campaigns", "campaign-web-6c7d8b9f5-x4p2n", "web", "ip-10-30-13-77.eu-west-1.compute.internal"),
        "dns": pod("kube-system", _cdp[2], "coredns", "ip-10-30-15-61.eu-west-1.compute.internal"),
    },
    lines=[
        (0, "evn", ev(_cdn, "Node", "NodeNotSchedulable", "Normal", "kubelet", "Node " + _cdn + " status is now: NodeNotSchedulable")),
        (2, "evk", ev(_cdp[0], "Pod", "Killing", "Normal", "kubelet", "Stopping container coredns"), 1),
        (0, "evk", ev(_cdp[1], "Pod", "Killing", "Normal", "kubelet", "Stopping container coredns"), 1),
        (3, "api", _ea2),
        (1, "cel", "[@PY@: WARNING/ForkPoolWorker-2] Task mailer.tasks.send_backer_update[" + uid() + "] retry: Retry in 10s: gaierror(-3, 'Temporary failure in name resolution')"),
        (1, "web", "E, [@ISO6@ #1] ERROR -- : [" + uid() + "] Faraday::ConnectionFailed (Failed to open TCP connection to pledge-api.pledges.svc:3000 (getaddrinfo: Temporary failure in name resolution))"),
        (1, "evk", ev(_cdp[2], "Pod", "Scheduled", "Normal", "default-scheduler", "Successfully assigned kube-system/" + _cdp[2] + " to ip-10-30-15-61.eu-west-1.compute.internal")),
        (0, "evk", ev(_cdp[3], "Pod", "Scheduled", "Normal", "default-scheduler", "Successfully assigned kube-system/" + _cdp[3] + " to ip-10-30-13-77.eu-west-1.compute.internal")),
        (4, "api", _ea2),
        (4, "dns", ".:53"),
        (0, "dns", "[INFO] plugin/reload: Running configuration SHA512 = 1b7c4f0e2d9a8c6b5e4d3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e"),
        (0, "dns", "CoreDNS-1.11.3"),
        (0, "dns", "linux/amd64, go1.22.7, a6338e9"),
        (0, "dns", '[INFO] plugin/ready: Still waiting on: "kubernetes"', 1),
        (3, "web", "E, [@ISO6@ #1] ERROR -- : [" + uid() + "] Faraday::ConnectionFailed (Failed to open TCP connection to pledge-api.pledges.svc:3000 (getaddrinfo: Temporary failure in name resolution))"),
        (2, "api", _ea2),
        (9, "evk", ev(_cdp[2], "Pod", "Started", "Normal", "kubelet", "Started container coredns")),
        (3, "api", jl({"level": 30, "time": "@EPOCHMS@", "pid": 1, "hostname": "pledge-api-6b9d4c7f8-r8t2m", "msg": "db pool connected", "host": "pledges-db.pledges.svc.cluster.local", "size": 10})),
        (6, "cel", "[@PY@: INFO/ForkPoolWorker-2] Task mailer.tasks.send_backer_update[" + uid() + "] succeeded in 0.84s: None"),
        (30, "web", "I, [@ISO6@ #1]  INFO -- : [" + uid() + "] Completed 200 OK in 58ms (Views: 37.5ms | ActiveRecord: 8.1ms | Allocations: 20114)"),
    ],
    expected=exp("WARN", "dns_resolution", "coredns",
                 "Both CoreDNS replicas ran on the same node and were evicted together when it was drained (no PodDisruptionBudget / anti-affinity), so cluster DNS had no ready endpoint for ~40 s until the rescheduled CoreDNS pods synced with the API; lookups failed with EAI_AGAIN / temporary failure in name resolution.",
                 "Short cluster-wide DNS outage during a node drain; callers retried and recovered by themselves.",
                 "Optional: add a PodDisruptionBudget and pod anti-affinity (or topology spread) for CoreDNS so a single drain cannot take out all replicas."),
)

# I24 ambulance: pgbouncer on the cad-db-01 VM stopped by unattended-upgrades and never started again
_dbh = "cad-db-01"
_hk = "@ISO@ ERROR 1 --- [cad-api] [nio-8080-exec-{t}] o.h.engine.jdbc.spi.SqlExceptionHelper   : HikariPool-1 - Connection is not available, request timed out after 30001ms (total=0, active=0, idle=0, waiting={w})"
_pe = "@ISO@ ERROR 1 --- [cad-api] [nio-8080-exec-{t}] c.r.cad.web.GlobalExceptionHandler       : org.postgresql.util.PSQLException: Connection to cad-db.dispatch.internal:6432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections."
add("dev45-amb-024", domain="amb", split="dev",
    question="URGENT: call takers cannot save new incidents, CAD says 'database unavailable'. Is Postgres down?",
    selector=sel(namespace="dispatch"),
    start="2026-01-09T05:41:10",
    labels={
        "uu": host(_dbh, "unattended-upgrade", job="systemd-journal"),
        "sd": host(_dbh, "systemd", job="systemd-journal"),
        "pgb": host(_dbh, "pgbouncer", job="systemd-journal", unit="pgbouncer.service"),
        "pg": host(_dbh, "postgres", job="systemd-journal", unit="postgresql@16-main.service"),
        "cad": pod("dispatch", "cad-api-5f7d9c8b6-t4kxw", "cad-api", "ems-w-02"),
        "ci": pod("dispatch", "call-intake-84d9c7b6f5-p2x7m", "call-intake", "ems-w-03"),
        "sync": pod("dispatch", "cad-sync-6f5d8c9b7-w8r4t", "cad-sync", "ems-w-06"),
    },
    lines=[
        (0, "uu", "@JOURNAL@ cad-db-01 unattended-upgrade[51220]: Packages that will be upgraded: libpq5 pgbouncer"),
        (9, "sd", "@JOURNAL@ cad-db-01 systemd[1]: Stopping pgbouncer.service - connection pooler for PostgreSQL...", 1),
        (0, "pgb", "@PG@ [1288] LOG got SIGTERM, fast exit"),
        (0, "sd", "@JOURNAL@ cad-db-01 systemd[1]: pgbouncer.service: Deactivated successfully."),
        (0, "sd", "@JOURNAL@ cad-db-01 systemd[1]: Stopped pgbouncer.service - connection pooler for PostgreSQL.", 1),
        (2, "uu", "@JOURNAL@ cad-db-01 unattended-upgrade[51220]: invoke-rc.d: policy-rc.d denied execution of start.", 1),
        (1, "uu", "@JOURNAL@ cad-db-01 unattended-upgrade[51220]: All upgrades installed"),
        (3, "cad", _pe.format(t=4)),
        (0, "ci", 'ERROR:    call_intake.db: psycopg.OperationalError: connection failed: connection to server at "10.10.20.5", port 6432 failed: Connection refused'),
        (0, "ci", 'INFO:     10.244.1.33:50412 - "POST /v1/calls HTTP/1.1" 503 Service Unavailable'),
        (2, "sync", "@ISO6@ ERROR cad_sync::db: pool error: error connecting to server: Connection refused (os error 111) host=cad-db.dispatch.internal port=6432"),
        (6, "pg", "@PG@ [1190] LOG:  checkpoint starting: time"),
        (20, "cad", _hk.format(t=7, w=14)),
        (0, "cad", _pe.format(t=7)),
        (1, "ci", 'ERROR:    call_intake.db: psycopg.OperationalError: connection failed: connection to server at "10.10.20.5", port 6432 failed: Connection refused'),
        (0, "ci", 'INFO:     10.244.1.33:50418 - "POST /v1/calls HTTP/1.1" 503 Service Unavailable'),
        (5, "sync", "@ISO6@ ERROR cad_sync::db: pool error: error connecting to server: Connection refused (os error 111) host=cad-db.dispatch.internal port=6432"),
        (14, "cad", _hk.format(t=2, w=31)),
        (0, "cad", _pe.format(t=2)),
    ],
    expected=exp("CRITICAL", "connection_refused", "pgbouncer",
                 "unattended-upgrades upgraded pgbouncer on cad-db-01, which stopped pgbouncer.service; policy-rc.d blocked the restart, so nothing listens on port 6432 and every CAD client gets connection refused. PostgreSQL itself is running.",
                 "CAD cannot create or read incidents: cad-api, call-intake and cad-sync all get connection refused on cad-db.dispatch.internal:6432 because pgbouncer is stopped.",
                 "Start pgbouncer on cad-db-01 now (systemctl start pgbouncer) and confirm clients reconnect; then exclude pgbouncer from unattended upgrades or fix the policy-rc.d/needrestart setup."),
)

# I25 self-storage (plain hosts): unit-api stopped for a deploy that was interrupted; HAProxy has no server
_ap1, _ed2, _kg1 = "ss-app-01", "ss-edge-02", "ss-kiosk-gw-01"
_h503 = '@SYSLOG@ ss-edge-02 haproxy[1312]: {ip}:{port} [@HAPX@] fe_api be_unitapi/<NOSRV> 0/-1/-1/-1/0 503 217 - - SC-- 14/14/0/0/0 0/0 "GET /v1/{path} HTTP/1.1"'
add("dev45-stor-025", domain="stor", split="dev",
    question="Kiosks at all sites say 'unit lookup unavailable' since about 14:20 and HAProxy is returning 503s. Should I restart HAProxy?",
    selector=None,
    start="2026-03-26T14:17:55",
    labels={
        "sudo": host(_ap1, "sudo"), "sd": host(_ap1, "systemd"), "ua": host(_ap1, "unit-api"),
        "ssh": host(_ap1, "sshd"), "dep": host(_ap1, "deploy-unit-api"),
        "hx": host(_ed2, "haproxy"), "kg": host(_kg1, "kiosk-gw"),
    },
    lines=[
        (0, "sudo", "@SYSLOG@ ss-app-01 sudo:   deploy : TTY=pts/2 ; PWD=/opt/unit-api ; USER=root ; COMMAND=/usr/bin/systemctl stop unit-api.service"),
        (0, "sd", "@SYSLOG@ ss-app-01 systemd[1]: Stopping unit-api.service - Storage unit inventory API..."),
        (0, "ua", "@SYSLOG@ ss-app-01 unit-api[2871]: info: Microsoft.Hosting.Lifetime[0] Application is shutting down..."),
        (1, "sd", "@SYSLOG@ ss-app-01 systemd[1]: unit-api.service: Deactivated successfully."),
        (0, "sd", "@SYSLOG@ ss-app-01 systemd[1]: Stopped unit-api.service - Storage unit inventory API.", 1),
        (1, "dep", "@SYSLOG@ ss-app-01 deploy-unit-api[9921]: syncing release 2026.03.26-1 to /opt/unit-api/releases/2026.03.26-1"),
        (1, "hx", '@SYSLOG@ ss-edge-02 haproxy[1312]: Server be_unitapi/app1 is DOWN, reason: Layer4 connection problem, info: "Connection refused", check duration: 0ms. 0 active and 0 backup servers left. 0 sessions active, 0 requeued, 0 remaining in queue.', 1),
        (0, "hx", "@SYSLOG@ ss-edge-02 haproxy[1312]: backend be_unitapi has no server available!"),
        (20, "ssh", "@SYSLOG@ ss-app-01 sshd[9902]: Timeout, client not responding from user deploy 10.10.0.5 port 50888", 1),
        (0, "ssh", "@SYSLOG@ ss-app-01 sshd[9902]: pam_unix(sshd:session): session closed for user deploy"),
        (2, "hx", _h503.format(ip="10.20.8.60", port=40112, path="units?site=LDS")),
        (0, "kg", "@SYSLOG@ ss-kiosk-gw-01 kiosk-gw[1410]: ERROR unit lookup failed site=LDS kiosk=LDS-K1: 503 Service Unavailable from http://unit-api.storage.internal/v1/units?site=LDS"),
        (15, "hx", _h503.format(ip="10.20.9.61", port=51870, path="availability?site=BRS&size=50sqft")),
        (0, "kg", "@SYSLOG@ ss-kiosk-gw-01 kiosk-gw[1410]: ERROR unit lookup failed site=BRS kiosk=BRS-K2: 503 Service Unavailable from http://unit-api.storage.internal/v1/availability?site=BRS&size=50sqft"),
        (60, "hx", _h503.format(ip="10.20.11.60", port=38211, path="units?site=MAN")),
        (0, "kg", "@SYSLOG@ ss-kiosk-gw-01 kiosk-gw[1410]: ERROR unit lookup failed site=MAN kiosk=MAN-K1: 503 Service Unavailable from http://unit-api.storage.internal/v1/units?site=MAN"),
        (90, "kg", "@SYSLOG@ ss-kiosk-gw-01 kiosk-gw[1410]: WARNING 27 consecutive unit lookup failures; kiosks showing 'unit lookup unavailable'"),
    ],
    expected=exp("ERROR", "connection_refused", "unit-api",
                 "unit-api.service on ss-app-01 was stopped for a deploy, and the deploy session died (SSH timeout) before the service was started again; nothing listens on the app port, so HAProxy's health check gets connection refused, marks be_unitapi/app1 DOWN and returns 503 for every request.",
                 "All kiosk unit lookups fail because unit-api on ss-app-01 is stopped; HAProxy is healthy and only reports that its only backend is down.",
                 "Do not restart HAProxy; finish or roll back the unit-api deploy on ss-app-01 and start unit-api.service, then confirm HAProxy marks app1 UP."),
)

# ============================================================ batch 7: incidents
# I26 crowdfunding: Stripe API answers slowly for ~10 minutes; capture workers time out and lag builds
_sw = ["pledge-capture-worker-84c6d7f9b-" + s for s in ("2xv9k", "7hwqn", "c4j8s")]
_to = 'time="@ISOS@" level=warning msg="stripe request failed, retrying" attempt={a} pledge_id=plg_{p} error="Post \\"https://api.stripe.com/v1/payment_intents/pi_{pi}/capture\\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)" timeout=20s'
add("dev45-crowd-026", domain="crowd", split="test",
    question="The pledge-capture lag alert fired at 21:10 and cleared by itself. Was Kafka the problem?",
    selector=sel(namespace="pledges", app="pledge-capture-worker"),
    start="2026-06-12T21:06:30",
    labels={
        "w0": pod("pledges", _sw[0], "worker", "ip-10-30-14-203.eu-west-1.compute.internal"),
        "w1": pod("pledges", _sw[1], "worker", "ip-10-30-15-61.eu-west-1.compute.internal"),
        "w2": pod("pledges", _sw[2], "worker", "ip-10-30-13-77.eu-west-1.compute.internal"),
        "api": pod("pledges", "pledge-api-6b9d4c7f8-r8t2m", "pledge-api", "ip-10-30-14-203.eu-west-1.compute.internal"),
        "k": pod("data", "kafka-1", "kafka", "ip-10-30-12-88.eu-west-1.compute.internal"),
    },
    lines=[
        (0, "w0", 'time="@ISOS@" level=info msg="capture batch committed" group=pledge-capture partition=3 offset=5611208 captured=96 declined=1 lag=12'),
        (14, "w0", _to.format(a=1, p=hexid(14), pi=hexid(16)), 1),
        (3, "w1", _to.format(a=1, p=hexid(14), pi=hexid(16)), 1),
        (20, "w0", _to.format(a=2, p=hexid(14), pi=hexid(16))),
        (4, "w2", _to.format(a=1, p=hexid(14), pi=hexid(16))),
        (12, "w1", 'time="@ISOS@" level=info msg="payment captured" attempt=3 latency_ms=17340 amount=2500 currency=eur pledge_id=plg_' + hexid(14)),
        (25, "w0", 'time="@ISOS@" level=warning msg="stripe latency degraded" window=60s p50_ms=9120 p95_ms=18830 baseline_p95_ms=410 timeouts=23', 1),
        (2, "w2", 'time="@ISOS@" level=error msg="capture failed after 3 attempts; pledge requeued" pledge_id=plg_' + hexid(14) + ' error="Post \\"https://api.stripe.com/v1/payment_intents/pi_' + hexid(16) + '/capture\\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)"', 1),
        (30, "w0", 'time="@ISOS@" level=warning msg="consumer lag above threshold" group=pledge-capture lag=2210 threshold=1000'),
        (4, "k", "[@PY@] INFO [GroupCoordinator 1]: Dynamic member with unknown member id joins group pledge-capture in Stable state. Created a new member id pledge-capture-worker-c4j8s-" + uid() + " and request the member to rejoin with this id. (kafka.coordinator.group.GroupCoordinator)"),
        (6, "api", jl({"level": 40, "time": "@EPOCHMS@", "pid": 1, "hostname": "pledge-api-6b9d4c7f8-r8t2m", "msg": "pledge confirmation delayed: capture pending", "pending": 1840, "oldest_s": 212})),
        (80, "w1", _to.format(a=1, p=hexid(14), pi=hexid(16))),
        (120, "w0", 'time="@ISOS@" level=info msg="stripe latency recovered" window=60s p50_ms=280 p95_ms=520 timeouts=0'),
        (30, "w0", 'time="@ISOS@" level=info msg="capture batch committed" group=pledge-capture partition=3 offset=5613480 captured=412 declined=6 lag=310'),
        (60, "w2", 'time="@ISOS@" level=info msg="capture batch committed" group=pledge-capture partition=5 offset=5590122 captured=388 declined=3 lag=9'),
    ],
    expected=exp("WARN", "timeout", "stripe",
                 "The Stripe API answered capture requests slowly for several minutes (p95 ~18.8 s vs ~0.4 s baseline), so pledge-capture workers hit their 20 s client timeout, retried/requeued pledges and Kafka consumer lag grew; latency recovered and the backlog drained.",
                 "Transient Stripe latency caused capture timeouts and a lag alert; everything caught up without intervention. Kafka was healthy.",
                 "Optional: check Stripe's status history for the window, and make sure requeued captures use idempotency keys; consider alerting on PSP latency rather than consumer lag."),
)

# I27 ambulance: eta-router (OSRM) slow while a new road extract is loaded at peak time
_osa = "[info] @OSRM@ {ms}ms 10.244.5.12 - Go-http-client/1.1 200 /table/v1/driving/5.1214,52.0907;5.0831,52.1012;5.1412,52.0733?sources=0"
_rt2 = 'time=@ISO@ level=WARN msg="eta request failed" target=http://eta-router.routing.svc:5000 err="Get \\"http://eta-router.routing.svc:5000/table/v1/driving/5.1214,52.0907;5.0831,52.1012?sources=0\\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)" timeout=2s incident={i}'
add("dev45-amb-027", domain="amb", split="dev",
    question="Dispatchers saw 'ETA unavailable' for about five minutes after 10:12. Is the routing service OK now?",
    selector=sel(namespace="routing"),
    start="2026-04-07T10:11:51",
    labels={
        "eta": pod("routing", "eta-router-7c6d5b8f9-l4k2v", "osrm-routed", "ems-w-06"),
        "ds": pod("routing", "osrm-refresh-manual-8kq2x", "osrm-datastore", "ems-w-06"),
        "rec": pod("dispatch", "dispatch-recommender-5b7c9d8f6-s2w8q", "recommender", "ems-w-01"),
        "cad": pod("dispatch", "cad-api-5f7d9c8b6-t4kxw", "cad-api", "ems-w-02"),
    },
    lines=[
        (0, "eta", _osa.format(ms="18.4")),
        (8, "ds", "[info] Loading data for dataset nl-2026-04-07 (triggered manually by job osrm-refresh-manual)", 1),
        (1, "ds", "[info] Allocating shared memory of 1834913849 bytes", 1),
        (5, "eta", _osa.format(ms="4120.7"), 1),
        (0, "rec", _rt2.format(i="INC-20260407-02288")),
        (1, "cad", "@ISO@  WARN 1 --- [cad-api] [nio-8080-exec-4] c.r.cad.recommend.UnitRecommender        : ETA unavailable from dispatch-recommender for INC-20260407-02288; using straight-line estimate"),
        (9, "eta", _osa.format(ms="8871.2"), 1),
        (0, "rec", _rt2.format(i="INC-20260407-02290")),
        (1, "cad", "@ISO@  WARN 1 --- [cad-api] [nio-8080-exec-9] c.r.cad.recommend.UnitRecommender        : ETA unavailable from dispatch-recommender for INC-20260407-02290; using straight-line estimate"),
        (40, "rec", 'time=@ISO@ level=WARN msg="eta circuit open" target=http://eta-router.routing.svc:5000 failures=12 window=60s'),
        (60, "eta", _osa.format(ms="6204.9")),
        (50, "rec", _rt2.format(i="INC-20260407-02297")),
        (70, "ds", "[info] All data loaded. Notify all client about new data in:"),
        (0, "ds", "[info] /static\t2"),
        (0, "ds", "[info] /updateable\t2"),
        (2, "eta", _osa.format(ms="21.9")),
        (20, "rec", 'time=@ISO@ level=INFO msg="eta circuit closed" target=http://eta-router.routing.svc:5000'),
        (1, "eta", _osa.format(ms="17.2")),
    ],
    expected=exp("WARN", "timeout", "eta-router",
                 "A manual osrm-refresh job loaded a new road-network extract (osrm-datastore, ~1.8 GB shared memory) on the eta-router node during peak time; while it loaded, osrm-routed table queries took 4-9 s, beyond dispatch-recommender's 2 s client timeout, so ETAs fell back to straight-line estimates until the load finished.",
                 "eta-router was slow for ~4 minutes during a daytime map-data refresh; it is answering in ~20 ms again.",
                 "Optional: run OSRM data refreshes only in the nightly window (or on a separate node) and keep the dispatch-recommender fallback."),
)

# I28 crowdfunding: the hand-managed internal TLS certificate of payments-gw expired at midnight
_pg1 = "payments-gw-5d8c7b9f6-q4n2x"
_x509 = 'time="@ISOS@" level=error msg="capture failed" pledge_id=plg_{p} error="Post \\"https://payments-gw.payments.svc:8443/v1/captures\\": tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time {now} is after 2026-06-01T00:00:00Z"'
_ngs = "@NGX@ [info] 28#28: *{n} SSL_do_handshake() failed (SSL: error:0A000415:SSL routines::sslv3 alert certificate expired:SSL alert number 45) while SSL handshaking, client: {c}, server: 0.0.0.0:8443"
add("dev45-crowd-028", domain="crowd", split="test",
    question="No pledges have been captured and no payouts sent since midnight. Everything looks green in Kubernetes. What's going on?",
    selector=None,
    start="2026-06-01T00:04:10",
    labels={
        "inv": pod("platform", "tls-inventory-29630880-h7d2k", "tls-inventory", "ip-10-30-13-77.eu-west-1.compute.internal"),
        "w0": pod("pledges", _sw[0], "worker", "ip-10-30-14-203.eu-west-1.compute.internal"),
        "w1": pod("pledges", _sw[1], "worker", "ip-10-30-15-61.eu-west-1.compute.internal"),
        "gw": pod("payments", _pg1, "nginx", "ip-10-30-16-21.eu-west-1.compute.internal"),
        "po": pod("payouts", "payouts-5f9c8d7b6-h3x8q", "payouts", "ip-10-30-14-203.eu-west-1.compute.internal"),
        "api": pod("pledges", "pledge-api-6b9d4c7f8-r8t2m", "pledge-api", "ip-10-30-14-203.eu-west-1.compute.internal"),
    },
    lines=[
        (0, "inv", "@PY@ WARNING tls_inventory: secret payments/payments-gw-internal-tls CN=payments-gw.payments.svc notAfter=2026-06-01T00:00:00Z EXPIRED (not managed by cert-manager)", 1),
        (1, "w0", _x509.format(p=hexid(14), now="2026-06-01T00:04:12Z"), 1),
        (0, "gw", _ngs.format(n=91822, c="10.244.9.17"), 1),
        (2, "w1", _x509.format(p=hexid(14), now="2026-06-01T00:04:14Z")),
        (0, "gw", _ngs.format(n=91823, c="10.244.11.40")),
        (3, "po", '@HMS@ [error] Payouts.Gateway: POST https://payments-gw.payments.svc:8443/v1/transfers failed: %Mint.TransportError{reason: {:tls_alert, {:certificate_expired, ~c"TLS client: In state certify at ssl_handshake.erl:2180 generated CLIENT ALERT: Fatal - Certificate Expired\\n"}}}', 1),
        (0, "gw", _ngs.format(n=91824, c="10.244.14.7")),
        (1, "po", "@HMS@ [warning] [Oban] " + json.dumps({"event": "job:exception", "worker": "Payouts.Workers.TransferWorker", "queue": "payouts", "state": "failure", "attempt": 3, "error": "certificate_expired"}, separators=(",", ":"))),
        (4, "api", jl({"level": 50, "time": "@EPOCHMS@", "pid": 1, "hostname": "pledge-api-6b9d4c7f8-r8t2m", "msg": "pledge confirmation blocked: capture service failing", "pending": 412, "oldest_s": 251})),
        (6, "w0", _x509.format(p=hexid(14), now="2026-06-01T00:04:26Z")),
        (0, "w0", 'time="@ISOS@" level=warning msg="consumer lag above threshold" group=pledge-capture lag=1380 threshold=1000'),
        (3, "gw", '10.244.3.2 - - [@CLF@] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.31"'),
        (5, "w1", _x509.format(p=hexid(14), now="2026-06-01T00:04:40Z")),
        (0, "gw", _ngs.format(n=91851, c="10.244.11.40")),
        (9, "po", '@HMS@ [error] Payouts.Gateway: POST https://payments-gw.payments.svc:8443/v1/transfers failed: %Mint.TransportError{reason: {:tls_alert, {:certificate_expired, ~c"TLS client: In state certify at ssl_handshake.erl:2180 generated CLIENT ALERT: Fatal - Certificate Expired\\n"}}}'),
        (20, "api", jl({"level": 50, "time": "@EPOCHMS@", "pid": 1, "hostname": "pledge-api-6b9d4c7f8-r8t2m", "msg": "pledge confirmation blocked: capture service failing", "pending": 655, "oldest_s": 290})),
    ],
    expected=exp("CRITICAL", "tls_certificate", "payments-gw",
                 "The hand-managed server certificate of payments-gw (secret payments-gw-internal-tls, not managed by cert-manager) expired at 2026-06-01T00:00:00Z; every TLS client (capture workers, payouts) rejects it with 'certificate has expired', so no captures or payouts go through. Plain-HTTP probes still pass, so Kubernetes looks healthy.",
                 "All payment captures and creator payouts have failed since midnight because payments-gw presents an expired certificate.",
                 "Issue a new certificate for payments-gw.payments.svc now (ideally move it to a cert-manager Certificate), update the secret and reload payments-gw; then replay the requeued captures and payout jobs."),
)

# ============================================================ batch 8: incidents
# I29 self-storage: cctv-archiver still uses a MinIO access key that the rotation job revoked
_ca = "cctv-archiver-6d9f8b7c5-j3h8w"
_s3 = "@ISO6@ ERROR cctv_archiver::upload: put_object failed bucket=cctv-archive key={k} status=403 error=\"S3 error: InvalidAccessKeyId: The Access Key Id you provided does not exist in our records.\""
add("dev45-stor-029", domain="stor", split="dev",
    question="CCTV clips are not showing up in the archive since this morning. Is MinIO full?",
    selector=sel(namespace="cctv"),
    start="2026-04-14T06:00:02",
    labels={
        "rot": pod("cctv", "minio-key-rotate-29645640-x9c2b", "rotate", "ss-node-4"),
        "arc": pod("cctv", _ca, "cctv-archiver", "ss-node-3"),
        "ui": pod("cctv", "cctv-web-7b8c9d6f5-p4m7r", "cctv-web", "ss-node-5"),
    },
    lines=[
        (0, "rot", "@PY@ INFO rotate: created service account for policy cctv-archive-rw (parent=cctv-archiver); new key stored in Vault at secret/cctv/minio-archiver version 7", 1),
        (2, "rot", "@PY@ INFO rotate: revoked previous access key AKCCTV7Q4N2 (version 6) for cctv-archiver", 1),
        (0, "rot", "@PY@ INFO rotate: done; consumers must reload credentials (ExternalSecret cctv/cctv-archiver-minio refreshInterval=24h)"),
        (30, "arc", _s3.format(k="lds/cam07/2026-04-14/06-00.mp4"), 1),
        (1, "arc", _s3.format(k="brs/cam02/2026-04-14/06-00.mp4")),
        (0, "arc", "@ISO6@  WARN cctv_archiver::spool: upload failed, keeping clip in local spool path=/spool/lds/cam07/2026-04-14/06-00.mp4 attempts=1"),
        (7, "arc", "@ISO6@  INFO cctv_archiver::health: endpoint http://minio.cctv.svc:9000 reachable (GET /minio/health/live 200, 3 ms)"),
        (25, "arc", _s3.format(k="man/cam11/2026-04-14/06-00.mp4")),
        (40, "ui", jl({"level": "warn", "message": "archive index stale", "latest_clip": "2026-04-14T05:59:00Z", "lag_s": 122, "timestamp": "@ISO@"})),
        (60, "arc", _s3.format(k="lds/cam07/2026-04-14/06-01.mp4"), 1),
        (0, "arc", "@ISO6@  WARN cctv_archiver::spool: local spool at 18% (212 clips pending upload)"),
        (120, "arc", _s3.format(k="gla/cam04/2026-04-14/06-03.mp4")),
        (180, "ui", jl({"level": "error", "message": "archive index stale", "latest_clip": "2026-04-14T05:59:00Z", "lag_s": 482, "timestamp": "@ISO@"})),
        (200, "arc", _s3.format(k="brs/cam02/2026-04-14/06-10.mp4")),
        (0, "arc", "@ISO6@  WARN cctv_archiver::spool: local spool at 41% (818 clips pending upload)"),
    ],
    expected=exp("ERROR", "auth_failure", "cctv-archiver",
                 "The minio-key-rotate job created a new MinIO access key for cctv-archiver and revoked the old one, but cctv-archiver still uses the old key from its Kubernetes Secret (ExternalSecret refresh every 24h), so every PutObject is rejected with 403 InvalidAccessKeyId.",
                 "No CCTV clips have been archived since the 06:00 key rotation; clips pile up in the local spool (41% and rising). MinIO has plenty of space.",
                 "Force-refresh the cctv-archiver-minio ExternalSecret (or update the Secret with the new key) and restart cctv-archiver; make the rotation job trigger a refresh before revoking the old key."),
)

# I30 ambulance: call-intake crash-loops after a ConfigMap key rename (CAD_API_URL missing)
_cip = ["call-intake-7f5b8d9c6-" + s for s in ("h2k8r", "w6p3m")]
_ciu = uid()
_tb = '{"level":"error","message":"POST http://call-intake.dispatch.svc:8000/v1/calls failed: connect ECONNREFUSED 10.96.38.201:8000","call_id":"' + "C-{c}" + '","trunk":"trunk-a","timestamp":"@ISO@"}'
add("dev45-amb-030", domain="amb", split="test",
    question="Telephony bridge cannot create calls in CAD since the 02:00 release. Is the SIP trunk down?",
    selector=sel(namespace="dispatch"),
    start="2026-05-06T02:00:12",
    labels={
        "argo": pod("argocd", "argocd-application-controller-0", "argocd-application-controller", "ems-w-01"),
        "ev": events("dispatch", "ems-prod-1"),
        "ci": pod("dispatch", _cip[0], "call-intake", "ems-w-03"),
        "kl": journal("ems-w-03", unit="kubelet.service"),
        "tb": pod("telephony", "telephony-bridge-5c7d9b8f6-v2q9n", "bridge", "ems-w-05"),
    },
    lines=[
        (0, "argo", 'time="@ISOS@" level=info msg="Sync operation to e52b1d0 succeeded" application=argocd/call-intake dest-namespace=dispatch dest-server="https://kubernetes.default.svc" reason=OperationCompleted type=Normal'),
        (1, "ev", ev("call-intake", "Deployment", "ScalingReplicaSet", "Normal", "deployment-controller", "Scaled down replica set call-intake-6c9d7b5f8 to 0 from 2")),
        (3, "ev", ev("call-intake", "Deployment", "ScalingReplicaSet", "Normal", "deployment-controller", "Scaled up replica set call-intake-7f5b8d9c6 to 2")),
        (6, "ci", "Traceback (most recent call last):"),
        (0, "ci", '  File "/app/call_intake/settings.py", line 41, in <module>'),
        (0, "ci", "    settings = Settings()"),
        (0, "ci", "pydantic_core._pydantic_core.ValidationError: 1 validation error for Settings", 1),
        (0, "ci", "cad_api_url", 1),
        (0, "ci", "  Field required [type=missing, input_value={'log_level': 'info', 'cad_api_base_url': 'http://cad-api.dispatch.svc:8080', 'sip_trunk': 'trunk-a'}, input_type=dict]", 1),
        (2, "tb", _tb.replace("{c}", "88120")),
        (8, "ev", ev(_cip[0], "Pod", "BackOff", "Warning", "kubelet", "Back-off restarting failed container call-intake in pod " + _cip[0] + "_dispatch(" + _ciu + ")")),
        (0, "kl", 'E@KLOG@    1702 pod_workers.go:1298] "Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"call-intake\\" with CrashLoopBackOff: \\"back-off 20s restarting failed container=call-intake pod=' + _cip[0] + '_dispatch(' + _ciu + ')\\"" pod="dispatch/' + _cip[0] + '" podUID="' + _ciu + '"', 1),
        (3, "tb", _tb.replace("{c}", "88121")),
        (0, "tb", '{"level":"warn","message":"CAD intake unavailable; call C-88121 handled voice-only, call taker must enter incident manually","timestamp":"@ISO@"}'),
        (20, "ci", "pydantic_core._pydantic_core.ValidationError: 1 validation error for Settings"),
        (0, "ci", "cad_api_url"),
        (0, "ci", "  Field required [type=missing, input_value={'log_level': 'info', 'cad_api_base_url': 'http://cad-api.dispatch.svc:8080', 'sip_trunk': 'trunk-a'}, input_type=dict]"),
        (12, "tb", _tb.replace("{c}", "88122")),
        (30, "ev", ev(_cip[1], "Pod", "BackOff", "Warning", "kubelet", "Back-off restarting failed container call-intake in pod " + _cip[1] + "_dispatch(" + uid() + ")")),
    ],
    expected=exp("CRITICAL", "config_error", "call-intake",
                 "Release e52b1d0 renamed the ConfigMap key CAD_API_URL to CAD_API_BASE_URL, but call-intake's settings still require cad_api_url; pydantic raises 'Field required' at import, so both pods (Recreate strategy, old ones already gone) crash-loop and the telephony bridge gets connection refused.",
                 "call-intake is down in CrashLoopBackOff because of a missing configuration value; no emergency calls are being created in CAD automatically. The SIP trunk is fine.",
                 "Restore CAD_API_URL in the call-intake ConfigMap (or roll back to the previous Argo CD revision) immediately, then align the settings class with the new key name."),
)

# I31 self-storage (plain host): a pushed postfix main.cf has an invalid value; smtpd dies, invoices not mailed
_bh2 = "ss-billing-01"
add("dev45-stor-031", domain="stor", split="test",
    question="Tenants say they did not get invoice emails today; the billing app shows mail errors. Is Postmark rejecting us?",
    selector=sel(node=_bh2),
    start="2026-04-21T09:02:14",
    labels={
        "ans": host(_bh2, "ansible"), "pf": host(_bh2, "postfix"), "app": host(_bh2, "billing", job="laravel"),
        "ssh": host(_bh2, "sshd"), "chr": host(_bh2, "chronyd"),
    },
    lines=[
        (0, "ssh", "@SYSLOG@ ss-billing-01 sshd[31020]: Accepted publickey for ansible from 10.10.0.5 port 51844 ssh2: ED25519 SHA256:q0M7n2cWf1T9yZkJpLxR4aB8eD3uV6sH5gI0oK2lN9w"),
        (3, "ans", "@SYSLOG@ ss-billing-01 ansible-ansible.legacy.copy[31077]: Invoked with dest=/etc/postfix/main.cf src=/home/ansible/.ansible/tmp/ansible-tmp-1776762137.41-31052/source mode=0644 owner=root group=root backup=True follow=False force=True"),
        (2, "pf", "@SYSLOG@ ss-billing-01 postfix/postfix-script[31101]: refreshing the Postfix mail system"),
        (0, "pf", "@SYSLOG@ ss-billing-01 postfix/master[1022]: reload -- version 3.7.11, configuration /etc/postfix"),
        (40, "pf", "@SYSLOG@ ss-billing-01 postfix/smtpd[31140]: fatal: bad numerical configuration: message_size_limit = 10m", 1),
        (1, "pf", "@SYSLOG@ ss-billing-01 postfix/master[1022]: warning: process /usr/lib/postfix/sbin/smtpd pid 31140 exit status 1", 1),
        (0, "pf", "@SYSLOG@ ss-billing-01 postfix/master[1022]: warning: /usr/lib/postfix/sbin/smtpd: bad command startup -- throttling", 1),
        (0, "app", '[@SP@] production.ERROR: Expected response code "220" but got empty code. {"exception":"[object] (Symfony\\\\Component\\\\Mailer\\\\Exception\\\\TransportException(code: 0): Expected response code \\"220\\" but got empty code. at /var/www/billing/vendor/symfony/mailer/Transport/Smtp/SmtpTransport.php:331)"}'),
        (1, "app", '[@SP@] production.ERROR: Mail App\\Mail\\InvoiceIssued to tenant T-0102288 failed; job released (attempt 1/3)'),
        (60, "pf", "@SYSLOG@ ss-billing-01 postfix/smtpd[31188]: fatal: bad numerical configuration: message_size_limit = 10m"),
        (1, "pf", "@SYSLOG@ ss-billing-01 postfix/master[1022]: warning: process /usr/lib/postfix/sbin/smtpd pid 31188 exit status 1"),
        (0, "app", '[@SP@] production.ERROR: Expected response code "220" but got empty code. {"exception":"[object] (Symfony\\\\Component\\\\Mailer\\\\Exception\\\\TransportException(code: 0): Expected response code \\"220\\" but got empty code. at /var/www/billing/vendor/symfony/mailer/Transport/Smtp/SmtpTransport.php:331)"}'),
        (0, "app", '[@SP@] production.ERROR: Mail App\\Mail\\OverlockNotice to tenant T-0088123 failed; job released (attempt 1/3)'),
        (30, "chr", "@SYSLOG@ ss-billing-01 chronyd[812]: Selected source 162.159.200.1 (2.debian.pool.ntp.org)"),
        (90, "pf", "@SYSLOG@ ss-billing-01 postfix/smtpd[31240]: fatal: bad numerical configuration: message_size_limit = 10m"),
        (0, "app", '[@SP@] production.ERROR: Mail App\\Mail\\InvoiceIssued to tenant T-0099120 failed permanently after 3 attempts'),
    ],
    expected=exp("ERROR", "config_error", "postfix",
                 "An Ansible push replaced /etc/postfix/main.cf with message_size_limit = 10m, which postfix cannot parse (it needs a byte count); every smtpd process exits with 'bad numerical configuration' and master throttles it, so the billing app's local SMTP connection gets no 220 greeting and invoice/overlock emails fail.",
                 "Postfix on ss-billing-01 cannot accept mail since the config push; invoice and overlock notices are failing. The external relay is not involved.",
                 "Fix message_size_limit in main.cf (e.g. 10240000) in the Ansible template, run 'postfix check' and reload, then retry the failed mail jobs."),
)

# I32 crowdfunding: media-resizer fills node ephemeral storage and is evicted; uploads fail briefly
_mr = "media-resizer-6f9d8c7b5-"
_mrn = "ip-10-30-13-77.eu-west-1.compute.internal"
add("dev45-crowd-032", domain="crowd", split="dev",
    question="Creators couldn't upload campaign images for a few minutes around 11:30. Is the ingress upload size limit the problem?",
    selector=sel(namespace="campaigns"),
    start="2026-05-27T11:28:40",
    labels={
        "mr": pod("campaigns", _mr + "t8k3p", "media-resizer", _mrn),
        "kl": journal(_mrn, unit="kubelet.service"),
        "evn": events("default", "cf-prod-eu"),
        "ev": events("campaigns", "cf-prod-eu"),
        "web": pod("campaigns", "campaign-web-6c7d8b9f5-x4p2n", "web", "ip-10-30-14-203.eu-west-1.compute.internal"),
        "ing": pod("ingress-nginx", "ingress-nginx-controller-5b8f9c7d6-9qvzw", "controller", "ip-10-30-11-12.eu-west-1.compute.internal"),
        "mr2": pod("campaigns", _mr + "z2w6n", "media-resizer", "ip-10-30-15-61.eu-west-1.compute.internal"),
    },
    lines=[
        (0, "mr", jl({"level": 30, "time": "@EPOCHMS@", "pid": 1, "hostname": _mr + "t8k3p", "msg": "transcoding campaign video to /tmp/work", "campaign": "glow-garden", "renditions": 6, "source_mb": 4210})),
        (40, "evn", ev(_mrn, "Node", "NodeHasDiskPressure", "Normal", "kubelet", "Node " + _mrn + " status is now: NodeHasDiskPressure"), 1),
        (1, "kl", 'W@KLOG@    2291 eviction_manager.go:366] "Eviction manager: attempting to reclaim" resourceName="ephemeral-storage"', 1),
        (0, "kl", 'I@KLOG@    2291 eviction_manager.go:377] "Eviction manager: must evict pod(s) to reclaim" resourceName="ephemeral-storage"'),
        (0, "kl", 'I@KLOG@    2291 eviction_manager.go:395] "Eviction manager: pods ranked for eviction" pods=["campaigns/' + _mr + 't8k3p","mail/backer-mailer-7f6d5c8b9-j2k7s","campaigns/campaign-web-6c7d8b9f5-b7x2k"]'),
        (0, "ev", ev(_mr + "t8k3p", "Pod", "Evicted", "Warning", "kubelet", "The node was low on resource: ephemeral-storage. Threshold quantity: 10Gi, available: 9412Mi. Container media-resizer was using 38Gi, request is 0, has larger consumption of ephemeral-storage. "), 1),
        (2, "kl", 'I@KLOG@    2291 eviction_manager.go:616] "Eviction manager: pod is evicted successfully" pod="campaigns/' + _mr + 't8k3p"'),
        (1, "web", 'E, [@ISO6@ #1] ERROR -- : [' + uid() + '] Faraday::ConnectionFailed (Failed to open TCP connection to media-resizer.campaigns.svc:8080 (Connection refused - connect(2) for "media-resizer.campaigns.svc" port 8080))'),
        (0, "ing", '10.30.7.22 - - [@CLF@] "POST /creator/campaigns/glow-garden/media HTTP/2.0" 502 150 "https://back.example.org/creator/campaigns/glow-garden/edit" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) Safari/605.1.15" 2211934 0.031 [campaigns-campaign-web-3000] [] 10.244.14.21:3000 150 0.031 502 ' + hexid(32)),
        (3, "ev", ev(_mr + "z2w6n", "Pod", "Scheduled", "Normal", "default-scheduler", "Successfully assigned campaigns/" + _mr + "z2w6n to ip-10-30-15-61.eu-west-1.compute.internal")),
        (6, "web", 'E, [@ISO6@ #1] ERROR -- : [' + uid() + '] Faraday::ConnectionFailed (Failed to open TCP connection to media-resizer.campaigns.svc:8080 (Connection refused - connect(2) for "media-resizer.campaigns.svc" port 8080))'),
        (0, "ing", '10.30.9.81 - - [@CLF@] "POST /creator/campaigns/tiny-forest-books/media HTTP/2.0" 502 150 "https://back.example.org/creator/campaigns/tiny-forest-books/edit" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131.0" 1840022 0.027 [campaigns-campaign-web-3000] [] 10.244.14.21:3000 150 0.027 502 ' + hexid(32)),
        (14, "mr2", jl({"level": 30, "time": "@EPOCHMS@", "pid": 1, "hostname": _mr + "z2w6n", "msg": "media-resizer listening", "port": 8080})),
        (40, "evn", ev(_mrn, "Node", "NodeHasNoDiskPressure", "Normal", "kubelet", "Node " + _mrn + " status is now: NodeHasNoDiskPressure")),
        (12, "ing", '10.30.7.22 - - [@CLF@] "POST /creator/campaigns/glow-garden/media HTTP/2.0" 201 88 "https://back.example.org/creator/campaigns/glow-garden/edit" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) Safari/605.1.15" 2211934 3.412 [campaigns-campaign-web-3000] [] 10.244.14.21:3000 88 3.412 201 ' + hexid(32)),
        (5, "mr2", jl({"level": 30, "time": "@EPOCHMS@", "pid": 1, "hostname": _mr + "z2w6n", "msg": "transcoding campaign video to /tmp/work", "campaign": "glow-garden", "renditions": 6, "source_mb": 4210})),
    ],
    expected=exp("WARN", "resource_exhausted", "media-resizer",
                 "media-resizer transcodes a 4 GB campaign video into /tmp (container writable layer, no ephemeral-storage request/limit) and used 38Gi, putting the node under disk pressure; the kubelet evicted the pod, so uploads got connection refused until the replacement pod started on another node.",
                 "Brief upload outage from an ephemeral-storage eviction of media-resizer; it recovered, but the same video is being transcoded again and can repeat the eviction.",
                 "Give media-resizer an emptyDir/volume with an ephemeral-storage limit sized for video work (or stream to object storage) and set ephemeral-storage requests."),
)

# ============================================================ batch 9: incidents
# I33 self-storage NVR host (plain): recording volume 100% full, recordings stopped
_nv = "cctv-nvr-03"
_ff = "@SYSLOG@ cctv-nvr-03 nvr-recorder[1733]: ffmpeg[{cam}]: {msg}"
add("dev45-stor-033", domain="stor", split="test",
    question="Bristol and Gloucester cameras show 'recording stopped' in the VMS. Are the cameras offline?",
    selector=sel(node=_nv),
    start="2026-04-28T13:04:50",
    labels={
        "rec": host(_nv, "nvr-recorder"), "dc": host(_nv, "disk-check"), "ret": host(_nv, "nvr-retention"),
        "cron": host(_nv, "CRON"), "ssh": host(_nv, "sshd"), "ngx": host(_nv, "nginx", job="nginx-access"),
    },
    lines=[
        (0, "rec", '@SYSLOG@ cctv-nvr-03 nvr-recorder[1733]: time="@ISOS@" level=info msg="segment closed" camera=brs-cam07 file=/srv/nvr/rec/brs-cam07/2026-04-28/13-04-00.mp4 size_mb=612'),
        (9, "rec", _ff.format(cam="brs-cam07", msg="[segment @ 0x5581c1e0a2c0] Failed to open segment '/srv/nvr/rec/brs-cam07/2026-04-28/13-05-00.mp4'")),
        (0, "rec", _ff.format(cam="brs-cam07", msg="av_interleaved_write_frame(): No space left on device"), 1),
        (0, "rec", '@SYSLOG@ cctv-nvr-03 nvr-recorder[1733]: time="@ISOS@" level=error msg="segment write failed" camera=brs-cam07 error="write /srv/nvr/rec/brs-cam07/2026-04-28/13-05-00.mp4: no space left on device"', 1),
        (1, "rec", _ff.format(cam="glo-cam02", msg="Error writing trailer of /srv/nvr/rec/glo-cam02/2026-04-28/13-05-00.mp4: No space left on device")),
        (0, "rec", '@SYSLOG@ cctv-nvr-03 nvr-recorder[1733]: time="@ISOS@" level=error msg="segment write failed" camera=glo-cam02 error="write /srv/nvr/rec/glo-cam02/2026-04-28/13-05-00.mp4: no space left on device"'),
        (4, "ngx", '10.20.9.40 - - [@CLF@] "GET /api/playback/brs-cam07?from=2026-04-28T13:00:00Z HTTP/1.1" 200 48211 "-" "VMS-Client/9.2"'),
        (5, "dc", "@SYSLOG@ cctv-nvr-03 disk-check: CRITICAL /srv/nvr 100% used (0 B free of 7.3T), inodes 3% used", 1),
        (6, "rec", '@SYSLOG@ cctv-nvr-03 nvr-recorder[1733]: time="@ISOS@" level=warning msg="camera recording stopped after 3 failed segments" camera=brs-cam07'),
        (0, "rec", '@SYSLOG@ cctv-nvr-03 nvr-recorder[1733]: time="@ISOS@" level=warning msg="camera recording stopped after 3 failed segments" camera=glo-cam02'),
        (30, "cron", "@SYSLOG@ cctv-nvr-03 CRON[40211]: (nvr) CMD (/opt/nvr/bin/nvr-retention --keep-days 30)"),
        (2, "ret", "@SYSLOG@ cctv-nvr-03 nvr-retention[40212]: retention pass: 0 segments older than 30 days, 0 B freed; oldest segment 2026-04-02 (26 days); 4K cameras brs-cam01..brs-cam08 added 2026-04-10 (+210 GB/day)", 1),
        (20, "ssh", "@SYSLOG@ cctv-nvr-03 sshd[40230]: Accepted publickey for ops-kw from 10.10.0.7 port 52210 ssh2: ED25519 SHA256:9xk2Lq0bV7z1Hk2Lp1x9Qz3aB8eD3uV6sH5gI0oK2lN"),
        (40, "rec", '@SYSLOG@ cctv-nvr-03 nvr-recorder[1733]: time="@ISOS@" level=error msg="segment write failed" camera=brs-cam03 error="write /srv/nvr/rec/brs-cam03/2026-04-28/13-06-00.mp4: no space left on device"'),
        (0, "rec", '@SYSLOG@ cctv-nvr-03 nvr-recorder[1733]: time="@ISOS@" level=warning msg="recording stopped on 24 of 24 cameras"'),
        (8, "ngx", '10.20.9.40 - - [@CLF@] "GET /api/live/brs-cam07 HTTP/1.1" 200 1204 "-" "VMS-Client/9.2"'),
    ],
    expected=exp("CRITICAL", "resource_exhausted", "cctv-nvr-03",
                 "The recording volume /srv/nvr on cctv-nvr-03 is 100% full: the eight new 4K Bristol cameras add ~210 GB/day, so 30-day retention no longer fits in 7.3 TB and retention frees nothing; ffmpeg segment writes fail with 'No space left on device' and recording stops.",
                 "All 24 cameras on cctv-nvr-03 have stopped recording because the disk is full; live view still works, so the cameras are online. Footage is currently not being kept.",
                 "Free space immediately (lower retention for the 4K cameras or move old segments off the host) so recording resumes, then add storage or reduce 4K bitrate/retention."),
)

# I34 ambulance: avl-tsdb cannot mount its Ceph RBD volume (old node still holds the mapping)
_tp = "avl-tsdb-0"
_tu = uid()
_pvc = "pvc-" + uid()
_vh = "0001-0009-rook-ceph-0000000000000002-" + uid()
_img2 = "replicapool/csi-vol-" + _vh[-36:]
_pgx = jl({"level": "error", "ts": "@EPOCH@", "caller": "ingest/writer.go:88", "msg": "batch insert failed", "error": "failed to connect to `host=avl-tsdb.avl.svc user=avl database=avl`: dial error (dial tcp 10.96.44.12:5432: connect: connection refused)", "buffered": "{b}"})
add("dev45-amb-034", domain="amb", split="dev",
    question="avl-ingest is flooding 'connection refused' to avl-tsdb and its buffer is filling. Fix avl-ingest?",
    selector=sel(namespace="avl"),
    start="2026-05-14T22:30:05",
    labels={
        "ev": events("avl", "ems-prod-1"),
        "kl3": journal("ems-w-03", unit="kubelet.service"),
        "kl5": journal("ems-w-05", unit="kubelet.service"),
        "csi": pod("rook-ceph", "csi-rbdplugin-8x2kq", "csi-rbdplugin", "ems-w-05"),
        "avl": pod("avl", "avl-ingest-6f8c7d5b9-zp4lq", "avl-ingest", "ems-w-05"),
        "hist": pod("avl", "avl-history-api-7d6c5b9f8-k4r2n", "history-api", "ems-w-01"),
    },
    lines=[
        (0, "ev", ev(_tp, "Pod", "Killing", "Normal", "kubelet", "Stopping container timescaledb")),
        (6, "kl3", 'E@KLOG@    1544 nestedpendingoperations.go:348] Operation for "{volumeName:kubernetes.io/csi/rook-ceph.rbd.csi.ceph.com^' + _vh + ' podName: nodeName:}" failed. No retries permitted until @ISOS@ (durationBeforeRetry 500ms). Error: UnmountDevice failed for volume "' + _pvc + '" (UniqueName: "kubernetes.io/csi/rook-ceph.rbd.csi.ceph.com^' + _vh + '") on node "ems-w-03" : kubernetes.io/csi: attacher.UnmountDevice failed: rpc error: code = Internal desc = rbd: unmap for spec (' + _img2 + ') failed (exit status 16): (rbd: sysfs write failed\\nrbd: unmap failed: (16) Device or resource busy)', 1),
        (2, "ev", ev(_tp, "Pod", "Scheduled", "Normal", "default-scheduler", "Successfully assigned avl/avl-tsdb-0 to ems-w-05")),
        (1, "ev", ev(_tp, "Pod", "SuccessfulAttachVolume", "Normal", "attachdetach-controller", 'AttachVolume.Attach succeeded for volume "' + _pvc + '"')),
        (2, "csi", "E@KLOG@  144211 utils.go:271] ID: 8812 Req-ID: " + _vh + " GRPC error: rpc error: code = Internal desc = rbd image " + _img2 + " is still being used", 1),
        (0, "kl5", 'E@KLOG@    1602 nestedpendingoperations.go:348] Operation for "{volumeName:kubernetes.io/csi/rook-ceph.rbd.csi.ceph.com^' + _vh + ' podName: nodeName:ems-w-05}" failed. No retries permitted until @ISOS@ (durationBeforeRetry 16s). Error: MountVolume.MountDevice failed for volume "' + _pvc + '" (UniqueName: "kubernetes.io/csi/rook-ceph.rbd.csi.ceph.com^' + _vh + '") pod "avl-tsdb-0" (UID: "' + _tu + '") : rpc error: code = Internal desc = rbd image ' + _img2 + ' is still being used', 1),
        (0, "ev", ev(_tp, "Pod", "FailedMount", "Warning", "kubelet", 'MountVolume.MountDevice failed for volume "' + _pvc + '" : rpc error: code = Internal desc = rbd image ' + _img2 + ' is still being used'), 1),
        (3, "avl", _pgx.replace('"{b}"', "1840")),
        (2, "hist", '@PY@ ERROR history_api.db: psycopg.OperationalError: connection failed: connection to server at "10.96.44.12", port 5432 failed: Connection refused'),
        (0, "hist", 'INFO:     10.244.2.61:40122 - "GET /v1/tracks/MED-214?from=2026-05-14T21:00:00Z HTTP/1.1" 503 Service Unavailable'),
        (10, "avl", _pgx.replace('"{b}"', "6722")),
        (20, "kl5", 'E@KLOG@    1602 nestedpendingoperations.go:348] Operation for "{volumeName:kubernetes.io/csi/rook-ceph.rbd.csi.ceph.com^' + _vh + ' podName: nodeName:ems-w-05}" failed. No retries permitted until @ISOS@ (durationBeforeRetry 32s). Error: MountVolume.MountDevice failed for volume "' + _pvc + '" (UniqueName: "kubernetes.io/csi/rook-ceph.rbd.csi.ceph.com^' + _vh + '") pod "avl-tsdb-0" (UID: "' + _tu + '") : rpc error: code = Internal desc = rbd image ' + _img2 + ' is still being used'),
        (15, "avl", jl({"level": "warn", "ts": "@EPOCH@", "caller": "ingest/buffer.go:52", "msg": "position buffer filling", "used": 0.71, "capacity": 20000})),
        (60, "ev", ev(_tp, "Pod", "FailedMount", "Warning", "kubelet", "Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[], failed to process volumes=[]: timed out waiting for the condition")),
        (30, "avl", jl({"level": "error", "ts": "@EPOCH@", "caller": "ingest/buffer.go:61", "msg": "position buffer full; dropping oldest positions", "dropped": 412})),
        (2, "hist", 'INFO:     10.244.2.61:40188 - "GET /v1/tracks/MED-207?from=2026-05-14T22:00:00Z HTTP/1.1" 503 Service Unavailable'),
    ],
    expected=exp("CRITICAL", "storage", "avl-tsdb",
                 "After avl-tsdb-0 was restarted it moved to ems-w-05, but ems-w-03 failed to unmap its Ceph RBD image (rbd unmap: Device or resource busy), so ceph-csi refuses to mount the volume ('rbd image ... is still being used') and the TimescaleDB pod never starts.",
                 "avl-tsdb is down because its persistent volume cannot be mounted; avl-ingest and the history API get connection refused and avl-ingest has started dropping buffered positions (data loss). avl-ingest itself is not the problem.",
                 "Find and stop what still holds the RBD device on ems-w-03 (or unmap it / fence the old node), let the mount on ems-w-05 succeed, and verify avl-ingest drains its buffer."),
)

# I35 crowdfunding payout batch host (plain, bare metal): disk medium errors, ext4 aborted, FS read-only
_pb = "payout-batch-01"
add("dev45-crowd-035", domain="crowd", split="test",
    question="Today's SEPA payout batch didn't go out and the payout API returns 500. Bug in the new payoutd release?",
    selector=sel(node=_pb),
    start="2026-05-29T05:00:03",
    labels={
        "pd": host(_pb, "payoutd", job="systemd-journal", unit="payoutd.service"),
        "kern": host(_pb, "kernel", job="systemd-journal"),
        "api": host(_pb, "payout-api", job="systemd-journal", unit="payout-api.service"),
        "sd": host(_pb, "systemd", job="systemd-journal"),
        "smart": host(_pb, "smartd", job="systemd-journal"),
        "cron": host(_pb, "CRON", job="systemd-journal"),
    },
    lines=[
        (0, "pd", "@PY@ INFO payoutd: building SEPA batch 2026-05-29 transfers=412 total_eur=218331.40"),
        (2, "kern", "sd 2:0:0:1: [sdb] tag#18 FAILED Result: hostbyte=DID_OK driverbyte=DRIVER_OK cmd_age=3s"),
        (0, "kern", "sd 2:0:0:1: [sdb] tag#18 Sense Key : Medium Error [current]"),
        (0, "kern", "sd 2:0:0:1: [sdb] tag#18 Add. Sense: Write error - auto reallocation failed"),
        (0, "kern", "I/O error, dev sdb, sector 41943168 op 0x1:(WRITE) flags 0x800 phys_seg 8 prio class 2", 1),
        (0, "kern", "Buffer I/O error on dev sdb1, logical block 5242640, lost async page write", 1),
        (0, "kern", "EXT4-fs error (device sdb1): ext4_journal_check_start:83: comm payoutd: Detected aborted journal", 1),
        (0, "kern", "EXT4-fs (sdb1): Remounting filesystem read-only", 1),
        (0, "pd", "@PY@ ERROR payoutd: cannot write batch file: [Errno 30] Read-only file system: '/var/lib/payouts/out/2026-05-29-sepa.xml'"),
        (0, "pd", "@PY@ ERROR payoutd: batch 2026-05-29 aborted; 412 transfers not submitted"),
        (0, "sd", "@JOURNAL@ payout-batch-01 systemd[1]: payoutd.service: Main process exited, code=exited, status=1/FAILURE"),
        (0, "sd", "@JOURNAL@ payout-batch-01 systemd[1]: payoutd.service: Failed with result 'exit-code'."),
        (20, "api", "ERROR:    Exception in ASGI application"),
        (0, "api", "OSError: [Errno 30] Read-only file system: '/var/lib/payouts/locks/cr_8f1e2d.lock'"),
        (0, "api", 'INFO:     10.30.14.203:44120 - "POST /v1/payout-requests HTTP/1.1" 500 Internal Server Error'),
        (30, "smart", "@JOURNAL@ payout-batch-01 smartd[902]: Device: /dev/sdb [SAT], 8 Currently unreadable (pending) sectors", 1),
        (0, "smart", "@JOURNAL@ payout-batch-01 smartd[902]: Device: /dev/sdb [SAT], ATA error count increased from 0 to 3"),
        (25, "cron", "@JOURNAL@ payout-batch-01 CRON[5120]: (payouts) CMD (/opt/payouts/bin/reconcile --date 2026-05-28)"),
        (1, "api", 'INFO:     10.30.14.203:44188 - "POST /v1/payout-requests HTTP/1.1" 500 Internal Server Error'),
    ],
    expected=exp("ERROR", "storage", "payout-batch-01",
                 "Disk /dev/sdb on payout-batch-01 returned medium (write) errors; ext4 on sdb1 aborted its journal and remounted the filesystem read-only, so payoutd cannot write the SEPA batch file and payout-api cannot create lock files (Errno 30).",
                 "The payout batch failed and the payout API returns 500 because the data disk on payout-batch-01 went read-only after I/O errors; it is not a payoutd code bug.",
                 "Move payouts to a healthy disk/host (restore /var/lib/payouts from backup if needed), replace /dev/sdb, run fsck, then re-run the 2026-05-29 batch."),
)

# I36 self-storage billing MySQL (plain hosts): unbatched purge on the primary makes the replica lag (recovers)
_db1, _db2, _bh3 = "ss-billing-db-01", "ss-billing-db-02", "ss-billing-01"
add("dev45-stor-036", domain="stor", split="test",
    question="Occupancy and billing reports showed yesterday's numbers for a while this morning. Is that fixed?",
    selector=None,
    start="2026-04-16T04:31:40",
    labels={
        "cron": host(_db1, "CRON"), "purge": host(_db1, "purge-access-events"),
        "my2": host(_db2, "mysqld", job="mysql-error"), "lag": host(_db2, "mysql-lag-check"),
        "rep": host(_bh3, "billing-report"), "app": host(_bh3, "billing", job="laravel"),
    },
    lines=[
        (0, "purge", "@SYSLOG@ ss-billing-db-01 purge-access-events[30112]: DELETE FROM access_events WHERE ts < '2025-03-12' affected 4812331 rows in a single transaction (1843.2s); committed", 1),
        (60, "my2", "@ISO6@ 0 [Note] [MY-010559] [Repl] Multi-threaded replica statistics for channel '': seconds elapsed = 120; events assigned = 1025; worker queues filled over overrun level = 0; waited due a Worker queue full = 0; waited due the total size = 0; waited at clock conflicts = 118211000 waited (count) when Workers occupied = 3 waited when Workers occupied = 1840122000", 1),
        (20, "lag", "@SYSLOG@ ss-billing-db-02 mysql-lag-check: WARNING Seconds_Behind_Source=1301 Replica_SQL_Running_State='Applying batch of row changes (delete)' Relay_Log_Space=2.1G", 1),
        (3, "rep", "@SYSLOG@ ss-billing-01 billing-report[4410]: WARNING replica ss-billing-db-02 lag 1304s exceeds 300s; routing report queries to primary"),
        (1, "app", '[@SP@] production.WARNING: Read replica lag 1305s exceeds threshold; using primary for reads {"connection":"mysql_replica"}'),
        (30, "rep", "@SYSLOG@ ss-billing-01 billing-report[4410]: WARNING occupancy snapshot for 2026-04-16 built from primary (replica stale)"),
        (60, "lag", "@SYSLOG@ ss-billing-db-02 mysql-lag-check: WARNING Seconds_Behind_Source=1244 Replica_SQL_Running_State='Applying batch of row changes (delete)' Relay_Log_Space=2.0G"),
        (60, "app", '[@SP@] production.WARNING: Read replica lag 1190s exceeds threshold; using primary for reads {"connection":"mysql_replica"}'),
        (120, "my2", "@ISO6@ 0 [Note] [MY-010559] [Repl] Multi-threaded replica statistics for channel '': seconds elapsed = 120; events assigned = 1311; worker queues filled over overrun level = 0; waited due a Worker queue full = 0; waited due the total size = 0; waited at clock conflicts = 96100200 waited (count) when Workers occupied = 2 waited when Workers occupied = 1210220000"),
        (60, "lag", "@SYSLOG@ ss-billing-db-02 mysql-lag-check: WARNING Seconds_Behind_Source=702 Replica_SQL_Running_State='Applying batch of row changes (delete)' Relay_Log_Space=1.1G"),
        (180, "lag", "@SYSLOG@ ss-billing-db-02 mysql-lag-check: OK Seconds_Behind_Source=41 Replica_SQL_Running_State='Replica has read all relay log; waiting for more updates' Relay_Log_Space=14M"),
        (30, "lag", "@SYSLOG@ ss-billing-db-02 mysql-lag-check: OK Seconds_Behind_Source=0 Replica_SQL_Running_State='Replica has read all relay log; waiting for more updates' Relay_Log_Space=2M"),
        (2, "rep", "@SYSLOG@ ss-billing-01 billing-report[4410]: INFO replica ss-billing-db-02 lag 0s; report queries back on replica"),
        (20, "app", '[@SP@] production.INFO: Read replica healthy again (lag 0s) {"connection":"mysql_replica"}'),
    ],
    expected=exp("WARN", "database", "ss-billing-db-02",
                 "The nightly purge-access-events job on the primary deleted 4.8 million rows in a single transaction; the replica ss-billing-db-02 had to apply the whole row-based delete, fell ~1300 s behind, and reports built from it were stale until it caught up.",
                 "Temporary replication lag on the billing replica made reports show old data; reads fell back to the primary and the replica has caught up (lag 0 s).",
                 "Optional: make purge-access-events delete in small batches (e.g. 10k rows per transaction) so the replica does not fall behind."),
)

# ============================================================ batch 10: incidents
# I37 crowdfunding: pledges-db (PostgreSQL VM) out of connection slots after payout-reconciler scaled out
_pdb = "pledges-db-01"
_tm = jl({"level": 50, "time": "@EPOCHMS@", "pid": 1, "hostname": "pledge-api-6b9d4c7f8-r8t2m", "err": {"type": "DatabaseError", "message": "sorry, too many clients already", "code": "53300"}, "msg": "db query failed", "query": "insertPledge"})
add("dev45-crowd-037", domain="crowd", split="test",
    question="pledge-api and campaign-web started throwing database errors at 16:05. Did Postgres crash?",
    selector=None,
    start="2026-06-03T16:04:20",
    labels={
        "ev": events("payouts", "cf-prod-eu"),
        "rec": pod("payouts", "payout-reconciler-58c9d7f6b-x2m4q", "payout-reconciler", "ip-10-30-15-61.eu-west-1.compute.internal"),
        "pg": host(_pdb, "postgres", job="systemd-journal", unit="postgresql@16-main.service"),
        "mon": host(_pdb, "pg-conn-check"),
        "api": pod("pledges", "pledge-api-6b9d4c7f8-r8t2m", "pledge-api", "ip-10-30-14-203.eu-west-1.compute.internal"),
        "web": pod("campaigns", "campaign-web-6c7d8b9f5-x4p2n", "web", "ip-10-30-13-77.eu-west-1.compute.internal"),
        "po": pod("payouts", "payouts-5f9c8d7b6-h3x8q", "payouts", "ip-10-30-14-203.eu-west-1.compute.internal"),
    },
    lines=[
        (0, "ev", ev("payout-reconciler", "Deployment", "ScalingReplicaSet", "Normal", "deployment-controller", "Scaled up replica set payout-reconciler-58c9d7f6b to 10 from 2")),
        (12, "rec", "@HMS@ [info] Payouts.Reconciler: starting; Repo pool_size=40 hostname=pledges-db.cf.internal"),
        (20, "pg", "@PG@ [88122] reconciler@pledges FATAL:  remaining connection slots are reserved for roles with the SUPERUSER attribute", 1),
        (1, "api", _tm),
        (0, "pg", "@PG@ [88131] pledge_api@pledges FATAL:  sorry, too many clients already", 1),
        (1, "web", 'E, [@ISO6@ #1] ERROR -- : [' + uid() + '] ActiveRecord::ConnectionNotEstablished (connection to server at "10.30.20.8", port 5432 failed: FATAL:  sorry, too many clients already)'),
        (1, "po", "@HMS@ [error] Postgrex.Protocol (#PID<0.2211.0>) failed to connect: ** (Postgrex.Error) FATAL 53300 (too_many_connections) sorry, too many clients already"),
        (3, "mon", "@SYSLOG@ pledges-db-01 pg-conn-check: CRITICAL connections 200/200 (max_connections=200, 3 reserved); by application: payout-reconciler=164 pledge-api=19 campaign-web=11 payouts=4 other=2", 1),
        (2, "api", _tm),
        (0, "pg", "@PG@ [88140] campaign_web@pledges FATAL:  sorry, too many clients already"),
        (4, "web", 'E, [@ISO6@ #1] ERROR -- : [' + uid() + '] ActiveRecord::ConnectionNotEstablished (connection to server at "10.30.20.8", port 5432 failed: FATAL:  sorry, too many clients already)'),
        (1, "web", "I, [@ISO6@ #1]  INFO -- : [" + uid() + "] Completed 500 Internal Server Error in 5ms (ActiveRecord: 0.0ms | Allocations: 1203)"),
        (6, "pg", "@PG@ [1190] LOG:  checkpoint starting: time"),
        (5, "api", _tm),
        (2, "po", "@HMS@ [error] Postgrex.Protocol (#PID<0.2214.0>) failed to connect: ** (Postgrex.Error) FATAL 53300 (too_many_connections) sorry, too many clients already"),
        (20, "mon", "@SYSLOG@ pledges-db-01 pg-conn-check: CRITICAL connections 200/200 (max_connections=200, 3 reserved); by application: payout-reconciler=166 pledge-api=18 campaign-web=10 payouts=4 other=2"),
        (3, "api", _tm),
    ],
    expected=exp("ERROR", "database", "pledges-db",
                 "pledges-db (PostgreSQL, max_connections=200) has run out of connection slots: payout-reconciler was scaled from 2 to 10 replicas with a 40-connection pool each and now holds ~165 connections, so new connections from pledge-api, campaign-web and payouts fail with 'sorry, too many clients already'.",
                 "Pledge writes and campaign pages fail because pledges-db is out of connections; PostgreSQL itself is up.",
                 "Scale payout-reconciler back down or cut its pool size (or put PgBouncer in front of pledges-db), then confirm connection usage drops below max_connections."),
)

# I38 crowdfunding: backer-mailer throttled by the email provider (429) during a campaign-end blast
_bm = "backer-mailer-7f6d5c8b9-"
_r429 = "[@PY@: WARNING/ForkPoolWorker-{w}] Task mailer.tasks.send_backer_update[{u}] retry: Retry in {s}s: HTTPError('429 Client Error: Too Many Requests for url: https://api.sendgrid.com/v3/mail/send')"
add("dev45-crowd-038", domain="crowd", split="dev",
    question="Backers of 'glow-garden' say the 'campaign funded' email arrived hours late. Is RabbitMQ slow?",
    selector=sel(namespace="mail"),
    start="2026-04-18T20:00:20",
    labels={
        "c1": pod("mail", _bm + "j2k7s", "celery", "ip-10-30-13-77.eu-west-1.compute.internal"),
        "c2": pod("mail", _bm + "p8r3d", "celery", "ip-10-30-14-203.eu-west-1.compute.internal"),
        "rmq": pod("mail", "rabbitmq-0", "rabbitmq", "ip-10-30-16-21.eu-west-1.compute.internal"),
        "beat": pod("mail", "backer-mailer-beat-5c4d3b2a1-z9y8x", "celery-beat", "ip-10-30-13-77.eu-west-1.compute.internal"),
    },
    lines=[
        (0, "beat", "[@PY@: INFO/MainProcess] Scheduler: Sending due task campaign-funded-blast (mailer.tasks.fanout_campaign_funded)"),
        (2, "c1", "[@PY@: INFO/ForkPoolWorker-1] mailer.tasks.fanout_campaign_funded: campaign=glow-garden recipients=182311 enqueued in 1824 chunks"),
        (30, "c1", _r429.format(w=3, u=uid(), s=60), 1),
        (0, "c2", _r429.format(w=1, u=uid(), s=60), 1),
        (1, "c2", "[@PY@: WARNING/ForkPoolWorker-2] mailer.providers.sendgrid: rate limited: X-RateLimit-Limit=600 X-RateLimit-Remaining=0 Retry-After=60 (plan limit reached for /v3/mail/send)", 1),
        (2, "rmq", "@RABBIT@ [info] <0.4412.0> accepting AMQP connection 10.244.14.77:51822 -> 10.244.16.30:5672"),
        (20, "c1", _r429.format(w=4, u=uid(), s=120)),
        (40, "c2", "[@PY@: WARNING/MainProcess] mailer.throttle: provider 429 rate 71% of sends in last 60s; reducing send rate to 8/s"),
        (60, "c1", "[@PY@: INFO/ForkPoolWorker-1] Task mailer.tasks.send_backer_update[" + uid() + "] succeeded in 0.31s: None"),
        (30, "c2", _r429.format(w=2, u=uid(), s=240)),
        (90, "c1", "[@PY@: INFO/MainProcess] mailer.stats: campaign=glow-garden sent=9120 pending=173191 est_completion=5h58m"),
        (60, "rmq", "@RABBIT@ [info] <0.4590.0> connection <0.4590.0> (10.244.13.41:40118 -> 10.244.16.30:5672): user 'mailer' authenticated and granted access to vhost '/'"),
        (120, "c2", "[@PY@: INFO/ForkPoolWorker-3] Task mailer.tasks.send_backer_update[" + uid() + "] succeeded in 0.28s: None"),
        (60, "c1", _r429.format(w=1, u=uid(), s=60)),
        (120, "c1", "[@PY@: INFO/MainProcess] mailer.stats: campaign=glow-garden sent=18744 pending=163567 est_completion=5h41m"),
    ],
    expected=exp("WARN", "rate_limited", "backer-mailer",
                 "The campaign-funded blast for glow-garden enqueued 182k emails at once; SendGrid's /v3/mail/send rate limit for the plan (600 per window) answers 429 Too Many Requests, so backer-mailer retries with backoff and throttles itself to ~8/s, delaying delivery by hours.",
                 "Campaign emails are delivered slowly because the email provider is rate limiting backer-mailer; nothing is lost and RabbitMQ is fine.",
                 "Optional: pace large blasts to the provider's limit from the start (or raise the plan limit / use a dedicated IP pool) and tell the creator about the expected delay."),
)

# I39 self-storage: ss-node-5 NIC link down; node NotReady; MQTT broker and gate-controller on it unreachable
_n5 = "ss-node-5"
_gtm = "@ISO@ {lvl} {msg}"
add("dev45-stor-039", domain="stor", split="dev",
    question="Door sensors and keypads stopped reporting at every site around 22:40. Is Mosquitto broken again?",
    selector=None,
    start="2026-05-02T22:39:58",
    labels={
        "kern": journal(_n5, ident="kernel"),
        "kcm": pod("kube-system", "kube-controller-manager-ss-cp-1", "kube-controller-manager", "ss-cp-1"),
        "evn": events("default", "ss-prod"),
        "ev": events("gate", "ss-prod"),
        "ga": pod("gate", "gate-api-7b5c9d8f6-w9d4k", "gate-api", "ss-node-2"),
        "kg": pod("gate", "keypad-gw-8f7e6d5c4-m2n9k", "keypad-gw", "ss-node-3"),
        "env": pod("gate", "gate-envoy-5d7c8b9f6-x8p3z", "envoy", "ss-node-1"),
    },
    lines=[
        (0, "kern", "ixgbe 0000:3b:00.0 eno1: NIC Link is Down", 1),
        (2, "ga", jl({"level": "error", "ts": "@EPOCH@", "caller": "mqtt/client.go:141", "msg": "mqtt connection lost", "broker": "tcp://mosquitto.gate.svc:1883", "error": "read tcp 10.42.2.37:40222->10.43.12.88:1883: i/o timeout"})),
        (5, "ga", jl({"level": "error", "ts": "@EPOCH@", "caller": "mqtt/client.go:98", "msg": "mqtt reconnect failed", "broker": "tcp://mosquitto.gate.svc:1883", "error": "dial tcp 10.43.12.88:1883: i/o timeout", "attempt": 1})),
        (3, "env", '[@ISO@] "POST /v2/access/check HTTP/1.1" 503 UF 0 91 5001 - "10.20.9.12" "keypad-fw/3.2.0" "' + uid() + '" "gate.storage.internal" "10.42.5.31:8080"'),
        (0, "kg", 'time="@ISOS@" level=error msg="access check failed" error="POST http://gate-controller.gate.svc:8080/v2/access/check: 503 Service Unavailable: upstream connect error or disconnect/reset before headers. reset reason: connection timeout" keypad=kp-02 site=BRS'),
        (30, "kcm", 'I@KLOG@       1 controller_utils.go:151] "Recording status change event message for node" status="NodeNotReady" node="ss-node-5"', 1),
        (0, "evn", ev(_n5, "Node", "NodeNotReady", "Normal", "node-controller", "Node ss-node-5 status is now: NodeNotReady"), 1),
        (0, "kcm", 'I@KLOG@       1 controller_utils.go:119] "Update ready status of pods on node" node="ss-node-5"'),
        (0, "ev", ev("mosquitto-0", "Pod", "NodeNotReady", "Warning", "node-controller", "Node is not ready")),
        (0, "ev", ev("gate-controller-6b9f8c7d5-t9w4q", "Pod", "NodeNotReady", "Warning", "node-controller", "Node is not ready")),
        (5, "ga", jl({"level": "error", "ts": "@EPOCH@", "caller": "mqtt/client.go:98", "msg": "mqtt reconnect failed", "broker": "tcp://mosquitto.gate.svc:1883", "error": "dial tcp 10.43.12.88:1883: i/o timeout", "attempt": 4})),
        (2, "env", '[@ISO@] "POST /v2/access/check HTTP/1.1" 503 UF 0 91 5002 - "10.20.11.7" "keypad-fw/3.2.0" "' + uid() + '" "gate.storage.internal" "10.42.5.31:8080"'),
        (0, "kg", 'time="@ISOS@" level=error msg="access check failed" error="POST http://gate-controller.gate.svc:8080/v2/access/check: 503 Service Unavailable: upstream connect error or disconnect/reset before headers. reset reason: connection timeout" keypad=kp-01 site=MAN'),
        (10, "ga", jl({"level": "warn", "ts": "@EPOCH@", "caller": "sensors/door.go:55", "msg": "no door sensor events received", "window": "60s", "sites": ["BRS", "GLA", "LDS", "MAN"]})),
        (240, "kcm", 'I@KLOG@       1 taint_eviction.go:111] "Deleting pod" controller="taint-eviction-controller" pod="gate/gate-controller-6b9f8c7d5-t9w4q"'),
        (0, "ev", ev("gate-controller-6b9f8c7d5-t9w4q", "Pod", "TaintManagerEviction", "Normal", "taint-eviction-controller", "Marking for deletion Pod gate/gate-controller-6b9f8c7d5-t9w4q")),
        (20, "ga", jl({"level": "error", "ts": "@EPOCH@", "caller": "mqtt/client.go:98", "msg": "mqtt reconnect failed", "broker": "tcp://mosquitto.gate.svc:1883", "error": "dial tcp 10.43.12.88:1883: i/o timeout", "attempt": 31})),
        (5, "kg", 'time="@ISOS@" level=warning msg="keypads on offline PIN cache" sites="BRS,GLA,LDS,MAN" cache_age=9h02m'),
    ],
    expected=exp("CRITICAL", "node_failure", "ss-node-5",
                 "The only network interface of ss-node-5 (ixgbe eno1) lost link, so the node went NotReady; the Mosquitto broker (mosquitto-0, a StatefulSet pod that is not recreated elsewhere while the node is unreachable) and a gate-controller pod on it became unreachable, and door-sensor and keypad traffic failed at every site.",
                 "Node ss-node-5 is down (NIC link lost); the MQTT broker for all door sensors is gone with it and keypads are on offline cache. Mosquitto itself is not at fault.",
                 "Restore ss-node-5's network (check cable/switch port/NIC) or power it off and force-delete mosquitto-0 so it starts on another node; afterwards spread gate-controller and run a redundant MQTT setup."),
)

# I40 ambulance radio gateway host (plain): corrected ECC errors rising on one DIMM
_rg = "radio-gw-02"
_edac = "EDAC MC0: 1 CE memory read error on CPU_SrcID#0_MC#0_Chan#1_DIMM#0 (channel:1 slot:0 page:0x2f1a3c offset:0x{o} grain:32 syndrome:0x0 - err_code:0x0000:0x009f socket:0 imc:0 rank:1 bg:0 ba:2 row:0x1e2f col:0x{c})"
add("dev45-amb-040", domain="amb", split="test",
    question="radio-gw-02 kernel log is full of EDAC lines. Radio traffic seems fine. Should we do anything?",
    selector=sel(node=_rg),
    start="2026-02-16T03:10:02", tz=1,
    labels={
        "kern": host(_rg, "kernel", job="systemd-journal"),
        "mce": host(_rg, "mcelog", job="systemd-journal", unit="mcelog.service"),
        "ras": host(_rg, "rasdaemon", job="systemd-journal", unit="rasdaemon.service"),
        "rg": host(_rg, "radio-gateway", job="systemd-journal", unit="radio-gateway.service"),
        "chr": host(_rg, "chronyd", job="systemd-journal"),
    },
    lines=[
        (0, "rg", "@LPY@ INFO radio_gateway.tetra: talkgroup TG-4101 (ambulance north) call setup 212 ms, 14 units affiliated"),
        (30, "kern", _edac.format(o="0", c="1a8"), 1),
        (0, "ras", "@JOURNAL@ radio-gw-02 rasdaemon[812]: <...>-0 [006] 0.000021: mc_event: @LSP@ +0100 1 Corrected error: memory read error on CPU_SrcID#0_MC#0_Chan#1_DIMM#0 (mc:0 location:1:0:-1 address:0x2f1a3c000 grain:5 syndrome:0x0)"),
        (44, "kern", _edac.format(o="40", c="1b0")),
        (51, "kern", _edac.format(o="80", c="1a8")),
        (20, "kern", "mce: [Hardware Error]: Machine check events logged", 1),
        (0, "mce", "@JOURNAL@ radio-gw-02 mcelog[702]: Corrected memory errors on page 2f1a3c000 exceed threshold 10 in 24h: 11 in 24h", 1),
        (0, "mce", "@JOURNAL@ radio-gw-02 mcelog[702]: Location SOCKET:0 CHANNEL:1 DIMM:0 []", 1),
        (0, "mce", "@JOURNAL@ radio-gw-02 mcelog[702]: Offlining page 2f1a3c000"),
        (12, "rg", "@LPY@ INFO radio_gateway.tetra: talkgroup TG-4102 (ambulance south) call setup 198 ms, 11 units affiliated"),
        (40, "kern", _edac.format(o="c0", c="1a8"), 1),
        (25, "chr", "@JOURNAL@ radio-gw-02 chronyd[640]: Selected source 10.10.0.2 (ntp1.ems-region.internal)"),
        (60, "kern", _edac.format(o="100", c="1b8")),
        (30, "mce", "@JOURNAL@ radio-gw-02 mcelog[702]: Corrected memory errors on DIMM SOCKET:0 CHANNEL:1 DIMM:0 exceed threshold 100 in 24h: 104 in 24h", 1),
        (15, "rg", "@LPY@ INFO radio_gateway.status: uplinks 4/4 up, packet loss 0.0%, jitter 3 ms"),
    ],
    expected=exp("WARN", "node_failure", "radio-gw-02",
                 "The DIMM at SOCKET 0 / CHANNEL 1 / DIMM 0 of radio-gw-02 is producing a growing rate of corrected ECC memory errors (over 100 in 24 h, pages being offlined); corrected errors are harmless now but are a typical precursor of an uncorrectable error and a host crash.",
                 "Hardware warning on radio-gw-02: one memory module is failing slowly. Radio traffic is unaffected for now.",
                 "Schedule replacement of the DIMM in socket 0 channel 1 slot 0, and move radio traffic to the standby gateway before the maintenance."),
)


# ============================================================ output
def main():
    assert len(RECORDS) == 40, len(RECORDS)
    assert len({r["id"] for r in RECORDS}) == 40
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for rec in RECORDS:
            fh.write(json.dumps(rec, ensure_ascii=False, separators=(", ", ": ")) + "\n")
    print(f"wrote {len(RECORDS)} records to {OUT}")


if __name__ == "__main__":
    main()
