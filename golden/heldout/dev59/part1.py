"""dev59 part 1: w01..w10."""
from common import *  # noqa: F401,F403


# --------------------------------------------------------------------------- w01
def w01():
    w = Window("w01", "2026-02-11T05:40:00.000Z")
    cw1 = w.src(pod("werkstatt", dep_pod("commissions-web", "a", rs="r742"), "commissions-web", "nuc-werk-01", "commissions-web"))
    cw2 = w.src(pod("werkstatt", dep_pod("commissions-web", "b", rs="r742"), "commissions-web", "nuc-werk-03", "commissions-web"))
    pg1 = w.src(pod("werkstatt", "werkstatt-pg-1", "postgres", "nuc-werk-02", "werkstatt-pg"))
    pg2 = w.src(pod("werkstatt", "werkstatt-pg-2", "postgres", "nuc-werk-03", "werkstatt-pg"))
    pg3 = w.src(pod("werkstatt", "werkstatt-pg-3", "postgres", "nuc-werk-01", "werkstatt-pg"))
    op = w.src(pod("cnpg-system", dep_pod("cnpg-controller-manager", "a"), "manager", "nuc-werk-01", "cloudnative-pg"))

    paths = ["/auftraege", "/auftraege/2025-114", "/orgeln/412/disposition", "/kunden/88", "/stimmplan?woche=7",
             "/angebote/2026-017", "/orgeln/97/pfeifenliste", "/auftraege/2026-003/zeiten"]
    for i, t in enumerate([3.2, 11.8, 19.4, 27.9, 33.0]):
        rails_req(cw1 if i % 2 else cw2, t, paths[i], 200, 30 + i * 7, seed="w01")
    op(2.0, cnpg_op("Instance pod needs to be upgraded, restarting replicas first", targetPod="werkstatt-pg-3",
                    reason="the instance is using an old image: ghcr.io/cloudnative-pg/postgresql:16.1 -> ghcr.io/cloudnative-pg/postgresql:16.2"))
    pg3(3.1, cnpg_pg("werkstatt-pg-3", 27, "LOG", "received fast shutdown request", backend="postmaster"))
    pg3(3.4, cnpg_pg("werkstatt-pg-3", 29, "LOG", "shutting down", backend="checkpointer"))
    pg3(3.6, cnpg_pg("werkstatt-pg-3", 27, "LOG", "database system is shut down", backend="postmaster"))
    pg3(24.7, cnpg_pg("werkstatt-pg-3", 26, "LOG", "entering standby mode", backend="startup"))
    pg3(25.2, cnpg_pg("werkstatt-pg-3", 24, "LOG", "database system is ready to accept read-only connections", backend="postmaster"))
    pg3(25.4, cnpg_pg("werkstatt-pg-3", 33, "LOG", "started streaming WAL from primary at 0/9A000000 on timeline 4", backend="walreceiver"))
    op(38.5, cnpg_op("The primary needs to be restarted, we'll trigger a switchover to complete it",
                     currentPrimary="werkstatt-pg-1", targetPrimary="werkstatt-pg-2", reason="the instance is using an old image"))
    pg1(40.9, cnpg_pg("werkstatt-pg-1", 24, "LOG", "received fast shutdown request", backend="postmaster"))
    pg1(40.95, cnpg_pg("werkstatt-pg-1", 24, "LOG", "aborting any active transactions", backend="postmaster"))
    pg1(40.97, cnpg_pg("werkstatt-pg-1", 18412, "FATAL", "terminating connection due to administrator command",
                       user="app", db="app", state="57P01"))
    pg1(40.98, cnpg_pg("werkstatt-pg-1", 18377, "FATAL", "terminating connection due to administrator command",
                       user="app", db="app", state="57P01"))
    rid = uuid_of("w01/slow")
    cw1(40.6, rails("INFO", rid, 'Started GET "/auftraege/2026-011" for 10.42.0.4 at @@rubyat@@'))
    cw1(41.02, rails("WARN", rid, "Database connection lost (PG::ConnectionBad: PQconsumeInput() FATAL:  terminating connection due to administrator command), reconnecting (attempt 1/3)"))
    pg1(41.4, cnpg_pg("werkstatt-pg-1", 26, "LOG", "shutting down", backend="checkpointer"))
    cw1(41.6, rails("WARN", rid, 'Database connection lost (ActiveRecord::ConnectionNotEstablished: connection to server at "10.43.112.40", port 5432 failed: Connection refused Is the server running on that host and accepting TCP/IP connections?), reconnecting (attempt 2/3)'))
    pg1(41.7, cnpg_pg("werkstatt-pg-1", 24, "LOG", "database system is shut down", backend="postmaster"))
    rid2 = uuid_of("w01/slow2")
    cw2(41.9, rails("INFO", rid2, 'Started GET "/stimmplan?woche=7" for 10.42.0.5 at @@rubyat@@'))
    cw2(41.95, rails("WARN", rid2, 'Database connection lost (ActiveRecord::ConnectionNotEstablished: connection to server at "10.43.112.40", port 5432 failed: Connection refused Is the server running on that host and accepting TCP/IP connections?), reconnecting (attempt 1/3)'))
    pg2(42.3, cnpg_pg("werkstatt-pg-2", 25, "LOG", "received promote request", backend="startup"))
    pg2(42.35, cnpg_pg("werkstatt-pg-2", 25, "LOG", "redo done at 0/9A0001F8 system usage: CPU: user: 0.41 s, system: 0.62 s, elapsed: 91432.18 s", backend="startup"))
    pg2(42.4, cnpg_pg("werkstatt-pg-2", 25, "LOG", "selected new timeline ID: 5", backend="startup"))
    pg2(42.6, cnpg_pg("werkstatt-pg-2", 23, "LOG", "database system is ready to accept connections", backend="postmaster"))
    op(42.9, cnpg_op("Setting primary label", pod="werkstatt-pg-2"))
    cw1(43.3, rails("INFO", rid, "Reconnected to database after 2 attempt(s)"))
    cw1(43.35, rails("INFO", rid, "Completed 200 OK in 2751ms (Views: 18.2ms | ActiveRecord: 2702.5ms | Allocations: 21877)"))
    cw2(43.5, rails("INFO", rid2, "Reconnected to database after 1 attempt(s)"))
    cw2(43.56, rails("INFO", rid2, "Completed 200 OK in 1662ms (Views: 21.7ms | ActiveRecord: 1620.4ms | Allocations: 19302)"))
    op(44.1, cnpg_op("Switchover completed", currentPrimary="werkstatt-pg-2", oldPrimary="werkstatt-pg-1"))
    pg1(63.2, cnpg_pg("werkstatt-pg-1", 26, "LOG", "entering standby mode", backend="startup"))
    pg1(63.9, cnpg_pg("werkstatt-pg-1", 24, "LOG", "database system is ready to accept read-only connections", backend="postmaster"))
    pg1(64.1, cnpg_pg("werkstatt-pg-1", 31, "LOG", "started streaming WAL from primary at 0/9B000000 on timeline 5", backend="walreceiver"))
    op(71.0, cnpg_op("Cluster has been upgraded", phase="Cluster in healthy state", instances=3, readyInstances=3))
    for i, t in enumerate([48.0, 61.5, 79.2, 95.0, 118.4, 141.0, 166.3, 190.8, 214.6]):
        rails_req(cw2 if i % 2 else cw1, t, paths[(i + 3) % len(paths)], 200, 25 + (i * 13) % 60, seed="w01b")
    w.noise(0, 230, 14, *ORGAN_NOISE)
    return w.record(
        domain="organ",
        question="commissions-web logged 'Connection refused' and 'terminating connection due to administrator command' against Postgres around 05:40 — is the orders portal broken?",
        selector={"namespace": "werkstatt", "app": "commissions-web"},
        severity="INFO", category="none", component="commissions-web",
        root_cause="No fault: CloudNativePG performed a planned rolling upgrade (16.1 -> 16.2) with a switchover from werkstatt-pg-1 to werkstatt-pg-2; the shutdown messages and the brief connection refusals were the switchover, and commissions-web reconnected on retry.",
        summary="Planned CNPG minor upgrade and switchover; two requests took 1.7-2.8 s while reconnecting, all requests completed 200 and the cluster reports 3/3 ready instances.",
        action="Nothing to do. Optionally schedule such upgrades outside working hours or use primaryUpdateMethod switchover notifications.",
        tags=["healthy-lookalike"])


