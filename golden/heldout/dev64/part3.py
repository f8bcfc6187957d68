"""dev64 records 021-030 (domain B cont., domain C: asbestos and hazardous-materials abatement)."""
import datetime as _dt

from common import Rec, L, NL, EV, SRC, UA_BROWSER, envoy_inbound_ok, envoy_outbound, svc_ip


# --------------------------------------------------------------------------- 021
def r021():
    r = Rec("dev64-021", "2026-03-03T10:30:12.000Z", "kubeadm", "B")
    ns = "gemlab"
    Lop = L("strimzi", "strimzi-cluster-operator-7c9d8b6f5d-m4kqz", "strimzi-cluster-operator", "k8s-w01")
    Lev = EV(ns)
    Lb = [L(ns, "gem-events-kafka-%d" % i, "kafka", "k8s-kafka-0%d" % (i + 1)) for i in range(3)]
    KR = "Reconciliation #%d(watch) Kafka(gemlab/gem-events)" % r.rng.randint(800, 900)
    PR = "Reconciliation #%d(watch) StrimziPodSet(gemlab/gem-events-kafka)" % r.rng.randint(900, 999)
    r.log4j(Lop, "INFO", "AbstractOperator:265", "%s: Kafka gem-events will be checked for creation or modification" % KR, gap=0)
    r.log4j(Lop, "INFO", "KafkaReconciler:412", "%s: Scaling up Kafka cluster gem-events from 3 to 4 brokers" % KR)
    r.log4j(Lop, "INFO", "StrimziPodSetController:247", "%s: StrimziPodSet will be reconciled" % PR)
    r.log4j(Lop, "INFO", "StrimziPodSetController:281", "%s: reconciled" % PR, gap=(0.2, 0.6))
    fs = ("0/9 nodes are available: 3 node(s) didn't match pod anti-affinity rules, 6 node(s) didn't match Pod's node affinity/selector. "
          "preemption: 0/9 nodes are available: 3 No preemption victims found for incoming pod, 6 Preemption is not helpful for scheduling.")
    r.event(Lev, "Warning", "FailedScheduling", "Pod", "gem-events-kafka-3", ns, fs, "default-scheduler", ev=True, gap=(0.1, 0.5))
    r.kafka(Lb[0], "INFO", "[Controller id=0] Processing automatic preferred replica leader election", "kafka.controller.KafkaController", gap=(5, 20))
    for k in range(4):
        r.log4j(Lop, "INFO", "KafkaReconciler:655", "%s: Waiting for Pod gem-events-kafka-3 to become ready" % KR, gap=(30, 60))
        r.event(Lev, "Warning", "FailedScheduling", "Pod", "gem-events-kafka-3", ns, fs, "default-scheduler", gap=(1, 20))
        if k in (1, 3):
            r.kafka(Lb[k % 3], "INFO", "[GroupCoordinator %d]: Stabilized group laser-inscription generation %d (__consumer_offsets-17) with 1 members" % (k % 3, 502 + k), "kafka.coordinator.group.GroupCoordinator", gap=(5, 40))
        r.kafka(Lb[(k + 1) % 3], "INFO", "[ProducerStateManager partition=stone-images-%d] Wrote producer snapshot at offset %d with 0 producer ids in 3 ms." % (k, 200000 + k * 977), "kafka.log.ProducerStateManager", gap=(5, 30))
    tmo = "io.strimzi.operator.common.TimeoutException: Exceeded timeout of 300000ms while waiting for Pods resource gem-events-kafka-3 in namespace gemlab to be ready"
    r.log4j(Lop, "WARN", "AbstractOperator:557", "%s: Failed to reconcile" % KR, gap=(10, 30))
    r.plain(Lop, tmo, gap=(0.0, 0.001))
    for t in ["\tat io.strimzi.operator.common.VertxUtil$1.lambda$handle$1(VertxUtil.java:126) ~[io.strimzi.operator-common-0.40.0.jar:0.40.0]",
              "\tat io.vertx.core.impl.future.FutureImpl$4.onFailure(FutureImpl.java:188) ~[io.vertx.vertx-core-4.5.4.jar:4.5.4]",
              "\tat io.vertx.core.impl.future.FutureBase.emitFailure(FutureBase.java:81) ~[io.vertx.vertx-core-4.5.4.jar:4.5.4]"]:
        r.plain(Lop, t, gap=(0.0, 0.001))
    r.event(Lev, "Warning", "FailedScheduling", "Pod", "gem-events-kafka-3", ns, fs, "default-scheduler", count=9, ev=True, gap=(1, 5))
    KR2 = "Reconciliation #%d(timer) Kafka(gemlab/gem-events)" % r.rng.randint(901, 950)
    r.log4j(Lop, "INFO", "ClusterOperator:147", "Triggering periodic reconciliation for namespace gemlab", gap=(20, 60))
    r.log4j(Lop, "INFO", "AbstractOperator:265", "%s: Kafka gem-events will be checked for creation or modification" % KR2, gap=(0.05, 0.2))
    r.log4j(Lop, "INFO", "KafkaReconciler:655", "%s: Waiting for Pod gem-events-kafka-3 to become ready" % KR2, gap=(1, 3))
    L3 = L(ns, "intake-desk-6f9c5d8b7f-t2wqm", "intake-desk", "k8s-w04", app="intake-desk")
    for _ in range(3):
        r.js(L3, lambda: {"level": "info", "ts": r.iso3(), "msg": "inscription request published", "topic": "inscription-requests",
                          "job": "INS-2026-%05d" % r.rng.randint(4500, 4600), "lot": "L-88%03d" % r.rng.randint(250, 290), "partition": r.rng.randint(0, 2)}, gap=(5, 30))
    r.event(Lev, "Warning", "FailedScheduling", "Pod", "gem-events-kafka-3", ns, fs, "default-scheduler", count=14, gap=(5, 30))
    return r.finish(SRC["B"], "The Strimzi operator keeps failing to reconcile gem-events after we scaled Kafka to 4 brokers. Is Kafka degraded?",
                    {"namespace": ns},
                    "WARN", "scheduling", "gem-events-kafka",
                    "The new broker pod gem-events-kafka-3 cannot be scheduled: the Kafka pod template requires the kafka node pool (node affinity) and one broker per node (anti-affinity), and all three kafka nodes already run a broker, so the scheduler reports 3 anti-affinity and 6 node-affinity mismatches.",
                    "Scaling gem-events from 3 to 4 brokers is stuck with gem-events-kafka-3 Pending; the Strimzi reconcile timeout is a consequence. The three existing brokers keep serving producers and consumers normally.",
                    "Add a fourth node to the kafka pool (label/taint as the others) or relax the anti-affinity in the Kafka CR's pod template; otherwise scale the Kafka CR back to 3 replicas.",
                    terms=["FailedScheduling", "anti-affinity", "node affinity"])


