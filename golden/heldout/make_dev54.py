#!/usr/bin/env python3
"""dev54 held-out golden set generator (stdlib only, seed 205454)."""
import datetime
import json
import os
import random

SEED = 205454
OUT_DIR = os.path.dirname(os.path.abspath(__file__))
RECS = []
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def P(ns, app, pod, container, node):
    return {"namespace": ns, "app": app, "pod": pod, "container": container, "node": node}


def EV(ns, pod, node=None, kind="Pod"):
    d = {"job": "kubernetes-events", "namespace": ns, "app": "kubernetes-events", "kind": kind}
    if pod:
        d["pod"] = pod
    if node:
        d["node"] = node
    return d


def J(node, unit):
    return {"job": "systemd-journal", "node": node, "unit": unit, "app": unit.replace(".service", "")}


def K(node):
    return {"job": "systemd-journal", "node": node, "unit": "kernel", "app": "kernel"}


def _fmt(line, t, boot):
    up = (t - boot).total_seconds()
    us = t.strftime("%f")
    subs = {
        "{iso}": t.strftime("%Y-%m-%dT%H:%M:%S.") + us[:3] + "Z",
        "{isous}": t.strftime("%Y-%m-%dT%H:%M:%S.") + us + "Z",
        "{isos}": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "{hms}": t.strftime("%H:%M:%S.") + us[:3],
        "{kd}": t.strftime("%m%d %H:%M:%S.") + us,
        "{sp}": t.strftime("%Y-%m-%d %H:%M:%S,") + us[:3],
        "{sp3}": t.strftime("%Y-%m-%d %H:%M:%S.") + us[:3],
        "{sp0}": t.strftime("%Y-%m-%d %H:%M:%S"),
        "{dr}": t.strftime("%Y%m%d %H:%M:%S.") + us + " UTC",
        "{ch}": t.strftime("%Y.%m.%d %H:%M:%S.") + us,
        "{sys}": "%s %2d %s" % (MON[t.month - 1], t.day, t.strftime("%H:%M:%S")),
        "{clf}": t.strftime("%d/") + MON[t.month - 1] + t.strftime("/%Y:%H:%M:%S +0000"),
        "{epoch}": "%.6f" % t.replace(tzinfo=datetime.timezone.utc).timestamp(),
        "{kern}": "[%12.6f]" % up,
        "{dart}": t.strftime("%Y-%m-%d %H:%M:%S.") + us,
        "{ng}": t.strftime("%Y/%m/%d %H:%M:%S"),
        "{redis}": t.strftime("%d ") + MON[t.month - 1] + t.strftime(" %Y %H:%M:%S.") + us[:3],
        "{fpm}": t.strftime("%d-") + MON[t.month - 1] + t.strftime("-%Y %H:%M:%S"),
        "{minio}": t.strftime("%H:%M:%S UTC %m/%d/%Y"),
        "{rb}": t.strftime("%Y-%m-%dT%H:%M:%S.") + us,
        "{rmq}": t.strftime("%Y-%m-%d %H:%M:%S.") + us + "+00:00",
        "{cry}": t.strftime("%Y-%m-%dT%H:%M:%S.") + us + "Z",
    }
    for k, v in subs.items():
        if k in line:
            line = line.replace(k, v)
    return line


def rec(key, tags, question, selector, base, lines, sev, cat, comp, cause, summary, action, ev):
    t0 = datetime.datetime.strptime(base, "%Y-%m-%dT%H:%M:%S")
    jit = random.Random("%d-%s" % (SEED, key))  # per-record: node uptime and sub-millisecond digits
    boot = t0 - datetime.timedelta(days=jit.randrange(3, 60), seconds=jit.randrange(86400))
    logs, last = [], -1.0
    for off, labels, text in lines:
        assert off >= last, (key, off)
        last = off
        t = t0 + datetime.timedelta(seconds=off)
        tl = t + datetime.timedelta(microseconds=jit.randrange(1000))
        logs.append({
            "ts": t.strftime("%Y-%m-%dT%H:%M:%S.") + t.strftime("%f")[:3] + "Z",
            "labels": dict(labels),
            "line": _fmt(text, tl, boot),
        })
    assert 10 <= len(logs) <= 14, (key, len(logs))
    for i in ev:
        assert 0 <= i < len(logs), (key, i)
    if cat == "none":
        assert sev == "INFO" and not ev and comp is None, key
    sel = {"namespace": None, "pod": None, "container": None, "node": None, "app": None}
    sel.update(selector or {})
    RECS.append({
        "key": key, "tags": list(tags),
        "record": {
            "id": None, "source": "synthetic:dev54", "question": question, "selector": sel, "logs": logs,
            "expected": {"severity": sev, "root_cause_category": cat, "component": comp,
                         "root_cause": cause, "summary": summary, "action": action, "evidence": list(ev)},
        },
    })