# --------------------------------------------------------------------------- w02
def w02():
    w = Window("w02", "2026-02-24T17:02:00.000Z", boot_days=19.6)
    wk1 = w.src(pod("werkstatt", dep_pod("tuning-scheduler", "a", rs="r31"), "worker", "nuc-werk-01", "tuning-scheduler"))
    wk2 = w.src(pod("werkstatt", dep_pod("tuning-scheduler", "b", rs="r31"), "worker", "nuc-werk-03", "tuning-scheduler"))
    rd = w.src(pod("werkstatt", "scheduler-redis-0", "redis", "nuc-werk-02", "scheduler-redis"))
    kern = w.src(journal("nuc-werk-02", "kernel"))
    kl = w.src(journal("nuc-werk-02", "k3s-agent.service"))
    evs = w.src(events("werkstatt"))

    def task(src, t, name, dur, result, seed):
        tid = uuid_of("w02/%s/%s" % (seed, t))
        src(t, celery("INFO", "MainProcess", "Task %s[%s] received" % (name, tid)))
        src(t + dur, celery("INFO", "ForkPoolWorker-%d" % (1 + int(t) % 4), "Task %s[%s] succeeded in %.2fs: %s" % (name, tid, dur, result)))

    task(wk1, 2.0, "stimmung.tasks.plan_routes", 6.42, "{'region': 'Nord', 'visits': 41}", "a")
    task(wk2, 5.5, "stimmung.tasks.sync_calendar", 1.18, "{'events': 212, 'changed': 3}", "b")
    task(wk1, 14.0, "stimmung.tasks.plan_routes", 7.91, "{'region': 'Ost', 'visits': 37}", "c")
    rd(20.0, "1:M @@redis@@ * 100 changes in 300 seconds. Saving...")
    rd(20.01, "1:M @@redis@@ * Background saving started by pid 2318")
    kern(23.40, kernel("redis-server invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=999"))
    kern(23.41, kernel("memory: usage 262144kB, limit 262144kB, failcnt 4127"))
    kern(23.42, kernel("oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=6a41f0c2d9e87b35a1c4e0f97d2b3a8c5e61f4d0b9a7c3e2f18d5b6a0c9e4f71,mems_allowed=0,oom_memcg=/kubepods/burstable/pod4c1e7a3b-92d0-4f6e-b8a5-13c7d9e2f044,task_memcg=/kubepods/burstable/pod4c1e7a3b-92d0-4f6e-b8a5-13c7d9e2f044/6a41f0c2d9e87b35a1c4e0f97d2b3a8c5e61f4d0b9a7c3e2f18d5b6a0c9e4f71,task=redis-server,pid=2201,uid=999"), ev=True)
    kern(23.43, kernel("Memory cgroup out of memory: Killed process 2201 (redis-server) total-vm:398212kB, anon-rss:254880kB, file-rss:3312kB, shmem-rss:0kB, UID:999 pgtables:612kB oom_score_adj:999"), ev=True)
    wk1(23.5, celery("WARNING", "MainProcess", "consumer: Connection to broker lost. Trying to re-establish the connection..."))
    wk2(23.6, celery("WARNING", "MainProcess", "consumer: Connection to broker lost. Trying to re-establish the connection..."))
    kl(24.1, klog("I", 1204, "kubelet.go:2441", '"SyncLoop (PLEG): event for pod" pod="werkstatt/scheduler-redis-0" event={"ID":"4c1e7a3b-92d0-4f6e-b8a5-13c7d9e2f044","Type":"ContainerDied","Data":"6a41f0c2d9e87b35a1c4e0f97d2b3a8c5e61f4d0b9a7c3e2f18d5b6a0c9e4f71"}'))
    ctd = w.src(journal("nuc-werk-02", "containerd"))
    ctd(23.45, 'time="@@iso6@@" level=info msg="TaskOOM event container_id:\\"6a41f0c2d9e87b35a1c4e0f97d2b3a8c5e61f4d0b9a7c3e2f18d5b6a0c9e4f71\\""', ev=True)
    evs(24.5, ev("Warning", "BackOff", "Pod/scheduler-redis-0", "Back-off restarting failed container redis in pod scheduler-redis-0_werkstatt(4c1e7a3b-92d0-4f6e-b8a5-13c7d9e2f044)"))
    wk1(25.6, celery("ERROR", "MainProcess", "consumer: Cannot connect to redis://scheduler-redis:6379/0: Error 111 connecting to scheduler-redis:6379. Connection refused.."), ev=True)
    wk1(25.61, celery("ERROR", "MainProcess", "Trying again in 2.00 seconds... (1/100)"))
    R = "consumer: Cannot connect to redis://scheduler-redis:6379/0: Error 111 connecting to scheduler-redis:6379. Connection refused.."
    L = "consumer: Cannot connect to redis://scheduler-redis:6379/0: LOADING Redis is loading the dataset in memory."
    evs(34.2, ev("Normal", "Pulled", "Pod/scheduler-redis-0", 'Container image "docker.io/library/redis:7.2.4-alpine" already present on machine'))
    evs(34.3, ev("Normal", "Started", "Pod/scheduler-redis-0", "Started container redis"))
    rd(34.5, "1:C @@redis@@ # oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo")
    rd(34.51, "1:C @@redis@@ # Redis version=7.2.4, bits=64, commit=00000000, modified=0, pid=1, just started")
    rd(34.52, "1:M @@redis@@ * Server initialized")
    rd(34.53, "1:M @@redis@@ * Loading RDB produced by version 7.2.4")
    rd(34.54, "1:M @@redis@@ * RDB age 316 seconds")
    # worker 1 already logged attempt 1 at 25.6
    for k, (t, msg) in enumerate([(27.7, R), (31.7, R), (37.8, L), (45.9, L), (56.0, L), (68.1, L), (82.2, L), (98.3, L)]):
        wk1(t, celery("ERROR", "MainProcess", msg))
        wk1(t + 0.01, celery("ERROR", "MainProcess", "Trying again in %d.00 seconds... (%d/100)" % (4 + 2 * k, k + 2)))
    for k, (t, msg) in enumerate([(25.9, R), (27.95, R), (31.95, R), (38.0, L)]):
        wk2(t, celery("ERROR", "MainProcess", msg))
        wk2(t + 0.01, celery("ERROR", "MainProcess", "Trying again in %d.00 seconds... (%d/100)" % (2 + 2 * k, k + 1)))
    rd(108.1, "1:M @@redis@@ * Done loading RDB, keys loaded: 48213, keys expired: 0.")
    rd(108.12, "1:M @@redis@@ * DB loaded from disk: 73.581 seconds")
    rd(108.13, "1:M @@redis@@ * Ready to accept connections tcp")
    wk2(108.4, celery("INFO", "MainProcess", "Connected to redis://scheduler-redis:6379/0"))
    wk1(116.4, celery("INFO", "MainProcess", "Connected to redis://scheduler-redis:6379/0"))
    wk1(116.6, celery("INFO", "MainProcess", "mingle: searching for neighbors"))
    wk1(117.7, celery("INFO", "MainProcess", "mingle: all alone"))
    task(wk2, 121.0, "stimmung.tasks.sync_calendar", 1.42, "{'events': 212, 'changed': 0}", "d")
    task(wk1, 128.0, "stimmung.tasks.plan_routes", 8.12, "{'region': 'Nord', 'visits': 41}", "e")
    task(wk2, 150.0, "stimmung.tasks.remind_parishes", 2.04, "{'sent': 9}", "f")
    task(wk1, 176.0, "stimmung.tasks.plan_routes", 6.77, "{'region': 'Süd', 'visits': 29}", "g")
    w.noise(0, 200, 7, *ORGAN_NOISE)
    return w.record(
        domain="organ",
        question="The tuning-scheduler workers spat out a burst of 'Connection refused' to Redis around 17:02 — was that just a blip, or is something wrong?",
        selector={"namespace": "werkstatt", "app": "tuning-scheduler"},
        severity="WARN", category="oom_killed", component="scheduler-redis",
        root_cause="scheduler-redis hit its 256Mi memory limit while forking a background RDB save; the kernel OOM-killed redis-server (exit 137, OOMKilled), so Celery workers were refused and then got LOADING for about 90 s until the dataset was reloaded.",
        summary="One OOM kill of scheduler-redis-0 during BGSAVE; workers reconnected after ~90 s and tasks resumed. Writes after the last RDB save (about 5 minutes) were lost and the same save can trigger it again.",
        action="Give scheduler-redis headroom for copy-on-write during BGSAVE (raise the memory limit or set maxmemory well below it, e.g. 60%), and set Celery result_expires so results do not accumulate.",
        tags=["outside-selector", "nested-cause", "quiet-cause"])


