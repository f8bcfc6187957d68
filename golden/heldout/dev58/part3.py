"""dev58 part 3: w21..w27 (weights & measures office, OpenShift) and w28..w30 (beet-sugar factory, RKE2)."""
from common import (Rec, P, J, E, ev, jdump, klogl, iso_ms, iso_s, iso_us, clf, sp_ms, pg, k8s_suffix, hexs, ip,
                    pylog, logrus, containerd, pglog, spring, quarkus, clef, serilog_txt, gunicorn, kc, argocd,
                    met_kubelet_chatter, met_argocd_chatter, MET_REG, MET_W, UAS,
                    rabbit, pgts, rust_tracing, winston, structlog_json, zerolog, zap_iso, pika_log,
                    sug_kubelet_chatter, sug_fleet_chatter, SUG_REG)


def uid(rng):
    return "%s-%s-%s-%s-%s" % (hexs(rng, 8), hexs(rng, 4), hexs(rng, 4), hexs(rng, 4), hexs(rng, 12))


# --------------------------------------------------------------------------- w21
def w21():
    r = Rec("w21", "MET", "2026-11-01T00:59:50")
    rng = r.rng
    ns, app = "lme-reports", "report-batch"
    job = "report-batch-29891580"
    pods = ["%s-0-q7vzd" % job, "%s-1-b2xkt" % job]
    LS = [P(ns, p, "report", MET_W[i + 3], app) for i, p in enumerate(pods)]
    EJ = E(ns, "Job", job)
    nb = P(ns, "stats-notebook-7b6c9d8f5d-l4wzn", "jupyterlab", "ocp-w02.lme.internal", "stats-notebook")
    r.add(10.2, E(ns, "CronJob", app), ev("Normal", "SuccessfulCreate", "CronJob", ns, app, "cronjob-controller", "Created job %s" % job))
    r.add(10.5, EJ, ev("Normal", "SuccessfulCreate", "Job", ns, job, "job-controller", "Created pod: %s" % pods[0]))
    r.add(10.6, EJ, ev("Normal", "SuccessfulCreate", "Job", ns, job, "job-controller", "Created pod: %s" % pods[1]))
    quota = ('Error creating: pods "%s-2-" is forbidden: exceeded quota: lme-reports-quota, requested: limits.memory=4Gi, '
             'used: limits.memory=16Gi, limited: limits.memory=16Gi' % job)
    for n, t in enumerate((10.7, 10.9, 11.3, 12.1, 13.8, 17.0, 23.5, 36.4, 62.2, 114.0, 218.0, 378.0, 538.0)):
        r.add(t, EJ, ev("Warning", "FailedCreate", "Job", ns, job, "job-controller", quota), e=(n in (0, 12)))
    for i, l in enumerate(LS):
        t0 = 14.0 + i * 0.8
        r.add(t0, l, (lambda i_: lambda d: pylog(d, "INFO", "report_batch", "shard %d/3 starting: monthly verification statistics for 2026-10" % i_))(i))
        r.add(t0 + 1.4, l, (lambda i_: lambda d: pylog(d, "INFO", "report_batch.extract", "shard %d/3: loaded %d verification records from lme-pg-replicas" % (i_, rng.randint(180000, 240000))))(i))
        for k in range(4):
            r.add(t0 + 40 + k * 55 + rng.random() * 5, l, (lambda i_, k_: lambda d: pylog(d, "INFO", "report_batch.aggregate", "shard %d/3: aggregated district %02d (%d devices)" % (i_, 3 * k_ + i_ + 1, rng.randint(900, 4000))))(i, k))
        r.add(t0 + 290, l, (lambda i_: lambda d: pylog(d, "INFO", "report_batch", "shard %d/3 done, wrote s3://lme-reports/monthly/2026-10/shard-%d.parquet" % (i_, i_)))(i))
    r.add(545.0, LS[0], lambda d: pylog(d, "WARNING", "report_batch.merge", "merge step waiting for shard 2/3 (not started yet), report 2026-10 not published"))
    r.noise(nb, lambda d, g: "[I %s.%03d ServerApp] %s" % (d.strftime("%Y-%m-%d %H:%M:%S"), d.microsecond // 1000, g.choice([
        "Saving file at /Auswertungen/Taxameter-2026.ipynb", "Kernel restarted: 5b1c0e8a-2f4d-4c19-9e7a-3d8b6f1a2c40",
        "302 GET /lab? (10.128.2.1) 0.61ms", "Kernel started: 9e0d7c31-4a2b-48f5-b1c6-7f2e9d4a0b83"])), 5, 0, 560)
    r.noise(P("openshift-gitops", "openshift-gitops-application-controller-0", "argocd-application-controller", "ocp-w02.lme.internal", "openshift-gitops-application-controller"), met_argocd_chatter, 4, 0, 560)
    return r.build(
        question="Why was the monthly verification report for October not produced overnight?",
        selector={"namespace": ns, "app": app},
        severity="ERROR", category="scheduling", component="report-batch",
        root_cause="The lme-reports namespace ResourceQuota (limits.memory 16Gi) is exhausted: the stats-notebook workload plus the first two report-batch shards use all 16Gi, so the job controller cannot create the third shard pod (exceeded quota: lme-reports-quota, requested limits.memory=4Gi) and the monthly report never merges.",
        summary="At 01:00 the report-batch CronJob created job report-batch-29891580; shards 0 and 1 ran and finished, but every attempt to create shard 2 failed with FailedCreate 'exceeded quota: lme-reports-quota ... limited: limits.memory=16Gi'. The merge step waits and the October report is not published.",
        action="Free quota in lme-reports (stop or shrink the stats-notebook deployment) or raise lme-reports-quota limits.memory, then rerun the report-batch job for 2026-10; consider a separate namespace/quota for interactive notebooks.",
        tags=["outside-selector"])


