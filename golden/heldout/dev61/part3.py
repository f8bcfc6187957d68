"""dev61 part 3: w21-w27 (Moerkerke Chocolaterie), w28-w30 (Spoke & Satchel courier co-op)."""
from common import *

MKD = "chocolate-factory"
SSD = "courier-cooperative"


# ------------------------------------------------------------------ w21 CRITICAL node_failure
def w21():
    r = Rec("w21", "2026-02-25T14:18:00Z")
    N = "mk-line3-ipc"
    tc3 = MK.tc3
    uid = uuid4(r.rng)
    for sec in (3.0, 18.0, 33.0, 48.0):
        r.add(sec, tc3.L, slog("INFO", "curve sample", "line=3 phase=%s setpoint_c=%.1f actual_c=%.2f belt_mps=0.20" % (("cool", 27.5, 27.5 + r.rng.uniform(-0.1, 0.1)) if sec < 30 else ("reheat", 31.2, 31.2 + r.rng.uniform(-0.1, 0.1)))))
    r.add(61.2, KERN(N), raw("mmc0: Timeout waiting for hardware interrupt."), ev=True)
    r.add(61.3, KERN(N), raw("mmcblk0: error -110 transferring data, sector 48233472, nr 8, cmd response 0x900, card status 0xb00"), ev=True)
    r.add(62.0, KERN(N), raw("I/O error, dev mmcblk0, sector 48233472 op 0x1:(WRITE) flags 0x800 phys_seg 1 prio class 2"), ev=True)
    r.add(64.4, KERN(N), raw("EXT4-fs warning (device mmcblk0p2): ext4_end_bio:343: I/O error 10 writing to inode 1311042 starting block 6029184)"))
    r.add(66.0, tc3.L, slog("WARN", "opc ua read slow", "line=3 node=ns=3;s=\"Tempering\".\"Zone2\".\"ActualTemp\" dur=4.212s"))
    r.add(96.5, MK.mqtt.L, mosquitto("Client temper-ctl-line3 has exceeded timeout, disconnecting."))
    r.add(97.0, MK.mqtt.L, mosquitto("Received PUBLISH from plc-gw-line3 (d0, q1, r0, m5512, 'lines/3/alarm', ... (91 bytes))"))
    r.add(110.0, MK.cw.L, pylog("WARNING", "curve_writer.consumer", "no samples from line 3 for 60s"))
    r.add(121.7, mk_containerd(N), containerd("error", 'ContainerStatus for "%s" failed' % hexid(r.rng, 64), error="rpc error: code = DeadlineExceeded desc = context deadline exceeded"))
    r.add(151.9, mk_containerd(N), containerd("error", 'ListContainers with filter &ContainerFilter{Id:,State:&ContainerStateValue{State:CONTAINER_RUNNING,},PodSandboxId:,LabelSelector:map[string]string{},} failed', error="rpc error: code = DeadlineExceeded desc = context deadline exceeded"))
    r.add(185.6, KERN(N), raw("INFO: task containerd:1022 blocked for more than 120 seconds."), ev=True)
    r.add(185.6, KERN(N), raw("      Not tainted 6.1.0-18-amd64 #1 Debian 6.1.76-1"))
    r.add(185.6, KERN(N), raw('"echo 0 > /proc/sys/kernel/hung_task_timeout_secs" disables this message.'))
    r.add(186.0, KERN(N), raw("INFO: task jbd2/mmcblk0p2-8:214 blocked for more than 120 seconds."))
    r.add(230.0, MK.cw.L, pylog("WARNING", "curve_writer.consumer", "no samples from line 3 for 180s"))
    r.add(244.2, mk_agent(N), klog("E", 902, "kubelet.go:2366", '"Skipping pod synchronization" err="PLEG is not healthy: pleg was last seen active 3m4.212s ago; threshold is 3m0s"'), ev=True)
    r.add(245.0, mk_agent(N), klog("I", 902, "setters.go:568", '"Node became not ready" node="%s" condition={"type":"Ready","status":"False","lastHeartbeatTime":"2026-02-25T14:22:05Z","lastTransitionTime":"2026-02-25T14:22:05Z","reason":"KubeletNotReady","message":"PLEG is not healthy: pleg was last seen active 3m5.012s ago; threshold is 3m0s"}' % N), ev=True)
    r.add(246.1, mk_agent("mk-srv-01"), klog("I", 1412, "controller_utils.go:151", '"Recording status change event message for node" status="NodeNotReady" node="%s"' % N))
    r.add(246.2, EVT("default"), event("Normal", "NodeNotReady", "node/" + N, "Node %s status is now: NodeNotReady" % N))
    r.add(246.3, EVT("tempering"), event("Warning", "NodeNotReady", "pod/" + tc3.pod, "Node is not ready"))
    r.add(250.0, mk_agent(N), klog("E", 902, "kubelet.go:2366", '"Skipping pod synchronization" err="PLEG is not healthy: pleg was last seen active 3m10.318s ago; threshold is 3m0s"'))
    r.add(262.0, MK.rapi.L, dotnet("warn", "Recipes.Api.Lines.LineStatusService", 0, "Line 3 controller offline (last heartbeat 14:19:06); batch B-260225-0311 on hold"))
    r.noise(MK_NOISE, 0, 270, 26, exclude=("cw",))
    return r.build(
        source="synthetic:edge_node_emmc_hang",
        question="Line 3 stopped reporting temper curves and its tempering controller looks dead. Did temper-ctl crash?",
        selector=None, severity="CRITICAL", category="node_failure", component="mk-line3-ipc",
        root_cause="The line-3 industrial PC mk-line3-ipc is failing. Its eMMC stops completing I/O (mmc0 timeout, mmcblk0 error -110, write I/O errors), containerd and the journal thread hang (blocked >120 s), and the kubelet reports 'PLEG is not healthy' and the node goes NotReady. temper-ctl on that node simply stopped and did not crash; lines 1 and 2 on other nodes are fine.",
        summary="An edge node hardware/storage hang. The only node that can run line 3's temper-ctl DaemonSet pod is NotReady, so line 3 is down and its batch is on hold.",
        action="Put line 3 in manual/safe mode. Power-cycle mk-line3-ipc and check or replace its eMMC (dmesg, SMART or mmc-utils); if it recurs, reinstall the IPC on new storage. Consider keeping a spare IPC labeled for line 3.",
        tags=tags(MKD, ["linux-kernel", "k3s", "kubelet", "containerd", "mosquitto", "go"], ["shared-node", "loud-victim", "hardware", "edge"]))


