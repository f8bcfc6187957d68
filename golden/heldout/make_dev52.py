#!/usr/bin/env python3
"""Deterministic generator for the held-out dev52 golden set.

Writes dev52.jsonl and dev52.tags.json into the directory given as the first
argument (default: the directory of this script).  Standard library only; the
only source of randomness is random.Random(205252); no clock, no environment.
"""
import calendar
import datetime as _dt
import json
import os
import random
import sys

SEED = 205252
SOURCE = "synthetic:dev52"
K8S_ALNUM = "bcdfghjklmnpqrstvwxz2456789"
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
TAGS = ("quiet-cause", "nested-cause", "healthy-lookalike", "caller-outside-selector")


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------
class Ctx:
    def __init__(self, rng):
        self.rng = rng
        self.base = None

    def rs(self, n):
        return "".join(self.rng.choice(K8S_ALNUM) for _ in range(n))

    def dep(self, name, n=1):
        h = self.rs(self.rng.choice((9, 10)))
        return [f"{name}-{h}-{self.rs(5)}" for _ in range(n)]

    def hexs(self, n):
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def uid(self):
        return "-".join(self.hexs(k) for k in (8, 4, 4, 4, 12))

    def ip(self, third=None):
        t = self.rng.randint(0, 6) if third is None else third
        return f"10.42.{t}.{self.rng.randint(2, 250)}"

    def ri(self, a, b):
        return self.rng.randint(a, b)


class Win:
    """A log window under construction."""

    def __init__(self):
        self.items = []

    def add(self, labels, text, ev=False, cont=False, gap=None):
        self.items.append({"labels": labels, "text": text, "ev": ev,
                           "cont": cont, "gap": gap})


def P(ns, app, pod, node, container=None):
    return {"namespace": ns, "app": app, "pod": pod,
            "container": container or app, "node": node}


def E(ns):
    return {"namespace": ns, "job": "kube-events"}


def J(node, unit):
    return {"job": "node-journal", "node": node, "unit": unit}


def ev(typ, reason, kind, name, msg, comp, host=None):
    s = f"type={typ} reason={reason} kind={kind} name={name} sourcecomponent={comp}"
    if host:
        s += f" sourcehost={host}"
    return s + " msg=" + json.dumps(msg)


def _j(d):
    s = json.dumps(d, separators=(",", ":"))
    return s.replace('"@EPOCH@"', "@EPOCH@")


def zap(level, caller, msg, **f):
    d = {"level": level, "ts": "@EPOCH@", "caller": caller, "msg": msg}
    d.update(f)
    return _j(d)


def zlog(level, message, **f):
    d = {"level": level}
    d.update(f)
    d["time"] = "@ISOS@"
    d["message"] = message
    return _j(d)


def caddy(level, logger, msg, **f):
    d = {"level": level, "ts": "@EPOCH@", "logger": logger, "msg": msg}
    d.update(f)
    return _j(d)


def flux(msg, name, controller="kustomization", **f):
    d = {"level": "info", "ts": "@ISO@", "msg": msg, "controller": controller,
         "controllerGroup": "kustomize.toolkit.fluxcd.io",
         "controllerKind": "Kustomization",
         "Kustomization": {"name": name, "namespace": "flux-system"},
         "namespace": "flux-system", "name": name}
    d.update(f)
    return _j(d)


def logrus(level, msg, **f):
    s = f'time="@ISOS@" level={level} msg={json.dumps(msg)}'
    for k, v in f.items():
        v = str(v)
        if any(ch in v for ch in ' ="'):
            v = json.dumps(v)
        s += f" {k}={v}"
    return s


def katip(sev, ns, pod, tid, loc, msg):
    return f"[@SEC@][{ns}][{sev}][{pod}][PID 1][ThreadId {tid}][{loc}] {msg}"


def play(level, logger, thread, msg):
    return f"@SPC@ [{level}] from {logger} in {thread} - {msg}"


def ktor(thread, level, logger, msg):
    return f"@SPD@ [{thread}] {level:<5} {logger} - {msg}"


def clj(level, thread, logger, msg):
    return f"@SPD@ {level:<5} [{thread}] {logger} - {msg}"


def cry(level, src, msg):
    return f"@ISO6@ {level:>6} - {src}: {msg}"


def nim(lvl, msg, kv):
    return f"{lvl} @NIM@ {msg:<40} {kv}"


def akka(level, thread, path, msg):
    return f"[{level}] [@AKKA@] [{thread}] [{path}] {msg}"


def klog(lvl, pid, src, msg):
    return f"{lvl}@KLOG@ {pid:>7} {src}] {msg}"


def tidb(level, src, msg, extra=""):
    return f"[@TIDB@] [{level}] [{src}] [{json.dumps(msg)}]{extra}"


def rmq(level, pid, msg):
    return f"@RMQ@ [{level}] <{pid}> {msg}"


def scylla(level, shard, logger, msg):
    return f"{level:<5} @SPC@ [shard {shard}] {logger} - {msg}"


def l4j(thread, level, logger, msg):
    return f"@L4J@ [{thread}] {level:<5} {logger} - {msg}"


def clf(ip, method, path, status, size, ua, ref="-"):
    return f'{ip} - - [@CLF@] "{method} {path} HTTP/1.1" {status} {size} "{ref}" "{ua}"'


def coredns(msg):
    return msg


def sel(ns=None, app=None, pod=None, container=None, node=None):
    return {"namespace": ns, "pod": pod, "container": container,
            "node": node, "app": app}


def iso_s(d):
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")


def http_date(d):
    return (f"{WEEKDAYS[d.weekday()]}, {d.day:02d} {MONTHS[d.month - 1]} "
            f"{d.year} {d.strftime('%H:%M:%S')} UTC")


def render_stamp(text, d, us):
    ms = us // 1000
    hms = d.strftime("%H:%M:%S")
    ymd = d.strftime("%Y-%m-%d")
    epoch = calendar.timegm(d.utctimetuple())
    ns9 = f"{us:06d}{(us * 7) % 1000:03d}"
    rep = {
        "@ISO9@": f"{ymd}T{hms}.{ns9}Z",
        "@ISO6@": f"{ymd}T{hms}.{us:06d}Z",
        "@ISOS@": f"{ymd}T{hms}Z",
        "@ISO@": f"{ymd}T{hms}.{ms:03d}Z",
        "@KLOG@": f"{d.strftime('%m%d')} {hms}.{us:06d}",
        "@EPOCH@": f"{epoch}.{us:06d}",
        "@SPC@": f"{ymd} {hms},{ms:03d}",
        "@SPD@": f"{ymd} {hms}.{ms:03d}",
        "@SEC@": f"{ymd} {hms}",
        "@RMQ@": f"{ymd} {hms}.{us:06d}+00:00",
        "@TIDB@": f"{d.strftime('%Y/%m/%d')} {hms}.{ms:03d} +00:00",
        "@NGX@": f"{d.strftime('%Y/%m/%d')} {hms}",
        "@CLF@": f"{d.day:02d}/{MONTHS[d.month - 1]}/{d.year}:{hms} +0000",
        "@AKKA@": f"{d.strftime('%m/%d/%Y')} {hms}.{ms:03d}",
        "@NIM@": f"{ymd} {hms}.{ms:03d}+00:00",
        "@L4J@": f"{ymd}T{hms},{ms:03d}+0000",
    }
    for k, v in rep.items():
        text = text.replace(k, v)
    return text


# --------------------------------------------------------------------------
# scenarios -- domain A: honey cooperative
# --------------------------------------------------------------------------
UA_AHC = "AHC/2.1"


def a_oom_lot_tracker(c):
    w = Win()
    wo = c.dep("wholesale-orders")[0]
    lt = c.dep("honey-lot-tracker")[0]
    cid = c.hexs(64)
    uid = c.uid()
    p1, p2 = c.ri(30000, 60000), c.ri(60001, 90000)
    sales = lambda t, **k: w.add(P("coop-sales", "wholesale-orders", wo, "hc-node-1"), t, **k)
    lot = lambda t, **k: w.add(P("honey-plant", "honey-lot-tracker", lt, "hc-node-3"), t, **k)
    jc = lambda t, **k: w.add(J("hc-node-3", "containerd.service"), t, **k)
    jk = lambda t, **k: w.add(J("hc-node-3", "kernel"), t, **k)
    img = "registry.hivecoop.example/plant/honey-lot-tracker:2.14.1"
    sales(play("INFO", "services.LotReservation", "application-akka.actor.default-dispatcher-14",
               "Reserving lot for order WO-2026-04417 (sku=ACACIA-340G, qty=240)"))
    lot(katip("Info", "honey-lot-tracker", lt, 41, "main:Lots.Pollen src/Lots/Pollen.hs:112:5",
              "rebuilding pollen-analysis index for season 2026 (48211 lots)"))
    lot(clf("10.42.1.23", "GET", "/v2/lots/LT-26-0915/certificate", 200, 18342, UA_AHC))
    jc(f'time="@ISO9@" level=info msg="TaskOOM event container_id:\\"{cid}\\""', ev=True)
    jk(f"Memory cgroup out of memory: Killed process {p1} (honey-lot-track) total-vm:4718232kB, "
       "anon-rss:1043872kB, file-rss:28816kB, shmem-rss:0kB, UID:10001 pgtables:2412kB oom_score_adj:999",
       ev=True, gap=(0.005, 0.05))
    w.add(E("default"), ev("Warning", "SystemOOM", "Node", "hc-node-3",
                           f"System OOM encountered, victim process: honey-lot-track, pid: {p1}",
                           "kubelet", "hc-node-3"), ev=True)
    sales(play("ERROR", "services.LotReservation", "application-akka.actor.default-dispatcher-9",
               "Lot reservation failed for order WO-2026-04417"))
    sales("java.net.ConnectException: Connection refused: "
          "honey-lot-tracker.honey-plant.svc.cluster.local/10.43.88.12:8080", cont=True)
    w.add(E("honey-plant"), ev("Normal", "Pulled", "Pod", lt,
                               f'Container image "{img}" already present on machine', "kubelet", "hc-node-3"),
          gap=(6, 12))
    w.add(E("honey-plant"), ev("Normal", "Started", "Pod", lt, "Started container honey-lot-tracker",
                               "kubelet", "hc-node-3"))
    lot(katip("Info", "honey-lot-tracker", lt, 7, "main:Main app/Main.hs:58:3",
              "honey-lot-tracker 2.14.1 starting warp on port 8080"))
    lot(katip("Info", "honey-lot-tracker", lt, 39, "main:Lots.Pollen src/Lots/Pollen.hs:112:5",
              "rebuilding pollen-analysis index for season 2026 (48211 lots)"))
    sales(play("ERROR", "services.LotReservation", "application-akka.actor.default-dispatcher-11",
               "Order WO-2026-04418 stuck in RESERVING after 3 attempts; returning 503 to client portal"))
    jc(f'time="@ISO9@" level=info msg="TaskOOM event container_id:\\"{c.hexs(64)}\\""', ev=True, gap=(8, 15))
    jk(f"Memory cgroup out of memory: Killed process {p2} (honey-lot-track) total-vm:4722108kB, "
       "anon-rss:1044012kB, file-rss:28904kB, shmem-rss:0kB, UID:10001 pgtables:2420kB oom_score_adj:999",
       ev=True, gap=(0.005, 0.05))
    w.add(E("honey-plant"), ev("Warning", "BackOff", "Pod", lt,
                               f"Back-off restarting failed container honey-lot-tracker in pod {lt}_honey-plant({uid})",
                               "kubelet", "hc-node-3"), ev=True)
    sales(play("ERROR", "controllers.OrderController", "application-akka.actor.default-dispatcher-4",
               "POST /api/orders/WO-2026-04419/reserve -> 503 (lot service unavailable)"))
    return dict(
        question="Why are wholesale orders stuck in RESERVING?",
        selector=sel(ns="coop-sales", app="wholesale-orders"),
        win=w, severity="CRITICAL", category="oom_killed", component="honey-lot-tracker",
        root_cause=("The honey-lot-tracker container is repeatedly killed by the kernel OOM killer "
                    "(memory cgroup limit) while it rebuilds its pollen-analysis index at startup, so it "
                    "crash-loops and wholesale-orders gets connection refused when reserving lots."),
        summary=("honey-lot-tracker on hc-node-3 is OOM-killed twice in the window and is now in "
                 "back-off; wholesale order reservations fail with 503."),
        action=("Raise the honey-lot-tracker memory limit above the index working set or build the "
                "pollen index incrementally/streamed; check +RTS -M against the container limit."),
        tags=["quiet-cause", "caller-outside-selector"])


def a_disk_full_scylla(c):
    w = Win()
    ing = c.dep("hive-sensor-ingest")[0]
    ns = "hive-telemetry"
    ingest = lambda t, **k: w.add(P(ns, "hive-sensor-ingest", ing, "hc-node-4"), t, **k)
    s0 = lambda t, **k: w.add(P(ns, "scylla-hive", "scylla-hive-0", "hc-node-1", "scylla"), t, **k)
    s1 = lambda t, **k: w.add(P(ns, "scylla-hive", "scylla-hive-1", "hc-node-2", "scylla"), t, **k)
    s2 = lambda t, **k: w.add(P(ns, "scylla-hive", "scylla-hive-2", "hc-node-3", "scylla"), t, **k)
    tid = c.uid()
    ingest(zap("info", "ingest/lora.go:211", "frames accepted", gateway="lora-gw-orchard-3", frames=118))
    s1(scylla("WARN", "0:main", "commitlog",
              "Exception in segment reservation: storage_io_error (Storage I/O error: 28: No space left on device)"),
       ev=True)
    s1(scylla("INFO", "3:comp", "compaction",
              f"[Compact hive.readings_by_hive {tid}] Compacting [/var/lib/scylla/data/hive/"
              "readings_by_hive-5c1e0a30d6f111ee9d7a3c1f0b2e4a11/me-3gcf_0x1q_2k9sg2b1h5mro4w5ak-big-Data.db:level=0, ]"))
    s1(scylla("ERROR", "3:comp", "compaction_manager",
              "Compaction task hive.readings_by_hive (1 tasks) failed: storage_io_error "
              "(Storage I/O error: 28: No space left on device)"), ev=True)
    s1(scylla("ERROR", "0:main", "storage_service",
              "Shutting down communications due to I/O errors until operator intervention: Disk error: "
              "std::system_error (error system:28, No space left on device)"), ev=True)
    ingest(zap("error", "store/scylla.go:142", "batch insert failed", keyspace="hive",
               table="readings_by_hive", rows=500, error="Operation timed out - received only 1 responses."))
    s0(scylla("INFO", "0:main", "gossip", "InetAddress 10.42.2.37 is now DOWN, status = NORMAL"))
    s2(scylla("WARN", "1:main", "commitlog",
              "Exception in segment reservation: storage_io_error (Storage I/O error: 28: No space left on device)"),
       ev=True)
    s2(scylla("ERROR", "1:main", "storage_service",
              "Shutting down communications due to I/O errors until operator intervention: Disk error: "
              "std::system_error (error system:28, No space left on device)"), ev=True)
    s0(scylla("INFO", "0:main", "gossip", "InetAddress 10.42.3.12 is now DOWN, status = NORMAL"))
    ingest(zap("error", "store/scylla.go:142", "batch insert failed", keyspace="hive",
               table="readings_by_hive", rows=500,
               error="Cannot achieve consistency level for cl QUORUM. Requires 2, alive 1"))
    ingest(zap("warn", "ingest/buffer.go:77", "local buffer full, dropping oldest readings",
               dropped=4200, buffer_cap=50000))
    ingest(zap("error", "store/scylla.go:142", "batch insert failed", keyspace="hive",
               table="readings_by_hive", rows=500,
               error="Cannot achieve consistency level for cl QUORUM. Requires 2, alive 1"))
    return dict(
        question="Why is hive-sensor-ingest failing to store sensor readings?",
        selector=sel(ns=ns, app="hive-sensor-ingest"),
        win=w, severity="CRITICAL", category="resource_exhausted", component="scylla-hive",
        root_cause=("The data volumes of scylla-hive-1 and scylla-hive-2 are full (errno 28, No space left "
                    "on device); both nodes stop communications until operator intervention, QUORUM writes "
                    "fail and the ingest buffer drops hive readings."),
        summary=("Two of three ScyllaDB nodes ran out of disk and isolated themselves; sensor readings are "
                 "being dropped."),
        action=("Free or expand the scylla-hive data volumes (clear snapshots, grow PVCs), restart the "
                "isolated nodes, and add disk-usage alerting/compaction headroom."),
        tags=["nested-cause", "caller-outside-selector"])


