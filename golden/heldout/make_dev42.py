#!/usr/bin/env python3
"""Generate dev42.jsonl: 40 hand-designed golden-format v1 records (standard library only).

Three domains: a regional electricity distribution utility (grid), a university's
student information system / learning platform (uni), and a mobile game studio's
live-ops backend (game).  Every record is written by hand below; the seeded RNG only
supplies pod hashes, IPs, request ids and small timestamp jitter, so the output is
byte-identical on every run.
"""
import json
import os
import random
from datetime import datetime, timedelta, timezone

SEED = 204242
RNG = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dev42.jsonl")

K8S_ALNUM = "bcdfghjklmnpqrstvwxz2456789"
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


# ---------------------------------------------------------------- random helpers
def rs(n):
    return "".join(RNG.choice(K8S_ALNUM) for _ in range(n))


def hexs(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def uid():
    return f"{hexs(8)}-{hexs(4)}-4{hexs(3)}-{RNG.choice('89ab')}{hexs(3)}-{hexs(12)}"


_RS_HASH = {}


def dpod(deploy):
    """Deployment pod name: <deploy>-<pod-template-hash>-<suffix> (one hash per deployment)."""
    if deploy not in _RS_HASH:
        _RS_HASH[deploy] = rs(RNG.choice((9, 10)))
    return f"{deploy}-{_RS_HASH[deploy]}-{rs(5)}"


def rshash(deploy):
    return f"{deploy}-{rs(10)}"


def pip(second=None):
    """Pod IP in 10.244.0.0/16."""
    return f"10.244.{RNG.randint(0, 23) if second is None else second}.{RNG.randint(2, 250)}"


def svcip():
    return f"10.96.{RNG.randint(0, 255)}.{RNG.randint(2, 250)}"


def esc(s):
    return s.replace("\\", "\\\\").replace('"', '\\"')


# ---------------------------------------------------------------- label helpers
def K(ns, pod, container, node):
    return {"namespace": ns, "pod": pod, "container": container, "node": node}


def EV(ns):
    return {"namespace": ns, "job": "integrations/kubernetes/eventhandler"}


def NJ(node, unit):
    """journal of a Kubernetes node (kubelet, containerd, kernel)."""
    return {"node": node, "job": "node/journal", "unit": unit}


def H(host, unit):
    """journal of a plain (non-Kubernetes) host."""
    return {"host": host, "job": "systemd-journal", "unit": unit}


def HF(host, filename):
    """a log file tailed on a plain host."""
    return {"host": host, "job": "varlogs", "filename": filename}


# ---------------------------------------------------------------- record builder
class Rec:
    def __init__(self, rid, template, question, selector, start):
        self.rid = "dev42-" + rid
        self.template = template
        self.question = question
        self.selector = selector
        self.t = datetime.strptime(start, "%Y-%m-%dT%H:%M:%S").replace(tzinfo=timezone.utc)
        self.t += timedelta(microseconds=RNG.randint(0, 999) * 1000 + RNG.randint(0, 999))
        self.boot = self.t - timedelta(seconds=RNG.randint(200000, 9000000), microseconds=RNG.randint(0, 999999))
        self.logs = []
        self.ev = []

    # time tokens -------------------------------------------------------------
    def _tokens(self):
        t = self.t
        ms = t.microsecond // 1000
        us = t.microsecond
        ymd = t.strftime("%Y-%m-%d")
        hms = t.strftime("%H:%M:%S")
        mon = MONTHS[t.month - 1]
        up = (t - self.boot).total_seconds()
        return {
            "@ISO@": f"{ymd}T{hms}.{ms:03d}Z",
            "@ISOU@": f"{ymd}T{hms}.{us:06d}Z",
            "@ISON@": f"{ymd}T{hms}.{us:06d}{(us * 7) % 1000:03d}Z",
            "@NET7@": f"{ymd}T{hms}.{us:06d}{us % 10}Z",
            "@KLOG@": f"{t.strftime('%m%d')} {hms}.{us:06d}",
            "@SP@": f"{ymd} {hms}.{ms:03d}",
            "@SPC@": f"{ymd} {hms},{ms:03d}",
            "@PG@": f"{ymd} {hms}.{ms:03d} UTC",
            "@MY@": f"{ymd} {hms}",
            "@RMQ@": f"{ymd} {hms}.{us:06d}+00:00",
            "@HMS@": f"{hms}.{ms:03d}",
            "@OS@": f"{ymd}T{hms},{ms:03d}",
            "@NGX@": f"{t.strftime('%Y/%m/%d')} {hms}",
            "@CLF@": f"{t.day:02d}/{mon}/{t.year}:{hms} +0000",
            "@FPM@": f"{t.day:02d}-{mon}-{t.year} {hms}",
            "@NET@": f"{ymd} {hms}.{ms:03d} +00:00",
            "@EPOCHMS@": str(int(t.timestamp()) * 1000 + ms),
            "@EPOCH@": f"{int(t.timestamp())}.{us:06d}",
            "@EPOCHS@": str(int(t.timestamp())),
            "@SYSLOG@": f"{mon} {t.day:2d} {hms}",
            "@REDIS@": f"{t.day:02d} {mon} {t.year} {hms}.{ms:03d}",
            "@HTTPDATE@": t.strftime("%a, %d ") + mon + t.strftime(" %Y %H:%M:%S +0000"),
            "@KERN@": f"[{up:12.6f}]",
            "@TIME@": hms,
            "@ISOS@": f"{ymd}T{hms}Z",
            "@HAP@": f"{t.day:02d}/{mon}/{t.year}:{hms}.{ms:03d}",
        }

    def add(self, labels, line, gap=None, ev=False):
        if gap is None:
            gap = RNG.uniform(0.15, 2.5)
        gap = max(gap, 0.001)
        self.t += timedelta(microseconds=int(round(gap * 1_000_000)))
        for k, v in self._tokens().items():
            if k in line:
                line = line.replace(k, v)
        if ev:
            self.ev.append(len(self.logs))
        t = self.t
        self.logs.append({
            "ts": t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z",
            "labels": dict(labels),
            "line": line,
        })
        return len(self.logs) - 1

    def kev(self, ns, kind, obj, reason, typ, msg, src="kubelet", host="", count=1, gap=None, ev=False,
            api="v1"):
        """A Kubernetes event as shipped by the Grafana Agent / Alloy eventhandler."""
        line = (f"name={obj}.{hexs(16)} kind={kind} action= objectAPIversion={api} "
                f"objectRV={RNG.randint(10_000_000, 99_999_999)} eventRV={RNG.randint(10_000_000, 99_999_999)} "
                f"reportinginstance={host} reportingcontroller={src} sourcecomponent={src} sourcehost={host} "
                f"reason={reason} type={typ} count={count} msg=\"{esc(msg)}\"")
        return self.add(EV(ns), line, gap, ev)

    def done(self, severity, category, component, root_cause, summary, action):
        return {
            "id": self.rid,
            "source": "synthetic:dev42/" + self.template,
            "question": self.question,
            "selector": self.selector,
            "logs": self.logs,
            "expected": {
                "severity": severity,
                "root_cause_category": category,
                "component": component,
                "root_cause": root_cause,
                "summary": summary,
                "action": action,
                "evidence": list(self.ev),
            },
        }


def sel(ns=None, app=None, pod=None, container=None, node=None):
    return {"namespace": ns, "pod": pod, "container": container, "node": node, "app": app}


RECORDS = []


def record(fn):
    RECORDS.append(fn)
    return fn

# ---------------------------------------------------------------- log-format helpers
def jdump(obj):
    s = json.dumps(obj, separators=(",", ":"), ensure_ascii=False)
    for tok in ("@EPOCHMS@", "@EPOCH@"):
        s = s.replace(f'"{tok}"', tok)
    return s


def sb(app, level, thread, logger, msg):
    """Spring Boot 3.x console line (UTC)."""
    return f"@ISO@ {level:>5} 1 --- [{app}] [{thread:>15}] {logger:<40} : {msg}"


def clef(mt, level=None, **props):
    """Serilog compact JSON (CLEF) line from a .NET service."""
    obj = {"@t": "@NET7@", "@mt": mt}
    if level:
        obj["@l"] = level
    obj.update(props)
    return jdump(obj)


def pino(level, hostname, msg, **extra):
    obj = {"level": level, "time": "@EPOCHMS@", "pid": 1, "hostname": hostname}
    obj.update(extra)
    obj["msg"] = msg
    return jdump(obj)


def zap(level, caller, msg, **extra):
    obj = {"level": level, "ts": "@EPOCH@", "caller": caller, "msg": msg}
    obj.update(extra)
    return jdump(obj)


def klog(sev, pid, src, msg):
    return f"{sev}@KLOG@ {pid:>7} {src}] {msg}"


def ctrd(level, msg, **kv):
    extra = "".join(f' {k}="{esc(v)}"' if (" " in v or '"' in v or "=" in v) else f" {k}={v}" for k, v in kv.items())
    return f'time="@ISON@" level={level} msg="{esc(msg)}"{extra}'


# =================================================================== DOMAIN 1: GRID
# Northvale Power Distribution (nvpd): SCADA, OMS, smart-meter head-end, historians.
GRID_NODES = ["gridk8s-w01", "gridk8s-w02", "gridk8s-w03", "gridk8s-w04", "gridk8s-w05", "gridk8s-w06"]


@record
def grid_hes_rebalance():
    ns, app = "metering", "hes-ingest"
    old_rs, new_rs = rshash(app), rshash(app)
    old1, old2 = f"{old_rs}-{rs(5)}", f"{old_rs}-{rs(5)}"
    new1, new2 = f"{new_rs}-{rs(5)}", f"{new_rs}-{rs(5)}"
    n1, n2 = "gridk8s-w03", "gridk8s-w05"
    img = "harbor.nvpd.internal/metering/hes-ingest:3.7.2"
    r = Rec("grid-hes-ingest-rebalance", "kafka_rebalance_rollout",
            "hes-ingest logged a lot of Kafka rebalance messages during tonight's rollout - is anything wrong?",
            sel(ns, app), "2026-03-03T02:14:00")
    C = "o.a.k.c.c.internals.ConsumerCoordinator"
    cid = "[Consumer clientId=consumer-hes-ingest-1, groupId=hes-ingest]"
    r.kev(ns, "Deployment", app, "ScalingReplicaSet", "Normal", f"Scaled up replica set {new_rs} to 1 from 0",
          src="deployment-controller", api="apps/v1")
    r.kev(ns, "Pod", new1, "Scheduled", "Normal", f"Successfully assigned {ns}/{new1} to {n2}", src="default-scheduler")
    r.kev(ns, "Pod", new1, "Pulled", "Normal", f'Container image "{img}" already present on machine', host=n2)
    r.kev(ns, "Pod", new1, "Started", "Normal", "Started container hes-ingest", host=n2, gap=0.4)
    r.add(K(ns, new1, app, n2), sb(app, "INFO", "main", "c.nvpd.hes.HesIngestApplication",
                                   "Started HesIngestApplication in 13.874 seconds (process running for 14.61)"), gap=14.2)
    r.add(K(ns, old1, app, n1), sb(app, "INFO", "ntainer#0-0-C-1", C,
                                   f"{cid} Request joining group due to: group is already rebalancing"), gap=0.9)
    r.add(K(ns, old1, app, n1), sb(app, "INFO", "ntainer#0-0-C-1", C,
                                   f"{cid} Revoke previously assigned partitions meter-readings-0, meter-readings-1, meter-readings-2, meter-readings-3, meter-readings-4, meter-readings-5"))
    r.add(K(ns, old1, app, n1), sb(app, "WARN", "ntainer#0-0-C-1", C,
                                   f"{cid} Asynchronous auto-commit of offsets {{meter-readings-4=OffsetAndMetadata{{offset=48190411, leaderEpoch=12, metadata=''}}}} failed: Commit cannot be completed since the group has already rebalanced and assigned the partitions to another member. This means that the time between subsequent calls to poll() was longer than the configured max.poll.interval.ms, which typically implies that the poll loop is spending too much time message processing. You can address this either by increasing max.poll.interval.ms or by reducing the maximum size of batches returned in poll() with max.poll.records. Will continue to join group."), gap=0.01)
    r.add(K(ns, old1, app, n1), sb(app, "INFO", "ntainer#0-0-C-1", "o.s.k.l.KafkaMessageListenerContainer",
                                   "hes-ingest: partitions revoked: [meter-readings-0, meter-readings-1, meter-readings-2, meter-readings-3, meter-readings-4, meter-readings-5]"), gap=0.02)
    mid = uid()
    r.add(K(ns, new1, app, n2), sb(app, "INFO", "ntainer#0-0-C-1", C,
                                   f"{cid} Successfully joined group with generation Generation{{generationId=214, memberId='consumer-hes-ingest-1-{mid}', protocol='range'}}"), gap=3.1)
    r.add(K(ns, new1, app, n2), sb(app, "INFO", "ntainer#0-0-C-1", C,
                                   f"{cid} Successfully synced group in generation Generation{{generationId=214, memberId='consumer-hes-ingest-1-{mid}', protocol='range'}}"), gap=0.05)
    r.add(K(ns, new1, app, n2), sb(app, "INFO", "ntainer#0-0-C-1", C,
                                   f"{cid} Adding newly assigned partitions: meter-readings-3, meter-readings-4, meter-readings-5"), gap=0.01)
    r.add(K(ns, new1, app, n2), sb(app, "INFO", "ntainer#0-0-C-1", C,
                                   f"{cid} Setting offset for partition meter-readings-3 to the committed offset FetchPosition{{offset=48211934, offsetEpoch=Optional[12], currentLeader=LeaderAndEpoch{{leader=Optional[kafka-1.kafka-brokers.kafka.svc:9092 (id: 1 rack: null)], epoch=12}}}}"), gap=0.03)
    r.add(K(ns, old1, app, n1), sb(app, "INFO", "ntainer#0-0-C-1", C,
                                   f"{cid} Adding newly assigned partitions: meter-readings-0, meter-readings-1, meter-readings-2"), gap=0.2)
    r.kev(ns, "Deployment", app, "ScalingReplicaSet", "Normal", f"Scaled down replica set {old_rs} to 1 from 2",
          src="deployment-controller", api="apps/v1", gap=2.0)
    r.kev(ns, "Pod", old2, "Killing", "Normal", "Stopping container hes-ingest", host=n1, gap=0.1)
    r.kev(ns, "Pod", new2, "Started", "Normal", "Started container hes-ingest", host=n1, gap=9.0)
    r.add(K(ns, new1, app, n2), sb(app, "INFO", "ntainer#0-0-C-1", "c.nvpd.hes.ingest.ReadingBatchWriter",
                                   "Persisted batch of 5000 interval readings in 431 ms (consumer lag 18214)"), gap=6.0)
    r.kev(ns, "Deployment", app, "ScalingReplicaSet", "Normal", f"Scaled down replica set {old_rs} to 0 from 1",
          src="deployment-controller", api="apps/v1", gap=24.0)
    r.add(K(ns, new2, app, n1), sb(app, "INFO", "ntainer#0-0-C-1", C,
                                   f"{cid} Adding newly assigned partitions: meter-readings-0, meter-readings-1, meter-readings-2"), gap=4.0)
    r.add(K(ns, new2, app, n1), sb(app, "INFO", "ntainer#0-0-C-1", "c.nvpd.hes.ingest.ReadingBatchWriter",
                                   "Persisted batch of 5000 interval readings in 398 ms (consumer lag 2311)"), gap=35.0)
    r.add(K(ns, new1, app, n2), sb(app, "INFO", "ntainer#0-0-C-1", "c.nvpd.hes.ingest.ReadingBatchWriter",
                                   "Persisted batch of 1180 interval readings in 122 ms (consumer lag 37)"), gap=30.0)
    return r.done("INFO", "none", "hes-ingest",
                  "No fault: the consumer-group rebalances are the expected result of the hes-ingest rolling update; partitions were revoked and reassigned and consumption resumed from committed offsets.",
                  "Planned rollout of hes-ingest 3.7.2 triggered two Kafka consumer-group rebalances; all six meter-readings partitions were reassigned, lag peaked at ~18k and drained to double digits within two minutes.",
                  "Nothing to do; optionally enable cooperative-sticky assignment to shorten rebalances during rollouts.")


@record
def grid_dnp3_retry():
    h, u = "scada-gw02", "dnp3-gateway.service"
    r = Rec("grid-dnp3-poll-retry", "dnp3_poll_retry_ok",
            "The DNP3 gateway shows a timeout for Brookfield substation - do we have a comms problem?",
            None, "2026-03-04T03:00:00")
    L = H(h, u)
    r.add(L, "@SP@ INFO  [poll-scheduler] Class 1/2/3 event poll cycle 88412 started: 48 outstations")
    r.add(L, "@SP@ INFO  [poll-scheduler] Outstation SS-ALDER-03 (addr 3) event poll OK: 12 points updated", gap=0.4)
    r.add(L, "@SP@ INFO  [poll-scheduler] Outstation SS-BIRCHWAY-05 (addr 5) event poll OK: 4 points updated", gap=0.3)
    r.add(L, "ms(@EPOCHMS@) WARN    ss-brookfield-07 - Timeout waiting for response", gap=5.0)
    r.add(L, "@SP@ WARN  [poll-scheduler] Outstation SS-BROOKFIELD-07 (addr 7) event poll failed: RESPONSE_TIMEOUT after 5000 ms (radio link 900MHz), retry 1/3 in 2 s", gap=0.01)
    r.add(L, "ms(@EPOCHMS@) INFO    ss-brookfield-07 - Begin class 1/2/3 read (retry)", gap=2.0)
    r.add(L, "@SP@ INFO  [poll-scheduler] Outstation SS-BROOKFIELD-07 (addr 7) event poll OK on retry 1: 9 points updated, IIN=0x0000", gap=1.4)
    r.add(L, "@SP@ INFO  [poll-scheduler] Outstation SS-CEDARFALLS-08 (addr 8) event poll OK: 0 points updated", gap=0.3)
    r.add(L, "@SP@ INFO  [poll-scheduler] Class 1/2/3 event poll cycle 88412 finished in 38.4 s: 48/48 outstations OK (1 retried), 0 stale points", gap=26.0)
    r.add(L, "@SP@ INFO  [historian-bridge] Forwarded 1112 point updates to PI buffer (pi-snd01:5450), queue depth 0", gap=0.6)
    r.add(L, "@SP@ INFO  [poll-scheduler] Class 1/2/3 event poll cycle 88413 started: 48 outstations", gap=21.0)
    r.add(L, "@SP@ INFO  [poll-scheduler] Outstation SS-BROOKFIELD-07 (addr 7) event poll OK: 6 points updated", gap=4.1)
    r.add(L, "@SP@ INFO  [poll-scheduler] Class 1/2/3 event poll cycle 88413 finished in 35.9 s: 48/48 outstations OK (0 retried), 0 stale points", gap=31.0)
    r.add(HF(h, "/var/log/dnp3-gateway/linkstats.log"),
          "@SP@ linkstats ss-brookfield-07 rssi=-91dBm snr=11.5dB tx=88412 rx=88411 crc_err=0 timeouts_24h=3", gap=2.0)
    return r.done("INFO", "none", "dnp3-gateway",
                  "No fault: a single response timeout on the Brookfield 900 MHz radio link, recovered by the first retry; the 24-hour timeout count is within normal range.",
                  "One DNP3 event poll to SS-BROOKFIELD-07 timed out and succeeded on retry 1; both poll cycles finished with 48/48 outstations OK and no stale points.",
                  "Nothing to do; keep watching the Brookfield radio link statistics.")


@record
def grid_oms_rollout():
    ns, app = "oms", "oms-api"
    new_rs = rshash(app)
    p1, p2 = f"{new_rs}-{rs(5)}", f"{new_rs}-{rs(5)}"
    n1, n2 = "gridk8s-w02", "gridk8s-w04"
    ip1 = pip()
    img = "harbor.nvpd.internal/oms/oms-api:4.12.1"
    r = Rec("grid-oms-api-rollout", "dotnet_rollout_ok",
            "Did the oms-api 4.12.1 deployment go fine? I saw a readiness probe failure.",
            sel(ns, app), "2026-03-05T10:02:00")
    r.kev(ns, "Deployment", app, "ScalingReplicaSet", "Normal", f"Scaled up replica set {new_rs} to 1 from 0",
          src="deployment-controller", api="apps/v1")
    r.kev(ns, "Pod", p1, "Pulling", "Normal", f'Pulling image "{img}"', host=n1)
    r.kev(ns, "Pod", p1, "Pulled", "Normal", f'Successfully pulled image "{img}" in 3.412s (3.412s including waiting). Image size: 98231744 bytes.', host=n1, gap=3.5)
    r.kev(ns, "Pod", p1, "Started", "Normal", "Started container oms-api", host=n1, gap=0.3)
    r.kev(ns, "Pod", p1, "Unhealthy", "Warning",
          f'Readiness probe failed: Get "http://{ip1}:8080/health/ready": dial tcp {ip1}:8080: connect: connection refused', host=n1, gap=2.0)
    r.add(K(ns, p1, app, n1), clef("Now listening on: {address}", address="http://[::]:8080", SourceContext="Microsoft.Hosting.Lifetime"), gap=1.6)
    r.add(K(ns, p1, app, n1), clef("Application started. Press Ctrl+C to shut down.", SourceContext="Microsoft.Hosting.Lifetime"), gap=0.01)
    r.add(K(ns, p1, app, n1), clef("Health check {HealthCheckName} with status {HealthStatus} completed after {ElapsedMilliseconds}ms",
                                   HealthCheckName="rabbitmq", HealthStatus="Healthy", ElapsedMilliseconds=14.2,
                                   SourceContext="Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService"), gap=8.0)
    r.add(K(ns, p1, app, n1), clef("Health check {HealthCheckName} with status {HealthStatus} completed after {ElapsedMilliseconds}ms",
                                   HealthCheckName="oms-db", HealthStatus="Healthy", ElapsedMilliseconds=6.8,
                                   SourceContext="Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService"), gap=0.01)
    r.kev(ns, "Deployment", app, "ScalingReplicaSet", "Normal", f"Scaled up replica set {new_rs} to 2 from 1",
          src="deployment-controller", api="apps/v1", gap=2.0)
    r.kev(ns, "Pod", p2, "Started", "Normal", "Started container oms-api", host=n2, gap=4.0)
    r.add(K(ns, p2, app, n2), clef("Now listening on: {address}", address="http://[::]:8080", SourceContext="Microsoft.Hosting.Lifetime"), gap=1.2)
    r.kev(ns, "Deployment", app, "ScalingReplicaSet", "Normal", f"Scaled down replica set {rshash(app)} to 0 from 2",
          src="deployment-controller", api="apps/v1", gap=12.0)
    r.add(K(ns, p1, app, n1), clef("Outbox dispatcher published {Published} messages to {Exchange}: {Failed} failed, {DeadLettered} dead-lettered",
                                   Published=128, Exchange="oms.events", Failed=0, DeadLettered=0,
                                   SourceContext="Nvpd.Oms.Messaging.OutboxDispatcher"), gap=30.0)
    r.add(K(ns, p2, app, n2), clef("HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms",
                                   RequestMethod="GET", RequestPath="/api/v3/outages/active", StatusCode=200, Elapsed=41.7731,
                                   SourceContext="Serilog.AspNetCore.RequestLoggingMiddleware"), gap=3.0)
    return r.done("INFO", "none", "oms-api",
                  "No fault: the readiness probe failed once because Kestrel was not yet listening during container start; the pod became ready seconds later and the rollout completed.",
                  "oms-api 4.12.1 rolled out to two replicas; one startup readiness failure (connection refused before Kestrel bound :8080), health checks healthy, outbox publishing with 0 failed and 0 dead-lettered.",
                  "Nothing to do; optionally add a startupProbe or initialDelaySeconds to silence the startup readiness failure.")


@record
def grid_tsdb_backup():
    h = "tsdb01"
    r = Rec("grid-timescale-backup", "pgbackrest_backup_ok",
            "The nightly telemetry database backup ran during the maintenance window - did it complete?",
            None, "2026-03-06T01:00:00")
    B = HF(h, "/var/log/pgbackrest/telemetry-backup.log")
    P = H(h, "postgresql@15-main.service")
    r.add(B, "@SP@ P00   INFO: backup command begin 2.50: --compress-type=zst --exec-id=41822-6c1e9b3a --log-level-console=info --pg1-path=/var/lib/postgresql/15/main --process-max=4 --repo1-path=/backup/pgbackrest --repo1-retention-full=2 --stanza=telemetry --type=diff")
    r.add(B, "@SP@ P00   INFO: last backup label = 20260301-010003F, version = 2.50", gap=0.3)
    r.add(B, "@SP@ P00   INFO: execute non-exclusive backup start: backup begins after the next regular checkpoint completes", gap=0.1)
    r.add(P, "@PG@ [3112] LOG:  checkpoint starting: force wait", gap=0.2)
    r.add(P, "@PG@ [3112] LOG:  checkpoint complete: wrote 18231 buffers (13.9%); 0 WAL file(s) added, 0 removed, 14 recycled; write=41.223 s, sync=0.412 s, total=41.902 s; sync files=311, longest=0.041 s, average=0.002 s; distance=233120 kB, estimate=251882 kB; lsn=4A2/C1000060, redo lsn=4A2/C1000028", gap=41.9)
    r.add(B, "@SP@ P00   INFO: backup start archive = 00000001000004A2000000C1, lsn = 4A2/C1000028", gap=0.2)
    r.add(B, "@SP@ P00   INFO: check archive for prior segment 00000001000004A2000000C0", gap=0.05)
    r.add(P, "@PG@ [88213] LOG:  automatic vacuum of table \"telemetry._timescaledb_internal._hyper_3_1822_chunk\": index scans: 0", gap=310.0)
    r.add(B, "@SP@ P00   INFO: execute non-exclusive backup stop and wait for all WAL segments to archive", gap=1488.0)
    r.add(B, "@SP@ P00   INFO: backup stop archive = 00000001000004A2000000F3, lsn = 4A2/F3002188", gap=2.2)
    r.add(B, "@SP@ P00   INFO: check archive for segment(s) 00000001000004A2000000C1:00000001000004A2000000F3", gap=0.3)
    r.add(B, "@SP@ P00   INFO: new backup label = 20260301-010003F_20260306-010001D", gap=0.8)
    r.add(B, "@SP@ P00   INFO: diff backup size = 38.2GB, file total = 11342", gap=0.1)
    r.add(B, "@SP@ P00   INFO: backup command end: completed successfully (1846233ms)", gap=0.05)
    r.add(B, "@SP@ P00   INFO: expire command begin 2.50: --exec-id=41822-6c1e9b3a --log-level-console=info --repo1-path=/backup/pgbackrest --repo1-retention-full=2 --stanza=telemetry", gap=0.05)
    r.add(B, "@SP@ P00   INFO: expire command end: completed successfully (412ms)", gap=0.4)
    return r.done("INFO", "none", "pgbackrest",
                  "No fault: the scheduled differential pgBackRest backup of the telemetry cluster completed successfully inside the maintenance window.",
                  "Nightly diff backup of stanza 'telemetry' on tsdb01: checkpoint, backup start/stop, WAL archive check and retention expiry all completed successfully (38.2GB, ~31 min).",
                  "Nothing to do.")


@record
def grid_oms_gis_timeout():
    ns = "oms"
    api_p = dpod("oms-api")
    gis_p = dpod("gis-topology")
    n1, n2 = "gridk8s-w02", "gridk8s-w06"
    r = Rec("grid-oms-gis-topology-slow", "callee_slow_cache_rebuild",
            "Dispatchers saw 'downstream trace failed' in the OMS for a few minutes this morning. What happened?",
            sel(ns), "2026-03-07T07:31:00")
    A = K(ns, api_p, "oms-api", n1)
    G = K(ns, gis_p, "gis-topology", n2)
    g = lambda lvl, th, lg, m: sb("gis-topology", lvl, th, lg, m)
    r.add(G, g("INFO", "model-listener-1", "c.n.gis.model.NetworkModelListener",
               "Network model publish NM-2026-03-07.2 received from GIS (ArcGIS UN export 07:30); invalidating topology cache for 412 feeders"), ev=True)
    r.add(G, g("INFO", "topology-warm-1", "c.n.gis.topology.TopologyCache",
               "Cache warm-up started: 412 feeders, parallelism=2"), gap=0.3)
    uri = "http://gis-topology.oms.svc.cluster.local:8080/api/v2/feeders/FDR-2231/downstream"
    res = "The operation didn't complete within the allowed timeout of '00:00:10'."
    for i, (feeder, ms) in enumerate((("FDR-2231", 14873), ("FDR-0918", 12406), ("FDR-2231", 13120))):
        u = uri.replace("FDR-2231", feeder)
        r.add(A, clef("Execution attempt. Source: '{PipelineName}/{PipelineInstance}/{StrategyName}', Operation Key: '{OperationKey}', Result: '{Result}', Handled: '{Handled}', Attempt: '{Attempt}', Execution Time: {ExecutionTimeMs}ms",
                      "Warning", PipelineName="GisTopologyClient-standard", PipelineInstance="", StrategyName="Standard-Retry",
                      OperationKey="", Result=res, Handled=True, Attempt=0, ExecutionTimeMs=10001.4,
                      SourceContext="Polly"), gap=10.0 if i == 0 else 25.0, ev=(i == 0))
        r.add(A, clef("Downstream trace for outage {OutageId} failed calling {Uri}", "Error",
                      OutageId=f"OUT-2026-0{31211 + i * 7}", Uri=u,
                      Exception=f"Polly.Timeout.TimeoutRejectedException: {res}\n ---> System.Threading.Tasks.TaskCanceledException: The operation was canceled.",
                      SourceContext="Nvpd.Oms.Outages.DownstreamTraceService"), gap=10.2, ev=(i == 0))
        r.add(G, g("WARN", f"http-nio-8080-exec-{4 + i}", "c.n.gis.api.TraceController",
                   f"Slow trace: GET /api/v2/feeders/{feeder}/downstream took {ms} ms (cache MISS, model NM-2026-03-07.2, {12410 - i * 900} nodes)"),
              gap=RNG.uniform(2.0, 4.5), ev=True)
    r.add(G, g("INFO", "topology-warm-1", "c.n.gis.topology.TopologyCache",
               "Cache warm-up finished: 412/412 feeders loaded in 196.4 s"), gap=90.0, ev=True)
    r.add(G, g("INFO", "http-nio-8080-exec-2", "c.n.gis.api.TraceController",
               "GET /api/v2/feeders/FDR-2231/downstream took 41 ms (cache HIT)"), gap=12.0)
    r.add(A, clef("HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms",
                  RequestMethod="GET", RequestPath="/api/v3/outages/OUT-2026-031225/trace", StatusCode=200, Elapsed=63.1102,
                  SourceContext="Serilog.AspNetCore.RequestLoggingMiddleware"), gap=0.2)
    r.add(A, clef("HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms",
                  RequestMethod="GET", RequestPath="/api/v3/outages/active", StatusCode=200, Elapsed=22.9411,
                  SourceContext="Serilog.AspNetCore.RequestLoggingMiddleware"), gap=20.0)
    return r.done("WARN", "timeout", "gis-topology",
                  "After the 07:30 network-model publish, gis-topology invalidated its topology cache and answered downstream traces from cold graph rebuilds in 12-15 s, longer than oms-api's 10 s client timeout; it recovered once cache warm-up finished.",
                  "For about three minutes oms-api's downstream-trace calls to gis-topology timed out (Polly TimeoutRejectedException at 10 s) because gis-topology was rebuilding its cache after a model publish; traces are fast again (cache HIT, ~40 ms).",
                  "Keep serving the previous model's cache until the new one is warm (or warm with more parallelism), and give the oms-api trace client a timeout that matches cold-trace latency.")


@record
def grid_oms_db_refused():
    app_h, db_h = "oms-app02", "oms-db01"
    r = Rec("grid-crew-dispatch-db-refused", "db_stopped_in_patch_window",
            "crew-dispatch on oms-app02 is throwing database errors since the patch window. Why?",
            None, "2026-03-08T05:56:00")
    D = H(db_h, "postgresql@15-main.service")
    S = H(db_h, "session-8123.scope")
    A = H(app_h, "crew-dispatch.service")
    r.add(S, "ansible-ansible.legacy.systemd[41231]: Invoked with name=postgresql@15-main state=stopped daemon_reload=False daemon_reexec=False scope=system no_block=False enabled=None force=None masked=None", ev=True)
    r.add(D, "Stopping PostgreSQL Cluster 15-main...", gap=0.05)
    r.add(D, "@PG@ [1022] LOG:  received fast shutdown request", gap=0.05)
    r.add(D, "@PG@ [1022] LOG:  aborting any active transactions", gap=0.01)
    r.add(D, "@PG@ [1022] LOG:  database system is shut down", gap=1.9)
    r.add(D, "postgresql@15-main.service: Deactivated successfully.", gap=0.1)
    r.add(D, "Stopped PostgreSQL Cluster 15-main.", gap=0.01, ev=True)
    r.add(S, "ansible-ansible.legacy.apt[41302]: Invoked with upgrade=dist update_cache=True autoremove=False autoclean=False force=False only_upgrade=False cache_valid_time=0 allow_unauthenticated=False allow_downgrade=False allow_change_held_packages=False lock_timeout=60 policy_rc_d=101 install_recommends=None purge=False fail_on_autoremove=False dpkg_options=force-confdef,force-confold", gap=4.0)
    r.add(A, "@SP@ WARN  [HikariPool-1 housekeeper] com.zaxxer.hikari.pool.PoolBase - HikariPool-1 - Failed to validate connection org.postgresql.jdbc.PgConnection@5d2e8a1b (This connection has been closed.). Possibly consider using a shorter maxLifetime value.", gap=31.0)
    r.add(A, "@SP@ WARN  [http-nio-8080-exec-7] o.h.engine.jdbc.spi.SqlExceptionHelper - SQL Error: 0, SQLState: 08001", gap=44.0)
    r.add(A, "@SP@ ERROR [http-nio-8080-exec-7] o.h.engine.jdbc.spi.SqlExceptionHelper - Connection to oms-db01.nvpd.internal:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.", gap=0.001, ev=True)
    r.add(A, "@SP@ ERROR [http-nio-8080-exec-7] o.a.c.c.C.[.[.[/].[dispatcherServlet] - Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: org.springframework.transaction.CannotCreateTransactionException: Could not open JPA EntityManager for transaction] with root cause", gap=0.002)
    r.add(A, "java.net.ConnectException: Connection refused", gap=0.001, ev=True)
    r.add(A, "\tat java.base/sun.nio.ch.Net.pollConnect(Native Method)", gap=0.001)
    r.add(A, "\tat org.postgresql.core.PGStream.createSocket(PGStream.java:243)", gap=0.001)
    for i in range(2):
        r.add(A, f"@SP@ ERROR [scheduling-1] c.n.oms.crew.CrewAssignmentJob - Crew assignment sync failed: {9 + i * 5} pending assignments not persisted (org.springframework.transaction.CannotCreateTransactionException: Could not open JPA EntityManager for transaction)",
              gap=60.0 + i * 5)
        r.add(A, "@SP@ ERROR [http-nio-8080-exec-3] o.h.engine.jdbc.spi.SqlExceptionHelper - HikariPool-1 - Connection is not available, request timed out after 30000ms (total=0, active=0, idle=0, waiting=11)",
              gap=RNG.uniform(5, 20))
    r.add(A, "@SP@ ERROR [http-nio-8080-exec-9] o.h.engine.jdbc.spi.SqlExceptionHelper - Connection to oms-db01.nvpd.internal:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.", gap=40.0)
    return r.done("ERROR", "connection_refused", "postgresql",
                  "The patch-window Ansible run stopped PostgreSQL 15-main on oms-db01 before the dist-upgrade and never started it again, so nothing listens on oms-db01:5432 and crew-dispatch's JDBC connections are refused.",
                  "Since the 05:56 patch run, PostgreSQL on oms-db01 is stopped; crew-dispatch on oms-app02 fails every transaction with 'Connection to oms-db01.nvpd.internal:5432 refused' and crew assignments are not persisted.",
                  "Start postgresql@15-main on oms-db01 (check the upgrade finished cleanly), confirm crew-dispatch reconnects, and fix the playbook so the service is restarted after patching.")


@record
def grid_influx_disk():
    db_h, gw_h = "tsdb-influx01", "scada-gw01"
    r = Rec("grid-influx-disk-medium-error", "disk_medium_error_xfs_shutdown",
            "SCADA telemetry stopped arriving in the historian dashboards around 04:12. What is going on?",
            None, "2026-03-07T04:10:00")
    Kn = H(db_h, "kernel")
    I = H(db_h, "influxdb.service")
    T = H(gw_h, "telegraf.service")
    logid = "0n" + rs(9)
    r.add(H(db_h, "smartd.service"), "Device: /dev/sdb [SAT], 24 Currently unreadable (pending) sectors", ev=True)
    r.add(I, f'ts=@ISOU@ lvl=info msg="Compacted file" log_id={logid} engine=tsm1 tsm1_level=1 tsm1_strategy=level op_name=tsm1_compact_group db_shard_id=1423 tsm1_index=0 tsm1_file=/var/lib/influxdb/data/scada/autogen/1423/000000412-000000002.tsm', gap=40.0)
    r.add(Kn, "sd 2:0:1:0: [sdb] tag#87 FAILED Result: hostbyte=DID_OK driverbyte=DRIVER_OK cmd_age=3s", gap=80.0, ev=True)
    r.add(Kn, "sd 2:0:1:0: [sdb] tag#87 Sense Key : Medium Error [current]", gap=0.001, ev=True)
    r.add(Kn, "sd 2:0:1:0: [sdb] tag#87 Add. Sense: Unrecovered read error - auto reallocate failed", gap=0.001, ev=True)
    r.add(Kn, "sd 2:0:1:0: [sdb] tag#87 CDB: Read(10) 28 00 6f a9 c0 00 00 00 20 00", gap=0.001)
    r.add(Kn, "critical medium error, dev sdb, sector 1873412096 op 0x0:(READ) flags 0x80700 phys_seg 4 prio class 2", gap=0.001, ev=True)
    r.add(Kn, 'XFS (sdb1): metadata I/O error in "xfs_da_read_buf+0xd9/0x130 [xfs]" at daddr 0x6fa9c000 len 32 error 5', gap=0.002, ev=True)
    r.add(I, f'ts=@ISOU@ lvl=error msg="Error writing snapshot" log_id={logid} engine=tsm1 error="write /var/lib/influxdb/data/scada/autogen/1423/000000413-000000001.tsm.tmp: input/output error"', gap=0.4, ev=True)
    r.add(Kn, "XFS (sdb1): log I/O error -5", gap=1.2, ev=True)
    r.add(Kn, "XFS (sdb1): Filesystem has been shut down due to log error (0x2).", gap=0.001, ev=True)
    r.add(Kn, "XFS (sdb1): Please unmount the filesystem and rectify the problem(s).", gap=0.001)
    for i in range(3):
        r.add(I, f'ts=@ISOU@ lvl=info msg="Write failed" log_id={logid} service=write shard=1423 error="write /var/lib/influxdb/wal/scada/autogen/1423/_0{2231 + i}.wal: input/output error"',
              gap=RNG.uniform(3, 9), ev=(i == 0))
        r.add(I, f'[httpd] 10.30.5.21 - telegraf [@CLF@] "POST /write?db=scada&precision=ns HTTP/1.1" 500 {96 + i} "-" "Telegraf/1.29.5 Go/1.21.7" {uid()} {RNG.randint(800, 4000)}',
              gap=0.003)
    r.add(T, "@ISOS@ E! [outputs.influxdb] When writing to [http://tsdb-influx01.nvpd.internal:8086]: 500 Internal Server Error: write /var/lib/influxdb/wal/scada/autogen/1423/_02233.wal: input/output error", gap=0.2)
    r.add(T, "@ISOS@ E! [agent] Error writing to outputs.influxdb: could not write any address", gap=0.001)
    r.add(T, "@ISOS@ W! [outputs.influxdb] Metric buffer overflow; 2810 metrics have been dropped", gap=58.0, ev=True)
    r.add(T, "@ISOS@ W! [outputs.influxdb] Metric buffer overflow; 9914 metrics have been dropped", gap=60.0)
    return r.done("CRITICAL", "storage", "influxdb",
                  "The InfluxDB data disk /dev/sdb on tsdb-influx01 is failing (pending sectors, unrecovered medium read errors); XFS hit a log I/O error and shut the filesystem down, so every WAL/TSM write fails with input/output error.",
                  "Since ~04:12 the historian's data filesystem is shut down after medium errors on sdb; InfluxDB returns 500 on every write and Telegraf on scada-gw01 is dropping metrics from its full buffer - SCADA telemetry is being lost.",
                  "Fail over or redirect writes to a healthy historian, replace the disk /dev/sdb and restore/repair the data volume (xfs_repair, restore from backup), then backfill from gateway buffers.")


@record
def grid_hes_mdm_cert():
    hes, mdm = "hes-app01", "mdm-app01"
    r = Rec("grid-hes-mdm-cert-expired", "callee_server_cert_expired",
            "The meter head-end stopped exporting readings to MDM just after midnight. Why?",
            None, "2026-03-09T00:00:20")
    A = H(hes, "hes-export.service")
    N = HF(mdm, "/var/log/nginx/mdm-api.error.log")
    url = "https://mdm-api.nvpd.internal:8443/v1/readings"
    r.add(A, f"@SP@ INFO  [export-scheduler] c.n.hes.export.MdmExportJob - Export batch 88123 started: 5000 readings -> {url}")
    r.add(A, "@SP@ ERROR [export-worker-3] c.n.hes.export.MdmExportJob - Export batch 88123 failed (attempt 1/5), will retry in 60 s", gap=0.21)
    r.add(A, "javax.net.ssl.SSLHandshakeException: PKIX path validation failed: java.security.cert.CertPathValidatorException: validity check failed", gap=0.001, ev=True)
    r.add(A, "\tat java.base/sun.security.ssl.Alert.createSSLException(Alert.java:130)", gap=0.001)
    r.add(A, "\tat java.base/sun.security.ssl.CertificateMessage$T13CertificateConsumer.checkServerCerts(CertificateMessage.java:1335)", gap=0.001)
    r.add(A, "Caused by: java.security.cert.CertPathValidatorException: validity check failed", gap=0.001)
    r.add(A, "Caused by: java.security.cert.CertificateExpiredException: NotAfter: Sun Mar 08 23:59:59 UTC 2026", gap=0.001, ev=True)
    r.add(N, "@NGX@ [info] 1422#1422: *992311 SSL_do_handshake() failed (SSL: error:0A000416:SSL routines::sslv3 alert certificate unknown:SSL alert number 46) while SSL handshaking, client: 10.30.2.15, server: 0.0.0.0:8443", gap=0.002, ev=True)
    for i in range(3):
        r.add(A, f"@SP@ INFO  [export-scheduler] c.n.hes.export.MdmExportJob - Export batch {88124 + i} started: 5000 readings -> {url}", gap=RNG.uniform(55, 62))
        r.add(A, f"@SP@ ERROR [export-worker-{1 + i}] c.n.hes.export.MdmExportJob - Export batch {88124 + i} failed (attempt 1/5), will retry in 60 s", gap=0.19)
        r.add(A, "javax.net.ssl.SSLHandshakeException: PKIX path validation failed: java.security.cert.CertPathValidatorException: validity check failed", gap=0.001)
        r.add(N, f"@NGX@ [info] 1422#1422: *{992400 + i * 77} SSL_do_handshake() failed (SSL: error:0A000416:SSL routines::sslv3 alert certificate unknown:SSL alert number 46) while SSL handshaking, client: 10.30.2.15, server: 0.0.0.0:8443", gap=0.002)
    r.add(A, "@SP@ WARN  [export-scheduler] c.n.hes.export.ExportBacklogMonitor - Export backlog: 4 batches (20000 readings) pending, oldest 00:03:21", gap=5.0)
    return r.done("ERROR", "tls_certificate", "mdm-api",
                  "The server certificate of mdm-api.nvpd.internal:8443 (served by nginx on mdm-app01) expired at 2026-03-08 23:59:59 UTC; the head-end's TLS client rejects it (PKIX validity check failed), so every export batch fails.",
                  "Since midnight every MDM export from hes-app01 fails the TLS handshake with CertificateExpiredException (NotAfter Mar 08 23:59:59 UTC 2026); nginx on mdm-app01 logs the matching 'certificate unknown' alerts and the export backlog is growing.",
                  "Renew and install the mdm-api server certificate on mdm-app01 and reload nginx; the head-end will drain its backlog on retry. Add certificate-expiry monitoring for internal endpoints.")


@record
def grid_oms_engine_oom():
    ns, app = "oms", "oms-incident-engine"
    p = dpod(app)
    puid = uid()
    node = "gridk8s-w04"
    api_p = dpod("oms-api")
    r = Rec("grid-oms-incident-engine-oom", "oom_loop_storm_load",
            "oms-incident-engine keeps restarting during the storm - what is wrong with it?",
            sel(ns, app), "2026-03-11T18:40:00")
    P = K(ns, p, app, node)
    KN = NJ(node, "kernel")
    CT = NJ(node, "containerd.service")
    KL = NJ(node, "kubelet.service")
    cgroup = f"/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod{puid.replace('-', '_')}.slice"
    for cycle in range(2):
        cid = hexs(64)
        r.add(P, clef("Storm mode active: {CallsLastHour} trouble calls in the last hour (threshold {Threshold})", "Warning",
                      CallsLastHour=6120 + cycle * 311, Threshold=1500, SourceContext="Nvpd.Oms.Engine.StormMonitor"),
              gap=2.0 if cycle == 0 else 3.5)
        r.add(P, clef("Rebuilding incident clusters for {FeederCount} feeders: loading {CallCount} open calls and {AmiEventCount} AMI last-gasp events into memory",
                      FeederCount=412, CallCount=48211 + cycle * 902, AmiEventCount=1212334 + cycle * 40211,
                      SourceContext="Nvpd.Oms.Engine.ClusterRebuilder"), gap=0.4, ev=(cycle == 0))
        r.add(P, clef("GC heap size {HeapMb} MB after gen2 collection (container memory limit {LimitMb} MB)", "Warning",
                      HeapMb=941 + cycle * 17, LimitMb=1024, SourceContext="Nvpd.Oms.Engine.MemoryWatch"), gap=21.0, ev=(cycle == 0))
        pid = RNG.randint(30000, 60000)
        r.add(KN, "dotnet invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=980", gap=6.3)
        r.add(KN, "memory: usage 1048576kB, limit 1048576kB, failcnt " + str(2318 + cycle * 411), gap=0.001, ev=True)
        r.add(KN, f"oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=cri-containerd-{cid}.scope,mems_allowed=0,oom_memcg={cgroup}/cri-containerd-{cid}.scope,task_memcg={cgroup}/cri-containerd-{cid}.scope,task=dotnet,pid={pid},uid=1000", gap=0.001)
        r.add(KN, f"Memory cgroup out of memory: Killed process {pid} (dotnet) total-vm:12231240kB, anon-rss:{1031000 + cycle * 4100}kB, file-rss:41220kB, shmem-rss:0kB, UID:1000 pgtables:2512kB oom_score_adj:980", gap=0.001, ev=True)
        r.add(CT, ctrd("info", f"TaskOOM event &TaskOOM{{ContainerID:{cid},XXX_unrecognized:[],}}"), gap=0.01, ev=(cycle == 0))
        r.add(KL, klog("I", 1532, "kubelet.go:2430", f'"SyncLoop (PLEG): event for pod" pod="{ns}/{p}" event={{"ID":"{puid}","Type":"ContainerDied","Data":"{cid}"}}'), gap=0.6)
        r.add(K(ns, api_p, "oms-api", "gridk8s-w02"),
              clef("Incident engine call failed: {Error}", "Error",
                   Error="Connection refused (oms-incident-engine.oms.svc.cluster.local:8080)",
                   SourceContext="Nvpd.Oms.Outages.IncidentEngineClient"), gap=1.2)
        r.kev(ns, "Pod", p, "BackOff", "Warning",
              f"Back-off restarting failed container {app} in pod {p}_{ns}({puid})", host=node, count=5 + cycle * 2, gap=0.3,
              ev=(cycle == 1))
        if cycle == 0:
            r.kev(ns, "Pod", p, "Started", "Normal", f"Started container {app}", host=node, gap=40.0)
    r.add(KL, klog("E", 1532, "pod_workers.go:1300",
                   f'"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"{app}\\" with CrashLoopBackOff: \\"back-off 1m20s restarting failed container={app} pod={p}_{ns}({puid})\\"" pod="{ns}/{p}" podUID="{puid}"'),
          gap=2.0)
    return r.done("CRITICAL", "oom_killed", "oms-incident-engine",
                  "During storm mode oms-incident-engine loads every open call and AMI last-gasp event into memory to rebuild incident clusters; the .NET heap grows past the container's 1Gi limit and the kernel memcg OOM killer kills dotnet on every rebuild.",
                  "oms-incident-engine is in an OOM crash loop (Memory cgroup out of memory: Killed process ... dotnet, usage = limit 1048576kB, TaskOOM, CrashLoopBackOff) while storm mode is active; oms-api's calls to it are refused, so incident clustering is down.",
                  "Raise the memory limit (and set DOTNET_GCHeapHardLimit below it) to get the engine up now, then make the cluster rebuild stream/paginate calls and AMI events instead of loading them all.")


@record
def grid_meter_exporter_sasl():
    ns, app = "metering", "meter-exporter"
    p1, p2 = dpod(app), dpod(app)
    n1, n2 = "gridk8s-w01", "gridk8s-w03"
    ip1, ip2 = pip(3), pip(4)
    kb = "kafka-kafka-1"
    uo = dpod("kafka-entity-operator")
    r = Rec("grid-meter-exporter-sasl", "kafka_sasl_password_regenerated",
            "meter-exporter stopped publishing readings to Kafka this morning. Can you find out why?",
            sel(ns, app), "2026-03-10T03:57:30")
    U = K("kafka", uo, "user-operator", "gridk8s-w06")
    B = K("kafka", kb, "kafka", "gridk8s-w05")
    r.add(U, "@SPC@ INFO  [UserControllerLoop-0] UserControllerLoop:68 - Reconciliation #412(watch) KafkaUser(kafka/meter-exporter): KafkaUser meter-exporter in namespace kafka was DELETED")
    r.add(U, "@SPC@ INFO  [UserControllerLoop-0] UserControllerLoop:68 - Reconciliation #413(watch) KafkaUser(kafka/meter-exporter): KafkaUser meter-exporter in namespace kafka was ADDED", gap=1.8, ev=True)
    r.add(U, "@SPC@ INFO  [UserControllerLoop-0] AbstractControllerLoop:145 - Reconciliation #413(watch) KafkaUser(kafka/meter-exporter): reconciled", gap=0.9)
    cfail = "Authentication failed during authentication due to invalid credentials with SASL mechanism SCRAM-SHA-512"
    for i, (p, n, ip) in enumerate(((p1, n1, ip1), (p2, n2, ip2), (p1, n1, ip1))):
        P = K(ns, p, app, n)
        r.add(P, sb(app, "WARN", f"producer-{1 + (i % 2)}", "org.apache.kafka.clients.NetworkClient",
                    f"[Producer clientId=meter-exporter-producer-{1 + (i % 2)}] Bootstrap broker kafka-kafka-bootstrap.kafka.svc:9093 (id: -1 rack: null) disconnected"),
              gap=180.0 if i == 0 else RNG.uniform(20, 40))
        r.add(B, f"@SPC@ INFO [SocketServer listenerType=BROKER, nodeId=1] Failed authentication with /{ip} (channelId=10.244.5.12:9093-{ip}:{RNG.randint(40000, 60000)}-{RNG.randint(10, 99)}) ({cfail}) (org.apache.kafka.common.network.Selector) [data-plane-kafka-network-thread-1-ListenerName(SCRAM-9093)-SASL_SSL-2]",
              gap=0.05, ev=(i == 0))
        r.add(P, sb(app, "ERROR", f"producer-{1 + (i % 2)}", "org.apache.kafka.clients.NetworkClient",
                    f"[Producer clientId=meter-exporter-producer-{1 + (i % 2)}] Connection to node -1 (kafka-kafka-bootstrap.kafka.svc/{svcip()}:9093) failed authentication due to: {cfail}"),
              gap=0.01, ev=(i < 2))
        r.add(P, sb(app, "ERROR", "export-1", "c.nvpd.meter.export.ReadingPublisher",
                    f"Publishing {5000 - i * 12} readings to topic mdm.readings.v1 failed: org.apache.kafka.common.errors.SaslAuthenticationException: {cfail}"),
              gap=0.3)
    r.add(K(ns, p1, app, n1), sb(app, "WARN", "export-1", "c.nvpd.meter.export.ReadingPublisher",
                                 "Spooled 14988 undelivered readings to /data/spool (spool usage 6%)"), gap=2.0)
    return r.done("ERROR", "auth_failure", "meter-exporter",
                  "The KafkaUser meter-exporter was deleted and recreated (Argo CD prune/re-sync), so Strimzi generated a new SCRAM-SHA-512 password; meter-exporter still uses the old password and the brokers reject its SASL authentication.",
                  "Since ~04:00 both meter-exporter pods fail SASL/SCRAM authentication against the Kafka bootstrap (broker logs 'Failed authentication ... invalid credentials'); readings are not published to mdm.readings.v1 and are being spooled locally.",
                  "Update meter-exporter's Kafka credentials from the regenerated Secret kafka/meter-exporter (or reference it directly) and restart the pods; protect the KafkaUser from pruning.")


@record
def grid_rabbitmq_memory_alarm():
    mq, pub, con = "oms-mq01", "oms-app01", "oms-app03"
    r = Rec("grid-rabbitmq-memory-alarm", "broker_memory_watermark_transient",
            "crew-location-gateway reported 'connection blocked' by RabbitMQ for a few minutes. Should I worry?",
            None, "2026-03-11T08:02:00")
    R = HF(mq, "/var/log/rabbitmq/rabbit@oms-mq01.log")
    P = H(pub, "crew-location-gateway.service")
    C = H(con, "crew-tracker.service")
    r.add(C, "Stopping Crew Tracker...")
    r.add(R, "@RMQ@ [info] <0.1812.0> closing AMQP connection <0.1812.0> (10.30.1.33:52114 -> 10.30.1.40:5672 - CrewTracker, vhost: 'oms', user: 'crew-tracker')", gap=0.4, ev=True)
    r.add(C, "crew-tracker.service: Deactivated successfully.", gap=0.6)
    r.add(C, "Stopped Crew Tracker.", gap=0.001)
    r.add(C, "ansible-ansible.legacy.unarchive[22871]: Invoked with src=/tmp/crew-tracker-2.4.0.tar.gz dest=/opt/crew-tracker remote_src=True", gap=20.0)
    r.add(R, "@RMQ@ [warning] <0.254.0> vm_memory_high_watermark set. Memory used:3436183552 allowed:3435973836", gap=412.0, ev=True)
    r.add(R, "@RMQ@ [warning] <0.252.0> memory resource limit alarm set on node 'rabbit@oms-mq01'.", gap=0.001, ev=True)
    r.add(R, "@RMQ@ [warning] <0.252.0>", gap=0.001)
    r.add(R, "**********************************************************", gap=0.001)
    r.add(R, "*** Publishers will be blocked until this alarm clears ***", gap=0.001)
    r.add(R, "**********************************************************", gap=0.001)
    r.add(P, clef("RabbitMQ connection blocked by broker: {Reason}", "Warning", Reason="low on memory",
                  SourceContext="Nvpd.Oms.CrewLocation.AmqpPublisher"), gap=0.05, ev=True)
    r.add(P, clef("Buffering crew-location updates locally while connection is blocked ({Buffered} buffered)", "Warning",
                  Buffered=1840, SourceContext="Nvpd.Oms.CrewLocation.AmqpPublisher"), gap=30.0)
    r.add(C, "Started Crew Tracker (crew-tracker 2.4.0).", gap=95.0)
    r.add(R, "@RMQ@ [info] <0.2231.0> accepting AMQP connection <0.2231.0> (10.30.1.33:52988 -> 10.30.1.40:5672)", gap=4.0)
    r.add(R, "@RMQ@ [info] <0.2231.0> connection <0.2231.0> (10.30.1.33:52988 -> 10.30.1.40:5672 - CrewTracker): user 'crew-tracker' authenticated and granted access to vhost 'oms'", gap=0.01)
    r.add(C, "@SP@ INFO  [main] c.n.crew.tracker.LocationConsumer - Consuming queue crew.location.updates (prefetch 500), backlog 1912043 messages", gap=0.6, ev=True)
    r.add(R, "@RMQ@ [warning] <0.254.0> vm_memory_high_watermark clear. Memory used:3012231168 allowed:3435973836", gap=88.0)
    r.add(R, "@RMQ@ [warning] <0.252.0> memory resource limit alarm cleared on node 'rabbit@oms-mq01'", gap=0.001)
    r.add(R, "@RMQ@ [warning] <0.252.0> memory resource limit alarm cleared across the cluster", gap=0.001)
    r.add(P, clef("RabbitMQ connection unblocked; flushed {Buffered} buffered updates", Buffered=9711,
                  SourceContext="Nvpd.Oms.CrewLocation.AmqpPublisher"), gap=0.2)
    r.add(C, "@SP@ INFO  [consumer-2] c.n.crew.tracker.LocationConsumer - Backlog on crew.location.updates down to 2113 messages", gap=240.0)
    return r.done("WARN", "resource_exhausted", "rabbitmq",
                  "While crew-tracker was stopped for its 2.4.0 deploy, the classic queue crew.location.updates accumulated ~1.9M messages in RAM and RabbitMQ on oms-mq01 crossed its vm_memory_high_watermark, raising the memory alarm that blocks all publishers.",
                  "RabbitMQ hit its memory high watermark for about three minutes and blocked publishers (crew-location-gateway buffered locally); the alarm cleared once crew-tracker came back and drained the backlog. No data lost.",
                  "Optional: make crew.location.updates a quorum/lazy-style queue with a max-length or TTL for stale positions, and keep a consumer running during crew-tracker deploys.")


@record
def grid_timescale_replica_conflict():
    ns = "telemetry"
    node0, node1 = "gridk8s-w05", "gridk8s-w06"
    rp = dpod("loss-reports")
    r = Rec("grid-timescale-recovery-conflict", "standby_query_conflict",
            "The daily loss report needed three attempts this morning. Is the database OK?",
            sel(ns), "2026-03-12T06:00:00")
    P0 = K(ns, "timescaledb-0", "timescaledb", node0)
    P1 = K(ns, "timescaledb-1", "timescaledb", node1)
    RP = K(ns, rp, "loss-reports", "gridk8s-w02")
    q = "SELECT time_bucket('15 minutes', ts) AS bucket, feeder_id, sum(kwh_delivered) - sum(kwh_billed) FROM meter_interval WHERE ts >= now() - interval '35 days' GROUP BY 1, 2"
    r.add(P1, "@SPC@ INFO: no action. I am (timescaledb-1), a secondary, and following a leader (timescaledb-0)")
    r.add(RP, sb("loss-reports", "INFO", "scheduling-1", "c.nvpd.reports.LossReportJob", "Report LOSS-DAILY-20260312 attempt 1 started on replica timescaledb-replica.telemetry.svc:5432"), gap=2.0)
    for attempt in (1, 2):
        r.add(P0, f"@PG@ [{RNG.randint(3000, 9000)}] LOG:  automatic vacuum of table \"telemetry._timescaledb_internal._hyper_2_9{11 + attempt}_chunk\": index scans: 1", gap=RNG.uniform(40, 70))
        pid = RNG.randint(80000, 90000)
        r.add(P1, f"@PG@ [{pid}] ERROR:  canceling statement due to conflict with recovery", gap=RNG.uniform(20, 30), ev=True)
        r.add(P1, f"@PG@ [{pid}] DETAIL:  User query might have needed to see row versions that must be removed.", gap=0.001, ev=True)
        r.add(P1, f"@PG@ [{pid}] STATEMENT:  {q}", gap=0.001)
        r.add(RP, sb("loss-reports", "WARN", "scheduling-1", "c.nvpd.reports.LossReportJob",
                     f"Report LOSS-DAILY-20260312 attempt {attempt} failed: org.postgresql.util.PSQLException: ERROR: canceling statement due to conflict with recovery  Detail: User query might have needed to see row versions that must be removed.; retrying in 120 s"),
              gap=0.05, ev=(attempt == 1))
        r.add(P1, "@SPC@ INFO: no action. I am (timescaledb-1), a secondary, and following a leader (timescaledb-0)", gap=60.0)
        r.add(RP, sb("loss-reports", "INFO", "scheduling-1", "c.nvpd.reports.LossReportJob",
                     f"Report LOSS-DAILY-20260312 attempt {attempt + 1} started on replica timescaledb-replica.telemetry.svc:5432"), gap=60.0)
    r.add(RP, sb("loss-reports", "INFO", "scheduling-1", "c.nvpd.reports.LossReportJob",
                 "Report LOSS-DAILY-20260312 completed in 26.8 s (412 feeders, 39 rows flagged)"), gap=27.0)
    return r.done("WARN", "database", "timescaledb",
                  "Long-running report queries on the TimescaleDB streaming replica are cancelled by recovery conflicts: autovacuum on the primary removes row versions the replica query still needs, and hot_standby_feedback is off with a short max_standby_streaming_delay.",
                  "Two attempts of the daily loss report on timescaledb-1 were cancelled with 'conflict with recovery'; the third succeeded. Replication itself is healthy (Patroni: following leader).",
                  "Optional: enable hot_standby_feedback or raise max_standby_streaming_delay on the replica, or run the report against a continuous aggregate instead of raw intervals.")


@record
def grid_der_dispatch_exchange():
    ns, app = "der", "der-dispatch"
    new_rs = rshash(app)
    p1, p2 = f"{new_rs}-{rs(5)}", f"{new_rs}-{rs(5)}"
    n1, n2 = "gridk8s-w01", "gridk8s-w04"
    ip1 = pip(2)
    mqip = pip(5)
    r = Rec("grid-der-dispatch-exchange", "configmap_wrong_exchange",
            "No DER setpoint commands have reached the batteries since the der-dispatch release. What is wrong?",
            sel(ns, app), "2026-03-13T13:20:00")
    RQ = K("messaging", "rabbitmq-server-1", "rabbitmq", "gridk8s-w05")
    r.kev(ns, "Deployment", app, "ScalingReplicaSet", "Normal", f"Scaled up replica set {new_rs} to 2 from 0",
          src="deployment-controller", api="apps/v1")
    r.kev(ns, "Pod", p1, "Started", "Normal", f"Started container {app}", host=n1, gap=6.0)
    P1, P2 = K(ns, p1, app, n1), K(ns, p2, app, n2)
    r.add(P1, clef("Publishing DER commands to exchange {Exchange} with routing key prefix {RoutingKeyPrefix} on vhost {VHost} (from {ConfigSource})",
                   Exchange="der.commands.v2", RoutingKeyPrefix="der.setpoint", VHost="grid",
                   ConfigSource="env DER__Rabbit__Exchange (ConfigMap der-dispatch-config)",
                   SourceContext="Nvpd.Der.Dispatch.Startup"), gap=1.4, ev=True)
    r.add(P1, clef("Now listening on: {address}", address="http://[::]:8080", SourceContext="Microsoft.Hosting.Lifetime"), gap=0.2)
    for i, (P, ip) in enumerate(((P1, ip1), (P2, pip(4)), (P1, ip1))):
        cmd = f"CMD-{RNG.randint(100000, 999999)}"
        der = f"BESS-{('WESTFIELD', 'HARROW', 'OAKMERE')[i]}-0{i + 1}"
        chpid, cnpid = f"<0.{8123 + i * 91}.0>", f"<0.{8110 + i * 91}.0>"
        r.add(RQ, f"@RMQ@ [error] {chpid} Channel error on connection {cnpid} ({ip}:{RNG.randint(40000, 60000)} -> {mqip}:5672, vhost: 'grid', user: 'der-dispatch'), channel 1:",
              gap=RNG.uniform(15, 40))
        r.add(RQ, f"@RMQ@ [error] {chpid} operation basic.publish caused a channel exception not_found: no exchange 'der.commands.v2' in vhost 'grid'",
              gap=0.001, ev=(i == 0))
        r.add(P, clef("Failed to dispatch {CommandType} command {CommandId} to {DerId}", "Error",
                      CommandType="ActivePowerSetpoint", CommandId=cmd, DerId=der,
                      Exception="RabbitMQ.Client.Exceptions.AlreadyClosedException: Already closed: The AMQP operation was interrupted: AMQP close-reason, initiated by Peer, code=404, text='NOT_FOUND - no exchange 'der.commands.v2' in vhost 'grid'', classId=60, methodId=40",
                      SourceContext="Nvpd.Der.Dispatch.CommandPublisher"), gap=0.01, ev=(i < 2))
    r.add(P2, clef("Dispatch backlog {Backlog} commands; oldest {OldestAge}", "Warning", Backlog=37, OldestAge="00:04:12",
                   SourceContext="Nvpd.Der.Dispatch.BacklogMonitor"), gap=10.0)
    return r.done("ERROR", "config_error", "der-dispatch",
                  "The der-dispatch release ships a ConfigMap setting DER__Rabbit__Exchange=der.commands.v2, an exchange that does not exist in RabbitMQ vhost 'grid' (the real exchange is der.commands), so every basic.publish is rejected with 404 NOT_FOUND.",
                  "Since the der-dispatch rollout every DER setpoint command fails: RabbitMQ closes the channel with 'no exchange der.commands.v2 in vhost grid' and the dispatch backlog is growing.",
                  "Fix der-dispatch-config (DER__Rabbit__Exchange=der.commands, or declare the new exchange and bindings first) and restart der-dispatch; then replay the backlog.")


# =================================================================== DOMAIN 2: UNIVERSITY
# Arden University: Moodle LMS, SIS, Keycloak SSO, Galera, OpenSearch, Celery, exam proctoring.
UNI_REALM = uid()


def celery(level, proc, msg):
    return f"[@SPC@: {level}/{proc}] {msg}"


def kcev(level, thread, body):
    return f"@SPC@ {level:<5} [org.keycloak.events] ({thread}) {body}"


@record
def uni_moodle_cron():
    ns = "lms"
    sched = int(datetime(2026, 3, 2, 3, 15, tzinfo=timezone.utc).timestamp() // 60)
    job = f"moodle-cron-{sched}"
    p = f"{job}-{rs(5)}"
    node = "lms-wrk-03"
    r = Rec("uni-moodle-cron-ok", "moodle_cron_run_ok",
            "Is Moodle cron healthy? Some tasks print 'Deleting' and 'Unenrolled' messages.",
            sel(ns, "moodle-cron"), "2026-03-02T03:15:00")
    P = K(ns, p, "moodle-cron", node)
    r.kev(ns, "Job", job, "SuccessfulCreate", "Normal", f"Created pod: {p}", src="job-controller", api="batch/v1")
    r.add(P, "Server Time: @HTTPDATE@", gap=1.2)
    tasks = [
        ("Clean up temporary files", "core\\task\\file_temp_cleanup_task", ["Deleting temporary files..."], 3, 0.41),
        ("Synchronise enrolments from external database", "enrol_database\\task\\sync_enrolments",
         ["Starting user enrolment synchronisation...", "  unenrolling: 3 users that left course 18842 (CS2040-2026S)",
          "...user enrolment synchronisation finished."], 812, 14.2),
        ("Cleanup old sessions", "core\\task\\session_cleanup_task", [], 6, 0.88),
        ("Global search indexing", "core\\task\\search_index_task",
         ["Running full index of site", "  Processing area: Forum - posts", "    Processed 412 records containing 0 documents, in 2.1 seconds."], 221, 6.3),
    ]
    for name, cls, out, q, secs in tasks:
        r.add(P, f"Execute scheduled task: {name} ({cls})", gap=0.3)
        r.add(P, f"... started @TIME@. Current memory use {RNG.randint(28, 44)}.{RNG.randint(0, 9)} MB.", gap=0.001)
        for o in out:
            r.add(P, o, gap=secs / (len(out) + 1))
        r.add(P, f"... used {q} dbqueries", gap=secs / (len(out) + 1))
        r.add(P, f"... used {secs} seconds", gap=0.001)
        r.add(P, f"Scheduled task complete: {name} ({cls})", gap=0.001)
    r.add(P, "Execute adhoc task: mod_forum\\task\\send_user_notifications", gap=0.4)
    r.add(P, "Adhoc task complete: mod_forum\\task\\send_user_notifications", gap=1.1)
    r.add(P, "Ran 14 adhoc tasks found at @HTTPDATE@", gap=3.0)
    r.add(P, "Cron run completed correctly", gap=0.01)
    r.add(P, "Cron completed at @TIME@ in 27.52 seconds. Memory used: 54.1 MB.", gap=0.01)
    r.kev(ns, "Job", job, "Completed", "Normal", "Job completed", src="job-controller", api="batch/v1", gap=2.0)
    r.kev(ns, "CronJob", "moodle-cron", "SawCompletedJob", "Normal", f"Saw completed job: {job}, status: Complete",
          src="cronjob-controller", api="batch/v1", gap=0.5)
    return r.done("INFO", "none", "moodle-cron",
                  "No fault: a normal Moodle cron run; the 'Deleting' and 'unenrolling' lines are routine output of the temp-file cleanup and external-database enrolment sync tasks.",
                  "The 03:15 moodle-cron Job ran its scheduled and adhoc tasks, printed 'Cron run completed correctly' and the Job completed.",
                  "Nothing to do.")


@record
def uni_galera_rolling_upgrade():
    r = Rec("uni-galera-rolling-upgrade", "galera_planned_node_restart",
            "During last night's maintenance haproxy marked db-gal2 DOWN. Did the Galera cluster have a problem?",
            None, "2026-03-03T22:05:00")
    G1 = H("db-gal1", "mariadb.service")
    G2 = H("db-gal2", "mariadb.service")
    G3 = H("db-gal3", "mariadb.service")
    LB = H("db-lb01", "haproxy.service")
    st = uid()
    r.add(HF("db-gal2", "/var/log/dpkg.log"), "@MY@ startup archives unpack")
    r.add(G2, "@MY@ 0 [Note] /usr/sbin/mariadbd (initiated by: unknown): Normal shutdown", gap=0.5)
    r.add(G2, "@MY@ 0 [Note] WSREP: Shutdown replication", gap=0.01)
    r.add(LB, '[WARNING]  (1187) : Server galera_rw/db-gal2 is DOWN, reason: Layer7 wrong status, code: 503, info: "Galera Cluster Node is not synced.", check duration: 11ms. 2 active and 0 backup servers left. 0 sessions active, 0 requeued, 0 remaining in queue.', gap=1.6)
    r.add(G1, "@MY@ 0 [Note] WSREP: New COMPONENT: primary = yes, bootstrap = no, my_idx = 0, memb_num = 2", gap=1.2)
    r.add(G2, "@MY@ 0 [Note] /usr/sbin/mariadbd: Shutdown complete", gap=3.4)
    r.add(HF("db-gal2", "/var/log/dpkg.log"), "@MY@ upgrade mariadb-server:amd64 1:10.11.6+maria~ubu2204 1:10.11.7+maria~ubu2204", gap=18.0)
    r.add(G2, f"@MY@ 0 [Note] Starting MariaDB 10.11.7-MariaDB-1:10.11.7+maria~ubu2204-log source revision {hexs(40)} as process 2214", gap=41.0)
    r.add(G2, "@MY@ 0 [Note] WSREP: Prepared IST receiver for 88112346-88116470, listening at: tcp://10.40.0.12:4568", gap=1.9)
    r.add(G1, "@MY@ 0 [Note] WSREP: Member 1.0 (db-gal2) requested state transfer from '*any*'. Selected 2.0 (db-gal3)(SYNCED) as donor.", gap=0.2)
    r.add(G3, "@MY@ 0 [Note] WSREP: IST sender starting to serve tcp://10.40.0.12:4568 sending 88112346-88116470, preload starts from 88112346", gap=0.1)
    r.add(G2, "@MY@ 0 [Note] WSREP: Receiving IST: 4125 writesets, seqnos 88112346-88116470", gap=0.3)
    r.add(G2, f"@MY@ 0 [Note] WSREP: IST received: {st}:88116470", gap=6.8)
    r.add(G2, "@MY@ 0 [Note] WSREP: Shifting JOINER -> JOINED (TO: 88116474)", gap=0.01)
    r.add(G2, "@MY@ 0 [Note] WSREP: Member 1.0 (db-gal2) synced with group.", gap=0.02)
    r.add(G2, "@MY@ 0 [Note] WSREP: Shifting JOINED -> SYNCED (TO: 88116474)", gap=0.001)
    r.add(G2, "@MY@ 2 [Note] WSREP: Synchronized with group, ready for connections", gap=0.001)
    r.add(LB, "[WARNING]  (1187) : Server galera_rw/db-gal2 is UP, reason: Layer7 check passed, code: 200, check duration: 9ms. 3 active and 0 backup servers online. 0 sessions requeued, 0 total in queue.", gap=2.1)
    r.add(G1, "@MY@ 0 [Note] WSREP: New COMPONENT: primary = yes, bootstrap = no, my_idx = 0, memb_num = 3", gap=0.3)
    return r.done("INFO", "none", "galera",
                  "No fault: db-gal2 was deliberately shut down for the MariaDB 10.11.7 package upgrade; the cluster stayed primary with two members and db-gal2 rejoined via IST and is SYNCED.",
                  "Planned rolling upgrade of db-gal2: clean shutdown, haproxy DOWN while not synced, restart on 10.11.7, IST of 4125 writesets from db-gal3, back to SYNCED and UP; cluster size back to 3.",
                  "Nothing to do; continue the rolling upgrade with the next node.")


@record
def uni_keycloak_login_noise():
    ns = "identity"
    node0, node1 = "lms-wrk-01", "lms-wrk-05"
    r = Rec("uni-keycloak-login-errors-normal", "sso_expected_login_errors",
            "Keycloak shows LOGIN_ERROR events this morning. Are students unable to log in?",
            sel(ns, "keycloak"), "2026-03-04T09:12:00")
    pods = [(K(ns, "keycloak-0", "keycloak", node0)), (K(ns, "keycloak-1", "keycloak", node1))]
    moodle = "https://learn.arden-uni.edu/auth/oidc/"
    plan = ["LOGIN", "LOGIN", "LOGIN_ERROR:invalid_user_credentials", "LOGIN", "CODE_TO_TOKEN", "LOGIN",
            "LOGIN_ERROR:user_not_found", "LOGIN", "LOGIN", "CODE_TO_TOKEN", "LOGIN_ERROR:invalid_user_credentials", "LOGIN", "LOGIN"]
    for i, ev in enumerate(plan):
        P = pods[i % 2]
        th = f"executor-thread-{RNG.randint(1, 40)}"
        ip = f"{RNG.choice(['203.0.113', '198.51.100', '192.0.2'])}.{RNG.randint(2, 250)}"
        user = f"s{RNG.randint(2100000, 2499999)}"
        if ev == "LOGIN":
            body = (f"type=LOGIN, realmId={UNI_REALM}, clientId=moodle, userId={uid()}, ipAddress={ip}, auth_method=openid-connect, "
                    f"auth_type=code, response_type=code, redirect_uri={moodle}, consent=no_consent_required, code_id={uid()}, "
                    f"response_mode=query, username={user}, authSessionParentId={uid()}, authSessionTabId={rs(11)}")
            r.add(P, kcev("INFO", th, body), gap=RNG.uniform(0.5, 6))
        elif ev == "CODE_TO_TOKEN":
            body = (f"type=CODE_TO_TOKEN, realmId={UNI_REALM}, clientId=moodle, userId={uid()}, ipAddress=10.244.{RNG.randint(0, 9)}.{RNG.randint(2, 250)}, "
                    f"token_id={uid()}, grant_type=authorization_code, refresh_token_type=Refresh, scope=openid profile email, "
                    f"refresh_token_id={uid()}, code_id={uid()}, client_auth_method=client-secret")
            r.add(P, kcev("INFO", th, body), gap=RNG.uniform(0.2, 2))
        else:
            err = ev.split(":")[1]
            uidv = "null" if err == "user_not_found" else uid()
            body = (f"type=LOGIN_ERROR, realmId={UNI_REALM}, clientId=moodle, userId={uidv}, ipAddress={ip}, error={err}, "
                    f"auth_method=openid-connect, auth_type=code, redirect_uri={moodle}, code_id={uid()}, username={user}, "
                    f"authSessionParentId={uid()}, authSessionTabId={rs(11)}")
            r.add(P, kcev("WARN", th, body), gap=RNG.uniform(0.5, 6))
    r.add(pods[0], "@SPC@ INFO  [org.infinispan.CLUSTER] (jgroups-7,keycloak-0-41822) ISPN000094: Received new cluster view for channel ISPN: [keycloak-0-41822|11] (2) [keycloak-0-41822, keycloak-1-7731]", gap=4.0)
    return r.done("INFO", "none", "keycloak",
                  "No fault: the LOGIN_ERROR events are individual users mistyping passwords or usernames (invalid_user_credentials, user_not_found) among many successful logins and token exchanges.",
                  "Keycloak is authenticating Moodle users normally; a handful of ordinary wrong-password / unknown-user errors, no errors from the server itself, cluster view stable at 2 nodes.",
                  "Nothing to do.")


@record
def uni_celery_retry_ok():
    h = "sis-worker01"
    r = Rec("uni-grade-sync-retry-ok", "celery_retry_succeeds",
            "The nightly grade sync logged a ConnectionResetError. Did grades reach the SIS?",
            None, "2026-03-05T07:00:00")
    W = H(h, "celery-worker.service")
    B = H(h, "celery-beat.service")
    run = uid()
    r.add(B, celery("INFO", "MainProcess", "Scheduler: Sending due task nightly-grade-sync (sis.sync.grade_sync_run)"))
    r.add(W, celery("INFO", "MainProcess", f"Task sis.sync.grade_sync_run[{run}] received"), gap=0.05)
    sections = ["CS1010-2026S", "CS2040-2026S", "MA1101-2026S", "EC2101-2026S"]
    for i, sec in enumerate(sections):
        tid = uid()
        r.add(W, celery("INFO", "MainProcess", f"Task sis.sync.push_grades[{tid}] received"), gap=0.3)
        if i == 1:
            r.add(W, celery("WARNING", "ForkPoolWorker-2", f"Task sis.sync.push_grades[{tid}] retry: Retry in 10s: ConnectionResetError(104, 'Connection reset by peer')"), gap=1.1)
            r.add(W, celery("INFO", "MainProcess", f"Task sis.sync.push_grades[{tid}] received"), gap=0.01)
            r.add(W, celery("INFO", "ForkPoolWorker-3", f"Task sis.sync.push_grades[{tid}] succeeded in 1.8421s: {{'section': '{sec}', 'grades': 214}}"), gap=11.9)
        else:
            r.add(W, celery("INFO", f"ForkPoolWorker-{i + 1}", f"Task sis.sync.push_grades[{tid}] succeeded in {RNG.uniform(0.8, 2.5):.4f}s: {{'section': '{sec}', 'grades': {RNG.randint(40, 320)}}}"), gap=RNG.uniform(1, 3))
    r.add(W, celery("INFO", "ForkPoolWorker-1", f"sis.sync.grade_sync_run[{run}]: grade sync run complete: 182 sections, 11034 grades pushed, 1 retried, 0 failed"), gap=95.0)
    r.add(W, celery("INFO", "ForkPoolWorker-1", f"Task sis.sync.grade_sync_run[{run}] succeeded in 118.2207s: {{'sections': 182, 'grades': 11034, 'failed': 0}}"), gap=0.01)
    return r.done("INFO", "none", "grade-sync",
                  "No fault: one push_grades task hit a transient TCP reset from the SIS API and succeeded on its automatic retry 10 s later.",
                  "The nightly grade sync pushed 11034 grades for 182 sections; one task was retried after ConnectionResetError and succeeded; 0 failed.",
                  "Nothing to do.")


@record
def uni_coredns_campus_ldap():
    ns = "identity"
    node = "lms-wrk-02"
    cd1, cd2 = dpod("coredns"), dpod("coredns")
    kcip = pip(3)
    r = Rec("uni-coredns-campus-forwarders", "stub_forwarder_timeouts",
            "Students can't log in to Moodle: Keycloak says LDAP query failed. Is the LDAP server down?",
            sel(ns, "keycloak"), "2026-03-06T08:30:00")
    KC = K(ns, "keycloak-0", "keycloak", node)
    C1 = K("kube-system", cd1, "coredns", "lms-wrk-01")
    C2 = K("kube-system", cd2, "coredns", "lms-wrk-04")
    r.add(C1, f'[INFO] {kcip}:41234 - 33121 "A IN keycloak-headless.identity.svc.cluster.local. udp 62 false 512" NOERROR qr,aa,rd 110 0.000112s')
    for i in range(3):
        C = (C1, C2)[i % 2]
        cdip = f"10.244.{(0, 4)[i % 2]}.{(12, 9)[i % 2]}"
        up = ("10.50.0.53", "10.50.0.54")[i % 2]
        r.add(C, f"[ERROR] plugin/errors: 2 ldaps.arden-uni.edu. A: read udp {cdip}:{RNG.randint(30000, 60000)}->{up}:53: i/o timeout",
              gap=RNG.uniform(1, 4), ev=(i < 2))
        r.add(C, f"[ERROR] plugin/errors: 2 ldaps.arden-uni.edu. AAAA: read udp {cdip}:{RNG.randint(30000, 60000)}->{up}:53: i/o timeout",
              gap=0.002)
        r.add(C, f'[INFO] {kcip}:{RNG.randint(30000, 60000)} - {RNG.randint(1000, 65000)} "A IN ldaps.arden-uni.edu. udp 48 false 512" SERVFAIL qr,rd 48 2.001841s',
              gap=0.001, ev=(i == 0))
        r.add(KC, f"@SPC@ ERROR [org.keycloak.services] (executor-thread-{RNG.randint(1, 40)}) KC-SERVICES0013: Failed authentication: org.keycloak.models.ModelException: LDAP Query failed",
              gap=0.05, ev=(i == 0))
        r.add(KC, "Caused by: javax.naming.CommunicationException: ldaps.arden-uni.edu:636 [Root exception is java.net.UnknownHostException: ldaps.arden-uni.edu: Temporary failure in name resolution]",
              gap=0.001, ev=(i == 0))
        r.add(KC, kcev("WARN", f"executor-thread-{RNG.randint(1, 40)}",
                       f"type=LOGIN_ERROR, realmId={UNI_REALM}, clientId=moodle, userId=null, ipAddress=203.0.113.{RNG.randint(2, 250)}, error=invalid_user_credentials, auth_method=openid-connect, auth_type=code, redirect_uri=https://learn.arden-uni.edu/auth/oidc/, code_id={uid()}, username=s{RNG.randint(2100000, 2499999)}"),
              gap=0.01)
    r.add(C2, "[ERROR] plugin/errors: 2 smtp.arden-uni.edu. A: read udp 10.244.4.9:51882->10.50.0.54:53: i/o timeout", gap=3.0, ev=True)
    r.add(C1, f'[INFO] {kcip}:52110 - 7124 "A IN moodle.lms.svc.cluster.local. udp 46 false 512" NOERROR qr,aa,rd 108 0.000091s', gap=0.5)
    return r.done("ERROR", "dns_resolution", "coredns",
                  "CoreDNS's forward for the campus zone arden-uni.edu gets no answer from the campus resolvers 10.50.0.53/10.50.0.54 (UDP i/o timeouts), so ldaps.arden-uni.edu returns SERVFAIL; Keycloak's LDAP user federation cannot resolve the LDAP host and every password login fails.",
                  "Logins fail because Keycloak cannot resolve ldaps.arden-uni.edu ('Temporary failure in name resolution'); CoreDNS shows i/o timeouts to both campus forwarders for all arden-uni.edu names while cluster-internal names resolve fine. The LDAP server itself is not implicated.",
                  "Restore DNS for the campus zone: check reachability of 10.50.0.53/54 from the cluster (firewall/routing, resolver health) or point the CoreDNS arden-uni.edu forward at working resolvers, then verify ldaps.arden-uni.edu resolves from a pod.")


@record
def uni_es_oom():
    h, h1 = "search-es02", "search-es01"
    r = Rec("uni-elasticsearch-host-oom", "jvm_heap_oversized_host_oom",
            "search-es02 keeps dropping out of the library-search Elasticsearch cluster tonight. Why?",
            None, "2026-03-07T02:10:00")
    E = HF(h, "/var/log/elasticsearch/library-search.log")
    E1 = HF(h1, "/var/log/elasticsearch/library-search.log")
    KN = H(h, "kernel")
    S = H(h, "elasticsearch.service")
    for cycle in range(2):
        pid = RNG.randint(15000, 40000)
        if cycle == 1:
            r.add(S, "Started elasticsearch.service - Elasticsearch.", gap=31.0)
        r.add(E, "[@OS@][INFO ][o.e.n.Node               ] [search-es02] JVM arguments [-Des.networkaddress.cache.ttl=60, -Des.networkaddress.cache.negative.ttl=10, -Djava.security.manager=allow, -XX:+AlwaysPreTouch, -Xss1m, -Djava.awt.headless=true, -Dfile.encoding=UTF-8, -XX:+UseG1GC, -Xms14g, -Xmx14g, -XX:MaxDirectMemorySize=7516192768, -Des.path.home=/usr/share/elasticsearch, -Des.bundled_jdk=true]",
              gap=4.0 if cycle == 0 else 9.0, ev=(cycle == 0))
        r.add(E, "[@OS@][INFO ][o.e.e.NodeEnvironment    ] [search-es02] heap size [14gb], compressed ordinary object pointers [true]", gap=0.6, ev=(cycle == 0))
        r.add(E, "[@OS@][INFO ][o.e.n.Node               ] [search-es02] started {search-es02}{" + rs(22) + "}{" + rs(22) + "}{search-es02}{10.40.2.12}{10.40.2.12:9300}{cdfhilmrstw}", gap=14.0)
        r.add(E, "[@OS@][INFO ][o.e.i.r.PeerRecoveryTargetService] [search-es02] recovery of [catalogue-v7][3] from [{search-es01}] started; bulk reindex catalogue-v8 resumed (batch 5000)", gap=6.0)
        r.add(E, f"[@OS@][WARN ][o.e.m.j.JvmGcMonitorService] [search-es02] [gc][{412 + cycle * 60}] overhead, spent [{1.2 + cycle * 0.4:.1f}s] collecting in the last [{1.5 + cycle * 0.4:.1f}s]", gap=40.0)
        r.add(KN, "java invoked oom-killer: gfp_mask=0x140cca(GFP_HIGHUSER_MOVABLE|__GFP_COMP), order=0, oom_score_adj=0", gap=25.0)
        r.add(KN, "Mem-Info: active_anon:3921033 inactive_anon:12201 isolated_anon:0 active_file:211 inactive_file:97 free:33108 slab_reclaimable:21022", gap=0.001)
        if cycle == 0:
            r.add(KN, "Total swap = 0kB", gap=0.001)
            r.add(KN, "4194135 pages RAM", gap=0.001)
        r.add(KN, f"Out of memory: Killed process {pid} (java) total-vm:{24512340 + cycle * 1200}kB, anon-rss:{15234112 + cycle * 22040}kB, file-rss:102312kB, shmem-rss:0kB, UID:998 pgtables:31234kB oom_score_adj:0",
              gap=0.001, ev=True)
        r.add(KN, f"oom_reaper: reaped process {pid} (java), now anon-rss:0kB, file-rss:0kB, shmem-rss:0kB", gap=0.3)
        r.add(S, "elasticsearch.service: A process of this unit has been killed by the OOM killer.", gap=0.01, ev=(cycle == 0))
        r.add(S, "elasticsearch.service: Main process exited, code=killed, status=9/KILL", gap=0.001)
        r.add(S, "elasticsearch.service: Failed with result 'oom-kill'.", gap=0.001, ev=True)
        if cycle == 0:
            r.add(E1, "[@OS@][INFO ][o.e.c.r.a.AllocationService] [search-es01] current.health=\"YELLOW\" message=\"Cluster health status changed from [GREEN] to [YELLOW] (reason: [{search-es02}{" + rs(22) + "} reason: disconnected]).\" previous.health=\"GREEN\" reason=\"{search-es02} reason: disconnected\"", gap=0.4)
        r.add(S, f"elasticsearch.service: Scheduled restart job, restart counter is at {3 + cycle}.", gap=30.0, ev=(cycle == 1))
    return r.done("CRITICAL", "oom_killed", "elasticsearch",
                  "Elasticsearch on search-es02 runs with a 14g heap (-Xms14g/-Xmx14g, AlwaysPreTouch) on a 16 GiB VM without swap, leaving almost nothing for direct memory, thread stacks and the OS; under the nightly bulk reindex the kernel OOM killer kills the java process on every restart.",
                  "search-es02 is in an OOM restart loop: 'Out of memory: Killed process (java)', elasticsearch.service failed with result 'oom-kill', restart counter 3 and 4; the cluster is YELLOW and the reindex keeps failing.",
                  "Lower the heap to about half of RAM (e.g. -Xms8g/-Xmx8g in jvm.options.d) or give the VM more memory, then restart and let shards recover; pause the bulk reindex until the node is stable.")


@record
def uni_enrolment_sync_secret():
    ns, app = "lms", "enrolment-sync"
    p = dpod(app)
    node = "lms-wrk-06"
    ip = pip(6)
    r = Rec("uni-enrolment-sync-401", "oidc_client_secret_rotated",
            "New enrolments stopped reaching Moodle this afternoon. What broke?",
            sel(ns, app), "2026-03-07T15:20:00")
    KC = K("identity", "keycloak-1", "keycloak", "lms-wrk-05")
    W = K(ns, p, app, node)
    admin = uid()
    client_uuid = uid()
    r.add(KC, f"@SPC@ INFO  [org.keycloak.events] (executor-thread-9) operationType=ACTION, realmId={UNI_REALM}, clientId=security-admin-console, userId={admin}, ipAddress=10.20.8.44, resourceType=CLIENT, resourcePath=clients/{client_uuid}/client-secret",
          ev=True)
    url = "https://sso.arden-uni.edu/realms/arden/protocol/openid-connect/token"
    for i in range(3):
        tid = uid()
        course = RNG.randint(18000, 19999)
        r.add(W, celery("INFO", "MainProcess", f"Task enrolments.sync_course[{tid}] received"), gap=300.0 if i == 0 else 60.0)
        r.add(KC, kcev("WARN", f"executor-thread-{RNG.randint(1, 40)}",
                       f"type=CLIENT_LOGIN_ERROR, realmId={UNI_REALM}, clientId=enrolment-sync, userId=null, ipAddress={ip}, error=invalid_client_credentials, grant_type=client_credentials"),
              gap=0.08, ev=(i == 0))
        r.add(W, celery("ERROR", f"ForkPoolWorker-{1 + i}", f"Task enrolments.sync_course[{tid}] raised unexpected: HTTPError('401 Client Error: Unauthorized for url: {url}')"),
              gap=0.02, ev=(i == 0))
        if i == 0:
            r.add(W, "Traceback (most recent call last):", gap=0.001)
            r.add(W, '  File "/app/enrolments/sis_client.py", line 58, in _token', gap=0.001)
            r.add(W, "    resp.raise_for_status()", gap=0.001)
            r.add(W, f"requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: {url}", gap=0.001, ev=True)
    r.add(W, celery("WARNING", "ForkPoolWorker-1", "enrolments.sync_run: 0 of 412 courses synced, 412 failed (401 from token endpoint); last successful run 2026-03-07 15:00"), gap=30.0, ev=True)
    return r.done("ERROR", "auth_failure", "enrolment-sync",
                  "The OIDC client secret of client 'enrolment-sync' was regenerated in the Keycloak admin console, but the enrolment-sync deployment still sends the old secret, so its client_credentials token requests are rejected (invalid_client_credentials, HTTP 401).",
                  "Every enrolment sync task fails with 401 Unauthorized from the Keycloak token endpoint since the client secret was rotated; no course enrolments have been synced from the SIS to Moodle since 2026-03-07 15:00.",
                  "Put the new client secret into the enrolment-sync Secret (or revert the rotation) and restart the workers, then trigger a full enrolment sync run.")


@record
def uni_galera_cert_conflicts():
    web, lb = "sis-web01", "db-lb01"
    r = Rec("uni-galera-registration-deadlocks", "galera_multiwriter_cert_conflicts",
            "Course registration opened at 08:00 and many students get 'please try again' errors. What is happening?",
            None, "2026-03-09T08:00:00")
    L = HF(web, "/var/www/registration/storage/logs/laravel.log")
    NG = HF(web, "/var/log/nginx/registration.access.log")
    HP = H(lb, "haproxy.service")
    gal = {n: H(n, "mariadb.service") for n in ("db-gal1", "db-gal2", "db-gal3")}
    sql = "update `section_seats` set `taken` = `taken` + 1 where `section_id` = {sid} and `taken` < `capacity`"
    for i, srv in enumerate(("db-gal1", "db-gal2", "db-gal3")):
        r.add(HP, f"10.40.1.21:{RNG.randint(40000, 60000)} [@HAP@] galera_rw galera_rw/{srv} 1/0/{RNG.randint(8, 30)} {RNG.randint(2000, 9000)} -- 880/880/878/{290 + i}/0 0/0",
              gap=0.4, ev=(i == 2))
    for i in range(3):
        srv = ("db-gal2", "db-gal3", "db-gal1")[i]
        thd = RNG.randint(4000, 9000)
        sid = (48211, 48211, 51007)[i]
        r.add(gal[srv], f"@MY@ {thd} [Note] WSREP: --------- CONFLICT DETECTED --------", gap=RNG.uniform(0.5, 3))
        r.add(gal[srv], f"@MY@ {thd} [Note] WSREP: cluster conflict due to certification failure for threads:", gap=0.001, ev=(i == 0))
        r.add(gal[srv], f"@MY@ {thd} [Note] WSREP: Victim thread: THD: {thd}, mode: local, state: exec, conflict: cert failure, seqno: {88231442 + i * 17}",
              gap=0.001, ev=(i < 2))
        r.add(gal[srv], f"SQL: {sql.format(sid=sid)}", gap=0.001)
        uidn = RNG.randint(2100000, 2499999)
        r.add(L, "[@MY@] production.ERROR: SQLSTATE[40001]: Serialization failure: 1213 Deadlock found when trying to get lock; try restarting transaction "
                 f"(Connection: mysql, SQL: {sql.format(sid=sid)}) "
                 f"{{\"userId\":{uidn},\"exception\":\"[object] (Illuminate\\\\Database\\\\QueryException(code: 40001): SQLSTATE[40001]: Serialization failure: 1213 Deadlock found when trying to get lock; try restarting transaction at /var/www/registration/vendor/laravel/framework/src/Illuminate/Database/Connection.php:822)\"}}",
              gap=0.02, ev=(i < 2))
        r.add(NG, f'203.0.113.{RNG.randint(2, 250)} - - [@CLF@] "POST /register/cart/checkout HTTP/1.1" 500 1412 "https://register.arden-uni.edu/cart" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36"',
              gap=0.01)
    r.add(L, "[@MY@] production.WARNING: Checkout failures in last 5 min: 431 of 1812 attempts (1213 deadlock), hottest sections: 48211, 51007, 50133", gap=60.0, ev=True)
    return r.done("ERROR", "database", "galera",
                  "At registration opening thousands of concurrent seat updates hit the same section_seats rows, and haproxy's galera_rw backend spreads writes across all three Galera nodes; conflicting writesets from different nodes fail certification and are aborted as 1213 deadlocks, which the registration app does not retry.",
                  "Since 08:00 about a quarter of registration checkouts fail with 'SQLSTATE[40001] 1213 Deadlock found'; the Galera nodes log certification-failure conflicts on the same section_seats rows written via different nodes.",
                  "Send all writes to a single Galera node (haproxy galera_rw with one active server and the others as backup) and make the checkout transaction retry on 1213/40001.")


@record
def uni_proctor_config():
    ns, app = "proctoring", "exam-proctor"
    old_rs, new_rs = rshash(app), rshash(app)
    pods = [f"{new_rs}-{rs(5)}" for _ in range(3)]
    nodes = ["lms-wrk-04", "lms-wrk-07", "lms-wrk-08"]
    puids = [uid() for _ in range(3)]
    mp = dpod("moodle")
    r = Rec("uni-exam-proctor-crashloop", "renamed_env_var_crashloop",
            "Exam proctoring is down in the middle of the exam session - all exam-proctor pods are restarting. Why?",
            sel(ns, app), "2026-03-10T13:58:00")
    r.kev(ns, "Deployment", app, "ScalingReplicaSet", "Normal", f"Scaled down replica set {old_rs} to 0 from 3",
          src="deployment-controller", api="apps/v1")
    r.kev(ns, "Deployment", app, "ScalingReplicaSet", "Normal", f"Scaled up replica set {new_rs} to 3 from 0",
          src="deployment-controller", api="apps/v1", gap=31.0)
    for cycle in range(2):
        for i in range(3):
            P = K(ns, pods[i], app, nodes[i])
            r.add(P, zap("info", "proctor/main.go:52", "starting exam-proctor", version="3.8.0", commit="9f1c2ab", go="go1.22.1"),
                  gap=RNG.uniform(2, 6) if i == 0 else RNG.uniform(0.2, 1.0))
            r.add(P, zap("warn", "config/env.go:88", "ignoring legacy environment variable", name="RECORDING_BUCKET",
                         replacement="PROCTOR_RECORDING_BUCKET"), gap=0.002, ev=(cycle == 0 and i == 0))
            r.add(P, zap("fatal", "proctor/main.go:77", "invalid configuration",
                         error="config: PROCTOR_RECORDING_BUCKET is required (set env or --recording-bucket)",
                         stacktrace="main.main\n\t/src/cmd/proctor/main.go:77\nruntime.main\n\t/usr/local/go/src/runtime/proc.go:271"),
                  gap=0.001, ev=(cycle == 0 and i < 2) or (cycle == 1 and i == 0))
        r.kev(ns, "Pod", pods[0], "BackOff", "Warning",
              f"Back-off restarting failed container {app} in pod {pods[0]}_{ns}({puids[0]})", host=nodes[0], count=3 + cycle * 3,
              gap=1.0, ev=(cycle == 1))
        r.add(K("lms", mp, "php-fpm", "lms-wrk-03"),
              f'[@FPM@] WARNING: [pool www] child {RNG.randint(100, 999)} said into stderr: "NOTICE: PHP message: quizaccess_proctoring: could not start proctoring session for attempt {881231 + cycle * 17}: cURL error 7: Failed to connect to exam-proctor.proctoring.svc.cluster.local port 8080 after 1 ms: Couldn\'t connect to server"',
              gap=RNG.uniform(2, 5))
        if cycle == 0:
            r.add(NJ(nodes[1], "kubelet.service"),
                  klog("E", 1288, "pod_workers.go:1300", f'"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"{app}\\" with CrashLoopBackOff: \\"back-off 20s restarting failed container={app} pod={pods[1]}_{ns}({puids[1]})\\"" pod="{ns}/{pods[1]}" podUID="{puids[1]}"'),
                  gap=1.0)
    return r.done("CRITICAL", "config_error", "exam-proctor",
                  "exam-proctor 3.8.0 renamed its setting RECORDING_BUCKET to PROCTOR_RECORDING_BUCKET, but the exam-proctor ConfigMap still only sets the old name; the binary exits with a fatal 'invalid configuration' at start and, with the Recreate strategy, all three pods crash-loop.",
                  "exam-proctor is completely down during the exam session: every pod exits immediately with 'config: PROCTOR_RECORDING_BUCKET is required' and is in CrashLoopBackOff; Moodle cannot start proctoring sessions (connection refused to the service).",
                  "Add PROCTOR_RECORDING_BUCKET to the exam-proctor ConfigMap (or roll back to the previous release) and restart the deployment; then check the quiz attempts that could not start proctoring.")


@record
def uni_moodle_readiness_flap():
    ns, app = "lms", "moodle"
    pods = [dpod(app) for _ in range(3)]
    puids = [uid() for _ in range(3)]
    nodes = ["lms-wrk-02", "lms-wrk-03", "lms-wrk-06"]
    ips = [pip(n) for n in (2, 3, 6)]
    r = Rec("uni-moodle-readiness-flapping", "probe_timeout_too_tight",
            "At 9am Moodle pods kept going NotReady and came back. Are the pods crashing?",
            sel(ns, app), "2026-03-11T09:00:00")
    ua = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15"
    for i in range(3):
        j = i % 3
        url = f"http://{ips[j]}:8080/login/index.php"
        rt = (1.412, 1.655, 1.873)[i]
        r.add(K(ns, pods[j], "nginx", nodes[j]),
              f'10.244.0.{RNG.randint(2, 60)} - - [@CLF@] "GET /login/index.php HTTP/1.1" 200 {RNG.randint(23000, 25000)} "https://learn.arden-uni.edu/" "{ua}" rt={rt:.3f} uct=0.000 urt={rt - 0.001:.3f}',
              gap=RNG.uniform(3, 12), ev=(i < 2))
        r.add(K(ns, pods[j], "nginx", nodes[j]),
              f'{ips[j].rsplit(".", 1)[0]}.1 - - [@CLF@] "GET /login/index.php HTTP/1.1" 499 0 "-" "kube-probe/1.29" rt=1.000 uct=0.000 urt=1.000',
              gap=RNG.uniform(0.2, 1.5), ev=(i == 0))
        r.add(NJ(nodes[j], "kubelet.service"),
              klog("I", 1402, "prober.go:107", f'"Probe failed" probeType="Readiness" pod="{ns}/{pods[j]}" podUID="{puids[j]}" containerName="nginx" probeResult="failure" output="Get \\"{url}\\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)"'),
              gap=0.001, ev=(i < 2))
        r.kev(ns, "Pod", pods[j], "Unhealthy", "Warning",
              f'Readiness probe failed: Get "{url}": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
              host=nodes[j], count=4 + i * 3, gap=0.01, ev=(i == 0))
        r.add(K(ns, pods[j], "nginx", nodes[j]),
              f'10.244.0.{RNG.randint(2, 60)} - s{RNG.randint(2100000, 2499999)} [@CLF@] "GET /course/view.php?id={RNG.randint(18000, 19999)} HTTP/1.1" 200 {RNG.randint(60000, 90000)} "https://learn.arden-uni.edu/my/" "{ua}" rt={0.9 + i * 0.2:.3f} uct=0.000 urt={0.9 + i * 0.2:.3f}',
              gap=0.4)
    r.add(K(ns, pods[0], "nginx", nodes[0]),
          f'{ips[0].rsplit(".", 1)[0]}.1 - - [@CLF@] "GET /login/index.php HTTP/1.1" 200 24102 "-" "kube-probe/1.29" rt=0.412 uct=0.000 urt=0.411',
          gap=600.0)
    r.add(NJ(nodes[1], "kubelet.service"),
          klog("I", 1402, "prober.go:107", f'"Probe succeeded" probeType="Readiness" pod="{ns}/{pods[1]}" podUID="{puids[1]}" containerName="nginx"'),
          gap=5.0)
    return r.done("WARN", "probe_failure", "moodle",
                  "The moodle readiness probe requests the full /login/index.php page with a 1 s timeout; during the 09:00 login peak that page takes 1.2-1.9 s to render, so the kubelet gives up at 1 s (nginx logs the probe as 499) and pods flap out of the Service endpoints although nginx and php-fpm keep serving 200s.",
                  "Moodle pods are not crashing: readiness probes time out after 1 s (Client.Timeout exceeded, 499 in nginx) while the same page is served to users with 200 in 1.4-1.9 s; pods were briefly removed from endpoints during the peak and recovered afterwards.",
                  "Point the readiness probe at a lightweight health endpoint and raise timeoutSeconds (e.g. 5 s) with a failureThreshold of 3.")


@record
def uni_sis_api_timeout():
    ns = "sis"
    wp = dpod("transcript-worker")
    ap = [dpod("sis-api") for _ in range(2)]
    nodes = ["lms-wrk-05", "lms-wrk-08", "lms-wrk-09"]
    r = Rec("uni-sis-api-transcript-timeouts", "callee_worker_pool_saturated",
            "The end-of-term transcript batch is retrying with ReadTimeout errors. Is the transcript worker broken?",
            sel(ns), "2026-03-12T10:05:00")
    W = K(ns, wp, "transcript-worker", nodes[0])
    A = [K(ns, ap[0], "sis-api", nodes[1]), K(ns, ap[1], "sis-api", nodes[2])]
    r.add(W, celery("INFO", "MainProcess", "transcripts.render_term: queued 4012 transcripts in 17 batches (concurrency 16)"))
    for i in range(3):
        tid = uid()
        stu = RNG.randint(2100000, 2499999)
        dur = (31877, 44102, 38220)[i]
        a = A[i % 2]
        r.add(a, f'@SPC@ WARNING sis.transcripts: slow request GET /api/v3/students/{stu}/transcript?format=pdf duration_ms={dur} terms=14 gunicorn_workers_busy=4/4 backlog={30 + i * 4}',
              gap=RNG.uniform(20, 40), ev=(i < 2))
        r.add(W, celery("WARNING", f"ForkPoolWorker-{4 + i}",
                        f"Task transcripts.render_batch[{tid}] retry: Retry in 60s: ReadTimeout(ReadTimeoutError(\"HTTPSConnectionPool(host='sis-api.sis.svc.cluster.local', port=443): Read timed out. (read timeout=30)\"))"),
              gap=0.2, ev=(i == 0))
        r.add(a, f'10.244.5.{RNG.randint(2, 250)} - - [@CLF@] "GET /api/v3/students/{stu}/transcript?format=pdf HTTP/1.1" 200 {RNG.randint(150000, 220000)} "-" "python-requests/2.31.0" {dur / 1000:.3f}',
              gap=RNG.uniform(1, 14))
    tid = uid()
    r.add(W, celery("INFO", "ForkPoolWorker-4", f"Task transcripts.render_batch[{tid}] succeeded in 212.4s: {{'batch': 11, 'transcripts': 236, 'retries': 2}}"), gap=140.0)
    r.add(W, celery("INFO", "ForkPoolWorker-2", "transcripts.render_term: 17/17 batches done, 4012 transcripts rendered, 0 failed"), gap=900.0)
    return r.done("WARN", "timeout", "sis-api",
                  "sis-api renders transcript PDFs synchronously with only 4 gunicorn sync workers; the term-end batch sends 16 concurrent requests, requests queue behind long-history transcripts and take 32-44 s, beyond transcript-worker's 30 s read timeout.",
                  "transcript-worker is fine: its calls to sis-api time out because sis-api is saturated (4/4 workers busy, 30-44 s responses). Retries succeeded and the batch finished with 0 failed, just slower.",
                  "Optional: scale sis-api or add workers for the batch window, lower transcript-worker concurrency, or raise its read timeout for the PDF endpoint.")


@record
def uni_phpfpm_max_children():
    ns = "lms"
    pods = [dpod("moodle") for _ in range(2)]
    nodes = ["lms-wrk-03", "lms-wrk-06"]
    r = Rec("uni-moodle-phpfpm-max-children", "fpm_pool_saturated_deadline",
            "Students got 502 errors submitting assignments just before midnight. What happened?",
            sel(ns, "moodle"), "2026-03-13T23:54:00")
    for i in range(2):
        p, n = pods[i], nodes[i]
        r.add(K(ns, p, "php-fpm", n), "[@FPM@] WARNING: [pool www] server reached pm.max_children setting (20), consider raising it",
              gap=RNG.uniform(5, 25), ev=True)
        r.add(K(ns, p, "php-fpm", n), f"[@FPM@] WARNING: [pool www] child {RNG.randint(100, 999)}, script '/var/www/moodle/mod/assign/view.php' (request: \"POST /mod/assign/view.php\") executing too slow (5.{RNG.randint(100, 999)} sec), logging",
              gap=RNG.uniform(1, 4))
        for k in range(2):
            cid = RNG.randint(80000, 99999)
            r.add(K(ns, p, "nginx", n),
                  f'@NGX@ [error] 22#22: *{cid} connect() to unix:/run/php/php-fpm.sock failed (11: Resource temporarily unavailable) while connecting to upstream, client: 10.244.0.{RNG.randint(2, 60)}, server: learn.arden-uni.edu, request: "POST /mod/assign/view.php HTTP/1.1", upstream: "fastcgi://unix:/run/php/php-fpm.sock:", host: "learn.arden-uni.edu", referrer: "https://learn.arden-uni.edu/mod/assign/view.php?id={RNG.randint(40000, 49999)}&action=editsubmission"',
                  gap=RNG.uniform(2, 9), ev=(k == 0))
            r.add(K(ns, p, "nginx", n),
                  f'10.244.0.{RNG.randint(2, 60)} - s{RNG.randint(2100000, 2499999)} [@CLF@] "POST /mod/assign/view.php HTTP/1.1" 502 552 "https://learn.arden-uni.edu/mod/assign/view.php?id={RNG.randint(40000, 49999)}&action=editsubmission" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36" rt=0.000 uct=- urt=0.000',
                  gap=0.001)
    r.add(K(ns, pods[1], "nginx", nodes[1]),
          f'10.244.0.{RNG.randint(2, 60)} - s{RNG.randint(2100000, 2499999)} [@CLF@] "POST /mod/assign/view.php HTTP/1.1" 303 0 "https://learn.arden-uni.edu/mod/assign/view.php?id=44812&action=editsubmission" "Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0" rt=2.114 uct=0.000 urt=2.114',
          gap=420.0)
    r.add(K(ns, pods[0], "nginx", nodes[0]),
          f'10.244.0.{RNG.randint(2, 60)} - s{RNG.randint(2100000, 2499999)} [@CLF@] "POST /mod/assign/view.php HTTP/1.1" 303 0 "https://learn.arden-uni.edu/mod/assign/view.php?id=41277&action=editsubmission" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36" rt=0.874 uct=0.000 urt=0.874',
          gap=30.0)
    return r.done("WARN", "resource_exhausted", "php-fpm",
                  "The php-fpm pool in the moodle pods is capped at pm.max_children=20; the 23:59 assignment-deadline surge of slow submission requests used every child, the FastCGI socket backlog filled and nginx got EAGAIN on the socket and returned 502.",
                  "For a few minutes before midnight php-fpm in both moodle pods hit pm.max_children (20), nginx logged 'connect() to unix:/run/php/php-fpm.sock failed (11: Resource temporarily unavailable)' and students got 502s on submission; it recovered after the deadline.",
                  "Optional but advisable before the next deadline: raise pm.max_children within the pods' memory budget and/or scale moodle replicas ahead of known deadlines.")


@record
def uni_opensearch_cert_san():
    ns = "search"
    mp = dpod("moodle")
    cron_sched = int(datetime(2026, 3, 14, 8, 10, tzinfo=timezone.utc).timestamp() // 60)
    cp = f"moodle-cron-{cron_sched}-{rs(5)}"
    r = Rec("uni-opensearch-cert-san-mismatch", "renewed_cert_missing_san",
            "Moodle global search returns an error page and search indexing fails since this morning. Why?",
            sel("lms"), "2026-03-14T02:00:00")
    CM = EV(ns)
    r.kev(ns, "Certificate", "opensearch-http", "Issuing", "Normal",
          "Renewing certificate as renewal was scheduled at 2026-03-14 02:00:00 +0000 UTC", src="cert-manager-certificates-trigger",
          api="cert-manager.io/v1", ev=True)
    r.kev(ns, "Certificate", "opensearch-http", "Reused", "Normal",
          'Reusing private key stored in existing Secret resource "opensearch-http-tls"', src="cert-manager-certificates-key-manager",
          api="cert-manager.io/v1", gap=0.2)
    r.kev(ns, "Certificate", "opensearch-http", "Requested", "Normal",
          'Created new CertificateRequest resource "opensearch-http-7"', src="cert-manager-certificates-request-manager",
          api="cert-manager.io/v1", gap=0.1)
    r.kev(ns, "Certificate", "opensearch-http", "Issuing", "Normal", "The certificate has been successfully issued",
          src="cert-manager-certificates-issuing", api="cert-manager.io/v1", gap=1.4)
    r.add(K(ns, "opensearch-cluster-master-0", "opensearch", "lms-wrk-08"),
          "[@OS@][INFO ][o.o.s.s.DefaultSecurityKeyStore] [opensearch-cluster-master-0] Reloading HTTP certificates: subject CN=opensearch-cluster-master, SANs [opensearch-cluster-master, opensearch-cluster-master-headless, *.opensearch-cluster-master-headless.search.svc]",
          gap=60.0, ev=True)
    msg = "cURL error 60: SSL: no alternative certificate subject name matches target host name 'opensearch.search.svc.cluster.local'"
    CR = K("lms", cp, "moodle-cron", "lms-wrk-03")
    r.add(CR, "Execute scheduled task: Global search indexing (core\\task\\search_index_task)", gap=6 * 3600 + 540.0)
    r.add(CR, "... started @TIME@. Current memory use 31.4 MB.", gap=0.001)
    r.add(CR, f"Scheduled task failed: Global search indexing (core\\task\\search_index_task),{msg}", gap=0.3, ev=True)
    r.add(K(ns, "opensearch-cluster-master-1", "opensearch", "lms-wrk-09"),
          "[@OS@][WARN ][o.o.h.n.s.SecureNetty4HttpServerTransport] [opensearch-cluster-master-1] Exception during establishing a SSL connection: javax.net.ssl.SSLHandshakeException: Received fatal alert: bad_certificate",
          gap=0.01)
    for i in range(2):
        r.add(K("lms", mp, "php-fpm", "lms-wrk-02"),
              f'[@FPM@] WARNING: [pool www] child {RNG.randint(100, 999)} said into stderr: "NOTICE: PHP message: Default exception handler: Error while querying search engine: {msg} Debug: search_elastic\\\\engine->execute_query() line 612 of /search/engine/elastic/classes/engine.php: call to debugging()"',
              gap=RNG.uniform(20, 90), ev=(i == 0))
        r.add(K("lms", mp, "nginx", "lms-wrk-02"),
              f'10.244.0.{RNG.randint(2, 60)} - s{RNG.randint(2100000, 2499999)} [@CLF@] "GET /search/index.php?q=exam+timetable HTTP/1.1" 500 4121 "https://learn.arden-uni.edu/my/" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1" rt=0.061 uct=0.001 urt=0.061',
              gap=0.001)
    return r.done("ERROR", "tls_certificate", "opensearch",
                  "cert-manager renewed the OpenSearch HTTP certificate at 02:00 from an updated Certificate spec whose dnsNames no longer include opensearch.search.svc.cluster.local; Moodle connects by that service name, so curl rejects the certificate with a hostname mismatch.",
                  "Since the 02:00 certificate renewal every Moodle call to OpenSearch fails TLS verification ('no alternative certificate subject name matches target host name opensearch.search.svc.cluster.local'): global search returns 500 and the search indexing task fails.",
                  "Add opensearch.search.svc.cluster.local (and the short service names) back to the opensearch-http Certificate dnsNames, let cert-manager reissue, reload the HTTP certificates, then rerun search indexing.")


@record
def uni_node_containerd_hung():
    node = "lms-wrk-07"
    pp = dpod("exam-proctor")
    mp = dpod("moodle")
    ip_m = pip(7)
    ing = dpod("ingress-nginx-controller")
    r = Rec("uni-node-containerd-hung", "runtime_hung_pleg_notready",
            "Node lms-wrk-07 went NotReady and exam-proctor / moodle pods on it are being evicted. What is wrong with the node?",
            sel(node=node), "2026-03-15T14:00:00")
    KN = NJ(node, "kernel")
    KL = NJ(node, "kubelet.service")
    CT = NJ(node, "containerd.service")
    cid = hexs(64)
    r.add(KN, "INFO: task containerd:1187 blocked for more than 122 seconds.", ev=True)
    r.add(KN, "      Not tainted 5.15.0-101-generic #111-Ubuntu", gap=0.001)
    r.add(KN, '"echo 0 > /proc/sys/kernel/hung_task_timeout_secs" disables this message.', gap=0.001)
    r.add(CT, ctrd("error", f"get state for {cid}", error="context deadline exceeded: unknown"), gap=8.0, ev=True)
    r.add(KL, klog("E", 1344, "remote_runtime.go:633", '"ListContainers with filter from runtime service failed" err="rpc error: code = DeadlineExceeded desc = context deadline exceeded" filter="&ContainerFilter{Id:,State:nil,PodSandboxId:,LabelSelector:map[string]string{},}"'),
          gap=1.0, ev=True)
    r.add(KL, klog("E", 1344, "kuberuntime_sandbox.go:297", '"Failed to list pod sandboxes" err="rpc error: code = DeadlineExceeded desc = context deadline exceeded"'), gap=2.0)
    r.add(KL, klog("I", 1344, "kubelet.go:2339", '"Skipping pod synchronization" err="PLEG is not healthy: pleg was last seen active 3m4.218s ago; threshold is 3m0s"'),
          gap=40.0, ev=True)
    hb = r.t.strftime("%Y-%m-%dT%H:%M:%SZ")
    r.add(KL, klog("I", 1344, "setters.go:568", f'"Node became not ready" node="{node}" condition={{"type":"Ready","status":"False","lastHeartbeatTime":"{hb}","lastTransitionTime":"{hb}","reason":"KubeletNotReady","message":"PLEG is not healthy: pleg was last seen active 3m4.218s ago; threshold is 3m0s"}}'),
          gap=0.01, ev=True)
    r.kev("default", "Node", node, "NodeNotReady", "Normal", f"Node {node} status is now: NodeNotReady", src="kubelet", host=node, gap=0.05, ev=True)
    r.kev("proctoring", "Pod", pp, "NodeNotReady", "Warning", "Node is not ready", src="node-controller", gap=5.0)
    r.kev("lms", "Pod", mp, "NodeNotReady", "Warning", "Node is not ready", src="node-controller", gap=0.01)
    r.add(K("ingress-nginx", ing, "controller", "lms-wrk-01"),
          f'@NGX@ [error] 31#31: *4471220 upstream timed out (110: Operation timed out) while connecting to upstream, client: 203.0.113.{RNG.randint(2, 250)}, server: learn.arden-uni.edu, request: "GET /mod/quiz/attempt.php?attempt=881402 HTTP/2.0", upstream: "http://{ip_m}:8080/mod/quiz/attempt.php?attempt=881402", host: "learn.arden-uni.edu"',
          gap=3.0)
    r.add(KN, "INFO: task containerd:1187 blocked for more than 245 seconds.", gap=120.0)
    r.add(KL, klog("I", 1344, "kubelet.go:2339", '"Skipping pod synchronization" err="PLEG is not healthy: pleg was last seen active 6m11.902s ago; threshold is 3m0s"'), gap=60.0)
    r.kev("proctoring", "Pod", pp, "TaintManagerEviction", "Normal", f"Marking for deletion Pod proctoring/{pp}", src="taint-eviction-controller", gap=120.0)
    r.kev("lms", "Pod", mp, "TaintManagerEviction", "Normal", f"Marking for deletion Pod lms/{mp}", src="taint-eviction-controller", gap=0.02)
    return r.done("CRITICAL", "node_failure", "containerd",
                  "containerd on lms-wrk-07 is hung (task blocked in the kernel for minutes); CRI calls from the kubelet time out, PLEG becomes unhealthy and the node goes NotReady, so its pods are marked NotReady and evicted.",
                  "lms-wrk-07 is NotReady because its container runtime stopped responding (hung containerd task, CRI DeadlineExceeded, PLEG not healthy for 3-6 min); exam-proctor and moodle pods on it are unreachable and being evicted.",
                  "Cordon and drain lms-wrk-07, restart containerd (reboot the node if the task stays in D state), and check the node's disk/I/O and kernel logs before uncordoning.")


# =================================================================== DOMAIN 3: GAME
# Pixelforge studio, game "Skyrift": Agones fleets, Elixir + Node.js services, Envoy,
# Redis cluster, ScyllaDB, CDN purges, FCM/APNs push.
def gke(pool):
    return f"gke-skyrift-prod-{pool}-{hexs(8)}-{rs(4)}"


def envoy_access(method, path, code, flags, details, rx, tx, dur, ust, ua, authority, upstream, xff=None):
    xff = xff or f"203.0.113.{RNG.randint(2, 250)}"
    return (f'[@ISO@] "{method} {path} HTTP/2" {code} {flags} {details} - "-" {rx} {tx} {dur} {ust} '
            f'"{xff}" "{ua}" "{uid()}" "{authority}" "{upstream}"')


def ex(level, msg):
    """Elixir Logger default console format."""
    return f"@HMS@ [{level}] {msg}"


AGONES = "agones.dev/v1"
REG = "europe-west1-docker.pkg.dev/pixelforge-prod/skyrift"


@record
def game_agones_scaleup():
    ns, fleet = "gameservers", "arena-eu"
    gss = f"{fleet}-{rs(5)}"
    nodes = [gke("gs-pool") for _ in range(3)]
    new_node = gke("gs-pool")
    gs = [f"{gss}-{rs(5)}" for _ in range(3)]
    mm = dpod("matchmaker")
    r = Rec("game-agones-event-scaleup", "fleet_autoscale_event_ok",
            "The Spring Clash event started at 18:00 and I saw FailedScheduling for arena game servers. Are players affected?",
            sel(ns, fleet), "2026-03-14T18:00:00")
    r.kev(ns, "FleetAutoscaler", "arena-eu-autoscaler", "AutoScalingFleet", "Normal", f"Scaling fleet {fleet} from 40 to 60",
          src="fleetautoscaler-controller", api=AGONES)
    r.kev(ns, "Fleet", fleet, "ScalingGameServerSet", "Normal", f"Scaling active GameServerSet {gss} from 40 to 60",
          src="fleet-controller", api=AGONES, gap=0.2)
    r.kev(ns, "GameServer", gs[0], "Creating", "Normal", f"Pod {gs[0]} created", src="gameserver-controller", api=AGONES, gap=0.3)
    r.kev(ns, "Pod", gs[0], "FailedScheduling", "Warning",
          "0/18 nodes are available: 18 Insufficient cpu. preemption: 0/18 nodes are available: 18 No preemption victims found for incoming pod.",
          src="default-scheduler", gap=0.1)
    r.kev(ns, "Pod", gs[0], "TriggeredScaleUp", "Normal",
          "pod triggered scale-up: [{https://www.googleapis.com/compute/v1/projects/pixelforge-prod/zones/europe-west1-b/instanceGroups/gke-skyrift-prod-gs-pool-grp 6->8 (max: 20)}]",
          src="cluster-autoscaler", gap=9.0)
    for i in (1, 2):
        r.kev(ns, "GameServer", gs[i], "Scheduled", "Normal", "Address and port populated", src="gameserver-controller", api=AGONES, gap=1.5)
        r.kev(ns, "GameServer", gs[i], "Ready", "Normal", "SDK.Ready() complete", src="gameserver-controller", api=AGONES, gap=4.2)
    r.kev(ns, "Pod", gs[0], "Scheduled", "Normal", f"Successfully assigned {ns}/{gs[0]} to {new_node}", src="default-scheduler", gap=68.0)
    r.add(K(ns, gs[0], "arena-server", new_node), "[@SP@] [Server] Skyrift arena-server 2.13.4 (build 88121) listening on 0.0.0.0:7777/udp", gap=9.0)
    r.add(K(ns, gs[0], "agones-gameserver-sidecar", new_node),
          jdump({"gsKey": f"{ns}/{gs[0]}", "message": "SDK Ready() called", "severity": "info", "source": "*sdkserver.SDKServer", "time": "@ISO@"}), gap=0.6)
    r.kev(ns, "GameServer", gs[0], "Ready", "Normal", "SDK.Ready() complete", src="gameserver-controller", api=AGONES, gap=0.1)
    for i in range(2):
        r.add(K("matchmaking", mm, "matchmaker", nodes[0]),
              ex("info", f"Allocated gameserver {gs[i + 1]} (34.76.{RNG.randint(2, 250)}.{RNG.randint(2, 250)}:{RNG.randint(7000, 8000)}) for match m_{hexs(8)} mode=spring_clash region=eu wait_ms={RNG.randint(800, 3000)}"),
              gap=RNG.uniform(2, 10))
    r.add(K("matchmaking", mm, "matchmaker", nodes[0]),
          ex("info", "Fleet arena-eu status: replicas=60 ready=17 allocated=43 reserved=0 (buffer target 15)"), gap=20.0)
    return r.done("INFO", "none", "arena-server",
                  "No fault: the fleet autoscaler grew arena-eu for the event; one game-server pod was briefly unschedulable until the cluster autoscaler added nodes (planned behaviour), then became Ready.",
                  "Planned event scale-up of arena-eu from 40 to 60 game servers: one transient FailedScheduling, cluster-autoscaler scale-up 6->8 nodes, all game servers Ready and allocations succeeding with a healthy ready buffer.",
                  "Nothing to do; optionally pre-scale the node pool before scheduled events.")


@record
def game_leaderboard_rollover():
    ns, app = "liveops", "leaderboard"
    p1, p2 = dpod(app), dpod(app)
    n1, n2 = gke("svc-pool"), gke("svc-pool")
    r = Rec("game-leaderboard-season-rollover", "planned_season_rollover",
            "The weekly leaderboard season rollover ran - did it go through cleanly?",
            sel(ns, app), "2026-03-16T10:00:00")
    A, B = K(ns, p1, app, n1), K(ns, p2, app, n2)
    purge = uid()
    r.add(A, ex("info", "Season rollover job started: season 41 -> 42 (Oban job 88123, queue: maintenance)"))
    r.add(A, ex("info", "Acquired rollover lock lb:rollover:42 (ttl 600s) on leaderboard@10.8.3.14"), gap=0.02)
    r.add(B, ex("info", "Rollover lock lb:rollover:42 held by leaderboard@10.8.3.14; skipping on this node"), gap=0.1)
    r.add(A, ex("info", "Archiving season 41: 1284112 entries -> skyrift.leaderboard_archive (scylla, LOCAL_QUORUM)"), gap=0.3)
    r.add(B, ex("info", "GET /v1/leaderboards/current"), gap=2.0)
    r.add(B, ex("info", "Sent 200 in 4ms"), gap=0.004)
    r.add(A, ex("info", "Archived 1284112 entries in 48.2s (0 write errors, 0 retries)"), gap=48.2)
    r.add(A, ex("info", "Redis: renamed lb:s41:* -> lb:archive:s41:* (12 boards); created lb:s42:* (12 boards, empty)"), gap=0.6)
    r.add(A, ex("info", "Season rewards granted to top 10000 players of season 41 (0 failed)"), gap=14.0)
    r.add(A, ex("info", f"CDN purge requested for surrogate keys lb-current, lb-s41 (purge id {purge})"), gap=0.3)
    r.add(B, ex("warning", "Board lb:s42:global is empty (season just opened); serving placeholder"), gap=0.8)
    r.add(A, ex("info", f"CDN purge {purge} completed in 3.1s"), gap=3.1)
    r.add(A, ex("info", "Season 42 open; rollover finished in 67.4s"), gap=0.2)
    r.add(B, ex("info", "GET /v1/leaderboards/current"), gap=6.0)
    r.add(B, ex("info", "Sent 200 in 3ms"), gap=0.003)
    return r.done("INFO", "none", "leaderboard",
                  "No fault: the scheduled weekly season rollover completed; the 'lock held' and 'empty board' messages are expected for the non-leader node and a freshly opened season.",
                  "Season 41 -> 42 rollover archived 1.28M entries with 0 errors, rotated the Redis boards, granted rewards (0 failed), purged the CDN and opened season 42 in about 67 s.",
                  "Nothing to do.")


@record
def game_scylla_rolling_restart():
    r = Rec("game-scylla-rolling-restart", "planned_db_node_restart",
            "scylla-02 went DOWN in gossip during the patch window and profile-api logged a host DOWN. Any impact?",
            None, "2026-03-17T03:10:00")
    S1, S2 = H("scylla-01", "scylla-server.service"), H("scylla-02", "scylla-server.service")
    P = H("profile-api01", "profile-api.service")
    r.add(H("scylla-02", "session-311.scope"), "ansible-ansible.legacy.command[9122]: Invoked with _raw_params=nodetool drain _uses_shell=False stdin_add_newline=True strip_empty_ends=True")
    r.add(S2, "INFO  @SPC@ [shard 0] storage_service - DRAINING: starting drain process", gap=0.3)
    r.add(S2, "INFO  @SPC@ [shard 0] storage_service - DRAINING: shutting down gossip", gap=0.4)
    r.add(S1, "INFO  @SPC@ [shard 0] gossip - InetAddress 10.60.0.12 is now DOWN, status = shutdown", gap=0.2)
    r.add(P, pino(40, "profile-api01", "Host 10.60.0.12:9042 considered as DOWN", component="cassandra-driver"), gap=0.3)
    r.add(S2, "INFO  @SPC@ [shard 0] storage_service - DRAINED", gap=2.1)
    r.add(H("scylla-02", "systemd-logind.service"), "The system will reboot now!", gap=5.0)
    r.add(P, pino(30, "profile-api01", "request completed", route="PUT /v1/profiles/:id/loadout", statusCode=200, responseTime=7, consistency="LOCAL_QUORUM"), gap=20.0)
    r.add(S2, "INFO  @SPC@ [shard 0] init - Scylla version 5.4.3-0.20240211.f2b6e3c5c1b9 with build-id 8c2f0c1e4d2b initialization completed.", gap=96.0)
    r.add(S2, "INFO  @SPC@ [shard 0] storage_service - Starting listening for CQL clients on 0.0.0.0:9042 (unencrypted, non-shard-aware)", gap=0.2)
    r.add(S1, "INFO  @SPC@ [shard 0] gossip - InetAddress 10.60.0.12 is now UP, status = NORMAL", gap=1.2)
    r.add(S1, "INFO  @SPC@ [shard 2] hints_manager - Finished replaying hints for 10.60.0.12: 41233 hints sent", gap=22.0)
    r.add(P, pino(30, "profile-api01", "Host 10.60.0.12:9042 considered as UP", component="cassandra-driver"), gap=1.0)
    r.add(P, pino(30, "profile-api01", "request completed", route="GET /v1/profiles/:id", statusCode=200, responseTime=4, consistency="LOCAL_QUORUM"), gap=3.0)
    return r.done("INFO", "none", "scylladb",
                  "No fault: scylla-02 was drained and rebooted on purpose during the patch window; the other replicas kept LOCAL_QUORUM available and hints were replayed when it came back.",
                  "Planned drain/reboot of scylla-02: gossip DOWN then UP, the driver marked the host down and up, requests kept succeeding at LOCAL_QUORUM and 41k hints were replayed.",
                  "Nothing to do; continue the rolling patch with the next node.")


@record
def game_push_unregistered():
    ns, app = "push", "push-gateway"
    p = dpod(app)
    node = gke("svc-pool")
    r = Rec("game-push-campaign-ok", "push_expected_token_errors",
            "The daily-reward push campaign logged 410 Unregistered and token-not-registered errors. Did it fail?",
            sel(ns, app), "2026-03-16T12:00:00")
    P = K(ns, p, app, node)
    r.add(P, pino(30, p, "campaign started", campaign="daily-login-reward-0316", audience=181234, providers={"fcm": 132011, "apns": 49223}))
    for b in range(1, 6):
        fails = RNG.randint(1, 4)
        r.add(P, pino(30, p, "fcm batch sent", campaign="daily-login-reward-0316", batch=b, success=500 - fails, failure=fails,
                      errors={"messaging/registration-token-not-registered": fails}), gap=RNG.uniform(0.3, 1.2))
    for _ in range(2):
        r.add(P, pino(40, p, "apns token rejected", campaign="daily-login-reward-0316", status=410, reason="Unregistered",
                      token="…" + hexs(6), apnsId=uid().upper()), gap=RNG.uniform(0.2, 1.0))
    r.add(P, pino(30, p, "pruned stale device tokens", count=2333, sources={"fcm": 1710, "apns": 623}), gap=240.0)
    r.add(P, pino(30, p, "campaign finished", campaign="daily-login-reward-0316", sent=181234, delivered=178901,
                  unregisteredPruned=2333, failed=0, durationMs=251882), gap=0.4)
    r.add(P, pino(30, p, "request completed", req={"method": "GET", "url": "/healthz"}, res={"statusCode": 200}, responseTime=1), gap=5.0)
    return r.done("INFO", "none", "push-gateway",
                  "No fault: 410 Unregistered (APNs) and registration-token-not-registered (FCM) are the normal responses for uninstalled apps; the gateway pruned those tokens and nothing failed.",
                  "The daily-login-reward campaign delivered 178,901 of 181,234 pushes; the 2,333 stale device tokens were pruned as designed and 0 sends failed.",
                  "Nothing to do.")


@record
def game_matchmaker_crashloop():
    ns, app = "matchmaking", "matchmaker"
    p = dpod(app)
    puid = uid()
    node = gke("svc-pool")
    gw = dpod("envoy-gateway")
    gwn = gke("edge-pool")
    r = Rec("game-matchmaker-crashloop", "elixir_poison_ticket_crashloop",
            "Nobody can find a match - the matchmaker pod restarts constantly and the API gateway returns 503s. What is wrong?",
            sel(ns, app), "2026-03-18T19:02:00")
    P = K(ns, p, app, node)
    for cycle in range(2):
        r.add(P, ex("info", f"Matchmaker.QueueServer restoring {18231 + cycle * 77} queued tickets from Redis key mm:tickets:eu"),
              gap=2.0 if cycle == 0 else 21.0)
        r.add(P, ex("error", "GenServer Matchmaker.QueueServer terminating"), gap=0.4, ev=(cycle == 0))
        r.add(P, "** (FunctionClauseError) no function clause matching in Matchmaker.Rating.bucket/2", gap=0.001, ev=True)
        r.add(P, "    (matchmaker 2.19.0) lib/matchmaker/rating.ex:41: Matchmaker.Rating.bucket(nil, :ranked_duo)", gap=0.001, ev=(cycle == 0))
        r.add(P, "    (matchmaker 2.19.0) lib/matchmaker/queue_server.ex:118: Matchmaker.QueueServer.handle_info/2", gap=0.001)
        r.add(P, "    (stdlib 5.2) gen_server.erl:1095: :gen_server.try_handle_info/3", gap=0.001)
        r.add(P, f'Last message: {{:enqueue, %{{mmr: nil, mode: :ranked_duo, player_id: "p_{hexs(6)}", region: "eu"}}}}', gap=0.001, ev=(cycle == 0))
        r.add(P, ex("notice", "Application matchmaker exited: shutdown"), gap=0.3)
        r.add(P, "Kernel pid terminated (application_controller) ({application_terminated,matchmaker,shutdown})", gap=0.01)
        r.add(P, "Crash dump is being written to: erl_crash.dump...done", gap=0.2)
        for _ in range(2):
            r.add(K("edge", gw, "envoy", gwn),
                  envoy_access("POST", "/v1/matchmaking/tickets", 503, "UF,URX", "upstream_reset_before_response_started{connection_failure,delayed_connect_error:_111}",
                               212, 145, RNG.randint(1, 4), "-", "Skyrift/3.4.1 (iOS 17.3; iPhone15,2)", "api.skyrift.gg", f"{pip(9)}:4000"),
                  gap=RNG.uniform(0.5, 3))
        r.kev(ns, "Pod", p, "BackOff", "Warning", f"Back-off restarting failed container {app} in pod {p}_{ns}({puid})",
              host=node, count=6 + cycle * 3, gap=1.0, ev=(cycle == 1))
    r.add(NJ(node, "kubelet.service"),
          klog("E", 2210, "pod_workers.go:1300", f'"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"{app}\\" with CrashLoopBackOff: \\"back-off 2m40s restarting failed container={app} pod={p}_{ns}({puid})\\"" pod="{ns}/{p}" podUID="{puid}"'),
          gap=3.0)
    return r.done("CRITICAL", "application_error", "matchmaker",
                  "Matchmaker 2.19.0 has no clause for tickets with a nil MMR in Matchmaker.Rating.bucket/2 (new players queuing ranked_duo); the FunctionClauseError kills the QueueServer, the supervisor gives up and the release exits, and because the poison tickets are restored from Redis at boot it crashes on every start.",
                  "The matchmaker is in CrashLoopBackOff: each start restores queued tickets, hits FunctionClauseError in Rating.bucket(nil, :ranked_duo) and the BEAM halts; Envoy returns 503 (connection failure) for all matchmaking requests.",
                  "Hotfix Rating.bucket/2 to handle nil MMR (default placement rating) or roll back; meanwhile remove or patch the nil-MMR tickets in mm:tickets:eu so the service can start.")


@record
def game_store_typeerror():
    ns, app = "store", "store-api"
    new_rs = rshash(app)
    pods = [f"{new_rs}-{rs(5)}" for _ in range(2)]
    nodes = [gke("svc-pool"), gke("svc-pool")]
    gw = dpod("envoy-gateway")
    gwn = gke("edge-pool")
    ips = [pip(11), pip(12)]
    r = Rec("game-store-api-typeerror", "regression_undefined_property",
            "Players in Brazil and Mexico report 'purchase failed' since this afternoon. What is going on?",
            sel(ns, app), "2026-03-19T15:10:00")
    r.kev(ns, "Deployment", app, "ScalingReplicaSet", "Normal", f"Scaled up replica set {new_rs} to 2 from 0",
          src="deployment-controller", api="apps/v1")
    r.add(K(ns, pods[0], app, nodes[0]), pino(30, pods[0], "store-api listening", version="5.8.0", port=8080), gap=8.0)
    stack = ("TypeError: Cannot read properties of undefined (reading 'priceMicros')\n"
             "    at resolveOffer (/app/dist/offers/resolve.js:88:52)\n"
             "    at validatePurchase (/app/dist/routes/purchases.js:142:25)\n"
             "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)")
    plan = [("BR", 500), ("DE", 200), ("MX", 500), ("BR", 500), ("US", 200)]
    for i, (region, code) in enumerate(plan):
        j = i % 2
        rid = uid()
        ua = ("Skyrift/3.4.1 (Android 14; SM-S911B)", "Skyrift/3.4.1 (iOS 17.3; iPhone14,5)")[j]
        if code == 500:
            r.add(K(ns, pods[j], app, nodes[j]),
                  pino(50, pods[j], "request errored",
                       req={"id": rid, "method": "POST", "url": "/v2/purchases/validate", "headers": {"x-client-version": "3.4.1", "x-region": region}},
                       res={"statusCode": 500},
                       err={"type": "TypeError", "message": "Cannot read properties of undefined (reading 'priceMicros')", "stack": stack},
                       offer="spring_bundle_2026", responseTime=RNG.randint(20, 60)),
                  gap=RNG.uniform(3, 15) if i else 120.0, ev=(i in (0, 2)))
        else:
            r.add(K(ns, pods[j], app, nodes[j]),
                  pino(30, pods[j], "request completed",
                       req={"id": rid, "method": "POST", "url": "/v2/purchases/validate", "headers": {"x-client-version": "3.4.1", "x-region": region}},
                       res={"statusCode": 200}, offer="spring_bundle_2026", responseTime=RNG.randint(20, 60)),
                  gap=RNG.uniform(3, 15))
        r.add(K("edge", gw, "envoy", gwn),
              envoy_access("POST", "/v2/purchases/validate", code, "-", "via_upstream", RNG.randint(300, 500), RNG.randint(60, 400),
                           RNG.randint(25, 70), RNG.randint(20, 60), ua, "store.skyrift.gg", f"{ips[j]}:8080"),
              gap=0.002)
    r.add(K(ns, pods[0], app, nodes[0]),
          pino(40, pods[0], "purchase validation error rate above threshold", window="5m", errorRate=0.231,
               byRegion={"BR": 0.97, "MX": 0.96, "IN": 0.95, "DE": 0.0, "US": 0.0}, offer="spring_bundle_2026"),
          gap=30.0, ev=True)
    return r.done("ERROR", "application_error", "store-api",
                  "store-api 5.8.0 reads offer.regionalPrices[region].priceMicros without a fallback; the spring_bundle_2026 offer has no explicit regional entry for regions priced by the default tier (BR, MX, IN), so resolveOffer throws a TypeError and purchase validation returns 500 there.",
                  "Since the 5.8.0 rollout, ~23% of purchase validations fail with 500 'Cannot read properties of undefined (reading priceMicros)', almost all in default-tier regions (BR, MX, IN); other regions succeed.",
                  "Roll back store-api to the previous release (or hotfix resolveOffer to fall back to the default price tier), then re-validate the failed purchases from the receipts queue.")


@record
def game_redis_failover():
    ns = "liveops"
    sa = dpod("session-api")
    pres = dpod("presence")
    nodes = [gke("svc-pool") for _ in range(4)]
    ip2 = pip(6)
    ip5 = pip(8)
    mid2, mid5 = hexs(40), hexs(40)
    r = Rec("game-redis-cluster-master-restart", "redis_master_restart_failover",
            "session-api threw ECONNREFUSED errors to Redis for about 20 seconds. Is the Redis cluster healthy?",
            sel(ns), "2026-03-20T11:20:00")
    R2 = K(ns, "redis-cluster-2", "redis", nodes[0])
    RL = K(ns, "redis-cluster-2", "config-reloader", nodes[0])
    R5 = K(ns, "redis-cluster-5", "redis", nodes[1])
    S = K(ns, sa, "session-api", nodes[2])
    PZ = K(ns, pres, "presence", nodes[3])
    r.add(RL, "@ISO@ config-reloader: ConfigMap redis-cluster-config changed (maxmemory-policy allkeys-lru -> volatile-lfu); restarting redis-server (pid 1)", ev=True)
    r.add(R2, "1:signal-handler (@EPOCHS@) Received SIGTERM scheduling shutdown...", gap=0.05)
    r.add(R2, "1:M @REDIS@ # User requested shutdown...", gap=0.05, ev=True)
    r.add(R2, "1:M @REDIS@ * Saving the final RDB snapshot before exiting.", gap=0.001)
    r.add(R2, "1:M @REDIS@ # Redis is now ready to exit, bye bye...", gap=1.9)
    r.add(R5, "1:S @REDIS@ # Connection with master lost.", gap=0.01, ev=True)
    r.add(R5, "1:S @REDIS@ * Caching the disconnected master state.", gap=0.001)
    r.add(R5, f"1:S @REDIS@ * Connecting to MASTER {ip2}:6379", gap=0.9)
    r.add(R5, "1:S @REDIS@ # Error condition on socket for SYNC: Connection refused", gap=0.002)
    for i in range(3):
        r.add(S, f"[ioredis] Unhandled error event: Error: connect ECONNREFUSED {ip2}:6379", gap=RNG.uniform(0.5, 2.0), ev=(i == 0))
        r.add(S, pino(50, sa, "redis command failed", node="redis-cluster-2.redis-cluster-headless.liveops.svc.cluster.local:6379",
                      command="HGETALL", key=f"sess:{hexs(12)}", err={"type": "Error", "message": f"connect ECONNREFUSED {ip2}:6379", "code": "ECONNREFUSED"}),
              gap=0.001, ev=(i == 0))
    r.add(PZ, ex("error", "Redix: failed to connect to Redis (redis-cluster-2.redis-cluster-headless.liveops.svc.cluster.local:6379): connection refused"), gap=0.8)
    r.add(R5, f"1:S @REDIS@ * FAIL message received from {hexs(40)} () about {mid2} ()", gap=RNG.uniform(2, 4))
    r.add(R5, "1:S @REDIS@ # Start of election delayed for 812 milliseconds (rank #0, offset 88123412).", gap=0.001)
    r.add(R5, "1:S @REDIS@ # Starting a failover election for epoch 14.", gap=0.82)
    r.add(R5, "1:S @REDIS@ # Failover election won for epoch 14.", gap=0.01)
    r.add(R5, "1:M @REDIS@ # configEpoch set to 14 after successful failover", gap=0.001, ev=True)
    r.add(R2, "1:M @REDIS@ * Ready to accept connections tcp", gap=RNG.uniform(4, 6))
    r.add(R2, f"1:M @REDIS@ # Configuration change detected. Reconfiguring myself as a replica of {mid5}", gap=0.2)
    r.add(S, pino(30, sa, "redis cluster slots refreshed", masters=3, slotsCovered=16384), gap=0.6)
    r.add(S, pino(30, sa, "request completed", req={"method": "GET", "url": "/v1/session"}, res={"statusCode": 200}, responseTime=3), gap=1.2)
    return r.done("WARN", "connection_refused", "redis-cluster",
                  "The config-reloader sidecar restarted redis-server on master redis-cluster-2 to apply a maxmemory-policy change without a prior manual failover; until its replica redis-cluster-5 won the failover election, connections to that master's slots were refused.",
                  "About 20 seconds of ECONNREFUSED from session-api and presence to redis-cluster-2 while it restarted; redis-cluster-5 was promoted (epoch 14), clients refreshed slots and requests succeed again. The cluster is healthy now.",
                  "Optional: make config changes on masters via CLUSTER FAILOVER first (or CONFIG SET at runtime) so restarts do not drop a master's slots.")


@record
def game_fcm_quota():
    ns, app = "push", "push-gateway"
    p = dpod(app)
    node = gke("svc-pool")
    r = Rec("game-push-fcm-quota", "fcm_send_quota_429",
            "The Spring Clash launch broadcast was delayed and push-gateway logged 429s from FCM. What happened?",
            sel(ns, app), "2026-03-14T17:55:00")
    P = K(ns, p, app, node)
    r.add(P, pino(30, p, "campaign started", campaign="spring-clash-launch", audience=2412008, providers={"fcm": 1760311, "apns": 651697}, fanoutConcurrency=400))
    err = {"code": 429,
           "message": "Quota exceeded for quota metric 'Send requests' and limit 'Send requests per minute' of service 'fcm.googleapis.com' for consumer 'project_number:412233118811'.",
           "status": "RESOURCE_EXHAUSTED",
           "details": [{"@type": "type.googleapis.com/google.firebase.fcm.v1.FcmError", "errorCode": "QUOTA_EXCEEDED"}]}
    r.add(P, pino(30, p, "fcm progress", campaign="spring-clash-launch", sent=611204, ratePerMin=612000), gap=60.0)
    for i in range(3):
        r.add(P, pino(40, p, "fcm send throttled", campaign="spring-clash-launch", status=429, error=err, retryAfterSec=30, batch=1223 + i * 7),
              gap=RNG.uniform(0.5, 4), ev=(i < 2))
    r.add(P, pino(40, p, "backing off fan-out", campaign="spring-clash-launch", fanoutConcurrency={"from": 400, "to": 100}, retryAfterSec=30), gap=0.3, ev=True)
    r.add(P, pino(30, p, "apns batch sent", campaign="spring-clash-launch", batch=311, success=1000, failure=0), gap=2.0)
    r.add(P, pino(30, p, "retrying throttled fcm batches", campaign="spring-clash-launch", batches=117, messages=58211), gap=28.0)
    r.add(P, pino(30, p, "fcm batch sent", campaign="spring-clash-launch", batch=1223, success=500, failure=0), gap=1.5)
    r.add(P, pino(30, p, "fcm progress", campaign="spring-clash-launch", sent=1298833, ratePerMin=340000, retried=58211), gap=120.0)
    r.add(P, pino(30, p, "campaign finished", campaign="spring-clash-launch", sent=2412008, delivered=2389551, unregisteredPruned=22457,
                  failed=0, retriedAfter429=58211, durationMs=412881), gap=240.0)
    return r.done("WARN", "rate_limited", "push-gateway",
                  "push-gateway fanned the 2.4M-device launch broadcast out at ~612k requests/min, above the project's FCM send quota, so FCM answered 429 RESOURCE_EXHAUSTED (QUOTA_EXCEEDED) until the gateway backed off.",
                  "The launch push was throttled by FCM (429 quota exceeded) for a few minutes; push-gateway reduced fan-out concurrency, retried and delivered everything with 0 failures, only later than planned.",
                  "Optional: pace large broadcasts below the FCM per-minute quota (token-bucket at ~500k/min) or request a quota increase before big launches.")


@record
def game_arena_image_notfound():
    ns, fleet = "gameservers", "arena-eu"
    gss = f"{fleet}-{rs(5)}"
    gs = [f"{gss}-{rs(5)}" for _ in range(2)]
    nodes = [gke("gs-pool"), gke("gs-pool")]
    puid = uid()
    mm = dpod("matchmaker")
    img = f"{REG}/arena-server:2.14.0"
    r = Rec("game-arena-image-not-found", "fleet_image_tag_missing",
            "The new Spring Clash arena fleet never becomes ready - the new GameServerSet has 0 ready. Why?",
            sel(ns, fleet), "2026-03-21T09:00:00")
    r.kev(ns, "Fleet", fleet, "CreatingGameServerSet", "Normal", f"Created GameServerSet {gss}", src="fleet-controller", api=AGONES)
    for i, g in enumerate(gs):
        r.kev(ns, "GameServer", g, "Creating", "Normal", f"Pod {g} created", src="gameserver-controller", api=AGONES, gap=0.4)
        r.kev(ns, "Pod", g, "Pulling", "Normal", f'Pulling image "{img}"', host=nodes[i], gap=1.2)
        r.kev(ns, "Pod", g, "Failed", "Warning",
              f'Failed to pull image "{img}": rpc error: code = NotFound desc = failed to pull and unpack image "{img}": failed to resolve reference "{img}": {img}: not found',
              host=nodes[i], gap=0.6, ev=True)
        r.kev(ns, "Pod", g, "Failed", "Warning", "Error: ErrImagePull", host=nodes[i], gap=0.001, ev=(i == 0))
    r.kev(ns, "Pod", gs[0], "BackOff", "Normal", f'Back-off pulling image "{img}"', host=nodes[0], count=7, gap=40.0)
    r.kev(ns, "Pod", gs[0], "Failed", "Warning", "Error: ImagePullBackOff", host=nodes[0], count=7, gap=0.001, ev=True)
    r.add(NJ(nodes[0], "kubelet.service"),
          klog("E", 1901, "pod_workers.go:1300", f'"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"arena-server\\" with ImagePullBackOff: \\"Back-off pulling image \\\\\\"{img}\\\\\\"\\"" pod="{ns}/{gs[0]}" podUID="{puid}"'),
          gap=2.0)
    r.add(K("matchmaking", mm, "matchmaker", gke("svc-pool")),
          ex("warning", f"No Ready gameservers for mode spring_clash in eu (fleet {fleet}, gameserverset {gss}: 0/20 ready); queueing 412 tickets"),
          gap=5.0)
    r.kev(ns, "Fleet", fleet, "ScalingGameServerSet", "Normal", f"Scaling inactive GameServerSet arena-eu-{rs(5)} from 20 to 18", src="fleet-controller", api=AGONES, gap=30.0)
    return r.done("ERROR", "image_pull", "arena-server",
                  "The arena-eu Fleet was updated to arena-server:2.14.0, but that tag does not exist in the Artifact Registry repository (manifest not found), so the new GameServerSet's pods cannot pull their image and stay in ImagePullBackOff.",
                  "The 2.14.0 rollout of the arena-eu fleet is stuck: every new game-server pod fails with 'arena-server:2.14.0: not found' (ErrImagePull/ImagePullBackOff), 0/20 ready, and Spring Clash matches cannot be allocated while the old set scales down.",
                  "Push the missing arena-server:2.14.0 image (re-run the release build) or point the Fleet back at 2.13.4; pause the rollout so the old GameServerSet keeps capacity.")


@record
def game_royale_pending():
    ns, fleet = "gameservers", "royale-na"
    gss = f"{fleet}-{rs(5)}"
    gs = [f"{gss}-{rs(5)}" for _ in range(3)]
    mm = dpod("matchmaker")
    ca = dpod("cluster-autoscaler")
    newn = gke("gs-pool-na")
    r = Rec("game-royale-fleet-pending", "node_group_max_reached",
            "Royale game servers in NA are stuck Pending during tonight's peak and queue times went up. Why?",
            sel(ns, fleet), "2026-03-21T01:00:00")
    r.kev(ns, "FleetAutoscaler", "royale-na-autoscaler", "AutoScalingFleet", "Normal", f"Scaling fleet {fleet} from 80 to 120",
          src="fleetautoscaler-controller", api=AGONES)
    for i, g in enumerate(gs):
        r.kev(ns, "Pod", g, "FailedScheduling", "Warning",
              "0/24 nodes are available: 24 Insufficient cpu. preemption: 0/24 nodes are available: 24 No preemption victims found for incoming pod.",
              src="default-scheduler", gap=RNG.uniform(0.2, 2), ev=(i == 0))
        r.kev(ns, "Pod", g, "NotTriggerScaleUp", "Normal", "pod didn't trigger scale-up: 1 max node group size reached",
              src="cluster-autoscaler", gap=RNG.uniform(8, 12), ev=(i == 0))
    r.add(K("kube-system", ca, "cluster-autoscaler", gke("sys-pool")),
          klog("I", 1, "orchestrator.go:167", '"Skipping node group gke-skyrift-prod-gs-pool-na-grp - max size reached" nodeGroup="https://www.googleapis.com/compute/v1/projects/pixelforge-prod/zones/us-central1-a/instanceGroups/gke-skyrift-prod-gs-pool-na-grp" maxSize=24'),
          gap=1.0, ev=True)
    for i in range(2):
        r.add(K("matchmaking", mm, "matchmaker", gke("svc-pool")),
              ex("warning", f"Allocation for mode royale in na returned UnAllocated (fleet {fleet}: 0 ready, 38 pending); retrying in 5s, queue p95 wait {48 + i * 31}s"),
              gap=RNG.uniform(20, 60))
    r.kev(ns, "Pod", gs[0], "FailedScheduling", "Warning",
          "0/24 nodes are available: 24 Insufficient cpu. preemption: 0/24 nodes are available: 24 No preemption victims found for incoming pod.",
          src="default-scheduler", count=14, gap=600.0)
    r.kev(ns, "Pod", gs[0], "Scheduled", "Normal", f"Successfully assigned {ns}/{gs[0]} to {newn}", src="default-scheduler", gap=480.0)
    r.add(K(ns, gs[0], "royale-server", newn), "[@SP@] [Server] Skyrift royale-server 2.13.4 (build 88121) listening on 0.0.0.0:7777/udp", gap=9.0)
    r.kev(ns, "GameServer", gs[0], "Ready", "Normal", "SDK.Ready() complete", src="gameserver-controller", api=AGONES, gap=3.0)
    r.kev(ns, "FleetAutoscaler", "royale-na-autoscaler", "AutoScalingFleet", "Normal", f"Scaling fleet {fleet} from 120 to 96",
          src="fleetautoscaler-controller", api=AGONES, gap=300.0)
    r.add(K("matchmaking", mm, "matchmaker", gke("svc-pool")),
          ex("info", f"Fleet {fleet} status: replicas=96 ready=12 allocated=84; queue p95 wait 9s"), gap=20.0)
    return r.done("WARN", "scheduling", "royale-server",
                  "The NA game-server node pool is at its autoscaler maximum (24 nodes), so the extra royale-na game servers requested by the fleet autoscaler at peak cannot be scheduled (Insufficient cpu, 'max node group size reached').",
                  "During the NA peak about 40 royale game-server pods stayed Pending because the node group was at max size; allocations returned UnAllocated and queue times rose to ~80 s, then recovered as matches ended and demand fell.",
                  "Raise the max size of the NA game-server node pool (check the regional CPU quota) or lower per-server CPU requests before the next peak.")


@record
def game_scylla_disk_full():
    r = Rec("game-scylla-enospc", "db_disk_full_snapshots",
            "profile-api writes are failing with LOCAL_QUORUM unavailable errors. What happened to the database?",
            None, "2026-03-22T06:40:00")
    S1, S2, S3 = (H(f"scylla-0{i}", "scylla-server.service") for i in (1, 2, 3))
    P = H("profile-api01", "profile-api.service")
    r.add(HF("scylla-02", "/var/log/disk-usage-check.log"),
          "@MY@ WARN /var/lib/scylla 97% used (1.80T of 1.86T); snapshots: 634G in 212 auto_snapshot dirs (dropped/truncated event tables)", ev=True)
    r.add(S2, "ERROR @SPC@ [shard 5] compaction - Compaction for skyrift.player_inventory failed: std::system_error (error system:28, No space left on device)",
          gap=300.0, ev=True)
    r.add(S2, "ERROR @SPC@ [shard 0] commitlog - Exception in segment reservation: storage_io_error (Storage I/O error: 28: No space left on device)",
          gap=4.0, ev=True)
    r.add(S2, "ERROR @SPC@ [shard 0] storage_service - Shutting down communications due to I/O errors until operator intervention: Disk error: std::system_error (error system:28, No space left on device)",
          gap=0.01, ev=True)
    r.add(S1, "INFO  @SPC@ [shard 0] gossip - InetAddress 10.60.0.12 is now DOWN, status = NORMAL", gap=2.0)
    r.add(HF("scylla-03", "/var/log/disk-usage-check.log"),
          "@MY@ WARN /var/lib/scylla 96% used (1.79T of 1.86T); snapshots: 612G in 205 auto_snapshot dirs (dropped/truncated event tables)", gap=60.0)
    r.add(S3, "ERROR @SPC@ [shard 2] commitlog - Exception in segment reservation: storage_io_error (Storage I/O error: 28: No space left on device)",
          gap=140.0, ev=True)
    r.add(S3, "ERROR @SPC@ [shard 0] storage_service - Shutting down communications due to I/O errors until operator intervention: Disk error: std::system_error (error system:28, No space left on device)",
          gap=0.01, ev=True)
    r.add(S1, "INFO  @SPC@ [shard 0] gossip - InetAddress 10.60.0.13 is now DOWN, status = NORMAL", gap=2.0)
    for i in range(3):
        r.add(P, pino(50, "profile-api01", "cassandra query failed",
                      query="UPDATE skyrift.player_inventory SET items = items + ? WHERE player_id = ?",
                      consistency="LOCAL_QUORUM",
                      err={"name": "ResponseError", "code": 4096, "message": "Cannot achieve consistency level for cl LOCAL_QUORUM. Requires 2, alive 1"}),
              gap=RNG.uniform(1, 5))
    r.add(P, pino(50, "profile-api01", "request errored", route="POST /v1/profiles/:id/rewards", statusCode=503, responseTime=12), gap=0.01)
    r.add(P, pino(40, "profile-api01", "write error rate 71% (1m); reward grants are being queued for retry"), gap=30.0)
    return r.done("CRITICAL", "resource_exhausted", "scylladb",
                  "The data disks of scylla-02 and scylla-03 filled up (96-97% used, over 600G of auto_snapshot directories from dropped/truncated event tables); with no space left the commitlog cannot reserve segments and both nodes stop communication, leaving 1 of 3 replicas alive.",
                  "Two of three ScyllaDB nodes shut themselves down with 'No space left on device', so LOCAL_QUORUM is unavailable ('Requires 2, alive 1') and most profile-api writes fail with 503; player data writes are being lost or queued.",
                  "Free space now on scylla-02/03 (nodetool clearsnapshot for the old auto_snapshot dirs), restart the nodes and run repair; then disable auto_snapshot for the event tables or add snapshot cleanup and disk alerts below 80%.")


@record
def game_nodelocaldns_restart():
    ns = "liveops"
    node = gke("svc-pool")
    old = f"node-local-dns-{rs(5)}"
    new = f"node-local-dns-{rs(5)}"
    cp = dpod("cdn-purger")
    pg = dpod("push-gateway")
    img = "registry.k8s.io/dns/k8s-dns-node-cache:1.23.0"
    r = Rec("game-cdn-purge-eai-again", "node_dns_cache_restart_gap",
            "cdn-purger failed CDN purges with EAI_AGAIN for about a minute. Is Fastly down?",
            sel(ns, "cdn-purger"), "2026-03-23T14:30:00")
    r.kev("kube-system", "DaemonSet", "node-local-dns", "SuccessfulDelete", "Normal", f"Deleted pod: {old}", src="daemonset-controller", api="apps/v1", ev=True)
    r.kev("kube-system", "DaemonSet", "node-local-dns", "SuccessfulCreate", "Normal", f"Created pod: {new}", src="daemonset-controller", api="apps/v1", gap=1.5)
    r.kev("kube-system", "Pod", new, "Pulling", "Normal", f'Pulling image "{img}"', host=node, gap=0.4)
    C = K(ns, cp, "cdn-purger", node)
    for i in range(3):
        r.add(C, pino(50, cp, "purge request failed", url="https://api.fastly.com/service/4Kq1xZ8r/purge/leaderboard-current", attempt=i + 1,
                      err={"type": "Error", "message": "getaddrinfo EAI_AGAIN api.fastly.com", "code": "EAI_AGAIN", "syscall": "getaddrinfo", "hostname": "api.fastly.com"}),
              gap=RNG.uniform(3, 12), ev=(i == 0))
    r.add(K("push", pg, "push-gateway", node),
          pino(50, pg, "fcm send failed", err={"type": "Error", "message": "getaddrinfo EAI_AGAIN fcm.googleapis.com", "code": "EAI_AGAIN", "syscall": "getaddrinfo", "hostname": "fcm.googleapis.com"}),
          gap=2.0, ev=True)
    r.kev("kube-system", "Pod", new, "Pulled", "Normal", f'Successfully pulled image "{img}" in 41.2s (41.2s including waiting). Image size: 31812112 bytes.', host=node, gap=18.0, ev=True)
    r.kev("kube-system", "Pod", new, "Started", "Normal", "Started container node-cache", host=node, gap=0.6)
    N = K("kube-system", new, "node-cache", node)
    r.add(N, f"@NGX@ [INFO] Starting node-cache image: 1.23.0", gap=0.3)
    r.add(N, "@NGX@ [INFO] Added interface - nodelocaldns", gap=0.02)
    r.add(N, "@NGX@ [INFO] Added back nodelocaldns rule - {raw PREROUTING [-p udp -d 169.254.20.10 --dport 53 -j NOTRACK]}", gap=0.01)
    r.add(N, "[INFO] plugin/reload: Running configuration SHA512 = " + hexs(128), gap=0.3)
    r.add(C, pino(30, cp, "purge request succeeded", url="https://api.fastly.com/service/4Kq1xZ8r/purge/leaderboard-current", attempt=4, status=200, purgeId=uid()),
          gap=6.0)
    return r.done("WARN", "dns_resolution", "node-local-dns",
                  "The node-local-dns DaemonSet rolled its pod on this node with delete-before-create and the new image took 41 s to pull; meanwhile nothing answered DNS on 169.254.20.10, so every pod on the node got EAI_AGAIN (temporary resolution failure) for external names.",
                  "For about a minute cdn-purger (and push-gateway) on one node could not resolve api.fastly.com / fcm.googleapis.com because the node-local DNS cache was being replaced; Fastly was fine and the retried purge succeeded once node-cache started.",
                  "Optional: roll node-local-dns with maxSurge (or pre-pull the image) so the node never lacks a DNS cache, and keep the retry logic in cdn-purger.")


@record
def game_node_mce():
    ns = "gameservers"
    node = "gs-bm-07"
    gss = f"arena-eu-{rs(5)}"
    gs = [f"{gss}-{rs(5)}" for _ in range(2)]
    mm = dpod("matchmaker")
    r = Rec("game-baremetal-node-mce", "hardware_uncorrectable_ecc_panic",
            "Node gs-bm-07 went NotReady and every match on it dropped. What happened?",
            sel(node=node), "2026-03-24T21:10:00")
    KN = NJ(node, "kernel")
    for i in range(3):
        r.add(KN, f"EDAC MC1: 1 CE memory read error on CPU_SrcID#1_MC#0_Chan#2_DIMM#0 (channel:2 slot:0 page:0x3f2a1 offset:0x{RNG.randint(0, 4095):x} grain:32 syndrome:0x0 - err_code:0x0000:0x009f socket:1 imc:0 rank:1 bg:2 ba:1 row:0x1f3a col:0x2a8)",
              gap=RNG.uniform(20, 90), ev=(i == 0))
    r.add(KN, "mce: [Hardware Error]: Machine check events logged", gap=30.0)
    r.add(KN, "EDAC MC1: 1 UE memory read error on CPU_SrcID#1_MC#0_Chan#2_DIMM#0 (channel:2 slot:0 page:0x3f2a1 offset:0x140 grain:32 - err_code:0x0000:0x009f socket:1 imc:0 rank:1 bg:2 ba:1 row:0x1f3a col:0x2a8)",
          gap=95.0, ev=True)
    r.add(KN, "mce: [Hardware Error]: CPU 27: Machine Check Exception: 5 Bank 13: bd80000000100134", gap=0.001, ev=True)
    r.add(KN, "mce: [Hardware Error]: RIP !INEXACT! 10:<ffffffff9a2a1b2c> {native_safe_halt+0xe/0x10}", gap=0.001)
    r.add(KN, "mce: [Hardware Error]: TSC 9f2a4b8c1d ADDR 3f2a1140 MISC 200400c008002086", gap=0.001)
    r.add(KN, "Kernel panic - not syncing: Fatal machine check", gap=0.002, ev=True)
    r.add(HF("bmc-collector01", "/var/log/ipmi-sel/gs-bm-07.log"),
          "  4a2 | 03/24/2026 | @TIME@ | Memory #0x2a | Uncorrectable ECC (CPU2_DIMM_C1) | Asserted", gap=0.5, ev=True)
    r.add(K("matchmaking", mm, "matchmaker", gke("svc-pool")),
          ex("error", f"Match m_{hexs(8)} lost: gameserver {gs[0]} stopped heartbeating (node {node})"), gap=20.0)
    r.add(K("matchmaking", mm, "matchmaker", gke("svc-pool")),
          ex("error", f"Match m_{hexs(8)} lost: gameserver {gs[1]} stopped heartbeating (node {node})"), gap=0.4)
    r.kev("default", "Node", node, "NodeNotReady", "Normal", f"Node {node} status is now: NodeNotReady", src="node-controller", gap=22.0, ev=True)
    for g in gs:
        r.kev(ns, "Pod", g, "NodeNotReady", "Warning", "Node is not ready", src="node-controller", gap=0.05)
    r.add(K("kube-system", "kube-controller-manager-cp1", "kube-controller-manager", "cp1"),
          klog("I", 1, "node_lifecycle_controller.go:1066", f'"Node is unresponsive. Adding it to the Taint queue" node="{node}" timeStamp="@ISOS@"'),
          gap=0.2)
    for g in gs:
        r.kev(ns, "Pod", g, "TaintManagerEviction", "Normal", f"Marking for deletion Pod {ns}/{g}", src="taint-eviction-controller", gap=300.0 if g == gs[0] else 0.02)
    return r.done("CRITICAL", "node_failure", "gs-bm-07",
                  "A DIMM on bare-metal node gs-bm-07 (CPU2_DIMM_C1, socket 1 channel 2) logged corrected ECC errors and then an uncorrectable error; the resulting fatal machine check panicked the kernel, so the kubelet stopped reporting and the node went NotReady.",
                  "gs-bm-07 crashed on an uncorrectable memory error (EDAC UE, Machine Check Exception, 'Kernel panic - not syncing: Fatal machine check'); every match on its game servers was lost and its pods are being evicted.",
                  "Keep gs-bm-07 cordoned/out of the pool, have the DIMM CPU2_DIMM_C1 replaced and run a memory test before returning it; check capacity of the remaining game-server nodes.")


# =================================================================== main
def main():
    recs = [fn() for fn in RECORDS]
    ids = [r["id"] for r in recs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False, separators=(", ", ": ")) + "\n")
    print(f"wrote {len(recs)} records, {sum(len(r['logs']) for r in recs)} log lines to {OUT}")


if __name__ == "__main__":
    main()