# --------------------------------------------------------------------------- w03
def w03():
    w = Window("w03", "2026-03-18T21:30:00.000Z")
    co = w.src(pod("kafka", dep_pod("strimzi-cluster-operator", "a"), "strimzi-cluster-operator", "wrk-03.ocp.lrcso.internal", "strimzi"))
    k0 = w.src(pod("kafka", "land-events-kafka-0", "kafka", "wrk-01.ocp.lrcso.internal", "land-events-kafka"))
    k1 = w.src(pod("kafka", "land-events-kafka-1", "kafka", "wrk-02.ocp.lrcso.internal", "land-events-kafka"))
    k2 = w.src(pod("kafka", "land-events-kafka-2", "kafka", "wrk-04.ocp.lrcso.internal", "land-events-kafka"))
    di = w.src(pod("land-registry", dep_pod("deed-intake", "a", rs="r58"), "deed-intake", "wrk-05.ocp.lrcso.internal", "deed-intake"))
    evs = w.src(events("kafka"))
    B = "ssl://land-events-kafka-%d.land-events-kafka-brokers.kafka.svc:9093/%d"

    def rk(lvl, fac, msg, thr):
        return clef(lvl, "librdkafka {Facility}: {Message}", Facility=fac, Message=msg, Client="rdkafka#consumer-1",
                    SourceContext="Lrcso.DeedIntake.Messaging.KafkaConsumerHost")

    def deed(t, n):
        di(t, clef("Information", "Deed {DeedId} from notary {NotaryId} registered in {ElapsedMs} ms",
                   DeedId="D-2026-%06d" % n, NotaryId="N-%04d" % (n % 311), ElapsedMs=40 + n % 90,
                   SourceContext="Lrcso.DeedIntake.Handlers.DeedSubmittedHandler"))

    for i, t in enumerate([4, 19, 33, 51]):
        deed(t, 48120 + i)
    co(10.0, "@@dtms@@ INFO  KafkaReconciler:412 - Reconciliation #1873(timer) Kafka(kafka/land-events): Rolling Pod land-events-kafka-2 due to [Pod has old revision]")
    evs(10.5, ev("Normal", "Killing", "Pod/land-events-kafka-2", "Stopping container kafka"))
    k2(10.6, kafka("INFO", "[BrokerServer id=2] Transition from STARTED to SHUTTING_DOWN", "kafka.server.BrokerServer", "SIGTERM handler"))
    k2(11.2, kafka("INFO", "[BrokerLifecycleManager id=2] The controller has acknowledged our request to initiate controlled shutdown.", "kafka.server.BrokerLifecycleManager", "broker-2-lifecycle-manager-event-handler"))
    k0(11.4, kafka("INFO", "[GroupCoordinator 0]: Preparing to rebalance group deed-intake in state PreparingRebalance with old generation 41 (__consumer_offsets-17) (reason: Leadership change)", "kafka.coordinator.group.GroupCoordinator", "data-plane-kafka-request-handler-3"))
    di(11.5, rk("Warning", "FAIL", (B % (2, 2)) + ": Disconnected (after 8312044ms in state UP)", ""))
    di(12.0, rk("Error", "FAIL", (B % (2, 2)) + ": Connect to ipv4#10.129.4.37:9093 failed: Connection refused (after 0ms in state CONNECT)", ""))
    di(12.1, clef("Warning", "Partitions revoked: {Partitions}", Partitions="[land.deeds.submitted [[4]], land.deeds.submitted [[5]]]",
                  SourceContext="Lrcso.DeedIntake.Messaging.KafkaConsumerHost"))
    k2(13.0, kafka("INFO", "[BrokerServer id=2] shut down completed", "kafka.server.BrokerServer", "SIGTERM handler"))
    di(13.4, rk("Error", "FAIL", (B % (2, 2)) + ": Connect to ipv4#10.129.4.37:9093 failed: Connection refused (after 0ms in state CONNECT, 1 identical error(s) suppressed)", ""))
    di(14.0, clef("Information", "Partitions assigned: {Partitions}", Partitions="[land.deeds.submitted [[0]], land.deeds.submitted [[1]], land.deeds.submitted [[4]]]",
                  SourceContext="Lrcso.DeedIntake.Messaging.KafkaConsumerHost"))
    k0(13.9, kafka("INFO", "[GroupCoordinator 0]: Stabilized group deed-intake generation 42 (__consumer_offsets-17) with 2 members", "kafka.coordinator.group.GroupCoordinator", "executor-Rebalance"))
    evs(41.0, ev("Normal", "Started", "Pod/land-events-kafka-2", "Started container kafka"))
    k2(58.2, kafka("INFO", "[KafkaRaftServer nodeId=2] Kafka Server started", "kafka.server.KafkaRaftServer", "main"))
    evs(66.0, ev("Warning", "Unhealthy", "Pod/land-events-kafka-2", "Readiness probe failed: HTTP probe failed with statuscode: 503", source="kubelet"))
    co(79.0, "@@dtms@@ INFO  KafkaRoller:647 - Reconciliation #1873(timer) Kafka(kafka/land-events): Pod land-events-kafka-2 is ready; rolling Pod land-events-kafka-1 due to [Pod has old revision]")
    k1(79.5, kafka("INFO", "[BrokerServer id=1] Transition from STARTED to SHUTTING_DOWN", "kafka.server.BrokerServer", "SIGTERM handler"))
    di(80.3, rk("Warning", "FAIL", (B % (1, 1)) + ": Disconnected (after 8379812ms in state UP)", ""))
    di(80.9, rk("Error", "FAIL", (B % (1, 1)) + ": Connect to ipv4#10.128.2.51:9093 failed: Connection refused (after 0ms in state CONNECT)", ""))
    di(81.2, clef("Warning", "Consumer error: {Reason}", Reason="Local: Broker transport failure (1/3 brokers are down)",
                  SourceContext="Lrcso.DeedIntake.Messaging.KafkaConsumerHost"))
    di(82.0, rk("Warning", "REQTMOUT", (B % (1, 1)) + ": Timed out FetchRequest in flight (after 60031ms, timeout #0)", ""))
    k1(82.5, kafka("INFO", "[BrokerServer id=1] shut down completed", "kafka.server.BrokerServer", "SIGTERM handler"))
    deed(95.0, 48124)
    k1(126.4, kafka("INFO", "[KafkaRaftServer nodeId=1] Kafka Server started", "kafka.server.KafkaRaftServer", "main"))
    co(148.0, "@@dtms@@ INFO  KafkaRoller:647 - Reconciliation #1873(timer) Kafka(kafka/land-events): Pod land-events-kafka-1 is ready; rolling Pod land-events-kafka-0 due to [Pod has old revision]")
    k0(148.6, kafka("INFO", "[BrokerServer id=0] Transition from STARTED to SHUTTING_DOWN", "kafka.server.BrokerServer", "SIGTERM handler"))
    k1(149.3, kafka("INFO", "[GroupCoordinator 1]: Preparing to rebalance group deed-intake in state PreparingRebalance with old generation 42 (__consumer_offsets-17) (reason: Leadership change)", "kafka.coordinator.group.GroupCoordinator", "data-plane-kafka-request-handler-1"))
    di(149.5, rk("Warning", "FAIL", (B % (0, 0)) + ": Disconnected (after 8447101ms in state UP)", ""))
    di(150.1, rk("Error", "FAIL", "GroupCoordinator: " + (B % (0, 0)) + ": Connect to ipv4#10.131.0.22:9093 failed: Connection refused (after 1ms in state CONNECT)", ""))
    di(151.2, clef("Warning", "Partitions revoked: {Partitions}", Partitions="[land.deeds.submitted [[0]], land.deeds.submitted [[1]], land.deeds.submitted [[4]]]",
                   SourceContext="Lrcso.DeedIntake.Messaging.KafkaConsumerHost"))
    k1(152.0, kafka("INFO", "[GroupCoordinator 1]: Stabilized group deed-intake generation 43 (__consumer_offsets-17) with 2 members", "kafka.coordinator.group.GroupCoordinator", "executor-Rebalance"))
    di(152.4, clef("Information", "Partitions assigned: {Partitions}", Partitions="[land.deeds.submitted [[0]], land.deeds.submitted [[1]], land.deeds.submitted [[4]]]",
                   SourceContext="Lrcso.DeedIntake.Messaging.KafkaConsumerHost"))
    k0(196.0, kafka("INFO", "[KafkaRaftServer nodeId=0] Kafka Server started", "kafka.server.KafkaRaftServer", "main"))
    co(221.0, "@@dtms@@ INFO  KafkaReconciler:412 - Reconciliation #1873(timer) Kafka(kafka/land-events): reconciled")
    for i, t in enumerate([158, 171, 199, 230, 248]):
        deed(t, 48125 + i)
    di(240.0, clef("Information", "Consumer lag for {Group}: {Lag} messages across {Partitions} partitions", Group="deed-intake", Lag=0, Partitions=3,
                   SourceContext="Lrcso.DeedIntake.Messaging.LagReporter"))
    w.noise(0, 250, 12, *CAD_NOISE)
    return w.record(
        domain="cadastre",
        question="deed-intake logged 'Connection refused' and 'Broker transport failure' against Kafka tonight — are deeds getting stuck?",
        selector={"namespace": "land-registry", "app": "deed-intake"},
        severity="INFO", category="none", component="deed-intake",
        root_cause="No fault: the Strimzi cluster operator rolled the three land-events brokers one by one (Pod has old revision); each restart disconnected deed-intake from that broker and triggered a consumer-group rebalance.",
        summary="Planned Strimzi rolling restart; refusals lasted seconds per broker, the deed-intake group re-stabilized each time, deeds kept being registered and consumer lag is 0.",
        action="Nothing to do.",
        tags=["healthy-lookalike"])