# --------------------------------------------------------------------------- w22
def w22():
    r = Rec("w22", "MET", "2026-07-08T05:59:50")
    rng = r.rng
    ns, app = "lme-inspections", "inspection-sync"
    pod = "inspection-sync-6d8b7f9c5c-rw7tk"
    L = P(ns, pod, "manager", "ocp-w05.lme.internal", app)
    r.add(3.1, L, lambda d: klogl(d, "I", 1, "main.go:88", '"starting inspection-sync" version="1.7.3" kubeAPIQPS=5 kubeAPIBurst=10 workers=8'))
    r.add(3.3, L, lambda d: klogl(d, "I", 1, "leaderelection.go:250", 'attempting to acquire leader lease lme-inspections/inspection-sync-lock...'))
    r.add(5.9, L, lambda d: klogl(d, "I", 1, "leaderelection.go:260", 'successfully acquired lease lme-inspections/inspection-sync-lock'))
    r.add(6.4, L, lambda d: klogl(d, "I", 1, "controller.go:142", '"Starting workers" controller="inspectionorder" worker count=8'))
    r.add(6.5, L, lambda d: klogl(d, "I", 1, "resync.go:51", '"full resync started" orders=14212 source="state register export 2026-07-08"'))
    first_wait = [True]
    t = 8.0
    while t < 300:
        t += rng.uniform(9, 16)
        w = rng.uniform(1.1, 6.9)
        o = "io-2026-%05d" % rng.randint(0, 99999)
        r.add(t, L, (lambda w_, o_: lambda d: klogl(d, "I", 1, "request.go:697", 'Waited for %.9fs due to client-side throttling, not priority and fairness, request: PATCH:https://172.30.0.1:443/apis/lme.example/v1/namespaces/lme-inspections/inspectionorders/%s/status' % (w_, o_)))(w, o), e=first_wait[0])
        first_wait[0] = False
    errs = [(61.3, True), (73.9, False), (88.2, False), (102.7, False), (131.5, False), (150.8, False), (166.0, False), (197.4, False), (231.1, False), (258.6, False)]
    for t, mark in errs:
        o = "io-2026-%05d" % rng.randint(0, 99999)
        rid = uid(rng)
        r.add(t, L, (lambda o_, rid_: lambda d: klogl(d, "E", 1, "controller.go:329", '"Reconciler error" err="updating status of %s: client rate limiter Wait returned an error: rate: Wait(n=1) would exceed context deadline" controller="inspectionorder" controllerGroup="lme.example" controllerKind="InspectionOrder" InspectionOrder="lme-inspections/%s" namespace="lme-inspections" name="%s" reconcileID="%s"' % (o_, o_, o_, rid_)))(o, rid), e=mark)
    r.add(142.2, L, lambda d: klogl(d, "E", 1, "controller.go:329", '"Reconciler error" err="updating status of io-2026-41877: the server has received too many requests and has asked us to try again later (patch inspectionorders.lme.example io-2026-41877)" controller="inspectionorder" controllerGroup="lme.example" controllerKind="InspectionOrder" InspectionOrder="lme-inspections/io-2026-41877" namespace="lme-inspections" name="io-2026-41877" reconcileID="%s"' % uid(rng)), e=True)
    for t, depth in ((60.0, 12877), (120.0, 10941), (180.0, 7823), (240.0, 4102), (300.0, 611)):
        r.add(t + 0.5, L, (lambda dp: lambda d: klogl(d, "I", 1, "resync.go:77", '"resync progress" queued=%d reconciled=%d errors=%d' % (dp, 14212 - dp, rng.randint(4, 30))))(depth))
    r.add(341.7, L, lambda d: klogl(d, "I", 1, "resync.go:93", '"full resync complete" orders=14212 duration="5m35.2s" requeued=87'))
    def ok(d, g):
        o = "io-2026-%05d" % g.randint(0, 99999)
        return klogl(d, "I", 1, "inspectionorder_controller.go:118", '"order synced" InspectionOrder="lme-inspections/%s" phase="%s" inspector="%s"' % (o, g.choice(["Scheduled", "Assigned", "Completed"]), g.choice(["m.hofer", "s.brandt", "k.yilmaz", "j.weber", "a.novak"])))
    r.noise(L, ok, 10, 10, 360)
    r.noise(P("lme-inspections", "verification-scheduler-8c6d9f7b4d-2plxq", "verification-scheduler", "ocp-w02.lme.internal", "verification-scheduler"),
            lambda d, g: spring(d, "INFO", "verification-scheduler", "nio-8080-exec-%d" % g.randint(1, 9), "d.l.s.web.InspectionController", "GET /api/slots?district=%02d&from=2026-07-08 -> 200 (%d rows, %d ms)" % (g.randint(1, 12), g.randint(4, 60), g.randint(8, 120))), 5, 0, 360)
    return r.build(
        question="Why was inspection-sync throwing reconciler errors after its restart this morning, and is it still a problem?",
        selector={"namespace": ns},
        severity="WARN", category="rate_limited", component="inspection-sync",
        root_cause="The full resync of 14212 InspectionOrders after the restart is throttled: the controller's client-side rate limiter (kube-api QPS 5, burst 10) makes status patches wait several seconds, some exceed their context deadline, and the API server's priority-and-fairness also answered 429 once; the errors are throttling, not a broken dependency.",
        summary="From 06:00 the resync logged 'Waited for ...s due to client-side throttling' and Reconciler errors 'client rate limiter Wait returned an error: rate: Wait(n=1) would exceed context deadline' (plus one 'too many requests' 429). The queue drained steadily and the resync completed at 06:05:31 with all orders reconciled.",
        action="Optional: raise kubeAPIQPS/kubeAPIBurst for inspection-sync or spread the resync (rate-limited workqueue, fewer status patches), so restarts do not produce a burst of throttling errors.",
        tags=["quiet-cause"])