# ------------------------------------------------------------------ w22 WARN timeout
def w22():
    r = Rec("w22", "2026-02-26T02:00:00Z")
    db = MK.tsdb
    cw = MK.cw
    r.add(0.4, db.L, pg(311, "LOG", 'job 1003 (Compression Policy [1003]) starting: compressing chunks older than 7 days on hypertable "temper_curves"'))
    r.add(1.2, db.L, pg(311, "LOG", 'compressing chunk "_timescaledb_internal._hyper_1_412_chunk" (1.84 GB)'))
    dsn = "postgresql://curve_writer@tsdb.tempering.svc.cluster.local:5432/temper"
    buffered = 0
    for i, sec in enumerate([22.0, 41.0, 63.0, 88.0, 114.0, 139.0, 167.0]):
        pid = 4100 + i * 3
        buffered += 500
        r.add(sec, db.L, pg(pid, "ERROR", "canceling statement due to statement timeout"), ev=(i == 0))
        r.add(sec, db.L, pg(pid, "STATEMENT", "INSERT INTO temper_curves (ts, line, phase, setpoint_c, actual_c, belt_mps) VALUES ($1, $2, $3, $4, $5, $6), ($7, $8, $9, $10, $11, $12), ..."))
        r.add(sec + 0.01, cw.L, pylog("WARNING", "curve_writer.sink", "insert batch failed: QueryCanceled: canceling statement due to statement timeout (statement_timeout=3000ms, dsn=%s); keeping 500 rows in buffer (buffered=%d)" % (dsn, buffered)), ev=(i < 2))
    r.add(50.0, db.L, pg(288, "LOG", "checkpoints are occurring too frequently (11 seconds apart)"))
    r.add(50.0, db.L, pg(288, "HINT", 'Consider increasing the configuration parameter "max_wal_size".'))
    r.add(97.0, db.L, pg(311, "LOG", 'compressing chunk "_timescaledb_internal._hyper_1_413_chunk" (1.91 GB)'))
    r.add(131.0, db.L, pg(4131, "LOG", "duration: 2841.118 ms  execute <unnamed>: INSERT INTO temper_curves (ts, line, phase, setpoint_c, actual_c, belt_mps) VALUES ($1, $2, $3, $4, $5, $6), ..."))
    r.add(178.0, db.L, pg(311, "LOG", "job 1003 (Compression Policy [1003]) completed: 2 chunks compressed in 177.6 s (3.75 GB -> 412 MB)"), ev=True)
    r.add(181.0, cw.L, pylog("INFO", "curve_writer.sink", "flushed %d buffered rows to temper_curves in 1.92s; buffer empty" % (buffered + 250)))
    for sec in (200.0, 221.0, 243.0, 262.0):
        r.add(sec, cw.L, pylog("INFO", "curve_writer.sink", "flushed %d rows to temper_curves in %.3fs" % (pick(r.rng, [250, 500]), r.rng.uniform(0.02, 0.09))))
    r.add(120.0, cw.L, pylog("WARNING", "curve_writer.sink", "buffer at 35% of 10000 rows; oldest sample 98s old"))
    r.noise(MK_NOISE, 0, 270, 26, exclude=("cw", "wms", "scan", "label", "erp", "tc2"))
    return r.build(
        source="synthetic:tsdb_slow_during_compression",
        question="temper-curve-writer logged insert timeouts around 02:00. Are we losing tempering curve data?",
        selector={"namespace": "tempering"}, severity="WARN", category="timeout", component="temper-history",
        root_cause="The TimescaleDB StatefulSet temper-history (reached as tsdb.tempering.svc through temper-curve-writer's connection string) became slow while its nightly compression policy (job 1003) rewrote two 1.9 GB chunks. Inserts took longer than the writer's 3 s statement_timeout and were cancelled. The writer buffered the rows and flushed them all once the job finished, so no data was lost.",
        summary="Transient write timeouts against the time-series database during a scheduled compression job. The writer side is healthy and recovered by itself after about 3 minutes.",
        action="Optional: move the compression policy to a quieter time, or limit it to one chunk per run; raise max_wal_size; or give the writer a longer statement_timeout/buffer for this window.",
        tags=tags(MKD, ["timescaledb", "postgresql", "python", "psycopg"], ["name-differs-from-service", "dependency-by-connection-string", "transient", "loud-victim"]))


# ------------------------------------------------------------------ w23 WARN scheduling
def w23():
    r = Rec("w23", "2026-03-14T09:00:00Z")
    E = EVT("warehouse")
    wms, wmsn = MK.wms, MK.wmsn
    fs = "0/7 nodes are available: 3 Insufficient cpu, 4 node(s) had untolerated taint {site.mk.corp/line-ipc: true}. preemption: 0/7 nodes are available: 3 No preemption victims found for incoming pod, 4 Preemption is not helpful for scheduling."
    pend = ["wms-web-8d6f9b7c5-4ztbq", "wms-web-8d6f9b7c5-g7hnw", "wms-web-8d6f9b7c5-x2lrd"]
    r.add(2.0, E, event("Normal", "SuccessfulRescale", "horizontalpodautoscaler/wms-web", "New size: 5; reason: cpu resource utilization (percentage of request) above target"))
    r.add(2.1, E, event("Normal", "ScalingReplicaSet", "deployment/wms-web", "Scaled up replica set wms-web-8d6f9b7c5 to 5 from 3"))
    for i, p in enumerate(pend[:2]):
        r.add(2.3 + i * 0.05, mk_agent("mk-srv-01"), klog("I", 1412, "schedule_one.go:1004", '"Unable to schedule pod; no fit; waiting" pod="warehouse/%s" err="%s"' % (p, fs)), ev=(i == 0))
        r.add(2.35 + i * 0.05, E, event("Warning", "FailedScheduling", "pod/" + p, fs), ev=(i == 0))
    r.add(245.0, E, event("Normal", "SuccessfulRescale", "horizontalpodautoscaler/wms-web", "New size: 6; reason: cpu resource utilization (percentage of request) above target"))
    r.add(245.3, E, event("Warning", "FailedScheduling", "pod/" + pend[2], fs))
    r.add(560.0, E, event("Warning", "FailedScheduling", "pod/" + pend[0], fs))
    for sec in (31.0, 118.0, 260.0, 402.0, 611.0):
        r.add(sec, wms.L, phpfpm("WARNING", "[pool www] server reached pm.max_children setting (12), consider raising it"), ev=(sec == 31.0))
    for i, sec in enumerate((140.2, 305.8, 488.1, 702.4)):
        c = pick(r.rng, ["10.70.1.15", "10.70.1.16", "10.70.1.19"])
        r.add(sec, wmsn.L, nginx_error("error", 91200 + i * 37, 'upstream timed out (110: Connection timed out) while reading response header from upstream, client: %s, server: wms.mk.corp, request: "POST /wms/api/scan HTTP/1.1", upstream: "fastcgi://127.0.0.1:9000", host: "wms.mk.corp"' % c))
        r.add(sec + 0.01, MK.traefik.L, traefik_access(c, "POST /wms/api/scan HTTP/1.1", 504, 160, r.rng.randint(100000, 199999), "warehouse-wms-web-80@kubernetes", "http://%s:8080" % wms.ip, 60003, ua="okhttp/4.12.0"))
    for sec in (60.0, 200.0, 350.0, 520.0, 680.0, 820.0):
        r.add(sec, MK.traefik.L, traefik_access(pick(r.rng, ["10.50.1.23", "10.70.1.15"]), "GET /wms/putaway/queue HTTP/1.1", 200, 9311, r.rng.randint(100000, 199999), "warehouse-wms-web-80@kubernetes", "http://%s:8080" % wms.ip, r.rng.randint(1800, 4200)))
    r.add(1205.0, E, event("Normal", "SuccessfulRescale", "horizontalpodautoscaler/wms-web", "New size: 3; reason: All metrics below target"))
    r.add(1205.2, E, event("Normal", "ScalingReplicaSet", "deployment/wms-web", "Scaled down replica set wms-web-8d6f9b7c5 to 3 from 6"))
    for i, p in enumerate(pend):
        r.add(1205.4 + i * 0.02, E, event("Normal", "SuccessfulDelete", "replicaset/wms-web-8d6f9b7c5", "Deleted pod: " + p))
    for sec in (1230.0, 1260.0):
        r.add(sec, MK.traefik.L, traefik_access("10.70.1.15", "POST /wms/api/scan HTTP/1.1", 201, 211, r.rng.randint(100000, 199999), "warehouse-wms-web-80@kubernetes", "http://%s:8080" % wms.ip, r.rng.randint(20, 60), ua="okhttp/4.12.0"))
    r.noise(MK_NOISE, 0, 1280, 30, exclude=("traefik",))
    return r.build(
        source="synthetic:hpa_scaleup_insufficient_cpu",
        question="WMS pages were very slow during the Saturday Easter rush and a few scans timed out. What happened?",
        selector=None, severity="WARN", category="scheduling", component="wms-web",
        root_cause="The HPA scaled wms-web from 3 to 5 and then 6 replicas, but the new pods stayed Pending: '3 Insufficient cpu' on the three servers (each wms-web pod requests 1.5 CPU), and the edge IPCs are tainted for line workloads. The three running pods hit php-fpm's pm.max_children limit, so some requests queued until nginx/Traefik timed out (504).",
        summary="Scale-up blocked by scheduling during a traffic peak. The WMS was degraded (slow pages, a few 504s) for about 20 minutes and recovered when load fell and the HPA scaled back to 3.",
        action="Optional: right-size wms-web's CPU request (it uses far less than 1.5 CPU per pod), add server capacity for seasonal peaks or a lower-priority placeholder for preemption, and raise pm.max_children to match the memory budget.",
        tags=tags(MKD, ["kube-scheduler", "hpa", "php-fpm", "nginx", "traefik", "k3s"], ["transient", "capacity"]))


