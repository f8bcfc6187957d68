"""dev56 part 2: ten ERROR incidents."""
from common import (Win, record, pl, jl, ev_alloy_labels, ev_alloy, ev_json, klog, nest, zap,
                    logrus, mongo, logback, celery, monolog, serilog, phx, rust, nginx_ingress,
                    rs_pod, h, hexid, uuid, jdump, every, pod_uid)


# --------------------------------------------------------------------------- E01
def e01():
    w = Win("E01", "2026-05-17T10:12:00Z")
    r = w.rng
    L = w.add
    ns = "results"
    rp, _ = rs_pod(r, "race-results")
    rl = pl(ns, "race-results", rp, "rc-worker-2")
    d1 = pl("search", "results-opensearch", "results-opensearch-data-1", "rc-worker-3", container="opensearch")
    d0 = pl("search", "results-opensearch", "results-opensearch-data-0", "rc-worker-1", container="opensearch")
    m0 = pl("search", "results-opensearch", "results-opensearch-master-0", "rc-worker-4", container="opensearch")
    crews = ["Thames RC W8+", "Minerva M4x", "Leander J18 2x", "Tideway Scullers W4-", "Molesey M1x", "Clyde RC W2x"]

    def osl(lvl, logger, node, msg):
        return f"[@OS@][{lvl:<5}][{logger}] [{node}] {msg}"

    for i, t in enumerate(every(0.5, 20, 3.2, r, 0.5)):
        L(t, rl, nest("log", "SearchController", f"GET /api/results/search?q={crews[i % 6].split()[0]} 200 {r.randrange(40, 160)}ms"))
    L(4.0, d0, osl("INFO", "o.o.c.s.IndexScopedSettings", "results-opensearch-data-0", "[race-results-2026] updating [index.refresh_interval] from [1s] to [5s]"))
    L(14.8, d1, osl("WARN", "o.o.m.j.JvmGcMonitorService", "results-opensearch-data-1", "[gc][84211] overhead, spent [4.1s] collecting in the last [4.6s]"), ev=True)
    L(22.9, d1, osl("INFO", "o.o.m.j.JvmGcMonitorService", "results-opensearch-data-1",
                    "[gc][old][84216][112] duration [6.8s], collections [1]/[7.1s], total [6.8s]/[19.2m], memory [7.6gb]->[7.4gb]/[8gb], all_pools {[young] [0b]->[0b]/[0b]}{[old] [7.5gb]->[7.4gb]/[8gb]}{[survivor] [96mb]->[0b]/[0b]}"), ev=True)
    L(23.0, d1, osl("WARN", "o.o.m.j.JvmGcMonitorService", "results-opensearch-data-1", "[gc][84216] overhead, spent [6.8s] collecting in the last [7.1s]"))
    L(24.2, d1, osl("WARN", "index.search.slowlog.query", "results-opensearch-data-1",
                    '[race-results-2026][2] took[12.4s], took_millis[12431], total_hits[1841 hits], stats[], search_type[QUERY_THEN_FETCH], total_shards[3], source[{"size":50,"query":{"multi_match":{"query":"Minerva","fields":["crew^2","club","event"]}},"sort":[{"finish_ms":{"order":"asc"}}]}], id[], '), ev=True)
    L(38.6, m0, osl("WARN", "o.o.c.InternalClusterInfoService", "results-opensearch-master-0",
                    "failed to retrieve stats for node [Vq3kX0nTQbO1c8xGk2v1Zw]: [results-opensearch-data-1][10.42.3.33:9300][cluster:monitor/nodes/stats[n]] request_id [481227] timed out after [15008ms]"))
    L(44.7, d1, osl("INFO", "o.o.m.j.JvmGcMonitorService", "results-opensearch-data-1",
                    "[gc][old][84237][113] duration [9.2s], collections [1]/[9.6s], total [9.2s]/[19.4m], memory [7.8gb]->[7.6gb]/[8gb], all_pools {[young] [0b]->[0b]/[0b]}{[old] [7.7gb]->[7.6gb]/[8gb]}{[survivor] [64mb]->[0b]/[0b]}"), ev=True)
    L(44.8, d1, osl("WARN", "o.o.m.j.JvmGcMonitorService", "results-opensearch-data-1", "[gc][84237] overhead, spent [9.2s] collecting in the last [9.6s]"))
    L(46.0, d1, osl("WARN", "index.search.slowlog.query", "results-opensearch-data-1",
                    '[race-results-2026][0] took[15.1s], took_millis[15107], total_hits[612 hits], stats[], search_type[QUERY_THEN_FETCH], total_shards[3], source[{"size":50,"query":{"multi_match":{"query":"Leander","fields":["crew^2","club","event"]}}}], id[], '))
    L(70.3, d1, osl("INFO", "o.o.m.j.JvmGcMonitorService", "results-opensearch-data-1",
                    "[gc][old][84262][114] duration [7.9s], collections [1]/[8.3s], total [7.9s]/[19.5m], memory [7.8gb]->[7.5gb]/[8gb], all_pools {[young] [0b]->[0b]/[0b]}{[old] [7.7gb]->[7.5gb]/[8gb]}{[survivor] [80mb]->[0b]/[0b]}"))
    L(98.1, d1, osl("WARN", "o.o.m.j.JvmGcMonitorService", "results-opensearch-data-1", "[gc][84290] overhead, spent [5.5s] collecting in the last [6.0s]"))
    for i, t in enumerate(every(21, 125, 4.6, r, 0.9)):
        c = crews[i % 6].split()[0]
        if i % 4 == 3:
            L(t, rl, nest("log", "HeatController", f"GET /api/results/heat/{r.randrange(20, 40)} 200 {r.randrange(8, 30)}ms (cache)"))
        elif i % 4 == 1:
            L(t, rl, nest("error", "SearchService", f"search '{c}' failed: TimeoutError: Request timed out"))
            L(t + 0.01, rl, nest("error", "ExceptionsHandler", f"GET /api/results/search?q={c} 504 Gateway Timeout"))
        else:
            L(t, rl, nest("warn", "SearchService", f"search '{c}' slow: {r.randrange(9000, 10000)}ms, retrying on another replica"))
            L(t + 0.01, rl, nest("error", "SearchService", f"search '{c}' failed: TimeoutError: Request timed out"))
    exp = {
        "severity": "ERROR",
        "root_cause_category": "timeout",
        "component": "results-opensearch",
        "root_cause": "The results-opensearch data node results-opensearch-data-1 is spending almost all its time in old-generation GC (heap 7.6gb/8gb, pauses of 7-9s), so search shards on it answer in 12-15s and race-results' OpenSearch client times out.",
        "summary": "Result search returns 504 / 'Request timed out' while cached heat pages still work; the slowness comes from GC pauses on one OpenSearch data node.",
        "action": "Relieve heap pressure on results-opensearch-data-1 (restart it, check fielddata/large aggregations, add heap or a data node) and move shard replicas off it meanwhile.",
    }
    return record("E01", w, "Why does the race results search time out?", {"namespace": ns, "app": "race-results"},
                  exp, ["quiet-cause", "outside-selector"])