# --------------------------------------------------------------------------- w04
def w04():
    w = Window("w04", "2026-03-24T07:57:30.000Z")
    api = w.src(pod("land-registry", dep_pod("parcel-registry-api", "a", rs="r2026.3.1"), "parcel-registry-api", "wrk-02.ocp.lrcso.internal", "parcel-registry-api"))
    api2 = w.src(pod("land-registry", dep_pod("parcel-registry-api", "b", rs="r2026.3.1"), "parcel-registry-api", "wrk-06.ocp.lrcso.internal", "parcel-registry-api"))
    ad = w.src(pod("land-registry", dep_pod("landbook-adapter", "a"), "landbook-adapter", "wrk-03.ocp.lrcso.internal", "landbook-adapter"))
    rt = w.src(CAD_ROUTER)
    APP = "parcel-registry-api"
    URL = "https://landbook-legacy.lrcso.internal:8443/soap/GrundbuchService"
    adpod = dep_pod("landbook-adapter", "a")

    def router(t, path, status, tr, size):
        rt(t, ('haproxy[41]: 10.131.2.1:%d [@@hap@@] fe_sni~ be_secure:land-registry:parcel-registry-api/pod:%s:parcel-registry-api:8443:10.129.2.61:8443 '
               '0/0/1/%d/%d %d %d - - --VN 51/27/0/0/0 0/0 "GET %s HTTP/1.1"') % (40000 + int(t * 7) % 20000, dep_pod("parcel-registry-api", "a", rs="r2026.3.1"), tr, tr + 1, status, size, path))

    ad(2.0, slog("INFO", "landbook call ok", op="GetFolio", folio="LIN-0012-0431", elapsed_ms=184))
    api(2.3, spring(APP, "INFO", "nio-8443-exec-7", "o.l.r.folio.FolioController", "GET /api/v2/folios/LIN-0012-0431 -> 200 (212 ms)"))
    router(2.3, "/api/v2/folios/LIN-0012-0431", 200, 212, 6120)
    ad(21.0, slog("INFO", "landbook call ok", op="GetFolio", folio="KRE-0044-1170", elapsed_ms=201))
    ad(38.42, slog("ERROR", "landbook call failed", op="GetFolio", folio="BRA-0007-0092", attempt=1,
                   err='Post "%s": dial tcp 10.20.4.31:8443: connect: connection refused' % URL), ev=True)
    ad(39.43, slog("WARN", "retrying landbook call", op="GetFolio", folio="BRA-0007-0092", attempt=2, backoff="1s"))
    ad(39.44, slog("ERROR", "landbook call failed", op="GetFolio", folio="BRA-0007-0092", attempt=2,
                   err='Post "%s": dial tcp 10.20.4.31:8443: connect: connection refused' % URL))
    api(39.5, spring(APP, "WARN", "nio-8443-exec-2", "o.l.r.folio.LandbookClient", "landbook-adapter returned 502 BAD_GATEWAY for folio BRA-0007-0092"))
    router(39.5, "/api/v2/folios/BRA-0007-0092", 502, 1094, 298)
    for i, (t, fol) in enumerate([(47.1, "LIN-0003-0017"), (55.8, "KRE-0101-0440"), (61.2, "WEI-0020-0306")]):
        ad(t, slog("ERROR", "landbook call failed", op="GetFolio", folio=fol, attempt=1,
                   err='Post "%s": dial tcp 10.20.4.31:8443: connect: connection refused' % URL))
        (api2 if i % 2 else api)(t + 0.1, spring(APP, "WARN", "nio-8443-exec-%d" % (3 + i), "o.l.r.folio.LandbookClient",
                                                  "landbook-adapter returned 502 BAD_GATEWAY for folio %s" % fol))
    ad(61.3, slog("WARN", "circuit breaker state changed", name="landbook", **{"from": "closed", "to": "open"}, failures=5, window="60s"))
    api(64.0, spring(APP, "WARN", "nio-8443-exec-1", "o.l.r.folio.LandbookClient", "landbook-adapter returned 503 SERVICE_UNAVAILABLE for folio LIN-0012-0502 (circuit open)"))
    router(64.0, "/api/v2/folios/LIN-0012-0502", 503, 4, 311)
    api2(66.0, spring(APP, "ERROR", "nio-8443-exec-9", "o.l.r.deed.DeedRegistrationService",
                      "Deed D-2026-048311 rejected: folio KRE-0044-1170 could not be locked in landbook (upstream unavailable)"))
    ad(91.3, slog("INFO", "circuit breaker state changed", name="landbook", **{"from": "open", "to": "half-open"}))
    ad(91.4, slog("ERROR", "landbook probe failed", op="Ping", err='Post "%s": dial tcp 10.20.4.31:8443: connect: no route to host' % URL), ev=True)
    ad(91.5, slog("WARN", "circuit breaker state changed", name="landbook", **{"from": "half-open", "to": "open"}))
    ad(121.5, slog("INFO", "circuit breaker state changed", name="landbook", **{"from": "open", "to": "half-open"}))
    ad(124.6, slog("ERROR", "landbook probe failed", op="Ping", err='Post "%s": dial tcp 10.20.4.31:8443: connect: no route to host' % URL))
    ad(124.7, slog("WARN", "circuit breaker state changed", name="landbook", **{"from": "half-open", "to": "open"}))
    for i, t in enumerate([70.2, 88.0, 103.5, 140.1, 166.0, 198.3, 231.0, 262.7, 290.5, 318.0]):
        fol = ["LIN-0007-0211", "WEI-0002-0090", "KRE-0019-0731", "BRA-0040-0010", "LIN-0012-0431",
               "WEI-0031-0415", "KRE-0044-1170", "LIN-0099-0004", "BRA-0007-0092", "WEI-0020-0306"][i]
        (api if i % 2 else api2)(t, spring(APP, "WARN", "nio-8443-exec-%d" % (1 + i % 10), "o.l.r.folio.LandbookClient",
                                           "landbook-adapter returned 503 SERVICE_UNAVAILABLE for folio %s (circuit open)" % fol))
        router(t, "/api/v2/folios/" + fol, 503, 3 + i % 4, 311)
    api(212.0, spring(APP, "ERROR", "nio-8443-exec-4", "o.l.r.deed.DeedRegistrationService",
                      "Deed D-2026-048317 rejected: folio LIN-0099-0004 could not be locked in landbook (upstream unavailable)"), ev=True)
    for k, t in enumerate([151.5, 181.6, 211.6, 241.7, 271.7, 301.8, 331.8]):
        ad(t, slog("INFO", "circuit breaker state changed", name="landbook", **{"from": "open", "to": "half-open"}))
        ad(t + 3.05, slog("ERROR", "landbook probe failed", op="Ping", err='Post "%s": dial tcp 10.20.4.31:8443: connect: no route to host' % URL))
    ad(335.0, slog("ERROR", "landbook unreachable", target="landbook-legacy.lrcso.internal:8443", down_for="4m56s", consecutive_failures=17), ev=True)
    w.noise(0, 335, 10, *CAD_NOISE)
    return w.record(
        domain="cadastre",
        question="Since about 8 o'clock the portal's folio lookups return 502/503 — is this the usual morning restart of the legacy land book, or is it really down?",
        selector={"namespace": "land-registry", "app": "parcel-registry-api"},
        severity="CRITICAL", category="connection_refused", component="landbook-legacy",
        root_cause="The legacy land-book host landbook-legacy.lrcso.internal (10.20.4.31:8443) first refused connections and then became unreachable (no route to host); landbook-adapter's circuit breaker stays open and every half-open probe fails for the whole window.",
        summary="All folio lookups and deed registrations that need a land-book lock fail with 502/503 for 5 minutes with no recovery; parcel-registry-api and the adapter themselves are healthy.",
        action="Escalate to the team running landbook-legacy: check the host/VM and its SOAP service on 8443 and restore it; the adapter recovers on its own once a probe succeeds.",
        tags=["outside-selector"])


# --------------------------------------------------------------------------- w05
def w05():
    w = Window("w05", "2026-04-09T02:10:00.000Z")
    dns1 = w.src(pod("kube-system", dep_pod("coredns", "s1"), "coredns", "talos-w2", "kube-dns"))
    dns2 = w.src(pod("kube-system", dep_pod("coredns", "s2"), "coredns", "talos-w5", "kube-dns"))
    el = w.src(pod("rt-processing", dep_pod("event-locator", "a", rs="r4.2.0"), "event-locator", "talos-w3", "event-locator"))
    sync = w.src(pod("metadata", job_pod("station-metadata-sync", 29592130), "sync", "talos-w6", "station-metadata-sync"))
    srcs = [("10.244.3.41", "rt-processing"), ("10.244.6.12", "metadata")]

    def q(src, t, client, ns, name, typ, rcode, dur, qid):
        flags = "qr,aa,rd" if rcode == "NXDOMAIN" else "qr,rd,ra"
        size = 160 if rcode == "NXDOMAIN" else 96
        src(t, '[INFO] %s:%d - %d "%s IN %s udp %d false 1232" %s %s %d %.6fs' % (
            client, 40000 + qid % 20000, qid, typ, name, len(name) + 41, rcode, flags, size, dur))

    def expand(src, t, client, ns, host, qid):
        names = ["%s.%s.svc.cluster.local." % (host, ns), "%s.svc.cluster.local." % host, "%s.cluster.local." % host]
        k = 0
        for n in names:
            for typ in ("A", "AAAA"):
                q(src, t + k * 0.0007, client, ns, n, typ, "NXDOMAIN", 0.00009 + (k % 3) * 0.00003, qid + k)
                k += 1
        for typ in ("A", "AAAA"):
            q(src, t + k * 0.0007 + 0.02, client, ns, host + ".", typ, "NOERROR", 0.0213 + k * 0.001, qid + k)
            k += 1

    expand(dns1, 5.0, srcs[0][0], "rt-processing", "service.iris.edu", 31022)
    el(5.4, structlog("info", "fdsn fetch ok", url="https://service.iris.edu/fdsnws/station/1/query?net=GE&level=response", status=200, elapsed_ms=412))
    expand(dns2, 17.0, srcs[1][0], "metadata", "eida.bgr.de", 8812)
    sync(17.9, "@@dt@@ INFO station_sync.fdsn: GET https://eida.bgr.de/fdsnws/station/1/query?network=BW&level=channel -> 200 (1.4 MB, 0.88s)")
    expand(dns1, 33.0, srcs[0][0], "rt-processing", "geofon.gfz.de", 52101)
    el(33.6, structlog("info", "fdsn fetch ok", url="https://geofon.gfz.de/fdsnws/station/1/query?net=GE&sta=RUE&level=response", status=200, elapsed_ms=388))
    expand(dns2, 48.0, srcs[1][0], "metadata", "service.iris.edu", 9120)
    sync(48.9, "@@dt@@ INFO station_sync.fdsn: GET https://service.iris.edu/fdsnws/station/1/query?network=CH&level=channel -> 200 (3.1 MB, 1.72s)")
    sync(52.0, "@@dt@@ INFO station_sync.diff: 140 stations, 0 added, 0 removed, 2 channel epochs updated (RS.WALD HHN, RS.WALD HHE)")
    expand(dns1, 71.0, srcs[0][0], "rt-processing", "service.iris.edu", 30011)
    el(71.5, structlog("info", "fdsn fetch ok", url="https://service.iris.edu/fdsnws/event/1/query?starttime=2026-04-09T01:00:00&minmag=4", status=200, elapsed_ms=297))
    q(dns2, 80.0, "10.244.3.41", "rt-processing", "nats.messaging.svc.cluster.local.", "A", "NOERROR", 0.000071, 6110)
    el(95.0, structlog("info", "event located", event_id="rs2026gxqk", origin_time="2026-04-09T02:11:31.42Z", lat=48.112, lon=9.041, depth_km=7.9, ml=1.6, n_picks=14, rms_s=0.21))
    w.noise(0, 110, 10, *SEI_NOISE)
    return w.record(
        domain="seismo",
        question="CoreDNS logs are full of NXDOMAIN for service.iris.edu and eida.bgr.de every minute — is cluster DNS broken for the event locator?",
        selector={"namespace": "kube-system", "app": "kube-dns"},
        severity="INFO", category="none", component="coredns",
        root_cause="No fault: the NXDOMAIN answers are the pods' resolv.conf search-path expansion (ndots:5) trying <name>.<ns>.svc.cluster.local, <name>.svc.cluster.local and <name>.cluster.local before the absolute name, which resolves NOERROR every time.",
        summary="Every external FDSN lookup ends in NOERROR and the event locator and station sync fetch successfully; the NXDOMAIN lines are expected search-domain probes.",
        action="Nothing to do. To reduce the noise, use fully qualified names with a trailing dot or set dnsConfig ndots:2 on these pods.",
        tags=["healthy-lookalike"])