def a_rabbit_maintenance(c):
    w = Win()
    wo = c.dep("wholesale-orders")[0]
    ns = "coop-sales"
    sales = lambda t, **k: w.add(P(ns, "wholesale-orders", wo, "hc-node-1"), t, **k)
    mq = lambda t, **k: w.add(P(ns, "rabbitmq-coop", "rabbitmq-coop-0", "hc-node-2", "rabbitmq"), t, **k)
    pid = f"0.{c.ri(20000, 40000)}.0"
    th = "application-akka.actor.default-dispatcher-"
    sales(play("INFO", "services.OrderEventPublisher", th + "21", "Published order.placed for WO-2026-04510"))
    mq(rmq("warning", pid, "This node is being put into maintenance (drain) mode"), ev=True)
    mq(rmq("warning", pid, "Suspended all listeners and will no longer accept client connections"),
       ev=True, gap=(0.01, 0.2))
    mq(rmq("warning", pid, "Closed 6 local client connections"), ev=True, gap=(0.01, 0.2))
    mq(rmq("info", pid, "Marked this node as undergoing maintenance"), ev=True, gap=(0.5, 2))
    sales(play("ERROR", "services.OrderEventPublisher", th + "17",
               "Could not publish order.placed for WO-2026-04511; order rolled back"))
    sales("services.OrderEventPublisher$PublishFailed: AMQP connection to "
          "rabbitmq-coop.coop-sales.svc.cluster.local:5672 unavailable", cont=True)
    sales("\tat services.OrderEventPublisher.publish(OrderEventPublisher.scala:88)", cont=True)
    sales("Caused by: java.net.ConnectException: Connection refused", cont=True, ev=True)
    sales("\tat java.base/sun.nio.ch.Net.pollConnect(Native Method)", cont=True)
    sales(play("ERROR", "controllers.OrderController", th + "9",
               "POST /api/orders -> 503 for customer C-00871 (event bus unavailable)"))
    sales(play("WARN", "services.OrderEventPublisher", th + "17",
               "AMQP reconnect attempt 5 to rabbitmq-coop.coop-sales.svc.cluster.local:5672 failed: Connection refused"))
    sales(play("ERROR", "services.OrderEventPublisher", th + "23",
               "Could not publish order.placed for WO-2026-04513; order rolled back"))
    return dict(
        question="Why are new wholesale orders being rolled back?",
        selector=sel(ns=ns, app="wholesale-orders"),
        win=w, severity="ERROR", category="connection_refused", component="rabbitmq-coop",
        root_cause=("The single RabbitMQ node rabbitmq-coop-0 was put into maintenance (drain) mode, which "
                    "suspends all client listeners; every AMQP connect from wholesale-orders is refused, so "
                    "order.placed cannot be published and orders are rolled back."),
        summary=("RabbitMQ is in drain mode and refuses connections; wholesale-orders returns 503 and "
                 "rolls back new orders."),
        action=("Revive the node (rabbitmq-upgrade revive) or finish the planned maintenance; do not drain "
                "the only node, and add an outbox/retry for order events."),
        tags=["quiet-cause", "caller-outside-selector"])


def a_timeout_moisture(c):
    w = Win()
    elc = c.dep("extraction-line-ctrl")[0]
    ma = c.dep("moisture-assay")[0]
    ns = "honey-plant"
    ctl = lambda t, **k: w.add(P(ns, "extraction-line-ctrl", elc, "hc-node-2"), t, **k)
    asy = lambda t, **k: w.add(P(ns, "moisture-assay", ma, "hc-node-4"), t, **k)
    th = "eventLoopGroupProxy-4-2"
    url = "http://moisture-assay.honey-plant.svc.cluster.local:7070/v1/assays/"
    for i, (b, el) in enumerate((("HB-26-0412-07", 7412), ("HB-26-0412-08", 7630))):
        ctl(ktor(th, "INFO", "c.h.plant.BatchReleaseRoute",
                 f"Release requested for batch {b} (drum {14 + i}, {288 - 12 * i} kg)"))
        asy(nim("INF", "assay lookup", f'topics="http" batch={b}'))
        asy(nim("WRN", "calibration cache miss; rebuilding Abbe curve",
                'topics="refractometer" device=RX-2 points=4096'), ev=True)
        asy(nim("WRN", "slow request",
                f'topics="http" method=GET path=/v1/assays/{b} status=200 elapsed_ms={el}'),
            ev=True, gap=(6.5, 7.5))
        ctl(ktor(th, "ERROR", "c.h.plant.BatchReleaseRoute",
                 f"Batch {b} release blocked: moisture assay unavailable"), gap=(0.01, 0.3))
        ctl(f"com.hivecoop.plant.AssayClientException: assay lookup failed for {b}", cont=True)
        if i == 0:
            ctl("\tat com.hivecoop.plant.AssayClient.moisture(AssayClient.kt:61)", cont=True)
        ctl("Caused by: io.ktor.client.plugins.HttpRequestTimeoutException: Request timeout has expired "
            f"[url={url}{b}, request_timeout=5000 ms]", cont=True, ev=True)
        if i == 0:
            ctl(ktor(th, "INFO", "Application", f"503 Service Unavailable: POST - /batches/{b}/release"))
    ctl(ktor("DefaultDispatcher-worker-5", "WARN", "c.h.plant.LineController",
             "Drum line 2 paused: 3 batches awaiting release"))
    asy(nim("INF", "calibration cache evicted", 'topics="refractometer" device=RX-2 ttl_s=0'), ev=True)
    return dict(
        question="Why can't the extraction plant release honey batches?",
        selector=sel(ns=ns, app="extraction-line-ctrl"),
        win=w, severity="ERROR", category="timeout", component="moisture-assay",
        root_cause=("moisture-assay rebuilds the refractometer calibration curve on every request (its "
                    "calibration cache has a TTL of 0), so assay lookups take ~7.5 s and exceed the 5 s "
                    "request timeout of extraction-line-ctrl."),
        summary=("Assay lookups time out; batch releases are blocked and drum line 2 is paused."),
        action=("Fix the moisture-assay calibration cache TTL (or precompute the curve) so lookups answer "
                "well under 5 s; consider a longer client timeout only as a stopgap."),
        tags=["quiet-cause", "caller-outside-selector"])


def a_scheduling_invoice(c):
    w = Win()
    wo = c.dep("wholesale-orders")[0]
    ctrl = c.dep("workflow-controller")[0]
    ns = "coop-sales"
    wf = f"invoice-batch-{c.ri(28000000, 28999999)}"
    pod = f"{wf}-render-pdfs-{c.ri(1000000000, 4000000000)}"
    sales = lambda t, **k: w.add(P(ns, "wholesale-orders", wo, "hc-node-1"), t, **k)
    argo = lambda t, **k: w.add(P("argo", "workflow-controller", ctrl, "hc-node-2"), t, **k)
    th = "application-akka.actor.default-dispatcher-"
    msg = ("0/4 nodes are available: 1 node(s) had untolerated taint {dedicated: extraction-plant}, "
           "3 Insufficient memory. preemption: 0/4 nodes are available: 1 Preemption is not helpful for "
           "scheduling, 3 No preemption victims found for incoming pod.")
    argo(logrus("info", "Processing workflow", Phase="Running", namespace=ns, workflow=wf))
    w.add(E(ns), ev("Warning", "FailedScheduling", "Pod", pod, msg, "default-scheduler"), ev=True)
    sales(play("ERROR", "controllers.InvoiceController", th + "6",
               f"Invoice PDF missing for order WO-2026-04388 (batch {wf} not finished)"))
    argo(logrus("info", "node changed", namespace=ns, workflow=wf, **{
        "new.message": "Unschedulable: " + msg.split(" preemption:")[0],
        "new.phase": "Pending", "old.phase": "Pending"}), ev=True)
    sales(play("ERROR", "controllers.InvoiceController", th + "12",
               f"Invoice PDF missing for order WO-2026-04391 (batch {wf} not finished)"))
    sales(play("INFO", "controllers.InvoiceController", th + "12",
               "GET /api/invoices?status=pending -> 212 pending"))
    w.add(E(ns), ev("Warning", "FailedScheduling", "Pod", pod, msg, "default-scheduler"), ev=True, gap=(20, 40))
    argo(logrus("info", "Workflow step group node not yet completed", namespace=ns, workflow=wf,
                node=f"{wf}-1734027712"))
    sales(play("ERROR", "controllers.PortalController", th + "3",
               "Invoice download for customer C-00412 returned 404 (invoice not generated)"))
    w.add(E(ns), ev("Normal", "NotTriggerScaleUp", "Pod", pod,
                    "pod didn't trigger scale-up: 1 node(s) had untolerated taint {dedicated: extraction-plant}, "
                    "3 max node group size reached", "cluster-autoscaler"), ev=True)
    sales(play("ERROR", "controllers.InvoiceController", th + "8",
               f"Invoice PDF missing for order WO-2026-04395 (batch {wf} not finished)"))
    return dict(
        question="Why are wholesale customers unable to download their invoices?",
        selector=sel(ns=ns, app="wholesale-orders"),
        win=w, severity="ERROR", category="scheduling", component="invoice-batch",
        root_cause=("The render-pdfs step pod of the invoice-batch Argo workflow cannot be scheduled: three "
                    "nodes have insufficient memory for its request, the fourth is tainted for the extraction "
                    "plant, and the autoscaler is at its max node-group size."),
        summary=("The invoice workflow is stuck Pending, so invoices are not generated and wholesale-orders "
                 "returns errors/404 for invoice downloads."),
        action=("Lower the render-pdfs memory request or split the batch, or add capacity/raise the node "
                "group maximum; then let the workflow continue."),
        tags=["quiet-cause", "caller-outside-selector"])


def a_readiness_wholesale(c):
    w = Win()
    pa, pb = c.dep("wholesale-orders", 2)
    ns = "coop-sales"
    ip = c.ip(2)
    A = lambda t, **k: w.add(P(ns, "wholesale-orders", pa, "hc-node-1"), t, **k)
    B = lambda t, **k: w.add(P(ns, "wholesale-orders", pb, "hc-node-4"), t, **k)
    th = "application-akka.actor.default-dispatcher-"
    probe = (f'Readiness probe failed: Get "http://{ip}:9000/health/ready": context deadline exceeded '
             "(Client.Timeout exceeded while awaiting headers)")
    A(play("INFO", "controllers.OrderController", th + "5", "GET /api/orders?customer=C-00412 -> 200 (38 ms)"))
    for i, ms in enumerate((1412, 1388, 1520)):
        A(play("WARN", "health.ReadinessController", th + str(7 + i),
               f"/health/ready took {ms} ms (inventory consistency check over 18240 SKUs)"), ev=True)
        w.add(E(ns), ev("Warning", "Unhealthy", "Pod", pa, probe, "kubelet", "hc-node-1"), ev=True,
              gap=(0.01, 0.3))
        B(play("INFO", "controllers.OrderController", th + str(2 + i),
               [f"POST /api/orders -> 201 (WO-2026-0470{2 + i})", "GET /api/stock/ACACIA-340G -> 200 (12 ms)",
                "GET /api/orders?customer=C-00871 -> 200 (41 ms)"][i]))
    A(play("INFO", "health.ReadinessController", th + "4", "/health/ready took 640 ms"))
    B(play("INFO", "controllers.OrderController", th + "6", "POST /api/orders -> 201 (WO-2026-04706)"))
    return dict(
        question="Why does one wholesale-orders pod keep dropping out of the service?",
        selector=sel(ns=ns, app="wholesale-orders"),
        win=w, severity="WARN", category="probe_failure", component="wholesale-orders",
        root_cause=("The /health/ready endpoint of wholesale-orders runs a full inventory consistency check "
                    "that takes 1.4-1.5 s, longer than the 1 s readiness probe timeout, so one pod keeps "
                    "failing readiness while the process itself is fine."),
        summary=("One replica flaps out of the endpoints; the other replica keeps serving orders."),
        action=("Make the readiness check cheap (move the consistency check to a background job) or raise "
                "the probe timeoutSeconds."),
        tags=[])


def a_vitess_lag(c):
    w = Win()
    wo = c.dep("wholesale-orders")[0]
    vtg = c.dep("vitess-wholesale-zone1-vtgate")[0]
    tab = "zone1-1184602113"
    vtt = f"vitess-wholesale-vttablet-{tab}-{c.hexs(8)}"
    ns = "coop-sales"
    sales = lambda t, **k: w.add(P(ns, "wholesale-orders", wo, "hc-node-1"), t, **k)
    tablet = lambda t, **k: w.add(P("vitess", "vitess-wholesale", vtt, "hc-node-3", "vttablet"), t, **k)
    gate = lambda t, **k: w.add(P("vitess", "vitess-wholesale", vtg, "hc-node-2", "vtgate"), t, **k)
    th = "application-akka.actor.default-dispatcher-"
    sales(play("INFO", "services.StockService", th + "3", "Reserving 120 jars ACACIA-340G for WO-2026-04611"))
    tablet(klog("W", 1, "replication_reporter.go:101",
                f"Replication lag 38s is above unhealthy threshold 30s; tablet {tab} going not-serving"), ev=True)
    gate(klog("I", 1, "tablet_health_check.go:333",
              f"HealthCheckUpdate(Serving State): tablet: {tab} ({vtt}) serving true => false for "
              "wholesale/-/REPLICA (reason: replication lag 38s)"), ev=True)
    sales(play("ERROR", "services.StockService", th + "3",
               "Stock check for WO-2026-04611 read stale data (replica shows 132 jars, primary 12); "
               "retrying against primary"))
    sales(play("INFO", "services.StockService", th + "3",
               "WO-2026-04611 reserved 12/120 jars (partial), customer notified"))
    tablet(klog("W", 1, "replication_reporter.go:101",
                f"Replication lag 61s is above unhealthy threshold 30s; tablet {tab} still not-serving"), ev=True)
    sales(play("ERROR", "services.StockService", th + "8",
               "Stock check for WO-2026-04612 read stale data (replica shows 40 jars, primary 0); "
               "retrying against primary"))
    sales(play("ERROR", "services.StockService", th + "5",
               "Stock check for WO-2026-04613 read stale data (replica shows 18 jars, primary 6); "
               "retrying against primary"))
    sales(play("INFO", "services.StockService", th + "5", "WO-2026-04613 reserved 6/6 jars (primary fallback)"))
    tablet(klog("I", 1, "replication_reporter.go:101",
                f"Replication lag 4s is below threshold; tablet {tab} serving again"), gap=(20, 40))
    gate(klog("I", 1, "tablet_health_check.go:333",
              f"HealthCheckUpdate(Serving State): tablet: {tab} ({vtt}) serving false => true for "
              "wholesale/-/REPLICA (reason: healthCheck update)"))
    sales(play("INFO", "services.StockService", th + "2", "WO-2026-04614 reserved 24/24 jars"))
    return dict(
        question="Why are stock checks for wholesale orders reporting stale data?",
        selector=sel(ns=ns, app="wholesale-orders"),
        win=w, severity="WARN", category="database", component="vitess-wholesale",
        root_cause=("The REPLICA tablet of the vitess-wholesale keyspace fell up to 61 s behind the primary; "
                    "stock reads routed to the replica were stale until vtgate took it out of serving."),
        summary=("Replication lag on the Vitess replica caused stale stock reads; wholesale-orders fell back "
                 "to the primary and the lag recovered within the window."),
        action=("Find what caused the lag (large transaction, replica I/O), keep stock checks on the primary, "
                "and tune the lag thresholds/alerting."),
        tags=["quiet-cause", "caller-outside-selector"])


def a_pulsar_restart(c):
    w = Win()
    ing = c.dep("hive-sensor-ingest")[0]
    ns = "hive-telemetry"
    bip = c.ip(3)
    ingest = lambda t, **k: w.add(P(ns, "hive-sensor-ingest", ing, "hc-node-4"), t, **k)
    broker = lambda t, **k: w.add(P(ns, "pulsar-broker", "pulsar-broker-1", "hc-node-3", "pulsar-broker"), t, **k)
    url = "pulsar://pulsar-broker-1.pulsar-broker.hive-telemetry.svc.cluster.local:6650"
    w.add(E(ns), ev("Normal", "SuccessfulDelete", "StatefulSet", "pulsar-broker",
                    "delete Pod pulsar-broker-1 in StatefulSet pulsar-broker successful",
                    "statefulset-controller"), ev=True)
    broker(l4j("Thread-3", "INFO", "org.apache.pulsar.broker.PulsarService", "Closing PulsarService"), ev=True)
    broker(l4j("Thread-3", "INFO", "org.apache.pulsar.broker.service.BrokerService",
               "Shutting down Pulsar Broker service"), ev=True)
    ingest(logrus("warning", "[Failed to connect to broker.]",
                  error=f"dial tcp {bip}:6650: connect: connection refused", remote_addr=url), ev=True)
    ingest(zap("error", "publish/producer.go:97", "publish failed; keeping readings in local buffer",
               topic="persistent://hive/readings/frames", error="connection closed", buffered=412))
    ingest(logrus("info", "[Reconnecting to broker in 1.108s]", remote_addr=url))
    ingest(zap("error", "publish/producer.go:97", "publish failed; keeping readings in local buffer",
               topic="persistent://hive/readings/frames", error="connection closed", buffered=1020))
    w.add(E(ns), ev("Normal", "SuccessfulCreate", "StatefulSet", "pulsar-broker",
                    "create Pod pulsar-broker-1 in StatefulSet pulsar-broker successful",
                    "statefulset-controller"), ev=True)
    ingest(zap("error", "publish/producer.go:97", "publish failed; keeping readings in local buffer",
               topic="persistent://hive/readings/frames", error="connection closed", buffered=1631))
    broker(l4j("main", "INFO", "org.apache.pulsar.broker.PulsarService",
               f"messaging service is ready, bootstrap service port = 8080, broker url= {url}, cluster=hivecoop"),
           gap=(15, 25))
    ingest(logrus("info", "[Reconnected producer to broker]", cnx=f"{c.ip(4)}:51533 -> {bip}:6650",
                  producerID=3, producer_name="hive-ingest-2",
                  topic="persistent://hive/readings/frames-partition-1"))
    ingest(zap("info", "publish/producer.go:131", "flushed local buffer", readings=1840))
    return dict(
        question="Why did hive-sensor-ingest report publish failures?",
        selector=sel(ns=ns, app="hive-sensor-ingest"),
        win=w, severity="WARN", category="connection_refused", component="pulsar-broker",
        root_cause=("pulsar-broker-1 was deleted and restarted by its StatefulSet; while it shut down and "
                    "came back, producers got connection refused on port 6650 and buffered readings."),
        summary=("A broker restart caused ~half a minute of refused connections; the ingest service "
                 "buffered and flushed everything after reconnecting."),
        action=("No data was lost; if restarts were unplanned, find why the pod was deleted, and use "
                "graceful bundle unloading / a PodDisruptionBudget for planned ones."),
        tags=["quiet-cause", "caller-outside-selector"])