# ------------------------------------------------------------------ w24 ERROR auth_failure
def w24():
    r = Rec("w24", "2026-03-02T05:00:00Z")
    E = EVT("warehouse")
    sc = MK.scan
    st = MK.stock
    eso = W("external-secrets", "external-secrets-7c9d8b6f5-lq4wz", "external-secrets", "mk-srv-03", "external-secrets")
    rel = W("kube-system", "reloader-reloader-6d5b7c8f9-tz2kq", "reloader-reloader", "mk-srv-02", "reloader")
    r.add(1.2, eso.L, jlog(level="info", ts="@T", logger="controllers.ExternalSecret", msg="reconciled secret", ExternalSecret={"name": "stock-db-credentials", "namespace": "warehouse"}), ev=True)
    r.add(2.0, rel.L, logrus("info", "Changes detected in 'stock-db-credentials' of type 'SECRET' in namespace 'warehouse'; updated 'wms-web' of type 'Deployment' in namespace 'warehouse'"), ev=True)
    r.add(2.1, rel.L, logrus("info", "Changes detected in 'stock-db-credentials' of type 'SECRET' in namespace 'warehouse'; updated 'erp-sync' of type 'Deployment' in namespace 'warehouse'"))
    r.add(2.5, E, event("Normal", "ScalingReplicaSet", "deployment/wms-web", "Scaled up replica set wms-web-5c7f9d8b6 to 1"))
    r.add(2.6, E, event("Normal", "ScalingReplicaSet", "deployment/erp-sync", "Scaled up replica set erp-sync-6d8b9c7f5 to 1"))
    r.add(31.0, E, event("Normal", "ScalingReplicaSet", "deployment/wms-web", "Scaled down replica set wms-web-8d6f9b7c5 to 0 from 1"))
    r.add(36.0, E, event("Normal", "ScalingReplicaSet", "deployment/erp-sync", "Scaled down replica set erp-sync-7b9c6d8f5 to 0 from 1"))
    wms2 = MK.wms.with_(pod="wms-web-5c7f9d8b6-h8kvs", ip="10.42.0.104")
    r.add(40.0, wms2.L, laravel("INFO", "Database connection established: mysql stock-db.warehouse.svc:3306 (user wms)"))
    r.add(300.0, sc.L, pino("info", sc.pod, "pool: recycled 4 idle connections (idleTimeout 600000ms)"))
    denies = [604.3, 605.1, 618.8, 640.2, 671.5, 702.9, 760.0, 811.7]
    for i, sec in enumerate(denies):
        r.add(sec, st.L, mysql8(48211 + i * 3, "Note", "MY-010926", "Access denied for user 'scanner'@'%s' (using password: YES)" % sc.ip), ev=(i < 2))
        r.add(sec + 0.004, sc.L, pino("error", sc.pod, "db connection failed", dbHost="stock-db.warehouse.svc", dbPort=3306,
                                      err={"type": "Error", "message": "Access denied for user 'scanner'@'%s' (using password: YES)" % sc.ip, "code": "ER_ACCESS_DENIED_ERROR", "errno": 1045, "sqlState": "28000"}), ev=(i == 0))
        if i % 2 == 0:
            r.add(sec + 0.006, sc.L, pino("warn", sc.pod, "scan rejected: database error", sscc="38712345%010d" % r.rng.randint(0, 9999999999), dock=pick(r.rng, ["D1", "D2", "D3"]), status=503))
    for sec in (450.0, 640.0, 700.0, 790.0):
        r.add(sec, wms2.L, laravel("INFO", "Putaway task %d completed: pallet SSCC 38712345%010d -> bin %s-%02d-%d" % (r.rng.randint(200000, 299999), r.rng.randint(0, 9999999999), pick(r.rng, ["A", "B", "C"]), r.rng.randint(1, 40), r.rng.randint(1, 6))))
    r.add(720.0, MK.erp.with_(pod="erp-sync-6d8b9c7f5-2vrxq").L, spring("INFO", "erp-sync", "Camel (erp-sync) thread #2 - timer://stock", "stock-delta-route", "Pushed 17 stock deltas to SAP (plant 1100), HTTP 201"))
    r.noise(MK_NOISE, 0, 830, 24, exclude=("scan", "wms", "erp"))
    return r.build(
        source="synthetic:stale_credentials_after_rotation",
        question="Handheld scanners at the docks have returned 'database error' since about 05:10. Is stock-db down?",
        selector=None, severity="ERROR", category="auth_failure", component="pallet-scanner-gw",
        root_cause="At 05:00 External Secrets synced a rotated stock-db password from Vault, and Reloader restarted wms-web and erp-sync, but not pallet-scanner-gw (it has no reload annotation). pallet-scanner-gw still holds the old 'scanner' password in its environment. Once its pool recycled its idle connections at about 05:10, every new login was rejected: MySQL logs 'Access denied for user scanner (using password: YES)' and the client gets ER_ACCESS_DENIED_ERROR 1045. The stock-ledger MySQL server is healthy and the restarted clients work.",
        summary="A client with stale credentials after a secret rotation. Only pallet-scanner-gw fails, with MySQL error 1045, while the database and the other clients are fine.",
        action="Restart pallet-scanner-gw (kubectl -n warehouse rollout restart deploy/pallet-scanner-gw) and add the Reloader annotation, or read the credentials from the mounted secret file on each connect, so future rotations are picked up.",
        tags=tags(MKD, ["mysql", "nodejs", "mysql2", "external-secrets", "reloader", "laravel"], ["misconfigured-client", "product-error-code", "name-differs-from-service", "credential-rotation"]))


