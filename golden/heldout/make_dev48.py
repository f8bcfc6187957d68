#!/usr/bin/env python3
"""Generate the dev48 held-out evaluation set for LogLens (golden format v1).

Standard library only.  Deterministic: random.Random(204848), no wall clock, no
environment input.  Writes dev48.jsonl next to this script.

Domains: cinema chain, dialysis clinic network, casino resort.
Every record's `source` names only the domain and the platform.
"""
import json
import os
import random
import re
from datetime import datetime, timedelta, timezone

SEED = 204848
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dev48.jsonl")

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
SFX = "bcdfghjklmnpqrstvwxz2456789"

DOMAINS = {
    "cinema": "cinema-chain",
    "dialysis": "dialysis-clinics",
    "casino": "casino-resort",
}


# --------------------------------------------------------------------------- helpers
def hx(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def sfx(rng, n=5):
    return "".join(rng.choice(SFX) for _ in range(n))


def pod(rng, name, rs=None):
    """Deployment-style pod name; pass rs to share a ReplicaSet hash."""
    return "%s-%s-%s" % (name, rs or hx(rng, 10), sfx(rng))


def K(ns, pod_, container, node, **extra):
    d = {"namespace": ns, "pod": pod_, "container": container, "node": node}
    d.update(extra)
    return d


def H(host, job, **extra):
    d = {"host": host, "job": job}
    d.update(extra)
    return d


def J(**kw):
    """Compact JSON log line (time tokens are substituted afterwards)."""
    return json.dumps(kw, separators=(",", ":"))


def iso_ms(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def render(line, t, rng):
    """Replace time tokens in a line with the event's own timestamp."""
    ms = t.microsecond // 1000
    if "@" not in line:
        return line
    hour12 = t.hour % 12 or 12
    ampm = "AM" if t.hour < 12 else "PM"
    epoch = (t - datetime(1970, 1, 1, tzinfo=timezone.utc)).total_seconds()
    reps = [
        ("@ISO@", iso_ms(t)),
        ("@ISOS@", t.strftime("%Y-%m-%dT%H:%M:%SZ")),
        ("@ISOU@", t.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d+00:00" % (ms * 1000 + rng.randint(0, 999))),
        ("@KLOG@", t.strftime("%m%d %H:%M:%S.") + "%06d" % (ms * 1000 + rng.randint(0, 999))),
        ("@SYS@", "%s %2d %s" % (MON[t.month - 1], t.day, t.strftime("%H:%M:%S"))),
        ("@APACHE@", "%02d/%s/%d:%s +0000" % (t.day, MON[t.month - 1], t.year, t.strftime("%H:%M:%S"))),
        ("@APERR@", "%s %s %02d %s.%06d %d" % (DOW[t.weekday()], MON[t.month - 1], t.day,
                                               t.strftime("%H:%M:%S"), ms * 1000 + rng.randint(0, 999), t.year)),
        ("@PY@", t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % ms),
        ("@SP@", t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % ms),
        ("@PG@", t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d UTC" % ms),
        ("@GUNI@", t.strftime("[%Y-%m-%d %H:%M:%S +0000]")),
        ("@CATALINA@", "%02d-%s-%d %s.%03d" % (t.day, MON[t.month - 1], t.year, t.strftime("%H:%M:%S"), ms)),
        ("@CH@", t.strftime("%Y.%m.%d %H:%M:%S.") + "%06d" % (ms * 1000 + rng.randint(0, 999))),
        ("@NEST@", "%02d/%02d/%d, %d:%s %s" % (t.month, t.day, t.year, hour12, t.strftime("%M:%S"), ampm)),
        ("@EPOCH@", "%.3f" % epoch),
        ("@EPOCHS@", "%d" % int(epoch)),
        ("@HMS@", t.strftime("%H:%M:%S")),
        ("@HHMM@", t.strftime("%H%M")),
        ("@SMB@", t.strftime("[%Y/%m/%d %H:%M:%S.") + "%06d" % (ms * 1000 + rng.randint(0, 999))),
        ("@NGX@", t.strftime("%Y/%m/%d %H:%M:%S")),
        ("@REDIS@", "%d %s %d %s.%03d" % (t.day, MON[t.month - 1], t.year, t.strftime("%H:%M:%S"), ms)),
        ("@HMSMS@", t.strftime("%H:%M:%S.") + "%03d" % ms),
    ]
    line = line.replace('"@EPOCH@"', "%.3f" % epoch)  # numeric ts in JSON lines
    for k, v in reps:
        if k in line:
            line = line.replace(k, v)
    return DATE_TOKEN.sub(lambda m: date_token(t, m.group(1), int(m.group(2) or 0)), line)


# Dates mentioned inside messages, relative to the line's own time:
# @DAY@ @DAY+1@ (YYYY-MM-DD), @DOWN+1@ (weekday), @WEEK@ (ISO week), @YM/-1@ (YYYY/MM),
# @YM-@ (YYYY-MM), @YMP@ (YYYYMM), @YMD@ (YYYYMMDD), @JDATE-1@ (java.util.Date, 08:14:02).
DATE_TOKEN = re.compile(r"@(DAY|DOWN|WEEK|YM/|YM-|YMP|YMD|JDATE)([+-]\d+)?@")


def _month_shift(t, n):
    y, m = t.year, t.month - 1 + n
    return y + m // 12, m % 12 + 1


def date_token(t, kind, n):
    if kind == "DAY":
        return (t + timedelta(days=n)).strftime("%Y-%m-%d")
    if kind == "DOWN":
        return DOW[(t + timedelta(days=n)).weekday()]
    if kind == "WEEK":
        y, wk, _ = (t + timedelta(weeks=n)).isocalendar()
        return "%d-W%02d" % (y, wk)
    if kind == "YMD":
        return (t + timedelta(days=n)).strftime("%Y%m%d")
    if kind == "JDATE":
        d = t + timedelta(days=n)
        return "%s %s %02d 08:14:02 UTC %d" % (DOW[d.weekday()], MON[d.month - 1], d.day, d.year)
    y, m = _month_shift(t, n)
    if kind == "YM/":
        return "%d/%02d" % (y, m)
    if kind == "YM-":
        return "%d-%02d" % (y, m)
    return "%d%02d" % (y, m)  # YMP


class Win:
    """A log window under construction: lines are appended in time order."""

    def __init__(self, rng, start):
        self.rng = rng
        self.t = start
        self.rows = []  # (t, labels, line, is_evidence, is_quiet_cause)

    def add(self, labels, line, dt=None, ev=False, quiet=False):
        if dt is None:
            dt = self.rng.uniform(0.4, 8.0)
        self.t = self.t + timedelta(milliseconds=max(1, int(round(dt * 1000))))
        self.rows.append((self.t, dict(labels), render(line, self.t, self.rng), ev, quiet))

    def stack(self, labels, lines, ev_idx=()):
        """Multi-line trace: one log line per trace line, 1 ms apart."""
        for i, ln in enumerate(lines):
            self.add(labels, ln, dt=0.001, ev=(i in ev_idx))


def start_time(rng):
    base = datetime(2026, 1, 5, tzinfo=timezone.utc)
    return base + timedelta(days=rng.randint(0, 290), seconds=rng.randint(0, 86399),
                            milliseconds=rng.randint(0, 999))


# --------------------------------------------------------------------------- records
# Each builder takes the shared rng and returns (meta, Win).
# meta keys: domain, platform, question, severity, category, component (None for
# healthy), root_cause, summary, action.


def h_cinema_seats_django(rng):
    w = Win(rng, start_time(rng))
    node = "ip-10-42-3-17.eu-west-1.compute.internal"
    rs = hx(rng, 10)
    p1, p2, p3 = pod(rng, "seat-booking", rs), pod(rng, "seat-booking", rs), pod(rng, "seat-booking", rs)
    a = K("ticketing", p1, "seat-booking", node)
    b = K("ticketing", p2, "seat-booking", node)
    c = K("ticketing", p3, "seat-booking", "ip-10-42-5-201.eu-west-1.compute.internal")
    kub = {"job": "kubelet", "node": c["node"]}
    ua = '"CineGoApp/5.14.2 (iOS 19.3)"'
    w.add(a, '10.42.7.19 - - [@APACHE@] "GET /api/v2/showtimes?site=LDN-04&date=today HTTP/1.1" 200 18422 "-" ' + ua)
    w.add(b, '@GUNI@ [1] [INFO] Autorestarting worker after current request.')
    w.add(b, '@GUNI@ [37] [INFO] Worker exiting (pid: 37)')
    w.add(b, '@GUNI@ [1] [INFO] Booting worker with pid: 112')
    w.add(a, 'WARNING @PY@ seats.views hold conflict showtime=88213 seat=H12 held_by=sess:5f2e returning 409')
    w.add(a, '10.42.7.19 - - [@APACHE@] "POST /api/v2/showtimes/88213/holds HTTP/1.1" 409 98 "-" ' + ua)
    w.add(a, '10.42.7.19 - - [@APACHE@] "POST /api/v2/showtimes/88213/holds HTTP/1.1" 201 312 "-" ' + ua)
    w.add(kub, 'I@KLOG@    2187 kubelet.go:2468] "SyncLoop (PLEG): event for pod" pod="ticketing/%s" event={"Type":"ContainerStarted"}' % p3)
    w.add(kub, 'I@KLOG@    2187 prober.go:107] "Probe failed" probeType="Readiness" pod="ticketing/%s" containerName="seat-booking" probeResult="failure" output="Get \\"http://10.42.5.88:8000/healthz/ready\\": dial tcp 10.42.5.88:8000: connect: connection refused"' % p3)
    w.add(c, '@GUNI@ [1] [INFO] Starting gunicorn 23.0.0')
    w.add(c, '@GUNI@ [1] [INFO] Listening at: http://0.0.0.0:8000 (1)')
    w.add(c, '@GUNI@ [1] [INFO] Using worker: gthread')
    w.add(kub, 'I@KLOG@    2187 kubelet.go:2542] "SyncLoop (probe)" probe="readiness" status="ready" pod="ticketing/%s"' % p3)
    w.add(a, 'WARNING @PY@ django.request Not Found: /wp-login.php')
    w.add(a, '185.220.101.44 - - [@APACHE@] "GET /wp-login.php HTTP/1.1" 404 179 "-" "Mozilla/5.0 zgrab/0.x"')
    w.add(a, 'WARNING @PY@ django.request Not Found: /.env')
    w.add(b, 'INFO @PY@ seats.api client closed connection before response (ConnectionResetError) path=/api/v2/showtimes/88240/seatmap; nothing to roll back')
    w.add(c, '10.42.7.31 - - [@APACHE@] "GET /api/v2/showtimes/88240/seatmap HTTP/1.1" 200 9211 "-" ' + ua)
    w.add(b, 'INFO @PY@ seats.tasks release_expired_holds released=14 errors=0 took_ms=38')
    w.add(c, '10.42.7.31 - - [@APACHE@] "POST /api/v2/orders HTTP/1.1" 201 744 "-" ' + ua)
    return dict(
        domain="cinema", platform="eks",
        question="Is the seat booking service healthy in this window?",
        severity="INFO", category="none", component=None,
        root_cause="No incident: handled seat-hold conflicts (409), scanner 404s, a gunicorn max-requests worker recycle and a readiness probe refused only while a new pod warmed up.",
        summary="Seat booking serves holds, seat maps and orders normally; all warnings are expected and handled.",
        action="None required.",
    ), w


def h_cinema_kdm_tomcat(rng):
    w = Win(rng, start_time(rng))
    web = H("kdm-gw01.cine.lan", "apache")
    err = H("kdm-gw01.cine.lan", "apache-error")
    cat = H("kdm-app01.cine.lan", "catalina")
    job = H("kdm-app01.cine.lan", "kdm-sync")
    w.add(cat, '@CATALINA@ INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Server version name:   Apache Tomcat/10.1.34')
    w.add(cat, '@CATALINA@ INFO [main] org.apache.coyote.AbstractProtocol.start Starting ProtocolHandler ["ajp-nio-127.0.0.1-8009"]')
    w.add(cat, '@CATALINA@ INFO [main] org.apache.catalina.startup.Catalina.start Server startup in [8412] milliseconds')
    w.add(web, '10.20.4.11 - kdmsvc [@APACHE@] "GET /kdm/api/v1/sites/MAN-02/keys?since=24h HTTP/1.1" 200 48211 "-" "TMS-Agent/3.8"')
    w.add(err, '[@APERR@] [security2:error] [pid 2211:tid 139812] [client 45.155.205.10:51234] ModSecurity: Access denied with code 403 (phase 2). Matched "Operator `Rx\' against \\"REQUEST_URI\\"" [id "930120"] [msg "OS File Access Attempt"] [uri "/kdm/../../etc/passwd"]')
    w.add(web, '45.155.205.10 - - [@APACHE@] "GET /kdm/../../etc/passwd HTTP/1.1" 403 199 "-" "python-requests/2.31"')
    w.add(job, '@SP@ INFO  [kdm-sync-1] c.cine.kdm.SyncJob - nightly KDM sync started distributors=6 sites=41')
    w.add(job, '@SP@ INFO  [kdm-sync-1] c.cine.kdm.SyncJob - distributor=NorthStarPictures fetched=118 new=12 expired_purged=9')
    w.add(job, '@SP@ WARN  [kdm-sync-1] c.cine.kdm.SyncJob - distributor=Lumen feed returned 503, retry 1/5 in 30s')
    w.add(job, '@SP@ INFO  [kdm-sync-1] c.cine.kdm.SyncJob - distributor=Lumen fetched=64 new=4 (after 1 retry)', dt=31)
    w.add(cat, '@CATALINA@ WARNING [ajp-nio-127.0.0.1-8009-exec-7] org.apache.catalina.core.StandardWrapperValve.invoke ClientAbortException: java.io.IOException: Broken pipe (client closed download of /kdm/api/v1/sites/LDS-01/bundle.zip)')
    w.add(web, '10.20.7.40 - kdmsvc [@APACHE@] "GET /kdm/api/v1/sites/LDS-01/bundle.zip HTTP/1.1" 200 131072 "-" "TMS-Agent/3.8"')
    w.add(web, '10.20.7.40 - kdmsvc [@APACHE@] "GET /kdm/api/v1/sites/LDS-01/bundle.zip HTTP/1.1" 200 2210841 "-" "TMS-Agent/3.8"')
    w.add(job, '@SP@ INFO  [kdm-sync-1] c.cine.kdm.SyncJob - validated signatures ok=246 invalid=0; screens pending KDM for tonight=0')
    w.add(job, '@SP@ INFO  [kdm-sync-1] c.cine.kdm.SyncJob - nightly KDM sync finished in 94s errors=0')
    w.add(err, '[@APERR@] [ssl:info] [pid 2211:tid 139790] [client 10.20.9.3:40112] AH01964: Connection to child 12 established (server kdm.cine.lan:443)')
    w.add(web, '10.20.9.3 - kdmsvc [@APACHE@] "GET /kdm/api/v1/health HTTP/1.1" 200 17 "-" "check_http/v2.4"')
    w.add(web, '10.20.4.11 - kdmsvc [@APACHE@] "GET /kdm/api/v1/sites/MAN-02/keys?since=1h HTTP/1.1" 304 - "-" "TMS-Agent/3.8"')
    return dict(
        domain="cinema", platform="linux-host",
        question="Did the film key (KDM) delivery gateway have any problem overnight?",
        severity="INFO", category="none", component=None,
        root_cause="No incident: the nightly KDM sync finished with zero errors after one successful retry; ModSecurity blocked scanner traffic and one client aborted a download that it then re-fetched.",
        summary="KDM gateway restarted cleanly, synced all distributors and served key bundles; the noise is handled.",
        action="None required.",
    ), w


def h_dialysis_telemetry_go(rng):
    w = Win(rng, start_time(rng))
    n1, n2 = "dlys-k8s-w03", "dlys-k8s-w05"
    rs_old, rs_new = hx(rng, 10), hx(rng, 10)
    old = K("telemetry", pod(rng, "machine-ingest", rs_old), "ingest", n1)
    new1 = K("telemetry", pod(rng, "machine-ingest", rs_new), "ingest", n2)
    new2 = K("telemetry", pod(rng, "machine-ingest", rs_new), "ingest", n1)
    kafka = K("telemetry", "kafka-1", "kafka", n2)
    w.add(old, J(level="info", consumer="machine-ingest", partition=3, offset=88123411, lag=4, time="@ISOS@", message="batch committed"))
    w.add(old, J(level="info", signal="SIGTERM", time="@ISOS@", message="shutting down, draining in-flight batches"))
    w.add(kafka, '[@PY@] INFO [GroupCoordinator 1]: Preparing to rebalance group machine-ingest in state PreparingRebalance with old generation 211 (__consumer_offsets-17) (reason: Leaving group) (kafka.coordinator.group.GroupCoordinator)')
    w.add(old, J(level="info", time="@ISOS@", message="consumer closed cleanly", committed=True))
    w.add(new1, J(level="info", version="2.19.0", time="@ISOS@", message="starting machine-ingest"))
    w.add(new1, J(level="warn", error="kafka: client has run out of available brokers to talk to: dial tcp 10.43.12.7:9092: i/o timeout", attempt=1, time="@ISOS@", message="bootstrap failed, retrying"))
    w.add(new1, J(level="info", attempt=2, brokers=3, time="@ISOS@", message="connected to kafka"))
    w.add(kafka, '[@PY@] INFO [GroupCoordinator 1]: Stabilized group machine-ingest generation 212 (__consumer_offsets-17) with 3 members (kafka.coordinator.group.GroupCoordinator)')
    w.add(new1, J(level="info", partitions=[0, 3, 6], time="@ISOS@", message="partitions assigned"))
    w.add(new2, J(level="info", partitions=[1, 4, 7], time="@ISOS@", message="partitions assigned"))
    w.add(new1, J(level="warn", machine="FMC-5008S-0412", clinic="RIV-02", skew_ms=2140, time="@ISOS@", message="telemetry sample late, accepted (within 5s window)"))
    w.add(new1, J(level="info", consumer="machine-ingest", partition=3, offset=88123520, lag=11, time="@ISOS@", message="batch committed"))
    w.add(new2, J(level="info", consumer="machine-ingest", partition=4, offset=87011945, lag=2, time="@ISOS@", message="batch committed"))
    w.add(new2, J(level="debug", machine="NX-2210-7731", time="@ISOS@", message="heartbeat only, no treatment in progress"))
    w.add(new1, J(level="info", alarms_forwarded=0, samples=18422, dropped=0, window="60s", time="@ISOS@", message="ingest stats"))
    w.add(new2, J(level="info", alarms_forwarded=1, samples=17990, dropped=0, window="60s", time="@ISOS@", message="ingest stats"))
    w.add(new2, J(level="info", machine="NX-2210-1187", alarm="VENOUS_PRESSURE_HIGH", clinic="OAK-01", delivered_to="nurse-station", time="@ISOS@", message="clinical alarm forwarded"))
    w.add(new1, J(level="info", consumer="machine-ingest", partition=6, offset=90211877, lag=0, time="@ISOS@", message="batch committed"))
    return dict(
        domain="dialysis", platform="kubeadm",
        question="Did the dialysis machine telemetry ingest lose data during the deploy?",
        severity="INFO", category="none", component=None,
        root_cause="No incident: a rolling deploy triggered a normal consumer-group rebalance; one bootstrap retry succeeded and a late sample was accepted within its window.",
        summary="Telemetry ingest rolled to a new version with zero dropped samples and lag back near zero.",
        action="None required.",
    ), w


def h_dialysis_hl7_mirth(rng):
    w = Win(rng, start_time(rng))
    m = H("ie-mirth01.renalcare.local", "mirth")
    srv = H("ie-mirth01.renalcare.local", "mirth-connect")
    ch = "LAB_ORU_IN"
    w.add(m, ' INFO  @PY@ [%s Source] c.m.c.c.tcp.TcpReceiver: Connection accepted from 10.60.4.21:50312 (QuestLab-MLLP)' % ch)
    w.add(m, ' INFO  @PY@ [%s Source] c.m.c.d.DonkeyEngine: MSH|^~\\&|LIS|QLAB|RENAL|RIV02|... ORU^R01 ctrl=QL88211093 received, ACK AA sent' % ch)
    w.add(m, ' INFO  @PY@ [%s Source] c.m.c.d.DonkeyEngine: ORU^R01 ctrl=QL88211094 received, ACK AA sent' % ch)
    w.add(m, ' WARN  @PY@ [%s Destination 1 (EHR writer)] c.m.c.c.http.HttpDispatcher: HTTP 503 from ehr-api.renalcare.local, message 551209 queued for retry (1/10)' % ch)
    w.add(m, ' INFO  @PY@ [%s Destination 1 (EHR writer)] c.m.c.c.http.HttpDispatcher: message 551209 sent on retry 1, HTTP 201' % ch, dt=10.2)
    w.add(m, ' INFO  @PY@ [%s Source] c.m.c.d.DonkeyEngine: ORU^R01 ctrl=QL88211095 received, ACK AA sent' % ch)
    w.add(m, ' WARN  @PY@ [%s Source] c.m.c.c.tcp.TcpReceiver: Connection reset by peer 10.60.4.21:50312 (idle 300s); sender will reconnect' % ch)
    w.add(m, ' INFO  @PY@ [%s Source] c.m.c.c.tcp.TcpReceiver: Connection accepted from 10.60.4.21:50977 (QuestLab-MLLP)' % ch)
    w.add(m, ' INFO  @PY@ [ADT_A08_OUT Destination 1] c.m.c.c.tcp.TcpDispatcher: ADT^A08 patient=MRN00418822 sent to pharmacy, ACK AA')
    w.add(m, ' WARN  @PY@ [%s Filter] c.m.c.s.FilterTransformer: OBX-5 non-numeric value "HEMOLYZED" for K+ (ctrl=QL88211096) - routed to review queue per rule 12' % ch)
    w.add(m, ' INFO  @PY@ [%s Source] c.m.c.d.DonkeyEngine: ORU^R01 ctrl=QL88211096 received, ACK AA sent' % ch)
    w.add(srv, ' INFO  @PY@ [Data Pruner] c.m.s.u.DataPruner: Pruning complete: channels=14 messages_pruned=48210 errors=0')
    w.add(m, ' INFO  @PY@ [%s Source] c.m.c.d.DonkeyEngine: ORU^R01 ctrl=QL88211097 received, ACK AA sent' % ch)
    w.add(srv, ' INFO  @PY@ [Statistics] c.m.s.c.ChannelStatistics: %s received=1840 filtered=3 queued=0 sent=1837 errored=0 (last 24h)' % ch)
    w.add(m, ' INFO  @PY@ [ADT_A08_OUT Destination 1] c.m.c.c.tcp.TcpDispatcher: ADT^A08 patient=MRN00419107 sent to pharmacy, ACK AA')
    w.add(m, ' INFO  @PY@ [%s Source] c.m.c.d.DonkeyEngine: ORU^R01 ctrl=QL88211098 received, ACK AA sent' % ch)
    return dict(
        domain="dialysis", platform="linux-host",
        question="Are lab results still flowing into the EHR through the interface engine?",
        severity="INFO", category="none", component=None,
        root_cause="No incident: lab ORU messages are acknowledged (AA); one EHR 503 succeeded on the first retry, an idle MLLP connection was reset and re-established, and a hemolyzed result went to review by rule.",
        summary="The HL7 lab channel is flowing with zero errored and zero queued messages.",
        action="None required.",
    ), w


def h_casino_slots_clickhouse(rng):
    w = Win(rng, start_time(rng))
    node = "gke-resort-prod-pool-analytics-3c1f-7m2k"
    ch = K("gaming-analytics", "chi-slots-main-0-0-0", "clickhouse", node)
    rs = hx(rng, 10)
    v1 = K("gaming-analytics", pod(rng, "slot-events", rs), "slot-events", "gke-resort-prod-pool-apps-91aa-q8zt")
    v2 = K("gaming-analytics", pod(rng, "slot-events", rs), "slot-events", "gke-resort-prod-pool-apps-91aa-t4hc")
    w.add(v1, '@SP@ INFO  [vert.x-eventloop-thread-2] i.v.c.impl.launcher.commands.VertxIsolatedDeployer - Succeeded in deploying verticle SlotEventVerticle')
    w.add(v1, '@SP@ INFO  [vert.x-eventloop-thread-2] c.r.slots.SasBridge - floor=EAST bank=E14 machines=48 online=47 (E14-09 powered off for maintenance window)')
    w.add(ch, '@CH@ [ 318 ] {} <Information> slots.events (4d6f2b9e-3b8d-4c0e-9d55-1a2b3c4d5e6f): Removing 6 parts from filesystem (serially): Parts: [@YMP@_118822_118827_1]')
    w.add(v2, '@SP@ WARN  [vert.x-eventloop-thread-0] c.r.slots.ClickHouseWriter - insert batch 9921 failed: Code: 210. DB::NetException: Connection reset by peer, while reading from socket (10.52.3.14:9000); retrying')
    w.add(v2, '@SP@ INFO  [vert.x-eventloop-thread-0] c.r.slots.ClickHouseWriter - insert batch 9921 ok on retry 1 rows=5000')
    w.add(ch, '@CH@ [ 412 ] {} <Information> TCPHandler: Done processing connection.')
    w.add(ch, '@CH@ [ 97 ] {} <Information> slots.events (MergerMutator): Selected 5 parts from @YMP@_118828_118828_0 to @YMP@_118832_118832_0')
    w.add(v1, '@SP@ INFO  [vert.x-eventloop-thread-2] c.r.slots.ClickHouseWriter - insert batch 9922 ok rows=5000 ms=41')
    w.add(v1, '@SP@ WARN  [vert.x-eventloop-thread-2] c.r.slots.SasBridge - machine E22-31 SAS poll no response (door open event 0x11 received earlier), will re-poll')
    w.add(v1, '@SP@ INFO  [vert.x-eventloop-thread-2] c.r.slots.SasBridge - machine E22-31 SAS poll ok, door closed event 0x12')
    w.add(ch, '@CH@ [ 318 ] {} <Information> slots.events (4d6f2b9e-3b8d-4c0e-9d55-1a2b3c4d5e6f): Merged 5 parts in 0.84 sec')
    w.add(v2, '@SP@ INFO  [vert.x-eventloop-thread-0] c.r.slots.ClickHouseWriter - insert batch 9923 ok rows=5000 ms=38')
    w.add(v2, '@SP@ INFO  [vert.x-eventloop-thread-1] i.v.c.eventbus.impl.clustered.ClusteredEventBus - reconnected to cluster member 10.52.4.77:15701')
    w.add(ch, '@CH@ [ 77 ] {} <Information> executeQuery: Read 1284411 rows, 61.25 MiB in 0.212 sec. (hourly_floor_hold report)')
    w.add(v1, '@SP@ INFO  [vert.x-eventloop-thread-2] c.r.slots.ClickHouseWriter - insert batch 9924 ok rows=4822 ms=36')
    w.add(v1, '@SP@ INFO  [vert.x-eventloop-thread-2] c.r.slots.Stats - last 60s events=9822 dropped=0 dead_letter=0 machines_online=471/473')
    w.add(v2, '@SP@ INFO  [vert.x-eventloop-thread-0] c.r.slots.Stats - last 60s events=9610 dropped=0 dead_letter=0 machines_online=471/473')
    return dict(
        domain="casino", platform="gke",
        question="Is slot-machine telemetry reaching the analytics store?",
        severity="INFO", category="none", component=None,
        root_cause="No incident: one ClickHouse insert hit a connection reset and succeeded on retry; merges, a door-event re-poll and a machine in planned maintenance are routine.",
        summary="Slot events are written to ClickHouse with zero drops; the floor reports 471 of 473 machines online as expected.",
        action="None required.",
    ), w


def h_casino_pms_keycloak(rng):
    w = Win(rng, start_time(rng))
    kc = K("identity", "keycloak-0", "keycloak", "gke-resort-prod-pool-apps-91aa-q8zt")
    kc1 = K("identity", "keycloak-1", "keycloak", "gke-resort-prod-pool-apps-91aa-t4hc")
    rs = hx(rng, 10)
    api = K("hotel", pod(rng, "pms-api", rs), "pms-api", "gke-resort-prod-pool-apps-91aa-t4hc")
    api2 = K("hotel", pod(rng, "pms-api", rs), "pms-api", "gke-resort-prod-pool-apps-91aa-zz81")
    w.add(api, '[Nest] 1  - @NEST@     LOG [RoomsController] GET /api/rooms/availability?date=@WEEK@ 200 38ms')
    w.add(kc, '@PY@ WARN  [org.keycloak.events] (executor-thread-14) type="LOGIN_ERROR", realmName="resort", clientId="pms-frontdesk", userId="null", ipAddress="10.52.8.14", error="invalid_user_credentials", username="m.okafor"')
    w.add(kc, '@PY@ INFO  [org.keycloak.events] (executor-thread-14) type="LOGIN", realmName="resort", clientId="pms-frontdesk", userId="6b0c2f1e-77a1-4f5e-9a0b-2d1c9e8f7a61", ipAddress="10.52.8.14", username="m.okafor"')
    w.add(api, '[Nest] 1  - @NEST@    WARN [JwtAuthGuard] access token expired (sub=6b0c2f1e, exp 31s ago) -> 401, client will refresh')
    w.add(kc1, '@PY@ INFO  [org.keycloak.events] (executor-thread-3) type="REFRESH_TOKEN", realmName="resort", clientId="pms-frontdesk", userId="6b0c2f1e-77a1-4f5e-9a0b-2d1c9e8f7a61", ipAddress="10.52.8.14"')
    w.add(api, '[Nest] 1  - @NEST@     LOG [ReservationsController] POST /api/reservations/RZ-448211/checkin 200 112ms')
    w.add(api2, '[Nest] 1  - @NEST@     LOG [NestFactory] Starting Nest application...')
    w.add(api2, '[Nest] 1  - @NEST@     LOG [InstanceLoader] TypeOrmModule dependencies initialized +41ms')
    w.add(api2, '[Nest] 1  - @NEST@     LOG [RoutesResolver] ReservationsController {/api/reservations}: +3ms')
    w.add(api2, '[Nest] 1  - @NEST@     LOG [NestApplication] Nest application successfully started +6ms')
    w.add(kc1, '@PY@ INFO  [org.keycloak.services.scheduled.ScheduledTaskRunner] (Timer-0) Executed scheduled task ClearExpiredEvents')
    w.add(kc1, '@PY@ INFO  [org.keycloak.services.scheduled.ScheduledTaskRunner] (Timer-0) Executed scheduled task ClearExpiredUserSessions')
    w.add(api2, '[Nest] 1  - @NEST@     LOG [FolioController] GET /api/folios/F-99120 200 24ms')
    w.add(api, '[Nest] 1  - @NEST@    WARN [ExceptionsHandler] NotFoundException: reservation RZ-000000 not found -> 404 (kiosk lookup by typo)')
    w.add(api2, '[Nest] 1  - @NEST@     LOG [HousekeepingService] nightly room-status sync done rooms=1184 changed=211 errors=0')
    w.add(api, '[Nest] 1  - @NEST@     LOG [RoomsController] GET /api/rooms/availability?date=@WEEK+1@ 200 41ms')
    return dict(
        domain="casino", platform="gke",
        question="Front desk staff report being logged out; is the hotel PMS or login broken?",
        severity="INFO", category="none", component=None,
        root_cause="No incident: one mistyped password followed by a successful login, an expired access token refreshed as designed, a 404 for a typo, and a new PMS replica starting normally.",
        summary="Hotel PMS and Keycloak are serving check-ins and logins; the 401 and 404 are normal client-side events.",
        action="None required.",
    ), w


def h_casino_surveillance_zfs(rng):
    w = Win(rng, start_time(rng))
    host = "surv-arch01.resort.lan"
    zed, smart, kern = H(host, "zed"), H(host, "smartd"), H(host, "kernel")
    minio = H(host, "minio")
    cron = H(host, "cron")
    w.add(zed, '@SYS@ %s zed[2231]: eid=4412 class=scrub_start pool=\'vault\'' % host)
    w.add(minio, 'API: SYSTEM.scanner Time: @HMS@ UTC 0s ... ILM: expired 12840 objects in bucket cam-archive (rule 30d-retention), freed 2.1 TiB')
    w.add(smart, '@SYS@ %s smartd[1402]: Device: /dev/sdf [SAT], SMART Usage Attribute: 194 Temperature_Celsius changed from 36 to 38' % host)
    w.add(smart, '@SYS@ %s smartd[1402]: Device: /dev/sdk [SAT], SMART Usage Attribute: 190 Airflow_Temperature_Cel changed from 64 to 62' % host)
    w.add(minio, 'API: PutObject(bucket=cam-archive, object=floor-west/cam-0212/@YM/@/seg-000418.mp4) 200 OK 42.1MiB 1.8s')
    w.add(minio, 'API: PutObject(bucket=cam-archive, object=cage/cam-0007/@YM/@/seg-000902.mp4) 200 OK 39.7MiB 1.6s')
    w.add(cron, '@SYS@ %s CRON[88412]: (root) CMD (/usr/local/bin/zfs-auto-snapshot --quiet --syslog --label=hourly --keep=24 //)' % host)
    w.add(cron, '@SYS@ %s zfs-auto-snap[88413]: snapshot vault/cam-archive@zfs-auto-snap_hourly-@DAY@-@HHMM@ created, 1 destroyed' % host)
    w.add(minio, 'API: GetObject(bucket=cam-archive, object=cage/cam-0007/@YM/-1@/seg-000118.mp4) 200 OK (investigations export) 40.2MiB')
    w.add(kern, '@SYS@ %s kernel: [1822233.41021] nfsd: last server has exited, flushing export cache' % host)
    w.add(kern, '@SYS@ %s kernel: [1822240.00411] NFSD: starting 90-second grace period (net f0000000)' % host)
    w.add(minio, 'API: PutObject(bucket=cam-archive, object=floor-east/cam-0388/@YM/@/seg-000417.mp4) 200 OK 41.0MiB 1.7s')
    w.add(smart, '@SYS@ %s smartd[1402]: Device: /dev/sdc [SAT], self-test in progress, 40%% remaining' % host)
    w.add(zed, '@SYS@ %s zed[2231]: eid=4413 class=scrub_finish pool=\'vault\'' % host, dt=40)
    w.add(zed, '@SYS@ %s zed: zpool status vault: scan: scrub repaired 0B in 05:12:44 with 0 errors; state: ONLINE' % host)
    w.add(smart, '@SYS@ %s smartd[1402]: Device: /dev/sdc [SAT], previous self-test completed without error' % host)
    w.add(minio, 'API: PutObject(bucket=cam-archive, object=floor-west/cam-0213/@YM/@/seg-000419.mp4) 200 OK 41.6MiB 1.8s')
    return dict(
        domain="casino", platform="linux-host",
        question="Is the surveillance video archive host healthy after last night's maintenance?",
        severity="INFO", category="none", component=None,
        root_cause="No incident: the ZFS scrub finished with 0 errors, SMART self-test passed, temperatures drift within range and retention expiry and snapshots ran as scheduled.",
        summary="The archive pool is ONLINE, video segments are being written and read normally.",
        action="None required.",
    ), w


def h_dialysis_roster_ktor(rng):
    w = Win(rng, start_time(rng))
    node = "dlys-k8s-w02"
    rs = hx(rng, 10)
    r1 = K("staff", pod(rng, "roster-api", rs), "roster-api", node)
    pg = K("staff", "roster-pg-0", "postgres", "dlys-k8s-w04")
    job = K("staff", "roster-export-29611440-" + sfx(rng), "export", "dlys-k8s-w01")
    kub = {"job": "kubelet", "node": "dlys-k8s-w01"}
    w.add(pg, '@PG@ [61] LOG:  checkpoint starting: time')
    w.add(r1, '@SP@ [eventLoopGroupProxy-4-2] INFO  Application - 200 OK: GET - /api/roster/week/@WEEK@ in 42ms')
    w.add(kub, 'I@KLOG@    1911 kuberuntime_manager.go:1057] "Pulling image" image="registry.renalcare.local/staff/roster-export:1.7.3"')
    w.add(kub, 'I@KLOG@    1911 kuberuntime_manager.go:1057] "Successfully pulled image" image="registry.renalcare.local/staff/roster-export:1.7.3" duration="1.204s"')
    w.add(job, '@SP@ [main] INFO  RosterExport - exporting published rosters for 9 clinics, week @WEEK+1@')
    w.add(r1, '@SP@ [eventLoopGroupProxy-4-1] INFO  Application - 304 Not Modified: GET - /api/roster/week/@WEEK@ in 3ms')
    w.add(r1, '@SP@ [eventLoopGroupProxy-4-3] WARN  ShiftSwapRoutes - swap request 88120 rejected: nurse N-4471 would exceed 48h/week (rule ROSTER-07) -> 422')
    w.add(r1, '@SP@ [eventLoopGroupProxy-4-3] INFO  Application - 422 Unprocessable Entity: POST - /api/shift-swaps in 17ms')
    w.add(pg, '@PG@ [61] LOG:  checkpoint complete: wrote 1843 buffers (11.2%); 0 WAL file(s) added, 0 removed, 2 recycled; write=179.8 s, sync=0.012 s, total=179.9 s')
    w.add(pg, '@PG@ [9120] LOG:  automatic vacuum of table "roster.public.shift_assignment": index scans: 1, pages: 0 removed, 4410 remain, tuples: 2210 removed, 181220 remain')
    w.add(job, '@SP@ [main] INFO  RosterExport - clinic RIV-02 shifts=412 sent to payroll sftp ok')
    w.add(job, '@SP@ [main] WARN  RosterExport - clinic OAK-01 has 2 unfilled night shifts (informational, flagged to manager)')
    w.add(job, '@SP@ [main] INFO  RosterExport - done clinics=9 shifts=3511 errors=0 in 14.2s')
    w.add(kub, 'I@KLOG@    1911 kubelet.go:2468] "SyncLoop (PLEG): event for pod" pod="staff/%s" event={"Type":"ContainerDied"}' % job["pod"])
    w.add(r1, '@SP@ [eventLoopGroupProxy-4-2] INFO  Application - 200 OK: GET - /api/staff/N-4471/credentials in 21ms')
    w.add(pg, '@PG@ [9321] LOG:  could not receive data from client: Connection reset by peer')
    w.add(r1, '@SP@ [eventLoopGroupProxy-4-2] INFO  Application - 200 OK: GET - /healthz in 1ms')
    return dict(
        domain="dialysis", platform="kubeadm",
        question="Did the weekly roster export to payroll work?",
        severity="INFO", category="none", component=None,
        root_cause="No incident: the export CronJob completed for all 9 clinics with zero errors; a swap was rejected by a business rule and a client reset one idle database connection.",
        summary="Roster API, its PostgreSQL and the export job are all healthy.",
        action="None required.",
    ), w


def h_cinema_loyalty_gitops(rng):
    w = Win(rng, start_time(rng))
    argo = K("argocd", "argocd-application-controller-0", "application-controller", "ip-10-42-1-20.eu-west-1.compute.internal")
    kyv = K("kyverno", pod(rng, "kyverno-admission-controller"), "kyverno", "ip-10-42-1-20.eu-west-1.compute.internal")
    cil = K("kube-system", "cilium-" + sfx(rng), "cilium-agent", "ip-10-42-6-33.eu-west-1.compute.internal")
    karp = K("karpenter", pod(rng, "karpenter"), "controller", "ip-10-42-1-21.eu-west-1.compute.internal")
    rs = hx(rng, 10)
    app = K("loyalty", pod(rng, "loyalty-api", rs), "loyalty-api", "ip-10-42-6-33.eu-west-1.compute.internal")
    w.add(argo, 'time="@ISOS@" level=info msg="Initiated automated sync to \'9c41e7d\'" application=argocd/loyalty-api dest-namespace=loyalty dest-server="https://kubernetes.default.svc"')
    w.add(kyv, J(level="info", ts="@ISO@", logger="webhooks.resource.validate", msg="admission request allowed", policy="require-run-as-nonroot", kind="Pod", namespace="loyalty"))
    w.add(kyv, J(level="info", ts="@ISO@", logger="webhooks.resource.validate", msg="policy violation in audit mode (not blocking)", policy="disallow-latest-tag", kind="Pod", namespace="sandbox", name="debug-shell"))
    w.add(cil, 'level=info msg="Rewrote endpoint BPF program" ciliumEndpointName=loyalty/%s containerID=%s identity=48211 subsys=endpoint' % (app["pod"], hx(rng, 12)))
    w.add(app, '[Nest] 1  - @NEST@     LOG [NestApplication] Nest application successfully started +9ms')
    w.add(app, '[Nest] 1  - @NEST@     LOG [PointsController] POST /v1/members/M-7781201/points 201 33ms')
    w.add(argo, 'time="@ISOS@" level=info msg="Sync operation to 9c41e7d succeeded" application=argocd/loyalty-api')
    w.add(argo, 'time="@ISOS@" level=info msg="Updated health status: Progressing -> Healthy" application=argocd/loyalty-api')
    w.add(karp, J(level="INFO", time="@ISO@", logger="controller", message="disrupting nodeclaim(s) via delete, terminating 1 nodes (0 pods) ip-10-42-9-88.eu-west-1.compute.internal/m6i.large/spot", controller="disruption", reason="empty"))
    w.add(karp, J(level="INFO", time="@ISO@", logger="controller", message="deleted node", controller="node.termination", Node={"name": "ip-10-42-9-88.eu-west-1.compute.internal"}))
    w.add(app, '[Nest] 1  - @NEST@    WARN [RewardsService] voucher V-22811 already redeemed -> 409 (duplicate tap at kiosk)')
    w.add(app, '[Nest] 1  - @NEST@     LOG [PointsController] GET /v1/members/M-5520981/balance 200 12ms')
    w.add(cil, 'level=info msg="Delete endpoint request" containerID=%s endpointID=2211 k8sNamespace=loyalty subsys=daemon' % hx(rng, 12))
    w.add(argo, 'time="@ISOS@" level=info msg="Refreshing app status (normal refresh requested), level (1)" application=argocd/concessions-pos')
    w.add(app, '[Nest] 1  - @NEST@     LOG [PointsController] POST /v1/members/M-1183320/points 201 29ms')
    w.add(kyv, J(level="info", ts="@ISO@", logger="background-scan", msg="background scan completed", policies=14, passed=1820, fail=1, warn=0))
    w.add(app, '[Nest] 1  - @NEST@     LOG [ScheduleService] birthday-rewards job issued=213 skipped=4 errors=0')
    return dict(
        domain="cinema", platform="eks",
        question="The loyalty app was redeployed; did anything break?",
        severity="INFO", category="none", component=None,
        root_cause="No incident: Argo CD synced the loyalty API to a new revision and it became Healthy; Kyverno audit findings are non-blocking, Karpenter removed an empty node and the 409 is a duplicate redemption.",
        summary="The loyalty app redeploy and cluster housekeeping completed normally.",
        action="None required.",
    ), w


def h_casino_wallet_platform(rng):
    w = Win(rng, start_time(rng))
    node = "gke-resort-prod-pool-secure-5b2e-hh7d"
    consul = K("consul", "consul-server-1", "consul", node)
    velero = K("velero", pod(rng, "velero"), "velero", "gke-resort-prod-pool-apps-91aa-q8zt")
    eso = K("external-secrets", pod(rng, "external-secrets"), "external-secrets", "gke-resort-prod-pool-apps-91aa-q8zt")
    am = K("monitoring", "alertmanager-main-0", "alertmanager", "gke-resort-prod-pool-apps-91aa-t4hc")
    rs = hx(rng, 10)
    wal = K("cashless", pod(rng, "wallet-api", rs), "wallet-api", node)
    wal2 = K("cashless", pod(rng, "wallet-api", rs), "wallet-api", "gke-resort-prod-pool-secure-5b2e-k1s9")
    w.add(velero, 'time="@ISOS@" level=info msg="Setting up backup log" backup=velero/daily-cashless-@YMD@ controller=backup logSource="pkg/controller/backup_controller.go:601"')
    w.add(wal, '@ISO@ INFO  [ktor] WalletRoutes - POST /v2/wallets/W-88213/debit amount=25.00 device=SLOT-E14-07 200 18ms')
    w.add(consul, '@ISO@ [INFO]  agent: Synced check: check=service:wallet-api-%s' % wal["pod"][-5:])
    w.add(eso, J(level="info", ts="@EPOCH@", logger="controllers.ExternalSecret", msg="reconciled secret", ExternalSecret={"name": "wallet-hsm-pin", "namespace": "cashless"}))
    w.add(wal2, '@ISO@ WARN  [ktor] WalletRoutes - debit rejected: insufficient balance wallet=W-10442 requested=100.00 available=62.50 -> 402')
    w.add(velero, 'time="@ISOS@" level=info msg="Executing pre hooks" backup=velero/daily-cashless-@YMD@ hookSource=annotation name=wallet-pg-0 namespace=cashless')
    w.add(velero, 'time="@ISOS@" level=info msg="Backed up 214 items out of an estimated total of 214" backup=velero/daily-cashless-@YMD@ progress=')
    w.add(velero, 'time="@ISOS@" level=info msg="Backup completed" backup=velero/daily-cashless-@YMD@ controller=backup')
    w.add(am, 'ts=@ISO@ caller=dispatch.go:165 level=debug component=dispatcher msg="Received alert" alert=WalletP99LatencyHigh[5c1e2a0][resolved]')
    w.add(am, 'ts=@ISO@ caller=notify.go:848 level=info component=dispatcher receiver=casino-oncall integration=slack[0] aggrGroup="{}:{alertname=\\"WalletP99LatencyHigh\\"}" msg="Notify success" attempts=1')
    w.add(consul, '@ISO@ [WARN]  agent: Check is now critical: check=service:wallet-api-old-replica (deregistered 4s later)')
    w.add(consul, '@ISO@ [INFO]  agent: Deregistered service: service=wallet-api-old-replica')
    w.add(wal2, '@ISO@ INFO  [ktor] WalletRoutes - POST /v2/wallets/W-55120/credit amount=140.00 device=CAGE-02 200 22ms')
    w.add(eso, J(level="info", ts="@EPOCH@", logger="controllers.ExternalSecret", msg="reconciled secret", ExternalSecret={"name": "wallet-db", "namespace": "cashless"}))
    w.add(wal, '@ISO@ INFO  [ktor] ReconcileJob - hourly cage/wallet reconciliation wallets=18211 mismatches=0 took=3.1s')
    w.add(wal, '@ISO@ INFO  [ktor] WalletRoutes - POST /v2/wallets/W-88213/debit amount=10.00 device=SLOT-E14-07 200 16ms')
    return dict(
        domain="casino", platform="gke",
        question="Anything to worry about on the cashless wallet platform tonight?",
        severity="INFO", category="none", component=None,
        root_cause="No incident: nightly Velero backup completed, secrets reconciled, a latency alert resolved, an old replica was deregistered from Consul after a rollout and a 402 is a normal insufficient-balance decline.",
        summary="Wallet debits, credits and the reconciliation job (0 mismatches) are healthy.",
        action="None required.",
    ), w


def w_cinema_pos_redis_failover(rng):
    w = Win(rng, start_time(rng))
    karp = K("karpenter", pod(rng, "karpenter"), "controller", "ip-10-42-1-21.eu-west-1.compute.internal")
    r0 = K("concessions", "pos-cache-node-0", "redis", "ip-10-42-4-90.eu-west-1.compute.internal")
    r1 = K("concessions", "pos-cache-node-1", "redis", "ip-10-42-7-12.eu-west-1.compute.internal")
    s1 = K("concessions", "pos-cache-node-1", "sentinel", "ip-10-42-7-12.eu-west-1.compute.internal")
    rs = hx(rng, 10)
    a = K("concessions", pod(rng, "pos-api", rs), "pos-api", "ip-10-42-6-33.eu-west-1.compute.internal")
    b = K("concessions", pod(rng, "pos-api", rs), "pos-api", "ip-10-42-7-12.eu-west-1.compute.internal")
    w.add(a, '[Nest] 1  - @NEST@     LOG [OrdersController] POST /v1/sites/BRS-03/orders 201 27ms lane=4')
    w.add(karp, J(level="INFO", time="@ISO@", logger="controller", message="disrupting nodeclaim(s) via replace, terminating 1 nodes (6 pods) ip-10-42-4-90.eu-west-1.compute.internal/r6i.large/on-demand and replacing with on-demand node from types r6i.large, r7i.large", controller="disruption", reason="drifted"), quiet=True)
    w.add(r0, '1:signal-handler (@EPOCHS@) Received SIGTERM scheduling shutdown...')
    w.add(r0, '1:M @REDIS@ # User requested shutdown...', ev=True)
    w.add(r0, '1:M @REDIS@ * Saving the final RDB snapshot before exiting.')
    w.add(a, '[Nest] 1  - @NEST@   ERROR [RedisCartStore] Error: connect ECONNREFUSED 10.42.4.117:6379', ev=True)
    w.add(b, '[Nest] 1  - @NEST@   ERROR [RedisCartStore] Error: connect ECONNREFUSED 10.42.4.117:6379', dt=0.2)
    w.add(a, '[Nest] 1  - @NEST@   ERROR [ExceptionsHandler] connect ECONNREFUSED 10.42.4.117:6379 at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1610:16)')
    w.add(b, '[Nest] 1  - @NEST@    WARN [OrdersService] cache unavailable, order BRS-03-77812 queued locally (offline mode)')
    w.add(s1, '1:X @REDIS@ # +sdown master pos-cache 10.42.4.117 6379')
    w.add(a, '[Nest] 1  - @NEST@   ERROR [RedisCartStore] Error: connect ECONNREFUSED 10.42.4.117:6379', dt=1.5)
    w.add(s1, '1:X @REDIS@ # +odown master pos-cache 10.42.4.117 6379 #quorum 2/2')
    w.add(s1, '1:X @REDIS@ # +switch-master pos-cache 10.42.4.117 6379 10.42.7.12 6379', ev=True)
    w.add(r1, '1:M @REDIS@ * MASTER MODE enabled (user request from \'id=9 addr=10.42.7.12:51122 laddr=10.42.7.12:6379 fd=13 name=sentinel-2c1f-cmd\')')
    w.add(b, '[Nest] 1  - @NEST@   ERROR [RedisCartStore] ReplyError: READONLY You can\'t write against a read only replica.')
    w.add(a, '[Nest] 1  - @NEST@     LOG [RedisCartStore] sentinel reports new master pos-cache at 10.42.7.12:6379, reconnected')
    w.add(b, '[Nest] 1  - @NEST@     LOG [RedisCartStore] sentinel reports new master pos-cache at 10.42.7.12:6379, reconnected')
    w.add(b, '[Nest] 1  - @NEST@     LOG [OrdersService] replayed 37 locally queued orders, 0 failed')
    w.add(a, '[Nest] 1  - @NEST@     LOG [OrdersController] POST /v1/sites/BRS-03/orders 201 31ms lane=2')
    return dict(
        domain="cinema", platform="eks",
        question="Concession tills showed 'offline mode' for a while; what happened?",
        severity="WARN", category="connection_refused", component="redis",
        root_cause="Karpenter replaced a drifted node that hosted the Redis master (pos-cache-node-0), which has no disruption protection; while Sentinel failed over, the POS API got connection refused and READONLY errors until it reconnected to the new master.",
        summary="About half a minute of refused Redis connections at the tills; orders were queued locally and replayed after the Sentinel failover.",
        action="Protect the Redis master with a PodDisruptionBudget or karpenter.sh/do-not-disrupt and schedule node drift replacements outside opening hours.",
    ), w


def w_cinema_loyalty_push_429(rng):
    w = Win(rng, start_time(rng))
    rs = hx(rng, 10)
    n1 = K("loyalty", pod(rng, "loyalty-notifier", rs), "notifier", "ip-10-42-6-33.eu-west-1.compute.internal")
    n2 = K("loyalty", pod(rng, "loyalty-notifier", rs), "notifier", "ip-10-42-5-201.eu-west-1.compute.internal")
    api = K("loyalty", pod(rng, "loyalty-api"), "loyalty-api", "ip-10-42-6-33.eu-west-1.compute.internal")
    w.add(api, '[Nest] 1  - @NEST@     LOG [CampaignController] campaign C-2211 "Double points Tuesday" scheduled audience=1184220 channel=push')
    w.add(n1, J(level="info", campaign="C-2211", batch_size=500, workers=64, time="@ISOS@", message="campaign fan-out started"))
    w.add(n1, J(level="info", sent=48000, failed=0, rate_per_s=3900, time="@ISOS@", message="push progress"))
    w.add(n1, J(level="warn", status=429, provider="fcm", error="RESOURCE_EXHAUSTED: Quota exceeded for quota metric 'Send requests' and limit 'Send requests per minute'", retry_after="60s", time="@ISOS@", message="push send throttled"), ev=True)
    w.add(n2, J(level="warn", status=429, provider="fcm", error="RESOURCE_EXHAUSTED: Quota exceeded for quota metric 'Send requests'", retry_after="60s", time="@ISOS@", message="push send throttled"), dt=0.3, ev=True)
    w.add(n1, J(level="warn", status=429, provider="fcm", batch=212, time="@ISOS@", message="push send throttled"), dt=0.2)
    w.add(n2, J(level="warn", status=429, provider="fcm", batch=213, time="@ISOS@", message="push send throttled"), dt=0.2)
    w.add(n1, J(level="error", batch=214, attempts=3, error="googleapi: Error 429: Quota exceeded, rateLimitExceeded", time="@ISOS@", message="batch failed, moved to retry queue"))
    w.add(n2, J(level="warn", backoff="60s", queued_batches=118, time="@ISOS@", message="global backoff engaged"), ev=True)
    w.add(api, '[Nest] 1  - @NEST@     LOG [PointsController] POST /v1/members/M-4412201/points 201 31ms')
    w.add(n1, J(level="info", time="@ISOS@", message="backoff elapsed, resuming at 1200/s"), dt=60)
    w.add(n1, J(level="info", sent=180500, failed=0, retried=14200, rate_per_s=1180, time="@ISOS@", message="push progress"))
    w.add(n2, J(level="warn", status=429, provider="fcm", batch=611, retry_after="30s", time="@ISOS@", message="push send throttled"))
    w.add(n2, J(level="info", sent=212000, failed=0, retried=15100, rate_per_s=1150, time="@ISOS@", message="push progress"))
    w.add(api, '[Nest] 1  - @NEST@     LOG [MembersController] GET /v1/members/M-1183320 200 14ms')
    w.add(n1, J(level="info", eta="14m", time="@ISOS@", message="campaign C-2211 running behind schedule, delivery delayed"))
    w.add(n1, J(level="info", sent=264000, failed=0, rate_per_s=1190, time="@ISOS@", message="push progress"))
    return dict(
        domain="cinema", platform="eks",
        question="Why are members getting the 'Double points' notification late?",
        severity="WARN", category="rate_limited", component="loyalty-notifier",
        root_cause="The loyalty notifier fanned the campaign out with 64 workers at ~3,900 pushes/s, exceeding the push provider's per-minute send quota, so it got HTTP 429 and had to back off.",
        summary="Push delivery for one campaign is throttled by the provider and running late; nothing is lost and sending continues at a lower rate.",
        action="Cap the notifier's send rate below the provider quota (or request a higher quota) and stagger large campaigns.",
    ), w


def w_casino_slot_ingest_throttled(rng):
    w = Win(rng, start_time(rng))
    rs = hx(rng, 10)
    n = "gke-resort-prod-pool-apps-91aa-q8zt"
    i1 = K("gaming", pod(rng, "slot-ingest", rs), "slot-ingest", n)
    i2 = K("gaming", pod(rng, "slot-ingest", rs), "slot-ingest", "gke-resort-prod-pool-apps-91aa-t4hc")
    kafka = K("gaming", "slots-kafka-2", "kafka", "gke-resort-prod-pool-data-77c0-b21x")
    am = K("monitoring", "alertmanager-main-0", "alertmanager", "gke-resort-prod-pool-apps-91aa-t4hc")
    w.add(i1, J(level="info", time="@ISOS@", message="maxprocs: Updating GOMAXPROCS=1: determined from CPU quota"), ev=True)
    w.add(i1, J(level="info", topic="sas-events", partitions=12, time="@ISOS@", message="consumer started"))
    w.add(i1, J(level="info", events_s=2100, lag=120, time="@ISOS@", message="throughput"))
    w.add(i2, J(level="info", events_s=2080, lag=96, time="@ISOS@", message="throughput"))
    w.add(i1, J(level="warn", tournament="Friday Slots Showdown", events_s=6400, lag=18400, time="@ISOS@", message="consumer falling behind"))
    w.add(i2, J(level="warn", events_s=6100, lag=17211, batch_ms=2890, time="@ISOS@", message="consumer falling behind"))
    w.add(i1, J(level="warn", loop_lag_ms=4100, time="@ISOS@", message="processing loop behind schedule"))
    w.add(kafka, '[@PY@] INFO [GroupCoordinator 2]: Member slot-ingest-0-2c1e in group slot-ingest has failed, removing it from the group (kafka.coordinator.group.GroupCoordinator)')
    w.add(i1, J(level="error", error="kafka: heartbeat timed out (session.timeout.ms=10000)", time="@ISOS@", message="lost group membership, rejoining"))
    w.add(kafka, '[@PY@] INFO [GroupCoordinator 2]: Stabilized group slot-ingest generation 88 (__consumer_offsets-4) with 2 members (kafka.coordinator.group.GroupCoordinator)')
    w.add(am, 'ts=@ISO@ caller=dispatch.go:165 level=debug component=dispatcher msg="Received alert" alert=CPUThrottlingHigh[9d11f2e][active] labels="{container=\\"slot-ingest\\", namespace=\\"gaming\\", severity=\\"warning\\"}" annotations="{description=\\"78.4% throttling of CPU in namespace gaming for container slot-ingest (limit 500m).\\"}"', ev=True)
    w.add(i2, J(level="warn", events_s=6300, lag=24880, time="@ISOS@", message="consumer falling behind"))
    w.add(i2, J(level="warn", jackpot_display="EAST-PROG-3", staleness_s=38, time="@ISOS@", message="progressive display update delayed"))
    w.add(i1, J(level="info", events_s=2300, lag=9120, time="@ISOS@", message="tournament round ended, catching up"), dt=45)
    w.add(i2, J(level="info", events_s=2250, lag=3310, time="@ISOS@", message="catching up"))
    w.add(i1, J(level="info", events_s=2050, lag=210, time="@ISOS@", message="throughput"))
    w.add(am, 'ts=@ISO@ caller=dispatch.go:165 level=debug component=dispatcher msg="Received alert" alert=CPUThrottlingHigh[9d11f2e][resolved]')
    return dict(
        domain="casino", platform="gke",
        question="Why did the progressive jackpot displays lag during the slot tournament?",
        severity="WARN", category="resource_exhausted", component="slot-ingest",
        root_cause="slot-ingest runs with a 500m CPU limit (GOMAXPROCS=1) and was CPU-throttled at ~78% when tournament traffic tripled, so Kafka lag grew and one consumer missed heartbeats.",
        summary="Slot telemetry fell up to ~25k events behind during the tournament peak and caught up afterwards; jackpot displays were briefly stale.",
        action="Raise the slot-ingest CPU limit (or remove it) and scale replicas/partitions ahead of tournaments.",
    ), w


def w_dialysis_pharmacy_replica_lag(rng):
    w = Win(rng, start_time(rng))
    bkp = H("bkp01.renalcare.local", "pharmacy-backup")
    db2 = H("pharmacy-db2.renalcare.local", "postgresql")
    db1 = H("pharmacy-db1.renalcare.local", "postgresql")
    app = H("pharm-app01.renalcare.local", "catalina")
    app2 = H("pharm-app02.renalcare.local", "catalina")
    w.add(app, '@CATALINA@ INFO [http-nio-8080-exec-12] org.renal.pharmacy.OrderResource.dispense order=RX-2201871 status=DISPENSED by=pharm.tech.04')
    w.add(bkp, '@SYS@ bkp01 pharmacy-backup[44102]: starting nightly logical dump: pg_dump -h pharmacy-db2 -Fd -j 4 -f /backup/pharmacy/@YMD@ pharmacy', quiet=True)
    w.add(db2, '@PG@ [51220] pharmacy@pharmacy LOG:  connection authorized: user=backup database=pharmacy application_name=pg_dump')
    w.add(db1, '@PG@ [8801] LOG:  checkpoint starting: time')
    w.add(db2, '@PG@ [412] LOG:  recovery still waiting after 1000.118 ms: recovery conflict on snapshot', ev=True)
    w.add(db2, '@PG@ [412] DETAIL:  Conflicting process: 51220.', dt=0.001, ev=True)
    w.add(app, '@CATALINA@ WARNING [replica-monitor] org.renal.pharmacy.db.ReplicaRouter.check replica pharmacy-db2 lag 94s > 60s, routing reads to primary')
    w.add(app2, '@CATALINA@ WARNING [replica-monitor] org.renal.pharmacy.db.ReplicaRouter.check replica pharmacy-db2 lag 96s > 60s, routing reads to primary')
    w.add(app, '@CATALINA@ WARNING [http-nio-8080-exec-3] org.renal.pharmacy.OrderResource.get order RX-2201871 read from replica shows PENDING but primary shows DISPENSED (stale read served to ward tablet)')
    w.add(db1, '@PG@ [8801] LOG:  checkpoint complete: wrote 4412 buffers (2.6%); 0 WAL file(s) added, 0 removed, 3 recycled')
    w.add(app2, '@CATALINA@ WARNING [replica-monitor] org.renal.pharmacy.db.ReplicaRouter.check replica pharmacy-db2 lag 412s > 60s, routing reads to primary')
    w.add(app, '@CATALINA@ WARNING [http-nio-8080-exec-9] org.renal.pharmacy.db.Pool.borrow primary pool busy 38/40 (reads redirected from replica)')
    w.add(app, '@CATALINA@ WARNING [replica-monitor] org.renal.pharmacy.db.ReplicaRouter.check replica pharmacy-db2 lag 655s > 60s, routing reads to primary')
    w.add(app2, '@CATALINA@ INFO [http-nio-8080-exec-1] org.renal.pharmacy.OrderResource.create order=RX-2201902 ward=RIV-02 created')
    w.add(bkp, '@SYS@ bkp01 pharmacy-backup[44102]: dump finished in 11m42s size=18.2GiB', dt=60)
    w.add(db2, '@PG@ [412] LOG:  recovery finished waiting after 702114.201 ms: recovery conflict on snapshot')
    w.add(app, '@CATALINA@ INFO [replica-monitor] org.renal.pharmacy.db.ReplicaRouter.check replica pharmacy-db2 lag 2s, reads routed back to replica')
    w.add(app2, '@CATALINA@ INFO [replica-monitor] org.renal.pharmacy.db.ReplicaRouter.check replica pharmacy-db2 lag 1s, reads routed back to replica')
    return dict(
        domain="dialysis", platform="linux-host",
        question="Ward tablets briefly showed dispensed medications as pending; why?",
        severity="WARN", category="database", component="pharmacy-backup",
        root_cause="The nightly pharmacy-backup job runs a long pg_dump against the streaming replica pharmacy-db2; its snapshot blocks WAL replay (recovery conflict on snapshot), so replica lag grew to ~11 minutes.",
        summary="Replica lag caused stale order reads and pushed reads onto the primary for the duration of the backup; it recovered when the dump finished.",
        action="Run the dump from a dedicated backup replica or switch to physical backups, and bound max_standby_streaming_delay on the serving replica.",
    ), w


def w_cinema_playback_raid_degraded(rng):
    w = Win(rng, start_time(rng))
    host = "pb-ldn04-s07"
    kern = H(host, "kernel")
    mdm = H(host, "mdadm")
    smart = H(host, "smartd")
    play = H(host, "playback")
    w.add(play, '@SP@ INFO  [show-sched] screen=7 show=19:30 title="Northern Lights" cpl=urn:uuid:3f2a91c4 playing, KDM valid until @DAY+7@T23:59Z')
    w.add(kern, '@SYS@ %s kernel: [802211.44102] ata3.00: exception Emask 0x0 SAct 0x1000 SErr 0x0 action 0x0' % host)
    w.add(kern, '@SYS@ %s kernel: [802211.44107] ata3.00: failed command: READ FPDMA QUEUED' % host, dt=0.001)
    w.add(kern, '@SYS@ %s kernel: [802211.44121] ata3.00: status: { DRDY ERR }, error: { UNC }' % host, dt=0.001)
    w.add(kern, '@SYS@ %s kernel: [802211.52014] blk_update_request: I/O error, dev sdb, sector 1882211904 op 0x0:(READ) flags 0x80700 phys_seg 8 prio class 0' % host, ev=True)
    w.add(kern, '@SYS@ %s kernel: [802212.00413] md/raid1:md0: sdb1: rescheduling sector 1882209856' % host)
    w.add(kern, '@SYS@ %s kernel: [802215.11020] md/raid1:md0: Disk failure on sdb1, disabling device.' % host, ev=True)
    w.add(kern, '@SYS@ %s kernel: [802215.11022] md/raid1:md0: Operation continuing on 1 devices.' % host, dt=0.001, ev=True)
    w.add(mdm, '@SYS@ %s mdadm[812]: Fail event detected on md device /dev/md0, component device /dev/sdb1' % host, ev=True)
    w.add(mdm, '@SYS@ %s mdadm[812]: DegradedArray event detected on md device /dev/md0' % host)
    w.add(smart, '@SYS@ %s smartd[655]: Device: /dev/sdb [SAT], 24 Currently unreadable (pending) sectors' % host, ev=True)
    w.add(smart, '@SYS@ %s smartd[655]: Device: /dev/sdb [SAT], 24 Offline uncorrectable sectors' % host, dt=0.002)
    w.add(play, '@SP@ WARN  [reader-2] asset read retry on /srv/dcp/NorthernLights_FTR_S_EN-XX_51_4K/j2c_0412.mxf offset=88211456 (I/O error), served from mirror')
    w.add(play, '@SP@ INFO  [show-sched] screen=7 frame buffer healthy, dropped_frames=0')
    w.add(play, '@SP@ INFO  [ingest] DCP "Harbour Ghosts" hash verify ok 312/312 assets')
    w.add(mdm, '@SYS@ %s mdadm[812]: md0: array is degraded, 1 of 2 devices active' % host)
    w.add(play, '@SP@ INFO  [show-sched] screen=7 show=19:30 reel 3/6 started')
    w.add(play, '@SP@ INFO  [show-sched] screen=7 show=22:05 title="Harbour Ghosts" prepared, content on md0 verified')
    return dict(
        domain="cinema", platform="linux-host",
        question="Screen 7's playback server logged disk errors during the show; is tonight at risk?",
        severity="WARN", category="storage", component="md0",
        root_cause="Disk sdb in the playback server's RAID1 array md0 has unreadable sectors; the kernel failed it out and md0 is running degraded on a single disk.",
        summary="Playback continued without dropped frames from the surviving mirror, but the content array has no redundancy left.",
        action="Replace sdb and re-add it to md0 (mdadm --manage /dev/md0 --add) before the remaining disk fails; keep a copy of tonight's DCPs on another server.",
    ), w


def w_casino_pms_acquirer_timeout(rng):
    w = Win(rng, start_time(rng))
    rs = hx(rng, 10)
    pms = K("hotel", pod(rng, "pms-api", rs), "pms-api", "gke-resort-prod-pool-apps-91aa-t4hc")
    pms2 = K("hotel", pod(rng, "pms-api", rs), "pms-api", "gke-resort-prod-pool-apps-91aa-zz81")
    gw = K("payments", pod(rng, "pay-gw"), "pay-gw", "gke-resort-prod-pool-secure-5b2e-hh7d")
    sq = K("egress", "squid-0", "squid", "gke-resort-prod-pool-secure-5b2e-k1s9")
    w.add(gw, J(level="info", op="preauth", amount="450.00", latency_ms=612, acquirer="primary", time="@ISOS@", message="authorised"))
    w.add(pms, '[Nest] 1  - @NEST@     LOG [CheckinService] RZ-448302 card pre-auth approved, key cards issued')
    w.add(gw, J(level="warn", op="preauth", latency_ms=6840, acquirer="primary", time="@ISOS@", message="acquirer slow"))
    w.add(sq, '@EPOCH@   8004 10.52.8.31 TCP_TUNNEL/200 3902 CONNECT pay.acquirer.example:443 - HIER_DIRECT/203.0.113.40 -', ev=True)
    w.add(gw, J(level="error", op="preauth", error="Post \"https://pay.acquirer.example/v3/authorise\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)", timeout="8s", time="@ISOS@", message="acquirer call failed"), ev=True)
    w.add(pms, '[Nest] 1  - @NEST@   ERROR [PaymentsClient] pre-auth for RZ-448311 failed: 504 Gateway Timeout from pay-gw (retry 1/2)')
    w.add(pms2, '[Nest] 1  - @NEST@   ERROR [PaymentsClient] pre-auth for RZ-448315 failed: 504 Gateway Timeout from pay-gw (retry 1/2)')
    w.add(sq, '@EPOCH@   8003 10.52.8.31 TCP_TUNNEL/200 3877 CONNECT pay.acquirer.example:443 - HIER_DIRECT/203.0.113.40 -')
    w.add(gw, J(level="error", op="preauth", error="context deadline exceeded (Client.Timeout exceeded while awaiting headers)", timeout="8s", time="@ISOS@", message="acquirer call failed"))
    w.add(gw, J(level="warn", acquirer="primary", p99_ms=9420, timeouts_5m=41, requests_5m=338, time="@ISOS@", message="acquirer health degraded"), ev=True)
    w.add(pms, '[Nest] 1  - @NEST@     LOG [CheckinService] RZ-448311 card pre-auth approved on retry 2, key cards issued')
    w.add(pms2, '[Nest] 1  - @NEST@    WARN [CheckinService] RZ-448315 pre-auth pending, guest checked in with manual authorisation code')
    w.add(sq, '@EPOCH@   1204 10.52.8.31 TCP_TUNNEL/200 3911 CONNECT pay.acquirer.example:443 - HIER_DIRECT/203.0.113.40 -', dt=90)
    w.add(gw, J(level="info", op="preauth", latency_ms=702, acquirer="primary", time="@ISOS@", message="authorised"))
    w.add(gw, J(level="info", acquirer="primary", p99_ms=1180, timeouts_5m=0, time="@ISOS@", message="acquirer health ok"))
    w.add(pms, '[Nest] 1  - @NEST@     LOG [CheckinService] RZ-448330 card pre-auth approved, key cards issued')
    return dict(
        domain="casino", platform="gke",
        question="Check-ins stalled at the front desk for a few minutes; was it our payment gateway?",
        severity="WARN", category="timeout", component="card-acquirer",
        root_cause="The external card acquirer answered pre-authorisation calls slowly (p99 ~9.4s), beyond pay-gw's 8s client timeout; the egress proxy shows 8s tunnels and pay-gw returned 504s to the PMS.",
        summary="For a few minutes about one in eight card pre-auths timed out; retries and manual codes kept check-in going and latency returned to normal.",
        action="Raise it with the acquirer; consider automatic failover to the secondary acquirer route when pay-gw's acquirer health degrades.",
    ), w


def w_dialysis_sched_nodelocaldns(rng):
    w = Win(rng, start_time(rng))
    node = "dlys-k8s-w03"
    flux = K("flux-system", pod(rng, "kustomize-controller"), "manager", "dlys-k8s-w01")
    nld_old = K("kube-system", "node-local-dns-" + sfx(rng), "node-cache", node)
    nld_new = K("kube-system", "node-local-dns-" + sfx(rng), "node-cache", node)
    rs = hx(rng, 10)
    web = K("scheduling", pod(rng, "sched-web", rs), "gunicorn", node)
    cel = K("scheduling", pod(rng, "sched-worker"), "celery", node)
    w.add(web, '10.44.1.9 - - [@APACHE@] "GET /api/appointments/?clinic=RIV-02&date=@DAY+1@ HTTP/1.1" 200 4821 "-" "Mozilla/5.0"')
    w.add(flux, J(level="info", ts="@ISO@", msg="server-side apply completed", controller="kustomization", Kustomization={"name": "infra-dns", "namespace": "flux-system"}, revision="main@sha1:4e1d0c2b", output={"DaemonSet/kube-system/node-local-dns": "configured"}), quiet=True)
    w.add(nld_old, '[INFO] SIGTERM: Shutting down servers then terminating', ev=True)
    w.add(nld_old, '[INFO] Tearing down')
    w.add(web, 'ERROR @PY@ django.request Internal Server Error: /api/appointments/')
    w.stack(web, [
        'Traceback (most recent call last):',
        '  File "/usr/local/lib/python3.12/site-packages/django/db/backends/base/base.py", line 279, in ensure_connection',
        '    self.connect()',
        '  File "/usr/local/lib/python3.12/site-packages/psycopg2/__init__.py", line 122, in connect',
        '    conn = _connect(dsn, connection_factory=connection_factory, **kwasync)',
        'psycopg2.OperationalError: could not translate host name "sched-pg-rw.scheduling.svc.cluster.local" to address: Temporary failure in name resolution',
        'The above exception was the direct cause of the following exception:',
        'django.db.utils.OperationalError: could not translate host name "sched-pg-rw.scheduling.svc.cluster.local" to address: Temporary failure in name resolution',
    ], ev_idx=(5,))
    w.add(web, '10.44.1.9 - - [@APACHE@] "GET /api/appointments/?clinic=RIV-02&date=@DAY+1@ HTTP/1.1" 500 145 "-" "Mozilla/5.0"')
    w.add(cel, "[@PY@: WARNING/ForkPoolWorker-3] Task reminders.send_sms[6f1e2a90] retry: Retry in 10s: ConnectionError(\"HTTPSConnectionPool(host='sms.gateway.example', port=443): Failed to resolve 'sms.gateway.example' ([Errno -3] Temporary failure in name resolution)\")")
    w.add(nld_new, '[INFO] Starting node-cache image: 1.23.1', dt=12)
    w.add(nld_new, '[INFO] Added interface - nodelocaldns')
    w.add(nld_new, '[INFO] plugin/reload: Running configuration SHA512 = 8c1f2e...')
    w.add(cel, '[@PY@: INFO/ForkPoolWorker-3] Task reminders.send_sms[6f1e2a90] succeeded in 0.41s: {\'sent\': 1}')
    w.add(web, '10.44.1.9 - - [@APACHE@] "GET /api/appointments/?clinic=RIV-02&date=@DAY+1@ HTTP/1.1" 200 4821 "-" "Mozilla/5.0"')
    return dict(
        domain="dialysis", platform="kubeadm",
        question="Schedulers got a few 500 errors when opening tomorrow's appointments; why?",
        severity="WARN", category="dns_resolution", component="node-local-dns",
        root_cause="A Flux change to the node-local-dns DaemonSet restarted the DNS cache on node dlys-k8s-w03; until the new node-cache pod came up, pods on that node could not resolve names (Temporary failure in name resolution).",
        summary="Short burst of name-resolution failures on one node: the scheduling web app returned 500s and an SMS task retried, then everything recovered.",
        action="Roll node-local-dns with maxUnavailable and a fallback to kube-dns, or schedule DNS DaemonSet changes outside clinic hours.",
    ), w


def w_casino_video_node_containerd(rng):
    w = Win(rng, start_time(rng))
    node = "gke-resort-prod-pool-video-2a7c-f1m3"
    kub = {"job": "kubelet", "node": node}
    ctd = {"job": "containerd", "node": node}
    sysd = {"job": "systemd", "node": node}
    rec = K("surveillance", pod(rng, "recorder-gw"), "recorder-gw", "gke-resort-prod-pool-video-2a7c-p0qd")
    arc = K("surveillance", "video-archive-2", "archive", node)
    w.add(arc, '@ISO@ INF segment stored cam=floor-west/cam-0212 seq=418 bytes=44120511')
    w.add(ctd, 'time="@ISOU@" level=error msg="get state for 4f1e0a2b9c" error="context deadline exceeded: unknown"', ev=True)
    w.add(ctd, 'time="@ISOU@" level=error msg="failed to handle container TaskExit event" error="failed to stop container: context deadline exceeded: unknown"')
    w.add(rec, '@ISO@ WRN upload to video-archive-2 timed out after 10s, buffering segment cam-0388/419 locally')
    w.add(rec, '@ISO@ WRN upload to video-archive-2 timed out after 10s, buffering segment cam-0212/419 locally')
    w.add(kub, 'E@KLOG@    2201 kubelet.go:2392] "Skipping pod synchronization" err="PLEG is not healthy: pleg was last seen active 3m0.412s ago; threshold is 3m0s"', ev=True)
    w.add(kub, 'I@KLOG@    2201 kubelet_node_status.go:687] "Recording event message for node" node="%s" event="NodeNotReady"' % node)
    w.add(kub, 'I@KLOG@    2201 setters.go:552] "Node became not ready" node="%s" condition={"type":"Ready","status":"False","reason":"KubeletNotReady","message":"PLEG is not healthy: pleg was last seen active 3m0.412s ago; threshold is 3m0s"}' % node, ev=True)
    w.add(rec, '@ISO@ WRN video-archive-2 endpoint removed (NotReady), routing new segments to video-archive-0')
    w.add(sysd, '@SYS@ %s systemd[1]: containerd.service: Watchdog timeout (limit 3min)!' % node, ev=True)
    w.add(sysd, '@SYS@ %s systemd[1]: containerd.service: Killing process 1882 (containerd) with signal SIGABRT.' % node)
    w.add(sysd, '@SYS@ %s systemd[1]: containerd.service: Main process exited, code=dumped, status=6/ABRT' % node)
    w.add(sysd, '@SYS@ %s systemd[1]: Started containerd.service - containerd container runtime.' % node, dt=6)
    w.add(kub, 'I@KLOG@    2201 kubelet_node_status.go:687] "Recording event message for node" node="%s" event="NodeReady"' % node)
    w.add(arc, '@ISO@ INF archive ready, accepting uploads')
    w.add(rec, '@ISO@ INF flushed 14 buffered segments, 0 lost')
    w.add(rec, '@ISO@ INF upload ok cam=floor-east/cam-0388 seq=420 target=video-archive-2')
    return dict(
        domain="casino", platform="gke",
        question="Why did one archive node drop out and camera uploads buffer?",
        severity="WARN", category="node_failure", component="containerd",
        root_cause="containerd on node gke-resort-prod-pool-video-2a7c-f1m3 hung (context deadline exceeded on container state calls), so PLEG went unhealthy and the node was NotReady until systemd's watchdog restarted containerd.",
        summary="One video node was NotReady for a few minutes; the recorder buffered and rerouted segments and nothing was lost.",
        action="Check the node for the containerd hang (runtime version, disk/IO pressure) and cordon/replace it if it recurs.",
    ), w


def w_cinema_showtime_probe(rng):
    w = Win(rng, start_time(rng))
    rs = hx(rng, 10)
    n = "ip-10-42-5-201.eu-west-1.compute.internal"
    a = K("ticketing", pod(rng, "showtime-api", rs), "showtime-api", n)
    b = K("ticketing", pod(rng, "showtime-api", rs), "showtime-api", "ip-10-42-6-33.eu-west-1.compute.internal")
    ing = K("ingress-nginx", pod(rng, "ingress-nginx-controller"), "controller", "ip-10-42-1-20.eu-west-1.compute.internal")
    kub = {"job": "kubelet", "node": n}
    up = "[ticketing-showtime-api-8080] [] 10.42.5.19:8080"
    w.add(ing, '10.42.0.12 - - [@APACHE@] "GET /api/showtimes?site=MAN-02 HTTP/1.1" 200 8821 "-" "CineGoApp/5.14.2" 512 0.184 %s 8821 0.184 200 %s' % (up, hx(rng, 32)))
    w.add(a, '@HMSMS@ [io-executor-thread-14] WARN  c.c.showtime.HealthTimer - GET /health took 1412ms (jdbc 1390ms, hikari active=28/30 waiting=6)', ev=True)
    w.add(kub, 'I@KLOG@    2187 prober.go:107] "Probe failed" probeType="Readiness" pod="ticketing/%s" containerName="showtime-api" probeResult="failure" output="Get \\"http://10.42.5.19:8080/health\\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)"' % a["pod"], ev=True)
    w.add(a, '@HMSMS@ [io-executor-thread-3] INFO  c.c.showtime.ShowtimeController - site=LDN-04 showtimes=84 in 212ms')
    w.add(kub, 'I@KLOG@    2187 prober.go:107] "Probe failed" probeType="Readiness" pod="ticketing/%s" containerName="showtime-api" probeResult="failure" output="Get \\"http://10.42.5.19:8080/health\\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)"' % a["pod"], dt=10)
    w.add(ing, '@NGX@ [error] 31#31: *88211 no live upstreams while connecting to upstream, client: 10.42.0.12, server: api.cinego.example, request: "GET /api/showtimes?site=LDN-04 HTTP/1.1", upstream: "http://upstream_balancer/api/showtimes?site=LDN-04"')
    w.add(ing, '10.42.0.12 - - [@APACHE@] "GET /api/showtimes?site=LDN-04 HTTP/1.1" 503 190 "-" "CineGoApp/5.14.2" 498 0.000 [ticketing-showtime-api-8080] [] - - - - %s' % hx(rng, 32))
    w.add(b, '@HMSMS@ [io-executor-thread-7] WARN  c.c.showtime.HealthTimer - GET /health took 1180ms (jdbc 1160ms, hikari active=27/30 waiting=4)')
    w.add(b, '@HMSMS@ [io-executor-thread-2] INFO  c.c.showtime.ShowtimeController - site=MAN-02 showtimes=61 in 190ms')
    w.add(ing, '10.42.0.12 - - [@APACHE@] "GET /api/showtimes?site=BRS-03 HTTP/1.1" 200 7710 "-" "CineGoApp/5.14.2" 505 0.201 [ticketing-showtime-api-8080] [] 10.42.6.41:8080 7710 0.201 200 %s' % hx(rng, 32))
    w.add(kub, 'I@KLOG@    2187 kubelet.go:2542] "SyncLoop (probe)" probe="readiness" status="ready" pod="ticketing/%s"' % a["pod"])
    w.add(a, '@HMSMS@ [io-executor-thread-14] INFO  c.c.showtime.HealthTimer - GET /health took 640ms (jdbc 622ms)')
    w.add(kub, 'I@KLOG@    2187 prober.go:107] "Probe failed" probeType="Readiness" pod="ticketing/%s" containerName="showtime-api" probeResult="failure" output="Get \\"http://10.42.5.19:8080/health\\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)"' % a["pod"], dt=20)
    w.add(ing, '10.42.0.12 - - [@APACHE@] "GET /api/showtimes?site=MAN-02 HTTP/1.1" 200 8821 "-" "CineGoApp/5.14.2" 512 0.231 %s 8821 0.231 200 %s' % (up, hx(rng, 32)))
    w.add(a, '@HMSMS@ [io-executor-thread-9] INFO  c.c.showtime.ShowtimeController - site=MAN-02 showtimes=61 in 231ms')
    w.add(kub, 'I@KLOG@    2187 kubelet.go:2542] "SyncLoop (probe)" probe="readiness" status="ready" pod="ticketing/%s"' % a["pod"])
    return dict(
        domain="cinema", platform="eks",
        question="The app intermittently shows 'no showtimes available' at peak; what is going on?",
        severity="WARN", category="probe_failure", component="showtime-api",
        root_cause="showtime-api's readiness probe (1s timeout) hits /health, which includes a JDBC check that takes 1.2-1.4s at peak, so pods flap out of the Service while the API itself still answers in ~200ms.",
        summary="Readiness flapping leaves moments with no ready endpoints and ingress returns sporadic 503s; it clears when load drops.",
        action="Point the readiness probe at a lightweight endpoint (or drop the JDBC indicator from it) and raise timeoutSeconds.",
    ), w


def w_dialysis_hl7_proxy_chain(rng):
    w = Win(rng, start_time(rng))
    m = H("ie-mirth01.renalcare.local", "mirth")
    p2 = H("hl7-proxy02.renalcare.local", "cert-rotate")
    p2n = H("hl7-proxy02.renalcare.local", "nginx")
    p1n = H("hl7-proxy01.renalcare.local", "nginx")
    ch = "LAB_ORU_IN Destination 1 (EHR writer)"
    w.add(m, ' INFO  @PY@ [%s] c.m.c.c.http.HttpDispatcher: message 551880 sent, HTTP 201' % ch)
    w.add(p2, '@SYS@ hl7-proxy02 cert-rotate[2201]: installed /etc/pki/nginx/ehr-api.crt (serial 5A:1F:09:C3, notAfter=2027-04-30) and reloaded nginx', quiet=True)
    w.add(p1n, '10.60.2.11 - - [@APACHE@] "POST /fhir/Observation HTTP/1.1" 201 412 "-" "Mirth Connect/4.5"')
    w.add(m, ' ERROR @PY@ [%s] c.m.c.c.http.HttpDispatcher: Error connecting to https://ehr-api.renalcare.local/fhir/Observation, message 551881 queued for retry (1/10)' % ch)
    w.stack(m, [
        'javax.net.ssl.SSLHandshakeException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target',
        '\tat java.base/sun.security.ssl.Alert.createSSLException(Alert.java:130)',
        '\tat java.base/sun.security.ssl.CertificateMessage$T13CertificateConsumer.checkServerCerts(CertificateMessage.java:1318)',
        '\tat org.apache.http.conn.ssl.SSLConnectionSocketFactory.createLayeredSocket(SSLConnectionSocketFactory.java:436)',
        'Caused by: sun.security.validator.ValidatorException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target',
        '\tat java.base/sun.security.validator.PKIXValidator.doBuild(PKIXValidator.java:388)',
        'Caused by: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target',
        '\t... 31 more',
    ], ev_idx=(6,))
    w.add(p2n, '@NGX@ [info] 8812#8812: *40211 SSL_do_handshake() failed (SSL: error:0A000416:SSL routines::sslv3 alert certificate unknown:SSL alert number 46) while SSL handshaking, client: 10.60.2.11, server: 0.0.0.0:443', ev=True)
    w.add(m, ' INFO  @PY@ [%s] c.m.c.c.http.HttpDispatcher: message 551881 sent on retry 1, HTTP 201' % ch)
    w.add(p1n, '10.60.2.11 - - [@APACHE@] "POST /fhir/Observation HTTP/1.1" 201 409 "-" "Mirth Connect/4.5"')
    w.add(m, ' ERROR @PY@ [%s] c.m.c.c.http.HttpDispatcher: Error connecting to https://ehr-api.renalcare.local/fhir/Observation: PKIX path building failed, message 551884 queued for retry (1/10)' % ch)
    w.add(p2n, '@NGX@ [info] 8812#8812: *40219 SSL_do_handshake() failed (SSL: error:0A000416:SSL routines::sslv3 alert certificate unknown:SSL alert number 46) while SSL handshaking, client: 10.60.2.11, server: 0.0.0.0:443')
    w.add(m, ' INFO  @PY@ [%s] c.m.c.c.http.HttpDispatcher: message 551884 sent on retry 1, HTTP 201' % ch)
    w.add(m, ' WARN  @PY@ [Statistics] c.m.s.c.ChannelStatistics: LAB_ORU_IN errored=0 queued=2 retried=9 (last 15m)')
    return dict(
        domain="dialysis", platform="linux-host",
        question="The interface engine shows errors writing to the EHR API since this morning; is anything lost?",
        severity="WARN", category="tls_certificate", component="hl7-proxy02",
        root_cause="A certificate rotation on hl7-proxy02 installed the new EHR API certificate without its intermediate chain, so Mirth's Java client cannot build a trust path (PKIX) whenever the load balancer sends it to proxy02.",
        summary="Roughly half of the EHR writes fail their first TLS handshake and succeed on retry via hl7-proxy01; nothing is lost but latency and retries are up.",
        action="Install the full chain (leaf + intermediate) on hl7-proxy02 and reload nginx; add a chain check to the rotation script.",
    ), w


def e_casino_topup_eso_denied(rng):
    w = Win(rng, start_time(rng))
    eso = K("external-secrets", pod(rng, "external-secrets"), "external-secrets", "gke-resort-prod-pool-apps-91aa-q8zt")
    rs = hx(rng, 10)
    t1 = K("cashless", pod(rng, "topup-svc", rs), "topup-svc", "gke-resort-prod-pool-secure-5b2e-hh7d")
    t2 = K("cashless", pod(rng, "topup-svc", rs), "topup-svc", "gke-resort-prod-pool-secure-5b2e-k1s9")
    wal = K("cashless", pod(rng, "wallet-api"), "wallet-api", "gke-resort-prod-pool-secure-5b2e-hh7d")
    err = ("rpc error: code = PermissionDenied desc = Permission 'secretmanager.versions.access' denied for resource "
           "'projects/resort-prod/secrets/bank-link-api-key/versions/latest' (or it may not exist).")
    w.add(eso, J(level="error", ts="@EPOCH@", logger="controllers.ExternalSecret", msg="error retrieving secret at .data[0], key: bank-link-api-key, err: " + err, ExternalSecret={"name": "bank-link", "namespace": "cashless"}), ev=True)
    w.add(eso, J(level="error", ts="@EPOCH@", logger="controllers.ExternalSecret", msg="unable to sync secret", reason="SecretSyncedError", ExternalSecret={"name": "bank-link", "namespace": "cashless"}, refresh_interval="1h"))
    w.add(wal, '@ISO@ INFO  [ktor] WalletRoutes - POST /v2/wallets/W-88213/debit amount=25.00 device=SLOT-E14-07 200 17ms')
    w.add(t1, '@SP@ WARN  [vert.x-eventloop-thread-1] c.r.topup.BankLinkClient - POST https://api.banklink.example/v2/transfers -> 401 {"error":"invalid_api_key","detail":"key bl_live_...7c1 revoked at @DAY-1@T09:00:00Z"}', ev=True)
    w.add(t1, '@SP@ ERROR [vert.x-eventloop-thread-1] c.r.topup.TopupHandler - top-up T-991201 wallet=W-55120 amount=200.00 failed: bank link unauthorized')
    w.add(wal, '@ISO@ ERROR [ktor] TopupRoutes - top-up W-55120 failed: upstream topup-svc returned 502 Bad Gateway')
    w.add(t2, '@SP@ WARN  [vert.x-eventloop-thread-0] c.r.topup.BankLinkClient - POST https://api.banklink.example/v2/transfers -> 401 {"error":"invalid_api_key"}')
    w.add(t2, '@SP@ ERROR [vert.x-eventloop-thread-0] c.r.topup.TopupHandler - top-up T-991204 wallet=W-10442 amount=50.00 failed: bank link unauthorized')
    w.add(wal, '@ISO@ ERROR [ktor] TopupRoutes - top-up W-10442 failed: upstream topup-svc returned 502 Bad Gateway')
    w.add(t1, '@SP@ INFO  [vert.x-eventloop-thread-1] c.r.topup.SecretWatcher - bank-link secret unchanged (resourceVersion 88211042, last update 31d ago)')
    w.add(eso, J(level="error", ts="@EPOCH@", logger="controllers.ExternalSecret", msg="error retrieving secret at .data[0], key: bank-link-api-key, err: " + err, ExternalSecret={"name": "bank-link", "namespace": "cashless"}), dt=30)
    w.add(t1, '@SP@ WARN  [vert.x-eventloop-thread-1] c.r.topup.BankLinkClient - POST https://api.banklink.example/v2/transfers -> 401 {"error":"invalid_api_key"}')
    w.add(t1, '@SP@ ERROR [vert.x-eventloop-thread-1] c.r.topup.TopupHandler - top-up T-991210 wallet=W-77301 amount=500.00 failed: bank link unauthorized')
    w.add(wal, '@ISO@ ERROR [ktor] TopupRoutes - top-up W-77301 failed: upstream topup-svc returned 502 Bad Gateway')
    w.add(wal, '@ISO@ INFO  [ktor] WalletRoutes - POST /v2/wallets/W-55120/credit amount=140.00 device=CAGE-02 200 21ms')
    w.add(t2, '@SP@ INFO  [vert.x-eventloop-thread-0] c.r.topup.Stats - last 5m topups=0 ok / 37 failed (401 from bank link)')
    return dict(
        domain="casino", platform="gke",
        question="Guests cannot top up their cashless wallet from the bank app; why?",
        severity="ERROR", category="auth_failure", component="external-secrets",
        root_cause="External Secrets is denied access (PermissionDenied on secretmanager.versions.access) to the rotated bank-link API key, so the cluster secret was never updated and topup-svc still sends the revoked key, which the bank rejects with 401.",
        summary="Every bank top-up fails with 401 from the bank link; cage and slot debits/credits are unaffected.",
        action="Restore the secretAccessor permission for the External Secrets service account, force a refresh of ExternalSecret cashless/bank-link and restart topup-svc.",
    ), w


def e_dialysis_roster_argocd_config(rng):
    w = Win(rng, start_time(rng))
    argo = K("argocd", "argocd-application-controller-0", "application-controller", "dlys-k8s-w01")
    rs = hx(rng, 10)
    r1 = K("staff", pod(rng, "roster-api", rs), "roster-api", "dlys-k8s-w02")
    r2 = K("staff", pod(rng, "roster-api", rs), "roster-api", "dlys-k8s-w04")
    w.add(r1, '@SP@ [eventLoopGroupProxy-4-2] INFO  Application - 200 OK: GET - /api/roster/week/@WEEK@ in 38ms')
    w.add(argo, 'time="@ISOS@" level=info msg="Sync operation to 7a2c9e1 succeeded" application=argocd/roster-config dest-namespace=staff', quiet=True)
    w.add(r1, '@SP@ [config-watcher] INFO  ConfigReloader - application.conf changed (configmap roster-config), reloaded 42 keys')
    w.add(r2, '@SP@ [config-watcher] INFO  ConfigReloader - application.conf changed (configmap roster-config), reloaded 42 keys')
    w.add(r1, '@SP@ [eventLoopGroupProxy-4-3] INFO  Application - 200 OK: POST - /api/shift-swaps in 44ms')
    w.add(r1, '@SP@ [notify-1] ERROR NotificationService - failed to send shift-change notice swap=88121 to N-4471')
    w.stack(r1, [
        'com.renal.roster.notify.NotifyException: cannot build SMTP transport',
        '\tat com.renal.roster.notify.SmtpNotifier.transport(SmtpNotifier.kt:41)',
        '\tat com.renal.roster.notify.SmtpNotifier.send(SmtpNotifier.kt:22)',
        '\tat com.renal.roster.notify.NotificationService$dispatch$1.invokeSuspend(NotificationService.kt:77)',
        'Caused by: io.ktor.server.config.ApplicationConfigurationException: Property roster.smtp.host not found.',
        '\tat io.ktor.server.config.MapApplicationConfig.property(MapApplicationConfig.kt:63)',
        '\tat com.renal.roster.notify.SmtpNotifier.transport(SmtpNotifier.kt:38)',
        '\t... 9 more',
    ], ev_idx=(4,))
    w.add(r2, '@SP@ [notify-2] ERROR NotificationService - failed to send shift-change notice swap=88124 to N-3310: NotifyException: cannot build SMTP transport')
    w.add(r2, '@SP@ [notify-2] ERROR NotificationService - failed to send roster-published notice clinic=OAK-01: NotifyException: cannot build SMTP transport')
    w.add(r1, '@SP@ [notify-1] WARN  NotificationService - 57 notifications in dead-letter queue')
    w.add(r2, '@SP@ [eventLoopGroupProxy-4-1] INFO  Application - 200 OK: GET - /api/roster/week/@WEEK+1@ in 41ms')
    w.add(r1, '@SP@ [notify-1] ERROR NotificationService - failed to send shift-change notice swap=88130 to N-5120: NotifyException: cannot build SMTP transport')
    return dict(
        domain="dialysis", platform="kubeadm",
        question="Nurses stopped getting shift-change emails this afternoon; why?",
        severity="ERROR", category="config_error", component="roster-api",
        root_cause="An Argo CD sync of the roster-config ConfigMap changed roster-api's application.conf so that roster.smtp.host no longer exists; after hot reload every notification fails with ApplicationConfigurationException.",
        summary="Roster pages and swaps work, but all shift-change and roster-published emails fail and pile up in the dead-letter queue.",
        action="Restore roster.smtp.host in the roster-config ConfigMap (revert the sync or fix the key name) and replay the dead-letter queue.",
    ), w


def e_casino_comps_pg_clients(rng):
    w = Win(rng, start_time(rng))
    rs = hx(rng, 10)
    c1 = K("loyalty", pod(rng, "comps-api", rs), "gunicorn", "gke-resort-prod-pool-apps-91aa-q8zt")
    c2 = K("loyalty", pod(rng, "comps-api", rs), "gunicorn", "gke-resort-prod-pool-apps-91aa-zz81")
    rep = K("loyalty", "comps-report-29611440-" + sfx(rng), "report", "gke-resort-prod-pool-batch-0c9e-m1r2")
    pg = K("loyalty", "loyalty-pg-0", "postgres", "gke-resort-prod-pool-data-77c0-b21x")
    ua = '"PlayerClub-Kiosk/3.2"'
    w.add(c1, '10.52.9.40 - - [@APACHE@] "POST /api/comps/redeem HTTP/1.1" 200 311 "-" ' + ua)
    w.add(rep, 'INFO @PY@ comps.report starting comp liability report period=@YM-@ workers=120 (one DB connection per worker)', quiet=True)
    w.add(pg, '@PG@ [30211] FATAL:  sorry, too many clients already', ev=True)
    w.add(c2, 'ERROR @PY@ django.request Internal Server Error: /api/comps/redeem')
    w.stack(c2, [
        'Traceback (most recent call last):',
        '  File "/usr/local/lib/python3.12/site-packages/django/db/backends/base/base.py", line 279, in ensure_connection',
        '    self.connect()',
        'psycopg2.OperationalError: connection to server at "loyalty-pg" (10.52.6.20), port 5432 failed: FATAL:  sorry, too many clients already',
        'The above exception was the direct cause of the following exception:',
        '  File "/app/comps/views.py", line 88, in redeem',
        '    with transaction.atomic():',
        'django.db.utils.OperationalError: connection to server at "loyalty-pg" (10.52.6.20), port 5432 failed: FATAL:  sorry, too many clients already',
    ], ev_idx=(3,))
    w.add(c2, '10.52.9.41 - - [@APACHE@] "POST /api/comps/redeem HTTP/1.1" 500 145 "-" ' + ua)
    w.add(pg, '@PG@ [30219] FATAL:  remaining connection slots are reserved for non-replication superuser connections')
    w.add(c1, 'ERROR @PY@ django.request Internal Server Error: /api/players/P-2291044/tier')
    w.add(c1, '10.52.9.40 - - [@APACHE@] "GET /api/players/P-2291044/tier HTTP/1.1" 500 145 "-" ' + ua)
    w.add(c1, '@GUNI@ [1] [CRITICAL] WORKER TIMEOUT (pid:88)')
    w.add(rep, 'INFO @PY@ comps.report partitions done=18/120 rows=2210481')
    w.add(c2, '10.52.9.44 - - [@APACHE@] "POST /api/comps/redeem HTTP/1.1" 500 145 "-" ' + ua)
    return dict(
        domain="casino", platform="gke",
        question="Comp redemptions at the player club kiosks are failing; what is wrong?",
        severity="ERROR", category="database", component="comps-report",
        root_cause="The monthly comps-report job started 120 workers, each holding its own PostgreSQL connection, exhausting max_connections on loyalty-pg; the comps API then gets 'sorry, too many clients already'.",
        summary="Comp redemptions and tier lookups return 500 while the report job holds almost all database connections.",
        action="Stop or throttle comps-report (fewer workers, a pooled connection via PgBouncer, or a read replica) and reserve connections for comps-api.",
    ), w


def e_casino_booking_caddy_expired(rng):
    w = Win(rng, start_time(rng))
    cad = H("web-edge01.resort.example", "caddy")
    ota = H("chanmgr01.resort.lan", "channel-manager")
    host = "book.resort.example"
    acme_err = 'HTTP 403 urn:ietf:params:acme:error:unauthorized - Cannot negotiate ALPN protocol "acme-tls/1" for tls-alpn-01 challenge'
    w.add(cad, J(level="info", ts="@EPOCH@", logger="tls.renew", msg="renewing certificate", identifier=host, remaining=-97211.4))
    w.add(cad, J(level="info", ts="@EPOCH@", logger="tls.issuance.acme.acme_client", msg="trying to solve challenge", identifier=host, challenge_type="tls-alpn-01"))
    w.add(cad, J(level="error", ts="@EPOCH@", logger="tls.issuance.acme.acme_client", msg="challenge failed", identifier=host, challenge_type="tls-alpn-01", problem={"type": "urn:ietf:params:acme:error:unauthorized", "detail": 'Cannot negotiate ALPN protocol "acme-tls/1" for tls-alpn-01 challenge', "status": 403}), ev=True)
    w.add(cad, J(level="error", ts="@EPOCH@", logger="tls.renew", msg="could not get certificate from issuer", identifier=host, issuer="acme-v02.api.letsencrypt.org-directory", error=acme_err), ev=True)
    w.add(cad, J(level="error", ts="@EPOCH@", logger="tls.renew", msg="will retry", error="[%s] Renew: " % host + acme_err, attempt=41, retrying_in=21600, elapsed=876211.1))
    w.add(cad, J(level="debug", ts="@EPOCH@", logger="http.stdlib", msg="http: TLS handshake error from 198.51.100.23:51122: remote error: tls: bad certificate"))
    w.add(ota, '@SP@ ERROR [sync-3] c.r.chan.OtaPush - push availability to https://book.resort.example/api/ota failed: javax.net.ssl.SSLHandshakeException: PKIX path validation failed: java.security.cert.CertPathValidatorException: validity check failed')
    w.add(ota, '@SP@ ERROR [sync-3] c.r.chan.OtaPush - Caused by: java.security.cert.CertificateExpiredException: NotAfter: @JDATE-1@', dt=0.001, ev=True)
    w.add(cad, J(level="debug", ts="@EPOCH@", logger="http.stdlib", msg="http: TLS handshake error from 203.0.113.77:40912: remote error: tls: bad certificate"))
    w.add(cad, J(level="info", ts="@EPOCH@", logger="http.log.access", msg="handled request", request={"host": host, "uri": "/rooms", "proto": "HTTP/2.0"}, status=200, duration=0.041, note="client accepted expired cert"))
    w.add(ota, '@SP@ ERROR [sync-1] c.r.chan.OtaPush - push rates to https://book.resort.example/api/ota failed: SSLHandshakeException (certificate expired)')
    w.add(cad, J(level="debug", ts="@EPOCH@", logger="http.stdlib", msg="http: TLS handshake error from 198.51.100.61:33012: remote error: tls: bad certificate"))
    w.add(ota, '@SP@ WARN  [sync-1] c.r.chan.OtaPush - 412 availability updates pending, OTA inventory may oversell')
    w.add(cad, J(level="debug", ts="@EPOCH@", logger="http.stdlib", msg="http: TLS handshake error from 192.0.2.18:55710: remote error: tls: bad certificate"))
    w.add(ota, '@SP@ ERROR [sync-2] c.r.chan.OtaPush - push availability failed: SSLHandshakeException (certificate expired)')
    return dict(
        domain="casino", platform="linux-host",
        question="The hotel booking site shows a security warning and the channel manager cannot push availability; why?",
        severity="ERROR", category="tls_certificate", component="caddy",
        root_cause="Caddy on web-edge01 has been failing to renew the book.resort.example certificate for days (ACME tls-alpn-01 challenge unauthorized), so the certificate expired and clients reject the handshake.",
        summary="Browsers and the channel manager refuse the expired certificate; bookings and OTA availability pushes are failing.",
        action="Fix the ACME challenge path (let tls-alpn-01 reach Caddy on :443 or switch to http-01/dns-01), force a renewal and verify the new certificate.",
    ), w


def e_dialysis_cassandra_repair_timeout(rng):
    w = Win(rng, start_time(rng))
    c2 = K("telemetry", "cassandra-2", "cassandra", "dlys-k8s-w06")
    c1 = K("telemetry", "cassandra-1", "cassandra", "dlys-k8s-w05")
    rs = hx(rng, 10)
    tw1 = K("telemetry", pod(rng, "treatment-writer", rs), "writer", "dlys-k8s-w03")
    tw2 = K("telemetry", pod(rng, "treatment-writer", rs), "writer", "dlys-k8s-w02")
    w.add(tw1, J(level="info", rows=5000, ms=61, time="@ISOS@", message="treatment samples persisted"))
    w.add(c2, 'INFO  [Repair-Task-2] @PY@ RepairRunnable.java:141 - Starting repair command #1 (4e2f1a90-3b7c-11f1-9d2a-6b1c0e8f2a11), repairing keyspace telemetry with repair options (parallelism: parallel, primary range: false, incremental: false, job threads: 4, ColumnFamilies: [], dataCenters: [], hosts: [], previewKind: NONE, # of ranges: 256)', quiet=True)
    w.add(c2, 'INFO  [CompactionExecutor:41] @PY@ CompactionTask.java:253 - Compacting (validation) telemetry.treatment_samples, 88 sstables')
    w.add(c1, 'INFO  [Service Thread] @PY@ GCInspector.java:285 - G1 Young Generation GC in 1203ms.  G1 Eden Space: 2147483648 -> 0')
    w.add(c1, 'INFO  [ScheduledTasks:1] @PY@ MessagingMetrics.java:206 - MUTATION_REQ messages were dropped in last 5000 ms: 0 internal and 1822 cross node. Mean internal dropped latency: 0 ms and Mean cross-node dropped latency: 2411 ms', ev=True)
    w.add(tw1, J(level="error", error="Operation timed out for telemetry.treatment_samples - received only 1 responses from 2 CL=LOCAL_QUORUM.", attempt=1, time="@ISOS@", message="write timeout"), ev=True)
    w.add(tw2, J(level="error", error="Operation timed out for telemetry.treatment_samples - received only 1 responses from 2 CL=LOCAL_QUORUM.", attempt=1, time="@ISOS@", message="write timeout"), dt=0.3)
    w.add(tw1, J(level="error", error="gocql: no response received from cassandra within timeout period", attempt=2, time="@ISOS@", message="write timeout"))
    w.add(c2, 'WARN  [ReadStage-3] @PY@ NoSpamLogger.java:95 - Validation of telemetry.treatment_samples taking 48s, streaming 12.4GiB to /10.45.3.12')
    w.add(tw2, J(level="error", error="gocql: no response received from cassandra within timeout period", attempt=3, dropped_rows=5000, time="@ISOS@", message="giving up on batch, samples sent to spill file"))
    w.add(tw1, J(level="error", error="Operation timed out for telemetry.treatment_samples - received only 1 responses from 2 CL=LOCAL_QUORUM.", attempt=3, dropped_rows=5000, time="@ISOS@", message="giving up on batch, samples sent to spill file"))
    w.add(c1, 'INFO  [ScheduledTasks:1] @PY@ MessagingMetrics.java:206 - MUTATION_REQ messages were dropped in last 5000 ms: 0 internal and 2904 cross node. Mean internal dropped latency: 0 ms and Mean cross-node dropped latency: 3120 ms')
    w.add(tw2, J(level="warn", spill_bytes=481220112, time="@ISOS@", message="spill file growing"))
    w.add(tw1, J(level="error", error="Operation timed out for telemetry.treatment_samples - received only 1 responses from 2 CL=LOCAL_QUORUM.", attempt=1, time="@ISOS@", message="write timeout"))
    w.add(tw1, J(level="warn", p99_ms=4920, timeouts_1m=212, time="@ISOS@", message="cassandra write latency high"))
    w.add(c1, 'INFO  [Service Thread] @PY@ GCInspector.java:285 - G1 Young Generation GC in 1388ms.  G1 Eden Space: 2147483648 -> 0')
    return dict(
        domain="dialysis", platform="kubeadm",
        question="Why are treatment samples failing to save to the telemetry database?",
        severity="ERROR", category="timeout", component="cassandra",
        root_cause="A full, parallel repair of the telemetry keyspace was started on cassandra-2 during treatment hours; validation compaction and streaming overload the replicas, which drop mutations, so LOCAL_QUORUM writes time out.",
        summary="treatment-writer hits write timeouts and spills batches to disk for the duration of the repair.",
        action="Stop the running repair (nodetool repair_admin / stop validation) and reschedule it as incremental, sequential, subrange repair outside treatment hours; replay the spill files.",
    ), w


def e_cinema_kdm_fetcher_image(rng):
    w = Win(rng, start_time(rng))
    node = "ip-10-42-5-201.eu-west-1.compute.internal"
    flux = K("flux-system", pod(rng, "image-automation-controller"), "manager", "ip-10-42-1-20.eu-west-1.compute.internal")
    podn = "kdm-fetcher-29611500-" + sfx(rng)
    kub = {"job": "kubelet", "node": node}
    tms = H("tms-ldn04.cine.lan", "tms-agent")
    img = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/cine/kdm-fetcher:2.4.0"
    w.add(flux, J(level="info", ts="@ISO@", msg="pushed commit to origin", controller="imageupdateautomation", ImageUpdateAutomation={"name": "cine-apps", "namespace": "flux-system"}, revision="a81c3d2", branch="main", changes="kdm/cronjob.yaml: cine/kdm-fetcher 2.3.7 -> 2.4.0"), ev=True)
    w.add(kub, 'I@KLOG@    2187 kuberuntime_manager.go:1057] "Pulling image" image="%s"' % img)
    w.add(kub, 'E@KLOG@    2187 remote_image.go:180] "PullImage from image service failed" err="rpc error: code = NotFound desc = failed to pull and unpack image \\"%s\\": failed to resolve reference \\"%s\\": %s: not found" image="%s"' % (img, img, img, img), ev=True)
    w.add(kub, 'E@KLOG@    2187 pod_workers.go:1298] "Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"fetcher\\" with ErrImagePull" pod="kdm/%s"' % podn)
    w.add(kub, 'I@KLOG@    2187 kuberuntime_manager.go:1057] "Back-off pulling image" image="%s"' % img, dt=15)
    w.add(kub, 'E@KLOG@    2187 pod_workers.go:1298] "Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"fetcher\\" with ImagePullBackOff: \\"Back-off pulling image \\\\\\"%s\\\\\\"\\"" pod="kdm/%s"' % (img, podn))
    w.add(tms, '@SP@ WARN  [kdm-poll] c.c.tms.KdmPoller - no new KDM bundle for site LDN-04 since 26h (last fetch id 88120)')
    w.add(tms, '@SP@ ERROR [kdm-check] c.c.tms.ShowValidator - screen 3 show 18:00 "Harbour Ghosts": no valid KDM for CPL urn:uuid:91c2e4a0 (current key expires @DAY@T23:59Z)')
    w.add(tms, '@SP@ ERROR [kdm-check] c.c.tms.ShowValidator - screen 5 show 18:20 "Harbour Ghosts": no valid KDM for CPL urn:uuid:91c2e4a0')
    w.add(kub, 'I@KLOG@    2187 kuberuntime_manager.go:1057] "Back-off pulling image" image="%s"' % img, dt=60)
    w.add(tms, '@SP@ WARN  [kdm-poll] c.c.tms.KdmPoller - no new KDM bundle for site LDN-04 since 26h (last fetch id 88120)')
    w.add(kub, 'E@KLOG@    2187 pod_workers.go:1298] "Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"fetcher\\" with ImagePullBackOff" pod="kdm/%s"' % podn)
    w.add(tms, '@SP@ ERROR [kdm-check] c.c.tms.ShowValidator - screen 7 show 19:30 "Harbour Ghosts": no valid KDM for CPL urn:uuid:91c2e4a0')
    w.add(tms, '@SP@ INFO  [show-sched] screen 1 show 17:45 "Northern Lights" KDM ok, ready')
    w.add(kub, 'I@KLOG@    2187 kuberuntime_manager.go:1057] "Back-off pulling image" image="%s"' % img, dt=60)
    return dict(
        domain="cinema", platform="eks",
        question="Tonight's shows at LDN-04 are flagged 'no valid key'; why did the KDM fetch not run?",
        severity="ERROR", category="image_pull", component="kdm-fetcher",
        root_cause="Flux image automation bumped the kdm-fetcher CronJob to tag 2.4.0, which does not exist in ECR, so every run fails with ErrImagePull/ImagePullBackOff (not found) and no new KDMs are fetched.",
        summary="The KDM fetch job has not run for a day; several evening shows have no valid key.",
        action="Pin kdm-fetcher back to 2.3.7 (or publish 2.4.0), run the job manually to fetch tonight's KDMs and tighten the image policy to tags that exist.",
    ), w


def e_dialysis_order_validation_nfe(rng):
    w = Win(rng, start_time(rng))
    rs = hx(rng, 10)
    v1 = K("pharmacy", pod(rng, "order-validation", rs), "order-validation", "dlys-k8s-w02")
    v2 = K("pharmacy", pod(rng, "order-validation", rs), "order-validation", "dlys-k8s-w05")
    ui = K("pharmacy", pod(rng, "pharmacy-ui"), "nginx", "dlys-k8s-w03")
    w.add(v1, '@HMSMS@ [default-nioEventLoopGroup-1-2] INFO  c.r.o.validation.OrderValidator - order RX-2203302 clinic=RIV-02 drug=EPO-ALFA dose="40 IU/kg" valid')
    w.add(v2, '@HMSMS@ [default-nioEventLoopGroup-1-4] ERROR i.m.http.server.RouteExecutor - Unexpected error occurred: Failed to validate order RX-2203311')
    w.stack(v2, [
        'io.micronaut.http.server.exceptions.InternalServerException: Failed to validate order RX-2203311',
        '\tat com.renal.orders.validation.OrderValidator.validate(OrderValidator.java:88)',
        '\tat com.renal.orders.validation.$OrderController$Definition$Exec.dispatch(Unknown Source)',
        '\tat io.micronaut.context.AbstractExecutableMethodsDefinition$DispatchedExecutableMethod.invoke(AbstractExecutableMethodsDefinition.java:456)',
        'Caused by: com.renal.orders.dose.DoseParseException: cannot parse dose "2,5 mg/kg" for drug IRON-SUCROSE (clinic LIS-01)',
        '\tat com.renal.orders.dose.DoseParser.parse(DoseParser.java:54)',
        'Caused by: java.lang.NumberFormatException: For input string: "2,5"',
        '\tat java.base/jdk.internal.math.FloatingDecimal.readJavaFormatString(FloatingDecimal.java:2054)',
        '\tat java.base/java.lang.Double.parseDouble(Double.java:792)',
        '\tat com.renal.orders.dose.DoseParser.parse(DoseParser.java:49)',
    ], ev_idx=(4, 6))
    w.add(ui, '10.44.7.21 - - [@APACHE@] "POST /api/orders/RX-2203311/validate HTTP/1.1" 500 112 "-" "Mozilla/5.0"')
    w.add(v1, '@HMSMS@ [default-nioEventLoopGroup-1-3] ERROR i.m.http.server.RouteExecutor - Unexpected error occurred: Failed to validate order RX-2203315 (NumberFormatException: For input string: "1,25")')
    w.add(ui, '10.44.7.21 - - [@APACHE@] "POST /api/orders/RX-2203315/validate HTTP/1.1" 500 112 "-" "Mozilla/5.0"')
    w.add(v2, '@HMSMS@ [default-nioEventLoopGroup-1-1] INFO  c.r.o.validation.OrderValidator - order RX-2203316 clinic=OAK-01 drug=HEPARIN dose="1000 IU" valid')
    w.add(v1, '@HMSMS@ [default-nioEventLoopGroup-1-3] ERROR i.m.http.server.RouteExecutor - Unexpected error occurred: Failed to validate order RX-2203320 (NumberFormatException: For input string: "0,5")')
    w.add(ui, '10.44.7.21 - - [@APACHE@] "POST /api/orders/RX-2203320/validate HTTP/1.1" 500 112 "-" "Mozilla/5.0"')
    return dict(
        domain="dialysis", platform="kubeadm",
        question="Pharmacists at the new clinic cannot validate medication orders; what is failing?",
        severity="ERROR", category="application_error", component="order-validation",
        root_cause="order-validation's DoseParser uses Double.parseDouble on doses entered with a decimal comma (\"2,5 mg/kg\") by the newly onboarded LIS-01 clinic, throwing NumberFormatException, which surfaces as HTTP 500.",
        summary="Every order with a comma-decimal dose fails validation with a 500; orders from other clinics validate normally.",
        action="Fix DoseParser to parse locale-aware decimals (or normalise input in the UI), deploy, and re-validate the failed orders.",
    ), w


def e_casino_cage_keda_zero(rng):
    w = Win(rng, start_time(rng))
    keda = K("keda", pod(rng, "keda-operator"), "keda-operator", "gke-resort-prod-pool-apps-91aa-q8zt")
    rs = hx(rng, 10)
    c1 = K("cage", pod(rng, "cage-service", rs), "cage-service", "gke-resort-prod-pool-secure-5b2e-hh7d")
    c2 = K("cage", pod(rng, "cage-service", rs), "cage-service", "gke-resort-prod-pool-secure-5b2e-k1s9")
    led = K("cage", pod(rng, "cage-ledger"), "cage-ledger", "gke-resort-prod-pool-secure-5b2e-k1s9")
    w.add(led, '@ISO@ INFO  [ktor] LedgerRoutes - POST /v1/ledger/entries window=CAGE-02 type=CHIP_PURCHASE 201 12ms')
    w.add(keda, J(level="info", ts="@ISO@", logger="scaleexecutor", msg="Successfully set ScaleTarget replicas count to ScaledObject minReplicaCount", **{"scaledobject.Name": "cage-ledger", "scaledObject.Namespace": "cage", "scaleTarget.Name": "cage-ledger", "Original Replicas Count": 2, "New Replicas Count": 0}), quiet=True)
    w.add(led, '@ISO@ INFO  [main] ApplicationEngine - Application stopping (SIGTERM), in-flight=0')
    w.add(c1, '@ISO@ ERROR [ktor] CageRoutes - POST /v1/cage/transactions window=CAGE-04 type=MARKER_ISSUE failed')
    w.stack(c1, [
        'com.resort.cage.LedgerUnavailableException: ledger write failed for txn CG-7730121',
        '\tat com.resort.cage.LedgerClient.post(LedgerClient.kt:64)',
        '\tat com.resort.cage.CageService.issueMarker(CageService.kt:112)',
        'Caused by: java.net.ConnectException: Connection refused',
        '\tat java.base/sun.nio.ch.Net.pollConnectNow(Net.java:672)',
        '\tat io.ktor.network.sockets.SocketImpl.connect$ktor_network(SocketImpl.kt:50)',
    ], ev_idx=(3,))
    w.add(c2, '@ISO@ ERROR [ktor] CageRoutes - POST /v1/cage/transactions window=CAGE-01 type=CHIP_PURCHASE failed: LedgerUnavailableException (Connection refused: cage-ledger.cage.svc.cluster.local/10.56.14.9:8080)')
    w.add(c1, '@ISO@ WARN  [ktor] LedgerClient - circuit OPEN for cage-ledger after 5 consecutive failures (Connection refused)')
    w.add(c2, '@ISO@ ERROR [ktor] CageRoutes - POST /v1/cage/transactions window=CAGE-03 type=CASH_OUT failed: LedgerUnavailableException (circuit open)')
    w.add(c1, '@ISO@ ERROR [ktor] CageRoutes - POST /v1/cage/transactions window=CAGE-04 type=CHIP_PURCHASE failed: LedgerUnavailableException (circuit open)')
    w.add(c2, '@ISO@ WARN  [ktor] LedgerClient - half-open probe to cage-ledger failed: Connection refused', dt=30)
    w.add(c1, '@ISO@ ERROR [ktor] CageRoutes - POST /v1/cage/transactions window=CAGE-02 type=CASH_OUT failed: LedgerUnavailableException (circuit open)')
    w.add(keda, J(level="info", ts="@ISO@", logger="scaleexecutor", msg="ScaledObject is not active, keeping replicas at 0", **{"scaledobject.Name": "cage-ledger", "trigger": "kafka lag=0"}))
    return dict(
        domain="casino", platform="gke",
        question="Cage windows cannot issue markers or cash out; what is failing?",
        severity="ERROR", category="connection_refused", component="cage-ledger",
        root_cause="KEDA scaled cage-ledger to zero replicas because its ScaledObject (Kafka-lag trigger, minReplicaCount 0) saw no lag, but cage-service calls the ledger synchronously over HTTP, so its Service has no endpoints and connections are refused.",
        summary="All cage transactions that need a ledger write fail; cage-service's circuit breaker is open.",
        action="Scale cage-ledger back up now and set the ScaledObject minReplicaCount to at least 2 (or remove KEDA scale-to-zero for this synchronous service).",
    ), w


def e_dialysis_fhir_quota(rng):
    w = Win(rng, start_time(rng))
    m = H("ie-mirth02.renalcare.local", "mirth")
    live = "LAB_ORU_IN Destination 1 (FHIR store)"
    back = "LAB_BACKFILL Destination 1 (FHIR store)"
    body = '{"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"throttled","diagnostics":"Quota exceeded for quota metric \'FHIR write requests\' and limit \'per minute per project\' of service healthcare.googleapis.com"}]}'
    w.add(m, ' INFO  @PY@ [%s] c.m.c.c.http.HttpDispatcher: batch 8812 sent, 500 Observation resources, HTTP 200' % back, ev=True)
    w.add(m, ' INFO  @PY@ [LAB_BACKFILL Source] c.m.c.c.js.JavaScriptReceiver: backfill progress @DAY-88@ of @DAY-1@, 412220 results queued, rate 6000/min', ev=True)
    w.add(m, ' ERROR @PY@ [%s] c.m.c.c.http.HttpDispatcher: HTTP 429 Too Many Requests for message 661201, Retry-After: 60, body: %s' % (live, body), ev=True)
    w.add(m, ' ERROR @PY@ [%s] c.m.c.c.http.HttpDispatcher: HTTP 429 Too Many Requests for message 661202, Retry-After: 60' % live, dt=0.4)
    w.add(m, ' WARN  @PY@ [%s] c.m.c.d.DestinationConnector: queue size 884, oldest message age 00:47:10' % live)
    w.add(m, ' INFO  @PY@ [%s] c.m.c.c.http.HttpDispatcher: batch 8813 sent, 500 Observation resources, HTTP 200' % back)
    w.add(m, ' ERROR @PY@ [%s] c.m.c.c.http.HttpDispatcher: HTTP 429 Too Many Requests for message 661203, Retry-After: 60' % live)
    w.add(m, ' ERROR @PY@ [ADT_A04_OUT Destination 2 (FHIR store)] c.m.c.c.http.HttpDispatcher: HTTP 429 Too Many Requests for message 88120, Retry-After: 60')
    w.add(m, ' INFO  @PY@ [LAB_ORU_IN Source] c.m.c.d.DonkeyEngine: ORU^R01 ctrl=QL88214410 received, ACK AA sent')
    w.add(m, ' ERROR @PY@ [%s] c.m.c.c.http.HttpDispatcher: HTTP 429 Too Many Requests for message 661204, Retry-After: 60' % live, dt=60)
    w.add(m, ' INFO  @PY@ [%s] c.m.c.c.http.HttpDispatcher: batch 8814 sent, 500 Observation resources, HTTP 200' % back)
    w.add(m, ' WARN  @PY@ [%s] c.m.c.d.DestinationConnector: queue size 1341, oldest message age 00:48:22' % live)
    w.add(m, ' ERROR @PY@ [%s] c.m.c.c.http.HttpDispatcher: HTTP 429 Too Many Requests for message 661205, Retry-After: 60' % live)
    w.add(m, ' INFO  @PY@ [LAB_ORU_IN Source] c.m.c.d.DonkeyEngine: ORU^R01 ctrl=QL88214411 received, ACK AA sent')
    w.add(m, ' WARN  @PY@ [Alert] c.m.s.a.AlertWorker: alert "lab results latency" fired: LAB_ORU_IN oldest queued 48m > 15m')
    w.add(m, ' ERROR @PY@ [%s] c.m.c.c.http.HttpDispatcher: HTTP 429 Too Many Requests for message 661206, Retry-After: 60' % live)
    return dict(
        domain="dialysis", platform="linux-host",
        question="Potassium and haemoglobin results are taking almost an hour to appear in the chart; why?",
        severity="ERROR", category="rate_limited", component="LAB_BACKFILL",
        root_cause="The LAB_BACKFILL channel is replaying three months of results at ~6,000 resources a minute into the FHIR store, using up the project's per-minute write quota, so the live lab and ADT channels get HTTP 429 and queue.",
        summary="Live lab results are queued for ~48 minutes behind the backfill and the queue keeps growing.",
        action="Pause or rate-limit the LAB_BACKFILL channel (or run it off-hours / raise the quota) so live channels can drain their queues.",
    ), w


def e_casino_archive_rbd_multiattach(rng):
    w = Win(rng, start_time(rng))
    node = "surv-k8s-w07"
    kub = {"job": "kubelet", "node": node}
    csi = K("rook-ceph", "csi-rbdplugin-" + sfx(rng), "csi-rbdplugin", node)
    ctl = K("kube-system", "kube-controller-manager-surv-k8s-cp1", "kube-controller-manager", "surv-k8s-cp1")
    rec = K("surveillance", pod(rng, "recorder-gw"), "recorder-gw", "surv-k8s-w03")
    pvc = "pvc-8c1e4f20-7a1b-4d5c-9e0f-1a2b3c4d5e6f"
    vol = "replicapool/csi-vol-2f1e77a0-3c4d-11f1-8b21-0a58ac1e0411"
    w.add(ctl, 'W@KLOG@       1 reconciler.go:370] "attacherDetacher.AttachVolume failed to start" err="Multi-Attach error for volume \\"%s\\" Volume is already exclusively attached to one node and can\'t be attached to another" pod="surveillance/video-archive-1"' % pvc, ev=True)
    w.add(rec, '@ISO@ WRN video-archive-1 has no ready endpoint, buffering segments for its shard locally')
    w.add(kub, 'E@KLOG@    3011 nestedpendingoperations.go:348] Operation for "{volumeName:kubernetes.io/csi/rook-ceph.rbd.csi.ceph.com^0001-0009-rook-ceph-0000000000000002-2f1e77a0 podName: nodeName:}" failed. No retries permitted until +2m2s. Error: MountVolume.MountDevice failed for volume "%s" : rpc error: code = Internal desc = rbd image %s is still being used' % (pvc, vol), ev=True)
    w.add(csi, 'E@KLOG@ 1 utils.go:210] ID: 4211 Req-ID: 0001-0009-rook-ceph-0000000000000002-2f1e77a0 GRPC error: rpc error: code = Internal desc = rbd image %s is still being used' % vol)
    w.add(csi, 'I@KLOG@ 1 rbd_util.go:612] ID: 4211 rbd: watchers on image %s: [{addr: 10.60.2.17:0/3321021 client: 884211 cookie: 18446462598732840961}] (node surv-k8s-w04, NotReady since 41m)' % vol, ev=True)
    w.add(kub, 'E@KLOG@    3011 pod_workers.go:1298] "Error syncing pod, skipping" err="unmounted volumes=[archive], unattached volumes=[], failed to process volumes=[]: context deadline exceeded" pod="surveillance/video-archive-1"')
    w.add(rec, '@ISO@ WRN video-archive-1 has no ready endpoint, buffering segments for its shard locally')
    w.add(rec, '@ISO@ ERR local buffer 91% full (182 GiB), oldest unuploaded segment cam-0007/seq 8821 from 40m ago')
    w.add(ctl, 'W@KLOG@       1 reconciler.go:370] "attacherDetacher.AttachVolume failed to start" err="Multi-Attach error for volume \\"%s\\" Volume is already exclusively attached to one node and can\'t be attached to another" pod="surveillance/video-archive-1"' % pvc, dt=60)
    w.add(rec, '@ISO@ ERR segment cam-0388/seq 9012 dropped: buffer full for video-archive-1 shard (cameras floor-east)')
    w.add(kub, 'E@KLOG@    3011 nestedpendingoperations.go:348] Operation for "{volumeName:kubernetes.io/csi/rook-ceph.rbd.csi.ceph.com^0001-0009-rook-ceph-0000000000000002-2f1e77a0}" failed. No retries permitted until +2m2s. Error: MountVolume.MountDevice failed: rbd image %s is still being used' % vol)
    w.add(rec, '@ISO@ INF uploads to video-archive-0 and video-archive-2 ok (other shards)')
    w.add(rec, '@ISO@ ERR segment cam-0391/seq 9013 dropped: buffer full for video-archive-1 shard (cameras floor-east)')
    w.add(csi, 'I@KLOG@ 1 utils.go:198] ID: 4230 GRPC call: /csi.v1.Node/NodeStageVolume')
    w.add(csi, 'E@KLOG@ 1 utils.go:210] ID: 4230 GRPC error: rpc error: code = Internal desc = rbd image %s is still being used' % vol)
    return dict(
        domain="casino", platform="rke2",
        question="video-archive-1 has been stuck in ContainerCreating since the node failure; what is blocking it?",
        severity="ERROR", category="storage", component="ceph-rbd",
        root_cause="The archive volume's RBD image is still attached and watched by the dead node surv-k8s-w04, so the rescheduled video-archive-1 gets Multi-Attach and 'rbd image is still being used' and cannot mount its volume.",
        summary="One archive shard is down; the recorder is buffering and has started dropping floor-east camera segments.",
        action="Fence the dead node, blacklist its RBD client and delete the stale VolumeAttachment so the volume can attach on surv-k8s-w07.",
    ), w


def e_cinema_tms_samba_expired(rng):
    w = Win(rng, start_time(rng))
    pb = "pb-ldn04-s04"
    smb = H(pb, "samba")
    tms = H("tms-ldn04.cine.lan", "tms")
    kern = H("tms-ldn04.cine.lan", "kernel")
    w.add(tms, '@SP@ INFO  [ingest-q] c.c.tms.IngestQueue - job 4412 copy DCP "Harbour Ghosts" (412 GiB) to screen 4 (\\\\%s\\dcp) queued' % pb)
    w.add(smb, '@SMB@,  2] ../../source3/auth/auth.c:345(auth_check_ntlm_password)')
    w.add(smb, '  check_ntlm_password:  Authentication for user [svc-tms] -> [svc-tms] FAILED with error NT_STATUS_PASSWORD_EXPIRED, authoritative=1', dt=0.001, ev=True)
    w.add(kern, '@SYS@ tms-ldn04 kernel: CIFS: VFS: \\\\%s Send error in SessSetup = -13' % pb)
    w.add(kern, '@SYS@ tms-ldn04 kernel: CIFS: VFS: cifs_mount failed w/return code = -13', dt=0.002)
    w.add(tms, '@SP@ ERROR [ingest-q] c.c.tms.IngestQueue - job 4412 failed: mount error(13): Permission denied (\\\\%s\\dcp as svc-tms)' % pb)
    w.add(tms, '@SP@ ERROR [ingest-q] c.c.tms.IngestQueue - job 4413 copy DCP "Harbour Ghosts" to screen 5 failed: mount error(13): Permission denied (\\\\pb-ldn04-s05\\dcp as svc-tms)')
    w.add(smb, '@SMB@,  2] ../../source3/auth/auth.c:345(auth_check_ntlm_password)', dt=4)
    w.add(smb, '  check_ntlm_password:  Authentication for user [svc-tms] -> [svc-tms] FAILED with error NT_STATUS_PASSWORD_EXPIRED, authoritative=1', dt=0.001)
    w.add(tms, '@SP@ WARN  [ingest-q] c.c.tms.IngestQueue - retrying 2 failed jobs in 300s')
    w.add(tms, '@SP@ INFO  [show-sched] c.c.tms.Scheduler - screen 4 playlist 19:00 ready (content already on server)')
    w.add(tms, '@SP@ ERROR [ingest-q] c.c.tms.IngestQueue - job 4412 failed: mount error(13): Permission denied (\\\\%s\\dcp as svc-tms)' % pb, dt=300)
    w.add(smb, '@SMB@,  2] ../../source3/auth/auth.c:345(auth_check_ntlm_password)')
    w.add(smb, '  check_ntlm_password:  Authentication for user [svc-tms] -> [svc-tms] FAILED with error NT_STATUS_PASSWORD_EXPIRED, authoritative=1', dt=0.001)
    w.add(tms, '@SP@ ERROR [show-sched] c.c.tms.Scheduler - screen 4 playlist @DOWN+1@ 18:00 "Harbour Ghosts": content missing on playback server')
    w.add(tms, '@SP@ ERROR [show-sched] c.c.tms.Scheduler - screen 5 playlist @DOWN+1@ 18:20 "Harbour Ghosts": content missing on playback server')
    return dict(
        domain="cinema", platform="linux-host",
        question="The TMS cannot copy Friday's new release to screens 4 and 5; why?",
        severity="ERROR", category="auth_failure", component="samba",
        root_cause="The svc-tms account used by the TMS to mount the playback servers' Samba shares has an expired password (NT_STATUS_PASSWORD_EXPIRED), so every CIFS mount fails with permission denied.",
        summary="DCP ingest to the playback servers fails; Friday's playlists on screens 4 and 5 have no content yet.",
        action="Reset the svc-tms password in Samba (and set it to not expire or rotate it with the TMS), update the TMS credential and re-run the ingest jobs.",
    ), w


def c_cinema_seats_oom(rng):
    w = Win(rng, start_time(rng))
    node = "ip-10-42-3-17.eu-west-1.compute.internal"
    rs = hx(rng, 10)
    a = K("ticketing", pod(rng, "seat-booking", rs), "seat-booking", node)
    b = K("ticketing", pod(rng, "seat-booking", rs), "seat-booking", "ip-10-42-5-201.eu-west-1.compute.internal")
    kub = {"job": "kubelet", "node": node}
    kern = {"job": "kernel", "node": node}
    ing = K("ingress-nginx", pod(rng, "ingress-nginx-controller"), "controller", "ip-10-42-1-20.eu-west-1.compute.internal")
    w.add(a, '@GUNI@ [1] [INFO] Booting worker with pid: 7')
    w.add(a, 'INFO @PY@ seats.cache warming seat maps sites=14 screens=212 showtimes=9120 (preload)')
    w.add(a, 'INFO @PY@ seats.cache warmed 6120/9120 showtimes rss=481MiB')
    w.add(kern, '@SYS@ %s kernel: Memory cgroup out of memory: Killed process 41221 (gunicorn) total-vm:1211044kB, anon-rss:523212kB, file-rss:10120kB, shmem-rss:0kB, UID:1000 pgtables:1212kB oom_score_adj:985' % node, ev=True)
    w.add(a, '@GUNI@ [1] [ERROR] Worker (pid:7) was sent SIGKILL! Perhaps out of memory?')
    w.add(kub, 'I@KLOG@    2187 kubelet.go:2468] "SyncLoop (PLEG): event for pod" pod="ticketing/%s" event={"Type":"ContainerDied"}' % a["pod"])
    w.add(kub, 'I@KLOG@    2187 kuberuntime_container.go:779] "Container exited" pod="ticketing/%s" containerName="seat-booking" exitCode=137 reason="OOMKilled" limit="512Mi"' % a["pod"], ev=True)
    w.add(ing, '@NGX@ [error] 31#31: *99120 connect() failed (111: Connection refused) while connecting to upstream, client: 10.42.0.12, server: api.cinego.example, request: "POST /api/v2/showtimes/88301/holds HTTP/1.1", upstream: "http://10.42.3.51:8000/api/v2/showtimes/88301/holds"')
    w.add(b, '@GUNI@ [1] [ERROR] Worker (pid:9) was sent SIGKILL! Perhaps out of memory?')
    w.add(kub, 'E@KLOG@    2187 pod_workers.go:1298] "Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"seat-booking\\" with CrashLoopBackOff: \\"back-off 2m40s restarting failed container=seat-booking pod=%s_ticketing\\"" pod="ticketing/%s"' % (a["pod"], a["pod"]), ev=True)
    w.add(ing, '10.42.0.12 - - [@APACHE@] "POST /api/v2/showtimes/88301/holds HTTP/1.1" 502 150 "-" "CineGoApp/5.14.2" 611 0.002 [ticketing-seat-booking-8000] [] 10.42.3.51:8000 0 0.002 502 %s' % hx(rng, 32))
    w.add(ing, '10.42.0.12 - - [@APACHE@] "GET /api/v2/showtimes/88301/seatmap HTTP/1.1" 503 190 "-" "CineGoApp/5.14.2" 498 0.000 [ticketing-seat-booking-8000] [] - - - - %s' % hx(rng, 32))
    w.add(b, '@GUNI@ [1] [INFO] Booting worker with pid: 11')
    w.add(b, 'INFO @PY@ seats.cache warming seat maps sites=14 screens=212 showtimes=9120 (preload)')
    w.add(kern, '@SYS@ %s kernel: Memory cgroup out of memory: Killed process 41907 (gunicorn) total-vm:1208812kB, anon-rss:522904kB, file-rss:9988kB, shmem-rss:0kB, UID:1000 pgtables:1204kB oom_score_adj:985' % node)
    w.add(kub, 'I@KLOG@    2187 kuberuntime_container.go:779] "Container exited" pod="ticketing/%s" containerName="seat-booking" exitCode=137 reason="OOMKilled" limit="512Mi"' % b["pod"])
    w.add(ing, '10.42.0.12 - - [@APACHE@] "GET /api/v2/showtimes/88310/seatmap HTTP/1.1" 503 190 "-" "CineGoApp/5.14.2" 498 0.000 [ticketing-seat-booking-8000] [] - - - - %s' % hx(rng, 32))
    w.add(kub, 'E@KLOG@    2187 pod_workers.go:1298] "Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"seat-booking\\" with CrashLoopBackOff: \\"back-off 5m0s restarting failed container=seat-booking pod=%s_ticketing\\"" pod="ticketing/%s"' % (b["pod"], b["pod"]))
    return dict(
        domain="cinema", platform="eks",
        question="Nobody can book seats tonight; the seat booking pods keep restarting. Why?",
        severity="CRITICAL", category="oom_killed", component="seat-booking",
        root_cause="seat-booking preloads seat maps for every showtime at startup; the cache now needs more than the container's 512Mi memory limit, so the gunicorn worker is OOM-killed and the pods crash-loop.",
        summary="All seat-booking replicas are in an OOMKilled CrashLoopBackOff; holds and seat maps fail with 502/503.",
        action="Raise the seat-booking memory limit (or stop preloading all showtimes / load lazily) and roll out; watch RSS after warm-up.",
    ), w


def c_casino_clickhouse_host_oom(rng):
    w = Win(rng, start_time(rng))
    host = "ch-slots01.resort.lan"
    ch = H(host, "clickhouse")
    kern = H(host, "kernel")
    sysd = H(host, "systemd")
    ing = H("slot-etl01.resort.lan", "slot-etl")
    w.add(ch, '@CH@ [ 2211 ] {7f1c2a} <Information> executeQuery: (from 10.50.2.14:51220, user: bi_floor) SELECT machine_id, sumIf(coin_in, ...) FROM slots.events e JOIN slots.sessions s USING (session_id) WHERE event_date >= today() - 365 GROUP BY ... (stage: Complete)')
    w.add(ch, '@CH@ [ 2219 ] {7f1c2a} <Debug> MemoryTracker: Current memory usage (for query): 38.12 GiB.')
    w.add(ch, '@CH@ [ 2219 ] {7f1c2a} <Debug> MemoryTracker: Current memory usage (total): 58.90 GiB.')
    w.add(kern, '@SYS@ %s kernel: [4412201.221104] clickhouse-serv invoked oom-killer: gfp_mask=0x140cca(GFP_HIGHUSER_MOVABLE|__GFP_COMP), order=0, oom_score_adj=0' % host)
    w.add(kern, '@SYS@ %s kernel: [4412201.221430] Out of memory: Killed process 2211 (clickhouse-serv) total-vm:71233112kB, anon-rss:63221020kB, file-rss:0kB, shmem-rss:0kB, UID:101 pgtables:124112kB oom_score_adj:0' % host, ev=True)
    w.add(sysd, '@SYS@ %s systemd[1]: clickhouse-server.service: Main process exited, code=killed, status=9/KILL' % host, ev=True)
    w.add(ing, '@SP@ ERROR [etl-2] c.r.slots.Loader - insert into slots.events failed: Code: 210. DB::NetException: Connection refused (ch-slots01:9000)')
    w.add(sysd, '@SYS@ %s systemd[1]: clickhouse-server.service: Scheduled restart job, restart counter is at 3.' % host)
    w.add(ch, '@CH@ [ 3301 ] {} <Information> Application: Starting ClickHouse 24.8.4.13 (revision: 54491)')
    w.add(ch, '@CH@ [ 3301 ] {} <Information> Application: Setting max_server_memory_usage was set to 60.00 GiB (62.00 GiB available * 0.97 max_server_memory_usage_to_ram_ratio)', ev=True)
    w.add(ing, '@SP@ ERROR [etl-1] c.r.slots.Loader - insert into slots.events failed: Code: 210. DB::NetException: Connection refused (ch-slots01:9000)')
    w.add(ch, '@CH@ [ 3301 ] {} <Information> Application: Ready for connections.')
    w.add(ch, '@CH@ [ 3320 ] {9a2e11} <Information> executeQuery: (from 10.50.2.14:51288, user: bi_floor) SELECT machine_id, sumIf(coin_in, ...) FROM slots.events e JOIN slots.sessions s USING (session_id) WHERE event_date >= today() - 365 GROUP BY ... (dashboard auto-refresh)')
    w.add(kern, '@SYS@ %s kernel: [4412388.004112] Out of memory: Killed process 3301 (clickhouse-serv) total-vm:70988210kB, anon-rss:62990112kB, file-rss:0kB, shmem-rss:0kB, UID:101 pgtables:123980kB oom_score_adj:0' % host)
    w.add(sysd, '@SYS@ %s systemd[1]: clickhouse-server.service: Main process exited, code=killed, status=9/KILL' % host)
    w.add(sysd, '@SYS@ %s systemd[1]: clickhouse-server.service: Scheduled restart job, restart counter is at 4.' % host)
    w.add(ing, '@SP@ WARN  [etl-1] c.r.slots.Loader - spooling slot events to disk, backlog 1.8M events')
    return dict(
        domain="casino", platform="linux-host",
        question="The slot analytics database keeps restarting; what is killing it?",
        severity="CRITICAL", category="oom_killed", component="clickhouse-server",
        root_cause="clickhouse-server is allowed to use 97% of the host's RAM (max_server_memory_usage_to_ram_ratio 0.97); a year-long JOIN from an auto-refreshing BI dashboard pushes it past physical memory and the kernel OOM killer kills it on every run.",
        summary="ClickHouse on ch-slots01 is in an OOM-kill/restart loop; slot event loading fails and backs up to disk.",
        action="Lower max_server_memory_usage_to_ram_ratio (e.g. 0.8) and set max_memory_usage / join limits for the bi_floor user; pause the dashboard's auto-refresh.",
    ), w


def c_casino_players_go_panic(rng):
    w = Win(rng, start_time(rng))
    rs = hx(rng, 10)
    n = "gke-resort-prod-pool-apps-91aa-zz81"
    p1 = K("loyalty", pod(rng, "player-tier", rs), "player-tier", n)
    p2 = K("loyalty", pod(rng, "player-tier", rs), "player-tier", "gke-resort-prod-pool-apps-91aa-q8zt")
    kub = {"job": "kubelet", "node": n}
    api = K("loyalty", pod(rng, "club-api"), "club-api", "gke-resort-prod-pool-apps-91aa-q8zt")
    w.add(p1, J(level="info", version="3.11.2", time="@ISOS@", message="player-tier starting, consuming topic rated-play"))
    w.add(p1, J(level="info", partition=7, offset=4412090, time="@ISOS@", message="resuming from committed offset"))
    w.add(p1, J(level="debug", player="P-2291044", tier="OBSIDIAN", points=1820440, time="@ISOS@", message="recalculating tier"))
    w.stack(p1, [
        'panic: runtime error: invalid memory address or nil pointer dereference',
        '[signal SIGSEGV: segmentation violation code=0x1 addr=0x28 pc=0x8f21c4]',
        'goroutine 88 [running]:',
        'github.com/resort/player-tier/internal/tier.(*Calculator).Next(0xc0001a2c80, {0xc00041e2a0, 0x8})',
        '\t/src/internal/tier/calculator.go:57 +0x44',
        'github.com/resort/player-tier/internal/consumer.(*Handler).Handle(0xc000112000, {0xa1b2c0, 0xc0003e4120})',
        '\t/src/internal/consumer/handler.go:112 +0x2d1',
    ], ev_idx=(0, 3, 4))
    w.add(kub, 'I@KLOG@    2201 kuberuntime_container.go:779] "Container exited" pod="loyalty/%s" containerName="player-tier" exitCode=2 reason="Error"' % p1["pod"])
    w.add(p2, J(level="debug", player="P-2291044", tier="OBSIDIAN", points=1820440, time="@ISOS@", message="recalculating tier"))
    w.add(p2, 'panic: runtime error: invalid memory address or nil pointer dereference', dt=0.002)
    w.add(kub, 'E@KLOG@    2201 pod_workers.go:1298] "Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"player-tier\\" with CrashLoopBackOff: \\"back-off 5m0s restarting failed container=player-tier pod=%s_loyalty\\"" pod="loyalty/%s"' % (p1["pod"], p1["pod"]), ev=True)
    w.add(api, '[Nest] 1  - @NEST@   ERROR [TierClient] GET http://player-tier.loyalty:8080/v1/players/P-1183320/tier -> connect ECONNREFUSED 10.56.9.41:8080')
    w.add(api, '[Nest] 1  - @NEST@   ERROR [CompsService] cannot evaluate comp eligibility for P-1183320: tier service unavailable')
    w.add(api, '[Nest] 1  - @NEST@   ERROR [TierClient] GET http://player-tier.loyalty:8080/v1/players/P-5520981/tier -> connect ECONNREFUSED 10.56.9.41:8080')
    w.add(kub, 'E@KLOG@    2201 pod_workers.go:1298] "Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"player-tier\\" with CrashLoopBackOff: \\"back-off 5m0s restarting failed container=player-tier pod=%s_loyalty\\"" pod="loyalty/%s"' % (p2["pod"], p2["pod"]))
    return dict(
        domain="casino", platform="gke",
        question="Player tiers and comps are unavailable at every club desk; why is player-tier down?",
        severity="CRITICAL", category="application_error", component="player-tier",
        root_cause="player-tier panics with a nil pointer dereference in tier.(*Calculator).Next when it processes a player in the new OBSIDIAN tier, which has no entry in its tier table; every replica re-reads the same message and crash-loops.",
        summary="All player-tier replicas are in CrashLoopBackOff on the same rated-play message; tier lookups and comp eligibility fail across the resort.",
        action="Hotfix the calculator to handle unknown tiers (and add OBSIDIAN to the tier table), or skip/park the poison message offset, then redeploy.",
    ), w


def c_dialysis_sched_missing_env(rng):
    w = Win(rng, start_time(rng))
    rs = hx(rng, 10)
    n = "dlys-k8s-w03"
    a = K("scheduling", pod(rng, "sched-web", rs), "gunicorn", n)
    b = K("scheduling", pod(rng, "sched-web", rs), "gunicorn", "dlys-k8s-w05")
    kub = {"job": "kubelet", "node": n}
    ing = K("ingress", pod(rng, "nginx-ingress"), "nginx", "dlys-k8s-w01")
    w.add(a, '@GUNI@ [1] [INFO] Starting gunicorn 23.0.0')
    w.add(a, '@GUNI@ [1] [INFO] Booting worker with pid: 9')
    w.add(a, '@GUNI@ [9] [ERROR] Exception in worker process')
    w.stack(a, [
        'Traceback (most recent call last):',
        '  File "/app/sched/settings.py", line 41, in env',
        '    return os.environ[name]',
        "KeyError: 'SCHED_DB_PASSWORD'",
        'During handling of the above exception, another exception occurred:',
        '  File "/app/sched/settings.py", line 43, in env',
        '    raise ImproperlyConfigured(f"Set the {name} environment variable")',
        'django.core.exceptions.ImproperlyConfigured: Set the SCHED_DB_PASSWORD environment variable',
    ], ev_idx=(3, 7))
    w.add(a, '@GUNI@ [9] [INFO] Worker exiting (pid: 9)')
    w.add(a, '@GUNI@ [1] [ERROR] Shutting down: Master')
    w.add(a, '@GUNI@ [1] [ERROR] Reason: Worker failed to boot.')
    w.add(b, '@GUNI@ [1] [ERROR] Reason: Worker failed to boot.')
    w.add(kub, 'E@KLOG@    1911 pod_workers.go:1298] "Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"gunicorn\\" with CrashLoopBackOff: \\"back-off 2m40s restarting failed container=gunicorn pod=%s_scheduling\\"" pod="scheduling/%s"' % (a["pod"], a["pod"]), ev=True)
    w.add(ing, '10.44.1.9 - - [@APACHE@] "GET /api/appointments/?clinic=OAK-01&date=@DAY+1@ HTTP/1.1" 503 190 "-" "Mozilla/5.0" 501 0.000 [scheduling-sched-web-8000] [] - - - - %s' % hx(rng, 32))
    w.add(ing, '10.44.1.12 - - [@APACHE@] "POST /api/chairs/assign HTTP/1.1" 503 190 "-" "Mozilla/5.0" 622 0.000 [scheduling-sched-web-8000] [] - - - - %s' % hx(rng, 32))
    return dict(
        domain="dialysis", platform="kubeadm",
        question="The patient scheduling site is down at every clinic; why won't sched-web start?",
        severity="CRITICAL", category="config_error", component="sched-web",
        root_cause="The sched-web pods have no SCHED_DB_PASSWORD environment variable, so Django settings raise ImproperlyConfigured (from KeyError 'SCHED_DB_PASSWORD') at import, gunicorn workers fail to boot and the pods crash-loop.",
        summary="All sched-web replicas are in CrashLoopBackOff; appointment and chair-assignment pages return 503.",
        action="Restore the SCHED_DB_PASSWORD env entry (secretKeyRef to the sched-db Secret) in the sched-web Deployment and roll it out.",
    ), w


def c_casino_wallet_unschedulable(rng):
    w = Win(rng, start_time(rng))
    ev_ns = {"namespace": "cashless", "job": "kubernetes-events"}
    ca = {"job": "cluster-autoscaler", "cluster": "resort-prod"}
    rs = hx(rng, 10)
    p1, p2, p3 = pod(rng, "wallet-api", rs), pod(rng, "wallet-api", rs), pod(rng, "wallet-api", rs)
    sg = K("gaming", pod(rng, "slot-gateway"), "slot-gateway", "gke-resort-prod-pool-apps-91aa-t4hc")
    w.add(ev_ns, 'type=Normal reason=ScalingReplicaSet object=deployment/wallet-api message="Scaled down replica set wallet-api-%s to 0 from 3" (strategy Recreate)' % hx(rng, 10))
    w.add(ev_ns, 'type=Normal reason=ScalingReplicaSet object=deployment/wallet-api message="Scaled up replica set wallet-api-%s to 3"' % rs)
    w.add(ev_ns, 'type=Warning reason=FailedScheduling object=pod/%s message="0/9 nodes are available: 3 Insufficient cpu, 6 node(s) didn\'t match Pod\'s node affinity/selector. preemption: 0/9 nodes are available: 3 No preemption victims found for incoming pod, 6 Preemption is not helpful for scheduling."' % p1, ev=True)
    w.add(ev_ns, 'type=Warning reason=FailedScheduling object=pod/%s message="0/9 nodes are available: 3 Insufficient cpu, 6 node(s) didn\'t match Pod\'s node affinity/selector."' % p2, dt=0.2)
    w.add(ca, J(noDecisionStatus={"measureTime": "@EPOCHS@", "noScaleUp": {"unhandledPodGroups": [{"podGroup": {"samplePod": {"name": p1, "namespace": "cashless"}, "totalPodCount": 3}, "rejectedMigs": [{"mig": {"name": "gke-resort-prod-pool-secure-5b2e-grp", "zone": "europe-west2-b"}, "reason": {"messageId": "no.scale.up.mig.failing.predicate", "parameters": ["NodeResourcesFit", "Insufficient cpu"]}}]}]}}), ev=True)
    w.add(ev_ns, 'type=Normal reason=NotTriggerScaleUp object=pod/%s message="pod didn\'t trigger scale-up: 1 Insufficient cpu (requested 4, largest allocatable 3920m on e2-standard-4)"' % p3, ev=True)
    w.add(sg, '@ISO@ ERROR [ktor] WalletClient - debit SLOT-E14-07 W-88213 10.00 failed: 503 Service Unavailable (no endpoints for cashless/wallet-api)')
    w.add(sg, '@ISO@ ERROR [ktor] WalletClient - debit SLOT-W02-19 W-10442 5.00 failed: 503 Service Unavailable (no endpoints for cashless/wallet-api)')
    w.add(sg, '@ISO@ WARN  [ktor] SlotSession - machine SLOT-E14-07 switched to cash-only, TITO still accepted')
    w.add(ev_ns, 'type=Warning reason=FailedScheduling object=pod/%s message="0/9 nodes are available: 3 Insufficient cpu, 6 node(s) didn\'t match Pod\'s node affinity/selector."' % p3, dt=30)
    w.add(sg, '@ISO@ ERROR [ktor] WalletClient - credit SLOT-E22-31 W-55120 250.00 failed: 503 Service Unavailable (no endpoints for cashless/wallet-api)')
    w.add(sg, '@ISO@ ERROR [ktor] WalletClient - debit SLOT-E01-02 W-77301 20.00 failed: 503 Service Unavailable (no endpoints for cashless/wallet-api)')
    w.add(sg, '@ISO@ WARN  [ktor] SlotSession - 214 machines switched to cash-only')
    w.add(ev_ns, 'type=Warning reason=FailedScheduling object=pod/%s message="0/9 nodes are available: 3 Insufficient cpu, 6 node(s) didn\'t match Pod\'s node affinity/selector."' % p1, dt=60)
    w.add(sg, '@ISO@ ERROR [ktor] WalletClient - credit SLOT-W02-19 W-10442 80.00 failed: 503 Service Unavailable (no endpoints for cashless/wallet-api)')
    return dict(
        domain="casino", platform="gke",
        question="Slot machines cannot use the cashless wallet after tonight's release; why is wallet-api not running?",
        severity="CRITICAL", category="scheduling", component="wallet-api",
        root_cause="The new wallet-api revision requests 4 CPUs per pod, more than any node in the secure pool can allocate (3.92 on e2-standard-4), and with the Recreate strategy the old pods were removed first; the new pods stay Pending and the autoscaler cannot help.",
        summary="wallet-api has zero running replicas; every cashless debit and credit from the slot floor fails with 503 and machines fall back to cash-only.",
        action="Roll back the wallet-api CPU request (or add a larger machine type to the secure pool) so the pods schedule; consider RollingUpdate with maxUnavailable 0.",
    ), w


def c_dialysis_node_mce(rng):
    w = Win(rng, start_time(rng))
    bad = "dlys-k8s-w04"
    kern = {"job": "kernel", "node": bad}
    cal = K("calico-system", "calico-node-" + sfx(rng), "calico-node", "dlys-k8s-w02")
    kcm = K("kube-system", "kube-controller-manager-dlys-k8s-cp01", "kube-controller-manager", "dlys-k8s-cp01")
    ing = K("telemetry", pod(rng, "machine-ingest"), "ingest", "dlys-k8s-w03")
    k1 = K("telemetry", "kafka-1", "kafka", bad)
    w.add(k1, '[@PY@] INFO [ReplicaManager broker=1] Leader for partitions alarms-4, telemetry-4 is up to date (kafka.server.ReplicaManager)')
    w.add(kern, '@SYS@ %s kernel: EDAC MC0: 212 CE memory read error on CPU_SrcID#0_MC#0_Chan#1_DIMM#0 (channel:1 slot:0 page:0x8f21c offset:0x0 grain:32 syndrome:0x0 - area:DRAM err_code:0001:0090)' % bad, ev=True)
    w.add(kern, '@SYS@ %s kernel: EDAC MC0: 1 UE memory read error on CPU_SrcID#0_MC#0_Chan#1_DIMM#0 (channel:1 slot:0 page:0x8f3a1 offset:0x0 grain:32 - area:DRAM err_code:0000:0090)' % bad, ev=True)
    w.add(kern, '@SYS@ %s kernel: mce: [Hardware Error]: CPU 12: Machine Check Exception: 5 Bank 7: be00000000800400' % bad, dt=0.01, ev=True)
    w.add(kern, '@SYS@ %s kernel: Kernel panic - not syncing: Fatal machine check' % bad, dt=0.001, ev=True)
    w.add(cal, '@SYS@ bird: Mesh_10_45_3_14: Error: Hold timer expired', dt=90)
    w.add(ing, J(level="error", error="kafka server: In the middle of a leadership election, there is currently no leader for this partition", topic="alarms", partition=4, time="@ISOS@", message="produce failed"))
    w.add(ing, J(level="error", error="dial tcp 10.45.3.14:9092: connect: no route to host", broker="kafka-1", time="@ISOS@", message="broker unreachable"))
    w.add(kcm, 'I@KLOG@       1 controller_utils.go:152] "Recording status change event message for node" status="NodeNotReady" node="%s"' % bad, ev=True)
    w.add(kcm, 'I@KLOG@       1 node_lifecycle_controller.go:1109] "Node is unresponsive. Adding it to the Taint queue" node="%s"' % bad)
    w.add(ing, J(level="error", machine="NX-2210-1187", clinic="OAK-01", alarm="ARTERIAL_PRESSURE_LOW", error="produce to alarms-4 failed after 5 attempts", time="@ISOS@", message="clinical alarm NOT forwarded"))
    w.add(ing, J(level="error", machine="FMC-5008S-0412", clinic="RIV-02", alarm="AIR_DETECTOR", error="produce to alarms-4 failed after 5 attempts", time="@ISOS@", message="clinical alarm NOT forwarded"))
    w.add(kcm, 'I@KLOG@       1 taint_manager.go:106] "NoExecuteTaintManager is deleting pod" pod="telemetry/kafka-1"', dt=300)
    w.add(kcm, 'W@KLOG@       1 stateful_set_control.go:610] StatefulSet telemetry/kafka: pod kafka-1 is Terminating on unreachable node %s, waiting' % bad)
    w.add(ing, J(level="warn", under_replicated_partitions=12, offline_partitions=2, time="@ISOS@", message="cluster health"))
    w.add(ing, J(level="error", machine="NX-2210-7731", clinic="OAK-01", alarm="BLOOD_LEAK", error="produce to alarms-4 failed after 5 attempts", time="@ISOS@", message="clinical alarm NOT forwarded"))
    return dict(
        domain="dialysis", platform="kubeadm",
        question="Dialysis machine alarms from some clinics are not reaching nurse stations; what happened?",
        severity="CRITICAL", category="node_failure", component="dlys-k8s-w04",
        root_cause="Worker node dlys-k8s-w04 hit an uncorrectable memory error (EDAC UE, then a fatal machine check) and panicked; the node went NotReady, taking kafka-1 and the alarm partition it led offline.",
        summary="A hardware fault took down one node; kafka-1 is stuck Terminating and clinical alarms on the affected partition are not being forwarded.",
        action="Fence/power off dlys-k8s-w04 and force-delete kafka-1 so it reschedules (or move partition leadership); replace the faulty DIMM before returning the node.",
    ), w


def c_casino_zfs_suspended(rng):
    w = Win(rng, start_time(rng))
    host = "surv-arch02.resort.lan"
    kern, zed, minio = H(host, "kernel"), H(host, "zed"), H(host, "minio")
    rec = H("rec-gw01.resort.lan", "recorder-gw")
    w.add(minio, 'API: PutObject(bucket=cam-archive, object=cage/cam-0007/@YM/@/seg-001201.mp4) 200 OK 40.9MiB 1.7s')
    w.add(kern, '@SYS@ %s kernel: sd 0:0:4:0: [sde] tag#812 FAILED Result: hostbyte=DID_OK driverbyte=DRIVER_OK cmd_age=31s' % host)
    w.add(kern, '@SYS@ %s kernel: blk_update_request: I/O error, dev sde, sector 8812211712 op 0x1:(WRITE) flags 0x700 phys_seg 32 prio class 0' % host, dt=0.002, ev=True)
    w.add(zed, '@SYS@ %s zed[1877]: eid=5512 class=io pool=\'vault2\' vdev=sde1 size=131072 offset=4511852134400 priority=3 err=5 flags=0x180880' % host)
    w.add(kern, '@SYS@ %s kernel: blk_update_request: I/O error, dev sdf, sector 8812211840 op 0x1:(WRITE) flags 0x700 phys_seg 32 prio class 0' % host, ev=True)
    w.add(zed, '@SYS@ %s zed[1877]: eid=5519 class=statechange pool=\'vault2\' vdev=sde1 vdev_state=FAULTED' % host)
    w.add(zed, '@SYS@ %s zed[1877]: eid=5523 class=statechange pool=\'vault2\' vdev=sdf1 vdev_state=FAULTED' % host, ev=True)
    w.add(kern, '@SYS@ %s kernel: WARNING: Pool \'vault2\' has encountered an uncorrectable I/O failure and has been suspended.' % host, ev=True)
    w.add(minio, 'API: PutObject(bucket=cam-archive, object=cage/cam-0007/@YM/@/seg-001202.mp4) 503 Error: Write failed. Insufficient number of drives online (cmd.InsufficientWriteQuorum)')
    w.add(minio, 'API: PutObject(bucket=cam-archive, object=floor-west/cam-0212/@YM/@/seg-001202.mp4) 503 Error: Write failed. Insufficient number of drives online (cmd.InsufficientWriteQuorum)')
    w.add(rec, '@ISO@ ERR archive surv-arch02 write failed (503 InsufficientWriteQuorum), buffering cage cameras locally')
    w.add(kern, '@SYS@ %s kernel: INFO: task txg_sync:2211 blocked for more than 120 seconds.' % host, dt=120)
    w.add(kern, '@SYS@ %s kernel:       Tainted: P           OE      6.8.0-45-generic #45-Ubuntu' % host, dt=0.001)
    w.add(minio, 'API: GetObject(bucket=cam-archive, object=cage/cam-0007/@YM/-1@/seg-000118.mp4) 503 Error: Read failed. Insufficient number of drives online')
    w.add(rec, '@ISO@ ERR local buffer 97% full, cage camera segments will be dropped in ~6 min')
    w.add(zed, '@SYS@ %s zed: zpool status vault2: state: SUSPENDED; raidz1-0: sde1 FAULTED (too many errors), sdf1 FAULTED (too many errors)' % host, ev=True)
    w.add(rec, '@ISO@ ERR segment cage/cam-0011/seq 1203 dropped: no archive and buffer full')
    return dict(
        domain="casino", platform="linux-host",
        question="Cage camera recordings are failing to archive; what is wrong with surv-arch02?",
        severity="CRITICAL", category="storage", component="vault2",
        root_cause="Two disks (sde, sdf) in the same raidz1 vdev of ZFS pool vault2 returned write I/O errors and faulted, exceeding the vdev's redundancy; ZFS suspended the pool, so MinIO cannot read or write any archive object.",
        summary="The surveillance archive on surv-arch02 is offline; cage camera segments are buffering and starting to drop, a regulatory recording gap.",
        action="Redirect cage cameras to another archive now; check cabling/enclosure for sde and sdf, replace failed disks, then zpool clear/resilver vault2.",
    ), w


def c_cinema_loyalty_cassandra_scaled(rng):
    w = Win(rng, start_time(rng))
    cs = K("platform-tools", "cost-saver-29611560-" + sfx(rng), "cost-saver", "ip-10-42-1-21.eu-west-1.compute.internal")
    c0 = K("loyalty", "loyalty-cassandra-0", "cassandra", "ip-10-42-8-10.eu-west-1.compute.internal")
    rs = hx(rng, 10)
    a1 = K("loyalty", pod(rng, "loyalty-api", rs), "loyalty-api", "ip-10-42-6-33.eu-west-1.compute.internal")
    a2 = K("loyalty", pod(rng, "loyalty-api", rs), "loyalty-api", "ip-10-42-5-201.eu-west-1.compute.internal")
    err = "ResponseError: Not enough replicas available for query at consistency QUORUM (2 required but only 1 alive)"
    w.add(a1, '[Nest] 1  - @NEST@     LOG [PointsController] POST /v1/members/M-7781201/points 201 24ms')
    w.add(cs, 'INFO @PY@ cost_saver scaled statefulset loyalty/loyalty-cassandra replicas 3 -> 1 (schedule nightly-scale-down, selector env in (staging,dev,prod-replica))', quiet=True)
    w.add(c0, 'INFO  [GossipStage:1] @PY@ Gossiper.java:1180 - InetAddress /10.42.8.71:7000 is now DOWN')
    w.add(c0, 'INFO  [GossipStage:1] @PY@ Gossiper.java:1180 - InetAddress /10.42.9.12:7000 is now DOWN', dt=1.1)
    w.add(a1, '[Nest] 1  - @NEST@   ERROR [PointsRepository] %s' % err, ev=True)
    w.add(a1, '[Nest] 1  - @NEST@   ERROR [ExceptionsHandler] %s' % err)
    w.add(a2, '[Nest] 1  - @NEST@   ERROR [RedemptionRepository] %s' % err)
    w.add(c0, 'WARN  [Native-Transport-Requests-4] @PY@ NoSpamLogger.java:108 - Unavailable: keyspace loyalty, CL QUORUM, required 2, alive 1', ev=True)
    w.add(a2, '[Nest] 1  - @NEST@   ERROR [ExceptionsHandler] %s' % err)
    w.add(a1, '[Nest] 1  - @NEST@    WARN [PointsService] accrual for ticket order ORD-99120121 could not be persisted, written to retry outbox (outbox size 1240)')
    w.add(a2, '[Nest] 1  - @NEST@   ERROR [MembersController] GET /v1/members/M-5520981/balance 500 4ms')
    w.add(a1, '[Nest] 1  - @NEST@   ERROR [RedemptionRepository] %s' % err)
    w.add(a2, '[Nest] 1  - @NEST@   ERROR [ExceptionsHandler] %s' % err)
    w.add(a1, '[Nest] 1  - @NEST@    WARN [PointsService] retry outbox size 4410 (memory), will be lost on restart')
    w.add(c0, 'WARN  [Native-Transport-Requests-2] @PY@ NoSpamLogger.java:108 - Unavailable: keyspace loyalty, CL QUORUM, required 2, alive 1')
    w.add(a2, '[Nest] 1  - @NEST@   ERROR [PointsRepository] %s' % err)
    return dict(
        domain="cinema", platform="eks",
        question="Loyalty points and redemptions fail everywhere since this evening; what is wrong with the loyalty database?",
        severity="CRITICAL", category="database", component="loyalty-cassandra",
        root_cause="A nightly cost-saver job whose selector also matches prod scaled the loyalty-cassandra StatefulSet from 3 to 1 replica; with replication factor 3, QUORUM reads and writes need 2 live replicas, so Cassandra rejects every query as Unavailable.",
        summary="All loyalty reads and writes fail; accruals go to an in-memory outbox that will be lost if the API restarts.",
        action="Scale loyalty-cassandra back to 3 immediately, fix the cost-saver selector to exclude production, then run repair and drain the outbox.",
    ), w


def c_dialysis_etcd_nospace(rng):
    w = Win(rng, start_time(rng))
    cp = "dlys-k8s-cp01"
    et = K("kube-system", "etcd-" + cp, "etcd", cp)
    api = K("kube-system", "kube-apiserver-" + cp, "kube-apiserver", cp)
    kcm = K("kube-system", "kube-controller-manager-" + cp, "kube-controller-manager", cp)
    kub = {"job": "kubelet", "node": "dlys-k8s-w02"}
    argo = K("argocd", "argocd-application-controller-0", "application-controller", "dlys-k8s-w01")
    emsg = "etcdserver: mvcc: database space exceeded"
    w.add(et, J(level="info", ts="@ISO@", caller="mvcc/index.go:214", msg="compact tree index", revision=918822110))
    w.add(et, J(level="info", ts="@ISO@", caller="mvcc/kvstore_compaction.go:68", msg="finished scheduled compaction", **{"compact-revision": 918822110, "took": "3.1s", "current-db-size-bytes": 2147450880, "current-db-size": "2.1 GB", "current-db-size-in-use-bytes": 1911082496}))
    w.add(et, J(level="warn", ts="@ISO@", caller="etcdserver/server.go:1159", msg="alarm raised", alarm="NOSPACE", **{"from": "8e9e05c52164694d", "quota-size-bytes": 2147483648}), ev=True)
    w.add(api, 'E@KLOG@       1 status.go:71] apiserver received an error that is not an metav1.Status: rpctypes.EtcdError{code:0x8, desc:"%s"}: %s' % (emsg, emsg), ev=True)
    w.add(kcm, 'E@KLOG@       1 replica_set.go:548] "Unhandled Error" err="sync \\"telemetry/machine-ingest-7c9d8f6b5\\" failed with %s"' % emsg)
    w.add(kub, 'E@KLOG@    1911 kubelet_node_status.go:549] "Error updating node status, will retry" err="error patching node status: %s"' % emsg)
    w.add(api, 'E@KLOG@       1 status.go:71] apiserver received an error that is not an metav1.Status: rpctypes.EtcdError{code:0x8, desc:"%s"}: %s' % (emsg, emsg))
    w.add(kcm, 'E@KLOG@       1 leaderelection.go:429] Failed to update lock optimistically: %s, falling back to slow path' % emsg)
    w.add(argo, 'time="@ISOS@" level=error msg="Comparison error: failed to update application status: %s" application=argocd/sched-web' % emsg)
    w.add(et, J(level="warn", ts="@ISO@", caller="etcdserver/util.go:170", msg="apply request took too long", took="412.6ms", **{"expected-duration": "100ms", "request": "header:<ID:8812> txn:<compare:<> success:<request_put:<key:\"/registry/events/telemetry/...\" > > >", "error": emsg}))
    w.add(kub, 'E@KLOG@    1911 kubelet_node_status.go:549] "Error updating node status, will retry" err="error patching node status: %s"' % emsg)
    w.add(kcm, 'E@KLOG@       1 leaderelection.go:436] error retrieving resource lock kube-system/kube-controller-manager: %s' % emsg)
    w.add(api, 'E@KLOG@       1 status.go:71] apiserver received an error that is not an metav1.Status: rpctypes.EtcdError{code:0x8, desc:"%s"}: %s' % (emsg, emsg))
    w.add(kcm, 'I@KLOG@       1 leaderelection.go:297] failed to renew lease kube-system/kube-controller-manager: timed out waiting for the condition')
    w.add(kub, 'E@KLOG@    1911 kubelet_node_status.go:549] "Error updating node status, will retry" err="error patching node status: %s"' % emsg)
    w.add(et, J(level="warn", ts="@ISO@", caller="etcdserver/server.go:1159", msg="alarm raised", alarm="NOSPACE", **{"from": "5f2d1b7a9c3e8e01", "quota-size-bytes": 2147483648}))
    return dict(
        domain="dialysis", platform="kubeadm",
        question="Nothing can be deployed or rescheduled in the clinic cluster and nodes look stale; what is wrong with the control plane?",
        severity="CRITICAL", category="resource_exhausted", component="etcd",
        root_cause="etcd's backend database reached its 2 GiB space quota (compaction runs but the file was never defragmented), so etcd raised the NOSPACE alarm and rejects every write with 'mvcc: database space exceeded'.",
        summary="The API server cannot persist any change: node heartbeats, ReplicaSets, leader leases and Argo CD status updates all fail; the cluster is effectively frozen.",
        action="Compact and defragment etcd on each member (etcdctl defrag), disarm the NOSPACE alarm, raise --quota-backend-bytes if needed and find what is writing so many objects.",
    ), w


# Authoring order; the output order and the ids are shuffled with the seed.
BUILDERS = [
    h_cinema_seats_django,
    h_cinema_kdm_tomcat,
    h_dialysis_telemetry_go,
    h_dialysis_hl7_mirth,
    h_casino_slots_clickhouse,
    h_casino_pms_keycloak,
    h_casino_surveillance_zfs,
    h_dialysis_roster_ktor,
    h_cinema_loyalty_gitops,
    h_casino_wallet_platform,
    w_cinema_pos_redis_failover,
    w_cinema_loyalty_push_429,
    w_casino_slot_ingest_throttled,
    w_dialysis_pharmacy_replica_lag,
    w_cinema_playback_raid_degraded,
    w_casino_pms_acquirer_timeout,
    w_dialysis_sched_nodelocaldns,
    w_casino_video_node_containerd,
    w_cinema_showtime_probe,
    w_dialysis_hl7_proxy_chain,
    e_casino_topup_eso_denied,
    e_dialysis_roster_argocd_config,
    e_casino_comps_pg_clients,
    e_casino_booking_caddy_expired,
    e_dialysis_cassandra_repair_timeout,
    e_cinema_kdm_fetcher_image,
    e_dialysis_order_validation_nfe,
    e_casino_cage_keda_zero,
    e_dialysis_fhir_quota,
    e_casino_archive_rbd_multiattach,
    e_cinema_tms_samba_expired,
    c_cinema_seats_oom,
    c_casino_clickhouse_host_oom,
    c_casino_players_go_panic,
    c_dialysis_sched_missing_env,
    c_casino_wallet_unschedulable,
    c_dialysis_node_mce,
    c_casino_zfs_suspended,
    c_cinema_loyalty_cassandra_scaled,
    c_dialysis_etcd_nospace,
]


# --------------------------------------------------------------------------- assemble
def make_record(meta, win):
    logs, evidence = [], []
    for i, (t, labels, line, ev, quiet) in enumerate(win.rows):
        logs.append({"ts": iso_ms(t), "labels": labels, "line": line})
        if ev or quiet:
            evidence.append(i)
    labelsets = [r[1] for r in win.rows]
    nss = {l["namespace"] for l in labelsets if "namespace" in l}
    ns = nss.pop() if len(nss) == 1 else None
    selector = {"namespace": ns, "pod": None, "container": None, "node": None, "app": None}
    expected = {"severity": meta["severity"], "root_cause_category": meta["category"]}
    if meta["component"] is not None:
        expected["component"] = meta["component"]
    expected["root_cause"] = meta["root_cause"]
    expected["summary"] = meta["summary"]
    expected["action"] = meta["action"]
    expected["evidence"] = evidence if meta["category"] != "none" else []
    quiet = [i for i, r in enumerate(win.rows) if r[4]]
    rec = {
        "id": None,
        "source": "synthetic:%s/%s" % (DOMAINS[meta["domain"]], meta["platform"]),
        "question": meta["question"],
        "selector": selector,
        "logs": logs,
        "expected": expected,
    }
    return rec, quiet


def build_dataset():
    """Return (jsonl_text, quiet_cause_ids). Pure function of SEED; writes nothing."""
    rng = random.Random(SEED)
    built = []
    for b in BUILDERS:
        meta, win = b(rng)
        rec, quiet = make_record(meta, win)
        built.append((b.__name__, rec, quiet))
    order = list(range(len(built)))
    rng.shuffle(order)
    numbers = list(range(1, len(built) + 1))
    rng.shuffle(numbers)
    quiet_ids, out = [], []
    for pos, idx in enumerate(order):
        name, rec, quiet = built[idx]
        rec["id"] = "dev48-%03d" % numbers[pos]
        if quiet:
            quiet_ids.append(rec["id"])
        out.append(json.dumps(rec, ensure_ascii=False, separators=(", ", ": ")) + "\n")
    return "".join(out), sorted(quiet_ids)


def main():
    text, quiet_ids = build_dataset()
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print("wrote %d records to %s" % (text.count("\n"), OUT))
    print("quiet-cause ids (list these in README-dev48.md): " + ", ".join(quiet_ids))


if __name__ == "__main__":
    main()