def a_imagepull_extraction(c):
    w = Win()
    old1, old2 = c.dep("extraction-line-ctrl", 2)
    new = c.dep("extraction-line-ctrl")[0]
    ns = "honey-plant"
    img = "registry.hivecoop.example/plant/extraction-line-ctrl:5.3.0"
    o1 = lambda t, **k: w.add(P(ns, "extraction-line-ctrl", old1, "hc-node-2"), t, **k)
    o2 = lambda t, **k: w.add(P(ns, "extraction-line-ctrl", old2, "hc-node-4"), t, **k)
    pe = lambda typ, reason, msg, **k: w.add(E(ns), ev(typ, reason, "Pod", new, msg, "kubelet", "hc-node-1"), **k)
    w.add(P("flux-system", "kustomize-controller", c.dep("kustomize-controller")[0], "hc-node-2", "manager"),
          flux("server-side apply completed", "plant-apps", reconcileID=c.uid(),
               output={"Deployment/honey-plant/extraction-line-ctrl": "configured"}))
    w.add(E(ns), ev("Normal", "ScalingReplicaSet", "Deployment", "extraction-line-ctrl",
                    f"Scaled up replica set {new.rsplit('-', 1)[0]} to 1", "deployment-controller"))
    o1(ktor("DefaultDispatcher-worker-2", "INFO", "c.h.plant.LineController", "Centrifuge C2 at 1450 rpm, frame 18/36"))
    pe("Normal", "Pulling", f'Pulling image "{img}"')
    pe("Warning", "Failed",
       f'Failed to pull image "{img}": failed to pull and unpack image "{img}": failed to resolve reference '
       f'"{img}": pull access denied, repository does not exist or may require authorization: server message: '
       "insufficient_scope: authorization failed", ev=True)
    pe("Warning", "Failed", "Error: ErrImagePull", ev=True, gap=(0.01, 0.1))
    o1(ktor("eventLoopGroupProxy-4-1", "INFO", "Application", "200 OK: GET - /lines/2/status"))
    pe("Normal", "BackOff", f'Back-off pulling image "{img}"', ev=True)
    pe("Warning", "Failed", "Error: ImagePullBackOff", ev=True, gap=(0.01, 0.1))
    o2(ktor("DefaultDispatcher-worker-7", "INFO", "c.h.plant.LineController",
            "Batch HB-26-0412-09 filtered, moving to settling tank T3"))
    o2(ktor("eventLoopGroupProxy-4-3", "INFO", "Application", "200 OK: GET - /lines/1/status"))
    return dict(
        question="Why is the extraction-line-ctrl rollout not progressing?",
        selector=sel(ns=ns, app="extraction-line-ctrl"),
        win=w, severity="WARN", category="image_pull", component="extraction-line-ctrl",
        root_cause=("The registry refuses to serve plant/extraction-line-ctrl:5.3.0 to the node's pull "
                    "credentials (insufficient_scope: authorization failed), so the new pod is in "
                    "ImagePullBackOff."),
        summary=("The rollout is stuck on an image pull authorization error; the old replicas keep running "
                 "the plant."),
        action=("Fix the imagePullSecret / registry robot account so it has pull scope on "
                "plant/extraction-line-ctrl (or correct the repository path), then let the rollout resume."),
        tags=["nested-cause"])


def a_healthy_retry(c):
    w = Win()
    ing = c.dep("hive-sensor-ingest")[0]
    ns = "hive-telemetry"
    ingest = lambda t, **k: w.add(P(ns, "hive-sensor-ingest", ing, "hc-node-4"), t, **k)
    broker = lambda t, **k: w.add(P(ns, "pulsar-broker", "pulsar-broker-0", "hc-node-1", "pulsar-broker"), t, **k)
    scy = lambda t, **k: w.add(P(ns, "scylla-hive", "scylla-hive-0", "hc-node-1", "scylla"), t, **k)
    tid = c.uid()
    ingest(zap("info", "ingest/lora.go:211", "frames accepted", gateway="lora-gw-orchard-3", frames=121))
    broker(l4j("pulsar-load-manager-1-1", "INFO", "org.apache.pulsar.broker.namespace.NamespaceService",
               "Unloading bundle hive/readings/0x40000000_0x80000000 for load shedding"))
    ingest(zap("warn", "publish/producer.go:88", "publish retry", topic="persistent://hive/readings/frames",
               attempt=1, error="ServerError: ServiceNotReady - Namespace bundle is being unloaded", backoff="200ms"))
    ingest(zap("info", "publish/producer.go:104", "publish succeeded after retry",
               topic="persistent://hive/readings/frames", attempt=2))
    scy(scylla("INFO", "2:comp", "compaction", f"[Compact hive.readings_by_hive {tid}] Compacting 4 sstables"))
    ingest(zap("info", "ingest/lora.go:211", "frames accepted", gateway="lora-gw-meadow-1", frames=97))
    ingest(zap("info", "ingest/lora.go:211", "frames accepted", gateway="lora-gw-orchard-3", frames=119))
    scy(scylla("INFO", "2:comp", "compaction",
               f"[Compact hive.readings_by_hive {tid}] Compacted 4 sstables to [...]. 412MB to 398MB "
               "(~96% of original) in 8211ms = 48MB/s. ~1532416 total partitions merged to 1532410."))
    ingest(zap("info", "ingest/window.go:52", "ingest window summary", hives=412, readings=24719,
               error_count=0, dropped=0, retries=1))
    ingest(zap("info", "ingest/lora.go:211", "frames accepted", gateway="lora-gw-meadow-1", frames=102))
    return dict(
        question="Is the hive telemetry pipeline healthy?",
        selector=sel(ns=ns, app="hive-sensor-ingest"),
        win=w, severity="INFO", category="none", tags=["healthy-lookalike"],
        summary="One publish retry during a planned bundle unload succeeded; error_count=0, nothing dropped.",
        action="Nothing to do.")


def a_healthy_velero(c):
    w = Win()
    vp = c.dep("velero")[0]
    rep = c.dep("backup-reporter")[0]
    ns = "velero"
    started = c.base - _dt.timedelta(seconds=c.ri(4, 20))
    bk = f"velero/hivecoop-6h-{started.strftime('%Y%m%d%H%M%S')}"
    vel = lambda t, **k: w.add(P(ns, "velero", vp, "hc-node-2"), t, **k)
    vel(logrus("info", "Setting up backup log", backup=bk, controller="backup",
               logSource="pkg/controller/backup_controller.go:617"))
    for res, nsx in (("pods", "hive-telemetry"), ("persistentvolumeclaims", "hive-telemetry"),
                     ("deployments.apps", "honey-plant"), ("statefulsets.apps", "coop-sales")):
        vel(logrus("info", "Backing up resource", backup=bk, logSource="pkg/backup/item_collector.go:512",
                   namespace=nsx, resource=res))
    vel(logrus("info", "Summary for skipped PVs: []", backup=bk, logSource="pkg/backup/backup.go:497"))
    vel(logrus("info", "Backed up a total of 2211 items", backup=bk, logSource="pkg/backup/backup.go:471",
               progress=""))
    vel(logrus("info", "Backup completed", backup=bk, controller="backup",
               logSource="pkg/controller/backup_controller.go:781"))
    w.add(P(ns, "backup-reporter", rep, "hc-node-2"),
          zlog("info", "backup finished", backup=bk.split("/")[1], phase="Completed", errors=0, warnings=0,
               items=2211))
    w.add(P(ns, "backup-reporter", rep, "hc-node-2"),
          zlog("info", "retention sweep done", expired=1, kept=14, failed_deletions=0))
    return dict(
        question="Did the latest scheduled cluster backup have any errors?",
        selector=sel(ns=ns),
        win=w, severity="INFO", category="none", tags=["healthy-lookalike"],
        summary="The scheduled Velero backup completed with errors=0 warnings=0.",
        action="Nothing to do.")


def a_healthy_certrenew(c):
    w = Win()
    cm = c.dep("cert-manager")[0]
    wo = c.dep("wholesale-orders")[0]
    eg = c.dep("envoy-gateway")[0]
    ns = "coop-sales"
    cert = "wholesale-portal-tls"
    rev = c.ri(5, 9)
    ch = f"{cert}-{rev}-{c.ri(1000000000, 4000000000)}-{c.ri(1000000000, 4000000000)}"
    sched = c.base.strftime("%Y-%m-%d %H:%M:%S") + " +0000 UTC"
    cml = lambda t, **k: w.add(P("cert-manager", "cert-manager", cm, "hc-node-2", "cert-manager-controller"), t, **k)
    evn = lambda typ, reason, kind, name, msg, comp, **k: w.add(E(ns), ev(typ, reason, kind, name, msg, comp), **k)
    cml(klog("I", 1, "trigger_controller.go:215",
             f'"Certificate must be re-issued" logger="cert-manager.certificates-trigger" key="{ns}/{cert}" '
             f'reason="Renewing" message="Renewing certificate as renewal was scheduled at {sched}"'))
    evn("Normal", "Issuing", "Certificate", cert, f"Renewing certificate as renewal was scheduled at {sched}",
        "cert-manager-certificates-trigger")
    evn("Normal", "Generated", "Certificate", cert,
        f'Stored new private key in temporary Secret resource "{cert}-{c.rs(5)}"',
        "cert-manager-certificates-key-manager")
    evn("Normal", "Requested", "Certificate", cert, f'Created new CertificateRequest resource "{cert}-{rev}"',
        "cert-manager-certificates-request-manager")
    evn("Normal", "Started", "Challenge", ch, "Challenge scheduled for processing", "cert-manager-challenges")
    evn("Normal", "Presented", "Challenge", ch,
        'Presented challenge using HTTP-01 challenge mechanism', "cert-manager-challenges")
    evn("Normal", "DomainVerified", "Challenge", ch,
        'Domain "orders.hivecoop.example" verified with "HTTP-01" validation', "cert-manager-challenges")
    evn("Normal", "Complete", "Order", ch.rsplit("-", 1)[0], "Order completed successfully", "cert-manager-orders")
    evn("Normal", "Issuing", "Certificate", cert, "The certificate has been successfully issued",
        "cert-manager-certificates-issuing")
    w.add(P("envoy-gateway-system", "envoy-gateway", eg, "hc-node-1"),
          _j({"level": "info", "ts": "@ISO@", "logger": "gateway-api", "caller": "runner/runner.go:118",
              "msg": "received an update", "runner": "gateway-api"}))
    w.add(P(ns, "wholesale-orders", wo, "hc-node-1"),
          play("INFO", "controllers.OrderController", "application-akka.actor.default-dispatcher-5",
               "GET /api/orders?customer=C-00233 -> 200 (29 ms)"))
    return dict(
        question="Is anything wrong with the wholesale portal TLS certificate?",
        selector=sel(ns=ns),
        win=w, severity="INFO", category="none", tags=["healthy-lookalike"],
        summary="cert-manager renewed wholesale-portal-tls on schedule via HTTP-01; issuance succeeded.",
        action="Nothing to do.")


def a_healthy_plain(c):
    w = Win()
    elc = c.dep("extraction-line-ctrl")[0]
    ma = c.dep("moisture-assay")[0]
    lt = c.dep("honey-lot-tracker")[0]
    ns = "honey-plant"
    ctl = lambda t, **k: w.add(P(ns, "extraction-line-ctrl", elc, "hc-node-2"), t, **k)
    asy = lambda t, **k: w.add(P(ns, "moisture-assay", ma, "hc-node-4"), t, **k)
    lot = lambda t, **k: w.add(P(ns, "honey-lot-tracker", lt, "hc-node-3"), t, **k)
    th = "eventLoopGroupProxy-4-2"
    ctl(ktor("DefaultDispatcher-worker-3", "INFO", "c.h.plant.LineController", "Uncapping line 1 started: 64 frames"))
    ctl(ktor(th, "INFO", "c.h.plant.BatchReleaseRoute", "Release requested for batch HB-26-0412-11 (drum 17, 276 kg)"))
    asy(nim("INF", "assay lookup", 'topics="http" batch=HB-26-0412-11'))
    asy(nim("INF", "request finished", 'topics="http" method=GET path=/v1/assays/HB-26-0412-11 status=200 elapsed_ms=41'))
    ctl(ktor(th, "INFO", "c.h.plant.BatchReleaseRoute", "Batch HB-26-0412-11 released: moisture 17.2%, HMF 8 mg/kg"))
    ctl(ktor(th, "INFO", "Application", "200 OK: POST - /batches/HB-26-0412-11/release"))
    lot(katip("Info", "honey-lot-tracker", lt, 44, "main:Lots.Api src/Lots/Api.hs:77:9",
              "lot LT-26-0931 created from batch HB-26-0412-11 (276 kg, acacia)"))
    lot(clf("10.42.1.23", "GET", "/v2/lots/LT-26-0931", 200, 2211, UA_AHC))
    asy(nim("INF", "assay lookup", 'topics="http" batch=HB-26-0412-12'))
    ctl(ktor("DefaultDispatcher-worker-3", "INFO", "c.h.plant.LineController", "Centrifuge C1 at 1500 rpm, frame 24/64"))
    return dict(
        question="Is the extraction plant running normally?",
        selector=sel(ns=ns, app="extraction-line-ctrl"),
        win=w, severity="INFO", category="none", tags=[],
        summary="Batches are assayed and released normally; lots are created.",
        action="Nothing to do.")


# --------------------------------------------------------------------------
# scenarios -- domain B: sterile processing department
# --------------------------------------------------------------------------
CLJ_QTP = "qtp1846274136-"


def b_node_mce(c):
    w = Win()
    act = c.dep("autoclave-cycle-tracker")[0]
    node = "spd-node-3"
    tr = lambda t, **k: w.add(P("spd", "autoclave-cycle-tracker", act, "spd-node-1"), t, **k)
    mq = lambda t, **k: w.add(P("spd-data", "rabbitmq-spd", "rabbitmq-spd-0", node, "rabbitmq"), t, **k)
    jk = lambda t, **k: w.add(J(node, "kernel"), t, **k)
    tr(clj("INFO", CLJ_QTP + "41", "spd.autoclave.cycles",
           "cycle AC-03-18822 phase=STERILIZE temp=134.1C pressure=3.04bar"))
    cpid = f"0.{c.ri(2000, 9000)}.0"
    mq(rmq("info", cpid, f"accepting AMQP connection <{cpid}> ({c.ip(1)}:50122 -> 10.42.3.9:5672)"))
    jk("mce: [Hardware Error]: Machine check events logged", ev=True)
    jk("EDAC MC1: 1 CE memory read error on CPU_SrcID#1_Ha#0_Chan#2_DIMM#0 (channel:2 slot:0 page:0x1f3a2c "
       "offset:0x0 grain:32 syndrome:0x0 - area:DRAM err_code:0001:0092 socket:1 ha:0 channel_mask:4 rank:1)",
       ev=True, gap=(0.01, 0.5))
    jk("EDAC MC1: 1 UE memory read error on CPU_SrcID#1_Ha#0_Chan#2_DIMM#0 (channel:2 slot:0 page:0x1f3a2d "
       "offset:0x0 grain:32 - area:DRAM err_code:0000:009f socket:1 ha:0 channel_mask:4 rank:1)",
       ev=True, gap=(0.01, 0.5))
    jk("mce: [Hardware Error]: CPU 14: Machine Check Exception: 5 Bank 7: be00000000800090", ev=True,
       gap=(0.001, 0.01))
    jk("Kernel panic - not syncing: Fatal machine check", ev=True, gap=(0.001, 0.01))
    tr(clj("ERROR", CLJ_QTP + "57", "spd.autoclave.events",
           'publish cycle.completed failed {:cycle-id "AC-03-18822", :chamber 3}'), gap=(15, 30))
    tr("com.rabbitmq.client.AlreadyClosedException: connection is already closed due to connection error; "
       "cause: java.net.SocketException: Connection reset", cont=True)
    w.add(E("default"), ev("Normal", "NodeNotReady", "Node", node, f"Node {node} status is now: NodeNotReady",
                           "node-controller"), ev=True, gap=(20, 40))
    tr(clj("ERROR", CLJ_QTP + "61", "spd.autoclave.api",
           'POST /cycles/AC-03-18822/release -> 500 {:reason :event-bus-unavailable}'))
    w.add(E("spd-data"), ev("Warning", "NodeNotReady", "Pod", "rabbitmq-spd-0", "Node is not ready",
                            "node-controller"), ev=True)
    tr(clj("WARN", "amqp-reconnect-1", "spd.autoclave.events",
           "AMQP reconnect attempt 6 to rabbitmq-spd.spd-data.svc:5672 failed "
           "(java.net.NoRouteToHostException: No route to host)"))
    tr(clj("ERROR", CLJ_QTP + "44", "spd.autoclave.api",
           "release blocked for 4 loads: cycle records not acknowledged by event bus"))
    w.add(E("spd-data"), ev("Normal", "TaintManagerEviction", "Pod", "rabbitmq-spd-0",
                            "Marking for deletion Pod spd-data/rabbitmq-spd-0", "taint-eviction-controller"))
    return dict(
        question="Why can't autoclave loads be released?",
        selector=sel(ns="spd", app="autoclave-cycle-tracker"),
        win=w, severity="CRITICAL", category="node_failure", component="spd-node-3",
        root_cause=("spd-node-3 hit an uncorrectable memory error (EDAC UE, machine check exception) and "
                    "kernel-panicked; the node went NotReady and took rabbitmq-spd-0 with it, so the autoclave "
                    "tracker cannot publish cycle records."),
        summary=("A hardware fault crashed spd-node-3; the event bus on it is gone and autoclave load "
                 "releases are blocked."),
        action=("Cordon spd-node-3 and get the DIMM (socket 1, channel 2) replaced; recover rabbitmq-spd on a "
                "healthy node (its volume is node-local) and replay unacknowledged cycle records."),
        tags=["caller-outside-selector"])