# --------------------------------------------------------------------------- E02
def e02():
    w = Win("E02", "2026-01-27T04:00:00Z")
    r = w.rng
    L = w.add
    ns = "procurement"
    pod = f"supplier-sync-29490240-{h(r)}"
    sl = pl(ns, "supplier-sync", pod, "gw-node-4", container="php")
    api = "https://api.nordsoda.example/v2/orders"
    L(0.2, sl, monolog("console", "DEBUG", 'Command "app:supplier:sync" is running...', '{"command":"app:supplier:sync"}'))
    L(0.9, sl, monolog("app", "INFO", "Loaded open purchase orders", '{"supplier":"NordSoda","orders":146,"products":["soda ash dense","sodium sulfate"]}'))
    t = 1.5
    n_ok = 0
    for i in range(14):
        po = f"PO-26-{1180 + i:05d}"
        L(t, sl, monolog("http_client", "INFO", f'Request: "POST {api}"', f'{{"po":"{po}"}}'))
        L(t + 0.35, sl, monolog("http_client", "INFO", f'Response: "201 {api}"', f'{{"ratelimit_remaining":{40 - 3 * i}}}'))
        n_ok += 1
        t += r.uniform(0.5, 0.9)
    po = "PO-26-01194"
    L(t, sl, monolog("http_client", "INFO", f'Request: "POST {api}"', f'{{"po":"{po}"}}'))
    L(t + 0.2, sl, monolog("http_client", "INFO", f'Response: "429 {api}"', '{"ratelimit_remaining":0,"retry_after":"60"}'), ev=True)
    L(t + 0.21, sl, monolog("app", "WARNING", "Supplier API rate limit reached, backing off", '{"status":429,"retry_after":60,"limit":"40 requests/10min","attempt":1}'), ev=True)
    t += 60.5
    for attempt in (2, 3):
        L(t, sl, monolog("http_client", "INFO", f'Request: "POST {api}"', f'{{"po":"{po}"}}'))
        L(t + 0.2, sl, monolog("http_client", "INFO", f'Response: "429 {api}"', '{"ratelimit_remaining":0,"retry_after":"120"}'))
        L(t + 0.21, sl, monolog("app", "WARNING", "Supplier API rate limit reached, backing off", f'{{"status":429,"retry_after":120,"limit":"40 requests/10min","attempt":{attempt}}}'))
        t += 120.4
    L(t, sl, monolog("http_client", "INFO", f'Request: "POST {api}"', f'{{"po":"{po}"}}'))
    L(t + 0.2, sl, monolog("http_client", "INFO", f'Response: "429 {api}"', '{"ratelimit_remaining":0,"retry_after":"300"}'))
    exc = ('{"exception":"[object] (Symfony\\\\Component\\\\HttpClient\\\\Exception\\\\ClientException(code: 429): HTTP/2 429 returned for \\"'
           + api + '\\". at /srv/app/vendor/symfony/http-client/Response/CommonResponseTrait.php:168)","synced":14,"pending":132}')
    L(t + 0.3, sl, monolog("app", "ERROR", "Purchase order sync aborted after 4 rate-limited attempts", exc), ev=True)
    L(t + 0.31, sl, monolog("app", "INFO", "Sync summary", '{"supplier":"NordSoda","synced":14,"failed":1,"skipped":131,"error_count":1}'))
    L(t + 0.4, sl, monolog("console", "ERROR", 'Error thrown while running command "app:supplier:sync". Message: "HTTP/2 429 returned for \\"' + api + '\\"."',
                           '{"exception":"[object] (Symfony\\\\Component\\\\HttpClient\\\\Exception\\\\ClientException(code: 429))","command":"app:supplier:sync","message":"HTTP/2 429 returned for \\"' + api + '\\"."}'))
    L(t + 0.45, sl, monolog("console", "DEBUG", 'Command "app:supplier:sync" exited with code "1"', '{"command":"app:supplier:sync","code":1}'))
    exp = {
        "severity": "ERROR",
        "root_cause_category": "rate_limited",
        "component": "supplier-sync",
        "root_cause": "The NordSoda supplier API rate-limits supplier-sync (40 requests per 10 minutes): after 14 orders it answers 429 with Retry-After, the retries are also throttled, and the nightly purchase-order sync aborts.",
        "summary": "Only 14 of 146 soda-ash purchase orders were synced; the command exits with code 1 on an HTTP 429 ClientException.",
        "action": "Throttle supplier-sync below the supplier's quota (batch the orders or use their bulk endpoint), honour Retry-After, and re-run the sync for the 132 pending orders.",
    }
    return record("E02", w, "The nightly supplier order sync failed. What happened?",
                  {"namespace": ns, "app": "supplier-sync"}, exp, [])