# --------------------------------------------------------------------------- w06
def w06():
    w = Window("w06", "2026-04-14T09:20:00.000Z")
    flux = w.src(SEI_FLUX)
    old = w.src(pod("messaging", dep_pod("nats-rt", "a", rs="r1"), "nats", "talos-w2", "nats-rt"))
    newpod = dep_pod("nats-rt", "b", rs="r2")
    new = w.src(pod("messaging", newpod, "nats", "talos-w4", "nats-rt"))
    evs = w.src(events("messaging"))
    p1 = w.src(pod("rt-processing", dep_pod("picker", "a", rs="r3.8.1"), "picker", "talos-w3", "picker"))
    p2 = w.src(pod("rt-processing", dep_pod("picker", "b", rs="r3.8.1"), "picker", "talos-w5", "picker"))
    el = w.src(pod("rt-processing", dep_pod("event-locator", "a", rs="r4.2.0"), "event-locator", "talos-w3", "event-locator"))
    kl = w.src(journal("talos-w4", "kubelet"))

    for i, (t, st) in enumerate([(1.2, "RS.HOHNE"), (3.9, "RS.WALD"), (6.5, "RS.BRK2")]):
        (p1 if i % 2 else p2)(t, zap("info", "picker/stalta.go:141", "pick", station=st, channel="HHZ", phase="P", snr=round(4.1 + i * 1.7, 1)))
    flux(8.0, jdump({"level": "info", "ts": "@@iso@@", "msg": "server-side apply completed", "controller": "kustomization",
                     "controllerGroup": "kustomize.toolkit.fluxcd.io", "controllerKind": "Kustomization",
                     "Kustomization": {"name": "messaging", "namespace": "flux-system"}, "namespace": "flux-system", "name": "messaging",
                     "output": {"ConfigMap/messaging/nats-rt-config": "configured", "Deployment/messaging/nats-rt": "configured"},
                     "revision": "main@sha1:e41b7c0d2a9f8e3b6c5d4a1f0e9d8c7b6a5f4e3d"}))
    oldrs = dep_pod("nats-rt", "a", rs="r1").rsplit("-", 1)[0]
    newrs = newpod.rsplit("-", 1)[0]
    evs(8.6, ev("Normal", "ScalingReplicaSet", "Deployment/nats-rt", "Scaled down replica set %s to 0 from 1" % oldrs, source="deployment-controller"))
    old(8.8, nats("INF", 'Trapped "terminated" signal'))
    old(8.81, nats("INF", "Initiating Shutdown..."))
    old(8.9, nats("INF", "Server Exiting.."))
    p1(8.95, zap("warn", "bus/nats.go:61", "nats disconnected", err="EOF"))
    p2(8.96, zap("warn", "bus/nats.go:61", "nats disconnected", err="EOF"))
    evs(9.4, ev("Normal", "ScalingReplicaSet", "Deployment/nats-rt", "Scaled up replica set %s to 1 from 0" % newrs, source="deployment-controller"))
    evs(9.6, ev("Normal", "Scheduled", "Pod/" + newpod, "Successfully assigned messaging/%s to talos-w4" % newpod, source="default-scheduler"))
    evs(10.9, ev("Normal", "Started", "Pod/" + newpod, "Started container nats"))
    new(11.0, "nats-server: /etc/nats-config/nats.conf:19:3: unknown field \"write_deadline_ms\"", ev=True)
    p1(11.2, zap("error", "bus/nats.go:74", "nats reconnect failed", err="dial tcp 10.96.44.17:4222: connect: connection refused", attempt=3))
    new(13.1, "nats-server: /etc/nats-config/nats.conf:19:3: unknown field \"write_deadline_ms\"")
    evs(13.3, ev("Warning", "BackOff", "Pod/" + newpod, "Back-off restarting failed container nats in pod %s_messaging(6f0e2c1a-8b7d-4c3e-9a2f-1d0e4b5c6a7f)" % newpod), ev=True)
    p2(13.5, zap("error", "bus/nats.go:74", "nats reconnect failed", err="dial tcp 10.96.44.17:4222: connect: connection refused", attempt=3))
    for k, t in enumerate([14.0, 19.0, 24.0, 29.0]):
        (p1 if k % 2 else p2)(t, zap("warn", "picker/publish.go:38", "dropping pick, bus unavailable", station=["RS.KLEIN", "RS.MOOS", "RS.TAL1", "RS.HOHNE"][k], phase="P", dropped_total=3 + k * 4))
    new(30.2, "nats-server: /etc/nats-config/nats.conf:19:3: unknown field \"write_deadline_ms\"")
    kl(30.3, klog("I", 2112, "kuberuntime_container.go:770", '"Container exited" pod="messaging/%s" containerName="nats" exitCode=1' % newpod))
    p1(31.0, zap("error", "bus/nats.go:74", "nats reconnect failed", err="dial tcp 10.96.44.17:4222: connect: connection refused", attempt=9), ev=True)
    evs(31.5, ev("Warning", "BackOff", "Pod/" + newpod, "Back-off restarting failed container nats in pod %s_messaging(6f0e2c1a-8b7d-4c3e-9a2f-1d0e4b5c6a7f)" % newpod, count=3))
    el(45.0, structlog("warning", "no picks received", window_s=30, expected_rate_per_min=180))
    new(70.6, "nats-server: /etc/nats-config/nats.conf:19:3: unknown field \"write_deadline_ms\"")
    p2(71.0, zap("error", "bus/nats.go:74", "nats reconnect failed", err="dial tcp 10.96.44.17:4222: connect: connection refused", attempt=17))
    for k, t in enumerate([74.0, 96.0, 118.0, 140.0]):
        (p1 if k % 2 else p2)(t, zap("warn", "picker/publish.go:38", "dropping pick, bus unavailable", station=["RS.GIPF", "RS.ALTB", "RS.FELD3", "RS.QUEL"][k], phase="S" if k % 2 else "P", dropped_total=58 + k * 31))
    el(75.0, structlog("warning", "no picks received", window_s=60, expected_rate_per_min=180))
    evs(95.0, ev("Warning", "BackOff", "Pod/" + newpod, "Back-off restarting failed container nats in pod %s_messaging(6f0e2c1a-8b7d-4c3e-9a2f-1d0e4b5c6a7f)" % newpod, count=7))
    new(151.9, "nats-server: /etc/nats-config/nats.conf:19:3: unknown field \"write_deadline_ms\"")
    p1(152.5, zap("error", "bus/nats.go:74", "nats reconnect failed", err="dial tcp 10.96.44.17:4222: connect: connection refused", attempt=31))
    el(165.0, structlog("error", "no picks received", window_s=150, expected_rate_per_min=180, alerting="suppressed"))
    w.noise(0, 170, 12, *SEI_NOISE)
    return w.record(
        domain="seismo",
        question="The pickers keep reconnecting to NATS with 'connection refused' — NATS usually bounces during deploys, should we just wait it out?",
        selector={"namespace": "rt-processing", "app": "picker"},
        severity="CRITICAL", category="config_error", component="nats-rt",
        root_cause="A Flux change to ConfigMap nats-rt-config added an unknown field (write_deadline_ms at nats.conf:19); the recreated nats-rt pod exits on config parse at every start and is in CrashLoopBackOff, so the pick bus is gone and pickers are refused.",
        summary="The real-time pick bus is down: nats-rt crash-loops on its configuration, pickers drop every pick and the event locator receives nothing — no earthquakes can be located.",
        action="Revert or fix nats-rt-config (NATS uses write_deadline, e.g. \"10s\"), let Flux reapply, and verify nats-rt starts; validate configs with nats-server -t in CI.",
        tags=["outside-selector", "nested-cause"])