def b_config_crystal(c):
    w = Win()
    old = c.dep("tray-barcode-svc")[0]
    new = c.dep("tray-barcode-svc")[0]
    dash = c.dep("spd-dashboard")[0]
    uid = c.uid()
    ns = "spd"
    tb = lambda t, **k: w.add(P(ns, "tray-barcode-svc", new, "spd-node-2"), t, **k)
    w.add(P("flux-system", "kustomize-controller", c.dep("kustomize-controller")[0], "spd-node-1", "manager"),
          flux("server-side apply completed", "spd-apps", reconcileID=c.uid(),
               output={"ConfigMap/spd/tray-barcode-env": "configured",
                       "Deployment/spd/tray-barcode-svc": "configured"}))
    w.add(E(ns), ev("Normal", "ScalingReplicaSet", "Deployment", "tray-barcode-svc",
                    f"Scaled down replica set {old.rsplit('-', 1)[0]} to 0 from 1", "deployment-controller"))
    w.add(E(ns), ev("Normal", "ScalingReplicaSet", "Deployment", "tray-barcode-svc",
                    f"Scaled up replica set {new.rsplit('-', 1)[0]} to 1", "deployment-controller"))
    for i in range(2):
        tb(cry("INFO", "tray_barcode", "Booting tray-barcode-svc 3.7.0 (Crystal 1.11.2, LLVM 15.0.7)"),
           gap=(10, 25) if i else None)
        tb(cry("INFO", "tray_barcode.settings", "Loading settings from environment"))
        tb("Unhandled exception: Failed to load settings (TrayBarcode::Settings::Error)")
        if i == 0:
            tb("  from src/tray_barcode/settings.cr:58:9 in 'load'", cont=True)
            tb("  from src/tray_barcode.cr:21:3 in '__crystal_main'", cont=True)
        tb('Caused by: Missing ENV key: "GS1_COMPANY_PREFIX" (KeyError)', cont=True, ev=True)
        if i == 0:
            tb("  from /usr/share/crystal/src/env.cr:38:5 in '[]'", cont=True)
            tb("  from src/tray_barcode/settings.cr:44:23 in 'load'", cont=True)
        w.add(E(ns), ev("Warning", "BackOff", "Pod", new,
                        f"Back-off restarting failed container tray-barcode-svc in pod {new}_{ns}({uid})",
                        "kubelet", "spd-node-2"), ev=True)
    w.add(P(ns, "spd-dashboard", dash, "spd-node-1"),
          clj("ERROR", CLJ_QTP + "22", "spd.dashboard.trays",
              'tray lookup failed {:barcode "(01)05412345000013(21)TR-ORTHO-0142", :status 503}'))
    return dict(
        question="Why is tray-barcode-svc not starting?",
        selector=sel(ns=ns, app="tray-barcode-svc"),
        win=w, severity="CRITICAL", category="config_error", component="tray-barcode-svc",
        root_cause=("The updated tray-barcode-env ConfigMap no longer provides GS1_COMPANY_PREFIX; the "
                    "settings loader raises KeyError at boot, so the only tray-barcode-svc pod crash-loops."),
        summary=("tray-barcode-svc crash-loops on a missing environment variable after a Flux config change; "
                 "no replica is serving tray scans."),
        action=("Restore GS1_COMPANY_PREFIX in the tray-barcode-env ConfigMap (or roll back the Flux commit) "
                "and validate required keys before rollout."),
        tags=["nested-cause"])


def b_probe_liveness(c):
    w = Win()
    orf = c.dep("or-schedule-feed")[0]
    dash = c.dep("spd-dashboard")[0]
    ns = "spd"
    ip = c.ip(2)
    uid = c.uid()
    feed = lambda t, **k: w.add(P(ns, "or-schedule-feed", orf, "spd-node-2"), t, **k)
    d = lambda t, **k: w.add(P(ns, "spd-dashboard", dash, "spd-node-1"), t, **k)
    pe = lambda typ, reason, msg, **k: w.add(E(ns), ev(typ, reason, "Pod", orf, msg, "kubelet", "spd-node-2"), **k)
    probe = (f'Liveness probe failed: Get "http://{ip}:8080/healthz": context deadline exceeded '
             "(Client.Timeout exceeded while awaiting headers)")
    for i, secs in enumerate(("0.912", "0.887")):
        feed(ktor("main", "INFO", "Application", f"Application started in {secs} seconds."),
             gap=(8, 15) if i else None)
        if i == 0:
            feed(ktor("main", "INFO", "Application", "Responding at http://0.0.0.0:8080"))
        feed(ktor("DefaultDispatcher-worker-1", "INFO", "c.h.spd.orfeed.HL7Sync",
                  "Full SIU resync started: 1842 cases for next 14 days"))
        if i == 0:
            d(clj("ERROR", CLJ_QTP + "33", "spd.dashboard.or", 'OR case list fetch failed {:theatre "B", :status nil}'))
            d("java.net.ConnectException: Connection refused", cont=True)
        pe("Warning", "Unhealthy", probe, ev=True, gap=(8, 12))
        if i == 0:
            pe("Warning", "Unhealthy", probe, ev=True, gap=(9, 11))
        pe("Normal", "Killing", "Container or-schedule-feed failed liveness probe, will be restarted", ev=True)
    d(clj("ERROR", CLJ_QTP + "35", "spd.dashboard.or", 'OR case list fetch failed {:theatre "C", :status nil}'))
    pe("Warning", "BackOff", f"Back-off restarting failed container or-schedule-feed in pod {orf}_{ns}({uid})", ev=True)
    d(clj("ERROR", CLJ_QTP + "33", "spd.dashboard.or",
          "OR board has no cases for theatre suites A-D; tray picking list empty"))
    return dict(
        question="Why is the SPD dashboard showing an empty OR case list?",
        selector=sel(ns=ns, app="spd-dashboard"),
        win=w, severity="CRITICAL", category="probe_failure", component="or-schedule-feed",
        root_cause=("or-schedule-feed's /healthz does not answer within the liveness probe timeout while a full "
                    "HL7 SIU resync runs; kubelet kills the running process every time and the pod is now in "
                    "CrashLoopBackOff, so the dashboard gets connection refused."),
        summary=("A liveness probe that times out during resync keeps restarting or-schedule-feed; the OR "
                 "board and tray picking list are empty."),
        action=("Serve /healthz independently of the resync (separate dispatcher) and/or raise the liveness "
                "timeoutSeconds/failureThreshold; add a startupProbe for the initial resync."),
        tags=["quiet-cause", "caller-outside-selector"])


def b_dns_coredns(c):
    w = Win()
    orf = c.dep("or-schedule-feed")[0]
    dash = c.dep("spd-dashboard")[0]
    cd1, cd2 = c.dep("coredns", 2)
    ns = "spd"
    feed = lambda t, **k: w.add(P(ns, "or-schedule-feed", orf, "spd-node-2"), t, **k)
    dns1 = lambda t, **k: w.add(P("kube-system", "coredns", cd1, "spd-node-1", "coredns"), t, **k)
    dns2 = lambda t, **k: w.add(P("kube-system", "coredns", cd2, "spd-node-4", "coredns"), t, **k)
    host = "ors-hl7.stmarys.internal"
    feed(ktor("DefaultDispatcher-worker-2", "INFO", "c.h.spd.orfeed.HL7Sync", "Incremental SIU pull started"))
    dns1(f"[ERROR] plugin/errors: 2 {host}. A: read udp 10.42.0.17:48213->10.20.0.53:53: i/o timeout", ev=True)
    dns1(f"[ERROR] plugin/errors: 2 {host}. AAAA: read udp 10.42.0.17:39950->10.20.0.53:53: i/o timeout",
         ev=True, gap=(0.001, 0.05))
    feed(ktor("DefaultDispatcher-worker-2", "ERROR", "c.h.spd.orfeed.HL7Sync",
              "Incremental SIU pull failed; next attempt in 60s"))
    feed(f"com.hospital.spd.orfeed.FeedException: unable to fetch SIU batch from https://{host}/siu/v2/batches",
         cont=True)
    feed("\tat com.hospital.spd.orfeed.HL7Client.fetchBatch(HL7Client.kt:77)", cont=True)
    feed("\tat com.hospital.spd.orfeed.HL7Sync$pull$1.invokeSuspend(HL7Sync.kt:52)", cont=True)
    feed(f"Caused by: java.net.UnknownHostException: {host}: Temporary failure in name resolution",
         cont=True, ev=True)
    feed("\tat java.base/java.net.Inet6AddressImpl.lookupAllHostAddr(Native Method)", cont=True)
    dns2('[INFO] 10.42.1.7:43112 - 2201 "A IN tidb-spd.spd-data.svc.cluster.local. udp 64 false 1232" '
         "NOERROR qr,aa,rd 116 0.000187s")
    w.add(P(ns, "spd-dashboard", dash, "spd-node-1"),
          clj("ERROR", CLJ_QTP + "29", "spd.dashboard.or",
              "OR schedule stale (last sync 52 min ago); afternoon tray picking list incomplete"))
    dns2(f"[ERROR] plugin/errors: 2 {host}. A: read udp 10.42.3.11:60211->10.20.0.53:53: i/o timeout",
         ev=True, gap=(40, 60))
    feed(ktor("DefaultDispatcher-worker-4", "ERROR", "c.h.spd.orfeed.HL7Sync",
              "Incremental SIU pull failed; next attempt in 60s"))
    feed(f"Caused by: java.net.UnknownHostException: {host}: Temporary failure in name resolution",
         cont=True, ev=True)
    return dict(
        question="Why has the OR schedule feed stopped syncing?",
        selector=sel(ns=ns, app="or-schedule-feed"),
        win=w, severity="ERROR", category="dns_resolution", component="coredns",
        root_cause=(f"CoreDNS cannot resolve {host}: its forward for the hospital zone to 10.20.0.53 times out, "
                    "so or-schedule-feed fails every SIU pull with UnknownHostException."),
        summary=("Name resolution of the hospital HL7 endpoint fails in CoreDNS; the OR schedule is stale and "
                 "tray picking lists are incomplete."),
        action=("Fix the CoreDNS forward for stmarys.internal (reachable resolver, firewall for UDP/TCP 53), "
                "then verify with a lookup from the spd namespace."),
        tags=["nested-cause", "caller-outside-selector"])


def b_auth_rabbit(c):
    w = Win()
    tbp = c.dep("tray-barcode-svc")[0]
    dash = c.dep("spd-dashboard")[0]
    ns = "spd"
    tip = c.ip(1)
    tb = lambda t, **k: w.add(P(ns, "tray-barcode-svc", tbp, "spd-node-2"), t, **k)
    mq = lambda t, **k: w.add(P("spd-data", "rabbitmq-spd", "rabbitmq-spd-0", "spd-node-3", "rabbitmq"), t, **k)
    w.add(E("spd-data"), ev("Normal", "Updated", "ExternalSecret", "rabbitmq-spd-users", "Updated Secret",
                            "external-secrets"), ev=True)
    mq(rmq("info", f"0.{c.ri(2000, 3000)}.0", "Successfully changed password for user 'tray-barcode'"), ev=True)
    tb(cry("INFO", "tray_barcode.scan", "Scan TR-ORTHO-0142 at station decon-2"))
    tb(cry("WARN", "tray_barcode.events",
           "AMQP connection closed by broker: CONNECTION_FORCED - Closed via management plugin"))
    for i, port in enumerate((41822, 41836)):
        pid = f"0.{c.ri(4000, 9000)}.0"
        mq(rmq("error", pid, f"Error on AMQP connection <{pid}> ({tip}:{port} -> 10.42.3.9:5672, state: starting):"),
           ev=True, gap=(1, 5))
        mq("PLAIN login refused: user 'tray-barcode' - invalid credentials", cont=True, ev=True)
        tb(cry("ERROR", "tray_barcode.events",
               "AMQP connect failed: ACCESS_REFUSED - Login was refused using authentication mechanism PLAIN. "
               "For details see the broker logfile."), ev=True)
        tb(cry("ERROR", "tray_barcode.scan",
               f"Scan {('TR-ORTHO-0142', 'TR-CARD-0087')[i]} not recorded: event bus unavailable "
               "(HTTP 503 to station decon-2)"))
        if i == 0:
            w.add(P(ns, "spd-dashboard", dash, "spd-node-1"),
                  clj("WARN", CLJ_QTP + "30", "spd.dashboard.trays",
                      'tray stuck in DECONTAMINATION {:tray "TR-CARD-0087", :minutes-without-scan 25}'))
    return dict(
        question="Why are tray scans not being recorded?",
        selector=sel(ns=ns, app="tray-barcode-svc"),
        win=w, severity="ERROR", category="auth_failure", component="tray-barcode-svc",
        root_cause=("The RabbitMQ password of user tray-barcode was rotated (ExternalSecret update), but "
                    "tray-barcode-svc still presents the old password, so the broker refuses its PLAIN login "
                    "(ACCESS_REFUSED) and scans cannot be published."),
        summary=("After a credential rotation tray-barcode-svc cannot log in to rabbitmq-spd; tray scans "
                 "are lost and trays appear stuck."),
        action=("Roll tray-barcode-svc so it picks up the new secret (or have it read credentials from a "
                "mounted secret that reloads); re-scan affected trays."),
        tags=[])


def b_deadlock_tidb(c):
    w = Win()
    act = c.dep("autoclave-cycle-tracker")[0]
    ic = c.dep("instrument-catalog")[0]
    tdb = "tidb-spd-tidb-0"
    ns = "spd"
    tr = lambda t, **k: w.add(P(ns, "autoclave-cycle-tracker", act, "spd-node-1"), t, **k)
    db = lambda t, **k: w.add(P("spd-data", "tidb-spd", tdb, "spd-node-4", "tidb"), t, **k)
    conn = c.ri(5200000, 5299999)
    tso = c.ri(448000000000000000, 448999999999999999)

    def dbwarn(cid, user, sql, ts_off):
        return tidb("WARN", "conn.go:1150", "command dispatched failed",
                    f' [conn={cid}] [user={user}] [command=Execute] [status="inTxn:1, autocommit:0"]'
                    f' [sql="{sql}"] [txn_mode=PESSIMISTIC] [timestamp={tso + ts_off}]'
                    ' [err="[executor:1213]Deadlock found when trying to get lock; try restarting transaction"]')
    tr(clj("INFO", CLJ_QTP + "52", "spd.autoclave.cycles", "releasing load AC-02-18840 (14 trays)"))
    w.add(P(ns, "instrument-catalog", ic, "spd-node-4"),
          play("INFO", "jobs.TraySync", "application-akka.actor.default-dispatcher-6",
               "Tray set sync: updating 212 trays (state, location)"))
    db(dbwarn(conn, "autoclave", "UPDATE trays SET state = ? WHERE tray_id IN (...)", 0), ev=True)
    for i, cyc in enumerate(("AC-02-18840", "AC-04-18841")):
        tr(clj("ERROR", CLJ_QTP + str(57 + i), "spd.autoclave.api", f"POST /cycles/{cyc}/release failed"))
        tr(f'clojure.lang.ExceptionInfo: cycle release failed {{:cycle-id "{cyc}", :trays {14 - i * 3}, :attempt 1}}',
           cont=True)
        if i == 0:
            tr("\tat spd.autoclave.cycles$release_BANG_.invokeStatic(cycles.clj:212)", cont=True)
            tr("\tat next.jdbc.transaction$transact_STAR_.invokeStatic(transaction.clj:72)", cont=True)
        tr("Caused by: com.mysql.cj.jdbc.exceptions.MySQLTransactionRollbackException: Deadlock found when "
           "trying to get lock; try restarting transaction", cont=True, ev=True)
        if i == 0:
            tr("\tat com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:123)", cont=True)
            db(dbwarn(conn + 3, "autoclave", "UPDATE cycles SET released_at = ? WHERE cycle_id = ?", 4211),
               ev=True)
    tr(clj("ERROR", CLJ_QTP + "58", "spd.autoclave.api", "POST /cycles/AC-04-18841/release -> 500"))
    db(dbwarn(conn + 7, "autoclave", "UPDATE trays SET state = ? WHERE tray_id IN (...)", 9120), ev=True)
    tr(clj("WARN", "release-queue", "spd.autoclave.cycles", "release queue: 6 loads waiting"))
    return dict(
        question="Why do autoclave load releases fail with 500?",
        selector=sel(ns=ns, app="autoclave-cycle-tracker"),
        win=w, severity="ERROR", category="database", component="tidb-spd",
        root_cause=("TiDB (tidb-spd) aborts the autoclave release transactions with error 1213 deadlocks: "
                    "they lock trays and cycles rows in an order that conflicts with the concurrent "
                    "instrument-catalog tray-set sync in pessimistic mode."),
        summary=("Deadlocks in tidb-spd make autoclave load releases fail; loads queue up."),
        action=("Make both writers lock tray rows in the same order / smaller batches, and retry 1213 in the "
                "release transaction; review TiDB deadlock history (information_schema.DEADLOCKS)."),
        tags=["quiet-cause", "nested-cause", "caller-outside-selector"])