# --------------------------------------------------------------------------- E03
def e03():
    w = Win("E03", "2026-03-02T01:00:00Z")
    r = w.rng
    L = w.add
    vp, _ = rs_pod(r, "velero")
    vl = pl("velero", "velero", vp, "sp-node-6")
    bk = "velero/daily-20260302010000"
    src = lambda f: f"pkg/{f}"
    rid = lambda: f"{hexid(r, 16).upper()}"
    denied = lambda: (f"rpc error: code = Unknown desc = AccessDenied: Access Denied\n\tstatus code: 403, request id: {rid()}, host id: "
                      f"{hexid(r, 40)}")
    L(0.3, vl, logrus("info", "Setting up backup temp file", backup=bk, logSource=src("controller/backup_controller.go:617")))
    L(0.4, vl, logrus("info", "Setting up plugin manager", backup=bk, logSource=src("controller/backup_controller.go:624")))
    L(0.5, vl, logrus("info", "Getting backup item actions", backup=bk, logSource=src("controller/backup_controller.go:628")))
    L(0.6, vl, logrus("info", "Setting up backup store to check for backup existence", backup=bk, logSource=src("controller/backup_controller.go:633")))
    L(1.2, vl, logrus("info", "Writing backup version file", backup=bk, logSource=src("backup/backup.go:197")))
    L(1.3, vl, logrus("info", "Including namespaces: plate-archive,press-qc,proofing,shop", backup=bk, logSource=src("backup/backup.go:203")))
    t = 1.5
    items = [("pods", "shop", "order-gateway-" + h(r, 10) + "-" + h(r)), ("configmaps", "press-qc", "perforation-qc-config"),
             ("persistentvolumeclaims", "plate-archive", "data-plate-archive-mongo-0"), ("secrets", "shop", "payments-tls"),
             ("deployments.apps", "proofing", "proof-api"), ("services", "shop", "catalogue"),
             ("statefulsets.apps", "plate-archive", "plate-archive-mongo"), ("pods", "proofing", "proof-api-" + h(r, 10) + "-" + h(r)),
             ("persistentvolumes", "", "pvc-" + uuid(r)), ("serviceaccounts", "press-qc", "default")]
    for res, ns, name in items:
        L(t, vl, logrus("info", "Processing item", backup=bk, logSource=src("backup/backup.go:417"), name=name, namespace=ns, progress="", resource=res))
        L(t + 0.05, vl, logrus("info", "Backed up 1 items out of an estimated total of 412 (estimate will change throughout the backup)", backup=bk, logSource=src("backup/backup.go:474"), name=name, namespace=ns, progress="", resource=res))
        t += r.uniform(0.4, 1.6)
    L(t + 1.0, vl, logrus("info", "Backed up a total of 412 items", backup=bk, logSource=src("backup/backup.go:499"), progress=""))
    L(t + 1.4, vl, logrus("error", "Error uploading log file", backup=bk, bucket="stamps-velero", error=denied(),
                          **{"error.file": "/go/src/velero-plugin-for-aws/object_store.go:253", "error.function": "main.(*ObjectStore).PutObject"},
                          logSource=src("persistence/object_store.go:252"), prefix="sp-prod"), ev=True)
    L(t + 1.6, vl, logrus("error", "backup failed", backuprequest=bk, controller="backup", error=denied(), logSource=src("controller/backup_controller.go:308")), ev=True)
    L(t + 1.7, vl, logrus("info", "Updating backup's final status", backuprequest=bk, controller="backup", logSource=src("controller/backup_controller.go:317")))
    t2 = t + 30
    L(t2, vl, logrus("error", "fail to validate backup store", backupstoragelocation="velero/default", controller="backup-storage-location",
                     error=denied(), logSource=src("controller/backup_storage_location_controller.go:141")), ev=True)
    L(t2 + 0.1, vl, logrus("info", "BackupStorageLocation is unavailable, will retry", backupstoragelocation="velero/default", controller="backup-storage-location", logSource=src("controller/backup_storage_location_controller.go:166")))
    L(t2 + 9.0, vl, logrus("info", "Checking for existing backup locations ready to be synced into the cluster", controller="backup-sync", logSource=src("controller/backup_sync_controller.go:103")))
    L(t2 + 9.1, vl, logrus("error", "Error listing backups in backup store", backupLocation="velero/default", controller="backup-sync", error=denied(), logSource=src("controller/backup_sync_controller.go:147")))
    L(t2 + 62.0, vl, logrus("info", "Attempting to delete expired backup", backup="velero/daily-20260201010000", controller="gc", logSource=src("controller/gc_controller.go:152")))
    L(t2 + 62.3, vl, logrus("error", "Error deleting backup", backup="velero/daily-20260201010000", controller="backup-deletion", error=denied(), logSource=src("controller/backup_deletion_controller.go:211")))
    L(t2 + 90.0, vl, logrus("error", "fail to validate backup store", backupstoragelocation="velero/default", controller="backup-storage-location",
                            error=denied(), logSource=src("controller/backup_storage_location_controller.go:141")))
    exp = {
        "severity": "ERROR",
        "root_cause_category": "auth_failure",
        "component": "velero",
        "root_cause": "Velero's credentials for the stamps-velero bucket are refused by the object store (AccessDenied, HTTP 403): uploads, listing and validation of the backup storage location all fail.",
        "summary": "The nightly backup daily-20260302010000 collected its 412 items but failed when writing to the bucket; the backup location is marked unavailable and garbage collection fails too.",
        "action": "Fix Velero's cloud credentials secret / bucket policy (the key was probably rotated or its policy narrowed), check BSL becomes Available, then re-run the backup.",
    }
    return record("E03", w, "Last night's cluster backup failed — why?", {"namespace": "velero", "app": "velero"}, exp, [])


# --------------------------------------------------------------------------- E04
def e04():
    w = Win("E04", "2026-04-11T06:30:00Z")
    r = w.rng
    L = w.add
    ns = "crew"
    cp, _ = rs_pod(r, "crew-portal")
    cl = pl(ns, "crew-portal", cp, "rc-worker-2", container="gunicorn")
    old_np, _ = rs_pod(r, "crew-notifier")
    new_np, _ = rs_pod(r, "crew-notifier")
    onl = pl(ns, "crew-notifier", old_np, "rc-worker-1", container="worker")
    nnl = pl(ns, "crew-notifier", new_np, "rc-worker-3", container="worker")
    al = pl("argocd", "argocd-application-controller", "argocd-application-controller-0", "rc-worker-4")
    app = "argocd/crew-notifier"
    calls = [f"CC-{2280 + i}" for i in range(12)]

    for i, t in enumerate(every(0.5, 30, 7.0, r, 1.0)):
        tid = uuid(r)
        L(t, onl, celery("INFO", "MainProcess", f"Task crew.tasks.send_crew_call[{tid}] received"))
        L(t + 1.1, onl, celery("INFO", "ForkPoolWorker-1", f"Task crew.tasks.send_crew_call[{tid}] succeeded in 0.9{r.randrange(10, 99)}s: {{'call': '{calls[i]}', 'recipients': {r.randrange(4, 10)}}}"))
        L(t + 0.05, cl, f'[@SPC@] INFO crew.views: crew call {calls[i]} queued for outing "{r.choice(["8+ tempo", "2x seat race", "4- steady state"])}"')
    L(6.0, al, logrus("info", "Initiated automated sync to 'b71e0c4'", application=app, dest_namespace=ns, dest_server="https://kubernetes.default.svc", reason="OperationStarted", type="Normal").replace("dest_namespace", "dest-namespace").replace("dest_server", "dest-server"))
    L(6.4, al, logrus("info", "Applying resource ConfigMap/crew-notifier-config in cluster: https://kubernetes.default.svc, namespace: crew", application=app), ev=True)
    L(6.5, al, logrus("info", "Applying resource Deployment/crew-notifier in cluster: https://kubernetes.default.svc, namespace: crew", application=app))
    L(7.2, al, logrus("info", "Sync operation to b71e0c4 succeeded", application=app, dest_namespace=ns, dest_server="https://kubernetes.default.svc", reason="OperationCompleted", type="Normal").replace("dest_namespace", "dest-namespace").replace("dest_server", "dest-server"))
    L(33.0, onl, celery("INFO", "MainProcess", "worker: Warm shutdown (MainProcess)"))
    L(24.1, nnl, celery("INFO", "MainProcess", "Connected to redis://crew-redis.crew.svc:6379/0"))
    L(24.6, nnl, celery("WARNING", "MainProcess", "crew_notifier.settings: EMAIL_HOST is not set; unknown setting SMTP_SERVER ignored"), ev=True)
    L(24.9, nnl, celery("INFO", "MainProcess", f"celery@{new_np} ready."))
    first = True
    for i, t in enumerate(every(36, 170, 16.0, r, 1.5)):
        tid = uuid(r)
        call = calls[(i + 5) % 12]
        L(t, cl, f'[@SPC@] INFO crew.views: crew call {call} queued for outing "{r.choice(["8+ tempo", "2x seat race", "4- steady state"])}"')
        L(t + 0.05, nnl, celery("INFO", "MainProcess", f"Task crew.tasks.send_crew_call[{tid}] received"))
        L(t + 0.12, nnl, celery("ERROR", "ForkPoolWorker-2", f"Task crew.tasks.send_crew_call[{tid}] raised unexpected: KeyError('EMAIL_HOST')"), ev=first)
        if first:
            L(t + 0.13, nnl, "Traceback (most recent call last):")
            L(t + 0.131, nnl, '  File "/usr/local/lib/python3.12/site-packages/celery/app/trace.py", line 453, in trace_task')
            L(t + 0.132, nnl, '  File "/app/crew_notifier/tasks.py", line 58, in send_crew_call')
            L(t + 0.133, nnl, '    smtp = smtplib.SMTP(os.environ["EMAIL_HOST"], int(os.environ.get("EMAIL_PORT", "587")))')
            L(t + 0.134, nnl, "KeyError: 'EMAIL_HOST'")
            first = False
        L(t + 2.0, cl, f"[@SPC@] ERROR crew.notifications: crew call {call} delivery failed: KeyError('EMAIL_HOST')")
        L(t + 2.01, cl, f'[@SPC@] WARNING django.request: Internal Server Error: /api/crew-calls/{call}/status')
    exp = {
        "severity": "ERROR",
        "root_cause_category": "config_error",
        "component": "crew-notifier",
        "root_cause": "An Argo CD sync applied a new crew-notifier-config ConfigMap that renamed EMAIL_HOST to SMTP_SERVER; the restarted crew-notifier workers have no EMAIL_HOST and every send_crew_call task fails with KeyError('EMAIL_HOST').",
        "summary": "Crew calls are queued by crew-portal but delivery fails; the worker logged at start-up that EMAIL_HOST is not set and SMTP_SERVER is ignored.",
        "action": "Restore the EMAIL_HOST key in crew-notifier-config (or teach the code the new name), roll the workers and re-send the failed crew calls.",
    }
    return record("E04", w, "Crew call notifications stopped going out this morning. Why?",
                  {"namespace": ns, "app": "crew-portal"}, exp, ["quiet-cause", "nested-cause", "outside-selector"])