# --------------------------------------------------------------------------- w07
def w07():
    w = Window("w07", "2026-03-02T07:00:00.000Z")
    qw = w.src(pod("buero", dep_pod("invoice-svc-queue", "a", rs="r12"), "queue-worker", "nuc-werk-02", "invoice-svc"))
    web = w.src(pod("buero", dep_pod("invoice-svc", "a", rs="r12"), "php-fpm", "nuc-werk-01", "invoice-svc"))
    ngx = w.src(pod("buero", dep_pod("invoice-svc", "a", rs="r12"), "nginx", "nuc-werk-01", "invoice-svc"))
    HOST = "ssl://smtp.kirchenmail-relay.de:465"
    ERR = ('Connection could not be established with host "%s": stream_socket_client(): SSL operation failed with code 1. '
           'OpenSSL Error messages:\nerror:0A000086:SSL routines::certificate verify failed') % HOST
    exc = ('{"exception":"[object] (Symfony\\\\Component\\\\Mailer\\\\Exception\\\\TransportException(code: 0): %s at '
           '/var/www/html/vendor/symfony/mailer/Transport/Smtp/Stream/SocketStream.php:154)"}') % ERR.replace("\n", "\\n").replace('"', '\\"')

    def job(t, name, dur, status):
        qw(t, "  @@laravel@@ App\\Jobs\\%s %s RUNNING" % (name, "." * (60 - len(name))))
        qw(t + dur / 1000.0, "  @@laravel@@ App\\Jobs\\%s %s %.2fms %s" % (name, "." * (52 - len(name)), dur, status))

    qw(1.0, "[@@laravel@@] production.INFO: Monthly invoice run started {\"period\":\"2026-02\",\"invoices\":23}")
    job(2.0, "GenerateInvoicePdf", 1841.22, "DONE")
    job(4.2, "GenerateInvoicePdf", 1602.87, "DONE")
    job(6.1, "SendInvoiceMail", 412.06, "FAIL")
    qw(6.52, "[@@laravel@@] production.ERROR: " + ERR.replace("\n", " ") + " " + exc, ev=True)
    job(8.0, "GenerateInvoicePdf", 1733.40, "DONE")
    job(10.1, "SendInvoiceMail", 398.71, "FAIL")
    qw(10.5, "[@@laravel@@] production.ERROR: " + ERR.replace("\n", " ") + " " + exc)
    ngx(12.0, '10.42.0.4 - - [@@clf@@] "GET /rechnungen?monat=2026-02 HTTP/1.1" 200 18233 "https://buero.hartmann-orgelbau.de/" "%s"' % UA[0])
    web(12.0, "[@@laravel@@] production.INFO: Invoice list rendered {\"user\":\"m.hartmann\",\"count\":23}")
    for k, t in enumerate([14.0, 19.5, 25.0, 31.0, 36.4]):
        job(t, "GenerateInvoicePdf", 1500 + k * 97.3, "DONE")
    for k, t in enumerate([40.0, 70.0, 100.0]):
        job(t, "SendInvoiceMail", 405.0 + k * 11, "FAIL")
        qw(t + 0.42, "[@@laravel@@] production.ERROR: " + ERR.replace("\n", " ") + " " + exc)
    qw(130.6, "[@@laravel@@] production.ERROR: App\\Jobs\\SendInvoiceMail has been attempted too many times. {\"exception\":\"[object] (Illuminate\\\\Queue\\\\MaxAttemptsExceededException(code: 0): App\\\\Jobs\\\\SendInvoiceMail has been attempted too many times. at /var/www/html/vendor/laravel/framework/src/Illuminate/Queue/MaxAttemptsExceededException.php:24)\"}")
    qw(130.7, "[@@laravel@@] production.WARNING: Invoice RE-2026-0311 moved to failed_jobs, customer not notified {\"customer\":\"Ev.-luth. Kirchengemeinde St. Marien\"}")
    qw(131.0, "[@@laravel@@] production.WARNING: Invoice RE-2026-0312 moved to failed_jobs, customer not notified {\"customer\":\"Kath. Pfarrei Heilig Kreuz\"}")
    for k, t in enumerate([134.0, 160.0]):
        job(t, "SendInvoiceMail", 401.3 + k, "FAIL")
        qw(t + 0.41, "[@@laravel@@] production.ERROR: " + ERR.replace("\n", " ") + " " + exc)
    ngx(150.0, '10.42.0.4 - - [@@clf@@] "GET /rechnungen/RE-2026-0311/pdf HTTP/1.1" 200 88412 "https://buero.hartmann-orgelbau.de/rechnungen" "%s"' % UA[0])
    ngx(170.0, '10.42.0.5 - - [@@clf@@] "GET /rechnungen?monat=2026-02&status=offen HTTP/1.1" 200 17120 "https://buero.hartmann-orgelbau.de/" "%s"' % UA[1])
    w.noise(0, 175, 14, *ORGAN_NOISE)
    return w.record(
        domain="organ",
        question="The March invoice emails haven't gone out and the queue worker only shows FAIL on SendInvoiceMail — is the mail relay just busy?",
        selector={"namespace": "buero", "app": "invoice-svc"},
        severity="ERROR", category="tls_certificate", component="invoice-svc",
        root_cause="Every SMTP connection from invoice-svc to smtp.kirchenmail-relay.de:465 fails TLS verification (error:0A000086 certificate verify failed): the relay's certificate chain is not trusted by the CA bundle in the invoice-svc image.",
        summary="Invoice PDFs are generated and the web UI works, but no invoice email can be sent; jobs exhaust their retries and land in failed_jobs, customers are not notified.",
        action="Check the relay chain with openssl s_client -connect smtp.kirchenmail-relay.de:465 -showcerts, update ca-certificates (or add the missing intermediate/root) in the invoice-svc image, redeploy and retry failed_jobs (php artisan queue:retry all).",
        tags=["quiet-cause"])