def b_readonly_label(c):
    w = Win()
    slp = c.dep("spd-label-printer")[0]
    tbp = c.dep("tray-barcode-svc")[0]
    ns = "spd"
    lp = lambda t, **k: w.add(P(ns, "spd-label-printer", slp, "spd-node-4"), t, **k)
    w.add(E(ns), ev("Normal", "PolicyApplied", "Pod", slp,
                    "mutate rule set-readonly-rootfs of policy restrict-writable-rootfs applied", "kyverno-admission"),
          ev=True)
    lp(ktor("main", "INFO", "Application", "Application started in 1.204 seconds."), gap=(5, 10))
    for i, (tray, prn) in enumerate((("TR-CARD-0087", "ZT411-decon-2"), ("TR-ORTHO-0142", "ZT411-pack-1"))):
        th = f"eventLoopGroupProxy-4-{1 + i}"
        lp(ktor(th, "INFO", "c.h.spd.labels.LabelRoute",
                f"Render request tray {tray} (template gs1-128-tray, printer {prn})"))
        lp(ktor(th, "ERROR", "c.h.spd.labels.LabelRoute", f"Label render failed for tray {tray}"))
        lp(f"com.hospital.spd.labels.RenderException: cannot cache label bitmap for {tray}", cont=True)
        if i == 0:
            lp("\tat com.hospital.spd.labels.BitmapCache.put(BitmapCache.kt:41)", cont=True)
        lp(f"Caused by: java.nio.file.FileSystemException: /var/cache/labels/{tray}.png: Read-only file system",
           cont=True, ev=True)
        if i == 0:
            lp("\tat java.base/sun.nio.fs.UnixException.translateToIOException(UnixException.java:100)", cont=True)
        lp(ktor(th, "INFO", "Application", f"500 Internal Server Error: POST - /labels/{tray}"))
        if i == 0:
            w.add(P(ns, "tray-barcode-svc", tbp, "spd-node-2"),
                  cry("WARN", "tray_barcode.print",
                      f"label print for {tray} failed (HTTP 500), operator asked to hand-label"))
    return dict(
        question="Why can't the SPD print tray labels?",
        selector=sel(ns=ns, app="spd-label-printer"),
        win=w, severity="ERROR", category="storage", component="spd-label-printer",
        root_cause=("spd-label-printer now runs with a read-only root filesystem (Kyverno mutation), but it "
                    "writes its label bitmap cache to /var/cache/labels on the container filesystem, so every "
                    "render fails with 'Read-only file system'."),
        summary=("Every tray label render fails with a read-only filesystem error; staff hand-label trays."),
        action=("Mount a writable emptyDir at /var/cache/labels in the spd-label-printer pod spec (keeping "
                "readOnlyRootFilesystem)."),
        tags=["nested-cause"])


def b_oom_catalog(c):
    w = Win()
    ic = c.dep("instrument-catalog")[0]
    dash = c.dep("spd-dashboard")[0]
    ns = "spd"
    pid = c.ri(6000, 9999)
    img = "registry.spd.example/spd/instrument-catalog:1.22.4"
    cat = lambda t, **k: w.add(P(ns, "instrument-catalog", ic, "spd-node-4"), t, **k)
    d = lambda t, **k: w.add(P(ns, "spd-dashboard", dash, "spd-node-1"), t, **k)
    th = "application-akka.actor.default-dispatcher-"
    cat(play("INFO", "jobs.CatalogImport", th + "4",
             "Importing vendor instrument catalog (Aesculap 2026-04, 48112 items)"))
    w.add(J("spd-node-4", "containerd.service"),
          f'time="@ISO9@" level=info msg="TaskOOM event container_id:\\"{c.hexs(64)}\\""', ev=True, gap=(20, 40))
    w.add(J("spd-node-4", "kernel"),
          f"Memory cgroup out of memory: Killed process {pid} (java) total-vm:5123344kB, anon-rss:1542212kB, "
          "file-rss:24120kB, shmem-rss:0kB, UID:1001 pgtables:3580kB oom_score_adj:992", ev=True, gap=(0.005, 0.05))
    w.add(E("default"), ev("Warning", "SystemOOM", "Node", "spd-node-4",
                           f"System OOM encountered, victim process: java, pid: {pid}", "kubelet", "spd-node-4"),
          ev=True)
    d(clj("ERROR", CLJ_QTP + "26", "spd.dashboard.trays", 'instrument list fetch failed {:tray "TR-ORTHO-0142", :status 503}'))
    d(clj("ERROR", CLJ_QTP + "27", "spd.dashboard.trays", 'instrument list fetch failed {:tray "TR-CARD-0087", :status 503}'))
    w.add(E(ns), ev("Normal", "Pulled", "Pod", ic, f'Container image "{img}" already present on machine',
                    "kubelet", "spd-node-4"))
    w.add(E(ns), ev("Normal", "Started", "Pod", ic, "Started container instrument-catalog", "kubelet", "spd-node-4"))
    d(clj("ERROR", CLJ_QTP + "26", "spd.dashboard.trays", 'instrument list fetch failed {:tray "TR-NEURO-0031", :status 503}'))
    cat(play("INFO", "play.core.server.AkkaHttpServer", "main", "Listening for HTTP on /0.0.0.0:9000"), gap=(10, 20))
    cat(play("INFO", "jobs.CatalogImport", th + "3", "Catalog import will retry at next scheduled window (02:00)"))
    d(clj("INFO", CLJ_QTP + "26", "spd.dashboard.trays", 'instrument list loaded {:tray "TR-ORTHO-0142", :items 38}'))
    d(clj("INFO", CLJ_QTP + "27", "spd.dashboard.trays", 'instrument list loaded {:tray "TR-NEURO-0031", :items 52}'))
    return dict(
        question="Why did the SPD dashboard fail to load instrument lists for a while?",
        selector=sel(ns=ns, app="spd-dashboard"),
        win=w, severity="WARN", category="oom_killed", component="instrument-catalog",
        root_cause=("instrument-catalog's JVM exceeded its container memory limit while importing the 48k-item "
                    "vendor catalog in one pass and was OOM-killed; it restarted and serves again."),
        summary=("A single OOM kill of instrument-catalog caused ~a minute of 503s on the dashboard; recovered."),
        action=("Bound the JVM heap below the limit (MaxRAMPercentage) and stream the catalog import, or "
                "raise the memory limit before the next scheduled import."),
        tags=["quiet-cause", "caller-outside-selector"])


def b_pkix_orfeed(c):
    w = Win()
    orf = c.dep("or-schedule-feed")[0]
    dash = c.dep("spd-dashboard")[0]
    ns = "spd"
    feed = lambda t, **k: w.add(P(ns, "or-schedule-feed", orf, "spd-node-2"), t, **k)
    url = "https://ors-fhir.stmarys.internal/fhir/Appointment"
    pkix = ("PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: "
            "unable to find valid certification path to requested target")
    feed(ktor("DefaultDispatcher-worker-2", "INFO", "c.h.spd.orfeed.HL7Sync", "Incremental SIU pull started"))
    feed(ktor("DefaultDispatcher-worker-2", "ERROR", "c.h.spd.orfeed.HL7Sync", f"SIU fetch from {url} failed"))
    feed(f"javax.net.ssl.SSLHandshakeException: {pkix}", cont=True, ev=True)
    feed("\tat java.base/sun.security.ssl.Alert.createSSLException(Alert.java:131)", cont=True)
    feed("\tat java.base/sun.security.ssl.TransportContext.fatal(TransportContext.java:383)", cont=True)
    feed(f"Caused by: sun.security.validator.ValidatorException: {pkix}", cont=True, ev=True)
    feed("Caused by: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid "
         "certification path to requested target", cont=True, ev=True)
    feed(ktor("DefaultDispatcher-worker-2", "WARN", "c.h.spd.orfeed.HL7Sync",
              "Serving cached OR schedule (age 14 min, 212 cases)"))
    w.add(P(ns, "spd-dashboard", dash, "spd-node-1"),
          clj("INFO", CLJ_QTP + "31", "spd.dashboard.or", "OR board refreshed {:cases 212, :cached true}"))
    feed(ktor("DefaultDispatcher-worker-3", "INFO", "c.h.spd.orfeed.TlsDiagnostics",
              "peer chain: CN=ors-fhir.stmarys.internal <- CN=St Marys Issuing CA G3; trust anchors in "
              "/etc/orfeed/truststore.jks: CN=St Marys Root CA, CN=St Marys Issuing CA G2"), ev=True)
    feed(ktor("DefaultDispatcher-worker-3", "ERROR", "c.h.spd.orfeed.HL7Sync", f"SIU fetch from {url} failed"),
         gap=(50, 60))
    feed(f"javax.net.ssl.SSLHandshakeException: {pkix}", cont=True, ev=True)
    feed(ktor("DefaultDispatcher-worker-3", "WARN", "c.h.spd.orfeed.HL7Sync",
              "Serving cached OR schedule (age 15 min, 212 cases)"))
    return dict(
        question="Why is the OR schedule feed serving a cached schedule?",
        selector=sel(ns=ns, app="or-schedule-feed"),
        win=w, severity="WARN", category="tls_certificate", component="or-schedule-feed",
        root_cause=("The hospital FHIR endpoint now presents a certificate issued by 'St Marys Issuing CA G3', "
                    "which is not in or-schedule-feed's truststore, so TLS handshakes fail with PKIX path "
                    "building errors."),
        summary=("TLS trust failure to the hospital endpoint; the feed degrades to a cached OR schedule."),
        action=("Add the St Marys Issuing CA G3 (or root chain) to the or-schedule-feed truststore and roll "
                "the pods."),
        tags=["nested-cause"])


def b_evicted_archiver(c):
    w = Win()
    old = c.dep("tray-photo-archiver")[0]
    new = old.rsplit("-", 1)[0] + "-" + c.rs(5)
    dash = c.dep("spd-dashboard")[0]
    ns = "spd"
    kub = lambda t, **k: w.add(J("spd-node-2", "kubelet.service"), t, **k)
    d = lambda t, **k: w.add(P(ns, "spd-dashboard", dash, "spd-node-1"), t, **k)
    pid = c.ri(1000, 2500)
    w.add(P(ns, "tray-photo-archiver", old, "spd-node-2"),
          nim("INF", "cached tray photo", 'topics="archive" tray=TR-ORTHO-0142 bytes=4194304 dir=/tmp/photo-cache'))
    kub(klog("W", pid, "eviction_manager.go:368",
             '"Eviction manager: attempting to reclaim" resourceName="ephemeral-storage"'), ev=True)
    kub(klog("I", pid, "eviction_manager.go:379",
             '"Eviction manager: must evict pod(s) to reclaim" resourceName="ephemeral-storage"'), ev=True)
    kub(klog("I", pid, "eviction_manager.go:397",
             f'"Eviction manager: pods ranked for eviction" pods=["{ns}/{old}","{ns}/{dash}"]'), ev=True)
    w.add(E(ns), ev("Warning", "Evicted", "Pod", old,
                    "The node was low on resource: ephemeral-storage. Threshold quantity: 10204010Ki, available: "
                    "7301228Ki. Container tray-photo-archiver was using 24411836Ki, request is 0, has larger "
                    "consumption of ephemeral-storage. ", "kubelet", "spd-node-2"), ev=True)
    d(clj("ERROR", CLJ_QTP + "40", "spd.dashboard.photos", 'tray photo fetch failed {:tray "TR-ORTHO-0142", :status 503}'))
    kub(klog("I", pid, "eviction_manager.go:616", f'"Eviction manager: pod is evicted successfully" pod="{ns}/{old}"'),
        ev=True)
    d(clj("ERROR", CLJ_QTP + "41", "spd.dashboard.photos", 'tray photo fetch failed {:tray "TR-CARD-0087", :status 503}'))
    w.add(E(ns), ev("Normal", "Scheduled", "Pod", new, f"Successfully assigned {ns}/{new} to spd-node-4",
                    "default-scheduler"))
    w.add(E(ns), ev("Normal", "Started", "Pod", new, "Started container tray-photo-archiver", "kubelet", "spd-node-4"))
    w.add(P(ns, "tray-photo-archiver", new, "spd-node-4"), nim("INF", "listening", 'topics="http" addr=0.0.0.0:8088'))
    d(clj("INFO", CLJ_QTP + "40", "spd.dashboard.photos", 'tray photo loaded {:tray "TR-CARD-0087", :source :minio}'))
    return dict(
        question="Why did tray photos fail to load on the SPD dashboard?",
        selector=sel(ns=ns, app="spd-dashboard"),
        win=w, severity="WARN", category="resource_exhausted", component="tray-photo-archiver",
        root_cause=("tray-photo-archiver filled ~23 GiB of node ephemeral storage with its /tmp photo cache "
                    "(no ephemeral-storage request/limit), so the kubelet on spd-node-2 evicted it under "
                    "ephemeral-storage pressure; a replacement pod started on spd-node-4."),
        summary=("An ephemeral-storage eviction briefly made tray photos unavailable; the replacement pod "
                 "serves again."),
        action=("Bound the photo cache (size limit / emptyDir with sizeLimit) and set ephemeral-storage "
                "requests/limits for tray-photo-archiver."),
        tags=["quiet-cause", "caller-outside-selector"])


def b_healthy_rollout(c):
    w = Win()
    old = c.dep("autoclave-cycle-tracker")[0]
    n1, n2 = c.dep("autoclave-cycle-tracker", 2)
    ns = "spd"
    rs_old, rs_new = old.rsplit("-", 1)[0], n1.rsplit("-", 1)[0]
    ip1, ip2 = c.ip(1), c.ip(3)
    img = "registry.spd.example/spd/autoclave-cycle-tracker:2.8.1"
    dep = lambda msg: w.add(E(ns), ev("Normal", "ScalingReplicaSet", "Deployment", "autoclave-cycle-tracker",
                                      msg, "deployment-controller"))
    N1 = lambda t, **k: w.add(P(ns, "autoclave-cycle-tracker", n1, "spd-node-1"), t, **k)
    dep(f"Scaled up replica set {rs_new} to 1")
    w.add(E(ns), ev("Normal", "Pulled", "Pod", n1, f'Successfully pulled image "{img}" in 2.113s (2.113s including waiting)',
                    "kubelet", "spd-node-1"))
    w.add(E(ns), ev("Normal", "Started", "Pod", n1, "Started container autoclave-cycle-tracker", "kubelet", "spd-node-1"))
    N1(clj("INFO", "main", "spd.autoclave.main", "starting autoclave-cycle-tracker 2.8.1"))
    w.add(E(ns), ev("Warning", "Unhealthy", "Pod", n1,
                    f'Readiness probe failed: Get "http://{ip1}:8080/ready": dial tcp {ip1}:8080: connect: connection refused',
                    "kubelet", "spd-node-1"))
    N1(clj("INFO", "main", "o.e.j.server.AbstractConnector",
           "Started ServerConnector@2f1a9b1c{HTTP/1.1, (http/1.1)}{0.0.0.0:8080}"))
    w.add(P(ns, "autoclave-cycle-tracker", old, "spd-node-2"),
          clj("INFO", CLJ_QTP + "44", "spd.autoclave.api", "POST /cycles/AC-01-18850/phase 200 in 14ms"))
    dep(f"Scaled down replica set {rs_old} to 1 from 2")
    dep(f"Scaled up replica set {rs_new} to 2 from 1")
    w.add(E(ns), ev("Warning", "Unhealthy", "Pod", n2,
                    f'Readiness probe failed: Get "http://{ip2}:8080/ready": dial tcp {ip2}:8080: connect: connection refused',
                    "kubelet", "spd-node-3"))
    w.add(P(ns, "autoclave-cycle-tracker", n2, "spd-node-3"),
          clj("INFO", "main", "o.e.j.server.AbstractConnector",
              "Started ServerConnector@71c3b41{HTTP/1.1, (http/1.1)}{0.0.0.0:8080}"))
    dep(f"Scaled down replica set {rs_old} to 0 from 1")
    N1(clj("INFO", CLJ_QTP + "18", "spd.autoclave.api", "POST /cycles/AC-02-18851/phase 200 in 11ms"))
    return dict(
        question="Did the autoclave-cycle-tracker rollout go wrong? I see probe failures.",
        selector=sel(ns=ns, app="autoclave-cycle-tracker"),
        win=w, severity="INFO", category="none", tags=["healthy-lookalike"],
        summary="Readiness failures only while new pods were starting; the rollout completed and requests succeed.",
        action="Nothing to do.")


def b_healthy_flux(c):
    w = Win()
    kc = c.dep("kustomize-controller")[0]
    sc = c.dep("source-controller")[0]
    ns = "spd"
    fl = lambda t, **k: w.add(P("flux-system", "kustomize-controller", kc, "spd-node-1", "manager"), t, **k)
    w.add(P("flux-system", "source-controller", sc, "spd-node-1", "manager"),
          _j({"level": "info", "ts": "@ISO@", "msg": f"stored artifact for commit 'Merge pull request #412 from spd/tray-sync-batch'",
              "controller": "gitrepository", "controllerGroup": "source.toolkit.fluxcd.io",
              "controllerKind": "GitRepository", "GitRepository": {"name": "flux-system", "namespace": "flux-system"},
              "namespace": "flux-system", "name": "flux-system"}))
    fl(flux("Dependencies do not meet ready condition (dependency 'flux-system/spd-infra' is not ready), retrying in 30s",
            "spd-apps", reconcileID=c.uid()))
    fl(flux("server-side apply completed", "spd-infra", reconcileID=c.uid(),
            output={"HelmRelease/spd-data/rabbitmq-spd": "unchanged", "HelmRelease/spd-data/tidb-spd": "unchanged"}))
    fl(flux("Reconciliation finished in 4.812s, next run in 10m0s", "spd-infra", reconcileID=c.uid()))
    fl(flux("server-side apply completed", "spd-apps", reconcileID=c.uid(),
            output={"Deployment/spd/or-schedule-feed": "unchanged", "ConfigMap/spd/instrument-catalog-env": "configured"}),
       gap=(25, 32))
    fl(flux("Reconciliation finished in 2.104s, next run in 10m0s", "spd-apps", reconcileID=c.uid()))
    w.add(P(ns, "or-schedule-feed", c.dep("or-schedule-feed")[0], "spd-node-2"),
          ktor("DefaultDispatcher-worker-2", "INFO", "c.h.spd.orfeed.HL7Sync", "Incremental SIU pull: 7 changed cases"))
    w.add(P(ns, "autoclave-cycle-tracker", c.dep("autoclave-cycle-tracker")[0], "spd-node-1"),
          clj("INFO", CLJ_QTP + "41", "spd.autoclave.cycles", "cycle AC-01-18860 phase=DRY elapsed=21m"))
    w.add(P(ns, "tray-barcode-svc", c.dep("tray-barcode-svc")[0], "spd-node-2"),
          cry("INFO", "tray_barcode.scan", "Scan TR-GEN-0211 at station pack-1"))
    w.add(P(ns, "spd-dashboard", c.dep("spd-dashboard")[0], "spd-node-1"),
          clj("INFO", CLJ_QTP + "30", "spd.dashboard.or", "OR board refreshed {:cases 214, :cached false}"))
    return dict(
        question="Flux logged that spd-apps is not ready - is something broken in the SPD namespace?",
        selector=sel(ns="flux-system", app="kustomize-controller"),
        win=w, severity="INFO", category="none", tags=["healthy-lookalike"],
        summary="spd-apps waited for its spd-infra dependency, which reconciled; both Kustomizations finished.",
        action="Nothing to do.")