# --------------------------------------------------------------------------- E05
def e05():
    w = Win("E05", "2026-02-18T13:40:00Z")
    r = w.rng
    L = w.add
    ns = "sorting"
    sp, _ = rs_pod(r, "cullet-sorter")
    sl = pl(ns, "cullet-sorter", sp, "gw-node-6")
    ql = pl("messaging", "glass-rabbitmq", "glass-rabbitmq-server-0", "gw-node-2", container="rabbitmq")
    erl = "<0.{}.0>"
    L(1.0, ql, f"@RABBIT@ [info] {erl.format(9211)} Accepting AMQP connection {erl.format(9214)} (10.42.6.31:{r.randrange(40000, 60000)} -> 10.42.2.17:5672)")
    L(1.1, ql, f"@RABBIT@ [info] {erl.format(9214)} connection {erl.format(9214)} (10.42.6.31:43512 -> 10.42.2.17:5672): user 'cullet-sorter' authenticated and granted access to vhost '/'")
    buf = 0
    for i, t in enumerate(every(0.5, 200, 6.5, r, 1.0)):
        colour = ["flint", "amber", "green", "mixed"][i % 4]
        kg = round(r.uniform(8, 30), 1)
        if t < 30:
            L(t, sl, zap("info", "sorter/line.go:131", "batch sorted", colour=colour, kg=kg, rejects=r.randrange(0, 4)))
            L(t + 0.02, sl, zap("info", "amqp/publisher.go:74", "published", exchange="cullet.sorted", routing_key=colour))
        else:
            buf += 1
            L(t, sl, zap("info", "sorter/line.go:131", "batch sorted", colour=colour, kg=kg, rejects=r.randrange(0, 4)))
            if i % 3 == 0:
                L(t + 0.02, sl, zap("error", "amqp/conn.go:52", "amqp dial failed", addr="amqp://glass-rabbitmq.messaging.svc:5672", error="dial tcp 10.43.201.7:5672: connect: connection refused", attempt=buf))
            else:
                L(t + 0.02, sl, zap("warn", "amqp/publisher.go:88", "publisher not connected, buffering sort result locally", buffered=buf, exchange="cullet.sorted"))
    L(25.3, ql, f"@RABBIT@ [warning] {erl.format(10442)} This node is being put into maintenance (drain) mode")
    L(25.31, ql, f"@RABBIT@ [info] {erl.format(10442)} Marked this node as undergoing maintenance")
    L(25.4, ql, f"@RABBIT@ [warning] {erl.format(10442)} Suspended all listeners and will no longer accept client connections", ev=True)
    L(25.5, ql, f"@RABBIT@ [warning] {erl.format(10442)} Closed 14 local client connections", ev=True)
    L(25.52, ql, f"@RABBIT@ [error] {erl.format(9214)} closing AMQP connection {erl.format(9214)} (10.42.6.31:43512 -> 10.42.2.17:5672):")
    L(25.53, ql, f"@RABBIT@ [error] {erl.format(9214)} {{shutdown,\"Node was put into maintenance mode\"}}")
    L(25.6, sl, zap("error", "amqp/publisher.go:97", "publish failed, reconnecting", exchange="cullet.sorted", error="Exception (320) Reason: \"CONNECTION_FORCED - Node was put into maintenance mode\""))
    L(26.2, ql, f"@RABBIT@ [info] {erl.format(10442)} Will transfer leadership of 6 quorum queues with current leader on this node")
    L(27.9, ql, f"@RABBIT@ [info] {erl.format(10442)} Leadership transfer for quorum queues hosted on this node has been initiated")
    L(28.0, ql, f"@RABBIT@ [info] {erl.format(10442)} Node is ready to be shut down for maintenance or upgrade")
    for t in every(60, 200, 45, r, 3):
        L(t, ql, f"@RABBIT@ [info] {erl.format(845)} Management plugin: GET /api/health/checks/virtual-hosts from 10.42.2.1 - 200")
    exp = {
        "severity": "ERROR",
        "root_cause_category": "connection_refused",
        "component": "glass-rabbitmq",
        "root_cause": "glass-rabbitmq-server-0 was put into maintenance (drain) mode and never revived: it suspended all client listeners and closed its connections, so AMQP connections to port 5672 are refused.",
        "summary": "cullet-sorter keeps sorting but cannot publish results (connect: connection refused) and buffers them locally; nothing downstream receives sorted-cullet events.",
        "action": "Finish the upgrade or revive the node (rabbitmq-upgrade revive), then check cullet-sorter flushes its local buffer.",
    }
    return record("E05", w, "Why has cullet-sorter stopped publishing sort results?",
                  {"namespace": ns, "app": "cullet-sorter"}, exp, ["quiet-cause", "outside-selector"])