# --------------------------------------------------------------------------- w08
def w08():
    w = Window("w08", "2026-03-26T13:14:00.000Z")
    A = "parcels-db-instance1-x7k2-0"
    B = "parcels-db-instance1-p9m4-0"
    pa = w.src(pod("registry-db", A, "database", "wrk-01.ocp.lrcso.internal", "parcels-db"))
    pb = w.src(pod("registry-db", B, "database", "wrk-04.ocp.lrcso.internal", "parcels-db"))
    api = w.src(pod("land-registry", dep_pod("parcel-registry-api", "a", rs="r2026.3.1"), "parcel-registry-api", "wrk-02.ocp.lrcso.internal", "parcel-registry-api"))
    api2 = w.src(pod("land-registry", dep_pod("parcel-registry-api", "b", rs="r2026.3.1"), "parcel-registry-api", "wrk-06.ocp.lrcso.internal", "parcel-registry-api"))
    APP = "parcel-registry-api"

    def ok(src, t, path, ms, th):
        src(t, spring(APP, "INFO", "nio-8443-exec-%d" % th, "o.l.r.web.RequestLoggingFilter", "%s -> 200 (%d ms)" % (path, ms)))

    pa(0.5, patroni("INFO", "no action. I am (%s), the leader with the lock" % A))
    pb(1.1, patroni("INFO", "no action. I am (%s), a secondary, and following a leader (%s)" % (B, A)))
    ok(api, 3.0, "PUT /api/v2/parcels/LIN-0012-0431/owners", 88, 3)
    ok(api2, 6.4, "GET /api/v2/parcels/KRE-0044-1170", 21, 7)
    pa(10.5, patroni("INFO", "no action. I am (%s), the leader with the lock" % A))
    pb(11.1, patroni("INFO", "no action. I am (%s), a secondary, and following a leader (%s)" % (B, A)))
    ok(api, 12.2, "POST /api/v2/transfers", 143, 5)
    pa(14.0, pglog(88, "LOG", "checkpoint starting: time"))
    api(22.8, spring(APP, "WARN", "nio-8443-exec-2", "com.zaxxer.hikari.pool.PoolBase", "HikariPool-1 - Failed to validate connection org.postgresql.jdbc.PgConnection@3b1e7d22 (This connection has been closed.). Possible consider using a shorter maxLifetime value."))
    pb(41.2, patroni("INFO", "Lock owner: %s; I am %s" % (A, B)))
    pb(51.3, patroni("WARNING", "Request failed to %s: GET http://10.128.6.19:8008/patroni (HTTPConnectionPool(host='10.128.6.19', port=8008): Read timed out. (read timeout=2))" % A))
    pb(51.35, patroni("INFO", "Got response from %s http://10.128.6.19:8008/patroni: None" % A))
    pb(51.4, patroni("INFO", "Lock owner: None; I am %s" % B))
    pb(51.6, patroni("INFO", "promoted self to leader by acquiring session lock"), ev=True)
    pb(51.9, pglog(61, "LOG", "received promote request"))
    pb(52.0, pglog(61, "LOG", "redo done at 5/2A0031F8 system usage: CPU: user: 12.31 s, system: 9.02 s, elapsed: 412210.44 s"))
    pb(52.1, pglog(61, "LOG", "selected new timeline ID: 8"))
    pb(52.6, pglog(58, "LOG", "database system is ready to accept connections"))
    pb(52.9, patroni("INFO", "cleared rewind state after becoming the leader"))
    api2(53.0, spring(APP, "WARN", "nio-8443-exec-1", "o.h.engine.jdbc.spi.SqlExceptionHelper", "SQL Error: 0, SQLState: 25006"))
    api2(53.01, spring(APP, "ERROR", "nio-8443-exec-1", "o.h.engine.jdbc.spi.SqlExceptionHelper", "ERROR: cannot execute UPDATE in a read-only transaction"), ev=True)
    api2(53.05, spring(APP, "ERROR", "nio-8443-exec-1", "o.a.c.c.C.[.[.[/].[dispatcherServlet]", 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: org.springframework.orm.jpa.JpaSystemException: could not execute statement [ERROR: cannot execute UPDATE in a read-only transaction] [update parcel_owner set share=?,version=? where id=? and version=?]] with root cause'))
    pa(54.2, patroni("WARNING", "Loop time exceeded, rescheduling immediately."), ev=True)
    pa(54.3, patroni("INFO", "Lock owner: %s; I am %s" % (B, A)))
    pa(54.4, patroni("INFO", "Demoting self (immediate-nolock)"), ev=True)
    pa(54.6, pglog(84, "LOG", "received immediate shutdown request"))
    pa(55.0, pglog(84, "LOG", "database system is shut down"))
    api(55.2, spring(APP, "WARN", "nio-8443-exec-4", "com.zaxxer.hikari.pool.ProxyConnection", "HikariPool-1 - Connection org.postgresql.jdbc.PgConnection@71f2c9a0 marked as broken because of SQLSTATE(08006), ErrorCode(0)"))
    api(55.21, spring(APP, "ERROR", "nio-8443-exec-4", "o.l.r.web.ApiExceptionHandler", "PUT /api/v2/parcels/WEI-0031-0415/owners -> 503 (org.postgresql.util.PSQLException: An I/O error occurred while sending to the backend.)"))
    api2(58.0, spring(APP, "ERROR", "nio-8443-exec-6", "o.h.engine.jdbc.spi.SqlExceptionHelper", "ERROR: cannot execute INSERT in a read-only transaction"))
    api2(58.02, spring(APP, "ERROR", "nio-8443-exec-6", "o.l.r.web.ApiExceptionHandler", "POST /api/v2/transfers -> 503 (could not execute statement [ERROR: cannot execute INSERT in a read-only transaction])"))
    api(66.3, spring(APP, "ERROR", "nio-8443-exec-8", "o.l.r.web.ApiExceptionHandler", "PUT /api/v2/parcels/BRA-0007-0092/owners -> 503 (HikariPool-1 - Connection is not available, request timed out after 10001ms.)"))
    pa(70.1, patroni("INFO", "running pg_rewind from %s" % B))
    pa(72.5, "pg_rewind: servers diverged at WAL location 5/2A0031F8 on timeline 7")
    pa(72.6, "pg_rewind: no rewind required")
    api2(84.9, spring(APP, "ERROR", "nio-8443-exec-3", "o.h.engine.jdbc.spi.SqlExceptionHelper", "ERROR: cannot execute UPDATE in a read-only transaction"))
    api2(84.92, spring(APP, "ERROR", "nio-8443-exec-3", "o.l.r.web.ApiExceptionHandler", "PUT /api/v2/parcels/KRE-0019-0731/owners -> 503 (could not execute statement [ERROR: cannot execute UPDATE in a read-only transaction])"))
    pa(90.4, pglog(91, "LOG", "entering standby mode"))
    pa(91.0, pglog(91, "LOG", "started streaming WAL from primary at 5/2B000000 on timeline 8"))
    pa(91.2, patroni("INFO", "no action. I am (%s), a secondary, and following a leader (%s)" % (A, B)))
    pb(101.0, patroni("INFO", "no action. I am (%s), the leader with the lock" % B))
    api2(112.5, spring(APP, "INFO", "nio-8443-exec-2", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Pool stats (total=20, active=2, idle=18, waiting=0)"))
    for k, t in enumerate([114.0, 121.7, 133.0, 148.2, 160.9, 177.0, 195.5]):
        ok(api if k % 2 else api2, t, ["PUT /api/v2/parcels/WEI-0031-0415/owners", "GET /api/v2/parcels/LIN-0099-0004",
                                       "POST /api/v2/transfers", "PUT /api/v2/parcels/KRE-0019-0731/owners",
                                       "GET /api/v2/parcels/search?district=KRE", "POST /api/v2/transfers",
                                       "GET /api/v2/parcels/BRA-0007-0092"][k], 19 + (k * 37) % 140, 1 + k)
    pb(161.0, patroni("INFO", "no action. I am (%s), the leader with the lock" % B))
    pa(161.5, patroni("INFO", "no action. I am (%s), a secondary, and following a leader (%s)" % (A, B)))
    w.noise(0, 200, 12, *CAD_NOISE)
    return w.record(
        domain="cadastre",
        question="Around 13:15 parcel-registry-api threw 'cannot execute UPDATE in a read-only transaction' and a few 503s — it looks fine again now; what happened?",
        selector={"namespace": "land-registry", "app": "parcel-registry-api"},
        severity="WARN", category="database", component="parcels-db",
        root_cause="The parcels-db primary (instance1-x7k2-0) stalled long enough that Patroni's loop overran and it lost the leader lock; the replica promoted itself and the old primary demoted (immediate-nolock). During the switch, pooled connections hit the demoted/read-only side, so writes failed for about a minute.",
        summary="Unplanned Patroni failover of parcels-db; owner changes and transfers returned 503 for ~60 s, then Hikari reconnected to the new primary and all requests succeed. pg_rewind reported no divergence, so no committed data was lost.",
        action="Investigate why the old primary stalled (I/O latency, CPU throttling on wrk-01) and consider a Hikari maxLifetime/validation setting and retry for idempotent writes; no data repair needed.",
        tags=["outside-selector", "nested-cause"])


# --------------------------------------------------------------------------- w09
def w09():
    w = Window("w09", "2026-04-20T10:05:00.000Z")
    n = {i: w.src(pod("messaging", "nats-%d" % i, "nats", ["talos-w1", "talos-w4", "talos-w6"][i], "nats")) for i in range(3)}
    evs = w.src(events("messaging"))
    flux = w.src(pod("flux-system", dep_pod("helm-controller", "s1"), "manager", "talos-w2", "helm-controller"))
    p1 = w.src(pod("rt-processing", dep_pod("picker", "a", rs="r3.8.1"), "picker", "talos-w3", "picker"))
    p2 = w.src(pod("rt-processing", dep_pod("picker", "b", rs="r3.8.1"), "picker", "talos-w5", "picker"))
    ips = {0: "10.244.1.20", 1: "10.244.4.33", 2: "10.244.6.17"}

    def pick(src, t, st, ph, seq):
        src(t, zap("info", "picker/stalta.go:141", "pick", station=st, channel="HHZ", phase=ph, snr=round(3.5 + (seq % 7) * 0.9, 1)))
        src(t + 0.004, zap("debug", "bus/jetstream.go:88", "pick published", stream="PICKS", seq=seq))

    flux(1.0, jdump({"level": "info", "ts": "@@iso@@", "msg": "release out-of-sync with desired state: release config values changed",
                     "controller": "helmrelease", "HelmRelease": {"name": "nats", "namespace": "messaging"}, "chart": "nats", "version": "1.1.12"}))
    flux(2.5, jdump({"level": "info", "ts": "@@iso@@", "msg": "running 'upgrade' action with timeout of 10m0s",
                     "controller": "helmrelease", "HelmRelease": {"name": "nats", "namespace": "messaging"}}))
    pick(p1, 4.0, "RS.STEIN", "P", 771201)
    seq = 771202
    for step, (i, t0) in enumerate([(2, 6.0), (1, 62.0), (0, 121.0)]):
        evs(t0, ev("Normal", "Killing", "Pod/nats-%d" % i, "Stopping container nats"))
        n[i](t0 + 0.1, nats("INF", 'Trapped "terminated" signal'))
        n[i](t0 + 0.12, nats("INF", "Entering lame duck mode, stop accepting new clients"))
        n[i](t0 + 0.3, nats("INF", "Initiating JetStream Shutdown..."))
        src = p2 if i != 1 else p1
        src(t0 + 1.1, zap("warn", "bus/nats.go:61", "nats disconnected", err="EOF", server="nats://%s:4222" % ips[i]))
        src(t0 + 1.3, zap("error", "bus/nats.go:74", "nats reconnect failed", err="dial tcp %s:4222: connect: connection refused" % ips[i], attempt=1))
        other = (i + 1) % 3
        n[other](t0 + 1.6, nats("INF", "JetStream cluster new stream leader for '$G > PICKS'"))
        src(t0 + 1.9, zap("info", "bus/nats.go:66", "nats reconnected", server="nats://%s:4222" % ips[other]))
        src(t0 + 2.1, zap("warn", "bus/jetstream.go:97", "publish retry", stream="PICKS", err="nats: timeout", attempt=1))
        src(t0 + 2.4, zap("debug", "bus/jetstream.go:88", "pick published", stream="PICKS", seq=seq))
        seq += 1
        n[i](t0 + 2.8, nats("INF", "JetStream Shutdown"))
        n[i](t0 + 2.9, nats("INF", "Server Exiting.."))
        n[i](t0 + 18.2, nats("INF", "Starting nats-server"))
        n[i](t0 + 18.21, nats("INF", "  Version:  2.10.14"))
        n[i](t0 + 18.6, nats("INF", "Starting JetStream"))
        evs(t0 + 20.0, ev("Warning", "Unhealthy", "Pod/nats-%d" % i, "Startup probe failed: HTTP probe failed with statuscode: 503"))
        n[i](t0 + 21.4, nats("INF", "%s:6222 - rid:%d - Route connection created" % (ips[other], 11 + step)))
        n[i](t0 + 24.0, nats("INF", "Server is ready"))
        if step == 2:
            n[1](t0 + 26.0, nats("INF", "JetStream cluster new metadata leader: nats-1/nats"))
        pick(p1 if step % 2 else p2, t0 + 30.0, ["RS.ROTH", "RS.MOOS", "RS.QUEL"][step], "P", seq)
        seq += 1
        pick(p2 if step % 2 else p1, t0 + 44.0, ["RS.FELD3", "RS.GIPF", "RS.KLEIN"][step], "S", seq)
        seq += 1
    flux(160.0, jdump({"level": "info", "ts": "@@iso@@", "msg": "release in-sync with desired state",
                       "controller": "helmrelease", "HelmRelease": {"name": "nats", "namespace": "messaging"}, "revision": 14}))
    p1(175.0, zap("info", "picker/stats.go:22", "pick stats", window="5m", picks=902, published=902, publish_retries=3, dropped=0))
    p2(176.0, zap("info", "picker/stats.go:22", "pick stats", window="5m", picks=877, published=877, publish_retries=2, dropped=0))
    w.noise(0, 180, 11, *SEI_NOISE)
    return w.record(
        domain="seismo",
        question="During this morning's NATS upgrade the pickers logged EOF, 'connection refused' and 'nats: timeout' — did we drop any picks?",
        selector={"namespace": "rt-processing", "app": "picker"},
        severity="INFO", category="none", component="picker",
        root_cause="No fault: Flux upgraded the nats Helm release and the StatefulSet rolled nats-2, nats-1, nats-0 one at a time; each shutdown disconnected some pickers, the PICKS stream leader moved, and the one-time publish timeouts were retried successfully.",
        summary="Planned NATS rolling upgrade to 2.10.14; pickers reconnected within a second each time, every pick was published (dropped=0).",
        action="Nothing to do.",
        tags=["healthy-lookalike"])


# --------------------------------------------------------------------------- w10
def w10():
    w = Window("w10", "2026-03-06T03:12:00.000Z")
    tr = w.src(pod("kube-system", dep_pod("traefik", "a", rs="r25"), "traefik", "nuc-werk-01", "traefik"))
    cm = w.src(pod("cert-manager", dep_pod("cert-manager", "a"), "cert-manager-controller", "nuc-werk-03", "cert-manager"))
    solver = w.src(pod("web", "cm-acme-http-solver-l4v8q", "acmesolver", "nuc-werk-02", None))
    scanners = ["45.148.10.%d" % i for i in (81, 174, 203)] + ["193.163.125.%d" % i for i in (40, 118)] + ["162.142.125.%d" % i for i in (9, 221)]
    kinds = ["tls: client offered only unsupported versions: [302 301]", "EOF",
             "tls: no cipher suite supported by both client and server", "tls: first record does not look like a TLS handshake",
             "read tcp 10.42.0.9:8443->{ip}:{port}: read: connection reset by peer", "remote error: tls: bad certificate"]

    def hs(t, ip, kind, port):
        tr(t, 'time="@@isos@@" level=debug msg="http: TLS handshake error from %s:%d: %s"' % (ip, port, kind.format(ip=ip, port=port)))

    r = w.rng
    for k in range(16):
        t = round(r.uniform(0, 290), 3)
        ip = pick(r, scanners)
        hs(t, ip, pick(r, kinds), r.randint(30000, 65000))
    for k, t in enumerate([11.0, 71.0, 131.0, 191.0, 251.0]):
        hs(t, "216.144.250.150", "EOF", 41000 + k * 17)
    for k, t in enumerate([24.0, 84.0, 144.0, 204.0, 264.0]):
        tr(t + 0.2, traefik_clf("216.144.250.150", "HEAD", "/", 200, 0, "Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)",
                                 40211 + k, "web-orgel-website-www-hartmann-orgelbau-de@kubernetes", "http://10.42.0.31:8080", 3))
    cm(30.0, klog("I", 1, "trigger_controller.go:215", '"Certificate must be re-issued" logger="cert-manager.certificates-trigger" key="web/www-hartmann-orgelbau-de-tls" reason="Renewing" message="Renewing certificate as renewal was scheduled at 2026-03-06 03:12:30 +0000 UTC"'))
    cm(30.2, klog("I", 1, "conditions.go:203", 'Setting lastTransitionTime for Certificate "www-hartmann-orgelbau-de-tls" condition "Issuing" to 2026-03-06 03:12:30.200000 +0000 UTC'))
    cm(31.5, klog("I", 1, "acme.go:233", '"certificate request created" logger="cert-manager.certificaterequests-issuer-acme.sign" resource_name="www-hartmann-orgelbau-de-tls-7" resource_kind="CertificateRequest" related_resource_kind="Order"'))
    cm(33.0, klog("I", 1, "pod.go:71", '"creating HTTP01 challenge solver pod" logger="cert-manager.challenges.http01.ensurePod" resource_namespace="web" dnsName="www.hartmann-orgelbau.de" type="HTTP-01"'))
    solver(38.0, klog("I", 1, "solver.go:39", '"starting listener" expected_domain="www.hartmann-orgelbau.de" expected_token="jC2Q1xY8pT3mN0vW6bL4sR7eK9uD5hA2gF1zX0cV" expected_key="jC2Q1xY8pT3mN0vW6bL4sR7eK9uD5hA2gF1zX0cV.Hn4Wk7Q2r..." listen_port=8089'))
    for k, t in enumerate([44.1, 44.6, 45.3]):
        tr(t, traefik_clf("23.178.112.%d" % (104 + k), "GET", "/.well-known/acme-challenge/jC2Q1xY8pT3mN0vW6bL4sR7eK9uD5hA2gF1zX0cV", 200, 87,
                          "Mozilla/5.0 (compatible; Let's Encrypt validation server; +https://www.letsencrypt.org)", 40190 + k,
                          "web-cm-acme-http-solver-l4v8q-www-hartmann-orgelbau-de-well-known-acme-challenge-jc2q1xy8pt3mn0vw6bl4sr7ek9ud5ha2gf1zx0cv@kubernetes",
                          "http://10.42.1.77:8089", 1))
        solver(t + 0.001, klog("I", 1, "solver.go:112", '"comparing token" path="/.well-known/acme-challenge/jC2Q1xY8pT3mN0vW6bL4sR7eK9uD5hA2gF1zX0cV" base_path="/.well-known/acme-challenge" token="jC2Q1xY8pT3mN0vW6bL4sR7eK9uD5hA2gF1zX0cV"'))
    cm(52.0, klog("I", 1, "sync.go:366", '"certificate issued" logger="cert-manager.certificaterequests-issuer-acme.sign" resource_name="www-hartmann-orgelbau-de-tls-7" resource_namespace="web" resource_kind="CertificateRequest" related_resource_kind="Order"'))
    cm(52.4, klog("I", 1, "conditions.go:192", 'Found status change for Certificate "www-hartmann-orgelbau-de-tls" condition "Ready": "True" -> "True"; setting lastTransitionTime to 2026-03-06 03:12:52.400000 +0000 UTC'))
    tr(53.5, 'time="@@isos@@" level=debug msg="Adding certificate for domain(s) hartmann-orgelbau.de,www.hartmann-orgelbau.de"')
    tr(53.6, 'time="@@isos@@" level=debug msg="Configuration received: {\\"http\\":{\\"routers\\":{...}},\\"tls\\":{}}" providerName=kubernetes')
    for k, t in enumerate([60.0, 95.0, 150.0, 222.0, 280.0]):
        tr(t, traefik_clf("10.42.0.1", "GET", ["/", "/instrumente/", "/kontakt", "/restaurierung/", "/aktuelles/orgelweihe-2026"][k], 200,
                          12000 + k * 3100, UA[k % 4], 40230 + k * 9, "web-orgel-website-www-hartmann-orgelbau-de@kubernetes", "http://10.42.0.31:8080", 6 + k))
    w.noise(0, 290, 8, *ORGAN_NOISE)
    return w.record(
        domain="organ",
        question="Traefik is full of 'TLS handshake error' lines overnight — is someone attacking the website, or is our certificate broken?",
        selector={"namespace": "kube-system", "app": "traefik"},
        severity="INFO", category="none", component="traefik",
        root_cause="No fault: the handshake errors come from internet scanners offering old TLS versions or garbage and from the uptime monitor's TCP check (EOF); they are only visible because Traefik runs at debug level. The certificate was renewed normally by cert-manager in the same window.",
        summary="Background scanner noise plus a successful Let's Encrypt renewal of www.hartmann-orgelbau.de; real visitors and the uptime check get 200.",
        action="Nothing to do. Set Traefik's log level back to INFO to hide handshake chatter.",
        tags=["healthy-lookalike"])


RECORDS = [w01, w02, w03, w04, w05, w06, w07, w08, w09, w10]