def b_healthy_plain(c):
    w = Win()
    ns = "spd"
    orf = c.dep("or-schedule-feed")[0]
    act = c.dep("autoclave-cycle-tracker")[0]
    tbp = c.dep("tray-barcode-svc")[0]
    tr = lambda t, **k: w.add(P(ns, "autoclave-cycle-tracker", act, "spd-node-1"), t, **k)
    tb = lambda t, **k: w.add(P(ns, "tray-barcode-svc", tbp, "spd-node-2"), t, **k)
    w.add(P(ns, "or-schedule-feed", orf, "spd-node-2"),
          ktor("DefaultDispatcher-worker-1", "INFO", "c.h.spd.orfeed.HL7Sync", "Incremental SIU pull: 3 changed cases"))
    tr(clj("INFO", CLJ_QTP + "41", "spd.autoclave.cycles", "cycle AC-02-18871 phase=PREVAC pulses=3/4"))
    tb(cry("INFO", "tray_barcode.scan", "Scan TR-ORTHO-0150 at station pack-2"))
    tr(clj("INFO", CLJ_QTP + "41", "spd.autoclave.cycles", "cycle AC-02-18871 phase=STERILIZE temp=134.2C pressure=3.05bar"))
    cpid = f"0.{c.ri(2000, 9000)}.0"
    w.add(P("spd-data", "rabbitmq-spd", "rabbitmq-spd-0", "spd-node-3", "rabbitmq"),
          rmq("info", cpid, f"connection <{cpid}> ({c.ip(1)}:51220 -> 10.42.3.9:5672): user 'tray-barcode' authenticated and granted access to vhost 'spd'"))
    tb(cry("INFO", "tray_barcode.events", "published tray.scanned TR-ORTHO-0150"))
    tr(clj("INFO", CLJ_QTP + "52", "spd.autoclave.api", "POST /cycles/AC-03-18869/release 200 in 22ms"))
    tb(cry("INFO", "tray_barcode.scan", "Scan TR-CARD-0090 at station pack-2"))
    w.add(P("spd-data", "tidb-spd", "tidb-spd-tidb-0", "spd-node-4", "tidb"),
          tidb("INFO", "gc_worker.go:1094", "[gc worker] finish resolve locks", f" [uuid={c.hexs(16)}] [safePoint={c.ri(448000000000000000, 448999999999999999)}] [try-resolve-locks-ts=0] [regions=2114]"))
    tr(clj("INFO", CLJ_QTP + "41", "spd.autoclave.cycles", "cycle AC-02-18871 phase=DRY elapsed=1m"))
    tb(cry("INFO", "tray_barcode.events", "published tray.scanned TR-CARD-0090"))
    return dict(
        question="Anything to worry about in sterile processing right now?",
        selector=sel(ns=ns),
        win=w, severity="INFO", category="none", tags=[],
        summary="Autoclave cycles, tray scans and OR schedule sync are running normally.",
        action="Nothing to do.")


# --------------------------------------------------------------------------
# scenarios -- domain C: cycling race live timing
# --------------------------------------------------------------------------
UA_AKKA = "akka-http/10.2.10"


def c_node_containerd(c):
    w = Win()
    ra = c.dep("results-api")[0]
    br1 = c.dep("transponder-decoder-bridge")[0]
    br2 = br1.rsplit("-", 1)[0] + "-" + c.rs(5)
    ns = "racetiming"
    node = "rt-edge-02"
    api = lambda t, **k: w.add(P(ns, "results-api", ra, "rt-core-1"), t, **k)
    jc = lambda t, **k: w.add(J(node, "containerd.service"), t, **k)
    kat = lambda sev, tid, msg: katip(sev, "results-api", ra, tid, "main:Results.Ingest src/Results/Ingest.hs:88:7", msg)
    api(kat("Info", 22, "stage 7: 812 passings ingested in last 60s (finish: 401, km25: 411)"))
    w.add(P(ns, "transponder-decoder-bridge", br1, "rt-edge-01"),
          zlog("info", "forwarded batch", decoder="st07-finish-A", passings=37))
    jc("containerd.service: Main process exited, code=dumped, status=11/SEGV", ev=True)
    jc("containerd.service: Failed with result 'core-dump'.", ev=True, gap=(0.001, 0.05))
    jc("containerd.service: Scheduled restart job, restart counter is at 5.", ev=True, gap=(4, 6))
    w.add(J(node, "kubelet.service"),
          klog("I", c.ri(1500, 2500), "setters.go:568",
               f'"Node became not ready" node="{node}" condition={{"type":"Ready","status":"False",'
               '"lastHeartbeatTime":"@ISOS@","lastTransitionTime":"@ISOS@","reason":"KubeletNotReady",'
               '"message":"container runtime is down"}'), ev=True)
    api(kat("Error", 22, "stage 7: no passings from timing point km25 for 95s (decoders st07-km25-A, st07-km25-B)"))
    w.add(E("default"), ev("Normal", "NodeNotReady", "Node", node, f"Node {node} status is now: NodeNotReady",
                           "node-controller"), ev=True)
    jc("containerd.service: Main process exited, code=dumped, status=11/SEGV", ev=True)
    w.add(E(ns), ev("Warning", "NodeNotReady", "Pod", br2, "Node is not ready", "node-controller"), ev=True)
    api(kat("Error", 31, "standings for stage 7 frozen: km25 split missing for 143 riders"))
    api(clf("10.42.3.14", "GET", "/v1/stages/7/splits/km25", 503, 64, UA_AKKA))
    w.add(E(ns), ev("Normal", "TaintManagerEviction", "Pod", br2, f"Marking for deletion Pod {ns}/{br2}",
                    "taint-eviction-controller"), gap=(30, 60))
    api(kat("Error", 22, "stage 7: no passings from timing point km25 for 215s (decoders st07-km25-A, st07-km25-B)"))
    jc("containerd.service: Scheduled restart job, restart counter is at 6.", ev=True)
    w.add(E(ns), ev("Warning", "FailedScheduling", "Pod", br2.rsplit("-", 1)[0] + "-" + c.rs(5),
                    "0/5 nodes are available: 1 node(s) had untolerated taint {node.kubernetes.io/not-ready: }, "
                    "4 node(s) didn't match Pod's node affinity/selector. preemption: 0/5 nodes are available: "
                    "5 Preemption is not helpful for scheduling.", "default-scheduler"))
    return dict(
        question="Why is results-api missing km25 passings?",
        selector=sel(ns=ns, app="results-api"),
        win=w, severity="CRITICAL", category="node_failure", component="rt-edge-02",
        root_cause=("containerd on edge node rt-edge-02 keeps crashing (SIGSEGV, core dump, restart loop), "
                    "kubelet reports the container runtime down and the node NotReady, so the km25 decoder "
                    "bridge pinned to that node is gone."),
        summary=("Edge node rt-edge-02 is NotReady because containerd crash-loops; km25 passings stop and "
                 "standings freeze."),
        action=("Recover rt-edge-02 (inspect the containerd core dump, roll back/reinstall containerd, reboot) "
                "or move the km25 bridge to a spare edge node; backfill passings from the decoders' memory."),
        tags=["quiet-cause", "caller-outside-selector"])


def c_tikv_panic(c):
    w = Win()
    ra = c.dep("results-api")[0]
    ns = "racetiming"
    dns = "race-data"
    api = lambda t, **k: w.add(P(ns, "results-api", ra, "rt-core-1"), t, **k)
    kv1 = lambda t, **k: w.add(P(dns, "tikv-race", "tikv-race-1", "rt-core-2", "tikv"), t, **k)
    kv2 = lambda t, **k: w.add(P(dns, "tikv-race", "tikv-race-2", "rt-core-3", "tikv"), t, **k)
    pd = lambda t, **k: w.add(P(dns, "pd-race", "pd-race-0", "rt-core-1", "pd"), t, **k)
    u1, u2 = c.uid(), c.uid()
    kat = lambda sev, msg: katip(sev, "results-api", ra, 57, "main:Results.Standings src/Results/Standings.hs:96:5", msg)
    bt = (r' [backtrace="   0: tikv_util::set_panic_hook::{{closure}}\n             at components/tikv_util/src/lib.rs:477:18\n'
          r'   1: std::panicking::rust_panic_with_hook"] [location=/rust/registry/src/raft-0.7.0/src/raft_log.rs:237]'
          ' [thread_name=raftstore-5-1]')

    def fatal(raft_id, to_commit):
        return tidb("FATAL", "lib.rs:478",
                    f"to_commit {to_commit} is out of range [last_index 88419], raft_id: {raft_id}, region_id: 1004",
                    bt)
    api(kat("Info", "standings recompute stage 7 started (143 riders)"))
    kv1(tidb("INFO", "raft.rs:2646", "switched to configuration",
             ' [config="Configuration { voters: Configuration { incoming: Configuration { voters: {1007, 1011, 1003} }, '
             'outgoing: Configuration { voters: {} } }, learners: {}, learners_next: {}, auto_leave: false }"]'
             " [raft_id=1007] [region_id=1004]"))
    kv1(fatal(1007, 88431), ev=True)
    w.add(E(dns), ev("Warning", "BackOff", "Pod", "tikv-race-1",
                     f"Back-off restarting failed container tikv in pod tikv-race-1_{dns}({u1})", "kubelet", "rt-core-2"),
          ev=True)
    pd(tidb("WARN", "cluster.go:1581", "store is disconnected",
            " [store-id=5] [store-address=tikv-race-1.tikv-race-peer.race-data.svc:20160]"))
    kv2(fatal(1011, 88433), ev=True)
    pd(tidb("WARN", "cluster.go:1581", "store is disconnected",
            " [store-id=7] [store-address=tikv-race-2.tikv-race-peer.race-data.svc:20160]"))
    w.add(P(dns, "tidb-race", "tidb-race-0", "rt-core-1", "tidb"),
          tidb("WARN", "backoff.go:158",
               "tikvRPC backoffer.maxSleep 20000ms is exceeded, errors:\nsend tikv request error: rpc error: "
               "code = Unavailable desc = connection error, ctx: region ID: 1004, meta: id:1004"))
    api(kat("Error", 'standings query failed: ERRException (ERR {errCode = 9005, errState = "HY000", '
                     'errMsg = "Region is unavailable"})'))
    api(clf("10.42.2.51", "GET", "/v1/stages/7/standings", 500, 38, UA_AKKA))
    w.add(E(dns), ev("Warning", "BackOff", "Pod", "tikv-race-2",
                     f"Back-off restarting failed container tikv in pod tikv-race-2_{dns}({u2})", "kubelet", "rt-core-3"),
          ev=True)
    kv1(tidb("INFO", "lib.rs:91", "Welcome to TiKV", ""), gap=(10, 30))
    kv1(fatal(1007, 88431), ev=True)
    api(kat("Error", 'standings query failed: ERRException (ERR {errCode = 9005, errState = "HY000", '
                     'errMsg = "Region is unavailable"})'))
    return dict(
        question="Why does results-api return 500 for stage standings?",
        selector=sel(ns=ns, app="results-api"),
        win=w, severity="CRITICAL", category="database", component="tikv-race",
        root_cause=("Two of the three TiKV stores (tikv-race-1 and tikv-race-2) panic on start with a raft log "
                    "inconsistency for region 1004 ('to_commit ... is out of range [last_index 88419]'), so the "
                    "region has lost quorum and TiDB returns 'Region is unavailable' (9005)."),
        summary=("The race results TiKV cluster is crash-looping on raft log corruption; standings queries fail "
                 "and race data is at risk."),
        action=("Stop the restart loop, take a backup of the stores, and recover region 1004 with "
                "tikv-ctl/pd-ctl unsafe recovery or restore from the last BR backup; then replay passings."),
        tags=["caller-outside-selector"])


def c_longhorn_faulted(c):
    w = Win()
    up = c.dep("photo-finish-uploader")[0]
    lm = "longhorn-manager-" + c.rs(5)
    ra = c.dep("results-api")[0]
    ns = "racetiming"
    vol = "pvc-" + c.uid()
    upl = lambda t, **k: w.add(P(ns, "photo-finish-uploader", up, "rt-edge-01"), t, **k)
    lh = lambda t, **k: w.add(P("longhorn-system", "longhorn-manager", lm, "rt-core-2"), t, **k)
    frame = f"st07-finish-{c.ri(400, 480):06d}"
    upl(nim("INF", "frame captured", f'topics="camera" frame={frame} bytes=6291456'))
    for node in ("rt-core-3", "rt-core-1"):
        lh(logrus("warning", f"Detected replica {vol}-r-{c.hexs(8)} ({node}:/var/lib/longhorn/replicas/{vol}-{c.hexs(8)}) in error",
                  accessMode="rwo", controller="longhorn-engine", engine=f"{vol}-e-0", node="rt-core-2", volume=vol),
           ev=True)
    lh(logrus("warning", "All replicas are failed, set engine salvageRequested to true", accessMode="rwo",
              controller="longhorn-volume", frontend="blockdev", migratable="false", node="rt-core-2",
              owner="rt-core-2", state="attached", volume=vol), ev=True)
    lh(logrus("warning", "Cannot auto salvage volume: no data exists", accessMode="rwo",
              controller="longhorn-volume", node="rt-core-2", volume=vol), ev=True)
    w.add(E(ns), ev("Warning", "FailedAttachVolume", "Pod", "photo-finish-store-0",
                    f'AttachVolume.Attach failed for volume "{vol}" : rpc error: code = Aborted desc = volume {vol} '
                    "is not ready for workloads", "attachdetach-controller"), ev=True)
    for i in range(1, 4):
        upl(nim("ERR", "photo-finish upload failed",
                f'topics="upload" frame={frame} status=503 attempt={i}' + (" giving_up=true" if i == 3 else "")))
        if i == 1:
            w.add(E(ns), ev("Warning", "FailedMount", "Pod", "photo-finish-store-0",
                            "Unable to attach or mount volumes: unmounted volumes=[frames], unattached volumes="
                            f"[frames kube-api-access-{c.rs(5)}]: timed out waiting for the condition",
                            "kubelet", "rt-core-2"), ev=True, gap=(30, 60))
        if i == 2:
            upl(nim("WRN", "local spool filling", 'topics="upload" spooled=212 spool_free_mb=3180'))
            lh(logrus("warning", "Volume robustness is faulted", controller="longhorn-volume", node="rt-core-2",
                      volume=vol), ev=True)
    w.add(P(ns, "results-api", ra, "rt-core-1"),
          katip("Warning", "results-api", ra, 40, "main:Results.Judges src/Results/Judges.hs:51:3",
                "photo-finish frame for stage 7 sprint unavailable; manual placing required"))
    w.add(E(ns), ev("Warning", "FailedAttachVolume", "Pod", "photo-finish-store-0",
                    f'AttachVolume.Attach failed for volume "{vol}" : rpc error: code = Aborted desc = volume {vol} '
                    "is not ready for workloads", "attachdetach-controller"), ev=True)
    return dict(
        question="Why are photo-finish uploads failing with 503?",
        selector=sel(ns=ns, app="photo-finish-uploader"),
        win=w, severity="CRITICAL", category="storage", component="longhorn-manager",
        root_cause=("The Longhorn volume backing photo-finish-store-0 is faulted: all of its replicas are in "
                    "error and auto-salvage finds no data, so the volume cannot attach and the store has no "
                    "running pod."),
        summary=("A faulted Longhorn volume keeps photo-finish-store down; uploads fail, frames spool locally and "
                 "judges lose photo-finish."),
        action=("Salvage the volume's replicas in Longhorn (check the replica disks on rt-core-1/rt-core-3) or "
                "restore from backup; keep the uploader spooling until the store is back."),
        tags=["quiet-cause", "caller-outside-selector"])