# --------------------------------------------------------------------------- 022
def r022():
    r = Rec("dev64-022", "2026-03-04T04:10:03.000Z", "Talos", "B")
    ns = "gemlab"
    node = "talos-7fe-q2k"
    Lpg = L(ns, "gradedb-1", "postgres", node)
    Lga = L(ns, "grading-api-5f7b8c9d6d-k2v8w", "grading-api", "talos-9xq-w4r", app="grading-api")
    s3 = "https://s3.eu-central-2.wasabisys.com"
    seg = 0x12 * 256 + 0x4B

    def wal(n):
        return "00000001000000%02X000000%02X" % (n // 256, n % 256)

    def inst(level, logger, msg, **kv):
        def f():
            d = {"level": level, "ts": r.iso6(), "logger": logger, "msg": msg, "logging_pod": "gradedb-1"}
            for k, v in kv.items():
                d[k] = v() if callable(v) else v
            return d
        return f

    def pgrec(sev, msg, pid="412", backend="archiver"):
        return inst("info", "postgres", "record", record=lambda: {"log_time": r.sp() + " UTC", "process_id": pid, "session_id": "65e5a1c2.19c",
                                                                  "error_severity": sev, "sql_state_code": "00000" if sev in ("LOG", "DETAIL") else "01000", "message": msg, "backend_type": backend})

    def archived(name, el):
        return inst("info", "wal-archive", "Archived WAL file", walName="pg_wal/" + name,
                    startTime=lambda: r.iso6(r.t - _dt.timedelta(seconds=el)), endTime=lambda: r.iso6(), elapsedWalTime=el)

    r.js(Lpg, archived(wal(seg - 1), 0.612), gap=0)
    r.spring(Lga, "INFO", "grading-api", "nio-8080-exec-2", "c.g.grading.api.GradingController", "POST /v1/gradings lot=L-88251 stone=2 -> 201 (38 ms)", gap=(2, 8))
    for k in range(3):
        r.js(Lpg, lambda: {"level": "info", "ts": r.iso6(), "logger": "barman-cloud-wal-archive", "msg": "%s [%d] ERROR: Barman cloud WAL archiver exception: Connect timeout on endpoint URL: \"%s/gemlab-pg-backups/gradedb/wals/0000000100000012/%s.gz\"" % (r.sp(comma=True), r.rng.randint(1000, 9000), s3, wal(seg)),
                           "pipe": "stderr", "logging_pod": "gradedb-1"}, ev=(k == 0), gap=(60, 62) if k == 0 else (60, 61))
        r.js(Lpg, inst("error", "wal-archive", "Error invoking barman-cloud-wal-archive", walName="pg_wal/" + wal(seg), currentPrimary="gradedb-1", targetPrimary="gradedb-1",
                       options=["--gzip", "--endpoint-url", s3, "--cloud-provider", "aws-s3", "s3://gemlab-pg-backups/", "gradedb", "pg_wal/" + wal(seg)],
                       exitCode=-1, error="exit status 4"), ev=(k == 0), gap=(0.01, 0.05))
        r.js(Lpg, pgrec("LOG", "archive command failed with exit code 1"), gap=(0.001, 0.01))
        r.js(Lpg, pgrec("DETAIL", 'The failed archive command was: /controller/manager wal-archive --log-destination /controller/log/postgres.json pg_wal/%s' % wal(seg)), gap=(0.0, 0.001))
        if k == 2:
            r.js(Lpg, pgrec("WARNING", 'archiving write-ahead log file "%s" failed too many times, will try again later' % wal(seg)), ev=True, gap=(0.001, 0.01))
        r.spring(Lga, "INFO", "grading-api", "nio-8080-exec-%d" % r.rng.randint(1, 10), "c.g.grading.api.GradingController",
                 "POST /v1/gradings lot=L-88251 stone=%d -> 201 (%d ms)" % (3 + k, r.rng.randint(20, 60)), gap=(2, 20))
    r.js(Lpg, pgrec("LOG", "checkpoint starting: time", pid="409", backend="checkpointer"), gap=(20, 40))
    r.js(Lpg, pgrec("LOG", "checkpoint complete: wrote 2214 buffers (13.5%); 0 WAL file(s) added, 0 removed, 3 recycled; write=2.603 s, sync=0.031 s, total=2.702 s; sync files=48, longest=0.004 s, average=0.001 s; distance=49152 kB, estimate=49152 kB; lsn=12/4E0001A8, redo lsn=12/4D000028", pid="409", backend="checkpointer"), gap=(3, 5))
    for k in range(6):
        r.js(Lpg, archived(wal(seg + k), round(r.rng.uniform(0.4, 1.8), 3)), gap=(50, 70) if k == 0 else (0.6, 2))
    r.spring(Lga, "INFO", "grading-api", "nio-8080-exec-5", "c.g.grading.api.GradingController", "GET /v1/gradings?lot=L-88251 -> 200 (12 ms)", gap=(2, 10))
    for _ in range(4):
        r.js(Lpg, archived(wal(seg + 6 + _), round(r.rng.uniform(0.4, 0.9), 3)), gap=(40, 120))
        r.spring(Lga, "INFO", "grading-api", "nio-8080-exec-%d" % r.rng.randint(1, 10), "c.g.grading.api.GradingController",
                 "POST /v1/gradings lot=L-88260 stone=%d -> 201 (%d ms)" % (_ + 1, r.rng.randint(20, 60)), gap=(2, 20))
    return r.finish(SRC["B"], "gradedb logged 'Error invoking barman-cloud-wal-archive' and 'failed too many times' overnight. Are backups broken?",
                    {"namespace": ns},
                    "WARN", "timeout", "gradedb",
                    "WAL archiving from gradedb-1 to the S3-compatible backup bucket timed out for a few minutes ('Connect timeout on endpoint URL' from barman-cloud-wal-archive); PostgreSQL retried and the backlog was archived once the endpoint answered again.",
                    "Transient connect timeouts to the object-store endpoint delayed WAL archiving of gradedb by a few minutes; archiving caught up on its own and the database kept serving. Point-in-time recovery had a short gap risk only.",
                    "No immediate action; keep an eye on the archiving lag alert and the object store's availability, and alert if archiving stays failed longer than a few minutes.",
                    terms=["Connect timeout", "barman-cloud-wal-archive", "failed too many times"])


# --------------------------------------------------------------------------- 023
def r023():
    r = Rec("dev64-023", "2026-03-05T01:30:00.000Z", "EKS", "B")
    ns = "gemlab"
    nodes = ["ip-10-31-60-4.eu-west-1.compute.internal", "ip-10-31-61-77.eu-west-1.compute.internal", "ip-10-31-60-191.eu-west-1.compute.internal"]
    sched = r.t
    job = r.job_name("report-archive", sched)
    Lev = EV(ns)
    r.event(Lev, "Normal", "SuccessfulCreate", "CronJob", "report-archive", ns, "Created job " + job, "cronjob-controller", gap=(0.01, 0.05))
    total_pdfs = 18412

    def attempt(i, node, ev):
        p = r.pod(job)
        La = L(ns, p, "archive", node, app="report-archive")
        Lu = L(ns, p, "s3-sync", node, app="report-archive")
        Lk = NL(node, "kubelet")
        r.event(Lev, "Normal", "SuccessfulCreate", "Job", job, ns, "Created pod: " + p, "job-controller", gap=(1, 10) if i else (0.2, 0.6))
        r.event(Lev, "Normal", "Started", "Pod", p, ns, "Started container archive", "kubelet", node, gap=(2, 4))
        r.event(Lev, "Normal", "Started", "Pod", p, ns, "Started container s3-sync", "kubelet", node, gap=(0.1, 0.5))
        r.pylog(La, "INFO", "archive", "report-archive 1.4.0: archiving grading reports issued before 2026-02-01 (%d PDFs, 3 lots per bundle)" % total_pdfs, gap=(0.5, 1))
        r.pylog(La, "INFO", "archive", "staging directory /work/staging (emptyDir), bundle target /work/out")
        r.plain(Lu, "s3-sync: watching /work/out -> s3://gemlab-report-archive/2026/ (interval 30s)", gap=(0.1, 0.5))
        done = 0
        for b in range(3):
            done += r.rng.randint(2300, 2700)
            r.pylog(La, "INFO", "archive", "bundle %d: %d/%d PDFs staged, /work used %.2f GiB" % (b + 1, done, total_pdfs, 0.58 * (b + 1) + r.rng.uniform(0, 0.05)), gap=(40, 70))
            r.plain(Lu, "upload: ../work/out/reports-2026-01-bundle-%03d.tar.zst to s3://gemlab-report-archive/2026/reports-2026-01-bundle-%03d.tar.zst" % (b + 1, b + 1), gap=(1, 5))
        msg = "Pod ephemeral local storage usage exceeds the total limit of containers 2Gi. "
        r.klog(Lk, "I", "eviction_manager.go:601", '"Eviction manager: pods evicted, waiting for pod to be cleaned up" pods=["%s/%s"]' % (ns, p), pid=2871, ev=ev, gap=(10, 25))
        r.event(Lev, "Warning", "Evicted", "Pod", p, ns, msg, "kubelet", node, ev=ev, gap=(0.01, 0.1))
        r.event(Lev, "Normal", "Killing", "Pod", p, ns, "Stopping container archive", "kubelet", node, gap=(0.01, 0.05))
        r.event(Lev, "Normal", "Killing", "Pod", p, ns, "Stopping container s3-sync", "kubelet", node, gap=(0.0, 0.02))
        if i == 0:
            r.plain(Lu, "upload failed: ../work/out/reports-2026-01-bundle-004.tar.zst to s3://gemlab-report-archive/2026/reports-2026-01-bundle-004.tar.zst An error occurred (RequestTimeout) when calling the UploadPart operation: Your socket connection to the server was not read from or written to within the timeout period. Idle connections will be closed.", gap=(0.1, 0.5))
        r.pylog(La, "WARNING", "archive", "received SIGTERM, aborting bundle %d" % (4), gap=(0.02, 0.1))

    attempt(0, nodes[0], True)
    attempt(1, nodes[1], False)
    attempt(2, nodes[2], True)
    r.event(Lev, "Warning", "BackoffLimitExceeded", "Job", job, ns, "Job has reached the specified backoff limit", "job-controller", gap=(1, 3))
    r.event(Lev, "Warning", "SawCompletedJob", "CronJob", "report-archive", ns, "Saw completed job: %s, status: Failed" % job, "cronjob-controller", gap=(0.5, 2))
    return r.finish(SRC["B"], "The nightly report-archive job failed again with BackoffLimitExceeded; the S3 uploader sidecar shows upload errors. What is killing it?",
                    {"namespace": ns},
                    "ERROR", "resource_exhausted", "report-archive",
                    "Each report-archive pod stages PDFs and bundles in an emptyDir that counts toward the pod's 2Gi ephemeral-storage limit; after about three bundles usage passes 2Gi and kubelet evicts the pod, so all attempts fail and the Job hits its backoff limit.",
                    "The report-archive CronJob's pods are evicted for exceeding their ephemeral-storage limit while staging bundles; the s3-sync sidecar's upload error is only the consequence of the eviction.",
                    "Delete staged PDFs after each bundle is uploaded (or stream bundles), put a sizeLimit and a larger ephemeral-storage limit on the staging volume, or use a PVC for /work.",
                    terms=["ephemeral local storage", "exceeds the total limit", "evicted"])


# --------------------------------------------------------------------------- 024
def r024():
    r = Rec("dev64-024", "2026-03-06T11:05:30.000Z", "OpenShift", "B")
    ns = "gemlab"
    node = "ocp-gem-5vq8r-worker-c-t7m2k"
    p, _ = r.dpod("grading-api")
    cp, _ = r.dpod("client-portal")
    La = L(ns, p, "grading-api", node, app="grading-api")
    Lp = L(ns, p, "linkerd-proxy", node, app="grading-api")
    Lc = L(ns, cp, "client-portal", "ocp-gem-5vq8r-worker-a-q2s9d", app="client-portal")
    Lkern = NL(node, "kernel")
    Lk = NL(node, "kubelet.service")
    Lev = EV(ns)
    uid = r.uid()
    app = "grading-api"
    r.proc_start[p] = r.t - _dt.timedelta(seconds=8123.4)

    def lk_refused():
        r.linkerd(Lp, p, "WARN", "inbound:server{port=8080}:rescue{client.addr=%s:%d}" % (r.ip(), r.rng.randint(30000, 60000)), "linkerd_app_core::errors::respond",
                  "HTTP/1.1 request failed error=error trying to connect: Connection refused (os error 111) error.sources=[Connection refused (os error 111)]", gap=(0.5, 2))

    def oom(ev):
        pid = r.rng.randint(1000, 9000)
        r.plain(Lkern, "java invoked oom-killer: gfp_mask=0x140cca(GFP_HIGHUSER_MOVABLE|__GFP_COMP), order=0, oom_score_adj=1000", ev=ev, gap=(0.5, 2))
        r.plain(Lkern, "memory: usage 786432kB, limit 786432kB, failcnt %d" % (913 + 37 * len(r.logs)), ev=ev, gap=(0.0, 0.002))
        r.plain(Lkern, "Memory cgroup out of memory: Killed process %d (java) total-vm:3981212kB, anon-rss:771904kB, file-rss:21452kB, shmem-rss:0kB, UID:1000690000 pgtables:1912kB oom_score_adj:1000" % pid, ev=ev, gap=(0.0, 0.002))

    def boot():
        st = round(r.rng.uniform(13.5, 16.5), 3)
        r.spring(La, "INFO", app, "main", "o.g.grading.GradingApiApplication", "Starting GradingApiApplication v3.12.0 using Java 21.0.2 with PID 1", gap=(1, 2))
        r.spring(La, "INFO", app, "main", "o.g.grading.config.JvmInfo", "JVM max heap 704 MiB (-XX:MaxRAMPercentage=90.0), container memory limit 768 MiB", ev=False, gap=(0.2, 0.5))
        r.spring(La, "INFO", app, "main", "o.g.grading.GradingApiApplication", "Started GradingApiApplication in %.3f seconds (process running for %.1f)" % (st, st + 1.3), gap=(st - 0.1, st))

    r.spring(La, "INFO", app, "nio-8080-exec-3", "o.g.grading.spectra.SpectraService", "loading spectra for batch scoring lot=L-88213 (412 stones, UV-Vis-NIR + FTIR)", gap=0)
    r.spring(La, "WARN", app, "nio-8080-exec-3", "o.g.grading.spectra.SpectraService", "batch scoring lot=L-88213: 412 spectra held in memory (~596 MiB)", gap=(3, 6))
    oom(True)
    r.klog(Lk, "I", "kubelet.go:2458", '"SyncLoop (PLEG): event for pod" pod="%s/%s" event={"ID":"%s","Type":"ContainerDied","Data":"%s"}' % (ns, p, uid, r.hexs(64)), pid=2433, gap=(0.2, 0.8))
    for _ in range(3):
        lk_refused()
    r.js(Lc, lambda: {"level": 50, "time": r.epoch_ms(), "pid": 1, "hostname": cp, "msg": "grading-api request failed", "url": "http://grading-api.gemlab.svc:8080/v1/lots/L-88213/scores", "status": 502}, gap=(0.01, 0.1))
    boot()
    r.spring(La, "INFO", app, "nio-8080-exec-1", "o.g.grading.spectra.SpectraService", "loading spectra for batch scoring lot=L-88213 (412 stones, UV-Vis-NIR + FTIR)", gap=(1, 4))
    oom(False)
    r.event(Lev, "Warning", "BackOff", "Pod", p, ns, "Back-off restarting failed container grading-api in pod %s_%s(%s)" % (p, ns, uid), "kubelet", node, count=3, ev=True, gap=(1, 2))
    r.klog(Lk, "E", "pod_workers.go:1298", '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"grading-api\\" with CrashLoopBackOff: \\"back-off 40s restarting failed container=grading-api pod=%s_%s(%s)\\"" pod="%s/%s" podUID="%s"' % (p, ns, uid, ns, p, uid), pid=2433)
    for _ in range(4):
        lk_refused()
    r.js(Lc, lambda: {"level": 50, "time": r.epoch_ms(), "pid": 1, "hostname": cp, "msg": "grading-api request failed", "url": "http://grading-api.gemlab.svc:8080/v1/gradings", "status": 502}, gap=(0.01, 0.1))
    r.go(30, 40)
    boot()
    r.spring(La, "INFO", app, "nio-8080-exec-2", "o.g.grading.spectra.SpectraService", "loading spectra for batch scoring lot=L-88213 (412 stones, UV-Vis-NIR + FTIR)", gap=(1, 4))
    oom(False)
    lk_refused()
    r.event(Lev, "Warning", "BackOff", "Pod", p, ns, "Back-off restarting failed container grading-api in pod %s_%s(%s)" % (p, ns, uid), "kubelet", node, count=4, gap=(1, 2))
    return r.finish(SRC["B"], "linkerd-proxy in grading-api floods 'Connection refused (os error 111)' and the portal gets 502s. Is the mesh broken?",
                    {"namespace": ns, "app": "grading-api"},
                    "CRITICAL", "oom_killed", "grading-api",
                    "The grading-api JVM is OOM-killed at its 768Mi container limit (heap sized at 90% of the limit) whenever it batch-scores lot L-88213 and holds all 412 spectra in memory; the container crash-loops.",
                    "linkerd-proxy is innocent: it reports refused connections because the grading-api container behind it keeps getting OOM-killed by the kernel (memory: usage 786432kB, limit 786432kB) and restarting.",
                    "Raise grading-api's memory limit and lower MaxRAMPercentage (leave room for metaspace/native memory), and stream spectra for large lots instead of loading them all at once.",
                    terms=["oom-killer", "out of memory", "limit 786432kB", "BackOff"])


# --------------------------------------------------------------------------- 025
def r025():
    r = Rec("dev64-025", "2026-03-07T03:00:20.000Z", "RKE2", "B")
    ns = "gemlab"
    Lop = L("strimzi", "strimzi-cluster-operator-6b8f9d7c5d-zx2kq", "strimzi-cluster-operator", "rke2-agent-4")
    Lb = [L(ns, "gem-events-kafka-%d" % i, "kafka", "rke2-kafka-%d" % (i + 1)) for i in range(3)]
    ic, _ = r.dpod("image-capture")
    Li = L(ns, ic, "image-capture", "rke2-agent-5", app="image-capture")
    KR = "Reconciliation #%d(timer) Kafka(gemlab/gem-events)" % r.rng.randint(5000, 5200)
    r.log4j(Lop, "INFO", "ClusterOperator:147", "Triggering periodic reconciliation for namespace gemlab", gap=0)
    r.log4j(Lop, "INFO", "AbstractOperator:265", "%s: Kafka gem-events will be checked for creation or modification" % KR)
    r.log4j(Lop, "INFO", "Ca:523", "%s: Certificate for cluster-ca is within its renewal period, renewing it" % KR, gap=(0.5, 1.5))
    r.log4j(Lop, "INFO", "Ca:382", "%s: Generating certificate Subject(organizationName='io.strimzi', commonName='gem-events-kafka', dnsNames=[gem-events-kafka-brokers.gemlab.svc, gem-events-kafka-bootstrap.gemlab.svc], ipAddresses=[]), signed by CA cluster-ca" % KR, gap=(0.5, 1))
    for i in range(3):
        r.log4j(Lop, "INFO", "KafkaRoller:551", "%s: Rolling Pod gem-events-kafka-%d/%d due to [Pod has old cluster-ca certificate generation, cluster-ca certificate renewal]" % (KR, i, i), gap=(2, 5) if i == 0 else (20, 40))
        r.kafka(Lb[i], "INFO", "[KafkaServer id=%d] shutting down" % i, "kafka.server.KafkaServer", gap=(1, 2))
        r.kafka(Lb[i], "INFO", "[KafkaServer id=%d] shut down completed" % i, "kafka.server.KafkaServer", gap=(4, 8))
        o = (i + 1) % 3
        r.kafka(Lb[o], "INFO", "[ReplicaFetcher replicaId=%d, leaderId=%d, fetcherId=0] Error sending fetch request (sessionId=%d, epoch=%d) to node %d:" % (o, i, r.rng.randint(10 ** 8, 10 ** 9), r.rng.randint(1000, 9000), i), "kafka.server.ReplicaFetcherThread", gap=(0.1, 0.5))
        r.plain(Lb[o], "java.io.IOException: Connection to %d was disconnected before the response was read" % i, gap=(0.0, 0.001))
        r.kafka(Lb[o], "INFO", "[Partition stone-images-%d broker=%d] Shrinking ISR from %d,%d,%d to %d,%d. Leader: (highWatermark: %d, endOffset: %d). Out of sync replicas: (brokerId: %d, endOffset: %d)." % (
            i, o, o, i, (o + 1) % 3, o, (o + 1) % 3, 203100 + i, 203104 + i, i, 203100 + i), "kafka.cluster.Partition", gap=(8, 12))
        r.spring(Li, "WARN", "image-capture", "ad | producer-1", "org.apache.kafka.clients.NetworkClient",
                 "[Producer clientId=producer-1] Connection to node %d (gem-events-kafka-%d.gem-events-kafka-brokers.gemlab.svc/%s:9093) could not be established. Broker may not be available." % (i, i, r.ip()), gap=(0.2, 2))
        r.kafka(Lb[i], "INFO", "[KafkaServer id=%d] started" % i, "kafka.server.KafkaServer", gap=(20, 35))
        r.kafka(Lb[o], "INFO", "[Partition stone-images-%d broker=%d] ISR updated to %d,%d,%d and version updated to %d" % (i, o, o, (o + 1) % 3, i, 60 + i), "kafka.cluster.Partition", gap=(3, 8))
        r.spring(Li, "INFO", "image-capture", "capture-worker-%d" % (i + 1), "o.g.capture.kafka.ImageEventPublisher", "published image event lot=L-883%02d stone=%d offset=%d" % (i + 10, i + 1, 203200 + i * 11), gap=(1, 5))
    r.log4j(Lop, "INFO", "KafkaRoller:551", "%s: Rolling Pod gem-events-entity-operator due to [cluster-ca certificate renewal]" % KR, gap=(5, 10))
    r.log4j(Lop, "INFO", "AbstractOperator:510", "%s: reconciled" % KR, gap=(20, 40))
    r.kafka(Lb[0], "INFO", "[Controller id=0] Processing automatic preferred replica leader election", "kafka.controller.KafkaController", gap=(60, 120))
    r.spring(Li, "INFO", "image-capture", "capture-worker-2", "o.g.capture.kafka.ImageEventPublisher", "published image event lot=L-88314 stone=6 offset=203244", gap=(5, 20))
    return r.finish(SRC["B"], "Overnight the Kafka brokers restarted one after another and image-capture logged 'Broker may not be available'. Did we lose events?",
                    {"namespace": ns},
                    "INFO", "none", None,
                    "No incident: the Strimzi operator renewed the cluster CA certificate (same key) inside its renewal window and rolled the brokers one at a time; ISR shrink/expand, fetcher disconnects and client reconnect warnings are the normal footprint of a rolling restart.",
                    "Planned Strimzi rolling restart of gem-events for cluster-CA renewal: each broker restarted and rejoined the ISR, the reconciliation finished, and image-capture kept publishing after brief reconnects.",
                    "Nothing to do.")


# --------------------------------------------------------------------------- 026
def r026():
    r = Rec("dev64-026", "2026-03-08T02:00:00.000Z", "Talos", "B")
    ns = "gemlab"
    node = "talos-7fe-q2k"
    Lpg = L(ns, "gradedb-1", "postgres", node)
    Lop = L("cnpg-system", "cnpg-controller-manager-6d5c8f7b9c-r8wz2", "manager", "talos-2mn-c8d", app="cloudnative-pg")
    Lev = EV(ns)
    bk = "gradedb-nightly-20260308020000"
    bid = "20260308T020004"

    def inst(level, logger, msg, **kv):
        def f():
            d = {"level": level, "ts": r.iso6(), "logger": logger, "msg": msg(r) if callable(msg) else msg, "logging_pod": "gradedb-1"}
            if not logger:
                del d["logger"]
            for k, v in kv.items():
                d[k] = v() if callable(v) else v
            return d
        return f

    def pgrec(sev, msg, backend="checkpointer", extra=None):
        def rec():
            d = {"log_time": r.sp() + " UTC", "process_id": "409" if backend == "checkpointer" else str(r.rng.randint(20000, 30000)), "error_severity": sev,
                 "sql_state_code": "00000" if sev == "LOG" else "01000", "message": msg, "backend_type": backend}
            if extra:
                d.update(extra)
            return d
        return inst("info", "postgres", "record", record=rec)

    r.js(Lop, lambda: {"level": "info", "ts": r.iso6(), "msg": "Scheduled backup triggered", "controller": "scheduledbackup", "controllerGroup": "postgresql.cnpg.io",
                       "controllerKind": "ScheduledBackup", "ScheduledBackup": {"name": "gradedb-nightly", "namespace": ns}, "namespace": ns, "name": "gradedb-nightly", "backupName": bk}, gap=(0.01, 0.3))
    r.event(Lev, "Normal", "BackupSchedule", "ScheduledBackup", "gradedb-nightly", ns, "Created backup " + bk, "cloudnative-pg-scheduledbackup")
    r.js(Lop, lambda: {"level": "info", "ts": r.iso6(), "msg": "Starting backup", "controller": "backup", "controllerGroup": "postgresql.cnpg.io", "controllerKind": "Backup",
                       "Backup": {"name": bk, "namespace": ns}, "namespace": ns, "name": bk, "cluster": "gradedb", "pod": "gradedb-1"}, gap=(0.2, 0.8))
    r.event(Lev, "Normal", "Starting", "Backup", bk, ns, "Starting backup for cluster gradedb", "cloudnative-pg-backup")
    r.js(Lpg, inst("info", "", "Backup started", backupName=bk, backupNamespace=ns), gap=(0.5, 1.5))
    r.js(Lpg, pgrec("LOG", "checkpoint starting: immediate force wait"), gap=(0.5, 1))
    r.js(Lpg, pgrec("LOG", "checkpoint complete: wrote 6123 buffers (37.4%); 0 WAL file(s) added, 0 removed, 2 recycled; write=0.388 s, sync=0.024 s, total=0.447 s; sync files=112, longest=0.003 s, average=0.001 s; distance=31212 kB, estimate=48120 kB; lsn=12/A1000060, redo lsn=12/A1000028"), gap=(0.4, 0.6))
    r.js(Lpg, inst("info", "barman-cloud-backup", lambda r: "%s INFO: Starting backup '%s'" % (r.sp(comma=True), bid), pipe="stderr"), gap=(0.5, 1))
    r.js(Lpg, inst("info", "barman-cloud-backup", lambda r: "%s INFO: Uploading 'pgdata' directory '/var/lib/postgresql/data/pgdata' as 'data.tar.gz'" % r.sp(comma=True), pipe="stderr"), gap=(0.5, 1))
    for k in range(4):
        r.js(Lpg, inst("info", "wal-archive", "Archived WAL file", walName="pg_wal/%08X%08X%08X" % (1, 0x12, 0xA1 + k), startTime=lambda: r.iso6(r.t - _dt.timedelta(seconds=0.7)), endTime=lambda: r.iso6(),
                       elapsedWalTime=round(r.rng.uniform(0.4, 1.1), 3)), gap=(60, 240))
        if k == 1:
            r.js(Lpg, pgrec("LOG", "checkpoint starting: time"), gap=(10, 60))
            r.js(Lpg, pgrec("LOG", "checkpoint complete: wrote 1822 buffers (11.1%); 0 WAL file(s) added, 0 removed, 1 recycled; write=179.804 s, sync=0.017 s, total=179.862 s; sync files=40, longest=0.003 s, average=0.001 s; distance=20480 kB, estimate=46356 kB; lsn=12/A3001F40, redo lsn=12/A2000060"), gap=(179, 181))
    r.js(Lpg, inst("info", "barman-cloud-backup", lambda r: "%s INFO: Uploading 'pg_control' file from '/var/lib/postgresql/data/pgdata/global/pg_control' to 'data.tar.gz' with path 'global/pg_control'" % r.sp(comma=True), pipe="stderr"), gap=(60, 200))
    r.js(Lpg, inst("info", "barman-cloud-backup", lambda r: "%s INFO: Stopping backup '%s'" % (r.sp(comma=True), bid), pipe="stderr"), gap=(0.5, 1.5))
    r.js(Lpg, pgrec("WARNING", "still waiting for all required WAL segments to be archived (60 seconds elapsed)", backend="client backend",
                    extra={"hint": "Check that your archive_command is executing properly.  You can safely cancel this backup, but the database backup will not be usable without all the WAL segments.", "application_name": "barman_cloud_backup"}), gap=(60, 62))
    r.js(Lpg, inst("info", "wal-archive", "Archived WAL file", walName="pg_wal/0000000100000012000000A5", startTime=lambda: r.iso6(r.t - _dt.timedelta(seconds=3.1)), endTime=lambda: r.iso6(), elapsedWalTime=3.104), gap=(10, 30))
    r.js(Lpg, inst("info", "wal-archive", "Archived WAL file", walName="pg_wal/0000000100000012000000A5.00000028.backup", startTime=lambda: r.iso6(r.t - _dt.timedelta(seconds=0.4)), endTime=lambda: r.iso6(), elapsedWalTime=0.402), gap=(0.5, 1))
    r.js(Lpg, inst("info", "barman-cloud-backup", lambda r: "%s INFO: Uploading 'backup_label' file to 'data.tar.gz' with path 'backup_label'" % r.sp(comma=True), pipe="stderr"), gap=(1, 3))
    r.js(Lpg, inst("info", "barman-cloud-backup", lambda r: "%s INFO: Marking all the uploaded archives as 'completed'" % r.sp(comma=True), pipe="stderr"), gap=(0.5, 2))
    r.js(Lpg, inst("info", "barman-cloud-backup", lambda r: "%s INFO: Upload process completed (total time: 13 minutes, 2 seconds)" % r.sp(comma=True), pipe="stderr"), gap=(0.2, 1))
    r.js(Lpg, inst("info", "barman-cloud-backup", lambda r: "%s INFO: Backup completed (start time: 2026-03-08 02:00:04.771221, elapsed time: 13 minutes, 4 seconds)" % r.sp(comma=True), pipe="stderr"), gap=(0.1, 0.5))
    r.js(Lpg, inst("info", "", "Backup completed", backupName=bk, backupNamespace=ns), gap=(0.5, 1))
    r.event(Lev, "Normal", "Completed", "Backup", bk, ns, "Backup completed", "cloudnative-pg-backup", gap=(0.5, 2))
    r.js(Lop, lambda: {"level": "info", "ts": r.iso6(), "msg": "Retention policy: deleting backups older than 30d", "controller": "cluster", "controllerGroup": "postgresql.cnpg.io", "controllerKind": "Cluster",
                       "Cluster": {"name": "gradedb", "namespace": ns}, "namespace": ns, "name": "gradedb"}, gap=(5, 20))
    r.js(Lpg, inst("info", "barman-cloud-backup-delete", lambda r: "%s INFO: Deleting backup 20260206T020003 (retention policy RECOVERY WINDOW OF 30 DAYS)" % r.sp(comma=True), pipe="stderr"), gap=(2, 5))
    for k in range(3):
        r.js(Lpg, inst("info", "wal-archive", "Archived WAL file", walName="pg_wal/%08X%08X%08X" % (1, 0x12, 0xA6 + k), startTime=lambda: r.iso6(r.t - _dt.timedelta(seconds=0.6)), endTime=lambda: r.iso6(),
                       elapsedWalTime=round(r.rng.uniform(0.4, 0.9), 3)), gap=(60, 300))
    return r.finish(SRC["B"], "gradedb logged 'still waiting for all required WAL segments to be archived' during the nightly backup — is the backup usable?",
                    {"namespace": ns},
                    "INFO", "none", None,
                    "No incident: the scheduled barman-cloud backup of gradedb waited about a minute for the final WAL segment to be archived, then the segment and the .backup file were archived and the backup completed and was marked complete.",
                    "Nightly CloudNativePG backup of gradedb: checkpoint, base backup upload, a one-minute wait for the last WAL segment, completion, and retention cleanup of a 30-day-old backup. WAL archiving continued normally.",
                    "Nothing to do.")


# --------------------------------------------------------------------------- 027
def r027():
    r = Rec("dev64-027", "2026-03-09T07:58:40.000Z", "k3s", "B")
    ns = "gemlab"
    node = "k3s-gem-2"
    p, rsn = r.dpod("spectro-analyzer")
    Li = L(ns, p, "fetch-calibration", node, app="spectro-analyzer")
    La = L(ns, p, "spectro-analyzer", node, app="spectro-analyzer")
    Lm = L("storage", "minio-0", "minio", "k3s-gem-1", app="minio")
    Lev = EV(ns)
    url = "http://minio.storage.svc:9000"
    r.kev(Lev, "Normal", "SuccessfulCreate", "replicaset/" + rsn, "Created pod: " + p, gap=0)
    r.kev(Lev, "Normal", "Scheduled", "pod/" + p, "Successfully assigned %s/%s to %s" % (ns, p, node))
    r.kev(Lev, "Normal", "Pulled", "pod/" + p, 'Container image "docker.io/amazon/aws-cli:2.15.30" already present on machine', gap=(0.5, 1))
    r.kev(Lev, "Normal", "Created", "pod/" + p, "Created container fetch-calibration")
    r.kev(Lev, "Normal", "Started", "pod/" + p, "Started container fetch-calibration")
    r.plain(Li, "fetch-calibration: instrument=UV-Vis-NIR-2 profile=2026-03 target=/calib", gap=(0.3, 0.6))
    r.E(Lm, lambda: "Waiting for all MinIO sub-systems to be initialized.. lock acquired", gap=(0.2, 1))
    for k in range(2):
        r.plain(Li, "", gap=(10, 10.2))
        r.plain(Li, 'download failed: s3://calibration/uv-vis-nir-2/2026-03/baseline.json to ../calib/baseline.json Connect timeout on endpoint URL: "%s/calibration/uv-vis-nir-2/2026-03/baseline.json"' % url, gap=(0.0, 0.01))
        r.plain(Li, "fetch-calibration: attempt %d/5 failed (exit 1), retrying in 5s" % (k + 1), gap=(0.0, 0.01))
        if k == 0:
            r.E(Lm, lambda: "All MinIO sub-systems initialized successfully", gap=(2, 4))
            r.E(Lm, lambda: "MinIO Object Storage Server", gap=(0.0, 0.01))
            r.E(Lm, lambda: "Copyright: 2015-2026 MinIO, Inc.", gap=(0.0, 0.01))
            r.E(Lm, lambda: "License: GNU AGPLv3 <https://www.gnu.org/licenses/agpl-3.0.html>", gap=(0.0, 0.01))
            r.E(Lm, lambda: "Version: RELEASE.2024-02-26T09-33-48Z (go1.21.7 linux/amd64)", gap=(0.0, 0.01))
            r.E(Lm, lambda: "Status:         1 Online, 0 Offline. ", gap=(0.0, 0.01))
            r.E(Lm, lambda: "S3-API: http://10.42.0.41:9000  http://127.0.0.1:9000 ", gap=(0.0, 0.01))
            r.go(4, 6)
    for f, sz in (("baseline.json", "18.2 KiB"), ("wavelength-map.csv", "412.7 KiB"), ("reference-spectra.npz", "6.1 MiB")):
        r.plain(Li, "download: s3://calibration/uv-vis-nir-2/2026-03/%s to ../calib/%s" % (f, f), gap=(0.3, 1.5))
    r.plain(Li, "fetch-calibration: 3 files, sha256 verified against calibration manifest 2026-03 (signed by lab-qa)", gap=(0.1, 0.3))
    r.kev(Lev, "Normal", "Pulled", "pod/" + p, 'Container image "registry.gemlab.example/lab/spectro-analyzer:5.3.1" already present on machine', gap=(0.5, 1))
    r.kev(Lev, "Normal", "Created", "pod/" + p, "Created container spectro-analyzer")
    r.kev(Lev, "Normal", "Started", "pod/" + p, "Started container spectro-analyzer")
    r.pylog(La, "INFO", "spectro.main", "spectro-analyzer 5.3.1 starting; calibration profile 2026-03 from /calib", gap=(0.5, 1))
    r.pylog(La, "INFO", "spectro.calib", "loaded 1 baseline, 3648-point wavelength map, 212 reference spectra (diamond type Ia/IIa, CVD, HPHT)")
    r.pylog(La, "INFO", "spectro.device", "connected to spectrometer UV-Vis-NIR-2 at 10.60.4.22:5025 (firmware 3.08)")
    r.pylog(La, "INFO", "uvicorn.error", "Uvicorn running on http://0.0.0.0:8000 (Press CTRL+C to quit)")
    r.kev(Lev, "Normal", "ScalingReplicaSet", "deployment/spectro-analyzer", "Scaled down replica set spectro-analyzer-6c9f8d7b5c to 0 from 1", gap=(5, 10))
    for lot, st in (("L-88320", 1), ("L-88320", 2), ("L-88321", 1)):
        r.pylog(La, "INFO", "spectro.measure", "measured lot=%s stone=%d: type IIa, N < 5 ppm, no HPHT/CVD markers (integration 2.1s)" % (lot, st), gap=(10, 40))
        r.plain(La, 'INFO:     10.42.1.%d:%d - "POST /v1/measurements HTTP/1.1" 201 Created' % (r.rng.randint(2, 250), r.rng.randint(30000, 60000)), gap=(0.001, 0.01))
    return r.finish(SRC["B"], "The new spectro-analyzer pod showed 'Connect timeout on endpoint URL' in its init container. Did it start with a valid calibration?",
                    {"namespace": ns, "app": "spectro-analyzer"},
                    "INFO", "none", None,
                    "No incident: MinIO was restarting when the fetch-calibration init container started; the first two downloads timed out, the third attempt downloaded and verified all calibration files and the analyzer started normally.",
                    "Rollout of spectro-analyzer: the init container retried its calibration download twice while MinIO initialised, then succeeded; the app loaded the 2026-03 profile and is measuring stones.",
                    "Nothing to do.")


# --------------------------------------------------------------------------- 028
def r028():
    r = Rec("dev64-028", "2026-03-10T12:15:02.000Z", "RKE2", "C")
    ns = "abatement"
    node = "rke2-agent-2"
    oldp, old_rs = r.dpod("waste-manifest")
    newp, new_rs = r.dpod("waste-manifest")
    La = L(ns, oldp, "waste-manifest", node, app="waste-manifest")
    Lb = L(ns, oldp, "pgbouncer", node, app="waste-manifest")
    Lan = L(ns, newp, "waste-manifest", "rke2-agent-3", app="waste-manifest")
    Lev = EV(ns)
    Lng = L("ingress-nginx", "rke2-ingress-nginx-controller-" + "".join(r.rng.choice("bcdfghjklmnpqrstvwxz2456789") for _ in range(5)), "rke2-ingress-nginx-controller", "rke2-agent-1")

    def req(Lx, path, code, ms):
        r.js(Lx, lambda: {"time": r.iso6(), "level": "INFO" if code < 500 else "ERROR", "msg": "request", "method": "POST" if "submit" in path else "GET", "path": path, "status": code, "duration_ms": ms}, gap=(0.3, 2))

    def ng(path, code, up_ip):
        r.stamp(Lng, lambda r: '%s - - [%s] "%s %s HTTP/2.0" %d %d "-" "%s" %d %.3f [abatement-waste-manifest-8080] [] %s:8080 %d %.3f %d %s' % (
            "203.0.113.%d" % r.rng.randint(2, 250), r.t.strftime("%d/%b/%Y:%H:%M:%S +0000"), "POST" if "submit" in path else "GET", path, code,
            r.rng.randint(200, 4000), r.rng.choice(UA_BROWSER), r.rng.randint(300, 700), r.rng.uniform(0.01, 0.3), up_ip, r.rng.randint(100, 4000), r.rng.uniform(0.01, 0.3), code, r.hexs(32)), gap=(0.001, 0.01))

    old_ip, new_ip = r.ip(), r.ip()
    for path in ["/api/manifests?site=S-2231", "/api/manifests/WM-26-00812"]:
        req(La, path, 200, r.rng.randint(8, 40))
        ng(path, 200, old_ip)
    r.event(Lev, "Normal", "ScalingReplicaSet", "Deployment", "waste-manifest", ns, "Scaled up replica set %s to 1 from 0" % new_rs, "deployment-controller", gap=(1, 3))
    r.event(Lev, "Normal", "Started", "Pod", newp, ns, "Started container pgbouncer", "kubelet", "rke2-agent-3", gap=(3, 5))
    r.event(Lev, "Normal", "Started", "Pod", newp, ns, "Started container waste-manifest", "kubelet", "rke2-agent-3", gap=(0.1, 0.4))
    r.js(Lan, lambda: {"time": r.iso6(), "level": "INFO", "msg": "listening", "addr": ":8080", "version": "2.7.3"}, gap=(1, 2))
    r.event(Lev, "Normal", "ScalingReplicaSet", "Deployment", "waste-manifest", ns, "Scaled down replica set %s to 0 from 1" % old_rs, "deployment-controller", gap=(5, 8))
    r.event(Lev, "Normal", "Killing", "Pod", oldp, ns, "Stopping container waste-manifest", "kubelet", node, ev=True, gap=(0.1, 0.3))
    r.event(Lev, "Normal", "Killing", "Pod", oldp, ns, "Stopping container pgbouncer", "kubelet", node, ev=True, gap=(0.0, 0.01))
    r.E(Lb, lambda: "%s UTC [1] LOG got SIGTERM, fast exit" % r.sp(), ev=True, gap=(0.01, 0.05))
    r.E(Lb, lambda: "%s UTC [1] LOG server connections dropped, exiting" % r.sp(), gap=(0.0, 0.01))
    r.js(La, lambda: {"time": r.iso6(), "level": "INFO", "msg": "received terminated, draining for 15s (preStop)", "inflight": 3}, gap=(0.0, 0.02))
    for k, path in enumerate(["/api/manifests/WM-26-00813/submit", "/api/manifests?site=S-2240", "/api/manifests/WM-26-00790", "/api/manifests/WM-26-00814/submit"]):
        r.js(La, lambda: {"time": r.iso6(), "level": "ERROR", "msg": "db query failed", "path": path,
                          "err": "failed to connect to `host=127.0.0.1 user=manifest database=manifest`: dial error (dial tcp 127.0.0.1:6432: connect: connection refused)"}, ev=(k == 0), gap=(0.3, 3))
        req(La, path, 500, r.rng.randint(1, 5))
        ng(path, 500, old_ip)
    req(Lan, "/api/manifests/WM-26-00814/submit", 201, 61)
    ng("/api/manifests/WM-26-00814/submit", 201, new_ip)
    r.js(La, lambda: {"time": r.iso6(), "level": "INFO", "msg": "drain complete, shutting down http server"}, gap=(6, 9))
    for path in ["/api/manifests?site=S-2240", "/api/manifests/WM-26-00813/submit", "/api/manifests/WM-26-00815", "/api/manifests?site=S-2231"]:
        req(Lan, path, 200 if "submit" not in path else 201, r.rng.randint(8, 70))
        ng(path, 200 if "submit" not in path else 201, new_ip)
    return r.finish(SRC["C"], "During today's waste-manifest deploy a few manifest submissions failed with 500 'connection refused 127.0.0.1:6432'. Is the database down?",
                    {"namespace": ns, "app": "waste-manifest"},
                    "WARN", "connection_refused", "waste-manifest",
                    "When the old waste-manifest pod is terminated, the pgbouncer sidecar receives SIGTERM at the same time as the app and exits immediately ('got SIGTERM, fast exit'), while the app keeps draining requests for 15 s; those requests hit 127.0.0.1:6432 and get connection refused.",
                    "A handful of requests failed during the rolling update because the pod's pgbouncer sidecar shut down before the app finished draining; the database and the new pod are fine and the errors stopped when the old pod was gone.",
                    "Order the shutdown: give pgbouncer a preStop sleep longer than the app's drain (or run it as a native sidecar / use pgbouncer's graceful SIGINT shutdown) so it outlives the app container.",
                    terms=["SIGTERM", "connection refused", "Stopping container"])


# --------------------------------------------------------------------------- 029
def r029():
    r = Rec("dev64-029", "2026-03-11T06:40:09.000Z", "GKE", "C")
    ns = "abatement"
    node = "gke-abate-prod-pool-2-5e7d1f30-wq8k"
    p, rsn = r.dpod("sample-lims")
    Lpx = L(ns, p, "cloud-sql-proxy", node, app="sample-lims")
    La = L(ns, p, "sample-lims", node, app="sample-lims")
    am, _ = r.dpod("air-monitoring")
    Lam = L(ns, am, "air-monitoring", "gke-abate-prod-pool-2-5e7d1f30-b2nc", app="air-monitoring")
    Ltf = L("infra", "atlantis-0", "atlantis", "gke-abate-prod-pool-1-9a0c3e11-j5tz")
    inst = "abate-prod:europe-west2:lims-pg"
    Lev = EV(ns)
    r.js(Ltf, lambda: {"level": "info", "ts": r.iso3(), "caller": "events/apply_command_runner.go:117", "msg": "apply successful for project iam/abatement (workspace default): 2 to add, 0 to change, 1 to destroy",
                       "json": {"repo": "abate-platform/infra", "pull": 418}}, gap=0)
    r.event(Lev, "Normal", "Killing", "Pod", "sample-lims-6d8b9f7c5b-kx2lq", ns, "Stopping container sample-lims", "kubelet", node, gap=(30, 90))
    r.event(Lev, "Normal", "SuccessfulCreate", "ReplicaSet", rsn, ns, "Created pod: " + p, "replicaset-controller", gap=(0.5, 1))
    r.event(Lev, "Normal", "Started", "Pod", p, ns, "Started container cloud-sql-proxy", "kubelet", node, gap=(3, 5))
    r.event(Lev, "Normal", "Started", "Pod", p, ns, "Started container sample-lims", "kubelet", node, gap=(0.2, 0.5))
    r.gostd(Lpx, "Authorizing with Application Default Credentials", gap=(0.2, 0.5))
    r.gostd(Lpx, "[%s] Listening on 127.0.0.1:5432" % inst, gap=(0.1, 0.3))
    r.gostd(Lpx, "The proxy has started successfully and is ready for new connections!", gap=(0.0, 0.01))
    err = ('[%s] failed to connect to instance: failed to get instance: Refresh error: failed to get instance metadata (connection name = "%s"): '
           'googleapi: Error 403: boss::NOT_AUTHORIZED: Not authorized to access resource. Possibly missing permission cloudsql.instances.get on resource instances/lims-pg., forbidden' % (inst, inst))
    r.pylog(La, "INFO", "lims.main", "sample-lims 4.1.0 starting (db=127.0.0.1:5432/lims)", gap=(0.5, 1.5))
    for k in range(4):
        r.gostd(Lpx, "[%s] Accepted connection from 127.0.0.1:%d" % (inst, r.rng.randint(40000, 60000)), gap=(0.05, 0.3) if k else (0.2, 0.5))
        r.gostd(Lpx, err, ev=(k == 0), gap=(0.05, 0.2))
        r.pylog(La, "ERROR", "lims.db", 'psycopg.OperationalError: connection failed: connection to server at "127.0.0.1", port 5432 failed: server closed the connection unexpectedly', gap=(0.001, 0.01))
        if k == 1:
            r.pylog(La, "CRITICAL", "lims.main", "database not reachable after 2 attempts, exiting", gap=(0.01, 0.05))
            r.event(Lev, "Warning", "BackOff", "Pod", p, ns, "Back-off restarting failed container sample-lims in pod %s_%s(%s)" % (p, ns, r.uid()), "kubelet", node, count=2, gap=(1, 2))
            r.js(Lam, lambda: {"level": "error", "ts": r.iso3(), "msg": "LIMS lookup failed", "sample": "AM-26-04417", "err": "Get \"http://sample-lims.abatement.svc:8000/api/samples/AM-26-04417\": dial tcp 10.60.12.41:8000: connect: connection refused"}, gap=(0.5, 2))
            r.pylog(La, "INFO", "lims.main", "sample-lims 4.1.0 starting (db=127.0.0.1:5432/lims)", gap=(8, 12))
    r.gostd(Lpx, err, ev=True, gap=(5, 10))
    r.js(Lam, lambda: {"level": "error", "ts": r.iso3(), "msg": "cannot attach lab result to clearance certificate", "site": "S-2240", "sample": "AM-26-04418", "err": "sample-lims unavailable"}, gap=(1, 3))
    r.event(Lev, "Warning", "BackOff", "Pod", p, ns, "Back-off restarting failed container sample-lims in pod %s_%s" % (p, ns), "kubelet", node, count=5, gap=(10, 30))
    r.js(Lam, lambda: {"level": "warn", "ts": r.iso3(), "msg": "clearance certificates pending lab results", "count": 7}, gap=(5, 20))
    r.pylog(La, "INFO", "lims.main", "sample-lims 4.1.0 starting (db=127.0.0.1:5432/lims)", gap=(10, 20))
    r.gostd(Lpx, "[%s] Accepted connection from 127.0.0.1:%d" % (inst, r.rng.randint(40000, 60000)), gap=(0.05, 0.3))
    r.gostd(Lpx, err, gap=(0.05, 0.2))
    r.pylog(La, "ERROR", "lims.db", 'psycopg.OperationalError: connection failed: connection to server at "127.0.0.1", port 5432 failed: server closed the connection unexpectedly', gap=(0.001, 0.01))
    return r.finish(SRC["C"], "sample-lims is crash-looping with 'server closed the connection unexpectedly' and air-monitoring cannot attach lab results. Is Cloud SQL down?",
                    {"namespace": ns},
                    "CRITICAL", "auth_failure", "sample-lims",
                    "The cloud-sql-proxy sidecar in the sample-lims pod is denied by Cloud SQL Admin API (Error 403 NOT_AUTHORIZED, missing cloudsql.instances.get): the Google service account the pod's Kubernetes service account maps to no longer has the Cloud SQL Client role after this morning's IAM apply.",
                    "sample-lims crash-loops because every connection through its cloud-sql-proxy sidecar is closed: the proxy cannot fetch instance metadata/certificates due to a 403. Cloud SQL itself is up; air-monitoring errors are downstream.",
                    "Grant roles/cloudsql.client back to the service account used by sample-lims (check the Workload Identity binding and the IAM change in PR 418), then restart the pod.",
                    terms=["403", "NOT_AUTHORIZED", "cloudsql.instances.get"])


# --------------------------------------------------------------------------- 030
def r030():
    r = Rec("dev64-030", "2026-03-12T05:00:00.000Z", "kubeadm", "C")
    ns = "abatement"
    sched = r.t
    job = r.job_name("regulator-notify-daily", sched)
    Lev = EV(ns)
    host = "sftp.notifications.hse-regulator.example"
    rip = "203.0.113.40"
    nodes = ["k8s-w02", "k8s-w05", "k8s-w03", "k8s-w05"]
    r.event(Lev, "Normal", "SuccessfulCreate", "CronJob", "regulator-notify-daily", ns, "Created job " + job, "cronjob-controller", gap=(0.01, 0.05))
    for a in range(4):
        p = r.pod(job)
        La = L(ns, p, "notify", nodes[a], app="regulator-notify-daily")
        r.event(Lev, "Normal", "SuccessfulCreate", "Job", job, ns, "Created pod: " + p, "job-controller", gap=(0.3, 0.8) if a == 0 else (10 * 2 ** (a - 1), 10 * 2 ** (a - 1) + 2))
        r.event(Lev, "Normal", "Started", "Pod", p, ns, "Started container notify", "kubelet", nodes[a], gap=(2, 4))
        r.pylog(La, "INFO", "notify", "regulator-notify 1.2.4: 3 ASB5 notifications due (sites S-2244, S-2251, S-2253; works start 2026-03-26)", gap=(0.5, 1))
        r.pylog(La, "INFO", "notify.render", "rendered ASB5-S-2244.xml, ASB5-S-2251.xml, ASB5-S-2253.xml")
        r.pylog(La, "INFO", "notify.sftp", "connecting to %s:22 (%s)" % (host, rip))
        r.pylog(La, "WARNING", "notify.sftp", "connect attempt 1/3 failed: [Errno 111] Connection refused", ev=(a == 0), gap=(0.05, 0.2))
        r.pylog(La, "WARNING", "notify.sftp", "connect attempt 2/3 failed: [Errno 111] Connection refused", gap=(5, 5.3))
        r.pylog(La, "WARNING", "notify.sftp", "connect attempt 3/3 failed: [Errno 111] Connection refused", gap=(10, 10.3))
        tb = ["Traceback (most recent call last):",
              '  File "/app/notify/sftp.py", line 58, in upload',
              "    client.connect(host, port=22, username=user, pkey=key, timeout=10)",
              '  File "/usr/local/lib/python3.12/site-packages/paramiko/client.py", line 409, in connect',
              "    raise NoValidConnectionsError(errors)",
              "paramiko.ssh_exception.NoValidConnectionsError: [Errno None] Unable to connect to port 22 on %s" % rip]
        if a in (0, 3):
            for i, t in enumerate(tb):
                r.plain(La, t, ev=(a == 0 and i == 5), gap=(0.001, 0.003) if i else (0.01, 0.05))
        r.pylog(La, "ERROR", "notify", "0/3 notifications delivered; exiting with status 1", ev=(a == 3), gap=(0.01, 0.05))
    r.event(Lev, "Warning", "BackoffLimitExceeded", "Job", job, ns, "Job has reached the specified backoff limit", "job-controller", gap=(1, 3))
    r.event(Lev, "Warning", "SawCompletedJob", "CronJob", "regulator-notify-daily", ns, "Saw completed job: %s, status: Failed" % job, "cronjob-controller", gap=(0.5, 2))
    return r.finish(SRC["C"], "The regulator-notify-daily job failed this morning with BackoffLimitExceeded. Were the ASB5 notifications sent?",
                    {"namespace": ns},
                    "ERROR", "connection_refused", "regulator-notify-daily",
                    "The regulator's SFTP endpoint (sftp.notifications.hse-regulator.example, 203.0.113.40:22) refuses TCP connections ([Errno 111] Connection refused) on every attempt, so none of the three notifications is delivered and all four Job pods exit 1.",
                    "The regulator-notify-daily CronJob failed: all attempts could reach the regulator's address but port 22 was refused. No notification for sites S-2244, S-2251, S-2253 was delivered; the deadline for works starting on 26 March is at risk.",
                    "Check the regulator's service status / maintenance notice and whether our egress IP is still allow-listed, then re-run the job (kubectl create job --from=cronjob/regulator-notify-daily) or submit the three ASB5 notifications manually before the deadline.",
                    terms=["Connection refused", "Unable to connect to port 22", "0/3 notifications delivered"])