# --------------------------------------------------------------------------- w23
def w23():
    r = Rec("w23", "MET", "2026-08-04T09:29:30")
    rng = r.rng
    ns, app = "lme-archive", "document-archive"
    old = "document-archive-5f7c9d8b6c-jv2mx"
    new = "document-archive-5f7c9d8b6c-8rqpz"
    LO = P(ns, old, app, "ocp-w02.lme.internal", app)
    EN = E(ns, "Pod", new)
    vol = "pvc-9a41c2e7-5d3b-4f18-b6e0-2c7d9f1a8e53"
    ocr = P(ns, "ocr-worker-7c9d6b8f5d-hq4xw", "worker", "ocp-w06.lme.internal", "ocr-worker")

    def arch(d, g):
        return spring(d, "INFO", "document-archive", "nio-8080-exec-%d" % g.randint(1, 9), "d.l.a.web.DocumentController",
                      g.choice(["stored document %s (%d pages, %d KiB)" % (uid(g), g.randint(1, 40), g.randint(80, 9000)), "GET /api/documents/%s -> 200" % uid(g)]))
    r.noise(LO, arch, 8, 0, 40)
    r.add(42.0, E("default", "Node", "ocp-w02.lme.internal"), ev("Normal", "NodeNotSchedulable", "Node", "default", "ocp-w02.lme.internal", "kubelet/ocp-w02.lme.internal", "Node ocp-w02.lme.internal status is now: NodeNotSchedulable"))
    r.add(43.1, E(ns, "Pod", old), ev("Normal", "Killing", "Pod", ns, old, "kubelet/ocp-w02.lme.internal", "Stopping container document-archive"))
    r.add(43.4, LO, lambda d: spring(d, "INFO", "document-archive", "ionShutdownHook", "o.s.b.w.e.tomcat.GracefulShutdown", "Commencing graceful shutdown. Waiting for active requests to complete"))
    r.add(44.2, LO, lambda d: spring(d, "INFO", "document-archive", "tomcat-shutdown", "o.s.b.w.e.tomcat.GracefulShutdown", "Graceful shutdown complete"))
    r.add(44.6, LO, lambda d: spring(d, "INFO", "document-archive", "ionShutdownHook", "j.LocalContainerEntityManagerFactoryBean", "Closing JPA EntityManagerFactory for persistence unit 'default'"))
    r.add(44.8, LO, lambda d: spring(d, "INFO", "document-archive", "ionShutdownHook", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Shutdown initiated..."))
    r.add(45.0, LO, lambda d: spring(d, "INFO", "document-archive", "ionShutdownHook", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Shutdown completed."))
    r.add(45.9, E(ns, "ReplicaSet", "document-archive-5f7c9d8b6c"), ev("Normal", "SuccessfulCreate", "ReplicaSet", ns, "document-archive-5f7c9d8b6c", "replicaset-controller", "Created pod: %s" % new))
    r.add(46.1, EN, ev("Normal", "Scheduled", "Pod", ns, new, "default-scheduler", "Successfully assigned lme-archive/%s to ocp-w05.lme.internal" % new))
    r.add(48.2, J("ocp-w02.lme.internal", "systemd-logind.service"), "The system will power off now!")
    r.add(48.3, J("ocp-w02.lme.internal", "systemd-logind.service"), "System is powering down.")
    r.add(96.4, E("default", "Node", "ocp-w02.lme.internal"), ev("Normal", "NodeNotReady", "Node", "default", "ocp-w02.lme.internal", "node-controller", "Node ocp-w02.lme.internal status is now: NodeNotReady"))
    ma = 'Multi-Attach error for volume "%s" Volume is already exclusively attached to one node and can\'t be attached to another' % vol
    for n, t in enumerate((46.4, 47.9, 50.9, 55.2, 63.9, 80.4, 113.1, 178.6, 309.2, 440.0)):
        r.add(t, EN, ev("Warning", "FailedAttachVolume", "Pod", ns, new, "attachdetach-controller", ma), e=(n == 0))
    r.add(168.2, EN, ev("Warning", "FailedMount", "Pod", ns, new, "kubelet/ocp-w05.lme.internal", "Unable to attach or mount volumes: unmounted volumes=[archive-data], unattached volumes=[archive-data kube-api-access-%s]: timed out waiting for the condition" % k8s_suffix(rng, 5)), e=True)
    r.add(171.0, P("openshift-storage", "csi-rbdplugin-provisioner-6c7d9b8f5d-t2xwq", "csi-attacher", "ocp-w04.lme.internal", "csi-rbdplugin-provisioner"),
          lambda d: klogl(d, "I", 1, "csi_handler.go:234", '"Error processing" VolumeAttachment="csi-%s" err="node ocp-w02.lme.internal still has volume %s attached; waiting for detach before attaching to ocp-w05.lme.internal"' % (hexs(rng, 64), vol)))
    for t in (58.7, 92.3, 131.8, 205.5, 266.0, 351.4, 412.9):
        r.add(t, ocr, (lambda: lambda d: "[%s: ERROR/ForkPoolWorker-1] Task archive.store_ocr_result[%s] retry: Retry in 60s: HTTPError('503 Server Error: Service Unavailable for url: http://document-archive.lme-archive.svc:8080/api/documents')" % (sp_ms(d), uid(rng)))())
    r.noise(J("ocp-w05.lme.internal", "kubelet.service"), met_kubelet_chatter("ocp-w05.lme.internal"), 4, 0, 450)
    return r.build(
        question="Why are uploads of scanned verification certificates failing since the maintenance this morning?",
        selector={"namespace": ns, "app": app},
        severity="ERROR", category="storage", component="document-archive",
        root_cause="document-archive's ReadWriteOnce Ceph RBD volume is still attached to ocp-w02, which was drained and powered off for maintenance before the volume was detached; the replacement pod on ocp-w05 cannot attach it (Multi-Attach error) and stays in ContainerCreating.",
        summary="The drain of ocp-w02 evicted document-archive at 09:30; the new pod was scheduled on ocp-w05 but every attach attempt fails with 'Multi-Attach error ... already exclusively attached to one node', and mounting times out. ocr-worker's result uploads get 503 from document-archive; other archive features are unaffected.",
        action="Remove the stale attachment: mark ocp-w02 out of service (node.kubernetes.io/out-of-service taint) or delete the stale VolumeAttachment for the PVC once the node is confirmed off, so the volume attaches on ocp-w05; in future wait for volume detach before powering a drained node off.",
        tags=["outside-selector"])


# --------------------------------------------------------------------------- w24
def w24():
    r = Rec("w24", "MET", "2026-11-03T00:59:40")
    rng = r.rng
    ns = "lme-data"
    bj = P(ns, "lme-pg-backup-2xbd-29894460-kt7mq", "pgbackrest", "ocp-w06.lme.internal", "lme-pg-backup")
    prim = P(ns, "lme-pg-instance1-4rtd-0", "database", "ocp-w04.lme.internal", "lme-pg")
    prim_b = P(ns, "lme-pg-instance1-4rtd-0", "pgbackrest", "ocp-w04.lme.internal", "lme-pg")
    repl = P(ns, "lme-pg-instance1-8xqz-0", "database", "ocp-w06.lme.internal", "lme-pg")

    def pbr(lvl, msg):
        return lambda d: "%s P00 %6s: %s" % (d.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (d.microsecond // 1000), lvl, msg)
    r.add(22.4, bj, pbr("INFO", "backup command begin 2.51: --exec-id=1184-9d0a7c3e --log-level-console=info --log-level-file=off --pg1-path=/pgdata/pg16 --pg1-port=5432 --pg1-socket-path=/tmp/postgres --repo1-path=/pgbackrest/repo1 --repo1-retention-full=4 --repo1-s3-bucket=lme-pg-backup --repo1-type=s3 --stanza=db --type=full"))
    r.add(22.9, bj, pbr("INFO", "execute non-exclusive backup start: backup begins after the requested immediate checkpoint completes"))
    r.add(23.0, prim, lambda d: pglog(d, 104, "LOG", "checkpoint starting: immediate force wait"))
    r.add(31.6, prim, lambda d: pglog(d, 104, "LOG", "checkpoint complete: wrote 41877 buffers (8.0%); 0 WAL file(s) added, 0 removed, 3 recycled; write=8.221 s, sync=0.184 s, total=8.611 s; sync files=402, longest=0.041 s, average=0.001 s; distance=311204 kB, estimate=322118 kB; lsn=3A/7F000060, redo lsn=3A/7F000028"))
    r.add(31.8, bj, pbr("INFO", "backup start archive = 000000020000003A0000007F, lsn = 3A/7F000028"))
    r.add(31.9, bj, pbr("INFO", "check archive for prior segment 000000020000003A0000007E"))
    r.add(88.4, prim_b, lambda d: "%s P00   WARN: WAL file '000000020000003A0000007E' already exists in the repo1 archive with the same checksum" % (d.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (d.microsecond // 1000)))
    r.add(88.41, prim_b, lambda d: "            HINT: this is valid in some recovery scenarios but may also indicate a problem.")
    r.add(88.5, prim_b, lambda d: "%s P00   INFO: pushed WAL file '000000020000003A0000007E' to the archive" % (d.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (d.microsecond // 1000)))
    r.add(601.7, bj, pbr("INFO", "backup stop archive = 000000020000003A00000081, lsn = 3A/81000138"))
    r.add(601.9, bj, pbr("INFO", "check archive for segment(s) 000000020000003A0000007F:000000020000003A00000081"))
    r.add(603.2, bj, pbr("INFO", "new backup label = 20261103-010002F"))
    r.add(603.5, bj, pbr("INFO", "full backup size = 38.4GB, file total = 4211"))
    r.add(603.6, bj, pbr("INFO", "backup command end: completed successfully (581204ms)"))
    r.add(603.9, bj, pbr("INFO", "expire command begin 2.51: --exec-id=1184-9d0a7c3e --log-level-console=info --repo1-retention-full=4 --stanza=db"))
    r.add(604.6, bj, pbr("INFO", "repo1: expire full backup 20261006-010003F"))
    r.add(605.1, bj, pbr("INFO", "repo1: remove expired backup 20261006-010003F"))
    r.add(606.4, bj, pbr("INFO", "repo1: 16-1 remove archive, start = 000000020000003000000011, stop = 0000000200000034000000A2"))
    r.add(606.5, bj, pbr("INFO", "expire command end: completed successfully (2612ms)"))
    r.add(608.0, E(ns, "Job", "lme-pg-backup-2xbd-29894460"), ev("Normal", "Completed", "Job", ns, "lme-pg-backup-2xbd-29894460", "job-controller", "Job completed"))
    r.add(608.3, E(ns, "PostgresCluster", "lme-pg"), ev("Normal", "BackupComplete", "PostgresCluster", ns, "lme-pg", "postgrescluster-controller", "Backup job lme-pg-backup-2xbd-29894460 completed successfully"))

    def patroni(l, role):
        def fn(d, g):
            return "%s INFO: no action. I am (%s), %s" % (sp_ms(d), l["pod"], role)
        return fn
    r.noise(prim, patroni(prim, "the leader with the lock"), 12, 0, 640)
    r.noise(repl, patroni(repl, "a secondary, and following a leader (lme-pg-instance1-4rtd-0)"), 10, 0, 640)
    r.noise(prim, lambda d, g: pglog(d, g.randint(200000, 260000), "LOG", "automatic vacuum of table \"lme.public.%s\": index scans: 1" % g.choice(["inspection_slot", "seal", "device", "fee_item"])), 4, 0, 640)
    r.noise(prim_b, lambda d, g: "%s P00   INFO: pushed WAL file '000000020000003A0000008%d' to the archive" % (d.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (d.microsecond // 1000), g.randint(0, 1)), 2, 610, 640)
    return r.build(
        question="Did last night's full pgBackRest backup of lme-pg complete correctly?",
        selector={"namespace": ns},
        severity="INFO", category="none", component="lme-pg",
        root_cause="No incident: the scheduled full backup of lme-pg ran from 01:00 to 01:10, completed successfully (38.4GB, label 20261103-010002F) and expired the oldest full backup per retention; the archive-push 'already exists with the same checksum' warning is benign.",
        summary="pgBackRest full backup: immediate checkpoint, backup start/stop archive segments verified, 'backup command end: completed successfully', expire removed 20261006-010003F; Patroni reports the leader and the replica healthy throughout; the WAL duplicate-push WARN/HINT is expected after the checkpoint.",
        action="Nothing to do; the backup is valid and retention was applied.",
        tags=["healthy-lookalike"])


# --------------------------------------------------------------------------- w25
def w25():
    r = Rec("w25", "MET", "2026-02-26T04:59:50")
    rng = r.rng
    ns, app = "lme-registry", "reverification-planner"
    pod = "reverification-planner-6c9b8d7f4d-x4rnw"
    L = P(ns, pod, app, "ocp-w01.lme.internal", app)
    EP = E(ns, "Pod", pod)
    reg = P(ns, "calibration-registry-7d9c5b8f64-kq2rw", "calibration-registry", "ocp-w03.lme.internal", "calibration-registry")
    starts = [10.3, 41.7, 63.2, 104.9]
    puid = "e7a4c2d1-9b3f-4e68-a5c0-1d2f7b9e3a46"
    for n, t in enumerate(starts):
        if n:
            r.add(t - 1.1, EP, ev("Normal", "Pulled", "Pod", ns, pod, "kubelet/ocp-w01.lme.internal", 'Container image "%s/reverification-planner:2.3.0" already present on machine' % MET_REG))
            r.add(t - 0.8, EP, ev("Normal", "Started", "Pod", ns, pod, "kubelet/ocp-w01.lme.internal", "Started container reverification-planner"))
        r.add(t, L, (lambda: lambda d: serilog_txt(d, "INF", "Re-verification planner 2.3.0 starting, horizon 3 days"))())
        r.add(t + 0.9, L, (lambda: lambda d: serilog_txt(d, "INF", "Loaded 18422 verified devices and 57 validity rules from lme-pg"))())
        r.add(t + 1.0, L, (lambda: lambda d: serilog_txt(d, "INF", "Planning re-verifications due between 2026-02-26 and 2026-03-01"))())
        full = True
        lines = [
            lambda d: serilog_txt(d, "ERR", "BackgroundService failed"),
            "System.ArgumentOutOfRangeException: Year, Month, and Day parameters describe an un-representable DateTime.",
            "   at System.DateTime..ctor(Int32 year, Int32 month, Int32 day)",
            "   at Lme.Planner.Rules.ValidityRule.NextDueDate(DateOnly verifiedOn) in /src/Lme.Planner/Rules/ValidityRule.cs:line 42",
            "   at Lme.Planner.ReverificationWorker.PlanAsync(DateOnly from, DateOnly to, CancellationToken ct) in /src/Lme.Planner/ReverificationWorker.cs:line 88",
            "   at Lme.Planner.ReverificationWorker.ExecuteAsync(CancellationToken stoppingToken) in /src/Lme.Planner/ReverificationWorker.cs:line 51",
            "   at Microsoft.Extensions.Hosting.Internal.Host.TryExecuteBackgroundServiceAsync(BackgroundService backgroundService)",
            lambda d: serilog_txt(d, "FTL", "The HostOptions.BackgroundServiceExceptionBehavior is configured to StopHost. A BackgroundService has thrown an unhandled exception, and the IHost instance is stopping. To avoid this behavior, configure this to Ignore; however the BackgroundService will not be restarted."),
            lambda d: serilog_txt(d, "INF", "Application is shutting down..."),
        ]
        if not full:
            lines = lines[:4] + lines[7:]
        r.block(t + 1.6, L, lines, e_idx=(0, 1, 3) if n == 0 else ())
    for t in (14.0, 46.0, 68.0, 110.0, 134.0, 194.0, 274.0, 358.0):
        r.add(t, EP, ev("Warning", "BackOff", "Pod", ns, pod, "kubelet/ocp-w01.lme.internal", "Back-off restarting failed container reverification-planner in pod %s_lme-registry(%s)" % (pod, puid)))
    r.noise(reg, lambda d, g: clef(d, "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms", RequestMethod="GET",
                                   RequestPath="/api/devices/%d" % g.randint(100000, 999999), StatusCode=200, Elapsed=round(g.uniform(3, 60), 4),
                                   SourceContext="Serilog.AspNetCore.RequestLoggingMiddleware"), 8, 0, 430)
    r.noise(J("ocp-w01.lme.internal", "kubelet.service"), met_kubelet_chatter("ocp-w01.lme.internal"), 4, 0, 430)
    return r.build(
        question="Why is reverification-planner in CrashLoopBackOff since this morning's run?",
        selector={"namespace": ns, "app": app},
        severity="CRITICAL", category="application_error", component="reverification-planner",
        root_cause="A leap-day bug in ValidityRule.NextDueDate: for devices verified on 29 Feb 2024 with a two-year validity it builds new DateTime(2026, 2, 29), which throws ArgumentOutOfRangeException; the unhandled exception in the BackgroundService stops the host (StopHost), so the planner exits on every start.",
        summary="Each start loads 18422 devices, plans the window up to 2026-03-01 and dies with 'BackgroundService failed' / System.ArgumentOutOfRangeException 'Year, Month, and Day parameters describe an un-representable DateTime' at ValidityRule.cs:line 42; the pod is in CrashLoopBackOff and no re-verification notices are planned.",
        action="Fix NextDueDate to add years with DateOnly.AddYears (which maps 29 Feb to 28 Feb) or clamp the day, add a test for leap-day verifications, and redeploy; meanwhile exclude the affected devices or shorten the horizon so the planner can run.",
        tags=["nested-cause"])


# --------------------------------------------------------------------------- w26
def w26():
    r = Rec("w26", "MET", "2026-01-20T10:09:40")
    rng = r.rng
    ns, app = "lme-archive", "ocr-worker"
    pod = "ocr-worker-7c9d6b8f5d-hq4xw"
    node = "ocp-w06.lme.internal"
    L = P(ns, pod, "worker", node, app)
    JK = J(node, "kernel")
    cel = lambda lvl, proc, msg: (lambda d: "[%s: %s/%s] %s" % (sp_ms(d), lvl, proc, msg))

    def task(t, pages, ok=True):
        tid = uid(rng)
        r.add(t, L, cel("INFO", "MainProcess", "Task archive.ocr[%s] received" % tid))
        if ok:
            r.add(t + pages * 0.9, L, cel("INFO", "ForkPoolWorker-%d" % rng.randint(1, 2), "Task archive.ocr[%s] succeeded in %.3fs: {'pages': %d, 'chars': %d}" % (tid, pages * 0.9, pages, pages * rng.randint(1800, 3200))))
        return tid
    for t, p in ((3.1, 4), (9.8, 12), (21.0, 2), (30.4, 7)):
        task(t, p)
    big = uid(rng)
    r.add(41.2, L, cel("INFO", "MainProcess", "Task archive.ocr[%s] received" % big))
    r.add(41.5, L, cel("INFO", "ForkPoolWorker-2", "ocr: document %s is a multi-page TIFF with 612 pages (scan of binder 'Eichscheine Tankstellen Kreis Nord 2019-2025')" % big))
    tk = 118.7
    r.add(tk, JK, "tesseract invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=1000")
    r.add(tk + 0.0001, JK, "memory: usage 2097152kB, limit 2097152kB, failcnt 412", e=True)
    r.add(tk + 0.0002, JK, "Memory cgroup out of memory: Killed process 48213 (tesseract) total-vm:2318412kB, anon-rss:1874120kB, file-rss:10240kB, shmem-rss:0kB, UID:1000860000 pgtables:3912kB oom_score_adj:1000", e=True)
    r.add(tk + 0.31, L, cel("ERROR", "ForkPoolWorker-2", "Task archive.ocr[%s] raised unexpected: TesseractError(-9, '')" % big), e=True)
    r.block(tk + 0.32, L, [
        "Traceback (most recent call last):",
        '  File "/usr/local/lib/python3.11/site-packages/celery/app/trace.py", line 477, in trace_task',
        "    R = retval = fun(*args, **kwargs)",
        '  File "/app/archive/tasks.py", line 61, in ocr',
        "    text = pytesseract.image_to_string(img, lang=\"deu\", config=\"--psm 1\")",
        '  File "/usr/local/lib/python3.11/site-packages/pytesseract/pytesseract.py", line 264, in run_tesseract',
        "    raise TesseractError(proc.returncode, get_errors(error_string))",
        "pytesseract.pytesseract.TesseractError: (-9, '')",
    ])
    r.add(tk + 0.4, L, cel("WARNING", "ForkPoolWorker-2", "document %s moved to dead-letter queue ocr.dlq after 1 failure (non-retryable: TesseractError)" % big))
    for t, p in ((125.3, 3), (133.0, 9), (150.6, 5), (166.2, 14), (190.5, 6), (214.8, 2)):
        task(t, p)
    r.noise(P(ns, "document-archive-5f7c9d8b6c-jv2mx", "document-archive", "ocp-w02.lme.internal", "document-archive"),
            lambda d, g: spring(d, "INFO", "document-archive", "nio-8080-exec-%d" % g.randint(1, 9), "d.l.a.web.DocumentController", "stored document %s (%d pages, %d KiB)" % (uid(g), g.randint(1, 40), g.randint(80, 9000))), 8, 0, 240)
    r.noise(J(node, "kubelet.service"), met_kubelet_chatter(node), 4, 0, 240)
    return r.build(
        question="Why did OCR fail for one scanned document this morning?",
        selector={"namespace": ns, "app": app},
        severity="WARN", category="oom_killed", component="ocr-worker",
        root_cause="A 612-page multi-page TIFF made the tesseract subprocess exceed ocr-worker's 2Gi memory limit; the kernel cgroup OOM killer killed tesseract (signal 9), which pytesseract reported as TesseractError(-9, '').",
        summary="At 10:11:38 the memory cgroup of ocr-worker hit its 2097152kB limit and the kernel killed tesseract; the Celery task failed with TesseractError(-9) and the document was moved to the dead-letter queue. The worker process survived and the following documents were processed normally.",
        action="Optional: split very large TIFFs into page batches before OCR (or raise the ocr-worker memory limit) and re-queue the document from ocr.dlq.",
        tags=["outside-selector", "quiet-cause"])


# --------------------------------------------------------------------------- w27
def w27():
    r = Rec("w27", "MET", "2026-09-09T22:09:30")
    rng = r.rng
    ns, app = "lme-portal", "public-portal"
    p1, p2 = "public-portal-6f8b9d7c5d-wr4pl", "public-portal-6f8b9d7c5d-c7hzs"
    p3 = "public-portal-6f8b9d7c5d-9kmfx"
    L1 = P(ns, p1, "django", "ocp-w01.lme.internal", app)
    L2 = P(ns, p2, "django", "ocp-w03.lme.internal", app)
    L3 = P(ns, p3, "django", "ocp-w04.lme.internal", app)
    mcd = P("openshift-machine-config-operator", "machine-config-daemon-4dq8r", "machine-config-daemon", "ocp-w01.lme.internal", "machine-config-daemon")
    mcc = P("openshift-machine-config-operator", "machine-config-controller-5b8c7d9f6c-zr2lt", "machine-config-controller", "ocp-m02.lme.internal", "machine-config-controller")

    def acc(d, g):
        return '10.128.2.1 - - [%s] "GET %s HTTP/1.1" 200 %d "https://portal.lme.internal/" "%s"' % (
            d.strftime("%d/%b/%Y:%H:%M:%S +0000"), g.choice(["/", "/meldung/neu", "/beschwerde/neu", "/static/css/portal.8f2c1a.css", "/gebuehren", "/meldung/geraet/suche?q=Waage"]), g.randint(2000, 40000), g.choice(UAS))
    r.add(4.0, mcc, lambda d: klogl(d, "I", 1, "node_controller.go:566", '"Pool worker: 1 candidate nodes in 1 zones for update, capacity: 1"'))
    r.add(4.2, mcc, lambda d: klogl(d, "I", 1, "node_controller.go:566", '"Pool worker: Setting node ocp-w01.lme.internal target to MachineConfig rendered-worker-9c41e7d2a0b35f8e1d6c4a97b2e0f3d8"'))
    r.add(9.1, mcd, lambda d: klogl(d, "I", 8811, "update.go:2632", '"Update prepared; requesting cordon and drain via annotation to controller"'))
    r.add(10.3, mcc, lambda d: klogl(d, "I", 1, "drain_controller.go:182", 'node ocp-w01.lme.internal: cordoning'))
    r.add(10.9, mcc, lambda d: klogl(d, "I", 1, "drain_controller.go:182", 'node ocp-w01.lme.internal: initiating drain'))
    r.add(11.4, mcc, lambda d: klogl(d, "E", 1, "drain_controller.go:152", 'error when evicting pods/"%s" -n "lme-portal" (will retry after 5s): Cannot evict pod as it would violate the pod\'s disruption budget.' % p1))
    r.add(16.5, mcc, lambda d: klogl(d, "E", 1, "drain_controller.go:152", 'error when evicting pods/"%s" -n "lme-portal" (will retry after 5s): Cannot evict pod as it would violate the pod\'s disruption budget.' % p1))
    r.add(17.0, E(ns, "Pod", p3), ev("Normal", "Scheduled", "Pod", ns, p3, "default-scheduler", "Successfully assigned lme-portal/%s to ocp-w04.lme.internal" % p3))
    r.add(19.2, L3, lambda d: gunicorn(d, 1, "INFO", "Starting gunicorn 21.2.0"))
    r.add(19.21, L3, lambda d: gunicorn(d, 1, "INFO", "Listening at: http://0.0.0.0:8080 (1)"))
    r.add(19.22, L3, lambda d: gunicorn(d, 1, "INFO", "Using worker: gthread"))
    r.add(19.25, L3, lambda d: gunicorn(d, 8, "INFO", "Booting worker with pid: 8"))
    r.add(19.28, L3, lambda d: gunicorn(d, 9, "INFO", "Booting worker with pid: 9"))
    r.add(20.1, E(ns, "Pod", p3), ev("Warning", "Unhealthy", "Pod", ns, p3, "kubelet/ocp-w04.lme.internal", "Readiness probe failed: Get \"http://10.131.0.88:8080/healthz/ready\": dial tcp 10.131.0.88:8080: connect: connection refused"))
    r.add(21.6, mcc, lambda d: klogl(d, "I", 1, "drain_controller.go:182", 'evicting pod lme-portal/%s' % p1))
    r.add(21.9, L1, lambda d: gunicorn(d, 1, "INFO", "Handling signal: term"))
    r.add(22.6, L1, lambda d: gunicorn(d, 9, "INFO", "Worker exiting (pid: 9)"))
    r.add(22.7, L1, lambda d: gunicorn(d, 8, "INFO", "Worker exiting (pid: 8)"))
    r.add(23.3, L1, lambda d: gunicorn(d, 1, "INFO", "Shutting down: Master"))
    r.add(48.5, mcc, lambda d: klogl(d, "I", 1, "drain_controller.go:182", 'node ocp-w01.lme.internal: operation successful; applying completion annotation'))
    r.add(50.2, mcd, lambda d: klogl(d, "I", 8811, "update.go:2632", '"Rebooting node"'))
    r.add(51.0, E("default", "Node", "ocp-w01.lme.internal"), ev("Normal", "Reboot", "Node", "default", "ocp-w01.lme.internal", "machineconfigdaemon", "Node will reboot into config rendered-worker-9c41e7d2a0b35f8e1d6c4a97b2e0f3d8"))
    r.add(133.0, E("default", "Node", "ocp-w01.lme.internal"), ev("Normal", "NodeNotReady", "Node", "default", "ocp-w01.lme.internal", "node-controller", "Node ocp-w01.lme.internal status is now: NodeNotReady"))
    r.add(301.0, E("default", "Node", "ocp-w01.lme.internal"), ev("Normal", "NodeReady", "Node", "default", "ocp-w01.lme.internal", "kubelet/ocp-w01.lme.internal", "Node ocp-w01.lme.internal status is now: NodeReady"))
    r.add(318.4, mcd, lambda d: klogl(d, "I", 8811, "daemon.go:2200", '"Completing update to target MachineConfig: rendered-worker-9c41e7d2a0b35f8e1d6c4a97b2e0f3d8"'))
    r.add(320.2, mcc, lambda d: klogl(d, "I", 1, "node_controller.go:1148", '"Pool worker: node ocp-w01.lme.internal: Completed update to rendered-worker-9c41e7d2a0b35f8e1d6c4a97b2e0f3d8"'))
    r.add(321.0, mcc, lambda d: klogl(d, "I", 1, "node_controller.go:566", '"Pool worker: 1 candidate nodes in 1 zones for update, capacity: 1"'))
    r.noise(L1, acc, 5, 0, 21)
    r.noise(L2, acc, 12, 0, 330)
    r.noise(L3, acc, 8, 25, 330)
    return r.build(
        question="Was the public portal affected by tonight's OpenShift node update?",
        selector={"namespace": ns, "app": app},
        severity="INFO", category="none", component="public-portal",
        root_cause="No incident: the machine-config update drained ocp-w01; the PodDisruptionBudget briefly blocked the eviction until a replacement public-portal pod was ready on ocp-w04, then the old pod shut down gracefully and the node rebooted and rejoined.",
        summary="Cordon/drain of ocp-w01 with two expected PDB 'Cannot evict pod' retries, a new portal pod started (one readiness failure while gunicorn booted), graceful gunicorn shutdown on the drained node, reboot and NodeReady; portal requests kept returning 200 on the other replicas.",
        action="Nothing to do; the update rolled through as designed.",
        tags=["healthy-lookalike"])


# --------------------------------------------------------------------------- w28
def w28():
    r = Rec("w28", "SUG", "2026-10-05T05:54:30")
    rng = r.rng
    ns, app = "campaign", "weighbridge"
    node = "zf-agt-02"
    pod = "weighbridge-7f9c6d8b5c-d4lqm"
    L = P(ns, pod, app, node, app)
    JR = J(node, "rke2-agent.service")
    JC = J(node, "containerd")
    ys = P(ns, "yard-scheduler-5c7d8b9f6d-m9wqk", "yard-scheduler", "zf-agt-04", "yard-scheduler")
    yd = P(ns, "yard-display-6b8f7c9d5d-t2hxn", "yard-display", "zf-agt-01", "yard-display")
    for t in (2.2, 11.9, 25.6, 39.4, 55.1, 70.8, 86.5, 102.2, 117.9, 133.6, 149.3, 165.0, 180.7, 196.4, 212.1, 227.8, 243.5, 259.2):
        r.add(t, L, (lambda: lambda d: spring(d, "INFO", "weighbridge", "scale-reader-1", "d.z.w.scale.ScaleReader", "scale WB-1 idle, zero check ok (0 kg, stable)"))())
    r.add(161.4, L, lambda d: spring(d, "WARN", "weighbridge", "scheduling-1", "d.z.w.api.WeighingWatchdog", "no weighing request received for 120 s (expected trucks from 06:00)"))
    r.add(44.3, JC, "panic: assignment to entry in nil map")
    r.add(44.31, JC, "goroutine 4127 [running]:")
    r.add(44.32, JC, "github.com/containerd/containerd/v2/internal/cri/server.(*criService).handleContainerExit(0xc000aa2d80, {0x5617a2c8f3e8, 0xc001e2c0f0}, 0xc0019b2fc0, ...)")
    r.add(44.9, JR, lambda d: 'time="%s" level=fatal msg="containerd exited: exit status 2"' % iso_s(d), e=True)
    r.add(45.0, JR, "rke2-agent.service: Main process exited, code=exited, status=1/FAILURE")
    r.add(45.01, JR, "rke2-agent.service: Failed with result 'exit-code'.")
    for n, t in enumerate((50.1, 96.3, 142.5, 188.8, 235.0)):
        r.add(t, JR, "rke2-agent.service: Scheduled restart job, restart counter is at %d." % (n + 1))
        r.add(t + 0.2, JR, lambda d: 'time="%s" level=info msg="Starting rke2 agent v1.30.4+rke2r1 (a7e1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9)"' % iso_s(d))
        r.add(t + 2.9, JC, "panic: assignment to entry in nil map")
        r.add(t + 3.4, JR, (lambda k: lambda d: 'time="%s" level=fatal msg="containerd exited: exit status 2"' % iso_s(d))(n), e=(n == 4))
    r.add(85.7, E("default", "Node", node), ev("Normal", "NodeNotReady", "Node", "default", node, "node-controller", "Node %s status is now: NodeNotReady" % node), e=True)
    r.add(86.0, E(ns, "Pod", pod), ev("Warning", "NodeNotReady", "Pod", ns, pod, "node-controller", "Node is not ready"))
    # callers are loud: yard-scheduler and the drivers' displays
    for t in (92.0, 107.5, 121.3, 139.8, 160.2, 178.0, 201.4, 222.9, 244.1, 263.5):
        r.add(t, ys, (lambda: lambda d: pika_log(d, "ERROR", "yard_scheduler.weighing", "weighbridge WB-1 unreachable for truck %s: HTTPConnectionPool(host='weighbridge.campaign.svc', port=8080): Max retries exceeded with url: /api/weighings (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f2a1c3e5b50>: Failed to establish a new connection: [Errno 111] Connection refused'))" % rng.choice(["RO-ZF 412", "RO-BK 77", "MÜ-AG 3021", "TS-RÜ 18", "AÖ-L 560"])))())
    for t in (95.2, 150.7, 210.3, 258.8):
        r.add(t, yd, (lambda: lambda d: winston(d, "warn", "weighbridge status unavailable, showing 'Waage gesperrt' on gate display", gate="G1", http_status=503))())
    r.noise(J("zf-agt-01", "kubelet"), sug_kubelet_chatter("zf-agt-01"), 4, 0, 270)
    r.noise(P("cattle-fleet-system", "fleet-agent-7d9b8c6f5d-hk2zw", "fleet-agent", "zf-srv-01", "fleet-agent"), sug_fleet_chatter, 3, 0, 270)
    return r.build(
        question="Why can't trucks be weighed at the beet reception since shortly before 06:00?",
        selector={"namespace": ns, "app": app},
        severity="CRITICAL", category="node_failure", component="zf-agt-02",
        root_cause="The container runtime on node zf-agt-02 is down: containerd panics ('assignment to entry in nil map') right after each start, rke2-agent exits with 'containerd exited: exit status 2' and systemd keeps restarting it, so the node went NotReady and the weighbridge pod on it is no longer served.",
        summary="At 05:55 containerd on zf-agt-02 panicked; rke2-agent failed and has been restarted five times with the same containerd crash. The node controller marked zf-agt-02 NotReady, the single weighbridge replica there dropped out of the Service, and yard-scheduler gets connection refused while the gate displays show 'Waage gesperrt'.",
        action="Cordon zf-agt-02 and get weighbridge running elsewhere now (delete the pod so it reschedules, or pin it to a healthy agent with the scale connection); then repair containerd on zf-agt-02 (inspect /var/lib/rancher/rke2/agent/containerd state, upgrade or reinstall RKE2) before uncordoning.",
        tags=["outside-selector", "quiet-cause"])


# --------------------------------------------------------------------------- w29
def w29():
    r = Rec("w29", "SUG", "2026-10-19T06:19:40")
    rng = r.rng
    ns, app = "campaign", "yard-scheduler"
    pod = "yard-scheduler-5c7d8b9f6d-m9wqk"
    L = P(ns, pod, app, "zf-agt-04", app)
    LR = P("messaging", "rabbitmq-server-0", "rabbitmq", "zf-agt-03", "rabbitmq")
    wb = P(ns, "weighbridge-7f9c6d8b5c-d4lqm", "weighbridge", "zf-agt-02", "weighbridge")
    r.add(8.3, LR, lambda d: rabbit(d, "info", "<0.18842.0>", "Setting node rabbit@rabbitmq-server-0.rabbitmq-nodes.messaging to maintenance mode (drain requested by rabbitmq-upgrade)"))
    r.add(8.4, LR, lambda d: rabbit(d, "warning", "<0.18842.0>", "This node is being put into maintenance mode"), e=True)
    r.add(8.6, LR, lambda d: rabbit(d, "warning", "<0.18842.0>", "Suspended all listeners and will no longer accept client connections"), e=True)
    r.add(8.9, LR, lambda d: rabbit(d, "warning", "<0.18842.0>", "Closed 7 local client connections"))
    r.add(9.0, LR, lambda d: rabbit(d, "info", "<0.18842.0>", "Will transfer leadership of 0 quorum queues with current leader on this node"))
    r.add(9.1, LR, lambda d: rabbit(d, "info", "<0.18842.0>", "Node is ready to be shut down"))
    r.add(9.4, L, lambda d: pika_log(d, "ERROR", "pika.adapters.blocking_connection", "Unexpected connection close detected: ConnectionClosedByBroker: (320) \"CONNECTION_FORCED - Node was put into maintenance mode\""))
    r.add(9.5, L, lambda d: pika_log(d, "WARNING", "yard_scheduler.amqp", "AMQP connection lost, reconnecting in 5s"))
    dest = "(<AddressFamily.AF_INET: 2>, <SocketKind.SOCK_STREAM: 1>, 6, '', ('10.43.71.202', 5672))"
    for n, t in enumerate((14.6, 24.8, 45.1, 85.3, 145.6, 205.9, 266.1)):
        r.add(t, L, (lambda: lambda d: pika_log(d, "ERROR", "pika.adapters.utils.connection_workflow", "TCP Connection attempt failed: ConnectionRefusedError(111, 'Connection refused'); dest=%s" % dest))(), e=(n == 0))
        r.add(t + 0.001, L, lambda d: pika_log(d, "ERROR", "pika.adapters.utils.connection_workflow", "AMQPConnector - reporting failure: AMQPConnectorSocketConnectError: ConnectionRefusedError(111, 'Connection refused')"))
        r.add(t + 0.002, L, lambda d: pika_log(d, "ERROR", "pika.adapters.blocking_connection", "Connection workflow failed: AMQPConnectionWorkflowFailed: 1 exceptions in all; last exception - AMQPConnectorSocketConnectError: ConnectionRefusedError(111, 'Connection refused'); first exception - None"))
        r.add(t + 0.003, L, (lambda k: lambda d: pika_log(d, "WARNING", "yard_scheduler.amqp", "AMQP connect failed (attempt %d), next try in %ds; truck queue updates are buffered in memory (%d pending)" % (k + 1, [10, 20, 40, 60, 60, 60, 60][k], 14 * (k + 1))))(n))
    for t in (30.2, 71.8, 119.5, 177.3, 236.0):
        r.add(t, wb, (lambda: lambda d: spring(d, "ERROR", "weighbridge", "amqp-publisher", "d.z.w.events.WeighingPublisher", "publish of weighing %d failed: org.springframework.amqp.AmqpConnectException: java.net.ConnectException: Connection refused" % rng.randint(880000, 889999)))())
    r.noise(wb, lambda d, g: spring(d, "INFO", "weighbridge", "scale-reader-1", "d.z.w.scale.ScaleReader", "weighing %d: truck %s gross %d kg tare %d kg" % (g.randint(880000, 889999), g.choice(["RO-ZF 412", "RO-BK 77", "TS-RÜ 18", "AÖ-L 560"]), g.randint(38000, 40000), g.randint(14000, 15500))), 8, 0, 280)
    r.noise(L, lambda d, g: pika_log(d, "INFO", "yard_scheduler.queue", "truck %s assigned to lane %d (queue length %d)" % (g.choice(["RO-ZF 412", "RO-BK 77", "MÜ-AG 3021", "TS-RÜ 18"]), g.randint(1, 3), g.randint(3, 19))), 6, 0, 280)
    return r.build(
        question="Why does yard-scheduler keep failing to connect to the message broker this morning?",
        selector={"namespace": ns, "app": app},
        severity="ERROR", category="connection_refused", component="rabbitmq",
        root_cause="The RabbitMQ node rabbitmq-server-0 was put into maintenance mode by 'rabbitmq-upgrade drain' and never revived: it suspended all client listeners, so every AMQP connection attempt to port 5672 is refused.",
        summary="At 06:19:48 RabbitMQ entered maintenance mode, closed 7 client connections (CONNECTION_FORCED) and stopped accepting connections. Since then yard-scheduler's pika reconnects fail with ConnectionRefusedError(111) and the weighbridge cannot publish weighing events; weighing itself continues.",
        action="Bring the broker out of maintenance mode ('rabbitmq-upgrade revive' on rabbitmq-server-0) or finish the planned upgrade, then check that yard-scheduler and weighbridge reconnect and flush their buffered messages.",
        tags=["outside-selector", "quiet-cause"])


# --------------------------------------------------------------------------- w30
def w30():
    r = Rec("w30", "SUG", "2026-11-09T01:59:30")
    rng = r.rng
    ns, app = "process", "historian-writer"
    pod = "historian-writer-7b9d6c8f5d-w8kxz"
    L = P(ns, pod, app, "zf-agt-05", app)
    TS = P("historian", "timescaledb-0", "timescaledb", "zf-agt-03", "timescaledb")
    gw = P(ns, "opcua-gateway-6f7d9c8b5d-v2kqr", "opcua-gateway", "zf-agt-04", "opcua-gateway")
    job_pid = 3121
    r.add(30.6, TS, lambda d: pgts(d, job_pid, "Compression Policy [1000]", "LOG", "job 1000 (Compression Policy [1000]) started, compress_after => '2 hours'"), e=True)
    r.add(31.2, TS, lambda d: pgts(d, job_pid, "Compression Policy [1000]", "LOG", "compressing chunk \"_timescaledb_internal._hyper_1_812_chunk\" (range 2026-11-08 22:00:00+00 - 2026-11-09 00:00:00+00)"))
    sql = "INSERT INTO process_values (time, tag, value, quality) SELECT * FROM unnest($1::timestamptz[], $2::text[], $3::float8[], $4::int2[])"
    ok_rows = lambda d, g: zap_iso(d, "info", "writer/batch.go:118", "batch written", rows=g.randint(4200, 5000), chunk="live", ms=g.randint(40, 160))
    r.noise(L, ok_rows, 16, 0, 300)
    r.add(33.8, L, lambda d: zap_iso(d, "info", "writer/backfill.go:52", "backfill started", source="opcua-gateway/evaporator-3", rows=412000, from_ts="2026-11-08T23:10:00Z", to_ts="2026-11-09T00:55:00Z"))
    fails = [(39.9, True), (45.3, False), (51.0, False), (62.4, False), (79.8, False), (101.2, False), (128.7, False), (160.3, False)]
    waiters = [4412, 4415, 4419]
    for n, (t, mark) in enumerate(fails):
        w = waiters[n % 3]
        r.add(t - 4.0, TS, (lambda w_: lambda d: pgts(d, w_, "historian-writer", "LOG", "process %d still waiting for RowExclusiveLock on relation 23711 of database 16384 after 1000.%03d ms" % (w_, rng.randint(10, 99))))(w), e=mark)
        r.add(t - 3.9999, TS, (lambda w_: lambda d: pgts(d, w_, "historian-writer", "DETAIL", "Process holding the lock: %d. Wait queue: %s." % (job_pid, ", ".join(str(x) for x in waiters))))(w), e=mark)
        r.add(t - 3.9998, TS, (lambda w_: lambda d: pgts(d, w_, "historian-writer", "STATEMENT", sql))(w))
        r.add(t, L, (lambda k: lambda d: zap_iso(d, "error", "writer/batch.go:141", "insert batch failed, will retry", rows=5000, chunk="backfill", attempt=k % 3 + 1, error="write backfill batch: timeout: context deadline exceeded"))(n), e=mark)
    for t in (47.0, 87.0, 127.0, 167.0):
        r.add(t + 0.3, L, (lambda k: lambda d: zap_iso(d, "warn", "writer/buffer.go:77", "write buffer growing", buffered_rows=31000 + int(k) * 290, limit=2000000))(t))
    r.add(186.4, TS, lambda d: pgts(d, job_pid, "Compression Policy [1000]", "LOG", "job 1000 (Compression Policy [1000]) exiting with success: execution time 155812.44 ms"), e=True)
    r.add(187.1, TS, lambda d: pgts(d, 4412, "historian-writer", "LOG", "process 4412 acquired RowExclusiveLock on relation 23711 of database 16384 after 4816.207 ms"))
    r.add(188.0, L, lambda d: zap_iso(d, "info", "writer/batch.go:118", "batch written", rows=5000, chunk="backfill", ms=2214))
    r.add(241.5, L, lambda d: zap_iso(d, "info", "writer/backfill.go:88", "backfill finished", rows=412000, duration="3m27.7s", retries=8))
    r.noise(gw, lambda d, g: rust_tracing(d, "INFO", "opcua_gateway::poll", "published batch", endpoint="opc.tcp://plc-verd-%d.zf.lan:4840" % g.randint(1, 4), tags=g.randint(180, 420), ms=g.randint(3, 40)), 8, 0, 300)
    return r.build(
        question="Why did historian-writer log insert timeouts around 02:00?",
        selector={"namespace": ns, "app": app},
        severity="WARN", category="timeout", component="timescaledb",
        root_cause="TimescaleDB's compression policy job 1000 (compress_after 2 hours) was compressing chunk _hyper_1_812_chunk while historian-writer back-filled late evaporator-3 data into that same chunk; the inserts waited on the job's lock and hit the writer's context deadline.",
        summary="From 02:00 the backfill batches failed with 'context deadline exceeded' while PostgreSQL logged the writer's sessions waiting for RowExclusiveLock held by the compression job (pid 3121). When the job finished at 02:02:36 the lock was granted, the buffered rows were written and the backfill completed; live data kept flowing.",
        action="Optional: raise compress_after for the process_values hypertable above the maximum backfill delay (or pause the compression policy while back-filling) and give backfill inserts a longer deadline.",
        tags=["outside-selector", "quiet-cause"])


RECORDS = [w21, w22, w23, w24, w25, w26, w27, w28, w29, w30]