# ------------------------------------------------------------------ w25 CRITICAL config_error
def w25():
    r = Rec("w25", "2026-03-05T05:48:00Z")
    E = EVT("tempering")
    old = MK.mqtt
    new = MK.mqtt.with_(pod="plc-mqtt-5f4b8d7c6-x9rtm", ip="10.42.0.118")
    uid = uuid4(r.rng)
    r.add(0.6, MK.flux_s.L, jlog(level="info", ts="@T", msg="stored artifact for commit 'mqtt: move password file to secret mount'", controller="gitrepository", controllerGroup="source.toolkit.fluxcd.io",
                                  controllerKind="GitRepository", GitRepository={"name": "factory-platform", "namespace": "flux-system"}, reconcileID=uuid4(r.rng)))
    r.add(2.9, MK.flux_k.L, jlog(level="info", ts="@T", msg="server-side apply completed", controller="kustomization", controllerGroup="kustomize.toolkit.fluxcd.io", controllerKind="Kustomization",
                                  Kustomization={"name": "tempering", "namespace": "flux-system"}, revision="main@sha1:9c4e2b7a1d8f3e6c5b0a9d8e7f6c5b4a3d2e1f09",
                                  output={"ConfigMap/tempering/plc-mqtt-config": "configured", "Secret/tempering/plc-mqtt-passwd": "created", "Deployment/tempering/plc-mqtt": "configured"}), ev=True)
    r.add(3.2, E, event("Normal", "ScalingReplicaSet", "deployment/plc-mqtt", "Scaled down replica set plc-mqtt-6c9d7b5f8 to 0 from 1"))
    r.add(3.3, E, event("Normal", "Killing", "pod/" + old.pod, "Stopping container mosquitto"))
    r.add(3.4, old.L, mosquitto("mosquitto version 2.0.18 terminating"))
    r.add(3.5, old.L, mosquitto("Saving in-memory database to /mosquitto/data/mosquitto.db."))
    r.add(5.0, E, event("Normal", "ScalingReplicaSet", "deployment/plc-mqtt", "Scaled up replica set plc-mqtt-5f4b8d7c6 to 1"))
    backs = ["10s", "20s", "40s", "1m20s"]
    for i, sec in enumerate([7.0, 19.0, 41.0, 83.0]):
        r.add(sec - 0.3, E, event("Normal", "Started", "pod/" + new.pod, "Started container mosquitto"))
        r.add(sec, new.L, mosquitto("mosquitto version 2.0.18 starting"))
        r.add(sec, new.L, mosquitto("Config loaded from /mosquitto/config/mosquitto.conf."))
        r.add(sec + 0.001, new.L, mosquitto('Error: Unable to open pwfile "/mosquitto/config/passwd".'), ev=(i == 0))
        r.add(sec + 0.001, new.L, mosquitto('Error opening password file "/mosquitto/config/passwd".'), ev=(i == 0))
        r.add(sec + 0.5, mk_agent("mk-srv-01"), kl_crashloop(1412, new, uid, backs[i]))
    r.add(41.6, E, event("Warning", "BackOff", "pod/" + new.pod, "Back-off restarting failed container mosquitto in pod %s_tempering(%s)" % (new.pod, uid)))
    for w, ln in ((MK.tc1, 1), (MK.tc2, 2), (MK.tc3, 3)):
        for j, sec in enumerate([4.1, 9.3, 20.0, 42.2, 95.0, 151.0]):
            s2 = sec + ln * 0.37
            if j in (0, 2, 4) or ln == 1:
                r.add(s2, w.L, slog("ERROR", "mqtt connect failed", 'broker=tcp://plc-mqtt.tempering.svc:1883 client_id=temper-ctl-line%d err="dial tcp 10.43.77.5:1883: connect: connection refused"' % ln))
        r.add(64.0 + ln, w.L, slog("WARN", "MQTT unavailable for 60s: holding line in safe mode (belt stopped, tempering setpoints frozen)", "line=%d" % ln))
    r.add(303.5, MK.flux_k.L, jlog(level="error", ts="@T", msg="Reconciliation failed after 5m0.52s, next try in 10m0s", controller="kustomization", controllerGroup="kustomize.toolkit.fluxcd.io", controllerKind="Kustomization",
                                    Kustomization={"name": "tempering", "namespace": "flux-system"}, revision="main@sha1:9c4e2b7a1d8f3e6c5b0a9d8e7f6c5b4a3d2e1f09",
                                    error="health check failed after 5m0.02s: timeout waiting for: [Deployment/tempering/plc-mqtt status: 'InProgress']"))
    r.add(170.0, mk_agent("mk-srv-01"), kl_crashloop(1412, new, uid, "2m40s"))
    r.noise(MK_NOISE, 0, 305, 14, exclude=("tc1", "tc2", "cw"))
    return r.build(
        source="synthetic:mosquitto_bad_pwfile_path",
        question="All three tempering lines went into safe mode at 05:48 with MQTT connection refused. Is the network on the factory floor down?",
        selector=None, severity="CRITICAL", category="config_error", component="plc-mqtt",
        root_cause="A Flux commit ('move password file to secret mount') changed plc-mqtt's configuration. The new mosquitto.conf still points password_file at /mosquitto/config/passwd, but the file is now mounted from the plc-mqtt-passwd Secret at another path. Mosquitto exits at startup with 'Unable to open pwfile' and crash-loops. Because the Deployment uses Recreate, the old broker was already gone, so every temper-ctl gets 'connection refused' on the plc-mqtt Service (10.43.77.5:1883).",
        summary="A broker configuration error rolled out by GitOps. The MQTT broker is down and all three lines' controllers hold in safe mode. The network and the clients are fine.",
        action="Revert the commit, or fix password_file to the Secret's mount path, and let Flux reconcile (flux reconcile kustomization tempering). Add a config check (mosquitto -c ... -t / CI lint) and consider a RollingUpdate strategy with a readiness probe for plc-mqtt.",
        tags=tags(MKD, ["mosquitto", "flux", "go", "kubelet", "k3s"], ["loud-victim", "dependency-by-ip", "gitops-change"]))