def c_imagepull_graphics(c):
    w = Win()
    ov = c.dep("overlay-renderer")[0]
    old = c.dep("tv-graphics-feed")[0]
    n1, n2 = c.dep("tv-graphics-feed", 2)
    ns = "broadcast"
    img = "registry.race.example/broadcast/tv-graphics-feed:4.2.0"
    o = lambda t, **k: w.add(P(ns, "overlay-renderer", ov, "rt-core-1"), t, **k)
    pe = lambda pod, node, typ, reason, msg, **k: w.add(E(ns), ev(typ, reason, "Pod", pod, msg, "kubelet", node), **k)
    err = ('Get "http://tv-graphics-feed.broadcast.svc.cluster.local:9000/v1/leaderboard": dial tcp '
           "10.43.41.7:9000: connect: connection refused")
    failmsg = (f'Failed to pull image "{img}": rpc error: code = NotFound desc = failed to pull and unpack image '
               f'"{img}": failed to resolve reference "{img}": {img}: not found')
    o(zlog("info", "scene rendered", scene="leaderboard-top10", frame=18830))
    w.add(P("flux-system", "kustomize-controller", c.dep("kustomize-controller")[0], "rt-core-2", "manager"),
          flux("server-side apply completed", "broadcast", reconcileID=c.uid(),
               output={"Deployment/broadcast/tv-graphics-feed": "configured"}))
    w.add(E(ns), ev("Normal", "ScalingReplicaSet", "Deployment", "tv-graphics-feed",
                    f"Scaled down replica set {old.rsplit('-', 1)[0]} to 0 from 2", "deployment-controller"))
    w.add(E(ns), ev("Normal", "ScalingReplicaSet", "Deployment", "tv-graphics-feed",
                    f"Scaled up replica set {n1.rsplit('-', 1)[0]} to 2", "deployment-controller"))
    pe(n1, "rt-core-2", "Normal", "Pulling", f'Pulling image "{img}"')
    o(zlog("error", "leaderboard refresh failed", error=err))
    pe(n1, "rt-core-2", "Warning", "Failed", failmsg, ev=True)
    pe(n1, "rt-core-2", "Warning", "Failed", "Error: ErrImagePull", ev=True, gap=(0.01, 0.1))
    pe(n2, "rt-core-3", "Warning", "Failed", failmsg, ev=True)
    o(zlog("error", "leaderboard refresh failed", error=err))
    o(zlog("warn", "serving stale leaderboard to vision mixer", stale_for_s=64))
    pe(n1, "rt-core-2", "Normal", "BackOff", f'Back-off pulling image "{img}"', ev=True)
    pe(n1, "rt-core-2", "Warning", "Failed", "Error: ImagePullBackOff", ev=True, gap=(0.01, 0.1))
    o(zlog("error", "leaderboard refresh failed", error=err))
    return dict(
        question="Why is the TV overlay showing a stale leaderboard?",
        selector=sel(ns=ns, app="overlay-renderer"),
        win=w, severity="CRITICAL", category="image_pull", component="tv-graphics-feed",
        root_cause=("The tv-graphics-feed Deployment was updated to image tag 4.2.0, which does not exist in "
                    "registry.race.example (not found); the old ReplicaSet was scaled to 0 first, so no "
                    "tv-graphics-feed pod is running and the overlay gets connection refused."),
        summary=("tv-graphics-feed has zero running pods because its new image cannot be pulled; the on-air "
                 "leaderboard is stale."),
        action=("Roll back the Deployment to the previous tag (or push 4.2.0), and use a rollout strategy that "
                "keeps old pods until new ones are ready."),
        tags=["quiet-cause", "nested-cause", "caller-outside-selector"])


def c_haskell_crash(c):
    w = Win()
    ra = c.dep("results-api")[0]
    tg = c.dep("tv-graphics-feed")[0]
    ns = "racetiming"
    uid = c.uid()
    api = lambda t, **k: w.add(P(ns, "results-api", ra, "rt-core-1"), t, **k)
    for i, (tid, batch) in enumerate(((57, 3312), (61, 3313))):
        api(katip("Info", "results-api", ra, 7, "main:Main app/Main.hs:41:3",
                  "results-api 1.9.0 listening on :8080 (warp 3.3.31, servant 0.20.1)"), gap=(12, 25) if i else None)
        api(katip("Info", "results-api", ra, tid, "main:Results.Worker src/Results/Worker.hs:64:3",
                  "standings worker started (stage 7, 2 intermediate sprints)"))
        if i == 0:
            api(clf("10.42.2.51", "GET", "/v1/stages/7/standings", 200, 48211, UA_AKKA))
        api(katip("Info", "results-api", ra, tid, "main:Results.Worker src/Results/Worker.hs:88:9",
                  f"recomputing GC standings after passing batch {batch} (finish line)"))
        api(f"results-api: ExceptionInLinkedThread ThreadId {tid} Prelude.!!: index too large", ev=True)
        api("CallStack (from HasCallStack):", cont=True)
        api("  error, called at libraries/base/GHC/List.hs:1368:14 in base:GHC.List", cont=True)
        api("  tooLarge, called at libraries/base/GHC/List.hs:1378:50 in base:GHC.List", cont=True)
        api("  !!, called at src/Results/Standings.hs:141:27 in results-api-1.9.0-inplace:Results.Standings",
            cont=True, ev=True)
        w.add(E(ns), ev("Warning", "BackOff", "Pod", ra,
                        f"Back-off restarting failed container results-api in pod {ra}_{ns}({uid})", "kubelet", "rt-core-1"),
              ev=True)
        if i == 0:
            w.add(P("broadcast", "tv-graphics-feed", tg, "rt-core-2"),
                  akka("ERROR", "graphics-akka.actor.default-dispatcher-4", "akka://graphics/user/leaderboard-poller",
                       "Leaderboard poll failed: akka.stream.StreamTcpException: Tcp command "
                       "[Connect(results-api.racetiming.svc.cluster.local:8080,None,List(),Some(10 seconds),true)] "
                       "failed because of java.net.ConnectException: Connection refused"))
    return dict(
        question="Why does results-api keep restarting?",
        selector=sel(ns=ns, app="results-api"),
        win=w, severity="CRITICAL", category="application_error", component="results-api",
        root_cause=("A bug in Results.Standings (line 141) indexes past the end of the intermediate-sprint list "
                    "(Prelude.!!: index too large) when a stage has only 2 sprints; the exception kills the "
                    "linked standings worker and with it the whole process, so results-api crash-loops."),
        summary=("results-api crashes on every standings recompute for stage 7 and is in CrashLoopBackOff."),
        action=("Fix the sprint indexing in Results.Standings (use a total lookup), release a patched build, and "
                "isolate worker failures from the HTTP server."),
        tags=["nested-cause"])


def c_cert_expired(c):
    w = Win()
    br = c.dep("transponder-decoder-bridge")[0]
    ra = c.dep("results-api")[0]
    cm = c.dep("cert-manager")[0]
    ns = "racetiming"
    na = c.base - _dt.timedelta(minutes=c.ri(12, 25), seconds=c.ri(0, 59))
    bridge = lambda t, **k: w.add(P(ns, "transponder-decoder-bridge", br, "rt-edge-01"), t, **k)
    cml = lambda t, **k: w.add(P("cert-manager", "cert-manager", cm, "rt-core-2", "cert-manager-controller"), t, **k)
    url = "https://results-api.race.example/v1/passings"

    def terr(dec):
        return zlog("error", "forwarding passings failed; buffering", decoder=dec,
                    error=f'Post "{url}": tls: failed to verify certificate: x509: certificate has expired or is '
                          f"not yet valid: current time @ISOS@ is after {iso_s(na)}")
    bridge(zlog("info", "decoder connected", decoder="st07-finish-B", remote="10.60.7.22:40118"))
    w.add(E("default"), ev("Warning", "ErrInitIssuer", "ClusterIssuer", "race-internal-ca",
                           'Error initializing issuer: the CA certificate in Secret "race-internal-ca" has expired',
                           "cert-manager-clusterissuers"), ev=True)
    bridge(terr("st07-finish-A"), ev=True)
    bridge(terr("st07-finish-B"), ev=True)
    w.add(P(ns, "results-api", ra, "rt-core-1"),
          katip("Warning", "results-api", ra, 22, "main:Results.Ingest src/Results/Ingest.hs:91:7",
                "no passings received from transponder-decoder-bridge for 60s"))
    bridge(zlog("warn", "passing buffer growing", buffered=1284))
    cml(klog("E", 1, "controller.go:167",
             '"re-queuing item due to error processing" err="the CA certificate in Secret \\"race-internal-ca\\" '
             'has expired" logger="cert-manager.clusterissuers" key="race-internal-ca"'), ev=True)
    bridge(terr("st07-finish-A"), ev=True)
    w.add(P(ns, "results-api", ra, "rt-core-1"),
          katip("Error", "results-api", ra, 22, "main:Results.Ingest src/Results/Ingest.hs:97:7",
                "stage 7 live standings stale: 0 passings in 120s"))
    cml(klog("I", 1, "trigger_controller.go:215",
             f'"Certificate must be re-issued" logger="cert-manager.certificates-trigger" key="{ns}/results-api-tls" '
             f'reason="Expired" message="Certificate expired on {http_date(na)}"'), ev=True)
    w.add(E(ns), ev("Warning", "Failed", "Certificate", "results-api-tls",
                    'The certificate request has failed to complete and will be retried: issuer '
                    '"race-internal-ca" is not ready', "cert-manager-certificates-issuing"), ev=True)
    bridge(terr("st07-finish-B"), ev=True)
    return dict(
        question="Why is the decoder bridge not delivering passings?",
        selector=sel(ns=ns, app="transponder-decoder-bridge"),
        win=w, severity="ERROR", category="tls_certificate", component="cert-manager",
        root_cause=("The results-api-tls certificate has expired and cert-manager cannot re-issue it because "
                    "the CA certificate of the race-internal-ca ClusterIssuer has itself expired; the bridge "
                    "rejects the expired server certificate (x509) and cannot post passings."),
        summary=("Expired TLS certificate on results-api (renewal blocked by an expired issuer CA); live "
                 "timing passings are buffered and standings are stale."),
        action=("Rotate the race-internal-ca CA secret in cert-manager, let results-api-tls re-issue, and monitor "
                "CA/issuer expiry; the bridge will flush its buffer."),
        tags=["nested-cause", "caller-outside-selector"])


def c_kong_ratelimit(c):
    w = Win()
    tg = c.dep("tv-graphics-feed")[0]
    kg = c.dep("kong-gateway")[0]
    ns = "broadcast"
    tip = c.ip(2)
    g = lambda lvl, msg, **k: w.add(P(ns, "tv-graphics-feed", tg, "rt-core-2"),
                                    akka(lvl, "graphics-akka.actor.default-dispatcher-7",
                                         "akka://graphics/user/leaderboard-poller", msg), **k)
    kong = lambda t, **k: w.add(P("kong", "kong-gateway", kg, "rt-core-3", "proxy"), t, **k)
    path = "/results/v1/stages/7/leaderboard"
    w.add(P("flux-system", "kustomize-controller", c.dep("kustomize-controller")[0], "rt-core-2", "manager"),
          flux("server-side apply completed", "race-gateway", reconcileID=c.uid(),
               output={"KongPlugin/racetiming/results-rate-limit": "created",
                       "Ingress/racetiming/results-api": "configured"}), ev=True)
    kong(clf(tip, "GET", path, 200, 8412, UA_AKKA))
    g("INFO", "Leaderboard frame 18833 pushed (top 10, 3 groups)")
    kong(clf(tip, "GET", path, 429, 41, UA_AKKA), ev=True)
    kong(clf(tip, "GET", path, 429, 41, UA_AKKA), ev=True, gap=(0.9, 1.1))
    g("ERROR", 'Leaderboard poll failed: unexpected status 429 Too Many Requests (body: {"message":"API rate limit exceeded"})')
    kong(clf(tip, "GET", path, 429, 41, UA_AKKA), ev=True, gap=(0.9, 1.1))
    g("ERROR", 'Leaderboard poll failed: unexpected status 429 Too Many Requests (body: {"message":"API rate limit exceeded"})')
    kong(clf(c.ip(4), "GET", "/results/v1/stages/7/standings", 200, 48211,
             "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15"))
    g("WARN", "On-air leaderboard frozen at frame 18833 for 45 s")
    kong(clf(tip, "GET", path, 429, 41, UA_AKKA), ev=True)
    g("ERROR", 'Leaderboard poll failed: unexpected status 429 Too Many Requests (body: {"message":"API rate limit exceeded"})')
    g("ERROR", "Gap graphics disabled: no fresh leaderboard for 60 s")
    return dict(
        question="Why is the on-air leaderboard frozen?",
        selector=sel(ns=ns, app="tv-graphics-feed"),
        win=w, severity="ERROR", category="rate_limited", component="kong-gateway",
        root_cause=("A new KongPlugin results-rate-limit was applied to the results-api route by Flux; Kong now "
                    "answers tv-graphics-feed's once-per-second leaderboard polls with 429 (API rate limit "
                    "exceeded)."),
        summary=("The graphics feed is throttled by the Kong gateway; the TV leaderboard and gap graphics are "
                 "frozen."),
        action=("Exempt the tv-graphics consumer or raise the limit in the results-rate-limit KongPlugin; "
                "optionally have the graphics feed use the push/stream endpoint instead of polling."),
        tags=["quiet-cause", "caller-outside-selector"])


def c_fd_exhaustion(c):
    w = Win()
    br = c.dep("transponder-decoder-bridge")[0]
    ra = c.dep("results-api")[0]
    ns = "racetiming"
    b = lambda t, **k: w.add(P(ns, "transponder-decoder-bridge", br, "rt-edge-01"), t, **k)
    acc = zlog("error", "accept failed", error="accept tcp [::]:5403: accept4: too many open files", retry_in="1s")
    b(zlog("info", "decoder connected", decoder="st07-km25-A", remote="10.60.7.21:40112"))
    b(zlog("info", "runtime stats", goroutines=2214, open_fds=1019, fd_limit=1024, conns_close_wait=981))
    b(acc, ev=True)
    b(zlog("error", "spool write failed", decoder="st07-km25-A",
           error="open /var/spool/passings/st07-km25-A.ndjson: too many open files"), ev=True)
    w.add(P(ns, "results-api", ra, "rt-core-1"),
          katip("Warning", "results-api", ra, 22, "main:Results.Ingest src/Results/Ingest.hs:91:7",
                "timing point km25: passing rate dropped to 0/min"))
    b(acc, ev=True)
    b(zlog("error", "forwarding passings failed", decoder="st07-km25-A",
           error="dial tcp 10.43.22.9:8080: socket: too many open files"), ev=True)
    b(zlog("info", "forwarded batch", decoder="st07-finish-A", passings=12))
    b(acc)
    w.add(P(ns, "results-api", ra, "rt-core-1"),
          katip("Error", "results-api", ra, 31, "main:Results.Standings src/Results/Standings.hs:96:5",
                "stage 7: km25 split missing for 37 riders"))
    b(zlog("info", "runtime stats", goroutines=2231, open_fds=1024, fd_limit=1024, conns_close_wait=988), ev=True)
    b(acc, ev=True)
    return dict(
        question="Why is the decoder bridge dropping km25 passings?",
        selector=sel(ns=ns, app="transponder-decoder-bridge"),
        win=w, severity="ERROR", category="resource_exhausted", component="transponder-decoder-bridge",
        root_cause=("transponder-decoder-bridge has exhausted its 1024 file descriptors (~980 connections stuck "
                    "in CLOSE_WAIT from reconnecting decoders are never closed), so it can no longer accept "
                    "decoder connections, write its spool or dial results-api."),
        summary=("File-descriptor exhaustion in the decoder bridge; km25 passings are lost and splits are "
                 "missing."),
        action=("Restart the bridge now, fix the connection leak (close sockets on decoder reconnect/EOF), and "
                "raise the fd limit."),
        tags=["nested-cause"])


def c_coredns_restart(c):
    w = Win()
    br = c.dep("transponder-decoder-bridge")[0]
    ra = c.dep("results-api")[0]
    old_rs = c.dep("coredns")[0].rsplit("-", 1)[0]
    cda, cdb = old_rs + "-" + c.rs(5), old_rs + "-" + c.rs(5)
    nn = c.dep("coredns")[0]
    ns = "racetiming"
    b = lambda t, **k: w.add(P(ns, "transponder-decoder-bridge", br, "rt-edge-01"), t, **k)
    host = "results-api.racetiming.svc.cluster.local"
    src = c.ip(5)

    def lerr(dec, port):
        return zlog("error", "forwarding passings failed; buffering", decoder=dec,
                    error=f'Post "http://{host}:8080/v1/passings": dial tcp: lookup {host} on 10.43.0.10:53: '
                          f"read udp {src}:{port}->10.43.0.10:53: i/o timeout")
    b(zlog("info", "forwarded batch", decoder="st07-finish-A", passings=41))
    w.add(E("kube-system"), ev("Normal", "ScalingReplicaSet", "Deployment", "coredns",
                               f"Scaled down replica set {old_rs} to 0 from 2", "deployment-controller"), ev=True)
    w.add(P("kube-system", "coredns", cda, "rt-core-1"), "[INFO] SIGTERM: Shutting down servers then terminating",
          ev=True)
    w.add(P("kube-system", "coredns", cda, "rt-core-1"), "[INFO] plugin/health: Going into lameduck mode for 5s",
          ev=True, gap=(0.001, 0.01))
    w.add(P("kube-system", "coredns", cdb, "rt-core-3"), "[INFO] SIGTERM: Shutting down servers then terminating",
          ev=True)
    b(lerr("st07-finish-A", 51022), gap=(6, 9))
    b(lerr("st07-finish-B", 51388))
    w.add(E("kube-system"), ev("Normal", "ScalingReplicaSet", "Deployment", "coredns",
                               f"Scaled up replica set {nn.rsplit('-', 1)[0]} to 2", "deployment-controller"), ev=True)
    b(lerr("st07-km25-A", 40217))
    w.add(P("kube-system", "coredns", nn, "rt-core-2"), ".:53", gap=(5, 10))
    w.add(P("kube-system", "coredns", nn, "rt-core-2"),
          "[INFO] plugin/reload: Running configuration SHA512 = " + c.hexs(128))
    w.add(P("kube-system", "coredns", nn, "rt-core-2"), "CoreDNS-1.11.1", gap=(0.001, 0.01))
    b(zlog("info", "flushed buffered passings", buffered=1843))
    w.add(P(ns, "results-api", ra, "rt-core-1"),
          katip("Info", "results-api", ra, 22, "main:Results.Ingest src/Results/Ingest.hs:88:7",
                "stage 7: 1843 passings ingested in last 60s (finish: 902, km25: 941)"))
    return dict(
        question="Why did the decoder bridge log lookup timeouts?",
        selector=sel(ns=ns, app="transponder-decoder-bridge"),
        win=w, severity="WARN", category="dns_resolution", component="coredns",
        root_cause=("A CoreDNS rollout scaled the old ReplicaSet to 0 before new pods were ready, so for ~20 s "
                    "there was no DNS server behind 10.43.0.10 and the bridge's lookups of results-api timed "
                    "out."),
        summary=("Brief cluster DNS outage during a CoreDNS rollout; passings were buffered and flushed once DNS "
                 "returned."),
        action=("Fix the coredns rollout strategy (maxUnavailable 0 / maxSurge, PodDisruptionBudget) and "
                "consider NodeLocal DNSCache on edge nodes."),
        tags=["quiet-cause", "caller-outside-selector"])