# --------------------------------------------------------------------------- E06
def e06():
    w = Win("E06", "2026-03-19T23:00:00Z")
    r = w.rng
    L = w.add
    ns = "colour"
    drv = "colour-profiler-nightly-" + hexid(r, 16) + "-driver"
    dl = pl(ns, "colour-profiler", drv, "sp-node-2", container="spark-kubernetes-driver", spark_role="driver")
    kl = pl("karpenter", "karpenter", rs_pod(r, "karpenter")[0], "sp-node-1", container="controller")
    evl = ev_alloy_labels(ns)
    execs = [f"colour-profiler-nightly-{hexid(r, 16)}-exec-{i}" for i in range(1, 7)]
    S = lambda lvl, cls, msg: f"@SPARK@ {lvl} {cls}: {msg}"
    L(1.0, dl, S("INFO", "SparkContext", "Running Spark version 3.5.1"))
    L(1.2, dl, S("INFO", "SparkContext", "Submitted application: colour-profiler-nightly"))
    L(1.3, dl, S("INFO", "ResourceProfile", "Default ResourceProfile created, executor resources: Map(cores -> name: cores, amount: 4, script: , vendor: , memory -> name: memory, amount: 14336, script: , vendor: , offHeap -> name: offHeap, amount: 0, script: , vendor: ), task resources: Map(cpus -> name: cpus, amount: 1.0)"))
    L(2.9, dl, S("INFO", "Utils", "Successfully started service 'sparkDriver' on port 7078."))
    L(3.6, dl, S("INFO", "ExecutorPodsAllocator", "Going to request 6 executors from Kubernetes for ResourceProfile Id: 0, target: 6, known: 0, sharedSlotFromPendingPods: 2147483647."))
    L(3.8, dl, S("INFO", "BasicExecutorFeatureStep", "Decommissioning not enabled, skipping shutdown script"))
    L(4.4, dl, S("INFO", "KubernetesClusterSchedulerBackend", "SchedulerBackend is ready for scheduling beginning after waiting maxRegisteredResourcesWaitingTime: 30000000000(ns)"))
    L(4.9, dl, S("INFO", "ColourProfiler", "profiling 2 184 sheet scans from s3a://stamps-proofs/scans/2026-03-19/"))
    msg = ("0/6 nodes are available: 3 Insufficient memory, 3 node(s) had untolerated taint {dedicated: press-line}. "
           "preemption: 0/6 nodes are available: 3 No preemption victims found for incoming pod, 3 Preemption is not helpful for scheduling.")
    for i, ex in enumerate(execs):
        L(5.0 + i * 0.2, evl, ev_alloy(f"{ex}.17e5b0{hexid(r, 10)}", "Pod", "FailedScheduling", "Warning", msg,
                                       source="default-scheduler"), ev=(i == 0))
    L(6.1, kl, jdump({"level": "INFO", "time": "@ISO3@", "logger": "controller", "message": "found provisionable pod(s)", "commit": "a2875e3",
                      "controller": "provisioner", "Pods": f"colour/{execs[0]}, colour/{execs[1]}, colour/{execs[2]} and 3 other(s)", "duration": "41.2ms"}))
    L(6.2, kl, jdump({"level": "ERROR", "time": "@ISO3@", "logger": "controller", "message": "could not schedule pod", "commit": "a2875e3",
                      "controller": "provisioner", "Pod": {"name": execs[0], "namespace": ns},
                      "error": "incompatible with nodepool \"batch\", daemonset overhead={\"cpu\":\"200m\",\"memory\":\"256Mi\",\"pods\":\"3\"}, all available instance types exceed limits for nodepool: \"batch\""}), ev=True)
    L(6.3, kl, jdump({"level": "ERROR", "time": "@ISO3@", "logger": "controller", "message": "could not schedule pod", "commit": "a2875e3",
                      "controller": "provisioner", "Pod": {"name": execs[0], "namespace": ns},
                      "error": "incompatible with nodepool \"press\", did not tolerate dedicated=press-line:NoSchedule"}))
    for k, t in enumerate(every(35, 600, 60, r, 2.0)):
        L(t, dl, S("WARN", "TaskSchedulerImpl", "Initial job has not accepted any resources; check your cluster UI to ensure that workers are registered and have sufficient resources"))
        if k % 2 == 0:
            L(t + 1.5, evl, ev_alloy(f"{execs[k % 6]}.17e5b0{hexid(r, 10)}", "Pod", "FailedScheduling", "Warning", msg, source="default-scheduler", count=k + 2))
            L(t + 1.7, kl, jdump({"level": "ERROR", "time": "@ISO3@", "logger": "controller", "message": "could not schedule pod", "commit": "a2875e3",
                                  "controller": "provisioner", "Pod": {"name": execs[k % 6], "namespace": ns},
                                  "error": "incompatible with nodepool \"batch\", daemonset overhead={\"cpu\":\"200m\",\"memory\":\"256Mi\",\"pods\":\"3\"}, all available instance types exceed limits for nodepool: \"batch\""}))
    L(604.9, dl, S("ERROR", "ColourProfiler", "no executors registered after 600s, aborting nightly colour profile run"))
    L(605.0, dl, S("INFO", "SparkContext", "SparkContext is stopping with exitCode 1."))
    L(605.3, dl, S("INFO", "KubernetesClusterSchedulerBackend", "Shutting down all executors"))
    L(605.9, dl, S("INFO", "SparkContext", "Successfully stopped SparkContext"))
    L(606.1, dl, "Exception in thread \"main\" org.stamps.colour.JobAbortedException: no executors registered after 600s")
    exp = {
        "severity": "ERROR",
        "root_cause_category": "scheduling",
        "component": "colour-profiler",
        "root_cause": "The six colour-profiler executor pods (4 cores / 14Gi each) cannot be scheduled: the general nodes lack memory, the press-line nodes are tainted, and Karpenter cannot add capacity because the 'batch' nodepool is at its limits.",
        "summary": "The nightly Spark colour profile waits 10 minutes with 'Initial job has not accepted any resources' and aborts; no executor ever started.",
        "action": "Raise the limits of the 'batch' nodepool (or free capacity), or shrink executor memory/count; then re-run the nightly job.",
    }
    return record("E06", w, "The nightly colour-profiler Spark job aborted. Why?",
                  {"namespace": ns, "app": "colour-profiler"}, exp, ["outside-selector"])