# ------------------------------------------------------------------ w26 CRITICAL database
def w26():
    r = Rec("w26", "2026-03-10T11:00:00Z")
    E = EVT("recipes")
    v0, v1, v2 = MK.rv0, MK.rv1, MK.rv2
    ida, idb = "a1b2c3d4-9e8f", "8a1f2c3d-5e6f"
    r.add(1.0, MK.flux_k.L, jlog(level="info", ts="@T", msg="server-side apply completed", controller="kustomization", controllerGroup="kustomize.toolkit.fluxcd.io", controllerKind="Kustomization",
                                  Kustomization={"name": "recipes", "namespace": "flux-system"}, revision="main@sha1:1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e",
                                  output={"StatefulSet/recipes/recipe-vault": "configured"}))
    r.add(1.6, E, event("Normal", "Killing", "pod/recipe-vault-2", "Stopping container mariadb-galera"))
    r.add(1.8, v2.L, mariadb(0, "Note", "/opt/bitnami/mariadb/sbin/mariadbd (initiated by: unknown): Normal shutdown"))
    r.add(4.1, v2.L, mariadb(0, "Note", "/opt/bitnami/mariadb/sbin/mariadbd: Shutdown complete"))
    r.add(4.4, v0.L, mariadb(0, "Note", "WSREP: New COMPONENT: primary = yes, bootstrap = no, my_idx = 0, memb_num = 2"))
    r.add(4.5, v1.L, mariadb(0, "Note", "WSREP: New COMPONENT: primary = yes, bootstrap = no, my_idx = 1, memb_num = 2"))
    r.add(31.2, v0.L, mariadb(0, "Note", "WSREP: (%s, 'tcp://0.0.0.0:4567') turning message relay requesting on, nonlive peers: tcp://10.42.1.29:4567" % ida))
    r.add(31.4, v1.L, mariadb(0, "Note", "WSREP: (%s, 'tcp://0.0.0.0:4567') turning message relay requesting on, nonlive peers: tcp://10.42.0.31:4567" % idb))
    r.add(34.6, v0.L, mariadb(0, "Note", "WSREP: evs::proto(%s, OPERATIONAL, view_id(REG,%s,42)) suspecting node: %s" % (ida, ida, idb)))
    r.add(36.1, v0.L, mariadb(0, "Note", "WSREP: view(view_id(NON_PRIM,%s,43) memb { %s,0 } joined { } left { } partitioned { %s,0 })" % (ida, ida, idb)), ev=True)
    r.add(36.1, v0.L, mariadb(0, "Note", "WSREP: New COMPONENT: primary = no, bootstrap = no, my_idx = 0, memb_num = 1"), ev=True)
    r.add(36.2, v0.L, mariadb(0, "Note", "WSREP: Received NON-PRIMARY."), ev=True)
    r.add(36.2, v0.L, mariadb(0, "Note", "WSREP: Shifting SYNCED -> OPEN (TO: 2210944)"))
    r.add(36.3, v1.L, mariadb(0, "Note", "WSREP: view(view_id(NON_PRIM,%s,43) memb { %s,0 } joined { } left { } partitioned { %s,0 })" % (idb, idb, ida)))
    r.add(36.3, v1.L, mariadb(0, "Note", "WSREP: Received NON-PRIMARY."), ev=True)
    r.add(36.4, v1.L, mariadb(0, "Note", "WSREP: Shifting SYNCED -> OPEN (TO: 2210944)"))
    # restarted member cannot join
    r.add(12.0, E, event("Normal", "Started", "pod/recipe-vault-2", "Started container mariadb-galera"))
    r.add(13.5, v2.L, mariadb(0, "Note", "WSREP: gcomm: connecting to group 'recipe-vault', peer 'recipe-vault-0.recipe-vault-headless.recipes.svc.cluster.local:,recipe-vault-1.recipe-vault-headless.recipes.svc.cluster.local:'"))
    r.add(43.6, v2.L, mariadb(0, "ERROR", "WSREP: failed to open gcomm backend connection: 110: failed to reach primary view (pc.wait_prim_timeout): 110 (Connection timed out)"))
    r.add(43.6, v2.L, mariadb(0, "ERROR", "WSREP: gcs/src/gcs_core.cpp:gcs_core_open():219: Failed to open backend connection: -110 (Connection timed out)"))
    r.add(43.7, v2.L, mariadb(0, "ERROR", "Aborting"))
    r.add(44.5, mk_agent("mk-srv-03"), kl_crashloop(1412, v2, uuid4(r.rng), "10s"))
    # clients
    for i, sec in enumerate([38.0, 44.2, 57.9, 73.0, 96.4, 121.7, 150.3]):
        rid = pick(r.rng, MK.RECIPES)[0]
        w = MK.rapi if i % 2 == 0 else MK.rapi2
        r.add(sec, w.L, dotnet("fail", "Recipes.Api.Data.RecipeRepository", 0, "Query for recipe %d failed: MySqlConnector.MySqlException (0x80004005): WSREP has not yet prepared node for application use" % rid), ev=(i == 0))
        r.add(sec + 0.002, w.L, dotnet("info", "Microsoft.AspNetCore.Hosting.Diagnostics", 2, "Request finished HTTP/1.1 GET http://recipe-api.recipes.svc/api/recipes/%d - 500 - application/problem+json %.4fms" % (rid, r.rng.uniform(3, 9))))
        r.add(sec + 0.004, MK.traefik.L, traefik_access(pick(r.rng, ["10.50.1.23", "10.60.1.5", "10.42.4.12"]), "GET /api/recipes/%d HTTP/1.1" % rid, 500, 212, r.rng.randint(100000, 199999), "recipes-recipe-api-80@kubernetes", "http://%s:8080" % w.ip, 6))
    r.add(62.0, MK.allerg.L, pylog("ERROR", "allergen_check.db", "pymysql.err.OperationalError: (1047, 'WSREP has not yet prepared node for application use') [host recipe-db.recipes.svc:3306]"), ev=True)
    r.add(118.0, MK.allerg.L, pylog("ERROR", "allergen_check.db", "pymysql.err.OperationalError: (1047, 'WSREP has not yet prepared node for application use') [host recipe-db.recipes.svc:3306]"))
    r.add(80.0, MK.tc1.L, slog("WARN", "recipe download failed; keeping current batch recipe", "line=1 recipe=1043 status=500 next_batch=blocked"))
    r.add(140.0, MK.tc2.L, slog("WARN", "recipe download failed; keeping current batch recipe", "line=2 recipe=1061 status=500 next_batch=blocked"))
    r.noise(MK_NOISE, 0, 160, 16, exclude=("rapi", "traefik"))
    return r.build(
        source="synthetic:galera_lost_quorum",
        question="recipe-api returns 500 for every recipe and the lines can't load their next batch. What's wrong with recipe-api?",
        selector=None, severity="CRITICAL", category="database", component="recipe-vault",
        root_cause="The recipe-vault MariaDB Galera cluster (Service recipe-db) lost quorum. While recipe-vault-2 was down for a Flux-driven rolling update, recipe-vault-0 and recipe-vault-1 lost contact with each other, and each became a one-member NON_PRIMARY component. A non-primary Galera node refuses queries with ERROR 1047 'WSREP has not yet prepared node for application use', and recipe-vault-2 cannot rejoin because no primary view exists. recipe-api, allergen-check and the lines' recipe downloads all fail the same way.",
        summary="A database-side outage. The Galera cluster has no Primary Component, so every client receives error 1047. recipe-api is only the loudest victim.",
        action="Find the most advanced node (SHOW STATUS LIKE 'wsrep_last_committed'; on both surviving members) and re-bootstrap the Primary Component on it (SET GLOBAL wsrep_provider_options='pc.bootstrap=YES'); the others then rejoin. Afterwards add a PDB / partition-tolerant rollout (one member at a time, wait for Synced) and review evs timeouts and the network between the servers.",
        tags=tags(MKD, ["mariadb", "galera", "dotnet", "python", "traefik", "flux"], ["broken-server-many-clients", "name-differs-from-service", "product-error-code", "loud-victim"]))