def c_caddy_acme(c):
    w = Win()
    cp = c.dep("caddy-live")[0]
    ns = "broadcast"
    host = "live.velotour-regional.example"
    cad = lambda t, **k: w.add(P(ns, "caddy-live", cp, "rt-core-3", "caddy"), t, **k)
    retry_after = (c.base + _dt.timedelta(hours=c.ri(14, 20), minutes=c.ri(0, 59))).strftime("%Y-%m-%dT%H:%M:%SZ")
    rl = (f"HTTP 429 urn:ietf:params:acme:error:rateLimited - too many certificates (5) already issued for this "
          f"exact set of domains in the last 168h0m0s, retry after {retry_after}: see "
          "https://letsencrypt.org/docs/rate-limits/#new-certificates-per-exact-set-of-hostnames")

    def acc(uri, size, ip):
        return caddy("info", "http.log.access.log0", "handled request",
                     request={"remote_ip": ip, "proto": "HTTP/2.0", "method": "GET", "host": host, "uri": uri},
                     bytes_read=0, duration=round(c.rng.uniform(0.001, 0.01), 6), size=size, status=200)
    cad(acc("/stage-7/leaderboard.json", 8412, "84.17.32.9"))
    cad(caddy("info", "tls.renew", "acquiring lock", identifier=host))
    cad(caddy("info", "tls.renew", "lock acquired", identifier=host))
    cad(caddy("info", "tls.renew", "renewing certificate", identifier=host, remaining=518292.1))
    cad(caddy("error", "tls.renew", "could not get certificate from issuer", identifier=host,
              issuer="acme-v02.api.letsencrypt.org-directory", error=rl), ev=True)
    cad(acc("/stage-7/gaps.json", 2210, "91.64.11.201"))
    cad(caddy("error", "tls.renew", "will retry",
              error=f"[{host}] Renew: [{host}] renewing certificate: {rl}", attempt=3, retrying_in=300,
              elapsed=612.4, max_duration=2592000), ev=True)
    cad(acc("/stage-7/leaderboard.json", 8440, "84.17.32.9"))
    cad(acc("/", 14112, "178.20.4.66"))
    cad(caddy("info", "tls", "certificate is valid for 6 more days; continuing to serve cached certificate",
              identifiers=[host]))
    return dict(
        question="Is there a problem with the live results site's certificate?",
        selector=sel(ns=ns, app="caddy-live"),
        win=w, severity="WARN", category="rate_limited", component="caddy-live",
        root_cause=("Caddy cannot renew the certificate for live.velotour-regional.example because Let's "
                    "Encrypt rejects the order with HTTP 429 (duplicate-certificate rate limit: 5 certificates "
                    "for the same names in 168h); the current certificate is still valid for 6 days."),
        summary=("Certificate renewal is rate-limited by the ACME CA; the site still serves with the current "
                 "certificate."),
        action=("Wait for the retry-after time or add a second issuer; persist Caddy's /data volume so restarts "
                "stop re-issuing certificates."),
        tags=["nested-cause"])


def c_akka_dnf(c):
    w = Win()
    tg = c.dep("tv-graphics-feed")[0]
    ra = c.dep("results-api")[0]
    ns = "broadcast"
    g = lambda t, **k: w.add(P(ns, "tv-graphics-feed", tg, "rt-core-2"), t, **k)
    d12 = "graphics-akka.actor.default-dispatcher-12"
    g(akka("INFO", "graphics-akka.actor.default-dispatcher-5", "akka://graphics/user/leaderboard-publisher",
           "Leaderboard frame 18840 pushed (gaps: 3 groups)"))
    w.add(P("racetiming", "results-api", ra, "rt-core-1"),
          clf("10.42.2.51", "GET", "/v1/stages/7/leaderboard", 200, 8511, UA_AKKA))
    for i in range(2):
        g(akka("ERROR", d12, "akka://graphics/user/gap-calculator", "gap calculation aborted for group 3"),
          gap=(8, 12) if i else None)
        g("java.lang.IllegalStateException: gap calculation aborted for group 3", cont=True)
        g("\tat race.graphics.GapCalculator.compute(GapCalculator.scala:77)", cont=True)
        if i == 0:
            g("\tat race.graphics.GapCalculator$$anonfun$receive$1.applyOrElse(GapCalculator.scala:41)", cont=True)
            g("\tat akka.actor.Actor.aroundReceive(Actor.scala:537)", cont=True)
        g('Caused by: java.lang.NumberFormatException: For input string: "DNF"', cont=True, ev=True)
        if i == 0:
            g("\tat java.base/java.lang.NumberFormatException.forInputString(NumberFormatException.java:67)", cont=True)
            g("\tat java.base/java.lang.Long.parseLong(Long.java:709)", cont=True)
            g("\tat race.graphics.GapCalculator.$anonfun$compute$3(GapCalculator.scala:64)", cont=True, ev=True)
            g(akka("WARN", "graphics-akka.actor.default-dispatcher-5", "akka://graphics/user/leaderboard-publisher",
                   "gap overlay for group 3 showing last good values (age 48 s)"))
        g(akka("INFO", "graphics-akka.actor.default-dispatcher-5", "akka://graphics/user/leaderboard-publisher",
               f"Leaderboard frame {18841 + i} pushed (gaps: 2 of 3 groups)"))
    return dict(
        question="Why are the time gaps for one group not updating on the TV graphics?",
        selector=sel(ns=ns, app="tv-graphics-feed"),
        win=w, severity="WARN", category="application_error", component="tv-graphics-feed",
        root_cause=("tv-graphics-feed's GapCalculator parses every rider's time as a number and throws "
                    "NumberFormatException on the status string \"DNF\"; the actor is restarted and group 3's "
                    "gaps stay stale while the other groups update."),
        summary=("An unhandled parse exception for a DNF rider stops gap updates for one group; the rest of the "
                 "graphics keep working."),
        action=("Handle non-numeric rider statuses (DNF/DNS/OTL) in GapCalculator and deploy a fix; meanwhile "
                "the overlay shows last good values."),
        tags=["nested-cause"])


def c_healthy_caddy404(c):
    w = Win()
    cp = c.dep("caddy-live")[0]
    ra = c.dep("results-api")[0]
    ns = "broadcast"
    host = "live.velotour-regional.example"
    cad = lambda t, **k: w.add(P(ns, "caddy-live", cp, "rt-core-3", "caddy"), t, **k)

    def acc(uri, status, size, ip, ua):
        return caddy("info", "http.log.access.log0", "handled request",
                     request={"remote_ip": ip, "proto": "HTTP/2.0", "method": "GET", "host": host, "uri": uri,
                              "headers": {"User-Agent": [ua]}},
                     bytes_read=0, duration=round(c.rng.uniform(0.0002, 0.01), 6), size=size, status=status)
    browser = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0 Safari/537.36"
    bing = "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)"
    ahrefs = "Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)"
    cad(acc("/stage-7/leaderboard.json", 200, 8412, "84.17.32.9", browser))
    cad(acc("/wp-login.php", 404, 0, "40.77.167.22", bing))
    cad(acc("/stage-7/gaps.json", 200, 2210, "91.64.11.201", browser))
    cad(acc("/.env", 404, 0, "54.36.148.71", ahrefs))
    cad(acc("/stage-7/leaderboard.json", 200, 8440, "178.20.4.66", browser))
    cad(acc("/xmlrpc.php", 404, 0, "40.77.167.22", bing))
    w.add(P("racetiming", "results-api", ra, "rt-core-1"),
          clf("10.42.3.30", "GET", "/v1/stages/7/leaderboard", 200, 8440, "Go-http-client/1.1"))
    cad(acc("/stage-7/", 200, 14112, "84.17.32.9", browser))
    cad(acc("/old-results/2019/stage-3", 404, 0, "40.77.167.22", bing))
    cad(acc("/stage-7/leaderboard.json", 200, 8451, "91.64.11.201", browser))
    return dict(
        question="The live site shows a lot of 404s - is it broken?",
        selector=sel(ns=ns, app="caddy-live"),
        win=w, severity="INFO", category="none", tags=["healthy-lookalike"],
        summary="The 404s are crawler and scanner probes for non-existent paths; real pages answer 200.",
        action="Nothing to do.")


def c_healthy_kong(c):
    w = Win()
    kg = c.dep("kong-gateway")[0]
    ra = c.dep("results-api")[0]
    kong = lambda t, **k: w.add(P("kong", "kong-gateway", kg, "rt-core-3", "proxy"), t, **k)
    api = lambda t, **k: w.add(P("racetiming", "results-api", ra, "rt-core-1"), t, **k)
    up = c.ip(4)
    n = c.ri(1100, 1400)
    conn = c.ri(80000, 90000)
    kong(clf("10.42.2.51", "GET", "/results/v1/stages/7/passings.ndjson", 200, 1843311, UA_AKKA))
    kong(f"@NGX@ [warn] {n}#0: *{conn} an upstream response is buffered to a temporary file "
         f"/usr/local/kong/proxy_temp/4/21/0000000214 while reading upstream, client: 10.42.2.51, server: kong, "
         f'request: "GET /results/v1/stages/7/passings.ndjson HTTP/1.1", upstream: '
         f'"http://{up}:8080/v1/stages/7/passings.ndjson", host: "results-api.racetiming.svc"')
    api(clf("10.42.4.2", "GET", "/v1/stages/7/passings.ndjson", 200, 1843311, "kong/3.6.1"))
    kong(clf("10.42.2.51", "GET", "/results/v1/stages/7/leaderboard", 200, 8412, UA_AKKA))
    api(katip("Info", "results-api", ra, 22, "main:Results.Ingest src/Results/Ingest.hs:88:7",
              "stage 7: 1204 passings ingested in last 60s (finish: 611, km25: 593)"))
    kong(f"@NGX@ [warn] {n}#0: *{conn + 41} a client request body is buffered to a temporary file "
         "/usr/local/kong/client_body_temp/0000000031, client: 10.42.5.19, server: kong, "
         'request: "POST /results/v1/passings/bulk HTTP/1.1", host: "results-api.racetiming.svc"')
    api(clf("10.42.4.2", "POST", "/v1/passings/bulk", 201, 96, "kong/3.6.1"))
    kong(clf("10.42.5.19", "POST", "/results/v1/passings/bulk", 201, 96, "Go-http-client/1.1"))
    kong(clf("10.42.2.51", "GET", "/results/v1/stages/7/leaderboard", 200, 8433, UA_AKKA))
    kong(clf("10.42.0.1", "GET", "/status", 200, 1022, "kube-probe/1.29"))
    return dict(
        question="Kong is logging warnings about temporary files - should we act?",
        selector=sel(ns="kong", app="kong-gateway"),
        win=w, severity="INFO", category="none", tags=["healthy-lookalike"],
        summary="nginx notes that large bodies are buffered to temp files; all requests succeed.",
        action="Nothing to do.")


def c_healthy_plain(c):
    w = Win()
    br = c.dep("transponder-decoder-bridge")[0]
    ra = c.dep("results-api")[0]
    tg = c.dep("tv-graphics-feed")[0]
    ov = c.dep("overlay-renderer")[0]
    b = lambda t, **k: w.add(P("racetiming", "transponder-decoder-bridge", br, "rt-edge-01"), t, **k)
    api = lambda t, **k: w.add(P("racetiming", "results-api", ra, "rt-core-1"), t, **k)
    pub = "akka://graphics/user/leaderboard-publisher"
    b(zlog("info", "forwarded batch", decoder="st07-finish-A", passings=44))
    api(katip("Info", "results-api", ra, 22, "main:Results.Ingest src/Results/Ingest.hs:88:7",
              "stage 7: 944 passings ingested in last 60s (finish: 470, km25: 474)"))
    b(zlog("info", "forwarded batch", decoder="st07-km25-B", passings=39))
    api(clf("10.42.2.51", "GET", "/v1/stages/7/leaderboard", 200, 8511, UA_AKKA))
    w.add(P("broadcast", "tv-graphics-feed", tg, "rt-core-2"),
          akka("INFO", "graphics-akka.actor.default-dispatcher-5", pub, "Leaderboard frame 19002 pushed (gaps: 3 groups)"))
    w.add(P("broadcast", "overlay-renderer", ov, "rt-core-1"), zlog("info", "scene rendered", scene="leaderboard-top10", frame=19002))
    b(zlog("info", "forwarded batch", decoder="st07-finish-B", passings=41))
    api(clf("10.42.2.51", "GET", "/v1/stages/7/standings", 200, 48322, UA_AKKA))
    w.add(P("broadcast", "tv-graphics-feed", tg, "rt-core-2"),
          akka("INFO", "graphics-akka.actor.default-dispatcher-5", pub, "Leaderboard frame 19003 pushed (gaps: 3 groups)"))
    w.add(P("broadcast", "overlay-renderer", ov, "rt-core-1"), zlog("info", "scene rendered", scene="gap-chase-group", frame=19003))
    return dict(
        question="Is live timing working for stage 7?",
        selector=sel(ns="racetiming"),
        win=w, severity="INFO", category="none", tags=[],
        summary="Passings flow from the decoders through results-api to the TV graphics normally.",
        action="Nothing to do.")


SCENARIOS = [
    # domain A
    a_oom_lot_tracker, a_disk_full_scylla, a_rabbit_maintenance, a_timeout_moisture, a_scheduling_invoice,
    a_readiness_wholesale, a_vitess_lag, a_pulsar_restart, a_imagepull_extraction,
    a_healthy_retry, a_healthy_velero, a_healthy_certrenew, a_healthy_plain,
    # domain B
    b_node_mce, b_config_crystal, b_probe_liveness, b_dns_coredns, b_auth_rabbit, b_deadlock_tidb,
    b_readonly_label, b_oom_catalog, b_pkix_orfeed, b_evicted_archiver,
    b_healthy_rollout, b_healthy_flux, b_healthy_plain,
    # domain C
    c_node_containerd, c_tikv_panic, c_longhorn_faulted, c_imagepull_graphics, c_haskell_crash,
    c_cert_expired, c_kong_ratelimit, c_fd_exhaustion, c_coredns_restart, c_caddy_acme, c_akka_dnf,
    c_healthy_caddy404, c_healthy_kong, c_healthy_plain,
]


# --------------------------------------------------------------------------
# assembly
# --------------------------------------------------------------------------
def render_logs(rng, win, base):
    logs, evidence = [], []
    t_us = None
    base_us = calendar.timegm(base.utctimetuple()) * 1_000_000 + (base.microsecond // 1000) * 1000
    for i, it in enumerate(win.items):
        if t_us is None:
            t_us = base_us
        else:
            if it["cont"]:
                step = 0.001
            elif it["gap"] is not None:
                step = rng.uniform(*it["gap"])
            else:
                step = rng.uniform(0.25, 4.5)
            t_us = (t_us // 1000 + max(1, int(round(step * 1000)))) * 1000
        ms_us = t_us
        d = _dt.datetime(1970, 1, 1) + _dt.timedelta(microseconds=ms_us)
        us = (ms_us % 1_000_000) + rng.randint(0, 999)
        text = render_stamp(it["text"], d.replace(microsecond=0), us)
        ts = d.strftime("%Y-%m-%dT%H:%M:%S") + f".{(ms_us % 1_000_000) // 1000:03d}Z"
        logs.append({"ts": ts, "labels": it["labels"], "line": text})
        if it["ev"]:
            evidence.append(i)
    return logs, evidence


def build():
    rng = random.Random(SEED)
    c = Ctx(rng)
    recs = []
    for fn in SCENARIOS:
        c.base = _dt.datetime(2026, rng.choice((4, 5, 6)), rng.randint(1, 28), rng.randint(6, 20),
                              rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999) * 1000)
        s = fn(c)
        logs, evidence = render_logs(rng, s["win"], c.base)
        exp = {"severity": s["severity"], "root_cause_category": s["category"]}
        if s["category"] != "none":
            exp["component"] = s["component"]
            exp["root_cause"] = s["root_cause"]
        exp["summary"] = s["summary"]
        exp["action"] = s["action"]
        exp["evidence"] = evidence if s["category"] != "none" else []
        if s["category"] == "none":
            assert not evidence, fn.__name__
        rec = {"id": None, "source": SOURCE, "question": s["question"], "selector": s["selector"],
               "logs": logs, "expected": exp}
        for t in s["tags"]:
            assert t in TAGS, (fn.__name__, t)
        recs.append((rec, list(s["tags"])))
    rng.shuffle(recs)
    tags = {}
    for n, (rec, tg) in enumerate(recs, 1):
        rec["id"] = f"dev52-{n:03d}"
        tags[rec["id"]] = tg
    return [r for r, _ in recs], tags


def main(argv):
    out = argv[1] if len(argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    recs, tags = build()
    with open(os.path.join(out, "dev52.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False, separators=(", ", ": ")) + "\n")
    with open(os.path.join(out, "dev52.tags.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(tags, f, indent=2, sort_keys=True)
        f.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