# --------------------------------------------------------------------------- E07
def e07():
    w = Win("E07", "2026-04-25T15:20:00Z")
    r = w.rng
    L = w.add
    ns = "coaching"
    up, _ = rs_pod(r, "upload-gateway")
    ul = pl(ns, "upload-gateway", up, "rc-worker-1")
    va_rs = h(r, 10)
    va_old, _ = rs_pod(r, "video-analysis", va_rs)
    va_new, _ = rs_pod(r, "video-analysis", h(r, 10))
    vol = "pvc-" + uuid(r)
    img = "csi-vol-" + uuid(r)
    rbd4 = pl("rook-ceph", "csi-rbdplugin", "csi-rbdplugin-" + h(r), "rc-worker-4", container="csi-rbdplugin")
    evl = ev_alloy_labels(ns)
    kub2 = jl("rc-worker-2", "kubelet.service")
    ktor = lambda lvl, logger, msg: logback(lvl, f"eventLoopGroupProxy-4-{r.randrange(1, 9)}", logger, msg)
    for i, t in enumerate(every(0.5, 16, 5.0, r, 0.8)):
        L(t, ul, ktor("INFO", "c.r.upload.Routes", f"POST /upload/clip crew=W8+ outing={r.randrange(900, 999)} size={r.randrange(40, 400)}MB -> 202 Accepted"))
    L(4.0, evl, ev_alloy(f"video-analysis.17e6f1{hexid(r, 10)}", "Deployment", "ScalingReplicaSet", "Normal",
                         f"Scaled down replica set video-analysis-{va_rs} to 0 from 1", source="deployment-controller"))
    L(4.1, evl, ev_alloy(f"{va_old}.17e6f1{hexid(r, 10)}", "Pod", "Killing", "Normal", "Stopping container video-analysis", host="rc-worker-4"))
    L(4.3, evl, ev_alloy(f"{va_new}.17e6f1{hexid(r, 10)}", "Pod", "Scheduled", "Normal", f"Successfully assigned {ns}/{va_new} to rc-worker-2", source="default-scheduler"))
    L(9.6, rbd4, klog("I", 1, "utils.go:198", f'ID: 412 Req-ID: 0001-0009-rook-ceph-0000000000000002-{img[8:]} GRPC call: /csi.v1.Node/NodeUnstageVolume'))
    L(12.9, rbd4, klog("E", 1, "nodeserver.go:1029", f'ID: 412 Req-ID: 0001-0009-rook-ceph-0000000000000002-{img[8:]} rbd: unmap for spec (replicapool/{img}) failed (exit status 16): (rbd: sysfs write failed\nrbd: unmap failed: (16) Device or resource busy)'), ev=True)
    L(12.91, rbd4, klog("E", 1, "utils.go:203", f'ID: 412 Req-ID: 0001-0009-rook-ceph-0000000000000002-{img[8:]} GRPC error: rpc error: code = Internal desc = rbd: unmap for spec (replicapool/{img}) failed (exit status 16): (rbd: sysfs write failed\nrbd: unmap failed: (16) Device or resource busy)'))
    L(14.2, evl, ev_alloy(f"{va_new}.17e6f1a0c2d34e11", "Pod", "FailedAttachVolume", "Warning",
                          f'Multi-Attach error for volume "{vol}" Volume is already exclusively attached to one node and can\'t be attached to another',
                          source="attachdetach-controller"), ev=True)
    for k, t in enumerate([40.0, 70.0, 100.0, 130.0]):
        L(t, rbd4, klog("E", 1, "utils.go:203", f'ID: {413 + k} Req-ID: 0001-0009-rook-ceph-0000000000000002-{img[8:]} GRPC error: rpc error: code = Internal desc = rbd: unmap for spec (replicapool/{img}) failed (exit status 16): (rbd: sysfs write failed\nrbd: unmap failed: (16) Device or resource busy)'))
    L(136.5, kub2, klog("E", 1982, "pod_workers.go:1298", f'"Error syncing pod, skipping" err="unmounted volumes=[clips], unattached volumes=[clips], failed to process volumes=[]: context deadline exceeded" pod="{ns}/{va_new}" podUID="{pod_uid(ns, va_new)}"'))
    L(136.6, evl, ev_alloy(f"{va_new}.17e6f1b7e0aa1c02", "Pod", "FailedMount", "Warning",
                           "Unable to attach or mount volumes: unmounted volumes=[clips], unattached volumes=[clips], failed to process volumes=[]: timed out waiting for the condition", host="rc-worker-2"))
    for i, t in enumerate(every(17, 160, 7.5, r, 1.2)):
        L(t, ul, ktor("INFO", "c.r.upload.Routes", f"POST /upload/clip crew={r.choice(['W8+', 'M4x', 'J16 2x'])} outing={r.randrange(900, 999)} size={r.randrange(40, 400)}MB"))
        L(t + 0.4, ul, ktor("ERROR", "c.r.upload.AnalysisClient", "POST http://video-analysis.coaching.svc:8080/jobs failed: java.net.ConnectException: Connection refused"))
        if i % 3 == 0:
            L(t + 0.41, ul, ktor("WARN", "c.r.upload.Routes", "analysis backend unavailable, returning 503 to client"))
    exp = {
        "severity": "ERROR",
        "root_cause_category": "storage",
        "component": "video-analysis",
        "root_cause": "video-analysis's RWO Ceph RBD volume cannot be released from rc-worker-4: the CSI node plugin's rbd unmap fails with (16) Device or resource busy, so the volume stays attached there and the replacement pod on rc-worker-2 hits a Multi-Attach error and never mounts it.",
        "summary": "After the rollout the only video-analysis pod is stuck in ContainerCreating; upload-gateway gets connection refused from the analysis service and returns 503 for clip uploads.",
        "action": "Find what still holds the RBD device on rc-worker-4 (stale mount/process), unmap it or force-detach the VolumeAttachment, and use a Recreate strategy for this single-replica RWO deployment.",
    }
    return record("E07", w, "Coaching clip uploads fail with 503 since the video-analysis rollout. What's wrong?",
                  {"namespace": ns, "app": "upload-gateway"}, exp, ["nested-cause", "outside-selector"])