# ------------------------------------------------------------------ w27 WARN storage
def w27():
    r = Rec("w27", "2026-03-12T03:28:00Z")
    mon = W("rook-ceph", "rook-ceph-mon-a-7d9c8b6f5-2kqlx", "mon", "mk-srv-01", "rook-ceph-mon")
    o0 = W("rook-ceph", "rook-ceph-osd-0-5c8d7f9b6-h4q2m", "osd", "mk-srv-01", "rook-ceph-osd")
    o1 = W("rook-ceph", "rook-ceph-osd-1-6d8f9b7c5-xk2lp", "osd", "mk-srv-02", "rook-ceph-osd")
    o2 = W("rook-ceph", "rook-ceph-osd-2-7f9c6d8b5-vn8wt", "osd", "mk-srv-03", "rook-ceph-osd")
    th = {"mon": "7f2c1a9fe640", "o0": "7f8b3d2e1640", "o1": "7f4d2e1fb640", "o2": "7f1a0c9de640"}
    CL = "log_channel(cluster) log"
    r.add(2.0, o1.L, ceph(th["o1"], -1, "osd.1 411 heartbeat_map is_healthy 'OSD::osd_op_tp thread 0x7f4d2e1fb640' had timed out after 15.000000954s"), ev=True)
    r.add(12.0, o1.L, ceph(th["o1"], -1, "osd.1 411 heartbeat_map is_healthy 'OSD::osd_op_tp thread 0x7f4d2e1fb640' had timed out after 15.000000954s"))
    r.add(15.3, o1.L, ceph(th["o1"], 0, "bluestore(/var/lib/ceph/osd/ceph-1) log_latency slow operation observed for submit_transact, latency = 21.412307739s"), ev=True)
    r.add(15.4, o1.L, ceph(th["o1"], 0, "bluestore(/var/lib/ceph/osd/ceph-1) log_latency_fn slow operation observed for _txc_committed_kv, latency = 21.408s, txc = 0x55d1c2b3e900"))
    r.add(21.1, o0.L, ceph(th["o0"], -1, "osd.0 411 heartbeat_check: no reply from 10.42.1.12:6804 osd.1 since back 2026-03-12T03:28:00.118+0000 front 2026-03-12T03:28:00.118+0000 (oldest deadline 2026-03-12T03:28:20.118+0000)"))
    r.add(21.4, o2.L, ceph(th["o2"], -1, "osd.2 411 heartbeat_check: no reply from 10.42.1.12:6804 osd.1 since back 2026-03-12T03:28:00.121+0000 front 2026-03-12T03:28:00.121+0000 (oldest deadline 2026-03-12T03:28:20.121+0000)"))
    r.add(21.5, mon.L, ceph(th["mon"], 0, CL + " [DBG] : osd.1 reported failed by osd.0"))
    r.add(23.2, mon.L, ceph(th["mon"], 0, CL + " [DBG] : osd.1 reported failed by osd.2"))
    r.add(23.2, mon.L, ceph(th["mon"], 0, CL + " [INF] : osd.1 failed (root=default,host=mk-srv-02) (2 reporters from different host after 23.104712 >= grace 20.000000)"), ev=True)
    r.add(23.9, mon.L, ceph(th["mon"], 0, CL + " [WRN] : Health check failed: 1 osds down (OSD_DOWN)"), ev=True)
    r.add(23.9, mon.L, ceph(th["mon"], 0, CL + " [WRN] : Health check failed: 1 host (1 osds) down (OSD_HOST_DOWN)"))
    r.add(29.4, mon.L, ceph(th["mon"], 0, CL + " [WRN] : Health check failed: Degraded data redundancy: 1431/12690 objects degraded (11.277%), 41 pgs degraded (PG_DEGRADED)"))
    r.add(24.5, KERN("mk-srv-03"), raw("libceph: osd1 (1)10.42.1.12:6801 socket closed (con state OPEN)"))
    r.add(24.9, KERN("mk-srv-01"), raw("libceph: osd1 (1)10.42.1.12:6801 socket closed (con state OPEN)"))
    r.add(26.0, KERN("mk-srv-03"), raw("libceph: osd1 down"))
    r.add(33.0, MK.tsdb.L, pg(288, "LOG", "checkpoint complete: wrote 2114 buffers (12.9%); 0 WAL file(s) added, 0 removed, 3 recycled; write=0.611 s, sync=19.872 s, total=20.522 s; sync files=41, longest=19.411 s, average=0.484 s; distance=48211 kB, estimate=51002 kB"))
    r.add(38.0, MK.rv0.L, mariadb(0, "Warning", "InnoDB: A long wait (21 seconds) was observed for dict_sys.latch"))
    r.add(36.5, o1.L, ceph(th["o1"], 0, CL + " [WRN] : Monitor daemon marked osd.1 down, but it is still running"))
    r.add(36.6, o1.L, ceph(th["o1"], 0, CL + " [DBG] : map e413 wrongly marked me down at e412"))
    r.add(41.0, mon.L, ceph(th["mon"], 0, CL + " [INF] : osd.1 [v2:10.42.1.12:6802/1843,v1:10.42.1.12:6803/1843] boot"))
    r.add(41.2, mon.L, ceph(th["mon"], 0, CL + " [INF] : Health check cleared: OSD_DOWN (was: 1 osds down)"))
    r.add(41.2, mon.L, ceph(th["mon"], 0, CL + " [INF] : Health check cleared: OSD_HOST_DOWN (was: 1 host (1 osds) down)"))
    r.add(42.3, KERN("mk-srv-03"), raw("libceph: osd1 up"))
    r.add(95.0, mon.L, ceph(th["mon"], 0, CL + " [WRN] : Health check update: Degraded data redundancy: 312/12690 objects degraded (2.459%), 9 pgs degraded (PG_DEGRADED)"))
    r.add(161.0, mon.L, ceph(th["mon"], 0, CL + " [INF] : Health check cleared: PG_DEGRADED (was: Degraded data redundancy: 27/12690 objects degraded (0.213%), 1 pg degraded)"))
    r.add(161.1, mon.L, ceph(th["mon"], 0, CL + " [INF] : Cluster is now healthy"))
    for sec in (70.0, 130.0, 190.0):
        r.add(sec, mon.L, ceph(th["mon"], 0, CL + " [DBG] : pgmap v%d: 97 pgs: %s; 14 GiB data, 43 GiB used, 1.3 TiB / 1.4 TiB avail; 1.2 MiB/s rd, 3.4 MiB/s wr, 211 op/s" % (
            88211 + int(sec), "97 active+clean" if sec > 160 else "88 active+clean, %d active+recovering+degraded" % (9 if sec < 100 else 1))))
    r.noise(MK_NOISE, 0, 200, 18, exclude=("wms", "scan", "label", "erp", "tc2"))
    return r.build(
        source="synthetic:ceph_osd_flap",
        question="Ceph reported OSD_DOWN and degraded PGs at 03:28, and Postgres and MariaDB logged slow syncs. Do we have data loss?",
        selector=None, severity="WARN", category="storage", component="rook-ceph-osd-1",
        root_cause="OSD osd.1 (rook-ceph-osd-1 on mk-srv-02) stalled: BlueStore commits took about 21 s and its op thread missed heartbeats. Its peers reported it failed and the monitors marked it down. The OSD was still running ('wrongly marked me down'), rejoined after about 18 s, and recovery cleared PG_DEGRADED in about 2 minutes. RBD clients on all three servers (TimescaleDB, MariaDB) saw I/O stalls while it was unresponsive. No data was lost; redundancy was temporarily reduced.",
        summary="A transient flap of one Ceph OSD, caused by slow storage on mk-srv-02. Every workload on Ceph RBD had a brief I/O stall, and the cluster returned to HEALTH_OK by itself.",
        action="Check osd.1's device on mk-srv-02 (smartctl, ceph daemon osd.1 dump_historic_slow_ops, kernel logs). If the latency recurs, mark it out and replace the disk.",
        tags=tags(MKD, ["ceph", "rook", "linux-kernel", "postgresql", "timescaledb", "mariadb"], ["shared-storage", "transient"]))


