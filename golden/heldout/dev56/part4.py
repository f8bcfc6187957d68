"""dev56 part 4: ten healthy windows (severity INFO, category none)."""
from common import (Win, record, pl, jl, ev_alloy_labels, ev_alloy, ev_json, klog, nest, zap,
                    logrus, mongo, logback, celery, monolog, serilog, phx, rust, nginx_ingress,
                    rs_pod, h, hexid, uuid, jdump, every, pod_uid)


def healthy(root, summary):
    return {"severity": "INFO", "root_cause_category": "none",
            "root_cause": root, "summary": summary, "action": "None needed."}


RID = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


# --------------------------------------------------------------------------- H01
def h01():
    w = Win("H01", "2026-02-26T10:05:00Z")
    r = w.rng
    L = w.add
    ns = "furnace"
    old_rs, new_rs = h(r, 10), h(r, 10)
    old = [rs_pod(r, "furnace-telemetry", old_rs)[0] for _ in range(3)]
    new = [rs_pod(r, "furnace-telemetry", new_rs)[0] for _ in range(3)]
    nodes = ["gw-node-1", "gw-node-2", "gw-node-5"]
    ol = [pl(ns, "furnace-telemetry", p, n) for p, n in zip(old, nodes)]
    nl = [pl(ns, "furnace-telemetry", p, n) for p, n in zip(new, nodes)]
    al = pl("argocd", "argocd-application-controller", "argocd-application-controller-0", "gw-node-6")
    evl = ev_alloy_labels(ns)
    app = "argocd/furnace-telemetry"
    L(0.5, al, logrus("info", "Initiated automated sync to 'c41d9e2'", application=app, reason="OperationStarted", type="Normal"))
    L(0.9, al, logrus("info", "Applying resource Deployment/furnace-telemetry in cluster: https://kubernetes.default.svc, namespace: furnace", application=app))
    L(1.4, al, logrus("info", "Sync operation to c41d9e2 succeeded", application=app, reason="OperationCompleted", type="Normal"))
    L(1.6, al, logrus("info", "Updated health status: Healthy -> Progressing", application=app, reason="ResourceUpdated", type="Normal"))
    for i in range(3):
        b = 2.0 + i * 24.0
        L(b, evl, ev_alloy(f"furnace-telemetry.17f9{hexid(r, 12)}", "Deployment", "ScalingReplicaSet", "Normal", f"Scaled up replica set furnace-telemetry-{new_rs} to {i + 1} from {i}", source="deployment-controller"))
        L(b + 3.0, nl[i], zap("info", "cmd/main.go:52", "starting furnace-telemetry", version="4.2.0", commit="c41d9e2"))
        L(b + 3.4, nl[i], zap("info", "opcua/session.go:97", "OPC-UA session established", endpoint=f"opc.tcp://furnace-{i + 1}-plc.furnace:4840", subscriptions=3))
        L(b + 8.0, nl[i], zap("info", "cmd/main.go:88", "ready", listen=":9090"))
        L(b + 12.0, evl, ev_alloy(f"furnace-telemetry.17f9{hexid(r, 12)}", "Deployment", "ScalingReplicaSet", "Normal", f"Scaled down replica set furnace-telemetry-{old_rs} to {2 - i} from {3 - i}", source="deployment-controller"))
        L(b + 12.2, evl, ev_alloy(f"{old[i]}.17f9{hexid(r, 12)}", "Pod", "Killing", "Normal", "Stopping container furnace-telemetry", host=nodes[i]))
        L(b + 12.3, ol[i], zap("info", "cmd/main.go:120", "received signal, shutting down", signal="terminated"))
        L(b + 12.4, ol[i], zap("warn", "opcua/session.go:143", "closing OPC-UA subscriptions before exit", count=3))
        L(b + 14.1, evl, ev_alloy(f"{old[i]}.17f9{hexid(r, 12)}", "Pod", "Unhealthy", "Warning", f'Readiness probe failed: Get "http://10.42.{i + 1}.14:9090/ready": dial tcp 10.42.{i + 1}.14:9090: connect: connection refused', host=nodes[i]))
        L(b + 14.5, ol[i], zap("info", "cmd/main.go:131", "shutdown complete", flushed_samples=r.randrange(200, 900)))
    for i, t in enumerate(every(12, 90, 6.0, r, 0.8)):
        k = min(2, int((t - 2) // 24))
        src = nl[k] if t > 10 + 24 * k else ol[(k + 1) % 3]
        L(t, src, zap("info", "opcua/sub.go:61", "published furnace sample", furnace=k + 1, crown_c=round(r.uniform(1540, 1575), 1), pull_t_per_day=r.choice([180, 220, 240])))
    L(85.2, al, logrus("info", "Updated health status: Progressing -> Healthy", application=app, reason="ResourceUpdated", type="Normal"))
    exp = healthy("Planned Argo CD rollout of furnace-telemetry c41d9e2; the old pods shut down gracefully and the readiness failures are from pods that were already terminating.",
                  "All three new pods established OPC-UA sessions and became ready; Argo CD reports the application Healthy.")
    return record("H01", w, "Readiness probe failures on furnace-telemetry after the deploy — is the new version broken?",
                  {"namespace": ns, "app": "furnace-telemetry"}, exp, ["healthy-lookalike"])


# --------------------------------------------------------------------------- H02
def h02():
    w = Win("H02", "2026-05-21T01:30:00Z")
    r = w.rng
    L = w.add
    vl = pl("velero", "velero", rs_pod(r, "velero")[0], "rc-worker-4")
    bk = "velero/nightly-20260521013000"
    src = lambda f: f"pkg/{f}"
    L(0.2, vl, logrus("info", "Setting up backup temp file", backup=bk, logSource=src("controller/backup_controller.go:617")))
    L(0.5, vl, logrus("info", "Including namespaces: bookings,data,ergs,regatta", backup=bk, logSource=src("backup/backup.go:203")))
    t = 1.0
    for res, ns, name in [("pods", "bookings", "booking-api-" + h(r, 10) + "-" + h(r)), ("statefulsets.apps", "data", "club-mariadb"),
                          ("persistentvolumeclaims", "data", "data-club-mariadb-0"), ("configmaps", "regatta", "regatta-timing-config"),
                          ("secrets", "bookings", "booking-api-env"), ("deployments.apps", "ergs", "erg-stream")]:
        L(t, vl, logrus("info", "Processing item", backup=bk, logSource=src("backup/backup.go:417"), name=name, namespace=ns, progress="", resource=res))
        t += r.uniform(0.3, 0.9)
    vs = "velero-data-club-mariadb-0-" + h(r)
    L(t, vl, logrus("info", f"Created VolumeSnapshot data/{vs}", backup=bk, cmd="/velero", logSource="pkg/backup/actions/csi/pvc_action.go:412", pluginName="velero"))
    for k in range(3):
        L(t + 5 * (k + 1), vl, logrus("info", f"Waiting for CSI driver to reconcile volumesnapshot data/{vs}. Retrying in 5s", backup=bk, cmd="/velero", logSource="pkg/util/csi/volume_snapshot.go:131", pluginName="velero"))
    t += 21
    L(t, vl, logrus("info", f"VolumeSnapshot data/{vs} is ready to use", backup=bk, logSource="pkg/util/csi/volume_snapshot.go:140"))
    L(t + 0.4, vl, logrus("info", "Backed up a total of 388 items", backup=bk, logSource=src("backup/backup.go:499"), progress=""))
    L(t + 1.9, vl, logrus("info", "Setting up backup store to persist the backup", backup=bk, logSource=src("controller/backup_controller.go:789")))
    L(t + 3.1, vl, logrus("info", "Backup completed", backup=bk, logSource=src("controller/backup_controller.go:805")))
    L(t + 3.2, vl, logrus("info", "Updating backup's final status", backuprequest=bk, controller="backup", logSource=src("controller/backup_controller.go:317")))
    L(t + 3.3, vl, logrus("info", "backup finished", backuprequest=bk, controller="backup", phase="Completed", errors=0, warnings=0, itemsBackedUp=388, logSource=src("controller/backup_controller.go:320")))
    L(t + 40, vl, logrus("info", "Checking for existing backup locations ready to be synced into the cluster", controller="backup-sync", logSource=src("controller/backup_sync_controller.go:103")))
    L(t + 40.2, vl, logrus("info", "BackupStorageLocation is valid, marking as available", backupstoragelocation="velero/default", controller="backup-storage-location", logSource=src("controller/backup_storage_location_controller.go:127")))
    L(t + 70, vl, logrus("info", "Backup has expired", backup="velero/nightly-20260421013000", controller="gc", expiration="2026-05-21 01:30:00 +0000 UTC", logSource=src("controller/gc_controller.go:153")))
    L(t + 70.3, vl, logrus("info", "Removing existing deletion requests for backup", backup="nightly-20260421013000", controller="backup-deletion", logSource=src("controller/backup_deletion_controller.go:489")))
    L(t + 73.8, vl, logrus("info", "Backup deleted", backup="nightly-20260421013000", controller="backup-deletion", logSource=src("controller/backup_deletion_controller.go:367")))
    exp = healthy("The nightly Velero backup completed with 388 items, 0 errors and 0 warnings; the CSI snapshot wait is normal polling and the expired backup was garbage-collected as scheduled.",
                  "Backup nightly-20260521013000 Completed; storage location available.")
    return record("H02", w, "Did the nightly backup of the club cluster succeed?", {"namespace": "velero", "app": "velero"}, exp, ["healthy-lookalike"])


# --------------------------------------------------------------------------- H03
def h03():
    w = Win("H03", "2026-03-24T10:00:00Z")
    r = w.rng
    L = w.add
    ns = "shop-cache"
    s0 = pl(ns, "shop-redis", "shop-redis-node-0", "sp-node-3", container="sentinel")
    s1 = pl(ns, "shop-redis", "shop-redis-node-1", "sp-node-4", container="sentinel")
    r0 = pl(ns, "shop-redis", "shop-redis-node-0", "sp-node-3", container="redis")
    r1 = pl(ns, "shop-redis", "shop-redis-node-1", "sp-node-4", container="redis")
    dj = pl("ops", "failover-drill", "failover-drill-" + h(r), "sp-node-1", container="drill")
    gw = pl("shop", "order-gateway", rs_pod(r, "order-gateway")[0], "sp-node-3")
    old, new = "10.42.3.11", "10.42.4.22"
    L(0.5, dj, jdump({"time": "@ISO3@", "level": "INFO", "msg": "DRILL: announced game-day failover of shop-redis (change CHG-4471); issuing SENTINEL FAILOVER mymaster"}))
    seq = [(1.0, "#", "Executing user requested FAILOVER of 'mymaster'"), (1.01, "#", "+new-epoch 12"),
           (1.02, "#", f"+try-failover master mymaster {old} 6379"), (1.05, "#", f"+elected-leader master mymaster {old} 6379"),
           (1.06, "#", f"+failover-state-select-slave master mymaster {old} 6379"),
           (1.2, "#", f"+selected-slave slave {new}:6379 {new} 6379 @ mymaster {old} 6379"),
           (1.21, "*", f"+failover-state-send-slaveof-noone slave {new}:6379 {new} 6379 @ mymaster {old} 6379"),
           (1.3, "*", f"+failover-state-wait-promotion slave {new}:6379 {new} 6379 @ mymaster {old} 6379"),
           (2.1, "#", f"+promoted-slave slave {new}:6379 {new} 6379 @ mymaster {old} 6379"),
           (2.11, "#", f"+failover-state-reconf-slaves master mymaster {old} 6379"),
           (3.2, "#", f"+failover-end master mymaster {old} 6379"),
           (3.21, "#", f"+switch-master mymaster {old} 6379 {new} 6379"),
           (3.3, "*", f"+slave slave {old}:6379 {old} 6379 @ mymaster {new} 6379")]
    for t, c, m in seq:
        L(t, s0, f"1:X @REDIS@ {c} {m}")
    L(3.25, s1, f"1:X @REDIS@ # +switch-master mymaster {old} 6379 {new} 6379")
    L(1.35, r1, f"1:M @REDIS@ * Setting secondary replication ID to {hexid(r, 40)}, valid up to offset: 88412311. New replication ID is {hexid(r, 40)}")
    L(1.36, r1, "1:M @REDIS@ * MASTER MODE enabled (user request from 'id=41 addr=10.42.3.11:51234 laddr=10.42.4.22:6379 fd=12 name=sentinel-5d1b0c3e-cmd age=86412 idle=0 flags=x db=0 sub=0 psub=0 ssub=0 multi=4 qbuf=188 qbuf-free=20286 argv-mem=4 multi-mem=169 rbs=2048 rbp=1024 obl=45 oll=0 omem=0 tot-mem=23661 events=r cmd=exec user=default redir=-1 resp=2 lib-name= lib-ver=')")
    L(2.3, r0, f"1:S @REDIS@ * Connecting to MASTER {new}:6379")
    L(2.31, r0, "1:S @REDIS@ * MASTER <-> REPLICA sync started")
    L(2.4, r0, "1:S @REDIS@ * Trying a partial resynchronization (request " + hexid(r, 40) + ":88412312).")
    L(2.41, r0, "1:S @REDIS@ * Successful partial resynchronization with master.")
    L(2.42, r1, f"1:M @REDIS@ * Replica {old}:6379 asks for synchronization")
    L(2.43, r1, "1:M @REDIS@ * Partial resynchronization request from " + old + ":6379 accepted. Sending 0 bytes of backlog starting from offset 88412312.")
    L(1.8, gw, nest("warn", "CartCache", "SET cart:ORD-883120 failed: READONLY You can't write against a read only replica. (retrying)"))
    L(3.4, gw, nest("log", "RedisSentinel", f"+switch-master received, reconnecting to {new}:6379"))
    L(3.6, gw, nest("log", "CartCache", "SET cart:ORD-883120 ok after 1 retry"))
    for i, t in enumerate(every(4, 60, 5.0, r, 0.7)):
        L(t, gw, nest("log", "OrdersController", f"POST /orders 201 {r.randrange(30, 120)}ms order=ORD-{r.randrange(883121, 889999)}"))
    L(8.0, dj, jdump({"time": "@ISO3@", "level": "INFO", "msg": "DRILL complete: new master 10.42.4.22, failover took 2.2s, client write errors 1 (retried), replicas in sync 2/2"}))
    L(30.0, s1, f"1:X @REDIS@ * +slave slave {old}:6379 {old} 6379 @ mymaster {new} 6379")
    exp = healthy("An announced Redis Sentinel failover drill (CHG-4471): Sentinel promoted 10.42.4.22, the old master resynchronised as a replica, and the single READONLY write was retried successfully.",
                  "Planned game-day failover completed in ~2s with no lost writes; order traffic continues normally.")
    return record("H03", w, "We saw +switch-master and a READONLY error on the shop Redis — anything to fix?",
                  {"namespace": ns, "app": "shop-redis"}, exp, ["healthy-lookalike"])


# --------------------------------------------------------------------------- H04
def h04():
    w = Win("H04", "2026-01-08T06:00:00Z")
    r = w.rng
    L = w.add
    ns = "furnace"
    wp, _ = rs_pod(r, "melt-reports")
    wl = pl(ns, "melt-reports", wp, "gw-node-5", container="worker")
    bl = pl(ns, "melt-reports", rs_pod(r, "melt-reports-beat")[0], "gw-node-5", container="beat")
    L(0.1, bl, f"[@SPC@: INFO/MainProcess] Scheduler: Sending due task export-melt-logs (reports.export_melt_log)")
    retried = {3: "ConnectionResetError(104, 'Connection reset by peer')", 9: "ConnectionResetError(104, 'Connection reset by peer')"}
    for i, t in enumerate(every(0.5, 120, 6.0, r, 0.8)):
        tid = uuid(r)
        furnace = i % 4 + 1
        L(t, wl, celery("INFO", "MainProcess", f"Task reports.export_melt_log[{tid}] received"))
        if i in retried:
            L(t + 0.8, wl, celery("INFO", f"ForkPoolWorker-{i % 4 + 1}", f"Task reports.export_melt_log[{tid}] retry: Retry in 5s: {retried[i]}"))
            L(t + 5.9, wl, celery("INFO", "MainProcess", f"Task reports.export_melt_log[{tid}] received"))
            d = r.uniform(0.4, 0.9)
            L(t + 5.9 + d, wl, celery("INFO", f"ForkPoolWorker-{i % 4 + 1}", f"Task reports.export_melt_log[{tid}] succeeded in {d:.3f}s: {{'furnace': {furnace}, 'rows': {r.randrange(1400, 1500)}, 'target': 'sftp://mes-archive/melt/'}}"))
        else:
            d = r.uniform(0.4, 0.9)
            L(t + d, wl, celery("INFO", f"ForkPoolWorker-{i % 4 + 1}", f"Task reports.export_melt_log[{tid}] succeeded in {d:.3f}s: {{'furnace': {furnace}, 'rows': {r.randrange(1400, 1500)}, 'target': 'sftp://mes-archive/melt/'}}"))
    L(60.1, bl, f"[@SPC@: INFO/MainProcess] Scheduler: Sending due task export-melt-logs (reports.export_melt_log)")
    L(121.0, wl, celery("INFO", "MainProcess", "export-melt-logs summary: 20 exports, 2 retried, failed=0, error_count=0"))
    exp = healthy("melt-reports exports ran normally; two tasks hit a connection reset from the SFTP archive and succeeded on their first automatic retry 5s later.",
                  "All 20 melt-log exports succeeded (failed=0, error_count=0).")
    return record("H04", w, "Are the melt log exports failing? I saw connection reset errors.",
                  {"namespace": ns, "app": "melt-reports"}, exp, ["healthy-lookalike"])


# --------------------------------------------------------------------------- H05
def h05():
    w = Win("H05", "2026-06-15T03:00:00Z")
    r = w.rng
    L = w.add
    ns = "analytics"
    drv = "season-stats-" + hexid(r, 16) + "-driver"
    dl = pl(ns, "season-stats", drv, "rc-worker-4", container="spark-kubernetes-driver")
    S = lambda lvl, cls, msg: f"@SPARK@ {lvl} {cls}: {msg}"
    L(0.4, dl, S("WARN", "NativeCodeLoader", "Unable to load native-hadoop library for your platform... using builtin-java classes where applicable"))
    L(1.0, dl, S("INFO", "SparkContext", "Running Spark version 3.5.1"))
    L(1.2, dl, S("INFO", "SparkContext", "Submitted application: season-stats"))
    L(3.1, dl, S("INFO", "ExecutorPodsAllocator", "Going to request 4 executors from Kubernetes for ResourceProfile Id: 0, target: 4, known: 0, sharedSlotFromPendingPods: 2147483647."))
    L(4.0, dl, S("WARN", "MetricsConfig", "Cannot locate configuration: tried hadoop-metrics2-s3a-file-system.properties,hadoop-metrics2.properties"))
    for k in range(4):
        L(14.0 + k * 0.7, dl, S("INFO", "KubernetesClusterSchedulerBackend$KubernetesDriverEndpoint", f"Registered executor NettyRpcEndpointRef(spark-client://Executor) (10.42.{k + 1}.{30 + k}:{r.randrange(40000, 50000)}) with ID {k + 1},  ResourceProfileId 0"))
    L(17.0, dl, S("INFO", "SeasonStats", "reading s3a://club-analytics/erg-sessions/season=2026/ (1 213 files)"))
    L(21.5, dl, S("WARN", "package", "Truncated the string representation of a plan since it was too large. This behavior can be adjusted by setting 'spark.sql.debug.maxToStringFields'."))
    t = 24.0
    for stage in range(2, 5):
        n = 24
        for j in range(0, n, 6):
            t += r.uniform(2.0, 4.0)
            L(t, dl, S("INFO", "TaskSetManager", f"Finished task {j + 5}.0 in stage {stage}.0 (TID {stage * 60 + j}) in {r.randrange(1800, 4200)} ms on 10.42.{j % 4 + 1}.{30 + j % 4} (executor {j % 4 + 1}) ({j + 6}/{n})"))
        if stage == 4:
            L(t + 0.5, dl, S("INFO", "TaskSetManager", "Killing attempt 1 for task 9.1 in stage 4.0 (TID 251) on 10.42.3.32 as the attempt 0 succeeded on 10.42.1.30"))
            L(t + 0.7, dl, S("WARN", "TaskSetManager", "Lost task 9.1 in stage 4.0 (TID 251) (10.42.3.32 executor 3): TaskKilled (another attempt succeeded)"))
        t += 1.0
        L(t, dl, S("INFO", "DAGScheduler", f"ResultStage {stage} (save at SeasonStats.scala:88) finished in {r.uniform(9, 15):.3f} s" if stage == 4 else f"ShuffleMapStage {stage} (groupBy at SeasonStats.scala:{40 + stage * 7}) finished in {r.uniform(9, 15):.3f} s"))
    L(t + 0.5, dl, S("INFO", "DAGScheduler", f"Job 1 finished: save at SeasonStats.scala:88, took {t - 17:.6f} s"))
    L(t + 0.9, dl, S("INFO", "SeasonStats", "wrote 48211 rows to club_stats.season_2026: error_count=0 rejected_rows=0 failed_tasks=0"))
    L(t + 1.2, dl, S("INFO", "SparkContext", "SparkContext is stopping with exitCode 0."))
    L(t + 1.6, dl, S("INFO", "KubernetesClusterSchedulerBackend", "Shutting down all executors"))
    L(t + 2.0, dl, S("WARN", "ExecutorPodsWatchSnapshotSource", "Kubernetes client has been closed."))
    L(t + 2.4, dl, S("INFO", "SparkContext", "Successfully stopped SparkContext"))
    L(t + 2.6, dl, S("INFO", "ShutdownHookManager", "Shutdown hook called"))
    exp = healthy("The nightly season-stats Spark job finished normally; the WARN lines are the usual benign ones (native-hadoop, metrics config, plan truncation, a speculative attempt killed after the original succeeded, client closed at shutdown).",
                  "48211 rows written with error_count=0, exit code 0.")
    return record("H05", w, "The season stats job log has WARN lines and a lost task — did the job fail?",
                  {"namespace": ns, "app": "season-stats"}, exp, ["healthy-lookalike"])


# --------------------------------------------------------------------------- H06
def h06():
    w = Win("H06", "2026-03-10T09:00:00Z")
    r = w.rng
    L = w.add
    cm = pl("cert-manager", "cert-manager", rs_pod(r, "cert-manager")[0], "sp-node-2", container="cert-manager-controller")
    gwp, _ = rs_pod(r, "istio-ingressgateway")
    gl = pl("istio-ingress", "istio-ingressgateway", gwp, "sp-node-5", container="istio-proxy")
    key = "istio-ingress/shop-stamps-tls"
    ip = lambda lvl, scope, msg: f"@ISO6@\t{lvl}\t{scope}\t{msg}"
    L(0.2, cm, klog("I", 1, "trigger_controller.go:215", f'"Certificate must be re-issued" logger="cert-manager.certificates-trigger" key="{key}" reason="Renewing" message="Renewing certificate as renewal was scheduled at {w.iso(0)}"'))
    L(0.3, cm, klog("I", 1, "conditions.go:203", 'Setting lastTransitionTime for Certificate "shop-stamps-tls" condition "Issuing" to @KLOGTS@'))
    L(0.9, cm, klog("I", 1, "conditions.go:263", 'Setting lastTransitionTime for CertificateRequest "shop-stamps-tls-7" condition "Approved" to @KLOGTS@'))
    L(1.0, cm, klog("I", 1, "conditions.go:263", 'Setting lastTransitionTime for CertificateRequest "shop-stamps-tls-7" condition "Ready" to @KLOGTS@'))
    L(1.5, cm, klog("I", 1, "acme.go:236", '"certificate request is pending" logger="cert-manager.certificaterequests-issuer-acme.sign" resource_name="shop-stamps-tls-7" resource_namespace="istio-ingress" resource_kind="CertificateRequest" resource_version="v1" related_resource_name="shop-stamps-tls-7-2291447781" related_resource_kind="Order"'))
    L(2.2, cm, klog("I", 1, "dns.go:88", '"presenting DNS01 challenge for domain" logger="cert-manager.challenges.Present" resource_name="shop-stamps-tls-7-2291447781-1817412119" resource_namespace="istio-ingress" resource_kind="Challenge" resource_version="v1" dnsName="shop.stamps.example" type="DNS-01" resource_namespace="istio-ingress" domain="shop.stamps.example"'))
    L(34.8, cm, klog("I", 1, "sync.go:335", '"Challenge completed successfully" logger="cert-manager.challenges" resource_name="shop-stamps-tls-7-2291447781-1817412119" resource_namespace="istio-ingress" resource_kind="Challenge" resource_version="v1" dnsName="shop.stamps.example" type="DNS-01"'))
    L(35.9, cm, klog("I", 1, "sync.go:102", '"Order completed successfully" logger="cert-manager.orders" resource_name="shop-stamps-tls-7-2291447781" resource_namespace="istio-ingress" resource_kind="Order" resource_version="v1"'))
    L(36.4, cm, klog("I", 1, "issuing_controller.go:279", f'"Issued certificate" logger="cert-manager.certificates-issuing" key="{key}" issuer="ClusterIssuer.cert-manager.io/letsencrypt-prod"'))
    L(36.6, cm, klog("I", 1, "trigger_controller.go:168", f'"Not re-issuing certificate as conditions are not met" logger="cert-manager.certificates-trigger" key="{key}" reason="" message="Certificate is up to date and has not expired"'))
    L(36.7, cm, klog("I", 1, "trigger_controller.go:171", f'"Certificate will be re-issued at" logger="cert-manager.certificates-trigger" key="{key}" renewal_time="{w.iso(60 * 86400)}" expiry_time="{w.iso(90 * 86400)}"'))
    L(37.4, gl, ip("info", "sds", 'SDS: PUSH request for node:' + gwp + '.istio-ingress resources:1 size:4.0kB resource:kubernetes://shop-stamps-tls'))
    L(37.5, gl, ip("info", "cache", "updated secret kubernetes://shop-stamps-tls (previous cert expiring in 720h0m0s replaced)"))
    for i, t in enumerate(every(1.0, 90, 6.0, r, 0.8)):
        L(t, gl, f'[@ISO3@] "GET /catalogue/{r.choice(["2026-spring", "definitives", "europa-2026"])} HTTP/2" 200 - via_upstream - "-" 0 {r.randrange(3000, 22000)} {r.randrange(8, 60)} {r.randrange(6, 55)} "{r.randrange(1, 254)}.{r.randrange(0, 255)}.{r.randrange(0, 255)}.{r.randrange(1, 254)}" "Mozilla/5.0" "{uuid(r)}" "shop.stamps.example" "10.42.3.{r.randrange(10, 80)}:8080" outbound|80||catalogue.shop.svc.cluster.local 10.42.5.9:{r.randrange(40000, 60000)} 10.42.5.9:8443 10.0.0.{r.randrange(2, 250)}:{r.randrange(30000, 60000)} shop.stamps.example -')
    exp = healthy("cert-manager renewed the shop ingress certificate on its normal schedule (30 days before expiry) via DNS-01 and the gateway hot-loaded it.",
                  "Certificate shop-stamps-tls re-issued, Ready, next renewal in 60 days; HTTPS traffic continued with 200s.")
    return record("H06", w, "cert-manager logged 're-issued' and 'expiring' for the shop certificate — is HTTPS in danger?",
                  {"namespace": "cert-manager", "app": "cert-manager"}, exp, ["healthy-lookalike"])


# --------------------------------------------------------------------------- H07
def h07():
    w = Win("H07", "2026-04-28T13:20:00Z")
    r = w.rng
    L = w.add
    ns = "glass-qa"
    kl = pl("karpenter", "karpenter", rs_pod(r, "karpenter")[0], "gw-node-1", container="controller")
    evl = ev_alloy_labels(ns)
    evn = ev_alloy_labels("default")
    node = "gw-node-7"
    rs = h(r, 10)
    moved = [rs_pod(r, "strain-viewer", rs)[0] for _ in range(2)]
    newp = [rs_pod(r, "strain-viewer", rs)[0] for _ in range(2)]
    oldl = [pl(ns, "strain-viewer", p, node) for p in moved]
    newl = [pl(ns, "strain-viewer", p, n) for p, n in zip(newp, ["gw-node-2", "gw-node-4"])]
    cmd = uuid(r)
    K = lambda lvl, msg, **kw: jdump(dict({"level": lvl, "time": "@ISO3@", "logger": "controller", "message": msg, "commit": "a2875e3"}, **kw))
    for i, t in enumerate(every(0.5, 20, 4.0, r, 0.5)):
        L(t, oldl[i % 2], f"[ Info: @ISO3@ GET /strain/bottle/{r.randrange(10000, 99999)} 200 {r.randrange(20, 90)}ms")
    L(20.1, kl, K("INFO", f"disrupting nodeclaim(s) via delete, terminating 1 nodes (2 pods) {node}/m6i.2xlarge/on-demand", controller="disruption", **{"command-id": cmd, "reason": "underutilized"}))
    L(20.4, kl, K("INFO", "tainted node", controller="node.termination", Node={"name": node}, taint="karpenter.sh/disrupted:NoSchedule"))
    L(20.5, evn, ev_alloy(f"{node}.17fa{hexid(r, 12)}", "Node", "DisruptionTerminating", "Normal", "Disrupting Node: Underutilized/Delete", source="karpenter"))
    for k, p in enumerate(moved):
        t = 21.0 + k * 0.6
        L(t, evl, ev_alloy(f"{p}.17fa{hexid(r, 12)}", "Pod", "Evicted", "Normal", "Evicted pod: Underutilized", source="karpenter"))
        L(t + 0.1, evl, ev_alloy(f"{p}.17fa{hexid(r, 12)}", "Pod", "Killing", "Normal", "Stopping container strain-viewer", host=node))
        L(t + 0.2, oldl[k], "[ Info: @ISO3@ SIGTERM received, draining HTTP server (grace 20s)")
        L(t + 1.5, oldl[k], "[ Info: @ISO3@ server stopped cleanly")
        L(t + 0.4, evl, ev_alloy(f"{newp[k]}.17fa{hexid(r, 12)}", "Pod", "Scheduled", "Normal", f"Successfully assigned {ns}/{newp[k]} to {['gw-node-2', 'gw-node-4'][k]}", source="default-scheduler"))
        L(t + 2.9, evl, ev_alloy(f"{newp[k]}.17fa{hexid(r, 12)}", "Pod", "Started", "Normal", "Started container strain-viewer", host=["gw-node-2", "gw-node-4"][k]))
        L(t + 6.5, newl[k], "[ Info: @ISO3@ strain-viewer listening on 0.0.0.0:8080 (threads=4)")
    L(52.0, kl, K("INFO", "deleted node", controller="node.termination", Node={"name": node}))
    L(52.6, kl, K("INFO", "deleted nodeclaim", controller="nodeclaim.termination", NodeClaim={"name": "general-" + h(r)}, Node={"name": node}, **{"provider-id": "aws:///eu-north-1b/i-0" + hexid(r, 16)}))
    L(52.9, evn, ev_alloy(f"{node}.17fa{hexid(r, 12)}", "Node", "RemovingNode", "Normal", f"Node {node} event: Removing Node {node} from Controller", source="node-controller"))
    for i, t in enumerate(every(30, 110, 5.5, r, 0.7)):
        L(t, newl[i % 2], f"[ Info: @ISO3@ GET /strain/bottle/{r.randrange(10000, 99999)} 200 {r.randrange(20, 90)}ms")
    exp = healthy("Karpenter consolidated an underutilized node (gw-node-7): it evicted the two strain-viewer pods, which shut down cleanly and started on other nodes, then deleted the node.",
                  "Normal cost-saving consolidation; strain-viewer kept serving 200s throughout.")
    return record("H07", w, "Why were strain-viewer pods evicted and a node deleted?", {"namespace": ns, "app": "strain-viewer"},
                  exp, ["healthy-lookalike"])


# --------------------------------------------------------------------------- H08
def h08():
    w = Win("H08", "2026-04-20T02:00:00Z")
    r = w.rng
    L = w.add
    ns = "streaming"
    op = pl(ns, "strimzi-cluster-operator", rs_pod(r, "strimzi-cluster-operator")[0], "rc-worker-1")
    br = [pl(ns, "club-kafka", f"club-kafka-broker-{i}", f"rc-worker-{i + 2}", container="kafka") for i in range(3)]
    con = pl("results", "results-indexer", rs_pod(r, "results-indexer")[0], "rc-worker-1", container="indexer")
    O = lambda lvl, cls, msg: f"@SPS@ {lvl:<5} {cls} - {msg}"
    K = lambda lvl, msg: f"[@SPC@] {lvl} {msg}"
    rec = "Reconciliation #412(timer) Kafka(streaming/club-kafka)"
    L(0.5, op, O("INFO", "AbstractOperator:264", f"{rec}: Kafka club-kafka will be checked for creation or modification"))
    L(2.1, op, O("INFO", "KafkaRoller:611", f"{rec}: Rolling Pod club-kafka-broker-1 due to [Pod has old revision]"))
    L(2.4, br[1], K("INFO", "[BrokerServer id=1] Transition from STARTED to SHUTTING_DOWN (kafka.server.BrokerServer)"))
    L(2.6, br[1], K("INFO", "[BrokerLifecycleManager id=1] Beginning controlled shutdown. (kafka.server.BrokerLifecycleManager)"))
    for p in range(3):
        L(3.0 + p * 0.05, br[0], K("INFO", f"[Partition regatta.splits-{p} broker=0] Shrinking ISR from 0,1,2 to 0,2. Leader: (highWatermark: {88400 + p * 13}, endOffset: {88400 + p * 13}). Out of sync replicas: (brokerId: 1, endOffset: {88400 + p * 13}, lastCaughtUpTimeMs: @EPOCHMS@). (kafka.cluster.Partition)"))
    L(4.9, br[1], K("INFO", "[KafkaRaftServer nodeId=1] Kafka Server shut down (kafka.server.KafkaRaftServer)"))
    L(5.5, con, zap("warn", "consumer/group.go:212", "consumer group rebalancing", group="results-indexer", reason="leader change for regatta.splits-1"))
    L(6.9, con, zap("info", "consumer/group.go:230", "partitions assigned", group="results-indexer", partitions=[0, 1, 2]))
    L(24.2, br[1], K("INFO", "Registered kafka:type=kafka.Log4jController MBean (kafka.utils.Log4jControllerRegistration$)"))
    L(27.8, br[1], K("INFO", "[BrokerServer id=1] Transition from STARTING to STARTED (kafka.server.BrokerServer)"))
    for p in range(3):
        L(31.0 + p * 0.05, br[0], K("INFO", f"[Partition regatta.splits-{p} broker=0] ISR updated to 0,2,1 and version updated to {44 + p} (kafka.cluster.Partition)"))
    L(33.0, op, O("INFO", "KafkaRoller:650", f"{rec}: Pod club-kafka-broker-1 rolled, all partitions in sync"))
    L(33.3, op, O("INFO", "KafkaRoller:611", f"{rec}: Rolling Pod club-kafka-broker-2 due to [Pod has old revision]"))
    L(33.6, br[2], K("INFO", "[BrokerServer id=2] Transition from STARTED to SHUTTING_DOWN (kafka.server.BrokerServer)"))
    L(34.4, br[0], K("INFO", "[Partition results.published-0 broker=0] Shrinking ISR from 0,1,2 to 0,1. Leader: (highWatermark: 5120, endOffset: 5120). Out of sync replicas: (brokerId: 2, endOffset: 5120, lastCaughtUpTimeMs: @EPOCHMS@). (kafka.cluster.Partition)"))
    L(36.0, br[2], K("INFO", "[KafkaRaftServer nodeId=2] Kafka Server shut down (kafka.server.KafkaRaftServer)"))
    L(58.9, br[2], K("INFO", "[BrokerServer id=2] Transition from STARTING to STARTED (kafka.server.BrokerServer)"))
    L(61.7, br[0], K("INFO", "[Partition results.published-0 broker=0] ISR updated to 0,1,2 and version updated to 31 (kafka.cluster.Partition)"))
    L(64.0, op, O("INFO", "KafkaRoller:650", f"{rec}: Pod club-kafka-broker-2 rolled, all partitions in sync"))
    L(64.2, op, O("INFO", "KafkaRoller:611", f"{rec}: Rolling Pod club-kafka-broker-0 due to [Pod has old revision]"))
    L(64.5, br[0], K("INFO", "[BrokerServer id=0] Transition from STARTED to SHUTTING_DOWN (kafka.server.BrokerServer)"))
    L(65.3, br[1], K("INFO", "[Partition regatta.splits-0 broker=1] Shrinking ISR from 0,2,1 to 2,1. Leader: (highWatermark: 88413, endOffset: 88413). Out of sync replicas: (brokerId: 0, endOffset: 88413, lastCaughtUpTimeMs: @EPOCHMS@). (kafka.cluster.Partition)"))
    L(66.0, con, zap("warn", "consumer/group.go:212", "consumer group rebalancing", group="results-indexer", reason="leader change for regatta.splits-0"))
    L(67.2, con, zap("info", "consumer/group.go:230", "partitions assigned", group="results-indexer", partitions=[0, 1, 2]))
    L(89.6, br[0], K("INFO", "[BrokerServer id=0] Transition from STARTING to STARTED (kafka.server.BrokerServer)"))
    L(92.4, br[1], K("INFO", "[Partition regatta.splits-0 broker=1] ISR updated to 2,1,0 and version updated to 47 (kafka.cluster.Partition)"))
    L(95.0, op, O("INFO", "KafkaRoller:650", f"{rec}: Pod club-kafka-broker-0 rolled, all partitions in sync"))
    L(97.8, op, O("INFO", "CrdOperator:133", f"{rec}: Status of Kafka club-kafka in namespace streaming has been updated"))
    L(98.0, op, O("INFO", "OperatorWatcher:80", f"{rec}: reconciled"))
    for i, t in enumerate(every(8, 100, 9.0, r, 1.0)):
        L(t, con, zap("info", "indexer/batch.go:77", "indexed batch", topic="regatta.splits", records=r.randrange(40, 140), lag=r.randrange(0, 30)))
    exp = healthy("Strimzi rolled the three club-kafka brokers one at a time after a configuration change (Pod has old revision); ISR shrank and re-expanded for each broker and the consumer group rebalanced briefly.",
                  "Rolling update reconciled, all partitions back in sync, results-indexer kept indexing with low lag.")
    return record("H08", w, "Kafka logged 'Shrinking ISR' and broker shutdowns overnight — is the cluster healthy?",
                  {"namespace": ns, "app": "club-kafka"}, exp, ["healthy-lookalike"])


# --------------------------------------------------------------------------- H09
def h09():
    w = Win("H09", "2026-02-19T15:40:00Z")
    r = w.rng
    L = w.add
    ns = "shop"
    cp = [rs_pod(r, "catalogue-web", "5b7f9c6d48")[0] for _ in range(2)]
    cl = [pl(ns, "catalogue-web", p, n) for p, n in zip(cp, ["sp-node-3", "sp-node-6"])]
    ml = pl("metallb-system", "metallb-speaker", "speaker-" + h(r), "sp-node-3", container="speaker")
    issues = ["2026-spring", "definitives", "europa-2026", "christmas-2025", "castles-of-the-north"]
    for i, t in enumerate(every(0.5, 150, 5.5, r, 0.6)):
        k = i % 2
        rid = "F" + h(r, 19, RID)
        iss = r.choice(issues)
        L(t, cl[k], phx("info", f"GET /issues/{iss}", rid))
        if i % 3 == 0:
            L(t + 0.003, cl[k], phx("debug", f'QUERY OK source="stamps" db={r.uniform(0.4, 2.8):.1f}ms idle={r.uniform(50, 900):.1f}ms\nSELECT s0."id", s0."denomination", s0."issue_slug" FROM "stamps" AS s0 WHERE (s0."issue_slug" = $1) ["{iss}"]', rid))
        L(t + 0.006, cl[k], phx("info", f"Sent 200 in {r.randrange(2, 14)}ms", rid))
    for t in (20.0, 80.0, 140.0):
        L(t, ml, jdump({"caller": "main.go:374", "event": "serviceAnnounced", "ips": ["10.0.50.20"], "level": "info", "msg": "service has IP, announcing", "pool": "public", "protocol": "layer2", "ts": "@ISOS@"}))
    exp = healthy("Ordinary catalogue traffic: every request answered 200 in a few milliseconds and MetalLB keeps announcing the service IP.",
                  "No errors or warnings; catalogue-web is healthy.")
    return record("H09", w, "Is the stamp catalogue site OK right now?", {"namespace": ns, "app": "catalogue-web"}, exp, [])


# --------------------------------------------------------------------------- H10
def h10():
    w = Win("H10", "2026-05-11T11:10:00Z")
    r = w.rng
    L = w.add
    ns = "ci"
    pr = "lehr-controller-ci-" + h(r)
    def step(task, cont):
        return pl(ns, "lehr-controller-ci", f"{pr}-{task}-pod", r.choice(["gw-node-2", "gw-node-4"]), container=cont)
    clone = step("fetch-source", "step-clone")
    test = step("unit-test", "step-test")
    lint = step("lint", "step-golangci-lint")
    build = step("build-push", "step-build-and-push")
    ctl = pl("tekton-pipelines", "tekton-pipelines-controller", rs_pod(r, "tekton-pipelines-controller")[0], "gw-node-1")
    T = lambda msg, caller: jdump({"severity": "info", "timestamp": "@ISO3@", "logger": "tekton-pipelines-controller", "caller": caller, "message": msg, "commit": "3d2b1a7", "knative.dev/controller": "github.com.tektoncd.pipeline.pkg.reconciler.pipelinerun.Reconciler", "knative.dev/kind": "tekton.dev.PipelineRun", "knative.dev/traceid": "@@TID@@", "knative.dev/key": f"{ns}/{pr}"})
    tid = uuid(r)
    L(0.4, ctl, T(f"PipelineRun {pr} started", "pipelinerun/pipelinerun.go:412").replace("@@TID@@", tid))
    L(3.0, clone, "warning: redirecting to https://git.glassworks.internal/controls/lehr-controller.git/")
    L(4.2, clone, zap("info", "git/git.go:176", f"Successfully cloned https://git.glassworks.internal/controls/lehr-controller.git @ 9f3c1e2a7b4d0c8e1f2a3b4c5d6e7f8091a2b3c4 (grafted, HEAD) in path /workspace/source", ts="iso"))
    tests = [("TestPIDStepResponse", 0.02), ("TestPIDRecoversFromSensorFault", 0.05), ("TestOPCUAReconnectAfterConnectionRefused", 0.31),
             ("TestZoneOvershootAlarm", 0.01), ("TestPanicGuardOnNilSetpoint", 0.00), ("TestTimeoutWhenPLCSilent", 1.00)]
    t = 12.0
    for name, d in tests:
        L(t, test, f"=== RUN   {name}")
        if "Refused" in name:
            L(t + 0.1, test, "    opcua_test.go:88: simulated PLC: dial tcp 127.0.0.1:4840: connect: connection refused (expected), retrying")
        if "Panic" in name:
            L(t + 0.01, test, "    guard_test.go:41: recovered from panic as expected: setpoint is nil")
        L(t + d + 0.02, test, f"--- PASS: {name} ({d:.2f}s)")
        t += d + r.uniform(0.05, 0.3)
    L(t + 0.2, test, "PASS")
    L(t + 0.3, test, f"ok  \tglassworks/lehr-controller/pid\t{t - 12:.3f}s")
    L(t + 0.5, test, "ok  \tglassworks/lehr-controller/opcua\t0.418s")
    L(t + 0.9, test, "DONE 128 tests in 4.812s (0 failures, 0 errors, 0 skipped)")
    L(t + 2.0, lint, "level=info msg=\"[runner] Issues before processing: 4, after processing: 0\"")
    L(t + 2.1, lint, "0 issues.")
    b = t + 5
    L(b, build, "INFO[0000] Retrieving image manifest golang:1.22-bookworm")
    L(b + 0.8, build, "INFO[0000] Retrieving image golang:1.22-bookworm from registry harbor.glassworks.internal")
    L(b + 22.0, build, "INFO[0022] RUN go build -o /out/lehr-controller ./cmd/lehr-controller")
    L(b + 41.0, build, "INFO[0041] Taking snapshot of full filesystem...")
    L(b + 44.5, build, "INFO[0044] Pushing image to harbor.glassworks.internal/controls/lehr-controller:9f3c1e2")
    L(b + 51.2, build, f"INFO[0051] Pushed harbor.glassworks.internal/controls/lehr-controller@sha256:{hexid(r, 64)}")
    L(b + 52.0, ctl, T(f"PipelineRun {pr} status is being set to &{{Succeeded True Completed Tasks Completed: 4 (Failed: 0, Cancelled 0), Skipped: 0}}", "pipelinerun/pipelinerun.go:790").replace("@@TID@@", tid))
    exp = healthy("A normal Tekton CI run for lehr-controller: tests whose names and logs mention panics, connection refused and timeouts all PASS, lint reports 0 issues and the image was pushed.",
                  "PipelineRun Succeeded: 4 tasks completed, 0 failed; 128 tests, 0 failures, 0 errors.")
    return record("H10", w, "Did the lehr-controller CI pipeline pass? I saw panic and connection refused in the test log.",
                  {"namespace": ns, "app": "lehr-controller-ci"}, exp, ["healthy-lookalike"])


RECORDS = [h01, h02, h03, h04, h05, h06, h07, h08, h09, h10]


def build():
    return [f() for f in RECORDS]