# --------------------------------------------------------------------------- E08
def e08():
    w = Win("E08", "2026-03-05T09:05:00Z")
    r = w.rng
    L = w.add
    ns = "quality"
    lp, _ = rs_pod(r, "defect-ledger")
    ll = pl(ns, "defect-ledger", lp, "gw-node-1")
    ml = pl("quality-data", "defect-mongo", "defect-mongo-0", "gw-node-3", container="mongod")
    ktor = lambda lvl, logger, msg: logback(lvl, f"DefaultDispatcher-worker-{r.randrange(1, 12)}", logger, msg)
    cnt = 811
    conn_id = 18230
    for i, t in enumerate(every(0.5, 150, 5.0, r, 0.6)):
        conn_id += 1
        remote = f"10.42.{r.choice([1, 2, 5])}.{r.randrange(10, 99)}:{r.randrange(30000, 60000)}"
        if cnt < 819:
            cnt += 1
            L(t, ml, mongo("I", "NETWORK", 22943, "listener", "Connection accepted",
                           {"remote": remote, "isLoadBalanced": False, "uuid": {"uuid": {"$uuid": uuid(r)}}, "connectionId": conn_id, "connectionCount": cnt}))
        else:
            L(t, ml, mongo("I", "NETWORK", 22942, "listener", "Connection refused because there are too many open connections",
                           {"remote": remote, "isLoadBalanced": False, "numOpenConns": 819}), ev=(i in (8, 9, 10)))
    L(0.2, ml, mongo("I", "NETWORK", 51800, "conn18102", "client metadata",
                     {"remote": "10.42.5.33:41220", "client": "conn18102", "doc": {"driver": {"name": "mongo-go-driver", "version": "1.15.0"}, "application": {"name": "spc-dashboard"}}}))
    for i, t in enumerate(every(1.0, 150, 9.0, r, 1.0)):
        d = f"D-{r.randrange(50000, 59999)}"
        if t < 41.5:
            L(t, ll, ktor("INFO", "c.g.defects.LedgerRoutes", f"POST /defects line=3 kind={r.choice(['seed', 'stone', 'blister', 'cord'])} -> 201 {d}"))
        else:
            L(t, ll, ktor("WARN", "org.mongodb.driver.connection", f"Got socket exception on connection [connectionId{{localValue:{40 + i}}}] to defect-mongo-0.defect-mongo.quality-data.svc:27017. All connections to defect-mongo-0.defect-mongo.quality-data.svc:27017 will be closed."))
            L(t + 0.02, ll, ktor("ERROR", "c.g.defects.LedgerRepository", f"insert {d} failed: com.mongodb.MongoSocketReadException: Prematurely reached end of stream"))
            L(t + 0.03, ll, ktor("ERROR", "c.g.defects.LedgerRoutes", "POST /defects -> 500 Internal Server Error"))
    exp = {
        "severity": "ERROR",
        "root_cause_category": "database",
        "component": "defect-mongo",
        "root_cause": "defect-mongo-0 has reached its maximum of 819 open connections (the default derived from a 1024 file-descriptor ulimit) and refuses every new connection with 'too many open connections'.",
        "summary": "defect-ledger's MongoDB driver sees sockets closed immediately (Prematurely reached end of stream) and returns 500 for new defect records; the refusals are only logged at I level on the database.",
        "action": "Raise the mongod ulimit/maxIncomingConnections and cut client pool sizes (spc-dashboard, defect-ledger); restart the offending clients to release connections.",
    }
    return record("E08", w, "defect-ledger can't record defects (HTTP 500). Why?",
                  {"namespace": ns, "app": "defect-ledger"}, exp, ["quiet-cause", "outside-selector"])


# --------------------------------------------------------------------------- E09
def e09():
    w = Win("E09", "2026-02-06T02:00:00Z")
    r = w.rng
    L = w.add
    pns = "proof-jobs"
    node = "sp-node-4"
    p1 = "render-sheet-proofs-" + h(r, 8)
    p2 = "render-sheet-proofs-" + h(r, 8)
    rl1 = pl(pns, "sheet-proof-render", p1, node, container="base")
    rl2 = pl(pns, "sheet-proof-render", p2, node, container="base")
    wk = pl("airflow", "airflow-worker", "nightly-proofs-render-sheet-proofs-" + h(r, 8), "sp-node-2", container="base")
    kern = jl(node, "kernel")
    A = lambda src, lvl, msg: f"[@AIRFLOW@] {{{src}}} {lvl} - {msg}"
    for attempt, (t0, pod, rl, pid) in enumerate([(0.0, p1, rl1, 22841), (140.0, p2, rl2, 23517)], start=1):
        L(t0 + 0.5, wk, A("taskinstance.py:2612", "INFO", f"Starting attempt {attempt} of 2"))
        L(t0 + 0.9, wk, A("taskinstance.py:2635", "INFO", f"Executing <Task(KubernetesPodOperator): render_sheet_proofs> on 2026-02-05 02:00:00+00:00"))
        L(t0 + 1.6, wk, A("pod.py:1133", "INFO", f"Building pod {pod} with labels: {{'dag_id': 'nightly_proofs', 'task_id': 'render_sheet_proofs', 'run_id': 'scheduled__2026-02-05T0200000000-{hexid(r, 9)}', 'kubernetes_pod_operator': 'True', 'try_number': '{attempt}'}}"))
        L(t0 + 4.2, wk, A("pod_manager.py:390", "INFO", f"Pod {pod} has phase Pending"))
        L(t0 + 9.3, wk, A("pod_manager.py:390", "INFO", f"Pod {pod} has phase Running"))
        L(t0 + 9.8, rl, "INFO:render:loading sheet SP-2026-041 (48 stamps, 5 colour separations, 1200 dpi)")
        L(t0 + 10.2, wk, A("pod_manager.py:472", "INFO", "[base] INFO:render:loading sheet SP-2026-041 (48 stamps, 5 colour separations, 1200 dpi)"))
        for k in range(1, 4):
            L(t0 + 10 + k * 13.5, rl, f"INFO:render:compositing separation {k}/5 at 1200 dpi (29528x20866 px, {k * 2.3:.1f} GiB in use)")
            L(t0 + 10.4 + k * 13.5, wk, A("pod_manager.py:472", "INFO", f"[base] INFO:render:compositing separation {k}/5 at 1200 dpi (29528x20866 px, {k * 2.3:.1f} GiB in use)"))
        k0 = t0 + 59.7
        L(k0, kern, "python3 invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=999")
        L(k0 + 0.001, kern, "memory: usage 8388608kB, limit 8388608kB, failcnt 611")
        L(k0 + 0.002, kern, f"Memory cgroup out of memory: Killed process {pid} (python3) total-vm:9120444kB, anon-rss:8361204kB, file-rss:17092kB, shmem-rss:0kB, UID:50000 pgtables:16660kB oom_score_adj:999", ev=True)
        L(k0 + 3.9, wk, A("pod_manager.py:390", "INFO", f"Pod {pod} has phase Failed"))
        L(k0 + 4.4, wk, A("taskinstance.py:2905", "ERROR", "Task failed with exception"))
        L(k0 + 4.41, wk, f"airflow.exceptions.AirflowException: Pod {pod} returned a failure.")
        L(k0 + 4.42, wk, f"remote_pod: {{'api_version': 'v1', 'kind': 'Pod', 'metadata': {{'name': '{pod}', 'namespace': '{pns}'}}, 'status': {{'container_statuses': [{{'name': 'base', 'state': {{'terminated': {{'exit_code': 137, 'reason': 'OOMKilled', 'finished_at': '{w.iso(k0)}'}}}}}}], 'phase': 'Failed'}}}}", ev=(attempt == 1))
        if attempt == 1:
            L(k0 + 4.6, wk, A("taskinstance.py:1206", "INFO", f"Marking task as UP_FOR_RETRY. dag_id=nightly_proofs, task_id=render_sheet_proofs, run_id=scheduled__2026-02-05T02:00:00+00:00, execution_date=20260205T020000, start_date={w.iso(0.5, '%Y%m%dT%H%M%S')}, end_date={w.iso(k0 + 4.6, '%Y%m%dT%H%M%S')}"))
        else:
            L(k0 + 4.6, wk, A("taskinstance.py:1206", "INFO", f"Marking task as FAILED. dag_id=nightly_proofs, task_id=render_sheet_proofs, run_id=scheduled__2026-02-05T02:00:00+00:00, execution_date=20260205T020000, start_date={w.iso(t0 + 0.5, '%Y%m%dT%H%M%S')}, end_date={w.iso(k0 + 4.6, '%Y%m%dT%H%M%S')}"))
            L(k0 + 4.8, wk, A("email.py:288", "WARNING", "Email alerting: task render_sheet_proofs of nightly_proofs failed after 2 attempts"))
        L(k0 + 5.0, wk, A("local_task_job_runner.py:240", "INFO", "Task exited with return code 1"))
    exp = {
        "severity": "ERROR",
        "root_cause_category": "oom_killed",
        "component": "sheet-proof-render",
        "root_cause": "The sheet-proof-render task pod exceeds its 8Gi memory limit while compositing 1200 dpi colour separations of sheet SP-2026-041; the kernel OOM-kills python3 (exit 137, OOMKilled) on both attempts.",
        "summary": "The render pod's own log just stops mid-composite; the kill is visible in the node's kernel log and in Airflow's failure dump, and the nightly_proofs DAG run failed after 2 attempts.",
        "action": "Raise the render pod's memory limit or render separations tile by tile / at lower dpi, then clear and re-run render_sheet_proofs.",
    }
    return record("E09", w, "Why did tonight's sheet proof render fail?", {"namespace": pns, "app": "sheet-proof-render"},
                  exp, ["outside-selector"])