# ================================================================== courier cooperative INFO
# ------------------------------------------------------------------ w28 INFO
def w28():
    r = Rec("w28", "2026-03-03T14:30:00Z")
    NX = "ip-10-24-61-23.eu-central-1.compute.internal"
    eta_old = SS.eta.with_(pod="eta-predictor-5b6c7d8f9-m9vtd", node=NX, ip="10.24.61.140")
    eta_new = SS.eta.with_(pod="eta-predictor-5b6c7d8f9-2qxcz", node=SS.N2, ip="10.24.48.203")
    ji_old = SS.ji.with_(pod="job-intake-6b8d7c9f5-8rnfw", node=NX, ip="10.24.61.77")
    ji_new = SS.ji.with_(pod="job-intake-6b8d7c9f5-tk4vh", node=SS.N4, ip="10.24.90.61")
    k = SS.karp.L
    rid = uuid4(r.rng)
    r.add(1.0, k, jlog(level="INFO", time="@T", logger="controller", message="disrupting node(s)", commit="62a726c", controller="disruption", namespace="", name="", reconcileID=rid,
                       **{"command-id": uuid4(r.rng), "reason": "underutilized", "decision": "delete", "disrupted-node-count": 1, "replacement-node-count": 0, "pod-count": 2,
                          "disrupted-nodes": [{"Node": {"name": NX}, "NodeClaim": {"name": "spot-burst-5k2wd"}, "capacity-type": "spot", "instance-type": "m6g.large"}], "replacement-nodes": []}))
    r.add(1.2, EVT("default"), event("Normal", "DisruptionTerminating", "node/" + NX, "Disrupting Node: Underutilized/Delete"))
    r.add(1.4, k, jlog(level="INFO", time="@T", logger="controller", message="tainted node", commit="62a726c", controller="node.termination", controllerGroup="", controllerKind="Node",
                       Node={"name": NX}, namespace="", name=NX, reconcileID=uuid4(r.rng), **{"taint.Key": "karpenter.sh/disrupted", "taint.Value": "", "taint.Effect": "NoSchedule"}))
    for w, wn, t, ns in ((eta_old, eta_new, 2.0, "tracking"), (ji_old, ji_new, 2.2, "dispatch")):
        r.add(t, EVT(ns), event("Normal", "Evicted", "pod/" + w.pod, "Evicted pod: Underutilized"))
        r.add(t + 0.1, EVT(ns), event("Normal", "Killing", "pod/" + w.pod, "Stopping container " + w.ctr))
        r.add(t + 0.3, EVT(ns), event("Normal", "Scheduled", "pod/" + wn.pod, "Successfully assigned %s/%s to %s" % (ns, wn.pod, wn.node)))
    r.add(2.2, eta_old.L, raw("INFO:     Shutting down"))
    r.add(2.3, eta_old.L, raw("INFO:     Waiting for application shutdown."))
    r.add(2.4, eta_old.L, raw("INFO:     Application shutdown complete."))
    r.add(2.4, eta_old.L, raw("INFO:     Finished server process [1]"))
    r.add(2.5, ji_old.L, pino("info", ji_old.pod, "SIGTERM received, draining HTTP server", inflight=3))
    r.add(3.6, ji_old.L, pino("info", ji_old.pod, "HTTP server closed, exiting"))
    r.add(2.6, SS.de.L, zap("warn", "eta/client.go:77", "eta request failed, retrying", attempt=1, err='Post "http://eta-predictor.tracking.svc:8000/predict": read tcp 10.24.33.140:51822->172.20.40.18:8000: read: connection reset by peer'))
    r.add(2.7, SS.de.L, zap("info", "eta/client.go:91", "eta request succeeded", attempt=2, took_ms=38))
    r.add(6.0, EVT("tracking"), event("Normal", "Pulled", "pod/" + eta_new.pod, 'Container image "318274569021.dkr.ecr.eu-central-1.amazonaws.com/coop/eta-predictor:1.9.4" already present on machine'))
    r.add(6.3, EVT("tracking"), event("Normal", "Started", "pod/" + eta_new.pod, "Started container eta-predictor"))
    r.add(7.1, eta_new.L, raw("INFO:     Started server process [1]"))
    r.add(7.1, eta_new.L, raw("INFO:     Waiting for application startup."))
    r.add(9.8, eta_new.L, raw("INFO:     Application startup complete."))
    r.add(9.8, eta_new.L, raw("INFO:     Uvicorn running on http://0.0.0.0:8000 (Press CTRL+C to quit)"))
    r.add(7.5, EVT("dispatch"), event("Normal", "Started", "pod/" + ji_new.pod, "Started container job-intake"))
    r.add(8.2, ji_new.L, pino("info", ji_new.pod, "job-intake listening", port=3000, version="3.2.7"))
    r.add(31.0, k, jlog(level="INFO", time="@T", logger="controller", message="deleted node", commit="62a726c", controller="node.termination", controllerGroup="", controllerKind="Node",
                        Node={"name": NX}, namespace="", name=NX, reconcileID=uuid4(r.rng)))
    r.add(31.1, EVT("default"), event("Normal", "RemovingNode", "node/" + NX, "Node %s event: Removing Node %s from Controller" % (NX, NX)))
    r.add(33.0, k, jlog(level="INFO", time="@T", logger="controller", message="deleted nodeclaim", commit="62a726c", controller="nodeclaim.termination", controllerGroup="karpenter.sh",
                        controllerKind="NodeClaim", NodeClaim={"name": "spot-burst-5k2wd"}, namespace="", name="spot-burst-5k2wd", reconcileID=uuid4(r.rng),
                        Node={"name": NX}, **{"provider-id": "aws:///eu-central-1b/i-0c4f9e2a7b1d83e56"}))
    r.noise(SS_NOISE, 0, 120, 34, exclude=("eta",))
    return r.build(
        source="synthetic:karpenter_consolidation",
        question="A node disappeared at 14:30, pods were evicted and dispatch-engine logged a connection reset. Did we lose a node?",
        selector=None, severity="INFO", category="none", component=None,
        root_cause="No fault. Karpenter consolidation found the spot node ip-10-24-61-23 underutilised, tainted it, evicted its two pods (eta-predictor, job-intake) and deleted it. Both pods were rescheduled on other nodes within seconds, and dispatch-engine's single 'connection reset' was an in-flight request to the terminating eta-predictor, which succeeded on retry.",
        summary="Routine cost-driven node consolidation by Karpenter. The evictions were graceful, the replacement pods started, and traffic was unaffected.",
        action="Nothing to do. Optionally give eta-predictor a preStop delay so in-flight requests drain before SIGTERM.",
        tags=tags(SSD, ["karpenter", "eks", "uvicorn", "nodejs", "go", "kubernetes-events"], ["alarming-but-routine", "autoscaling"]))


# ------------------------------------------------------------------ w29 INFO
def w29():
    r = Rec("w29", "2026-03-04T03:15:00Z")
    t0, t1, t2 = SS.ts0, SS.ts1, SS.ts2
    agent = t0.with_(ctr="mongodb-agent")
    g = SS.gps

    def agent_line(msg):
        return lambda t: "[%s.%03d+0000] [.info] [cm/director/director.go:planAndExecute:566] <track-store-0> [%s.%03d] %s" % (
            t.strftime("%Y-%m-%dT%H:%M:%S"), ms(t), t.strftime("%H:%M:%S"), ms(t), msg)
    r.add(1.0, agent.L, agent_line("Step 4 of 11: ChangeVersion (7.0.5 -> 7.0.6)"))
    r.add(1.3, agent.L, agent_line("Step 5 of 11: StepDown primary before restart"))
    r.add(1.6, t0.L, mongo("I", "COMMAND", 21577, "conn7781", "Received replSetStepDown command", {"stepDownSecs": 60, "secondaryCatchUpPeriodSecs": 10}))
    r.add(1.9, t0.L, mongo("I", "REPL", 21340, "conn7781", "Stepping down from primary, stats", {"userOpsKilled": 0, "userOpsRunning": 14}))
    r.add(1.9, t0.L, mongo("I", "REPL", 21358, "ReplCoord-12", "Replica set state transition", {"newState": "SECONDARY", "oldState": "PRIMARY"}))
    r.add(2.1, t1.L, mongo("I", "ELECTION", 21438, "ReplCoord-4", "Starting an election due to step up request", {}))
    r.add(2.4, t1.L, mongo("I", "ELECTION", 21450, "ReplCoord-4", "Election succeeded, assuming primary role", {"term": 19}))
    r.add(2.4, t1.L, mongo("I", "REPL", 21358, "ReplCoord-4", "Replica set state transition", {"newState": "PRIMARY", "oldState": "SECONDARY"}))
    r.add(2.6, t1.L, mongo("I", "REPL", 21331, "OplogApplier-0", "Transition to primary complete; database writes are now permitted", {}))
    for i, (sec, w) in enumerate(((2.0, SS.gps), (2.05, SS.gps2))):
        r.add(sec, w.L, rust("WARN", "gps_ingest::store", "mongodb write failed, retrying once: Kind: Command failed: Error code 10107 (NotWritablePrimary): not primary, labels: {\"RetryableWriteError\"}"))
        r.add(sec + 0.7, w.L, rust("INFO", "gps_ingest::sink", "batch persisted points=%d riders=%d took_ms=%d retried=true" % (r.rng.randint(200, 600), r.rng.randint(20, 60), r.rng.randint(600, 800))))
    r.add(4.0, t2.L, mongo("I", "REPL", 21215, "ReplCoord-7", "Member is in new state", {"hostAndPort": "track-store-1.track-store-svc.tracking.svc.cluster.local:27017", "newState": "PRIMARY"}))
    r.add(6.0, agent.L, agent_line("Step 6 of 11: Shutdown mongod"))
    r.add(6.3, t0.L, mongo("I", "CONTROL", 23377, "SignalHandler", "Received signal", {"signal": 15, "error": "Terminated"}))
    r.add(6.4, t0.L, mongo("I", "CONTROL", 4784900, "SignalHandler", "Shutting down the LogicalSessionCache", {}))
    r.add(8.9, t0.L, mongo("I", "CONTROL", 20565, "SignalHandler", "Now exiting", {}))
    r.add(12.0, t0.L, mongo("I", "CONTROL", 4615611, "initandlisten", "MongoDB starting", {"pid": 1, "port": 27017, "dbPath": "/data", "architecture": "64-bit", "host": "track-store-0"}))
    r.add(12.0, t0.L, mongo("I", "CONTROL", 23403, "initandlisten", "Build Info", {"buildInfo": {"version": "7.0.6", "gitVersion": "66cdc1f28172cb33ff68263050d73d4ade73b9a4", "allocator": "tcmalloc"}}))
    r.add(15.5, t0.L, mongo("I", "REPL", 21358, "ReplCoord-0", "Replica set state transition", {"newState": "STARTUP2", "oldState": "STARTUP"}))
    r.add(16.2, t0.L, mongo("I", "REPL", 21358, "ReplCoord-1", "Replica set state transition", {"newState": "RECOVERING", "oldState": "STARTUP2"}))
    r.add(17.0, t0.L, mongo("I", "REPL", 21358, "ReplCoord-1", "Replica set state transition", {"newState": "SECONDARY", "oldState": "RECOVERING"}))
    r.add(17.8, t1.L, mongo("I", "REPL", 21215, "ReplCoord-9", "Member is in new state", {"hostAndPort": "track-store-0.track-store-svc.tracking.svc.cluster.local:27017", "newState": "SECONDARY"}))
    r.add(18.5, agent.L, agent_line("Step 7 of 11: WaitForHealthy - member is SECONDARY, replication lag 0s"))
    r.add(19.0, agent.L, agent_line("Step 11 of 11: WaitAllRsMembersUp - all 3 members healthy; goal state reached"))
    for sec in range(22, 140, 9):
        r.add(sec + r.rng.uniform(0, 5), pick(r.rng, [SS.gps, SS.gps2]).L, rust("INFO", "gps_ingest::sink", "batch persisted points=%d riders=%d took_ms=%d" % (r.rng.randint(30, 120), r.rng.randint(3, 12), r.rng.randint(3, 15))))
    r.noise(SS_NOISE, 0, 140, 14, exclude=("gps", "ts", "envoy"))
    return r.build(
        source="synthetic:mongodb_planned_stepdown",
        question="gps-ingest logged 'NotWritablePrimary: not primary' at 03:15 and track-store-0 restarted. Is the tracking database unhealthy?",
        selector={"namespace": "tracking"}, severity="INFO", category="none", component=None,
        root_cause="No fault. The MongoDB Community Operator's agent is upgrading the track-store replica set from 7.0.5 to 7.0.6. It stepped down the primary track-store-0 (track-store-1 won the election in term 19) and restarted track-store-0 on the new version, which rejoined as SECONDARY with no lag. gps-ingest's two NotWritablePrimary errors are retryable writes that succeeded on the retry.",
        summary="A planned rolling upgrade of the MongoDB replica set. One stepDown and one member restart; no writes were lost and all three members are healthy.",
        action="Nothing to do.",
        tags=tags(SSD, ["mongodb", "mongodb-agent", "rust", "eks"], ["alarming-but-routine", "planned-maintenance", "name-differs-from-product"]))