def write_all():
    keys = [r["key"] for r in RECS]
    assert len(set(keys)) == len(keys)
    RECS.sort(key=lambda r: r["key"])
    rng = random.Random(SEED)
    nums = list(range(1, len(RECS) + 1))
    rng.shuffle(nums)
    tags = {}
    out = []
    for r, n in zip(RECS, nums):
        rid = "dev54-%03d" % n
        r["record"]["id"] = rid
        tags[rid] = sorted(r["tags"])
        out.append(r["record"])
    out.sort(key=lambda d: d["id"])
    with open(os.path.join(OUT_DIR, "dev54.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False, sort_keys=False) + "\n")
    with open(os.path.join(OUT_DIR, "dev54.tags.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(dict(sorted(tags.items())), f, indent=1, sort_keys=True)
        f.write("\n")
    print("wrote %d records" % len(out))


# ---- part 1: healthy windows s01..s10 ----

# s01 brewery / Elixir Phoenix: routine Postgrex "client exited" disconnect
_l = P("brewhouse", "fermentation-telemetry", "fermentation-telemetry-6c9d7b5f4-kq2lw", "fermentation-telemetry", "brew-w1")
rec("s01", ["healthy-lookalike"], "Is fermentation telemetry ingest healthy right now?",
    {"namespace": "brewhouse", "app": "fermentation-telemetry"}, "2026-02-11T06:40:00", [
        (0.112, _l, "{hms} request_id=F2Jc8y1kQ0hVxPAAAB1h [info] POST /api/v1/readings"),
        (0.116, _l, "{hms} request_id=F2Jc8y1kQ0hVxPAAAB1h [info] Sent 201 in 3ms"),
        (2.804, _l, "{hms} [info] CONNECTED TO Phoenix.LiveView.Socket in 61\u00b5s  Transport: :websocket  Serializer: Phoenix.Socket.V2.JSONSerializer  Parameters: %{\"_csrf_token\" => \"[FILTERED]\", \"vsn\" => \"2.0.0\"}"),
        (2.990, _l, "{hms} [info] GET /tanks/FV-07"),
        (2.998, _l, "{hms} [info] Sent 200 in 7ms"),
        (14.551, _l, "{hms} [error] Postgrex.Protocol (#PID<0.2451.0>) disconnected: ** (DBConnection.ConnectionError) client #PID<0.3120.0> exited"),
        (15.201, _l, "{hms} request_id=F2Jc8zPmmE4b7ZcAAB2B [info] POST /api/v1/readings"),
        (15.205, _l, "{hms} request_id=F2Jc8zPmmE4b7ZcAAB2B [info] Sent 201 in 2ms"),
        (30.004, _l, "{hms} [info] Brewhouse.Rollup.Hourly: rolled up 14 tanks (FV-01..FV-14) in 212ms"),
        (31.870, _l, "{hms} [warning] tank FV-11 gravity 1.011 below target 1.012 for style saison; no action (within tolerance)"),
        (45.309, _l, "{hms} request_id=F2Jc80lq7b9sQ1kAAB3x [info] POST /api/v1/readings"),
        (45.313, _l, "{hms} request_id=F2Jc80lq7b9sQ1kAAB3x [info] Sent 201 in 3ms"),
    ], "INFO", "none", None,
    "No incident: readings are ingested with 201s; the Postgrex disconnect is a pooled connection dropped because the caller process (a closed LiveView) exited.",
    "Healthy fermentation telemetry window; one routine pool disconnect after a LiveView client left.",
    "Nothing to do.", [])

# s02 ski / RabbitMQ: consumer redeploy closes connections
_r = P("snowmaking", "snowmaking-rabbitmq", "snowmaking-rabbitmq-0", "rabbitmq", "ski-w2")
_e = EV("snowmaking", "snowgun-controller-7f6d9c4b8-2hwpz", "ski-w1")
rec("s02", ["healthy-lookalike"], "Why is RabbitMQ logging warnings about closed connections?",
    {"namespace": "snowmaking", "app": "snowmaking-rabbitmq"}, "2026-01-14T03:12:40", [
        (0.250, _e, "Normal  Killing  pod/snowgun-controller-5b8c7d9f6-qv4lm  Stopping container snowgun-controller"),
        (1.103, _r, "{rmq} [warning] <0.18211.0> closing AMQP connection <0.18211.0> (10.42.3.17:53412 -> 10.42.1.9:5672, vhost: 'snowmaking', user: 'snowgun-ctl'):\nclient unexpectedly closed TCP connection"),
        (1.104, _r, "{rmq} [warning] <0.18230.0> closing AMQP connection <0.18230.0> (10.42.3.17:53420 -> 10.42.1.9:5672, vhost: 'snowmaking', user: 'snowgun-ctl'):\nclient unexpectedly closed TCP connection"),
        (3.512, _e, "Normal  Pulled  pod/snowgun-controller-7f6d9c4b8-2hwpz  Container image \"registry.ski.internal/snowmaking/snowgun-controller:2.14.1\" already present on machine"),
        (3.790, _e, "Normal  Started  pod/snowgun-controller-7f6d9c4b8-2hwpz  Started container snowgun-controller"),
        (6.021, _r, "{rmq} [info] <0.18402.0> accepting AMQP connection <0.18402.0> (10.42.3.22:40118 -> 10.42.1.9:5672)"),
        (6.030, _r, "{rmq} [info] <0.18402.0> connection <0.18402.0> (10.42.3.22:40118 -> 10.42.1.9:5672): user 'snowgun-ctl' authenticated and granted access to vhost 'snowmaking'"),
        (6.044, _r, "{rmq} [info] <0.18419.0> accepting AMQP connection <0.18419.0> (10.42.3.22:40126 -> 10.42.1.9:5672)"),
        (6.051, _r, "{rmq} [info] <0.18419.0> connection <0.18419.0> (10.42.3.22:40126 -> 10.42.1.9:5672): user 'snowgun-ctl' authenticated and granted access to vhost 'snowmaking'"),
        (8.400, _e, "Normal  ScalingReplicaSet  deployment/snowgun-controller  Scaled down replica set snowgun-controller-5b8c7d9f6 to 0 from 1"),
        (60.002, _r, "{rmq} [info] <0.1210.0> Free disk space monitor: 41.2GiB free, limit 2.0GiB"),
    ], "INFO", "none", None,
    "No incident: the warnings are the old snowgun-controller pod closing its AMQP connections during a rolling update; the new pod reconnects and authenticates.",
    "Routine consumer redeploy seen from the broker side.",
    "Nothing to do.", [])

# s03 port / Cassandra: GC, compaction, hints, chunk cache message
_c = P("cranes", "crane-cassandra", "crane-cassandra-1", "cassandra", "port-w3")
rec("s03", ["healthy-lookalike"], "Cassandra for crane telemetry printed a WARN about memory; is it in trouble?",
    {"namespace": "cranes", "app": "crane-cassandra"}, "2026-02-02T14:03:00", [
        (1.482, _c, "INFO  [Service Thread] {sp} GCInspector.java:294 - G1 Young Generation GC in 212ms.  G1 Eden Space: 1140850688 -> 0; G1 Old Gen: 2317352960 -> 2391801856; G1 Survivor Space: 67108864 -> 75497472;"),
        (4.117, _c, "INFO  [CompactionExecutor:14] {sp} CompactionTask.java:241 - Compacted (5a1e0c70-c12f-11ef-9f1a-3b1d2e4c5a61) 4 sstables to [/var/lib/cassandra/data/telemetry/crane_metrics-8c1f2b40a0e011ee/nb-2291-big,] to level=0.  212.331MiB to 208.004MiB (~97% of original) in 18,433ms.  Read Throughput = 11.519MiB/s, Write Throughput = 11.284MiB/s, Row Throughput = ~1,120,442/s.  96,211 total partitions merged to 95,880.  Partition merge counts were {1:95549, 2:331, }"),
        (9.880, _c, "WARN  [ReadStage-3] {sp} NoSpamLogger.java:95 - Maximum memory usage reached (512.000MiB), cannot allocate chunk of 1.000MiB"),
        (12.301, _c, "INFO  [HintsDispatcher:3] {sp} HintsDispatchExecutor.java:289 - Finished hinted handoff of file 6b1f7e02-4f0a-4a3c-9d51-2c7e0b1a9f44-1770040980000-2.hints to endpoint /10.42.2.31:7000: 6b1f7e02-4f0a-4a3c-9d51-2c7e0b1a9f44"),
        (20.044, _c, "INFO  [Service Thread] {sp} GCInspector.java:294 - G1 Young Generation GC in 238ms.  G1 Eden Space: 1140850688 -> 0; G1 Old Gen: 2391801856 -> 2402287616;"),
        (25.510, _c, "INFO  [MemtableFlushWriter:7] {sp} Memtable.java:456 - Writing Memtable-crane_metrics@1288331442(96.210MiB serialized bytes, 402118 ops, 12%/0% of on/off-heap limit), flushed range = (min(-9223372036854775808), max(9223372036854775807)]"),
        (26.990, _c, "INFO  [MemtableFlushWriter:7] {sp} Memtable.java:485 - Completed flushing /var/lib/cassandra/data/telemetry/crane_metrics-8c1f2b40a0e011ee/nb-2293-big-Data.db (41.882MiB) for commitlog position CommitLogPosition(segmentId=1770036011203, position=21180311)"),
        (33.775, _c, "INFO  [CompactionExecutor:15] {sp} CompactionTask.java:162 - Compacting (7e10a3f0-c12f-11ef-9f1a-3b1d2e4c5a61) [/var/lib/cassandra/data/telemetry/crane_metrics-8c1f2b40a0e011ee/nb-2290-big-Data.db:level=0, /var/lib/cassandra/data/telemetry/crane_metrics-8c1f2b40a0e011ee/nb-2293-big-Data.db:level=0, ]"),
        (41.203, _c, "INFO  [Service Thread] {sp} GCInspector.java:294 - G1 Young Generation GC in 205ms.  G1 Eden Space: 1140850688 -> 0; G1 Old Gen: 2402287616 -> 2410676224;"),
        (47.931, _c, "WARN  [ReadStage-1] {sp} NoSpamLogger.java:95 - Maximum memory usage reached (512.000MiB), cannot allocate chunk of 1.000MiB"),
        (58.118, _c, "INFO  [OptionalTasks:1] {sp} CassandraRoleManager.java:339 - Created default superuser role 'cassandra' skipped: role already exists"),
    ], "INFO", "none", None,
    "No incident: 'Maximum memory usage reached ... cannot allocate chunk' is the chunk cache reaching its configured size, and the young GCs, flushes and compactions are routine.",
    "Healthy Cassandra node; the WARN is the chunk cache at its cap.",
    "Nothing to do.", [])

# s04 brewery / Laravel Horizon: graceful restart after deploy
_o = P("taproom", "taproom-horizon", "taproom-horizon-5d8f6c7b9-m2kxq", "horizon", "brew-w2")
_n = P("taproom", "taproom-horizon", "taproom-horizon-84b6d9f7c-z7tq4", "horizon", "brew-w3")
_e = EV("taproom", "taproom-horizon-5d8f6c7b9-m2kxq", "brew-w2")
rec("s04", ["healthy-lookalike"], "Horizon restarted in the taproom namespace; were any POS jobs lost?",
    {"namespace": "taproom", "app": "taproom-horizon"}, "2026-02-14T18:02:00", [
        (1.020, _o, "  {sp0} App\\Jobs\\SyncTabToKitchen ................................. RUNNING"),
        (1.061, _o, "  {sp0} App\\Jobs\\SyncTabToKitchen ........................... 38.12ms DONE"),
        (3.402, _o, "  {sp0} App\\Jobs\\PrintReceipt ...................................... RUNNING"),
        (3.611, _o, "  {sp0} App\\Jobs\\PrintReceipt ................................ 209.55ms DONE"),
        (9.004, _e, "Normal  Killing  pod/taproom-horizon-5d8f6c7b9-m2kxq  Stopping container horizon"),
        (9.120, _o, "   INFO  Shutting down."),
        (12.883, _o, "  {sp0} App\\Jobs\\PushSaleToAccounting ........................ 1s DONE"),
        (13.410, _n, "   INFO  Horizon started successfully."),
        (15.007, _n, "  {sp0} App\\Jobs\\SyncTabToKitchen ................................. RUNNING"),
        (15.049, _n, "  {sp0} App\\Jobs\\SyncTabToKitchen ........................... 41.87ms DONE"),
        (21.332, _n, "  {sp0} App\\Jobs\\PushSaleToAccounting ............................. RUNNING"),
        (22.540, _n, "  {sp0} App\\Jobs\\PushSaleToAccounting ........................ 1s DONE"),
    ], "INFO", "none", None,
    "No incident: the old Horizon pod was stopped by a rollout, finished its in-flight job before exiting, and the new pod started and processes jobs.",
    "Graceful Horizon restart during a deploy; jobs keep completing.",
    "Nothing to do.", [])

# s05 ski / Kotlin Ktor: normal ticket shop traffic
_k = P("tickets", "ticket-shop", "ticket-shop-7cc9f8d6b-4wq8n", "ticket-shop", "ski-w1")
rec("s05", [], "Anything unusual in the lift-ticket shop this morning?",
    {"namespace": "tickets", "app": "ticket-shop"}, "2026-01-20T09:14:00", [
        (2.118, _k, "{sp3} [eventLoopGroupProxy-4-2] INFO  Application - 200 OK: GET - /api/passes?date=2026-01-21 in 23ms"),
        (2.902, _k, "{sp3} [eventLoopGroupProxy-4-3] INFO  Application - 200 OK: GET - /api/passes/types in 6ms"),
        (5.417, _k, "{sp3} [eventLoopGroupProxy-4-1] INFO  Application - 201 Created: POST - /api/cart/items in 31ms"),
        (9.003, _k, "{sp3} [eventLoopGroupProxy-4-4] INFO  Application - 200 OK: GET - /health in 1ms"),
        (11.640, _k, "{sp3} [eventLoopGroupProxy-4-2] INFO  Application - 200 OK: GET - /api/cart in 12ms"),
        (14.221, _k, "{sp3} [DefaultDispatcher-worker-3] INFO  c.s.t.checkout.CheckoutService - order T-260120-08812 created: 2x adult day pass, total CHF 158.00"),
        (14.930, _k, "{sp3} [eventLoopGroupProxy-4-3] INFO  Application - 201 Created: POST - /api/checkout in 702ms"),
        (17.308, _k, "{sp3} [eventLoopGroupProxy-4-1] INFO  Application - 200 OK: POST - /webhooks/payments in 18ms"),
        (17.322, _k, "{sp3} [DefaultDispatcher-worker-1] INFO  c.s.t.checkout.PaymentWebhook - order T-260120-08812 paid, issuing 2 passes"),
        (19.003, _k, "{sp3} [eventLoopGroupProxy-4-4] INFO  Application - 200 OK: GET - /health in 1ms"),
        (23.771, _k, "{sp3} [eventLoopGroupProxy-4-2] INFO  Application - 404 Not Found: GET - /favicon.ico in 2ms"),
    ], "INFO", "none", None,
    "No incident: normal browsing, checkout and payment webhook traffic.",
    "Healthy ticket shop window.",
    "Nothing to do.", [])

# s06 port / Velero: nightly backup of customs completes
_v = P("velero", "velero", "velero-7b9c8d6f5-w8xkt", "velero", "port-w1")
rec("s06", ["healthy-lookalike"], "Did last night's backup of the customs namespace succeed?",
    {"namespace": "velero", "app": "velero"}, "2026-02-03T02:00:04", [
        (0.000, _v, 'time="{isos}" level=info msg="Setting up backup log" backup=velero/customs-nightly-20260203020004 controller=backup logSource="pkg/controller/backup_controller.go:617"'),
        (0.120, _v, 'time="{isos}" level=info msg="Setting up backup temp file" backup=velero/customs-nightly-20260203020004 logSource="pkg/controller/backup_controller.go:637"'),
        (0.340, _v, 'time="{isos}" level=info msg="Backing up resource" backup=velero/customs-nightly-20260203020004 group=v1 logSource="pkg/backup/item_collector.go:117" namespace=customs resource=pods'),
        (2.551, _v, 'time="{isos}" level=warning msg="Volume scratch in pod customs/customs-declarations-6d7f9b8c5-h4lpx is a hostPath volume which is not supported for pod volume backup, skipping" backup=velero/customs-nightly-20260203020004 logSource="pkg/podvolume/backupper.go:212"'),
        (3.004, _v, 'time="{isos}" level=info msg="Initializing data path for pod volume backup" backup=velero/customs-nightly-20260203020004 pod=customs/customs-db-0 volume=data logSource="pkg/podvolume/backupper.go:260"'),
        (48.880, _v, 'time="{isos}" level=info msg="Pod volume backup completed" backup=velero/customs-nightly-20260203020004 podVolumeBackup=velero/customs-nightly-20260203020004-7kq2d logSource="pkg/podvolume/backupper.go:330"'),
        (49.412, _v, 'time="{isos}" level=info msg="Backed up 212 items out of an estimated total of 212 (estimate will change throughout the backup)" backup=velero/customs-nightly-20260203020004 logSource="pkg/backup/backup.go:499"'),
        (50.003, _v, 'time="{isos}" level=info msg="Summary for skipped PVs: [{\\"name\\":\\"pvc-1f3c9e4a-scratch\\",\\"reasons\\":[{\\"approach\\":\\"podvolume\\",\\"reason\\":\\"hostPath volume\\"}]}]" backup=velero/customs-nightly-20260203020004 logSource="pkg/backup/backup.go:542"'),
        (50.118, _v, 'time="{isos}" level=info msg="Backup completed" backup=velero/customs-nightly-20260203020004 logSource="pkg/controller/backup_controller.go:786"'),
        (50.201, _v, 'time="{isos}" level=info msg="Updating backup\'s final status" backuprequest=velero/customs-nightly-20260203020004 controller=backup-finalizer logSource="pkg/controller/backup_finalizer_controller.go:111"'),
    ], "INFO", "none", None,
    "No incident: the backup completed with all 212 items; the warning is the expected skip of a hostPath scratch volume.",
    "Nightly customs backup succeeded; one expected hostPath skip.",
    "Nothing to do.", [])

# s07 ski / Swift Vapor: rolling update, early readiness failure
_n = P("patrol", "patrol-dispatch", "patrol-dispatch-6f7b8c9d4-tx2rm", "patrol-dispatch", "ski-w2")
_o = P("patrol", "patrol-dispatch", "patrol-dispatch-58d9c7b6f-pl9sk", "patrol-dispatch", "ski-w1")
_e = EV("patrol", "patrol-dispatch-6f7b8c9d4-tx2rm", "ski-w2")
rec("s07", ["healthy-lookalike"], "Why did patrol-dispatch report a failed readiness probe during the deploy?",
    {"namespace": "patrol", "app": "patrol-dispatch"}, "2026-01-30T16:20:00", [
        (0.402, _e, "Normal  Scheduled  pod/patrol-dispatch-6f7b8c9d4-tx2rm  Successfully assigned patrol/patrol-dispatch-6f7b8c9d4-tx2rm to ski-w2"),
        (1.230, _e, "Normal  Pulled  pod/patrol-dispatch-6f7b8c9d4-tx2rm  Successfully pulled image \"registry.ski.internal/patrol/dispatch:1.9.3\" in 812ms (812ms including waiting)"),
        (1.511, _e, "Normal  Started  pod/patrol-dispatch-6f7b8c9d4-tx2rm  Started container patrol-dispatch"),
        (2.020, _o, "[ INFO ] GET /api/incidents/open [request-id: 7C0F2A61-3B1E-4C7D-9A52-1E0B77D3C1A8]"),
        (3.509, _e, "Warning  Unhealthy  pod/patrol-dispatch-6f7b8c9d4-tx2rm  Readiness probe failed: Get \"http://10.42.4.17:8080/health\": dial tcp 10.42.4.17:8080: connect: connection refused"),
        (4.118, _n, "[ NOTICE ] Server starting on http://0.0.0.0:8080"),
        (8.501, _n, "[ INFO ] GET /health [request-id: 1B8E4D20-77A3-4F0C-B6D1-9F2A5C3E8B47]"),
        (9.210, _e, "Normal  ScalingReplicaSet  deployment/patrol-dispatch  Scaled down replica set patrol-dispatch-58d9c7b6f to 0 from 1"),
        (9.404, _e, "Normal  Killing  pod/patrol-dispatch-58d9c7b6f-pl9sk  Stopping container patrol-dispatch"),
        (12.733, _n, "[ INFO ] POST /api/incidents [request-id: 4E2C9B71-0D3A-4A18-8C6F-2B5E7D1A9F30]"),
        (12.760, _n, "[ INFO ] radio channel 3 (Lift 7 summit) notified of incident P-2026-0412"),
        (18.502, _n, "[ INFO ] GET /health [request-id: 9A1D3E5F-2C4B-4E6A-8F7D-0B3C5E1A2D94]"),
    ], "INFO", "none", None,
    "No incident: the readiness probe hit the new pod a moment before Vapor bound its port; the next probe passed and the rollout completed.",
    "Normal rolling update of patrol-dispatch; one expected early readiness miss.",
    "Nothing to do (optionally add an initialDelaySeconds or startupProbe).", [])

# s08 brewery / Sidekiq: normal distributor order jobs
_s = P("distribution", "distributor-sync", "distributor-sync-worker-69c8b7d5f-q4xzn", "sidekiq", "brew-w3")
rec("s08", [], "Are distributor order exports running normally?",
    {"namespace": "distribution", "app": "distributor-sync"}, "2026-02-10T07:30:00", [
        (1.123, _s, "{iso} pid=1 tid=2ab4 class=OrderExportJob jid=9f3c1a7e2b4d6f8a0c1e3b5d INFO: start"),
        (1.535, _s, "{iso} pid=1 tid=2ab4 class=OrderExportJob jid=9f3c1a7e2b4d6f8a0c1e3b5d elapsed=0.412 INFO: done"),
        (4.010, _s, "{iso} pid=1 tid=2ac8 class=InventorySnapshotJob jid=1d3f5b7a9c2e4f6a8b0c2d4e INFO: start"),
        (6.882, _s, "{iso} pid=1 tid=2ac8 class=InventorySnapshotJob jid=1d3f5b7a9c2e4f6a8b0c2d4e elapsed=2.872 INFO: done"),
        (9.440, _s, "{iso} pid=1 tid=2b1c class=OrderExportJob jid=6a8c0e2f4b6d8a1c3e5f7b9d INFO: start"),
        (9.701, _s, "{iso} pid=1 tid=2b1c class=OrderExportJob jid=6a8c0e2f4b6d8a1c3e5f7b9d elapsed=0.261 INFO: done"),
        (15.002, _s, "{iso} pid=1 tid=2ab4 class=InvoiceMailerJob jid=3e5a7c9b1d3f5e7a9c1b3d5f INFO: start"),
        (15.389, _s, "{iso} pid=1 tid=2ab4 class=InvoiceMailerJob jid=3e5a7c9b1d3f5e7a9c1b3d5f elapsed=0.387 INFO: done"),
        (30.000, _s, "{iso} pid=1 tid=2b44 INFO: Enqueued 3 scheduled jobs (sidekiq-cron: distributor_hourly_export)"),
        (30.114, _s, "{iso} pid=1 tid=2ac8 class=OrderExportJob jid=8b0d2f4a6c8e0a2b4d6f8a0c INFO: start"),
        (30.512, _s, "{iso} pid=1 tid=2ac8 class=OrderExportJob jid=8b0d2f4a6c8e0a2b4d6f8a0c elapsed=0.398 INFO: done"),
    ], "INFO", "none", None,
    "No incident: export, snapshot and mailer jobs start and finish in well under a few seconds.",
    "Healthy Sidekiq window for distributor-sync.",
    "Nothing to do.", [])

# s09 port / Caddy: certificate renewal inside renewal window
_y = P("truckgate", "gate-caddy", "gate-caddy-0", "caddy", "port-w2")
rec("s09", ["healthy-lookalike"], "Caddy says the gate certificate expires soon; do we need to act?",
    {"namespace": "truckgate", "app": "gate-caddy"}, "2026-02-21T04:10:00", [
        (0.201, _y, '{"level":"info","ts":{epoch},"logger":"tls.cache.maintenance","msg":"certificate expires soon; queuing for renewal","identifiers":["gate.portauthority.example"],"remaining":2591876.412}'),
        (0.204, _y, '{"level":"info","ts":{epoch},"logger":"tls.renew","msg":"acquiring lock","identifier":"gate.portauthority.example"}'),
        (0.219, _y, '{"level":"info","ts":{epoch},"logger":"tls.renew","msg":"lock acquired","identifier":"gate.portauthority.example"}'),
        (0.230, _y, '{"level":"info","ts":{epoch},"logger":"tls.renew","msg":"renewing certificate","identifier":"gate.portauthority.example","remaining":2591876.386}'),
        (1.118, _y, '{"level":"info","ts":{epoch},"logger":"tls.issuance.acme.acme_client","msg":"trying to solve challenge","identifier":"gate.portauthority.example","challenge_type":"tls-alpn-01","ca":"https://acme-v02.api.letsencrypt.org/directory"}'),
        (1.502, _y, '{"level":"info","ts":{epoch},"logger":"tls","msg":"served key authentication certificate","server_name":"gate.portauthority.example","challenge":"tls-alpn-01","remote":"23.178.112.104:41032","distributed":false}'),
        (2.917, _y, '{"level":"info","ts":{epoch},"logger":"tls.issuance.acme.acme_client","msg":"authorization finalized","identifier":"gate.portauthority.example","authz_status":"valid"}'),
        (2.918, _y, '{"level":"info","ts":{epoch},"logger":"tls.issuance.acme.acme_client","msg":"validations succeeded; finalizing order","order":"https://acme-v02.api.letsencrypt.org/acme/order/1894412207/301558871022"}'),
        (4.380, _y, '{"level":"info","ts":{epoch},"logger":"tls.issuance.acme.acme_client","msg":"successfully downloaded available certificate chains","count":2,"first_url":"https://acme-v02.api.letsencrypt.org/acme/cert/04c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7"}'),
        (4.391, _y, '{"level":"info","ts":{epoch},"logger":"tls.renew","msg":"certificate renewed successfully","identifier":"gate.portauthority.example"}'),
        (4.392, _y, '{"level":"info","ts":{epoch},"logger":"tls.renew","msg":"releasing lock","identifier":"gate.portauthority.example"}'),
        (4.405, _y, '{"level":"info","ts":{epoch},"logger":"tls","msg":"reloading managed certificate","identifiers":["gate.portauthority.example"]}'),
        (7.660, _y, '{"level":"info","ts":{epoch},"logger":"http.log.access.log0","msg":"handled request","request":{"remote_ip":"10.42.0.1","proto":"HTTP/2.0","method":"GET","host":"gate.portauthority.example","uri":"/api/appointments?slot=today"},"duration":0.021,"size":4180,"status":200}'),
    ], "INFO", "none", None,
    "No incident: the certificate entered Caddy's 30-day renewal window and was renewed successfully through the ACME tls-alpn-01 challenge.",
    "Routine automatic certificate renewal for the truck gate site.",
    "Nothing to do.", [])

# s10 ski / Crystal Kemal: denied scans for expired passes
_g = P("lifts", "lift-gate", "lift-gate-5f8d7c6b9-vk3np", "lift-gate", "ski-w3")
rec("s10", ["healthy-lookalike"], "The lift-gate service returns many 403s; is the gate system broken?",
    {"namespace": "lifts", "app": "lift-gate"}, "2026-01-25T08:41:00", [
        (1.204, _g, "{cry}   INFO - gate.scan: gate G7-03 pass 41A9-7730 accepted (adult day, valid 2026-01-25)"),
        (1.209, _g, "{sp0} UTC 200 POST /api/v1/scan 4.21ms"),
        (2.884, _g, "{cry}   INFO - gate.scan: gate G7-01 pass 7G3K-2219 denied: expired 2026-01-24"),
        (2.887, _g, "{sp0} UTC 403 POST /api/v1/scan 3.02ms"),
        (3.410, _g, "{cry}   INFO - gate.scan: gate G7-02 pass 90BC-1184 accepted (season, valid 2026-04-19)"),
        (3.414, _g, "{sp0} UTC 200 POST /api/v1/scan 3.77ms"),
        (5.031, _g, "{cry}   INFO - gate.scan: gate G7-01 pass 7G3K-2219 denied: expired 2026-01-24"),
        (5.033, _g, "{sp0} UTC 403 POST /api/v1/scan 2.95ms"),
        (6.270, _g, "{cry}   INFO - gate.scan: gate G2-04 pass 2D7F-6602 denied: already used at G2-04 within 10 min (anti-passback)"),
        (6.273, _g, "{sp0} UTC 403 POST /api/v1/scan 3.18ms"),
        (7.802, _g, "{cry}   INFO - gate.scan: gate G2-01 pass 5E1A-0047 accepted (child day, valid 2026-01-25)"),
        (7.806, _g, "{sp0} UTC 200 POST /api/v1/scan 4.44ms"),
        (10.000, _g, "{sp0} UTC 200 GET /health 0.12ms"),
    ], "INFO", "none", None,
    "No incident: the 403s are business denials (expired pass, anti-passback) while valid passes are accepted in a few milliseconds.",
    "Normal lift-gate scanning; denials are expected outcomes.",
    "Nothing to do.", [])


# ---- part 2: WARN incidents s11..s20 ----

# s11 ski / Haskell warp + katip: slow weather-feed, retries succeed
_p = "snowmaking-control-7b4c9d5f6-8kq2m"
_c = P("snowmaking", "snowmaking-control", _p, "snowmaking-control", "ski-w1")
_w = P("snowmaking", "weather-feed", "weather-feed-5c6d8f9b7-jx4tr", "weather-feed", "ski-w2")
_kt = "[{sp0}][snowmaking-control.%s][%s][" + _p + "][PID 1][ThreadId %d][main:Snow.%s] %s"
rec("s11", ["quiet-cause", "outside-selector"], "Why does snowmaking-control keep logging ResponseTimeout warnings?",
    {"namespace": "snowmaking", "app": "snowmaking-control"}, "2026-01-14T02:30:00", [
        (0.210, _c, '10.42.1.5 - - [{clf}] "GET /api/guns?zone=piste-7 HTTP/1.1" 200 - "" "okhttp/4.12.0"'),
        (1.004, _c, _kt % ("loop", "Info", 31, "Control src/Snow/Control.hs:142:9", "control tick: 42 guns online, setpoint wet-bulb -2.5C")),
        (1.020, _w, "2026-01-14 02:30:01,020 INFO  [weather.feed.cache] - refreshing station cache (summit, mid, base) under lock"),
        (6.031, _c, _kt % ("weather", "Warning", 47, "Weather src/Snow/Weather.hs:88:5", 'weather-feed call failed, retry 1/3 in 500ms: HttpExceptionRequest Request { host = "weather-feed.snowmaking.svc.cluster.local" port = 8080 secure = False path = "/v1/conditions" queryString = "?station=summit" method = "GET" responseTimeout = ResponseTimeoutMicro 5000000 } ResponseTimeout')),
        (8.442, _w, "2026-01-14 02:30:08,442 WARN  [weather.feed.cache] - station cache refresh took 7422 ms (lock held, 3 requests waiting); upstream meteo poll summit=6980ms"),
        (8.470, _c, _kt % ("weather", "Info", 47, "Weather src/Snow/Weather.hs:97:5", "weather-feed ok after 1 retry: summit wet-bulb -4.3C rh 71%")),
        (16.002, _c, _kt % ("loop", "Info", 31, "Control src/Snow/Control.hs:142:9", "control tick: 42 guns online, 38 at setpoint")),
        (16.300, _c, '10.42.1.5 - - [{clf}] "GET /api/guns?zone=piste-7 HTTP/1.1" 200 - "" "okhttp/4.12.0"'),
        (61.021, _w, "2026-01-14 02:31:01,021 INFO  [weather.feed.cache] - refreshing station cache (summit, mid, base) under lock"),
        (66.035, _c, _kt % ("weather", "Warning", 52, "Weather src/Snow/Weather.hs:88:5", 'weather-feed call failed, retry 1/3 in 500ms: HttpExceptionRequest Request { host = "weather-feed.snowmaking.svc.cluster.local" port = 8080 secure = False path = "/v1/conditions" queryString = "?station=mid" method = "GET" responseTimeout = ResponseTimeoutMicro 5000000 } ResponseTimeout')),
        (67.912, _w, "2026-01-14 02:31:07,912 WARN  [weather.feed.cache] - station cache refresh took 6891 ms (lock held, 2 requests waiting); upstream meteo poll summit=6455ms"),
        (67.940, _c, _kt % ("weather", "Info", 52, "Weather src/Snow/Weather.hs:97:5", "weather-feed ok after 1 retry: mid wet-bulb -3.1C rh 78%")),
    ], "WARN", "timeout", "weather-feed",
    "weather-feed refreshes its station cache synchronously under a lock; each refresh takes ~7 s because of a slow upstream poll, so snowmaking-control's 5 s requests time out until the refresh finishes.",
    "snowmaking-control sees periodic ResponseTimeout from weather-feed and succeeds on retry; weather-feed blocks readers while refreshing its cache.",
    "Make the weather-feed cache refresh asynchronous (serve stale data during refresh) or put a deadline on the upstream meteo poll.",
    [3, 4, 9, 10])

# s12 port / MariaDB Galera certification conflicts, retried by berth-scheduler
_s = P("berths", "berth-scheduler", "berth-scheduler-6d8b7c5f9-w2ntx", "berth-scheduler", "port-w1")
_g0 = P("berths", "berth-galera", "berth-galera-0", "mariadb", "port-w2")
_g1 = P("berths", "berth-galera", "berth-galera-1", "mariadb", "port-w3")
rec("s12", ["outside-selector"], "berth-scheduler logs deadlock exceptions; are berth allocations failing?",
    {"namespace": "berths", "app": "berth-scheduler"}, "2026-02-05T10:21:10", [
        (1.118, _s, "{sp} INFO  [berth.scheduler.alloc] - allocate berth B4 vessel=\"MSC ANNA\" eta=2026-02-05T14:00Z window=6h"),
        (1.231, _g0, "{sp0} 12 [Note] WSREP: cluster conflict due to certification failure for threads:"),
        (1.232, _g0, "{sp0} 12 [Note] WSREP: Victim thread: THD: 12, mode: local, state: exec, conflict: certification failure, seqno: 1829911 SQL: UPDATE berth_slot SET vessel_id = 88412, state = 'RESERVED' WHERE berth = 'B4' AND slot_start = '2026-02-05 14:00:00'"),
        (1.240, _s, "{sp} WARN  [berth.scheduler.db] - tx allocate-berth attempt 1/3 rolled back, retrying: java.sql.SQLTransactionRollbackException: (conn=8812) Deadlock found when trying to get lock; try restarting transaction"),
        (1.302, _s, "{sp} INFO  [berth.scheduler.alloc] - berth B4 reserved for \"MSC ANNA\" (attempt 2)"),
        (4.880, _s, "{sp} INFO  [ring.logger] - Finished :post /api/allocations for 10.42.0.17 in (71 ms) Status: 201"),
        (9.004, _g1, "{sp0} 31 [Note] WSREP: cluster conflict due to certification failure for threads:"),
        (9.005, _g1, "{sp0} 31 [Note] WSREP: Victim thread: THD: 31, mode: local, state: exec, conflict: certification failure, seqno: 1829964 SQL: UPDATE berth_slot SET vessel_id = 90133, state = 'RESERVED' WHERE berth = 'B4' AND slot_start = '2026-02-05 20:00:00'"),
        (9.012, _s, "{sp} WARN  [berth.scheduler.db] - tx allocate-berth attempt 1/3 rolled back, retrying: java.sql.SQLTransactionRollbackException: (conn=9120) Deadlock found when trying to get lock; try restarting transaction"),
        (9.090, _s, "{sp} INFO  [berth.scheduler.alloc] - berth B4 reserved for \"CMA CGM RIGOLETTO\" (attempt 2)"),
        (15.550, _s, "{sp} INFO  [berth.scheduler.pool] - HikariPool-1 stats (total=10, active=1, idle=9, waiting=0); jdbc url jdbc:mariadb:loadbalance://berth-galera-0,berth-galera-1,berth-galera-2/berths"),
        (20.301, _s, "{sp} INFO  [ring.logger] - Finished :get /api/berths/B4/slots for 10.42.0.17 in (9 ms) Status: 200"),
    ], "WARN", "database", "berth-galera",
    "Concurrent writes to the same berth_slot rows land on different Galera nodes (jdbc loadbalance across all three), so Galera aborts one transaction with a certification conflict that surfaces as a deadlock; the scheduler's retry succeeds.",
    "Galera certification conflicts from multi-node writes cause deadlock errors that berth-scheduler retries successfully.",
    "Send writes for the berths schema to a single Galera node (e.g. sequential/failover JDBC mode or a proxy write-primary); keep the retry.",
    [1, 2, 6, 7])

# s13 brewery / Sidekiq: distributor API 429, retries succeed
_s = P("distribution", "distributor-sync", "distributor-sync-worker-69c8b7d5f-q4xzn", "sidekiq", "brew-w3")
rec("s13", [], "Why are OrderExportJob jobs failing in Sidekiq?",
    {"namespace": "distribution", "app": "distributor-sync"}, "2026-02-17T08:00:00", [
        (0.412, _s, "{iso} pid=1 tid=2ab4 class=OrderExportJob jid=5c7e9a1b3d5f7a9c1e3b5d7f INFO: start"),
        (0.733, _s, "{iso} pid=1 tid=2ab4 INFO: EdiClient POST https://api.hopsline-distributors.example/v2/orders -> 429 (Retry-After: 30, X-RateLimit-Limit: 60, X-RateLimit-Remaining: 0)"),
        (0.741, _s, "{iso} pid=1 tid=2ab4 class=OrderExportJob jid=5c7e9a1b3d5f7a9c1e3b5d7f elapsed=0.329 INFO: fail"),
        (0.742, _s, '{iso} pid=1 tid=2ab4 WARN: {"context":"Job raised exception","job":{"retry":8,"queue":"edi","class":"OrderExportJob","args":["DST-20931"],"jid":"5c7e9a1b3d5f7a9c1e3b5d7f","enqueued_at":1771315200.1}}'),
        (0.742, _s, "{iso} pid=1 tid=2ab4 WARN: Faraday::TooManyRequestsError: the server responded with status 429"),
        (0.743, _s, "{iso} pid=1 tid=2ab4 WARN: /usr/local/bundle/gems/faraday-2.9.0/lib/faraday/response/raise_error.rb:38:in `on_complete'"),
        (0.980, _s, "{iso} pid=1 tid=2ac8 class=OrderExportJob jid=7d9f1b3a5c7e9b1d3f5a7c9e INFO: start"),
        (1.201, _s, "{iso} pid=1 tid=2ac8 class=OrderExportJob jid=7d9f1b3a5c7e9b1d3f5a7c9e elapsed=0.221 INFO: fail"),
        (1.202, _s, "{iso} pid=1 tid=2ac8 WARN: Faraday::TooManyRequestsError: the server responded with status 429"),
        (44.310, _s, "{iso} pid=1 tid=2b1c class=OrderExportJob jid=5c7e9a1b3d5f7a9c1e3b5d7f INFO: start"),
        (44.702, _s, "{iso} pid=1 tid=2b1c class=OrderExportJob jid=5c7e9a1b3d5f7a9c1e3b5d7f elapsed=0.392 INFO: done"),
        (51.020, _s, "{iso} pid=1 tid=2ab4 class=OrderExportJob jid=7d9f1b3a5c7e9b1d3f5a7c9e INFO: start"),
        (51.398, _s, "{iso} pid=1 tid=2ab4 class=OrderExportJob jid=7d9f1b3a5c7e9b1d3f5a7c9e elapsed=0.378 INFO: done"),
    ], "WARN", "rate_limited", "distributor-sync",
    "The hourly burst of OrderExportJob jobs exceeds the distributor API limit of 60 requests per minute; the API answers 429 and Sidekiq's retries deliver the orders later.",
    "Distributor API throttles order exports with 429; Sidekiq retries succeed.",
    "Throttle the edi queue (e.g. concurrency limit or rate limiter at 60/min) and honour Retry-After instead of relying on the retry backoff.",
    [1, 4, 8])

# s14 port / kubelet disk pressure on port-w2 evicts gate-appointments
_a1 = P("truckgate", "gate-appointments", "gate-appointments-6b7c9d8f5-rx2kl", "gate-appointments", "port-w2")
_a2 = P("truckgate", "gate-appointments", "gate-appointments-6b7c9d8f5-8dmzq", "gate-appointments", "port-w1")
_kl = J("port-w2", "kubelet.service")
rec("s14", ["quiet-cause", "outside-selector"], "Why was a gate-appointments pod restarted this afternoon?",
    {"namespace": "truckgate", "app": "gate-appointments"}, "2026-02-12T15:40:00", [
        (0.118, _a1, "{dart}\t0:00:00.018211\tGET\t[200]\t/api/appointments?terminal=T2&slot=15:30"),
        (2.004, _kl, 'I{kd}    1873 image_gc_manager.go:305] "Disk usage on image filesystem is over the high threshold, trying to free bytes down to the low threshold" usage=91 highThreshold=85 amountToFree=12884901888 lowThreshold=80'),
        (2.441, _kl, 'E{kd}    1873 kubelet.go:1462] "Image garbage collection failed multiple times in a row" err="Failed to garbage collect required amount of images. Attempted to free 12884901888 bytes, but only found 1203765248 bytes eligible to free."'),
        (10.020, EV("default", None, "port-w2", "Node"), "Normal  NodeHasDiskPressure  node/port-w2  Node port-w2 status is now: NodeHasDiskPressure"),
        (10.502, _kl, 'W{kd}    1873 eviction_manager.go:366] "Eviction manager: attempting to reclaim" resourceName="ephemeral-storage"'),
        (10.611, _kl, 'I{kd}    1873 eviction_manager.go:395] "Eviction manager: pods ranked for eviction" pods=["truckgate/gate-appointments-6b7c9d8f5-rx2kl","cranes/crane-exporter-f8c7d-9xw2b"]'),
        (10.730, EV("truckgate", "gate-appointments-6b7c9d8f5-rx2kl", "port-w2"), "Warning  Evicted  pod/gate-appointments-6b7c9d8f5-rx2kl  The node was low on resource: ephemeral-storage. Threshold quantity: 10737418240, available: 8613988Ki. Container gate-appointments was using 212Mi, request is 0, has larger consumption of ephemeral-storage."),
        (10.812, _a1, "INFO: {dart}: gate_appointments: SIGTERM received, draining 3 open requests"),
        (12.204, _kl, 'I{kd}    1873 eviction_manager.go:616] "Eviction manager: pod is evicted successfully" pod="truckgate/gate-appointments-6b7c9d8f5-rx2kl"'),
        (14.551, EV("truckgate", "gate-appointments-6b7c9d8f5-8dmzq", "port-w1"), "Normal  Scheduled  pod/gate-appointments-6b7c9d8f5-8dmzq  Successfully assigned truckgate/gate-appointments-6b7c9d8f5-8dmzq to port-w1"),
        (17.930, _a2, "INFO: {dart}: gate_appointments: Serving at http://0.0.0.0:8080"),
        (19.006, _a2, "{dart}\t0:00:00.021440\tGET\t[200]\t/api/appointments?terminal=T2&slot=15:30"),
    ], "WARN", "resource_exhausted", "port-w2",
    "Node port-w2's image filesystem is at 91% and image garbage collection cannot free enough (most images are in use), so the kubelet signals DiskPressure and evicts pods for ephemeral-storage.",
    "DiskPressure on port-w2 evicted a gate-appointments replica, which was rescheduled to port-w1 and serves again.",
    "Free or grow the disk on port-w2 (prune unused images, move container logs, enlarge the volume) and consider ephemeral-storage requests for the gate pods.",
    [1, 2, 3, 4, 6])

# s15 port / Clojure Ring: readiness probe timeout flaps one replica
_c1 = P("customs", "customs-declarations", "customs-declarations-6d7f9b8c5-h4lpx", "customs-declarations", "port-w3")
_c2 = P("customs", "customs-declarations", "customs-declarations-6d7f9b8c5-pq8zt", "customs-declarations", "port-w1")
_ev = EV("customs", "customs-declarations-6d7f9b8c5-h4lpx", "port-w3")
rec("s15", [], "Why does one customs-declarations pod keep dropping out of Ready?",
    {"namespace": "customs", "app": "customs-declarations"}, "2026-02-04T11:02:00", [
        (0.310, _c1, "{sp} INFO  [ring.logger] - Finished :post /api/declarations for 10.42.0.9 in (84 ms) Status: 201"),
        (3.118, _c1, "{sp} INFO  [customs.health] - readiness: db ok in 11 ms, ncts-gateway ping ok in 1431 ms"),
        (3.120, _c1, "{sp} INFO  [ring.logger] - Finished :get /ready for 10.42.3.1 in (1480 ms) Status: 200"),
        (3.640, _ev, "Warning  Unhealthy  pod/customs-declarations-6d7f9b8c5-h4lpx  Readiness probe failed: Get \"http://10.42.3.44:3000/ready\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)"),
        (6.902, _c2, "{sp} INFO  [ring.logger] - Finished :post /api/declarations for 10.42.0.9 in (77 ms) Status: 201"),
        (13.512, _c1, "{sp} INFO  [ring.logger] - Finished :get /ready for 10.42.3.1 in (1512 ms) Status: 200"),
        (13.700, _ev, "Warning  Unhealthy  pod/customs-declarations-6d7f9b8c5-h4lpx  Readiness probe failed: Get \"http://10.42.3.44:3000/ready\": context deadline exceeded (Client.Timeout exceeded while awaiting headers) (x2 over 10s)"),
        (23.361, _c1, "{sp} INFO  [ring.logger] - Finished :get /ready for 10.42.3.1 in (640 ms) Status: 200"),
        (25.004, _c2, "{sp} INFO  [ring.logger] - Finished :get /api/declarations/DEC-2026-118842 for 10.42.0.9 in (14 ms) Status: 200"),
        (33.590, _c1, "{sp} INFO  [customs.health] - readiness: db ok in 9 ms, ncts-gateway ping ok in 1390 ms"),
        (33.700, _ev, "Warning  Unhealthy  pod/customs-declarations-6d7f9b8c5-h4lpx  Readiness probe failed: Get \"http://10.42.3.44:3000/ready\": context deadline exceeded (Client.Timeout exceeded while awaiting headers) (x3 over 30s)"),
        (38.212, _c2, "{sp} INFO  [ring.logger] - Finished :post /api/declarations for 10.42.0.9 in (91 ms) Status: 201"),
    ], "WARN", "probe_failure", "customs-declarations",
    "The /ready handler synchronously pings the external NCTS gateway (~1.4 s) while the readiness probe's timeout is 1 s, so the probe times out even though the process serves requests normally.",
    "One customs-declarations replica flaps out of Ready on probe timeouts; the other replicas keep serving declarations.",
    "Remove the external NCTS ping from /ready (check it asynchronously) or raise the readiness timeoutSeconds above its latency.",
    [1, 2, 3, 6, 10])

# s16 brewery / Elixir + RabbitMQ: broker restart, publisher reconnects
_t = P("brewhouse", "fermentation-telemetry", "fermentation-telemetry-6c9d7b5f4-kq2lw", "fermentation-telemetry", "brew-w1")
_r0 = P("brewhouse", "brewhouse-rabbitmq", "brewhouse-rabbitmq-0", "rabbitmq", "brew-w2")
rec("s16", ["quiet-cause", "outside-selector"], "Why did fermentation-telemetry log AMQP connection errors?",
    {"namespace": "brewhouse", "app": "fermentation-telemetry"}, "2026-02-19T22:05:00", [
        (0.412, _t, "{hms} request_id=F2Kd1a7LxQ3nRWsAAC4e [info] POST /api/v1/readings"),
        (1.003, EV("brewhouse", "brewhouse-rabbitmq-0", "brew-w2"), "Normal  Killing  pod/brewhouse-rabbitmq-0  Stopping container rabbitmq"),
        (1.240, _r0, "{rmq} [info] <0.1012.0> RabbitMQ is asked to stop..."),
        (3.911, _t, "{hms} [error] Brewhouse.Amqp.Publisher: connection lost: {:shutdown, {:server_initiated_close, 320, \"CONNECTION_FORCED - broker forced connection closure with reason 'shutdown'\"}}"),
        (4.002, _t, "{hms} [warning] Brewhouse.Amqp.Publisher: connect to amqp://brewhouse-rabbitmq.brewhouse.svc:5672 failed: :econnrefused, retry 1 in 2000ms (buffering readings)"),
        (6.010, _t, "{hms} [warning] Brewhouse.Amqp.Publisher: connect to amqp://brewhouse-rabbitmq.brewhouse.svc:5672 failed: :econnrefused, retry 2 in 4000ms (buffering readings)"),
        (10.021, _t, "{hms} [warning] Brewhouse.Amqp.Publisher: connect to amqp://brewhouse-rabbitmq.brewhouse.svc:5672 failed: :econnrefused, retry 3 in 8000ms (buffering readings)"),
        (14.530, _r0, "{rmq} [info] <0.230.0> Starting RabbitMQ 3.13.1 on Erlang 26.2.4 [jit]"),
        (17.882, _r0, "{rmq} [info] <0.230.0> Server startup complete; 5 plugins started."),
        (18.040, _t, "{hms} [info] Brewhouse.Amqp.Publisher: connected to brewhouse-rabbitmq.brewhouse.svc:5672, channel 1 opened"),
        (18.112, _t, "{hms} [info] Brewhouse.Amqp.Publisher: flushed 214 buffered readings to exchange fermentation.readings"),
        (20.415, _t, "{hms} request_id=F2Kd1bQ0cR7mYHsAAC5f [info] POST /api/v1/readings"),
    ], "WARN", "connection_refused", "brewhouse-rabbitmq",
    "The single-replica brewhouse-rabbitmq broker was restarted, so for about 15 s connections to port 5672 were refused; the publisher buffered readings and reconnected.",
    "Telemetry publisher got econnrefused while the only RabbitMQ pod restarted; it recovered and flushed its buffer.",
    "Run RabbitMQ as a 3-node cluster with a PodDisruptionBudget (or schedule broker restarts) so publishers do not depend on buffering.",
    [1, 2, 4])

# s17 ski / Dart shelf: one radio-gateway replica has an expired certificate
_d = P("patrol", "patrol-radio-bridge", "patrol-radio-bridge-5b9f7d6c8-n4vxs", "radio-bridge", "ski-w2")
_hs = "ClientException: HandshakeException: Handshake error in client (OS Error: CERTIFICATE_VERIFY_FAILED: certificate has expired(handshake.cc:393)), uri=https://radio-gateway-1.radio-gateway.patrol.svc:8443/v1/channels/%d/page"
rec("s17", ["nested-cause"], "Why is the patrol radio bridge failing over between radio gateways?",
    {"namespace": "patrol", "app": "patrol-radio-bridge"}, "2026-01-31T10:02:00", [
        (0.512, _d, "INFO: {dart}: radio: page incident P-2026-0433 to channel 3 via radio-gateway-1"),
        (0.601, _d, "WARNING: {dart}: radio: page via radio-gateway-1 failed: " + (_hs % 3) + "; failing over to radio-gateway-2"),
        (0.812, _d, "INFO: {dart}: radio: page P-2026-0433 delivered via radio-gateway-2 in 211ms"),
        (0.815, _d, "{dart}\t0:00:00.303118\tPOST\t[202]\t/v1/page"),
        (5.004, _d, "INFO: {dart}: radio: gateway pool check: radio-gateway-0 ok, radio-gateway-1 tls_error (peer cert notAfter=2026-01-31T00:00:00Z), radio-gateway-2 ok"),
        (9.997, _d, "{dart}\t0:00:00.000412\tGET\t[200]\t/health"),
        (14.220, _d, "INFO: {dart}: radio: page incident P-2026-0434 to channel 5 via radio-gateway-0"),
        (14.420, _d, "INFO: {dart}: radio: page P-2026-0434 delivered via radio-gateway-0 in 198ms"),
        (14.422, _d, "{dart}\t0:00:00.201930\tPOST\t[202]\t/v1/page"),
        (28.731, _d, "INFO: {dart}: radio: page incident P-2026-0435 to channel 1 via radio-gateway-1"),
        (28.806, _d, "WARNING: {dart}: radio: page via radio-gateway-1 failed: " + (_hs % 1) + "; failing over to radio-gateway-2"),
        (29.010, _d, "INFO: {dart}: radio: page P-2026-0435 delivered via radio-gateway-2 in 204ms"),
        (29.012, _d, "{dart}\t0:00:00.281377\tPOST\t[202]\t/v1/page"),
    ], "WARN", "tls_certificate", "radio-gateway",
    "The serving certificate of radio-gateway-1 expired at 2026-01-31T00:00Z, so TLS handshakes to that replica fail; the bridge fails over to the other gateways and pages still go out.",
    "Pages routed to radio-gateway-1 fail certificate verification (expired) and are delivered through other replicas.",
    "Renew and reload the radio-gateway-1 certificate (and check why its per-pod certificate was not rotated with the others).",
    [1, 4, 10])

# s18 port / Longhorn replica failed by disk I/O errors on port-w4
_kn = K("port-w4")
_im = P("longhorn-system", "longhorn-instance-manager", "instance-manager-2c7f1b9e0d4a5f63e8b1c9a7d2f4e6b0", "instance-manager", "port-w3")
_lm = P("longhorn-system", "longhorn-manager", "longhorn-manager-x8k2p", "longhorn-manager", "port-w3")
_vol = "pvc-3f2a9c1e-7b4d-4e8a-9c61-0d2f5b8a7e13"
rec("s18", ["quiet-cause", "outside-selector"], "Longhorn reports a degraded volume for crane telemetry; what happened?",
    {"namespace": "longhorn-system", "app": "longhorn-manager"}, "2026-02-08T03:17:00", [
        (0.402, _kn, "{kern} sd 2:0:0:0: [sdb] tag#18 FAILED Result: hostbyte=DID_OK driverbyte=DRIVER_OK cmd_age=30s"),
        (0.403, _kn, "{kern} sd 2:0:0:0: [sdb] tag#18 Sense Key : Medium Error [current]"),
        (0.404, _kn, "{kern} I/O error, dev sdb, sector 419430912 op 0x1:(WRITE) flags 0x8800 phys_seg 1 prio class 2"),
        (8.411, _im, "[" + _vol + '-e-0] time="{isos}" level=error msg="R/W Timeout. No response received in 8s" func="dataconn.(*Client).handleResponse" file="client.go:141"'),
        (8.420, _im, "[" + _vol + '-e-0] time="{isos}" level=error msg="Setting replica tcp://10.42.4.21:10000 to ERR due to: r/w timeout" func="controller.(*Controller).setReplicaModeNoLock" file="control.go:573"'),
        (8.421, _im, "[" + _vol + '-e-0] time="{isos}" level=info msg="Set replica tcp://10.42.4.21:10000 to mode ERR" func="controller.(*Controller).setReplicaModeNoLock" file="control.go:583"'),
        (9.108, _lm, 'time="{isos}" level=warning msg="Replica ' + _vol + '-r-6b1e8f20 of volume ' + _vol + ' is failed" func="controller.(*VolumeController).ReconcileEngineReplicaState" file="volume_controller.go:642" node=port-w3'),
        (9.110, _lm, 'time="{isos}" level=info msg="Volume robustness changed from healthy to degraded" func="controller.(*VolumeController).syncVolume" file="volume_controller.go:412" volume=' + _vol + " node=port-w3"),
        (11.540, _kn, "{kern} Buffer I/O error on dev sdb1, logical block 52428864, lost async page write"),
        (40.003, _lm, 'time="{isos}" level=info msg="Creating a new replica ' + _vol + '-r-a07c3d19 on node port-w2 for rebuilding" func="controller.(*VolumeController).replenishReplicas" file="volume_controller.go:1880" volume=' + _vol),
        (47.218, _im, "[" + _vol + '-e-0] time="{isos}" level=info msg="Adding replica tcp://10.42.2.30:10015 in WO mode" func="controller.(*Controller).addReplica" file="control.go:203"'),
        (48.004, _lm, 'time="{isos}" level=info msg="Replica rebuilding started for ' + _vol + '-r-a07c3d19" func="controller.(*EngineController).rebuildNewReplica" file="engine_controller.go:1721" node=port-w3'),
    ], "WARN", "storage", "port-w4",
    "The data disk sdb on node port-w4 returns medium errors on writes, so Longhorn's replica on port-w4 timed out and was marked ERR; the volume stays attached but degraded while a new replica rebuilds on port-w2.",
    "A Longhorn replica failed because of disk I/O errors on port-w4; the volume is degraded and rebuilding, still serving.",
    "Disable scheduling on port-w4's Longhorn disk, replace or check sdb (SMART), and confirm the rebuild on port-w2 completes.",
    [0, 1, 2, 4])

# s19 port / Rust axum: transient DNS failures during CoreDNS rollout
_t = P("cranes", "crane-telemetry", "crane-telemetry-85d7f6c9b-m9k3t", "crane-telemetry", "port-w1")
_da = P("kube-system", "coredns", "coredns-6f8b7c5d9-4jxlq", "coredns", "port-w2")
_db = P("kube-system", "coredns", "coredns-6f8b7c5d9-w7mzr", "coredns", "port-w3")
_na = P("kube-system", "coredns", "coredns-7d94c8b6f-qk2vn", "coredns", "port-w1")
_dns = "error sending request for url (http://%s.cranes.svc.cluster.local:8080/%s): error trying to connect: dns error: failed to lookup address information: Temporary failure in name resolution"
rec("s19", ["nested-cause", "outside-selector"], "Why did crane-telemetry log forward failures for a few seconds?",
    {"namespace": "cranes", "app": "crane-telemetry"}, "2026-02-09T13:04:00", [
        (0.118, _t, "{isous}  INFO crane_telemetry::sink: forwarded batch crane=STS-04 samples=512 elapsed_ms=14"),
        (1.002, EV("kube-system", "", None, "Deployment"), "Normal  ScalingReplicaSet  deployment/coredns  Scaled up replica set coredns-7d94c8b6f to 1"),
        (1.210, _da, "[INFO] SIGTERM: Shutting down servers then terminating"),
        (1.214, _db, "[INFO] SIGTERM: Shutting down servers then terminating"),
        (2.311, _t, "{isous}  WARN crane_telemetry::sink: forward failed, retry 1/5 in 500ms crane=STS-02 error=" + (_dns % ("crane-alarms", "v1/alarms"))),
        (2.330, _t, "{isous}  WARN crane_telemetry::sink: forward failed, retry 1/5 in 500ms crane=STS-07 error=" + (_dns % ("crane-store", "v1/samples"))),
        (3.903, _na, ".:53"),
        (3.904, _na, "[INFO] plugin/reload: Running configuration SHA512 = 8fae4b0e1b5c3d7a6f2e91c4d0b8a7e3f5c6d1e2a9b4c7f0e3d5a8b1c6e9f2a4d7b0c3e6f9a2d5b8e1c4f7a0d3b6e9c2f5a8b1d4e7"),
        (3.905, _na, "CoreDNS-1.11.1"),
        (4.120, _t, "{isous}  INFO crane_telemetry::sink: forward ok after 3 retries crane=STS-02 samples=512"),
        (4.133, _t, "{isous}  INFO crane_telemetry::sink: forward ok after 3 retries crane=STS-07 samples=508"),
        (9.870, _t, "{isous}  INFO crane_telemetry::sink: backlog drained: 0 samples dropped, max lag 3.9s"),
        (10.004, _t, "{isous}  INFO crane_telemetry::sink: forwarded batch crane=STS-04 samples=512 elapsed_ms=12"),
    ], "WARN", "dns_resolution", "coredns",
    "Both old CoreDNS replicas received SIGTERM at the same moment during the rollout, before the new replica was serving, so cluster DNS lookups failed for about 2 s.",
    "crane-telemetry briefly could not resolve service names while CoreDNS rolled; retries succeeded with no data loss.",
    "Give the CoreDNS Deployment maxUnavailable 0 / a PodDisruptionBudget and the lameduck setting in its health plugin so rollouts never take all replicas down.",
    [2, 3, 4])

# s20 brewery / Laravel Horizon: a php worker OOM-killed inside the container
_h = P("taproom", "taproom-horizon", "taproom-horizon-84b6d9f7c-z7tq4", "horizon", "brew-w3")
_kn = K("brew-w3")
rec("s20", ["outside-selector"], "A taproom report job ran twice tonight; why?",
    {"namespace": "taproom", "app": "taproom-horizon"}, "2026-02-20T23:55:00", [
        (0.201, _h, "  {sp0} App\\Jobs\\BuildDailyTapReport .............................. RUNNING"),
        (3.118, _h, "  {sp0} App\\Jobs\\SyncTabToKitchen ................................. RUNNING"),
        (3.160, _h, "  {sp0} App\\Jobs\\SyncTabToKitchen ........................... 42.11ms DONE"),
        (21.402, _kn, "{kern} php invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=999"),
        (21.407, _kn, "{kern} memory: usage 524288kB, limit 524288kB, failcnt 3117"),
        (21.412, _kn, "{kern} Memory cgroup out of memory: Killed process 28411 (php) total-vm:1093204kB, anon-rss:493112kB, file-rss:10240kB, shmem-rss:0kB, UID:82 pgtables:1184kB oom_score_adj:999"),
        (21.430, _kn, "{kern} oom_reaper: reaped process 28411 (php), now anon-rss:0kB, file-rss:0kB, shmem-rss:0kB"),
        (30.004, _h, "  {sp0} App\\Jobs\\PrintReceipt ...................................... RUNNING"),
        (30.196, _h, "  {sp0} App\\Jobs\\PrintReceipt ................................ 191.40ms DONE"),
        (111.220, _h, "  {sp0} App\\Jobs\\BuildDailyTapReport .............................. RUNNING"),
        (125.871, _h, "  {sp0} App\\Jobs\\BuildDailyTapReport ............................ 14s DONE"),
        (126.002, _h, "  {sp0} App\\Jobs\\SyncTabToKitchen ........................... 39.85ms DONE"),
    ], "WARN", "oom_killed", "taproom-horizon",
    "The Horizon worker process running BuildDailyTapReport hit the container's 512Mi memory limit and was killed by the kernel OOM killer; Horizon started a new worker and the job was retried after retry_after and completed.",
    "A Horizon php worker was OOM-killed mid-job; the report job was retried and finished.",
    "Raise the horizon container memory limit or make BuildDailyTapReport stream/chunk its query results.",
    [0, 3, 5])


# ---- part 3: ERROR incidents s21..s30 ----

# s21 port / external-dns: Route53 AccessDenied, new gate hostname never published
_x = P("kube-system", "external-dns", "external-dns-6c8f9d7b5-kq4wz", "external-dns", "port-w1")
_ps = P("truckgate", "gate-partner-sync", "gate-partner-sync-7d5c9b8f6-hv2rx", "partner-sync", "port-w2")
_zone = "/hostedzone/Z0812345ABCDEFGHIJKL"
_deny = ('time="{isos}" level=error msg="Failure in zone portauthority.example. when submitting change batch: operation error Route 53: ChangeResourceRecordSets, '
         'https response error StatusCode: 403, RequestID: %s, api error AccessDenied: User: arn:aws:sts::412381774411:assumed-role/port-external-dns/1771750801 '
         'is not authorized to perform: route53:ChangeResourceRecordSets on resource: arn:aws:route53:::hostedzone/Z0812345ABCDEFGHIJKL because no identity-based policy allows the route53:ChangeResourceRecordSets action" zoneName=portauthority.example.')
rec("s21", ["nested-cause"], "Hauliers cannot reach the new gate-api hostname; why is its DNS record missing?",
    {"namespace": "kube-system", "app": "external-dns"}, "2026-02-22T09:00:00", [
        (1.004, _x, 'time="{isos}" level=info msg="Applying provider record filter for domains: [portauthority.example. .portauthority.example.]"'),
        (1.402, _x, 'time="{isos}" level=info msg="Desired change: CREATE gate-api.portauthority.example A" profile=default zoneID=' + _zone + ' zoneName=portauthority.example.'),
        (1.403, _x, 'time="{isos}" level=info msg="Desired change: CREATE a-gate-api.portauthority.example TXT" profile=default zoneID=' + _zone + ' zoneName=portauthority.example.'),
        (1.811, _x, _deny % "7c1f3a2e-5d4b-4a9e-8f61-2b0c9d7e4a13"),
        (1.812, _x, 'time="{isos}" level=error msg="failed to submit all changes for the following zones: [' + _zone + ']"'),
        (14.330, _ps, "WARNING: {dart}: partner_sync: push slots to https://gate-api.portauthority.example/v1/slots failed: ClientException with SocketException: Failed host lookup: 'gate-api.portauthority.example' (OS Error: No address associated with hostname, errno = 7)"),
        (61.005, _x, 'time="{isos}" level=info msg="Applying provider record filter for domains: [portauthority.example. .portauthority.example.]"'),
        (61.390, _x, 'time="{isos}" level=info msg="Desired change: CREATE gate-api.portauthority.example A" profile=default zoneID=' + _zone + ' zoneName=portauthority.example.'),
        (61.802, _x, _deny % "0b9e4d71-2c3a-4f85-9d16-7e5a1c8b3f20"),
        (61.803, _x, 'time="{isos}" level=error msg="failed to submit all changes for the following zones: [' + _zone + ']"'),
        (74.512, _ps, "WARNING: {dart}: partner_sync: push slots to https://gate-api.portauthority.example/v1/slots failed: ClientException with SocketException: Failed host lookup: 'gate-api.portauthority.example' (OS Error: No address associated with hostname, errno = 7)"),
    ], "ERROR", "auth_failure", "external-dns",
    "external-dns's IAM role port-external-dns has no policy allowing route53:ChangeResourceRecordSets on the portauthority.example zone, so Route 53 answers 403 AccessDenied and the gate-api records are never created.",
    "external-dns cannot publish gate-api.portauthority.example (403 AccessDenied from Route 53), so clients fail to resolve the new hostname.",
    "Attach a policy granting route53:ChangeResourceRecordSets (and ListResourceRecordSets) on hosted zone Z0812345ABCDEFGHIJKL to the external-dns role.",
    [3, 4, 8])

# s22 brewery / Elixir Ecto + Postgres: too many clients after HPA scale-out
_a = P("bottling", "bottling-line-api", "bottling-line-api-5f7c8d9b6-t2wqx", "bottling-line-api", "brew-w2")
_b = P("bottling", "bottling-line-api", "bottling-line-api-5f7c8d9b6-9zkmd", "bottling-line-api", "brew-w1")
_pg = P("bottling", "bottling-db", "bottling-db-0", "postgres", "brew-w3")
rec("s22", ["nested-cause", "outside-selector"], "Why are bottling fill records failing to save?",
    {"namespace": "bottling", "app": "bottling-line-api"}, "2026-02-16T06:12:00", [
        (0.412, _a, "{hms} request_id=F2Lq0aT8nV1cPxQAAE2k [info] Sent 201 in 9ms"),
        (1.880, EV("bottling", None, None, "HorizontalPodAutoscaler"), "Normal  SuccessfulRescale  horizontalpodautoscaler/bottling-line-api  New size: 12; reason: cpu resource utilization (percentage of request) above target"),
        (4.118, _pg, "{sp3} UTC [4412] FATAL:  sorry, too many clients already"),
        (4.120, _b, "{hms} [error] Postgrex.Protocol (#PID<0.512.0>) failed to connect: ** (Postgrex.Error) FATAL 53300 (too_many_connections) sorry, too many clients already"),
        (4.402, _pg, "{sp3} UTC [4418] FATAL:  sorry, too many clients already"),
        (5.901, _pg, "{sp3} UTC [4431] FATAL:  remaining connection slots are reserved for non-replication superuser connections"),
        (6.233, _a, "{hms} request_id=F2Lq0bK2pW9dQyRAAE3m [info] POST /api/batches/B-2216/fills"),
        (8.236, _a, "{hms} [error] #PID<0.4471.0> running BottlingWeb.Endpoint (connection #PID<0.4470.0>, stream id 1) terminated\nServer: bottling-line-api:4000 (http)\nRequest: POST /api/batches/B-2216/fills\n** (exit) an exception was raised:\n    ** (DBConnection.ConnectionError) connection not available and request was dropped from queue after 2000ms. This means requests are coming in and your connection pool cannot serve them fast enough."),
        (8.240, _a, "{hms} [warning] Bottling.Fills: line L2 fill B-2216 #14411 not persisted; PLC will re-send"),
        (9.044, _b, "{hms} [error] Postgrex.Protocol (#PID<0.515.0>) failed to connect: ** (Postgrex.Error) FATAL 53300 (too_many_connections) sorry, too many clients already"),
        (11.702, _a, "{hms} request_id=F2Lq0cR5sX3eRzSAAE4p [info] POST /api/batches/B-2216/fills"),
        (11.716, _a, "{hms} request_id=F2Lq0cR5sX3eRzSAAE4p [info] Sent 201 in 14ms"),
    ], "ERROR", "database", "bottling-db",
    "After the HPA scaled bottling-line-api to 12 replicas, 12 Ecto pools of 10 connections exceed bottling-db's max_connections (100), so Postgres rejects new connections with 'too many clients' and fill writes fail.",
    "bottling-db refuses connections (too_many_connections) after the API scaled out; a share of bottling fill writes fail with pool errors.",
    "Put PgBouncer in front of bottling-db or raise max_connections, and size pool_size x maxReplicas below the server limit.",
    [1, 2, 3, 5])

# s23 ski / Kong 504s caused by slow ticket-pricing query (Haskell)
_k = P("kong", "kong", "kong-gateway-7f9c8d6b5-2xk4p", "proxy", "ski-w1")
_pr = P("tickets", "ticket-pricing", "ticket-pricing-64b8c7d9f-rm5tw", "ticket-pricing", "ski-w2")
_ua = '"Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15"'
_to = ('{ng} [error] 1291#0: *%d upstream timed out (110: Operation timed out) while reading response header from upstream, client: 10.42.0.1, server: kong, '
       'request: "GET /pricing/v1/quote?pass=%s&date=2026-01-24 HTTP/1.1", upstream: "http://10.42.2.61:8080/v1/quote?pass=%s&date=2026-01-24", host: "tickets.skiresort.example", request_id: "%s"')
rec("s23", ["quiet-cause", "outside-selector"], "Why does the ticket website get 504 Gateway Timeout from Kong on price quotes?",
    {"namespace": "kong", "app": "kong"}, "2026-01-20T17:04:00", [
        (0.511, _k, '10.42.0.1 - - [{clf}] "GET /shop/v1/passes?date=2026-01-24 HTTP/1.1" 200 4182 "-" ' + _ua),
        (71.004, _k, _to % (88213, "day", "day", "5f1c0b8e2a7d4e3f9b6c1d0a2e4f6b8c")),
        (71.005, _k, '10.42.0.1 - - [{clf}] "GET /pricing/v1/quote?pass=day&date=2026-01-24 HTTP/1.1" 504 51 "-" ' + _ua),
        (73.880, _k, _to % (88231, "day", "day", "9a2d4f6b8c0e1a3c5e7f9b1d3a5c7e9f")),
        (73.881, _k, '10.42.0.1 - - [{clf}] "GET /pricing/v1/quote?pass=day&date=2026-01-24 HTTP/1.1" 504 51 "-" ' + _ua),
        (74.402, _pr, "{sp0} UTC [WARNING] pricing.db: quote query took 63.4s (Seq Scan on price_history, rows=41220118) pass=day date=2026-01-24"),
        (80.115, _k, '10.42.0.1 - - [{clf}] "POST /shop/v1/cart/items HTTP/1.1" 201 311 "-" ' + _ua),
        (96.700, _k, _to % (88302, "season", "season", "c3e5a7c9e1b3d5f7a9c1e3b5d7f9a1c3")),
        (96.701, _k, '10.42.0.1 - - [{clf}] "GET /pricing/v1/quote?pass=season&date=2026-01-24 HTTP/1.1" 504 51 "-" ' + _ua),
        (99.213, _pr, "{sp0} UTC [WARNING] pricing.db: quote query took 64.1s (Seq Scan on price_history, rows=41220118) pass=season date=2026-01-24"),
        (104.552, _k, _to % (88340, "day", "day", "e7f9b1d3a5c7e9f1b3d5a7c9e1f3b5d7")),
        (104.553, _k, '10.42.0.1 - - [{clf}] "GET /pricing/v1/quote?pass=day&date=2026-01-24 HTTP/1.1" 504 51 "-" ' + _ua),
    ], "ERROR", "timeout", "ticket-pricing",
    "ticket-pricing's quote query does a sequential scan over 41 M price_history rows and takes over 60 s, longer than Kong's 60 s upstream read timeout, so quote requests end in 504.",
    "Kong returns 504 for price quotes because ticket-pricing's database query takes more than 60 s.",
    "Add an index on price_history for the quote lookup (or precompute quotes) in ticket-pricing; do not just raise Kong's read_timeout.",
    [1, 5, 9])

# s24 brewery / Sidekiq: distributor-cache Redis scaled to 0 by a Flux change
_s = P("distribution", "distributor-sync", "distributor-sync-worker-69c8b7d5f-q4xzn", "sidekiq", "brew-w3")
_f = P("flux-system", "kustomize-controller", "kustomize-controller-5d6b9c8f7-l8x2v", "manager", "brew-w1")
_rc = P("distribution", "distributor-cache", "distributor-cache-7b5d8c6f9-f2kzn", "redis", "brew-w2")
_cce = "{iso} pid=1 tid=%s WARN: RedisClient::CannotConnectError: Connection refused - connect(2) for 10.43.88.12:6379 (redis://distributor-cache.distribution.svc:6379)"
rec("s24", ["quiet-cause", "outside-selector"], "Why are inventory snapshot and order export jobs failing in Sidekiq?",
    {"namespace": "distribution", "app": "distributor-sync"}, "2026-02-17T11:00:00", [
        (0.402, _s, "{iso} pid=1 tid=2ab4 class=OrderExportJob jid=2b4d6f8a0c2e4a6c8e0b2d4f INFO: start"),
        (0.811, _s, "{iso} pid=1 tid=2ab4 class=OrderExportJob jid=2b4d6f8a0c2e4a6c8e0b2d4f elapsed=0.409 INFO: done"),
        (2.120, _f, '{"level":"info","ts":"{iso}","msg":"server-side apply completed","controller":"kustomization","controllerGroup":"kustomize.toolkit.fluxcd.io","controllerKind":"Kustomization","Kustomization":{"name":"distribution","namespace":"flux-system"},"namespace":"flux-system","name":"distribution","output":{"Deployment/distribution/distributor-cache":"configured","Service/distribution/distributor-cache":"unchanged"}}'),
        (2.301, EV("distribution", None, None, "Deployment"), "Normal  ScalingReplicaSet  deployment/distributor-cache  Scaled down replica set distributor-cache-7b5d8c6f9 to 0 from 1"),
        (2.514, _rc, "1:signal-handler ({epoch}) Received SIGTERM scheduling shutdown..."),
        (2.713, _rc, "1:M {redis} # Redis is now ready to exit, bye bye..."),
        (9.004, _s, "{iso} pid=1 tid=2ac8 class=InventorySnapshotJob jid=4d6f8a0c2e4b6d8f0a2c4e6b INFO: start"),
        (9.012, _s, "{iso} pid=1 tid=2ac8 class=InventorySnapshotJob jid=4d6f8a0c2e4b6d8f0a2c4e6b elapsed=0.008 INFO: fail"),
        (9.013, _s, _cce % "2ac8"),
        (9.014, _s, "{iso} pid=1 tid=2ac8 WARN: /usr/local/bundle/gems/redis-client-0.22.1/lib/redis_client/ruby_connection.rb:136:in `rescue in connect'"),
        (15.440, _s, "{iso} pid=1 tid=2b1c class=OrderExportJob jid=6f8a0c2e4b6d8f0a2c4e6b8d INFO: start"),
        (15.447, _s, "{iso} pid=1 tid=2b1c class=OrderExportJob jid=6f8a0c2e4b6d8f0a2c4e6b8d elapsed=0.007 INFO: fail"),
        (15.448, _s, _cce % "2b1c"),
    ], "ERROR", "connection_refused", "distributor-cache",
    "A Flux apply reconfigured the distributor-cache Deployment down to 0 replicas; with no Redis endpoint behind the Service, jobs that read inventory from the cache get 'Connection refused' and fail.",
    "Inventory snapshot and order export jobs fail with Redis connection refused since distributor-cache was scaled to zero.",
    "Restore distributor-cache replicas to 1 in the Git manifest (the distribution Kustomization) and let Flux re-apply; retry the failed jobs.",
    [2, 3, 8, 12])

# s25 ski / Crystal Kemal: ticket-validation certificate expired
_g = P("lifts", "lift-gate", "lift-gate-5f8d7c6b9-vk3np", "lift-gate", "ski-w3")
_sslerr = ("{cry}  ERROR - gate.validate: validation call to https://ticket-validation.tickets.svc.cluster.local/v1/validate failed\n"
           "SSL_connect: error:0A000086:SSL routines::certificate verify failed (OpenSSL::SSL::Error)\n"
           "  from /usr/share/crystal/src/openssl/ssl/socket.cr:43:17 in 'initialize'\n"
           "  from src/gate/validator.cr:58:9 in 'validate'")
rec("s25", ["nested-cause"], "Why are day-pass holders being turned away at the lift gates?",
    {"namespace": "lifts", "app": "lift-gate"}, "2026-01-26T08:15:00", [
        (0.402, _g, "{cry}   INFO - gate.scan: gate G7-02 pass 90BC-1184 accepted from offline cache (season, valid 2026-04-19)"),
        (0.405, _g, "{sp0} UTC 200 POST /api/v1/scan 2.11ms"),
        (1.118, _g, _sslerr),
        (1.119, _g, "{cry}   WARN - gate.tls: peer verify error depth=0 subject=/CN=ticket-validation.tickets.svc.cluster.local: certificate has expired (notAfter=Jan 26 00:00:00 2026 GMT)"),
        (1.121, _g, "{cry}   WARN - gate.scan: gate G7-01 pass 41A9-7730 denied: validation unavailable (offline mode, day pass not in cache)"),
        (1.123, _g, "{sp0} UTC 503 POST /api/v1/scan 24.77ms"),
        (3.870, _g, _sslerr),
        (3.872, _g, "{cry}   WARN - gate.scan: gate G2-03 pass 5E1A-0047 denied: validation unavailable (offline mode, day pass not in cache)"),
        (3.874, _g, "{sp0} UTC 503 POST /api/v1/scan 22.40ms"),
        (10.000, _g, "{sp0} UTC 200 GET /health 0.10ms"),
        (15.002, _g, "{cry}   INFO - gate.sync: offline queue: 214 scans pending upload, 61 day passes denied since 08:00"),
    ], "ERROR", "tls_certificate", "ticket-validation",
    "The serving certificate of ticket-validation expired at 2026-01-26 00:00 GMT, so the lift gates' TLS handshake fails certificate verification and they fall back to offline mode, which denies day passes.",
    "Lift gates cannot reach ticket-validation over TLS (expired certificate) and deny day passes not in their offline cache.",
    "Renew the ticket-validation certificate (and fix its automatic renewal), then let the gates flush their offline queue.",
    [2, 3, 6])

# s26 port / CronJob berth-manifest-sync image pull 401
_sc = P("berths", "berth-scheduler", "berth-scheduler-6d8b7c5f9-w2ntx", "berth-scheduler", "port-w1")
_jp = "berth-manifest-sync-29512440-7xk2p"
_je = EV("berths", _jp, "port-w3")
_img = "harbor.port.internal/berths/manifest-sync:3.2.0"
rec("s26", ["quiet-cause", "outside-selector"], "berth-scheduler warns that vessel manifests are stale; why?",
    {"namespace": "berths", "app": "berth-scheduler"}, "2026-02-24T05:00:00", [
        (0.118, _sc, "{sp} WARN  [berth.scheduler.manifests] - vessel manifests stale: last successful sync 2026-02-24T02:00:41Z (2h59m ago)"),
        (0.402, EV("berths", None, None, "CronJob"), "Normal  SuccessfulCreate  cronjob/berth-manifest-sync  Created job berth-manifest-sync-29512440"),
        (0.611, _je, "Normal  Scheduled  pod/" + _jp + "  Successfully assigned berths/" + _jp + " to port-w3"),
        (1.004, _je, "Normal  Pulling  pod/" + _jp + "  Pulling image \"" + _img + "\""),
        (1.512, J("port-w3", "containerd.service"), 'time="{isous}" level=error msg="PullImage \\"' + _img + '\\" failed" error="failed to pull and unpack image \\"' + _img + '\\": failed to resolve reference \\"' + _img + '\\": unexpected status from HEAD request to https://harbor.port.internal/v2/berths/manifest-sync/manifests/3.2.0: 401 Unauthorized"'),
        (1.520, _je, "Warning  Failed  pod/" + _jp + "  Failed to pull image \"" + _img + "\": failed to pull and unpack image \"" + _img + "\": failed to resolve reference \"" + _img + "\": unexpected status from HEAD request to https://harbor.port.internal/v2/berths/manifest-sync/manifests/3.2.0: 401 Unauthorized"),
        (1.521, _je, "Warning  Failed  pod/" + _jp + "  Error: ErrImagePull"),
        (4.880, _sc, "{sp} INFO  [berth.scheduler.alloc] - allocate berth B2 vessel=\"MAERSK HALIFAX\" using stale ETA 2026-02-24T09:30Z"),
        (16.040, _je, "Normal  BackOff  pod/" + _jp + "  Back-off pulling image \"" + _img + "\""),
        (16.041, _je, "Warning  Failed  pod/" + _jp + "  Error: ImagePullBackOff"),
        (16.300, J("port-w3", "kubelet.service"), 'E{kd}    2210 pod_workers.go:1298] "Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"manifest-sync\\" with ImagePullBackOff: \\"Back-off pulling image \\\\\\"' + _img + '\\\\\\"\\"" pod="berths/' + _jp + '" podUID="8e2f1c4a-6b3d-4f7e-9a12-5c0d8b7e3f61"'),
        (60.122, _sc, "{sp} WARN  [berth.scheduler.manifests] - vessel manifests stale: last successful sync 2026-02-24T02:00:41Z (3h0m ago)"),
    ], "ERROR", "image_pull", "berth-manifest-sync",
    "The berth-manifest-sync CronJob pod cannot pull its image from harbor.port.internal: the registry answers 401 Unauthorized, so the pull secret's credentials are invalid or missing and the job never runs.",
    "Manifest sync jobs fail with ErrImagePull/ImagePullBackOff (401 from Harbor), leaving berth-scheduler working with stale vessel manifests.",
    "Renew the Harbor robot account / imagePullSecret used by the berth-manifest-sync CronJob and re-run the job.",
    [4, 5, 6, 9])

# s27 ski / snowmaking-planner Job Pending (insufficient memory)
_c = P("snowmaking", "snowmaking-control", "snowmaking-control-7b4c9d5f6-8kq2m", "snowmaking-control", "ski-w1")
_jp = "snowmaking-planner-29512380-q8v2d"
_je = EV("snowmaking", _jp)
_kt = "[{sp0}][snowmaking-control.%s][%s][snowmaking-control-7b4c9d5f6-8kq2m][PID 1][ThreadId %d][main:Snow.%s] %s"
_fs = ("Warning  FailedScheduling  pod/" + _jp + "  0/5 nodes are available: 2 Insufficient memory, 3 node(s) had untolerated taint {dedicated: lifts}. "
       "preemption: 0/5 nodes are available: 2 No preemption victims found for incoming pod, 3 Preemption is not helpful for scheduling.")
rec("s27", ["quiet-cause", "outside-selector"], "Why did the snowmaking system fall back to the manual schedule tonight?",
    {"namespace": "snowmaking", "app": "snowmaking-control"}, "2026-01-15T18:00:00", [
        (0.310, EV("snowmaking", None, None, "CronJob"), "Normal  SuccessfulCreate  cronjob/snowmaking-planner  Created job snowmaking-planner-29512380"),
        (0.512, _je, _fs),
        (1.004, _c, _kt % ("plan", "Info", 61, "Plan src/Snow/Plan.hs:40:3", "waiting for nightly plan 2026-01-15 from snowmaking-planner")),
        (11.230, _je, "Normal  NotTriggerScaleUp  pod/" + _jp + "  pod didn't trigger scale-up: 1 max node group size reached"),
        (300.004, _c, _kt % ("plan", "Warning", 61, "Plan src/Snow/Plan.hs:52:3", "no plan for 2026-01-15 after 5m; retrying")),
        (301.702, _je, _fs + " (x6 over 5m1s)"),
        (900.010, _c, _kt % ("plan", "Error", 61, "Plan src/Snow/Plan.hs:66:3", "planner deadline passed; falling back to manual schedule: 18 of 42 guns left idle (zones piste-3, piste-7)")),
        (900.520, EV("snowmaking", None, None, "Job"), "Warning  DeadlineExceeded  job/snowmaking-planner-29512380  Job was active longer than specified deadline"),
        (901.004, _c, _kt % ("loop", "Info", 31, "Control src/Snow/Control.hs:142:9", "control tick: 42 guns online, 24 running (manual schedule)")),
        (905.300, _c, '10.42.1.5 - - [{clf}] "GET /api/guns?zone=piste-7 HTTP/1.1" 200 - "" "okhttp/4.12.0"'),
        (960.002, _c, _kt % ("plan", "Warning", 61, "Plan src/Snow/Plan.hs:71:3", "running without optimised plan for 2026-01-15; expected snow depth deficit 11cm on piste-7")),
    ], "ERROR", "scheduling", "snowmaking-planner",
    "The snowmaking-planner Job pod cannot be scheduled: its memory request does not fit on the two untainted nodes and the autoscaler is at its maximum group size, so no nightly plan is produced.",
    "The planner Job stays Pending (Insufficient memory) until its deadline, so snowmaking-control falls back to a manual schedule with 18 guns idle.",
    "Lower the planner's memory request to what it really uses, or raise the node group maximum / add a larger untainted node.",
    [1, 3, 5, 7])

# s28 ski / Kotlin Ktor: payment provider 429 breaks checkouts
_k = P("tickets", "ticket-shop", "ticket-shop-7cc9f8d6b-4wq8n", "ticket-shop", "ski-w1")
_429 = ('{sp3} [DefaultDispatcher-worker-%d] ERROR c.s.t.checkout.CheckoutService - payment authorization failed for order %s\n'
        'io.ktor.client.plugins.ClientRequestException: Client request(POST https://api.alpay-payments.example/v1/authorizations) invalid: 429 Too Many Requests. '
        'Text: "{"error":{"type":"rate_limit_error","message":"Too many requests: limit 25 req/s for merchant SKIRESORT-01"}}"\n'
        '\tat io.ktor.client.plugins.DefaultResponseValidationKt$addDefaultResponseValidation$1$1.invokeSuspend(DefaultResponseValidation.kt:54)')
rec("s28", ["nested-cause"], "Why are ski pass checkouts failing during the flash sale?",
    {"namespace": "tickets", "app": "ticket-shop"}, "2026-02-01T12:00:00", [
        (0.218, _k, "{sp3} [eventLoopGroupProxy-4-2] INFO  Application - 200 OK: GET - /api/passes?date=2026-02-07 in 21ms"),
        (0.902, _k, "{sp3} [DefaultDispatcher-worker-3] INFO  c.s.t.checkout.CheckoutService - order T-260201-11902 created: 4x adult day pass, total CHF 296.00"),
        (1.031, _k, _429 % (3, "T-260201-11902")),
        (1.040, _k, "{sp3} [eventLoopGroupProxy-4-3] INFO  Application - 502 Bad Gateway: POST - /api/checkout in 139ms"),
        (1.044, _k, "{sp3} [DefaultDispatcher-worker-3] WARN  c.s.t.payments.PaymentClient - provider rate limit: X-RateLimit-Limit=25 X-RateLimit-Remaining=0 Retry-After=1; 3 provider calls per checkout (authorize, fraud-score, capture), 412 checkouts in last minute"),
        (1.310, _k, "{sp3} [DefaultDispatcher-worker-5] INFO  c.s.t.checkout.CheckoutService - order T-260201-11903 created: 1x season pass, total CHF 1190.00"),
        (1.377, _k, "{sp3} [eventLoopGroupProxy-4-1] INFO  Application - 201 Created: POST - /api/checkout in 466ms"),
        (1.402, _k, "{sp3} [DefaultDispatcher-worker-1] INFO  c.s.t.checkout.CheckoutService - order T-260201-11904 created: 2x child day pass, total CHF 84.00"),
        (1.498, _k, _429 % (1, "T-260201-11904")),
        (1.505, _k, "{sp3} [eventLoopGroupProxy-4-4] INFO  Application - 502 Bad Gateway: POST - /api/checkout in 103ms"),
        (2.880, _k, "{sp3} [eventLoopGroupProxy-4-2] INFO  Application - 200 OK: GET - /health in 1ms"),
        (3.117, _k, _429 % (2, "T-260201-11905")),
        (3.124, _k, "{sp3} [eventLoopGroupProxy-4-3] INFO  Application - 502 Bad Gateway: POST - /api/checkout in 98ms"),
    ], "ERROR", "rate_limited", "ticket-shop",
    "During the flash sale ticket-shop makes three payment-provider calls per checkout and exceeds the provider's 25 requests/s merchant limit; the provider answers 429 and checkouts fail with 502.",
    "Payment provider throttles ticket-shop (429 Too Many Requests), so many checkouts fail during the flash sale.",
    "Queue and pace provider calls in ticket-shop (client-side limiter honouring Retry-After, fewer calls per checkout) and ask the provider for a higher limit for sale days.",
    [2, 4, 8, 11])

# s29 brewery / Laravel: missing APP_KEY after secret migration
_ng = P("taproom", "taproom-pos", "taproom-pos-7c6d5b8f9-k4xrm", "nginx", "brew-w2")
_fp = P("taproom", "taproom-pos", "taproom-pos-7c6d5b8f9-k4xrm", "php-fpm", "brew-w2")
_ipad = '"TaproomPOS-iPad/4.2 CFNetwork/1494.0.7 Darwin/23.4.0"'
_mk = ('[{fpm}] WARNING: [pool www] child %d said into stderr: "[{sp0}] production.ERROR: No application encryption key has been specified. '
       '{\\"exception\\":\\"[object] (Illuminate\\\\Encryption\\\\MissingAppKeyException(code: 0): No application encryption key has been specified. '
       'at /var/www/html/vendor/laravel/framework/src/Illuminate/Encryption/EncryptionServiceProvider.php:83)"')
rec("s29", ["nested-cause"], "Why does every taproom POS action return HTTP 500 since the 17:00 deploy?",
    {"namespace": "taproom", "app": "taproom-pos"}, "2026-02-14T17:01:00", [
        (0.102, EV("taproom", None, None, "Deployment"), "Normal  ScalingReplicaSet  deployment/taproom-pos  Scaled up replica set taproom-pos-7c6d5b8f9 to 2 from 1"),
        (22.118, _ng, '10.42.0.1 - - [{clf}] "GET /api/menu HTTP/1.1" 500 6615 "-" ' + _ipad),
        (22.119, _fp, _mk % 41),
        (22.120, _fp, '[{fpm}] WARNING: [pool www] child 41 said into stderr: "[stacktrace]"'),
        (22.121, _fp, '[{fpm}] WARNING: [pool www] child 41 said into stderr: "#0 /var/www/html/vendor/laravel/framework/src/Illuminate/Support/helpers.php:307: Illuminate\\Encryption\\EncryptionServiceProvider->Illuminate\\Encryption\\{closure}()"'),
        (25.410, _ng, '10.42.0.1 - - [{clf}] "POST /api/tabs/118/items HTTP/1.1" 500 6615 "-" ' + _ipad),
        (25.411, _fp, _mk % 42),
        (30.002, _ng, '10.42.3.1 - - [{clf}] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"'),
        (31.877, _ng, '10.42.0.1 - - [{clf}] "GET /api/tabs/open HTTP/1.1" 500 6615 "-" ' + _ipad),
        (31.878, _fp, _mk % 41),
        (38.204, _ng, '10.42.0.1 - - [{clf}] "POST /api/tabs/118/pay HTTP/1.1" 500 6615 "-" ' + _ipad),
        (38.205, _fp, _mk % 43),
    ], "ERROR", "config_error", "taproom-pos",
    "The new taproom-pos ReplicaSet runs without APP_KEY in its environment (the key is missing from the Secret it now loads), so Laravel throws MissingAppKeyException on every request that touches sessions or encryption.",
    "Since the 17:00 rollout every POS API call fails with 500 (MissingAppKeyException); the health probe still passes.",
    "Add APP_KEY back to the taproom-pos Secret (or roll back the deployment) and restart the pods; make the health check exercise the app bootstrap.",
    [2, 6, 9])

# s30 port / Scala Pekko HTTP: MatchError on a new declaration type
_c = P("customs", "customs-api", "customs-api-7f8d6c5b9-gx4pk", "customs-api", "port-w2")
_me = ("{sp} ERROR [customs-api-pekko.actor.default-dispatcher-%d] o.a.p.actor.ActorSystemImpl - Error during processing of request: 'H7 (of class java.lang.String)'. "
       "Completing with 500 Internal Server Error response. To change default exception handling behavior, provide a custom ExceptionHandler.")
rec("s30", [], "Why are some customs declarations rejected with HTTP 500?",
    {"namespace": "customs", "app": "customs-api"}, "2026-02-06T09:14:00", [
        (0.412, _c, "{sp} INFO  [customs-api-pekko.actor.default-dispatcher-5] p.customs.http.AccessLog - POST /v1/declarations type=H1 broker=BRK-0192 -> 201 (38 ms)"),
        (2.118, _c, "{sp} INFO  [customs-api-pekko.actor.default-dispatcher-7] p.customs.decl.Intake - declaration DEC-2026-204411 received type=H7 (low-value consignment) broker=BRK-0488"),
        (2.131, _c, _me % 7),
        (2.132, _c, "scala.MatchError: H7 (of class java.lang.String)"),
        (2.133, _c, "\tat port.customs.duty.DutyCalculator$.rateFor(DutyCalculator.scala:48)"),
        (2.134, _c, "\tat port.customs.decl.Intake.$anonfun$route$3(Intake.scala:112)"),
        (2.140, _c, "{sp} INFO  [customs-api-pekko.actor.default-dispatcher-7] p.customs.http.AccessLog - POST /v1/declarations type=H7 broker=BRK-0488 -> 500 (22 ms)"),
        (5.902, _c, "{sp} INFO  [customs-api-pekko.actor.default-dispatcher-4] p.customs.http.AccessLog - POST /v1/declarations type=H1 broker=BRK-0071 -> 201 (41 ms)"),
        (8.330, _c, "{sp} INFO  [customs-api-pekko.actor.default-dispatcher-6] p.customs.decl.Intake - declaration DEC-2026-204415 received type=H7 (low-value consignment) broker=BRK-0488"),
        (8.341, _c, _me % 6),
        (8.342, _c, "scala.MatchError: H7 (of class java.lang.String)"),
        (8.350, _c, "{sp} INFO  [customs-api-pekko.actor.default-dispatcher-6] p.customs.http.AccessLog - POST /v1/declarations type=H7 broker=BRK-0488 -> 500 (19 ms)"),
        (10.001, _c, "{sp} INFO  [customs-api-pekko.actor.default-dispatcher-2] p.customs.http.AccessLog - GET /health -> 200 (0 ms)"),
    ], "ERROR", "application_error", "customs-api",
    "DutyCalculator.rateFor pattern-matches on declaration types and has no case for the new H7 low-value type, so every H7 declaration throws scala.MatchError and the route completes with 500.",
    "customs-api returns 500 for all H7 declarations because of an unhandled MatchError; other types are accepted.",
    "Add the H7 case (and a default case returning a 422) to DutyCalculator.rateFor and redeploy customs-api.",
    [2, 3, 4])


# ---- part 4: CRITICAL incidents s31..s40 ----

# s31 port / ClickHouse sizes its memory from host RAM, OOMKilled in a loop
_ch = P("cranes", "crane-clickhouse", "crane-clickhouse-0", "clickhouse", "port-w3")
_rr = P("cranes", "crane-reports", "crane-reports-6b9d8c7f5-h7q2x", "crane-reports", "port-w1")
_refused = ('F, [{rb} #1] FATAL -- : [%s] Errno::ECONNREFUSED (Failed to open TCP connection to crane-clickhouse:8123 '
            '(Connection refused - connect(2) for "crane-clickhouse" port 8123)):')
rec("s31", ["quiet-cause", "outside-selector"], "Why do crane load reports fail with connection refused?",
    {"namespace": "cranes", "app": "crane-reports"}, "2026-02-26T07:40:00", [
        (0.118, _ch, "{ch} [ 1 ] {} <Information> Application: Starting ClickHouse 22.8.15.23 (revision: 54460, git hash: 3fb1c1a4c0e5f2b7a9d8e6c4b2a0f1e3d5c7b9a1, build id: 9C41E7A3B2D5F6081C3E4A5B6D7F8091A2B3C4D5), PID 1"),
        (0.231, _ch, "{ch} [ 1 ] {} <Information> Application: Available RAM: 62.80 GiB; physical cores: 16; logical cores: 32."),
        (0.540, _ch, "{ch} [ 1 ] {} <Information> Application: Setting max_server_memory_usage was set to 56.52 GiB (62.80 GiB available * 0.90 max_server_memory_usage_to_ram_ratio)"),
        (2.882, _ch, "{ch} [ 1 ] {} <Information> Application: Ready for connections."),
        (4.410, _ch, "{ch} [ 812 ] {4b1e9c2a-7d3f-4e8b-a6c1-0f2d5b9e8a73} <Debug> executeQuery: (from 10.42.1.33:51422) SELECT crane_id, toStartOfMinute(ts) AS m, quantileExact(0.99)(hoist_load_t) FROM crane_metrics WHERE ts > now() - INTERVAL 30 DAY GROUP BY crane_id, m ORDER BY m"),
        (31.902, EV("default", None, "port-w3", "Node"), "Warning  OOMKilling  node/port-w3  Memory cgroup out of memory: Killed process 29114 (clickhouse-serv) total-vm:14680064kB, anon-rss:8371204kB, file-rss:102400kB, shmem-rss:0kB, UID:101 pgtables:18432kB oom_score_adj:992"),
        (33.118, _rr, _refused % "b7d1e0c4-5a2f-4c9e-8b3d-1e6f0a9c2d47"),
        (33.120, _rr, "I, [{rb} #1]  INFO -- : [b7d1e0c4-5a2f-4c9e-8b3d-1e6f0a9c2d47] Completed 500 Internal Server Error in 3ms (ActiveRecord: 0.0ms | Allocations: 1822)"),
        (34.007, EV("cranes", "crane-clickhouse-0", "port-w3"), "Warning  BackOff  pod/crane-clickhouse-0  Back-off restarting failed container clickhouse in pod crane-clickhouse-0_cranes(5e8c2a1f-9b3d-4f6e-a7c0-2d1b4e9f8a36)"),
        (51.442, _rr, _refused % "0c3f8a2e-6b1d-4e7a-9c5f-3a8d2e0b7c14"),
        (51.444, _rr, "I, [{rb} #1]  INFO -- : [0c3f8a2e-6b1d-4e7a-9c5f-3a8d2e0b7c14] Completed 500 Internal Server Error in 2ms (ActiveRecord: 0.0ms | Allocations: 1790)"),
        (95.310, EV("cranes", "crane-clickhouse-0", "port-w3"), "Warning  BackOff  pod/crane-clickhouse-0  Back-off restarting failed container clickhouse in pod crane-clickhouse-0_cranes(5e8c2a1f-9b3d-4f6e-a7c0-2d1b4e9f8a36) (x5 over 6m12s)"),
    ], "CRITICAL", "oom_killed", "crane-clickhouse",
    "ClickHouse 22.8 reads the host's 62.8 GiB of RAM instead of its 8 GiB container limit and sets max_server_memory_usage to 56.5 GiB, so a 30-day quantile query grows past the cgroup limit and the container is OOM-killed on every restart.",
    "crane-clickhouse is in an OOM crash loop; crane-reports gets connection refused and returns 500 for every report.",
    "Set max_server_memory_usage (or max_server_memory_usage_to_ram_ratio) to fit the 8 GiB limit, cap max_memory_usage per query, or upgrade to a cgroup-aware ClickHouse.",
    [2, 4, 5, 8])

# s32 ski / containerd down on ski-w3 -> node NotReady
_cd = J("ski-w3", "containerd.service")
_kl = J("ski-w3", "kubelet.service")
_g1 = P("lifts", "lift-gate", "lift-gate-5f8d7c6b9-2mzrt", "lift-gate", "ski-w1")
rec("s32", ["quiet-cause", "outside-selector"], "Why did half of the lift gates re-register and slow down this morning?",
    {"namespace": "lifts", "app": "lift-gate"}, "2026-01-28T07:55:00", [
        (0.204, _cd, "panic: invalid page type: 0: 4"),
        (0.206, _cd, "containerd.service: Main process exited, code=exited, status=2/INVALIDARGUMENT"),
        (0.207, _cd, "containerd.service: Failed with result 'exit-code'."),
        (25.330, _cd, "containerd.service: Start request repeated too quickly."),
        (25.331, _cd, "Failed to start containerd container runtime."),
        (181.118, _kl, 'E{kd}    1042 kubelet.go:2392] "Skipping pod synchronization" err="[container runtime is down, PLEG is not healthy: pleg was last seen active 3m0.912s ago; threshold is 3m0s]"'),
        (181.402, _kl, 'I{kd}    1042 setters.go:568] "Node became not ready" node="ski-w3" condition={"type":"Ready","status":"False","lastHeartbeatTime":"{isos}","lastTransitionTime":"{isos}","reason":"KubeletNotReady","message":"container runtime is down"}'),
        (183.004, EV("default", None, "ski-w3", "Node"), "Normal  NodeNotReady  node/ski-w3  Node ski-w3 status is now: NodeNotReady"),
        (183.220, EV("lifts", "lift-gate-5f8d7c6b9-vk3np", "ski-w3"), "Warning  NodeNotReady  pod/lift-gate-5f8d7c6b9-vk3np  Node is not ready"),
        (190.512, _g1, "{cry}   WARN - gate.link: 14 gate scanners re-registered from lift-gate-5f8d7c6b9-vk3np (G7-01..G7-06, G8-01..G8-08)"),
        (221.880, _g1, "{cry}   WARN - gate.scan: scan queue depth 41, p99 2140ms (single replica serving all 28 gates)"),
        (222.301, _g1, "{sp0} UTC 200 POST /api/v1/scan 1812.44ms"),
        (483.510, EV("lifts", "lift-gate-5f8d7c6b9-vk3np", "ski-w3"), "Normal  TaintManagerEviction  pod/lift-gate-5f8d7c6b9-vk3np  Marking for deletion Pod lifts/lift-gate-5f8d7c6b9-vk3np"),
    ], "CRITICAL", "node_failure", "ski-w3",
    "containerd on ski-w3 panics at start (bbolt 'invalid page type', a corrupted metadata database) and systemd gives up restarting it, so the kubelet reports the container runtime down and the node goes NotReady.",
    "Node ski-w3 is NotReady because containerd is down; its lift-gate replica is lost and the remaining replica serves all gates slowly until pods are evicted.",
    "Cordon and drain ski-w3, repair or reset containerd's metadata (/var/lib/containerd) or reimage the node, then uncordon.",
    [0, 1, 4, 5, 6, 7])

# s33 port / Longhorn volume faulted, ScyllaDB member cannot attach its volume
_lm = P("longhorn-system", "longhorn-manager", "longhorn-manager-7vq4m", "longhorn-manager", "port-w2")
_s0 = P("berths", "berth-events-scylla", "berth-events-scylla-0", "scylla", "port-w1")
_s1 = P("berths", "berth-events-scylla", "berth-events-scylla-1", "scylla", "port-w3")
_vol = "pvc-9d41b7e2-3c5a-4f18-b6e0-7a2c8d1f5e94"
_se = EV("berths", "berth-events-scylla-2", "port-w2")
_fa = ("Warning  FailedAttachVolume  pod/berth-events-scylla-2  AttachVolume.Attach failed for volume \"" + _vol +
       "\" : rpc error: code = Aborted desc = volume " + _vol + " is not ready for workloads")
rec("s33", ["nested-cause", "outside-selector"], "berth-events-scylla-2 has been down for 20 minutes; why does it not come back?",
    {"namespace": "berths", "app": "berth-events-scylla"}, "2026-02-27T03:12:00", [
        (4.118, _s0, "INFO  {sp} [shard 0] gossip - InetAddress 10.42.2.57 is now DOWN, status = NORMAL"),
        (4.530, _s1, "INFO  {sp} [shard 0] gossip - InetAddress 10.42.2.57 is now DOWN, status = NORMAL"),
        (9.402, _lm, 'time="{isos}" level=warning msg="Replica ' + _vol + '-r-3e7a9b1c of volume ' + _vol + ' is failed" func="controller.(*VolumeController).ReconcileEngineReplicaState" file="volume_controller.go:642" node=port-w2'),
        (9.410, _lm, 'time="{isos}" level=warning msg="All replicas are failed, set engine salvageRequested to true" func="controller.(*VolumeController).ReconcileEngineReplicaState" file="volume_controller.go:688" volume=' + _vol),
        (9.412, _lm, 'time="{isos}" level=info msg="Volume robustness changed from degraded to faulted" func="controller.(*VolumeController).syncVolume" file="volume_controller.go:412" volume=' + _vol + " node=port-w2"),
        (31.880, _lm, 'time="{isos}" level=error msg="Failed to auto salvage volume: no replica with healthy data found" func="controller.(*VolumeController).ReconcileEngineReplicaState" file="volume_controller.go:712" volume=' + _vol),
        (64.002, _se, _fa),
        (128.330, _se, "Warning  FailedMount  pod/berth-events-scylla-2  Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[data kube-api-access-x2k9p]: timed out waiting for the condition"),
        (240.115, _s0, "WARN  {sp} [shard 3] storage_proxy - Hints for 10.42.2.57 exceed max_hint_window_in_ms (10800000); hints will not be replayed for writes older than the window"),
        (302.600, _se, _fa + " (x6 over 5m)"),
        (600.004, _s1, "INFO  {sp} [shard 0] gossip - InetAddress 10.42.2.57 is still DOWN (20m); 2 of 3 replicas alive for keyspace berth_events (RF=3)"),
    ], "CRITICAL", "storage", "longhorn",
    "Every Longhorn replica of berth-events-scylla-2's volume failed and auto-salvage found no healthy replica, so the volume is faulted and cannot be attached; the Scylla member stays down and its data is at risk.",
    "Longhorn volume for berth-events-scylla-2 is faulted (all replicas failed); the pod cannot attach it and the cluster runs on 2 of 3 replicas.",
    "Salvage the volume from the most recent replica in Longhorn (or restore from backup / rebuild the Scylla node with replace_address) and investigate why all replicas failed.",
    [2, 3, 4, 5, 6])

# s34 brewery / Scala Pekko: missing PLC endpoint setting -> crash loop
_p = "bottling-line-controller-5c8b9d7f6-r3xnw"
_bc = P("bottling", "bottling-line-controller", _p, "controller", "brew-w2")
_ba = P("bottling", "bottling-line-api", "bottling-line-api-5f7c8d9b6-t2wqx", "bottling-line-api", "brew-w2")
_be = EV("bottling", _p, "brew-w2")
_miss = ("Caused by: com.typesafe.config.ConfigException$Missing: application.conf @ jar:file:/opt/app/lib/bottling-line-controller-3.4.0.jar!/application.conf: 22: "
         "No configuration setting found for key 'bottling.plc.l2.endpoint'")
rec("s34", ["nested-cause"], "Why is the bottling line controller restarting over and over?",
    {"namespace": "bottling", "app": "bottling-line-controller"}, "2026-02-18T05:30:00", [
        (0.204, _be, "Normal  Started  pod/" + _p + "  Started container controller"),
        (2.118, _bc, "{sp} INFO  [bottling-pekko.actor.default-dispatcher-5] o.a.p.event.slf4j.Slf4jLogger - Slf4jLogger started"),
        (2.402, _bc, "{sp} INFO  [main] bottling.line.Main$ - starting bottling-line-controller 3.4.0 for lines L1, L2"),
        (2.611, _bc, "Exception in thread \"main\" java.lang.IllegalStateException: PlcBridge could not be created for line L2"),
        (2.612, _bc, "\tat bottling.line.PlcBridge$.apply(PlcBridge.scala:31)"),
        (2.613, _bc, _miss),
        (4.030, _be, "Warning  BackOff  pod/" + _p + "  Back-off restarting failed container controller in pod " + _p + "_bottling(2c7e4a9b-1d3f-4b6a-8e0c-5f9a2d1b7c43)"),
        (9.880, _ba, "{hms} [warning] Bottling.Controller: line L2 controller unreachable (:econnrefused); fills paused, 1 pallet waiting at capper"),
        (42.301, _be, "Normal  Started  pod/" + _p + "  Started container controller"),
        (44.512, _bc, "Exception in thread \"main\" java.lang.IllegalStateException: PlcBridge could not be created for line L2"),
        (44.514, _bc, _miss),
        (46.002, _be, "Warning  BackOff  pod/" + _p + "  Back-off restarting failed container controller in pod " + _p + "_bottling(2c7e4a9b-1d3f-4b6a-8e0c-5f9a2d1b7c43) (x5 over 4m)"),
    ], "CRITICAL", "config_error", "bottling-line-controller",
    "The setting bottling.plc.l2.endpoint (filled from an optional environment substitution) is absent, so creating the L2 PlcBridge throws ConfigException$Missing at startup and the controller exits on every start.",
    "bottling-line-controller is in CrashLoopBackOff because its L2 PLC endpoint setting is missing; bottling line L2 is stopped.",
    "Provide the PLC endpoint for line L2 (the environment variable behind bottling.plc.l2.endpoint in the Deployment/ConfigMap) and restart the controller.",
    [3, 5, 6, 10])

# s35 port / C++ Drogon berth-optimizer segfaults on a queued request -> crash loop
_o = P("berths", "berth-optimizer", "berth-optimizer-84c6d9b7f-zt5qw", "berth-optimizer", "port-w2")
_sc = P("berths", "berth-scheduler", "berth-scheduler-6d8b7c5f9-w2ntx", "berth-scheduler", "port-w1")
_kn = K("port-w2")
_oe = EV("berths", "berth-optimizer-84c6d9b7f-zt5qw", "port-w2")
rec("s35", ["outside-selector"], "Why has berth-scheduler fallen back to FIFO allocation?",
    {"namespace": "berths", "app": "berth-scheduler"}, "2026-03-02T14:20:00", [
        (0.310, _o, "{dr} 1 INFO  berth-optimizer 2.3.1 listening on 0.0.0.0:8848 (4 IO threads) - main.cc:57"),
        (0.412, _o, "{dr} 7 INFO  resuming queued plan request #8812 (terminal T2, 14 vessels, window 72h) - PlanQueue.cc:118"),
        (0.418, _o, "{dr} 7 WARN  request #8812: vessel \"YM WELLNESS\" has 0 crane assignments - PlanBuilder.cc:203"),
        (0.431, _kn, "{kern} berth-optimizer[3123]: segfault at 18 ip 000055d1c2f4a1b3 sp 00007f2a1bffe7c0 error 4 in berth-optimizer[55d1c2e00000+3a0000] likely on CPU 3 (core 3, socket 0)"),
        (1.904, _sc, "{sp} WARN  [berth.scheduler.optimizer] - optimizer call failed: java.net.ConnectException: Connection refused (berth-optimizer.berths.svc:8848)"),
        (2.330, _oe, "Warning  BackOff  pod/berth-optimizer-84c6d9b7f-zt5qw  Back-off restarting failed container berth-optimizer in pod berth-optimizer-84c6d9b7f-zt5qw_berths(7a3c9e1b-4d2f-4e8a-b6c0-1f5d9a2e7b38)"),
        (2.501, _sc, "{sp} WARN  [berth.scheduler.alloc] - optimizer unavailable, falling back to FIFO berth allocation for terminal T2"),
        (41.207, _o, "{dr} 1 INFO  berth-optimizer 2.3.1 listening on 0.0.0.0:8848 (4 IO threads) - main.cc:57"),
        (41.309, _o, "{dr} 7 INFO  resuming queued plan request #8812 (terminal T2, 14 vessels, window 72h) - PlanQueue.cc:118"),
        (41.314, _o, "{dr} 7 WARN  request #8812: vessel \"YM WELLNESS\" has 0 crane assignments - PlanBuilder.cc:203"),
        (41.330, _kn, "{kern} berth-optimizer[3391]: segfault at 18 ip 000055d1c2f4a1b3 sp 00007f2a1bffe7c0 error 4 in berth-optimizer[55d1c2e00000+3a0000] likely on CPU 1 (core 1, socket 0)"),
        (61.802, _sc, "{sp} ERROR [berth.scheduler.optimizer] - optimizer unavailable for 5 consecutive calls; T2 berth plan frozen at 14:20"),
        (62.020, _oe, "Warning  BackOff  pod/berth-optimizer-84c6d9b7f-zt5qw  Back-off restarting failed container berth-optimizer in pod berth-optimizer-84c6d9b7f-zt5qw_berths(7a3c9e1b-4d2f-4e8a-b6c0-1f5d9a2e7b38) (x6 over 4m)"),
    ], "CRITICAL", "application_error", "berth-optimizer",
    "berth-optimizer dereferences a null crane assignment when it resumes queued plan request #8812 (a vessel with 0 cranes) and segfaults; because the request is resumed on every start, the container crash-loops.",
    "berth-optimizer is in a segfault crash loop on a poison plan request; berth-scheduler falls back to FIFO and the T2 plan is frozen.",
    "Remove or quarantine plan request #8812 from the queue to restore service, then fix PlanBuilder to handle vessels with no crane assignment.",
    [2, 3, 9, 10, 12])

# s36 ski / Swift Vapor: liveness probe path returns 404 -> kill loop
_p = "patrol-dispatch-7d4f8b6c9-ws3kx"
_v = P("patrol", "patrol-dispatch", _p, "patrol-dispatch", "ski-w2")
_d = P("patrol", "patrol-radio-bridge", "patrol-radio-bridge-5b9f7d6c8-n4vxs", "radio-bridge", "ski-w2")
_ve = EV("patrol", _p, "ski-w2")
rec("s36", ["quiet-cause", "outside-selector"], "Why can the radio bridge not post incident updates to patrol-dispatch?",
    {"namespace": "patrol", "app": "patrol-radio-bridge"}, "2026-02-02T10:40:00", [
        (0.402, _v, "[ NOTICE ] Server starting on http://0.0.0.0:8080"),
        (10.118, _v, "[ INFO ] GET /healthz [request-id: 3D6A1F0B-8C2E-4B57-9E14-7A0C5D2F8B61]"),
        (10.119, _v, "[ WARNING ] Abort.404: Not Found [request-id: 3D6A1F0B-8C2E-4B57-9E14-7A0C5D2F8B61]"),
        (10.130, _ve, "Warning  Unhealthy  pod/" + _p + "  Liveness probe failed: HTTP probe failed with statuscode: 404"),
        (14.880, _d, "INFO: {dart}: dispatch: incident P-2026-0440 status 'patrol en route' posted"),
        (30.131, _ve, "Warning  Unhealthy  pod/" + _p + "  Liveness probe failed: HTTP probe failed with statuscode: 404 (x3 over 20s)"),
        (30.140, _ve, "Normal  Killing  pod/" + _p + "  Container patrol-dispatch failed liveness probe, will be restarted"),
        (33.502, _d, "WARNING: {dart}: dispatch: post status for P-2026-0440 failed: ClientException with SocketException: Connection refused (OS Error: Connection refused, errno = 111), address = patrol-dispatch.patrol.svc, port = 43512"),
        (41.004, _ve, "Warning  BackOff  pod/" + _p + "  Back-off restarting failed container patrol-dispatch in pod " + _p + "_patrol(9b2e5c7a-0f4d-4a1b-8c63-2e7f1d9a5b04)"),
        (70.220, _d, "WARNING: {dart}: dispatch: 6 incident updates queued; patrol-dispatch unavailable for 40s"),
        (81.405, _v, "[ NOTICE ] Server starting on http://0.0.0.0:8080"),
        (91.120, _v, "[ WARNING ] Abort.404: Not Found [request-id: 5F0C2B7D-1A9E-4C36-8B45-0D3E6A9F1C72]"),
        (91.131, _ve, "Warning  Unhealthy  pod/" + _p + "  Liveness probe failed: HTTP probe failed with statuscode: 404"),
    ], "CRITICAL", "probe_failure", "patrol-dispatch",
    "patrol-dispatch no longer serves /healthz (it answers 404) while its liveness probe still checks that path, so the kubelet kills the healthy process every ~30 s and the pod ends up in CrashLoopBackOff.",
    "patrol-dispatch is restarted in a loop by a liveness probe that gets 404, so incident updates from the radio bridge are refused and queue up.",
    "Point the liveness (and readiness) probe at the endpoint the new version serves, or restore the /healthz route, and roll out.",
    [2, 3, 6, 8, 11])

# s37 port / MinIO drive full -> gate photos dropped
_m = P("truckgate", "gate-minio", "gate-minio-0", "minio", "port-w3")
_r = P("truckgate", "gate-ocr", "gate-ocr-5d9c7b8f6-pl2tn", "gate-ocr", "port-w1")
_mf = ("API: PutObject(bucket=gate-photos, object=2026/02/28/T2/lane%d/%s.jpg)\nTime: {minio}\nDeploymentID: 6f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9\n"
       "RequestID: %s\nRemoteHost: 10.42.1.61\nHost: gate-minio.truckgate.svc:9000\nUserAgent: aws-sdk-rust/1.1.4 os/linux lang/rust/1.76.0\n"
       "Error: Storage backend has reached its minimum free drive threshold. Please delete a few objects to proceed. (cmd.StorageErr)")
_up = ("{isous} ERROR gate_ocr::archive: upload failed lane=%d truck=%s error=ServiceError(ServiceError { source: Unhandled(Unhandled { source: ErrorMetadata { "
       "code: Some(\"XMinioStorageFull\"), message: Some(\"Storage backend has reached its minimum free drive threshold. Please delete a few objects to proceed.\"), "
       "extras: None }, meta: ErrorMetadata { code: Some(\"XMinioStorageFull\") } }), raw: Response { status: StatusCode(507) } })")
rec("s37", ["quiet-cause", "nested-cause", "outside-selector"], "Why is gate-ocr logging upload errors and discarding truck photos?",
    {"namespace": "truckgate", "app": "gate-ocr"}, "2026-02-28T07:12:00", [
        (0.204, _r, "{isous}  INFO gate_ocr::lane: plate read lane=2 truck=GT-88120 confidence=0.97 appointment=A-7728"),
        (0.911, _m, _mf % (2, "GT-88120", "17F8A2C41B3D9E07")),
        (0.915, _r, _up % (2, "GT-88120")),
        (0.920, _r, "{isous}  WARN gate_ocr::archive: local spool 498/500 photos, oldest will be discarded when full"),
        (6.402, _r, "{isous}  INFO gate_ocr::lane: plate read lane=4 truck=GT-88123 confidence=0.94 appointment=A-7731"),
        (6.988, _m, _mf % (4, "GT-88123", "17F8A2C5E06B4A91")),
        (6.991, _r, _up % (4, "GT-88123")),
        (6.995, _r, "{isous} ERROR gate_ocr::archive: spool full: discarded photo truck=GT-87990 lane=1 (never archived)"),
        (7.210, _r, "{isous}  INFO gate_ocr::lane: gate lane=4 opened for truck=GT-88123"),
        (12.880, _r, "{isous}  INFO gate_ocr::lane: plate read lane=1 truck=GT-88125 confidence=0.98 appointment=A-7735"),
        (13.402, _r, _up % (1, "GT-88125")),
        (13.406, _r, "{isous} ERROR gate_ocr::archive: spool full: discarded photo truck=GT-87994 lane=3 (never archived)"),
    ], "CRITICAL", "resource_exhausted", "gate-minio",
    "gate-minio's drive is below MinIO's minimum free-space threshold, so every PutObject is rejected with XMinioStorageFull (507); gate-ocr's local spool is full and it now discards truck photos that were never archived.",
    "MinIO storage is full: gate photo uploads fail and photos are being permanently discarded.",
    "Free space in gate-minio (expire old gate-photos via a lifecycle rule) or expand its volume, then let gate-ocr drain its spool.",
    [1, 2, 5, 7])

# s38 brewery / Galera loses quorum -> taproom POS outage (Laravel)
_g0 = P("taproom", "taproom-galera", "taproom-galera-0", "mariadb", "brew-w1")
_g1 = P("taproom", "taproom-galera", "taproom-galera-1", "mariadb", "brew-w2")
_ng = P("taproom", "taproom-pos", "taproom-pos-7c6d5b8f9-k4xrm", "nginx", "brew-w2")
_fp = P("taproom", "taproom-pos", "taproom-pos-7c6d5b8f9-k4xrm", "php-fpm", "brew-w2")
_ipad = '"TaproomPOS-iPad/4.2 CFNetwork/1494.0.7 Darwin/23.4.0"'
_qe = ('[{fpm}] WARNING: [pool www] child %d said into stderr: "[{sp0}] production.ERROR: SQLSTATE[08S01]: Communication link failure: 1047 WSREP has not yet prepared node for application use '
       '(Connection: mysql, SQL: select * from `tabs` where `status` = open) {\\"exception\\":\\"[object] (Illuminate\\\\Database\\\\QueryException(code: 08S01): ... at /var/www/html/vendor/laravel/framework/src/Illuminate/Database/Connection.php:829)\\n'
       '[previous exception] [object] (PDOException(code: 08S01): SQLSTATE[08S01]: Communication link failure: 1047 WSREP has not yet prepared node for application use at /var/www/html/vendor/laravel/framework/src/Illuminate/Database/Connection.php:416)"')
rec("s38", ["nested-cause", "outside-selector"], "Why is the taproom POS down with database errors?",
    {"namespace": "taproom", "app": "taproom-pos"}, "2026-02-14T20:11:00", [
        (0.302, EV("taproom", "taproom-galera-1", "brew-w2"), "Normal  Killing  pod/taproom-galera-1  Stopping container mariadb"),
        (0.305, EV("taproom", "taproom-galera-2", "brew-w3"), "Normal  Killing  pod/taproom-galera-2  Stopping container mariadb"),
        (5.118, _g0, "{sp0} 0 [Note] WSREP: (8b1c2d3e-9f4a, 'tcp://0.0.0.0:4567') turning message relay requesting on, nonlive peers: tcp://10.42.2.41:4567 tcp://10.42.3.52:4567"),
        (9.420, _g0, "{sp0} 0 [Note] WSREP: New COMPONENT: primary = no, bootstrap = no, my_idx = 0, memb_num = 1"),
        (9.421, _g0, "{sp0} 0 [Note] WSREP: Received NON-PRIMARY."),
        (9.423, _g0, "{sp0} 0 [Note] WSREP: Shifting SYNCED -> OPEN (TO: 998812)"),
        (14.201, _fp, _qe % 41),
        (14.204, _ng, '10.42.0.1 - - [{clf}] "GET /api/tabs/open HTTP/1.1" 500 6615 "-" ' + _ipad),
        (48.930, _g1, "{sp0} 0 [ERROR] WSREP: failed to open gcomm backend connection: 110: failed to reach primary view (pc.wait_prim_timeout): 110 (Connection timed out)"),
        (48.931, _g1, "{sp0} 0 [ERROR] Aborting"),
        (50.102, EV("taproom", "taproom-galera-1", "brew-w2"), "Warning  BackOff  pod/taproom-galera-1  Back-off restarting failed container mariadb in pod taproom-galera-1_taproom(4c1a7e9b-2d5f-4b38-9e60-8a3d1f7c2b95)"),
        (52.660, _fp, _qe % 42),
        (52.663, _ng, '10.42.0.1 - - [{clf}] "POST /api/tabs/118/pay HTTP/1.1" 500 6615 "-" ' + _ipad),
        (55.004, EV("taproom", "taproom-galera-2", "brew-w3"), "Warning  BackOff  pod/taproom-galera-2  Back-off restarting failed container mariadb in pod taproom-galera-2_taproom(d8e2b6a4-7c1f-4e93-a05b-3f9c2e1d6a77)"),
    ], "CRITICAL", "database", "taproom-galera",
    "Two of the three taproom-galera members were stopped at the same time, so the survivor lost quorum and went NON-PRIMARY (refusing queries with 1047), and the restarted members cannot rejoin because no primary component exists.",
    "Galera cluster has no primary component: the POS gets 1047 WSREP errors on every query and two Galera pods crash-loop.",
    "Re-bootstrap the cluster from the most advanced node (pc.bootstrap=YES on taproom-galera-0), let the others rejoin, and add a PodDisruptionBudget (maxUnavailable 1) for taproom-galera.",
    [0, 1, 3, 4, 8])

# s39 ski / CoreDNS forwarding loop -> crash loop -> ticket shop outage
_c1 = P("kube-system", "coredns", "coredns-5c98db65d4-7hk2p", "coredns", "ski-w1")
_c2 = P("kube-system", "coredns", "coredns-5c98db65d4-zq4mn", "coredns", "ski-w2")
_k = P("tickets", "ticket-shop", "ticket-shop-7cc9f8d6b-4wq8n", "ticket-shop", "ski-w1")
_loop = '[FATAL] plugin/loop: Loop (127.0.0.1:%d -> :53) detected for zone ".", see https://coredns.io/plugins/loop#troubleshooting. Query: "HINFO %s."'
rec("s39", ["outside-selector"], "The ski ticket shop returns 500 on everything; what is going on?",
    {"namespace": "tickets", "app": "ticket-shop"}, "2026-02-07T08:30:00", [
        (0.118, _c1, "[INFO] plugin/reload: Running configuration SHA512 = 1d7b4e3f9a2c5b8e0d6f1a4c7e9b2d5f8a0c3e6b9d2f5a8c1e4b7d0a3f6c9e2b5d8a1f4c7e0b3d6a9f2c5e8b1d4a7f0c3e6b9d2f5a8c1"),
        (0.120, _c1, "CoreDNS-1.11.1"),
        (2.204, _c1, _loop % (49221, "4547991504243258144.3688648895315093531")),
        (3.017, _c2, _loop % (51877, "6620981344081926701.1188042297330965512")),
        (4.412, EV("kube-system", "coredns-5c98db65d4-7hk2p", "ski-w1"), "Warning  BackOff  pod/coredns-5c98db65d4-7hk2p  Back-off restarting failed container coredns in pod coredns-5c98db65d4-7hk2p_kube-system(0e6b3a9c-5f2d-4c71-b8a4-9d1e7f2c6b30)"),
        (6.881, _k, "{sp3} [DefaultDispatcher-worker-2] ERROR c.s.t.db.Db - query failed: org.postgresql.util.PSQLException: The connection attempt failed.\nCaused by: java.net.UnknownHostException: ticket-db.tickets.svc.cluster.local: Temporary failure in name resolution"),
        (6.890, _k, "{sp3} [eventLoopGroupProxy-4-2] INFO  Application - 500 Internal Server Error: GET - /api/passes?date=2026-02-08 in 5014ms"),
        (9.330, _k, "{sp3} [DefaultDispatcher-worker-4] ERROR c.s.t.payments.PaymentClient - authorize failed: java.nio.channels.UnresolvedAddressException"),
        (9.336, _k, "{sp3} [eventLoopGroupProxy-4-3] INFO  Application - 502 Bad Gateway: POST - /api/checkout in 5009ms"),
        (19.004, _k, "{sp3} [eventLoopGroupProxy-4-1] INFO  Application - 500 Internal Server Error: GET - /api/cart in 5011ms"),
        (62.120, _c1, _loop % (40318, "2390114873561024410.7719203385142769921")),
        (64.508, EV("kube-system", "coredns-5c98db65d4-zq4mn", "ski-w2"), "Warning  BackOff  pod/coredns-5c98db65d4-zq4mn  Back-off restarting failed container coredns in pod coredns-5c98db65d4-zq4mn_kube-system(7a2f9d1c-3e8b-4b56-a0c7-6d4e2b9f1a83) (x8 over 12m)"),
    ], "CRITICAL", "dns_resolution", "coredns",
    "Both CoreDNS replicas detect a forwarding loop (the node resolv.conf they forward to points back at a local stub resolver) and exit fatally, so CoreDNS crash-loops and no name resolves in the cluster.",
    "Cluster DNS is down (CoreDNS crash-looping on plugin/loop); ticket-shop cannot resolve its database or payment provider and every request fails.",
    "Point CoreDNS's forward directive at real upstream resolvers (or give the kubelet the non-stub resolv.conf, e.g. /run/systemd/resolve/resolv.conf) and restart CoreDNS.",
    [2, 3, 4, 10, 11])

# s40 brewery / Clojure langohr: RabbitMQ password rotated -> ACCESS_REFUSED crash loop
_p = "fermentation-alarms-6f9c8b7d5-vb7kq"
_al = P("brewhouse", "fermentation-alarms", _p, "fermentation-alarms", "brew-w1")
_r0 = P("brewhouse", "brewhouse-rabbitmq", "brewhouse-rabbitmq-0", "rabbitmq", "brew-w2")
_t = P("brewhouse", "fermentation-telemetry", "fermentation-telemetry-6c9d7b5f4-kq2lw", "fermentation-telemetry", "brew-w1")
_ae = EV("brewhouse", _p, "brew-w1")
_ref = ("{rmq} [error] <0.%d.0> Error on AMQP connection <0.%d.0> (10.42.1.38:%d -> 10.42.1.9:5672, state: starting):\n"
        "PLAIN login refused: user 'fermentation-alarms' - invalid credentials")
_cb = ("Caused by: com.rabbitmq.client.AuthenticationFailureException: ACCESS_REFUSED - Login was refused using authentication mechanism PLAIN. "
       "For details see the broker logfile.")
rec("s40", ["nested-cause"], "Why is fermentation-alarms crash-looping and are tank alarms being handled?",
    {"namespace": "brewhouse", "app": "fermentation-alarms"}, "2026-02-25T04:00:00", [
        (0.118, _r0, "{rmq} [info] <0.1320.0> Successfully changed password for user 'fermentation-alarms'"),
        (120.204, _ae, "Normal  Started  pod/" + _p + "  Started container fermentation-alarms"),
        (131.118, _al, "{sp} INFO  [fermentation.alarms.main] - starting fermentation-alarms 1.6.2, connecting to amqp://brewhouse-rabbitmq.brewhouse.svc:5672/brewhouse as fermentation-alarms"),
        (131.402, _r0, _ref % (21412, 21412, 51220)),
        (131.410, _al, "Exception in thread \"main\" clojure.lang.ExceptionInfo: could not connect to broker {:host \"brewhouse-rabbitmq.brewhouse.svc\", :vhost \"brewhouse\", :username \"fermentation-alarms\"}"),
        (131.411, _al, _cb),
        (131.412, _al, "\tat com.rabbitmq.client.impl.AMQConnection.start(AMQConnection.java:398)"),
        (133.880, _ae, "Warning  BackOff  pod/" + _p + "  Back-off restarting failed container fermentation-alarms in pod " + _p + "_brewhouse(1f8b3d6a-9c2e-4a57-b1d0-7e4c2a9f5b68)"),
        (140.502, _t, "{hms} [warning] Brewhouse.Alarms: tank FV-09 temperature 24.8C above 22.0C limit published to fermentation.alarms; queue has 0 consumers, 37 alarms unacknowledged"),
        (290.330, _ae, "Normal  Started  pod/" + _p + "  Started container fermentation-alarms"),
        (301.540, _r0, _ref % (22977, 22977, 51688)),
        (301.548, _al, _cb),
        (303.004, _ae, "Warning  BackOff  pod/" + _p + "  Back-off restarting failed container fermentation-alarms in pod " + _p + "_brewhouse(1f8b3d6a-9c2e-4a57-b1d0-7e4c2a9f5b68) (x7 over 12m)"),
    ], "CRITICAL", "auth_failure", "fermentation-alarms",
    "The broker password of user fermentation-alarms was rotated, but the alarms service still uses the old credentials, so RabbitMQ refuses its PLAIN login (ACCESS_REFUSED) and the service exits at startup in a loop.",
    "fermentation-alarms crash-loops on ACCESS_REFUSED after a password rotation; tank temperature alarms pile up unconsumed.",
    "Update the fermentation-alarms credentials Secret with the rotated password (or sync it from the same source) and restart the deployment; then work through the 37 pending alarms.",
    [0, 3, 5, 10])


if __name__ == "__main__":
    write_all()