# --------------------------------------------------------------------------- E10
def e10():
    w = Win("E10", "2026-01-14T08:15:00Z")
    r = w.rng
    L = w.add
    ns = "energy"
    fp, _ = rs_pod(r, "furnace-energy")
    fl = pl(ns, "furnace-energy", fp, "gw-node-2", container="plumber")
    fx = pl(ns, "furnace-energy", fp, "gw-node-2", container="istio-proxy")
    mp, _ = rs_pod(r, "meter-gateway")
    ml = pl("metering", "meter-gateway", mp, "gw-node-5")
    cm = pl("cert-manager", "cert-manager", rs_pod(r, "cert-manager")[0], "gw-node-1", container="cert-manager-controller")
    P = lambda lvl, msg: f"{lvl} [@SPS@] {msg}"
    for i, t in enumerate(every(0.5, 40, 5.0, r, 0.8)):
        f = i % 4 + 1
        L(t, fl, P("INFO", f"POST /ingest/furnace/{f} -> meter-gateway: 200 ({r.randrange(40, 90)} readings)"))
        L(t + 0.01, ml, f"@GOLOG@ ingest furnace={f} readings={r.randrange(40, 90)} status=200")
    L(12.0, cm, klog("I", 1, "trigger_controller.go:215", '"Certificate must be re-issued" logger="cert-manager.certificates-trigger" key="metering/meter-gateway-tls" reason="IncorrectIssuer" message="Issuing certificate as Secret was previously issued by \\"ClusterIssuer.cert-manager.io/glassworks-ca\\""'), ev=True)
    L(12.1, cm, klog("I", 1, "conditions.go:203", 'Setting lastTransitionTime for Certificate "meter-gateway-tls" condition "Issuing" to @KLOGTS@'))
    L(12.6, cm, klog("I", 1, "conditions.go:263", 'Setting lastTransitionTime for CertificateRequest "meter-gateway-tls-4" condition "Approved" to @KLOGTS@'))
    L(13.4, cm, klog("I", 1, "issuing_controller.go:279", '"Issued certificate" logger="cert-manager.certificates-issuing" key="metering/meter-gateway-tls" issuer="ClusterIssuer.cert-manager.io/glassworks-ca-v2"'), ev=True)
    L(13.5, cm, klog("I", 1, "conditions.go:192", 'Found status change for Certificate "meter-gateway-tls" condition "Ready": "False" -> "True"; setting lastTransitionTime to @KLOGTS@'))
    L(41.0, ml, "@GOLOG@ tls: reloaded serving certificate /tls/tls.crt (issuer=CN=Glassworks Intermediate CA v2, notAfter=2026-04-14T08:15:13Z)")
    for i, t in enumerate(every(45, 170, 9.0, r, 0.9)):
        f = i % 4 + 1
        L(t - 0.01, ml, f"@GOLOG@ http: TLS handshake error from 10.42.2.61:{r.randrange(40000, 60000)}: remote error: tls: unknown certificate authority", ev=(i == 0))
        L(t, fx, f'[@ISO3@] "POST /v1/readings HTTP/1.1" 503 UF,URX upstream_reset_before_response_started{{connection_failure,TLS_error:|268435581:SSL_routines:OPENSSL_internal:CERTIFICATE_VERIFY_FAILED:TLS_error_end}} - "TLS_error:|268435581:SSL_routines:OPENSSL_internal:CERTIFICATE_VERIFY_FAILED:TLS_error_end" 0 190 {r.randrange(4, 20)} - "-" "httr2/1.0.1 r-curl/5.2.1 libcurl/8.5.0" "{uuid(r)}" "meter-gateway.metering.svc.cluster.local:8443" "10.42.5.18:8443" outbound|8443||meter-gateway.metering.svc.cluster.local - 10.43.9.44:8443 10.42.2.61:{r.randrange(40000, 60000)} - default', ev=(i == 0))
        L(t + 0.02, fl, P("ERROR", f"POST /ingest/furnace/{f} -> meter-gateway: HTTP 503 upstream connect error or disconnect/reset before headers. reset reason: connection failure, transport failure reason: TLS_error:|268435581:SSL routines:OPENSSL_internal:CERTIFICATE_VERIFY_FAILED:TLS_error_end"))
        if i % 3 == 2:
            L(t + 0.03, fl, P("WARN", f"{(i + 1) * 61} readings buffered in memory for furnaces 1-4"))
    exp = {
        "severity": "ERROR",
        "root_cause_category": "tls_certificate",
        "component": "meter-gateway",
        "root_cause": "cert-manager re-issued meter-gateway's serving certificate from a new ClusterIssuer (glassworks-ca-v2); the furnace-energy sidecar does not trust that CA, so every TLS handshake to meter-gateway fails with CERTIFICATE_VERIFY_FAILED / unknown certificate authority.",
        "summary": "furnace-energy's ingestion calls get 503 UF from its Envoy sidecar since meter-gateway reloaded the new certificate; energy readings pile up in memory.",
        "action": "Add the Glassworks Intermediate CA v2 chain to the DestinationRule/caller trust bundle (or revert the issuer), then confirm ingestion drains the buffer.",
    }
    return record("E10", w, "furnace-energy cannot push meter readings since this morning. Why?",
                  {"namespace": ns, "app": "furnace-energy"}, exp, ["outside-selector"])


RECORDS = [e01, e02, e03, e04, e05, e06, e07, e08, e09, e10]


def build():
    return [f() for f in RECORDS]