# ------------------------------------------------------------------ w30 INFO
def w30():
    r = Rec("w30", "2026-03-05T07:28:00Z")
    E = EVT("rider")
    new = [SS.rapi.with_(pod="rider-api-5d9c8b7f6-%s" % s, node=n, ip=ip) for s, n, ip in (("c4mvx", SS.N1, "10.24.33.188"), ("h7qwz", SS.N3, "10.24.71.202"), ("t2lpn", SS.N5, "10.24.52.156"))]
    r.add(60.0, E, event("Normal", "SuccessfulRescale", "horizontalpodautoscaler/rider-api", "New size: 6; reason: cpu resource utilization (percentage of request) above target"))
    r.add(60.2, E, event("Normal", "ScalingReplicaSet", "deployment/rider-api", "Scaled up replica set rider-api-5d9c8b7f6 to 6 from 4"))
    r.add(305.0, E, event("Normal", "SuccessfulRescale", "horizontalpodautoscaler/rider-api", "New size: 7; reason: cpu resource utilization (percentage of request) above target"))
    r.add(305.2, E, event("Normal", "ScalingReplicaSet", "deployment/rider-api", "Scaled up replica set rider-api-5d9c8b7f6 to 7 from 6"))
    for i, w in enumerate(new):
        t = 60.5 if i < 2 else 305.5
        t += i * 0.2
        r.add(t, E, event("Normal", "Scheduled", "pod/" + w.pod, "Successfully assigned rider/%s to %s" % (w.pod, w.node)))
        r.add(t + 0.9, E, event("Normal", "Pulled", "pod/" + w.pod, 'Container image "318274569021.dkr.ecr.eu-central-1.amazonaws.com/coop/rider-api:5.8.1" already present on machine'))
        r.add(t + 1.2, E, event("Normal", "Started", "pod/" + w.pod, "Started container rider-api"))

        def nest(ctx, msg, extra=""):
            return lambda tt: "[Nest] 1  - %s, %d:%s %s     LOG [%s] %s%s" % (tt.strftime("%m/%d/%Y"), (tt.hour % 12) or 12, tt.strftime("%M:%S"), "AM" if tt.hour < 12 else "PM", ctx, msg, extra)
        r.add(t + 2.0, w.L, nest("NestFactory", "Starting Nest application..."))
        r.add(t + 2.1, w.L, nest("InstanceLoader", "RedisModule dependencies initialized", " +14ms"))
        r.add(t + 2.2, w.L, nest("RoutesResolver", "RidersController {/v1/riders}:", " +3ms"))
        r.add(t + 2.3, w.L, pino("info", w.pod, "redis connected", host="redis-sessions.rider.svc.cluster.local", port=6379, role="master"))
        r.add(t + 2.4, w.L, nest("NestApplication", "Nest application successfully started", " +41ms"))
    # bot scans
    bots = [("GET", "/wp-login.php"), ("GET", "/.env"), ("GET", "/.git/config"), ("POST", "/xmlrpc.php"), ("GET", "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php")]
    for j, (m, p) in enumerate(bots):
        r.add(40.0 + j * 37.3, SS.envoy.L, envoy_access(m, p, 404, "NR", 0, 0, 0, "-", "185.220.101.44", "Mozilla/5.0 zgrab/0.x", uuid4(r.rng), "api.spokesatchel.coop", "-"))
    r.add(100.0, SS.sc0.L, redis("M", "*", "10000 changes in 60 seconds. Saving..."))
    r.add(100.0, SS.sc0.L, redis("M", "*", "Background saving started by pid 4121"))
    r.add(101.2, SS.sc0.L, redis("C", "*", "DB saved on disk", pid=4121))
    r.add(101.2, SS.sc0.L, redis("C", "*", "Fork CoW for RDB: current 2 MB, peak 2 MB, average 1 MB", pid=4121))
    r.add(101.3, SS.sc0.L, redis("M", "*", "Background saving terminated with success"))
    r.noise(SS_NOISE, 0, 330, 30)
    return r.build(
        source="synthetic:morning_peak_hpa",
        question="During the morning peak rider-api scaled up twice and Envoy logged a burst of 404s from one IP. Is anything wrong?",
        selector=None, severity="INFO", category="none", component=None,
        root_cause="No fault. The HPA scaled rider-api from 4 to 7 replicas on CPU as the morning delivery peak started; the new pods came up and connected to session-cache (redis-sessions). The 404s with Envoy flag NR are an internet scanner probing /wp-login.php, /.env and similar paths that have no route, which is expected background noise.",
        summary="Normal peak-hour autoscaling plus harmless bot scanning. All real API traffic returned 2xx.",
        action="Nothing to do. Optionally rate-limit or block obvious scanner paths at the edge.",
        tags=tags(SSD, ["hpa", "envoy", "contour", "nestjs", "redis", "eks"], ["alarming-but-routine", "autoscaling"]))


RECORDS = [w21, w22, w23, w24, w25, w26, w27, w28, w29, w30]


def build():
    return [f() for f in RECORDS]
